"""The extractor: a tokenizer, matchers built once, and the rule stages.

The tokenizer is graphkb's own (:mod:`graphkb.extract.tokenizer`, rules written for news copy);
``Extractor(..., use_spacy=True)`` or ``GRAPHKB_NLP=spacy`` uses spaCy's blank English
tokenizer instead, when spaCy is installed.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import warnings
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import chain, takewhile
from pathlib import Path

from graphkb.actors import Gazetteer
from graphkb.extract.clauses import (
    ALLEGATIONS,
    BROKERED,
    CUSTODY,
    DEEDS,
    DEFINITE_OBJECT,
    READY,
    TIME_NOUNS,
    Proto,
    hostile_act,
    measures_in_force,
    promises_response,
    read_hits,
    routine_review,
    select_hits,
)
from graphkb.extract.cues import Cues, load_cues
from graphkb.extract.dates import WEEKDAYS, event_date
from graphkb.extract.deployments import SOVEREIGN, deployments
from graphkb.extract.discourse import (
    ANY_ACT,
    ANY_DECISION,
    FIRST_PERSON,
    SPOKEN,
    Discourse,
    Seen,
    family,
)
from graphkb.extract.frames import Frames
from graphkb.extract.gazindex import GazetteerIndex
from graphkb.extract.inflect import forms_of, pluralize
from graphkb.extract.mentions import MOTIONS, find_mentions, is_subject_like
from graphkb.extract.modality import (
    REVIEW_VERBS,
    ModalityReader,
    Speech,
    not_ruled_out,
    ruled_out,
)
from graphkb.extract.people import formal_body
from graphkb.extract.speech import attach_speaker, find_speeches
from graphkb.extract.text import Sentence, normalize, split_sentences
from graphkb.extract.tokenizer import Tokenizer, Tokens
from graphkb.extract.tokens import MONTH_WORDS, Hit, SentenceView, Tok
from graphkb.extract.triggers import ALL_PREPS, Entry, Lexicon, TriggerMatcher, load_lexicon
from graphkb.model import Actor, ActorKind, Evidence, Modality, Stance, StanceType

__all__ = ["Extraction", "Extractor"]

ORIGIN = "extractor:rules"
_ADVERSARY_REACH = 6  # sentences back a reaction looks for what it reacts to
_NAMED_DEED_REACH = 5  # sentences back "the drills" looks for the drills named
_DOER_REACH = 12  # sentences back "the recall" looks for the recall it names
# Nouns that name any deed at all, so find none by their words ("the move").
_VAGUE_DEEDS = frozenset(
    ["mov", "step", "decision", "measur", "action", "act", "remark", "comment", "statement",
     "word", "report", "claim", "allegation", "incident", "development", "situation"]
)  # fmt: skip
_ASKED_REACH = 3  # sentences back a denial with no charge on record answers an asker
_GUESSES = frozenset(["might", "could", "may", "probably", "perhaps", "possibly", "should"])
_UNAIMED_DEEDS = frozenset((StanceType.MOBILIZE,))
# Roles that serve no state, and the words such a person may aim at his own state's government.
_OUTSIDER_ROLES = frozenset(
    ["opposition", "lawyer", "attorney", "activist", "journalist", "dissident", "rebel",
     "campaigner", "exiled", "critic", "lawmaker", "mp", "senator", "candidate"]
)  # fmt: skip
_WORDS_AGAINST = frozenset(
    (StanceType.ACCUSE, StanceType.REJECT, StanceType.REQUEST, StanceType.PROTEST)
)
# Words of hearsay a denial may answer instead of a request ("denied reports that").
_HEARSAY = frozenset(
    ["reports", "report", "rumours", "rumors", "rumour", "rumor", "claims", "claim", "media",
     "allegations", "speculation", "persistent"]
)  # fmt: skip
_CROSSINGS = frozenset(["crossing", "crossings", "border", "borders", "terminal", "checkpoint"])
_REFUSING = frozenset(["refused", "declined", "short", "vetoed", "blocked", "refuses", "declines"])
_PHRASE_ENDS = frozenset([",", ";", ".", "and", "while", "but"])
_DOUBTED = frozenset(["whether", "believe", "believes", "hardly", "reports", "speculated", "seems"])
_AGREEMENTS = frozenset(
    ["pact", "agreement", "deal", "treaty", "accord", "draft", "ceasefire", "truce", "accords"]
)
_AGREEMENT_REACH = 20  # sentences back an agreement welcomed was told
_HAILING = frozenset(
    ["welcome", "praise", "hail", "applaud", "endorse", "back", "salute", "support"]
)
# Words before an act that make it another's claim, request or refusal, not the doer's deed.
_NOT_OWN_DEED = frozenset(
    ["accused", "accusing", "accuses", "asked", "urged", "warned", "threatened", "refused",
     "declined", "said", "says", "reportedly", "should", "demanded", "alleged"]
)  # fmt: skip
# Causes that make a closure or a move no act against a neighbour.
_NO_DISPUTE = frozenset(
    ["outbreak", "cholera", "pandemic", "covid", "snow", "snowfall", "storm", "hurricane",
     "flood", "flooding", "landslide", "weather", "holiday", "holidays", "repairs",
     "maintenance", "protests", "election", "elections", "drills", "exercises"]
)  # fmt: skip
_NOT_YET = frozenset(["yet", "urged", "expected", "asked", "called"])
_WILLING = frozenset(["will", "would", "wo", "shall"])  # "wo" of "won't"
_REFUSAL_FILLERS = frozenset(["be", "again", "ever", "now", "simply", "let", "get"])
# What a side refuses to do when it rejects another: "will not accept", "would not sit down
# with" (not "would not comment", "will not last"); what it refuses to undergo, after "be":
# "will not be bullied".
_REFUSED = forms_of(
    "accept", "allow", "bow", "negotiate", "sit", "discuss", "recognize", "recognise",
    "release", "apologize", "apologise", "reverse", "choose", "grant", "sign", "renew",
    "approve", "drop", "abandon", "extradite", "surrender", "yield", "bargain", "tolerate",
    "submit", "succumb", "cave", "kneel", "budge", "back", "compromise",
)  # fmt: skip
_BORNE = forms_of(
    "bully", "intimidate", "lecture", "dictate", "sway", "blackmail", "pressure", "cow",
    "silence", "drag", "force",
)  # fmt: skip
# Words before a refusal that make it someone's guess or a condition, not a side's word.
_HEDGED = frozenset(
    ["if", "unless", "whether", "analysts", "analyst", "experts", "observers", "doubt",
     "doubts", "doubted", "expect", "expects", "expected", "likely", "unlikely", "predicted"]
)  # fmt: skip
# Nouns a demonym before them owns rather than names a state: "a Somali-owned firm".
_OWNED_THINGS = frozenset(
    ["firm", "firms", "company", "companies", "business", "businesses", "investors", "bank",
     "banks", "-owned", "owned", "nationals", "citizens", "businessman", "vessel", "ship", "-"]
)  # fmt: skip
# The word lists above joined as the checks use them, built once.
_HEDGED_OR_DUTY = _HEDGED | {"must", "should"}
_HEDGED_OR_GUESSED = _HEDGED | _GUESSES
_UNSURE = _HEDGED | _GUESSES | _DOUBTED
_CLAIM_REACH = 2  # sentences back "rejected the claims" looks for the last accuser
# What someone said, referred back to ("the comment", "the remarks"): its speaker's.
_REMARKS = frozenset(["comment", "comments", "remark", "remarks", "statement", "statements"])
# Words that make a threatened response one of force when "with" or "by" leads to them
# ("would respond with force"; not "respond to NATO's deployment of troops").
_FORCE_WORDS = frozenset(["force", "military", "weapons", "arms", "missiles", "troops"])
_FORCEFUL = frozenset(["militarily", "overwhelmingly"])
# Words of a threat that names a measure but not which ("would review its relations",
# "respond in kind"); a bare "would respond" names none, unless with force.
_MEASURE_WORDS = frozenset(
    ["review", "reconsider", "reciprocal", "symmetrically", "symmetric", "mirror",
     "reciprocate", "kind", "measures", "steps", "countermeasures"]
)  # fmt: skip
_THREAT_MODALS = frozenset(
    ["would", "will", "could", "may", "might", "shall", "right", "promised", "vowed",
     "pledged", "threatened", "choice"]
)  # fmt: skip
# The words of a promised harm that end its clause ("would review ties, while Kyiv ...").
_CLAUSE_STOPS = frozenset([",", ";", ".", "while", "as", "but", "against", "if"])
_COPULAS = frozenset(["is", "was", "are", "were"])
# Kinds of stance the rules get right at most one time in five on the development sets
# (hypothetical SUPPORT 1 of 38, AGREE 5 of 28, COERCE 1 of 14, CONCEDE 0 of 7, MOBILIZE 1
# of 8; negated REQUEST 1 of 12, RETREAT 0 of 6, AGREE 1 of 9, COERCE 2 of 10): not emitted,
# though the rules still read them for the stances they imply (a threat, an offer). (A
# denied seizure is then left with its REJECT alone: measured, keeping negated COERCE gave
# 2 more right and 8 more wrong.)
_H, _N = Modality.HYPOTHETICAL, Modality.NEGATED
_UNRELIABLE = frozenset(
    [(StanceType.SUPPORT, _H), (StanceType.COERCE, _H), (StanceType.CONCEDE, _H),
     (StanceType.MOBILIZE, _H), (StanceType.AGREE, _H), (StanceType.REQUEST, _N),
     (StanceType.RETREAT, _N), (StanceType.AGREE, _N), (StanceType.COERCE, _N)]
)  # fmt: skip
# Verbs that pass a verdict as a copula does ("amounted to interference", "constitutes a
# violation").
_AMOUNTING = forms_of("amount")
_CONSTITUTING = forms_of("constitute")
# Nouns for whatever a side did ("said the measures were illegal"): whoever did the last
# hostile deed (measured: preferring one against the speaker's side lost a right answer).
_MEASURES = frozenset(["measure", "measures", "steps", "actions"])
_MATERIAL_HOSTILITY = frozenset(
    t
    for t in StanceType
    if t.polarity < 0 and t.info.quad_code == 4  # material conflict
)
# Words of a crowd that protests in the street, and of where it does.
_CROWD_WORDS = frozenset(
    ["hundreds", "thousands", "dozens", "crowd", "crowds", "protesters", "demonstrators",
     "residents", "students", "workers", "people", "farmers", "fishermen", "villagers",
     "refugees", "migrants", "lawyers", "traders", "truckers", "fans", "supporters",
     "activists", "youths", "veterans", "employees", "teachers", "doctors", "miners", "drivers"]
)  # fmt: skip
_STREET_WORDS = frozenset(["outside", "against", "in", "at", "near", "through", "on"])
# Plural heads of a state's own voice ("Kenyan officials protested"), not of its people.
_STATE_HEADS = frozenset(["officials", "authorities", "diplomats", "ministers", "leaders"])
# Words of a state's offices and their holders ("foreign ministry", "minister", "envoy").
_OFFICE_WORDS = frozenset(
    ["ministry", "minister", "president", "spokesman", "spokeswoman", "spokesperson",
     "ambassador", "envoy", "secretary", "premier", "department", "government"]
)  # fmt: skip
_THE = frozenset(["the", "this", "these"])  # before a named act: "said the seizure was illegal"
_MISDEED_REACH = 10  # tokens back from a condemning word to the verb whose subject did it
_CLAUSE_ENDS = frozenset([";", ":", ".", "but", "while", "whereas"])
_BE = frozenset(["is", "was", "are", "were", "be", "been", "being"])
_IRREGULAR_MISDEEDS = frozenset(["stole", "stolen"])  # verbs of misdeed_words not in -ed/-ing
_ACTING = frozenset(["act", "acts", "acted", "acting", "behave", "behaves", "behaved", "behaving"])
# Words that may stand between a verb and the word of its manner or its predicate ("acted
# so illegally", 'was "the aggressor"', "is once again the aggressor").
_MANNER_FILLERS = frozenset(
    ["a", "an", "the", '"', "\u201c", "so", "very", "again", "once", "openly", "clearly",
     "simply", "deliberately", "totally", "completely", "utterly", "entirely", "blatantly",
     "repeatedly", "also", "still", "now", "always"]
)  # fmt: skip
# Words that make a told misdeed untold: denied, doubted, supposed or another's charge.
_UNTOLD_MISDEED = frozenset(
    ["no", "nothing", "never", "whether", "if", "unless", "claims", "claim", "allegations",
     "accusations", "suggestions", "charges", "rejected", "dismissed", "denied", "denies",
     "deny", "called", "branded", "labelled", "labeled", "described", "accused"]
)  # fmt: skip
_QUOTES = frozenset(['"', "\u201c"])
# Words between a copula and its verdict ("is a deliberate provocation", "was simply
# unacceptable"); "not" is none of them: "it is not a provocation" accuses no one.
_VERDICT_FILLERS = frozenset(
    ["a", "an", "nothing", "but", "simply", "clearly", "plainly", "completely", "totally",
     "utterly", "absolutely", "deeply", "entirely", "also", "yet", "another", "just", "pure",
     "deliberate", "blatant", "flagrant", "open", "outright", "naked", "brazen", "unprecedented",
     "economic", "political", "serious", "grave", "gross", "new", "further"]
)  # fmt: skip


# What may follow a verdict that is the head of its phrase ("is a provocation.", "is a violation
# of", "is aggression against"), not a modifier ("a dangerous winter") or a dummy subject's
# complement ("it was dangerous to speculate", "hostile media that spread ...").
_VERDICT_ENDS = frozenset(
    [".", ",", ";", ":", '"', "\u201d", "and", "but", "of", "against", "by", "on", "toward",
     "towards", "aimed", "directed", "pure", "plain", "!", "", "in", "at", "between"]
)  # fmt: skip


def _verdict_at(
    frames: Frames, words: dict[tuple[str, ...], StanceType], k: int
) -> StanceType | None:
    """The type of the longest verdict word or phrase starting at token ``k`` ("act of
    aggression", "provocation"), if any."""
    for n in (3, 2, 1):
        found = words.get(tuple(frames.low(j) for j in range(k, k + n)))
        if found is not None:
            return found
    return None


def _deed_subject(frames: Frames, i: int) -> bool:
    """Whether the subject before the copula at ``i`` is a deed the sentence does not name:
    "it", "this" or "that", or a clause opened by a gerund ("Taking them away is")."""
    if frames.low(i - 1) in ("it", "this", "that"):
        return True  # ("it" read as a state: "said it was a provocation" is of a deed)
    for k in range(max(0, i - 5), i):
        opens = k == 0 or frames.low(k - 1) in ('"', ",", ":")
        if opens and frames.low(k).endswith("ing") and frames.toks[k].text[:1].isupper():
            return not any(k <= m.start < i for m in frames.view.mentions)
    return False


def _misdeed_verb(frames: Frames, i: int) -> int | None:
    """The verb whose subject a condemning word at ``i`` says did wrong, where the word is
    that subject's own conduct: the verb itself ("had violated"), its manner ("acted
    illegally", "unilaterally dumped") or the predicate of "be" or "act like" ("was the
    aggressor", "treats them like pirates"); None for a word that is another verb's object
    ("resisting aggression", "captured pirates"), a passive ("had been abused") or a deed
    denied, doubted or supposed ("nothing illegal", "no evidence that", "would be acting
    illegally if", "rejected claims that")."""
    word = frames.low(i)
    own_verb = word.endswith(("ed", "ing")) or word in _IRREGULAR_MISDEEDS
    if own_verb and frames.low(i - 1) in _BE:
        return None  # "had been abused by Greek border guards": the subject suffered it
    verb, k = None, i - 1
    while k >= max(0, i - _MISDEED_REACH) and frames.low(k) not in _CLAUSE_ENDS:
        if frames.is_verb(k):
            verb = k
            break
        k -= 1
    if verb is None and own_verb and not frames.is_verb(i):
        verb = i  # "Poland violated the treaty": the word is the clause's verb
    if verb is None:
        return None
    between = [frames.low(k) for k in range(verb + 1, i)]
    auxiliaries = frames.cues["auxiliaries"]
    group = all(
        w in _MANNER_FILLERS or w in auxiliaries or w in _ACTING or w.endswith(("ed", "ing"))
        for w in between
    )  # "had again acted", "has been"
    predicate = frames.low(verb) in _BE or any(w in _BE or w in _ACTING for w in between)
    compared = bool(between) and between[-1] in ("like", "as")
    # the word is the clause's own verb after an auxiliary ("had violated"), not a main
    # verb's object ("helped stop looting")
    verb_group = own_verb and (verb == i or frames.low(verb) in auxiliaries)
    conduct = verb_group or word.endswith("ly") or predicate
    if not compared and not (group and conduct):
        return None
    doubt = range(max(0, verb - _MISDEED_REACH), i)
    if any(frames.low(k) in _UNTOLD_MISDEED for k in doubt) or any(
        frames.low(k) in frames.cues["negators"] or frames.low(k) in frames.cues["modals"]
        for k in range(max(0, verb - 3), i)
    ):
        return None
    return verb


# Forms of the verbs that weigh a measure ("would review its ties with", "reconsidering"); a
# review told in the past ("reviewed ties") is routine.
_REVIEWING = frozenset(f for f in forms_of(*REVIEW_VERBS) if not f.endswith("ed"))
# What a side's ties with another are made of ("every aspect of its relationship with").
_TIES = frozenset(
    ["relations", "relationship", "ties", "cooperation", "arrangement", "arrangements",
     "agreement", "agreements", "coordination", "understanding", "understandings", "facility",
     "facilities", "funding", "assistance", "aid", "access", "payment", "payments", "contracts",
     "deals", "deal", "accord", "accords", "treaty", "contributions", "partnership", "links",
     "engagement", "presence", "investments", "concessions"]
)  # fmt: skip
# Verbs that ask another to do what their infinitive says ("urged Cairo to review").
_ASKING = frozenset(
    ["urge", "urged", "urges", "call", "called", "calls", "ask", "asked", "asks", "press",
     "pressed", "presses", "demand", "demanded", "demands", "encouraged", "invited", "told"]
)  # fmt: skip
_TIES_STOPS = frozenset([".", ";", ":", "?", "!", "if", "unless", "because", "after", "but"])
# Verbs that "not" turns into no denial of a deed ("did not say", "would not attend").
_NOT_DENIALS = forms_of(
    "say", "comment", "confirm", "respond", "know", "expect", "plan", "want", "seek", "rule",
    "discuss", "attend", "specify", "elaborate", "disclose", "reveal", "give", "name", "return",
    "reply", "identify", "explain", "let", "stop", "stand", "allow", "accept", "go", "ask",
    "need", "intend", "think", "believe", "see", "have", "do", "hesitate", "wait", "take",
    "receive", "get",
)  # fmt: skip
# What "No" opens when a side denies a deed in its own voice ("No one has been pushed", "no
# unit of the army had set foot in Sudan").
_NOBODY = frozenset(["one", "unit", "soldier", "soldiers", "troops", "weapon", "weapons"])
_DENIAL_REACH = 15  # sentences after an accusation in which a side's "never" answers it
_ASK_REACH = 2  # sentences back a bare "refused" looks for the request it answers
_THREAT_REACH = 6  # sentences back "brushed the warning aside" looks for the threat
# A refusal with nothing after it answers a request or an offer: "but Sudan declined".
_BARE_REFUSALS = forms_of("refuse", "decline") - {"refusing", "declining"}
_AFTER_BARE = frozenset([".", ",", ";", "and", "but", ")", '"', "\u201d"])
_HOLDER_REACH = 6  # sentences back a release request looks for whoever detained someone
_HELD_PRONOUNS = frozenset(["his", "her", "their", "him", "them"])
# Who or what a state holds, named by a common noun: "the release of the captain".
_DETAINED = frozenset(
    ["captain", "crew", "crews", "journalist", "journalists", "reporter", "reporters",
     "fishermen", "fisherman", "sailors", "soldiers", "gendarmes", "nationals", "citizens",
     "detainees", "prisoners", "activist", "activists", "herder", "farmer", "farmers", "mayor",
     "workers", "pilgrims", "traders", "officers", "guards", "ship", "vessel", "boat",
     "tanker", "trawler", "men", "hostages", "students", "drivers", "gendarme", "soldier",
     "officer", "guard", "employee", "employees", "writer", "novelist", "businessman",
     "engineer", "engineers", "priest"]
)  # fmt: skip
# Words, not deeds: an accusation or a threat is nothing to retaliate against.
_VERBAL = frozenset((StanceType.ACCUSE, StanceType.REJECT, StanceType.THREATEN))
_USES_OF_FORCE = frozenset((StanceType.ASSAULT, StanceType.MOBILIZE))  # no "decision"
_UNDENIABLE = _VERBAL | {StanceType.PROTEST}  # what a denial negates no deed of
# Verbs of harm right after "would" or "will" in a promise ("would review every aspect of
# its relations if ...", "will draw all the consequences"); "take", "go", "bring" and "file"
# only toward a court or a complaint ("will take the matter to the court").
_HARMS = frozenset(
    ["review", "reconsider", "suspend", "retaliate", "close", "cut", "block", "expel", "veto",
     "sue", "downgrade", "boycott", "ban", "revoke", "recall", "break", "impose", "tighten",
     "seize", "detain", "sink", "strike", "hit", "blockade", "terminate", "shut", "deport",
     "arrest", "prosecute", "confiscate"]
)  # fmt: skip
# Harm done to something ("the border will be closed", "it will be destroyed"), not an
# undoing ("the tariffs will be suspended", "the sanctions will be reviewed").
_HARMS_SUFFERED = frozenset(
    ["closed", "shut", "seized", "detained", "sunk", "sunken", "destroyed", "shot", "expelled",
     "arrested", "deported", "blocked", "blockaded", "downed", "confiscated", "struck"]
)  # fmt: skip
_TO_COURT = frozenset(["take", "go", "bring", "file", "lodge", "refer"])
# Verbs of a response that a condition makes a threat ("China will respond as necessary").
_RESPONSES = frozenset(["respond", "react", "answer", "hit", "destroy", "crush", "punish"])
# Words that make a promised response hostile ("respond as necessary", "answer with everything
# they have", "react firmly"); a response without them may be a reply in writing or in kind words.
_HOSTILE_CUES = frozenset(
    ["firmly", "decisively", "necessary", "force", "everything", "harshly", "resolutely",
     "kind", "strongly", "forcefully", "severely", "hesitation", "mercy", "fire", "arms",
     "appropriately", "accordingly", "measures", "consequences", "all"]
)  # fmt: skip
# Whom a side may promise to "go after": people who did harm, not pests or problems.
_PURSUED = frozenset(
    ["criminals", "attackers", "gunmen", "rebels", "militants", "terrorists", "them", "those",
     "fighters", "perpetrators", "commanders", "smugglers", "killers", "insurgents", "bandits"]
)  # fmt: skip
# Objects after a verb of harm that make it a concession or an idiom.
_UNDONE = frozenset(
    ["sanctions", "closure", "objection", "objections", "veto", "ban", "restrictions",
     "requirements", "requirement", "curbs", "tariffs", "deal", "deadlock", "ice",
     "opportunity", "chance", "gap", "tape", "proposal", "offer", "troops", "presence"]
)  # fmt: skip
# Words before "will be" that make what is done no harm promised: an undoing ("the tariffs
# will be suspended") or the speaker's own loss ("our boats will be seized").
_NOT_SUFFERED = _UNDONE | FIRST_PERSON
_RETALIATING = frozenset(["retaliate", "respond", "react", "fight", "defend"])
_TERM_MODALS = frozenset(
    ["would", "will", "could", "can", "may", "open", "ready", "willing", "prepared"]
)
# Verbs after which "until" is no term set to another side ("would not comment until").
_NO_TERMS = frozenset(["comment", "know", "wait", "speculate", "decide", "say"])


def _year(word: str) -> bool:
    """Whether a token is a year ("1972", "2014")."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _conditions_another(frames: Frames, cond: int) -> bool:
    """Whether the condition at ``cond`` is another side's act, not an event in a place
    ("if the cholera outbreak worsened in Venezuela") or a counterfactual ("if he were")."""
    clause = range(cond + 1, _clause_end(frames, cond))
    if any(frames.low(j) in ("were",) and frames.low(j - 1) in ("he", "i", "she") for j in clause):
        return False
    mentions = sorted((m for m in frames.view.mentions if m.start in clause), key=lambda m: m.start)
    if mentions and (mentions[0].locative or frames.low(mentions[0].start - 1) in ("in", "at")):
        return False  # the condition's first actor is only where it happens
    return not any(frames.low(j) in _NO_DISPUTE for j in clause)


# Purposes that make "every option" a care for one's own ("to protect our citizens").
_PROTECTING = frozenset(["protect", "help", "support", "save", "assist", "evacuate", "secure"])
_CIVILIANS = frozenset(
    ["citizens", "nationals", "people", "farmers", "workers", "fishermen", "students",
     "families", "civilians", "residents", "industry", "economy", "consumers"]
)  # fmt: skip
_MEASURES_THREATENED = frozenset(
    ["consequences", "conclusions", "sanctions", "measures", "steps", "action", "countermeasures",
     "consequence", "option", "options"]
)  # fmt: skip
_LEGAL = frozenset(
    ["court", "tribunal", "arbitration", "complaint", "case", "matter", "hague", "icj"]
)
# Words after which "if" asks rather than sets a condition ("unclear if", "asked if").
_ASKED_IF = frozenset(
    ["unclear", "asked", "know", "see", "whether", "wondered", "doubt", "decide", "decides",
     "decided", "deciding", "determine", "consider", "considering", "weigh", "weighing",
     "ask", "asks", "wonder", "clear"]
)  # fmt: skip


_SIDES = (ActorKind.COUNTRY, ActorKind.GROUP, ActorKind.ORGANIZATION)
# Words between a modal and the verb it promises ('would "review', "will have to review",
# "will have no choice but to take").
_PROMISE_FILLERS = frozenset(['"', "have", "to", "be", "forced", "obliged", "choice", "but"])


def _promised_verb(frames: Frames, modal: int) -> int:
    """The verb a modal promises, past quotation marks and "have (no choice but) to"; a
    past that was not ("could have closed") and a denial ("would not") stop at themselves."""
    k = frames.skip_adverbs_right(modal + 1)
    if frames.low(k) == "have" and frames.low(k + 1) not in ("to", "no"):
        return k  # "could have closed": no promise
    while k < len(frames.toks) and frames.low(k) in _PROMISE_FILLERS | {"no"}:
        if frames.low(k) == "no" and frames.low(k + 1) != "choice":
            return k  # "will have no ..." other than "no choice"
        k = frames.skip_adverbs_right(k + 1)
    return k


_OWN_FORCES = frozenset(["forces", "army", "military", "troops", "soldiers", "navy"])
_OWNERS = frozenset(["the", "his", "her", "our"])


def _our_forces(frames: Frames, k: int) -> bool:
    """Whether the words before the modal at ``k`` are the speaker's own forces or
    government ("our defence forces", "our army", "her government", "the government")."""
    if frames.low(k - 1) == "government" and frames.low(k - 2) in _OWNERS:
        return True
    return frames.low(k - 1) in _OWN_FORCES and "our" in {
        frames.low(j) for j in range(max(0, k - 4), k - 1)
    }


def _harmful(frames: Frames, verb: int, harm: range) -> bool:
    """Whether the verb at ``verb``, right after a modal, promises harm: a verb of harm or
    of a response, or going to court (not "would not", "would ease", "would take part",
    "would respond calmly")."""
    word = frames.low(verb)
    after = [frames.low(j) for j in range(verb + 1, min(verb + 5, len(frames.toks)))]
    if word in ("not", "never", "no"):
        return _defiant(after)
    if word in _HARMS_SUFFERED and frames.low(verb - 1) == "be":
        return True  # "the border will be closed again", "it will be destroyed"
    if _UNDONE.intersection(after) or "no" in after[:1] or "free" in after:
        # "would suspend the sanctions", "review the border closure", "reconsider its
        # objection", "strike a deal", "break the ice", "impose no restrictions": a
        # concession or an idiom, no harm
        return False
    # "will go after these criminals", not "after the locusts"
    pursuit = word == "go" and after[:1] == ["after"] and bool(_PURSUED.intersection(after))
    if word in _TO_COURT and not pursuit:  # "take the matter to the court", "take steps"
        return any(frames.low(j) in _LEGAL | _MEASURES_THREATENED for j in harm)
    if word in ("draw", "push", "seek", "consider", "take"):
        # "draw all the consequences", "consider reciprocal measures", "take steps"; not
        # "consider every option to protect our citizens"
        return not _caring(frames, harm) and any(
            frames.low(j) in _MEASURES_THREATENED for j in harm
        )
    # "will respond as necessary", "will answer with everything they have"; not "would
    # respond calmly", "will answer questions"
    responds = word in _RESPONSES and bool(_HOSTILE_CUES.intersection(after))
    further = word == "go" and after[:1] in (["further"], ["farther"])  # "we will go further"
    return pursuit or responds or further or word in _HARMS


def _caring(frames: Frames, harm: range) -> bool:
    """Whether the words of a promise care for one's own ("to protect our citizens")."""
    return any(
        frames.low(j) == "to"
        and frames.low(j + 1) in _PROTECTING
        and _CIVILIANS.intersection(frames.low(i) for i in range(j + 2, j + 6))
        for j in harm
    )


_DEFIANT_ACTS = _HARMS | _RESPONSES | {"shut", "use", "act"}


def _defiant(after: list[str]) -> bool:
    """Whether the words after a modal's "not" still promise harm: "will not hesitate to go
    further", "will not hesitate to respond", "will not stand idle" (not "will not hesitate
    to help", "to engage", "to defend Estonia")."""
    if after[:2] == ["hesitate", "to"]:
        return after[2:3] != [] and (
            after[2] in _DEFIANT_ACTS or after[2:4] in (["go", "further"], ["take", "measures"])
        )
    return after[:2] in (["stand", "idle"], ["stand", "by"], ["sit", "idly"])


# Words of refusal that make a later "until" the refuser's term ("no talks until ...").
_REFUSING_UNTIL = frozenset(
    ["no", "not", "nothing", "never", "cannot", "won't", "wouldn't", "refuse", "refused",
     "refuses", "suspend", "suspended", "freeze", "frozen", "halt", "halted"]
)  # fmt: skip
_BE_PASSIVE = frozenset(["was", "were", "is", "are", "been", "be"])
# Words before "consequences" or "conclusions" that make them a threat with no condition
# ("would draw the necessary conclusions", "will draw all the consequences").
_GRAVE = frozenset(["necessary", "all", "appropriate", "serious", "grave", "own"])


def _vague_threat(frames: Frames, harm: range) -> bool:
    """'will take steps that Yerevan will regret', 'would draw the necessary conclusions':
    a threat said without a condition (not "would draw conclusions from the talks")."""
    for j in harm:
        word = frames.low(j)
        if word in ("regret", "retaliate", "further", "idle", "idly"):
            return True  # (and "will go further", "will not stand idle")
        if word in ("consequences", "conclusions") and frames.low(j - 1) in _GRAVE:
            return True
    return False


def _clause_end(frames: Frames, start: int) -> int:
    """Where the clause opening at ``start`` ends: the next comma, semicolon or stop."""
    return next(
        (k for k in range(start + 1, len(frames.toks)) if frames.low(k) in (",", ";", ".")),
        len(frames.toks),
    )


# Words a side gives, not deeds a denial answers ("said Angola was ready to receive a
# delegation ... which Luanda denied" denies no offer).
_OFFERS = frozenset([StanceType.AGREE, StanceType.CONSULT])
# Harm one side may do to another: said of one's own state, a threat.
_THREATENED_DEEDS = frozenset(
    [StanceType.SANCTION, StanceType.COERCE, StanceType.ASSAULT, StanceType.MOBILIZE]
)
# What a side says it will not suffer ("will not be bought", "will not be intimidated"), and
# with those, the yielding it will not do ("will not bow to blackmail", "will never back
# down").
_YIELDED = frozenset(
    ["bought", "intimidated", "blackmailed", "pressured", "pressed", "bullied", "cowed",
     "dictated", "coerced"]
)  # fmt: skip
_YIELDING = _YIELDED | {"bow", "yield", "bend", "cave", "capitulate", "submit", "kneel",
                        "succumb", "back"}  # fmt: skip
_WILLS = frozenset(["will", "would", "shall", "can", "could"])
# Stances made in words, which a spokesman saying them takes himself; backing and agreeing
# only when the trigger is itself a speech act ("offered", "welcomed"), not a deed ("signed").
_SPOKEN_TYPES = frozenset(
    (StanceType.ACCUSE, StanceType.REJECT, StanceType.THREATEN, StanceType.REQUEST)
)
_SPOKEN_BACKING = frozenset(
    ["offer", "promise", "pledge", "welcome", "praise", "support", "oppose", "stand", "endorse",
     "hail", "applaud", "commend", "reaffirm", "ready", "willing", "prepared", "value",
     "respect", "back", "appreciate", "thank", "salute"]
)  # fmt: skip
_REFERRING = frozenset(["them", "they", "it", "this", "these", "those"])
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "any", "some"]
)


