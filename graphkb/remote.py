"""A store on a remote SPARQL 1.1 endpoint (Oxigraph server, Fuseki, GraphDB, Virtuoso, Neptune).

``--endpoint URL`` (or ``$GRAPHKB_ENDPOINT``) points every command here instead of the embedded
store. Queries and updates are sent with the SPARQL 1.1 protocol in the form every server
answers, a form-encoded POST (``query=`` / ``update=``): Virtuoso 7 never answers the direct POST
(``application/sparql-query``). Only a server that refuses the form (HTTP 415) gets the direct
POST. Results come back as SPARQL JSON (or N-Triples for graph results) and are parsed by
pyoxigraph, so the rest of graphkb cannot tell the difference. A named graph of
``UPDATE_BATCH`` triples or more is written through the SPARQL 1.1 Graph Store HTTP Protocol
where the server offers it (Oxigraph's ``/store``, Virtuoso's ``/sparql-graph-crud``): one POST
of Turtle per graph. Smaller graphs (a document's stances) go together as SPARQL updates,
batched (``INSERT DATA`` of up to ``UPDATE_BATCH`` quads per request), never a round trip per
triple. An endpoint has no embedded store: what needs one (backup, reindex) is refused.

graphkb's queries address the union of the named graphs as the default graph: the endpoint must
be set up that way (Oxigraph: the ``union-default-graph`` request option, which graphkb sends;
Fuseki: ``tdb2:unionDefaultGraph true``; GraphDB and Virtuoso do so by default). Virtuoso's
default graph also holds its own system graphs; graphkb recognises Virtuoso by its ``Server``
header and leaves those graphs out of what it reads whole (export, the triple counts). Its
``input:*-graph-exclude`` pragmas cannot do that: with them, Virtuoso 7.2 answers
``ASK { GRAPH <g> {...} }`` yes for a missing graph. Virtuoso's ASK answer (a table of one
row for yes, none for no) is read as the yes/no it stands for.

Values that graphkb binds into its own queries (actor IRIs) are written as a ``VALUES`` clause of
terms serialised and escaped by pyoxigraph; no user text is ever spliced into a query.
"""

from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from graphkb import _sparql_records as records
from graphkb import rdf
from graphkb._exceptions import QueryError, StoreError
from graphkb._guards import MAX_NESTING, json_depth
from graphkb.limits import endpoint_timeout
from graphkb.model import Actor, Document, Stance
from graphkb.sparql_text import query_form
from graphkb.store import _PREFIX_TEXT, _PREFIXES, syntax_error

if TYPE_CHECKING:
    from graphkb.reader import StanceReader

__all__ = ["GRAPH_STORE_BATCH", "UPDATE_BATCH", "EndpointStore"]

# Virtuoso 7.2's SPARQL compiler runs out of memory on an INSERT DATA of 5,000 quads of the
# bundled actors ("SP030 ... memory exhausted"); 2,500 go through.
UPDATE_BATCH = 2500
GRAPH_STORE_BATCH = 200_000
"""Quads held before they are sent through the Graph Store (one request per named graph)."""
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_FORM = "application/x-www-form-urlencoded"
_DIRECT = {"query": "application/sparql-query", "update": "application/sparql-update"}
_JSON = "application/sparql-results+json"
# Graphs a fresh Virtuoso holds for itself (its RDF views, LDP terms); the graph of its own
# service description, whose name depends on its configuration, is found by a query.
_VIRTUOSO_GRAPHS = ("http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#")
_SERVICE_GRAPHS = (
    "SELECT DISTINCT ?g WHERE { GRAPH ?g "
    "{ ?g a <http://www.w3.org/ns/sparql-service-description#Service> } }"
)
_ASK_TRUE = b'{"head": {}, "boolean": true}'
_ASK_FALSE = b'{"head": {}, "boolean": false}'


def _update_url(query_url: str) -> str:
    """Oxigraph and Fuseki serve updates at /update beside /query; others at the same URL."""
    if query_url.rstrip("/").endswith("/query"):
        return query_url.rstrip("/")[: -len("query")] + "update"
    return query_url


