"""Build ``data/lexicon/petrarch_triggers.yaml`` from the PETRARCH2 verb dictionary.

The PETRARCH2 dictionaries (``../shared/third_party/petrarch2/``, MIT licence, Copyright (c)
2014-2015 Open Event Data / Open Event Data Alliance) hold thousands of CAMEO-coded verbs and
verb patterns. This tool reads ``CAMEO.verbpatterns.150430.txt``, maps each CAMEO code to a
graphkb stance type through ``data/cameo/cameo_to_plover.csv`` (longest listed prefix) and
writes the entries graphkb's extractor can use, in the format of ``data/lexicon/triggers.yaml``
(so ``graphkb.extract.triggers.load_lexicon`` reads the file as it is)::

    python tools/build_petrarch_lexicon.py            # rewrite data/lexicon/petrarch_triggers.yaml
    python tools/build_petrarch_lexicon.py --check    # exit 1 if the file differs from a rebuild
    python tools/build_petrarch_lexicon.py --merged /tmp/lexicon.yaml
        # also write triggers.yaml plus the PETRARCH entries it lacks, as one loadable lexicon

How the PETRARCH syntax is read (anything else is skipped and counted, see ``--stats``):

* ``--- NAME [code] ---`` opens a verb block; its code is the default of the block's verbs
  (``[---]``: no event). A verb line ``VERB [code] {FORMS}`` may carry its own code. A line
  ``+WORD_WORD`` is a multi-word verb ("+PULL_OUT"); it is kept when its listed forms inflect
  the first word (graphkb inflects a phrase's first word) and skipped otherwise.
* A verb is kept as a ``verbs`` entry when its code maps to a type and no other block gives it a
  different type (a lemma with two types is ambiguous and left out).
* A pattern ``- [$] * WORD ... [+] [code] # VERB <coder date>`` becomes the phrase
  "verb * word ..." for the verb named in its comment (where the pattern was found; else every
  verb of the block). ``*`` is the verb; ``$`` before it is the subject, as in graphkb; a final
  ``+`` (the target) is kept only after a preposition, whose noun phrase then gives the target.
  Words joined by ``_`` stay adjacent (``*_OUT``: no gap after the verb). ``&SET`` expands to
  the members of the synonym set (singular and plural) when that gives at most a few phrases.
  Patterns with context before the verb ("SAID * ...", "WILL NOT * ..."), a target or source in
  the middle (``+``, ``$``, ``%``, ``^`` after the verb) or negation are skipped: graphkb finds
  those roles and modalities itself.
* Event codes without a PLOVER type (01x public statements, ``---``) are skipped.

Which types and kinds are written is a measured choice (``KEEP`` below; see data/README.md):
PETRARCH's patterns were made for a constituency parser and are noisy. Output is sorted and
written with ``\\n`` line endings, so the same inputs always give byte-identical output.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from graphkb.extract.inflect import load_irregular, verb_forms
from graphkb.extract.triggers import ALL_PREPS

ROOT = Path(__file__).resolve().parent.parent
PETRARCH = ROOT.parent / "shared" / "third_party" / "petrarch2"
VERB_FILE = "CAMEO.verbpatterns.150430.txt"
CAMEO_MAP = ROOT / "data" / "cameo" / "cameo_to_plover.csv"
BASE_LEXICON = ROOT / "data" / "lexicon" / "triggers.yaml"
CUES = ROOT / "data" / "lexicon" / "cues.yaml"
OUTPUT = ROOT / "data" / "lexicon" / "petrarch_triggers.yaml"

TYPE_ORDER = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
KINDS = ("verbs", "phrases")

KEEP: dict[str, tuple[str, ...]] = {
    "verbs": ("SUPPORT",),
    "phrases": ("CONCEDE", "CONSULT", "AID", "ACCUSE", "REJECT", "SANCTION", "COERCE"),
}
"""The kinds and types written by default: the variant measured best (data/README.md)."""

# The prepositions graphkb's matcher accepts at the end of a phrase.
PREPS = ALL_PREPS
_NEGATION = frozenset(("not", "no", "never", "nor", "neither", "without"))
_WORD = re.compile(r"[a-z][a-z'-]*")
_CODE = re.compile(r"\[([^\]]*)\]")
_MAX_SET_EXPANSION = 8
_MAX_PHRASE_WORDS = 6


def plover_types(path: Path = CAMEO_MAP) -> dict[str, str]:
    """CAMEO code prefix -> graphkb type ("" where PLOVER has none)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["code"]: row["plover_type"] for row in csv.DictReader(handle)}


