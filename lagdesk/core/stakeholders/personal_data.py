"""What lagdesk holds about one person: find them, export it, erase it (GDPR Art. 15 and 17).

An erase keeps attendance figures true (each meeting they attended gains one anonymous
attendee of their sector and gender), then rewrites the file so that no copy of them
survives in free pages or in the WAL. Free text that names them is reported, never edited.
"""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from lagdesk import __version__
from lagdesk.core.support import records
from lagdesk.core.support.files import PART, write_atomically, write_bytes_atomically
from lagdesk.core.support.labels import label
from lagdesk.core.support.store import to_record
from lagdesk.core.support.zones import local_iso
from lagdesk.db import models as m
from lagdesk.db.base import Base
from lagdesk.db.codes import AttendanceStatus, Gender, Sector
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import QT_TRANSLATE_NOOP, current_language, translate

log = logging.getLogger(__name__)


class PersonNotFoundError(UserError):
    def __init__(self, key: object) -> None:
        text = translate("PersonalData", "No person with the id or e-mail {key}. They may have been erased already.")  # fmt: skip
        super().__init__(text.format(key=key))


class AmbiguousEmailError(UserError):
    def __init__(self, email: str, ids: Sequence[int]) -> None:
        text = translate("PersonalData", "Several people have the e-mail {email} (ids {ids}); give the id instead.")  # fmt: skip
        super().__init__(text.format(email=email, ids=", ".join(map(str, ids))))
        self.ids = list(ids)


def find_person(database: Database, id_or_email: str) -> records.Person:
    """The one person a user means by an id or an e-mail (any letter case)."""
    key = id_or_email.strip()
    with database.reading() as session:
        if key.isdigit():
            ids = [int(key)] if session.get(m.Person, int(key)) else []
        else:  # folded here: SQLite's lower() leaves non-ASCII letters alone
            pairs = session.execute(sa.select(m.Person.id, m.Person.email).order_by(m.Person.id))
            ids = [i for i, email in pairs if key and email.strip().casefold() == key.casefold()]
        if not ids:
            raise PersonNotFoundError(key)
        if len(ids) > 1:
            raise AmbiguousEmailError(key, ids)
        return to_record(records.Person, session.get_one(m.Person, ids[0]))


def _pick(item: Any, names: str, **values: Any) -> dict[str, Any]:
    """Plain JSON values; each stored code gets its translated label next to it (``x_label``)."""
    result: dict[str, Any] = {}
    for name, value in (values | {n: getattr(item, n) for n in names.split()}).items():
        result[name] = value.isoformat() if isinstance(value, date | datetime) else value
        if isinstance(value, StrEnum):
            result[name], result[f"{name}_label"] = value.value, label(value)
    return result


def _needles(first_name: str, last_name: str, email: str, phone: str) -> list[str]:
    """What identifies someone in free text, as typed and as escaped in HTML and JSON."""
    bases = [f"{first_name} {last_name}", f"{last_name} {first_name}", email]
    bases += [phone] if sum(ch.isdigit() for ch in phone) >= 6 else []
    variants: set[str] = set()
    for text in filter(None, (" ".join(b.split()) for b in bases)):
        variants |= {text, html.escape(text, quote=False), json.dumps(text)[1:-1]}
    return sorted(variants)


def _text_mentions(
    connection: sa.Connection, needles: Sequence[str], skip_person: int | None = None
) -> list[dict[str, Any]]:
    """Where a needle occurs: in any text column (any case), in attachment bytes (UTF-8)."""
    folded = [n.casefold() for n in needles]
    blobs = sorted({n.encode() for n in needles} | {n.lower().encode() for n in needles})
    found: list[dict[str, Any]] = []
    rowid: sa.ColumnClause[Any] = sa.literal_column("rowid")
    for table in Base.metadata.sorted_tables if needles else ():
        texts = [
            c for c in table.c if isinstance(c.type, sa.String) and not isinstance(c.type, sa.Enum)
        ]
        rows = connection.execute(sa.select(rowid, *texts).select_from(table)) if texts else ()
        for row in rows:
            for column, value in zip(texts, row[1:], strict=True):
                if value and any(n in value.casefold() for n in folded):
                    found.append({"table": table.name, "column": column.name, "row_id": row[0]})
        for column in (c for c in table.c if isinstance(c.type, sa.LargeBinary)):
            hits = sa.or_(*(sa.func.instr(column, blob) > 0 for blob in blobs))
            for (row_id,) in connection.execute(sa.select(rowid).select_from(table).where(hits)):
                found.append({"table": table.name, "column": column.name, "row_id": row_id})
    return [f for f in found if (f["table"], f["row_id"]) != ("person", skip_person)]


