"""Reading and writing what the Indicators area shows: indicator rows with their objective
codes, the measurements of one indicator (with values by sex), and measurements added one
by one or pasted from a spreadsheet.

Every read takes a constant number of queries, whatever the number of indicators.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.plan.numbering import begin_change, natural_key
from lagdesk.core.support import records, store
from lagdesk.core.support.deletion import DeletedRows, delete_in, restore_in
from lagdesk.core.support.validation import label, problems_of
from lagdesk.db import models as m
from lagdesk.db.codes import Disaggregation
from lagdesk.db.database import Database
from lagdesk.errors import FieldProblem, NotFoundError, ValidationError
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


def indicator_rows(database: Database) -> list[IndicatorRow]:
    """Every indicator in code order with its objective codes; two queries."""
    names = [item.name for item in fields(records.Indicator)]
    columns = [getattr(m.Indicator, name) for name in names]
    with database.reading() as session:
        indicators = [
            records.Indicator(**dict(zip(names, row, strict=True)))
            for row in session.execute(sa.select(*columns))
        ]
        links = session.execute(
            sa.select(m.IndicatorObjective.indicator_id, m.Objective.code).join(
                m.Objective, m.Objective.id == m.IndicatorObjective.objective_id
            )
        ).all()
    codes: dict[int, list[str]] = defaultdict(list)
    for indicator_id, code in links:
        codes[indicator_id].append(code)
    indicators.sort(key=lambda item: natural_key(item.code))
    return [
        IndicatorRow(item, tuple(sorted(codes.get(item.id or 0, []), key=natural_key)))
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


# --- the indicator library: one indicator with its milestones and links -----------------

#: Longest code the database keeps (``indicator.code`` is VARCHAR(32)).
CODE_LENGTH = 32


@dataclass(frozen=True)
class IndicatorDetail:
    """An indicator with everything the indicator dialog edits: its milestones (by due
    date) and the objectives and actions it is linked to (by id)."""

    indicator: records.Indicator
    milestones: tuple[records.IndicatorMilestone, ...] = ()
    objective_ids: tuple[int, ...] = ()
    action_ids: tuple[int, ...] = ()

    @property
    def id(self) -> int | None:
        return self.indicator.id


@dataclass(frozen=True)
class LinkChoice:
    """An objective or action the dialog offers to link; ``parent_id`` places a specific
    objective under its strategic one (None for actions and strategic objectives)."""

    id: int
    code: str
    title: str
    parent_id: int | None = None


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str


@dataclass(frozen=True)
class IndicatorChoices:
    """What the indicator dialog's pickers list, each in code (or name) order."""

    objectives: tuple[LinkChoice, ...]
    actions: tuple[LinkChoice, ...]
    people: tuple[PersonChoice, ...]


def indicator_choices(database: Database) -> IndicatorChoices:
    """Every objective, action and person an indicator can be linked to (three queries)."""
    with database.reading() as session:
        objectives = [
            LinkChoice(row.id, row.code, row.title, row.parent_id)
            for row in session.execute(
                sa.select(
                    m.Objective.id, m.Objective.code, m.Objective.title, m.Objective.parent_id
                )
            )
        ]
        actions = [
            LinkChoice(row.id, row.code, row.title)
            for row in session.execute(sa.select(m.Action.id, m.Action.code, m.Action.title))
        ]
        people = [
            PersonChoice(person_id, f"{first or ''} {last or ''}".strip())
            for person_id, first, last in session.execute(
                sa.select(m.Person.id, m.Person.first_name, m.Person.last_name)
            )
        ]
    objectives.sort(key=lambda item: (natural_key(item.code), item.id))
    actions.sort(key=lambda item: (natural_key(item.code), item.id))
    people.sort(key=lambda item: (item.name.casefold(), item.id))
    return IndicatorChoices(tuple(objectives), tuple(actions), tuple(people))


def _link_ids(session: Session, column: Any, indicator_id: int) -> tuple[int, ...]:
    model = column.class_
    query = sa.select(column).where(model.indicator_id == indicator_id).order_by(column)
    return tuple(session.scalars(query))