def type_of(code: str | None, table: dict[str, str]) -> str | None:
    """The type of a CAMEO event code by its longest listed prefix; None if it has none."""
    if not code or not code[:2].isdigit():
        return None
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]] or None
    return None


def _code(text: str) -> str | None:
    """The event code in ``[...]`` ("[062:062]" -> 062, "[080!]" -> 080, "[---]" -> None)."""
    match = _CODE.search(text)
    if not match:
        return None
    code = match.group(1).split(":")[0].strip().rstrip("!")
    return code if code.isdigit() else None


@dataclass
class Verb:
    words: tuple[str, ...]
    code: str | None


@dataclass
class Pattern:
    tokens: list[str]
    code: str | None
    found_with: tuple[str, ...]


@dataclass
class Block:
    name: str
    code: str | None
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class Dictionary:
    synsets: dict[str, list[tuple[str, ...]]]
    blocks: list[Block]


def _strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.strip(), comment.strip()


def _words(token: str) -> tuple[str, ...]:
    """A dictionary token as lower-case words: "PULL_OUT" -> (pull, out); "CASH_" -> (cash,)."""
    return tuple(w.lower() for w in token.split("_") if w)


def _multiword_verb(body: str) -> tuple[str, ...] | None:
    """The words of a "+WORD_WORD {FORMS}" verb line if its forms inflect the first word."""
    head = body.split(maxsplit=1)[0].lstrip("+")
    words = _words(head)
    forms_text = body[body.find("{") + 1 : body.find("}")] if "{" in body else None
    if forms_text is not None:
        forms = [_words(f.strip("+")) for f in forms_text.split()]
        if not forms:  # "{}": fixed words, not a lemma
            return None
        if any(f[1:] != words[1:] for f in forms):
            return None  # the verb is not the first word ("RE_" forms and the like)
    return words


def _found_with(comment: str) -> tuple[str, ...]:
    """The verbs a pattern's comment names ("URGE <OY 10 Mar 2006> , PRESS <...>")."""
    out = []
    for part in re.sub(r"<[^>]*>", "", comment).split(","):
        token = part.strip().split()[0] if part.strip() else ""
        if re.fullmatch(r"[A-Za-z]+", token):
            out.append(token.lower())
    return tuple(dict.fromkeys(out))


def read_dictionary(path: Path) -> Dictionary:  # noqa: PLR0912 - one branch per line kind
    """The synonym sets and verb blocks of a PETRARCH verb-pattern dictionary."""
    synsets: dict[str, list[tuple[str, ...]]] = {}
    blocks: list[Block] = []
    current_set: list[tuple[str, ...]] | None = None
    in_patterns = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if line.startswith("#######"):
            in_patterns = "VERB PATTERNS" in line
            continue
        body, comment = _strip_comment(line)
        if not body:
            continue
        if not in_patterns:
            if body.startswith("&"):
                current_set = synsets.setdefault(body[1:].split()[0].rstrip("_"), [])
            elif body.startswith("+") and current_set is not None:
                current_set.append(_words(body[1:].split()[0]))
            continue
        if body.startswith("---"):
            name = body.strip("- ").split()[0] if body.strip("- ") else ""
            blocks.append(Block(name, _code(body)))
        elif not blocks:
            continue
        elif body.startswith("-"):
            tokens = _CODE.sub(" ", body[1:]).split()
            blocks[-1].patterns.append(Pattern(tokens, _code(body), _found_with(comment)))
        elif body.startswith("+"):
            words = _multiword_verb(body)
            if words:
                blocks[-1].verbs.append(Verb(words, _code(body) or blocks[-1].code))
        else:
            word = body.split()[0]
            if re.fullmatch(r"[A-Z][A-Z_-]*", word):
                blocks[-1].verbs.append(Verb(_words(word), _code(body) or blocks[-1].code))
    return Dictionary(synsets, blocks)


