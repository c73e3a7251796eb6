"""Helpers shared by the stakeholder import tests: files written on the fly, table counts.

Named test_import_* so it sits with the tests it serves; it holds one sanity test.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import Gender, Sector
from lagdesk.db.database import Database

HEADER = [
    "Organisation",
    "Sector",
    "First name",
    "Last name",
    "Gender",
    "Role",
    "Email",
    "Phone",
    "Groups",
    "Power",
    "Interest",
    "Notes",
]


def write_csv(
    path: Path, rows: Sequence[Sequence[str]], *, encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    """A CSV as Excel writes it: quoted where needed, CRLF line ends."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], *, title: str = "People") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def table_counts(database: Database) -> dict[str, int]:
    """Rows per table, read with a plain connection: the whole state an import may touch."""
    with sqlite3.connect(database.path) as connection:
        names = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names
        }


def table_dump(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the stakeholder tables, without the timestamps."""
    tables = {
        "organisation": "id, name, sector, subtype, city, country, website, email, phone, notes",
        "person": "id, first_name, last_name, organisation_id, gender, role, email, phone, notes",
        "stakeholder_group": "id, name, kind, parent_id, description",
        "group_membership": "id, group_id, person_id, organisation_id, role, joined_on, left_on",
        "power_interest_assessment": "id, person_id, organisation_id, power, interest, assessed_on",
    }
    with sqlite3.connect(database.path) as connection:
        return {
            table: connection.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()
            for table, columns in tables.items()
        }


def seed(database: Database) -> dict[str, int]:
    """A city office, an NGO, two people and a working group."""
    office = store.save(database, r.Organisation(name="Urząd Miejski", sector=Sector.PUBLIC))
    ngo = store.save(database, r.Organisation(name="Fundacja Równość", sector=Sector.CIVIC))
    anna = store.save(
        database,
        r.Person(
            first_name="Anna",
            last_name="Nowak",
            organisation_id=office.id,
            gender=Gender.FEMALE,
            email="anna.nowak@um.example",
            role="procurement officer",
        ),
    )
    jan = store.save(
        database, r.Person(first_name="Jan", last_name="Kowalski", organisation_id=ngo.id)
    )
    group = store.save(database, r.StakeholderGroup(name="Green procurement"))
    ids = {"office": office.id, "ngo": ngo.id, "anna": anna.id, "jan": jan.id, "group": group.id}
    return {key: value for key, value in ids.items() if value is not None}


def test_the_helpers_write_files_that_read_back(tmp_path: Path, database: Database) -> None:
    path = write_csv(tmp_path / "a.csv", [HEADER, ["x"] * len(HEADER)])
    assert path.read_text(encoding="utf-8").startswith("Organisation,")
    assert table_counts(database)["person"] == 0
