"""The stance index answers exactly as SPARQL over the RDF store, and stays in step with it
through every kind of write, a crash half-way, and a store written without it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkb import KnowledgeBase, Modality, StanceFilter, StanceType
from graphkb.index import INDEX_FILE
from graphkb.model import Document, Evidence, Stance
from graphkb.store import Store
from tests.backends import answers, sparql_answers

_ACTORS = ["USA", "PAK", "IND", "CHN", "RUS", "khawaja-asif", "jon-finer"]
_stance = st.builds(
    lambda pair, kind, mod, start, conf, day: Stance(
        source=pair[0],
        target=pair[1],
        type=kind,
        modality=mod,
        evidence=Evidence("doc-gen", start, start + 10, f"sentence {start}"),
        date=dt.date(2024, 1, 1) + dt.timedelta(days=day),
        confidence=conf,
        origin="extracted",
    ),
    st.permutations(_ACTORS).map(lambda p: (p[0], p[1])),
    st.sampled_from(list(StanceType)),
    st.sampled_from(list(Modality)),
    st.integers(0, 400),
    st.sampled_from([0.5, 0.8, 1.0]),
    st.integers(0, 700),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_stance, max_size=25, unique_by=lambda s: s.id))
def test_index_answers_like_sparql_on_random_graphs(stances: list[Stance]) -> None:
    """Random stances added to the bundled KB: index and SPARQL agree on every question.
    (Two different stances with one id, i.e. the same span coded twice with other dates or
    confidences, are conflicting data on which the two may differ; see the index's notes.)"""
    with KnowledgeBase.memory() as kb:
        kb.store.add([], [Document("doc-gen", "generated")], stances)
        assert answers(kb) == sparql_answers(kb)


@pytest.fixture
def disk_kb(tmp_path: Path) -> Iterator[Path]:
    """A persistent store, created (with its index) and closed."""
    path = tmp_path / "kb"
    Store.open(path, read_only=False).close()
    yield path


def _index_state(path: Path) -> str:
    db = sqlite3.connect(path / INDEX_FILE)
    try:
        return str(db.execute("SELECT value FROM meta WHERE key = 'state'").fetchone()[0])
    finally:
        db.close()


def test_a_new_store_has_a_ready_index(disk_kb: Path) -> None:
    """Creating a store builds its index; readers use it."""
    assert _index_state(disk_kb) == "ready"
    with KnowledgeBase.open(disk_kb) as kb:
        assert kb.store.index is not None
        assert kb.store.index.stance_count() == kb.stats()["stances"] > 0


def test_a_stale_index_is_bypassed_then_rebuilt(disk_kb: Path) -> None:
    """A write that died half-way leaves the index stale: readers fall back to SPARQL with the
    same answers, and the next writer rebuilds it."""
    with KnowledgeBase.open(disk_kb) as kb:
        expected = answers(kb)
    db = sqlite3.connect(disk_kb / INDEX_FILE)
    db.execute("UPDATE meta SET value = 'stale' WHERE key = 'state'")
    db.execute("DELETE FROM stance WHERE target = 'USA'")  # and the rows are wrong
    db.commit()
    db.close()
    with KnowledgeBase.open(disk_kb) as kb:
        assert kb.store.index is None
        assert answers(kb) == expected
    with KnowledgeBase.open(disk_kb, read_only=False) as kb:
        assert kb.store.index is not None
    assert _index_state(disk_kb) == "ready"
    with KnowledgeBase.open(disk_kb) as kb:
        assert kb.store.index is not None
        assert answers(kb) == expected


_KILLED_MID_WRITE = """
import os, signal, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA cache_size = 2")  # spill changed pages into the file before commit
db.execute("BEGIN")
db.execute("DELETE FROM stance")
db.execute("UPDATE meta SET value = 'wrong' WHERE key = 'state'")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_writer_killed_mid_transaction_is_rolled_back_for_readers(disk_kb: Path) -> None:
    """A writer killed inside an index transaction leaves uncommitted pages in SQLite's
    write-ahead log: the next reader, though read-only, gets the index as it was before that
    transaction."""
    with KnowledgeBase.open(disk_kb) as kb:
        expected = answers(kb)
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_MID_WRITE, str(disk_kb / INDEX_FILE)], check=False
    )
    assert killed.returncode == -signal.SIGKILL
    log = disk_kb / (INDEX_FILE + "-wal")
    assert log.stat().st_size > 0  # pages of the dead transaction, as after a crash
    with KnowledgeBase.open(disk_kb) as kb:
        assert kb.store.index is not None
        assert answers(kb) == expected
    assert _index_state(disk_kb) == "ready"


_KILLED_OPENING = """
import os, signal, sqlite3, sys
from pathlib import Path
from graphkb.index import StanceIndex
real, kill_at, calls = sqlite3.connect, int(sys.argv[2]), [0]


class Killed:
    # the index's connection, killed at its kill_at-th statement
    def __init__(self, db):
        self.db = db

    def _count(self):
        calls[0] += 1
        if calls[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def execute(self, *args):
        out = self.db.execute(*args)
        self._count()
        return out

    def executemany(self, *args):
        out = self.db.executemany(*args)
        self._count()
        return out

    def __getattr__(self, name):
        return getattr(self.db, name)


sqlite3.connect = lambda *args, **kwargs: Killed(real(*args, **kwargs))
StanceIndex.open(Path(sys.argv[1]), read_only=False).close()
"""


def test_a_writer_killed_while_opening_the_index_leaves_it_whole(disk_kb: Path) -> None:
    """Every writer sets the index up as it opens it (tables, the stance kinds, indexes and
    triggers). Killed after any of those statements, it leaves an index that readers answer
    from exactly as from SPARQL (a kill between emptying and refilling the kind table once
    left an index marked ready whose signed ties were empty)."""
    with KnowledgeBase.open(disk_kb) as kb:
        expected = (
            kb.store.reader().signed_ties(roll_up=False),
            [r.to_dict() for r in kb.who_opposes("US")],
        )
    kills = 0
    for kill_at in range(1, 80):
        run = subprocess.run(
            [sys.executable, "-c", _KILLED_OPENING, str(disk_kb), str(kill_at)], check=False
        )
        if run.returncode == 0:
            break  # opening took fewer statements than kill_at: every point was tried
        assert run.returncode == -signal.SIGKILL
        kills += 1
        with KnowledgeBase.open(disk_kb) as kb:
            assert kb.store.index is not None
            got = (
                kb.store.reader().signed_ties(roll_up=False),
                [r.to_dict() for r in kb.who_opposes("US")],
            )
            assert got == expected, f"killed at statement {kill_at}"
    assert kills > 5


def test_a_store_without_an_index_works_and_reindex_builds_it(disk_kb: Path) -> None:
    """A store written before the index existed (or with the file deleted) answers through
    SPARQL; ``reindex`` builds the index with the same answers."""
    with KnowledgeBase.open(disk_kb) as kb:
        expected = answers(kb)
    (disk_kb / INDEX_FILE).unlink()
    with KnowledgeBase.open(disk_kb) as kb:
        assert kb.store.index is None
        assert answers(kb) == expected
    with KnowledgeBase.open(disk_kb, read_only=False) as kb:
        assert kb.store.reindex() == expected["stats"]["stances"]
    with KnowledgeBase.open(disk_kb) as kb:
        assert kb.store.index is not None
        assert answers(kb) == expected


_AS_VERSION_3 = """
DROP INDEX stance_by_sides; DROP INDEX stance_by_pair; DROP INDEX stance_by_date;
DROP INDEX stance_said_by_source; DROP INDEX stance_said_to_target;
DROP INDEX stance_said_by_claim; DROP INDEX stance_answering;
DROP TRIGGER actor_country; DROP TRIGGER actor_gone;
ALTER TABLE stance DROP COLUMN source_country; ALTER TABLE stance DROP COLUMN target_country;
CREATE INDEX stance_by_pair ON stance (source, target, date);
CREATE INDEX stance_by_date ON stance (date, source, target, type, modality, confidence, id);
UPDATE meta SET value = '3' WHERE key = 'schema';
"""


def _timelines(kb: KnowledgeBase) -> Any:
    rolled = StanceFilter(roll_up=True)
    return (
        [r.to_dict() for r in kb.timeline("US", "PAK", rolled, by="year").rows],
        [r.to_dict() for r in kb.timeline("US", "PAK", by="month").rows],
        [c.to_dict() for c in kb.changes(dt.date(2024, 12, 1), where=rolled)],
    )


def test_a_version_3_index_is_read_then_migrated_in_place(disk_kb: Path) -> None:
    """An index of the last layout (stances without their actors' countries) still answers,
    read-only, with the same timelines; the first writer adds the columns in place, without
    rebuilding from the RDF store; every answer stays the same."""
    with KnowledgeBase.open(disk_kb) as kb:
        expected, timelines = answers(kb), _timelines(kb)
        assert timelines[0]  # the officials' stances roll up into a timeline
    db = sqlite3.connect(disk_kb / INDEX_FILE)
    db.executescript(_AS_VERSION_3)
    db.close()
    with KnowledgeBase.open(disk_kb) as kb:
        assert kb.store.index is not None and not kb.store.index.countries
        assert (answers(kb), _timelines(kb)) == (expected, timelines)
    with KnowledgeBase.open(disk_kb, read_only=False) as kb:
        assert not kb.store.rebuilt_on_open
        assert kb.store.index is not None and kb.store.index.countries
    with KnowledgeBase.open(disk_kb) as kb:
        assert kb.store.index is not None and kb.store.index.countries
        assert (answers(kb), _timelines(kb)) == (expected, timelines)


def test_an_index_of_an_older_layout_is_rebuilt(disk_kb: Path) -> None:
    """An index older than version 3 is not read; the first writer lays it out afresh and
    fills it from the RDF store."""
    with KnowledgeBase.open(disk_kb) as kb:
        expected = answers(kb)
    db = sqlite3.connect(disk_kb / INDEX_FILE)
    db.execute("UPDATE meta SET value = '2' WHERE key = 'schema'")
    db.commit()
    db.close()
    with KnowledgeBase.open(disk_kb) as kb:
        assert kb.store.index is None
        assert answers(kb) == expected
    with KnowledgeBase.open(disk_kb, read_only=False) as kb:
        assert kb.store.rebuilt_on_open
    with KnowledgeBase.open(disk_kb) as kb:
        assert kb.store.index is not None
        assert answers(kb) == expected


def test_every_write_keeps_the_index_in_step(fresh_kb: KnowledgeBase, tmp_path: Path) -> None:
    """Ingest, RDF load, SPARQL update and document removal each leave the index agreeing
    with SPARQL."""
    kb = fresh_kb
    kb.ingest("Germany imposed sanctions on Russia on Monday.\n", title="t")
    assert [r.actor.id for r in kb.who_opposes("RUS")][:1] == ["DEU"]
    assert answers(kb) == sparql_answers(kb)

    turtle = tmp_path / "extra.ttl"
    turtle.write_text(
        "@prefix gk: <https://w3id.org/graphkb/ns#> .\n"
        "@prefix gka: <https://w3id.org/graphkb/actor/> .\n"
        "@prefix gkt: <https://w3id.org/graphkb/type/> .\n"
        "@prefix gkm: <https://w3id.org/graphkb/modality/> .\n"
        "@prefix prov: <http://www.w3.org/ns/prov#> .\n"
        "<https://w3id.org/graphkb/stance/abc123> a gk:Stance ; gk:source gka:FRA ;\n"
        "  gk:target gka:RUS ; gk:stanceType gkt:ACCUSE ; gk:modality gkm:asserted ;\n"
        '  gk:confidence 1.0 ; gk:origin "curated" ;\n'
        "  prov:wasDerivedFrom <https://w3id.org/graphkb/doc/extra> .\n",
        encoding="utf-8",
    )
    kb.load([turtle])
    assert "FRA" in {r.actor.id for r in kb.who_opposes("RUS")}
    assert answers(kb) == sparql_answers(kb)

    kb.sparql("DELETE WHERE { GRAPH ?g { ?st gk:source gka:FRA ; ?p ?o } }", allow_update=True)
    assert "FRA" not in {r.actor.id for r in kb.who_opposes("RUS")}
    assert answers(kb) == sparql_answers(kb)

    doc = kb.stances(StanceFilter(target="RUS"))[0].stance.evidence.document
    kb.store.remove_document(doc)
    assert kb.who_opposes("RUS") == []
    assert answers(kb) == sparql_answers(kb)


def test_a_failed_write_leaves_the_index_ready_and_right(
    fresh_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the RDF transaction fails, nothing lands in either place and the index stays
    ready (the write was all or nothing)."""
    from graphkb._exceptions import StoreError

    before = answers(fresh_kb)

    def broken(*args: object, **kwargs: object) -> int:
        raise StoreError("disk full")

    monkeypatch.setattr(fresh_kb.store, "_extend", broken)
    with pytest.raises(StoreError):
        fresh_kb.ingest("Germany imposed sanctions on Russia on Monday.\n")
    assert fresh_kb.store.index is not None
    assert answers(fresh_kb) == before


def test_cli_reindex_and_two_hop(own_store: Path, runner: Any) -> None:
    """``graphkb reindex`` reports the stance count; ``two-hop`` lists opponents of opponents."""
    from graphkb.cli import app

    done = runner.invoke(app, ["reindex"])
    assert done.exit_code == 0, done.output
    assert "indexed 35 stance(s)" in done.output
    done = runner.invoke(app, ["two-hop", "US", "--format", "csv"])
    assert done.exit_code == 0, done.output
    # India's rivalry with Pakistan counts both ways, as in who-opposes
    assert done.output.splitlines()[1:] == [
        "1,India,IND,country,IND,1",
        "2,Jon Finer,jon-finer,person,USA,1",
    ]


def test_index_answers_like_sparql_past_the_exact_ranking_limit() -> None:
    """Beyond FULL_EVIDENCE_UP_TO stances, scores come from aggregates with sample evidence:
    the index and SPARQL still agree, and the ranking is the exact one's."""
    import random

    from graphkb import queries

    rng = random.Random(3)
    conflict = [t for t in StanceType if t.polarity < 0]
    stances = [
        Stance(
            source=rng.choice(["PAK", "CHN", "RUS", "khawaja-asif", "IRN"]),
            target="USA",
            type=rng.choice(conflict),
            modality=rng.choice([Modality.ASSERTED, Modality.REPORTED]),
            evidence=Evidence("doc-many", i * 10, i * 10 + 5, f"sentence {i}"),
            confidence=rng.choice([0.5, 1.0]),
            origin="extracted",
        )
        for i in range(queries.FULL_EVIDENCE_UP_TO + 50)
    ]
    with KnowledgeBase.memory() as kb:
        kb.store.remove_document("seed-us-pakistan-sanctions")  # the seed article
        kb.store.add([], [Document("doc-many", "many")], stances)
        assert answers(kb) == sparql_answers(kb)
        ranked = kb.who_opposes("US")
        assert sum(r.count for r in ranked) > queries.FULL_EVIDENCE_UP_TO
        for r in ranked:  # the documented score, from every stance
            mine = [s for s in stances if s.source == r.actor.id]
            assert r.count == len(mine)
            assert r.score == pytest.approx(
                sum(
                    abs(s.type.intensity) / 10 * queries.MODALITY_WEIGHT[s.modality] * s.confidence
                    for s in mine
                )
            )
            assert r.stances  # sample evidence


def test_long_rankings_carry_evidence_for_every_row_shown(tmp_path: Path) -> None:
    """Past EVIDENCE_ACTORS ranked actors (and FULL_EVIDENCE_UP_TO stances), ``--limit 0``
    shows every actor with its types and evidence in each format; the API gives them to the
    first ``evidence`` actors, or to all with ``evidence=None``, on both backends."""
    from typer.testing import CliRunner

    from graphkb import queries
    from graphkb.cli import app
    from graphkb.model import Actor, ActorKind

    people = [
        Actor(id=f"person-{i}", name=f"Person {i}", kind=ActorKind.PERSON, country="FRA")
        for i in range(queries.EVIDENCE_ACTORS + 30)
    ]
    stances = [
        Stance(
            source=people[i % len(people)].id,
            target="USA",
            type=StanceType.ACCUSE if i % 3 else StanceType.THREATEN,
            modality=Modality.ASSERTED,
            evidence=Evidence("doc-long", i * 10, i * 10 + 5, f"sentence {i}"),
            confidence=0.5 + (i % 5) / 10,
            origin="extracted",
        )
        for i in range(queries.FULL_EVIDENCE_UP_TO + 100)
    ]
    path = tmp_path / "kb"
    with KnowledgeBase.open(path, read_only=False) as kb:
        kb.store.add(people, [Document("doc-long", "long")], stances)
    with KnowledgeBase.open(path) as kb:
        for use_index in (True, False):
            kb.store.use_index = use_index
            kb.store._forget_actors()
            default = kb.who_opposes("US")
            assert len(default) > queries.EVIDENCE_ACTORS
            assert all(r.types and r.stances for r in default[: queries.EVIDENCE_ACTORS])
            assert not any(r.types for r in default[queries.EVIDENCE_ACTORS :])
            every = kb.who_opposes("US", evidence=None)
            assert [r.actor.id for r in every] == [r.actor.id for r in default]
            assert all(r.types and r.stances for r in every)
            assert sum(sum(r.types.values()) for r in every) == sum(r.count for r in every)
    runner = CliRunner()
    for fmt in ("table", "csv", "json"):
        done = runner.invoke(
            app, ["--store", str(path), "who-opposes", "US", "--limit", "0", "-f", fmt]
        )
        assert done.exit_code == 0, done.output
        if fmt == "json":
            rows = json.loads(done.stdout)
            assert len(rows) > queries.EVIDENCE_ACTORS
            assert all(row["types"] and row["stances"] for row in rows)
        if fmt == "csv":
            rows = list(csv.DictReader(io.StringIO(done.stdout)))
            assert all(row["types"] and row["evidence"] for row in rows)


def test_cli_lists_are_capped_with_the_total_on_stderr(own_store: Path, runner: Any) -> None:
    """who-opposes shows the top N and relations the latest N, saying on stderr how many
    there are; --limit 0 shows everything."""
    from graphkb.cli import app

    done = runner.invoke(app, ["who-opposes", "US", "--limit", "2", "--format", "csv"])
    assert done.exit_code == 0, done.output
    assert len(done.stdout.splitlines()) == 3  # header and two actors
    assert "showing the top 2 of 7 actors" in done.stderr
    done = runner.invoke(app, ["relations", "US", "PAK", "--limit", "2", "--format", "json"])
    assert done.exit_code == 0, done.output
    latest = json.loads(done.stdout)
    assert len(latest) == 2
    assert "showing the latest 2 of " in done.stderr
    done = runner.invoke(app, ["relations", "US", "PAK", "--limit", "0", "--format", "json"])
    everything = json.loads(done.stdout)
    assert len(everything) > 2
    assert everything[-2:] == latest  # the latest, oldest first
    assert "showing" not in done.stderr


def test_bulk_batches_land_in_both_stores(tmp_path: Path) -> None:
    """``Store.add_batches`` (the bulk loader with the index's indexes rebuilt at the end)
    leaves a store whose index answers like SPARQL, and loading again doubles nothing."""
    import random

    rng = random.Random(5)
    actors = ["USA", "PAK", "IND", "CHN", "RUS", "IRN", "khawaja-asif"]
    documents = [Document(f"bulk-{i}", f"Bulk {i}") for i in range(40)]
    stances = []
    for i in range(600):
        source, target = rng.sample(actors, 2)
        stances.append(
            Stance(
                source,
                target,
                rng.choice(list(StanceType)),
                rng.choice(list(Modality)),
                Evidence(f"bulk-{i % 40}", i, i + 5, f"sentence {i}"),
                date=dt.date(2020, 1, 1) + dt.timedelta(days=i),
                confidence=rng.choice([0.5, 1.0]),
                origin="imported",
            )
        )
    batches = [([], documents[:20], stances[:300]), ([], documents[20:], stances[300:])]
    path = tmp_path / "kb"
    with Store.open(path, read_only=False) as store:
        assert store.add_batches(batches) == 600
    with KnowledgeBase.open(path) as kb:
        first = answers(kb)
        assert first["stats"]["stances"] == 35 + 600
        assert first == sparql_answers(kb)
    with Store.open(path, read_only=False) as store:
        store.add_batches(batches)
    with KnowledgeBase.open(path) as kb:
        assert answers(kb) == first
