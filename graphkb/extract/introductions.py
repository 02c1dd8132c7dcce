"""Names a story introduces for actors no table holds.

"a rebel group known as the Return, Reclamation, Rehabilitation, or 3R" makes a group of its
own, later "3R rebels"; "Islamic State in the Sahel" is a branch of its own, later "IS
Sahel"; "Mohamed, known as Farmajo" lets the story say "Farmajo". Each registers the new
names in the document's memory, so later sentences find them.
"""

from __future__ import annotations

from graphkb.extract.discourse import GROUP_ADJECTIVES, GROUP_DESCRIPTIONS, Discourse
from graphkb.extract.tokens import Mention, SentenceView, Tok
from graphkb.model import Actor, ActorKind, slugify

__all__ = ["branches", "named_groups", "nicknames"]


def branches(view: SentenceView, state: Discourse) -> None:
    """'Islamic State in the Sahel', 'al-Qaeda in the Islamic Maghreb': a branch of a
    stateless group named by a region (not a country or city) is a group of its own; the
    story may then call it by the parent's code and the region ("IS Sahel")."""
    toks = view.toks
    for m in list(view.mentions):
        parent = state.actor(m.actor)
        if parent is None or parent.kind is not ActorKind.GROUP or parent.country:
            continue  # "al-Shabab in Somalia" is al-Shabab: only stateless groups branch out
        k = m.end
        if view.lower(k) == "in":
            k += 2 if view.lower(k + 1) == "the" else 1
        place_start = k
        k = _words_end(toks, k)
        place = " ".join(t.text for t in toks[place_start:k])
        known = state.registry.get(f"{m.actor.lower()} in {place.lower()}")
        if k == place_start or (place_start == m.end and known is None):
            continue  # a bare name after the group is no region, unless the story named it
        if any(place_start <= n.start < k for n in view.mentions):
            continue  # "the Houthi movement in Yemen", "the Taliban government in Kabul"
        name = " ".join(t.text for t in toks[m.start : k])
        if known is None:
            branch = Actor(slugify(name), name, ActorKind.GROUP)
            codes = [a for a in parent.aliases if a.isupper() and len(a) <= 5]
            state.add_actor(branch, [name] + [f"{code} {place}" for code in codes])
            state.registry[f"{m.actor.lower()} in {place.lower()}"] = branch.id
            known = branch.id
        view.mentions.remove(m)
        view.mentions.append(Mention(m.start, k, known, "name"))
    view.mentions.sort(key=lambda m: m.start)


# Nouns that introduce an armed or political group by its name ("a rebel group known as").
_GROUP_HEADS = frozenset(
    ["group", "militia", "movement", "faction", "cell", "network", "coalition", "outfit",
     "organisation", "organization", "alliance", "front"]
)  # fmt: skip
# Words that may join a group's name: "the Lions of the Caliphate in the Maghreb".
_NAME_JOINERS = frozenset(["of", "the", "in", "and", "for", ",", "-"])


def _naming_start(view: SentenceView, i: int) -> int | None:
    """Where the name begins after a naming phrase at ``i`` ("known as", "called", "calling
    itself") that follows a group noun, else None."""
    if view.lower(i - 1) not in _GROUP_HEADS:
        return None
    word, nxt = view.lower(i), view.lower(i + 1)
    if (word, nxt) in (("known", "as"), ("calling", "itself"), ("calling", "themselves")):
        k = i + 2
    elif word in ("called", "named"):
        k = i + 1
    else:
        return None
    while view.lower(k) in ('"', "the"):
        k += 1
    return k


