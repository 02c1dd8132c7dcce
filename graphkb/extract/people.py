"""People and bodies named in the text but absent from the gazetteer.

A run of capitalised words is a person when a role licenses it: a title inside the run
("Defence Minister Khawaja Asif"), a role before it ("security expert Jane Roe"; "its
spokesperson, Jane Roe"), an appositive after it ("Jane Roe, a deputy adviser in Paris,"), or,
for two words or more, a verb right after it ("Jane Roe said"), an owner before a name that
ends its clause ("the Project's Jane Roe."), or an entry in the office-holder tables
(:func:`officials`: "Putin met Xi Jinping"). A run ending in a body word
(Ministry, Council, Complex...) is a body. The country an actor serves comes from the role's
possessor or demonym ("Pakistan's", "Pakistani") or a place or actor in the appositive.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from graphkb.extract.cues import Cues
from graphkb.extract.gazindex import title_case
from graphkb.extract.inflect import forms_of, participles_of
from graphkb.extract.tokens import FUNCTION_WORDS, Mention, Tok
from graphkb.model import Actor, ActorKind, data_dir, slugify

__all__ = ["Found", "find_people"]

_PARTICLES = frozenset(
    [
        "bin",
        "ibn",
        "al",
        "el",
        "de",
        "da",
        "del",
        "van",
        "von",
        "la",
        "le",
        "du",
        "der",
        "ben",
        "abu",
    ]
)
_DETERMINERS = frozenset(["a", "an", "the", "its", "his", "her", "their", "our"])
_MAX_ROLE = 8


@dataclass
class Found:
    """A person or body found in a sentence, and the gazetteer mentions its description used."""

    mention: Mention
    actor: Actor
    absorbed: tuple[int, int]
    surfaces: list[str]
    # a person's first name, a later name only where no surname is one ("Lin", "Dawit")
    given: tuple[str, ...] = ()


class _Context:
    """What the recogniser needs from the rest of the sentence."""

    def __init__(
        self,
        toks: list[Tok],
        mentions: list[Mention],
        cues: Cues,
        country: Callable[[str], str | None],
        name_of: Callable[[str], str],
    ) -> None:
        self.toks = toks
        self.mentions = mentions
        self.cues = cues
        self.country = country
        self.name_of = name_of
        self.role_words = cues["role_nouns"] | cues["role_modifiers"]
        self.verbs: frozenset[str] = frozenset()

    def mention_ending(self, end: int) -> Mention | None:
        return next((m for m in self.mentions if m.end == end), None)

    def country_covering(self, i: int) -> str | None:
        """The country of a mention that takes in token ``i`` ("French President", which the
        gazetteer reads as France, before "Emmanuel Macron")."""
        for m in self.mentions:
            if m.start <= i < m.end:
                return self.country(m.actor)
        return None

    def served_in(self, start: int, end: int) -> str | None:
        """The state whose body the phrase after a role names: "(a spokesman) for South
        Africa's foreign ministry", "for the South African Department of ..."; not "for the
        dialogue between Belgrade and Pristina" (the first actor must own the body)."""
        first = min((m for m in self.mentions if start <= m.start and m.end <= end),
                    key=lambda m: m.start, default=None)  # fmt: skip
        if first is None:
            return None
        owns = first.end < len(self.toks) and self.toks[first.end].lower == "'s"
        return self.country(first.actor) if owns or first.how in ("body", "demonym") else None

    def home_in(self, start: int, end: int) -> str | None:
        """The country a person's title or description gives them: not the one their post
        points to ("the special envoy for North Korea", "ambassador to China") or their field
        ("a North Korean expert")."""
        for m in self.mentions:
            if not (start <= m.start and m.end <= end):
                continue
            before = self.toks[m.start - 1].lower
            # "envoy for North Korea"; not "adviser to Iran's supreme leader" or "a spokesman
            # for Brazil's foreign ministry" (a body he works for)
            owned = m.how == "body" or (m.end < len(self.toks) and self.toks[m.end].lower == "'s")
            if before in _POINTING and m.start > start and not owned:
                continue
            if before == "in" and self.toks[m.start - 2].lower in _POSTED and not owned:
                continue  # "the agency's representative in Egypt": where the post is
            if m.end < len(self.toks) and self.toks[m.end].lower in _FIELD_NOUNS:
                continue
            found = self.country(m.actor)
            if found:
                return found
        return None

    def countries_in(self, start: int, end: int) -> str | None:
        for m in self.mentions:
            if start <= m.start and m.end <= end:
                found = self.country(m.actor)
                if found:
                    return found
        return None


# Words before a country in a title that say where a post points, not whose it is.
_POINTING = frozenset(["for", "to", "on", "toward", "towards", "against", "with"])
# Posts held in another state ("representative in Egypt", "ambassador in Washington").
_POSTED = frozenset(
    ["representative", "ambassador", "envoy", "correspondent", "coordinator", "delegate",
     "consul", "attache"]
)  # fmt: skip
# Nouns of expertise: "a North Korean expert" studies North Korea.
_FIELD_NOUNS = frozenset(["expert", "experts", "specialist", "specialists", "watcher", "watchers"])

# Capitalised words that are never part of a name: days and months ("On Wednesday, French
# President Emmanuel Macron" read "Wednesday" as the start of a name).
_CALENDAR = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "june", "july", "august", "september", "october",
     "november", "december"]
)  # fmt: skip


# Words that open a sentence and so come capitalised, but never in a name: in a subheading
# run into the text ("Reaction from President Moise Shortly before the press conference")
# they would join the name before them.
_OPENERS = frozenset(
    ["shortly", "meanwhile", "earlier", "later", "recently", "separately", "previously",
     "subsequently", "currently", "finally", "initially", "eventually", "ultimately",
     "similarly", "notably", "additionally", "instead", "afterward", "afterwards", "since",
     # and prepositions, which a title-case headline capitalises ("Envoy Over Deadly Strikes")
     "over", "amid", "after", "despite", "ahead", "against", "following", "before", "during"]
)  # fmt: skip


def _name_like(tok: Tok) -> bool:
    bare = tok.text.replace("-", "").replace("'", "")
    return (
        tok.cap
        and bare.isalpha()
        and tok.lower not in FUNCTION_WORDS
        and tok.lower not in _CALENDAR
        and tok.lower not in _OPENERS
    )


# Second halves of a compound modifier after a place or a body ("Banja Luka-based").
_COMPOUND_TAILS = frozenset(
    ["based", "led", "backed", "born", "owned", "run", "controlled", "held", "made", "funded",
     "allied", "linked", "aligned", "brokered", "sponsored", "organized", "organised"]
)  # fmt: skip


