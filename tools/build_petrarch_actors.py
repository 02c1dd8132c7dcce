"""Build ``data/actors/armed_groups.csv``, ``international.csv`` and ``officials.csv`` from the
PETRARCH2 actor dictionaries.

The dictionaries (``../shared/third_party/petrarch2/``, MIT licence, Copyright (c) 2014 Open
Event Data / Open Event Data Alliance) list armed and non-state groups with a CAMEO actor code
(``Phoenix.MilNonState.actors.txt``), international organisations, NGOs and companies
(``Phoenix.International.actors.txt``) and named office-holders under each country with role
codes and date ranges (``Phoenix.Countries.actors.txt``). graphkb reads none at run time: this
tool turns them into three reviewed-by-rule tables::

    python tools/build_petrarch_actors.py           # rewrite the three CSV files
    python tools/build_petrarch_actors.py --check   # exit 1 if any differs from a rebuild
    python tools/build_petrarch_actors.py --stats   # also print what was dropped and why
    python tools/build_petrarch_actors.py --companies --out-dir /tmp/x  # MNCs too, to measure

How the dictionary syntax is read: a line ``NAME [CODE]`` or ``NAME`` opens an entry, ``+NAME``
adds a synonym to it, an indented ``[CODE DATES]`` line gives codes to every entry opened since
the last code line (several names may share one block of codes), ``#`` starts a comment. A
synonym after a blank line belongs to no entry and is ignored. Dates are ``YYMMDD`` (00-30 is
20YY, as PETRARCH reads them) or ``YYYYMMDD``, as ``A-B``, ``>A`` (from) or ``<B`` (until).

Armed groups (kind ``group``, the columns of ``organizations.csv``):

* ``country`` is the ISO3 code of the code's first three letters (through
  ``data/cameo/country_codes.csv`` where CAMEO differs from ISO) when that is one of the 196
  countries; regional and transnational codes (``SAS``, ``MEA``, ``IMG``, ``INT`` ...) give none.
* Entries that are people are left out: a name led by a title (Sheikh, Commander ...) or by a
  given name seen among the dictionary's office-holders, with no organisation word (army, front,
  brigade ...); a name whose dictionary comment calls it a leader, member or founder; a synonym
  listed after such a name in the same entry. Names of the "ca. 2009" list, written with a
  double final underscore, are kept only with an organisation word (most are people).
* Each name becomes a readable surface form: underscores to spaces, words capitalised, Arabic
  articles lower-case (``al-Shabab``), acronyms upper-case, a parenthesised acronym split off as
  its own alias, a parenthesised place ("(GREECE)") dropped.
* A surface form is dropped when it is dangerous in running text: a single word that is not an
  acronym and is an ordinary English word (it appears in PETRARCH's verb or agent dictionaries),
  a name of two words that are both such words ("Red Line", "New Order"), a name made only of
  generic organisation words ("Tigers", "Islamic Jihad"), a form of 3 or fewer letters unless it
  is an upper-case acronym, any 2-letter acronym, a country's name, capital or demonym, a form
  two unrelated groups share (kept by the group whose name it is), a form cut by a comment
  inside a word, and a one-word alias that is not a spelling of the group's name ("The
  Foundation", "Provos"). A group needs a safe form longer than a 3-letter acronym (EPA alone
  names too much else), and its name is never such an acronym.
* Entries with the same readable name, or sharing a surface form under the same CAMEO code, are
  one group. A group whose name or any alias is already an actor of ``organizations.csv`` (Hamas,
  Hezbollah, the Taliban ...), or whose code ends in a known-group code that
  ``data/cameo/known_groups.csv`` gives to one, is left out: the hand-written row stays as it is.
* ``id`` is the slug of the name; the name is the shortest spelling of the entry's first name
  (double letters folded: AL-SHABAAB and AL-SHABAB give al-Shabab).

International actors (``international.csv``, the columns of ``organizations.csv``), built
by the same reading, surface forms and safety rules as the armed groups, with these
differences:

* An entry counts by its first undated code of the IGO, NGO or MNC family (kind
  ``organization`` for IGOs and NGOs, ``company`` for MNCs); an entry with only dated codes is
  an office-holder (a secretary-general), one with another code a news outlet or a person, and
  is left out. Only IGOs and NGOs are written by default (``KEPT_FAMILIES``): companies cost a
  third of a second of loading and changed no development stance for the better. Entries
  stamped ``01 Jul 2010`` (a bulk import from a directory of UN-accredited NGOs, not from
  news) are left out too.
* ``country`` comes from the three letters after the family (``NGOTUNHLH`` gives ``TUN``,
  ``MNCJPN`` ``JPN``) when they are one of the 196 countries; an IGO has none (``IGOLKA``, a
  monitoring mission in Sri Lanka, does not act for it).
* A name with an initial and no organisation word is a person's (R.K. Pachauri), as is a
  one-word form that is a given name or an office-holder's last name.
* A code ending in a known-group code (``cameo/known_groups.csv``) names that body: if
  ``organizations.csv`` has it (UN, EU, NATO, UNICEF ...) every entry so coded is left out;
  otherwise the entries become one actor with the id and name the known-group table gives
  (``NGOHRIAMN``: ``AMNESTY``, Amnesty International), keeping of each entry only forms with an
  organisation word, an acronym or a word of the body's name or label (its staff, coded under
  it, are left out). Those names are typed by hand, so they pass the ordinary-words rule, as
  do two-word names ending in International (Transparency International).
* An entry named by one word joins the one entry of its family whose initials spell it (UNESCO).
* A form an armed group has stays the armed group's; the family's own name (NGOs, MNCs) and
  a description with "based" (Washington-based Freedom House) are never forms. With
  ``--companies``, a company's legal form (Inc, Corporation, Group ...) is dropped for an alias.

Officials (not loaded by the gazetteer; for the extractor): a person is an entry of the
countries file whose name has two to five words and no role word (President, Minister ...); each
dated role code of one of the 196 countries whose period reaches 2010 or later is one row.
Undated codes (PETRARCH's default for "any other time") give no row.

Output is sorted and written with ``\\n`` line endings, so the same inputs always give
byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from graphkb.actors import normalize_name
from graphkb.model import slugify

ROOT = Path(__file__).resolve().parent.parent
PETRARCH = ROOT.parent / "shared" / "third_party" / "petrarch2"
GROUPS_FILE = "Phoenix.MilNonState.actors.txt"
INTERNATIONAL_FILE = "Phoenix.International.actors.txt"
COUNTRIES_FILE = "Phoenix.Countries.actors.txt"
VOCAB_FILES = ("CAMEO.2.0.txt", "Phoenix.agents.txt", "CAMEO.verbpatterns.150430.txt")
ACTORS = ROOT / "data" / "actors"
CAMEO = ROOT / "data" / "cameo"
GROUPS_OUT = ACTORS / "armed_groups.csv"
OFFICIALS_OUT = ACTORS / "officials.csv"
INTERNATIONAL_OUT = ACTORS / "international.csv"

GROUP_COLUMNS = ("id", "name", "kind", "country", "qid", "aliases", "description")
OFFICIAL_COLUMNS = ("id", "name", "country", "role", "start", "end", "aliases")
SINCE = dt.date(2010, 1, 1)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that make a name an organisation's, never a person's.
ORG_WORDS = _words(
    """ARMY ARMIES FRONT BRIGADE BRIGADES MOVEMENT GROUP GROUPS PARTY ORGANIZATION ORGANISATION
    FORCE FORCES COUNCIL LEAGUE UNION COMMITTEE CELL CELLS NUCLEI NUCLEUS FACTION BATTALION
    BATTALIONS JIHAD MUJAHIDEEN MUJAHIDIN MUJAHEDIN COMMAND COMMANDO COMMANDOS ALLIANCE
    RESISTANCE REVOLUTIONARY LIBERATION FEDERATION CONGRESS SQUAD SQUADS TIGERS MILITIA
    GUERRILLA GUERILLA NETWORK FOUNDATION SOCIETY ISLAMIC ISLAMI ISLAMIYA ISLAMIYAH LASHKAR
    JAISH JAMAAT JEMAAH HARAKAT HIZB KATAIB TANZIM ANSAR BRIGADA"""
)
TITLES = _words(
    """SHEIKH SHEIK SHAYKH SAYYID SAYYED SEYYED COMMANDER EMIR MR MRS DR PRESIDENT GENERAL GEN
    COLONEL COL MULLAH MAULANA IMAM"""
)
# Person-name particles: lower-case inside a name ("bin Laden", "de Gaulle").
PARTICLES = _words("BIN BEN IBN BINT DE DEL DELLA DI DA DO DOS DAS DU VAN VON DER DEN LE")
SMALL_WORDS = _words("OF THE FOR AND IN ON TO AT A AN BY WITH FROM")
# Connectors inside transliterated and Romance names: Jaish-e-Mohammad, Morelos y Pavon.
CONNECTORS = _words("E I UL UD UR Y LA LAS LOS DES IL WA FI LI")
ARABIC_ARTICLES = _words("AL EL ASH AD AN AR AS AT AZ ADH")
# Words that make a name in the countries file an office, body or place, not a person.
ROLE_WORDS = _words(
    """PRESIDENT MINISTER MINISTRY GOVERNMENT ADMINISTRATION PARLIAMENT CABINET SECRETARY
    OFFICIAL OFFICIALS POLICE ARMY NAVY COURT ASSEMBLY COUNCIL CONGRESS SENATE PARTY STATE
    COMMITTEE COMMISSION AGENCY BANK OFFICE DEPARTMENT FORCES FORCE COMMAND GUARD MILITARY
    REPUBLIC KINGDOM PEOPLES PEOPLE'S NATIONAL FEDERAL UNION MR MRS DR GENERAL PRIME VICE
    AMBASSADOR SPOKESMAN LEADER CHIEF KING QUEEN PRINCE EMIR SHEIKH THE SENATOR GOVERNOR ELECT
    FORMER MAYOR JUDGE JUSTICE"""
)
SECTORS = {
    "GOV": "government",
    "MIL": "military",
    "ELI": "elite",
    "OPP": "opposition",
    "REB": "rebel",
    "SPY": "intelligence",
    "JUD": "judiciary",
    "LEG": "legislature",
    "COP": "police",
    "BUS": "economy",
    "AGR": "agriculture",
    "MED": "media",
    "EDU": "education",
    "HLH": "health",
    "DEV": "development",
    "LAB": "labour",
    "ENV": "environment",
    "HRI": "human rights",
    "REL": "religion",
    "REF": "refugees",
    "MUS": "Muslim",
}
# Dictionary comments on a code line that name the office ("# Prime Minister"), abbreviated.
_ROLE_COMMENT = re.compile(
    r"\b(president|minister|min\.|pm|chancellor|premier|cmdr|commander|chief|secretary|"
    r"governor|king|queen|emir|speaker|ambassador|general)\b",
    re.IGNORECASE,
)
_ABBREVIATIONS = (
    (re.compile(r"\bacting pm\b"), "acting prime minister"),
    (re.compile(r"\bdep\. pm\b"), "deputy prime minister"),
    (re.compile(r"\bpm\b"), "prime minister"),
    (re.compile(r"\bmin\.( of)?"), "minister of"),
    (re.compile(r"\bdep\."), "deputy"),
    (re.compile(r"\bcmdr\b"), "commander"),
    (re.compile(r"\bfin\."), "finance"),
)
_PERSON_COMMENT = re.compile(r"\b(leader|member|founder|co-founder|commander|head|his|her)\b")
_CODE = re.compile(r"\[([^]\s]*)\s*([^]]*)\]")
_DATE_RANGE = re.compile(r"(\d{6,8})?\s*-\s*(\d{6,8})?")


class PetrarchBuildError(Exception):
    """The dictionaries or graphkb's tables cannot produce valid actor files."""


