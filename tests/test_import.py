"""Tests for graphkb.importers: GDELT 2.0 exports and PLOVER/POLECAT JSON lines."""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import inspect
import json
import os
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkb import queries, rdf
from graphkb._exceptions import ParseError
from graphkb.actors import Gazetteer
from graphkb.importers import FORMATS, ImportBatch, ImportStats, cameo_stance_type, iter_batches
from graphkb.importers._tables import Resolver, _known_groups
from graphkb.importers.gdelt import COLUMNS, confidence
from graphkb.model import ActorKind, Modality, StanceFilter, StanceType
from graphkb.store import Store

DATA = Path(__file__).resolve().parent / "data" / "import"
_T = TypeVar("_T")
GDELT = DATA / "events.export.CSV"
POLECAT = DATA / "polecat.jsonl"
GSR = Path(__file__).resolve().parents[2] / "shared" / "bench" / "plover_gsr.jsonl"
URL_A = "https://www.example.com/news/us-sanctions-russia"

T = StanceType
GDELT_STANCES = [
    ("USA", "RUS", T.SANCTION, "163", -8.0, 0.8, dt.date(2024, 3, 15)),
    ("USA", "PAK", T.RETREAT, "0841", 7.0, 0.6, dt.date(2024, 3, 16)),
    ("RUS", "UKR", T.ASSAULT, "190", -10.0, 1.0, dt.date(2024, 3, 17)),
    ("UN", "IRN", T.ACCUSE, "112", -2.0, 0.7, dt.date(2024, 3, 18)),
    ("ROU", "USA", T.CONSULT, "043", 2.8, 0.5, dt.date(2024, 3, 19)),
    ("AMNESTY", "ISR", T.ACCUSE, "111", -2.0, 0.9, dt.date(2024, 3, 27)),
    ("USA", "RUS", T.REJECT, "124", -4.0, 0.8, dt.date(2024, 3, 15)),
]
GDELT_SKIPPED = {
    "unmapped event": 1,
    "missing actor": 1,
    "same actor": 1,
    "unmapped actor": 1,
    "duplicate": 1,
}
M = Modality
PLOVER_STANCES = [
    ("USA", "RUS", T.SANCTION, M.ASSERTED, dt.date(2024, 3, 1)),
    ("CHN", "USA", T.ACCUSE, M.ASSERTED, dt.date(2024, 3, 2)),
    ("USA", "JOR", T.AGREE, M.ASSERTED, None),
    ("JOR", "USA", T.AGREE, M.ASSERTED, None),
    ("IND", "PAK", T.ASSAULT, M.NEGATED, dt.date(2024, 3, 4)),
    ("USA", "IRN", T.SANCTION, M.HYPOTHETICAL, dt.date(2024, 3, 5)),
    ("CHN", "USA", T.CONSULT, M.HYPOTHETICAL, dt.date(2024, 3, 6)),
    ("UN", "IRN", T.REQUEST, M.ASSERTED, dt.date(2024, 3, 7)),
    ("JPN", "CHN", T.ASSAULT, M.ASSERTED, dt.date(2024, 3, 17)),
]


def _run(path: Path, fmt: str, batch_size: int = 5000) -> tuple[list[ImportBatch], ImportStats]:
    stats = ImportStats()
    batches = list(iter_batches(path, fmt, stats=stats, batch_size=batch_size))  # type: ignore[arg-type]
    return batches, stats


@pytest.fixture
def gdelt_gz(tmp_path: Path) -> Path:
    """A gzip copy of the GDELT fixture, made at test time."""
    path = tmp_path / "events.export.CSV.gz"
    path.write_bytes(gzip.compress(GDELT.read_bytes()))
    return path


