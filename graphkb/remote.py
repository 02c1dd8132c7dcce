"""A store on a remote SPARQL 1.1 endpoint (Oxigraph server, Fuseki, GraphDB, Virtuoso, Neptune).

``--endpoint URL`` (or ``$GRAPHKB_ENDPOINT``) points every command here instead of the embedded
store. Queries are POSTed with the SPARQL 1.1 protocol; results come back as SPARQL JSON (or
N-Triples for graph results) and are parsed by pyoxigraph, so the rest of graphkb cannot tell
the difference. Writes are SPARQL updates, batched (``INSERT DATA`` of up to
``UPDATE_BATCH`` quads per request, one request per document where it fits), never a round trip
per triple.

graphkb's queries address the union of the named graphs as the default graph: the endpoint must
be set up that way (Oxigraph: the ``union-default-graph`` request option, which graphkb sends;
Fuseki: ``tdb2:unionDefaultGraph true``; GraphDB and Virtuoso do so by default).

Values that graphkb binds into its own queries (actor IRIs) are written as a ``VALUES`` clause of
terms serialised and escaped by pyoxigraph; no user text is ever spliced into a query.
"""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pyoxigraph as ox

from graphkb._exceptions import QueryError, StoreError
from graphkb._guards import MAX_NESTING, json_depth
from graphkb.limits import endpoint_timeout
from graphkb.sparql_text import query_form
from graphkb.store import _PREFIX_TEXT, Store, syntax_error

__all__ = ["UPDATE_BATCH", "EndpointStore"]

UPDATE_BATCH = 5000
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def _update_url(query_url: str) -> str:
    """Oxigraph and Fuseki serve updates at /update beside /query; others at the same URL."""
    if query_url.rstrip("/").endswith("/query"):
        return query_url.rstrip("/")[: -len("query")] + "update"
    return query_url