@dataclass(frozen=True, slots=True)
class Code:
    """One CAMEO actor code with the period it holds (None: open)."""

    code: str
    start: dt.date | None
    end: dt.date | None
    dated: bool
    comment: str


@dataclass
class Entry:
    """A dictionary block: its names (first the leading ones) and its codes."""

    names: list[tuple[str, bool, str]] = field(default_factory=list)  # text, leading, comment
    codes: list[Code] = field(default_factory=list)


# ---------------------------------------------------------------- dictionary reading


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def parse_date(text: str) -> dt.date:
    """A PETRARCH date: YYYYMMDD, or YYMMDD with 00-30 read as 20YY.

    >>> parse_date("090120"), parse_date("19290101")
    (datetime.date(2009, 1, 20), datetime.date(1929, 1, 1))
    """
    if len(text) <= 7:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    return dt.date(year, month, day)


def parse_code(code: str, dates: str, comment: str = "") -> Code:
    """A code with its date restriction (``A-B``, ``>A``, ``<B`` or none)."""
    dates = dates.strip()
    start = end = None
    try:
        if dates.startswith(">"):
            start = parse_date(dates[1:].strip())
        elif dates.startswith("<"):
            end = parse_date(dates[1:].strip())
        elif match := _DATE_RANGE.fullmatch(dates):
            start = parse_date(match[1]) if match[1] else None
            end = parse_date(match[2]) if match[2] else None
        elif dates.isdigit():
            start = parse_date(dates)
    except ValueError:  # an impossible date (20100931): the code keeps no period
        start = end = None
        dates = ""
    return Code(code.upper(), start, end, bool(dates), comment.strip())


