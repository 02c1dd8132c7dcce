"""Where a knowledge base's data lives: graphkb's embedded store, or a remote SPARQL endpoint."""

from __future__ import annotations

import os

from graphkb.store import Store

__all__ = ["open_store"]


def open_store(
    path: str | os.PathLike[str] | None = None,
    *,
    read_only: bool = True,
    endpoint: str | None = None,
) -> Store:
    """The embedded store at ``path`` (or the default one), created on first use; with
    ``endpoint`` (or ``$GRAPHKB_ENDPOINT``), the remote SPARQL 1.1 endpoint at that URL."""
    endpoint = endpoint or os.environ.get("GRAPHKB_ENDPOINT") or None
    if endpoint:
        from graphkb.remote import EndpointStore

        return EndpointStore.connect(endpoint, read_only=read_only)
    return Store.open(path, read_only=read_only)
