"""Files and photos of a meeting, and the evidence files of a measurement, kept inside
the database.

The bytes live in ``attachment_content``, one row per file, so that the one database file
stays the one thing to back up; every listing here reads ``attachment`` only and never
touches a blob. Bytes are read one file at a time, when a file is saved, opened, previewed
or exported.

Photos carry three flags: *identifiable* (someone can be recognised), *consent checked*
(the people shown agreed to publication) and *publishable*. A photo may leave the app only
when it is publishable and either nobody can be recognised or consent was checked:
``publishable_photos`` and ``publishable_photo_data`` are the only doors exports use.
"""

from __future__ import annotations

import contextlib
import math
import mimetypes
import struct
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.support import deletion, store
from lagdesk.core.support import records as r
from lagdesk.core.support.files import write_bytes_atomically
from lagdesk.core.support.folding import fold
from lagdesk.core.support.stored_rows import Row
from lagdesk.db import models as m
from lagdesk.db.codes import AttachmentKind, AttendanceStatus
from lagdesk.db.database import Database
from lagdesk.errors import FieldProblem, NotFoundError, UserError, ValidationError
from lagdesk.i18n import translate

#: The largest file kept. A photo from a phone (3-12 MB) or a scanned signed attendance
#: list (a few MB as PDF) fits with room to spare, while the one database file stays small
#: enough to copy to a stick, back up quickly and send by e-mail. Video does not belong
#: here: a link in the meeting's notes does that better.
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024

_MEGABYTE = 1024 * 1024
#: EXIF sits in the first segment of a JPEG, within its first 64 KiB.
_EXIF_WINDOW = 128 * 1024
#: Magic numbers of common files named without an extension (a phone's "IMG_0042").
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
)
OCTET_STREAM = "application/octet-stream"


class AttachmentError(UserError):
    """A file that cannot be added, read or written; the message names it."""


@dataclass(frozen=True)
class AttachmentRow:
    """One stored file as lists show it: everything but the bytes."""

    id: int
    meeting_id: int | None
    kind: AttachmentKind
    filename: str
    media_type: str
    size_bytes: int
    caption: str
    taken_on: date | None
    identifiable: bool
    consent_checked: bool
    publishable: bool
    created_at: datetime
    #: The measurement the file is evidence of (None for a meeting's file).
    measurement_id: int | None = None

    @property
    def is_photo(self) -> bool:
        return self.kind == AttachmentKind.PHOTO

    @property
    def may_leave_the_app(self) -> bool:
        """True for a photo that exports may carry (see the module's docstring)."""
        return (
            self.is_photo and self.publishable and (not self.identifiable or self.consent_checked)
        )


@dataclass(frozen=True)
class PhotoPersonChoice:
    """A person who can be marked as shown in a photo; ``attended`` the photo's meeting."""

    person_id: int
    first_name: str
    last_name: str
    organisation: str
    attended: bool

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


# --- reading ------------------------------------------------------------------------------


def _row_columns() -> tuple[Any, ...]:
    a = m.Attachment
    return (
        a.id,
        a.meeting_id,
        a.kind,
        a.filename,
        a.media_type,
        a.size_bytes,
        a.caption,
        a.taken_on,
        a.identifiable,
        a.consent_checked,
        a.publishable,
        a.created_at,
        a.measurement_id,
    )


def _rows(session: Session, *criteria: sa.ColumnElement[bool]) -> list[AttachmentRow]:
    query = sa.select(*_row_columns()).where(*criteria)
    query = query.order_by(m.Attachment.meeting_id, m.Attachment.id)
    return [AttachmentRow(*row) for row in session.execute(query)]


def _one_row(session: Session, attachment_id: int) -> AttachmentRow:
    found = _rows(session, m.Attachment.id == attachment_id)
    if not found:
        raise NotFoundError("attachment", attachment_id)
    return found[0]


