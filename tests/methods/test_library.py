"""The built-in method files, and what happens to a broken or hostile method file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from forum_desktop.methods.library import (
    BUILTIN_DIR,
    MAX_FILE_BYTES,
    MethodFileError,
    builtin_library,
    export_bytes,
    load_directory,
    parse_method,
)
from forum_desktop.models.method import METHOD_LANGUAGES, MethodDefinition

REQUIRED = {
    "round-robin",
    "fishbowl",
    "peer-review",
    "one-two-four-all",
    "breakout-groups",
    "dot-voting",
    "world-cafe",
    "open-discussion",
    "presentation-qa",
    "impromptu-networking",
}


def test_every_builtin_method_file_loads_with_the_required_methods() -> None:
    library = builtin_library()
    assert library.problems == []
    assert {m.id for m in library.methods} == REQUIRED
    assert len(library.methods) == len(list(BUILTIN_DIR.glob("*.json")))


@pytest.mark.parametrize("method", builtin_library().methods, ids=lambda m: m.id)
def test_every_builtin_method_speaks_english_french_and_spanish(method: MethodDefinition) -> None:
    texts = [method.name, method.description, method.purpose, method.when_to_use, method.roles]
    texts += [method.setup, method.materials]
    texts += [step.name for step in method.steps] + [step.instructions for step in method.steps]
    for text in texts:
        for language in METHOD_LANGUAGES:
            assert getattr(text, language), f"{method.id}: missing {language} in {text}"
    assert method.source and method.produces
    assert all(step.minutes > 0 for step in method.steps)


def test_the_seed_methods_read_as_practised() -> None:
    methods = {m.id: m for m in builtin_library().methods}
    assert methods["fishbowl"].name.text("fr") == "Méthodologie de l'aquarium"
    peer = [step.name.en for step in methods["peer-review"].steps]
    assert peer == [
        "Case presentation",
        "Clarifying questions",
        "Structured feedback",
        "Presenter response",
    ]
    sources = {s.url for s in methods["one-two-four-all"].source}
    assert "https://www.liberatingstructures.com/1-1-2-4-all/" in sources


def test_a_missing_language_falls_back_to_english() -> None:
    method = builtin_library().methods[0]
    partial = method.name.model_copy(update={"es": ""})
    assert partial.text("es") == method.name.en
    assert partial.text("de") == method.name.en


def test_a_broken_file_is_reported_with_its_path_and_field_and_the_others_load(
    tmp_path: Path,
) -> None:
    good = json.loads((BUILTIN_DIR / "dot-voting.json").read_text(encoding="utf-8"))
    (tmp_path / "a-good.json").write_text(json.dumps(good), encoding="utf-8")
    bad = json.loads(json.dumps(good))
    bad["id"] = "other"
    bad["steps"][1]["minutes"] = -5
    (tmp_path / "b-bad.json").write_text(json.dumps(bad), encoding="utf-8")
    (tmp_path / "c-not-json.json").write_text("{ nope", encoding="utf-8")
    (tmp_path / "d-same-id.json").write_text(json.dumps(good), encoding="utf-8")

    library = load_directory(tmp_path)

    assert [m.id for m in library.methods] == ["dot-voting"]
    assert [(p.path.name, p.field) for p in library.problems] == [
        ("b-bad.json", "steps.1.minutes"),
        ("c-not-json.json", ""),
        ("d-same-id.json", "id"),
    ]
    assert [p.notice.kind.code for p in library.problems] == [
        "method_file.refused_field",
        "method_file.not_json",
        "method_file.id_taken",
    ]
    assert "greater than or equal to 0" in library.problems[0].message
    assert "not JSON (line 1" in library.problems[1].message


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"x" * (MAX_FILE_BYTES + 1), "at most 256 KB"),
        (b"\xff\xfe{}", "not text"),
        (b"[1, 2]", "no method"),
        (b'{"id": "Bad Id!"}', "id:"),
        (b'{"id": "ok", "name": {"en": "x"}, "description": {}, "steps": [], "x": 1}', "steps"),
    ],
)
def test_an_untrusted_file_is_refused_saying_what_is_wrong(data: bytes, words: str) -> None:
    with pytest.raises(MethodFileError) as caught:
        parse_method(data)
    assert words in str(caught.value)


def test_an_exported_method_reads_back_the_same() -> None:
    method = builtin_library().methods[0]
    data = export_bytes(method)
    assert parse_method(data) == method
    assert "Méthodologie" in export_bytes(
        next(m for m in builtin_library().methods if m.id == "fishbowl")
    ).decode("utf-8")
