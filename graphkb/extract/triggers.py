"""The trigger lexicon (``data/lexicon/triggers.yaml``): loading, validation, expansion.

Each entry says which words signal a stance type and how its arguments are found (see the
YAML file's header). Entries are expanded to every inflected form once, and
:class:`TriggerMatcher` finds them all in a sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from graphkb._exceptions import ParseError
from graphkb.extract import yamlfile as yaml
from graphkb.extract.inflect import load_irregular, load_nominals, pluralize, verb_forms
from graphkb.model import StanceType, data_dir

__all__ = [
    "ALL_PREPS",
    "TALK_NOUNS",
    "Entry",
    "Lexicon",
    "TriggerMatcher",
    "load_lexicon",
    "parse_lexicon",
]

_KINDS = ("verbs", "phrases", "nouns", "received", "relational", "warned")
_TYPE_KEYS = frozenset((*_KINDS, "preps"))
_AS_IS = frozenset(("received", "warned"))  # kind names that are no plural
_TOP_KEYS = frozenset(("types", "evaluative", "cites"))
_GAP = "*"
_GAP_MAX = 3
_LONG_GAP_MAX = 10  # before a tail of three words or more
# Phrase endings no other clause has, which may close a long gap even across "and".
_IDIOM_TAILS = (("persona", "non", "grata"), ("on", "high", "alert"))
# Short endings that may still close a long gap: a participle after the thing ordered shut
# ("ordered the Baku office of Russia's Sputnik news agency closed").
_LONG_TAILS = (("closed",), ("shut",), ("shut", "down"))
_PARTICLES = frozenset(["down", "up", "off", "out", "back", "away", "over"])
# a gap never crosses punctuation or into a second clause ("denied the request and asked")
# nor over a modal, which starts a clause of its own ("warned it would retaliate against")
_GAP_STOPS = frozenset(
    [*',.;:!?()[]"', "but", "and", "would", "will", "could", "can", "may", "might", "should",
     "must", "shall"]
)  # fmt: skip
_UNITS = frozenset(["%"])  # glued to the number before them
_NAME_LINKS = frozenset([",", "and"])


@dataclass(frozen=True, slots=True)
class Entry:
    """One trigger: a stance type, how it is used (kind) and its words.

    ``kind`` is verb, phrase, noun, received, relational, warned, evaluative or cite;
    ``words`` are the lexicon's lower-case words, ``preps`` the prepositions that introduce
    the target.
    """

    type: StanceType | None
    kind: str
    words: tuple[str, ...]
    preps: frozenset[str] = frozenset()

    @property
    def ends_with_prep(self) -> bool:
        """Whether the target follows the phrase directly ("pull out of X")."""
        return len(self.words) > 1 and self.words[-1] in ALL_PREPS


ALL_PREPS = frozenset(
    [
        "on",
        "against",
        "with",
        "to",
        "of",
        "from",
        "for",
        "at",
        "into",
        "toward",
        "towards",
        "between",
        "near",
        "along",
        "outside",
        "by",
        "upon",
        "behind",
        "in",
    ]
)
"""Prepositions that may end a phrase or follow its gap."""


@dataclass(frozen=True)
class Lexicon:
    """The loaded trigger lexicon."""

    entries: tuple[Entry, ...]
    eval_words: dict[tuple[str, ...], StanceType]
    irregular: dict[str, dict[str, str]]
    verb_tags: dict[str, str] = field(default_factory=dict)
    # verb lemma -> nouns naming its act (data/lexicon/nominals.yaml)
    nominals: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # noun (singular and plural) -> the types of the acts it names: its own entries' and, for
    # a verb's noun ("expulsion", "recall"), the verb's
    act_nouns: dict[str, frozenset[StanceType]] = field(default_factory=dict)

    def forms(self, lemma: str) -> dict[str, str]:
        """Inflected forms of a verb lemma, with tags (base, s, ed, past, participle, ing)."""
        return verb_forms(lemma, self.irregular.get(lemma))


def _fail(path: Path, where: str, message: str) -> ParseError:
    return ParseError(f"{where}: {message}", str(path))


def _words(path: Path, where: str, value: object) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, where, "expected a list of non-empty strings")
    return [" ".join(v.lower().split()) for v in value]


def _type_entries(path: Path, name: str, block: object) -> list[Entry]:
    try:
        stance_type = StanceType.parse(name)
    except ParseError as exc:
        raise _fail(path, f"types.{name}", str(exc)) from None
    if not isinstance(block, dict):
        raise _fail(path, f"types.{name}", "expected a mapping of verbs/phrases/nouns/preps")
    unknown = set(block) - _TYPE_KEYS
    if unknown:
        raise _fail(
            path, f"types.{name}", f"unknown keys {sorted(unknown)}; use {sorted(_TYPE_KEYS)}"
        )
    preps = frozenset(_words(path, f"types.{name}.preps", block.get("preps")))
    entries = []
    for kind in _KINDS:
        for text in _words(path, f"types.{name}.{kind}", block.get(kind)):
            words = tuple(text.split())
            if kind == "verbs" and len(words) != 1:
                raise _fail(
                    path, f"types.{name}.verbs", f"{text!r}: put multi-word verbs in phrases"
                )
            if words[0] == _GAP or words[-1] == _GAP:
                raise _fail(path, f"types.{name}.{kind}", f"{text!r}: '*' must be inside a phrase")
            # "refused to attend talks with Somalia": talks refused are with the other side
            # (not "ended its talks with Iran on a positive note", which only closes a round)
            talks = words[-1] in TALK_NOUNS and kind != "verbs" and name == "REJECT"
            own = preps | {"with"} if talks else preps
            entries.append(
                Entry(stance_type, kind if kind in _AS_IS else kind.rstrip("s"), words, own)
            )
    return entries


# Nouns of talks: a rejection phrase ending in one takes its other side after "with".
TALK_NOUNS = frozenset(
    ["talks", "negotiations", "dialogue", "discussions", "consultations", "contacts"]
)


def _eval_entries(
    path: Path, block: object
) -> tuple[list[Entry], dict[tuple[str, ...], StanceType]]:
    if not isinstance(block, dict) or not isinstance(block.get("words"), dict):
        raise _fail(path, "evaluative", "expected 'verbs' and a 'words' mapping of TYPE: [words]")
    verbs = _words(path, "evaluative.verbs", block.get("verbs"))
    words: dict[tuple[str, ...], StanceType] = {}
    for name, items in block["words"].items():
        try:
            stance_type = StanceType.parse(str(name))
        except ParseError as exc:
            raise _fail(path, f"evaluative.words.{name}", str(exc)) from None
        for word in _words(path, f"evaluative.words.{name}", items):
            words[tuple(t for w in word.split() for t in _split(w))] = stance_type
    return [Entry(None, "evaluative", (v,)) for v in verbs], words


def parse_lexicon(data: object, path: Path) -> Lexicon:
    """Validate the parsed YAML of a trigger lexicon; ParseError says what and where."""
    if not isinstance(data, dict) or not isinstance(data.get("types"), dict):
        raise _fail(path, "top level", "expected a mapping with a 'types' mapping")
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise _fail(path, "top level", f"unknown keys {sorted(unknown)}; use {sorted(_TOP_KEYS)}")
    entries: list[Entry] = []
    for name, block in data["types"].items():
        entries += _type_entries(path, str(name), block)
    eval_entries, eval_words = _eval_entries(path, data.get("evaluative"))
    cites = data.get("cites") or {}
    if not isinstance(cites, dict):
        raise _fail(path, "cites", "expected a mapping with 'phrases'")
    cite_entries = [
        Entry(None, "cite", tuple(p.split()))
        for p in _words(path, "cites.phrases", cites.get("phrases"))
    ]
    nominals = load_nominals()
    entries += _nominalised(entries, nominals)
    lexicon = Lexicon(
        tuple(entries + eval_entries + cite_entries), eval_words, load_irregular(), {}, nominals
    )
    lexicon.act_nouns.update(_act_nouns(entries, nominals))
    for entry in lexicon.entries:
        if entry.kind in ("verb", "phrase", "received", "warned", "evaluative", "cite"):
            lemma = entry.words[0]
            last = _split(lemma)[-1]
            lexicon.verb_tags.update(lexicon.forms(lemma))
            if last != lemma:  # "test-fire": "fired" is a verb form too
                lexicon.verb_tags.update(lexicon.forms(last))
    return lexicon


def _act_nouns(
    entries: list[Entry], nominals: dict[str, tuple[str, ...]]
) -> dict[str, frozenset[StanceType]]:
    """Each noun that names an act, singular and plural, with the types of its entries and,
    for a verb's noun ("expulsion", "recall"), the verb's."""
    acts: dict[str, set[StanceType]] = {}
    for entry in entries:
        heads: tuple[str, ...] = ()
        if entry.kind == "noun" and (len(entry.words) == 1 or entry.words[1] in ALL_PREPS):
            heads = entry.words[:1]  # "expulsion", "withdrawal from"; not "drone strike"
        elif entry.kind in ("verb", "phrase"):
            heads = nominals.get(entry.words[0], ())
        for head in heads:
            for word in (head, pluralize(head)):
                if entry.type is not None:
                    acts.setdefault(word, set()).add(entry.type)
    return {word: frozenset(types) for word, types in acts.items()}


def _nominalised(entries: list[Entry], nominals: dict[str, tuple[str, ...]]) -> list[Entry]:
    """Noun forms of verb phrases ("suspend * links with" -> "suspension of * links with",
    "withdraw from" -> "withdrawal from"); a phrase whose target sits in its gap ("bar *
    from") has no noun form here."""
    known = {(e.type, e.words) for e in entries}
    # a noun the lexicon lists already keeps its own rules ("withdrawal of X's troops")
    listed = {e.words[0] for e in entries if e.kind == "noun"}
    out = []
    for entry in entries:
        if entry.kind != "phrase" or entry.words[0] not in nominals:
            continue
        rest = entry.words[1:]
        if rest[0] in _PARTICLES or (rest[0] == _GAP and rest[1] in ALL_PREPS):
            continue  # "close down", "bar * from": no noun form with the same roles
        if rest[0] not in ALL_PREPS:
            rest = ("of", *rest)  # "resume * talks with" -> "resumption of * talks with"
        for noun in nominals[entry.words[0]]:
            if noun in listed:
                continue
            words = (noun, *rest)
            if (entry.type, words) not in known:
                known.add((entry.type, words))
                out.append(Entry(entry.type, "noun", words, entry.preps))
    return out


@cache
def load_lexicon(path: Path | None = None) -> Lexicon:
    """The trigger lexicon at ``path``; by default the bundled ``lexicon/triggers.yaml``
    with its generated supplements (:data:`SUPPLEMENTS`) merged in."""
    if path is not None:
        return parse_lexicon(yaml.read(path, "trigger lexicon"), path)
    base_path = data_dir() / "lexicon" / "triggers.yaml"
    data: Any = yaml.read(base_path, "trigger lexicon")
    for name in SUPPLEMENTS:
        supplement = data_dir() / "lexicon" / name
        merge_supplement(data, yaml.read(supplement, "trigger lexicon"), supplement)
    return parse_lexicon(data, base_path)


SUPPLEMENTS = ("petrarch_triggers.yaml",)
"""Generated trigger files read after triggers.yaml (tools/build_petrarch_lexicon.py makes the
PETRARCH2 one, keeping only the types that measurably help)."""


def merge_supplement(base: Any, extra: Any, path: Path) -> None:
    """Add ``extra``'s entries to the parsed ``base`` lexicon, in place. The hand-written
    lexicon wins: an entry it already has (under any type) is not added again, a phrase led
    by one of its verbs is left out (that verb's own rules find its arguments: "accuse * of"
    would take the target after "of"), and each type keeps the base's prepositions."""
    if not isinstance(extra, dict) or not isinstance(extra.get("types"), dict):
        raise _fail(path, "top level", "expected a mapping with a 'types' mapping")
    blocks = [block or {} for block in base["types"].values()]
    known = {
        " ".join(str(w).lower().split()) for b in blocks for k in _KINDS for w in b.get(k) or []
    }
    base_verbs = {str(w).lower() for b in blocks for w in b.get("verbs") or []}
    for name, block in extra["types"].items():
        if not isinstance(block, dict):
            raise _fail(path, f"types.{name}", "expected a mapping of verbs/phrases/nouns/preps")
        target = base["types"].setdefault(name, {"preps": block.get("preps") or []})
        for kind in _KINDS:
            words = _words(path, f"types.{name}.{kind}", block.get(kind))
            new = [w for w in words if w not in known and w.split()[0] not in base_verbs]
            if new:
                target[kind] = list(target.get(kind) or []) + new
                known.update(new)


Pattern = tuple[frozenset[str] | None, ...]
"""Word alternatives per position; None is a gap of up to three words."""


def _split(word: str) -> list[str]:
    """A lexicon word as the tokenizer cuts it: "arch-rival" -> arch, -, rival."""
    if "-" not in word.strip("-"):
        return [word]
    parts = word.split("-")
    out = [parts[0]]
    for part in parts[1:]:
        out += ["-", part]
    return out


def _literal(word: str) -> Pattern:
    if word == _GAP:
        return (None,)
    return tuple(frozenset((w,)) for w in _split(word))


def _inflected(word: str, forms: set[str]) -> Pattern:
    """A word whose last hyphen part takes the given forms ("test-fire" -> test, -, fired)."""
    *head, last = _split(word)
    prefix = word[: len(word) - len(last)]
    endings = {f[len(prefix) :] for f in forms if f.startswith(prefix)}
    return (*(frozenset((w,)) for w in head), frozenset(endings or {last}))


def _alternatives(lexicon: Lexicon, entry: Entry) -> Pattern:
    words = list(entry.words)
    if entry.kind == "noun":
        if entry.ends_with_prep:
            first = _inflected(words[0], {words[0], pluralize(words[0])})
            return (*first, *(p for w in words[1:] for p in _literal(w)))
        head = tuple(p for w in words[:-1] for p in _literal(w))
        return (*head, *_inflected(words[-1], {words[-1], pluralize(words[-1])}))
    if entry.kind == "relational":
        return tuple(p for w in words for p in _literal(w))
    rest = tuple(p for w in words[1:] for p in _literal(w))
    return (*_inflected(words[0], set(lexicon.forms(words[0]))), *rest)


@cache  # called for every gap tried while matching: once per distinct tail instead
def _idiom_tail(tail: Pattern, idioms: tuple[tuple[str, ...], ...] = _IDIOM_TAILS) -> bool:
    """Whether a pattern's rest after a gap is one of ``idioms`` and nothing more."""
    return any(
        len(tail) == len(idiom)
        and all(part is not None and word in part for part, word in zip(tail, idiom, strict=True))
        for idiom in idioms
    )


class TriggerMatcher:
    """Finds every lexicon entry in a token sequence; built once per lexicon.

    A dictionary from first word to patterns: spaCy's Matcher with some 450 patterns of
    inflected alternatives ran at under 100 sentences a second, this at thousands.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.index: dict[str, list[tuple[int, Pattern]]] = {}
        for number, entry in enumerate(lexicon.entries):
            pattern = _alternatives(lexicon, entry)
            first = pattern[0]
            assert first is not None  # validated: a phrase never starts with a gap
            for word in first:
                self.index.setdefault(word, []).append((number, pattern[1:]))

    def _end(self, words: list[str], i: int, rest: Pattern, names: Mapping[int, int]) -> int | None:
        """Where ``rest`` matches from ``i`` (the shortest match), or None. A gap counts a
        name (``names``: start -> end) as one word ("designated the Baloch Liberation Army
        as a terrorist group")."""
        if not rest:
            return i
        head, tail = rest[0], rest[1:]
        if head is None:
            j, used = i, 0
            if j < len(words) and words[j] == '"':
                j += 1  # 'expressed "full solidarity with': a quotation opening the gap
            # a tail of three words or more ("air strikes on") may end a long gap ("launched a
            # fresh wave of overnight air strikes on") that crosses no past verb ("launched an
            # inquiry after X carried out air strikes on"); only an idiom no other clause ends
            # with ("persona non grata") may cross "and"
            idiom = _idiom_tail(tail)
            long = idiom or len(tail) >= 3 or _idiom_tail(tail, _LONG_TAILS)
            while used <= (_LONG_GAP_MAX if long else _GAP_MAX):
                end = self._end(words, j, tail, names)
                if end is not None:
                    return end
                step = names.get(j, j + 1)
                stops = _GAP_STOPS - {"and"} if idiom else _GAP_STOPS
                past = (
                    used >= _GAP_MAX
                    and j not in names
                    and j < len(words)
                    and words[j].endswith("ed")
                )
                if past or step > len(words) or any(w in stops for w in words[j:step]):
                    return None
                # "credited Britain and France for": coordinated names are one word of a gap
                while j in names and step + 1 in names and words[step] in _NAME_LINKS:
                    step = names[step + 1]
                # "a new 25% levy": "25%" is one word; "ordered 12 French diplomats to
                # leave": a count of people named by their state is part of its noun
                counted = words[j].isdigit() and j + 1 in names  # "12 French diplomats"
                used += words[j] not in _UNITS and not counted
                j = step
            return None
        # 'expressed "total solidarity" with': a quotation may close inside the phrase
        i += i + 1 < len(words) and words[i] == '"' and words[i + 1] in head
        if i < len(words) and words[i] in head:
            return self._end(words, i + 1, tail, names)
        return None

    def __call__(
        self, words: list[str], names: Mapping[int, int] | None = None
    ) -> list[tuple[int, int, int]]:
        """(entry index, start, end) of every match in lower-case ``words``; ``names`` maps
        the first word of each known name to its end."""
        found = []
        names = names or {}
        for i, word in enumerate(words):
            # "sided firmly with", "called repeatedly for": an adverb after the verb
            adverb = i + 1 < len(words) and _is_adverb(words[i + 1])
            hyphen = i + 1 < len(words) and words[i + 1] == "-"
            for number, rest in self.index.get(word, ()):
                if hyphen and not (rest and rest[0] is not None and "-" in rest[0]):
                    continue  # "fine-tune", "ban-free": the first half of another word
                end = self._end(words, i + 1, rest, names)
                if end is None and adverb and rest and rest[0] is not None:
                    end = self._end(words, i + 2, rest, names)
                if end is not None:
                    found.append((number, i, end))
        return found


# Words in -ly that are no adverbs.
_NOT_ADVERBS = frozenset(
    ["ally", "family", "supply", "rally", "reply", "assembly", "monopoly", "italy", "july",
     "anomaly", "apply", "comply", "rely", "multiply", "fly", "belly", "bully", "jelly",
     "early", "only", "daily", "weekly", "monthly", "yearly", "quarterly", "likely", "unlikely"]
)  # fmt: skip


def _is_adverb(word: str) -> bool:
    """'firmly', 'repeatedly', 'swiftly': a manner adverb that may sit inside a phrase."""
    return len(word) > 4 and word.endswith("ly") and word not in _NOT_ADVERBS
