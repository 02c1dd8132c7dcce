"""Fault injection: every command that writes the store, killed with SIGKILL at random points.

Each case starts from a known store, runs one write command in a child process and kills it
after a random delay between the moment a clean run of the same command began to write (took
the write lock, or began building the store) and the moment it ended. After
each kill the store must open, conform to the SHACL shapes, answer from its index exactly as
from SPARQL, hold only whole documents (ingest, load), and a rerun of the command must give the
N-Quads dump of a clean run and its answers. The counts of where the kills landed are printed
(``pytest -s``) and recorded in the README's reliability section.

Marked ``faults``: it runs with the rest of the suite (and in CI), or alone with
``pytest -m faults``. ``GRAPHKB_FAULT_TRIALS`` sets the kills per command (default 20).
"""

from __future__ import annotations

import collections
import concurrent.futures
import fcntl
import hashlib
import multiprocessing
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from graphkb import KnowledgeBase
from graphkb._folder import building_path, is_ready
from graphkb._locking import beside
from graphkb.cli import app
from graphkb.formats import ExportFormat
from tests.test_crash import _gdelt_lines
from tests.test_index import answers, sparql_answers

pytestmark = pytest.mark.faults

TRIALS = int(os.environ.get("GRAPHKB_FAULT_TRIALS", "20"))
_COUNTRIES = ["the United States", "Pakistan", "India", "China", "Iran", "France", "Japan"]
_PATTERNS = [
    "{a} imposed sanctions on {b}.",
    "{a} accused {b} of spying.",
    "{a} and {b} agreed to hold talks.",
    "{a} rejected the demands of {b}.",
    "{a} sent humanitarian aid to {b}.",
]
_UPDATE = (
    "DELETE { GRAPH ?g { ?s gk:confidence ?c } } INSERT { GRAPH ?g { ?s gk:confidence 0.5 } } "
    "WHERE { GRAPH ?g { ?s gk:target gka:PAK ; gk:confidence ?c } }"
)


@dataclass
class Case:
    """A write command and the store it starts from (None: no store yet)."""

    name: str
    args: list[str]
    start: Path | None


@dataclass
class Clean:
    """What a clean run of a case leaves."""

    start_dump: bytes
    dump: bytes
    answers: dict[str, Any]
    seconds: float
    writing: float
    """When the command began to write (took the write lock, or began building the store)."""


def _articles(folder: Path, count: int) -> Path:
    rng = random.Random(11)
    folder.mkdir()
    for i in range(count):
        lines = [f"Dispatch {i}", ""]
        for _ in range(10):
            a, b = rng.sample(_COUNTRIES, 2)
            lines.append(rng.choice(_PATTERNS).format(a=a, b=b))
        (folder / f"article-{i:02d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _dump(store: Path) -> bytes:
    with KnowledgeBase.open(store) as kb:
        return kb.export(ExportFormat.NQ)


def _run(store: Path, args: list[str]) -> None:
    """Run a command in this process (the rerun after a kill)."""
    result = CliRunner().invoke(app, ["--store", str(store), *args])
    assert result.exit_code == 0, result.output


def _spawn(store: Path, args: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "graphkb", "--store", str(store), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _graphs(dump: bytes) -> dict[str, set[bytes]]:
    """The dump's quads by document graph."""
    graphs: dict[str, set[bytes]] = collections.defaultdict(set)
    for line in dump.splitlines():
        graph = line.rsplit(b" ", 2)[-2].decode()
        if graph.startswith("<https://w3id.org/graphkb/doc/"):
            graphs[graph].add(line)
    return graphs


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Case]]:
    """The six write commands and the stores they start from."""
    base = tmp_path_factory.mktemp("fault-inputs")
    bundled = base / "bundled"
    with KnowledgeBase.open(bundled):
        pass
    articles = _articles(base / "articles", 6)
    events = base / "events.export.CSV"
    events.write_text("\n".join(_gdelt_lines(800)) + "\n", encoding="utf-8")
    grown = base / "grown"  # the bundled data, the articles and the events: more to index
    shutil.copytree(bundled, grown)
    _run(grown, ["ingest", str(articles)])
    some_events = base / "some.export.CSV"
    some_events.write_text("\n".join(_gdelt_lines(300)) + "\n", encoding="utf-8")
    _run(grown, ["import", "-f", "gdelt", str(some_events)])
    extra = base / "extra.nq"
    _run(grown, ["export", "-f", "nq", "--out", str(extra)])
    yield {
        "first use": Case("first use", ["stats"], None),
        "ingest": Case("ingest", ["ingest", str(articles)], bundled),
        "import": Case(
            "import", ["import", "-f", "gdelt", "--batch-size", "80", str(events)], bundled
        ),
        "load": Case("load", ["load", str(extra)], bundled),
        "reindex": Case("reindex", ["reindex"], grown),
        "sparql update": Case("sparql update", ["sparql", "--allow-update", _UPDATE], grown),
    }


def _fresh(case: Case, where: Path) -> Path:
    store = where / "kb"
    if case.start is not None:
        shutil.copytree(case.start, store)
    return store


def _writing(store: Path) -> bool:
    """Whether a process holds the store's write lock, or is building the store."""
    lock = beside(store, ".lock")
    if building_path(store).exists():
        return True
    if not lock.exists():
        return False
    with lock.open("rb") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    return False


