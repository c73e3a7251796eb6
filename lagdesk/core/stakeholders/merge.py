"""Removing and combining stakeholders: what a delete takes with it, and merging duplicates.

A merge re-points every row that refers to the dropped record (found from the schema's
foreign keys, so a table added later is not forgotten), fills the kept record's empty
fields from the dropped one and deletes the dropped one, in one transaction. The result
keeps every row it changed or deleted as it was stored (raw column values, timestamps
included), so ``undo_merge`` puts the file back exactly, the dropped record's id included.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.stakeholders.composition import require
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.core.support.stored_rows import Row, foreign_keys_to, raw_rows, stored, where_key
from lagdesk.db import models as m
from lagdesk.db.base import Base
from lagdesk.db.codes import AttendanceStatus, Gender
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import translate

#: When both people have a row for one meeting, the kept row gets the first of these.
STATUS_STRENGTH = (
    AttendanceStatus.ATTENDED,
    AttendanceStatus.REGISTERED,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.INVITED,
    AttendanceStatus.NO_SHOW,
)
_TIMESTAMPS = ("created_at", "updated_at")


def person_word() -> str:
    """ "person" as "not found" messages name it."""
    return translate("Stakeholders", "person")


def organisation_word() -> str:
    return translate("Stakeholders", "organisation")


@dataclass(frozen=True)
class DeleteImpact:
    """What deleting a stakeholder deletes with it, or leaves without it.

    A person: their attendance, memberships, assessments and consents are deleted; tasks,
    actions (responsible), risks and indicators lose their owner. An organisation: its
    ``people`` lose their organisation, its own memberships and assessments are deleted,
    ``actions_responsible`` counts the actions it leads (they lose their lead) and
    ``action_partnerships`` the actions it is a partner of (the partnership is deleted).
    Everything comes back on undo (``lagdesk.core.support.deletion``).
    """

    attendance: int
    memberships: int
    assessments: int
    consents: int
    tasks_owned: int
    actions_responsible: int
    people: int
    risks_owned: int = 0
    indicators_owned: int = 0
    action_partnerships: int = 0


def _counts(session: Session, *conditions: sa.ColumnElement[bool]) -> list[int]:
    query = sa.select(*(sa.select(sa.func.count()).where(c).scalar_subquery() for c in conditions))
    return [int(value) for value in session.execute(query).one()]


def person_delete_impact(database: Database, person_id: int) -> DeleteImpact:
    with database.reading() as session:
        require(session, m.Person, person_id, person_word())
        attendance, memberships, assessments, consents, tasks, actions, risks, indicators = _counts(
            session,
            m.Attendance.person_id == person_id,
            m.GroupMembership.person_id == person_id,
            m.PowerInterestAssessment.person_id == person_id,
            m.ConsentRecord.person_id == person_id,
            m.Task.owner_person_id == person_id,
            m.Action.responsible_person_id == person_id,
            m.Risk.owner_person_id == person_id,
            m.Indicator.owner_person_id == person_id,
        )
    return DeleteImpact(
        attendance, memberships, assessments, consents, tasks, actions, 0, risks, indicators
    )


def organisation_delete_impact(database: Database, organisation_id: int) -> DeleteImpact:
    with database.reading() as session:
        require(session, m.Organisation, organisation_id, organisation_word())
        memberships, assessments, actions, people, partnerships = _counts(
            session,
            m.GroupMembership.organisation_id == organisation_id,
            m.PowerInterestAssessment.organisation_id == organisation_id,
            m.Action.lead_organisation_id == organisation_id,
            m.Person.organisation_id == organisation_id,
            m.ActionPartner.organisation_id == organisation_id,
        )
    return DeleteImpact(
        0, memberships, assessments, 0, 0, actions, people, action_partnerships=partnerships
    )


@dataclass(frozen=True)
class GroupDeleteImpact:
    """What deleting a group takes along (its memberships, its invitations to meetings) and
    what it leaves: its subgroups become top-level groups."""

    memberships: int
    invitations: int
    subgroups: int


def group_delete_impact(database: Database, group_id: int) -> GroupDeleteImpact:
    with database.reading() as session:
        require(session, m.StakeholderGroup, group_id, translate("Stakeholders", "group"))
        memberships, invitations, subgroups = _counts(
            session,
            m.GroupMembership.group_id == group_id,
            m.MeetingInvitedGroup.group_id == group_id,
            m.StakeholderGroup.parent_id == group_id,
        )
    return GroupDeleteImpact(memberships, invitations, subgroups)


class MergeError(UserError):
    """A merge that cannot be done or undone."""


@dataclass(frozen=True)
class MergeResult:
    """What a merge did, and everything ``undo_merge`` needs to reverse it exactly.

    ``moved``: table -> ids of the rows re-pointed to the kept record (``action_partner``
    has no id: its action ids). ``removed``: the dropped record's rows deleted because the
    kept one already had one for the same meeting (attendance) or action (action_partner).
    ``kept_before`` is the kept record before ``filled`` fields were copied into it.
    ``saved_records`` (kept, dropped) and ``saved_rows`` (table -> rows, before the merge)
    are the stored values the undo writes back.
    """

    kept_id: int
    dropped: r.Person | r.Organisation
    moved: dict[str, list[int]]
    kept_before: r.Person | r.Organisation
    filled: tuple[str, ...]
    removed: dict[str, list[int]]
    saved_records: tuple[Row, Row]
    saved_rows: dict[str, list[Row]]


def merge_people(database: Database, keep_id: int, drop_id: int) -> MergeResult:
    """Merge a duplicate person into ``keep_id`` in one transaction.

    Attendance at a meeting both attended becomes one row with the stronger status
    (``STATUS_STRENGTH``), a walk-in if either was. Memberships, assessments, consents,
    tasks, actions, risks and indicators move to the kept person (memberships as they are:
    two periods in one group stay two rows). Kept fields that are empty (or gender unknown)
    are filled from the dropped person, who is then deleted.
    """
    if keep_id == drop_id:
        raise MergeError(translate("Stakeholders", "A person cannot be merged with themselves."))
    return _merge(database, r.Person, keep_id, drop_id, person_word())


def merge_organisations(database: Database, keep_id: int, drop_id: int) -> MergeResult:
    """Merge a duplicate organisation: its people, memberships, assessments, actions led
    and action partnerships (one per action) move to ``keep_id``; empty fields are filled."""
    if keep_id == drop_id:
        message = translate("Stakeholders", "An organisation cannot be merged with itself.")
        raise MergeError(message)
    return _merge(database, r.Organisation, keep_id, drop_id, organisation_word())


def _references(target: sa.Table) -> list[tuple[sa.Table, sa.Column[Any], str]]:
    """(table, column, name) of every foreign key to ``target``; name is the table's name,
    or table.column when one table refers to ``target`` twice."""
    found = [(key.parent.table, key.parent) for key in foreign_keys_to(target)]
    tables = [table.name for table, _ in found]
    return [
        (table, column, table.name if tables.count(table.name) == 1 else f"{table}.{column.name}")
        for table, column in found
    ]


def _clash_columns(table: sa.Table, column: sa.Column[Any]) -> list[str]:
    """The other columns of a unique key that includes ``column`` (e.g. the meeting)."""
    for constraint in table.constraints:
        if isinstance(constraint, sa.UniqueConstraint | sa.PrimaryKeyConstraint):
            names = list(constraint.columns.keys())
            if column.name in names and len(names) > 1:
                return [name for name in names if name != column.name]
    return []


def _identity(table: sa.Table, column: sa.Column[Any], row: Row) -> int:
    if "id" in table.c:
        return int(row["id"])
    others = [key.name for key in table.primary_key.columns if key.name != column.name]
    return int(row[others[0]])


def _combined(table: sa.Table, kept: Row, dropped: Row) -> dict[str, Any]:
    """Changes to the kept row when the dropped record had a row for the same thing."""
    if table.name != m.Attendance.__tablename__:
        return {}
    rank = [status.value for status in STATUS_STRENGTH]
    strongest = min(
        kept["status"], dropped["status"], key=lambda s: rank.index(s) if s in rank else 99
    )
    changes: dict[str, Any] = {}
    if strongest != kept["status"]:
        changes["status"] = strongest
    if dropped["is_walk_in"] and not kept["is_walk_in"]:
        changes["is_walk_in"] = True
    return changes


def _empty(name: str, value: Any) -> bool:
    if name == "gender":
        return value in (None, Gender.UNKNOWN.value)
    return value is None or (isinstance(value, str) and not value.strip())


def _merge(
    database: Database, record_type: type[Any], keep_id: int, drop_id: int, what: str
) -> MergeResult:
    model = store.model_of(record_type)
    target: sa.Table = model.__table__  # type: ignore[assignment]
    moved: dict[str, list[int]] = defaultdict(list)
    removed: dict[str, list[int]] = defaultdict(list)
    saved: dict[str, list[Row]] = defaultdict(list)
    with database.session() as session:
        require(session, model, keep_id, what)
        require(session, model, drop_id, what)
        kept_before = store.to_record(record_type, session.get_one(model, keep_id))
        dropped = store.to_record(record_type, session.get_one(model, drop_id))
        (kept_row,) = raw_rows(session, target, "id", keep_id)
        (dropped_row,) = raw_rows(session, target, "id", drop_id)
        for table, column, key in _references(target):
            rows = raw_rows(session, table, column.name, drop_id)
            saved[table.name] += rows
            clash = _clash_columns(table, column)
            taken: dict[tuple[Any, ...], Row] = {}
            if clash and rows:
                for row in raw_rows(session, table, column.name, keep_id):
                    taken[tuple(row[name] for name in clash)] = row
            for row in rows:
                kept = taken.get(tuple(row[name] for name in clash)) if clash else None
                if kept is None:
                    moved[key].append(_identity(table, column, row))
                    continue
                changes = _combined(table, kept, row)
                if changes:
                    saved[table.name].append(kept)
                    session.execute(sa.update(table).where(*where_key(table, kept)).values(changes))
                session.execute(sa.delete(table).where(*where_key(table, row)))
                removed[key].append(_identity(table, column, row))
            if moved[key]:
                session.execute(
                    sa.update(table).where(column == drop_id).values({column.name: keep_id})
                )
        filled = {
            name: value
            for name, value in dropped_row.items()
            if name not in ("id", *_TIMESTAMPS)
            and _empty(name, kept_row[name])
            and not _empty(name, value)
        }
        if filled:
            plain = stored(target)
            fill = sa.update(plain).where(plain.c.id == keep_id)
            session.execute(fill.values({**filled, "updated_at": sa.func.current_timestamp()}))
        session.execute(sa.delete(target).where(target.c.id == drop_id))
    return MergeResult(
        kept_id=keep_id,
        dropped=dropped,
        moved={key: ids for key, ids in moved.items() if ids},
        kept_before=kept_before,
        filled=tuple(filled),
        removed={key: ids for key, ids in removed.items() if ids},
        saved_records=(kept_row, dropped_row),
        saved_rows={name: rows for name, rows in saved.items() if rows},
    )


def _put_back(session: Session, table: sa.Table, row: Row) -> None:
    """Write ``row`` with its stored values: over the row with its key, or as a new row."""
    plain = stored(table)
    where = where_key(table, row, plain)
    if session.execute(sa.select(sa.literal(1)).select_from(plain).where(*where)).first():
        session.execute(sa.update(plain).where(*where).values(row))
    else:
        session.execute(sa.insert(plain).values(row))


def undo_merge(database: Database, result: MergeResult) -> None:
    """Reverse a merge: the dropped record comes back with its id, every re-pointed or
    deleted row as it was, and the kept record without the filled fields."""
    target: sa.Table = store.model_of(type(result.dropped)).__table__  # type: ignore[assignment]
    try:
        _undo(database, result, target)
    except sa.exc.IntegrityError as exc:
        message = translate("Stakeholders", "The merge cannot be undone: {detail}")
        raise MergeError(message.format(detail=exc.orig)) from exc


def _undo(database: Database, result: MergeResult, target: sa.Table) -> None:
    kept_row, dropped_row = result.saved_records
    with database.session() as session:
        if session.get(store.model_of(type(result.dropped)), result.kept_id) is None:
            message = translate(
                "Stakeholders", "The merge cannot be undone: the kept record was deleted since."
            )
            raise MergeError(message)
        if session.execute(sa.select(target.c.id).where(target.c.id == dropped_row["id"])).first():
            message = translate(
                "Stakeholders",
                "The merge cannot be undone: id {id} has been given to a new record since.",
            )
            raise MergeError(message.format(id=dropped_row["id"]))
        session.execute(sa.insert(stored(target)).values(dropped_row))
        for table, column, key in _references(target):
            if column.primary_key and result.moved.get(key):
                # Re-pointing changed these rows' key: remove the new ones, restore the old.
                (other,) = (c for c in table.primary_key.columns if c is not column)
                session.execute(
                    sa.delete(table).where(column == result.kept_id, other.in_(result.moved[key]))
                )
        for name, rows in result.saved_rows.items():
            for row in rows:
                _put_back(session, Base.metadata.tables[name], row)
        _put_back(session, target, kept_row)
