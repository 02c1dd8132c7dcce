"""Roll-up: people and bodies folded into the state they serve (``Actor.country``).

``relations A B --roll-up`` gives every stance between anyone serving A's state (A included)
and anyone serving B's, so an exchange of accusations between two governments' officials shows
under the two states. A person stored without a country cannot be folded anywhere:
:func:`homeless` finds those near a question, so the CLI can name them with the ``edit-actor``
command that fixes each one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from graphkb import queries
from graphkb.model import Actor, ActorKind, StanceFilter

if TYPE_CHECKING:
    from graphkb.store import Store

__all__ = ["fix_note", "homeless", "lost", "relations"]


def _one_way(store: Store, src: Actor, tgt: Actor, where: StanceFilter) -> list[queries.StanceView]:
    """Stances from ``src``'s side to ``tgt``'s: a side is a state and everyone serving it,
    or, for an actor with no country (an international body, a person no one has placed),
    that actor alone."""
    if src.country and tgt.country:
        return queries.fetch_stances(
            store, replace(where, source=src.country, target=tgt.country, roll_up=True)
        )
    plain = replace(where, roll_up=False)
    if not tgt.country:
        found = queries.fetch_stances(
            store, replace(plain, source=None if src.country else src.id, target=tgt.id)
        )
        return [v for v in found if not src.country or v.source.home == src.country]
    found = queries.fetch_stances(store, replace(plain, source=src.id, target=None))
    return [v for v in found if v.target.home == tgt.country]


def relations(
    store: Store,
    a: Actor,
    b: Actor,
    where: StanceFilter,
    *,
    latest: int | None = None,
) -> list[queries.StanceView]:
    """Every stance between A's side and B's side that ``where`` lets through (its actors
    aside), both directions, oldest first (or the ``latest`` n); the rows keep the actors
    who acted."""
    views: dict[str, queries.StanceView] = {}
    for first, second in ((a, b), (b, a)):
        for view in _one_way(store, first, second, where):
            views[view.stance.id] = view
    ordered = sorted(views.values(), key=_order)
    return ordered[-latest:] if latest else ordered


def _order(view: queries.StanceView) -> tuple[dt.date, str, int, str]:
    s = view.stance
    return (s.date or dt.date.min, s.evidence.document, s.evidence.start or 0, s.id)


def lost(actor: Actor) -> bool:
    """Whether a roll-up cannot fold ``actor``: a person or body with no country that the
    bundled gazetteer does not know (its international bodies and armed groups have none by
    design)."""
    from graphkb.actors import bundled_gazetteer

    return (
        actor.kind is not ActorKind.COUNTRY
        and not actor.country
        and actor.id not in bundled_gazetteer()
    )


def homeless(store: Store, around: Iterable[Actor]) -> list[Actor]:
    """People and bodies with no country among the counterparts of the ``around`` actors'
    states: the ones a roll-up cannot fold, by id. International bodies and armed groups of
    the bundled gazetteer have no country by design and are not listed."""
    found: dict[str, Actor] = {}
    ids: set[str] = set()
    for actor in around:
        prof = queries.profile(store, store.actors({actor.home}).get(actor.home) or actor)
        ids |= set(prof.counterparts_in) | set(prof.counterparts_out)
        found.update((m.id, m) for m in [prof.actor, *prof.members] if lost(m))
    found.update((a.id, a) for a in store.actors(ids).values() if a.id in ids and lost(a))
    return [found[k] for k in sorted(found)]


def fix_note(people: Sequence[Actor], limit: int = 5) -> str:
    """One stderr line naming the people and bodies a roll-up could not fold, with the command
    that fixes each (empty when there are none)."""
    if not people:
        return ""
    shown = "; ".join(
        f"{p.name} (graphkb edit-actor {p.id} --country ISO3)" for p in people[:limit]
    )
    more = f"; and {len(people) - limit} more" if len(people) > limit else ""
    count = f"{len(people)} {'actor has' if len(people) == 1 else 'actors have'}"
    return f"graphkb: note: {count} no country, so --roll-up counts them apart: {shown}{more}\n"
