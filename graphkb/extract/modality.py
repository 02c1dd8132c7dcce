"""How a sentence holds a stance: asserted, reported, hypothetical or negated.

Scopes run from a cue to the trigger inside one clause: a negator ("not", "never", "no
longer") or a modal ("could", "would") before the trigger; a verb that makes its complement
unreal ("plans to", "urged X to", "is considering"); an "if" clause; a to-infinitive whose
governor is not implicative ("any move to", but not "continues to"); a denial ("denied that").
A stance whose source is not the speaker of the quotation or reporting verb around it is
reported and attributed to that speaker. Negated beats hypothetical beats reported, so a
negated or hypothetical statement never comes out as asserted.
"""

from __future__ import annotations

from dataclasses import dataclass

from graphkb.extract.cues import Cues
from graphkb.extract.frames import Frames
from graphkb.extract.inflect import forms_of
from graphkb.extract.tokens import Hit
from graphkb.model import Modality, StanceType

__all__ = ["ModalityReader", "Speech"]

_STANDING = frozenset((StanceType.ALLY, StanceType.RIVAL))
# Participles after a comma that report what the clause's subject says ("..., accusing X").
_SAYING_PARTICIPLES = frozenset(
    ["accusing", "saying", "calling", "describing", "blaming", "demanding", "urging",
     "condemning", "criticising", "criticizing", "denouncing", "warning", "insisting"]
)  # fmt: skip
# Nouns of an intent that "no" rules out ("no plans to", "no intention of").
_RULED_OUT = frozenset(["plans", "plan", "intention", "intentions", "desire", "wish", "interest"])
# Verbs of a measure weighed, not taken: "review its ties with", "reconsider its contributions".
REVIEW_VERBS = frozenset(["review", "reconsider", "reassess", "re-examine", "re-evaluate"])
# Times still to come after a meeting's noun ("talks ... next month", "later this week").
_AHEAD = frozenset(
    [("next", "week"), ("next", "month"), ("next", "year"), ("later", "this"),
     ("the", "coming"), ("this", "weekend"), ("next", "round")]
)  # fmt: skip
# ", especially with X doing Y": an aside with its own clause, outside a modal before it.
_ASIDES = frozenset(["especially", "particularly", "notably", "with", "even", "including"])
_BE = frozenset(["be", "become", "get", "grow", "move", "draw", "come"])


# "no signs that", "no evidence that": what follows is denied.
_SIGNS = frozenset(["sign", "signs", "indication", "indications", "evidence", "proof"])
# Words before an act's name that make it a noun phrase ("said talks with X must go on").
_OWNERS = frozenset(
    ["'s", "the", "a", "an", "its", "their", "his", "her", "our", "any", "that", "said", "says"]
)
_COPULAS = frozenset(["is", "are", "was", "were", "remains", "remain", "'s"])
_NEEDED = frozenset(
    ["crucial", "essential", "vital", "needed", "necessary", "key", "critical", "required",
     "urgent", "indispensable"]
)  # fmt: skip
# Wanting an act is not doing it.
_WANTING = frozenset(["interested", "interest", "keen", "eager", "anxious", "hoping", "hopes"])


_ACCUSING = frozenset(
    ["accused", "accuse", "accuses", "accusing", "charged", "blamed", "suspected", "alleged"]
)


# Verbs that keep a measure or help going, and the acts they keep.
_CONTINUING = frozenset(
    ["keep", "keeps", "keeping", "maintain", "maintains", "maintaining", "continue",
     "continues", "continuing", "retain", "retains", "retaining", "uphold", "upholds"]
)  # fmt: skip
_NOT_YET = frozenset(["new", "any", "further", "more", "additional", "fresh", "tougher"])
_KEPT_TYPES = frozenset([StanceType.SANCTION, StanceType.MOBILIZE, StanceType.COERCE])