def _strip_comment(line: str) -> tuple[str, str, bool]:
    """The line without its comment, the comment, and whether the cut fell inside a word."""
    at = line.find("#")
    if at < 0:
        return line, "", False
    inside = at > 0 and line[at - 1].isalnum() and line[at + 1 : at + 2].isalnum()
    return line[:at], line[at + 1 :].strip(" #\t"), inside


def read_entries(text: str) -> list[Entry]:
    """The dictionary's blocks with codes, in file order. Names opened one after another
    before a code line are one block (PETRARCH gives them all the codes that follow)."""
    entries: list[Entry] = []
    current: Entry | None = None
    coded = False  # whether ``current`` has had its codes (a new name opens a new block)
    attached = False  # whether a synonym line may still attach to ``current``
    for raw in text.splitlines():
        body, comment, cut = _strip_comment(raw)
        stripped = body.strip()
        if not stripped:
            if not raw.strip() or (raw.lstrip().startswith("#") and not raw.startswith("#")):
                attached = False
            continue
        if stripped.startswith("["):
            if current is not None:
                current.codes.extend(
                    parse_code(m[1], m[2], comment) for m in _CODE.finditer(stripped)
                )
                coded = True
            continue
        if stripped.startswith("+"):
            if current is not None and attached and not cut:
                name = stripped[1:].partition("[")[0]
                current.names.append((name.strip(), False, comment))
            continue
        name, bracket, rest = stripped.partition("[")
        if current is None or coded or not attached:
            current = Entry()
            entries.append(current)
            coded = False
        if not cut:
            current.names.append((name.strip(), True, comment))
        attached = not cut
        match = _CODE.match("[" + rest) if bracket else None
        if match:
            current.codes.append(parse_code(match[1], match[2], comment))
            coded = True
    return [entry for entry in entries if entry.codes and entry.names]


# ---------------------------------------------------------------- surface forms


def _tokens(raw: str) -> list[str]:
    return [t for t in re.split(r"[_\s]+", raw.upper()) if t]


def _is_acronym_token(token: str) -> bool:
    letters = re.sub(r"[^A-Z]", "", token)
    return bool(letters) and (len(letters) <= 4 or not re.search(r"[AEIOUY]", letters))


def _word_case(token: str, first: bool) -> str:
    upper = token.upper()
    if upper in SMALL_WORDS and not first:
        return upper.lower()
    if (upper in PARTICLES or upper in CONNECTORS) and not first:
        return upper.lower()
    if not first and upper in ARABIC_ARTICLES:
        return upper.lower()
    head, dash, tail = upper.partition("-")
    if not first and dash and head in CONNECTORS:
        return head.lower() + "-" + _word_case(tail, first=False)
    parts = re.split(r"([-'/])", token)
    out = []
    for i, part in enumerate(parts):
        up = part.upper()
        if i == 0 and up in ARABIC_ARTICLES and len(parts) > 2 and parts[1] == "-":
            out.append(up.lower())
        elif i > 0 and (up in CONNECTORS or up in ARABIC_ARTICLES) and i + 1 < len(parts):
            out.append(up.lower())  # Hizb-i-Islami, Harakat ul-Jihad
        elif i > 0 and parts[i - 1] == "'" and len(part) <= 2:
            out.append(part.lower())  # People's, Gama'a
        elif re.fullmatch(r"\d+(?:ST|ND|RD|TH)", up):
            out.append(part.lower())  # 1st, 23rd
        elif re.fullmatch(r"[A-Z]\.?", up) or re.fullmatch(r"(?:[A-Z]\.)+", up):
            out.append(up)
        else:
            out.append(part[:1].upper() + part[1:].lower())
    return "".join(out)


