"""The action plan and indicators as a workbook: the sheets the export writes and the import
reads back after edits in Excel or LibreOffice.

Export and import share the sheet and column definitions below, so a file exported and
imported unchanged changes nothing, and an edited cell changes exactly that field. Headers
are matched like the stakeholder import's (case, accents, spaces and a bracketed hint are
ignored), in English or the UI language. Columns may be left out: a missing column keeps
the stored values; extra columns are reported and ignored.

How rows meet stored records:

- Actions are matched by action code, indicators by indicator code, risks by risk code (a
  risk without a code by its title). A new code creates the record; a known code updates
  the fields that differ. Records missing from the file are kept: the import never deletes
  an action, an indicator, a risk or a measurement.
- Funding lines have no code, so the Funding sheet is the whole funding of every action it
  names and of every action of the Actions sheet. A line equal to a stored one is left
  alone; a changed line updates the stored line it pairs with (same source and status
  first, then same source, then in order), so an edited cell is one update; further lines
  are created and stored lines no row pairs with are deleted.
- Measurements are matched by indicator code and date (two on one date pair in order). A
  changed value updates the stored measurement, a new date adds one, and stored
  measurements missing from the file are kept (they may carry evidence).
- Lists (partner organisations, tags, an indicator's objectives and actions, a risk's
  actions) replace the stored links when their column is in the sheet.

plan_plan_import reads and checks everything and writes nothing; apply_plan_import writes
the preview in one transaction, all of it or nothing. plan_measurement_import reads a list
of measurements (.xlsx or .csv) that are only added: a row repeating a stored measurement
(same indicator, date and value) is skipped and reported.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import MISSING, dataclass, field, fields, replace
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core import records as r
from lagdesk.core import store
from lagdesk.core.errors import FieldProblem, LagdeskError, ValidationError
from lagdesk.core.importing.columns import column_labels, header_key
from lagdesk.core.importing.sources import (
    HEADER_SEARCH_ROWS,
    Cell,
    ImportFileError,
    SheetRows,
    Unreadable,
    is_blank,
    read_rows,
)
from lagdesk.core.importing.values import CellProblem, cell_text, name_key
from lagdesk.core.labels import label, source_label
from lagdesk.core.validation import problems_of
from lagdesk.db import models as m
from lagdesk.db.codes import (
    Accumulation,
    ActionStatus,
    ActionType,
    Disaggregation,
    Frequency,
    FundingSource,
    FundingStatus,
    GenderDimension,
    IndicatorLevel,
    IndicatorUnit,
    Polarity,
    RiskCategory,
    RiskStatus,
)
from lagdesk.db.database import Database, translate_sqlite_error
from lagdesk.i18n import QT_TRANSLATE_NOOP, current_language, translate

CONTEXT = "PlanColumns"
Kind = Literal["code", "line", "text", "list", "date", "int", "money", "number", "enum"]
RowStatus = Literal["create", "update", "unchanged", "skip"]
#: Longest code (action, objective, indicator, risk), as the database columns are sized.
CODE_LIMIT = 32
#: The breakdown of a measurement by sex, as measurement_breakdown stores it.
SEX, WOMEN, MEN = "sex", "female", "male"
CENT = Decimal("0.01")


def _tr(text: str) -> str:
    return translate("PlanImport", text)


# --- Sheets and columns -----------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One column: the field it feeds, its English header and how its cells read."""

    field: str
    header: str
    kind: Kind
    enum: type[StrEnum] | None = None
    variants: tuple[str, ...] = ()
    limit: int | None = None

    @property
    def label(self) -> str:
        """The header in the current language, as the export writes it."""
        return translate(CONTEXT, self.header)


@dataclass(frozen=True)
class SheetSpec:
    key: str
    title: str
    columns: tuple[Column, ...]
    #: Fields without which the sheet cannot be read at all.
    required: tuple[str, ...]

    @property
    def label(self) -> str:
        return translate(CONTEXT, self.title)

    def column(self, name: str) -> Column:
        return _COLUMNS[self.key][name]


def _column(
    name: str,
    header: str,
    kind: Kind,
    enum: type[StrEnum] | None = None,
    *variants: str,
    limit: int | None = None,
) -> Column:
    return Column(name, header, kind, enum, variants, limit)


ACTIONS = SheetSpec(
    "actions",
    QT_TRANSLATE_NOOP("PlanColumns", "Actions"),
    (
        _column("objective_code", QT_TRANSLATE_NOOP("PlanColumns", "Objective code"), "code", None, "objective"),
        _column("code", QT_TRANSLATE_NOOP("PlanColumns", "Action code"), "code", None, "code", "action"),
        _column("title", QT_TRANSLATE_NOOP("PlanColumns", "Title"), "line", None, "action title", limit=500),
        _column("description", QT_TRANSLATE_NOOP("PlanColumns", "Description"), "text"),
        _column("type", QT_TRANSLATE_NOOP("PlanColumns", "Type"), "enum", ActionType, "action type"),
        _column("lead_organisation", QT_TRANSLATE_NOOP("PlanColumns", "Lead organisation"), "line", None, "lead organization", "lead"),
        _column("partners", QT_TRANSLATE_NOOP("PlanColumns", "Partner organisations"), "list", None, "partner organizations", "partners"),
        _column("responsible_person", QT_TRANSLATE_NOOP("PlanColumns", "Responsible person"), "line", None, "responsible"),
        _column("start_date", QT_TRANSLATE_NOOP("PlanColumns", "Start"), "date", None, "start date"),
        _column("end_date", QT_TRANSLATE_NOOP("PlanColumns", "End"), "date", None, "end date"),
        _column("status", QT_TRANSLATE_NOOP("PlanColumns", "Status"), "enum", ActionStatus),
        _column("progress_percent", QT_TRANSLATE_NOOP("PlanColumns", "Progress %"), "int", None, "progress percent"),
        _column("estimated_cost", QT_TRANSLATE_NOOP("PlanColumns", "Estimated cost (EUR)"), "money", None, "cost"),
        _column("expected_result", QT_TRANSLATE_NOOP("PlanColumns", "Expected result"), "text"),
        _column("outputs", QT_TRANSLATE_NOOP("PlanColumns", "Outputs"), "text"),
        _column("tags", QT_TRANSLATE_NOOP("PlanColumns", "Tags"), "list"),
        _column("gender_dimension", QT_TRANSLATE_NOOP("PlanColumns", "Gender dimension"), "enum", GenderDimension),
    ),
    ("code",),
)  # fmt: skip
FUNDING = SheetSpec(
    "funding",
    QT_TRANSLATE_NOOP("PlanColumns", "Funding"),
    (
        _column("action_code", QT_TRANSLATE_NOOP("PlanColumns", "Action code"), "code", None, "action", "code"),
        _column("source", QT_TRANSLATE_NOOP("PlanColumns", "Source"), "enum", FundingSource, "funding source"),
        _column("amount", QT_TRANSLATE_NOOP("PlanColumns", "Amount (EUR)"), "money"),
        _column("status", QT_TRANSLATE_NOOP("PlanColumns", "Status"), "enum", FundingStatus, "funding status"),
        _column("note", QT_TRANSLATE_NOOP("PlanColumns", "Note"), "text", None, "notes"),
    ),
    ("action_code", "source", "amount"),
)  # fmt: skip
INDICATORS = SheetSpec(
    "indicators",
    QT_TRANSLATE_NOOP("PlanColumns", "Indicators"),
    (
        _column("code", QT_TRANSLATE_NOOP("PlanColumns", "Indicator code"), "code", None, "code", "indicator"),
        _column("eu_code", QT_TRANSLATE_NOOP("PlanColumns", "EU code"), "code", None, "eu indicator code", "eu common indicator"),
        _column("name", QT_TRANSLATE_NOOP("PlanColumns", "Name"), "line", None, "indicator name", limit=500),
        _column("definition", QT_TRANSLATE_NOOP("PlanColumns", "Definition"), "text"),
        _column("level", QT_TRANSLATE_NOOP("PlanColumns", "Level"), "enum", IndicatorLevel),
        _column("unit", QT_TRANSLATE_NOOP("PlanColumns", "Unit"), "enum", IndicatorUnit),
        _column("polarity", QT_TRANSLATE_NOOP("PlanColumns", "Polarity"), "enum", Polarity),
        _column("accumulation", QT_TRANSLATE_NOOP("PlanColumns", "Accumulation"), "enum", Accumulation),
        _column("baseline_value", QT_TRANSLATE_NOOP("PlanColumns", "Baseline value"), "number", None, "baseline"),
        _column("baseline_date", QT_TRANSLATE_NOOP("PlanColumns", "Baseline date"), "date"),
        _column("target_value", QT_TRANSLATE_NOOP("PlanColumns", "Target value"), "number", None, "target"),
        _column("target_date", QT_TRANSLATE_NOOP("PlanColumns", "Target date"), "date"),
        _column("data_source", QT_TRANSLATE_NOOP("PlanColumns", "Data source"), "text"),
        _column("collection_method", QT_TRANSLATE_NOOP("PlanColumns", "Collection method"), "text"),
        _column("frequency", QT_TRANSLATE_NOOP("PlanColumns", "Frequency"), "enum", Frequency),
        _column("disaggregation", QT_TRANSLATE_NOOP("PlanColumns", "Disaggregation"), "enum", Disaggregation),
        _column("objectives", QT_TRANSLATE_NOOP("PlanColumns", "Linked objective codes"), "list", None, "objective codes", "objectives", "linked objectives"),
        _column("actions", QT_TRANSLATE_NOOP("PlanColumns", "Linked action codes"), "list", None, "action codes", "actions", "linked actions"),
    ),
    ("code",),
)  # fmt: skip
MEASUREMENTS = SheetSpec(
    "measurements",
    QT_TRANSLATE_NOOP("PlanColumns", "Measurements"),
    (
        _column("indicator_code", QT_TRANSLATE_NOOP("PlanColumns", "Indicator code"), "code", None, "indicator", "code"),
        _column("measured_on", QT_TRANSLATE_NOOP("PlanColumns", "Date"), "date", None, "measured on", "measurement date"),
        _column("value", QT_TRANSLATE_NOOP("PlanColumns", "Value"), "number", None, "measurement", "measured value"),
        _column("women", QT_TRANSLATE_NOOP("PlanColumns", "Value women"), "number", None, "women", "female", "value female"),
        _column("men", QT_TRANSLATE_NOOP("PlanColumns", "Value men"), "number", None, "men", "male", "value male"),
        _column("source_note", QT_TRANSLATE_NOOP("PlanColumns", "Source note"), "text", None, "source", "note"),
        _column("entered_by", QT_TRANSLATE_NOOP("PlanColumns", "Entered by"), "line", None, limit=200),
    ),
    ("indicator_code", "measured_on", "value"),
)  # fmt: skip
RISKS = SheetSpec(
    "risks",
    QT_TRANSLATE_NOOP("PlanColumns", "Risks"),
    (
        _column("code", QT_TRANSLATE_NOOP("PlanColumns", "Risk code"), "code", None, "code", "risk"),
        _column("title", QT_TRANSLATE_NOOP("PlanColumns", "Title"), "line", None, "risk title", limit=300),
        _column("description", QT_TRANSLATE_NOOP("PlanColumns", "Description"), "text"),
        _column("category", QT_TRANSLATE_NOOP("PlanColumns", "Category"), "enum", RiskCategory),
        _column("likelihood", QT_TRANSLATE_NOOP("PlanColumns", "Likelihood (1-5)"), "int"),
        _column("impact", QT_TRANSLATE_NOOP("PlanColumns", "Impact (1-5)"), "int"),
        _column("mitigation", QT_TRANSLATE_NOOP("PlanColumns", "Mitigation"), "text"),
        _column("owner", QT_TRANSLATE_NOOP("PlanColumns", "Owner"), "line", None, "risk owner"),
        _column("status", QT_TRANSLATE_NOOP("PlanColumns", "Status"), "enum", RiskStatus),
        _column("actions", QT_TRANSLATE_NOOP("PlanColumns", "Linked action codes"), "list", None, "action codes", "actions", "linked actions"),
    ),
    ("code", "title"),
)  # fmt: skip
#: The sheets in the order the export writes them and the import applies them.
SHEETS: tuple[SheetSpec, ...] = (ACTIONS, FUNDING, INDICATORS, MEASUREMENTS, RISKS)
SHEET_OF: dict[str, SheetSpec] = {spec.key: spec for spec in SHEETS}
_COLUMNS = {spec.key: {column.field: column for column in spec.columns} for spec in SHEETS}