@dataclass(frozen=True, slots=True)
class Speech:
    """A reporting verb outside quotes at token ``at`` and who says it."""

    at: int
    speakers: tuple[str, ...]


# Adjectives of what is only planned, before "to" and a verb.
_SCHEDULED = frozenset(["due", "scheduled"])
_BE_FORMS = frozenset(["is", "are", "was", "were", "be", "been"])

# Words after "no" that make it a quantity ("no fewer than 400 drones"), not a denial.
_COMPARATIVES = frozenset(["fewer", "less", "more", "longer", "later", "sooner"])
# Modifiers that say an act named by a noun has happened or is in force.
_REALIS = frozenset(["new", "latest", "recent", "existing", "current", "previous", "ongoing"])
# What a dismissal dismisses: "rejected claims that ...", "dismissed allegations of ...".
_CLAIMS = frozenset(
    ["claim", "claims", "accusation", "accusations", "allegation", "allegations", "report",
     "reports", "charge", "charges", "suggestion", "suggestions", "assertion", "assertions",
     "rumours", "rumors", "speculation"]
)  # fmt: skip


_MET = frozenset(["met", "meet", "meets", "meeting", "gathered", "sat", "convened", "came"])


# Participles whose "X to V" makes V a fact ("prompting Albania to summon", "forcing Mali to").
_PROMPTING = frozenset(["prompting", "forcing", "spurring", "leading", "causing"])
# Aims an act achieves in the doing: "sent four planes to help Portugal", "summoned the
# ambassador to protest": the help and the protest are given, not only meant.
_AIMS_DONE = frozenset(
    ["help", "protest", "assist", "express", "convey", "lodge", "demand", "ask", "request",
     "seek", "complain"]
)  # fmt: skip
# Acts of sending, giving or summoning that carry out such an aim.
_AIMED_ACTS = forms_of(
    "send", "summon", "deploy", "dispatch", "give", "provide", "disburse", "pledge", "donate",
    "grant", "allocate", "supply", "deliver", "ship", "airlift", "fly", "call in"
)  # fmt: skip
_AIM_REACH = 10  # tokens from the act back to its aim's "to"
# Words that undo such an act or its aim ("sent no troops", "stopped sending weapons to help",
# "refusing to help").
_AIM_UNDONE = frozenset(
    ["no", "not", "never", "n't", "declined", "refused", "refusing", "declining", "stopped",
     "halted", "ceased", "suspended", "without", "reason"]
)  # fmt: skip


def ruled_out(f: Frames, start: int) -> bool:
    """'had no plans to impose sanctions', 'has no intention of expelling': whether "no"
    rules out the act whose trigger starts at ``start``."""
    return any(
        f.low(j) == "no" and f.low(j + 1) in _RULED_OUT and f.low(j + 2) in ("to", "of")
        for j in range(max(0, start - 4), start - 2)
    )


_RULE_OUT = frozenset(["rule", "rules", "ruled", "ruling"])
_DECLINING = frozenset(["not", "n't", "never", "declined", "refused", "refuses", "declines"])


def not_ruled_out(f: Frames, start: int) -> bool:
    """'did not rule out halting gas deliveries', 'declined to rule out sanctions': the act
    at ``start`` is left possible, neither done nor denied."""
    for j in range(max(0, start - 3), start):
        if f.low(j) == "out" and f.low(j - 1) in _RULE_OUT:
            return any(f.low(k) in _DECLINING for k in range(max(0, j - 5), j - 1))
    return False