def test_gdelt_columns_follow_the_codebook() -> None:
    """The export has 61 columns in the codebook's order."""
    assert len(COLUMNS) == 61
    assert (COLUMNS[0], COLUMNS[1], COLUMNS[5], COLUMNS[7]) == (
        "GLOBALEVENTID",
        "SQLDATE",
        "Actor1Code",
        "Actor1CountryCode",
    )
    assert (COLUMNS[26], COLUMNS[30], COLUMNS[32], COLUMNS[39]) == (
        "EventCode",
        "GoldsteinScale",
        "NumSources",
        "Actor1Geo_ADM2Code",
    )
    assert COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("010", None),
        ("016", T.REJECT),
        ("020", T.REQUEST),
        ("036", T.AGREE),
        ("043", T.CONSULT),
        ("057", T.SUPPORT),
        ("064", T.COOPERATE),
        ("073", T.AID),
        ("080", T.CONCEDE),
        ("0811", T.CONCEDE),
        ("083", T.CONCEDE),
        ("084", T.RETREAT),
        ("0874", T.RETREAT),
        ("093", T.ACCUSE),
        ("1056", T.REQUEST),
        ("112", T.ACCUSE),
        ("129", T.REJECT),
        ("1384", T.THREATEN),
        ("145", T.PROTEST),
        ("154", T.MOBILIZE),
        ("163", T.SANCTION),
        ("1623", T.SANCTION),
        ("174", T.COERCE),
        ("195", T.ASSAULT),
        ("2042", T.ASSAULT),
        ("99", None),
    ],
)
def test_cameo_code_maps_to_plover_type(code: str, expected: StanceType | None) -> None:
    """A CAMEO code maps by its longest listed prefix; 01 and unknown codes map to nothing."""
    assert cameo_stance_type(code) is expected


def test_cameo_table_agrees_with_the_reference_roots() -> None:
    """Every CAMEO root in the stance-type table maps back to its type (08 is split)."""
    for stance_type in StanceType:
        for root in stance_type.info.cameo_roots:
            if root != "08":
                assert cameo_stance_type(root) is stance_type, root
    assert (cameo_stance_type("081"), cameo_stance_type("084")) == (T.CONCEDE, T.RETREAT)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("USAGOV", "USA"),
        ("ROMGOV", "ROU"),
        ("ZAR", "COD"),
        ("IGOUNO", "UN"),
        ("IGOUNOKID", "UNICEF"),
        ("IGOWSTNAT", "NATO"),
        ("PSEHMS", "HAMAS"),
        ("NGOAMN", "AMNESTY"),
        ("EUR", None),
        ("IGO", None),
        ("", None),
    ],
)
def test_cameo_actor_codes_resolve(code: str, expected: str | None) -> None:
    """Country prefixes, old CAMEO country codes and known groups resolve; regions do not."""
    found = Resolver().actor_code(code)
    assert (found.id if found else None) == expected


def test_known_groups_are_gazetteer_actors_or_new_organisations() -> None:
    """A known group either names a gazetteer actor or brings a new actor with a free id."""
    gazetteer = Gazetteer.bundled()
    for code, ref in _known_groups().items():
        if ref.new is None:
            assert ref.id in gazetteer, code
        else:
            assert ref.new.id not in gazetteer, code
            assert ref.new.kind in (ActorKind.ORGANIZATION, ActorKind.GROUP), code


def test_confidence_grows_with_sources() -> None:
    """Confidence is 0.5 plus 0.1 per source, capped at 1.0."""
    assert [confidence(n) for n in (0, 1, 2, 5, 9)] == [0.5, 0.6, 0.7, 1.0, 1.0]


def test_gdelt_stances_keep_type_cameo_and_goldstein() -> None:
    """Each mapped event becomes one asserted stance with its CAMEO code and Goldstein value."""
    [batch], _ = _run(GDELT, "gdelt")
    got = [
        (s.source, s.target, s.type, s.cameo, s.goldstein, s.confidence, s.date)
        for s in batch.stances
    ]
    assert got == GDELT_STANCES
    assert {s.modality for s in batch.stances} == {Modality.ASSERTED}
    assert {s.origin for s in batch.stances} == {"import:gdelt"}
    assert {(s.evidence.start, s.evidence.end, s.evidence.text) for s in batch.stances} == {
        (None, None, None)
    }


