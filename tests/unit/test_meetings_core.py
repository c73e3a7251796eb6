"""The meetings list, calendar and overview queries on a hand-made register.

Meetings (times are local, in the zone named; UTC as stored in brackets):

    key      type                zone            starts                 ends
    kickoff  local group mtg     Europe/Warsaw   2024-03-30 10:00 (09:00)   12:00, the day before DST
    dst      thematic workshop   Europe/Warsaw   2024-03-31 10:00 (08:00)   12:30, DST day (CEST)
    riga     webinar             Europe/Riga     2024-03-01 00:30 (2024-02-29 22:30)
    visit    site visit          Europe/Lisbon   2024-03-12 09:00 (09:00) - 2024-03-13 17:00
    allday   other               Europe/Warsaw   2024-04-30 00:00 - 2024-05-01 00:00
    market   thematic workshop   Europe/Warsaw   2024-04-16 16:00, no end; place Łódź

Groups: ULG > Working group (subgroup), Steering board. kickoff invites ULG, dst the working
group, visit the steering board.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from lagdesk.core.meetings.overview import (
    MeetingFilter,
    delete_meeting,
    meeting_row,
    meeting_rows,
    meeting_summary,
    meetings_by_day,
    restore_meeting,
)
from lagdesk.core.meetings.participation import meeting_breakdown
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.core.support.deletion import DeletionError
from lagdesk.db import models as m
from lagdesk.db.codes import AttendanceStatus, Gender, MeetingType, Sector
from lagdesk.db.database import Database, open_database
from lagdesk.demo import build_demo
from lagdesk.errors import NotFoundError

A = AttendanceStatus


def utc(zone: str, *parts: int) -> datetime:
    """A local time in ``zone`` as the naive UTC time the file stores."""
    return datetime(*parts, tzinfo=ZoneInfo(zone)).astimezone(UTC).replace(tzinfo=None)


class Register:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.meetings: dict[str, int] = {}
        self.groups: dict[str, int] = {}
        self.people: list[int] = []

    def meeting(self, key: str, **values: Any) -> int:
        saved = store.save(self.database, r.Meeting(**values))
        assert saved.id is not None
        self.meetings[key] = saved.id
        return saved.id

    def group(self, key: str, name: str, parent: str | None = None) -> int:
        parent_id = self.groups[parent] if parent else None
        saved = store.save(self.database, r.StakeholderGroup(name=name, parent_id=parent_id))
        assert saved.id is not None
        self.groups[key] = saved.id
        return saved.id

    def invite_group(self, meeting: str, group: str) -> None:
        with self.database.session() as session:
            session.add(
                m.MeetingInvitedGroup(
                    meeting_id=self.meetings[meeting], group_id=self.groups[group]
                )
            )

    def attend(self, meeting: str, person: int, status: A, *, walk_in: bool = False) -> None:
        store.save(
            self.database,
            r.Attendance(
                meeting_id=self.meetings[meeting],
                person_id=self.people[person],
                status=status,
                is_walk_in=walk_in,
            ),
        )


@pytest.fixture
def register(database: Database) -> Register:
    reg = Register(database)
    reg.group("ulg", "ULG")
    reg.group("wg", "Working group", parent="ulg")
    reg.group("board", "Steering board")
    warsaw, riga, lisbon = "Europe/Warsaw", "Europe/Riga", "Europe/Lisbon"
    reg.meeting(
        "kickoff",
        type=MeetingType.LOCAL_GROUP_MEETING,
        title="Kick-off of the local group",
        starts_at=utc(warsaw, 2024, 3, 30, 10),
        ends_at=utc(warsaw, 2024, 3, 30, 12),
        timezone=warsaw,
        place="City hall, room 108",
        notes="Stakeholder mapping with the power/interest matrix",
    )
    reg.meeting(
        "dst",
        type=MeetingType.THEMATIC_WORKSHOP,
        title="Problem tree",
        starts_at=utc(warsaw, 2024, 3, 31, 10),
        ends_at=utc(warsaw, 2024, 3, 31, 12, 30),
        timezone=warsaw,
        place="University, room 204",
    )
    reg.meeting(
        "riga",
        type=MeetingType.WEBINAR,
        title="Webinar on social clauses",
        starts_at=utc(riga, 2024, 3, 1, 0, 30),
        timezone=riga,
        online_link="https://meet.example.org/clauses",
    )
    reg.meeting(
        "visit",
        type=MeetingType.SITE_VISIT,
        title="Study visit to Famalicão",
        starts_at=utc(lisbon, 2024, 3, 12, 9),
        ends_at=utc(lisbon, 2024, 3, 13, 17),
        timezone=lisbon,
        place="Vila Nova de Famalicão",
    )
    reg.meeting(
        "allday",
        type=MeetingType.OTHER,
        title="Open day",
        starts_at=utc(warsaw, 2024, 4, 30),
        ends_at=utc(warsaw, 2024, 5, 1),
        timezone=warsaw,
    )
    reg.meeting(
        "market",
        type=MeetingType.THEMATIC_WORKSHOP,
        title="Market dialogue with caterers",
        starts_at=utc(warsaw, 2024, 4, 16, 16),
        timezone=warsaw,
        place="Łódź, Piotrkowska 104",
    )
    reg.invite_group("kickoff", "ulg")
    reg.invite_group("dst", "wg")
    reg.invite_group("visit", "board")
    organisation = store.save(database, r.Organisation(name="City", sector=Sector.PUBLIC))
    for number in range(6):
        person = store.save(
            database,
            r.Person(last_name=f"Person {number}", organisation_id=organisation.id),
        )
        assert person.id is not None
        reg.people.append(person.id)
    return reg


def titles(rows: list[Any]) -> list[str]:
    return [row.title for row in rows]


def keys(register: Register, rows: list[Any]) -> list[str]:
    by_id = {value: key for key, value in register.meetings.items()}
    return [by_id[row.id] for row in rows]


# --- listing and filters -------------------------------------------------------------------


def test_all_meetings_newest_first_or_oldest_first(register: Register) -> None:
    newest = keys(register, meeting_rows(register.database, MeetingFilter()))
    assert newest == ["allday", "market", "dst", "kickoff", "visit", "riga"]
    oldest = meeting_rows(register.database, MeetingFilter(), newest_first=False)
    assert keys(register, oldest) == list(reversed(newest))


def test_filter_by_type(register: Register) -> None:
    spec = MeetingFilter(types=frozenset({MeetingType.THEMATIC_WORKSHOP}))
    assert keys(register, meeting_rows(register.database, spec)) == ["market", "dst"]
    both = MeetingFilter(types=frozenset({MeetingType.WEBINAR, MeetingType.SITE_VISIT}))
    assert keys(register, meeting_rows(register.database, both)) == ["visit", "riga"]


def test_dates_are_the_meetings_own_local_days(register: Register) -> None:
    """The Riga webinar starts on 29 February in UTC but on 1 March in Riga."""
    db = register.database
    march = MeetingFilter(start=date(2024, 3, 1), end=date(2024, 3, 31))
    assert keys(register, meeting_rows(db, march)) == ["dst", "kickoff", "visit", "riga"]
    february = MeetingFilter(end=date(2024, 2, 29))
    assert meeting_rows(db, february) == []
    only_first = MeetingFilter(start=date(2024, 3, 1), end=date(2024, 3, 1))
    assert keys(register, meeting_rows(db, only_first)) == ["riga"]
    riga = meeting_row(db, register.meetings["riga"])
    assert riga.first_day == date(2024, 3, 1)
    assert riga.starts_local.hour == 0
    assert riga.starts_local.minute == 30
    assert riga.starts_local.utcoffset() == timedelta(hours=2)


def test_dates_are_inclusive_and_by_start_day(register: Register) -> None:
    """The two-day visit starts on 12 March: a range from 13 March leaves it out."""
    db = register.database
    assert "visit" in keys(register, meeting_rows(db, MeetingFilter(end=date(2024, 3, 12))))
    assert "visit" not in keys(register, meeting_rows(db, MeetingFilter(start=date(2024, 3, 13))))
    assert keys(register, meeting_rows(db, MeetingFilter(start=date(2024, 4, 30)))) == ["allday"]


def test_times_follow_summer_time_in_the_meetings_zone(register: Register) -> None:
    db = register.database
    before = meeting_row(db, register.meetings["kickoff"])
    after = meeting_row(db, register.meetings["dst"])
    assert (before.starts_local.hour, before.starts_local.utcoffset()) == (10, timedelta(hours=1))
    assert (after.starts_local.hour, after.starts_local.utcoffset()) == (10, timedelta(hours=2))
    assert after.starts_local.tzname() == "CEST"
    assert before.starts_local.tzname() == "CET"
    assert after.ends_local is not None
    assert (after.ends_local.hour, after.ends_local.minute) == (12, 30)
    assert after.timezone == "Europe/Warsaw"


def test_filter_by_group_takes_in_its_subgroups(register: Register) -> None:
    db = register.database
    ulg = MeetingFilter(group_id=register.groups["ulg"])
    assert keys(register, meeting_rows(db, ulg)) == ["dst", "kickoff"]
    working_group = MeetingFilter(group_id=register.groups["wg"])
    assert keys(register, meeting_rows(db, working_group)) == ["dst"]
    board = MeetingFilter(group_id=register.groups["board"])
    assert keys(register, meeting_rows(db, board)) == ["visit"]


def test_filter_by_words_in_title_place_or_notes(register: Register) -> None:
    db = register.database

    def found(text: str) -> list[str]:
        return keys(register, meeting_rows(db, MeetingFilter(text=text)))

    assert found("lodz") == ["market"]  # accents and Ł folded
    assert found("FAMALICAO") == ["visit"]
    assert found("power/interest") == ["kickoff"]  # in the notes
    assert found("room") == ["dst", "kickoff"]  # in the place
    assert found("room hall") == ["kickoff"]  # every word must occur
    assert found("room webinar") == []
    assert found("   ") == found("")


def test_filters_combine(register: Register) -> None:
    spec = MeetingFilter(
        types=frozenset({MeetingType.THEMATIC_WORKSHOP, MeetingType.LOCAL_GROUP_MEETING}),
        start=date(2024, 3, 31),
        group_id=register.groups["ulg"],
        text="tree",
    )
    assert keys(register, meeting_rows(register.database, spec)) == ["dst"]


def test_a_group_or_meeting_that_does_not_exist(register: Register) -> None:
    assert meeting_rows(register.database, MeetingFilter(group_id=9999)) == []
    with pytest.raises(NotFoundError):
        meeting_row(register.database, 9999)
    with pytest.raises(NotFoundError):
        meeting_summary(register.database, 9999)


# --- counts ---------------------------------------------------------------------------------


def test_counts_take_walk_ins_and_anonymous_people(register: Register) -> None:
    db = register.database
    register.attend("kickoff", 0, A.ATTENDED)
    register.attend("kickoff", 1, A.ATTENDED)
    register.attend("kickoff", 2, A.EXCUSED)
    register.attend("kickoff", 3, A.NO_SHOW)
    register.attend("kickoff", 4, A.REGISTERED)
    register.attend("kickoff", 5, A.ATTENDED, walk_in=True)
    kickoff = register.meetings["kickoff"]
    store.save_all(
        db,
        [
            r.AnonymousAttendance(
                meeting_id=kickoff, sector=Sector.CIVIC, gender=Gender.FEMALE, count=3
            ),
            r.AnonymousAttendance(meeting_id=kickoff, sector=None, count=2),
            r.Decision(meeting_id=kickoff, number=1, text="Set up the working groups."),
            r.Decision(meeting_id=kickoff, number=2, text="Meet every quarter."),
            r.Task(meeting_id=kickoff, title="Send the minutes"),
            r.Task(meeting_id=kickoff, title="Book the room", done=True, done_on=date(2024, 4, 1)),
            r.Task(meeting_id=kickoff, title="Ask for consent forms"),
        ],
    )
    row = meeting_row(db, kickoff)
    assert (row.invited, row.present, row.decisions, row.open_tasks) == (5, 3 + 3 + 2, 2, 2)
    other = meeting_row(db, register.meetings["dst"])
    assert (other.invited, other.present, other.decisions, other.open_tasks) == (0, 0, 0, 0)
    summary = meeting_summary(db, kickoff)
    assert summary.by_status == {
        A.INVITED: 0,
        A.REGISTERED: 1,
        A.ATTENDED: 3,
        A.EXCUSED: 1,
        A.NO_SHOW: 1,
    }
    assert (summary.walk_ins, summary.anonymous) == (1, 5)
    assert summary.row == row


def test_counts_agree_with_participation_on_the_demo(tmp_path: Path) -> None:
    database = open_database(tmp_path / "demo.sqlite")
    try:
        build_demo(database, "small", seed=1)
        rows = meeting_rows(database, MeetingFilter())
        breakdown = {meeting.id: meeting for meeting in meeting_breakdown(database)}
        assert len(rows) == 12
        for row in rows:
            assert (row.invited, row.present) == (
                breakdown[row.id].invited,
                breakdown[row.id].attended,
            )
            assert row.first_day == breakdown[row.id].date
        assert sum(row.decisions for row in rows) > 0
    finally:
        database.close()


@pytest.fixture
def statements(database: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append(statement)

    sa.event.listen(database.engine, "before_cursor_execute", count)
    yield seen
    sa.event.remove(database.engine, "before_cursor_execute", count)


def _add_meeting(register: Register, number: int) -> None:
    """One more meeting with an invited group, attendance, a decision, a task, an agenda."""
    db = register.database
    key = f"extra{number}"
    register.meeting(
        key,
        type=MeetingType.LOCAL_GROUP_MEETING,
        title=f"Meeting {number}",
        starts_at=datetime(2025, 1, 1, 9) + timedelta(hours=17 * number),
        timezone="Europe/Warsaw",
    )
    register.invite_group(key, "wg" if number % 2 else "ulg")
    register.attend(key, number % 6, A.ATTENDED, walk_in=number % 3 == 0)
    meeting_id = register.meetings[key]
    store.save_all(
        db,
        [
            r.Decision(meeting_id=meeting_id, number=1, text="Agreed."),
            r.Task(meeting_id=meeting_id, title="Follow up"),
            r.AgendaItem(meeting_id=meeting_id, title="Welcome", planned_minutes=10),
            r.AnonymousAttendance(meeting_id=meeting_id, count=1),
        ],
    )


def test_the_number_of_queries_does_not_grow_with_the_meetings(
    register: Register, statements: list[str]
) -> None:
    db = register.database
    spec = MeetingFilter(group_id=register.groups["ulg"], text="meeting")

    def queries() -> tuple[int, ...]:
        counts = []
        for call in (
            lambda: meeting_rows(db, spec),
            lambda: meetings_by_day(db, 2025, 1, spec),
            lambda: meeting_summary(db, register.meetings["extra0"]),
        ):
            statements.clear()
            call()
            counts.append(len(statements))
        return tuple(counts)

    for number in range(2):
        _add_meeting(register, number)
    few = queries()
    assert len(meeting_rows(db, spec)) == 2
    for number in range(2, 42):
        _add_meeting(register, number)
    many = queries()
    assert len(meeting_rows(db, spec)) == 42
    assert sum(len(rows) for rows in meetings_by_day(db, 2025, 1, spec).values()) == 42
    assert few == many
    assert many[:2] == (1, 1)


# --- the month ------------------------------------------------------------------------------


def test_month_days_are_local_and_a_long_meeting_is_on_every_day(register: Register) -> None:
    db = register.database
    march = meetings_by_day(db, 2024, 3)
    assert {day: keys(register, rows) for day, rows in march.items()} == {
        date(2024, 3, 1): ["riga"],
        date(2024, 3, 12): ["visit"],
        date(2024, 3, 13): ["visit"],
        date(2024, 3, 30): ["kickoff"],
        date(2024, 3, 31): ["dst"],
    }
    assert date(2024, 2, 29) not in meetings_by_day(db, 2024, 2)
    april = meetings_by_day(db, 2024, 4)
    # The open day lasts until midnight: 30 April only, not 1 May.
    assert {day: keys(register, rows) for day, rows in april.items()} == {
        date(2024, 4, 16): ["market"],
        date(2024, 4, 30): ["allday"],
    }
    assert meetings_by_day(db, 2024, 5) == {}


def test_a_meeting_over_the_turn_of_the_month_is_in_both_months(register: Register) -> None:
    db = register.database
    register.meeting(
        "turn",
        type=MeetingType.TRANSNATIONAL_MEETING,
        title="Transnational meeting in Umeå",
        starts_at=utc("Europe/Stockholm", 2024, 5, 31, 9),
        ends_at=utc("Europe/Stockholm", 2024, 6, 1, 13),
        timezone="Europe/Stockholm",
    )
    may, june = meetings_by_day(db, 2024, 5), meetings_by_day(db, 2024, 6)
    assert keys(register, may[date(2024, 5, 31)]) == ["turn"]
    assert keys(register, june[date(2024, 6, 1)]) == ["turn"]
    assert list(june) == [date(2024, 6, 1)]
    # The filter's dates are about the first day, in the month view too.
    june_only = MeetingFilter(start=date(2024, 6, 1))
    assert meetings_by_day(db, 2024, 6, june_only) == {}


def test_month_days_follow_the_filter_and_keep_start_order(register: Register) -> None:
    db = register.database
    register.meeting(
        "early",
        type=MeetingType.THEMATIC_WORKSHOP,
        title="Morning coffee",
        starts_at=utc("Europe/Warsaw", 2024, 3, 12, 8),
        timezone="Europe/Warsaw",
    )
    day = meetings_by_day(db, 2024, 3)[date(2024, 3, 12)]
    assert keys(register, day) == ["early", "visit"]  # 08:00 Warsaw is before 09:00 Lisbon
    workshops = MeetingFilter(types=frozenset({MeetingType.THEMATIC_WORKSHOP}))
    assert list(meetings_by_day(db, 2024, 3, workshops)) == [date(2024, 3, 12), date(2024, 3, 31)]


# --- the overview ---------------------------------------------------------------------------


def test_summary_holds_what_the_overview_shows(register: Register) -> None:
    db = register.database
    kickoff = register.meetings["kickoff"]
    store.save(
        db,
        r.Meeting(
            id=kickoff,
            type=MeetingType.LOCAL_GROUP_MEETING,
            title="Kick-off of the local group",
            starts_at=utc("Europe/Warsaw", 2024, 3, 30, 10),
            ends_at=utc("Europe/Warsaw", 2024, 3, 30, 12),
            timezone="Europe/Warsaw",
            place="City hall, room 108",
            notes="Bring the consent forms.",
            retention_until=date(2031, 12, 31),
        ),
    )
    register.invite_group("kickoff", "board")
    store.save_all(
        db,
        [
            r.AgendaItem(meeting_id=kickoff, position=2, title="Mapping", planned_minutes=60),
            r.AgendaItem(meeting_id=kickoff, position=1, title="Welcome", presenter="Mayor"),
            r.AgendaItem(meeting_id=kickoff, position=3, title="Next steps", planned_minutes=15),
        ],
    )
    with db.session() as session:
        session.add_all(
            [
                m.MeetingTool(meeting_id=kickoff, tool="world_cafe"),
                m.MeetingTool(meeting_id=kickoff, tool="power_interest_matrix"),
            ]
        )
    summary = meeting_summary(db, kickoff)
    assert summary.row.title == "Kick-off of the local group"
    assert summary.notes == "Bring the consent forms."
    assert summary.retention_until == date(2031, 12, 31)
    assert summary.invited_groups == ("Steering board", "ULG")
    assert [(line.position, line.title) for line in summary.agenda] == [
        (1, "Welcome"),
        (2, "Mapping"),
        (3, "Next steps"),
    ]
    assert summary.agenda[0].presenter == "Mayor"
    assert summary.agenda[0].planned_minutes is None
    assert summary.planned_minutes == 75
    assert summary.tools == ("power_interest_matrix", "world_cafe")
    assert set(summary.by_status.values()) == {0}


# --- deleting -------------------------------------------------------------------------------

Dump = dict[str, list[tuple[Any, ...]]]


def dump(path: Path) -> Dump:
    connection = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {
            name: connection.execute(f'SELECT rowid, * FROM "{name}" ORDER BY rowid').fetchall()
            for name in names
        }
    finally:
        connection.close()


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path)
    try:
        build_demo(database, "small", seed=1)
    finally:
        database.close()
    return path


@pytest.fixture
def demo(tmp_path: Path, demo_template: Path) -> Iterator[Database]:
    path = tmp_path / "copy.sqlite"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    yield database
    database.close()


def test_delete_takes_everything_and_restore_puts_it_back_exactly(demo: Database) -> None:
    with demo.reading() as session:
        # A meeting with files and a decision that an action of the plan came from.
        chosen = session.scalar(
            sa.select(m.Decision.meeting_id)
            .join(m.Action, m.Action.source_decision_id == m.Decision.id)
            .join(m.Attachment, m.Attachment.meeting_id == m.Decision.meeting_id)
            .limit(1)
        )
    assert chosen is not None
    before = dump(demo.path)
    summary = meeting_summary(demo, chosen)
    deleted = delete_meeting(demo, chosen)
    assert deleted.count("meeting") == 1
    assert deleted.count("attendance") == sum(summary.by_status.values())
    assert deleted.count("decision") == summary.row.decisions
    assert deleted.count("attachment") >= 1
    assert deleted.count("attachment_content") == deleted.count("attachment")
    assert deleted.unlinked("action") >= 1  # the action stays, without its source
    assert chosen not in [row.id for row in meeting_rows(demo)]
    after_delete = dump(demo.path)
    assert after_delete != before
    assert not [row for row in after_delete["attendance"] if row[2] == chosen]
    restore_meeting(demo, deleted)
    assert dump(demo.path) == before
    assert meeting_summary(demo, chosen) == summary


def test_restore_refuses_when_the_id_was_taken_since(register: Register) -> None:
    db = register.database
    riga = register.meetings["riga"]
    deleted = delete_meeting(db, riga)
    store.save(
        db,
        r.Meeting(
            id=None,
            type=MeetingType.OTHER,
            title="Taken",
            starts_at=datetime(2024, 1, 1, 9),
        ),
    )
    with db.session() as session:
        session.execute(sa.update(m.Meeting).where(m.Meeting.title == "Taken").values(id=riga))
    with pytest.raises(DeletionError):
        restore_meeting(db, deleted)
    assert meeting_row(db, riga).title == "Taken"


def test_deleting_a_meeting_that_does_not_exist(register: Register) -> None:
    with pytest.raises(NotFoundError):
        delete_meeting(register.database, 9999)
