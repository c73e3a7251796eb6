"""Planning a meeting: time zones, saving the whole plan at once, who gets invited."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfoNotFoundError

import pytest
import sqlalchemy as sa

from lagdesk.core.meetings.planning import (
    TOOLS,
    MeetingPlan,
    default_retention,
    group_choices,
    group_member_ids,
    invitable_people,
    load_meeting_plan,
    local_to_utc,
    new_meeting_plan,
    next_working_day,
    people_by_id,
    save_meeting_plan,
    tool_label,
    utc_offset,
)
from lagdesk.core.support import records as r
from lagdesk.core.support import store, zones
from lagdesk.core.support.zones import utc_to_local
from lagdesk.db import models as m
from lagdesk.db.codes import AttendanceStatus, GroupKind, MeetingType, Programme, Sector
from lagdesk.db.database import Database
from lagdesk.errors import ValidationError

WARSAW = "Europe/Warsaw"

# --- time zones ---------------------------------------------------------------------------


def test_summer_time_gap_moves_forward() -> None:
    # 2024-03-31 02:30 does not exist in Warsaw: it is 03:30 summer time, 01:30 UTC.
    stored = local_to_utc(datetime(2024, 3, 31, 2, 30), WARSAW)
    assert stored == datetime(2024, 3, 31, 1, 30)
    assert utc_to_local(stored, WARSAW).replace(tzinfo=None) == datetime(2024, 3, 31, 3, 30)


def test_repeated_autumn_hour_takes_the_first() -> None:
    # 2024-10-27 02:30 happens twice in Warsaw; the first is still summer time (UTC+2).
    assert local_to_utc(datetime(2024, 10, 27, 2, 30), WARSAW) == datetime(2024, 10, 27, 0, 30)
    # An hour later in UTC is the second 02:30, in winter time.
    second = utc_to_local(datetime(2024, 10, 27, 1, 30), WARSAW)
    assert second.replace(tzinfo=None) == datetime(2024, 10, 27, 2, 30)
    assert second.utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize(
    ("zone", "local"),
    [
        (WARSAW, datetime(2024, 1, 15, 17, 0)),
        (WARSAW, datetime(2024, 7, 15, 17, 0)),
        ("Europe/Riga", datetime(2024, 6, 1, 9, 15)),
        ("America/St_Johns", datetime(2024, 11, 3, 23, 45)),
        ("Asia/Kolkata", datetime(2025, 2, 28, 8, 5)),
        ("UTC", datetime(2024, 2, 29, 0, 0)),
    ],
)
def test_local_and_utc_round_trip(zone: str, local: datetime) -> None:
    stored = local_to_utc(local, zone)
    assert stored.tzinfo is None
    back = utc_to_local(stored, zone)
    assert back.tzinfo is not None
    assert back.replace(tzinfo=None) == local
    assert back.astimezone(UTC).replace(tzinfo=None) == stored


def test_summer_and_winter_offsets() -> None:
    assert local_to_utc(datetime(2024, 1, 15, 17, 0), WARSAW) == datetime(2024, 1, 15, 16, 0)
    assert local_to_utc(datetime(2024, 7, 15, 17, 0), WARSAW) == datetime(2024, 7, 15, 15, 0)
    assert utc_offset(WARSAW, datetime(2024, 7, 15, 17, 0)) == timedelta(hours=2)
    assert utc_offset("Nowhere/Atlantis", datetime(2024, 7, 15)) is None


def test_unknown_zone_is_a_problem_of_the_timezone_field() -> None:
    with pytest.raises(ValidationError) as caught:
        local_to_utc(datetime(2024, 1, 1, 10, 0), "Europe/Koszalin")
    assert [p.key for p in caught.value.problems] == ["timezone"]
    assert "Europe/Koszalin" in caught.value.problems[0].message
    # Shown in UTC rather than failing, so that the meeting can still be corrected.
    shown = utc_to_local(datetime(2024, 1, 1, 10, 0), "Europe/Koszalin")
    assert shown.utcoffset() == timedelta(0)
    assert shown.hour == 10


# --- sample data --------------------------------------------------------------------------


def person(db: Database, first: str, last: str, organisation_id: int | None = None) -> int:
    saved = store.save(
        db, r.Person(first_name=first, last_name=last, organisation_id=organisation_id)
    )
    assert saved.id is not None
    return saved.id


def group(db: Database, name: str, **fields: object) -> int:
    saved = store.save(db, r.StakeholderGroup(name=name, **fields))  # type: ignore[arg-type]
    assert saved.id is not None
    return saved.id


def member(
    db: Database,
    group_id: int,
    *,
    person_id: int | None = None,
    organisation_id: int | None = None,
    joined: date | None = None,
    left: date | None = None,
) -> None:
    store.save(
        db,
        r.GroupMembership(
            group_id=group_id,
            person_id=person_id,
            organisation_id=organisation_id,
            joined_on=joined,
            left_on=left,
        ),
    )


def plan_on(day: date, title: str = "Problem tree workshop", **changes: object) -> MeetingPlan:
    """A plan for 17:00-19:00 Warsaw time on ``day``."""
    meeting = r.Meeting(
        type=MeetingType.THEMATIC_WORKSHOP,
        title=title,
        starts_at=local_to_utc(datetime.combine(day, datetime.min.time()).replace(hour=17), WARSAW),
        ends_at=local_to_utc(datetime.combine(day, datetime.min.time()).replace(hour=19), WARSAW),
        timezone=WARSAW,
        place="Ratusz, sala 12",
        online_link="https://meet.example.org/ulg",
        notes="Bring the problem tree from the last meeting.",
        retention_until=date(2031, 12, 31),
    )
    return MeetingPlan(meeting=meeting, **changes)  # type: ignore[arg-type]


def attendance(db: Database, meeting_id: int) -> dict[int, AttendanceStatus]:
    rows = store.find(db, r.Attendance, meeting_id=meeting_id)
    return {row.person_id: row.status for row in rows}


def table_counts(db: Database) -> dict[str, int]:
    tables = ("meeting", "meeting_invited_group", "attendance", "agenda_item", "meeting_tool")
    with db.reading() as session:
        return {
            name: int(session.execute(sa.text(f"SELECT count(*) FROM {name}")).scalar_one())
            for name in tables
        }


# --- saving and loading -------------------------------------------------------------------


def test_save_new_then_load_gives_the_same_plan(database: Database) -> None:
    anna = person(database, "Anna", "Nowak")
    jan = person(database, "Jan", "Kowalski")
    plan = plan_on(
        date(2024, 3, 12),
        person_ids=[jan, anna],
        agenda=[
            r.AgendaItem(meeting_id=0, title="Welcome", planned_minutes=10, presenter="Anna"),
            r.AgendaItem(meeting_id=0, title="Problem tree in groups", planned_minutes=60),
            r.AgendaItem(meeting_id=0, title="Next steps", presenter="Jan Kowalski"),
        ],
        tools=["world_cafe", "problem_tree"],
    )
    outcome = save_meeting_plan(database, plan)
    stored = outcome.plan
    meeting_id = stored.meeting.id
    assert meeting_id is not None
    assert outcome.kept == []
    assert outcome.removed == []
    assert sorted(outcome.added) == sorted([anna, jan])

    loaded = load_meeting_plan(database, meeting_id)
    assert loaded == stored
    assert loaded.meeting == dataclasses.replace(plan.meeting, id=meeting_id)
    assert loaded.meeting.starts_at == datetime(2024, 3, 12, 16, 0)
    assert loaded.person_ids == sorted([anna, jan])
    assert [item.title for item in loaded.agenda] == [
        "Welcome",
        "Problem tree in groups",
        "Next steps",
    ]
    assert [item.position for item in loaded.agenda] == [0, 1, 2]
    assert [item.planned_minutes for item in loaded.agenda] == [10, 60, None]
    assert loaded.agenda[2].presenter == "Jan Kowalski"
    assert all(item.meeting_id == meeting_id for item in loaded.agenda)
    # Known tools in the list's order.
    assert loaded.tools == ["problem_tree", "world_cafe"]
    assert attendance(database, meeting_id) == {
        anna: AttendanceStatus.INVITED,
        jan: AttendanceStatus.INVITED,
    }


def test_agenda_order_is_kept_and_items_keep_their_ids(database: Database) -> None:
    titles = ["Welcome", "Update from the network", "Group work", "Feedback", "Next steps"]
    plan = plan_on(date(2024, 5, 7), agenda=[r.AgendaItem(meeting_id=0, title=t) for t in titles])
    stored = save_meeting_plan(database, plan).plan
    assert stored.meeting.id is not None
    ids = {item.title: item.id for item in stored.agenda}

    # Move "Next steps" to the top, drop "Feedback", add one at the end.
    items = stored.agenda
    reordered = [items[4], items[0], items[1], items[2]]
    reordered.append(r.AgendaItem(meeting_id=stored.meeting.id, title="Any other business"))
    again = save_meeting_plan(database, dataclasses.replace(stored, agenda=reordered)).plan
    loaded = load_meeting_plan(database, stored.meeting.id)
    expected = ["Next steps", "Welcome", "Update from the network", "Group work"]
    assert [item.title for item in loaded.agenda] == [*expected, "Any other business"]
    assert [item.position for item in loaded.agenda] == [0, 1, 2, 3, 4]
    assert [item.id for item in loaded.agenda[:4]] == [ids[title] for title in expected]
    assert ids["Feedback"] not in {item.id for item in loaded.agenda}
    assert loaded == again
    assert store.count(database, r.AgendaItem) == 5


def test_tools_round_trip_with_free_text(database: Database) -> None:
    plan = plan_on(
        date(2024, 5, 7),
        tools=["dot_voting", "  Lego  serious play ", "persona", "lego serious play", ""],
    )
    stored = save_meeting_plan(database, plan).plan
    assert stored.meeting.id is not None
    assert stored.tools == ["persona", "dot_voting", "Lego serious play"]
    assert load_meeting_plan(database, stored.meeting.id).tools == stored.tools

    fewer = dataclasses.replace(stored, tools=["Lego serious play"])
    assert save_meeting_plan(database, fewer).plan.tools == ["Lego serious play"]
    with database.reading() as session:
        assert list(session.scalars(sa.select(m.MeetingTool.tool))) == ["Lego serious play"]


def test_tool_labels() -> None:
    codes = [code for code, _ in TOOLS]
    assert len(codes) == len(set(codes)) >= 10
    assert {"problem_tree", "newspaper_of_tomorrow", "power_interest_matrix", "swot"} <= set(codes)
    assert tool_label("problem_tree") == "Problem tree"
    assert tool_label("world_cafe") == "World café"
    assert tool_label("Lego serious play") == "Lego serious play"


def test_invited_groups_are_replaced(database: Database) -> None:
    ulg = group(database, "ULG", kind=GroupKind.LOCAL_GROUP)
    board = group(database, "Steering board")
    stored = save_meeting_plan(database, plan_on(date(2024, 5, 7), group_ids=[ulg])).plan
    assert stored.group_ids == [ulg]
    changed = save_meeting_plan(database, dataclasses.replace(stored, group_ids=[board])).plan
    assert changed.group_ids == [board]
    assert store.count(database, r.StakeholderGroup) == 2


# --- who is invited -----------------------------------------------------------------------


def test_group_members_on_the_meeting_day_are_invited(database: Database) -> None:
    day = date(2024, 6, 12)
    ulg = group(database, "ULG", kind=GroupKind.LOCAL_GROUP)
    clauses = group(database, "Working group: clauses", parent_id=ulg)
    city = store.save(database, r.Organisation(name="Urząd Miejski", sector=Sector.PUBLIC))
    always = person(database, "Ewa", "Zielińska")
    joined_on_the_day = person(database, "Piotr", "Mazur")
    joined_after = person(database, "Marta", "Wójcik")
    left_before = person(database, "Tomasz", "Lis")
    left_on_the_day = person(database, "Olga", "Nowicka")
    left_after = person(database, "Karol", "Dudek")
    in_subgroup = person(database, "Irena", "Kaczmarek")
    outsider = person(database, "Adam", "Bąk")
    member(database, ulg, person_id=always)
    member(database, ulg, person_id=joined_on_the_day, joined=day)
    member(database, ulg, person_id=joined_after, joined=day + timedelta(days=1))
    member(database, ulg, person_id=left_before, joined=date(2023, 1, 1), left=date(2024, 5, 31))
    member(database, ulg, person_id=left_on_the_day, joined=date(2023, 1, 1), left=day)
    member(database, ulg, person_id=left_after, left=day + timedelta(days=1))
    member(database, clauses, person_id=in_subgroup, joined=date(2024, 1, 1))
    member(database, ulg, organisation_id=city.id)  # an organisation: nobody to invite
    del outsider

    expected = {always, joined_on_the_day, left_after, in_subgroup}
    assert group_member_ids(database, [ulg], day) == expected
    outcome = save_meeting_plan(database, plan_on(day, group_ids=[ulg]))
    meeting_id = outcome.plan.meeting.id
    assert meeting_id is not None
    assert set(attendance(database, meeting_id)) == expected
    assert set(outcome.added) == expected
    assert set(outcome.plan.person_ids) == expected
    assert set(attendance(database, meeting_id).values()) == {AttendanceStatus.INVITED}


def test_group_members_are_taken_on_the_local_day(database: Database) -> None:
    # 00:30 on 1 June in Warsaw is still 31 May in UTC.
    ulg = group(database, "ULG")
    late = person(database, "Nina", "Sowa")
    member(database, ulg, person_id=late, joined=date(2024, 6, 1))
    start = local_to_utc(datetime(2024, 6, 1, 0, 30), WARSAW)
    assert start.date() == date(2024, 5, 31)
    plan = plan_on(date(2024, 6, 1), group_ids=[ulg])
    plan.meeting = dataclasses.replace(plan.meeting, starts_at=start, ends_at=None)
    stored = save_meeting_plan(database, plan).plan
    assert stored.person_ids == [late]


def test_removing_an_invited_person_keeps_recorded_attendance(database: Database) -> None:
    came = person(database, "Anna", "Nowak")
    excused = person(database, "Jan", "Kowalski")
    registered = person(database, "Ewa", "Zielińska")
    invited = person(database, "Piotr", "Mazur")
    walk_in = person(database, "Olga", "Lis")
    stored = save_meeting_plan(
        database, plan_on(date(2024, 3, 12), person_ids=[came, excused, registered, invited])
    ).plan
    meeting_id = stored.meeting.id
    assert meeting_id is not None
    with database.session() as session:
        for person_id, status in (
            (came, AttendanceStatus.ATTENDED),
            (excused, AttendanceStatus.EXCUSED),
            (registered, AttendanceStatus.REGISTERED),
        ):
            session.execute(
                sa.update(m.Attendance)
                .where(m.Attendance.meeting_id == meeting_id, m.Attendance.person_id == person_id)
                .values(status=status)
            )
        session.add(
            m.Attendance(
                meeting_id=meeting_id,
                person_id=walk_in,
                status=AttendanceStatus.ATTENDED,
                is_walk_in=True,
            )
        )
    assert load_meeting_plan(database, meeting_id).person_ids == sorted(
        [came, excused, registered, invited]
    )

    outcome = save_meeting_plan(database, dataclasses.replace(stored, person_ids=[]))
    assert outcome.kept == ["Jan Kowalski", "Anna Nowak"]
    assert {(row.person_id, row.status) for row in outcome.removed} == {
        (registered, AttendanceStatus.REGISTERED),
        (invited, AttendanceStatus.INVITED),
    }
    assert attendance(database, meeting_id) == {
        came: AttendanceStatus.ATTENDED,
        excused: AttendanceStatus.EXCUSED,
        walk_in: AttendanceStatus.ATTENDED,
    }
    # People with recorded attendance are still among the invited (their row stays).
    assert outcome.plan.person_ids == sorted([came, excused])

    # An undo puts the removed rows back with their status.
    statuses = {row.person_id: row.status for row in outcome.removed}
    back = save_meeting_plan(database, stored, statuses=statuses)
    assert sorted(back.added) == sorted([registered, invited])
    assert attendance(database, meeting_id)[registered] == AttendanceStatus.REGISTERED
    assert attendance(database, meeting_id)[invited] == AttendanceStatus.INVITED


def test_uninviting_a_group_removes_its_unrecorded_members(database: Database) -> None:
    ulg = group(database, "ULG")
    anna = person(database, "Anna", "Nowak")
    jan = person(database, "Jan", "Kowalski")
    named = person(database, "Ewa", "Zielińska")
    member(database, ulg, person_id=anna)
    member(database, ulg, person_id=jan)
    stored = save_meeting_plan(
        database, plan_on(date(2024, 3, 12), group_ids=[ulg], person_ids=[named])
    ).plan
    assert stored.person_ids == sorted([anna, jan, named])
    meeting_id = stored.meeting.id
    assert meeting_id is not None
    with database.session() as session:
        session.execute(
            sa.update(m.Attendance)
            .where(m.Attendance.person_id == anna)
            .values(status=AttendanceStatus.NO_SHOW)
        )
    outcome = save_meeting_plan(
        database, dataclasses.replace(stored, group_ids=[], person_ids=[named])
    )
    assert outcome.kept == ["Anna Nowak"]
    assert set(attendance(database, meeting_id)) == {anna, named}


# --- refused plans ------------------------------------------------------------------------


def test_end_before_start_is_refused_and_nothing_is_stored(database: Database) -> None:
    anna = person(database, "Anna", "Nowak")
    ulg = group(database, "ULG")
    member(database, ulg, person_id=anna)
    plan = plan_on(
        date(2024, 3, 12),
        group_ids=[ulg],
        person_ids=[anna],
        agenda=[r.AgendaItem(meeting_id=0, title="Welcome", planned_minutes=10)],
        tools=["problem_tree"],
    )
    plan.meeting.ends_at = plan.meeting.starts_at - timedelta(minutes=30)
    before = table_counts(database)
    with pytest.raises(ValidationError) as caught:
        save_meeting_plan(database, plan)
    assert [p.key for p in caught.value.problems] == ["ends_at"]
    assert table_counts(database) == before
    assert before["meeting"] == 0


def test_problems_in_an_edit_leave_the_stored_plan_alone(database: Database) -> None:
    stored = save_meeting_plan(
        database,
        plan_on(date(2024, 3, 12), agenda=[r.AgendaItem(meeting_id=0, title="Welcome")]),
    ).plan
    assert stored.meeting.id is not None
    before = table_counts(database)
    broken = dataclasses.replace(
        stored,
        meeting=dataclasses.replace(stored.meeting, title=" ", timezone="Mars/Olympus"),
        agenda=[
            *stored.agenda,
            r.AgendaItem(meeting_id=0, title="Group work", planned_minutes=-5),
            r.AgendaItem(meeting_id=0, title=""),
        ],
    )
    with pytest.raises(ValidationError) as caught:
        save_meeting_plan(database, broken)
    keys = sorted(p.key for p in caught.value.problems)
    assert keys == ["agenda[1].planned_minutes", "agenda[2].title", "timezone", "title"]
    assert table_counts(database) == before
    assert load_meeting_plan(database, stored.meeting.id) == stored


def test_a_deleted_person_is_refused_with_nothing_stored(database: Database) -> None:
    anna = person(database, "Anna", "Nowak")
    plan = plan_on(date(2024, 3, 12), person_ids=[anna, anna + 100])
    with pytest.raises(ValidationError) as caught:
        save_meeting_plan(database, plan)
    assert [p.key for p in caught.value.problems] == ["person_ids"]
    assert table_counts(database)["meeting"] == 0


# --- defaults -----------------------------------------------------------------------------


def test_default_retention_without_a_network(database: Database) -> None:
    assert default_retention(database, date(2024, 3, 12)) == date(2029, 12, 31)


def test_default_retention_follows_the_network_end(database: Database) -> None:
    store.save(
        database,
        r.Network(
            name="GenProcure",
            programme=Programme.URBACT_IV,
            start_date=date(2023, 6, 1),
            end_date=date(2025, 12, 31),
        ),
    )
    assert default_retention(database, date(2024, 3, 12)) == date(2030, 12, 31)


def test_default_retention_of_a_network_ending_on_29_february(database: Database) -> None:
    store.save(
        database,
        r.Network(name="Leap", programme=Programme.OTHER, end_date=date(2028, 2, 29)),
    )
    assert default_retention(database, date(2024, 3, 12)) == date(2033, 2, 28)


def test_next_working_day() -> None:
    assert next_working_day(date(2024, 3, 12)) == date(2024, 3, 13)  # Tuesday
    assert next_working_day(date(2024, 3, 15)) == date(2024, 3, 18)  # Friday -> Monday
    assert next_working_day(date(2024, 3, 16)) == date(2024, 3, 18)  # Saturday


def test_new_plan_defaults(database: Database) -> None:
    ulg = group(database, "ULG", kind=GroupKind.LOCAL_GROUP)
    group(database, "Working group", kind=GroupKind.LOCAL_GROUP, parent_id=ulg)
    group(database, "Newsletter", kind=GroupKind.MAILING)
    store.save(
        database,
        r.Meeting(
            type=MeetingType.WEBINAR,
            title="Earlier",
            starts_at=datetime(2024, 1, 10, 9, 0),
            timezone="Europe/Riga",
        ),
    )
    plan = new_meeting_plan(database, today=date(2024, 7, 5))  # a Friday
    meeting = plan.meeting
    assert meeting.id is None
    assert meeting.type == MeetingType.LOCAL_GROUP_MEETING
    assert meeting.timezone == "Europe/Riga"
    local_start = utc_to_local(meeting.starts_at, "Europe/Riga")
    assert local_start.replace(tzinfo=None) == datetime(2024, 7, 8, 17, 0)
    assert meeting.ends_at == meeting.starts_at + timedelta(hours=2)
    assert meeting.retention_until == date(2029, 12, 31)
    assert plan.group_ids == [ulg]
    assert plan.person_ids == []
    assert plan.agenda == []
    assert plan.tools == []


def test_new_plan_uses_the_local_zone_without_meetings(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Sofia")
    plan = new_meeting_plan(database, today=date(2024, 1, 8))
    assert plan.meeting.timezone == "Europe/Sofia"
    assert plan.meeting.starts_at == datetime(2024, 1, 9, 15, 0)


def test_new_plan_uses_the_systems_zone_without_tz(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows has no TZ and no /etc/localtime: the zone comes from the system's setting."""
    monkeypatch.delenv("TZ", raising=False)
    monkeypatch.setattr(zones.tzlocal, "get_localzone_name", lambda: "Europe/Warsaw")
    plan = new_meeting_plan(database, today=date(2024, 1, 8))
    assert plan.meeting.timezone == "Europe/Warsaw"
    assert plan.meeting.starts_at == datetime(2024, 1, 9, 16, 0)


