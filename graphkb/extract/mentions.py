"""All actor mentions of a sentence: gazetteer names, groups, people, bodies and pronouns.

Order matters: gazetteer matches first, then demonym and country groups ("Pakistani
officials", "US forces" stand for the country), then it/its/they (which role phrases such as
"its spokesperson" need), then people and bodies, then he/she and definite descriptions
("the country"), which may point at a person found earlier in the same sentence.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import chain, pairwise

from graphkb.extract.cues import Cues
from graphkb.extract.discourse import (
    BODY_DESCRIPTIONS,
    COMPANY_DESCRIPTIONS,
    DESCRIPTIONS,
    GROUP_ADJECTIVES,
    GROUP_DESCRIPTIONS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    THING_PRONOUNS,
    Discourse,
    Seen,
)
from graphkb.extract.frames import PORTFOLIOS, SPOKES
from graphkb.extract.gazindex import GazetteerIndex
from graphkb.extract.inflect import forms_of
from graphkb.extract.introductions import branches, named_groups, nicknames
from graphkb.extract.people import US_DEPARTMENTS, Found, find_people, leader_surnames
from graphkb.extract.places import find_places, load_places
from graphkb.extract.tokens import FUNCTION_WORDS, Mention, SentenceView
from graphkb.model import Actor, ActorKind, slugify

__all__ = ["MOTIONS", "find_mentions", "is_subject_like"]


def is_subject_like(view: SentenceView, m: Mention, cues: Cues, verbs: frozenset[str]) -> bool:
    """Not a place, not after a preposition, not right after a verb: a clause subject."""
    if m.locative:
        return False
    prev = view.lower(m.start - 1)
    nxt = view.lower(m.end)
    if prev in verbs and nxt != "'s" and (nxt in cues["auxiliaries"] or nxt in cues["modals"]):
        return True  # "said Mexico had agreed": the subject of a complement clause
    if (prev in cues["prepositions"] and prev not in cues["boundaries"]) or prev in verbs:
        return False
    first = m.start - (prev == "the")
    if nxt in _OWNED_BODIES and (first == 0 or view.lower(first - 1) in _DASHES):
        return True  # "(LONDON —) The Chinese embassy in London said it ...": its owner
    modifier = (
        nxt.isalpha()
        and nxt == view.toks[m.end].text
        and not nxt.endswith("ly")
        and (
            nxt not in verbs
            and nxt not in cues["auxiliaries"]
            and nxt not in cues["modals"]
            and nxt not in cues["prepositions"]
            and nxt not in cues["boundaries"]
            and nxt not in ("and", "or", "but", "who", "which", "that")
        )
    )
    return not modifier


_GOVERNMENTS = frozenset(["administration", "government", "regime", "cabinet"])
_DASHES = frozenset(["\u2014", "\u2013", "-"])  # a dateline's end ("LONDON - The ...")
# Bodies named by their owner opening a sentence ("The US embassy said", "Indian officials").
_OWNED_BODIES = frozenset(
    ["embassy", "government", "ministry", "mission", "delegation", "authorities", "cabinet"]
)


# Those who rule a state, named by where they sit ("the junta in Niamey").
_RULERS = frozenset(
    ["junta", "government", "regime", "authorities", "administration", "leadership"]
)


# People of a state named by where they sit, as the object of a verb ("accused officials in
# Beijing of lying"); as a subject they may be anyone's envoys there.
_SEATED = frozenset(["officials", "politicians", "leaders", "authorities"])


def _seats(view: SentenceView, state: Discourse, verbs: frozenset[str]) -> None:
    """'The junta in Niamey rejected the conditions', 'the government in Kabul': the state
    whose seat is named, as the clause's actor (not a place)."""
    for m in list(view.mentions):
        if (
            m.how == "metonym"
            and view.lower(m.start - 1) == "in"
            and state.kind(m.actor) is ActorKind.COUNTRY
            and (
                (view.lower(m.start - 2) in _RULERS and view.lower(m.start - 3) == "the")
                # "accused officials in Beijing of lying", "politicians in Hanoi"
                or (view.lower(m.start - 2) in _SEATED and view.lower(m.start - 3) in verbs)
            )
        ):
            first = m.start - 3 if view.lower(m.start - 3) == "the" else m.start - 2
            plural = view.lower(m.start - 2) in _SEATED  # "the junta" is an "it"
            view.mentions.remove(m)
            view.mentions.append(Mention(first, m.end, m.actor, "group", plural=plural))
    view.mentions.sort(key=lambda m: m.start)


def _administrations(view: SentenceView, state: Discourse) -> None:
    """'the Trump administration', 'the Sharif government', 'Sharif's administration': a
    leader's government stands for the leader's state, whether the leader was named before or
    is a known office-holder."""
    covered = {i for m in view.mentions for i in range(m.start, m.end)}
    for m in list(view.mentions):
        country = state.country_of(m.actor)
        leader = state.kind(m.actor) is ActorKind.PERSON
        owned = view.lower(m.end) == "'s"  # "Prime Minister Shehbaz Sharif's administration"
        if country and leader and view.lower(m.end + owned) in _GOVERNMENTS:
            view.mentions.remove(m)
            view.mentions.append(Mention(m.start, m.end + owned + 1, country, "group"))
    for i, tok in enumerate(view.toks):
        if i in covered or not tok.cap or view.lower(i + 1) not in _GOVERNMENTS:
            continue
        country = leader_surnames().get(tok.lower)
        if country and state.actor(country) is not None:
            view.mentions.append(Mention(i, i + 2, country, "group"))
    view.mentions.sort(key=lambda m: m.start)


def _seen(
    view: SentenceView,
    upto: int,
    cues: Cues,
    verbs: frozenset[str],
    skip: set[int] | frozenset[int] = frozenset(),
) -> list[Seen]:
    """The sentence's mentions ending by ``upto``, in order (none starting in ``skip``)."""
    return [
        Seen(m.actor, m.how, m.plural, is_subject_like(view, m, cues, verbs), view.index)
        for m in sorted(view.mentions, key=lambda m: m.start)
        if m.end <= upto and m.start not in skip
    ]


_COUNTING = frozenset(
    ["the", "some", "many", "few", "several", "more", "than", "million", "thousand",
     "thousands", "hundreds", "millions", "of", "about", "nearly", "over", ",", "and"]
)  # fmt: skip


def _opens_subject(view: SentenceView, i: int) -> bool:
    """Whether token ``i`` may come before a subject: nothing, a count or a determiner."""
    return i < 0 or view.lower(i) in _COUNTING or view.lower(i).replace(".", "").isdigit()


def _groups(view: SentenceView, cues: Cues) -> None:
    """Extend a demonym or country name over a group noun after it ("Pakistani officials")."""
    toks = view.toks
    private = cues.lists.get("private_nouns", frozenset())
    view.mentions = [
        m
        for m in view.mentions
        if not (
            m.how == "demonym"
            and not m.plural
            and view.lower(m.end) in private
            and _opens_subject(view, m.start - 1)
        )
    ]  # "Chinese tourists visited Vietnam": private people act for no state (as targets,
    # "visa rules for Iranian pilgrims", they stand for it)
    for m in view.mentions:
        if m.how not in ("demonym", "name"):
            continue
        if m.how == "demonym" and m.plural:
            m.how = "group"
            continue
        j = m.end
        if view.lower(j) == "-" and view.lower(j + 1) == "led":
            j += 2  # "Vietnamese-led forces", "a Saudi-led coalition": the leader's
        if j + 1 < len(toks) and toks[j].cap and toks[j + 1].cap:
            continue  # "U.S. State Department": the capitalised words name a body
        two = f"{view.lower(j)} {view.lower(j + 1)}"
        if two in cues["group_nouns"]:
            m.end, m.how = j + 2, "group"
        elif view.lower(j) in cues["group_nouns"]:
            m.end, m.how = j + 1, "group"
        else:
            continue
        m.plural = toks[m.end - 1].lower.endswith("s")
    _groups_in_place(view, cues)
    for m in view.mentions:
        m.possessive = view.lower(m.end) == "'s"


_PLACE_GROUPS = frozenset(
    ["officials", "authorities", "police", "government", "leaders", "diplomats", "lawmakers",
     "troops", "forces", "prosecutors", "investigators", "negotiators", "military", "army",
     "protesters", "protestors", "demonstrators", "rebels", "insurgents", "activists",
     "counterpart", "counterparts"]
)  # fmt: skip
# "opposition groups in Zimbabwe": a plural noun that is a place group only after these
_PLACE_GROUP_HEADS = frozenset(["opposition", "rebel", "dissident"])


def _groups_in_place(view: SentenceView, cues: Cues) -> None:
    """'officials in Nairobi', 'police in Zimbabwe': a group noun placed in a country or its
    capital stands for that country, as 'Kenyan officials' does."""
    covered = {i for m in view.mentions for i in range(m.start, m.end)}
    for m in list(view.mentions):
        at = m.start - 1 if view.lower(m.start - 1) != "the" else m.start - 2  # "in the EU"
        g = at - 1
        if (
            m.how not in ("name", "metonym")
            or g < 0
            or view.lower(at) != "in"
            or (
                view.lower(g) not in _PLACE_GROUPS
                and not (
                    view.lower(g) in ("groups", "parties", "leaders", "supporters")
                    and view.lower(g - 1) in _PLACE_GROUP_HEADS
                )
            )
            or g in covered
            or g - 1 in covered  # "the Taliban insurgents in Qatar": the Taliban's
            # "the insurgents in Qatar's capital": a group named before, met in a place
            or (view.lower(g) in _NON_STATE and view.lower(g - 1) == "the")
            or (g > 0 and not view.toks[g].text.islower())
        ):
            continue
        start = g - 1 if view.lower(g - 1) in ("the", *_PLACE_GROUP_HEADS) else g
        view.mentions.remove(m)
        view.mentions.append(
            Mention(start, m.end, m.actor, "group", plural=view.lower(g).endswith("s"))
        )
        # "his counterparts in Baku and Tehran": the second seat holds the same group
        other = next((n for n in view.mentions if n.start == m.end + 1), None)
        if (
            view.lower(m.end) == "and"
            and view.lower(g).endswith("s")
            and other is not None
            and other.how in ("name", "metonym")
        ):
            view.mentions.remove(other)
            view.mentions.append(Mention(other.start, other.end, other.actor, "group", True))
    view.mentions.sort(key=lambda x: x.start)
    _roles_of(view, cues)


def _roles_of(view: SentenceView, cues: Cues) -> None:
    """'the foreign minister of Chad', 'the President of Chad': an unnamed office-holder
    stands for the country, as 'Chad's foreign minister' does."""
    covered = {i for m in view.mentions for i in range(m.start, m.end)}
    for m in list(view.mentions):
        g = m.start - 2
        if (
            m.how not in ("name", "metonym")
            or g < 1
            or view.lower(m.start - 1) != "of"
            or view.lower(g) not in cues["role_nouns"]
            or g in covered
        ):
            continue
        k = g
        while (
            k > 0
            and view.lower(k - 1) != "the"
            and view.lower(k - 1) in cues["role_modifiers"]
            and (k - 1) not in covered
        ):
            k -= 1
        if view.lower(k - 1) != "the":
            continue
        view.mentions.remove(m)
        office = m
        owned = next((x for x in view.mentions if x.start == m.end + 1), None)
        if view.lower(m.end) == "'s" and owned is not None and owned.how == "name":
            # "the leader of Afghanistan's Taliban": the office is the Taliban's
            view.mentions.remove(owned)
            office = owned
        view.mentions.append(Mention(k - 1, office.end, office.actor, "group"))
    view.mentions.sort(key=lambda x: x.start)


