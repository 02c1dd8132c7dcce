"""The stance table: a SQLite index of the store's actors, documents and stances.

The RDF store is the record; this is a derived, query-shaped copy of it kept beside the store
(``STORE/graphkb-index.sqlite``, in memory for in-memory stores): stances, actors and
documents (each stance with a copy of the countries its two actors serve, so a roll-up is a
range of an index); per-dyad counts (``dyad``); and each actor's score toward each other actor
under who-opposes' default filters (``standing``), both kept by triggers. who-opposes, relations,
profiles and statistics read it, so they answer from B-tree indexes on (target, type, modality)
and (source, type, modality) in milliseconds at a million stances, where the same questions as
SPARQL joins over stance nodes take seconds to minutes. SPARQL, export and validation still go
to the RDF store, and a remote endpoint (which has no index) is asked in SPARQL.

Keeping the two in step: every write through :class:`graphkb.store.Store` first marks the
index stale (committed), then writes the RDF store, then writes the index rows and marks it
ready, in one SQLite transaction. A crash between the steps leaves the index marked stale:
readers then fall back to SPARQL (right, only slower) and the next writer, or ``graphkb
reindex``, rebuilds it from the RDF store.

A stance's id is a hash of its actors, type, modality, span and claimant, so the same span coded
twice is one stance. Written again with other qualifiers (a different date or confidence), the
RDF node holds both values while the index keeps the first confidence and fills in missing
fields; such conflicting duplicates are the one case where the two can differ.

All SQL is fixed text with ``?`` parameters; values never become SQL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from graphkb._exceptions import StoreError
from graphkb.model import (
    FACTUAL,
    FACTUALITY,
    Actor,
    ActorKind,
    Document,
    Evidence,
    Modality,
    Stance,
    StanceFilter,
    StanceType,
    score_unit,
    signed_unit,
    trusted,
)
from graphkb.reader import (
    Counts,
    DatedRow,
    DatedTotal,
    DisputeRow,
    DisputeTally,
    Dyad,
    RankRow,
    Side,
    SignedRow,
    Tie,
)

_EVERYTHING = StanceFilter()
# Most factual first (graphkb.model.FACTUALITY), as SQL over the closed enum's values.
_FACTUALITY_SQL = (
    "CASE modality "
    + " ".join(f"WHEN '{m.value}' THEN {rank}" for m, rank in FACTUALITY.items())
    + " END"
)

__all__ = ["INDEX_FILE", "StanceIndex", "StanceRow"]

INDEX_FILE = "graphkb-index.sqlite"
SCHEMA = "4"
_READABLE = ("3", SCHEMA)
"""Index schemas this code reads: a version-3 index (no ``source_country`` and
``target_country`` columns) answers as before, only roll-ups over time are slower; the first
writer to open it adds the columns (:meth:`StanceIndex._migrate`)."""

_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS actor (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, qid TEXT,
  aliases TEXT NOT NULL, role TEXT, description TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS actor_country ON actor (country);
CREATE TABLE IF NOT EXISTS document (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, publisher TEXT, url TEXT, date TEXT, sha256 TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stance (
  id TEXT NOT NULL UNIQUE, source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL,
  modality TEXT NOT NULL, date TEXT, document TEXT NOT NULL, start INTEGER, "end" INTEGER,
  text TEXT, claim TEXT, confidence REAL NOT NULL, origin TEXT NOT NULL, cameo TEXT,
  summary TEXT, goldstein REAL, source_country TEXT, target_country TEXT
);
CREATE TABLE IF NOT EXISTS dyad (
  source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL, modality TEXT NOT NULL,
  n INTEGER NOT NULL, weight REAL NOT NULL, sample TEXT NOT NULL,
  PRIMARY KEY (source, target, type, modality)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS kind (
  type TEXT NOT NULL, modality TEXT NOT NULL, polarity INTEGER NOT NULL,
  symmetric INTEGER NOT NULL, nano INTEGER NOT NULL, PRIMARY KEY (type, modality)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS standing (
  anchor TEXT NOT NULL, polarity INTEGER NOT NULL, other TEXT NOT NULL,
  score INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (anchor, polarity, other)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS tie (
  a TEXT NOT NULL, b TEXT NOT NULL, weight REAL NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (a, b)
) WITHOUT ROWID;
"""
_SAID = "(modality != 'asserted' OR type IN ('ACCUSE', 'REJECT'))"
_ANSWERING = "(modality = 'negated' OR (modality = 'asserted' AND claim IS NOT NULL))"
"""The stances that may answer a report of the same source, target and type (a denial, an
admission), as the partial index over them says it."""
"""The stances disputes read (claims and answer candidates), as the partial indexes over them
say it: a query uses them when its WHERE has this very term."""
# The secondary indexes and the triggers that keep the dyad table, one statement each: a bulk
# load drops them, inserts, then refills the dyad table and builds them again in one pass.
_DERIVED = {
    "stance_by_target": """CREATE INDEX IF NOT EXISTS stance_by_target
  ON stance (target, type, modality, source, confidence, date)""",
    "stance_by_source": """CREATE INDEX IF NOT EXISTS stance_by_source
  ON stance (source, type, modality, target, confidence, date)""",
    "stance_by_document": "CREATE INDEX IF NOT EXISTS stance_by_document ON stance (document)",
    # relations, and timeline A B read from the index alone
    "stance_by_pair": """CREATE INDEX IF NOT EXISTS stance_by_pair
  ON stance (source, target, date, type, modality, confidence)""",
    # timeline A B --roll-up: the stances between two states' sides, from the index alone
    "stance_by_sides": """CREATE INDEX IF NOT EXISTS stance_by_sides
  ON stance (source_country, target_country, date, type, modality, confidence)""",
    # changes: everything dated in a window, read from the index alone
    "stance_by_date": """CREATE INDEX IF NOT EXISTS stance_by_date
  ON stance (date, source, target, type, modality, confidence, id, source_country,
    target_country)""",
    # disputes: the stances said by a claimant (admissions among them), a small part of all
    "stance_claimed": """CREATE INDEX IF NOT EXISTS stance_claimed
  ON stance (source, type, target, modality) WHERE claim IS NOT NULL""",
    "stance_by_claim": """CREATE INDEX IF NOT EXISTS stance_by_claim
  ON stance (claim, modality, type) WHERE claim IS NOT NULL""",
    # disputes counted per pair of sides (StanceIndex.dispute_tally) from these alone: claims
    # and answer candidates (all but the asserted stances other than accusations and
    # rejections) by their source's side, their target's side and their claimant
    "stance_said_by_source": f"""CREATE INDEX IF NOT EXISTS stance_said_by_source
  ON stance (source_country, source, type, modality, target_country, target, claim, date, id)
  WHERE {_SAID}""",
    "stance_said_to_target": f"""CREATE INDEX IF NOT EXISTS stance_said_to_target
  ON stance (target_country, target, type, modality, source_country, source, claim, date, id)
  WHERE {_SAID}""",
    "stance_said_by_claim": f"""CREATE INDEX IF NOT EXISTS stance_said_by_claim
  ON stance (claim, modality, type, source_country, source, target_country, target, date, id)
  WHERE claim IS NOT NULL AND {_SAID}""",
    "stance_answering": f"""CREATE INDEX IF NOT EXISTS stance_answering
  ON stance (source, type, target) WHERE {_ANSWERING}""",
    "dyad_by_target": """CREATE INDEX IF NOT EXISTS dyad_by_target
  ON dyad (target, type, modality, source, n, weight, sample)""",
}
_TRIGGERS = {
    # A stance carries the countries its two actors serve (for roll-ups along an index): an
    # actor written again (a curator's edit) brings its stances' copies up to date.
    "actor_country": """CREATE TRIGGER IF NOT EXISTS actor_country AFTER INSERT ON actor BEGIN
  UPDATE stance SET source_country = new.country
    WHERE source = new.id AND source_country IS NOT new.country;
  UPDATE stance SET target_country = new.country
    WHERE target = new.id AND target_country IS NOT new.country;
END""",
    "actor_gone": """CREATE TRIGGER IF NOT EXISTS actor_gone AFTER DELETE ON actor BEGIN
  UPDATE stance SET source_country = NULL WHERE source = old.id AND source_country IS NOT NULL;
  UPDATE stance SET target_country = NULL WHERE target = old.id AND target_country IS NOT NULL;
END""",
    "stance_added": """CREATE TRIGGER IF NOT EXISTS stance_added AFTER INSERT ON stance BEGIN
  INSERT INTO dyad VALUES (
    new.source, new.target, new.type, new.modality, 1, new.confidence, new.id)
  ON CONFLICT DO UPDATE SET
    n = n + 1, weight = weight + excluded.weight, sample = min(sample, excluded.sample);
END""",
    "stance_removed": """CREATE TRIGGER IF NOT EXISTS stance_removed AFTER DELETE ON stance BEGIN
  UPDATE dyad SET
    n = n - 1,
    weight = weight - old.confidence,
    sample = CASE WHEN sample != old.id THEN sample ELSE coalesce((
      SELECT min(id) FROM stance WHERE source = old.source AND target = old.target
        AND type = old.type AND modality = old.modality), '') END
  WHERE source = old.source AND target = old.target AND type = old.type
    AND modality = old.modality;
  DELETE FROM dyad WHERE source = old.source AND target = old.target AND type = old.type
    AND modality = old.modality AND n <= 0;
END""",
}
# who-opposes / who-supports with the default filters (every type of a polarity, asserted and
# reported): each stance adds confidence x the (type, modality) score per unit, in integer
# billionths so sums are exact, to (its target, its source), and for symmetric types also to
# (its source, its target).
_STANDING_ROWS = """
  SELECT {s}.target AS anchor, k.polarity, {s}.source AS other, {nano} AS score
  FROM kind AS k WHERE k.type = {s}.type AND k.modality = {s}.modality
  UNION ALL
  SELECT {s}.source, k.polarity, {s}.target, {nano}
  FROM kind AS k WHERE k.type = {s}.type AND k.modality = {s}.modality AND k.symmetric"""