def named_groups(view: SentenceView, state: Discourse) -> None:
    """'a rebel group known as the Return, Reclamation, Rehabilitation, or 3R', 'a cell
    calling itself "the Lions of the Caliphate"': a group of its own, named from here on by
    its name and its acronym (in the one country its sentence names, else the one the story
    is about); then the codes and companies a story names (``_codes``, ``_companies``)."""
    covered = {i for m in view.mentions for i in range(m.start, m.end)}
    toks = view.toks
    for tok in toks:
        k = _naming_start(view, tok.i)
        if k is None or k >= len(toks) or not toks[k].cap or k in covered:
            continue
        end, acronym = k, None
        while end < len(toks) and end not in covered:
            word = toks[end]
            if word.lower == "," and view.lower(end + 1) == "or" and end + 2 < len(toks):
                code = toks[end + 2].text
                if code.isupper() and code.isalnum() and len(code) <= 6:
                    acronym = toks[end + 2]
                break
            named = word.cap and word.text.replace("-", "").isalnum()
            if not (named or (word.lower in _NAME_JOINERS and _name_goes_on(toks, end))):
                break
            end += 1
        while end > k and toks[end - 1].lower in _NAME_JOINERS:
            end -= 1
        if end - k < 2 and acronym is None:
            continue
        name = " ".join(t.text for t in toks[k:end]).replace(" , ", ", ").replace(" - ", "-")
        here = [m.actor for m in view.mentions if state.kind(m.actor) is ActorKind.COUNTRY]
        country = here[0] if len(set(here)) == 1 else state.main_country()
        actor = Actor(slugify(name), name, ActorKind.GROUP, country=country)
        surfaces = [name] + ([acronym.text] if acronym else [])
        state.add_actor(actor, surfaces)
        view.mentions.append(Mention(k, end, actor.id, "name"))
        if acronym is not None:
            view.mentions.append(Mention(acronym.i, acronym.i + 1, actor.id, "reference"))
    _codes(view, state)
    _companies(view, state)


def _name_goes_on(toks: list[Tok], i: int) -> bool:
    """Whether a capitalised word follows the joining words from ``i``."""
    while i < len(toks) and toks[i].lower in _NAME_JOINERS:
        i += 1
    return i < len(toks) and toks[i].cap


def _codes(view: SentenceView, state: Discourse) -> None:
    """A code the story gave a group earlier ("3R rebels attacked"), which no name rule
    reads since it has digits."""
    covered = {i for m in view.mentions for i in range(m.start, m.end)}
    for tok in view.toks:
        text = tok.text
        if tok.i in covered or not (text.isupper() and text.isalnum()) or text.isalpha():
            continue
        actor = state.registry.get(text.lower())
        if actor is not None:
            end = tok.i + 1 + (view.lower(tok.i + 1) in GROUP_DESCRIPTIONS)  # "3R rebels"
            view.mentions.append(Mention(tok.i, end, actor, "reference"))
    view.mentions.sort(key=lambda m: m.start)


def nicknames(view: SentenceView, state: Discourse) -> None:
    """'Mohamed, known by his nickname Farmajo,', 'Mohamed, known as Farmajo': the story may
    call the person by that name later."""
    for m in view.mentions:
        if state.kind(m.actor) is not ActorKind.PERSON:
            continue
        k = m.end + (1 if view.lower(m.end) == "," else 0)
        if view.lower(k) == "nicknamed":
            k += 1
        elif view.lower(k) == "known" and view.lower(k + 1) == "as":
            k += 2
        elif view.lower(k) == "known" and view.lower(k + 3) == "nickname":
            k += 4  # "known by his nickname"
        else:
            continue
        end = _words_end(view.toks, k)
        if end > k:
            name = " ".join(t.text for t in view.toks[k:end])
            state.registry.setdefault(name.lower(), m.actor)


# Nouns that introduce a company by its name after its demonym ("the French group Orano").
_COMPANY_NOUNS = frozenset(
    ["company", "firm", "miner", "giant", "group", "conglomerate", "corporation", "producer",
     "concern", "carrier", "insurer", "lender", "exporter", "importer", "trader"]
)  # fmt: skip
_COMPANY_REACH = 3  # lower-case words from the demonym to the company noun
# Words before the noun that make a group no company ("the Iranian hacker group").
_NOT_COMMERCE = frozenset(
    ["hacker", "hacking", "cyber", "rebel", "armed", "militant", "terrorist", "extremist",
     "jihadist", "insurgent", "separatist", "opposition", "rights", "advocacy", "civic",
     "political", "activist", "paramilitary", "criminal", "crime", "ethnic", "militia"]
)  # fmt: skip