def _detail_in(session: Session, indicator_id: int) -> IndicatorDetail:
    row = session.get(m.Indicator, indicator_id)
    if row is None:
        raise NotFoundError(translate("Indicators", "indicator"), indicator_id)
    milestones = session.scalars(
        sa.select(m.IndicatorMilestone)
        .where(m.IndicatorMilestone.indicator_id == indicator_id)
        .order_by(m.IndicatorMilestone.due_on, m.IndicatorMilestone.id)
    )
    return IndicatorDetail(
        indicator=store.to_record(records.Indicator, row),
        milestones=tuple(store.to_record(records.IndicatorMilestone, item) for item in milestones),
        objective_ids=_link_ids(session, m.IndicatorObjective.objective_id, indicator_id),
        action_ids=_link_ids(session, m.IndicatorAction.action_id, indicator_id),
    )


def load_indicator_detail(database: Database, indicator_id: int) -> IndicatorDetail:
    """An indicator with its milestones, objectives and actions (four queries)."""
    with database.reading() as session:
        return _detail_in(session, indicator_id)


def new_indicator_detail(database: Database) -> IndicatorDetail:
    """A blank indicator for the dialog, with a free code ("IND-1", "IND-2" ...)."""
    with database.reading() as session:
        taken = {code.casefold() for code in session.scalars(sa.select(m.Indicator.code))}
    number = 1
    while f"ind-{number}" in taken:
        number += 1
    return IndicatorDetail(records.Indicator(code=f"IND-{number}", name=""))


def _problem(key: str, message: str, row: int | None = None) -> FieldProblem:
    return FieldProblem(label(key), message, row=row, key=key)


def _code_problems(session: Session, indicator: records.Indicator) -> list[FieldProblem]:
    code = indicator.code
    if not code:
        return []  # "required" comes from the record's own checks
    if len(code) > CODE_LENGTH:
        message = translate("Indicators", "The code is longer than {limit} characters.")
        return [_problem("code", message.format(limit=CODE_LENGTH))]
    query = sa.select(m.Indicator.code, m.Indicator.name).where(
        sa.func.lower(m.Indicator.code) == code.lower()
    )
    if indicator.id is not None:
        query = query.where(m.Indicator.id != indicator.id)
    other = session.execute(query.limit(1)).first()
    if other is None:
        return []
    message = translate("Indicators", "Code {code} is already used by “{name}”.")
    return [_problem("code", message.format(code=other.code, name=other.name))]


def _milestone_problems(
    milestones: Sequence[records.IndicatorMilestone | None],
) -> list[FieldProblem]:
    """Each problem names the milestone's 1-based row; keys ``milestone.due_on`` /
    ``milestone.value``. A ``None`` entry is a row the dialog could not read at all."""
    found: list[FieldProblem] = []
    seen: dict[date, int] = {}
    for row, milestone in enumerate(milestones, start=1):
        due = None if milestone is None else milestone.due_on
        value = None if milestone is None else milestone.value
        if due is None:
            message = translate("Indicators", "Milestone {row} has no date.")
            found.append(_problem("milestone.due_on", message.format(row=row), row))
        elif due in seen:
            message = translate("Indicators", "Milestones {first} and {row} have the same date.")
            found.append(
                _problem("milestone.due_on", message.format(first=seen[due], row=row), row)
            )
        else:
            seen[due] = row
        if value is None or isinstance(value, bool) or not isinstance(value, int | float):
            message = translate("Indicators", "Milestone {row} has no value.")
            found.append(_problem("milestone.value", message.format(row=row), row))
    return found


def _missing_links(
    session: Session, model: type[m.Objective] | type[m.Action], key: str, wanted: set[int]
) -> list[FieldProblem]:
    if not wanted:
        return []
    existing = set(session.scalars(sa.select(model.id).where(model.id.in_(wanted))))
    if gone := wanted - existing:
        message = translate(
            "Indicators", "{count} linked items no longer exist; reopen the indicator."
        )
        return [_problem(key, message.format(count=len(gone)))]
    return []


def _sync_links(session: Session, column: Any, indicator_id: int, wanted: Iterable[int]) -> None:
    """Make the link table of ``column`` hold exactly ``wanted`` for the indicator."""
    model = column.class_
    have = set(_link_ids(session, column, indicator_id))
    chosen = set(wanted)
    if gone := have - chosen:
        session.execute(
            sa.delete(model).where(model.indicator_id == indicator_id, column.in_(gone))
        )
    if new := chosen - have:
        session.execute(
            sa.insert(model),
            [{"indicator_id": indicator_id, column.key: value} for value in sorted(new)],
        )


