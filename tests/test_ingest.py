"""extract and ingest from the command line: the JSON-lines contract, provenance, idempotence,
and refusals of bad input."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkb.cli import app

ARTICLE = (
    "Berlin condemns Moscow\n\n"
    "Germany imposed sanctions on Russia on Monday. "
    "Foreign Minister Karla Weiss said the measures were overdue.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """A short article of our own."""
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_jsonl_contract(article: Path) -> None:
    """Each line has exactly the contract's keys, and offsets point at the sentence."""
    result = CliRunner().invoke(app, ["extract", str(article), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for record in records:
        assert set(record) == {
            "source",
            "target",
            "type",
            "polarity",
            "modality",
            "evidence",
            "attributed_to",
            "confidence",
            "date",
            "reported",
        }
        assert set(record["source"]) == {"id", "name", "kind", "country"}
        ev = record["evidence"]
        assert ARTICLE[ev["start"] : ev["end"]] == ev["text"]
    sanction = [r for r in records if r["type"] == "SANCTION"]
    assert [(r["source"]["id"], r["target"]["id"], r["modality"]) for r in sanction] == [
        ("DEU", "RUS", "asserted")
    ]


def test_extract_reads_standard_input() -> None:
    """`-` reads the article from standard input."""
    result = CliRunner().invoke(app, ["extract", "-", "-f", "jsonl"], input=ARTICLE)
    assert result.exit_code == 0
    assert '"type": "SANCTION"' in result.stdout


def test_ingest_adds_once_with_provenance(article: Path, own_store: Path) -> None:
    """Ingest stores the stances with the document; a second ingest adds nothing."""
    runner = CliRunner()
    first = runner.invoke(
        app,
        [
            "ingest",
            str(article),
            "--title",
            "Berlin condemns Moscow",
            "--url",
            "https://example.org/a",
            "--date",
            "2025-03-03",
            "--publisher",
            "Example Wire",
        ],
    )
    assert first.exit_code == 0, first.stderr
    assert "stance(s)" in first.stdout
    second = runner.invoke(app, ["ingest", str(article)])
    assert "already in the store" in second.stdout
    rel = runner.invoke(app, ["relations", "Germany", "Russia", "-f", "json"])
    views = {v["type"]: v for v in json.loads(rel.stdout)}
    assert set(views) == {"SANCTION", "ACCUSE"}  # the headline condemns, the body sanctions
    sanction = views["SANCTION"]
    doc = sanction["evidence"]["document"]
    assert (doc["title"], doc["url"], doc["publisher"], doc["date"]) == (
        "Berlin condemns Moscow",
        "https://example.org/a",
        "Example Wire",
        "2025-03-03",
    )
    assert sanction["evidence"]["text"].startswith("Germany imposed sanctions")
    assert runner.invoke(app, ["validate"]).exit_code == 0


def test_ingesting_the_curated_seed_article_adds_nothing(
    seed_article: Path, own_store: Path
) -> None:
    """The bundled store holds the seed article as curated stances with the text's SHA-256:
    ingesting the same text finds that document instead of storing the article twice."""
    runner = CliRunner()
    before = json.loads(runner.invoke(app, ["stats", "-f", "json"]).stdout)
    result = runner.invoke(app, ["ingest", str(seed_article)])
    assert result.exit_code == 0, result.stderr
    assert "already in the store as seed-us-pakistan-sanctions; nothing added" in result.stdout
    assert json.loads(runner.invoke(app, ["stats", "-f", "json"]).stdout) == before


def test_the_same_text_with_other_line_endings_is_the_same_article(
    seed_article: Path, own_store: Path, tmp_path: Path
) -> None:
    """The seed article saved again with CRLF line endings, or with extra blank lines at the
    end, is recognised as the stored document, not ingested a second time."""
    runner = CliRunner()
    before = json.loads(runner.invoke(app, ["stats", "-f", "json"]).stdout)
    text = seed_article.read_text(encoding="utf-8")
    variants = {
        "crlf.txt": text.replace("\n", "\r\n"),
        "trailing.txt": text + "\n\n",
        "stripped.txt": text.rstrip(),
    }
    for name, body in variants.items():
        (tmp_path / name).write_bytes(body.encode("utf-8"))
    result = runner.invoke(app, ["ingest", *(str(tmp_path / n) for n in variants)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("already in the store as seed-us-pakistan-sanctions") == 3
    assert json.loads(runner.invoke(app, ["stats", "-f", "json"]).stdout) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "looks like a binary file"),
        ("Bogot\xe1 sanctions".encode("latin-1"), "is not UTF-8"),
        ("Germany sanctions Russia.".encode("utf-16"), "is UTF-16 text; convert it with `iconv"),
    ],
)
def test_bad_articles_are_refused_in_one_line(
    tmp_path: Path, own_store: Path, content: bytes, message: str
) -> None:
    """Empty, binary and non-UTF-8 files get a one-line error and exit code 1."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    for command in (["extract", str(bad)], ["ingest", str(bad)]):
        result = CliRunner().invoke(app, command)
        assert result.exit_code == 1
        assert message in result.stderr
        assert result.stderr.count("\n") == 1


def test_oversized_article_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An article over the size limit is refused before it is read whole."""
    monkeypatch.setenv("GRAPHKB_MAX_DOCUMENT_BYTES", "100")
    big = tmp_path / "big.txt"
    big.write_text("Germany sanctions Russia. " * 20, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(big)])
    assert result.exit_code == 1
    assert "is larger than 100 bytes" in result.stderr


