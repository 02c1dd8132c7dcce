"""Reading articles from files, folders and standard input, with clear refusals.

An article is UTF-8 text. Binary files, other encodings, empty files and files over the size
limit (``$GRAPHKB_MAX_DOCUMENT_BYTES``, default 5 MB) are refused with a message saying what to
do; nothing is read past the limit.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from graphkb._exceptions import ParseError
from graphkb.limits import max_document_bytes

__all__ = ["expand_sources", "read_article"]

ARTICLE_SUFFIXES = (".txt", ".md", ".text")
# A folder's own documentation is not news: README.md beside the articles is skipped.
_NOT_ARTICLES = frozenset({"readme", "license", "licence", "changelog", "contributing", "notice"})


def expand_sources(sources: list[str]) -> Iterator[str]:
    """Files as given, folders as their article files (sorted; hidden files and a folder's
    README, LICENSE and the like left out), ``-`` as standard input."""
    for source in sources:
        path = Path(source)
        if source != "-" and path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if _is_article(p.relative_to(path)) and p.is_file()
            )
            if not found:
                raise ParseError(f"holds no article files ({', '.join(ARTICLE_SUFFIXES)})", source)
            yield from (str(p) for p in found)
        else:
            yield source


def read_article(source: str) -> str:
    """The text of an article file, or of standard input when ``source`` is ``-``."""
    limit = max_document_bytes()
    if source == "-":
        data = sys.stdin.buffer.read(limit + 1)
        name = "standard input"
    else:
        path = Path(source)
        if path.is_dir():
            raise ParseError("is a folder; give its article files (ingest takes folders)", source)
        if not path.exists():
            raise ParseError("no such file; check the path", source)
        try:
            with path.open("rb") as handle:
                data = handle.read(limit + 1)
        except OSError as exc:
            raise ParseError(f"cannot be read ({exc.strerror})", source) from None
        name = source
    if len(data) > limit:
        raise ParseError(
            f"is larger than {limit:,} bytes; split it or raise GRAPHKB_MAX_DOCUMENT_BYTES", name
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ParseError(
            "is UTF-16 text; convert it with `iconv -f UTF-16 -t UTF-8` and try again", name
        )
    if b"\x00" in data:
        raise ParseError("looks like a binary file, not text; give a plain-text article", name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"is not UTF-8 (bad byte at offset {exc.start}); convert it with `iconv -t UTF-8`", name
        ) from None
    if not text.strip():
        raise ParseError("is empty; give an article with some text", name)
    return text


def _is_article(relative: Path) -> bool:
    return (
        relative.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in relative.parts)
        and relative.stem.lower() not in _NOT_ARTICLES
    )


MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_DATELINES = (  # (pattern, group order as year, month, day)
    (re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"), (1, 2, 3)),
    (
        re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I),
        (3, 1, 2),
    ),
    (
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+(\d{{4}})\b", re.I),
        (3, 2, 1),
    ),
)
DATELINE_CHARS = 400
"""How far into an article :func:`dateline` looks: the headline, byline and dateline."""


def dateline(text: str) -> dt.date | None:
    """The first full date (2024-12-19, December 19, 2024, 19 Dec 2024) in the opening
    ``DATELINE_CHARS`` characters of an article, taken as its date; None when there is none."""
    head = text[:DATELINE_CHARS]
    found: list[tuple[int, dt.date]] = []
    for pattern, (y, m, d) in _DATELINES:
        for match in pattern.finditer(head):
            month = match[m]
            if not month[0].isupper() and not month.isdigit():
                continue  # "talks may 10, 2000 people": a verb, not a month
            number = int(month) if month.isdigit() else MONTH_NUMBERS[month.lower()]
            try:
                day = dt.date(int(match[y]), number, int(match[d]))
            except ValueError:
                continue
            if 1900 <= day.year <= 2100:
                found.append((match.start(), day))
                break
    return min(found)[1] if found else None