def _runs(ctx: _Context) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words outside gazetteer mentions."""
    covered = {i for m in ctx.mentions for i in range(m.start, m.end)}
    runs: list[tuple[int, int]] = []
    i, n = 0, len(ctx.toks)
    while i < n:
        if i in covered or not _name_like(ctx.toks[i]):
            i += 1
            continue
        j = i + 1
        while j < n and j not in covered:
            tok = ctx.toks[j]
            joins = tok.lower in _PARTICLES or tok.text == "-" or tok.lower == "of"
            glued = (
                tok.text == "-"
                and j + 1 < n
                and ctx.toks[j + 1].start == tok.end
                and ctx.toks[j + 1].text.isalpha()
                and ctx.toks[j + 1].lower not in _COMPOUND_TAILS
            )  # "Lin Chia-hao", not "Banja Luka-based"
            particle_glued = (
                tok.lower in _PARTICLES
                and j + 2 < n
                and ctx.toks[j + 1].text == "-"
                and _name_like(ctx.toks[j + 2])
            )  # "Omar al-Bashir"
            if glued:
                j += 2
            elif particle_glued:
                j += 3
            elif tok.lower == "and" and _body_name_after(ctx, j + 1, covered):
                j += 1  # "the National Intelligence and Security Agency"
            elif step := _fields_of_body(ctx, i, j, covered) or _complement(ctx, i, j, covered):
                j = step  # "the Ministry of Oceans and Fisheries", "Working Group on ..."
            elif _name_like(tok) or (joins and _name_after_particles(ctx, j + 1)):
                j += 1
            else:
                break
        j = _run_tail(ctx, i, j, covered)
        for k in range(i + 2, j):  # "Twenty-year-old Bilai Abdi": the age is no name
            if ctx.toks[k].lower == "old" and ctx.toks[k - 1].text == "-" and k + 1 < j:
                i = k + 1
        runs.append((i, j))
        i = j
    return runs


def _complement(ctx: _Context, i: int, j: int, covered: set[int]) -> int | None:
    """Where a body's name ``i``..``j`` goes on past a link after its head ("Working Group on
    Arbitrary Detention", "Committee for the Protection") or a "the" inside its complement
    ("International Fund for Saving the Aral Sea"); None where it does not."""
    tok = ctx.toks[j]
    heads = ctx.cues["body_heads"]
    if tok.lower in ("on", "for") and ctx.toks[j - 1].lower in heads:
        if _body_name_rest(ctx, j + 1, covered):
            return j + 1 + (ctx.toks[j + 1].lower == "the")
    elif tok.lower == "the" and ctx.toks[j - 1].lower.endswith("ing"):
        # ("the Committee on Armed Services the General ...": no complement goes on)
        on = _body_of(ctx, i, j, ("of", "for", "on")) and _body_name_rest(ctx, j, covered)
        return j + 1 if on else None
    return None


def _fields_of_body(ctx: _Context, i: int, j: int, covered: set[int]) -> int | None:
    """Where a body's name ``i``..``j`` goes on past its "of" complement's list of fields:
    "the Ministry of Oceans and Fisheries", "the Ministry of Development, Industry and
    Trade"; None where it does not."""
    tok = ctx.toks[j]
    if tok.lower == "and" and j + 1 < len(ctx.toks) and j + 1 not in covered:
        return j + 1 if _name_like(ctx.toks[j + 1]) and _body_of(ctx, i, j) else None
    if tok.text == "," and _body_of(ctx, i, j):
        return _listed_fields(ctx, j, covered)
    return None


def _listed_fields(ctx: _Context, comma: int, covered: set[int]) -> int | None:
    """Where a list of capitalised fields that a comma at ``comma`` opens ends, when it ends
    with "and" and one more ("of Development, Industry and Trade"); None otherwise."""
    k = comma
    for _ in range(4):
        if ctx.toks[k].text not in (",", "and") or k + 1 >= len(ctx.toks):
            return None
        closing = ctx.toks[k].lower == "and"
        field = ctx.toks[k + 1].lower
        if field not in _FIELD_WORDS | _PORTFOLIO_WORDS | _MORE_FIELDS or (k + 1) in covered:
            return None  # "Iran's Ministry of Intelligence, Hamas and Hezbollah": a list
        k += 2
        if closing:
            return k
        if (
            k < len(ctx.toks)
            and ctx.toks[k].text == ","
            and ctx.toks[k + 1 : k + 2]
            and (ctx.toks[k + 1].lower == "and")
        ):
            k += 1  # a serial comma: "Development, Industry, and Trade"
    return None


def _run_tail(ctx: _Context, i: int, j: int, covered: set[int]) -> int:
    """Where a run ``i``..``j`` ends, taking in a known name that completes it."""
    if j in covered and _surname_country(ctx, j - 1, j):
        return j + 1  # "Foreign Secretary Lucia Montenegro": a surname that names a country
    if (
        j in covered
        and ctx.toks[j - 1].lower == "of"
        and any(ctx.toks[k].lower in ctx.cues["body_heads"] for k in range(i, j))
    ):
        # "the Democratic Forces for the Liberation of Rwanda": the country ends the name;
        # "the Democratic Party of Iranian Kurdistan", "the National Union of Ivorian Road
        # Hauliers": a demonym goes on into the name's last words
        m = next((m for m in ctx.mentions if m.start == j), None)
        if m is None:
            return j
        k = m.end  # (not "... of Indian Industry President Sanjiv Puri": a title ends it)
        while m.how == "demonym" and k < len(ctx.toks) and k not in covered:
            if not _name_like(ctx.toks[k]) or ctx.toks[k].lower in ctx.role_words:
                break
            k += 1
        return k
    return j


def _name_after_particles(ctx: _Context, k: int) -> bool:
    """Whether a name word follows from ``k``, past more particles ("von der Leyen")."""
    while k < len(ctx.toks) and ctx.toks[k].lower in _PARTICLES:
        k += 1
    return k < len(ctx.toks) and _name_like(ctx.toks[k])


def _body_name_rest(ctx: _Context, k: int, covered: set[int]) -> bool:
    """Whether a name word follows from ``k`` past a "the" ("Committee for the
    Protection of Journalists"), outside ``covered``."""
    k += k < len(ctx.toks) and ctx.toks[k].lower == "the"
    return k < len(ctx.toks) and k not in covered and _name_like(ctx.toks[k])


def _body_of(ctx: _Context, start: int, end: int, links: tuple[str, ...] = ("of",)) -> bool:
    """Whether the run from ``start`` to ``end`` is a body's head and its 'of' complement
    ("Ministry of Oceans"), which 'and' may extend; with ``links``, also 'for' or 'on'."""
    words = [t.lower for t in ctx.toks[start:end]]
    return any(
        w in links and k > 0 and words[k - 1] in ctx.cues["body_heads"] for k, w in enumerate(words)
    )


def _body_name_after(ctx: _Context, k: int, covered: set[int]) -> bool:
    """Whether the capitalised words from ``k`` (none in ``covered``) end a body's name
    ("Security Agency")."""
    start = k
    while k < len(ctx.toks) and k not in covered and _name_like(ctx.toks[k]):
        k += 1
    return k > start and ctx.toks[k - 1].lower in ctx.cues["body_heads"]


def _surname_country(ctx: _Context, i: int, j: int) -> bool:
    """Whether the one-word country name at ``j`` is the surname of the given name at
    ``i``, which a title introduces."""
    m = next((m for m in ctx.mentions if m.start == j), None)
    return (
        m is not None
        and m.end == j + 1
        and m.how == "name"
        and i > 0
        and _name_like(ctx.toks[i])
        and ctx.toks[i].lower not in ctx.role_words
        and (
            ctx.toks[i - 1].lower.rstrip(".") in ctx.role_words
            # "Mexico's Foreign Secretary, Lucia Montenegro, rejected ..."
            or (ctx.toks[i - 1].text == "," and ctx.toks[i - 2].lower in ctx.role_words)
        )
        and j + 1 < len(ctx.toks)
        and ctx.toks[j + 1].text not in ("'s", "-")
    )


