"""Every notice the core can give reads in the interface language, with all its values."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import forum_desktop
from forum_desktop.notices import NOTICE_KINDS
from forum_desktop.services.run import NOT_PAUSED, RunError
from forum_desktop.ui.language import install
from forum_desktop.ui.notice_texts import notice_text, templates

FIELD = re.compile(r"\{(\w+)\}")


def every_core_module() -> None:
    for module in pkgutil.walk_packages(forum_desktop.__path__, "forum_desktop."):
        if not module.name.startswith("forum_desktop.ui") and not module.name.endswith("__main__"):
            importlib.import_module(module.name)


def test_every_core_notice_has_a_template_with_the_same_values() -> None:
    every_core_module()
    assert len(NOTICE_KINDS) > 20
    ours = templates()
    assert set(ours) == set(NOTICE_KINDS)
    for code, kind in NOTICE_KINDS.items():
        assert set(FIELD.findall(ours[code])) == kind.fields, code


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "This session is not paused."), ("fr", "Cette session n'est pas en pause.")],
)
@pytest.mark.usefixtures("qapp")
def test_a_refusal_reads_in_the_interface_language(language: str, expected: str) -> None:
    install(language)
    try:
        assert notice_text(RunError(NOT_PAUSED).notice) == expected
    finally:
        install("en")


@pytest.mark.usefixtures("qapp")
def test_values_are_put_in_once_even_when_they_look_like_fields() -> None:
    every_core_module()
    kind = NOTICE_KINDS["programme.no_duration"]
    install("fr")
    try:
        text = notice_text(kind(line=4, title="“{line}”"))
    finally:
        install("en")
    assert text.startswith("ligne 4") and "“{line}”" in text


@pytest.mark.usefixtures("qapp")
def test_a_bad_duration_is_explained_in_french() -> None:
    from forum_desktop.agenda.durations import DurationError, parse_duration

    with pytest.raises(DurationError) as refused:
        parse_duration("deux heures")
    install("fr")
    try:
        text = notice_text(refused.value.notice)
    finally:
        install("en")
    assert text == '"deux heures" n\'est pas une durée : tapez des minutes (15), 1h30 ou 1:30'


@pytest.mark.usefixtures("qapp")
def test_in_english_an_import_problem_reads_as_the_command_line_prints_it() -> None:
    # The run's refusals are sentences in the interface only; import problems read the same.
    every_core_module()
    ours = templates()
    imports = [
        code
        for code in NOTICE_KINDS
        if code.startswith(("csv.", "method_file.", "document.", "bundle."))
    ]
    assert len(imports) > 40
    assert {code: ours[code] for code in imports} == {
        code: NOTICE_KINDS[code].english for code in imports
    }
