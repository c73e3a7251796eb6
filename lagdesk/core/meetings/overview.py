"""The meetings list, the month calendar and a meeting's overview, read in a fixed number
of queries; deleting a meeting so that undo can put it back exactly.

A meeting's *date* is a day on the calendar of its own time zone (the zone it is held in,
not the computer's): a workshop at 00:30 in Riga on 1 March is on 1 March even for a user
whose clock still says 28 February. Filters by date use the day the meeting starts on; the
month calendar shows a meeting on every day it runs.

The counts follow ``lagdesk.core.meetings.participation``: *invited* = named attendance rows that
are not walk-ins (whatever their status); *present* = named rows with status attended,
walk-ins included, plus the anonymous counts.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import QueryableAttribute

from lagdesk.core.stakeholders.composition import subgroups
from lagdesk.core.support import records
from lagdesk.core.support.deletion import DeletedRows, delete_with_snapshot, restore
from lagdesk.core.support.folding import fold, folded, searching
from lagdesk.core.support.zones import utc_to_local
from lagdesk.db import models as m
from lagdesk.db.codes import AttendanceStatus, MeetingType
from lagdesk.db.database import Database
from lagdesk.errors import NotFoundError
from lagdesk.i18n import translate

__all__ = [
    "AgendaLine",
    "MeetingFilter",
    "MeetingRow",
    "MeetingSummary",
    "delete_meeting",
    "meeting_row",
    "meeting_rows",
    "meeting_summary",
    "meetings_by_day",
    "restore_meeting",
]

#: No zone is further than this from UTC: a local day lies inside its UTC day ± this.
_ZONE_MARGIN = timedelta(days=1)


@dataclass(frozen=True)
class MeetingFilter:
    """Which meetings to list.

    ``types``: any of these (empty: every type). ``start``/``end``: the day the meeting
    starts on, in its own zone, inclusive (None: open). ``group_id``: meetings that invited
    the group or one of its subgroups. ``text``: every word must occur (case and accents
    folded) in the title, the place or the notes.
    """

    types: frozenset[MeetingType] = frozenset()
    start: date | None = None
    end: date | None = None
    group_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class MeetingRow:
    """One meeting as the list and the calendar show it; times are in the meeting's zone."""

    id: int
    type: MeetingType
    title: str
    starts_local: datetime
    ends_local: datetime | None
    timezone: str
    place: str
    online_link: str
    invited: int
    present: int
    decisions: int
    open_tasks: int

    @property
    def first_day(self) -> date:
        """The day the meeting starts on, in its own zone."""
        return self.starts_local.date()

    @property
    def last_day(self) -> date:
        """The day the meeting ends on, in its own zone (an end at midnight ends the day
        before: an all-day meeting of 3 May lasts until 4 May 00:00)."""
        if self.ends_local is None or self.ends_local <= self.starts_local:
            return self.first_day
        return max(self.first_day, (self.ends_local - timedelta(microseconds=1)).date())


@dataclass(frozen=True)
class AgendaLine:
    position: int
    title: str
    planned_minutes: int | None
    presenter: str


@dataclass(frozen=True)
class MeetingSummary:
    """Everything the overview of one meeting shows.

    ``by_status`` counts the named attendance rows (walk-ins included) per status, zeros
    included; ``walk_ins`` the named walk-ins whatever their status; ``anonymous`` the
    people counted without a name (they are in ``row.present``).
    """

    row: MeetingRow
    notes: str
    retention_until: date | None
    invited_groups: tuple[str, ...]
    agenda: tuple[AgendaLine, ...]
    tools: tuple[str, ...]
    by_status: dict[AttendanceStatus, int] = field(default_factory=dict)
    walk_ins: int = 0
    anonymous: int = 0

    @property
    def planned_minutes(self) -> int:
        """The agenda's planned minutes, added up (items without a plan count 0)."""
        return sum(line.planned_minutes or 0 for line in self.agenda)


# --- the query ---------------------------------------------------------------------------


def _conditions(spec: MeetingFilter) -> list[sa.ColumnElement[bool]]:
    meeting = m.Meeting
    found: list[sa.ColumnElement[bool]] = []
    if spec.types:
        found.append(meeting.type.in_(sorted(spec.types)))
    # A rough cut in SQL (a day either side); the exact local day is checked in Python.
    if spec.start is not None:
        found.append(meeting.starts_at >= datetime.combine(spec.start - _ZONE_MARGIN, time()))
    if spec.end is not None:
        found.append(meeting.starts_at < datetime.combine(spec.end + 2 * _ZONE_MARGIN, time()))
    if spec.group_id is not None:
        invited = m.MeetingInvitedGroup
        found.append(
            meeting.id.in_(
                sa.select(invited.meeting_id).where(
                    invited.group_id.in_(sa.select(subgroups(spec.group_id).c.id))
                )
            )
        )
    columns = (meeting.title, meeting.place, meeting.notes)
    for word in fold(spec.text.strip()).split():
        found.append(sa.or_(*(sa.func.instr(folded(column), word) > 0 for column in columns)))
    return found


