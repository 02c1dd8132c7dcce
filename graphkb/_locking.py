"""Who may use a store folder when: the lock files beside it and the readers' snapshots.

Beside a store at ``PATH`` live three things:

``PATH.lock``
    held shared by readers of the store and exclusive by the one writer;
``PATH.queue``
    a turnstile every process passes first, so a stream of readers cannot starve a waiting
    writer, nor a writer that takes the lock document after document a waiting reader;
``PATH.snapshot/``
    a consistent copy of the RDF store as it was when the running writer began (Oxigraph's own
    backup: hard links to RocksDB's immutable files, made in a millisecond or two). Oxigraph
    cannot be read while another process writes it, so a reader that finds a writer at work
    reads this copy, and the stance index (SQLite in WAL mode) as last committed, instead of
    waiting for the write to end.

The writer makes its snapshot while it still holds the turnstile, so a reader that gets
through the turnstile and finds the lock taken always finds the running writer's snapshot.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from graphkb._exceptions import StoreError, StoreLockedError

__all__ = ["ReadLock", "WriteLock", "beside"]


def beside(store: Path, suffix: str) -> Path:
    """``PATH.lock``, ``PATH.queue``, ``PATH.snapshot``: a file next to the store folder."""
    return store.with_name(store.name + suffix)


def _open(path: Path) -> IO[bytes]:
    try:
        return path.open("a+b")
    except OSError as exc:
        raise StoreError(
            f"cannot create the lock file {path} ({exc.strerror}); "
            "check the folder's permissions or choose another --store"
        ) from exc


def _try(handle: IO[bytes], mode: int) -> bool:
    try:
        fcntl.flock(handle.fileno(), mode | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _take(handle: IO[bytes], mode: int, deadline: float, store: Path, doing: str) -> None:
    while not _try(handle, mode):
        if time.monotonic() >= deadline:
            raise StoreLockedError(
                f"store is locked: another graphkb process is {doing} {store}; wait for it "
                "to finish or raise GRAPHKB_LOCK_TIMEOUT"
            )
        time.sleep(0.01)


def _release(handle: IO[bytes] | None) -> None:
    if handle is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        handle.close()


class WriteLock:
    """The writer's hold on a store: ``PATH.lock`` exclusive, from :meth:`acquire` to
    :meth:`release`. Between the two, :meth:`publish` offers readers a snapshot."""

    def __init__(self, store: Path) -> None:
        self.store = store
        self._handle: IO[bytes] | None = None
        self._queue: IO[bytes] | None = None
        self._snapshot: Path | None = None

    def acquire(self, timeout: float) -> None:
        """Wait for the turnstile, then for readers and writers to leave. The turnstile is
        kept until :meth:`admit`, so no reader arrives before the snapshot is published."""
        deadline = time.monotonic() + timeout
        self._queue = _open(beside(self.store, ".queue"))
        try:
            _take(self._queue, fcntl.LOCK_EX, deadline, self.store, "using")
            self._handle = _open(beside(self.store, ".lock"))
            _take(self._handle, fcntl.LOCK_EX, deadline, self.store, "using")
        except StoreError:
            self.release()
            raise

    def publish(self, backup: Callable[[str], None]) -> None:
        """Make a snapshot of the store with ``backup(folder)`` (pyoxigraph's
        ``Store.backup``) and point readers at it. Best effort: without one (a full disk),
        readers wait for the write as before."""
        folder = beside(self.store, ".snapshot")
        with contextlib.suppress(OSError):  # a killed writer's: older than the store now
            (folder / "current").unlink()
        _sweep(folder)
        name = f"{time.time_ns()}-{os.getpid()}"
        target = folder / name
        try:
            folder.mkdir(exist_ok=True)
            backup(str(target))
            pointer = folder / f".current.{name}"
            pointer.write_text(name, encoding="utf-8")
            pointer.replace(folder / "current")
        except (OSError, RuntimeError):
            shutil.rmtree(target, ignore_errors=True)
            return
        self._snapshot = target

    def admit(self) -> None:
        """Let the processes queued behind this writer through the turnstile."""
        _release(self._queue)
        self._queue = None

    def release(self) -> None:
        """Withdraw the snapshot (the store now holds newer data) and release the lock."""
        if self._snapshot is not None:
            folder = self._snapshot.parent
            with contextlib.suppress(OSError):
                (folder / "current").unlink()
            _sweep(folder)
            self._snapshot = None
        self.admit()
        _release(self._handle)
        self._handle = None


def _sweep(folder: Path) -> None:
    """Delete the snapshots no reader holds, except the current one."""
    try:
        current = (folder / "current").read_text(encoding="utf-8").strip()
    except OSError:
        current = ""
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if not entry.is_dir() or entry.name == current:
            continue
        lock = folder / f"{entry.name}.lock"
        with contextlib.suppress(OSError), lock.open("a+b") as handle:
            if _try(handle, fcntl.LOCK_EX):
                shutil.rmtree(entry, ignore_errors=True)
                lock.unlink()


class ReadLock:
    """A reader's hold on a store: ``PATH.lock`` shared, or, while a writer is at work, its
    snapshot's own lock. :attr:`snapshot` says which (None: the store itself)."""

    def __init__(self, store: Path) -> None:
        self.store = store
        self.snapshot: Path | None = None
        self._handle: IO[bytes] | None = None

    def acquire(self, timeout: float) -> None:
        """Pass the turnstile; then read the store, or the running writer's snapshot."""
        deadline = time.monotonic() + timeout
        while True:
            queue = _open(beside(self.store, ".queue"))
            try:
                _take(queue, fcntl.LOCK_EX, deadline, self.store, "writing to")
                handle = _open(beside(self.store, ".lock"))
                if _try(handle, fcntl.LOCK_SH):
                    self._handle = handle
                    return
                handle.close()
                if self._hold_snapshot():
                    return
            finally:
                _release(queue)
            if time.monotonic() >= deadline:  # a writer without a snapshot: wait it out
                raise StoreLockedError(
                    f"store is locked: another graphkb process is writing to {self.store}; "
                    "wait for it to finish or raise GRAPHKB_LOCK_TIMEOUT"
                )
            time.sleep(0.02)

    def _hold_snapshot(self) -> bool:
        folder = beside(self.store, ".snapshot")
        try:
            name = (folder / "current").read_text(encoding="utf-8").strip()
        except OSError:
            return False
        handle = _open(folder / f"{name}.lock")
        if _try(handle, fcntl.LOCK_SH) and (folder / name / "CURRENT").is_file():
            self._handle, self.snapshot = handle, folder / name
            return True
        _release(handle)
        return False

    def release(self) -> None:
        """Let writers in (and the snapshot be deleted)."""
        _release(self._handle)
        self._handle = None
