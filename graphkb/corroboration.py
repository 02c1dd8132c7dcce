"""Corroboration: in how many distinct documents, and from how many publishers, a stance is
found again.

Two stances corroborate each other when they have the same source, target and type and the
same modality group: *factual* (asserted or reported: the text says it happened, or that
someone says so), *hypothetical*, or *negated*. A denial does not corroborate a claim, and a
speculation does not corroborate a fact. Documents without a publisher count as their own
publisher, so an unattributed document is never merged with another.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphkb.model import Modality, StanceFilter, StanceType

if TYPE_CHECKING:
    from graphkb.queries import StanceView
    from graphkb.stores import StanceStore

__all__ = [
    "Corroboration",
    "Key",
    "corroborate",
    "group_of",
    "key_of",
    "ranking_sources",
]

_GROUPS = {
    Modality.ASSERTED: "factual",
    Modality.REPORTED: "factual",
    Modality.HYPOTHETICAL: "hypothetical",
    Modality.NEGATED: "negated",
}
_MEMBERS = {
    "factual": [Modality.ASSERTED, Modality.REPORTED],
    "hypothetical": [Modality.HYPOTHETICAL],
    "negated": [Modality.NEGATED],
}

Key = tuple[str, str, StanceType, str]
"""(source id, target id, type, modality group)."""


def group_of(modality: Modality) -> str:
    """The modality group: factual, hypothetical or negated."""
    return _GROUPS[modality]


def key_of(view: StanceView) -> Key:
    """The corroboration key of a stance."""
    s = view.stance
    return (s.source, s.target, s.type, _GROUPS[s.modality])


@dataclass(frozen=True, slots=True)
class Corroboration:
    """How many distinct documents and publishers hold the same stance."""

    documents: int
    publishers: int


def corroborate(store: StanceStore, views: Iterable[StanceView]) -> dict[Key, Corroboration]:
    """The corroboration of every distinct key among ``views``, counted over the whole store."""
    reader = store.reader()
    return {
        key: Corroboration(*reader.corroboration(key[0], key[1], key[2], _MEMBERS[key[3]]))
        for key in sorted({key_of(v) for v in views})
    }


def ranking_sources(
    store: StanceStore, anchor: str, others: Iterable[str], polarity: int, where: StanceFilter
) -> dict[str, Corroboration]:
    """For each ranked actor in ``others``: in how many distinct documents and publishers the
    stances who-opposes (``polarity`` -1) or who-supports (+1) counts toward ``anchor`` appear,
    under the ranking's own filter."""
    types = [t for t in (where.types or StanceType) if t.polarity == polarity]
    if not types:  # types of the other polarity only: the ranking counts nothing
        return {other: Corroboration(0, 0) for other in others}
    asked = StanceFilter(
        types=types,
        modalities=where.modalities or _MEMBERS["factual"],
        since=where.since,
        until=where.until,
        roll_up=where.roll_up,
    )
    found = store.reader().sources(list(others), anchor, asked)
    return {other: Corroboration(*counts) for other, counts in found.items()}
