"""Merging duplicate people and organisations, and undoing a merge exactly."""

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from lagdesk.core.stakeholders.merge import (
    MergeError,
    merge_organisations,
    merge_people,
    undo_merge,
)
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db import models as m
from lagdesk.db.codes import (
    ActionType,
    AttendanceStatus,
    ConsentMethod,
    ConsentPurpose,
    Gender,
    MeetingType,
    ObjectiveLevel,
    RiskCategory,
    Sector,
)
from lagdesk.db.database import Database
from lagdesk.errors import NotFoundError, UserError

S = AttendanceStatus


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, as SQLite stores it."""
    connection = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {
            name: connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
            for name in names
        }
    finally:
        connection.close()


def references_to(path: Path, table: str, record_id: int) -> list[str]:
    """Columns of any table that still hold ``record_id`` as a foreign key to ``table``."""
    connection = sqlite3.connect(path)
    try:
        found = []
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for name in tables:
            for key in connection.execute(f'PRAGMA foreign_key_list("{name}")'):
                if key[2] == table:
                    query = f'SELECT count(*) FROM "{name}" WHERE "{key[3]}" = ?'
                    if connection.execute(query, (record_id,)).fetchone()[0]:
                        found.append(f"{name}.{key[3]}")
        return found
    finally:
        connection.close()


@dataclass
class Plan:
    meetings: list[int]
    group: int
    objective: int
    plan: int


def plan(db: Database) -> Plan:
    with db.session() as session:
        meetings = [
            store.write(
                session,
                r.Meeting(
                    type=MeetingType.THEMATIC_WORKSHOP,
                    title=f"W{n}",
                    starts_at=datetime(2024, 5, n),
                ),
            ).id
            for n in range(1, 5)
        ]
        group = store.write(session, r.StakeholderGroup(name="ULG")).id
        the_plan = store.write(session, r.Plan(title="IAP")).id
        objective = store.write(
            session,
            r.Objective(plan_id=the_plan, level=ObjectiveLevel.STRATEGIC, code="1", title="O"),  # type: ignore[arg-type]
        ).id
    return Plan(meetings, group, objective, the_plan)  # type: ignore[arg-type]


def action(db: Database, p: Plan, code: str, **fields: Any) -> int:
    made = store.save(
        db,
        r.Action(
            objective_id=p.objective, code=code, title=code, type=ActionType.PROCUREMENT, **fields
        ),
    )
    return made.id  # type: ignore[return-value]


def attend(db: Database, meeting: int, person: int, status: S, walk_in: bool = False) -> int:
    made = store.save(
        db, r.Attendance(meeting_id=meeting, person_id=person, status=status, is_walk_in=walk_in)
    )
    return made.id  # type: ignore[return-value]


@pytest.fixture
def two_annas(database: Database) -> tuple[int, int, int, Plan]:
    """A kept and a dropped Anna Nowak, and Jan, who has nothing to do with the merge."""
    db = database
    p = plan(db)
    org = store.save(db, r.Organisation(name="Urząd Miejski", sector=Sector.PUBLIC)).id
    keep = store.save(db, r.Person(last_name="Nowak", role="Officer", phone="111")).id
    drop = store.save(
        db,
        r.Person(
            first_name="Anna",
            last_name="Nowak",
            organisation_id=org,
            gender=Gender.FEMALE,
            role="Inspector",
            email="anna.nowak@um.example",
            phone="222",
            notes="Met at the fair",
        ),
    ).id
    jan = store.save(db, r.Person(first_name="Jan", last_name="Kowalski")).id
    return keep, drop, jan, p  # type: ignore[return-value]


def test_merge_people_moves_everything_and_undo_restores_the_file(
    database: Database, db_path: Path, two_annas: tuple[int, int, int, Plan]
) -> None:
    db = database
    keep, drop, jan, p = two_annas
    m1, m2, m3, m4 = p.meetings
    kept_m1 = attend(db, m1, keep, S.INVITED)
    dropped_m1 = attend(db, m1, drop, S.ATTENDED, walk_in=True)
    kept_m2 = attend(db, m2, keep, S.ATTENDED)
    dropped_m2 = attend(db, m2, drop, S.NO_SHOW)
    dropped_m3 = attend(db, m3, drop, S.REGISTERED)
    attend(db, m1, jan, S.EXCUSED)
    attend(db, m4, keep, S.EXCUSED)
    membership = store.save(
        db, r.GroupMembership(group_id=p.group, person_id=drop, joined_on=date(2023, 1, 1))
    ).id
    assessment = store.save(
        db,
        r.PowerInterestAssessment(
            person_id=drop, power=4, interest=5, assessed_on=date(2024, 1, 1)
        ),
    ).id
    consent = store.save(
        db,
        r.ConsentRecord(
            person_id=drop,
            purpose=ConsentPurpose.NEWSLETTER,
            given_on=date(2023, 1, 1),
            method=ConsentMethod.EMAIL,
        ),
    ).id
    task = store.save(db, r.Task(title="Minutes", owner_person_id=drop)).id
    responsible = action(db, p, "1.1", responsible_person_id=drop)
    action(db, p, "1.2", responsible_person_id=keep)
    risk = store.save(
        db,
        r.Risk(
            plan_id=p.plan,
            title="R",
            category=RiskCategory.CAPACITY,
            likelihood=2,
            impact=3,
            owner_person_id=drop,
        ),
    ).id
    indicator = store.save(db, r.Indicator(code="I1", name="I", owner_person_id=drop)).id
    before = dump(db_path)

    result = merge_people(db, keep, drop)

    assert result.kept_id == keep
    assert result.dropped.id == drop
    assert result.dropped.first_name == "Anna"
    assert result.moved == {
        "attendance": [dropped_m3],
        "group_membership": [membership],
        "power_interest_assessment": [assessment],
        "consent_record": [consent],
        "task": [task],
        "action": [responsible],
        "risk": [risk],
        "indicator": [indicator],
    }
    assert result.removed == {"attendance": [dropped_m1, dropped_m2]}
    assert references_to(db_path, "person", drop) == []
    with pytest.raises(NotFoundError):
        store.get(db, r.Person, drop)
    # Both at meeting 1: the kept row takes "attended" and the walk-in; at 2 it stays attended.
    rows = {a.meeting_id: a for a in store.find(db, r.Attendance, person_id=keep)}
    assert rows[m1].id == kept_m1
    assert (rows[m1].status, rows[m1].is_walk_in) == (S.ATTENDED, True)
    assert (rows[m2].id, rows[m2].status) == (kept_m2, S.ATTENDED)
    assert rows[m3].status == S.REGISTERED
    assert set(rows) == {m1, m2, m3, m4}
    # Empty fields are filled, filled ones are kept.
    kept = store.get(db, r.Person, keep)
    assert (kept.first_name, kept.email, kept.gender) == (
        "Anna",
        "anna.nowak@um.example",
        Gender.FEMALE,
    )
    assert kept.organisation_id == result.dropped.organisation_id
    assert (kept.role, kept.phone, kept.notes) == ("Officer", "111", "Met at the fair")
    assert set(result.filled) == {"first_name", "organisation_id", "gender", "email", "notes"}
    assert result.kept_before.first_name == ""

    undo_merge(db, result)
    assert dump(db_path) == before


@pytest.mark.parametrize(
    ("kept", "dropped", "expected"),
    [
        (S.INVITED, S.REGISTERED, S.REGISTERED),
        (S.REGISTERED, S.INVITED, S.REGISTERED),
        (S.EXCUSED, S.INVITED, S.EXCUSED),
        (S.INVITED, S.EXCUSED, S.EXCUSED),
        (S.NO_SHOW, S.INVITED, S.INVITED),
        (S.REGISTERED, S.ATTENDED, S.ATTENDED),
        (S.ATTENDED, S.NO_SHOW, S.ATTENDED),
        (S.EXCUSED, S.REGISTERED, S.REGISTERED),
        (S.NO_SHOW, S.NO_SHOW, S.NO_SHOW),
    ],
)
def test_the_stronger_attendance_wins(
    database: Database,
    db_path: Path,
    two_annas: tuple[int, int, int, Plan],
    kept: S,
    dropped: S,
    expected: S,
) -> None:
    keep, drop, _, p = two_annas
    attend(database, p.meetings[0], keep, kept, walk_in=True)
    attend(database, p.meetings[0], drop, dropped)
    before = dump(db_path)
    result = merge_people(database, keep, drop)
    (row,) = store.find(database, r.Attendance)
    assert (row.person_id, row.status, row.is_walk_in) == (keep, expected, True)
    undo_merge(database, result)
    assert dump(db_path) == before


def test_merging_someone_with_themselves_or_nobody_is_refused(
    database: Database, two_annas: tuple[int, int, int, Plan]
) -> None:
    keep, drop, _, _ = two_annas
    with pytest.raises(MergeError, match="themselves"):
        merge_people(database, keep, keep)
    with pytest.raises(NotFoundError):
        merge_people(database, keep, 999)
    with pytest.raises(NotFoundError):
        merge_people(database, 999, drop)
    assert issubclass(MergeError, UserError)


def test_undo_is_refused_when_the_dropped_id_was_given_again(
    database: Database, db_path: Path, two_annas: tuple[int, int, int, Plan]
) -> None:
    keep, drop, _, _ = two_annas
    result = merge_people(database, keep, drop)
    with database.session() as session:
        session.add(m.Person(id=drop, last_name="Newcomer"))
    after_merge = dump(db_path)
    with pytest.raises(MergeError, match=str(drop)):
        undo_merge(database, result)
    assert dump(db_path) == after_merge


def test_undo_is_refused_when_the_kept_record_is_gone(
    database: Database, two_annas: tuple[int, int, int, Plan]
) -> None:
    keep, drop, _, _ = two_annas
    result = merge_people(database, keep, drop)
    store.delete(database, r.Person, keep)
    with pytest.raises(MergeError, match="kept record"):
        undo_merge(database, result)


def test_merge_organisations(database: Database, db_path: Path) -> None:
    db = database
    p = plan(db)
    keep = store.save(
        db,
        r.Organisation(
            name="Politechnika Koszalińska", sector=Sector.KNOWLEDGE, email="pk@pk.example"
        ),
    ).id
    drop = store.save(
        db,
        r.Organisation(
            name="Politechnika Koszalinska",
            sector=Sector.KNOWLEDGE,
            city="Koszalin",
            email="other@pk.example",
            website="https://pk.example",
        ),
    ).id
    other = store.save(db, r.Organisation(name="Fundacja", sector=Sector.CIVIC)).id
    staff = store.save(db, r.Person(last_name="Kowalski", organisation_id=drop)).id
    store.save(db, r.Person(last_name="Zieliński", organisation_id=keep))
    membership = store.save(db, r.GroupMembership(group_id=p.group, organisation_id=drop)).id
    assessment = store.save(
        db,
        r.PowerInterestAssessment(
            organisation_id=drop, power=3, interest=3, assessed_on=date(2024, 1, 1)
        ),
    ).id
    led = action(db, p, "1.1", lead_organisation_id=drop)
    both = action(db, p, "1.2")
    only_dropped = action(db, p, "1.3")
    with db.session() as session:
        session.add_all(
            [
                m.ActionPartner(action_id=both, organisation_id=keep),
                m.ActionPartner(action_id=both, organisation_id=drop),
                m.ActionPartner(action_id=only_dropped, organisation_id=drop),
                m.ActionPartner(action_id=only_dropped, organisation_id=other),
            ]
        )
    before = dump(db_path)

    result = merge_organisations(db, keep, drop)

    assert result.moved == {
        "person": [staff],
        "group_membership": [membership],
        "power_interest_assessment": [assessment],
        "action": [led],
        "action_partner": [only_dropped],
    }
    assert result.removed == {"action_partner": [both]}
    assert references_to(db_path, "organisation", drop) == []
    partners = dump(db_path)["action_partner"]
    assert sorted(partners) == sorted([(both, keep), (only_dropped, keep), (only_dropped, other)])
    kept = store.get(db, r.Organisation, keep)
    assert (kept.city, kept.website, kept.email) == (
        "Koszalin",
        "https://pk.example",
        "pk@pk.example",
    )
    assert kept.name == "Politechnika Koszalińska"
    assert isinstance(result.dropped, r.Organisation)
    assert result.dropped.city == "Koszalin"

    undo_merge(db, result)
    assert dump(db_path) == before

    with pytest.raises(MergeError, match="itself"):
        merge_organisations(db, keep, keep)


def test_merge_and_undo_on_the_demo(database: Database, db_path: Path) -> None:
    from lagdesk.demo import build_demo

    build_demo(database)
    before = dump(db_path)
    busiest = sorted(
        store.find(database, r.Person),
        key=lambda p: -store.count(database, r.Attendance, m.Attendance.person_id == p.id),
    )
    keep, drop = busiest[0].id, busiest[1].id
    result = merge_people(database, keep, drop)  # type: ignore[arg-type]
    assert result.removed.get("attendance")
    undo_merge(database, result)
    organisations = store.find(database, r.Organisation)
    result = merge_organisations(database, organisations[0].id, organisations[1].id)  # type: ignore[arg-type]
    undo_merge(database, result)
    assert dump(db_path) == before


def test_undo_that_the_database_refuses_changes_nothing(
    database: Database, db_path: Path, two_annas: tuple[int, int, int, Plan]
) -> None:
    keep, drop, _, _ = two_annas
    result = merge_people(database, keep, drop)
    assert result.dropped.organisation_id is not None
    store.delete(database, r.Organisation, result.dropped.organisation_id)
    after_delete = dump(db_path)
    with pytest.raises(MergeError, match="cannot be undone"):
        undo_merge(database, result)
    assert dump(db_path) == after_delete
