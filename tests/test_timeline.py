"""timeline and changes on the bundled seed plus two ingested articles, as a reader of the
articles would answer; the SVG plot, opened in a real Chromium."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkb import KnowledgeBase
from graphkb.cli import app
from graphkb.model import Document, Evidence, Modality, Stance, StanceFilter, StanceType
from graphkb.timeline import Period, changes, period_of

ARTICLES = Path(__file__).resolve().parent / "articles"
# China's drills round Taiwan "on Tuesday", five days after the US approved an arms sale, and
# its commerce ministry's sanctions on US firms; Pakistan's strikes in Afghanistan.
TAIWAN = (ARTICLES / "china-taiwan-drills-arms-sale.txt", dt.date(2025, 4, 17))
ROLLED = StanceFilter(roll_up=True)
DRILLS = StanceFilter(types=["MOBILIZE"])
STRIKES = (ARTICLES / "pakistan-afghanistan-ttp-strikes.txt", dt.date(2025, 3, 6))


@pytest.fixture(scope="module")
def kb() -> Iterator[KnowledgeBase]:
    """The seed (December 2024) plus the two articles, dated by their reports."""
    with KnowledgeBase.memory() as base:
        for path, day in (TAIWAN, STRIKES):
            base.ingest(path.read_text(encoding="utf-8"), date=day)
        yield base


def test_period_labels() -> None:
    """Months, quarters and years are labelled as a reader writes them."""
    day = dt.date(2025, 4, 15)
    assert [period_of(day, p) for p in Period] == ["2025-04", "2025-Q2", "2025"]


def test_us_china_timeline_turns_to_sanctions_in_april(kb: KnowledgeBase) -> None:
    """US and China, rolled up: the seed's rivalry in December 2024, then in April 2025
    China's commerce ministry sanctions US firms: conflict from China."""
    line = kb.timeline("US", "China", ROLLED, by="month")
    assert line.periods() == ["2024-12", "2025-04"]
    december = {(r.source, r.target): r for r in line.rows if r.period == "2024-12"}
    april = {(r.source, r.target): r for r in line.rows if r.period == "2025-04"}
    assert december["USA", "CHN"].types == {"RIVAL": 1}
    assert december["USA", "CHN"].net < 0
    assert april["CHN", "USA"].types["SANCTION"] == 1
    assert april["CHN", "USA"].conflictual == april["CHN", "USA"].count
    assert april["CHN", "USA"].net < 0
    quarters = kb.timeline("US", "China", ROLLED, by="quarter")
    assert quarters.periods() == ["2024-Q4", "2025-Q2"]
    plain = kb.timeline("US", "China", by="year")  # the bodies' stances are not the states'
    assert all("SANCTION" not in r.types for r in plain.rows)
    assert [(r.period, r.types) for r in plain.rows if r.period == "2024"] == [
        ("2024", {"RIVAL": 1})
    ]


def test_fixing_a_body_without_a_country_completes_the_timeline() -> None:
    """A body the text names without its state ("the Maritime Safety Authority") is stored
    without a country, so its accusation of China is missing from the rolled-up timeline, and
    the roll-up says so; once edit-actor gives it the US, April shows the accusation."""
    text = "The Maritime Safety Authority accused China on Monday of harassing fishing boats."
    with KnowledgeBase.memory() as kb:
        kb.ingest(text, date=dt.date(2025, 4, 17))
        assert "maritime-safety-authority" in {a.id for a in kb.homeless("US", "China")}
        before = kb.timeline("US", "China", ROLLED, by="month")
        assert [r.period for r in before.rows if r.source == "USA"] == ["2024-12"]
        from graphkb import curation

        curation.edit_actor(kb, "maritime-safety-authority", country="USA")
        line = kb.timeline("US", "China", ROLLED, by="month")
        april = {r.source: r for r in line.rows if r.period == "2025-04"}
        assert (april["USA"].types, april["USA"].net < 0) == ({"ACCUSE": 1}, True)
        assert "maritime-safety-authority" not in {a.id for a in kb.homeless("US", "China")}


