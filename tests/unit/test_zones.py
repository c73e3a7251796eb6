"""Time zones and local dates: one lookup for every area, and the computer's own zone."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lagdesk.core.support import zones


def test_a_meetings_date_is_the_day_in_its_own_zone() -> None:
    late = datetime(2024, 2, 29, 22, 30)  # stored UTC: 00:30 on 1 March in Riga
    assert zones.local_date(late, "Europe/Riga") == date(2024, 3, 1)
    assert zones.local_date(late, "Europe/Lisbon") == date(2024, 2, 29)
    assert zones.local_iso(late, "Europe/Riga") == "2024-03-01T00:30:00+02:00"
    assert zones.local_iso(None, "Europe/Riga") is None


@pytest.mark.parametrize("name", ["Mars/Olympus_Mons", "", "../etc/passwd"])
def test_an_unknown_zone_reads_as_utc(name: str) -> None:
    assert zones.find_zone(name) is None
    assert zones.utc_to_local(datetime(2024, 7, 1, 8), name).isoformat() == (
        "2024-07-01T08:00:00+00:00"
    )


def test_the_tz_variable_wins_over_the_systems_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zones.tzlocal, "get_localzone_name", lambda: "Europe/Warsaw")
    monkeypatch.setenv("TZ", ":Europe/Riga")
    assert zones.local_zone_name() == "Europe/Riga"
    monkeypatch.setenv("TZ", "/usr/share/zoneinfo/Europe/Riga")  # a path names no zone
    assert zones.local_zone_name() == "Europe/Warsaw"
    monkeypatch.setenv("TZ", "CET-1CEST")  # a POSIX rule, not an IANA name
    assert zones.local_zone_name() == "Europe/Warsaw"
