"""Event dates: the day a sentence says an event happened, resolved against the report's date."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkb.actors import Gazetteer
from graphkb.cli import app
from graphkb.extract import Extractor
from graphkb.extract.dates import event_date
from graphkb.model import StanceFilter

FRIDAY = dt.date(2024, 12, 20)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Iran struck Israel on Tuesday.", dt.date(2024, 12, 17)),
        ("Iran struck Israel last Friday.", dt.date(2024, 12, 13)),
        ("Iran struck Israel on Friday.", FRIDAY),
        ("They will meet on Tuesday.", dt.date(2024, 12, 24)),
        ("They will meet next Monday.", dt.date(2024, 12, 23)),
        ("The talks ended yesterday.", dt.date(2024, 12, 19)),
        ("The U.S. sanctioned Pakistan on Dec. 18.", dt.date(2024, 12, 18)),
        ("On March 5, 2024, talks began.", dt.date(2024, 3, 5)),
        ("Trump met Kim on 12 June 2018.", dt.date(2018, 6, 12)),
        ("Sanctions were imposed in November.", None),  # a month names no day
        ("Talks may resume soon.", None),  # "may" is no month
        ("BERLIN, Dec. 20, 2024 - Berlin spoke.", None),  # the dateline is the report's date
    ],
)
def test_event_date(sentence: str, expected: dt.date | None) -> None:
    """Weekdays, relative days and calendar dates, in the sentence's tense."""
    assert event_date(sentence, FRIDAY) == expected


def test_a_stance_is_dated_by_its_event_and_keeps_the_report_date(tmp_path: Path) -> None:
    """In jsonl, 'date' is the event's day where the sentence names one, else the report's;
    'reported' is the dateline's."""
    article = tmp_path / "a.txt"
    article.write_text(
        "BERLIN, Dec. 20, 2024 - Germany imposed sanctions on Russia on Tuesday. "
        "France praised Poland.\n",
        encoding="utf-8",
    )
    out = CliRunner().invoke(app, ["extract", str(article), "--format", "jsonl"])
    assert out.exit_code == 0, out.stderr
    dates = {
        (r["source"]["id"], r["type"]): (r["date"], r["reported"])
        for r in map(json.loads, out.stdout.splitlines())
    }
    assert dates == {
        ("DEU", "SANCTION"): ("2024-12-17", "2024-12-20"),
        ("FRA", "SUPPORT"): ("2024-12-20", "2024-12-20"),
    }


def test_the_store_keeps_the_event_date_and_the_document_the_report_date() -> None:
    """Ingested, the stance carries the event's day and its document the report's."""
    from graphkb import KnowledgeBase

    with KnowledgeBase.memory() as kb:
        report = kb.ingest("Germany imposed sanctions on Russia on Tuesday.", date=FRIDAY)
        assert report.date == FRIDAY
        views = [
            v for v in kb.stances(StanceFilter(source="DEU")) if v.stance.type.value == "SANCTION"
        ]
        assert [v.stance.date for v in views] == [dt.date(2024, 12, 17)]
        assert [v.document.date if v.document else None for v in views] == [FRIDAY]


def test_extraction_without_a_report_date_dates_nothing() -> None:
    """With no report date there is nothing to count from: stances stay undated."""
    res = Extractor(Gazetteer.bundled()).extract("Germany imposed sanctions on Russia on Tuesday.")
    assert [s.date for s in res.stances] == [None]
