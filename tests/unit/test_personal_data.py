"""Finding, exporting and erasing one person: totals kept, one transaction, no trace left."""

import html
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from lagdesk.core.stakeholders import personal_data as pd
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db import models as m
from lagdesk.db.codes import (
    ActionType,
    AttendanceStatus,
    ConsentMethod,
    ConsentPurpose,
    Gender,
    GroupKind,
    MeetingType,
    MemberRole,
    ObjectiveLevel,
    RiskCategory,
    Sector,
)
from lagdesk.db.database import Database, open_database
from lagdesk.demo import build_demo
from lagdesk.errors import UserError

ATTENDED = AttendanceStatus.ATTENDED
SECTIONS = {
    "person",
    "organisation",
    "group_memberships",
    "power_interest_assessments",
    "consent_records",
    "attendance",
    "tasks",
    "actions",
    "risks",
    "indicators",
    "text_mentions",
}


@dataclass
class City:
    """Ids of the hand-made records."""

    anna: int
    jan: int
    meetings: list[int]
    task: int
    action: int
    risk: int
    indicator: int


def meeting(title: str, day: int, **extra: str) -> r.Meeting:
    return r.Meeting(
        type=MeetingType.LOCAL_GROUP_MEETING,
        title=title,
        starts_at=datetime(2024, 3, day, 16),
        timezone="Europe/Warsaw",
        **extra,
    )


def make_city(db: Database, first_name: str = "Anna", last_name: str = "Nowak") -> City:
    """A civic-sector woman with a bit of everything, and a man with no organisation."""
    civic = store.save(db, r.Organisation(name="Fundacja Równe Szanse", sector=Sector.CIVIC))
    anna = store.save(
        db,
        r.Person(
            first_name=first_name,
            last_name=last_name,
            organisation_id=civic.id,
            gender=Gender.FEMALE,
            role="przewodnicząca",
            email="Anna.Nowak@Example.org",
            phone="+48 600 100 200",
        ),
    )
    jan = store.save(db, r.Person(first_name="Jan", last_name="Kowalski", email="jan@example.org"))
    assert anna.id
    assert jan.id
    m1, m2, m3 = store.save_all(
        db,
        [
            meeting("ULG 1", 5),
            meeting("ULG 2", 12),
            meeting(
                "ULG 3",
                19,
                minutes=f"<p>{first_name} {last_name} przedstawiła wyniki.</p>",
                notes="Kontakt: ANNA.NOWAK@EXAMPLE.ORG",
            ),
        ],
    )
    ulg, board = store.save_all(
        db,
        [
            r.StakeholderGroup(name="Grupa URBACT", kind=GroupKind.LOCAL_GROUP),
            r.StakeholderGroup(name="Komitet sterujący", kind=GroupKind.STEERING_BOARD),
        ],
    )
    plan = store.save(db, r.Plan(title="IAP"))
    objective = store.save(
        db,
        r.Objective(plan_id=plan.id, level=ObjectiveLevel.STRATEGIC, code="1", title="O"),  # type: ignore[arg-type]
    )
    saved = store.save_all(
        db,
        [
            r.GroupMembership(
                group_id=ulg.id, person_id=anna.id, role=MemberRole.CHAIR, joined_on=date(2024, 1, 10)
            ),  # type: ignore[arg-type]
            r.GroupMembership(
                group_id=board.id,  # type: ignore[arg-type]
                person_id=anna.id,
                joined_on=date(2024, 1, 10),
                left_on=date(2024, 6, 30),
            ),
            r.PowerInterestAssessment(person_id=anna.id, power=3, interest=5, assessed_on=date(2024, 1, 10)),
            r.PowerInterestAssessment(person_id=anna.id, power=4, interest=5, assessed_on=date(2024, 6, 1)),
            r.ConsentRecord(
                person_id=anna.id, purpose=ConsentPurpose.LOCAL_GROUP_MEMBERSHIP, given_on=date(2024, 1, 10)
            ),
            r.ConsentRecord(
                person_id=anna.id,
                purpose=ConsentPurpose.PHOTO_PUBLICATION,
                given_on=date(2024, 1, 10),
                method=ConsentMethod.EMAIL,
                evidence="e-mail z 10.01.2024",
                withdrawn_on=date(2024, 5, 1),
            ),
            r.Attendance(meeting_id=m1.id, person_id=anna.id, status=ATTENDED),  # type: ignore[arg-type]
            r.Attendance(meeting_id=m2.id, person_id=anna.id, status=ATTENDED, is_walk_in=True),  # type: ignore[arg-type]
            r.Attendance(meeting_id=m3.id, person_id=anna.id, status=AttendanceStatus.EXCUSED),  # type: ignore[arg-type]
            r.Attendance(meeting_id=m1.id, person_id=jan.id, status=ATTENDED),  # type: ignore[arg-type]
            r.Attendance(meeting_id=m2.id, person_id=jan.id, status=ATTENDED),  # type: ignore[arg-type]
            r.AnonymousAttendance(meeting_id=m1.id, sector=Sector.CIVIC, gender=Gender.FEMALE, count=3),  # type: ignore[arg-type]
            r.AnonymousAttendance(meeting_id=m1.id, sector=None, gender=Gender.UNKNOWN, count=2),  # type: ignore[arg-type]
            r.Task(meeting_id=m1.id, title="Zebrać dane", owner_person_id=anna.id, due_on=date(2024, 4, 1)),
            r.Action(
                objective_id=objective.id,  # type: ignore[arg-type]
                code="1.1",
                title="Klauzule społeczne",
                type=ActionType.PROCUREMENT,
                responsible_person_id=anna.id,
            ),
            r.Risk(
                plan_id=plan.id,  # type: ignore[arg-type]
                code="R1",
                title="Brak danych",
                category=RiskCategory.CAPACITY,
                likelihood=2,
                impact=3,
                owner_person_id=anna.id,
            ),
            r.Indicator(code="PROC-01", name="Zamówienia z klauzulami", owner_person_id=anna.id),
        ],
    )  # fmt: skip
    task, action, risk, indicator = saved[-4:]
    return City(
        anna=anna.id,
        jan=jan.id,
        meetings=[m1.id, m2.id, m3.id],  # type: ignore[list-item]
        task=task.id,
        action=action.id,
        risk=risk.id,
        indicator=indicator.id,
    )


