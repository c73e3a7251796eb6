"""Files and photos of a meeting kept in the database: limits, bytes, flags, exports, undo."""

from __future__ import annotations

import dataclasses
import os
import struct
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from lagdesk.core.meetings import attachments as at
from lagdesk.core.support import deletion, store
from lagdesk.core.support import records as r
from lagdesk.core.support.folding import fold
from lagdesk.db.codes import AttachmentKind, AttendanceStatus, MeetingType
from lagdesk.db.database import Database
from lagdesk.errors import NotFoundError, ValidationError

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


def meeting(database: Database, title: str = "Newspaper of tomorrow") -> int:
    made = store.save(
        database,
        r.Meeting(
            type=MeetingType.CO_DESIGN_WORKSHOP, title=title, starts_at=datetime(2024, 1, 23, 9)
        ),
    )
    assert made.id is not None
    return made.id


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def counts(database: Database) -> tuple[int, int]:
    with database.reading() as session:
        return (
            session.execute(sa.text("SELECT count(*) FROM attachment")).scalar_one(),
            session.execute(sa.text("SELECT count(*) FROM attachment_content")).scalar_one(),
        )


@pytest.fixture
def meeting_id(database: Database) -> int:
    return meeting(database)


# --- adding -------------------------------------------------------------------------------


