"""English verb and noun inflection for the lexicons, so a data file lists lemmas only.

A blank spaCy pipeline has no lemmatiser; instead of lemmatising the text, the extractor
expands each lexicon lemma to its forms once, when the lexicon is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from graphkb._exceptions import ParseError
from graphkb.extract import yamlfile as yaml
from graphkb.model import data_dir

__all__ = ["VerbForms", "forms_of", "load_irregular", "load_nominals", "pluralize", "verb_forms"]

_FORM_KEYS = frozenset(("past", "participle", "s", "ing"))

_VOWELS = frozenset("aeiou")

VerbForms = dict[str, str]
"""Form -> tag, where tag is one of base, s, past, participle, ing (past and participle merge
as "ed" when they are the same word)."""


def _doubles(lemma: str) -> bool:
    """One-syllable verbs ending consonant-vowel-consonant double their last letter (ban,
    banned; scrap, scrapped; but open, opened). Longer ones that double are irregular."""
    if len(lemma) < 3:
        return False
    a, b, c = lemma[-3], lemma[-2], lemma[-1]
    one_syllable = not _VOWELS.intersection(lemma[:-2])
    return (
        one_syllable and a not in _VOWELS and b in _VOWELS and c not in _VOWELS and c not in "wxy"
    )


def _third(lemma: str) -> str:
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        return lemma[:-1] + "ies"
    return lemma + "s"


def _past(lemma: str) -> str:
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        return lemma[:-1] + "ied"
    if _doubles(lemma):
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def _gerund(lemma: str) -> str:
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    if _doubles(lemma):
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


def verb_forms(lemma: str, irregular: Mapping[str, str] | None = None) -> VerbForms:
    """Every form of ``lemma`` with its tag.

    >>> sorted(verb_forms("ban").items())
    [('ban', 'base'), ('banned', 'ed'), ('banning', 'ing'), ('bans', 's')]
    >>> verb_forms("strike", {"past": "struck", "participle": "struck"})["struck"]
    'ed'
    """
    extra = irregular or {}
    past = extra.get("past", _past(lemma))
    participle = extra.get("participle", past)
    forms: VerbForms = {
        lemma: "base",
        extra.get("s", _third(lemma)): "s",
        extra.get("ing", _gerund(lemma)): "ing",
    }
    if past == participle:
        forms[past] = "ed"
    else:
        forms[past] = "past"
        forms[participle] = "participle"
    return forms


def pluralize(noun: str) -> str:
    """The regular plural of a noun (a noun ending in s is left as it is).

    >>> [pluralize(w) for w in ("sanction", "embargo", "rivalry", "talks")]
    ['sanctions', 'embargoes', 'rivalries', 'talks']
    """
    if noun.endswith("s"):
        return noun
    if noun.endswith(("sh", "ch", "x", "z", "o")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


@cache
def load_irregular(path: Path | None = None) -> dict[str, dict[str, str]]:
    """Irregular verb forms (``data/lexicon/irregular.yaml``): lemma -> {past, participle...}."""
    path = path or data_dir() / "lexicon" / "irregular.yaml"
    data: Any = yaml.read(path, "irregular verbs")
    if not isinstance(data, dict):
        raise ParseError("expected lemma: {past: ..., participle: ...}", str(path))
    out: dict[str, dict[str, str]] = {}
    for lemma, forms in data.items():
        ok = isinstance(forms, dict) and set(forms) <= _FORM_KEYS
        if not ok or not all(isinstance(v, str) for v in forms.values()):
            raise ParseError(f"{lemma}: use the keys past, participle, s, ing", str(path))
        out[str(lemma)] = {str(k): str(v) for k, v in forms.items()}
    return out


@cache
def load_nominals(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Nouns naming a verb's act (``data/lexicon/nominals.yaml``): lemma -> nouns."""
    path = path or data_dir() / "lexicon" / "nominals.yaml"
    data: Any = yaml.read(path, "nominalisations")
    if not isinstance(data, dict):
        raise ParseError("expected lemma: [nouns]", str(path))
    out: dict[str, tuple[str, ...]] = {}
    for lemma, nouns in data.items():
        if not isinstance(nouns, list) or not all(isinstance(n, str) and n for n in nouns):
            raise ParseError(f"{lemma}: expected a list of nouns", str(path))
        out[str(lemma)] = tuple(n.lower() for n in nouns)
    return out


def participles_of(*lemmas: str) -> frozenset[str]:
    """The past participles of these verbs ("arrested", "sworn").

    >>> sorted(participles_of("arrest", "swear"))
    ['arrested', 'sworn']
    """
    irregular = load_irregular()
    return frozenset(
        form
        for lemma in lemmas
        for form, tag in verb_forms(lemma, irregular.get(lemma)).items()
        if tag in ("ed", "participle")
    )


def forms_of(*lemmas: str) -> frozenset[str]:
    """Every inflected form of these verbs (irregular ones from the lexicon's table).

    >>> sorted(forms_of("strike"))
    ['strike', 'strikes', 'striking', 'struck']
    """
    irregular = load_irregular()
    return frozenset(f for lemma in lemmas for f in verb_forms(lemma, irregular.get(lemma)))