def test_gdelt_counts_skipped_and_malformed_lines() -> None:
    """Skips are counted by reason and malformed lines by example; the counts add up."""
    _, stats = _run(GDELT, "gdelt")
    assert stats == ImportStats(
        lines=15,
        imported=7,
        skipped=GDELT_SKIPPED,
        malformed=3,
        malformed_examples=[
            "events.export.CSV:10: 6 tab-separated columns; expected 61",
            "events.export.CSV:11: bad date '20241345'",
            "events.export.CSV:12: not UTF-8 (bad byte at column 41)",
        ],
    )


def test_gdelt_documents_are_one_per_url() -> None:
    """Two events from one URL share one document, named by a hash of the URL."""
    [batch], _ = _run(GDELT, "gdelt")
    assert len(batch.documents) == 6
    assert len({d.id for d in batch.documents}) == 6
    doc = next(d for d in batch.documents if d.url == URL_A)
    assert (doc.id, doc.title, doc.publisher, doc.date) == (
        "gdelt-2762c38315ad889d",
        URL_A,
        "example.com",
        dt.date(2024, 3, 15),
    )
    assert [s.type for s in batch.stances if s.evidence.document == doc.id] == [
        T.SANCTION,
        T.REJECT,
    ]


def test_gdelt_batch_adds_only_new_actors() -> None:
    """Countries and gazetteer organisations are not re-added: Amnesty International (known
    group AMN) is in the gazetteer (international.csv), so the batch brings no actor, nor
    would Fatah (FTA, in organizations.csv); a known group the gazetteer lacks (Palestinian
    Islamic Jihad) would come as a new actor."""
    [batch], _ = _run(GDELT, "gdelt")
    assert batch.actors == []
    groups = _known_groups()
    assert groups["FTA"].new is None and "FATAH" in Gazetteer.bundled()
    jihad = groups["ISJ"].new
    assert jihad is not None and jihad.id == "PIJ" and jihad.id not in Gazetteer.bundled()


def test_gzip_and_zip_read_like_plain_files(gdelt_gz: Path, tmp_path: Path) -> None:
    """Compressed copies give the same stances and counts as the plain file."""
    archive = tmp_path / "20240315120000.export.CSV.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(GDELT, "20240315120000.export.CSV")
    plain, plain_stats = _run(GDELT, "gdelt")
    for path in (gdelt_gz, archive):
        batches, stats = _run(path, "gdelt")
        assert batches == plain
        assert (stats.lines, stats.imported, stats.skipped, stats.malformed) == (
            plain_stats.lines,
            plain_stats.imported,
            plain_stats.skipped,
            plain_stats.malformed,
        )
        assert stats.malformed_examples[0].startswith(f"{path.name}:10: ")


def _through_fifo(data: bytes, folder: Path, read: Callable[[Path], _T]) -> _T:
    """``read(path)`` on a FIFO that a thread fills with ``data``, as ``<(zcat ...)`` does."""
    fifo = folder / "events.fifo"
    os.mkfifo(fifo)

    def feed() -> None:
        with contextlib.suppress(BrokenPipeError), fifo.open("wb") as out:
            out.write(data)  # the open blocks until the reader opens the FIFO

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    try:
        return read(fifo)
    finally:
        feeder.join(timeout=10)


def test_pipes_read_like_files(gdelt_gz: Path, tmp_path: Path) -> None:
    """Plain and gzip data read from a pipe give the stances of the file; a zip archive, which
    needs seeking, is refused with advice instead of a traceback."""
    plain, _ = _run(GDELT, "gdelt")
    for data in (GDELT.read_bytes(), gdelt_gz.read_bytes()):
        folder = tmp_path / f"pipe{len(data)}"
        folder.mkdir()
        batches, stats = _through_fifo(data, folder, lambda p: _run(p, "gdelt"))
        assert batches == plain
        assert stats.malformed_examples[0].startswith("events.fifo:10: ")
    archive = tmp_path / "events.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(GDELT, "events.export.CSV")
    folder = tmp_path / "pipezip"
    folder.mkdir()
    with pytest.raises(ParseError, match=r"zip archive cannot be read from a pipe; pass the .zip"):
        _through_fifo(archive.read_bytes(), folder, lambda p: _run(p, "gdelt"))


