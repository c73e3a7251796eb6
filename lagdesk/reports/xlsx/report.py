"""The Excel report: one workbook, one real table per subject (DOMAIN.md), for the council,
the programme or an audit.

Sheets in order: Summary, Stakeholders, Groups, Meetings, Attendance, Decisions and tasks,
Objectives, Actions, Funding, Risks, Indicators, Measurements, Progress. Each is a table:
a bold header row frozen below it, a filter, sized columns; dates are dates, amounts and
counts are numbers. The Stakeholders, Actions, Funding, Indicators, Measurements and Risks
sheets have the columns the importers read, so the sheets can be edited and imported back.
No user text becomes a formula. ``pseudonymise`` replaces people's names and contacts with
stable pseudonyms (P-0001 ...) for sharing outside the city.

Sheets are streamed (openpyxl write-only) and cells made only where a format or a formula
guard needs one, so the large demo file exports in little more time and memory than a bare
dump of the same values.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from lagdesk.core.indicators.progress import status_label
from lagdesk.core.meetings import overview as meetings
from lagdesk.core.meetings.overview import MeetingFilter
from lagdesk.core.plan.workbook.snapshot import SheetData, workbook_sheets
from lagdesk.core.reporting import report_data
from lagdesk.core.reporting.plan_content import IapData, gather_iap, status_counts
from lagdesk.core.stakeholders.importing import stakeholder_table
from lagdesk.core.stakeholders.importing.columns import FIELDS, header
from lagdesk.core.support.labels import label_of
from lagdesk.db.codes import (
    AttendanceStatus,
    FundingStatus,
    Gender,
    GroupKind,
    IndicatorUnit,
    MeetingType,
    MemberRole,
    ObjectiveLevel,
    Programme,
    ProgressStatus,
    Sector,
)
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import translate
from lagdesk.reports.xlsx.safety import (
    FORMULA_STARTS,
    MAX_CELL_CHARS,
    clean_text,
    safe_cell,
    save_atomically,
    start_table,
)

CONTEXT = "Report"
MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0%"
MIN_WIDTH, MAX_WIDTH = 8, 60
WIDTH_SAMPLE = 500
FIXED_WIDTHS = {"date": 12.0, "datetime": 17.0, "money": 15.0, "percent": 10.0}
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: Characters Excel refuses in a sheet name.
_NOT_IN_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")

#: Plan sheet columns that hold a person's name (pseudonymised when asked).
PERSON_COLUMNS = {
    "actions": ("responsible_person",),
    "measurements": ("entered_by",),
    "risks": ("owner",),
}
PLAN_KINDS = {"date": "date", "money": "money", "int": "int", "number": "number"}


@dataclass(frozen=True)
class Column:
    header: str
    #: text, int, number, money, date, datetime, percent
    kind: str = "text"


@dataclass(frozen=True)
class ReportExport:
    path: Path
    #: Sheet title -> data rows written.
    rows: dict[str, int]


# --- cells -----------------------------------------------------------------------------------


def _text(sheet: Any, value: object) -> Any:
    """Plain text as a plain value; a cell only when it could be read as a formula."""
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    if not text:
        return None
    if text.startswith(FORMULA_STARTS):
        return safe_cell(sheet, text)
    if len(text) > MAX_CELL_CHARS or (not text.isprintable() and _ILLEGAL.search(text)):
        return clean_text(text)
    return text


def _formatted(sheet: Any, value: object, number_format: str) -> Any:
    cell = WriteOnlyCell(sheet, value)
    cell.number_format = number_format
    return cell


def _cell(sheet: Any, kind: str, value: object) -> Any:
    if value is None or value == "":
        return None
    if kind == "text":
        return _text(sheet, value)
    if kind == "money":
        return _formatted(sheet, float(value), MONEY_FORMAT)  # type: ignore[arg-type]
    if kind == "percent":
        return _formatted(sheet, value, PERCENT_FORMAT)
    if kind == "datetime":
        return _formatted(sheet, value, DATETIME_FORMAT)
    if kind == "date":
        return value  # openpyxl writes a date as yyyy-mm-dd by itself
    if isinstance(value, Decimal):
        return float(value)
    return value


def _width(kind: str, title: str, values: Iterable[object]) -> float:
    longest = len(title) + 2
    if kind in FIXED_WIDTHS:
        return max(FIXED_WIDTHS[kind], min(MAX_WIDTH, longest))
    for value in values:
        if value is not None:
            text = value if isinstance(value, str) else str(value)
            longest = max(longest, max((len(line) for line in text.splitlines()), default=0) + 2)
    return float(min(MAX_WIDTH, max(MIN_WIDTH, longest)))


def sheet_name(title: str, used: set[str]) -> str:
    """A valid, unique sheet name (Excel: at most 31 characters, none of []:*?/\\)."""
    name = _NOT_IN_SHEET_NAME.sub(" ", title).strip()[:31] or "Sheet"
    candidate, number = name, 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate = name[: 31 - len(suffix)] + suffix
        number += 1
    used.add(candidate.casefold())
    return candidate


@dataclass(frozen=True)
class RowStream:
    """Rows read one by one (never all in memory), and how many there are."""

    count: int
    rows: Iterable[Sequence[object]]


def write_table(
    workbook: Any,
    title: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[object]] | RowStream,
    used: set[str],
) -> int:
    """One sheet holding one table; returns the rows written."""
    sheet = workbook.create_sheet(sheet_name(title, used))
    if isinstance(rows, RowStream):
        count, stream = rows.count, iter(rows.rows)
        first = list(itertools.islice(stream, WIDTH_SAMPLE))
        rows_in_order: Iterable[Sequence[object]] = itertools.chain(first, stream)
    else:
        count, first, rows_in_order = len(rows), list(rows[:WIDTH_SAMPLE]), rows
    for index, column in enumerate(columns):
        sample = (row[index] for row in first)
        width = _width(column.kind, column.header, sample)
        sheet.column_dimensions[get_column_letter(index + 1)].width = width
    start_table(sheet, [column.header for column in columns], count)
    kinds = [column.kind for column in columns]
    written = 0
    if all(kind in ("text", "int", "number", "date") for kind in kinds):
        append = sheet.append
        for row in rows_in_order:
            append([_fast(sheet, kind, value) for kind, value in zip(kinds, row, strict=True)])
            written += 1
    else:
        for row in rows_in_order:
            sheet.append(
                [_cell(sheet, kind, value) for kind, value in zip(kinds, row, strict=True)]
            )
            written += 1
    if written != count:  # the filter covers the rows written, whatever the count said
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{written + 1}"
    return written


def _fast(sheet: Any, kind: str, value: object) -> Any:
    if kind == "text":
        return _text(sheet, value)
    return float(value) if isinstance(value, Decimal) else value  # numbers and dates as they are


# --- the sheets ------------------------------------------------------------------------------


@functools.cache
def _code(enum_cls: type[Any], value: object) -> str:
    """The label of a stored code (one string per code for the whole report)."""
    return label_of(enum_cls, value)


@functools.cache
def _yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return translate("Report", "Yes") if value else translate("Report", "No")


Sheet = tuple[str, list[Column], list[Sequence[object]] | RowStream]
#: A row of the Summary sheet: (figure, (value, kind)), kind text, int, money or date.
SummaryRow = tuple[str, tuple[object, str]]
SummarySheet = tuple[str, list[Column], list[SummaryRow]]


class _Report:
    def __init__(self, database: Database, as_of: date, pseudonymise: bool) -> None:
        self.database = database
        self.as_of = as_of
        self.pseudonymise = pseudonymise
        self.names = report_data.Pseudonyms(database) if pseudonymise else None
        self.data: IapData = gather_iap(database, as_of=as_of, max_progress_charts=0)
        self._plan_sheets: dict[str, SheetData] | None = None

    def person(self, person_id: int | None, first: str, last: str) -> tuple[str, str]:
        if self.names is None:
            return first, last
        return self.names.of(person_id), ""

    def named(self, name: object) -> str:
        text = str(name or "")
        return self.names.of_name(text) if self.names is not None else text

    # Each returns (title, columns, rows).

    def stakeholders(self) -> Sheet:
        people = stakeholder_table.people(self.database, self.as_of)
        kinds = {"power": "int", "interest": "int"}
        columns = [Column(header(name), kinds.get(name, "text")) for name in FIELDS]
        rows: list[Sequence[object]] = []
        for person in people:
            first, last = self.person(person.id, person.first_name, person.last_name)
            private = self.names is not None
            cells = {
                "organisation": person.organisation,
                "sector": _code(Sector, person.sector),
                "first_name": first,
                "last_name": last,
                "gender": "" if person.gender is Gender.UNKNOWN else _code(Gender, person.gender),
                "role": person.role,
                "email": "" if private else person.email,
                "phone": "" if private else person.phone,
                "groups": "; ".join(person.groups),
                "power": person.power,
                "interest": person.interest,
                "notes": "" if private else person.notes,
            }
            rows.append([cells[name] for name in FIELDS])
        return translate("Report", "Stakeholders"), columns, rows

    def groups(self) -> Sheet:
        columns = [
            Column(translate("Report", "Group")),
            Column(translate("Report", "Group type")),
            Column(translate("Report", "Part of")),
            Column(translate("Report", "First name")),
            Column(translate("Report", "Last name")),
            Column(translate("Report", "Organisation")),
            Column(translate("Report", "Sector")),
            Column(translate("Report", "Role")),
            Column(translate("Report", "Joined"), "date"),
            Column(translate("Report", "Left"), "date"),
        ]
        rows: list[Sequence[object]] = []
        for line in report_data.memberships(self.database):
            first, last = self.person(line.person_id, line.first_name, line.last_name)
            rows.append(
                [
                    line.group,
                    _code(GroupKind, line.kind),
                    line.parent_group,
                    first,
                    last,
                    line.organisation,
                    _code(Sector, line.sector),
                    _code(MemberRole, line.role),
                    line.joined_on,
                    line.left_on,
                ]
            )
        return translate("Report", "Groups"), columns, rows

    def meetings(self) -> Sheet:
        columns = [
            Column(translate("Report", "Meeting ID"), "int"),
            Column(translate("Report", "Start"), "datetime"),
            Column(translate("Report", "End"), "datetime"),
            Column(translate("Report", "Time zone")),
            Column(translate("Report", "Type")),
            Column(translate("Report", "Title")),
            Column(translate("Report", "Place")),
            Column(translate("Report", "Online link")),
            Column(translate("Report", "Invited"), "int"),
            Column(translate("Report", "Present"), "int"),
            Column(translate("Report", "Decisions"), "int"),
            Column(translate("Report", "Open tasks"), "int"),
        ]
        rows: list[Sequence[object]] = [
            [
                row.id,
                row.starts_local.replace(tzinfo=None),
                row.ends_local.replace(tzinfo=None) if row.ends_local else None,
                row.timezone,
                _code(MeetingType, row.type),
                row.title,
                row.place,
                row.online_link,
                row.invited,
                row.present,
                row.decisions,
                row.open_tasks,
            ]
            for row in meetings.meeting_rows(self.database, MeetingFilter(), newest_first=False)
        ]
        return translate("Report", "Meetings"), columns, rows

    def attendance(self) -> Sheet:
        columns = [
            Column(translate("Report", "Meeting ID"), "int"),
            Column(translate("Report", "Meeting date"), "date"),
            Column(translate("Report", "First name")),
            Column(translate("Report", "Last name")),
            Column(translate("Report", "Organisation")),
            Column(translate("Report", "Sector")),
            Column(translate("Report", "Gender")),
            Column(translate("Report", "Status")),
            Column(translate("Report", "Walk-in")),
            Column(translate("Report", "People"), "int"),
        ]
        anonymous = translate("Report", "Anonymous")

        def lines() -> Iterator[Sequence[object]]:
            for line in report_data.attendance_lines(self.database):
                named = line.person_id is not None
                first, last = (
                    self.person(line.person_id, line.first_name, line.last_name)
                    if named
                    else ("", "")
                )
                yield (
                    line.meeting_id,
                    line.meeting_day,
                    first,
                    last,
                    line.organisation,
                    _code(Sector, line.sector),
                    _code(Gender, line.gender),
                    anonymous
                    if line.status == "anonymous"
                    else _code(AttendanceStatus, line.status),
                    _yes_no(line.walk_in) if named else "",
                    line.count,
                )

        rows = RowStream(report_data.attendance_count(self.database), lines())
        return translate("Report", "Attendance"), columns, rows

    def decisions(self) -> Sheet:
        columns = [
            Column(translate("Report", "Meeting ID"), "int"),
            Column(translate("Report", "Meeting date"), "date"),
            Column(translate("Report", "Meeting")),
            Column(translate("Report", "Decision No."), "int"),
            Column(translate("Report", "Decision")),
            Column(translate("Report", "Actions")),
            Column(translate("Report", "Task")),
            Column(translate("Report", "Owner")),
            Column(translate("Report", "Due"), "date"),
            Column(translate("Report", "Done")),
            Column(translate("Report", "Done on"), "date"),
        ]
        rows: list[Sequence[object]] = []
        for line in report_data.decisions_and_tasks(self.database):
            first, last = self.person(
                line.owner_person_id, line.owner_first_name, line.owner_last_name
            )
            rows.append(
                [
                    line.meeting_id,
                    line.meeting_day,
                    line.meeting_title,
                    line.decision_number,
                    line.decision,
                    line.actions,
                    line.task,
                    f"{first} {last}".strip(),
                    line.due_on,
                    _yes_no(line.done) if line.task else "",
                    line.done_on,
                ]
            )
        return translate("Report", "Decisions and tasks"), columns, rows

    def objectives(self) -> Sheet:
        columns = [
            Column(translate("Report", "Code")),
            Column(translate("Report", "Level")),
            Column(translate("Report", "Part of")),
            Column(translate("Report", "Title")),
            Column(translate("Report", "Description")),
        ]
        rows: list[Sequence[object]] = [
            [
                item.code,
                _code(ObjectiveLevel, item.level),
                item.parent_code,
                item.title,
                item.description,
            ]
            for item in self.data.plan.objectives
        ]
        return translate("Report", "Objectives"), columns, rows

    def plan_sheet(self, key: str) -> Sheet | None:
        """One of Actions, Funding, Indicators, Measurements and Risks, in the import's
        layout."""
        if self._plan_sheets is None:
            self._plan_sheets = {data.spec.key: data for data in workbook_sheets(self.database)}
        data = self._plan_sheets.pop(key, None)  # let go once written
        if data is None:
            return None
        columns = [
            Column(column.label, PLAN_KINDS.get(column.kind, "text"))
            for column in data.spec.columns
        ]
        person_indexes = {
            index
            for index, column in enumerate(data.spec.columns)
            if column.field in PERSON_COLUMNS.get(key, ())
        }
        rows: list[Sequence[object]] = data.rows  # type: ignore[assignment]
        if self.names is not None and person_indexes:
            rows = [
                [
                    self.named(value) if index in person_indexes else value
                    for index, value in enumerate(row)
                ]
                for row in data.rows
            ]
        return data.title, columns, rows

    def progress(self) -> Sheet:
        columns = [
            Column(translate("Report", "Indicator code")),
            Column(translate("Report", "Indicator")),
            Column(translate("Report", "Unit")),
            Column(translate("Report", "Baseline"), "number"),
            Column(translate("Report", "Target"), "number"),
            Column(translate("Report", "Report date"), "date"),
            Column(translate("Report", "Current value"), "number"),
            Column(translate("Report", "Progress"), "percent"),
            Column(translate("Report", "Expected progress"), "percent"),
            Column(translate("Report", "Status")),
            Column(translate("Report", "Measurements used"), "int"),
            Column(translate("Report", "Latest measurement"), "date"),
        ]
        rows: list[Sequence[object]] = []
        for item in self.data.plan.indicators:
            found = self.data.progress.get(item.id)
            status = found.status if found is not None else ProgressStatus.NO_DATA
            rows.append(
                [
                    item.code,
                    item.name,
                    _code(IndicatorUnit, item.unit),
                    item.baseline_value,
                    item.target_value,
                    self.as_of,
                    found.current_value if found else None,
                    found.progress if found else None,
                    found.expected if found else None,
                    status_label(status),
                    found.measurements_used if found else 0,
                    found.latest_measured_on if found else None,
                ]
            )
        return translate("Report", "Progress"), columns, rows

    def summary(self) -> SummarySheet:
        """The Summary sheet: one (figure, (value, kind)) row per key figure, the value's
        kind (text, int, money, date) per row."""
        data = self.data
        counts = {"people": report_data.people_count(self.database)}
        network = data.network
        plan = data.plan
        cost = plan.cost()
        secured = plan.funded(FundingStatus.SECURED)
        statuses = status_counts(data)
        figures: list[tuple[str, object, str]] = [
            (translate("Report", "Network"), network.name if network else "", "text"),
            (
                translate("Report", "Programme"),
                # Not the cached label: a preview may run in another language than an
                # export on a worker thread.
                label_of(Programme, network.programme) if network else "",
                "text",
            ),
            (translate("Report", "City"), data.city, "text"),
            (translate("Report", "Plan"), data.title, "text"),
            (translate("Report", "Report date"), self.as_of, "date"),
            (translate("Report", "People in the register"), counts.get("people", 0), "int"),
            (
                translate("Report", "Local group members"),
                data.composition.total if data.composition else 0,
                "int",
            ),
            (translate("Report", "Meetings held"), len(data.meetings), "int"),
            (
                translate("Report", "Attendances at meetings held"),
                sum(m.present for m in data.meetings),
                "int",
            ),
            (translate("Report", "Objectives"), len(plan.objectives), "int"),
            (translate("Report", "Actions"), len(plan.actions), "int"),
            (translate("Report", "Estimated cost"), cost, "money"),
            (translate("Report", "Secured funding"), secured, "money"),
            (translate("Report", "Funding gap"), cost - secured, "money"),
            (translate("Report", "Indicators"), len(plan.indicators), "int"),
            *(
                (
                    translate("Report", "Indicators: {status}").format(status=status_label(status)),
                    statuses.get(status, 0),
                    "int",
                )
                for status in ProgressStatus
            ),
            (translate("Report", "Risks"), len(plan.risks), "int"),
        ]
        if self.names is not None:
            figures.append(
                (
                    translate("Report", "Personal names"),
                    translate("Report", "Replaced by pseudonyms (P-0001 ...)"),
                    "text",
                )
            )
        columns = [Column(translate("Report", "Key figure")), Column(translate("Report", "Value"))]
        rows: list[SummaryRow] = [(name, (value, kind)) for name, value, kind in figures]
        return translate("Report", "Summary"), columns, rows


def _write_summary(workbook: Any, sheet_data: SummarySheet, used: set[str]) -> int:
    """The summary's values have a type per row, not per column."""
    title, columns, rows = sheet_data
    sheet = workbook.create_sheet(sheet_name(title, used))
    sheet.column_dimensions["A"].width = max([MIN_WIDTH, *(len(str(row[0])) + 2 for row in rows)])
    sheet.column_dimensions["B"].width = 40
    start_table(sheet, [column.header for column in columns], len(rows))
    for name, (value, kind) in rows:
        sheet.append([_text(sheet, name), _cell(sheet, kind, value)])
    return len(rows)


