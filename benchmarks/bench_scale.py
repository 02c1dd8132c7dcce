"""graphkb at scale: bulk load time, store size, peak RSS and query latency for synthetic
knowledge graphs of N stances, beside rdflib's default in-memory Graph measured in the same run
on the same data and the same questions (with a time and memory cap; "DNF" beyond it).

Each size runs in its own subprocess (one for graphkb, one for rdflib) so peak RSS is per size.
Latency is the median of ``--runs`` calls after one warm-up call (the warm-up, which also loads
the actor table and the gazetteer, is reported as "first").

Questions, asked of the most connected actor (the generator's hub, the US) and the most linked
pair among the hubs:
  who-opposes  ``kb.who_opposes(hub)``
  relations    ``kb.relations(a, b)``
  two-hop      opponents of the hub's opponents: ``kb.two_hop(hub)`` for graphkb, the same
               question as SPARQL over the shortcut triples for rdflib
  aggregate    ``SELECT ?type (COUNT(*) AS ?n) ... GROUP BY ?type``
and, for graphkb only, what the CLI asks: ``graphkb who-opposes`` (the top 25 and the total),
``graphkb relations`` (the latest 50 stances and the total); and who-opposes rolled up to
countries.

Run: PYTHONPATH=. python benchmarks/bench_scale.py --sizes 10000,100000,1000000 [--reuse]
Stores are kept in /tmp/graphkb-bench/s<N> (``--reuse`` measures queries on an existing one and
takes its load time from the JSON the generator wrote beside it).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The stores are big and disposable: kept out of the repository, in the temp folder.
BENCH_DIR = Path(os.environ.get("GRAPHKB_BENCH_DIR", Path(tempfile.gettempdir()) / "graphkb-bench"))
QUESTIONS = ("who_opposes", "relations", "two_hop", "aggregate")
EXTRA = ("who_opposes_cli", "relations_cli", "who_opposes_roll_up")
GK = "https://w3id.org/graphkb/"
CONFLICT_VERBS = (
    "accuses",
    "rejects",
    "threatens",
    "protests",
    "sanctions",
    "mobilizesAgainst",
    "coerces",
    "assaults",
    "rivalOf",
)
_VERBS = "|".join(f"gk:{v}" for v in CONFLICT_VERBS)
# Distinct (opponent, hub) and (far, opponent) pairs first: the shortcut triples repeat in every
# document graph, and two VALUES blocks over the predicates made Oxigraph plan a cross product
# (12 s at 100k stances against 0.13 s for this shape, same answer).
TWO_HOP = f"""SELECT ?far (COUNT(?near) AS ?via) WHERE {{
  {{ SELECT DISTINCT ?near WHERE {{ ?near {_VERBS} ?hub }} }}
  {{ SELECT DISTINCT ?far ?near WHERE {{ ?far {_VERBS} ?near }} }}
  FILTER(?far != ?hub)
}} GROUP BY ?far ORDER BY DESC(?via) LIMIT 20"""
AGGREGATE = "SELECT ?type (COUNT(*) AS ?n) WHERE { ?st gk:stanceType ?type } GROUP BY ?type"


# -- shared helpers --------------------------------------------------------------------------
def peak_rss_mb() -> float:
    """This process's peak resident set size in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def disk_mb(path: Path) -> float:
    """Bytes under ``path`` in MiB."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def timed(call: Callable[[], object], runs: int, budget_s: float = 30.0) -> dict[str, float]:
    """Milliseconds: the first (warm-up) call and the median of up to ``runs`` more (fewer
    when a call is slow, so one question costs about ``budget_s``; none when the warm-up alone
    took longer, and then the warm-up is the figure, marked by ``runs`` 0)."""
    start = time.perf_counter()
    call()
    first = time.perf_counter() - start
    runs = max(0, min(runs, int(budget_s / max(first, 1e-9))))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    median = round(statistics.median(times), 2) if times else round(first * 1000, 2)
    return {"first_ms": round(first * 1000, 2), "median_ms": median, "runs": runs}


def emit(record: dict[str, Any]) -> None:
    """One JSON line on stdout, flushed so a parent sees it even if we are killed later."""
    print(json.dumps(record), flush=True)


def store_path(size: int) -> Path:
    """Where the store of ``size`` stances lives."""
    return BENCH_DIR / f"s{size}"


def generated_info(size: int) -> dict[str, Any]:
    """The generator's summary written beside the store (hub, top pair, load time)."""
    path = store_path(size)
    return dict(json.loads(path.with_name(path.name + ".generated.json").read_text()))


