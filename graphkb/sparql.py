"""User SPARQL: SELECT, ASK, CONSTRUCT and DESCRIBE over the store, read-only by default.

Results come back as a :class:`SparqlResult` that renders as a table, SPARQL JSON results,
CSV, or (for graph results) Turtle / N-Triples. An update is refused unless the caller says
``allow_update``; the refusal happens before anything touches the store.
"""

from __future__ import annotations

import csv
import io
import json
import re
import threading
from dataclasses import dataclass, field
from typing import Any, TypedDict

import pyoxigraph as ox

from graphkb import rdf
from graphkb._cells import safe_row
from graphkb._exceptions import QueryError
from graphkb._guards import MAX_NESTING
from graphkb.sparql_text import (
    UPDATE_FORMS,
    nesting_depth,
    query_form,
    uses_keyword,
    uses_service,
)
from graphkb.stores import StanceStore

__all__ = ["SparqlResult", "run"]

_COMMENT = re.compile(r"#[^\n]*")


@dataclass
class SparqlResult:
    """The answer to one SPARQL request."""

    kind: str  # "select" | "ask" | "graph" | "update"
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, ox.NamedNode | ox.BlankNode | ox.Literal | None]] = field(
        default_factory=list
    )
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    truncated: bool = False

    def plain_rows(self) -> list[dict[str, str | None]]:
        """Rows with every term as its lexical value (IRIs shortened with graphkb prefixes)."""
        return [{v: _short(row.get(v)) for v in self.variables} for row in self.rows]

    def to_json(self) -> str:
        """SPARQL 1.1 JSON results for SELECT/ASK; JSON-LD for graph results."""
        if self.kind == "ask":
            return json.dumps({"head": {}, "boolean": self.boolean})
        if self.kind == "graph":
            return (ox.serialize(self.triples, format=ox.RdfFormat.JSON_LD) or b"").decode()
        bindings = [
            {v: _json_term(t) for v, t in row.items() if t is not None} for row in self.rows
        ]
        return json.dumps(
            {"head": {"vars": self.variables}, "results": {"bindings": bindings}},
            ensure_ascii=False,
            indent=1,
        )

    def to_csv(self) -> str:
        """CSV with a header row (SELECT), one ``true``/``false`` cell (ASK), N-Triples (graph)."""
        if self.kind == "graph":
            return self.to_rdf(ox.RdfFormat.N_TRIPLES)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        if self.kind == "ask":
            writer.writerow(["boolean"])
            writer.writerow(["true" if self.boolean else "false"])
        else:
            writer.writerow(self.variables)
            for row in self.rows:
                writer.writerow(
                    safe_row(
                        None if row.get(v) is None else row[v].value  # type: ignore[union-attr]
                        for v in self.variables
                    )
                )
        return out.getvalue()

    def to_rdf(self, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> str:
        """Graph results serialised (Turtle with graphkb's prefixes by default)."""
        prefixes = dict(rdf.PREFIXES) if fmt is ox.RdfFormat.TURTLE else None
        return (ox.serialize(self.triples, format=fmt, prefixes=prefixes) or b"").decode()


def _short(term: Any) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        for prefix, iri in rdf.PREFIXES.items():
            if term.value.startswith(iri) and re.fullmatch(r"[\w-]+", term.value[len(iri) :]):
                return f"{prefix}:{term.value[len(iri) :]}"
        return term.value
    return str(term.value)


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != rdf.XSD + "string":
        out["datatype"] = term.datatype.value
    return out


def _is_update(query: str) -> bool:
    """Whether ``query`` is a SPARQL update, by its first keyword: never by running it (an
    update tried on a scratch store would still LOAD from the network or fail on DROP)."""
    return query_form(query) in UPDATE_FORMS


class Limits(TypedDict, total=False):
    """What a query may do and how long and large it may run (see :func:`run`)."""

    allow_update: bool
    timeout: float | None
    max_rows: int | None


def run(
    store: StanceStore,
    query: str,
    *,
    allow_update: bool = False,
    timeout: float | None = None,
    max_rows: int | None = None,
) -> SparqlResult:
    """Execute ``query``; graphkb's prefixes (gk:, gka:, gkt:, ...) are predeclared.

    A query running longer than ``timeout`` seconds (default ``$GRAPHKB_QUERY_TIMEOUT``) raises
    QueryError; the evaluation is abandoned in a background thread (the store is only read, so
    nothing is at risk). SELECT results stop at ``max_rows`` (default ``$GRAPHKB_MAX_ROWS``) with
    ``truncated`` set.
    """
    from graphkb import limits

    seconds = timeout if timeout is not None else limits.query_timeout()
    cap = max_rows if max_rows is not None else limits.max_rows()
    outcome: dict[str, SparqlResult | BaseException] = {}

    def work() -> None:
        try:
            outcome["result"] = _evaluate(store, query, allow_update, cap)
        except BaseException as exc:  # handed to the caller's thread below
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="graphkb-sparql", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise QueryError(
            f"the query ran longer than {seconds:g} s; narrow it or add LIMIT, "
            "or raise GRAPHKB_QUERY_TIMEOUT"
        )
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    result = outcome["result"]
    assert isinstance(result, SparqlResult)
    return result


def _evaluate(store: StanceStore, query: str, allow_update: bool, cap: int) -> SparqlResult:
    if not _COMMENT.sub("", query).strip():
        raise QueryError("the SPARQL query is empty; pass a query or --file FILE")
    if uses_service(query):
        raise QueryError(
            "SERVICE (a federated query) would fetch from another server over the network, "
            "and graphkb sparql reads only its own store; query that endpoint directly, or "
            "export its data and load it with graphkb load"
        )
    depth = nesting_depth(query)
    if depth > MAX_NESTING:  # Oxigraph's parser recurses per level: deeper crashes the process
        raise QueryError(
            f"SPARQL query nested {depth:,} levels deep; graphkb reads at most {MAX_NESTING} "
            "levels of brackets: flatten it"
        )
    try:
        answer = store.query(query)
    except QueryError:
        if not _is_update(query):
            raise
        if not allow_update:
            raise QueryError(
                "that is a SPARQL update and graphkb sparql is read-only; "
                "rerun with --allow-update to change the store"
            ) from None
        if uses_keyword(query, "LOAD"):
            raise QueryError(
                "LOAD would fetch a file over the network and parse it without graphkb's "
                "checks; download it and add it with graphkb load FILE"
            ) from None
        store.update(query)
        return SparqlResult(kind="update")
    failure = None
    try:
        result = _read(answer, cap)
    except (OSError, RuntimeError, ValueError) as exc:  # raised while the answer is read
        failure = " ".join(str(exc).split())[:300]
    # Drop the engine's result object here, in the thread that made it (pyoxigraph's result
    # iterators must not be freed on another thread), before any error travels on.
    del answer
    if failure is not None:
        raise QueryError(f"the query failed while its results were read: {failure}")
    return result


def _read(answer: Any, cap: int) -> SparqlResult:
    if isinstance(answer, ox.QueryBoolean):
        return SparqlResult(kind="ask", boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples | list):
        return SparqlResult(kind="graph", triples=list(answer))
    variables = [v.value for v in answer.variables]
    rows: list[dict[str, ox.NamedNode | ox.BlankNode | ox.Literal | None]] = []
    for solution in answer:
        if len(rows) == cap:
            return SparqlResult(kind="select", variables=variables, rows=rows, truncated=True)
        rows.append({v: solution[v] for v in variables})
    return SparqlResult(kind="select", variables=variables, rows=rows)
