"""The tokenizer's special cases, generated from short rules rather than stored as a table.

A special case is a whole-chunk string and the pieces it splits into; one piece means the
string is kept whole where the affix rules would cut it. Three families matter in news copy:

* contractions split before the clitic: "don't" → do, n't (also the irregular stems of "can't",
  "won't", "shan't", "ain't"), "they're" → they, 're, "I'm" → I, 'm; with a straight or a curly
  apostrophe, in lower case, Capitalised and UPPER CASE. A possessive or "is" ``'s`` needs no
  entry: it is a suffix rule;
* abbreviations whose full stop is part of the word: titles ("Lt. Col."), months, US states in
  news style, company words, Latin ("e.g.", "et al."), clock times ("a.m.", "5pm" → 5, pm),
  dotted acronyms and single initials ("J.");
* "cannot" → can, not, so that the negation is a token of its own; and "''" (a double quote
  typed as two apostrophes, common in wire copy) is one token.

>>> cases = special_cases()
>>> cases["won't"], cases["They\u2019re"], cases["Gen."], cases["11p.m."]
(('wo', "n't"), ('They', '\u2019re'), ('Gen.',), ('11', 'p.m.'))
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

__all__ = ["Pieces", "special_cases"]

Pieces = tuple[str, ...]

_APOSTROPHES = ("'", "\u2019")

# Verbs that take "n't" unchanged ("isn't"), and the stems that change before it.
_NOT_VERBS = (
    "do does did is are was were has have had could would should might must need ought dare"
)
_NOT_STEMS = {"ca": "can", "wo": "will", "sha": "shall", "ai": "be"}
# Modals that also take "n't've" ("couldn't've").
_NOT_HAVE = "could would should might must"

# Subject words and the clitics they take. "'s" after any word is a suffix rule already.
_CLITICS = {
    "i": "m ll ve d",
    "you": "re ll ve d",
    "we": "re ll ve d",
    "they": "re ll ve d",
    "he": "ll d",
    "she": "ll d",
    "it": "ll d",
    "who": "re ll ve d",
    "what": "re ll ve d",
    "there": "re ll ve d",
    "that": "ll d",
    "where": "re ll ve d",
    "how": "re ll d",
    "why": "re ll d",
    "when": "ll d",
}

# Kept whole, as written (case matters: "Miss." is a state, "miss." ends a sentence).
_TITLES = (
    "Mr. Mrs. Ms. Messrs. Dr. Prof. Gen. Lt. Col. Maj. Capt. Cmdr. Sgt. Cpl. Pvt. Adm. Brig. "
    "Gov. Sen. Rep. Reps. Sens. Pres. Amb. Rev. Hon. Fr. Jr. Sr. St. Mt. Ft."
)
_MONTHS = "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec."
# US states as news agencies abbreviate them (the dotted two-letter ones are in _DOTTED).
_STATES = (
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. "
    "Mich. Minn. Miss. Mo. Mont. Neb. Nev. Okla. Ore. Pa. Tenn. Tex. Vt. Va. Wash. Wis. Wyo. "
    "W.Va."
)
_COMPANIES = "Inc. Corp. Ltd. Co. Bros. Cos. Dept. Govt. Univ. Assn."
_DOTTED = (
    "U.S. U.K. U.N. E.U. U.S.A. U.S.S.R. U.A.E. D.C. N.Y. L.A. N.H. N.J. N.M. N.C. N.D. "
    "R.I. S.C. S.D. Ph.D. B.C. A.D."
)
# Latin and reference words, lower case and Capitalised ("No." is left out: it ends replies).
_LATIN = "e.g. i.e. etc. vs. cf. viz. approx."
_CLOCK = ("a.m.", "p.m.", "am", "pm")


def _words(text: str) -> list[str]:
    return text.split()


def _cased(word: str) -> Iterator[str]:
    """The word in lower case, Capitalised and UPPER CASE (without repeats)."""
    lower = word.lower()
    yield lower
    capital = lower[:1].upper() + lower[1:]
    if capital != lower:
        yield capital
    if lower.upper() != capital:
        yield lower.upper()


def _split_like(whole: str, cut: int) -> Pieces:
    return (whole[:cut], whole[cut:])


def _negations() -> Iterator[tuple[str, Pieces]]:
    """ "isn't" → is, n't; "can't" → ca, n't; "couldn't've" → could, n't, 've."""
    stems = [*_words(_NOT_VERBS), *_NOT_STEMS]
    for stem in stems:
        for apostrophe in _APOSTROPHES:
            for word in _cased(stem + "n" + apostrophe + "t"):
                yield word, _split_like(word, len(stem))
    for stem in _words(_NOT_HAVE):
        for apostrophe in _APOSTROPHES:
            for word in _cased(f"{stem}n{apostrophe}t{apostrophe}ve"):
                cut = len(stem)
                yield word, (word[:cut], word[cut : cut + 3], word[cut + 3 :])
    for word in _cased("cannot"):
        yield word, _split_like(word, 3)


def _clitics() -> Iterator[tuple[str, Pieces]]:
    """ "they're" → they, 're; "I'd" → I, 'd; "WE'LL" → WE, 'LL."""
    for subject, tails in _CLITICS.items():
        for tail in _words(tails):
            for apostrophe in _APOSTROPHES:
                for word in _cased(subject + apostrophe + tail):
                    yield word, _split_like(word, len(subject))


def _kept_whole() -> Iterator[tuple[str, Pieces]]:
    for word in _words(" ".join([_TITLES, _MONTHS, _STATES, _COMPANIES, _DOTTED])):
        yield word, (word,)
    for latin in _words(_LATIN):
        for word in (latin, latin.capitalize()):
            yield word, (word,)
    yield "al.", ("al.",)  # "et al."; "Al." is a first name
    for letter in map(chr, range(ord("A"), ord("Z") + 1)):
        yield letter + ".", (letter + ".",)
    yield "''", ("''",)  # a closing double quote typed as two apostrophes
    for stand_alone in ("'s", "'S", "'m", "'ll", "'re", "'ve", "'d"):
        for apostrophe in _APOSTROPHES:
            word = apostrophe + stand_alone[1:]
            yield word, (word,)


def _clock_times() -> Iterator[tuple[str, Pieces]]:
    """ "a.m." kept whole; "5pm" and "5p.m." → 5, pm."""
    for mark in _CLOCK:
        if "." in mark:
            for word in (mark, mark.upper()):
                yield word, (word,)
        for hour in range(1, 13):
            for word in (mark, mark.upper()):
                yield f"{hour}{word}", (str(hour), word)


def _merge(groups: Iterable[Iterator[tuple[str, Pieces]]]) -> dict[str, Pieces]:
    out: dict[str, Pieces] = {}
    for group in groups:
        for word, pieces in group:
            out.setdefault(word, pieces)
    return out


@cache
def special_cases() -> dict[str, Pieces]:
    """Every special case: a chunk and the pieces it is split into (one piece: kept whole)."""
    return _merge([_negations(), _clitics(), _kept_whole(), _clock_times()])
