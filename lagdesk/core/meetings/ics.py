"""Meetings to and from iCalendar (RFC 5545) files.

Export gives coordinators a file to load into Outlook, Thunderbird or a phone; import takes
an invitation someone sent (a partner city, the URBACT secretariat) and makes it a meeting.

Times keep their own zone both ways: a meeting is written with the TZID of its zone (and the
VTIMEZONE that defines it), and an invitation's times become UTC plus the zone name they
were given in:

- ``DTSTART;TZID=Europe/Riga:...`` gives that zone;
- a UTC time (``...Z``) gives ``UTC``;
- a floating time (no zone) is read in ``floating_zone``, by default the computer's own
  zone (``local_zone_name``: ``TZ``, then the system's setting, else UTC), since that is
  where the invitation's reader sees it; a TZID nothing knows is treated the same way;
- an all-day date starts at midnight of that day, read like a floating time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

import icalendar
import sqlalchemy as sa

from lagdesk.core.support import records, store
from lagdesk.core.support.files import write_bytes_atomically
from lagdesk.core.support.zones import (
    find_zone,
    local_date,
    local_zone_name,
    utc_to_local,
    zone_or_utc,
)
from lagdesk.db import models as m
from lagdesk.db.codes import MeetingType
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import translate

PRODID = "-//lagdesk//lagdesk//EN"
LINK = re.compile(r"https?://[^\s<>\"']+")


class CalendarFileError(UserError):
    """An .ics file that cannot be read as an invitation; the message names the file."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(
            translate("Calendar", "{file}: {problem}").format(file=path, problem=problem)
        )
        self.path = path
        self.problem = problem


def _uid(meeting_id: int | None) -> str:
    return f"meeting-{meeting_id}@lagdesk"


def _meetings_between(database: Database, start: date | None, end: date | None) -> list[Any]:
    """Meetings whose start, on the calendar of their own zone, falls in [start, end]."""
    # Zones are at most ±14 h from UTC: a day either side is a safe SQL pre-filter.
    criteria: list[sa.ColumnElement[bool]] = []
    if start is not None:
        criteria.append(m.Meeting.starts_at >= datetime.combine(start - timedelta(days=1), time()))
    if end is not None:
        criteria.append(m.Meeting.starts_at < datetime.combine(end + timedelta(days=2), time()))
    found = store.find(
        database, records.Meeting, *criteria, order_by=(m.Meeting.starts_at, m.Meeting.id)
    )
    chosen = []
    for meeting in found:
        day = local_date(meeting.starts_at, meeting.timezone)
        if (start is None or day >= start) and (end is None or day <= end):
            chosen.append(meeting)
    return chosen