def _owner_before(ctx: _Context, start: int) -> tuple[str | None, int]:
    """The country of a possessor or demonym just before ``start``, and where it begins."""
    i = start
    while (
        i > 1
        and start - i < 2
        and ctx.toks[i - 1].text.isalpha()
        and ctx.toks[i - 1].text.islower()
        and ctx.toks[i - 1].lower not in FUNCTION_WORDS  # "Ukrainian officials as President X"
        and (
            ctx.toks[i - 1].lower not in ctx.verbs  # "Zimbabwe detained journalist X"
            or (ctx.toks[i - 1].lower.endswith("ing") and ctx.toks[i - 2].lower == "'s")
        )  # "Jordan's visiting King Abdullah II"
    ):
        if ctx.toks[i - 2].lower != "'s" and not ctx.mention_ending(i - 1):
            break
        i -= 1  # "Ethiopia's water minister": past the modifier to the owner
    if i > 0 and ctx.toks[i - 1].lower == "the":
        i -= 1
    if i > 0 and ctx.toks[i - 1].lower == "'s":
        owner = ctx.mention_ending(i - 1)
        if owner is None and i > 2 and ctx.toks[i - 2].text.istitle():
            owner = ctx.mention_ending(i - 2)  # "the African Union Commission's chairperson"
        if owner:
            return ctx.country(owner.actor), owner.start
        k = i - 2  # "The group's spokesman, X": the unnamed owner opens the phrase
        if k >= 0 and ctx.toks[k].text.isalpha() and ctx.toks[k].text.islower():
            k -= 1 if k > 0 and ctx.toks[k - 1].lower in ("the", "its", "their") else 0
            return None, k
    owner = ctx.mention_ending(i)
    if owner:
        return ctx.country(owner.actor), owner.start
    return None, start


# Words in the name of an armed or insurgent group ("Azawad Liberation Front"): a group of
# its own, not an organisation ("the rebels" may mean it later). Not "front", "movement" or
# "resistance" alone: parties bear them ("National Resistance Movement").
_ARMED_NAME_WORDS = frozenset(
    ["liberation", "brigade", "brigades", "militia", "militias", "jihad", "mujahideen",
     "insurgents", "rebels"]
)  # fmt: skip


def _body(ctx: _Context, start: int, end: int) -> Found | None:
    words = [t.text for t in ctx.toks[start:end]]
    heads = [
        h
        for h in range(min(len(words) - 2, 3))
        if words[h].lower() in ctx.cues["body_heads"] and words[h + 1] in ("of", "on", "for")
    ]
    head_first = bool(heads) and (
        start == 0 or ctx.toks[start - 1].text != "("  # "INL (Bureau of ...)" spells out
    )  # "the Department of Homeland Security", "the Working Group on Arbitrary Detention"
    if words[-1].lower() not in ctx.cues["body_heads"] and not head_first:
        return None
    country, begin = _owner_before(ctx, start)
    if (len(words) == 1 and not country) or (country and words[-1].lower() == "embassy"):
        return None  # "the U.S. Embassy said": the United States speaking
    # "the Ministry of Defence of Pakistan": the country the name ends with
    country = country or (ctx.countries_in(start, end) if head_first else None)
    name = " ".join(words).replace(" - ", "-")
    if not head_first and words[-1].lower() in _COMPANY_HEADS:
        owner = ctx.mention_ending(start)
        glued = owner is not None and owner.how == "name" and owner.start == begin
        if len(words) > 1 or glued:  # "Israel Aerospace Industries", "Qatar Petroleum"
            return _company(ctx, (begin if glued else start, end), begin, country, glued)
    if country:
        # "Somalia's National Intelligence and Security Agency" is the agency's name without
        # its owner; "Chile's Foreign Ministry", "U.S. State Department" and "Sudanese Armed
        # Forces" keep theirs (a short name is no name alone); "Its Energy Secretariat" is
        # Argentina's, named by the owner the pronoun stands for
        own = (
            start
            if ctx.toks[start - 1].lower == "'s" and len(words) >= 5 and words[0] != "Ministry"
            else begin
        )  # ("South Korea's Ministry of Oceans and Fisheries" keeps its owner: a ministry's
        # formal name says whose it is)
        written = _as_written(ctx.toks[own:end])
        if ctx.toks[own].lower in ("its", "their"):
            held = ctx.name_of(country)
            held += "'" if held.endswith("s") else "'s"  # "the Philippines'"
            written = f"{held} {_as_written(ctx.toks[own + 1 : end])}"
        actor = Actor(
            f"{country.lower()}-{slugify(name)}", written, ActorKind.ORGANIZATION, country=country
        )
    else:
        parent = ctx.mention_ending(start)  # "the United Nations Working Group on ..."
        if parent is not None and parent.how == "name" and ctx.country(parent.actor) is None:
            begin = parent.start
            name = _as_written(ctx.toks[begin:end])
        armed = {w.lower() for w in words} & _ARMED_NAME_WORDS
        actor = Actor(slugify(name), name, ActorKind.GROUP if armed else ActorKind.ORGANIZATION)
    head = words[heads[0]] if head_first else words[-1]
    surfaces = [name, f"the {head}", head]
    return Found(Mention(begin, end, actor.id, "body"), actor, (begin, end), surfaces)


# Last words of a company's name ("Sierra Plata Resources", "Harwick Energy"); "group",
# "bank" and "services" also end the names of armed groups and state bodies.
_COMPANY_HEADS = frozenset(
    ["corporation", "company", "inc", "ltd", "industries", "systems", "dynamics", "technologies",
     "holdings", "trading", "airlines", "petroleum", "aerospace", "shipping", "motors",
     "electronics", "telecom", "logistics", "enterprises", "resources", "energy", "mining",
     "minerals", "metals", "copper", "consortium"]
)  # fmt: skip


# Words of a region's name, which alone name no one ("Central Asian", "South American").
_REGION_WORDS = frozenset(
    ["central", "east", "west", "north", "south", "eastern", "western", "northern", "southern",
     "southeast", "southeastern", "northeast", "northeastern", "northwest", "southwest",
     "asian", "african", "european", "american", "arab", "latin", "middle", "nordic",
     "baltic", "caribbean", "pacific", "atlantic", "arctic", "gulf", "balkan", "sahel",
     "sahelian", "mediterranean", "caucasian", "andean", "horn"]
)  # fmt: skip
# First words too common to stand alone for a company ("Gulf Petroleum" is not "the Gulf").
_GENERIC_FIRST = _REGION_WORDS | frozenset(
    ["national", "global", "international", "united", "general", "royal", "new", "first",
     "great", "state", "federal", "black", "red", "caspian", "asia"]
)  # fmt: skip


def _company(
    ctx: _Context, span: tuple[int, int], begin: int, country: str | None, glued: bool
) -> Found:
    """'Canadian company Sierra Plata Resources', 'Israel Aerospace Industries': a company
    named by its own words, of the country written before or in it; the story may call it
    "Sierra Plata" later (not "Gulf" for "Gulf Petroleum", nor "Qatar" for "Qatar Petroleum")."""
    start, end = span
    toks = ctx.toks[start:end]
    name = _as_written(toks)
    actor = Actor(slugify(name), name, ActorKind.COMPANY, country=country)
    short = len(toks) - 1
    while short > 0 and toks[short - 1].lower in _COMPANY_HEADS:
        short -= 1  # "Harwick Oil Trading": "Harwick"
    alone = short == 1 and (glued or toks[0].lower in _GENERIC_FIRST)
    surfaces = [name] + ([_as_written(toks[:short])] if short and not alone else [])
    return Found(Mention(begin, end, actor.id, "body"), actor, (begin, end), surfaces)


