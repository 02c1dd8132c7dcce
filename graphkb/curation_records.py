"""Curation records as stored: what a correction is (:class:`Curation`), its quads, and
reading the records back from a store, with the merged actors' redirects they give.

The store reads the redirects from here when it rebuilds its index; :mod:`graphkb.curation`
plans and writes corrections on top of it, so neither imports the other back.
"""

from __future__ import annotations

import datetime as dt
import enum
import getpass
import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from graphkb import rdf
from graphkb.model import StanceType, slugify


class Action(enum.StrEnum):
    """What a curation record does."""

    RETRACT = "retract"
    CORRECT = "correct"
    EDIT_ACTOR = "edit-actor"
    ADD_ALIAS = "add-alias"
    MERGE = "merge-actors"
    ADD_ACTOR = "add-actor"

    @property
    def on_stance(self) -> bool:
        """Whether the record's subject is a stance (else an actor)."""
        return self in (Action.RETRACT, Action.CORRECT)


# The new values a record carries, each as a plain literal under its own predicate.
_SETTERS = {
    "type": "setType",
    "source": "setSource",
    "target": "setTarget",
    "modality": "setModality",
    "name": "setName",
    "kind": "setKind",
    "country": "setCountry",
    "role": "setRole",
    "alias": "addAlias",
    "into": "mergedInto",
}
_FIELD_OF = {rdf.GK + p: name for name, p in _SETTERS.items()}
_STANCE_FIELD = {
    "type": (rdf.GK + "stanceType", rdf.GKT),
    "modality": (rdf.GK + "modality", rdf.GKM),
    "source": (rdf.GK + "source", rdf.GKA),
    "target": (rdf.GK + "target", rdf.GKA),
}
_A = ox.NamedNode(rdf.RDF + "type")
_STANCE = ox.NamedNode(rdf.GK + "Stance")
_RETRACTED = ox.NamedNode(rdf.RETRACTED)
_STANCE_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")
_ACTOR_PREDICATES = (rdf.GK + "source", rdf.GK + "target", rdf.GK + "claimedBy")
_VERB_IRIS = frozenset(rdf.GK + t.verb for t in StanceType)


def curator_name() -> str:
    """Who is curating: ``$GRAPHKB_CURATOR``, else the login name."""
    name = os.environ.get("GRAPHKB_CURATOR", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a container without a passwd entry)
        return "unknown"


@dataclass(frozen=True, slots=True)
class Curation:
    """One correction: ``action`` on ``subject`` (a stance id, or an actor id) with the new
    values in ``changes`` (field, value) pairs, by ``curator`` at ``time``, for ``reason``."""

    action: Action
    subject: str
    changes: tuple[tuple[str, str], ...] = ()
    reason: str | None = None
    curator: str = "unknown"
    time: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    @property
    def id(self) -> str:
        """A stable id: a hash of everything the record says."""
        key = "|".join(
            [self.action.value, self.subject, self.time.isoformat(), self.reason or ""]
            + [f"{k}={v}" for k, v in self.changes]
        )
        return hashlib.sha256(key.encode()).hexdigest()[:20]

    def value(self, name: str) -> str | None:
        """The last value the record sets for ``name``, if any."""
        found = [v for k, v in self.changes if k == name]
        return found[-1] if found else None

    def describe(self) -> str:
        """One line: when, who, what, why."""
        changes = ", ".join(f"{k}={v}" for k, v in self.changes)
        text = f"{self.time.isoformat()} {self.curator}: {self.action.value} {self.subject}"
        text += f" ({changes})" if changes else ""
        return text + (f": {self.reason}" if self.reason else "")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "id": self.id,
            "action": self.action.value,
            "subject": self.subject,
            "changes": [list(c) for c in self.changes],
            "reason": self.reason,
            "curator": self.curator,
            "time": self.time.isoformat(),
        }


def _subject_iri(record: Curation) -> ox.NamedNode:
    if record.action.on_stance:
        return ox.NamedNode(rdf.GKS + record.subject)
    return rdf.actor_iri(record.subject)


