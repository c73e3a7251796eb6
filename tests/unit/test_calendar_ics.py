"""Meetings to .ics and invitations back: the instant, the zone and the VTIMEZONE survive."""

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from lagdesk.core.meetings.ics import (
    PRODID,
    CalendarFileError,
    export_calendar,
    import_invitation,
    parse_invitation,
)
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import MeetingType
from lagdesk.db.database import Database
from lagdesk.errors import UserError


def utc(*parts: int) -> datetime:
    """A naive UTC time, as the database stores it."""
    return datetime(*parts)  # type: ignore[arg-type]


@pytest.fixture
def meetings(database: Database) -> list[r.Meeting]:
    """Warsaw in summer (UTC+2) and winter (UTC+1), Riga in summer (UTC+3)."""
    return store.save_all(
        database,
        [
            r.Meeting(
                type=MeetingType.LOCAL_GROUP_MEETING,
                title="ULG summer",
                starts_at=utc(2024, 7, 1, 14),  # 16:00 in Warsaw
                ends_at=utc(2024, 7, 1, 16),
                timezone="Europe/Warsaw",
                place="Ratusz, sala 2",
                notes="Agenda: problem tree.",
            ),
            r.Meeting(
                type=MeetingType.THEMATIC_WORKSHOP,
                title="ULG winter",
                starts_at=utc(2024, 1, 15, 8),  # 09:00 in Warsaw
                ends_at=utc(2024, 1, 15, 11),
                timezone="Europe/Warsaw",
                online_link="https://meet.example.org/ulg",
            ),
            r.Meeting(
                type=MeetingType.WEBINAR,
                title="Riga partners",
                starts_at=utc(2024, 6, 10, 21, 30),  # 00:30 on 11 June in Riga
                timezone="Europe/Riga",
            ),
        ],
    )