# Fixed text assembled from the constants above (no data): S608 does not apply.
_TRIGGERS["standing_added"] = (
    "CREATE TRIGGER IF NOT EXISTS standing_added AFTER INSERT ON stance BEGIN\n"  # noqa: S608
    "  INSERT INTO standing SELECT anchor, polarity, other, score, 1 FROM ("
    + _STANDING_ROWS.format(s="new", nano="CAST(round(new.confidence * k.nano) AS INTEGER)")
    + ") WHERE true ON CONFLICT DO UPDATE SET"
    " score = standing.score + excluded.score, n = standing.n + 1;\nEND"
)
_TRIGGERS["standing_removed"] = (
    "CREATE TRIGGER IF NOT EXISTS standing_removed AFTER DELETE ON stance BEGIN\n"  # noqa: S608
    "  UPDATE standing SET score = standing.score - g.score, n = standing.n - 1 FROM ("
    + _STANDING_ROWS.format(s="old", nano="CAST(round(old.confidence * k.nano) AS INTEGER)")
    + ") AS g WHERE standing.anchor = g.anchor AND standing.polarity = g.polarity"
    " AND standing.other = g.other;\n"
    "  DELETE FROM standing WHERE n <= 0 AND anchor IN (old.source, old.target);\nEND"
)
_REFILL_STANDING = (
    "INSERT INTO standing SELECT anchor, polarity, other, sum(score), count(*) FROM ("  # noqa: S608
    + _STANDING_ROWS.format(s="s", nano="CAST(round(s.confidence * k.nano) AS INTEGER)")
    .replace("FROM kind AS k", "FROM stance AS s JOIN kind AS k")
    .replace("WHERE k.type = s.type", "ON k.type = s.type")
    + ") GROUP BY anchor, polarity, other"
)
_DERIVED["standing_rank"] = (
    "CREATE INDEX IF NOT EXISTS standing_rank ON standing (anchor, polarity, score, n)"
)
# The signed relation of every pair of homes (graphkb.analysis.signed), kept as stances come
# and go: a home is the country an actor serves, else the actor itself; an asserted or reported
# stance adds intensity / 10 x modality weight x confidence (the ``kind`` table holds the
# first two as polarity x nano / 1e9, the same double) and counts one; a pair is (a, b) with
# a < b, and a stance within one home adds nothing. An actor written again with another country
# (or forgotten) carries its stances over to its new home before the row changes.
_UNIT = "k.polarity * k.nano / 1e9"
BUSY_PAIR = 1000
_PAIR_PROBES = 250_000
"""At most this many (member, member) lookups along the pair index for a quiet pair."""
"""A pair of homes with at least this many stances has its latest ones read from the date index
(:meth:`StanceIndex.latest_between_sides`)."""
_HOME = "coalesce((SELECT country FROM actor WHERE id = {0}), {0})"
_TIE_UPSERT = "ON CONFLICT DO UPDATE SET weight = weight + excluded.weight, n = n + excluded.n"


def _tie_change(stance: str, sign: str) -> str:
    """Statements adding (``sign`` "+") or taking off ("-") one stance's share of its tie."""
    x, y = _HOME.format(f"{stance}.source"), _HOME.format(f"{stance}.target")
    return (
        f"INSERT INTO tie SELECT min(x, y), max(x, y), {sign}({_UNIT}) * {stance}.confidence, "  # noqa: S608
        f"{sign}1 FROM kind AS k, (SELECT {x} AS x, {y} AS y) WHERE k.type = {stance}.type "
        f"AND k.modality = {stance}.modality AND x != y {_TIE_UPSERT};\n"
        f"  DELETE FROM tie WHERE n <= 0 AND a = min({x}, {y}) AND b = max({x}, {y});"
    )


def _tie_move(actor: str, old: str, new: str) -> str:
    """Statements moving the stances of ``actor`` from the home ``old`` to ``new``."""
    statements = []
    for end, other in (("source", "target"), ("target", "source")):
        grouped = (
            f"SELECT coalesce(o.country, d.{other}) AS y, total(d.weight * {_UNIT}) AS w, "  # noqa: S608
            "sum(d.n) AS n FROM dyad AS d JOIN kind AS k ON k.type = d.type "
            f"AND k.modality = d.modality LEFT JOIN actor AS o ON o.id = d.{other} "
            f"WHERE d.{end} = {actor} AND d.{other} != {actor} GROUP BY y"
        )
        for home, sign in ((old, "-"), (new, "")):
            statements.append(
                f"INSERT INTO tie SELECT min({home}, y), max({home}, y), {sign}w, {sign}n "  # noqa: S608
                f"FROM ({grouped}) WHERE y != {home} {_TIE_UPSERT};"
            )
    statements.append(f"DELETE FROM tie WHERE n <= 0 AND (a = {old} OR b = {old});")  # noqa: S608
    return "\n  ".join(statements)


_OLD_HOME = _HOME.format("new.id")
_TRIGGERS["tie_added"] = (
    "CREATE TRIGGER IF NOT EXISTS tie_added AFTER INSERT ON stance BEGIN\n  "
    + _tie_change("new", "")
    + "\nEND"
)
_TRIGGERS["tie_removed"] = (
    "CREATE TRIGGER IF NOT EXISTS tie_removed AFTER DELETE ON stance BEGIN\n  "
    + _tie_change("old", "-")
    + "\nEND"
)
_TRIGGERS["tie_actor_moved"] = (
    "CREATE TRIGGER IF NOT EXISTS tie_actor_moved BEFORE INSERT ON actor\n"
    f"WHEN {_OLD_HOME} IS NOT coalesce(new.country, new.id) BEGIN\n  "
    + _tie_move("new.id", _OLD_HOME, "coalesce(new.country, new.id)")
    + "\nEND"
)
_TRIGGERS["tie_actor_gone"] = (
    "CREATE TRIGGER IF NOT EXISTS tie_actor_gone AFTER DELETE ON actor\n"
    "WHEN old.country IS NOT NULL AND old.country != old.id BEGIN\n  "
    + _tie_move("old.id", "old.country", "old.id")
    + "\nEND"
)
_REFILL_TIES = f"""INSERT INTO tie SELECT min(x, y) AS a, max(x, y) AS b, total(w), sum(n) FROM (
  SELECT coalesce(sa.country, d.source) AS x, coalesce(ta.country, d.target) AS y,
    d.weight * {_UNIT} AS w, d.n AS n
  FROM dyad AS d JOIN kind AS k ON k.type = d.type AND k.modality = d.modality
    LEFT JOIN actor AS sa ON sa.id = d.source LEFT JOIN actor AS ta ON ta.id = d.target)
  WHERE x != y GROUP BY a, b"""  # noqa: S608 (fixed text)
_BULK_TRIGGERS = ("stance_added", "standing_added", "tie_added")
"""The insert triggers a bulk load drops (their tables are refilled in one pass after)."""

# After a bulk load (the trigger above dropped): each stance's actors' countries, written only
# where they changed (an actor loaded after its stances, or edited).
_REFILL_COUNTRIES = [
    f"""UPDATE stance SET {end}_country = (SELECT country FROM actor WHERE id = stance.{end})
  WHERE {end}_country IS NOT (SELECT country FROM actor WHERE id = stance.{end})"""  # noqa: S608
    for end in ("source", "target")
]
_REFILL_DYADS = """INSERT INTO dyad
  SELECT source, target, type, modality, count(*), total(confidence), min(id) FROM stance
  GROUP BY source, target, type, modality"""

# Period labels as graphkb.reader.period_label writes them, from ISO dates.
_PERIOD_SQL = {
    "month": "substr(date, 1, 7)",
    "quarter": "substr(date, 1, 4) || '-Q' || ((CAST(substr(date, 6, 2) AS INTEGER) + 2) / 3)",
    "year": "substr(date, 1, 4)",
}
_NANO_SQL = "CAST(confidence * 1e9 + 0.5 AS INTEGER)"
"""A confidence in billionths, as graphkb.reader.nano computes it (exact sums, any order)."""

_COLUMNS = (
    'id, source, target, type, modality, date, document, start, "end", text, claim, '
    "confidence, origin, cameo, summary, goldstein"
)
StanceRow = tuple[Any, ...]
"""A row of the stance table, in ``_COLUMNS`` order."""

_UPSERT_STANCE = f"""
INSERT INTO stance ({_COLUMNS}, source_country, target_country)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
  (SELECT country FROM actor WHERE id = ?2), (SELECT country FROM actor WHERE id = ?3))
ON CONFLICT (id) DO UPDATE SET
  date = coalesce(excluded.date, date), text = coalesce(excluded.text, text),
  cameo = coalesce(excluded.cameo, cameo), summary = coalesce(excluded.summary, summary),
  goldstein = coalesce(excluded.goldstein, goldstein)"""  # noqa: S608 (fixed column list)
_UPSERT_ACTOR = "INSERT OR REPLACE INTO actor VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
_UPSERT_DOCUMENT = "INSERT OR REPLACE INTO document VALUES (?, ?, ?, ?, ?, ?)"


