"""Importers for event data users already have: GDELT 2.0 exports and PLOVER/POLECAT JSON lines.

:func:`iter_batches` streams a file (plain, gzip or zip, detected from its first bytes) and
yields :class:`ImportBatch` objects of at most ``batch_size`` stances, each ready for one store
transaction::

    stats = ImportStats()
    for batch in iter_batches(path, "gdelt", stats=stats):
        store.add_quads(rdf.all_quads(batch.actors, batch.documents, batch.stances))

Every non-blank line is counted once in ``stats``: as imported, skipped (well-formed but
giving no storable stance, counted by reason) or malformed (with up to five examples), so
``lines == imported + sum(skipped.values()) + malformed``. Bad lines are never fatal; a file
that cannot be opened or decompressed raises :class:`~graphkb.ParseError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from graphkb._exceptions import ParseError, ValidationError
from graphkb.importers import gdelt, plover
from graphkb.importers._common import ALREADY_STORED, DUPLICATE, Malformed, Parsed, read_lines
from graphkb.importers._tables import Resolver, cameo_stance_type
from graphkb.model import Actor, Document, Stance

__all__ = [
    "FORMATS",
    "ImportBatch",
    "ImportStats",
    "cameo_stance_type",
    "iter_batches",
]

Format = Literal["gdelt", "plover"]

#: The formats :func:`iter_batches` reads.
FORMATS: tuple[Format, ...] = ("gdelt", "plover")

_MAX_EXAMPLES = 5


class _LineParser(Protocol):
    def __call__(self, line: str, resolver: Resolver) -> Parsed: ...


_PARSERS: dict[str, _LineParser] = {"gdelt": gdelt.parse_line, "plover": plover.parse_line}


@dataclass
class ImportBatch:
    """Actors to add (only those a store may lack), documents (each once) and stances."""

    actors: list[Actor] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)


@dataclass
class ImportStats:
    """Running counts for one or more files; pass the same object to several imports to
    total them."""

    lines: int = 0
    imported: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    malformed: int = 0
    malformed_examples: list[str] = field(default_factory=list)  # "file:line: reason"

    def skip(self, reason: str, n: int = 1) -> None:
        """Count ``n`` well-formed records that gave no (new) stance."""
        self.skipped[reason] = self.skipped.get(reason, 0) + n

    def bad(self, where: str, reason: str) -> None:
        """Count a malformed line, keeping the first few as examples."""
        self.malformed += 1
        if len(self.malformed_examples) < _MAX_EXAMPLES:
            self.malformed_examples.append(f"{where}: {reason}")


class _Batcher:
    """Collects stances into batches of a fixed size, each carrying the documents and new
    actors its own stances need, so a batch can be stored on its own."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._new()

    def _new(self) -> None:
        self.batch = ImportBatch()
        self._documents: set[str] = set()
        self._actors: set[str] = set()

    def add(self, parsed: Parsed) -> Iterator[ImportBatch]:
        """Add a record's stances, yielding each batch as it fills."""
        wanted = {a.id: a for a in parsed.actors}
        for stance in parsed.stances:
            doc = parsed.document
            if doc is not None and doc.id not in self._documents:
                self._documents.add(doc.id)
                self.batch.documents.append(doc)
            for actor_id in (stance.source, stance.target):
                if actor_id in wanted and actor_id not in self._actors:
                    self._actors.add(actor_id)
                    self.batch.actors.append(wanted[actor_id])
            self.batch.stances.append(stance)
            if len(self.batch.stances) >= self.size:
                yield self.flush()

    def flush(self) -> ImportBatch:
        """The batch so far, starting a new one."""
        batch = self.batch
        self._new()
        return batch


def iter_batches(
    path: Path,
    fmt: Format,
    *,
    stats: ImportStats,
    batch_size: int = 5000,
    stored: Callable[[list[str]], set[str]] | None = None,
) -> Iterator[ImportBatch]:
    """Stream the events in ``path`` as batches of at most ``batch_size`` stances.

    A generator: the file is opened on the first ``next()`` and read one line at a time, so
    memory stays flat whatever the file's size, apart from the ids of the stances seen (about
    100 bytes each), kept so that an event repeated in a file is stored once. ``stored``, given
    a list of stance ids, says which a store already holds (asked once per batch): records
    whose stances are all stored are counted as ``already stored`` and left out, so an event
    keeps the details it was first stored with.
    """
    if fmt not in _PARSERS:
        raise ParseError(f"unknown import format {fmt!r}; use one of {', '.join(FORMATS)}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    batcher = _Batcher(batch_size)
    pending: list[Parsed] = []  # records waiting for one look-up in the store
    waiting = 0  # their stances

    def settle() -> Iterator[ImportBatch]:
        ids = [s.id for record in pending for s in record.stances]
        known = stored(ids) if stored is not None and ids else set()
        for record in pending:
            fresh = tuple(s for s in record.stances if s.id not in known)
            if not fresh:
                stats.skip(ALREADY_STORED)
            else:
                stats.imported += 1
                yield from batcher.add(Parsed(fresh, record.document, record.actors))
        pending.clear()

    for record in _records(path, _PARSERS[fmt], stats):
        pending.append(record)
        waiting += len(record.stances)
        if waiting >= batch_size:
            yield from settle()
            waiting = 0
    yield from settle()
    if batcher.batch.stances:
        yield batcher.flush()


def _records(path: Path, parse: _LineParser, stats: ImportStats) -> Iterator[Parsed]:
    """The records of ``path`` that give new stances (each once per file); the others are
    counted in ``stats`` as malformed or skipped with their reason."""
    resolver = Resolver()
    seen: set[str] = set()  # stance ids: GDELT repeats an event across its sources
    for number, raw in read_lines(path):
        if raw is not None and not raw.strip():
            continue  # blank lines, such as a trailing one, are not records
        stats.lines += 1
        where = f"{path.name}:{number}"
        try:
            if raw is None:
                raise Malformed("line longer than 1 MiB")
            parsed = parse(raw.decode("utf-8"), resolver)
        except UnicodeDecodeError as exc:
            stats.bad(where, f"not UTF-8 (bad byte at column {exc.start + 1})")
            continue
        except (Malformed, ValidationError) as exc:  # a value the model refuses, too
            stats.bad(where, str(exc))
            continue
        ids = [s.id for s in parsed.stances]  # a SHA-256 each: compute once
        fresh = tuple(s for s, sid in zip(parsed.stances, ids, strict=True) if sid not in seen)
        seen.update(ids)
        if parsed.skipped is not None:
            stats.skip(parsed.skipped)
        elif not fresh:
            stats.skip(DUPLICATE)
        else:
            yield Parsed(fresh, parsed.document, parsed.actors)