# -- graphkb child ---------------------------------------------------------------------------
def two_hop_query(hub: str) -> str:
    """The two-hop SPARQL for ``hub`` (an actor id, which the model restricts to [A-Za-z0-9-])."""
    return TWO_HOP.replace("?hub", f"<{GK}actor/{hub}>")


def run_graphkb(size: int, runs: int, reuse: bool, cap: float) -> None:
    """Load (unless reusing) and query a store of ``size`` stances; emit one JSON record."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate_kg import write_store

    from graphkb import KnowledgeBase, StanceFilter

    path = store_path(size)
    if not (reuse and path.exists()):
        shutil.rmtree(path, ignore_errors=True)
        write_store(path, size)
    info = generated_info(size)
    hub = info["hubs"][0][0]
    a, b, _ = info["top_pair"]
    record: dict[str, Any] = {"engine": "graphkb", "size": size, "reused": reuse}
    record.update(load_s=info["load_seconds"], disk_mb=round(disk_mb(path), 1))
    record["load_peak_rss_mb"] = info.get("load_peak_rss_mb")
    start = time.perf_counter()
    with KnowledgeBase.open(path) as kb:
        record["open_ms"] = round((time.perf_counter() - start) * 1000, 2)
        record["who_opposes"] = capped(lambda: kb.who_opposes(hub), runs, cap)
        record["relations"] = capped(lambda: kb.relations(a, b), runs, cap)
        # What `graphkb relations` fetches: the latest 50 and the total.
        record["relations_cli"] = capped(
            lambda: (kb.relations(a, b, latest=50), kb.count_relations(a, b)), runs, cap
        )
        # What `graphkb who-opposes` fetches: the top 25 (and the total).
        record["who_opposes_cli"] = capped(lambda: kb.who_opposes(hub, limit=25), runs, cap)
        record["who_opposes_roll_up"] = capped(
            lambda: kb.who_opposes(hub, StanceFilter(roll_up=True)), runs, cap
        )
        record["two_hop"] = capped(lambda: kb.two_hop(hub), runs, cap)
        record["aggregate"] = capped(lambda: kb.sparql(AGGREGATE), runs, cap)
    record["peak_rss_mb"] = round(peak_rss_mb(), 1)
    emit(record)


# -- load floor child ------------------------------------------------------------------------
def run_floor(size: int) -> None:
    """Oxigraph's bulk loader alone on the same N-Quads (no index, no bundled data) in a
    throw-away store: the floor graphkb's load time is compared with; emits one JSON record."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate_kg import write_bare

    path = BENCH_DIR / f"floor{size}"
    shutil.rmtree(path, ignore_errors=True)
    try:
        seconds = write_bare(path, size)
        emit({"load_s": round(seconds, 2), "disk_mb": round(disk_mb(path), 1)})
    finally:
        shutil.rmtree(path, ignore_errors=True)


# -- rdflib child ----------------------------------------------------------------------------
def _to_rdflib(term: Any) -> Any:
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def _bundled_quads() -> Iterable[Any]:
    from graphkb.store import Store

    with Store.memory() as store:
        return list(store.oxigraph)


def _stance_query(hub: str | None, pair: tuple[str, str] | None, types: str, mods: str) -> str:
    """The SPARQL graphkb's ``fetch_stances`` sends, with the actors written in."""
    bind = f"VALUES ?tgt {{ <{GK}actor/{hub}> }}" if hub else ""
    if pair:
        bind = f"VALUES (?src ?tgt) {{ (<{GK}actor/{pair[0]}> <{GK}actor/{pair[1]}>) }}"
    return f"""SELECT * WHERE {{ {bind} {types} {mods}
  ?st gk:source ?src ; gk:target ?tgt ; gk:stanceType ?type ; gk:modality ?mod ;
      gk:confidence ?conf ; gk:origin ?origin ; prov:wasDerivedFrom ?doc .
  OPTIONAL {{ ?st gk:evidenceStart ?start ; gk:evidenceEnd ?end }}
  OPTIONAL {{ ?st gk:evidenceText ?text }} OPTIONAL {{ ?st dcterms:date ?date }}
  OPTIONAL {{ ?st gk:claimedBy ?claim }} OPTIONAL {{ ?st gk:cameoCode ?cameo }} }}"""


