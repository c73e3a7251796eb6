"""Two stakeholder imports at once never create the same person or organisation twice.

Each import plans (reads the file, compares it with the database) before it writes; two
that plan before either writes both find everyone missing. These tests make exactly that
happen (both plan, then both apply) in two threads and in two processes, bypassing the
file's lock, so that only the writing transaction keeps the people single.
"""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from lagdesk.core.stakeholders.importing.applying import ImportSummary, apply_import
from lagdesk.core.stakeholders.importing.planning import plan_import
from lagdesk.db.database import Database, open_database

PEOPLE = 300
ORGANISATIONS = 24


def write_people(path: Path, first: int, count: int) -> Path:
    """``count`` people from number ``first``, spread over the same 24 organisations."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Organisation", "Sector", "First name", "Last name", "Email", "Groups"])
        for number in range(first, first + count):
            writer.writerow(
                [
                    f"Organisation {number % ORGANISATIONS}",
                    "public",
                    f"Anna {number}",
                    f"Nowak {number}",
                    f"anna.{number}@example.org",
                    "Mobility",
                ]
            )
    return path


def counts(path: Path) -> tuple[int, int, int, int]:
    """People, distinct e-mails, organisations, distinct organisation names."""
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT (SELECT count(*) FROM person),"
            " (SELECT count(DISTINCT lower(email)) FROM person),"
            " (SELECT count(*) FROM organisation),"
            " (SELECT count(DISTINCT lower(name)) FROM organisation)"
        ).fetchone()


def group_count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM stakeholder_group").fetchone()[0])


def import_in_two_threads(database: Database, first: Path, second: Path) -> list[ImportSummary]:
    """Both threads plan, wait for each other, then apply at the same moment."""
    planned = threading.Barrier(2)
    summaries: list[ImportSummary] = []
    errors: list[BaseException] = []

    def run(path: Path) -> None:
        try:
            plan = plan_import(database, path)
            planned.wait()
            summaries.append(apply_import(database, plan))
        except BaseException as exc:
            planned.abort()
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(path,)) for path in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return summaries


def test_the_same_file_imported_twice_at_once_adds_each_person_once(
    database: Database, tmp_path: Path
) -> None:
    people = write_people(tmp_path / "people.csv", 0, PEOPLE)
    summaries = import_in_two_threads(database, people, people)
    assert counts(database.path) == (PEOPLE, PEOPLE, ORGANISATIONS, ORGANISATIONS)
    assert group_count(database.path) == 1
    # One import created everyone; the other found them all, in its transaction, and skipped.
    assert sorted(summary.created for summary in summaries) == [0, PEOPLE]
    assert sorted(summary.skipped for summary in summaries) == [0, PEOPLE]
    assert sorted(summary.organisations_created for summary in summaries) == [0, ORGANISATIONS]


def test_two_files_sharing_organisations_add_each_organisation_once(
    database: Database, tmp_path: Path
) -> None:
    first = write_people(tmp_path / "first.csv", 0, 150)
    second = write_people(tmp_path / "second.csv", 150, 150)
    summaries = import_in_two_threads(database, first, second)
    assert counts(database.path) == (300, 300, ORGANISATIONS, ORGANISATIONS)
    assert sum(summary.created for summary in summaries) == 300
    assert sum(summary.organisations_created for summary in summaries) == ORGANISATIONS


def test_a_person_added_since_the_plan_is_updated_when_asked(
    database: Database, tmp_path: Path
) -> None:
    """--on-duplicate update: a row planned as new updates the person added meanwhile."""
    people = write_people(tmp_path / "people.csv", 0, 3)
    stale = plan_import(database, people)
    assert stale.counts.new == 3
    apply_import(database, plan_import(database, write_people(tmp_path / "one.csv", 1, 1)))
    with sqlite3.connect(database.path) as connection:
        connection.execute("UPDATE person SET email = 'ANNA.1@example.org'")
    summary = apply_import(database, stale, on_duplicate="update")
    assert (summary.created, summary.updated, summary.skipped) == (2, 1, 0)
    with sqlite3.connect(database.path) as connection:
        emails = [row[0] for row in connection.execute("SELECT email FROM person ORDER BY id")]
    assert emails == ["anna.1@example.org", "anna.0@example.org", "anna.2@example.org"]


#: A child that plans, says "planned", waits for "go" on stdin, applies and prints the result.
IMPORTER = textwrap.dedent(
    """
    import sys
    from lagdesk.core.stakeholders.importing.applying import apply_import
    from lagdesk.core.stakeholders.importing.planning import plan_import
    from lagdesk.db.database import open_database

    database = open_database(sys.argv[1])
    plan = plan_import(database, sys.argv[2])
    print("planned", flush=True)
    sys.stdin.readline()
    summary = apply_import(database, plan)
    print(summary.created, summary.skipped, flush=True)
    database.close()
    """
)


def test_two_processes_importing_one_file_at_once_add_each_person_once(tmp_path: Path) -> None:
    path = tmp_path / "city.sqlite"
    open_database(path).close()
    people = write_people(tmp_path / "people.csv", 0, PEOPLE)
    children = [
        subprocess.Popen(
            [sys.executable, "-c", IMPORTER, str(path), str(people)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for child in children:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "planned"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.close()
    results = []
    for child in children:
        assert child.stdout is not None
        out = child.stdout.read()
        child.stdout.close()
        assert child.wait() == 0
        results.append(tuple(int(number) for number in out.split()))
    assert sorted(results) == [(0, PEOPLE), (PEOPLE, 0)]
    assert counts(path) == (PEOPLE, PEOPLE, ORGANISATIONS, ORGANISATIONS)
