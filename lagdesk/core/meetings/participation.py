"""Who comes to the meetings: counts per meeting and per person, drop-outs, never-attended.

No widgets, and the counting is done in SQL with a fixed number of queries (never one per
meeting or per person), because the large files hold 200,000 attendance rows.

Definitions used everywhere in this module:

- *invited*: a named attendance row that is not a walk-in, whatever its status (invited,
  registered, attended, excused, no-show). Walk-ins were not invited; they were added on
  the spot.
- *attended*: a named row with status "attended" (walk-ins included); for a meeting, the
  anonymous counts are added too.
- a meeting's *date* is the day it starts in its own time zone.
- the sector of a named person is the sector of their organisation (``None`` without one);
  the gender is the person's.
- with a ``group_id``, people are the group's members (persons with a membership, at any
  time, in the group or one of its subgroups); without one, everyone with an attendance row.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa

from lagdesk.core.stakeholders.composition import membership_conditions, require
from lagdesk.core.support.zones import local_date
from lagdesk.db import models as m
from lagdesk.db.codes import AttendanceStatus, Gender, MeetingType, Sector
from lagdesk.db.database import Database

#: How many of a person's latest invitations ``drop_outs`` looks at by default.
RECENT_MEETINGS = 3

ATTENDED = AttendanceStatus.ATTENDED


@dataclass(frozen=True)
class MeetingParticipation:
    """One meeting's counts.

    ``attended`` = named people with status attended (walk-ins included) + ``anonymous``.
    ``by_sector`` and ``by_gender`` break ``attended`` down (named and anonymous together)
    and hold only non-zero counts; ``walk_ins`` is the named walk-ins who attended.
    """

    id: int
    date: date
    title: str
    type: MeetingType
    invited: int
    attended: int
    walk_ins: int
    anonymous: int
    by_sector: dict[Sector | None, int] = field(default_factory=dict)
    by_gender: dict[Gender, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PersonParticipation:
    """One person's record over all meetings.

    ``invited`` counts invitations (walk-ins excluded); ``attended`` counts every meeting
    attended, walk-ins included; ``attended_when_invited`` only those they were invited to.
    ``rate`` = attended_when_invited / invited (so a walk-in never lifts it above 1);
    ``None`` when the person was never invited.
    """

    person_id: int
    first_name: str
    last_name: str
    organisation: str
    invited: int
    attended: int
    attended_when_invited: int
    walk_ins: int
    rate: float | None
    last_attended: date | None


def meeting_breakdown(
    database: Database, meeting_id: int | None = None
) -> list[MeetingParticipation]:
    """Counts for every meeting (or one), in date order. Three queries whatever the size.

    Raises ``NotFoundError`` for a ``meeting_id`` that does not exist.
    """
    a, anon, meeting = m.Attendance, m.AnonymousAttendance, m.Meeting
    attended = a.status == ATTENDED
    named = (
        sa.select(
            a.meeting_id,
            sa.func.count().filter(~a.is_walk_in).label("invited"),
            sa.func.count().filter(attended).label("attended"),
            sa.func.count().filter(attended, a.is_walk_in).label("walk_ins"),
        )
        .group_by(a.meeting_id)
        .subquery()
    )
    meetings = (
        sa.select(
            meeting.id,
            meeting.starts_at,
            meeting.timezone,
            meeting.title,
            meeting.type,
            sa.func.coalesce(named.c.invited, 0),
            sa.func.coalesce(named.c.attended, 0),
            sa.func.coalesce(named.c.walk_ins, 0),
        )
        .outerjoin(named, named.c.meeting_id == meeting.id)
        .order_by(meeting.starts_at, meeting.id)
    )
    people = (
        sa.select(a.meeting_id, m.Organisation.sector, m.Person.gender, sa.func.count())
        .join(m.Person, m.Person.id == a.person_id)
        .outerjoin(m.Organisation, m.Organisation.id == m.Person.organisation_id)
        .where(attended)
        .group_by(a.meeting_id, m.Organisation.sector, m.Person.gender)
    )
    anonymous = (
        sa.select(anon.meeting_id, anon.sector, anon.gender, sa.func.sum(anon.count))
        .where(anon.count > 0)
        .group_by(anon.meeting_id, anon.sector, anon.gender)
    )
    if meeting_id is not None:
        meetings = meetings.where(meeting.id == meeting_id)
        people = people.where(a.meeting_id == meeting_id)
        anonymous = anonymous.where(anon.meeting_id == meeting_id)

    sectors: dict[int, dict[Sector | None, int]] = defaultdict(lambda: defaultdict(int))
    genders: dict[int, dict[Gender, int]] = defaultdict(lambda: defaultdict(int))
    anonymous_total: dict[int, int] = defaultdict(int)
    with database.reading() as session:
        if meeting_id is not None:
            require(session, m.Meeting, meeting_id, "meeting")
        meeting_rows = session.execute(meetings).all()
        named_rows = session.execute(people).all()
        anonymous_rows = session.execute(anonymous).all()
    for row in [*named_rows, *anonymous_rows]:
        sectors[row[0]][row[1]] += int(row[3])
        genders[row[0]][row[2]] += int(row[3])
    for row in anonymous_rows:
        anonymous_total[row[0]] += int(row[3])

    return [
        MeetingParticipation(
            id=key,
            date=local_date(starts, zone),
            title=title,
            type=kind,
            invited=int(invited),
            attended=int(present) + anonymous_total[key],
            walk_ins=int(walk_ins),
            anonymous=anonymous_total[key],
            by_sector=dict(sectors[key]),
            by_gender=dict(genders[key]),
        )
        for key, starts, zone, title, kind, invited, present, walk_ins in meeting_rows
    ]


def _people_in_scope(group_id: int | None) -> list[sa.ColumnElement[bool]]:
    if group_id is None:
        return [sa.exists().where(m.Attendance.person_id == m.Person.id)]
    return membership_conditions("person", group_id, None, date.today())


def _participation(
    database: Database, group_id: int | None, *extra: sa.ColumnElement[bool]
) -> list[PersonParticipation]:
    a = m.Attendance
    attended = a.status == ATTENDED
    counts = (
        sa.select(
            a.person_id,
            sa.func.count().filter(~a.is_walk_in).label("invited"),
            sa.func.count().filter(attended).label("attended"),
            sa.func.count().filter(attended, ~a.is_walk_in).label("attended_invited"),
            sa.func.count().filter(attended, a.is_walk_in).label("walk_ins"),
            sa.func.max(m.Meeting.starts_at).filter(attended).label("last_start"),
        )
        .join(m.Meeting, m.Meeting.id == a.meeting_id)
        .group_by(a.person_id)
        .subquery()
    )
    # The zone of the last meeting attended, to give its local date.
    last_zone = (
        sa.select(m.Meeting.timezone)
        .join(a, a.meeting_id == m.Meeting.id)
        .where(a.person_id == m.Person.id, attended, m.Meeting.starts_at == counts.c.last_start)
        .order_by(m.Meeting.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    query = (
        sa.select(
            m.Person.id,
            m.Person.first_name,
            m.Person.last_name,
            sa.func.coalesce(m.Organisation.name, ""),
            sa.func.coalesce(counts.c.invited, 0),
            sa.func.coalesce(counts.c.attended, 0),
            sa.func.coalesce(counts.c.attended_invited, 0),
            sa.func.coalesce(counts.c.walk_ins, 0),
            counts.c.last_start,
            last_zone,
        )
        .outerjoin(counts, counts.c.person_id == m.Person.id)
        .outerjoin(m.Organisation, m.Organisation.id == m.Person.organisation_id)
        .where(*_people_in_scope(group_id), *extra)
        .order_by(m.Person.last_name, m.Person.first_name, m.Person.id)
    )
    with database.reading() as session:
        if group_id is not None:
            require(session, m.StakeholderGroup, group_id, "group")
        rows = session.execute(query).all()
    result = []
    for (
        person_id,
        first,
        last,
        organisation,
        invited,
        present,
        when_invited,
        walk_ins,
        at,
        zone,
    ) in rows:
        result.append(
            PersonParticipation(
                person_id=person_id,
                first_name=first,
                last_name=last,
                organisation=organisation,
                invited=int(invited),
                attended=int(present),
                attended_when_invited=int(when_invited),
                walk_ins=int(walk_ins),
                rate=int(when_invited) / int(invited) if invited else None,
                last_attended=local_date(at, zone or "UTC") if at is not None else None,
            )
        )
    return result


def person_participation(
    database: Database, group_id: int | None = None
) -> list[PersonParticipation]:
    """Each person's invitations, attendance, rate and last meeting attended, by name.

    With ``group_id``, every member of the group (and its subgroups) is listed, also those
    never invited; without it, everyone with at least one attendance row. Two queries.
    """
    return _participation(database, group_id)


def drop_outs(
    database: Database, group_id: int | None = None, recent: int = RECENT_MEETINGS
) -> list[PersonParticipation]:
    """People who came early on and stopped coming.

    Take the meetings a person was invited to, latest first: the *recent* ones are the
    latest ``recent`` of them, the *early* ones all before. A drop-out attended at least one
    early meeting and none of the recent ones, and did not walk in to any meeting on or
    after the first recent one. Someone with ``recent`` invitations or fewer has no early
    meetings and is never a drop-out. Meetings count in start order (then id).
    """
    if recent < 1:
        raise ValueError(f"recent must be at least 1, not {recent}")
    a = m.Attendance
    ranked = (
        sa.select(
            a.person_id,
            a.status,
            m.Meeting.starts_at,
            sa.func.row_number()
            .over(
                partition_by=a.person_id, order_by=(m.Meeting.starts_at.desc(), m.Meeting.id.desc())
            )
            .label("rank"),
        )
        .join(m.Meeting, m.Meeting.id == a.meeting_id)
        .where(~a.is_walk_in)
        .subquery()
    )
    is_recent = ranked.c.rank <= recent
    came = ranked.c.status == ATTENDED
    summary = (
        sa.select(
            ranked.c.person_id,
            sa.func.count().filter(~is_recent, came).label("early"),
            sa.func.count().filter(is_recent, came).label("late"),
            sa.func.min(ranked.c.starts_at).filter(is_recent).label("since"),
        )
        .group_by(ranked.c.person_id)
        .subquery()
    )
    walked_in_since = sa.exists().where(
        a.person_id == summary.c.person_id,
        a.is_walk_in,
        a.status == ATTENDED,
        a.meeting_id == m.Meeting.id,
        m.Meeting.starts_at >= summary.c.since,
    )
    dropped = sa.select(summary.c.person_id).where(
        summary.c.early > 0, summary.c.late == 0, ~walked_in_since
    )
    return _participation(database, group_id, m.Person.id.in_(dropped))


def never_attended(database: Database, group_id: int | None = None) -> list[PersonParticipation]:
    """People invited at least once who never attended any meeting (not even walking in)."""
    return [
        row for row in _participation(database, group_id) if row.invited > 0 and row.attended == 0
    ]