def attachment_rows(database: Database, meeting_id: int) -> list[AttachmentRow]:
    """The meeting's files in the order they were added; no bytes are read."""
    with database.reading() as session:
        return _rows(session, m.Attachment.meeting_id == meeting_id)


def attachment_row(database: Database, attachment_id: int) -> AttachmentRow:
    with database.reading() as session:
        return _one_row(session, attachment_id)


def attachment_data(database: Database, attachment_id: int) -> bytes:
    """The stored bytes of one file, exactly as they were added."""
    query = sa.select(m.AttachmentContent.data).where(
        m.AttachmentContent.attachment_id == attachment_id
    )
    with database.reading() as session:
        data = session.execute(query).scalar_one_or_none()
    if data is None:
        raise NotFoundError("attachment", attachment_id)
    return bytes(data)


def _may_leave() -> list[sa.ColumnElement[bool]]:
    a = m.Attachment
    return [
        a.kind == AttachmentKind.PHOTO,
        a.publishable.is_(True),
        sa.or_(a.identifiable.is_(False), a.consent_checked.is_(True)),
    ]


def publishable_photos(database: Database, meeting_id: int | None = None) -> list[AttachmentRow]:
    """The photos exports may carry (of one meeting, or of all): publishable, and showing
    nobody recognisable or with consent checked. Exports get photos from here only, so a
    photo not marked publishable never leaves the app."""
    criteria = _may_leave()
    if meeting_id is not None:
        criteria.append(m.Attachment.meeting_id == meeting_id)
    with database.reading() as session:
        return _rows(session, *criteria)


def publishable_photo_data(database: Database, attachment_id: int) -> bytes:
    """The bytes of a photo from ``publishable_photos``, checked again as they are read:
    anything else (a document, a photo not cleared for publication) raises."""
    query = (
        sa.select(m.AttachmentContent.data)
        .join(m.Attachment, m.Attachment.id == m.AttachmentContent.attachment_id)
        .where(m.Attachment.id == attachment_id, *_may_leave())
    )
    with database.reading() as session:
        data = session.execute(query).scalar_one_or_none()
    if data is None:
        message = translate("Attachments", "File {id} is not a photo cleared for publication.")
        raise AttachmentError(message.format(id=attachment_id))
    return bytes(data)


# --- adding -------------------------------------------------------------------------------


def megabytes(size_bytes: int) -> str:
    """A size in MB with one decimal, rounded up: a file one byte over the limit does not
    read as the limit itself."""
    tenths = math.ceil(size_bytes * 10 / _MEGABYTE)
    return f"{tenths // 10}.{tenths % 10}"


def _limit_text() -> str:
    return f"{MAX_ATTACHMENT_BYTES // _MEGABYTE}"


def media_type_of(filename: str, head: bytes = b"") -> str:
    """The file's media type from its name, else from its first bytes, else octet-stream."""
    guessed, _encoding = mimetypes.guess_type(filename, strict=False)
    if guessed:
        return guessed
    for signature, media_type in _SIGNATURES:
        if head.startswith(signature):
            return media_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return OCTET_STREAM


def kind_for(media_type: str) -> AttachmentKind:
    """A photo for every image, a document for the rest (the user can change it)."""
    return AttachmentKind.PHOTO if media_type.startswith("image/") else AttachmentKind.DOCUMENT


def _unreadable(path: Path, error: OSError) -> AttachmentError:
    message = translate("Attachments", "{file} cannot be read: {reason}")
    return AttachmentError(message.format(file=path, reason=error.strerror or error))


def _checked_size(path: Path) -> int:
    """The file's size, or a message naming it when it cannot be added."""
    try:
        info = path.stat()
    except OSError as error:
        raise _unreadable(path, error) from error
    if not path.is_file():
        message = translate("Attachments", "{file} is not a file (a folder cannot be attached).")
        raise AttachmentError(message.format(file=path))
    if info.st_size == 0:
        message = translate(
            "Attachments", "{file} is empty (0 bytes); it was not attached. Check the file."
        )
        raise AttachmentError(message.format(file=path))
    if info.st_size > MAX_ATTACHMENT_BYTES:
        raise AttachmentError(_too_large(path, info.st_size))
    return info.st_size


