# mypy: disable-error-code="import-untyped"
"""The minutes as DOCX, to edit in a word processor: the same cover and section blocks as
the PDF, in Word's own heading, list and table styles.

Headings use the built-in "Heading n" styles, so the navigation pane and a table of
contents inserted in the word processor find them; the contents after the cover are text
(the section and session headings), readable before any field is updated. The file's
properties are its own: title, author (this laptop's profile), the dates it was made,
the document's language (also the default of every run, for spelling), no thumbnail.
Right-to-left paragraphs are marked right to left and aligned right (the word processor
shapes Arabic itself). Each page's header carries the event's title — and "DRAFT" until
every included session is final — and its footer "page X of Y" as fields the word
processor fills in, after the event's logo when it asks for it there too.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any, Final

from forum_desktop.export.bidi import has_rtl, is_rtl
from forum_desktop.export.emphasis import emphasis_spans
from forum_desktop.export.footer_logo import footer_logo
from forum_desktop.export.isolation import balance, isolate
from forum_desktop.export.labels import Labels, labels
from forum_desktop.export.markup import clean
from forum_desktop.export.minutes_blocks import (
    Block,
    Entry,
    Heading,
    PhotoIndex,
    Picture,
    Table,
    Text,
    VoteChart,
)
from forum_desktop.export.minutes_data import MinutesData
from forum_desktop.export.minutes_sections import cover, section_blocks
from forum_desktop.export.pdf import MUTED
from forum_desktop.models import Language

FONT = "Noto Sans"
"""The PDFs' font; a word processor without it substitutes its own."""


def minutes_docx(data: MinutesData) -> bytes:
    """The minutes of ``data`` as a .docx file's bytes."""
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.shared import Inches, Mm, Pt

    lab = labels(data.language)
    front = cover(data, lab)
    doc = Document()
    _own_properties(doc, data, f"{data.event.title} — {front.document_name}")
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    section = doc.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    if data.options.page_size == "Letter":
        section.page_width, section.page_height = Mm(215.9), Mm(279.4)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    _decorate(section, data, lab)

    writer = _Writer(doc)
    if front.logo is not None:
        # 6 inches wide at most (inside A4's and Letter's margins), 1.5 high.
        width, _ = front.logo.fitted(6, 1.5)
        doc.add_picture(BytesIO(front.logo.data), width=Inches(width))
    writer.text(front.title, style="Title")
    writer.text(front.document_name, style="Subtitle")
    for label, value in front.lines:
        writer.text(value, label=lab["label_value"].format(label=label, value="").rstrip())
    for note in front.notes:
        writer.text(note, muted=True)
    # The table of contents as text (a Word field would show nothing until updated).
    blocks = section_blocks(data, lab)
    writer.text(lab["contents"], style="Heading 1")
    for block in blocks:
        if isinstance(block, Heading) and block.level <= 2:
            writer.text(block.text).paragraph_format.left_indent = Mm(6 * (block.level - 1))
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    for block in blocks:
        writer.block(block)
    buffer = BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


