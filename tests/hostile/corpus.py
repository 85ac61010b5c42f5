"""The hostile-input corpus, generated: files and shared folders other people could send.

Each ``Case`` is one input for one reader: the bytes of a file (an event document, a
bundle, a programme, a roster, a method file) or the entries of a shared sync folder.
Payloads are built here from a seed, never stored, so the corpus grows by adding a line.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

DEEP = (65, 1_000, 100_000)
HUGE_INT = "9" * 5_000


@dataclass(frozen=True)
class Case:
    target: str
    """import-json, import-bundle, import-agenda, roster, method or sync."""
    name: str
    data: bytes = b""
    """The file's bytes; for ``sync``, the change file line(s) laid in another laptop's folder."""
    entries: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    """For ``sync``: extra folder entries (relative path, kind: dir, file, link-dir, link-file)."""

    @property
    def id(self) -> str:
        return f"{self.target}:{self.name}"

    @property
    def must_refuse(self) -> bool:
        """Nothing of it can be imported: no payload is a document, bundle or method, and a
        field holding a 5,000-digit number or a value nested 1,000 deep is refused."""
        if self.name.endswith(("=huge-int", "=deep")):
            return True
        return self.target in ("import-json", "import-bundle", "method") and "=" not in self.name


def payloads() -> Iterator[tuple[str, bytes]]:
    """Bytes no reader should choke on, whatever it expects."""
    rng = random.Random(17)
    yield "empty", b""
    yield "blank", b"  \n\t\r\n  "
    yield "nul", b"\x00" * 64
    for size in (16, 4_096, 300_000):
        yield f"random-{size}", rng.randbytes(size)
    yield "utf16le", "\ufeffName,Email\nAwa,a@x.org\n".encode("utf-16-le")
    yield "utf16be", "\ufeffName,Email\nAwa,a@x.org\n".encode("utf-16-be")
    yield "bom-only", b"\xef\xbb\xbf"
    yield "latin1", "Réunion à Québec\n".encode("latin-1")
    yield "invalid-utf8", b"\xff\xfe\xfd\xc3\x28\xa0\xa1"
    yield "cp1252-undefined", b"Day 1\n\x81\x8d\x8f\x90\x9d\n"
    yield "zip-header", b"PK\x03\x04" + rng.randbytes(200)
    yield "pdf-header", b"%PDF-1.7\n" + rng.randbytes(200)
    yield "png-header", b"\x89PNG\r\n\x1a\n" + rng.randbytes(200)
    for depth in DEEP:
        yield f"deep-array-{depth}", b"[" * depth + b"]" * depth
    yield "deep-object-1000", b'{"a":' * 1_000 + b"1" + b"}" * 1_000
    yield "deep-unclosed", b"[" * 200_000
    yield "huge-int", HUGE_INT.encode()
    yield "huge-negative", b"-" + HUGE_INT.encode()
    yield "huge-float", f"{HUGE_INT}.5e3".encode()
    yield "huge-exponent", b"1e999999999"
    yield "nan", b"NaN"
    yield "infinity", b"[Infinity, -Infinity]"
    for literal in (b"null", b"true", b"0", b'"text"', b"[]", b"{}"):
        yield f"json-{literal.decode().strip(chr(34)) or 'quote'}", literal
    yield "truncated", b'{"format": "forum-desktop-event", "event": {"title": "A'
    yield "lone-surrogate", b'{"format": "\\ud800"}'
    yield "long-string", b'"' + b"a" * 2_000_000 + b'"'
    yield "duplicate-keys", b'{"a": 1, "a": [1], "a": {"b": 2}}'
    yield "controls", bytes(range(1, 32)) * 20
    yield "cr-only", b"Day 1\rOpening 10 min\rClose 5 min\r"
    yield "long-line", b"a" * 2_000_000 + b"\n"
    yield "many-lines", b"-\n" * 200_000
    yield "bidi", "\u202eevil\u202c \u200b\u200d\ufeff 😀 سلام".encode()


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _manifest(event: str, **changes: Any) -> bytes:
    manifest: dict[str, Any] = {"format": "forum-desktop-bundle", "version": 1, "event_id": event}
    manifest.update(changes)
    return json.dumps(manifest).encode()


VALUES: tuple[tuple[str, Callable[[], Any]], ...] = (
    ("null", lambda: None),
    ("negative", lambda: -1),
    ("int64", lambda: 2**63),
    ("float", lambda: 1e308),
    ("long-text", lambda: "x" * 100_000),
    ("list", lambda: [1, [2, [3]]]),
    ("object", lambda: {"a": {"b": {}}}),
    ("bidi", lambda: "\u202e😀\x00"),
    ("bool", lambda: True),
)
"""Values put in a document's or a method's fields (the two JSON-only ones are spliced)."""
SPLICED = {"huge-int": HUGE_INT, "deep": "[" * 1_000 + "]" * 1_000}
"""Values json.dumps cannot write as such: put in the text in place of a marker."""
MARKER = "@@HOSTILE@@"


def _set(document: Any, path: tuple[str | int, ...], value: Any) -> None:
    for part in path[:-1]:
        document = document[part]
    document[path[-1]] = value


def mutated(document: dict[str, Any], path: tuple[str | int, ...]) -> Iterator[tuple[str, bytes]]:
    """``document`` with the value at ``path`` replaced by each hostile value."""
    where = ".".join(map(str, path))
    for name, make in VALUES:
        copy = json.loads(json.dumps(document))
        _set(copy, path, make())
        yield f"{where}={name}", json.dumps(copy).encode()
    for name, text in SPLICED.items():
        copy = json.loads(json.dumps(document))
        _set(copy, path, MARKER)
        yield f"{where}={name}", json.dumps(copy).replace(f'"{MARKER}"', text).encode()


DOCUMENT_PATHS: tuple[tuple[str | int, ...], ...] = (
    ("format_version",),
    ("event", "title"),
    ("event", "id"),
    ("event", "start_date"),
    ("participants", 0, "name"),
    ("participants", 0, "position"),
    ("sessions", 0, "date"),
    ("agenda_items", 0, "planned_minutes"),
    ("agenda_items", 0, "parent_id"),
    ("outcomes",),
)
METHOD_PATHS: tuple[tuple[str | int, ...], ...] = (
    ("id",),
    ("name",),
    ("steps",),
    ("steps", 0, "minutes"),
)

PROGRAMME_TEXTS: tuple[tuple[str, str], ...] = (
    ("too-many-items", "".join(f"- Item {n} (5 min)\n" for n in range(2_500))),
    ("just-over-1mb", "Opening (10 min)\n" + "x" * (1024 * 1024)),
    ("huge-duration", f"Opening ({HUGE_INT} min)\nClose (5 min)\n"),
    ("huge-hour", f"{HUGE_INT}:00 Opening\n"),
    ("bad-times", "25:99 Opening\n99:99 Close\n"),
    ("bad-dates", "Day 1 – 32/13/2026\n- Opening (10 min)\nDay 2 – 30 February 2026\n"),
    ("huge-year", f"Day 1 – 3 March {HUGE_INT}\n- Opening (10 min)\n"),
    ("deep-indent", "".join(" " * (2 * n) + f"- Item {n}\n" for n in range(300))),
    ("long-title", "- " + "Title " * 50_000 + "(5 min)\n"),
    ("only-headings", "# Programme\n" * 5_000),
    ("midnight", "23:50 Late\n00:10 Later\n"),
    ("negative", "- Opening (-10 min)\n- Close (0 min)\n"),
    ("markdown-table", "| a | b |\n|---|---|\n" + "| x | y |\n" * 3_000),
)

ROSTER_TEXTS: tuple[tuple[str, str], ...] = (
    ("too-many-rows", "Name,Email\n" + "".join(f"P{n},p{n}@x.org\n" for n in range(20_001))),
    ("unclosed-quote", 'Name,Email\n"Awa,a@x.org\nBen,b@x.org\n'),
    ("huge-cells", "Name,Notes\n" + f"Awa,{'n' * 1_000_000}\n"),
    ("many-columns", ",".join(f"C{n}" for n in range(5_000)) + "\n" + "x," * 5_000 + "\n"),
    ("formula", "Name,Email\n=CMD|' /C calc'!A0,a@x.org\n+1+1,b@x.org\n"),
    ("huge-number-name", f"Name,Email\n{HUGE_INT},a@x.org\n"),
    ("bad-roles", "Name,Role,Mode,Language\nAwa,emperor,teleport,klingon\n"),
    ("long-name", f"Name\n{'N' * 10_000}\n"),
    ("header-only", "Name,Email\n"),
    ("semicolons", "sep=;\nName;Email\nAwa;a@x.org\n"),
)

SYNC_ENTRIES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("dir-named-jsonl", (("ops/{other}/00000009-0000abcd.jsonl", "dir"),)),
    ("file-as-device-folder", (("ops/{stray}", "file"),)),
    ("link-to-folder", (("ops/{stray}", "link-dir"),)),
    ("link-to-file", (("ops/{other}/00000010-0000abcd.jsonl", "link-file"),)),
    ("dangling-link", (("ops/{other}/00000011-0000abcd.jsonl", "dangling"),)),
    ("hidden-tmp", (("ops/{other}/.00000012-0000abcd.jsonl.tmp", "file"),)),
    ("not-a-uuid-folder", (("ops/not-a-device", "dir"),)),
    ("image-dir", (("images/" + "0" * 64, "dir"),)),
    ("image-link", (("images/" + "1" * 64, "link-file"),)),
    ("image-wrong-bytes", (("images/" + "2" * 64, "file"),)),
)


def cases(document: dict[str, Any], method: dict[str, Any], event_id: str) -> list[Case]:
    """Every case, from an exported event document and a method file as the app writes."""
    found: list[Case] = []
    generic = list(payloads())
    for target in ("import-json", "import-bundle", "import-agenda", "roster", "method"):
        found.extend(Case(target, name, data) for name, data in generic)
    for path in DOCUMENT_PATHS:
        found.extend(Case("import-json", name, data) for name, data in mutated(document, path))
    for path in METHOD_PATHS:
        found.extend(Case("method", name, data) for name, data in mutated(method, path))
    found.extend(Case("import-agenda", name, text.encode()) for name, text in PROGRAMME_TEXTS)
    found.extend(Case("roster", name, text.encode()) for name, text in ROSTER_TEXTS)
    found.extend(_bundle_cases(event_id))
    for name, data in generic:  # each payload as a line of another laptop's change file
        found.append(Case("sync", f"line-{name}", data.replace(b"\n", b" ") + b"\n"))
    found.extend(Case("sync", name, b"", entries) for name, entries in SYNC_ENTRIES)
    return found


def _bundle_cases(event_id: str) -> Iterator[Case]:
    good_ops = f"ops/{event_id}/00000001-00000000.jsonl"
    for name, manifest in (
        ("manifest-deep", b'{"format": ' + b"[" * 1_000 + b"]" * 1_000 + b"}"),
        ("manifest-huge-version", _manifest(event_id, version=MARKER)),
        ("manifest-huge-event", _manifest(event_id, event_id=MARKER)),
        ("manifest-null", b"null"),
        ("manifest-binary", random.Random(3).randbytes(300)),
        ("manifest-no-event", _manifest(event_id, event_id=None)),
        ("manifest-event-object", _manifest(event_id, event_id={"a": 1})),
        ("manifest-other-version", _manifest(event_id, version=99)),
        ("manifest-nan", _manifest(event_id).replace(b'"version": 1', b'"version": NaN')),
    ):
        manifest = manifest.replace(f'"{MARKER}"'.encode(), HUGE_INT.encode())
        yield Case("import-bundle", name, _zip({"manifest.json": manifest}))
    manifest = _manifest(event_id)
    for name, members in (
        ("member-dotdot", {"manifest.json": manifest, "../evil.jsonl": b"{}\n"}),
        ("member-absolute", {"manifest.json": manifest, "/abs.jsonl": b"{}\n"}),
        ("member-stray", {"manifest.json": manifest, "README": b"hi"}),
        ("line-deep", {"manifest.json": manifest, good_ops: b"[" * 100_000 + b"\n"}),
        ("line-huge-int", {"manifest.json": manifest, good_ops: HUGE_INT.encode() + b"\n"}),
        ("line-cut", {"manifest.json": manifest, good_ops: b'{"change_id": "'}),
        ("no-manifest", {good_ops: b"{}\n"}),
    ):
        yield Case("import-bundle", name, _zip(members))