# Record fields named differently from the column that feeds them.
_RECORD_FIELD_COLUMN = {
    "objective_id": "objective_code",
    "lead_organisation_id": "lead_organisation",
    "responsible_person_id": "responsible_person",
    "action_id": "action_code",
    "indicator_id": "indicator_code",
    "owner_person_id": "owner",
}

# Usual words for codes, besides the code, its name and its labels.
_WORDS: dict[type[StrEnum], dict[str, tuple[str, ...]]] = {
    GenderDimension: {
        "01": ("1", "targeting", "gender targeting"),
        "02": ("2", "mainstreaming", "gender mainstreaming"),
        "03": ("3", "neutral", "gender neutral"),
    },
    IndicatorUnit: {
        "percent": ("%", "percentage", "share"),
        "eur": ("euro", "€"),
        "yes_no": ("yes/no", "boolean"),
        "tco2e": ("tco2", "co2e"),
    },
    Polarity: {"increase": ("up", "higher is better"), "decrease": ("down", "lower is better")},
    Accumulation: {"latest": ("last", "latest")},
    Disaggregation: {"none": ("no", "not disaggregated"), "sex": ("by gender", "gender")},
    FundingSource: {"national": ("national",), "private": ("private",), "esf_plus": ("esf",)},
    FundingStatus: {"applied": ("applied",)},
}


# --- Cells --------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LIST_SEPARATORS = re.compile(r"[;\r\n]+")
_DAY_FIRST = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")


def normalised(text: str, *, one_line: bool = False) -> str:
    """Trimmed NFC text without control characters; stored text is compared through it too."""
    if text.isascii() and text.isprintable():  # most cells: nothing to normalise
        return " ".join(text.split()) if one_line else text.strip()
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text or ""))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if one_line:
        text = " ".join(text.split())
    return text.strip()


def _text(value: Cell, *, one_line: bool, limit: int | None) -> str:
    text = normalised(cell_text(value), one_line=one_line)
    if limit is not None and len(text) > limit:
        message = _tr("the text is {length} characters long; at most {limit}.")
        raise CellProblem(message.format(length=len(text), limit=limit))
    return text


def _number(value: Cell) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise CellProblem(_tr("{value} is not a number.").format(value=cell_text(value)))
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = "".join(value.replace("\u00a0", " ").replace("\u202f", " ").split())
        if "," in text and "." in text:
            decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
            thousands = "." if decimal_mark == "," else ","
            text = text.replace(thousands, "").replace(decimal_mark, ".")
        else:
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            number = math.nan
    if not math.isfinite(number):
        raise CellProblem(_tr("{value} is not a number.").format(value=cell_text(value).strip()))
    return number


def _whole(value: Cell) -> int:
    number = _number(value)
    if not number.is_integer():
        message = _tr("{value} is not a whole number.")
        raise CellProblem(message.format(value=cell_text(value).strip()))
    return int(number)


def _money(value: Cell) -> Decimal:
    number = _number(value)
    return Decimal(repr(number)).quantize(CENT, rounding=ROUND_HALF_UP)


def _date(value: Cell) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value).strip() if isinstance(value, str) else ""
    try:
        if match := _ISO.match(text):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DAY_FIRST.match(text):
            return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        pass
    message = _tr("{value} is not a date; write it as YYYY-MM-DD.")
    raise CellProblem(message.format(value=cell_text(value).strip()))


def _spelling_key(text: str) -> str:
    return header_key(text) or text.strip().casefold()


@functools.lru_cache(maxsize=64)
def _spellings(enum_cls: type[StrEnum], language: str) -> dict[str, StrEnum]:
    """Key of every accepted spelling -> code, for one UI language (labels are translated)."""
    del language  # part of the cache key only
    found: dict[str, StrEnum] = {}
    words = _WORDS.get(enum_cls, {})
    for member in enum_cls:
        spellings = (member.value, member.name, source_label(member), label(member))
        for spelling in (*spellings, *words.get(member.value, ())):
            found.setdefault(_spelling_key(spelling), member)
    return found


def _enum(value: Cell, enum_cls: type[StrEnum]) -> StrEnum:
    text = normalised(cell_text(value), one_line=True)
    member = _spellings(enum_cls, current_language()).get(_spelling_key(text))
    if member is None:
        choices = ", ".join(label(member) for member in enum_cls)
        message = _tr("{value} is not one of: {choices}.")
        raise CellProblem(message.format(value=text, choices=choices))
    return member


def _list(value: Cell, limit: int) -> tuple[str, ...]:
    """Items separated by ";" or line breaks, each once, in the order written."""
    items: list[str] = []
    seen: set[str] = set()
    for part in _LIST_SEPARATORS.split(cell_text(value)):
        item = normalised(part, one_line=True)
        if len(item) > limit:
            message = _tr("{item} is {length} characters long; at most {limit}.")
            raise CellProblem(message.format(item=item, length=len(item), limit=limit))
        if item and name_key(item) not in seen:
            seen.add(name_key(item))
            items.append(item)
    return tuple(items)


