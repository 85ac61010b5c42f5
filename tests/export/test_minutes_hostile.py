"""No character a user can type stops an export, each prints (or reads back) as typed,
and none reorders the document's own labels: PDF, Markdown and DOCX over a hostile corpus."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.export.isolation import balance, strip_controls
from forum_desktop.export.labels import labels
from forum_desktop.export.minutes_data import MinutesData, load_minutes
from forum_desktop.export.minutes_docx import minutes_docx
from forum_desktop.export.minutes_md import minutes_markdown
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.export.minutes_pdf import minutes_pdf
from forum_desktop.export.signin_pdf import signin_sheet_pdf
from forum_desktop.storage import Store, open_database
from tests.export.hostile_corpus import (
    DUE,
    LINES,
    RLO_OWNER,
    Hostile,
    contains,
    populate_hostile,
)
from tests.export.pdf_reading import all_text


@dataclass(frozen=True)
class Built:
    store: Store
    made: Hostile

    def data(self) -> MinutesData:
        return load_minutes(self.store, self.made.event_id, MinutesOptions(language="fr"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    clock = FakeClock()
    conn = open_database(tmp_path_factory.mktemp("hostile") / "forum.sqlite3", clock)
    try:
        store = Store(conn, clock)
        yield Built(store, populate_hostile(store))
    finally:
        conn.close()


@pytest.fixture(scope="module")
def pdf_text(built: Built) -> str:
    return all_text(minutes_pdf(built.data()))


def due_line() -> str:
    """ "Échéance : mardi 15 mars 2022", as the reader must find it, in order."""
    lab = labels("fr")
    return " ".join(strip_controls(lab.label_value("col_due", lab.date(DUE))).split())


@pytest.mark.parametrize("line", LINES)
def test_every_line_prints_in_the_pdf(pdf_text: str, line: str) -> None:
    assert contains(pdf_text, line), line


def test_an_override_in_a_name_does_not_reverse_the_labels_after_it(pdf_text: str) -> None:
    assert due_line() in pdf_text
    assert "2202 sram 51" not in pdf_text


def test_placeholders_and_emoji_keep_their_characters_in_the_text_layer(pdf_text: str) -> None:
    assert "\ufffd" not in pdf_text
    assert "नमस्ते" in pdf_text  # drawn as placeholders, copied as typed
    assert "👩🏽🏫🤝🌍" in pdf_text  # the ZWJ draws nothing and is not copied


def test_the_signin_sheet_prints_names_with_isolates(built: Built) -> None:
    data = built.data()
    text = all_text(signin_sheet_pdf(data.event, data.participants, language="fr"))
    assert contains(text, RLO_OWNER)


def test_markdown_holds_every_line_and_leaves_nothing_open(built: Built) -> None:
    markdown = minutes_markdown(built.data())
    unescaped = re.sub(r"\\(.)", r"\1", markdown)
    for line in LINES:
        assert contains(unescaped, line), line
    for line in markdown.split("\n"):
        assert balance(line) == line  # every override or isolate closes on its line
    assert due_line() in " ".join(strip_controls(unescaped).split())


def test_docx_holds_every_line_and_leaves_nothing_open(built: Built) -> None:
    from docx import Document

    document = Document(BytesIO(minutes_docx(built.data())))
    paragraphs = [p.text for p in document.paragraphs] + [
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    ]
    text = "\n".join(paragraphs)
    for line in LINES:
        assert contains(text, line), line
    assert all(balance(paragraph) == paragraph for paragraph in paragraphs)
    assert due_line() in " ".join(strip_controls(text).split())
