"""From triggers to stances: each trigger's source, target, type and modality.

The rules by trigger kind (see ``data/lexicon/triggers.yaml``):

- verb or phrase, active: subject -> direct object or prepositional object;
- verb, passive ("was sanctioned by X", "has been celebrated in New Delhi"): the "by"
  phrase (or a seat of government after "in") -> the subject;
- noun: possessor or modifier ("US sanctions on X"), a "by"/"from" phrase, or the subject of
  the verb the noun is the object of ("imposed sanctions on X") -> prepositional object;
- evaluative ("called X a threat", "branded them baseless"): subject -> X's actor;
- cite ("pointed to Israel's aggressions against Y"): an accusation of the hostile act's
  source; the act itself becomes reported by the accuser, as does any hostile act named as
  the object of an accusation.
"""

from __future__ import annotations

from dataclasses import dataclass

from graphkb.extract.frames import Frames
from graphkb.extract.modality import ModalityReader
from graphkb.extract.tokens import Hit
from graphkb.extract.triggers import Lexicon
from graphkb.model import Modality, StanceType

__all__ = ["Proto", "read_hits"]

_VERB_KINDS = frozenset(("verb", "phrase"))
_BE = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "'s",
        "'re",
        "get",
        "gets",
        "got",
        "getting",
    ]
)
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "any", "some"]
)
_INFINITIVE_TYPES = frozenset((StanceType.AGREE, StanceType.THREATEN, StanceType.REQUEST))
_INFINITIVE_PREPS = frozenset(("with", "to", "on", "against"))
_NOT_THREATS = frozenset(
    (StanceType.THREATEN, StanceType.ACCUSE, StanceType.REJECT, StanceType.REQUEST)
)
_PRIORITY = {"phrase": 0, "received": 0, "relational": 1, "verb": 2, "noun": 2}


@dataclass
class Proto:
    """A stance before it becomes a :class:`~graphkb.model.Stance`."""

    source: str
    target: str
    type: StanceType
    modality: Modality
    attributed_to: str | None
    confidence: float
    hit: Hit


def select_hits(frames: Frames, lexicon: Lexicon, raw: list[tuple[int, int, int]]) -> list[Hit]:
    """Non-overlapping trigger hits, longest first; a noun/verb tie is settled by context."""
    hits: list[Hit] = []
    special: list[Hit] = []
    ordered = sorted(raw, key=lambda r: (r[1] - r[2], _PRIORITY.get(lexicon.entries[r[0]].kind, 3)))
    taken: set[int] = set()
    for index, start, end in ordered:
        entry = lexicon.entries[index]
        if entry.kind in ("evaluative", "cite"):
            special.append(Hit(start, end, entry, start))
            continue
        if taken.intersection(range(start, end)):
            continue
        rivals = [lexicon.entries[i] for i, s, e in raw if (s, e) == (start, end) and i != index]
        if entry.kind in ("verb", "noun") and any(r.kind in ("verb", "noun") for r in rivals):
            wanted = "noun" if _looks_nominal(frames, start, end, entry.preps) else "verb"
            if entry.kind != wanted:
                entry = next(r for r in rivals if r.kind == wanted)
        head = start
        if entry.kind == "noun":
            head = end - 1 if not entry.ends_with_prep else end - 2
        hit = Hit(start, end, entry, head)
        hit.passive = entry.kind in _VERB_KINDS and _is_passive(frames, hit, lexicon)
        taken.update(range(start, end))
        hits.append(hit)
    return sorted(hits + special, key=lambda h: h.start)


def _looks_nominal(frames: Frames, start: int, end: int, preps: frozenset[str]) -> bool:
    prev, nxt = frames.low(start - 1), frames.low(end)
    if prev in _DETERMINERS or prev == "'s" or prev.endswith("ing"):
        return True
    if prev in ("to", "not", "n't", "never") or frames.is_verb(start - 1):
        return False
    if end in frames.starts or nxt in _DETERMINERS:
        return False
    return nxt in preps or start in frames.ends


def _is_passive(frames: Frames, hit: Hit, lexicon: Lexicon) -> bool:
    tag = lexicon.verb_tags.get(frames.low(hit.start), "")
    if tag not in ("ed", "participle"):
        return False
    j = frames.skip_adverbs_left(hit.start - 1)
    if frames.low(j) in _BE:
        return True
    return frames.low(hit.end) == "by" and frames.low(j) not in ("has", "have", "had")


def _verb_args(f: Frames, hit: Hit) -> tuple[list[str], list[str]]:
    entry = hit.entry
    if hit.passive:
        agent = f.prep_object(hit.end, frozenset(("by",)), reach=5)
        if not agent and f.low(hit.end) == "in":
            m = f.starts.get(hit.end + 1)
            agent = [m.actor] if m and m.how == "metonym" else []
        return agent, f.subject_or_referent(hit.start)
    sources = f.possessor_before(hit.start) or f.subject(hit.start)
    if entry.ends_with_prep:
        return sources, f.np_actors(hit.end)[0]
    targets = f.object_at(hit.end)
    if not targets and entry.preps:
        targets = f.prep_object(hit.end, entry.preps)
    if not targets and f.low(hit.end) == "to" and entry.type in _INFINITIVE_TYPES:
        # "pledged to defend Niger", "offered to share data with Egypt"
        targets = f.object_at(hit.end + 2) or f.prep_object(hit.end + 2, _INFINITIVE_PREPS)
    if not targets and "*" in entry.words:
        # "counter China's influence", "expelled Russian diplomats": the target sits in the gap
        targets = [m.actor for m in f.view.mentions if hit.start < m.start and m.end < hit.end]
    return sources, targets


