"""What the format readers share: streaming lines out of plain, gzip or zip files, the
result of parsing one record, skip reasons, and small value parsers.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from graphkb._exceptions import ParseError
from graphkb.importers._tables import ActorRef
from graphkb.model import Actor, Document, Stance, StanceType

__all__ = [
    "DUPLICATE",
    "MAX_LINE",
    "MISSING_ACTOR",
    "SAME_ACTOR",
    "UNMAPPED_ACTOR",
    "UNMAPPED_EVENT",
    "Malformed",
    "Parsed",
    "pairs",
    "parse_date",
    "read_lines",
    "short_hash",
    "url_document",
]

# Skip reasons: records that are well-formed but give no stance graphkb can store.
MISSING_ACTOR = "missing actor"
UNMAPPED_ACTOR = "unmapped actor"
SAME_ACTOR = "same actor"
UNMAPPED_EVENT = "unmapped event"
DUPLICATE = "duplicate"
ALREADY_STORED = "already stored"

# GDELT lines are about 1 KB; anything past this is not a record, and reading it whole
# could exhaust memory on a binary file with no newlines.
MAX_LINE = 1 << 20

_GZIP_MAGIC = b"\x1f\x8b"
_ZIP_MAGIC = b"PK\x03\x04"


class _Stream(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


class Malformed(Exception):  # noqa: N818 - a signal between modules, never seen by users
    """A line that is not a record of its format; the message says why."""


@dataclass(frozen=True, slots=True)
class Parsed:
    """What one record gives: stances with their document and any actors to add, or a reason
    it was skipped."""

    stances: tuple[Stance, ...] = ()
    document: Document | None = None
    actors: tuple[Actor, ...] = ()
    skipped: str | None = None


def short_hash(text: str) -> str:
    """The first 16 hex digits of the SHA-256 of ``text``: ids that are stable across runs."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@lru_cache(maxsize=4096)  # GDELT lists an article's events together: parse its URL once
def url_document(prefix: str, url: str, date: dt.date | None) -> Document:
    """The document for a source URL, titled by the URL and published by its host."""
    try:
        host = urlsplit(url).hostname or None
    except ValueError:  # a URL with a bad port or bracket is still a usable title
        host = None
    if host and host.startswith("www."):
        host = host[4:]
    return Document(id=f"{prefix}-{short_hash(url)}", title=url, publisher=host, url=url, date=date)


def parse_date(text: str) -> dt.date:
    """A date written YYYYMMDD or YYYY-MM-DD, optionally followed by a time."""
    text = text.strip()
    match = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?", text)
    if not match:
        raise Malformed(f"bad date {text[:40]!r}")
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise Malformed(f"bad date {text[:40]!r}") from None


def pairs(
    sources: list[ActorRef], targets: list[ActorRef], stance_type: StanceType
) -> list[tuple[ActorRef, ActorRef]]:
    """Every (source, target) pair with two different actors, each once; a symmetric type
    keeps each unordered pair once, in sorted order, as the extractor does."""
    seen: set[tuple[str, str]] = set()
    out: list[tuple[ActorRef, ActorRef]] = []
    for src in sources:
        for tgt in targets:
            a, b = src, tgt
            if stance_type.symmetric and b.id < a.id:
                a, b = b, a
            if a.id != b.id and (a.id, b.id) not in seen:
                seen.add((a.id, b.id))
                out.append((a, b))
    return out


def _open(path: Path, stack: ExitStack) -> _Stream:
    try:
        raw = stack.enter_context(path.open("rb"))
        # peek, not read and seek back: the input may be a pipe (``<(zcat ...)``, a FIFO).
        magic = raw.peek(4)[:4]
        if magic.startswith(_GZIP_MAGIC):
            return stack.enter_context(gzip.GzipFile(fileobj=raw, mode="rb"))
        if magic == _ZIP_MAGIC:
            if not raw.seekable():
                raise ParseError(
                    "a zip archive cannot be read from a pipe; pass the .zip file itself",
                    str(path),
                )
            # GDELT publishes each 15-minute export as a zip holding one CSV.
            archive = stack.enter_context(zipfile.ZipFile(raw))
            members = [m for m in archive.infolist() if not m.is_dir()]
            if len(members) != 1:
                raise ParseError(f"zip archive holds {len(members)} files; expected one", str(path))
            return stack.enter_context(archive.open(members[0]))
    except (OSError, zipfile.BadZipFile) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ParseError(f"cannot open: {reason}", str(path)) from exc
    return raw


def read_lines(path: Path) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes without the line ending) for each line, read one at a time;
    None in place of a line longer than :data:`MAX_LINE` bytes. Compressed files are
    detected by their first bytes, not their name."""
    with ExitStack() as stack:
        stream = _open(path, stack)
        number = 0
        try:
            while chunk := stream.readline(MAX_LINE):
                number += 1
                if len(chunk) == MAX_LINE and not chunk.endswith(b"\n"):
                    while (rest := stream.readline(MAX_LINE)) and not rest.endswith(b"\n"):
                        pass
                    yield number, None
                    continue
                yield number, chunk.rstrip(b"\r\n")
        except (OSError, EOFError, zlib.error) as exc:
            raise ParseError(
                f"corrupt or truncated data after line {number} ({exc})", str(path)
            ) from exc