def _too_large(path: Path, size_bytes: int) -> str:
    message = translate(
        "Attachments",
        "{file} is {size} MB, over the limit of {limit} MB for one file. Nothing was added. "
        "Make the file smaller (a lower resolution photo, a PDF scanned in grey) and try again.",
    )
    return message.format(file=path, size=megabytes(size_bytes), limit=_limit_text())


def _read(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_ATTACHMENT_BYTES + 1)
    except OSError as error:
        raise _unreadable(path, error) from error
    if len(data) > MAX_ATTACHMENT_BYTES:  # it grew since it was checked
        raise AttachmentError(_too_large(path, len(data)))
    if not data:
        message = translate(
            "Attachments", "{file} is empty (0 bytes); it was not attached. Check the file."
        )
        raise AttachmentError(message.format(file=path))
    return data


def _stored_name(name: str) -> str:
    """The file's name as kept (the column holds 255 characters; the extension is kept)."""
    if len(name) <= 255:
        return name
    suffix = Path(name).suffix[:20]
    return name[: 255 - len(suffix)] + suffix


def add_attachments(
    database: Database,
    meeting_id: int,
    paths: Sequence[Path],
    *,
    kind: AttachmentKind | None = None,
) -> list[AttachmentRow]:
    """Store files with a meeting, all in one transaction: every file or none.

    Without ``kind`` an image becomes a photo and anything else a document. Every file is
    checked (exists, not empty, within ``MAX_ATTACHMENT_BYTES``) before any is read, and
    read one at a time inside the transaction, so a batch of large photos never sits in
    memory at once and a file that fails to read leaves nothing stored.

    Photos start as identifiable, consent not checked, not publishable: a photo from a
    workshop usually shows people, and until someone has looked, the safe assumption is
    that it must not leave the app.
    """
    return _add_files(database, _Owner(m.Meeting, "meeting", meeting_id), paths, kind)


def add_measurement_evidence(
    database: Database, measurement_id: int, paths: Sequence[Path]
) -> list[AttachmentRow]:
    """Store files as the evidence of a measurement (a scan, a register extract, a
    spreadsheet), all in one transaction: every file or none, with the same checks and
    limit as a meeting's files. Every file is kept as kind *evidence*, never as a photo:
    evidence stays in the app and is not offered to exports of photos."""
    owner = _Owner(m.Measurement, "measurement", measurement_id)
    return _add_files(database, owner, paths, AttachmentKind.EVIDENCE)


@dataclass(frozen=True)
class _Owner:
    """The one record a file belongs to: its model, its name in messages and its id."""

    model: type[Any]
    name: str
    id: int

    def id_if(self, name: str) -> int | None:
        """The owner's id when the owner is a ``name``, else None."""
        return self.id if self.name == name else None


def _add_files(
    database: Database,
    owner: _Owner,
    paths: Sequence[Path],
    kind: AttachmentKind | None,
) -> list[AttachmentRow]:
    """Store files with their owner in one transaction (see ``add_attachments``)."""
    paths = [Path(path) for path in paths]
    for path in paths:
        _checked_size(path)
    added: list[AttachmentRow] = []
    with database.session() as session:
        if session.get(owner.model, owner.id) is None:
            raise NotFoundError(owner.name, owner.id)
        for path in paths:
            data = _read(path)
            media_type = media_type_of(path.name, data[:16])
            file_kind = kind or kind_for(media_type)
            photo = file_kind == AttachmentKind.PHOTO
            record = store.write(
                session,
                r.Attachment(
                    kind=file_kind,
                    filename=_stored_name(path.name),
                    media_type=media_type,
                    size_bytes=len(data),
                    taken_on=taken_on_from_exif(data) if media_type == "image/jpeg" else None,
                    identifiable=photo,
                    consent_checked=False,
                    publishable=False,
                    meeting_id=owner.id_if("meeting"),
                    measurement_id=owner.id_if("measurement"),
                ),
            )
            assert record.id is not None
            session.add(m.AttachmentContent(attachment_id=record.id, data=data))
            session.flush()
            added.append(_one_row(session, record.id))
    return added


