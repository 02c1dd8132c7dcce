"""Curation: a person's corrections to the graph, kept as records of their own.

Extraction makes mistakes; a curator fixes each one once and it stays fixed. A correction is a
record in the curation graph (``<https://w3id.org/graphkb/graph/curation>``): a PROV-O activity
saying who (``prov:wasAssociatedWith``), when (``prov:endedAtTime``), why (``gk:reason``), on
what (``prov:used``: a stance node or an actor) and the new values::

    gkc:1f0c... a gk:Curation, prov:Activity ; gk:action "correct" ;
        prov:used gks:70681861f82c61afe61c ; gk:setType "ACCUSE" ; gk:reason "..." ;
        prov:wasAssociatedWith <https://w3id.org/graphkb/curator/alice> ;
        prov:endedAtTime "2026-12-05T06:10:00+00:00"^^xsd:dateTime .

The records are the truth and the graph shows their effect: a retracted stance's node becomes a
``gk:RetractedStance`` (kept with its evidence, never counted) and loses its shortcut triple; a
corrected stance carries the corrected type, actors and modality under its old id; a merged
actor's stances name the actor it was merged into, which takes its names, and its id answers as
that actor. After every write that can bring back what a record changed (ingest, load, import),
:func:`reapply` brings the touched nodes in line with the records again, so the stance index,
every query, ranking and page, and SPARQL (statement nodes and shortcut triples alike) see the
corrected graph, and re-ingesting a document, loading an export or restarting loses nothing.

Every change is computed as a :class:`Plan` first: a dry run shows it, a real run writes it and
its records in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol, TypeGuard

import pyoxigraph as ox

from graphkb import rdf
from graphkb._exceptions import GraphkbError, ValidationError
from graphkb.curation_records import (
    _A,
    _ACTOR_PREDICATES,
    _RETRACTED,
    _STANCE,
    _STANCE_FIELD,
    _STANCE_ID,
    _VERB_IRIS,
    Action,
    Curation,
    _redirects,
    curator_name,
    merges,
    read_records,
    read_redirects,
    record_quads,
)
from graphkb.model import (
    Actor,
    ActorKind,
    Modality,
    Stance,
    StanceFilter,
    StanceType,
    slugify,
    valid_actor_id,
)
from graphkb.store import Store

if TYPE_CHECKING:
    from graphkb.index import StanceIndex
    from graphkb.stores import StanceStore


class KnowledgeBase(Protocol):
    """What curation needs of a :class:`graphkb.KnowledgeBase` (named so, without importing
    it back): its store, name resolution, and forgetting the names it has cached."""

    store: StanceStore

    def resolve(self, name: str) -> Actor: ...

    def forget_names(self) -> None: ...


__all__ = [
    "Action",
    "Curation",
    "Plan",
    "add_actor",
    "add_alias",
    "correct",
    "edit_actor",
    "history",
    "merge_actors",
    "merges",
    "read_records",
    "read_redirects",
    "reapply",
    "remove_document",
    "retract",
    "retracted_stances",
]


# -- planning ----------------------------------------------------------------------------------
@dataclass(slots=True)
class Plan:
    """What a curation run changes: quads out and in, index rows, and a line per change."""

    lines: list[str] = field(default_factory=list)
    remove: list[ox.Quad] = field(default_factory=list)
    add: list[ox.Quad] = field(default_factory=list)
    drop_graphs: list[ox.NamedNode] = field(default_factory=list)
    stances_out: set[str] = field(default_factory=set)
    stances_in: list[Stance] = field(default_factory=list)
    actors_out: set[str] = field(default_factory=set)
    actors_in: list[Actor] = field(default_factory=list)
    documents_out: list[str] = field(default_factory=list)
    redirects: dict[str, str] | None = None

    @property
    def changes_data(self) -> bool:
        """Whether writing the plan changes the graph (beyond the records themselves)."""
        return bool(self.remove or self.add or self.drop_graphs)

    def index_rows(self, index: StanceIndex) -> None:
        """Bring the stance index in step (inside the store's indexed write)."""
        for doc in self.documents_out:
            index.remove_document(doc)
        index.remove_stances(self.stances_out)
        index.add(stances=self.stances_in)
        index.remove_actors(self.actors_out)
        index.add(actors=self.actors_in)
        if self.redirects is not None:
            index.set_redirects(self.redirects)


def _node_quads(
    store: Store, node: ox.NamedNode | None, graph: ox.NamedNode | None = None
) -> list[ox.Quad]:
    return list(store.oxigraph.quads_for_pattern(node, None, None, graph))


def _plan_actors(store: Store, records: Sequence[Curation], wanted: set[str], plan: Plan) -> None:
    redirects = _redirects(records)
    for old in sorted(wanted & set(redirects)):
        gone = _node_quads(store, rdf.actor_iri(old), rdf.ACTORS_GRAPH)
        if gone:
            plan.remove += gone
            plan.actors_out.add(old)
            plan.lines.append(f"actor {old} merged into {redirects[old]}")
    for actor_id in sorted(wanted - set(redirects)):
        mine = [r for r in records if not r.action.on_stance and _actor_target(r) == actor_id]
        current = store.read_actors({actor_id}).get(actor_id)
        actor = current
        for record in mine:
            actor = _apply_actor(actor, record)
        if actor is None or actor == current:
            continue
        before = set(_node_quads(store, rdf.actor_iri(actor_id), rdf.ACTORS_GRAPH))
        after = set(rdf.actor_quads(actor))
        plan.remove += sorted(before - after, key=str)
        plan.add += sorted(after - before, key=str)
        plan.actors_in.append(actor)
        plan.lines.append(_actor_change(current, actor))


def _actor_target(record: Curation) -> str:
    return (
        record.value("into") or record.subject if record.action is Action.MERGE else record.subject
    )


def _apply_actor(actor: Actor | None, record: Curation) -> Actor | None:
    if record.action is Action.ADD_ACTOR:
        if actor is not None:
            return actor
        return Actor(
            id=record.subject,
            name=record.value("name") or record.subject,
            kind=ActorKind(record.value("kind") or "person"),
            country=record.value("country"),
            role=record.value("role"),
            aliases=tuple(sorted(v for k, v in record.changes if k == "alias")),
        )
    if actor is None:
        return None
    if record.action is Action.EDIT_ACTOR:
        values: dict[str, Any] = {}
        for name in ("name", "role", "country"):
            if record.value(name) is not None:
                values[name] = record.value(name) or None
        kind = record.value("kind")
        if kind:
            values["kind"] = ActorKind(kind)
        if "name" in values and values["name"] is None:
            del values["name"]
        return replace(actor, **values)
    # add-alias, and merge-actors (the merged actor's names become aliases)
    new = [v for k, v in record.changes if k == "alias" and v != actor.name]
    return replace(actor, aliases=tuple(sorted(set(actor.aliases) | set(new))))


def _actor_change(old: Actor | None, new: Actor) -> str:
    if old is None:
        return f"actor {new.id} added: {new.name} ({new.kind.value}, country {new.country})"
    diffs = [
        f"{name} {getattr(old, name)!s} -> {getattr(new, name)!s}"
        for name in ("name", "kind", "country", "role")
        if getattr(old, name) != getattr(new, name)
    ]
    added = sorted(set(new.aliases) - set(old.aliases))
    if added:
        diffs.append("aliases + " + ", ".join(repr(a) for a in added))
    return f"actor {new.id}: " + "; ".join(diffs)


def _plan_stances(
    store: Store, records: Sequence[Curation], wanted: set[str] | None, plan: Plan
) -> None:
    redirects = _redirects(records)
    by_stance: dict[str, list[Curation]] = {}
    for record in records:
        if record.action.on_stance:
            by_stance.setdefault(record.subject, []).append(record)
    ids = set(by_stance) if wanted is None else set(wanted)
    ids |= _stances_naming(store, set(redirects))
    graphs: dict[str, ox.NamedNode] = {}
    final: dict[str, list[ox.Quad]] = {}
    for stance_id in sorted(ids):
        node = ox.NamedNode(rdf.GKS + stance_id)
        quads = _node_quads(store, node)
        if not quads or not isinstance(quads[0].graph_name, ox.NamedNode):
            continue
        graph = quads[0].graph_name
        new = _corrected(node, graph, quads, by_stance.get(stance_id, []), redirects)
        if set(new) == set(quads):
            continue
        graphs[graph.value] = graph
        final[stance_id] = new
        plan.remove += sorted(set(quads) - set(new), key=str)
        plan.add += sorted(set(new) - set(quads), key=str)
        plan.stances_out.add(stance_id)
        before = _stance_of(quads, node)
        after = _stance_of(new, node)
        gone = any(q.predicate == _A and q.object == _RETRACTED for q in new)
        if after is not None and not gone:
            plan.stances_in.append(after)
        plan.lines.append(_stance_change(stance_id, before, after, gone))
    for graph in graphs.values():
        _plan_shortcuts(store, graph, final, plan)


def _stances_naming(store: Store, actor_ids: set[str]) -> set[str]:
    found: set[str] = set()
    for actor_id in sorted(actor_ids):
        iri = rdf.actor_iri(actor_id)
        for predicate in ("source", "target", "claimedBy"):
            for quad in store.oxigraph.quads_for_pattern(
                None, ox.NamedNode(rdf.GK + predicate), iri
            ):
                if isinstance(quad.subject, ox.NamedNode) and quad.subject.value.startswith(
                    rdf.GKS
                ):
                    found.add(quad.subject.value[len(rdf.GKS) :])
    return found


def _corrected(
    node: ox.NamedNode,
    graph: ox.NamedNode,
    quads: Sequence[ox.Quad],
    records: Sequence[Curation],
    redirects: dict[str, str],
) -> list[ox.Quad]:
    """The stance node's quads as the records say they should be."""
    values: dict[str, ox.NamedNode | ox.Literal] = {}
    for q in quads:
        if q.predicate == _A:
            continue
        if q.predicate.value in values:
            continue  # one value per qualifier: corrections below replace it anyway
        values[q.predicate.value] = q.object  # type: ignore[assignment]
    retracted = False
    for record in records:
        if record.action is Action.RETRACT:
            retracted = True
        for name, (predicate, base) in _STANCE_FIELD.items():
            value = record.value(name)
            if value is not None:
                values[predicate] = ox.NamedNode(base + value)
    for predicate in (rdf.GK + "source", rdf.GK + "target", rdf.GK + "claimedBy"):
        term = values.get(predicate)
        if term is not None:
            old = rdf.id_from_iri(term.value)
            if old in redirects:
                values[predicate] = rdf.actor_iri(redirects[old])
    if values.get(rdf.GK + "source") == values.get(rdf.GK + "target"):
        retracted = True  # a merge made it a stance of an actor toward itself
    out = [ox.Quad(node, _A, _RETRACTED if retracted else _STANCE, graph)]
    out += [ox.Quad(node, ox.NamedNode(p), o, graph) for p, o in values.items()]
    return out


def _stance_of(quads: Sequence[ox.Quad], node: ox.NamedNode) -> Stance | None:
    fields = {q.predicate.value: q.object for q in quads}
    return rdf.stance_from_fields(fields, node.value)


def _short(stance: Stance | None) -> str:
    if stance is None:
        return "(not a whole stance)"
    claim = f", claimed by {stance.attributed_to}" if stance.attributed_to else ""
    return f"{stance.source} {stance.type.value} {stance.target} ({stance.modality.value}{claim})"


def _stance_change(stance_id: str, before: Stance | None, after: Stance | None, gone: bool) -> str:
    if gone:
        return f"stance {stance_id} retracted: {_short(before)}"
    return f"stance {stance_id}: {_short(before)} -> {_short(after)}"


def _plan_shortcuts(
    store: Store, graph: ox.NamedNode, final: dict[str, list[ox.Quad]], plan: Plan
) -> None:
    """Shortcut triples in ``graph`` for exactly its counted factual stances."""
    nodes: dict[str, dict[str, Any]] = {}
    present: set[ox.Quad] = set()
    for q in store.oxigraph.quads_for_pattern(None, None, None, graph):
        subject = q.subject.value if isinstance(q.subject, ox.NamedNode) else ""
        if q.predicate.value in _VERB_IRIS and subject.startswith(rdf.GKA):
            present.add(q)
        elif subject.startswith(rdf.GKS) and subject[len(rdf.GKS) :] not in final:
            nodes.setdefault(subject, {}).setdefault(q.predicate.value, []).append(q.object)
    for stance_id, quads in final.items():
        for q in quads:
            nodes.setdefault(rdf.GKS + stance_id, {}).setdefault(q.predicate.value, []).append(
                q.object
            )
    wanted: set[ox.Quad] = set()
    for values in nodes.values():
        if _RETRACTED in values.get(rdf.RDF + "type", []):
            continue
        try:
            kind = StanceType(rdf.id_from_iri(values[rdf.GK + "stanceType"][0].value))
            modality = Modality(rdf.id_from_iri(values[rdf.GK + "modality"][0].value))
            src, tgt = values[rdf.GK + "source"][0], values[rdf.GK + "target"][0]
        except (KeyError, ValueError):
            continue
        if modality.factual:
            wanted.add(ox.Quad(src, ox.NamedNode(rdf.GK + kind.verb), tgt, graph))
    plan.remove += sorted(present - wanted, key=str)
    plan.add += sorted(wanted - present, key=str)


def _plan(
    store: Store,
    records: Sequence[Curation],
    *,
    stances: set[str] | None,
    actors: set[str] | None,
) -> Plan:
    """The changes that bring the named stances and actors (all records' subjects when None)
    in line with ``records``."""
    plan = Plan()
    redirects = _redirects(records)
    if actors is None:
        actors = {_actor_target(r) for r in records if not r.action.on_stance}
        actors |= set(redirects)
    _plan_actors(store, records, actors, plan)
    _plan_stances(store, records, stances, plan)
    plan.redirects = redirects
    return plan


# -- writing -----------------------------------------------------------------------------------
def embedded(store: object) -> TypeGuard[Store]:
    """Whether ``store`` is graphkb's own embedded store (curation writes need it; a remote
    endpoint is only read)."""
    return isinstance(store, Store)


def _store_of(kb: KnowledgeBase) -> Store:
    store = kb.store
    if not embedded(store):
        raise GraphkbError("corrections are made in graphkb's own store, not on a remote endpoint")
    return store


def _commit(kb: KnowledgeBase, new: Sequence[Curation], plan: Plan, *, dry_run: bool) -> Plan:
    if dry_run:
        return plan
    store = _store_of(kb)
    quads = [q for r in new for q in record_quads(r)]
    store.rewrite(plan.remove, plan.add + quads, plan.index_rows, drop_graphs=plan.drop_graphs)
    kb.forget_names()
    return plan


def _run(
    kb: KnowledgeBase, new: Sequence[Curation], *, dry_run: bool, nothing: str | None = None
) -> Plan:
    """Plan the records' effect; refuse with ``nothing`` when they change nothing; write the
    plan and the records unless ``dry_run``."""
    store = _store_of(kb)
    records = [*read_records(store), *new]
    stances = {r.subject for r in new if r.action.on_stance}
    actors = {_actor_target(r) for r in new if not r.action.on_stance}
    actors |= {r.subject for r in new if r.action is Action.MERGE}
    plan = _plan(store, records, stances=stances, actors=actors)
    if nothing is not None and not plan.lines:
        raise ValidationError(nothing)
    return _commit(kb, new, plan, dry_run=dry_run)


def reapply(store: StanceStore) -> Plan:
    """Bring every node a record touches in line with the records again (after a write that
    may have brought back what they changed); writes only when something differs."""
    if not embedded(store):
        return Plan()
    records = read_records(store)
    if not records:
        return Plan()
    plan = _plan(store, records, stances=None, actors=None)
    index = store.index
    if plan.changes_data or (index is not None and index.redirects() != plan.redirects):
        store.rewrite(plan.remove, plan.add, plan.index_rows)
    return plan


def _stance_record(store: Store, stance_id: str) -> bool:
    """Whether the store holds a stance node (counted or retracted) with this id."""
    node = ox.NamedNode(rdf.GKS + stance_id)
    return any(
        True for _ in store.oxigraph.quads_for_pattern(node, ox.NamedNode(rdf.GK + "source"), None)
    )


def _known_stances(store: Store, ids: Sequence[str]) -> None:
    if not ids:
        raise ValidationError(
            "give at least one stance id (graphkb stances --format csv lists them)"
        )
    for stance_id in ids:
        if not _STANCE_ID.fullmatch(stance_id) or not _stance_record(store, stance_id):
            raise ValidationError(
                f"unknown stance {stance_id!r}: copy an id from `graphkb stances --format csv`"
            )


def retract(
    kb: KnowledgeBase, ids: Sequence[str], *, reason: str | None = None, dry_run: bool = False
) -> Plan:
    """Retract stances: kept with their evidence (``--include-retracted`` shows them), never
    counted again."""
    store = _store_of(kb)
    _known_stances(store, ids)
    who = curator_name()
    records = [Curation(Action.RETRACT, i, (), reason, who) for i in dict.fromkeys(ids)]
    done = f"{', '.join(ids)}: already retracted; nothing to change"
    return _run(kb, records, dry_run=dry_run, nothing=done)


def correct(
    kb: KnowledgeBase,
    stance_id: str,
    *,
    type_: str | None = None,
    source: str | None = None,
    target: str | None = None,
    modality: str | None = None,
    reason: str | None = None,
    dry_run: bool = False,
) -> Plan:
    """Correct a stance's type, actors or modality (names are resolved; the id stays)."""
    store = _store_of(kb)
    _known_stances(store, [stance_id])
    changes: list[tuple[str, str]] = []
    if type_ is not None:
        changes.append(("type", StanceType.parse(type_).value))
    if modality is not None:
        try:
            changes.append(("modality", Modality(modality.strip().lower()).value))
        except ValueError:
            valid = ", ".join(m.value for m in Modality)
            raise ValidationError(f"unknown modality {modality!r}; use one of {valid}") from None
    if source is not None:
        changes.append(("source", kb.resolve(source).id))
    if target is not None:
        changes.append(("target", kb.resolve(target).id))
    if not changes:
        raise ValidationError("say what to correct: --type, --source, --target or --modality")
    current = next(iter(store.read_stances([stance_id])), None) or next(
        iter(store.read_stances([stance_id], retracted=True)), None
    )
    if current is not None:
        src = dict(changes).get("source", current.source)
        tgt = dict(changes).get("target", current.target)
        if src == tgt:
            raise ValidationError(f"the stance would go from {src} to itself; give another actor")
    record = Curation(Action.CORRECT, stance_id, tuple(changes), reason, curator_name())
    done = f"stance {stance_id} already says that; nothing to change"
    return _run(kb, [record], dry_run=dry_run, nothing=done)


def _stored_actor(kb: KnowledgeBase, name: str) -> Actor:
    actor = kb.resolve(name)
    if actor.id not in _store_of(kb).read_actors({actor.id}):
        raise ValidationError(f"actor {actor.id} is not in the store")
    return actor


def _country(kb: KnowledgeBase, name: str) -> str:
    home = kb.resolve(name)
    if home.kind is not ActorKind.COUNTRY:
        raise ValidationError(f"{name!r} is {home.name} ({home.id}), not a country")
    return home.id


def _kind(text: str) -> ActorKind:
    """A kind an actor can be given (not country: countries come from the gazetteer)."""
    try:
        kind = ActorKind(text.strip().lower())
    except ValueError:
        kind = ActorKind.COUNTRY
    if kind is ActorKind.COUNTRY:
        valid = ", ".join(k.value for k in ActorKind if k is not ActorKind.COUNTRY)
        raise ValidationError(
            f"actor kind {text!r} cannot be given; use one of {valid} (countries come from "
            "the gazetteer)"
        )
    return kind


def edit_actor(
    kb: KnowledgeBase,
    name: str,
    *,
    country: str | None = None,
    kind: str | None = None,
    role: str | None = None,
    new_name: str | None = None,
    reason: str | None = None,
    dry_run: bool = False,
) -> Plan:
    """Change an actor's country, kind, role or name (a country's own code and kind are
    fixed: they are its identity in the gazetteer)."""
    actor = _stored_actor(kb, name)
    changes: list[tuple[str, str]] = []
    if actor.kind is ActorKind.COUNTRY and (country is not None or kind is not None):
        raise ValidationError(
            f"{actor.name} ({actor.id}) is a country of the gazetteer: its ISO code and kind "
            "are its identity and cannot be edited (change --name or --role, or add an alias)"
        )
    if country is not None:
        empty = country.strip() in ("", "-", "none")
        changes.append(("country", "" if empty else _country(kb, country)))
    if kind is not None:
        changes.append(("kind", _kind(kind).value))
    if role is not None:
        changes.append(("role", role.strip()))
    if new_name is not None:
        if not new_name.strip():
            raise ValidationError("--name is empty; give the actor's name")
        changes.append(("name", new_name.strip()))
    if not changes:
        raise ValidationError("say what to change: --country, --kind, --role or --name")
    record = Curation(Action.EDIT_ACTOR, actor.id, tuple(changes), reason, curator_name())
    done = f"actor {actor.id} already says that; nothing to change"
    return _run(kb, [record], dry_run=dry_run, nothing=done)


def add_alias(
    kb: KnowledgeBase,
    name: str,
    alias: str,
    *,
    reason: str | None = None,
    dry_run: bool = False,
) -> Plan:
    """Give an actor another name; later extraction recognises it."""
    from graphkb._exceptions import UnknownActorError

    actor = _stored_actor(kb, name)
    alias = " ".join(alias.split())
    if not alias:
        raise ValidationError("the alias is empty; give the surface form to recognise")
    try:
        other = kb.resolve(alias)
    except (UnknownActorError, GraphkbError):
        other = None
    if other is not None and other.id != actor.id:
        raise ValidationError(f"{alias!r} already names {other.name} ({other.id})")
    if other is not None:
        raise ValidationError(f"{alias!r} already names {actor.name} ({actor.id})")
    record = Curation(Action.ADD_ALIAS, actor.id, (("alias", alias),), reason, curator_name())
    return _run(kb, [record], dry_run=dry_run)


def merge_actors(
    kb: KnowledgeBase, keep: str, drop: str, *, reason: str | None = None, dry_run: bool = False
) -> Plan:
    """Merge ``drop`` into ``keep``: its stances and names move over, its id answers as
    ``keep``."""
    kept, dropped = _stored_actor(kb, keep), _stored_actor(kb, drop)
    if kept.id == dropped.id:
        raise ValidationError(
            f"{keep!r} and {drop!r} are both {kept.name} ({kept.id}); merge two different actors"
        )
    if dropped.kind is ActorKind.COUNTRY:
        raise ValidationError(
            f"{dropped.name} ({dropped.id}) is a country of the gazetteer and cannot be merged "
            "away; merge the other actor into it"
        )
    names = (("into", kept.id), *(("alias", n) for n in (dropped.name, *dropped.aliases)))
    record = Curation(Action.MERGE, dropped.id, tuple(names), reason, curator_name())
    return _run(kb, [record], dry_run=dry_run)


def add_actor(
    kb: KnowledgeBase,
    name: str,
    *,
    kind: str,
    actor_id: str | None = None,
    country: str | None = None,
    role: str | None = None,
    aliases: Sequence[str] = (),
    reason: str | None = None,
    dry_run: bool = False,
) -> Plan:
    """Add an actor the gazetteer lacks (a person, body or group; not a country)."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("the actor's name is empty")
    actor_kind = _kind(kind)
    new_id = actor_id or slugify(name)
    if not valid_actor_id(new_id):
        raise ValidationError(f"bad actor id {new_id!r}: use a lower-case slug such as 'jane-doe'")
    store = _store_of(kb)
    if new_id in store.read_actors({new_id}) or new_id in read_redirects(store):
        raise ValidationError(
            f"actor {new_id!r} already exists; pick another --id or edit-actor it"
        )
    changes: list[tuple[str, str]] = [("name", name), ("kind", actor_kind.value)]
    if country:
        changes.append(("country", _country(kb, country)))
    if role:
        changes.append(("role", role.strip()))
    changes += [("alias", " ".join(a.split())) for a in aliases if a.strip()]
    record = Curation(Action.ADD_ACTOR, new_id, tuple(changes), reason, curator_name())
    Actor(new_id, name, actor_kind, dict(changes).get("country"), role=role)  # validates
    return _run(kb, [record], dry_run=dry_run)


def remove_document(kb: KnowledgeBase, document_id: str, *, dry_run: bool = False) -> Plan:
    """Remove a document mistakenly added: its graph (its stances and their evidence) and
    the actors only it mentioned (not the gazetteer's, nor any a curator added or edited).
    The curation records stay: if the document comes back, so do its corrections."""
    from graphkb.actors import bundled_actors

    store = _store_of(kb)
    graph = rdf.document_iri(document_id)
    if not document_id or not store.has_document(document_id):
        raise ValidationError(
            f"unknown document {document_id!r}: `graphkb stances --format csv` shows each "
            "stance's document_id"
        )
    quads = _node_quads(store, None, graph)
    named: set[str] = set()
    stances = set()
    for q in quads:
        subject = q.subject.value if isinstance(q.subject, ox.NamedNode) else ""
        if subject.startswith(rdf.GKS):
            stances.add(subject)
            actor = q.object
            if q.predicate.value in _ACTOR_PREDICATES and isinstance(actor, ox.NamedNode):
                named.add(rdf.id_from_iri(actor.value))
    keep = {a.id for a in bundled_actors()}
    keep |= {_actor_target(r) for r in read_records(store) if not r.action.on_stance}
    orphans = []
    for actor_id in sorted(named - keep):
        iri = rdf.actor_iri(actor_id)
        elsewhere = any(
            q.graph_name != graph
            for predicate in ("source", "target", "claimedBy")
            for q in store.oxigraph.quads_for_pattern(None, ox.NamedNode(rdf.GK + predicate), iri)
        )
        if not elsewhere:
            orphans.append(actor_id)
    plan = Plan(documents_out=[document_id], drop_graphs=[graph])
    plan.remove = quads
    for actor_id in orphans:
        plan.remove += _node_quads(store, rdf.actor_iri(actor_id), rdf.ACTORS_GRAPH)
    plan.actors_out = set(orphans)
    plan.lines.append(f"document {document_id}: {len(stances)} stances removed")
    if orphans:
        plan.lines.append("actors only it mentioned, removed: " + ", ".join(orphans))
    return _commit(kb, [], plan, dry_run=dry_run)


# -- reading -----------------------------------------------------------------------------------
def history(kb: KnowledgeBase, key: str) -> list[Curation]:
    """The records about a stance id or an actor (any name, or a merged-away id), oldest
    first."""

    records = read_records(kb.store)
    store = kb.store
    stance = any(r.subject == key for r in records if r.action.on_stance) or (
        embedded(store) and _STANCE_ID.fullmatch(key) and _stance_record(store, key)
    )
    if stance:
        return [r for r in records if r.action.on_stance and r.subject == key]
    redirects = _redirects(records)
    actor_id = key if key in redirects else kb.resolve(key).id
    related = {actor_id, redirects.get(actor_id, actor_id)}
    related |= {old for old, new in redirects.items() if new in related}
    return [
        r
        for r in records
        if not r.action.on_stance and (r.subject in related or r.value("into") in related)
    ]


def retracted_stances(
    store: StanceStore, where: StanceFilter | None = None, *, both_ways: bool = False
) -> list[Stance]:
    """Retracted stances (kept, never counted) that ``where`` lets through (its actors given
    as ids); with ``both_ways``, between its source and target in either direction."""
    if not embedded(store):
        return []
    w = where or StanceFilter()
    ids = [
        q.subject.value[len(rdf.GKS) :]
        for q in store.oxigraph.quads_for_pattern(None, _A, _RETRACTED)
        if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(rdf.GKS)
    ]
    found = list(store.read_stances(ids, retracted=True)) if ids else []
    homes = {a.id: a.home for a in store.actors().values()} if w.roll_up else {}
    reported = {d.id: d.date for d in store.documents().values()} if w.reported else {}

    def between(src: str, tgt: str) -> bool:
        src, tgt = homes.get(src, src), homes.get(tgt, tgt)
        ahead = w.source in (None, src) and w.target in (None, tgt)
        return ahead or (both_ways and (w.source, w.target) == (tgt, src))

    def within(day: dt.date | None, since: dt.date | None, until: dt.date | None) -> bool:
        if since is None and until is None:
            return True
        return (
            day is not None and (since is None or day >= since) and (until is None or day <= until)
        )

    return [
        s
        for s in found
        if between(s.source, s.target)
        and s.type in w.type_set
        and s.modality in w.modality_set
        and within(s.date, w.since, w.until)
        and within(reported.get(s.evidence.document), w.reported_since, w.reported_until)
    ]