def test_people_found_in_one_article_are_known_in_the_next(tmp_path: Path, own_store: Path) -> None:
    """A minister introduced by role in one article is recognised by name in a later one,
    within one ingest run and in a later run, with her role and country kept."""
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Germany's Defence Minister Karla Weiss accused Russia of spying on Monday.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Karla Weiss criticised Iran over its drone exports.\n", encoding="utf-8"
    )
    later = tmp_path / "c.txt"
    later.write_text("Karla Weiss praised Poland for its support.\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(folder)]).exit_code == 0
    assert runner.invoke(app, ["ingest", str(later)]).exit_code == 0
    profile = json.loads(runner.invoke(app, ["actor", "karla-weiss", "-f", "json"]).stdout)
    assert (profile["actor"]["role"], profile["actor"]["country"]) == ("Defence Minister", "DEU")
    out = {
        (row["type"], row["target"]["id"])
        for row in json.loads(
            runner.invoke(app, ["stances", "--source", "karla-weiss", "-f", "json"]).stdout
        )
    }
    assert out == {("ACCUSE", "RUS"), ("ACCUSE", "IRN"), ("SUPPORT", "POL")}


def test_a_folder_ingest_checks_every_file_before_writing(tmp_path: Path, own_store: Path) -> None:
    """A bad file among good ones stops the ingest before anything is stored; the folder's
    README and hidden files are not taken for articles."""
    folder = tmp_path / "batch"
    (folder / ".drafts").mkdir(parents=True)
    (folder / "a.txt").write_text("Germany imposed sanctions on Russia.\n", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.txt").write_text("France condemned Iran over its drones.\n", encoding="utf-8")
    (folder / "README.md").write_text("France accused Germany of spying.\n", encoding="utf-8")
    (folder / ".drafts" / "d.txt").write_text("Spain accused Italy.\n", encoding="utf-8")
    runner = CliRunner()
    before = json.loads(runner.invoke(app, ["stats", "-f", "json"]).stdout)
    result = runner.invoke(app, ["ingest", str(folder)])
    assert result.exit_code == 1
    assert f"{folder / 'b.txt'}: is empty" in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""
    assert json.loads(runner.invoke(app, ["stats", "-f", "json"]).stdout) == before
    (folder / "b.txt").write_text("Japan praised India.\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(folder)])
    assert result.exit_code == 0, result.stderr
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == [
        str(folder / name) for name in ("a.txt", "b.txt", "c.txt")
    ]


def test_article_paths_say_what_is_wrong(tmp_path: Path, own_store: Path) -> None:
    """A folder given to extract, and --title or --url with several articles, are refused
    with advice; an article can come through a pipe."""
    runner = CliRunner()
    done = runner.invoke(app, ["extract", str(tmp_path)])
    assert done.exit_code == 1
    assert "is a folder; give its article files" in done.stderr
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("France praised Japan.\n", encoding="utf-8")
    done = runner.invoke(app, ["ingest", "--title", "One title", str(tmp_path)])
    assert done.exit_code == 1
    assert "--title and --url describe one document, and 2 articles were given" in done.stderr
    fifo = tmp_path / "piped"
    os.mkfifo(fifo)
    feeder = threading.Thread(target=lambda: fifo.write_text(ARTICLE, encoding="utf-8"))
    feeder.start()
    done = runner.invoke(app, ["extract", str(fifo), "-f", "jsonl"])
    feeder.join(timeout=10)
    assert done.exit_code == 0, done.stderr
    assert '"type": "SANCTION"' in done.stdout


def test_a_document_url_must_be_http(article: Path, own_store: Path) -> None:
    """A URL that is not http(s) (such as javascript:) is refused before anything is stored;
    the scheme's case does not matter."""
    done = CliRunner().invoke(app, ["ingest", "--url", "javascript:alert(1)", str(article)])
    assert done.exit_code == 1
    assert "is not an http(s) address" in done.stderr
    done = CliRunner().invoke(app, ["ingest", "--url", "HTTPS://EXAMPLE.ORG/a", str(article)])
    assert done.exit_code == 0, done.stderr


def test_an_article_is_dated_by_its_dateline(tmp_path: Path, own_store: Path) -> None:
    """Without --date, the first full date in the opening lines dates the document and its
    stances, and the ingest line says so; --date wins over it."""
    from graphkb.articles import dateline

    assert dateline("WASHINGTON, Dec. 19, 2024 (Wire) - ...") == dt.date(2024, 12, 19)
    assert dateline("Published 3 March 2025\n\nText") == dt.date(2025, 3, 3)
    assert dateline("Filed 2023-07-01. Later: May 5, 2022") == dt.date(2023, 7, 1)
    assert dateline("31 February 2024, or the 1998 tests, or on Monday") is None
    assert dateline("Officials said the talks may 10, 2000 people attended") is None
    assert dateline("WASHINGTON, DEC. 19, 2024") == dt.date(2024, 12, 19)
    assert dateline("x" * 500 + " 2024-01-01") is None  # past the opening lines
    article = tmp_path / "dated.txt"
    article.write_text(
        "Germany sanctions Russia\n\nBERLIN, Dec. 19, 2024 - Germany imposed sanctions on "
        "Russia on Thursday.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    done = runner.invoke(app, ["ingest", str(article)])
    assert done.exit_code == 0, done.stderr
    assert done.stdout.rstrip().endswith(", dated 2024-12-19 by its dateline")
    rel = json.loads(runner.invoke(app, ["relations", "Germany", "Russia", "-f", "json"]).stdout)
    assert {r["date"] for r in rel} == {"2024-12-19"}
    assert {r["evidence"]["document"]["date"] for r in rel} == {"2024-12-19"}
    other = tmp_path / "other.txt"
    other.write_text("Published 2024-12-19\n\nFrance praised Japan.\n", encoding="utf-8")
    done = runner.invoke(app, ["ingest", "--date", "2025-01-02", str(other)])
    assert "dateline" not in done.stdout
    rel = json.loads(runner.invoke(app, ["relations", "France", "Japan", "-f", "json"]).stdout)
    assert {r["date"] for r in rel} == {"2025-01-02"}
