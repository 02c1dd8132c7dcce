"""Crash safety and concurrency of the on-disk store, with real processes."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from graphkb import KnowledgeBase
from graphkb.actors import Gazetteer
from graphkb.extract import Extractor

COUNTRIES = [
    "France",
    "Germany",
    "Iran",
    "Japan",
    "Brazil",
    "Turkey",
    "Egypt",
    "Kenya",
    "Mexico",
    "Canada",
    "Norway",
    "Chile",
    "Vietnam",
    "Poland",
    "Spain",
    "Ghana",
]
PATTERNS = [
    "{a} imposed sanctions on {b}.",
    "{a} accused {b} of spying.",
    "{a} and {b} agreed to hold talks.",
    "{a} rejected the demands of {b}.",
    "{a} sent humanitarian aid to {b}.",
]


def _articles(folder: Path, count: int) -> list[Path]:
    """Articles naming only gazetteer countries, so extraction never learns new actors and
    each document's stances are known in advance."""
    rng = random.Random(11)
    folder.mkdir()
    paths = []
    for i in range(count):
        lines = [f"Dispatch {i}", ""]
        for _ in range(12):
            a, b = rng.sample(COUNTRIES, 2)
            lines.append(rng.choice(PATTERNS).format(a=a, b=b))
        path = folder / f"article-{i:03d}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _graphkb(*args: str, store: Path, **env: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "graphkb", "--store", str(store), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **env},
    )


def _stances_per_document(store: Path) -> dict[str, int]:
    with KnowledgeBase.open(store) as kb:
        rows = kb.sparql(
            "SELECT ?doc (COUNT(?s) AS ?n) WHERE { ?d a gk:Document ; "
            "gk:documentId ?doc . OPTIONAL { ?s prov:wasDerivedFrom ?d } } "
            "GROUP BY ?doc"
        ).plain_rows()
        assert kb.validate().conforms
    return {r["doc"] or "": int(r["n"] or 0) for r in rows}