def _replace_milestones(
    session: Session, indicator_id: int, milestones: Sequence[records.IndicatorMilestone]
) -> None:
    """The indicator's milestones become exactly ``milestones``; each keeps its id when
    that id is free (so undo puts back the same rows)."""
    table = m.IndicatorMilestone
    session.execute(sa.delete(table).where(table.indicator_id == indicator_id))
    wanted = {item.id for item in milestones if item.id is not None}
    taken = (
        set(session.scalars(sa.select(table.id).where(table.id.in_(wanted)))) if wanted else set()
    )
    rows = []
    for item in milestones:
        values: dict[str, Any] = {
            "indicator_id": indicator_id,
            "due_on": item.due_on,
            "value": float(item.value),
        }
        if item.id is not None and item.id not in taken:
            values["id"] = item.id
            taken.add(item.id)
        rows.append(values)
    for values in rows:  # one by one: rows with and without an id differ in their keys
        session.execute(sa.insert(table).values(**values))


def save_indicator_detail(
    database: Database, detail: IndicatorDetail, loaded: records.Indicator | None = None
) -> IndicatorDetail:
    """Store a new (id None) or edited indicator with its milestones and links in one
    transaction; returns it as stored. Given the indicator as ``loaded`` (when the form
    opened), only its fields changed since are written (``store.write_changes``).

    Every problem is reported at once in a ``ValidationError`` naming its field, and
    nothing is written: code and name required, the code unique ("Code PROC-03 is already
    used by ..."), the target date not before the baseline date, each milestone with a
    date and a value (no two on one date), level/unit/polarity/accumulation/frequency one
    of their codes. Indicators and targets are part of the plan, so an approved plan
    version makes this start a new draft first.
    """
    indicator = replace(
        detail.indicator,
        code=(detail.indicator.code or "").strip(),
        name=(detail.indicator.name or "").strip(),
        eu_code=(detail.indicator.eu_code or "").strip(),
    )
    own_id = indicator.id or 0
    milestones = [
        None if item is None else replace(item, indicator_id=own_id) for item in detail.milestones
    ]
    problems = [*problems_of(indicator), *_milestone_problems(milestones)]
    try:
        with database.session() as session:
            problems += _code_problems(session, indicator)
            problems += _missing_links(
                session, m.Objective, "objective_ids", set(detail.objective_ids)
            )
            problems += _missing_links(session, m.Action, "action_ids", set(detail.action_ids))
            if problems:
                raise ValidationError(problems)
            if indicator.id is not None and session.get(m.Indicator, indicator.id) is None:
                raise NotFoundError(translate("Indicators", "indicator"), indicator.id)
            begin_change(session)
            stored = store.write_changes(session, loaded, indicator)
            assert stored.id is not None
            kept = [item for item in milestones if item is not None]
            _replace_milestones(session, stored.id, kept)
            _sync_links(session, m.IndicatorObjective.objective_id, stored.id, detail.objective_ids)
            _sync_links(session, m.IndicatorAction.action_id, stored.id, detail.action_ids)
            session.flush()
            return _detail_in(session, stored.id)
    except sa.exc.IntegrityError as exc:
        raise store.IntegrityProblem(store.integrity_message(exc)) from exc


def delete_indicator(database: Database, indicator_id: int) -> DeletedRows:
    """Delete an indicator with its measurements, milestones and links, in one transaction;
    ``restore_indicator`` puts all of it back with the same ids."""
    with database.session() as session:
        if session.get(m.Indicator, indicator_id) is None:
            raise NotFoundError(translate("Indicators", "indicator"), indicator_id)
        session.expunge_all()
        begin_change(session)
        return delete_in(session, records.Indicator, indicator_id)


def restore_indicator(database: Database, deleted: DeletedRows) -> None:
    """Undo ``delete_indicator``: everything comes back with its ids, or nothing does."""
    with database.session() as session:
        begin_change(session)
        restore_in(session, deleted)


def measurement_count(database: Database, indicator_id: int) -> int:
    return store.count(database, records.Measurement, m.Measurement.indicator_id == indicator_id)


def is_library(indicator: records.Indicator) -> bool:
    """Preloaded from the procurement library (and perhaps edited since), not the user's own."""
    return bool(indicator.library_key)