def totals(db: Database) -> dict[int, int]:
    """Everyone counted at each meeting: named attendees plus anonymous counts."""
    with db.reading() as session:
        named = dict(
            session.execute(
                sa.select(m.Attendance.meeting_id, sa.func.count())
                .where(m.Attendance.status == ATTENDED)
                .group_by(m.Attendance.meeting_id)
            ).all()
        )
        anonymous = dict(
            session.execute(
                sa.select(
                    m.AnonymousAttendance.meeting_id, sa.func.sum(m.AnonymousAttendance.count)
                ).group_by(m.AnonymousAttendance.meeting_id)
            ).all()
        )
        ids = session.scalars(sa.select(m.Meeting.id)).all()
    return {i: named.get(i, 0) + anonymous.get(i, 0) for i in ids}


def anonymous_rows(db: Database) -> dict[tuple[int, str | None, str], list[int]]:
    """Counts per (meeting, sector, gender); a list, so that a duplicate row shows."""
    rows: dict[tuple[int, str | None, str], list[int]] = {}
    with db.reading() as session:
        for row in session.scalars(
            sa.select(m.AnonymousAttendance).order_by(m.AnonymousAttendance.id)
        ):
            key = (row.meeting_id, row.sector.value if row.sector else None, row.gender.value)
            rows.setdefault(key, []).append(row.count)
    return rows


@pytest.fixture
def city(database: Database) -> City:
    return make_city(database)


def test_a_person_is_found_by_id_or_by_email_in_any_case(database: Database, city: City) -> None:
    assert pd.find_person(database, str(city.anna)).last_name == "Nowak"
    assert pd.find_person(database, f" {city.jan} ").first_name == "Jan"
    assert pd.find_person(database, "anna.NOWAK@example.ORG ").id == city.anna


@pytest.mark.parametrize("key", ["999", "nobody@example.org", "", "Nowak"])
def test_an_unknown_person_is_a_clear_error(database: Database, city: City, key: str) -> None:
    with pytest.raises(pd.PersonNotFoundError, match="No person with the id or e-mail"):
        pd.find_person(database, key)


def test_a_shared_email_is_refused_with_the_ids(database: Database, city: City) -> None:
    twin = store.save(
        database, r.Person(first_name="Anna", last_name="Nowak", email="anna.nowak@example.org")
    )
    with pytest.raises(pd.AmbiguousEmailError) as caught:
        pd.find_person(database, "Anna.Nowak@example.org")
    assert caught.value.ids == [city.anna, twin.id]
    assert f"{city.anna}, {twin.id}" in str(caught.value)


