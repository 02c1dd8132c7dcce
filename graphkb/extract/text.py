"""Text clean-up and sentence splitting that keep offsets into the raw input.

News copy arrives with non-breaking spaces, curly quotes, a headline repeated mid-text,
headings without final punctuation and stray lines. :func:`normalize` folds those characters
one-for-one, so an offset into the normalised text is an offset into the raw text, and
:func:`split_sentences` cuts lines and sentences on rules we control (no trained model).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Sentence", "normalize", "split_sentences"]

# One-for-one replacements: the normalised text has exactly the raw text's length.
_FOLD = {
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\t": " ",
    "\u200b": " ", "\ufeff": " ", "\r": " ", "\u2028": "\n", "\u2029": "\n",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "\u0060": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2026": ".",
    # letters that Unicode does not decompose: "Ra\u0111en", "\u0141ukasz", "\u00d8rsted"
    "\u0111": "d", "\u0110": "D", "\u0142": "l", "\u0141": "L", "\u00f8": "o", "\u00d8": "O",
    "\u0131": "i", "\u0127": "h", "\u0126": "H",
}  # fmt: skip

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "brig",
        "lieut",
        "cpl",
        "pvt",
        "cdr",
        "amb",
        "sen",
        "rep",
        "gov",
        "st",
        "jr",
        "sr",
        "prof",
        "rev",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "approx",
        "fig",
        "est",
        "e.g",
        "i.e",
    ]
)
# Dotted acronyms (U.S., U.N.) end a sentence only before a word that usually starts one.
_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "he",
        "she",
        "they",
        "we",
        "this",
        "that",
        "these",
        "those",
        "but",
        "and",
        "in",
        "on",
        "at",
        "for",
        "after",
        "while",
        "however",
        "meanwhile",
        "its",
        "his",
        "her",
        "their",
        "there",
    ]
)
_END = re.compile(r"[.!?]+['\")\]]*(?=\s+)")
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its span in the raw input, its normalised text and its paragraph."""

    start: int
    end: int
    text: str
    paragraph: int


def _fold_char(char: str) -> str:
    folded = _FOLD.get(char)
    if folded is not None:
        return folded
    if ord(char) < 128:
        return char
    base = unicodedata.normalize("NFKD", char)[:1]
    if base.isascii() and base.isprintable():
        return base
    if unicodedata.category(char).startswith("Z"):
        return " "
    return char


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that folds each character once, on first sight."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def normalize(text: str) -> str:
    """Fold spaces, quotes, dashes and accents one character for one (offsets are kept).

    >>> normalize("Côte d\u2019Ivoire\u00a0said \u201cno\u201d")
    'Cote d\\'Ivoire said "no"'
    """
    if text.isascii() and "\r" not in text and "\t" not in text and "`" not in text:
        return text
    return text.translate(_FOLD_TABLE)


_NEXT_CHAR = re.compile(r"\s*(\S)")
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
# The word before a full stop is read from a bounded window, so a run of dots and letters
# ("U.S.U.S.U.S...") costs the same at every stop: no abbreviation is longer than this.
_WORD_BEFORE = re.compile(r"[\w.]{1,40}$")
# A sentence longer than this (a paragraph without punctuation, a run of abbreviations) is cut
# at the last space before the limit: no news sentence is this long, and the rule stages
# after the splitter may look at every pair of words in a sentence.
MAX_SENTENCE = 1_000


def _is_boundary(line: str, end_of_punct: int, dot_at: int) -> bool:
    """Whether the punctuation ending at ``end_of_punct`` closes a sentence.

    Every look is anchored at the stop (a match at a position, a window of fixed length
    before it), so testing all the stops of a line takes time linear in its length.
    """
    nxt = _NEXT_CHAR.match(line, end_of_punct)
    if nxt is None:
        return True
    first = nxt.group(1)
    if not (first.isupper() or first.isdigit() or first in "\"'(["):
        return False
    if line[dot_at] != ".":
        return True
    word = _WORD_BEFORE.search(line, max(0, dot_at - 40), dot_at + 1)
    token = word.group(0) if word else ""
    bare = token.rstrip(".").lower()
    if bare in _ABBREVIATIONS or (len(bare) == 1 and bare.isalpha()):
        return False
    if _DOTTED.search(token):
        starter = _NEXT_WORD.match(line, end_of_punct)
        return bool(starter and starter.group(1).lower() in _STARTERS)
    return True


def _cut_long(line: str, a: int, b: int) -> list[tuple[int, int]]:
    """``line[a:b]`` in pieces of at most :data:`MAX_SENTENCE` characters, cut at spaces."""
    out = []
    while b - a > MAX_SENTENCE:
        cut = line.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
        cut = cut if cut > a else a + MAX_SENTENCE
        out.append((a, cut))
        a = cut
    out.append((a, b))
    return out


# A subheading run into the text ("... he said. The escape The prison break began"): a few
# words, then a capitalised word that opens sentences, right after a lower-case word.
_SUBHEADING = re.compile(
    r"[^\s.!?]+(?: [^\s.!?]+){0,4}?(?<=[a-z]{3}) (?=(?:The|But|However|When|After|While|This|"
    r"It|He|She|They|We|In|On|At|A|An) [a-z])"
)


def _subheadings(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans with a subheading at the start of one cut off as its own span."""
    out = []
    for a, b in spans:
        start = a
        while start < b and line[start].isspace():  # no copy of a long span
            start += 1
        match = _SUBHEADING.match(line, start, min(b, start + 60))
        if match is not None:
            out += [(a, match.end() - 1), (match.end(), b)]
        else:
            out.append((a, b))
    return out


def _split_line(line: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) within one line."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(line):
        dot_at = match.start() + len(match.group(0).rstrip("'\")]")) - 1
        if _is_boundary(line, match.end(), dot_at):
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, len(line)))
    out = []
    for a, b in _subheadings(line, spans):
        for c, d in _cut_long(line, a, b):
            seg = line[c:d]
            left = len(seg) - len(seg.lstrip())
            right = len(seg.rstrip())
            if right > left:
                out.append((c + left, c + right))
    return out


def split_sentences(raw: str) -> list[Sentence]:
    """Sentences of ``raw`` with offsets into it; a line is never joined to the next.

    A heading or stray line without final punctuation is its own sentence; a sentence that
    repeats an earlier one word for word (a headline repeated mid-text) is dropped.

    >>> [s.text for s in split_sentences("Heading\\nThe U.S. spoke. Then it left.")]
    ['Heading', 'The U.S. spoke.', 'Then it left.']
    """
    text = normalize(raw)
    sentences: list[Sentence] = []
    seen: set[str] = set()
    offset = 0
    paragraph = 0
    for line in text.split("\n"):
        if line.strip():
            for a, b in _split_line(line):
                chunk = line[a:b]
                key = " ".join(chunk.lower().split())
                if key in seen:
                    continue
                seen.add(key)
                sentences.append(Sentence(offset + a, offset + b, chunk, paragraph))
            paragraph += 1
        offset += len(line) + 1
    return sentences
