"""A phrase index over lower-case token tuples: every phrase that starts at each token.

It stands in for spaCy's PhraseMatcher (attribute LOWER): a set of phrases and, per first
word, the phrase lengths to try, longest first. Building it is a pass over the phrases;
matching costs one dictionary look-up per token plus one per candidate phrase.

>>> index = PhraseIndex([("united", "states"), ("united", "nations"), ("states",)])
>>> index.matches(["the", "united", "states", "and", "united", "nations"])
[(1, 3), (2, 3), (4, 6)]
>>> index.longest(["united", "states"], 0)
2
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = ["PhraseIndex"]


class PhraseIndex:
    """Lower-case token phrases, found in a token sequence by first word and length."""

    def __init__(self, phrases: Iterable[Sequence[str]] = ()) -> None:
        self.phrases: set[tuple[str, ...]] = set()
        self._lengths: dict[str, tuple[int, ...]] = {}
        for phrase in phrases:
            self.add(phrase)

    def __len__(self) -> int:
        return len(self.phrases)

    def __contains__(self, phrase: object) -> bool:
        return phrase in self.phrases

    def add(self, phrase: Sequence[str]) -> None:
        """Index one phrase (an empty one is ignored)."""
        key = tuple(phrase)
        if not key or key in self.phrases:
            return
        self.phrases.add(key)
        lengths = {*self._lengths.get(key[0], ()), len(key)}
        self._lengths[key[0]] = tuple(sorted(lengths, reverse=True))

    def lengths(self, i: int, words: Sequence[str]) -> list[int]:
        """Lengths of the phrases starting at ``words[i]``, longest first."""
        candidates = self._lengths.get(words[i])
        if candidates is None:
            return []
        n = len(words)
        phrases = self.phrases
        return [
            size
            for size in candidates
            if size == 1 or (i + size <= n and tuple(words[i : i + size]) in phrases)
        ]

    def matches(self, words: Sequence[str]) -> list[tuple[int, int]]:
        """(start, end) of every phrase occurrence, overlapping ones included, in order."""
        out: list[tuple[int, int]] = []
        get = self._lengths.get
        for i, word in enumerate(words):
            if get(word) is not None:
                out += [(i, i + size) for size in sorted(self.lengths(i, words))]
        return out

    def longest(self, words: Sequence[str], i: int) -> int:
        """Length of the longest phrase starting at ``words[i]`` (0 if none)."""
        found = self.lengths(i, words)
        return found[0] if found else 0