def test_person_data_holds_every_section_with_labels(database: Database, city: City) -> None:
    data = pd.person_data(database, city.anna)
    assert set(data) == SECTIONS
    json.dumps(data)  # plain data only
    assert data["person"]["email"] == "Anna.Nowak@Example.org"
    assert data["person"]["gender"] == "female"
    assert data["person"]["gender_label"] == "Female"
    assert data["organisation"] == {
        "id": data["organisation"]["id"],
        "name": "Fundacja Równe Szanse",
        "sector": "civic",
        "sector_label": "Civic",
    }
    groups = [
        (g["group"], g["role"], g["role_label"], g["joined_on"], g["left_on"])
        for g in data["group_memberships"]
    ]
    assert groups == [
        ("Grupa URBACT", "chair", "Chair", "2024-01-10", None),
        ("Komitet sterujący", "member", "Member", "2024-01-10", "2024-06-30"),
    ]
    assert [(a["assessed_on"], a["power"]) for a in data["power_interest_assessments"]] == [
        ("2024-01-10", 3),
        ("2024-06-01", 4),
    ]
    photo = data["consent_records"][1]
    assert (photo["purpose_label"], photo["method_label"], photo["withdrawn_on"]) == (
        "Photo publication",
        "E-mail",
        "2024-05-01",
    )
    assert [
        (a["meeting"], a["date"], a["status"], a["is_walk_in"]) for a in data["attendance"]
    ] == [
        ("ULG 1", "2024-03-05", "attended", False),
        ("ULG 2", "2024-03-12", "attended", True),
        ("ULG 3", "2024-03-19", "excused", False),
    ]
    assert data["attendance"][0]["meeting_type_label"] == "Local group meeting"
    assert [(t["title"], t["meeting"], t["due_on"]) for t in data["tasks"]] == [
        ("Zebrać dane", "ULG 1", "2024-04-01")
    ]
    assert [(a["code"], a["title"]) for a in data["actions"]] == [("1.1", "Klauzule społeczne")]
    assert [x["code"] for x in data["risks"]] == ["R1"]
    assert [x["code"] for x in data["indicators"]] == ["PROC-01"]
    m3 = city.meetings[2]
    assert {(x["table"], x["column"], x["row_id"]) for x in data["text_mentions"]} == {
        ("meeting", "minutes", m3),
        ("meeting", "notes", m3),
    }
    assert pd.person_data(database, city.jan)["organisation"] is None


def test_person_data_on_the_demo_fills_every_section(database: Database) -> None:
    build_demo(database)
    with database.reading() as session:
        busy = session.scalars(
            sa.select(m.Person.id)
            .where(m.Person.id.in_(sa.select(m.Risk.owner_person_id)))
            .where(m.Person.id.in_(sa.select(m.Indicator.owner_person_id)))
            .where(m.Person.id.in_(sa.select(m.Action.responsible_person_id)))
            .where(m.Person.id.in_(sa.select(m.Task.owner_person_id)))
        ).first()
    assert busy is not None
    data = pd.person_data(database, busy)
    assert set(data) == SECTIONS
    assert all(data[section] for section in SECTIONS), [s for s in SECTIONS if not data[s]]
    json.dumps(data)


def test_export_writes_json_and_an_escaped_page(database: Database, tmp_path: Path) -> None:
    city = make_city(database, "<script>alert('x')</script>", "Kowalska & Syn")
    out = tmp_path / "export" / "anna.json"
    out.parent.mkdir()
    written = pd.export_person(database, city.anna, out)
    assert written == [out, out.with_suffix(".html")]
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["person"]["last_name"] == "Kowalska & Syn"
    assert document["exported_on"] == date.today().isoformat()
    assert set(document) >= SECTIONS
    assert "Równe Szanse" in out.read_text(encoding="utf-8")  # not \\u-escaped
    page = out.with_suffix(".html").read_text(encoding="utf-8")
    name = "<script>alert('x')</script> Kowalska & Syn"
    assert f"<title>Personal data held about {html.escape(name)}</title>" in page
    assert "<script" not in page
    assert "Kowalska &amp; Syn" in page
    assert f"Exported from lagdesk on {date.today().isoformat()}." in page
    for heading in ("Group memberships", "Consent records", "Meetings", "Risks they own"):
        assert f"<h2>{heading}</h2>" in page
    assert "<td>Photo publication</td>" in page
    assert sorted(p.name for p in out.parent.iterdir()) == ["anna.html", "anna.json"]


def test_export_refuses_a_missing_folder(database: Database, city: City, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="the folder does not exist"):
        pd.export_person(database, city.anna, tmp_path / "missing" / "anna.json")
    assert not (tmp_path / "missing").exists()


