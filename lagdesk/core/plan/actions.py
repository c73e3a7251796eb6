"""Actions of the plan: the action table, the action detail with everything that hangs on
an action, and edits in place. Moving, deleting and putting back actions change the tree's
numbering and live in ``lagdesk.core.plan.tree``.

The table is read in three queries whatever the number of actions (the large demo has
2,000): the actions with their lead, responsible person and source decision, the funding
sums per action and status, and the tags. The detail is read in a fixed handful of
queries and saved in one transaction, every part of it checked before anything is written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.meetings.minutes import ActionRef, DecisionRef
from lagdesk.core.plan.funding import (
    ZERO,
    FundingTotals,
    action_totals_in,
    over_cost_warning,
    sums_by_action,
    totals_of,
)
from lagdesk.core.plan.numbering import (
    CodeChange,
    action_in,
    begin_change,
    full_name,
    natural_key,
    objective_in,
    plan_id_query,
    renumber,
)
from lagdesk.core.support import records, store
from lagdesk.core.support.validation import label, problems_of
from lagdesk.core.support.zones import local_date
from lagdesk.db import models as m
from lagdesk.db.codes import ActionStatus, ActionType, FundingStatus, GenderDimension
from lagdesk.db.database import Database
from lagdesk.errors import FieldProblem, NotFoundError, ValidationError
from lagdesk.i18n import translate

#: The size of ``action_tag.tag``.
TAG_LENGTH = 64
#: Action fields ``set_action_fields`` changes; code and place change only by moving.
EDITABLE_FIELDS = frozenset(
    f.name
    for f in fields(records.Action)
    if f.name not in ("id", "objective_id", "position", "code")
) | {"tags"}

R = TypeVar("R", records.Milestone, records.FundingLine)


@dataclass(frozen=True)
class ActionRow:
    """One line of the action table."""

    id: int
    objective_id: int
    objective_code: str
    position: int
    code: str
    title: str
    type: ActionType
    lead_organisation_id: int | None
    lead_organisation: str
    responsible_person_id: int | None
    responsible_person: str
    start_date: date | None
    end_date: date | None
    status: ActionStatus
    progress_percent: int
    estimated_cost: Decimal | None
    secured: Decimal
    applied: Decimal
    potential: Decimal
    #: estimated cost (0 when not set) - secured.
    gap: Decimal
    tags: tuple[str, ...]
    gender_dimension: GenderDimension | None
    source_decision_id: int | None
    #: The decision's number in its meeting, and the meeting (None without a decision).
    source_decision_number: int | None
    source_meeting_id: int | None
    source_meeting_title: str
    source_meeting_date: date | None


@dataclass(kw_only=True)
class ActionDetail:
    """An action with everything that hangs on it, as the action dialog edits it.

    ``source_decision`` is read-only (the link is made from the minutes); the rest is
    written back by ``save_action_detail``. Milestones and funding lines with an id are
    updated, those without one added, and the action's others deleted.
    """

    action: records.Action
    partner_ids: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    milestones: tuple[records.Milestone, ...] = ()
    funding_lines: tuple[records.FundingLine, ...] = ()
    risk_ids: tuple[int, ...] = ()
    indicator_ids: tuple[int, ...] = ()
    source_decision: DecisionRef | None = None

    @property
    def totals(self) -> FundingTotals:
        """Cost, secured, applied, potential and gap of the lines as they are now."""
        sums: dict[FundingStatus, Decimal] = defaultdict(lambda: ZERO)
        for line in self.funding_lines:
            if isinstance(line.amount, Decimal | int):
                sums[FundingStatus(line.status)] += Decimal(line.amount)
        return totals_of(self.action.estimated_cost, sums)


@dataclass(frozen=True)
class ActionSaved:
    """The action as stored (read back), warnings to show, and the codes that changed.

    A warning's ``row`` counts in ``detail``'s lists (milestones come back by due date)."""

    detail: ActionDetail
    warnings: tuple[FieldProblem, ...] = ()
    changes: tuple[CodeChange, ...] = ()


@dataclass(frozen=True)
class ActionEdit:
    """What ``set_action_fields`` replaced (pass it back to undo) and warnings to show."""

    previous: dict[str, Any]
    warnings: tuple[FieldProblem, ...] = ()


# --- the table ---------------------------------------------------------------------------


def _scope(objective_id: int | None) -> list[sa.ColumnElement[bool]]:
    """The plan's actions, or those of one objective and its specific objectives."""
    objective = m.Objective
    where = [objective.plan_id == plan_id_query()]
    if objective_id is not None:
        where.append(sa.or_(objective.id == objective_id, objective.parent_id == objective_id))
    return where


