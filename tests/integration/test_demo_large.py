"""The full large demo: exactly the promised counts, and a file SQLite finds clean."""

import pytest
import sqlalchemy as sa

from lagdesk.core.indicators.preloaded import LIBRARY
from lagdesk.db.base import Base
from lagdesk.db.database import Database
from lagdesk.demo import build_demo

EXACT = {
    "person": 20_000,
    "organisation": 5_000,
    "meeting": 3_000,
    "attendance": 200_000,
    "objective": 100,
    "action": 2_000,
    "indicator": 1_000 + len(LIBRARY),
    "measurement": 50_000,
    "funding_line": 4_000,
    "risk": 300,
    "partner": 10,
    "network": 1,
    "plan": 1,
}


@pytest.mark.slow
def test_full_large_demo(database: Database) -> None:
    phases: list[str] = []
    summary = build_demo(database, "large", seed=1, progress=phases.append)
    assert summary.size == "large"
    assert {table: summary.counts[table] for table in EXACT} == EXACT
    assert 200 <= summary.counts["stakeholder_group"] <= 300
    assert summary.counts["group_membership"] >= 30_000
    assert summary.counts["decision"] >= 3_000
    assert len(phases) >= 8
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert connection.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {
            table.name: connection.execute(
                sa.select(sa.func.count()).select_from(table)
            ).scalar_one()
            for table in Base.metadata.sorted_tables
        }
        duplicates = connection.exec_driver_sql(
            "SELECT count(*) FROM (SELECT meeting_id, person_id FROM attendance"
            " GROUP BY meeting_id, person_id HAVING count(*) > 1)"
        ).scalar_one()
    assert duplicates == 0
    assert {table: n for table, n in stored.items() if n} == summary.counts
