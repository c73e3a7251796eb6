"""Evidence files of a measurement kept in the database: adding, counts, bytes, limits, and
deleting a measurement or an indicator with its evidence, undone exactly."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from lagdesk.core.indicators import library as indicators
from lagdesk.core.meetings import attachments as at
from lagdesk.core.support import deletion, store
from lagdesk.core.support import records as r
from lagdesk.db.codes import AttachmentKind, MeetingType
from lagdesk.db.database import Database
from lagdesk.errors import NotFoundError

PDF = b"%PDF-1.4 register extract " + bytes(range(256)) * 4
XLSX = b"PK\x03\x04 training list" + b"\x00\xff" * 300


def indicator(database: Database, code: str = "KOS-01") -> int:
    made = store.save(database, r.Indicator(code=code, name="Procurement staff trained"))
    assert made.id is not None
    return made.id


def measurement(database: Database, indicator_id: int, day: int = 1, value: float = 4) -> int:
    made = indicators.add_measurement(
        database,
        r.Measurement(indicator_id=indicator_id, measured_on=date(2025, 3, day), value=value),
    )
    assert made.id is not None
    return made.id


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def stored(database: Database) -> tuple[int, int]:
    with database.reading() as session:
        return (
            session.execute(sa.text("SELECT count(*) FROM attachment")).scalar_one(),
            session.execute(sa.text("SELECT count(*) FROM attachment_content")).scalar_one(),
        )


@pytest.fixture
def indicator_id(database: Database) -> int:
    return indicator(database)


@pytest.fixture
def measurement_id(database: Database, indicator_id: int) -> int:
    return measurement(database, indicator_id)


@pytest.fixture
def two_files(tmp_path: Path) -> list[Path]:
    return [write(tmp_path / "register.pdf", PDF), write(tmp_path / "list.xlsx", XLSX)]


def test_two_files_are_kept_as_evidence_of_the_measurement(
    database: Database, measurement_id: int, two_files: list[Path]
) -> None:
    added = at.add_measurement_evidence(database, measurement_id, two_files)
    assert [row.filename for row in added] == ["register.pdf", "list.xlsx"]
    assert all(row.measurement_id == measurement_id for row in added)
    assert all(row.meeting_id is None for row in added)
    assert all(row.kind == AttachmentKind.EVIDENCE for row in added)
    assert [row.size_bytes for row in added] == [len(PDF), len(XLSX)]
    assert added[0].media_type == "application/pdf"
    assert at.evidence_rows(database, measurement_id) == added
    assert at.attachment_data(database, added[0].id) == PDF
    assert at.attachment_data(database, added[1].id) == XLSX


def test_an_image_as_evidence_is_not_a_photo_that_exports_could_take(
    database: Database, measurement_id: int, tmp_path: Path
) -> None:
    png = write(tmp_path / "scan.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    (row,) = at.add_measurement_evidence(database, measurement_id, [png])
    assert row.kind == AttachmentKind.EVIDENCE
    assert not row.publishable
    assert at.publishable_photos(database) == []


def test_counts_per_measurement_of_one_indicator(
    database: Database, indicator_id: int, measurement_id: int, two_files: list[Path]
) -> None:
    second = measurement(database, indicator_id, day=2)
    third = measurement(database, indicator_id, day=3)
    other = measurement(database, indicator(database, "KOS-02"))
    at.add_measurement_evidence(database, measurement_id, two_files)
    at.add_measurement_evidence(database, second, two_files[:1])
    at.add_measurement_evidence(database, other, two_files)
    assert at.evidence_counts(database, indicator_id) == {measurement_id: 2, second: 1}
    assert third not in at.evidence_counts(database, indicator_id)
    assert at.evidence_rows(database, third) == []


def test_a_missing_measurement_is_refused_and_nothing_stored(
    database: Database, two_files: list[Path]
) -> None:
    with pytest.raises(NotFoundError):
        at.add_measurement_evidence(database, 999, two_files)
    with pytest.raises(NotFoundError):
        at.evidence_rows(database, 999)
    assert stored(database) == (0, 0)


def test_a_file_over_the_limit_is_refused_naming_it_and_nothing_is_stored(
    database: Database,
    measurement_id: int,
    two_files: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(at, "MAX_ATTACHMENT_BYTES", 1000)
    big = write(tmp_path / "whole-register.pdf", b"%PDF-" + b"x" * 1000)
    with pytest.raises(at.AttachmentError) as raised:
        at.add_measurement_evidence(database, measurement_id, [two_files[1], big])
    message = str(raised.value)
    assert "whole-register.pdf" in message
    assert "over the limit" in message
    assert stored(database) == (0, 0)


def test_the_real_limit_is_25_mib() -> None:
    assert at.MAX_ATTACHMENT_BYTES == 25 * 1024 * 1024


def test_save_a_copy_reads_back_the_same_bytes(
    database: Database, measurement_id: int, two_files: list[Path], tmp_path: Path
) -> None:
    added = at.add_measurement_evidence(database, measurement_id, two_files)
    out = tmp_path / "out"
    out.mkdir()
    written = at.save_attachment_as(database, added[0].id, out / "copy.pdf")
    assert written.read_bytes() == PDF


def test_remove_and_undo_put_back_rows_and_bytes(
    database: Database, indicator_id: int, measurement_id: int, two_files: list[Path]
) -> None:
    added = at.add_measurement_evidence(database, measurement_id, two_files)
    deleted = at.delete_attachments(database, [added[0].id])
    assert [row.id for row in at.evidence_rows(database, measurement_id)] == [added[1].id]
    assert at.evidence_counts(database, indicator_id) == {measurement_id: 1}
    at.restore_attachments(database, deleted)
    assert at.evidence_rows(database, measurement_id) == added
    assert at.attachment_data(database, added[0].id) == PDF


def test_deleting_a_measurement_takes_its_evidence_and_undo_brings_it_back(
    database: Database, indicator_id: int, measurement_id: int, two_files: list[Path]
) -> None:
    added = at.add_measurement_evidence(database, measurement_id, two_files)
    snapshot = deletion.delete_with_snapshot(database, r.Measurement, measurement_id)
    assert snapshot.count("attachment") == 2
    assert snapshot.count("attachment_content") == 2
    assert stored(database) == (0, 0)
    assert at.evidence_counts(database, indicator_id) == {}
    deletion.restore(database, snapshot)
    assert at.evidence_rows(database, measurement_id) == added
    assert [at.attachment_data(database, row.id) for row in added] == [PDF, XLSX]


def test_deleting_an_indicator_takes_the_evidence_and_undo_brings_it_back(
    database: Database, indicator_id: int, measurement_id: int, two_files: list[Path]
) -> None:
    added = at.add_measurement_evidence(database, measurement_id, two_files)
    snapshot = indicators.delete_indicator(database, indicator_id)
    assert stored(database) == (0, 0)
    indicators.restore_indicator(database, snapshot)
    assert at.evidence_rows(database, measurement_id) == added
    assert [at.attachment_data(database, row.id) for row in added] == [PDF, XLSX]
    assert at.evidence_counts(database, indicator_id) == {measurement_id: 2}


def test_a_meetings_files_and_a_measurements_evidence_stay_apart(
    database: Database, measurement_id: int, two_files: list[Path], tmp_path: Path
) -> None:
    meeting = store.save(
        database,
        r.Meeting(type=MeetingType.CO_DESIGN_WORKSHOP, title="W", starts_at=datetime(2025, 1, 2)),
    )
    assert meeting.id is not None
    (row,) = at.add_attachments(database, meeting.id, [write(tmp_path / "a.pdf", PDF)])
    evidence = at.add_measurement_evidence(database, measurement_id, two_files)
    assert row.meeting_id == meeting.id
    assert row.measurement_id is None
    assert row.kind == AttachmentKind.DOCUMENT
    assert at.attachment_rows(database, meeting.id) == [row]
    assert at.evidence_rows(database, measurement_id) == evidence