def summary_sheet(
    database: Database, *, as_of: date | None = None, pseudonymise: bool = False
) -> SummarySheet:
    """The Summary sheet as ``build_report`` writes it, for an on-screen preview: (title,
    columns, rows), each row (figure, (value, kind)) with kind text, int, money or date."""
    return _Report(database, as_of or date.today(), pseudonymise).summary()


def build_report(
    database: Database,
    *,
    as_of: date | None = None,
    pseudonymise: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Any, dict[str, int]]:
    """The workbook (write-only, save it once) and the rows of each sheet, by title.

    Each sheet is read, written and let go before the next is read, so the memory needed is
    that of the largest sheet, not of the whole report."""
    _code.cache_clear()  # labels are in the language of this report
    _yes_no.cache_clear()
    report = _Report(database, as_of or date.today(), pseudonymise)
    workbook = Workbook(write_only=True)
    used: set[str] = set()
    counts: dict[str, int] = {}
    summary = report.summary()
    counts[summary[0]] = _write_summary(workbook, summary, used)

    def plan_sheet(key: str) -> Callable[[], Sheet | None]:
        return lambda: report.plan_sheet(key)

    makers: list[Callable[[], Sheet | None]] = [
        report.stakeholders,
        report.groups,
        report.meetings,
        report.attendance,
        report.decisions,
        report.objectives,
        *(plan_sheet(key) for key in ("actions", "funding", "risks", "indicators", "measurements")),
        report.progress,
    ]
    for step, make in enumerate(makers, start=1):
        made = make()
        if made is not None:
            title, columns, rows = made
            counts[title] = write_table(workbook, title, columns, rows, used)
            del made, rows
        if progress is not None:
            progress(step, len(makers))
    return workbook, counts


def export_report(
    database: Database,
    out: Path | str,
    *,
    as_of: date | None = None,
    pseudonymise: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ReportExport:
    """Write the report workbook to ``out`` (.xlsx), all of it or nothing."""
    path = Path(out)
    if path.suffix.lower() != ".xlsx":
        message = translate("Report", "{file}: the report is an Excel workbook; name it .xlsx.")
        raise UserError(message.format(file=path.name))
    if not path.parent.is_dir():
        raise UserError(
            translate("Report", "{folder}: the folder does not exist.").format(folder=path.parent)
        )
    workbook, counts = build_report(
        database, as_of=as_of, pseudonymise=pseudonymise, progress=progress
    )
    try:
        save_atomically(workbook, path)
    except OSError as exc:
        message = translate("Report", "{file} cannot be written: {reason}.")
        raise UserError(message.format(file=path, reason=exc.strerror or exc)) from exc
    return ReportExport(path, counts)


__all__ = [
    "Column",
    "ReportExport",
    "Sheet",
    "build_report",
    "export_report",
    "sheet_name",
    "summary_sheet",
    "write_table",
]
