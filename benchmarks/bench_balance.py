"""Does structural balance predict tomorrow's ties? A check of ``graphkb pressures`` on an
event series, beside a "no change" baseline measured in the same run.

The series is synthetic, from a model that is *not* the balance rule: each of N countries
has a hidden position on a circle of alignments that drifts a little every period (a random
walk), and each period a number of random pairs interact; a pair cooperates when its members
sit close (cosine of the angle between them above 0) and clashes otherwise, with a share of
events flipped at random (noise). Events become stances (SUPPORT, COOPERATE, AID against ACCUSE,
SANCTION, THREATEN) dated inside their period and go into a graphkb store; the analyses read
them back through the library, as a user would.

For each period t, the signed graph of periods t-1 and t (``signed_graph(since=, until=)``)
gives each country's pressures (``graphkb.analysis.pressures.pressures``); every pair that
interacts in period t+1 is then scored:

* **balance**: the predicted sign of a pressure on the pair (where there is one) against the
  sign observed at t+1;
* **no change**: the sign of the pair at t against the sign at t+1 (pairs tied at t only);
* **majority**: the most common sign at t, for pairs that had no tie at t (new ties), the
  only baseline there is for them.

A ``--noise 0.5`` run (every sign a coin toss) is the null check: balance must fall to ~50%.

Run: PYTHONPATH=. python benchmarks/bench_balance.py [--countries 40 --periods 12 --seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
from collections import Counter

SIGNED_TYPES = {1: ("SUPPORT", "COOPERATE", "AID"), -1: ("ACCUSE", "SANCTION", "THREATEN")}


def simulate(
    countries: list[str], periods: int, events: int, drift: float, noise: float, seed: int
) -> list[tuple[int, str, str, int]]:
    """(period, source, target, sign) events from the drifting-alignment model."""
    rng = random.Random(seed)
    angle = {c: rng.uniform(0, 2 * math.pi) for c in countries}
    out = []
    for t in range(periods):
        for _ in range(events):
            a, b = rng.sample(countries, 2)
            sign = 1 if math.cos(angle[a] - angle[b]) > 0 else -1
            if rng.random() < noise:
                sign = -sign
            out.append((t, a, b, sign))
        for c in countries:
            angle[c] += rng.gauss(0, drift)
    return out


def period_start(t: int) -> dt.date:
    return dt.date(2001 + t // 12, 1 + t % 12, 1)


def period_end(t: int) -> dt.date:
    return period_start(t + 1) - dt.timedelta(days=1)


def build_store(events: list[tuple[int, str, str, int]], seed: int) -> object:
    """A scratch knowledge base holding the events as stances (the bundled seed, dated 2021
    and 2024, lies outside every window)."""
    from graphkb import KnowledgeBase
    from graphkb.model import Document, Evidence, Modality, Stance, StanceType

    rng = random.Random(seed)
    kb = KnowledgeBase.memory()
    doc = Document("synthetic-series", "Synthetic event series")
    stances = []
    for i, (t, a, b, sign) in enumerate(events):
        day = period_start(t) + dt.timedelta(days=rng.randrange(28))
        kind = StanceType(rng.choice(SIGNED_TYPES[sign]))
        stances.append(
            Stance(a, b, kind, Modality.ASSERTED, Evidence(doc.id, 2 * i, 2 * i + 1), date=day)
        )
    kb.store.add([], [doc], stances)
    return kb


def evaluate(kb: object, periods: int) -> dict[str, object]:
    """Hit rates of balance, no change and majority over every period t -> t+1."""
    from graphkb.analysis.pressures import pressures
    from graphkb.analysis.signed import signed_graph

    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for t in range(1, periods - 1):
        now = signed_graph(kb.store, since=period_start(t - 1), until=period_end(t))  # type: ignore[attr-defined]
        nxt = signed_graph(kb.store, since=period_start(t + 1), until=period_end(t + 1))  # type: ignore[attr-defined]
        predicted: dict[tuple[str, str], int] = {}
        for actor in now.nodes:
            for p in pressures(now, actor):
                predicted[min(actor, p.other), max(actor, p.other)] = p.sign
        majority = 1 if sum(t.sign for t in now) >= 0 else -1
        for tie in nxt:
            key, observed = (tie.a, tie.b), tie.sign
            before = now.sign(*key)
            if key in predicted:
                group = "tied" if before else "new"
                totals[f"balance_{group}"] += 1
                hits[f"balance_{group}"] += predicted[key] == observed
            if before:
                totals["no_change"] += 1
                hits["no_change"] += before == observed
                if key in predicted:
                    totals["no_change_on_predicted"] += 1
                    hits["no_change_on_predicted"] += before == observed
            else:
                totals["majority_new"] += 1
                hits["majority_new"] += majority == observed
    return {k: {"pairs": totals[k], "hit_rate": round(hits[k] / totals[k], 3)} for k in totals}


def main(argv: list[str] | None = None) -> None:
    """Run the model at the given noise levels and print the table."""
    from graphkb.actors import bundled_actors

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--countries", type=int, default=40)
    parser.add_argument("--periods", type=int, default=12)
    parser.add_argument("--events", type=int, default=150, help="events per period")
    parser.add_argument("--drift", type=float, default=0.35, help="radians per period (s.d.)")
    parser.add_argument(
        "--noise", default="0.1,0.5", help="shares of flipped signs, comma-separated"
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    pool = sorted(a.id for a in bundled_actors() if a.kind.value == "country")
    countries = random.Random(args.seed).sample(pool, args.countries)
    results = {}
    for noise in (float(x) for x in args.noise.split(",")):
        events = simulate(countries, args.periods, args.events, args.drift, noise, args.seed)
        with build_store(events, args.seed) as kb:  # type: ignore[attr-defined]
            results[noise] = evaluate(kb, args.periods)
    print(json.dumps({str(k): v for k, v in results.items()}, indent=1))
    print(f"\n{args.countries} countries, {args.periods} periods, {args.events} events a period")
    print(f"{'noise':>6} {'question':<26} {'pairs':>6} {'hit rate':>9}")
    for noise, found in results.items():
        for key in ("balance_new", "majority_new", "balance_tied", "no_change_on_predicted"):
            if key in found:
                row = found[key]
                print(f"{noise:>6} {key:<26} {row['pairs']:>6} {row['hit_rate']:>9.3f}")  # type: ignore[index]


if __name__ == "__main__":
    main()
