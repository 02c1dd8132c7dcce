"""Plain records the extractor's stages pass around: tokens, mentions, trigger hits."""

from __future__ import annotations

from dataclasses import dataclass, field

from graphkb.extract.triggers import Entry

__all__ = ["FUNCTION_WORDS", "MONTH_TOKENS", "MONTH_WORDS", "Hit", "Mention", "SentenceView", "Tok"]

# Capitalised at a sentence start, but never part of a name.
FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "for",
        "and",
        "but",
        "or",
        "however",
        "as",
        "while",
        "after",
        "when",
        "if",
        "since",
        "this",
        "that",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "there",
        "such",
        "some",
        "many",
        "any",
        "both",
        "one",
        "by",
        "from",
        "with",
        "to",
        "of",
        "no",
        "not",
        "all",
        "most",
        "more",
        "other",
        "another",
        "so",
        "yet",
        "then",
        "also",
        "what",
        "why",
        "how",
        "who",
        "which",
        "where",
        "meanwhile",
        "instead",
        "although",
        "though",
        "even",
        "despite",
        "amid",
        "yesterday",
        "today",
        "tomorrow",
        "tonight",
        "earlier",
        "later",
        "now",
        "last",
        "next",
        # a headline's capitals ("Fisherman Is Killed"): a verb, never a name
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
    ]
)


# Months spelled like a modal or a verb, as their capitalised tokens read ("in May", "in
# March"): a word of their own, so that no rule takes them for "may" or a march.
MONTH_WORDS = {"May": "maymonth", "March": "marchmonth"}
MONTH_TOKENS = frozenset(MONTH_WORDS.values())


@dataclass(slots=True)
class Tok:
    """A token of a sentence: normalised text, raw offsets, and whether it is quoted."""

    i: int
    text: str
    lower: str
    start: int
    end: int
    quoted: bool = False

    @property
    def cap(self) -> bool:
        """Starts with a capital letter."""
        return self.text[:1].isupper()


@dataclass(slots=True)
class Mention:
    """An actor mentioned at tokens ``start``..``end`` (exclusive).

    ``how`` is name, metonym, demonym (a modifier, "Pakistani missiles"), group ("Pakistani
    officials"), person, body, reference (a surname or body seen before), pronoun or
    description ("the country"). ``locative`` marks a place phrase ("in Geneva").
    """

    start: int
    end: int
    actor: str
    how: str
    plural: bool = False
    locative: bool = False
    possessive: bool = False
    also: tuple[str, ...] = ()  # further actors of "both sides", "the two ministers"

    @property
    def actors(self) -> list[str]:
        """Every actor the mention stands for."""
        return [self.actor, *self.also]


@dataclass(slots=True)
class Hit:
    """A trigger found at tokens ``start``..``end``; ``head`` is the verb or noun token."""

    start: int
    end: int
    entry: Entry
    head: int
    passive: bool = False


@dataclass
class SentenceView:
    """One sentence under analysis: tokens, mentions, triggers and quote speaker."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    toks: list[Tok]
    mentions: list[Mention] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    speaker: str | None = None

    def lower(self, i: int) -> str:
        """The lower-case text of token ``i`` ('' outside the sentence)."""
        return self.toks[i].lower if 0 <= i < len(self.toks) else ""