def test_event_dates_not_report_dates(kb: KnowledgeBase) -> None:
    """The drills began on Tuesday 15 April, two days before the report of the 17th: the
    stance is dated by the event."""
    line = kb.timeline("China", "Taiwan", by="month", where=DRILLS)
    assert [(r.period, r.source, r.types) for r in line.rows] == [
        ("2025-04", "CHN", {"MOBILIZE": 2}),
        ("2025-04", "TWN", {"MOBILIZE": 1}),
    ]
    april = kb.stances(replace(DRILLS, source="China", target="Taiwan", since=dt.date(2025, 4, 15)))
    assert sorted(v.stance.date for v in april) == [dt.date(2025, 4, 15), dt.date(2025, 4, 17)]
    assert kb.stances(StanceFilter("China", "Taiwan", until=dt.date(2025, 4, 14))) == []
    # The report's date is the document's: both drills were reported on the 17th.
    for use_index in (True, False):
        kb.store.use_index = use_index
        try:
            reported = kb.stances(
                replace(DRILLS, source="CN", target="TW", reported_since=dt.date(2025, 4, 17))
            )
            assert sorted(v.stance.date for v in reported) == [
                dt.date(2025, 4, 15),
                dt.date(2025, 4, 17),
            ]
            early = StanceFilter("China", "Taiwan", reported_until=dt.date(2025, 4, 16))
            assert kb.stances(early) == []
            mixed = replace(
                DRILLS,
                source="CN",
                target="TW",
                until=dt.date(2025, 4, 15),
                reported_since=dt.date(2025, 4, 17),
            )
            assert [v.stance.date for v in kb.stances(mixed)] == [dt.date(2025, 4, 15)]
        finally:
            kb.store.use_index = True


def test_changes_in_april_put_china_taiwan_first(kb: KnowledgeBase) -> None:
    """April 2025 against March: China's drills round Taiwan are the largest new conflict,
    and nothing of March's Pakistan-Afghanistan fighting counts as April's."""
    found = kb.changes(dt.date(2025, 4, 1), until=dt.date(2025, 4, 30))
    assert found[0].source == "CHN" and found[0].after < 0
    by_dyad = {(c.source, c.target): c for c in found}
    drills = by_dyad["CHN", "TWN"]
    assert drills.kind == "appeared" and drills.after < 0
    counted = StanceFilter("CHN", "TWN", modalities=["asserted", "reported"])
    assert set(drills.stances) == {v.stance.id for v in kb.stances(counted)}
    assert all(c.kind == "appeared" for c in found)
    assert not {"PAK", "AFG"} & {c.source for c in found}
    sizes = [c.size for c in found]
    assert sizes == sorted(sizes, reverse=True)


def test_changes_for_pakistan_in_march(kb: KnowledgeBase) -> None:
    """March 2025 for Pakistan: its strikes and sanctions on Afghanistan appear as the
    largest change, China's alliance with it as a cooperative one."""
    found = kb.changes(dt.date(2025, 3, 1), until=dt.date(2025, 3, 31), actor="Pakistan")
    by_dyad = {(c.source, c.target): c for c in found}
    assert (found[0].source, found[0].target) == ("PAK", "AFG")
    assert found[0].after < 0
    behind = {v.stance.id: v.stance.type.value for v in kb.stances(StanceFilter("PAK", "AFG"))}
    conflict = [behind[s] for s in found[0].stances if behind[s] in ("ASSAULT", "SANCTION")]
    assert sorted(conflict) == ["ASSAULT", "SANCTION"]  # the strikes and the sanctions
    assert by_dyad["CHN", "PAK"].after > 0
    assert all("PAK" in dyad for dyad in by_dyad)


def _stance(src: str, tgt: str, kind: StanceType, day: dt.date, doc: str) -> Stance:
    return Stance(src, tgt, kind, Modality.ASSERTED, Evidence(doc, day.day, day.day + 5), day)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ([StanceType.SUPPORT], [StanceType.SANCTION], "flipped"),
        ([StanceType.ACCUSE], [StanceType.ACCUSE, StanceType.SANCTION], "strengthened"),
        ([StanceType.SANCTION, StanceType.ACCUSE], [StanceType.ACCUSE], "weakened"),
        ([], [StanceType.AID], "appeared"),
    ],
)
def test_changes_classify_against_the_period_before(
    before: list[StanceType], after: list[StanceType], expected: str
) -> None:
    """A dyad's net score in the period against the one of the same length before."""
    with KnowledgeBase.memory(bootstrap=False) as kb:
        from graphkb.actors import bundled_gazetteer

        gaz = bundled_gazetteer()
        actors = [gaz.resolve("FRA"), gaz.resolve("DEU")]
        docs = [Document("doc-before", "before"), Document("doc-after", "after")]
        stances = [
            _stance("FRA", "DEU", k, dt.date(2025, 1, 10 + i), "doc-before")
            for i, k in enumerate(before)
        ]
        stances += [
            _stance("FRA", "DEU", k, dt.date(2025, 2, 10 + i), "doc-after")
            for i, k in enumerate(after)
        ]
        kb.store.add(actors, docs, stances)
        for use_index in (True, False):  # the index and SPARQL agree
            kb.store.use_index = use_index
            found = changes(kb.store, dt.date(2025, 2, 1), until=dt.date(2025, 2, 28))
            assert [(c.source, c.target, c.kind) for c in found] == [("FRA", "DEU", expected)]


