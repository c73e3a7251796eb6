"""Child processes: paths, an isolated environment and the clock-reading protocol.

A probe child prints its ``time.monotonic()`` at the moment that counts (``clock.py``).
CLOCK_MONOTONIC is system-wide on Linux, so the parent subtracts its own reading taken
just before ``Popen``.
"""

from __future__ import annotations

import atexit
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.clock import MARKER

REPO_ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = Path(__file__).resolve().parent / ".cache"
#: Guards against a probe that never reaches its clock reading; not a speed limit.
HANG_GUARD_S = 300.0


class ChildError(RuntimeError):
    """A child process failed; the message names the command and its last error line."""


_kept: list[Path] = []


@functools.cache
def _isolated_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="lagdesk-bench-"))
    atexit.register(_clean_up, home)
    return home


def _clean_up(home: Path) -> None:
    if _kept:
        print(f"a child failed; its logs and settings are kept in {home}", file=sys.stderr)
    else:
        shutil.rmtree(home, ignore_errors=True)


def _failed(message: str) -> ChildError:
    """A ChildError, and the isolated home kept so that the child's log can be read."""
    _kept.append(_isolated_home())
    return ChildError(message)


def child_env() -> dict[str, str]:
    """The environment for every child: offscreen Qt, settings and XDG dirs in a temp dir.

    One temp dir per benchmark process, so the warm-up run leaves the same settings that
    a returning user has and every timed run starts from them.
    """
    home = _isolated_home()
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in (
        "LAGDESK_SETTINGS_DIR",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_CACHE_HOME",
        "XDG_STATE_HOME",
    ):
        directory = home / name.lower()
        directory.mkdir(exist_ok=True)
        env[name] = str(directory)
    return env


def python_command(*args: str) -> list[str]:
    return [sys.executable, *args]


def describe(command: list[str]) -> str:
    """The command as a short line: ``python`` for the interpreter, paths from the repo."""
    root = f"{REPO_ROOT}{os.sep}"
    shown = ["python" if part == sys.executable else part.replace(root, "") for part in command]
    return " ".join(shown)


_EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning)\b")


def _last_line(text: str) -> str:
    """The exception line of a traceback (messages may span lines), else the last line."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    for line in reversed(lines):
        if _EXCEPTION_LINE.match(line):
            return line
    return lines[-1] if lines else "no output"


def run_checked(command: list[str], *, timeout: float | None = None) -> str:
    """Run a child to completion in the repo root; return its stdout or raise ChildError."""
    try:
        done = subprocess.run(
            command,
            cwd=REPO_ROOT,
            env=child_env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise _failed(f"{describe(command)} did not finish within {timeout:.0f} s") from exc
    if done.returncode != 0:
        raise _failed(
            f"{describe(command)} exited with {done.returncode}: {_last_line(done.stderr)}"
        )
    return done.stdout


def time_to_marker(command: list[str]) -> float:
    """Seconds from just before starting the child to the clock reading it prints."""
    env = child_env()
    started = time.monotonic()
    child = subprocess.Popen(
        command,
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = child.communicate(timeout=HANG_GUARD_S)
    except subprocess.TimeoutExpired as exc:
        child.kill()
        child.communicate()
        raise _failed(f"{describe(command)} hung for {HANG_GUARD_S:.0f} s") from exc
    readings = [line[len(MARKER) :] for line in out.splitlines() if line.startswith(MARKER)]
    if not readings:
        raise _failed(
            f"{describe(command)} exited with {child.returncode} before reporting: "
            f"{_last_line(err)}"
        )
    if child.returncode != 0:
        raise _failed(f"{describe(command)} exited with {child.returncode}: {_last_line(err)}")
    return float(readings[-1]) - started


def time_whole(command: list[str]) -> float:
    """Wall time of a child from start to exit, its stdout going to /dev/null."""
    env = child_env()
    start = time.perf_counter()
    try:
        done = subprocess.run(
            command,
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            timeout=HANG_GUARD_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise _failed(f"{describe(command)} hung for {HANG_GUARD_S:.0f} s") from exc
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise _failed(
            f"{describe(command)} exited with {done.returncode}: {_last_line(done.stderr)}"
        )
    return elapsed