def _pronouns(
    view: SentenceView, words: frozenset[str], state: Discourse, cues: Cues, verbs: frozenset[str]
) -> None:
    taken = {i for m in view.mentions for i in range(m.start, m.end)}
    for tok in view.toks:
        if tok.i in taken or tok.lower not in words:
            continue
        if tok.lower == "it" and view.lower(tok.i + 1) in ("is", "was", "'s") and tok.cap:
            continue  # "It is clear that...": a dummy subject
        if tok.lower in _REFLEXIVES and _after_noun(view, tok.i, cues, verbs):
            continue  # "killing the villagers themselves": emphasis, no one new
        if tok.lower == "it" and _voted_on(view, tok.i):
            # "voted against it": a motion, whose author is the one voted against
            author = state.motion_author(view.index, reach=2)
            if author:
                view.mentions.append(Mention(tok.i, tok.i + 1, author, "pronoun"))
            continue
        seen = _seen(view, tok.i, cues, verbs)
        excluded: frozenset[str] = frozenset()
        roles: frozenset[str] = frozenset()
        if tok.quoted and tok.lower in PERSON_PRONOUNS:
            # inside a quotation "he" is someone the speaker talks about: not an analyst
            # quoted on others, nor the one whose quotation this goes on
            roles = cues["commentator_roles"]
            excluded = frozenset([state.speaker[0]]) if state.speaker else frozenset()
        elif tok.lower in ("it", "them", "him") and _object_position(view, tok.i, cues, verbs):
            excluded = _own_subject(view, tok.i, cues, verbs)
        elif tok.lower in ("its", "their") and view.lower(tok.i - 1) == ",":
            # "the United States, its treaty ally,": an apposition's owner is someone else
            excluded = frozenset(_listed_before(view, tok.i - 1))
        actor = (
            _object_owner(view, tok.i, verbs)
            or _accuser_owner(view, tok.i)
            or _speaker_past_aside(view, tok.i, state)
            or state.resolve_pronoun(tok.lower, view.index, seen, excluded, roles)
        )
        if actor:
            plural = tok.lower in PLURAL_PRONOUNS
            mention = Mention(
                tok.i,
                tok.i + 1,
                actor,
                "pronoun",
                plural=plural,
                possessive=tok.lower in ("its", "his", "her", "their"),
            )
            view.mentions.append(mention)


_ASIDE_REACH = 40  # tokens back from the saying verb to the aside's opening comma


def _speaker_past_aside(view: SentenceView, i: int, state: Discourse) -> str | None:
    """'Saudi Arabia, which sent troops to put down protests that Manama blamed on Iran, said
    it backed Bahrain': the pronoun after the saying verb is its subject, named before the
    aside, not the last name inside the aside."""
    word = view.lower(i)
    if (
        word not in ("it", "they", "he", "she")
        or view.lower(i - 1) not in _SAYING
        or view.lower(i - 2) != ","
    ):
        return None
    for k in range(i - 3, max(i - _ASIDE_REACH, 0), -1):
        if view.lower(k) in (";", ":", '"') or view.toks[k].quoted:
            break
        if view.lower(k) == "," and view.lower(k + 1) in ("which", "who"):
            named = next((m for m in view.mentions if m.end == k and m.how != "pronoun"), None)
            if named is not None and view.lower(named.start - 1) in ("in", "at", "of", "from"):
                # "The Iranian embassy in Baghdad, which ...": the place is not the speaker;
                # the head's owner named before it is
                named = next(
                    (
                        m
                        for m in view.mentions
                        if named.start - 4 <= m.end < named.start and m.how != "pronoun"
                    ),
                    None,
                )
            person = named is not None and state.kind(named.actor) is ActorKind.PERSON
            if named is None or (word in ("he", "she")) != person:
                break
            return named.actor
    return None


def _listed_before(view: SentenceView, end: int) -> list[str]:
    """The actors of a list of names that ends at token ``end`` ("Japan and South Korea")."""
    ends = {m.end: m for m in view.mentions}
    found: list[str] = []
    m = ends.get(end)
    while m is not None:
        found.append(m.actor)
        if view.lower(m.start - 1) not in (",", "and"):
            break
        m = ends.get(m.start - 1)
    return found


# Reporting verbs a clause follows: "X says both sides ..." names the sides as its subject.
_SAYING = forms_of("say", "claim", "allege", "insist", "believe", "charge", "conclude", "find")
_ACCUSING = forms_of("accuse", "blame")
_CLAUSE_OPENERS = _SAYING | {"that", ",", "which", "who", "after", "before", "when", "as"}


def _object_position(view: SentenceView, i: int, cues: Cues, verbs: frozenset[str]) -> bool:
    """Whether the pronoun at ``i`` is the object of a preposition or of a past verb (no verb
    of its own after it): "blamed the attacks on it", "condemned it", not "said on Monday it
    was cutting ties"."""
    prev, nxt = view.lower(i - 1), view.lower(i + 1)
    if prev not in cues["prepositions"] and not (prev in verbs and prev.endswith("ed")):
        return False  # ("condemned it on Monday": a verb's object, too)
    return not (nxt in verbs or nxt in cues["auxiliaries"] or nxt in cues["modals"])


_REFLEXIVES = frozenset(["itself", "themselves", "himself", "herself"])


def _after_noun(view: SentenceView, i: int, cues: Cues, verbs: frozenset[str]) -> bool:
    """Whether the token before ``i`` is a plain noun (no verb, preposition or mark)."""
    before = view.lower(i - 1)
    return (
        before.isalpha()
        and before not in verbs
        and before not in cues["prepositions"]
        and before not in cues["auxiliaries"]
    )


_VOTING = forms_of("vote", "abstain")
# What a vote is on; its author is who a vote against it rejects.
MOTIONS = frozenset(["resolution", "motion", "measure", "bill", "proposal", "draft", "text"])


def _voted_on(view: SentenceView, i: int) -> bool:
    """Whether the pronoun at ``i`` is what a vote was on ("voted against it")."""
    return view.lower(i - 1) in ("against", "for", "on") and view.lower(i - 2) in _VOTING


def _own_subject(view: SentenceView, i: int, cues: Cues, verbs: frozenset[str]) -> frozenset[str]:
    """The subject opening the sentence, when the object pronoun at ``i`` is in its clause:
    "Islamabad has blamed the attacks on it" cannot mean Islamabad ("itself" would)."""
    before = sorted((m for m in view.mentions if m.end <= i), key=lambda m: m.start)
    subject = before[0] if before else None
    if (
        subject is None
        or subject.how == "pronoun"
        or not is_subject_like(view, subject, cues, verbs)
        or any(
            view.lower(k) in _CLAUSE_OPENERS or view.lower(k) in cues["boundaries"]
            for k in range(subject.end, i)
        )
    ):
        return frozenset()
    joined = [subject.actor]  # "Russia and China voted against it": neither is "it"
    for m in before[1:]:
        if view.lower(m.start - 1) not in ("and", ",") or m.start - 1 > before[0].end + 4:
            break
        if any(view.lower(k) not in ("and", ",") for k in range(subject.end, m.start)):
            break
        joined.append(m.actor)
        subject = m
    return frozenset(joined)


def _accuser_owner(view: SentenceView, i: int) -> str | None:
    """'Ukraine accused Russia of violating its airspace', 'Russia was accused by Ukraine of
    violating its airspace': what the accused is charged with harming is the accuser's."""
    if view.lower(i) not in ("its", "their") or not view.lower(i - 1).endswith("ing"):
        return None
    if view.lower(i - 2) not in ("of", "for"):
        return None
    accused = next((m for m in view.mentions if m.end == i - 2), None)
    if accused is None:
        return None
    if view.lower(accused.start - 1) == "by":
        return accused.actor  # the agent of a passive accusation
    if view.lower(accused.start - 1) not in _ACCUSING:
        return None
    before = [m for m in view.mentions if m.end < accused.start]
    return before[-1].actor if before else None


def _object_owner(view: SentenceView, i: int, verbs: frozenset[str]) -> str | None:
    """'Ukraine thanked Poland for its aid', 'blamed Iran for their attacks': a possessive
    right after 'for' belongs to the verb's object."""
    if view.lower(i) not in ("its", "their") or view.lower(i - 1) != "for":
        return None
    obj = next((m for m in view.mentions if m.end == i - 1), None)
    if obj is None or view.lower(obj.start - 1) not in verbs:
        return None
    return obj.actor


def _the_administration(view: SentenceView, state: Discourse) -> None:
    """'the administration' in a story that names the United States: its government (news
    says "the administration" of no other state's executive)."""
    if "USA" not in state.country_counts:
        return
    taken = {i for m in view.mentions for i in range(m.start, m.end)}
    for tok in view.toks[1:]:
        if tok.lower == "administration" and view.lower(tok.i - 1) == "the" and tok.i not in taken:
            possessive = view.lower(tok.i + 1) == "'s"
            view.mentions.append(
                Mention(tok.i - 1, tok.i + 1, "USA", "description", possessive=possessive)
            )