def _companies(view: SentenceView, state: Discourse) -> None:
    """'Russian energy giant Lukoil', 'the French nuclear fuel group Orano': a company of
    the demonym's country, named by the capitalised words after the noun (no table holds
    it); 'Uztransgaz, the Uzbek state gas company,': named by the words before the comma;
    not "the Iranian hacker group Charming Kitten"."""
    covered = {i for m in view.mentions for i in range(m.start, m.end)}
    toks = view.toks
    owners: list[tuple[int, int, str | None, Mention | None]] = [
        (m.start, m.end, m.actor, m)
        for m in view.mentions
        if state.kind(m.actor) is ActorKind.COUNTRY
        and (m.how == "demonym" or (m.how == "group" and view.lower(m.end - 1) == "state"))
    ]  # "Uzbek state gas company"; "the state concern Turkmengaz": a state's, not known whose
    owners += [
        (t.i, t.i + 1, None, None)
        for t in toks
        if t.lower == "state" and t.i not in covered and view.lower(t.i - 1) == "the"
    ]
    for lo, hi, country, m in owners:
        noun = _company_noun(view, hi)
        if noun is None:
            continue
        start, end = _named_after(view, noun + 1, covered) or _named_before(view, lo, noun)
        if end == start:
            continue
        name = " ".join(t.text for t in toks[start:end])
        actor_id = state.named(name) or Actor(slugify(name), name, ActorKind.COMPANY).id
        if state.actor(actor_id) is None:
            state.add_actor(Actor(actor_id, name, ActorKind.COMPANY, country=country), [name])
        span = (lo, end) if start > lo else (start, noun + 1)
        view.mentions.append(Mention(*span, actor_id, "name"))
        if m is not None:
            view.mentions.remove(m)
    view.mentions.sort(key=lambda m: m.start)


def _company_noun(view: SentenceView, k: int) -> int | None:
    """Where the company noun stands in the few lower-case words from ``k`` ("energy giant",
    "state gas company"), if they reach one."""
    toks = view.toks
    end = min(len(toks), k + _COMPANY_REACH + 1)
    while k < end and toks[k].text.isalpha():
        word = toks[k].lower
        if word in _COMPANY_NOUNS:
            return k
        if toks[k].cap or word in _NOT_COMMERCE or word in GROUP_ADJECTIVES:
            return None
        k += 1
    return None


def _named_after(view: SentenceView, k: int, covered: set[int]) -> tuple[int, int] | None:
    """The capitalised words from ``k`` that name the company ("giant Lukoil"), if any."""
    end = _words_end(view.toks, k, covered)
    return (k, end) if end > k else None


def _words_end(toks: list[Tok], k: int, covered: frozenset[int] | set[int] = frozenset()) -> int:
    """Where the run of capitalised words from ``k`` ends, short of ``covered`` tokens."""
    while k < len(toks) and k not in covered and toks[k].cap and toks[k].text.isalpha():
        k += 1
    return k


def _named_before(view: SentenceView, demonym: int, noun: int) -> tuple[int, int]:
    """'Uztransgaz, the Uzbek state gas company,': the one capitalised word before the comma
    that opens the apposition (closed by a comma or the sentence's end); empty if none."""
    closed = view.lower(noun + 1) in (",", ".", ";", ")")
    opened = view.lower(demonym - 1) in ("the", "a", "an") and view.lower(demonym - 2) == ","
    k = demonym - 3
    # one word inside the sentence, not the end of a longer name ("Meanwhile, the Russian
    # state gas company, Gazprom," opens with no name)
    alone = k > 0 and not view.toks[k - 1].cap
    if closed and opened and k >= 0 and view.toks[k].cap and view.toks[k].text.isalpha() and alone:
        return k, k + 1
    return demonym, demonym
