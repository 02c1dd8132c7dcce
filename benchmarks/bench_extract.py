"""Extraction speed: sentences per second and articles per minute on one core, beside a
baseline measured in the same run (spaCy's blank English tokenizer alone, the floor any
spaCy-based pipeline pays), and `graphkb extract` on the seed article as a whole process beside
`python -c pass`.

Run: python benchmarks/bench_extract.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "article.txt"


def _articles() -> list[str]:
    texts = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "articles").glob("*.txt"))
    ]
    if SEED.is_file():
        texts.append(SEED.read_text(encoding="utf-8"))
    return texts


def _process_seconds(argv: list[str], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    import spacy

    from graphkb.actors import Gazetteer
    from graphkb.extract import Extractor

    texts = _articles()
    extractor = Extractor(Gazetteer.bundled())
    extractor.extract(texts[0], document_id="warm-up")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    sentences = sum(len(list(nlp(t).sents)) for t in texts)

    start = time.perf_counter()
    for _ in range(args.rounds):
        for text in texts:
            list(nlp(text).sents)
    baseline = time.perf_counter() - start

    start = time.perf_counter()
    for _ in range(args.rounds):
        for i, text in enumerate(texts):
            extractor.extract(text, document_id=f"doc-{i}")
    ours = time.perf_counter() - start

    total = sentences * args.rounds
    print(f"corpus: {len(texts)} articles, {sentences} sentences, {args.rounds} rounds, one core")
    print(f"baseline (spaCy blank tokenizer + sentencizer): {total / baseline:,.0f} sentences/s")
    print(
        f"graphkb extractor:                              {total / ours:,.0f} sentences/s, "
        f"{len(texts) * args.rounds / ours * 60:,.0f} articles/min "
        f"({ours / baseline:.1f}x the baseline's time)"
    )
    if SEED.is_file():
        python = _process_seconds([sys.executable, "-c", "pass"], args.rounds)
        whole = _process_seconds(
            [sys.executable, "-m", "graphkb", "extract", str(SEED), "--format", "jsonl"],
            args.rounds,
        )
        print(
            f"whole process, median of {args.rounds}: graphkb extract seed {whole:.3f} s; "
            f"python -c pass {python:.3f} s"
        )


if __name__ == "__main__":
    main()
