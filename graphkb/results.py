"""What the questions and the writes return: stances with their actors and documents
(:class:`StanceView`), rankings (:class:`Ranked`, :class:`RankedList`), profiles
(:class:`ActorProfile`) and the reports of loads and ingests. Each has a JSON-ready
``to_dict`` where it is shown, and a short repr for the REPL."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from graphkb.model import Actor, Document, Stance

__all__ = [
    "STANCE_COLUMNS",
    "ActorProfile",
    "IngestReport",
    "LoadReport",
    "Ranked",
    "RankedList",
    "StanceView",
    "shown_score",
]


@dataclass(frozen=True, slots=True)
class StanceView:
    """A stance with its actors and document resolved, ready to show."""

    def __repr__(self) -> str:
        s = self.stance
        when = f" {s.date}" if s.date else ""
        return f"<StanceView {s.source} {s.type.value} {s.target} ({s.modality.value}){when}>"

    stance: Stance
    source: Actor
    target: Actor
    document: Document | None

    def evidence_line(self) -> str:
        """The evidence as one line: the sentence if stored, else the summary, with where."""
        ev = self.stance.evidence
        where = self.document.title if self.document else ev.document
        if len(where) > 32:
            where = where[:31].rstrip() + "…"
        body = ev.text or self.stance.summary or "(no text stored)"
        body = " ".join(body.split())
        span = f", chars {ev.start}-{ev.end}" if ev.start is not None else ""
        return f"{body} [{where}{span}]"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        s, ev, doc = self.stance, self.stance.evidence, self.document
        return {
            "id": s.id,
            "source": self.source.to_dict(),
            "target": self.target.to_dict(),
            "type": s.type.value,
            "polarity": s.polarity,
            "modality": s.modality.value,
            "date": s.date.isoformat() if s.date else None,
            "attributed_to": s.attributed_to,
            "confidence": s.confidence,
            "origin": s.origin,
            "cameo": s.cameo,
            "goldstein": s.goldstein,
            "summary": s.summary,
            "evidence": {
                "document": {
                    "id": ev.document,
                    "title": doc.title if doc else None,
                    "publisher": doc.publisher if doc else None,
                    "url": doc.url if doc else None,
                    "date": doc.date.isoformat() if doc and doc.date else None,
                },
                "start": ev.start,
                "end": ev.end,
                "text": ev.text,
            },
        }


class RankedList(list["Ranked"]):
    """Ranked actors, best first, perhaps only the first ``limit``; ``total`` is how many
    actors the whole ranking has."""

    total: int = 0


def shown_score(score: float, places: int) -> float:
    """``score`` rounded half up to ``places`` decimals as people read it: sums taken in
    another order (SQL, SPARQL, Python) differ in the last bits, and 7.0475 must show as
    7.048 whichever way it was added up."""
    from decimal import ROUND_HALF_UP, Decimal  # only when scores are shown

    return float(Decimal(repr(round(score, 9))).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP))


@dataclass(slots=True)
class Ranked:
    """One actor's standing toward the queried actor."""

    def __repr__(self) -> str:
        return (
            f"<Ranked {self.actor.name} ({self.actor.id}) score={shown_score(self.score, 3)} "
            f"count={self.count}>"
        )

    actor: Actor
    score: float = 0.0
    count: int = 0
    types: Counter[str] = field(default_factory=Counter)
    stances: list[StanceView] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: actor, score, count, types, stances."""
        return {
            "actor": self.actor.to_dict(),
            "score": shown_score(self.score, 3),
            "count": self.count,
            "types": sorted(self.types),
            "stances": [v.to_dict() for v in self.stances],
        }


STANCE_COLUMNS = (
    "id",
    "source",
    "source_name",
    "target",
    "target_name",
    "type",
    "polarity",
    "modality",
    "date",
    "attributed_to",
    "confidence",
    "origin",
    "cameo",
    "document",
    "document_title",
    "start",
    "end",
    "summary",
    "evidence_text",
)
"""The columns of a stance as one flat record: every CSV of stances (export, stances,
relations, path) has these names, in this order."""


def stance_record(view: StanceView) -> dict[str, str | int | float | None]:
    """A stance as one flat record with :data:`STANCE_COLUMNS` as keys: ids for actors and
    the document, their names beside."""
    s, ev = view.stance, view.stance.evidence
    values = (
        s.id,
        s.source,
        view.source.name,
        s.target,
        view.target.name,
        s.type.value,
        s.polarity,
        s.modality.value,
        s.date.isoformat() if s.date else None,
        s.attributed_to,
        s.confidence,
        s.origin,
        s.cameo,
        ev.document,
        view.document.title if view.document else None,
        ev.start,
        ev.end,
        s.summary,
        ev.text,
    )
    return dict(zip(STANCE_COLUMNS, values, strict=True))


@dataclass(slots=True)
class ActorProfile:
    """An actor, the actors that serve it, and a summary of its stances out and in."""

    def __repr__(self) -> str:
        out, inc = sum(self.outgoing.values()), sum(self.incoming.values())
        return f"<ActorProfile {self.actor.name} ({self.actor.id}): {out} out, {inc} in>"

    actor: Actor
    members: list[Actor]
    outgoing: Counter[tuple[str, str]]
    incoming: Counter[tuple[str, str]]
    counterparts_out: Counter[str]
    counterparts_in: Counter[str]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        a = self.actor
        return {
            "actor": {
                **a.to_dict(),
                "wikidata": a.qid,
                "role": a.role,
                "aliases": list(a.aliases),
                "description": a.description,
            },
            "members": [m.to_dict() for m in self.members],
            "out": [
                {"type": t, "modality": m, "count": n}
                for (t, m), n in sorted(self.outgoing.items())
            ],
            "in": [
                {"type": t, "modality": m, "count": n}
                for (t, m), n in sorted(self.incoming.items())
            ],
            "top_targets": _most_common(self.counterparts_out),
            "top_sources": _most_common(self.counterparts_in),
        }


def _most_common(counts: Counter[str], n: int = 10) -> list[tuple[str, int]]:
    """The ``n`` largest counts, ties by id (so every backend lists them alike)."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


class LoadReport(dict[str, int]):
    """Counts from :meth:`KnowledgeBase.load`: files, quads added, documents, stances."""


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What one ingested document added."""

    document: str
    title: str
    stances: int
    new_actors: int
    skipped: bool
    date: dt.date | None = None
    """The document's date: as given, or read from the article's dateline."""
