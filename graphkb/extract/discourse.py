"""What the extractor remembers across the sentences of one document.

Coreference is heuristic, with no gender or number data beyond the pronoun itself:

- he/she/him/his/her: the most recent person that was a clause subject (else any person);
- it/its: the most recent singular country or body that was a subject (else any);
- they/them/their: the most recent plural group ("Pakistani officials");
- we/our/us/I/my/me inside a quotation: its speaker;
- "the country"/"the nation": the most recent country other than the subject just named;
- a definite event noun ("the sanctions", "these allegations") or a thing owned earlier
  ("the missile programme" after "X's missile programme"): the agent or owner last seen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain, takewhile

from graphkb.model import Actor, ActorKind, StanceType

__all__ = [
    "COMPANY_DESCRIPTIONS",
    "DISSIDENT_KINDS",
    "GROUP_ADJECTIVES",
    "GROUP_DESCRIPTIONS",
    "Discourse",
    "Seen",
    "dissident_country",
]

PERSON_PRONOUNS = frozenset(["he", "she", "him", "his", "her", "hers", "himself", "herself"])
THING_PRONOUNS = frozenset(["it", "its", "itself"])
PLURAL_PRONOUNS = frozenset(["they", "them", "their", "theirs", "themselves"])
FIRST_PERSON = frozenset(
    ["we", "our", "ours", "us", "ourselves", "i", "my", "me", "mine", "myself"]
)
DESCRIPTIONS = frozenset(["country", "nation", "government", "state", "kingdom"])
# States news calls "the kingdom".
KINGDOMS = frozenset(
    ["SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "DNK", "NOR", "SWE", "THA", "KHM",
     "BTN", "LSO", "SWZ", "TON"]
)  # fmt: skip
# "the bloc", "the agency": the international organisation named last.
BODY_DESCRIPTIONS = frozenset(
    ["bloc", "alliance", "organisation", "organization", "union", "agency", "body", "coalition",
     "watchdog", "commission", "community", "court", "mission"]
)  # fmt: skip
# Of those, the words that point only to a body whose name has them ("the East African
# Community ... the community"), never to any organisation met lately (a village's
# community, a provincial court). ("The council" is left out: a city's or a state's own
# council is as often meant as the Security Council named before.)
_OWN_NAME_ONLY = frozenset(["community", "court", "mission"])
# "the group", "the militants", "the insurgent group": the armed or political group named last.
GROUP_DESCRIPTIONS = frozenset(
    ["group", "militants", "insurgents", "rebels", "militia", "militias", "jihadists",
     "extremists", "fighters", "movement", "outfit", "insurgency"]
)  # fmt: skip
# "the company", "the miner": the company named last (not "the concern", "the producer",
# "the contractor", which as often mean a worry, a state or a mercenary force).
COMPANY_DESCRIPTIONS = frozenset(["company", "firm", "miner", "conglomerate", "corporation"])
# Adjectives that may stand between "the" and such a noun ("the insurgent group").
GROUP_ADJECTIVES = frozenset(
    ["insurgent", "militant", "terror", "terrorist", "armed", "extremist", "rebel", "jihadist",
     "islamist", "separatist", "paramilitary", "banned", "outlawed"]
)  # fmt: skip
# Kinds of group set against or apart from their own state ("Rwandan rebels" are rwa-rebels).
DISSIDENT_KINDS = frozenset(["rebels", "opposition", "protesters", "activists"])


def dissident_country(actor_id: str, country: str | None) -> str | None:
    """The state a dissident group (``<iso3>-<kind>``) stands against, else None."""
    if not country or "-" not in actor_id:
        return None
    prefix, kind = actor_id.split("-", 1)
    return country if prefix == country.lower() and kind in DISSIDENT_KINDS else None


# Claims are one family: "US claims" is what "these allegations" refers back to.
CLAIM_NOUNS = frozenset(
    [
        "claim",
        "allegation",
        "accusation",
        "charge",
        "concern",
        "criticism",
        "assertion",
        "remark",
        "statement",
        "comment",
        "complaint",
    ]
)
# Nouns for an act of any type: "rejected the measure" -> whoever acted last.
GENERIC_ACTS = frozenset(
    [
        "measure",
        "decision",
        "move",
        "step",
        "package",
        "resolution",
        "ban",
        "plan",
        "proposal",
        "offer",
        "agreement",
        "deal",
        "launch",
        "action",
        "policy",
        "condition",
        "vote",
        "text",
        "announcement",
        "operation",
        "mission",
        "deployment",
    ]
)
ANY_ACT = "*"
# memory key: the last act that was no use of force; what "the decision" or "the measure"
# means ("the launch", "the operation" may be force)
ANY_DECISION = "*decided"
_FORCE_NOUNS = frozenset(["launch", "operation", "mission", "deployment"])
# memory key: the last speaker who said something of another side (the maker of "the claims"
# a later denial answers when no accusation was read)
SPOKEN = "said:"
_WINDOW = 4  # sentences a pronoun may reach back
_NAMED_BODY_REACH = 12  # sentences "the alliance" may reach back to a body so named
_PAIR_REACH = 2  # sentences back that "X and Y" still sets "both sides"


_GENDER_OF = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip


_FEMININE = frozenset(
    ["spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen", "princess",
     "mrs", "mrs.", "ms", "ms.", "madam", "empress", "duchess", "mother", "wife", "daughter"]
)  # fmt: skip
_MASCULINE = frozenset(
    ["spokesman", "chairman", "congressman", "businessman", "king", "prince", "mr", "mr.",
     "emperor", "duke", "father", "husband", "son", "sheikh", "emir"]
)  # fmt: skip


def singular(noun: str) -> str:
    """A rough singular for memory keys ('sanctions' -> 'sanction')."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun[:-1]
    return noun


