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
    from graphkb.store import Store

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


def corroborate(store: Store, views: Iterable[StanceView]) -> dict[Key, Corroboration]:
    """The corroboration of every distinct key among ``views``, counted over the whole store."""
    from graphkb.queries import fetch_stances

    out: dict[Key, Corroboration] = {}
    index = store.index
    for key in sorted({key_of(v) for v in views}):
        source, target, kind, group = key
        if index is not None:
            out[key] = Corroboration(*index.corroboration(source, target, kind, _MEMBERS[group]))
            continue
        where = StanceFilter(source, target, types=[kind], modalities=_MEMBERS[group])
        found = fetch_stances(store, where)
        documents = {v.stance.evidence.document for v in found}
        publishers = {
            v.document.publisher
            if v.document and v.document.publisher
            else f"doc:{v.stance.evidence.document}"
            for v in found
        }
        out[key] = Corroboration(len(documents), len(publishers))
    return out


def ranking_sources(
    store: Store, anchor: str, others: Iterable[str], polarity: int, where: StanceFilter
) -> dict[str, Corroboration]:
    """For each ranked actor in ``others``: in how many distinct documents and publishers the
    stances who-opposes (``polarity`` -1) or who-supports (+1) counts toward ``anchor`` appear,
    under the ranking's own filter."""
    from graphkb.queries import fetch_stances

    types = [t for t in (where.types or StanceType) if t.polarity == polarity]
    mods = list(where.modalities or _MEMBERS["factual"])
    index = store.index
    out: dict[str, Corroboration] = {}
    for other in others:
        if index is not None:
            found = index.sources(
                other,
                anchor,
                types=types,
                modalities=mods,
                roll_up=where.roll_up,
                since=where.since,
                until=where.until,
            )
            out[other] = Corroboration(*found)
            continue
        views = fetch_stances(
            store,
            StanceFilter(
                other, anchor, types, mods, where.since, where.until, roll_up=where.roll_up
            ),
        )
        symmetric = [t for t in types if t.symmetric]
        if symmetric:
            views += fetch_stances(
                store,
                StanceFilter(
                    anchor, other, symmetric, mods, where.since, where.until, roll_up=where.roll_up
                ),
            )
        documents = {v.stance.evidence.document for v in views}
        publishers = {
            v.document.publisher
            if v.document and v.document.publisher
            else f"doc:{v.stance.evidence.document}"
            for v in views
        }
        out[other] = Corroboration(len(documents), len(publishers))
    return out
