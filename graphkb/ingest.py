"""Writing to the store: curated and RDF files (:func:`load`), articles (:func:`ingest`) and
event data (:func:`import_events`). :class:`graphkb.KnowledgeBase` calls these; each takes the
store it writes to and returns a report (:mod:`graphkb.results`)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from graphkb._exceptions import ParseError, ValidationError
from graphkb.model import Actor, Document, Stance
from graphkb.results import IngestReport, LoadReport

if TYPE_CHECKING:
    from graphkb.actors import Gazetteer
    from graphkb.extract import Extractor
    from graphkb.importers import ImportStats
    from graphkb.stores import StanceStore

__all__ = [
    "About",
    "AboutFields",
    "EventOptions",
    "extractor_for",
    "import_events",
    "ingest",
    "load",
]


def load(store: StanceStore, paths: Iterable[Path], *, text: Path | None = None) -> LoadReport:
    """Add curated YAML files or RDF files; loading the same data twice changes nothing.

    ``text`` is the document a single curated file describes: its evidence sentences are
    then stored with the stances.
    """
    from graphkb._guards import check_rdf_file
    from graphkb.curated import attach_text, load_curated
    from graphkb.formats import rdf_format_for

    report = LoadReport(files=0, quads_added=0, documents=0, stances=0)
    paths = list(paths)
    if text is not None and len(paths) != 1:
        raise ValidationError("--text goes with exactly one curated file")
    for path in paths:
        if not path.is_file():
            raise ParseError("no such file; check the path", str(path))
        if path.suffix.lower() in (".yaml", ".yml"):
            data = load_curated(path)
            if text is not None:
                data = attach_text(data, _read_text(text), str(text))
            _check_actors(store, data.actors, data.stances, path)
            docs = [data.document] if data.document else []
            report["quads_added"] += store.add(data.actors, docs, data.stances)
            report["documents"] += len(docs)
            report["stances"] += len(data.stances)
        else:
            fmt = rdf_format_for(path)
            check_rdf_file(path, fmt)  # entity bombs and deep nesting crash the parsers
            added, documents, stances = store.load_rdf(path, fmt)
            report["quads_added"] += added
            report["documents"] += documents
            report["stances"] += stances
        report["files"] += 1
    return report


def _check_actors(
    store: StanceStore, new: Sequence[Actor], stances: Sequence[Stance], path: Path
) -> None:
    known = set(store.actors()) | {a.id for a in new}
    for i, stance in enumerate(stances):
        for role, actor_id in (
            ("source", stance.source),
            ("target", stance.target),
            ("attributed_to", stance.attributed_to),
        ):
            if actor_id and actor_id not in known:
                raise ValidationError(
                    f"{path}: stances[{i}].{role}: unknown actor {actor_id!r}; add it under "
                    "'actors' or use a gazetteer id (graphkb actors --search NAME)"
                )


@dataclass(frozen=True, slots=True)
class About:
    """What the caller says about an article: none of it required."""

    title: str | None = None
    url: str | None = None
    date: dt.date | None = None
    publisher: str | None = None


class AboutFields(TypedDict, total=False):
    """:class:`About`'s fields, as keywords."""

    title: str | None
    url: str | None
    date: dt.date | None
    publisher: str | None


def extractor_for(gazetteer: Gazetteer) -> Extractor:
    """The rule-based extractor over ``gazetteer``."""
    from graphkb.extract import Extractor

    return Extractor(gazetteer)


def ingest(store: StanceStore, text: str, about: About, extractor: Extractor) -> IngestReport:
    """Extract stances from an article and add them with full provenance, in one
    transaction. The document id is a hash of the text, so ingesting the same text twice
    adds nothing; people and bodies found in it join the store's actors (and the extractor's
    gazetteer, for the documents that follow). Without a date, the first full date in the
    article's opening lines (its dateline) dates the document and its stances."""
    from graphkb.articles import dateline

    date = about.date or dateline(text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc = Document(
        id=f"doc-{digest[:16]}",
        title=about.title or _headline(text),
        publisher=about.publisher,
        url=about.url,
        date=date,
        sha256=digest,
    )
    # The same text already stored (ingested before, or curated with its digest), also
    # when it comes back with other line endings or trailing blank lines.
    stored = doc.id if store.has_document(doc.id) else None
    plain = text.replace("\r\n", "\n").replace("\r", "\n").rstrip()
    digests = [digest] + [
        hashlib.sha256(v.encode("utf-8")).hexdigest() for v in (plain, plain + "\n") if v != text
    ]
    for same in digests:
        stored = stored or store.document_with_digest(same)
    if stored is not None:
        return IngestReport(stored, doc.title, stances=0, new_actors=0, skipped=True)
    result = extractor.extract(text, document_id=doc.id, date=date)
    known = store.actors()
    new_actors = [a for a in result.actors if a.id not in known]
    store.add(new_actors, [doc], result.stances)
    for actor in new_actors:  # recognised in the documents that follow
        if actor.id not in extractor.gazetteer:
            extractor.gazetteer.add(actor)
    return IngestReport(
        doc.id,
        doc.title,
        stances=len(result.stances),
        new_actors=len(new_actors),
        skipped=False,
        date=date,
    )


def _headline(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())[:200]
    return "untitled"


class EventOptions(TypedDict, total=False):
    """How :func:`import_events` reads and reports."""

    batch_size: int
    progress: Callable[[ImportStats], None] | None
    stats: ImportStats | None


def import_events(
    store: StanceStore,
    paths: Iterable[Path],
    fmt: str,
    *,
    batch_size: int = 5000,
    progress: Callable[[ImportStats], None] | None = None,
    stats: ImportStats | None = None,
) -> ImportStats:
    """Stream GDELT 2.0 exports or PLOVER/POLECAT JSON lines into the store, one
    transaction per batch of ``batch_size`` stances. Malformed lines are counted (with
    examples) and skipped, never fatal; ``progress`` is called after each batch."""
    from graphkb.importers import FORMATS, ImportStats, iter_batches

    if fmt not in FORMATS:
        raise ParseError(f"unknown import format {fmt!r}; use one of {', '.join(FORMATS)}")
    paths = [Path(p) for p in paths]
    for path in paths:  # before anything is written
        if not path.exists():
            raise ParseError("cannot open: No such file or directory", str(path))
        if path.is_dir():
            raise ParseError("is a folder; pass the event files in it", str(path))
    stats = stats if stats is not None else ImportStats()
    for path in paths:
        # An event stored before (by an earlier file or run) keeps its first details,
        # and a stored document its description: adding either again would give a node
        # two dates, codes or confidences.
        batches = iter_batches(
            path, fmt, stats=stats, batch_size=batch_size, stored=store.known_stances
        )
        for batch in batches:
            old_docs = store.known_documents([d.id for d in batch.documents])
            documents = [d for d in batch.documents if d.id not in old_docs]
            store.add(batch.actors, documents, batch.stances, count_new=False)
            if progress is not None:
                progress(stats)
    return stats


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ParseError("is not UTF-8 text", str(path)) from exc
    except OSError as exc:
        raise ParseError(f"cannot be read ({exc.strerror})", str(path)) from exc
