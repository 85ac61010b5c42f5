#!/usr/bin/env bash
# Smoke-test the standalone app as a user with no Python and no network would meet it:
# a clean environment (env -i, a fresh HOME), the command line, the window on Xvfb, a
# PDF export, no network socket opened, and nothing written outside its own folders.
# Usage: packaging/smoke-test.sh dist/forum-desktop/forum-desktop
set -euo pipefail
app=$(realpath "$1")
work=$(mktemp -d)
trap 'kill "${xvfb_pid:-}" "${app_pid:-}" "${serve_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
home="$work/home"
mkdir -p "$home"
fail() { echo "smoke test: $*" >&2; exit 1; }
clean() { env -i HOME="$home" LANG=C.UTF-8 "$@"; }

version=$(clean QT_QPA_PLATFORM=offscreen "$app" --version)
[[ $version == "forum-desktop "* ]] || fail "--version printed '$version'"

event=$(clean QT_QPA_PLATFORM=offscreen "$app" demo --lang fr | tail -n 1)
[[ $event =~ ^[0-9a-f-]{36}$ ]] || fail "demo printed '$event' as its last line"

clean QT_QPA_PLATFORM=offscreen strace -f -qq -o "$work/trace" -e trace=network \
    "$app" export-minutes "$event" -o "$work/minutes.pdf" >/dev/null
pdftotext "$work/minutes.pdf" "$work/minutes.txt"
grep -q "En route vers le Forum" "$work/minutes.txt" \
    || fail "the minutes' PDF does not hold the event's title"
if grep -E "socket\((AF_INET|AF_INET6|PF_INET)" "$work/trace"; then
    fail "the export opened a network socket"
fi

# Each command's runner is imported by name when the command runs (cli.command_runners):
# one command per runner module shows the spec bundled them all.
run_command() {
    clean QT_QPA_PLATFORM=offscreen "$app" "$@" >/dev/null 2>"$work/command.log" \
        || fail "$1 failed: $(cat "$work/command.log")"
}
run_command export-minutes "$event" -o "$work/minutes.docx"
unzip -p "$work/minutes.docx" word/document.xml | grep -q "En route vers le Forum" \
    || fail "the Word minutes do not hold the event's title"
printf '09:00 Welcome\n' >"$work/programme.txt"
printf 'name\nAna\n' >"$work/roster.csv"
run_command events
run_command export-json "$event" -o "$work/event.json"
run_command import-agenda "$work/programme.txt" --event "$event" --dry-run
run_command conflicts "$event"
run_command entries "$event"
run_command import-roster "$work/roster.csv" --event "$event" --dry-run
refused=$(clean QT_QPA_PLATFORM=offscreen "$app" vote-results "$event" 2>&1 >/dev/null || true)
[[ $refused == *"there is no agenda item"* ]] || fail "vote-results said '$refused'"

# The window, on its own X display, showing the demo event.
exec {display_fd}<> <(:)
Xvfb -displayfd "$display_fd" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
read -r -t 30 -u "$display_fd" number || fail "Xvfb did not start"
display=":$number"
clean DISPLAY="$display" QT_QPA_PLATFORM=xcb strace -f -qq -o "$work/trace-window" \
    -e trace=network "$app" >/dev/null 2>"$work/window.log" &
app_pid=$!
for _ in $(seq 300); do
    if DISPLAY="$display" xdotool search --name "Forum Desktop" >/dev/null 2>&1; then
        break
    fi
    kill -0 "$app_pid" 2>/dev/null || fail "the app exited: $(cat "$work/window.log")"
    read -r -t 0.1 -u "$display_fd" _ || true  # wait a tenth of a second
done
DISPLAY="$display" xdotool search --name "Forum Desktop" >/dev/null || fail "no window"
# The first start asks for the user's name: answer it, then the demo event opens.
DISPLAY="$display" xdotool key ctrl+a
DISPLAY="$display" xdotool type --delay 20 "Smoke Test"
DISPLAY="$display" xdotool key Return
for _ in $(seq 300); do
    DISPLAY="$display" import -window root "$work/shot.png" 2>/dev/null
    colours=$(convert "$work/shot.png" -format %k info:)
    if [[ -n ${SMOKE_SCREENSHOT:-} ]]; then cp "$work/shot.png" "$SMOKE_SCREENSHOT"; fi
    (( colours > 200 )) && break
    read -r -t 0.1 -u "$display_fd" _ || true
done
(( colours > 200 )) || fail "the window shows nothing ($colours colours)"
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
if grep -E "socket\((AF_INET|AF_INET6|PF_INET)" "$work/trace-window"; then
    fail "the window opened a network socket"
fi

# The participants' page, served on the loopback only while asked for.
# env itself, not the clean function: a function would run in a subshell of its own,
# and the signal must reach the app.
env -i HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$app" serve "$event" --host 127.0.0.1 >"$work/serve.out" 2>"$work/serve.log" &
serve_pid=$!
url=""
for _ in $(seq 300); do
    url=$(sed -n 's/^url: //p' "$work/serve.out")
    [[ -n $url ]] && break
    kill -0 "$serve_pid" 2>/dev/null || fail "serve exited: $(cat "$work/serve.log")"
    read -r -t 0.1 -u "$display_fd" _ || true
done
[[ $url =~ ^http://127\.0\.0\.1:([0-9]+)(/[A-Za-z0-9_-]+/)$ ]] || fail "serve printed '$url'"
exec {http}<>"/dev/tcp/127.0.0.1/${BASH_REMATCH[1]}"
printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "${BASH_REMATCH[2]}" >&"$http"
page=$(cat <&"$http")
exec {http}>&-
[[ $page == "HTTP/1."?" 200"* && $page == *"<html"* ]] || fail "the participants' page: ${page:0:200}"
kill -TERM "$serve_pid"
wait "$serve_pid" || fail "serve did not end cleanly on SIGTERM"

# Only the app's own folders under HOME.
outside=$(cd "$home" && find . -mindepth 1 -maxdepth 2 \
    | grep -vE '^\./\.(local|config|cache)(/(share|state|forum-desktop))?$' || true)
[[ -z $outside ]] || fail "files written outside the app's folders: $outside"
echo "smoke test passed: $version, demo $event, minutes PDF and Word, every command's runner, window ($colours colours), no network until asked, participants' page"
