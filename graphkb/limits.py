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

A value that is not a positive number falls back to the default.
"""

from __future__ import annotations

import os

__all__ = ["endpoint_timeout", "lock_timeout", "max_document_bytes", "max_rows", "query_timeout"]


def _number(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value > 0 else default


def max_document_bytes() -> int:
    """Largest article extract and ingest accept, in bytes."""
    return int(_number("GRAPHKB_MAX_DOCUMENT_BYTES", 5_000_000))


def query_timeout() -> float:
    """Seconds a user SPARQL query may run."""
    return _number("GRAPHKB_QUERY_TIMEOUT", 30.0)


def max_rows() -> int:
    """Rows a user SELECT query returns at most."""
    return int(_number("GRAPHKB_MAX_ROWS", 10_000))


def lock_timeout() -> float:
    """Seconds to wait for another process's store lock."""
    return _number("GRAPHKB_LOCK_TIMEOUT", 10.0)


def endpoint_timeout() -> float:
    """Seconds to wait for a remote SPARQL endpoint."""
    return _number("GRAPHKB_ENDPOINT_TIMEOUT", 30.0)
