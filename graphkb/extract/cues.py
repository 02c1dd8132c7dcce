"""Closed-class cue words (``data/lexicon/cues.yaml``): modality, speech, roles, bodies."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from graphkb._exceptions import ParseError
from graphkb.extract import yamlfile as yaml
from graphkb.extract.inflect import load_irregular, verb_forms
from graphkb.model import data_dir

__all__ = ["Cues", "load_cues"]

_VERB_LISTS = (
    "reversal_verbs",
    "denial_verbs",
    "hypothetical_verbs",
    "speech_verbs",
    "implicative",
    "object_speech_verbs",
    "reaction_verbs",
    "dismissal_verbs",
    "presupposing_verbs",
    "factive_verbs",
)


@dataclass(frozen=True)
class Cues:
    """Every cue list as a set of lower-case words or phrases (verbs fully inflected)."""

    lists: dict[str, frozenset[str]]
    phrases: dict[str, tuple[tuple[str, ...], ...]]
    by_last: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        for name, phrases in self.phrases.items():
            index: dict[str, list[tuple[str, ...]]] = {}
            for phrase in phrases:
                index.setdefault(phrase[-1], []).append(phrase)
            self.by_last[name] = {last: tuple(found) for last, found in index.items()}

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.lists[name]

    def phrases_ending(self, name: str, word: str) -> tuple[tuple[str, ...], ...]:
        """The multi-word phrases of list ``name`` whose last word is ``word``."""
        return self.by_last[name].get(word, ())


_REQUIRED = (
    "negators", "negative_determiners", "denial_verbs", "modals", "conditionals",
    "hypothetical_verbs", "hypothetical_adjectives", "implicative", "irrealis_determiners",
    "speech_verbs", "boundaries", "scope_breaks", "locative_preps", "prepositions",
    "auxiliaries", "role_nouns", "role_modifiers", "body_heads", "group_nouns", "ambiguous_cues",
)  # fmt: skip


def _expand(name: str, words: list[str]) -> set[str]:
    irregular = load_irregular()
    out: set[str] = set()
    for word in words:
        if name in _VERB_LISTS and " " not in word:
            out.update(verb_forms(word, irregular.get(word)))
        elif name in _VERB_LISTS:
            head, rest = word.split(" ", 1)
            out.update(f"{form} {rest}" for form in verb_forms(head, irregular.get(head)))
        else:
            out.add(word)
    return out


def parse_cues(data: object, path: Path) -> Cues:
    """Validate the parsed YAML of the cue lists; ParseError says which list is wrong."""
    if not isinstance(data, dict):
        raise ParseError("expected a mapping of list names to word lists", str(path))
    missing = [name for name in _REQUIRED if name not in data]
    if missing:
        raise ParseError(f"missing cue lists {missing}", str(path))
    lists: dict[str, frozenset[str]] = {}
    phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    for name, raw in data.items():
        value = raw
        if name == "ambiguous_cues":
            value = [w for group in (raw or {}).values() for w in group]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ParseError(f"{name}: expected a list of strings", str(path))
        words = _expand(name, [" ".join(v.lower().split()) for v in value])
        lists[name] = frozenset(words)
        phrases[name] = tuple(tuple(w.split()) for w in sorted(words) if " " in w)
    return Cues(lists, phrases)


@cache
def load_cues(path: Path | None = None) -> Cues:
    """The cue lists at ``path`` (default: the bundled ``lexicon/cues.yaml``)."""
    path = path or data_dir() / "lexicon" / "cues.yaml"
    data: Any = yaml.read(path, "cue lists")
    return parse_cues(data, path)
