"""JSON read with limits: the same values as ``json.loads`` within them, a refusal naming
where beyond them, and never an exception of another kind."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_desktop.jsonlimits import MAX_DEPTH, JsonLimitError, _deep_field, load_json

# CI runs 200 examples of each property (a few seconds).
EXAMPLES = settings(max_examples=200, deadline=None)

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=30,
)


@EXAMPLES
@given(values)
def test_within_the_limits_it_reads_what_json_reads(value: Any) -> None:
    text = json.dumps(value)
    assert load_json(text) == json.loads(text)


def _nest(depth: int, key: str) -> str:
    return json.dumps({key: "@"}).replace('"@"', "[" * depth + "]" * depth)


@EXAMPLES
@given(
    st.integers(min_value=MAX_DEPTH, max_value=50_000),
    st.text(alphabet="abcé😀 .0", min_size=1, max_size=8),
)
def test_too_deep_is_refused_naming_the_top_level_field(depth: int, key: str) -> None:
    with pytest.raises(JsonLimitError) as refused:
        load_json(_nest(depth, key))
    assert refused.value.field == key
    assert refused.value.problem == f"nested more than {MAX_DEPTH} levels deep"


def test_a_value_that_alone_fits_the_stack_is_still_named() -> None:
    """The whole object ran out of stack but its deep value, read again alone, did not
    (Hypothesis found it at a depth of 1,991): the field was left unnamed."""
    deep = _nest(MAX_DEPTH + 10, "k")
    assert _deep_field(deep) == ("k",)
    assert _deep_field(_nest(MAX_DEPTH - 2, "k")) == ()


def test_the_deepest_allowed_is_read() -> None:
    assert load_json(_nest(MAX_DEPTH - 1, "k")) == json.loads(_nest(MAX_DEPTH - 1, "k"))


@EXAMPLES
@given(
    st.lists(st.sampled_from(["a", "b", "0"]), min_size=1, max_size=5),
    st.one_of(st.integers(101, 6_000).map(lambda n: "9" * n), st.just(str(2**63))),
)
def test_a_number_out_of_bounds_is_refused_naming_where(path: list[str], number: str) -> None:
    text = '"@"'
    for key in reversed(path):
        text = f'{{"{key}": {text}}}'
    with pytest.raises(JsonLimitError) as refused:
        load_json(text.replace('"@"', number))
    assert refused.value.field == ".".join(path)
