"""The public entry point: :class:`KnowledgeBase`, which does everything the CLI does, as a
facade over :mod:`graphkb.names`, :mod:`graphkb.queries`, :mod:`graphkb.ingest` and the rest.

>>> import graphkb
>>> with graphkb.KnowledgeBase.memory() as kb:
...     [r.actor.name for r in kb.who_opposes("US", graphkb.StanceFilter(roll_up=True))][:1]
['Pakistan']
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, Unpack

from graphkb import ingest, queries, rollup, timeline
from graphkb._exceptions import StoreError
from graphkb.actors import Gazetteer
from graphkb.curation import reapply, retracted_stances
from graphkb.model import Actor, StanceFilter
from graphkb.names import ActorNames
from graphkb.results import ActorProfile, IngestReport, LoadReport, RankedList, StanceView
from graphkb.store import Store
from graphkb.stores import StanceStore, open_store
from graphkb.timeline import Change, Period, Timeline

if TYPE_CHECKING:
    import networkx as nx

    from graphkb.extract import Extractor
    from graphkb.formats import ExportFormat
    from graphkb.importers import ImportStats
    from graphkb.ingest import AboutFields, EventOptions
    from graphkb.reader import Counts
    from graphkb.shacl import ValidationReport
    from graphkb.sparql import Limits, SparqlResult
    from graphkb.viz import Drawing

__all__ = ["IngestReport", "KnowledgeBase", "LoadReport"]  # the reports: graphkb.results

_R = TypeVar("_R")
StrPath = str | os.PathLike[str]


class KnowledgeBase:
    """A stance knowledge graph in a store; questions take actor names and a ``where`` filter."""

    def __init__(self, store: StanceStore) -> None:
        self.store = store
        self.names = ActorNames(store)

    @classmethod
    def open(
        cls, path: StrPath | None = None, *, read_only: bool = True, endpoint: str | None = None
    ) -> KnowledgeBase:
        """The store at ``path`` (or the default one), created on first use; with ``endpoint``
        (or ``$GRAPHKB_ENDPOINT``), a remote SPARQL 1.1 endpoint instead."""
        return cls(open_store(path, read_only=read_only, endpoint=endpoint))

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

    @property
    def gazetteer(self) -> Gazetteer:
        """The bundled gazetteer extended with the store's actors (see :mod:`graphkb.names`)."""
        return self.names.gazetteer

    def forget_names(self) -> None:
        """Drop the cached gazetteer (after the store's actors changed)."""
        self.names.forget()

    def resolve(self, name: str) -> Actor:
        """The actor a name, alias, code or id means (``US``, ``Washington``, ``khawaja-asif``)."""
        return self.names.resolve(name)

    def actors(self, search: str | None = None) -> list[Actor]:
        """Actors in the store, optionally those whose names contain ``search``."""
        return self.names.search(search)

    def homeless(self, *names: str) -> list[Actor]:
        """People and bodies among these states' counterparts that a roll-up cannot fold."""
        return rollup.homeless(self.store, [self.resolve(n) for n in names])

    def who_opposes(
        self, actor: str, where: StanceFilter | None = None, **ranking: Unpack[queries.Ranking]
    ) -> RankedList:
        """Actors with conflictual stances toward ``actor``, ranked (see :func:`queries.rank`)."""
        w = self.names.resolved(where)
        return queries.rank(self.store, self.resolve(actor), polarity=-1, where=w, **ranking)

    def who_supports(
        self, actor: str, where: StanceFilter | None = None, **ranking: Unpack[queries.Ranking]
    ) -> RankedList:
        """Actors with cooperative stances toward ``actor``, ranked (as :meth:`who_opposes`)."""
        w = self.names.resolved(where)
        return queries.rank(self.store, self.resolve(actor), polarity=1, where=w, **ranking)

    def two_hop(
        self, actor: str, where: StanceFilter | None = None, *, polarity: int = -1
    ) -> list[tuple[Actor, int]]:
        """Opponents of ``actor``'s opponents (``polarity=1``: supporters'), counted; rolled up."""
        w, who = self.names.resolved(where), self.resolve(actor)
        ask = rollup.second_degree if w.roll_up else queries.second_degree
        return ask(self.store, who, polarity=polarity, where=w)

    def relations(
        self, a: str, b: str, where: StanceFilter | None = None, *, latest: int | None = None
    ) -> list[StanceView]:
        """Every stance between two actors (or the ``latest`` n), both ways, oldest first."""
        first, second, w = self.resolve(a), self.resolve(b), self.names.resolved(where)
        ask = rollup.relations if w.roll_up else queries.relations
        return ask(self.store, first, second, where=w, latest=latest)

    def count_relations(self, a: str, b: str, where: StanceFilter | None = None) -> int:
        """How many stances link two actors, both directions."""
        w = self.names.resolved(where)
        return queries.count_relations(self.store, self.resolve(a), self.resolve(b), w)

    def actor(self, name: str, *, roll_up: bool = False) -> ActorProfile:
        """An actor's record and its stances out and in (``roll_up``: its state's, everyone's)."""
        who = self.resolve(name)
        return rollup.profile(self.store, who) if roll_up else queries.profile(self.store, who)

    def stances(self, where: StanceFilter | None = None) -> list[StanceView]:
        """Stances ``where`` lets through; with ``roll_up``, its actors stand for their states."""
        return queries.fetch_stances(self.store, self.names.resolved(where, to_states=True))

    def retracted(
        self, where: StanceFilter | None = None, *, both_ways: bool = False
    ) -> list[StanceView]:
        """Stances a curator retracted (kept, never counted); ``both_ways``: either direction."""
        found = retracted_stances(self.store, self.names.resolved(where), both_ways=both_ways)
        return queries.views_of(self.store, found)

    def path(
        self, a: str, b: str, where: StanceFilter | None = None, *, max_paths: int = 5
    ) -> list[list[StanceView]]:
        """Shortest chains of stances linking two actors, or states (``roll_up``)."""
        first, second, w = self.resolve(a), self.resolve(b), self.names.resolved(where)
        ask = rollup.shortest_paths if w.roll_up else queries.shortest_paths
        return ask(self.store, first, second, where=w, max_paths=max_paths)

    def timeline(
        self, a: str, b: str, where: StanceFilter | None = None, *, by: str = "month"
    ) -> Timeline:
        """Stances between two actors per month, quarter or year (see :mod:`graphkb.timeline`)."""
        first, second, period = self.resolve(a), self.resolve(b), Period(by)
        return timeline.timeline(self.store, first, second, by=period, where=where)

    def changes(
        self,
        since: dt.date,
        *,
        until: dt.date | None = None,
        actor: str | None = None,
        where: StanceFilter | None = None,
    ) -> list[Change]:
        """Dyads that changed from the period before ``since`` (see :mod:`graphkb.timeline`)."""
        who = self.resolve(actor) if actor else None
        return timeline.changes(self.store, since, until=until, actor=who, where=where)

    def stats(self) -> Counts:
        """Counts of actors, documents, stances by type and modality, triples."""
        return queries.stats(self.store)

    def sparql(self, query: str, **limits: Unpack[Limits]) -> SparqlResult:
        """Run a SPARQL query: read-only unless ``allow_update``, within ``timeout`` seconds and
        ``max_rows`` rows (defaults: :mod:`graphkb.limits`)."""
        from graphkb.sparql import run

        return run(self.store, query, **limits)

    def to_networkx(self, where: StanceFilter | None = None) -> nx.MultiDiGraph:
        """The stances ``where`` lets through as a networkx MultiDiGraph (actors as nodes)."""
        from graphkb.graph import to_networkx

        views = queries.fetch_stances(self.store, self.names.resolved(where))
        return to_networkx(views, self.store.actors().values())

    def viz(
        self,
        out: Path,
        *,
        focus: str | None = None,
        where: StanceFilter | None = None,
        **drawing: Unpack[Drawing],
    ) -> Path:
        """Write the interactive HTML graph to ``out``: the whole graph, or the part within
        ``depth`` steps of ``focus`` limited to the ``top`` most connected actors, coloured by
        ``blocs`` (actor id -> bloc number) if given (see :func:`graphkb.viz.draw`)."""
        from graphkb.viz import draw

        focus_id = self.resolve(focus).id if focus else None
        return draw(self.store, out, focus_id, self.names.resolved(where), **drawing)

    def load(self, paths: Iterable[Path], *, text: Path | None = None) -> LoadReport:
        """Add curated YAML or RDF files, idempotently (see :func:`graphkb.ingest.load`)."""
        return self._reapplied(ingest.load(self.store, paths, text=text))

    def ingest(
        self, text: str, *, extractor: Extractor | None = None, **about: Unpack[AboutFields]
    ) -> IngestReport:
        """Extract stances from an article (its ``title``, ``url``, ``date``, ``publisher`` if
        known) and add them with full provenance (see :func:`graphkb.ingest.ingest`)."""
        extractor = extractor or ingest.extractor_for(self.gazetteer)
        return self._reapplied(ingest.ingest(self.store, text, ingest.About(**about), extractor))

    def import_events(
        self, paths: Iterable[Path], fmt: str, **options: Unpack[EventOptions]
    ) -> ImportStats:
        """Stream GDELT or PLOVER events in (see :func:`graphkb.ingest.import_events`)."""
        return self._reapplied(ingest.import_events(self.store, paths, fmt, **options))

    def _reapplied(self, report: _R) -> _R:
        reapply(self.store)  # the write may have brought back what a curator changed
        self.names.forget()
        return report

    def export(self, fmt: ExportFormat | str) -> bytes:
        """The whole knowledge graph as ``fmt`` (ttl, jsonld, nt, nq, trig, graphml, csv)."""
        from graphkb.formats import export

        return export(self.store, fmt)

    def backup(self, target: StrPath) -> Path:
        """Copy the store (open for writing) into the new folder ``target``, itself a store."""
        if not isinstance(self.store, Store):
            raise StoreError("a remote endpoint is backed up with its own tools, not graphkb")
        return self.store.backup(target)

    def validate(self) -> ValidationReport:
        """Check the store's data against graphkb's SHACL shapes."""
        from graphkb.shacl import validate_store

        return validate_store(self.store)