# --- evidence of measurements -------------------------------------------------------------


def evidence_rows(database: Database, measurement_id: int) -> list[AttachmentRow]:
    """The evidence files of one measurement in the order they were added; no bytes are
    read. ``NotFoundError`` when there is no such measurement."""
    with database.reading() as session:
        if session.get(m.Measurement, measurement_id) is None:
            raise NotFoundError("measurement", measurement_id)
        return _rows(session, m.Attachment.measurement_id == measurement_id)


def evidence_counts(database: Database, indicator_id: int) -> dict[int, int]:
    """Measurement id -> how many evidence files it has, for the measurements of one
    indicator that have any (one query, no bytes read)."""
    a = m.Attachment
    query = (
        sa.select(m.Measurement.id, sa.func.count(a.id))
        .join(a, a.measurement_id == m.Measurement.id)
        .where(m.Measurement.indicator_id == indicator_id)
        .group_by(m.Measurement.id)
    )
    with database.reading() as session:
        return {int(found): int(count) for found, count in session.execute(query)}


# --- EXIF ---------------------------------------------------------------------------------

_DATE_TAGS = (0x9003, 0x9004, 0x0132)  # taken, digitised, last changed
_EXIF_IFD = 0x8769


def taken_on_from_exif(data: bytes) -> date | None:
    """The day a JPEG photo was taken, from its EXIF header; None when it has none.

    A few struct reads over the first segment (no image decoding, no Qt in core).
    """
    try:
        tiff = _exif_block(data[:_EXIF_WINDOW])
        if tiff is None:
            return None
        found = _exif_dates(tiff)
    except (struct.error, ValueError, IndexError, KeyError):
        return None
    for tag in _DATE_TAGS:
        text = found.get(tag)
        if text:
            with contextlib.suppress(ValueError):
                return datetime.strptime(text[:19], "%Y:%m:%d %H:%M:%S").date()
    return None


def _exif_block(data: bytes) -> bytes | None:
    """The TIFF structure inside a JPEG's APP1 "Exif" segment."""
    if not data.startswith(b"\xff\xd8"):
        return None
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # padding
            at += 1
            continue
        if marker in (0xD9, 0xDA):  # end of image, start of scan: no EXIF before them
            return None
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        body = data[at + 4 : at + 2 + length]
        if marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
            return body[6:]
        at += 2 + length
    return None


def _exif_dates(tiff: bytes) -> dict[int, str]:
    order = {b"II": "<", b"MM": ">"}[tiff[:2]]
    (first,) = struct.unpack(order + "I", tiff[4:8])
    entries = _ifd(tiff, order, first)
    found = {tag: value for tag, value in entries.items() if tag in _DATE_TAGS}
    if _EXIF_IFD in entries:
        found.update(_ifd(tiff, order, int(entries[_EXIF_IFD])))
    return {tag: value for tag, value in found.items() if tag in _DATE_TAGS}


def _ifd(tiff: bytes, order: str, offset: int) -> dict[int, str]:
    """Tag -> value of one directory: ASCII values as text, LONG values as digits."""
    (count,) = struct.unpack(order + "H", tiff[offset : offset + 2])
    values: dict[int, str] = {}
    for index in range(min(count, 512)):
        at = offset + 2 + index * 12
        tag, kind, length = struct.unpack(order + "HHI", tiff[at : at + 8])
        if kind == 2:  # ASCII
            where = at + 8 if length <= 4 else struct.unpack(order + "I", tiff[at + 8 : at + 12])[0]
            values[tag] = tiff[where : where + length].split(b"\x00")[0].decode("ascii", "replace")
        elif kind == 4:  # LONG: the pointer to the EXIF directory
            values[tag] = str(struct.unpack(order + "I", tiff[at + 8 : at + 12])[0])
    return values