# Words that tie a named actor into the role phrase before a name.
_ROLE_LINKS = frozenset(["to", "for", "of", "the", "at", "between", "and", "in", "on"])


def _before_rank(ctx: _Context, start: int) -> int:
    """Where a role phrase before ``start`` ends: before an abbreviated rank that opens an
    apposition ("Libya's army spokesman, Col. Ahmed Mismari": the role before the comma)."""
    k = start
    while (
        k > 1
        and ctx.toks[k - 1].text.endswith(".")
        and (ctx.toks[k - 1].lower.rstrip(".") in ctx.cues["role_nouns"])
    ):
        k -= 1  # "Maj. Gen.", "Brig. Gen.": every abbreviated rank
    return k if k < start and ctx.toks[k - 1].text == "," else start


def _role_before(ctx: _Context, start: int) -> tuple[int, int] | None:
    """A role phrase ending just before ``start`` ("security expert", "its spokesperson,")."""
    end = _before_rank(ctx, start)
    if end > 1 and ctx.toks[end - 1].text == ",":
        # "its spokesperson, Jane Roe"; "the EU's envoy for the dialogue, Jane Roe"
        k = end - 2
        while k > 0 and end - k <= 14 and ctx.toks[k].lower not in ctx.cues["role_nouns"]:
            word = ctx.toks[k]
            owner = ctx.mention_ending(k + 1)
            roles = owner and [
                r for r in range(owner.start, k) if ctx.toks[r].lower in ctx.cues["role_nouns"]
            ]
            if roles:
                k = roles[-1]  # "the head of Ukraine's ...": a role read as its country
                continue
            if owner and ctx.toks[owner.start - 1].lower in _ROLE_LINKS:
                # "a spokesperson for the Chinese Foreign Ministry, X", "the envoy for the
                # dialogue between Belgrade and Pristina, X"
                k = owner.start - 1
                continue
            if owner and k + 1 < end - 1 and ctx.toks[k + 1].lower == "'s":
                k = owner.start - 1  # "the head of Ukraine's military intelligence, X"
                continue
            # "Moldova's Deputy Prime Minister for Reintegration, Elena Crudu": a field
            portfolio = (
                word.text[:1].isupper()
                and ctx.toks[k - 1].lower in ("for", "of")
                and start + 1 < len(ctx.toks)
                and ctx.toks[start + 1].text[:1].isupper()  # a full name follows, not "Reuters"
            )
            plain = word.text.islower() and word.text.isalpha()
            # "the head of the U.N. Office for West Africa and the Sahel, X": a body's name
            named = word.text[:1].isupper() and k > 0 and ctx.toks[k - 1].text != ","
            if not (portfolio or plain or named) and word.text not in ("'s", ","):
                break  # "its commissioner for political affairs, peace and security, X"
            k -= 1
        if not _listed_portfolio(ctx, k, end):
            k = end - 1  # "Replying to Japan's defence minister, however, X": no role of X's
        if ctx.toks[k].lower in ctx.cues["role_nouns"] and ctx.toks[k + 1].lower in (
            ",",
            "to",
            "for",
            "of",
            "in",  # "its representative in Bangladesh, Isabelle Marchetti"
            "at",
        ):
            end = k + 1
    # an abbreviated rank keeps its full stop ("Col. Khaled Tarhouni", "Maj. Gen. X")
    if end == 0 or ctx.toks[end - 1].lower.rstrip(".") not in ctx.cues["role_nouns"]:
        return None
    i = end - 1
    while i > 0 and end - i < _MAX_ROLE:
        prev = ctx.toks[i - 1].lower.rstrip(".")
        if prev in ctx.role_words or prev == "and":
            i -= 1
        else:
            break
    return i, end


def _listed_portfolio(ctx: _Context, k: int, end: int) -> bool:
    """Whether a role phrase from ``k`` to the comma at ``end - 1`` crosses commas only
    inside a list of portfolios opening its clause ("Its commissioner for political
    affairs, peace and security,"), or crosses none."""
    inner = [j for j in range(k + 1, end - 1) if ctx.toks[j].text == ","]
    if not inner:
        return True
    words = {t.lower for t in ctx.toks[inner[-1] : end - 1]}
    opens = k == 0 or ctx.toks[k - 1].lower in ("its", "the", "their", "his", "her", "'s")
    return ctx.toks[k + 1].lower in ("for", "of") and "and" in words and opens


def _appositive(ctx: _Context, end: int, verbs: frozenset[str]) -> tuple[int, int] | None:
    """', a deputy adviser in Paris,' after a name: the span of a role phrase (not the
    clause of ', met Vietnam's leader')."""
    toks = ctx.toks
    if end + 1 >= len(toks) or toks[end].text != ",":
        return None
    heads = (
        toks[end + 1].lower == "who"
        and end + 3 < len(toks)
        and (
            toks[end + 2].lower in _HEADS
            # ", who is Iran's ambassador to the United Nations,", ", who serves as its envoy,"
            or (
                toks[end + 2].lower in _BEING
                and (
                    toks[end + 3].lower in _ROLE_OPENERS
                    or (end + 4 < len(toks) and toks[end + 4].lower == "'s")
                )
            )
        )
    )
    if toks[end + 1].lower in verbs and toks[end + 1].lower not in ctx.cues["role_nouns"]:
        return None
    if toks[end + 1].lower in ("and", "but", "or") or (
        toks[end + 1].lower in ("who", "whose") and not heads
    ):
        # "near Khurvaleti, and demanded the release of a farmer", ", who summoned Ukraine's
        # ambassador,": a clause, not a title
        return None
    j = end + 1
    while j < len(toks) and toks[j].text not in (",", ";", ":", '"') and j - end <= 12:
        j += 1
    words = {t.lower for t in toks[end + 1 : j]}
    grouped = _apposition_head(toks, end + 1, j) in _GROUP_HEADS  # ", a group of defectors,"
    if not heads and not words & ctx.cues["role_nouns"] and not grouped:
        return None
    if words & ctx.cues["modals"]:
        return None  # "Trump, Erdogan Ankara will likely be looking to ...": a clause
    return end + 1, j


_BEING = frozenset(["is", "was", "serves", "served"])
_ROLE_OPENERS = frozenset(["the", "a", "an", "as", "its", "his", "her", "their"])
# ", who heads the Office for Kosovo,": a relative clause that gives a name its office.
_HEADS = forms_of("head", "lead", "chair", "run", "direct", "command", "oversee")

# Capitalised heads of a place or institution's name: "NASA's Johnson Space Center".
_INSTITUTIONS = frozenset(
    ["center", "centre", "university", "college", "school", "hospital", "airport", "station",
     "base", "camp", "port", "bridge", "street", "square", "palace", "house", "hall", "museum",
     "prison", "stadium", "province", "region", "district", "island", "islands", "river"]
)  # fmt: skip


def _licensed_by_verb(ctx: _Context, end: int, verbs: frozenset[str]) -> bool:
    j = end
    if j < len(ctx.toks) and ctx.toks[j].lower.endswith("ly"):
        j += 1
    return j < len(ctx.toks) and ctx.toks[j].lower in verbs


def _aged(ctx: _Context, end: int) -> bool:
    """'Dragan Milosavljevic, 58, was detained': an age between commas after a name."""
    toks = ctx.toks
    return (
        end + 2 < len(toks)
        and toks[end].text == ","
        and toks[end + 1].text.isdigit()
        and 0 < int(toks[end + 1].text) < 120
        and toks[end + 2].text == ","
    )