@dataclass
class Extraction:
    """What one document yielded: stances, and every actor that appears in them."""

    stances: list[Stance] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)


def _spacy_tokenizer() -> Callable[[str], Tokens]:
    """spaCy's blank English tokenizer, returning :class:`Tokens` (spaCy must be installed)."""
    import spacy

    nlp = spacy.blank("en")

    def tokenize(text: str) -> Tokens:
        doc = nlp.make_doc(text)
        return Tokens([t.text for t in doc], [t.lower_ for t in doc], [t.idx for t in doc])

    return tokenize


def _tokenizer(use_spacy: bool | None) -> Callable[[str], Tokens]:
    """The built-in tokenizer, or spaCy's when asked for (argument, else ``GRAPHKB_NLP``)."""
    if use_spacy is None:
        if os.environ.get("GRAPHKB_NLP", "").strip().lower() != "spacy":
            return Tokenizer()
        try:
            return _spacy_tokenizer()
        except ImportError:
            warnings.warn("GRAPHKB_NLP=spacy but spaCy is not installed", stacklevel=3)
            return Tokenizer()
    return _spacy_tokenizer() if use_spacy else Tokenizer()


class _Engine:
    """Everything built once per extractor: tokenizer, matchers, lexicons."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        lexicon: Lexicon,
        cues: Cues,
        tokenize: Callable[[str], Tokens],
    ) -> None:
        self.tokenize = tokenize
        self.lexicon = lexicon
        self.cues = cues
        self.matcher = TriggerMatcher(lexicon)
        self.gaz = GazetteerIndex(gazetteer, tokenize, cues)
        verb_lists = ("speech_verbs", "hypothetical_verbs", "denial_verbs")
        self.verbs = frozenset(lexicon.verb_tags).union(*(cues[n] for n in verb_lists))
        self.noun_types: dict[str, StanceType] = {}
        # a one-word entry is what its noun names alone: "sanctions" is SANCTION, though it
        # ends "the lifting of sanctions" (RETREAT) too
        for entry in sorted(lexicon.entries, key=lambda e: len(e.words)):
            if entry.kind == "noun" and entry.type and not entry.ends_with_prep:
                for word in (entry.words[-1], pluralize(entry.words[-1])):
                    self.noun_types.setdefault(word, entry.type)


# Words of a reply that names neither what it answers nor its content ("Beijing hit back").
_REPLIES = frozenset(
    ["struck back", "hit back", "fired back", "shot back", "responded", "reacted", "retorted",
     "answered", "replied", "pushed back"]
)  # fmt: skip


def _replier(view: SentenceView) -> str | None:
    """The actor a sentence opens with when all it does is reply ("Argentina struck back
    within hours.", "Moscow reacted angrily."): the side an official speaks for next."""
    first = view.mentions[0] if view.mentions else None
    if first is None or first.start != 0 or len(view.mentions) > 1:
        return None
    verb = view.lower(first.end)
    two = f"{verb} {view.lower(first.end + 1)}"
    return first.actor if verb in _REPLIES or two in _REPLIES else None


class Extractor:
    """Rule-based stance extraction; tokenizer and matchers are built on first use.

    ``use_spacy``: True tokenizes with spaCy (which must be installed), False with the
    built-in tokenizer; None (the default) follows ``GRAPHKB_NLP`` (``spacy`` or unset).

    >>> from graphkb.actors import Gazetteer
    >>> Extractor(Gazetteer()).extract("Nothing here.").stances
    []
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        *,
        lexicon: Path | None = None,
        cues: Path | None = None,
        use_spacy: bool | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self._paths = (lexicon, cues)
        self.use_spacy = use_spacy
        self._engine: _Engine | None = None

    @property
    def engine(self) -> _Engine:
        """The tokenizer and matchers (built once)."""
        if self._engine is None:
            self._engine = _Engine(
                self.gazetteer,
                load_lexicon(self._paths[0]),
                load_cues(self._paths[1]),
                _tokenizer(self.use_spacy),
            )
        return self._engine

    def extract(
        self, text: str, document_id: str = "doc-1", date: dt.date | None = None
    ) -> Extraction:
        """Stances in ``text``, with evidence offsets into ``text`` as given."""
        return _DocumentRun(self.engine, self.gazetteer, text, document_id, date).run()


# Reactions to an act: "Kyiv welcomed the decision" refers to the act, not to the welcome of
# it or to a critic's words about it.
_REACTIONS = frozenset(  # words, not deeds: never what "the decision" refers to
    {
        StanceType.SUPPORT,
        StanceType.ACCUSE,
        StanceType.REJECT,
        StanceType.PROTEST,
        StanceType.THREATEN,
        StanceType.REQUEST,
    }
)


# Verbs whose subject authors their object ("passed a resolution", "drafted the text").
_AUTHORING = forms_of("pass", "adopt", "approve", "draft", "table", "submit", "introduce")
# Verbs whose subject makes a proposal, which "accepted the proposal" answers ("proposed a
# joint patrol", "suggested a meeting", "offered to host talks").
_PROPOSING = forms_of("propose", "suggest", "offer")
_OFFERING = forms_of("offer")


# Verbs by which a group owns a deed ("claimed responsibility for the attack"), words that
# undo the claim in its verb group ("has not claimed") and that may come before "by" ("was
# claimed on Saturday by")
_CLAIMING = forms_of("claim")
_UNCLAIMING = frozenset(["not", "n't", "never", "no", "deny", "denied", "denies", "denying"])
_CLAIM_TIMES = frozenset(
    ["on", "quickly", "swiftly", "later", "overnight", "yesterday", "today", *WEEKDAYS]
)
# The dash a dateline ends with ("CHISINAU, Moldova - ...").
_DASHES = frozenset(["-", "\u2014", "\u2013", "--"])
# Words between such a verb and the text's noun ("adopted a new resolution").
_PLAIN_ADJECTIVES = frozenset(["new", "draft", "fresh", "joint", "final", "formal", "binding"])
# Time nouns, which no actor owns ("released this month by the OECD").


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
        self.tokens = engine.tokenize(self.normal)
        self.quoted = _quoted_chars(self.normal, text)
        self.view_index = 0
        # the last few sentences' frames, for a deed a definite noun names ("the drills")
        self.recent: list[tuple[int, Frames]] = []
        # the sides that last held talks, and in which sentence ("Its next meeting is planned")
        self.last_talks: tuple[int, frozenset[str]] | None = None

    def run(self) -> Extraction:
        # Sorted by first token, so each sentence takes its own slice (bisect), not a pass
        # over the whole document's list: the run stays linear in the document's length.
        names = sorted(self.e.gaz.spans(self.tokens.lower))
        longest = dict(names)  # sorted: the longest name at each start wins
        _bare_possessives(self.tokens, longest, self._names_country)
        # a phrase's gap counts a gazetteer name, or a run of capitalised words, as one
        # word ("charged journalist Jose Ruben Zamora with")
        units = (
            _hyphened(self.tokens.text, self.tokens.start)
            | _capitalised_runs(self.tokens.text)
            | longest
        )
        units |= _governments_in(self.tokens.lower, units)
        lower = self.tokens.lower
        units = {  # "ordered Rwanda's charge d'affaires to leave": the owner is one word
            s: e + 1 if e < len(lower) and lower[e] == "'s" else e for s, e in units.items()
        }
        triggers = sorted(self.e.matcher(self.tokens.lower, units), key=lambda t: t[1])
        trigger_starts = [s for _, s, _ in triggers]
        name_starts = [s for s, _ in names]
        result = Extraction()
        for index, sentence in enumerate(split_sentences(self.raw)):
            lo = bisect_left(self.tokens.start, sentence.start)
            hi = bisect_left(self.tokens.start, sentence.end)
            view = self._view(index, sentence, lo, hi)
            t_lo, t_hi = bisect_left(trigger_starts, lo), bisect_left(trigger_starts, hi)
            local = [(i, s - lo, e - lo) for i, s, e in triggers[t_lo:t_hi] if e <= hi]
            n_lo, n_hi = bisect_left(name_starts, lo), bisect_left(name_starts, hi)
            spans = [(s - lo, e - lo) for s, e in names[n_lo:n_hi] if e <= hi]
            stances = self._sentence(view, spans, local)
            if index == 0 and _commentary_headline(view):
                continue  # "Analysts: Japan's new prime minister may seek ...": a view
            result.stances += stances
        # Every actor a stance names, its claimant too, goes with it: a store must never
        # hold a stance attributed to an actor it has no record of.
        used = {a for s in result.stances for a in (s.source, s.target, s.attributed_to) if a}
        actors = {i: a for i, a in ((i, self.state.actor(i)) for i in sorted(used)) if a}
        result.stances, actors = self._expelled_envoys(result.stances, actors)
        result.stances, actors = self._formal_bodies(result.stances, actors)
        result.actors = sorted(actors.values(), key=lambda a: a.id)
        return result

    def _names_country(self, surface: str) -> bool:
        """Whether a surface form names a country (and only that)."""
        senses = self.e.gaz.lookup(surface)
        known = self.e.gaz.gazetteer.actors
        return bool(senses) and all(known[s.actor].kind is ActorKind.COUNTRY for s in senses)

    def _expelled_envoys(
        self, stances: list[Stance], actors: dict[str, Actor]
    ) -> tuple[list[Stance], dict[str, Actor]]:
        """A diplomat expelled, declared persona non grata or sent home is a measure against
        the state that sent them: "declared Serbian Ambassador Dragan Petkovic persona non
        grata" sanctions Serbia, as "expelled the Serbian ambassador" does."""
        out: list[Stance] = []
        seen: set[tuple[str, str, StanceType, Modality, Evidence]] = set()
        for stance in stances:
            kept = stance
            envoy, source = actors.get(stance.target), actors.get(stance.source)
            sender = self.state.actor(envoy.country) if envoy and envoy.country else None
            if (
                stance.type is StanceType.SANCTION
                and envoy is not None
                and envoy.kind is ActorKind.PERSON
                and _DIPLOMAT_ROLE.search((envoy.role or "").lower())
                and not _NOT_STATE_ENVOY.search((envoy.role or "").lower())
                and not _NOT_STATE_ENVOY_TEXT.search(stance.evidence.text or "")
                and sender is not None
                and source is not None
                and sender.id not in (source.id, source.country)
            ):
                actors.setdefault(sender.id, sender)
                kept = replace(stance, target=sender.id)
            key = (kept.source, kept.target, kept.type, kept.modality, kept.evidence)
            if key not in seen:
                seen.add(key)
                out.append(kept)
        return out, actors

    def _formal_bodies(
        self, stances: list[Stance], actors: dict[str, Actor]
    ) -> tuple[list[Stance], dict[str, Actor]]:
        """A state's ministries under one id each, however the story wrote them ("the Foreign
        Ministry in Tallinn" is ``est-foreign-ministry``, as "Estonia's Foreign Ministry" is),
        with the formal name among the aliases, so that two states' "Foreign Ministry" never
        share an id in a store."""
        renamed: dict[str, Actor] = {}
        for actor in actors.values():
            state = self.state.actor(actor.country) if actor.country else None
            formal = formal_body(actor, state.name) if state else None
            if formal is not None:
                renamed[actor.id] = formal
        if not renamed:
            return stances, actors
        out = {a.id: a for i, a in actors.items() if i not in renamed}
        for formal in renamed.values():
            kept = out.get(formal.id)  # "Estonia's Foreign Ministry" and "the Foreign Ministry"
            aliases = (*(kept.aliases if kept else ()), *formal.aliases)
            out[formal.id] = replace(formal, aliases=tuple(dict.fromkeys(aliases)))

        def moved(i: str | None) -> str | None:
            return renamed[i].id if i in renamed else i

        changed = []
        for s in stances:
            source, target = moved(s.source) or s.source, moved(s.target) or s.target
            if source == target:
                continue
            changed.append(
                replace(s, source=source, target=target, attributed_to=moved(s.attributed_to))
            )
        return changed, out

    def _view(self, index: int, sentence: Sentence, lo: int, hi: int) -> SentenceView:
        texts, lowers, starts = self.tokens.text, self.tokens.lower, self.tokens.start
        quoted = self.quoted
        toks = []
        for i in range(lo, hi):
            text, start = texts[i], starts[i]
            inside = text != '"' and quoted[start]
            lower = lowers[i]
            if text in MONTH_WORDS and (i > lo or texts[i + 1 : i + 2] in (["."], [","])):
                lower = MONTH_WORDS[text]  # "In May, Russia ...": the month, not "may"
            toks.append(Tok(i - lo, text, lower, start, start + len(text), inside))
        return SentenceView(
            index, sentence.start, sentence.end, sentence.text, sentence.paragraph, toks
        )

    def _recall(self, word: str) -> str | None:
        """Who a phrase without an actor refers back to ("the accusation"): its agent, as
        the country a person speaks for."""
        if word in _REFERRING:
            return self.state.last_referent
        # a deed's noun: whoever claimed it, else whoever last did that very deed ("detained
        # four workers ... the detentions"), else the last to act in its type
        types = self.e.noun_types.get(word)
        told = self._told_deeds(word, measures=False)
        found = (
            self.state.claimant(word, types)
            or (told[-1][0] if told else None)
            or self.state.recall(word, types)
        )
        if found is None and word in ("vote", "ballot"):  # "welcomed the vote": on a motion
            found = self.state.motion_author(self.view_index, reach=12)
        if found is None and word in _REMARKS:  # "called the comment an insult": the speaker
            found = self.state.recall(SPOKEN, None)
            if found:
                self.state.last_referent = found
                return found  # a remark is its speaker's own, not their state's
        if found:
            self.state.last_referent = found
            if self.state.kind(found) is ActorKind.PERSON:
                return self.state.country_of(found) or found
        return found

    def _sentence(
        self, view: SentenceView, spans: list[tuple[int, int]], raw_hits: list[tuple[int, int, int]]
    ) -> list[Stance]:
        e, state = self.e, self.state
        self.view_index = view.index
        find_mentions(view, spans, e.gaz, state, e.cues, e.verbs)
        if view.index <= 1 and state.dateline is None:
            state.dateline = self._dateline_country(view)
        frames = Frames(view, e.cues, e.verbs, self._recall)
        attach_speaker(view, find_speeches(frames, e.cues), state)
        frames = Frames(
            view,
            e.cues,
            e.verbs,
            self._recall,
            self._adversary,
            state.main_country(),
            lambda others: state.pair(view.index, [], False, 0, frozenset(others)),
            self._doer_of,
            self._victim,
        )
        speeches = find_speeches(frames, e.cues)
        self.recent = [*self.recent[-_NAMED_DEED_REACH:], (view.index, frames)]
        self._remember_owners(view, frames)
        self._remember_authors(view, frames)
        self._remember_claimed(view, frames)
        self._remember_claimants(view, speeches)
        hits = select_hits(frames, e.lexicon, raw_hits)
        speakers = {a for s in speeches for a in s.speakers} | {view.speaker or ""}
        countries = {a: state.country_of(a) for a in {m.actor for m in view.mentions} | speakers}
        reader = ModalityReader(
            frames, e.cues, speeches, view.speaker, countries, self._commentators(view)
        )
        protos = read_hits(frames, e.lexicon, hits, reader)
        measures_in_force(frames, hits, protos)
        protos += self._denials(frames, hits, protos)
        protos += self._refusals(frames, protos)
        protos += self._bare_refusals(frames, speeches, protos) + self._defiance(frames, protos)
        protos += self._spoken_denials(view, frames, speeches, protos)
        protos += self._unaimed_threats(frames, hits, protos)
        protos += self._closed_crossings(frames, hits, protos)
        protos += _urged_talks(frames, protos)
        protos += _offers(frames, protos)
        protos += self._open_offers(frames, hits, protos)
        protos += self._welcomed_agreements(frames, hits, protos)
        protos = self._releases(frames, hits, protos)
        protos += _allegations(frames, protos)
        protos += _punished_for(frames, protos)
        protos += self._counter_acts(frames, protos)
        talkers = [a for s in speeches for a in s.speakers] + [view.speaker or ""]
        protos += [
            *_hosts(frames, hits, protos),
            *_invitations(frames),
            *_go_between_offers(frames, protos, self._side, state.kind),
            *_hosting_offers(frames, protos),
            *_expected_visits(frames, self._side),
            *_given_time_to_leave(frames, reader, self._side),
            *_exits(frames, reader, state.kind),
            *self._meetings_to_come(frames),
            *_expectations(frames, reader),
            *deployments(
                frames,
                reader,
                [a for a in talkers if a],
                self._side,
                self._rival,
                lambda a: state.kind(a) in (ActorKind.COUNTRY, ActorKind.GROUP),
                protos,
            ),
        ]
        protos += [
            *self._reviewed_ties(frames, reader, protos),
            *self._verdicts(view, frames, speeches, protos),
        ]
        protos += self._threats_in_words(view, speeches, protos)
        protos += [
            *self._ultimatums(view, frames, speeches, protos),
            *self._readiness(view, frames, speeches, protos),
            *self._named_offers(view, frames, speeches, protos, hits),
        ]
        protos += self._terms(view, frames, speeches, protos) + self._harm_foretold(
            view, frames, speeches, protos
        )
        protos += self._rebuffs(view, frames, speeches, protos)
        protos = self._spoken_for(view, speeches, protos)
        protos = [self._diplomatic_protest(frames, _made_threat(frames, p)) for p in protos]
        protos = _pruned(frames, protos + self._threatened_measures(frames, protos))
        self._remember_agents(view, protos)
        self._remember_acts(view, frames, protos)
        stances = [
            s for s in self._stances(view, protos) if (s.type, s.modality) not in _UNRELIABLE
        ]
        for p in protos:
            if p.modality is Modality.ASSERTED and _asks(p.type, frames.low(p.hit.start)):
                self.state.asked[self._side(p.target)] = (p.source, view.index)
        self._remember_answers(view, stances)
        return stances

    def _meetings_to_come(self, frames: Frames) -> list[Proto]:
        """'Its first meeting is planned for next month in Colombo', 'A three-way meeting with
        Pakistan is scheduled for next month': a meeting to come, naming no one before it, of
        the sides that talked in the last few sentences (and of any it is held "with")."""
        if self.last_talks is None or self.view_index - self.last_talks[0] > _TALKS_REACH:
            return []
        for k, tok in enumerate(frames.toks):
            if tok.lower not in _MEETINGS and tok.lower != "round":
                continue
            if any(m.start < k and m.how != "pronoun" for m in frames.view.mentions):
                continue  # "Japan's next meeting with ...": a subject of its own
            j, guests = k + 1, []
            while frames.low(j) in ("with", "and", ",") and (m := frames.starts.get(j + 1)):
                guests.append(self._side(m.actor))
                j = m.end
            planned = frames.low(j) in ("is", "are") and frames.low(j + 1) in _SET_FOR
            if not (planned or (frames.low(j) == "will" and frames.low(j + 1) == "be")):
                continue  # "The meeting was tense"
            parties = sorted(self.last_talks[1] | set(guests))
            hit = Hit(k, k + 1, Entry(StanceType.CONSULT, "noun", (tok.lower,)), k)
            return [
                Proto(a, b, StanceType.CONSULT, Modality.HYPOTHETICAL, None, 0.5, hit)
                for n, a in enumerate(parties)
                for b in parties[n + 1 :]
            ]
        return []

    def _remember_answers(self, view: SentenceView, stances: list[Stance]) -> None:
        """The sides that answered or backed someone in this sentence, in their own words
        ("saying Minsk had supplied arms" is not Minsk's word), or only replied ("Argentina
        struck back within hours."): an official named next speaks for one of them."""
        talked = frozenset(
            self._side(a)
            for stance in stances
            if stance.type is StanceType.CONSULT and stance.modality.factual
            for a in (stance.source, stance.target)
        )
        if len(talked) >= 2:
            self.last_talks = (view.index, talked)
        answered = self.state.answered.setdefault(view.index, set())
        for stance in stances:
            own = stance.modality is Modality.ASSERTED
            if own and (stance.type is StanceType.REJECT or stance.type.polarity > 0):
                answered.add(self._side(stance.source))
        replier = _replier(view)
        if replier is not None:
            answered.add(self._side(replier))
            self.state.replied.setdefault(view.index, set()).add(self._side(replier))

    def _dateline_country(self, view: SentenceView) -> str | None:
        """The country of a dateline opening the sentence ("CHISINAU, Moldova - ...",
        "DHAKA -"): the first place or country named before the dash, if the words before it
        are all capitalised."""
        dash = next((t.i for t in view.toks[:8] if t.text in _DASHES), None)
        city = view.toks[0].text if view.toks else ""
        if (
            dash is None
            or not (city.isalpha() and city.isupper() and len(city) > 2)  # "HANOI", not "Israel"
            or not all(
                t.text in (",", ".", "(", ")") or t.text[:1].isupper() for t in view.toks[:dash]
            )
        ):
            return None
        place = next((m for m in view.mentions if m.start < dash), None)
        return self.state.country_of(place.actor) if place is not None else None

    def _side(self, actor: str) -> str:
        return self.state.country_of(actor) or actor

    def _answered_side(self, denier: str) -> str | None:
        """Whom a denial answers when no accusation is on record: the state the denier's
        side last wronged, else the last to act against it; a state other than the
        denier's own, and only for a denier who speaks for a state."""
        home = self.state.country_of(denier)
        for other in (self._wronged_by(denier), self._adversary(denier)):
            if other is not None and self.state.country_of(other) not in (None, home):
                return other if home else None
        return None

    def _wronged_by(self, actor: str) -> str | None:
        """The side ``actor``'s side last did a hostile deed to, within the last few
        sentences: the one a denial answers when nobody's accusation is on record
        ("troops came under fire from Syria ... Syria denied that its troops had fired")."""
        side = self._side(actor)
        for index, source, targets, _ in reversed(self.state.hostile):
            if self.view_index - index > _ADVERSARY_REACH:
                break
            aimed = [self._aimed_at(t) for t in targets]
            if self._side(source) == side and aimed and aimed[0] != side:
                return aimed[0]
        return None

    def _adversary(self, actor: str) -> str | None:
        """Whoever last acted against ``actor``'s side (or against no one named), as the
        side they act for; within the last few sentences."""
        side = self._side(actor)
        # an act against no one named ("a group that the United States lists as terrorist")
        # counts, within the nearer reach, only when no act on record hit the side
        unaimed = None
        for index, source, targets, _ in reversed(self.state.hostile):
            if self.view_index - index > _DOER_REACH:
                break
            if self.view_index - index > _ADVERSARY_REACH and not targets:
                continue
            hurt = {self._aimed_at(t) for t in targets}
            hurt |= {SOVEREIGN[h] for h in hurt if h in SOVEREIGN}  # Aruba's closure: Dutch
            if self._side(source) != side and side in hurt:
                return self._side(source)
            if self._side(source) != side and not targets:
                unaimed = unaimed or self._side(source)
        return unaimed

    def _bare_denial(self, frames: Frames, i: int, denier: str) -> bool:
        """Whether the denial at ``i`` denies a deed of the denier's own side and names no
        other state ("denied sheltering armed men", not "denied that its soldiers had crossed
        into Guatemala" nor "denied reports that its president was ill")."""
        if any(frames.low(k) in _HEARSAY for k in range(i + 1, i + 4)):
            return False
        side = self._side(denier)
        asker = self.state.asked.get(side)
        asker_side = self._side(asker[0]) if asker else None
        return not any(
            m.start > i
            and m.how != "pronoun"
            and self.state.kind(self._side(m.actor)) is ActorKind.COUNTRY
            and self._side(m.actor) != side
            and (self._side(m.actor) != asker_side or m.locative)
            for m in frames.view.mentions
        )

    def _asker_of(self, actor: str) -> str | None:
        """The side that lately asked something of ``actor``'s side, as a state: a denial
        with no charge on record answers it ("urged Monrovia to hand over the gunmen ...
        Liberia denied sheltering armed men")."""
        side = self._side(actor)
        found = self.state.asked.get(side)
        if found is None or self.view_index - found[1] > _ASKED_REACH:
            return None
        asker = self._side(found[0])
        return asker if asker != side else None

    def _rival(self, actor: str) -> str | None:
        """The side ``actor``'s side is at odds with lately: whoever last acted against it,
        else the side it last wronged, else the one it last accused or was accused by."""
        found = self._adversary(actor) or self._wronged_by(actor)
        if found is None:
            return self._foe(actor)
        return self._side(found) if self._side(found) != self._side(actor) else None

    def _foe(self, actor: str) -> str | None:
        """The side ``actor``'s side last accused, or was last accused by, lately."""
        side = self._side(actor)
        accused = [
            (at, who)
            for who, at in self.state.accused_at.items()
            if self._side(self.state.accusers.get(who, "")) == side
            and self.view_index - at <= _DOER_REACH
        ]
        found = max(accused)[1] if accused else self.state.accuser_of(actor)
        return self._side(found) if found is not None and self._side(found) != side else None

    def _doer_of(
        self,
        actor: str,
        types: frozenset[StanceType],
        aimed: bool = False,
        words: tuple[str, ...] = (),
        told: bool = False,
    ) -> str | None:
        """The side that did the deed a definite noun names ("called the recall 'an
        emotional decision'"): the side other than ``actor``'s that a recent sentence says
        did it in the noun's own ``words`` ("Russia began missile drills ... called the
        drills provocative"), else the last such side to do a hostile deed of one of
        ``types`` in the last few sentences, else whoever last acted against ``actor``'s
        side (not where the deed must have been ``told``); nobody for an actor of no known
        side."""
        side = self.state.country_of(actor)
        if side is None and self.state.kind(actor) is ActorKind.ORGANIZATION:
            side = actor  # "The European Commission said the sanctions were unacceptable"
        if side is None:
            return None  # a speaker of no known side may be the doer's own
        named = self._named_deed(words, side, aimed)
        if named is not None:
            return named
        done = [
            (source, targets, stance_type)
            for index, source, targets, stance_type in reversed(self.state.hostile)
            if self.view_index - index <= _DOER_REACH and stance_type in types
        ]
        recent = [(s, t, k) for s, t, k in done if self._side(s) != side]
        if done and not recent:
            return None  # "Russia seized ... a Russian opposition leader said the seizure"
        # for a deed named with its victims ("called the expulsion of his country's diplomats
        # illegal"), the one done to the speaker's side first
        at_side = [s for s, targets, _ in recent if side in {self._side(t) for t in targets}]
        found = at_side[0] if aimed and at_side else recent[0][0] if recent else None
        if found is not None or told:
            return self._side(found) if found is not None else None
        # no such deed told: whoever last acted against the speaker's side, else its foe (not
        # the side it wronged: "Israel struck Hezbollah ... called the closure hostile")
        found = self._adversary(actor)
        return self._side(found) if found is not None else self._foe(actor)

    def _named_deed(self, words: tuple[str, ...], side: str, aimed: bool = False) -> str | None:
        """The side, not ``side``, that one of the last few sentences says did the deed
        the words name: the subject of the verb that is the deed or governs a word of it
        ("floated hundreds of balloons" for "the balloon launches"), or the state owning
        it ("Russia's drills")."""
        stems = {_stem(w) for w in words if len(w) > 3 and w.isalpha()} - _VAGUE_DEEDS
        if not stems:
            return None
        # the deed's first telling, not a later reaction that names it again ("Japan
        # condemned the missile launches"): the earliest sentence, a mention not definite
        for index, frames in self.recent:
            if index == self.view_index:
                continue
            for k, tok in enumerate(frames.toks):
                if _stem(tok.lower) not in stems or _told_before(frames, k):
                    continue
                for doer in self._deed_doers(frames, k):
                    found = self._side(doer)
                    if found and found != side and self.state.kind(found) is ActorKind.COUNTRY:
                        return found
        # told longer ago ("detained four Finnish workers ... called the detentions arbitrary"),
        # the latest such deed (one done to the speaker's side first, for a deed named with
        # its victims)
        told = [
            (doer, victim)
            for word in words
            if _stem(word) in stems
            for doer, victim in reversed(self._told_deeds(word, measures=False))
            if doer != side and self.state.kind(doer) is ActorKind.COUNTRY  # (a state's deed)
        ]
        at_side = [doer for doer, victim in told if victim == side]
        if aimed and at_side:
            return at_side[0]
        return told[0][0] if told else None

    def _victim(self, noun: str, doer: str) -> str | None:
        """The side the deed a noun names was aimed at when ``doer``'s side last did it."""
        side = self._aimed_at(doer)  # (an armed group acts for itself, as it is hurt)
        told = self._told_deeds(noun)
        return next((v for by, v in reversed(told) if self._aimed_at(by) == side), None)

    def _remember_deeds(self, frames: Frames, protos: list[Proto]) -> None:
        """The side that did each hostile deed told as done, and the side it was aimed at
        (none for a deed on no one named: "Iran seized an oil tanker"), under the stems of its
        verb and of the nouns that name it."""
        # (an armed group or breakaway authority acts for itself, as it is hurt for itself; a
        # state's body for its state: "Norway's coast guard arrested ... the arrests")
        told: list[tuple[Entry, str, str | None, StanceType]] = [
            (p.hit.entry, self._aimed_at(p.source), self._aimed_at(p.target), p.type)
            for p in protos
            if p.type.polarity < 0
            and p.type not in _VERBAL
            and p.modality in (Modality.ASSERTED, Modality.REPORTED)
        ]
        told += [
            (entry, self._aimed_at(s), None, entry.type or StanceType.COERCE)
            for entry, doers in frames.untargeted
            for s in doers
        ]
        for entry, doer, victim, stance_type in told:
            if entry.kind not in ("verb", "phrase", "noun"):
                continue
            # the verb, the nouns that name its act and the phrase's own nouns ("carried out
            # strikes", "ordered the expulsion")
            lemma = entry.words[0]
            words = {lemma, *self.e.lexicon.nominals.get(lemma, ()), *entry.words[1:]}
            self.state.clock += 1
            for word in words:
                if word.isalpha() and word not in ALL_PREPS:
                    self.state.deeds.setdefault(_stem(word), []).append(
                        (self.state.clock, doer, victim, stance_type)
                    )

    def _told_deeds(self, word: str, measures: bool = True) -> list[tuple[str, str | None]]:
        """Each deed told so far that ``word`` names, (doer, victim) in story order: under its
        stem or a compound ending in it ("airstrikes" for "the strikes"); without sanctions
        unless ``measures`` (their doer is the body that imposed them, as recalled elsewhere:
        "the sanctions" of the Treasury)."""
        stem = _stem(word)
        found = [
            deed
            for key, deeds in self.state.deeds.items()
            if key == stem or (len(stem) > 3 and key.endswith(stem))
            for deed in deeds
            if measures or deed[3] is not StanceType.SANCTION
        ]
        return [(doer, victim) for _, doer, victim, _ in sorted(found)]

    @staticmethod
    def _deed_doers(frames: Frames, k: int) -> list[str]:
        """Who did the deed a word at ``k`` names or takes part in: its owner ("Russia's
        drills", "Russian drills"), else the subject of the verb it is or that governs it."""
        owner = frames.ends.get(k - 1 - (frames.low(k - 1) == "'s"))
        if owner is not None and owner.how in ("name", "metonym", "demonym"):
            return [owner.actor]
        for j in range(k, max(k - 8, -1), -1):
            if j < k and frames.low(j) in (",", ";", ":", '"', "and", "but", "which", "that"):
                return []
            if frames.is_verb(j):
                return [] if frames.low(j) in _REACTING else frames.subject(j)
        return []

    def _counter_acts(self, frames: Frames, protos: list[Proto]) -> list[Proto]:
        """'Baku warned it would respond with all necessary means', 'Minsk will respond
        symmetrically to the expulsion': a promised response is the deed answered, in
        kind and only hypothetical (fire for fire, an expulsion for an expulsion)."""
        out = []
        for p in protos:
            if (
                p.type is not StanceType.THREATEN
                or not p.modality.factual
                or not promises_response(frames, p.hit)
            ):
                continue
            source, target = self._side(p.source), self._side(p.target)
            deed = self._deed_against(frames, side=source, doer=target)
            if deed is not None and not any(
                q.type is deed and q.source in (p.source, source) for q in protos
            ):
                out.append(Proto(source, target, deed, Modality.HYPOTHETICAL, None, 0.5, p.hit))
        return out

    def _diplomatic_protest(self, frames: Frames, p: Proto) -> Proto:
        """A state, its ministry or its official who protests an act ("Japan protested the
        decision", "Tripoli Protests Cairo's Patrol Deal", "handed him a formal protest")
        accuses, in words; a crowd of its people protests in the street ("Hundreds of
        Pakistanis protested outside the U.S. embassy")."""
        if p.type is not StanceType.PROTEST or not p.hit.entry.words[0].startswith("protest"):
            return p
        at = p.hit.start
        head = frames.toks[at - 1] if at > 0 else None  # "Kenyan traders protested"
        plural_people = (
            head is not None
            and head.text.isalpha()
            and head.text.islower()
            and head.lower.endswith("s")
            and head.lower not in _STATE_HEADS
        )
        crowd = any(frames.low(k) in _CROWD_WORDS for k in range(at))
        if crowd or plural_people or frames.low(p.hit.end) in _STREET_WORDS:
            return p
        actor = self.state.actor(p.source)
        if actor is None:
            return p
        state_side = actor.kind is ActorKind.COUNTRY or (
            actor.country is not None
            and actor.kind in (ActorKind.ORGANIZATION, ActorKind.PERSON)
            and bool(
                _OFFICE_WORDS & set((actor.role or actor.id).lower().replace("-", " ").split())
            )
        )
        return replace(p, type=StanceType.ACCUSE) if state_side else p

    def _copular_verdicts(
        self, view: SentenceView, frames: Frames, speeches: list[Speech], protos: list[Proto]
    ) -> list[Proto]:
        """'"This is economic coercion, pure and simple," said Ishizaki', '"Taking them away
        is a deliberate provocation"', 'Vaher said it was unacceptable': a speaker's verdict on
        a deed the sentence does not name accuses whoever last acted against the speaker's
        side (not "it is not a provocation", nor a verdict with an actor for its subject)."""
        out: list[Proto] = []
        words = self.e.lexicon.eval_words
        toks = frames.toks
        for tok in toks:
            i = tok.i
            amounting = tok.lower in _AMOUNTING and frames.low(i + 1) == "to"
            if tok.lower not in _COPULAS and not amounting and tok.lower not in _CONSTITUTING:
                continue  # ("the measures amounted to interference", "constitute a breach")
            deed = _deed_subject(frames, i)
            act = None if deed else self._act_subject(frames, i)
            if not deed and act is None:
                continue
            if frames.low(act[0] - 1 if act else i - 2) in ("if", "whether", "unless"):
                continue  # "would respond if it was a hostile act"
            j = i + 1 + amounting
            while j < min(i + 5 + amounting, len(toks)) and (
                frames.low(j) in _VERDICT_FILLERS
                or (j == i + 1 + amounting and frames.low(j) in _QUOTES)
            ):
                j += 1  # 'was "illegal and confiscatory"'
            if frames.low(j) in frames.cues["negators"]:
                continue  # "it is not a provocation"
            found, k = None, j
            for k in range(j, min(j + 4, len(toks))):
                found = _verdict_at(frames, words, k)
                if found is not None or not frames.toks[k].text.isalpha() or frames.is_verb(k):
                    break  # "it was needed to stop illegal migration": no verdict
            # a noun verdict may go on "of" ("a violation of"); an adjective may not ("it was
            # hasty of the ministry to publish")
            noun = any(frames.low(n) in ("a", "an") for n in range(i + 1, j))
            ends = _VERDICT_ENDS if noun else _VERDICT_ENDS - {"of"}
            if found is not StanceType.ACCUSE or frames.low(k + 1) not in ends:
                continue  # "it was dangerous to speculate", "a dangerous winter"
            speaker = self._speaker_at(view, speeches, i)
            target = self._judged(frames, speaker, act) if speaker else None
            if speaker is None or target is None or self._side(speaker) == target:
                continue
            if any(q.type is StanceType.ACCUSE and q.source == speaker for q in protos + out):
                continue  # the sentence has the speaker's charge already
            hit = Hit(i, i + 1, Entry(StanceType.ACCUSE, "verb", (tok.lower,)), i)
            out.append(Proto(speaker, target, StanceType.ACCUSE, Modality.ASSERTED, None, 0.5, hit))
        return out

    def _verdicts(
        self, view: SentenceView, frames: Frames, speeches: list[Speech], protos: list[Proto]
    ) -> list[Proto]:
        """A speaker's verdicts on deeds: in a copula's complement, or in the telling."""
        out = self._copular_verdicts(view, frames, speeches, protos)
        out += self._misdeeds_told(view, frames, speeches, protos + out)
        return out + self._owned_wrongs(view, frames, speeches, protos + out)

    def _judged(self, frames: Frames, speaker: str, act: tuple[int, int] | None) -> str | None:
        """Whom a speaker's verdict judges: the doer of the act named ("said the seizure was
        illegal": whoever seized), else whoever last acted against the speaker's side."""
        if act is None:
            return self._adversary(speaker)
        noun = frames.low(act[1] - 1)
        named = tuple(frames.low(n) for n in range(act[0] + 1, act[1]))
        if noun in _MEASURES:  # "said the measures were illegal": the last hostile deed's
            return self._doer_of(speaker, _MATERIAL_HOSTILITY, words=named)
        return self._doer_of(speaker, self.e.lexicon.act_nouns[noun], words=named, told=True)

    def _misdeeds_told(
        self, view: SentenceView, frames: Frames, speeches: list[Speech], protos: list[Proto]
    ) -> list[Proto]:
        """'Liang said Denmark had acted "illegally"', 'said Poland had violated the treaty',
        '"Nicaragua treats our fishermen like pirates," Hooker said': a speaker who tells of a
        deed of another side's in words that condemn the deed accuses that side; the words
        must be the side's own conduct (not 'said Ukraine was resisting Russian
        aggression', 'had been abused by', nor 'had done nothing illegal')."""
        words = frames.cues.lists.get("misdeed_words", frozenset())
        out: list[Proto] = []
        for tok in frames.toks:
            verb = _misdeed_verb(frames, tok.i) if tok.lower in words else None
            speaker = self._speaker_at(view, speeches, tok.i) if verb is not None else None
            if verb is None or speaker is None:
                continue
            side = self._side(speaker)
            for doer in frames.subject(verb):
                named = any(
                    m.actor == doer
                    and m.how != "pronoun"
                    and m.start < verb
                    # "Ukraine's allies had acted recklessly" (but "Britain's continued
                    # administration of the islands was unlawful")
                    and (frames.low(m.end) != "'s" or frames.low(verb) in _BE)
                    for m in view.mentions
                )
                if (
                    not named
                    or self._side(doer) == side
                    or self.state.kind(doer) not in (ActorKind.COUNTRY, ActorKind.GROUP)
                    or any(
                        q.type is StanceType.ACCUSE and q.source == speaker and q.target == doer
                        for q in protos + out
                    )
                ):
                    continue
                hit = Hit(tok.i, tok.i + 1, Entry(StanceType.ACCUSE, "verb", (tok.lower,)), tok.i)
                accuse = Proto(speaker, doer, StanceType.ACCUSE, Modality.ASSERTED, None, 0.5, hit)
                out.append(accuse)
        return out

    def _owned_wrongs(
        self, view: SentenceView, frames: Frames, speeches: list[Speech], protos: list[Proto]
    ) -> list[Proto]:
        """'vowed to stand together against Russia's aggression', 'to deal with North Korea's
        nuclear threat', 'in the face of economic coercion by China': a speaker who names a
        wrong as another side's own, in what they say, accuses that side."""
        out: list[Proto] = []
        words = frames.words
        if not words & _OWNED_WRONGS or words & _WRONGS_DOUBTED:
            return out  # (the common case; or the wrong is denied, doubted, dismissed)
        commentators = self._commentators(view)
        for tok in frames.toks:
            owners, start = _wrong_owners(frames, tok.i) if tok.lower in _OWNED_WRONGS else ([], 0)
            if not owners or not _wrong_done(frames, tok.i, start):
                continue
            said = [s for s in speeches if len(s.speakers) == 1 and s.at < tok.i]
            speaker = (
                view.speaker
                if tok.quoted and view.speaker
                else (said[-1].speakers[0] if said else None)
            )
            if speaker is None or speaker in commentators:
                continue  # (an analyst's reading is no side's charge)
            hit = Hit(tok.i, tok.i + 1, Entry(StanceType.ACCUSE, "noun", (tok.lower,)), tok.i)
            for owner in owners:
                if (
                    self._side(owner) == self._side(speaker)
                    or self.state.kind(owner) not in (ActorKind.COUNTRY, ActorKind.GROUP)
                    or any(
                        q.source == speaker
                        and q.target == owner
                        and q.type in (StanceType.ACCUSE, StanceType.SUPPORT)
                        for q in protos + out
                    )  # (accused already; or "welcomed Armenia's crackdown": praised)
                ):
                    continue
                accuse = Proto(speaker, owner, StanceType.ACCUSE, Modality.ASSERTED, None, 0.5, hit)
                out.append(accuse)
        return out

    def _act_subject(self, frames: Frames, i: int) -> tuple[int, int] | None:
        """The span of 'the <hostile act>' that is the subject of the copula at ``i`` and
        opens its clause after a speech verb ("said the closure was unnecessary", "said that
        the seizure was illegal"), naming nobody."""
        lo = next((k for k in range(i - 1, max(i - 4, -1), -1) if frames.low(k) in _THE), None)
        noun = frames.low(i - 1)
        if lo is None or not (hostile_act(self.e.lexicon, noun) or noun in _MEASURES):
            return None  # ("said the measures were interference": whatever was done last)
        if any(k in frames.named or not frames.toks[k].text.isalpha() for k in range(lo, i)):
            return None  # "the Afghan deportations", "the 2021 closure"
        opener = frames.low(lo - 1)
        quoted = opener in _QUOTES and lo - 1 == 0  # '"The seizure was illegal," X said'
        if opener != "that" and opener not in frames.cues["speech_verbs"] and not quoted:
            return None  # "the closure was ordered after", "in the raid were"
        if opener == "that" and (
            frames.low(lo - 2) in _CHARGES_MADE
            or frames.low(lo - 2) in ALLEGATIONS
            or frames.low(lo - 2) in frames.cues["denial_verbs"]
        ):
            return None  # "rejected claims that the seizure was illegal": the charge denied
        return lo, i

    def _reviewed_ties(
        self, frames: Frames, reader: ModalityReader, protos: list[Proto]
    ) -> list[Proto]:
        """'the government would review every aspect of its relationship with Israel', 'Sudan
        was reviewing its trade and security arrangements with Nairobi': a side that weighs
        its ties with a state weighs a measure against it (a SANCTION, hypothetical; not
        "would not review")."""
        out: list[Proto] = []
        have = {
            (self._side(p.source), self._side(p.target))
            for p in protos
            if p.type is StanceType.SANCTION
        }
        toks = frames.toks
        for tok in toks:
            i = tok.i
            if tok.lower not in _REVIEWING or frames.low(i - 1) in _DETERMINERS:
                continue  # "opened a review of whether ...": no side weighs anything
            if routine_review(frames, i):
                continue  # "received the prime minister and reviewed ties with Pakistan"
            asked = frames.low(i - 1) == "to" and any(
                frames.low(k) in _ASKING for k in range(max(0, i - 8), i)
            )
            if asked or any(p.type is StanceType.REQUEST and p.hit.start < i for p in protos):
                continue  # "called on the government to review the treaty": asked, not weighed
            reach = min(i + 15, len(toks))
            stop = next((k for k in range(i + 1, reach) if frames.low(k) in _TIES_STOPS), reach)
            ties = next((k for k in range(i + 1, stop) if frames.low(k) in _TIES), None)
            if ties is None:
                continue
            linked = [
                k for k in range(ties + 1, min(ties + 3, stop)) if frames.low(k) in ("with", "to")
            ]
            targets = (
                frames.np_actors(linked[0] + 1)[0]
                if linked
                else [
                    m.actor
                    for m in frames.view.mentions
                    if i < m.start < stop and m.how != "pronoun"
                ]
            )  # "every facility that Mali enjoys", "the country's duty-free access"
            sources = frames.subject(i)
            if not sources or not targets:
                continue
            hit = Hit(i, i + 1, Entry(StanceType.SANCTION, "verb", ("review",)), i)
            modality, reporter = reader.read(hit, sources)
            if modality is not Modality.HYPOTHETICAL:
                continue  # "would not review": no measure weighed
            for source in dict.fromkeys(self._side(a) for a in sources):
                for target in targets:
                    if self._side(target) == source or (source, self._side(target)) in have:
                        continue
                    have.add((source, self._side(target)))
                    out.append(
                        Proto(source, target, StanceType.SANCTION, modality, reporter, 0.5, hit)
                    )
        return out

    def _threats_in_words(
        self, view: SentenceView, speeches: list[Speech], protos: list[Proto]
    ) -> list[Proto]:
        """'Ferrer said Cuba could stop accepting deportation flights', '"Cambodia will close
        every crossing point," Sok Vannarith said': an official who says what harm their own
        state would do to another threatens it, whether or not the verb says "warn"."""
        reported = [(s.at, s.speakers[0]) for s in speeches if len(s.speakers) == 1]
        out: list[Proto] = []
        for p in protos:
            if p.type not in _THREATENED_DEEDS or p.modality is not Modality.HYPOTHETICAL:
                continue
            if view.lower(p.hit.start - 1) == "have":
                continue  # "Cambodia could have closed every crossing": a past that was not
            speakers = [speaker for at, speaker in reported if at < p.hit.start]
            if p.hit.start < len(view.toks) and view.toks[p.hit.start].quoted and view.speaker:
                speakers.append(view.speaker)
            side, target = self._side(p.source), self._side(p.target)
            speaker = next((s for s in speakers if s != target and self._side(s) == side), None)
            if speaker is None or side == target:
                continue
            if any(
                q.type is StanceType.THREATEN and self._side(q.source) == side for q in protos + out
            ):
                continue  # "warned that Baku would respond": the threat is there already
            out.append(
                Proto(speaker, p.target, StanceType.THREATEN, Modality.ASSERTED, None, 0.5, p.hit)
            )
        return out

    def _ultimatums(
        self, view: SentenceView, frames: Frames, speeches: list[Speech], protos: list[Proto]
    ) -> list[Proto]:
        """'Vondrackova said Prague would go straight to the EU court if the dispute was not
        resolved', 'if the men were not home by the weekend, Colombia would review every
        aspect of its relations': a harm the speaker's own side promises on a condition
        threatens the side that must meet it (named in the condition, else in the harm, else
        the adversary). The verb after the modal must do harm ("would review", "will take
        the matter to court"), not give something up ("would ease sanctions", "would halt
        strikes if Ukraine did the same") or deny it ("would not review")."""
        if any(p.type is StanceType.THREATEN for p in protos) or not any(
            tok.lower in ("would", "will", "could") for tok in frames.toks
        ):
            return []  # (the common case: no promise is made)
        conditions = [
            k
            for k, tok in enumerate(frames.toks)
            if tok.lower in ("if", "unless")
            and frames.low(k - 1) not in _ASKED_IF  # "unclear if", "asked whether"
        ]
        speakers = [s.speakers[0] for s in speeches if len(s.speakers) == 1]
        if view.speaker and any(tok.quoted for tok in frames.toks):
            speakers.append(view.speaker)
        outside = self._commentators(view)
        speakers = [s for s in speakers if s not in outside and not self._former(s)]
        if any(
            frames.low(k) == "asked" and frames.low(k + 1) in ("whether", "if", "about")
            for k in range(len(frames.toks))
        ):
            return []  # "Asked whether Colombia would close the border if ..."
        for k, tok in enumerate(frames.toks):
            subject = frames.ends.get(k)
            # "our defence forces will", "her government would"; in a speaker's own words,
            # what is done to something ("the border will be closed again")
            suffered = (
                subject is None
                and tok.quoted
                and view.speaker is not None
                and frames.low(k + 1) == "be"
                and frames.low(k - 1) not in ("that", "who", "which")  # (what might happen)
                and not any(frames.low(j) in _NOT_SUFFERED for j in range(max(0, k - 3), k))
            )
            # (not "our soldiers will be deported": harm the speaker's own side would suffer)
            own = _our_forces(frames, k) and frames.low(k + 1) != "be"
            ours = subject is None and (own or suffered)
            if tok.lower not in ("would", "will", "could") or (subject is None and not ours):
                continue
            side = self._side(subject.actor) if subject is not None else None
            speaker = next((s for s in speakers if ours or self._side(s) == side), None)
            verb = _promised_verb(frames, k)
            harm = range(verb, min(verb + 10, len(frames.toks)))
            if speaker is None or not _harmful(frames, verb, harm):
                continue
            cond = next((c for c in conditions if abs(c - k) <= 25), None)
            if cond is None and not _vague_threat(frames, harm):
                continue  # "would review every agreement" with no condition: no threat said
            if cond is not None and cond < k < _clause_end(frames, cond):
                continue  # the modal is inside the condition ("if Iran would ...")
            if cond is not None and not _conditions_another(frames, cond):
                continue  # "if the outbreak worsened in Venezuela", "if he were ..."
            home = self._side(speaker)
            where = range(cond + 1, _clause_end(frames, cond)) if cond is not None else harm
            in_condition = [
                m.actor
                for m in frames.view.mentions
                if m.start in where
                and self._side(m.actor) != home
                and self.state.kind(m.actor) in _SIDES
            ]
            if suffered and not in_condition:
                continue  # "will be closed again if infections keep rising": no side's deed
            named = in_condition + [
                m.actor
                for m in frames.view.mentions
                if m.start in harm
                and self._side(m.actor) != home
                and self.state.kind(m.actor) is ActorKind.COUNTRY  # (not the court it would go to)
            ]
            target = named[0] if named else self._adversary(speaker)
            if (target is None or self._side(target) == home) and cond is not None:
                target = self._other_party(home)  # "if the strikes continued"
            if target is None or self._side(target) == home:
                continue
            hit = Hit(k, k + 1, Entry(StanceType.THREATEN, "phrase", (tok.lower,)), k)
            return [Proto(speaker, target, StanceType.THREATEN, Modality.ASSERTED, None, 0.5, hit)]
        return []

    def _other_party(self, side: str) -> str | None:
        """The other party of a two-sided story, for a side that is one of its two parties
        (the two countries it names most): none for a third state or a bloc."""
        counts = self.state.country_counts
        top = sorted(counts, key=lambda c: -counts[c])[:2]
        if side not in top or len(top) < 2:
            return None
        return top[0] if top[1] == side else top[1]

    def _readiness(
        self, view: SentenceView, frames: Frames, speeches: list[Speech], protos: list[Proto]
    ) -> list[Proto]:
        """'Havana remained willing to discuss the case', 'Beijing was ready to cooperate with
        an investigation', 'was ready to let humanitarian cargo through': a side ready to
        give ground, naming nobody, offers it to the side that asked, else to the other party
        of the story, else to its adversary (its official, when one speaks for it). Readiness
        to fight ("ready to return fire"), doubted, lost or claimed by another is none."""
        if any(p.type is StanceType.AGREE for p in protos) or any(
            tok.lower in _READINESS_DOUBTED for tok in frames.toks
        ):
            return []
        speakers = [s.speakers[0] for s in speeches if len(s.speakers) == 1]
        if view.speaker:
            speakers.append(view.speaker)
        for k, tok in enumerate(frames.toks):
            if tok.lower not in READY or frames.low(k + 1) != "to" or not _gives_ground(frames, k):
                continue
            if any(frames.low(j) in _NOT_READY for j in range(max(0, k - 4), k)):
                continue  # "not ready to", "if Moscow is ready to"
            verb = _ready_verb(frames, k)
            if frames.low(verb) not in _BEING_READY:
                continue  # "a ready-to-use kit"
            subject = next(iter(frames.subject(verb)), None)
            if subject is None or any(
                m.start > k and self._side(m.actor) != self._side(subject)
                for m in frames.view.mentions
            ):
                continue  # a side named after the offer: the rules that read it say whom
            side = self._side(subject)
            if speakers and not any(self._side(s) == side for s in speakers):
                continue  # "the Kremlin said Ukraine was ready to": another's word for it
            source = next((s for s in speakers if self._side(s) == side), subject)
            target = self._asker_of(subject) or self._other_party(side) or self._adversary(subject)
            if target is None or self._side(target) == side:
                continue
            if self.state.kind(target) is ActorKind.PERSON:
                continue  # (a go-between is no party)
            hit = Hit(k, k + 1, Entry(StanceType.AGREE, "phrase", (tok.lower,)), k)
            return [Proto(source, target, StanceType.AGREE, Modality.ASSERTED, None, 0.5, hit)]
        return []

    def _named_offers(
        self,
        view: SentenceView,
        frames: Frames,
        speeches: list[Speech],
        protos: list[Proto],
        hits: list[Hit],
    ) -> list[Proto]:
        """'Russia was ready to cover part of Mongolia's transit costs', 'SEGIB offered to
        convene a commission of Mexican and Spanish historians': a side ready or offering to
        do something that names other sides in its own clause, and no hostile act, offers
        it to them (its official, when one speaks for it); where no other rule read it."""
        words = frames.words
        if not words & (READY | _OFFERING) or words & _READINESS_DOUBTED:
            return []  # (the common case: no offer)
        speakers = [s.speakers[0] for s in speeches if len(s.speakers) == 1]
        speakers += [view.speaker] if view.speaker else []
        hostile = {p.hit.start for p in protos if p.type.polarity < 0} | {
            h.start for h in hits if h.entry.type is not None and h.entry.type.polarity < 0
        }  # "ready to block Sweden's membership"
        out: list[Proto] = []
        for k, tok in enumerate(frames.toks):
            infinitive = frames.toks[k + 2] if k + 2 < len(frames.toks) else None
            if frames.low(k + 1) != "to" or not (
                infinitive and infinitive.text.isalpha() and infinitive.text.islower()
            ):
                continue
            if tok.lower in READY:
                verb = _ready_verb(frames, k)
                if frames.low(verb) not in _BEING_READY:
                    continue
            elif tok.lower in _OFFERING:
                verb = k
            else:
                continue
            if any(frames.low(j) in _NOT_READY | {"when"} for j in range(max(0, k - 4), k)):
                continue  # "not ready to", "only when New Delhi is ready to"
            subject = next(iter(frames.subject(verb)), None)
            if subject is None:
                continue
            side = self._side(subject)
            end = next(
                (
                    j
                    for j in range(k + 2, min(k + 18, len(frames.toks)))
                    if frames.is_boundary(j) or frames.low(j) == ","
                ),
                min(k + 18, len(frames.toks)),
            )
            span = range(k + 2, end)
            told = {frames.low(j) for j in span}
            if hostile & set(span) or told & (_GROUND_TAKEN | _FIGHTING):
                continue  # "ready to respond to any attack by Azerbaijan"
            others = [
                self._side(m.actor)
                for m in frames.view.mentions
                if m.start in span
                and m.how != "pronoun"
                and not m.locative  # "to host talks in Vientiane": the place
                # "to evacuate its citizens from Sudan", "to defend it against Russia"
                and frames.low(m.start - 1 - (frames.low(m.start - 1) == "the"))
                not in ("from", "against")
                # "to invite Venezuelan officials", not "to move Ukrainian grain"
                and (m.how != "demonym" or frames.low(_past_list(frames, m.end)) in _OFFERED_PEOPLE)
                and self._side(m.actor) != side
                and self.state.kind(self._side(m.actor)) is ActorKind.COUNTRY
            ]
            source = next((s for s in speakers if self._side(s) == side), subject)
            have = {(self._side(p.source), self._side(p.target)) for p in protos + out}
            hit = Hit(k, k + 1, Entry(StanceType.AGREE, "phrase", (tok.lower,)), k)
            out += [
                Proto(source, t, StanceType.AGREE, Modality.ASSERTED, None, 0.5, hit)
                for t in dict.fromkeys(others)
                if (side, t) not in have
            ]
        return out

    def _former(self, actor: str) -> bool:
        """Whether a person's role says they no longer hold it ("former president")."""
        found = self.state.actor(actor)
        return bool(found and found.role and "former" in found.role.lower())

    def _terms(
        self, view: SentenceView, frames: Frames, speeches: list[Speech], protos: list[Proto]
    ) -> list[Proto]:
        """'there would be no talks with Madrid until Spain corrects its position', 'the
        border would reopen only when Benin agreed to joint patrols': a side that sets the
        other's act as its term asks the other for it."""
        if not any(tok.lower in ("until", "only") for tok in frames.toks):
            return []  # (the common case: no term can be set)
        commentators = self._commentators(view)
        speakers = [
            s.speakers[0]
            for s in speeches
            if len(s.speakers) == 1 and s.speakers[0] not in commentators
        ]
        if view.speaker and any(tok.quoted for tok in frames.toks):
            speakers.append(view.speaker)
        out: list[Proto] = []
        for k, tok in enumerate(frames.toks):
            # "the crossing would reopen only when Benin agreed": a term a modal sets (not
            # "was informed only after China had seized the boat", nor "would retaliate only
            # if Venezuela attacked first")
            near = range(max(k - 10, 0), k)
            only = (
                tok.lower == "only"
                and frames.low(k + 1) in ("when", "if", "after", "once")
                and any(frames.low(j) in _TERM_MODALS for j in near)
                and not any(frames.low(j) in _HARMS | _RETALIATING for j in near)
            )
            # "there would be no talks until ...", "would not reopen until ...": a refusal
            # beside it makes "until" a term; not "had been calm until Russia annexed"
            refused = tok.lower == "until" and any(
                frames.low(j) in _REFUSING_UNTIL
                for j in range(max(k - 12, 0), min(k + 12, len(frames.toks)))
            )  # ("Until it does, there can be no business as usual")
            if not only and not refused:
                continue
            clause = range(k + 1, _clause_end(frames, k))
            if any(_year(frames.low(j)) and frames.low(j - 1) == "in" for j in clause) or any(
                frames.low(j) in _NO_TERMS for j in near
            ):
                continue  # "until Japan recognized Beijing in 1972", "would not comment until"
            refuser = next(
                (
                    m
                    for m in sorted(frames.view.mentions, key=lambda m: -m.start)
                    if m.end <= k and not m.locative and not m.possessive and frames.subject_like(m)
                ),
                None,
            )
            j = k + 1 + only
            asked = frames.starts.get(j) or frames.starts.get(j + 1)  # "until the Dutch"
            verb = frames.skip_adverbs_right(asked.end) if asked is not None else 0
            if asked is None or not frames.is_verb(verb) or frames.low(verb) in _BE_PASSIVE:
                continue  # (not "until Hamas was destroyed": nothing Hamas is asked to do)
            for speaker in speakers:
                if self._side(speaker) == self._side(asked.actor) or any(
                    p.type is StanceType.REQUEST and p.target == asked.actor for p in protos
                ):
                    continue
                if refuser is not None and self._side(refuser.actor) not in (
                    self._side(speaker),
                    self._side(asked.actor),
                ):
                    continue  # "Qatar's premier said Israel would not end the war until ..."
                hit = Hit(k, k + 1, Entry(StanceType.REQUEST, "phrase", (tok.lower,)), k)
                asking = Modality.ASSERTED
                out.append(Proto(speaker, asked.actor, StanceType.REQUEST, asking, None, 0.5, hit))
                break
        return out

    def _spoken_for(
        self, view: SentenceView, speeches: list[Speech], protos: list[Proto]
    ) -> list[Proto]:
        """'Foreign Ministry spokesman Reza Mousavian said Iran offered to host talks',
        '"Washington stands with Vietnam," spokesman Thomas Brennick said', 'A State
        Department spokesperson said Washington stood with Iraq': an official, named or
        standing for a ministry, saying what their own state does in words takes that
        stance, as a fact; the state's deeds ("Iran signed an agreement") stay the state's."""
        reported = [(s.at, s.speakers[0]) for s in speeches if len(s.speakers) == 1]
        out = []
        for p in protos:
            speakers = [speaker for at, speaker in reported if at < p.hit.start]
            if p.hit.start < len(view.toks) and view.toks[p.hit.start].quoted and view.speaker:
                speakers.append(view.speaker)
            speaker = next(
                (
                    s
                    for s in speakers
                    if self.state.kind(s) in (ActorKind.PERSON, ActorKind.ORGANIZATION)
                    and self.state.country_of(s) == p.source
                ),
                None,
            )
            spoken = p.type in _SPOKEN_TYPES or (
                p.type in (StanceType.AGREE, StanceType.SUPPORT)
                and p.hit.entry.words[0] in _SPOKEN_BACKING
            )
            # "said Senegal had asked Bissau to ...": an earlier act of the state, told
            earlier = "had" in (view.lower(p.hit.start - 1), view.lower(p.hit.start - 2))
            if speaker is None or not spoken or earlier or p.attributed_to not in (None, speaker):
                out.append(p)
                continue
            modality = Modality.ASSERTED if p.modality is Modality.REPORTED else p.modality
            out.append(replace(p, source=speaker, modality=modality, attributed_to=None))
        return out

    def _deed_against(self, frames: Frames, side: str, doer: str) -> StanceType | None:
        """The type of the last deed (no words) ``doer``'s side did against ``side``, in
        this sentence or the last few."""
        here = [
            (self.view_index, d, victims, stance_type)
            for stance_type, doers, victims in frames.acts
            for d in doers
        ]
        history = chain(reversed(here), reversed(self.state.hostile))
        for index, source, targets, stance_type in history:
            if self.view_index - index > _ADVERSARY_REACH:
                break
            if (
                stance_type.polarity < 0
                and stance_type not in _VERBAL
                and self._side(source) == doer
                and side in {self._aimed_at(t) for t in targets}
            ):
                return stance_type
        return None

    def _aimed_at(self, target: str) -> str:
        """The side an act against ``target`` hurts: an armed or dissident group's own, not
        its country's (designating the BLA is no act against Pakistan)."""
        return target if self.state.kind(target) is ActorKind.GROUP else self._side(target)

    def _remember_acts(self, view: SentenceView, frames: Frames, protos: list[Proto]) -> None:
        """Hostile acts, with or without a target, for later reactions ("vowed to respond")."""
        self._remember_deeds(frames, protos)
        aimed = {stance_type for stance_type, _, targets in frames.acts if targets}
        for stance_type, sources, targets in frames.acts:
            if stance_type.polarity < 0 and stance_type not in _VERBAL:
                self.state.hostile += [(view.index, s, targets, stance_type) for s in sources]
            if targets or stance_type not in aimed:
                # "drones struck the SDF, killing four fighters": "the strikes" later are
                # the act with a side against it, not the aside the sentence adds
                for source in sources[:1]:
                    self.state.remember(stance_type.value, source)

    def _commentators(self, view: SentenceView) -> frozenset[str]:
        """People in the sentence whose role is to comment (analysts, experts)."""
        roles = self.e.cues["commentator_roles"]
        out = set()
        for actor_id in {m.actor for m in view.mentions} | {view.speaker or ""}:
            actor = self.state.actor(actor_id)
            if actor and actor.role and roles.intersection(actor.role.lower().split()):
                out.add(actor_id)
        return frozenset(out)

    def _remember_owners(self, view: SentenceView, frames: Frames) -> None:
        """'X's missile programme', 'US claims': the nouns after X now point to X; so does a
        noun followed by 'by', 'from' or 'in' X ('a resolution in the U.S. Congress').

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
        for m in view.mentions:  # "a resolution in the U.S. Congress", "a proposal by France"
            k = m.start - (1 if view.lower(m.start - 1) == "the" else 0)
            head = view.toks[k - 2] if k >= 2 else None
            if (
                not m.locative
                and m.how != "pronoun"
                and view.lower(k - 1) in ("by", "from", "in")
                and head is not None
                and head.text.isalpha()
                and head.text.islower()
                and head.lower not in TIME_NOUNS  # "released this month by X"
                and not frames.is_verb(k - 2)
            ):
                self.state.remember(family(head.lower), m.actor)

    def _remember_authors(self, view: SentenceView, frames: Frames) -> None:
        """'The board passed a resolution': the resolution is the board's, so 'rejected the
        resolution' later rejects the board."""
        for tok in view.toks:
            if tok.lower not in _AUTHORING and tok.lower not in _PROPOSING:
                continue
            j = tok.i + 1
            while view.lower(j) in _DETERMINERS or view.lower(j) in _PLAIN_ADJECTIVES:
                j += 1
            if j >= len(view.toks) or not view.toks[j].text.isalpha() or view.toks[j].cap:
                continue
            authors = frames.subject(tok.i)
            if len(authors) == 1 and _proposes(view, tok.i):
                self.state.remember(family("proposal"), authors[0])  # "accepted the proposal"
            if len(authors) == 1:
                self.state.remember(family(view.lower(j)), authors[0])
                if view.lower(j) in MOTIONS:
                    self.state.last_motion = (authors[0], view.index)

    def _remember_claimed(self, view: SentenceView, frames: Frames) -> None:
        """'JNIM claimed responsibility for the attack', 'the ambush was claimed by JNIM':
        the claimant is the attack's author, whom 'condemned the attack' later accuses."""
        for tok in view.toks:
            if tok.lower not in _CLAIMING:
                continue
            by = tok.i + 1
            while by - tok.i <= 3 and view.lower(by) in _CLAIM_TIMES:
                by += 1  # "was claimed on Saturday by JNIM"
            owned = view.lower(tok.i + 1) in ("responsibility", "credit")
            if owned and view.lower(tok.i + 2) == "for":
                authors, j = frames.subject(tok.i), tok.i + 3
            elif view.lower(by) == "by" and view.lower(tok.i - 1) in ("was", "were", "been"):
                clause = max([0] + [k + 1 for k in range(tok.i) if view.lower(k) in (",", ";")])
                authors, j = frames.np_actors(by + 1)[0], clause
            else:
                continue
            while view.lower(j) in _DETERMINERS:
                j += 1
            authors = list(dict.fromkeys(authors))  # "JNIM, or JNIM's alias": one author
            kind = self.state.kind(authors[0]) if len(authors) == 1 else ActorKind.COUNTRY
            if kind is ActorKind.COUNTRY:
                continue  # "islets claimed by both countries": land, not a deed
            verb_group = takewhile(lambda k: view.lower(k) != ",", range(tok.i - 1, tok.i - 5, -1))
            if {view.lower(k) for k in verb_group} & _UNCLAIMING:
                continue  # "has not claimed", "denied that they had claimed"
            for word in view.toks[j : frames.np_end(j)]:
                if word.lower in DEEDS:  # an attack, not "credit for the ceasefire"
                    self.state.claim(word.lower, authors[0], view.index)

    def _remember_claimants(self, view: SentenceView, speeches: list[Speech]) -> None:
        """'X said Y's projects exploit the province. Y rejects the claims': what a speaker
        says of another side is a claim, and 'the claims' later point back to the speaker."""
        for speech in speeches:
            for speaker in speech.speakers[:1]:
                side = self._side(speaker)
                if any(self._side(m.actor) != side for m in view.mentions if m.start > speech.at):
                    self.state.remember(SPOKEN, speaker)

    def _denials(self, frames: Frames, hits: list[Hit], protos: list[Proto]) -> list[Proto]:
        """'X denied sending drones': X rejects whoever accused it (the act is negated by
        the denial's scope)."""
        out: list[Proto] = []
        # the denial verb may head a rejection phrase of its own ("denied involvement")
        inside = {
            i
            for h in hits
            if h.entry.type is not StanceType.REJECT and h.entry.kind != "evaluative"
            for i in range(h.start, h.end)
        }
        rejected = any(p.type is StanceType.REJECT for p in protos)
        # the lexicon's evaluative verbs ("called the allegations baseless")
        calling = {h.start for h in hits if h.entry.kind == "evaluative"}
        negators = frames.cues["negators"]
        for tok in frames.toks:
            rebuts = _rebuts_claim(frames, tok.i, tok.i in calling)
            if not rebuts and _rebuts_threat(frames, tok.i):
                out += self._rebutted_threats(frames, tok.i, protos)
                continue
            if not (rebuts or tok.lower in self.e.cues["denial_verbs"]):
                continue
            if tok.i in inside or tok.quoted or (tok.i in calling and (rejected or out)):
                continue  # "denied that ... and called the allegation 'disinformation'": once
            if any(frames.low(k) in negators for k in range(max(0, tok.i - 4), tok.i)):
                continue  # "a claim officials neither confirmed nor denied"
            # "rejected any suggestion that": a charge of no one's in particular answers only
            # the side's own accuser, not the story's last one
            vague = frames.low(_rebutted(frames, tok.i) - 1) in _ANY
            for denier in frames.subject(tok.i):
                accuser = (
                    self.state.accuser_of(denier)
                    or (self._last_accuser(denier) if rebuts and not vague else None)
                    or self._answered_side(denier)
                    or (
                        self._asker_of(denier) if self._bare_denial(frames, tok.i, denier) else None
                    )
                )
                if accuser and not any(
                    p.source == denier and p.target == accuser and p.type is StanceType.REJECT
                    for p in protos
                ):
                    hit = Hit(
                        tok.i, tok.i + 1, Entry(StanceType.REJECT, "verb", (tok.lower,)), tok.i
                    )
                    out.append(
                        Proto(denier, accuser, StanceType.REJECT, Modality.ASSERTED, None, 0.6, hit)
                    )
                    denied = (
                        []
                        if self._others_deed(frames, hits, tok.i, denier)
                        else self._denied_act(denier, protos, hit)
                    )
                    if not denied and tok.lower in self.e.cues["denial_verbs"]:
                        denied = self._denied_deed(frames, hits, protos, tok.i, denier, accuser)
                    out += denied
        return out

    def _rebutted_threats(self, frames: Frames, i: int, protos: list[Proto]) -> list[Proto]:
        """'Beridze brushed the warning aside': whoever is threatened and rebuts the threat
        rejects the one who made it."""
        out: list[Proto] = []
        if frames.low(_rebutted(frames, i) + 1) in ("from", "by"):
            return []  # "dismissed threats from Iran": the one named, read elsewhere
        for denier in frames.subject(i):
            found = self.state.threateners.get(self._side(denier))
            if (
                found is None
                or self.view_index - found[1] > _THREAT_REACH
                or any(p.source == denier and p.type is StanceType.REJECT for p in protos)
            ):
                continue
            threatener = found[0]
            hit = Hit(i, i + 1, Entry(StanceType.REJECT, "verb", (frames.low(i),)), i)
            out.append(
                Proto(denier, threatener, StanceType.REJECT, Modality.ASSERTED, None, 0.6, hit)
            )
        return out

    def _welcomed_agreements(
        self, frames: Frames, hits: list[Hit], protos: list[Proto]
    ) -> list[Proto]:
        """'Sudan welcomed the pact', 'Turkey praised the agreement', 'The U.S. State Department
        welcomed the draft': backing an agreement backs every state that made it (the last
        mutual agreement the story told, within 20 sentences), not only the last one named."""
        last = self.state.last_agreement
        if last is None or self.view_index - last[0] > _AGREEMENT_REACH:
            return []
        blocked = frames.cues["negators"] | frames.cues["modals"] | _REFUSING | _NOT_YET
        out: list[Proto] = []
        for h in hits:
            if h.entry.type is not StanceType.SUPPORT or h.entry.words[0] not in _HAILING:
                continue
            # "welcomed the pact", "praised the new agreement" (the agreement is the object),
            # not "a deal on transit routes", "the deal's collapse", "the Abraham Accords"
            if frames.low(h.end) not in DEFINITE_OBJECT:
                continue
            k = h.end + 1 if frames.low(h.end + 1) in _AGREEMENTS else h.end + 2
            if frames.low(k) not in _AGREEMENTS or frames.toks[k - 1].text[:1].isupper():
                continue
            if frames.low(k + 1) in ("'s", "'", "between", "with", "on", "resolution"):
                continue
            mine = [p for p in protos if p.hit.start == h.start]
            if any(not p.modality.factual for p in mine):
                continue  # "refused to endorse the agreement", "is expected to welcome"
            before = range(max(0, h.start - 4), h.start)
            if any(frames.low(k) in blocked for k in before):
                continue  # "declined to welcome", "has yet to endorse", "urged ... to endorse"
            for source in frames.subject(h.start)[:1]:
                side = self._side(source)
                have = {
                    p.target for p in protos if p.source == source and p.type is StanceType.SUPPORT
                }
                for party in sorted(last[1]):
                    if party != side and party not in have:
                        out.append(
                            Proto(
                                source, party, StanceType.SUPPORT, Modality.ASSERTED, None, 0.5, h
                            )
                        )
        return out

    def _open_offers(self, frames: Frames, hits: list[Hit], protos: list[Proto]) -> list[Proto]:
        """'China has offered to host a three-way meeting', 'Germany offered its help', 'NATO
        appealed for restraint': a go-between's offer or a call for calm naming no one, by a
        third party, is made to both sides of the story's dispute."""
        blocked = frames.cues["negators"] | frames.cues["modals"] | _REFUSING
        out: list[Proto] = []
        used = {p.hit.start for p in protos}
        for h in hits:
            if h.start in used or h.entry.kind == "noun":
                continue
            if h.entry.type is StanceType.REQUEST and _calls_for_calm(frames, h.end):
                stance_type = StanceType.REQUEST  # "NATO appealed for restraint"
            elif h.entry.type is StanceType.AGREE and h.entry.words[0] == "offer":
                stance_type = StanceType.AGREE
            else:
                continue
            before = range(max(0, h.start - 4), h.start)
            if any(frames.low(k) in blocked for k in before):
                continue  # "has not offered", "could offer", "declined to call for"
            if frames.low(h.start).endswith("ing") and frames.low(h.start - 1) != ",":
                continue  # "vetoed a resolution calling for a ceasefire"
            if stance_type is StanceType.AGREE and not _good_offices(frames, h.head + 1):
                continue  # "offered $800 million", "offered guarantees": not a go-between's
            stop = next(
                (k for k in range(h.end, len(frames.toks)) if frames.low(k) in _PHRASE_ENDS),
                len(frames.toks),
            )
            for source in frames.subject(h.start)[:1]:
                sides = frames.parties([source])
                if len(sides) != 2 or self._side(source) in {self._side(s) for s in sides}:
                    continue
                named = {
                    self._side(m.actor)
                    for m in frames.view.mentions
                    if h.end <= m.start < stop
                    and self.state.country_of(m.actor) is not None
                    and (
                        # "calm in Tbilisi" (an offer to host in Kunming names no side)
                        stance_type is StanceType.REQUEST
                        and self._side(m.actor) == self._side(source)
                        if m.locative
                        else self._side(m.actor) != self._side(source)
                    )
                }
                if named and named != {self._side(x) for x in sides}:
                    continue  # "called for restraint by Baku", "calm in Tbilisi"
                for side in sides:
                    out.append(Proto(source, side, stance_type, Modality.ASSERTED, None, 0.5, h))
        return out

    def _unaimed_threats(self, frames: Frames, hits: list[Hit], protos: list[Proto]) -> list[Proto]:
        """'If Tallinn continues down this path, Russia will take all necessary measures':
        a threat that names no target threatens the other side named under its 'if', else
        the one other state its own clause names (see ``_threatened``); not a threat asked
        to stop or charged, nor one under a guess or a duty ("was expected to warn")."""
        view = frames.view
        aimed = {p.hit.start for p in protos if p.type is StanceType.THREATEN}
        threateners = {p.source for p in protos if p.type is StanceType.THREATEN}
        asked = [p.hit.end for p in protos if p.type in (StanceType.REQUEST, StanceType.ACCUSE)]
        negators = frames.cues["negators"]
        out: list[Proto] = []
        for h in hits:
            if h.entry.type is not StanceType.THREATEN or h.start in aimed:
                continue
            if any(0 <= h.start - end <= 4 for end in asked):
                continue  # "asked China to stop threatening", "accused Baku of threatening"
            before = range(max(0, h.start - 6), h.start)
            if any(frames.low(k) in _HEDGED_OR_DUTY for k in before):
                continue  # "was expected to warn", "must take reciprocal measures"
            if h.entry.kind in ("noun", "warned") or frames.low(h.start - 1) == "-":
                continue  # "a threat to the delta" is a danger; "paying a price" is no warning
            if any(frames.low(k) in negators for k in range(max(0, h.start - 3), h.start)):
                continue  # "did not threaten"
            sources = frames.subject(h.start)
            if frames.low(h.end) == "that" and not any(
                self.state.country_of(m.actor) in {self.state.country_of(s) for s in sources}
                for m in view.mentions
                if h.end < m.start <= h.end + 2
            ):
                continue  # "warning that the dam could starve the delta": a danger foretold
            if not sources and view.speaker and frames.toks[h.start].quoted:
                sources = [view.speaker]
            for source in sources[:1]:
                home = self.state.country_of(source)
                if home is None or source in threateners:
                    continue  # one threat a sentence ("denied threatening ... and would respond")
                # else the side the threatener is at odds with lately ("Japan summoned
                # Seoul's envoy ... 'We will respond firmly'")
                target = self._threatened(frames, h, home) or (
                    self._rival(source) if _ends_bare(frames, h.end) else None
                )  # not "would respond firmly to the striking unions"
                if target is not None and self.state.country_of(target) != home:
                    threat = Proto(
                        source, target, StanceType.THREATEN, Modality.ASSERTED, None, 0.5, h
                    )
                    out.append(threat)
        return out

    def _closed_crossings(
        self, frames: Frames, hits: list[Hit], protos: list[Proto]
    ) -> list[Proto]:
        """'Iran closed the Milak crossing to trade', 'Egypt shut the crossing': a crossing
        closed, or forces moved, by one side of the story's dispute without naming whose side
        it faces, is aimed at the other side (or the last to act against the state acting);
        hypothetical after a modal (see ``_unaimed_deed`` for what is left out)."""
        used = {p.hit.start for p in protos}
        out: list[Proto] = []
        for h in hits:
            if h.start in used or not _unaimed_deed(frames, h):
                continue
            before = range(max(0, h.start - 3), h.start)
            modal = any(frames.low(k) in frames.cues["modals"] for k in before)
            subjects = frames.subject(h.start)
            if len(subjects) != 1 or frames.low(h.start - 1) == "both":
                continue  # "Colombia and Venezuela agreed to close the crossing at night"
            for source in subjects:
                home = self.state.country_of(source)
                if home is None or self.state.kind(source) is not ActorKind.COUNTRY:
                    continue
                sides = frames.parties([])
                if len(sides) == 2 and home not in {self._side(x) for x in sides}:
                    continue  # a third state's closure: no side of the dispute
                other = [s for s in sides if self._side(s) != home] if home in sides else []
                target = other[0] if len(other) == 1 else self._adversary(source)
                if target is None or self.state.country_of(target) in (None, home):
                    continue
                modality = Modality.HYPOTHETICAL if modal else Modality.ASSERTED
                if ruled_out(frames, h.start):  # "had no plans to reinforce its positions"
                    modality = Modality.NEGATED
                deed = h.entry.type or StanceType.SANCTION  # (set: _unaimed_deed checked it)
                out.append(Proto(source, target, deed, modality, None, 0.5, h))
        return out

    def _threatened(self, frames: Frames, hit: Hit, home: str) -> str | None:
        """Whom a threat without an object is aimed at, where the sentence says it: the
        other side in its 'if' or 'unless' clause, else the one other state it names."""
        view = frames.view
        others = [
            m
            for m in view.mentions
            if not (hit.start <= m.start < hit.end)
            and self.state.country_of(m.actor) not in (None, home)
        ]
        for k, tok in enumerate(frames.toks):
            if tok.lower in ("if", "unless"):
                end = next(
                    (j for j in range(k + 1, len(frames.toks)) if frames.low(j) in (",", ";")),
                    len(frames.toks),
                )
                inside = [m for m in others if k < m.start < end]
                if inside:
                    return self._aimed_at(inside[0].actor)
        # else the one other state named in the threat's own clause, not a place ("in
        # Syria") or someone addressed ("told Kazakhstan's president")
        lo = max((k for k in range(hit.start) if frames.low(k) in (",", ";")), default=-1)
        hi = next(
            (k for k in range(hit.end, len(frames.toks)) if frames.low(k) in (",", ";", "and")),
            len(frames.toks),
        )
        states = {
            self._aimed_at(m.actor)
            for m in others
            if lo < m.start < hi
            and not m.locative
            and frames.low(m.start - 1) not in ("in", "told")
        }
        return states.pop() if len(states) == 1 else None

    def _refusals(self, frames: Frames, protos: list[Proto]) -> list[Proto]:
        """'Greece will not accept faits accomplis', 'Dushanbe would not sit down with the
        Taliban', 'we will not be intimidated': a side saying what it will not do rejects
        the other side, named in the clause or the last to act against it (not 'would not
        comment', not under 'if')."""
        negators = frames.cues["negators"]
        out: list[Proto] = []
        toks = frames.toks
        for tok in toks:
            if tok.lower not in _WILLING or frames.low(tok.i + 1) not in negators:
                continue
            verb = tok.i + 2
            while frames.low(verb) in _REFUSAL_FILLERS:
                verb += 1  # "will not be bullied", "would never again pump"
            passive = frames.low(verb - 1) == "be"
            if verb >= len(toks) or frames.low(verb) not in (_BORNE if passive else _REFUSED):
                continue  # "will not be bullied", not "would not pressure Israel"
            clause = range(max(0, tok.i - 12), tok.i)
            if any(frames.low(k) in _HEDGED for k in clause):
                continue  # "if asked", "analysts said", "diplomats doubt that"
            if frames.low(verb + 1) == "between":
                continue  # "would not choose between Russia and China"
            end = next(
                (
                    k
                    for k in range(verb, len(toks))
                    if frames.low(k) in (";", ".", "but", "which", "who")
                    or (frames.low(k) == "," and frames.low(k + 1) == "and")
                ),
                len(toks),
            )
            for refuser in frames.subject(tok.i):
                side = self.state.country_of(refuser)
                if side is None:
                    continue  # a side that refuses: a state, or someone speaking for one
                named = [
                    m.actor
                    for m in frames.view.mentions
                    if verb < m.start < end
                    and not m.locative
                    and frames.low(m.end) not in _OWNED_THINGS
                    and self.state.kind(m.actor) is not ActorKind.PERSON
                    and self.state.country_of(m.actor) != side
                ]
                target = named[0] if named else self._adversary(refuser)
                if target is None or any(
                    p.type is StanceType.REJECT and p.source == refuser for p in protos
                ):
                    continue
                entry = Entry(StanceType.REJECT, "phrase", (tok.lower, frames.low(tok.i + 1)))
                hit = Hit(tok.i, verb + 1, entry, tok.i)
                rejection = Proto(
                    refuser, target, StanceType.REJECT, Modality.ASSERTED, None, 0.5, hit
                )
                out.append(rejection)
        return out

    def _spoken_denials(
        self, view: SentenceView, frames: Frames, speeches: list[Speech], protos: list[Proto]
    ) -> list[Proto]:
        """'Chad has never delivered a single weapon to any Sudanese party, its spokesman
        said', '"No one has been pushed anywhere," the minister said': someone speaking for
        a side accused earlier in the story who says that side never did (does not do, will
        not do) something rejects whoever accused it; a state ("has not been paid") or a
        guess denies nothing."""
        if any(p.type is StanceType.REJECT for p in protos):
            return []
        if any(tok.lower in _HEDGED or tok.lower == "until" for tok in frames.toks):
            return []  # a condition, a question or a guess, not a denial
        for n, tok in enumerate(frames.toks):
            nobody = tok.lower == "no" and frames.low(n - 1) in ('"', "that", ",", "\u201c")
            if not ((nobody and frames.low(n + 1) in _NOBODY) or _denies_deed(frames, n)):
                continue
            speaker = self._speaker_at(view, speeches, n)
            if speaker is None or speaker in self._commentators(view):
                continue  # no one, or an analyst's view
            side = self._side(speaker)
            accuser = self.state.accuser_of(side)
            when = self.state.accused_at.get(side)
            if (
                accuser is None
                or self._side(accuser) == side
                or when is None
                or self.view_index - when > _DENIAL_REACH
            ):
                continue
            subject = next(
                (m for m in reversed(frames.view.mentions) if m.end <= n and n - m.end <= 4),
                None,
            )
            if not nobody and (subject is None or self._side(subject.actor) != side):
                continue
            hit = Hit(n, n + 1, Entry(StanceType.REJECT, "phrase", (tok.lower,)), n)
            return [Proto(speaker, accuser, StanceType.REJECT, Modality.ASSERTED, None, 0.5, hit)]
        return []

    def _harm_foretold(
        self, view: SentenceView, frames: Frames, speeches: list[Speech], protos: list[Proto]
    ) -> list[Proto]:
        """'the Taliban "will be crushed"', '"it will be destroyed, whoever sent it"', '"Our
        response will be a mirror one"': a speaker foretelling harm done to the other side
        threatens it: the one named as the harm's subject, else the one the speaker spoke
        "of", else whoever last acted against the speaker's side."""
        out: list[Proto] = []
        for tok in frames.toks:
            i = tok.i
            if tok.lower not in _FORETELLING or frames.low(i + 1) != "be":
                continue
            after = {frames.low(k) for k in range(i + 2, min(i + 9, len(frames.toks)))}
            hostile = bool(after & _HOSTILE_TREATMENT)
            harm = frames.low(i + 2) in _HARMS_FORETOLD or (
                (frames.low(i + 2), frames.low(i + 3)) in (("treated", "as"), ("met", "with"))
                and hostile
            )  # "will be treated as an intruder", "would be met with strict reciprocity"
            # "our response will be a mirror one", not "our response will be calm"
            response = (
                frames.low(i - 1) in _RESPONSE_NOUNS and frames.low(i - 2) in _OWN_WORDS and hostile
            )
            if not (harm or response) or frames.low(i - 1) in frames.cues["negators"]:
                continue
            speaker = self._speaker_at(view, speeches, i)
            if speaker is None or any(
                q.type is StanceType.THREATEN and q.source == speaker for q in protos + out
            ):
                continue
            side = self._side(speaker)
            named = frames.ends.get(i - (frames.low(i - 1) == '"')) if harm else None
            target = named.actor if named is not None and named.how != "pronoun" else None
            # with no side named, harm to whoever comes ("any vessel ... will be treated as an
            # intruder", "it will be destroyed"), not harm the speaker fears for his own ("our
            # ports would be targeted")
            anyone = response or any(frames.low(k) in _ANYONE for k in range(max(i - 12, 0), i))
            target = target or _spoken_of(frames) or (self._adversary(speaker) if anyone else None)
            armed = target is not None and self.state.kind(target) is ActorKind.GROUP
            if target is None or (self._side(target) == side and not armed):
                continue  # (a state may threaten an armed group at home: "the Taliban")
            target = target if armed else self._side(target)
            hit = Hit(i, i + 1, Entry(StanceType.THREATEN, "verb", ("warn",)), i)
            out.append(
                Proto(speaker, target, StanceType.THREATEN, Modality.ASSERTED, None, 0.5, hit)
            )
        return out

    def _rebuffs(
        self, view: SentenceView, frames: Frames, speeches: list[Speech], protos: list[Proto]
    ) -> list[Proto]:
        """'"Brazil does not take orders from anyone, not from Washington and not from
        Caracas"', 'a matter for Algerian justice alone', '"Tehran has no right of veto"',
        'would "not act under pressure"': a speaker asserting its side's sovereignty against
        another rejects it: the other sides the sentence names, else whoever lately accused,
        pressed or acted against the speaker's side."""
        at = _rebuff_at(frames)
        if at is None:
            return []
        speaker = self._speaker_at(view, speeches, at)
        if speaker is None or any(
            q.type is StanceType.REJECT and q.source == speaker for q in protos
        ):
            return []
        side = self._side(speaker)
        # the sides rebuffed are named as the source of the orders, lessons or pressure ("from
        # Washington", "by Russia's drones"), or, for "has no right", as its subject ("Tehran
        # has no right of veto"); not partners thanked or subjects of the speaker's own
        # affairs named elsewhere in the sentence
        told = frames.low(at) == "no" and frames.low(at + 1) == "right"
        sources = [
            m
            for m in view.mentions
            if at < m.start <= at + 14
            and frames.low(m.start - 1 - (frames.low(m.start - 1) == "the")) in ("from", "by", "to")
        ]
        subject = max((m for m in view.mentions if m.end <= at), key=lambda m: m.end, default=None)
        rebuffed = sources + ([subject] if told and subject is not None else [])
        named = [
            self._side(m.actor)
            for m in rebuffed
            if m.how in ("name", "metonym", "demonym")
            and self.state.kind(self._side(m.actor)) is ActorKind.COUNTRY
            and self._side(m.actor) != side
        ]
        fallback = _spoken_of(frames) or self.state.accuser_of(speaker) or self._adversary(speaker)
        targets = list(dict.fromkeys(named)) or ([fallback] if fallback else [])
        hit = Hit(at, at + 1, Entry(StanceType.REJECT, "verb", ("reject",)), at)
        return [
            Proto(speaker, t, StanceType.REJECT, Modality.ASSERTED, None, 0.5, hit)
            for t in targets
            if self._side(t) != side
        ]

    def _speaker_at(self, view: SentenceView, speeches: list[Speech], i: int) -> str | None:
        """Who says the words at token ``i``: a quotation's speaker, else the nearest
        reporting verb's."""
        if i < len(view.toks) and view.toks[i].quoted and view.speaker:
            return view.speaker
        near = [s for s in speeches if len(s.speakers) == 1]
        if not near:
            return None
        return min(near, key=lambda s: abs(s.at - i)).speakers[0]

    def _bare_refusals(
        self, frames: Frames, speeches: list[Speech], protos: list[Proto]
    ) -> list[Proto]:
        """'Egypt asked Sudan to join the patrols, but Sudan declined', 'Tirana demanded an
        apology. Athens refused.': a side named right before a refusal with no object
        rejects whoever asked or offered, in the sentence or the two before (not 'has not
        refused', 'may refuse', nor under 'if' or an analyst's guess; a refusal another side
        reports is reported)."""
        out: list[Proto] = []
        for tok in frames.toks:
            i = tok.i
            if tok.lower not in _BARE_REFUSALS or (
                i + 1 < len(frames.toks) and frames.low(i + 1) not in _AFTER_BARE
            ):
                continue
            k = frames.skip_verb_group(i)
            while k > 0 and frames.low(k) in ("so", "far", "yet", "still", "also", "repeatedly"):
                k = frames.skip_verb_group(k)  # "a proposal Bucharest has so far declined"
            m = frames.ends.get(k + 1)
            if m is None or m.possessive or m.how == "demonym":
                continue  # "Iranian oil exports declined": no one refuses
            group = {frames.low(j) for j in range(m.end, i)}
            before = {frames.low(j) for j in range(max(0, i - 8), i)}
            if group & frames.cues["modals"] or before & (_HEDGED | frames.cues["negators"]):
                continue
            for refuser in m.actors:
                side = self._side(refuser)
                asker = next(
                    (
                        p.source
                        for p in reversed(protos)
                        if _asks(p.type, frames.low(p.hit.start))
                        and p.hit.start < i
                        and self._side(p.target) == side
                        and self._side(p.source) != side
                    ),
                    None,
                )
                asked = self.state.asked.get(side)
                if asker is None and asked and self.view_index - asked[1] <= _ASK_REACH:
                    asker = asked[0]
                if asker is None or self._side(asker) == side:
                    continue
                if self.state.kind(asker) is ActorKind.PERSON:
                    asker = self._side(asker)  # "an adviser urged Romania": his state asked
                reporters = [
                    x.speakers[0] for x in speeches if x.at < m.start and len(x.speakers) == 1
                ]
                modality = (
                    Modality.REPORTED
                    if any(self._side(r) != side for r in reporters)
                    else Modality.ASSERTED
                )  # "Abiy said Sudan had refused": Ethiopia's word for it
                hit = Hit(i, i + 1, Entry(StanceType.REJECT, "verb", (tok.lower,)), i)
                out.append(Proto(refuser, asker, StanceType.REJECT, modality, None, 0.5, hit))
        return out

    def _defiance(self, frames: Frames, protos: list[Proto]) -> list[Proto]:
        """'Mali would "not bow to blackmail"', '"We will not be bought," X said': a side that
        says it will not yield rejects whoever pressed it: the side that last threatened it,
        asked something of it, acted against it or accused it."""
        out: list[Proto] = []
        for tok in frames.toks:
            i = tok.i
            if tok.lower not in _YIELDING or (tok.lower == "back" and frames.low(i + 1) != "down"):
                continue  # ("would not back the plan": no yielding refused)
            before = [frames.low(k) for k in range(i - 1, max(-1, i - 6), -1)]
            before = [w for w in before if w != '"'][:3]  # 'would "not bow to blackmail"'
            if tok.lower in _YIELDED:  # "will not be bought", "cannot be bought"
                if before[:1] != ["be"]:
                    continue
                before = before[1:]
            if before[:1] == ["cannot"]:
                before = ["not", "can"]
            if len(before) < 2 or before[0] not in ("not", "never") or before[1] not in _WILLS:
                continue
            by = frames.low(i + 1 + (frames.low(i + 1) == "to"))  # "yield to pressure from"
            at = i + 2 if frames.low(i + 1) in ("by", "from") else i + 4
            named = (
                frames.np_actors(at)[0]
                if by in ("by", "from")
                or (frames.low(i + 3) == "from" and frames.low(i + 1) == "to")
                else []
            )
            for refuser in frames.subject(i):
                side = self._side(refuser)
                # "will not be pressured by Strasbourg", else who pressed it last
                presser = next(iter(named), None) or self._presser(refuser)
                if (
                    presser is None
                    or self._side(presser) == side
                    or (self.state.kind(presser) is ActorKind.PERSON and not named)
                    or any(
                        p.source == refuser and p.target == presser and p.type is StanceType.REJECT
                        for p in protos
                    )
                ):
                    continue
                hit = Hit(i, i + 1, Entry(StanceType.REJECT, "verb", (tok.lower,)), i)
                out.append(
                    Proto(refuser, presser, StanceType.REJECT, Modality.ASSERTED, None, 0.5, hit)
                )
        return out

    def _presser(self, actor: str) -> str | None:
        """Whoever last pressed ``actor``'s side: threatened it or asked something of it
        lately, else acted against it, else accused it."""
        side = self._side(actor)
        for found in (self.state.threateners.get(side), self.state.asked.get(side)):
            if found is not None and self.view_index - found[1] <= _THREAT_REACH:
                return found[0]
        return self._adversary(actor) or self.state.accuser_of(actor)

    def _threatened_measures(self, frames: Frames, protos: list[Proto]) -> list[Proto]:
        """'Amman would review every aspect of its relationship with Israel', 'Minsk would
        respond symmetrically', 'Cairo would take the matter to the ICJ': a threat that
        promises a measure without naming it threatens one of the threatener's state (force
        where the promise says "with force"; a charge where it goes to court), hypothetical."""
        out: list[Proto] = []
        named = {
            (self._side(q.source), q.target)
            for q in protos
            if q.modality is Modality.HYPOTHETICAL and q.type.polarity < 0 and q.type not in _VERBAL
        }
        for p in protos:
            if p.type is not StanceType.THREATEN or p.modality is not Modality.ASSERTED:
                continue
            words, force = _promised_words(frames, p.hit.start)
            legal = bool(words & _TO_COURT and words & _LEGAL)
            if not (words & _MEASURE_WORDS or force or legal):
                continue  # no promise, or one that names its act
            side = self._side(p.source)
            pair = {(side, p.target), (side, self._side(p.target))}
            if ActorKind.PERSON in (self.state.kind(side), self.state.kind(p.target)) or (
                pair & named
            ):
                continue  # a person's threat, or one whose act the sentence names
            measure = (
                StanceType.ACCUSE if legal else StanceType.ASSAULT if force else StanceType.SANCTION
            )
            out.append(Proto(side, p.target, measure, Modality.HYPOTHETICAL, None, 0.4, p.hit))
            named.add((side, p.target))
        return out

    def _last_accuser(self, denier: str) -> str | None:
        """Whoever made the last accusation, in the sentence before or two: a third party
        'rejected the claims' too ("Both Pakistan and China reject the claims")."""
        if self.state.last_accuser is None:
            return None
        accuser, index = self.state.last_accuser
        if self.view_index - index > _CLAIM_REACH or self._side(accuser) == self._side(denier):
            return None
        return accuser if self.state.kind(accuser) is ActorKind.GROUP else self._side(accuser)

    def _releases(self, frames: Frames, hits: list[Hit], protos: list[Proto]) -> list[Proto]:
        """'Amnesty called for his release', 'RSF urged that the charges be dropped': a
        request to free someone, or to drop the case against them, asks whoever holds or
        charged them (earlier in the story), who would then let them go."""
        state = self.state
        out = list(protos)
        # the request hits, and those of obligations ("she must be released")
        asking = {id(h): h for h in hits if h.entry.type is StanceType.REQUEST}
        asking.update({id(p.hit): p.hit for p in protos if p.type is StanceType.REQUEST})
        for h in asking.values():
            near = range(h.end, min(h.end + 12, len(frames.toks)))
            end = next((k for k in near if frames.low(k) in (".", ";")), near.stop)
            window = range(h.end, end)
            if not any(_frees(frames, k) for k in window):
                continue
            held = [
                m.actor
                for m in frames.view.mentions
                if m.start in window and m.actor in state.custodians
            ]
            if not held and state.detainee and self.view_index - state.detainee[1] <= 4:
                held = [state.detainee[0]]
            # "demanded the release of nine fishermen seized by the Kenyan navy": the seizure
            # named in the request itself gives the holder and whose people they are
            seized = next(
                (
                    p
                    for p in protos
                    if p.type is StanceType.COERCE and h.end < p.hit.start <= end + 4
                ),
                None,
            )
            if not held and seized is None:
                # "the release of two officers whom Nigerien police detained": the detainer
                detainers = [
                    a
                    for c in hits
                    if c.entry.type is StanceType.COERCE and h.end < c.start <= end + 4
                    for a in frames.subject(c.head)
                ]
                someone = (
                    any(frames.low(k) in _HELD_PRONOUNS for k in window)
                    or any(_held_by_name(frames, k, end) for k in window)
                    or any(
                        m.start in window and state.kind(m.actor) is ActorKind.PERSON
                        for m in frames.view.mentions
                    )
                )  # "his release", "the release of Captain Magbanua", "of the captain"
                self._ask_holder(h, protos, frames, out, detainers[:1], someone)
                continue
            detainee = held[0] if held else seized.target  # type: ignore[union-attr]
            # the state whose forces seized them is asked
            holder = state.custodians[detainee] if held else self._side(seized.source)  # type: ignore[union-attr]
            mine = [p for p in protos if p.hit is h and p.type is StanceType.REQUEST]
            askers = [p.source for p in mine] or frames.subject(h.head)
            out = [p for p in out if not (p in mine and p.target == detainee)]
            # the fault found in the asking is the holder's, not the detainee's
            out = [
                replace(p, target=holder)
                if p.type is StanceType.ACCUSE
                and p.source in askers
                and p.target == detainee
                and _frees(frames, p.hit.start)  # (not "and criticised her", a charge of its own)
                else p
                for p in out
            ]
            out = _without_askers_release(frames, out, askers, h, end)
            for asker in dict.fromkeys(askers):
                if self._side(asker) == holder or (asker == detainee and held):
                    continue  # (Somalia may ask for its own fishermen, seized by Kenya)
                modality = mine[0].modality if mine else Modality.ASSERTED
                out.append(Proto(asker, holder, StanceType.REQUEST, modality, None, 0.6, h))
                out.append(
                    Proto(holder, detainee, StanceType.RETREAT, Modality.HYPOTHETICAL, None, 0.6, h)
                )
        return out

    def _ask_holder(
        self,
        h: Hit,
        protos: list[Proto],
        frames: Frames,
        out: list[Proto],
        detainers: list[str],
        someone: bool,
    ) -> None:
        """'demanded the release of two officers whom Nigerien police detained': someone
        unnamed, held by ``detainers``; 'demanded his release', 'the release of Captain X'
        (``someone`` the story may have detained unnamed) by the side that last detained
        anyone, in this sentence or the few before."""
        last = self.state.last_holder
        before = range(max(0, h.start - 2), h.start)
        guessed = frames.cues["negators"] | _GUESSES | _HEDGED
        if any(frames.low(k) in guessed for k in before):
            return  # "China did not demand the release of the captain", "may demand"
        if detainers:
            holder = self._side(detainers[0])
        elif someone and last is not None and self.view_index - last[1] <= _HOLDER_REACH:
            holder = last[0]
        else:
            return
        mine = [p for p in protos if p.hit is h and p.type is StanceType.REQUEST]
        askers = [
            a
            for a in dict.fromkeys([p.source for p in mine] or frames.subject(h.head))
            if self._side(a) != holder
        ]
        if askers:
            kept = [p for p in out if p not in mine]
            out[:] = _without_askers_release(frames, kept, askers, h, h.end + 12)
        modality = mine[0].modality if mine else Modality.ASSERTED
        for asker in askers:
            out.append(Proto(asker, holder, StanceType.REQUEST, modality, None, 0.6, h))
            side = self._side(asker)
            parties = {self._side(x) for x in frames.parties([])}
            if (
                someone
                and not detainers
                and self.state.kind(side) is ActorKind.COUNTRY
                and {holder, side} <= parties  # not a third state's call
            ):
                # the holder would free the asker's people: "Iran demanded that all the
                # detainees be freed" (Saudi Arabia holding Iranians)
                freed = Proto(holder, side, StanceType.RETREAT, Modality.HYPOTHETICAL, None, 0.6, h)
                out.append(freed)

    def _others_deed(self, frames: Frames, hits: list[Hit], at: int, denier: str) -> bool:
        """Whether the words the denial at ``at`` denies tell a deed of another side ("denied
        reports that Thai troops had attacked a temple"): then no deed of the denier's own
        is denied."""
        side = self._side(denier)
        for h in hits:
            if not at < h.start < at + 12 or h.entry.type is None or h.entry.type.polarity >= 0:
                continue
            doers = frames.subject(h.start)
            if doers and all(self._side(d) != side for d in doers):
                return True
        return False

    def _denied_deed(
        self,
        frames: Frames,
        hits: list[Hit],
        protos: list[Proto],
        at: int,
        denier: str,
        accuser: str,
    ) -> list[Proto]:
        """'The Arakan Army denied firing the shells', 'Syria denied that any of its troops
        had opened fire': the hostile deed the denial names with no target is denied
        against the accuser (negated)."""
        used = {p.hit.start for p in protos}
        if self.state.kind(accuser) not in (ActorKind.COUNTRY, ActorKind.GROUP):
            return []  # an NGO's report is answered, but no deed is denied toward it
        end = next(
            (k for k in range(at + 1, len(frames.toks)) if frames.low(k) in (";", ".", "but", ",")),
            len(frames.toks),
        )
        deeds = [
            h
            for h in hits
            if at < h.start < min(end, at + 12)
            and h.start not in used
            and h.entry.type is not None
            and h.entry.type.polarity < 0
            and h.entry.type not in _UNDENIABLE
        ]
        side = self._side(denier)
        if not deeds or side == self._side(accuser):
            return []
        h = deeds[0]
        doers = frames.subject(h.start)
        if doers and all(self._side(d) != side for d in doers):
            return []  # "denied reports that Thai troops had attacked a temple": not its deed
        if h.entry.type is StanceType.COERCE or any(
            at < m.start < h.end
            and (
                self._side(m.actor) not in (side, self._side(accuser))
                or (m.locative and self._side(m.actor) == side)
            )
            for m in frames.view.mentions
        ):
            return []  # "denied reports that Russian peacekeepers had clashed", "in Sagaing"
        deed = h.entry.type or StanceType.ASSAULT  # (always set: filtered above)
        return [Proto(side, accuser, deed, Modality.NEGATED, None, 0.5, h)]

    def _denied_act(self, denier: str, protos: list[Proto], hit: Hit) -> list[Proto]:
        """'Armenia denied that its troops had fired a single shot': the act the denier was
        said to do, negated, where the denial itself names none."""
        side = self._side(denier)
        alleged = self.state.alleged.get(side)
        if alleged is None or any(p.type not in _VERBAL for p in protos):
            return []  # "denied sending drones to Russia": the denial names its own act
        stance_type, target = alleged
        return [Proto(side, target, stance_type, Modality.NEGATED, None, 0.5, hit)]

    def _remember_deed(self, view: SentenceView, p: Proto) -> None:
        """A factual stance's source is who 'the decision', 'the sanctions' or 'the
        expulsion' means from now on."""
        self.state.remember(p.type.value, p.source)
        if p.type not in _REACTIONS:  # "the decision" is an act, not a reaction to one
            self.state.remember(ANY_ACT, p.source)
            if p.type not in _USES_OF_FORCE:
                self.state.remember(ANY_DECISION, p.source)
        if p.hit.entry.kind == "noun":
            self.state.remember(family(view.toks[p.hit.head].lower), p.source)
        elif p.hit.entry.kind in ("verb", "phrase"):
            # "Chad expelled the attaché ... called the expulsion": the verb's own noun
            for noun in self.e.lexicon.nominals.get(p.hit.entry.words[0], ()):
                self.state.remember(family(noun), p.source)

    def _remember_agents(self, view: SentenceView, protos: list[Proto]) -> None:
        pairs = {
            (p.source, p.target)
            for p in protos
            if p.type in (StanceType.AGREE, StanceType.ALLY) and p.modality.factual
        }
        agreed = {  # mutual agreements only: an offer to mediate is no agreement
            a
            for source, target in pairs
            if (target, source) in pairs
            for a in (source, target)
            if self.state.kind(a) in (ActorKind.COUNTRY, ActorKind.GROUP)
        }
        if len(agreed) >= 2:
            self.state.last_agreement = (view.index, frozenset(agreed))
        for p in protos:
            if (
                p.modality.factual
                and p.type is StanceType.COERCE
                and p.hit.entry.words[0] in CUSTODY
            ):
                self.state.last_holder = (self._side(p.source), view.index)
            if (
                p.modality.factual
                and p.type in (StanceType.COERCE, StanceType.ACCUSE, StanceType.RETREAT)
                and p.hit.entry.words[0] in CUSTODY  # arrested, charged, released on bail
                and self.state.kind(p.target) in (ActorKind.PERSON, ActorKind.ORGANIZATION)
            ):
                # an armed group or breakaway authority holds people for itself
                holder = p.source if self.state.kind(p.source) is ActorKind.GROUP else None
                self.state.custodians[p.target] = holder or self._side(p.source)
                self.state.detainee = (p.target, view.index)
            if p.type is StanceType.THREATEN and p.modality is Modality.ASSERTED:
                threat = (self._side(p.source), view.index)
                self.state.threateners[self._side(p.target)] = threat
            if p.modality is not Modality.NEGATED:
                if p.type is StanceType.ACCUSE:
                    self.state.accused(p.source, p.target, view.index)
                elif p.attributed_to and p.type.polarity < 0:
                    self.state.accused(p.attributed_to, p.source, view.index)
                    self.state.alleged[self._side(p.source)] = (p.type, p.target)
                elif p.attributed_to and p.type.polarity > 0 and p.type not in _OFFERS:
                    # "Seoul says Russia has supplied Pyongyang with missiles. Moscow denies
                    # any arms transfers": a claim of help, too, is what a denial answers
                    self.state.alleged[self._side(p.source)] = (p.type, p.target)
            if p.modality.factual:
                self._remember_deed(view, p)
        cues, verbs = self.e.cues, self.e.verbs
        self.state.saw(
            [
                Seen(m.actor, m.how, m.plural, is_subject_like(view, m, cues, verbs), view.index)
                for m in view.mentions
            ]
        )

    def _stances(self, view: SentenceView, protos: list[Proto]) -> list[Stance]:
        seen: set[tuple[str, str, str, str]] = set()
        evidence = Evidence(self.document_id, view.start, view.end, self.raw[view.start : view.end])
        # the day the sentence says the event happened, else the report's date
        when = event_date(view.text, self.date) or self.date
        out = []
        for p in protos:
            a, b = sorted((p.source, p.target)) if p.type.symmetric else (p.source, p.target)
            key = (a, b, p.type.value, p.modality.value)
            if (
                key in seen
                or p.source == p.target
                or (self._same_side(p.source, p.target, view, p) and not self._repression(p))
            ):
                continue
            seen.add(key)
            out.append(
                Stance(
                    p.source,
                    p.target,
                    p.type,
                    p.modality,
                    evidence,
                    date=when,
                    attributed_to=p.attributed_to,
                    confidence=p.confidence,
                    origin=ORIGIN,
                )
            )
        return out

    def _repression(self, p: Proto) -> bool:
        """A state arresting, charging or freeing one of its own people."""
        return (
            p.hit.entry.words[0] in CUSTODY
            and self.state.kind(p.source) is ActorKind.COUNTRY
            and self.state.kind(p.target) in (ActorKind.PERSON, ActorKind.ORGANIZATION)
        )

    def _outsider(self, actor: str) -> bool:
        """Whether ``actor`` is a person whose role serves no state ("opposition leader",
        "lawyer", "activist"): he may speak against his own state's government."""
        found = self.state.actor(actor)
        if found is None or found.kind is not ActorKind.PERSON or not found.role:
            return False
        return bool(set(found.role.lower().replace("-", " ").split()) & _OUTSIDER_ROLES)

    def _same_side(self, a: str, b: str, view: SentenceView, p: Proto) -> bool:
        """A person or body and the country it serves ("Turkey's minister" and Turkey); an
        armed group is never on its country's side (its country is where it fights). An
        official given the story's country only as a guess may still act against it, or ask
        something of it, when the act names that state bare or by its capital ("accused
        Dushanbe", "urged Egyptian authorities to"), not inside a phrase ("blamed Turkey's
        enemies", "the attack on Pakistan")."""
        if ActorKind.GROUP in (self.state.kind(a), self.state.kind(b)):
            return False
        if self._outsider(a) and p.type in _WORDS_AGAINST:
            return False  # "opposition leader X accused the government": no side of its own
        if self.state.country_of(b) == a:
            return True
        if self.state.country_of(a) != b:
            return False
        hostile = p.type.polarity < 0 and _named_bare(view, b, p.hit.end)
        # a demand of the state by name or capital, not of its people ("urged Kenyans to")
        unnamed = not any(m.actor == b for m in view.mentions)  # asked of a holder found earlier
        asked = p.type is StanceType.REQUEST and (
            unnamed or _named_bare(view, b, p.hit.end, by_name=True)
        )
        return a not in self.state.guessed or not (hostile or asked)


def _asks(stance_type: StanceType, word: str) -> bool:
    """Whether a stance asks something of its target that a refusal may answer: a request,
    or an offer ("offered to host talks"), not any agreement."""
    return stance_type is StanceType.REQUEST or (
        stance_type is StanceType.AGREE and word.lower().startswith(("offer", "propos"))
    )


def _proposes(view: SentenceView, i: int) -> bool:
    """Whether the verb at ``i`` makes a proposal: "proposed" anything, "suggested" a thing
    (not "suggested that Serbia was not serious"), "offered to" do something (not "offered
    condolences")."""
    word, after = view.lower(i), view.lower(i + 1)
    if word in _OFFERING:
        return after == "to"
    return word in _PROPOSING and after not in ("that", "no")


def _denies_deed(frames: Frames, n: int) -> bool:
    """Whether "never" or "not" at ``n`` denies a deed or refuses one ("has never
    delivered", "does not arrest", "will not apologise"), not a state ("has not been paid",
    "has never been so committed") nor what was left unsaid ("did not say")."""
    word = frames.low(n)
    if word not in ("never", "not", "n't"):
        return False
    after = n + 1 + (frames.low(n + 1) in ("yet", "ever", "always", '"', "\u201c"))
    verb = frames.is_verb(after) or (word == "never" and frames.low(after).endswith("ed"))
    if not verb or frames.low(after) in ("be", "been", "being"):
        return False
    return word == "never" or frames.low(after) not in _NOT_DENIALS


def _promised_words(frames: Frames, start: int) -> tuple[set[str], bool]:
    """The words of the promise a threat at ``start`` makes, from the verb its modal
    promises to the end of its clause ("would review every aspect of its relationship",
    "reserves the right to take reciprocal measures", "no choice but to respond in kind"),
    and whether they promise force ("with force")."""
    end = min(start + 12, len(frames.toks))
    modal = next(
        (k for k in range(max(0, start - 4), end) if frames.low(k) in _THREAT_MODALS), None
    )
    if modal is None:
        return set(), False
    words: set[str] = set()
    force = False
    for k in range(_promised_verb(frames, modal), min(modal + 11, len(frames.toks))):
        word = frames.low(k)
        if word in _CLAUSE_STOPS and not (word == "," and frames.low(k + 1) == "including"):
            break  # (", including military ones" goes on)
        words.add(word)
        force = force or word in _FORCEFUL
        if word in ("with", "by", "including") and any(
            frames.low(j) in _FORCE_WORDS for j in range(k + 1, k + 4)
        ):
            force = True
    return words, force


# Heads of a group that names a foreign state's people as its government ("our Georgian friends").
_ADDRESSED = frozenset(
    ["friends", "neighbours", "neighbors", "partners", "counterparts", "brothers", "government"]
)  # fmt: skip


def _named_bare(view: SentenceView, state: str, after: int, by_name: bool = False) -> bool:
    """Whether ``state`` is named after token ``after`` by its capital, or by its name as a
    bare object (not owning a noun, not after "of", "on", "into", "against" or "in"); with
    ``by_name``, only a name or capital counts, not its people ("urged Kenyans")."""
    for m in view.mentions:
        if m.actor != state or m.start < after or m.possessive or view.lower(m.end) == "'s":
            continue
        addressed = {view.lower(m.end - 1), view.lower(m.end)} & _ADDRESSED
        if by_name and m.how not in ("name", "metonym", "pronoun") and not addressed:
            continue  # "urged Kenyans to", not "urged our Georgian friends to"
        if m.how == "metonym" or view.lower(m.start - 1) not in _PHRASE_PREPS:
            return True
    return False


_PHRASE_PREPS = frozenset(["of", "on", "into", "against", "in", "at", "to", "toward", "towards"])


def _bare_possessives(
    tokens: Tokens, names: dict[int, int], is_country: Callable[[str], bool]
) -> None:
    """'The Philippines' Foreign Ministry', 'the Maldives' coast guard': an apostrophe
    written straight after a country's name ending in s, before a word, is that name's
    possessive, read as "'s" (the token's text, and so every offset, stays as written)."""
    lower, text, start = tokens.lower, tokens.text, tokens.start
    for begin, end in names.items():
        if (
            end + 1 < len(lower)
            and lower[end] in ("'", "\u2019")
            and lower[end - 1].endswith("s")
            and start[end] == start[end - 1] + len(text[end - 1])  # no space before it
            and text[end + 1][:1].isalpha()
            and is_country(" ".join(text[begin:end]))
        ):
            lower[end] = "'s"


def _hyphened(words: list[str], starts: list[int]) -> dict[int, int]:
    """Start -> end of each hyphened compound ("intermediate-range", "Chinese-made"): one
    word in a phrase's gap ("fired an intermediate-range ballistic missile over"); a dash
    with spaces around it ("drones - dozens of them -") joins nothing."""
    runs: dict[int, int] = {}
    i = 0
    while i < len(words):
        j = i
        while j + 2 < len(words) and words[j + 1] == "-" and words[j].isalnum():
            glued = starts[j + 1] == starts[j] + len(words[j]) == starts[j + 2] - 1
            if not words[j + 2].isalnum() or not glued:
                break
            j += 2
        if j > i:
            runs[i] = j + 1
        i = j + 1
    return runs


def _capitalised_runs(words: list[str]) -> dict[int, int]:
    """Start -> end of each run of two or more capitalised words (a name, unknown or not)."""
    runs: dict[int, int] = {}
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and words[j][:1].isupper() and words[j].isalpha():
            j += 1
        if j - i >= 2:
            runs[i] = j
        i = max(j, i + 1)
    return runs


# "the government in Naypyitaw": a state named by its seat of power.
_RULERS = frozenset(["government", "authorities", "regime", "junta", "leadership"])


def _governments_in(lower: list[str], units: dict[int, int]) -> dict[int, int]:
    """Start -> end of each "the government in <name>", one word of a phrase's gap ("held
    the government in Naypyitaw responsible")."""
    return {
        i: units[i + 3]
        for i, word in enumerate(lower[:-3])
        if word == "the" and lower[i + 1] in _RULERS and lower[i + 2] == "in" and i + 3 in units
    }


_FREEING = frozenset(
    [
        "release",
        "released",
        "freed",
        "freedom",
        "freeing",
        "acquittal",
        "pardon",
        "pardoned",
        "return",
    ]
)
_DROPPING = forms_of("drop", "withdraw", "dismiss")
_CASES = frozenset(["charge", "charges", "case", "cases", "prosecution"])


def _frees(frames: Frames, k: int) -> bool:
    """Whether token ``k`` asks for someone's freedom: "release", "freedom", or "drop" /
    "dropped" near "charges" (either order)."""
    word = frames.low(k)
    if word in _FREEING:
        return True
    if word in _DROPPING:
        return any(frames.low(j) in _CASES for j in range(k + 1, k + 5))
    if word in _CASES:
        return any(frames.low(j) in _DROPPING for j in range(k + 1, k + 4))
    return False


_OPENING_QUOTES = frozenset("\u201c\u201e\u00ab")
_CLOSING_QUOTES = frozenset("\u201d\u00bb")


def _quote_direction(raw: str, i: int) -> int:
    """Whether the quote mark at ``raw[i]`` opens (1) or closes (-1) a quotation, or cannot
    tell (0). Curly marks say so themselves; a straight one is read from its neighbours: a
    space (or the start) before and a letter after opens, a letter before closes."""
    char = raw[i]
    if char in _OPENING_QUOTES:
        return 1
    if char in _CLOSING_QUOTES:
        return -1
    before = raw[i - 1] if i > 0 else " "
    after = raw[i + 1] if i + 1 < len(raw) else " "
    if (before.isspace() or before in "([{-/\u2014\u2013") and not after.isspace():
        return 1
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}-\u2014\u2013"):
        return -1
    return 0


