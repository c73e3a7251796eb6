"""What the database holds for the plan workbook (``PlanSnapshot``, read in a fixed number
of queries) and the sheets the export writes from it (``workbook_sheets``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.plan.numbering import natural_key
from lagdesk.core.plan.workbook.sheets import (
    ACTIONS,
    FUNDING,
    INDICATORS,
    MEASUREMENTS,
    MEN,
    RISKS,
    SEX,
    SHEETS,
    WOMEN,
    Column,
    SheetSpec,
    code_key,
)
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.core.support.labels import label
from lagdesk.core.support.table_files.cells import name_key
from lagdesk.db import models as m
from lagdesk.db.base import Base
from lagdesk.db.database import Database

# --- What the database holds ------------------------------------------------------------

#: The tables a plan import is compared with and writes to.
PLAN_TABLES = (
    "plan", "objective", "action", "action_partner", "action_tag", "funding_line",
    "indicator", "indicator_objective", "indicator_action", "measurement",
    "measurement_breakdown", "risk", "risk_action", "organisation", "person",
)  # fmt: skip


def plan_state(session: Session) -> tuple[object, ...]:
    """Rows, highest id and latest change of each of PLAN_TABLES, in one query: when any
    row is added, removed or saved, this changes, so an import made from an older preview
    can tell (see writer.apply_plan_import)."""
    columns: list[sa.ColumnElement[Any]] = []
    for name in PLAN_TABLES:
        table = Base.metadata.tables[name]
        columns.append(sa.select(sa.func.count()).select_from(table).scalar_subquery())
        for column in ("id", "updated_at"):
            if column in table.c:
                columns.append(sa.select(sa.func.max(table.c[column])).scalar_subquery())
    return tuple(session.execute(sa.select(*columns)).one())


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
    #: plan_state when the snapshot was read.
    state: tuple[object, ...] = ()
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
        self.state = plan_state(session)
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