def _plural(noun: str) -> str:
    if noun.endswith("s"):
        return noun
    if noun.endswith(("sh", "ch", "x", "z", "o")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _expand(item: str, synsets: dict[str, list[tuple[str, ...]]]) -> list[tuple[str, ...]] | None:
    """The word sequences a pattern item stands for; None if it cannot be used."""
    if item.startswith("&"):
        members = synsets.get(item[1:].rstrip("_"))
        if not members:
            return None
        out: list[tuple[str, ...]] = []
        for member in members:
            out.append(member)
            if len(member) == 1:
                out.append((_plural(member[0]),))
        return list(dict.fromkeys(out))
    words = _words(item)
    if not words or not all(_WORD.fullmatch(w) for w in words):
        return None
    return [words]


def pattern_phrases(  # noqa: PLR0911 - one return per reason to skip
    pattern: Pattern, synsets: dict[str, list[tuple[str, ...]]]
) -> tuple[list[tuple[str, ...]], str]:
    """The word sequences after the verb that ``pattern`` gives, with "*" marking the gap after
    the verb, or ([], reason) when it cannot be mapped cleanly."""
    tokens = list(pattern.tokens)
    if tokens and tokens[0] == "$":
        tokens = tokens[1:]
    if not tokens or not tokens[0].startswith("*"):
        return [], "context before the verb"
    # "*_OUT" keeps OUT next to the verb; "* OUT" allows modifiers between them.
    first = tokens[0]
    adjacent = first.startswith("*_")
    tokens = ([first[2:]] if adjacent and first[2:] else []) + tokens[1:]
    target = bool(tokens) and tokens[-1] == "+"
    if target:
        tokens = tokens[:-1]
    if not tokens:
        return [], "verb alone"
    if any(
        t in ("+", "$", "%", "^", "*") or t.startswith(("+", "$", "%", "^", "*")) for t in tokens
    ):
        return [], "role or skip inside the pattern"
    options = []
    for token in tokens:
        expanded = _expand(token, synsets)
        if expanded is None:
            return [], "unknown word or set"
        options.append(expanded)
    combos = list(itertools.product(*options))
    if len(combos) > _MAX_SET_EXPANSION:
        return [], "synonym set too large"
    out = []
    for combo in combos:
        words = tuple(w for part in combo for w in part)
        if _NEGATION.intersection(words):
            return [], "negation"
        if len(words) + 1 > _MAX_PHRASE_WORDS:
            return [], "too long"
        if target and words[-1] not in PREPS:
            return [], "target not after a preposition"
        out.append(words if adjacent else ("*", *words))
    return out, ""


@dataclass
class Built:
    """The entries per type and kind, and counts of what was skipped and why."""

    entries: dict[str, dict[str, set[str]]]
    skipped: Counter[str]


def _verb_types(
    dictionary: Dictionary, table: dict[str, str], skipped: Counter[str]
) -> dict[str, set[str]]:
    """Each verb lemma and the stance types its specific codes give."""
    verb_types: dict[str, set[str]] = defaultdict(set)
    for block in dictionary.blocks:
        for verb in block.verbs:
            stance_type = type_of(verb.code, table)
            if stance_type is None:
                skipped["verb: no PLOVER type"] += 1
                continue
            if verb.code and len(verb.code) == 3 and verb.code.endswith("0"):
                # a bare root ("050 engage in diplomatic cooperation") files verbs as loose as
                # affect, influence and reveal: only a specific code says what the verb does
                skipped["verb: root code only"] += 1
                continue
            verb_types[" ".join(verb.words)].add(stance_type)
    return verb_types


def build(dictionary: Dictionary, table: dict[str, str]) -> Built:
    """Every verb and phrase entry the dictionary gives, by type."""
    skipped: Counter[str] = Counter()
    verb_types = _verb_types(dictionary, table, skipped)
    entries: dict[str, dict[str, set[str]]] = {t: {k: set() for k in KINDS} for t in TYPE_ORDER}
    for lemma, types in verb_types.items():
        if len(types) > 1:
            skipped["verb: several types"] += 1
            continue
        (stance_type,) = types
        kind = "verbs" if " " not in lemma else "phrases"
        entries[stance_type][kind].add(lemma)
    for block in dictionary.blocks:
        block_verbs = [" ".join(v.words) for v in block.verbs]
        for pattern in block.patterns:
            stance_type = type_of(pattern.code, table)
            if stance_type is None:
                skipped["pattern: no PLOVER type"] += 1
                continue
            tails, reason = pattern_phrases(pattern, dictionary.synsets)
            if not tails:
                skipped[f"pattern: {reason}"] += 1
                continue
            heads = [v for v in pattern.found_with if _WORD.fullmatch(v)] or block_verbs
            for head in heads:
                if stance_type == "AID" and head.split()[0] in RECEIVING:
                    # "accepted a loan from X": the subject receives, X gives; graphkb's
                    # phrases take the subject as the giver
                    skipped["pattern: the subject receives"] += len(tails)
                    continue
                for tail in tails:
                    words = head.split() + list(tail)
                    entries[stance_type]["phrases"].add(" ".join(words))
    return Built(entries, skipped)


# Verbs whose subject receives what an AID pattern names (the pattern's roles are reversed).
RECEIVING = frozenset(["accept", "receive", "obtain", "secure", "get", "win", "seek", "gain"])


def _forms(lemma: str) -> set[str]:
    """Every form graphkb's lexicon loader gives the verb ``lemma``."""
    return set(verb_forms(lemma, load_irregular().get(lemma)))


def _colliding(lemmas: Iterable[str], taken: Iterable[str] = ()) -> set[str]:
    """The lemmas sharing a form with another lemma or with ``taken``: two verb entries over the
    same words are ambiguous (and the extractor expects at most one verb entry per span)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for form in taken:
        owners[form].add("")
    for lemma in lemmas:
        for form in _forms(lemma):
            owners[form].add(lemma)
    return {lemma for names in owners.values() if len(names) > 1 for lemma in names if lemma}


def select(
    built: Built, keep: dict[str, tuple[str, ...]], stop: frozenset[str] = frozenset()
) -> dict[str, dict[str, list[str]]]:
    """The kept kinds and types, each list sorted; verbs sharing a form are left out, and so is
    any entry led by a ``stop`` verb (the factive cue verbs: "understand" is no SUPPORT)."""
    verbs = [v for t in keep.get("verbs", ()) for v in built.entries[t]["verbs"]]
    clash = _colliding(verbs)
    built.skipped["verb: shares a form with another verb"] += len(clash)
    out: dict[str, dict[str, list[str]]] = {}
    for stance_type in TYPE_ORDER:
        block: dict[str, list[str]] = {}
        for kind in KINDS:
            if stance_type not in keep.get(kind, ()):
                continue
            items = sorted(
                e
                for e in built.entries[stance_type][kind]
                if e not in clash and e.split()[0] not in stop
            )
            if items:
                block[kind] = items
        if block:
            out[stance_type] = block
    return out


def prep_lists(built: Built) -> dict[str, list[str]]:
    """Per type, the prepositions that end its PETRARCH phrases at least three times."""
    out: dict[str, list[str]] = {}
    for stance_type in TYPE_ORDER:
        counts = Counter(
            p.split()[-1] for p in built.entries[stance_type]["phrases"] if p.split()[-1] in PREPS
        )
        out[stance_type] = sorted(p for p, n in counts.items() if n >= 3)
    return out


_PLAIN = re.compile(r"[a-z][a-z-]*")
_YAML_WORDS = frozenset(["y", "n", "yes", "no", "on", "off", "true", "false", "null"])


def _scalar(text: str) -> str:
    if _PLAIN.fullmatch(text) and text not in _YAML_WORDS:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _flow_list(key: str, items: Sequence[str], indent: int, width: int = 96) -> list[str]:
    """``key: [a, b, ...]`` wrapped at ``width`` columns, as triggers.yaml is written."""
    lead = " " * indent + f"{key}: ["
    lines: list[str] = []
    line = lead
    for n, item in enumerate(items):
        piece = _scalar(item) + ("]" if n == len(items) - 1 else ",")
        if line != lead and len(line) + 1 + len(piece) > width:
            lines.append(line.rstrip())
            line = " " * len(lead)
        line += piece if line.endswith(("[", " ")) else " " + piece
    if not items:
        line += "]"
    lines.append(line)
    return lines


HEADER = """\
# GENERATED by tools/build_petrarch_lexicon.py: do not edit; rerun the tool instead.
#
# Trigger entries for graphkb's rule-based extractor, in the format of triggers.yaml (see that
# file's header), derived from the PETRARCH2 verb dictionary CAMEO.verbpatterns.150430.txt
# (openeventdata/petrarch2, commit 676801cd9cb2924bbbad09f86d15c9323e7097bf), with CAMEO event
# codes mapped to stance types through data/cameo/cameo_to_plover.csv.
#
# PETRARCH2 dictionaries: The MIT License (MIT), Copyright (c) 2014 Open Event Data,
# Copyright (c) 2015 Open Event Data Alliance (the PETRARCH2 authors). See data/README.md.
"""


def render(
    types: dict[str, dict[str, list[str]]],
    preps: dict[str, list[str]],
    keep: dict[str, tuple[str, ...]],
) -> str:
    """The lexicon file text: a header, one block per type, an empty ``evaluative`` section."""
    lines = [*HEADER.splitlines(), "#", "# Kept (measured, see data/README.md):"]
    for kind in KINDS:
        lines.append(f"#   {kind}: {', '.join(keep.get(kind, ())) or 'none'}")
    lines += ["", "types:"]
    for stance_type, block in types.items():
        lines.append(f"  {stance_type}:")
        for kind in KINDS:
            if kind in block:
                lines += _flow_list(kind, block[kind], 4)
        lines += _flow_list("preps", preps.get(stance_type) or ["to"], 4)
        lines.append("")
    lines += ["evaluative:", "  verbs: []", "  words: {}", ""]
    return "\n".join(lines)


def base_words(base: dict[str, Any], cues: dict[str, Any]) -> set[str]:
    """Everything triggers.yaml already lists (entries and verb lemmas) and the cue verbs, which
    a PETRARCH entry must not repeat or retype."""
    out: set[str] = set()
    for block in base.get("types", {}).values():
        for kind in ("verbs", "phrases", "nouns", "received", "relational"):
            for item in block.get(kind) or []:
                text = " ".join(str(item).lower().split())
                out.add(text)
                if kind in ("verbs", "phrases", "received"):
                    out.add(text.split()[0])
    out.update(str(v).lower() for v in (base.get("evaluative") or {}).get("verbs") or [])
    for phrase in (base.get("cites") or {}).get("phrases") or []:
        out.add(str(phrase).lower())
    cue_lists = ("speech_verbs", "object_speech_verbs", "hypothetical_verbs", "denial_verbs")
    for key in (*cue_lists, "factive_verbs"):
        out.update(str(v).lower() for v in cues.get(key) or [])
    return out


def merged_text(base_path: Path, petrarch: dict[str, dict[str, list[str]]]) -> str:
    """``base_path`` (triggers.yaml) with the PETRARCH entries appended to its type blocks.

    A PETRARCH verb whose lemma the base already uses (with any type), or any entry the base
    already has, is left out: the hand-written lexicon wins. Each type keeps the base's preps.
    """
    base = yaml.safe_load(base_path.read_text(encoding="utf-8"))
    cues = yaml.safe_load(CUES.read_text(encoding="utf-8")) if CUES.is_file() else {}
    known = base_words(base, cues)
    base_forms = {f for word in known if " " not in word for f in _forms(word)}
    clash = _colliding([v for b in petrarch.values() for v in b.get("verbs", [])], base_forms)
    for stance_type, block in petrarch.items():
        target = base["types"].setdefault(stance_type, {"preps": ["to"]})
        for kind, items in block.items():
            new = [i for i in items if i not in known and i not in clash]
            target[kind] = list(target.get(kind) or []) + new
    lines = [
        f"# Merged: {base_path.name} + PETRARCH2 entries (tools/build_petrarch_lexicon.py).",
        "",
        "types:",
    ]
    for stance_type, block in base["types"].items():
        lines.append(f"  {stance_type}:")
        for key, items in block.items():
            lines += _flow_list(key, [str(i) for i in items or []], 4)
        lines.append("")
    evaluative = base.get("evaluative") or {}
    lines.append("evaluative:")
    lines += _flow_list("verbs", [str(v) for v in evaluative.get("verbs") or []], 2)
    lines.append("  words:")
    for stance_type, items in (evaluative.get("words") or {}).items():
        lines += _flow_list(str(stance_type), [str(i) for i in items], 4)
    if base.get("cites"):
        lines += ["cites:", *_flow_list("phrases", [str(p) for p in base["cites"]["phrases"]], 2)]
    return "\n".join(lines) + "\n"


def _parse_keep(text: str) -> tuple[str, ...]:
    if text in ("all", ""):
        return TYPE_ORDER if text == "all" else ()
    names = tuple(t.strip().upper() for t in text.split(",") if t.strip())
    unknown = sorted(set(names) - set(TYPE_ORDER))
    if unknown:
        raise SystemExit(f"unknown type {unknown[0]}; choose from {', '.join(TYPE_ORDER)}")
    return tuple(t for t in TYPE_ORDER if t in names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=PETRARCH, help="the petrarch2 folder")
    parser.add_argument("--out", type=Path, default=OUTPUT, help="the file to write")
    parser.add_argument("--check", action="store_true", help="exit 1 if --out is stale")
    parser.add_argument("--merged", type=Path, help="also write triggers.yaml + these entries")
    parser.add_argument("--base", type=Path, default=BASE_LEXICON, help="the lexicon to merge into")
    parser.add_argument("--verbs", help="types whose verbs to keep: all, none or T1,T2")
    parser.add_argument("--phrases", help="types whose phrases to keep: all, none or T1,T2")
    parser.add_argument("--stats", action="store_true", help="print counts of kept and skipped")
    args = parser.parse_args(argv)
    keep = dict(KEEP)
    for kind in KINDS:
        value = getattr(args, kind)
        if value is not None:
            keep[kind] = _parse_keep("" if value == "none" else value)
    source = args.source / VERB_FILE
    if not source.is_file():
        print(f"error: {source} is missing", file=sys.stderr)
        return 2
    built = build(read_dictionary(source), plover_types())
    cues = yaml.safe_load(CUES.read_text(encoding="utf-8")) if CUES.is_file() else {}
    types = select(built, keep, frozenset(cues.get("factive_verbs") or ()))
    text = render(types, prep_lists(built), keep)
    if args.stats:
        for stance_type, block in types.items():
            counts = ", ".join(f"{k} {len(v)}" for k, v in block.items())
            print(f"{stance_type:<10} {counts}", file=sys.stderr)
        for reason, n in sorted(built.skipped.items()):
            print(f"skipped {n:>5}  {reason}", file=sys.stderr)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.is_file() else ""
        if current != text:
            print(f"{args.out} is stale: rerun tools/build_petrarch_lexicon.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8", newline="\n")
    if args.merged:
        args.merged.write_text(merged_text(args.base, types), encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
