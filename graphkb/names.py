"""Actor names over a store: what ``US``, ``Washington`` or ``khawaja-asif`` means in it.

The bundled gazetteer answers most names at once; the store's own actors (as curators left
them) extend it, and an actor a curator merged into another answers as that one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from graphkb._exceptions import UnknownActorError
from graphkb.actors import Gazetteer, bundled_gazetteer, core_gazetteer
from graphkb.curation_records import read_redirects
from graphkb.model import Actor, StanceFilter, valid_actor_id

if TYPE_CHECKING:
    from graphkb.stores import StanceStore

__all__ = ["ActorNames"]


class ActorNames:
    """Resolves names to the actors of one store, caching the gazetteer it builds."""

    def __init__(self, store: StanceStore) -> None:
        self.store = store
        self._gazetteer: Gazetteer | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        """The bundled gazetteer extended with every actor in the store, as curators left them
        (an edited or aliased actor replaces its bundled entry, keeping its metonyms and
        demonyms; a merged-away one is gone): extraction and name look-ups both use it."""
        if self._gazetteer is None:
            gaz = Gazetteer.bundled()
            for actor in self.store.actors().values():
                known = gaz.get(actor.id)
                if known is None:
                    gaz.add(actor)
                elif known != actor:
                    gaz.add(
                        actor,
                        metonyms=gaz.metonyms.get(actor.id, ()),
                        demonyms=gaz.demonyms.get(actor.id, ()),
                        ambiguous=gaz.ambiguous.get(actor.id, ()),
                    )
            for old in read_redirects(self.store):
                gaz.remove(old)
            self._gazetteer = gaz
        return self._gazetteer

    def forget(self) -> None:
        """Drop the cached gazetteer (after the store's actors changed)."""
        self._gazetteer = None

    def resolve(self, name: str) -> Actor:
        """The actor ``name`` means; a merged-away actor answers as the one it became."""
        found = self._resolve(name)
        redirects = read_redirects(self.store)
        if found.id in redirects:
            target = redirects[found.id]
            return self.store.actors({target}).get(target) or self.gazetteer.resolve(target)
        return found

    def _resolve(self, name: str) -> Actor:
        # Until the full gazetteer is built, the bundled ones answer most names, an id of the
        # store's own actors is read directly, and only the rest builds it.
        if self._gazetteer is None:
            for gazetteer in (core_gazetteer, bundled_gazetteer):
                try:
                    found = gazetteer().resolve(name)
                except UnknownActorError:
                    continue
                # The store's version: a curator may have edited it.
                return self.store.actors({found.id}).get(found.id) or found
            if valid_actor_id(name.strip()):
                stored = self.store.actors({name.strip()}).get(name.strip())
                if stored is not None:
                    return stored
        return self.gazetteer.resolve(name)

    def search(self, text: str | None = None) -> list[Actor]:
        """Actors whose names contain ``text``; without it, every actor in the store."""
        if text:
            return self.gazetteer.search(text)
        return sorted(self.store.actors().values(), key=lambda a: (a.kind.value, a.name))

    def resolved(self, where: StanceFilter | None, *, to_states: bool = False) -> StanceFilter:
        """``where`` (everything when None) with its actor names resolved to ids; with
        ``to_states`` and ``where.roll_up``, to the states they serve (the ids a rolled-up
        filter matches everyone serving)."""
        if where is None:
            return StanceFilter()
        ends = [self.resolve(x) if x else None for x in (where.source, where.target)]
        fold = to_states and where.roll_up
        source, target = [(a.home if fold else a.id) if a else None for a in ends]
        return replace(where, source=source, target=target)
