"""Forces sent toward another side: MOBILIZE read from what a sentence says was moved where.

The lexicon's MOBILIZE phrases need a fixed shape ("deploy * troops to"). News says the same
thing in many more: "sent about 300 additional troops to the area", "two navy patrol vessels
had been moved to the eastern edge of its waters", "units along the frontier had been placed
on high alert", "raised the combat readiness of army units near the border", "stepped up
patrols off Lamu". This pass reads them all from two word lists:

- a deployment: a verb of sending or moving (send, deploy, move, dispatch, rush, station,
  order, reinforce ...) whose object is a force ("troops", "a frigate", "armoured vehicles",
  "an extra army battalion"), in the active ("Chile sent troops") or the passive ("troops had
  been sent", "were scrambled");
- a state of readiness: forces "placed on alert", "put on standby", readiness "raised",
  patrols "stepped up".

Who moves: the verb's subject; for a passive, the state the force is named with ("Cambodian
troops", "its navy"), else the sentence's speaker ("the ministry said two frigates had been
moved"). Toward whom: a side named in the destination ("to its border with Ethiopia", "near
the Azerbaijani border", "into Japanese waters"), else the side that last acted against the
mover or that it last accused, else the other party of the story's dispute. Forces sent to
help ("peacekeepers", "to help with relief", "a joint patrol") are no mobilisation against
anyone.
"""

from __future__ import annotations

from collections.abc import Callable

from graphkb.extract.clauses import Proto, _make
from graphkb.extract.frames import Frames, is_number
from graphkb.extract.inflect import forms_of
from graphkb.extract.modality import ModalityReader
from graphkb.extract.tokens import Hit
from graphkb.extract.triggers import Entry
from graphkb.model import StanceType

_SEND = forms_of(
    "send", "deploy", "move", "dispatch", "rush", "redeploy", "station", "order", "mass",
    "reinforce", "scramble", "position",
)  # fmt: skip
# Force nouns: what a state sends against another (one word, or the last of a compound).
_FORCES = frozenset(
    ["troops", "soldiers", "battalion", "battalions", "brigade", "brigades", "platoon",
     "artillery", "tanks", "warship", "warships", "frigate", "frigates", "destroyer",
     "destroyers", "cutter", "cutters", "jets", "fighters", "f-16s", "helicopters", "marines",
     "reinforcements", "paratroopers", "gunboats", "corvette", "corvettes", "submarine",
     "submarines"]
)  # fmt: skip
# Nouns that are forces only after a military word ("army units", "patrol boats").
_UNITS = frozenset(["units", "unit", "vehicles", "boats", "boat", "vessels", "vessel", "systems"])
_MILITARY = frozenset(
    ["army", "military", "armoured", "armored", "artillery", "air-defence", "air-defense",
     "combat", "front-line", "frontline", "reserve", "naval", "navy", "patrol", "guard",
     "mechanized", "mechanised", "missile", "infantry", "special", "warships", "coast"]
)  # fmt: skip
# Forces held ready: "placed on high alert", "put on standby", "raised the readiness".
_READY_STATES = frozenset(["alert", "standby", "readiness"])
_READY_VERBS = forms_of("place", "put", "raise", "keep", "increase", "heighten")
_PATROLS = frozenset(["patrols", "surveillance"])
_MORE_PATROLS = forms_of("step", "double", "increase", "intensify", "boost", "expand")
# Words anywhere in the sentence that make forces a help or a joint deed.
_HELPING = frozenset(
    ["peacekeepers", "peacekeeping", "relief", "rescue", "humanitarian", "evacuate",
     "evacuation", "training", "parade", "flood", "floods", "earthquake", "alongside", "pact",
     "firefighting", "wildfire", "wildfires"]
)  # fmt: skip
# Words near the move only that make it a help or a routine ("a routine rotation", "part of a
# U.N. mission", "sent condolences to the families of soldiers").
_ROUTINE = frozenset(["rotation", "condolences"])
_MISSIONS_OF = frozenset(
    ["peacekeeping", "peace", "u.n.", "un", "eu", "nato", "training", "observer", "monitoring",
     "backed", "un-backed", "u.n.-backed", "rescue"]
)  # fmt: skip
# Words near the move that make it no move against anyone: withdrawn, agreed with someone,
# to help or to fight a third party, or a habit ("keeps sending").
_NOT_AGAINST = frozenset(
    ["joint", "jointly", "aid", "withdraw", "withdrew", "withdrawn", "pulled", "home", "back",
     "out", "leave", "keeps", "since", "agreed", "agree", "offered"]
)  # fmt: skip
# Words of a refusal, counted only before the move ("refused to send troops").
_REFUSALS = frozenset(["refused", "declined", "refuses", "declines", "refusing"])
# Verbs of a purpose that aims the forces at someone else or at home ("sent soldiers to combat
# al-Shabab", "to help Russian forces", "to quell protests"): only after "to" ("combat
# readiness" is readiness).
_TO_HELP = frozenset(
    ["help", "assist", "combat", "fight", "quell", "suppress", "disperse", "restore", "search",
     "cease"]
)  # fmt: skip
# Drills or exercises held with someone: a joint deed.
_JOINT_DRILLS = frozenset(["drills", "drill", "exercises", "exercise", "manoeuvres", "maneuvers"])
# Words before drills that make them one's own with a partner ("for naval drills with").
_HOSTED_DRILLS = frozenset(["for", "joint", "hold", "holds", "held", "naval", "military", "in"])
# Words before "of" that count forces or their state ("thousands of troops", "a battalion of
# marines", "the readiness of army units").
_COUNTS = frozenset(
    ["thousands", "hundreds", "dozens", "scores", "tens", "battalion", "company", "contingent",
     "squadron", "squadrons", "fleet", "column", "columns", "brigade", "brigades", "battalions",
     "number", "couple", "unit", "units", "platoon", "regiment", "flotilla", "readiness",
     "convoy", "convoys", "group", "detachment", "division", "wave", "handful"]
)  # fmt: skip
# A state's dependent territories: forces sent there are sent home.
SOVEREIGN = {
    "GRL": "DNK", "FRO": "DNK", "NCL": "FRA", "PYF": "FRA", "ABW": "NLD", "CUW": "NLD",
    "BES": "NLD", "FLK": "GBR", "GIB": "GBR", "JEY": "GBR", "GGY": "GBR", "BMU": "GBR",
    "HKG": "CHN", "MAC": "CHN", "PRI": "USA", "COK": "NZL", "NIU": "NZL",
}  # fmt: skip
_BE = frozenset(["be", "been", "being", "was", "were", "is", "are"])  # before a passive
_ORDER = forms_of("order")
_MASSED = forms_of("mass")
_REINFORCE = forms_of("reinforce")
# Prepositions that end a sending verb's object before any force is named.
_OBJECT_ENDS = frozenset(["into", "to", "for", "on", "with", "from", "about", "over"])
_REACH = 9  # tokens between a deployment verb and its force, or a force and its passive verb
_ENTRY = Entry(StanceType.MOBILIZE, "verb", ("deploy",))