def stance_row(stance: Stance) -> StanceRow:
    """A stance as a row of the stance table."""
    ev = stance.evidence
    return (
        stance.id,
        stance.source,
        stance.target,
        stance.type.value,
        stance.modality.value,
        stance.date.isoformat() if stance.date else None,
        ev.document,
        ev.start,
        ev.end,
        ev.text,
        stance.attributed_to,
        stance.confidence,
        stance.origin,
        stance.cameo,
        stance.summary,
        stance.goldstein,
    )


def _actor_row(actor: Actor) -> tuple[Any, ...]:
    return (
        actor.id,
        actor.name,
        actor.kind.value,
        actor.country,
        actor.qid,
        json.dumps(list(actor.aliases), ensure_ascii=False),
        actor.role,
        actor.description,
    )


def _document_row(doc: Document) -> tuple[Any, ...]:
    date = doc.date.isoformat() if doc.date else None
    return (doc.id, doc.title, doc.publisher, doc.url, date, doc.sha256)


_TYPES = {t.value: t for t in StanceType}
_MODALITIES = {m.value: m for m in Modality}
_KINDS = {k.value: k for k in ActorKind}


def _stance(row: StanceRow) -> Stance:
    """A stance from a row (written by graphkb from a validated Stance, so not re-checked)."""
    sid, src, tgt, kind, mod, date, doc, start, end, text, claim, conf, origin = row[:13]
    cameo, summary, goldstein = row[13:]
    return trusted(
        Stance,
        src,
        tgt,
        _TYPES[kind],
        _MODALITIES[mod],
        trusted(Evidence, doc, start, end, text),
        _day(date) if date else None,
        claim,
        conf,
        origin,
        cameo,
        summary,
        goldstein,
        sid,
    )


_day = functools.lru_cache(maxsize=8192)(dt.date.fromisoformat)


def _stance_order(s: Stance) -> tuple[dt.date, str, int, str]:
    """Oldest first: date (undated first), document, position, id."""
    return (s.date or dt.date.min, s.evidence.document, s.evidence.start or 0, s.id)


def _actor(row: tuple[Any, ...]) -> Actor:
    actor_id, name, kind, country, qid, aliases, role, description = row
    return trusted(
        Actor,
        actor_id,
        name,
        _KINDS[kind],
        country,
        qid,
        tuple(json.loads(aliases)) if aliases != "[]" else (),
        role,
        description,
    )


def _roll_back_hot_journal(path: Path) -> None:
    """Undo the transaction of a writer that was killed mid-write, which left its rollback
    journal beside the index: a read-only connection cannot, and fails on its first read.
    A writer that is still alive holds the lock, so this gives way at once (``timeout=0``) and
    the reader waits for it as usual."""
    journal = path.with_name(path.name + "-journal")
    try:
        if journal.stat().st_size == 0:
            return
    except OSError:  # no journal: nothing to undo
        return
    try:
        with contextlib.closing(sqlite3.connect(str(path), timeout=0)) as db:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls the journal back
    except sqlite3.Error:
        pass  # locked by a live writer, or not ours to write: the read-only open decides


def _nano(stance_type: StanceType, modality: Modality) -> int:
    """A (type, modality) pair's score per unit of confidence, in billionths."""
    return round(score_unit(stance_type, modality) * 1e9)


def _marks(values: Sequence[object]) -> str:
    """``?, ?, ?`` for a parameter list (the count, never the values, goes into the SQL)."""
    return ", ".join("?" * len(values))