def test_batches_are_yielded_lazily_at_the_requested_size() -> None:
    """iter_batches is a generator that reads only as far as the batch it yields."""
    stats = ImportStats()
    batches = iter_batches(GDELT, "gdelt", stats=stats, batch_size=2)
    assert inspect.isgenerator(batches)
    assert stats.lines == 0
    first = next(batches)
    assert len(first.stances) == 2
    assert (stats.lines, stats.imported) == (2, 2)
    assert [len(b.stances) for b in batches] == [2, 2, 1]
    assert stats.lines == 15


def test_each_batch_carries_the_documents_of_its_stances() -> None:
    """A batch holds exactly its own stances' documents, so it can be stored alone."""
    batches, _ = _run(GDELT, "gdelt", batch_size=1)
    assert len(batches) == 7
    for batch in batches:
        assert [d.id for d in batch.documents] == [batch.stances[0].evidence.document]
    assert sum(d.url == URL_A for b in batches for d in b.documents) == 2


def test_missing_file_raises_parse_error(tmp_path: Path) -> None:
    """A file that cannot be opened raises ParseError with a one-line message."""
    with pytest.raises(ParseError, match=r"nope\.csv: cannot open: No such file") as info:
        next(iter_batches(tmp_path / "nope.csv", "gdelt", stats=ImportStats()))
    assert "\n" not in str(info.value)


def test_corrupt_gzip_raises_parse_error(tmp_path: Path) -> None:
    """A truncated gzip file raises ParseError after the lines it could read."""
    path = tmp_path / "cut.CSV.gz"
    path.write_bytes(gzip.compress(GDELT.read_bytes())[:600])
    with pytest.raises(ParseError, match=r"cut\.CSV\.gz: corrupt or truncated data after line"):
        _run(path, "gdelt")


def test_unknown_format_raises_parse_error() -> None:
    """Only the listed formats are read."""
    assert FORMATS == ("gdelt", "plover")
    with pytest.raises(
        ParseError, match=r"unknown import format 'icews'; use one of gdelt, plover"
    ):
        _run(GDELT, "icews")


def test_overlong_line_is_malformed(tmp_path: Path) -> None:
    """A line past 1 MiB is counted as malformed without being held whole."""
    path = tmp_path / "long.jsonl"
    path.write_bytes(b"x" * (3 << 20) + b"\n" + POLECAT.read_bytes().splitlines()[0] + b"\n")
    batches, stats = _run(path, "plover")
    assert (stats.lines, stats.imported, stats.malformed) == (2, 1, 1)
    assert stats.malformed_examples == ["long.jsonl:1: line longer than 1 MiB"]
    assert [s.type for b in batches for s in b.stances] == [T.SANCTION]


def test_plover_stances_types_and_modalities() -> None:
    """PLOVER 2 and 0.5 names, POLECAT fields, reciprocal records and modes all map."""
    [batch], _ = _run(POLECAT, "plover")
    got = [(s.source, s.target, s.type, s.modality, s.date) for s in batch.stances]
    assert got == PLOVER_STANCES
    assert batch.actors == []
    assert {s.origin for s in batch.stances} == {"import:plover"}


def test_plover_counts_skipped_and_malformed_lines() -> None:
    """PLOVER skips and malformed lines are counted like GDELT's."""
    _, stats = _run(POLECAT, "plover")
    assert stats == ImportStats(
        lines=17,
        imported=8,
        skipped=GDELT_SKIPPED,
        malformed=4,
        malformed_examples=[
            "polecat.jsonl:12: bad JSON: Expecting property name enclosed in double quotes",
            "polecat.jsonl:13: a JSON list, not an object",
            "polecat.jsonl:14: bad date '2024-13-45'",
            "polecat.jsonl:15: no event type (event, event_type or type)",
        ],
    )


