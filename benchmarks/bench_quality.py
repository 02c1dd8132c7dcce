"""Extraction quality on every answer key we have, beside a co-occurrence baseline measured in
the same run, with the project's shared scorers (../shared/tools):

- seed: the seed article (development set);
- dev: tests/articles, 17 original articles used while developing the rules;
- held-out: tests/heldout, 16 original articles written blind and never used for development;
- fresh: tests/fresh, 254 wire-style articles written and keyed blind from 2026-12-05 on,
  each scored once blind, then used for development (their errors were looked at);
- VOA dev: tests/voa/dev, real Voice of America stories annotated blind, used for development;
- VOA held-out: tests/voa/heldout, real stories annotated blind, never used for development
  (score it once, at the end: ``--sets`` leaves it out while you work);
- PLOVER: the 322 PLOVER gold-standard sentences (per-type recall and precision);
- blind: tests/blind, wire-style articles keyed blind from 2026-12-06 on, each batch first scored
  the day it was keyed (tests/blind/README.md): held-out data, never used for development.
  Only ``--sets blind`` scores them, so that they are scored deliberately, at the end of a
  day's work.

The baseline is what dictionary coders do: in every sentence with a trigger word of a type,
every ordered pair of gazetteer actors named in it gets that type, asserted.

Run: python benchmarks/bench_quality.py [--sets seed,dev,fresh,heldout,voa-dev,voa-heldout,plover]
     python benchmarks/bench_quality.py --sets blind
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
VOA = SHARED / "corpus" / "voa"
SCORER = SHARED / "tools" / "score_extraction.py"
PLOVER_SCORER = SHARED / "tools" / "score_plover.py"
OURS = f"{sys.executable} -m graphkb extract {{text}} --format jsonl"
BASELINE = f"{sys.executable} {Path(__file__).resolve()} --baseline {{text}}"

# A few trigger words per type, as a dictionary coder would have them.
_KEYWORDS = {
    "SANCTION": "sanction sanctions sanctioned embargo",
    "ACCUSE": "accuse accused accuses condemn condemned criticised criticized blamed",
    "REJECT": "reject rejected rejects refused dismissed",
    "THREATEN": "threaten threatened threatens warned",
    "ASSAULT": "attack attacked strikes struck bombed shelled",
    "SUPPORT": "praised welcomed backed supports endorsed",
    "COOPERATE": "cooperation cooperate partnership",
    "AID": "aid assistance supplied",
    "AGREE": "agreed agreement pledged signed",
    "CONSULT": "talks met visited meeting",
    "REQUEST": "urged demanded called asked",
    "MOBILIZE": "troops deployed mobilised mobilized",
}


def baseline(path: Path) -> None:
    """Print co-occurrence stances for one article as JSON lines."""
    from graphkb.actors import Gazetteer
    from graphkb.model import ActorKind

    gaz = Gazetteer.bundled()
    names = sorted(
        ((s, a) for s, a, how in gaz.surfaces() if how != "demonym" and len(s) > 3),
        key=lambda sa: -len(sa[0]),
    )
    text = path.read_text(encoding="utf-8")
    for match in re.finditer(r"[^.!?\n]+[.!?]?", text):
        sentence = match.group(0)
        low = " " + re.sub(r"[^a-z0-9]+", " ", sentence.lower()) + " "
        found: list[str] = []
        for surface, actor_id in names:
            if f" {surface} " in low and actor_id not in found:
                found.append(actor_id)
        words = set(low.split())
        for stance_type, keywords in _KEYWORDS.items():
            if words & set(keywords.split()):
                for a in found:
                    for b in found:
                        if a == b:
                            continue
                        actors = [gaz.actors[a], gaz.actors[b]]
                        record = {
                            "source": actors[0].to_dict(),
                            "target": actors[1].to_dict(),
                            "type": stance_type,
                            "polarity": 0,
                            "modality": "asserted",
                            "evidence": {
                                "text": sentence,
                                "start": match.start(),
                                "end": match.end(),
                            },
                            "attributed_to": None,
                            "confidence": 0.5,
                        }
                        if actors[0].kind is ActorKind.PERSON:
                            continue
                        print(json.dumps(record))
                break


def _score(command: str, keys: list[Path]) -> dict[str, str]:
    out = subprocess.run(
        [sys.executable, str(SCORER), "--cmd", command, *map(str, keys)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    levels = {}
    for line in out.splitlines():
        found = re.match(r"(dyad|stance): (P=\S+ R=\S+ F1=\S+)", line.strip())
        if found:
            levels[found.group(1)] = found.group(2)
    return levels


def _paired(keys: list[Path], texts: Path, into: Path) -> list[Path]:
    """Copies of ``keys`` beside their story texts (which stay in ../shared) in ``into``;
    the seed's key is gold.json beside article.txt."""
    into.mkdir()
    out = []
    for key in keys:
        text = texts / ("article.txt" if key.name == "gold.json" else f"{key.stem}.txt")
        shutil.copyfile(key, into / key.name)
        shutil.copyfile(text, into / f"{key.stem}.txt")
        out.append(into / key.name)
    return out