def _rdflib_questions(hub: str, a: str, b: str) -> dict[str, str]:
    """The four questions as the SPARQL texts graphkb runs (who-opposes scored in Python)."""
    from graphkb import rdf
    from graphkb.model import StanceType

    prefixes = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in rdf.PREFIXES.items())
    conflict = [t for t in StanceType if t.polarity < 0]
    types = "VALUES ?type { " + " ".join(f"<{GK}type/{t.value}>" for t in conflict) + " }"
    mods = f"VALUES ?mod {{ <{GK}modality/asserted> <{GK}modality/reported> }}"
    return {
        "who_opposes": prefixes + _stance_query(hub, None, types, mods),
        "relations": prefixes + _stance_query(None, (a, b), "", ""),
        "relations_back": prefixes + _stance_query(None, (b, a), "", ""),
        "two_hop": prefixes + two_hop_query(hub),
        "aggregate": prefixes + AGGREGATE,
    }


def _score(rows: Iterable[Any]) -> dict[str, float]:
    from graphkb.model import StanceType

    weight = {"asserted": 1.0, "reported": 0.5}
    scores: dict[str, float] = {}
    for row in rows:
        kind = StanceType(str(row["type"]).rsplit("/", 1)[-1])
        mod = str(row["mod"]).rsplit("/", 1)[-1]
        gain = abs(kind.intensity) / 10 * weight[mod] * float(row["conf"])
        scores[str(row["src"])] = scores.get(str(row["src"]), 0.0) + gain
    return scores


class _CapError(Exception):
    """A question ran past its time cap."""


def _alarm(signum: int, frame: object) -> None:
    raise _CapError


def capped(call: Callable[[], object], runs: int, cap: float) -> dict[str, float] | None:
    """:func:`timed`, or None when the warm-up and runs together take more than ``cap`` s."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, cap)
    try:
        return timed(call, runs)
    except _CapError:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def run_rdflib(size: int, runs: int, mem_gb: float, cap: float) -> None:
    """Load the same quads into ``rdflib.Graph()`` and ask the same questions, emitting a JSON
    line after each step (the parent kills us at the time cap; the memory cap is RLIMIT_AS)."""
    limit = int(mem_gb * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import rdflib
    from generate_kg import generate

    info = generated_info(size)
    hub, (a, b, _) = info["hubs"][0][0], info["top_pair"]
    graph = rdflib.Graph()
    start = time.perf_counter()
    for source in (_bundled_quads(), generate(size)):
        for q in source:
            graph.add((_to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object)))
    emit({"step": "load", "load_s": round(time.perf_counter() - start, 2), "triples": len(graph)})
    emit({"step": "rss", "peak_rss_mb": round(peak_rss_mb(), 1), "disk_mb": "in memory"})
    texts = _rdflib_questions(hub, a, b)
    calls: dict[str, Callable[[], object]] = {
        "who_opposes": lambda: _score(graph.query(texts["who_opposes"])),
        "relations": lambda: [
            *graph.query(texts["relations"]),
            *graph.query(texts["relations_back"]),
        ],
        "two_hop": lambda: list(graph.query(texts["two_hop"])),
        "aggregate": lambda: list(graph.query(texts["aggregate"])),
    }
    for name, call in calls.items():
        result = capped(call, runs, cap)
        emit({"step": name, name: result} if result else {"step": name})
    emit({"step": "rss", "peak_rss_mb": round(peak_rss_mb(), 1)})


# -- parent ----------------------------------------------------------------------------------
def _child(argv: list[str], timeout: float) -> tuple[dict[str, Any], bool]:
    """Run a child, merging its JSON lines; (merged record, whether it finished)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, __file__, *argv]
    try:
        done = subprocess.run(
            cmd, check=False, capture_output=True, text=True, timeout=timeout, env=env
        )
        out, finished = done.stdout, done.returncode == 0
        if not finished:
            sys.stderr.write(done.stderr[-2000:])
    except subprocess.TimeoutExpired as exc:
        raw = exc.stdout or ""
        out, finished = raw.decode() if isinstance(raw, bytes) else raw, False
    merged: dict[str, Any] = {}
    for line in out.splitlines():
        if line.startswith("{"):
            merged.update({k: v for k, v in json.loads(line).items() if k != "step"})
    return merged, finished