def deployments(
    f: Frames,
    reader: ModalityReader,
    speakers: list[str],
    side_of: Callable[[str], str],
    rival: Callable[[str], str | None],
    is_side: Callable[[str], bool],
    protos: list[Proto],
) -> list[Proto]:
    """MOBILIZE stances of forces sent or readied in this sentence (see the module doc);
    ``rival`` gives the side a mover is in a dispute with, where the story says;
    ``is_side`` whether an actor is a state or an armed group (what forces are sent
    against)."""
    if any(p.type is StanceType.MOBILIZE for p in protos):
        return []  # the lexicon read the move already
    out: list[Proto] = []
    for i in range(len(f.toks)):
        found = _move_at(f, i)
        if found is None:
            continue
        verb, force, passive = found
        if _not_against(f, verb, force):
            return []  # sent to keep the peace, for relief or training, to fight beside
            # another's army, or withdrawn
        if any(
            _year(f.low(k)) and not _is_force(f, k + 1)
            for k in range(min(verb, force) - 8, max(verb, force) + 12)
        ):
            return []  # "in 2024, when it sent troops": history
        movers = _movers(f, verb, force, passive, speakers, side_of)
        if not movers or _at_home(f, max(verb, force), side_of(movers[0]), side_of):
            continue
        hit = Hit(verb, verb + 1, _ENTRY, verb, passive)
        for mover in movers:
            # whoever accuses the mover in the sentence ("Guyana accused Venezuela of massing
            # troops"), else the side at odds with the mover: "into South Kivu" may be an ally's
            # land
            own = side_of(mover)
            target = next(
                (
                    side_of(p.source)
                    for p in protos
                    if p.type is StanceType.ACCUSE and side_of(p.target) == own
                ),
                None,
            )
            target = target or rival(mover) or _toward(f, max(verb, force), own, side_of)
            target = target or _other_party(f, own)
            if target is not None and SOVEREIGN.get(side_of(target)) == own:
                target = None  # "sent frigates into Greenland's waters": its own territory
            if target is not None and is_side(target) and side_of(target) != own:
                out += _make([mover], [target], StanceType.MOBILIZE, hit, reader, 0.5)
        if out:
            return out
    return out