def _scoped_ids(objective_id: int | None) -> sa.Select[Any]:
    return (
        sa.select(m.Action.id)
        .join(m.Objective, m.Objective.id == m.Action.objective_id)
        .where(*_scope(objective_id))
    )


def action_rows(database: Database, objective_id: int | None = None) -> list[ActionRow]:
    """The plan's actions in the order of their codes (all of them, or those of one
    objective with its specific objectives'); three queries whatever their number."""
    action, objective, organisation, person = m.Action, m.Objective, m.Organisation, m.Person
    decision, meeting = m.Decision, m.Meeting
    query = (
        sa.select(
            action.id,
            action.objective_id,
            objective.code,
            action.position,
            action.code,
            action.title,
            action.type,
            action.lead_organisation_id,
            organisation.name,
            action.responsible_person_id,
            person.first_name,
            person.last_name,
            action.start_date,
            action.end_date,
            action.status,
            action.progress_percent,
            action.estimated_cost,
            action.gender_dimension,
            action.source_decision_id,
            decision.number,
            meeting.id,
            meeting.title,
            meeting.starts_at,
            meeting.timezone,
        )
        .join(objective, objective.id == action.objective_id)
        .outerjoin(organisation, organisation.id == action.lead_organisation_id)
        .outerjoin(person, person.id == action.responsible_person_id)
        .outerjoin(decision, decision.id == action.source_decision_id)
        .outerjoin(meeting, meeting.id == decision.meeting_id)
        .where(*_scope(objective_id))
    )
    tag_query = (
        sa.select(m.ActionTag.action_id, m.ActionTag.tag)
        .where(m.ActionTag.action_id.in_(_scoped_ids(objective_id)))
        .order_by(m.ActionTag.action_id, m.ActionTag.tag)
    )
    with database.reading() as session:
        found = session.execute(query).all()
        funding = sums_by_action(session, _scoped_ids(objective_id))
        tags: dict[int, list[str]] = defaultdict(list)
        for action_id, tag in session.execute(tag_query):
            tags[action_id].append(tag)
    rows = []
    for row in found:
        totals = totals_of(row.estimated_cost, funding.get(row.id, {}))
        starts_at, zone = row[22], row[23]
        rows.append(
            ActionRow(
                id=row.id,
                objective_id=row.objective_id,
                objective_code=row[2],
                position=row.position,
                code=row[4],
                title=row[5],
                type=row.type,
                lead_organisation_id=row.lead_organisation_id,
                lead_organisation=row.name or "",
                responsible_person_id=row.responsible_person_id,
                responsible_person=full_name(row.first_name, row.last_name),
                start_date=row.start_date,
                end_date=row.end_date,
                status=row.status,
                progress_percent=row.progress_percent,
                estimated_cost=row.estimated_cost,
                secured=totals.secured,
                applied=totals.applied,
                potential=totals.potential,
                gap=totals.gap,
                tags=tuple(tags.get(row.id, ())),
                gender_dimension=row.gender_dimension,
                source_decision_id=row.source_decision_id,
                source_decision_number=row.number,
                source_meeting_id=row[20],
                source_meeting_title=row[21] or "",
                source_meeting_date=local_date(starts_at, zone) if starts_at else None,
            )
        )
    rows.sort(key=lambda item: (natural_key(item.code), item.id))
    return rows


def action_choices(database: Database) -> list[ActionRef]:
    """Every action of the plan as a picker lists it (code and title), in code order."""
    query = sa.select(m.Action.id, m.Action.code, m.Action.title).where(
        m.Action.id.in_(_scoped_ids(None))
    )
    with database.reading() as session:
        found = [ActionRef(*row) for row in session.execute(query)]
    return sorted(found, key=lambda ref: (natural_key(ref.code), ref.id))


# --- the detail --------------------------------------------------------------------------


def _ids(session: Session, column: Any, action_id: int) -> tuple[Any, ...]:
    model = column.class_
    query = sa.select(column).where(model.action_id == action_id).order_by(column)
    return tuple(session.scalars(query))


