"""Gazetteer look-up in running text: names, codes, metonyms, demonyms, ambiguous names.

One phrase index over the lower-case tokens of every surface form of the gazetteer, built once
per extractor with the extractor's tokenizer; each match is then checked against its context:
case ("US" the country against "us" the pronoun), a capital named only as a place ("in
Geneva"), an ambiguous name with a cue against it ("Georgia" beside "Atlanta", "Jordan" as a
first name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from graphkb.actors import Gazetteer, index_key
from graphkb.extract.cues import Cues
from graphkb.extract.phrases import PhraseIndex
from graphkb.extract.text import normalize
from graphkb.extract.tokenizer import Tokens
from graphkb.extract.tokens import FUNCTION_WORDS, Mention, Tok
from graphkb.model import ActorKind

__all__ = ["REGIONS", "GazetteerIndex", "title_case"]

_HONORIFICS = frozenset(
    ["mr", "mrs", "ms", "dr", "miss", "sir", "lord", "lady", "coach", "president"]
)
# Object pronoun "US" in an all-capitals headline ("GIVE US PEACE").
_OBJECT_VERBS = frozenset(
    [
        "let",
        "tell",
        "give",
        "help",
        "join",
        "show",
        "leave",
        "send",
        "ask",
        "told",
        "gave",
        "for",
        "to",
        "with",
    ]
)


_CUE_REACH = 8  # tokens either side of an ambiguous name searched for a cue against it


@dataclass(frozen=True, slots=True)
class _Sense:
    actor: str
    how: str
    ambiguous: bool


_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)-[A-Z]")


# Words for a part of a country between a preposition and its name ("in eastern Ukraine").
REGIONS = frozenset(
    ["northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
     "southeastern", "southwestern", "north", "south", "east", "west", "rural", "coastal"]
)  # fmt: skip


# Capitalised words after a name that make it a sea's or a strait's ("South China Sea").
_PLURAL_INSIDE = re.compile(r"(?<=[a-z]{3})s (?=[A-Z])")

_WATERS = frozenset(["Sea", "Ocean", "Gulf", "Strait", "Straits", "Channel", "Bay"])


class GazetteerIndex:
    """Finds gazetteer actors in a tokenised sentence."""

    def __init__(self, gazetteer: Gazetteer, tokenize: Callable[[str], Tokens], cues: Cues) -> None:
        self.gazetteer = gazetteer
        self.cues = cues
        self.senses: dict[str, list[_Sense]] = {}
        ambiguous = {
            (index_key(s), aid) for aid, surfaces in gazetteer.ambiguous.items() for s in surfaces
        }
        codes = {(index_key(c), aid) for aid, cs in gazetteer.lookup_only.items() for c in cs}
        for key, actor_id, how in gazetteer.surfaces():
            if gazetteer.actors[actor_id].kind is ActorKind.PERSON or (key, actor_id) in codes:
                continue
            sense = _Sense(actor_id, how, (key, actor_id) in ambiguous)
            self.senses.setdefault(key, []).append(sense)
        texts: set[str] = set()
        for actor in gazetteer:
            if actor.kind is ActorKind.PERSON:
                continue
            texts.update((actor.id, actor.name, *actor.aliases))
            texts.update(gazetteer.metonyms.get(actor.id, ()))
            texts.update(gazetteer.demonyms.get(actor.id, ()))
        texts.update(t[4:] for t in list(texts) if t.lower().startswith("the "))
        # a plural's possessive inside a name: "the Kurdistan Workers' Party"
        texts.update(_PLURAL_INSIDE.sub("s' ", t) for t in list(texts) if _PLURAL_INSIDE.search(t))
        texts.update([normalize(t) for t in texts])  # text is matched folded: Bogotá as Bogota
        self.phrases = PhraseIndex(tokenize(text).lower for text in sorted(texts))

    def lookup(self, surface: str) -> list[_Sense]:
        """Senses of a surface form, case rules applied (codes must be upper case)."""
        if not surface[:1].isupper() and not _ARTICLE_NAME.match(surface):
            return []  # "al-Shabab" keeps its lower-case article
        letters = surface.replace(".", "").replace(" ", "")
        senses = self.senses.get(index_key(surface), [])
        if len(letters) <= 3 and not letters.isupper():
            # "Un" in "Kim Jong Un" is no U.N.: a short name is a code, in capitals; a short
            # demonym is a word ("the Lao ambassador")
            return [s for s in senses if s.how == "demonym"]
        if not senses and surface.isupper() and len(surface) <= 3:
            return []
        return senses

    def spans(self, words: list[str]) -> list[tuple[int, int]]:
        """Every surface-form match (overlapping ones too) in lower-case ``words``."""
        return self.phrases.matches(words)

    def find(
        self, toks: list[Tok], spans: list[tuple[int, int]], seen: Collection[str] = ()
    ) -> list[Mention]:
        """Gazetteer mentions among candidate ``spans`` (token indices within ``toks``);
        ``seen``: countries the document has named, which settle a name two countries share
        ("Congo" after "Kinshasa")."""
        taken: set[int] = set()
        mentions: list[Mention] = []
        for start, end in sorted(spans, key=lambda se: (se[0] - se[1], se[0])):
            if taken.intersection(range(start, end)):
                continue
            mention = self._accept(toks, start, end, seen)
            if mention is not None:
                taken.update(range(start, end))
                mentions.append(mention)
        return sorted(mentions, key=lambda m: m.start)

    def _accept(
        self, toks: list[Tok], start: int, end: int, seen: Collection[str] = ()
    ) -> Mention | None:
        surface = "".join(
            t.text + (" " if i + 1 < end and toks[i + 1].start > t.end else "")
            for i, t in enumerate(toks[start:end], start)
        )
        sense = self._sense(surface, seen)
        if sense is None:
            return None
        if (start > 1 and toks[start - 1].text == "-" and toks[start - 2].lower == "non") or (
            len(surface) <= 3 and sense.how == "demonym" and end < len(toks) and toks[end].cap
        ):
            return None  # "non-NATO"; "Lao Cai", "Lao Dongyan" (not "the Lao ambassador")
        product = end < len(toks) and _MODEL.fullmatch(toks[end].text) and self._maker(sense.actor)
        if product or (sense.ambiguous and not self._ambiguous_ok(toks, start, end)):
            return None  # ("a Ukrainian Boeing 737", "Russia's Sputnik V vaccine": a product)
        if surface == "US" and self._object_us(toks, start):
            return None
        if end < len(toks) and (
            (sense.how == "metonym" and self._name_continues(toks, end))
            or toks[end].text in _WATERS  # "the South China Sea": a body of water
        ):
            return None
        plural = sense.how == "demonym" and surface.lower().endswith("s")
        before = start - 1
        if before > 0 and toks[before].lower in REGIONS:
            before -= 1  # "in western Cambodia", "in the north of"
        prev = toks[before].lower if before >= 0 else ""
        locative = prev in self.cues["locative_preps"]
        return Mention(start, end, sense.actor, sense.how, plural=plural, locative=locative)

    def _sense(self, surface: str, seen: Collection[str] = ()) -> _Sense | None:
        """The one actor a surface names: a plain name beats a metonym; among several
        actors only a single country wins ("Congo" names two countries, so none, unless the
        story has named one of them already)."""
        senses = self.lookup(surface)
        named = [s for s in senses if s.how == "name"] or senses
        if len({s.actor for s in named}) <= 1:
            return named[0] if named else None
        countries = [s for s in named if self._is_country(s.actor)]
        if len({s.actor for s in countries}) > 1:
            countries = [s for s in countries if s.actor in seen]
        return countries[0] if len({s.actor for s in countries}) == 1 else None

    def _maker(self, actor_id: str) -> bool:
        """Whether the actor is a company or an outlet, whose name may also name a product."""
        kind = self.gazetteer.actors[actor_id].kind
        return kind in (ActorKind.COMPANY, ActorKind.ORGANIZATION)

    def _is_country(self, actor_id: str) -> bool:
        return self.gazetteer.actors[actor_id].kind is ActorKind.COUNTRY

    def _name_continues(self, toks: list[Tok], end: int) -> bool:
        """A capitalised word after a city makes it part of another name (Washington Post),
        except in a headline whose every word is capitalised ("Ankara Defies Washington") and
        after a demonym that opens an official's title ("Georgian Foreign Minister X", "Polish
        President X", but not "Georgia Secretary of State X" or "Indian National Congress")."""
        nxt = toks[end]
        if not (nxt.cap and nxt.text.isalpha()) or self.lookup(nxt.text):
            return False
        roles = self.cues["role_nouns"]
        title = [t.lower for t in toks[end : end + 3]]
        demonym = toks[end - 1].lower.endswith(("n", "sh", "ch", "ese"))  # "Polish"
        if demonym and any(w in roles for w in title):
            return False
        return not title_case(toks)

    def _ambiguous_ok(self, toks: list[Tok], start: int, end: int) -> bool:
        """An ambiguous name counts only when nothing around it says it is something else."""
        if start > 0:
            prev = toks[start - 1]
            if prev.lower.rstrip(".") in _HONORIFICS:
                return False
            first = next((t.i for t in toks if t.text.isalpha()), 0)
            named = prev.cap and prev.text.isalpha() and prev.lower not in FUNCTION_WORDS
            if named and prev.i > first and not self.lookup(prev.text) and not title_case(toks):
                return False  # "George Washington", but not "Ankara Defies Washington"
        if end < len(toks) and self._name_continues(toks, end):
            return False
        # a cue near the name: "the Jordan River", "Georgia's governor", but not "Turkey's
        # ambassador ... as the river fell" a clause later
        words = [t.lower for t in toks[max(0, start - _CUE_REACH) : end + _CUE_REACH]]
        text = " " + " ".join(words) + " "
        return not any(f" {cue} " in text for cue in self.cues["ambiguous_cues"])

    @staticmethod
    def _object_us(toks: list[Tok], start: int) -> bool:
        """'US' in an all-capitals line after a verb or preposition is the pronoun."""
        letters = [t.text for t in toks if t.text.isalpha()]
        shouting = len(letters) > 2 and all(w.isupper() for w in letters)
        return shouting and start > 0 and toks[start - 1].lower in _OBJECT_VERBS


# A product's model after a maker's name ("737", "A320", "F-35", Sputnik "V").
_MODEL = re.compile(r"[A-Z]?\d{2,3}[A-Z]?|[A-Z]\d{4}|V|MAX")


def title_case(toks: list[Tok]) -> bool:
    """A headline in title case: no final full stop, and most of its words (four or more)
    capitalised."""
    if not toks or toks[-1].text in (".", "!"):
        return False
    words = [t for t in toks if t.text.isalpha() and len(t.text) > 3]
    return len(words) >= 4 and sum(t.cap for t in words) >= 0.8 * len(words)
