"""Extraction speed: sentences per second and articles per minute on one core, beside a
baseline measured in the same run (graphkb's own normalisation, tokenizer and sentence splitter
alone: the floor the rules run on top of; and spaCy's blank English tokenizer with a
sentencizer, when spaCy is installed), and `graphkb extract` on the seed article as a whole
process beside `python -c pass`.

Then the scaling table: time against input size (25 KB to 1 MB) for three hostile shapes (one
long paragraph of short sentences, one line without punctuation, "U.S. " repeated), each beside
the tokenizer and splitter alone on the same text; time should grow as the size does (linear),
not as its square.

Run: python benchmarks/bench_extract.py [--rounds N] [--scaling-only]
"""

from __future__ import annotations

import argparse
import os
import random
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


_WORDS = [
    *("the", "minister", "said", "Iran", "sanctioned", "China", "and", "Russia", "praised"),
    *("France", "while", "Mali", "condemned", "talks", "over", "Ukraine", "in", "Geneva"),
]


def long_paragraph(size: int) -> str:
    """One line of short varied sentences, ``size`` characters or a little more."""
    rng = random.Random(1)
    out: list[str] = []
    total = 0
    while total < size:
        sentence = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(4, 12)))
        sentence = sentence[0].upper() + sentence[1:] + ". "
        out.append(sentence)
        total += len(sentence)
    return "".join(out)


def no_punctuation(size: int) -> str:
    """One line of words and spaces only."""
    rng = random.Random(2)
    return " ".join(rng.choice(_WORDS) for _ in range(size // 6))[:size]


def abbreviations(size: int) -> str:
    """ "U.S. " repeated: every full stop is a possible sentence end."""
    return "U.S. " * (size // 5)


SHAPES: dict[str, Callable[[int], str]] = {
    "long paragraph": long_paragraph,
    "no punctuation": no_punctuation,
    "repeated U.S.": abbreviations,
}


def scaling(extract: Callable[[str], object]) -> None:
    """Print time against size for each hostile shape, beside the tokenizer floor."""
    from graphkb.extract.text import normalize, split_sentences
    from graphkb.extract.tokenizer import Tokenizer

    tokenizer = Tokenizer()
    sizes = [25_000, 100_000, 400_000, 1_000_000]
    print(
        "\nscaling (one run each; growth = time / the previous size's time, beside the size "
        "ratio: linear when the two match)"
    )
    print(f"{'shape':<16} {'size':>9} {'extract':>9} {'growth':>10} {'floor':>8} {'x floor':>8}")
    for name, make in SHAPES.items():
        previous = None
        last_size = 0
        for size in sizes:
            text = make(size)
            took = _seconds(lambda text=text: extract(text), 1)
            floor = _seconds(
                lambda text=text: (tokenizer(normalize(text)), split_sentences(text)), 1
            )
            growth = f"{took / previous:.1f}x/{size / last_size:.1f}x" if previous else "-"
            print(
                f"{name:<16} {len(text) / 1000:>7.0f}KB {took:>8.2f}s {growth:>10} "
                f"{floor:>7.2f}s {took / floor:>7.1f}x"
            )
            previous, last_size = took, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--scaling-only", action="store_true", help="only the scaling table")
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    from graphkb.actors import Gazetteer
    from graphkb.extract import Extractor
    from graphkb.extract.text import normalize, split_sentences
    from graphkb.extract.tokenizer import Tokenizer

    texts = _articles()
    extractor = Extractor(Gazetteer.bundled())
    extractor.extract(texts[0], document_id="warm-up")
    if args.scaling_only:
        scaling(lambda text: extractor.extract(text, document_id="d"))
        return
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
    scaling(lambda text: extractor.extract(text, document_id="d"))


if __name__ == "__main__":
    main()
