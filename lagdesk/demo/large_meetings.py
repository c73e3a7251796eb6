"""The large demo's meetings: agendas, tools, decisions, tasks and 200 000 attendances."""

from __future__ import annotations

from datetime import time, timedelta
from typing import TYPE_CHECKING

from lagdesk.db.codes import AttendanceStatus, Gender, MeetingType, Sector
from lagdesk.db.models import (
    AgendaItem,
    AnonymousAttendance,
    Attendance,
    Decision,
    Meeting,
    MeetingInvitedGroup,
    MeetingTool,
    Task,
    TransnationalMeeting,
)
from lagdesk.demo import large_text as text
from lagdesk.demo.bulk import Row, insert_rows, next_id, split_total
from lagdesk.demo.common import RETENTION_UNTIL, utc
from lagdesk.demo.large_text import END

if TYPE_CHECKING:
    from lagdesk.demo.large import LargeContext

MEETING_TYPES = tuple(MeetingType)
MEETING_WEIGHTS = (30, 20, 15, 8, 3, 12, 7, 5)
STATUSES = tuple(AttendanceStatus)
STATUS_WEIGHTS = (5, 7, 70, 10, 8)  # invited, registered, attended, excused, no-show
SECTORS = tuple(Sector)


def add_meetings(context: LargeContext) -> None:
    rng, n = context.rng, context.counts["meeting"]
    days = sorted(context.random_day() for _ in range(n))
    days = [day - timedelta(days=max(0, day.weekday() - 4)) for day in days]  # no weekends
    types = rng.choices(MEETING_TYPES, MEETING_WEIGHTS, k=n)
    group_ids = list(context.ids("stakeholder_group"))
    rows: list[Row] = []
    for offset, meeting_id in enumerate(context.ids("meeting")):
        day, kind = days[offset], types[offset]
        own = kind != MeetingType.TRANSNATIONAL_MEETING and rng.random() < 0.7
        city = 0 if own else rng.randrange(1, len(text.CITIES))
        name, _country, zone = text.CITIES[city]
        topic = rng.choice(text.TOPICS)
        starts = time(rng.choice((9, 10, 13, 15, 16, 17)), rng.choice((0, 30)))
        length = timedelta(days=1) if kind == MeetingType.TRANSNATIONAL_MEETING else timedelta()
        hours = rng.choice((1, 2, 2, 3))
        ends = time(starts.hour + hours, starts.minute)
        online = kind == MeetingType.WEBINAR
        rows.append(
            {
                "id": meeting_id,
                "type": kind,
                "title": text.MEETING_TITLES[kind.value].format(topic=topic, city=name),
                "starts_at": utc(day, starts, zone),
                "ends_at": utc(day + length, ends, zone),
                "timezone": zone,
                "place": ""
                if online
                else f"{rng.choice(text.VENUES).format(n=offset % 9 + 1)}, {name}",
                "online_link": f"https://meet.example/m{meeting_id}" if online else "",
                "notes": "",
                "minutes": f"<h2>Summary</h2><p>Discussion on {topic}.</p>"
                if rng.random() < 0.75
                else "",
                "retention_until": RETENTION_UNTIL,
            }
        )
        context.meeting_days.append(day)
        context.meeting_city.append(city)
        context.meeting_types.append(kind)
    insert_rows(context.session, Meeting, rows)
    _add_meeting_parts(context, group_ids)
    _add_transnational(context)