_ALLEGE = frozenset(["allege", "alleges", "alleged", "alleging"])
# What one side said or sent, rejected: answered to whoever last accused ("dismissed the
# complaint", "rejected that account").
_CHARGES_MADE = frozenset(
    ["account", "accounts", "report", "reports", "remarks", "complaint", "complaints",
     "protest", "statement", "version", "findings", "note", "criticism", "assertion",
     "assertions", "accusation", "allegation", "suggestion", "suggestions", "objection",
     "objections", "contention", "insinuation", "insinuations", "description",
     "characterisation", "characterization", "portrayal", "narrative"]
)  # fmt: skip
_ANY = frozenset(["any", "all", "every", "such"])  # "rejected any suggestion that"
_REBUTTING = forms_of("reject", "dismiss", "refute", "rebut", "brush", "dispute", "contest")
_THREAT_WORDS = frozenset(["warning", "warnings", "threat", "threats", "ultimatum"])
_DISMISSING_REACH = 8  # tokens after the claim noun within which a dismissive word is sought
# Words after a claim noun that open its content or another clause, past which no word is
# the speaker's verdict on it.
_CLAIM_CONTENT_ENDS = frozenset(["that", "and", "but", "while", ";", "which"])


# Words of a call to talk: "urged both to resolve their differences through dialogue".
_DIALOGUE = frozenset(
    ["dialogue", "dialog", "talks", "negotiations", "negotiate", "negotiating", "table",
     "diplomacy", "diplomatic", "consultation", "consultations"]
)  # fmt: skip
_DIALOGUE_REACH = 14  # tokens after the call within which the talking is named
# Where the call's own words end: "urged X and Y to show restraint, a day after talks ...".
_TALKS_END = frozenset(
    [",", ";", "after", "before", "following", "saying", "rejecting", "which", "while"]
)


