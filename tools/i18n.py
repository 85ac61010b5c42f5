"""Translations: refresh the .ts files from the UI sources, check them, pseudo-translate.

    python tools/i18n.py update         # pyside6-lupdate over forum_desktop/ui into every .ts
    python tools/i18n.py check          # untranslated, stale or damaged messages; exit 1 if any
    python tools/i18n.py todo > t.json  # what is left to translate, as JSON to fill in
    python tools/i18n.py apply t.json   # write the filled-in translations into the .ts files

`make translations` runs `update`; the tests run the same extraction into a temporary copy,
so what they report is exactly what `make translations` would change.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "forum_desktop" / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es")
"""Full translations."""
PLURAL_ONLY = ("en",)
"""English needs only its plural forms ("1 person", "2 people"); the rest is the source."""

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)|\{\w+\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    unfinished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def describe(self) -> str:
        where = f"{self.context}: {self.source!r}"
        return f"{where} ({self.comment})" if self.comment else where


def ts_file(language: str) -> Path:
    return TS_DIR / f"forum_desktop_{language}.ts"


def all_ts_files() -> list[Path]:
    return [ts_file(language) for language in (*LANGUAGES, *PLURAL_ONLY)]


def source_files() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


def tool(name: str) -> str:
    """A Qt tool installed with PySide6 beside this interpreter (falls back to PATH)."""
    here = Path(sys.executable).parent / name
    found = here if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return str(found)


def lupdate(ts: Path, *, plural_only: bool = False) -> None:
    """Merge the sources' strings into ``ts`` (dropping strings the sources no longer have)."""
    arguments = [
        tool("pyside6-lupdate"),
        "-silent",
        "-no-obsolete",
        "-locations",
        "none",  # no line numbers: branches that add strings do not conflict on every line
        "-sort-messages",
        *(["-pluralonly"] if plural_only else []),
        *(str(path) for path in source_files()),
        "-ts",
        str(ts),
    ]
    subprocess.run(arguments, check=True, capture_output=True, text=True)


