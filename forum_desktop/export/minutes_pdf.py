# mypy: disable-error-code="import-untyped"
"""The minutes as PDF: cover, table of contents, the chosen sections, bookmarks, and a
DRAFT watermark on every page until every included session is final.

    data = load_minutes(store, event_id, MinutesOptions(language="fr"))
    save_export(path, minutes_pdf(data))
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from forum_desktop.export.bidi import has_rtl, user_paragraph
from forum_desktop.export.emphasis import emphasis_spans, plain
from forum_desktop.export.fonts import markup
from forum_desktop.export.labels import Labels, labels
from forum_desktop.export.markup import escape
from forum_desktop.export.minutes_blocks import (
    Block,
    Entry,
    Heading,
    PhotoIndex,
    Picture,
    Table,
    Text,
    Timeline,
    VoteChart,
)
from forum_desktop.export.minutes_chart import timeline_drawing, vote_chart
from forum_desktop.export.minutes_data import MinutesData
from forum_desktop.export.minutes_sections import Cover, cover, section_blocks
from forum_desktop.export.pdf import (
    CONTENTS_LEVELS,
    MUTED,
    DocumentSetup,
    Progress,
    build_pdf,
    column_widths,
    data_table,
    frame_size,
    header_fit,
    listed,
    outlined,
    para,
    reserve_room,
    styles,
    table_of_contents,
)
from forum_desktop.export.plain_paragraph import labelled_paragraph

PHOTO_ENTRY = "PhotoEntry"
"""The listing the photos are entries of (their caption, place and page)."""


def minutes_pdf(data: MinutesData, progress: Progress | None = None) -> bytes:
    """The minutes of ``data`` as PDF bytes, in its options' language and page size;
    ``progress`` is told how far the layout has got."""
    lab = labels(data.language)
    front = cover(data, lab)
    renderer = _Renderer(frame_size(data.options.page_size))
    story = renderer.cover(front, lab)
    story += renderer.blocks(section_blocks(data, lab))
    reserve_room(renderer.contents, renderer.headings)
    if renderer.photo_listing is not None:
        reserve_room(renderer.photo_listing, renderer.photos)
    setup = DocumentSetup(
        header=data.event.title,
        document_name=lab["minutes"],
        labels=lab,
        page_size=data.options.page_size,
        author=data.event.organisers,
        watermark="" if data.final else lab["watermark"],
        footer=data.event.footer,
        footer_logo=data.logo if data.event.footer_logo else None,
    )
    return build_pdf(story, setup, progress=progress)


@dataclass(frozen=True)
class MinutesStyles:
    cover_title: Any
    cover_title_under_logo: Any
    cover_subtitle: Any
    h1: Any
    h2: Any
    h3: Any
    h4: Any
    h5: Any
    emphasis: Any
    entry_detail: Any


@cache
def minutes_styles() -> MinutesStyles:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    st = styles()

    def derived(name: str, parent: Any, **options: Any) -> Any:
        size = options.get("fontSize", parent.fontSize)
        return ParagraphStyle(name, parent=parent, leading=round(size * 1.25, 2), **options)

    return MinutesStyles(
        cover_title=derived("cover_title", st.title, fontSize=24, spaceBefore=60, spaceAfter=8),
        cover_title_under_logo=derived(
            "cover_title_under_logo", st.title, fontSize=24, spaceBefore=20, spaceAfter=8
        ),
        cover_subtitle=derived("cover_subtitle", st.subtitle, fontSize=15, spaceAfter=18),
        h1=derived("h1", st.heading, fontSize=15, spaceBefore=16, spaceAfter=6),
        h2=derived("h2", st.heading, fontSize=12.5, spaceBefore=12, spaceAfter=3),
        h3=derived("h3", st.subheading, fontSize=11, spaceBefore=10, spaceAfter=2),
        h4=derived(
            "h4", st.subheading, fontSize=10, spaceBefore=6, textColor=colors.HexColor(MUTED)
        ),
        h5=derived("h5", st.subheading, fontSize=9.5, spaceBefore=5),
        emphasis=derived("emphasis", st.body, fontName=st.cell_bold.fontName, spaceBefore=4),
        entry_detail=derived("entry_detail", st.muted, fontSize=9, leftIndent=12),
    )


class _Renderer:
    """Blocks to flowables; every piece of user text through ``fonts.markup`` or, when it
    holds right-to-left letters, ``bidi.bidi_paragraph``."""

    def __init__(self, frame: tuple[float, float]) -> None:
        self.frame = frame
        self.st = styles()
        self.ms = minutes_styles()
        self._keys = 0
        self.contents: Any = table_of_contents()
        self.headings: list[tuple[int, str, str]] = []
        """(level, title, key) of what the table of contents lists, in order."""
        self.photo_listing: Any = None
        self.photos: list[tuple[int, str, str]] = []

    def cover(self, front: Cover, lab: Labels) -> list[Any]:
        from reportlab.platypus import PageBreak, Spacer

        story = self.logo(front)
        title_style = self.ms.cover_title_under_logo if story else self.ms.cover_title
        story += [
            self.text(front.title, title_style),
            para(escape(front.document_name), self.ms.cover_subtitle),
        ]
        for label, value in front.lines:
            story += self.labelled(label, value, lab)
        story += [para(escape(note), self.st.muted) for note in front.notes]
        story += [
            Spacer(0, 18),
            para(escape(lab["contents"]), self.ms.h1),
            self.contents,
            PageBreak(),
        ]
        return story

    def logo(self, front: Cover) -> list[Any]:
        """The logo at the top of the cover, scaled to fit half the frame's width and 80
        points of height (about 28 mm; never enlarged past twice its pixel size)."""
        from io import BytesIO

        from reportlab.platypus import Image

        if front.logo is None or not _decodes(front.logo.data):
            return []  # the minutes still print, without the logo
        width, height = front.logo.fitted(
            min(self.frame[0] / 2, front.logo.width * 2), min(80, front.logo.height * 2)
        )
        image = Image(BytesIO(front.logo.data), width, height)
        image.hAlign = "LEFT"
        return [image]

    def blocks(self, blocks: list[Block]) -> list[Any]:
        story: list[Any] = []
        for block in blocks:
            if isinstance(block, Heading):
                story += self.heading(block)
            elif isinstance(block, Text):
                story += self.paragraph(block)
            elif isinstance(block, Entry):
                story += self.entry(block)
            elif isinstance(block, Table):
                story.append(self.table(block))
            elif isinstance(block, Timeline) and block.bars:
                story += self.timeline(block)
            elif isinstance(block, VoteChart):
                story.append(vote_chart(block, self.frame[0], self._cell))
            elif isinstance(block, Picture):
                story.append(self.picture(block))
            elif isinstance(block, PhotoIndex):
                self.photo_listing = table_of_contents(PHOTO_ENTRY)
                story.append(self.photo_listing)
        return story

    def picture(self, block: Picture) -> Any:
        """The photo scaled to fit the frame's width and half its height, never more than
        its own size; with its caption, kept on one page. Its bytes are asked for when the
        layout reaches it; one that does not decode leaves its caption alone."""
        from reportlab.platypus import KeepTogether

        width, height = self.frame
        scale = min(1.0, width / block.width, height * 0.5 / block.height)
        image = _photo_class()(block.image, block.width * scale, block.height * scale)
        self._keys += 1
        entry = " — ".join(filter(None, [block.caption, block.place])) or "—"
        listed(image, PHOTO_ENTRY, entry, f"photo-{self._keys}")
        self.photos.append((1, entry, f"photo-{self._keys}"))
        parts = [image]
        if block.caption:
            parts.append(self.text(block.caption, self.st.muted))
        return KeepTogether(parts)

    def timeline(self, block: Timeline) -> list[Any]:
        from reportlab.platypus import KeepTogether, Spacer

        chart = timeline_drawing(block, self.frame[0])
        return [Spacer(0, 6), KeepTogether([chart, self.text(block.caption, self.st.muted)])]

    def text(self, text: str, style: Any) -> Any:
        """One paragraph of plain user text."""
        return user_paragraph(text, style)

    def labelled(self, label: str, value: str, lab: Labels) -> list[Any]:
        """ "Label: value"; a right-to-left value goes under its label, aligned right."""
        if has_rtl(value):
            return [para(f"<b>{escape(label)}</b>", self.st.body), self.text(value, self.st.body)]
        line = escape(lab["label_value"]).format(
            label=f"<b>{escape(label)}</b>", value=markup(value)
        )
        return [para(line, self.st.body)]

    def heading(self, block: Heading) -> list[Any]:
        from reportlab.platypus import CondPageBreak

        style = {1: self.ms.h1, 2: self.ms.h2, 3: self.ms.h3, 4: self.ms.h4}.get(
            block.level, self.ms.h5
        )
        flowable = self.text(block.text, style)
        flowable.keepWithNext = True
        if block.level > 3:
            return [flowable]
        self._keys += 1
        outlined(flowable, block.text, block.level - 1, f"section-{self._keys}")
        if block.level - 1 < CONTENTS_LEVELS:
            self.headings.append((block.level - 1, block.text, f"section-{self._keys}"))
        # A section or session heading never sits alone at the foot of a page.
        room = {1: 160, 2: 110}.get(block.level)
        return [CondPageBreak(room), flowable] if room else [flowable]

    def paragraph(self, block: Text) -> list[Any]:
        style = {"body": self.st.body, "muted": self.st.muted, "emphasis": self.ms.emphasis}[
            block.tone
        ]
        if block.prose:
            return [self.prose(block.text, style)]
        if not block.label:
            return [self.text(block.text, style)]
        if has_rtl(block.text):
            return [para(f"<b>{escape(block.label)}</b>", style), self.text(block.text, style)]
        line = f"<b>{escape(block.label)}</b> — {markup(block.text)}"
        return [labelled_paragraph(block.label, block.text, style) or para(line, style)]

    def prose(self, text: str, style: Any) -> Any:
        """A paragraph whose ``*words*`` print in italics (right-to-left prose plainly)."""
        if has_rtl(text):
            return self.text(plain(text), style)
        parts = [
            f"<i>{markup(part, italic=True)}</i>" if emphasised else markup(part)
            for part, emphasised in emphasis_spans(text)
        ]
        return para("".join(parts), style)

    def entry(self, block: Entry) -> list[Any]:
        story = [user_paragraph(block.text, self.st.bullet, bullet="•")]
        if block.detail:
            story.append(self.text(block.detail, self.ms.entry_detail))
        return story

    def _cell(self, text: str) -> Any:
        return self.text(text, self.st.cell)

    def table(self, block: Table) -> Any:
        rows = [[self._cell(cell) for cell in row] for row in block.rows]
        widths, size = header_fit(block.header, column_widths(block.weights, self.frame[0]))
        return data_table(block.header, rows, widths, frame_height=self.frame[1], header_size=size)


@cache
def _photo_class() -> type:
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus.flowables import Flowable

    class JpegReader(ImageReader):  # type: ignore[misc]
        """reportlab names a drawn image by the MD5 of its decoded pixels, so it decoded
        each photo (5.8 MB of pixels at print size) only to name it, and then embedded
        the JPEG's own bytes. A JPEG is named here by those bytes instead."""

        def getRGBData(self) -> bytes:
            if getattr(self._image, "format", None) != "JPEG":
                return bytes(super().getRGBData())
            self._dataA = None  # no transparency: what drawImage reads next
            return bytes(self.fp.getvalue())

    class Photo(Flowable):  # type: ignore[misc]
        """A photo drawn from its bytes when its page is drawn, holding nothing decoded
        in between: reportlab's Image keeps each decoded picture for the whole build
        (15 MB a photo over two passes). Its bytes are asked for when the layout first
        measures it, so photos are scaled beside the layout until then; one that does not
        decode takes no room and draws nothing, rather than stop the whole PDF."""

        def __init__(self, image: Callable[[], bytes], width: float, height: float) -> None:
            super().__init__()
            self.image, self.width, self.height = image, width, height
            self.hAlign = "LEFT"
            self.decodes: bool | None = None

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            if self.decodes is None:
                self.decodes = _decodes(self.image())
            return (self.width, self.height) if self.decodes else (0, 0)

        def draw(self) -> None:
            from io import BytesIO

            if self.decodes:
                image = JpegReader(BytesIO(self.image()))
                self.canv.drawImage(image, 0, 0, self.width, self.height)

    return Photo


def _decodes(data: bytes) -> bool:
    """Whether reportlab can decode the image. Stored bytes were checked (type, header,
    size) but may come from an imported file or another laptop without being decodable,
    and one such picture must not stop the whole PDF."""
    from io import BytesIO

    from PIL import Image  # reportlab's own image library

    try:
        with Image.open(BytesIO(data)) as image:
            image.draft("RGB", (64, 64))  # a JPEG decodes at a small scale: enough to tell
            image.load()
    except (OSError, SyntaxError, ValueError):
        return False
    return True
