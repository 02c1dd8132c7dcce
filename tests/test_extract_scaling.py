"""Extraction stays linear in its input: no paragraph, line or run of stops costs its square."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graphkb.extract.text import MAX_SENTENCE, split_sentences

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import SHAPES  # noqa: E402


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_no_sentence_is_longer_than_the_cap(shape: str) -> None:
    """Every piece the splitter gives is at most MAX_SENTENCE characters, whatever the text."""
    text = SHAPES[shape](200_000)
    sentences = split_sentences(text)
    assert max(s.end - s.start for s in sentences) <= MAX_SENTENCE
    if shape != "repeated U.S.":  # a repeated sentence is dropped as a repeated headline
        covered = sum(len(s.text.split()) for s in sentences)
        assert covered == len(text.split())  # nothing is lost at the cuts


def test_a_long_sentence_is_cut_at_a_space() -> None:
    """A cut falls between words, so no word is split in two."""
    text = " ".join(["sanctions"] * 1_000)
    pieces = [s.text for s in split_sentences(text)]
    assert len(pieces) > 1
    assert all(set(p.split()) == {"sanctions"} for p in pieces)


def test_ordinary_sentences_are_not_cut() -> None:
    """Sentences of news length keep their abbreviations and stops as before."""
    text = "The U.S. sanctioned Iran on Dec. 5. Mr. Lee objected. The U.N. Army left."
    assert [s.text for s in split_sentences(text)] == [
        "The U.S. sanctioned Iran on Dec. 5.",
        "Mr. Lee objected.",
        "The U.N. Army left.",
    ]


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_400_kb_of_a_hostile_shape_is_extracted_without_hanging(shape: str) -> None:
    """A whole extraction of 400 KB finishes (a quadratic stage took half an hour here)."""
    code = (
        "import sys; sys.path.insert(0, 'benchmarks');"
        "from bench_extract import SHAPES;"
        "from graphkb.actors import Gazetteer; from graphkb.extract import Extractor;"
        f"r = Extractor(Gazetteer.bundled()).extract(SHAPES[{shape!r}](400_000));"
        "print(len(r.stances))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 0


def test_extract_table_is_cut_with_a_note_and_jsonl_is_whole(tmp_path: Path) -> None:
    """A table shows the first --limit rows and says how many there were; jsonl prints all."""
    from typer.testing import CliRunner

    from graphkb.cli import app

    article = tmp_path / "many.txt"
    article.write_text(
        " ".join(f"France criticized Iran on day {i}." for i in range(5)), encoding="utf-8"
    )
    runner = CliRunner()
    table = runner.invoke(app, ["extract", str(article), "--limit", "2"])
    assert table.exit_code == 0, table.stderr
    assert table.stderr.startswith("showing the first 2 of 5 stances; --limit 0 shows all")
    assert table.stdout.count("ACCUSE") == 2
    whole = runner.invoke(app, ["extract", str(article), "--format", "jsonl", "--limit", "2"])
    assert len(whole.stdout.splitlines()) == 5
