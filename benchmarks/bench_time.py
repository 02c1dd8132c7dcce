"""Relations over time at scale: ``timeline A B`` and ``changes --since`` in-process on a store
of N stances, beside the same questions answered through SPARQL over the same embedded store
(graphkb's own SPARQL reader, the path a store without its index takes), in the same run.

Questions, on the generator's most linked pair (the US and China at 1M) and its last month:
  timeline by month   ``kb.timeline(a, b, by="month")``: every dated stance of the pair
  timeline rolled up  the same, everyone serving either state (``roll_up``)
  changes (month)     ``kb.changes(since)``: the last 30 days against the 30 before, every dyad
  changes (actor)     the same, dyads the hub (the US) takes part in
  changes (roll-up)   the same between states (each actor counted for the state it serves)

Latency is the median of ``--runs`` calls after one warm-up call (reported as "first"); the
SPARQL side is one call (after the index side warmed the caches), cut at ``--sparql-cap``
seconds ("DNF").

Run: PYTHONPATH=. python benchmarks/bench_time.py --store /tmp/graphkb-bench/s1000000
The store is made by ``generate_kg.py --store`` (its JSON names the pair and the hub).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import signal
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from graphkb import KnowledgeBase
from graphkb.model import StanceFilter


def timed(call: Callable[[], object], runs: int, budget_s: float = 60.0) -> dict[str, float]:
    """Milliseconds: a warm-up call, then the median of up to ``runs`` calls (fewer when a
    call is slow, so one question costs about ``budget_s``)."""
    start = time.perf_counter()
    call()
    first = time.perf_counter() - start
    runs = max(1, min(runs, int(budget_s / max(first, 1e-9))))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return {
        "first_ms": round(first * 1000, 1),
        "median_ms": round(statistics.median(times), 1),
        "runs": runs,
    }


class _TooSlowError(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _TooSlowError


def capped(call: Callable[[], object], cap_s: int) -> dict[str, float] | None:
    """One call in milliseconds, or None (DNF) past ``cap_s`` seconds."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(cap_s)
    try:
        start = time.perf_counter()
        call()
        return {"first_ms": round((time.perf_counter() - start) * 1000, 1)}
    except _TooSlowError:
        return None
    finally:
        signal.alarm(0)


def main(argv: list[str] | None = None) -> None:
    """Measure and print the table; write ``bench_time.json`` beside the store."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--sparql-cap", type=int, default=120, help="seconds per SPARQL question (then DNF)"
    )
    args = parser.parse_args(argv)
    info = json.loads(args.store.with_name(args.store.name + ".generated.json").read_text())
    a, b, pair_n = info["top_pair"]
    hub = info["hubs"][0][0]
    results: dict[str, Any] = {"stances": info["stances"], "pair": [a, b, pair_n], "hub": hub}
    with KnowledgeBase.open(args.store) as kb:
        index = kb.store.index
        assert index is not None, "the store's stance index is not ready: run graphkb reindex"
        last = index.last_date()
        assert last is not None
        since = last - dt.timedelta(days=29)
        results["since"] = since.isoformat()
        questions: dict[str, Callable[[], object]] = {
            f"timeline {a} {b} --by month": lambda: kb.timeline(a, b, by="month"),
            f"timeline {a} {b} --roll-up": lambda: kb.timeline(
                a, b, StanceFilter(roll_up=True), by="month"
            ),
            f"changes --since {since}": lambda: kb.changes(since),
            f"changes --since {since} --actor {hub}": lambda: kb.changes(since, actor=hub),
            f"changes --since {since} --roll-up": lambda: kb.changes(
                since, where=StanceFilter(roll_up=True)
            ),
        }
        sizes = {
            "timeline rows": len(kb.timeline(a, b, by="month").rows),
            "changes": len(kb.changes(since)),
        }
        results["sizes"] = sizes
        rows = []
        for name, ask in questions.items():
            kb.store.use_index = True
            ours = timed(ask, args.runs)
            kb.store.use_index = False
            sparql = capped(ask, args.sparql_cap)
            kb.store.use_index = True
            rows.append({"question": name, "index": ours, "sparql": sparql})
            if sparql is None:
                other = f"DNF (> {args.sparql_cap} s)"
            else:
                ratio = sparql["first_ms"] / max(ours["median_ms"], 1e-3)
                other = f"{sparql['first_ms']:>9.1f} ms   x{ratio:,.0f}"
            print(
                f"{name:<48} index {ours['median_ms']:>8.1f} ms (first {ours['first_ms']:.1f})"
                f"   SPARQL {other}",
                flush=True,
            )
        results["questions"] = rows
    print(f"on {info['stances']:,} stances; pair {a}-{b}: {pair_n:,} stances; {sizes}")
    out = args.store.with_name("bench_time.json")
    out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
