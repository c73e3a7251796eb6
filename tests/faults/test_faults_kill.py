"""kill -9 of a command-line import midway: the file is as before or as after, never half,
and sound."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from faultkit import count

from lagdesk.core.support.maintenance import check

ROWS = 3000
ORGANISATIONS = 50


def people_file(folder: Path, rows: int = ROWS) -> Path:
    lines = [
        f"Name{n};Surname{n};p{n}@example.org;Killed Org {n % ORGANISATIONS};civic"
        for n in range(rows)
    ]
    path = folder / "people.csv"
    path.write_text(
        "First name;Last name;E-mail;Organisation;Sector\n" + "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    return path


def kill_import_after(database: Path, people: Path, seconds: float) -> int | None:
    """Start an import, SIGKILL it after ``seconds``; its exit code (None if killed)."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "lagdesk",
            "import",
            "stakeholders",
            "--db",
            str(database),
            str(people),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(seconds)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    code = process.wait()
    return None if code == -signal.SIGKILL else code


def before_or_after(database: Path, people_before: int, organisations_before: int) -> str:
    """ "before" or "after" (asserting that it is one of them, and the file is sound)."""
    report = check(database)
    assert report.sound, report.problems
    people = count(database, "person")
    organisations = count(database, "organisation")
    if (people, organisations) == (people_before, organisations_before):
        return "before"
    assert (people, organisations) == (people_before + ROWS, organisations_before + ORGANISATIONS)
    return "after"


@pytest.mark.parametrize("seconds", [0.4, 1.2, 2.4])
def test_an_import_killed_midway_is_before_or_after(
    seconds: float, demo: Path, tmp_path: Path
) -> None:
    people = people_file(tmp_path)
    people_before = count(demo, "person")
    organisations_before = count(demo, "organisation")
    code = kill_import_after(demo, people, seconds)
    state = before_or_after(demo, people_before, organisations_before)
    assert code in (None, 0)
    assert state == "after" if code == 0 else state in ("before", "after")
