"""Time zones and local dates: the one place a zone name becomes a zone.

The database stores naive UTC and, for each meeting, the IANA name of the zone it is held
in. A meeting's time and *date* are read on the calendar of that zone (a workshop at 00:30
in Riga on 1 March is on 1 March even where the clock still says 28 February), so every
area turns stored times into local ones here.

A zone name this computer does not know (mistyped, or from a newer time zone database)
still shows the meeting, in UTC, so that it can be corrected; the meeting editor refuses
such a name on save (``lagdesk.core.meetings.planning``).
"""

from __future__ import annotations

import os
from contextlib import suppress
from datetime import UTC, date, datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import tzlocal

__all__ = [
    "find_zone",
    "local_date",
    "local_iso",
    "local_zone_name",
    "utc_to_local",
    "zone_names",
    "zone_or_utc",
]


@cache
def zone_names() -> frozenset[str]:
    """Every IANA zone name this computer knows: the list a meeting's zone is chosen from."""
    return frozenset(available_timezones())


@cache
def find_zone(name: str) -> ZoneInfo | None:
    """The zone of that name; None for a name no time zone database here knows."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def zone_or_utc(name: str) -> ZoneInfo:
    """The zone of that name, or UTC for a name nothing knows."""
    return find_zone(name) or ZoneInfo("UTC")


def utc_to_local(moment: datetime, zone: str) -> datetime:
    """A stored (naive UTC) time as an aware time in ``zone``; in UTC when the zone is
    unknown, so that a meeting with a mistyped zone can still be shown and corrected."""
    return moment.replace(tzinfo=UTC).astimezone(zone_or_utc(zone))


def local_iso(moment: datetime | None, zone: str) -> str | None:
    """A stored UTC time as ISO 8601 with the offset of the meeting's own time zone."""
    if moment is None:
        return None
    return utc_to_local(moment, zone).isoformat()


def local_date(moment: datetime, zone: str) -> date:
    """The day a stored UTC time falls on in the meeting's own time zone."""
    return utc_to_local(moment, zone).date()


def local_zone_name() -> str:
    """The IANA name of this computer's zone: where a new meeting is held by default and
    where an invitation's floating time is read.

    ``TZ`` wins when it names a zone (it is how a user overrides the system's setting, and
    it is read afresh each time); otherwise the system's setting as ``tzlocal`` finds it
    (``/etc/localtime`` and friends, or the Windows registry, where there is no ``TZ``).
    UTC when neither names a zone this computer knows.
    """
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with suppress(LookupError, OSError, ValueError):  # conflicting or unreadable settings
        candidates.append(tzlocal.get_localzone_name() or "")
    for name in candidates:
        if name and not name.startswith("/") and find_zone(name) is not None:
            return name
    return "UTC"