def update(ts_dir: Path = TS_DIR) -> list[Path]:
    """Refresh every .ts under ``ts_dir`` from the sources; returns the files."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    files = []
    for language in (*LANGUAGES, *PLURAL_ONLY):
        ts = ts_dir / ts_file(language).name
        if not ts.exists():
            ts.write_text(empty_ts(language), encoding="utf-8")
        lupdate(ts, plural_only=language in PLURAL_ONLY)
        files.append(ts)
    return files


def empty_ts(language: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}" sourcelanguage="en">\n</TS>\n'
    )


def read(ts: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: tuple[str, ...]
            if translation is None:
                forms, unfinished = (), True
            else:
                numerus_forms = translation.findall("numerusform")
                if numerus_forms:
                    forms = tuple(form.text or "" for form in numerus_forms)
                else:
                    forms = (translation.text or "",)
                unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=message.get("numerus") == "yes",
                    translations=forms,
                    unfinished=unfinished,
                )
            )
    return messages


def problems(ts: Path) -> list[str]:
    """What is wrong with the translations in ``ts``, one line per message."""
    found = []
    for message in read(ts):
        if message.unfinished or not all(form.strip() for form in message.translations):
            found.append(f"not translated: {message.describe()}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(message.source)))
        for form in message.translations:
            got = sorted(set(PLACEHOLDER.findall(form)))
            # A plural form may leave %n out ("un participant"), never invent placeholders.
            if got != wanted and not (message.numerus and got == [p for p in wanted if p != "%n"]):
                found.append(
                    f"placeholders {got} instead of {wanted}: {message.describe()} -> {form!r}"
                )
            if ("&" in message.source.replace("&&", "")) != ("&" in form.replace("&&", "")):
                found.append(f"accelerator (&) lost or added: {message.describe()} -> {form!r}")
    return found


def drift(ts: Path) -> tuple[list[Message], list[Message]]:
    """Strings the sources have that ``ts`` lacks, and strings ``ts`` has that they dropped.

    Runs lupdate into a temporary copy, so ``ts`` itself is left as it is.
    """
    language = ts.stem.rsplit("_", 1)[-1]
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / ts.name
        shutil.copyfile(ts, copy)
        lupdate(copy, plural_only=language in PLURAL_ONLY)
        after = {m.key: m for m in read(copy)}
    before = {m.key: m for m in read(ts)}
    missing = [after[key] for key in after if key not in before]
    stale = [before[key] for key in before if key not in after]
    return missing, stale


# --- pseudo-translation: every translated text is visibly marked -------------------------

PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
_ACCENTS = str.maketrans("aceinouyACEINOUY", "áçéíñóúýÁÇÉÍÑÓÚÝ")
_KEEP = re.compile(r"%(?:L?\d+|n)|\{\w+\}|<[^>]*>|&\w+;")


def pseudo(text: str) -> str:
    """``text`` accented and bracketed, with placeholders, markup and entities unchanged."""
    pieces, last = [], 0
    for match in _KEEP.finditer(text):
        pieces.append(text[last : match.start()].translate(_ACCENTS))
        pieces.append(match.group(0))
        last = match.end()
    pieces.append(text[last:].translate(_ACCENTS))
    return PSEUDO_OPEN + "".join(pieces) + PSEUDO_CLOSE


def write_pseudo(ts_out: Path) -> None:
    """A pseudo-locale .ts of every string the sources have now (extracted afresh)."""
    ts_out.write_text(empty_ts("en"), encoding="utf-8")
    lupdate(ts_out)
    tree = ET.parse(ts_out)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = pseudo(source)
        if not forms:
            translation.text = pseudo(source)
    tree.write(ts_out, encoding="utf-8", xml_declaration=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )


def check() -> list[str]:
    """Every problem with the shipped .ts files, as lines to print."""
    lines = []
    for ts in all_ts_files():
        name = ts.relative_to(ROOT)
        if not ts.exists():
            lines.append(f"{name}: missing (run: make translations)")
            continue
        missing, stale = drift(ts)
        lines += [f"{name}: not in the .ts yet: {m.describe()}" for m in missing]
        lines += [f"{name}: no longer in the sources: {m.describe()}" for m in stale]
        lines += [f"{name}: {problem}" for problem in problems(ts)]
    return lines


Answers = dict[str, dict[str, str | list[str]]]
"""{language: {"Context|source text": translation}}; a plural's translation is a list."""


def todo() -> Answers:
    """Every unfinished message, with an empty translation to fill in."""
    left: Answers = {}
    for ts in all_ts_files():
        language = ts.stem.rsplit("_", 1)[-1]
        for message in read(ts):
            if message.unfinished:
                blank: str | list[str] = ["", ""] if message.numerus else ""
                left.setdefault(language, {})[f"{message.context}|{message.source}"] = blank
    return left


def apply(answers: Answers) -> int:
    """Write filled-in ``todo()`` answers into the .ts files; returns how many were set."""
    done = 0
    for language, entries in answers.items():
        tree = ET.parse(ts_file(language))
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                answer = entries.get(f"{name}|{message.findtext('source') or ''}")
                translation = message.find("translation")
                if not answer or translation is None or not all(answer):
                    continue
                if isinstance(answer, list):
                    for form in list(translation):
                        translation.remove(form)
                    for text in answer:
                        ET.SubElement(translation, "numerusform").text = text
                else:
                    translation.text = answer
                translation.attrib.pop("type", None)
                done += 1
        tree.write(ts_file(language), encoding="utf-8", xml_declaration=True)
        lupdate(ts_file(language), plural_only=language in PLURAL_ONLY)  # lupdate's layout
    return done


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        for ts in update():
            unfinished = sum(1 for m in read(ts) if m.unfinished)
            print(f"{ts.relative_to(ROOT)}: {unfinished} to translate")
        return 0
    if command == "check":
        found = check()
        print("\n".join(found) or "translations complete")
        return 1 if found else 0
    if command == "todo":
        print(json.dumps(todo(), ensure_ascii=False, indent=1))
        return 0
    if command == "apply" and len(argv) > 2:
        answers = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{apply(answers)} translations written; now: make test")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
