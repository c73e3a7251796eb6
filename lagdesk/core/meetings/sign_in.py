"""The attendance sign-in sheet: who is expected at a meeting, printed for signatures.

A signed list is audit evidence for the programme, so the sheet carries the meeting's
retention date and leaves blank rows for people who come without an invitation.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass

import sqlalchemy as sa

from lagdesk.core.support.zones import utc_to_local
from lagdesk.db import models as m
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import translate

#: Blank rows for walk-ins: at least this many, or this share of the invited.
MIN_BLANK_ROWS = 5
BLANK_SHARE = 0.2

# Letters that do not decompose under NFKD but should sort with their base letter.
_SORT_FOLD = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe"})


@dataclass(frozen=True)
class SignInPerson:
    name: str
    organisation: str


@dataclass(frozen=True)
class SignInSheet:
    meeting_id: int
    network: str
    city: str
    title: str
    date: dt.date
    starts: str
    ends: str | None
    timezone: str
    place: str
    online_link: str
    retention_until: dt.date | None
    invited: tuple[SignInPerson, ...]
    blank_rows: int

    @property
    def time_range(self) -> str:
        return f"{self.starts}–{self.ends}" if self.ends else self.starts

    @property
    def venue(self) -> str:
        """Where to go: the place, the online link, or both."""
        return " / ".join(part for part in (self.place, self.online_link) if part)


def blank_rows_for(invited: int) -> int:
    return max(MIN_BLANK_ROWS, math.ceil(invited * BLANK_SHARE))


def sort_key(last_name: str, first_name: str) -> tuple[str, str, str, str]:
    """Alphabetical by last name, with Ł beside L and Ś beside S rather than after Z."""

    def fold(text: str) -> str:
        plain = unicodedata.normalize("NFKD", text.casefold()).translate(_SORT_FOLD)
        return "".join(c for c in plain if not unicodedata.combining(c))

    return (fold(last_name), fold(first_name), last_name, first_name)


def display_name(first_name: str, last_name: str) -> str:
    return f"{last_name}, {first_name}" if first_name else last_name


def sign_in_sheet(database: Database, meeting_id: int) -> SignInSheet:
    """The sheet for ``meeting_id``: the people on its attendance list who were invited."""
    with database.reading() as session:
        meeting = session.get(m.Meeting, meeting_id)
        if meeting is None:
            raise UserError(
                translate("SignIn", "There is no meeting with id {meeting}.").format(
                    meeting=meeting_id
                )
            )
        own = session.scalars(
            sa.select(m.Partner).where(m.Partner.is_own).order_by(m.Partner.id).limit(1)
        ).first()
        if own is not None:
            network_name = own.network.name
            city = own.name
        else:
            first_network = session.scalars(sa.select(m.Network).order_by(m.Network.id)).first()
            network_name = first_network.name if first_network else ""
            city = ""
        people = session.execute(
            sa.select(m.Person.first_name, m.Person.last_name, m.Organisation.name)
            .join(m.Attendance, m.Attendance.person_id == m.Person.id)
            .outerjoin(m.Organisation, m.Person.organisation_id == m.Organisation.id)
            .where(m.Attendance.meeting_id == meeting_id, sa.not_(m.Attendance.is_walk_in))
        ).all()
        starts = utc_to_local(meeting.starts_at, meeting.timezone)
        ends = utc_to_local(meeting.ends_at, meeting.timezone) if meeting.ends_at else None
        ordered = sorted(people, key=lambda row: sort_key(row[1], row[0]))
        invited = tuple(
            SignInPerson(name=display_name(first, last), organisation=organisation or "")
            for first, last, organisation in ordered
        )
        return SignInSheet(
            meeting_id=meeting.id,
            network=network_name,
            city=city,
            title=meeting.title,
            date=starts.date(),
            starts=starts.strftime("%H:%M"),
            ends=ends.strftime("%H:%M") if ends else None,
            timezone=meeting.timezone,
            place=meeting.place,
            online_link=meeting.online_link,
            retention_until=meeting.retention_until,
            invited=invited,
            blank_rows=blank_rows_for(len(invited)),
        )
