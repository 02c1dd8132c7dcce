"""Finding a trigger's arguments in a sentence: subjects, objects, prepositional frames.

There is no parser; the rules read the token sequence around the trigger:

- the subject is the nearest actor to the left inside the clause that is neither a place nor
  the object of a preposition or verb; a verb coordinated with an earlier one ("denied ... and
  pointed to") shares the clause's first subject; a relative pronoun takes its antecedent;
- an object or prepositional object is the actor of the noun phrase after it, with
  coordination ("against Iran, Syria and Lebanon"); a phrase with no actor refers back to
  what the document said before ("the sanctions" -> who imposed them).
"""

from __future__ import annotations

from collections.abc import Callable

from graphkb.extract.cues import Cues
from graphkb.extract.gazindex import REGIONS
from graphkb.extract.inflect import forms_of, load_irregular
from graphkb.extract.tokens import Mention, SentenceView
from graphkb.extract.triggers import Entry
from graphkb.model import StanceType

__all__ = ["LISTED_HOWS", "PORTFOLIOS", "SPOKES", "Frames"]

# Unnamed speakers of a body or state ("a spokesman for the ministry"), and the fields a
# ministry or an official's title names ("the Foreign Ministry", "security chiefs").
SPOKES = frozenset(["spokesman", "spokeswoman", "spokesperson", "official", "officials"])
PORTFOLIOS = frozenset(
    ["foreign", "defence", "defense", "interior", "finance", "justice", "trade", "commerce",
     "economy", "health", "information", "affairs", "home", "security", "intelligence"]
)  # fmt: skip
# Unnamed officials who act for the body or states named after them ("a spokesman for the
# ministry", "delegations from Ethiopia and Egypt").
_UNNAMED_SPEAKERS = SPOKES | frozenset(
    ["representative", "representatives", "diplomat", "diplomats", "adviser", "advisor",
     "advisers", "advisors", "delegation", "delegations", "delegates", "negotiators",
     "envoys", "ministers", "chiefs", "heads", "commanders"]
)  # fmt: skip
_SPEAKER_MODIFIERS = PORTFOLIOS | frozenset(
    ["a", "an", "the", "senior", "top", "another", "one", "two", "military", "border", "police",
     "vice", "deputy", "chief", "junior", "several"]
)  # fmt: skip

_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "any",
        "some",
        "every",
        "all",
        "no",
        "such",
        "each",
        "both",
    ]
)
_RELATIVES = frozenset(("who", "which", "that"))
# An office named by the city it is in ("the Baku bureau of TASS"): the owner's, after "of".
_SEATS = frozenset(["bureau", "office", "offices", "branch", "headquarters", "embassy", "mission"])
# Those a side calls its own in a capital ("our friends in Vientiane").
_FRIENDS = frozenset(["friends", "partners", "allies", "brothers", "neighbours", "neighbors"])
# Offices that sit in a city ("the prosecutor in The Hague"), besides the bodies of the cues.
_SEATED_OFFICES = frozenset(["prosecutor", "prosecutors", "headquarters", "tribunal"])
# Nouns "that" may point to in a list of states ("Russia and that country's ally").
_STATE_HEADS = frozenset(["country", "nation", "government", "state", "regime", "country's"])
# Members of a mission, whose state is the embassy's ("a counsellor at the Russian Embassy").
_DIPLOMATS = frozenset(
    ["diplomat", "diplomats", "ambassador", "envoy", "counsellor", "counselor", "counsellors",
     "counselors", "attache", "attaches", "secretary", "secretaries", "consul", "staff",
     "d'affaires"]
)  # fmt: skip

_SUBJECT_PRONOUNS = frozenset(("it", "they", "he", "she", "we", "i"))
_CONJ = frozenset(("and", "but", "or"))
# Mentions a list of modifiers joins ("US and EU sanctions"), and that name an act's author.
LISTED_HOWS = frozenset(("name", "demonym", "metonym"))
# Words that open a clause inside another: its verb is not the main clause's.
_SUBORDINATORS = frozenset(["since", "after", "before", "because", "when", "while", "until"])
# Irregular past tenses ("froze", "left"): finite wherever they stand.
_PAST_FORMS = frozenset(f["past"] for f in load_irregular().values() if "past" in f)
# Prepositions repeated before each of a list's members ("with A and with B").
_REPEATED_PREPS = frozenset(("with", "to", "on", "against", "from"))
_PUNCT_STOP = frozenset(',.;:?!()[]"')
# Words that make "to" part of a fixed phrase, not a target ("in addition to North Korea").
_FIXED_TO = frozenset(["addition", "according", "due", "thanks", "next", "prior", "close"])
# Determiners that point back to something named before ("the decision", "its offer").
_DEFINITE = frozenset(
    ["the", "this", "that", "these", "those", "its", "their", "his", "her", "them", "it", "they"]
)
_CROWDS = frozenset(
    ["thousands", "hundreds", "dozens", "scores", "millions", "tens", "crowds", "groups"]
)
_MAX_NP = 8
_MAX_ASIDE = 16
_MAX_RELATIVE_ASIDE = 45  # tokens a relative clause between subject and verb may run
# Words between "accused X of" and the act X is accused of.
_LEADS = frozenset(
    ["to", "continuing", "having", "being", "trying", "seeking", "attempting", "helping",
     "planning", "deliberately", "secretly", "repeatedly"]
)  # fmt: skip
# Adverbs between an auxiliary and its verb or a subject and its verb ("has since sent").
_ADVERBS = frozenset(
    ["also", "now", "then", "since", "already", "still", "just", "again", "further", "later",
     "once", "twice", "jointly", "separately", "reportedly", "allegedly", "finally", "first",
     "long", "often", "always", "ever", "even", "soon"]
)  # fmt: skip


_NUMBERS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "dozens", "hundreds", "thousands", "several", "many", "some"]
)  # fmt: skip


# People of a body or state: "inspectors of the IAEA", "members of the junta".
_MEMBERS = frozenset(
    ["members", "member", "inspectors", "officials", "leaders", "leader", "diplomats",
     "representatives", "envoys", "envoy", "staff", "troops", "soldiers", "forces",
     "citizens", "nationals", "workers", "employees", "delegation", "delegates", "agents",
     "monitors", "observers", "peacekeepers", "militants", "fighters", "supporters",
     "ministers", "minister", "personnel", "officers", "commanders", "spies", "government",
     "governments", "authorities", "leadership", "administration", "regime", "junta",
     "counterpart", "counterparts"]
)  # fmt: skip
_COUNTERPARTS = frozenset(["counterpart", "counterparts", "colleague", "colleagues"])
_COMPARATIVES = frozenset(["more", "fewer", "less"])
_BOUNDS = frozenset([("at", "least"), ("at", "most"), ("up", "to")])
_APPROXIMATELY = frozenset(
    ["nearly", "about", "around", "almost", "approximately", "roughly", "over", "some"]
)