def _detail_in(session: Session, action_id: int) -> ActionDetail:
    action, decision, meeting = m.Action, m.Decision, m.Meeting
    found = session.execute(
        sa.select(
            action,
            decision.id,
            meeting.id,
            meeting.title,
            meeting.starts_at,
            meeting.timezone,
            decision.number,
            decision.text,
        )
        .outerjoin(decision, decision.id == action.source_decision_id)
        .outerjoin(meeting, meeting.id == decision.meeting_id)
        .where(action.id == action_id)
    ).first()
    if found is None:
        raise NotFoundError(translate("Plan", "action"), action_id)
    row, decision_id, meeting_id, title, starts_at, zone, number, text = found
    source = None
    if decision_id is not None:
        day = local_date(starts_at, zone)
        source = DecisionRef(decision_id, meeting_id, title, day, number, text)
    milestone, line = m.Milestone, m.FundingLine
    milestones = session.scalars(
        sa.select(milestone)
        .where(milestone.action_id == action_id)
        .order_by(milestone.due_on, milestone.id)
    )
    lines = session.scalars(
        sa.select(line).where(line.action_id == action_id).order_by(line.amount.desc(), line.id)
    )
    return ActionDetail(
        action=store.to_record(records.Action, row),
        partner_ids=_ids(session, m.ActionPartner.organisation_id, action_id),
        tags=_ids(session, m.ActionTag.tag, action_id),
        milestones=tuple(store.to_record(records.Milestone, item) for item in milestones),
        funding_lines=tuple(store.to_record(records.FundingLine, item) for item in lines),
        risk_ids=_ids(session, m.RiskAction.risk_id, action_id),
        indicator_ids=_ids(session, m.IndicatorAction.indicator_id, action_id),
        source_decision=source,
    )


def load_action_detail(database: Database, action_id: int) -> ActionDetail:
    """An action with its partners, tags, milestones, funding, risks, indicators and the
    decision it came from (seven queries)."""
    with database.reading() as session:
        return _detail_in(session, action_id)


def normal_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored: lower case, single spaces, no empty or repeated ones, sorted."""
    return tuple(sorted({" ".join(tag.split()).lower() for tag in tags} - {""}))


def _tag_problems(tags: Sequence[str]) -> list[FieldProblem]:
    too_long = [tag for tag in tags if len(tag) > TAG_LENGTH]
    if not too_long:
        return []
    message = translate("Plan", "The tag “{tag}” is longer than {limit} characters.")
    return [
        FieldProblem(label("tags"), message.format(tag=tag, limit=TAG_LENGTH), key="tags")
        for tag in too_long
    ]


def _part_problems(kind: str, items: Sequence[Any], action_id: int) -> list[FieldProblem]:
    """Problems of milestones ("milestone") or funding lines ("funding"), each with its
    1-based row in the dialog's list and a key like ``funding.amount``."""
    found = []
    for row, item in enumerate(items, start=1):
        for problem in problems_of(replace(item, action_id=action_id)):
            if kind == "milestone":
                what = translate("Plan", "milestone {field}")
            else:
                what = translate("Plan", "funding {field}")
            found.append(
                FieldProblem(
                    what.format(field=problem.field),
                    problem.message,
                    row=row,
                    key=f"{kind}.{problem.key}",
                )
            )
    return found


def _milestone_warnings(
    action: records.Action, milestones: Sequence[records.Milestone]
) -> list[FieldProblem]:
    found = []
    for row, milestone in enumerate(milestones, start=1):
        due = milestone.due_on
        early = action.start_date is not None and due < action.start_date
        late = action.end_date is not None and due > action.end_date
        if early or late:
            message = translate(
                "Plan", "Milestone “{title}” is due outside the action's start and end."
            ).format(title=milestone.title)
            what = translate("Plan", "milestone {field}").format(field=label("due_on"))
            found.append(FieldProblem(what, message, row=row, key="milestone.due_on"))
    return found


def _sync_links(session: Session, column: Any, action_id: int, wanted: Iterable[Any]) -> None:
    """Make the link table of ``column`` hold exactly ``wanted`` for the action."""
    model = column.class_
    have = set(_ids(session, column, action_id))
    chosen = set(wanted)
    if gone := have - chosen:
        session.execute(sa.delete(model).where(model.action_id == action_id, column.in_(gone)))
    if new := chosen - have:
        rows = [{"action_id": action_id, column.key: value} for value in sorted(new)]
        session.execute(sa.insert(model), rows)


def _sync_parts(
    session: Session,
    model: type[m.Milestone] | type[m.FundingLine],
    action_id: int,
    items: Sequence[R],
) -> None:
    existing = set(session.scalars(sa.select(model.id).where(model.action_id == action_id)))
    kept = set()
    for item in items:
        if item.id is not None and item.id not in existing:
            raise NotFoundError(model.__tablename__, item.id)
        stored = store.write(session, replace(item, action_id=action_id))
        kept.add(stored.id)
    if gone := existing - kept:
        session.execute(sa.delete(model).where(model.id.in_(gone)))


