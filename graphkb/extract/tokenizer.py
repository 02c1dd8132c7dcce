"""graphkb's English tokenizer for news copy: small, fast, standard library only.

A text is cut at whitespace. A single space ends the token before it; any other run of
whitespace (a line break, two spaces) is a token of its own, so paragraph breaks stay visible to
the rules. Each whitespace-free chunk is then cut by three rules, in order:

1. **special cases** (:mod:`graphkb.extract.specials`): contractions ("don't" → do, n't) and
   abbreviations whose full stop belongs to the word ("Gen.", "Jan.", "e.g.");
2. **edges**: opening punctuation, quotes, brackets and currency signs come off the front one
   at a time; closing punctuation and quotes, ``%``, a possessive ``'s`` and a sentence's full
   stop come off the back (the full stop stays on dotted acronyms such as "U.S." and on single
   initials);
3. **inside**: a hyphen before a letter ("non-NATO", "US-India", "25-year"), a slash between
   letters, dashes and an ellipsis separate what is around them; numbers and codes keep theirs
   ("1,000", "3.5", "2024-12-20", "Mi-26").

Web addresses and e-mail addresses stay whole. Each distinct chunk is cut once and cached.

>>> Tokenizer()("Russia's non-NATO ally can't.").text
['Russia', "'s", 'non', '-', 'NATO', 'ally', 'ca', "n't", '.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graphkb.extract.specials import Pieces, special_cases

__all__ = ["Tokenizer", "Tokens"]

# What may stand before a word and is a token of its own.
_OPENERS = frozenset(
    "\"'`([{<\u201c\u2018\u00ab\u201e\u201a\u2039$\u00a3\u20ac\u00a5#*&\u00bf\u00a1~_"
)
# What may stand after a word and is a token of its own.
_CLOSERS = frozenset("\"'`)]}>,;:!?\u201d\u2019\u00bb\u203a\u2026%*&_~\u00b0")
_POSSESSIVE = ("'s", "\u2019s", "'S", "\u2019S")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?\.?|[A-Z]\.")
_WEB = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S*[\w/]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
# Inside a chunk: a hyphen before a letter (after a word or a dotted acronym), a slash between
# letters, a full stop run into the next sentence ("end.The"), dashes, two or more dots.
_INSIDE = re.compile(
    r"(?<=[^\W_])-(?=[^\W\d_])|(?<=[A-Z]\.)-(?=[^\W\d_])"  # "U.S.-Japan", "U.N.-backed"
    r"|(?<=[^\W\d_])/(?=[^\W\d_])|(?<=[a-z]{2})\.(?=[A-Z][a-z])"
    r"|--+|[\u2013\u2014]|\.{2,}|\u2026"
)
_SPACES = re.compile(r"(\s+)")


@dataclass(slots=True)
class Tokens:
    """A tokenised text as parallel lists: token text, its lower case, its start offset."""

    text: list[str] = field(default_factory=list)
    lower: list[str] = field(default_factory=list)
    start: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.text)


class Tokenizer:
    """Callable on a text; see the module docstring for the rules."""

    def __init__(self, specials: dict[str, Pieces] | None = None) -> None:
        self.specials = special_cases() if specials is None else specials
        self._cache: dict[str, tuple[Pieces, Pieces, tuple[int, ...]]] = {}

    def __call__(self, text: str) -> Tokens:
        """Tokens of ``text`` with exact character offsets."""
        out = Tokens()
        at = 0
        for n, chunk in enumerate(_SPACES.split(text)):
            if n % 2:  # a whitespace run: beyond a single space after a word, it is a token
                rest = chunk[1:] if chunk[0] == " " and at else chunk
                if rest:
                    out.text.append(rest)
                    out.lower.append(rest.lower())
                    out.start.append(at + len(chunk) - len(rest))
            elif chunk:
                pieces, lowers, offsets = self._cache.get(chunk) or self._cut(chunk)
                out.text.extend(pieces)
                out.lower.extend(lowers)
                out.start.extend(at + offset for offset in offsets)
            at += len(chunk)
        return out

    def split(self, chunk: str) -> Pieces:
        """The tokens of one whitespace-free chunk."""
        return (self._cache.get(chunk) or self._cut(chunk))[0]

    def _cut(self, chunk: str) -> tuple[Pieces, Pieces, tuple[int, ...]]:
        pieces = self._pieces(chunk)
        offsets, at = [], 0
        for piece in pieces:
            offsets.append(at)
            at += len(piece)
        entry = (pieces, tuple(p.lower() for p in pieces), tuple(offsets))
        self._cache[chunk] = entry
        return entry

    def _pieces(self, chunk: str) -> Pieces:
        if chunk in self.specials:
            return self.specials[chunk]
        if chunk.isalnum():
            return (chunk,)
        front: list[str] = []
        back: list[str] = []
        core = chunk
        while core and core not in self.specials and not _WEB.fullmatch(core):
            cut = self._edge(core)
            if cut is None:
                break
            piece, core, at_front = cut
            (front.append if at_front else back.append)(piece)
        return (*front, *self._inside(core), *reversed(back))

    def _edge(self, core: str) -> tuple[str, str, bool] | None:  # noqa: PLR0911 (one return a rule)
        """The next piece to come off the front or the back, what is left, and which side."""
        for pair in ("''", "``"):  # a double quote typed as two marks is one token
            if len(core) > 2 and core.startswith(pair):
                return pair, core[2:], True
            if len(core) > 2 and core.endswith(pair):
                return pair, core[:-2], False
        if len(core) > 1 and core[0] in _OPENERS:
            return core[0], core[1:], True
        if len(core) > 2 and core.endswith(_POSSESSIVE) and (core[-3].isalnum() or core[-3] == "."):
            return core[-2:], core[:-2], False
        if len(core) > 1 and core[-1] in _CLOSERS:
            return core[-1], core[:-1], False
        if len(core) > 1 and core.endswith("...") and not core.startswith("..."):
            return "...", core[:-3], False
        if len(core) > 1 and core[-1] == "." and core[-2] != "." and not _DOTTED.fullmatch(core):
            return ".", core[:-1], False
        return None

    def _inside(self, core: str) -> Pieces:
        """Split the core at hyphens and slashes between letters, dashes and ellipses."""
        if not core:
            return ()
        if core in self.specials or _WEB.fullmatch(core):
            return self.specials.get(core, (core,))
        out: list[str] = []
        start = 0
        for found in _INSIDE.finditer(core):
            a, b = found.span()
            if a == 0 and b == len(core):
                break
            if a > start:
                out.append(core[start:a])
            out.append(core[a:b])
            start = b
        if start < len(core):
            out.append(core[start:])
        return tuple(out)
