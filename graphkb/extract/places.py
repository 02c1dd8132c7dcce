"""Towns and cities as places of their country: "struck the port of Izmail" bears on Ukraine.

The table is ``data/actors/cities.csv`` (built by ``tools/build_cities.py`` from GeoNames). A
name is read as a place only where the text puts a place: after a locative preposition ("in
Kirkuk", "near eastern Goma"), as the object of an attack verb ("shelled Kharkiv"), or after
"the city of", "the port of" and the like. The mention is locative: it can be where an act
happens or whom it bears on, never who acts.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from functools import cache
from pathlib import Path

from graphkb.extract.cues import Cues
from graphkb.extract.gazindex import REGIONS
from graphkb.extract.inflect import forms_of
from graphkb.extract.tokens import Mention, SentenceView
from graphkb.model import data_dir

__all__ = ["find_places", "load_places"]

_MAX_WORDS = 5  # tokens of a name, hyphens counted ("Port - au - Prince")
# Nouns after which "of <name>" is a place ("the port of Izmail", "the outskirts of Goma").
_PLACE_NOUNS = frozenset(
    ["city", "town", "port", "village", "villages", "province", "region", "district",
     "capital", "outskirts", "suburbs", "suburb", "area", "camp", "streets", "centre",
     "center", "municipality", "governorate", "enclave", "strip"]
)  # fmt: skip

# Attack verbs whose object is as often a town as a side ("shelled Kharkiv", "bombed Aleppo").
_ASSAILING = forms_of(
    "shell",
    "bomb",
    "bombard",
    "strike",
    "attack",
    "pound",
    "raid",
    "besiege",
    "storm",
    "capture",
    "overrun",
    "encircle",
    "hit",
    "target",
    "invade",
)


# Nouns of attack whose "on" or "against" names the place struck ("strikes on Kharkiv").
_ATTACK_NOUNS = frozenset(
    ["strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "assault", "raid",
     "raids", "bombing", "bombings", "offensive", "shelling", "barrage", "bombardment"]
)  # fmt: skip


@cache
def load_places(path: Path | None = None) -> dict[str, str]:
    """Place names, lower case with their tokens joined by spaces ("port - au - prince") ->
    the ISO3 code of their country."""
    path = path or data_dir() / "actors" / "cities.csv"
    places: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows, None)  # name,country,population
        for name, country, *_ in rows:
            places.setdefault(name.lower().replace("-", " - "), country)
    return places


def _placed(view: SentenceView, i: int, cues: Cues) -> bool:
    """Whether the text puts a place at token ``i``."""
    j = i - 1
    if view.lower(j) in REGIONS:
        j -= 1  # "in eastern Goma"
    before = view.lower(j)
    if before in cues["locative_preps"] or before in _ASSAILING:
        return True
    if before in ("on", "against") and view.lower(j - 1) in _ATTACK_NOUNS:
        return True  # "Russia's strikes on Kharkiv", "the offensive against Goma"
    return before == "of" and view.lower(j - 1) in _PLACE_NOUNS


def find_places(
    view: SentenceView,
    cues: Cues,
    places: dict[str, str],
    known: Callable[[str], bool],
) -> None:
    """Add a locative mention of the country for each town or city the text places (when
    the country is a ``known`` actor)."""
    taken = {k for m in view.mentions for k in range(m.start, m.end)}
    toks = view.toks
    i = 0
    while i < len(toks):
        if i in taken or not toks[i].cap or not _placed(view, i, cues):
            i += 1
            continue
        for n in range(min(_MAX_WORDS, len(toks) - i), 0, -1):
            key = " ".join(view.lower(k) for k in range(i, i + n))
            if key in places and known(places[key]) and not taken.intersection(range(i, i + n)):
                country = places[key]
                view.mentions.append(Mention(i, i + n, country, "metonym", locative=True))
                i += n
                break
        else:
            i += 1
    view.mentions.sort(key=lambda m: m.start)