def save_action_detail(
    database: Database, detail: ActionDetail, loaded: records.Action | None = None
) -> ActionSaved:
    """Store a new (id None) or edited action with everything that hangs on it, in one
    transaction. Given the action as ``loaded`` (when the form opened), only its fields
    changed since are written (``store.write_changes``); its lists are stored as given.

    Every problem (an end before the start on ``end_date``, progress outside 0..100, a
    negative cost or funding amount, a milestone without a date, ...) is reported at once
    in a ``ValidationError`` and nothing is written. A new action goes last under its
    objective; an action given another objective goes last there; both are numbered.
    Funding above the cost and milestones outside the action's dates are warnings.
    """
    action = replace(detail.action, code=detail.action.code or "?")
    tags = normal_tags(detail.tags)
    own_id = action.id or 0
    problems = [
        *problems_of(action),
        *_tag_problems(tags),
        *_part_problems("milestone", detail.milestones, own_id),
        *_part_problems("funding", detail.funding_lines, own_id),
    ]
    if problems:
        raise ValidationError(problems)
    try:
        with database.session() as session:
            begin_change(session)
            objective = objective_in(session, action.objective_id)
            renumbered = action.id is None
            if action.id is not None:
                row = action_in(session, action.id)
                action.code, action.position = row.code, row.position
                if loaded is not None:  # numbering is core's: never the user's change
                    loaded = replace(loaded, code=row.code, position=row.position)
                if row.objective_id != action.objective_id:
                    renumbered = True
                    action.position = _action_count(session, action.objective_id)
            else:
                action.position = _action_count(session, action.objective_id)
                action.code = f"{objective.code}.{action.position + 1}"
            stored = store.write_changes(session, loaded, action)
            assert stored.id is not None
            action_id = stored.id
            _sync_links(session, m.ActionPartner.organisation_id, action_id, detail.partner_ids)
            _sync_links(session, m.ActionTag.tag, action_id, tags)
            _sync_links(session, m.RiskAction.risk_id, action_id, detail.risk_ids)
            _sync_links(session, m.IndicatorAction.indicator_id, action_id, detail.indicator_ids)
            _sync_parts(session, m.Milestone, action_id, detail.milestones)
            _sync_parts(session, m.FundingLine, action_id, detail.funding_lines)
            changes = [
                change
                for change in (renumber(session) if renumbered else [])
                if not (
                    detail.action.id is None and change.kind == "action" and change.id == action_id
                )
            ]
            saved = _detail_in(session, action_id)
    except sa.exc.IntegrityError as exc:
        raise store.IntegrityProblem(store.integrity_message(exc)) from exc
    warnings = _milestone_warnings(saved.action, saved.milestones)
    over = over_cost_warning(saved.action.estimated_cost, saved.totals, key="estimated_cost")
    if over is not None:
        warnings.insert(0, over)
    return ActionSaved(saved, tuple(warnings), tuple(changes))


def _action_count(session: Session, objective_id: int) -> int:
    query = sa.select(sa.func.count()).where(m.Action.objective_id == objective_id)
    return int(session.execute(query).scalar_one())


def set_action_fields(database: Database, action_id: int, values: Mapping[str, Any]) -> ActionEdit:
    """Change some fields of an action (an edit in the table), in one transaction; the
    answer's ``previous`` passed back undoes it. ``tags`` takes a list of tags."""
    unknown = set(values) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"not editable in place: {', '.join(sorted(unknown))}")
    with database.session() as session:
        record = store.to_record(records.Action, action_in(session, action_id))
        begin_change(session)
        previous: dict[str, Any] = {}
        problems: list[FieldProblem] = []
        tags: tuple[str, ...] | None = None
        for name, value in values.items():
            if name == "tags":
                previous[name] = _ids(session, m.ActionTag.tag, action_id)
                tags = normal_tags(value)
                problems += _tag_problems(tags)
            else:
                previous[name] = getattr(record, name)
                setattr(record, name, value)
        problems = problems_of(record) + problems
        if problems:
            raise ValidationError(problems)
        try:
            store.write(session, record)
            if tags is not None:
                _sync_links(session, m.ActionTag.tag, action_id, tags)
            session.flush()
        except sa.exc.IntegrityError as exc:
            raise store.IntegrityProblem(store.integrity_message(exc)) from exc
        cost, totals = action_totals_in(session, action_id)
    warning = over_cost_warning(cost, totals, key="estimated_cost")
    return ActionEdit(previous, (warning,) if warning else ())
