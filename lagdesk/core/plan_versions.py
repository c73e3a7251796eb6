"""Versions of the plan: named snapshots with a review status, and readable differences.

A version is a frozen copy of the whole plan as JSON (``snapshot``): the plan's texts, the
objective tree, the actions with their partners, tags, milestones and funding lines, the
risks and the indicators with their targets and milestones. Items are keyed by their
database id inside the snapshot, with their codes beside them for display, so a renumbered
action compares as "code 1.2 -> 1.3" rather than one action removed and another added.
Measurements are monitoring data, not plan content, and are not part of a version.

Statuses follow the review of an Integrated Action Plan::

    draft ──> submitted ──> approved   (final)
                  │   ^
                  v   │
                returned

A returned version is submitted again, or the coordinator saves a new draft version.
Approved is final: an approved version is never changed, renamed or deleted. Because a
version is a snapshot, "editing an approved plan" means changing the live plan while the
latest version is approved; ``ensure_draft`` handles that case, and every function that
changes the plan (and the UI before it lets the user change it) calls it first, so the
change starts a new draft version instead of silently departing from the approved one.

The plan's own ``status`` mirrors the status of its latest version. The refusal to change
an approved version is also an ORM hook on ``PlanVersion`` (registered when this module is
imported), so the generic store cannot change one either.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Mapper, Session, aliased

from lagdesk.core import records
from lagdesk.core.errors import FieldProblem, LagdeskError, NotFoundError, ValidationError
from lagdesk.core.labels import has_label, label
from lagdesk.core.participation import local_date
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
    ObjectiveLevel,
    PlanStatus,
    Polarity,
    RiskCategory,
    RiskStatus,
)
from lagdesk.db.database import Database
from lagdesk.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "SNAPSHOT_FORMAT",
    "TRANSITIONS",
    "ApprovedVersionError",
    "ChangedItem",
    "DiffItem",
    "FieldChange",
    "ItemKind",
    "StatusTransitionError",
    "VersionDiff",
    "VersionRow",
    "code_key",
    "compare",
    "compare_versions",
    "delete_version",
    "diff_lines",
    "edit_version",
    "ensure_draft",
    "ensure_draft_in",
    "is_editable",
    "kind_name",
    "latest_version",
    "save_version",
    "set_version_status",
    "snapshot",
    "version_snapshot",
    "versions",
]

#: Bumped when the snapshot's layout changes; ``compare`` reads every format so far.
SNAPSHOT_FORMAT = 1

Json = dict[str, Any]

#: The statuses a version may move to from each status. Approved is final.
TRANSITIONS: dict[PlanStatus, frozenset[PlanStatus]] = {
    PlanStatus.DRAFT: frozenset({PlanStatus.SUBMITTED}),
    PlanStatus.SUBMITTED: frozenset({PlanStatus.RETURNED, PlanStatus.APPROVED}),
    PlanStatus.RETURNED: frozenset({PlanStatus.SUBMITTED}),
    PlanStatus.APPROVED: frozenset(),
}


class StatusTransitionError(LagdeskError):
    """A status change the review workflow does not allow."""


class ApprovedVersionError(LagdeskError):
    """An attempt to change, rename or delete an approved version."""

    def __init__(self, name: str) -> None:
        super().__init__(
            translate(
                "PlanVersions",
                "Version {name} is approved and cannot be changed. Save a new version instead.",
            ).format(name=name)
        )
        self.name = name


# --- snapshot ---------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A stored value as JSON: money as "1500.00", dates ISO, codes as their text."""
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    return value


def _columns(
    model: type[Any], record_type: type, leave_out: tuple[str, ...] = ()
) -> tuple[tuple[str, ...], list[Any]]:
    """The names and columns of every field the record type has (less ``leave_out``).

    Columns rather than ORM objects: a large plan is read several times faster.
    """
    names = tuple(f.name for f in fields(record_type) if f.name not in leave_out)
    return names, [getattr(model, name) for name in names]


def _plain_row(names: tuple[str, ...], row: Sequence[Any]) -> Json:
    return {name: _plain(value) for name, value in zip(names, row, strict=False)}


def _person(first_name: str | None, last_name: str | None) -> str | None:
    if last_name is None:
        return None
    return f"{first_name or ''} {last_name}".strip()


