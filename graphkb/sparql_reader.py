"""The SPARQL backend of :class:`graphkb.reader.StanceReader`: every read as a fixed SPARQL
text over any store that answers SPARQL (the embedded Oxigraph store, or a remote endpoint).

Actors go in as bound terms (substitutions) or as IRIs serialised by pyoxigraph from ids the
model validated; dates as typed literals serialised by pyoxigraph; types and modalities as IRIs
of the closed enums. Nothing a user typed is ever spliced into a query as text.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Protocol

import pyoxigraph as ox

from graphkb import rdf
from graphkb.model import (
    FACTUAL,
    FACTUALITY,
    Actor,
    Document,
    Modality,
    Stance,
    StanceFilter,
    StanceType,
    score_unit,
    signed_unit,
)
from graphkb.reader import (
    Counts,
    DatedRow,
    DatedTotal,
    DisputeRow,
    DisputeTally,
    Dyad,
    RankRow,
    Side,
    SignedRow,
    Tie,
    dated_totals,
)

__all__ = ["SparqlReader", "SparqlSource", "to_sparql"]

_EVERYTHING = StanceFilter()
_FACTUAL = {m for m in Modality if m.factual}
_CHUNK = 500
_FEW = 100  # actors few enough to name in a query rather than read every actor's rows


class SparqlSource(Protocol):
    """What the SPARQL backend needs of a store."""

    def query(
        self,
        sparql: str,
        substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
        *,
        prefixes: bool = True,
    ) -> Iterable[ox.QuerySolution]:
        """Run a SELECT with graphkb's prefixes; bound variables must be projected."""
        ...

    def actors(self, ids: Iterable[str] | None = None) -> dict[str, Actor]:
        """Actors by id (at least those in ``ids``)."""
        ...

    def documents(self, ids: Iterable[str] | None = None) -> dict[str, Document]:
        """Documents by id."""
        ...


def _values(var: str, terms: Iterable[ox.NamedNode]) -> str:
    return f"VALUES ?{var} {{ {' '.join(str(t) for t in terms)} }}"


def _actors(var: str, ids: Iterable[str]) -> str:
    # IRIs serialised by pyoxigraph from ids graphkb minted or validated.
    return _values(var, (rdf.actor_iri(i) for i in ids))


def _date_literal(value: dt.date) -> str:
    # str() of a pyoxigraph Literal is its escaped SPARQL/N-Triples form.
    return str(ox.Literal(value.isoformat(), datatype=ox.NamedNode(rdf.XSD + "date")))


def _dated(node: str, where: StanceFilter) -> str:
    """Patterns keeping the stances at ``node`` dated within the filter's window."""
    if not where.dated:
        return ""
    lines = []
    if where.since or where.until:
        date = f"{node}_date"
        lines.append(f"{node} dcterms:date {date} .")
        if where.since:
            lines.append(f"FILTER({date} >= {_date_literal(where.since)})")
        if where.until:
            lines.append(f"FILTER({date} <= {_date_literal(where.until)})")
    if where.reported:  # the report's date is its document's
        doc, date = f"{node}_doc", f"{node}_reported"
        lines.append(f"{node} prov:wasDerivedFrom {doc} . {doc} dcterms:date {date} .")
        if where.reported_since:
            lines.append(f"FILTER({date} >= {_date_literal(where.reported_since)})")
        if where.reported_until:
            lines.append(f"FILTER({date} <= {_date_literal(where.reported_until)})")
    return " ".join(lines)


def to_sparql(where: StanceFilter) -> tuple[str, dict[str, ox.NamedNode]]:
    """The filter as SPARQL: graph patterns over a stance node ``?st`` (with ``?src``, ``?tgt``,
    ``?type``, ``?mod`` bound) and the actors to bind (substitutions, which the query must
    project: see :func:`_projected`)."""
    subs: dict[str, ox.NamedNode] = {}
    lines = [
        "?st a gk:Stance ; gk:source ?src ; gk:target ?tgt ; gk:stanceType ?type ;"
        " gk:modality ?mod ."
    ]
    if where.types:
        lines.insert(0, _values("type", (rdf.type_iri(t) for t in where.types)))
    if where.modalities:
        lines.insert(0, _values("mod", (rdf.modality_iri(m) for m in where.modalities)))
    for var, actor in (("src", where.source), ("tgt", where.target)):
        if actor is None:
            continue
        if where.roll_up:  # any actor serving the country, the country included
            subs[var + "country"] = rdf.actor_iri(actor)
            lines.append(f"?{var} gk:country ?{var}country .")
        else:
            subs[var] = rdf.actor_iri(actor)
    lines.append(_dated("?st", where))
    return "\n  ".join(lines), subs


