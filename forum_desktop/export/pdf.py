# mypy: disable-error-code="import-untyped"
"""The groundwork of every PDF the app writes: page sizes, styles, tables, and the page
template with its header (the event's title) and footer (the document's name and
"page X of Y" in the document's language).

Sizes are in points. No text is smaller than ``MIN_FONT_SIZE``.

reportlab is imported inside the functions, so importing this module costs nothing at
start-up; only building a document loads it. reportlab has no type hints: its objects are
``Any`` here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from functools import cache
from io import BytesIO
from typing import Any, Final, Literal

from forum_desktop.export.bidi import display_line
from forum_desktop.export.fonts import BASE_FAMILY, register_fonts, runs
from forum_desktop.export.labels import Labels

PageSize = Literal["A4", "Letter"]
PAGE_SIZES: Final[dict[str, tuple[float, float]]] = {
    "A4": (595.2756, 841.8898),  # 210 × 297 mm
    "Letter": (612.0, 792.0),  # 8.5 × 11 in
}

MIN_FONT_SIZE: Final = 9.0
"""Nothing printed is smaller (a test reads every text size back from the PDF)."""

MM: Final = 72 / 25.4
MARGIN_SIDE: Final = 15 * MM
MARGIN_TOP: Final = 20 * MM
MARGIN_BOTTOM: Final = 18 * MM
DECORATION_SIZE: Final = 9.0

INK: Final = "#1f2933"
MUTED: Final = "#52606d"
RULE: Final = "#9aa5b1"
HEADER_FILL: Final = "#e4e7eb"
TINT: Final = "#f3f5f7"
BREAK_FILL: Final = "#eef2e6"
WARNING: Final = "#b42318"


def page_dimensions(page_size: PageSize | str, *, landscape: bool = False) -> tuple[float, float]:
    """Width and height in points; ValueError for a size other than A4 or Letter."""
    try:
        width, height = PAGE_SIZES[page_size]
    except KeyError:
        raise ValueError(f"unknown page size {page_size!r} (use A4 or Letter)") from None
    return (height, width) if landscape else (width, height)


def frame_size(page_size: PageSize | str, *, landscape: bool = False) -> tuple[float, float]:
    """The width and height the story flows in, on every page."""
    width, height = page_dimensions(page_size, landscape=landscape)
    return width - 2 * MARGIN_SIDE, height - MARGIN_TOP - MARGIN_BOTTOM


# --- styles ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of every document (reportlab ParagraphStyle objects)."""

    title: Any
    subtitle: Any
    heading: Any
    subheading: Any
    body: Any
    muted: Any
    warning: Any
    bullet: Any
    cell: Any
    cell_bold: Any
    cell_muted: Any
    cell_italic: Any
    cell_warning: Any
    cell_header: Any

    def all(self) -> list[Any]:
        return [getattr(self, each.name) for each in fields(self)]