def person_data(database: Database, person_id: int) -> dict[str, Any]:
    """Everything lagdesk holds about one person, as JSON-able data with labels by codes."""
    with database.reading() as session:
        person = session.get(m.Person, person_id)
        if person is None:
            raise PersonNotFoundError(person_id)
        organisation = session.get(m.Organisation, person.organisation_id or -1)

        def owned(model: Any, column: str, *order: str) -> list[Any]:
            query = sa.select(model).where(getattr(model, column) == person_id)
            ordered = query.order_by(*(getattr(model, name) for name in order), model.id)
            return list(session.scalars(ordered))

        def meeting(item: Any) -> Any:  # identity map: each meeting is read once
            return session.get(m.Meeting, item.meeting_id or -1)

        def group(item: Any) -> Any:
            return session.get_one(m.StakeholderGroup, item.group_id)

        attended = owned(m.Attendance, "person_id")
        attended.sort(key=lambda row: (meeting(row).starts_at, row.meeting_id))
        fields = "id first_name last_name gender role email phone notes created_at updated_at"
        data: dict[str, Any] = {
            "person": _pick(person, fields),
            "organisation": organisation and _pick(organisation, "id name sector"),
            "group_memberships": [
                _pick(row, "role joined_on left_on", group=group(row).name, group_kind=group(row).kind)
                for row in owned(m.GroupMembership, "person_id", "joined_on")
            ],
            "power_interest_assessments": [
                _pick(row, "assessed_on power interest note")
                for row in owned(m.PowerInterestAssessment, "person_id", "assessed_on")
            ],
            "consent_records": [
                _pick(row, "purpose given_on method evidence withdrawn_on")
                for row in owned(m.ConsentRecord, "person_id", "given_on")
            ],
            "attendance": [
                _pick(row, "status is_walk_in", meeting=meeting(row).title, meeting_type=meeting(row).type,
                      date=(local_iso(meeting(row).starts_at, meeting(row).timezone) or "")[:10])
                for row in attended
            ],
            "tasks": [
                _pick(row, "due_on done done_on", title=row.title, meeting=getattr(meeting(row), "title", None))
                for row in owned(m.Task, "owner_person_id", "due_on")
            ],
            "actions": [_pick(row, "code title status") for row in owned(m.Action, "responsible_person_id", "code")],
            "risks": [_pick(row, "code title status") for row in owned(m.Risk, "owner_person_id", "code")],
            "indicators": [_pick(row, "code name") for row in owned(m.Indicator, "owner_person_id", "code")],
        }  # fmt: skip
        needles = _needles(person.first_name, person.last_name, person.email, person.phone)
        data["text_mentions"] = _text_mentions(session.connection(), needles, person_id)
        return data


