"""The stakeholder workbook: people on the first sheet, organisations on the second.

The people sheet has exactly the columns the importer reads (lagdesk.core.stakeholders.importing), with
headers and code labels in the current language, so an official can export, edit in Excel
or LibreOffice and import the file back. Each sheet is a real table: one header row,
frozen below it, a filter on every column, sized columns, text cells formatted as text.
The sheets are streamed (openpyxl write-only), so 20,000 people cost little memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from lagdesk.core.stakeholders.importing import stakeholder_table
from lagdesk.core.stakeholders.importing.columns import FIELDS, header
from lagdesk.core.support.labels import label
from lagdesk.db.codes import Gender
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import QT_TRANSLATE_NOOP, translate
from lagdesk.reports.xlsx.safety import safe_cell, save_atomically, start_table

CONTEXT = "StakeholderExport"
NUMBER_FIELDS = frozenset({"power", "interest"})
ORGANISATION_HEADERS = (
    QT_TRANSLATE_NOOP("StakeholderExport", "Name"),
    QT_TRANSLATE_NOOP("StakeholderExport", "Sector"),
    QT_TRANSLATE_NOOP("StakeholderExport", "Subtype"),
    QT_TRANSLATE_NOOP("StakeholderExport", "City"),
    QT_TRANSLATE_NOOP("StakeholderExport", "Country"),
    QT_TRANSLATE_NOOP("StakeholderExport", "Email"),
    QT_TRANSLATE_NOOP("StakeholderExport", "Phone"),
    QT_TRANSLATE_NOOP("StakeholderExport", "Notes"),
)
MIN_WIDTH, MAX_WIDTH = 8, 60


@dataclass(frozen=True)
class StakeholderExport:
    path: Path
    people: int
    organisations: int


def person_row(person: stakeholder_table.PersonEntry) -> list[object]:
    """The cells of one person, in the order of ``FIELDS``."""
    cells: dict[str, object] = {
        "organisation": person.organisation,
        "sector": label(person.sector) if person.sector else "",
        "first_name": person.first_name,
        "last_name": person.last_name,
        "gender": "" if person.gender is Gender.UNKNOWN else label(person.gender),
        "role": person.role,
        "email": person.email,
        "phone": person.phone,
        "groups": "; ".join(person.groups),
        "power": person.power,
        "interest": person.interest,
        "notes": person.notes,
    }
    return [cells[name] for name in FIELDS]


def organisation_row(org: stakeholder_table.OrganisationEntry) -> list[object]:
    return [
        org.name,
        label(org.sector),
        org.subtype,
        org.city,
        org.country,
        org.email,
        org.phone,
        org.notes,
    ]


def _width(values: Sequence[object]) -> float:
    longest = max(
        (len(line) for value in values for line in str(value or "").splitlines()), default=0
    )
    return float(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2)))


def _write_table(
    workbook: Any,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    numbers: frozenset[int] = frozenset(),
) -> None:
    """One sheet holding a table: bold header, frozen panes, filter, widths, text cells."""
    sheet = workbook.create_sheet(title)
    for index, text in enumerate(headers):
        column = [text, *(row[index] for row in rows[:2000])]
        sheet.column_dimensions[get_column_letter(index + 1)].width = _width(column)
    start_table(sheet, headers, len(rows))
    for row in rows:
        sheet.append(
            [safe_cell(sheet, value, text=index not in numbers) for index, value in enumerate(row)]
        )


def build_workbook(database: Database, today: date | None = None) -> tuple[Any, int, int]:
    """The workbook in memory (write-only, so save it once), with the people and
    organisation counts."""
    people = stakeholder_table.people(database, today)
    organisations = stakeholder_table.organisations(database)
    workbook = Workbook(write_only=True)
    numbers = frozenset(index for index, name in enumerate(FIELDS) if name in NUMBER_FIELDS)
    _write_table(
        workbook,
        translate("StakeholderExport", "People"),
        [header(name) for name in FIELDS],
        [person_row(person) for person in people],
        numbers,
    )
    _write_table(
        workbook,
        translate("StakeholderExport", "Organisations"),
        [translate(CONTEXT, text) for text in ORGANISATION_HEADERS],
        [organisation_row(org) for org in organisations],
    )
    return workbook, len(people), len(organisations)


def export_stakeholders(
    database: Database, path: Path | str, *, overwrite: bool = False, today: date | None = None
) -> StakeholderExport:
    """Write the stakeholder workbook to ``path`` (.xlsx), all of it or nothing."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        message = translate(
            "StakeholderExport", "{file}: the export is an Excel workbook; name it .xlsx."
        )
        raise UserError(message.format(file=path.name))
    if path.exists() and not overwrite:
        message = translate(
            "StakeholderExport", "{file} exists already; choose another name or replace it."
        )
        raise UserError(message.format(file=path))
    if not path.parent.is_dir():
        message = translate("StakeholderExport", "{folder}: the folder does not exist.")
        raise UserError(message.format(folder=path.parent))
    workbook, people, organisations = build_workbook(database, today)
    try:
        save_atomically(workbook, path)
    except OSError as exc:
        message = translate("StakeholderExport", "{file} cannot be written: {reason}.")
        raise UserError(message.format(file=path, reason=exc.strerror or exc)) from exc
    return StakeholderExport(path, people, organisations)


__all__ = ["StakeholderExport", "build_workbook", "export_stakeholders"]