def test_a_failed_export_leaves_nothing(database: Database, city: City, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "anna.html").mkdir()  # the page cannot take this name
    with pytest.raises(UserError, match="cannot be written"):
        pd.export_person(database, city.anna, folder / "anna.json")
    assert [p.name for p in folder.iterdir()] == ["anna.html"]


def test_erase_keeps_every_meeting_total_and_counts_by_sector_and_gender(
    database: Database, city: City
) -> None:
    m1, m2, m3 = city.meetings
    before = totals(database)
    report = pd.erase_person(database, city.anna)
    assert totals(database) == before
    assert report.meetings_counted == 2
    rows = anonymous_rows(database)
    assert rows[(m1, "civic", "female")] == [4]  # incremented
    assert rows[(m2, "civic", "female")] == [1]  # walk-in, new row
    assert (m3, "civic", "female") not in rows  # excused: not counted
    # No organisation: a NULL sector, whose row is found and incremented, never duplicated.
    pd.erase_person(database, city.jan)
    assert totals(database) == before
    rows = anonymous_rows(database)
    assert rows[(m1, None, "unknown")] == [3]
    assert rows[(m2, None, "unknown")] == [1]
    late = store.save(database, r.Person(last_name="Wiśniewski"))
    store.save(database, r.Attendance(meeting_id=m2, person_id=late.id, status=ATTENDED))  # type: ignore[arg-type]
    before = totals(database)
    pd.erase_person(database, late.id)  # type: ignore[arg-type]
    assert anonymous_rows(database)[(m2, None, "unknown")] == [2]
    assert totals(database) == before


def test_erase_reports_what_went_and_what_stays(database: Database, city: City) -> None:
    m3 = city.meetings[2]
    minutes = store.get(database, r.Meeting, m3).minutes
    report = pd.erase_person(database, city.anna)
    assert report.name == "Anna Nowak"
    assert report.removed == {
        "person": 1,
        "attendance": 3,
        "group_membership": 2,
        "power_interest_assessment": 2,
        "consent_record": 2,
    }
    assert report.unlinked == {"task": 1, "action": 1, "risk": 1, "indicator": 1}
    assert report.traces_cleared
    assert {(x["table"], x["column"], x["row_id"]) for x in report.mentions} == {
        ("meeting", "minutes", m3),
        ("meeting", "notes", m3),
    }
    assert store.get(database, r.Meeting, m3).minutes == minutes  # reported, not edited
    assert store.get(database, r.Task, city.task).owner_person_id is None
    assert store.get(database, r.Action, city.action).responsible_person_id is None
    assert store.get(database, r.Risk, city.risk).owner_person_id is None
    assert store.get(database, r.Indicator, city.indicator).owner_person_id is None
    for record_type in (
        r.Attendance,
        r.GroupMembership,
        r.PowerInterestAssessment,
        r.ConsentRecord,
    ):
        assert store.find(database, record_type, person_id=city.anna) == []
    assert pd.find_person(database, "jan@example.org").id == city.jan


def test_erase_deletes_the_photos_that_show_the_person_and_nothing_else(
    database: Database, city: City
) -> None:
    m1 = city.meetings[0]
    with database.session() as session:
        shown = m.Attachment(kind="photo", meeting_id=m1, filename="group.jpg", size_bytes=3)
        other = m.Attachment(kind="photo", meeting_id=m1, filename="room.jpg", size_bytes=3)
        session.add_all([shown, other])
        session.flush()
        session.add_all(
            [
                m.AttachmentContent(attachment_id=shown.id, data=b"abc"),
                m.AttachmentContent(attachment_id=other.id, data=b"def"),
                m.AttachmentPerson(attachment_id=shown.id, person_id=city.anna),
            ]
        )
    report = pd.erase_person(database, city.anna)
    assert report.removed["attachment"] == 1
    with database.reading() as session:
        names = session.scalars(sa.select(m.Attachment.filename)).all()
        contents = session.scalars(sa.select(m.AttachmentContent.data)).all()
    assert names == ["room.jpg"]
    assert contents == [b"def"]


def test_erasing_twice_is_a_clear_error(database: Database, city: City) -> None:
    pd.erase_person(database, city.anna)
    with pytest.raises(pd.PersonNotFoundError, match="erased already"):
        pd.erase_person(database, city.anna)
    with pytest.raises(pd.PersonNotFoundError):
        pd.find_person(database, "anna.nowak@example.org")