class EndpointStore(Store):
    """graphkb's store operations over HTTP against a SPARQL 1.1 endpoint."""

    def __init__(self, url: str, *, update_url: str | None = None, read_only: bool = True) -> None:
        parsed = urllib.parse.urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise StoreError(
                f"endpoint {url!r} is not an http(s) URL; pass e.g. http://127.0.0.1:7878/query"
            )
        super().__init__(ox.Store(), None, read_only=read_only)
        self.url = url
        self.update_url = update_url or _update_url(url)

    @classmethod
    def connect(cls, url: str, *, read_only: bool = True) -> EndpointStore:
        """Connect, and load the bundled data when the endpoint holds no graphkb data yet."""
        store = cls(url, read_only=False)
        if not store.is_bootstrapped():
            store.bootstrap()
        store.read_only = read_only
        return store

    # -- HTTP ------------------------------------------------------------------------------
    def _post(self, url: str, body: str, content_type: str, accept: str) -> bytes:
        params = urllib.parse.urlencode({"union-default-graph": ""})
        request = urllib.request.Request(  # noqa: S310 (scheme checked in __init__)
            f"{url}{'&' if '?' in url else '?'}{params}",
            data=body.encode("utf-8"),
            headers={"Content-Type": content_type, "Accept": accept, "User-Agent": "graphkb"},
            method="POST",
        )
        limit = endpoint_timeout()
        deadline = time.monotonic() + limit
        try:
            with urllib.request.urlopen(request, timeout=limit) as response:  # noqa: S310
                # The socket timeout bounds each read; the deadline bounds the whole answer,
                # so a server trickling bytes cannot hold a command for longer.
                chunks = []
                while chunk := response.read1(1 << 16):
                    chunks.append(chunk)
                    if time.monotonic() > deadline:
                        raise TimeoutError(f"no complete answer within {limit:g} s")
                return b"".join(chunks)
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            reason = detail[0][:300] if detail else exc.reason
            if exc.code == 400:
                raise QueryError(f"the endpoint refused the request: {reason}") from None
            raise StoreError(
                f"the SPARQL endpoint {url} answered HTTP {exc.code}: {reason}"
            ) from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            cause = exc.reason if isinstance(exc, urllib.error.URLError) else exc
            raise StoreError(
                f"cannot reach the SPARQL endpoint {url} ({cause}); check --endpoint, that the "
                "server is running, or raise GRAPHKB_ENDPOINT_TIMEOUT"
            ) from None

    # -- reading ---------------------------------------------------------------------------
    def query(
        self,
        sparql: str,
        substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
        *,
        prefixes: bool = True,
    ) -> Any:
        """Run a query on the endpoint; bound values become an escaped VALUES clause.

        The answer must have the shape the query asks for (a yes/no for ASK, a table of the
        query's own variables for SELECT), else a StoreError names what came back."""
        try:
            # Run on an empty store: checks the syntax and gives the variables to expect.
            probe = ox.Store().query(_PREFIX_TEXT + sparql if prefixes else sparql)
        except SyntaxError as exc:
            raise syntax_error(exc, prefixed=prefixes, query=sparql) from None
        expected = _names(probe.variables) if isinstance(probe, ox.QuerySolutions) else []
        del probe
        text = _bind(sparql, substitutions or {})
        text = _PREFIX_TEXT + text if prefixes else text
        kind = _query_kind(text)
        accept = "application/n-triples" if kind == "graph" else "application/sparql-results+json"
        data = self._post(self.url, text, "application/sparql-query", accept)
        if kind == "graph":
            try:
                return _Triples(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
            except SyntaxError as exc:
                raise self._misshapen(f"with something other than {accept} ({exc})") from None
        if (depth := json_depth(data)) > MAX_NESTING:  # deeper would crash the parser
            raise self._misshapen(f"JSON nested {depth:,} levels deep")
        result: Any = None
        answer: Any = None
        try:
            answer = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
            problem = _shape_problem(answer, kind, expected)
            if problem is None:
                result = answer if kind == "ask" else _Solutions(answer.variables, list(answer))
        except SyntaxError as exc:
            problem = f"with something other than {accept} ({exc})"
        # Drop the engine's result object here, in the thread that made it (pyoxigraph's
        # result iterators must not be freed on another thread), before any error travels on.
        answer = None
        if problem is not None:
            raise self._misshapen(problem)
        return result

    def _misshapen(self, what: str) -> StoreError:
        return StoreError(
            f"the SPARQL endpoint {self.url} answered {what}; check that --endpoint is the "
            "query URL of a SPARQL 1.1 server"
        )

    def quads(self) -> Iterator[ox.Quad]:
        rows = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        for row in rows:
            yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def has_document(self, document_id: str) -> bool:
        from graphkb import rdf

        ask = f"ASK {{ GRAPH {rdf.document_iri(document_id)} {{ ?s ?p ?o }} }}"
        return bool(self.query(ask, prefixes=False))

    # -- writing ---------------------------------------------------------------------------
    def update(self, sparql: str) -> None:
        self._writable()
        self._post(self.update_url, _PREFIX_TEXT + sparql, "application/sparql-update", "*/*")
        self._forget_actors()

    def _insert(self, quads: Iterable[ox.Quad]) -> int:
        sent = 0
        batch: list[ox.Quad] = []
        for quad in quads:
            batch.append(quad)
            if len(batch) >= UPDATE_BATCH:
                sent += self._send(batch)
                batch = []
        if batch:
            sent += self._send(batch)
        self._forget_actors()
        return sent

    def _send(self, batch: list[ox.Quad]) -> int:
        by_graph: dict[str, list[str]] = {}
        for q in batch:
            triple = f"{q.subject} {q.predicate} {q.object} ."
            by_graph.setdefault(str(q.graph_name), []).append(triple)
        body = (
            "INSERT DATA {\n"
            + "\n".join(
                (f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}")
                if g != "DEFAULT"
                else "\n".join(lines)
                for g, lines in by_graph.items()
            )
            + "\n}"
        )
        self._post(self.update_url, body, "application/sparql-update", "*/*")
        return len(batch)

    def _extend(self, quads: Iterable[ox.Quad], *, count_new: bool) -> int:
        """Insert quads in batched updates; returns how many triples were new (or sent)."""
        self._writable()
        if not count_new:
            return self._insert(quads)
        before = self._total()
        self._insert(quads)
        return self._total() - before

    def _bulk(self, quads: Iterable[ox.Quad]) -> int:
        self._writable()
        return self._insert(quads)

    def _total(self) -> int:
        rows = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(rows[0]["n"].value)

    def remove_document(self, document_id: str) -> None:
        from graphkb import rdf

        self._writable()
        self._post(
            self.update_url,
            f"DROP SILENT GRAPH {rdf.document_iri(document_id)}",
            "application/sparql-update",
            "*/*",
        )

    def close(self) -> None:
        self._forget_actors()


class _Triples(list[ox.Triple]):
    """CONSTRUCT/DESCRIBE results from an endpoint, shaped like pyoxigraph's QueryTriples."""


class _Solutions:
    """SELECT results from an endpoint, read whole, shaped like pyoxigraph's QuerySolutions."""

    def __init__(self, variables: list[ox.Variable], rows: list[ox.QuerySolution]) -> None:
        self.variables = variables
        self._rows = rows

    def __iter__(self) -> Iterator[ox.QuerySolution]:
        return iter(self._rows)


def _names(variables: Iterable[ox.Variable]) -> list[str]:
    return [v.value for v in variables]


def _shape_problem(answer: Any, kind: str, expected: list[str]) -> str | None:
    """What is wrong with the shape of ``answer`` to a ``kind`` query over ``expected``
    variables (in any order), or None."""
    if kind == "ask":
        return None if isinstance(answer, ox.QueryBoolean) else "a table of results to an ASK query"
    if not isinstance(answer, ox.QuerySolutions):
        return f"a yes/no (ASK) result to a {kind.upper()} query"
    variables = _names(answer.variables)
    if sorted(variables) == sorted(expected):
        return None
    got = " ".join(f"?{v}" for v in variables) or "none"
    wanted = " ".join(f"?{v}" for v in expected) or "none"
    return f"with the variables {got}, where the query asked for {wanted}"


def _query_kind(text: str) -> str:
    kind = query_form(text)
    return "graph" if kind in ("CONSTRUCT", "DESCRIBE") else kind.lower()


def _bind(sparql: str, substitutions: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """Bind variables with a VALUES clause at the top of the (first) WHERE group."""
    if not substitutions:
        return sparql
    names = " ".join(f"?{name}" for name in substitutions)
    values = " ".join(str(term) for term in substitutions.values())
    clause = f"VALUES ({names}) {{ ({values}) }}\n"
    match = _WHERE.search(sparql)
    if match is None:
        raise QueryError("internal query without WHERE cannot take bound values")
    return sparql[: match.end()] + "\n" + clause + sparql[match.end() :]