def _not_against(f: Frames, verb: int, force: int) -> bool:
    """Whether forces moved at ``verb`` are sent to keep the peace, for relief or training,
    to fight beside another's army or at its bidding, for drills held with someone, on a
    routine or a mission, by refusal, or are withdrawn."""
    first, last = min(verb, force), max(verb, force)
    near = range(first - 3, last + 12)
    return (
        any(f.low(k) in _HELPING for k in range(len(f.toks)))
        or any(f.low(k) in _NOT_AGAINST or f.low(k) in _ROUTINE for k in near)
        or any(f.low(k) in _REFUSALS for k in range(first - 4, first))  # "refused to send"
        or "away" in (f.low(last + 1), f.low(verb + 1))  # "moving troops away from"
        or any(_purpose_or_partner(f, k) for k in near)
    )


def _purpose_or_partner(f: Frames, k: int) -> bool:
    """Whether token ``k`` opens a purpose that aims forces elsewhere ("to combat al-Shabab",
    "to regain control"), drills held with a partner ("for naval drills with Russia") or a
    mission of keeping the peace ("a U.N.-backed mission", "part of a mission")."""
    word, before = f.low(k), f.low(k - 1)
    if before == "to" and (word in _TO_HELP or (word == "regain" and f.low(k + 1) == "control")):
        return True
    if word in _JOINT_DRILLS and f.low(k + 1) == "with" and before in _HOSTED_DRILLS:
        return True
    return word == "mission" and (before in _MISSIONS_OF or (f.low(k - 2), before) == ("of", "a"))


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _move_at(f: Frames, i: int) -> tuple[int, int, bool] | None:
    """(verb, force, passive) for a deployment or a state of readiness at token ``i``."""
    word = f.low(i)
    if not f.is_verb(i):
        return None
    if word in _SEND:
        return _sent_at(f, i)
    if word in _READY_VERBS:
        return _readied_at(f, i)
    if word in _MORE_PATROLS:
        patrols = next(
            (k for k in range(i + 1, min(i + 4, len(f.toks))) if f.low(k) in _PATROLS), None
        )
        return (i, patrols, False) if patrols is not None else None
    return None


def _sent_at(f: Frames, i: int) -> tuple[int, int, bool] | None:
    """A force sent by the verb at ``i`` ("sent troops", "troops had been sent")."""
    word = f.low(i)
    if f.low(i - 1) in _BE and not word.endswith(("s", "ing")):
        force = _force_before(f, i)
        return (i, force, True) if force is not None else None
    force = _force_after(f, i)
    if force is None or (word in _ORDER and not _sent_somewhere(f, force)):
        return None  # "ordered 32 F-35 jets from", "ordered troops to cease fire"
    return (i, force, False)


def _readied_at(f: Frames, i: int) -> tuple[int, int, bool] | None:
    """Forces readied by the verb at ``i`` ("placed units on alert", "raised readiness")."""
    state = next(
        (k for k in range(i + 1, min(i + _REACH, len(f.toks))) if f.low(k) in _READY_STATES),
        None,
    )
    if state is None or any(f.is_boundary(k) for k in range(i + 1, state)):
        return None
    passive = f.low(i - 1) in _BE
    force = _force_before(f, i) if passive else _force_after(f, i)
    of_forces = any(
        f.low(k) in _MILITARY or f.low(k) in ("forces", "defences", "defenses", "air")
        for k in range(state + 2, state + 5)
    )
    if force is None and f.low(state) == "readiness" and (f.low(state + 1) != "of" or of_forces):
        force = state  # "raised its readiness", "of its armed forces"; not "of hospitals"
    return (i, force, passive) if force is not None else None


def _is_force(f: Frames, k: int) -> bool:
    word = f.low(k)
    if word in _FORCES:
        return True
    return word in _UNITS and (f.low(k - 1) in _MILITARY or f.low(k - 2) in _MILITARY)


def _force_after(f: Frames, verb: int) -> int | None:
    """The force the verb at ``verb`` sends, its object within its clause: not a force named
    inside a phrase after it ("an investigation into soldiers who", "condolences to the
    families of soldiers"), but "thousands of troops"."""
    for k in range(verb + 1, min(verb + _REACH, len(f.toks))):
        if _is_force(f, k):
            return k
        word = f.low(k)
        if f.is_boundary(k) or word in (".", ";", "that") or (k > verb + 1 and f.is_finite(k)):
            return None
        if word in ("about", "over") and is_number(f.low(k + 1)):
            continue  # "rushed about 3,000 soldiers"
        if word == "with" and f.low(verb) in _REINFORCE:
            continue  # "reinforced its border with Belarus with 5,000 troops"
        if word in _OBJECT_ENDS:
            return None
        if word == "of" and f.low(k - 1) not in _COUNTS and not is_number(f.low(k - 1)):
            return None
    return None