def readable(raw: str, acronyms: frozenset[str] = frozenset()) -> str:
    """A dictionary name as news writes it: ``AL-SHABAB`` -> ``al-Shabab``.

    >>> readable("BALOCH_LIBERATION_ARMY_")
    'Baloch Liberation Army'
    >>> readable("KURDISTAN_WORKERS'_PARTY")
    "Kurdistan Workers' Party"
    """
    tokens = _tokens(raw)
    if len(tokens) == 1 and _is_acronym_token(tokens[0]) and "." not in tokens[0]:
        return tokens[0]
    words = []
    for i, token in enumerate(tokens):
        if token in acronyms or re.fullmatch(r"[A-Z]*\d[A-Z0-9/-]*(?<!ST|ND|RD|TH)", token):
            words.append(token)
        else:
            words.append(_word_case(token, first=i == 0))
    return " ".join(words)


def _is_place(text: str) -> bool:
    return normalize_name(text) in _country_surfaces()


def split_name(raw: str) -> tuple[str, list[str], bool]:
    """A name without its parenthesised parts, the acronyms those held, and whether a
    parenthesis held something else (a place, a note)."""
    acronyms, other = [], False
    for found in re.findall(r"\(([^)]*)\)?", raw):
        inner = found.strip("_ ")
        if re.fullmatch(r"[A-Z0-9][A-Z0-9/-]{1,5}", inner) and not _is_place(inner):
            acronyms.append(inner)
        elif inner:
            other = True
    base = re.sub(r"\([^)]*\)?", " ", raw)
    return re.sub(r"[_\s]+", "_", base).strip("_ ,"), acronyms, other


def fold(text: str) -> str:
    """A spelling-insensitive key: normalised, doubled letters folded, separators dropped."""
    key = normalize_name(text).replace(" ", "")
    return re.sub(r"(.)\1+", r"\1", key)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """What makes a surface form unsafe: ordinary English words and country surfaces."""

    words: frozenset[str]
    countries: frozenset[str]
    given_names: frozenset[str]

    def ordinary(self, word: str) -> bool:
        word = word.upper().strip("'")
        return word in self.words or (word.endswith("S") and word[:-1] in self.words)

    def danger(self, surface: str) -> str | None:
        """Why a surface form would mislead the extractor, or None when it is safe."""
        key = normalize_name(surface)
        letters = re.sub(r"[^A-Za-z]", "", surface)
        words = key.split()
        acronym = surface.isupper()
        checks = (
            (not words, "empty"),
            (len(letters) <= 3 and not acronym, "3 letters or fewer, not an acronym"),
            (len(letters) <= 2, "an acronym of 2 letters"),
            (key in self.countries, "a country's name, capital or demonym"),
            (len(words) == 1 and not acronym and self.ordinary(key), "an ordinary word"),
            (
                not acronym and {w.upper() for w in words} <= ORG_WORDS | SMALL_WORDS,
                "only generic words (Tigers, Islamic Jihad)",
            ),
            (
                len(words) == 2 and not acronym and all(self.ordinary(w) for w in words),
                "ordinary words",
            ),
        )
        return next((reason for failed, reason in checks if failed), None)


def load_vocabulary(source: Path) -> Vocabulary:
    """Ordinary words from PETRARCH's verb and agent dictionaries, country surfaces from
    countries.csv, given names from the office-holders of the countries dictionary."""
    words: set[str] = set()
    for name in VOCAB_FILES:
        for line in _read_text(source / name).splitlines():
            body = line.split("#", 1)[0]
            words.update(w for w in re.split(r"[^A-Z]+", body.upper()) if len(w) > 1)
    given: Counter[str] = Counter()
    for entry in read_entries(_read_text(source / COUNTRIES_FILE)):
        for raw, leading, comment in entry.names:
            tokens = _tokens(split_name(raw)[0])
            if leading and "CountryInfo" in comment and len(tokens) >= 2:
                given[tokens[0]] += 1
    function_words = ORG_WORDS | ARABIC_ARTICLES | SMALL_WORDS | PARTICLES | CONNECTORS
    names = {n for n, count in given.items() if count >= 2 and n not in function_words}
    return Vocabulary(frozenset(words), _country_surfaces(), frozenset(names))


# ---------------------------------------------------------------- armed groups


@dataclass
class Group:
    """An armed group being assembled from one or more dictionary entries."""

    code: str
    names: list[str]  # readable surface forms, the name first
    sources: list[str]  # the raw leading names, for reports


def _person(raw: str, comment: str, vocab: Vocabulary) -> bool:
    tokens = _tokens(split_name(raw)[0])
    if any(t in ORG_WORDS for t in tokens):
        return False
    if _PERSON_COMMENT.search(comment.lower()):
        return True
    if tokens and tokens[0] in TITLES:
        return True
    return len(tokens) >= 2 and tokens[0] in vocab.given_names


def _acronyms(names: Iterable[str]) -> frozenset[str]:
    """The acronyms an entry uses: parenthesised ones, and names of one short word."""
    found: set[str] = set()
    for raw in names:
        base, inner, _ = split_name(raw)
        found.update(inner)
        tokens = _tokens(base)
        if len(tokens) == 1 and _is_acronym_token(tokens[0]):
            found.add(tokens[0])
    return frozenset(found)


def _entry_group(
    entry: Entry, vocab: Vocabulary, stats: Counter[str], code: str | None = None
) -> Group | None:
    """The group an entry names under ``code`` (by default its first undated code), or None
    when it names a person."""
    code = code or next((c.code for c in entry.codes if not c.dated), entry.codes[0].code)
    lead, _, lead_comment = entry.names[0]
    if lead.endswith("__") and not any(t in ORG_WORDS for t in _tokens(lead)):
        stats["entry: a name of the ca. 2009 list without an organisation word"] += 1
        return None
    if _person(lead, lead_comment, vocab):
        stats["entry: a person"] += 1
        return None
    acronyms = _acronyms(raw for raw, _, _ in entry.names)
    forms: list[str] = []
    person_seen = False
    person_tokens: set[str] = set()
    for raw, leading, comment in entry.names:
        if not leading and _person(raw, comment, vocab):
            person_seen = True
            person_tokens.update(_tokens(raw))
            stats["alias: a person"] += 1
            continue
        tokens = _tokens(raw)
        plain = not leading and not any(t in ORG_WORDS for t in tokens)
        if plain and (person_seen or set(tokens) <= person_tokens):
            stats["alias: a person"] += 1
            continue
        base, inner, _ = split_name(raw)
        forms.append(readable(base, acronyms))
        forms.extend(inner)
    forms = [f for f in dict.fromkeys(forms) if f]
    return Group(code, forms, [lead]) if forms else None


