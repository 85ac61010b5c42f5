#!/usr/bin/env bash
# Build the standalone Linux app: dist/forum-desktop/ (run dist/forum-desktop/forum-desktop),
# dist/forum-desktop-VERSION-linux-ARCH.tar.gz and, where appimagetool is on the PATH, an
# AppImage. Called by `make dist` with the virtualenv's Python.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${1:-.venv/bin/python}

started=$(date +%s)
version=$("$python" -c "import forum_desktop; print(forum_desktop.__version__)")
arch=$(uname -m)
rm -rf build/pyinstaller dist/forum-desktop
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/forum-desktop.spec
tarball="dist/forum-desktop-$version-linux-$arch.tar.gz"
tar -C dist -czf "$tarball" forum-desktop

if command -v appimagetool >/dev/null; then
    appdir=build/AppDir
    rm -rf "$appdir"
    mkdir -p "$appdir/usr/bin"
    cp -a dist/forum-desktop/. "$appdir/usr/bin/"
    cp resources/icons/forum-desktop.svg "$appdir/forum-desktop.svg"
    "$python" -c "
from forum_desktop.desktop_entry import entry_text
print(entry_text(['forum-desktop'], icon='forum-desktop'), end='')" > "$appdir/forum-desktop.desktop"
    ln -s usr/bin/forum-desktop "$appdir/AppRun"
    ARCH="$arch" appimagetool --no-appstream "$appdir" "dist/forum-desktop-$version-$arch.AppImage"
fi

unpacked=$(du -sm dist/forum-desktop | cut -f1)
packed=$(( $(stat -c %s "$tarball") / 1048576 ))
echo "built $tarball in $(( $(date +%s) - started )) s: ${unpacked} MB unpacked, ${packed} MB packed"
