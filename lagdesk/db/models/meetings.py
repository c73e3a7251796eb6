"""Meetings and workshops: agenda, attendance, minutes, decisions, tasks, attachments."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from lagdesk.db.base import Base, Timestamped, code_enum, fk, link_key
from lagdesk.db.codes import AttachmentKind, AttendanceStatus, Gender, MeetingType, Sector


class Meeting(Timestamped, Base):
    """A dated event. Times are stored in UTC; ``timezone`` is the IANA zone it is held in."""

    __tablename__ = "meeting"
    __table_args__ = (sa.CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name="times"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[MeetingType] = mapped_column(code_enum(MeetingType, "meeting_type"), index=True)
    title: Mapped[str] = mapped_column(sa.String(300))
    starts_at: Mapped[datetime] = mapped_column(sa.DateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    timezone: Mapped[str] = mapped_column(
        sa.String(64), default="Europe/Brussels", server_default="Europe/Brussels"
    )
    place: Mapped[str] = mapped_column(sa.String(300), default="", server_default="")
    online_link: Mapped[str] = mapped_column(sa.String(500), default="", server_default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    # Minutes as rich text (Qt's HTML subset).
    minutes: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    # Signed attendance lists are audit evidence until this date.
    retention_until: Mapped[date | None]


class MeetingInvitedGroup(Base):
    __tablename__ = "meeting_invited_group"

    meeting_id: Mapped[int] = link_key("meeting.id")
    group_id: Mapped[int] = link_key("stakeholder_group.id", index=True)


class MeetingTool(Base):
    """A participatory tool used at a meeting (problem tree, newspaper of tomorrow, ...)."""

    __tablename__ = "meeting_tool"

    meeting_id: Mapped[int] = link_key("meeting.id")
    tool: Mapped[str] = mapped_column(sa.String(64), primary_key=True)


class AgendaItem(Timestamped, Base):
    __tablename__ = "agenda_item"
    __table_args__ = (
        sa.CheckConstraint(
            "planned_minutes IS NULL OR planned_minutes >= 0", name="planned_minutes"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(fk("meeting.id", "CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0, server_default="0")
    title: Mapped[str] = mapped_column(sa.String(300))
    planned_minutes: Mapped[int | None]
    presenter: Mapped[str] = mapped_column(sa.String(200), default="", server_default="")


class Attendance(Timestamped, Base):
    __tablename__ = "attendance"
    __table_args__ = (sa.UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(fk("meeting.id", "CASCADE"))
    person_id: Mapped[int] = mapped_column(fk("person.id", "CASCADE"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(
        code_enum(AttendanceStatus, "attendance_status"),
        default=AttendanceStatus.INVITED,
        server_default=AttendanceStatus.INVITED.value,
    )
    is_walk_in: Mapped[bool] = mapped_column(default=False, server_default=sa.false())


class AnonymousAttendance(Timestamped, Base):
    """People counted without a name: those who declined registration, and erased people."""

    __tablename__ = "anonymous_attendance"
    __table_args__ = (
        sa.UniqueConstraint("meeting_id", "sector", "gender"),
        # SQLite treats NULLs as distinct in a unique constraint: "sector unknown" needs its own.
        sa.Index(
            "uq_anonymous_attendance_unknown_sector",
            "meeting_id",
            "gender",
            unique=True,
            sqlite_where=sa.text("sector IS NULL"),
        ),
        sa.CheckConstraint("count >= 0", name="count"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(fk("meeting.id", "CASCADE"))
    sector: Mapped[Sector | None] = mapped_column(code_enum(Sector, "sector"))
    gender: Mapped[Gender] = mapped_column(
        code_enum(Gender, "gender"), default=Gender.UNKNOWN, server_default=Gender.UNKNOWN.value
    )
    count: Mapped[int] = mapped_column(default=0, server_default="0")


class Decision(Timestamped, Base):
    __tablename__ = "decision"
    __table_args__ = (sa.UniqueConstraint("meeting_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(fk("meeting.id", "CASCADE"))
    number: Mapped[int]
    text: Mapped[str] = mapped_column(sa.Text)


class Task(Timestamped, Base):
    """A follow-up task from a meeting."""

    __tablename__ = "task"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(fk("meeting.id", "CASCADE"), index=True)
    decision_id: Mapped[int | None] = mapped_column(fk("decision.id", "SET NULL"), index=True)
    title: Mapped[str] = mapped_column(sa.String(500))
    owner_person_id: Mapped[int | None] = mapped_column(fk("person.id", "SET NULL"), index=True)
    due_on: Mapped[date | None]
    done: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    done_on: Mapped[date | None]


class Attachment(Timestamped, Base):
    """A file kept inside the database, so that one file stays the one thing to back up.

    The bytes live in ``attachment_content`` so that listing attachments never reads them.
    """

    __tablename__ = "attachment"
    __table_args__ = (
        sa.CheckConstraint("size_bytes >= 0", name="size"),
        sa.CheckConstraint(
            "(meeting_id IS NOT NULL) + (action_id IS NOT NULL) + (measurement_id IS NOT NULL) <= 1",
            name="one_owner",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[AttachmentKind] = mapped_column(
        code_enum(AttachmentKind, "attachment_kind"),
        default=AttachmentKind.DOCUMENT,
        server_default=AttachmentKind.DOCUMENT.value,
    )
    meeting_id: Mapped[int | None] = mapped_column(fk("meeting.id", "CASCADE"), index=True)
    action_id: Mapped[int | None] = mapped_column(fk("action.id", "CASCADE"), index=True)
    measurement_id: Mapped[int | None] = mapped_column(fk("measurement.id", "CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(sa.String(255))
    media_type: Mapped[str] = mapped_column(
        sa.String(100),
        default="application/octet-stream",
        server_default="application/octet-stream",
    )
    size_bytes: Mapped[int] = mapped_column(sa.BigInteger, default=0, server_default="0")
    caption: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    taken_on: Mapped[date | None]
    # Photo flags: a photo leaves the app only when it is publishable.
    identifiable: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    consent_checked: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    publishable: Mapped[bool] = mapped_column(default=False, server_default=sa.false())


class AttachmentContent(Base):
    __tablename__ = "attachment_content"

    attachment_id: Mapped[int] = link_key("attachment.id")
    data: Mapped[bytes] = mapped_column(sa.LargeBinary)


class AttachmentPerson(Base):
    """A person shown in a photo, so that erasing a person finds the photos they are in."""

    __tablename__ = "attachment_person"

    attachment_id: Mapped[int] = link_key("attachment.id")
    person_id: Mapped[int] = link_key("person.id", index=True)
