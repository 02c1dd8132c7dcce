"""A corpus of hostile inputs for graphkb, and what graphkb must do with each.

Shapes (issue 11): huge paragraphs, a line without punctuation, repeated abbreviations, XML
entity bombs, deep nesting (JSON-LD, JSON lines, YAML, SPARQL, SPARQL JSON results), special
``--out`` targets (a character device, a full device, a FIFO, a symlink, standard output) and
endpoint answers of the wrong shape. Every case must end in under :data:`SECONDS` with at most a
one-line error, stay under :data:`MAX_RSS_BYTES`, and leave the store as it was when refused;
``tests/test_hostile_corpus.py`` runs each one in a child process and checks that.

``python -m tests.hostile DIR`` writes the corpus files to DIR, with ``cases.json`` listing the
command line and expected outcome of each case.
"""

from __future__ import annotations

import http.server
import itertools
import json
import sys
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "CASES",
    "FILES",
    "MAX_RSS_BYTES",
    "SECONDS",
    "WRONG_VARIABLES",
    "YES",
    "Case",
    "deep_results",
    "deep_sparql",
    "fake_endpoint",
    "plain_entities_rdf",
]

SECONDS = 10.0
MAX_RSS_BYTES = 1 << 30
DEEP = 10_000  # levels: well past the ~5,000 at which Oxigraph's recursive parsers crashed
TEXT_BYTES = 500_000  # extraction inputs: 3.5x the 143 KB paragraph that took 20.7 s

_RDF = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/"'


def _rdf_xml(doctype: str, value: str) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n{doctype}\n]>\n<rdf:RDF {_RDF}>\n'
        f'<rdf:Description rdf:about="http://example.org/x"><ex:p>{value}</ex:p>'
        "</rdf:Description>\n</rdf:RDF>\n"
    ).encode()


def billion_laughs() -> bytes:
    """The classic: ten entities each ten times the one before, 10^9 'lol's from ~1 KB."""
    names = "abcdefghij"
    lines = ['<!ENTITY a "lol">']
    lines += [f'<!ENTITY {n} "{f"&{p};" * 10}">' for p, n in itertools.pairwise(names)]
    return _rdf_xml("\n".join(lines), "&j;")


def quadratic_entities() -> bytes:
    """One plain 100 KB entity used 10,000 times: no nesting, yet a gigabyte expanded."""
    return _rdf_xml(f'<!ENTITY big "{"x" * 100_000}">', "&big;" * 10_000)


def external_entity() -> bytes:
    """An entity read from a local file (XXE)."""
    return _rdf_xml('<!ENTITY x SYSTEM "file:///etc/passwd">', "&x;")


def parameter_entity() -> bytes:
    """A parameter entity, the building block of DTD-level bombs."""
    return _rdf_xml('<!ENTITY % p "lol">', "v")


def plain_entities_rdf() -> bytes:
    """What OWL tools write: entities that abbreviate namespaces (must still load)."""
    return _rdf_xml(
        '<!ENTITY owl "http://www.w3.org/2002/07/owl#">\n<!ENTITY ex "http://example.org/">',
        '&ex;y</ex:p><rdf:type rdf:resource="&owl;Class"/><ex:p>z',
    )


def deep_jsonld(levels: int = DEEP) -> bytes:
    """A JSON-LD node whose value is a node whose value is a node... ``levels`` deep."""
    return (
        ('{"@id": "http://example.org/x", "http://example.org/p": ' * levels) + '"v"'
    ).encode() + (b"}" * levels)


def deep_json_line(levels: int = DEEP) -> bytes:
    """One PLOVER JSON line of nested arrays."""
    return b"[" * levels + b"]" * levels + b"\n"


def deep_yaml(levels: int = DEEP) -> bytes:
    """A curated YAML file of nested flow sequences."""
    return b"stances: " + b"[" * levels + b"]" * levels + b"\n"


def deep_sparql(levels: int = DEEP) -> bytes:
    """A SELECT whose FILTER nests ``levels`` parentheses."""
    return b"SELECT * WHERE { FILTER(" + b"(" * levels + b"1" + b")" * levels + b") }"


