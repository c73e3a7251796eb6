"""The sign-in sheet's content: who is on it, in what order, and the space left for walk-ins."""

from datetime import UTC, date, datetime

import pytest

from lagdesk.core.meetings.sign_in import blank_rows_for, sign_in_sheet
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import MeetingType, Programme, Sector
from lagdesk.db.database import Database
from lagdesk.errors import UserError


def meeting_with(database: Database, people: list[tuple[str, str]]) -> int:
    network = store.save(database, r.Network(name="GenProcure", programme=Programme.URBACT_IV))
    store.save(database, r.Partner(network_id=network.id, name="Łódź"))  # type: ignore[arg-type]
    store.save(database, r.Partner(network_id=network.id, name="Koszalin", is_own=True))  # type: ignore[arg-type]
    org = store.save(database, r.Organisation(name="Urząd Miejski", sector=Sector.PUBLIC))
    meeting = store.save(
        database,
        r.Meeting(
            type=MeetingType.THEMATIC_WORKSHOP,
            title="Warsztat",
            starts_at=datetime(2024, 3, 31, 22, 30),
            ends_at=datetime(2024, 4, 1, 1, 0),
            timezone="Europe/Warsaw",
            place="Sala 108",
            retention_until=date(2031, 12, 31),
        ),
    )
    for first, last in people:
        person = store.save(
            database, r.Person(first_name=first, last_name=last, organisation_id=org.id)
        )
        store.save(database, r.Attendance(meeting_id=meeting.id, person_id=person.id))  # type: ignore[arg-type]
    return meeting.id  # type: ignore[return-value]


def test_sheet_lists_the_invited_by_last_name(database: Database) -> None:
    names = [("Zofia", "Żak"), ("Anna", "Łukasik"), ("Jan", "Nowak"), ("Adam", "Lis")]
    meeting_id = meeting_with(database, names)
    sheet = sign_in_sheet(database, meeting_id)
    assert [p.name for p in sheet.invited] == [
        "Lis, Adam",
        "Łukasik, Anna",
        "Nowak, Jan",
        "Żak, Zofia",
    ]
    assert {p.organisation for p in sheet.invited} == {"Urząd Miejski"}
    assert (sheet.network, sheet.city, sheet.title) == ("GenProcure", "Koszalin", "Warsztat")
    # 22:30 UTC is already the next day in Warsaw (summer time began that night).
    assert sheet.date == date(2024, 4, 1)
    assert sheet.time_range == "00:30–03:00"
    assert sheet.venue == "Sala 108"
    assert sheet.retention_until == date(2031, 12, 31)
    assert sheet.blank_rows == 5


def test_walk_ins_are_left_to_the_blank_rows(database: Database) -> None:
    meeting_id = meeting_with(database, [("Jan", "Nowak")])
    walk_in = store.save(database, r.Person(last_name="Gość"))
    store.save(
        database,
        r.Attendance(meeting_id=meeting_id, person_id=walk_in.id, is_walk_in=True),  # type: ignore[arg-type]
    )
    assert [p.name for p in sign_in_sheet(database, meeting_id).invited] == ["Nowak, Jan"]


@pytest.mark.parametrize(("invited", "blank"), [(0, 5), (10, 5), (25, 5), (26, 6), (60, 12)])
def test_blank_rows_are_a_fifth_of_the_invited_and_at_least_five(invited: int, blank: int) -> None:
    assert blank_rows_for(invited) == blank


def test_without_network_or_retention_date(database: Database) -> None:
    meeting = store.save(
        database,
        r.Meeting(
            type=MeetingType.THEMATIC_WORKSHOP,
            title="Online",
            starts_at=datetime(2024, 1, 10, 9, 0, tzinfo=UTC).replace(tzinfo=None),
            online_link="https://meet.example/abc",
        ),
    )
    sheet = sign_in_sheet(database, meeting.id)  # type: ignore[arg-type]
    assert (sheet.network, sheet.city, sheet.retention_until) == ("", "", None)
    assert sheet.time_range == "10:00"  # Europe/Brussels in winter
    assert sheet.venue == "https://meet.example/abc"
    assert sheet.invited == ()


def test_unknown_meeting_is_a_clear_error(database: Database) -> None:
    with pytest.raises(UserError, match="no meeting with id 99"):
        sign_in_sheet(database, 99)