def _sent_somewhere(f: Frames, force: int) -> bool:
    """Whether a destination follows the force ("ordered a battalion to the border",
    "ordered troops to move to the border"), not a purpose alone ("to cease fire") or a
    seller ("from the United States", "along with missiles from")."""
    window = range(force + 1, min(force + 10, len(f.toks)))
    if any(f.low(k) == "from" for k in window):
        return False
    for k in window:
        word = f.low(k)
        if word in (".", ";", ","):
            return False
        if word == "along" and f.low(k + 1) == "with":
            continue
        if word in ("toward", "towards", "near", "along", "into"):
            return True
        if word == "to" and not f.is_verb(k + 1):
            return True
    return False


def _force_before(f: Frames, verb: int) -> int | None:
    """The force a passive verb at ``verb`` was done to ("troops had been sent")."""
    for k in range(verb - 1, max(verb - _REACH, -1), -1):
        if _is_force(f, k):
            return k
        if f.low(k) in (".", ";", ",", "that", "said", "says"):
            return None
    return None


def _movers(
    f: Frames,
    verb: int,
    force: int,
    passive: bool,
    speakers: list[str],
    side_of: Callable[[str], str],
) -> list[str]:
    """Who sends the force: the verb's subject, else whoever the force is named with
    ("Cambodian troops", "Kenya's navy"), else the sentence's speaker."""
    if not passive:
        subject = f.subject(verb)
        if subject:
            return subject
    start = force
    while start > 0 and f.low(start - 1) not in (",", ".", '"', "that") and start > force - 5:
        start -= 1
    owners = [m.actor for m in f.view.mentions if start <= m.start < force and not m.locative]
    if owners:
        return owners[:1]
    said = next(
        (k for k in range(force - 1, max(force - 4, -1), -1) if f.low(k) in ("said", "says")), None
    )
    sayers = f.subject(said) if said is not None else []
    if f.low(verb) in _MASSED:
        return []  # "said 50,000 troops had been massed near the border": by the rival
    if sayers:  # "a senior Sudanese military official ... said armoured units had been sent"
        return [side_of(sayers[0])]
    if passive or f.low(verb - 1) == "to":
        return [side_of(s) for s in speakers[:1]]
    return []


def _toward(f: Frames, after: int, own: str, side_of: Callable[[str], str]) -> str | None:
    """A side named at the edge the forces go to, after ``after``: "to its border with
    Ethiopia", "near the Azerbaijani border", "into Japanese waters", "into Ukraine"; not a
    host named bare ("to Russia's Kursk region", "to Ukraine")."""
    for k in range(after + 1, min(after + 14, len(f.toks))):
        word = f.low(k)
        if word in (".", ";") or f.is_finite(k):
            return None
        mention = f.starts.get(k)
        if mention is None:
            continue
        others = [a for a in mention.actors if side_of(a) != own]  # "the two countries' border"
        if not others:
            continue
        before, after_end = f.low(k - 1), f.low(mention.end + (f.low(mention.end) == "'s"))
        if before == "with" and f.low(k - 2) in _EDGES:  # "its border with Ethiopia"
            return side_of(others[0])
        if after_end in _EDGES or before == "into":  # "the Azerbaijani border", "into Ukraine"
            return side_of(others[0])
        if any(f.low(j) in _EDGES for j in range(k - 4, k)):  # "frontier where Lao engineers"
            return side_of(others[0])
    return None


# Words of a destination at the edge of a state's land or sea.
_EDGES = frozenset(
    ["border", "borders", "frontier", "boundary", "waters", "line", "zone", "coast", "sea",
     "islands", "island", "airspace", "river", "lake"]
)  # fmt: skip


def _at_home(f: Frames, after: int, own: str, side_of: Callable[[str], str]) -> bool:
    """Whether the destination after ``after`` is a place of the mover's own inland ("troops
    in Khartoum", "to the capital"), not an edge it shares with someone."""
    for k in range(after + 1, min(after + 10, len(f.toks))):
        if f.low(k) in (".", ";", ",") or f.low(k) in _EDGES:
            return False
        mention = f.starts.get(k)
        if mention is not None and mention.locative:
            side = side_of(mention.actor)
            return own in (side, SOVEREIGN.get(side))
    return False


def _other_party(f: Frames, own: str) -> str | None:
    """The story's other side of the dispute, when the mover is one of its two sides."""
    others = f.parties([own])
    return others[0] if len(others) == 1 else None