def test_plover_text_becomes_the_evidence_span() -> None:
    """A record's text is a document of its own, and the evidence spans all of it."""
    [batch], _ = _run(POLECAT, "plover")
    text = (
        "The United States and Jordan have agreed upon a new free-trade pact between the two "
        "countries, the White House announced Tuesday."
    )
    agree = [s for s in batch.stances if s.type is T.AGREE]
    assert {(s.evidence.start, s.evidence.end, s.evidence.text) for s in agree} == {
        (0, len(text), text)
    }
    doc = next(d for d in batch.documents if d.id == agree[0].evidence.document)
    assert doc.id.startswith("plover-")
    assert doc.title == text[:79] + "\u2026"
    assert doc.sha256 is not None and doc.id == f"plover-{doc.sha256[:16]}"
    others = [s for s in batch.stances if s.type is not T.AGREE]
    assert {(s.evidence.start, s.evidence.text) for s in others} == {(None, None)}


def test_plover_gold_standard_file_imports() -> None:
    """The 322 PLOVER gold-standard records import with the expected counts."""
    if not GSR.is_file():
        pytest.skip(f"benchmark file not found at {GSR}: put ../shared beside the repo")
    batches, stats = _run(GSR, "plover")
    assert (stats.lines, stats.imported, stats.malformed) == (322, 188, 0)
    assert stats.skipped == {
        # Amnesty International is a gazetteer actor (international.csv), and so is Hong Kong
        # (a territory in countries.csv): its protest against China imports
        "unmapped actor": 31,
        "missing actor": 16,
        "same actor": 86,
        "duplicate": 1,
    }
    assert sum(len(b.stances) for b in batches) == 211


def test_batches_load_into_a_store() -> None:
    """Imported batches load in one transaction each and answer stance queries."""
    with Store.memory() as store:
        for path, fmt in ((GDELT, "gdelt"), (POLECAT, "plover")):
            for batch in _run(path, fmt, batch_size=3)[0]:
                store.add_quads(rdf.all_quads(batch.actors, batch.documents, batch.stances))
        views = queries.fetch_stances(store, StanceFilter(source="USA"))
        got = sorted(
            (v.target.id, v.stance.type.value, v.stance.origin)
            for v in views
            if v.stance.origin.startswith("import:")
        )
        assert got == [
            ("IRN", "SANCTION", "import:plover"),
            ("JOR", "AGREE", "import:plover"),
            ("PAK", "RETREAT", "import:gdelt"),
            ("RUS", "REJECT", "import:gdelt"),
            ("RUS", "SANCTION", "import:gdelt"),
            ("RUS", "SANCTION", "import:plover"),
        ]
        sanction = next(v for v in views if v.stance.cameo == "163")
        assert (sanction.stance.goldstein, sanction.stance.confidence) == (-8.0, 0.8)
        assert sanction.document is not None and sanction.document.url == URL_A
        amnesty = queries.fetch_stances(store, StanceFilter(source="AMNESTY"))
        assert [(v.source.name, v.target.id) for v in amnesty] == [("Amnesty International", "ISR")]