def _event(meeting: records.Meeting, stamp: datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", _uid(meeting.id))
    event.add("dtstamp", stamp)
    event.add("summary", meeting.title)
    event.add("dtstart", utc_to_local(meeting.starts_at, meeting.timezone))
    if meeting.ends_at is not None:
        event.add("dtend", utc_to_local(meeting.ends_at, meeting.timezone))
    if meeting.place:
        event.add("location", meeting.place)
    if meeting.online_link:
        event.add("url", meeting.online_link)
    if meeting.notes:
        event.add("description", meeting.notes)
    event.add("categories", [meeting.type.value])
    return event


def export_calendar(
    database: Database, out: Path, *, start: date | None = None, end: date | None = None
) -> int:
    """Write the meetings starting between ``start`` and ``end`` (inclusive) to ``out``.

    Returns how many meetings were written. Dates are days in each meeting's own zone.
    """
    if start is not None and end is not None and start > end:
        raise UserError(
            translate("Calendar", "The first day ({start}) is after the last day ({end}).").format(
                start=start.isoformat(), end=end.isoformat()
            )
        )
    meetings = _meetings_between(database, start, end)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    stamp = datetime.now(UTC).replace(microsecond=0)
    for meeting in meetings:
        calendar.add_component(_event(meeting, stamp))
    calendar.add_missing_timezones()
    write_bytes_atomically(Path(out), calendar.to_ical())
    return len(meetings)


@dataclass(frozen=True)
class _Moment:
    utc: datetime  # naive, in UTC
    zone: str


def _moment(value: date, tzid: str | None, floating_zone: str) -> _Moment:
    """A DTSTART/DTEND value as naive UTC plus the zone it was given in."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time())
    tz: tzinfo | None = value.tzinfo
    if tz is None:
        zone = floating_zone
        aware = value.replace(tzinfo=zone_or_utc(zone))
    else:
        aware = value
        key = getattr(tz, "key", None)
        if isinstance(key, str) and find_zone(key) is not None:
            zone = key
        elif tzid and find_zone(tzid) is not None:
            zone = tzid
        else:  # UTC, or a zone defined only inside the file: keep the instant, name it UTC
            zone = "UTC"
    if zone in ("Etc/UTC", "UTC", "Etc/Zulu", "Zulu", "GMT", "Etc/GMT"):
        zone = "UTC"
    return _Moment(aware.astimezone(UTC).replace(tzinfo=None), zone)


def _text(event: icalendar.Component, name: str) -> str:
    value = event.get(name)
    if value is None:
        return ""
    if isinstance(value, list):  # the property appears more than once
        value = value[0]
    return str(value).strip()


def _categories(event: icalendar.Component) -> list[str]:
    value = event.get("categories")
    if value is None:
        return []
    lists = value if isinstance(value, list) else [value]
    return [str(code).strip() for item in lists for code in getattr(item, "cats", [item])]


def _meeting_type(event: icalendar.Component) -> MeetingType:
    codes = {kind.value for kind in MeetingType}
    for code in _categories(event):
        if code.lower() in codes:
            return MeetingType(code.lower())
    return MeetingType.LOCAL_GROUP_MEETING


def _online_link(event: icalendar.Component) -> str:
    url = _text(event, "url")
    if LINK.fullmatch(url):
        return url
    for name in ("location", "description"):
        found = LINK.search(_text(event, name))
        if found:
            return found.group(0).rstrip(".,;:)]}")
    return ""


def _read_calendar(path: Path) -> icalendar.Calendar:
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise CalendarFileError(path, exc.strerror or str(exc)) from exc
    try:
        calendar = icalendar.Calendar.from_ical(content)
    except (ValueError, IndexError, KeyError) as exc:
        raise CalendarFileError(
            path, translate("Calendar", "this is not an iCalendar (.ics) file.")
        ) from exc
    if not isinstance(calendar, icalendar.Calendar) or calendar.name != "VCALENDAR":
        raise CalendarFileError(
            path, translate("Calendar", "this is not an iCalendar (.ics) file.")
        )
    return calendar


def _decoded(event: icalendar.Component, name: str, path: Path) -> Any:
    try:
        return event.decoded(name)
    except (ValueError, TypeError) as exc:
        raise CalendarFileError(
            path,
            translate("Calendar", "the invitation's {property} cannot be read.").format(
                property=name.upper()
            ),
        ) from exc


def _tzid(event: icalendar.Component, name: str) -> str | None:
    prop = event.get(name)
    params = getattr(prop, "params", {})
    tzid = params.get("TZID") if params else None
    return str(tzid) if tzid else None


def parse_invitation(path: Path, *, floating_zone: str | None = None) -> records.Meeting:
    """The first event of an .ics invitation as a meeting record, not yet saved.

    ``floating_zone`` is the zone for times given without one (see the module docstring).
    """
    path = Path(path)
    calendar = _read_calendar(path)
    events = calendar.walk("VEVENT")
    if not events:
        raise CalendarFileError(path, translate("Calendar", "the file holds no event (VEVENT)."))
    event = events[0]
    if event.get("dtstart") is None:
        raise CalendarFileError(path, translate("Calendar", "the event has no start (DTSTART)."))
    floating = floating_zone or local_zone_name()
    raw_start = _decoded(event, "dtstart", path)
    start = _moment(raw_start, _tzid(event, "dtstart"), floating)
    ends_at: datetime | None = None
    if event.get("dtend") is not None:
        ends_at = _moment(_decoded(event, "dtend", path), _tzid(event, "dtend"), floating).utc
    elif event.get("duration") is not None:
        duration = _decoded(event, "duration", path)
        if isinstance(duration, timedelta):
            ends_at = start.utc + duration
    elif not isinstance(raw_start, datetime):  # an all-day event lasts the day
        ends_at = start.utc + timedelta(days=1)
    if ends_at is not None and ends_at < start.utc:
        raise CalendarFileError(
            path, translate("Calendar", "the event ends (DTEND) before it starts (DTSTART).")
        )
    link = _online_link(event)
    place = _text(event, "location")
    if place == link:
        place = ""
    return records.Meeting(
        type=_meeting_type(event),
        title=_text(event, "summary") or path.stem,
        starts_at=start.utc,
        ends_at=ends_at,
        timezone=start.zone,
        place=place,
        online_link=link,
        notes=_text(event, "description"),
    )


def import_invitation(
    database: Database, path: Path, *, floating_zone: str | None = None
) -> records.Meeting:
    """Read an invitation (see :func:`parse_invitation`) and store it as a new meeting."""
    return store.save(database, parse_invitation(path, floating_zone=floating_zone))