def parse_cell(column: Column, value: Cell) -> Any:
    """The value of ``column`` in a cell, None for an empty one; CellProblem says why not."""
    if isinstance(value, Unreadable):
        raise CellProblem(value.reason)
    kind = column.kind
    if kind in ("code", "line", "text"):
        limit = CODE_LIMIT if kind == "code" else column.limit
        return _text(value, one_line=kind != "text", limit=limit)
    if kind == "list":
        return _list(value, CODE_LIMIT if column.field in ("objectives", "actions") else 300)
    if is_blank(value):
        return None
    if kind == "date":
        return _date(value)
    if kind == "int":
        return _whole(value)
    if kind == "money":
        return _money(value)
    if kind == "number":
        return _number(value)
    assert column.enum is not None
    return _enum(value, column.enum)


@functools.lru_cache(maxsize=65536)
def code_key(code: str) -> str:
    """How codes are compared: case and surrounding spaces do not count."""
    return name_key(code)


def natural_key(code: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key that puts 1.2 before 1.10 and IND-0009 before IND-0010."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
        for part in re.split(r"(\d+)", code)
        if part
    )


# --- What the database holds ------------------------------------------------------------


def _records(session: Session, record_type: type[Any], *order: Any) -> list[Any]:
    """Records of a type read as plain rows (faster than ORM objects for 50,000 of them)."""
    model: Any = store.model_of(record_type)
    names = [f.name for f in fields(record_type)]
    query = sa.select(*(getattr(model, name) for name in names))
    query = query.order_by(*(order or (model.id,)))
    return [record_type(**dict(zip(names, row, strict=True))) for row in session.execute(query)]


def _pairs(session: Session, *columns: Any) -> list[tuple[Any, Any]]:
    query = sa.select(*columns).order_by(*columns)
    return [(first, second) for first, second in session.execute(query)]


@dataclass
class PlanSnapshot:
    """The stored plan and indicators an import is compared with and an export writes."""

    plan_ids: list[int] = field(default_factory=list)
    objectives: dict[int, r.Objective] = field(default_factory=dict)
    actions: dict[int, r.Action] = field(default_factory=dict)
    partners: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    tags: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    organisations: dict[int, str] = field(default_factory=dict)
    people: dict[int, r.Person] = field(default_factory=dict)
    funding: dict[int, list[r.FundingLine]] = field(default_factory=lambda: defaultdict(list))
    indicators: dict[int, r.Indicator] = field(default_factory=dict)
    indicator_objectives: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    indicator_actions: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    measurements: dict[int, list[r.Measurement]] = field(default_factory=lambda: defaultdict(list))
    #: measurement id -> category -> value, for the breakdown by sex.
    by_sex: dict[int, dict[str, float]] = field(default_factory=lambda: defaultdict(dict))
    risks: dict[int, r.Risk] = field(default_factory=dict)
    risk_actions: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    # Indexes for matching, keys as code_key / name_key make them.
    objective_by_code: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    action_by_code: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    indicator_by_code: dict[str, int] = field(default_factory=dict)
    organisation_by_name: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    person_by_email: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    person_by_name: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def load(cls, database: Database, *, people: bool = True) -> PlanSnapshot:
        """Everything in a constant number of queries, whatever the size of the plan."""
        snapshot = cls()
        with database.reading() as session:
            snapshot._load(session, people)
        return snapshot

    def _load(self, session: Session, people: bool) -> None:
        self.plan_ids = list(session.scalars(sa.select(m.Plan.id).order_by(m.Plan.id)))
        for objective in _records(session, r.Objective):
            self.objectives[objective.id] = objective
            self.objective_by_code[code_key(objective.code)].append(objective.id)
        for action in _records(session, r.Action):
            self.actions[action.id] = action
            self.action_by_code[code_key(action.code)].append(action.id)
        for action_id, organisation_id in _pairs(
            session, m.ActionPartner.action_id, m.ActionPartner.organisation_id
        ):
            self.partners[action_id].append(organisation_id)
        for action_id, tag in _pairs(session, m.ActionTag.action_id, m.ActionTag.tag):
            self.tags[action_id].append(tag)
        for organisation_id, name in _pairs(session, m.Organisation.id, m.Organisation.name):
            self.organisations[organisation_id] = name
            self.organisation_by_name[name_key(name)].append(organisation_id)
        if people:
            query = sa.select(m.Person.id, m.Person.first_name, m.Person.last_name, m.Person.email)
            for person_id, first, last, email in session.execute(query.order_by(m.Person.id)):
                self.people[person_id] = r.Person(
                    id=person_id, first_name=first, last_name=last, email=email
                )
                if email.strip():
                    self.person_by_email[name_key(email)].append(person_id)
                self.person_by_name[name_key(f"{first} {last}")].append(person_id)
        for line in _records(session, r.FundingLine):
            self.funding[line.action_id].append(line)
        for indicator in _records(session, r.Indicator):
            self.indicators[indicator.id] = indicator
            self.indicator_by_code[code_key(indicator.code)] = indicator.id
        for indicator_id, objective_id in _pairs(
            session, m.IndicatorObjective.indicator_id, m.IndicatorObjective.objective_id
        ):
            self.indicator_objectives[indicator_id].append(objective_id)
        for indicator_id, action_id in _pairs(
            session, m.IndicatorAction.indicator_id, m.IndicatorAction.action_id
        ):
            self.indicator_actions[indicator_id].append(action_id)
        order = (m.Measurement.indicator_id, m.Measurement.measured_on, m.Measurement.id)
        for measurement in _records(session, r.Measurement, *order):
            self.measurements[measurement.indicator_id].append(measurement)
        breakdown = sa.select(
            m.MeasurementBreakdown.measurement_id,
            m.MeasurementBreakdown.category,
            m.MeasurementBreakdown.value,
        ).where(m.MeasurementBreakdown.dimension == SEX)
        for measurement_id, category, value in session.execute(breakdown):
            self.by_sex[measurement_id][category] = value
        for risk in _records(session, r.Risk):
            self.risks[risk.id] = risk
        for risk_id, action_id in _pairs(session, m.RiskAction.risk_id, m.RiskAction.action_id):
            self.risk_actions[risk_id].append(action_id)

    def measurements_on_day(self) -> dict[tuple[int, date], list[r.Measurement]]:
        """(indicator id, date) -> the measurements of that day, in id order."""
        found: dict[tuple[int, date], list[r.Measurement]] = defaultdict(list)
        for indicator_id, measurements in self.measurements.items():
            for measurement in measurements:
                found[(indicator_id, measurement.measured_on)].append(measurement)
        return found

    # What a user reads for stored references.

    def person_text(self, person_id: int | None) -> str:
        """A person as the workbook names them: the e-mail address, or else the name."""
        person = self.people.get(person_id) if person_id is not None else None
        if person is None:
            return ""
        return person.email.strip() or f"{person.first_name} {person.last_name}".strip()

    def organisation_text(self, organisation_id: int | None) -> str:
        return self.organisations.get(organisation_id, "") if organisation_id else ""

    def action_code(self, action_id: int) -> str:
        return self.actions[action_id].code

    def objective_code(self, objective_id: int) -> str:
        return self.objectives[objective_id].code

    # Orders of the export.

    def ordered_actions(self) -> list[r.Action]:
        def key(action: r.Action) -> tuple[Any, ...]:
            objective = self.objectives[action.objective_id]
            return (natural_key(objective.code), action.position, natural_key(action.code))

        return sorted(self.actions.values(), key=key)

    def ordered_indicators(self) -> list[r.Indicator]:
        return sorted(self.indicators.values(), key=lambda ind: natural_key(ind.code))

    def ordered_risks(self) -> list[r.Risk]:
        return sorted(self.risks.values(), key=lambda risk: (natural_key(risk.code), risk.id))


# --- The workbook the export writes ------------------------------------------------------


@dataclass(frozen=True)
class SheetData:
    """One sheet of the export: its spec, title and header in the current language, rows."""

    spec: SheetSpec
    rows: list[list[object]]

    @property
    def title(self) -> str:
        return self.spec.label

    @property
    def headers(self) -> list[str]:
        return [column.label for column in self.spec.columns]


def _cell(column: Column, value: object) -> object:
    """A stored value as the export writes it in a cell of ``column``."""
    if value is None:
        return None
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, tuple | list):
        return "; ".join(str(item) for item in value)
    return value


def _joined_codes(codes: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(codes, key=natural_key))


def action_values(snapshot: PlanSnapshot, action: r.Action) -> dict[str, object]:
    """An action's cells by field, as stored values (codes, dates, Decimal)."""
    return {
        "objective_code": snapshot.objective_code(action.objective_id),
        "code": action.code,
        "title": action.title,
        "description": action.description,
        "type": action.type,
        "lead_organisation": snapshot.organisation_text(action.lead_organisation_id),
        "partners": tuple(
            sorted(
                (snapshot.organisations[o] for o in snapshot.partners.get(action.id or 0, [])),
                key=str.casefold,
            )
        ),
        "responsible_person": snapshot.person_text(action.responsible_person_id),
        "start_date": action.start_date,
        "end_date": action.end_date,
        "status": action.status,
        "progress_percent": action.progress_percent,
        "estimated_cost": action.estimated_cost,
        "expected_result": action.expected_result,
        "outputs": action.outputs,
        "tags": tuple(sorted(snapshot.tags.get(action.id or 0, []))),
        "gender_dimension": action.gender_dimension,
    }