def _urged_talks(frames: Frames, protos: list[Proto]) -> list[Proto]:
    """'The AU urged Burkina Faso and Cote d'Ivoire to settle the matter through dialogue':
    the sides called on to talk would consult each other (hypothetical, both ways)."""
    out: list[Proto] = []
    calls: dict[int, list[Proto]] = {}
    for p in protos:
        if p.type is StanceType.REQUEST and p.modality.factual:
            calls.setdefault(p.hit.start, []).append(p)
    for asked in calls.values():
        sides = list(dict.fromkeys(p.target for p in asked))
        if len(sides) != 2:
            continue
        start = asked[0].hit.end
        end = next(
            (
                k
                for k in range(start, min(len(frames.toks), start + _DIALOGUE_REACH))
                if frames.low(k) in _TALKS_END
            ),
            min(len(frames.toks), start + _DIALOGUE_REACH),
        )
        a, b = sides
        talk = [k for k in range(start, end) if frames.low(k) in _DIALOGUE]
        if not talk or any(
            frames.low(j) == "with"
            and j + 1 in frames.starts
            and frames.starts[j + 1].actor not in sides
            for k in talk
            for j in range(k + 1, k + 4)
        ):
            continue  # "talks in Brussels collapsed", "negotiations with Washington"
        for source, target in ((a, b), (b, a)):
            if not any(
                q.type is StanceType.CONSULT and {q.source, q.target} == {a, b} for q in protos
            ):
                out.append(
                    Proto(
                        source,
                        target,
                        StanceType.CONSULT,
                        Modality.HYPOTHETICAL,
                        None,
                        0.5,
                        asked[0].hit,
                    )
                )
    return out