def _projected(subs: Mapping[str, ox.NamedNode], *own: str) -> str:
    """The bound variables a query does not project itself (pyoxigraph substitutes only
    projected variables)."""
    return " ".join(f"?{name}" for name in subs if name not in own)


def _id(term: ox.NamedNode | ox.Literal | ox.BlankNode | ox.Triple | None) -> str:
    return rdf.id_from_iri(term.value) if isinstance(term, ox.NamedNode | ox.Literal) else ""


def _int(term: object) -> int:
    return int(term.value) if isinstance(term, ox.Literal) else 0


def _float(term: object) -> float:
    return float(term.value) if isinstance(term, ox.Literal) else 0.0


def _chunks(values: Sequence[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), _CHUNK):
        yield list(values[start : start + _CHUNK])


# The filters pick stance nodes; then one range scan per node (``?st ?p ?o``) reads all its
# qualifiers at once. That is several times faster on Oxigraph than one OPTIONAL per qualifier.
_STANCES = """
SELECT ?st ?p ?o ?src ?tgt {projection} WHERE {{
  {nodes}
  {where}
  ?st ?p ?o .
}}"""

# Each group also names the country its actor serves (none: ""), which a rolled-up ranking
# counts it under: reading the records of the hundreds of actors ranked took longer than the
# ranking itself on a server.
_GROUPS = """
SELECT ({other} AS ?other) ?type ?mod (COUNT(?st) AS ?n) (SUM(?conf) AS ?w)
  (MIN(STR(?st)) AS ?sample) (MIN(STR(?country)) AS ?home) {projection} WHERE {{
  {where}
  ?st gk:confidence ?conf .
  OPTIONAL {{ {other} gk:country ?country }}
}} GROUP BY {other} ?type ?mod {projection}"""

_Group = tuple[str, StanceType, Modality, int, float, str, str]
"""(actor at the ranked end, type, modality, stances, summed confidence, a sample id, the id
of the country the actor serves or "")."""