def test_a_failure_inside_the_erase_changes_nothing(
    database: Database, city: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = (totals(database), anonymous_rows(database), pd.person_data(database, city.anna))
    remove = pd._remove_person

    def remove_then_fail(connection: sa.Connection, person_id: int) -> tuple[dict[str, int], ...]:
        remove(connection, person_id)  # the counts are raised and the rows gone by now
        raise OSError("disk full")

    monkeypatch.setattr(pd, "_remove_person", remove_then_fail)
    with pytest.raises(OSError, match="disk full"):
        pd.erase_person(database, city.anna)
    assert (
        totals(database),
        anonymous_rows(database),
        pd.person_data(database, city.anna),
    ) == before


def test_erase_on_the_demo_keeps_every_meeting_total(database: Database) -> None:
    build_demo(database)
    with database.reading() as session:
        most = (
            session.execute(
                sa.select(m.Attendance.person_id)
                .where(m.Attendance.status == ATTENDED)
                .group_by(m.Attendance.person_id)
                .order_by(sa.func.count().desc(), m.Attendance.person_id)
                .limit(3)
            )
            .scalars()
            .all()
        )
        unattached = session.scalars(
            sa.select(m.Person.id)
            .where(m.Person.organisation_id.is_(None))
            .where(
                m.Person.id.in_(
                    sa.select(m.Attendance.person_id).where(m.Attendance.status == ATTENDED)
                )
            )
        ).first()
    assert unattached is not None
    before = totals(database)
    for person_id in [*most, unattached]:
        assert pd.erase_person(database, person_id).meetings_counted > 0
        assert totals(database) == before
    assert all(len(counts) == 1 for counts in anonymous_rows(database).values())


UNIQUE = ("Zdzisława", "Przybyszewska-Quxx", "zq.unique.8842@example.pl", "+48 600 884 211")
EARLIER = ("zq.earlier.5531@example.pl", "+48 600 000 731")
CONTROL = "Kontrolna-Qvvx"


def raw_bytes(path: Path) -> dict[str, bytes]:
    """The database file and any -wal / -shm file beside it, as they lie on disk."""
    files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    return {p.name: p.read_bytes() for p in files if p.exists()}


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def test_no_byte_of_an_erased_person_remains_in_the_file_or_its_wal(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        build_demo(database)
        first, last, email, phone = UNIQUE
        demo_meetings = store.find(database, r.Meeting, limit=4)
        person = store.save(
            database,
            r.Person(
                first_name=first,
                last_name=last,
                gender=Gender.FEMALE,
                email=EARLIER[0],
                phone=EARLIER[1],
            ),
        )
        control = store.save(
            database, r.Person(first_name="Ola", last_name=CONTROL, email="ola@example.pl")
        )
        # Ordinary use: corrections, attendance, a consent, another person's edits.
        person.email, person.phone = email, phone
        person = store.save(database, person)
        store.save_all(
            database,
            [
                *(r.Attendance(meeting_id=x.id, person_id=person.id, status=ATTENDED) for x in demo_meetings),  # type: ignore[arg-type]
                r.Attendance(meeting_id=demo_meetings[0].id, person_id=control.id, status=ATTENDED),  # type: ignore[arg-type]
                r.ConsentRecord(person_id=person.id, purpose=ConsentPurpose.NEWSLETTER, given_on=date(2024, 2, 1)),  # type: ignore[arg-type]
            ],
        )  # fmt: skip
        control.role = "mieszkanka"
        store.save(database, control)
        person.role = "sołtyska"  # the last write: its page sits in the WAL, not yet checkpointed
        store.save(database, person)
        files = raw_bytes(db_path)
        assert any(email.encode() in data for name, data in files.items() if name.endswith("-wal"))
        before = totals(database)

        report = pd.erase_person(database, person.id)  # type: ignore[arg-type]

        assert report.traces_cleared
        assert report.meetings_counted == len(demo_meetings)
        assert report.mentions == []
        assert totals(database) == before
        open_files = raw_bytes(db_path)
        assert open_files.get(db_path.name + "-wal", b"") == b""  # truncated while still open
    finally:
        database.close()
    for files in (open_files, raw_bytes(db_path)):
        for text in (*UNIQUE, *EARLIER, f"{first} {last}"):
            for needle in encodings(text):
                leaks = [name for name, data in files.items() if needle in data]
                assert not leaks, f"{text!r} ({needle!r}) is still in {leaks}"
        assert CONTROL.encode() in files[db_path.name]  # the search itself works
    check = open_database(db_path)
    try:
        with check.reading() as session:
            assert session.execute(sa.text("PRAGMA integrity_check")).scalar_one() == "ok"
        assert pd.find_person(check, "ola@example.pl").last_name == CONTROL
    finally:
        check.close()