def _country(code: str, cameo: dict[str, str], countries: set[str]) -> str:
    prefix = cameo.get(code[:3], code[:3])
    return prefix if prefix in countries else ""


def _existing(path: Path) -> tuple[set[str], dict[str, str], set[str]]:
    """Surface keys of organizations.csv, known-group codes to actors, and country ids."""
    orgs: set[str] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for form in (row["id"], row["name"], *row["aliases"].split("|")):
                if form:
                    orgs.add(normalize_name(form))
    with (CAMEO / "known_groups.csv").open(encoding="utf-8", newline="") as handle:
        known = {row["code"]: row["actor"] for row in csv.DictReader(handle)}
    with (ACTORS / "countries.csv").open(encoding="utf-8", newline="") as handle:
        countries = {row["id"] for row in csv.DictReader(handle)}
    return orgs, known, countries


def _cameo_countries() -> dict[str, str]:
    with (CAMEO / "country_codes.csv").open(encoding="utf-8", newline="") as handle:
        return {row["cameo"]: row["iso3"] for row in csv.DictReader(handle)}


def _no_body(code: str) -> str | None:
    return None


def _merge(groups: list[Group], body: Callable[[str], str | None] = _no_body) -> list[Group]:
    """Entries with the same name, or sharing a form under the same code, or whose codes name
    the same body (``body``: a known-group code), become one group."""
    parent = list(range(len(groups)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[str, str], int] = {}
    for i, group in enumerate(groups):
        keys = [("name", fold(group.names[0]))]
        keys += [(group.code, fold(form)) for form in group.names]
        if (actor := body(group.code)) is not None:
            keys.append(("body", actor))
        for key in keys:
            if key in owner:
                parent[find(i)] = find(owner[key])
            else:
                owner[key] = i
    merged: dict[int, Group] = {}
    for i, group in enumerate(groups):
        root = find(i)
        if root not in merged:
            merged[root] = Group(group.code, list(group.names), list(group.sources))
        else:
            target = merged[root]
            target.names.extend(f for f in group.names if f not in target.names)
            target.sources.extend(group.sources)
            if body(target.code) is None and body(group.code) is not None:
                target.code = group.code  # the known body's code names the group
    return list(merged.values())


def _lone_word(form: str, name: str) -> bool:
    """Whether ``form`` is one word (after "the"), not an acronym and not a spelling of the
    group's name: "The Foundation", "Provos" or "Zero" name too much else to stand alone."""
    words = normalize_name(form).split()
    return len(words) == 1 and not form.isupper() and fold(form) not in fold(name)


def _short_acronym(form: str) -> bool:
    return form.isupper() and len(re.sub(r"[^A-Z]", "", form)) <= 3


def _best_name(forms: list[str]) -> str:
    """The shortest spelling of the first form (al-Shabaab, al-Shabab: al-Shabab); never an
    acronym of 3 letters or fewer (EPA, LET name too much else)."""
    forms = [f for f in forms if not _short_acronym(f)]
    key = fold(forms[0])
    variants = [f for f in forms if fold(f) == key and not f.isupper()] or forms[:1]
    return min(variants, key=lambda f: (len(f), forms.index(f)))


def _never(form: str) -> str | None:
    return None


def _unreviewed(form: str) -> bool:
    return False


@dataclass(frozen=True)
class Table:
    """How merged groups become rows of one table: which are left out, which forms are unsafe
    beyond the common rules, and what a row says."""

    claimed: Callable[[Group], bool]  # left out: a known group graphkb already has
    orgs: set[str]  # surface keys of organizations.csv (a group with one is left out)
    row: Callable[[Group, str, list[str]], dict[str, str]]  # group, name, aliases -> row
    taken: frozenset[str] = frozenset()  # fold keys another table owns (the form is dropped)
    danger: Callable[[str], str | None] = _never  # a further reason a form is unsafe
    reviewed: Callable[[str], bool] = _unreviewed  # a name known good: not ordinary words


def _table_rows(
    groups: list[Group], vocab: Vocabulary, table: Table, stats: Counter[str]
) -> list[dict[str, str]]:
    """Rows for merged groups: the safety rules of the module docstring, a name, aliases."""
    claims: Counter[str] = Counter(key for g in groups for key in {fold(f) for f in g.names})
    firsts: Counter[str] = Counter(fold(g.names[0]) for g in groups)
    rows = []
    for group in groups:
        if table.claimed(group):
            stats["group: its code is a known group graphkb already has"] += 1
            continue
        if any(normalize_name(f) in table.orgs for f in group.names):
            stats["group: a name or alias of an actor in organizations.csv"] += 1
            continue
        safe = []
        for form in group.names:
            reason = table.danger(form)
            if reason is None and not table.reviewed(form):
                reason = vocab.danger(form)
            key = fold(form)
            own = form == group.names[0] and firsts[key] == 1  # its name; an alias elsewhere
            if reason is None and claims[key] > 1 and not own:
                reason = "shared by two groups"
            if reason is None and key in table.taken:
                reason = "an armed group's form"
            if reason is None:
                safe.append(form)
            else:
                stats[f"alias: {reason}"] += 1
        if not [f for f in safe if not _short_acronym(f)]:
            stats["group: no safe name left (a short acronym alone is not one)"] += 1
            continue
        name = _best_name(safe)
        kept = [f for f in safe if f == name or not _lone_word(f, name)]
        stats["alias: one word that is not the group's name"] += len(safe) - len(kept)
        aliases = [f for f in kept if f != name and normalize_name(f) != normalize_name(name)]
        aliases = list({normalize_name(a): a for a in reversed(aliases)}.values())[::-1]
        rows.append(table.row(group, name, aliases))
    return rows


def group_rows(source: Path, stats: Counter[str]) -> list[dict[str, str]]:
    """The rows of armed_groups.csv."""
    vocab = load_vocabulary(source)
    orgs, known, countries = _existing(ACTORS / "organizations.csv")
    cameo = _cameo_countries()
    groups = []
    for entry in read_entries(_read_text(source / GROUPS_FILE)):
        if not entry.names or not entry.codes:
            continue
        group = _entry_group(entry, vocab, stats)
        if group is not None:
            groups.append(group)

    def row(group: Group, name: str, aliases: list[str]) -> dict[str, str]:
        country = _country(group.code, cameo, countries)
        where = f"active in {_country_names()[country]}" if country else "without a home state"
        return {
            "id": slugify(name),
            "name": name,
            "kind": "group",
            "country": country,
            "qid": "",
            "aliases": "|".join(aliases),
            "description": f"Armed or militant group {where} (PETRARCH2 code {group.code})",
        }

    table = Table(
        claimed=lambda g: bool(known.get(g.code[-3:])) and len(g.code) > 3, orgs=orgs, row=row
    )
    return _unique_ids(_table_rows(_merge(groups), vocab, table, stats), stats)


def build_groups(source: Path, stats: Counter[str]) -> str:
    """The text of armed_groups.csv."""
    return _render(GROUP_COLUMNS, group_rows(source, stats))


# ---------------------------------------------------------------- international actors

FAMILIES = {"IGO": "organization", "NGO": "organization", "MNC": "company"}
# The families written by default: companies (MNC) cost a third of a second of loading and
# changed no development stance for the better (data/README.md gives the figures).
KEPT_FAMILIES = ("IGO", "NGO")
# The stamp of a bulk import (1 July 2010) of some 1,600 entries from a directory of NGOs
# accredited at the UN (sororities, professional academies ...), not from news: left out, it
# changed no development stance and would be 45% of the table and of its loading time.
DIRECTORY_STAMP = "01 Jul 2010"
# A company's legal form, dropped for an alias: Rolls Royce Group, Newmont Mining Corporation.
LEGAL_FORMS = _words(
    "INC INCORPORATED CORP CORPORATION CO COMPANY LTD LIMITED PLC SA AG NV LLC GROUP HOLDINGS"
)


def _family_code(entry: Entry) -> str | None:
    """The entry's first undated IGO, NGO or MNC code (an office-holder has only dated ones)."""
    return next((c.code for c in entry.codes if not c.dated and c.code[:3] in FAMILIES), None)


def _initialled(raw: str) -> bool:
    """A name with an initial and no organisation word is a person's: R.K. Pachauri, V H Dalmiya."""
    tokens = _tokens(split_name(raw)[0])
    initial = any(re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]", t) and t not in CONNECTORS for t in tokens)
    return initial and not any(t in ORG_WORDS for t in tokens)


def _without_legal_form(form: str) -> str | None:
    words = form.split()
    if len(words) >= 2 and words[-1].upper().strip(".,") in LEGAL_FORMS:
        return " ".join(words[:-1]).strip(" ,")
    return None


def _initials(name: str) -> str:
    words = re.split(r"[\s-]+", name)
    return "".join(w[0] for w in words if w and w.upper() not in SMALL_WORDS).upper()


def _merge_acronyms(groups: list[Group]) -> list[Group]:
    """A group named only by one word joins the one group of its family whose name's initials
    spell it (UNESCO: United Nations Educational, Scientific and Cultural Organization)."""
    spelled: defaultdict[tuple[str, str], list[Group]] = defaultdict(list)
    for group in groups:
        if len(group.names[0].split()) > 1:
            spelled[group.code[:3], _initials(group.names[0])].append(group)
    out = []
    for group in groups:
        targets = spelled.get((group.code[:3], group.names[0].upper()), [])
        if all(len(f.split()) == 1 for f in group.names) and len(targets) == 1:
            target = targets[0]
            acronyms = [f.upper() for f in group.names]  # Unesco, as readable() wrote it: UNESCO
            target.names.extend(f for f in acronyms if f not in target.names)
            target.sources.extend(group.sources)
        else:
            out.append(group)
    return out


def _staff_left_out(group: Group, label: tuple[str, str], stats: Counter[str]) -> list[str]:
    """The forms of an entry coded as a known body (NGOHRIAMN) that name the body: with an
    organisation word, an acronym, or a word of the body's name or label; the others name its
    staff (Tantiwittayapitak, Phelim Kyne under Amnesty and Human Rights Watch)."""
    words = set(normalize_name(" ".join(label)).split()) - {w.lower() for w in SMALL_WORDS}
    kept = []
    for form in group.names:
        tokens = normalize_name(form).split()
        if form.isupper() or {t.upper() for t in tokens} & ORG_WORDS or set(tokens) & words:
            kept.append(form)
        else:
            stats["alias: a person (staff of a known body)"] += 1
    return kept


def _international(form: str) -> bool:
    """Two words, the second International, name a body (Transparency International), though
    both are ordinary words."""
    words = normalize_name(form).split()
    return len(words) == 2 and words[1] == "international"


def _surnames(source: Path) -> frozenset[str]:
    """The last names of the office-holders of the countries dictionary, upper case."""
    found: set[str] = set()
    for entry in read_entries(_read_text(source / COUNTRIES_FILE)):
        for raw, leading, _ in entry.names:
            tokens = _person_name(raw) if leading else None
            if tokens:
                found.add(tokens[-1])
    return frozenset(found)


def international_rows(
    source: Path,
    stats: Counter[str],
    armed: list[dict[str, str]],
    families: Sequence[str] = KEPT_FAMILIES,
) -> list[dict[str, str]]:
    """The rows of international.csv, of the code ``families`` given; ``armed`` are the rows
    of armed_groups.csv, which keep any form both tables would give."""
    vocab = load_vocabulary(source)
    orgs, known, countries = _existing(ACTORS / "organizations.csv")
    cameo = _cameo_countries()
    people = vocab.given_names | _surnames(source)
    hand = {normalize_name(actor) for actor in known.values()} & orgs
    with (CAMEO / "known_groups.csv").open(encoding="utf-8", newline="") as handle:
        labels = {row["actor"]: (row["name"], row["label"]) for row in csv.DictReader(handle)}

    def body(code: str) -> str | None:
        actor = known.get(code[-3:]) if len(code) > 3 else None
        return actor if actor and normalize_name(actor) not in hand else None

    groups = []
    for entry in read_entries(_read_text(source / INTERNATIONAL_FILE)):
        code = _family_code(entry)
        if code is None:
            stats["entry: no undated IGO, NGO or MNC code (an office-holder, a news outlet)"] += 1
            continue
        if code[:3] not in families:
            stats[f"entry: {code[:3]}, a family left out"] += 1
            continue
        if DIRECTORY_STAMP in entry.names[0][2]:
            stats["entry: from the 2010 NGO directory import"] += 1
            continue
        if _initialled(entry.names[0][0]):
            stats["entry: a person"] += 1
            continue
        group = _entry_group(entry, vocab, stats, code)
        if group is None:
            continue
        if code.startswith("MNC"):
            names = []
            for form in group.names:
                names += [form, *filter(None, [_without_legal_form(form)])]
            group.names = list(dict.fromkeys(names))
        groups.append(group)

    def danger(form: str) -> str | None:
        words = normalize_name(form).split()
        if len(words) == 1 and words[0].upper().removesuffix("S") in FAMILIES:
            return "a code family's name (MNCs, NGO)"
        if "based" in words:
            return "a description (Washington-based Freedom House)"
        lone = len(words) == 1 and not form.isupper()
        return "one word that is a person's name" if lone and words[0].upper() in people else None

    def row(group: Group, name: str, aliases: list[str]) -> dict[str, str]:
        family = group.code[:3]
        country = "" if family == "IGO" else _country(group.code[3:], cameo, countries)
        what = {"IGO": "Intergovernmental organisation", "NGO": "Non-governmental organisation"}
        where = f" of {_country_names()[country]}" if country else ""
        return {
            "id": body(group.code) or slugify(name),
            "name": name,
            "kind": FAMILIES[family],
            "country": country,
            "qid": "",
            "aliases": "|".join(aliases),
            "description": f"{what.get(family, 'Company')}{where} (PETRARCH2 code {group.code})",
        }

    taken = frozenset(
        fold(form) for r in armed for form in (r["name"], *r["aliases"].split("|")) if form
    )
    typed = {normalize_name(name) for name, _ in labels.values() if name}
    table = Table(
        claimed=lambda g: len(g.code) > 3 and normalize_name(known.get(g.code[-3:], "")) in hand,
        orgs=orgs,
        row=row,
        taken=taken,
        danger=danger,
        reviewed=lambda form: normalize_name(form) in typed or _international(form),
    )
    for group in groups:  # a known group takes the name known_groups.csv gives it
        if (actor := body(group.code)) and labels[actor][0]:
            group.names = [labels[actor][0], *_staff_left_out(group, labels[actor], stats)]
            group.names = list(dict.fromkeys(group.names))
    rows = _table_rows(_merge_acronyms(_merge(groups, body)), vocab, table, stats)
    return _unique_ids(rows, stats, taken={r["id"] for r in armed})


def build_international(
    source: Path,
    stats: Counter[str],
    armed: list[dict[str, str]],
    families: Sequence[str] = KEPT_FAMILIES,
) -> str:
    """The text of international.csv."""
    return _render(GROUP_COLUMNS, international_rows(source, stats, armed, families))


def _unique_ids(
    rows: list[dict[str, str]], stats: Counter[str], taken: Iterable[str] = ()
) -> list[dict[str, str]]:
    """Rows with distinct ids (none of ``taken``): a slug two rows share takes the country,
    then a number."""
    counts = Counter(row["id"] for row in rows)
    seen: set[str] = set(taken)
    out = []
    for row in sorted(rows, key=lambda r: (r["id"], r["country"], r["name"], r.get("start", ""))):
        actor_id = row["id"]
        if counts[actor_id] > 1 and row.get("country"):
            actor_id = f"{actor_id}-{row['country'].lower()}"
        base, n = actor_id, 2
        while actor_id in seen:
            actor_id, n = f"{base}-{n}", n + 1
        if actor_id != row["id"]:
            stats["id: a shared slug given a suffix"] += 1
        seen.add(actor_id)
        out.append({**row, "id": actor_id})
    return out


@cache
def _country_rows() -> tuple[dict[str, str], ...]:
    with (ACTORS / "countries.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def _country_names() -> dict[str, str]:
    return {row["id"]: row["name"] for row in _country_rows()}


@cache
def _country_surfaces() -> frozenset[str]:
    """Every country's names, codes, capitals and demonyms, normalised."""
    columns = ("id", "name", "official_name", "aliases", "metonyms", "demonyms")
    return frozenset(
        normalize_name(part)
        for row in _country_rows()
        for column in columns
        for part in row[column].split("|")
        if part
    )


# ---------------------------------------------------------------- officials


def _role(code: Code, country_code: str) -> str:
    sector = code.code[len(country_code) :]
    comment = code.comment.lower()
    if comment and "?" not in comment and _ROLE_COMMENT.search(comment):
        comment = comment.split("#", 1)[0].strip(" .")
        for pattern, full in _ABBREVIATIONS:
            comment = pattern.sub(full, comment)
        return comment
    words = [SECTORS.get(sector[i : i + 3], sector[i : i + 3]) for i in range(0, len(sector), 3)]
    if len(words) > 1 and words[0] == "government":
        return f"government: {', '.join(words[1:])}"
    return ", ".join(words)


def _person_name(raw: str) -> list[str] | None:
    tokens = _tokens(split_name(raw)[0])
    parts = {part.strip(".,") for token in tokens for part in token.split("-")}
    if not 2 <= len(tokens) <= 5 or parts & ROLE_WORDS:
        return None
    if any(not re.fullmatch(r"[A-Z][A-Z.'-]*", t) for t in tokens):
        return None
    return tokens


def build_officials(source: Path, stats: Counter[str]) -> str:
    """The text of officials.csv: one row per official and dated role reaching 2010."""
    cameo = _cameo_countries()
    with (ACTORS / "countries.csv").open(encoding="utf-8", newline="") as handle:
        countries = {row["id"] for row in csv.DictReader(handle)}
    rows = []
    for entry in read_entries(_read_text(source / COUNTRIES_FILE)):
        leads = [(raw, c) for raw, leading, c in entry.names if leading]
        if not leads:
            continue
        people = [raw for raw, _ in leads if _person_name(raw)]
        if not people:
            stats["entry: not a person's name"] += 1
            continue
        name = readable(split_name(people[0])[0])
        aliases = [
            readable(split_name(raw)[0])
            for raw, _, _ in entry.names
            if _person_name(raw) and _tokens(raw)[-1] == _tokens(people[0])[-1]
        ]
        aliases = [a for a in dict.fromkeys(aliases) if normalize_name(a) != normalize_name(name)]
        for code in entry.codes:
            prefix = code.code[:3]
            country = _country(code.code, cameo, countries)
            if not code.dated:
                stats["role: undated (PETRARCH's default)"] += 1
                continue
            if not country or len(code.code) == 3:
                stats["role: not a country's office"] += 1
                continue
            if code.end is not None and code.end < SINCE:
                stats["role: ended before 2010"] += 1
                continue
            rows.append(
                {
                    "id": slugify(name),
                    "name": name,
                    "country": country,
                    "role": _role(code, prefix),
                    "start": code.start.isoformat() if code.start else "",
                    "end": code.end.isoformat() if code.end else "",
                    "aliases": "|".join(aliases),
                }
            )
    return _render(OFFICIAL_COLUMNS, _official_ids(rows, stats))


def _official_ids(rows: list[dict[str, str]], stats: Counter[str]) -> list[dict[str, str]]:
    """One id per person: people who share a slug in different countries take the country."""
    homes: defaultdict[str, set[str]] = defaultdict(set)
    for row in rows:
        homes[row["id"]].add(row["country"])
    out = []
    for row in rows:
        actor_id = row["id"]
        if len(homes[actor_id]) > 1:
            stats["id: a shared slug given the country"] += 1
            actor_id = f"{actor_id}-{row['country'].lower()}"
        out.append({**row, "id": actor_id})
    unique = {tuple(row.values()): row for row in out}
    order = ("id", "start", "end", "role")
    return sorted(unique.values(), key=lambda r: tuple(r[c] for c in order))


# ---------------------------------------------------------------- output


def _render(columns: Sequence[str], rows: Iterable[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(sorted(rows, key=lambda r: tuple(r[c] for c in columns)))
    return buffer.getvalue()


def build(
    source: Path = PETRARCH,
    stats: Counter[str] | None = None,
    families: Sequence[str] = KEPT_FAMILIES,
) -> dict[Path, str]:
    """The three files' text, keyed by the path each belongs at; ``families`` are the code
    families international.csv holds."""
    needed = (GROUPS_FILE, COUNTRIES_FILE, INTERNATIONAL_FILE)
    if not all((source / name).is_file() for name in needed):
        raise PetrarchBuildError(f"the PETRARCH2 actor dictionaries are not in {source}")
    parts: dict[str, Counter[str]] = {name: Counter() for name in ("groups", "intl", "officials")}
    armed = group_rows(source, parts["groups"])
    files = {
        GROUPS_OUT: _render(GROUP_COLUMNS, armed),
        INTERNATIONAL_OUT: build_international(source, parts["intl"], armed, families),
        OFFICIALS_OUT: build_officials(source, parts["officials"]),
    }
    if stats is not None:
        for table, counts in parts.items():
            stats.update({f"{table:9s} {reason}": n for reason, n in counts.items()})
    return files


def main(argv: Sequence[str] | None = None) -> int:
    """Write the three files, or with --check compare them; 0 means they are current."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=PETRARCH, help="PETRARCH2 dictionaries")
    parser.add_argument("--out-dir", type=Path, default=None, help="write here, not data/actors")
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--stats", action="store_true", help="print what was dropped and why")
    parser.add_argument(
        "--companies", action="store_true", help="also write MNC companies (to measure them)"
    )
    args = parser.parse_args(argv)
    stats: Counter[str] = Counter()
    families = (*KEPT_FAMILIES, "MNC") if args.companies else KEPT_FAMILIES
    try:
        files = build(args.source, stats, families)
    except PetrarchBuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.stats:
        for reason, count in sorted(stats.items()):
            print(f"{count:6d}  {reason}")
    status = 0
    for default, text in files.items():
        path = args.out_dir / default.name if args.out_dir else default
        rows = text.count("\n") - 1
        if args.check:
            current = path.read_text(encoding="utf-8") if path.is_file() else ""
            if current != text:
                print(f"{path} is out of date: run python tools/build_petrarch_actors.py")
                status = 1
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
        print(f"wrote {rows} rows to {path}")
    return status


if __name__ == "__main__":
    sys.exit(main())
