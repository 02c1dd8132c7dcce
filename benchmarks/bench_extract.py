"""Extraction speed: sentences per second and articles per minute on one core, beside a
baseline measured in the same run (graphkb's own normalisation, tokenizer and sentence splitter
alone: the floor the rules run on top of; and spaCy's blank English tokenizer with a
sentencizer, when spaCy is installed), and `graphkb extract` on the seed article as a whole
process beside `python -c pass`.

Run: python benchmarks/bench_extract.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
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


def _seconds(work: Callable[[], object], rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        work()
    return time.perf_counter() - start


def _spacy_floor(texts: list[str]) -> Callable[[], object] | None:
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return lambda: [list(nlp(t).sents) for t in texts]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    from graphkb.actors import Gazetteer
    from graphkb.extract import Extractor
    from graphkb.extract.text import normalize, split_sentences
    from graphkb.extract.tokenizer import Tokenizer

    texts = _articles()
    extractor = Extractor(Gazetteer.bundled())
    extractor.extract(texts[0], document_id="warm-up")
    tokenizer = Tokenizer()
    sentences = sum(len(split_sentences(t)) for t in texts)
    total = sentences * args.rounds

    floor = _seconds(
        lambda: [(tokenizer(normalize(t)), split_sentences(t)) for t in texts], args.rounds
    )
    ours = _seconds(lambda: [extractor.extract(t, document_id="d") for t in texts], args.rounds)
    print(f"corpus: {len(texts)} articles, {sentences} sentences, {args.rounds} rounds, one core")
    print(f"baseline, graphkb tokenizer + sentence splitter: {total / floor:,.0f} sentences/s")
    spacy_work = _spacy_floor(texts)
    if spacy_work is not None:
        spacy_time = _seconds(spacy_work, args.rounds)
        print(
            f"baseline, spaCy blank tokenizer + sentencizer: {total / spacy_time:,.0f} sentences/s"
        )
    print(
        f"graphkb extractor:                               {total / ours:,.0f} sentences/s, "
        f"{len(texts) * args.rounds / ours * 60:,.0f} articles/min "
        f"({ours / floor:.1f}x the tokenizer baseline's time)"
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