_FIXTURE_LINES = (
    GDELT.read_text(encoding="latin-1").splitlines()
    + POLECAT.read_text(encoding="utf-8").splitlines()
)
_LINE = st.one_of(
    st.text(max_size=200),
    st.sampled_from(_FIXTURE_LINES),
    st.builds(lambda line, cut: line[:cut], st.sampled_from(_FIXTURE_LINES), st.integers(0, 400)),
    st.builds(lambda line: line.replace("\t", ","), st.sampled_from(_FIXTURE_LINES)),
)


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(_LINE, max_size=8), raw=st.binary(max_size=60))
def test_arbitrary_lines_never_crash_either_parser(
    tmp_path_factory: pytest.TempPathFactory, lines: list[str], raw: bytes
) -> None:
    """Any text fed to either parser yields batches or ParseError, and the counts add up."""
    path = tmp_path_factory.mktemp("fuzz") / "input.txt"
    path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass") + b"\n" + raw)
    for fmt in FORMATS:
        stats = ImportStats()
        try:
            for batch in iter_batches(path, fmt, stats=stats, batch_size=3):  # type: ignore[arg-type]
                assert 1 <= len(batch.stances) <= 3
        except ParseError:
            continue
        assert stats.lines == stats.imported + sum(stats.skipped.values()) + stats.malformed
        assert len(stats.malformed_examples) == min(stats.malformed, 5)


_KEYS = st.sampled_from(
    [
        "id", "date", "Event Date", "event", "type", "Event Type", "mode", "context", "text",
        "actor", "recipient", "source", "target", "actor_country", "Recipient Country",
        "country", "code", "name", "negated", "modality", "confidence", "goldstein", "url",
    ]
)  # fmt: skip
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.sampled_from(["USA", "RUS", "IGOUNO", "AGREE", "fight", "negation", "2024-01-02", ""]),
)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(records=st.lists(st.dictionaries(_KEYS, _JSON, max_size=8), min_size=1, max_size=5))
def test_arbitrary_plover_records_never_crash(
    tmp_path_factory: pytest.TempPathFactory, records: list[dict[str, object]]
) -> None:
    """JSON objects with PLOVER's field names but any values are imported, skipped or
    counted as malformed, never crash."""
    path = tmp_path_factory.mktemp("fuzz") / "records.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    stats = ImportStats()
    stances = [
        s for b in iter_batches(path, "plover", stats=stats, batch_size=2) for s in b.stances
    ]
    assert stats.lines == len(records)
    assert stats.lines == stats.imported + sum(stats.skipped.values()) + stats.malformed
    assert all(s.source != s.target for s in stances)


def test_cli_import_counts_and_reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`graphkb import` stores events, reports counts and shows malformed examples on stderr."""
    from typer.testing import CliRunner

    from graphkb.cli import app

    monkeypatch.setenv("GRAPHKB_STORE", str(tmp_path / "store"))
    runner = CliRunner()
    result = runner.invoke(app, ["import", "--format", "gdelt", str(DATA / "events.export.CSV")])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("15 line(s): 7 imported, 5 skipped (")
    assert result.stdout.endswith("3 malformed\n")
    assert result.stderr.count("graphkb: malformed: events.export.CSV:") == 3
    again = runner.invoke(app, ["import", "--format", "gdelt", str(DATA / "events.export.CSV")])
    assert again.exit_code == 0
    rel = runner.invoke(app, ["relations", "US", "Russia", "-f", "json"])
    sanction = [r for r in json.loads(rel.stdout) if r["type"] == "SANCTION"]
    assert len(sanction) == 1  # imported twice, stored once
    assert (sanction[0]["cameo"], sanction[0]["goldstein"]) == ("163", -8.0)
    assert runner.invoke(app, ["validate"]).exit_code == 0
    assert again.stdout.startswith("15 line(s): 0 imported, 12 skipped (7 already stored, ")


def _gdelt_row(event: int, day: str, a: str, b: str, code: str, goldstein: str, url: str) -> str:
    """One GDELT 2.0 event row (61 columns) between two countries."""
    row = [""] * 61
    row[0], row[1], row[2], row[3], row[4] = str(event), day, day[:6], day[:4], day[:4] + ".1"
    row[5], row[6], row[7] = a, a, a
    row[15], row[16], row[17] = b, b, b
    row[25], row[26], row[27], row[28] = "1", code, code[:3], code[:2]
    row[29], row[30], row[31], row[32], row[33] = "4", goldstein, "3", "2", "3"
    row[34], row[59], row[60] = "-1.0", day + "000000", url
    return "\t".join(row) + "\n"


def test_an_event_seen_again_keeps_its_first_details(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same event (same actors, type and article) coded again with another date, CAMEO
    code or Goldstein value, in a later file or batch, is reported as already stored; and an
    article seen again keeps its first date, so the store still validates."""
    from typer.testing import CliRunner

    from graphkb.cli import app

    url = "https://news.example/sanctions"
    first, second = tmp_path / "a.CSV", tmp_path / "b.CSV"
    first.write_text(_gdelt_row(1, "20240101", "USA", "RUS", "163", "-8.0", url), "utf-8")
    second.write_text(
        _gdelt_row(2, "20240301", "USA", "RUS", "1621", "-3.0", url)
        + _gdelt_row(3, "20240302", "FRA", "RUS", "112", "-2.0", url),
        "utf-8",
    )
    monkeypatch.setenv("GRAPHKB_STORE", str(tmp_path / "store"))
    runner = CliRunner()
    done = runner.invoke(
        app, ["import", "--format", "gdelt", "--batch-size", "1", str(first), str(second)]
    )
    assert done.exit_code == 0, done.output
    assert done.stdout.startswith("3 line(s): 2 imported, 1 skipped (1 already stored)")
    rel = json.loads(runner.invoke(app, ["relations", "US", "Russia", "-f", "json"]).stdout)
    assert [(r["cameo"], r["goldstein"], r["date"]) for r in rel] == [("163", -8.0, "2024-01-01")]
    assert runner.invoke(app, ["validate"]).exit_code == 0
    again = runner.invoke(app, ["import", "--format", "gdelt", str(second)])
    assert again.stdout.startswith("2 line(s): 0 imported, 2 skipped (2 already stored)")