def _ready_verb(frames: Frames, ready: int) -> int:
    """The verb before a word of readiness at ``ready``, past adverbs ("was still willing")."""
    verb = ready - 1
    while verb > 0 and frames.low(verb) in ("still", "also", "now", "always", "fully"):
        verb -= 1
    return verb


def _past_list(frames: Frames, k: int) -> int:
    """The first token from ``k`` past the rest of a list of names ("Mexican and Spanish
    historians" from "and": "historians")."""
    while frames.low(k) in (",", "and", "or") and (nxt := frames.starts.get(k + 1)) is not None:
        k = nxt.end
    return k


# Words of readiness to fight back or to stand in the way ("ready to respond to any
# attack", "ready to block Sweden's membership"): no offer.
_FIGHTING = forms_of(
    "respond", "retaliate", "defend", "fight", "attack", "strike", "punish", "block", "veto",
    "stop", "prevent", "resist", "expel", "ban", "bar", "sanction", "halt", "suspend", "cut",
    "confront", "challenge", "counter", "deter", "contain", "overtake", "outbid", "outpace",
    "compete", "rival", "end", "reduce", "curb", "liberate", "evacuate", "abandon", "quit",
    "leave", "replace", "sue", "take",
)  # fmt: skip


# People of a state an offer may name by their nationality ("Mexican and Spanish historians").
_OFFERED_PEOPLE = frozenset(
    ["officials", "delegation", "delegations", "experts", "authorities", "counterparts",
     "counterpart", "government", "ministers", "diplomats", "historians", "engineers",
     "scientists", "investigators", "hydrologists", "inspectors", "negotiators"]
)  # fmt: skip