def _rows_query(*conditions: sa.ColumnElement[bool]) -> sa.Select[Any]:
    """Meetings with their counts: one statement, the counts from grouped subqueries.

    With conditions, each subquery counts only the meetings they let through (SQLite does
    not push them down by itself): a month of a 3,000-meeting file reads a month's rows.
    """
    meeting, attendance, anonymous = m.Meeting, m.Attendance, m.AnonymousAttendance
    chosen = sa.select(meeting.id).where(*conditions) if conditions else None

    def scoped(column: QueryableAttribute[Any]) -> list[sa.ColumnElement[bool]]:
        return [column.in_(chosen)] if chosen is not None else []

    named = (
        sa.select(
            attendance.meeting_id,
            sa.func.count().filter(~attendance.is_walk_in).label("invited"),
            sa.func.count()
            .filter(attendance.status == AttendanceStatus.ATTENDED)
            .label("attended"),
        )
        .where(*scoped(attendance.meeting_id))
        .group_by(attendance.meeting_id)
        .subquery()
    )
    unnamed = (
        sa.select(anonymous.meeting_id, sa.func.sum(anonymous.count).label("people"))
        .where(*scoped(anonymous.meeting_id))
        .group_by(anonymous.meeting_id)
        .subquery()
    )
    decisions = (
        sa.select(m.Decision.meeting_id, sa.func.count().label("decisions"))
        .where(*scoped(m.Decision.meeting_id))
        .group_by(m.Decision.meeting_id)
        .subquery()
    )
    tasks = (
        sa.select(m.Task.meeting_id, sa.func.count().label("open_tasks"))
        .where(~m.Task.done, m.Task.meeting_id.is_not(None), *scoped(m.Task.meeting_id))
        .group_by(m.Task.meeting_id)
        .subquery()
    )
    return (
        sa.select(
            meeting.id,
            meeting.type,
            meeting.title,
            meeting.starts_at,
            meeting.ends_at,
            meeting.timezone,
            meeting.place,
            meeting.online_link,
            sa.func.coalesce(named.c.invited, 0),
            sa.func.coalesce(named.c.attended, 0) + sa.func.coalesce(unnamed.c.people, 0),
            sa.func.coalesce(decisions.c.decisions, 0),
            sa.func.coalesce(tasks.c.open_tasks, 0),
        )
        .outerjoin(named, named.c.meeting_id == meeting.id)
        .outerjoin(unnamed, unnamed.c.meeting_id == meeting.id)
        .outerjoin(decisions, decisions.c.meeting_id == meeting.id)
        .outerjoin(tasks, tasks.c.meeting_id == meeting.id)
        .where(*conditions)
    )


def _row(values: Any) -> MeetingRow:
    (key, kind, title, starts, ends, zone, place, link, invited, present, decided, open_) = values
    return MeetingRow(
        id=key,
        type=kind,
        title=title,
        starts_local=utc_to_local(starts, zone),
        ends_local=utc_to_local(ends, zone) if ends is not None else None,
        timezone=zone,
        place=place,
        online_link=link,
        invited=int(invited),
        present=int(present),
        decisions=int(decided),
        open_tasks=int(open_),
    )


def _in_range(row: MeetingRow, spec: MeetingFilter) -> bool:
    return (spec.start is None or row.first_day >= spec.start) and (
        spec.end is None or row.first_day <= spec.end
    )


def _read(
    database: Database, spec: MeetingFilter, *extra: sa.ColumnElement[bool], newest_first: bool
) -> list[MeetingRow]:
    meeting = m.Meeting
    order = (
        (meeting.starts_at.desc(), meeting.id.desc())
        if newest_first
        else (
            meeting.starts_at,
            meeting.id,
        )
    )
    query = _rows_query(*_conditions(spec), *extra).order_by(*order)
    with searching(database) as session:
        found = session.execute(query).all()
    return [row for row in map(_row, found) if _in_range(row, spec)]


def meeting_rows(
    database: Database, spec: MeetingFilter = MeetingFilter(), *, newest_first: bool = True
) -> list[MeetingRow]:
    """The meetings the filter lets through, newest first (or oldest first). One query."""
    return _read(database, spec, newest_first=newest_first)