def test_sigkill_during_ingest_leaves_whole_documents(tmp_path: Path) -> None:
    """Killed at random points, ingest leaves every document whole or absent; rerunning
    completes the rest."""
    import hashlib

    paths = _articles(tmp_path / "articles", 40)
    extractor = Extractor(Gazetteer.bundled())
    expected = {}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        doc_id = "doc-" + hashlib.sha256(text.encode()).hexdigest()[:16]
        expected[doc_id] = len(extractor.extract(text, document_id=doc_id).stances)
    assert min(expected.values()) > 0
    store = tmp_path / "store"
    rng = random.Random(5)
    for _attempt in range(3):
        process = _graphkb("ingest", str(tmp_path / "articles"), store=store)
        time.sleep(rng.uniform(1.0, 3.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        found = _stances_per_document(store)
        seed_docs = {d for d in found if not d.startswith("doc-")}
        for doc, count in found.items():
            if doc not in seed_docs:
                assert count == expected[doc], doc
    finish = _graphkb("ingest", str(tmp_path / "articles"), store=store)
    assert finish.wait(timeout=300) == 0, finish.stderr.read() if finish.stderr else ""
    found = _stances_per_document(store)
    assert {d: n for d, n in found.items() if d.startswith("doc-")} == expected


def test_readers_during_a_write_get_answers(tmp_path: Path) -> None:
    """While one process ingests, others query: every query succeeds with a valid answer."""
    _articles(tmp_path / "articles", 25)
    store = tmp_path / "store"
    assert _graphkb("stats", store=store).wait(timeout=120) == 0  # create it first
    writer = _graphkb("ingest", str(tmp_path / "articles"), store=store)
    answers = []
    while writer.poll() is None:
        reader = _graphkb("who-opposes", "Iran", "-f", "json", store=store)
        out, err = reader.communicate(timeout=120)
        assert reader.returncode == 0, err.decode()
        answers.append(json.loads(out))
    assert writer.returncode == 0
    assert len(answers) >= 2
    counts = [sum(r["count"] for r in answer) for answer in answers]
    assert counts == sorted(counts)  # each reader saw a state at least as new as the last


def test_second_writer_is_told_the_store_is_locked(tmp_path: Path) -> None:
    """A writer that cannot get the lock in time exits 1 with "store is locked"."""
    store = tmp_path / "store"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom graphkb import KnowledgeBase\n"
            f"kb = KnowledgeBase.open({str(store)!r}, read_only=False)\n"
            "print('ready', flush=True)\ntime.sleep(30)\n",
        ],
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == b"ready"
        second = _graphkb(
            "load", str(tmp_path / "missing.yaml"), store=store, GRAPHKB_LOCK_TIMEOUT="0.5"
        )
        _, err = second.communicate(timeout=60)
        assert second.returncode == 1
        assert err.decode().startswith("graphkb: error: store is locked")
        assert err.decode().count("\n") == 1
    finally:
        holder.kill()
        holder.wait()


def _gdelt_lines(count: int) -> list[str]:
    """Well-formed GDELT 2.0 event rows between gazetteer countries (61 columns)."""
    codes = ["USA", "RUS", "CHN", "FRA", "DEU", "IRN", "IND", "PAK", "TUR", "BRA"]
    events = ["163", "190", "112", "051", "036", "042", "0841", "138"]
    rng = random.Random(8)
    lines = []
    for i in range(count):
        a, b = rng.sample(codes, 2)
        row = [""] * 61
        row[0], row[1], row[2], row[3], row[4] = (
            str(10_000 + i),
            "20240315",
            "202403",
            "2024",
            "2024.2",
        )
        row[5], row[6], row[7] = a, a, a
        row[15], row[16], row[17] = b, b, b
        code = rng.choice(events)
        row[25], row[26], row[27], row[28] = "1", code, code[:3], code[:2]
        row[29], row[30], row[31], row[32], row[33], row[34] = "4", "-5.0", "3", "2", "3", "-1.0"
        row[59], row[60] = "20240315000000", f"https://news.example/{i // 3}"
        lines.append("\t".join(row))
    return lines


def _open_fifo_for_writing(fifo: Path, reader: subprocess.Popen[bytes]) -> int:
    """The write end of ``fifo`` once ``reader`` has opened it (fails if it exits first)."""
    deadline = time.monotonic() + 120
    while True:
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # ENXIO: nobody reads it yet
            assert reader.poll() is None, reader.stderr.read() if reader.stderr else ""
            assert time.monotonic() < deadline, "graphkb never opened the FIFO"
            time.sleep(0.05)


def _indexed_stances(store: Path) -> int:
    """Stance rows in the store's index, read beside a running writer (0 while it is busy)."""
    try:
        with contextlib.closing(
            sqlite3.connect(f"file:{store / 'graphkb-index.sqlite'}?mode=ro", uri=True, timeout=0)
        ) as db:
            return int(db.execute("SELECT count(*) FROM stance").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_sigkill_during_import_leaves_whole_batches(tmp_path: Path) -> None:
    """Killed mid-import, the store holds exactly the batches committed so far, and validates.

    The events come through a FIFO of which only the first half is written: graphkb commits
    those batches and waits for more, so the kill lands mid-import however fast the machine."""
    from graphkb.importers import ImportStats, iter_batches

    lines = _gdelt_lines(12_000)
    events = tmp_path / "events.export.CSV"
    events.write_text("\n".join(lines) + "\n", encoding="utf-8")
    totals, running = {0}, 0
    for batch in iter_batches(events, "gdelt", stats=ImportStats(), batch_size=500):
        running += len(batch.stances)
        totals.add(running)
    assert running > 5000
    store = tmp_path / "store"
    assert _graphkb("stats", store=store).wait(timeout=120) == 0
    base = sum(_stances_per_document(store).values())
    fifo = tmp_path / "events.fifo"
    os.mkfifo(fifo)
    process = _graphkb("import", "--format", "gdelt", "--batch-size", "500", str(fifo), store=store)
    writer = _open_fifo_for_writing(fifo, process)
    try:
        os.set_blocking(writer, True)
        os.write(writer, ("\n".join(lines[:6_000]) + "\n").encode())
        deadline = time.monotonic() + 120
        while _indexed_stances(store) < base + 500:  # at least one batch committed
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, "no batch was committed in 120 s"
            time.sleep(0.1)
        time.sleep(random.Random(2).uniform(0.0, 1.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
    finally:
        os.close(writer)
    stored = sum(_stances_per_document(store).values()) - base
    assert stored in totals
    assert 500 <= stored < running  # the second half of the events was never sent
