"""The attendance bench row compares like with like: its raw SQL floor finds the people the
panel's type-ahead finds (for the ASCII prefixes it types)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from benchmarks import attendance as bench
from lagdesk.core.meetings import attendance as att
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import MeetingType, Sector
from lagdesk.db.database import Database


def test_floor_sql_finds_what_matching_finds(database: Database, db_path: Path) -> None:
    meeting = store.save(
        database,
        r.Meeting(
            type=MeetingType.LOCAL_GROUP_MEETING,
            title=bench.MEETING_TITLE,
            starts_at=datetime(2024, 10, 8, 13, 0),
        ),
    )
    poli = store.save(
        database, r.Organisation(name="Politechnika Koszalińska", sector=Sector.KNOWLEDGE)
    )
    people = store.save_all(
        database,
        [
            r.Person(first_name="Anna", last_name="Kowalska", organisation_id=poli.id),
            r.Person(first_name="Jan", last_name="Kowalczyk"),
            r.Person(first_name="Marek", last_name="Nowak", organisation_id=poli.id),
            r.Person(first_name="Kamil", last_name="Lis"),
            r.Person(first_name="Ewa", last_name="Makowska"),
        ],
    )
    store.save_all(database, [r.Attendance(meeting_id=meeting.id, person_id=p.id) for p in people])
    invitees = att.invitees(database, meeting.id)
    connection = sqlite3.connect(db_path)
    try:
        for length in range(1, len(bench.TYPED) + 1):
            prefix = bench.TYPED[:length]
            rows = connection.execute(bench.FLOOR_SQL, (meeting.id, f"% {prefix}%")).fetchall()
            expected = [p.person_id for p in att.matching(invitees, prefix)]
            assert [row[0] for row in rows] == expected, prefix
    finally:
        connection.close()
    # "k" finds the Kowal... people, Kamil and the Koszalin university's people, not Makowska.
    assert len(att.matching(invitees, "k")) == 4