def _cell(record: dict[str, Any], key: str) -> str:
    value = record.get(key)
    if value is None:
        return "DNF"
    if isinstance(value, dict):
        return f"{value['median_ms']:.1f}"
    return f"{value}"


def _ratio(base: dict[str, Any], ours: dict[str, Any], key: str) -> str:
    b, o = base.get(key), ours.get(key)
    if not isinstance(b, dict) or not isinstance(o, dict):
        return "-"
    return f"{b['median_ms'] / max(o['median_ms'], 1e-6):.1f}x"


def print_table(size: int, ours: dict[str, Any], base: dict[str, Any]) -> None:
    """One size's figures: graphkb, rdflib, and rdflib / graphkb (higher = graphkb faster)."""
    print(f"\n== {size:,} stances (latency: median ms after a warm-up) ==")
    print(f"{'measure':<14}{'graphkb':>14}{'rdflib':>14}{'rdflib/graphkb':>16}")
    for key in ("load_s", "disk_mb", "peak_rss_mb"):
        print(f"{key:<14}{_cell(ours, key):>14}{_cell(base, key):>14}")
    for key in QUESTIONS:
        print(f"{key:<14}{_cell(ours, key):>14}{_cell(base, key):>14}{_ratio(base, ours, key):>16}")
    for key in EXTRA:
        print(f"{key:<14}{_cell(ours, key):>14}{'(graphkb only)':>16}")
    firsts = {k: ours[k]["first_ms"] for k in QUESTIONS + EXTRA if isinstance(ours.get(k), dict)}
    print(f"graphkb first-call ms: {firsts}")


def main(argv: list[str] | None = None) -> None:
    """Parent: for each size, a graphkb child then an rdflib child, then the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--reuse", action="store_true", help="reuse existing stores")
    parser.add_argument("--rdflib-timeout", type=float, default=300.0, help="seconds per size")
    parser.add_argument("--rdflib-mem-gb", type=float, default=8.0)
    parser.add_argument(
        "--query-cap",
        type=float,
        default=60.0,
        help="s per question, warm-up and runs together; DNF beyond",
    )
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument(
        "--skip-floor", action="store_true", help="do not time Oxigraph's bulk loader alone"
    )
    parser.add_argument("--child", choices=("graphkb", "rdflib", "floor"), help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child == "graphkb":
        return run_graphkb(args.size, args.runs, args.reuse, args.query_cap)
    if args.child == "rdflib":
        return run_rdflib(args.size, min(args.runs, 3), args.rdflib_mem_gb, args.query_cap)
    if args.child == "floor":
        return run_floor(args.size)
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        common = ["--size", str(size), "--runs", str(args.runs), "--query-cap", str(args.query_cap)]
        ours, _ = _child(
            ["--child", "graphkb", *common] + (["--reuse"] if args.reuse else []), 7200
        )
        base: dict[str, Any] = {}
        if not args.skip_rdflib:
            mem = ["--rdflib-mem-gb", str(args.rdflib_mem_gb)]
            base, _ = _child(["--child", "rdflib", *common, *mem], args.rdflib_timeout)
        floor: dict[str, Any] = {}
        if not (args.skip_floor or args.reuse):
            floor, _ = _child(["--child", "floor", *common], 7200)
        print_table(size, ours, base)
        if floor:
            print(
                f"load floor (Oxigraph's bulk loader alone, same N-Quads): {floor['load_s']} s"
                f" -> graphkb / floor = {ours.get('load_s', 0) / max(floor['load_s'], 1e-6):.2f}"
            )
        results.append({"size": size, "graphkb": ours, "rdflib": base, "floor": floor})
    (BENCH_DIR / "bench_scale.json").write_text(json.dumps(results, indent=1))
    return None


if __name__ == "__main__":
    main()