@cache
def styles() -> Styles:
    """The shared styles, in the base family (fonts registered on first call)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    family = register_fonts()
    ink = colors.HexColor(INK)
    muted = colors.HexColor(MUTED)
    warning = colors.HexColor(WARNING)

    def style(name: str, size: float, **options: Any) -> Any:
        options.setdefault("fontName", family.name)
        options.setdefault("textColor", ink)
        return ParagraphStyle(
            name,
            fontSize=size,
            leading=round(size * 1.25, 2),
            bulletFontName=family.name,
            bulletFontSize=size,
            **options,
        )

    return Styles(
        title=style("title", 18, fontName=family.bold_name, spaceAfter=4),
        subtitle=style("subtitle", 12, textColor=muted, spaceAfter=8),
        heading=style("heading", 13, fontName=family.bold_name, spaceBefore=12, spaceAfter=4),
        subheading=style("subheading", 10.5, fontName=family.bold_name, spaceBefore=6),
        body=style("body", 10, spaceAfter=2),
        muted=style("muted", 10, textColor=muted, spaceAfter=2),
        warning=style("warning", 10, fontName=family.bold_name, textColor=warning),
        bullet=style("bullet", 10, leftIndent=12, bulletIndent=2, spaceAfter=1),
        cell=style("cell", 9),
        cell_bold=style("cell_bold", 9, fontName=family.bold_name),
        cell_muted=style("cell_muted", 9, textColor=muted),
        cell_italic=style("cell_italic", 9, fontName=family.italic_name),
        cell_warning=style("cell_warning", 9, fontName=family.bold_name, textColor=warning),
        cell_header=style("cell_header", 9, fontName=family.bold_name),
    )


def sized(style: Any, size: float) -> Any:
    """A copy of ``style`` set at ``size`` points."""
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        f"{style.name}_{size}", parent=style, fontSize=size, leading=round(size * 1.25, 2)
    )


def indented(style: Any, points: float) -> Any:
    """A copy of ``style`` indented by ``points`` on the left."""
    from reportlab.lib.styles import ParagraphStyle

    if not points:
        return style
    return ParagraphStyle(
        f"{style.name}+{points:g}", parent=style, leftIndent=style.leftIndent + points
    )


def para(markup_text: str, style: Any, *, bullet: str | None = None) -> Any:
    """A Paragraph of ``markup_text``: markup the exporter built, with every piece of user
    text already through ``fonts.markup`` (or ``markup.escape``). ``bullet`` is plain
    text set before the first line (a "•")."""
    from forum_desktop.export.wrap_once import paragraph_class

    return paragraph_class()(markup_text, style, bulletText=bullet)


# --- tables ---------------------------------------------------------------------------


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    frame_height: float,
    extra_style: Sequence[tuple[Any, ...]] = (),
    min_row_height: float | None = None,
    header_size: float | None = None,
) -> Any:
    """A table whose header row repeats on every page and whose rows split cleanly.

    ``header`` are plain labels (escaped here); ``rows`` hold flowables or lists of them;
    ``widths`` are in points; ``frame_height`` is the height of a page's frame. A row moves
    to the next page whole unless it is taller than a page: then it is split inside.
    """
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle
    from reportlab.platypus.flowables import Spacer

    from forum_desktop.export.fonts import markup

    header_style = styles().cell_header
    if header_size is not None and header_size != header_style.fontSize:
        header_style = sized(header_style, header_size)
    data: list[list[Any]] = [[para(markup(label), header_style) for label in header]]
    data += [[cell if cell is not None else Spacer(0, 0) for cell in row] for row in rows]
    table = _table_class(round(frame_height, 3))(
        data,
        colWidths=list(widths),
        repeatRows=1,
        splitByRow=1,
        splitInRow=MIN_ROW_SPLIT,
        hAlign="LEFT",
        minRowHeights=None if min_row_height is None else [0] + [min_row_height] * len(rows),
    )
    commands: list[tuple[Any, ...]] = [
        # Cells hold paragraphs, but the table still sets its cells' font: without this
        # it would put Helvetica in the PDF.
        ("FONTNAME", (0, 0), (-1, -1), header_style.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), header_style.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_FILL)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(INK)),
        ("GRID", (0, 1), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor(RULE)),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *extra_style,
    ]
    table.setStyle(TableStyle(commands))
    return table


MIN_ROW_SPLIT: Final = 48.0
"""The least height in points worth starting a row taller than a page in."""


@cache
def _table_class(frame_height: float) -> type:
    """reportlab's Table, splitting the way a run sheet should for frames this high.

    reportlab splits a table between rows, then lays the rest out in the space left on
    the same page: with in-row splitting on, that put a second header row and a sliver of
    the next row on the page. Here the rest after a split between rows always starts a
    new page (it did not fit on this one anyway), and a row is split inside only when it
    could not fit on a page of its own.
    """
    from reportlab.platypus import PageBreak, Table

    class DataTable(Table):  # type: ignore[misc]
        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            self._calc(avail_width, avail_height)
            parts: list[Any] = self._splitRows(avail_height, doInRowSplit=0)
            if len(parts) == 1:
                return parts
            # The row that does not fit here: the first after the split, if any.
            row = parts[0]._nrows if parts else self.repeatRows
            if row < len(self._rowHeights) and self._taller_than_a_page(row):
                in_row: list[Any] = self._splitRows(avail_height, doInRowSplit=1)
                if in_row:
                    return in_row
            return [parts[0], PageBreak(), parts[1]] if parts else []

        def _taller_than_a_page(self, row: int) -> bool:
            header = sum(self._rowHeights[: self.repeatRows])
            return bool(header + self._rowHeights[row] > frame_height)

    return DataTable


CELL_PADDING: Final = 8.0
"""Left plus right padding of a table cell."""


def column_widths(fractions: Sequence[float], width: float) -> list[float]:
    """``fractions`` (any positive weights) scaled to fill ``width`` points."""
    total = sum(fractions)
    return [width * fraction / total for fraction in fractions]


def fitted_widths(
    fixed: Sequence[float | None], weights: Sequence[float], width: float
) -> list[float]:
    """Column widths: ``fixed`` points where given, the rest of ``width`` shared out by
    ``weights`` among the others."""
    left = max(0.0, width - sum(points for points in fixed if points is not None))
    shares = column_widths(
        [weight for points, weight in zip(fixed, weights, strict=True) if points is None], left
    )
    found = iter(shares)
    return [points if points is not None else next(found) for points in fixed]


MIN_HEADER_SIZE: Final = 6.5
"""The smallest header text a table sets (points) so that its words are not cut."""


def header_fit(
    header: Sequence[str], widths: Sequence[float], size: float = 9
) -> tuple[list[float], float]:
    """Column widths and a header text size at which no header word is cut (reportlab cuts
    a word wider than its cell, without a hyphen: "Décisio|ns"). A column narrower than its
    header's longest word takes the room from the columns with room to spare; when the
    words do not fit side by side, the header is set smaller, down to ``MIN_HEADER_SIZE``."""
    total = sum(widths)
    pad = CELL_PADDING + 1

    def needs(at: float) -> list[float]:
        return [
            max((text_width(word, at, bold=True) for word in label.split()), default=0.0) + pad
            for label in header
        ]

    need = needs(size)
    if sum(need) > total:
        words = sum(need) - pad * len(header)
        size = max(
            MIN_HEADER_SIZE, math.floor(10 * size * (total - pad * len(header)) / words) / 10
        )
        need = needs(size)
    if sum(need) >= total:  # even the smallest header is too wide: share out what there is
        return [total * points / sum(need) for points in need], size
    deficit = sum(max(0.0, n - w) for n, w in zip(need, widths, strict=True))
    slack = sum(max(0.0, w - n) for n, w in zip(need, widths, strict=True))
    return [
        n if w <= n else w - deficit * (w - n) / slack for n, w in zip(need, widths, strict=True)
    ], size


def fit_text_width(texts: Sequence[str], *, header: str, cap: float | None = None) -> float:
    """The width of a column whose cells hold ``texts`` (9 pt) under a bold ``header``,
    at most ``cap`` points (longer texts then wrap)."""
    widest = max([text_width(header, 9, bold=True), *(text_width(t, 9) for t in texts)])
    needed = widest + CELL_PADDING + 1
    return needed if cap is None else min(needed, cap)


# --- the document -----------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentSetup:
    """What the page template prints around the story, and the PDF's metadata."""

    header: str
    """The event's title, at the top of every page after the first."""
    document_name: str
    """"Run sheet", "Feuille de route", …: in the footer and the PDF's title."""
    labels: Labels
    page_size: PageSize = "A4"
    landscape: bool = False
    author: str = ""
    watermark: str = ""
    """Printed across every page when set ("DRAFT")."""
    footer: str = ""
    """The event's footer line, under the page's footer when set."""
    footer_logo: bytes | None = None
    """The event's logo (PNG or JPEG) to draw small at the left of every page's footer."""