def test_files_get_their_kind_media_type_and_safe_photo_flags(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    photo = write(tmp_path / "wall.png", PNG)
    report = write(tmp_path / "notes.pdf", b"%PDF-1.7 notes")
    nameless = write(tmp_path / "IMG_0042", PNG)

    added = at.add_attachments(database, meeting_id, [photo, report, nameless])

    assert [(a.filename, a.kind, a.media_type, a.size_bytes) for a in added] == [
        ("wall.png", AttachmentKind.PHOTO, "image/png", len(PNG)),
        ("notes.pdf", AttachmentKind.DOCUMENT, "application/pdf", 14),
        ("IMG_0042", AttachmentKind.PHOTO, "image/png", len(PNG)),
    ]
    wall = added[0]
    assert (wall.identifiable, wall.consent_checked, wall.publishable) == (True, False, False)
    assert not added[1].identifiable
    assert at.attachment_rows(database, meeting_id) == added
    assert wall.created_at.year >= 2024


def test_an_explicit_kind_wins_over_the_media_type(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    scan = write(tmp_path / "lista.jpg", b"\xff\xd8\xff\xe0 scan")
    (row,) = at.add_attachments(
        database, meeting_id, [scan], kind=AttachmentKind.SIGNED_ATTENDANCE_LIST
    )
    assert row.kind == AttachmentKind.SIGNED_ATTENDANCE_LIST
    assert row.media_type == "image/jpeg"
    assert not row.identifiable


def test_a_file_one_byte_over_the_limit_is_refused_with_its_size(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    big = tmp_path / "hall.jpg"
    with big.open("wb") as handle:
        handle.truncate(at.MAX_ATTACHMENT_BYTES + 1)  # sparse: no 25 MB written

    with pytest.raises(at.AttachmentError) as raised:
        at.add_attachments(database, meeting_id, [big])

    message = str(raised.value)
    assert str(big) in message
    assert "25.1 MB" in message
    assert "limit of 25 MB" in message
    assert counts(database) == (0, 0)


def test_a_file_of_exactly_the_limit_is_kept(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    exact = tmp_path / "scan.pdf"
    with exact.open("wb") as handle:
        handle.truncate(at.MAX_ATTACHMENT_BYTES)
    (row,) = at.add_attachments(database, meeting_id, [exact])
    assert row.size_bytes == at.MAX_ATTACHMENT_BYTES
    assert len(at.attachment_data(database, row.id)) == at.MAX_ATTACHMENT_BYTES


@pytest.mark.parametrize("bad", ["over", "missing", "empty", "folder"])
def test_one_bad_file_in_a_batch_stores_nothing(
    database: Database, meeting_id: int, tmp_path: Path, bad: str
) -> None:
    at.add_attachments(database, meeting_id, [write(tmp_path / "first.png", PNG)])
    before = counts(database)
    good = write(tmp_path / "good.png", PNG)
    wrong = tmp_path / f"wrong-{bad}.pdf"
    if bad == "over":
        with wrong.open("wb") as handle:
            handle.truncate(at.MAX_ATTACHMENT_BYTES + 5)
    elif bad == "empty":
        wrong.touch()
    elif bad == "folder":
        wrong.mkdir()

    with pytest.raises(at.AttachmentError) as raised:
        at.add_attachments(database, meeting_id, [good, wrong, good])

    assert str(wrong) in str(raised.value)
    assert counts(database) == before == (1, 1)


def test_empty_file_message_says_why(database: Database, meeting_id: int, tmp_path: Path) -> None:
    empty = tmp_path / "blank.txt"
    empty.touch()
    with pytest.raises(at.AttachmentError, match=r"blank\.txt is empty"):
        at.add_attachments(database, meeting_id, [empty])


def test_a_read_failing_inside_the_transaction_rolls_back_the_files_before_it(
    database: Database, meeting_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = write(tmp_path / "first.png", PNG)
    second = write(tmp_path / "second.png", PNG)
    real_read = at._read

    def failing(path: Path) -> bytes:
        if path == second:
            raise at._unreadable(path, PermissionError(13, "Permission denied"))
        return real_read(path)

    monkeypatch.setattr(at, "_read", failing)
    with pytest.raises(at.AttachmentError, match=r"second\.png cannot be read: Permission denied"):
        at.add_attachments(database, meeting_id, [first, second])
    assert counts(database) == (0, 0)


def test_an_unknown_meeting_is_refused(database: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        at.add_attachments(database, 404, [write(tmp_path / "a.png", PNG)])
    assert counts(database) == (0, 0)


# --- bytes --------------------------------------------------------------------------------


def test_bytes_come_back_exactly_and_save_as_writes_them_atomically(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    data = os.urandom(300_000) + b"\x00\xff" * 10
    source = write(tmp_path / "minutes.docx", data)
    (row,) = at.add_attachments(database, meeting_id, [source])

    assert at.attachment_data(database, row.id) == data
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = write(out_dir / "copy.docx", b"old content")
    assert at.save_attachment_as(database, row.id, target) == target
    assert target.read_bytes() == data
    assert [p.name for p in out_dir.iterdir()] == ["copy.docx"]


def test_save_as_into_a_missing_folder_names_the_file(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    (row,) = at.add_attachments(database, meeting_id, [write(tmp_path / "a.png", PNG)])
    target = tmp_path / "nowhere" / "a.png"
    with pytest.raises(at.AttachmentError, match="nowhere"):
        at.save_attachment_as(database, row.id, target)
    assert not target.parent.exists()


@pytest.fixture
def statements(database: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    sa.event.listen(database.engine, "before_cursor_execute", record)
    yield seen
    sa.event.remove(database.engine, "before_cursor_execute", record)


def test_listing_never_reads_the_bytes(
    database: Database, meeting_id: int, tmp_path: Path, statements: list[str]
) -> None:
    (row,) = at.add_attachments(database, meeting_id, [write(tmp_path / "a.png", PNG)])
    statements.clear()

    at.attachment_rows(database, meeting_id)
    at.attachment_row(database, row.id)
    at.publishable_photos(database)
    at.publishable_photos(database, meeting_id)

    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 4
    assert not [s for s in selects if "attachment_content" in s or ".data" in s]

    statements.clear()
    at.attachment_data(database, row.id)
    assert any("attachment_content.data" in s for s in statements)


# --- EXIF ---------------------------------------------------------------------------------


def jpeg_with_exif(order: str, tag: int, stamp: bytes, *, in_exif_ifd: bool) -> bytes:
    """A JPEG header with an APP1 Exif segment holding one date (no image data).

    TIFF layout: header (8 bytes), IFD0 at 8 (one entry: 18 bytes), then either the EXIF
    directory at 26 (one entry) and the text at 44, or the text at 26.
    """
    fmt = "<" if order == "II" else ">"
    text = stamp + b"\x00"

    def directory(entry_tag: int, kind: int, count: int, value: int) -> bytes:
        return struct.pack(fmt + "HHHII", 1, entry_tag, kind, count, value) + b"\x00" * 4

    tiff = order.encode() + struct.pack(fmt + "HI", 42, 8)
    if in_exif_ifd:
        tiff += directory(0x8769, 4, 1, 26) + directory(tag, 2, len(text), 44)
    else:
        tiff += directory(tag, 2, len(text), 26)
    app1 = b"Exif\x00\x00" + tiff + text
    jfif = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return b"\xff\xd8" + jfif + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + b"\xff\xda"


@pytest.mark.parametrize(
    ("order", "tag", "in_exif_ifd"),
    [("II", 0x9003, True), ("MM", 0x9003, True), ("MM", 0x0132, False)],
)
def test_the_day_a_jpeg_was_taken_comes_from_its_exif(
    order: str, tag: int, in_exif_ifd: bool
) -> None:
    data = jpeg_with_exif(order, tag, b"2024:01:23 10:41:07", in_exif_ifd=in_exif_ifd)
    assert at.taken_on_from_exif(data) == date(2024, 1, 23)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        PNG,
        b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00XX",  # broken TIFF header
        jpeg_with_exif("II", 0x9003, b"0000:00:00 00:00:00", in_exif_ifd=True),
        jpeg_with_exif("II", 0x9003, b"2024:01:23 10:41:07", in_exif_ifd=True)[:40],
    ],
)
def test_no_or_broken_exif_gives_no_date(data: bytes) -> None:
    assert at.taken_on_from_exif(data) is None


def test_an_added_jpeg_gets_its_exif_date(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    data = jpeg_with_exif("II", 0x9003, b"2023:12:12 15:00:00", in_exif_ifd=True)
    (row,) = at.add_attachments(database, meeting_id, [write(tmp_path / "visit.jpg", data)])
    assert row.taken_on == date(2023, 12, 12)
    assert row.kind == AttachmentKind.PHOTO


# --- the photo rule -----------------------------------------------------------------------


@pytest.fixture
def photo(database: Database, meeting_id: int, tmp_path: Path) -> at.AttachmentRow:
    (row,) = at.add_attachments(database, meeting_id, [write(tmp_path / "group.png", PNG)])
    return row


def test_an_identifiable_photo_without_consent_cannot_be_made_publishable(
    database: Database, photo: at.AttachmentRow
) -> None:
    with pytest.raises(ValidationError) as raised:
        at.update_attachment(database, dataclasses.replace(photo, publishable=True))
    (problem,) = raised.value.problems
    assert problem.key == "publishable"
    assert "consent" in problem.message.lower()
    assert at.attachment_row(database, photo.id) == photo


def test_consent_then_publishable_then_unticking_consent_unticks_publishable(
    database: Database, photo: at.AttachmentRow
) -> None:
    before, consented = at.update_attachment(
        database, dataclasses.replace(photo, consent_checked=True)
    )
    assert before == photo
    _, published = at.update_attachment(database, dataclasses.replace(consented, publishable=True))
    assert published.may_leave_the_app

    _, withdrawn = at.update_attachment(
        database, dataclasses.replace(published, consent_checked=False)
    )
    assert (withdrawn.consent_checked, withdrawn.publishable) == (False, False)
    assert at.publishable_photos(database) == []


def test_a_photo_found_to_show_people_stops_being_publishable(
    database: Database, photo: at.AttachmentRow
) -> None:
    _, anonymous = at.update_attachment(
        database, dataclasses.replace(photo, identifiable=False, publishable=True)
    )
    assert anonymous.publishable
    _, found = at.update_attachment(database, dataclasses.replace(anonymous, identifiable=True))
    assert (found.identifiable, found.publishable) == (True, False)


def test_caption_kind_and_day_are_stored_and_undo_puts_back_the_row_before(
    database: Database, photo: at.AttachmentRow
) -> None:
    wanted = dataclasses.replace(
        photo, caption="  Team 1 presents  ", taken_on=date(2024, 1, 23), filename="ignored.png"
    )
    before, after = at.update_attachment(database, wanted)
    assert (after.caption, after.taken_on, after.filename) == (
        "Team 1 presents",
        date(2024, 1, 23),
        "group.png",
    )
    at.update_attachment(database, before)
    assert at.attachment_row(database, photo.id) == photo


def test_a_document_becoming_a_photo_starts_with_the_safe_flags(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    (doc,) = at.add_attachments(database, meeting_id, [write(tmp_path / "scan.pdf", b"%PDF-")])
    _, turned = at.update_attachment(
        database, dataclasses.replace(doc, kind=AttachmentKind.PHOTO, publishable=True)
    )
    assert (turned.identifiable, turned.consent_checked, turned.publishable) == (
        True,
        False,
        False,
    )


# --- what may leave the app ---------------------------------------------------------------


def stored_photo(database: Database, meeting_id: int, name: str, **flags: object) -> int:
    """A file written straight through the store, so any combination of flags exists."""
    record = store.save(
        database,
        r.Attachment(meeting_id=meeting_id, filename=name, media_type="image/png", **flags),  # type: ignore[arg-type]
    )
    assert record.id is not None
    with database.session() as session:
        session.execute(
            sa.text("INSERT INTO attachment_content (attachment_id, data) VALUES (:i, :d)"),
            {"i": record.id, "d": name.encode()},
        )
    return record.id


def test_only_cleared_photos_are_offered_to_exports(database: Database, meeting_id: int) -> None:
    other_meeting = meeting(database, "Supplier day")
    photo = AttachmentKind.PHOTO
    nobody = stored_photo(database, meeting_id, "wall.png", kind=photo, publishable=True)
    consented = stored_photo(
        database,
        meeting_id,
        "team.png",
        kind=photo,
        identifiable=True,
        consent_checked=True,
        publishable=True,
    )
    no_consent = stored_photo(
        database, meeting_id, "hall.png", kind=photo, identifiable=True, publishable=True
    )
    private = stored_photo(database, meeting_id, "private.png", kind=photo)
    document = stored_photo(
        database, meeting_id, "list.png", kind=AttachmentKind.DOCUMENT, publishable=True
    )
    signed = stored_photo(
        database,
        meeting_id,
        "signed.png",
        kind=AttachmentKind.SIGNED_ATTENDANCE_LIST,
        publishable=True,
    )
    elsewhere = stored_photo(database, other_meeting, "board.png", kind=photo, publishable=True)

    assert [p.id for p in at.publishable_photos(database)] == [nobody, consented, elsewhere]
    assert [p.id for p in at.publishable_photos(database, meeting_id)] == [nobody, consented]
    assert at.publishable_photo_data(database, consented) == b"team.png"
    for refused in (no_consent, private, document, signed):
        with pytest.raises(at.AttachmentError, match="not a photo cleared for publication"):
            at.publishable_photo_data(database, refused)


# --- delete and undo ----------------------------------------------------------------------


def person(database: Database, last_name: str, first_name: str = "") -> int:
    made = store.save(database, r.Person(first_name=first_name, last_name=last_name))
    assert made.id is not None
    return made.id


def test_delete_and_restore_put_back_rows_bytes_and_people_exactly(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    data = os.urandom(50_000)
    kept = at.add_attachments(database, meeting_id, [write(tmp_path / "keep.png", PNG)])
    added = at.add_attachments(
        database,
        meeting_id,
        [write(tmp_path / "a.jpg", data), write(tmp_path / "b.pdf", b"%PDF-1.4 signed")],
    )
    _, captioned = at.update_attachment(database, dataclasses.replace(added[0], caption="Hall"))
    anna = person(database, "Nowak", "Anna")
    at.set_people_in_photo(database, added[0].id, [anna])
    rows_before = at.attachment_rows(database, meeting_id)

    deleted = at.delete_attachments(database, [a.id for a in added])

    assert deleted.count("attachment") == 2
    assert deleted.count("attachment_content") == 2
    assert deleted.count("attachment_person") == 1
    assert at.attachment_rows(database, meeting_id) == kept
    assert counts(database) == (1, 1)
    with pytest.raises(NotFoundError):
        at.attachment_data(database, added[0].id)

    at.restore_attachments(database, deleted)

    assert at.attachment_rows(database, meeting_id) == rows_before
    assert at.attachment_row(database, added[0].id) == captioned
    assert at.attachment_data(database, added[0].id) == data
    assert at.attachment_data(database, added[1].id) == b"%PDF-1.4 signed"
    assert at.people_in_photo(database, added[0].id) == [anna]


def test_deleting_an_unknown_file_deletes_nothing(
    database: Database, photo: at.AttachmentRow
) -> None:
    with pytest.raises(NotFoundError):
        at.delete_attachments(database, [photo.id, 999])
    assert counts(database) == (1, 1)


def test_a_meeting_deleted_with_its_files_comes_back_with_their_bytes(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    data = os.urandom(10_000)
    (row,) = at.add_attachments(database, meeting_id, [write(tmp_path / "x.png", data)])
    snapshot = deletion.delete_with_snapshot(database, r.Meeting, meeting_id)
    assert counts(database) == (0, 0)
    deletion.restore(database, snapshot)
    assert at.attachment_data(database, row.id) == data


# --- people in a photo --------------------------------------------------------------------


def test_people_in_a_photo_are_set_exactly_and_unknown_people_refused(
    database: Database, photo: at.AttachmentRow
) -> None:
    anna, jan, ewa = (person(database, n) for n in ("Nowak", "Kowalski", "Wiśniewska"))
    assert at.set_people_in_photo(database, photo.id, [jan, anna, jan]) == ([], [anna, jan])
    assert at.set_people_in_photo(database, photo.id, [ewa, anna]) == ([anna, jan], [anna, ewa])
    assert at.people_in_photo(database, photo.id) == [anna, ewa]
    assert [c.name for c in at.people_shown(database, photo.id)] == ["Nowak", "Wiśniewska"]

    with pytest.raises(NotFoundError):
        at.set_people_in_photo(database, photo.id, [anna, 999])
    with pytest.raises(NotFoundError):
        at.set_people_in_photo(database, 999, [anna])
    assert at.people_in_photo(database, photo.id) == [anna, ewa]

    store.delete(database, r.Person, ewa)  # erasing a person drops them from the photo
    assert at.people_in_photo(database, photo.id) == [anna]


def test_people_who_attended_come_first_in_the_picker(database: Database, meeting_id: int) -> None:
    zofia = person(database, "Zielińska", "Zofia")
    adam = person(database, "Adamski", "Adam")
    lukasz = person(database, "Łukowski", "Łukasz")
    excused = person(database, "Bąk", "Beata")
    for who, status in ((zofia, AttendanceStatus.ATTENDED), (excused, AttendanceStatus.EXCUSED)):
        store.save(database, r.Attendance(meeting_id=meeting_id, person_id=who, status=status))

    choices = at.photo_people_choices(database, meeting_id)

    assert [(c.person_id, c.attended) for c in choices] == [
        (zofia, True),
        (adam, False),
        (excused, False),
        (lukasz, False),
    ]
    assert choices[0].name == "Zofia Zielińska"
    assert fold(choices[-1].last_name) == "lukowski"
    assert not any(c.attended for c in at.photo_people_choices(database, None))