def indicator_values(snapshot: PlanSnapshot, indicator: r.Indicator) -> dict[str, object]:
    values: dict[str, object] = {
        name: getattr(indicator, name)
        for name in (column.field for column in INDICATORS.columns)
        if name not in ("objectives", "actions")
    }
    ident = indicator.id or 0
    objectives = snapshot.indicator_objectives.get(ident, [])
    actions = snapshot.indicator_actions.get(ident, [])
    values["objectives"] = _joined_codes(snapshot.objective_code(o) for o in objectives)
    values["actions"] = _joined_codes(snapshot.action_code(a) for a in actions)
    return values


def _sheet_rows(snapshot: PlanSnapshot, spec: SheetSpec) -> Iterable[dict[str, object]]:
    if spec is ACTIONS:
        for action in snapshot.ordered_actions():
            yield action_values(snapshot, action)
    elif spec is FUNDING:
        for action in snapshot.ordered_actions():
            for line in snapshot.funding.get(action.id or 0, []):
                yield {"action_code": action.code, "source": line.source, "amount": line.amount,
                       "status": line.status, "note": line.note}  # fmt: skip
    elif spec is INDICATORS:
        for indicator in snapshot.ordered_indicators():
            yield indicator_values(snapshot, indicator)
    elif spec is MEASUREMENTS:
        for indicator in snapshot.ordered_indicators():
            for measurement in snapshot.measurements.get(indicator.id or 0, []):
                sex = snapshot.by_sex.get(measurement.id or 0, {})
                yield {"indicator_code": indicator.code, "measured_on": measurement.measured_on,
                       "value": measurement.value, "women": sex.get(WOMEN), "men": sex.get(MEN),
                       "source_note": measurement.source_note,
                       "entered_by": measurement.entered_by}  # fmt: skip
    else:
        for risk in snapshot.ordered_risks():
            values: dict[str, object] = {
                column.field: getattr(risk, column.field, None) for column in RISKS.columns
            }
            values["owner"] = snapshot.person_text(risk.owner_person_id)
            linked = snapshot.risk_actions.get(risk.id or 0, [])
            values["actions"] = _joined_codes(snapshot.action_code(a) for a in linked)
            yield values


def workbook_sheets(database: Database) -> list[SheetData]:
    """The sheets of the plan workbook, with the cells as the export writes them."""
    snapshot = PlanSnapshot.load(database)
    return [
        SheetData(
            spec,
            [
                [_cell(column, values[column.field]) for column in spec.columns]
                for values in _sheet_rows(snapshot, spec)
            ],
        )
        for spec in SHEETS
    ]


# --- The preview ---------------------------------------------------------------------------


@dataclass
class PlanRow:
    """One row of a sheet, read, checked and compared with what is stored."""

    sheet: str
    #: The row number a spreadsheet shows.
    row: int
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[FieldProblem] = field(default_factory=list)
    warnings: list[FieldProblem] = field(default_factory=list)
    status: RowStatus = "create"
    #: field -> (stored text, text from the file), for a row that updates.
    changes: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: Why a row of a measurement list is skipped.
    skip_reason: str = ""
    #: The record to write (id set for an update); references to records the same
    #: import creates are resolved when it is applied, from ``refs``.
    record: Any = None
    refs: dict[str, Any] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def key(self) -> str:
        """The row's code, as the file writes it, for messages."""
        for name in ("code", "action_code", "indicator_code"):
            if self.values.get(name):
                return str(self.values[name])
        return ""


@dataclass(frozen=True)
class Removal:
    """A stored record the import deletes (funding lines only)."""

    sheet: str
    id: int
    description: str


@dataclass(frozen=True)
class SheetCounts:
    rows: int
    creates: int
    updates: int
    unchanged: int
    deletes: int
    skipped: int
    invalid: int


@dataclass
class SheetPreview:
    spec: SheetSpec
    #: The sheet's name in the file (None for a CSV file).
    sheet: str | None
    #: field -> the header the file uses for it.
    headers: dict[str, str]
    header_row: int
    extra_columns: tuple[str, ...]
    rows: list[PlanRow] = field(default_factory=list)
    removals: list[Removal] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.spec.key

    @property
    def present(self) -> frozenset[str]:
        return frozenset(self.headers)

    @property
    def counts(self) -> SheetCounts:
        statuses = [row.status for row in self.rows if row.valid]
        return SheetCounts(
            rows=len(self.rows),
            creates=statuses.count("create"),
            updates=statuses.count("update"),
            unchanged=statuses.count("unchanged"),
            deletes=len(self.removals),
            skipped=statuses.count("skip"),
            invalid=sum(1 for row in self.rows if not row.valid),
        )


@dataclass
class PlanImportPreview:
    """A workbook read and checked against the database, with nothing written yet."""

    file: Path
    format: str
    sheets: dict[str, SheetPreview] = field(default_factory=dict)
    #: True for a list of measurements, whose rows are only added.
    add_only: bool = False
    encoding: str | None = None
    delimiter: str | None = None

    @property
    def file_name(self) -> str:
        return self.file.name

    @property
    def rows(self) -> list[PlanRow]:
        return [row for sheet in self.sheets.values() for row in sheet.rows]

    @property
    def problems(self) -> list[FieldProblem]:
        return [problem for row in self.rows for problem in row.problems]

    @property
    def warnings(self) -> list[FieldProblem]:
        return [warning for row in self.rows for warning in row.warnings]

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def counts(self) -> dict[str, SheetCounts]:
        return {key: sheet.counts for key, sheet in self.sheets.items()}

    @property
    def changes_anything(self) -> bool:
        return any(
            counts.creates or counts.updates or counts.deletes for counts in self.counts.values()
        )


class PlanImportError(ImportFileError):
    """The workbook as a whole cannot be imported (no known sheet, a missing column)."""


# --- Reading the sheets ---------------------------------------------------------------------


def _header_text(value: Cell) -> str:
    if isinstance(value, Unreadable):
        return ""
    try:
        return cell_text(value)
    except CellProblem:
        return ""


def _known_headers(spec: SheetSpec) -> dict[str, str]:
    """Header key -> field for one sheet; the UI language wins over a variant."""
    keys: dict[str, str] = {}
    for column in spec.columns:
        for text in (column.header, *column.variants):
            keys.setdefault(header_key(text), column.field)
    for column in spec.columns:
        translated = header_key(column.label)
        if translated:
            keys[translated] = column.field
    return keys


def _where(file: Path, sheet: str | None) -> str:
    if sheet is None:
        return file.name
    return _tr("{file}, sheet {sheet}").format(file=file.name, sheet=sheet)


def read_sheet(spec: SheetSpec, table: SheetRows) -> SheetPreview:
    """The header mapping and the parsed rows of one sheet (nothing compared yet)."""
    known = _known_headers(spec)
    where = _where(table.file, table.sheet)
    header_index = 0
    for index, (_number, cells) in enumerate(table.rows[: HEADER_SEARCH_ROWS + 1]):
        found = {known.get(header_key(_header_text(cell))) for cell in cells} - {None}
        if len(found) >= 2 or set(spec.required) <= found:
            header_index = index
            break
    header_number, header_cells = table.rows[header_index] if table.rows else (1, [])
    texts = [_header_text(cell) for cell in header_cells]
    labels = column_labels(texts)
    fields_at: dict[int, str] = {}
    headers: dict[str, str] = {}
    for index, (text, shown) in enumerate(zip(texts, labels, strict=True)):
        name = known.get(header_key(text)) if text.strip() else None
        if name is not None and name not in headers:
            headers[name] = shown
            fields_at[index] = name
    missing = [spec.column(name).label for name in spec.required if name not in headers]
    if missing:
        message = _tr('sheet {sheet} has no column "{column}"; its columns are: {columns}.').format(
            sheet=table.sheet or spec.label,
            column=missing[0],
            columns=", ".join(label for label in labels if label) or "-",
        )
        raise PlanImportError(table.file, message)
    extra = tuple(shown for index, shown in enumerate(labels) if index not in fields_at)
    preview = SheetPreview(spec, table.sheet, headers, header_number, extra)
    rows: list[PlanRow] = []
    for number, cells in table.rows[header_index + 1 :]:
        picked = {name: cells[i] if i < len(cells) else None for i, name in fields_at.items()}
        if all(is_blank(value) for value in picked.values()):
            continue
        row = PlanRow(spec.key, number)
        for name, value in picked.items():
            try:
                row.values[name] = parse_cell(spec.column(name), value)
            except CellProblem as exc:
                row.problems.append(FieldProblem(headers[name], str(exc), number, where, name))
        rows.append(row)
    preview.rows = rows
    return preview