#: Headings of the export page: one per section, one per field (a code shows by its label).
_HEADINGS = {
    "person": QT_TRANSLATE_NOOP("PersonalData", "Person"), "organisation": QT_TRANSLATE_NOOP("PersonalData", "Organisation"),
    "group_memberships": QT_TRANSLATE_NOOP("PersonalData", "Group memberships"),
    "power_interest_assessments": QT_TRANSLATE_NOOP("PersonalData", "Power and interest assessments"),
    "consent_records": QT_TRANSLATE_NOOP("PersonalData", "Consent records"), "attendance": QT_TRANSLATE_NOOP("PersonalData", "Meetings"),
    "tasks": QT_TRANSLATE_NOOP("PersonalData", "Tasks they own"), "risks": QT_TRANSLATE_NOOP("PersonalData", "Risks they own"),
    "actions": QT_TRANSLATE_NOOP("PersonalData", "Actions they are responsible for"),
    "indicators": QT_TRANSLATE_NOOP("PersonalData", "Indicators they own"),
    "text_mentions": QT_TRANSLATE_NOOP("PersonalData", "Free text that names them"),
    "id": QT_TRANSLATE_NOOP("PersonalData", "Id"), "first_name": QT_TRANSLATE_NOOP("PersonalData", "First name"),
    "last_name": QT_TRANSLATE_NOOP("PersonalData", "Last name"), "gender": QT_TRANSLATE_NOOP("PersonalData", "Gender"),
    "role": QT_TRANSLATE_NOOP("PersonalData", "Role"), "email": QT_TRANSLATE_NOOP("PersonalData", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("PersonalData", "Phone"), "notes": QT_TRANSLATE_NOOP("PersonalData", "Notes"),
    "created_at": QT_TRANSLATE_NOOP("PersonalData", "Recorded"), "updated_at": QT_TRANSLATE_NOOP("PersonalData", "Last changed"),
    "name": QT_TRANSLATE_NOOP("PersonalData", "Name"), "sector": QT_TRANSLATE_NOOP("PersonalData", "Sector"),
    "group": QT_TRANSLATE_NOOP("PersonalData", "Group"), "group_kind": QT_TRANSLATE_NOOP("PersonalData", "Kind of group"),
    "joined_on": QT_TRANSLATE_NOOP("PersonalData", "Joined"), "left_on": QT_TRANSLATE_NOOP("PersonalData", "Left"),
    "assessed_on": QT_TRANSLATE_NOOP("PersonalData", "Date"), "power": QT_TRANSLATE_NOOP("PersonalData", "Power"),
    "interest": QT_TRANSLATE_NOOP("PersonalData", "Interest"), "note": QT_TRANSLATE_NOOP("PersonalData", "Note"),
    "purpose": QT_TRANSLATE_NOOP("PersonalData", "Purpose"), "given_on": QT_TRANSLATE_NOOP("PersonalData", "Given"),
    "method": QT_TRANSLATE_NOOP("PersonalData", "How"), "evidence": QT_TRANSLATE_NOOP("PersonalData", "Evidence"),
    "withdrawn_on": QT_TRANSLATE_NOOP("PersonalData", "Withdrawn"), "date": QT_TRANSLATE_NOOP("PersonalData", "Date"),
    "meeting": QT_TRANSLATE_NOOP("PersonalData", "Meeting"), "meeting_type": QT_TRANSLATE_NOOP("PersonalData", "Type"),
    "status": QT_TRANSLATE_NOOP("PersonalData", "Status"), "is_walk_in": QT_TRANSLATE_NOOP("PersonalData", "Walk-in"),
    "title": QT_TRANSLATE_NOOP("PersonalData", "Title"), "due_on": QT_TRANSLATE_NOOP("PersonalData", "Due"),
    "done": QT_TRANSLATE_NOOP("PersonalData", "Done"), "done_on": QT_TRANSLATE_NOOP("PersonalData", "Done on"),
    "code": QT_TRANSLATE_NOOP("PersonalData", "Code"), "table": QT_TRANSLATE_NOOP("PersonalData", "Table"),
    "column": QT_TRANSLATE_NOOP("PersonalData", "Field"), "row_id": QT_TRANSLATE_NOOP("PersonalData", "Record id"),
}  # fmt: skip
_CSS = (
    "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1em}"
    "th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left}th{background:#eee}"
)


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        value = translate("PersonalData", "Yes") if value else translate("PersonalData", "No")
    return html.escape("" if value is None else str(value))


def _heading(key: str, tag: str) -> str:
    text = translate("PersonalData", _HEADINGS[key])
    return f"<{tag}>{_cell(text)}</{tag}>"


def _shown(item: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, escaped value) as a reader sees them: a code by its label."""
    keys = [key for key in item if not key.endswith("_label")]
    return [(key, _cell(item.get(f"{key}_label", item[key]))) for key in keys]


def _render_html(data: dict[str, Any], exported_on: date) -> str:
    """A page a person can read in any browser: inline style, no scripts, all text escaped."""
    person = data["person"]
    name = f"{person['first_name']} {person['last_name']}".strip()
    title = _cell(translate("PersonalData", "Personal data held about {name}").format(name=name))
    exported = translate("PersonalData", "Exported from lagdesk on {date}.")
    exported = exported.format(date=exported_on.isoformat())
    nothing = translate("PersonalData", "None recorded.")
    parts = [
        f'<!DOCTYPE html>\n<html lang="{_cell(current_language())}"><head><meta charset="utf-8">',
        f"<title>{title}</title><style>{_CSS}</style></head><body><h1>{title}</h1>",
        f"<p>{_cell(exported)}</p>",
    ]
    for section, content in data.items():
        parts.append(_heading(section, "h2"))
        if not content:
            parts.append(f"<p>{_cell(nothing)}</p>")
        elif isinstance(content, dict):
            rows = "".join(f"<tr>{_heading(k, 'th')}<td>{v}</td></tr>" for k, v in _shown(content))
            parts.append(f"<table>{rows}</table>")
        else:
            head = "".join(_heading(key, "th") for key, _ in _shown(content[0]))
            cells = ("".join(f"<td>{value}</td>" for _, value in _shown(i)) for i in content)
            body = "".join(f"<tr>{row}</tr>" for row in cells)
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    return "\n".join([*parts, "</body></html>\n"])


def export_person(database: Database, person_id: int, out: Path) -> list[Path]:
    """Write FILE.json and FILE.html for a subject access request: both appear, or neither."""
    out = Path(out)
    html_path = out.with_suffix(".html")
    if not out.parent.is_dir():
        text = translate("PersonalData", "{path}: the folder does not exist.")
        raise UserError(text.format(path=out.parent))
    if html_path == out:
        text = translate("PersonalData", "{path}: choose a file name ending in .json.")
        raise UserError(text.format(path=out))
    data = person_data(database, person_id)
    today = date.today()
    document = {"exported_on": today.isoformat(), "lagdesk_version": __version__, **data}
    json_text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    page = _render_html(data, today)
    placed: list[Path] = []

    def write_pair(json_part: str) -> None:
        # The page is put in place while the JSON waits under its temporary name, and taken
        # away again if the JSON cannot follow: the pair or nothing.
        Path(json_part).write_bytes(json_text.encode("utf-8"))
        placed.append(write_bytes_atomically(html_path, page.encode("utf-8")))

    try:
        write_atomically(out, write_pair, suffix=PART)
    except OSError as exc:
        for target in placed:
            target.unlink(missing_ok=True)
        detail = translate("PersonalData", "{path} cannot be written: {detail}")
        raise UserError(detail.format(path=exc.filename or out, detail=exc.strerror)) from exc
    return [out, html_path]


@dataclass(frozen=True)
class ErasureReport:
    """What an erase did, for the message to the user."""

    person_id: int
    name: str
    #: Meetings whose attendance now counts the person anonymously.
    meetings_counted: int
    #: Rows deleted per table, "person" included.
    removed: dict[str, int] = field(default_factory=dict)
    #: Rows kept with their link to the person cleared (task owner, action responsible, ...).
    unlinked: dict[str, int] = field(default_factory=dict)
    #: Free text that still names them ({"table", "column", "row_id"}), for the user to edit.
    mentions: list[dict[str, Any]] = field(default_factory=list)
    #: False when another connection kept old copies from being wiped out of the file.
    traces_cleared: bool = True


def _count_anonymously(
    connection: sa.Connection, person_id: int, sector: Sector | None, gender: Gender
) -> int:
    """Add the person to the anonymous count of every meeting they attended (walk-ins too)."""
    anonymous, attendance = m.AnonymousAttendance, m.Attendance
    attended = (attendance.person_id == person_id, attendance.status == AttendanceStatus.ATTENDED)
    meeting_ids = connection.scalars(sa.select(attendance.meeting_id).where(*attended)).all()
    # SQLite's unique key lets NULL sectors repeat: match with IS and take the first row.
    same = anonymous.sector.is_(None) if sector is None else anonymous.sector == sector
    for meeting_id in meeting_ids:
        key = (anonymous.meeting_id == meeting_id, same, anonymous.gender == gender)
        row_id = connection.scalar(sa.select(anonymous.id).where(*key).order_by(anonymous.id))
        if row_id is None:
            values = {"meeting_id": meeting_id, "sector": sector, "gender": gender, "count": 1}
            connection.execute(sa.insert(anonymous).values(values))
        else:
            add_one = {"count": anonymous.count + 1}
            connection.execute(sa.update(anonymous).where(anonymous.id == row_id).values(add_one))
    return len(meeting_ids)


def _remove_person(connection: sa.Connection, person_id: int) -> tuple[dict[str, int], ...]:
    """Delete the person, the photos they are shown in and what hangs on them; clear the
    links that outlive them.

    Links are read from the schema, so a table added later is not missed (and one with
    neither ON DELETE rule makes the delete fail, and the whole transaction with it).
    """
    removed: dict[str, int] = {}
    unlinked: dict[str, int] = {}
    # A photo that shows the person is a trace of them: it goes, with its content.
    shown_in = sa.select(m.AttachmentPerson.attachment_id).where(
        m.AttachmentPerson.person_id == person_id
    )
    photos = sa.delete(m.Attachment).where(m.Attachment.id.in_(shown_in))
    removed["attachment"] = connection.execute(photos).rowcount
    tables = Base.metadata.sorted_tables
    links = [(t, k) for t in tables for k in t.foreign_keys if k.column.table.name == "person"]
    for table, key in links:
        if key.ondelete == "CASCADE":
            count = connection.execute(sa.delete(table).where(key.parent == person_id)).rowcount
            removed[table.name] = removed.get(table.name, 0) + count
        elif key.ondelete == "SET NULL":
            query = sa.update(table).where(key.parent == person_id).values({key.parent: None})
            unlinked[table.name] = unlinked.get(table.name, 0) + connection.execute(query).rowcount
    person = sa.delete(m.Person).where(m.Person.id == person_id)
    removed["person"] = connection.execute(person).rowcount
    return (
        {table: count for table, count in removed.items() if count},
        {table: count for table, count in unlinked.items() if count},
    )


def erase_person(database: Database, person_id: int) -> ErasureReport:
    """Erase one person in one transaction, keeping attendance totals; then wipe old copies.

    PersonNotFoundError when there is no such person (erased already, for one)."""
    person = m.Person
    try:
        with database.session() as session:
            connection = session.connection()
            # Deleted cells and freed pages are overwritten with zeros, in the WAL too.
            connection.exec_driver_sql("PRAGMA secure_delete=ON")
            # Writing first takes SQLite's write lock: no attendance can slip in until commit.
            claim = sa.update(person).where(person.id == person_id).values(id=person.id)
            if connection.execute(claim).rowcount != 1:
                raise PersonNotFoundError(person_id)
            who = connection.execute(
                sa.select(person.first_name, person.last_name, person.email, person.phone)
                .add_columns(person.gender, m.Organisation.sector)
                .outerjoin(m.Organisation)
                .where(person.id == person_id)
            ).one()
            meetings = _count_anonymously(connection, person_id, who.sector, who.gender)
            removed, unlinked = _remove_person(connection, person_id)
    except sa.exc.IntegrityError as exc:
        text = translate("PersonalData", "The person could not be erased: {detail}")
        raise UserError(text.format(detail=exc.orig)) from exc
    cleared = clear_traces(database)
    needles = _needles(who.first_name, who.last_name, who.email, who.phone)
    with database.reading() as session:
        mentions = _text_mentions(session.connection(), needles)
    name = f"{who.first_name} {who.last_name}".strip()
    return ErasureReport(person_id, name, meetings, removed, unlinked, mentions, cleared)


def clear_traces(database: Database) -> bool:
    """Rewrite the file so deleted rows survive nowhere: not in free pages, not in the WAL.

    A checkpoint (TRUNCATE) empties the WAL into the file; VACUUM rebuilds every page from
    live rows; a second checkpoint empties the WAL VACUUM wrote through. A reader elsewhere
    would keep the WAL alive, so the pool is emptied first. False if that did not work.
    """
    wal = Path(f"{database.path}-wal")
    database.engine.dispose()
    try:
        with database.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT")
            connection.exec_driver_sql("PRAGMA secure_delete=ON")
            busy = [connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()[0]]
            connection.exec_driver_sql("VACUUM")
            busy.append(connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()[0])
    except sa.exc.OperationalError:
        log.warning("could not compact %s after an erase", database.path, exc_info=True)
        return False
    finally:
        database.engine.dispose()
    return not any(busy) and (not wal.exists() or wal.stat().st_size == 0)
