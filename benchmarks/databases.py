"""The demo databases the rows run on, built once per schema head and kept in ``.cache/``.

Built by the real command (``python -m lagdesk demo``) into a temporary name and renamed
only when complete, so an interrupted build never leaves a file that looks finished.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

from benchmarks.children import CACHE_DIR, ChildError, python_command, run_checked

SIZES = ("small", "large")

_ready: dict[str, Path] = {}
_failed: dict[str, str] = {}
_rebuild = False


def request_rebuild() -> None:
    """Build every database again on first use in this process."""
    global _rebuild
    _rebuild = True


def schema_head() -> str:
    from lagdesk.db.schema import HEAD

    return HEAD


def cached_path(size: str) -> Path:
    return CACHE_DIR / f"{size}-{schema_head()}.sqlite"


def small() -> Path:
    return demo_database("small")


def large() -> Path:
    return demo_database("large")


def demo_database(size: str) -> Path:
    """The cached demo database of this size, built first if missing (or if asked to)."""
    ready = _ready.get(size)  # the common case, inside timed runs: a dict look-up
    if ready is not None:
        return ready
    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r}")
    if size in _failed:
        raise ChildError(_failed[size])
    path = cached_path(size)
    if _rebuild or not path.exists():
        try:
            _build(size, path)
        except Exception as exc:
            _failed[size] = f"building the {size} demo database failed: {exc}"
            raise ChildError(_failed[size]) from exc
    _ready[size] = path
    return path


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _remove(path: Path) -> None:
    for candidate in (path, *_sidecars(path)):
        candidate.unlink(missing_ok=True)


def _build(size: str, path: Path) -> None:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.stem}.building-{os.getpid()}.sqlite")
    _remove(partial)
    command = python_command("-m", "lagdesk", "demo", "--db", str(partial))
    if size != "small":
        command += ["--size", size]
    print(f"building the {size} demo database into {path} ...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    try:
        run_checked(command)
        people = _settle(partial)
        _remove(path)
        partial.replace(path)
    finally:
        _remove(partial)
    took = time.perf_counter() - start
    print(f"  built in {took:.1f} s, {people} people", file=sys.stderr, flush=True)


def _settle(path: Path) -> int:
    """Fold the WAL into the file so that renaming the file alone moves every page."""
    if not path.exists():
        raise ChildError(f"the demo command wrote nothing to {path.name}")
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        people = int(connection.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        connection.close()
    for sidecar in _sidecars(path):
        if not sidecar.name.endswith("-shm") and sidecar.exists() and sidecar.stat().st_size > 0:
            raise ChildError(f"{sidecar.name} still holds pages after the build")
    if people == 0:
        raise ChildError("the demo database has no people")
    return people