def test_timeline_agrees_without_the_index(kb: KnowledgeBase) -> None:
    """The SPARQL path gives the same timeline and changes as the index."""
    indexed = kb.timeline("US", "China", ROLLED, by="month").rows
    found = kb.changes(dt.date(2025, 4, 1), until=dt.date(2025, 4, 30))
    kb.store.use_index = False
    try:
        assert kb.timeline("US", "China", ROLLED, by="month").rows == indexed
        assert kb.changes(dt.date(2025, 4, 1), until=dt.date(2025, 4, 30)) == found
    finally:
        kb.store.use_index = True


# -- the CLI and the picture -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An on-disk store holding the seed and the two articles."""
    path = tmp_path_factory.mktemp("timeline") / "store"
    runner = CliRunner()
    for article, day in (TAIWAN, STRIKES):
        result = runner.invoke(
            app, ["--store", str(path), "ingest", str(article), "--date", str(day)]
        )
        assert result.exit_code == 0, result.stderr
    return path


def test_cli_timeline_csv_and_json(store: Path) -> None:
    """timeline as CSV and JSON: one row per period and direction."""
    runner = CliRunner()
    csv = runner.invoke(
        app, ["--store", str(store), "timeline", "US", "CN", "--roll-up", "-f", "csv"]
    )
    assert csv.exit_code == 0, csv.stderr
    lines = csv.stdout.splitlines()
    assert lines[0] == "period,source,target,count,cooperative,conflictual,net,types"
    rows = [line.split(",") for line in lines[1:]]
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("2024-12", "USA", "CHN"),
        ("2025-04", "USA", "CHN"),  # the State Department asks China to stop the drills
        ("2025-04", "CHN", "USA"),
    ]
    assert rows[0][7] == "RIVAL" and rows[1][7] == "REQUEST" and "SANCTION" in rows[2][7]
    assert [float(r[6]) < 0 for r in rows] == [True, False, True]
    out = runner.invoke(
        app,
        [
            "--store",
            str(store),
            "timeline",
            "CN",
            "TW",
            "--by",
            "year",
            "-t",
            "MOBILIZE",
            "-f",
            "json",
        ],
    )
    assert out.exit_code == 0, out.stderr
    data = json.loads(out.stdout)
    assert [(d["period"], d["source"], d["target"], d["types"]) for d in data] == [
        ("2025", "CHN", "TWN", {"MOBILIZE": 2}),
        ("2025", "TWN", "CHN", {"MOBILIZE": 1}),
    ]
    assert data[0]["net"] < data[1]["net"] < 0  # China's drills weigh more than Taiwan's