class StanceIndex:
    """The SQLite stance table of one store."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        self.path = path
        self.beside_writer = False
        """Opened while a writer is at work: its last committed rows are a whole earlier
        state, so they are read even though the running write has marked them ``writing``."""

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def memory(cls) -> StanceIndex:
        """A fresh in-memory index (for in-memory stores), empty and ready."""
        index = cls(
            sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False), None
        )
        index._create()
        index._set("state", "ready")
        return index

    @classmethod
    def open(
        cls, folder: Path, *, read_only: bool, beside_writer: bool = False
    ) -> StanceIndex | None:
        """The index in a store folder: read-only (None when there is none yet) or writable
        (created when missing; a new one is stale until filled). Writers put it in WAL mode,
        so readers go on reading the last committed rows while a write runs."""
        path = folder / INDEX_FILE
        try:
            if read_only:
                if not path.is_file():
                    return None
                _roll_back_hot_journal(path)
                db = sqlite3.connect(
                    f"{path.absolute().as_uri()}?mode=ro",
                    uri=True,
                    isolation_level=None,
                    check_same_thread=False,
                )
            else:
                db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = NORMAL")
            db.execute("PRAGMA cache_size = -65536")
        except sqlite3.Error as exc:
            raise StoreError(
                f"cannot open the stance index {path} ({exc}); delete it and run "
                "'graphkb reindex' to rebuild it from the store"
            ) from exc
        index = cls(db, path)
        index.beside_writer = beside_writer
        if not read_only:
            try:
                index._create()
            except sqlite3.Error as exc:
                db.close()
                raise StoreError(
                    f"cannot set up the stance index {path} ({exc}); free some space, or "
                    "delete it and run 'graphkb reindex' to rebuild it from the store"
                ) from exc
        return index

    def _create(self) -> None:
        fresh = not self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone()
        schema = None if fresh else self._get("schema")
        if schema == "3":
            self._migrate()
        elif not fresh and schema != SCHEMA:  # an older layout: start again, refilled stale
            for table in ("meta", "kind", "standing", "tie", "dyad", "stance", "document", "actor"):
                self._db.execute(f"DROP TABLE IF EXISTS {table}")
            fresh = True
        self._db.executescript(_SCHEMA_SQL)  # the tables, if missing: each statement whole
        # The rest in one transaction: a writer killed while opening the index must never
        # leave it half set up (an emptied kind table read as ready by the next reader).
        self._db.execute("BEGIN")
        try:
            kinds = [
                (t.value, m.value, t.polarity, int(t.symmetric), _nano(t, m))
                for t in StanceType
                for m in (Modality.ASSERTED, Modality.REPORTED)
            ]
            held = self._db.execute("SELECT * FROM kind ORDER BY type, modality").fetchall()
            if held != sorted(kinds):
                self._db.execute("DELETE FROM kind")
                self._db.executemany("INSERT INTO kind VALUES (?, ?, ?, ?, ?)", kinds)
            for statement in (*_DERIVED.values(), *_TRIGGERS.values()):
                self._db.execute(statement)
            if fresh:
                self._set("schema", SCHEMA)
                self._set("state", "stale")
            if self._get("ties") != "kept":  # an index from before the tie table: fill it
                self._db.execute("DELETE FROM tie")
                self._db.execute(_REFILL_TIES)
                self._set("ties", "kept")
            self._db.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise

    def _migrate(self) -> None:
        """Version 3 to 4, in one transaction: the stance table gains its actors' countries,
        and the pair and date indexes the columns timelines read (built again by
        :meth:`_create`)."""
        self._db.execute("BEGIN")
        try:
            for end in ("source", "target"):
                self._db.execute(f"ALTER TABLE stance ADD COLUMN {end}_country TEXT")
            for statement in _REFILL_COUNTRIES:
                self._db.execute(statement)
            self._db.execute("DROP INDEX IF EXISTS stance_by_pair")
            self._db.execute("DROP INDEX IF EXISTS stance_by_date")
            self._set("schema", SCHEMA)
            self._db.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise

    @property
    def countries(self) -> bool:
        """Whether each stance row carries its actors' countries (schema 4; a version-3
        index opened read-only does not)."""
        return self._get("schema") == SCHEMA

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def _get(self, key: str) -> str | None:
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        return None if row is None else str(row[0])

    def _set(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    @property
    def ready(self) -> bool:
        """Whether the index is complete and in step with the store (or, beside a running
        writer, with the state that writer started from)."""
        if self._get("schema") not in _READABLE:
            return False
        state = self._get("state")
        return state == "ready" or (self.beside_writer and state == "writing")

    # -- writing -----------------------------------------------------------------------------
    def mark_stale(self) -> None:
        """Before the store is written: if we stop half-way, the index is known stale. A
        whole index is marked ``writing``: stale for everyone but readers beside this write."""
        self._set("state", "writing" if self.ready else "stale")

    def begin(self) -> None:
        """Open the transaction that writes rows and marks the index ready."""
        self._db.execute("BEGIN")

    def commit_ready(self) -> None:
        """Mark the index ready and commit."""
        self._set("state", "ready")
        self._db.execute("COMMIT")

    def rollback(self) -> None:
        """Drop an open transaction (the index stays stale)."""
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    def add(
        self,
        actors: Iterable[Actor] = (),
        documents: Iterable[Document] = (),
        stances: Iterable[Stance] = (),
    ) -> None:
        """Insert or update rows (inside :meth:`begin` ... :meth:`commit_ready`)."""
        self._db.executemany(_UPSERT_ACTOR, (_actor_row(a) for a in actors))
        self._db.executemany(_UPSERT_DOCUMENT, (_document_row(d) for d in documents))
        self._db.executemany(_UPSERT_STANCE, (stance_row(s) for s in stances))

    def bulk_begin(self) -> None:
        """Inside a write: drop the secondary indexes and the insert trigger so that a big
        load only appends rows (several times faster); :meth:`bulk_end` puts them back."""
        for name in _DERIVED:
            self._db.execute(f"DROP INDEX IF EXISTS {name}")
        for name in (*_BULK_TRIGGERS, "actor_country", "actor_gone"):
            self._db.execute(f"DROP TRIGGER IF EXISTS {name}")

    def bulk_end(self) -> None:
        """Bring the stances' copies of their actors' countries up to date, refill the dyad
        table from the stance table and build the indexes and the triggers again (each in one
        sorted pass)."""
        for statement in _REFILL_COUNTRIES:
            self._db.execute(statement)
        self._db.execute("DELETE FROM dyad")
        self._db.execute(_REFILL_DYADS)
        self._db.execute("DELETE FROM standing")
        self._db.execute(_REFILL_STANDING)
        self._db.execute("DELETE FROM tie")
        self._db.execute(_REFILL_TIES)
        for statement in (*_DERIVED.values(), *_TRIGGERS.values()):
            self._db.execute(statement)
        self._db.execute("ANALYZE")

    def add_rows(self, rows: Iterable[StanceRow]) -> None:
        """Insert or update stance rows made by :func:`stance_row`."""
        self._db.executemany(_UPSERT_STANCE, rows)

    def remove_document(self, document_id: str) -> None:
        """Forget a document and its stances."""
        self._db.execute("DELETE FROM stance WHERE document = ?", (document_id,))
        self._db.execute("DELETE FROM document WHERE id = ?", (document_id,))

    def remove_stances(self, ids: Iterable[str]) -> None:
        """Forget stances by id."""
        self._db.executemany("DELETE FROM stance WHERE id = ?", ((i,) for i in ids))

    def remove_actors(self, ids: Iterable[str]) -> None:
        """Forget actors by id."""
        self._db.executemany("DELETE FROM actor WHERE id = ?", ((i,) for i in ids))

    def redirects(self) -> dict[str, str]:
        """Merged actors: old id -> the id it answers as (see :mod:`graphkb.curation`)."""
        rows = self._db.execute(
            "SELECT key, value FROM meta WHERE key >= 'redirect:' AND key < 'redirect;'"
        )
        return {key[len("redirect:") :]: value for key, value in rows}

    def set_redirects(self, redirects: dict[str, str]) -> None:
        """Replace the merged actors' redirects (inside a write)."""
        self._db.execute("DELETE FROM meta WHERE key >= 'redirect:' AND key < 'redirect;'")
        for old, new in sorted(redirects.items()):
            self._set(f"redirect:{old}", new)

    def clear(self) -> None:
        """Empty every table (inside a transaction, before a rebuild)."""
        for table in ("dyad", "standing", "tie", "stance", "document", "actor"):
            self._db.execute(f"DELETE FROM {table}")  # noqa: S608 (fixed table names)

    def rebuild(
        self,
        actors: Iterable[Actor],
        documents: Iterable[Document],
        stances: Iterable[Stance],
        redirects: dict[str, str] | None = None,
    ) -> int:
        """Refill the index with these actors, documents and stances (all the RDF store
        holds: :meth:`graphkb.store.Store.rows`) and the merged actors' ``redirects``;
        returns the number of stances."""
        try:
            self.mark_stale()
            self.begin()
            self.bulk_begin()
            self.clear()
            self.add(actors, documents)
            self.set_redirects(redirects or {})
            count = 0
            batch: list[StanceRow] = []
            for stance in stances:
                batch.append(stance_row(stance))
                if len(batch) >= 10_000:
                    self.add_rows(batch)
                    count += len(batch)
                    batch = []
            self.add_rows(batch)
            count += len(batch)
            self.bulk_end()
            self.commit_ready()
        except sqlite3.Error as exc:  # a full disk, most often
            with contextlib.suppress(sqlite3.Error):
                self.rollback()
            raise StoreError(
                f"rebuilding the stance index {self.path or ''} failed ({exc}); the RDF store "
                "is unchanged and queries use it until 'graphkb reindex' succeeds"
            ) from exc
        except BaseException:
            self.rollback()
            raise
        return count

    def backup(self, target: Path) -> None:
        """Copy the index, as last committed, into a new SQLite file (SQLite's online
        backup)."""
        with contextlib.closing(sqlite3.connect(str(target))) as copy:
            self._db.backup(copy)

    # -- reading -----------------------------------------------------------------------------
    def actors(self, ids: Iterable[str] | None = None) -> dict[str, Actor]:
        """Actors by id: all, or those in ``ids``."""
        if ids is None:
            rows = self._db.execute("SELECT * FROM actor").fetchall()
        else:
            wanted = sorted(set(ids))
            rows = []
            for chunk in _chunks(wanted):
                rows += self._db.execute(
                    f"SELECT * FROM actor WHERE id IN ({_marks(chunk)})",  # noqa: S608
                    chunk,
                ).fetchall()
        return {row[0]: _actor(row) for row in rows}

    def documents(self, ids: Iterable[str] | None = None) -> dict[str, Document]:
        """Documents by id: all, or those in ``ids``."""
        if ids is None:
            rows = self._db.execute("SELECT * FROM document").fetchall()
        else:
            rows = []
            for chunk in _chunks(sorted(set(ids))):
                rows += self._db.execute(
                    f"SELECT * FROM document WHERE id IN ({_marks(chunk)})",  # noqa: S608
                    chunk,
                ).fetchall()
        return {
            row[0]: trusted(
                Document,
                row[0],
                row[1],
                row[2],
                row[3],
                dt.date.fromisoformat(row[4]) if row[4] else None,
                row[5],
            )
            for row in rows
        }

    def document_with_digest(self, sha256: str) -> str | None:
        """The id of an indexed document whose text has this SHA-256, or None."""
        row = self._db.execute(
            "SELECT id FROM document WHERE sha256 = ? ORDER BY id LIMIT 1", (sha256,)
        ).fetchone()
        return None if row is None else str(row[0])

    def has_document(self, document_id: str) -> bool:
        """Whether the document is indexed."""
        row = self._db.execute("SELECT 1 FROM document WHERE id = ?", (document_id,))
        return row.fetchone() is not None

    def stances(
        self, where: StanceFilter = _EVERYTHING, *, ids: Sequence[str] | None = None
    ) -> list[Stance]:
        """Stances ``where`` lets through (see :func:`graphkb.queries.fetch_stances`), only
        those of ``ids`` if given."""
        conditions, params = to_sql(where)
        if ids is not None:
            out: list[Stance] = []
            for chunk in _chunks(sorted(set(ids))):
                clause = " AND ".join([*conditions, f"id IN ({_marks(chunk)})"])
                out += self._select(f"WHERE {clause}", [*params, *chunk])
            return out
        return self._select(f"WHERE {' AND '.join(conditions)}" if conditions else "", params)

    def between(
        self, a: str, b: str, where: StanceFilter = _EVERYTHING, latest: int | None = None
    ) -> list[Stance]:
        """Stances from ``a`` to ``b`` and from ``b`` to ``a`` that ``where`` lets through
        (its actors aside): all, or the ``latest`` n."""
        conditions, params = to_sql(replace(where, source=None, target=None))
        extra = "".join(f" AND {w}" for w in conditions)
        if latest is None:
            return self._select(
                f"WHERE ((source = ? AND target = ?) OR (source = ? AND target = ?)){extra}",
                [a, b, b, a, *params],
            )
        # Each direction newest first along the (source, target, date) index, then merged.
        order = " ORDER BY date DESC, document DESC, coalesce(start, 0) DESC, id DESC LIMIT ?"
        found = self._select(
            f"WHERE source = ? AND target = ?{extra}{order}", [a, b, *params, latest]
        )
        found += self._select(
            f"WHERE source = ? AND target = ?{extra}{order}", [b, a, *params, latest]
        )
        found.sort(
            key=lambda s: (s.date or dt.date.min, s.evidence.document, s.evidence.start or 0, s.id)
        )
        return found[-latest:] if latest else []

    def count_between(self, a: str, b: str, where: StanceFilter = _EVERYTHING) -> int:
        """How many stances that ``where`` lets through (its actors aside) link ``a`` and
        ``b``, both directions."""
        conditions, params = to_sql(replace(where, source=None, target=None))
        extra = "".join(f" AND {w}" for w in conditions)
        (n,) = self._db.execute(
            "SELECT count(*) FROM stance WHERE ((source = ? AND target = ?) OR "  # noqa: S608
            f"(source = ? AND target = ?)){extra}",
            [a, b, b, a, *params],
        ).fetchone()
        return int(n)

    def _select(self, where: str, params: Sequence[object]) -> list[Stance]:
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM stance {where}", params)  # noqa: S608
        return [_stance(row) for row in rows]

    def _dyads(self, sides: Sequence[Side]) -> tuple[str, list[object]]:
        """The dyad rows of each (filter, ranked end) side as one subquery with columns other,
        type, modality, n, weight, sample; and its parameters."""
        parts, params = [], []
        for where, other in sides:
            table, cond, args = _dyad_rows(where)
            columns = f"{_SIDES[other]} AS other, type, modality, n, weight, sample"
            parts.append(f"SELECT {columns} FROM {table} WHERE {cond}")  # noqa: S608
            params += args
        return " UNION ALL ".join(parts), params

    def ranking(
        self, sides: Sequence[Side], *, limit: int | None = None
    ) -> tuple[list[RankRow], int, int]:
        """who-opposes / who-supports over the ``sides`` (see
        :meth:`graphkb.reader.StanceReader.ranking`): from the standing table for the default
        filters, else from the dyad table (the stance table, for a date window). Each (type,
        modality) pair's :func:`~graphkb.model.score_unit` goes into the SQL as a literal
        (numbers from graphkb's own tables)."""
        incoming = sides[0][0]
        polarity = incoming.type_set[0].polarity
        every_type = set(incoming.type_set) == {t for t in StanceType if t.polarity == polarity}
        plain = not incoming.roll_up and incoming.source is None and not incoming.dated
        if plain and every_type and set(incoming.modality_set) == set(FACTUAL):
            return self.standing(str(incoming.target), polarity, limit)
        weights = {
            (t, m): score_unit(t, m) for t in incoming.type_set for m in incoming.modality_set
        }
        factor = " ".join(
            f"WHEN type = '{t.value}' AND modality = '{m.value}' THEN {float(w)!r}"
            for (t, m), w in sorted(weights.items())
        )
        dyads, params = self._dyads(sides)
        score = f"total(g.weight * CASE {factor} ELSE 0 END)"
        if incoming.roll_up:
            grouped = f"""
                SELECT coalesce(m.country, g.other) AS who, {score} AS score, sum(g.n) AS n
                FROM ({dyads}) AS g LEFT JOIN actor AS m ON m.id = g.other
                WHERE who != ? GROUP BY who"""  # noqa: S608 (fixed text, enum values, numbers)
            params.append(incoming.target)
        else:
            grouped = f"""
                SELECT g.other AS who, {score} AS score, sum(g.n) AS n
                FROM ({dyads}) AS g GROUP BY g.other"""  # noqa: S608 (as above)
        # Best first: score (rounded, as Python ranks it), count, then name; the totals ride
        # along on every row as window sums.
        ranked = f"""
            SELECT r.who, r.score, r.n, count(*) OVER () AS actors, sum(r.n) OVER () AS stances
            FROM ({grouped}) AS r LEFT JOIN actor AS a ON a.id = r.who
            ORDER BY round(r.score, 9) DESC, r.n DESC, coalesce(a.name, r.who)
            LIMIT ?"""  # noqa: S608 (as above)
        params.append(-1 if limit is None else limit)
        sql = f"SELECT t.*, a.* FROM ({ranked}) AS t LEFT JOIN actor AS a ON a.id = t.who"  # noqa: S608
        rows = self._db.execute(sql, params).fetchall()
        if not rows:
            return [], 0, 0
        top = [
            (who, score, n, _actor(row) if row[0] is not None else None)
            for who, score, n, _, _, *row in rows
        ]
        return top, int(rows[0][3]), int(rows[0][4])

    def standing(
        self, anchor: str, polarity: int, limit: int | None
    ) -> tuple[list[RankRow], int, int]:
        """:meth:`ranking` for the default filters (every type of ``polarity``, asserted and
        reported, no roll-up), read from the standing table kept by triggers."""
        sql = """
            SELECT t.*, a.* FROM (
              SELECT s.other, s.score, s.n, count(*) OVER (), sum(s.n) OVER ()
              FROM standing AS s LEFT JOIN actor AS a ON a.id = s.other
              WHERE s.anchor = ? AND s.polarity = ?
              ORDER BY s.score DESC, s.n DESC, coalesce(a.name, s.other) LIMIT ?
            ) AS t LEFT JOIN actor AS a ON a.id = t.other"""
        rows = self._db.execute(sql, (anchor, polarity, -1 if limit is None else limit)).fetchall()
        if not rows:
            return [], 0, 0
        top = [
            (who, score / 1e9, n, _actor(row) if row[0] is not None else None)
            for who, score, n, _, _, *row in rows
        ]
        return top, int(rows[0][3]), int(rows[0][4])

    def ranking_details(
        self, sides: Sequence[Side], others: Sequence[str]
    ) -> list[tuple[str, str, str, int, str]]:
        """For the ranked ``others``: (actor, type, modality, stances, a sample stance id) per
        dyad."""
        out: list[tuple[str, str, str, int, str]] = []
        if not sides[0][0].roll_up:  # straight along the dyad indexes, both sides
            for where, other in sides:
                table, cond, args = _dyad_rows(where)
                column = _SIDES[other]
                for chunk in _chunks(list(others)):
                    sql = (
                        f"SELECT {column}, type, modality, n, sample FROM {table} "  # noqa: S608
                        f"WHERE {column} IN ({_marks(chunk)}) AND {cond}"
                    )
                    out += self._db.execute(sql, _args(table, args, chunk)).fetchall()
            return out
        dyads, params = self._dyads(sides)
        for chunk in _chunks(list(others)):
            sql = f"""
                SELECT coalesce(a.country, g.other) AS who, g.type, g.modality, g.n, g.sample
                FROM ({dyads}) AS g LEFT JOIN actor AS a ON a.id = g.other
                WHERE who IN ({_marks(chunk)})"""  # noqa: S608 (fixed text; data as ?)
            out += self._db.execute(sql, [*params, *chunk]).fetchall()
        return out

    def degree(self, actor: str) -> int:
        """How many stances the actor takes part in."""
        (n,) = self._db.execute(
            "SELECT (SELECT count(*) FROM stance WHERE source = ?)"
            " + (SELECT count(*) FROM stance WHERE target = ?)",
            (actor, actor),
        ).fetchone()
        return int(n)

    def neighbours(
        self,
        frontier: Sequence[str],
        reached: set[str],
        where: StanceFilter,
    ) -> list[tuple[str, int]]:
        """Actors linked to the ``frontier`` by stances ``where`` lets through (its types and
        modalities) and not yet ``reached``, with how many stances link them, most first
        (then by id)."""
        table, cond, params = _dyad_rows(replace(where, source=None, target=None, roll_up=False))
        totals: dict[str, int] = {}
        for chunk in _chunks(list(frontier)):
            marks = _marks(chunk)
            sql = f"""
                SELECT target, n FROM {table} WHERE source IN ({marks}) AND {cond}
                UNION ALL
                SELECT source, n FROM {table} WHERE target IN ({marks}) AND {cond}"""  # noqa: S608
            for other, n in self._db.execute(sql, _args(table, params, chunk) * 2):
                if other not in reached:
                    totals[other] = totals.get(other, 0) + n
        return sorted(totals.items(), key=lambda item: (-item[1], item[0]))

    def adjacent(self, frontier: Sequence[str], where: StanceFilter) -> set[tuple[str, str]]:
        """(frontier actor, actor linked to it either way by a stance of the types and
        modalities ``where`` asks for) pairs."""
        table, cond, params = _dyad_rows(replace(where, source=None, target=None, roll_up=False))
        found: set[tuple[str, str]] = set()
        for chunk in _chunks(list(frontier)):
            marks = _marks(chunk)
            sql = f"""
                SELECT source, target FROM {table} WHERE source IN ({marks}) AND {cond}
                UNION
                SELECT target, source FROM {table} WHERE target IN ({marks}) AND {cond}"""  # noqa: S608
            found.update(self._db.execute(sql, _args(table, params, chunk) * 2))
        return found

    def strongest_between(self, a: str, b: str, where: StanceFilter) -> Stance | None:
        """The stance that best stands for the link between ``a`` and ``b`` (either way): the
        most factual (asserted, reported, hypothetical, negated), then the highest id, so the
        choice is stable."""
        conditions, params = to_sql(replace(where, source=None, target=None))
        rows = self._select(
            "WHERE ((source = ? AND target = ?) OR (source = ? AND target = ?))"
            + "".join(f" AND {c}" for c in conditions)
            + f" ORDER BY {_FACTUALITY_SQL}, id DESC LIMIT 1",
            [a, b, b, a, *params],
        )
        return rows[0] if rows else None

    def dyads_among(self, actors: Sequence[str], where: StanceFilter) -> list[Dyad]:
        """(source, target, type, modality, stances, sample id) for dyads within ``actors``,
        of the stances ``where`` lets through (its actors aside)."""
        table, cond, params = _dyad_rows(replace(where, source=None, target=None, roll_up=False))
        inside = set(actors)
        out = []
        for chunk in _chunks(list(actors)):
            sql = (
                f"SELECT source, target, type, modality, n, sample FROM {table} "  # noqa: S608
                f"WHERE source IN ({_marks(chunk)}) AND {cond}"
            )
            rows = self._db.execute(sql, _args(table, params, chunk))
            out += [row for row in rows if row[1] in inside]
        return out

    def second_degree(self, anchor: str, where: StanceFilter) -> list[tuple[str, int]]:
        """Actors with stances ``where`` lets through (its actors aside) toward the actors
        that hold such stances toward ``anchor``: (actor, how many of those actors it
        targets), most first."""
        types = where.type_set
        where = replace(where, source=None, target=None)
        near, params = to_sql(where)
        far, _ = to_sql(where, table="s.")
        # Symmetric types hold both ways (as in who-opposes): each hop also follows them from
        # target to source. Fixed SQL text; the values are parameters.
        symmetric = [t.value for t in types if t.symmetric] or [""]
        sym = f"type IN ({_marks(symmetric)})"
        near_where, far_where = " AND ".join(near) or "true", " AND ".join(far) or "true"
        sql = f"""
            WITH near AS (
              SELECT source AS id FROM stance WHERE target = ? AND {near_where}
              UNION
              SELECT target FROM stance WHERE source = ? AND {near_where} AND {sym}),
            hop AS (
              SELECT s.source AS far, s.target AS via
              FROM near JOIN stance AS s ON s.target = near.id WHERE {far_where}
              UNION ALL
              SELECT s.target, s.source
              FROM near JOIN stance AS s ON s.source = near.id WHERE {far_where} AND s.{sym})
            SELECT far, count(DISTINCT via) AS via FROM hop WHERE far != ?
            GROUP BY far ORDER BY via DESC, far"""  # noqa: S608
        rows = self._db.execute(
            sql,
            [anchor, *params, anchor, *params, *symmetric, *params, *params, *symmetric, anchor],
        )
        return [(str(actor), int(via)) for actor, via in rows]

    def profile_counts(
        self, actor: str, side: str
    ) -> tuple[list[tuple[str, str, int]], list[tuple[str, int]]]:
        """For an actor as ``side`` ("source" or "target"): counts by (type, modality) and by
        counterpart."""
        other = {"source": "target", "target": "source"}[side]
        by_kind = self._db.execute(
            f"SELECT type, modality, count(*) FROM stance WHERE {side} = ? "  # noqa: S608
            "GROUP BY type, modality",
            (actor,),
        ).fetchall()
        by_other = self._db.execute(
            f"SELECT {other}, count(*) FROM stance WHERE {side} = ? GROUP BY {other}",  # noqa: S608
            (actor,),
        ).fetchall()
        return by_kind, by_other

    def members(self, country: str) -> list[Actor]:
        """Actors serving ``country`` (not the country itself)."""
        rows = self._db.execute(
            "SELECT * FROM actor WHERE country = ? AND id != ?", (country, country)
        ).fetchall()
        return [_actor(row) for row in rows]

    def counts(self) -> Counts:
        """Actors by kind, documents, stances by type and by modality."""
        by_kind = dict(self._db.execute("SELECT kind, count(*) FROM actor GROUP BY kind"))
        by_pair = self._db.execute(
            "SELECT type, modality, count(*) FROM stance GROUP BY type, modality"
        ).fetchall()
        by_type: dict[str, int] = {}
        by_mod: dict[str, int] = {}
        for kind, mod, n in by_pair:
            by_type[kind] = by_type.get(kind, 0) + n
            by_mod[mod] = by_mod.get(mod, 0) + n
        (documents,) = self._db.execute("SELECT count(*) FROM document").fetchone()
        return {
            "actors": sum(by_kind.values()),
            "actors_by_kind": dict(sorted(by_kind.items())),
            "documents": documents,
            "stances": sum(by_type.values()),
            "stances_by_type": dict(sorted(by_type.items())),
            "stances_by_modality": dict(sorted(by_mod.items())),
        }

    def known(self, table: str, ids: Sequence[str]) -> set[str]:
        """Which of ``ids`` the ``stance`` or ``document`` table holds."""
        if table not in ("stance", "document"):
            raise ValueError(f"no id lookup for table {table!r}")
        found: set[str] = set()
        for chunk in _chunks(sorted(set(ids))):
            rows = self._db.execute(
                f"SELECT id FROM {table} WHERE id IN ({_marks(chunk)})",  # noqa: S608
                chunk,
            )
            found.update(row[0] for row in rows)
        return found

    def dated_totals(self, where: StanceFilter, by: str) -> list[DatedTotal]:
        """Per period of their date (``by``: month, quarter or year) and (type, modality): how
        many dated stances ``where`` lets through (its actors too, rolled up if it says so) and
        their summed confidence in billionths, counted in SQL along the pair index (the sides
        index, rolled up) without reading the table."""
        conditions, params = to_sql(where, countries=self.countries)
        sql = (
            f"SELECT {_PERIOD_SQL[by]} AS period, type, modality, count(*), "  # noqa: S608
            f"sum({_NANO_SQL}) FROM stance WHERE {' AND '.join(conditions)} "
            "AND date IS NOT NULL GROUP BY period, type, modality"
        )
        return self._db.execute(sql, params).fetchall()

    def dated_rows(self, where: StanceFilter, *, actor: str | None = None) -> list[DatedRow]:
        """Dated stances ``where`` lets through (its actors too, rolled up if it says so),
        read along the pair index (a dyad) or the date index (a window); with ``actor``, only
        those it takes part in."""
        conditions, params = to_sql(where, countries=self.countries)
        conditions.append("date IS NOT NULL")
        sql = (
            "SELECT source, target, type, modality, date, confidence, id FROM stance WHERE "  # noqa: S608
            + " AND ".join(conditions)
        )
        if actor is not None:
            sql += " AND (source = ? OR target = ?)"
            params += [actor, actor]
        return self._db.execute(sql, params).fetchall()

    def last_date(self) -> dt.date | None:
        """The latest stance date."""
        (last,) = self._db.execute("SELECT max(date) FROM stance").fetchone()
        return None if last is None else _day(last)

    def stance_count(self) -> int:
        """How many stances the index holds."""
        (n,) = self._db.execute("SELECT count(*) FROM stance").fetchone()
        return int(n)

    def signed_rows(
        self,
        modalities: Sequence[Modality],
        *,
        roll_up: bool,
        dated: bool,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> list[SignedRow]:
        """(source, target, type, modality, summed confidence, date or None, stances) for the
        signed graph (:mod:`graphkb.analysis.signed`): from the dyad table, or, when ``dated``
        or windowed, from the stance table grouped by date too. With ``roll_up``, actors are
        replaced by the country they serve."""
        where, params = to_sql(
            StanceFilter(modalities=modalities, since=since, until=until), table="s."
        )
        src, tgt = ("coalesce(sa.country, s.source)", "coalesce(ta.country, s.target)")
        if not roll_up:
            src, tgt = "s.source", "s.target"
        joins = (
            " LEFT JOIN actor AS sa ON sa.id = s.source LEFT JOIN actor AS ta ON ta.id = s.target"
            if roll_up
            else ""
        )
        if dated or since is not None or until is not None:
            day = "s.date" if dated else "NULL"
            sql = (
                f"SELECT {src} AS a, {tgt} AS b, s.type, s.modality, total(s.confidence), "  # noqa: S608
                f"{day} AS day, count(*) FROM stance AS s{joins} WHERE {' AND '.join(where)} "
                "GROUP BY a, b, s.type, s.modality, day"
            )
        else:
            sql = (
                f"SELECT {src} AS a, {tgt} AS b, s.type, s.modality, total(s.weight), NULL, "  # noqa: S608
                f"sum(s.n) FROM dyad AS s{joins} WHERE {' AND '.join(where)} "
                "GROUP BY a, b, s.type, s.modality"
            )
        return [
            (a, b, _TYPES[kind], _MODALITIES[mod], conf, _day(day) if day else None, n)
            for a, b, kind, mod, conf, day, n in self._db.execute(sql, params)
        ]

    def signed_ties(self, *, roll_up: bool) -> list[Tie]:
        """See :meth:`graphkb.reader.StanceReader.signed_ties`: rolled up, from the tie table
        the triggers keep (a few thousand rows, read at once); otherwise summed from the dyad
        table (every dyad row read: seconds at a million stances)."""
        if roll_up and self._get("ties") == "kept":
            rows: list[Tie] = self._db.execute("SELECT a, b, weight, n FROM tie").fetchall()
            return rows
        homes = (
            dict(self._db.execute("SELECT id, country FROM actor WHERE country IS NOT NULL"))
            if roll_up
            else {}
        )
        sql = (
            f"SELECT d.source, d.target, total(d.weight * {_UNIT}), sum(d.n) FROM dyad AS d "  # noqa: S608
            "JOIN kind AS k ON k.type = d.type AND k.modality = d.modality "
            "GROUP BY d.source, d.target"
        )
        weights: dict[tuple[str, str], list[float]] = {}
        for source, target, value, n in self._db.execute(sql):
            x, y = homes.get(source, source), homes.get(target, target)
            if x != y:
                entry = weights.setdefault((x, y) if x < y else (y, x), [0.0, 0])
                entry[0] += value
                entry[1] += n
        return [(a, b, w, int(n)) for (a, b), (w, n) in weights.items()]

    def sources(
        self, others: Sequence[str], anchor: str, where: StanceFilter
    ) -> dict[str, tuple[int, int]]:
        """See :meth:`graphkb.reader.StanceReader.sources`: one indexed count per actor."""
        return {other: self._sources(other, anchor, where) for other in others}

    def _sources(self, other: str, anchor: str, where: StanceFilter) -> tuple[int, int]:
        """In how many distinct documents and from how many publishers the stances a ranking
        counts for ``other`` toward ``anchor`` appear: ``where``'s types from other to anchor,
        the symmetric ones among them either way; with ``roll_up``, every actor serving either."""
        roll_up, types, modalities = where.roll_up, where.type_set, where.modality_set
        side = "IN (SELECT id FROM actor WHERE country = ? UNION SELECT ?)" if roll_up else "= ?"
        one, two = ([other, other], [anchor, anchor]) if roll_up else ([other], [anchor])
        kinds = [t.value for t in types] or [""]
        symmetric = [t.value for t in types if t.symmetric] or [""]
        mods = [m.value for m in modalities]
        window, params = to_sql(StanceFilter(since=where.since, until=where.until), table="s.")
        sql = (
            "SELECT count(DISTINCT s.document), "  # noqa: S608
            "count(DISTINCT coalesce(d.publisher, 'doc:' || s.document)) "
            "FROM stance AS s LEFT JOIN document AS d ON d.id = s.document WHERE "
            f"((s.source {side} AND s.target {side} AND s.type IN ({_marks(kinds)})) OR "
            f"(s.source {side} AND s.target {side} AND s.type IN ({_marks(symmetric)}))) "
            f"AND s.modality IN ({_marks(mods)})" + "".join(f" AND {w}" for w in window)
        )
        values = [*one, *two, *kinds, *two, *one, *symmetric, *mods, *params]
        docs, publishers = self._db.execute(sql, values).fetchone()
        return int(docs), int(publishers)

    def pair_relation(self, a: str, b: str, *, roll_up: bool) -> tuple[float, int]:
        """See :meth:`graphkb.reader.StanceReader.pair_relation`: rolled up, one row of the
        tie table; otherwise summed from the pair's dyad rows."""
        if roll_up and self._get("ties") == "kept":
            row = self._db.execute(
                "SELECT weight, n FROM tie WHERE a = ? AND b = ?", (min(a, b), max(a, b))
            ).fetchone()
            return (float(row[0]), int(row[1])) if row else (0.0, 0)
        kinds = sorted(
            self.pair_kinds(a, b, (Modality.ASSERTED, Modality.REPORTED), roll_up=roll_up),
            key=lambda k: (k[0].value, k[1].value),
        )
        return sum(signed_unit(t, m) * w for t, m, w, _ in kinds), sum(n for *_, n in kinds)

    def latest_between_sides(
        self, a: str, b: str, modalities: Sequence[Modality], latest: int | None
    ) -> list[Stance]:
        """See :meth:`graphkb.reader.StanceReader.latest_between_sides`. For a busy pair (at
        least :data:`BUSY_PAIR` stances in its tie) the date index is read newest first down
        to the ``latest``-th date, and only the stances from that date on are read in full;
        otherwise the stances of the side with fewer actors are read, those toward the other
        side kept."""
        side = "(SELECT id FROM actor WHERE country = ? UNION SELECT ?)"
        mods = [m.value for m in modalities]
        kinds = f"modality IN ({_marks(mods)})"
        count = self.pair_relation(a, b, roll_up=True)[1] if self._get("ties") == "kept" else -1
        if count == 0 and set(modalities) <= {Modality.ASSERTED, Modality.REPORTED}:
            return []  # the tie counts every asserted and reported stance of the pair
        if latest is not None and count >= BUSY_PAIR and self._has_index("stance_by_date"):
            between = (
                f"{kinds} AND ((source IN {side} AND target IN {side}) "
                f"OR (source IN {side} AND target IN {side}))"
            )
            params: list[object] = [*mods, a, a, b, b, b, b, a, a]
            cut = self._db.execute(
                "SELECT date FROM stance INDEXED BY stance_by_date "  # noqa: S608
                f"WHERE date IS NOT NULL AND {between} ORDER BY date DESC LIMIT 1 OFFSET ?",
                [*params, (latest or 1) - 1],
            ).fetchone()
            if cut is not None:
                found = self._select(
                    f"INDEXED BY stance_by_date WHERE date >= ? AND {between}", [cut[0], *params]
                )
                found.sort(key=_stance_order)
                return found[-latest:] if latest else found
        sizes = dict(
            self._db.execute(
                "SELECT country, count(*) FROM actor WHERE country IN (?, ?) GROUP BY country",
                (a, b),
            )
        )
        small, big = (a, b) if sizes.get(a, 0) <= sizes.get(b, 0) else (b, a)
        found = []
        if (sizes.get(a, 0) + 1) * (sizes.get(b, 0) + 1) <= _PAIR_PROBES and self._has_index(
            "stance_by_pair"
        ):  # every (member, member) pair looked up along the pair index
            for x, y in ((a, b), (b, a)):
                found += self._select(
                    f"INDEXED BY stance_by_pair WHERE source IN {side} AND target IN {side} "
                    f"AND {kinds}",
                    [x, x, y, y, *mods],
                )
        else:  # the smaller side's stances, those toward the other kept
            for near, far in (("source", "target"), ("target", "source")):
                found += self._select(
                    f"WHERE {near} IN {side} AND +{far} IN {side} AND +{kinds}",
                    [small, small, big, big, *mods],
                )
        found.sort(key=_stance_order)
        return found[-latest:] if latest else found

    def _has_index(self, name: str) -> bool:
        return bool(
            self._db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
            ).fetchone()
        )

    def pair_kinds(
        self, a: str, b: str, modalities: Sequence[Modality], *, roll_up: bool
    ) -> list[tuple[StanceType, Modality, float, int]]:
        """(type, modality, summed confidence, stances) of the dyads between ``a`` and ``b``,
        either way; with ``roll_up``, between every actor serving either (each an actor id,
        or a country's id standing for itself and its people and bodies)."""
        side = "IN (SELECT id FROM actor WHERE country = ? UNION SELECT ?)" if roll_up else "= ?"
        one, two = ([a, a], [b, b]) if roll_up else ([a], [b])
        mods = [m.value for m in modalities]
        sql = (
            "SELECT type, modality, total(weight), sum(n) FROM dyad "  # noqa: S608
            f"WHERE ((source {side} AND target {side}) OR (source {side} AND target {side})) "
            f"AND modality IN ({_marks(mods)}) GROUP BY type, modality"
        )
        rows = self._db.execute(sql, [*one, *two, *two, *one, *mods])
        return [(_TYPES[t], _MODALITIES[m], w, n) for t, m, w, n in rows]

    def corroboration(
        self, source: str, target: str, kind: StanceType, modalities: Sequence[Modality]
    ) -> tuple[int, int]:
        """In how many distinct documents, and from how many publishers (a document without
        one counting as its own), stances of this source, target, type and modalities are."""
        mods = [m.value for m in modalities]
        sql = (
            "SELECT count(DISTINCT s.document), "  # noqa: S608
            "count(DISTINCT coalesce(d.publisher, 'doc:' || s.document)) "
            "FROM stance AS s LEFT JOIN document AS d ON d.id = s.document "
            f"WHERE s.source = ? AND s.target = ? AND s.type = ? AND s.modality IN ({_marks(mods)})"
        )
        docs, publishers = self._db.execute(sql, [source, target, kind.value, *mods]).fetchone()
        return int(docs), int(publishers)

    def dispute_rows(self, side: str | None, *, answers: bool) -> list[DisputeRow]:
        """Rows for :mod:`graphkb.analysis.disputes`: claims (accusations and reported
        stances) or, with ``answers``, answer candidates (rejections and negated stances),
        where ``side`` (a country with its people and bodies, or an actor) is source or
        target, or, for reported claims, the claimant too; all when ``side`` is None. Each row:
        id, type, modality, source, target, claim, document, start, end and the source's,
        target's and claimant's homes (their country, else themselves)."""
        members = "(SELECT id FROM actor WHERE country = ? UNION SELECT ?)"
        kinds: list[tuple[str, tuple[str, ...]]]
        if answers:
            kinds = [
                ("type = 'REJECT' AND modality IN ('asserted', 'reported')", ("source", "target")),
                ("modality = 'negated'", ("source", "target")),
            ]
        else:
            kinds = [
                ("type = 'ACCUSE' AND modality IN ('asserted', 'reported')", ("source", "target")),
                ("modality = 'reported'", ("source", "target", "claim")),
            ]
        parts, params = [], []
        for condition, ends in kinds:
            if side is None:
                parts.append(f"SELECT rowid FROM stance WHERE {condition}")  # noqa: S608
                continue
            for end in ends:
                parts.append(f"SELECT rowid FROM stance WHERE {end} IN {members} AND {condition}")  # noqa: S608
                params += [side, side]
        sql = f"""
            SELECT s.id, s.type, s.modality, s.source, s.target, s.claim, s.document, s.start,
              s."end", coalesce(sa.country, s.source), coalesce(ta.country, s.target),
              coalesce(ca.country, s.claim), s.date
            FROM stance AS s LEFT JOIN actor AS sa ON sa.id = s.source
              LEFT JOIN actor AS ta ON ta.id = s.target LEFT JOIN actor AS ca ON ca.id = s.claim
            WHERE s.rowid IN ({" UNION ".join(parts)})"""  # noqa: S608 (fixed text, ? marks)
        return self._db.execute(sql, params).fetchall()

    def dispute_tally(self, side: str | None) -> DisputeTally | None:
        """See :meth:`graphkb.reader.StanceReader.dispute_tally`: one query each for claims
        and answers along the partial indexes over them (by source's side, target's side,
        claimant), read from the indexes alone, the sides worked out in SQL; and the claims
        left out of the counts read in full. None for an index without its actors' countries
        or those indexes (an older one opened read-only)."""
        if not self.countries or not self._has_index("stance_said_by_claim"):
            return None
        if side is None:
            claim_parts, answer_parts = ["true"], ["true"]
        else:
            claim_parts, answer_parts = [*_SIDE_PARTS, _BY_CLAIMANT], list(_SIDE_PARTS)
        params = {"side": side}
        single: list[int] = []
        counted: dict[tuple[str, str, str], list[tuple[str | None, str]]] = defaultdict(list)
        for one, two, kind, sid, date, alone in self._db.execute(
            _parts_sql(_CLAIM_ROWS, claim_parts, _CLAIM_PAIR), params
        ):
            if alone:
                single.append(alone)
            else:
                counted[one, two, kind].append((date, sid))
        answers: dict[tuple[str, str, str], list[tuple[str | None, str]]] = defaultdict(list)
        for one, two, kind, sid, date, _ in self._db.execute(
            _parts_sql(_ANSWER_ROWS, answer_parts, "true"), params
        ):
            answers[one, two, kind].append((date, sid))
        return DisputeTally(
            self._dispute_rows_of(single),
            [(*key, found) for key, found in counted.items()],
            [(*key, found) for key, found in answers.items()],
        )

    def _dispute_rows_of(self, rowids: Sequence[int]) -> list[DisputeRow]:
        """:meth:`dispute_rows`' rows of these stances (by row number)."""
        out: list[DisputeRow] = []
        for start in range(0, len(rowids), 500):
            chunk = rowids[start : start + 500]
            sql = f"{_DISPUTE_ROW} WHERE s.rowid IN ({_marks(chunk)})"
            out += self._db.execute(sql, chunk).fetchall()
        return out

    def same_stances(self, keys: Sequence[tuple[str, str, str]]) -> list[DisputeRow]:
        """See :meth:`graphkb.reader.StanceReader.same_stances`: one indexed lookup per key."""
        out: list[DisputeRow] = []
        unique = sorted(set(keys))
        for start in range(0, len(unique), 300):
            chunk = unique[start : start + 300]
            values = ", ".join("(?, ?, ?)" for _ in chunk)
            sql = f"""
                WITH k (source, target, type) AS (VALUES {values})
                SELECT s.id, s.type, s.modality, s.source, s.target, s.claim, s.document,
                  s.start, s."end", coalesce(sa.country, s.source),
                  coalesce(ta.country, s.target), coalesce(ca.country, s.claim), s.date
                FROM k JOIN stance AS s ON s.id IN (
                    SELECT id FROM stance WHERE source = k.source AND type = k.type
                      AND modality = 'negated' AND target = k.target
                    UNION ALL
                    SELECT id FROM stance WHERE source = k.source AND type = k.type
                      AND target = k.target AND claim IS NOT NULL AND modality = 'asserted')
                  LEFT JOIN actor AS sa ON sa.id = s.source
                  LEFT JOIN actor AS ta ON ta.id = s.target
                  LEFT JOIN actor AS ca ON ca.id = s.claim"""  # noqa: S608 (? marks)
            out += self._db.execute(sql, [v for key in chunk for v in key]).fetchall()
        return out

    def accusations_in(self, document: str) -> list[tuple[int | None, int | None, str, str]]:
        """(start, end, target's home, accuser's home) of the accusations in a document."""
        sql = """
            SELECT s.start, s."end", coalesce(ta.country, s.target),
              coalesce(ca.country, s.claim, sa.country, s.source)
            FROM stance AS s LEFT JOIN actor AS sa ON sa.id = s.source
              LEFT JOIN actor AS ta ON ta.id = s.target LEFT JOIN actor AS ca ON ca.id = s.claim
            WHERE s.document = ? AND s.type = 'ACCUSE'"""
        return self._db.execute(sql, (document,)).fetchall()

    def optimize(self) -> None:
        """Refresh the query planner's statistics (after big loads)."""
        self._db.execute("ANALYZE")