class EndpointStore:
    """graphkb's store operations over HTTP against a SPARQL 1.1 endpoint.

    It holds the endpoint's address and what it learnt of the server, never data of its own:
    every method reads or writes the endpoint. What needs the embedded store (a backup, the
    stance index, Oxigraph itself, curation's rewrites) is not here; :class:`~graphkb.store.Store`
    has it."""

    def __init__(self, url: str, *, update_url: str | None = None, read_only: bool = True) -> None:
        parsed = urllib.parse.urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise StoreError(
                f"endpoint {url!r} is not an http(s) URL; pass e.g. http://127.0.0.1:7878/query"
            )
        self.url = url
        self.update_url = update_url or _update_url(url)
        self.read_only = read_only
        self.server = ""  # the Server header of the last answer
        self._direct = False  # the server refused a form-encoded POST: send the direct POST
        self._not_server: str | None = None  # see _server_graphs; None: not probed yet
        self._graph_store: str | None = None  # see _graph_store_url; "": none, use updates
        self._actors = records.ActorCache(self.read_actors)

    @classmethod
    def connect(cls, url: str, *, read_only: bool = True) -> EndpointStore:
        """Connect, and load the bundled data when the endpoint holds no graphkb data yet."""
        store = cls(url, read_only=False)
        if not store.is_bootstrapped():
            store.bootstrap()
        store.read_only = read_only
        return store

    def close(self) -> None:
        """Forget what was read (there is no connection to close: each request is its own)."""
        self._forget_actors()

    def __enter__(self) -> EndpointStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def index(self) -> None:
        """An endpoint has no stance index: queries there run as SPARQL."""
        return None

    def reader(self) -> StanceReader:
        """What queries read: SPARQL on the endpoint."""
        from graphkb.sparql_reader import SparqlReader

        return SparqlReader(self)

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only; open it with read_only=False to write")

    def _forget_actors(self) -> None:
        self._actors.forget()

    # -- HTTP ------------------------------------------------------------------------------
    def _post(self, url: str, operation: str, text: str, accept: str) -> bytes:
        """POST one SPARQL ``operation`` ("query" or "update") and return the answer's body.

        Form-encoded, as every server answers; the direct POST once a server has refused the
        form with HTTP 415 (then for the rest of this store's life)."""
        try:
            return self._send_request(url, operation, text, accept)
        except _FormRefusedError:
            self._direct = True  # a second 415 is then an HTTP error like any other
            return self._send_request(url, operation, text, accept)

    def _send_request(self, url: str, operation: str, text: str, accept: str) -> bytes:
        if self._direct:
            body, content_type = text.encode("utf-8"), _DIRECT[operation]
        else:
            body, content_type = urllib.parse.urlencode({operation: text}).encode(), _FORM
        params = urllib.parse.urlencode({"union-default-graph": ""})
        request = urllib.request.Request(  # noqa: S310 (scheme checked in __init__)
            f"{url}{'&' if '?' in url else '?'}{params}",
            data=body,
            headers={"Content-Type": content_type, "Accept": accept, "User-Agent": "graphkb"},
            method="POST",
        )
        limit = endpoint_timeout()
        deadline = time.monotonic() + limit
        try:
            with urllib.request.urlopen(request, timeout=limit) as response:  # noqa: S310
                self.server = response.headers.get("Server", "")
                # The socket timeout bounds each read; the deadline bounds the whole answer,
                # so a server trickling bytes cannot hold a command for longer.
                chunks = []
                while chunk := response.read1(1 << 16):
                    chunks.append(chunk)
                    if time.monotonic() > deadline:
                        raise TimeoutError(f"no complete answer within {limit:g} s")
                if cut := response.headers.get("X-SPARQL-MaxRows"):  # Virtuoso's truncation
                    raise StoreError(
                        f"the SPARQL endpoint {url} cut its answer short at {cut[:20]} rows; "
                        "raise its limit (Virtuoso: ResultSetMaxRows in virtuoso.ini's [SPARQL])"
                    )
                return b"".join(chunks)
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            reason = detail[0][:300] if detail else exc.reason
            if exc.code == 415 and not self._direct:
                raise _FormRefusedError(reason) from None
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

    def _server_graphs(self) -> str:
        """A filter on ``?g`` leaving out the graphs the server keeps for itself (Virtuoso's
        system graphs, which its default graph includes); "" elsewhere. One probe, once."""
        if self._not_server is None:
            self._post(self.url, "query", "ASK {}", _JSON)  # only the Server header counts
            graphs: list[str] = []
            if self.server.startswith("Virtuoso"):
                graphs = [*_VIRTUOSO_GRAPHS]
                graphs += _graph_names(self._post(self.url, "query", _SERVICE_GRAPHS, _JSON))
            nodes = ", ".join(str(ox.NamedNode(g)) for g in graphs)
            self._not_server = f"FILTER (?g NOT IN ({nodes}))" if graphs else ""
        return self._not_server

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
            probe = ox.Store().query(sparql, prefixes=_PREFIXES if prefixes else None)
        except SyntaxError as exc:
            raise syntax_error(exc, query=sparql) from None
        expected = _names(probe.variables) if isinstance(probe, ox.QuerySolutions) else []
        del probe
        text = _bind(sparql, substitutions or {})
        text = _PREFIX_TEXT + text if prefixes else text
        kind = _query_kind(text)
        accept = "application/n-triples" if kind == "graph" else "application/sparql-results+json"
        data = self._post(self.url, "query", text, accept)
        if kind == "graph":
            try:
                triples = ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
                return _Triples(
                    ox.Triple(t.subject, t.predicate, _canonical(t.object)) for t in triples
                )
            except SyntaxError as exc:
                raise self._misshapen(f"with something other than {accept} ({exc})") from None
        if (depth := json_depth(data)) > MAX_NESTING:  # deeper would crash the parser
            raise self._misshapen(f"JSON nested {depth:,} levels deep")
        result: Any = None
        answer: Any = None
        try:
            data = _canonical_booleans(data)
            answer = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
            if kind == "ask":
                answer = _virtuoso_ask(answer)
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
        """Every quad in graphkb's named graphs (not the server's own)."""
        rows = self.query(
            f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._server_graphs()} }}"
        )
        for row in rows:
            yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def has_document(self, document_id: str) -> bool:
        """Whether the endpoint holds this document."""
        ask = f"ASK {{ GRAPH {rdf.document_iri(document_id)} {{ ?s ?p ?o }} }}"
        return bool(self.query(ask, prefixes=False))

    def is_bootstrapped(self) -> bool:
        """Whether the bundled vocabulary and data have been loaded."""
        return records.is_bootstrapped(self)

    def actors(self, ids: Iterable[str] | None = None) -> dict[str, Actor]:
        """Actors by id: all of them, or at least those in ``ids`` (read once, remembered
        until a write)."""
        return self._actors.get(ids)

    def read_actors(self, ids: Iterable[str] | None = None) -> dict[str, Actor]:
        """Actors by id, read from the endpoint."""
        return records.read_actors(self, ids)

    def documents(self, ids: Iterable[str] | None = None) -> dict[str, Document]:
        """Documents by id: all of them, or only those in ``ids``."""
        return records.read_documents(self, ids)

    def read_stances(
        self, ids: Iterable[str] | None = None, *, retracted: bool = False
    ) -> Iterator[Stance]:
        """Stances read from the endpoint: all of them, or those with these ids (retracted
        ones are never read: curation is made in an embedded store)."""
        from graphkb.sparql_reader import SparqlReader

        if retracted:
            return
        yield from SparqlReader(self).stances(ids=None if ids is None else list(ids))

    def known_stances(self, ids: Sequence[str]) -> set[str]:
        """Which of these stance ids the endpoint holds."""
        return records.known_stances(self, ids)

    def known_documents(self, ids: Sequence[str]) -> set[str]:
        """Which of these document ids the endpoint holds."""
        return records.known_documents(self, ids)

    def document_with_digest(self, sha256: str) -> str | None:
        """The id of a document whose text has this SHA-256, or None."""
        return records.document_with_digest(self, sha256)

    def count(self, sparql_pattern: str) -> int:
        """COUNT(*) of a graph pattern over the union of graphkb's graphs (on Virtuoso, the
        default graph would count its system graphs too)."""
        not_server = self._server_graphs()
        if not_server:
            sparql_pattern = f"GRAPH ?g {{ {sparql_pattern} }} {not_server}"
        return records.count(self, sparql_pattern)

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        """The endpoint's graphkb data serialised (all graphs for N-Quads/TriG, their union
        otherwise)."""
        return records.dump(self.quads(), fmt)

    # -- writing ---------------------------------------------------------------------------
    def update(self, sparql: str) -> None:
        """Run a SPARQL update on the endpoint (graphkb's prefixes predeclared)."""
        self._writable()
        self._post(self.update_url, "update", _PREFIX_TEXT + sparql, "*/*")
        self._forget_actors()

    def _insert(self, quads: Iterable[ox.Quad]) -> int:
        """Send quads: one Graph Store Protocol request per named graph where the server
        offers it, else INSERT DATA updates of up to ``UPDATE_BATCH`` quads."""
        sent = 0
        batch: list[ox.Quad] = []
        for quad in quads:
            batch.append(quad)
            if len(batch) >= (GRAPH_STORE_BATCH if self._graph_store_url() else UPDATE_BATCH):
                sent += self._store_graphs(batch) if self._graph_store_url() else self._send(batch)
                batch = []
        if batch:
            sent += self._store_graphs(batch) if self._graph_store_url() else self._send(batch)
        self._forget_actors()
        return sent

    def _graph_store_url(self) -> str:
        """The server's SPARQL 1.1 Graph Store endpoint, or "" where there is none known:
        Oxigraph's ``/store`` beside ``/query``, Virtuoso's ``/sparql-graph-crud``."""
        if self._graph_store is None:
            self._post(self.url, "query", "ASK {}", _JSON)  # only the Server header counts
            base = self.url.rstrip("/")
            if self.server.startswith("Virtuoso") and base.endswith("/sparql"):
                self._graph_store = base + "-graph-crud"
            elif self.server.lower().startswith("oxigraph") and base.endswith("/query"):
                self._graph_store = base[: -len("query")] + "store"
            else:
                self._graph_store = ""
        return self._graph_store

    def _store_graphs(self, quads: list[ox.Quad]) -> int:
        """POST each big named graph's triples (N-Triples, which is Turtle) to the Graph
        Store, one request per graph, and the small graphs' as INSERT DATA batches; falls
        back to updates if the server refuses."""
        by_graph: dict[str, list[str]] = {}
        for q in quads:
            by_graph.setdefault(_graph_key(q), []).append(
                f"{q.subject} {q.predicate} {q.object} .\n"
            )
        # A request per graph pays only for big graphs: Oxigraph commits each one, and 100k
        # stances in ~8k document graphs took 919 s that way against 95 s as INSERT DATA
        # batches (benchmarks/bench_remote.py). Small graphs go together as updates.
        small = [q for q in quads if len(by_graph[_graph_key(q)]) < UPDATE_BATCH]
        if small:
            for start in range(0, len(small), UPDATE_BATCH):
                self._send(small[start : start + UPDATE_BATCH])
        for name, lines in by_graph.items():
            if len(lines) < UPDATE_BATCH:
                continue
            target = urllib.parse.urlencode({"graph": name} if name else {"default": ""})
            body = "".join(lines).encode("utf-8")
            try:
                self._send_graph(f"{self._graph_store}?{target}", body)
            except _FormRefusedError:  # no Graph Store after all: updates from here on
                self._graph_store = ""
                return self._send(quads)
        return len(quads)

    def _send_graph(self, url: str, body: bytes) -> None:
        request = urllib.request.Request(  # noqa: S310 (scheme checked in __init__)
            url,
            data=body,
            headers={"Content-Type": "text/turtle", "User-Agent": "graphkb"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=endpoint_timeout()) as response:  # noqa: S310
                response.read()
        except urllib.error.HTTPError as exc:
            if exc.code in (401, 403, 404, 405, 415, 501):
                raise _FormRefusedError(str(exc.code)) from None
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            raise StoreError(
                f"the Graph Store endpoint {url} answered HTTP {exc.code}: "
                f"{detail[0][:300] if detail else exc.reason}"
            ) from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise StoreError(
                f"cannot reach the SPARQL endpoint's Graph Store {url} ({exc}); check that the "
                "server is running, or raise GRAPHKB_ENDPOINT_TIMEOUT"
            ) from None

    def add(
        self,
        actors: Iterable[Actor] = (),
        documents: Iterable[Document] = (),
        stances: Iterable[Stance] = (),
        *,
        bulk: bool = False,
        count_new: bool = True,
    ) -> int:
        """Send actors, documents and stances; returns how many quads were new (or sent, with
        ``bulk`` or ``count_new`` off)."""
        quads = rdf.all_quads(list(actors), list(documents), list(stances))
        return self.add_quads(quads, count_new=count_new and not bulk)

    def add_quads(self, quads: Iterable[ox.Quad], *, count_new: bool = True) -> int:
        """Send quads in batched updates; returns how many were new (counting costs two
        counts of the whole endpoint), or with ``count_new`` off how many were sent."""
        self._writable()
        if not count_new:
            return self._insert(quads)
        before = self.count("?s ?p ?o")
        self._insert(quads)
        return self.count("?s ?p ?o") - before

    def add_batches(
        self,
        batches: Iterable[tuple[Sequence[Actor], Sequence[Document], Sequence[Stance]]],
        *,
        on_batch: Callable[[int], None] | None = None,
    ) -> int:
        """Send many batches of (actors, documents, stances) to the endpoint, each through
        the Graph Store (one request per named graph) or INSERT DATA updates; returns the
        number of stances."""
        self._writable()
        count = 0
        for actors, documents, stances in batches:
            self._insert(rdf.all_quads(actors, documents, stances))
            count += len(stances)
            if on_batch is not None:
                on_batch(count)
        return count

    def load_rdf(self, path: Path, fmt: ox.RdfFormat) -> tuple[int, int, int]:
        """Send an RDF file's quads (see :meth:`graphkb.store.Store.load_rdf`); returns (new
        quads, documents, stances in the file)."""
        self._writable()
        quads, documents, stances = records.read_rdf_file(path, fmt)
        return self.add_quads(quads), documents, stances

    def bootstrap(self) -> None:
        """Load the vocabulary, the gazetteer and the bundled curated articles."""
        for batch in records.bundled_batches():
            self.add_quads(batch, count_new=False)

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
        self._post(self.update_url, "update", body, "*/*")
        return len(batch)

    def remove_document(self, document_id: str) -> None:
        """Remove a document and every stance it holds (its named graph)."""
        self._writable()
        self._post(
            self.update_url, "update", f"DROP SILENT GRAPH {rdf.document_iri(document_id)}", "*/*"
        )


class _FormRefusedError(Exception):
    """The server answered a form-encoded POST with HTTP 415 (carries its reason), or has no
    Graph Store where one was expected."""


def _graph_key(quad: ox.Quad) -> str:
    """The quad's graph name ("" for the default graph)."""
    return "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value


def _graph_names(answer: bytes) -> list[str]:
    """The ?g column of a SPARQL JSON table (the probe for Virtuoso's own graphs)."""
    try:
        rows: Any = ox.parse_query_results(answer, format=ox.QueryResultsFormat.JSON)
        names = [row["g"].value for row in rows] if isinstance(rows, ox.QuerySolutions) else []
    except (SyntaxError, KeyError, TypeError):
        names = []  # nothing to leave out: graphkb's own answers are checked as ever
    rows = None  # freed in this thread (see EndpointStore.query)
    return names


def _virtuoso_ask(answer: Any) -> Any:
    """Virtuoso 7 answers ASK with a table of one variable, ``__ASK_RETVAL``: one row (1) for
    yes, none for no. That answer as the yes/no the protocol specifies; any other unchanged."""
    if not isinstance(answer, ox.QuerySolutions) or _names(answer.variables) != ["__ASK_RETVAL"]:
        return answer
    rows = list(answer)
    yes = bool(rows) and rows[0]["__ASK_RETVAL"].value not in ("0", "false")
    json = ox.QueryResultsFormat.JSON
    return ox.parse_query_results(_ASK_TRUE if yes else _ASK_FALSE, format=json)


_XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
_BOOLEANS = {"1": "true", "0": "false"}


def _canonical(term: Any) -> Any:
    """An xsd:boolean written 1 or 0 (as Virtuoso writes every boolean) as true or false, the
    form every other store gives; any other term unchanged."""
    if (
        isinstance(term, ox.Literal)
        and term.datatype.value == _XSD_BOOLEAN
        and term.value in _BOOLEANS
    ):
        return ox.Literal(_BOOLEANS[term.value], datatype=term.datatype)
    return term


def _canonical_booleans(data: bytes) -> bytes:
    """SPARQL JSON results with every xsd:boolean in canonical form (see :func:`_canonical`);
    anything unexpected is left for the results parser to name."""
    if _XSD_BOOLEAN.encode() not in data:
        return data
    try:
        document = json.loads(data)
        changed = False
        for row in document["results"]["bindings"]:
            for term in row.values():
                if term.get("datatype") == _XSD_BOOLEAN and term.get("value") in _BOOLEANS:
                    term["value"] = _BOOLEANS[term["value"]]
                    changed = True
    except (ValueError, TypeError, KeyError, AttributeError):
        return data
    return json.dumps(document).encode() if changed else data


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