def _descriptions(view: SentenceView, state: Discourse, cues: Cues, verbs: frozenset[str]) -> None:
    """'the country', 'the nation', and 'the ministry' for a body seen before."""
    _state_organs(view, state, cues, verbs)
    _the_administration(view, state)
    taken = {i for m in view.mentions for i in range(m.start, m.end)}
    for tok in view.toks[1:]:
        if tok.i in taken:
            continue
        start = tok.i - 1
        if (
            tok.lower in GROUP_DESCRIPTIONS
            and view.lower(tok.i - 1) in GROUP_ADJECTIVES
            and view.lower(tok.i - 2) in ("the", "this")
        ):
            start = tok.i - 2  # "the insurgent group"
        elif view.lower(tok.i - 1) not in ("the", "this"):
            continue
        company = tok.lower in COMPANY_DESCRIPTIONS and not _modifies(view, tok.i + 1, cues, verbs)
        if tok.lower in GROUP_DESCRIPTIONS or company:
            seen = _seen(view, tok.i, cues, verbs)
            body = (
                state.resolve_group(view.index, seen)
                if tok.lower in GROUP_DESCRIPTIONS
                else state.resolve_company(view.index, seen)
            )
            if body:
                possessive = view.lower(tok.i + 1) == "'s"
                view.mentions.append(
                    Mention(start, tok.i + 1, body, "description", possessive=possessive)
                )
                continue
        if start < tok.i - 1:
            continue
        # ("the Guards" of a force named so, not the guards at a border post)
        capital = tok.lower not in _SHORT_HEADS or tok.text[:1].isupper()
        actor = state.registry.get(f"the {tok.lower}") if capital else None
        of_office = view.lower(tok.i + 1) == "of" and not view.lower(tok.i + 2).endswith("ing")
        if actor is None and tok.lower in _OFFICES and not of_office:  # "the minister of X"
            # "urged the president to": him; "sanctioned Justice Minister X, accusing the
            # minister of": X, named earlier in the sentence
            actor = _office_holder(state, tok.lower, view.mentions[::-1])
        named_after = of_office and any(m.start == tok.i + 2 for m in view.mentions)
        if actor is None and tok.lower in DESCRIPTIONS and tok.lower != "state" and not named_after:
            # ("the government of Nepal": Nepal, named after it)
            seen = _seen(view, tok.i, cues, verbs)
            if view.lower(tok.i - 2) in ("from", "in"):
                # "the withdrawal of U.S. and NATO troops from the country": the country the
                # forces are in is not one whose forces they are
                owners = _force_owners(view, tok.i)
                seen = [s for s in seen if s.actor not in owners] or seen
            actor = state.resolve_description(view.index, seen, tok.lower == "kingdom")
        named_body = tok.lower in _NAMED_BODY_HEADS and not of_office
        if actor is None and (tok.lower in BODY_DESCRIPTIONS or named_body):
            # "the bloc": the organisation met last; "The ministry said it had also
            # summoned ...": the ministry named before
            seen = _seen(view, tok.i, cues, verbs)
            actor = (
                state.resolve_named_body(view.index, seen, tok.lower)
                if named_body
                else state.resolve_body(view.index, seen, tok.lower)
            )
        if actor:
            possessive = view.lower(tok.i + 1) == "'s"
            view.mentions.append(
                Mention(tok.i - 1, tok.i + 1, actor, "description", possessive=possessive)
            )


_OWNERS = frozenset(["its", "their", "his", "her", "our", "'s"])
# Last words of a force's name that "the ..." later points back to ("the Guards").
_SHORT_HEADS = frozenset(["guards", "guard", "corps"])
# A state's posts abroad, which "the embassy" later points back to.
_POSTS = frozenset(["embassy", "consulate"])


def _missions(view: SentenceView, state: Discourse) -> None:
    """'China's embassy in Niamey said ... The embassy urged Niger': "the embassy" from now
    on is the state whose embassy was named last; "the Guards" the force whose name ended
    so ("Iran's Revolutionary Guards")."""
    for m in view.mentions:
        last = view.toks[m.end - 1]
        if last.lower in _SHORT_HEADS and last.text[:1].isupper() and m.end - m.start > 1:
            state.registry[f"the {last.lower}"] = (
                m.actor
            )  # "the Revolutionary Guards ... the Guards"
        if state.kind(m.actor) is not ActorKind.COUNTRY or view.lower(m.start - 1) in _OWNERS:
            continue  # ("its Kyiv embassy": the capital is where, not whose)
        k = m.end + (view.lower(m.end) == "'s")
        for post in {view.lower(m.end - 1), view.lower(k)} & _POSTS:
            state.registry[f"the {post}"] = m.actor


def _body_officials(
    view: SentenceView, state: Discourse, cues: Cues, verbs: frozenset[str]
) -> None:
    """'Qatar's labour ministry said ... A ministry official urged Kathmandu to reconsider':
    an unnamed official of "the ministry" speaks for the ministry named last."""
    taken = {i for m in view.mentions for i in range(m.start, m.end)}
    for tok in view.toks:
        if (
            tok.lower not in _NAMED_BODY_HEADS
            or tok.text != tok.lower  # "Foreign Ministry official": a name of its own
            or view.lower(tok.i + 1) not in SPOKES
            or view.lower(tok.i - 1) not in ("a", "an", "the", "one", "another", "senior")
            or tok.i in taken
            or view.lower(tok.i + 2) == ","  # "A ministry spokesman, Colonel X,": X speaks
        ):
            continue
        seen = _seen(view, tok.i, cues, verbs)
        body = state.resolve_named_body(view.index, seen, tok.lower)
        if body is not None:
            view.mentions.append(Mention(tok.i, tok.i + 2, body, "description"))


def _modifies(view: SentenceView, i: int, cues: Cues, verbs: frozenset[str]) -> bool:
    """Whether the word before ``i`` modifies a noun there ("the firm response") rather
    than heading its own phrase ("the firm said", "the firm's mine", "the firm in")."""
    word = view.lower(i)
    heads = word in verbs or word in FUNCTION_WORDS or word in cues["prepositions"]
    helping = word in cues["auxiliaries"] or word in cues["modals"]
    return word.isalpha() and not (heads or helping or word in ("that", "which", "who"))


_FORCE_NOUNS = frozenset(["troops", "forces", "soldiers", "personnel", "peacekeepers"])
# Heads of a body's name that "the <head>" refers back to ("the ministry").
_NAMED_BODY_HEADS = frozenset(["ministry", "department"])


def _force_owners(view: SentenceView, upto: int) -> set[str]:
    """Actors named before token ``upto`` as the owners of forces ("U.S. and NATO troops")."""
    owners: set[str] = set()
    starts = {m.start: m.end for m in view.mentions}
    for m in view.mentions:
        if m.end > upto:
            continue
        k = m.end
        while k < upto and (view.lower(k) in (",", "and") or k in starts):
            k = starts.get(k, k + 1)  # past a list: "U.S. and NATO troops"
        if view.lower(k) in _FORCE_NOUNS or view.lower(k - 1) in _FORCE_NOUNS:
            owners.add(m.actor)
    return owners


# Offices one person holds at a time: "the president" is the one the story named last.
_OFFICES = frozenset(
    ["president", "premier", "chancellor", "king", "queen", "emir", "minister", "envoy",
     "ambassador", "spokesman", "spokeswoman", "spokesperson", "commander"]
)  # fmt: skip
_OFFICE_REACH = 200  # mentions looked back over: a bound, so a long story stays linear


def _office_holder(state: Discourse, office: str, here: list[Mention]) -> str | None:
    """The person last seen, among ``here`` (this sentence's mentions, latest first) and
    the latest mentions before, whose recorded role ends with ``office``."""
    earlier = (seen.actor for seen in reversed(state.history[-_OFFICE_REACH:]))
    for actor in chain((m.actor for m in here), earlier):  # stops at the first holder
        found = state.actor(actor)
        if (
            found is not None
            and found.kind is ActorKind.PERSON
            and found.role
            and found.role.lower().split()[-1] == office
        ):
            return found.id
    return None


# Organs of a state named without it: read as the country the story last named.
_STATE_ORGANS = frozenset(
    ["authorities", "police", "prosecutors", "officers", "troops", "soldiers"]
)


def _state_organs(view: SentenceView, state: Discourse, cues: Cues, verbs: frozenset[str]) -> None:
    """'Authorities said', 'the police arrested': the state the story is about."""
    taken = {i for m in view.mentions for i in range(m.start, m.end)}
    for tok in view.toks:
        if tok.lower == "media" and view.lower(tok.i - 1) == "state" and tok.i - 1 not in taken:
            # "State media accused Washington": the state the story is about speaks
            actor = state.resolve_speaker_state(view.index, _seen(view, tok.i - 1, cues, verbs))
            if actor:
                view.mentions.append(Mention(tok.i - 1, tok.i + 1, actor, "description"))
            continue
        if (
            tok.i in taken
            or tok.lower not in _STATE_ORGANS
            or view.lower(tok.i - 1) not in ("", "the", ",", "and")
            or view.lower(tok.i + 1) in ("from", "of")  # "Troops from Burundi attacked"
        ):
            continue
        # the dateline's state ("BAKU - ... Officers detained"), else the latest named
        actor = state.dateline or state.resolve_description(
            view.index, _seen(view, tok.i, cues, verbs)
        )
        if actor:
            first = tok.i - 1 if view.lower(tok.i - 1) == "the" else tok.i
            view.mentions.append(Mention(first, tok.i + 1, actor, "description", plural=True))
    for tok in view.toks:
        # "In Warsaw, the foreign ministry summoned ...": an unowned ministry in lower case
        i = tok.i
        if (
            tok.lower != "ministry"
            or tok.text != "ministry"
            or i in taken
            or view.lower(i - 1) not in cues["role_modifiers"]
            or view.lower(i - 2) != "the"
            or (i - 1) in taken
        ):
            continue
        actor = state.resolve_description(view.index, _seen(view, i - 2, cues, verbs))
        if actor:
            view.mentions.append(Mention(i - 2, i + 1, actor, "description"))


# Pair nouns that name states ("both governments", "the two countries").
_STATE_NOUNS = frozenset(
    ["countries", "governments", "nations", "states", "neighbors", "neighbours", "country",
     "capitals", "ministries"]
)  # fmt: skip
_PAIR_NOUNS = frozenset(
    [
        "sides",
        "partners",
        "countries",
        "governments",
        "nations",
        "parties",
        "neighbours",
        "neighbors",
        "states",
        "capitals",
        "leaders",
        "ministers",
        "presidents",
        "armies",
        "delegations",
        "allies",
        "rivals",
        "foes",
        "adversaries",
    ]
)
# Words between "both" and the pair noun that name the ministers' field ("both foreign
# ministers", "the two trade ministers").
_PAIR_PORTFOLIOS = frozenset(
    ["foreign", "trade", "defence", "defense", "interior", "energy", "water", "finance",
     "economy", "security", "border", "prime", "army", "military", "national", "member"]
)  # fmt: skip
_PORTFOLIO_NOUNS = _PAIR_NOUNS | {"ministries"}  # after a portfolio: "both foreign ministries"
_PEOPLE_NOUNS = frozenset(["leaders", "ministers", "presidents"])
# Words that may stand between "the two" and a pair noun ("the two feuding neighbours").
_PAIR_ADJECTIVES = frozenset(
    ["friendly", "feuding", "warring", "rival", "neighbouring", "neighboring", "brotherly",
     "estranged", "quarrelling", "quarreling", "disputing"]
)  # fmt: skip
# Words that make a pair of states only ("the two partner states", not "the two partner
# parties in the coalition").
_STATE_PAIR_ADJECTIVES = frozenset(["partner", "sister", "allied"])


def _in_prepositional_phrases(view: SentenceView, end: int, cues: Cues) -> set[int]:
    """Starts of the mentions before ``end`` that a preposition governs, with those joined
    to them by "and" ("the dialogue between Belgrade and Pristina")."""
    starts: set[int] = set()
    for m in sorted(view.mentions, key=lambda m: m.start):
        if m.end > end:
            break
        before = view.lower(m.start - 1)
        joined = before == "and" and any(
            n.end == m.start - 1 and n.start in starts for n in view.mentions
        )
        if before in cues["prepositions"] or joined:
            starts.add(m.start)
    return starts


def _relative_clauses(view: SentenceView, end: int) -> set[int]:
    """Token positions before ``end`` inside ", which/who/whose ... ," clauses."""
    inside: set[int] = set()
    k = 0
    while k < end:
        if view.lower(k) == "," and view.lower(k + 1) in ("which", "who", "whose"):
            j = k + 2
            while j < end and view.lower(j) != ",":
                inside.add(j)
                j += 1
            k = j
        k += 1
    return inside