def _add_meeting_parts(context: LargeContext, group_ids: list[int]) -> None:
    rng, session = context.rng, context.session
    people = context.ids("person")
    agenda: list[Row] = []
    tools: list[Row] = []
    invited: list[Row] = []
    decisions: list[Row] = []
    tasks: list[Row] = []
    anonymous: list[Row] = []
    ids = {
        "agenda": next_id(session, AgendaItem),
        "decision": next_id(session, Decision),
        "task": next_id(session, Task),
        "anonymous": next_id(session, AnonymousAttendance),
    }
    combos = [
        (s, g) for s in (None, *SECTORS) for g in (Gender.FEMALE, Gender.MALE, Gender.UNKNOWN)
    ]
    for offset, meeting_id in enumerate(context.ids("meeting")):
        day = context.meeting_days[offset]
        topic = rng.choice(text.TOPICS)
        for position in range(rng.randint(2, 6)):
            agenda.append(
                {
                    "id": ids["agenda"],
                    "meeting_id": meeting_id,
                    "position": position,
                    "title": rng.choice(text.AGENDA_ITEMS).format(topic=topic),
                    "planned_minutes": rng.choice((10, 15, 20, 30, 45, 60)),
                    "presenter": "",
                }
            )
            ids["agenda"] += 1
        for tool in rng.sample(text.TOOLS, rng.choices((0, 1, 2, 3), (20, 40, 30, 10))[0]):
            tools.append({"meeting_id": meeting_id, "tool": tool})
        invited.append({"meeting_id": meeting_id, "group_id": rng.choice(group_ids)})
        meeting_decisions: list[int] = []
        for number in range(1, rng.choices((0, 1, 2, 3, 4), (25, 25, 25, 15, 10))[0] + 1):
            decisions.append(
                {
                    "id": ids["decision"],
                    "meeting_id": meeting_id,
                    "number": number,
                    "text": rng.choice(text.DECISION_TEXTS).format(topic=topic),
                }
            )
            meeting_decisions.append(ids["decision"])
            ids["decision"] += 1
        for _ in range(rng.choices((0, 1, 2, 3, 4, 5), (15, 20, 25, 20, 12, 8))[0]):
            due = day + timedelta(days=rng.randint(7, 60))
            done = due < END and rng.random() < 0.7
            linked = meeting_decisions and rng.random() < 0.6
            tasks.append(
                {
                    "id": ids["task"],
                    "meeting_id": meeting_id,
                    "decision_id": rng.choice(meeting_decisions) if linked else None,
                    "title": rng.choice(text.TASK_TEXTS).format(topic=topic),
                    "owner_person_id": rng.choice(people),
                    "due_on": due,
                    "done": done,
                    "done_on": due + timedelta(days=rng.randint(-5, 10)) if done else None,
                }
            )
            ids["task"] += 1
        for sector, gender in rng.sample(combos, rng.choices((0, 1, 2), (30, 45, 25))[0]):
            anonymous.append(
                {
                    "id": ids["anonymous"],
                    "meeting_id": meeting_id,
                    "sector": sector,
                    "gender": gender,
                    "count": rng.randint(1, 6),
                }
            )
            ids["anonymous"] += 1
        context.decision_ids.extend(meeting_decisions)
    insert_rows(session, AgendaItem, agenda)
    insert_rows(session, MeetingTool, tools)
    insert_rows(session, MeetingInvitedGroup, invited)
    insert_rows(session, Decision, decisions)
    insert_rows(session, Task, tasks)
    insert_rows(session, AnonymousAttendance, anonymous)


def _add_transnational(context: LargeContext) -> None:
    """One network meeting per partner city, linked to the own delegation's meeting row."""
    offsets = [
        i
        for i, kind in enumerate(context.meeting_types)
        if kind == MeetingType.TRANSNATIONAL_MEETING
    ]
    step = max(1, len(offsets) // len(text.CITIES))
    rows: list[Row] = []
    first = next_id(context.session, TransnationalMeeting)
    for index, offset in enumerate(offsets[::step][: len(text.CITIES)]):
        day, city = context.meeting_days[offset], context.meeting_city[offset]
        rows.append(
            {
                "id": first + index,
                "network_id": context.first["network"],
                "host_partner_id": context.partner_ids[city],
                "title": f"Network meeting {index + 1}",
                "place": text.CITIES[city][0],
                "start_date": day,
                "end_date": day + timedelta(days=1),
                "meeting_id": context.first["meeting"] + offset,
                "notes": "",
            }
        )
    insert_rows(context.session, TransnationalMeeting, rows)


def add_attendance(context: LargeContext) -> None:
    """Exactly the target number of rows, each (meeting, person) pair at most once."""
    rng, n_people = context.rng, context.counts["person"]
    meetings = list(context.ids("meeting"))
    weights = [rng.uniform(0.3, 1.7) for _ in meetings]
    per_meeting = split_total(weights, context.counts["attendance"], cap=n_people)
    person_ids = context.ids("person")
    statuses = rng.choices(STATUSES, STATUS_WEIGHTS, k=context.counts["attendance"])
    row_id = next_id(context.session, Attendance)
    rows: list[Row] = []
    for meeting_id, size in zip(meetings, per_meeting, strict=True):
        for index in rng.sample(range(n_people), size):
            status = statuses[len(rows)]
            walk_in = status == AttendanceStatus.ATTENDED and rng.random() < 0.05
            rows.append(
                {
                    "id": row_id,
                    "meeting_id": meeting_id,
                    "person_id": person_ids[index],
                    "status": status,
                    "is_walk_in": walk_in,
                }
            )
            row_id += 1
    insert_rows(context.session, Attendance, rows)
