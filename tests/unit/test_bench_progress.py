"""The indicator-status bench row compares like with like: its raw SQL floor reads the rows
``all_progress`` reads (checked on the small demo, not the large one the row times)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest

from benchmarks import progress as bench
from lagdesk.core.indicators.progress import all_progress
from lagdesk.core.support import records as r
from lagdesk.db.database import Database
from lagdesk.demo import build_demo


@pytest.fixture
def small_bench(
    database: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Database]:
    build_demo(database, "small")
    monkeypatch.setattr(bench.databases, "large", lambda: db_path)
    bench._database.cache_clear()
    bench._connection.cache_clear()
    yield database
    if bench._connection.cache_info().currsize:
        bench._connection().close()
    if bench._database.cache_info().currsize:
        bench._database().close()
    bench._database.cache_clear()
    bench._connection.cache_clear()


def test_the_floor_reads_the_columns_of_an_indicator_record() -> None:
    assert tuple(f.name for f in fields(r.Indicator)) == bench.INDICATOR_COLUMNS


def test_the_floor_reads_the_rows_all_progress_uses(small_bench: Database) -> None:
    indicators, measurements = bench._raw_rows()
    statuses = all_progress(small_bench, bench.AS_OF)
    assert {row[0] for row in indicators} == set(statuses)
    assert len(measurements) == sum(p.measurements_used for p in statuses.values()) > 20
    # Ordered by indicator, then date: what all_progress groups.
    assert measurements == sorted(measurements, key=lambda row: (row[0], row[1]))
    assert bench.lagdesk_all_statuses() > 0
    assert bench.sqlite_same_rows() > 0
    # The small demo is not the thousand indicators the row is about.
    with pytest.raises(ValueError, match="1,000"):
        bench.check_same_rows()