Progress = Callable[[float], None]
"""Told how far a long build has got, from 0 to 1."""


def build_pdf(story: list[Any], setup: DocumentSetup, *, progress: Progress | None = None) -> bytes:
    """The PDF of ``story`` (reportlab flowables) with the header and footer of ``setup``,
    laid out once.

    Flowables marked by ``outlined`` become bookmarks. A ``table_of_contents()`` in the
    story lists the entries ``reserve_room`` gave it, their pages drawn once the layout
    is done (``deferred``), like each footer's page count. ``progress`` is told the share
    laid out as it goes.
    """
    from functools import partial

    from reportlab.platypus import Frame, PageTemplate

    from forum_desktop.export.deferred import deferred_canvas

    family = register_fonts()
    width, height = page_dimensions(setup.page_size, landscape=setup.landscape)
    buffer = BytesIO()
    doc = _doc_class()(
        buffer,
        pagesize=(width, height),
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{setup.header} — {setup.document_name}",
        subject=setup.document_name,
        author=setup.author,
        creator="Forum Desktop",
        lang=setup.labels.language.value,
        initialFontName=family.name,
        initialFontSize=DECORATION_SIZE,
        displayDocTitle=1,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    if progress is not None:
        doc.setProgressCallBack(_ProgressCounter(progress))
    doc.build(story, canvasmaker=partial(deferred_canvas(), decoration=_Decoration(setup)))
    return buffer.getvalue()


class _ProgressCounter:
    """reportlab's progress events as the share of the story laid out."""

    def __init__(self, report: Progress) -> None:
        self.report = report
        self.size = 1
        self.last = -1.0

    def __call__(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self.size = max(1, value)
        elif kind == "PROGRESS":
            share = min(0.99, value / self.size)
            if share - self.last >= 0.01:  # a hundred reports at most
                self.last = share
                self.report(share)


CONTENTS_LEVELS: Final = 2
"""Outline levels listed in the table of contents (sections and sessions); deeper ones
are bookmarks only."""


def outlined(flowable: Any, title: str, level: int, key: str) -> Any:
    """``flowable`` (a heading) marked to become a bookmark named ``key`` at outline
    ``level`` (0 the top), and an entry of the table of contents when shallow enough."""
    flowable.outline_entry = (level, title, key)
    return flowable


def contents_text(title: str) -> str:
    """A heading's or a photo's entry in a table of contents, as markup."""
    from forum_desktop.export.fonts import markup

    return markup(display_line(" ".join(title.split())))


def reserve_room(contents: Any, entries: list[tuple[int, str, str]]) -> None:
    """Give a table of contents its ``entries`` (level, title, key) before the layout: it
    has its full length from the start, so no page moves when the numbers come in at the
    end. Each key is that of the flowable ``outlined`` or ``listed`` marks."""
    contents._entries = [(level, contents_text(title), 0, key) for level, title, key in entries]


def listed(flowable: Any, kind: str, text: str, key: str) -> Any:
    """``flowable`` marked to be an entry, with its page, of the listing of ``kind``
    (``table_of_contents(kind)``): the list of photos."""
    flowable.listing_entry = (kind, text, key)
    return flowable


def table_of_contents(kind: str = "TOCEntry") -> Any:
    """A table of contents in the documents' styles (9 pt and up), listing the entries
    ``reserve_room`` gives it; ``kind`` names what it lists (the headings, or the
    flowables ``listed`` under another kind)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import TableStyle

    from forum_desktop.export.deferred import contents_class

    body = styles().body
    table_style = TableStyle(
        [
            # As in data_table: without it the table puts Helvetica in the PDF.
            ("FONTNAME", (0, 0), (-1, -1), body.fontName),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    contents = contents_class()(dotsMinLevel=0, tableStyle=table_style, notifyKind=kind)
    contents.levelStyles = [
        ParagraphStyle(
            f"contents{level}",
            parent=body,
            fontName=body.fontName if level else BASE_FAMILY.bold_name,
            fontSize=10.5 - level,
            leading=14 - level,
            leftIndent=14 * (level + 1),
            firstLineIndent=-14,
            # The page numbers' column: an entry's text wraps before it, so a number
            # (up to four digits) never overlaps the text.
            rightIndent=text_width(" . 0000", 10.5 - level, bold=not level),
            spaceBefore=4 if level == 0 else 0,
        )
        for level in range(CONTENTS_LEVELS)
    ]
    return contents


@cache
def _doc_class() -> type:
    from reportlab.platypus import BaseDocTemplate

    class OutlineDocTemplate(BaseDocTemplate):  # type: ignore[misc]
        """Bookmarks, and the pages of table-of-contents entries, for the flowables
        ``outlined`` and ``listed`` mark."""

        def afterFlowable(self, flowable: Any) -> None:
            # A drawn paragraph's lines are not needed again: dropping them keeps a long
            # document's memory to what one page needs.
            flowable.__dict__.pop("blPara", None)
            listing = getattr(flowable, "listing_entry", None)
            if listing is not None:
                self._entry_at_this_page(listing[2])
            entry = getattr(flowable, "outline_entry", None)
            if entry is None:
                return
            level, title, key = entry
            self._entry_at_this_page(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)

        def _entry_at_this_page(self, key: str) -> None:
            self.canv.bookmarkPage(key)
            self.canv.entry_pages[key] = self.page

    return OutlineDocTemplate


FOOTER_Y: Final = 10 * MM


class _Decoration:
    """The header and footer of every page of ``setup``'s document; its "page X of Y" a
    form drawn once the page count is known (``deferred``)."""

    def __init__(self, setup: DocumentSetup) -> None:
        self.setup = setup
        self.width, self.height = page_dimensions(setup.page_size, landscape=setup.landscape)
        self.left, self.right = MARGIN_SIDE, self.width - MARGIN_SIDE
        self.logo = _footer_logo(setup.footer_logo)
        # The footer's texts start right of the logo, which hangs from just under the rule.
        self.text_left = self.left if self.logo is None else self.left + self.logo[1] + 6

    def page(self, canvas: Any, page: int) -> None:
        from reportlab.lib import colors

        from forum_desktop.export.deferred import counter_form

        setup, left, right = self.setup, self.left, self.right
        if setup.watermark:
            _watermark(canvas, setup.watermark, self.width, self.height)
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(MUTED))
        canvas.setStrokeColor(colors.HexColor(RULE))
        canvas.setLineWidth(0.5)
        if page > 1:
            header_y = self.height - 12 * MM
            draw_line(canvas, left, header_y, setup.header, right - left)
            canvas.line(left, header_y - 4, right, header_y - 4)
        canvas.line(left, FOOTER_Y + 12, right, FOOTER_Y + 12)
        if self.logo is not None:
            image, logo_width, logo_height = self.logo
            top = FOOTER_Y + 9
            canvas.drawImage(image, left, top - logo_height, logo_width, logo_height, mask="auto")
        # The counter's room: as wide as it can be for a document of up to 9,999 pages.
        counter_width = text_width(setup.labels.page_of(page, max(page, 9999)))
        name_width = right - self.text_left - counter_width - 24
        draw_line(canvas, self.text_left, FOOTER_Y, setup.document_name, name_width)
        canvas.doForm(counter_form(page))
        if setup.footer.strip():
            footer_line = " ".join(setup.footer.split())
            draw_line(canvas, self.text_left, FOOTER_Y - 11, footer_line, right - self.text_left)
        canvas.restoreState()

    def counter(self, canvas: Any, page: int, pages: int) -> None:
        """ "Page X of Y" right-aligned at the footer's right end."""
        from reportlab.lib import colors

        canvas.setFillColor(colors.HexColor(MUTED))
        counter = self.setup.labels.page_of(page, pages)
        counter_width = text_width(counter)
        draw_line(canvas, self.right - counter_width, FOOTER_Y, counter, counter_width)


def _footer_logo(data: bytes | None) -> tuple[Any, float, float] | None:
    """The footer's logo as a reportlab image (made once per document, so its pixels are
    decoded once and the PDF holds one image all pages share) and its width and height."""
    from reportlab.lib.utils import ImageReader

    from forum_desktop.export.footer_logo import footer_logo

    logo = footer_logo(data)
    if logo is None:
        return None
    return ImageReader(BytesIO(logo.png)), logo.width_mm * MM, logo.height_mm * MM


WATERMARK_SIZE: Final = 96.0
WATERMARK_COLOUR: Final = "#b42318"


def _watermark(canvas: Any, text: str, width: float, height: float) -> None:
    """``text`` large, faint and diagonal across the page, over its content: drawn as the
    outlines of its letters, so it is never part of the page's text."""
    from reportlab.lib import colors

    from forum_desktop.export.outlines import draw_outline, outline_width

    canvas.saveState()
    canvas.setFillColor(colors.HexColor(WATERMARK_COLOUR))
    canvas.setFillAlpha(0.10)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(math.degrees(math.atan2(height, width)))
    font = BASE_FAMILY.bold
    # At most two thirds of the diagonal, so "BORRADOR" fits as well as "DRAFT".
    size = min(WATERMARK_SIZE, 0.66 * math.hypot(width, height) / outline_width(text, font, 1))
    draw_outline(canvas, text, font, size, -outline_width(text, font, size) / 2, -size / 3)
    canvas.restoreState()


def text_width(text: str, size: float = DECORATION_SIZE, *, bold: bool = False) -> float:
    """The width of one line of ``text`` set in the fonts of its scripts."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(
        sum(
            stringWidth(run, family.bold_name if bold else family.name, size)
            for family, run in runs(text)
        )
    )


def draw_line(
    canvas: Any, x: float, y: float, text: str, max_width: float, size: float = DECORATION_SIZE
) -> None:
    """One line of user text straight on the canvas (no markup involved), each run in the
    font of its script, cut with "…" where it would pass ``max_width``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = display_line(" ".join(text.split()))
    ellipsis = "…"
    if text_width(text, size) > max_width:
        room = max_width - stringWidth(ellipsis, BASE_FAMILY.name, size)
        while text and text_width(text, size) > room:
            text = text[:-1]
        text = text.rstrip() + ellipsis
    for family, run in runs(text):
        canvas.setFont(family.name, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, family.name, size)