def family(noun: str) -> str:
    """The memory key of a head noun: claims share one key."""
    base = singular(noun.lower())
    return "claim" if base in CLAIM_NOUNS else base


@dataclass(frozen=True, slots=True)
class Seen:
    """An actor mention already read: who, how, where, and whether it was a subject."""

    actor: str
    how: str
    plural: bool
    subject: bool
    sentence: int


@dataclass
class Discourse:
    """Per-document memory: actors found, names seen, agents of events, the last speaker."""

    known: dict[str, Actor]
    new_actors: dict[str, Actor] = field(default_factory=dict)
    registry: dict[str, str] = field(default_factory=dict)
    # first names, looked up only where no name in ``registry`` matches ("Abbas" is Mahmoud
    # Abbas after Abbas Araghchi)
    given: dict[str, str] = field(default_factory=dict)
    history: list[Seen] = field(default_factory=list)
    # how often each country has been named so far (kept as history grows: see `saw`)
    country_counts: dict[str, int] = field(default_factory=dict)
    # how often each actor has been named so far (the history, counted as it grows)
    actor_counts: dict[str, int] = field(default_factory=dict)
    agents: dict[str, tuple[int, str]] = field(default_factory=dict)
    # the country of the dateline the story opens with, once read
    dateline: str | None = None
    # officials given the story's country for want of any other sign: a guess that must not
    # silence what they say against that country ("Deputy spokesman X accused Dushanbe")
    guessed: set[str] = field(default_factory=set)
    # deeds someone claimed ("claimed responsibility for the attack"): noun family ->
    # (sentence, claimant)
    claims: dict[str, tuple[int, str]] = field(default_factory=dict)
    coordinated: list[tuple[int, int, str, str]] = field(default_factory=list)
    # the last three states named in one list ("Japan, South Korea and the United States"),
    # and in which sentence: "the three countries" means them
    trio: tuple[int, tuple[str, str, str]] | None = None
    # the two sides "both sides" last meant when named together nearby: the story's pair
    sides: tuple[str, str] | None = None
    accusers: dict[str, str] = field(default_factory=dict)
    # the last accusation: (accuser, sentence); "Pakistan rejected the claims" answers it
    last_accuser: tuple[str, int] | None = None
    # who holds or charges each person or body (the side), and the last one held, in which
    # sentence: "called for his release" asks the holder
    custodians: dict[str, str] = field(default_factory=dict)
    # the acts, hostile or helpful, others have said each side did (type, target): a denial
    # negates them
    alleged: dict[str, tuple[StanceType, str]] = field(default_factory=dict)
    detainee: tuple[str, int] | None = None
    # the author of the last motion put forward ("passed a resolution") and in which sentence
    last_motion: tuple[str, int] | None = None
    # the side that last held someone, named or not ("arrested a Polish citizen"), and when
    last_holder: tuple[str, int] | None = None
    # the parties of the last agreement made: (sentence, parties); "welcomed the pact" backs all
    last_agreement: tuple[int, frozenset[str]] | None = None
    # hostile deeds in story order: (sentence, doer, targets, type)
    hostile: list[tuple[int, str, list[str], StanceType]] = field(default_factory=list)
    # each hostile deed the story tells, by the stems of the words that name it ("detained"
    # and "detention": "detain"), however far back: (clock, doer, side aimed at, type)
    deeds: dict[str, list[tuple[int, str, str | None, StanceType]]] = field(default_factory=dict)
    last_referent: str | None = None
    # "he" or "she" as a person was last referred to ("m" or "f"), so the other pronoun
    # looks elsewhere ("She and Lockyear urged the council")
    genders: dict[str, str] = field(default_factory=dict)
    speaker: tuple[str, int] | None = None
    # who reported something, unquoted, and in which sentence ("Moise tweeted condemnation.")
    reporter: tuple[str, int] | None = None
    clock: int = 0
    # the sides that answered or backed someone in each sentence (a rejection, a welcome, an
    # offer): "Iran rejected the accusation. Foreign Ministry spokesperson X said" is Iran's
    answered: dict[int, set[str]] = field(default_factory=dict)
    # of those, the sides that only replied ("Argentina struck back within hours.")
    replied: dict[int, set[str]] = field(default_factory=dict)
    # the last side that asked or offered something of each side, and when: "Sudan
    # declined" answers it
    asked: dict[str, tuple[str, int]] = field(default_factory=dict)
    # the side that last threatened each side, and when: "brushed the warning aside"
    # answers it
    threateners: dict[str, tuple[str, int]] = field(default_factory=dict)
    # when each accused side or actor was last accused: "has never armed anyone" answers it
    accused_at: dict[str, int] = field(default_factory=dict)

    def actor(self, actor_id: str) -> Actor | None:
        """A gazetteer or newly found actor by id."""
        return self.new_actors.get(actor_id) or self.known.get(actor_id)

    def kind(self, actor_id: str) -> ActorKind | None:
        """The kind of an actor (None when unknown)."""
        found = self.actor(actor_id)
        return found.kind if found else None

    def country_of(self, actor_id: str) -> str | None:
        """The ISO3 code an actor is or serves."""
        found = self.actor(actor_id)
        return found.country if found else None

    def saw(self, mentions: list[Seen]) -> None:
        """Add a sentence's mentions to the history, counting the countries among them (and
        the country of a state's armed forces)."""
        self.history += mentions
        for seen in mentions:
            self.actor_counts[seen.actor] = self.actor_counts.get(seen.actor, 0) + 1
            country = seen.actor if self.kind(seen.actor) is ActorKind.COUNTRY else None
            if country is None and seen.actor.endswith("-military"):
                country = self.country_of(seen.actor)  # "Sudan's army" names Sudan too
            if country:
                self.country_counts[country] = self.country_counts.get(country, 0) + 1

    def lead_country(self) -> str | None:
        """The country of the story's dateline ("CHISINAU, Moldova - ..."), else the
        country named most."""
        return self.dateline or self.main_country()

    def main_country(self) -> str | None:
        """The country the story has named most so far (ties: the earliest)."""
        counts = self.country_counts
        return max(counts, key=lambda c: counts[c]) if counts else None

    def add_actor(self, actor: Actor, surfaces: list[str]) -> None:
        """Remember a newly found person or body and the names it may be called by later."""
        self.new_actors.setdefault(actor.id, actor)
        for surface in surfaces:
            self.registry.setdefault(surface.lower(), actor.id)

    def add_given(self, actor_id: str, names: tuple[str, ...]) -> None:
        """Remember a person's first names as a last resort for later mentions."""
        for name in names:
            self.given.setdefault(name.lower(), actor_id)

    def named(self, text: str) -> str | None:
        """The person or body a name seen earlier refers to: a full name or surname first,
        then a first name."""
        return self.registry.get(text.lower()) or self.given.get(text.lower())

    def accused(self, accuser: str, accused: str, sentence: int) -> None:
        """``accuser`` blamed ``accused`` for something (a denial answers the accuser)."""
        for who in {accused, self.country_of(accused) or accused}:
            self.accusers[who] = accuser
            self.accused_at[who] = sentence
        self.last_accuser = (accuser, sentence)

    def accuser_of(self, actor_id: str) -> str | None:
        """Who last accused the actor or its country, as the country they speak for (an
        armed group for itself)."""
        found = self.accusers.get(actor_id) or self.accusers.get(self.country_of(actor_id) or "")
        if found is None:
            return None
        if self.kind(found) is ActorKind.GROUP:
            return found
        return self.country_of(found) or found

    def motion_author(self, sentence: int, reach: int) -> str | None:
        """Who put forward the motion of ``sentence`` or of the ``reach`` sentences before
        it ("voted against it", "welcomed the vote")."""
        if self.last_motion is None or sentence - self.last_motion[1] > reach:
            return None
        return self.last_motion[0]

    def remember(self, key: str, actor_id: str) -> None:
        """``key`` (a noun family or a stance type) now points to ``actor_id``."""
        self.clock += 1
        self.agents[key] = (self.clock, actor_id)

    def claimant(self, noun: str, stance_type: StanceType | None) -> str | None:
        """Who claimed the last deed a noun names, if none of its type has been done since
        ("JNIM claimed responsibility for the attack")."""
        claimed = self.claims.get(family(noun))
        if claimed is not None and self._still_theirs(claimed, stance_type):
            return claimed[1]
        return None

    def recall(self, noun: str, stance_type: StanceType | None) -> str | None:
        """The most recent agent or owner of a noun, or of its stance type."""
        claimed = self.claimant(noun, stance_type)
        if claimed is not None:
            return claimed
        found = [self.agents[k] for k in (family(noun), stance_type or "") if k in self.agents]
        if not found and family(noun) in GENERIC_ACTS:
            key = ANY_ACT if family(noun) in _FORCE_NOUNS else ANY_DECISION
            found = [self.agents[key]] if key in self.agents else []  # whoever acted last
        return max(found)[1] if found else None

    def claim(self, noun: str, claimant: str, sentence: int) -> None:
        """``claimant`` claimed the deed ``noun`` names in ``sentence``."""
        self.claims[family(noun)] = (sentence, claimant)

    def _still_theirs(self, claimed: tuple[int, str], stance_type: StanceType | None) -> bool:
        """Whether the claimed deed is still the last of its type: every such deed since was
        aimed at the claimant ("the army killed 12 JNIM fighters" answers JNIM's attack; "jets
        bombed a village in Niger" is a new attack)."""
        sentence, group = claimed
        # acts aimed at no one named ("killed all the gunmen") answer nothing; an act on the
        # claimant's country answers the claim too ("Israel attacked Lebanon in retaliation")
        answers = {group, self.country_of(group)} - {None}
        later = [h for h in self.hostile if h[0] > sentence and h[3] is stance_type and h[2]]
        return all(answers & set(targets) for _, _, targets, _ in later)

    def pair(
        self,
        sentence: int,
        before: list[Seen],
        people: bool,
        at: int,
        exclude: frozenset[str] = frozenset(),
        role: str | None = None,
        states: bool = False,
    ) -> list[str]:
        """The two parties of "both sides", "the two governments", "the two ministers" at
        token ``at``: the last two actors named together ("X and Y") in this sentence or the
        two before it, else (for people) the only two named in this sentence and the one
        before, else (when ``exclude`` ruled out a speaker) the only two others named in
        this sentence, else the two named most often lately; never one of ``exclude``, nor,
        for "the two presidents", a person whose known role is another office; only
        countries where ``states``."""

        def fits(actor: str) -> bool:
            is_person = self.kind(actor) is ActorKind.PERSON
            found = self.actor(actor)
            office = (found.role or "").lower() if found else ""
            return (
                is_person == people
                and (not states or self.kind(actor) is ActorKind.COUNTRY)
                and actor not in exclude
                and not (role and office and role not in office and "counterpart" not in office)
            )

        for seen_in, end, a, b in reversed(self.coordinated):
            if sentence - seen_in > _PAIR_REACH:
                break
            if (seen_in < sentence or end <= at) and fits(a) and fits(b):
                self.sides = (a, b)
                return [a, b]
        if self.sides and all(fits(a) for a in self.sides):
            return list(self.sides)  # "the two sides" again, sentences after they were named
        earlier = takewhile(lambda s: s.sentence >= sentence - 1, reversed(self.history))
        last = [s.actor for s in reversed(list(earlier))] + [s.actor for s in before]
        close = [a for a in dict.fromkeys(last) if fits(a)]
        if people and len(close) == 2:
            return close  # "Putin is courting Erdogan. The two presidents ...": those two
        here = [a for a in dict.fromkeys(s.actor for s in before) if fits(a)]
        if exclude and len(here) == 2 and not self._part_of(*here):
            return here  # "A has been fighting B, and the UN says both sides ...": A and B
        seen_all = list(reversed(self.history + before))
        counts: dict[str, int] = {}
        for seen in seen_all:
            counts[seen.actor] = counts.get(seen.actor, 0) + 1
        order = [a for a in dict.fromkeys(s.actor for s in seen_all) if fits(a)]
        quarrels = self._quarrels()
        found: list[str] = []
        # the most named first; of those named as often, the one more often at odds
        # ("Bahrain accused Iran ... Beijing, which brokered the Saudi-Iranian deal, urged both
        # sides": Bahrain, not Saudi Arabia)
        ranked = sorted(order, key=lambda a: (-counts[a], -quarrels.get(a, 0), order.index(a)))
        for actor in ranked:
            if not any(self._part_of(actor, other) for other in found):
                found.append(actor)
            if len(found) == 2:
                return found
        return []

    def _quarrels(self) -> dict[str, int]:
        """How many hostile deeds and accusations each actor took part in, as doer, target,
        accuser or accused."""
        found: dict[str, int] = {}
        for _, doer, targets, _ in self.hostile:
            for actor in (doer, *targets):
                found[actor] = found.get(actor, 0) + 1
        for accused, accuser in self.accusers.items():
            for actor in (accused, accuser):
                found[actor] = found.get(actor, 0) + 1
        return found

    def _part_of(self, a: str, b: str) -> bool:
        """Whether one actor is a body or official of the other ("Serbia's office", Serbia)."""
        return self.country_of(a) == b or self.country_of(b) == a

    def _recent(self, sentence: int, before: list[Seen]) -> list[Seen]:
        older = [s for s in self.history if sentence - s.sentence <= _WINDOW]
        return list(reversed(older + before))

    def resolve_pronoun(
        self,
        word: str,
        sentence: int,
        before: list[Seen],
        excluded: frozenset[str] = frozenset(),
        roles: frozenset[str] = frozenset(),
    ) -> str | None:
        """The actor a third-person pronoun refers to (never one of ``excluded``, nor anyone
        whose role has a word of ``roles``), or None."""
        recent = [
            s
            for s in self._recent(sentence, before)
            if s.actor not in excluded and not (roles and self._has_role(s.actor, roles))
        ]
        if word in PERSON_PRONOUNS:
            gender = _GENDER_OF.get(word)
            people = [
                s
                for s in recent
                if self.kind(s.actor) is ActorKind.PERSON
                and self._gender(s.actor, gender) == gender
            ]
            chosen = [s for s in people if s.subject] or people
            if not chosen:
                return None
            if gender:
                self.genders.setdefault(chosen[0].actor, gender)
            return chosen[0].actor
        if word in THING_PRONOUNS:
            things = [
                s for s in recent if not s.plural and self.kind(s.actor) is not ActorKind.PERSON
            ]
            subjects = [s for s in things if s.subject]
            pick = subjects or things
            return pick[0].actor if pick else None
        if word in PLURAL_PRONOUNS:
            # a plural mention ("Pakistani officials"), or a group, which English treats as
            # plural ("the Taliban ... they")
            groups = [
                s
                for s in recent
                if (s.plural or self.kind(s.actor) is ActorKind.GROUP)
                and sentence - s.sentence <= 1
            ]
            subjects = [s for s in groups if s.subject]
            pick = subjects or groups
            return pick[0].actor if pick else None
        return None

    def _has_role(self, actor_id: str, roles: frozenset[str]) -> bool:
        found = self.actor(actor_id)
        return bool(found and found.role and roles.intersection(found.role.lower().split()))

    def _gender(self, actor_id: str, default: str | None) -> str | None:
        """What a person was referred to as, else what their role says ("spokeswoman")."""
        if actor_id in self.genders:
            return self.genders[actor_id]
        found = self.actor(actor_id)
        words = set((found.role or "").lower().split()) if found else set()
        if words & _FEMININE:
            return "f"
        return "m" if words & _MASCULINE else default

    def resolve_group(self, sentence: int, before: list[Seen]) -> str | None:
        """'the group', 'the militants': the latest armed or political group."""
        for seen in self._recent(sentence, before):
            if self.kind(seen.actor) is ActorKind.GROUP:
                return seen.actor
        return None

    def resolve_company(self, sentence: int, before: list[Seen]) -> str | None:
        """'the company', 'the firm': the latest company."""
        for seen in self._recent(sentence, before):
            if self.kind(seen.actor) is ActorKind.COMPANY:
                return seen.actor
        return None

    def resolve_body(self, sentence: int, before: list[Seen], head: str = "") -> str | None:
        """'the bloc', 'the agency': the latest international organisation (no country);
        'the alliance', 'the union': the latest one whose name has that word ("the Alliance
        of Sahel States ... ECOWAS ... urged the alliance"), if any."""
        near = None
        for seen in chain(reversed(before), reversed(self.history)):
            if sentence - seen.sentence > _NAMED_BODY_REACH:
                break  # (the history runs in story order)
            body = self.actor(seen.actor)
            if body is None or body.kind is not ActorKind.ORGANIZATION or body.country:
                continue
            if head in body.name.lower().split():
                return seen.actor  # the name's own word reaches further back than "the bloc"
            if near is None and sentence - seen.sentence <= _WINDOW:
                near = seen.actor
        return near if head not in _OWN_NAME_ONLY else None

    def resolve_named_body(self, sentence: int, before: list[Seen], head: str) -> str | None:
        """'the ministry', 'the department': the latest body whose name ends in that word
        ("Kenya's Ministry of Foreign Affairs ... The ministry said it had summoned")."""
        for seen in self._recent(sentence, before):
            found = self.actor(seen.actor)
            if found and found.kind is not ActorKind.PERSON and head in found.name.lower().split():
                return seen.actor
        return None

    def resolve_speaker_state(self, sentence: int, before: list[Seen]) -> str | None:
        """'state media': the country that last acted as a subject, else the latest."""
        recent = self._recent(sentence, before)
        for s in recent:
            if s.subject and (country := self.country_of(s.actor)):
                return country  # a ministry or minister speaks for its state too
        countries = [s for s in recent if self.kind(s.actor) is ActorKind.COUNTRY]
        return countries[0].actor if countries else None

    def resolve_description(
        self, sentence: int, before: list[Seen], kingdom: bool = False
    ) -> str | None:
        """'the country': the latest country, skipping a subject named just before it; a
        group set against its own state ("protesters in Kenya ... the government") names
        that state too; 'the kingdom' only a kingdom."""
        recent = [
            s
            for s in self._recent(sentence, before)
            if self.kind(s.actor) is ActorKind.COUNTRY
            or (self.kind(s.actor) is ActorKind.GROUP and self.country_of(s.actor))
        ]
        if kingdom:
            recent = [s for s in recent if s.actor in KINGDOMS]
        last = before[-1] if before else None
        named_country = last is not None and self.kind(last.actor) is ActorKind.COUNTRY
        if recent and last and recent[0] is last and last.subject and named_country:
            recent = [s for s in recent if s.actor != last.actor]
        if not recent:
            return None
        first = recent[0].actor
        return first if self.kind(first) is ActorKind.COUNTRY else self.country_of(first)