# Words just before a word of readiness that deny or suspend it ("not ready", "if ready").
_NOT_READY = frozenset(["not", "never", "n't", "if", "unless", "no", "nobody", "far"])


def _offers(frames: Frames, protos: list[Proto]) -> list[Proto]:
    """'China was ready to deepen cooperation with Fiji', 'Kyiv was ready to convene the
    joint commission': a side saying it is ready to do something for another offers it,
    an asserted AGREE beside the hypothetical act."""
    out: list[Proto] = []
    have = {(p.source, p.target) for p in protos if p.type is StanceType.AGREE}
    for p in protos:
        if p.modality is not Modality.HYPOTHETICAL or p.type.polarity <= 0:
            continue
        before = range(max(0, p.hit.start - 5), p.hit.start)
        ready = next((k for k in before if frames.low(k) in READY), None)
        if ready is None or frames.low(ready + 1) not in ("to", "for"):
            continue
        if any(frames.low(k) in _NOT_READY for k in range(max(0, ready - 4), ready)) or any(
            frames.low(k) in _UNSURE for k in range(max(0, ready - 12), ready)
        ):
            continue  # "in no way ready", "unclear whether Russia is ready", "may be ready"
        if p.attributed_to is not None:
            continue  # "Turkey said Russia was willing to resume talks": Russia offers nothing
        if p.source not in frames.subject(_ready_verb(frames, ready)):
            continue  # "ready to host talks between the two sides": the host's offer
        if (p.source, p.target) not in have:
            have.add((p.source, p.target))
            out.append(
                Proto(p.source, p.target, StanceType.AGREE, Modality.ASSERTED, None, 0.5, p.hit)
            )
    return out


