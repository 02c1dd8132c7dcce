"""The persistent embedded store: Oxigraph (RocksDB on disk) through pyoxigraph.

Where it lives: ``--store PATH``, else ``$GRAPHKB_STORE``, else ``<user data dir>/graphkb/store``.
It is created and loaded with the bundled data (vocabulary, gazetteer, curated articles) the
first time anything opens it, so the first command a newcomer types just works; it is built in
a folder beside and renamed into place when whole, so a kill during creation leaves nothing the
next command trips on.

Concurrency (:mod:`graphkb._locking`): one writer at a time holds ``PATH.lock``; readers share
it, and while a writer is at work they read the snapshot it made of the state it started from
(and the stance index as last committed) instead of waiting. A lock not had in
``GRAPHKB_LOCK_TIMEOUT`` seconds (default 10) gives a one-line "store is locked" error. Queries
open the store read-only. Every write of a document or a batch is one Oxigraph transaction: it
lands whole or not at all.
"""

from __future__ import annotations

import contextlib
import os
import queue
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from graphkb import _sparql_records as records
from graphkb import rdf
from graphkb._exceptions import QueryError, StoreError
from graphkb._folder import READY, building_path, check_new_store_path, damaged, is_ready
from graphkb._locking import ReadLock, WriteLock
from graphkb._sparql_records import SCHEMA_VERSION
from graphkb.index import INDEX_FILE, StanceIndex
from graphkb.limits import lock_timeout
from graphkb.model import Actor, Document, Stance
from graphkb.sparql_text import undeclared_prefix

if TYPE_CHECKING:
    from graphkb.reader import StanceReader

__all__ = ["Store", "default_store_path"]

_TYPE = ox.NamedNode(rdf.RDF + "type")
_RETRACTED = ox.NamedNode(rdf.RETRACTED)
_PREFIXES = dict(rdf.PREFIXES)
"""graphkb's prefixes, predeclared in every query (pyoxigraph's ``prefixes=``)."""
_PREFIX_TEXT = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in rdf.PREFIXES.items())
"""The same as text, for a remote endpoint (which is sent the query's text)."""


def syntax_error(exc: SyntaxError, *, query: str = "") -> QueryError:
    """A one-line QueryError for a SPARQL parse error: an unknown prefix named as such, and
    the parser's list of expected characters cut short (positions are the query's own: the
    predeclared prefixes are passed to pyoxigraph, not pasted into the text)."""
    text = str(exc)
    where = re.match(r"error at \d+:\d+", text)
    if "Prefix not found" in text and where:
        known = ", ".join(f"{p}:" for p in rdf.PREFIXES)
        name = undeclared_prefix(query, set(rdf.PREFIXES))
        which = f"unknown prefix {name}:" if name is not None else "unknown prefix"
        return QueryError(
            f"SPARQL syntax error: {where[0]}: {which}; declare it with PREFIX or use one of "
            f"{known}"
        )
    if len(text) > 240:
        text = text[:240].rstrip() + " ..."
    return QueryError(f"SPARQL syntax error: {text}")


def default_store_path() -> Path:
    """``$GRAPHKB_STORE`` if set, else the per-user data directory."""
    env = os.environ.get("GRAPHKB_STORE")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("graphkb", appauthor=False)) / "store"