# What is done to people, not places: "Jane Roe was arrested", "... has been released".
_DONE_TO_PEOPLE = participles_of(
    "arrest",
    "detain",
    "jail",
    "imprison",
    "release",
    "free",
    "charge",
    "sentence",
    "convict",
    "acquit",
    "abduct",
    "kidnap",
    "kill",
    "elect",
    "appoint",
    "swear",
    "deport",
    "extradite",
    "indict",
    "pardon",
)
_BE_FORMS = frozenset(["was", "is", "were", "been", "being"])


def _done_to_a_person(ctx: _Context, end: int) -> bool:
    """'Jane Roe was detained on Friday', 'Jane Roe has been released': a name whose passive
    verb only people undergo (not 'has released a statement')."""
    j = end
    while j < len(ctx.toks) and ctx.toks[j].lower in ctx.cues["auxiliaries"]:
        j += 1
    return (
        j > end
        and j < len(ctx.toks)
        and ctx.toks[j - 1].lower in _BE_FORMS
        and ctx.toks[j].lower in _DONE_TO_PEOPLE
    )


# Speech verbs that put their subject after them in '"...," said Jane Roe.'
_SAID = frozenset(
    ["said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "noted", "notes",
     "explained", "insisted", "argued", "continued", "stressed", "declared", "warned", "told"]
)  # fmt: skip


def _inverted_speaker(ctx: _Context, start: int, end: int) -> bool:
    """'"...," said Mawlawi Hibatullah Akhundzada.': the name after a speech verb that follows
    a quote or a comma, ending the clause."""
    toks = ctx.toks
    return (
        start >= 2
        and toks[start - 1].lower in _SAID
        and toks[start - 2].text in ('"', ",")
        and (end >= len(toks) or toks[end].text in (".", ",", ";", "!", "?"))
    )


def _name_end(ctx: _Context, k: int, end: int, verbs: frozenset[str]) -> int:
    """Where a name starting at ``k`` ends: a headline's capitals ("Taliban Chief Hails
    Troop Exit") end it at a verb form."""
    toks = ctx.toks
    return next(
        (
            j
            for j in range(k, end)
            if toks[j].lower in verbs
            and (toks[j].lower.endswith(("s", "ed")) if j > k else toks[j].lower.endswith("s"))
        ),
        end,
    )


def _is_name(ctx: _Context, name_toks: list[Tok]) -> bool:
    """Whether the tokens can be a person's name: a capitalised word ("the Foreign Minister
    of Chad" has none), no role word at the end, and not only words of a region ("the five
    Central Asian states")."""
    if len(name_toks) > 1 and all(t.lower in _REGION_WORDS for t in name_toks):
        return False  # (not "Mr Horn", "Ms West")
    return any(_name_like(t) for t in name_toks) and not any(
        t.lower in ctx.role_words or t.lower in _DOCUMENTS or t.lower == "elect"
        for t in name_toks[-1:]
    )  # ("Mayor-Elect", "President-Elect": a title)


# Last words of a document's or a place's name, never a person's ("the 1995 Mekong
# Agreement requires", "the small Red Sea state raised").
_DOCUMENTS = frozenset(
    ["agreement", "treaty", "accord", "accords", "convention", "protocol", "charter", "pact",
     "declaration", "resolution", "memorandum", "initiative", "plan", "sea",
     "ocean", "gulf", "strait", "straits", "channel", "bay", "river", "island",
     "islands", "mountains", "desert", "valley", "peninsula", "canal"]
)  # fmt: skip


def _title_end(ctx: _Context, start: int, end: int) -> int:
    """Where the title that opens the run ``start``..``end`` ends (``start`` if none)."""
    toks = ctx.toks
    k = start
    while k < end and (
        toks[k].lower.rstrip(".") in ctx.role_words
        or (toks[k].text == "-" and k + 1 < end and toks[k + 1].lower in ctx.role_words)
    ):
        k += 1  # "Secretary-General Antonio Guterres": the hyphen joins two role words
    # "Qatari Minister of State Khalid Al-Suwaidi": the run starts after "Minister of" (in
    # the demonym's mention), so "State" ends the title, not a name
    portfolio = (
        start > 1
        and toks[start - 1].lower == "of"
        and toks[start - 2].lower in ctx.cues["role_nouns"]
    )
    while (
        k > start and not portfolio and toks[k - 1].lower.rstrip(".") not in ctx.cues["role_nouns"]
    ):
        k -= 1
    while k + 2 < end and toks[k].lower in ("of", "for") and toks[k + 1].lower in ctx.role_words:
        k += 2  # "Secretary of State Jane Roe", "Minister of State for Foreign Affairs X"
        while k + 2 < end and toks[k].lower in ctx.role_words:
            k += 1  # "Minister of Foreign Affairs Ahmed Attaf"
    return k


# More fields a ministry's name may list ("Ministry of Development, Industry and Trade"),
# beside the _FIELD_WORDS and _PORTFOLIO_WORDS below.
_MORE_FIELDS = frozenset(
    ["science", "technology", "innovation", "investment", "youth", "sports", "sport",
     "housing", "infrastructure", "resources", "climate", "welfare", "social", "employment",
     "women", "family", "children", "arts", "heritage", "media", "digital", "economic",
     "economics", "competitiveness"]
)  # fmt: skip
# Words of a ministry's field after "Minister of" ("Minister of International Relations and
# Cooperation Naledi Pandor"): part of the title, not of the name.
_FIELD_WORDS = frozenset(
    ["international", "relations", "cooperation", "affairs", "and", "public", "national",
     "development", "planning", "communications", "works", "regional", "european", "african",
     "integration", "diaspora", "overseas", "territorial", "emergency", "situations"]
)  # fmt: skip


# Military ranks, written out or cut short ("Lieutenant General", "Brig. Gen.").
_RANKS = frozenset(
    ["colonel", "col", "general", "gen", "lieutenant", "lt", "brigadier", "brig", "major",
     "maj", "captain", "capt", "admiral", "adm", "vice", "rear", "commander", "cmdr",
     "commodore", "sergeant", "sgt", "marshal", "air", "field"]
)  # fmt: skip