def meeting_row(database: Database, meeting_id: int) -> MeetingRow:
    """One meeting's row; ``NotFoundError`` when there is no such meeting."""
    found = _read(database, MeetingFilter(), m.Meeting.id == meeting_id, newest_first=False)
    if not found:
        raise NotFoundError(translate("Meetings", "meeting"), meeting_id)
    return found[0]


def meetings_by_day(
    database: Database, year: int, month: int, spec: MeetingFilter = MeetingFilter()
) -> dict[date, list[MeetingRow]]:
    """The days of a month that have meetings, each with its meetings in start order.

    A meeting is on every day from its first to its last day (in its own zone), so a
    two-day meeting appears on both. The filter applies as in the list (its dates to the
    day a meeting starts). One query.
    """
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    meeting = m.Meeting
    overlaps = (
        sa.func.coalesce(meeting.ends_at, meeting.starts_at)
        >= datetime.combine(first - _ZONE_MARGIN, time()),
        meeting.starts_at < datetime.combine(last + 2 * _ZONE_MARGIN, time()),
    )
    days: dict[date, list[MeetingRow]] = defaultdict(list)
    for row in _read(database, spec, *overlaps, newest_first=False):
        day = max(row.first_day, first)
        while day <= min(row.last_day, last):
            days[day].append(row)
            day += timedelta(days=1)
    return dict(sorted(days.items()))


def meeting_summary(database: Database, meeting_id: int) -> MeetingSummary:
    """What the overview shows for one meeting, in five queries.

    Raises ``NotFoundError`` when there is no such meeting.
    """
    meeting, attendance = m.Meeting, m.Attendance
    row_query = _rows_query(meeting.id == meeting_id)
    extra_query = sa.select(meeting.notes, meeting.retention_until).where(meeting.id == meeting_id)
    groups_query = (
        sa.select(m.StakeholderGroup.name)
        .join(m.MeetingInvitedGroup, m.MeetingInvitedGroup.group_id == m.StakeholderGroup.id)
        .where(m.MeetingInvitedGroup.meeting_id == meeting_id)
    )
    agenda_query = (
        sa.select(
            m.AgendaItem.position,
            m.AgendaItem.title,
            m.AgendaItem.planned_minutes,
            m.AgendaItem.presenter,
        )
        .where(m.AgendaItem.meeting_id == meeting_id)
        .order_by(m.AgendaItem.position, m.AgendaItem.id)
    )
    tools_query = (
        sa.select(m.MeetingTool.tool)
        .where(m.MeetingTool.meeting_id == meeting_id)
        .order_by(m.MeetingTool.tool)
    )
    status_query = (
        sa.select(
            attendance.status,
            sa.func.count(),
            sa.func.count().filter(attendance.is_walk_in),
        )
        .where(attendance.meeting_id == meeting_id)
        .group_by(attendance.status)
    )
    anonymous_query = sa.select(
        sa.func.coalesce(sa.func.sum(m.AnonymousAttendance.count), 0)
    ).where(m.AnonymousAttendance.meeting_id == meeting_id)
    with database.reading() as session:
        found = session.execute(row_query).first()
        if found is None:
            raise NotFoundError(translate("Meetings", "meeting"), meeting_id)
        notes, retention = session.execute(extra_query).one()
        groups = sorted(session.scalars(groups_query), key=lambda name: (fold(name), name))
        agenda = [AgendaLine(*line) for line in session.execute(agenda_query)]
        tools = tuple(session.scalars(tools_query))
        statuses = session.execute(status_query).all()
        anonymous = int(session.scalar(anonymous_query) or 0)
    by_status = dict.fromkeys(AttendanceStatus, 0)
    walk_ins = 0
    for status, count, walked_in in statuses:
        by_status[status] = int(count)
        walk_ins += int(walked_in)
    return MeetingSummary(
        row=_row(found),
        notes=notes,
        retention_until=retention,
        invited_groups=tuple(groups),
        agenda=tuple(agenda),
        tools=tools,
        by_status=by_status,
        walk_ins=walk_ins,
        anonymous=anonymous,
    )


# --- deleting ----------------------------------------------------------------------------


def delete_meeting(database: Database, meeting_id: int) -> DeletedRows:
    """Delete a meeting with its agenda, attendance, decisions, tasks and files, in one
    transaction; the snapshot returned lets ``restore_meeting`` put it all back."""
    return delete_with_snapshot(database, records.Meeting, meeting_id)


def restore_meeting(database: Database, deleted: DeletedRows) -> None:
    """Put a deleted meeting back exactly (same ids); ``DeletionError`` when it cannot."""
    restore(database, deleted)