class _Writer:
    def __init__(self, doc: Any) -> None:
        self.doc = doc

    def block(self, block: Block) -> None:
        if isinstance(block, Heading):
            self.text(block.text, style=f"Heading {block.level}")
        elif isinstance(block, Text) and block.prose:
            paragraph = self.doc.add_paragraph()
            for part, emphasised in emphasis_spans(block.text):
                self._run(paragraph, part).italic = emphasised or None
        elif isinstance(block, Text):
            self.text(
                block.text,
                label=block.label,
                muted=block.tone == "muted",
                bold=block.tone == "emphasis",
            )
        elif isinstance(block, Entry):
            paragraph = self.text(block.text, style="List Bullet")
            if block.detail:
                paragraph.add_run().add_break()
                self._run(paragraph, block.detail, muted=True)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, VoteChart):
            self.table(block.as_table())
        elif isinstance(block, Picture):
            self.picture(block)
        elif isinstance(block, PhotoIndex):
            for caption, place in block.entries:
                self.text(f"{isolate(caption)} — {isolate(place)}", style="List Bullet")

    def picture(self, block: Picture) -> None:
        from io import BytesIO

        from docx.shared import Inches

        # 6 inches wide at most, 4 high: inside the margins of A4 and Letter.
        scale = min(6 / block.width, 4 / block.height)
        self.doc.add_picture(BytesIO(block.data), width=Inches(block.width * scale))
        if block.caption:
            self.text(block.caption, muted=True)

    def text(
        self,
        text: str,
        *,
        style: str | None = None,
        label: str = "",
        muted: bool = False,
        bold: bool = False,
    ) -> Any:
        paragraph = self.doc.add_paragraph(style=style)
        if label:
            self._run(paragraph, f"{label} ", bold=True)
            text = isolate(text)  # nothing in it reorders the label
        self._run(paragraph, text, muted=muted, bold=bold)
        if has_rtl(text) and is_rtl(text):
            _right_to_left(paragraph)
        return paragraph

    def _run(self, paragraph: Any, text: str, *, muted: bool = False, bold: bool = False) -> Any:
        from docx.shared import RGBColor

        run = paragraph.add_run(balance(clean(text)))
        run.bold = bold or None
        if muted:
            run.italic = True
            run.font.color.rgb = RGBColor.from_string(MUTED.lstrip("#").upper())
        return run

    def table(self, block: Table) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        table = self.doc.add_table(rows=1, cols=len(block.header), style="Table Grid")
        header = table.rows[0]
        # The header row repeats at the top of every page the table runs onto.
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        header._tr.get_or_add_trPr().append(repeat)
        for cell, text in zip(header.cells, block.header, strict=True):
            self._run(cell.paragraphs[0], text, bold=True)
        for values in block.rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, values, strict=True):
                self._run(cell.paragraphs[0], text)
                if has_rtl(text) and is_rtl(text):
                    _right_to_left(cell.paragraphs[0])
        self.doc.add_paragraph()


def _right_to_left(paragraph: Any) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement

    paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


def _decorate(section: Any, data: MinutesData, lab: Labels) -> None:
    """The header (title, and DRAFT until final) and the footer (the logo small when the
    event asks for it, "page X of Y")."""
    from docx.shared import Mm

    header = data.event.title if data.final else f"{data.event.title} — {lab['watermark']}"
    section.header.paragraphs[0].add_run(clean(header))
    footer = section.footer.paragraphs[0]
    logo = footer_logo(data.logo) if data.event.footer_logo else None
    if logo is not None:
        picture = BytesIO(logo.png)
        footer.add_run().add_picture(picture, width=Mm(logo.width_mm), height=Mm(logo.height_mm))
        footer.add_run("  ")
    # "Page {page} of {pages}" with the two numbers as fields.
    before, _, rest = lab["page_of"].partition("{page}")
    middle, _, after = rest.partition("{pages}")
    footer.add_run(before)
    _field(footer, "PAGE")
    footer.add_run(middle)
    _field(footer, "NUMPAGES")
    footer.add_run(after)
    if data.event.footer.strip():
        section.footer.add_paragraph(balance(clean(" ".join(data.event.footer.split()))))


WORD_LANGUAGES: Final = {Language.EN: "en-GB", Language.FR: "fr-FR", Language.ES: "es-ES"}
"""The language tag Word's spelling and hyphenation go by, per document language."""


def _own_properties(doc: Any, data: MinutesData, title: str) -> None:
    """The file's own metadata instead of python-docx's template's (created 2013, "generated
    by python-docx", its thumbnail): title, author, dates, language."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = doc.core_properties
    properties.title = clean(title)
    properties.subject = labels(data.language)["minutes"]
    properties.author = properties.last_modified_by = clean(data.author)
    properties.comments = properties.keywords = properties.category = ""
    properties.language = WORD_LANGUAGES[data.language]
    properties.revision = 1
    if data.made_at is not None:
        properties.created = properties.modified = data.made_at.replace(microsecond=0)
    package_rels = doc.part.package.rels
    for key, relation in list(package_rels.items()):
        if relation.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            del package_rels[key]
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    language = run_defaults.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        run_defaults.append(language)
    language.set(qn("w:val"), WORD_LANGUAGES[data.language])
    language.set(qn("w:bidi"), "ar-SA")


def _field(paragraph: Any, code: str, placeholder: str = "1") -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