def record_quads(record: Curation) -> list[ox.Quad]:
    """A record as quads in the curation graph."""
    g = rdf.CURATION_GRAPH
    node = ox.NamedNode(rdf.GKC + record.id)
    agent = ox.NamedNode(rdf.BASE + "curator/" + (slugify(record.curator) or "unknown"))
    quads = [
        ox.Quad(node, _A, ox.NamedNode(rdf.GK + "Curation"), g),
        ox.Quad(node, _A, ox.NamedNode(rdf.PROV + "Activity"), g),
        ox.Quad(node, ox.NamedNode(rdf.GK + "action"), ox.Literal(record.action.value), g),
        ox.Quad(node, ox.NamedNode(rdf.PROV + "used"), _subject_iri(record), g),
        ox.Quad(node, ox.NamedNode(rdf.PROV + "wasAssociatedWith"), agent, g),
        ox.Quad(agent, _A, ox.NamedNode(rdf.PROV + "Agent"), g),
        ox.Quad(agent, ox.NamedNode(rdf.RDFS + "label"), ox.Literal(record.curator), g),
        ox.Quad(
            node,
            ox.NamedNode(rdf.PROV + "endedAtTime"),
            ox.Literal(record.time.isoformat(), datatype=ox.NamedNode(rdf.XSD + "dateTime")),
            g,
        ),
    ]
    if record.reason:
        quads.append(ox.Quad(node, ox.NamedNode(rdf.GK + "reason"), ox.Literal(record.reason), g))
    for name, value in record.changes:
        quads.append(ox.Quad(node, ox.NamedNode(rdf.GK + _SETTERS[name]), ox.Literal(value), g))
    return quads


def read_records(store: Any) -> list[Curation]:
    """Every curation record in the store, oldest first."""
    rows = store.query(
        "SELECT ?r ?p ?o ?who WHERE { GRAPH <" + rdf.CURATION_GRAPH.value + "> {"
        " ?r a gk:Curation ; ?p ?o . OPTIONAL { ?o rdfs:label ?who } } }"
    )
    nodes: dict[str, dict[str, list[Any]]] = {}
    curators: dict[str, str] = {}
    for row in rows:
        nodes.setdefault(row["r"].value, {}).setdefault(row["p"].value, []).append(row["o"])
        if row["who"] is not None:
            curators[row["r"].value] = row["who"].value
    records = []
    for node, values in nodes.items():
        record = _record_from(values, curators.get(node, "unknown"))
        if record is not None:
            records.append(record)
    records.sort(key=lambda r: (r.time, r.id))
    return records


def _record_from(values: dict[str, list[Any]], curator: str) -> Curation | None:
    try:
        action = Action(values[rdf.GK + "action"][0].value)
        subject = values[rdf.PROV + "used"][0].value
        when = dt.datetime.fromisoformat(values[rdf.PROV + "endedAtTime"][0].value)
    except (KeyError, IndexError, ValueError):
        return None  # not a record graphkb wrote: left alone
    base = rdf.GKS if action.on_stance else rdf.GKA
    if not subject.startswith(base):
        return None
    changes = sorted(
        (_FIELD_OF[p], term.value)
        for p, terms in values.items()
        if p in _FIELD_OF
        for term in terms
    )
    reason = values.get(rdf.GK + "reason")
    return Curation(
        action,
        subject[len(base) :],
        tuple(changes),
        reason[0].value if reason else None,
        curator,
        when,
    )


def _redirects(records: Iterable[Curation]) -> dict[str, str]:
    """Merged-away actor id -> the id it answers as, chains followed."""
    direct = {r.subject: r.value("into") or r.subject for r in records if r.action is Action.MERGE}
    out = {}
    for old, into in direct.items():
        seen, new = {old}, into
        while new in direct and new not in seen:
            seen.add(new)
            new = direct[new]
        out[old] = new
    return out


def merges(store: Any) -> dict[str, str]:
    """Merged-away actor id -> the id it answers as, read from the records themselves."""
    return _redirects(read_records(store))


def read_redirects(store: Any) -> dict[str, str]:
    """Merged-away actor id -> the id it answers as (from the index when ready)."""
    index = getattr(store, "index", None)
    if index is not None:
        return dict(index.redirects())
    return _redirects(read_records(store))