def deep_results(shape: str, levels: int) -> bytes:
    """SPARQL JSON results nested ``levels`` deep: a binding of nested arrays, or a triple term
    whose subject is a triple term whose subject is..."""
    if shape == "deep-array":
        value = b"[" * levels + b"]" * levels
    else:
        value = (
            b'{"type": "triple", "value": {"subject": ' * levels
            + b'{"type": "uri", "value": "http://example.org/x"}'
            + b"}}" * levels
        )
    return b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": ' + value + b"}]}}"


def huge_paragraph(size: int = TEXT_BYTES) -> bytes:
    """One paragraph (no line break) of short, varied news sentences."""
    actors = ["France", "Iran", "Germany", "Russia", "Japan", "China", "Brazil", "India"]
    verbs = ["imposed sanctions on", "criticized", "praised", "met with", "threatened"]
    sentences = []
    total = i = 0
    while total < size:
        a, b = actors[i % len(actors)], actors[(i * 3 + 1) % len(actors)]
        if a != b:
            sentence = f"{a} {verbs[i % len(verbs)]} {b} on day {i}. "
            sentences.append(sentence)
            total += len(sentence)
        i += 1
    return "".join(sentences).encode()


def no_punctuation(size: int = TEXT_BYTES) -> bytes:
    """One line of words and no full stop at all."""
    words = ["France", "imposed", "sanctions", "on", "Iran", "while", "Germany", "criticized"]
    out: list[str] = []
    total = 0
    while total < size:
        word = words[len(out) % len(words)]
        out.append(word)
        total += len(word) + 1
    return " ".join(out).encode() + b"\n"