_ONE_SIDE = frozenset(["side", "country", "party"])  # "either side", "each country"
# A person's possessive pronouns ("his Libyan counterpart", "both of her counterparts").
_OWNER_PRONOUNS = frozenset(["his", "her", "their"])
_COUNTERPART_NOUNS = _PAIR_NOUNS | {"counterparts"}


def _pair_span(
    view: SentenceView, i: int, cues: Cues, verbs: frozenset[str]
) -> tuple[int, int] | None:
    """The words at ``i`` that name a pair: 'both sides', 'each country', 'the two governments',
    a sentence-opening 'Each' before its verb ("Each accused the other")."""
    word, nxt = view.lower(i), view.lower(i + 1)
    # "denied arming either side", "urged both brotherly countries to show restraint"
    noun = i + 1 + (word == "both" and nxt in _PAIR_ADJECTIVES | _STATE_PAIR_ADJECTIVES)
    nouns = _STATE_NOUNS if nxt in _STATE_PAIR_ADJECTIVES else _PAIR_NOUNS | _ONE_SIDE
    if word in ("both", "each", "either") and view.lower(noun) in nouns:
        return (i, noun + 1)
    if (
        word in ("both", "two")
        and nxt in _PAIR_PORTFOLIOS
        and view.lower(i + 2) in _PORTFOLIO_NOUNS  # "both foreign ministries"
        and view.lower(i + 3) != "of"  # "the two foreign ministers of Saudi Arabia and the UAE"
    ):
        start = i - (word == "two" and view.lower(i - 1) == "the")
        return (start, i + 3)  # "spoke with both foreign ministers", "the two defence ministers"
    if word == "each" and i == 0 and nxt in verbs | cues["auxiliaries"]:
        return (i, i + 1)
    if word == "both" and nxt in ("of", "to"):
        return _both_alone(view, i, verbs)
    if word == "the":
        return _the_two(view, i)
    return None


def _both_alone(view: SentenceView, i: int, verbs: frozenset[str]) -> tuple[int, int] | None:
    """'both of them' ("had spoken by phone with both of them"), 'both' before 'to' after a
    verb ("urged both to keep the channels open", "called on both to") at ``i``."""
    if view.lower(i + 1) == "of":
        if view.lower(i + 2) in _OWNER_PRONOUNS and view.lower(i + 3) in _COUNTERPART_NOUNS:
            return (i, i + 4)  # "spoken by telephone with both of his counterparts"
        return (i, i + 3) if view.lower(i + 2) == "them" else None
    if view.lower(i - 1) in verbs or view.lower(i - 1) == "on":
        return (i, i + 1)
    return None


def _the_two(view: SentenceView, i: int) -> tuple[int, int] | None:
    """'the two governments', 'the two feuding neighbours', 'the "two friendly
    neighbours"' at ``i`` (on "the")."""
    if view.lower(i + 1) == '"':
        i += 1
    if view.lower(i + 1) != "two":
        return None
    if view.lower(i + 2) in _PAIR_NOUNS:
        return (i, i + 3)
    if view.lower(i + 2) == "members" and view.lower(i + 3) != "of":
        return (i, i + 3)  # "urged the two members to settle" (not "the two members of")
    if view.lower(i + 2) in _PAIR_ADJECTIVES and view.lower(i + 3) in _PAIR_NOUNS:
        return (i, i + 4)
    if view.lower(i + 2) in _STATE_PAIR_ADJECTIVES and view.lower(i + 3) in _STATE_NOUNS:
        return (i, i + 4)  # "the two partner states"
    return None


_SUBORDINATORS = frozenset(["after", "before", "when", "while"])


def _not_sides(
    view: SentenceView, state: Discourse, cues: Cues, verbs: frozenset[str], i: int
) -> set[str]:
    """Actors the pair at ``i`` cannot be: the speaker of "X says both sides ..."; X in "X
    urged both sides" or "talks between the two countries" (but not one named in a
    prepositional phrase or a relative clause: "X, which backs Kosovo, urged both sides")."""
    exclude: set[str] = set()
    prev = view.lower(i - 1)
    if prev in _SAYING:
        speaker = max((m for m in view.mentions if m.end <= i), key=lambda m: m.end, default=None)
        if speaker is not None:
            exclude.update(a for a in (speaker.actor, state.country_of(speaker.actor)) if a)
    elif prev in cues["prepositions"] or prev in verbs:
        after_prep = _in_prepositional_phrases(view, i, cues)
        relative = _relative_clauses(view, i)
        # "Thailand banned imports ... two days after soldiers from both countries fought":
        # the pair is in a clause of its own, where the main subject is no bar
        opener = max((k for k in range(i) if view.lower(k) in _SUBORDINATORS), default=-1)
        for m in view.mentions:
            if (
                opener < m.start
                and m.end <= i
                and m.start not in after_prep
                and m.start not in relative
            ):
                exclude.update(a for a in (m.actor, state.country_of(m.actor)) if a)
    return exclude


# The two Koreas as a story about both calls them: "the North", "the South".
_KOREAS = {"North": "PRK", "South": "KOR"}
_SPLIT_STATES = frozenset(["SDN", "SSD", "CYP", "YEM", "VNM", "ITA", "NGA"])


def _koreas(view: SentenceView, state: Discourse) -> None:
    """'both Koreas' and 'the two Koreas' are the pair; in a story that has named both
    Koreas, 'the North' is North Korea and 'the South' South Korea (not "the North Atlantic",
    not "the South China Sea", not before both are named)."""
    if not any(t.lower == "koreas" or t.text in _KOREAS for t in view.toks):
        return  # (the common case: the history is not read for every sentence)
    taken = {i for m in view.mentions for i in range(m.start, m.end)}
    here = {m.actor for m in view.mentions}
    # both Koreas named in this sentence or the eight before ("the South" of Sudan is no Korea)
    recent = {seen.actor for seen in state.history if seen.sentence >= view.index - 8} | here
    # (nor in a sentence about a state with a south of its own: "Sudan's army advanced in the
    # South")
    split = any(m.actor in _SPLIT_STATES for m in view.mentions)
    korean = all(c in recent for c in _KOREAS.values()) and not split
    found = []
    for tok in view.toks:
        i = tok.i
        if i in taken:
            continue
        if tok.lower == "koreas" and view.lower(i - 1) in ("both", "two"):
            start = i - 1 - (view.lower(i - 1) == "two" and view.lower(i - 2) == "the")
            found.append(Mention(start, i + 1, "KOR", "description", plural=True, also=("PRK",)))
        elif (
            korean
            and tok.text in _KOREAS
            and view.lower(i - 1) == "the"
            and not (i + 1 < len(view.toks) and view.toks[i + 1].cap)
        ):
            found.append(Mention(i, i + 1, _KOREAS[tok.text], "metonym"))
    if found:
        view.mentions += found
        view.mentions.sort(key=lambda m: m.start)


def _pairs(view: SentenceView, state: Discourse, cues: Cues, verbs: frozenset[str]) -> None:
    """'both sides', 'the two governments', 'each side': the two parties last named."""
    taken = {i for m in view.mentions for i in range(m.start, m.end)}
    for tok in view.toks:
        i = tok.i
        span = _pair_span(view, i, cues, verbs)
        if span is None:
            continue
        if view.lower(i + 1) == "of":
            # "both of his counterparts", "both of them": the pair, not him nor a pronoun
            at = i + 2
            owner = next((m for m in view.mentions if m.start == at and m.how == "pronoun"), None)
            if owner is not None:
                view.mentions.remove(owner)
                taken.difference_update(range(owner.start, owner.end))
        if taken.intersection(range(*span)):
            continue
        people = view.lower(span[1] - 1) in _PEOPLE_NOUNS and (
            view.lower(span[1] - 2) not in _PAIR_PORTFOLIOS  # "both foreign ministers": states
        )
        exclude = frozenset(_not_sides(view, state, cues, verbs, i))
        # named in passing ("Beijing, which brokered the Saudi-Iranian deal, urged both
        # sides") is not one of the sides
        seen = _seen(view, i, cues, verbs, skip=_relative_clauses(view, i))
        noun = view.lower(span[1] - 1)
        office = noun.removesuffix("s") if noun in ("presidents", "ministers") else None
        # "brokered a truce between the two neighbours ... in contact with both sides": the
        # pair this sentence has already named
        named = next((m for m in view.mentions if m.also and m.how == "description"), None)
        found = [named.actor, named.also[0]] if named is not None and not people else []
        alone = span[1] - span[0] == 1 or view.lower(span[0] + 1) == "of"  # "both of them"
        if alone and tok.lower == "both" and not found:
            found = _named_before(view, i, state)  # "spoke with X and with Y and urged both"
        if noun in _STATE_NOUNS and not found and view.lower(span[0] - 1) in _PAIR_OBJECT_LEADS:
            # "met the Iranian and Azerbaijani ambassadors and urged both countries" (the pair
            # as an object; as a subject, "both countries" are the ones meeting)
            found = _joined_before(view, i, state)
        if noun in _STATE_NOUNS and not found:  # "both governments": two states first
            found = state.pair(view.index, seen, people, i, exclude, office, True)
        found = found or state.pair(view.index, seen, people, i, exclude, office)
        if len(found) == 2:
            view.mentions.append(
                Mention(span[0], span[1], found[0], "description", plural=True, also=(found[1],))
            )
            if tok.lower == "each":
                _the_other(view, span[1], found)


def _named_before(view: SentenceView, i: int, state: Discourse) -> list[str]:
    """The last two actors named (by name, not pronoun or possessive) before ``i``, after the
    sentence's first (its subject, who does the act to both); none unless there are two."""
    before = [m for m in view.mentions if m.end <= i]
    if not before:
        return []
    subject = {before[0].actor, state.country_of(before[0].actor)}
    named = [
        m.actor
        for m in before[1:]
        if m.how != "pronoun"
        and not m.possessive
        and view.lower(m.end) != "'s"
        and m.actor not in subject
        and state.country_of(m.actor) not in subject - {None}
    ]
    last = list(dict.fromkeys(reversed(named)))[:2]
    return last[::-1] if len(last) == 2 else []


# Words before "both countries" that make the pair an object ("urged both countries", "called
# on both governments", "with both neighbours").
_PAIR_OBJECT_LEADS = forms_of("urge", "ask", "press", "tell", "warn", "call", "encourage") | {
    "on",
    "with",
    "to",
}


def _joined_before(view: SentenceView, i: int, state: Discourse) -> list[str]:
    """The two actors last joined by "and" before ``i`` ("Iran and Azerbaijan", "the
    Iranian and Azerbaijani ambassadors"), after the sentence's subject; none else."""
    named = _named_before(view, i, state)
    if not named:
        return []
    first, second = (
        next(m for m in reversed(view.mentions) if m.end <= i and m.actor == actor)
        for actor in named
    )
    between = {view.lower(k) for k in range(first.end, second.start)}
    aside = any(view.lower(k) in ("which", "who") for k in range(first.start))
    helpers = view.lower(first.start - 1) in ("from", "by")  # "with help from A and B"
    return named if between and between <= {"and", ",", "with"} and not (aside or helpers) else []


