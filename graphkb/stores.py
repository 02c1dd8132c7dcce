"""Where a knowledge base's data lives: graphkb's embedded store, or a remote SPARQL endpoint.

:class:`StanceStore` is what the rest of graphkb uses of either: :class:`graphkb.store.Store`
(Oxigraph on disk or in memory, with the stance index) and :class:`graphkb.remote.EndpointStore`
(an HTTP client, holding no data) are both one, checked by mypy. Neither inherits the other:
each method of each works against its own store. What only the embedded store can do
(curation's rewrites, backup, reindex) is asked of a :class:`~graphkb.store.Store` after
``isinstance``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from graphkb.store import Store

if TYPE_CHECKING:
    import pyoxigraph as ox

    from graphkb.index import StanceIndex
    from graphkb.model import Actor, Document, Stance
    from graphkb.reader import StanceReader

__all__ = ["StanceStore", "open_store"]


class StanceStore(Protocol):
    """The store operations graphkb's questions, writes and exports use."""

    read_only: bool

    @property
    def index(self) -> StanceIndex | None:
        """The stance index when there is one ready (never for an endpoint)."""
        ...

    def reader(self) -> StanceReader:
        """What questions read (see :mod:`graphkb.reader`)."""
        ...

    def close(self) -> None:
        """Release the store."""
        ...

    # -- reading -----------------------------------------------------------------------------
    def query(
        self,
        sparql: str,
        substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
        *,
        prefixes: bool = True,
    ) -> Any:
        """Run a SPARQL query over the union of the graphs, graphkb's prefixes predeclared."""
        ...

    def actors(self, ids: Iterable[str] | None = None) -> dict[str, Actor]:
        """Actors by id: all, or at least those in ``ids``."""
        ...

    def read_actors(self, ids: Iterable[str] | None = None) -> dict[str, Actor]:
        """Actors by id, read from the RDF data itself."""
        ...

    def documents(self, ids: Iterable[str] | None = None) -> dict[str, Document]:
        """Documents by id: all, or those in ``ids``."""
        ...

    def read_stances(
        self, ids: Iterable[str] | None = None, *, retracted: bool = False
    ) -> Iterator[Stance]:
        """Stances read from the RDF data: all, or those with these ids."""
        ...

    def has_document(self, document_id: str) -> bool:
        """Whether the store holds this document."""
        ...

    def known_stances(self, ids: Sequence[str]) -> set[str]:
        """Which of these stance ids the store holds."""
        ...

    def known_documents(self, ids: Sequence[str]) -> set[str]:
        """Which of these document ids the store holds."""
        ...

    def document_with_digest(self, sha256: str) -> str | None:
        """The id of a document whose text has this SHA-256, or None."""
        ...

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of graphkb's data."""
        ...

    def count(self, sparql_pattern: str) -> int:
        """COUNT(*) of a graph pattern written by graphkb."""
        ...

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        """The data serialised as ``fmt``."""
        ...

    def is_bootstrapped(self) -> bool:
        """Whether the bundled data has been loaded."""
        ...

    # -- writing -----------------------------------------------------------------------------
    def update(self, sparql: str) -> None:
        """Run a SPARQL update."""
        ...

    def add(
        self,
        actors: Iterable[Actor] = (),
        documents: Iterable[Document] = (),
        stances: Iterable[Stance] = (),
        *,
        bulk: bool = False,
        count_new: bool = True,
    ) -> int:
        """Add actors, documents and stances; how many quads were new (or sent)."""
        ...

    def add_quads(self, quads: Iterable[ox.Quad], *, count_new: bool = True) -> int:
        """Add quads; how many were new (or sent)."""
        ...

    def add_batches(
        self,
        batches: Iterable[tuple[Sequence[Actor], Sequence[Document], Sequence[Stance]]],
        *,
        on_batch: Callable[[int], None] | None = None,
    ) -> int:
        """Add many batches of (actors, documents, stances); how many stances."""
        ...

    def load_rdf(self, path: Path, fmt: ox.RdfFormat) -> tuple[int, int, int]:
        """Add an RDF file: (new quads, documents, stances in it)."""
        ...

    def bootstrap(self) -> None:
        """Load the bundled vocabulary, gazetteer and curated articles."""
        ...

    def remove_document(self, document_id: str) -> None:
        """Remove a document and every stance it holds."""
        ...


def open_store(
    path: str | os.PathLike[str] | None = None,
    *,
    read_only: bool = True,
    endpoint: str | None = None,
) -> StanceStore:
    """The embedded store at ``path`` (or the default one), created on first use; with
    ``endpoint`` (or ``$GRAPHKB_ENDPOINT``), the remote SPARQL 1.1 endpoint at that URL."""
    endpoint = endpoint or os.environ.get("GRAPHKB_ENDPOINT") or None
    if endpoint:
        from graphkb.remote import EndpointStore

        return EndpointStore.connect(endpoint, read_only=read_only)
    return Store.open(path, read_only=read_only)
