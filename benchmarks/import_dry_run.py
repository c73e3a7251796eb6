"""A stakeholder import's dry run against the same import written: the dry run may not cost
more than the real thing.

Both sides read the same generated CSV file of ``PEOPLE`` rows (new people spread over 500
organisations, each in two groups and with power/interest scores) into a fresh copy of an
empty lagdesk file, plan it and apply it: the dry run rolls back, the floor commits. The
floor is the real import rather than bare SQLite because the claim is about the two of
them: a user checking a file first must not wait longer than the import itself.
"""

from __future__ import annotations

import csv
import functools
import shutil
from pathlib import Path

from benchmarks.children import CACHE_DIR

#: Rows of the file: enough for the per-row work to dominate, short enough for `make bench`.
PEOPLE = 10_000
FOLDER = CACHE_DIR / "import-dry-run"


@functools.cache
def _inputs() -> tuple[Path, Path]:
    """The CSV file and an empty lagdesk file, made once per run."""
    from lagdesk.db.database import open_database

    FOLDER.mkdir(parents=True, exist_ok=True)
    people = FOLDER / f"people-{PEOPLE}.csv"
    with people.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["Organisation", "Sector", "First name", "Last name", "Email", "Groups", "Power",
             "Interest"]
        )  # fmt: skip
        for n in range(PEOPLE):
            writer.writerow(
                [f"Organisation {n % 500}", "public", f"Anna {n}", f"Nowak {n}",
                 f"anna.{n}@example.org", "Mobility; Housing", n % 5 + 1, n * 3 % 5 + 1]
            )  # fmt: skip
    empty = FOLDER / "empty.sqlite"
    for stale in (empty, *(empty.with_name(empty.name + s) for s in ("-wal", "-shm"))):
        stale.unlink(missing_ok=True)
    database = open_database(empty)
    database.close()
    return people, empty


def _import(dry_run: bool) -> int:
    from lagdesk.core.stakeholders.importing.applying import apply_import
    from lagdesk.core.stakeholders.importing.planning import plan_import
    from lagdesk.db.database import open_database

    people, empty = _inputs()
    target = FOLDER / ("dry-run.sqlite" if dry_run else "written.sqlite")
    for stale in (target.with_name(target.name + s) for s in ("-wal", "-shm")):
        stale.unlink(missing_ok=True)
    shutil.copyfile(empty, target)
    database = open_database(target)
    try:
        summary = apply_import(database, plan_import(database, people), dry_run=dry_run)
    finally:
        database.close()
    return summary.created


def lagdesk_dry_run() -> None:
    _import(dry_run=True)


def lagdesk_real_import() -> None:
    _import(dry_run=False)


def check_same_counts() -> None:
    """Both sides create every person of the file (the dry run says it would)."""
    dry, real = _import(dry_run=True), _import(dry_run=False)
    if not dry == real == PEOPLE:
        raise AssertionError(f"dry run {dry}, import {real}, file {PEOPLE}")