def test_missing_files_are_refused_before_anything_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A missing file or a folder among the FILEs stops the import before the first write."""
    from typer.testing import CliRunner

    from graphkb.cli import app

    monkeypatch.setenv("GRAPHKB_STORE", str(tmp_path / "store"))
    runner = CliRunner()
    before = runner.invoke(app, ["stats", "-f", "json"]).stdout
    for bad, message in ((tmp_path / "nope.CSV", "No such file"), (tmp_path, "is a folder")):
        done = runner.invoke(app, ["import", "--format", "gdelt", str(GDELT), str(bad)])
        assert done.exit_code == 1
        assert message in done.stderr
        assert done.stderr.count("\n") == 1
        assert runner.invoke(app, ["stats", "-f", "json"]).stdout == before


def test_import_reads_standard_input(tmp_path: Path) -> None:
    """`graphkb import --format plover -` reads the events from standard input."""
    import subprocess
    import sys

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "graphkb",
            "--store",
            str(tmp_path / "s"),
            "import",
            "--format",
            "plover",
            "-",
        ],
        input=POLECAT.read_bytes(),
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("17 line(s): 8 imported")
    assert b"graphkb: malformed: stdin:12: bad JSON" in done.stderr


def test_a_file_that_breaks_part_way_says_what_was_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A gzip cut short fails in one line that says how many events before the break are
    stored and that a rerun adds only the rest."""
    from typer.testing import CliRunner

    from graphkb.cli import app

    rows = "".join(
        _gdelt_row(i, "20240101", a, b, "112", "-2.0", f"https://news.example/{i}")
        for i, (a, b) in enumerate([("USA", "RUS"), ("FRA", "IRN"), ("DEU", "CHN")] * 400)
    )
    cut = tmp_path / "cut.CSV.gz"
    data = gzip.compress(rows.encode())
    cut.write_bytes(data[: len(data) // 2])
    monkeypatch.setenv("GRAPHKB_STORE", str(tmp_path / "store"))
    done = CliRunner().invoke(app, ["import", "--format", "gdelt", "--batch-size", "10", str(cut)])
    assert done.exit_code == 1
    assert "corrupt or truncated data after line" in done.stderr
    assert "event(s) read before it are stored, and rerunning the import" in done.stderr
    assert done.stderr.count("\n") == 1
