"""Hypothesis feeds arbitrary text and structured garbage to the extractor and the data
loader: the only exceptions that escape are graphkb's own, with messages."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from graphkb import GraphkbError
from graphkb.actors import Gazetteer
from graphkb.curated import parse_curated
from graphkb.extract import Extractor

EXTRACTOR = Extractor(Gazetteer.bundled())
NEWSY = st.lists(
    st.sampled_from(
        [
            " France",
            " Iran",
            " sanctioned",
            " accused",
            " the US",
            " Moscow",
            " denied",
            " could",
            " never",
            ' said: "',
            '"',
            " He",
            " its",
            ".",
            ",",
            "\n",
            "\u00a0",
            "\u201c",
            "\u201d",
            "\u2019s",
            " Foreign Minister",
            " Anna Berg",
            " talks",
            " aid",
        ]
    )
    | st.text(max_size=6),
    max_size=80,
).map("".join)

SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
GARBAGE: st.SearchStrategy[Any] = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "document",
                    "actors",
                    "stances",
                    "id",
                    "title",
                    "kind",
                    "name",
                    "source",
                    "target",
                    "type",
                    "modality",
                    "evidence",
                    "start",
                    "end",
                    "date",
                    "confidence",
                    "format",
                    "x",
                ]
            ),
            inner,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(NEWSY, st.text(max_size=300)))
def test_extractor_never_crashes_and_offsets_hold(text: str) -> None:
    """Any text gives stances whose evidence offsets point at their sentence in the input."""
    result = EXTRACTOR.extract(text, document_id="fuzz")
    for stance in result.stances:
        ev = stance.evidence
        assert ev.start is not None and ev.end is not None
        assert 0 <= ev.start < ev.end <= len(text)
        assert ev.text == text[ev.start : ev.end]
        assert stance.source != stance.target


@settings(max_examples=400, deadline=None)
@given(GARBAGE)
def test_curated_loader_rejects_garbage_with_messages(raw: Any) -> None:
    """Structured garbage either parses or raises a graphkb error naming the place."""
    try:
        parse_curated(raw, "fuzz.yaml")
    except GraphkbError as exc:
        assert str(exc).startswith("fuzz.yaml: ")
