"""Who speaks in a sentence: reporting verbs, quotations and their speakers.

A quotation belongs to the subject of the reporting verb next to it ("X said:", "X told Y:",
'"...", X said'); a paragraph that opens inside quotation marks with no reporting verb
continues the last speaker's quotation. Inside a quotation, we/our/us/I/my/me are the
speaker.
"""

from __future__ import annotations

from graphkb.extract.cues import Cues
from graphkb.extract.discourse import FIRST_PERSON, Discourse
from graphkb.extract.frames import Frames
from graphkb.extract.inflect import forms_of
from graphkb.extract.modality import Speech
from graphkb.extract.tokens import Mention, SentenceView

__all__ = ["attach_speaker", "find_speeches"]

_CONTINUATION_PARAGRAPHS = 2
# Reporting verbs that report only with what was said after them ("replied that"); else
# they promise or take an act ("would respond with all necessary means").
_ANSWERS = forms_of("respond", "reply")
# "claim" with an object is owning a deed or a prize, not a report.
_CLAIMING = forms_of("claim")
_CLAIMED = frozenset(["responsibility", "credit", "victory", "control"])
_ARTICLES = frozenset(["the", "a", "an"])
_NOUN_MARKERS = frozenset(
    ["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "'s"]
)


def find_speeches(f: Frames, cues: Cues) -> list[Speech]:
    """Reporting verbs outside quotations, each with its speaker(s)."""
    out = []
    for tok in f.toks:
        j = tok.i
        if tok.quoted or (j in f.named and tok.text[:1].isupper()):
            continue  # "the Ministry of State Security": a name, no reporting verb
        if tok.lower == "according" and f.low(j + 1) == "to":
            m = f.starts.get(j + 2) or (f.starts.get(j + 3) if f.low(j + 2) == "the" else None)
            out.append(Speech(j, (m.actor,) if m else ()))  # "according to (the) X"
            continue
        if tok.lower not in cues["speech_verbs"] or f.low(j - 1) in _NOUN_MARKERS:
            continue  # "over the remarks", "his comments": a noun, no reporting verb
        if tok.lower.endswith("s") and f.low(j + 1) in ("by", "from") and j - 1 not in f.named:
            continue  # "citing hostile remarks by Paris": a noun with its author
        if tok.lower.endswith("ing") and f.low(j - 1) in cues["prepositions"]:
            continue  # "accused Ethiopia of threatening": an act charged, not a report
        if tok.lower in _ANSWERS and f.low(j + 1) not in ("that", ",", ":", '"'):
            continue  # "it would respond (with force)": an act promised, not a report
        if tok.lower in _CLAIMING and (
            f.low(j + 1) in _CLAIMED
            or (f.low(j + 1) in _ARTICLES and not _clause_follows(f, j + 1))
        ):
            continue  # "claimed the raid", "claimed responsibility": a deed owned
        speakers = f.subject(j)
        if not speakers and _inverted(f, j):
            # '"...," said Khan' / ', says the ministry,': the speaker follows the verb. In
            # "analysts said Serbia might attack", the actor after the verb is what is said.
            after = f.starts.get(j + 1) or _owned_speaker(f, j + 1)
            # "Mao Ning, said Washington should stop": a clause follows, so no inversion
            speakers = [after.actor] if after and not f.is_verb(after.end) else []
        out.append(Speech(j, tuple(speakers)))
    return out


def _clause_follows(f: Frames, i: int) -> bool:
    """Whether a finite verb follows the noun phrase at ``i`` in its clause ("claimed the
    United States had supplied ...": a report, not a deed claimed)."""
    for k in range(i, min(i + 10, len(f.toks))):
        if f.low(k) in (".", ";", ",") or f.is_boundary(k):
            return False
        if k > i and f.is_finite(k):
            return True
    return False


def attach_speaker(view: SentenceView, speeches: list[Speech], state: Discourse) -> None:
    """Set ``view.speaker`` for a sentence with a quotation; first-person words become
    mentions of the speaker."""
    quoted = [t.i for t in view.toks if t.quoted]
    with_speaker = [s for s in speeches if s.speakers]
    if not quoted:
        if with_speaker:
            state.reporter = (with_speaker[0].speakers[0], view.index)
        return
    if with_speaker:
        nearest = min(with_speaker, key=lambda s: abs(s.at - quoted[0]))
        view.speaker = nearest.speakers[0]
    elif state.reporter and state.reporter[1] == view.index - 1 and view.toks[0].text == '"':
        # 'Moise tweeted condemnation. "We condemn ...': a quote opening right after someone
        # reported is theirs, not the last quoted speaker's
        view.speaker = state.reporter[0]
    elif (state.speaker and view.toks[0].quoted) or view.toks[0].text == '"':
        last = state.speaker
        if last and view.paragraph - last[1] <= _CONTINUATION_PARAGRAPHS:
            view.speaker = last[0]
    if view.speaker is None:
        return
    state.speaker = (view.speaker, view.paragraph)
    taken = {i for m in view.mentions for i in range(m.start, m.end)}
    for i in quoted:
        word = view.toks[i].lower
        if i not in taken and word in FIRST_PERSON and not (word == "us" and view.toks[i].cap):
            view.mentions.append(
                Mention(i, i + 1, view.speaker, "pronoun", possessive=word in ("our", "my"))
            )
    view.mentions.sort(key=lambda m: m.start)


def _inverted(f: Frames, verb: int) -> bool:
    """Whether the reporting verb at ``verb`` comes after what is said ('"...," said X'), so
    its speaker may follow it: it opens the sentence or follows a quote mark or a comma."""
    return verb == 0 or f.low(verb - 1) in {",", '"', "\u201d", "'", "\u2019"}


def _owned_speaker(f: Frames, i: int) -> Mention | None:
    """'..., said the Refugee Project's Pedro Sepulveda.': the person named after an owner
    that ends the sentence."""
    for k in range(i, min(i + 8, len(f.toks))):
        if f.low(k) == "'s" and (m := f.starts.get(k + 1)) is not None:
            return m if f.low(m.end) in (".", ",", "") and m.how == "person" else None
        if f.is_boundary(k) or f.is_verb(k):
            return None
    return None
