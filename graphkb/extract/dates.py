"""The date of the event a sentence reports, from what the sentence says and the report's date.

News dates events relative to the dateline: "on Tuesday", "yesterday", "Dec. 7", "on March 5,
2024". :func:`event_date` turns the expressions that name a day into that day. Coarser ones
("last month", "in 2021") name no day and leave the stance with the report's date.

>>> import datetime as dt
>>> event_date("Iran struck Israel on Tuesday.", dt.date(2024, 10, 3))  # a Thursday
datetime.date(2024, 10, 1)
>>> event_date("They will meet on Tuesday.", dt.date(2024, 10, 3))
datetime.date(2024, 10, 8)
"""

from __future__ import annotations

import datetime as dt
import re

from graphkb.articles import MONTH_NUMBERS

__all__ = ["WEEKDAYS", "event_date"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = MONTH_NUMBERS  # january/jan ... december/dec -> 1..12, as datelines read them
# "March 5", "Dec. 7, 2024", "5 March 2024"; a month must be capitalised ("may" is a verb).
_MONTH_DAY = re.compile(
    r"\b(?P<cap>[A-Z])(?P<rest>[a-z]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<year>(?:19|20)\d{2})\b)?"
)
_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})\s+(?P<cap>[A-Z])(?P<rest>[a-z]+)\.?(?:,?\s+(?P<year>(?:19|20)\d{2}))?\b"
)
_WEEKDAY = re.compile(
    r"\b(?P<last>last\s+|next\s+|this\s+|on\s+)?(?P<day>"
    + "|".join(d.capitalize() for d in WEEKDAYS)
    + r")\b"
)
_FUTURE = re.compile(r"\b(will|would|plans? to|is to|are to|next|scheduled|set to|due to)\b")
_RELATIVE = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_RELATIVE_RE = re.compile(r"\b(yesterday|today|tonight|tomorrow)\b", re.IGNORECASE)


def _month(match: re.Match[str]) -> int | None:
    return _MONTHS.get((match.group("cap") + match.group("rest")).lower())


def _year_for(month: int, day: int, report: dt.date, future: bool) -> int:
    """The year of a month and day given without one: the nearest in the sentence's tense."""
    year = report.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return year
    if future and candidate < report - dt.timedelta(days=31):
        return year + 1
    if not future and candidate > report + dt.timedelta(days=31):
        return year - 1
    return year


def _calendar_date(text: str, report: dt.date, future: bool) -> dt.date | None:
    """A month and day named in ``text``, other than the report's own date (a dateline)."""
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for match in pattern.finditer(text):
            month = _month(match)
            if month is None:
                continue
            day = int(match.group("day"))
            year = int(match.group("year")) if match.group("year") else None
            year = year or _year_for(month, day, report, future)
            try:
                found = dt.date(year, month, day)
            except ValueError:
                continue
            if found != report:
                return found
    return None


def _weekday_date(text: str, report: dt.date, future: bool) -> dt.date | None:
    match = _WEEKDAY.search(text)
    if match is None:
        return None
    wanted = WEEKDAYS.index(match.group("day").lower())
    lead = (match.group("last") or "").strip().lower()
    if lead == "next" or (future and lead != "last"):
        ahead = (wanted - report.weekday()) % 7 or 7
        return report + dt.timedelta(days=ahead)
    back = (report.weekday() - wanted) % 7
    if lead == "last" and back == 0:
        back = 7
    return report - dt.timedelta(days=back)


def event_date(sentence: str, report: dt.date | None) -> dt.date | None:
    """The day of the event ``sentence`` reports, when it names one, else None."""
    if report is None:
        return None
    future = bool(_FUTURE.search(sentence))
    found = _calendar_date(sentence, report, future)
    if found is not None:
        return found
    relative = _RELATIVE_RE.search(sentence)
    if relative:
        return report + dt.timedelta(days=_RELATIVE[relative.group(1).lower()])
    return _weekday_date(sentence, report, future)
