"""graphkb: a geopolitical relationship knowledge graph built from international-affairs news.

Actors (countries, officials, ministries, parties, companies, alliances) are nodes; typed,
dated, sourced stances (sanctions, accusations, support, aid, alliances...) are edges, each
with the sentence and document it came from and its modality (asserted, reported,
hypothetical, negated).

>>> import graphkb
>>> kb = graphkb.KnowledgeBase.memory()
>>> kb.resolve("Washington").id
'USA'
"""

from graphkb._exceptions import (
    AmbiguousActorError,
    GraphkbError,
    ParseError,
    QueryError,
    StoreError,
    StoreLockedError,
    UnknownActorError,
    ValidationError,
)
from graphkb.actors import Gazetteer
from graphkb.kb import KnowledgeBase
from graphkb.model import (
    Actor,
    ActorKind,
    Document,
    Evidence,
    Modality,
    Stance,
    StanceFilter,
    StanceType,
)

__all__ = [
    "Actor",
    "ActorKind",
    "AmbiguousActorError",
    "Document",
    "Evidence",
    "Gazetteer",
    "GraphkbError",
    "KnowledgeBase",
    "Modality",
    "ParseError",
    "QueryError",
    "Stance",
    "StanceFilter",
    "StanceType",
    "StoreError",
    "StoreLockedError",
    "UnknownActorError",
    "ValidationError",
]

__version__ = "0.1.0"