class SparqlReader:
    """:class:`~graphkb.reader.StanceReader` in SPARQL over ``source``."""

    def __init__(self, source: SparqlSource) -> None:
        self._source = source
        self._groups: tuple[tuple[Side, ...], list[_Group]] | None = None
        # Documents (id -> publisher, or "doc:" + id without one) read once per question and
        # kept for the next row that asks: a listing asks for each stance; a request each
        # would be hundreds of round trips to a server.
        self._corroborations: dict[tuple[object, ...], dict[StanceType, dict[str, str]]] = {}

    def _select(
        self, sparql: str, subs: Mapping[str, ox.NamedNode] | None = None
    ) -> Iterable[ox.QuerySolution]:
        return self._source.query(sparql, subs)

    def actors(self, ids: Iterable[str] | None = None) -> dict[str, Actor]:
        """Actors by id: all, or at least those in ``ids``."""
        return self._source.actors(ids)

    def documents(self, ids: Iterable[str] | None = None) -> dict[str, Document]:
        """Documents by id: all, or those in ``ids``."""
        return self._source.documents(ids)

    # -- stances ---------------------------------------------------------------------------
    def stances(
        self, where: StanceFilter = _EVERYTHING, *, ids: Sequence[str] | None = None
    ) -> list[Stance]:
        """Stances ``where`` lets through; only those of ``ids`` if given."""
        text, subs = to_sparql(where)
        projection = _projected(subs, "src", "tgt")
        if ids is None:
            query = _STANCES.format(projection=projection, nodes="", where=text)
            return _fold(self._select(query, subs))
        out: list[Stance] = []
        for chunk in _chunks(sorted(set(ids))):
            nodes = _values("st", (ox.NamedNode(rdf.GKS + i) for i in chunk))
            query = _STANCES.format(projection=projection, nodes=nodes, where=text)
            out += _fold(self._select(query, subs))
        return out

    def between(
        self, a: str, b: str, where: StanceFilter = _EVERYTHING, latest: int | None = None
    ) -> list[Stance]:
        """Stances from ``a`` to ``b`` and back that ``where`` lets through (its actors aside):
        all, or the ``latest`` n."""
        plain = replace(where, roll_up=False)
        found = self.stances(replace(plain, source=a, target=b))
        found += self.stances(replace(plain, source=b, target=a))
        found.sort(key=_stance_order)
        return found[-latest:] if latest else found

    def count_between(self, a: str, b: str, where: StanceFilter = _EVERYTHING) -> int:
        """How many stances :meth:`between` gives without ``latest``."""
        plain = replace(where, roll_up=False)
        return sum(self._count(replace(plain, source=x, target=y)) for x, y in ((a, b), (b, a)))

    def _count(self, where: StanceFilter) -> int:
        text, subs = to_sparql(where)
        query = f"SELECT (COUNT(?st) AS ?n) {_projected(subs)} WHERE {{ {text} }}"
        if subs:
            query += f" GROUP BY {_projected(subs)}"
        return sum(_int(row["n"]) for row in self._select(query, subs))

    # -- rankings --------------------------------------------------------------------------
    def _grouped(self, sides: Sequence[Side]) -> list[_Group]:
        """The (other, type, modality) groups of each side, remembered for the details."""
        key = tuple(sides)
        if self._groups is not None and self._groups[0] == key:
            return self._groups[1]
        groups: list[_Group] = []
        for where, other in sides:
            text, subs = to_sparql(where)
            var = {"source": "?src", "target": "?tgt"}[other]
            query = _GROUPS.format(other=var, projection=_projected(subs), where=text)
            groups += [
                (
                    _id(row["other"]),
                    StanceType(_id(row["type"])),
                    Modality(_id(row["mod"])),
                    _int(row["n"]),
                    _float(row["w"]),
                    _id(row["sample"]),
                    _id(row["home"]),
                )
                for row in self._select(query, subs)
            ]
        # Summed in one order whatever order the server answered in, so every backend's
        # floating-point sums agree.
        groups.sort(key=lambda g: (g[0], g[1].value, g[2].value, g[5]))
        self._groups = (key, groups)
        return groups

    def _who(self, sides: Sequence[Side], groups: list[_Group]) -> dict[str, str]:
        """Each ranked actor's id as ranked: rolled up to its country when asked."""
        if not sides[0][0].roll_up:
            return {g[0]: g[0] for g in groups}
        return {g[0]: g[6] or g[0] for g in groups}

    def ranking(
        self, sides: Sequence[Side], *, limit: int | None = None
    ) -> tuple[list[RankRow], int, int]:
        """See :meth:`graphkb.reader.StanceReader.ranking`."""
        groups = self._grouped(sides)
        who = self._who(sides, groups)
        anchor = sides[0][0].target if sides[0][0].roll_up else None
        scores: dict[str, list[float]] = {}
        for other, kind, mod, n, weight, *_ in groups:
            if who[other] == anchor:
                continue
            entry = scores.setdefault(who[other], [0.0, 0])
            entry[0] += score_unit(kind, mod) * weight
            entry[1] += n
        known = self.actors(scores)
        ranked = sorted(
            scores.items(),
            key=lambda item: (
                -round(item[1][0], 9),
                -item[1][1],
                a.name if (a := known.get(item[0])) else item[0],
            ),
        )
        stances = sum(int(n) for _, n in scores.values())
        top = ranked[:limit] if limit is not None else ranked
        rows = [(w, score, int(n), known.get(w)) for w, (score, n) in top]
        return rows, len(ranked), stances

    def ranking_details(
        self, sides: Sequence[Side], others: Sequence[str]
    ) -> list[tuple[str, str, str, int, str]]:
        """For the ranked ``others``: (actor, type, modality, stances, a sample stance id)."""
        groups = self._grouped(sides)
        who = self._who(sides, groups)
        wanted = set(others)
        return [
            (who[g[0]], g[1].value, g[2].value, g[3], g[5]) for g in groups if who[g[0]] in wanted
        ]

    def second_degree(self, anchor: str, where: StanceFilter) -> list[tuple[str, int]]:
        """See :meth:`graphkb.reader.StanceReader.second_degree`: the actors toward the anchor
        first, then those toward them, in plain lookups (one nested query is many times slower
        on a server)."""
        where = replace(where, source=None, target=None, roll_up=False)
        near = {other for _, other in self._toward([anchor], where)}
        via: dict[str, set[str]] = {}
        for middle, far in self._toward(sorted(near), where):
            if far != anchor:
                via.setdefault(far, set()).add(middle)
        pairs = [(far, len(middles)) for far, middles in via.items()]
        return sorted(pairs, key=lambda pair: (-pair[1], pair[0]))

    def _toward(self, actors: Sequence[str], where: StanceFilter) -> set[tuple[str, str]]:
        """(actor, other) pairs: the other holds a stance ``where`` lets through toward the
        actor, or, for a symmetric type (RIVAL, ...), the actor holds one toward it."""
        found: set[tuple[str, str]] = set()
        symmetric = [t for t in where.type_set if t.symmetric]
        sides = [(where, "tgt", "src")]
        if symmetric:
            sides.append((replace(where, types=symmetric), "src", "tgt"))
        for chosen, near, far in sides:
            text, _ = to_sparql(chosen)
            if set(chosen.modality_set) == _FACTUAL and not chosen.dated and not chosen.roll_up:
                # Exactly the factual stances, undated: their shortcut triples (one per
                # stance, kept in step by curation) say the same as the stance nodes, and a
                # server reads them without joining five patterns per stance.
                verbs = (ox.NamedNode(rdf.GK + t.verb) for t in chosen.type_set)
                text = f"{_values('verb', verbs)} ?src ?verb ?tgt ."
            for chunk in _chunks(list(actors)):
                query = f"SELECT DISTINCT ?{near} ?{far} WHERE {{ {_actors(near, chunk)} {text} }}"
                found.update((_id(row[near]), _id(row[far])) for row in self._select(query))
        return found

    # -- neighbourhoods --------------------------------------------------------------------
    def _links(
        self, frontier: Sequence[str], where: StanceFilter
    ) -> Iterator[tuple[str, str, str, str, int, str]]:
        """(frontier actor, other actor, type, modality, stances, sample id) groups of the
        stances at the frontier, each way; a stance between two frontier actors comes twice."""
        text, _ = to_sparql(replace(where, source=None, target=None, roll_up=False))
        for near, far in (("src", "tgt"), ("tgt", "src")):
            for chunk in _chunks(sorted(set(frontier))):
                query = (
                    f"SELECT ?{near} ?{far} ?type ?mod (COUNT(?st) AS ?n) "
                    f"(MIN(STR(?st)) AS ?sample) WHERE {{ {_actors(near, chunk)} {text} }} "
                    f"GROUP BY ?{near} ?{far} ?type ?mod"
                )
                for row in self._select(query):
                    yield (
                        _id(row[near]),
                        _id(row[far]),
                        _id(row["type"]),
                        _id(row["mod"]),
                        _int(row["n"]),
                        _id(row["sample"]),
                    )

    def adjacent(self, frontier: Sequence[str], where: StanceFilter) -> set[tuple[str, str]]:
        """(frontier actor, actor linked to it either way) pairs."""
        return {(near, far) for near, far, *_ in self._links(frontier, where)}

    def neighbours(
        self, frontier: Sequence[str], reached: set[str], where: StanceFilter
    ) -> list[tuple[str, int]]:
        """Actors linked to the ``frontier`` and not ``reached``, with how many stances link
        them, most first (then by id)."""
        totals: Counter[str] = Counter()
        for _, far, _, _, n, _ in self._links(frontier, where):
            if far not in reached:
                totals[far] += n
        return sorted(totals.items(), key=lambda item: (-item[1], item[0]))

    def dyads_among(self, actors: Sequence[str], where: StanceFilter) -> list[Dyad]:
        """The dyads within ``actors``."""
        inside = set(actors)
        text, _ = to_sparql(replace(where, source=None, target=None, roll_up=False))
        out: list[Dyad] = []
        for chunk in _chunks(sorted(inside)):
            query = (
                "SELECT ?src ?tgt ?type ?mod (COUNT(?st) AS ?n) (MIN(STR(?st)) AS ?sample) "
                f"WHERE {{ {_actors('src', chunk)} {text} }} GROUP BY ?src ?tgt ?type ?mod"
            )
            for row in self._select(query):
                target = _id(row["tgt"])
                if target in inside:
                    out.append(
                        (
                            _id(row["src"]),
                            target,
                            _id(row["type"]),
                            _id(row["mod"]),
                            _int(row["n"]),
                            _id(row["sample"]),
                        )
                    )
        return out

    def strongest_between(self, a: str, b: str, where: StanceFilter) -> Stance | None:
        """The most factual stance between ``a`` and ``b`` (either way), then the highest id."""
        found = self.between(a, b, where)
        return max(found, key=lambda s: (-FACTUALITY[s.modality], s.id)) if found else None

    def degree(self, actor: str) -> int:
        """How many stances the actor takes part in."""
        return self._count(StanceFilter(source=actor)) + self._count(StanceFilter(target=actor))

    # -- profiles and statistics -----------------------------------------------------------
    def profile_counts(
        self, actor: str, side: str
    ) -> tuple[list[tuple[str, str, int]], list[tuple[str, int]]]:
        """For an actor at ``side`` of its stances: counts by (type, modality) and by the
        actor at the other end."""
        where = StanceFilter(source=actor) if side == "source" else StanceFilter(target=actor)
        text, subs = to_sparql(where)
        bound = _projected(subs)
        other = "?tgt" if side == "source" else "?src"
        by_kind = [
            (_id(row["type"]), _id(row["mod"]), _int(row["n"]))
            for row in self._select(
                f"SELECT ?type ?mod (COUNT(?st) AS ?n) {bound} WHERE {{ {text} }} "
                f"GROUP BY ?type ?mod {bound}",
                subs,
            )
        ]
        by_other = [
            (_id(row["other"]), _int(row["n"]))
            for row in self._select(
                f"SELECT ({other} AS ?other) (COUNT(?st) AS ?n) {bound} WHERE {{ {text} }} "
                f"GROUP BY {other} {bound}",
                subs,
            )
        ]
        return by_kind, by_other

    def members(self, country: str) -> list[Actor]:
        """Actors serving ``country`` (not the country itself)."""
        ids = self._member_ids(country)
        found = self.actors(ids)
        return [found[i] for i in ids if i in found]

    def _member_ids(self, country: str) -> list[str]:
        """The ids of the actors serving ``country`` (not the country itself), sorted."""
        rows = self._select(
            "SELECT DISTINCT ?id ?country WHERE { ?a gk:country ?country ; gk:actorId ?id }",
            {"country": rdf.actor_iri(country)},
        )
        return sorted({row["id"].value for row in rows if row["id"] is not None} - {country})

    def counts(self) -> Counts:
        """Actors by kind, documents, stances by type and by modality."""
        by_kind: Counter[str] = Counter()
        for row in self._select(
            "SELECT ?class (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a gk:actorId ?id ; a ?class } "
            "GROUP BY ?class"
        ):
            kind = rdf.CLASS_KIND.get(row["class"].value if row["class"] is not None else "")
            if kind is not None:
                by_kind[kind.value] += _int(row["n"])
        by_type: Counter[str] = Counter()
        by_mod: Counter[str] = Counter()
        rows = self._select(
            "SELECT ?type ?mod (COUNT(?st) AS ?n) WHERE { ?st gk:stanceType ?type ; "
            "gk:modality ?mod } GROUP BY ?type ?mod"
        )
        for row in rows:
            by_type[_id(row["type"])] += _int(row["n"])
            by_mod[_id(row["mod"])] += _int(row["n"])
        return {
            "actors": sum(by_kind.values()),
            "actors_by_kind": dict(sorted(by_kind.items())),
            "documents": self._count_documents(),
            "stances": sum(by_type.values()),
            "stances_by_type": dict(sorted(by_type.items())),
            "stances_by_modality": dict(sorted(by_mod.items())),
        }

    def stance_count(self) -> int:
        """How many stances there are."""
        return self._count(_EVERYTHING)

    def _count_documents(self) -> int:
        rows = self._select(
            "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a gk:Document ; gk:documentId ?id ; "
            "dcterms:title ?title }"
        )
        return sum(_int(row["n"]) for row in rows)

    def dated_rows(self, where: StanceFilter, *, actor: str | None = None) -> list[DatedRow]:
        """Dated stances ``where`` lets through (its actors too, rolled up if it says so);
        with ``actor``, only those it takes part in."""
        text, subs = to_sparql(where)
        select = (
            f"SELECT ?st ?src ?tgt ?type ?mod ?date ?conf {_projected(subs, 'src', 'tgt')}"
            " WHERE { "
        )
        tail = f" {text} ?st dcterms:date ?date ; gk:confidence ?conf . }}"
        queries = [select + tail]
        if actor is not None:
            queries = [select + _actors(var, [actor]) + tail for var in ("src", "tgt")]
        rows: dict[str, DatedRow] = {}
        for query in queries:
            for row in self._select(query, subs):
                node = str(row["st"].value)
                rows[node] = (
                    _id(row["src"]),
                    _id(row["tgt"]),
                    _id(row["type"]),
                    _id(row["mod"]),
                    str(row["date"].value),
                    _float(row["conf"]),
                    node[len(rdf.GKS) :],
                )
        return list(rows.values())

    def dated_totals(self, where: StanceFilter, by: str) -> list[DatedTotal]:
        """The dated stances ``where`` lets through, counted per period, type and modality
        (in Python, from :meth:`dated_rows`)."""
        return dated_totals(self.dated_rows(where), by)

    def last_date(self) -> dt.date | None:
        """The latest stance date."""
        rows = self._select("SELECT (MAX(?d) AS ?last) WHERE { ?s a gk:Stance ; dcterms:date ?d }")
        for row in rows:
            last = row["last"]
            if isinstance(last, ox.Literal):
                return dt.date.fromisoformat(last.value)
        return None

    # -- the analyses ------------------------------------------------------------------------
    def _homes(self, ids: Iterable[str]) -> dict[str, str]:
        """Each id's home: the country its actor serves, else itself."""
        wanted = set(ids)
        known = self.actors(wanted)
        return {i: known[i].home if i in known else i for i in wanted}

    def _side(self, actor: str, roll_up: bool) -> list[str]:
        """The actor, and with ``roll_up`` every actor serving it."""
        return sorted({actor} | ({a.id for a in self.members(actor)} if roll_up else set()))

    def signed_ties(self, *, roll_up: bool) -> list[Tie]:
        """See :meth:`graphkb.reader.StanceReader.signed_ties`: folded from
        :meth:`signed_rows`."""
        weights: dict[tuple[str, str], list[float]] = {}
        for a, b, kind, mod, confidence, _, n in self.signed_rows(
            FACTUAL, roll_up=roll_up, dated=False
        ):
            if a != b:
                entry = weights.setdefault((a, b) if a < b else (b, a), [0.0, 0])
                entry[0] += signed_unit(kind, mod) * confidence
                entry[1] += n
        return [(a, b, w, int(n)) for (a, b), (w, n) in sorted(weights.items())]

    def signed_rows(
        self,
        modalities: Sequence[Modality],
        *,
        roll_up: bool,
        dated: bool,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> list[SignedRow]:
        """See :meth:`graphkb.reader.StanceReader.signed_rows`: one GROUP BY query."""
        text, subs = to_sparql(StanceFilter(modalities=modalities, since=since, until=until))
        day = " ?date" if dated else ""
        query = (
            f"SELECT ?src ?tgt ?type ?mod{day} (SUM(?conf) AS ?w) (COUNT(?st) AS ?n) WHERE {{ "
            f"{text} ?st gk:confidence ?conf . "
            + ("OPTIONAL { ?st dcterms:date ?date } " if dated else "")
            + f"}} GROUP BY ?src ?tgt ?type ?mod{day}"
        )
        rows = [
            (
                _id(row["src"]),
                _id(row["tgt"]),
                StanceType(_id(row["type"])),
                Modality(_id(row["mod"])),
                _float(row["w"]),
                dt.date.fromisoformat(row["date"].value)
                if dated and isinstance(row["date"], ox.Literal)
                else None,
                _int(row["n"]),
            )
            for row in self._select(query, subs)
        ]
        if not roll_up:
            return rows
        homes = self._homes({r[0] for r in rows} | {r[1] for r in rows})
        folded: dict[tuple[str, str, StanceType, Modality, dt.date | None], list[float]] = {}
        for a, b, kind, mod, confidence, date, n in rows:
            entry = folded.setdefault((homes[a], homes[b], kind, mod, date), [0.0, 0])
            entry[0] += confidence
            entry[1] += n
        return [(*key[:4], w, key[4], int(n)) for key, (w, n) in folded.items()]

    def pair_relation(self, a: str, b: str, *, roll_up: bool) -> tuple[float, int]:
        """See :meth:`graphkb.reader.StanceReader.pair_relation`: folded from
        :meth:`pair_kinds`."""
        kinds = sorted(
            self.pair_kinds(a, b, FACTUAL, roll_up=roll_up), key=lambda k: (k[0].value, k[1].value)
        )
        return sum(signed_unit(t, m) * w for t, m, w, _ in kinds), sum(n for *_, n in kinds)

    def latest_between_sides(
        self, a: str, b: str, modalities: Sequence[Modality], latest: int | None
    ) -> list[Stance]:
        """See :meth:`graphkb.reader.StanceReader.latest_between_sides`."""
        one, two = self._side(a, True), self._side(b, True)
        found: dict[str, Stance] = {}
        for sources, targets in ((one, two), (two, one)):
            wanted = set(targets)
            for source in sources:
                where = StanceFilter(source, None, modalities=modalities)
                found.update((s.id, s) for s in self.stances(where) if s.target in wanted)
        ordered = sorted(found.values(), key=_stance_order)
        return ordered[-latest:] if latest else ordered

    def pair_kinds(
        self, a: str, b: str, modalities: Sequence[Modality], *, roll_up: bool
    ) -> list[tuple[StanceType, Modality, float, int]]:
        """See :meth:`graphkb.reader.StanceReader.pair_kinds`."""
        one, two = self._side(a, roll_up), self._side(b, roll_up)
        text, _ = to_sparql(StanceFilter(modalities=modalities))
        totals: dict[tuple[StanceType, Modality], list[float]] = {}
        for sources, targets in ((one, two), (two, one)):
            for chunk in _chunks(sources):
                query = (
                    "SELECT ?tgt ?type ?mod (SUM(?conf) AS ?w) (COUNT(?st) AS ?n) WHERE { "
                    f"{_actors('src', chunk)} {text} ?st gk:confidence ?conf . }} "
                    "GROUP BY ?tgt ?type ?mod"
                )
                wanted = set(targets)
                for row in self._select(query):
                    if _id(row["tgt"]) in wanted:
                        key = (StanceType(_id(row["type"])), Modality(_id(row["mod"])))
                        entry = totals.setdefault(key, [0.0, 0])
                        entry[0] += _float(row["w"])
                        entry[1] += _int(row["n"])
        return [(t, m, w, int(n)) for (t, m), (w, n) in sorted(totals.items())]

    def corroboration(
        self, source: str, target: str, kind: StanceType, modalities: Sequence[Modality]
    ) -> tuple[int, int]:
        """See :meth:`graphkb.reader.StanceReader.corroboration`: the documents of every type
        between ``source`` and ``target`` are read at the first call and kept for the rest."""
        key = (source, target, tuple(modalities))
        if key not in self._corroborations:
            where = StanceFilter(source, target, modalities=modalities)
            by_type: dict[StanceType, dict[str, str]] = {}
            for row in self._documents_of(where, "?type"):
                by_type.setdefault(StanceType(_id(row["type"])), {}).update(_published(row))
            self._corroborations[key] = by_type
        return _tally(self._corroborations[key].get(kind, {}))

    def sources(
        self, others: Sequence[str], anchor: str, where: StanceFilter
    ) -> dict[str, tuple[int, int]]:
        """See :meth:`graphkb.reader.StanceReader.sources`: at most two queries, for the
        stances of ``others`` only when they are few (a ranking's shown rows), else of every
        actor toward the anchor."""
        wanted = sorted(set(others))
        found = self._sources_toward(anchor, where, wanted if len(wanted) <= _FEW else None)
        return {other: _tally(found.get(other, {})) for other in others}

    def _sources_toward(
        self, anchor: str, where: StanceFilter, others: Sequence[str] | None
    ) -> dict[str, dict[str, str]]:
        """Per actor (of ``others``, or all): the documents of its stances toward ``anchor``
        that ``where`` lets through (and, for symmetric types, of the anchor's toward it),
        each side rolled up to its country if asked."""
        found: dict[str, dict[str, str]] = {}
        symmetric = [t for t in where.type_set if t.symmetric]
        for kinds, near, far in ((where.type_set, "tgt", "src"), (symmetric, "src", "tgt")):
            if not kinds:
                continue
            chosen = replace(where, types=list(kinds))
            # Rolled up, a side is an actor and everyone serving it (a zero-or-one path):
            # 3-5x faster on the Oxigraph server than naming the ~1k members of the US.
            side = (
                f"?{near} gk:country? {rdf.actor_iri(anchor)} ."
                if where.roll_up
                else _actors(near, [anchor])
            )
            if others is None:  # keyed by each actor and, rolled up, its country
                far_side, keys = "", [far, "home"] if where.roll_up else [far]
                home = f"OPTIONAL {{ ?{far} gk:country ?home }}" if where.roll_up else ""
            elif where.roll_up:
                shown = _actors("shown", others)
                far_side, keys, home = f"{shown} ?{far} gk:country? ?shown .", ["shown"], ""
            else:
                far_side, keys, home = _actors(far, others), [far], ""
            keep = " ".join(f"?{k}" for k in keys)
            for row in self._documents_of(chosen, keep, f"{far_side} {side}", home):
                published = _published(row)
                for other in {_id(row[k]) for k in keys} - {""}:
                    found.setdefault(other, {}).update(published)
        return found

    def _documents_of(
        self, where: StanceFilter, keep: str, before: str = "", after: str = ""
    ) -> Iterable[ox.QuerySolution]:
        """The stances ``where`` lets through (patterns ``before`` and ``after`` its own), as
        rows of ``keep`` (variables), their document ``?doc`` and its publisher ``?pub`` (when
        it has one), distinct."""
        text, subs = to_sparql(where)
        query = (
            f"SELECT DISTINCT {keep} ?doc ?pub {_projected(subs, *keep.replace('?', '').split())}"
            f" WHERE {{ {before} {text} {after} ?st prov:wasDerivedFrom ?doc ."
            " OPTIONAL { ?doc dcterms:publisher ?pub } }"
        )
        return self._select(query, subs)

    def _dispute_rows(self, stances: Iterable[Stance]) -> list[DisputeRow]:
        stances = list(stances)
        ids = {s.source for s in stances} | {s.target for s in stances}
        homes = self._homes(ids | {s.attributed_to for s in stances if s.attributed_to})
        return [
            (
                s.id,
                s.type.value,
                s.modality.value,
                s.source,
                s.target,
                s.attributed_to,
                s.evidence.document,
                s.evidence.start,
                s.evidence.end,
                homes[s.source],
                homes[s.target],
                homes[s.attributed_to] if s.attributed_to else None,
                s.date.isoformat() if s.date else None,
            )
            for s in stances
        ]

    def dispute_rows(self, side: str | None, *, answers: bool) -> list[DisputeRow]:
        """See :meth:`graphkb.reader.StanceReader.dispute_rows`."""
        if answers:
            wheres = [
                StanceFilter(types=[StanceType.REJECT], modalities=FACTUAL),
                StanceFilter(modalities=[Modality.NEGATED]),
            ]
        else:
            wheres = [
                StanceFilter(types=[StanceType.ACCUSE], modalities=FACTUAL),
                StanceFilter(modalities=[Modality.REPORTED]),
            ]
        found: dict[str, Stance] = {}
        for where in wheres:
            found.update((s.id, s) for s in self.stances(where))
        rows = self._dispute_rows(found.values())
        if side is None:
            return rows
        return [
            r
            for r in rows
            if side in (r[9], r[10])
            or (not answers and r[2] == Modality.REPORTED.value and r[11] == side)
        ]

    def dispute_tally(self, side: str | None) -> DisputeTally | None:
        """See :meth:`graphkb.reader.StanceReader.dispute_tally`: None, as SPARQL counts no
        faster than the caller does from the rows."""
        return None

    def same_stances(self, keys: Sequence[tuple[str, str, str]]) -> list[DisputeRow]:
        """See :meth:`graphkb.reader.StanceReader.same_stances`."""
        out: list[DisputeRow] = []
        for source, target, kind in sorted(set(keys)):
            where = StanceFilter(
                source,
                target,
                types=[StanceType(kind)],
                modalities=[Modality.NEGATED, Modality.ASSERTED],
            )
            found = self.stances(where)
            out += self._dispute_rows(
                s for s in found if s.modality is Modality.NEGATED or s.attributed_to
            )
        return out

    def accusations_in(self, document: str) -> list[tuple[int | None, int | None, str, str]]:
        """See :meth:`graphkb.reader.StanceReader.accusations_in`."""
        subs = {"doc": rdf.document_iri(document), "type": rdf.type_iri(StanceType.ACCUSE)}
        rows = self._select(
            "SELECT ?st ?doc ?type WHERE { ?st prov:wasDerivedFrom ?doc ; gk:stanceType ?type }",
            subs,
        )
        ids = sorted({str(row["st"].value)[len(rdf.GKS) :] for row in rows if row["st"]})
        found = self._dispute_rows(self.stances(ids=ids) if ids else [])
        return [(r[7], r[8], r[10], r[11] or r[9]) for r in found]


def _published(row: ox.QuerySolution) -> dict[str, str]:
    """A row's document id -> its publisher, or "doc:" + its id when it names none (then it
    counts as a publisher of its own)."""
    doc, publisher = _id(row["doc"]), row["pub"]
    named = publisher is not None and publisher.value
    return {doc: str(publisher.value) if named else f"doc:{doc}"}


def _tally(published: Mapping[str, str]) -> tuple[int, int]:
    """Distinct documents and publishers."""
    return len(published), len(set(published.values()))


def _stance_order(s: Stance) -> tuple[dt.date, str, int, str]:
    return (s.date or dt.date.min, s.evidence.document, s.evidence.start or 0, s.id)


def _fold(rows: Iterable[ox.QuerySolution]) -> list[Stance]:
    """Rows of (stance node, predicate, object) folded into one stance per node."""
    nodes: dict[str, dict[str, ox.NamedNode | ox.Literal | ox.BlankNode | ox.Triple]] = {}
    for row in rows:
        node, predicate, obj = row["st"], row["p"], row["o"]
        if node is not None and predicate is not None and obj is not None:
            nodes.setdefault(node.value, {})[predicate.value] = obj
    stances = (rdf.stance_from_fields(fields, node) for node, fields in nodes.items())
    return [s for s in stances if s is not None]
