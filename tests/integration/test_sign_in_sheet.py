"""The sign-in sheet PDF read back with poppler, and `lagdesk export attendance-sheet`."""

from datetime import date, datetime
from pathlib import Path

import pytest
from pdftext import needs, pdf_text

from lagdesk import cli
from lagdesk.core.meetings.sign_in import sign_in_sheet
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import MeetingType, Programme, Sector
from lagdesk.db.database import Database, open_database

pytestmark = [
    needs("pdftotext"),
    pytest.mark.usefixtures("widgets_application"),
]

POLISH = [("Łucja", "Żółkiewska"), ("Grzegorz", "Brzęczyszczykiewicz"), ("Ścibor", "Ćwikła")]
BULGARIAN = [("Радослава", "Вълчева"), ("Цветан", "Щерев"), ("Йордан", "Жечев")]
TITLE = "Warsztat: drzewo problemów"


def build_meeting(database: Database, people: int = 60) -> int:
    network = store.save(database, r.Network(name="GenProcure", programme=Programme.URBACT_IV))
    store.save(database, r.Partner(network_id=network.id, name="Koszalin", is_own=True))  # type: ignore[arg-type]
    polish = store.save(database, r.Organisation(name="Urząd Miejski", sector=Sector.PUBLIC))
    bulgarian = store.save(database, r.Organisation(name="Община Габрово", sector=Sector.PUBLIC))
    meeting = store.save(
        database,
        r.Meeting(
            type=MeetingType.THEMATIC_WORKSHOP,
            title=TITLE,
            starts_at=datetime(2024, 5, 14, 14, 0),
            ends_at=datetime(2024, 5, 14, 17, 0),
            timezone="Europe/Warsaw",
            place="Politechnika Koszalińska, sala 204",
            retention_until=date(2031, 12, 31),
        ),
    )
    names = POLISH + BULGARIAN
    names += [("Osoba", f"Uczestnik{number:02d}") for number in range(people - len(names))]
    for number, (first, last) in enumerate(names):
        org = bulgarian if number % 2 else polish
        person = store.save(
            database, r.Person(first_name=first, last_name=last, organisation_id=org.id)
        )
        store.save(database, r.Attendance(meeting_id=meeting.id, person_id=person.id))  # type: ignore[arg-type]
    return meeting.id  # type: ignore[return-value]


def test_sheet_pdf_reads_back(database: Database, tmp_path: Path) -> None:
    from lagdesk.i18n import install_language
    from lagdesk.reports.pdf import write_sign_in_pdf

    install_language("en")  # dates as English (en_GB) writes them
    sheet = sign_in_sheet(database, build_meeting(database))
    out = tmp_path / "sheet.pdf"
    pages = write_sign_in_pdf(sheet, out)
    assert pages >= 3
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".sheet")]

    text = pdf_text(out)
    assert text.count("\f") == pages
    for first, last in POLISH + BULGARIAN:  # a long name may wrap in its cell
        assert f"{last}," in text
        assert first in text
    assert "Община Габрово" in text
    assert TITLE in text
    assert "Keep this signed list as audit evidence until 31/12/2031." in text
    assert "Date: 14/05/2024" in text
    assert "16:00–19:00" in text
    # 60 invited and 12 blank rows for walk-ins, numbered on.
    assert sheet.blank_rows == 12
    assert " 72 " in text.replace("\n", " \n")

    second = pdf_text(out, 2)
    for heading in ("No.", "Name", "Organisation", "Signature"):
        assert heading in second
    assert f"Page 2 of {pages}" in second
    assert f"Page {pages} of {pages}" in pdf_text(out, pages)


def export(db: Path, meeting: int, out: Path, *extra: str) -> int:
    arguments = ["export", "attendance-sheet", "--db", str(db), "--meeting", str(meeting)]
    return cli.main([*arguments, "--out", str(out), *extra])


def test_cli_writes_the_sheet(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_database(db_path) as database:
        meeting_id = build_meeting(database, people=8)
    out = tmp_path / "sheet.pdf"
    assert export(db_path, meeting_id, out) == 0
    assert "Invited: 8. Pages: 1." in capsys.readouterr().out
    assert "Ćwikła, Ścibor" in pdf_text(out)

    assert export(db_path, meeting_id, out) == 1
    error = capsys.readouterr().err
    assert error.startswith("lagdesk: ")
    assert "--force" in error
    assert error.count("\n") == 1
    assert export(db_path, meeting_id, out, "--force") == 0


def test_cli_in_english_writes_dates_as_english_does(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A machine whose locale is C (no language) still gets "14/05/2024", not "14 05 2024"."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale.c())
    monkeypatch.setattr("lagdesk.i18n.system_language", lambda: "en")
    try:
        with open_database(db_path) as database:
            meeting_id = build_meeting(database, people=2)
        out = tmp_path / "sheet.pdf"
        assert export(db_path, meeting_id, out) == 0
        text = pdf_text(out)
    finally:
        QLocale.setDefault(previous)
    assert "14/05/2024" in text
    assert "31/12/2031" in text


def test_cli_one_line_errors(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_database(db_path) as database:
        meeting_id = build_meeting(database, people=2)

    assert export(db_path, 999, tmp_path / "sheet.pdf") == 1
    error = capsys.readouterr().err
    assert error == "lagdesk: There is no meeting with id 999.\n"
    assert not (tmp_path / "sheet.pdf").exists()

    missing = tmp_path / "no-such-folder" / "sheet.pdf"
    assert export(db_path, meeting_id, missing) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "no-such-folder" in error
    assert "does not exist" in error