def _the_other(view: SentenceView, after: int, pair: list[str]) -> None:
    """'Each side accused the other': "the other" is the pair too, so the act runs both ways
    (never from a side to itself)."""
    for k in range(after, len(view.toks) - 1):
        if view.lower(k) == "the" and view.lower(k + 1) == "other":
            if not any(m.start <= k < m.end for m in view.mentions):
                view.mentions.append(
                    Mention(k, k + 2, pair[1], "description", plural=True, also=(pair[0],))
                )
            return


def _coordinated(view: SentenceView, state: Discourse, cues: Cues) -> None:
    """Remember "X and Y" (two actors joined by "and"): "both sides" may mean them later;
    and "A, B and C" for "the three countries"."""
    _owned_counterparts(view)
    ordered = sorted(view.mentions, key=lambda m: m.start)
    owned = cues.lists.get("owned_groups", frozenset())
    aside = _relative_clauses(view, len(view.toks))
    ends = {m.end for m in ordered}
    leading: set[str] | None = None  # the story's three most-named actors, when needed
    for m, n in pairwise(ordered):
        if m.start in aside or (view.lower(m.start - 1) == "," and m.start - 1 in ends):
            # "which groups Niger with Mali and Burkina Faso", "Norway, Sweden, Finland and
            # Iceland": named in passing, or the end of a longer list, not a pair
            continue
        if view.lower(m.start - 1) == "with":
            if leading is None:
                counts = state.actor_counts
                leading = set(sorted(counts, key=lambda a: -counts[a])[:3])
            if not {m.actor, n.actor} & leading:
                continue  # "the confederation Burkina Faso formed with Mali and Niger"
        k = m.end
        if view.lower(k) == "'s" and view.lower(k + 1) in owned:
            k += 2  # "Yemen's government and the Houthis"
        if view.lower(k) != "and":
            continue
        # "and the Houthis", "and the country's government" (a description opens with "the")
        if n.start in (k + 1, k + 2 if view.lower(k + 1) == "the" else k + 1) and not (
            m.actor == n.actor or m.locative or n.locative
        ):
            state.coordinated.append((view.index, n.end, m.actor, n.actor))
    _trios(view, state)


_TRIO_REACH = 40  # sentences back "the three countries" still means the last three listed
# Nouns after "the three" or "all three" that name the states of a list of three.
_TRIO_NOUNS = (_STATE_NOUNS - {"country", "ministries"}) | {"allies", "partners", "delegations"}


def _trios(view: SentenceView, state: Discourse) -> None:
    """Remember "A, B and C", three states named in one list, and read "the three
    countries", "all three governments" or "all three" after it as those three."""
    countries = [
        m
        for m in sorted(view.mentions, key=lambda m: m.start)
        if not m.locative and m.how in ("name", "metonym") and not m.also
        and state.kind(m.actor) is ActorKind.COUNTRY
    ]  # fmt: skip
    taken = {i for m in view.mentions for i in range(m.start, m.end)}
    for tok in view.toks:
        span = _trio_span(view, tok.i)
        if span is None or taken.intersection(range(*span)):
            continue
        # ("all three" alone may be three people or ships: only a list of three states)
        named = span[1] - span[0] == 3  # "the three countries", "all three governments"
        trio = _listed_trio(view, state) or (_story_trio(state) if named else None)
        if trio is not None:
            a, b, c = trio
            view.mentions.append(Mention(span[0], span[1], a, "description", True, also=(b, c)))
    for first, second, third in zip(countries, countries[1:], countries[2:], strict=False):
        joined = (
            view.lower(first.end) == ","
            and second.start in (first.end + 1, first.end + 2)
            and view.lower(second.end) in ("and", ",")
            and third.start - second.end <= 3
            and view.lower(third.start - 1) in ("and", "the")
        )
        trio = (first.actor, second.actor, third.actor)
        whole = view.lower(first.start - 1 - (view.lower(first.start - 1) == "the")) != ","
        if joined and whole and len(set(trio)) == 3 and view.lower(third.end) != ",":
            state.trio = (view.index, trio)


def _listed_trio(view: SentenceView, state: Discourse) -> tuple[str, str, str] | None:
    """The three states listed last ("Ethiopia, Egypt and Sudan"), if not too long ago."""
    if state.trio is None or view.index - state.trio[0] > _TRIO_REACH:
        return None
    return state.trio[1]


def _story_trio(state: Discourse) -> tuple[str, str, str] | None:
    """The three states the story has named most, when it never listed three together
    ("Egypt and Sudan ... Ethiopia ... urged the three countries"): each named at least
    twice, and no fourth named as often as the third."""
    counts = sorted(state.country_counts.items(), key=lambda kv: -kv[1])
    if len(counts) < 3 or counts[2][1] < _TRIO_MENTIONS:
        return None
    if len(counts) > 3 and counts[3][1] == counts[2][1]:
        return None
    return counts[0][0], counts[1][0], counts[2][0]


_TRIO_MENTIONS = 2


def _trio_span(view: SentenceView, i: int) -> tuple[int, int] | None:
    """'the three countries', 'all three governments', 'all three' at ``i``."""
    word, nxt = view.lower(i), view.lower(i + 1)
    if word == "the" and nxt == "three" and view.lower(i + 2) in _TRIO_NOUNS:
        return (i, i + 3)
    if word == "all" and nxt == "three":
        after = view.lower(i + 2)
        if after in _TRIO_NOUNS:
            return (i, i + 3)
        # "all three" alone, before a verb or the clause's end ("urged all three to"), not
        # before a noun of its own ("free all three men", "all three vessels")
        alone = after in ("", ".", ",", ";", "to", "of", "have", "had", "are", "were", "will")
        return (i, i + 2) if alone else None
    return None


_PAIR_FORCES = _FORCE_NOUNS | {"guards", "sailors", "police", "patrols", "units", "officers"}


def _pairs_forces(view: SentenceView) -> None:
    """'Soldiers from both countries fought a gun battle', 'Border guards from the two
    neighbours scuffled': the forces of the pair are the pair, as the clause's subject."""
    for i, m in enumerate(view.mentions):
        if not m.also or view.lower(m.start - 1) not in ("from", "of"):
            continue
        k = m.start - 2
        if view.lower(k) not in _PAIR_FORCES:
            continue
        start = k - (view.lower(k - 1) in ("border", "coast", "the"))
        start -= view.lower(start - 1) == "the"
        if start == 0 or view.lower(start - 1) in (",", "and", "when", "after", "as"):
            view.mentions[i] = Mention(start, m.end, m.actor, m.how, True, also=m.also)


def _owned_counterparts(view: SentenceView) -> None:
    """'X and his Libyan counterpart met': the owner's pronoun is part of the counterpart's
    mention, not a mention of the owner between the two (which would break the pair)."""
    starts = {m.start: m for m in view.mentions}
    for m in list(view.mentions):
        after = starts.get(m.end)
        if (
            m.how == "pronoun"
            and m.end == m.start + 1
            and view.lower(m.start) in _OWNER_PRONOUNS
            and after is not None
            and view.lower(after.end - 1) in ("counterpart", "counterparts")
        ):
            view.mentions.remove(m)
            view.mentions.remove(after)
            view.mentions.append(replace(after, start=m.start))
    view.mentions.sort(key=lambda x: x.start)


def _pair_pronouns(view: SentenceView) -> None:
    """'they'/'them' after "both sides" in the same sentence are those two sides."""
    pair: Mention | None = None
    pronouns = {m.start: m for m in view.mentions if m.how == "pronoun"}
    taken = {i for m in view.mentions for i in range(m.start, m.end)}
    # "Mexico and Guatemala ... their shared border", "France, Germany and Britain said they"
    joined: dict[int, Mention] = {}
    starts = {m.start: m for m in view.mentions if m.how != "pronoun"}
    for first in view.mentions:
        if first.how == "pronoun":
            continue
        members, last = [first], first
        while True:
            gap = 2 if (view.lower(last.end), view.lower(last.end + 1)) == (",", "and") else 1
            n = starts.get(last.end + gap)
            if n is None or view.lower(last.end) not in (",", "and"):
                break
            members.append(n)
            last = n
            if view.lower(last.end - gap) == "and" or view.lower(last.start - 1) == "and":
                break  # the list ends at its "and"
        actors = list(dict.fromkeys(m.actor for m in members))
        if len(actors) >= 2 and view.lower(last.start - 1) == "and":
            joined.setdefault(
                last.start,
                Mention(
                    first.start, last.end, actors[0], "description", True, also=tuple(actors[1:])
                ),
            )  # the longest list, from its first member
    for tok in view.toks:
        m = pronouns.get(tok.i)
        if pair is None:
            pair = joined.get(tok.i) or next(
                (p for p in view.mentions if p.start == tok.i and p.also), None
            )
            continue
        if tok.lower not in PLURAL_PRONOUNS:
            continue
        if m is not None:
            m.actor, m.also = pair.actor, pair.also
        elif tok.i not in taken:
            view.mentions.append(
                Mention(
                    tok.i,
                    tok.i + 1,
                    pair.actor,
                    "pronoun",
                    plural=True,
                    possessive=tok.lower == "their",
                    also=pair.also,
                )
            )
    _between_them(view)
    view.mentions.sort(key=lambda m: m.start)


def _between_them(view: SentenceView) -> None:
    """'Peru accused Chile ... the crossing between them': the two actors named before."""
    for tok in view.toks:
        if tok.lower != "them" or view.lower(tok.i - 1) != "between":
            continue
        if any(m.start == tok.i for m in view.mentions):
            continue
        named = list(
            dict.fromkeys(
                m.actor
                for m in view.mentions
                if m.end <= tok.i and m.how not in ("pronoun", "demonym")
            )
        )
        if len(named) == 2:
            view.mentions.append(
                Mention(tok.i, tok.i + 1, named[0], "pronoun", plural=True, also=(named[1],))
            )


def _acronyms(view: SentenceView, state: Discourse) -> None:
    """'the Rapid Support Forces (RSF)', 'the Baloch Liberation Army, or BLA,': the acronym
    names the same actor from here on."""
    toks = view.toks
    for m in list(view.mentions):
        j = m.end
        if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")":
            acronym = toks[j + 1]
        elif j + 2 < len(toks) and toks[j].text == "," and toks[j + 1].lower == "or":
            acronym = toks[j + 2]
        else:
            continue
        text = acronym.text
        if 2 <= len(text) <= 6 and text.isupper() and text.isalpha():
            state.registry.setdefault(text.lower(), m.actor)
            if not any(x.start == acronym.i for x in view.mentions):
                view.mentions.append(Mention(acronym.i, acronym.i + 1, m.actor, "reference"))
    view.mentions.sort(key=lambda x: x.start)


# Offices that serve a state: a holder introduced without a country serves the one the story
# is about ("Prime Minister Yoshihide Suga" in a story about Japan).
_STATE_OFFICES = frozenset(
    ["minister", "president", "premier", "chancellor", "spokesman", "spokeswoman",
     "spokesperson", "ambassador", "king", "queen", "emir", "general", "governor",
     "secretary", "attorney", "prosecutor", "commissioner", "envoy", "commander"]
)  # fmt: skip