_DISPUTE_ROW = """
    SELECT s.id, s.type, s.modality, s.source, s.target, s.claim, s.document, s.start,
      s."end", coalesce(sa.country, s.source), coalesce(ta.country, s.target),
      coalesce(ca.country, s.claim), s.date
    FROM stance AS s LEFT JOIN actor AS sa ON sa.id = s.source
      LEFT JOIN actor AS ta ON ta.id = s.target LEFT JOIN actor AS ca ON ca.id = s.claim"""
# dispute_tally, as fixed text: a side's stances in disjoint parts (by its source's side, else
# its target's, else, for a report, its claimant's), each along one of the partial indexes.
_SH, _TH = "coalesce(s.source_country, s.source)", "coalesce(s.target_country, s.target)"
_SIDE_PARTS = (
    "s.source_country = :side",
    "s.source_country IS NULL AND s.source = :side",
    f"s.target_country = :side AND {_SH} != :side",
    f"s.target_country IS NULL AND s.target = :side AND {_SH} != :side",
)
_BY_CLAIMANT = (
    "s.claim IN (SELECT id FROM actor WHERE country = :side UNION SELECT :side) AND "  # noqa: S608
    f"s.claim IS NOT NULL AND s.modality = 'reported' AND {_SH} != :side AND {_TH} != :side"
)
_OWN = f"""EXISTS (SELECT 1 FROM stance AS o WHERE o.source = s.source AND o.type = s.type
      AND o.target = s.target AND {_ANSWERING})"""  # noqa: S608
