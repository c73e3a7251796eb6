"""Reading and writing what the Indicators area shows: indicator rows with their objective
codes, the measurements of one indicator (with values by sex), and measurements added one
by one or pasted from a spreadsheet.

Every read takes a constant number of queries, whatever the number of indicators.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from lagdesk.core import records, store
from lagdesk.core.errors import FieldProblem, ValidationError
from lagdesk.db import models as m
from lagdesk.db.codes import Disaggregation
from lagdesk.db.database import Database
from lagdesk.i18n import translate

#: Breakdown dimension and categories of a measurement by sex.
SEX = "sex"
FEMALE = "female"
MALE = "male"


@dataclass(frozen=True)
class IndicatorRow:
    """An indicator and the codes of the objectives it is linked to (in code order)."""

    indicator: records.Indicator
    objective_codes: tuple[str, ...]

    @property
    def id(self) -> int | None:
        return self.indicator.id


@dataclass(frozen=True)
class MeasurementRow:
    """A measurement with its values by sex (None when not broken down)."""

    measurement: records.Measurement
    women: float | None = None
    men: float | None = None

    @property
    def id(self) -> int | None:
        return self.measurement.id


def _code_key(code: str) -> tuple[int | str, ...]:
    return tuple(int(part) if part.isdigit() else part for part in code.split("."))


def indicator_rows(database: Database) -> list[IndicatorRow]:
    """Every indicator in code order with its objective codes; two queries."""
    with database.reading() as session:
        indicators = [
            store.to_record(records.Indicator, row)
            for row in session.scalars(sa.select(m.Indicator))
        ]
        links = session.execute(
            sa.select(m.IndicatorObjective.indicator_id, m.Objective.code).join(
                m.Objective, m.Objective.id == m.IndicatorObjective.objective_id
            )
        ).all()
    codes: dict[int, list[str]] = defaultdict(list)
    for indicator_id, code in links:
        codes[indicator_id].append(code)
    indicators.sort(key=lambda item: _code_key(item.code))
    return [
        IndicatorRow(item, tuple(sorted(codes.get(item.id or 0, []), key=_code_key)))
        for item in indicators
    ]


def measurement_rows(database: Database, indicator_id: int) -> list[MeasurementRow]:
    """The measurements of one indicator by date (then entry order); two queries."""
    with database.reading() as session:
        found = [
            store.to_record(records.Measurement, row)
            for row in session.scalars(
                sa.select(m.Measurement)
                .where(m.Measurement.indicator_id == indicator_id)
                .order_by(m.Measurement.measured_on, m.Measurement.id)
            )
        ]
        parts = session.execute(
            sa.select(
                m.MeasurementBreakdown.measurement_id,
                m.MeasurementBreakdown.category,
                m.MeasurementBreakdown.value,
            )
            .join(m.Measurement, m.Measurement.id == m.MeasurementBreakdown.measurement_id)
            .where(
                m.Measurement.indicator_id == indicator_id,
                m.MeasurementBreakdown.dimension == SEX,
            )
        ).all()
    by_sex: dict[tuple[int, str], float] = {(mid, cat): value for mid, cat, value in parts}
    return [
        MeasurementRow(
            item,
            by_sex.get((item.id or 0, FEMALE)),
            by_sex.get((item.id or 0, MALE)),
        )
        for item in found
    ]


def milestones_of(database: Database, indicator_id: int) -> list[records.IndicatorMilestone]:
    """The milestones of one indicator by due date; one query."""
    return store.find(
        database,
        records.IndicatorMilestone,
        m.IndicatorMilestone.indicator_id == indicator_id,
        order_by=(m.IndicatorMilestone.due_on,),
    )


def before_baseline(indicator: records.Indicator, measured_on: date) -> bool:
    """A measurement dated before the indicator's baseline date (saved, but warned about)."""
    return indicator.baseline_date is not None and measured_on < indicator.baseline_date


def add_measurement(
    database: Database,
    measurement: records.Measurement,
    women: float | None = None,
    men: float | None = None,
) -> records.Measurement:
    """Store a new measurement and its values by sex in one transaction."""
    with database.session() as session:
        saved = store.write(session, measurement)
        assert saved.id is not None
        for category, value in ((FEMALE, women), (MALE, men)):
            if value is not None:
                store.write(
                    session,
                    records.MeasurementBreakdown(
                        measurement_id=saved.id, dimension=SEX, category=category, value=value
                    ),
                )
    return saved


def parse_pasted(indicator_id: int, text: str) -> list[records.Measurement]:
    """Tab-separated lines "date<TAB>value[<TAB>source note]" as measurements.

    Blank lines are skipped. Raises ``ValidationError`` naming every bad line (1-based).
    """
    found: list[records.Measurement] = []
    problems: list[FieldProblem] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        try:
            measured_on = date.fromisoformat(cells[0])
        except ValueError:
            message = translate("Indicators", "Line {line}: “{text}” is not a date (YYYY-MM-DD).")
            problems.append(
                FieldProblem("", message.format(line=number, text=cells[0]), row=number)
            )
            continue
        raw = cells[1] if len(cells) > 1 else ""
        try:
            value = float(raw.replace(",", ".").replace(" ", ""))
        except ValueError:
            message = translate("Indicators", "Line {line}: “{text}” is not a number.")
            problems.append(FieldProblem("", message.format(line=number, text=raw), row=number))
            continue
        note = cells[2] if len(cells) > 2 else ""
        found.append(
            records.Measurement(
                indicator_id=indicator_id, measured_on=measured_on, value=value, source_note=note
            )
        )
    if problems:
        raise ValidationError(problems)
    if not found:
        message = translate("Indicators", "There is nothing to paste: no “date, value” line.")
        raise ValidationError([FieldProblem("", message)])
    return found


def paste_measurements(database: Database, indicator_id: int, text: str) -> list[int]:
    """Parse ``text`` (see ``parse_pasted``) and store all its measurements in one
    transaction, or none; returns the new ids."""
    parsed = parse_pasted(indicator_id, text)
    return [saved.id for saved in store.save_all(database, parsed) if saved.id is not None]


def is_disaggregated(indicator: records.Indicator) -> bool:
    return indicator.disaggregation == Disaggregation.SEX