class ModalityReader:
    """Modality of the triggers of one sentence."""

    def __init__(
        self,
        frames: Frames,
        cues: Cues,
        speeches: list[Speech],
        quote_speaker: str | None,
        country_of: dict[str, str | None],
        commentators: frozenset[str] = frozenset(),
    ) -> None:
        self.f = frames
        self.cues = cues
        self.speeches = speeches
        self.quote_speaker = quote_speaker
        self.country_of = country_of
        self.commentators = commentators
        self._next_quotes: list[int] | None = None

    def _phrase_ends_at(self, j: int, name: str) -> bool:
        for phrase in self.cues.phrases_ending(name, self.f.low(j)):
            n = len(phrase)
            if tuple(self.f.low(k) for k in range(j - n + 1, j + 1)) == phrase:
                return True
        return False

    def clause_start(self, i: int) -> int:
        """First token of the scope clause that contains token ``i``."""
        j = i - 1
        while j >= 0 and not self._starts_clause(j, i):
            j -= 1
        return j + 1

    def _starts_clause(self, j: int, i: int) -> bool:
        """Whether token ``j`` ends the clause before the one holding token ``i``."""
        word = self.f.low(j)
        return (
            word in (";", ":")
            or word in self.cues["scope_breaks"]
            or (self.f.is_boundary(j) and word != '"')  # scare quotes stay in the clause
            or (word in ("and", "but") and self.f.low(j - 1) == ",")  # ", and X praised"
            or self._phrase_ends_at(j, "scope_breaks")
            or (
                word in ("and", "but", "or")
                and self.f.is_verb(j + 1)
                and j + 1 <= i
                and not self._bare_conjunct(j + 1)
            )
            # ", especially with...", "X, which backs Y, urged"
            or (word == "," and (self.f.low(j + 1) in _ASIDES or bool(self.f.before_aside(j))))
            or (word == "," and self._closes_condition(j))
            # "condemned Ethiopia's plan to build a dam, accusing Addis Ababa of ...": what the
            # participle says is the subject's own word, outside the plan
            or (word == "," and self.f.low(j + 1) in _SAYING_PARTICIPLES)
        )

    def _bare_conjunct(self, k: int) -> bool:
        """A bare verb joined by "or" to one a modal heads ("may develop weapons or ask the
        U.S."): it shares the modal, so it opens no clause of its own."""
        word = self.f.low(k)
        if self.f.is_finite(k) or word.endswith(("s", "ing", "ed")) or self.f.low(k - 1) != "or":
            return False
        for j in range(k - 2, max(k - 14, -1), -1):  # a modal heads the first verb
            if self.f.low(j) in self.cues["modals"]:
                return True
            if self.f.is_boundary(j) or self.f.low(j) in (",", ";", ":"):
                return False
        return False

    def _closes_condition(self, comma: int) -> bool:
        """Whether the comma at ``comma`` ends a fronted condition ('"If our fishermen are
        not released, Somalia will suspend ...'): what the condition negates stays in it."""
        for k in range(comma - 1, -1, -1):
            word = self.f.low(k)
            if word in self.cues["conditionals"]:
                return k == 0 or self.f.low(k - 1) in ('"', "“", "'", ",", "but", "and")
            if word in (",", ";", ":") or self.f.is_boundary(k):
                return False
        return False

    def _negated(self, hit: Hit, start: int) -> bool:
        if hit.entry.kind == "noun":
            np = self.f.np_start(hit.start)
            k = np - 2 if self.f.low(np - 1) == "'s" and (np - 1) not in self.f.named else np - 1
            owner = self.f.ends.get(np - 1) if self.f.low(np - 1) == "'s" else None
            k = owner.start - 1 if owner is not None else k
            if self.f.low(k) in self.cues.lists.get("presupposing_verbs", frozenset()):
                return False  # "has never condemned Russia's invasion": it happened
        return self._ruled_out(hit) or self._negator_before(hit, start)

    def _ruled_out(self, hit: Hit) -> bool:
        return ruled_out(self.f, hit.start)

    def _negator_before(self, hit: Hit, start: int) -> bool:
        for j in range(max(0, start - 3), hit.start):
            if self.f.low(j) in _SIGNS and self.f.low(j + 1) == "that":
                # "I see no signs that X is talking to Y", "there isn't any evidence that"
                before = self.f.low(j - 1)
                if before == "no" or (before == "any" and self.f.low(j - 2) == "n't"):
                    return True
        for j in range(start, hit.start):
            if j in self.f.named:  # "Doctors Without Borders urged ..."
                continue
            if self._closed_quotation(j, hit.start):
                continue  # '"X will not be a corridor," he said, accusing Y': not the writer's
            word = self.f.low(j)
            if word in self.cues["negators"] and self.f.low(j + 1) != "only":
                return not self._factive_between(j, hit)
            if self._phrase_ends_at(j, "negators"):
                return True
        if self._no_object(hit):
            return True
        for j in range(hit.start):
            if self.f.low(j) in self.cues["denial_verbs"] and j >= self.clause_start(hit.start) - 1:
                return not (hit.start <= j < hit.end) and not self._participle_between(j, hit)
        return self._dismissed_claim(hit)

    def _no_object(self, hit: Hit) -> bool:
        """'no' before the act's noun ("no sanctions on X") or right after its verb ("Iran
        supplies no weapons to the Houthis", "gave no aid")."""
        nays = self.cues["negative_determiners"]
        if hit.entry.kind == "noun":
            np = self.f.np_start(hit.start)
            return self.f.low(np) in nays or self.f.low(np - 1) in nays
        if hit.entry.kind not in ("phrase", "verb"):
            return False
        after = hit.start + 1 + (self.f.low(hit.start + 1) in ("up", "out", "over"))
        # "supplied no fewer than 400 drones": a quantity, not a denial
        return self.f.low(after) in nays and self.f.low(after + 1) not in _COMPARATIVES

    def _factive_between(self, j: int, hit: Hit) -> bool:
        """'has not understood that X and Y are allies': the negator stops at a factive verb."""
        return any(
            self.f.low(k) == "that" and self.f.low(k - 1) in self.cues["factive_verbs"]
            for k in range(j + 2, hit.start)
        )

    def _participle_between(self, j: int, hit: Hit) -> bool:
        """'denied supplying weapons, rejecting Kyiv's accusations': a participle clause after
        a comma is out of the denial's reach."""
        return any(
            self.f.low(k - 1) == "," and self.f.low(k).endswith("ing")
            for k in range(j + 2, hit.start + 1)
        )

    def _dismissed_claim(self, hit: Hit) -> bool:
        """'rejected claims that it had sent troops', 'dismissed accusations that it bombed
        Kabul': what the dismissed claim says is denied."""
        for j in range(max(0, hit.start - 12), hit.start):
            if self.f.low(j) not in self.cues.lists.get("dismissal_verbs", frozenset()):
                continue
            for k in range(j + 1, min(j + 5, hit.start)):
                if self.f.low(k) in _CLAIMS and self.f.low(k + 1) in ("that", "of"):
                    return True
        return False

    def _governor(self, to: int) -> int:
        """The word governing the 'to' at ``to`` ("urged Pakistan to": "urged")."""
        j = to - 1
        m = self.f.ends.get(j + 1)
        if m is not None:  # "urged Pakistan to", "any move by Islamabad to"
            j = m.start - 1
            if self.f.low(j) == "by":
                j -= 1
        return self.f.skip_adverbs_left(j)  # "moved quickly to back Baku"

    def _prompted(self, hit: Hit) -> int | None:
        """The participle after a comma that the trigger's infinitive hangs on (",
        prompting Albania to summon"), else None."""
        to = hit.start - 1
        if self.f.low(to) != "to":
            return None
        k = self._governor(to)
        return k if self.f.low(k) in _PROMPTING and self.f.low(k - 1) == "," else None

    def _unsure_before(self, k: int) -> bool:
        """Whether a modal or a condition comes before token ``k`` ("Serbia may expel the
        envoy, prompting ...", "If Serbia expels the envoy, prompting ...")."""
        unsure = self.cues["modals"] | self.cues["conditionals"]
        aside = False  # (not in a relative clause: "Moldova, which will hold elections, ...")
        for j in range(k):
            word = self.f.low(j)
            if word in ("which", "who", "whose") and self.f.low(j - 1) == ",":
                aside = True
            elif word == ",":
                aside = False
            elif word in unsure and not aside:
                return True
        return False

    def _governor_irrealis(self, to: int) -> bool:
        """Whether the word governing the 'to' at ``to`` makes the infinitive unreal."""
        j = self._governor(to)
        word = self.f.low(j)
        if self.f.low(to + 1) in _AIMS_DONE and self._aim_of_act(to):
            return False  # "sent planes to help Portugal": helped
        if word in _PROMPTING and self.f.low(j - 1) == ",":
            return self._unsure_before(j)  # ", prompting Albania to summon": it happened
        if word in ("move", "decision", "step", "action", "operation", "offensive", "campaign"):
            # "launched an operation to flush out X": the operation's aim is pursued
            return self.f.low(j - 1) in self.cues["irrealis_determiners"]
        return word not in self.cues["implicative"]

    def _aim_of_act(self, to: int) -> bool:
        """Whether the 'to' at ``to`` gives the aim of a sending, giving or summoning act
        before it in the same clause ("sent tents and food to help", "summoned Nicaragua's
        ambassador to protest")."""
        for k in range(to - 1, max(-1, to - _AIM_REACH), -1):
            word = self.f.low(k)
            quantity = word == "no" and self.f.low(k + 1) in ("fewer", "less", "more")
            if (
                self.f.is_boundary(k)
                or word in (",", ";")
                or (word in _AIM_UNDONE and not quantity)
            ):
                return False  # "provided no tanks to help", "declined to help"
            if word in _AIMED_ACTS:
                return not any(self.f.low(j) in _AIM_UNDONE for j in range(max(0, k - 3), k))
        return False

    def _hypothetical(self, hit: Hit, start: int) -> bool:
        # "Washington's call for X and Pyongyang's demand for Y": a new actor after "and"
        # opens a phrase of its own, out of the first one's reach
        for k in range(hit.start - 1, start, -1):
            if self.f.low(k) == "and" and k + 1 in self.f.starts:
                start = k + 1
                break
        # "are due to begin a joint exercise next week": the infinitive opens the clause
        scheduled = self.f.low(start - 1) == "to" and self._scheduled(start - 2)
        prompting = self._prompted(hit)
        if prompting is not None and not self._unsure_before(prompting):
            # "threatened to ..., prompting Albania to summon Serbia's envoy": done, whatever
            # verb the clause before it has (not "may expel ..., prompting ...")
            start = max(start, prompting)
        # a whole quotation's "will" is not the writer's
        words = [j for j in range(start, hit.start) if not self._closed_quotation(j, hit.start)]
        if scheduled or any(self._unreal_word(hit, j) for j in words):
            return True
        if self._meeting_ahead(hit):
            return True
        # (a verb opening a conjunct, "... and asked La Paz to", is no subject noun)
        conjunct = (
            hit.entry.kind == "verb"
            and self.f.low(hit.start - 1) in ("and", "but")
            and not self.f.low(hit.start).endswith("ing")  # "and supplying Kyiv ... could"
        )
        nominal = hit.entry.kind == "noun" or (hit.start == start and not conjunct)
        if (
            (nominal or self.f.low(hit.start - 1) in _OWNERS)
            and self._needed_or_modal_after(hit)
            and not self._already(hit)
        ):
            return True
        for j in range(hit.start):
            if self.f.low(j) in self.cues["conditionals"] and "," not in (
                self.f.low(k) for k in range(j, hit.start)
            ):
                return True
        if hit.entry.type in _STANDING:
            return False
        k = hit.start - 1
        while self.f.is_adverb(k):
            k -= 1
        if self.f.low(k) in _BE:
            k -= 1
        return self.f.low(k) == "to" and self._governor_irrealis(k)

    def _reduced_relative(self, hit: Hit) -> bool:
        """Whether the verb at ``hit`` is a past participle after a plain noun, with its
        agent after "by" ("fishermen seized by the Kenyan navy"): it tells what was done."""
        before, word = self.f.low(hit.start - 1), self.f.low(hit.start)
        return (
            hit.entry.kind == "verb"
            and hit.end == hit.start + 1
            and self.f.low(hit.end) == "by"
            and word.endswith("ed")
            and before.isalpha()
            and before not in self.cues["auxiliaries"]
            and before not in ("to", "be", "been", "being", "not", "never")
            and not self.f.is_verb(hit.start - 1)
            and (hit.start - 1) not in self.f.named
        )

    def _meeting_ahead(self, hit: Hit) -> bool:
        """'Rubio in Saudi Arabia for US-Ukraine talks', 'flew to Beijing for a summit': talks
        someone goes somewhere for are still to come (not 'met for talks')."""
        if hit.entry.type is not StanceType.CONSULT or hit.entry.kind != "noun":
            return False
        np = self.f.np_start(hit.start)
        while self.f.low(np - 1) in ("-",) or (np - 1) in self.f.named:
            np -= 1  # "for US-Ukraine talks": past the pair before the noun
        if self.f.low(np - 1) == "for" and self.f.low(np - 2) not in _MET:
            return True
        # "talks between Japan and China would go ahead in Qingdao next month"
        end = next(
            (k for k in range(hit.end, len(self.f.toks)) if self.f.low(k) in (".", ";")),
            len(self.f.toks),
        )
        return any(
            (self.f.low(k), self.f.low(k + 1)) in _AHEAD or self.f.low(k) == "tomorrow"
            for k in range(hit.end, end)
        )

    def _unreal_word(self, hit: Hit, j: int) -> bool:
        """Whether the word at ``j``, in the trigger's clause before it, makes it unreal: a
        modal, a verb of planning or wanting, "ready to", "interested in"."""
        word = self.f.low(j)
        if word in self.cues["modals"] or self._phrase_ends_at(j, "modals"):
            return True
        if (
            not (hit.start <= j < hit.end)
            and hit.entry.type not in _STANDING
            and self.f.low(j - 1) != "-"  # "Iran-backed": a modifier, not a verb
            and (
                word in self.cues["hypothetical_verbs"]
                or self._phrase_ends_at(j, "hypothetical_verbs")
            )
        ):
            return True
        if self.f.low(j + 1) == "to" and (
            word in self.cues["hypothetical_adjectives"]
            or word in self.cues.lists.get("purpose_nouns", frozenset())
        ):
            return True  # "ready to", "in a bid to boost cooperation"
        if self.f.low(j + 1) == "to" and self._scheduled(j):
            return True  # "are due to meet", "scheduled to hold talks" (not "due to sanctions")
        if word in self.cues.lists.get("hypothetical_nouns", frozenset()) and (
            self.f.low(j + 1) == "of" and hit.start <= j + 4
        ):
            return True  # "the possibility of restoring economic cooperation with Russia"
        return word in _WANTING and self.f.low(j + 1) in ("in", "to")  # "interested in"

    def _closed_quotation(self, j: int, i: int) -> bool:
        """Whether token ``j`` lies in a quoted sentence that closes, with its own comma or
        full stop, before token ``i`` outside it ('"Slovakia will not be a corridor," he told
        reporters, accusing ...'; not the quoted words of 'Turkey "will not" block the bid')."""
        f = self.f
        if not f.toks[j].quoted or f.toks[i].quoted:
            return False
        close = self._next_quote(j + 1)
        return close < i and f.low(close - 1) in (",", ".", "!", "?")

    def _next_quote(self, k: int) -> int:
        """The first quotation mark at or after token ``k`` (the sentence's length if none),
        from a table built once per sentence, so no clause is scanned once per word."""
        if self._next_quotes is None:
            n = len(self.f.toks)
            table = [n] * (n + 1)
            for j in range(n - 1, -1, -1):
                table[j] = j if self.f.low(j) == '"' else table[j + 1]
            self._next_quotes = table
        return self._next_quotes[min(k, len(self._next_quotes) - 1)]

    def _scheduled(self, j: int) -> bool:
        """Whether token ``j`` is "due" or "scheduled" after a form of "be" in a main clause
        and before "to" and a plain verb ("the two are due to meet"; not "Due to the war",
        "due to increased attacks", "Blinken, who is due to visit, ...")."""
        f = self.f
        verb = f.low(j + 2)
        plain = f.is_verb(j + 2) and not verb.endswith(("ed", "ing"))
        be = f.low(j - 1) in _BE_FORMS and f.low(j - 2) not in ("who", "which", "that")
        return f.low(j) in _SCHEDULED and f.low(j + 1) == "to" and plain and be

    def _already(self, hit: Hit) -> bool:
        """'the new U.S. sanctions would not go unanswered': an act its phrase says exists."""
        return any(self.f.low(k) in _REALIS for k in range(self.f.np_start(hit.start), hit.start))

    def _needed_or_modal_after(self, hit: Hit) -> bool:
        """'talks with China must continue', 'Washington's support is crucial for': an act
        named as the subject of a modal or of a call for it is not yet done."""
        k = self.f.np_end(hit.start)
        for _ in range(4):  # past "with China", "of the two sides", "between Japan and China"
            joined = self.f.low(k) in ("and", "or") and (k + 1) in self.f.starts
            if not joined and (
                self.f.low(k) not in self.cues["prepositions"] or self.f.low(k) == "by"
            ):
                break
            k = self.f.np_end(k + 1)
        word = self.f.low(k)
        if word in self.cues["modals"]:
            return True
        return word in _COPULAS and self.f.low(self.f.skip_adverbs_right(k + 1)) in _NEEDED

    def speaker_of(self, hit: Hit) -> str | None:
        """Who says what the trigger is part of: the quotation's or reporting verb's speaker."""
        speakers = self.speakers_of(hit)
        return speakers[0] if speakers else None

    def speakers_of(self, hit: Hit) -> tuple[str, ...]:
        """Everyone who says what the trigger is part of ("France, Germany and Britain said
        they could ..."): the quotation's speaker or the reporting verb's subjects."""
        if self.f.toks[hit.head].quoted and self.quote_speaker:
            return (self.quote_speaker,)
        for speech in self.speeches:
            before = speech.at < hit.start
            after = speech.at >= hit.end and speech.at >= len(self.f.toks) - 6
            lo, hi = (speech.at, hit.start) if before else (hit.end, speech.at)
            if any(self.f.low(k) == ";" for k in range(lo, hi)):
                continue  # "X strikes Y; Z vows to respond": another clause's speaker
            if before and self._appended(hit.start) is not None:
                continue  # "X said ..., a charge Y rejects": the writer's aside
            if before and self._prompted(hit) is not None:
                continue  # "X warned ..., prompting Y to summon Z's envoy": what followed
            if (before or after) and speech.speakers:
                return speech.speakers
        return ()

    def _appended(self, i: int) -> int | None:
        """Where the appositive noun phrase begins whose relative clause the verb at ``i``
        heads (", a milestone (that) Egypt denounced"), which the writer adds; else None."""
        f = self.f
        subject = f.ends.get(i)
        if subject is None:
            return None
        k = subject.start - 1
        k -= f.low(k) == "the"
        k -= f.low(k) in ("that", "which")
        j = k
        while j > 0 and k - j < 4 and f.toks[j].text.isalpha() and f.toks[j].text.islower():
            if f.low(j) in ("a", "an"):
                return j if f.low(j - 1) == "," else None
            j -= 1
        return None

    def same_side(self, speaker: str, source: str) -> bool:
        """Whether ``source`` is the speaker or the country the speaker serves."""
        return source in (speaker, self.country_of.get(speaker))

    def _reporter(self, hit: Hit, sources: list[str]) -> str | None:
        """Who reports the stance, when that is not its own source."""
        speaker = self.speaker_of(hit)
        if speaker is None or any(self.same_side(speaker, s) for s in sources):
            return None
        return speaker

    def read(self, hit: Hit, sources: list[str]) -> tuple[Modality, str | None]:
        """The modality of a stance from ``sources`` found at ``hit``, and who reports it."""
        start = self.clause_start(hit.start)
        appended = self._appended(hit.start)  # ", a decision China condemned": its own clause
        start = max(start, appended) if appended is not None else start
        reporter = self._reporter(hit, sources)
        if not_ruled_out(self.f, hit.start):
            return Modality.HYPOTHETICAL, reporter  # "did not rule out halting deliveries"
        if self._negated(hit, start):
            return Modality.NEGATED, reporter
        if hit.entry.words[0] in REVIEW_VERBS:
            return Modality.HYPOTHETICAL, reporter  # "was reviewing its ties with Nairobi"
        # "demanded the release of fishermen seized by the navy": the seizure is a fact
        hoped = hit.entry.words[0] == "hope"  # "hoped the two would settle": the hope is made
        kept = self._kept(hit)  # "would keep its ban on grain": the ban is in force
        if (
            not hoped
            and not kept
            and not self._reduced_relative(hit)
            and self._hypothetical(hit, start)
        ):
            return Modality.HYPOTHETICAL, reporter
        if reporter or self._charged(hit):
            return Modality.REPORTED, reporter
        return Modality.ASSERTED, None

    def _kept(self, hit: Hit) -> bool:
        """'would keep its ban on Ukrainian grain', 'will maintain its sanctions', 'will keep
        its troops on the border': a measure kept up is in force now, whatever is said of
        its future (help promised to go on stays a pledge)."""
        if hit.entry.type not in _KEPT_TYPES or any(
            self.f.low(k) in self.cues["conditionals"] for k in range(hit.start)
        ):
            return False  # "if Colombia keeps sending warships": a condition
        if any(self.f.low(j) in _NOT_YET for j in range(hit.start - 3, hit.end)):
            return False  # "keep any new sanctions in place": none imposed yet
        if self.f.low(hit.start) in _CONTINUING:
            return True  # "maintain * sanctions"
        k = hit.start - 1
        if self.f.low(k) == "to":  # "will continue to supply"
            k -= 1
        else:
            while (
                k > hit.start - 4
                and self.f.low(k) not in _CONTINUING
                and (
                    self.f.low(k) in _OWNERS
                    or self.f.low(k) in ("the", "a", "an")
                    or (self.f.low(k).isalpha() and not self.f.is_verb(k))
                )
            ):
                k -= 1  # "keep its ban", "maintain the existing sanctions"
        return self.f.low(k) in _CONTINUING

    def _charged(self, hit: Hit) -> bool:
        """Whether the act at ``hit`` is what someone is accused of ("Officials have accused
        Rwanda of arming the M23", "The army accused the UAE of arming the RSF"): reported,
        even when the accuser is no actor the story names."""
        f = self.f
        at = hit.start
        if hit.entry.kind == "noun":  # "accused Rwanda of being the backer of the M23"
            at = next((k for k in range(hit.start - 4, hit.start) if f.low(k) == "being"), at)
        if at < 3 or f.low(at - 1) != "of" or not f.low(at).endswith("ing"):
            return False
        before = range(max(0, at - 9), at - 1)
        accusing = [k for k in before if f.low(k) in _ACCUSING]
        # "accused Rwanda of arming", not "Despite being accused by Kyiv, Russia continued
        # the practice of shelling": no clause boundary between the charge and the deed
        return bool(accusing) and not any(f.low(k) in (",", ";") for k in range(accusing[-1], at))
