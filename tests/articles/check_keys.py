#!/usr/bin/env python3
"""Check the hand-written answer keys in tests/articles/ (standard library only).

For every <name>.json beside this script (with its article <name>.txt) it verifies:
  - the file is valid JSON with exactly the gold fields (id, title, date, actors, stances);
  - id equals the file name, title equals the article's first line, date is YYYY-MM-DD;
  - actor ids follow the conventions (country: ISO 3166-1 alpha-3, with its own code as
    country; international organisation: upper-case acronym with country null; person,
    ministry, company or other organisation: lowercase slug), kind is known, every alias
    occurs verbatim in the text (on word boundaries) and no alias names two actors;
  - every stance has a type among the 18, the polarity of that type in the polarity table
    (data/stance_types.csv of the repository), a valid modality, a boolean optional flag,
    source and target present in actors and distinct, and a cue that occurs verbatim in the
    text (exact substring, no normalisation); no (source, target, type, modality) twice.

Usage: python tests/articles/check_keys.py [--types PATH] [--quiet]
Exit status 0 when every key passes, 1 otherwise.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_TYPES = HERE.parents[1] / "data" / "stance_types.csv"

MODALITIES = {"asserted", "reported", "hypothetical", "negated"}
KINDS = {"country", "person", "organization", "company"}
TOP_FIELDS = {"id", "title", "date", "actors", "stances"}
ACTOR_FIELDS = {"name", "kind", "country", "aliases"}
STANCE_FIELDS = {"source", "target", "type", "polarity", "modality", "optional", "cue"}

# ISO 3166-1 alpha-3 codes (officially assigned), plus XKX, the user-assigned code for
# Kosovo used by the EU, IMF and World Bank (Kosovo has no ISO code).
ISO3 = {
    "ABW",
    "AFG",
    "AGO",
    "AIA",
    "ALA",
    "ALB",
    "AND",
    "ARE",
    "ARG",
    "ARM",
    "ASM",
    "ATA",
    "ATF",
    "ATG",
    "AUS",
    "AUT",
    "AZE",
    "BDI",
    "BEL",
    "BEN",
    "BES",
    "BFA",
    "BGD",
    "BGR",
    "BHR",
    "BHS",
    "BIH",
    "BLM",
    "BLR",
    "BLZ",
    "BMU",
    "BOL",
    "BRA",
    "BRB",
    "BRN",
    "BTN",
    "BVT",
    "BWA",
    "CAF",
    "CAN",
    "CCK",
    "CHE",
    "CHL",
    "CHN",
    "CIV",
    "CMR",
    "COD",
    "COG",
    "COK",
    "COL",
    "COM",
    "CPV",
    "CRI",
    "CUB",
    "CUW",
    "CXR",
    "CYM",
    "CYP",
    "CZE",
    "DEU",
    "DJI",
    "DMA",
    "DNK",
    "DOM",
    "DZA",
    "ECU",
    "EGY",
    "ERI",
    "ESH",
    "ESP",
    "EST",
    "ETH",
    "FIN",
    "FJI",
    "FLK",
    "FRA",
    "FRO",
    "FSM",
    "GAB",
    "GBR",
    "GEO",
    "GGY",
    "GHA",
    "GIB",
    "GIN",
    "GLP",
    "GMB",
    "GNB",
    "GNQ",
    "GRC",
    "GRD",
    "GRL",
    "GTM",
    "GUF",
    "GUM",
    "GUY",
    "HKG",
    "HMD",
    "HND",
    "HRV",
    "HTI",
    "HUN",
    "IDN",
    "IMN",
    "IND",
    "IOT",
    "IRL",
    "IRN",
    "IRQ",
    "ISL",
    "ISR",
    "ITA",
    "JAM",
    "JEY",
    "JOR",
    "JPN",
    "KAZ",
    "KEN",
    "KGZ",
    "KHM",
    "KIR",
    "KNA",
    "KOR",
    "KWT",
    "LAO",
    "LBN",
    "LBR",
    "LBY",
    "LCA",
    "LIE",
    "LKA",
    "LSO",
    "LTU",
    "LUX",
    "LVA",
    "MAC",
    "MAF",
    "MAR",
    "MCO",
    "MDA",
    "MDG",
    "MDV",
    "MEX",
    "MHL",
    "MKD",
    "MLI",
    "MLT",
    "MMR",
    "MNE",
    "MNG",
    "MNP",
    "MOZ",
    "MRT",
    "MSR",
    "MTQ",
    "MUS",
    "MWI",
    "MYS",
    "MYT",
    "NAM",
    "NCL",
    "NER",
    "NFK",
    "NGA",
    "NIC",
    "NIU",
    "NLD",
    "NOR",
    "NPL",
    "NRU",
    "NZL",
    "OMN",
    "PAK",
    "PAN",
    "PCN",
    "PER",
    "PHL",
    "PLW",
    "PNG",
    "POL",
    "PRI",
    "PRK",
    "PRT",
    "PRY",
    "PSE",
    "PYF",
    "QAT",
    "REU",
    "ROU",
    "RUS",
    "RWA",
    "SAU",
    "SDN",
    "SEN",
    "SGP",
    "SGS",
    "SHN",
    "SJM",
    "SLB",
    "SLE",
    "SLV",
    "SMR",
    "SOM",
    "SPM",
    "SRB",
    "SSD",
    "STP",
    "SUR",
    "SVK",
    "SVN",
    "SWE",
    "SWZ",
    "SXM",
    "SYC",
    "SYR",
    "TCA",
    "TCD",
    "TGO",
    "THA",
    "TJK",
    "TKL",
    "TKM",
    "TLS",
    "TON",
    "TTO",
    "TUN",
    "TUR",
    "TUV",
    "TWN",
    "TZA",
    "UGA",
    "UKR",
    "UMI",
    "URY",
    "USA",
    "UZB",
    "VAT",
    "VCT",
    "VEN",
    "VGB",
    "VIR",
    "VNM",
    "VUT",
    "WLF",
    "WSM",
    "YEM",
    "ZAF",
    "ZMB",
    "ZWE",
    "XKX",
}

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,11}")


def load_polarity(path: Path) -> dict[str, int]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["type"].strip(): int(row["polarity"]) for row in csv.DictReader(fh)}


def occurs_as_words(alias: str, text: str) -> bool:
    """True if alias occurs verbatim in text, not inside a longer word."""
    return re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text) is not None


def norm_alias(alias: str) -> str:
    return re.sub(r"\s+", " ", alias.replace("\u00a0", " ").replace("\u2019", "'")).strip().lower()


def check_actor(aid: str, actor: object, text: str) -> list[str]:
    errs: list[str] = []
    if not isinstance(actor, dict):
        return [f"actor {aid}: not an object"]
    if set(actor) != ACTOR_FIELDS:
        errs.append(f"actor {aid}: fields {sorted(actor)} != {sorted(ACTOR_FIELDS)}")
    kind, country = actor.get("kind"), actor.get("country")
    if kind not in KINDS:
        errs.append(f"actor {aid}: kind {kind!r} not in {sorted(KINDS)}")
    if not isinstance(actor.get("name"), str) or not actor.get("name"):
        errs.append(f"actor {aid}: missing name")
    if country is not None and country not in ISO3:
        errs.append(f"actor {aid}: country {country!r} is not an ISO 3166-1 alpha-3 code")
    if kind == "country":
        if aid not in ISO3:
            errs.append(f"actor {aid}: country id is not an ISO 3166-1 alpha-3 code")
        if country != aid:
            errs.append(f"actor {aid}: a country's country must be its own code, got {country!r}")
    elif ACRONYM.fullmatch(aid):
        # Upper-case ids are reserved for international organisations.
        if kind != "organization":
            errs.append(
                f"actor {aid}: upper-case id but kind {kind!r} (people/companies take slugs)"
            )
        if country is not None:
            errs.append(f"actor {aid}: international organisation must have country null")
        if aid in ISO3:
            errs.append(f"actor {aid}: organisation id collides with a country code")
    elif not SLUG.fullmatch(aid):
        errs.append(f"actor {aid}: id is neither ISO3, an upper-case acronym nor a lowercase slug")
    aliases = actor.get("aliases")
    if not isinstance(aliases, list) or not aliases:
        errs.append(f"actor {aid}: aliases must be a non-empty list")
    else:
        for alias in aliases:
            if not isinstance(alias, str) or not alias:
                errs.append(f"actor {aid}: bad alias {alias!r}")
            elif not occurs_as_words(alias, text):
                errs.append(f"actor {aid}: alias {alias!r} does not occur in the text")
    return errs


def check_stance(
    i: int, s: object, actors: dict[str, Any], polarity: dict[str, int], text: str
) -> list[str]:
    if not isinstance(s, dict):
        return [f"stance {i}: not an object"]
    errs: list[str] = []
    where = f"stance {i} ({s.get('source')}->{s.get('target')} {s.get('type')})"
    if set(s) != STANCE_FIELDS:
        errs.append(f"{where}: fields {sorted(s)} != {sorted(STANCE_FIELDS)}")
    typ = s.get("type")
    if typ not in polarity:
        errs.append(f"{where}: type {typ!r} not among the {len(polarity)} types")
    elif s.get("polarity") != polarity[typ] or isinstance(s.get("polarity"), bool):
        errs.append(f"{where}: polarity {s.get('polarity')!r} != {polarity[typ]} for {typ}")
    if s.get("modality") not in MODALITIES:
        errs.append(f"{where}: modality {s.get('modality')!r} invalid")
    if not isinstance(s.get("optional"), bool):
        errs.append(f"{where}: optional must be true or false")
    for role in ("source", "target"):
        if s.get(role) not in actors:
            errs.append(f"{where}: {role} {s.get(role)!r} not in actors")
    if s.get("source") == s.get("target"):
        errs.append(f"{where}: source equals target")
    cue = s.get("cue")
    if not isinstance(cue, str) or not cue.strip():
        errs.append(f"{where}: empty cue")
    elif cue not in text:
        errs.append(f"{where}: cue {cue!r} does not occur verbatim in the text")
    return errs


def check_key(path: Path, polarity: dict[str, int]) -> tuple[list[str], list[str], dict[str, Any]]:
    """Return (errors, warnings, key) for one key file."""
    warnings: list[str] = []
    text_path = path.with_suffix(".txt")
    if not text_path.exists():
        return [f"missing article {text_path.name}"], warnings, {}
    text = text_path.read_text(encoding="utf-8")
    try:
        key = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"invalid JSON: {exc}"], warnings, {}
    if not isinstance(key, dict):
        return ["top level is not an object"], warnings, {}
    errs: list[str] = []
    if set(key) != TOP_FIELDS:
        errs.append(f"top-level fields {sorted(key)} != {sorted(TOP_FIELDS)}")
    if key.get("id") != path.stem:
        errs.append(f"id {key.get('id')!r} != file name {path.stem!r}")
    if key.get("title") != text.split("\n", 1)[0].strip():
        errs.append("title differs from the article's first line")
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(key.get("date"))):
            raise ValueError
        date.fromisoformat(str(key.get("date")))
    except ValueError:
        errs.append(f"date {key.get('date')!r} is not YYYY-MM-DD")
    actors = key.get("actors")
    stances = key.get("stances")
    if not isinstance(actors, dict) or not isinstance(stances, list):
        return [*errs, "actors must be an object and stances a list"], warnings, {}
    owner: dict[str, str] = {}
    for aid, actor in actors.items():
        errs.extend(check_actor(aid, actor, text))
        if isinstance(actor, dict):
            for alias in actor.get("aliases") or []:
                if isinstance(alias, str):
                    prev = owner.setdefault(norm_alias(alias), aid)
                    if prev != aid:
                        errs.append(f"alias {alias!r} names both {prev} and {aid}")
    seen: Counter[tuple[Any, ...]] = Counter()
    for i, s in enumerate(stances):
        errs.extend(check_stance(i, s, actors, polarity, text))
        if isinstance(s, dict):
            seen[(s.get("source"), s.get("target"), s.get("type"), s.get("modality"))] += 1
    errs.extend(f"duplicate stance {k}" for k, n in seen.items() if n > 1)
    used = {s.get(r) for s in stances if isinstance(s, dict) for r in ("source", "target")}
    warnings.extend(f"actor {a} takes part in no stance" for a in actors if a not in used)
    return errs, warnings, key


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--types", type=Path, default=DEFAULT_TYPES, help="stance type table (CSV)")
    ap.add_argument("--quiet", action="store_true", help="print only problems and the total")
    args = ap.parse_args()
    polarity = load_polarity(args.types)
    keys = sorted(p for p in HERE.glob("*.json"))
    orphans = sorted(p.name for p in HERE.glob("*.txt") if not p.with_suffix(".json").exists())
    failed = len(orphans)
    for name in orphans:
        print(f"FAIL {name}: article without key")
    by_type: Counter[str] = Counter()
    by_mod: Counter[str] = Counter()
    required = optional = 0
    for path in keys:
        errs, warns, key = check_key(path, polarity)
        for w in warns:
            print(f"warn {path.name}: {w}")
        if errs:
            failed += 1
            for e in errs:
                print(f"FAIL {path.name}: {e}")
            continue
        st = key["stances"]
        n_req = sum(not s["optional"] for s in st)
        required += n_req
        optional += len(st) - n_req
        by_type.update(s["type"] for s in st if not s["optional"])
        by_mod.update(s["modality"] for s in st if not s["optional"])
        if not args.quiet:
            print(
                f"ok   {path.name}: {len(key['actors'])} actors, {len(st)} stances ({n_req} required)"
            )
    print(
        f"\n{len(keys)} keys, {failed} failing; {required} required + {optional} optional stances"
    )
    if not args.quiet:
        print("required by type:", ", ".join(f"{t} {by_type[t]}" for t in polarity))
        print("required by modality:", ", ".join(f"{m} {by_mod[m]}" for m in sorted(MODALITIES)))
        missing = [t for t in polarity if not by_type[t]]
        if missing:
            print("types with no required stance:", ", ".join(missing))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