def _noun_args(f: Frames, hit: Hit) -> tuple[list[str], list[str]]:
    entry = hit.entry
    after = hit.end
    sources = f.premodifier(hit.start)
    if not sources and f.low(after) in ("by", "from"):
        sources, after = f.np_actors(after + 1)
    if not sources:
        np = f.np_start(hit.start)
        if f.low(np - 1) not in f.cues["prepositions"]:
            sources = f.subject(np)
    if entry.ends_with_prep:
        return sources, f.np_actors(hit.end)[0]
    if "between" in entry.preps and f.low(after) == "between":
        pair = f.np_actors(after + 1)[0]
        return (pair[:1], pair[1:]) if len(pair) >= 2 else ([], [])
    return sources, f.prep_object(after, entry.preps, reach=4)


def arguments(f: Frames, hit: Hit) -> tuple[list[str], list[str]]:
    """(sources, targets) of a trigger."""
    kind = hit.entry.kind
    if kind in _VERB_KINDS:
        return _verb_args(f, hit)
    if kind == "noun":
        return _noun_args(f, hit)
    if kind == "received":
        return f.np_actors(hit.end)[0], f.subject(hit.start)
    if kind == "relational":
        return f.possessor_before(hit.start) or f.nearest_left(hit.start), f.np_actors(hit.end)[0]
    return [], []


def _evaluative(f: Frames, hit: Hit, lexicon: Lexicon) -> tuple[StanceType, int, int] | None:
    """'VERB <object> (as) <word>': the word's type and the object span."""
    for k in range(hit.end + 1, min(hit.end + 12, len(f.toks))):
        if f.low(k) in (".", ";", ":") or (f.low(k) == "," and k > hit.end + 6):
            return None
        for words, stance_type in lexicon.eval_words.items():
            if tuple(f.low(k + n) for n in range(len(words))) == words:
                obj_end = k
                for j in range(hit.end + 1, k):
                    if f.low(j) in ("as", "a", "an", '"'):
                        obj_end = j
                        break
                return stance_type, hit.end, obj_end
    return None


def read_hits(f: Frames, lexicon: Lexicon, hits: list[Hit], reader: ModalityReader) -> list[Proto]:
    """Stances of one sentence, before de-duplication."""
    protos: list[Proto] = []
    suppressed: set[int] = set()
    cites: list[tuple[Hit, list[str]]] = []
    for hit in hits:
        if hit.entry.kind == "evaluative":
            found = _evaluative(f, hit, lexicon)
            if found is None:
                continue
            stance_type, lo, hi = found
            target = f.np_actor(lo, hi)[0] if hi > lo else None
            suppressed.update(range(hit.end, hi + 6))
            sources = f.subject(hit.start)
            protos += _make(sources, [target] if target else [], stance_type, hit, reader, 0.7)
        elif hit.entry.kind == "cite":
            cites.append((hit, f.subject(hit.start)))
    for hit in hits:
        if hit.entry.kind in ("evaluative", "cite") or hit.head in suppressed:
            continue
        sources, targets = arguments(f, hit)
        if hit.entry.type is None:
            continue
        confidence = 0.8 if hit.entry.kind in _VERB_KINDS else 0.7
        protos += _make(sources, targets, hit.entry.type, hit, reader, confidence)
    _embed(protos, cites)
    _threats(protos, reader)
    return protos


def _threats(protos: list[Proto], reader: ModalityReader) -> None:
    """A speaker saying they may do something hostile threatens it (the act stays
    hypothetical): "officials warned that they may strike X"."""
    for p in list(protos):
        if (
            p.modality is not Modality.HYPOTHETICAL
            or p.type.polarity >= 0
            or p.type in _NOT_THREATS
        ):
            continue
        speaker = reader.speaker_of(p.hit)
        if speaker and reader.same_side(speaker, p.source) and speaker != p.target:
            protos.append(
                Proto(speaker, p.target, StanceType.THREATEN, Modality.ASSERTED, None, 0.6, p.hit)
            )


def _make(
    sources: list[str],
    targets: list[str],
    stance_type: StanceType,
    hit: Hit,
    reader: ModalityReader,
    confidence: float,
) -> list[Proto]:
    if not sources:
        return []
    if not targets:
        if len(sources) < 2 or hit.entry.kind == "noun":
            return []
        pairs = [(a, b) for a in sources for b in sources if a != b]  # "X and Y agreed"
    else:
        pairs = [(a, b) for a in sources for b in targets if a != b]
    modality, reporter = reader.read(hit, sources)
    return [Proto(a, b, stance_type, modality, reporter, confidence, hit) for a, b in pairs]


def _embed(protos: list[Proto], cites: list[tuple[Hit, list[str]]]) -> None:
    """Hostile acts named as the object of an accusation are the accuser's report."""
    outers = [(p.hit, [p.source]) for p in protos if p.type is StanceType.ACCUSE]
    for outer, accusers in outers + cites:
        inner = [
            p
            for p in protos
            if p.hit is not outer
            and p.type.polarity < 0
            and outer.end <= p.hit.start <= outer.end + 5
        ]
        for p in inner:
            if p.modality is Modality.ASSERTED and accusers and accusers[0] != p.source:
                p.modality, p.attributed_to = Modality.REPORTED, accusers[0]
        if outer.entry.kind == "cite" and accusers:
            for target in dict.fromkeys(p.source for p in inner):
                if target not in accusers:
                    protos.append(
                        Proto(
                            accusers[0],
                            target,
                            StanceType.ACCUSE,
                            Modality.ASSERTED,
                            None,
                            0.6,
                            outer,
                        )
                    )