def _clean_run(case: Case, where: Path) -> Clean:
    """Run the case to the end, noting when it began to write: kills land after that."""
    store = _fresh(case, where)
    start_dump = _dump(case.start) if case.start is not None else b""
    began = time.monotonic()
    process = _spawn(store, case.args)
    writing = None
    while process.poll() is None:
        if writing is None and _writing(store):
            writing = time.monotonic() - began
        time.sleep(0.005)
    assert process.returncode == 0
    seconds = time.monotonic() - began
    with KnowledgeBase.open(store) as kb:
        dump, clean_answers = kb.export(ExportFormat.NQ), answers(kb)
    return Clean(start_dump, dump, clean_answers, seconds, writing or 0.0)


class _Checker:
    """The checks after a kill; SHACL validation is remembered per distinct dump."""

    def __init__(self) -> None:
        self.conforming: set[str] = set()
        self.sparql: dict[str, dict[str, Any]] = {}

    def after_kill(self, store: Path, case: Case, clean: Clean) -> str:
        """Check the killed store; say which state it holds: untouched, partial or complete."""
        if case.start is None and not is_ready(store):
            assert not store.exists()  # never a half-made store where the store goes
            building = building_path(store).exists()
            with KnowledgeBase.open(store):  # the next command sets it up
                pass
            return "store half-built beside, rebuilt" if building else "store not begun"
        with KnowledgeBase.open(store) as kb:
            dump = kb.export(ExportFormat.NQ)
            digest = hashlib.sha256(dump).hexdigest()
            if digest not in self.conforming:
                report = kb.validate()
                assert report.conforms, report.text
                self.conforming.add(digest)
            indexed = kb.store.index is not None
            if indexed:
                if digest not in self.sparql:
                    self.sparql[digest] = sparql_answers(kb)
                got, want = answers(kb), self.sparql[digest]
                differ = {q: (got[q], want[q]) for q in want if got[q] != want[q]}
                assert not differ, f"index and SPARQL differ: {differ}"[:3000]
        if case.name in ("ingest", "load"):  # each document whole or absent
            wanted = _graphs(clean.dump)
            for graph, quads in _graphs(dump).items():
                extra, missing = sorted(quads - wanted[graph]), sorted(wanted[graph] - quads)
                assert not extra and not missing, (graph, extra[:3], missing[:3])
        if case.name == "reindex":  # the RDF store is only read
            assert dump == clean.start_dump
            return "index whole" if indexed else "index stale (queries use SPARQL)"
        lines, start, done = (
            set(dump.splitlines()),
            set(clean.start_dump.splitlines()),
            set(clean.dump.splitlines()),
        )
        if case.name != "sparql update":  # an update removes quads; elsewhere only added
            assert lines <= start | done
        if dump == clean.dump:
            return "complete"
        if dump == clean.start_dump:
            return "untouched"
        assert case.name not in ("sparql update", "first use"), "one transaction, seen half"
        return "partial"


_CHECKER = _Checker()  # one per worker process


def _trial(case: Case, clean: Clean, seed: str, where: Path) -> str:
    """One kill and the checks after it (in a worker process); returns where it landed."""
    rng = random.Random(seed)
    where.mkdir()
    store = _fresh(case, where)
    process = _spawn(store, case.args)
    # Up to a third again the clean run's time: beside the other worker, runs go slower.
    time.sleep(rng.uniform(clean.writing, clean.seconds * 1.33))
    finished = process.poll() is not None
    process.send_signal(signal.SIGKILL)
    process.wait()
    state = _CHECKER.after_kill(store, case, clean)
    _run(store, case.args)
    assert _dump(store) == clean.dump
    with KnowledgeBase.open(store) as kb:
        assert answers(kb) == clean.answers
    shutil.rmtree(where)
    return "finished before the kill" if finished else f"killed, {state}"


def _kills(outcomes: collections.Counter[str]) -> int:
    return sum(n for what, n in outcomes.items() if what.startswith("killed"))


@pytest.fixture(scope="module")
def workers() -> Iterator[concurrent.futures.Executor]:
    """Two worker processes (fresh interpreters, no store handles inherited): the trials
    are independent, and checking one overlaps the next one's kill."""
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        yield pool


@pytest.mark.parametrize(
    "name", ["first use", "ingest", "import", "load", "reindex", "sparql update"]
)
def test_killed_write_leaves_a_store_that_reruns_to_a_clean_result(
    name: str, cases: dict[str, Case], workers: concurrent.futures.Executor, tmp_path: Path
) -> None:
    """Killed at TRIALS random points, the command leaves a store that opens, validates,
    answers from its index as from SPARQL and holds whole documents; rerun, it ends exactly
    as a clean run: the same N-Quads dump and the same answers."""
    case = cases[name]
    clean = _clean_run(case, tmp_path / "clean")
    outcomes: collections.Counter[str] = collections.Counter()
    tried = 0
    while _kills(outcomes) < TRIALS:  # runs that ended before their kill do not count
        assert tried < 3 * TRIALS, f"too few runs were still going when killed: {outcomes}"
        wave = range(tried, tried + TRIALS - _kills(outcomes))
        trials = [
            workers.submit(_trial, case, clean, f"faults-{name}-{i}", tmp_path / f"trial-{i}")
            for i in wave
        ]
        outcomes.update(trial.result(timeout=600) for trial in trials)
        tried += len(wave)
    summary = ", ".join(f"{n} {what}" for what, n in sorted(outcomes.items()))
    sys.stdout.write(
        f"\n{name}: {TRIALS} kills {clean.writing:.1f}-{clean.seconds:.1f} s into the run: "
        f"{summary}\n"
    )
    assert _kills(outcomes) == TRIALS
    report = Path(os.environ.get("GRAPHKB_FAULT_REPORT", os.devnull))
    with report.open("a", encoding="utf-8") as out:
        out.write(f"{name}\t{TRIALS}\t{clean.writing:.2f}\t{clean.seconds:.2f}\t{summary}\n")