# --- writing out --------------------------------------------------------------------------


def save_attachment_as(database: Database, attachment_id: int, out: Path) -> Path:
    """Write the file's bytes to ``out``: to a temporary file next to it, then moved into
    place, so an interrupted save never leaves a half-written file under the chosen name."""
    data = attachment_data(database, attachment_id)
    out = Path(out)
    try:
        write_bytes_atomically(out, data)
    except OSError as error:
        message = translate("Attachments", "{file} cannot be written: {reason}")
        raise AttachmentError(message.format(file=out, reason=error.strerror or error)) from error
    return out


# --- changing -----------------------------------------------------------------------------


def _flag_rule(before: AttachmentRow, wanted: AttachmentRow) -> AttachmentRow:
    """The photo rule applied to a change (see ``update_attachment``)."""
    if wanted.kind == AttachmentKind.PHOTO and before.kind != AttachmentKind.PHOTO:
        return replace(wanted, identifiable=True, consent_checked=False, publishable=False)
    if wanted.kind != AttachmentKind.PHOTO or not wanted.publishable:
        return wanted
    if not wanted.identifiable or wanted.consent_checked:
        return wanted
    if before.publishable and before.kind == AttachmentKind.PHOTO:
        # Consent unticked (or the photo found to show people): it may not leave any more.
        return replace(wanted, publishable=False)
    message = translate(
        "Attachments",
        "People can be recognised in this photo and their consent has not been checked. "
        "Tick “Consent checked” first, or untick “Identifiable”.",
    )
    raise ValidationError(
        [FieldProblem(translate("Attachments", "Publishable"), message, key="publishable")]
    )


def update_attachment(
    database: Database, wanted: AttachmentRow
) -> tuple[AttachmentRow, AttachmentRow]:
    """Store the editable fields of ``wanted`` (caption, kind, taken on and the three
    photo flags) on the file with its id; returns the file before and after.

    The photo rule: an identifiable photo may be publishable only with consent checked.
    Ticking publishable on such a photo is refused (``ValidationError`` on "publishable").
    Unticking consent, or ticking identifiable, on a publishable photo unticks publishable
    too: that change is the user saying the photo may not go out as it is, and refusing it
    would leave a photo marked publishable that must not be. A file that becomes a photo
    starts with the safe flags, as an added photo does. Undo passes the row from before,
    which always obeys the rule.
    """
    with database.session() as session:
        before = _one_row(session, wanted.id)
        after = _flag_rule(before, replace(wanted, caption=wanted.caption.strip()))
        row = session.get(m.Attachment, wanted.id)
        assert row is not None
        record = store.to_record(r.Attachment, row)
        record = replace(
            record,
            caption=after.caption,
            kind=after.kind,
            taken_on=after.taken_on,
            identifiable=after.identifiable,
            consent_checked=after.consent_checked,
            publishable=after.publishable,
        )
        store.write(session, record)
        return before, _one_row(session, wanted.id)


# --- deleting -----------------------------------------------------------------------------


def delete_attachments(database: Database, attachment_ids: Iterable[int]) -> deletion.DeletedRows:
    """Delete files (their bytes and links go with them) in one transaction; the returned
    snapshot holds every deleted row, bytes included, for ``restore_attachments``.

    The snapshot keeps the bytes in memory for as long as it is kept (an undo stack).
    """
    ids = sorted(set(attachment_ids))
    if not ids:
        raise ValueError("no attachments to delete")
    snapshots = [deletion.deletion_snapshot(database, r.Attachment, i) for i in ids]
    with database.session() as session:
        session.execute(sa.delete(m.Attachment).where(m.Attachment.id.in_(ids)))
    return _merged(snapshots)


