from __future__ import annotations

import pytest

from forum_desktop.export.fonts import markup, style_faces
from forum_desktop.export.markup import escape
from forum_desktop.export.pdf import para, styles
from forum_desktop.export.plain_paragraph import labelled_paragraph, plain_paragraph


def fragments(paragraph: object) -> tuple[str, list[dict[str, object]]]:
    """The paragraph's text, and its fragments' attributes with the texts joined (the
    parser makes an entity a fragment of its own; they print alike)."""
    frags = paragraph.frags  # type: ignore[attr-defined]
    attributes = [{k: v for k, v in f.__dict__.items() if k != "text"} for f in frags]
    assert all(each == attributes[0] for each in attributes)
    return "".join(f.text for f in frags), attributes[:1]


@pytest.mark.parametrize("name", ["body", "bullet", "cell_bold", "cell_italic", "muted"])
@pytest.mark.parametrize(
    "text", ["Budget 2027 agreed", "  R&D <b>not bold</b> &amp; more  ", "Zoë\ta   b", "«oui»"]
)
def test_a_plain_text_makes_the_paragraph_the_markup_parser_makes(name: str, text: str) -> None:
    style = getattr(styles(), name)
    bold, italic = style_faces(style)
    parsed = para(markup(text, bold=bold, italic=italic), style, bullet="•")
    plain = plain_paragraph(text, style, bullet="•")
    assert plain is not None
    assert (plain.text, plain.bulletText) == (parsed.text, parsed.bulletText)
    assert fragments(plain) == fragments(parsed)


@pytest.mark.parametrize("text", ["two\nlines", "김서연 (Daejeon)", "   ", ""])
def test_a_text_that_needs_markup_is_left_to_the_parser(text: str) -> None:
    assert plain_paragraph(text, styles().body) is None


def runs_of(paragraph: object) -> list[tuple[str, dict[str, object]]]:
    """The paragraph's fragments as runs of one look: neighbours alike joined (the parser
    makes an entity a fragment of its own; they print alike)."""
    found: list[tuple[str, dict[str, object]]] = []
    for frag in paragraph.frags:  # type: ignore[attr-defined]
        look = {k: v for k, v in frag.__dict__.items() if k != "text"}
        if found and found[-1][1] == look:
            found[-1] = (found[-1][0] + frag.text, look)
        else:
            found.append((frag.text, look))
    return found


@pytest.mark.parametrize("name", ["body", "muted", "cell"])
@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("Note", "4/5"),
        ("  R&D  <b> ", "  a &amp;  b  "),
        ("Zoë\tx", "«oui»\t— non"),
        ("Q", " "),
        ("  ", "x"),
    ],
)
def test_a_labelled_plain_text_makes_the_paragraph_the_markup_parser_makes(
    name: str, label: str, text: str
) -> None:
    style = getattr(styles(), name)
    parsed = para(f"<b>{escape(label)}</b> — {markup(text)}", style)
    plain = labelled_paragraph(label, text, style)
    assert plain is not None
    assert plain.text == parsed.text
    assert runs_of(plain) == runs_of(parsed)
    assert plain.wrap(120, 1000) == parsed.wrap(120, 1000)


@pytest.mark.parametrize(
    ("label", "text"), [("Note", "two\nlines"), ("Note", "김서연"), ("كلمة", "x"), ("", "x")]
)
def test_a_labelled_text_that_needs_markup_is_left_to_the_parser(label: str, text: str) -> None:
    assert labelled_paragraph(label, text, styles().body) is None