def read(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def events(path: Path) -> dict[str, icalendar.Component]:
    return {str(event["summary"]): event for event in read(path).walk("VEVENT")}


def test_export_writes_each_meeting_in_its_own_zone(
    database: Database, meetings: list[r.Meeting], tmp_path: Path
) -> None:
    out = tmp_path / "meetings.ics"
    assert export_calendar(database, out) == 3
    calendar = read(out)
    assert str(calendar["prodid"]) == PRODID
    assert str(calendar["version"]) == "2.0"
    zones = {str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")}
    assert zones == {"Europe/Warsaw", "Europe/Riga"}
    found = events(out)
    assert set(found) == {meeting.title for meeting in meetings}
    for meeting in meetings:
        event = found[meeting.title]
        assert str(event["uid"]) == f"meeting-{meeting.id}@lagdesk"
        assert event["dtstart"].params["TZID"] == meeting.timezone
        start = event.decoded("dtstart")
        assert start.tzinfo is not None
        assert start == meeting.starts_at.replace(tzinfo=UTC)
        assert event.get("dtstamp") is not None
        categories = event["categories"]
        assert isinstance(categories, icalendar.vCategory)
        assert [str(code) for code in categories.cats] == [meeting.type.value]
        if meeting.ends_at is None:
            assert event.get("dtend") is None
        else:
            assert event.decoded("dtend") == meeting.ends_at.replace(tzinfo=UTC)
            assert event["dtend"].params["TZID"] == meeting.timezone


def test_export_shows_local_wall_clock_times(
    database: Database, meetings: list[r.Meeting], tmp_path: Path
) -> None:
    out = tmp_path / "meetings.ics"
    export_calendar(database, out)
    text = out.read_text(encoding="utf-8")
    assert "DTSTART;TZID=Europe/Warsaw:20240701T160000" in text
    assert "DTSTART;TZID=Europe/Warsaw:20240115T090000" in text
    assert "DTSTART;TZID=Europe/Riga:20240611T003000" in text
    found = events(out)
    assert str(found["ULG summer"]["location"]) == "Ratusz, sala 2"
    assert str(found["ULG summer"]["description"]) == "Agenda: problem tree."
    assert found["ULG summer"].get("url") is None
    assert str(found["ULG winter"]["url"]) == "https://meet.example.org/ulg"


@pytest.mark.parametrize(
    ("start", "end", "titles"),
    [
        (date(2024, 7, 1), date(2024, 7, 1), {"ULG summer"}),
        (date(2024, 2, 1), None, {"ULG summer", "Riga partners"}),
        (None, date(2024, 6, 30), {"ULG winter", "Riga partners"}),
        # Riga's meeting starts on 11 June in Riga, though on 10 June in UTC.
        (date(2024, 6, 11), date(2024, 6, 11), {"Riga partners"}),
        (date(2024, 6, 10), date(2024, 6, 10), set()),
        (date(2025, 1, 1), None, set()),
    ],
)
def test_export_filters_on_the_local_start_day(
    database: Database,
    meetings: list[r.Meeting],
    tmp_path: Path,
    start: date | None,
    end: date | None,
    titles: set[str],
) -> None:
    out = tmp_path / "some.ics"
    assert export_calendar(database, out, start=start, end=end) == len(titles)
    assert set(events(out)) == titles


def test_export_refuses_a_reversed_range(database: Database, tmp_path: Path) -> None:
    out = tmp_path / "none.ics"
    with pytest.raises(UserError, match="after the last day"):
        export_calendar(database, out, start=date(2024, 2, 1), end=date(2024, 1, 1))
    assert not out.exists()


def test_export_replaces_a_file_and_leaves_no_temporary(
    database: Database, meetings: list[r.Meeting], tmp_path: Path
) -> None:
    out = tmp_path / "meetings.ics"
    out.write_text("old", encoding="utf-8")
    export_calendar(database, out)
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_round_trip_gives_the_same_meetings(
    database: Database, meetings: list[r.Meeting], tmp_path: Path
) -> None:
    for meeting in meetings:
        out = tmp_path / f"meeting-{meeting.id}.ics"
        zone = ZoneInfo(meeting.timezone)
        day = meeting.starts_at.replace(tzinfo=UTC).astimezone(zone).date()
        assert export_calendar(database, out, start=day, end=day) == 1
        back = parse_invitation(out)
        assert back.id is None
        assert (back.title, back.starts_at, back.ends_at, back.timezone) == (
            meeting.title,
            meeting.starts_at,
            meeting.ends_at,
            meeting.timezone,
        )
        assert (back.type, back.place, back.online_link, back.notes) == (
            meeting.type,
            meeting.place,
            meeting.online_link,
            meeting.notes,
        )


def write(tmp_path: Path, *lines: str, name: str = "invite.ics") -> Path:
    path = tmp_path / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def invitation(tmp_path: Path, *event_lines: str) -> Path:
    return write(
        tmp_path,
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Example//Mail//EN",
        "BEGIN:VEVENT",
        "UID:abc@example.org",
        *event_lines,
        "END:VEVENT",
        "END:VCALENDAR",
    )


def test_an_invitation_in_utc(tmp_path: Path) -> None:
    path = invitation(
        tmp_path,
        "SUMMARY:Transnational meeting",
        "DTSTART:20240312T083000Z",
        "DTEND:20240312T160000Z",
        "LOCATION:Online: https://zoom.example.org/j/123",
        "DESCRIPTION:Bring the IAP draft.",
    )
    meeting = parse_invitation(path)
    assert meeting.type == MeetingType.LOCAL_GROUP_MEETING
    assert meeting.title == "Transnational meeting"
    assert (meeting.starts_at, meeting.ends_at) == (utc(2024, 3, 12, 8, 30), utc(2024, 3, 12, 16))
    assert meeting.timezone == "UTC"
    assert meeting.online_link == "https://zoom.example.org/j/123"
    assert meeting.place == "Online: https://zoom.example.org/j/123"
    assert meeting.notes == "Bring the IAP draft."


def test_an_invitation_with_a_tzid_and_a_duration(tmp_path: Path) -> None:
    path = invitation(
        tmp_path,
        "SUMMARY:Site visit",
        "DTSTART;TZID=Europe/Riga:20241105T100000",
        "DURATION:PT2H",
        "DESCRIPTION:Join at https://teams.example.org/x, or come by.",
    )
    meeting = parse_invitation(path)
    assert meeting.timezone == "Europe/Riga"
    assert meeting.starts_at == utc(2024, 11, 5, 8)  # Riga is UTC+2 in winter
    assert meeting.ends_at == utc(2024, 11, 5, 10)
    assert meeting.online_link == "https://teams.example.org/x"


def test_a_floating_time_is_read_in_the_local_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = invitation(tmp_path, "SUMMARY:Walk", "DTSTART:20240701T100000")
    meeting = parse_invitation(path, floating_zone="Europe/Warsaw")
    assert (meeting.starts_at, meeting.timezone) == (utc(2024, 7, 1, 8), "Europe/Warsaw")
    assert meeting.ends_at is None
    monkeypatch.setenv("TZ", "Europe/Riga")
    meeting = parse_invitation(path)
    assert (meeting.starts_at, meeting.timezone) == (utc(2024, 7, 1, 7), "Europe/Riga")


def test_an_all_day_invitation_lasts_the_day(tmp_path: Path) -> None:
    path = invitation(tmp_path, "SUMMARY:Festival", "DTSTART;VALUE=DATE:20240601")
    meeting = parse_invitation(path, floating_zone="UTC")
    assert (meeting.starts_at, meeting.ends_at) == (utc(2024, 6, 1), utc(2024, 6, 2))


def test_the_type_comes_from_a_known_category_and_the_title_from_the_file(
    tmp_path: Path,
) -> None:
    path = invitation(tmp_path, "CATEGORIES:Work,webinar", "DTSTART:20240701T100000Z")
    meeting = parse_invitation(path)
    assert meeting.type == MeetingType.WEBINAR
    assert meeting.title == "invite"


def test_import_invitation_saves_the_meeting(database: Database, tmp_path: Path) -> None:
    path = invitation(tmp_path, "SUMMARY:ULG", "DTSTART;TZID=Europe/Warsaw:20240115T090000")
    saved = import_invitation(database, path)
    assert saved.id is not None
    (stored,) = store.find(database, r.Meeting)
    assert stored == saved
    assert stored.starts_at == utc(2024, 1, 15, 8)
    assert stored.timezone == "Europe/Warsaw"
    assert datetime(2024, 1, 15, 9, tzinfo=ZoneInfo("Europe/Warsaw")) == stored.starts_at.replace(
        tzinfo=UTC
    )


BROKEN = {
    "text": ("Dear all, see you on Monday.\n", "not an iCalendar"),
    "empty": ("", "not an iCalendar"),
    "no event": ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "no event"),
    "no start": (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "no start",
    ),
    "end before start": (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nDTSTART:20240701T100000Z\r\n"
        "DTEND:20240701T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "ends (DTEND) before it starts",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_invitations_are_refused_naming_the_file(
    case: str, database: Database, tmp_path: Path
) -> None:
    content, problem = BROKEN[case]
    path = tmp_path / "broken.ics"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CalendarFileError) as caught:
        import_invitation(database, path)
    assert str(path) in str(caught.value)
    assert problem in str(caught.value)
    assert "\n" not in str(caught.value)
    assert store.find(database, r.Meeting) == []


def test_a_missing_file_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "gone.ics"
    with pytest.raises(UserError, match=r"gone\.ics"):
        parse_invitation(path)
