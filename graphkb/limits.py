"""Configurable limits, read from the environment with sensible defaults.

===============================  =========  ==============================================
variable                         default    what it bounds
===============================  =========  ==============================================
GRAPHKB_MAX_DOCUMENT_BYTES       5000000    size of one article for extract/ingest
GRAPHKB_QUERY_TIMEOUT            30         seconds a `graphkb sparql` query may run
GRAPHKB_MAX_ROWS                 10000      rows a `graphkb sparql` SELECT returns (a note
                                            on stderr says when it cut)
GRAPHKB_LOCK_TIMEOUT             10         seconds to wait for another process's lock
GRAPHKB_ENDPOINT_TIMEOUT         30         seconds to wait for a remote SPARQL endpoint
===============================  =========  ==============================================

A value that is not a positive number is refused with a one-line error naming the variable.
"""

from __future__ import annotations

import os

from graphkb._exceptions import ValidationError

__all__ = ["endpoint_timeout", "lock_timeout", "max_document_bytes", "max_rows", "query_timeout"]


def _number(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not value > 0 or value == float("inf"):
        raise ValidationError(
            f"{name} is {raw!r}: set it to a positive number, or unset it for the default "
            f"({int(default) if default == int(default) else default})"
        )
    return value


def _count(name: str, default: int) -> int:
    value = _number(name, default)
    if value < 1 or value != int(value):
        raise ValidationError(
            f"{name} is {os.environ.get(name)!r}: set it to a whole number of at least 1, or "
            f"unset it for the default ({default})"
        )
    return int(value)


def max_document_bytes() -> int:
    """Largest article extract and ingest accept, in bytes."""
    return _count("GRAPHKB_MAX_DOCUMENT_BYTES", 5_000_000)


def query_timeout() -> float:
    """Seconds a user SPARQL query may run."""
    return _number("GRAPHKB_QUERY_TIMEOUT", 30.0)


def max_rows() -> int:
    """Rows a user SELECT query returns at most."""
    return _count("GRAPHKB_MAX_ROWS", 10_000)


def lock_timeout() -> float:
    """Seconds to wait for another process's store lock."""
    return _number("GRAPHKB_LOCK_TIMEOUT", 10.0)


def endpoint_timeout() -> float:
    """Seconds to wait for a remote SPARQL endpoint."""
    return _number("GRAPHKB_ENDPOINT_TIMEOUT", 30.0)