# Claims: an accusation (its claimant, else its source, accuses its target's side) or a report
# (its claimant says its source's side did it); reports without a claimant, or with stances
# that may answer them (negated, or asserted with a claimant), are read in full instead.
_CLAIM_ROWS = f"""
    SELECT s.id, s.date, CASE WHEN s.type = 'ACCUSE' THEN 'accusation' ELSE 'report' END AS kind,
      CASE WHEN s.type = 'ACCUSE' THEN coalesce(ca.country, s.claim, {_SH})
        ELSE coalesce(ca.country, s.claim) END AS one,
      CASE WHEN s.type = 'ACCUSE' THEN {_TH} ELSE {_SH} END AS two,
      CASE WHEN s.type != 'ACCUSE' AND (s.claim IS NULL OR {_OWN}) THEN s.rowid ELSE 0 END
        AS alone
    FROM stance AS s LEFT JOIN actor AS ca ON ca.id = s.claim
    WHERE {{part}} AND {_SAID}
      AND ((type = 'ACCUSE' AND modality IN ('asserted', 'reported')) OR modality = 'reported')"""  # noqa: S608 (fixed text)
# the claim's sides differ and the side is one of them (a report without a claimant: later)
_CLAIM_PAIR = "one IS NULL OR (one != two AND (:side IS NULL OR :side IN (one, two)))"
_HOSTILE_SQL = ", ".join(f"'{t.value}'" for t in StanceType if t.polarity < 0)
# Answers: rejections, and denials (negated hostile stances with a claimant), said by the
# source's side itself.
_ANSWER_ROWS = f"""
    SELECT s.id, s.date, CASE WHEN s.type = 'REJECT' AND s.modality != 'negated'
        THEN 'rejection' ELSE 'denial' END AS kind,
      {_SH} AS one, {_TH} AS two, 0 AS alone
    FROM stance AS s LEFT JOIN actor AS ca ON ca.id = s.claim
    WHERE {{part}} AND {_SAID}
      AND ((type = 'REJECT' AND modality IN ('asserted', 'reported'))
        OR (modality = 'negated' AND s.claim IS NOT NULL AND type IN ({_HOSTILE_SQL})))
      AND (s.claim IS NULL OR coalesce(ca.country, s.claim) = {_SH})"""  # noqa: S608


