"""The analyses at scale: ``dyad``, ``disputes``, ``pressures``, ``balance`` and ``blocs`` on a
synthetic store of N stances (``generate_kg.py``), beside a networkx-only baseline measured in
the same run on the same store.

graphkb answers from the stance index: the signed graph from the per-dyad table, a pair's
relation from its dyad rows, claims and answers through indexed filters. The baseline does what
a user of networkx alone would: read the store once into a ``networkx.MultiDiGraph``
(``kb.to_networkx``, asserted and reported stances) and answer each question on it with
networkx: a pair's relation by summing its parallel edges; pressures by walking common
neighbours of the graph collapsed to signed weights; blocs with networkx's Louvain communities
on the friendly ties (networkx has no signed community detection), with the frustrated ties of
its partition counted beside graphkb's. The baseline's build time is reported apart from its
per-question times, since it is paid once per session.

Latency: the first call (cold: the process has read nothing yet) and the median of ``--runs``
calls after it, in wall time, and the median processor time of those calls (the machine these
figures come from is shared: under load, wall time is a multiple of processor time).
``disputes`` is asked as the CLI asks it (the 50 most answered disputes, the latest 20 claims
and answers of each); the baseline pairs the hub side's accusations with the
rejections sent back, on the MultiDiGraph.

The stance index keeps the rolled-up signed ties in a table, and partial indexes of the
stances disputes read (the first writable open of an index made before them fills the one and
builds the others, about 7 s and 8 s at 1M); a read-only store without them answers the old
way (from the dyad table; disputes row by row: seconds, see the README).

Run: PYTHONPATH=. python benchmarks/bench_analysis.py --store /work/bench/s1000000
     PYTHONPATH=. python benchmarks/bench_analysis.py --size 1000000 [--skip-networkx]
(with --size, the store is made by ``generate_kg.write_store`` in $GRAPHKB_BENCH_DIR/s<N>
unless there; either way its ``.generated.json`` names the hub and the busiest pair).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(os.environ.get("GRAPHKB_BENCH_DIR", Path(tempfile.gettempdir()) / "graphkb-bench"))


def timed(call: Callable[[], object], runs: int) -> dict[str, float]:
    """First call and median of ``runs`` more, in milliseconds of wall time, and the median
    processor time of this process over those runs (what a quiet machine's wall time comes
    close to when several sessions share the cores)."""
    start = time.perf_counter()
    call()
    first = (time.perf_counter() - start) * 1000
    times, cpu = [], []
    for _ in range(runs):
        start, used = time.perf_counter(), time.process_time()
        call()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return {
        "first_ms": round(first, 1),
        "median_ms": round(statistics.median(times), 1),
        "cpu_ms": round(statistics.median(cpu), 1),
    }


def ensure_store(size: int) -> Path:
    """The store of ``size`` stances, generated if missing."""
    path = BENCH_DIR / f"s{size}"
    if not path.exists():
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from generate_kg import write_store

        write_store(path, size)
    return path


def graphkb_side(path: Path, hub: str, pair: tuple[str, str], runs: int) -> dict[str, Any]:
    """graphkb's answers and their latency."""
    from graphkb import KnowledgeBase, analysis

    out: dict[str, Any] = {}
    with KnowledgeBase.open(path) as kb:
        a, b = pair
        out["dyad"] = timed(lambda: analysis.dyad(kb, a, b), runs)
        out["dyad_roll_up"] = timed(lambda: analysis.dyad(kb, a, b, roll_up=True), runs)
        out["disputes"] = timed(lambda: analysis.disputes(kb, hub, limit=20, top=50), runs)
        out["pressures"] = timed(lambda: analysis.pressures(kb, hub), runs)
        out["balance"] = timed(lambda: analysis.balance(kb), max(runs // 2, 1))
        out["blocs"] = timed(lambda: analysis.blocs(kb), max(runs // 2, 1))
        found = analysis.blocs(kb).blocs
        out["answers"] = {
            "dyad_weight": round(analysis.dyad(kb, a, b).weight, 3),
            "pressures": len(analysis.pressures(kb, hub).pressures),
            "disputes": len(analysis.disputes(kb, hub, limit=20, top=50).disputes),
            "blocs": len(found.blocs),
            "blocs_frustrated": found.frustrated,
            "signed_ties": found.ties,
        }
    return out


def _signed(graph: Any) -> dict[tuple[str, str], float]:
    """The multigraph collapsed to one signed weight per (rolled-up) pair, as graphkb defines
    it, in plain Python over networkx's edge view."""
    from graphkb.analysis.signed import contribution
    from graphkb.model import Modality, StanceType

    home = {n: (d.get("country") or n) for n, d in graph.nodes(data=True)}
    weights: dict[tuple[str, str], float] = defaultdict(float)
    for u, v, d in graph.edges(data=True):
        x, y = home[u], home[v]
        if x == y:
            continue
        w = contribution(
            StanceType(d["type"]), Modality(d["modality"]), float(d.get("confidence", 1.0))
        )
        weights[min(x, y), max(x, y)] += w
    return {k: w for k, w in weights.items() if abs(w) > 1e-9}


def networkx_side(path: Path, hub: str, pair: tuple[str, str], runs: int) -> dict[str, Any]:
    """The same questions with networkx alone, on the graph read once from the store."""
    import networkx as nx

    from graphkb import KnowledgeBase, StanceFilter
    from graphkb.analysis.signed import contribution
    from graphkb.model import Modality, StanceType

    out: dict[str, Any] = {}
    with KnowledgeBase.open(path) as kb:
        start = time.perf_counter()
        graph = kb.to_networkx(StanceFilter(modalities=["asserted", "reported"]))
        out["build_s"] = round(time.perf_counter() - start, 1)
    a, b = pair

    def dyad() -> float:
        total = 0.0
        for u, v in ((a, b), (b, a)):
            for d in (graph.get_edge_data(u, v) or {}).values():
                total += contribution(
                    StanceType(d["type"]), Modality(d["modality"]), float(d["confidence"])
                )
        return total

    out["dyad"] = timed(dyad, runs)
    out["collapse"] = timed(lambda: _signed(graph), 1)
    weights = _signed(graph)
    signed = nx.Graph()
    signed.add_weighted_edges_from((x, y, w) for (x, y), w in weights.items())

    def pressures() -> int:
        votes: dict[str, float] = defaultdict(float)
        for z in signed[hub]:
            near = signed[hub][z]["weight"]
            for y in signed[z]:
                if y != hub:
                    far = signed[z][y]["weight"]
                    votes[y] += math.copysign(1, near * far) * math.sqrt(abs(near * far))
        return sum(
            1
            for y, p in votes.items()
            if abs(p)
            - math.copysign(1, p) * signed.get_edge_data(hub, y, {"weight": 0.0})["weight"]
            > 1e-9
        )

    out["pressures"] = timed(pressures, runs)

    def disputes() -> int:
        """Accusations by or against the hub's side paired with rejections sent back."""
        home = {n: (d.get("country") or n) for n, d in graph.nodes(data=True)}
        side = {n for n, h in home.items() if h == hub}
        claims: dict[tuple[str, str], int] = defaultdict(int)
        rejections: dict[tuple[str, str], int] = defaultdict(int)
        for node in side:
            for u, v, d in [*graph.out_edges(node, data=True), *graph.in_edges(node, data=True)]:
                pair = (home[u], home[v])
                if d["type"] == "ACCUSE":
                    claims[pair] += 1
                elif d["type"] == "REJECT":
                    rejections[pair] += 1
        answered = [(c, a) for c, a in claims if rejections.get((a, c))]
        return len(answered)

    out["disputes"] = timed(disputes, runs)
    out["census"] = timed(lambda: sum(nx.triangles(signed).values()) // 3, 1)
    friendly = nx.Graph()
    friendly.add_nodes_from(signed)
    friendly.add_weighted_edges_from((x, y, w) for (x, y), w in weights.items() if w > 0)
    out["blocs"] = timed(lambda: nx.community.louvain_communities(friendly, seed=7), 1)
    parts = nx.community.louvain_communities(friendly, seed=7)
    of = {n: i for i, part in enumerate(parts) for n in part}
    against = sum(1 for (x, y), w in weights.items() if (of[x] == of[y]) != (w > 0))
    out["answers"] = {
        "dyad_weight": round(dyad(), 3),
        "pressures": pressures(),
        "disputes": disputes(),
        "blocs": len(parts),
        "blocs_frustrated": against,
        "signed_ties": len(weights),
    }
    return out


def main(argv: list[str] | None = None) -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--store", type=Path, help="An existing store (read only).")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-networkx", action="store_true")
    args = parser.parse_args(argv)
    path = args.store if args.store else ensure_store(args.size)
    info = json.loads(path.with_name(path.name + ".generated.json").read_text())
    hub = info["hubs"][0][0]
    a, b, _ = info["top_pair"]
    ours = graphkb_side(path, hub, (a, b), args.runs)
    base = {} if args.skip_networkx else networkx_side(path, hub, (a, b), args.runs)
    size = info.get("stances", args.size)
    record = {"size": size, "hub": hub, "pair": [a, b], "graphkb": ours, "networkx": base}
    print(json.dumps(record, indent=1))
    print(f"\n{size:,} stances; hub {hub}; pair {a}-{b}")
    print(
        f"{'question':<14} {'graphkb first ms':>17} {'median ms':>10} {'cpu ms':>9}"
        f" {'networkx ms':>12} {'cpu ms':>9}"
    )
    for key in ("dyad", "dyad_roll_up", "disputes", "pressures", "balance", "blocs"):
        theirs = base.get(key if key != "balance" else "census", {})
        mine = ours[key]
        print(
            f"{key:<14} {mine['first_ms']:>17} {mine['median_ms']:>10} {mine['cpu_ms']:>9}"
            f" {theirs.get('median_ms', '-')!s:>12} {theirs.get('cpu_ms', '-')!s:>9}"
        )
    if base:
        print(f"networkx: reading the store into a MultiDiGraph took {base['build_s']} s")


if __name__ == "__main__":
    main()
