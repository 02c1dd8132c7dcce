"""The extractor: a blank spaCy tokenizer, matchers built once, and the rule stages."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphkb.actors import Gazetteer
from graphkb.extract.clauses import Proto, read_hits, select_hits
from graphkb.extract.cues import Cues, load_cues
from graphkb.extract.discourse import ANY_ACT, Discourse, Seen, family
from graphkb.extract.frames import Frames
from graphkb.extract.gazindex import GazetteerIndex
from graphkb.extract.inflect import pluralize
from graphkb.extract.mentions import find_mentions, is_subject_like
from graphkb.extract.modality import ModalityReader
from graphkb.extract.speech import attach_speaker, find_speeches
from graphkb.extract.text import Sentence, normalize, split_sentences
from graphkb.extract.tokens import SentenceView, Tok
from graphkb.extract.triggers import Lexicon, TriggerMatcher, load_lexicon
from graphkb.model import Actor, Evidence, Stance, StanceType

__all__ = ["Extraction", "Extractor"]

ORIGIN = "extractor:rules"
_REFERRING = frozenset(["them", "they", "it", "this", "these", "those"])
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "any", "some"]
)


@dataclass
class Extraction:
    """What one document yielded: stances, and every actor that appears in them."""

    stances: list[Stance] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)


class _Engine:
    """Everything built once per extractor: pipeline, matchers, lexicons."""

    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon, cues: Cues) -> None:
        import spacy

        self.nlp = spacy.blank("en")
        self.lexicon = lexicon
        self.cues = cues
        self.matcher = TriggerMatcher(lexicon)
        self.gaz = GazetteerIndex(gazetteer, self.nlp, cues)
        verb_lists = ("speech_verbs", "hypothetical_verbs", "denial_verbs")
        self.verbs = frozenset(lexicon.verb_tags).union(*(cues[n] for n in verb_lists))
        self.noun_types: dict[str, StanceType] = {}
        for entry in lexicon.entries:
            if entry.kind == "noun" and entry.type and not entry.ends_with_prep:
                for word in (entry.words[-1], pluralize(entry.words[-1])):
                    self.noun_types.setdefault(word, entry.type)


class Extractor:
    """Rule-based stance extraction; the spaCy pipeline is built on first use.

    >>> from graphkb.actors import Gazetteer
    >>> Extractor(Gazetteer()).extract("Nothing here.").stances
    []
    """

    def __init__(
        self, gazetteer: Gazetteer, *, lexicon: Path | None = None, cues: Path | None = None
    ) -> None:
        self.gazetteer = gazetteer
        self._paths = (lexicon, cues)
        self._engine: _Engine | None = None

    @property
    def engine(self) -> _Engine:
        """The pipeline and matchers (built once)."""
        if self._engine is None:
            self._engine = _Engine(
                self.gazetteer, load_lexicon(self._paths[0]), load_cues(self._paths[1])
            )
        return self._engine

    def extract(
        self, text: str, document_id: str = "doc-1", date: dt.date | None = None
    ) -> Extraction:
        """Stances in ``text``, with evidence offsets into ``text`` as given."""
        return _DocumentRun(self.engine, self.gazetteer, text, document_id, date).run()


class _DocumentRun:
    """One document through the stages, sentence by sentence."""

    def __init__(
        self,
        engine: _Engine,
        gazetteer: Gazetteer,
        text: str,
        document_id: str,
        date: dt.date | None,
    ) -> None:
        self.e = engine
        self.raw = text
        self.document_id = document_id
        self.date = date
        self.state = Discourse(known=gazetteer.actors)
        self.normal = normalize(text)
        self.doc: Any = engine.nlp.make_doc(self.normal)
        self.starts = [t.idx for t in self.doc]
        self.quoted = _quoted_chars(self.normal)

    def run(self) -> Extraction:
        triggers = self.e.matcher([t.lower_ for t in self.doc])
        names = self.e.gaz.spans(self.doc)
        result = Extraction()
        for index, sentence in enumerate(split_sentences(self.raw)):
            lo = bisect_left(self.starts, sentence.start)
            hi = bisect_left(self.starts, sentence.end)
            view = self._view(index, sentence, lo, hi)
            local = [(i, s - lo, e - lo) for i, s, e in triggers if lo <= s and e <= hi]
            spans = [(s - lo, e - lo) for s, e in names if lo <= s and e <= hi]
            result.stances += self._sentence(view, spans, local)
        used = {a for s in result.stances for a in (s.source, s.target)}
        result.actors = [a for a in (self.state.actor(i) for i in sorted(used)) if a]
        return result

    def _view(self, index: int, sentence: Sentence, lo: int, hi: int) -> SentenceView:
        toks = []
        for i in range(lo, hi):
            t = self.doc[i]
            quoted = t.text != '"' and self.quoted[t.idx]
            toks.append(Tok(i - lo, t.text, t.lower_, t.idx, t.idx + len(t.text), quoted))
        return SentenceView(
            index, sentence.start, sentence.end, sentence.text, sentence.paragraph, toks
        )

    def _recall(self, word: str) -> str | None:
        if word in _REFERRING:
            return self.state.last_referent
        found = self.state.recall(word, self.e.noun_types.get(word))
        if found:
            self.state.last_referent = found
        return found

    def _sentence(
        self, view: SentenceView, spans: list[tuple[int, int]], raw_hits: list[tuple[int, int, int]]
    ) -> list[Stance]:
        e, state = self.e, self.state
        find_mentions(view, spans, e.gaz, state, e.cues, e.verbs)
        frames = Frames(view, e.cues, e.verbs, self._recall)
        attach_speaker(view, find_speeches(frames, e.cues), state)
        frames = Frames(view, e.cues, e.verbs, self._recall)
        speeches = find_speeches(frames, e.cues)
        self._remember_owners(view, frames)
        hits = select_hits(frames, e.lexicon, raw_hits)
        countries = {m.actor: state.country_of(m.actor) for m in view.mentions}
        reader = ModalityReader(frames, e.cues, speeches, view.speaker, countries)
        protos = read_hits(frames, e.lexicon, hits, reader)
        self._remember_agents(view, protos)
        return self._stances(view, protos)

    def _remember_owners(self, view: SentenceView, frames: Frames) -> None:
        """'X's missile programme', 'US claims': the nouns after X now point to X.

        Without a tagger the head noun is unknown, so every word of the phrase is kept.
        """
        for m in view.mentions:
            if m.locative or not (m.possessive or m.how in ("name", "demonym", "metonym")):
                continue
            j = m.end + (1 if view.lower(m.end) == "'s" else 0)
            if (
                j >= len(view.toks)
                or frames.is_verb(j)
                or view.lower(j).endswith("ly")
                or view.lower(j) in self.e.cues["prepositions"]
            ):
                continue
            for tok in view.toks[j : frames.np_end(j)]:
                if tok.text.isalpha() and tok.text.islower() and tok.lower not in _DETERMINERS:
                    self.state.remember(family(tok.lower), m.actor)

    def _remember_agents(self, view: SentenceView, protos: list[Proto]) -> None:
        for p in protos:
            if p.modality.factual:
                self.state.remember(p.type.value, p.source)
                self.state.remember(ANY_ACT, p.source)
                if p.hit.entry.kind == "noun":
                    self.state.remember(family(view.toks[p.hit.head].lower), p.source)
        cues, verbs = self.e.cues, self.e.verbs
        self.state.history += [
            Seen(m.actor, m.how, m.plural, is_subject_like(view, m, cues, verbs), view.index)
            for m in view.mentions
        ]

    def _stances(self, view: SentenceView, protos: list[Proto]) -> list[Stance]:
        seen: set[tuple[str, str, str, str]] = set()
        evidence = Evidence(self.document_id, view.start, view.end, self.raw[view.start : view.end])
        out = []
        for p in protos:
            a, b = sorted((p.source, p.target)) if p.type.symmetric else (p.source, p.target)
            key = (a, b, p.type.value, p.modality.value)
            if key in seen or p.source == p.target:
                continue
            seen.add(key)
            out.append(
                Stance(
                    p.source,
                    p.target,
                    p.type,
                    p.modality,
                    evidence,
                    date=self.date,
                    attributed_to=p.attributed_to,
                    confidence=p.confidence,
                    origin=ORIGIN,
                )
            )
        return out


def _quoted_chars(text: str) -> list[bool]:
    """Per character: inside double quotation marks (reset at each line)."""
    out = [False] * (len(text) + 1)
    inside = False
    for i, char in enumerate(text):
        if char == "\n":
            inside = False
        elif char == '"':
            inside = not inside
        out[i] = inside
    return out