def _sheet_named(names: Sequence[str], spec: SheetSpec) -> str | None:
    wanted = {header_key(spec.title), header_key(spec.label)}
    return next((name for name in names if header_key(name) in wanted), None)


# --- Planning --------------------------------------------------------------------------------


def _blank(record_type: type[Any]) -> Any:
    """A record with its defaults and None for the fields that have none."""
    required = {
        f.name: None
        for f in fields(record_type)
        if f.default is MISSING and f.default_factory is MISSING
    }
    return record_type(**required)


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, float):
        return cell_text(value)
    if isinstance(value, tuple | list | frozenset | set):
        return "; ".join(str(item) for item in value)
    return str(value)


def _readable(sheet: SheetPreview, row: PlanRow) -> frozenset[str]:
    """The sheet's fields whose cell in ``row`` could be read."""
    return sheet.present - {problem.key for problem in row.problems}


class _Planner:
    """Compares the rows of every sheet with the snapshot; fills in statuses and records."""

    def __init__(self, preview: PlanImportPreview, snapshot: PlanSnapshot) -> None:
        self.preview = preview
        self.snapshot = snapshot
        #: code key -> the row of the Actions (Indicators) sheet that names it.
        self.file_actions: dict[str, PlanRow] = {}
        self.file_indicators: dict[str, PlanRow] = {}
        self.next_position: dict[int, int] = {}
        for action in snapshot.actions.values():
            current = self.next_position.get(action.objective_id, 0)
            self.next_position[action.objective_id] = max(current, action.position + 1)

    # Helpers shared by the sheets.

    def where(self, sheet: SheetPreview) -> str:
        return _where(self.preview.file, sheet.sheet)

    def problem(self, sheet: SheetPreview, row: PlanRow, name: str, message: str) -> None:
        shown = sheet.headers.get(name) or sheet.spec.column(name).label
        row.problems.append(FieldProblem(shown, message, row.row, self.where(sheet), name))

    def warn(self, sheet: SheetPreview, row: PlanRow, name: str, message: str) -> None:
        shown = sheet.headers.get(name) or sheet.spec.column(name).label
        row.warnings.append(FieldProblem(shown, message, row.row, self.where(sheet), name))

    def check_record(self, sheet: SheetPreview, row: PlanRow, record: Any) -> None:
        """The rules of lagdesk.core.validation, named by the sheet's columns."""
        already = {problem.key for problem in row.problems}
        columns = {column.field for column in sheet.spec.columns}
        for found in problems_of(record):
            name = _RECORD_FIELD_COLUMN.get(found.key, found.key)
            if name in already or name not in columns:
                continue
            already.add(name)
            self.problem(sheet, row, name, found.message)

    def set_field(
        self, row: PlanRow, record: Any, name: str, new: object, *, shown: Any = None
    ) -> None:
        """Set ``record.name`` to ``new`` and note the change when it differs."""
        old = getattr(record, name)
        if isinstance(old, str) and isinstance(new, str):
            column = _COLUMNS[row.sheet].get(_RECORD_FIELD_COLUMN.get(name, name))
            one_line = column is None or column.kind != "text"
            differs = normalised(old, one_line=one_line) != new
        else:
            differs = old != new
        if differs:
            show = shown or _shown
            row.changes[_RECORD_FIELD_COLUMN.get(name, name)] = (show(old), show(new))
            setattr(record, name, new)

    def set_links(self, row: PlanRow, name: str, old: Iterable[str], new: Iterable[str]) -> bool:
        """Note a change of a list compared as a set (case ignored); True when it changed."""
        old_items, new_items = tuple(old), tuple(new)
        if {name_key(item) for item in old_items} == {name_key(item) for item in new_items}:
            return False
        row.changes[name] = (_shown(old_items), _shown(new_items))
        return True

    def unique(
        self, sheet: SheetPreview, row: PlanRow, name: str, seen: dict[str, int]
    ) -> str | None:
        """The row's code key, or None (with a problem) when it is empty or repeated."""
        code = row.values.get(name) or ""
        if not code:
            if not any(problem.key == name for problem in row.problems):
                message = translate("Validation", "This field is required.")
                self.problem(sheet, row, name, message)
            return None
        key = code_key(code)
        if key in seen:
            message = _tr("the code {code} is also on row {row} of this sheet.")
            self.problem(sheet, row, name, message.format(code=code, row=seen[key]))
            return None
        seen[key] = row.row
        return key

    def finish(self, row: PlanRow, stored: bool) -> None:
        if row.valid:
            row.status = ("update" if row.changes else "unchanged") if stored else "create"

    # References to the stakeholder register.

    def organisation(self, name: str, current: int | None) -> int | None:
        if not name:
            return None
        ids = self.snapshot.organisation_by_name.get(name_key(name), [])
        if current in ids:
            return current
        if not ids:
            message = _tr(
                "there is no organisation {name} in the stakeholder register;"
                " add it there first, or correct the name."
            )
            raise CellProblem(message.format(name=name))
        return ids[0]

    def person(self, text: str, current: int | None) -> int | None:
        if not text:
            return None
        index = self.snapshot.person_by_email if "@" in text else self.snapshot.person_by_name
        ids = index.get(name_key(text), [])
        if current in ids:
            return current
        if len(ids) == 1:
            return ids[0]
        if not ids:
            message = _tr(
                "there is no person {name} in the stakeholder register; write their e-mail"
                " address or their first and last name as stored."
            )
        else:
            message = _tr(
                "{count} people in the stakeholder register are called {name};"
                " write the e-mail address of the one you mean."
            )
        raise CellProblem(message.format(name=text, count=len(ids)))

    def objective_id(self, code: str) -> int:
        ids = self.snapshot.objective_by_code.get(code_key(code), [])
        if len(ids) == 1:
            return ids[0]
        if not ids:
            raise CellProblem(_tr("no objective has the code {code}.").format(code=code))
        message = _tr("{count} objectives have the code {code}; renumber them in lagdesk first.")
        raise CellProblem(message.format(count=len(ids), code=code))

    def action_problem(self, code: str) -> str | None:
        """Why ``code`` names no one action (None when the database or the file has it)."""
        key = code_key(code)
        stored = len(self.snapshot.action_by_code.get(key, []))
        if key in self.file_actions or stored == 1:
            return None
        if stored > 1:
            message = _tr(
                "{count} stored actions have the code {code}; give them different codes"
                " in lagdesk first."
            )
            return message.format(count=stored, code=code)
        return _tr("no action has the code {code}.").format(code=code)

    def check_actions(
        self, sheet: SheetPreview, row: PlanRow, name: str, codes: Iterable[str]
    ) -> None:
        for code in codes:
            message = self.action_problem(code)
            if message is not None:
                self.problem(sheet, row, name, message)

    def resolve(self, sheet: SheetPreview, row: PlanRow, name: str, find: Callable[[], Any]) -> Any:
        """``find()``, or None with a problem on ``name`` when it raises CellProblem."""
        try:
            return find()
        except CellProblem as exc:
            self.problem(sheet, row, name, str(exc))
            return None

    # Actions.

    def actions(self, sheet: SheetPreview) -> None:
        seen: dict[str, int] = {}
        for row in sheet.rows:
            key = self.unique(sheet, row, "code", seen)
            if key is not None:
                self.file_actions[key] = row
        for row in sheet.rows:
            key = code_key(row.values.get("code") or "")
            if key and self.file_actions.get(key) is row:
                self.action(sheet, row, key)

    def action(self, sheet: SheetPreview, row: PlanRow, key: str) -> None:
        values, present, snapshot = row.values, _readable(sheet, row), self.snapshot
        ids = snapshot.action_by_code.get(key, [])
        if len(ids) > 1:
            message = _tr(
                "{count} stored actions have the code {code}; give them different codes"
                " in lagdesk first."
            )
            self.problem(sheet, row, "code", message.format(count=len(ids), code=values["code"]))
            return
        stored = snapshot.actions[ids[0]] if ids else None
        record: r.Action = replace(stored) if stored else _blank(r.Action)
        if stored is None:
            record.code = values["code"]
        elif "code" in present:
            self.set_field(row, record, "code", values["code"])
        if "objective_code" in present:
            code = values.get("objective_code") or ""
            objective = None
            if not code:
                self.problem(
                    sheet, row, "objective_code", translate("Validation", "This field is required.")
                )
            else:
                objective = self.resolve(
                    sheet, row, "objective_code", lambda: self.objective_id(code)
                )
            if objective is not None:
                self.set_field(row, record, "objective_id", objective,
                               shown=lambda o: snapshot.objective_code(o) if o else "")  # fmt: skip
        for name in ("title", "description", "type", "start_date", "end_date", "status",
                     "progress_percent", "estimated_cost", "expected_result", "outputs",
                     "gender_dimension"):  # fmt: skip
            if name in present and not (
                stored is None
                and values.get(name) is None
                and name in ("status", "progress_percent")
            ):
                self.set_field(row, record, name, values.get(name))
        if "lead_organisation" in present:
            name = values.get("lead_organisation") or ""
            current = stored.lead_organisation_id if stored else None
            found = self.resolve(
                sheet, row, "lead_organisation", lambda: self.organisation(name, current)
            )
            if found is not None or not name:
                self.set_field(row, record, "lead_organisation_id", found,
                               shown=snapshot.organisation_text)  # fmt: skip
        if "responsible_person" in present:
            text = values.get("responsible_person") or ""
            current = stored.responsible_person_id if stored else None
            found = self.resolve(
                sheet, row, "responsible_person", lambda: self.person(text, current)
            )
            if found is not None or not text:
                self.set_field(row, record, "responsible_person_id", found,
                               shown=snapshot.person_text)  # fmt: skip
        stored_id = stored.id if stored else None
        if "partners" in present:
            names = values.get("partners") or ()
            found_ids: list[int] = []
            for name in names:
                organisation = self.resolve(
                    sheet, row, "partners", functools.partial(self.organisation, name, None)
                )
                if organisation is not None:
                    found_ids.append(organisation)
            old = [snapshot.organisations[o] for o in snapshot.partners.get(stored_id or 0, [])]
            new = [snapshot.organisations[o] for o in found_ids]
            if self.set_links(row, "partners", sorted(old), new):
                row.refs["partners"] = found_ids
        if "tags" in present:
            tags = [tag.casefold() for tag in values.get("tags") or ()]
            if self.set_links(row, "tags", sorted(snapshot.tags.get(stored_id or 0, [])), tags):
                row.refs["tags"] = tags
        if record.objective_id is not None and (
            stored is None or record.objective_id != stored.objective_id
        ):
            record.position = self.next_position.get(record.objective_id, 0)
            self.next_position[record.objective_id] = record.position + 1
        if stored is None:
            row.changes.clear()
        self.check_record(sheet, row, record)
        row.record = record
        self.finish(row, stored is not None)

    # Funding.

    def funding(self, sheet: SheetPreview) -> None:
        by_action: dict[str, list[PlanRow]] = defaultdict(list)
        for row in sheet.rows:
            code = row.values.get("action_code") or ""
            if not code:
                self.problem(
                    sheet, row, "action_code", translate("Validation", "This field is required.")
                )
            else:
                self.check_actions(sheet, row, "action_code", [code])
            record: r.FundingLine = _blank(r.FundingLine)
            record.action_id = 0  # resolved when applied
            for name in ("source", "amount", "status", "note"):
                if name in sheet.present and not (
                    name == "status" and row.values.get(name) is None
                ):
                    setattr(record, name, row.values.get(name))
            self.check_record(sheet, row, record)
            row.record = record
            if code:
                by_action[code_key(code)].append(row)
        scope = set(by_action) | set(self.file_actions)
        for key in sorted(scope):
            ids = self.snapshot.action_by_code.get(key, [])
            stored = list(self.snapshot.funding.get(ids[0], [])) if len(ids) == 1 else []
            rows = by_action.get(key, [])
            if not all(row.valid for row in rows):
                continue  # the import is refused: what would be removed is not yet known
            self.pair_funding(sheet, rows, stored)
            self.warn_above_cost(sheet, key, by_action.get(key, []))

    def pair_funding(
        self, sheet: SheetPreview, rows: list[PlanRow], stored: list[r.FundingLine]
    ) -> None:
        present = sheet.present
        valid = [row for row in rows if row.valid]
        compared = [name for name in ("source", "amount", "status", "note") if name in present]

        def same(line: r.FundingLine, row: PlanRow, names: Sequence[str]) -> bool:
            return all(
                (normalised(line.note) if name == "note" else getattr(line, name))
                == getattr(row.record, name)
                for name in names
            )

        for names in (compared, ("source", "status"), ("source",), ()):
            for row in [row for row in valid if row.record.id is None]:
                match = next((line for line in stored if same(line, row, names)), None)
                if match is None:
                    continue
                stored.remove(match)
                record = replace(match)
                for name in compared:
                    self.set_field(row, record, name, getattr(row.record, name))
                row.record = record
                row.status = "update" if row.changes else "unchanged"
        for row in valid:
            if row.record.id is None:
                row.status = "create"
        for line in stored:
            assert line.id is not None
            code = self.snapshot.action_code(line.action_id)
            description = _tr("{action}: {source}, {amount} ({status})").format(
                action=code, source=label(line.source), amount=_shown(line.amount),
                status=label(line.status),
            )  # fmt: skip
            sheet.removals.append(Removal(sheet.key, line.id, description))

    def warn_above_cost(self, sheet: SheetPreview, key: str, rows: list[PlanRow]) -> None:
        valid = [row for row in rows if row.valid]
        if not valid:
            return
        action_row = self.file_actions.get(key)
        if action_row is not None and action_row.record is not None:
            cost = action_row.record.estimated_cost
        else:
            ids = self.snapshot.action_by_code.get(key, [])
            cost = self.snapshot.actions[ids[0]].estimated_cost if len(ids) == 1 else None
        total = sum((row.record.amount for row in valid), Decimal(0))
        if cost is not None and total > cost:
            message = _tr(
                "the funding lines of action {code} add up to {total}, more than its"
                " estimated cost of {cost}."
            ).format(code=valid[0].values["action_code"], total=_shown(total), cost=_shown(cost))
            self.warn(sheet, valid[0], "amount", message)

    # Indicators.

    def indicators(self, sheet: SheetPreview) -> None:
        seen: dict[str, int] = {}
        for row in sheet.rows:
            key = self.unique(sheet, row, "code", seen)
            if key is not None:
                self.file_indicators[key] = row
        for row in sheet.rows:
            key = code_key(row.values.get("code") or "")
            if key and self.file_indicators.get(key) is row:
                self.indicator(sheet, row, key)

    def indicator(self, sheet: SheetPreview, row: PlanRow, key: str) -> None:
        values, present, snapshot = row.values, _readable(sheet, row), self.snapshot
        stored_id = snapshot.indicator_by_code.get(key)
        stored = snapshot.indicators[stored_id] if stored_id is not None else None
        record: r.Indicator = replace(stored) if stored else _blank(r.Indicator)
        if stored is None:
            record.code = values["code"]
        for column in INDICATORS.columns:
            name = column.field
            if name in ("objectives", "actions") or name not in present:
                continue
            new = values.get(name)
            if stored is None and new is None and column.kind == "enum":
                continue  # the default of a new indicator
            self.set_field(row, record, name, new)
        if "objectives" in present:
            codes = values.get("objectives") or ()
            found: list[int] = []
            for code in codes:
                objective = self.resolve(
                    sheet, row, "objectives", functools.partial(self.objective_id, code)
                )
                if objective is not None:
                    found.append(objective)
            old = [
                snapshot.objective_code(o)
                for o in snapshot.indicator_objectives.get(stored_id or 0, [])
            ]
            if self.set_links(row, "objectives", _joined_codes(old), codes):
                row.refs["objectives"] = found
        if "actions" in present:
            codes = values.get("actions") or ()
            self.check_actions(sheet, row, "actions", codes)
            old = [
                snapshot.action_code(a) for a in snapshot.indicator_actions.get(stored_id or 0, [])
            ]
            if self.set_links(row, "actions", _joined_codes(old), codes):
                row.refs["actions"] = list(codes)
        if stored is None:
            row.changes.clear()
        self.check_record(sheet, row, record)
        row.record = record
        self.finish(row, stored is not None)

    def indicator_of(self, code: str) -> r.Indicator | None:
        """The indicator a code names: the file's version when the file has it."""
        key = code_key(code)
        row = self.file_indicators.get(key)
        if row is not None and row.record is not None:
            return row.record  # type: ignore[no-any-return]
        stored = self.snapshot.indicator_by_code.get(key)
        return self.snapshot.indicators[stored] if stored is not None else None

    # Measurements.

    def measurement_row(self, sheet: SheetPreview, row: PlanRow) -> r.Indicator | None:
        """Check one measurement row; its record and the indicator it belongs to."""
        values = row.values
        code = values.get("indicator_code") or ""
        indicator = self.indicator_of(code) if code else None
        if not code:
            self.problem(
                sheet, row, "indicator_code", translate("Validation", "This field is required.")
            )
        elif indicator is None:
            self.problem(
                sheet,
                row,
                "indicator_code",
                _tr("no indicator has the code {code}.").format(code=code),
            )
        record = r.Measurement(
            indicator_id=indicator.id or 0 if indicator is not None else 0,
            measured_on=values.get("measured_on"),  # type: ignore[arg-type]
            value=values.get("value"),  # type: ignore[arg-type]
            source_note=values.get("source_note") or "",
            entered_by=values.get("entered_by") or "",
        )
        # A measurement has no rule beyond its date and value (validation would check
        # only that, at a cost that shows on 50,000 rows).
        for name in ("measured_on", "value"):
            if getattr(record, name) is None and not any(p.key == name for p in row.problems):
                self.problem(sheet, row, name, translate("Validation", "This field is required."))
        row.record = record
        if not row.valid or indicator is None:
            return None
        baseline = indicator.baseline_date
        if baseline is not None and record.measured_on < baseline:
            message = _tr("the date is before the indicator's baseline date ({baseline}).")
            self.warn(sheet, row, "measured_on", message.format(baseline=baseline.isoformat()))
        women, men = values.get("women"), values.get("men")
        if (
            women is not None
            and men is not None
            and not math.isclose(women + men, record.value, abs_tol=1e-9)
        ):
            message = _tr("women and men add up to {sum}, not to the value {value}.")
            self.warn(
                sheet,
                row,
                "value",
                message.format(sum=_shown(women + men), value=_shown(record.value)),
            )
        return indicator

    def by_sex_changes(self, sheet: SheetPreview, row: PlanRow, measurement_id: int | None) -> None:
        stored = self.snapshot.by_sex.get(measurement_id or 0, {})
        for name, category in (("women", WOMEN), ("men", MEN)):
            if name not in sheet.present:
                continue
            old, new = stored.get(category), row.values.get(name)
            if old != new:
                row.changes[name] = (_shown(old), _shown(new))
                row.refs[name] = new

    def measurements(self, sheet: SheetPreview) -> None:
        groups: dict[tuple[str, date], list[PlanRow]] = defaultdict(list)
        for row in sheet.rows:
            indicator = self.measurement_row(sheet, row)
            if indicator is not None:
                groups[(code_key(row.values["indicator_code"]), row.record.measured_on)].append(row)
        on_day = self.snapshot.measurements_on_day()
        compared = [
            name for name in ("value", "source_note", "entered_by") if name in sheet.present
        ]

        def same(measurement: r.Measurement, row: PlanRow) -> bool:
            sex = self.snapshot.by_sex.get(measurement.id or 0, {})
            return all(
                (normalised(getattr(measurement, name)) if name != "value" else measurement.value)
                == getattr(row.record, name)
                for name in compared
            ) and all(
                sex.get(category) == row.values.get(name)
                for name, category in (("women", WOMEN), ("men", MEN))
                if name in sheet.present
            )

        for group_key, rows in groups.items():
            indicator_id = self.snapshot.indicator_by_code.get(group_key[0], -1)
            stored = list(on_day.get((indicator_id, group_key[1]), []))
            for exact in (True, False):
                for row in [row for row in rows if row.record.id is None]:
                    match = next((s for s in stored if not exact or same(s, row)), None)
                    if match is None:
                        continue
                    stored.remove(match)
                    record = replace(match)
                    for name in compared:
                        self.set_field(row, record, name, getattr(row.record, name))
                    self.by_sex_changes(sheet, row, match.id)
                    row.record = record
                    row.status = "update" if row.changes else "unchanged"
            for row in rows:
                if row.record.id is None:
                    row.status = "create"
                    for part in ("women", "men"):
                        if row.values.get(part) is not None:
                            row.refs[part] = row.values[part]

    def added_measurements(self, sheet: SheetPreview) -> None:
        """A list of measurements: every row is added unless it repeats a stored one."""
        seen: dict[tuple[int, date, float], int] = {}
        stored_on = self.snapshot.measurements_on_day()
        for row in sheet.rows:
            indicator = self.measurement_row(sheet, row)
            if indicator is None:
                continue
            record = row.record
            key = (indicator.id or 0, record.measured_on, record.value)
            on_day = stored_on.get((indicator.id or 0, record.measured_on), [])
            if any(s.value == record.value for s in on_day):
                row.status = "skip"
                row.skip_reason = _tr("the same indicator, date and value are stored already.")
            elif key in seen:
                row.status = "skip"
                row.skip_reason = _tr("it repeats row {row}.").format(row=seen[key])
            else:
                seen[key] = row.row
                row.status = "create"
                for name in ("women", "men"):
                    if row.values.get(name) is not None:
                        row.refs[name] = row.values[name]
                if on_day:
                    message = _tr(
                        "a measurement of {value} on this date is stored already; this one is"
                        " added beside it."
                    )
                    self.warn(
                        sheet, row, "measured_on", message.format(value=_shown(on_day[0].value))
                    )

    # Risks.

    def risks(self, sheet: SheetPreview) -> None:
        seen: dict[str, int] = {}
        by_title: dict[str, list[int]] = defaultdict(list)
        for risk in self.snapshot.risks.values():
            if not risk.code.strip():
                by_title[name_key(risk.title)].append(risk.id or 0)
        claimed: set[int] = set()
        for row in sheet.rows:
            code = row.values.get("code") or ""
            stored: r.Risk | None = None
            if code:
                if self.unique(sheet, row, "code", seen) is None:
                    continue
                stored = next(
                    (
                        risk
                        for risk in self.snapshot.risks.values()
                        if code_key(risk.code) == code_key(code)
                    ),
                    None,
                )
            else:
                free = [
                    i
                    for i in by_title.get(name_key(row.values.get("title") or ""), [])
                    if i not in claimed
                ]
                stored = self.snapshot.risks[free[0]] if free else None
            if stored is not None:
                claimed.add(stored.id or 0)
            self.risk(sheet, row, stored)

    def risk(self, sheet: SheetPreview, row: PlanRow, stored: r.Risk | None) -> None:
        values, present, snapshot = row.values, _readable(sheet, row), self.snapshot
        record: r.Risk = replace(stored) if stored else _blank(r.Risk)
        if stored is None:
            if not snapshot.plan_ids:
                self.problem(
                    sheet,
                    row,
                    "code",
                    _tr("the database has no plan yet; create it in lagdesk first."),
                )
                return
            record.plan_id = snapshot.plan_ids[0]
        for name in (
            "code",
            "title",
            "description",
            "category",
            "likelihood",
            "impact",
            "mitigation",
            "status",
        ):
            if name in present and not (
                stored is None and name == "status" and values.get(name) is None
            ):
                self.set_field(
                    row,
                    record,
                    name,
                    values.get(name) if name != "code" else values.get(name) or "",
                )
        if "owner" in present:
            text = values.get("owner") or ""
            current = stored.owner_person_id if stored else None
            found = self.resolve(sheet, row, "owner", lambda: self.person(text, current))
            if found is not None or not text:
                self.set_field(row, record, "owner_person_id", found, shown=snapshot.person_text)
        if "actions" in present:
            codes = values.get("actions") or ()
            self.check_actions(sheet, row, "actions", codes)
            old = [
                snapshot.action_code(a)
                for a in snapshot.risk_actions.get(stored.id or 0 if stored else 0, [])
            ]
            if self.set_links(row, "actions", _joined_codes(old), codes):
                row.refs["actions"] = list(codes)
        if stored is None:
            row.changes.clear()
        self.check_record(sheet, row, record)
        row.record = record
        self.finish(row, stored is not None)