@pytest.mark.parametrize("told", [None, "", "Mars/Olympus_Mons"])
def test_new_plan_falls_back_to_utc_when_the_system_cannot_tell(
    database: Database, monkeypatch: pytest.MonkeyPatch, told: str | None
) -> None:
    monkeypatch.delenv("TZ", raising=False)
    monkeypatch.setattr(zones.tzlocal, "get_localzone_name", lambda: told)
    assert new_meeting_plan(database, today=date(2024, 1, 8)).meeting.timezone == "UTC"


def test_new_plan_falls_back_to_utc_on_conflicting_settings(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def conflicting() -> str:
        raise ZoneInfoNotFoundError("Multiple conflicting time zone configurations")

    monkeypatch.delenv("TZ", raising=False)
    monkeypatch.setattr(zones.tzlocal, "get_localzone_name", conflicting)
    assert new_meeting_plan(database, today=date(2024, 1, 8)).meeting.timezone == "UTC"


# --- pickers ------------------------------------------------------------------------------


def test_invitable_people_fold_case_and_accents(database: Database) -> None:
    office = store.save(database, r.Organisation(name="Urząd Miejski", sector=Sector.PUBLIC))
    lukasz = person(database, "Łukasz", "Wójcik", office.id)
    anna = person(database, "Anna", "Nowak")
    person(database, "Jan", "Kowalski")
    assert [p.id for p in invitable_people(database, "luk")] == [lukasz]
    assert [p.id for p in invitable_people(database, "WOJ")] == [lukasz]
    assert [p.id for p in invitable_people(database, "urzad luk")] == [lukasz]
    assert invitable_people(database, "luk")[0].organisation == "Urząd Miejski"
    assert invitable_people(database, "luk")[0].name == "Łukasz Wójcik"
    everyone = invitable_people(database, "")
    assert [p.name for p in everyone] == ["Jan Kowalski", "Anna Nowak", "Łukasz Wójcik"]
    assert len(invitable_people(database, "", limit=2)) == 2
    assert [p.id for p in people_by_id(database, [lukasz, anna, 999])] == [anna, lukasz]


def test_group_choices_in_tree_order(database: Database) -> None:
    ulg = group(database, "ULG", kind=GroupKind.LOCAL_GROUP)
    group(database, "Working group: green", parent_id=ulg)
    group(database, "Board", parent_id=ulg)
    group(database, "Newsletter", kind=GroupKind.MAILING)
    found = [(g.name, g.depth) for g in group_choices(database)]
    assert found == [
        ("Newsletter", 0),
        ("ULG", 0),
        ("Board", 1),
        ("Working group: green", 1),
    ]