def abbreviations(size: int = TEXT_BYTES) -> bytes:
    """'U.S. ' over and over: a full stop every few bytes that ends no sentence."""
    return b"U.S. " * (size // 5) + b"sanctioned Iran.\n"


FILES: dict[str, Callable[[], bytes]] = {
    "billion-laughs.rdf": billion_laughs,
    "quadratic-entities.rdf": quadratic_entities,
    "external-entity.rdf": external_entity,
    "parameter-entity.rdf": parameter_entity,
    "deep.jsonld": deep_jsonld,
    "deep.jsonl": deep_json_line,
    "deep.yaml": deep_yaml,
    "deep.rq": deep_sparql,
    "huge-paragraph.txt": huge_paragraph,
    # for ingest: the largest paragraph the issue timed (143 KB, 20.7 s before the fix); a
    # 500 KB one gives about 13,000 stances, whose write alone takes over 10 s
    "paragraph-143k.txt": lambda: huge_paragraph(143_000),
    "no-punctuation.txt": no_punctuation,
    "abbreviations.txt": abbreviations,
}

WRONG_VARIABLES = json.dumps(
    {
        "head": {"vars": ["zz"]},
        "results": {"bindings": [{"zz": {"type": "literal", "value": "1"}}]},
    }
).encode()
"""Well-formed SPARQL JSON results, for a variable no graphkb query asks for."""


YES = b'{"head": {}, "boolean": true}'


def fake_endpoint(body: bytes, *, ask: bytes | None = YES) -> http.server.ThreadingHTTPServer:
    """An HTTP server on 127.0.0.1 (free port) answering every POST with 200 and ``body`` as
    SPARQL JSON results, or ASK queries with ``ask`` (so graphkb finds its data there and goes
    on to its SELECT queries) unless that is None. The caller serves it (``serve_forever`` in
    a thread) and stops it."""
    from graphkb.sparql_text import query_form

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            form = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            query = urllib.parse.parse_qs(form.decode("utf-8", "replace")).get("query", [""])[0]
            answer = body
            if ask is not None and query_form(query) == "ASK":
                answer = ask
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    return server


@dataclass(frozen=True)
class Case:
    """One hostile input: graphkb's arguments (``{dir}`` is the corpus folder, ``{out}`` the
    special --out target, ``{endpoint}`` the fake endpoint's URL) and what must happen."""

    name: str
    args: tuple[str, ...]
    refused: str | None = None  # a fragment of the one-line error; None: must succeed
    out: str | None = None  # a special --out target: chardev, fulldev, fifo, symlink
    endpoint: bytes | None = None  # the answer of a fake endpoint the command is pointed at
    endpoint_answers_ask: bool = True  # the fake endpoint says yes to ASK queries


CASES = [
    Case("huge paragraph", ("extract", "{dir}/huge-paragraph.txt")),
    Case("no punctuation", ("extract", "{dir}/no-punctuation.txt")),
    Case("repeated abbreviations", ("extract", "{dir}/abbreviations.txt")),
    Case("ingest a huge paragraph", ("ingest", "{dir}/paragraph-143k.txt")),
    Case("billion laughs", ("load", "{dir}/billion-laughs.rdf"), "built from other entities"),
    Case("quadratic entities", ("load", "{dir}/quadratic-entities.rdf"), "would expand to"),
    Case("external entity", ("load", "{dir}/external-entity.rdf"), "is an external entity"),
    Case("parameter entity", ("load", "{dir}/parameter-entity.rdf"), "is a parameter entity"),
    Case("deep JSON-LD", ("load", "{dir}/deep.jsonld"), "levels deep"),
    Case("deep YAML", ("load", "{dir}/deep.yaml"), "nested too deep"),
    Case("deep JSON line", ("import", "--format", "plover", "{dir}/deep.jsonl"), "bad JSON"),
    Case("deep SPARQL", ("sparql", "--file", "{dir}/deep.rq"), "levels deep"),
    Case("SPARQL LOAD", ("sparql", "--allow-update", "LOAD <http://127.0.0.1:9/x.rdf>"), "LOAD"),
    Case("export onto a device", ("export", "--out", "{out}"), out="chardev"),
    Case("export onto a full device", ("export", "--out", "{out}"), "No space left", "fulldev"),
    Case("export onto a FIFO", ("export", "--out", "{out}"), out="fifo"),
    Case("export onto a symlink", ("export", "--out", "{out}"), out="symlink"),
    Case("viz onto a FIFO", ("viz", "--focus", "PAK", "--out", "{out}"), out="fifo"),
    Case("viz onto a full device", ("viz", "--out", "{out}"), "No space left", "fulldev"),
    Case("export to standard output", ("export", "--out", "-")),
    *(
        Case(
            f"endpoint with other variables: {' '.join(command)}",
            ("--endpoint", "{endpoint}", *command),
            "answered with the variables ?zz, where the query asked for",
            endpoint=WRONG_VARIABLES,
        )
        for command in (("who-opposes", "US"), ("stats",), ("export",), ("sparql", "SELECT *{}"))
    ),
    Case(
        "endpoint with a table for an ASK",
        ("--endpoint", "{endpoint}", "stats"),
        "answered a table of results to an ASK query",
        endpoint=WRONG_VARIABLES,
        endpoint_answers_ask=False,
    ),
    Case(
        "endpoint with deep JSON",
        ("--endpoint", "{endpoint}", "sparql", "SELECT ?x WHERE { ?x ?p ?o }"),
        "levels deep",
        endpoint=deep_results("deep-triple", 100_000),
    ),
]


def write_corpus(folder: Path) -> None:
    """Write every corpus file into ``folder`` and ``cases.json`` describing the cases."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, make in FILES.items():
        (folder / name).write_bytes(make())
    cases = []
    for i, case in enumerate(CASES):
        answer = None
        if case.endpoint is not None:
            answer = f"endpoint-answer-{i}.json"
            (folder / answer).write_bytes(case.endpoint)
        cases.append(
            {
                "name": case.name,
                "args": list(case.args),
                "refused": case.refused,
                "out": case.out,
                "endpoint_answer": answer,
            }
        )
    (folder / "cases.json").write_text(json.dumps(cases, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m tests.hostile DIR")
    write_corpus(Path(sys.argv[1]))