def _sort_messages(preview: PlanImportPreview) -> None:
    for sheet in preview.sheets.values():
        order = {column.field: index for index, column in enumerate(sheet.spec.columns)}
        for row in sheet.rows:
            row.problems.sort(key=lambda problem: order.get(problem.key, len(order)))
            row.warnings.sort(key=lambda problem: order.get(problem.key, len(order)))


def plan_plan_import(database: Database, path: Path | str) -> PlanImportPreview:
    """Read a plan workbook (.xlsx) and compare it with ``database``; writes nothing.

    Raises ImportFileError (a LagdeskError) for a file that cannot be read at all, or that
    has none of the sheets, or a sheet without its key column; problems of single rows are
    in the preview, each naming the file, sheet, row and column.
    """
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        message = _tr("a plan is imported from an Excel workbook (.xlsx) as lagdesk exports it.")
        raise PlanImportError(path, message)
    first = read_rows(path)
    tables: dict[str, SheetRows] = {}
    for spec in SHEETS:
        name = _sheet_named(first.sheets, spec)
        if name is not None:
            tables[spec.key] = first if name == first.sheet else read_rows(path, sheet=name)
    if not tables:
        message = _tr("the workbook has none of the sheets {sheets}; its sheets are: {names}.")
        raise PlanImportError(
            path,
            message.format(
                sheets=", ".join(spec.label for spec in SHEETS), names=", ".join(first.sheets)
            ),
        )
    preview = PlanImportPreview(path, "xlsx")
    for spec in SHEETS:
        if spec.key in tables:
            preview.sheets[spec.key] = read_sheet(spec, tables[spec.key])
    planner = _Planner(preview, PlanSnapshot.load(database))
    steps: dict[str, Callable[[SheetPreview], None]] = {
        "actions": planner.actions,
        "funding": planner.funding,
        "indicators": planner.indicators,
        "measurements": planner.measurements,
        "risks": planner.risks,
    }
    for key, step in steps.items():
        if key in preview.sheets:
            step(preview.sheets[key])
    _sort_messages(preview)
    return preview