SETS = ("seed", "dev", "fresh", "heldout", "voa-dev", "voa-heldout", "plover")
OPT_IN = ("blind",)  # scored only when asked for by name
SYMMETRIC = {"COOPERATE", "CONSULT", "ALLY", "RIVAL"}


def modality_slips(keys: list[Path]) -> tuple[int, int]:
    """(slips, total): of the gold stances coded hypothetical or negated, how many the
    extractor outputs as asserted or reported (the same source, target and type). A triple
    the key also codes as asserted or reported elsewhere in the story is no slip when output
    as fact (the story says it happened, too)."""
    sys.path.insert(0, str(SCORER.parent))
    import score_extraction

    from graphkb.actors import Gazetteer
    from graphkb.extract import Extractor

    extractor = Extractor(Gazetteer.bundled())
    slips = total = 0
    for key_path in keys:
        key = json.loads(key_path.read_text(encoding="utf-8"))
        text = key_path.with_suffix(".txt").read_text(encoding="utf-8")
        result = extractor.extract(text, document_id="d")
        names = {a.id: a.name for a in result.actors}
        index = score_extraction.ActorIndex(key["actors"])
        factual = set()
        for stance in result.stances:
            if stance.modality.value in ("asserted", "reported"):
                a = index.actor_of_pred({"id": stance.source, "name": names.get(stance.source)})
                b = index.actor_of_pred({"id": stance.target, "name": names.get(stance.target)})
                factual.add((a, b, stance.type.value))
                if stance.type.value in SYMMETRIC:
                    factual.add((b, a, stance.type.value))
        happened = set()
        for gold in key["stances"]:
            if gold["modality"] in ("asserted", "reported"):
                happened.add((gold["source"], gold["target"], gold["type"]))
                if gold["type"] in SYMMETRIC:
                    happened.add((gold["target"], gold["source"], gold["type"]))
        for gold in key["stances"]:
            if gold["modality"] in ("hypothetical", "negated"):
                total += 1
                triple = (gold["source"], gold["target"], gold["type"])
                slips += triple in factual and triple not in happened
    return slips, total


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--baseline":
        baseline(Path(sys.argv[2]))
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sets",
        default=",".join(SETS),
        help="comma-separated, of: " + ", ".join(SETS + OPT_IN) + " (blind only when named)",
    )
    parser.add_argument("--no-baseline", action="store_true", help="score graphkb only")
    args = parser.parse_args()
    wanted = [w.strip() for w in args.sets.split(",") if w.strip()]
    unknown = sorted(set(wanted) - set(SETS + OPT_IN))
    if unknown:
        sys.exit(f"unknown set {unknown[0]!r}: choose from {', '.join(SETS + OPT_IN)}")
    if not SCORER.is_file():
        sys.exit(f"the scorer is not at {SCORER}: put ../shared beside the repository")
    with tempfile.TemporaryDirectory() as tmp:
        sets = {
            "seed": _paired([SHARED / "seed" / "gold.json"], SHARED / "seed", Path(tmp) / "seed")
            if "seed" in wanted
            else [],
            "dev (tests/articles)": sorted((ROOT / "tests" / "articles").glob("*.json"))
            if "dev" in wanted
            else [],
            "fresh (tests/fresh)": sorted((ROOT / "tests" / "fresh").glob("*.json"))
            if "fresh" in wanted
            else [],
            "held-out (tests/heldout)": sorted((ROOT / "tests" / "heldout").glob("*.json"))
            if "heldout" in wanted
            else [],
            "VOA dev (tests/voa/dev)": _paired(
                sorted((ROOT / "tests" / "voa" / "dev").glob("*.json")), VOA, Path(tmp) / "vd"
            )
            if "voa-dev" in wanted
            else [],
            "blind (tests/blind)": sorted((ROOT / "tests" / "blind").glob("*.json"))
            if "blind" in wanted
            else [],
            "VOA held-out": _paired(
                sorted((ROOT / "tests" / "voa" / "heldout").glob("*.json")), VOA, Path(tmp) / "vh"
            )
            if "voa-heldout" in wanted
            else [],
        }
        print(f"{'set':<26} {'extractor':<10} {'dyad':<30} stance")
        for name, keys in sets.items():
            if not keys:
                continue
            runs = (
                (("graphkb", OURS),)
                if args.no_baseline
                else (("graphkb", OURS), ("baseline", BASELINE))
            )
            for label, command in runs:
                levels = _score(command, keys)
                print(
                    f"{name:<26} {label:<10} {levels.get('dyad', '-'):<30} "
                    f"{levels.get('stance', '-')}"
                )
            slips, total = modality_slips(keys)
            print(
                f"{name:<26} modality: {slips} of {total} hypothetical or negated gold stances "
                "output as asserted or reported"
            )
    if PLOVER_SCORER.is_file() and "plover" in wanted:
        print("\nPLOVER gold-standard sentences (graphkb):")
        out = subprocess.run(
            [sys.executable, str(PLOVER_SCORER), "--cmd", OURS],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        print(out.rstrip())


if __name__ == "__main__":
    main()
