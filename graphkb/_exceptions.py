"""graphkb's exceptions: one tree, rooted at :class:`GraphkbError`.

::

    GraphkbError                 anything graphkb expects to go wrong, with a message for people
    ├── UnknownActorError        a name or code that matches no actor (carries close matches)
    ├── AmbiguousActorError      a name that matches several actors
    ├── ParseError               a data, RDF or article file that cannot be read as what it claims
    ├── ValidationError          data that parses but breaks the model or the SHACL shapes
    ├── StoreError               the store cannot be opened, locked, written or queried
    │   └── StoreLockedError     another process holds the store's write lock
    └── QueryError               a SPARQL query that is malformed or not allowed

The CLI catches only these and prints their message on one line; anything else is a bug.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "AmbiguousActorError",
    "GraphkbError",
    "ParseError",
    "QueryError",
    "StoreError",
    "StoreLockedError",
    "UnknownActorError",
    "ValidationError",
]


class GraphkbError(Exception):
    """Base of every error graphkb raises on purpose; its message is meant for the user."""


class UnknownActorError(GraphkbError, LookupError):
    """No actor answers to ``name``; ``suggestions`` holds close matches as (id, name)."""

    def __init__(self, name: str, suggestions: Sequence[tuple[str, str]] = ()) -> None:
        self.name = name
        self.suggestions = list(suggestions)
        hint = ", ".join(f"{label} ({aid})" for aid, label in self.suggestions[:3])
        message = f"unknown actor {name!r}"
        message += f": did you mean {hint}?" if hint else ": try `graphkb actors --search TEXT`"
        super().__init__(message)


class AmbiguousActorError(GraphkbError, LookupError):
    """``name`` answers to several actors; ``candidates`` lists them as (id, name)."""

    def __init__(self, name: str, candidates: Sequence[tuple[str, str]]) -> None:
        self.name = name
        self.candidates = list(candidates)
        options = ", ".join(f"{label} ({aid})" for aid, label in self.candidates[:5])
        super().__init__(f"actor name {name!r} is ambiguous: use one of the ids {options}")


class ParseError(GraphkbError, ValueError):
    """A file or value could not be read; ``source`` names where, when known."""

    def __init__(self, message: str, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class ValidationError(GraphkbError, ValueError):
    """Data that parsed but does not satisfy graphkb's model or shapes."""


class StoreError(GraphkbError):
    """The store could not be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process is writing to the store."""


class QueryError(GraphkbError, ValueError):
    """A SPARQL query is malformed, or asks for something not allowed (an update)."""


class GraphkbNote(UserWarning):
    """Something the user should know about an answer that is not an error (the CLI prints
    it on stderr as ``graphkb: note: ...``). A warning, not an error: outside the tree."""
