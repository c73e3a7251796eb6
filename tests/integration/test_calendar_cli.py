"""``lagdesk export calendar`` and ``lagdesk import calendar`` as a user meets them."""

from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest

from lagdesk import cli
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import MeetingType
from lagdesk.db.database import open_database


@pytest.fixture
def city(db_path: Path) -> Path:
    with open_database(db_path) as database:
        store.save_all(
            database,
            [
                r.Meeting(
                    type=MeetingType.LOCAL_GROUP_MEETING,
                    title="ULG March",
                    starts_at=datetime(2024, 3, 5, 15),
                    ends_at=datetime(2024, 3, 5, 17),
                    timezone="Europe/Warsaw",
                ),
                r.Meeting(
                    type=MeetingType.SITE_VISIT,
                    title="Visit in Riga",
                    starts_at=datetime(2024, 8, 20, 7),
                    timezone="Europe/Riga",
                ),
            ],
        )
    return db_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def titles(path: Path) -> list[str]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [str(event["summary"]) for event in calendar.walk("VEVENT")]


def meetings(path: Path) -> list[r.Meeting]:
    with open_database(path, create=False) as database:
        return store.find(database, r.Meeting)


def test_export_writes_every_meeting(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.ics"
    code, stdout, err = run(capsys, "export", "calendar", "--db", str(city), "--out", str(out))
    assert (code, err) == (0, "")
    assert stdout.strip() == f"2 meeting(s) written to {out}."
    assert titles(out) == ["ULG March", "Visit in Riga"]


def test_export_with_dates(city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "summer.ics"
    code, _, err = run(
        capsys, "export", "calendar", "--db", str(city), "--out", str(out), "--from", "2024-06-01", "--to", "2024-08-31"
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert titles(out) == ["Visit in Riga"]


def test_export_refuses_an_existing_file_without_force(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.ics"
    out.write_text("keep me", encoding="utf-8")
    code, stdout, err = run(capsys, "export", "calendar", "--db", str(city), "--out", str(out))
    assert (code, stdout) == (1, "")
    assert len(err.strip().splitlines()) == 1
    assert "--force" in err
    assert out.read_text(encoding="utf-8") == "keep me"
    code, _, err = run(
        capsys, "export", "calendar", "--db", str(city), "--out", str(out), "--force"
    )
    assert (code, err) == (0, "")
    assert titles(out) == ["ULG March", "Visit in Riga"]


@pytest.mark.parametrize(
    ("folder", "extra", "message"),
    [
        ("", ("--from", "2024-09-01", "--to", "2024-01-01"), "after the last day"),
        ("nowhere", (), "the folder does not exist"),
    ],
)
def test_export_problems_are_one_line(
    city: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    folder: str,
    extra: tuple[str, ...],
    message: str,
) -> None:
    out = tmp_path / folder / "x.ics"
    code, stdout, err = run(
        capsys, "export", "calendar", "--db", str(city), "--out", str(out), *extra
    )
    assert (code, stdout) == (1, "")
    assert err.startswith("lagdesk: ")
    assert len(err.strip().splitlines()) == 1
    assert message in err
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_bad_date_is_a_usage_error(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["export", "calendar", "--db", str(city), "--out", str(tmp_path / "x.ics"), "--from", "March"])  # fmt: skip
    assert exited.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_import_adds_the_meeting(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    invite = tmp_path / "invite.ics"
    invite.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//EN\r\nBEGIN:VEVENT\r\n"
        b"UID:1@example.org\r\nSUMMARY:Co-design workshop\r\n"
        b"DTSTART;TZID=Europe/Warsaw:20241010T100000\r\n"
        b"DTEND;TZID=Europe/Warsaw:20241010T130000\r\n"
        b"LOCATION:Biblioteka\r\nURL:https://meet.example.org/cd\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    code, stdout, err = run(capsys, "import", "calendar", "--db", str(city), str(invite))
    assert (code, err) == (0, "")
    assert stdout.strip() == (
        "Meeting 3 imported: Co-design workshop, 2024-10-10T10:00:00+02:00 (Europe/Warsaw)."
    )
    stored = meetings(city)[-1]
    assert (stored.title, stored.place, stored.online_link) == (
        "Co-design workshop",
        "Biblioteka",
        "https://meet.example.org/cd",
    )
    assert stored.starts_at.replace(tzinfo=UTC) == datetime(2024, 10, 10, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"just some notes\n", "not an iCalendar"),
        (b"", "not an iCalendar"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "no event"),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nDTSTART:20240701T100000Z\r\n"
            b"DTEND:20240630T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "before it starts",
        ),
    ],
)
def test_import_problems_are_one_line_and_write_nothing(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    invite = tmp_path / "invite.ics"
    invite.write_bytes(content)
    code, stdout, err = run(capsys, "import", "calendar", "--db", str(city), str(invite))
    assert (code, stdout) == (1, "")
    assert err.startswith(f"lagdesk: {invite}: ")
    assert len(err.strip().splitlines()) == 1
    assert message in err
    assert len(meetings(city)) == 2


def test_import_of_a_missing_file(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, stdout, err = run(capsys, "import", "calendar", "--db", str(city), str(tmp_path / "no.ics"))  # fmt: skip
    assert (code, stdout) == (1, "")
    assert len(err.strip().splitlines()) == 1
    assert "no.ics" in err