def code_key(code: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key that puts 1.2 before 1.10 and numbers before letters."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in code.split("."))


def _current_plan(session: Session) -> m.Plan | None:
    """The plan being edited: a file holds one (the first, should it hold more)."""
    return session.scalars(sa.select(m.Plan).order_by(m.Plan.id).limit(1)).first()


def snapshot(session: Session) -> Json:
    """The whole plan as JSON-able data, read in a fixed number of queries.

    Keys are database ids (stable when items are renumbered); codes and names of what an
    item refers to are stored beside the ids for display. Money is a string with two
    decimals, dates are ISO text, codes are their stored text. Indicators are the file's
    (they are not tied to one plan); their links name this plan's objectives and actions.
    """
    plan = _current_plan(session)
    plan_id = plan.id if plan is not None else -1
    plan_data = None
    if plan is not None:
        names, _ = _columns(m.Plan, records.Plan, ("status",))
        plan_data = {name: _plain(getattr(plan, name)) for name in names}
    return {
        "format": SNAPSHOT_FORMAT,
        "plan": plan_data,
        "objectives": _objectives(session, plan_id),
        "actions": _actions(session, plan_id),
        "risks": _risks(session, plan_id),
        "indicators": _indicators(session, plan_id),
    }


def _objectives(session: Session, plan_id: int) -> list[Json]:
    parent = aliased(m.Objective)
    names, columns = _columns(m.Objective, records.Objective, ("plan_id",))
    query = (
        sa.select(*columns, parent.code)
        .outerjoin(parent, m.Objective.parent_id == parent.id)
        .where(m.Objective.plan_id == plan_id)
        .order_by(m.Objective.id)
    )
    return [_plain_row(names, row) | {"parent_code": row[-1]} for row in session.execute(query)]


def _in_plan(query: Any, action_column: Any, plan_id: int) -> Any:
    """Restrict ``query`` to rows whose action belongs to the plan."""
    return (
        query.join(m.Action, action_column == m.Action.id)
        .join(m.Objective, m.Action.objective_id == m.Objective.id)
        .where(m.Objective.plan_id == plan_id)
    )


def _actions(session: Session, plan_id: int) -> list[Json]:
    lead = aliased(m.Organisation)
    responsible = aliased(m.Person)
    names, columns = _columns(m.Action, records.Action)
    query = (
        sa.select(
            *columns,
            m.Objective.code,
            lead.name,
            responsible.first_name,
            responsible.last_name,
            m.Decision.number,
            m.Meeting.title,
            m.Meeting.starts_at,
            m.Meeting.timezone,
        )
        .join(m.Objective, m.Action.objective_id == m.Objective.id)
        .outerjoin(lead, m.Action.lead_organisation_id == lead.id)
        .outerjoin(responsible, m.Action.responsible_person_id == responsible.id)
        .outerjoin(m.Decision, m.Action.source_decision_id == m.Decision.id)
        .outerjoin(m.Meeting, m.Decision.meeting_id == m.Meeting.id)
        .where(m.Objective.plan_id == plan_id)
        .order_by(m.Action.id)
    )
    actions: dict[int, Json] = {}
    for row in session.execute(query):
        values = _plain_row(names, row)
        objective_code, organisation, first, last, number, meeting, starts_at, zone = row[
            len(names) :
        ]
        decision = None
        if number is not None:
            decision = f"{meeting} #{number} ({local_date(starts_at, zone).isoformat()})"
        actions[values["id"]] = values | {
            "objective_code": objective_code,
            "lead_organisation": organisation,
            "responsible_person": _person(first, last),
            "source_decision": decision,
            "partner_ids": [],
            "partners": [],
            "tags": [],
            "milestones": [],
            "funding_lines": [],
        }
    partners = _in_plan(
        sa.select(m.ActionPartner.action_id, m.Organisation.id, m.Organisation.name).join(
            m.Organisation, m.ActionPartner.organisation_id == m.Organisation.id
        ),
        m.ActionPartner.action_id,
        plan_id,
    ).order_by(m.Organisation.name, m.Organisation.id)
    for action_id, organisation_id, name in session.execute(partners):
        actions[action_id]["partner_ids"].append(organisation_id)
        actions[action_id]["partners"].append(name)
    for values in actions.values():
        values["partner_ids"].sort()
    tags = _in_plan(
        sa.select(m.ActionTag.action_id, m.ActionTag.tag), m.ActionTag.action_id, plan_id
    ).order_by(m.ActionTag.tag)
    for action_id, tag in session.execute(tags):
        actions[action_id]["tags"].append(tag)
    for model, record_type, key in (
        (m.Milestone, records.Milestone, "milestones"),
        (m.FundingLine, records.FundingLine, "funding_lines"),
    ):
        names, columns = _columns(model, record_type, ("action_id",))
        order = (m.Milestone.due_on, m.Milestone.id) if key == "milestones" else (model.id,)
        query = _in_plan(sa.select(*columns, model.action_id), model.action_id, plan_id)
        for row in session.execute(query.order_by(*order)):
            actions[row[-1]][key].append(_plain_row(names, row))
    return list(actions.values())


def _risks(session: Session, plan_id: int) -> list[Json]:
    names, columns = _columns(m.Risk, records.Risk, ("plan_id",))
    query = (
        sa.select(*columns, m.Person.first_name, m.Person.last_name)
        .outerjoin(m.Person, m.Risk.owner_person_id == m.Person.id)
        .where(m.Risk.plan_id == plan_id)
        .order_by(m.Risk.id)
    )
    risks: dict[int, Json] = {}
    for row in session.execute(query):
        values = _plain_row(names, row)
        risks[values["id"]] = values | {
            "owner_person": _person(*row[len(names) :]),
            "action_ids": [],
            "actions": [],
        }
    links = (
        sa.select(m.RiskAction.risk_id, m.Action.id, m.Action.code)
        .join(m.Action, m.RiskAction.action_id == m.Action.id)
        .join(m.Risk, m.RiskAction.risk_id == m.Risk.id)
        .where(m.Risk.plan_id == plan_id)
    )
    for risk_id, action_id, code in session.execute(links):
        risks[risk_id]["action_ids"].append(action_id)
        risks[risk_id]["actions"].append(code)
    for risk in risks.values():
        risk["action_ids"].sort()
        risk["actions"].sort(key=code_key)
    return list(risks.values())


def _indicators(session: Session, plan_id: int) -> list[Json]:
    names, columns = _columns(m.Indicator, records.Indicator)
    query = (
        sa.select(*columns, m.Person.first_name, m.Person.last_name)
        .outerjoin(m.Person, m.Indicator.owner_person_id == m.Person.id)
        .order_by(m.Indicator.id)
    )
    indicators: dict[int, Json] = {}
    for row in session.execute(query):
        values = _plain_row(names, row)
        indicators[values["id"]] = values | {
            "owner_person": _person(*row[len(names) :]),
            "milestones": [],
            "objective_ids": [],
            "objectives": [],
            "action_ids": [],
            "actions": [],
        }
    milestone_names, columns = _columns(
        m.IndicatorMilestone, records.IndicatorMilestone, ("indicator_id",)
    )
    milestones = sa.select(*columns, m.IndicatorMilestone.indicator_id).order_by(
        m.IndicatorMilestone.due_on, m.IndicatorMilestone.id
    )
    for row in session.execute(milestones):
        indicators[row[-1]]["milestones"].append(_plain_row(milestone_names, row))
    objectives = (
        sa.select(m.IndicatorObjective.indicator_id, m.Objective.id, m.Objective.code)
        .join(m.Objective, m.IndicatorObjective.objective_id == m.Objective.id)
        .where(m.Objective.plan_id == plan_id)
    )
    for indicator_id, objective_id, code in session.execute(objectives):
        indicators[indicator_id]["objective_ids"].append(objective_id)
        indicators[indicator_id]["objectives"].append(code)
    actions = _in_plan(
        sa.select(m.IndicatorAction.indicator_id, m.Action.id, m.Action.code),
        m.IndicatorAction.action_id,
        plan_id,
    )
    for indicator_id, action_id, code in session.execute(actions):
        indicators[indicator_id]["action_ids"].append(action_id)
        indicators[indicator_id]["actions"].append(code)
    for indicator in indicators.values():
        for name in ("objective_ids", "action_ids"):
            indicator[name].sort()
        for name in ("objectives", "actions"):
            indicator[name].sort(key=code_key)
    return list(indicators.values())


# --- versions -------------------------------------------------------------------------


@dataclass(frozen=True)
class VersionRow:
    """One saved version, with the size of what it holds."""

    id: int
    name: str
    status: PlanStatus
    saved_at: datetime
    note: str
    objectives: int
    actions: int
    indicators: int

    @property
    def editable(self) -> bool:
        return self.status != PlanStatus.APPROVED


def _count(path: str) -> sa.ColumnElement[int]:
    return sa.func.coalesce(sa.func.json_array_length(m.PlanVersion.snapshot, path), 0)


def _version_rows(session: Session, *criteria: sa.ColumnElement[bool]) -> list[VersionRow]:
    query = (
        sa.select(
            m.PlanVersion.id,
            m.PlanVersion.name,
            m.PlanVersion.status,
            m.PlanVersion.saved_at,
            m.PlanVersion.note,
            _count("$.objectives"),
            _count("$.actions"),
            _count("$.indicators"),
        )
        .where(*criteria)
        .order_by(m.PlanVersion.saved_at, m.PlanVersion.id)
    )
    return [VersionRow(*row) for row in session.execute(query)]


def _version_row(session: Session, version_id: int) -> VersionRow:
    found = _version_rows(session, m.PlanVersion.id == version_id)
    if not found:
        raise NotFoundError(translate("PlanVersions", "plan version"), version_id)
    return found[0]


def versions(database: Database) -> list[VersionRow]:
    """The plan's versions, oldest first (the last one is the latest)."""
    with database.reading() as session:
        plan = _current_plan(session)
        if plan is None:
            return []
        return _version_rows(session, m.PlanVersion.plan_id == plan.id)


def _latest(session: Session, plan_id: int) -> m.PlanVersion | None:
    query = (
        sa.select(m.PlanVersion)
        .where(m.PlanVersion.plan_id == plan_id)
        .order_by(m.PlanVersion.saved_at.desc(), m.PlanVersion.id.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def latest_version(database: Database) -> VersionRow | None:
    with database.reading() as session:
        plan = _current_plan(session)
        latest = None if plan is None else _latest(session, plan.id)
        return None if latest is None else _version_row(session, latest.id)


def _now() -> datetime:
    """Naive UTC to the second, as the database's own timestamps."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _name_problem(message: str) -> ValidationError:
    return ValidationError([FieldProblem(translate("PlanVersions", "name"), message, key="name")])


def _check_name(session: Session, plan_id: int, name: str, version_id: int | None = None) -> str:
    """The trimmed name, or a clear problem when it is empty or already used (any case)."""
    name = name.strip()
    if not name:
        raise _name_problem(translate("Validation", "This field is required."))
    used = session.execute(
        sa.select(m.PlanVersion.id, m.PlanVersion.name).where(m.PlanVersion.plan_id == plan_id)
    )
    if any(key != version_id and other.casefold() == name.casefold() for key, other in used):
        message = translate("PlanVersions", "A version named {name} already exists.")
        raise _name_problem(message.format(name=name))
    return name


def _plan_or_refuse(session: Session) -> m.Plan:
    plan = _current_plan(session)
    if plan is None:
        raise LagdeskError(
            translate("PlanVersions", "There is no action plan yet, so there is nothing to save.")
        )
    return plan


def _store_version(
    session: Session, plan: m.Plan, name: str, status: PlanStatus, note: str
) -> m.PlanVersion:
    latest = _latest(session, plan.id)
    # Never before the latest version, so "latest" stays the one saved last.
    saved_at = _now() if latest is None else max(_now(), latest.saved_at)
    version = m.PlanVersion(
        plan_id=plan.id,
        name=name,
        status=status,
        saved_at=saved_at,
        note=note,
        snapshot=json.dumps(snapshot(session), ensure_ascii=False, separators=(",", ":")),
    )
    session.add(version)
    session.flush()
    plan.status = status
    return version


def save_version(
    database: Database, name: str, status: PlanStatus = PlanStatus.DRAFT, note: str = ""
) -> VersionRow:
    """Store the plan as it is now under ``name`` (required, unique in the plan)."""
    status = PlanStatus(status)
    try:
        with database.session() as session:
            plan = _plan_or_refuse(session)
            name = _check_name(session, plan.id, name)
            version = _store_version(session, plan, name, status, note)
            return _version_row(session, version.id)
    except sa.exc.IntegrityError as exc:  # another window saved the same name meanwhile
        message = translate("PlanVersions", "A version named {name} already exists.")
        raise _name_problem(message.format(name=name.strip())) from exc


def _stored(session: Session, version_id: int) -> m.PlanVersion:
    version = session.get(m.PlanVersion, version_id)
    if version is None:
        raise NotFoundError(translate("PlanVersions", "plan version"), version_id)
    return version


def _mirror_plan_status(session: Session, version: m.PlanVersion) -> None:
    latest = _latest(session, version.plan_id)
    plan = session.get(m.Plan, version.plan_id)
    if plan is not None and latest is not None and latest.id == version.id:
        plan.status = version.status


def set_version_status(database: Database, version_id: int, status: PlanStatus) -> VersionRow:
    """Move a version along the review workflow.

    Allowed: draft -> submitted; submitted -> returned or approved; returned -> submitted.
    Approved is final. Setting the status a version already has changes nothing. Any
    other change raises ``StatusTransitionError`` (``ApprovedVersionError`` for an approved
    version).
    """
    status = PlanStatus(status)
    with database.session() as session:
        version = _stored(session, version_id)
        if version.status == status:
            return _version_row(session, version_id)
        if version.status == PlanStatus.APPROVED:
            raise ApprovedVersionError(version.name)
        if status not in TRANSITIONS[version.status]:
            message = translate(
                "PlanVersions",
                "Version {name} is {old}; it cannot become {new}. Allowed next: {allowed}.",
            )
            allowed = ", ".join(
                label(step) for step in PlanStatus if step in TRANSITIONS[version.status]
            )
            raise StatusTransitionError(
                message.format(
                    name=version.name,
                    old=label(version.status),
                    new=label(status),
                    allowed=allowed,
                )
            )
        version.status = status
        session.flush()
        _mirror_plan_status(session, version)
        return _version_row(session, version_id)


def edit_version(
    database: Database, version_id: int, *, name: str | None = None, note: str | None = None
) -> VersionRow:
    """Rename a version or change its note; refused for an approved version."""
    with database.session() as session:
        version = _stored(session, version_id)
        if version.status == PlanStatus.APPROVED:
            raise ApprovedVersionError(version.name)
        if name is not None:
            version.name = _check_name(session, version.plan_id, name, version_id)
        if note is not None:
            version.note = note
        session.flush()
        return _version_row(session, version_id)


def delete_version(database: Database, version_id: int) -> None:
    """Delete a version (its reviews go with it); refused for an approved version."""
    with database.session() as session:
        version = _stored(session, version_id)
        if version.status == PlanStatus.APPROVED:
            raise ApprovedVersionError(version.name)
        session.delete(version)
        session.flush()
        plan = session.get(m.Plan, version.plan_id)
        latest = _latest(session, version.plan_id)
        if plan is not None:
            plan.status = PlanStatus.DRAFT if latest is None else latest.status


def is_editable(database: Database, version_id: int) -> bool:
    """False for an approved version, which stays as it was approved."""
    with database.reading() as session:
        return _stored(session, version_id).status != PlanStatus.APPROVED


def ensure_draft_in(session: Session) -> VersionRow | None:
    """``ensure_draft`` inside the caller's transaction (call it before changing the plan)."""
    plan = _current_plan(session)
    latest = None if plan is None else _latest(session, plan.id)
    if plan is None or latest is None or latest.status != PlanStatus.APPROVED:
        return None
    names = {
        name.casefold()
        for name in session.scalars(
            sa.select(m.PlanVersion.name).where(m.PlanVersion.plan_id == plan.id)
        )
    }
    number = 1
    while True:
        name = translate("PlanVersions", "{name} (draft {number})").format(
            name=latest.name, number=number
        )
        if name.casefold() not in names:
            break
        number += 1
    version = _store_version(session, plan, name, PlanStatus.DRAFT, "")
    return _version_row(session, version.id)


def ensure_draft(database: Database) -> VersionRow | None:
    """Start a new draft when the latest version is approved; call before any plan change.

    An approved version is never edited: when the latest version is approved, the next
    change to the plan begins a new draft version named "<approved name> (draft N)",
    saved from the plan as it is just before the change. Returns that version, or None
    when the latest version is not approved (nothing to do). Functions that change the
    plan in their own transaction call ``ensure_draft_in(session)`` first instead.
    """
    with database.session() as session:
        return ensure_draft_in(session)


def _loads(text: str, name: str) -> Json:
    try:
        data = json.loads(text or "{}")
    except ValueError as exc:
        raise LagdeskError(
            translate("PlanVersions", "The saved copy of version {name} cannot be read.").format(
                name=name
            )
        ) from exc
    if not isinstance(data, dict):
        raise LagdeskError(
            translate("PlanVersions", "The saved copy of version {name} cannot be read.").format(
                name=name
            )
        )
    return data


def version_snapshot(database: Database, version_id: int) -> Json:
    with database.reading() as session:
        version = _stored(session, version_id)
        return _loads(version.snapshot, version.name)


@event.listens_for(m.PlanVersion, "before_update")
def _refuse_changing_approved(_mapper: Mapper[Any], connection: Any, target: Any) -> None:
    """Whatever route a change takes through the ORM, an approved version stays as it is."""
    changed = [
        attribute.key
        for attribute in sa.inspect(target).attrs
        if attribute.key not in ("updated_at",) and attribute.history.has_changes()
    ]
    if not changed:
        return
    stored_status = connection.scalar(
        sa.select(m.PlanVersion.__table__.c.status).where(m.PlanVersion.__table__.c.id == target.id)
    )
    if stored_status == PlanStatus.APPROVED.value:
        stored_name = connection.scalar(
            sa.select(m.PlanVersion.__table__.c.name).where(
                m.PlanVersion.__table__.c.id == target.id
            )
        )
        raise ApprovedVersionError(str(stored_name))


# --- comparing --------------------------------------------------------------------------


class ItemKind(StrEnum):
    """What a difference is about, in the order a diff lists them."""

    PLAN = "plan"
    OBJECTIVE = "objective"
    ACTION = "action"
    MILESTONE = "milestone"
    FUNDING_LINE = "funding_line"
    RISK = "risk"
    INDICATOR = "indicator"
    INDICATOR_MILESTONE = "indicator_milestone"


_KIND_NAMES = {
    ItemKind.PLAN: QT_TRANSLATE_NOOP("PlanVersions", "Plan"),
    ItemKind.OBJECTIVE: QT_TRANSLATE_NOOP("PlanVersions", "Objectives"),
    ItemKind.ACTION: QT_TRANSLATE_NOOP("PlanVersions", "Actions"),
    ItemKind.MILESTONE: QT_TRANSLATE_NOOP("PlanVersions", "Action milestones"),
    ItemKind.FUNDING_LINE: QT_TRANSLATE_NOOP("PlanVersions", "Funding lines"),
    ItemKind.RISK: QT_TRANSLATE_NOOP("PlanVersions", "Risks"),
    ItemKind.INDICATOR: QT_TRANSLATE_NOOP("PlanVersions", "Indicators"),
    ItemKind.INDICATOR_MILESTONE: QT_TRANSLATE_NOOP("PlanVersions", "Indicator milestones"),
}


def kind_name(kind: ItemKind) -> str:
    """The translated heading for one kind of item (for grouping a diff)."""
    return translate("PlanVersions", _KIND_NAMES[kind])


@dataclass(frozen=True)
class DiffItem:
    """An item added or removed: ``key`` is its database id, ``label`` e.g. "Action 1.2 'X'"."""

    kind: ItemKind
    key: int
    label: str


@dataclass(frozen=True)
class FieldChange:
    """One changed field: ``field`` is the column, ``name`` its readable (translated) name,
    ``old``/``new`` the values as a user reads them (empty for no value)."""

    field: str
    name: str
    old: str
    new: str


@dataclass(frozen=True)
class ChangedItem:
    kind: ItemKind
    key: int
    label: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class VersionDiff:
    """What differs from the old plan to the new one, kind by kind in code order."""

    added: tuple[DiffItem, ...] = ()
    removed: tuple[DiffItem, ...] = ()
    changed: tuple[ChangedItem, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def of_kind(self, kind: ItemKind) -> VersionDiff:
        return VersionDiff(
            tuple(item for item in self.added if item.kind == kind),
            tuple(item for item in self.removed if item.kind == kind),
            tuple(item for item in self.changed if item.kind == kind),
        )


# How a field's value is shown.
def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _grouped(text: str) -> str:
    """Thousands grouped with a space: 1 500.00 reads the same in every language here."""
    return text.replace(",", " ")


def _money(value: Any) -> str:
    if value is None or value == "":
        return ""
    try:
        return _grouped(f"{Decimal(str(value)):,.2f}")
    except InvalidOperation:
        return str(value)


def _number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return _grouped(f"{value:,}")
    try:
        return _grouped(f"{Decimal(repr(value)):,f}")
    except InvalidOperation:
        return str(value)


def _yes_no(value: Any) -> str:
    if value is None:
        return ""
    return translate("PlanVersions", "yes") if value else translate("PlanVersions", "no")


def _listed(value: Any) -> str:
    return ", ".join(str(part) for part in value or ())


def _coded(enum_cls: type[StrEnum]) -> Callable[[Any], str]:
    def shown(value: Any) -> str:
        if value is None:
            return ""
        try:
            code = enum_cls(value)
        except ValueError:
            return str(value)
        return label(code) if has_label(code) else str(value)

    return shown


@dataclass(frozen=True)
class _Field:
    """One compared field: ``key`` is compared, ``shown`` (default ``key``) displayed."""

    key: str
    name: str
    show: Callable[[Any], str] = _text
    shown: str = ""

    def same(self, old: Any, new: Any) -> bool:
        if self.show is _money and old is not None and new is not None:
            try:
                return Decimal(str(old)) == Decimal(str(new))
            except InvalidOperation:
                return bool(old == new)
        return bool(old == new)


_F = _Field
_FIELDS: dict[ItemKind, tuple[_Field, ...]] = {
    ItemKind.PLAN: (
        _F("title", QT_TRANSLATE_NOOP("PlanVersions", "title")),
        _F("city", QT_TRANSLATE_NOOP("PlanVersions", "city")),
        _F("vision", QT_TRANSLATE_NOOP("PlanVersions", "vision")),
        _F("context", QT_TRANSLATE_NOOP("PlanVersions", "context")),
        _F("problem_analysis", QT_TRANSLATE_NOOP("PlanVersions", "problem analysis")),
        _F(
            "transnational_learning",
            QT_TRANSLATE_NOOP("PlanVersions", "transnational learning"),
        ),
    ),
    ItemKind.OBJECTIVE: (
        _F("code", QT_TRANSLATE_NOOP("PlanVersions", "code")),
        _F("title", QT_TRANSLATE_NOOP("PlanVersions", "title")),
        _F("level", QT_TRANSLATE_NOOP("PlanVersions", "level"), _coded(ObjectiveLevel)),
        _F("parent_id", QT_TRANSLATE_NOOP("PlanVersions", "parent objective"), shown="parent_code"),
        _F("description", QT_TRANSLATE_NOOP("PlanVersions", "description")),
    ),
    ItemKind.ACTION: (
        _F("code", QT_TRANSLATE_NOOP("PlanVersions", "code")),
        _F("title", QT_TRANSLATE_NOOP("PlanVersions", "title")),
        _F("objective_id", QT_TRANSLATE_NOOP("PlanVersions", "objective"), shown="objective_code"),
        _F("type", QT_TRANSLATE_NOOP("PlanVersions", "type"), _coded(ActionType)),
        _F("description", QT_TRANSLATE_NOOP("PlanVersions", "description")),
        _F(
            "lead_organisation_id",
            QT_TRANSLATE_NOOP("PlanVersions", "lead organisation"),
            shown="lead_organisation",
        ),
        _F("partner_ids", QT_TRANSLATE_NOOP("PlanVersions", "partners"), _listed, "partners"),
        _F(
            "responsible_person_id",
            QT_TRANSLATE_NOOP("PlanVersions", "responsible person"),
            shown="responsible_person",
        ),
        _F("start_date", QT_TRANSLATE_NOOP("PlanVersions", "start")),
        _F("end_date", QT_TRANSLATE_NOOP("PlanVersions", "end")),
        _F("status", QT_TRANSLATE_NOOP("PlanVersions", "status"), _coded(ActionStatus)),
        _F("progress_percent", QT_TRANSLATE_NOOP("PlanVersions", "progress %"), _number),
        _F("estimated_cost", QT_TRANSLATE_NOOP("PlanVersions", "cost"), _money),
        _F("expected_result", QT_TRANSLATE_NOOP("PlanVersions", "expected result")),
        _F("outputs", QT_TRANSLATE_NOOP("PlanVersions", "outputs")),
        _F(
            "gender_dimension",
            QT_TRANSLATE_NOOP("PlanVersions", "gender dimension"),
            _coded(GenderDimension),
        ),
        _F("tags", QT_TRANSLATE_NOOP("PlanVersions", "tags"), _listed),
        _F(
            "source_decision_id",
            QT_TRANSLATE_NOOP("PlanVersions", "source decision"),
            shown="source_decision",
        ),
    ),
    ItemKind.MILESTONE: (
        _F("title", QT_TRANSLATE_NOOP("PlanVersions", "title")),
        _F("due_on", QT_TRANSLATE_NOOP("PlanVersions", "due")),
        _F("done", QT_TRANSLATE_NOOP("PlanVersions", "done"), _yes_no),
    ),
    ItemKind.FUNDING_LINE: (
        _F("source", QT_TRANSLATE_NOOP("PlanVersions", "source"), _coded(FundingSource)),
        _F("amount", QT_TRANSLATE_NOOP("PlanVersions", "amount"), _money),
        _F("status", QT_TRANSLATE_NOOP("PlanVersions", "status"), _coded(FundingStatus)),
        _F("note", QT_TRANSLATE_NOOP("PlanVersions", "note")),
    ),
    ItemKind.RISK: (
        _F("code", QT_TRANSLATE_NOOP("PlanVersions", "code")),
        _F("title", QT_TRANSLATE_NOOP("PlanVersions", "title")),
        _F("category", QT_TRANSLATE_NOOP("PlanVersions", "category"), _coded(RiskCategory)),
        _F("description", QT_TRANSLATE_NOOP("PlanVersions", "description")),
        _F("likelihood", QT_TRANSLATE_NOOP("PlanVersions", "likelihood"), _number),
        _F("impact", QT_TRANSLATE_NOOP("PlanVersions", "impact"), _number),
        _F("mitigation", QT_TRANSLATE_NOOP("PlanVersions", "mitigation")),
        _F("owner_person_id", QT_TRANSLATE_NOOP("PlanVersions", "owner"), shown="owner_person"),
        _F("status", QT_TRANSLATE_NOOP("PlanVersions", "status"), _coded(RiskStatus)),
        _F("action_ids", QT_TRANSLATE_NOOP("PlanVersions", "actions"), _listed, "actions"),
    ),
    ItemKind.INDICATOR: (
        _F("code", QT_TRANSLATE_NOOP("PlanVersions", "code")),
        _F("eu_code", QT_TRANSLATE_NOOP("PlanVersions", "EU code")),
        _F("name", QT_TRANSLATE_NOOP("PlanVersions", "name")),
        _F("definition", QT_TRANSLATE_NOOP("PlanVersions", "definition")),
        _F("level", QT_TRANSLATE_NOOP("PlanVersions", "level"), _coded(IndicatorLevel)),
        _F("unit", QT_TRANSLATE_NOOP("PlanVersions", "unit"), _coded(IndicatorUnit)),
        _F("polarity", QT_TRANSLATE_NOOP("PlanVersions", "polarity"), _coded(Polarity)),
        _F(
            "accumulation",
            QT_TRANSLATE_NOOP("PlanVersions", "accumulation"),
            _coded(Accumulation),
        ),
        _F("baseline_value", QT_TRANSLATE_NOOP("PlanVersions", "baseline"), _number),
        _F("baseline_date", QT_TRANSLATE_NOOP("PlanVersions", "baseline date")),
        _F("target_value", QT_TRANSLATE_NOOP("PlanVersions", "target"), _number),
        _F("target_date", QT_TRANSLATE_NOOP("PlanVersions", "target date")),
        _F("data_source", QT_TRANSLATE_NOOP("PlanVersions", "data source")),
        _F("collection_method", QT_TRANSLATE_NOOP("PlanVersions", "collection method")),
        _F("frequency", QT_TRANSLATE_NOOP("PlanVersions", "frequency"), _coded(Frequency)),
        _F("owner_person_id", QT_TRANSLATE_NOOP("PlanVersions", "owner"), shown="owner_person"),
        _F(
            "disaggregation",
            QT_TRANSLATE_NOOP("PlanVersions", "disaggregation"),
            _coded(Disaggregation),
        ),
        _F(
            "objective_ids",
            QT_TRANSLATE_NOOP("PlanVersions", "objectives"),
            _listed,
            "objectives",
        ),
        _F("action_ids", QT_TRANSLATE_NOOP("PlanVersions", "actions"), _listed, "actions"),
    ),
    ItemKind.INDICATOR_MILESTONE: (
        _F("due_on", QT_TRANSLATE_NOOP("PlanVersions", "due")),
        _F("value", QT_TRANSLATE_NOOP("PlanVersions", "value"), _number),
    ),
}


class _Item:
    """One item of a snapshot; ``parent`` is the action or indicator a sub-item belongs to."""

    __slots__ = ("key", "kind", "parent", "values")

    def __init__(self, kind: ItemKind, key: int, values: Json, parent: _Item | None = None) -> None:
        self.kind = kind
        self.key = key
        self.values = values
        self.parent = parent

    @property
    def parent_key(self) -> int | None:
        return None if self.parent is None else self.parent.key

    @property
    def parent_code(self) -> str:
        return "" if self.parent is None else str(self.parent.values.get("code") or "")


#: Items with sub-items: kind, snapshot key, (sub-item key, sub-item kind) pairs.
_PARENTS = (
    (
        ItemKind.ACTION,
        "actions",
        (("milestones", ItemKind.MILESTONE), ("funding_lines", ItemKind.FUNDING_LINE)),
    ),
    (ItemKind.INDICATOR, "indicators", (("milestones", ItemKind.INDICATOR_MILESTONE),)),
)


def _items(data: Json) -> dict[tuple[ItemKind, int], _Item]:
    """Every item of a snapshot, flat, keyed by kind and database id."""
    found: dict[tuple[ItemKind, int], _Item] = {}
    plan = data.get("plan")
    if isinstance(plan, dict):
        found[(ItemKind.PLAN, 0)] = _Item(ItemKind.PLAN, 0, plan)
    for objective in data.get("objectives") or ():
        found[(ItemKind.OBJECTIVE, objective["id"])] = _Item(
            ItemKind.OBJECTIVE, objective["id"], objective
        )
    for kind, parents, children in _PARENTS:
        for values in data.get(parents) or ():
            parent = found[(kind, values["id"])] = _Item(kind, values["id"], values)
            for name, child_kind in children:
                for child in values.get(name) or ():
                    found[(child_kind, child["id"])] = _Item(child_kind, child["id"], child, parent)
    for risk in data.get("risks") or ():
        found[(ItemKind.RISK, risk["id"])] = _Item(ItemKind.RISK, risk["id"], risk)
    return found


def _label(item: _Item) -> str:
    """How a user recognises the item: its kind, code and title."""
    v = item.values
    code, title = v.get("code") or "", v.get("title") or ""
    if item.kind == ItemKind.PLAN:
        return translate("PlanVersions", "Plan")
    if item.kind == ItemKind.OBJECTIVE:
        return translate("PlanVersions", "Objective {code} '{title}'").format(
            code=code, title=title
        )
    if item.kind == ItemKind.ACTION:
        return translate("PlanVersions", "Action {code} '{title}'").format(code=code, title=title)
    if item.kind == ItemKind.MILESTONE:
        return translate("PlanVersions", "Milestone '{title}' of action {code}").format(
            title=title, code=item.parent_code
        )
    if item.kind == ItemKind.FUNDING_LINE:
        return translate("PlanVersions", "Funding line {source} of action {code}").format(
            source=_coded(FundingSource)(v.get("source")), code=item.parent_code
        )
    if item.kind == ItemKind.RISK:
        if not code:
            return translate("PlanVersions", "Risk '{title}'").format(title=title)
        return translate("PlanVersions", "Risk {code} '{title}'").format(code=code, title=title)
    if item.kind == ItemKind.INDICATOR:
        return translate("PlanVersions", "Indicator {code} '{name}'").format(
            code=code, name=v.get("name") or ""
        )
    return translate("PlanVersions", "Milestone {date} of indicator {code}").format(
        date=v.get("due_on") or "", code=item.parent_code
    )


def _order(item: _Item) -> tuple[Any, ...]:
    """Kind, then code order (sub-items by their parent's code and date), then id."""
    kind_rank = list(ItemKind).index(item.kind)
    if item.parent is not None:
        own: tuple[Any, ...] = (code_key(item.parent_code), str(item.values.get("due_on") or ""))
    else:
        own = (code_key(str(item.values.get("code") or "")), "")
    return (kind_rank, *own, item.key)


def _field_changes(before: _Item, after: _Item) -> tuple[FieldChange, ...]:
    old, new = before.values, after.values
    changes = []
    for spec in _FIELDS[after.kind]:
        if spec.same(old.get(spec.key), new.get(spec.key)):
            continue
        shown = spec.shown or spec.key
        changes.append(
            FieldChange(
                field=spec.key,
                name=translate("PlanVersions", spec.name),
                old=spec.show(old.get(shown)),
                new=spec.show(new.get(shown)),
            )
        )
    if before.parent_key != after.parent_key:
        if after.kind == ItemKind.INDICATOR_MILESTONE:
            field, name = "indicator_id", translate("PlanVersions", "indicator")
        else:
            field, name = "action_id", translate("PlanVersions", "action")
        changes.append(FieldChange(field, name, before.parent_code, after.parent_code))
    return tuple(changes)


def compare(old: Json, new: Json) -> VersionDiff:
    """What was added, removed and changed from snapshot ``old`` to snapshot ``new``.

    Items are matched by database id, so a renumbered action is one change of its code.
    The milestones and funding lines of an added or removed action (and the milestones of
    an added or removed indicator) go with it and are not listed on their own.
    """
    before, after = _items(old), _items(new)

    def only_in(
        items: dict[tuple[ItemKind, int], _Item], others: dict[tuple[ItemKind, int], _Item]
    ) -> tuple[DiffItem, ...]:
        alone = [
            item
            for key, item in items.items()
            if key not in others
            and (item.parent is None or (item.parent.kind, item.parent.key) in others)
        ]
        return tuple(DiffItem(i.kind, i.key, _label(i)) for i in sorted(alone, key=_order))

    changed = []
    for key, item in after.items():
        previous = before.get(key)
        if previous is None or (
            previous.values == item.values and previous.parent_key == item.parent_key
        ):
            continue
        changes = _field_changes(previous, item)
        if changes:
            changed.append((item, changes))
    changed.sort(key=lambda pair: _order(pair[0]))
    return VersionDiff(
        only_in(after, before),
        only_in(before, after),
        tuple(ChangedItem(i.kind, i.key, _label(i), changes) for i, changes in changed),
    )


def compare_versions(database: Database, old_id: int, new_id: int | None = None) -> VersionDiff:
    """The differences from version ``old_id`` to version ``new_id`` (None: the plan now)."""
    with database.reading() as session:
        old_version = _stored(session, old_id)
        old = _loads(old_version.snapshot, old_version.name)
        if new_id is None:
            new = snapshot(session)
        else:
            new_version = _stored(session, new_id)
            new = _loads(new_version.snapshot, new_version.name)
    return compare(old, new)


# --- reading a diff ---------------------------------------------------------------------

#: Longer values are cut to the part that changed in ``diff_lines``.
EXCERPT = 80
_CONTEXT = 24


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _word_start(text: str, index: int) -> int:
    """``index`` moved back to the start of its word (a little way at most)."""
    if index <= 0:
        return 0
    space = text.rfind(" ", 0, index)
    return space + 1 if index - space <= _CONTEXT // 2 else index


def _word_end(text: str, index: int) -> int:
    """``index`` moved on to the end of its word (a little way at most)."""
    if index >= len(text):
        return len(text)
    space = text.find(" ", index)
    space = len(text) if space == -1 else space
    return space if space - index <= _CONTEXT // 2 else index


def _excerpts(old: str, new: str) -> tuple[str, str]:
    """Both values on one line; long texts cut to whole words around the part that differs."""
    old, new = _one_line(old), _one_line(new)
    if len(old) <= EXCERPT and len(new) <= EXCERPT:
        return old, new
    shorter = min(len(old), len(new))
    start = next((i for i in range(shorter) if old[i] != new[i]), shorter)
    end = 0
    while end < shorter - start and old[-1 - end] == new[-1 - end]:
        end += 1
    begin = _word_start(old, start - _CONTEXT)

    def cut(text: str) -> str:
        stop = _word_end(text, len(text) - end + _CONTEXT)
        middle = text[begin:stop]
        if len(middle) > 2 * EXCERPT:
            middle, stop = middle[: 2 * EXCERPT], begin + 2 * EXCERPT
        return ("…" if begin > 0 else "") + middle + ("…" if stop < len(text) else "")

    return cut(old), cut(new)


def _change_line(item: ChangedItem, change: FieldChange) -> str:
    old, new = _excerpts(change.old, change.new)
    if not old:
        return translate("PlanVersions", "{item}: {field} set to {new}").format(
            item=item.label, field=change.name, new=new
        )
    if not new:
        return translate("PlanVersions", "{item}: {field} cleared (was {old})").format(
            item=item.label, field=change.name, old=old
        )
    return translate("PlanVersions", "{item}: {field} {old} -> {new}").format(
        item=item.label, field=change.name, old=old, new=new
    )


def diff_lines(diff: VersionDiff) -> list[str]:
    """The diff as sentences, kind by kind: added items, removed items, then changes."""
    if diff.is_empty:
        return []
    lines: list[str] = []
    for kind in ItemKind:
        part = diff.of_kind(kind)
        lines.extend(
            translate("PlanVersions", "Added: {item}").format(item=item.label)
            for item in part.added
        )
        lines.extend(
            translate("PlanVersions", "Removed: {item}").format(item=item.label)
            for item in part.removed
        )
        for changed in part.changed:
            lines.extend(_change_line(changed, change) for change in changed.changes)
    return lines
