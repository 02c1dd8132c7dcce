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

Then, for any kind: with no target, a joint act goes both ways between its subjects ("X and Y
agreed", "both sides pulled back"), force used in a country targets it ("struck a depot in
Syria"), and a reaction targets whoever last acted against its source ("Tehran vowed to
respond"); a reported hostile act is also its claimant's accusation; "in exchange for" makes
aid mutual; "would not accept" is a rejection.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import takewhile

from graphkb.articles import MONTH_NUMBERS
from graphkb.extract.dates import WEEKDAYS
from graphkb.extract.discourse import SPOKEN, dissident_country, singular
from graphkb.extract.frames import LISTED_HOWS, Frames, is_number
from graphkb.extract.gazindex import REGIONS
from graphkb.extract.inflect import forms_of
from graphkb.extract.modality import REVIEW_VERBS, ModalityReader
from graphkb.extract.tokens import MONTH_TOKENS, MONTH_WORDS, Hit, Mention
from graphkb.extract.triggers import ALL_PREPS as _ALL_PREPS
from graphkb.extract.triggers import TALK_NOUNS, Entry, Lexicon
from graphkb.model import Modality, StanceType

__all__ = [
    "ALLEGATIONS",
    "BROKERED",
    "CUSTODY",
    "DEEDS",
    "DEFINITE_OBJECT",
    "READY",
    "TIME_NOUNS",
    "Proto",
    "measures_in_force",
    "promises_response",
    "read_hits",
    "select_hits",
]

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
_INFINITIVE_PREPS = frozenset(("with", "to", "on", "against", "between"))
_NOT_THREATS = frozenset(
    (StanceType.THREATEN, StanceType.ACCUSE, StanceType.REJECT, StanceType.REQUEST)
)
_MATERIAL_CONFLICT = 4
_STANDING = frozenset((StanceType.ALLY, StanceType.RIVAL))
# Supporters named by their standing, whose sides the same words settle ("Algeria, the
# Polisario's main backer").
_BACKERS = frozenset(["backer", "backers", "patron", "sponsor", "supplier", "suppliers"])
_OPPOSING = frozenset(
    (StanceType.ACCUSE, StanceType.REJECT, StanceType.THREATEN, StanceType.PROTEST)
)
# Lower-case words before a verb form that make it a verb, not part of a compound noun.
_NOT_NOUNS = frozenset(
    ["it", "he", "she", "they", "we", "i", "you", "who", "which", "that", "and", "or", "but",
     "to", "not", "never", "also", "still", "now", "then", "often", "always", "again", "there"]
)  # fmt: skip


_FORCE = frozenset((StanceType.ASSAULT, StanceType.COERCE))
# Acts done in a country that bear on it when nothing else is named: force used there, a
# protest held there, a curfew or emergency rule eased there.
_PLACED = _FORCE | {StanceType.CONCEDE, StanceType.PROTEST, StanceType.REQUEST}
_INTO = frozenset(("in", "inside", "into", "across", "over", "within", "near", "outside"))
# What a request asks of the place it names: "an end to violence in Syria", "a journalist
# held in Transnistria"; not a venue or a victim ("a summit in Qatar", "aid workers in Gaza").
_ASKED_OF_PLACE = frozenset(
    ["violence", "fighting", "war", "hostilities", "bloodshed", "clashes", "crackdown",
     "held", "detained", "jailed", "imprisoned", "calm", "ceasefire", "truce"]
)  # fmt: skip
_PLACE_REACH = 12
# Types two parties can do together with no third: "X and Y agreed", "both sides withdrew".
_JOINT = frozenset(
    (
        StanceType.AGREE,
        StanceType.CONSULT,
        StanceType.COOPERATE,
        StanceType.ALLY,
        StanceType.RIVAL,
        StanceType.ASSAULT,
        StanceType.MOBILIZE,
        StanceType.RETREAT,
    )
)
_RECIPROCAL = (("each", "other"), ("one", "another"))
# Agreement verbs that take two sides, unlike offers and pledges made by each alone.
_MUTUAL = frozenset(["agree", "reach", "strike", "sign", "conclude", "seal", "ink", "accept"])
# Verbs whose object noun is an act done together: "held talks", "flew a joint drill".
# Reactions whose target, when unnamed, is whoever last acted against the source.
_REACTIVE = frozenset((StanceType.ACCUSE, StanceType.THREATEN, StanceType.MOBILIZE))
_LIGHT_VERBS = frozenset(
    ["hold", "holds", "held", "holding", "conduct", "conducts", "conducted", "conducting",
     "stage", "stages", "staged", "staging", "launch", "launches", "launched", "launching",
     "sign", "signs", "signed", "signing", "reach", "reaches", "reached", "reaching", "fly",
     "flies", "flew", "flying", "begin", "begins", "began", "begun", "start", "starts",
     "started", "resume", "resumes", "resumed", "open", "opens", "opened", "have", "has",
     "had", "form", "forms", "formed", "forge", "forged", "conclude", "concluded", "is",
     "renew", "renews", "renewed", "renewing", "continue", "continues", "continued",
     "are", "was", "were", "remain", "remains", "remained", "become", "became", "'re"]
)  # fmt: skip
# Growing what two sides share ("Kenya and Ethiopia agreed to boost security cooperation"):
# light verbs too, when the sides are the ones who agreed or did it.
_GROWTH_VERBS = frozenset(
    ["boost", "boosted", "strengthen", "strengthened", "deepen", "deepened", "expand",
     "expanded", "enhance", "enhanced", "bolster", "bolstered", "intensify", "intensified"]
)  # fmt: skip
_AGREEING = frozenset(
    ["agree", "agreed", "agrees", "pledge", "pledged", "vow", "vowed", "promise", "promised",
     "decide", "decided"]
)  # fmt: skip
# What undoing a measure of each type amounts to (see ``reversal_verbs`` in cues.yaml).
_CLAUSE_BREAKS = frozenset(["and", "or", "that", "which", "who", "to", "against"])
_UNDONE = {StanceType.SANCTION: StanceType.RETREAT, StanceType.COERCE: StanceType.CONCEDE}
_PRIORITY = {"phrase": 0, "received": 0, "warned": 0, "relational": 1, "verb": 2, "noun": 2}


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


# Months spelled like trigger words: capitalised, they are the month.
_MONTHS = frozenset(MONTH_WORDS)
# Protest verbs that also take an object in another sense ("demonstrate resolve").
_SHOWING = frozenset(["demonstrate", "rally"])


def _shows(frames: Frames, end: int) -> bool:
    """Whether the verb ending before ``end`` takes an object or a clause."""
    nxt = frames.low(end)
    return nxt in _DETERMINERS or nxt in ("that", "support", "behind", "how", "what")


def select_hits(frames: Frames, lexicon: Lexicon, raw: list[tuple[int, int, int]]) -> list[Hit]:
    """Non-overlapping trigger hits, longest first; a noun/verb tie is settled by context."""
    hits: list[Hit] = []
    special: list[Hit] = []
    # among equally long matches, the one that spells out more of the span wins: "signed a
    # defence pact with" is "sign * defence pact with" (ALLY) before "sign * pact with"
    ordered = sorted(
        raw,
        key=lambda r: (
            r[1] - r[2],
            _PRIORITY.get(lexicon.entries[r[0]].kind, 3),
            -sum(w != "*" for w in lexicon.entries[r[0]].words),
            lexicon.entries[r[0]].words.count("*"),  # "vote against" before "vote * against"
        ),
    )
    # a trigger word inside a name is part of the name ("Blessed Mhlanga", "Hope Party")
    taken: set[int] = {
        i
        for m in frames.view.mentions
        if m.how in ("person", "body", "reference")
        for i in range(m.start, m.end)
    }
    nouns = {s for i, s, _ in raw if lexicon.entries[i].kind == "noun"}  # where a noun starts
    for index, start, end in ordered:
        entry = lexicon.entries[index]
        if entry.kind in ("evaluative", "cite"):
            special.append(Hit(start, end, entry, start))
            continue
        if start in taken or end - 1 in taken:  # a phrase's gap may hold a name
            continue
        if frames.toks[start].text in _MONTHS:
            continue  # "In March, ...": the month, not a march
        if entry.kind == "phrase" and frames.low(start - 1) in _DETERMINERS and start in nouns:
            continue  # "imposed a ban on Russian oil imports": the noun, not "ban * imports"
        if entry.kind == "verb" and entry.words[0] in _SHOWING and _shows(frames, end):
            continue  # "to demonstrate their resolve", "rallied support": no protest
        rivals = [lexicon.entries[i] for i, s, e in raw if (s, e) == (start, end) and i != index]
        if entry.kind in ("verb", "noun") and any(r.kind in ("verb", "noun") for r in rivals):
            wanted = "noun" if _looks_nominal(frames, start, end, entry.preps) else "verb"
            if entry.kind != wanted:
                entry = next((r for r in rivals if r.kind == wanted), entry)
        elif entry.kind == "verb" and _modifier(frames, lexicon, start):
            continue
        if entry.kind == "verb" and _particle(frames, start):
            continue
        head = start
        if entry.kind == "noun":
            head = end - 1 if not entry.ends_with_prep else end - 2
            entry = _reversed(frames, entry, start)
        entry = _halted(frames, entry, start)
        hit = Hit(start, end, entry, head)
        hit.passive = entry.kind in _VERB_KINDS and _is_passive(frames, hit, lexicon)
        taken.update(range(start, end))
        hits.append(hit)
    return sorted(hits + special, key=lambda h: h.start)


# "sent the refugees back to China", "fought back", "pulled back from": 'back' as an
# adverb, not the verb of support.
_AFTER_PARTICLE = frozenset(
    ["to", "into", "from", "home", "down", "off", "out", "up", "in", "on", "and", ",", ".", "at"]
)


def _particle(frames: Frames, start: int) -> bool:
    """Whether the bare word 'back' at ``start`` is an adverb: after an object or a verb,
    before a preposition or the clause's end."""
    before = frames.low(start - 1)
    direct = (start + 1) in frames.starts or (
        frames.low(start + 1) == "the" and (start + 2) in frames.starts
    )
    if (before in frames.cues["modals"] or before in ("to", "not", "n't")) and direct:
        return False  # "would back Riga in any dispute", "pledged to back Kyiv": the verb
    return frames.low(start) == "back" and (
        frames.low(start + 1) in _AFTER_PARTICLE or frames.is_verb(start - 1)
    )


def _reversed(frames: Frames, entry: Entry, start: int) -> Entry:
    """A sanction or coercive measure that is the object of a verb undoing it ("lifted
    Friday a blockade on", "eased the curfew") is a retreat or a concession."""
    undone = _UNDONE.get(entry.type) if entry.type else None
    if undone is None:
        return entry
    verbs = frames.cues.lists.get("reversal_verbs", frozenset())
    for k in range(start - 1, max(start - 7, -1), -1):
        word = frames.low(k)
        if word in verbs:
            return replace(entry, type=undone)
        if word in _CLAUSE_BREAKS or word in frames.cues["boundaries"]:
            break
        if word != "-" and not any(c.isalnum() for c in word):
            break
    return entry


_OWNING = frozenset(["its", "their", "his", "our", "my", "your", "'s"])


def _compound_head(frames: Frames, i: int) -> bool:
    """Whether token ``i`` is a plain noun a word before it may modify ("supply boats")."""
    word = frames.low(i)
    return (
        word.isalpha()
        and word == frames.toks[i].text
        and i not in frames.starts
        and not frames.is_verb(i)
        and word not in frames.cues["prepositions"]
        and word not in frames.cues["boundaries"]
        and word not in _DETERMINERS
        and word not in ("and", "or", "but")
        and not word.endswith("ly")
    )


# Verbs that stop an act of help: "stopped supplying gas to", "halted aid to", "froze
# cooperation with", "was ending the remaining development assistance" reduce relations
# (CAMEO 16, 1621 "reduce or stop aid"), a sanction.
_HALTING = forms_of(
    "stop", "halt", "suspend", "cease", "freeze", "pause", "end", "cut", "reduce", "ban",
    "withhold", "terminate", "slash"
)  # fmt: skip
_HALTABLE = frozenset({StanceType.AID, StanceType.COOPERATE})


def _halted(frames: Frames, entry: Entry, start: int) -> Entry:
    """An act of aid or cooperation that is the object of a verb stopping it is a
    sanction ("Gazprom stopped supplying gas to Transnistria")."""
    if entry.type not in _HALTABLE or entry.kind not in ("verb", "noun"):
        return entry
    k = start - 1
    while frames.low(k) in _DETERMINERS or frames.low(k) in ("all", "military"):
        k -= 1
    return replace(entry, type=StanceType.SANCTION) if frames.low(k) in _HALTING else entry


def _modifier(frames: Frames, lexicon: Lexicon, at: int) -> bool:
    """A verb form that is not a verb here: a participle before a noun ("five detained US
    citizens", "the disputed region") or a plural noun in a compound ("artillery shells")."""
    word, prev, nxt = frames.low(at), frames.low(at - 1), frames.low(at + 1)
    if prev in _OWNING and _compound_head(frames, at + 1):
        return True  # "its supply boats": a noun modifying another after its owner
    tag = lexicon.verb_tags.get(word, "")
    if tag in ("ed", "participle") and (prev in _DETERMINERS or prev == "'s" or is_number(prev)):
        return nxt.isalpha() and nxt not in frames.cues["prepositions"] and nxt not in _DETERMINERS
    after_preposition = prev in frames.cues["prepositions"] and prev != "to"
    after_report = prev in frames.cues["speech_verbs"]  # "said releases from dams had fallen"
    if tag == "s" and (after_preposition or after_report or prev in _DETERMINERS):
        return True  # "sending residents into shelters": a plural noun, no verb after these
    if tag != "s" or not prev.isalpha() or prev != frames.toks[at - 1].text or at in frames.ends:
        return False
    return not (
        frames.is_verb(at - 1)
        or frames.is_adverb(at - 1)
        or prev in _DETERMINERS
        or prev in frames.cues["prepositions"]
        or prev in frames.cues["boundaries"]
        or prev in _NOT_NOUNS
    )


def _looks_nominal(frames: Frames, start: int, end: int, preps: frozenset[str]) -> bool:
    prev, nxt = frames.low(start - 1), frames.low(end)
    if prev in _DETERMINERS or prev == "'s" or prev.endswith("ing"):
        return True
    word = frames.low(start)
    if prev == "to" and word.endswith("s") and not word.endswith("ss"):
        return True  # "conceded to demands from UNITA": no infinitive ends in -s
    if prev in ("to", "not", "n't", "never") or frames.is_verb(start - 1):
        return False
    if end in frames.starts or nxt in _DETERMINERS:
        return False
    return nxt in preps or start in frames.ends


# Participles that after "is" or "was" say how the subject stands, not what was done to it.
_STATIVE_PARTICIPLES = frozenset(["prepared", "committed", "determined", "poised"])


def _is_passive(frames: Frames, hit: Hit, lexicon: Lexicon) -> bool:
    tag = lexicon.verb_tags.get(frames.low(hit.start), "")
    if tag not in ("ed", "participle"):
        return False
    if frames.low(hit.start) in _STATIVE_PARTICIPLES and frames.low(hit.start + 1) == "to":
        return False  # "Moscow was prepared to mediate", "is committed to": a readiness
    j = frames.skip_adverbs_left(hit.start - 1)
    if frames.low(j) in _BE:
        # "Belarus, which is allied with Russia": an alliance of a named subject, no passive
        named = frames.ends.get(j) is not None or frames.low(j - 1) in ("which", "who")
        return not (named and hit.entry.type in (StanceType.ALLY, StanceType.RIVAL))
    if len(hit.entry.words) > 1:
        return False  # "denied the claims by X": the phrase has its object
    return frames.low(hit.end) == "by" and frames.low(j) not in ("has", "have", "had")


def _passive_args(f: Frames, hit: Hit) -> tuple[list[str], list[str]] | None:
    """A verb whose subject undergoes it: "was sanctioned by X", or the head of a hyphened
    modifier ("the Iranian-backed Houthis": Iran backs them; "Al-Shabab, a U.S.-designated
    terrorist group,": the United States sanctions al-Shabab)."""
    backer = f.ends.get(hit.start - 1) if f.low(hit.start - 1) == "-" else None
    if backer is not None and hit.entry.kind in ("verb", "phrase"):
        targets = f.np_actors(hit.end)[0]
        np = f.np_start(backer.start)
        head = f.ends.get(np - 1) if f.low(np - 1) == "," else None
        if not targets and head is not None:
            targets = [head.actor]  # "Al-Shabab, a U.S.-designated terrorist group,"
        return [backer.actor], targets
    if not hit.passive:
        return None
    agent = f.prep_object(hit.end, frozenset(("by",)), reach=5)
    if not agent and f.low(hit.end) == "in":
        m = f.starts.get(hit.end + 1)
        agent = [m.actor] if m and m.how == "metonym" else []
    head = f.ends.get(hit.start - 1) if f.low(hit.start - 1) == "," else None
    if (
        head is not None
        and not head.locative
        and f.low(hit.end) == "by"
        and not any(f.is_finite(k) for k in range(head.start))  # not an object: "invaded X,"
    ):
        return agent, [head.actor]  # "the M23 and Congolese forces, backed by Burundian troops"
    reported = _reported_subject(f, hit.start) if hit.entry.words[0] in CUSTODY else None
    if reported is not None:
        return agent, reported  # "X said the fishermen had been arrested": not X
    return agent, f.subject_or_referent(hit.start)


def _reported_subject(f: Frames, i: int) -> list[str] | None:
    """The subject of the verb group before ``i`` (a verb of custody) when it opens a clause
    after a speech verb and names no actor of its own, only its people's state: "said the
    fishermen had been arrested" (none), "said Finnish lock workers had been detained"
    (Finland). None where the subject is not such a phrase."""
    j = f.skip_verb_group(i)
    k, modifiers = j, []
    while k > j - 6 and k >= 0 and not f.is_boundary(k):
        m = f.ends.get(k + 1)
        if m is not None:
            if m.how != "demonym" or k == j or f.low(m.end) == "-":
                # "said Petri Laine had been detained": his own subject; "Iranian-trained
                # militants": no people of that state
                return None
            modifiers += m.actors
            k = m.start - 1
            continue
        if f.opens_clause(k):
            return modifiers if k < j else None
        k -= 1
    return None


def _meeting_offered(f: Frames, hit: Hit) -> tuple[list[str], list[str]] | None:
    """'offered (on Tuesday) to host talks between A and B': A and B would meet; the host
    only offers (one who 'has hosted talks between' them consulted each)."""
    words = hit.entry.words
    if (
        hit.entry.type is not StanceType.CONSULT
        or words[0] not in _BROKERING
        or len(words) == 1
        or f.low(hit.start - 1) != "to"
    ):
        return None
    parties = _between(f, hit.end)
    return (parties, parties) if len(parties) >= 2 else None


# Nouns of a claim another side made: "denied Egypt's charge that" rejects Egypt.
_CLAIM_NOUNS = frozenset(
    ["claim", "contention", "charge", "assertion", "statement", "accusation", "allegation",
     "suggestion", "report", "account", "version", "insinuation"]
)  # fmt: skip


def _gap_targets(f: Frames, hit: Hit) -> list[str] | None:
    """The target a phrase's gap settles: the one charged after "repeated Islamabad's charge
    that India ..." (the gap holds the charge's owner); the actor in the gap of "barred
    PDVSA from", "forced the agency out of". None where the gap settles nothing."""
    words = hit.entry.words
    if len(words) < 3 or words[1] != "*":
        return None
    if words[-1] == "that" and not any(
        singular(f.low(k)) in _CLAIM_NOUNS for k in range(hit.start, hit.end)
    ):
        # "denied that the Japanese rule ..., which added tools to a list that": no claim in
        # the gap, nobody denied ("denied India's contention that": the gap's owner, below)
        return []
    if words[-1] in ALLEGATIONS and f.low(hit.end) == "that":
        m = f.starts.get(hit.end + 1 + (f.low(hit.end + 1) == "the"))
        return m.actors if m is not None else None
    if words[2] in _ALL_PREPS:
        gap = [
            actor
            for m in f.view.mentions
            if hit.start < m.start
            and m.end < hit.end
            and not (m.possessive and m.how == "pronoun")  # "placed its units on alert"
            for actor in m.actors  # "encouraged both governments to": each of the two
        ]
        return gap or None
    return None


def _verb_args(f: Frames, hit: Hit) -> tuple[list[str], list[str]]:
    entry = hit.entry
    settled = _passive_args(f, hit) or _meeting_offered(f, hit)
    if settled is not None:
        return settled
    sources = f.possessor_before(hit.start) or f.subject(hit.start)
    gap = _gap_targets(f, hit)
    if gap is not None:
        return sources, gap
    if entry.ends_with_prep and entry.words[-1] == "to" and _infinitive_at(f, hit.end):
        return sources, _infinitive_target(f, hit.end - 1)  # "agreed to hold talks"
    if entry.ends_with_prep:
        targets = _partner_of(f, hit) or _border_with(f, hit.end) or f.np_actors(hit.end)[0]
        if not targets and _on_goods(f, hit):
            targets = _exporter(f, hit.end)  # "a 40% tariff on imports from Brazil"
        if not targets and entry.type is StanceType.ASSAULT:
            # "opened fire on positions held by X": the holder (not "a truce brokered by X")
            targets = f.object_at(hit.end)
        return sources, targets or _place_target(f, hit)  # "fired shells at targets in X"
    if (f.low(hit.end), f.low(hit.end + 1)) in _RECIPROCAL and len(sources) > 1:
        return sources, sources  # "accused each other"
    return sources, (
        _verb_targets(f, hit)
        or _relative_antecedent(f, hit, sources)
        or _fallback_target(f, hit, sources)
    )


# Reactions whose object may be the noun a relative clause hangs on ("a move Ethiopia
# denounced as hostile").
_REACTING = frozenset(
    [StanceType.ACCUSE, StanceType.REJECT, StanceType.SUPPORT, StanceType.PROTEST]
)


def _relative_antecedent(f: Frames, hit: Hit, sources: list[str]) -> list[str]:
    """'Ethiopia filled the dam, a milestone (that) Egypt denounced as a breach': the
    relativised noun sums up the clause before it, so that clause's subject is the target;
    ', a charge Tehran rejects' answers whoever said the charge."""
    np = _appended_noun(f, hit) if hit.entry.type in _REACTING and len(sources) == 1 else None
    subject = f.ends.get(hit.start)
    if np is None or subject is None or subject.actor not in sources:
        return []  # the verb's own subject must be the one named before it
    said = [j for j in range(np[0] - 1) if f.low(j) in _CLAIMING_VERBS]
    if f.low(np[1]) in _CLAIM_WORDS:  # "..., and Taliban officials say X, a charge Tehran rejects"
        claimants = [a for a in (f.subject(said[-1]) if said else []) if a not in sources]
        return claimants[:1]
    if f.low(np[1]) not in _SUMMED_ACTS:
        return []  # "Ukraine, a country the EU supports": a thing or person, not the act
    # the main clause's subject ("Japan began releasing water after the IAEA approved the
    # plan, a decision China condemned": Japan), or the subject of what was said ("Egypt said
    # Ethiopia had filled the dam, a move ...": Ethiopia)
    reported = f.starts.get(said[-1] + 1) if said else None
    main = [m for m in f.view.mentions if m.end <= np[0] - 1 and f.subject_like(m)]
    subject_of = reported if reported is not None and reported in main else next(iter(main), None)
    return [subject_of.actor] if subject_of and subject_of.actor not in sources else []


# Nouns that sum up the act of the clause they follow (", a move Ethiopia denounced").
_SUMMED_ACTS = frozenset(
    ["move", "step", "decision", "milestone", "measure", "measures", "action", "act",
     "announcement", "deployment", "operation", "development", "escalation", "provocation"]
)  # fmt: skip


_CLAIMING_VERBS = forms_of("say", "claim", "complain", "allege", "accuse", "charge", "insist")


def _appended_noun(f: Frames, hit: Hit) -> tuple[int, int] | None:
    """(start, head) of the noun phrase after a comma whose relative clause the verb at
    ``hit`` heads (", a milestone that Egypt denounced as"), else None."""
    subject = f.ends.get(hit.start)
    if subject is None or f.low(hit.end) not in ("as", ",", ".", ";"):
        return None
    k = subject.start - 1
    k -= f.low(k) == "the"  # "a move the United States condemned"
    k -= f.low(k) in ("that", "which")
    plain = k >= 0 and f.toks[k].text.isalpha() and f.toks[k].text.islower()
    # "a step", "a move": nouns after their article, not verbs
    if not plain or (f.is_verb(k) and f.low(k - 1) not in _DETERMINERS):
        return None
    np = f.np_start(k)
    return (np, k) if f.low(np - 1) == "," and np > 1 else None


_PERMITS = frozenset(["licence", "license", "licences", "licenses", "permit", "permits"])
_ALLOWING = frozenset(["allowed", "allowing", "permitted", "permitting", "let", "lets", "allows"])


def _permitted(f: Frames, end: int) -> list[str]:
    """Whom a licence or permit allowed to do something ("a licence that allowed Trinidad
    and Tobago to develop a gas field")."""
    for k in range(end, min(end + 3, len(f.toks))):
        if f.low(k) in _ALLOWING:
            return f.np_actors(k + 1)[0]
        if f.low(k) not in ("that", "which", ","):
            return []
    return []


def _verb_targets(f: Frames, hit: Hit) -> list[str]:
    """The target of a verb with no preposition of its own: its object, else a prepositional
    phrase, an infinitive's object, the parties of a go-between, an actor in the gap."""
    entry = hit.entry
    owned = [
        m
        for m in f.view.mentions
        if "*" in entry.words and hit.start < m.start and m.end < hit.end and m.possessive
    ]
    doers = f.subject(hit.start) if any(m.how == "pronoun" for m in owned) else []
    # "blocked Sweden's bid to join NATO": the bid is Sweden's. "its" is usually the doer's
    # own; one read as someone else's is kept ("accused Russia of violating its airspace")
    owners = [m.actor for m in owned if m.how != "pronoun" or m.actor not in doers]
    that = _past_time_words(f, hit.end)
    asked = (
        _clause_subject(f, that + 1)  # "demanded (on Friday) that Nicaragua free ..."
        if entry.type is StanceType.REQUEST and f.low(that) == "that"
        else []
    )
    targets = (
        owners
        or asked
        or f.relative_object(hit.start)
        or _what_called(f, hit.end)
        or f.object_at(hit.end)
        or _claim_owner(f, hit)
        or _shared_object(f, hit)
    )
    if not targets and entry.type in _JUDGING and entry.kind == "verb":
        targets = _agent_of_object(f, hit.end)
    if not targets and (entry.words[-1] == "imports" or _on_goods(f, hit)):
        targets = _exporter(f, hit.end)  # "barred imports of garments ... from Bangladesh"
    if not targets and entry.preps:
        targets = _prep_target(f, hit)
    if targets and f.low(that) == "to" and set(targets) <= set(f.subject(hit.start)):
        targets = []  # "offered to share its radar tracks with Warsaw": not itself
    if not targets and f.low(that) == "to" and entry.type in _INFINITIVE_TYPES:
        targets = _infinitive_target(f, that)  # "offered (on Tuesday) to host talks between"
    if not targets and entry.words[0] in _BROKERING:
        targets = _between(f, hit.end)  # "brokered a truce between the two neighbours"
    if not targets and "*" in entry.words:
        # "counter China's influence", "expelled Russian diplomats": the target sits in the gap
        targets = [
            actor
            for m in f.view.mentions
            if hit.start < m.start
            and m.end <= hit.end
            and not (m.possessive and m.how == "pronoun")  # "pulled their troops back"
            for actor in m.actors  # "encouraged both governments to": each
        ] or _mission_of(f, hit)
    if not targets and "*" in entry.words and entry.words[-1] in _PARTICLES:
        # "brushed the remark aside": whose remark (the phrase ends before the particle)
        owner = f.np_actor(hit.start + 1, hit.end - 1)[0]
        targets = [owner] if owner else []
    if not targets and entry.words[0] in _PLEDGES and not _infinitive_at(f, hit.end):
        # "pledged $150 million in humanitarian aid to Sudan": the recipient of the pledge
        targets = f.prep_object(hit.end, frozenset(("to",)), reach=10)
    if not targets and entry.words[-1] in _MEASURES:
        targets = _measure_target(f, hit.end)
    if not targets and entry.words[-1] in _PERMITS:
        targets = _permitted(f, hit.end)  # "revoked a licence that allowed Trinidad to"
    if not targets and entry.type in _DONE_TO_PEOPLE:
        targets = _included(f, hit.end)  # "detained six protesters, including X"
    return targets or _implied_target(f, hit)


# Deeds done to people a sentence may name after the number it gives.
_DONE_TO_PEOPLE = frozenset([StanceType.COERCE, StanceType.ASSAULT])


def _included(f: Frames, k: int) -> list[str]:
    """'detained six protesters, including Arkadi Voronin': the people named after
    "including" or "among them" in the object's phrase from token ``k``."""
    for j in range(k, min(k + 8, len(f.toks))):
        if f.is_boundary(j) and f.low(j) != ",":
            return []
        if f.low(j) == "," and f.low(j + 1) in ("including", "among"):
            start = j + 2 + (f.low(j + 2) == "them")
            m = f.starts.get(start)
            people = any(f.low(i) in _PEOPLE_COUNTED or is_number(f.low(i)) for i in range(k, j))
            if m is None or m.how != "person" or m.possessive or not people:
                return []  # ("including Mousavi's daughter", "five towns, including ...")
            return list(m.actors)
    return []


# Words for the people a deed was done to, counted ("six protesters", "dozens of people").
_PEOPLE_COUNTED = frozenset(
    ["people", "protesters", "demonstrators", "members", "activists", "men", "women",
     "journalists", "fishermen", "crew", "citizens", "nationals", "officials", "soldiers",
     "workers", "students", "opponents", "leaders", "others", "them", "suspects", "civilians",
     "six", "five", "four", "three", "two", "seven", "eight", "nine", "ten", "dozens",
     "several", "hundreds", "scores"]
)  # fmt: skip


def _implied_target(f: Frames, hit: Hit) -> list[str]:
    """The target a verb naming none implies: the two sides in dispute for an offer to
    mediate ("the African Union has offered to mediate"), the summoned state for a demand
    joined to the summons ("summoned X's envoy and demanded an inquiry")."""
    entry = hit.entry
    if entry.type is StanceType.AGREE and entry.words[-1] in _MEDIATING:
        return f.parties(f.subject(hit.start))
    if entry.type is StanceType.REQUEST and entry.kind == "verb":
        return _summoned_before(f, hit.start)
    return []


def _summoned_before(f: Frames, i: int) -> list[str]:
    """The state whose envoy the clause joined by "and" before ``i`` summoned ("summoned
    Libya's charge d'affaires on Monday and demanded a full investigation"): asked of it."""
    if f.low(i - 1) != "and":
        return []
    for k in range(i - 2, max(i - 14, -1), -1):
        if f.low(k) in _SUMMONING:
            return f.object_at(k + 1)
        if f.low(k) in (";", ":", '"') or f.is_boundary(k) or f.low(k) in _RELATIVE_WORDS:
            return []
    return []


_RELATIVE_WORDS = frozenset(["who", "which", "that", "whose"])


def _mission_of(f: Frames, hit: Hit) -> list[str]:
    """'expelled a counsellor at the Russian Embassy': the mission a diplomat serves."""
    return f.object_at(hit.start + 1) if f.low(hit.end - 1) in _ENVOYS | _MISSION_STAFF else []


_PLEDGES = frozenset(["pledge", "promise", "offer"])
# The particles that close a phrasal verb around its object ("brushed the remark aside").
_PARTICLES = frozenset(["aside", "off", "away"])
_MISSIONS = frozenset(["embassy", "mission", "consulate", "delegation", "legation", "commission"])
# What an envoy may be summoned for that is no protest ("summoned to thank him").
_FRIENDLY_ERRANDS = frozenset(["thank", "congratulate", "honour", "honor", "decorate"])
_MISSION_STAFF = frozenset(
    ["counsellor", "counsellors", "counselor", "attaches", "consul", "d'affaires"]
)
_NAMING = forms_of("call", "describe", "term", "dub", "label", "brand", "characterize")


def _what_called(f: Frames, i: int) -> list[str]:
    """'rejected what she described as Peru's "unilateral threats"', 'criticized what he
    called Western meddling': the actors of the words the speaker chose."""
    if f.low(i) != "what":
        return []
    j = i + 1
    m = f.starts.get(j)
    j = m.end if m is not None else j + 1  # "what she", "what Beijing"
    if f.low(j) not in _NAMING:
        return []
    j += 1 + (f.low(j + 1) == "as")
    j += f.low(j) == '"'
    named, end = f.np_actors(j)
    prep = f.low(end + (f.low(end) == '"'))
    moving = f.low(end - 1 - (f.low(end - 1) == '"')) in _MOVEMENTS  # "migration" from Syria
    if not named and (prep == "by" or (prep == "from" and not moving)):
        # "what he described as another attempt by Moscow to intimidate", 'what she called
        # "protectionist pressure" from Brasilia': the agent's
        return f.np_actors(end + 1 + (f.low(end) == '"'))[0]
    return named


# Nouns of movement, after which "from" gives where people or money come from, not who acts.
_MOVEMENTS = frozenset(
    ["migration", "influx", "flow", "flows", "flight", "exodus", "arrivals", "refugees",
     "migrants", "imports", "inflow", "inflows", "outflow", "outflows", "wave", "waves"]
)  # fmt: skip


# Measures lifted or eased whose target follows them ("lift sanctions placed on X").
_MEASURES = frozenset(["sanctions", "embargo", "restrictions", "tariffs", "ban", "curbs"])


def _measure_target(f: Frames, i: int) -> list[str]:
    """'lift sanctions placed on North Korea', 'the sanctions Washington has imposed on
    Moscow': the party the measures were put on, within the clause."""
    for k in range(i, min(i + 8, len(f.toks))):
        if f.low(k) in ("on", "against"):
            return f.np_actors(k + 1)[0]
        if f.low(k) in (".", ";", ":", ",") or f.is_boundary(k):
            break
    return []


def _shared_object(f: Frames, hit: Hit) -> list[str]:
    """'has been attacking and fighting Kenyan troops': a verb coordinated with the next
    one shares its object."""
    j = hit.end
    if hit.entry.kind != "verb" or f.low(j) not in ("and", "or"):
        return []
    if not (f.is_verb(j + 1) or f.low(j + 1).endswith("ing")):
        return []
    return f.object_at(j + 2)


# Verbs of a go-between: their parties follow "between", and co-brokers are no parties.
_BROKERING = frozenset(["broker", "mediate", "co-host", "host", "facilitate"])
# Last words of an offer to stand between two sides ("offered its good offices", "offered to
# help defuse"): with no one named, the offer is made to both sides of the story's dispute.
_MEDIATING = _BROKERING | {"offices", "defuse", "resolve", "settle"}


BROKERED = forms_of(*_BROKERING)
"""Every form of the verbs of a go-between (brokered, hosting, mediates ...)."""


def _brokered(f: Frames, hit: Hit) -> bool:
    """Whether the noun at ``hit`` is the object of a go-between's verb ("brokered a truce")."""
    return f.low(f.np_start(hit.start) - 1) in BROKERED


def _between(f: Frames, i: int) -> list[str]:
    """The actors after a "between" within the phrase at ``i``."""
    for k in range(i, min(i + 6, len(f.toks))):
        if f.is_boundary(k) or f.low(k) in _PUNCT:
            break
        if f.low(k) == "between":
            return f.np_actors(k + 1)[0]
    return []


# Verbs that judge an act: what they judge is aimed at the act's author.
_JUDGING = frozenset({StanceType.ACCUSE, StanceType.SUPPORT, StanceType.REJECT})


def _agent_of_object(f: Frames, i: int) -> list[str]:
    """'condemned the arrest of the journalist by Cambodian authorities', 'welcomed the
    decision by Japan to lift the ban': the author of the judged act, named after 'by' in
    the object, is the target."""
    if f.low(i) not in _DETERMINERS:
        return []
    for j in range(i + 1, min(i + 9, len(f.toks))):
        word = f.low(j)
        if word == "by":
            return f.np_actors(j + 1)[0]
        if word in (",", ";", ":", ".", "that", "which", "who"):
            return []
        if f.is_verb(j) and f.low(j - 1) not in _DETERMINERS and f.low(j - 1) != "of":
            return []  # "the arrest", "of the killing": a noun, not a new clause
        if j in f.named:
            return []  # an actor inside the object: not an unnamed act
    return []


def _fallback_target(f: Frames, hit: Hit, sources: list[str]) -> list[str]:
    """A target the words after the verb do not name: the maker of a claim the verb takes
    ("denied the accusation"), else the country where force is used."""
    if hit.entry.kind == "phrase" and hit.entry.words[-1] in _CLAIM_WORDS:
        accusers = [  # "X, which was accused by Y of ..., denied the charge": Y's charge
            s
            for kind, by, against in f.acts
            if kind is StanceType.ACCUSE
            for s in by
            if set(against) & set(sources)
        ]
        if accusers:
            return accusers[-1:]
        owner = f.recall(f.low(hit.end - 1)) or f.recall(SPOKEN)
        if owner:
            return [owner]
    if hit.entry.type is StanceType.REJECT and sources and _definite_proposal(f, hit.end):
        # "rejected the demand for an apology", the demand never told as one: the side last
        # acting against the rejecter's
        other = f.adversary(sources[0])
        if other:
            return [other]
    if hit.entry.type is StanceType.SANCTION:
        # "close the main crossing between them / between the two countries": the other side
        others = [a for a in _between(f, hit.end) if a not in sources]
        if others:
            return others
    return _place_target(f, hit)


# Harm done to someone: what is condemned in "condemned the shelling of X" is the act, and X
# its victim, not the one accused.
_HARM_NOUNS = frozenset(
    ["violence", "attack", "attacks", "strike", "strikes", "shelling", "bombing", "bombings",
     "killing", "killings", "aggression", "invasion", "war", "crimes", "abuses", "atrocities",
     "massacre", "persecution", "treatment", "repression", "crackdown", "discrimination",
     "bombardment", "assault", "raids", "raid", "blockade", "occupation", "brutality"]
)  # fmt: skip


def _definite_proposal(f: Frames, i: int) -> bool:
    """Whether the words at ``i`` are "the demand", "the charge", "the offer" and the like,
    naming nobody."""
    return (
        f.low(i) in ("the", "this", "that")
        and f.low(i + 1) in _PRESSING
        and not (i + 1 in f.named or f.low(i + 2) in ("from", "by"))
    )


# What one side presses on or says to another ("rejected the demand", "dismissed the charge");
# a proposal may be a domestic one ("the proposal to dissolve itself").
_PRESSING = frozenset(
    ["demand", "demands", "ultimatum", "charge", "charges", "accusation", "accusations",
     "allegation", "allegations", "offer"]
)  # fmt: skip


def _claim_owner(f: Frames, hit: Hit) -> list[str]:
    """'rejected Afghan accusations', 'dismissed Kabul's claims', 'conceded to demands from
    UNITA', 'welcomed a proposal by France': whoever made the claim or proposal."""
    if hit.entry.type not in _ANSWERS:
        return []
    for k in range(hit.end - 1, min(hit.end + 5, len(f.toks) - 1)):
        # "rejected a fresh offer from Kabul", "dismissed an appeal by the president",
        # "accepted an offer from Qatar" (the proposal is the phrase's last word)
        if k in f.named or f.is_boundary(k) or f.low(k) in _PUNCT:
            break
        if f.low(k) in _PROPOSALS and f.low(k + 1) in ("from", "by"):
            found = f.np_actors(k + 2)[0]
            if found:
                return found
            break
    if hit.entry.type is not StanceType.REJECT:
        return []
    m = f.starts.get(hit.end + (1 if f.low(hit.end) in _DETERMINERS else 0))
    if m is None or m.how not in ("demonym", "name", "metonym", "group"):
        return []
    head = m.end + (1 if f.low(m.end) == "'s" else 0)
    return m.actors if f.low(head) in _CLAIM_WORDS else []


# Stances that answer a claim or proposal, aimed at whoever made it.
_ANSWERS = frozenset({StanceType.REJECT, StanceType.CONCEDE, StanceType.AGREE, StanceType.SUPPORT})
_PROPOSALS = frozenset(
    ["claim", "claims", "accusation", "accusations", "allegation", "allegations", "charge",
     "charges", "demand", "demands", "request", "requests", "proposal", "proposals", "offer",
     "offers", "call", "calls", "appeal", "appeals", "invitation", "plan", "initiative",
     "ultimatum", "bid", "overture", "overtures", "suggestion", "idea"]
)  # fmt: skip
_PUNCT = frozenset([",", ".", ";", ":", "(", ")", '"'])

_CLAIM_WORDS = frozenset(
    ["claim", "claims", "accusation", "accusations", "allegation", "allegations", "charge",
     "charges", "criticism", "demand", "demands", "request", "proposal", "offer", "calls",
     "figure", "figures", "account", "version"]
)  # fmt: skip


def _prep_target(f: Frames, hit: Hit) -> list[str]:
    """The target in a prepositional phrase after a verb, unless it is the victim of a harm
    the verb judges ("condemned the violence against Afghan civilians")."""
    targets = f.prep_object(hit.end, hit.entry.preps)
    if targets and hit.entry.type in _OPPOSING and _harm_before_prep(f, hit.end):
        return []
    return targets


# Harms named by their author's conduct: in "the brutality of the military" the military is
# the author, where in "the shelling of X" X is the victim.
_CONDUCT_NOUNS = frozenset(["brutality", "aggression", "repression", "atrocities", "crimes"])


def _harm_before_prep(f: Frames, start: int) -> bool:
    """Whether a harm noun whose prepositional object is its victim stands between
    ``start`` and the next preposition."""
    for k in range(start, min(start + 6, len(f.toks))):
        word = f.low(k)
        if word in _CONDUCT_NOUNS and f.low(k + 1) in ("of", "by"):
            return False
        if word in _HARM_NOUNS:
            return True
        if word in _ALL_PREPS or k in f.named:
            return False
    return False


def _infinitive_at(f: Frames, i: int) -> bool:
    """Whether token ``i`` (after "to") starts an infinitive: a known verb, or a lower-case
    word that no noun phrase starts with ("threatened to retaliate against")."""
    if f.is_verb(i):
        return True
    tok = f.toks[i] if 0 <= i < len(f.toks) else None
    return (
        tok is not None
        and tok.text.isalpha()
        and tok.text.islower()
        and tok.lower not in _DETERMINERS
        and i not in f.named
        and not tok.lower.endswith(("s", "ion", "ment", "ty"))
    )


# Nouns for the goods a trade measure falls on ("a tariff on imports from Brazil").
_GOODS = frozenset(
    ["imports", "goods", "products", "exports", "shipments", "produce", "cargoes", "wares"]
)


_EXEMPTING = frozenset(
    ["except", "excluding", "exempting", "exempt", "other", "all", "every", "apart", "but"]
)


def _on_goods(f: Frames, hit: Hit) -> bool:
    """Whether a measure's object, just after the hit, is goods ("imposed a 40% tariff on
    most imports from Brazil"): the goods' origin is the target."""
    if hit.entry.type is not StanceType.SANCTION:
        return False
    goods = next((k for k in range(hit.end, hit.end + 4) if f.low(k) in _GOODS), None)
    # not "on imports from every country except Russia", "from countries other than Ukraine"
    return goods is not None and not any(
        f.low(k) in _EXEMPTING for k in range(goods, min(goods + 8, len(f.toks)))
    )


def _exporter(f: Frames, i: int) -> list[str]:
    """Whose goods an import ban from ``i`` hits: the country after 'from' or 'made in', or
    a demonym among the goods ("imports of Moldovan wine"), within the clause."""
    for k in range(i, min(i + 20, len(f.toks))):
        word = f.low(k)
        if word in (".", ";") or (f.is_finite(k) and word != "made" and word not in _GOODS):
            break
        m = f.starts.get(k)
        if m is not None and not m.locative and m.how != "pronoun":
            return [m.actor]
        if word in ("from", "in") and (found := f.np_actors(k + 1)[0]):
            return found
    return []


def _infinitive_target(f: Frames, to: int) -> list[str]:
    """The target in "to VERB ...": "pledged to defend Niger", "offered to share data with
    Egypt" (not "to deploy its troops": an owner is no target)."""
    m = f.np_mention(to + 2)[0]
    first = f.starts.get(to + 2 + (f.low(to + 2) == "the"))
    if first is not None and first.possessive and first.how != "pronoun":
        m = first  # "to block Albania's EU talks": Albania's, not the EU's
    owned = m is not None and m.possessive and m.how != "pronoun"  # "to veto the EU's package"
    direct = f.object_at(to + 2) if m is not None and not m.possessive else []
    direct = [m.actor] if owned and m is not None else direct
    # "agreed to cooperate against PKK militants": a common foe is no party to the agreement
    preps = frozenset(("with",)) if f.low(to + 1) in _TOGETHER else _INFINITIVE_PREPS
    return direct or f.prep_object(to + 2, preps, reach=8)


_TOGETHER = forms_of("cooperate", "collaborate", "coordinate", "unite", "partner")


_BORDERS = frozenset(["border", "borders", "frontier"])


def _partner_of(f: Frames, hit: Hit) -> list[str]:
    """'suspend ratification of its partnership agreement with the EU': the partner in the
    deal a measure "of" names."""
    if hit.entry.words[-1] != "of" or hit.entry.type is not StanceType.SANCTION:
        return []
    end = f.np_end(hit.end)
    if f.low(end) == "with":
        return f.np_actors(end + 1)[0]
    return []


def _border_with(f: Frames, i: int) -> list[str]:
    """'(along) its border with Ukraine' at ``i``: the neighbour across it."""
    for k in range(i, min(i + 4, len(f.toks))):
        if f.low(k) in _BORDERS and f.low(k + 1) == "with":
            return f.np_actors(k + 2)[0]
    return []


def _place_target(f: Frames, hit: Hit) -> list[str]:
    """Force used in a place is used against the place's country ("struck a depot in
    Syria"; "strikes inside Iran"), when nothing else is the target; so is a protest held
    there or a restriction eased there ("lifted the curfew in Gaza")."""
    if hit.entry.type not in _PLACED and hit.entry.type is not StanceType.MOBILIZE:
        return []
    for k in range(hit.end, min(hit.end + _PLACE_REACH, len(f.toks))):
        word = f.low(k)
        if word in (";", ":", ".", '"') or (word in f.cues["boundaries"] and word != "as"):
            return []
        if word in _BORDERS and f.low(k + 1) == "with":
            return f.np_actors(k + 2)[0]  # "mobilised troops on the border with Kosovo"
        if hit.entry.type not in _PLACED:
            continue
        m = f.starts.get(k)
        if m is not None and m.locative and m.how in ("name", "metonym"):
            prep = k - 2 if f.low(k - 1) in REGIONS else k - 1  # "in eastern Ukraine"
            if hit.entry.type is StanceType.REQUEST and f.low(prep - 1) not in _ASKED_OF_PLACE:
                return []  # "urged restraint at a summit in Malaysia": a venue
            struck = hit.entry.type is StanceType.ASSAULT and f.low(prep) in ("on", "against")
            return [m.actor] if f.low(prep) in _INTO or struck else []
    return []


# Movements of forces: in "the withdrawal/deployment of <country's> troops", the troops' side acts.
_MOVES = frozenset((StanceType.RETREAT, StanceType.MOBILIZE, StanceType.ASSAULT))

# Reporting verbs whose object is a clause ("said sanctions would stay"), never the event.
_CLAUSE_VERBS = frozenset(
    f"{stem}{ending}"
    for stem in ("say", "tell", "add", "note", "claim", "insist", "warn", "suggest", "report")
    for ending in ("", "s", "ed", "ing")
) | frozenset(["said", "told", "believe", "believes", "believed", "argued", "stressed"])


def _agent_after(
    f: Frames, after: int, stance_type: StanceType | None = None
) -> tuple[list[str], int]:
    """The agent named after an event noun ending at ``after``: "attacks by X", "aid from X",
    "the sanctions imposed on Iran by the United States" (after the target), "threats of US
    sanctions" (the sanctions' author threatens); and where its target may begin."""
    if f.low(after) in ("by", "from"):
        return f.np_actors(after + 1)
    if stance_type is StanceType.THREATEN and f.low(after) == "of":
        m = f.starts.get(after + 1)
        if m is not None and m.how in LISTED_HOWS and not m.possessive:
            return [m.actor], m.end
    if (
        f.low(after).endswith("ed")
        and f.low(after + 1) in f.cues["prepositions"]
        and f.low(after + 1) != "by"
    ):
        return f.prep_object(after + 1, frozenset(("by",)), reach=7), after
    return [], after


def _noun_sources(f: Frames, hit: Hit) -> tuple[list[str], int]:
    """Who does what an event noun names, and where its target may begin."""
    entry = hit.entry
    after = hit.end
    sources = f.premodifier(hit.start)
    if not sources:
        sources, after = _agent_after(f, after, entry.type)
    if f.low(after) == "of" and entry.type in _MOVES:
        # "the withdrawal of U.S. and NATO troops from X": the forces that move are the agent;
        # "of its soldiers" names no one new, and the target follows it
        m, np_end = f.np_mention(after + 1)
        listed, list_end = f.np_actors(after + 1)
        last = f.ends.get(list_end)  # "of U.S. and NATO troops": a list ending in forces
        if m is not None and not sources and "group" in (m.how, last and last.how):
            sources, after = listed, list_end
        elif m is None or (m.how == "pronoun" and m.possessive):
            after = np_end
    if sources:
        return sources, after
    np = _phrase_start(f, hit)
    owner = _denied_act(f, np) or _claimed_act(f, np)
    verb = _before_time_words(f, np - 2)  # "is set to vote Friday on"
    if owner is None and (f.low(verb), f.low(np - 1)) in _TAKING_PART:
        # "could retaliate with tariffs on German cars", "locked in a standoff with China"
        owner = f.subject(verb)
    if owner is None and f.low(np - 1) == "in":
        owner = _amount_giver(f, np - 2)
    if owner is not None:
        return owner, after
    if f.low(np - 1) in f.cues.lists.get("reaction_verbs", frozenset()):
        return [], after  # "condemned the shelling of X": someone else shelled
    if f.low(np - 1) not in f.cues["prepositions"] and not f.opens_clause(np - 1):
        # the subject of the verb whose object the noun is ("urged China to stop its drills")
        return f.subject(np - 1 if f.is_verb(np - 1) else np), after
    if (
        f.opens_clause(np - 1)
        and f.is_verb(np - 1)
        and np not in f.starts
        and f.low(np - 1) not in _CLAUSE_VERBS
    ):
        # "Canada announced new tariffs on": a reporting verb whose object is the event
        # noun itself (not a clause about an actor) has the event's agent as subject
        return f.subject(np - 1), after
    return (
        _reporting_party(f, hit) or _opening_phrase_subject(f, hit) or _trip_taker(f, hit, np)
    ), after


# Joint acts a reporting speaker takes part in: talks, agreements, cooperation.
_TALKING = frozenset((StanceType.CONSULT, StanceType.AGREE, StanceType.COOPERATE))


def _reporting_party(f: Frames, hit: Hit) -> list[str]:
    """'Pakistan said Sunday that discussions with the IMF are progressing': the speaker is
    a party to the joint act it reports."""
    if (
        hit.entry.type not in _TALKING
        or f.low(hit.start - 1) != "that"
        or f.low(hit.end) == "between"  # "talks between the United States and Iran"
    ):
        return []
    verb = _before_time_words(f, hit.start - 2)  # "said Sunday that"
    return f.subject(verb) if f.low(verb) in f.cues["speech_verbs"] else []


# Words of an amount of money or goods ("$1.5 billion", "500 million euros", "40 tons").
_AMOUNT_WORDS = frozenset(
    ["million", "billion", "trillion", "thousand", "hundred", "dollars", "euros", "pounds",
     "yuan", "yen", "rubles", "roubles", "tons", "tonnes", "$", "€", "£", "us", "worth",
     "about", "nearly", "some", "over", "more", "than", "up", "to", "of"]
)  # fmt: skip


def _amount_giver(f: Frames, k: int) -> list[str] | None:
    """'Germany pledged 500 million euros in humanitarian aid': who gave the amount the
    noun after 'in' measures, the subject of the verb before the amount."""
    start = k
    while k >= 0 and (is_number(f.low(k)) or f.low(k) in _AMOUNT_WORDS):
        k -= 1
    if k == start or not any(is_number(f.low(j)) for j in range(k + 1, start + 1)):
        return None
    return f.subject(k) if f.is_verb(k) else None


_TAKING_PART = frozenset(
    [(form, "with") for form in forms_of("retaliate", "respond", "react", "hit", "strike")]
    + [(form, "with") for form in forms_of("answer", "counter")]
    + [
        (word, "in")
        for word in (
            "locked",
            "engaged",
            "involved",
            "embroiled",
            "mired",
            "entangled",
            "caught",
            "is",
            "are",
            "was",
            "were",
            "remains",
            "remained",
        )  # "Pakistan is in discussions with the IMF"
    ]
    # "the EU will vote on a tariff increase", "agreed on new sanctions", "went ahead with"
    + [(form, "on") for form in forms_of("vote", "agree", "decide", "settle")]
    + [(form, "for") for form in forms_of("vote")]
    + [(form, "with") for form in forms_of("proceed")]
    + [("ahead", "with"), ("through", "with"), ("through", "on")]
)

# "denied involvement in the attack": the denier's own part in an act.
_PART_IN = frozenset(["involvement", "role", "part", "hand", "responsibility", "complicity"])


def _denied_act(f: Frames, np: int) -> list[str] | None:
    """'Belgrade denied any military build-up', 'the Taliban denied involvement in the
    attack': the act is the denier's (the denial's scope negates it); None otherwise."""
    k = np - 1
    if f.low(k) in ("any", "a", "an", "the"):
        k -= 1
    if f.low(k) in ("in", "for") and f.low(k - 1) in _PART_IN:
        k -= 2
        if f.low(k) in ("any", "a", "an", "the"):
            k -= 1
    if f.low(k) not in f.cues["denial_verbs"]:
        return None
    return f.subject(k)


_CLAIMING = forms_of("claim", "admit", "acknowledge", "accept")


def _claimed_act(f: Frames, np: int) -> list[str] | None:
    """'Al-Shabab claimed responsibility for the attack': the act is the claimant's."""
    k = np - 1 - (f.low(np - 1) in ("the", "a", "an"))
    if f.low(k) != "for" or f.low(k - 1) != "responsibility":
        return None
    k -= 2 + (f.low(k - 2) in ("full", "sole"))
    if f.low(k) not in _CLAIMING or f.low(k - 1) in ("not", "n't", "never", "no"):
        return None  # "has not claimed responsibility": no one's act yet
    return f.subject(k)


# Prepositions that open a sentence with a phrase about its subject ("On a visit to Hanoi, ...").
_OPENERS = frozenset(["on", "during", "after", "before", "ahead", "while", "at", "in"])


def _opening_phrase_subject(f: Frames, hit: Hit) -> list[str]:
    """'On a trip to Hanoi, Australia's prime minister, Mark Deane, announced ...': an event
    noun in the phrase that opens the sentence is done by the main clause's subject."""
    if f.low(0) not in _OPENERS or any(f.low(k) == "," for k in range(hit.start)):
        return []
    comma = next(
        (k for k in range(hit.end, min(hit.end + 10, len(f.toks))) if f.low(k) == ","), None
    )
    if comma is None:
        return []
    start = comma + 1 + (1 if f.low(comma + 1) == "the" else 0)
    m = f.starts.get(start)
    return m.actors if m is not None and f.subject_like(m) else []


_DURING = frozenset(["during", "on"])
_TRIPS = frozenset(["visit", "visits", "trip", "trips", "tour"])
# Prepositions that put a meeting beside a clause's deed: "raised it in a call with X".
_MEETING_PREPS = frozenset(["during", "in", "at"])
_MEETING_REACH = 8  # tokens from the preposition back to the clause's verb
# Deeds done by speaking at a meeting, whose doer is at the meeting ("raised the issue",
# "signed a deal"; not "criticised China's behaviour at a summit with", "was absent at").
_MEETING_DEEDS = forms_of(
    "raise", "discuss", "press", "urge", "sign", "agree", "announce", "say", "tell", "stress",
    "express", "voice", "reiterate", "propose", "offer", "ask", "request", "demand", "address",
    "present", "deliver", "convey", "hand", "pledge", "promise", "underline", "emphasise",
    "emphasize", "review", "explore"
)  # fmt: skip


def _trip_taker(f: Frames, hit: Hit, np: int) -> list[str]:
    """'Pedro Sanchez said during a visit to Beijing that ...': a visit in an adverbial
    phrase after a verb is made by that verb's subject (not "a summit between A and B");
    'Japan raised the issue in a telephone call with China': a meeting beside the clause's
    deed is held by the clause's subject."""
    if f.low(hit.end) == "between":
        return []
    if f.low(hit.head) in _TRIPS and f.low(np - 1) in _DURING:
        verb = np - 2
        return f.subject(verb) if verb >= 0 and f.is_finite(verb) else []
    meeting = hit.entry.type is StanceType.CONSULT and f.low(hit.end) == "with"
    deed = _meeting_deed(f, np - 2) if meeting and f.low(np - 1) in _MEETING_PREPS else None
    return f.subject(deed) if deed is not None else []


def _meeting_deed(f: Frames, k: int) -> int | None:
    """The verb of a deed done by speaking, the clause's verb before ``k`` ("raised the
    issue", not "criticised China's behaviour", "did not raise": the meeting was held all
    the same, and is no denied one)."""
    for j in range(k, max(k - _MEETING_REACH, -1), -1):
        if f.is_boundary(j) or f.low(j) in _PUNCT or j in f.named:
            return None
        if f.low(j) in _MEETING_DEEDS:
            denied = {f.low(j - 1), f.low(j - 2)} & {"not", "n't", "never"}
            return None if denied else j
        if f.is_finite(j):
            return None
    return None


# Nouns for a mediator: "X served as a go-between for A and B" is X consulting A and B.
_GO_BETWEENS = frozenset(["go-between", "mediator", "intermediary", "broker"])


def _mediation(f: Frames, hit: Hit) -> tuple[list[str], list[str]] | None:
    """'X acted as a mediator between A and B': X, and the parties it mediates between."""
    np = f.np_start(hit.start)
    if f.low(np - 1) != "as" or f.low(hit.end) not in ("between", "for"):
        return None
    return f.subject(np - 2), f.np_actors(hit.end + 1)[0]


def _hyphen_pair(f: Frames, hit: Hit) -> tuple[str, str] | None:
    """'the U.S.-Japan alliance', 'Russia-China ties': the two actors joined before the noun."""
    j = hit.start - 1
    while j >= 0 and hit.start - j <= 2 and f.toks[j].text.isalpha() and f.toks[j].text.islower():
        j -= 1  # "the U.S.-Japan security alliance"
    second = f.ends.get(j + 1)
    if second is None or f.low(second.start - 1) != "-":
        return None
    first = f.ends.get(second.start - 1)
    if first is None or first.actor == second.actor:
        return None
    return first.actor, second.actor


_RECEIVING = forms_of("receive", "get", "obtain", "secure", "accept", "seek", "request")


def _received(f: Frames, hit: Hit) -> tuple[list[str], list[str]] | None:
    """'Pakistan has received 23 bailout packages from the IMF': aid taken from someone is
    that one's aid to the taker (sought aid stays hypothetical through its verb)."""
    if hit.entry.type is not StanceType.AID:
        return None
    np = f.np_start(hit.start)
    k = np - 1
    while k >= 0 and (is_number(f.low(k)) or f.low(k) in ("$", "million", "billion")):
        k -= 1
    if f.low(k) not in _RECEIVING:
        return None
    for j in range(hit.end, min(hit.end + 4, len(f.toks))):
        if f.low(j) == "from":
            giver = f.np_actors(j + 1)[0]
            return (giver, f.subject(k)) if giver else None
        if f.is_boundary(j) or f.low(j) in _PUNCT or j in f.named:
            break
    return None


_SUFFERING = forms_of("face", "suffer", "endure", "incur", "weather", "risk")


def _suffered(f: Frames, hit: Hit, sources: list[str]) -> list[str]:
    """'Ankara has faced previous U.S. sanctions': whoever faces or suffers an act is its
    target (the act's own modifier or possessor its source)."""
    k = hit.start - 1
    while k >= 0 and hit.start - k <= 6:
        m = f.ends.get(k + 1)
        if m is not None:
            k = m.start - 1
            continue
        word = f.low(k)
        if word in _SUFFERING:
            return [a for a in f.subject(k) if a not in sources]
        if word in ("'s", "-") or word in _DETERMINERS or is_number(word):
            k -= 1
            continue
        if not word.isalpha() or f.is_verb(k) or word in f.cues["prepositions"]:
            return []
        k -= 1
    return []


def _noun_args(f: Frames, hit: Hit) -> tuple[list[str], list[str]]:
    entry = hit.entry
    joined = _hyphen_pair(f, hit) if entry.type in _JOINT else None
    if joined is None and entry.type in _JOINT and _brokered(f, hit):
        parties = _between(f, hit.end)  # "brokered a truce between A and B": A and B agree
        joined = (parties[0], parties[1]) if len(parties) == 2 else None
    settled = (
        (list(joined), [joined[1], joined[0]])
        if joined
        else _received(f, hit) or _relative_agent(f, hit)
    )
    if settled is not None:
        return settled  # each with the other; aid taken from someone; "the aid X sent to Y"
    sources, after = _noun_sources(f, hit)
    suffered = _suffered(f, hit, [])
    sources = [a for a in sources if a not in suffered]  # "X has not suffered an attack"
    importers = _importers(f, after) if entry.type is StanceType.SANCTION else []
    if importers and not f.premodifier(hit.start):  # "EU sanctions on ... imports into X": EU's
        sources = importers  # "tariffs on Chinese EV imports to the U.S. and Canada"
    sides = _sides_named(f, hit, sources, after)
    if sides is not None:
        return sides
    if entry.ends_with_prep:
        return sources, f.np_actors(hit.end)[0]
    np = _owned_phrase_start(f, hit)
    standing = _backer_args(f, hit, sources, np, after) or (
        _standing_args(f, hit, sources, np, after) if entry.type in _STANDING else None
    )
    if standing is not None:
        return standing
    targets = f.prep_object(after, entry.preps, reach=4)
    if not targets and sources and entry.type in _STANDING:
        targets = [a for a in _standing_referent(f, hit, np) if a not in sources]
    that = _past_time_words(f, after)
    if not targets and entry.type is StanceType.REQUEST and f.low(that) == "that":
        targets = f.np_actors(that + 1)[0]  # "reiterated its demand today that Israel ease"
    if not targets and entry.type is StanceType.ACCUSE and f.low(after) == "that":
        targets = _charged_in_clause(f, after + 1)  # "accusations that it had bombed Kabul"
    if not targets and sources:
        targets = suffered
    return sources, targets or _place_target(f, hit)


# Relations whose "between A and B" names both sides, whoever else the clause names.
_BETWEEN_ONLY = frozenset((StanceType.RIVAL, StanceType.ALLY))


def _sides_named(
    f: Frames, hit: Hit, sources: list[str], after: int
) -> tuple[list[str], list[str]] | None:
    """The sides a noun names itself: a mediator and the parties it goes between; "talks
    between A and B" with no one else doing them; "the rivalry between India and China"
    whoever the clause names."""
    entry = hit.entry
    if entry.type is StanceType.CONSULT and " ".join(entry.words) in _GO_BETWEENS:
        mediated = _mediation(f, hit)
        if mediated is not None:
            return mediated
    if "between" not in entry.preps or f.low(after) != "between" or entry.ends_with_prep:
        return None
    pair = f.np_actors(after + 1)[0]
    if len(pair) >= 2 and (entry.type in _BETWEEN_ONLY or not sources):
        return pair, pair
    return ([], []) if not sources else None


def _owned_phrase_start(f: Frames, hit: Hit) -> int:
    """Where the noun phrase of a noun trigger opens, with its owner ("Syria's main
    backers") and a leading "one of" or "among" ("Turkey, one of Syria's main backers,")."""
    np = f.np_start(hit.start)
    owner = f.ends.get(np - 1) if f.low(np - 1) == "'s" else None
    np = owner.start if owner is not None else np
    if f.low(np - 1) == "among":
        return np - 1  # "Iran, among Syria's main backers,"
    return np - 2 if f.low(np - 1) == "of" and f.low(np - 2) == "one" else np


def _clause_subject(f: Frames, i: int) -> list[str]:
    """The subject of the clause at ``i``: a name standing alone before its verb ("that
    Nicaragua free 19 Honduran fishermen" is Nicaragua, with the verb's base form read as
    no verb), else the noun phrase there ("that RSF fighters withdraw")."""
    named = next((m for m in f.view.mentions if m.start == i and m.how == "name"), None)
    if named is not None and f.low(f.skip_adverbs_right(named.end)) in f.verbs:
        return [named.actor]  # "that Nicaragua (immediately) free"
    return f.np_actors(i)[0]


def _charged_in_clause(f: Frames, i: int) -> list[str]:
    """The subject of the clause at ``i`` after an accusation ("accusations that it had
    bombed Kabul"); none where the clause rejects it ("an accusation that New Delhi has
    rejected": the rejecter)."""
    targets, end = f.np_actors(i)
    verb = _past_auxiliaries(f, end)
    rejected = f.low(verb) in f.cues.lists.get("dismissal_verbs", frozenset())
    if rejected and (verb + 1 >= len(f.toks) or f.low(verb + 1) in _PUNCT):
        return []  # "an accusation that New Delhi has rejected." (no object of its own)
    return targets


def _importers(f: Frames, after: int) -> list[str]:
    """'a ban on Russian oil imports into the EU': the actors the goods are imported into
    impose the measure (within the phrase after the noun)."""
    for k in range(after, min(after + 8, len(f.toks) - 2)):
        if f.is_boundary(k) or f.low(k) in _PUNCT:
            return []
        if f.low(k) == "imports" and f.low(k + 1) in ("to", "into"):
            return f.np_actors(k + 2)[0]
    return []


# Verbs that carry out what an event noun names, by type: "the sanctions Washington has
# imposed on Moscow", "the strikes Israel launched against Gaza".
_CARRIED_OUT = {
    StanceType.SANCTION: forms_of("impose", "slap", "levy", "place", "put", "reimpose"),
    StanceType.AID: forms_of("provide", "send", "give", "deliver", "supply", "pledge"),
    StanceType.ASSAULT: forms_of("launch", "carry", "conduct", "mount", "stage"),
}
_RELATIVE_AUX = frozenset(["has", "have", "had", "was", "were", "is", "are", "out"])


def _relative_agent(
    f: Frames, hit: Hit, pronouns: bool = False
) -> tuple[list[str], list[str]] | None:
    """'The sanctions (that) the EU imposed on Russia': an event noun followed by a relative
    clause whose verb carries it out has that clause's subject as agent and its
    prepositional object as target; a pronoun subject only where ``pronouns`` ("lift the
    sanctions it imposed on Moscow": its lifter's own)."""
    verbs = _CARRIED_OUT.get(hit.entry.type) if hit.entry.type else None
    if verbs is None or hit.entry.kind != "noun":
        return None
    k = hit.end + (1 if f.low(hit.end) in ("that", "which") else 0)
    agent = f.starts.get(k) or (f.starts.get(k + 1) if f.low(k) == "the" else None)
    if agent is None or (agent.how == "pronoun" and not pronouns) or agent.possessive:
        return None
    j = agent.end
    while f.low(j) in _RELATIVE_AUX or f.is_adverb(j):
        j += 1
    if f.low(j) not in verbs:
        return None
    j += 1
    while f.low(j) in _RELATIVE_AUX:  # "carried out against"
        j += 1
    if f.low(j) not in ("on", "against", "to", "upon"):
        return None
    targets = f.np_actors(j + 1)[0]
    return ([agent.actor], targets) if targets else None


_STANDING_COPULAS = frozenset(
    ["is", "are", "was", "were", "been", "remain", "remains", "remained", "became", "become"]
)


def _standing_args(
    f: Frames, hit: Hit, sources: list[str], np: int, after: int
) -> tuple[list[str], list[str]] | None:
    """The sides of an ally or rival noun where the words around it settle them: the head
    of an appositive ("Russia, Serbia's closest ally, ..."), or the joint subject of a
    copula ("Congo and Rwanda have long been bitter rivals"); None where an "of" or "with"
    names the other side."""
    if f.prep_object(after, hit.entry.preps, reach=4):
        return None
    head = f.ends.get(np - 1) if f.low(np - 1) == "," else None
    if head is not None and sources:
        return [head.actor], sources
    copula = _copula_before(f, np)
    pair = f.subject(copula) if copula is not None else []
    return (pair, pair) if len(pair) >= 2 else None


def _backer_args(
    f: Frames, hit: Hit, sources: list[str], np: int, after: int
) -> tuple[list[str], list[str]] | None:
    """The sides of a backer noun with an owner: the one named beside it backs the owner
    ("Russia, Venezuela's main backer", "Russia, which has been Venezuela's main backer");
    no stance where no backer is found."""
    if (
        hit.entry.words[-1] not in _BACKERS
        or not sources
        or f.prep_object(after, hit.entry.preps, 4)
    ):
        return None
    adjacent = f.ends.get(hit.start)  # "the Houthis' Iranian backers"
    owner = next(
        (
            m
            for m in f.view.mentions
            if m.end <= hit.start
            and hit.start - m.end <= 3
            and (f.low(m.end) in ("'s", "'") or (m.possessive and m.how == "pronoun"))
        ),
        None,
    )  # "the Houthis' Iranian backers", "Hamas and its Iranian backers"
    if adjacent is not None and owner is not None and adjacent.actor != owner.actor:
        return [adjacent.actor], [owner.actor]
    head = f.ends.get(np - 1) if f.low(np - 1) == "," else None
    if head is None and f.low(hit.end) == ",":
        head = f.starts.get(hit.end + 1) or f.starts.get(hit.end + 2)  # "chief backer, the US,"
    backing = [head.actor] if head else _standing_referent(f, hit, np)
    backing = [a for a in backing if a not in sources]
    # the owner is backed, never the backer ("Russia was once Venezuela's main backer",
    # "Ukraine's backers, led by ...": none named here, or none this reading finds)
    return backing, sources


def _copula_before(f: Frames, np: int) -> int | None:
    """The copula before a noun phrase, past its adjectives ("are close allies")."""
    for k in range(np - 1, max(np - 4, -1), -1):
        if f.low(k) in _STANDING_COPULAS:
            return k
        if not f.low(k).isalpha() or f.low(k) in _DETERMINERS or k in f.ends:
            return None
    return None


def _standing_referent(f: Frames, hit: Hit, np: int) -> list[str]:
    """Whom an owned ally or rival noun names: the name right after it ("India's rival
    Pakistan", "its longtime ally, Australia") or the subject of a copula before it ("China is
    America's foremost strategic competitor")."""
    k = hit.end + (1 if f.low(hit.end) == "," else 0)
    m = f.starts.get(k)
    if m is not None and not m.possessive and not m.locative:
        return list(m.actors)
    if f.low(np - 1) in _STANDING_COPULAS:
        return f.subject(np - 1)
    return []


_TIME_WORDS = frozenset(
    ["today", "yesterday", "tomorrow", "tonight", "again", "also", "on", "last", "this", "week",
     "month", *WEEKDAYS]
)  # fmt: skip


def _before_time_words(f: Frames, i: int) -> int:
    """The first token back from ``i`` that is no time word ("vote Friday on", "said on
    Sunday that")."""
    while i >= 0 and f.low(i) in _TIME_WORDS:
        i -= 1
    return i


def _past_time_words(f: Frames, i: int) -> int:
    """The first token from ``i`` that is no time word ("demanded on Friday that")."""
    while f.low(i) in _TIME_WORDS and i < len(f.toks):
        i += 1
    return i


def _nominal(f: Frames, hit: Hit) -> bool:
    """Whether the trigger is used as a noun ("sanctions", "Seoul's call for")."""
    return hit.entry.kind == "noun" or (
        hit.entry.kind == "verb"
        and (f.low(hit.start - 1) in _DETERMINERS or f.low(hit.start - 1) == "'s")
    )


def _owned_noun(f: Frames, i: int) -> bool:
    """'its superpower rival', 'America's foremost strategic rival': the word at ``i`` heads a
    noun phrase that a determiner or a possessor opens."""
    np = f.np_start(i)
    return np < i and (f.low(np) in _DETERMINERS or f.low(np - 1) == "'s")


# Words before a participle that are no noun it could modify.
_NOT_HEADS = frozenset(
    ["who", "which", "that", "and", "or", "but", "been", "being", "be", "is", "are", "was",
     "were", "has", "have", "had", "not", "also", "already", "still", "reportedly"]
)  # fmt: skip


def _received_args(f: Frames, hit: Hit) -> tuple[list[str], list[str]]:
    """The giver after the phrase's preposition, the taker as its subject ("came under
    attack from X", "soldiers held by X")."""
    before = hit.start - 1
    if (
        hit.entry.type is StanceType.COERCE
        and f.low(before).isalpha()
        and hit.start not in f.ends
        and f.low(before) not in _NOT_HEADS
    ):
        return [], []  # "positions held by the army": a thing, no actor, is held
    return f.np_actors(hit.end)[0], f.subject(hit.start)


def arguments(f: Frames, hit: Hit) -> tuple[list[str], list[str]]:
    """(sources, targets) of a trigger."""
    kind = hit.entry.kind
    if kind in _VERB_KINDS and (
        f.low(hit.start - 1) in _DETERMINERS
        or f.low(hit.start - 1) == "'s"
        or (hit.entry.type in _STANDING and _owned_noun(f, hit.start))
    ):
        # "the release of the Americans": a verb used as a noun
        entry = hit.entry
        return _noun_args(f, Hit(hit.start, hit.end, replace(entry, kind="noun"), hit.start))
    if kind in _VERB_KINDS:
        return _verb_args(f, hit)
    if kind == "noun":
        return _noun_args(f, hit)
    if kind == "received":
        return _received_args(f, hit)
    if kind == "relational":
        sources = f.possessor_before(hit.start) or f.nearest_left(hit.start)
        return sources, f.np_actors(hit.end)[0] or _decider(f, hit.end)
    return [], []


# What a side takes to a court or a council ("take the matter to the ICJ").
_REFERRED = frozenset(["matter", "case", "dispute", "issue", "complaint"])


def _referral(hit: Hit) -> bool:
    """Whether the phrase at ``hit`` takes a dispute to a forum ("take the case to", "take
    its dispute with Kenya to")."""
    words = hit.entry.words
    return (
        hit.entry.kind == "phrase"
        and words[0] in ("take", "refer", "bring")
        and words[-1] in ("to", "before")
        and bool(_REFERRED & set(words))
    )


# Words of a forum a dispute is taken to (besides an organisation's name).
_COURTS = frozenset(["court", "tribunal", "hague", "arbitration", "icj", "icc", "wto"])
_FORUMS = _COURTS | frozenset(["council", "nations", "bodies", "body", "arbitrators"])


def _side_of(country_of: dict[str, str | None], actor: str) -> str:
    """The side an actor stands for: its country, else itself."""
    return country_of.get(actor) or actor


def _referred_against(f: Frames, hit: Hit, sources: list[str], reader: ModalityReader) -> list[str]:
    """'Somalia took its dispute with Kenya to the ICJ', 'If Yaounde kept its claim,
    Equatorial Guinea would take the matter to the ICJ': a side taking a dispute to a court
    or a council accuses the other side: the one the phrase names, else one named under an
    "if", else one that acted against it in the sentence, else the side at odds with it
    lately; never the forum, nor a backer, a mediator or a source named elsewhere; and
    nobody where the dispute goes to no forum ("to the next round of talks")."""

    def side(actor: str) -> str:
        return _side_of(reader.country_of, actor)

    after = range(hit.end, min(hit.end + 7, len(f.toks)))
    forum = any(f.low(k) in _FORUMS for k in after) or any(
        m.start in after and m.how in ("name", "body") and reader.country_of.get(m.actor) is None
        for m in f.view.mentions
    )
    if not sources or not forum:
        return []
    own = {side(s) for s in sources}
    opening = next((k for k in range(hit.start) if f.low(k) in ("if", "unless")), None)
    named = [
        side(a)
        for m in f.view.mentions
        if m.how != "pronoun"
        and not m.locative
        and (
            hit.start < m.start < hit.end  # "its dispute with Kenya"
            or (opening is not None and opening < m.start < hit.start)
        )
        for a in m.actors
    ]
    acting = [
        side(by[0])
        for kind, by, against in f.acts
        if kind.polarity < 0 and by and own & {side(a) for a in against}
    ]
    others = [a for a in named + acting if a not in own and a not in reader.commentators]
    rival = others[0] if others else f.adversary(sources[0])
    return [rival] if rival is not None and side(rival) not in own else []


# Nouns of a decision or conduct whose "of" or "by" names who made it.
_DECISIONS = frozenset(
    [
        "decision",
        "decisions",
        "move",
        "moves",
        "conduct",
        "behaviour",
        "behavior",
        "refusal",
        "actions",
        "statement",
        "remarks",
        "response",
        "failure",
    ]
)  # fmt: skip  ("the treatment of Ukrainian prisoners", "the choice of Qatar": no maker)


def _decider(f: Frames, i: int) -> list[str]:
    """'disappointed by the decision of Somalia', 'dismayed at the conduct by the junta':
    who made the decision or behaved so."""
    if f.low(i) not in _DETERMINERS:
        return []
    for j in range(i + 1, min(i + 5, len(f.toks))):
        if f.low(j) in _DECISIONS and f.low(j + 1) in ("of", "by"):
            return f.np_actors(j + 2)[0]
        if not f.toks[j].text.isalpha():
            return []
    return []


# Nouns that measure out an act: "a week of joint exercises", "a new round of talks".
_SPANS = frozenset(
    ["week", "weeks", "day", "days", "month", "months", "round", "rounds", "series", "year"]
)


def _phrase_start(f: Frames, hit: Hit) -> int:
    """Where an event noun's phrase starts, a measure of it included ("a week of joint
    exercises")."""
    np = f.np_start(hit.start)
    if f.low(np - 1) == "of" and f.low(np - 2) in _SPANS:
        return f.np_start(np - 2)
    return np


def _verb_of_noun(f: Frames, hit: Hit) -> int:
    """The token before an event noun's phrase ("began a week of joint exercises")."""
    return _phrase_start(f, hit) - 1


def _joint_noun(f: Frames, verb: int) -> bool:
    """Whether the verb before an event noun makes the noun the joint act of its subjects
    ("A and B held talks"; "A and B agreed to boost cooperation"), so they are each
    other's targets."""
    if f.low(verb) in _LIGHT_VERBS:
        return True
    if f.low(verb) not in _GROWTH_VERBS:
        return False
    return f.low(verb - 1) != "to" or f.low(verb - 2) in _AGREEING  # not "a move to boost"


DEFINITE_OBJECT = frozenset(["the", "this", "that", "these", "those", "its", "their"])
# What one side says of another: rejecting it answers whoever said it.
ALLEGATIONS = frozenset(
    ["claim", "claims", "charge", "charges", "allegation", "allegations", "accusation",
     "accusations"]
)  # fmt: skip


def _evaluative(f: Frames, hit: Hit, lexicon: Lexicon) -> tuple[StanceType, int, int] | None:
    """'VERB <object> (as) <word>': the word's type and the object span."""
    if f.low(hit.end) in ("on", "upon", "for"):
        return None  # "called on Ankara to refrain from excessive statements": a request
    for k in range(hit.end + 1, min(hit.end + 12, len(f.toks))):
        if f.low(k) in (".", ";", ":") or (f.low(k) == "," and k > hit.end + 6):
            return None
        if f.low(k - 1) == "against":
            continue  # "described them as partners against terrorism": not the evaluation
        if k == hit.end + 1 and f.low(hit.end) in DEFINITE_OBJECT:
            continue  # "called the threat 'blackmail'": the object's noun, not the evaluation
        for words, stance_type in lexicon.eval_words.items():
            if tuple(f.low(k + n) for n in range(len(words))) == words:
                if stance_type is StanceType.RIVAL and _no_rival(f, k, k + len(words)):
                    continue
                obj_end = k
                for j in range(hit.end + 1, k):
                    if f.low(j) in ("as", "a", "an", '"'):
                        obj_end = j
                        break
                return stance_type, hit.end, obj_end
    return None


def _no_rival(f: Frames, start: int, end: int) -> bool:
    """Whether a rival word at ``start`` does not call the object a rival: "a partner, not
    an adversary", "rather than a foe", "a former rival", "Athens's rival claims"."""
    before = {f.low(k) for k in range(max(0, start - 3), start)}
    after = f.low(end)
    return bool(before & _NOT_RIVALS) or (after.isalpha() and after not in _AFTER_RIVAL)


_NOT_RIVALS = frozenset(["not", "rather", "than", "former", "once", "no", "never", "longer"])
# Words that may follow a rival noun that names the object ("its main rival in the region").
_AFTER_RIVAL = frozenset(["in", "and", "for", "of", "to", "on", "but", "since", "despite"])


def _evaluation(
    f: Frames, lexicon: Lexicon, hit: Hit, reader: ModalityReader, suppressed: set[int]
) -> list[Proto]:
    """'called the measure retaliatory': the stance an evaluation makes; the tokens of the
    evaluation's own words join ``suppressed``."""
    found = _evaluative(f, hit, lexicon)
    if found is None:
        return _verdict_on_act(f, lexicon, hit, reader)
    stance_type, lo, hi = found
    target = f.np_actor(lo, hi)[0] if hi > lo else None
    # the object's head: before "of" ("the expulsion of his country's diplomats")
    head = next((k - 1 for k in range(lo + 1, hi) if f.low(k) == "of"), hi - 1)
    if stance_type is StanceType.REJECT and hi > lo and hostile_act(lexicon, f.low(head)):
        stance_type = StanceType.ACCUSE  # "called the recall unjustified": a hostile act's doer
    if stance_type is StanceType.REJECT and f.low(hi - 1) in ALLEGATIONS:
        target = None  # "called the allegations baseless": the accuser is answered
    # "called the Russian strike on Kyiv brutal": the act's doer, named before it, is judged,
    # and the act itself stays a stance of its own
    act = next((k for k in range(lo + 1, hi) if hostile_act(lexicon, f.low(k))), None)
    doers = f.premodifier(act) if stance_type is StanceType.ACCUSE and act is not None else []
    if doers:
        target = doers[0]
    # the evaluation's own words, up to a coordinated verb ("called the measure
    # 'retaliatory' and demanded that Beijing withdraw it")
    stop = next(
        (
            k
            for k in range(hi, hi + 10)
            if f.low(k) in ("and", "but", ",") and f.is_verb(k + 1 + (f.low(k + 1) == '"'))
        ),
        hi + 6,
    )  # or a verb listed after a comma ("as fabricated, summoned the ambassador")
    # (the act stays only where it names whom it hit: "on Kyiv", not "the Israeli strikes")
    aimed = act is not None and bool(doers) and any(k in f.named for k in range(act + 1, hi))
    suppressed.update(range(hi if aimed else hit.end, stop))
    sources = f.subject(hit.start)
    if (
        stance_type is StanceType.ACCUSE
        and sources
        and (target is None or _same_side(reader, sources[0], target))
        and _definite_act(f, lo, head + 1)
    ):
        # "called the exercises 'utterly unacceptable'": whoever did them, not the speaker's
        # own side (the last ban on record may be the speaker's answer to the one meant; "the
        # expulsion of his country's diplomats" names the victims)
        victims = head != hi - 1  # "the expulsion of his country's diplomats"
        words = tuple(f.low(k) for k in range(lo + 1, head + 1))
        target = f.doer(sources[0], lexicon.act_nouns.get(f.low(head), frozenset()), victims, words)
    return _make(sources, [target] if target else [], stance_type, hit, reader, 0.7)


def _same_side(reader: ModalityReader, a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one side (the same actor or of the same country)."""
    return _side_of(reader.country_of, a) == _side_of(reader.country_of, b)


def _definite_act(f: Frames, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi are 'the <noun>' or 'the <adjective> <noun>' naming nobody."""
    return (
        1 < hi - lo <= 3
        and f.low(lo) in ("the", "this", "these", "that", "those")
        and all(f.toks[k].text.isalpha() and k not in f.named for k in range(lo + 1, hi))
    )


_WORDS_ONLY = frozenset([StanceType.ACCUSE, StanceType.REJECT, StanceType.THREATEN])
# verbs that give a verdict in the speaker's own words ("called the recall 'an emotional
# decision'"); "dismissed the offer as ..." rejects rather than accuses
_VERDICT_VERBS = frozenset(["call", "describe", "brand", "term", "label", "characterise",
                            "characterize", "denounce", "decry"])  # fmt: skip
# words of a quoted verdict that approve of the act or play it down ("a historic step",
# "legitimate self-defence", "expected and irrelevant")
_APPROVING = frozenset(
    ["historic", "legitimate", "necessary", "justified", "welcome", "positive", "constructive",
     "achievement", "proof", "right", "rights", "sovereign", "reasonable", "lawful", "measured",
     "proportionate", "overdue", "good", "important", "success", "victory", "irrelevant",
     "expected", "shield", "friend", "partners", "candid", "frank", "productive", "useful",
     "not", "internal", "matter", "prerogative", "understandable", "sensible", "brave",
     "courageous", "principled", "excellent", "great", "smart", "brilliant", "rightful",
     "justice", "dignity", "defensive", "liberation"]
)  # fmt: skip


def hostile_act(lexicon: Lexicon, noun: str) -> bool:
    """Whether ``noun`` names only hostile deeds ("recall", "arrests", "expulsion"), not
    words ("the accusation", "the threat" is a deed of words too) nor help."""
    types = lexicon.act_nouns.get(noun, frozenset())
    return bool(types) and all(t.polarity < 0 and t not in _WORDS_ONLY for t in types)


def _quoted_verdict(f: Frames, lexicon: Lexicon, hit: Hit) -> int | None:
    """For 'VERB the <hostile act> (as) "<verdict>"' with a verdict that does not approve:
    where the act's noun phrase ends."""
    if hit.entry.words[0] not in _VERDICT_VERBS or f.low(hit.end) not in DEFINITE_OBJECT:
        return None
    quote = next(
        (k for k in range(hit.end + 1, min(hit.end + 5, len(f.toks))) if f.low(k) == '"'), None
    )
    if quote is None:
        return None
    head_end = quote - (f.low(quote - 1) == "as")
    if not hostile_act(lexicon, f.low(head_end - 1)) or not all(
        f.toks[k].text.isalpha() or (f.low(k) == "'s" and k - 1 not in f.named)
        for k in range(hit.end + 1, head_end)
    ):
        # "called the 2021 accord ...", "called Monday's ...": not one act noun ("the
        # ambassador's recall" is one)
        return None
    verdict = list(
        takewhile(lambda w: w not in ('"', ""), map(f.low, range(quote + 1, quote + 16)))
    )
    if not verdict or _APPROVING.intersection(verdict):
        return None
    return head_end


def _verdict_on_act(f: Frames, lexicon: Lexicon, hit: Hit, reader: ModalityReader) -> list[Proto]:
    """'called the recall "an emotional decision"', 'described the arrests as "another show"':
    a verdict in quotation marks on a hostile act named by a definite noun accuses whoever did
    the act, when the speaker's side is the one the act was aimed at and the verdict does not
    approve of it (a third party may praise it: "a courageous decision")."""
    head_end = _quoted_verdict(f, lexicon, hit)
    if head_end is None:
        return []
    if any(hit.end <= m.start < head_end for m in f.view.mentions):
        return []  # "the Afghan deportations": the adjective names the victims, not the doer
    # ("the detentions": whoever did them, as the story told, not the last to act so)
    named = f.np_mention(hit.end, head_end)[0] is not None
    doer = f.np_actor(hit.end, head_end)[0] if named else None
    sources = f.subject(hit.start)
    if not sources:
        return []
    if doer is None or _same_side(reader, sources[0], doer):
        # "the recall": the side other than the speaker's that did the last recall
        words = tuple(f.low(k) for k in range(hit.end + 1, head_end))
        doer = f.doer(sources[0], lexicon.act_nouns[f.low(head_end - 1)], False, words)
    elif reader.country_of.get(sources[0]) is None and f.adversary(sources[0]) != doer:
        return []  # a speaker of no known side may speak for the doer
    if doer is None:
        return []
    return _make(sources, [doer], StanceType.ACCUSE, hit, reader, 0.6)


def _friendly_errand(f: Frames, start: int) -> bool:
    """Whether an envoy is summoned, from ``start`` on, for a friendly errand ("to thank
    him", "to congratulate")."""
    return any(
        f.low(k) == "to" and f.low(k + 1) in _FRIENDLY_ERRANDS
        for k in range(start, min(start + 12, len(f.toks)))
    )


def _missions_states(f: Frames, hit: Hit, targets: list[str], reader: ModalityReader) -> list[str]:
    """'expelled a counsellor at the Russian Embassy', 'summoned the head of the U.S.
    Embassy': the embassy's state (and the head of a mine or a group is no envoy)."""
    summons = hit.entry.words[0] == "summon" or hit.entry.words[:2] == ("call", "in")
    if hit.entry.type is not StanceType.SANCTION and not summons:
        return targets
    if summons and _friendly_errand(f, hit.end):
        return []  # "called in South Korea's ambassador to thank him": no protest
    head_of = summons and hit.entry.words[-1] == "of"  # "summoned the head of ..."
    if head_of and not any(f.low(k) in _MISSIONS for k in range(hit.end, hit.end + 6)):
        return []
    return [(reader.country_of.get(a) or a) if a.endswith("-embassy") else a for a in targets]


# Words of readiness that offer what follows ("Angola was ready to receive a delegation").
READY = frozenset(["ready", "willing", "prepared"])


# What one may hope another gets or is, not does: no request ("hoping that Trump will win").
_FORTUNES = frozenset(
    ["win", "be", "become", "remain", "stay", "succeed", "survive", "lose", "have", "get",
     "prevail", "recover"]
)  # fmt: skip


def _hoped_fortune(f: Frames, hit: Hit) -> bool:
    """Whether a hope ("hoped X would ...") is for another's fortune, not for a deed asked
    of them ("hoping that Trump will win the election")."""
    return hit.entry.words[0] == "hope" and f.low(hit.end) in _FORTUNES


def _unready(f: Frames, hits: list[Hit], hit: Hit) -> bool:
    """Whether a readiness ('was ready to') offers nothing: a harm it is ready for ("ready
    to impose further sanctions"), an act that is no offer (only those of _OFFERED_ACTS are,
    and not "send troops" or "resume the war"), a readiness denied ("in no way ready",
    "nobody ... was ready"), claimed by analysts, or only asked about or set as a term ("only
    when New Delhi is ready to", "whether Brussels is prepared to")."""
    if hit.entry.words[0] not in READY or hit.entry.words[-1] != "to":
        return False
    harm = any(
        h.entry.type is not None and h.entry.type.polarity < 0 and hit.end <= h.start < hit.end + 8
        for h in hits
    )
    before = [f.low(k) for k in range(max(hit.start - 5, 0), hit.start)]
    asked = any(w in ("when", "whether", "if", "until", "unless", "once") for w in before)
    asked = asked or any(  # "Analysts said Russia was ready to": no side's word
        f.low(k) in ("analysts", "analyst", "experts", "observers", "critics")
        for k in range(max(hit.start - 10, 0), hit.start)
    )
    # "in no way ready", "far from ready", "nobody in Caracas was ready"
    denied = any(w in ("no", "not", "never", "hardly", "far", "nobody") for w in before[-4:])
    verb = f.skip_adverbs_right(hit.end)
    held = f.low(verb) == "hold" and f.low(verb + 1) in ("talks", "consultations", "a", "new")
    reviewed = f.low(verb) == "review" and not any(  # "review the fishing rules with La Paz"
        f.low(k) in ("relations", "ties", "cooperation") for k in range(verb + 1, verb + 4)
    )
    offered = (f.low(verb) in _OFFERED_ACTS or held or reviewed) and not any(
        f.low(k) in _FORCES for k in range(verb + 1, min(verb + 4, len(f.toks)))
    )  # "ready to send an envoy", not "ready to send troops" or "to resume the war"
    return harm or asked or denied or not offered


# What a side may be ready to do for another: an offer ("ready to talk", "to host talks").
_OFFERED_ACTS = frozenset(
    ["talk", "negotiate", "discuss", "meet", "host", "help", "mediate", "cooperate", "work",
     "receive", "send", "sit", "resume", "engage", "provide", "supply",
     "pay", "finance", "contribute", "assist", "facilitate", "bring", "convene", "open",
     "normalise", "normalize", "sign", "accept", "welcome", "share", "offer",
     "examine", "study", "join", "invest", "grant", "deepen", "expand", "release",
     "free", "return", "compensate", "buy", "sell", "export", "extend", "listen", "walk",
     "play", "travel", "survey", "support", "set", "resolve", "reconvene", "raise", "patrol",
     "handle", "hand", "cover", "clarify", "ship", "guarantee", "train", "protect",
     "repair", "rebuild", "replace", "absorb", "let", "allow"]
)  # fmt: skip
# What a readiness to send, resume or open threatens ("send troops", "resume the war").
_FORCES = frozenset(
    ["troops", "soldiers", "forces", "warships", "missiles", "war", "fighting", "strikes",
     "attacks", "hostilities", "fire", "front", "offensive"]
)  # fmt: skip


def _complained_of(f: Frames, hit: Hit) -> list[str]:
    """'lodged a complaint with the WTO over China's licensing rule': the side complained
    of, named after "over", "against" or "about", not the forum it was lodged with."""
    words = hit.entry.words
    if len(words) < 2 or words[-1] != "with" or words[-2] not in ("complaint", "complaints"):
        return []
    forum_end = f.np_actors(hit.end)[1]
    for k in range(forum_end, min(forum_end + 6, len(f.toks))):
        if f.low(k) in ("over", "against", "about"):
            found = f.np_actors(k + 1)[0] or f.object_at(k + 1)
            owners = set(f.subject(hit.start))
            return [a for a in found if a not in owners]  # ("over its seizure of our fishermen")
        if f.low(k) in (".", ";", ","):
            break
    return []


# Words that make a fight a figure of speech ("a diplomatic skirmish", "a legal shootout").
_FIGURATIVE = frozenset(
    ["diplomatic", "legal", "verbal", "political", "trade", "rhetorical", "media", "courtroom",
     "procedural", "budget", "electoral"]
)  # fmt: skip
# Criminals whose fights are no state's ("drug gangs", "cartels").
_CRIMINALS = frozenset(["gangs", "gang", "cartels", "cartel", "traffickers", "smugglers"])
# Words after "hit back at" that make it a deed, not words ("positions", "with artillery").
_FORCE_AIMS = frozenset(["positions", "targets", "with", "artillery", "strikes", "ban"])
# Reasons for a pause in talks that are no measure ("for the Eid holiday", "until engineers").
_IDLE_PAUSE = frozenset(["holiday", "holidays", "eid", "christmas", "ramadan", "weather",
                         "mediators", "mediator", "engineers", "elections"])  # fmt: skip
# Things one "harbours" that are not people ("harboured ambitions to join the EU").
_HARBOURED_THOUGHTS = frozenset(
    ["ambitions", "ambition", "hopes", "hope", "doubts", "doubt", "grudges", "grudge",
     "suspicions", "fears", "dreams", "plans", "reservations", "concerns", "illusions"]
)  # fmt: skip


# Verbs that lower a measure ("cut tariffs on", "lowered duties on"); the reversal verbs of
# cues.yaml ("scrapped", "waived", "eased") make it a retreat before this is asked.
_EASING = forms_of("cut", "lower", "reduce", "slash", "halve", "eliminate")


def _eased(f: Frames, hit: Hit) -> bool:
    """Whether the measure noun at ``hit`` is the object of a verb that lowers it, with at
    most a few modifiers between ("cut its import duties", "lowered Argentine tariffs")."""
    for k in range(hit.start - 1, max(hit.start - 5, -1), -1):
        if f.low(k) in _EASING:
            return True
        if not (k in f.named or f.low(k) in _DETERMINERS or f.plain_word(k)):
            return False
    return False


# What can be rammed: vessels and vehicles.
_RAMMED = frozenset(
    ["boat", "boats", "ship", "ships", "vessel", "vessels", "trawler", "trawlers", "cutter",
     "cutters", "frigate", "patrol", "ferry", "tanker", "barge", "car", "cars", "truck",
     "trucks", "vehicle", "vehicles", "convoy", "gate", "checkpoint", "dhow", "skiff"]
)  # fmt: skip


def _rammed_no_vessel(f: Frames, hit: Hit) -> bool:
    """'rammed a Philippine boat' is force; 'ram a resolution through the council' is not."""
    if hit.entry.words != ("ram",):
        return False
    return not any(f.low(k) in _RAMMED for k in range(hit.end, min(hit.end + 6, len(f.toks))))


# Participles that, after a noun, tell what the noun's referent is charged with.
_CHARGED = frozenset(["accused", "charged", "suspected", "convicted"])
# Words before such a participle that make it a verb with a subject or an adverb ("an
# official it accused of", "a man authorities accused of", "which Baku has long accused of").
_CHARGE_SUBJECTS = frozenset(
    ["be", "been", "being", "and", "or", "not", "who", "that", "it", "they", "he", "she", "we",
     "i", "you", "long", "also", "previously", "repeatedly", "already", "publicly", "often",
     "once", "since", "later", "then", "formally", "officially", "wrongly", "falsely",
     "authorities", "prosecutors", "police", "officials", "investigators", "government",
     "ministry", "court", "judges", "officers", "regime", "junta", "military", "army"]
)  # fmt: skip


def _closed_file(f: Frames, hit: Hit) -> bool:
    """Whether "ordered X closed" closes a case or file ("ordered the criminal case against
    the journalist closed"), not an office, a border or a crossing."""
    words = hit.entry.words
    return (
        words[0] == "order"
        and words[-1] in ("closed", "shut", "down")
        and any(f.low(k) in _FILES for k in range(hit.start + 1, hit.end))
    )


_FILES = frozenset(
    ["case", "cases", "file", "files", "investigation", "probe", "inquiry", "proceedings",
     "hearing", "trial", "matter", "dossier"]
)  # fmt: skip


def _charged_person(f: Frames, hit: Hit) -> bool:
    """Whether the trigger is a participle of a charge right after a plain noun ("a Polish
    employee accused of spying for Russia", "two men suspected of smuggling"): a reduced
    relative that describes the person charged, with no accuser of its own."""
    if f.low(hit.start) not in _CHARGED or f.low(hit.start + 1) != "of":
        return False
    before = f.toks[hit.start - 1] if hit.start > 0 else None
    return (
        before is not None
        and before.text.isalpha()
        and before.text.islower()
        and before.lower not in f.cues["auxiliaries"]
        and before.lower not in _CHARGE_SUBJECTS
        and not f.is_adverb(hit.start - 1)
    )


def _no_deed(f: Frames, hit: Hit) -> bool:
    """Whether a trigger's words name no deed in this sentence: a figurative fight ("a
    diplomatic skirmish"), talks paused for a holiday or with mere mediators, "the Ukrainian
    side of the river" taken, ambitions harboured."""
    words, before = hit.entry.words, f.low(hit.start - 1)
    if (
        hit.entry.type is StanceType.ASSAULT
        and hit.entry.kind == "noun"
        and (
            before in _FIGURATIVE
            or any(f.low(k) in _CRIMINALS for k in range(hit.end, min(hit.end + 6, len(f.toks))))
        )
    ):
        return True  # "a diplomatic skirmish", "a shootout between Colombian and Venezuelan gangs"
    if words == ("hit", "back", "at"):  # "hit back at Russian positions with artillery"
        return any(f.low(k) in _FORCE_AIMS for k in range(hit.end, min(hit.end + 8, len(f.toks))))
    if words[0] == "take" and words[-1] == "side":
        return f.low(hit.end) == "of"
    if words[0] in ("harbour", "harbor"):
        return f.low(hit.start + 1) in _HARBOURED_THOUGHTS
    if hit.entry.type is StanceType.SANCTION and hit.entry.kind == "noun" and _eased(f, hit):
        return True  # "cuts Argentine import duties on 200 U.S. products": a measure eased
    paused = (
        hit.entry.type is StanceType.SANCTION
        and words[-1] == "with"
        and any(w in ("talks", "consultations") for w in words)
    )
    return paused and any(f.low(k) in _IDLE_PAUSE for k in range(hit.start, len(f.toks)))


# Signs that a review of ties is routine or friendly, not a measure weighed: a meeting, a
# purpose of more support, a court's or parliament's review.
_ROUTINE_REVIEW = frozenset(
    ["met", "meeting", "received", "visit", "hosted", "enhance", "strengthen",
     "boost", "expand", "deepen", "judicial", "parliament", "parliamentary", "court",
     "lawmakers", "annual", "regular", "scheduled", "ratifying", "ratification"]
)  # fmt: skip


def routine_review(f: Frames, at: int) -> bool:
    """Whether the review of ties at token ``at`` weighs no measure: done in the past ("received
    the prime minister and reviewed ties"), routine or friendly ("to see where more support could
    be given"), or a court's or parliament's ("a judicial review of the agreement")."""
    word = f.low(at)
    if not any(word.startswith(v) for v in REVIEW_VERBS):
        return False
    past = word.endswith("ed") and f.low(at - 1) not in ("had", "has", "have", "been", "being")
    more = any(  # "to see where more support could be given"
        f.low(k) in ("more", "additional") and f.low(k + 1) in ("support", "aid", "help")
        for k in range(len(f.toks))
    )
    return past or more or any(f.low(k) in _ROUTINE_REVIEW for k in range(len(f.toks)))


# Where a side goes to sue, not to meet: "would go straight to the Court of Justice",
# "will go back to The Hague".
def _to_court(f: Frames, hit: Hit) -> bool:
    """Whether a verb of going ("go to", "return to") leads to a court, not to talks."""
    if hit.entry.type is not StanceType.CONSULT or hit.entry.words[0] not in ("go", "return"):
        return False
    return any(
        f.low(k) in _COURTS
        and (f.toks[k].cap or f.low(k - 1) in ("the", "a", "an", "international"))
        for k in range(hit.end, min(hit.end + 6, len(f.toks)))
    )  # (not "went to Beijing to court Chinese investors")


_JUNCTIONS = frozenset(
    ["point", "junction", "spot", "corner", "area", "place", "line", "region", "triangle"]
)  # fmt: skip


def _borders_meet(f: Frames, hit: Hit) -> bool:
    """Whether "meet" names a place, not a meeting: "the point where Kenya, Somalia and
    Ethiopia meet", "where the two countries meet Guyana". A meeting is told in the past ("the
    hotel where the ministers met"), a junction of borders in the present."""
    if hit.entry.kind != "verb" or f.low(hit.start) not in ("meet", "meets"):
        return False
    for i in range(hit.start - 1, max(hit.start - 12, 0) - 1, -1):
        if f.low(i) == "where":
            return f.low(i - 1) in _JUNCTIONS  # "the point where", not "in Riyadh, where"
        if f.low(i) in (".", ";", ":", "said", "says"):
            return False
    return False


def read_hits(f: Frames, lexicon: Lexicon, hits: list[Hit], reader: ModalityReader) -> list[Proto]:
    """Stances of one sentence, before de-duplication."""
    protos: list[Proto] = []
    suppressed: set[int] = set()
    cites: list[tuple[Hit, list[str]]] = []
    for hit in hits:
        if hit.entry.kind == "evaluative":
            protos += _evaluation(f, lexicon, hit, reader, suppressed)
        elif hit.entry.kind == "cite":
            cites.append((hit, f.subject(hit.start)))
    for hit in hits:
        if hit.entry.kind in ("evaluative", "cite") or hit.head in suppressed:
            continue
        sources, targets = arguments(f, hit)
        targets = _referred_against(f, hit, sources, reader) if _referral(hit) else targets
        if (
            hit.entry.type is None
            or _covered(f, hits, hit)
            or _unready(f, hits, hit)
            or _hoped_fortune(f, hit)
        ):
            continue
        if (
            _borders_meet(f, hit)
            or _to_court(f, hit)
            or routine_review(f, hit.start)
            or _no_deed(f, hit)
            or _charged_person(f, hit)  # "arrested a Polish employee accused of spying"
            or _rammed_no_vessel(f, hit)
            or _closed_file(f, hit)
        ):
            continue
        if hit.entry.kind == "warned":
            protos += _warning(f, hit, reader)
            continue
        if sources:
            f.acts.append((hit.entry.type, sources, targets))
        sources, targets = _implied(f, hit, sources, targets, reader)
        targets = _complained_of(f, hit) or _settled_targets(f, hit, sources, targets, reader)
        confidence = 0.8 if hit.entry.kind in _VERB_KINDS else 0.7
        joint = _nominal(f, hit) and _joint_noun(f, _verb_of_noun(f, hit))
        if not targets and hit.entry.kind == "verb" and _nominal(f, hit) and not joint:
            continue  # "..., a fight joined by Brunei": a verb used as a noun is no joint act
        stance_type = _retyped(f, hit, hit.entry.type)
        if not targets and _untargeted_deed(f, lexicon, hit, stance_type, reader, sources):
            f.untargeted.append((hit.entry, sources))  # "seized an oil tanker": "the seizure"
        protos += _make(sources, targets, stance_type, hit, reader, confidence, joint)
    _embed(f, protos, cites)
    _sentence_wide(f, hits, reader, protos)
    return protos


def _untargeted_deed(
    f: Frames,
    lexicon: Lexicon,
    hit: Hit,
    stance_type: StanceType,
    reader: ModalityReader,
    sources: list[str],
) -> bool:
    """Whether a hit is a material deed done as told by its subject, on no one named
    ("Iran seized an oil tanker"), for the deed's noun later ("the seizure")."""
    return (
        bool(sources)
        and stance_type.info.quad_code == _MATERIAL_CONFLICT
        and hit.entry.kind in ("verb", "phrase")
        and not _nominal(f, hit)
        and not _is_passive(f, hit, lexicon)  # "soldiers were ambushed": not theirs
        and f.low(hit.start - 1) not in _DETERMINERS  # "in an ambush": a noun
        and not f.toks[hit.start].text[:1].isupper()  # "Remarks on Rebel Ambush"
        and reader.read(hit, sources)[0] in (Modality.ASSERTED, Modality.REPORTED)
    )


def _sentence_wide(f: Frames, hits: list[Hit], reader: ModalityReader, protos: list[Proto]) -> None:
    """The rules that read the sentence's stances together, adding to ``protos`` or
    changing them in place, in order."""
    protos += _arms_purchases(f, reader, protos)
    protos += _summoned_envoys(f, reader, protos)
    protos += _handed_notes(f, reader, protos)
    _obligations(f, reader, protos)
    _quoted_blame(f, reader, protos)
    _reported_blame(f, reader, protos)
    protos += _rights_granted(f, reader, protos)
    _instigated(f, reader, protos)
    _asked_acts(f, hits, protos)
    _undoing_requests(f, protos, reader.country_of)
    _ceasing_blame(f, protos)
    _rebuttals(f, protos, reader.country_of)
    _threats(protos, reader)
    _threatened_acts(f, protos)
    _ultimatums(f, protos)
    _promises(protos, reader)
    _claims(protos, reader.commentators, reader.country_of)
    _exchanges(f, protos)
    _alongside(f, protos)
    _signed(f, protos)
    _funded_deals(f, protos)
    _pledged_money(f, protos)
    _refusals(f, protos)
    _two_sided(f, protos)
    _halted_talks(f, protos)


_UNDOING = frozenset((StanceType.RETREAT, StanceType.CONCEDE))


def _halted_talks(f: Frames, protos: list[Proto]) -> None:
    """'suspended negotiations with Brazil', 'was suspending high-level political contacts
    with The Hague': talks a side stops are relations reduced (a sanction, CAMEO 16), not
    talks held (a sanction the sentence reads twice is kept once when stances are made)."""
    if not f.words & _HALTING_TALKS:
        return  # (the common case)
    for i, p in enumerate(protos):
        if p.type is not StanceType.CONSULT or p.hit.entry.kind == "verb":
            continue
        k = p.hit.start - 1
        while f.low(k) in _DETERMINERS or f.low(k) in _TALKS_KINDS:
            k -= 1
        if f.low(k) in _HALTING_TALKS:
            protos[i] = replace(p, type=StanceType.SANCTION)


# Verbs that suspend talks ("ended talks ... on a positive note" only closes a round).
_HALTING_TALKS = forms_of("suspend", "freeze", "halt", "stop", "pause", "cancel", "cease")
# Words that say what kind of talks ("high-level political contacts", "bilateral talks").
_TALKS_KINDS = frozenset(
    ["high-level", "political", "diplomatic", "bilateral", "official", "direct", "further",
     "trade", "peace", "formal", "ministerial", "regular", "ongoing", "planned", "technical",
     "all", "high", "level", "-", "senior"]
)  # fmt: skip


def measures_in_force(f: Frames, hits: list[Hit], protos: list[Proto]) -> None:
    """'lift the sanctions Washington has imposed on Moscow': whatever becomes of them, the
    relative clause says the sanctions were imposed (asserted)."""
    have = {(p.source, p.target, p.type) for p in protos}
    for hit in hits:
        if hit.entry.type not in _UNDOING:
            continue
        for k in range(hit.start, min(hit.end + 3, len(f.toks))):
            if f.low(k) not in _MEASURES:
                continue
            entry = Entry(StanceType.SANCTION, "noun", (f.low(k),))
            named = Hit(k, k + 1, entry, k)
            agents, targets = _relative_agent(f, named, pronouns=True) or ([], [])
            for source in agents:
                for target in targets:
                    if source != target and (source, target, StanceType.SANCTION) not in have:
                        protos.append(
                            Proto(
                                source,
                                target,
                                StanceType.SANCTION,
                                Modality.ASSERTED,
                                None,
                                0.6,
                                named,
                            )
                        )
            break


# Acts that take two: "clashed with", "a standoff with", "skirmishes with"; and fire
# exchanged or traded.
_TWO_SIDED = frozenset(
    ["clash", "clashes", "clashed", "clashing", "standoff", "standoffs", "stand-off",
     "skirmish", "skirmishes", "skirmished", "stalemate"]
)  # fmt: skip
# Fighting someone is fighting each other, where the one fought is the verb's own object.
_FIGHTING = forms_of("fight", "battle")
_TRADED = forms_of("exchange", "trade")


# Acts of police and courts: with no agent named, the state holding the person did them.
CUSTODY = frozenset(
    ["arrest", "rearrest", "detain", "jail", "imprison", "free", "release", "charge", "seize",
     "abduct", "kidnap", "capture",
     "indict", "convict", "sentence", "prosecute", "extradite", "deport"]
)  # fmt: skip


# Unnamed organs of a state that arrest, charge and free people ("authorities arrested X").
_ORGANS = frozenset(
    ["police", "authorities", "enforcement", "prosecutors", "court", "courts", "judge",
     "judges", "forces", "junta", "regime", "prosecutor", "tribunal"]
)  # fmt: skip


def _is_time(f: Frames, i: int) -> bool:
    """Whether token ``i`` opens a day or date ("on Friday", "on March 3", "on 3 March")."""
    word = f.low(i)
    month = word in MONTH_NUMBERS or word in MONTH_TOKENS
    return i < len(f.toks) and (word in WEEKDAYS or month or word.isdigit())


# Words in the ids of organs that hold people ("xkx-interior-ministry", "kgb", "police").
_HOLDING_ORGANS = frozenset(
    ["interior", "police", "security", "justice", "prosecutor", "prosecutors", "court", "kgb",
     "fsb", "intelligence", "home"]
)  # fmt: skip


def _custodian(f: Frames, hit: Hit, targets: list[str], reader: ModalityReader) -> list[str]:
    """'He was rearrested in July', 'after being freed from prison': a person arrested,
    charged or freed with no agent named was held by a state: the country named as the place
    ("detained in Iran"), else the state whose organ reports it ("X was detained, Kosovo's
    Interior Ministry said"), else the person's own, else the country the story is about."""
    country_of = reader.country_of
    if hit.entry.words[0] not in CUSTODY or (
        f.low(hit.end) in ("on", "upon") and not _is_time(f, hit.end + 1)
    ):
        return []  # "remarks likely to be seized on by populists": no one held
    places = [m.actor for m in f.view.mentions if m.locative and country_of.get(m.actor) == m.actor]
    held = [t for t in targets if country_of.get(t) != t]
    if not held:
        return []
    if places:
        return places[:1]
    reporting = [  # a police, interior or justice organ, not a foreign ministry abroad
        state
        for speech in reader.speeches
        for speaker in speech.speakers
        if (state := country_of.get(speaker))
        and speaker not in held
        and _HOLDING_ORGANS.intersection(speaker.replace("-", " ").split())
    ]
    if reporting:
        return reporting[:1]
    return list(dict.fromkeys(c for t in held if (c := country_of.get(t) or f.home)))


def _settled_targets(
    f: Frames, hit: Hit, sources: list[str], targets: list[str], reader: ModalityReader
) -> list[str]:
    """The targets after the frames that settle them: an embassy is its state, a domestic
    ban sanctions no one, supplies cut for a drought or maintenance hurt no one, an ambassador
    recalled "in" a capital is recalled from its state; whatever the subjects "jointly" do,
    they do together, and the object is not their partner ("jointly condemned Ethiopia's
    plan")."""
    partnered = any(f.low(k) == "with" for k in range(hit.end, min(hit.end + 8, len(f.toks))))
    if hit.entry.words == ("jointly",) and len(sources) > 1 and not partnered:
        return []  # (not "patrol jointly with our Togolese brothers")
    targets = _banned_goods(f, hit, _missions_states(f, hit, targets, reader))
    if hit.entry.words[0] in ("stop", "halt", "cut") and any(
        t.lower in _SUPPLY_FAILURES for t in f.toks
    ):
        return []  # "stopped selling electricity to Ecuador because of a drought"
    if set(targets) <= set(sources):  # "recalled its ambassador in ...": not its own
        targets = _recalled_from(f, hit) or targets
    return targets


# Causes that make a cut in supplies no act against the buyer.
_SUPPLY_FAILURES = frozenset(
    ["drought", "maintenance", "leak", "repairs", "shortage", "outage", "storm", "flood",
     "flooding", "fire", "accident", "breakdown", "destroyed", "damage", "damaged", "harvest"]
)  # fmt: skip


def _recalled_from(f: Frames, hit: Hit) -> list[str]:
    """'recalled its ambassador in N'Djamena': the state whose capital the envoy is
    recalled from (the place is where the envoy serves, not a bystander)."""
    if hit.entry.words[0] != "recall" or hit.entry.kind == "noun" or f.low(hit.end) != "in":
        return []
    if any(f.low(k) in ("no", "not", "never", "ruled") for k in range(hit.start - 5, hit.start)):
        return []  # "had no intention of recalling its ambassador in N'Djamena"
    m = f.starts.get(hit.end + 1)
    return [m.actor] if m is not None and m.how in ("metonym", "name") else []


# What a state bans at home, whatever other state's name it carries ("banned pro-Russian
# parties", "banned Russian music on radio"): no sanction on that state.
_HOME_BANS = frozenset(
    ["party", "parties", "language", "schooling", "schools", "signs", "music", "books",
     "films", "songs", "church", "churches", "rallies", "symbols", "flags", "names",
     "textbooks", "branch"]
)  # fmt: skip
# Words after "Russian-" that name a people's own things, not a state's goods
# ("Russian-language signs", not "Chinese-owned apps" or "Russian-origin diamonds").
_HOME_COMPOUNDS = frozenset(["language", "speaking", "speakers", "style", "era", "born"])


def _banned_goods(f: Frames, hit: Hit, targets: list[str]) -> list[str]:
    """The states a plain 'ban' sanctions: those whose goods or firms are banned ("banned
    40 Chinese apps"), not one named in a domestic ban ("pro-Russian parties", "Russian-
    language signs")."""
    if hit.entry.words != ("ban",) or hit.entry.kind != "verb":
        return targets
    named = [m for m in f.view.mentions if m.actor in targets and hit.end <= m.start < hit.end + 6]
    if not named:
        return targets
    home = {
        m.actor
        for m in named
        if f.low(m.start - 1) == "-"  # "pro-Russian parties"
        or (f.low(m.end) == "-" and f.low(m.end + 1) in _HOME_COMPOUNDS)  # "Russian-language"
        or f.low(f.np_end(m.start) - 1) in _HOME_BANS
    }
    return [a for a in targets if a not in home]


# Staff whose expulsion is a diplomatic sanction ("expelled 12 Algerian officials").
_EXPELLED_STAFF = frozenset(["officials", "staff", "employees", "personnel", "officers"])


def _retyped(f: Frames, hit: Hit, stance_type: StanceType) -> StanceType:
    """A trigger's type where its frame changes it: backing by soldiers is military aid
    ("forces backed by Djiboutian soldiers"); a threat that is the speaker's own is an
    accusation of whoever poses it ('"China is our biggest threat," the minister said')."""
    if stance_type is StanceType.SUPPORT and _armed(f, hit):
        return StanceType.AID
    if (
        stance_type is StanceType.THREATEN
        and hit.entry.kind == "noun"
        and f.low(f.np_start(hit.start)) in ("our", "my")
    ):
        return StanceType.ACCUSE
    envoys = _PERSONAL_ENVOYS if hit.entry.words[0] in CUSTODY else _ENVOYS
    expelled = hit.entry.words[0] == "expel" and any(
        f.low(k) in _EXPELLED_STAFF for k in range(hit.end, min(hit.end + 6, len(f.toks)))
    )  # "expelling the same number of Algerian officials"
    if stance_type is StanceType.COERCE and (
        expelled
        or any(f.low(k) in envoys for k in range(hit.start, min(hit.end + 4, len(f.toks))))
        or any(  # "France, whose ambassador Niger expelled"
            f.low(k) == "whose" and f.low(k + 1) in _ENVOYS for k in range(hit.start - 5, hit.start)
        )
    ):
        return StanceType.SANCTION  # "ordered Rwanda's charge d'affaires to leave": expelled
    # the aid noun, or a verb form used as one right after the cutting verb ("suspended
    # budget support to Niger")
    near = any(f.low(k) in _HALTING for k in range(max(hit.start - 2, 0), hit.start))
    near = near and f.low(hit.start - 1) != "up"  # "ended up backing Sweden's bid"
    cut = (hit.entry.kind == "noun" or near) and _cut_off(f, hit.start)
    if stance_type in (StanceType.AID, StanceType.SUPPORT) and cut:
        # "was ending the remaining U.S. development assistance", "suspended budget support"
        return StanceType.SANCTION
    if (
        stance_type is StanceType.ASSAULT
        and hit.entry.words[0] in ("raid", "search", "storm")
        and f.low(f.skip_verb_group(hit.start)) in _POLICE  # the police do the raiding
    ):
        return StanceType.COERCE  # "Kosovo police raided five Serbian-run offices": a seizure
    return stance_type


def _cut_off(f: Frames, start: int) -> bool:
    """Whether a verb that stops aid governs the aid noun at ``start`` ("ending the
    remaining U.S. development assistance", "suspended its military aid")."""
    for k in range(start - 1, max(start - 7, -1), -1):
        if f.low(k) in _HALTING:
            # "will never stop supporting Ukraine" keeps the support; "ended up backing" is
            # no ending
            negated = f.low(k - 1) in ("not", "never", "n't") or f.low(k - 2) in ("not", "never")
            return not negated and f.low(k + 1) != "up"
        modifier = f.low(k - 1) in _DETERMINERS  # "the remaining aid"
        if f.is_boundary(k) or f.low(k) in _PUNCT or (f.is_verb(k) and not modifier):
            return False
    return False


# Law-enforcement bodies: their raids are seizures and arrests (CAMEO 17), not attacks.
_POLICE = frozenset(["police", "policemen", "officers", "agents", "investigators", "prosecutors"])


# Diplomats: ordering one out is an expulsion (CAMEO 1663), a sanction of their state.
# Words of a mission's staff ("12 French embassy staff"): sending them home is an expulsion,
# arresting one ("an Algerian consular employee") is not.
_MISSION_WORDS = frozenset(["embassy", "consular", "diplomatic"])
_ENVOYS = frozenset(
    ["diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "chargé",
     "charge", "consul", "consuls", "attaché", "attache", "attachés", "commissioner",
     *_MISSION_WORDS]
)  # fmt: skip
_PERSONAL_ENVOYS = _ENVOYS - _MISSION_WORDS  # an envoy one can arrest, not a mission's word


# Nouns of armed forces: their backing is military aid, not a statement of support.
_ARMED = frozenset(
    ["troops", "soldiers", "forces", "military", "army", "warplanes", "jets", "navy",
     "militias", "fighters", "units", "peacekeepers"]
)  # fmt: skip


def _armed(f: Frames, hit: Hit) -> bool:
    """Whether the backers of a 'back'/'support' verb are armed forces: the 'by' phrase of a
    passive, else the words right before the verb."""
    if hit.entry.kind != "verb":
        return False
    if hit.passive and f.low(hit.end) == "by":
        end = min(f.np_end(hit.end + 1), hit.end + 5)
        return any(f.low(k) in _ARMED for k in range(hit.end + 1, end))
    return f.low(f.skip_verb_group(hit.start)) in _ARMED


_RETALIATION = frozenset(
    ["respond", "retaliate", "retaliation", "response", "regret", "consequences",
     "countermeasures", "reciprocal", "symmetrically", "reprisals", "revenge", "necessary"]
)  # fmt: skip


def promises_response(f: Frames, hit: Hit) -> bool:
    """Whether a threat promises to answer a deed ("vowed to respond", "reserved the right to
    retaliate", "warned that it would respond"), rather than naming its own act."""
    return bool(_RETALIATION.intersection(hit.entry.words)) or _retaliation_after(f, hit.end)


def _retaliation_after(f: Frames, i: int) -> bool:
    """Whether the clause from ``i`` promises a response ("would respond", "will regret")."""
    for k in range(i, min(i + 14, len(f.toks))):
        if f.low(k) in (".", ";"):
            return False
        if f.low(k) in _RETALIATION:
            return True
    return False


def _condition_subject(f: Frames, i: int, sources: list[str]) -> list[str]:
    """'Russia threatened to stop the talks if the United States goes ahead': a threat is
    aimed at whoever its condition is about, the subject of the 'if'/'unless' clause."""
    for k in range(i, len(f.toks)):
        if f.low(k) in (".", ";", "?", "!"):
            break
        if f.low(k) in ("if", "unless"):
            found = f.np_actors(k + 1)[0]
            return [a for a in found if a not in sources]
    return []


_CAUSES = frozenset(["after", "following", "over", "because"])
_REPLIES = frozenset(["retaliation", "response", "reprisal", "protest"])


def _cause_author(f: Frames, hit: Hit, sources: list[str], reader: ModalityReader) -> list[str]:
    """The owner or subject of what an act answers, in a phrase after it: 'after X's ...',
    'over X's ...', 'after X entered ...', 'in retaliation for X's ...'."""
    for k in range(hit.end, min(hit.end + 10, len(f.toks))):
        word = f.low(k)
        if word in (".", ";") or (f.is_boundary(k) and word not in _CAUSES):
            return []
        if word in _CAUSES:
            start = k + 1 + (f.low(k + 1) == "of")  # "because of"
        elif word == "in" and f.low(k + 1) in _REPLIES and f.low(k + 2) in ("for", "to"):
            start = k + 3
        else:
            continue
        start += f.low(start) == "the"
        m = f.starts.get(start)
        if m is None or m.how == "pronoun" or not (m.possessive or f.subject_like(m)):
            return []
        return [a for a in m.actors if a not in sources and not reader.same_side(sources[0], a)]
    return []


# Shots fired at no one named: at the side that reports them.
_SHOTS = frozenset(["fire", "open", "shoot"])


def _implied(
    f: Frames, hit: Hit, sources: list[str], targets: list[str], reader: ModalityReader
) -> tuple[list[str], list[str]]:
    """A side the sentence leaves unnamed, where the act implies it."""
    if sources and not targets and hit.entry.type and hit.entry.type.polarity < 0:
        # "Japan lodged a protest after Chinese ships entered its waters", "export controls
        # in retaliation for Washington's chip restrictions": against the cause's author
        targets = _cause_author(f, hit, sources, reader)
    if sources and not targets and hit.entry.type in _REACTIVE and hit.entry.kind != "noun":
        # "Tokyo lodged a protest", "Iran vowed to respond": toward whoever last
        # acted against the source
        adversary = f.adversary(sources[0])
        targets = [adversary] if adversary else []
    if sources and not targets and hit.entry.type is StanceType.THREATEN:
        targets = _condition_subject(f, hit.end, sources)
        if not targets and hit.entry.words[0] == "warn" and _retaliation_after(f, hit.end):
            # "accused Armenian forces of firing on its positions and warned that it would
            # respond with all necessary means": against whoever acted against the source
            acted = [
                doers[0]
                for stance_type, doers, victims in reversed(f.acts)
                if stance_type.polarity < 0 and sources[0] in victims and doers
            ]
            adversary = acted[0] if acted else f.adversary(sources[0])
            targets = [adversary] if adversary else []
    if sources and not targets and hit.entry.words[0] in _SHOTS:
        # "Honduras said Nicaraguan sailors had fired shots over their heads": on the side
        # that reports the harm, when it is not the doer's
        speaker = reader.speaker_of(hit)
        side = reader.country_of.get(speaker) if speaker is not None else None
        if side is not None and not any(reader.same_side(side, s) for s in sources):
            targets = [side]
    if not sources and targets and (hit.passive or f.low(f.skip_verb_group(hit.start)) in _ORGANS):
        sources = _custodian(f, hit, targets, reader)
    if sources and not targets and _nominal(f, hit):
        targets = _counterpart(f, hit, sources, reader.country_of)
    if sources and not targets and hit.entry.type is StanceType.PROTEST:
        # "Egyptian demonstrators rioted": against their own state
        targets = [c for s in sources if (c := dissident_country(s, reader.country_of.get(s)))]
    return sources, targets


# Buying weapons from a state is that state's military aid to the buyer (CAMEO 0732 arms).
_BUYING = forms_of("buy", "purchase", "acquire", "procure") | {"acquisition", "procurement"}
_PURCHASE_NOUNS = frozenset(["purchase", "purchases", "acquisition", "procurement"])
# Verbs that end or cut a purchase ("stopped buying Russian weapons", "cut its purchases").
_HALTING_PURCHASES = forms_of(
    "stop", "halt", "end", "cut", "suspend", "reduce", "ban", "freeze", "cease"
)
_WEAPONS = frozenset(
    ["missile", "missiles", "jets", "fighters", "drones", "tanks", "weapons", "arms",
     "aircraft", "helicopters", "warships", "submarines", "frigates", "howitzers", "rifles",
     "ammunition", "s-400", "s-400s", "rockets", "artillery", "air-defence", "air-defense"]
)  # fmt: skip
_PURCHASE_REACH = 7  # tokens from the buying word to the weapons
_SPEAKING_PRONOUNS = frozenset(["we", "you", "i"])


def _arms_purchases(f: Frames, reader: ModalityReader, protos: list[Proto]) -> list[Proto]:
    """'Turkey bought Russian S-400 missiles', 'Ankara's purchase of Chinese drones',
    'purchased fighter jets from France': the seller arms the buyer."""
    out: list[Proto] = []
    for k, tok in enumerate(f.toks):
        if tok.lower not in _BUYING or f.low(f.skip_verb_group(k)) in _SPEAKING_PRONOUNS:
            continue  # "then we buy Russian S-400, ... you buy Russian missiles": a quote's
        w = next(
            (
                j
                for j in range(k + 1, min(k + _PURCHASE_REACH, len(f.toks)))
                if f.low(j) in _WEAPONS or f.is_boundary(j) or f.low(j) in _PUNCT
            ),
            None,
        )
        if w is None or f.low(w) not in _WEAPONS:
            continue
        hit = Hit(k, w + 1, Entry(StanceType.AID, "verb", (tok.lower,)), k)
        for seller, buyer in _purchase_parties(f, k, w):
            if not any(
                (p.source, p.target, p.type) == (seller, buyer, hit.entry.type) for p in protos
            ):
                modality, reporter = reader.read(hit, [buyer])
                out.append(Proto(seller, buyer, StanceType.AID, modality, reporter, 0.6, hit))
    return out


_SUMMONING = forms_of("summon")


def _summoned_envoys(f: Frames, reader: ModalityReader, protos: list[Proto]) -> list[Proto]:
    """'summoned Nepal's ambassador, Hari Prasad Bhandari,': the envoy named as a person
    (the title inside the name) is summoned all the same, a protest to his state."""
    out: list[Proto] = []
    for k, tok in enumerate(f.toks):
        if tok.lower not in _SUMMONING:
            continue
        m = f.starts.get(k + 1) or f.starts.get(k + 2)
        sources = f.subject(k)
        if f.low(k - 1) in _PASSIVE_BE:
            m, sources = _summoned_passive(f, k)
        if m is None or not any(f.low(j) in _ENVOYS for j in range(m.start, m.end + 2)):
            continue  # "Nepal's ambassador, X", "the Russian ambassador"
        if _friendly_errand(f, m.end):
            continue  # "summoned the ambassador to thank him"
        state = reader.country_of.get(m.actor)
        if (
            not sources
            and state
            and f.low(k - 1) in _PASSIVE_BE
            and f.low(k + 1) == "to"
            and f.low(k + 2) in _TO_HEAR  # (not "summoned to testify before parliament")
        ):
            # "Russian Ambassador Oleg Petrenev was summoned to receive the decision": by
            # the other party of the story's dispute
            pair = f.parties([])
            sources = [a for a in pair if a != state] if state in pair else []
        hit = Hit(k, m.end, Entry(StanceType.ACCUSE, "verb", (tok.lower,)), k)
        for source in sources:
            done = any(p.source == source and p.type is StanceType.ACCUSE for p in protos)
            if state and source != state and not done:
                modality, reporter = reader.read(hit, [source])
                out.append(Proto(source, state, StanceType.ACCUSE, modality, reporter, 0.6, hit))
    return out


_PASSIVE_BE = frozenset(["was", "were", "been", "is", "are", "being"])
# What an envoy is summoned to do when summoned in protest ("summoned to receive the note").
_TO_HEAR = frozenset(["receive", "hear", "explain", "be", "account"])
_HANDING = forms_of("hand", "deliver")
_NOTES = frozenset(["protest", "demarche", "démarche"])
# what a note or letter must say to be a protest ("a note condemning ...", "a letter
# expressing serious concern"); one of thanks, invitation or credence is none
_PROTESTING = frozenset(
    ["protest", "protesting", "condemning", "denouncing", "rejecting", "concern",
     "objecting", "objection", "demanding"]
)  # fmt: skip
_RELAYED = frozenset(["passed", "pass", "forwarded", "relayed", "transmitted", "for"])


def _protest_note(f: Frames, start: int) -> bool:
    """Whether a protest note follows ``start``: "a formal note of protest", "a démarche",
    "a note condemning ...", not a letter of thanks, invitation or credence, nor one to be
    passed on to a third state ("a note of protest to be passed on to Washington")."""
    window = [f.low(j) for j in range(start, min(start + 12, len(f.toks)))]
    if _RELAYED.intersection(window):
        return False
    for j, word in enumerate(window):
        if word in _NOTES:
            return True
        if word in ("note", "letter") and _PROTESTING.intersection(window[j + 1 : j + 5]):
            return True
    return False


def _handed_notes(f: Frames, reader: ModalityReader, protos: list[Proto]) -> list[Proto]:
    """'handed the U.S. chargé d'affaires, Thomas Reinholt, a formal note of protest',
    'handed Ambassador Murat Kaplan a note condemning ...', 'handed Tanzania a formal protest
    note': a protest to the envoy's state, or to the state named."""
    out: list[Proto] = []
    for k, tok in enumerate(f.toks):
        if tok.lower not in _HANDING:
            continue
        m = f.starts.get(k + 1) or f.starts.get(k + 2)
        if m is None or not (
            any(f.low(j) in _ENVOYS for j in range(m.start - 1, m.end + 2))
            or m.how in ("name", "metonym")  # "handed Tanzania a formal protest note"
        ):
            continue
        if not _protest_note(f, m.end):
            continue  # "handed the ambassador a letter of thanks", "a bouquet"
        state = reader.country_of.get(m.actor)
        hit = Hit(k, m.end, Entry(StanceType.ACCUSE, "verb", (tok.lower,)), k)
        for source in f.subject(k):
            done = any(p.source == source and p.type is StanceType.ACCUSE for p in protos)
            if state and (reader.country_of.get(source) or source) != state and not done:
                modality, reporter = reader.read(hit, [source])
                if reporter in (state, m.actor):  # the envoy receives the note, says nothing
                    modality, reporter = Modality.ASSERTED, None
                out.append(Proto(source, state, StanceType.ACCUSE, modality, reporter, 0.6, hit))
    return out


def _summoned_passive(f: Frames, k: int) -> tuple[Mention | None, list[str]]:
    """'Ambassador X was summoned to the Vietnamese Foreign Ministry', 'X, who was summoned
    by Hanoi': the envoy before the verb, the summoner after 'to the' or 'by'."""
    j = k - 1
    while f.low(j) in _PASSIVE_BE or f.low(j) in ("had", "has", "have", "who"):
        j -= 1
    if f.low(j) == ",":
        j -= 1  # "Keo Sambath, who was summoned"
    envoy = f.ends.get(j + 1)
    posted = None
    if envoy is not None and f.low(envoy.start - 1) == "in":
        posted = envoy.actor  # "Azerbaijan's ambassador in Tehran was summoned"
        j = envoy.start - 2
        envoy = f.ends.get(j + 1)
    if envoy is None and f.low(j) in _ENVOYS:
        envoy = f.ends.get(j - (f.low(j - 1) == "'s"))  # "the Russian ambassador", "X's envoy"
    by = k + 1
    if f.low(by) in ("home", "back") or (f.low(by) == "for" and f.low(by + 1) == "consultations"):
        return envoy, []  # "was summoned home / back to Moscow for consultations": a recall
    if f.low(by) in ("to", "by"):
        by += 1 + (f.low(by + 1) == "the")
        summoner = f.starts.get(by)
        if summoner is not None and not summoner.locative:
            return envoy, [summoner.actor]
    return envoy, [posted] if posted else []


def _purchase_parties(f: Frames, k: int, w: int) -> list[tuple[str, str]]:
    """(seller, buyer) pairs of the purchase word at ``k`` whose weapons are at ``w``: none
    for a purchase stopped or cut ("stopped buying Russian weapons")."""
    np = f.np_start(k)
    if any(f.low(j) in _HALTING_PURCHASES for j in range(max(np - 2, 0), k)):
        return []
    before = f.low(k - 1)
    owned = f.ends.get(k) is not None and f.ends[k].possessive
    noun = f.low(k) in _PURCHASE_NOUNS and (before in _DETERMINERS or before == "'s" or owned)
    asked = f.ends.get(k - 1 - (f.low(k - 2) == "not")) if before == "to" else None
    if noun:
        buyers = f.premodifier(k)
    elif asked is not None:
        buyers = [asked.actor]  # "urged Ankara not to buy Russian missiles": Ankara buys
    else:
        buyers = f.subject(k)
    held = [m.actor for m in f.view.mentions if m.start < w < m.end and m.how == "group"]
    named = [  # "Russian S-400 missiles"
        m.actor for m in f.view.mentions if k < m.start and m.end <= w and m.how in LISTED_HOWS
    ]
    direct = f.np_actors(w + 2)[0] if f.low(w + 1) == "from" else []  # "jets from France"
    sellers = direct or held or named[-1:]
    return [(s, b) for s in sellers for b in buyers if s != b]


_SIGNED = frozenset(
    ["agreement", "deal", "accord", "pact", "treaty", "agreements", "deals", "accords", "pacts"]
)


_DEFENCE = frozenset(["defence", "defense", "military", "security"])
# Kinds of security that make no alliance ("a food security pact").
_CIVIL_SECURITY = frozenset(
    ["food", "energy", "water", "health", "cyber", "economic", "data", "supply", "border"]
)


def _signed(f: Frames, protos: list[Proto]) -> None:
    """'Ethiopia and Eritrea signed a peace agreement': signing backs the other side and is
    itself an agreement with it; a defence pact ('signed a mutual defence pact') makes them
    allies too."""
    agreed = {(q.source, q.target, q.type) for q in protos}
    for p in list(protos):
        words = p.hit.entry.words
        signed = p.type is StanceType.SUPPORT and words[0] == "sign" and _SIGNED & set(words)
        if not signed:
            continue
        if (p.source, p.target, StanceType.AGREE) not in agreed:
            protos.append(replace(p, type=StanceType.AGREE))
        defence = any(
            f.low(k) in _DEFENCE and f.low(k - 1) not in _CIVIL_SECURITY
            for k in range(p.hit.start, p.hit.end)
        )
        if defence and (p.source, p.target, StanceType.ALLY) not in agreed:
            protos.append(replace(p, type=StanceType.ALLY))
            agreed.add((p.source, p.target, StanceType.ALLY))


def _traded(hit: Hit) -> bool:
    """A phrase of something traded ("exchange fire", "trade accusations"): both ways."""
    return hit.entry.kind == "phrase" and hit.entry.words[0] in ("trade", "exchange")


def _two_sided(f: Frames, protos: list[Proto]) -> None:
    """'India is locked in a standoff with China', 'police clashed with protesters': each
    side acts against the other."""
    for p in list(protos):
        exchange = _traded(p.hit) or (
            p.type is StanceType.ASSAULT and f.low(p.hit.start - 1) in _TRADED
        )  # "traded fire with Azerbaijan on Tuesday": matched as "fire * on"
        fought = (
            f.low(p.hit.head) in _FIGHTING
            and p.modality.factual
            and p.confidence > 0.6  # not a partner's share ("fought alongside")
            and any(
                m.actor == p.target and p.hit.end <= m.start <= p.hit.end + 2
                for m in f.view.mentions
            )
        )  # "al-Shabab has fought the Somali government": each fights the other
        if (
            exchange
            or fought
            or f.low(p.hit.head) in _TWO_SIDED
            or f.low(p.hit.end - 1) in _TWO_SIDED
        ):
            back = Proto(p.target, p.source, p.type, p.modality, p.attributed_to, 0.6, p.hit)
            if not any(
                (q.source, q.target, q.type) == (p.target, p.source, p.type) for q in protos
            ):
                protos.append(back)


def _counterpart(
    f: Frames, hit: Hit, sources: list[str], country_of: dict[str, str | None]
) -> list[str]:
    """'Washington's call for full denuclearization and Pyongyang's demand...', 'a currency
    crash triggered by previous U.S. sanctions' on the Turkish economy: a one-sided act named
    by a noun whose author modifies it, with no target, is aimed at the one other party the
    sentence names by name, if it names exactly one."""
    if hit.entry.type in _NO_COUNTERPART:
        return []
    np = f.np_start(hit.start)
    owner = f.ends.get(np - 1) if f.low(np - 1) == "'s" else None
    np = owner.start if owner is not None else np
    if f.low(np) in ("any", "no", "every", "each"):  # "vowed to respond to any Israeli attack"
        return []
    if not any(np <= m.start < hit.start and m.actor in sources for m in f.view.mentions):
        return []
    sides = {country_of.get(s) or s for s in sources}
    others: dict[str, str] = {}
    for m in f.view.mentions:
        if m.locative or m.how in ("pronoun", "description"):
            continue
        for actor in m.actors:
            side = country_of.get(actor) or actor
            if side not in sides:
                # a person or ministry stands for the state it serves ("Washington's
                # embargo ...," Cuba's foreign minister said: the embargo is on Cuba)
                stands_for_state = m.how in ("person", "reference", "body")
                others.setdefault(side, side if stands_for_state else actor)
    return list(others.values()) if len(others) == 1 else []


# Mutual relations have no one-sided author; arrests and releases name their patient, not
# their author, as the possessor ("Mhlanga's arrest").
_NO_COUNTERPART = frozenset(
    {
        StanceType.ALLY,
        StanceType.COOPERATE,
        StanceType.CONSULT,
        StanceType.RIVAL,
        StanceType.AGREE,
        StanceType.COERCE,
        StanceType.RETREAT,
        StanceType.CONCEDE,
    }
)


def _alongside(f: Frames, protos: list[Proto]) -> None:
    """'Malian forces fought the rebels alongside Russia's Africa Corps': the partner named
    after 'alongside' cooperates with the agent and shares its act."""
    for p in [q for q in protos if q.type.polarity < 0 and q.hit.entry.kind != "noun"]:
        for k in range(p.hit.end, min(p.hit.end + 10, len(f.toks))):
            if f.low(k) in (".", ";") or f.is_boundary(k):
                break
            if f.low(k) != "alongside":
                continue
            if any(f.is_verb(j) for j in range(p.hit.end, k)):
                break  # "accused Burundi of fighting alongside the FDLR": the fighting's
            partners = [a for a in f.np_actors(k + 1)[0] if a not in (p.source, p.target)]
            for partner in partners:
                protos.append(replace(p, source=partner, confidence=0.6))
                protos.append(replace(p, target=partner, type=StanceType.COOPERATE))
            break
    _charged_alongside(f, protos)


def _charged_alongside(f: Frames, protos: list[Proto]) -> None:
    """'Rwanda accused Burundi of fighting alongside the FDLR': the one charged works with
    the partner, as the accuser reports it."""
    for k in range(2, len(f.toks) - 1):
        if f.low(k) != "alongside" or f.low(k - 2) not in ("of", "for"):
            continue
        if not f.low(k - 1).endswith("ing") or not f.is_verb(k - 1):
            continue
        charges = [
            p
            for p in protos
            if p.type is StanceType.ACCUSE and p.modality.factual and p.hit.end <= k - 2
        ]
        for p in charges[-1:]:
            for partner in f.np_actors(k + 1)[0]:
                if partner not in (p.source, p.target):
                    protos.append(
                        replace(
                            p,
                            source=p.target,
                            target=partner,
                            type=StanceType.COOPERATE,
                            modality=Modality.REPORTED,
                            attributed_to=p.source,
                            confidence=0.6,
                        )
                    )


_FUNDS = frozenset(["loan", "loans", "grant", "grants", "credit", "credits", "bailout", "aid"])


def _funded_deals(f: Frames, protos: list[Proto]) -> None:
    """'Dhaka signed an agreement with Beijing for a $1.3 billion loan': the other party of
    an agreement made for money gives it (AID)."""
    for p in [q for q in protos if q.type is StanceType.AGREE and q.modality.factual]:
        for k in range(p.hit.end, min(p.hit.end + 12, len(f.toks))):
            if f.low(k) in (";", ".") or f.is_boundary(k):
                break
            if f.low(k) == "for" and any(
                f.low(j) in _FUNDS for j in range(k + 1, min(k + 8, len(f.toks)))
            ):
                protos.append(replace(p, source=p.target, target=p.source, type=StanceType.AID))
                break


# Verbs that promise: money promised is aid to come.
_PLEDGING = forms_of("pledge", "promise", "commit")
_MONEY = frozenset(["$", "€", "£", "euros", "dollars", "million", "billion", "pounds", "yuan"])


def _pledged_money(f: Frames, protos: list[Proto]) -> None:
    """'The EU pledged 100 million euros to Tunisia': a pledge of money is an agreement and
    the aid it promises (hypothetical)."""
    for p in [q for q in protos if q.type is StanceType.AGREE and q.modality.factual]:
        if f.low(p.hit.start) not in _PLEDGING:
            continue
        if any(
            q.type is StanceType.AID and (q.source, q.target) == (p.source, p.target)
            for q in protos
        ):
            continue
        # the money is what was pledged, right after the verb (not "pledged to impose $1
        # billion in tariffs")
        span = range(p.hit.end, min(p.hit.end + 3, len(f.toks)))
        if f.low(p.hit.end) != "to" and any(
            f.low(k) in _MONEY or f.toks[k].text.startswith("$") for k in span
        ):
            protos.append(replace(p, type=StanceType.AID, modality=Modality.HYPOTHETICAL))


def _exchanges(f: Frames, protos: list[Proto]) -> None:
    """'A supplied B with X in exchange for Y': B supplies A too."""
    for p in list(protos):
        if p.type is not StanceType.AID:
            continue
        for k in range(p.hit.end, min(p.hit.end + 15, len(f.toks) - 2)):
            if f.low(k) in (";", ".") or f.is_boundary(k):
                break
            if (
                f.low(k) == "in"
                and f.low(k + 1) in ("exchange", "return")
                and f.low(k + 2) == "for"
            ):
                back = Proto(p.target, p.source, p.type, p.modality, p.attributed_to, 0.6, p.hit)
                protos.append(back)
                break


_REFUSING = frozenset(
    ["refuse", "refuses", "refused", "refusing", "decline", "declines", "declined", "declining"]
)


def _refusals(f: Frames, protos: list[Proto]) -> None:
    """'would not accept X': a refusal, so an asserted rejection, not a negated agreement
    (so is 'will no longer recognize X');
    'refused to meet X', 'declined to back X': the refused act stays as read, and the refusal
    is a rejection of X."""
    for p in list(protos):
        if p.type.polarity <= 0 or p.type is StanceType.REJECT:
            continue
        k = p.hit.start - 1
        while f.is_adverb(k):
            k -= 1
        if f.low(k) == "to" and f.low(k - 1) in _REFUSING:
            protos.append(
                Proto(p.source, p.target, StanceType.REJECT, Modality.ASSERTED, p.attributed_to,
                      0.6, p.hit)
            )  # fmt: skip
    for p in protos:
        word = f.low(p.hit.head)
        if (
            p.type is StanceType.AGREE
            and p.modality is Modality.NEGATED
            and word.startswith("accept")
        ) or (
            p.type is StanceType.SUPPORT
            and p.modality is Modality.NEGATED
            and (
                # "will no longer recognize X": support withdrawn
                _words_before(f, p.hit.start - 1, 4, ("no",), ("longer",))
                # "would not recognise X": a refusal ("has not recognised" is a fact)
                or (word.startswith("recogni") and _words_before(f, p.hit.start, 4, _WILL, _NOT))
            )
        ):
            p.type, p.modality = StanceType.REJECT, Modality.ASSERTED


_WILL = ("will", "would", "wo")
_NOT = ("not", "n't")


def _words_before(
    f: Frames, end: int, reach: int, first: tuple[str, ...], second: tuple[str, ...]
) -> bool:
    """Whether two words, one of ``first`` then one of ``second``, start within ``reach``
    tokens before ``end``."""
    return any(
        f.low(j) in first and f.low(j + 1) in second for j in range(max(0, end - reach), end)
    )


def _claims(
    protos: list[Proto], commentators: frozenset[str], states: dict[str, str | None]
) -> None:
    """Whoever reports another's hostile act accuses them of it ("the ministry said Israel
    had struck Iran": the ministry accuses Israel; the strike itself stays reported), as does
    a state actor reporting that another arms or funds a third. An analyst's or expert's
    account accuses no one."""
    # A claimant already opposing the actor in the sentence needs no accusation besides.
    accused = {(p.source, p.target) for p in protos if p.type in _OPPOSING}
    for p in list(protos):
        claimant = p.attributed_to
        hostile = p.type.polarity < 0 and p.type.info.quad_code == _MATERIAL_CONFLICT
        arming = p.type is StanceType.AID and claimant is not None and states.get(claimant)
        if (
            p.modality is not Modality.REPORTED
            or claimant is None
            or claimant in commentators
            or not (hostile or arming)
            or (claimant, p.source) in accused
        ):
            continue
        if arming and states.get(claimant) in (states.get(p.target), p.target):
            continue  # "our ally says X helped us" accuses no one
        accused.add((claimant, p.source))
        protos.append(
            Proto(claimant, p.source, StanceType.ACCUSE, Modality.ASSERTED, None, 0.6, p.hit)
        )


def _covered(f: Frames, hits: list[Hit], hit: Hit) -> bool:
    """A noun that is the object of a verb trigger of its own type ("agree a ceasefire")."""
    if hit.entry.kind != "noun":
        return False
    np = f.np_start(hit.start)
    # "suspend ratification of its partnership agreement": the deal suspended is no tie made
    suspended = (
        hit.entry.type is not None
        and hit.entry.type.polarity > 0
        and any(
            h.entry.type is StanceType.SANCTION and h.entry.words[-1] == "of" and h.end == np
            for h in hits
        )
    )
    return suspended or any(
        h.entry.kind in _VERB_KINDS and h.entry.type is hit.entry.type and h.end == np for h in hits
    )


_OBLIGATION = Entry(StanceType.REQUEST, "phrase", ("must",))


_CHARGES = frozenset(["charge", "claim", "accusation", "allegation", "charges", "claims",
                      "accusations", "allegations", "account", "version", "assertion"])  # fmt: skip


def _rebuttals(f: Frames, protos: list[Proto], country_of: dict[str, str | None]) -> None:
    """'X accused India of financing the group, a charge New Delhi rejected': whoever
    rejects the charge rejects the side that made it (a minister's country)."""
    dismiss = f.cues.lists.get("dismissal_verbs", frozenset())
    for tok in f.toks:
        i = tok.i
        if (
            tok.lower not in _CHARGES
            or f.low(i - 1) not in ("a", "an", "the")
            or f.low(i - 2 - (f.low(i - 2) == '"')) not in (",", "-")
        ):
            continue
        j = i + 1 + (1 if f.low(i + 1) in ("that", "which") else 0)
        j += f.low(j) == "the" and j not in f.starts  # "an account the Bolivian government"
        m = f.starts.get(j)
        verb = _past_auxiliaries(f, m.end) if m is not None else j
        if m is None or f.low(verb) not in dismiss:
            continue
        hit = Hit(verb, verb + 1, _REBUTTAL, verb)
        claimants = [p.source for p in protos if p.type is StanceType.ACCUSE]
        if not claimants:
            claimants, charges = _charge_said(f, i - 2, m, country_of)
            protos += charges
        for claimant in claimants:
            accuser = country_of.get(claimant) or claimant
            for actor in m.actors:
                if actor not in (accuser, claimant):
                    protos.append(
                        Proto(actor, accuser, StanceType.REJECT, Modality.ASSERTED, None, 0.6, hit)
                    )


def _charge_said(
    f: Frames, end: int, rejecter: Mention, country_of: dict[str, str | None]
) -> tuple[list[str], list[Proto]]:
    """'Rwanda said Burundian units were fighting beside the militias, a charge Bujumbura
    rejects': who said the words the charge sums up (before token ``end``), and their
    accusation of the rejecter, when those words make the rejecter's side the doer
    ("Burundian units ...") or name no side ("four herders were among the dead, a claim
    the Kenyan military dismissed"); not "Russia said it strikes only military targets, a
    claim Ukraine rejects", nor a third side that rejects the charge."""
    said = [j for j in range(end) if f.low(j) in _CLAIMING_VERBS]
    if not said:
        return [], []
    speakers = f.subject(said[-1])

    def side(actor: str) -> str:
        return _side_of(country_of, actor)

    # the sides the words make doers: the rejecter's, or (unnamed) whoever rejects them;
    # not the speaker's own side ("Russia said its forces struck only military targets")
    doers = {
        side(a)
        for m in f.view.mentions
        if said[-1] < m.start < end
        and (m.possessive or f.subject_like(m) or m.how == "demonym")
        and not _undergoes(f, m.end)  # "Ortuzar was being held as a hostage": held
        for a in m.actors
    }
    hit = Hit(said[-1], said[-1] + 1, _BLAME, said[-1])
    charges = [
        Proto(speaker, accused, StanceType.ACCUSE, Modality.ASSERTED, None, 0.5, hit)
        for speaker in speakers
        for accused in rejecter.actors
        if side(accused) != side(speaker) and (side(accused) in doers or not doers)
    ]
    return speakers, charges


def _undergoes(f: Frames, k: int) -> bool:
    """Whether a passive verb group starts at token ``k`` ("was being held", "had been
    beaten"): the subject before it suffers the deed."""
    j = k
    while f.low(j) in f.cues["auxiliaries"] or f.is_adverb(j):
        j += 1
    passive = any(
        f.low(a) in ("be", "been", "being", "was", "were", "is", "are") for a in range(k, j)
    )
    return passive and f.low(j).endswith(("ed", "en", "held", "hit", "shot", "put"))


def _past_auxiliaries(f: Frames, k: int) -> int:
    """The first token from ``k`` that is neither an auxiliary nor an adverb ("has
    consistently rejected")."""
    while k < len(f.toks) and (
        f.low(k) in f.cues["auxiliaries"] or f.is_adverb(k) or f.low(k) in _PLAIN_ADVERBS
    ):
        k += 1  # ("a charge Washington also dismissed")
    return k


_PLAIN_ADVERBS = frozenset(["also", "still", "again", "long", "now", "too"])


_REBUTTAL = Entry(StanceType.REJECT, "phrase", ("reject",))
_BLAME = Entry(StanceType.ACCUSE, "phrase", ("blame",))


def _quoted_blame(f: Frames, reader: ModalityReader, protos: list[Proto]) -> None:
    """'"The Kabul administration has repeatedly tried to sabotage the process," the Taliban
    leader said': a speaker whose quoted words blame another side's actor, named as a clause
    subject or owner in the quotation, accuses it (unless it is an analyst's view, or the
    quotation already yields a stance between the two)."""
    speaker = reader.quote_speaker
    if speaker is None or speaker in reader.commentators:
        return
    blame = f.cues.lists.get("blame_words", frozenset())
    cue = next((t.i for t in f.toks if t.quoted and t.lower in blame), None)
    if cue is None or any(f.low(k) in f.cues["negators"] for k in range(cue - 4, cue)):
        return  # "would not be that provocative a step": no blame
    # a demand after the charge does not take its place ('"These activities violate our
    # rights, and we demand that China end them"'); one before it does ('"We urge Japan's
    # government to stand firm against Chinese coercion"')
    charged = [p for p in protos if p.type is not StanceType.REQUEST or p.hit.start < cue]
    linked = {(p.source, p.target) for p in charged} | {(p.target, p.source) for p in charged}
    hit = Hit(cue, cue + 1, _BLAME, cue)
    accused: list[str] = []
    by = cue + 1 if f.low(cue + 1) in ("by", "from") else None
    for m in f.view.mentions:
        if by is not None:  # "this provocation by the Taliban": the one named after it
            if m.start in (by + 1, by + 2):
                accused += [a for a in m.actors if a != speaker]
            continue
        if (
            not f.toks[m.start].quoted
            or m.how == "pronoun"
            or not (m.possessive or f.subject_like(m))
            or f.low(m.end) in f.cues["modals"]  # "the U.N. should respond": a request
        ):
            continue
        accused += [
            a
            for a in m.actors
            if a != speaker and not reader.same_side(speaker, a) and (speaker, a) not in linked
        ]
    protos += [
        Proto(speaker, a, StanceType.ACCUSE, Modality.ASSERTED, None, 0.5, hit)
        for a in dict.fromkeys(accused)
    ]


_COPULAS_NOW = frozenset(["is", "are", "was", "were", "been", "be", "remains", "remained"])


def _reported_blame(f: Frames, reader: ModalityReader, protos: list[Proto]) -> None:
    """'China said Japan's remarks were irresponsible': a speaker judging another side's act
    or claim with a blame word after a copula, in what they are reported to say, accuses its
    owner (the quotation case is :func:`_quoted_blame`)."""
    blame = f.cues.lists.get("blame_words", frozenset())
    dismissive = f.cues.lists.get("dismissive_words", frozenset())
    # a rejection of the speaker's charge ("..., an accusation New Delhi rejected") is no
    # accusation by the speaker yet
    # (a demand after the charge is no charge: "said Moscow's language was unacceptable and
    # urged Russia to"; one before it is the speaker's stance on that side: "urged Sudan's
    # army to accept a truce, saying Sudan's suffering was unacceptable")
    charged = [p for p in protos if p.type is not StanceType.REQUEST]
    linked = {(p.source, p.target) for p in charged} | {
        (p.target, p.source) for p in charged if p.type is not StanceType.REJECT
    }
    asked = [(p.hit.start, p.source, p.target) for p in protos if p.type is StanceType.REQUEST]
    for speech in reader.speeches:
        if len(speech.speakers) != 1 or speech.speakers[0] in reader.commentators:
            continue
        speaker = speech.speakers[0]
        protos += _culprits_before(f, reader, speech.at, speaker, linked)
        for k in range(speech.at + 1, min(speech.at + 14, len(f.toks))):
            # a quotation opening just after a copula is the speaker's verdict ('said
            # Moscow's language was "unacceptable"', 'were "totally unacceptable"'); any other
            # ends what was said
            opening = _verdict_quote(f, speech.at, k)
            if f.low(k) in (".", ";") or (f.toks[k].quoted and opening is None):
                break
            culprit = _culprit(f, k)
            # "said China had committed abuses", "said the riots were steered from Zagreb"
            doers = _perpetrators(f, speech.at, k) or _instigators(f, k, speech.at)
            copula = f.skip_adverbs_left((opening if opening is not None else k) - 1)
            # "said India's allegations were baseless": a claim dismissed rejects its owner
            dismissed = f.low(k) in dismissive and f.low(copula) in _COPULAS_NOW
            if f.low(k) not in blame and not culprit and not dismissed and not doers:
                continue
            if culprit and f.low(copula) not in _COPULAS_NOW:
                continue
            if any(f.low(j) in f.cues["negators"] for j in range(min(copula, k - 3), k)):
                break  # "was not illegal"
            if doers:
                blamed = doers
            elif f.low(copula) in _COPULAS_NOW:
                blamed = [
                    m
                    for m in f.view.mentions
                    if speech.at < m.start < copula
                    and m.how != "pronoun"
                    and (m.possessive or f.subject_like(m))
                ]
            else:
                blamed = _owner_of_blame(f, speech.at, k)
            if not blamed:
                continue
            accused = [
                a
                for m in blamed
                for a in m.actors
                if a != speaker
                and not reader.same_side(speaker, a)
                and (speaker, a) not in linked
                and not any(at < k and (by, to) == (speaker, a) for at, by, to in asked)
            ]
            hit = Hit(k, k + 1, _REBUTTAL if dismissed else _BLAME, k)
            protos += [
                Proto(
                    speaker,
                    a,
                    hit.entry.type or StanceType.ACCUSE,
                    Modality.ASSERTED,
                    None,
                    0.5,
                    hit,
                )
                for a in dict.fromkeys(accused)
            ]
            break


def _rights_granted(f: Frames, reader: ModalityReader, protos: list[Proto]) -> list[Proto]:
    """'Russia's spokeswoman said Belarus had every right to defend itself', 'said Budapest
    had every right to defend its kin': a speaker granting another side a right backs it (a
    side's own rights, "reserves the right", are its own stand, not backing)."""
    out: list[Proto] = []
    doubting = f.cues["negators"] | f.cues.lists.get("dismissive_words", frozenset())
    for speech in reader.speeches:
        speaker = speech.speakers[0] if len(speech.speakers) == 1 else None
        if speaker is None or speaker in reader.commentators or f.low(speech.at) not in _SAYS:
            continue
        if reader.country_of.get(speaker) is None:
            continue  # (an official of no known state may speak of his own)
        for k in range(speech.at + 1, min(speech.at + 8, len(f.toks) - 3)):
            if f.low(k) in (".", ";") or f.low(k) not in ("has", "had", "have"):
                continue
            if f.low(k + 1) not in ("every", "the", "a") or f.low(k + 2) != "right":
                continue
            holder = f.ends.get(k)
            if holder is None or holder.how == "pronoun" or f.low(k + 3) != "to":
                continue
            if f.low(k + 4) in _TAUNTS or doubting & {f.low(j) for j in range(speech.at, k)}:
                continue  # "said it was a lie that Taiwan had the right", "right to surrender"
            for a in holder.actors:
                if (
                    a == speaker
                    or reader.same_side(speaker, a)
                    or any(p.source == speaker and p.target == a for p in protos)
                ):
                    continue
                hit = Hit(k + 2, k + 3, _GRANTED, k + 2)
                out.append(Proto(speaker, a, StanceType.SUPPORT, Modality.ASSERTED, None, 0.5, hit))
    return out


_GRANTED = Entry(StanceType.SUPPORT, "noun", ("right",))
_SAYS = forms_of("say", "tell", "add", "insist", "stress", "argue", "note", "declare")
_TAUNTS = frozenset(["surrender", "remain", "stay", "leave", "complain", "disagree"])


# Hostile acts someone can be said to be behind or responsible for.
DEEDS = frozenset(
    ["attack", "attacks", "plot", "plots", "bombing", "bombings", "blast", "blasts", "killing",
     "killings", "assassination", "hack", "hacks", "hacking", "strike", "strikes", "rigging",
     "fraud", "abduction", "kidnapping", "explosion", "explosions", "violence", "massacre",
     "shooting", "sabotage", "cyberattack", "cyberattacks", "campaign", "unrest", "coup",
     "murder", "poisoning", "raid", "raids", "ambush", "riots", "riot", "protests", "clashes"]
)  # fmt: skip


# Words between what was said and a quoted verdict that make the verdict another's claim or
# a question ("reports that ... were 'aggressive'", "whether ... was 'rigged'").
_NOT_OWN_VERDICT = frozenset(
    ["whether", "if", "evidence", "reports", "report", "claim", "claims", "accusation",
     "accusations", "allegation", "allegations", "would", "could", "might", "any"]
)  # fmt: skip


def _verdict_quote(f: Frames, said: int, k: int) -> int | None:
    """Where the quotation holding token ``k`` opens, when it opens right after a copula
    and within three words of ``k``, and what was said after token ``said`` puts no doubt
    or other's claim before it; else None."""
    if not f.toks[k].quoted:
        return None
    opening = next((q for q in range(k - 1, max(k - 5, said), -1) if f.low(q) == '"'), None)
    if opening is None or f.low(opening - 1) not in _COPULAS_NOW:
        return None
    between = {f.low(j) for j in range(said + 1, opening)}
    if between & (_NOT_OWN_VERDICT | f.cues["negators"]):
        return None
    return opening


def _culprit(f: Frames, k: int) -> bool:
    """Whether token ``k`` starts 'behind the attack' or 'responsible for the bombing'."""
    if f.low(k) == "behind":
        start = k + 1
    elif f.low(k) == "responsible" and f.low(k + 1) == "for":
        start = k + 2
    else:
        return False
    return any(f.low(j) in DEEDS for j in range(start, min(start + 5, len(f.toks))))


def _culprits_before(
    f: Frames, reader: ModalityReader, said: int, speaker: str, linked: set[tuple[str, str]]
) -> list[Proto]:
    """'Iran was behind the attack, officials said', '... according to prosecutors': the
    one said to be behind a hostile act, before the reporting verb, is accused by the
    speaker."""
    for k in range(max(0, said - 16), said):
        copula = f.skip_adverbs_left(k - 1)
        if not _culprit(f, k) or f.low(copula) not in _COPULAS_NOW:
            continue
        if any(f.low(j) in f.cues["negators"] for j in range(copula, k)):
            return []
        subject = f.ends.get(copula)
        if subject is None or subject.how == "pronoun" or not f.subject_like(subject):
            return []
        hit = Hit(k, k + 1, _BLAME, k)
        return [
            Proto(speaker, a, StanceType.ACCUSE, Modality.ASSERTED, None, 0.5, hit)
            for a in subject.actors
            if a != speaker and not reader.same_side(speaker, a) and (speaker, a) not in linked
        ]
    return []


_AUXILIARIES_PAST = frozenset(["has", "have", "had", "was", "were", "is", "are", "been"])

# Verbs of doing a wrong ("committed abuses", "carried out the attack"): their subject, or the
# one named after "by" in the passive, is the doer of the deed named as their object.
_PERPETRATE = forms_of(
    "commit", "perpetrate", "orchestrate", "mastermind", "stage", "carry", "instigate", "engineer"
)
# Words by which a deed is said to be another side's doing ("dictated from Paris", "at the
# behest of China", "on the orders of Moscow").
_BIDDING = forms_of("dictate", "direct", "steer")
_BEHEST = frozenset(["behest", "orders", "bidding"])


def _instigated(f: Frames, reader: ModalityReader, protos: list[Proto]) -> None:
    """'called the suspension "a hostile act dictated from Paris"': a charge whose words say
    another side had the deed done accuses that side too."""
    for tok in f.toks:
        if tok.lower not in _BIDDING and tok.lower not in _BEHEST:
            continue  # (the common case)
        charge = next(
            (
                p
                for p in reversed(protos)
                if p.type is StanceType.ACCUSE
                and p.modality.factual
                and p.hit.start < tok.i <= p.hit.start + 8
                and not any(
                    f.is_boundary(j) for j in range(p.hit.start + 1, tok.i) if f.low(j) != '"'
                )
            ),
            None,
        )
        behind = _instigators(f, tok.i, charge.hit.start) if charge is not None else []
        if not behind or charge is None:
            continue
        hit = Hit(tok.i, tok.i + 1, _BLAME, tok.i)
        have = {(p.source, p.target) for p in protos if p.type is StanceType.ACCUSE}
        protos += [
            Proto(charge.source, a, StanceType.ACCUSE, Modality.ASSERTED, None, 0.5, hit)
            for m in behind
            for a in m.actors
            if not reader.same_side(charge.source, a) and (charge.source, a) not in have
        ]


def _instigators(f: Frames, k: int, said: int) -> list[Mention]:
    """Who token ``k`` says had a wrong done, after a word of wrong or hostility since token
    ``said`` and no doubt: "a hostile act dictated from Paris", "raising the issue at the
    behest of China", "riots steered from Zagreb" (not "talks held at the behest of the
    United States", nor "no evidence it was done at the behest of Iran")."""
    blame = f.cues.lists.get("blame_words", frozenset())
    before = {f.low(j) for j in range(said, k)}
    if not before & (blame | DEEDS) or before & (_NOT_OWN_VERDICT | f.cues["negators"]):
        return []
    bidden = f.low(k) in _BIDDING and f.low(k + 1) in ("from", "by") and f.low(k - 1) != "has"
    behest = f.low(k) in _BEHEST and f.low(k + 1) == "of" and f.low(k - 1) in ("the", "his", "its")
    if not (bidden or behest):
        return []
    after = k + 2
    m = f.starts.get(after) or f.starts.get(after + 1)
    return [m] if m is not None and m.how in ("name", "metonym", "demonym") else []


def _perpetrators(f: Frames, said: int, k: int) -> list[Mention]:
    """Who token ``k`` says did a wrong, in what was said after token ``said``: "Russia
    carried out the attack", "both sides have committed grave abuses", "the bombing was
    orchestrated by Iran"."""
    if f.low(k) not in _PERPETRATE:
        return []
    after = k + 1
    if f.low(k).startswith("carr"):
        if f.low(k + 1) != "out":
            return []
        after = k + 2
    if f.low(after) == "by":  # "the attack was carried out by Russia"
        m = f.starts.get(after + 1) or f.starts.get(after + 2)
        deed = k
        while deed > said and f.low(deed) not in DEEDS:
            deed -= 1
        return [m] if m is not None and m.how != "pronoun" and deed > said else []
    blame = f.cues.lists.get("blame_words", frozenset())
    object_end = min(after + 6, len(f.toks))
    if not any(f.low(j) in DEEDS or f.low(j) in blame for j in range(after, object_end)):
        return []
    j = f.skip_adverbs_left(k - 1)
    while j > said and f.low(j) in _AUXILIARIES_PAST | f.cues["modals"]:
        j = f.skip_adverbs_left(j - 1)
    subject = f.ends.get(j + 1)
    if subject is None or subject.start <= said or subject.how == "pronoun":
        return []
    return [subject] if f.subject_like(subject) else []


def _owner_of_blame(f: Frames, said: int, k: int) -> list[Mention]:
    """Whose act the blame word at ``k`` names, in what was said after token ``said``:
    "coercion by China", "North Korea's nuclear threat", "Russia has violated ..."."""
    by = k + 1 if f.low(k + 1) in ("by", "from") else None
    if by is not None:
        m = f.starts.get(by + 1) or f.starts.get(by + 2)
        return [m] if m is not None and m.how != "pronoun" else []
    owner = f.ends.get(k) or f.ends.get(k - 1)
    if owner is not None and owner.possessive and owner.start > said:
        return [owner]  # "North Korea's (nuclear) threat"
    j = f.skip_adverbs_left(k - 1)
    while j > said and f.low(j) in _AUXILIARIES_PAST:
        j = f.skip_adverbs_left(j - 1)
    subject = f.ends.get(j + 1)
    if (
        subject is not None
        and subject.start > said
        and subject.how != "pronoun"
        and f.low(k).endswith(("ed", "es", "ing"))
        and f.subject_like(subject)
    ):
        return [subject]  # "Russia has violated the sovereignty of Ukraine"
    return []


# What a side can be asked to give: "asked Trump for sanctions relief" is relief Trump would
# give Pyongyang.
_GRANTABLE = frozenset({StanceType.RETREAT, StanceType.AID, StanceType.CONCEDE, StanceType.SUPPORT})


def _asked_acts(f: Frames, hits: list[Hit], protos: list[Proto]) -> None:
    """'Pyongyang asked Trump for sanctions relief', 'Kyiv's demand for more aid': an act
    named after "for" in a request is one the asked side would do for the requester, as is
    the requested act itself ("Somalia demanded the withdrawal of Ethiopian troops")."""
    for p in [q for q in protos if q.type is StanceType.REQUEST]:
        for h in hits:
            if h.entry.kind != "noun" or h.entry.type not in _GRANTABLE or h.start < p.hit.end:
                continue
            before = f.np_start(h.start) - 1
            if (f.low(before) != "for" and before != p.hit.end - 1) or any(
                f.is_boundary(k) for k in range(p.hit.end, h.start)
            ):
                continue
            if not any((q.hit is h) for q in protos):
                protos.append(
                    Proto(p.target, p.source, h.entry.type, Modality.HYPOTHETICAL, None, 0.5, h)
                )


# Verbs that undo a measure or a detention: asked of a side, they are its retreat to come.
_UNDOING_VERBS = forms_of(
    "lift", "drop", "remove", "withdraw", "reopen", "release", "free", "reverse", "scrap",
    "repeal", "rescind", "revoke", "stop", "suspend", "halt", "reconsider", "cancel",
    "abandon", "retract", "return", "restore", "vacate"
)  # fmt: skip
# The same acts named as nouns: "demanded the release of the crew".
_UNDOING_NOUNS = frozenset(["release", "return", "reversal", "repeal", "reopening", "lifting"])
_UNDOING_REACH = 8  # tokens from the request to the verb it asks for


def _undoing_requests(f: Frames, protos: list[Proto], country_of: dict[str, str | None]) -> None:
    """'China demanded that Japan lift the ban', 'urged the United States to drop its
    tariffs', 'called on Mali to free the journalist': a side asked to undo something would
    retreat, toward the one asking or the person it would free (hypothetical)."""
    requests = [q for q in protos if q.type is StanceType.REQUEST and q.modality.factual]
    for p in requests:
        # a go-between's call ("the AU urged both sides to halt"): none yields to it
        between = country_of.get(p.source) is None or any(
            q.hit is p.hit and q.target != p.target for q in requests
        )
        read = [q for q in protos if q.type in _UNDOING and q.source == p.target]
        if read or between:  # the asked act is read already ("urged China to lift its ban")
            asked_for = [
                q
                for q in read
                if 0 <= q.hit.start - p.hit.end < _UNDOING_REACH
                and (f.low(q.hit.start) in _UNDOING_VERBS or f.low(q.hit.start) in _UNDOING_NOUNS)
            ]  # not "welcomed Japan's decision to lift the ban and urged Tokyo to ..."
            if asked_for and not between:
                _blame_for_undoing(protos, p, asked_for[0].hit)
            continue
        if any(q.type is StanceType.REJECT and q.source == p.target for q in protos):
            continue  # "Japan rejected China's demand that it halt ...": no retreat to come
        for k in range(p.hit.end, min(p.hit.end + _UNDOING_REACH, len(f.toks))):
            if f.low(k) in (";", ".") or (f.is_boundary(k) and f.low(k) != "that"):
                break
            named = (
                f.low(k) in _UNDOING_NOUNS
                and f.np_start(k) in (p.hit.end, k)
                and (f.low(k + 1) == "of" or f.np_start(k) < k)
            )  # "demanded the immediate release of the crew", "called for his release"
            asked = f.low(k - 1) in ("to", "that") or f.ends.get(k) is not None
            if not named and (f.low(k) not in _UNDOING_VERBS or not asked):
                continue
            if (
                f.low(k + 1) == "to"
                or f.low(k + 1 + (f.low(k + 1) == "the")) in TALK_NOUNS
                or f.low(k + 1) in _RHETORIC
            ):
                break  # "return to negotiations", "stop hyping the issue": no measure undone
            own, hurt = _asked_object(f, k, p, country_of)
            objects = f.object_at(k + 1 + named)
            if not own or (named and p.target in objects):
                break  # "demand the release of Sergeant Magbanua": asked of his holder, later
            freed = [a for a in objects if a != p.target]
            # "halt the strikes": the asked side's own strikes, toward the side they hit
            victim = None if named else f.victim(f.low(f.np_end(k + 1) - 1), p.target)
            if victim is not None:
                freed = [victim] if victim != p.target else []
            # toward the side it hurts or the person freed, else the asking side
            target = hurt or (freed[0] if freed else (country_of.get(p.source) or p.source))
            hit = Hit(k, k + 1, Entry(StanceType.RETREAT, "verb", (f.low(k),)), k)
            protos.append(
                Proto(p.target, target, StanceType.RETREAT, Modality.HYPOTHETICAL, None, 0.5, hit)
            )
            _blame_for_undoing(protos, p, hit)
            break


# What a side may be asked to stop saying, not doing: "stop hyping the issue".
_RHETORIC = frozenset(
    ["hyping", "politicizing", "politicising", "exaggerating", "taking", "making", "playing",
     "spreading", "using"]
)  # fmt: skip
# What no side owns, to give up: "restore security", "halt the fighting", "stop the flow of".
_NOBODYS = frozenset(
    ["security", "order", "fighting", "violence", "hostilities", "bloodshed", "flow", "flows",
     "smuggling", "trafficking", "war", "killing", "killings", "crisis", "peace", "calm"]
)  # fmt: skip
_OBJECT_REACH = 6  # tokens after the asked verb that its object may span
_OBJECT_ENDS = frozenset(
    ["and", ",", "until", "before", "after", "while", "but", "because", "unless", "if", "so"]
)


def _asked_object(
    f: Frames, k: int, p: Proto, country_of: dict[str, str | None]
) -> tuple[bool, str | None]:
    """What the verb at ``k`` asks the asked side to stop or restore: (whether it is a measure
    of its own, the side it hurts when the words name one). "lift its ban on Ukrainian grain"
    is its own, hurting Ukraine; another side's act ("stop Russia's aggression", "halt
    deliveries to Ukraine") or nobody's ("restore security", "halt the fighting") is not."""
    end = k + 1
    while (
        end < min(k + 1 + _OBJECT_REACH, len(f.toks))
        and not f.is_boundary(end)
        and f.low(end) not in _OBJECT_ENDS
    ):
        if f.low(end) in _NOBODYS:
            return False, None
        end += 1
    sides = {p.target, p.source, country_of.get(p.target), country_of.get(p.source)}
    others = [
        m
        for m in f.view.mentions
        if k < m.start < end
        and m.how != "pronoun"
        and m.actor not in sides
        and country_of.get(m.actor, m.actor) not in sides
    ]
    if not others:
        return True, None
    own = f.low(k + 1) in ("its", "their")  # "halt its strikes on Lebanon"
    return own, others[0].actor if own else None


# Requests that insist rather than plead.
_INSISTING = forms_of("demand", "urge", "call", "press", "insist")


def _blame_for_undoing(protos: list[Proto], request: Proto, undoing: Hit) -> None:
    """'Tbilisi urged Moscow to remove the fences', 'demanded that Kenya halt the work': a side
    that demands another undo what it did finds fault with it (an accusation in the asking),
    unless the sentence accuses already."""
    if request.hit.entry.words[0] not in _INSISTING or any(
        q.type is StanceType.ACCUSE and q.source == request.source and q.target == request.target
        for q in protos
    ):
        return  # "appealed to Riyadh to reconsider", "asked Trump for relief": a plea
    k = undoing.start
    blame = Hit(k, undoing.end, Entry(StanceType.ACCUSE, "verb", undoing.entry.words), k)
    protos.append(replace(request, type=StanceType.ACCUSE, confidence=0.5, hit=blame))


# Verbs that ask a side to give up a practice it keeps up: "stop hyping", "quit intimidating".
_CEASING = forms_of("stop", "quit", "cease")
_CEASING_REACH = 6  # tokens from the request to the verb it asks for
# Practices a side is blamed for keeping up when told to stop them (not "stop relying on
# Chinese rare earths", "stop subsidizing fuel": advice; nor "stop fighting": both sides').
_WRONG_PRACTICES = frozenset(
    ["hyping", "interfering", "meddling", "intimidating", "harassing", "provoking", "killing",
     "sponsoring", "providing", "sending", "arming", "fuelling", "fueling", "taking", "gambling",
     "bullying", "threatening", "attacking", "bombing", "spreading", "smearing",
     "politicizing", "politicising", "obstructing", "undermining", "violating", "encroaching",
     "detaining", "deporting", "persecuting", "targeting", "militarizing", "militarising",
     "slandering", "stoking", "inciting", "escalating", "destabilizing", "destabilising",
     "spying", "hacking", "dumping", "blackmailing", "pressuring", "pressing", "sheltering",
     "harbouring", "harboring", "financing", "funding", "abusing", "occupying", "building",
     "seizing", "expelling", "torturing", "jailing", "arresting", "repressing", "supporting",
     "blocking", "backing", "shielding", "aiding", "enabling", "selling", "exporting",
     "supplying", "shelling", "firing", "raiding", "starving", "discriminating", "lying"]
)  # fmt: skip
# Words that may stand between a request and the asked "stop": the asked side, "to", "that"
# and what an obligation adds ("should stop", "must immediately stop").
_TO_STOP = frozenset(
    ["to", "that", "must", "should", "immediately", "at", "once", "now", "the", '"', "side",
     "authorities", "government"]
)  # fmt: skip


def _ceasing_blame(f: Frames, protos: list[Proto]) -> None:
    """'urged Ottawa to stop hyping the so-called China threat', 'said China must quit
    intimidating Taiwan': a side told to stop a wrong it keeps up is said to be doing it, so
    the one asking finds fault with it, as a fact (an accusation read inside the asked clause
    stops being hypothetical). Not a call to several sides (a go-between's), one to stop a
    harmless practice, one to help stop something or to tell a third side to stop, nor 'not
    to stop'."""
    asked: dict[str, set[str]] = {}
    found: list[tuple[Proto, int]] = []
    for p in protos:
        if p.type is not StanceType.REQUEST or not p.modality.factual:
            continue
        stop = next(
            (
                k
                for k in range(p.hit.end, min(p.hit.end + _CEASING_REACH, len(f.toks)))
                if f.low(k) in _CEASING
            ),
            None,
        )
        if stop is None or f.low(stop + 1) not in _WRONG_PRACTICES:
            continue
        between = range(p.hit.end, stop)
        if any(k not in f.named and f.low(k) not in _TO_STOP for k in between):
            continue  # "to help it stop", "to tell Taipei to stop", "not to stop"
        asked.setdefault(p.source, set()).add(p.target)
        found.append((p, stop))
    for p, stop in found:
        if len(asked[p.source]) > 1:
            continue  # "urged the army to stop shelling ... and the RSF to stop ...": both
        practice = f.low(stop + 1)
        inside = [
            i
            for i, q in enumerate(protos)
            if q.type is StanceType.ACCUSE
            and (q.source, q.target) == (p.source, p.target)
            and (q.modality.factual or stop <= q.hit.start < stop + _CEASING_REACH)
        ]
        for i in inside:
            protos[i] = replace(protos[i], modality=Modality.ASSERTED)
        if not inside:
            blame = Hit(stop, stop + 2, Entry(StanceType.ACCUSE, "verb", (practice,)), stop)
            protos.append(replace(p, type=StanceType.ACCUSE, confidence=0.5, hit=blame))


def _obligations(f: Frames, reader: ModalityReader, protos: list[Proto]) -> None:
    """'Russia said Sudan must return the helicopter', '"Kenya should withdraw," Somalia's
    president said': whoever says another must act asks it to."""
    for tok in f.toks:
        i = tok.i
        if tok.lower not in ("must", "should") and not (
            tok.lower in ("has", "have", "needs", "need") and f.low(i + 1) == "to"
        ):
            continue
        m = f.ends.get(i)
        if (
            m is None
            or m.locative
            or f.low(m.start - 1) in f.cues["prepositions"]
            or f.low(f.np_start(m.start) - 1) in f.cues["conditionals"]  # "whether X should"
        ):
            continue
        hit = Hit(i, i + 1, _OBLIGATION, i)
        speaker = reader.speaker_of(hit)
        if speaker is None or speaker in reader.commentators:
            continue
        protos += [
            Proto(speaker, t, StanceType.REQUEST, Modality.ASSERTED, None, 0.6, hit)
            for t in m.actors
            if t != speaker and not reader.same_side(speaker, t)
        ]


def _warning(f: Frames, hit: Hit, reader: ModalityReader) -> list[Proto]:
    """'Kenya will face consequences if ..., Somalia warned': whoever says it threatens the
    one who is to face them (an asserted threat, however conditional its content); 'Japan said
    China poses a serious threat': Japan accuses China (the entry's type)."""
    speaker = reader.speaker_of(hit)
    if speaker is None or speaker in reader.commentators:
        return []  # no one, or an analyst's forecast: no threat
    # the subject right before the verb group ("Kenya will face", "Russia poses"), not one
    # found further back
    start = hit.start
    if (
        start > 1
        and f.low(start - 1) == '"'
        and f.toks[start].quoted
        and not f.toks[start - 2].quoted
    ):
        start -= 1  # a quotation opening at the verb: 'Prague would "pay a heavy price'
    before = f.skip_verb_group(start)
    opening = before > 0 and f.toks[before + 1].quoted and not f.toks[before - 1].quoted
    if f.low(before) == '"' and opening:
        before -= 1  # an opening quote: 'Mongolia "will bear full responsibility'
    m = f.ends.get(before + 1)
    targets = f.coordinated_left(m) if m is not None and f.subject_like(m) else []
    stance_type = hit.entry.type or StanceType.THREATEN
    return [
        Proto(speaker, t, stance_type, Modality.ASSERTED, None, 0.6, hit)
        for t in targets
        if not reader.same_side(speaker, t) and t != speaker
    ]


# Acts a side can promise to another: saying it will do one is a pledge (AGREE).
_PROMISABLE = frozenset(
    {StanceType.AID, StanceType.SUPPORT, StanceType.RETREAT, StanceType.CONCEDE}
)


def _promises(protos: list[Proto], reader: ModalityReader) -> None:
    """A speaker saying its own side will help, back, withdraw or yield pledges it (the act
    stays hypothetical), as a threat is made of a hostile act: "Syria says it is willing to
    withdraw its troops from Lebanon", "Portugal will support Turkey's bid, its president
    said". Backing promised is backing declared: the speaker's SUPPORT is asserted."""
    asked = [q.hit.start for q in protos if q.type in (StanceType.REQUEST, StanceType.REJECT)]
    for p in list(protos):
        if p.modality is not Modality.HYPOTHETICAL or p.type not in _PROMISABLE:
            continue
        if any(start < p.hit.start for start in asked):
            continue  # "rejected calls to withdraw": a demanded act is no one's pledge
        speaker = reader.speaker_of(p.hit)
        if (
            speaker
            and reader.same_side(speaker, p.source)
            and not reader.same_side(speaker, p.target)
            and speaker != p.target
        ):
            if p.type is StanceType.SUPPORT and not _conditional_or_asked(reader.f, p.hit):
                # "Tallinn would back Riga in any dispute," Kask said: backing declared is
                # backing given, in words, beside the pledge
                protos.remove(p)
                protos.append(replace(p, source=speaker, modality=Modality.ASSERTED))
            protos.append(
                Proto(speaker, p.target, StanceType.AGREE, Modality.ASSERTED, None, 0.6, p.hit)
            )


def _conditional_or_asked(f: Frames, hit: Hit) -> bool:
    """Whether the clause of ``hit`` sets a condition after it or was a question put to the
    speaker ("would back Washington if the United States struck Iran", "Asked whether ...")."""
    after = range(hit.end, min(hit.end + 14, len(f.toks)))
    asked = any(f.low(k) == "asked" and f.low(k + 1) in ("whether", "if") for k in range(hit.start))
    return asked or any(f.low(k) in ("if", "unless", "provided") for k in after)


def _threats(protos: list[Proto], reader: ModalityReader) -> None:
    """A speaker saying they may do something hostile threatens it (the act stays
    hypothetical): "officials warned that they may strike X". Saying one would retaliate
    against X is itself the threat ("China said it would retaliate against the EU")."""
    for i, p in enumerate(protos):
        if p.type is StanceType.THREATEN and p.modality is Modality.HYPOTHETICAL:
            speakers = reader.speakers_of(p.hit)
            if p.source in speakers or any(reader.same_side(s, p.source) for s in speakers):
                protos[i] = replace(p, modality=Modality.ASSERTED)
    for p in list(protos):
        if (
            p.modality is not Modality.HYPOTHETICAL
            or p.type.polarity >= 0
            or p.type in _NOT_THREATS
        ):
            continue
        speakers = reader.speakers_of(p.hit)
        # of joint speakers, the one whose own act it is ("A, B and C said they could ...")
        speaker = next((s for s in speakers if s == p.source), speakers[0] if speakers else None)
        if speaker and reader.same_side(speaker, p.source) and speaker != p.target:
            protos.append(
                Proto(speaker, p.target, StanceType.THREATEN, Modality.ASSERTED, None, 0.6, p.hit)
            )


_THREAT_NOUNS = frozenset(["threat", "threats"])


def _threatened_acts(f: Frames, protos: list[Proto]) -> None:
    """'Iran faces the threat of new U.S. sanctions': a hostile act named as a threat is
    threatened by its source (the act itself stays hypothetical)."""
    have = {(p.source, p.target, p.type) for p in protos}
    for p in list(protos):
        if (
            p.modality is not Modality.HYPOTHETICAL
            or p.type.polarity >= 0
            or p.type in _NOT_THREATS
            or p.hit.entry.kind != "noun"
        ):
            continue
        np = f.np_start(p.hit.start)
        if f.low(np - 1) != "of" or f.low(np - 2) not in _THREAT_NOUNS:
            continue
        key = (p.source, p.target, StanceType.THREATEN)
        if key not in have:
            have.add(key)
            protos.append(replace(p, type=StanceType.THREATEN, modality=Modality.ASSERTED))


def _ultimatums(f: Frames, protos: list[Proto]) -> None:
    """'The EU will impose new sanctions on Belarus unless Minsk releases the prisoners': a
    hostile act or a withdrawal announced for when another side does not comply threatens
    that side."""
    for p in list(protos):
        if p.modality is not Modality.HYPOTHETICAL or not (
            p.type.polarity < 0 or p.type is StanceType.RETREAT
        ):
            continue
        if p.type in _NOT_THREATS:
            continue
        unless = next((k for k in range(p.hit.end, len(f.toks)) if f.low(k) == "unless"), None)
        if unless is None or any(f.low(k) in (".", ";") for k in range(p.hit.end, unless)):
            continue
        for target in f.np_actors(unless + 1)[0]:
            if target != p.source and not any(
                (q.source, q.target, q.type) == (p.source, target, StanceType.THREATEN)
                for q in protos
            ):
                protos.append(
                    Proto(
                        p.source, target, StanceType.THREATEN, Modality.ASSERTED, None, 0.6, p.hit
                    )
                )


def _make(
    sources: list[str],
    targets: list[str],
    stance_type: StanceType,
    hit: Hit,
    reader: ModalityReader,
    confidence: float,
    joint_noun: bool = False,
) -> list[Proto]:
    if targets:
        pairs = [(a, b) for a in sources for b in targets if a != b]
    elif _mutual(sources, stance_type, hit, reader.f, joint_noun):
        pairs = [(a, b) for a in sources for b in sources if a != b]  # "X and Y agreed"
        if _held_together(reader.f, stance_type, hit, sources):
            # "Japan and South Korea will hold a naval exercise": together, not at each other
            stance_type = StanceType.COOPERATE
    else:
        return []
    if not pairs:
        return []
    modality, reporter = reader.read(hit, sources)
    if stance_type in _STANDING and hit.entry.kind == "noun" and _in_apposition(reader.f, hit):
        # "will not leave Australia, its longtime ally, alone": the apposition stands apart
        # from the clause's negation or condition
        modality = Modality.ASSERTED if modality is not Modality.REPORTED else modality
    return [Proto(a, b, stance_type, modality, reporter, confidence, hit) for a, b in pairs]


def _mutual(
    sources: list[str], stance_type: StanceType, hit: Hit, f: Frames, joint_noun: bool
) -> bool:
    """Whether several sources with no target act on each other ("X and Y agreed")."""
    signed = stance_type is StanceType.SUPPORT and hit.entry.words[0] in _MUTUAL
    traded = _traded(hit)  # "A and B traded accusations"
    if len(sources) < 2 or (stance_type not in _JOINT and not signed and not traded):
        return False  # "A and B signed a treaty of friendship": each backs the other
    if (hit.entry.kind == "noun" and not joint_noun) or hit.entry.kind == "relational":
        return False  # "A and B are closer to a collision course": closer to no one named
    if hit.entry.words[0] in _BROKERING:
        return False  # "Qatar and Turkey, which brokered a truce": go-betweens, not parties
    if stance_type in _FORCE_MOVES and hit.entry.kind == "verb" and _has_object(f, hit):
        return False  # "France and Germany attacked the rebels": not each other
    mutual = hit.entry.kind == "noun" or hit.entry.words[0] in _MUTUAL
    # "A, B and C offered to resettle them": each offers, none to another
    return stance_type is not StanceType.AGREE or mutual


# Words of a military exercise, which states holding it together hold as partners.
_DRILLS = frozenset(
    ["exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "wargames", "games"]
)

# Words that make exercises held by several sides their own, not one held together.
_APART = frozenset(["rival", "separate", "separately", "competing", "parallel", "own", "each"])


def _held_together(f: Frames, stance_type: StanceType, hit: Hit, sources: list[str]) -> bool:
    """Whether an exercise several sides hold is one they hold together: not rival or
    separate drills ("held rival military drills"), nor drills of sides at odds (the one
    acted against the other lately)."""
    if stance_type is not StanceType.MOBILIZE or not _DRILLS.intersection(hit.entry.words):
        return False
    if any(f.low(k) in _APART for k in range(max(hit.start - 4, 0), hit.end)):
        return False
    return not any(f.adversary(a) in sources for a in sources)


# Joint acts of force: "A and B clashed" is mutual, "A and B attacked the rebels" is not.
_FORCE_MOVES = frozenset((StanceType.ASSAULT, StanceType.MOBILIZE, StanceType.RETREAT))
_WARS = frozenset(["war", "wars", "battle", "battles", "conflict", "skirmishes", "duel"])
_ADVERBIAL = frozenset(
    ["along", "around", "inside", "outside", "throughout", "beside", "past", "since", "until",
     "again", "back", "overnight", "late", "early", "yesterday", "today", "there", "here",
     "twice", "once", "hard", "fiercely", "anew", "sporadically"]
)  # fmt: skip
# "clashed last month", "fought this week": a time, not an object.
_TIME_OPENERS = frozenset(["last", "next", "this", "that", "every", "each"])
# Nouns of a span of time ("clashed last month", "released this month by X").
TIME_NOUNS = frozenset(
    ["week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "day",
     "summer", "winter", "spring", "autumn", "time"]
)  # fmt: skip


def _has_object(f: Frames, hit: Hit) -> bool:
    """Whether a noun phrase of no named actor follows the verb ("attacked the rebels")."""
    word = f.low(hit.end)
    if word in _ADVERBIAL or word.endswith("ly"):
        return False  # "fought along the border", "clashed heavily"
    if word in _TIME_OPENERS and f.low(hit.end + 1) in TIME_NOUNS:
        return False  # "clashed last month"
    if any(f.low(k) in _WARS for k in range(hit.end, min(hit.end + 4, len(f.toks)))):
        return False  # "fought a shadow war": the fight itself, still each other's
    return word in _DETERMINERS or f.plain_word(hit.end)


def _in_apposition(f: Frames, hit: Hit) -> bool:
    """Whether the noun at ``hit`` heads a phrase set off by a comma after a name, with no
    negation of its own ("India, no ally of China," stays negated)."""
    np = f.np_start(hit.start)
    own = range(max(np - 1, 0), hit.start)
    return (
        f.low(np - 1) == ","
        and f.ends.get(np - 1) is not None
        and not any(f.low(k) in ("no", "not", "never") for k in own)
    )


def _embed(f: Frames, protos: list[Proto], cites: list[tuple[Hit, list[str]]]) -> None:
    """Hostile acts named as the object of an accusation are the accuser's report (not
    one past a comma: "summoned the ambassador, prompting Albania to summon ...")."""
    outers = [
        (p.hit, [p.source])
        for p in protos
        if p.type is StanceType.ACCUSE and p.modality is not Modality.NEGATED
    ]  # "has never condemned Russia's invasion": no one reports the invasion here
    for outer, accusers in outers + cites:
        inner = [
            p
            for p in protos
            if p.hit is not outer
            and p.type.polarity < 0
            and outer.end <= p.hit.start <= outer.end + 5
            and not any(f.low(k) in (",", ";") for k in range(outer.end, p.hit.start))
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
