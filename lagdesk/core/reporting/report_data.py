"""Rows of the Excel report that no other listing gives: group memberships, decisions and
tasks of every meeting, and the pseudonyms used when the report leaves the city.

Each function reads in a fixed number of queries, whatever the size of the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from lagdesk.core.support.zones import utc_to_local
from lagdesk.db import models as m
from lagdesk.db.codes import GroupKind, MemberRole, Sector
from lagdesk.db.database import Database


@dataclass(frozen=True)
class MembershipLine:
    group: str
    kind: GroupKind
    parent_group: str
    person_id: int | None
    first_name: str
    last_name: str
    #: The person's organisation, or the organisation that is itself the member.
    organisation: str
    sector: Sector | None
    role: MemberRole
    joined_on: date | None
    left_on: date | None


@dataclass(frozen=True)
class DecisionLine:
    """A decision or a task of a meeting (tasks of a decision follow it)."""

    meeting_id: int
    meeting_day: date
    meeting_title: str
    decision_number: int | None
    decision: str
    #: Codes of the actions made from the decision, "; "-separated.
    actions: str
    task: str
    owner_person_id: int | None
    owner_first_name: str
    owner_last_name: str
    due_on: date | None
    done: bool | None
    done_on: date | None


def memberships(database: Database) -> list[MembershipLine]:
    """Every membership of every group (former ones too), by group then name."""
    group, parent, person = m.StakeholderGroup, aliased(m.StakeholderGroup), m.Person
    own = aliased(m.Organisation)
    works_at = aliased(m.Organisation)
    query = (
        sa.select(
            group.name,
            group.kind,
            sa.func.coalesce(parent.name, ""),
            m.GroupMembership.person_id,
            sa.func.coalesce(person.first_name, ""),
            sa.func.coalesce(person.last_name, ""),
            sa.func.coalesce(own.name, works_at.name, ""),
            sa.func.coalesce(own.sector, works_at.sector),
            m.GroupMembership.role,
            m.GroupMembership.joined_on,
            m.GroupMembership.left_on,
        )
        .join(group, group.id == m.GroupMembership.group_id)
        .outerjoin(parent, parent.id == group.parent_id)
        .outerjoin(person, person.id == m.GroupMembership.person_id)
        .outerjoin(works_at, works_at.id == person.organisation_id)
        .outerjoin(own, own.id == m.GroupMembership.organisation_id)
        .order_by(group.name, group.id, person.last_name, person.first_name, own.name)
    )
    with database.reading() as session:
        return [
            MembershipLine(
                group=name,
                kind=GroupKind(kind),
                parent_group=parent_name,
                person_id=person_id,
                first_name=first,
                last_name=last,
                organisation=organisation,
                sector=Sector(sector) if sector else None,
                role=MemberRole(role),
                joined_on=joined,
                left_on=left,
            )
            for (
                name,
                kind,
                parent_name,
                person_id,
                first,
                last,
                organisation,
                sector,
                role,
                joined,
                left,
            ) in session.execute(query)
        ]


def decisions_and_tasks(database: Database) -> list[DecisionLine]:
    """Decisions in meeting and number order, each followed by its tasks; then the tasks of
    a meeting that belong to no decision."""
    meeting = m.Meeting
    with database.reading() as session:
        meetings = {
            key: (utc_to_local(starts, zone).date(), title)
            for key, starts, zone, title in session.execute(
                sa.select(meeting.id, meeting.starts_at, meeting.timezone, meeting.title)
            )
        }
        actions: dict[int, list[str]] = {}
        for decision_id, code in session.execute(
            sa.select(m.Action.source_decision_id, m.Action.code)
            .where(m.Action.source_decision_id.is_not(None))
            .order_by(m.Action.code)
        ):
            actions.setdefault(int(decision_id or 0), []).append(code)
        decisions = list(
            session.execute(
                sa.select(m.Decision.id, m.Decision.meeting_id, m.Decision.number, m.Decision.text)
            )
        )
        owner = m.Person
        tasks = list(
            session.execute(
                sa.select(
                    m.Task.meeting_id,
                    m.Task.decision_id,
                    m.Task.title,
                    m.Task.owner_person_id,
                    sa.func.coalesce(owner.first_name, ""),
                    sa.func.coalesce(owner.last_name, ""),
                    m.Task.due_on,
                    m.Task.done,
                    m.Task.done_on,
                )
                .outerjoin(owner, owner.id == m.Task.owner_person_id)
                .order_by(m.Task.due_on, m.Task.id)
            )
        )
    tasks_of: dict[int | None, list[tuple[object, ...]]] = {}
    loose: dict[int, list[tuple[object, ...]]] = {}
    for task in tasks:
        if task.decision_id is not None:
            tasks_of.setdefault(task.decision_id, []).append(tuple(task))
        elif task.meeting_id is not None:
            loose.setdefault(task.meeting_id, []).append(tuple(task))
    epoch = (date.min, "")
    lines: list[tuple[tuple[date, int, int], DecisionLine]] = []
    for decision_id, meeting_id, number, text in decisions:
        day, title = meetings.get(meeting_id, epoch)
        codes = "; ".join(actions.get(decision_id, []))
        own_tasks = tasks_of.get(decision_id, [])
        base = (meeting_id, day, title, number, text, codes)
        if not own_tasks:
            lines.append(((day, meeting_id, number), _line(*base, None)))
        for own in own_tasks:
            lines.append(((day, meeting_id, number), _line(*base, own)))
    for meeting_id, meeting_tasks in loose.items():
        day, title = meetings.get(meeting_id, epoch)
        for loose_task in meeting_tasks:
            lines.append(
                (
                    (day, meeting_id, 1 << 30),
                    _line(meeting_id, day, title, None, "", "", loose_task),
                )
            )
    lines.sort(key=lambda pair: pair[0])
    return [line for _, line in lines]


def _line(
    meeting_id: int,
    day: date,
    title: str,
    number: int | None,
    text: str,
    codes: str,
    task: tuple[object, ...] | None,
) -> DecisionLine:
    if task is None:
        return DecisionLine(
            meeting_id, day, title, number, text, codes, "", None, "", "", None, None, None
        )
    _, _, task_title, owner_id, first, last, due_on, done, done_on = task
    return DecisionLine(
        meeting_id=meeting_id,
        meeting_day=day,
        meeting_title=title,
        decision_number=number,
        decision=text,
        actions=codes,
        task=str(task_title),
        owner_person_id=owner_id if isinstance(owner_id, int) else None,
        owner_first_name=str(first),
        owner_last_name=str(last),
        due_on=due_on if isinstance(due_on, date) else None,
        done=bool(done),
        done_on=done_on if isinstance(done_on, date) else None,
    )


class Pseudonyms:
    """Stable stand-ins for people (P-0001 ...) numbered by the order people were added, so
    the same file gives the same pseudonyms every time."""

    def __init__(self, database: Database) -> None:
        with database.reading() as session:
            rows = session.execute(
                sa.select(m.Person.id, m.Person.first_name, m.Person.last_name).order_by(
                    m.Person.id
                )
            ).all()
        self._by_id = {row[0]: f"P-{index:04d}" for index, row in enumerate(rows, start=1)}
        self._by_name: dict[str, str] = {}
        for person_id, first, last in rows:
            name = f"{first or ''} {last or ''}".strip()
            if name:
                self._by_name.setdefault(name.casefold(), self._by_id[person_id])

    def of(self, person_id: int | None) -> str:
        return self._by_id.get(person_id, "") if person_id is not None else ""

    def of_name(self, name: str) -> str:
        """The pseudonym of a person written by name ("First Last"); text that names nobody
        known becomes empty rather than leaking."""
        if not name.strip():
            return ""
        return self._by_name.get(name.strip().casefold(), "")


def people_count(database: Database) -> int:
    with database.reading() as session:
        return int(session.scalar(sa.select(sa.func.count()).select_from(m.Person)) or 0)


@dataclass(frozen=True)
class AttendanceLine:
    meeting_id: int
    meeting_day: date
    person_id: int | None
    first_name: str
    last_name: str
    organisation: str
    sector: str | None
    gender: str | None
    #: An attendance status code, or "anonymous" for a count of unnamed people.
    status: str
    walk_in: bool
    count: int


def attendance_count(database: Database) -> int:
    """How many lines ``attendance_lines`` gives."""
    with database.reading() as session:
        named = session.scalar(sa.select(sa.func.count()).select_from(m.Attendance)) or 0
        unnamed = session.scalar(sa.select(sa.func.count()).select_from(m.AnonymousAttendance)) or 0
    return int(named) + int(unnamed)


def attendance_lines(database: Database, chunk: int = 5000) -> Iterator[AttendanceLine]:
    """Every attendance, meeting by meeting (named people by name, then the anonymous
    counts), streamed from the file rather than read whole: the large demo has 200,000."""
    a, anon, meeting = m.Attendance, m.AnonymousAttendance, m.Meeting
    named = (
        sa.select(
            meeting.starts_at.label("starts_at"),
            meeting.id.label("meeting_id"),
            meeting.timezone.label("zone"),
            sa.literal(0).label("unnamed"),
            a.person_id.label("person_id"),
            m.Person.first_name.label("first_name"),
            m.Person.last_name.label("last_name"),
            sa.func.coalesce(m.Organisation.name, "").label("organisation"),
            m.Organisation.sector.label("sector"),
            m.Person.gender.label("gender"),
            sa.cast(a.status, sa.String).label("status"),
            a.is_walk_in.label("walk_in"),
            sa.literal(1).label("people"),
            a.id.label("row_id"),
        )
        .join(a, a.meeting_id == meeting.id)
        .join(m.Person, m.Person.id == a.person_id)
        .outerjoin(m.Organisation, m.Organisation.id == m.Person.organisation_id)
    )
    unnamed = sa.select(
        meeting.starts_at,
        meeting.id,
        meeting.timezone,
        sa.literal(1),
        sa.null(),
        sa.literal(""),
        sa.literal(""),
        sa.literal(""),
        sa.cast(anon.sector, sa.String),
        sa.cast(anon.gender, sa.String),
        sa.literal("anonymous"),
        sa.false(),
        anon.count,
        anon.id,
    ).join(anon, anon.meeting_id == meeting.id)
    both = sa.union_all(named, unnamed).subquery()
    query = sa.select(both).order_by(
        both.c.starts_at,
        both.c.meeting_id,
        both.c.unnamed,
        both.c.last_name,
        both.c.first_name,
        both.c.row_id,
    )
    days: dict[tuple[int, str], date] = {}
    with database.reading() as session:
        result = session.execute(query).yield_per(chunk)
        for row in result:
            key = (row.meeting_id, row.zone)
            day = days.get(key)
            if day is None:
                day = days.setdefault(key, utc_to_local(row.starts_at, row.zone).date())
            yield AttendanceLine(
                meeting_id=row.meeting_id,
                meeting_day=day,
                person_id=row.person_id,
                first_name=row.first_name or "",
                last_name=row.last_name or "",
                organisation=row.organisation or "",
                sector=row.sector,
                gender=row.gender,
                status=row.status,
                walk_in=bool(row.walk_in),
                count=int(row.people),
            )
