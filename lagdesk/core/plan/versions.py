"""Versions of the plan: named snapshots with a review status, and readable differences
(the comparison itself is ``lagdesk.core.plan.diff``, re-exported here).

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
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Mapper, Session, aliased

from lagdesk.core.plan.diff import (
    EXCERPT,
    ChangedItem,
    DiffItem,
    FieldChange,
    ItemKind,
    Json,
    VersionDiff,
    compare,
    diff_lines,
    kind_name,
)
from lagdesk.core.plan.numbering import full_name, natural_key, plan_row
from lagdesk.core.support import records
from lagdesk.core.support.labels import label
from lagdesk.core.support.zones import local_date
from lagdesk.db import models as m
from lagdesk.db.codes import PlanStatus
from lagdesk.db.database import Database
from lagdesk.errors import FieldProblem, NotFoundError, UserError, ValidationError
from lagdesk.i18n import translate

__all__ = [
    "EXCERPT",
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

#: The statuses a version may move to from each status. Approved is final.
TRANSITIONS: dict[PlanStatus, frozenset[PlanStatus]] = {
    PlanStatus.DRAFT: frozenset({PlanStatus.SUBMITTED}),
    PlanStatus.SUBMITTED: frozenset({PlanStatus.RETURNED, PlanStatus.APPROVED}),
    PlanStatus.RETURNED: frozenset({PlanStatus.SUBMITTED}),
    PlanStatus.APPROVED: frozenset(),
}


class StatusTransitionError(UserError):
    """A status change the review workflow does not allow."""


class ApprovedVersionError(UserError):
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
    """The person's name; None when there is no person (an outer join found none)."""
    return None if last_name is None else full_name(first_name, last_name)


#: The sort key of codes (1.2 before 1.10); the one of ``lagdesk.core.plan.numbering``.
code_key = natural_key


def snapshot(session: Session) -> Json:
    """The whole plan as JSON-able data, read in a fixed number of queries.

    Keys are database ids (stable when items are renumbered); codes and names of what an
    item refers to are stored beside the ids for display. Money is a string with two
    decimals, dates are ISO text, codes are their stored text. Indicators are the file's
    (they are not tied to one plan); their links name this plan's objectives and actions.
    """
    plan = plan_row(session)
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
        plan = plan_row(session)
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
        plan = plan_row(session)
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
    plan = plan_row(session)
    if plan is None:
        raise UserError(
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
    plan = plan_row(session)
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
        raise UserError(
            translate("PlanVersions", "The saved copy of version {name} cannot be read.").format(
                name=name
            )
        ) from exc
    if not isinstance(data, dict):
        raise UserError(
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


# --- comparing (the diff itself is lagdesk.core.plan.diff) ------------------------------


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
