"""The status of every indicator of the large demo: ``all_progress`` against raw sqlite3.

lagdesk's side is ``lagdesk.core.indicators.progress.all_progress`` over the large demo (1,000
indicators and the preloaded library, 50,000 measurements) as of ``AS_OF``: its two
queries, the records, the current value, progress, expected progress and status of each
indicator. The floor reads the same rows with raw ``sqlite3``: the same indicator columns,
and the measurements on or before ``AS_OF`` ordered by indicator and date, fetched. Both
sides keep their connection open between runs (the app has the file open already; opening
it is the "open large database" row), so the ratio shows what computing the statuses adds
to reading the rows.
"""

from __future__ import annotations

import functools
import sqlite3
import time
from datetime import date
from typing import Any

from benchmarks import databases

#: The report date: the end of the large demo's five years, so every measurement counts.
AS_OF = date(2025, 12, 31)

INDICATOR_COLUMNS = (
    "id",
    "code",
    "eu_code",
    "name",
    "definition",
    "level",
    "unit",
    "polarity",
    "accumulation",
    "baseline_value",
    "baseline_date",
    "target_value",
    "target_date",
    "data_source",
    "collection_method",
    "frequency",
    "owner_person_id",
    "disaggregation",
    "library_key",
)
INDICATOR_SQL = f"SELECT {', '.join(INDICATOR_COLUMNS)} FROM indicator"
MEASUREMENT_SQL = (
    "SELECT indicator_id, measured_on, value FROM measurement"
    " WHERE measured_on <= ? ORDER BY indicator_id, measured_on, id"
)


@functools.cache
def _database() -> Any:
    from lagdesk.db.database import open_database

    return open_database(databases.large(), create=False)  # kept open for the whole run


@functools.cache
def _connection() -> sqlite3.Connection:
    return sqlite3.connect(databases.large())


def _statuses() -> dict[int, Any]:
    from lagdesk.core.indicators.progress import all_progress

    return all_progress(_database(), AS_OF)


def _raw_rows() -> tuple[list[Any], list[Any]]:
    connection = _connection()
    indicators = connection.execute(INDICATOR_SQL).fetchall()
    measurements = connection.execute(MEASUREMENT_SQL, (AS_OF.isoformat(),)).fetchall()
    return indicators, measurements


def lagdesk_all_statuses() -> float:
    """Seconds to compute the status of every indicator of the large demo."""
    start = time.perf_counter()
    _statuses()
    return time.perf_counter() - start


def sqlite_same_rows() -> float:
    """Seconds to read the same indicator and measurement rows with raw sqlite3."""
    start = time.perf_counter()
    _raw_rows()
    return time.perf_counter() - start


def check_same_rows() -> None:
    """Both sides read the same indicators and measurements, or the ratio compares nothing."""
    statuses = _statuses()
    indicators, measurements = _raw_rows()
    if len(indicators) < 1_000:
        raise ValueError(f"the large demo has {len(indicators)} indicators, not 1,000 or more")
    if set(statuses) != {row[0] for row in indicators}:
        raise ValueError("all_progress and the raw query see different indicators")
    used = sum(found.measurements_used for found in statuses.values())
    if used != len(measurements):
        raise ValueError(
            f"all_progress used {used} measurements, the raw query read {len(measurements)}"
        )
