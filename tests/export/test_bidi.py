"""Right-to-left text: Arabic shaped into joined forms, lines put in display order."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from forum_desktop.export.bidi import (
    bidi_paragraph,
    display_line,
    has_rtl,
    is_rtl,
    shape,
    visual,
)
from forum_desktop.export.isolation import balance, isolate, strip_controls
from forum_desktop.export.labels import labels
from forum_desktop.export.pdf import DocumentSetup, build_pdf, styles
from tests.export.pdf_reading import reader


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def test_arabic_letters_take_their_joined_forms() -> None:
    shaped = shape("سلمى")
    # Initial sīn, medial lām, medial mīm, final alif maqṣūra: presentation forms.
    assert shaped == "\ufeb3\ufee0\ufee4\ufef0"
    assert nfkc(shaped) == "سلمى"
    # Lām-alif becomes one ligature; text around Arabic is left alone.
    assert shape("Salma لا 2026") == "Salma \ufefb 2026"


def test_lines_are_put_in_display_order_with_brackets_mirrored() -> None:
    line = visual(shape("سلمى (الرباط) 2026"), rtl=True)
    words = [nfkc(word) for word in line.split()]
    # Left to right on the page: the number, then each word's letters right to left.
    assert words == ["2026", "(طابرلا)", "ىملس"]


def test_a_left_to_right_line_keeps_its_order_around_an_arabic_name() -> None:
    line = display_line("Salma سلمى بنعلي said")
    assert line.startswith("Salma ") and line.endswith(" said")
    assert nfkc(line.split()[1]) == "يلعنب"  # the second name first, read right to left


def test_direction() -> None:
    assert has_rtl("مرحبا Daejeon") and not has_rtl("대전 praticien·ne·s")
    assert is_rtl("مرحبا Daejeon") and not is_rtl("Daejeon مرحبا")


def positions(data: bytes) -> list[tuple[float, float]]:
    """(y, x) where each run of Arabic text starts."""
    found: list[tuple[float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if has_rtl(nfkc(text)):
            found.append((tm[5], tm[4]))

    reader(data).pages[0].extract_text(visitor_text=visit)
    return found


def test_a_right_to_left_paragraph_is_aligned_right_and_wraps() -> None:
    setup = DocumentSetup(header="", document_name="t", labels=labels("en"))
    short = build_pdf([bidi_paragraph("مرحبا بكم", styles().body)], setup)
    [(_, x)] = positions(short)
    assert x > 400  # a short line sits at the right margin of an A4 page (595 pt)
    long = build_pdf([bidi_paragraph(" ".join(["التعلم بين المدن"] * 40), styles().body)], setup)
    assert len({y for y, _ in positions(long)}) >= 3
    left_to_right = build_pdf([bidi_paragraph("Salma سلمى", styles().body)], setup)
    assert all(x < 200 for _, x in positions(left_to_right))


# Characters that stress the bidirectional algorithm: every explicit control, letters of
# both directions, numbers of both kinds, brackets and spaces.
_STRESS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061caZ5س٣ש()[] \n"


@settings(max_examples=150, deadline=None)  # CI runs these 150 examples
@given(st.text(alphabet=_STRESS, max_size=40))
def test_no_sequence_of_bidi_controls_stops_a_line(text: str) -> None:
    for line in balance(text).split("\n"):
        shown = display_line(line)
        assert sorted(nfkc(strip_controls(shown)).translate(MIRRORS)) == sorted(
            strip_controls(line).translate(MIRRORS)
        )


MIRRORS = str.maketrans("()[]", "(([[")


def test_isolates_keep_user_text_apart_from_labels() -> None:
    # An override left open in a name ends with the name: the label after reads on.
    line = display_line(f"Owner: {isolate(chr(0x202E) + 'XY')} · Due: 15 March 2022")
    assert line == "Owner: YX · Due: 15 March 2022"
    # A list of names starting with an Arabic one keeps its order.
    assert nfkc(display_line(", ".join(map(isolate, ["سلمى", "John"])))) == "ىملس, John"
    # A paragraph's direction comes from its first strong letter outside isolates.
    assert not is_rtl(f"{isolate('سلمى')} John") and is_rtl("\u2067x\u2069 سلمى")


def test_brackets_take_the_direction_of_what_they_enclose() -> None:
    assert display_line("Hebrew [ירושלים]") == "Hebrew [םילשורי]"
    assert nfkc(display_line("Salma (سلمى)")) == "Salma (ىملس)"


def test_balance_closes_what_is_open_and_drops_stray_closers() -> None:
    assert balance("\u202c\u2069a\u202eb") == "a\u202eb\u202c"
    assert balance("\u2067\u202ea\u2069b") == "\u2067\u202ea\u202c\u2069b"
    assert isolate("plain text") == "plain text"
    assert isolate("a\u202eb\nc") == "\u2068a\u202eb\u202c\u2069\nc"