def _ranks_only(ctx: _Context, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` are military ranks only ("Lieutenant General")."""
    return all(t.lower.rstrip(".") in _RANKS for t in ctx.toks[start:end])


def _person(ctx: _Context, start: int, end: int, verbs: frozenset[str]) -> Found | None:
    toks = ctx.toks
    k = _title_end(ctx, start, end)
    if start < k < end:
        # "Minister of International Relations Thandiwe Mokoena": the field belongs to the
        # title
        linked = toks[k].lower in ("of", "for")
        j = k + linked
        while j < end - 2 and (toks[j].lower in _FIELD_WORDS or toks[j].lower in _PORTFOLIO_WORDS):
            j += 1
        k = j if j > k + linked else k
    cut = next((j for j in range(k + 1, end) if toks[j].lower == "of"), end)
    end = cut  # "Congressman Andy Levin of Michigan": a person's name stops at "of"
    # "Foreign Minister Ana Lopez of Chile": the state named right after "of" is hers
    of_state = (
        next((m for m in ctx.mentions if m.start == cut + 1 and m.how == "name"), None)
        if cut < len(toks) and toks[cut].lower == "of"
        else None
    )
    if k == start:
        # "Commerce Secretary Daniel Hargrove": a title led by a word no list has
        roles = [j for j in range(start, end - 1) if toks[j].lower in ctx.cues["role_nouns"]]
        if roles and end - roles[-1] > 2:
            k = roles[-1] + 1
    end = _name_end(ctx, k, end, verbs)
    name_toks = toks[k:end]
    if not _is_name(ctx, name_toks):
        return None
    role_span: tuple[int, int] | None = (start, k) if k > start else None
    if role_span is None and start > 0 and toks[start - 1].lower in ctx.cues["locative_preps"]:
        return None  # "Speaking in New York, Iran's foreign minister ...": a place
    if role_span is None:
        role_span = _role_before(ctx, start)
    elif (
        _ranks_only(ctx, start, k)
        and toks[start - 1].text == ","
        and end < len(toks)
        and toks[end].text == ","
    ):
        # "Niger's government spokesman, Colonel Issa Bouzou, said": the rank is no office;
        # the role before the comma is, with its state (an apposition closes with a comma:
        # not "Replying to France's foreign minister, Colonel Assimi Goita accused")
        role_span = _role_before(ctx, start) or role_span
    after = _appositive(ctx, end, verbs)
    bare = role_span is None and after is None
    name = " ".join(t.text for t in name_toks).replace(" - ", "-")
    spaced = " ".join(t.lower for t in name_toks)  # "lai ching - te", as the table keys it
    # (one word names an office-holder only after "Pope": "Pope Francis")
    papal = k > 0 and toks[k - 1].lower == "pope"
    official = officials().get(spaced) if len(name_toks) > 1 or papal else None
    # "the Project's Pedro Sepulveda.", "China's Xi Jinping said": a name owned as a member
    # is a person where a clause could end after it (not "China's Sinovac Biotech vaccine")
    owned = (
        start > 0
        and toks[start - 1].lower == "'s"
        and not title_case(toks)  # "India Rejects Nepal's New Map": a headline's capitals
        and name_toks[-1].lower not in _INSTITUTIONS
        and name_toks[-1].lower not in ctx.cues["body_heads"]
    )
    closes = end >= len(toks) or toks[end].text in (",", ".", ";", ":", ")")
    licensed = (
        (owned and closes)
        or _licensed_by_verb(ctx, end, verbs)
        or _inverted_speaker(ctx, start, end)
        or _aged(ctx, end)
        or _done_to_a_person(ctx, end)
    )
    after_the = start > 0 and toks[start - 1].lower == "the"  # "the Southeast Asian states"
    if bare and not official and (len(name_toks) < 2 or not licensed or after_the):
        return None
    country, begin = _owner_before(ctx, role_span[0] if role_span else start)
    role = None
    if role_span:
        role = " ".join(t.text for t in toks[role_span[0] : role_span[1]]).strip(" ,")
        country = (
            country
            or ctx.home_in(*role_span)
            # "a spokesman for the South African foreign ministry, X": the role's phrase
            or ctx.served_in(role_span[1], start)
            or ctx.country_covering(role_span[1] - 1)
        )
    last = end
    if after:
        role = role or " ".join(t.text for t in toks[after[0] : after[1]])
        country = country or ctx.home_in(*after)
        last = after[1]
    country = country or official or (ctx.country(of_state.actor) if of_state else None)
    if after and role_span is None and _apposition_head(toks, *after) in _GROUP_HEADS:
        return _group_named(name, country, begin, last)  # "Liberty Wave, an activist group,"
    actor = Actor(slugify(name), name, ActorKind.PERSON, country=country, role=_clean_role(role))
    surfaces, given = _short_names(
        name, name_toks, ctx.cues.lists.get("family_name_first", frozenset())
    )
    mention = Mention(begin, last, actor.id, "person")
    return Found(mention, actor, (begin, last), surfaces, given)


def _group_named(name: str, country: str | None, begin: int, end: int) -> Found:
    """A group named by its own words, its apposition saying what it is."""
    group = Actor(slugify(name), name, ActorKind.GROUP, country=country)
    return Found(Mention(begin, end, group.id, "name"), group, (begin, end), [name])


def _apposition_head(toks: list[Tok], start: int, end: int) -> str:
    """The head noun of an apposition ``start``..``end``: its last word before "of", a
    relative pronoun or the end ("a Seoul-based group of defectors": "group")."""
    head = ""
    for tok in toks[start:end]:
        if tok.lower in (
            "of",
            "that",
            "which",
            "who",
            ".",
            "in",
            "at",
            "for",
            "with",
            "from",
            "on",
        ):
            break  # ("an activist in the pro-democracy movement": an activist)
        head = tok.lower if tok.text.isalpha() else head
    return head


# Heads of an apposition that make the name before it a group ("Liberty Wave, a Seoul-based
# group of defectors,").
_GROUP_HEADS = frozenset(
    ["group", "movement", "organisation", "organization", "network", "association", "party",
     "coalition", "alliance", "militia", "collective", "campaign", "union", "federation"]
)  # fmt: skip


# Words of Arabic names that link a person to a father or family ("bin", "al-").
_NASAB = frozenset(["bin", "ibn", "bint", "al", "el", "abu", "ould", "ben", "wad"])


def _short_names(
    name: str, name_toks: list[Tok], family_first: frozenset[str]
) -> tuple[list[str], tuple[str, ...]]:
    """The names a person may later be called by: the full name, the last part, the last two
    of three or more ("Salvador Nsue Mba" ... "Nsue Mba", "Andrés Manuel López Obrador" ...
    "López Obrador"), a family name put first ("Kim Jong Un" ... "Kim"); and, as a last
    resort, the other parts: a given name ("Dawit Alemayehu" ... "Dawit") or a Spanish
    father's name ("Iván Mendoza Parra" ... "Mendoza"), not an Arabic father's name
    ("Mohammed Shia al-Sudani" is not "Shia")."""
    tails = (-1, 1, -2)[: len(name_toks) - 1]
    surfaces = [name] + [" ".join(t.text for t in name_toks[k:]) for k in tails]
    if len(name_toks) > 1 and name_toks[0].lower in family_first:
        surfaces.append(name_toks[0].text)
    nasab = any(t.lower in _NASAB or t.lower.startswith(("al-", "el-")) for t in name_toks)
    return surfaces, tuple(t.text for t in name_toks[: 1 if nasab else -1])


def _names_of(row: dict[str, str]) -> list[str]:
    """An office-holder row's name and its aliases (a pipe between aliases)."""
    return [row["name"], *filter(None, row["aliases"].split("|"))]


@cache
def officials(*paths: Path) -> dict[str, str]:
    """Named office-holders: full name or alias, lower case -> the country of their latest
    role. A name found here is a person of that country without a title before it ("Putin
    met Xi Jinping"), and keeps that country in a story about another. The tables are
    ``data/actors/officials.csv`` (PETRARCH2, roles to 2014) and ``leaders.csv`` (curated
    office-holders since)."""
    paths = paths or (
        data_dir() / "actors" / "officials.csv",
        data_dir() / "actors" / "leaders.csv",
    )
    latest: dict[str, tuple[str, str]] = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for name in _names_of(row):
                    key = name.strip().lower().replace("-", " - ")
                    if key not in latest or row["start"] > latest[key][0]:
                        latest[key] = (row["start"], row["country"])
    return {name: country for name, (_, country) in latest.items()}


@cache
def leader_surnames(path: Path | None = None) -> dict[str, str]:
    """Surnames of the curated office-holders (``data/actors/leaders.csv``), lower case ->
    their country, where no two countries share one ("trump" -> USA): what "the Trump
    administration" names before the person is."""
    path = path or data_dir() / "actors" / "leaders.csv"
    seen: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for name in _names_of(row):
                surname = name.split()[-1].lower().rstrip(".")
                seen.setdefault(surname, set()).add(row["country"])
    return {name: next(iter(c)) for name, c in seen.items() if len(c) == 1 and name != "jr"}


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    words = role.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words) or None


def _lower_bodies(ctx: _Context) -> list[Found]:
    """'Taiwan's defence ministry', 'the Iranian foreign ministry': a body of that country."""
    out = []
    for m in list(ctx.mentions):
        country = ctx.country(m.actor)
        if not country or m.how not in ("name", "metonym", "demonym"):
            continue
        j = m.end + (1 if ctx.toks[m.end].lower == "'s" else 0) if m.end < len(ctx.toks) else m.end
        k = j
        while (
            k < len(ctx.toks)
            and k - j < 3
            and ctx.toks[k].text.isalpha()
            and ctx.toks[k].text.islower()
            and ctx.toks[k].lower not in ctx.cues["prepositions"]  # "Saudi Arabia since taking
            and ctx.toks[k].lower not in ctx.verbs  # office" names no body
        ):
            if ctx.toks[k].lower in ctx.cues["body_heads"] - _NAME_ONLY_HEADS:
                k += 1
                break
            k += 1
        else:
            continue
        words = [t.text for t in ctx.toks[j:k]]
        if (
            (len(words) < 2 and words[-1] not in _ONE_WORD_BODIES)
            or words[0] in ("a", "an", "the")  # "designated the FLA a terrorist organization"
            or words[-1] not in ctx.cues["body_heads"]
            or (m.how == "demonym" and ctx.toks[m.end].lower == "'s")
        ):
            continue
        if words[-1] in _STATE_ITSELF:
            continue  # the country itself
        actor = _body_actor(ctx, country, words, _as_written(ctx.toks[m.start : k]))
        mention = Mention(m.start, k, actor.id, "body")
        out.append(
            Found(mention, actor, (m.start, k), [f"the {' '.join(words)}", f"the {words[-1]}"])
        )
    return out


def _personal_name(ctx: _Context, start: int, end: int, verbs: frozenset[str]) -> bool:
    """Whether a run ending in a word that may end a body's name ("Church", "Copper") is a
    person's: a title before it or a role set off after it ("Senator Frank Church", "Ruth
    Church, a spokeswoman for the embassy")."""
    if ctx.toks[end - 1].lower not in _NAME_ONLY_HEADS or end - start > 4:
        return False
    titles = ctx.cues["role_nouns"]
    titled = ctx.toks[start].lower in titles or (start > 0 and ctx.toks[start - 1].lower in titles)
    return titled or _appositive(ctx, end, verbs) is not None


# Heads that end a body's name only when capitalised ("Harwick Energy", "Sierra Plata
# Resources", "Serbian Orthodox Church"), never in lower case ("offered Baghdad a broader
# energy agreement").
_NAME_ONLY_HEADS = frozenset(
    ["resources", "energy", "mining", "minerals", "metals", "copper", "team", "rifles",
     "syndicate", "chamber", "consortium", "church", "association", "confederation"]
)  # fmt: skip
# One-word bodies that are a state's own actors ("Pakistan's parliament", "the Indian senate").
_LEGISLATURES = frozenset(["parliament", "senate", "congress", "legislature"])
# One-word bodies of a state that act in their own name ("Pakistan's parliament"); "the
# Kenyan navy" is the state, as its army is (a coast guard, two words, stays a body).
_ONE_WORD_BODIES = _LEGISLATURES
# Words after a country that name the state itself, not a body of it.
_STATE_ITSELF = ("government", "army", "forces", "police", "administration", "embassy")


def _body_actor(ctx: _Context, country: str, words: list[str], written: str) -> Actor:
    """A ministry, agency or similar body of ``country`` named by ``words``, under the name
    the story gives it (``written``: "Libyan coast guard", "foreign ministry in Bishkek")."""
    name = " ".join(words)
    return Actor(
        f"{country.lower()}-{slugify(name)}", written, ActorKind.ORGANIZATION, country=country
    )


def _as_written(toks: list[Tok]) -> str:
    """A name as the text writes it, without a leading article ("U.S. State Department",
    "Sudanese Armed Forces"): what a reader calls the body, not a made-up "Sudan Armed Forces"."""
    if toks and toks[0].lower == "the":
        toks = toks[1:]
    out = ""
    for i, tok in enumerate(toks):
        glued = i > 0 and toks[i - 1].end == tok.start
        out += tok.text if glued or not out else " " + tok.text
    return out


def _bodies_in(ctx: _Context) -> list[Found]:
    """'the foreign ministry in Bishkek': a body of the country whose capital follows."""
    out = []
    toks = ctx.toks
    for m in list(ctx.mentions):
        country = ctx.country(m.actor)
        head = m.start - 2
        if not country or m.how not in ("name", "metonym") or head < 1:
            continue
        if toks[m.start - 1].lower != "in" or toks[head].lower not in ctx.cues["body_heads"]:
            continue
        k = head
        while k > 1 and head - k < 2 and toks[k - 1].text.isalpha() and toks[k - 1].text.islower():
            k -= 1
        if toks[k - 1].lower != "the" or toks[k].lower == "the":
            continue
        words = [t.text for t in toks[k : m.start - 1]]
        if words[-1] in _STATE_ITSELF:
            continue  # the country itself
        actor = _body_actor(ctx, country, words, _as_written(ctx.toks[k : m.end]))
        mention = Mention(k - 1, m.end, actor.id, "body")
        out.append(
            Found(mention, actor, (k - 1, m.end), [f"the {' '.join(words)}", f"the {words[-1]}"])
        )
    return out


def _owned_by_another(ctx: _Context, start: int, ref: str) -> str | None:
    """The country that owns ("Poland's Foreign Ministry") or places ("In Yerevan, Defense
    Ministry spokeswoman") the name at ``start``, where it is not the one the earlier body of
    that name ``ref`` serves; else None."""
    owner = ctx.mention_ending(start)  # "Russian Foreign Ministry" after Kyrgyzstan's
    if owner is not None and owner.how != "demonym":
        owner = None
    if start >= 2 and ctx.toks[start - 1].lower == "'s":
        owner = ctx.mention_ending(start - 1)
    elif start > 2 and ctx.toks[0].lower == "in":
        comma = start - 1 - (ctx.toks[start - 1].lower == "the")
        if ctx.toks[comma].text == ",":  # "In Yerevan, (the) Defense Ministry spokeswoman"
            owner = ctx.mention_ending(comma)
    if owner is None:
        return None
    owner_country = ctx.country(owner.actor) or owner.actor
    ref_country = ctx.country(ref)
    other = ref_country is not None and owner_country != ref_country and owner.actor != ref
    return owner_country if other else None


def find_people(
    toks: list[Tok],
    mentions: list[Mention],
    cues: Cues,
    verbs: frozenset[str],
    country: Callable[[str], str | None],
    name_of: Callable[[str], str],
    known: Callable[[str], str | None],
) -> list[Found | Mention]:
    """People, bodies and references to ones seen before, left to right.

    ``known`` maps a name seen earlier in the document to its actor id; ``verbs`` are word
    forms that license a bare two-word name as a person ("Jane Roe said").
    """
    bodies: dict[str, str | None] = {}  # bodies found here, not yet known to the caller

    def country_of(actor_id: str) -> str | None:
        return bodies.get(actor_id) or country(actor_id)

    ctx = _Context(toks, mentions, cues, country_of, name_of)
    ctx.verbs = verbs
    out: list[Found | Mention] = []
    for found_body in _lower_bodies(ctx) + _bodies_in(ctx):
        # "Chinese Foreign Ministry spokesman Wu Jianfeng": he serves the ministry's state
        bodies[found_body.actor.id] = found_body.actor.country
        out.append(found_body)
        lo, hi = found_body.absorbed
        ctx.mentions = [m for m in ctx.mentions if not (lo <= m.start and m.end <= hi)]
        ctx.mentions.append(found_body.mention)
    consumed = 0
    for start, end in _runs(ctx):
        if start < consumed:
            continue
        text = " ".join(t.text for t in toks[start:end])
        ref = known(text) or (known(toks[end - 1].text) if end - start == 1 else None)
        other = _owned_by_another(ctx, start, ref) if ref else None
        if other:
            ref = None  # "Poland's Foreign Ministry" after Belarus's: a body of its own
        if ref:
            out.append(Mention(start, end, ref, "reference"))
            continue
        if _personal_name(ctx, start, end, verbs):
            found = _person(ctx, start, end, verbs)  # "Senator Frank Church", "Ruth Church, a"
        else:
            found = _body(ctx, start, end) or _person(ctx, start, end, verbs)
        if found and found.actor.kind is ActorKind.PERSON and " " not in found.actor.name:
            # "Captain Magbanua" after "Rodel Magbanua": a title before a surname met before
            ref = known(found.actor.name)
            if ref and ctx.name_of(ref).split()[-1] == found.actor.name:  # not "Lee Jae-myung"
                out.append(Mention(found.mention.start, found.mention.end, ref, "reference"))
                consumed = found.absorbed[1]
                continue
        if found and other and not found.actor.country and found.actor.kind is not ActorKind.PERSON:
            found = _placed_body(found, other)  # "In Moscow, Foreign Ministry spokeswoman X"
        if found:
            if found.actor.kind is not ActorKind.PERSON and _state_body(found.actor.name):
                # "Chinese Foreign Ministry spokesman Lin Haotian": he serves its state (not
                # "Russian opposition Anti-Corruption Foundation director X")
                us = any(d in found.actor.name.lower() for d in US_DEPARTMENTS)
                bodies[found.actor.id] = found.actor.country or ("USA" if us else None)
            out.append(found)
            ctx.mentions = [
                m
                for m in ctx.mentions
                if not (found.absorbed[0] <= m.start and m.end <= found.absorbed[1])
            ]
            ctx.mentions.append(found.mention)
            consumed = found.absorbed[1]
    return out


def _placed_body(found: Found, country: str) -> Found:
    """A body named as an earlier one of another state was, under its own state's id."""
    actor = replace(found.actor, id=f"{country.lower()}-{found.actor.id}", country=country)
    return replace(found, actor=actor, mention=replace(found.mention, actor=actor.id))


# The United States' executive departments, named without their state.
US_DEPARTMENTS = frozenset(
    ["state department", "treasury department", "justice department", "defense department",
     "commerce department", "homeland security department", "department of state",
     "department of the treasury", "department of justice", "department of defense",
     "department of commerce", "department of homeland security"]
)  # fmt: skip


# Portfolios as a ministry's formal name gives them ("the Foreign Ministry" is the Ministry of
# Foreign Affairs); other portfolios keep the words the text uses.
_FORMAL_PORTFOLIOS = {"foreign": "Foreign Affairs", "foreign affairs": "Foreign Affairs"}
_SMALL_WORDS = frozenset(["and", "of", "the", "for"])
# Words that open a ministry's field in "<field> Ministry" ("Turkish Defense Ministry": what
# comes before is the owner).
_PORTFOLIO_WORDS = frozenset(
    ["foreign", "defence", "defense", "interior", "finance", "justice", "trade", "commerce",
     "economy", "health", "information", "home", "security", "intelligence", "energy", "oil",
     "agriculture", "environment", "education", "culture", "labour", "labor", "transport",
     "fisheries", "mines", "mining", "water", "tourism", "industry", "external", "state"]
)  # fmt: skip


_RUN_BY = ("-run", "-led", "-controlled", "-backed")


def _ministry_field(words: list[str]) -> list[str] | None:
    """The field of a ministry's name in lower-case ``words``: "(Somalia's) Ministry of
    Foreign Affairs", "(Turkish) Defense Ministry"; None without one ("Kosovo's Ministry")."""
    at = words.index("ministry")
    if words[at + 1 : at + 2] == ["of"] and len(words) > at + 2:
        return words[at + 2 :]
    if at != len(words) - 1:
        return None
    opens = next((k for k, w in enumerate(words[:at]) if w in _PORTFOLIO_WORDS), None)
    return words[opens:at] if opens is not None else None


def _same_field(field: list[str]) -> list[str]:
    """One name for one portfolio however it is written: "National Defense" and "Defence"
    are defence, "Internal Affairs" is the interior, and "Foreign Affairs and International
    Cooperation" or "Foreign and Diaspora Affairs" is foreign."""
    words = [w for w in field if w != "national"]
    if words[:1] == ["foreign"]:
        return ["foreign"]
    if words in (["defense"], ["defence"]):
        return ["defence"]
    if words in (["internal", "affairs"], ["the", "interior"], ["interior"]):
        return ["interior"]
    return words


def formal_body(actor: Actor, country_name: str) -> Actor | None:
    """A state's ministry under one id however the text put it: "Estonia's Foreign Ministry",
    "the Foreign Ministry in Tallinn" and "Estonia's Ministry of Foreign Affairs" are all
    ``est-foreign-ministry``, with "Ministry of Foreign Affairs of Estonia" among its aliases
    (the name stays as the story wrote it). None for anything else."""
    if actor.kind is not ActorKind.ORGANIZATION or actor.country is None:
        return None
    words = actor.name.replace("\u2019", "'").lower().split()
    if actor.country == "USA" and " ".join(words[-2:]) in ("state department", "of state"):
        return replace(actor, id="us-state-department")
    if "ministry" not in words or any(w.endswith(_RUN_BY) for w in words):
        return None  # "the Houthi-run Foreign Ministry" is no ministry of Yemen's government
    ministry = words.index("ministry")
    if "in" in words[ministry:]:
        words = words[: words.index("in", ministry)]  # "... in Tallinn"
    field = _ministry_field(words)
    if field is None:
        return None
    country_words = country_name.lower().split()
    if field[-len(country_words) - 1 :] == ["of", *country_words]:
        field = field[: -len(country_words) - 1]  # "Ministry of Defence of Armenia"
    field = _same_field(field)
    if not field:
        return None
    portfolio = " ".join(field)
    formal = _FORMAL_PORTFOLIOS.get(portfolio) or " ".join(
        w if w in _SMALL_WORDS else w.capitalize() for w in field
    )
    short = "foreign" if formal == "Foreign Affairs" else slugify(portfolio)
    return replace(
        actor,
        id=f"{actor.country.lower()}-{short}-ministry",
        aliases=tuple(dict.fromkeys((*actor.aliases, f"Ministry of {formal} of {country_name}"))),
    )


def _state_body(name: str) -> bool:
    """A ministry or department: a body whose officials serve its state."""
    words = name.lower().split()
    return any(w in ("ministry", "ministries", "department") for w in words)