def _merged(snapshots: Sequence[deletion.DeletedRows]) -> deletion.DeletedRows:
    rows: dict[str, list[Row]] = defaultdict(list)
    cleared: list[deletion.ClearedLink] = []
    for snapshot in snapshots:
        for table, found in snapshot.rows.items():
            rows[table].extend(found)
        cleared.extend(snapshot.cleared)
    first = snapshots[0]
    return deletion.DeletedRows(first.table, first.root_id, dict(rows), tuple(cleared))


def restore_attachments(database: Database, deleted: deletion.DeletedRows) -> None:
    """Put deleted files back exactly: ids, bytes, flags and people in the photo."""
    deletion.restore(database, deleted)


# --- people in a photo --------------------------------------------------------------------


def people_in_photo(database: Database, attachment_id: int) -> list[int]:
    """The ids of the people marked as shown in the photo, in id order."""
    link = m.AttachmentPerson
    query = (
        sa.select(link.person_id)
        .where(link.attachment_id == attachment_id)
        .order_by(link.person_id)
    )
    with database.reading() as session:
        return list(session.scalars(query))


def set_people_in_photo(
    database: Database, attachment_id: int, person_ids: Iterable[int]
) -> tuple[list[int], list[int]]:
    """Mark exactly these people as shown in the photo; returns the ids before and after.

    Kept so that erasing a person finds the photos they are in.
    """
    wanted = sorted(set(person_ids))
    link = m.AttachmentPerson
    try:
        with database.session() as session:
            if session.get(m.Attachment, attachment_id) is None:
                raise NotFoundError("attachment", attachment_id)
            before = list(
                session.scalars(
                    sa.select(link.person_id)
                    .where(link.attachment_id == attachment_id)
                    .order_by(link.person_id)
                )
            )
            known = set(session.scalars(sa.select(m.Person.id).where(m.Person.id.in_(wanted))))
            if missing := [i for i in wanted if i not in known]:
                raise NotFoundError("person", missing[0])
            gone = set(before) - set(wanted)
            if gone:
                session.execute(
                    sa.delete(link).where(
                        link.attachment_id == attachment_id, link.person_id.in_(gone)
                    )
                )
            for person_id in wanted:
                if person_id not in before:
                    session.add(link(attachment_id=attachment_id, person_id=person_id))
    except sa.exc.IntegrityError as error:
        raise store.IntegrityProblem(str(error.orig)) from error
    return before, wanted


def _choices(
    database: Database, meeting_id: int | None, *criteria: sa.ColumnElement[bool]
) -> list[PhotoPersonChoice]:
    person, organisation, attendance = m.Person, m.Organisation, m.Attendance
    attended = (
        sa.exists()
        .where(
            attendance.person_id == person.id,
            attendance.meeting_id == meeting_id,
            attendance.status == AttendanceStatus.ATTENDED,
        )
        .correlate(person)
    )
    query = (
        sa.select(
            person.id,
            person.first_name,
            person.last_name,
            sa.func.coalesce(organisation.name, ""),
            attended if meeting_id is not None else sa.false(),
        )
        .outerjoin(organisation, person.organisation_id == organisation.id)
        .where(*criteria)
    )
    with database.reading() as session:
        found = [PhotoPersonChoice(*row) for row in session.execute(query)]
    found.sort(key=lambda c: (not c.attended, fold(c.last_name), fold(c.first_name), c.person_id))
    return found


def photo_people_choices(database: Database, meeting_id: int | None) -> list[PhotoPersonChoice]:
    """Everyone in the register, those who attended the meeting first, then by name."""
    return _choices(database, meeting_id)


def people_shown(database: Database, attachment_id: int) -> list[PhotoPersonChoice]:
    """The people marked in the photo, with their names, in the picker's order."""
    photo = attachment_row(database, attachment_id)
    shown = sa.select(m.AttachmentPerson.person_id).where(
        m.AttachmentPerson.attachment_id == attachment_id
    )
    return _choices(database, photo.meeting_id, m.Person.id.in_(shown))
