"""What an import would do, row by row: the answer of plan_import, shown before anything
is written (the UI's preview, the CLI's --dry-run) and then handed to apply_import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from lagdesk.core.stakeholders.importing.columns import ColumnMapping
from lagdesk.core.support.table_files.encodings import encoding_label
from lagdesk.core.support.table_files.sources import ImportFileError
from lagdesk.db.codes import Gender, Sector
from lagdesk.errors import FieldProblem
from lagdesk.i18n import translate

Decision = Literal["skip", "update", "create"]
DECISIONS: tuple[Decision, ...] = ("skip", "update", "create")
RowStatus = Literal["invalid", "new", "existing", "repeated"]


@dataclass(frozen=True)
class DuplicateMatch:
    """Why a row is taken for someone already known.

    ``person_id`` is the matching person in the database (None when the person is only in
    this file); ``row`` is the earlier row of the same file that names them (None when
    none does). ``basis`` is "email", "name" (first name, last name and organisation) or
    "name_only" (first and last name, for a file without an organisation column).
    """

    basis: Literal["email", "name", "name_only"]
    person_id: int | None = None
    row: int | None = None

    @property
    def reason(self) -> str:
        if self.basis == "email":
            text = translate("Import", "same email")
        elif self.basis == "name":
            text = translate("Import", "same first name, last name and organisation")
        else:
            text = translate("Import", "same first name and last name")
        if self.row is not None:
            text = translate("Import", "{reason} as row {row}").format(reason=text, row=self.row)
        return text


@dataclass
class PersonValues:
    """The parsed values of one row; a field whose column is absent keeps its default."""

    organisation: str = ""
    sector: Sector | None = None
    first_name: str = ""
    last_name: str = ""
    gender: Gender = Gender.UNKNOWN
    role: str = ""
    email: str = ""
    phone: str = ""
    groups: tuple[str, ...] = ()
    power: int | None = None
    interest: int | None = None
    notes: str = ""


@dataclass
class ImportRow:
    #: The row number a spreadsheet shows (the header row of a plain file is row 1).
    row: int
    values: PersonValues
    #: field -> the cell as text, as the file has it (for a preview table).
    cells: dict[str, str] = field(default_factory=dict)
    problems: list[FieldProblem] = field(default_factory=list)
    #: Things worth a look that do not stop the row (a sector that differs from the stored one).
    warnings: list[FieldProblem] = field(default_factory=list)
    duplicate: DuplicateMatch | None = None
    #: For a row matching a stored person: field -> (stored text, text from the file).
    changes: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: The stored organisation the row names, if it names one that exists.
    organisation_id: int | None = None
    #: True when the organisation is created by this import.
    new_organisation: bool = False
    #: Groups this row would create (the first row naming a new group has it).
    new_groups: tuple[str, ...] = ()

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def status(self) -> RowStatus:
        if self.problems:
            return "invalid"
        if self.duplicate is None:
            return "new"
        return "existing" if self.duplicate.person_id is not None else "repeated"


@dataclass(frozen=True)
class NewOrganisation:
    name: str
    sector: Sector | None
    #: The first row that names it.
    row: int


@dataclass(frozen=True)
class ImportCounts:
    rows: int
    valid: int
    invalid: int
    new: int
    existing: int
    #: Existing people whose row changes nothing.
    unchanged: int
    repeated: int
    new_organisations: int
    new_groups: int


@dataclass
class ImportPlan:
    """A file read and checked against the database, with nothing written yet."""

    file: Path
    format: str
    columns: ColumnMapping
    header_row: int
    rows: list[ImportRow]
    new_organisations: dict[str, NewOrganisation] = field(default_factory=dict)
    #: key -> group name as first written, for groups that do not exist yet.
    new_groups: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    encoding_guessed: bool = False
    encoding_scores: dict[str, int] = field(default_factory=dict)
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    planned_on: date = field(default_factory=date.today)

    @property
    def file_name(self) -> str:
        return self.file.name

    @property
    def mapping(self) -> dict[str, str]:
        """File column label -> field; edit it and pass it to plan_import again."""
        return dict(self.columns.fields)

    @property
    def extra_columns(self) -> tuple[str, ...]:
        return self.columns.extra

    @property
    def encoding_label(self) -> str | None:
        return encoding_label(self.encoding) if self.encoding else None

    @property
    def problems(self) -> list[FieldProblem]:
        return [problem for row in self.rows for problem in row.problems]

    @property
    def warnings(self) -> list[FieldProblem]:
        return [warning for row in self.rows for warning in row.warnings]

    def row(self, number: int) -> ImportRow:
        return next(row for row in self.rows if row.row == number)

    @property
    def counts(self) -> ImportCounts:
        statuses = [row.status for row in self.rows]
        return ImportCounts(
            rows=len(self.rows),
            valid=len(self.rows) - statuses.count("invalid"),
            invalid=statuses.count("invalid"),
            new=statuses.count("new"),
            existing=statuses.count("existing"),
            unchanged=sum(1 for row in self.rows if row.status == "existing" and not row.changes),
            repeated=statuses.count("repeated"),
            new_organisations=len(self.new_organisations),
            new_groups=len(self.new_groups),
        )


class MissingColumnError(ImportFileError):
    """No column gives the last name. Carries the columns so a form can offer a mapping."""

    def __init__(self, file: Path, columns: ColumnMapping) -> None:
        listed = ", ".join(columns.labels)
        message = translate(
            "Import",
            "no column holds the last name (a header such as “Last name” or “Surname”);"
            " the columns are: {columns}.",
        ).format(columns=listed)
        super().__init__(file, message)
        self.columns = columns