def plan_measurement_import(
    database: Database,
    path: Path | str,
    *,
    encoding: str | None = None,
    sheet: str | None = None,
) -> PlanImportPreview:
    """Read a list of measurements (.xlsx or .csv) to add; writes nothing.

    A workbook is read from ``sheet``, or else from its Measurements sheet when it has one
    (a plan workbook), or else from its first sheet.
    """
    path = Path(path)
    table = read_rows(path, encoding=encoding, sheet=sheet)
    if sheet is None and table.format == "xlsx":
        name = _sheet_named(table.sheets, MEASUREMENTS)
        if name is not None and name != table.sheet:
            table = read_rows(path, sheet=name)
    if not table.rows:
        raise PlanImportError(path, _tr("the file has no rows."))
    preview = PlanImportPreview(
        path, table.format, add_only=True, encoding=table.encoding, delimiter=table.delimiter
    )
    sheet_preview = read_sheet(MEASUREMENTS, table)
    preview.sheets[MEASUREMENTS.key] = sheet_preview
    planner = _Planner(preview, PlanSnapshot.load(database, people=False))
    planner.added_measurements(sheet_preview)
    _sort_messages(preview)
    return preview


# --- Applying ---------------------------------------------------------------------------------


@dataclass
class SheetSummary:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    skipped: int = 0


