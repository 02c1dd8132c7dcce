"""Writing a command's output to a path the user named, whatever is at that path.

A regular file (or a path where nothing is yet) is written beside and renamed into place, so a
failure never leaves half a file. Anything else is written *through*, never replaced: a
character device (``/dev/null``, a terminal), a FIFO (its reader gets the bytes) or a socket's
path is opened and written like any Unix tool would, and a symbolic link is followed to its
target, which is then written by the same rules while the link stays a link. ``-`` means
standard output.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import sys
from pathlib import Path

from graphkb._exceptions import GraphkbError

__all__ = ["STDOUT", "is_stdout", "write_output"]

STDOUT = "-"


def is_stdout(out: Path | str) -> bool:
    """Whether ``out`` names standard output (``-``, the usual convention)."""
    return str(out) == STDOUT


def write_output(out: Path | str, data: bytes) -> None:
    """Write ``data`` to ``out``: standard output for ``-``, through a device or FIFO, to a
    symlink's target, and atomically (a temporary file renamed into place) for a regular file.

    Raises :class:`GraphkbError` with a one-line message when ``out`` cannot be written; a
    regular file that was there is then left as it was.
    """
    if is_stdout(out):
        _write_stdout(data)
        return
    target = Path(os.path.realpath(out))  # through every symlink, keeping the links
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise _cannot(out, exc) from None
    if mode is None or stat.S_ISREG(mode):
        _replace(out, target, data, None if mode is None else stat.S_IMODE(mode))
    elif stat.S_ISDIR(mode):
        raise GraphkbError(f"cannot write {out}: it is a folder; give a file name")
    else:
        _write_through(out, target, data)


def _write_stdout(data: bytes) -> None:
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    except OSError as exc:
        raise _cannot(STDOUT, exc, "standard output") from None


def _write_through(out: Path | str, target: Path, data: bytes) -> None:
    """Open what is there (no create, no truncate, no rename) and write to it; a FIFO's
    open waits for its reader, as ``cat > fifo`` does."""
    try:
        fd = os.open(target, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise _cannot(out, exc) from None
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    except OSError as exc:
        raise _cannot(out, exc) from None
    finally:
        os.close(fd)


def _replace(out: Path | str, target: Path, data: bytes, keep_mode: int | None) -> None:
    """Write a fresh file beside ``target`` (honouring the umask, or keeping the mode of the
    file it replaces), then rename it over ``target``."""
    if not target.parent.is_dir():
        raise GraphkbError(
            f"cannot write {out}: folder {target.parent} does not exist; create it first"
        )
    temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        if keep_mode is not None:
            temp.chmod(keep_mode)
        temp.replace(target)  # atomic on POSIX and Windows (os.replace)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise _cannot(out, exc) from None


def _cannot(out: Path | str, exc: OSError, name: str | None = None) -> GraphkbError:
    reason = exc.strerror or str(exc)
    return GraphkbError(f"cannot write {name or out} ({reason}); choose a writable path")