# A state's own ministries, named without their state ("the Foreign Ministry").
_STATE_BODIES = frozenset(["ministry"])


def _body_home(actor: Actor, view: SentenceView, state: Discourse, end: int) -> Actor:
    """The state an unowned ministry or department serves, where its name settles it: the
    place the sentence opens in, else the country the story names most. A "Ministry of ..."
    acting on its own is guessed so too, not one in an official's title ("Ministry of
    External Affairs spokesperson X" may be the other side's, as the story will tell)."""
    name = actor.name.lower()
    words = name.split()
    country = None
    if any(department in name for department in US_DEPARTMENTS) and state.actor("USA"):
        country = "USA"
    elif words[-1] in _STATE_BODIES and len(words) > 1 and set(words[:-1]) <= PORTFOLIOS:
        country = _opening_place(view, state) or state.lead_country()
    elif words[0] in _STATE_BODIES and words[1:2] == ["of"] and view.lower(end) not in SPOKES:
        # "the Ministry of Mines said": where the sentence opens, else the dateline's or
        # the story's state, but never the state the sentence names next ("The Ministry of
        # National Defense accused China": China is the other side)
        after = sorted(
            (m for m in view.mentions if m.start >= end and not m.locative),
            key=lambda m: m.start,
        )
        other = next((m.actor for m in after if not view.toks[m.start].quoted), None)
        guesses = (_opening_place(view, state), state.dateline, state.lead_country())
        country = next((c for c in guesses if c is not None and c != other), None)
    return replace(actor, country=country) if country else actor


def _opening_place(view: SentenceView, state: Discourse) -> str | None:
    """The country of the place a sentence opens in ("In Yerevan, ...", "At a briefing in
    Beijing, ...")."""
    comma = next((t.i for t in view.toks[:8] if t.lower == ","), None)
    if comma is None:
        return None
    opener = next(
        (
            m
            for m in view.mentions
            if m.end == comma
            and view.lower(m.start - 1) == "in"
            and all(view.lower(k) in _OPENING_WORDS or k >= m.start for k in range(comma))
        ),
        None,
    )
    return state.country_of(opener.actor) if opener else None


