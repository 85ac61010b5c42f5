# mypy: disable-error-code="import-untyped"
"""Numbers a PDF knows only once its layout is done, drawn in one layout pass.

The page of each entry of a table of contents (or list of photos) and the page count in
every footer's "page X of Y" are not known while the pages are made. Where such a number
goes, the page refers to a PDF form XObject by name (``canvas.doForm``); the canvas draws
each form at the end (``beginForm``/``endForm``), once every page is known. The contents
are given their entries before the layout (``pdf.reserve_room``), so they take their full
room from the start and no page moves. reportlab's own way, ``multiBuild``, lays the whole
story out again until the numbers settle: twice the time for a long document.

Forms hold real text, so the numbers are copied and extracted like any other text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol


class Decoration(Protocol):
    """What a document prints around its story."""

    def page(self, canvas: Any, page: int) -> None:
        """Draws page ``page``'s header and footer, with ``canvas.doForm(counter_form(page))``
        where its "page X of Y" goes."""

    def counter(self, canvas: Any, page: int, pages: int) -> None:
        """Draws page ``page``'s "page X of Y", once the page count is known."""


@dataclass(frozen=True)
class EntryNumber:
    """Where a contents entry's page number goes: after its text, which ends at ``x`` on
    the line at ``y``, dots then the number right-aligned at ``right`` (in the
    coordinates current where the entry was drawn)."""

    form: str
    key: str
    x: float
    y: float
    right: float
    font: str
    size: float
    colour: Any


DOTS = " . "
"""The leader between an entry's text and its page number (as reportlab's contents)."""


def counter_form(page: int) -> str:
    """The name of the form holding page ``page``'s "page X of Y"."""
    return f"PageOf{page}"


@cache
def deferred_canvas() -> type:
    """A canvas class (made with a ``decoration=`` keyword) that writes each page as it is
    made, so a long document's pages are not all kept in memory, and draws the deferred
    numbers at the end: every ``counter_form``, and every entry number the contents asked
    for (``defer_entry_number``) from the pages the layout put in ``entry_pages``."""
    from reportlab.pdfgen.canvas import Canvas

    class DeferredCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, decoration: Decoration, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.decoration = decoration
            self.entry_pages: dict[str, int] = {}
            """The page of each entry key, as the layout reaches it."""
            self.entry_numbers: list[EntryNumber] = []

        def defer_entry_number(
            self, key: str, right: float, font: str, size: float, colour: Any
        ) -> None:
            """Called while a contents entry is drawn, where its text ends."""
            position = self._curr_tx_info
            x, y = position["cur_x"], position["cur_y"]
            form = f"Entry{len(self.entry_numbers)}"
            self.entry_numbers.append(EntryNumber(form, key, x, y, right, font, size, colour))
            self.doForm(form)
            self.linkRect("", key, (x, y, right, y + size), relative=1)

        def drawImage(self, image: Any, *args: Any, **kwargs: Any) -> Any:
            drawn = super().drawImage(image, *args, **kwargs)
            # reportlab's reader of a JPEG refers to itself (its ``jpeg_fh``), so once
            # drawn it would keep the decoded photo (14 MB at print size) until Python's
            # rare full garbage collection: 250 MB more for 30 photos. The image is in
            # the PDF now (its compressed bytes); without the cycle the reader goes as
            # soon as its flowable lets go of it.
            vars(image).pop("jpeg_fh", None)
            return drawn

        def showPage(self) -> None:
            self.decoration.page(self, self._pageNumber)
            super().showPage()

        def save(self) -> None:
            pages = self.getPageNumber() - 1  # the last page has been shown
            width, height = self._pagesize
            for page in range(1, pages + 1):
                self.beginForm(counter_form(page), 0, 0, width, height)
                self.decoration.counter(self, page, pages)
                self.endForm()
            for entry in self.entry_numbers:
                self._draw_entry_number(entry, self.entry_pages[entry.key])
            super().save()

        def _draw_entry_number(self, entry: EntryNumber, page: int) -> None:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            number = str(page)
            number_width = stringWidth(number, entry.font, entry.size)
            dot_width = stringWidth(DOTS, entry.font, entry.size)
            dots = max(0, int((entry.right - entry.x - number_width) / dot_width))
            left = entry.right - dots * dot_width - number_width
            bottom = entry.y - entry.size
            self.beginForm(entry.form, left - 1, bottom, entry.right + 1, entry.y + 2 * entry.size)
            text = self.beginText(left, entry.y)
            text.setFont(entry.font, entry.size)
            text.setFillColor(entry.colour)
            text.textLine(DOTS * dots + number)
            self.drawText(text)
            self.endForm()

    return DeferredCanvas


@cache
def contents_class() -> type:
    """reportlab's table of contents laid out once, from the entries it was given before
    the layout: each entry's dots and page number are a form the canvas draws at the
    end."""
    from reportlab.platypus import Paragraph, Spacer, Table
    from reportlab.platypus.tableofcontents import TableOfContents

    class DeferredContents(TableOfContents):  # type: ignore[misc]
        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            callback = f"entry_end_{id(self)}"

            def entry_end(canvas: Any, kind: str, label: str) -> None:
                level, key = label.split(",", 1)
                style = self.getLevelStyle(int(level))
                canvas.defer_entry_number(
                    key, available_width, style.fontName, style.fontSize, style.textColor
                )

            self.canv.setNamedCB(callback, entry_end)
            rows: list[list[Any]] = []
            for level, text, _page, key in self._entries:
                style = self.getLevelStyle(level)
                end = f'<onDraw name="{callback}" label="{level},{key}"/>'
                markup = f'<a href="#{key}">{text}</a>{end}'
                if style.spaceBefore:
                    rows.append([Spacer(1, style.spaceBefore)])
                rows.append([Paragraph(markup, style)])
            self._table = (
                Table(rows, colWidths=(available_width,), style=self.tableStyle)
                if rows
                else Spacer(0, 0)
            )
            self.width, self.height = self._table.wrapOn(
                self.canv, available_width, available_height
            )
            return self.width, self.height

    return DeferredContents
