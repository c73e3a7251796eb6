"""Participation counts on a hand-made register: five meetings, eight people.

Attendance (A attended, R registered, I invited, E excused, N no-show, W walk-in attended):

    person (organisation sector, gender)  M1 M2 M3 M4 M5   group
    Anna Adams  (public, F)               A  A  R  A  A    ULG
    Bob Brown   (civic, M)                A  E  N  N  I    ULG
    Cara Clark  (no organisation, F)      I  A  A  N  E    ULG
    Dan Dunn    (public, M)               A  N  N  I  W    ULG (working group)
    Eve Evans   (civic, F)                N  E  N  N  R    ULG
    Finn Fox    (civic, M)                .  W  .  .  .    -
    Gus Green   (private, M)              A  N  .  .  .    ULG
    Hal Hill    (no organisation)         .  .  .  .  .    ULG

Anonymous counts: M1 public/female 2 and no sector/unknown 1; M3 civic/male 3; M5 a
knowledge/non-binary row with count 0. M5 starts 22:30 UTC on 9 May: 10 May in Brussels.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from lagdesk.cli import main
from lagdesk.core.meetings.participation import (
    MeetingParticipation,
    PersonParticipation,
    drop_outs,
    meeting_breakdown,
    never_attended,
    person_participation,
)
from lagdesk.core.reporting.listing import LISTINGS, list_attendance
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import AttendanceStatus, Gender, GroupKind, MeetingType, Sector
from lagdesk.db.database import Database
from lagdesk.errors import NotFoundError

A, R, INV, E, N = (
    AttendanceStatus.ATTENDED,
    AttendanceStatus.REGISTERED,
    AttendanceStatus.INVITED,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.NO_SHOW,
)
W = "walk-in"
F, M, X, U = Gender.FEMALE, Gender.MALE, Gender.NON_BINARY, Gender.UNKNOWN
PUBLIC, PRIVATE, CIVIC, KNOWLEDGE = Sector.PUBLIC, Sector.PRIVATE, Sector.CIVIC, Sector.KNOWLEDGE

STARTS = [
    datetime(2024, 1, 10, 10, 0),
    datetime(2024, 2, 10, 10, 0),
    datetime(2024, 3, 10, 10, 0),
    datetime(2024, 4, 10, 10, 0),
    datetime(2024, 5, 9, 22, 30),
]
DATES = [date(2024, 1, 10), date(2024, 2, 10), date(2024, 3, 10), date(2024, 4, 10)]
DATES.append(date(2024, 5, 10))

# name: (sector, gender, group ("ulg", "wg" or None), statuses at M1..M5)
PEOPLE: dict[str, tuple[Sector | None, Gender, str | None, list[object]]] = {
    "Anna Adams": (PUBLIC, F, "ulg", [A, A, R, A, A]),
    "Bob Brown": (CIVIC, M, "ulg", [A, E, N, N, INV]),
    "Cara Clark": (None, F, "ulg", [INV, A, A, N, E]),
    "Dan Dunn": (PUBLIC, M, "wg", [A, N, N, INV, W]),
    "Eve Evans": (CIVIC, F, "ulg", [N, E, N, N, R]),
    "Finn Fox": (CIVIC, M, None, [None, W, None, None, None]),
    "Gus Green": (PRIVATE, M, "ulg", [A, N, None, None, None]),
    "Hal Hill": (None, U, "ulg", [None] * 5),
}
ANONYMOUS = [(0, PUBLIC, F, 2), (0, None, U, 1), (2, CIVIC, M, 3), (4, KNOWLEDGE, X, 0)]


@dataclass
class City:
    db: Database
    meetings: list[int]
    person: dict[str, int]
    ulg: int
    wg: int


@pytest.fixture
def city(database: Database) -> City:
    with database.session() as session:
        organisations = {
            sector: store.write(session, r.Organisation(name=f"Org {sector}", sector=sector)).id
            for sector in Sector
        }
        ulg = store.write(session, r.StakeholderGroup(name="ULG", kind=GroupKind.LOCAL_GROUP)).id
        wg = store.write(session, r.StakeholderGroup(name="WG", parent_id=ulg)).id
        assert ulg is not None
        assert wg is not None
        meetings = []
        for number, starts in enumerate(STARTS, 1):
            meeting = r.Meeting(
                type=MeetingType.LOCAL_GROUP_MEETING, title=f"Meeting {number}", starts_at=starts
            )
            meeting_id = store.write(session, meeting).id
            assert meeting_id is not None
            meetings.append(meeting_id)
        person = {}
        for name, (sector, gender, group, statuses) in PEOPLE.items():
            first, last = name.split()
            organisation = organisations[sector] if sector else None
            person_id = store.write(
                session,
                r.Person(
                    first_name=first, last_name=last, gender=gender, organisation_id=organisation
                ),
            ).id
            assert person_id is not None
            person[name] = person_id
            if group is not None:
                group_id = ulg if group == "ulg" else wg
                store.write(session, r.GroupMembership(group_id=group_id, person_id=person_id))
            for meeting_id, status in zip(meetings, statuses, strict=True):
                if status is None:
                    continue
                walk_in = status == W
                store.write(
                    session,
                    r.Attendance(
                        meeting_id=meeting_id,
                        person_id=person_id,
                        status=A if walk_in else AttendanceStatus(str(status)),
                        is_walk_in=walk_in,
                    ),
                )
        for index, sector, gender, count in ANONYMOUS:
            store.write(
                session,
                r.AnonymousAttendance(
                    meeting_id=meetings[index], sector=sector, gender=gender, count=count
                ),
            )
    return City(database, meetings, person, ulg, wg)


@pytest.fixture
def queries(database: Database) -> Iterator[list[str]]:
    """The SQL statements run while the test runs."""
    seen: list[str] = []

    def record(*args: object) -> None:
        seen.append(str(args[2]))

    sa.event.listen(database.engine, "before_cursor_execute", record)
    yield seen
    sa.event.remove(database.engine, "before_cursor_execute", record)


# --- per meeting ----------------------------------------------------------------------


def test_meeting_breakdown_counts_by_hand(city: City) -> None:
    rows = meeting_breakdown(city.db)
    ids = city.meetings
    assert rows == [
        MeetingParticipation(
            id=ids[0],
            date=DATES[0],
            title="Meeting 1",
            type=MeetingType.LOCAL_GROUP_MEETING,
            invited=6,
            attended=7,
            walk_ins=0,
            anonymous=3,
            by_sector={PUBLIC: 4, CIVIC: 1, PRIVATE: 1, None: 1},
            by_gender={F: 3, M: 3, U: 1},
        ),
        MeetingParticipation(
            id=ids[1],
            date=DATES[1],
            title="Meeting 2",
            type=MeetingType.LOCAL_GROUP_MEETING,
            invited=6,
            attended=3,
            walk_ins=1,
            anonymous=0,
            by_sector={PUBLIC: 1, None: 1, CIVIC: 1},
            by_gender={F: 2, M: 1},
        ),
        MeetingParticipation(
            id=ids[2],
            date=DATES[2],
            title="Meeting 3",
            type=MeetingType.LOCAL_GROUP_MEETING,
            invited=5,
            attended=4,
            walk_ins=0,
            anonymous=3,
            by_sector={None: 1, CIVIC: 3},
            by_gender={F: 1, M: 3},
        ),
        MeetingParticipation(
            id=ids[3],
            date=DATES[3],
            title="Meeting 4",
            type=MeetingType.LOCAL_GROUP_MEETING,
            invited=5,
            attended=1,
            walk_ins=0,
            anonymous=0,
            by_sector={PUBLIC: 1},
            by_gender={F: 1},
        ),
        MeetingParticipation(
            id=ids[4],
            date=DATES[4],  # 22:30 UTC on 9 May is 10 May in Brussels
            title="Meeting 5",
            type=MeetingType.LOCAL_GROUP_MEETING,
            invited=4,
            attended=2,
            walk_ins=1,
            anonymous=0,
            by_sector={PUBLIC: 2},
            by_gender={F: 1, M: 1},
        ),
    ]
    for row in rows:
        assert sum(row.by_sector.values()) == row.attended
        assert sum(row.by_gender.values()) == row.attended


def test_meeting_breakdown_of_one_meeting(city: City) -> None:
    (row,) = meeting_breakdown(city.db, city.meetings[2])
    assert (row.id, row.invited, row.attended, row.anonymous) == (city.meetings[2], 5, 4, 3)
    with pytest.raises(NotFoundError):
        meeting_breakdown(city.db, 9999)


def test_meeting_without_attendance_counts_zero(database: Database) -> None:
    meeting = store.save(
        database,
        r.Meeting(type=MeetingType.WEBINAR, title="Empty", starts_at=datetime(2024, 1, 1, 9)),
    )
    (row,) = meeting_breakdown(database)
    assert (row.id, row.invited, row.attended, row.walk_ins, row.anonymous) == (
        meeting.id,
        0,
        0,
        0,
        0,
    )
    assert row.by_sector == {}
    assert row.by_gender == {}


def test_counts_take_a_fixed_number_of_queries(city: City, queries: list[str]) -> None:
    meeting_breakdown(city.db)
    by_meeting = len(queries)
    queries.clear()
    person_participation(city.db, city.ulg)
    by_person = len(queries)
    queries.clear()
    drop_outs(city.db, city.ulg)
    by_drop_out = len(queries)
    # More meetings and people do not add queries.
    with city.db.session() as session:
        for day in range(1, 6):
            meeting = r.Meeting(
                type=MeetingType.OTHER, title="More", starts_at=datetime(2024, 6, day, 9)
            )
            meeting_id = store.write(session, meeting).id
            assert meeting_id is not None
            for _ in range(3):
                person_id = store.write(session, r.Person(last_name="Zed")).id
                assert person_id is not None
                store.write(session, r.Attendance(meeting_id=meeting_id, person_id=person_id))
    queries.clear()
    meeting_breakdown(city.db)
    assert len(queries) == by_meeting
    queries.clear()
    person_participation(city.db, city.ulg)
    assert len(queries) == by_person
    queries.clear()
    drop_outs(city.db, city.ulg)
    assert len(queries) == by_drop_out
    assert max(by_meeting, by_person, by_drop_out) <= 4


# --- per person -----------------------------------------------------------------------


def summary(rows: list[PersonParticipation]) -> list[tuple[object, ...]]:
    return [
        (
            row.last_name,
            row.invited,
            row.attended,
            row.attended_when_invited,
            row.walk_ins,
            row.rate,
            row.last_attended,
        )
        for row in rows
    ]


EVERYONE = [
    ("Adams", 5, 4, 4, 0, 0.8, DATES[4]),
    ("Brown", 5, 1, 1, 0, 0.2, DATES[0]),
    ("Clark", 5, 2, 2, 0, 0.4, DATES[2]),
    ("Dunn", 4, 2, 1, 1, 0.25, DATES[4]),
    ("Evans", 5, 0, 0, 0, 0.0, None),
    ("Fox", 0, 1, 0, 1, None, DATES[1]),
    ("Green", 2, 1, 1, 0, 0.5, DATES[0]),
]


def test_person_participation_of_everyone_with_attendance(city: City) -> None:
    rows = person_participation(city.db)
    assert summary(list(rows)) == EVERYONE
    anna = rows[0]
    assert (anna.person_id, anna.first_name, anna.organisation) == (
        city.person["Anna Adams"],
        "Anna",
        "Org public",
    )
    assert rows[2].organisation == ""  # Cara has no organisation


def test_person_participation_of_a_group_lists_members_only(city: City) -> None:
    rows = person_participation(city.db, city.ulg)
    # Finn is not a member; Dan is one through the working group; Hal was never invited.
    expected = [row for row in EVERYONE if row[0] != "Fox"]
    expected.append(("Hill", 0, 0, 0, 0, None, None))
    assert summary(list(rows)) == expected
    assert [row.last_name for row in person_participation(city.db, city.wg)] == ["Dunn"]
    with pytest.raises(NotFoundError):
        person_participation(city.db, 9999)


# --- drop-outs and never attended -------------------------------------------------------


def test_drop_outs_over_the_last_three_invitations(city: City) -> None:
    # Bob came to M1 and to none of M3-M5. Dan missed M2-M4 but walked in to M5. Gus has
    # only two invitations, so no early meetings. Eve never came, so never dropped out.
    rows = drop_outs(city.db)
    assert [row.person_id for row in rows] == [city.person["Bob Brown"]]
    assert summary(list(rows)) == [EVERYONE[1]]
    assert [row.last_name for row in drop_outs(city.db, city.ulg)] == ["Brown"]


def test_drop_outs_over_the_last_invitation(city: City) -> None:
    # Recent = M5 for most: Cara was excused; Gus's last is M2 (no-show); Dan's is M4, but
    # he walked in to M5 after it; Anna attended M5.
    assert [row.last_name for row in drop_outs(city.db, recent=1)] == ["Brown", "Clark", "Green"]
    assert [row.last_name for row in drop_outs(city.db, city.wg, recent=1)] == []


def test_drop_outs_with_a_long_window_have_no_early_meetings(city: City) -> None:
    assert drop_outs(city.db, recent=5) == []
    assert [row.last_name for row in drop_outs(city.db, recent=4)] == ["Brown"]
    with pytest.raises(ValueError, match="recent"):
        drop_outs(city.db, recent=0)


def test_drop_out_needs_an_early_attendance_not_a_walk_in(database: Database) -> None:
    # Walked in to the first meeting, then invited three times and never came: the early
    # meeting was not an invitation, so there is no early meeting to drop out from.
    with database.session() as session:
        person = store.write(session, r.Person(last_name="Walker")).id
        assert person is not None
        for day, walk_in in [(1, True), (2, False), (3, False), (4, False)]:
            meeting = r.Meeting(type=MeetingType.OTHER, title="M", starts_at=datetime(2024, 1, day))
            meeting_id = store.write(session, meeting).id
            assert meeting_id is not None
            status = A if walk_in else N
            store.write(
                session,
                r.Attendance(
                    meeting_id=meeting_id, person_id=person, status=status, is_walk_in=walk_in
                ),
            )
    assert drop_outs(database) == []
    assert [row.last_name for row in drop_outs(database, recent=2)] == []


def test_never_attended(city: City) -> None:
    # Eve was invited five times and never came; Hal was never invited; Finn only walked in.
    assert [row.last_name for row in never_attended(city.db)] == ["Evans"]
    assert [row.last_name for row in never_attended(city.db, city.ulg)] == ["Evans"]
    assert never_attended(city.db, city.wg) == []


def test_never_attended_empty_database(database: Database) -> None:
    assert never_attended(database) == []
    assert drop_outs(database) == []
    assert person_participation(database) == []
    assert meeting_breakdown(database) == []


# --- the listing ----------------------------------------------------------------------


def test_list_attendance_named_rows_then_anonymous_counts(city: City) -> None:
    listing = list_attendance(city.db, city.meetings[4])
    rows = listing.as_dicts()
    assert listing.columns[:8] == (
        "meeting_id",
        "meeting_start",
        "person_id",
        "first_name",
        "last_name",
        "organisation",
        "status",
        "walk_in",
    )
    assert [(d["last_name"], d["status"], d["walk_in"], d["count"]) for d in rows] == [
        ("Adams", "attended", False, 1),
        ("Brown", "invited", False, 1),
        ("Clark", "excused", False, 1),
        ("Dunn", "attended", True, 1),
        ("Evans", "registered", False, 1),
        ("", "anonymous", False, 0),
    ]
    anonymous = rows[-1]
    assert anonymous["person_id"] is None
    assert (anonymous["first_name"], anonymous["organisation"]) == ("", "")
    assert (anonymous["sector"], anonymous["gender"]) == ("knowledge", "non_binary")
    assert rows[0]["meeting_start"] == "2024-05-10T00:30:00+02:00"
    assert rows[3]["person_id"] == city.person["Dan Dunn"]
    assert (rows[0]["sector"], rows[0]["gender"], rows[0]["organisation"]) == (
        "public",
        "female",
        "Org public",
    )


def test_list_attendance_of_all_meetings(city: City) -> None:
    listing = LISTINGS["attendance"](city.db)
    rows = listing.as_dicts()
    assert len(rows) == 6 + 7 + 5 + 5 + 5 + 4
    meetings = [row["meeting_id"] for row in rows]
    assert meetings == sorted(meetings, key=city.meetings.index)
    first = [row for row in rows if row["meeting_id"] == city.meetings[0]]
    assert [row["status"] for row in first[-2:]] == ["anonymous", "anonymous"]
    assert sum(row["count"] for row in first if row["status"] in {"attended", "anonymous"}) == 7
    with pytest.raises(NotFoundError):
        list_attendance(city.db, 9999)


# --- the command line on the small demo ---------------------------------------------------

REQUIRED = {"meeting_id", "person_id", "first_name", "last_name", "organisation", "status"}


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    from lagdesk.db.database import open_database
    from lagdesk.demo import build_demo

    path = tmp_path / "demo.sqlite"
    with open_database(path) as db:
        build_demo(db, "small", seed=1)
    return path


def test_cli_list_attendance_json(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "attendance", "--db", str(demo_file), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows
    assert all(row.keys() >= REQUIRED for row in rows)
    statuses = {row["status"] for row in rows}
    assert "attended" in statuses
    assert statuses <= {s.value for s in AttendanceStatus} | {"anonymous"}
    assert any(row["walk_in"] for row in rows), "the demo has walk-ins"
    assert all(row["person_id"] is None for row in rows if row["status"] == "anonymous")
    assert all(row["person_id"] is not None for row in rows if row["status"] != "anonymous")

    meeting = rows[0]["meeting_id"]
    args = ["list", "attendance", "--db", str(demo_file), "--format", "json"]
    assert main([*args, "--meeting", str(meeting)]) == 0
    one = json.loads(capsys.readouterr().out)
    assert one == [row for row in rows if row["meeting_id"] == meeting]


def test_cli_list_attendance_tsv(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "attendance", "--db", str(demo_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = lines[0].split("\t")
    assert set(header) >= REQUIRED
    assert len(lines) > 1
    assert all(len(line.split("\t")) == len(header) for line in lines[1:])


def test_cli_list_attendance_unknown_meeting(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "attendance", "--db", str(demo_file), "--meeting", "99999"]) == 1
    assert "99999" in capsys.readouterr().err
    assert main(["list", "people", "--db", str(demo_file), "--meeting", "1"]) == 1