@dataclass
class PlanImportSummary:
    sheets: dict[str, SheetSummary] = field(default_factory=dict)
    #: True when nothing was kept: the summary says what the import would have done.
    dry_run: bool = False

    @property
    def created(self) -> int:
        return sum(sheet.created for sheet in self.sheets.values())

    @property
    def updated(self) -> int:
        return sum(sheet.updated for sheet in self.sheets.values())

    @property
    def deleted(self) -> int:
        return sum(sheet.deleted for sheet in self.sheets.values())


class _Rollback(Exception):
    """Leaves the transaction of a dry run without committing it."""


class _Writer:
    """Writes a preview inside one session, sheet by sheet."""

    def __init__(self, session: Session, preview: PlanImportPreview) -> None:
        self.session = session
        self.preview = preview
        self.summary = PlanImportSummary(sheets={key: SheetSummary() for key in preview.sheets})
        actions = session.execute(sa.select(m.Action.code, m.Action.id).order_by(m.Action.id))
        self.action_ids: dict[str, int] = {}
        for code, action_id in actions:
            self.action_ids.setdefault(code_key(code), action_id)
        indicators = session.execute(sa.select(m.Indicator.code, m.Indicator.id))
        self.indicator_ids = {code_key(code): ident for code, ident in indicators}

    def rows(self, key: str) -> Iterable[PlanRow]:
        sheet = self.preview.sheets.get(key)
        summary = self.summary.sheets.get(key)
        if sheet is None or summary is None:
            return
        for row in sheet.rows:
            if row.status == "unchanged":
                summary.unchanged += 1
            elif row.status == "skip":
                summary.skipped += 1
            else:
                if row.status == "create":
                    summary.created += 1
                else:
                    summary.updated += 1
                yield row

    def replace_links(
        self, model: Any, owner: str, owner_id: int, other: str, ids: Iterable[int]
    ) -> None:
        self.session.execute(sa.delete(model).where(getattr(model, owner) == owner_id))
        for other_id in dict.fromkeys(ids):
            self.session.add(model(**{owner: owner_id, other: other_id}))

    def action_id(self, code: str) -> int:
        return self.action_ids[code_key(code)]

    def actions(self) -> None:
        for row in self.rows("actions"):
            saved = store.write(self.session, row.record)
            self.action_ids[code_key(saved.code)] = saved.id
            if "partners" in row.refs:
                self.replace_links(
                    m.ActionPartner, "action_id", saved.id, "organisation_id", row.refs["partners"]
                )
            if "tags" in row.refs:
                self.replace_links(m.ActionTag, "action_id", saved.id, "tag", row.refs["tags"])
        self.session.flush()

    def funding(self) -> None:
        sheet = self.preview.sheets.get("funding")
        if sheet is None:
            return
        for removal in sheet.removals:
            self.session.execute(sa.delete(m.FundingLine).where(m.FundingLine.id == removal.id))
            self.summary.sheets["funding"].deleted += 1
        for row in self.rows("funding"):
            record = row.record
            if record.id is None:
                record.action_id = self.action_id(row.values["action_code"])
            store.write(self.session, record)

    def indicators(self) -> None:
        for row in self.rows("indicators"):
            saved = store.write(self.session, row.record)
            self.indicator_ids[code_key(saved.code)] = saved.id
            if "objectives" in row.refs:
                self.replace_links(
                    m.IndicatorObjective,
                    "indicator_id",
                    saved.id,
                    "objective_id",
                    row.refs["objectives"],
                )
            if "actions" in row.refs:
                ids = [self.action_id(code) for code in row.refs["actions"]]
                self.replace_links(m.IndicatorAction, "indicator_id", saved.id, "action_id", ids)
        self.session.flush()

    def measurements(self) -> None:
        for row in self.rows("measurements"):
            record = row.record
            if record.id is None:
                record.indicator_id = self.indicator_ids[code_key(row.values["indicator_code"])]
            saved = store.write(self.session, record)
            for name, category in (("women", WOMEN), ("men", MEN)):
                if name not in row.refs:
                    continue
                self.session.execute(
                    sa.delete(m.MeasurementBreakdown).where(
                        m.MeasurementBreakdown.measurement_id == saved.id,
                        m.MeasurementBreakdown.dimension == SEX,
                        m.MeasurementBreakdown.category == category,
                    )
                )
                if row.refs[name] is not None:
                    self.session.add(
                        m.MeasurementBreakdown(
                            measurement_id=saved.id, dimension=SEX, category=category,
                            value=row.refs[name],
                        )
                    )  # fmt: skip

    def risks(self) -> None:
        for row in self.rows("risks"):
            saved = store.write(self.session, row.record)
            if "actions" in row.refs:
                ids = [self.action_id(code) for code in row.refs["actions"]]
                self.replace_links(m.RiskAction, "risk_id", saved.id, "action_id", ids)


def apply_plan_import(
    database: Database, preview: PlanImportPreview, *, dry_run: bool = False
) -> PlanImportSummary:
    """Write ``preview`` in one transaction and say what was done.

    With any invalid row, raises ValidationError listing every problem and writes nothing.
    A preview that changes nothing does not touch the file. ``dry_run`` does all the work
    and rolls it back.
    """
    problems = preview.problems
    if problems:
        raise ValidationError(problems)
    if not preview.changes_anything:
        writer_summary = PlanImportSummary(
            sheets={
                key: SheetSummary(unchanged=counts.unchanged, skipped=counts.skipped)
                for key, counts in preview.counts.items()
            },
            dry_run=dry_run,
        )
        return writer_summary
    writer: _Writer | None = None
    try:
        with database.session() as session:
            writer = _Writer(session, preview)
            writer.actions()
            writer.funding()
            writer.indicators()
            writer.measurements()
            writer.risks()
            if dry_run:
                writer.summary.dry_run = True
                raise _Rollback
    except _Rollback:
        pass
    except ValidationError:
        raise
    except sa.exc.IntegrityError as exc:
        raise store.IntegrityProblem(store.integrity_message(exc)) from exc
    except sa.exc.OperationalError as exc:
        raise translate_sqlite_error(database.path, exc) from exc
    assert writer is not None
    return writer.summary


def apply_measurement_import(
    database: Database, preview: PlanImportPreview, *, dry_run: bool = False
) -> PlanImportSummary:
    """Add the measurements of a list read by plan_measurement_import, in one transaction."""
    if not preview.add_only:
        raise LagdeskError(_tr("This preview is of a plan workbook; apply it as a plan import."))
    return apply_plan_import(database, preview, dry_run=dry_run)


__all__ = [
    "ACTIONS",
    "FUNDING",
    "INDICATORS",
    "MEASUREMENTS",
    "RISKS",
    "SHEETS",
    "Column",
    "PlanImportError",
    "PlanImportPreview",
    "PlanImportSummary",
    "PlanRow",
    "PlanSnapshot",
    "Removal",
    "SheetCounts",
    "SheetData",
    "SheetPreview",
    "SheetSpec",
    "SheetSummary",
    "apply_measurement_import",
    "apply_plan_import",
    "plan_measurement_import",
    "plan_plan_import",
    "workbook_sheets",
]
