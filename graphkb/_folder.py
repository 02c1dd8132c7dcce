"""What a store folder holds, and what to tell the user when it is not what it should be.

A store folder is Oxigraph's RocksDB files, the stance index (``graphkb-index.sqlite`` with
SQLite's ``-wal`` and ``-shm``) and ``.graphkb-ready``, written last when the store is
created. Creation happens in a folder beside (``.NAME.new``) renamed into place when whole.
"""

from __future__ import annotations

import re
from pathlib import Path

from graphkb._exceptions import StoreError

__all__ = ["READY", "building_path", "check_new_store_path", "damaged", "is_ready"]

READY = ".graphkb-ready"
# The files RocksDB and graphkb's index write in a store folder: a folder holding only these
# and no READY mark is a creation by an older graphkb that was killed half-way.
_STORE_FILE = re.compile(
    r"CURRENT|IDENTITY|LOCK|LOG(\.old\.\d+)?|MANIFEST-\d+|OPTIONS-\d+(\.dbtmp)?"
    r"|\d+\.(sst|log|dbtmp|blob)|graphkb-index\.sqlite(-journal|-wal|-shm)?"
)
_HOW = (
    "restore it from a backup (graphkb backup DIR made one) or move the folder aside and rerun "
    "to create a fresh store"
)


def is_ready(path: Path) -> bool:
    """Whether ``path`` holds a store whose creation finished."""
    return (path / "CURRENT").is_file() and (path / READY).is_file()


def building_path(path: Path) -> Path:
    """Where a store is built before it is renamed to ``path``."""
    return path.with_name(f".{path.name}.new")


def check_new_store_path(path: Path) -> list[Path]:
    """Refuse a place no store can be created in; return the files an interrupted creation
    by an older graphkb left there (safe to delete: no command ever ran on them)."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a store folder; choose another --store")
    if not path.is_dir():
        return []
    entries = list(path.iterdir())
    if (path / READY).is_file():
        raise StoreError(
            f"the store at {path} looks damaged: RocksDB's CURRENT file is missing; {_HOW}"
        )
    if all(_STORE_FILE.fullmatch(e.name) and e.is_file() for e in entries):
        return entries
    raise StoreError(
        f"{path} is a folder that holds something other than a graphkb store; "
        "choose an empty or new --store path"
    )


def damaged(path: Path, exc: BaseException) -> StoreError:
    """A one-line StoreError for a store RocksDB or SQLite cannot read."""
    text = " ".join(str(exc).replace(f"{path}/", "").split())
    if len(text) > 160:
        text = text[:160].rstrip() + " ..."
    if "lock" in text.lower() and "LOCK" in text:
        return StoreError(
            f"the store at {path} is open in another program ({text}); close it and retry"
        )
    return StoreError(f"the store at {path} looks damaged ({text}); {_HOW}")
