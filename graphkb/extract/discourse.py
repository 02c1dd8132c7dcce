"""What the extractor remembers across the sentences of one document.

Coreference is heuristic, with no gender or number data beyond the pronoun itself:

- he/she/him/his/her: the most recent person that was a clause subject (else any person);
- it/its: the most recent singular country or body that was a subject (else any);
- they/them/their: the most recent plural group ("Pakistani officials");
- we/our/us/I/my/me inside a quotation: its speaker;
- "the country"/"the nation": the most recent country other than the subject just named;
- a definite event noun ("the sanctions", "these allegations") or a thing owned earlier
  ("the missile programme" after "X's missile programme"): the agent or owner last seen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graphkb.model import Actor, ActorKind, StanceType

__all__ = ["Discourse", "Seen"]

PERSON_PRONOUNS = frozenset(["he", "she", "him", "his", "her", "hers", "himself", "herself"])
THING_PRONOUNS = frozenset(["it", "its", "itself"])
PLURAL_PRONOUNS = frozenset(["they", "them", "their", "theirs", "themselves"])
FIRST_PERSON = frozenset(
    ["we", "our", "ours", "us", "ourselves", "i", "my", "me", "mine", "myself"]
)
DESCRIPTIONS = frozenset(["country", "nation", "government", "state"])
# Claims are one family: "US claims" is what "these allegations" refers back to.
CLAIM_NOUNS = frozenset(
    [
        "claim",
        "allegation",
        "accusation",
        "charge",
        "concern",
        "criticism",
        "assertion",
        "remark",
        "statement",
        "comment",
        "complaint",
    ]
)
# Nouns for an act of any type: "rejected the measure" -> whoever acted last.
GENERIC_ACTS = frozenset(
    [
        "measure",
        "decision",
        "move",
        "step",
        "package",
        "resolution",
        "ban",
        "plan",
        "proposal",
        "offer",
        "agreement",
        "deal",
        "launch",
        "action",
        "policy",
        "condition",
        "vote",
        "text",
        "announcement",
    ]
)
ANY_ACT = "*"
_WINDOW = 4  # sentences a pronoun may reach back


def singular(noun: str) -> str:
    """A rough singular for memory keys ('sanctions' -> 'sanction')."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun[:-1]
    return noun


def family(noun: str) -> str:
    """The memory key of a head noun: claims share one key."""
    base = singular(noun.lower())
    return "claim" if base in CLAIM_NOUNS else base


@dataclass(frozen=True, slots=True)
class Seen:
    """An actor mention already read: who, how, where, and whether it was a subject."""

    actor: str
    how: str
    plural: bool
    subject: bool
    sentence: int


@dataclass
class Discourse:
    """Per-document memory: actors found, names seen, agents of events, the last speaker."""

    known: dict[str, Actor]
    new_actors: dict[str, Actor] = field(default_factory=dict)
    registry: dict[str, str] = field(default_factory=dict)
    history: list[Seen] = field(default_factory=list)
    agents: dict[str, tuple[int, str]] = field(default_factory=dict)
    last_referent: str | None = None
    speaker: tuple[str, int] | None = None
    clock: int = 0

    def actor(self, actor_id: str) -> Actor | None:
        """A gazetteer or newly found actor by id."""
        return self.new_actors.get(actor_id) or self.known.get(actor_id)

    def kind(self, actor_id: str) -> ActorKind | None:
        """The kind of an actor (None when unknown)."""
        found = self.actor(actor_id)
        return found.kind if found else None

    def country_of(self, actor_id: str) -> str | None:
        """The ISO3 code an actor is or serves."""
        found = self.actor(actor_id)
        return found.country if found else None

    def add_actor(self, actor: Actor, surfaces: list[str]) -> None:
        """Remember a newly found person or body and the names it may be called by later."""
        self.new_actors.setdefault(actor.id, actor)
        for surface in surfaces:
            self.registry.setdefault(surface.lower(), actor.id)

    def remember(self, key: str, actor_id: str) -> None:
        """``key`` (a noun family or a stance type) now points to ``actor_id``."""
        self.clock += 1
        self.agents[key] = (self.clock, actor_id)

    def recall(self, noun: str, stance_type: StanceType | None) -> str | None:
        """The most recent agent or owner of a noun, or of its stance type."""
        keys = [family(noun), stance_type or ""]
        if family(noun) in GENERIC_ACTS:
            keys.append(ANY_ACT)
        found = [self.agents[k] for k in keys if k in self.agents]
        return max(found)[1] if found else None

    def pair(self, sentence: int, before: list[Seen], people: bool) -> list[str]:
        """The two parties of "both sides", "the two governments", "the two ministers"."""
        found: list[str] = []
        for seen in self._recent(sentence, before):
            is_person = self.kind(seen.actor) is ActorKind.PERSON
            if is_person == people and seen.actor not in found:
                found.append(seen.actor)
            if len(found) == 2:
                return found
        return []

    def _recent(self, sentence: int, before: list[Seen]) -> list[Seen]:
        older = [s for s in self.history if sentence - s.sentence <= _WINDOW]
        return list(reversed(older + before))

    def resolve_pronoun(self, word: str, sentence: int, before: list[Seen]) -> str | None:
        """The actor a third-person pronoun refers to, or None."""
        recent = self._recent(sentence, before)
        if word in PERSON_PRONOUNS:
            people = [s for s in recent if self.kind(s.actor) is ActorKind.PERSON]
            chosen = [s for s in people if s.subject] or people
            return chosen[0].actor if chosen else None
        if word in THING_PRONOUNS:
            things = [
                s for s in recent if not s.plural and self.kind(s.actor) is not ActorKind.PERSON
            ]
            subjects = [s for s in things if s.subject]
            pick = subjects or things
            return pick[0].actor if pick else None
        if word in PLURAL_PRONOUNS:
            groups = [s for s in recent if s.plural and sentence - s.sentence <= 1]
            return groups[0].actor if groups else None
        return None

    def resolve_description(self, sentence: int, before: list[Seen]) -> str | None:
        """'the country': the latest country, skipping a subject named just before it."""
        recent = [
            s for s in self._recent(sentence, before) if self.kind(s.actor) is ActorKind.COUNTRY
        ]
        if recent and before and recent[0] is before[-1] and before[-1].subject:
            recent = [s for s in recent if s.actor != before[-1].actor]
        return recent[0].actor if recent else None
