"""The public entry point: :class:`KnowledgeBase`, which does everything the CLI does.

>>> import graphkb
>>> with graphkb.KnowledgeBase.memory() as kb:
...     [r.actor.name for r in kb.who_opposes("US", graphkb.StanceFilter(roll_up=True))][:1]
['Pakistan']
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from graphkb import queries
from graphkb._exceptions import StoreError
from graphkb.actors import Gazetteer
from graphkb.model import Actor, Stance, StanceFilter
from graphkb.results import IngestReport, LoadReport
from graphkb.store import Store

if TYPE_CHECKING:
    import networkx as nx

    from graphkb.extract import Extractor
    from graphkb.formats import ExportFormat
    from graphkb.importers import ImportStats
    from graphkb.reader import Counts
    from graphkb.shacl import ValidationReport
    from graphkb.sparql import SparqlResult
    from graphkb.timeline import Change, Timeline

__all__ = ["IngestReport", "KnowledgeBase", "LoadReport"]  # the reports: graphkb.results


class KnowledgeBase:
    """A stance knowledge graph in a store, with name resolution over the store's actors."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._gazetteer: Gazetteer | None = None

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str] | None = None,
        *,
        read_only: bool = True,
        endpoint: str | None = None,
    ) -> KnowledgeBase:
        """Open (creating on first use) the persistent store at ``path`` or the default one;
        with ``endpoint`` (or ``$GRAPHKB_ENDPOINT``), a remote SPARQL 1.1 endpoint instead."""
        endpoint = endpoint or os.environ.get("GRAPHKB_ENDPOINT") or None
        if endpoint:
            from graphkb.remote import EndpointStore

            return cls(EndpointStore.connect(endpoint, read_only=read_only))
        return cls(Store.open(path, read_only=read_only))

    @classmethod
    def memory(cls, *, bootstrap: bool = True) -> KnowledgeBase:
        """An in-memory knowledge base holding the bundled data (or nothing)."""
        return cls(Store.memory(bootstrap=bootstrap))

    def close(self) -> None:
        """Release the store."""
        self.store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- actors ------------------------------------------------------------------------------
    @property
    def gazetteer(self) -> Gazetteer:
        """The bundled gazetteer extended with every actor in the store, as curators left them
        (an edited or aliased actor replaces its bundled entry, keeping its metonyms and
        demonyms; a merged-away one is gone): extraction and name look-ups both use it."""
        if self._gazetteer is None:
            from graphkb.curation import read_redirects

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

    def forget_names(self) -> None:
        """Drop the cached gazetteer (after the store's actors changed)."""
        self._gazetteer = None

    def _reapply(self) -> None:
        from graphkb.curation import embedded, reapply

        if embedded(self.store):
            reapply(self.store)
        self._gazetteer = None

    def resolve(self, name: str) -> Actor:
        """The actor a name, alias, code or id means (``US``, ``Washington``, ``khawaja-asif``);
        an actor a curator merged into another answers as that one.

        The bundled gazetteer answers most names at once; an id of the store's own actors is
        read directly; anything else is matched against every actor in the store.
        """
        from graphkb.curation import read_redirects

        found = self._resolve(name)
        redirects = read_redirects(self.store)
        if found.id in redirects:
            target = redirects[found.id]
            return self.store.actors({target}).get(target) or self.gazetteer.resolve(target)
        return found

    def _resolve(self, name: str) -> Actor:
        from graphkb._exceptions import UnknownActorError
        from graphkb.actors import bundled_gazetteer, core_gazetteer
        from graphkb.model import valid_actor_id

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

    def actors(self, search: str | None = None) -> list[Actor]:
        """Actors in the store, optionally those whose names contain ``search``."""
        if search:
            return self.gazetteer.search(search)
        return sorted(self.store.actors().values(), key=lambda a: (a.kind.value, a.name))

    # -- queries -----------------------------------------------------------------------------
    def _resolved(self, where: StanceFilter | None) -> StanceFilter:
        """The filter with its actor names resolved to ids."""
        if where is None:
            return queries.EVERYTHING
        source = self.resolve(where.source).id if where.source else None
        target = self.resolve(where.target).id if where.target else None
        return replace(where, source=source, target=target)

    def who_opposes(
        self,
        actor: str,
        where: StanceFilter | None = None,
        *,
        limit: int | None = None,
        evidence: int | None = queries.EVIDENCE_ACTORS,
    ) -> queries.RankedList:
        """Actors with conflictual stances toward ``actor`` that ``where`` lets through
        (asserted and reported unless it names modalities), ranked (see queries' score): all,
        or the first ``limit``; the first ``evidence`` carry sample stances (None: all)."""
        return self._rank(-1, actor, where, limit, evidence)

    def who_supports(
        self,
        actor: str,
        where: StanceFilter | None = None,
        *,
        limit: int | None = None,
        evidence: int | None = queries.EVIDENCE_ACTORS,
    ) -> queries.RankedList:
        """Actors with cooperative stances toward ``actor``, ranked (as :meth:`who_opposes`)."""
        return self._rank(1, actor, where, limit, evidence)

    def _rank(
        self,
        polarity: int,
        actor: str,
        where: StanceFilter | None,
        limit: int | None,
        evidence: int | None,
    ) -> queries.RankedList:
        target, asked = self.resolve(actor), self._resolved(where)
        return queries.rank(
            self.store, target, polarity=polarity, where=asked, limit=limit, evidence=evidence
        )

    def two_hop(
        self, actor: str, where: StanceFilter | None = None, *, polarity: int = -1
    ) -> list[tuple[Actor, int]]:
        """Opponents of ``actor``'s opponents (or, with ``polarity=1``, supporters of its
        supporters), each with how many of the middle actors it targets, most first."""
        return queries.second_degree(
            self.store, self.resolve(actor), polarity=polarity, where=self._resolved(where)
        )

    def relations(
        self, a: str, b: str, where: StanceFilter | None = None, *, latest: int | None = None
    ) -> list[queries.StanceView]:
        """Every stance between two actors that ``where`` lets through (or the ``latest`` n),
        both directions, oldest first; with ``where.roll_up``, between everyone serving
        either side's state."""
        first, second = self.resolve(a), self.resolve(b)
        w = self._resolved(where)
        if w.roll_up:
            from graphkb import rollup

            return rollup.relations(self.store, first, second, w, latest=latest)
        return queries.relations(self.store, first, second, where=w, latest=latest)

    def homeless(self, *names: str) -> list[Actor]:
        """People and bodies with no country among the counterparts of these actors' states:
        the ones a roll-up cannot fold (fix each with ``edit-actor ID --country ISO3``)."""
        from graphkb import rollup

        return rollup.homeless(self.store, [self.resolve(n) for n in names])

    def count_relations(self, a: str, b: str, where: StanceFilter | None = None) -> int:
        """How many stances that ``where`` lets through link two actors, both directions."""
        return queries.count_relations(
            self.store, self.resolve(a), self.resolve(b), self._resolved(where)
        )

    def actor(self, name: str) -> queries.ActorProfile:
        """An actor's record and a summary of its stances out and in."""
        return queries.profile(self.store, self.resolve(name))

    def stances(self, where: StanceFilter | None = None) -> list[queries.StanceView]:
        """Stances ``where`` lets through (its actor names are resolved first); all of them
        without a filter. With ``where.roll_up`` a source or target stands for its state and
        everyone serving it (a person or body for the state it serves)."""
        w = self._resolved(where)
        if w.roll_up:
            homes = [self.resolve(x).home if x else None for x in (w.source, w.target)]
            w = replace(w, source=homes[0], target=homes[1])
        return queries.fetch_stances(self.store, w)

    def retracted(
        self, where: StanceFilter | None = None, *, both_ways: bool = False
    ) -> list[queries.StanceView]:
        """Stances a curator retracted (kept, never counted) that ``where`` lets through; with
        ``both_ways``, between its source and target in either direction."""
        from graphkb.curation import embedded, retracted_stances

        if not embedded(self.store):
            return []
        w = self._resolved(where)
        found = retracted_stances(self.store)
        if w.roll_up:
            homes = {a.id: a.home for a in self.store.actors().values()}
            ends = [(homes.get(s.source, s.source), homes.get(s.target, s.target)) for s in found]
        else:
            ends = [(s.source, s.target) for s in found]

        def between(src: str, tgt: str) -> bool:
            ahead = w.source in (None, src) and w.target in (None, tgt)
            return ahead or (both_ways and (w.source, w.target) == (tgt, src))

        kept = [
            s
            for s, (src, tgt) in zip(found, ends, strict=True)
            if between(src, tgt)
            and s.type in w.type_set
            and s.modality in w.modality_set
            and (w.since is None or (s.date is not None and s.date >= w.since))
            and (w.until is None or (s.date is not None and s.date <= w.until))
        ]
        if w.reported:
            dates = {d.id: d.date for d in self.store.documents().values()}

            def reported(s: Stance) -> bool:
                day = dates.get(s.evidence.document)
                return day is not None and (
                    (w.reported_since is None or day >= w.reported_since)
                    and (w.reported_until is None or day <= w.reported_until)
                )

            kept = [s for s in kept if reported(s)]
        return queries.views_of(self.store, kept)

    def timeline(
        self, a: str, b: str, where: StanceFilter | None = None, *, by: str = "month"
    ) -> Timeline:
        """Stances between two actors per month, quarter or year, by type and polarity, with
        the net signed score, both directions, among those ``where`` lets through (its actors
        aside; see :mod:`graphkb.timeline`)."""
        from graphkb import timeline

        return timeline.timeline(
            self.store, self.resolve(a), self.resolve(b), by=timeline.Period(by), where=where
        )

    def changes(
        self,
        since: dt.date,
        *,
        until: dt.date | None = None,
        actor: str | None = None,
        where: StanceFilter | None = None,
    ) -> list[Change]:
        """Dyads that appeared, strengthened, weakened or flipped sign between ``since`` ..
        ``until`` and the period of the same length before, largest change first."""
        from graphkb import timeline

        return timeline.changes(
            self.store,
            since,
            until=until,
            actor=self.resolve(actor) if actor else None,
            where=where,
        )

    def stats(self) -> Counts:
        """Counts of actors, documents, stances by type and modality, triples."""
        return queries.stats(self.store)

    def sparql(
        self,
        query: str,
        *,
        allow_update: bool = False,
        timeout: float | None = None,
        max_rows: int | None = None,
    ) -> SparqlResult:
        """Run a SPARQL query (read-only unless ``allow_update``), within the time and row
        limits (see :mod:`graphkb.limits`); returns a :class:`graphkb.sparql.SparqlResult`."""
        from graphkb.sparql import run

        return run(self.store, query, allow_update=allow_update, timeout=timeout, max_rows=max_rows)

    # -- graph -------------------------------------------------------------------------------
    def to_networkx(self, where: StanceFilter | None = None) -> nx.MultiDiGraph:
        """The knowledge graph (the stances ``where`` lets through) as a networkx
        MultiDiGraph: actors as nodes, stances as edges."""
        from graphkb.graph import to_networkx

        views = queries.fetch_stances(self.store, self._resolved(where))
        return to_networkx(views, self.store.actors().values())

    def path(
        self,
        a: str,
        b: str,
        where: StanceFilter | None = None,
        *,
        max_paths: int = 5,
    ) -> list[list[queries.StanceView]]:
        """Shortest chains of stances linking two actors, ignoring direction: asserted and
        reported stances unless ``where`` names modalities (a denied sanction links no one);
        each chain is one stance per hop, the most factual one."""
        return queries.shortest_paths(
            self.store,
            self.resolve(a),
            self.resolve(b),
            where=self._resolved(where),
            max_paths=max_paths,
        )

    def viz(
        self,
        out: Path,
        *,
        focus: str | None = None,
        depth: int = 1,
        top: int | None = None,
        where: StanceFilter | None = None,
        title: str = "graphkb",
        blocs: Mapping[str, int] | None = None,
    ) -> Path:
        """Write the interactive HTML graph to ``out``: the whole graph, or the part within
        ``depth`` steps of ``focus`` limited to the ``top`` most connected actors (see
        :func:`graphkb.viz.draw`); with ``blocs`` (actor id -> bloc number, e.g.
        :func:`graphkb.analysis.bloc_of`), nodes are coloured by their bloc."""
        from graphkb.viz import draw

        focus_id = self.resolve(focus).id if focus else None
        where = self._resolved(where)
        return draw(self.store, out, focus_id, depth, top, where, title=title, blocs=blocs)

    # -- data in and out ---------------------------------------------------------------------
    def load(self, paths: Iterable[Path], *, text: Path | None = None) -> LoadReport:
        """Add curated YAML files or RDF files; loading the same data twice changes nothing.
        ``text`` is the document a single curated file describes: its evidence sentences are
        then stored with the stances (see :func:`graphkb.ingest.load`)."""
        from graphkb import ingest

        report = ingest.load(self.store, paths, text=text)
        self._reapply()  # loaded data may bring back what a curator changed
        return report

    def ingest(
        self,
        text: str,
        *,
        title: str | None = None,
        url: str | None = None,
        date: dt.date | None = None,
        publisher: str | None = None,
        extractor: Extractor | None = None,
    ) -> IngestReport:
        """Extract stances from an article and add them with full provenance, in one
        transaction (see :func:`graphkb.ingest.ingest`)."""
        from graphkb import ingest

        extractor = extractor or ingest.extractor_for(self.gazetteer)
        about = ingest.About(title=title, url=url, date=date, publisher=publisher)
        report = ingest.ingest(self.store, text, about, extractor)
        self._reapply()  # a curator's corrections to this document's stances hold again
        return report

    def import_events(
        self,
        paths: Iterable[Path],
        fmt: str,
        *,
        batch_size: int = 5000,
        progress: Callable[[ImportStats], None] | None = None,
        stats: ImportStats | None = None,
    ) -> ImportStats:
        """Stream GDELT 2.0 exports or PLOVER/POLECAT JSON lines into the store, one
        transaction per batch (see :func:`graphkb.ingest.import_events`)."""
        from graphkb import ingest

        stats = ingest.import_events(
            self.store, paths, fmt, batch_size=batch_size, progress=progress, stats=stats
        )
        self._reapply()
        return stats

    def export(self, fmt: ExportFormat | str) -> bytes:
        """The whole knowledge graph serialised as ``fmt`` (ttl, jsonld, nt, nq, trig,
        graphml, csv)."""
        from graphkb.formats import export

        return export(self.store, fmt)

    def backup(self, target: str | os.PathLike[str]) -> Path:
        """Copy the store (open for writing) into the new folder ``target``: a consistent copy
        of the RDF store and the stance index, itself a store (see :meth:`Store.backup`)."""
        if not isinstance(self.store, Store):
            raise StoreError("a remote endpoint is backed up with its own tools, not graphkb")
        return self.store.backup(target)

    def validate(self) -> ValidationReport:
        """Check the store's data against graphkb's SHACL shapes."""
        from graphkb.shacl import validate_store

        return validate_store(self.store)