def is_number(word: str) -> bool:
    """A numeral or number word ("five detained citizens")."""
    return word.replace(",", "").isdigit() or word in _NUMBERS


# Nouns whose owner is the subject of the infinitive after them ("Japan's plan to boost aid").
_CONTROL_NOUNS = frozenset(
    ["decision", "plan", "plans", "refusal", "failure", "attempt", "attempts", "bid", "move",
     "effort", "efforts", "push", "offer", "pledge", "promise", "threat", "threats",
     "readiness", "willingness", "intention", "determination", "commitment", "proposal",
     "resolve", "vow", "desire", "ambition", "campaign", "drive", "right"]
)  # fmt: skip


# Present-tense reporting verbs, never part of a noun phrase.
_SAYS = frozenset(["says", "tells", "adds", "insists", "argues", "warns", "believes", "thinks"])
# Words that open a participle clause whose subject is the main clause's ("after meeting X").
_PARTICIPLE_LEADS = frozenset(["after", "before", "since", "upon", "while", "when", "without"])


# Verbs whose object never does what a following infinitive says: "visit India to
# strengthen ties" is the visitor's purpose.
_VISITS = forms_of("visit", "meet", "host", "tour")


# Words between "and" and the actors it joins: "X and other senior U.S. officials".
_ALSO_RANKS = frozenset(["other", "senior", "top", "fellow", "several"])


# Words of a plan between an auxiliary and "to" ("are due to meet", "is scheduled to visit").
_SCHEDULED = frozenset(["due", "scheduled", "expected", "set", "slated", "poised"])