def _parts_sql(rows: str, parts: Sequence[str], keep: str) -> str:
    """``rows`` (fixed text with a ``{part}`` slot) over each of the parts, those ``keep``
    lets through: (one, two, kind, id, date, alone)."""
    union = " UNION ALL ".join(rows.format(part=part) for part in parts)
    return f"SELECT one, two, kind, id, date, alone FROM ({union}) WHERE {keep}"  # noqa: S608


_SIDES = {"source": "source", "target": "target"}
"""The two ends of a stance, as column names (a lookup, so no other text becomes SQL)."""


def to_sql(
    where: StanceFilter, *, table: str = "", countries: bool = False
) -> tuple[list[str], list[object]]:
    """The filter as WHERE conditions (fixed text with ``?``) over the ``stance`` table (the
    ``dyad`` table too, for a filter without dates), and their parameters; ``table`` prefixes
    the column names (``"s."``). With ``countries``, a roll-up reads the stance table's copies
    of its actors' countries (the same rows, along an index)."""
    conditions: list[str] = []
    params: list[object] = []
    for column, actor in (("source", where.source), ("target", where.target)):
        if actor is None:
            continue
        if where.roll_up and countries:
            conditions.append(f"{table}{column}_country = ?")
        elif where.roll_up:  # any actor serving the country, the country included
            conditions.append(f"{table}{column} IN (SELECT id FROM actor WHERE country = ?)")  # noqa: S608
        else:
            conditions.append(f"{table}{column} = ?")
        params.append(actor)
    if where.types:
        values = [t.value for t in where.types]
        conditions.append(f"{table}type IN ({_marks(values)})")
        params += values
    if where.modalities:
        mods = [m.value for m in where.modalities]
        conditions.append(f"{table}modality IN ({_marks(mods)})")
        params += mods
    if where.since is not None:
        conditions.append(f"{table}date >= ?")
        params.append(where.since.isoformat())
    if where.until is not None:
        conditions.append(f"{table}date <= ?")
        params.append(where.until.isoformat())
    # The report's date is its document's: documents in the window, by their primary key.
    if where.reported:
        window, args = ["date IS NOT NULL"], []
        if where.reported_since is not None:
            window.append("date >= ?")
            args.append(where.reported_since.isoformat())
        if where.reported_until is not None:
            window.append("date <= ?")
            args.append(where.reported_until.isoformat())
        conditions.append(
            f"{table}document IN (SELECT id FROM document WHERE {' AND '.join(window)})"  # noqa: S608
        )
        params += args
    return conditions, params


def _dyad_rows(where: StanceFilter) -> tuple[str, str, list[object]]:
    """Where the dyads of the stances ``where`` lets through are read: the dyad table, or for
    a date window (the dyad table has no dates) the stance table grouped the same way; the
    condition on it, and the parameters (see :func:`_args` for their order)."""
    conditions, params = to_sql(where)
    if not where.dated:
        return "dyad", " AND ".join(conditions) or "true", params
    # Fixed text with ? marks; the values are parameters.
    columns = "source, target, type, modality, count(*) AS n, total(confidence) AS weight"
    grouped = (
        f"(SELECT {columns}, min(id) AS sample FROM stance "  # noqa: S608
        f"WHERE {' AND '.join(conditions)} GROUP BY source, target, type, modality)"
    )
    return grouped, "true", params


def _args(table: str, params: list[object], chunk: list[str]) -> list[object]:
    """The parameters of a query on ``table`` (from :func:`_dyad_rows`) narrowed to actors in
    ``chunk``: the filter's come first in the grouped stance table, after the chunk's in the
    dyad table's condition."""
    return [*params, *chunk] if table != "dyad" else [*chunk, *params]


def _chunks(values: Sequence[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])