# Verbs of giving ground after "ready to" ("was ready to discuss the case", "willing to
# allow a joint inquiry"); hosting and mediating are a go-between's and read elsewhere.
_GIVING_GROUND = forms_of(
    "discuss", "negotiate", "talk", "cooperate", "allow", "let", "reconsider", "examine",
    "re-examine", "accept", "engage", "settle", "compensate", "clarify", "agree", "sign",
    "help", "assist",
)  # fmt: skip
# Verbs that give ground only with a word of talks, trade or payment after them ("ready to
# resume talks", "to reopen the border", "to pay the undisputed part"; not "to resume the
# offensive", "to return fire", "to pay any price").
_GIVING_WITH = forms_of(
    "resume", "reopen", "return", "open", "restore", "pay", "cover", "work", "release",
    "approve", "supply", "provide", "extend", "hold", "lift", "meet", "share",
)  # fmt: skip
_GROUND_GIVEN = frozenset(
    ["talks", "dialogue", "negotiations", "table", "border", "crossing", "crossings", "trade",
     "embassy", "consulate", "deliveries", "supplies", "flights", "cooperation", "ties",
     "relations", "compensation", "part", "share", "debt", "debts", "bill", "bills", "costs",
     "fees", "meeting", "inquiry", "investigation", "permits", "visas", "licence", "license",
     "detainees", "prisoners", "crew", "fishermen", "hostages", "data", "information", "aid",
     "humanitarian", "restrictions", "ban", "curbs", "halfway", "together", "counterpart",
     "counterparts", "delegation", "commission", "committee"]
)  # fmt: skip
# Words after the verb that make readiness one to fight ("to provide more weapons").
_GROUND_TAKEN = frozenset(
    ["weapons", "arms", "troops", "fire", "force", "offensive", "sanctions", "strikes",
     "missiles", "aggression", "price", "line", "war", "fight"]
)  # fmt: skip
# Words in a sentence that put a side's readiness in doubt or in the past ("doubted that
# Tehran was ready", "is no longer", "claimed to be ready").
_READINESS_DOUBTED = frozenset(
    ["doubted", "doubts", "doubt", "longer", "claimed", "claims", "denied", "denies",
     "questioned", "unclear", "whether"]
)  # fmt: skip
# Wrongs a side commits, named as its own ("Russia's aggression", "threats by North Korea"):
# whoever speaks of them so accuses the side.
_OWNED_WRONGS = frozenset(
    ["aggression", "threat", "threats", "provocation", "provocations", "bullying",
     "interference", "meddling", "intimidation", "coercion", "invasion", "occupation",
     "harassment", "incursion", "incursions", "crackdown", "repression", "abuses",
     "atrocities", "disinformation", "propaganda", "blackmail", "expansionism", "hegemonism",
     "belligerence", "aggressions"]
)  # fmt: skip
_WRONG_MODIFIERS = 2  # words between the owner's "'s" and the wrong ("Russia's full-scale")
# Words that deny, doubt or dismiss a wrong the sentence names ("rejected claims of Israeli
# aggression", "saw no Russian threat", "the threat had been overstated").
_WRONGS_DOUBTED = frozenset(
    ["denied", "denies", "deny", "rejected", "rejects", "dismissed", "dismisses",
     "exaggerated", "exaggerate", "exaggerates", "overstated", "overblown", "invented",
     "fabricated", "myth", "baseless", "unfounded", "groundless", "claims", "allegations",
     "reports", "talk", "tales", "rumours", "rumors"]
)  # fmt: skip
# Words right before a wrong's phrase that make it one only supposed or none ("any Chinese
# invasion", "a possible Indian incursion", "saw no Russian threat").
_WRONG_SUPPOSED = frozenset(
    ["any", "possible", "potential", "eventual", "hypothetical", "no", "without"]
)
# Nouns a "threat" makes a compound with ("Japan's threat assessment"): no wrong.
_WRONG_COMPOUNDS = frozenset(
    ["assessment", "assessments", "level", "levels", "perception", "perceptions",
     "environment", "picture", "analysis", "landscape", "matrix", "evaluation", "index",
     "reduction", "warning", "warnings", "alert", "alerts", "posture", "actor", "actors"]
)  # fmt: skip


def _wrong_done(frames: Frames, i: int, start: int) -> bool:
    """Whether the wrong named at ``i``, in a phrase from ``start``, is told as done: not
    supposed or denied ("any Chinese invasion would be met with force", "saw no sign of
    Russian aggression") and not a compound's first noun ("threat level")."""
    if frames.low(i + 1) in _WRONG_COMPOUNDS:
        return False
    before = frames.low(start - 1)
    if before in _WRONG_SUPPOSED or any(frames.low(k) in _WRONG_SUPPOSED for k in range(start, i)):
        return False
    return not (
        before == "of"
        and any(frames.low(k) in ("no", "any", "not") for k in range(max(0, start - 4), start - 1))
    )


def _wrong_owners(frames: Frames, i: int) -> tuple[list[str], int]:
    """The sides whose own wrong the noun at ``i`` names, and where its phrase starts:
    "Russia's (unprovoked) aggression", "Chinese coercion", "threats by China and North
    Korea"; none when the words name no owner."""
    view = frames.view
    if frames.low(i + 1) == "by":  # "threats by China and North Korea": each
        return list(frames.np_actors(i + 2)[0]), i
    k = i - 1
    while (
        k > i - 1 - _WRONG_MODIFIERS
        and frames.toks[k].text.isalpha()
        and frames.toks[k].text.islower()
        and frames.low(k) not in frames.cues["prepositions"]
    ):
        k -= 1
    if k < 0:
        return [], i
    if frames.low(k) == "'s":
        named = next((m for m in view.mentions if m.end == k and m.how != "pronoun"), None)
    else:  # "Chinese coercion", not "since the start of the Russian invasion" (an event)
        named = next((m for m in view.mentions if m.end == k + 1 and m.how == "demonym"), None)
        if named is not None and frames.low(named.start - 1) == "the":
            return [], i
    return ([named.actor], named.start) if named is not None else ([], i)


_BEING_READY = frozenset(
    ["is", "was", "are", "were", "remained", "remains", "stood", "stands", "'s", "be", "been"]
)

# What a go-between offers: "offered to help / host / mediate", "offered its good offices".
_MEDIATING = forms_of(
    "help", "host", "mediate", "convene", "send", "facilitate", "broker", "bring", "arrange"
)
_OFFICES = frozenset(["help", "services", "offices", "mediation", "assistance"])
_SETTLING = frozenset(["resolve", "end", "ease", "settle", "defuse", "mediate", "the", "both"])
_GO_BETWEENS = frozenset(
    ["envoy", "envoys", "observers", "mediators", "mediator", "delegation", "peacekeepers",
     "team", "mission", "surveyors", "experts", "monitors", "investigators"]
)  # fmt: skip


_CALM = frozenset(
    ["restraint", "calm", "de-escalation", "deescalation", "dialogue", "talks", "ceasefire",
     "truce", "negotiations"]
)  # fmt: skip


_CALM_MODIFIERS = frozenset(
    ["for", "a", "an", "the", "immediate", "maximum", "urgent", "greater", "direct", "renewed",
     "lasting", "more", '"']
)  # fmt: skip


def _gives_ground(frames: Frames, ready: int) -> bool:
    """Whether 'ready to VERB' at ``ready`` gives ground: a verb of talks or leave, or one of
    payment, reopening or release with a word of talks, trade or payment after it."""
    verb = frames.low(ready + 2)
    after = {frames.low(j) for j in range(ready + 3, ready + 8)}
    if after & _GROUND_TAKEN:
        return False
    return verb in _GIVING_GROUND or (verb in _GIVING_WITH and bool(after & _GROUND_GIVEN))


def _calls_for_calm(frames: Frames, k: int) -> bool:
    """Whether a call ending at ``k`` asks for calm or talks ("appealed for restraint"), not
    for money for monitors or for talks on something else ("talks on climate finance")."""
    j = k
    while frames.low(j) in _CALM_MODIFIERS:
        j += 1
    if frames.low(j) not in _CALM:
        return False
    return not (
        frames.low(j) in ("talks", "dialogue", "negotiations")
        and frames.low(j + 1) in ("on", "about", "over", "with")
    )


_CONVENING = forms_of("host", "convene")


def _go_between_offers(
    frames: Frames,
    protos: list[Proto],
    side_of: Callable[[str], str],
    kind_of: Callable[[str], ActorKind | None],
) -> list[Proto]:
    """'CARICOM urged Venezuela and the Netherlands to resolve the dispute and offered to host
    talks', 'Indonesia urged both governments to settle ... and said Jakarta was willing to
    host a meeting': a go-between asking both sides offers them its help (an asserted AGREE
    to each), and a meeting it would host is one to come with each (hypothetical CONSULT);
    not an offer declined, nor one to host refugees or bring aid."""
    out: list[Proto] = []
    asked: dict[str, list[Proto]] = {}
    for p in protos:
        if p.type is StanceType.REQUEST and p.modality.factual:
            asked.setdefault(p.source, []).append(p)
    for source, requests in asked.items():
        sides = list(dict.fromkeys(p.target for p in requests))
        if len(sides) < 2:
            continue
        start = max(p.hit.end for p in requests)
        for k in range(start, len(frames.toks) - 2):
            offered = frames.low(k) in _OFFER_VERBS or (
                frames.low(k) in READY and frames.low(k + 1) == "to"
            )
            if not offered or not _talks_offered(frames, k + 1):
                continue
            if any(frames.low(j) in _DECLINING for j in range(max(start, k - 6), k)):
                break  # "declined to offer to host talks", "rejected Qatar's offer"
            offerer = _offerer(frames, k, source, side_of, kind_of)
            if side_of(offerer) in {side_of(s) for s in sides}:
                break  # "urged India and Pakistan ... said Pakistan was ready": a side's own
            kinds = [StanceType.AGREE]
            if frames.low(k + 2) in _CONVENING:
                kinds.append(StanceType.CONSULT)
            for side in sides:
                for kind in kinds:
                    if not any(
                        q.type is kind
                        and side_of(q.source) == side_of(offerer)
                        and q.target == side
                        for q in protos + out
                    ):
                        modality = (
                            Modality.ASSERTED if kind is StanceType.AGREE else Modality.HYPOTHETICAL
                        )
                        out.append(Proto(offerer, side, kind, modality, None, 0.5, requests[0].hit))
            break
    return out


def _offerer(
    frames: Frames,
    k: int,
    asker: str,
    side_of: Callable[[str], str],
    kind_of: Callable[[str], ActorKind | None],
) -> str:
    """Who makes the offer at ``k`` after ``asker`` asked both sides: the offer's own subject
    when named ("... and Malaysia offered to host talks"), else the asker; the asker still,
    when a person names their own state ("Minister X urged both ... and said Italy was
    ready")."""
    named = frames.ends.get(k - 1 if frames.low(k) in READY else k)
    if named is None or named.how == "pronoun":
        return asker
    if side_of(named.actor) == side_of(asker) and kind_of(asker) is ActorKind.PERSON:
        return asker
    return named.actor


# An offer made, not one spoken of ("rejected Qatar's offer"), and what declines it.
_OFFER_VERBS = _OFFERING - {"offer"}
_DECLINING = frozenset(
    ["not", "never", "no", "declined", "refused", "rejected", "declines", "refuses", "rejects"]
)
# What a go-between offers to host, convene or bring: the sides and their talks.
_TALK_WORDS = frozenset(
    ["talks", "meeting", "meetings", "summit", "negotiations", "round", "consultations",
     "ministers", "leaders", "delegations", "sides", "parties", "dialogue", "conference",
     "them", "together", "both", "mediate", "mediation", "help", "envoy", "team", "panel"]
)  # fmt: skip


def _talks_offered(frames: Frames, k: int) -> bool:
    """Whether the offer at ``k`` ("to host talks", "to send a mediation team", "to help")
    is a go-between's: its words name talks or the sides within a few tokens."""
    if not _good_offices(frames, k):
        return False
    if frames.low(k + 1) == "help":
        return True
    return any(frames.low(j) in _TALK_WORDS for j in range(k + 1, min(k + 7, len(frames.toks))))


def _ends_bare(frames: Frames, k: int) -> bool:
    """Whether a phrase ending before ``k`` ends its clause with no object or aim after it
    ("we will respond firmly," "will draw all the consequences.")."""
    k = frames.skip_adverbs_right(k)
    return k >= len(frames.toks) or frames.low(k) in (".", ",", ";", '"', "and", "if", "unless")


def _hosting_offers(frames: Frames, protos: list[Proto]) -> list[Proto]:
    """'Algeria offered to host their foreign ministers in Algiers': an offer to host the
    sides is talks to come with each of them (hypothetical CONSULT beside the AGREE)."""
    out: list[Proto] = []
    have = {(p.source, p.target) for p in protos if p.type is StanceType.CONSULT}
    for p in protos:
        if p.type is not StanceType.AGREE or not p.modality.factual:
            continue
        k = p.hit.start
        if frames.low(k) not in _OFFERING or (p.source, p.target) in have:
            continue
        if (
            frames.low(k + 1) == "to"
            and frames.low(k + 2) in _CONVENING
            and _talks_offered(frames, k + 1)  # not "to host displaced Palestinians"
        ):
            have.add((p.source, p.target))
            out.append(replace(p, type=StanceType.CONSULT, modality=Modality.HYPOTHETICAL))
    return out


def _good_offices(frames: Frames, k: int) -> bool:
    """Whether the words at ``k``, after "offered", offer a go-between's help: "to help"
    alone or to settle something, "to send" an envoy or observers, "its good offices" (not
    "to help pay for the fence", "to send aid", "its help with the migrant crisis")."""
    if frames.low(k) == "to":
        verb, then = frames.low(k + 1), frames.low(k + 2)
        if verb == "help":  # 'to help "in any way useful"' (not 'to help "Kyiv defend"')
            quoted_way = then == '"' and frames.low(k + 3) in ("in", "however", "wherever")
            return then in _PHRASE_ENDS or then in _SETTLING or quoted_way
        if verb in ("send", "sent"):
            return any(frames.low(j) in _GO_BETWEENS for j in range(k + 2, k + 8))
        return verb in _MEDIATING
    if frames.low(k) in ("its", "their", "his", "her"):
        at = k + 1 if frames.low(k + 1) in _OFFICES else k + 2
        return frames.low(at) in _OFFICES and frames.low(at + 1) not in ("with", "to", "in")
    return False


def _without_askers_release(
    frames: Frames, protos: list[Proto], askers: list[str], h: Hit, end: int
) -> list[Proto]:
    """Without the release the request at ``h`` names, read as the asker's own deed ("we
    demand the release of Captain X": the holder would free him, not the one asking); a
    release the asker makes later in the sentence stays ("and freed a captured guard")."""
    asked = next((k for k in range(h.end, min(end, len(frames.toks))) if _frees(frames, k)), None)
    return [
        p
        for p in protos
        if not (p.type is StanceType.RETREAT and p.source in askers and p.hit.start == asked)
    ]


def _held_by_name(frames: Frames, k: int, end: int) -> bool:
    """Whether the word at ``k`` names people or a ship someone holds ("the release of the
    captain"), not a class of them somewhere ("all political prisoners in Belarus")."""
    if frames.low(k) not in _DETAINED or frames.low(k - 1) == "political":
        return False
    if frames.low(k + 1) in ("'s", "'") and frames.low(k + 2) not in ("release", "freedom"):
        return False  # "the release of the ship's logbook"
    if (k - 1) in frames.ends:
        return False  # "the Israeli hostages": whose, named; not those the story's holder took
    if any(frames.low(j) == "by" for j in range(k + 1, min(k + 4, end))):
        return False  # "students kidnapped by al-Shabaab": their holder is named
    return not any(frames.low(j) == "in" and j + 1 in frames.starts for j in range(k + 1, end))


def _unaimed_deed(frames: Frames, h: Hit) -> bool:
    """Whether ``h`` is a crossing closed, or forces moved, by the doer's own decision with
    no side named: not a noun ("protested the closure of the crossing": whose, said before),
    not a phrase that names its side, not another's word or a refusal ("accused Iran of
    closing"), not for a cause of its own ("because of a cholera outbreak") and not forces
    sent to an end of their own ("deployed troops in Khartoum to quell protests")."""
    kind_ok = (
        h.entry.type in _UNAIMED_DEEDS
        or (h.entry.type is StanceType.SANCTION and bool(set(h.entry.words) & _CROSSINGS))
    ) and h.entry.kind != "noun"
    if not kind_ok or h.entry.words[-1] in ("with", "to", "on", "against", "from"):
        return False
    near = range(max(0, h.start - 3), h.start)
    wide = range(max(0, h.start - 8), h.start)
    unsaid = frames.cues["negators"] | _HEDGED
    if any(frames.low(k) in unsaid for k in near) or any(
        frames.low(k) in _NOT_OWN_DEED for k in wide
    ):
        return False
    if any(t.lower in _NO_DISPUTE for t in frames.toks):
        return False
    return not (h.entry.type is StanceType.MOBILIZE and _moved_for_another_end(frames, h))


def _moved_for_another_end(frames: Frames, hit: Hit) -> bool:
    """Whether forces moved at ``hit`` go to an end of their own within the clause ("to quell
    protests", "to fight Fano militias", "to intercept Russian bombers")."""
    for k in range(hit.end, min(hit.end + 10, len(frames.toks))):
        if frames.low(k) in (",", ";", "."):
            return False
        if frames.low(k) == "to" and frames.is_verb(k + 1):
            return True
    return False


def _made_threat(frames: Frames, p: Proto) -> Proto:
    """A threat is made when it is spoken, whatever it promises: 'Moscow promised to respond
    in kind' threatens Chisinau now (what is promised stays hypothetical in its own stance);
    but a threat under a guess or a condition is only possible ("Russia might threaten the
    Baltic states", "if Turkey threatens Greece again")."""
    if p.type is not StanceType.THREATEN or p.modality is not Modality.HYPOTHETICAL:
        return p
    before = range(max(0, p.hit.start - 8), p.hit.start)
    if any(frames.low(k) in _HEDGED_OR_GUESSED for k in before):
        return p
    return replace(p, modality=Modality.ASSERTED)


def _rebutted(frames: Frames, i: int) -> int:
    """Where the noun a rebuttal verb at ``i`` answers stands ("dismissed the charge",
    "brushed off the remarks", "brushed the warning aside")."""
    k = i + (frames.low(i + 1) in ("off", "aside"))
    return k + 1 + (frames.low(k + 1) in DEFINITE_OBJECT or frames.low(k + 1) in _ANY)


def _rebuts_threat(frames: Frames, i: int) -> bool:
    """'dismissed the warning as blackmail', 'brushed the threat aside': a rebuttal of a
    threat, which answers whoever made it."""
    return frames.low(i) in _REBUTTING and frames.low(_rebutted(frames, i)) in _THREAT_WORDS


def _rebuts_claim(frames: Frames, i: int, calling: bool) -> bool:
    """'rejected the claims', 'dismissed the charge', 'called the abduction allegations
    baseless': a denial of what was said of one (not 'called the allegations credible');
    ``calling`` says the token is one of the lexicon's evaluative verbs."""
    j = _rebutted(frames, i)
    if frames.low(i) in _REBUTTING:
        return frames.low(j) in ALLEGATIONS or frames.low(j) in _CHARGES_MADE
    if not calling or frames.low(i + 1) not in DEFINITE_OBJECT:
        return False  # ("called it absurd": what "it" is, is not told)
    noun = j if frames.low(j) in ALLEGATIONS else j + 1
    if frames.low(noun) not in ALLEGATIONS:
        return False
    dismissive = frames.cues.lists.get("dismissive_words", frozenset())
    for k in range(noun + 1, min(noun + _DISMISSING_REACH, len(frames.toks))):
        if frames.low(k) in _CLAIM_CONTENT_ENDS:
            return False  # "the accusation that Moscow spreads disinformation": its content
        if frames.low(k) in dismissive:
            return True
    return False


def _allegations(frames: Frames, protos: list[Proto]) -> list[Proto]:
    """'X alleged (that) Y ...': an allegation accuses whoever it is about, whatever it says
    Y did ("Washington alleges the group has not lived up to its commitment")."""
    out = []
    for tok in frames.toks:
        if tok.lower not in _ALLEGE or tok.quoted:
            continue
        j = tok.i + 1 + (frames.low(tok.i + 1) == "that")
        accused = frames.starts.get(j) or frames.starts.get(j + 1)  # "the group"
        if accused is None:
            continue
        for accuser in frames.subject(tok.i):
            for target in accused.actors:
                if target != accuser and not any(
                    p.source == accuser and p.target == target and p.type is StanceType.ACCUSE
                    for p in protos
                ):
                    entry = Entry(StanceType.ACCUSE, "verb", (tok.lower,))
                    hit = Hit(tok.i, tok.i + 1, entry, tok.i)
                    out.append(
                        Proto(accuser, target, StanceType.ACCUSE, Modality.ASSERTED, None, 0.6, hit)
                    )
    return out