_NATIONAL_OFFICES = frozenset(["minister", "president", "premier", "chancellor"])
_SPEAKING = frozenset(["said", "says", "told", "reporters", "speaking", "added", "spoke"])
# A routine briefing in a capital, where a spokesperson is at home ("told a regular news
# briefing in Beijing", "said at a daily press briefing in Tehran"), not a visitor's news
# conference abroad.
_BRIEFING = frozenset(
    ["a", "at", "the", "regular", "daily", "weekly", "news", "press", "briefing", "conference",
     "on", "ministry", "'s", "its", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday"]
)  # fmt: skip


# What a side says of itself after its name in an official's words: "said Egypt stands
# fully with Somalia", "said Baku reserved the right to respond", "said Nairobi was ready".
_OWN_STANCE = frozenset(
    ["stands", "stood", "remains", "remained", "reserves", "reserved", "is", "was"]
)
_OWN_NEXT = frozenset(["ready", "prepared", "committed", "willing", "open"])


def _own_in_speech(view: SentenceView, state: Discourse, start: int, end: int) -> str | None:
    """The state an official's words speak of as 'we' would: the subject of what the
    official says, when a stand follows it ("said that Egypt 'stands fully with Somalia'",
    "said Baku reserved the right", '"Kenya is ready to talk," spokesman X said'); not a
    denial or a refusal, which is as often said of the other side ("said Russia has no
    interest in peace", '"Iran will never have the bomb"'), nor a deed told of another."""
    speech = [k for k in range(end, min(end + 3, len(view.toks))) if view.lower(k) in _SPEAKING]
    after_quote = view.toks[0].text == '"' and any(
        view.lower(k) == '"' for k in range(max(1, start - 3), start)
    )
    if after_quote:  # '"Kenya is ready to talk," government spokesman X said'
        window = [m for m in view.mentions if m.start < start and view.toks[m.start].quoted][:1]
    elif speech:  # "said (in Cairo) (that) Egypt ..."
        k = speech[0] + 1
        place = view.lower(k) == "in" and next((m for m in view.mentions if m.start == k + 1), None)
        k = place.end if place else k
        k += view.lower(k) == "that"
        k += view.lower(k) == '"'
        window = [m for m in view.mentions if m.start == k]
    else:
        return None
    for m in window:
        if state.kind(m.actor) is not ActorKind.COUNTRY or m.how not in ("name", "metonym"):
            continue
        words = [view.lower(j).strip('"') for j in range(m.end, min(m.end + 3, len(view.toks)))]
        words = [w for w in words if w]
        if not words:
            continue
        has = words[0] in ("has", "had", "would", "will")  # "would remain committed"
        then = words[1] if len(words) > 1 else ""
        # "Kenya is ready", not "Kenya is a partner" nor "Azerbaijan remains a threat"
        copula = words[0] in ("is", "was", "remains", "remained")
        stand = words[0] in _OWN_STANCE and (not copula or then in _OWN_NEXT)
        if (has and then in _OWN_NEXT) or stand:
            return state.country_of(m.actor)
    return None


def _said_in_place(view: SentenceView, state: Discourse, end: int) -> str | None:
    """The country of the place a spokesperson speaks in, right after the name ("spokesman X
    said in Minsk that ...", "told reporters in Beijing", "told a regular news briefing in
    Beijing"); a minister who "told reporters in
    Washington" may be visiting."""
    place = next(
        (
            m
            for m in view.mentions
            if 0 <= end < m.start <= end + 8
            and view.lower(m.start - 1) == "in"
            and _speaking_in(view, end, m.start - 1)
        ),
        None,
    )
    return state.country_of(place.actor) if place else None


def _speaking_in(view: SentenceView, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` only say where one spoke: "said", "told
    reporters", or a routine briefing ("told a regular news briefing")."""
    words = [view.lower(k) for k in range(start, end)]
    if all(w in _SPEAKING for w in words):
        return True
    routine = "regular" in words or "daily" in words or "weekly" in words
    return routine and all(w in _SPEAKING or w in _BRIEFING for w in words)


# Words of a phrase that places a sentence ("At a news briefing in Beijing,").
_OPENING_WORDS = frozenset(
    ["in", "at", "a", "an", "the", "news", "briefing", "conference", "statement", "speaking",
     "regular", "daily", "weekly", "press", "from", "later"]
)  # fmt: skip


def _seated_body(actor: Actor, view: SentenceView, state: Discourse, end: int) -> Actor:
    """A body found with no country: "the Foreign Ministry in Tallinn" (its mention ends at
    ``end``) is Estonia's, named as the story places it ("Foreign Ministry in Tallinn", so
    two states' ministries never show the same name); else see ``_body_home``."""
    seat = next((m for m in view.mentions if m.start == end + 1 and view.lower(end) == "in"), None)
    home = state.country_of(seat.actor) if seat is not None else None
    if seat is None or not home:
        return _body_home(actor, view, state, end)
    place = " ".join(view.toks[k].text for k in range(seat.start, seat.end))
    return replace(actor, name=f"{actor.name} in {place}", country=home)


def _with_home(
    actor: Actor, view: SentenceView, state: Discourse, cues: Cues, end: int = -1, start: int = -1
) -> Actor:
    """A state official or ministry found with no country takes the country the story names
    most; "the State Department" and its like are the United States'; "the Foreign Ministry
    in Tallinn" is where it sits (its mention ends at ``end``)."""
    if actor.kind is ActorKind.ORGANIZATION and not actor.country:
        return _seated_body(actor, view, state, end)
    if actor.kind is not ActorKind.PERSON or actor.country or not actor.role:
        return actor
    words = set(actor.role.lower().replace("-", " ").split())
    if not words & _STATE_OFFICES or words & cues["commentator_roles"]:
        return actor
    # "Foreign Ministry spokesman X said the EU mission ...": a state's ministry, no bloc's
    # (the word in the title, not a place before it: "Speaking at the ministry, NATO
    # spokeswoman X")
    ministry = "ministry" in words or any(
        view.lower(k) == "ministry" and "," not in {view.lower(j) for j in range(k, start)}
        for k in range(max(0, start - 2), max(start, end, 0))
    )
    if (
        {"secretary", "general"} <= words
        or {"director", "general"} <= words
        or any(
            state.kind(m.actor) is ActorKind.ORGANIZATION
            and not state.country_of(m.actor)
            # beside a minister's or president's name, not anywhere in his sentence; a
            # spokesman or commissioner is the body's wherever it is named
            and (start < 0 or not words & _NATIONAL_OFFICES or start - 4 <= m.start <= end + 4)
            and not ministry
            for m in view.mentions
        )
    ):
        return actor  # the UN's secretary-general, a spokesman beside an international body
    # ("Union Home Minister X" is India's; "farmers' union spokesman X" a union's own)
    titled = start > 0 and view.toks[start - 1].text[:1].isupper() and words <= _BARE_SPOKES
    body = state.resolve_named_body(view.index, [], view.lower(start - 1)) if titled else None
    if view.lower(start - 1) in _BODY_TITLES and body and not state.country_of(body):
        return actor  # "the European Commission said ... Commission spokesman X": its own
    # "In Yerevan, Defense Ministry spokeswoman X": the place the sentence opens in
    role = actor.role.lower()
    bare = words <= _BARE_SPOKES
    # "Deputy Assistant Secretary of State X", not Britain's "Secretary of State for Defence"
    american = "secretary of state" in role and "secretary of state for" not in role
    home = (
        ("USA" if american and "USA" in state.country_counts else None)
        or _opening_place(view, state)
        or (_said_in_place(view, state, end) if "spokes" in role else None)
        or _own_in_speech(view, state, start, end)
        or _whose_official(view, state, start)
        or _owned_title_before(view, state, cues, start)
        or (_last_subject(view, state, end) if _opens_sentence(view, start) else None)
        or _coordinated_subject(view, state, start)
        or (_body_before(view, state) if _opens_sentence(view, start) and bare else None)
    )
    summoned, host = _summoned_envoy(view, state, end)
    home = home or host  # "summoned Indonesia's ambassador in Hanoi": Vietnam's official
    guess = _dateline_guess(view, state) or state.main_country()
    guess = None if guess == summoned else guess  # no one summons his own state's envoy
    if home is None and guess:
        home = guess
        state.guessed.add(actor.id)  # only the story's country: a guess, see Discourse.guessed
    elif home is not None:
        state.guessed.discard(actor.id)  # "Turkish Interior Minister X" later: no guess
    return replace(actor, country=home) if home else actor


# Words of a title that name the body the official serves ("Commission spokesman").
_BODY_TITLES = frozenset(
    ["commission", "council", "secretariat", "bloc", "union", "alliance", "agency", "mission"]
)  # fmt: skip
_SUMMONS = frozenset(["summoned", "summons", "summon", "summoning"])
# A state's own diplomatic reaction, whose clause an official's may join with ", and".
_REACTIONS = frozenset(
    ["protested", "condemned", "rejected", "denounced", "criticised", "criticized", "objected",
     "complained", "deplored", "voiced", "expressed", "lodged", "filed"]
)  # fmt: skip
# Words between an official and "summoned" that make the summons someone else's.
_NOT_HIS_OWN = frozenset(["said", "says", "that", "told", "decision", "'s", "after"])
_ENVOY_NOUNS = frozenset(
    ["ambassador", "envoy", "charge", "chargé", "high", "diplomat", "diplomats", "consul"]
)  # fmt: skip


def _summoned_envoy(
    view: SentenceView, state: Discourse, end: int
) -> tuple[str | None, str | None]:
    """The state whose envoy an official summons after ``end`` ("summoned China's
    ambassador"), and the state of the capital the envoy serves in, where named
    ("summoned Indonesia's ambassador in Hanoi": the official is Vietnam's)."""
    verb = next((t.i for t in view.toks[end:] if t.lower in _SUMMONS), None)
    if verb is None or any(view.lower(k) in _NOT_HIS_OWN for k in range(end, verb)):
        return None, None  # "Spokeswoman X said Japan had summoned China's ambassador"
    owner = next((m for m in view.mentions if verb < m.start <= verb + 3), None)
    if owner is None:
        return None, None
    head = owner.end + (view.lower(owner.end) == "'s")
    if view.lower(head) not in _ENVOY_NOUNS:
        return None, None
    summoned = state.country_of(owner.actor) or owner.actor
    place = next(
        (
            m
            for m in view.mentions
            if m.start in (head + 2, head + 3)
            and view.lower(m.start - 1) == "in"
            and m.how in ("metonym", "name")  # a capital or a state, not a person or body
        ),
        None,
    )
    host = state.country_of(place.actor) if place is not None else None
    return summoned, host if host != summoned else None


def _coordinated_subject(view: SentenceView, state: Discourse, start: int) -> str | None:
    """The state whose clause opens the sentence when the official's clause is joined to it
    by "and": "Japan protested the decision, and Vice Foreign Minister X summoned ..."."""
    if view.lower(start - 1) != "and" or view.lower(start - 2) != ",":
        return None
    first = min(view.mentions, key=lambda m: m.start, default=None)
    if first is None or first.start != 0 or state.kind(first.actor) is not ActorKind.COUNTRY:
        return None
    if view.lower(first.end) not in _REACTIONS:
        return None  # "Russia launched 300 drones, and President X thanked Poland": Ukraine's
    # "China deployed ships, and Foreign Secretary X summoned the Chinese ambassador": X acts
    # on the state that opened the sentence, so is not its official
    later = {
        state.country_of(m.actor) or m.actor
        for m in view.mentions
        if m.start > start and m.how != "pronoun"
    }
    return None if first.actor in later else first.actor


def _dateline_guess(view: SentenceView, state: Discourse) -> str | None:
    """The dateline's state as an official's guessed home: only when the story names it
    beyond its dateline and the official's own sentence does not name it as another party
    ("LONDON - ... Foreign Minister X said Britain must return to talks" is no Briton)."""
    home = state.dateline
    if home is None or state.country_counts.get(home, 0) < 2:
        return None
    if any(state.country_of(m.actor) == home and not m.locative for m in view.mentions):
        return None  # (a place there, "told reporters in Tokyo", is where the official is)
    return home


def _opens_sentence(view: SentenceView, start: int) -> bool:
    """Whether a mention at ``start`` opens its sentence, or follows only the quotation the
    sentence opens with ('"...," Foreign Ministry spokesman X said')."""
    if start == 0:
        return True
    return view.toks[0].text == '"' and view.lower(start - 1) in (",", '"')


def _last_subject(view: SentenceView, state: Discourse, end: int) -> str | None:
    """The first country among the previous sentence's subjects that answered or backed
    someone there ("Iran rejected the accusation. Foreign Ministry spokesperson X said ..."),
    not one that acted against another ("Israel struck Iranian sites. Foreign Ministry
    spokesman X said" is the other side's)."""
    answered = state.answered.get(view.index - 1, set())
    # a side that only replied is not the official's when his own sentence names it ("Washington
    # responded within hours. Commerce Minister X accused the United States of bullying.")
    named = {
        state.country_of(m.actor)
        for m in view.mentions
        if m.start >= end
        and m.how != "pronoun"
        and not view.toks[m.start].quoted
        and view.lower(m.start - 1 - (view.lower(m.start - 1) == "the"))
        not in ("said", "says", "told", "added", "that")
    }  # (after the official's name, outside quotes and not what he says of his side:
    # '"France condemns ...," X said', 'X said the United States would impose tariffs')
    replied = state.replied.get(view.index - 1, set()) & named
    found = next(
        (
            seen.actor
            for seen in state.history
            if seen.sentence == view.index - 1
            and seen.subject
            and state.kind(seen.actor) is ActorKind.COUNTRY
            and seen.actor in answered - replied
        ),
        None,
    )
    if found is None and replied:  # "Tehran hit back. Foreign Secretary X accused Iran": the
        found = _replied_to(state, next(iter(replied)))  # side Tehran hit back at
    return found


def _replied_to(state: Discourse, replier: str) -> str | None:
    """The side whose hostile deed ``replier`` answered: the last to act against it."""
    for _, source, targets, _ in reversed(state.hostile):
        side = state.country_of(source) or source
        if side != replier and replier in {state.country_of(t) or t for t in targets}:
            return side
    return None


# The words of a spokesperson's title that name no body ("Spokeswoman X", "chief spokesman").
_BARE_SPOKES = frozenset(["spokesman", "spokeswoman", "spokesperson", "deputy", "chief"])


def _body_before(view: SentenceView, state: Discourse) -> str | None:
    """The country of the state body the previous sentence opens with: a spokesperson named
    with no body of their own speaks for it ("China's Commerce Ministry urged India to ...
    Spokeswoman X said Beijing would ..." is China's)."""
    first = next(
        (
            seen
            for seen in state.history
            if seen.sentence == view.index - 1
            and seen.subject
            and state.kind(seen.actor) is ActorKind.ORGANIZATION  # past a dateline's city
        ),
        None,
    )
    return state.country_of(first.actor) if first is not None else None


def _whose_official(view: SentenceView, state: Discourse, start: int) -> str | None:
    """'Indonesia, whose Foreign Minister X has offered ...': the official is that state's."""
    if start < 3 or view.lower(start - 1) != "whose" or view.lower(start - 2) != ",":
        return None
    m = next((m for m in view.mentions if m.end == start - 2), None)
    return state.country_of(m.actor) if m is not None else None


def _owned_title_before(view: SentenceView, state: Discourse, cues: Cues, start: int) -> str | None:
    """ "Tokyo's top government spokesman, Chief Cabinet Secretary X": the owner of the role
    the name is in apposition to."""
    if view.lower(start - 1) != ",":
        return None
    for k in range(start - 2, max(start - 7, 0), -1):
        if view.lower(k) in (",", ".", ";", ":"):
            return None
        if view.lower(k) in cues["role_nouns"]:
            near = [m for m in view.mentions if k - 5 <= m.end <= k]
            owner = max(near, key=lambda m: m.end) if near else None  # the nearest
            if owner is None:
                return None
            # "Tokyo's top spokesman, X", "its spokesman, X", "A State Department
            # spokesperson, X"
            owned = view.lower(owner.end) == "'s" or owner.how == "pronoun"
            titled = owner.end == k and owner.how == "body"
            return state.country_of(owner.actor) if owned or titled else None
    return None


# People of a country who act against or apart from its state: "Iraqi Kurds" are Iraq's, but
# "Rwandan rebels" or "protesters in Zimbabwe" are not Rwanda or Zimbabwe.
_NON_STATE = {
    "rebels": "rebels",
    "insurgents": "rebels",
    "guerrillas": "rebels",
    "guerillas": "rebels",
    "opposition": "opposition",
    "protesters": "protesters",
    "protestors": "protesters",
    "demonstrators": "protesters",
    "activists": "activists",
    "dissidents": "activists",
}


# Verbs of street protest: a country's people doing them are protesters ("Thousands of Iraqi
# Kurds demonstrated"), not their state.
_TAKE_TO_THE_STREETS = frozenset(
    ["demonstrated", "demonstrate", "demonstrating", "rioted", "riot", "rioting", "marched",
     "march", "marching", "protested", "protest", "protesting"]
)  # fmt: skip


def _dissidents(view: SentenceView, state: Discourse) -> None:
    """'Rwandan rebels', 'opposition groups in Zimbabwe', 'Iranian protesters', 'thousands of
    Iraqi Kurds demonstrated': a group of its own, tied to the country (so it can oppose that
    country's state), not the state."""
    for i, m in enumerate(view.mentions):
        if state.kind(m.actor) is not ActorKind.COUNTRY:
            continue
        words = [view.lower(k) for k in range(m.start, m.end)]
        end = m.end
        if m.end < len(view.toks) and view.lower(m.end) in ("groups", "parties", "party"):
            words.append(view.lower(m.end))
        elif m.how == "demonym" and view.lower(m.end) in ("opposition", "rebel"):
            # "Ugandan opposition candidates", "Syrian rebel groups"
            words.append("rebels" if view.lower(m.end) == "rebel" else "opposition")
            end = m.end + 1
            if view.lower(end).endswith("s") and view.toks[end].text.isalpha():
                end += 1
        kind = next((_NON_STATE[w] for w in words if w in _NON_STATE), None)
        if m.how not in ("group", "demonym"):
            continue
        if kind is None:
            crowd = m.plural or view.lower(m.end).endswith("s")  # "Iraqi Kurds", "Egyptians"
            following = {view.lower(m.end), view.lower(m.end + 1)}
            # a crowd marching against, or in, another state is its country's public
            abroad = any(
                x.start > m.start and state.country_of(x.actor) != m.actor for x in view.mentions
            )
            street = crowd and not abroad and following & _TAKE_TO_THE_STREETS
            kind = "protesters" if street else None
        if kind is None:
            continue
        country = state.actor(m.actor)
        actor_id = f"{m.actor.lower()}-{kind}"
        if state.actor(actor_id) is None:
            name = f"{kind.capitalize()} in {country.name if country else m.actor}"
            state.add_actor(Actor(actor_id, name, ActorKind.GROUP, country=m.actor), [])
        view.mentions[i] = Mention(m.start, end, actor_id, "group", plural=True)


# A state's armed forces, as an actor of their own inside their country's politics.
_MILITARY_NOUNS = frozenset(["military", "army"])


# Fighters named by whom they serve: "forces loyal to the Government of National Unity",
# "militias allied with the army" act for that side.
_FORCES = frozenset(
    ["forces", "troops", "fighters", "militias", "militiamen", "soldiers", "units", "gunmen",
     "militants", "factions", "paramilitaries"]
)  # fmt: skip
_LOYAL = frozenset(["loyal", "allied", "aligned"])


def _loyal_forces(view: SentenceView) -> None:
    """'forces loyal to the Tripoli-based Government of National Unity advanced': the forces
    are the side they serve, one mention from the noun to the name (not "M23 fighters
    allied with Rwanda", who are M23's)."""
    for m in list(view.mentions):
        j = m.start
        j -= view.lower(j - 1) == "the"
        if view.lower(j - 1) == "based" and view.lower(j - 2) == "-":
            j -= 3  # "the Tripoli-based"
            j -= view.lower(j - 1) == "the"
        start = j - 3
        if not (
            view.lower(j - 1) in ("to", "with")
            and view.lower(j - 2) in _LOYAL
            and view.lower(start) in _FORCES
            and not any(x.end == start for x in view.mentions)
        ):
            continue
        view.mentions = [x for x in view.mentions if not (start <= x.start < m.start)]
        view.mentions[view.mentions.index(m)] = replace(m, start=start, how="group", plural=True)


def _militaries(view: SentenceView, state: Discourse) -> None:
    """'The military removed Bashir', 'the Myanmar military': the armed forces of the state
    the story is about act in its politics as an actor of their own (they serve that
    country); another country's forces stay that country ("Kenyan troops")."""
    # the story's country: named most so far, else named first
    home = state.main_country() or next(
        (m.actor for m in view.mentions if state.kind(m.actor) is ActorKind.COUNTRY), None
    )
    taken = {i for m in view.mentions for i in range(m.start, m.end)}
    for i, m in enumerate(view.mentions):
        nxt = view.lower(m.end)
        if (
            m.how == "group"
            and m.actor == home
            and view.lower(m.end - 1) in _MILITARY_NOUNS
            and not (nxt.isalpha() and nxt not in _AFTER_HEAD)
        ):
            name = f"{view.toks[m.start].text} {view.lower(m.end - 1)}"
            view.mentions[i] = replace(m, actor=_military(state, m.actor, name), plural=False)
        elif (
            m.actor == home
            and m.how == "name"
            and nxt == "'s"
            and view.lower(m.end + 1) in _MILITARY_NOUNS
            and not (view.lower(m.end + 2).isalpha() and view.lower(m.end + 2) not in _AFTER_HEAD)
        ):
            # "Sudan's army agreed to a truce": the forces, not the state
            name = f"{view.toks[m.start].text}'s {view.lower(m.end + 1)}"
            forces = _military(state, m.actor, name)
            view.mentions[i] = Mention(m.start, m.end + 2, forces, "body")
            taken.update((m.end, m.end + 1))
    for tok in view.toks:
        if (
            tok.i in taken
            or tok.lower not in _MILITARY_NOUNS
            or tok.text != tok.lower  # "the Army Corps": a name
            or view.lower(tok.i - 1) != "the"
            or (tok.i - 1) in taken
        ):
            continue
        nxt = view.lower(tok.i + 1)
        if nxt.isalpha() and nxt not in _AFTER_HEAD:
            continue  # "the army base", "the military drills": a modifier, not the forces
        possessive = nxt == "'s"
        actor = state.registry.get(f"the {tok.lower}") or (home and _military(state, home, None))
        if not actor:
            continue
        view.mentions.append(Mention(tok.i - 1, tok.i + 1, actor, "body", possessive=possessive))


# Words that may follow the forces as a head noun ("the army said", "the military in").
_AFTER_HEAD = frozenset(
    ["has", "had", "have", "is", "was", "were", "will", "would", "could", "may", "might",
     "said", "says", "and", "or", "in", "of", "on", "to", "for", "with", "from", "that",
     "which", "who", "also", "then", "still", "now", "later", "again", "continues", "took",
     "removed", "seized", "launched", "denied", "accused", "killed", "arrested", "ousted"]
)  # fmt: skip


def _military(state: Discourse, country: str, named: str | None) -> str:
    """The id of a country's armed forces, registered on first use under the words that
    first named them ("Sudan's army", "the Nigerian military")."""
    found = state.actor(country)
    country_name = found.name if found else country
    actor_id = slugify(f"{country_name} military")
    if state.actor(actor_id) is None:
        name = named or f"{country_name} military"
        later = [f"the {noun}" for noun in _MILITARY_NOUNS]  # "the army" from now on
        state.add_actor(Actor(actor_id, name, ActorKind.ORGANIZATION, country=country), later)
    return actor_id


def _international_owner(view: SentenceView, state: Discourse, item: Found) -> Mention | None:
    """The owner that a body after its possessive stands for: an international
    organisation ("the OAS's Permanent Council", "the bloc's executive committee", a body
    found with no country), or a breakaway region or armed group ("Transnistria's Ministry
    of State Security" acts for Transnistria, not for Moldova)."""
    if item.actor.kind is not ActorKind.ORGANIZATION:
        return None
    start = item.mention.start
    for m in view.mentions:
        # the owner's name begins the body's ("Transnistria's Ministry") or ends before it
        if not (m.start == start and view.lower(m.end) in ("'s", "'")) and not (
            m.end == start - 1 and view.lower(start - 1) in ("'s", "'")
        ):
            continue
        kind = state.kind(m.actor)
        if kind is ActorKind.GROUP or (
            m.end == start - 1
            and not item.actor.country
            and kind is ActorKind.ORGANIZATION
            and state.country_of(m.actor) is None
        ):
            return m
    return None


def _former_officers(view: SentenceView, state: Discourse, cues: Cues) -> None:
    """'Former NATO chief', 'an ex-UN envoy': someone who no longer serves a body does not
    speak for it (a former official of a country stays its national, so countries stay);
    'a Somalia-based group' names a place, not an actor."""
    for m in list(view.mentions):
        if view.lower(m.end) == "-" and view.lower(m.end + 1) == "based":
            view.mentions.remove(m)  # "Somalia-based al-Shabab": where, not who
            continue
        before = view.lower(m.start - 1)
        if (
            before in ("former", "ex", "-")
            and (before != "-" or view.lower(m.start - 2) == "ex")
            and cues["role_nouns"].intersection((view.lower(m.end), view.lower(m.end - 1)))
            and state.kind(m.actor) not in (ActorKind.COUNTRY, ActorKind.PERSON)
        ):
            view.mentions.remove(m)


def _body_said_it(view: SentenceView, state: Discourse) -> None:
    """'The Foreign Ministry said it had declared ...', "Egypt's Foreign Ministry said it
    welcomed the effort": 'it' after a body's speech verb is that body, also where it was read
    as the body's own state (bodies are found after 'it' was first resolved)."""
    ends = {m.end: m for m in view.mentions}
    first = min(view.mentions, key=lambda m: m.start, default=None)
    for i, m in enumerate(view.mentions):
        speaker = ends.get(m.start - 1)
        if speaker is None and view.lower(m.start - 2) == "and" and first is not None:
            # "The ministry condemned ... and said it": the clause's subject
            speaker = first if first.start == 0 else None
        if (
            m.how == "pronoun"
            and view.lower(m.start) == "it"
            and view.lower(m.start - 1) in _SAYING
            and speaker is not None
            and speaker.how in ("body", "description")  # "The ministry said it had ..."
            and not speaker.plural
            # "the ministry said it would be printed": the thing it spoke of, not itself
            and not {view.lower(m.end + k) for k in range(3)} & {"be", "been", "being"}
        ):
            view.mentions[i] = replace(m, actor=speaker.actor)
        elif m.how == "pronoun" and view.lower(m.start) == "it":
            # "The Alliance of Sahel States, which groups Niger with Mali, said it": the body
            # before the aside (found after "it" was first read as a state inside it)
            body = _speaker_past_aside(view, m.start, state)
            if body is not None and state.kind(body) is ActorKind.ORGANIZATION:
                view.mentions[i] = replace(m, actor=body)


def find_mentions(
    view: SentenceView,
    spans: list[tuple[int, int]],
    index: GazetteerIndex,
    state: Discourse,
    cues: Cues,
    verbs: frozenset[str],
) -> None:
    """Fill ``view.mentions``; register new people and bodies in ``state``.

    ``spans`` are the gazetteer's candidate matches in this sentence (token indices).
    """
    view.mentions = index.find(view.toks, spans, state.country_counts)
    find_places(view, cues, load_places(), lambda actor: state.actor(actor) is not None)
    _groups(view, cues)
    branches(view, state)
    _seats(view, state, verbs)
    named_groups(view, state)
    _pronouns(view, THING_PRONOUNS | PLURAL_PRONOUNS, state, cues, verbs)
    found = find_people(
        view.toks,
        view.mentions,
        cues,
        verbs,
        country=state.country_of,
        name_of=lambda aid: state.actor(aid).name if state.actor(aid) else aid,  # type: ignore[union-attr]
        known=state.named,
    )
    for item in found:
        mention = item.mention if isinstance(item, Found) else item
        organisation = _international_owner(view, state, item) if isinstance(item, Found) else None
        if organisation is not None:
            # "the Organization of American States' Permanent Council": the organisation
            view.mentions.remove(organisation)
            view.mentions.append(replace(organisation, end=mention.end, how="body"))
            continue
        if isinstance(item, Found):
            lo, hi = item.absorbed
            # a body cut through by a person's title is part of the title ("Kenya's foreign
            # affairs cabinet secretary, Esther Chelangat": no cabinet acts; she serves Kenya)
            cut = [
                m
                for m in view.mentions
                if m.how == "body" and item.actor.kind is ActorKind.PERSON and m.start < lo < m.end
            ]
            actor = item.actor
            if cut and not actor.country:
                actor = replace(actor, country=state.country_of(cut[0].actor))
            home = _with_home(actor, view, state, cues, item.mention.end, item.mention.start)
            state.add_actor(home, item.surfaces)
            state.add_given(actor.id, item.given)
            # "North Korean leader Kim Jong Un", "her South Korean counterpart, Han Seo-yeon":
            # the group read from the title is the person
            for m in view.mentions:
                # "Qatari Minister of State X": the title began in the group's mention
                titled = (
                    m.end == lo - 1
                    and view.lower(lo - 1) == "of"
                    and view.lower(m.end - 1) in cues["role_nouns"]
                )
                if m.how == "group" and (m.start < lo < m.end <= hi or titled):
                    lo = m.start
                    owner = view.lower(lo - 1) in ("his", "her", "its", "their")
                    lo -= owner  # "her ... counterpart": the counterpart, not her
                    mention = replace(mention, start=lo)
            view.mentions = [
                m for m in view.mentions if not (lo <= m.start and m.end <= hi) and m not in cut
            ]
        view.mentions.append(mention)
    view.mentions.sort(key=lambda m: m.start)
    nicknames(view, state)
    _administrations(view, state)
    _former_officers(view, state, cues)
    _dissidents(view, state)
    _militaries(view, state)
    _loyal_forces(view)
    _acronyms(view, state)
    _koreas(view, state)
    _pronouns(view, PERSON_PRONOUNS, state, cues, verbs)
    _referring(view, state, cues, verbs)


def _referring(view: SentenceView, state: Discourse, cues: Cues, verbs: frozenset[str]) -> None:
    """The mentions that refer back to actors named before: "the embassy", "a ministry
    official", "the bloc", "it" after a body's speech verb, "both sides", "the two"."""
    _missions(view, state)
    _body_officials(view, state, cues, verbs)
    _descriptions(view, state, cues, verbs)
    view.mentions.sort(key=lambda m: m.start)
    _body_said_it(view, state)
    _coordinated(view, state, cues)
    _pairs(view, state, cues, verbs)
    _pairs_forces(view)
    view.mentions.sort(key=lambda m: m.start)
    _pair_pronouns(view)