class Store:
    """An Oxigraph store, on disk or in memory, with graphkb's read and write operations.

    Use :meth:`open` for the persistent store and :meth:`memory` for a throw-away one; both
    are context managers that release the lock on exit.
    """

    def __init__(
        self,
        store: ox.Store | Callable[[], ox.Store],
        path: Path | None = None,
        *,
        read_only: bool = False,
        lock: ReadLock | WriteLock | None = None,
        index: StanceIndex | None = None,
    ) -> None:
        # A callable opens the database on first use: a query the index answers never
        # opens RocksDB at all.
        self._inner: ox.Store | None = store if isinstance(store, ox.Store) else None
        self._opener = None if isinstance(store, ox.Store) else store
        self.path = path
        self.read_only = read_only
        self._lock = lock
        self._index = index
        self.rebuilt_on_open = False
        """Whether opening the store found the index stale and rebuilt it."""
        self.use_index = True
        """Answer queries from the stance index when it is ready (off: always SPARQL)."""
        self._actors = records.ActorCache(self.read_actors)

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def memory(cls, *, bootstrap: bool = True) -> Store:
        """A fresh in-memory store, loaded with the bundled data unless ``bootstrap`` is off."""
        store = cls(ox.Store(), index=StanceIndex.memory())
        if bootstrap:
            store.bootstrap()
        return store

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, read_only: bool = True) -> Store:
        """Open the persistent store at ``path`` (default: :func:`default_store_path`),
        creating and loading it with the bundled data on first use. A reader that finds a
        writer at work reads the state the writer started from (see :mod:`graphkb._locking`)."""
        path = Path(path or default_store_path()).expanduser().absolute()
        if not is_ready(path):
            cls._create(path)
        return cls._open_writer(path) if not read_only else cls._open_reader(path)

    @classmethod
    def _open_reader(cls, path: Path) -> Store:
        lock = ReadLock(path)
        lock.acquire(lock_timeout())
        source = lock.snapshot or path

        def open_read_only() -> ox.Store:
            try:
                return ox.Store.read_only(str(source))
            except (OSError, RuntimeError) as exc:  # RocksDB's "Corruption: ..."
                raise damaged(path, exc) from exc

        try:
            index = StanceIndex.open(path, read_only=True, beside_writer=source != path)
        except BaseException:
            lock.release()
            raise
        return cls(open_read_only, path, read_only=True, lock=lock, index=index)

    @classmethod
    def _open_writer(cls, path: Path) -> Store:
        lock = WriteLock(path)
        lock.acquire(lock_timeout())
        try:
            try:
                inner = ox.Store(str(path))
            except (OSError, RuntimeError) as exc:  # RocksDB's "Corruption: ..."
                raise damaged(path, exc) from exc
            lock.publish(inner.backup)
            lock.admit()
            index = StanceIndex.open(path, read_only=False)
        except BaseException:
            lock.release()
            raise
        store = cls(inner, path, lock=lock, index=index)
        if index is not None and not index.ready:
            try:
                store.rebuilt_on_open = True
                index.rebuild(*store.rows())
            except BaseException:
                store.close()
                raise
        return store

    @classmethod
    def _create(cls, path: Path) -> None:
        """Build the store in a folder beside ``path`` and rename it into place when whole,
        so a kill at any point leaves no store (and a half-built copy the next attempt
        replaces) or a whole one."""
        check_new_store_path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"cannot create the store folder {path} ({exc.strerror}); "
                "choose a writable --store path"
            ) from exc
        lock = WriteLock(path)
        lock.acquire(lock_timeout())
        try:
            if not is_ready(path):  # else another process made it while this one waited
                cls._build(path, leftovers=check_new_store_path(path))
        except OSError as exc:
            raise StoreError(
                f"cannot create the store at {path} ({exc.strerror or exc}); "
                "choose a writable --store path with free space"
            ) from exc
        finally:
            lock.release()

    @classmethod
    def _build(cls, path: Path, leftovers: Sequence[Path]) -> None:
        import shutil

        build = building_path(path)
        shutil.rmtree(build, ignore_errors=True)
        build.mkdir()
        store = cls(ox.Store(str(build)), build, index=StanceIndex.open(build, read_only=False))
        try:
            store.bootstrap()
            store.reindex()
        finally:
            store.close()
        (build / READY).write_text(SCHEMA_VERSION + "\n", encoding="utf-8")
        for leftover in leftovers:  # an older graphkb's interrupted creation
            leftover.unlink()
        build.replace(path)  # onto a missing or empty folder

    def close(self) -> None:
        """Close the database, then release the lock (in that order: RocksDB may still write
        and delete files while it closes, which another process must not see)."""
        import gc

        opened = self._inner is not None and self.path is not None
        if opened and not self.read_only:
            with contextlib.suppress(OSError):
                self._store.flush()
        # pyoxigraph closes the database when the last reference goes; result iterators
        # may hold one, hence the collection.
        self._inner, self._opener = ox.Store(), None
        self._forget_actors()
        if opened:
            gc.collect()
        if self._index is not None:
            self._index.close()
            self._index = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def _store(self) -> ox.Store:
        if self._inner is None:
            assert self._opener is not None
            self._inner = self._opener()
        return self._inner

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for power users."""
        return self._store

    # -- writing -----------------------------------------------------------------------------
    def _writable(self) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only; open it with read_only=False to write")

    @property
    def index(self) -> StanceIndex | None:
        """The stance index, when it is ready and in use (else queries go to SPARQL)."""
        if self.use_index and self._index is not None and self._index.ready:
            return self._index
        return None

    def reader(self) -> StanceReader:
        """What queries read: the stance index when it is ready and in use, else SPARQL over
        this store. The one place that chooses between the two."""
        index = self.index
        if index is not None:
            return index
        from graphkb.sparql_reader import SparqlReader  # only when the index cannot answer

        return SparqlReader(self)

    @contextlib.contextmanager
    def _indexed_write(self, *, atomic: bool) -> Iterator[StanceIndex | None]:
        """Mark the index stale, let the caller write the RDF store and add index rows, then
        mark it ready. If the RDF write fails, an ``atomic`` write (which changed nothing)
        leaves the index ready; any other failure leaves it stale for a rebuild. SQLite's own
        failures (a full disk) become a StoreError: the RDF store holds the write, and the
        index, left stale, is rebuilt by the next writer."""
        index = self._index
        if index is None:
            yield None
            return
        try:
            was_ready = index.ready
            index.mark_stale()
            index.begin()
        except sqlite3.Error as exc:
            raise _index_failed(index, exc, before=True) from exc
        try:
            yield index
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):  # the first error is the one to tell
                index.rollback()
                # An atomic RDF write that failed changed nothing; if the index failed, the
                # RDF write went through and the index must stay stale.
                if atomic and was_ready and not isinstance(exc, sqlite3.Error):
                    index.begin()
                    index.commit_ready()
            if isinstance(exc, sqlite3.Error):
                raise _index_failed(index, exc, before=False) from exc
            raise
        try:
            if was_ready:
                index.commit_ready()
            else:  # it was stale before this write: only a rebuild makes it whole
                index.rollback()
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                index.rollback()
            raise _index_failed(index, exc, before=False) from exc

    def add(
        self,
        actors: Iterable[Actor] = (),
        documents: Iterable[Document] = (),
        stances: Iterable[Stance] = (),
        *,
        bulk: bool = False,
        count_new: bool = True,
    ) -> int:
        """Add actors, documents and stances: their quads to the RDF store (in one transaction,
        or with the bulk loader when ``bulk``) and their rows to the index. Returns how many
        quads were new (or sent, with ``bulk`` or ``count_new`` off)."""
        actors, documents, stances = list(actors), list(documents), list(stances)
        quads = rdf.all_quads(actors, documents, stances)
        with self._indexed_write(atomic=not bulk) as index:
            added = self._bulk(quads) if bulk else self._extend(quads, count_new=count_new)
            if index is not None:
                index.add(actors, documents, stances)
        return added

    def add_batches(
        self,
        batches: Iterable[tuple[Sequence[Actor], Sequence[Document], Sequence[Stance]]],
        *,
        on_batch: Callable[[int], None] | None = None,
    ) -> int:
        """Stream many batches of (actors, documents, stances) into the store with Oxigraph's
        bulk loader, fed N-Quads text as it is made, the index rows written alongside; returns
        the number of stances. Not one transaction: after a crash, rerun the same load (stance
        ids are stable, so nothing is doubled). ``on_batch`` gets the running stance count."""
        self._writable()
        # Oxigraph parses and writes in its own threads without the GIL, reading N-Quads from
        # a bounded queue; this thread meanwhile makes the next chunk and its index rows.
        chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        failure: list[BaseException] = []

        def load() -> None:
            try:
                for chunk in iter(chunks.get, None):
                    # lenient: the IRIs are graphkb's own, built from validated ids.
                    self._store.bulk_load(chunk, format=ox.RdfFormat.N_QUADS, lenient=True)
            except BaseException as exc:  # handed to the calling thread
                failure.append(exc)
                while chunks.get() is not None:  # let the producer finish
                    pass

        count = 0
        with self._indexed_write(atomic=False) as index:
            if index is not None:
                index.bulk_begin()
            worker = threading.Thread(target=load, name="graphkb-bulk-load", daemon=True)
            worker.start()
            try:
                for actors, documents, stances in batches:
                    if failure:
                        break
                    if index is not None:
                        index.add(actors, documents, stances)
                    chunks.put("".join(rdf.nquads_lines(actors, documents, stances)).encode())
                    count += len(stances)
                    if on_batch is not None:
                        on_batch(count)
            finally:
                chunks.put(None)
                worker.join()
            if failure:
                raise StoreError(f"bulk loading into the store failed ({failure[0]})")
            if index is not None:
                index.bulk_end()
        self._forget_actors()
        return count

    def add_quads(self, quads: Iterable[ox.Quad], *, count_new: bool = True) -> int:
        """Add quads in one transaction; returns how many were new (or, with ``count_new``
        off, how many were sent: counting costs a look-up per quad). The stances, actors and
        documents they touch are re-read into the index."""
        batch = list(quads)
        with self._indexed_write(atomic=True) as index:
            added = self._extend(batch, count_new=count_new)
            if index is not None:
                self._reindex_subjects(index, batch)
        return added

    def _extend(self, quads: Iterable[ox.Quad], *, count_new: bool) -> int:
        self._writable()
        batch = list(quads)
        before = sum(1 for q in batch if q in self._store) if count_new else 0
        try:
            self._store.extend(batch)
        except OSError as exc:
            raise StoreError(f"writing to the store failed ({exc}); nothing was written") from exc
        self._forget_actors()
        return len(batch) - before

    def _bulk(self, quads: Iterable[ox.Quad]) -> int:
        self._writable()
        sent = 0

        def counted() -> Iterator[ox.Quad]:
            nonlocal sent
            for quad in quads:
                sent += 1
                yield quad

        try:
            self._store.bulk_extend(counted())
        except OSError as exc:
            raise StoreError(f"bulk loading into the store failed ({exc})") from exc
        self._forget_actors()
        return sent

    def bulk_add(self, quads: Iterable[ox.Quad]) -> None:
        """Stream a very large number of quads into the store (Oxigraph's bulk loader: it
        writes new files directly and keeps little in memory; not one transaction, so use it
        for imports that can be rerun, not for documents that must land whole). The index is
        rebuilt afterwards; :meth:`add` with ``bulk`` keeps it up to date as it goes."""
        with self._indexed_write(atomic=False):
            self._bulk(quads)
        self.reindex()

    def reindex(self) -> int:
        """Rebuild the stance index from the RDF store; returns the number of stances."""
        self._writable()
        if self._index is None:
            return 0
        return self._index.rebuild(*self.rows())

    def _reindex_subjects(self, index: StanceIndex, quads: Sequence[ox.Quad]) -> None:
        kinds: dict[str, set[str]] = {rdf.GKS: set(), rdf.GKA: set(), rdf.GKD: set()}
        for quad in quads:
            subject = quad.subject
            if isinstance(subject, ox.NamedNode):
                for base, ids in kinds.items():
                    if subject.value.startswith(base):
                        ids.add(subject.value[len(base) :])
        if kinds[rdf.GKA]:
            index.add(actors=self.read_actors(kinds[rdf.GKA]).values())
        if kinds[rdf.GKD]:
            index.add(documents=self.read_documents(kinds[rdf.GKD]).values())
        if kinds[rdf.GKS]:
            index.add(stances=self.read_stances(kinds[rdf.GKS]))

    def backup(self, target: str | os.PathLike[str]) -> Path:
        """Copy the store, while it is open for writing (so no write runs beside), into the
        new folder ``target``: Oxigraph's backup of the RDF store (hard links to its
        immutable files when on the same disk) and SQLite's online backup of the index. The
        copy is built beside ``target`` and renamed when whole; it is a store, to open with
        ``--store`` or move into place to restore."""
        import shutil

        self._writable()
        final = Path(target).expanduser().absolute()
        if final.exists():
            raise StoreError(f"{final} already exists; back up into a new folder")
        build = building_path(final)
        shutil.rmtree(build, ignore_errors=True)
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            self._store.backup(str(build))
            if self._index is not None:
                self._index.backup(build / INDEX_FILE)
            (build / READY).write_text(SCHEMA_VERSION + "\n", encoding="utf-8")
            build.rename(final)
        except (OSError, RuntimeError, sqlite3.Error) as exc:
            shutil.rmtree(build, ignore_errors=True)
            raise StoreError(
                f"cannot back up the store to {final} ({exc}); choose a writable folder "
                "with free space"
            ) from exc
        return final

    def bootstrap(self) -> None:
        """Load the vocabulary, the gazetteer and the bundled curated articles."""
        self._writable()
        for batch in records.bundled_batches():
            self.add_quads(batch)

    def remove_document(self, document_id: str) -> None:
        """Remove a document and every stance it holds, in one step."""
        self._writable()
        with self._indexed_write(atomic=True) as index:
            self._store.remove_graph(rdf.document_iri(document_id))
            if index is not None:
                index.remove_document(document_id)

    def rewrite(
        self,
        remove: Sequence[ox.Quad],
        add: Sequence[ox.Quad],
        index_rows: Callable[[StanceIndex], None],
        *,
        drop_graphs: Sequence[ox.NamedNode] = (),
    ) -> None:
        """Remove and add quads and drop named graphs in one transaction (one SPARQL update,
        all or nothing), then bring the index in step with ``index_rows`` in the same indexed
        write. Quads are graphkb's own terms, written in their escaped N-Triples form."""
        self._writable()

        def block(quads: Sequence[ox.Quad]) -> str:
            return " ".join(
                f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in quads
            )

        parts = [f"DROP SILENT GRAPH {g}" for g in drop_graphs]
        if remove:
            parts.append(f"DELETE DATA {{ {block(remove)} }}")
        if add:
            parts.append(f"INSERT DATA {{ {block(add)} }}")
        with self._indexed_write(atomic=True) as index:
            if parts:
                try:
                    self._store.update(" ;\n".join(parts))
                except OSError as exc:
                    raise StoreError(
                        f"writing the store failed ({exc}); nothing was written"
                    ) from exc
            if index is not None:
                index_rows(index)
        self._forget_actors()

    def load_rdf(self, path: Path, fmt: ox.RdfFormat) -> tuple[int, int, int]:
        """Add an RDF file (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML) in one
        transaction; triples without a graph go to the graphs graphkb keeps them in
        (:func:`rdf.place_in_graphs`). Returns (new quads, documents, stances in the file)."""
        self._writable()
        quads, documents, stances = records.read_rdf_file(path, fmt)
        return self.add_quads(quads), documents, stances

    # -- reading -----------------------------------------------------------------------------
    def query(
        self,
        sparql: str,
        substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
        *,
        prefixes: bool = True,
    ) -> Any:
        """Run a SPARQL query over the union of all graphs; graphkb's prefixes are predeclared
        (pyoxigraph's ``prefixes=``, so error positions are the query's own)."""
        subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
            ox.Variable(k): v for k, v in (substitutions or {}).items()
        }
        try:
            return self._store.query(
                sparql,
                prefixes=_PREFIXES if prefixes else None,
                use_default_graph_as_union=True,
                substitutions=subs or None,
            )
        except SyntaxError as exc:
            raise syntax_error(exc, query=sparql) from None
        except (OSError, RuntimeError) as exc:  # RocksDB's "Corruption: ..."
            if self.path is None:
                raise StoreError(f"reading the store failed ({exc})") from exc
            raise damaged(self.path, exc) from exc

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (only for ``graphkb sparql --allow-update``)."""
        self._writable()
        index = self._index
        # An update can change anything, so the index stays stale from before the write until
        # the rebuild after it ends: a kill in between leaves it stale (rebuilt on the next
        # open), never marked ready over rows the update changed.
        was_ready = index is not None and index.ready
        if index is not None:
            try:
                index.mark_stale()
            except sqlite3.Error as exc:
                raise _index_failed(index, exc, before=True) from exc
        try:
            self._store.update(sparql, prefixes=_PREFIXES)
        except BaseException as exc:
            if index is not None and was_ready:  # the update is atomic: nothing changed
                with contextlib.suppress(sqlite3.Error):
                    index.begin()
                    index.commit_ready()
            if isinstance(exc, SyntaxError):
                raise syntax_error(exc, query=sparql) from None
            if isinstance(exc, OSError):
                raise StoreError(f"writing the store failed ({exc})") from exc
            if isinstance(exc, (RuntimeError, ValueError)):  # e.g. DROP GRAPH of a missing one
                raise QueryError(f"the update failed: {exc}; nothing was changed") from None
            raise
        self._forget_actors()
        if index is not None:
            self.reindex()

    def has_document(self, document_id: str) -> bool:
        """Whether the store already holds this document."""
        return bool(self._store.contains_named_graph(rdf.document_iri(document_id)))

    def known_stances(self, ids: Sequence[str]) -> set[str]:
        """Which of these stance ids the store already holds."""
        index = self.index
        if index is not None:
            return index.known("stance", ids)
        return records.known_stances(self, ids)

    def known_documents(self, ids: Sequence[str]) -> set[str]:
        """Which of these document ids the store already holds."""
        index = self.index
        if index is not None:
            return index.known("document", ids)
        return records.known_documents(self, ids)

    def document_with_digest(self, sha256: str) -> str | None:
        """The id of a document whose text has this SHA-256 (curated or ingested), or None."""
        index = self.index
        if index is not None:
            return index.document_with_digest(sha256)
        return records.document_with_digest(self, sha256)

    def _forget_actors(self) -> None:
        self._actors.forget()

    def actors(self, ids: Iterable[str] | None = None) -> dict[str, Actor]:
        """Actors described in the store, by id: all of them, or at least those in ``ids``
        (from the index when ready; else read with one range scan each and remembered)."""
        index = self.index
        if index is not None:
            return index.actors(ids)
        return self._actors.get(ids)

    def read_actors(self, ids: Iterable[str] | None = None) -> dict[str, Actor]:
        """Actors by id, read from the RDF store."""
        return records.read_actors(self, ids)

    def documents(self, ids: Iterable[str] | None = None) -> dict[str, Document]:
        """Documents in the store by id: all of them, or only those in ``ids``."""
        if self.index is not None:
            return self.index.documents(ids)
        return self.read_documents(ids)

    def read_documents(self, ids: Iterable[str] | None = None) -> dict[str, Document]:
        """Documents by id, read from the RDF store."""
        return records.read_documents(self, ids)

    def rows(
        self,
    ) -> tuple[Iterable[Actor], Iterable[Document], Iterator[Stance], dict[str, str]]:
        """Everything the stance index holds, read from the RDF store (stances streamed; the
        merged actors' redirects last, from the curation records)."""
        from graphkb.curation_records import merges

        return (
            self.read_actors().values(),
            self.read_documents().values(),
            self.read_stances(),
            merges(self),
        )

    def read_stances(
        self, ids: Iterable[str] | None = None, *, retracted: bool = False
    ) -> Iterator[Stance]:
        """Stances read from the RDF store: all of them, or those with these ids; one range
        scan per stance node, streamed. Retracted stances (see :mod:`graphkb.curation`) are
        left out, or with ``retracted`` are the only ones read."""
        if ids is None:
            yield from self._scan_stances(retracted=retracted)
            return
        nodes = (ox.NamedNode(rdf.GKS + i) for i in sorted(set(ids)))
        seen: set[str] = set()
        for node in nodes:
            if node.value in seen:
                continue
            seen.add(node.value)
            fields = {}
            was_retracted = False
            for _, p, o, _ in self._store.quads_for_pattern(node, None, None):
                fields[p.value] = o
                was_retracted = was_retracted or (p == _TYPE and o == _RETRACTED)
            if was_retracted != retracted:
                continue
            stance = rdf.stance_from_fields(fields, node.value)
            if stance is not None:
                yield stance

    def _scan_stances(self, *, retracted: bool = False) -> Iterator[Stance]:
        """Every stance, from one pass over the store: quads come graph by graph and subject
        by subject, so each stance node's quads arrive together."""
        fields: dict[str, Any] = {}
        current: Any = None
        was_retracted = False
        for subject, predicate, obj, _ in self._store:
            if subject != current:
                if fields and was_retracted == retracted:
                    stance = rdf.stance_from_fields(fields, current.value)
                    if stance is not None:
                        yield stance
                fields = {}
                was_retracted = False
                current = subject
                wanted = isinstance(subject, ox.NamedNode) and subject.value.startswith(rdf.GKS)
            if wanted:
                fields[predicate.value] = obj
                was_retracted = was_retracted or (predicate == _TYPE and obj == _RETRACTED)
        if fields and was_retracted == retracted:
            stance = rdf.stance_from_fields(fields, current.value)
            if stance is not None:
                yield stance

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad in the store."""
        return iter(self._store)

    def is_bootstrapped(self) -> bool:
        """Whether the bundled vocabulary and data have been loaded."""
        return records.is_bootstrapped(self)

    def count(self, sparql_pattern: str) -> int:
        """COUNT(*) of a graph pattern (a fixed pattern written by graphkb, never user text)."""
        return records.count(self, sparql_pattern)

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        """Serialise the whole store (all graphs for N-Quads/TriG, their union otherwise)."""
        return records.dump(self.quads(), fmt)


def _index_failed(index: StanceIndex, exc: sqlite3.Error, *, before: bool) -> StoreError:
    """A one-line StoreError for the stance index failing to write (a full disk, most often)."""
    done = "nothing was written" if before else "the RDF store holds the write"
    return StoreError(
        f"writing the stance index {index.path or ''} failed ({exc}); {done}, and the index "
        "is rebuilt by the next write or 'graphkb reindex' once there is space"
    )