# Participles saying who stood between the sides of talks: "talks hosted by China".
_HOSTING = BROKERED | forms_of("chair", "co-chair", "organize", "organise")
_HOST_REACH = 16  # tokens from the talks' noun to the participle
_AFTER_TALKS = frozenset(["after", "following", "during", "at", "in"])


def _hosts(frames: Frames, hits: list[Hit], protos: list[Proto]) -> list[Proto]:
    """'talks in Beijing hosted by China', 'talks between A and B co-hosted by Saudi Arabia
    and the United States': each host consults each side of the talks; 'A and B agreed
    after talks hosted by China': A and B are the sides, and they met."""
    out: list[Proto] = []
    for hit in hits:
        if hit.entry.type is not StanceType.CONSULT or hit.entry.kind != "noun":
            continue
        by = _hosted_by(frames, hit.end)
        if by is None:
            continue
        sides = list(dict.fromkeys(a for p in protos if p.hit is hit for a in (p.source, p.target)))
        if not sides and _after_talks(frames, hit.start):
            # "Saudi Arabia and Iran agreed ... after talks hosted by China": they met
            verb = next((k for k in range(hit.start - 2, -1, -1) if frames.is_finite(k)), None)
            sides = frames.subject(verb) if verb is not None else []
            if len(sides) == 2:
                a, b = sides
                out.append(Proto(a, b, StanceType.CONSULT, Modality.ASSERTED, None, 0.5, hit))
        for host in frames.np_actors(by + 1)[0]:
            out += [
                Proto(host, side, StanceType.CONSULT, Modality.ASSERTED, None, 0.5, hit)
                for side in sides
                if side != host
            ]
    return out


_INVITE = forms_of("invite")
_ATTENDING = forms_of("attend", "join", "hold", "come", "take")

_TALKS_REACH = 3  # sentences back "its next meeting" looks for the sides that talked
_SET_FOR = frozenset(["scheduled", "planned", "set", "due", "expected", "slated", "to"])
_MEETINGS = frozenset(
    ["talks", "meeting", "summit", "consultations", "negotiations", "dialogue", "conference",
     "session"]
)  # fmt: skip
# Words that may open the meeting a guest is invited to ("to an emergency meeting").
_MEETING_OPENERS = _MEETINGS | frozenset(
    ["a", "an", "the", "new", "fresh", "emergency", "informal", "direct", "further", "another",
     "next", "its", "their", "his", "her", "peace", "crisis", "trilateral", "bilateral"]
)  # fmt: skip


def _invitations(frames: Frames) -> list[Proto]:
    """'The EU invited both governments to talks in Brussels': the host will consult each
    guest, a meeting still to come (hypothetical, whatever the clause's own mood, unless
    the invitation is denied: "did not invite")."""
    out: list[Proto] = []
    for tok in frames.toks:
        if tok.lower not in _INVITE:
            continue
        guests, end = frames.np_actors(tok.i + 1)
        if not guests or frames.low(end) != "to":
            continue
        if not _meeting_named(frames, end):
            continue  # "invited Chinese firms to invest": no meeting
        hit = Hit(tok.i, tok.i + 1, Entry(StanceType.CONSULT, "verb", ("invite",)), tok.i)
        hosts = frames.subject(tok.i)
        denied = any(
            frames.low(k) in ("not", "never", "n't", "declined", "refused", "refuses")
            for k in (tok.i - 1, tok.i - 2, tok.i - 3)
        )
        modality = Modality.NEGATED if denied else Modality.HYPOTHETICAL
        out += [
            Proto(host, guest, StanceType.CONSULT, modality, None, 0.5, hit)
            for host in hosts
            for guest in guests
            if guest != host
        ]
    return out


_GIVE = forms_of("give")
_SPANS_OF_TIME = frozenset(["hours", "days", "weeks", "hour", "day", "week"])


def _given_time_to_leave(
    frames: Frames, reader: ModalityReader, side_of: Callable[[str], str]
) -> list[Proto]:
    """'gave a counsellor at the Russian Embassy 48 hours to leave the country': an expulsion,
    a sanction of the state the diplomat serves."""
    out: list[Proto] = []
    for tok in frames.toks:
        if tok.lower not in _GIVE:
            continue
        to = next(
            (
                k
                for k in range(tok.i + 2, min(tok.i + 14, len(frames.toks) - 1))
                if frames.low(k) == "to"
                and frames.low(k + 1) == "leave"
                and frames.low(k - 1) in _SPANS_OF_TIME
            ),
            None,
        )
        if to is None:
            continue
        expelled = [m for m in frames.view.mentions if tok.i < m.start < to - 1]
        sources = frames.subject(tok.i)
        if not expelled or not sources:
            continue
        target = side_of(expelled[0].actor)
        hit = Hit(tok.i, tok.i + 1, Entry(StanceType.SANCTION, "verb", ("expel",)), tok.i)
        modality, reporter = reader.read(hit, sources)
        out += [
            Proto(source, target, StanceType.SANCTION, modality, reporter, 0.5, hit)
            for source in sources
            if side_of(source) != target
        ]
    return out


_EXPECT = forms_of("expect")
# What a side "expects" another to do when the expectation is a demand ("we expect Caracas to
# show the same respect"), not a forecast ("we expect Russia to launch an offensive").
_FORECAST = frozenset(
    ["launch", "retaliate", "conduct", "reject", "grow", "win", "block", "attack", "strike",
     "veto", "lose", "fall", "rise", "continue", "remain", "announce", "test", "fire",
     "approve", "vote", "invade", "escalate", "increase", "decline", "collapse", "be",
     "become", "seek", "try", "push", "raise", "cut", "impose", "respond", "oppose", "step",
     "send", "deploy", "hold", "join", "sign", "meet", "visit", "arrive", "leave"]
)  # fmt: skip


def _expectations(frames: Frames, reader: ModalityReader) -> list[Proto]:
    """'"We expect Caracas to show the same respect for its neighbours' borders"', 'Russia
    expected its allies to settle any misunderstanding': a demand of the one expected to act
    as a duty (not a forecast: "expects Iran to retaliate")."""
    out: list[Proto] = []
    for tok in frames.toks:
        if tok.lower not in _EXPECT:
            continue
        at = tok.i + 1 + (frames.low(tok.i + 1) == "the")
        m = frames.starts.get(at)
        if m is None or frames.low(m.end) != "to" or frames.low(m.end + 1) in _FORECAST:
            continue
        sources = [s for s in frames.subject(tok.i) if s not in m.actors]
        if not sources and tok.quoted and frames.view.speaker and frames.low(tok.i - 1) == "we":
            sources = [frames.view.speaker]  # '"We expect Caracas to ..."' after its speaker
        hit = Hit(tok.i, tok.i + 1, Entry(StanceType.REQUEST, "verb", ("expect",)), tok.i)
        modality, reporter = reader.read(hit, sources)
        out += [
            Proto(s, target, StanceType.REQUEST, modality, reporter, 0.6, hit)
            for s in sources
            for target in m.actors
        ]
    return out


_LEAVE = forms_of("leave", "quit", "exit")


def _exits(
    frames: Frames, reader: ModalityReader, kind: Callable[[str], ActorKind | None]
) -> list[Proto]:
    """'could leave Mercosur', 'quit the African Union', 'exited OPEC': a member leaving an
    international body by its name withdraws from it (RETREAT); leaving a country or a city
    is only travel."""
    out: list[Proto] = []
    for tok in frames.toks:
        if tok.lower not in _LEAVE:
            continue
        body = frames.starts.get(tok.i + 1 + (frames.low(tok.i + 1) == "the"))
        if body is None or body.how != "name" or kind(body.actor) is not ActorKind.ORGANIZATION:
            continue
        if reader.country_of.get(body.actor) or frames.low(body.end) in _NOT_MEMBERSHIP:
            # a state's own body ("left the Foreign Ministry"); a meeting or a place left
            # ("left the G20 summit early", "left NATO headquarters"), or a task left to a
            # body ("will leave the EU to handle the crisis")
            continue
        # a state leaves; a minister or a delegation leaving is a walkout or a new job
        sources = [
            s for s in frames.subject(tok.i) if s != body.actor and kind(s) is ActorKind.COUNTRY
        ]
        hit = Hit(tok.i, tok.i + 1, Entry(StanceType.RETREAT, "verb", ("leave",)), tok.i)
        modality, reporter = reader.read(hit, sources)
        out += [
            Proto(source, body.actor, StanceType.RETREAT, modality, reporter, 0.6, hit)
            for source in sources
        ]
        warning = next(
            (k for k in range(tok.i - 1, max(tok.i - 8, -1), -1) if frames.low(k) in _WARNING),
            None,
        )
        # the one warning is the one who would leave ("Ghana warned that Niger could leave
        # ECOWAS" is no threat of Niger's)
        warned = warning is not None and set(frames.subject(warning)) & set(sources)
        if modality is Modality.HYPOTHETICAL and warned:
            # "warned that it could leave Mercosur": a threat to the body, in words
            out += [
                Proto(s, body.actor, StanceType.THREATEN, Modality.ASSERTED, None, 0.6, hit)
                for s in sources
            ]
    return out


_WARNING = forms_of("warn", "threaten")
_NOT_MEMBERSHIP = frozenset(
    ["summit", "summits", "meeting", "meetings", "talks", "headquarters", "session",
     "conference", "gathering", "to", "chamber", "hall", "building", "compound"]
)  # fmt: skip


def _expected_visits(frames: Frames, side_of: Callable[[str], str]) -> list[Proto]:
    """'India's foreign secretary is expected in Thimphu next week', 'Lavrov is due in
    Ankara on Thursday': a visit to come, consulting the state of the capital named."""
    out: list[Proto] = []
    for tok in frames.toks:
        if tok.lower not in ("expected", "due") or frames.low(tok.i + 1) != "in":
            continue
        if frames.low(tok.i - 1) not in ("is", "are", "was", "were", "not"):
            continue
        place = frames.starts.get(tok.i + 2)
        if place is None or place.how not in ("metonym", "name"):
            continue
        host = side_of(place.actor)
        denied = frames.low(tok.i - 1) == "not"
        hit = Hit(tok.i, tok.i + 1, Entry(StanceType.CONSULT, "verb", ("visit",)), tok.i)
        modality = Modality.NEGATED if denied else Modality.HYPOTHETICAL
        out += [
            Proto(visitor, host, StanceType.CONSULT, modality, None, 0.5, hit)
            for visitor in frames.subject(tok.i)
            if side_of(visitor) != host
        ]
    return out


def _meeting_named(frames: Frames, end: int) -> bool:
    """Whether a meeting is named in the clause after the guests ending at ``end`` ("to
    talks", "to attend the summit"), before any other verb ("to invest ... at the talks")."""
    for k in range(end + 1, min(end + 9, len(frames.toks))):
        word = frames.low(k)
        if word in (".", ";", ","):
            return False
        if word in _MEETINGS:
            return True
        if frames.is_verb(k) and word not in _ATTENDING:
            return False
        if k == end + 1 and word not in _ATTENDING and word not in _MEETING_OPENERS:
            return False  # "to invest": an infinitive, not a meeting
    return False


def _after_talks(frames: Frames, i: int) -> bool:
    """Whether the talks' noun at ``i`` follows "after", "during" and the like ("after two
    days of talks", "following a week of indirect talks")."""
    for k in range(i - 1, max(i - 7, -1), -1):
        if frames.low(k) in _AFTER_TALKS:
            return True
        if frames.is_verb(k) or frames.is_boundary(k):
            return False
    return False


def _hosted_by(frames: Frames, i: int) -> int | None:
    """The "by" of "hosted by" / "co-chaired by" after the talks' noun ending at ``i``,
    within its clause."""
    for k in range(i, min(i + _HOST_REACH, len(frames.toks) - 1)):
        word = frames.low(k)
        helping = word in frames.cues["auxiliaries"] or word in frames.cues["modals"]
        if word in (";", ".") or (frames.is_finite(k) and word not in _HOSTING and not helping):
            return None
        if word in _HOSTING and frames.low(k + 1) == "by":
            return k + 1
    return None


_PUNISHING = frozenset((StanceType.SANCTION, StanceType.COERCE))
# Words after "for" that open a deed: an -ing verb but these, an owner, "alleged".
_NOT_DEEDS = frozenset(["nothing", "something", "anything", "everything", "talking", "morning"])
_DEED_OPENERS = frozenset(["its", "their", "his", "her", "alleged"])


def _punished_for(frames: Frames, protos: list[Proto]) -> list[Proto]:
    """'sanctioned by the EU for "undermining democracy"', 'expelled for its role in':
    a punishment given for a deed accuses whoever is punished of it."""
    out: list[Proto] = []
    accused = {(q.source, q.target) for q in protos if q.type is StanceType.ACCUSE}
    for p in protos:
        if p.type not in _PUNISHING or not p.modality.factual or p.hit.entry.words[0] in CUSTODY:
            continue  # "arrested for taking photos" is no accusation of the photographer
        if (p.source, p.target) in accused:
            continue
        for k in range(p.hit.end, min(p.hit.end + 10, len(frames.toks))):
            if frames.low(k) in (".", ";", ",", "after", "because") and k > p.hit.end:
                break
            if frames.low(k) != "for":
                continue
            j = k + 1
            while j < len(frames.toks) and not frames.toks[j].text.isalnum():
                j += 1  # an opening quotation mark
            word = frames.low(j) if j < len(frames.toks) else ""
            if (word.endswith("ing") and word not in _NOT_DEEDS) or word in _DEED_OPENERS:
                entry = Entry(StanceType.ACCUSE, "verb", ("for",))
                hit = Hit(k, k + 1, entry, p.hit.head)
                out.append(Proto(p.source, p.target, StanceType.ACCUSE, p.modality, None, 0.5, hit))
                accused.add((p.source, p.target))
            break
    return out


def _pruned(frames: Frames, protos: list[Proto]) -> list[Proto]:
    """The sentence's stances without help an offer only offers and deeds an "if" clause
    only names as a condition."""
    kept = [
        p
        for p in _offered_help(frames, protos)
        if not _a_condition(frames, p)
        and not _misread_expectation(frames, p)
        and not (p.type is StanceType.REJECT and not_ruled_out(frames, p.hit.start + 2))
    ]  # ("did not rule out expelling Russian diplomats" rejects no one)
    return kept + _left_open(frames, kept)


def _left_open(frames: Frames, protos: list[Proto]) -> list[Proto]:
    """'Kremlin spokesman X declined to rule out halting deliveries of nuclear fuel to
    Bulgaria': a hostile act a side leaves open is a threat, in words, to its target."""
    threatened = {(p.source, p.target) for p in protos if p.type is StanceType.THREATEN}
    out: list[Proto] = []
    for p in protos:
        if (
            p.modality is Modality.HYPOTHETICAL
            and p.type in _THREATENED_DEEDS
            and not_ruled_out(frames, p.hit.start)
            and (p.source, p.target) not in threatened
        ):
            threatened.add((p.source, p.target))
            out.append(replace(p, type=StanceType.THREATEN, modality=Modality.ASSERTED))
    return out


def _misread_expectation(frames: Frames, p: Proto) -> bool:
    """Whether ``p`` gives the act another is expected to do to the one expecting it ("We
    expect Caracas to show the same respect": Caracas would show it, not "we")."""
    for k in range(max(p.hit.start - 8, 0), p.hit.start):
        if frames.low(k) in _EXPECT and (m := frames.starts.get(k + 1)) is not None:
            return (
                frames.low(m.end) == "to"
                and p.source not in m.actors
                and p.type is not (StanceType.REQUEST)
            )
    return False


# Harm foretold for someone: "will be crushed", "would be destroyed".
_FORETELLING = frozenset(["will", "would", "shall"])
_HARMS_FORETOLD = frozenset(
    ["crushed", "destroyed", "punished", "eliminated", "dismantled", "defeated",
     "annihilated", "shot", "wiped", "targeted", "neutralised", "neutralized", "expelled"]
)  # fmt: skip
_RESPONSE_NOUNS = frozenset(["response", "answer", "reply", "retaliation"])
# Words of a hostile treatment or response ("treated as an intruder", "met with force").
_HOSTILE_TREATMENT = frozenset(
    ["intruder", "intruders", "enemy", "enemies", "target", "targets", "hostile", "aggression",
     "invader", "invaders", "terrorist", "terrorists", "combatant", "combatants", "force",
     "reciprocity", "retaliation", "mirror", "reciprocal", "symmetric", "symmetrical",
     "firm", "firmness", "decisive", "harsh", "severe", "swift", "proportionate", "resistance",
     "consequences", "occupation", "occupiers", "spy", "spies", "war"]
)  # fmt: skip
# Words of whoever may come, which leave the harm's target to the speaker's adversary.
_ANYONE = frozenset(["any", "anyone", "anybody", "whoever", "every", "it", "they"])
_OWN_WORDS = frozenset(["our", "its", "their", "the"])


def _spoken_of(frames: Frames) -> str | None:
    """The actor a speaker is said to speak of ('..., X said of the MFDC')."""
    for k, tok in enumerate(frames.toks):
        if tok.lower in ("said", "says") and frames.low(k + 1) == "of":
            m = frames.starts.get(k + 2 + (frames.low(k + 2) == "the"))
            if m is not None:
                return m.actor
    return None


_MEDDLING = frozenset(
    ["in", "into", "interference", "interfering", "interfere", "meddling", "meddle",
     "intervention", "intervening"]
)  # fmt: skip
# What another has "no right to" do in a rebuff ("no right to interfere"), not a duty ("Europe
# has no right to abandon Ukraine").
_NO_RIGHT_TO = frozenset(
    ["interfere", "dictate", "tell", "impose", "judge", "lecture", "decide", "demand", "veto",
     "meddle", "intervene", "question", "criticise", "criticize", "comment", "teach", "block",
     "raise", "speak", "claim"]
)  # fmt: skip
# Words of a side asserting its sovereignty against another's say: a rebuff.
_REBUFFS = (
    ("no", "right", "of"), ("take", "orders"), ("takes", "orders"),
    ("taking", "orders"), ("sovereign", "matter"), ("concern", "no", "one"),
    ("concerns", "no", "one"), ("none", "of", "their", "business"), ("not", "negotiable"),
    ("non-negotiable",), ("no", "lessons"), ("be", "lectured"), ("under", "pressure"),
    ("bow", "to", "pressure"), ("be", "pressured"), ("be", "intimidated"),
    ("be", "blackmailed"), ("not", "for", "sale"), ("targets", "no", "third"),
    ("internal", "affair"), ("internal", "affairs"), ("a", "veto", "over"),
    ("accept", "conditions"), ("accept", "dictates"), ("accept", "ultimatums"),
)  # fmt: skip
_REBUFF_NEGATORS = frozenset(["not", "no", "never", "nobody", "n't", "cannot", "won't"])


def _rebuff_at(frames: Frames) -> int | None:
    """Where the sentence asserts a side's sovereignty against another's say, if it does:
    "does not take orders", "a matter for Algerian justice alone", "will not be lectured",
    "is our internal affair" (not "interference in our internal affairs", a charge)."""
    words = [t.lower for t in frames.toks]
    for k, word in enumerate(words):
        for rebuff in _REBUFFS_BY_FIRST.get(word, ()):
            if tuple(words[k : k + len(rebuff)]) != rebuff:
                continue
            before = set(words[max(k - 5, 0) : k])
            if word == "internal" and (before & _MEDDLING or frames.toks[k].text[0].isupper()):
                continue  # "meddling in Georgia's internal affairs" is a charge; "the Ministry
                # of Internal Affairs" a body
            if word in _NEGATED_REBUFFS and not set(words[max(k - 4, 0) : k]) & _REBUFF_NEGATORS:
                continue  # "will take orders", "came under pressure": said of no refusal
            return k
        if (
            word == "no"
            and words[k + 1 : k + 3] == ["right", "to"]
            and (words[k + 3 : k + 4] and words[k + 3] in _NO_RIGHT_TO)
        ):
            return k  # "Washington has no right to dictate"
        if word == "alone" and "matter" in words[max(k - 6, 0) : k]:
            return k  # "a matter for Algerian justice alone"
    return None


_REBUFFS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _rebuff in _REBUFFS:
    _REBUFFS_BY_FIRST.setdefault(_rebuff[0], []).append(_rebuff)
# First words of rebuffs that are one only when negated ("does not take orders").
_NEGATED_REBUFFS = frozenset(["take", "takes", "taking", "be", "under", "bow", "a", "accept"])


_OFFERED = frozenset((StanceType.AID, StanceType.SUPPORT))


def _offered_help(frames: Frames, protos: list[Proto]) -> list[Proto]:
    """An offer is an agreement, in words ("stood ready to help the two countries establish
    the facts", "offered to help them find a way through"): the help it offers is no
    stance of its own beside the offer's AGREE."""
    offers = {
        (p.source, p.target) for p in protos if p.type is StanceType.AGREE and p.modality.factual
    }
    return [
        p
        for p in protos
        if not (
            p.type in _OFFERED
            and p.modality is Modality.HYPOTHETICAL
            and p.hit.entry.kind != "noun"
            and p.hit.entry.words[0] not in ("pledge", "promise", "commit")
            and _offered(frames, p.hit.start)
            and (p.source, p.target) in offers
        )
    ]  # (a pledge of "humanitarian aid to Sudan" or of "100 million euros" still promises aid)


# Words that make what follows them an offer ("stood ready to help", "offered to help").
_OFFER_WORDS = READY | forms_of("offer") | {"available"}


def _offered(frames: Frames, start: int) -> bool:
    """Whether the help at ``start`` is what an offer offers: "ready to help", "offered to
    help", "stood ready to offer its help" (not "said it would help train Somali troops")."""
    return any(frames.low(k) in _OFFER_WORDS for k in range(max(start - 4, 0), start))


def _a_condition(frames: Frames, p: Proto) -> bool:
    """Whether ``p`` is a deed named only as the condition of someone else's offer or
    threat, in an "if" clause after the main one ("ready to send monitors if both parties
    requested them", "would host talks if they asked for it"): no stance of its doers."""
    if p.modality is not Modality.HYPOTHETICAL:
        return False
    for k in range(p.hit.start - 1, max(p.hit.start - 8, -1), -1):
        word = frames.low(k)
        if word in ("if", "unless"):
            # (not "will decide within two weeks if", "unclear if": a question)
            asked = any(frames.low(j) in _ASKED_IF for j in range(max(k - 4, 0), k))
            return k > 0 and frames.low(k - 1) not in (",", '"', "“") and not asked
        if word in (",", ";", ":", '"') or frames.is_boundary(k):
            return False
    return False


# Verbs of a reaction to a deed, whose subjects only name it again ("condemned the launches").
_REACTING = forms_of(
    "condemn",
    "protest",
    "denounce",
    "criticise",
    "criticize",
    "call",
    "say",
    "accuse",
    "report",
    "investigate",
    "deny",
    "reject",
    "welcome",
    "discuss",
    "lodge",
    "summon",
)


def _told_before(frames: Frames, k: int) -> bool:
    """Whether the word at ``k`` names a deed as one told before: after a definite or
    possessive determiner, with at most one word between ("the missile launches", "over
    the drills", "its own drills")."""
    return any(
        frames.low(j) in ("the", "this", "these", "those", "that", "its", "their", "such")
        for j in range(max(k - 2, 0), k)
    )


def _stem(word: str) -> str:
    """A crude stem, enough to pair a deed's noun with its verb or plural ("launches",
    "launched", "launch"; "balloons", "balloon"; "moved", "move")."""
    for suffix in ("ing", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") else word


def _quoted_chars(text: str, raw: str | None = None) -> list[bool]:
    """Per character: inside double quotation marks (reset at each line).

    A mark that opens always opens and one that closes always closes, so one unbalanced
    mark (a quotation carried over a paragraph break that copy has joined into one line, a
    typo) misreads only up to the next mark, instead of turning everything after it inside
    out. ``raw`` is the text before normalisation (curly marks kept), of the same length.
    """
    raw = raw if raw is not None and len(raw) == len(text) else text
    out = [False] * (len(text) + 1)
    inside = False
    for i, char in enumerate(text):
        if char == "\n":
            inside = False
        elif char == '"':
            direction = _quote_direction(raw, i)
            inside = not inside if direction == 0 else direction > 0
        out[i] = inside
    return out


# Labels that open a headline over commentary or an interview ("Analysts: ...", "Q&A: ..."):
# what follows is someone's view or a summary, not a stance the story reports ("Report:",
# "Exclusive:" and "Watch:" head news and stay).
_COMMENTARY_LABELS = frozenset(
    ["analysts", "analyst", "analysis", "experts", "expert", "q&a", "explainer", "opinion",
     "commentary", "factbox", "notebook"]
)  # fmt: skip


# Roles of diplomats who do not serve their own state now ("the EU's envoy", "former ambassador").
_NOT_STATE_ENVOY = re.compile(
    r"\b(former|un|u\.n\.|eu|au|united nations|european|african union|mission|special)\b"
)
# The same, said in the sentence ("former British ambassador X", "X, the EU's envoy").
_NOT_STATE_ENVOY_TEXT = re.compile(
    r"\b(former|EU's|UN's|U\.N\.'s|AU's|U\.N\. mission|UN mission|EU mission)"
)
# The roles of diplomats a state sends ("Ambassador", "charge d'affaires", "envoy").
_DIPLOMAT_ROLE = re.compile(r"\b(ambassador|envoy|charg[eé]|diplomat|attach[eé]|consul)")


def _commentary_headline(view: SentenceView) -> bool:
    """Whether a headline opens with a commentary label and a colon."""
    colon = next((t.i for t in view.toks[:5] if t.text == ":"), None)
    return colon is not None and view.lower(colon - 1) in _COMMENTARY_LABELS