class Frames:
    """Argument finding for one sentence."""

    def __init__(
        self,
        view: SentenceView,
        cues: Cues,
        verbs: frozenset[str],
        recall: Callable[[str], str | None],
        adversary: Callable[[str], str | None] = lambda _: None,
        home: str | None = None,
        parties: Callable[[list[str]], list[str]] = lambda _: [],
        doer: Callable[
            [str, frozenset[StanceType], bool, tuple[str, ...]], str | None
        ] = lambda _a, _t, _v, _w: None,
        victim: Callable[[str, str], str | None] = lambda _n, _d: None,
    ) -> None:
        self.view = view
        self.home = home  # the country the story has named most so far
        # the two sides of the dispute the story is about, leaving out the given actors
        self.parties = parties
        self.toks = view.toks
        self.cues = cues
        self.verbs = verbs
        self.recall = recall
        self.adversary = adversary
        # who did the act a definite noun refers back to ("called the recall ..."): the side
        # that last did a deed of one of the given types, not the given actor's
        self.doer = doer
        # the side the deed a noun names was aimed at ("halt the strikes": the side struck)
        self.victim = victim
        # Every act read in the sentence: (type, sources, targets), targets maybe empty.
        self.acts: list[tuple[StanceType, list[str], list[str]]] = []
        # Hostile deeds done as told but on no one named: (entry, doers).
        self.untargeted: list[tuple[Entry, list[str]]] = []
        self.ends = {m.end: m for m in view.mentions}
        self.starts = {m.start: m for m in view.mentions}
        self.named = {i for m in view.mentions for i in range(m.start, m.end)}
        self.words = frozenset(t.lower for t in view.toks)  # for rules that check words first

    def is_adverb(self, i: int) -> bool:
        """A word in -ly that is no name ("strongly", not "Italy")."""
        return self.low(i).endswith("ly") and i not in self.named

    # -- small predicates -------------------------------------------------------------
    def low(self, i: int) -> str:
        """Lower-case token text, '' outside the sentence."""
        toks = self.toks
        return toks[i].lower if 0 <= i < len(toks) else ""

    def is_verb(self, i: int) -> bool:
        """A known verb form or auxiliary (no tagger: lexicon and cue words only)."""
        word = self.low(i)
        return word in self.verbs or word in self.cues["auxiliaries"] or word in self.cues["modals"]

    def is_finite(self, i: int) -> bool:
        """An auxiliary, a modal or a past-tense form: a verb even where nouns are expected
        ("sanctions", "attacks" are nouns as often as verbs)."""
        word = self.low(i)
        if word in self.cues["auxiliaries"] or word in self.cues["modals"]:
            return True
        return word in self.verbs and (word.endswith(("ed", "said", "told")) or word in _PAST_FORMS)

    def is_boundary(self, i: int) -> bool:
        """A word or mark that ends a clause."""
        word = self.low(i)
        if word.endswith("ing") and self.low(i - 1) in self.cues["auxiliaries"]:
            return False  # "was following the situation": a verb, not "following the talks"
        return word in self.cues["boundaries"] or word == '"'

    def skip_adverbs_left(self, i: int) -> int:
        while i >= 0:
            if self.is_adverb(i) or self.low(i) in _ADVERBS:
                i -= 1
            elif self.low(i) == "turn" and self.low(i - 1) == "in":
                i -= 2  # "Sarwari in turn accused Dushanbe"
            else:
                return i
        return i

    def subject_like(self, m: Mention) -> bool:
        if m.locative:
            return False
        prev = self.low(m.start - 1)
        opening = self._before_article(m.start)
        if (
            (prev == "with" and self.low(m.end).endswith("ing"))
            or (prev == "of" and self.low(m.start - 2) in _CROWDS)
            or self._spoken_for(m)
        ):
            # "with Washington seeking to...": an absolute clause's subject; "thousands of
            # Nigeriens marched": the crowd is the subject; "A spokesman for Nigeria's
            # foreign ministry rejected the charge": the body speaks
            return True
        prev = self.low(opening)  # "in the EU": past the article
        if prev in self.cues["prepositions"] and prev not in self.cues["boundaries"]:
            return False  # a prepositional object; "after X called" is a clause
        first = self.first_conjunct(m)
        opener = self.low(self._before_article(first.start))
        if (
            first is not m
            and opener in self.cues["prepositions"]
            and opener not in self.cues["boundaries"]  # "after China and Russia blocked"
            and (
                self.low(self._before_article(m.start)) in ("and", "or")
                or self._list_continues(m.end)
            )
        ):
            return False  # "drafted by France, Germany and the UK", not "In Warsaw, the ..."

        if not self.is_verb(m.start - 1) or self.low(m.start - 2) == "-":
            return True  # "Somalia-based al-Shabab", "Iran-backed Houthis": a modifier
        # "said Iran had struck": the subject of a reported clause, not an object; "said
        # China's envoy, Zhou Hanming, would visit": past the comma closing an apposition
        k = m.end
        if self.low(k) == "," and any(self.low(j) == "," for j in range(m.start, m.end)):
            k += 1
        k = self.skip_adverbs_right(k)
        verb = self.is_verb(k) or self.low(k) in self.cues["modals"]
        return self.opens_clause(m.start - 1) and verb

    def _spoken_for(self, m: Mention) -> bool:
        """Whether ``m`` (or the list it ends) is the body or state an unnamed official
        opening the clause speaks for ("A spokesman for the ministry", "Negotiators from
        Ethiopia and Egypt"); a spokesman for a named person is someone else."""
        opening = self._before_article(self.first_conjunct(m).start)
        return (
            self.low(opening) in ("for", "of", "at", "from")
            and m.how != "person"
            and self._unnamed_speaker(opening - 1)
        )

    def _unnamed_speaker(self, k: int) -> bool:
        """Whether token ``k`` ends an unnamed official opening a clause ("A spokesman",
        "a senior official", "Officials"), who speaks for the body named after it."""
        if self.low(k) not in _UNNAMED_SPEAKERS:
            return False
        j = k - 1
        while j >= 0 and self.low(j) in _SPEAKER_MODIFIERS:
            j -= 1
        return j < 0 or self.low(j) in (",", '"', "\u201d", "that", "and", "\u2014", "-")

    def _list_continues(self, j: int) -> bool:
        """Whether more list items follow token ``j`` (", Germany and Italy"), not an
        appositive (", Mark Deane, announced")."""
        while self.low(j) == ",":
            nxt = self.starts.get(j + 1) or self.starts.get(j + 2)
            if nxt is None:
                return False
            j = nxt.end
        return self.low(j) in ("and", "or", "nor")

    def first_conjunct(self, m: Mention) -> Mention:
        """The first actor of a list that ends with ``m`` ("France, Germany and Britain")."""
        j = self._before_article(m.start)
        while self.low(j) in (",", "and", "or", "nor"):
            k = j - 1 if self.low(j - 1) != "," else j - 2
            prev = self.ends.get(k + 1)
            if prev is None:
                break
            m, j = prev, self._before_article(prev.start)
        return m

    def opens_clause(self, i: int) -> bool:
        """A speech verb whose complement is a clause ("said", "claimed"; not "told")."""
        word = self.low(i)
        return word in self.cues["speech_verbs"] and word not in self.cues["object_speech_verbs"]

    def skip_adverbs_right(self, i: int) -> int:
        while self.is_adverb(i) or self.low(i) in _ADVERBS:
            i += 1
        return i

    # -- subjects ---------------------------------------------------------------------
    def _noun_before_participle(self, i: int) -> bool:
        """Whether the -ing verb at ``i`` follows a plain noun that is its subject."""
        prev = self.low(i - 1)
        return (
            self.low(i).endswith("ing")
            and i not in self.named
            and i - 1 not in self.named
            and i not in self.ends  # no actor ends right before the verb
            and prev.isalpha()
            and self.toks[i - 1].text.islower()
            and (prev in self.cues["group_nouns"] or prev in ("figures", "groups", "people"))
        )  # people doing it: "rebels fighting", "opposition figures supporting"

    def coordinated_left(self, m: Mention) -> list[str]:
        """``m`` and the actors coordinated before it ("X and Y agreed")."""
        actors = m.actors
        j = self._before_article(m.start)
        if self.low(j) == "," and not self._list_continues(m.end):
            return actors  # "On a trip to Hanoi, Australia's prime minister, X, announced"
        while self.low(j) in (",", "and", "or", "nor"):
            k = j - 1 if self.low(j - 1) != "," else j - 2
            prev = self.ends.get(k + 1)
            owned = self.cues.lists.get("owned_groups", frozenset())
            if prev is None and self.low(k) in owned and self.low(k - 1) == "'s":
                prev = self.ends.get(k - 1)  # "Yemen's government and the Houthis held talks"
            if prev is None or prev.locative:
                break
            if (
                self.low(j) == "and"
                and self.low(j - 1) == ","
                and self.is_verb(self._before_article(prev.start))
            ):
                break  # "X has been fighting the army, and the UN says": a new clause
            actors = prev.actors + actors
            j = self._before_article(prev.start)
        return actors

    def _before_article(self, start: int) -> int:
        """The token before a mention, past a "the", a region or a rank that opens it ("and
        the United States", "of southern Serbia", "and other senior U.S. officials", "and the
        paramilitary RSF")."""
        k = start - 1
        if self.low(k) in REGIONS:
            k -= 1
        while self.low(k) in _ALSO_RANKS:
            k -= 1  # "He and other senior U.S. officials held talks"
        j = k
        while (
            j > start - 4
            and self.low(j) != "the"
            and self.low(j) not in self.cues["prepositions"]
            and self.toks[j].text.isalpha()
            and self.toks[j].text.islower()
        ):
            j -= 1  # "and the paramilitary Rapid Support Forces": an adjective after "the"
        if j < k and self.low(j) == "the" and self.low(j - 1) in ("and", "or", ","):
            k = j
        return k - 1 if self.low(k) == "the" else k

    def subject(self, i: int) -> list[str]:
        """Subject actors of the verb or phrase starting at token ``i``."""
        special = self._special_subject(i)
        if special is not None:
            return special
        if self._noun_before_participle(i):
            return []  # "aiding rebels fighting the president": the rebels fight
        j = self.skip_verb_group(i)
        if self.low(self.skip_adverbs_left(i - 1)) == "to" and self.is_verb(j) and j + 1 < i:
            return self.subject(j)  # "Turkey, X's closest ally, moved quickly to back Baku"
        if self.low(j) == ")":  # "the Rapid Support Forces (RSF) agreed": past the acronym
            opening = next(
                (k for k in range(j - 1, max(j - 6, -1), -1) if self.low(k) == "("), None
            )
            j = opening - 1 if opening is not None else j
        if self.low(j) == '"' and j + 1 < len(self.toks) and self.toks[j + 1].quoted:
            k = j - 1  # 'said China "firmly supports Cambodia', 'Israel would "review ...'
            while self.low(k) in self.cues["modals"] or self.low(k) in self.cues["auxiliaries"]:
                k -= 1
            m = self.ends.get(k + 1)
            if m is not None and not self.toks[m.start].quoted:
                j = k  # a quotation opening mid-clause keeps the subject before it
        coordinated = self.low(j) in _CONJ or (self.low(j) == "," and self.low(j + 1) in _CONJ)
        head = j
        while j >= 0:
            m = self.ends.get(j + 1)
            if m is not None:
                # "said its foreign minister had spoken": the office's owner acts
                owner = self._owner_of_role(m, head)
                if (owner or self.subject_like(m)) and not (
                    coordinated and self.low(m.end) not in self.verbs and self.is_verb(m.end)
                ):
                    return self.coordinated_left(m)
                j = m.start - 1
                continue
            if coordinated and self.low(j) == '"' and j > 0 and self.toks[j - 1].quoted:
                # 'said the deal "would be unacceptable" and accused': past the quoted words
                opening = next((k for k in range(j - 1, -1, -1) if self.low(k) == '"'), 0)
                j = opening - 1
                continue
            if self.is_boundary(j) or (self.low(j) == "that" and self.is_verb(j - 1)):
                return []  # "data show that millions of tourists visited X": no actor
            j -= 1
        return []

    def _owner_of_role(self, m: Mention, head: int) -> bool:
        """Whether ``m`` is a possessive pronoun owning the unnamed office that ends at
        ``head`` ("its foreign minister", "their ambassador"): the subject is the owner."""
        words = [self.low(k) for k in range(m.end, head + 1)]
        return (
            m.how == "pronoun"
            and self.low(m.start) in ("its", "their")
            and 0 < len(words) <= 3
            and words[-1] in self.cues["role_nouns"]
            and all(w.isalpha() and w.islower() for w in words)
        )

    def skip_verb_group(self, i: int) -> int:
        """The token before the verb group (adverbs, auxiliaries, modals) ending at ``i``."""
        j = self.skip_adverbs_left(i - 1)
        while (
            self.low(j) in self.cues["auxiliaries"]
            or self.low(j) in self.cues["modals"]
            or self.low(j) in ("not", "n't", "never", "to")
            or (self.low(j) in _SCHEDULED and self.low(j + 1) == "to")
        ):
            j = self.skip_adverbs_left(j - 1)
        return j

    def _special_subject(self, i: int) -> list[str] | None:
        """The subject where the words before the verb settle it: an "of"-object, a relative
        pronoun, an aside, a coordinated second verb; None to search to the left."""
        k = i - 1
        while self.low(k) in _LEADS or self.is_adverb(k):
            k -= 1  # "accused Y of continuing to arm Z"
        if self.low(k) in ("of", "for") and (m := self.ends.get(k)) is not None:
            return self._charged(m)
        if self.low(k) == "of" and self.is_verb(k - 1) and (held := self.relative_object(k - 1)):
            return held  # "Iran, which Washington accuses of arming Z": Iran arms
        doer = self._infinitive_subject(self.skip_adverbs_left(i - 1))
        if doer is not None:
            return doer.actors
        j = self.skip_verb_group(i)
        if self.low(j) in _RELATIVES:
            return self._relative_subject(j)
        if self.low(j) == "," and (m := self.before_aside(j)) is not None:
            return self.coordinated_left(m)
        verb = self._main_verb(i, j)
        return self.subject(verb) if verb is not None else None

    def _relative_subject(self, j: int) -> list[str] | None:
        """The subject of a relative clause opened by the pronoun at ``j``: the actor it
        follows; None to search further left."""
        k = j - 1 if self.low(j - 1) != "," else j - 2
        m = self.ends.get(k + 1)
        if m is None:  # "Hungary is the only EU member that has refused ...": Hungary
            m = self._copula_subject(k)
        if m is not None and self._seat_of_body(m) and self.low(j) == "which":
            # "the ICC prosecutor in The Hague, which has been investigating": not the
            # place's state; whoever the clause before is about
            return None
        return self.coordinated_left(m) if m else []  # "Qatar and Turkey, which"

    def _seat_of_body(self, m: Mention) -> bool:
        """Whether ``m`` is a city named as the seat of an international body or office
        before it ("the ICC prosecutor in The Hague", "the UN tribunal in Arusha"), not a
        government nor a state's own court or ministry there ("a court in Moscow")."""
        if m.how != "metonym" or self.low(m.start - 1) != "in":
            return False
        # an office ("the ICC prosecutor in The Hague") or a body named by its own name
        # right before ("the International Criminal Court in The Hague"); a state's own
        # bodies are found under other names ("Russia's Foreign Ministry")
        owner = self.ends.get(m.start - 1)
        return self.low(m.start - 2) in _SEATED_OFFICES or (
            owner is not None and owner.how == "name"
        )

    def _copula_subject(self, k: int) -> Mention | None:
        """The subject of "is/was" when the noun phrase ending at ``k`` is its complement
        ("Hungary is the only EU member [that]")."""
        for c in range(k, max(k - 7, 0), -1):
            if self.low(c) in ("is", "was", "remains", "remained"):
                subject = self.ends.get(c)
                return subject if subject is not None and subject.how != "pronoun" else None
            if self.is_boundary(c) or self.is_verb(c):
                return None
        return None

    def _charged(self, m: Mention) -> list[str]:
        """Who does the act of "of <verb>-ing" after ``m``: "accused Y of striking Z" -> Y;
        in "Ethiopia was accused by Egypt of threatening", the one accused."""
        if self.low(m.start - 1) == "by" and self._participle(m.start - 2):
            return self.subject(m.start - 2)
        return m.actors

    def _main_verb(self, i: int, j: int) -> int | None:
        """The earlier verb whose subject the verb at ``i`` shares (``j`` ends the words
        before its verb group): a second coordinated verb ("Mexico praised the accord but
        criticised Guatemala") or a participle clause ("thanked his supporters after being
        freed")."""
        participle = (
            self.low(j) in _PARTICIPLE_LEADS and (self.low(j + 1).endswith("ing") or j + 1 == i)
        ) or (  # "ordered the consul to leave, accusing Minsk of": the orderer accuses
            self.low(j) == "," and j + 1 == i and self.low(i).endswith("ing")
        )
        if self.low(j) in ('"', "”") and self.low(j - 1) == ",":
            j -= 1  # 'dismissed it as "fabricated," summoned ...'
        # "dismissed the accusation as fabricated, summoned Ukraine's ambassador and ...": a
        # past-tense verb listed after a comma that ends no actor's name (not "X's minister,
        # Carlos Ixcot, praised", nor an inverted '..., said the minister')
        listed = (
            self.low(j) == ","
            and self.skip_verb_group(i) in (j, j + 1)
            and self.ends.get(j) is None
            and (self.low(i).endswith("ed") or self.low(i) in _PAST_FORMS)
            and (self.low(i) not in self.cues["speech_verbs"] or self._says_a_clause(i))
        )
        if participle or listed or self.low(j) in ("but", "and"):
            return self._verb_before(j, participle)
        return None

    def _says_a_clause(self, i: int) -> bool:
        """Whether the speech verb at ``i`` reports a clause ("..., said Mexico would respond")
        rather than naming its speaker after a quote ('"...," said the minister.')."""
        m = self.starts.get(i + 1) or (self.starts.get(i + 2) if self.low(i + 1) == "the" else None)
        if m is None:
            return self.low(i + 1) == "that"
        after = self.low(m.end)
        return (
            after in self.cues["modals"]
            or after in self.cues["auxiliaries"]
            or self.is_finite(m.end)
        )

    def _infinitive_subject(self, to: int) -> Mention | None:
        """Who does what the infinitive after ``to`` says, where the words before settle it:
        the object of "urged Russia to withdraw" or "called on Serbia to recognise"; the owner
        of the control noun in "Obama's failure to sell" or "the U.S. move to sanction"."""
        if self.low(to) != "to":
            return None
        if self.low(to - 1) in (",", "and"):
            return self._listed_infinitive_subject(to)
        if self.low(to - 1) in _CONTROL_NOUNS:
            owner = self.ends.get(to - 2) if self.low(to - 2) == "'s" else self.ends.get(to - 1)
            return owner if owner is not None and not owner.locative else None
        named = self.ends.get(to)
        if (
            named is not None
            and self.low(named.start - 1) in ("in", "from", "by")
            and self.low(named.start - 2) in _CONTROL_NOUNS
        ):
            return named  # "a decision by Japan to", "plans in Congress to impose sanctions"
        m = self.ends.get(to)
        if m is None:
            return None
        before = m.start - 1 if self.low(m.start - 1) != "the" else m.start - 2
        controlled = (
            (self.is_verb(m.start - 1) and self.low(m.start - 1) not in _VISITS)
            or (self.low(m.start - 1) == "on" and self.is_verb(m.start - 2))
            or self.low(before) == "for"  # "a proposal for the Security Council to lift"
        )
        return m if controlled else None

    def _listed_infinitive_subject(self, to: int) -> Mention | None:
        """'called on Russia to remove the fences, to free Kapanadze': an infinitive listed
        after a comma or "and" has the first one's doer."""
        earlier = next((k for k in range(to - 2, max(to - 14, 0), -1) if self.low(k) == "to"), None)
        if earlier is None or any(
            self.is_boundary(k) for k in range(earlier, to - 1) if self.low(k) != ","
        ):
            return None
        return self._infinitive_subject(earlier)

    def relative_object(self, verb: int) -> list[str]:
        """'Iran, which Washington accuses of arming the Houthis', 'France, whose ambassador
        Niger expelled': the object of the verb at ``verb`` is what the relative pronoun
        before its subject stands for."""
        subject = self.ends.get(self.skip_verb_group(verb) + 1)
        if subject is None:
            return []
        comma = subject.start - 2
        if self.low(subject.start - 2) == "whose" and self.low(subject.start - 1).isalpha():
            comma = subject.start - 3  # "France, whose ambassador Niger expelled": France's
        elif self.low(subject.start - 1) not in ("which", "whom"):
            return []
        antecedent = self.ends.get(comma) if self.low(comma) == "," else None
        if antecedent is None or (  # "in Kabul, which ...": a place; "aim at X, which" is X
            antecedent.locative and self.low(antecedent.start - 1) not in ("at", "on")
        ):
            return []
        return [antecedent.actor]

    def _verb_before(self, conj: int, participle: bool = False) -> int | None:
        """The finite verb of the clause before a coordinating word, within that clause; for
        a ``participle`` after a comma, the main clause's verb, past a subordinate clause
        ("attacked since the withdrawal started, inflicting")."""
        relative: int | None = None  # where a relative clause just skipped opens
        infinitive = False
        for k in range(conj - 1, max(conj - 30, -1), -1):
            if relative is not None and k >= relative:
                continue
            if self.low(k) == "as" and not any(
                self.is_finite(v) and self.low(v) != "'s" for v in range(k + 1, conj)
            ):
                continue  # "rejected the measure as incompatible and called on ...": no clause
            if self.low(k) == "to" and self.is_verb(k + 1):
                infinitive = True  # "prompting Mexico to sever ties and sue": verbs joined
            if self._opens_relative(k) and not infinitive:
                continue  # "said he was an officer who had been travelling, and demanded"
            if self.low(k) in ("which", "who") and self.low(k - 1) == "," and k + 1 < conj:
                return k + 1  # "Egypt, which shares a border with Libya and has backed"
            if (
                self.low(k) in (";", ":")
                or (self.is_boundary(k) and self.low(k) != '"')  # a quotation is no stop
                or self._joined_in_relative(k, conj)
            ):
                return None
            if k in self.named or self.toks[k].quoted:
                continue  # "said Tehran 'has never sent a weapon' and called": not "sent"
            if self.is_finite(k) and self.low(k) not in self.cues["auxiliaries"]:
                relative = self._relative_pronoun(k)
                if relative is not None:
                    continue  # "the 420 cubic metres that Ankara promised, and urged": not it
                if self._opens_relative(self.skip_verb_group(k)):
                    continue  # "an officer who had travelled, and demanded": not "travelled"
                opener = (
                    self._subordinate_opener(k)
                    if participle
                    else self._participle_opener(k, after_comma=self.low(conj - 1) == ",")
                )
                if opener is not None:
                    relative = opener  # "attacked since the withdrawal started, inflicting"
                    continue
                return k
        return None

    def _joined_in_relative(self, verb: int, conj: int) -> bool:
        """Whether the coordinating word at ``conj`` joins a second verb to the verb at
        ``verb`` of a relative clause opened by "that", with nothing between ("the militia
        that attacked the consulate and killed two engineers": the militia killed)."""
        if not self.is_finite(verb) or self.toks[verb].quoted:
            return False
        opener = self.skip_verb_group(verb)
        return (
            self.low(opener) == "that"
            and self._opens_relative(opener)
            and not any(
                self.low(j) == "," or self.toks[j].quoted or self.is_verb(j)
                for j in range(verb + 1, conj)
            )
        )

    def _participle_opener(self, verb: int, after_comma: bool) -> int | None:
        """For a verb joined by ", and", the comma opening the participle clause that holds
        the verb at ``verb`` ("condemned the strikes, saying they had killed civilians, and
        warned": not "killed"), if one does; else None."""
        if not after_comma:
            return None
        for j in range(verb - 1, max(verb - 12, 0), -1):
            if self.low(j) == ",":
                after = self.low(j + 1)
                return j if after.endswith("ing") and self.is_verb(j + 1) else None
            if self.is_boundary(j):
                return j - 1 if self.low(j - 1) == "," and self.low(j).endswith("ing") else None
        return None

    def _subordinate_opener(self, verb: int) -> int | None:
        """Where the subordinate clause holding the verb at ``verb`` opens ("since the
        withdrawal started"), when one does inside the sentence; else None."""
        for j in range(verb - 1, max(verb - 12, 0), -1):
            word = self.low(j)
            if word in _SUBORDINATORS:
                return j
            if word in (",", ";", ":") or self.is_boundary(j) or self.is_finite(j):
                return None
        return None

    def _opens_relative(self, k: int) -> bool:
        """'who', 'which' or 'that' right after a common noun, no comma between: a relative
        clause inside a larger one ("an officer who had been travelling", "any settlement
        that handed ground to China")."""
        return (
            k > 0
            and self.low(k) in ("who", "which", "that")
            and self.toks[k - 1].text.isalpha()
            and not self.toks[k - 1].cap
            and k - 1 not in self.named
            and not self.is_verb(k - 1)
        )

    def _relative_pronoun(self, verb: int) -> int | None:
        """Where the relative clause of the verb at ``verb`` opens, when its named subject
        follows a relative pronoun after a noun ("the amount that Ankara promised"), not after
        a reporting verb ("said that Ankara promised", "told reporters that"); else None."""
        m = self.ends.get(self.skip_verb_group(verb) + 1)
        if m is None or self.low(m.start - 1) not in ("that", "which", "whom"):
            return None
        before = m.start - 2
        after_noun = (
            before >= 0
            and self.toks[before].text.isalpha()
            and not self.is_verb(before)
            and not self.is_verb(before - 1)
        )
        return m.start - 1 if after_noun else None

    def before_aside(self, comma: int) -> Mention | None:
        """The actor before a comma-delimited aside that ends at ``comma``: "Egypt, which
        backs the army, said"; "Russia, Serbia's closest ally, criticised"."""
        opening = self._relative_opening(comma)
        if opening is not None:
            m = self._state_ending(opening)
            return m if m is not None and not m.locative and self.subject_like(m) else None
        k = comma - 1
        while k >= 0 and comma - k <= _MAX_ASIDE:
            word = self.low(k)
            if word in (";", ":", '"', "(", ")") or (word in _CONJ and self.is_verb(k + 1)):
                return None
            if word == ",":
                m = self._state_ending(k)
                if m is None or m.locative or k + 1 == comma:
                    return None
                return m if self.subject_like(m) else None
            k -= 1
        return None

    def _state_ending(self, end: int) -> Mention | None:
        """The actor ending at ``end``, or the state owning the government or country that
        ends there ("Benin's government, which relies on port duties, rejected")."""
        m = self.ends.get(end)
        if m is None and self.low(end - 1) in _STATE_HEADS and self.low(end - 2) == "'s":
            m = self.ends.get(end - 2)
        return m

    def _relative_opening(self, comma: int) -> int | None:
        """The comma opening a relative clause that ends at ``comma``, however long and
        whatever verbs it coordinates ("The United States, which counts Ecuador as a partner
        and has sent it patrol boats, urged"); None where there is none."""
        for k in range(comma - 2, max(comma - _MAX_RELATIVE_ASIDE, 0), -1):
            word = self.low(k)
            if word in (";", ":", "(", ")") or (word == '"' and not self.toks[k].quoted):
                return None
            if word == "," and self.low(k + 1) in ("which", "who", "whose"):
                return k  # "The EU, whose mission patrols the line but has no role ...,"
            if (
                word == ","
                and self.low(k + 1) in ("the", "a", "an")
                and any(self.low(r) in _RELATIVES for r in range(k + 2, comma))
                and not any(self.opens_clause(r) for r in range(k + 2, comma))
            ):
                return k  # "The Andean Community, the bloc that groups Bolivia, Peru and ...,"
            if word == "," and self.low(k + 1) in ("and", "or") and k + 2 in self.starts:
                return None  # "Japan, which hosts US troops, and South Korea, X's ally,": closed
        return None

    # -- noun phrases -----------------------------------------------------------------
    def np_end(self, i: int) -> int:
        """Where the noun phrase starting at ``i`` ends (exclusive)."""
        j = i
        while j < len(self.toks) and j - i < _MAX_NP:
            if j in self.starts:
                j = self.starts[j].end
                continue
            word = self.low(j)
            if word in {"'s", "-"} or (word == '"' and j > i):
                j += 1
                continue
            if word in _PUNCT_STOP or word in _CONJ or word in self.cues["prepositions"]:
                break
            if j > i and (word in self.cues["boundaries"] or word in _RELATIVES):
                break  # "vehicles that Germany fears": a relative clause ends the phrase
            if j > i and self.is_finite(j) and not self._participle_modifier(j):
                break
            if (
                j > i
                and word.endswith("ing")
                and self.is_verb(j)
                and self.low(j - 1) not in _DETERMINERS
            ):
                break  # "aiding rebels fighting the president": the rebels, then a clause
            if j > i and word in _SAYS:
                break  # "the United Nations says both sides ...": a clause, not one phrase
            j += 1
        return j

    def _participle_modifier(self, j: int) -> bool:
        """'five detained US citizens', 'the sanctioned firms': an -ed word before a noun."""
        prev, nxt = self.low(j - 1), self.low(j + 1)
        return (
            (prev in _DETERMINERS or is_number(prev) or prev == "'s")
            and self.low(j).endswith("ed")
            and nxt.isalpha()
            and nxt not in self.cues["prepositions"]
            and nxt not in _DETERMINERS
            and nxt not in self.cues["auxiliaries"]
        )

    def np_mention(self, i: int, limit: int | None = None) -> tuple[Mention | None, int]:
        """The mention heading the noun phrase at ``i`` (if any), and where the phrase ends."""
        end = self.np_end(i) if limit is None else limit
        inside = [m for m in self.view.mentions if i <= m.start and m.end <= end]
        plain = [m for m in inside if not m.possessive]
        return ((plain or inside)[-1] if inside else None), end

    def np_actor(self, i: int, limit: int | None = None) -> tuple[str | None, int]:
        """The actor a noun phrase at ``i`` names or refers to, and where the phrase ends."""
        m, end = self.np_mention(i, limit)
        if m is not None:
            return m.actor, end
        words = [t for t in self.toks[i:end] if t.lower not in _DETERMINERS and t.text.isalpha()]
        if not words or self.low(i) not in _DEFINITE:
            return None, end  # "donated vaccines": no earlier act or owner is meant
        return self.recall(words[-1].lower), end

    def skip_quantity(self, i: int) -> int:
        """Past a count before a noun ("more than 100 Palestinians", "at least 12 of the
        Russian diplomats", "thousands of Ukrainians"): where the counted phrase starts."""
        word, nxt = self.low(i), self.low(i + 1)
        if (word in _COMPARATIVES and nxt == "than") or (word, nxt) in _BOUNDS:
            i += 2
        elif word in _APPROXIMATELY and is_number(self.low(i + 1)):
            i += 1
        if is_number(self.low(i)):
            if self.low(i + 1) in ("million", "thousand", "hundred"):
                i += 1
            if self.low(i + 1) == "of" and i + 1 not in self.named:
                return i + 2
        return i

    def np_actors(self, i: int) -> tuple[list[str], int]:
        """Actors of the phrase at ``i`` and of phrases coordinated with it."""
        prep = self.low(i - 1)  # "with Rios and with her Chilean counterpart"
        i = self.skip_quantity(i)
        m, end = self.np_mention(i)
        if m is not None and m.how == "pronoun" and self.low(m.end) in _COUNTERPARTS:
            # "his counterparts from Brazil and Chile": the owner is not the one met (but
            # "fired on its soldiers from positions near X" is on the owner's soldiers)
            end = m.end + 1
            m = None
        if (
            m is None
            and self.low(end - 1) in _MEMBERS
            and (
                self.low(end) in ("of", "from")
                or (self.low(end) == "in" and self.low(end + 1) == "both")
            )
        ):
            # "a meeting with representatives from X", "spoke with officials in both capitals"
            # (not "militants in Syria and Iraq": places)
            return self.np_actors(end + 1)
        if (
            m is not None
            and m.how == "metonym"
            and self.low(end - 1) in _SEATS
            and self.low(end) == "of"
            and end + 1 < len(self.toks)
        ):
            return self.np_actors(end + 1)  # "the Baku bureau of TASS": the agency's
        owner_only = m is None or (m.possessive and m.end < end)  # "its friends"
        if owner_only and self.low(end - 1) in _FRIENDS and self.low(end) == "in":
            # "stands by its friends in Baku", "our partners in Kyiv": the place's state
            place = self.starts.get(end + 1)
            if place is not None and place.how == "metonym":
                return [place.actor], place.end
        actor = m.actor if m is not None else self.np_actor(i)[0]
        if actor is None:
            return [], end
        actors = m.actors if m is not None else [actor]
        while self.low(end) in (",", "and", "or", "nor"):
            if (
                len(actors) == 1  # not the serial comma of "Syria, Lebanon, and Iraq"
                and self.low(end) == ","
                and self.low(end + 1) == "and"
                and self._list_opens_clause(end + 2)
            ):
                break  # "backing for the case, and Colombia, Spain and Ireland are ...": a clause
            nxt = end + 1
            if self.low(nxt) in ("and", "or", "nor"):
                nxt += 1
            if self.low(nxt) == prep and prep in _REPEATED_PREPS and self.low(nxt - 1) in _CONJ:
                nxt += 1
            if (
                self.low(nxt) == "that"
                and self.low(end) == "and"
                and self.low(nxt + 1) not in _STATE_HEADS
            ):
                # "solidarity with Latvia and that the EU would send officers", "supported
                # Pakistan and that India must exercise restraint": a clause, not "and that
                # country's ally Belarus"
                break
            more, more_end = self.np_actor(nxt)
            listed = any(nxt <= m.start < more_end for m in self.view.mentions)
            # ", Iraq said" opens a new clause; ", and Iraq continued" ends the list
            bare_comma = self.low(end) == "," and nxt == end + 1
            if (
                more is None
                or not listed
                or (bare_comma and self.is_verb(more_end))
                # "a trip to Hanoi, Australia's prime minister, Mark Deane, announced"
                or (bare_comma and self.low(more_end) == "," and self.is_verb(more_end + 1))
                or (self.is_verb(nxt) and nxt not in self.named)  # "Ukraine and threatened X"
                # "fighting the army, and the U.N. says ...": a new clause
                or (nxt == end + 2 and self._clause_verb(more_end))
            ):
                break
            actors.append(more)
            end = more_end
        return actors, end

    def _list_opens_clause(self, i: int) -> bool:
        """Whether the actors listed from ``i`` ("Colombia, Spain and Ireland") are followed by
        a verb, so they are the subject of a new clause."""
        k = i
        while True:
            m = self.starts.get(k)
            if m is None:
                return False
            k = m.end
            nxt = k + 1 + (self.low(k + 1) == "and")  # past ", and" to the next item
            if self.low(k) in (",", "and") and nxt in self.starts:
                k = nxt
                continue
            word = self.low(k)
            return (
                self.is_verb(k) or word in self.cues["auxiliaries"] or word in self.cues["modals"]
            )

    def _clause_verb(self, i: int) -> bool:
        """A reporting verb at ``i``: what stands before it is a clause's subject."""
        return self.low(i) in _SAYS or self.low(i) in ("said", "told")

    def object_at(self, i: int) -> list[str]:
        """Direct-object actors at ``i`` (not the subject of a complement clause)."""
        while self.is_adverb(i):
            i += 1
        if self.low(i) == '"' and any(m.start == i + 1 and m.also for m in self.view.mentions):
            i += 1  # 'urged "both partners" to': a quotation opening a pair as the object
        elif self.low(i) == '"' and any(self.low(k) == '"' for k in range(max(0, i - 4), i)):
            i += 1  # '"categorically rejects" the request': a few words quoted for their tone
        actors, end = self.np_actors(i)
        word = self.low(end)
        if actors and (word in self.cues["auxiliaries"] or word in self.cues["modals"]):
            return []  # "denied Pakistan had...": a clause, not an object
        if self.low(i) in _SUBJECT_PRONOUNS and self.is_verb(i + 1):
            return []  # "reopen the crossings it closed": a relative clause's subject
        if not actors:  # "the text drafted by the United States"
            if self.low(end) in ("at", "of", "from") and any(
                self.low(j) in _DIPLOMATS for j in range(i, end)
            ):  # "expelled a counsellor and two attaches at the Russian Embassy"
                return self.np_actors(end + 1)[0]
            if self.low(end) == "by" and self._participle(end - 1):
                return self.np_actors(end + 1)[0]
            if self.low(end + 1) == "by" and self._participle(end):
                return self.np_actors(end + 2)[0]
        return actors

    def _participle(self, i: int) -> bool:
        return self.low(i) in self.verbs or self.low(i).endswith("ed")

    def prep_object(self, i: int, preps: frozenset[str], reach: int = 6) -> list[str]:
        """Actors after the first of ``preps`` within ``reach`` tokens from ``i`` that has
        any ("share data on levels with Egypt": not "levels", Egypt)."""
        for j in range(i, min(i + reach, len(self.toks))):
            word = self.low(j)
            if word in preps and not (word == "to" and self.low(j - 1) in _FIXED_TO):
                found = self.np_actors(j + 1)[0]
                if found:
                    return found
            if word in _PUNCT_STOP or self.is_boundary(j) or word == "with":
                break  # "the tariffs, with support from France": France is no target
        return []

    def premodifier(self, start: int) -> list[str]:
        """The possessor or actor modifier of a noun ("US sanctions", "Israel's attacks")."""
        j = start - 1
        while j >= 0 and start - j <= 4:
            m = self.ends.get(j + 1)
            if m is not None:
                return self._joined_modifiers(m)
            word = self.low(j)
            if word == "'s" and (m := self.ends.get(j)) is not None:
                return [m.actor]
            if "-" in (word, self.low(j - 1)):  # "Russia's full-scale invasion": a compound
                j -= 1
                continue
            if word in ('"', "\u201c", "\u201d") and start - j <= 3:
                j -= 1  # 'its "ironclad" alliances': a quoted modifier
                continue
            if word in ("and", "or") and self.plain_word(j - 1) and self.plain_word(j + 1):
                j -= 1  # "Turkish air and drone strikes": modifiers joined, not actors
                continue
            if (
                not word.isalpha()
                or word in _DETERMINERS
                or word in self.cues["prepositions"]
                or self.is_verb(j)
                or word in self.cues["boundaries"]
                or word in _CONJ
            ):
                return []
            j -= 1
        return []

    def _joined_modifiers(self, m: Mention) -> list[str]:
        """'US and EU sanctions', 'British, French and German troops': every actor of a
        list of modifiers, the one before the noun last."""
        found = [m.actor]
        if m.how not in LISTED_HOWS:
            return found  # "Japan and South Korea, its allies": "its" alone
        while self.low(m.start - 1) in (",", "and", "or", "nor"):
            before = self.ends.get(m.start - 1)
            if before is None or before.how not in LISTED_HOWS:
                break
            if before.possessive or self.low(before.end) == "'s":
                break
            found.insert(0, before.actor)
            m = before
        return found

    def plain_word(self, i: int) -> bool:
        """A lower-case word of no actor that may modify a noun ("air", "drone")."""
        word = self.low(i)
        return (
            word.isalpha()
            and not self.toks[i].cap
            and i not in self.named
            and word not in _DETERMINERS
            and word not in self.cues["prepositions"]
            and word not in self.cues["boundaries"]
            and not self.is_verb(i)
        )

    def np_start(self, start: int) -> int:
        """The first token of the noun phrase whose head starts at ``start``."""
        j = start - 1
        while j >= 0 and start - j <= 5:
            word = self.low(j)
            named = self.ends.get(j + 1)
            if named is not None and not word.isalpha():  # "previous U.S. sanctions"
                j = named.start - 1
                continue
            if word in _DETERMINERS:
                return j
            if word == "-" or is_number(word) or self.low(j - 1) == "-":
                j -= 1  # "a three-week joint exercise", "a 25% tariff", "full-scale"
                continue
            if (
                not word.isalpha()
                or word in self.cues["prepositions"]
                or (self.is_verb(j) and self.low(j - 1) not in _DETERMINERS)  # "a close ally"
                or word in _CONJ
                or word in self.cues["boundaries"]
            ):
                return j + 1
            j -= 1
        return j + 1

    def possessor_before(self, i: int) -> list[str]:
        """A possessive right before ``i`` ("its deepening ties", "Israel's bombing of")."""
        m = self.ends.get(i) or (self.ends.get(i - 1) if self.low(i - 1) == "'s" else None)
        return m.actors if m is not None and m.possessive else []

    def subject_or_referent(self, i: int) -> list[str]:
        """The subject of the verb at ``i``; failing an actor, what its noun phrase refers
        back to ("the sanctions have been celebrated" -> who imposed them)."""
        found = self.subject(i)
        if found:
            return found
        j = self.skip_adverbs_left(i - 1)
        while self.low(j) in self.cues["auxiliaries"] or self.low(j) in self.cues["modals"]:
            j = self.skip_adverbs_left(j - 1)
        if j < 0 or not self.low(j).isalpha() or j + 1 in self.ends:
            return []
        referent = self.recall(self.low(j))
        return [referent] if referent else []

    def nearest_left(self, i: int) -> list[str]:
        """The nearest actor before ``i`` in the clause, object or not ("bring X closer")."""
        j = i - 1
        while j >= 0 and not self.is_boundary(j):
            m = self.ends.get(j + 1)
            if m is not None and not m.locative:
                return self.coordinated_left(m)
            j -= 1
        return []
