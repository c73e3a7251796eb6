"""Helpers of the fault-injection tests: a small full disk, read-only mounts, damaged
pages, the command line in a process of its own, a recorder for the app's dialogs."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

PAGE_SIZE = 4096


def mount(*arguments: str) -> str | None:
    """Run mount; None when it worked, else why not (for the skip reason)."""
    if os.geteuid() != 0:
        return "mounting needs root"
    done = subprocess.run(["mount", *arguments], capture_output=True, text=True, check=False)
    return None if done.returncode == 0 else (done.stderr.strip() or "mount failed")


def unmount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


def fill(disk: Path, *, leave_bytes: int = 16 * 1024) -> None:
    """Fill ``disk`` until about ``leave_bytes`` are free."""
    free = shutil.disk_usage(disk).free
    filler = disk / "filler"
    with filler.open("ab") as handle:
        handle.write(b"\0" * max(0, free - leave_bytes))


def read_only_copy(folder: Path, target: Path) -> Path:
    """``folder`` seen through a read-only mount at ``target`` (a bind mount as root; the
    folder's write bits taken away for anyone else)."""
    target.mkdir()
    refused = mount("--bind", str(folder), str(target))
    if refused is None:
        refused = mount("-o", "remount,ro,bind", str(target))
        if refused is None:
            return target
        unmount(target)
    if os.geteuid() != 0:
        target.rmdir()
        shutil.copytree(folder, target)
        for path in target.iterdir():
            path.chmod(0o444)
        target.chmod(0o555)
        return target
    pytest.skip(f"no read-only mount: {refused}")


def damage_pages(path: Path, pages: list[int], seed: int = 1) -> None:
    """Overwrite whole pages (numbered from 1) of ``path`` with random bytes."""
    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    for page in pages:
        start = (page - 1) * PAGE_SIZE
        data[start : start + PAGE_SIZE] = rng.randbytes(PAGE_SIZE)
    path.write_bytes(bytes(data))


def page_of_table(path: Path, table: str) -> int:
    """The root page of ``table``: overwriting it damages that table only."""
    with sqlite3.connect(path) as connection:
        (page,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
    connection.close()
    return int(page)


def _reader(path: Path) -> sqlite3.Connection:
    """A connection that changes nothing; in a read-only folder (no -shm possible), one
    that takes the file as it is."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        connection.close()
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    return connection


def count(path: Path, table: str) -> int:
    connection = _reader(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def dump(path: Path) -> list[str]:
    """Every row of the file, as SQL (to compare before and after a fault)."""
    connection = _reader(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def lagdesk(*arguments: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """The command line in a process of its own: what a user sees on stderr, exactly."""
    return subprocess.run(
        [sys.executable, "-m", "lagdesk", "--lang", "en", *arguments],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "LANG": "C.UTF-8"},
        check=False,
    )


def plain_failure(done: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit 1 with one line on stderr, naming each of ``words``, and no traceback."""
    assert done.returncode == 1, done
    assert "Traceback" not in done.stderr
    assert "unexpected error" not in done.stderr
    assert "Exception ignored" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    for word in words:
        assert word in lines[0]
    return lines[0]


class Shown:
    """Messages the app would have shown in a dialog."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.crashes: list[object] = []
        self.paths: list[Path] = []

    def show_error(self, parent: object, title: str, text: str) -> None:
        self.errors.append((title, text))

    def show_crash(self, parent: object, log_path: object) -> None:
        self.crashes.append(log_path)

    def choose_path(self, parent: object, caption: str, suggested: Path, name_filter: str):
        return self.paths.pop(0) if self.paths else None