def test_cli_changes(store: Path) -> None:
    """changes --since/--until as CSV, largest first, with the stance ids behind each."""
    result = CliRunner().invoke(
        app,
        [
            "--store",
            str(store),
            "changes",
            "--since",
            "2025-04-01",
            "--until",
            "2025-04-30",
            "-f",
            "csv",
            "-n",
            "0",
        ],
    )
    assert result.exit_code == 0, result.stderr
    rows = [r.split(",") for r in result.stdout.splitlines()[1:]]
    assert float(rows[0][4]) < 0  # the largest change is a conflict (China's, in April)
    [row] = [r for r in rows if r[:2] == ["China", "Taiwan"]]
    assert row[2:4] == ["appeared", "0.00"] and float(row[4]) < 0
    counted = StanceFilter("CHN", "TWN", modalities=["asserted", "reported"])
    with KnowledgeBase.open(store) as kb:
        behind = {v.stance.id for v in kb.stances(counted)}
    assert int(row[5]) == len(behind)
    assert set(row[6].split()) == behind
    limited = CliRunner().invoke(
        app, ["--store", str(store), "changes", "--since", "2025-04-01", "-n", "1", "-f", "csv"]
    )
    assert limited.stderr.startswith("showing the largest 1 of ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["timeline", "US", "Washington"], "are the same side"),
        (["timeline", "US", "PAK", "--plot", "x.png"], "the picture is an SVG"),
        (["timeline", "US", "Pakstan"], "unknown actor 'Pakstan'"),
    ],
)
def test_cli_bad_time_input(store: Path, args: list[str], message: str) -> None:
    """One line, exit 1."""
    result = CliRunner().invoke(app, ["--store", str(store), *args])
    assert result.exit_code == 1, result.output
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_cli_reported_window(store: Path) -> None:
    """--reported-since/--reported-until filter on the document's date: the seed (reported
    in December 2024) drops out of a 2025 window; --since filters on the event's date."""
    runner = CliRunner()
    args = ["--store", str(store), "timeline", "US", "China", "--roll-up", "-f", "csv"]
    late = runner.invoke(app, [*args, "--reported-since", "2025-01-01"])
    assert [r.split(",")[0] for r in late.stdout.splitlines()[1:]] == ["2025-04", "2025-04"]
    early = runner.invoke(app, [*args, "--reported-until", "2024-12-31"])
    assert [r.split(",")[0] for r in early.stdout.splitlines()[1:]] == ["2024-12"]
    ranked = runner.invoke(
        app, ["--store", str(store), "who-opposes", "Taiwan", "--reported-since", "2025-04-17"]
    )
    assert ranked.exit_code == 0 and "China" in ranked.stdout
    backwards = runner.invoke(
        app, [*args, "--reported-since", "2025-02-01", "--reported-until", "2025-01-01"]
    )
    assert backwards.exit_code == 2
    assert "reported since 2025-02-01 is after reported until 2025-01-01" in backwards.stderr


def test_cli_window_backwards_is_a_usage_error(store: Path) -> None:
    """--since after --until: a usage error (exit 2), as for every command."""
    result = CliRunner().invoke(
        app, ["--store", str(store), "changes", "--since", "2025-05-01", "--until", "2025-04-01"]
    )
    assert result.exit_code == 2
    assert "is after until" in result.stderr


def test_plot_is_an_svg_with_both_directions(store: Path, tmp_path: Path) -> None:
    """--plot writes an SVG naming both directions and each period."""
    out = tmp_path / "us-china.svg"
    result = CliRunner().invoke(
        app, ["--store", str(store), "timeline", "US", "China", "--roll-up", "--plot", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    root = ET.parse(out).getroot()  # noqa: S314 (our own file)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    text = out.read_text(encoding="utf-8")
    for label in ("United States → China", "China → United States", "2024-12", "2025-04"):
        assert label in text


@pytest.mark.browser
def test_plot_opens_in_chromium(store: Path, tmp_path: Path) -> None:
    """The SVG renders in headless Chromium: a screenshot with ink of both directions'
    colours on it."""
    import base64
    import io
    import os

    from PIL import Image
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium = Path(os.environ.get("GRAPHKB_CHROMIUM", "/usr/bin/chromium"))
    driver_path = Path(os.environ.get("GRAPHKB_CHROMEDRIVER", "/usr/bin/chromedriver"))
    if not chromium.is_file() or not driver_path.is_file():
        pytest.fail(f"Chromium or chromedriver missing ({chromium}, {driver_path})")
    out = tmp_path / "plot.svg"
    result = CliRunner().invoke(
        app, ["--store", str(store), "timeline", "US", "China", "--roll-up", "--plot", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    options = webdriver.ChromeOptions()
    options.binary_location = str(chromium)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--proxy-server=127.0.0.1:9",
        "--window-size=1000,800",
        f"--user-data-dir={tmp_path / 'profile'}",
    ):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(executable_path=str(driver_path)), options=options)
    try:
        browser.get(out.as_uri())
        size = browser.execute_script(
            "const r = document.documentElement.getBoundingClientRect();"
            " return [r.width, r.height];"
        )
        assert size[0] > 400 and size[1] > 300
        shot = Image.open(io.BytesIO(base64.b64decode(browser.get_screenshot_as_base64())))
    finally:
        browser.quit()
    pixels = list(shot.convert("RGB").get_flattened_data())
    blue = sum(1 for r, g, b in pixels if b > 140 and r < 80)  # #1f5fa8: US -> China
    orange = sum(1 for r, g, b in pixels if r > 170 and 60 < g < 120 and b < 60)  # #c2571a
    assert blue > 200 and orange > 200
