"""Indicator progress: current value, progress, expected progress and status.

The one implementation of DOMAIN.md's "Indicator progress": the results framework, the
progress charts, ``lagdesk list indicators`` and every export call ``progress_of`` (one
indicator) or ``all_progress`` (many, in two queries), never a formula of their own.

- current value: accumulation *latest* = the value of the latest measurement on or before
  the report date; *cumulative* = baseline + the sum of the measurements on or before the
  report date. No measurement: current = baseline.
- progress = (current - baseline) / (target - baseline), not clamped (1.0 = 100 %).
- expected progress = the elapsed share of baseline date .. target date at the report
  date, 0 before the baseline date and 1 after the target date.
- status: no data (no measurement), achieved (progress >= 1), on track (>= 0.9 x
  expected), at risk (>= 0.6 x expected), off track (below that).

Edge cases the domain text leaves open are decided in ``progress_of``'s docstring.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from itertools import groupby
from typing import Any

import sqlalchemy as sa

from lagdesk.core.support import records
from lagdesk.core.support.labels import label
from lagdesk.db import models as m
from lagdesk.db.codes import Accumulation, Polarity, ProgressStatus
from lagdesk.db.database import Database

#: A ratio this close below a threshold counts as reaching it: a value exactly on a
#: threshold in decimal (0.9 x 0.1 = 0.09) may land a hair below it in binary floating point.
TOLERANCE = 1e-9
#: Shares of the expected progress that keep an indicator on track / at risk.
ON_TRACK_SHARE = 0.9
AT_RISK_SHARE = 0.6
#: Indicator ids up to this many are filtered in SQL; more are filtered after reading.
_IN_LIST_LIMIT = 500


#: Chart and table colours per status (Okabe-Ito hues, told apart with colour-blindness):
#: green for achieved and on track, amber for at risk, red (vermilion) for off track, grey
#: for no data.
STATUS_COLOURS: dict[ProgressStatus, str] = {
    ProgressStatus.ACHIEVED: "#009E73",
    ProgressStatus.ON_TRACK: "#009E73",
    ProgressStatus.AT_RISK: "#E69F00",
    ProgressStatus.OFF_TRACK: "#D55E00",
    ProgressStatus.NO_DATA: "#999999",
}


def status_label(status: ProgressStatus) -> str:
    """The translated label of a status, in the current language."""
    return label(status)


@dataclass(frozen=True)
class IndicatorProgress:
    """One indicator at one report date."""

    indicator_id: int  # 0 for an indicator not saved yet
    #: The baseline when nothing was measured yet; None with neither baseline nor measurement.
    current_value: float | None
    #: 1.0 = 100 %, not clamped; None when undefined (no baseline or target, or target =
    #: baseline).
    progress: float | None
    #: Elapsed share of baseline date .. target date, 0..1; None without both dates.
    expected: float | None
    status: ProgressStatus
    #: Measurements on or before the report date (the ones the current value comes from).
    measurements_used: int
    latest_measured_on: date | None


def expected_progress(indicator: records.Indicator, as_of: date) -> float | None:
    """The elapsed share of the baseline date .. target date period at ``as_of``, in 0..1.

    None without both dates. When both dates are the same day the target is due at once:
    0 before that day, 1 from it on.
    """
    start, end = indicator.baseline_date, indicator.target_date
    if start is None or end is None:
        return None
    if as_of >= end:
        return 1.0
    if as_of <= start:
        return 0.0
    return (as_of - start).days / (end - start).days


def progress_of(
    indicator: records.Indicator, measurements: Sequence[tuple[date, float]], as_of: date
) -> IndicatorProgress:
    """Current value, progress, expected progress and status of ``indicator`` at ``as_of``.

    ``measurements`` are (measured_on, value) pairs in any order. Only those on or before
    ``as_of`` count, including any dated before the baseline date (DOMAIN.md: "on or
    before the report date"; entering one is warned about, not refused). Of several on the
    latest day, the one that comes last in ``measurements`` is the latest (``all_progress``
    passes them in the order they were entered).

    Decisions where DOMAIN.md is silent:

    - No baseline: a cumulative indicator sums its measurements from 0; the current value
      is None only when there is neither a baseline nor a measurement.
    - Polarity follows from the sign of target - baseline, as DOMAIN.md says; the stored
      ``polarity`` is read only where that sign does not exist (target = baseline, or a
      baseline is missing) to tell whether the target is reached.
    - Target = baseline (a level to hold), with measurements: progress is undefined;
      achieved when the current value is at or beyond the target in the polarity
      direction, off track otherwise (the target is known and missed; there is no distance
      to grade "at risk" by).
    - No baseline or no target, with measurements: progress is undefined and the status
      is no data ("cannot be judged", grey), except achieved when a target is known and
      the current value reached it in the polarity direction.
    - No baseline date or target date (expected undefined) but a defined progress: the
      status compares progress with the whole target (expected = 1), the strictest reading
      of a target without a schedule.
    - Expected = 0 (on or before the baseline date): on track when progress >= 0, off
      track below, as the formula gives.
    - Thresholds are compared with a tolerance of ``TOLERANCE`` below them.
    """
    used = 0
    latest_on: date | None = None
    latest_value = 0.0
    values: list[float] = []
    for measured_on, value in measurements:
        if measured_on > as_of:
            continue
        used += 1
        values.append(value)
        if latest_on is None or measured_on >= latest_on:
            latest_on, latest_value = measured_on, value

    baseline, target = indicator.baseline_value, indicator.target_value
    current: float | None
    if not used:
        current = baseline
    elif indicator.accumulation == Accumulation.CUMULATIVE:
        current = math.fsum([baseline or 0.0, *values])
    else:
        current = latest_value

    progress: float | None = None
    if baseline is not None and target is not None and target != baseline and current is not None:
        progress = (current - baseline) / (target - baseline)
    expected = expected_progress(indicator, as_of)

    status = _status(indicator, current, progress, expected, has_data=used > 0)
    return IndicatorProgress(
        indicator_id=indicator.id if indicator.id is not None else 0,  # 0: not saved yet
        current_value=current,
        progress=progress,
        expected=expected,
        status=status,
        measurements_used=used,
        latest_measured_on=latest_on,
    )


def _at_least(value: float, bound: float) -> bool:
    return value >= bound - TOLERANCE


def _target_reached(indicator: records.Indicator, target: float, current: float) -> bool:
    """Current at or beyond target in the direction of the stored polarity."""
    ahead = current - target if indicator.polarity == Polarity.INCREASE else target - current
    return ahead >= -TOLERANCE * max(1.0, abs(target))


def _status(
    indicator: records.Indicator,
    current: float | None,
    progress: float | None,
    expected: float | None,
    *,
    has_data: bool,
) -> ProgressStatus:
    if not has_data or current is None:
        return ProgressStatus.NO_DATA
    if progress is None:
        target = indicator.target_value
        if target is not None and _target_reached(indicator, target, current):
            return ProgressStatus.ACHIEVED
        if target is None or indicator.baseline_value is None:
            return ProgressStatus.NO_DATA
        return ProgressStatus.OFF_TRACK  # target = baseline, a level to hold, missed
    if _at_least(progress, 1.0):
        return ProgressStatus.ACHIEVED
    share = 1.0 if expected is None else expected
    if _at_least(progress, ON_TRACK_SHARE * share):
        return ProgressStatus.ON_TRACK
    if _at_least(progress, AT_RISK_SHARE * share):
        return ProgressStatus.AT_RISK
    return ProgressStatus.OFF_TRACK


_INDICATOR_FIELDS = tuple(f.name for f in fields(records.Indicator))

#: The measurements query as plain SQL on the driver's cursor: SQLAlchemy's result rows
#: would cost more than SQLite's reading for the 50,000 rows of a large plan. Dates are
#: stored as ISO text (YYYY-MM-DD), so comparing text compares dates.
_MEASUREMENTS_SQL = (
    "SELECT indicator_id, measured_on, value FROM measurement"
    " WHERE measured_on <= ?{only} ORDER BY indicator_id, measured_on, id"
)


def all_progress(
    database: Database, as_of: date, indicator_ids: Sequence[int] | None = None
) -> dict[int, IndicatorProgress]:
    """``progress_of`` for every indicator (or those of ``indicator_ids``), by id.

    Two queries whatever the number of indicators: the indicators, then their measurements
    on or before ``as_of`` in date order. Ids that do not exist are left out.
    """
    wanted = None if indicator_ids is None else sorted(set(indicator_ids))
    if wanted == []:
        return {}
    in_sql = wanted is not None and len(wanted) <= _IN_LIST_LIMIT
    indicator_query = sa.select(*(getattr(m.Indicator, name) for name in _INDICATOR_FIELDS))
    measurement_sql = _MEASUREMENTS_SQL.format(only="")
    parameters: tuple[Any, ...] = (as_of.isoformat(),)
    if wanted is not None and in_sql:
        indicator_query = indicator_query.where(m.Indicator.id.in_(wanted))
        marks = ", ".join("?" * len(wanted))
        measurement_sql = _MEASUREMENTS_SQL.format(only=f" AND indicator_id IN ({marks})")
        parameters += tuple(wanted)
    with database.reading() as session:
        connection = session.connection()
        indicators = [
            records.Indicator(**dict(zip(_INDICATOR_FIELDS, row, strict=True)))
            for row in connection.execute(indicator_query).all()
        ]
        result = connection.exec_driver_sql(measurement_sql, parameters)
        try:
            series = _by_indicator(result.cursor.fetchall())
        finally:
            result.close()
    if wanted is not None and not in_sql:
        keep = set(wanted)
        indicators = [indicator for indicator in indicators if indicator.id in keep]
    found: dict[int, IndicatorProgress] = {}
    for indicator in indicators:
        assert indicator.id is not None
        found[indicator.id] = progress_of(indicator, series.get(indicator.id, ()), as_of)
    return found


def _by_indicator(rows: Iterable[tuple[int, str, float]]) -> dict[int, list[tuple[date, float]]]:
    """Raw (indicator_id, ISO date, value) rows, ordered by indicator, grouped by it."""
    days: dict[str, date] = {}  # a plan measures on few distinct days: parse each once
    series: dict[int, list[tuple[date, float]]] = {}
    for indicator_id, group in groupby(rows, key=lambda row: row[0]):
        pairs: list[tuple[date, float]] = []
        for _, text, value in group:
            day = days.get(text)
            if day is None:
                day = days[text] = date.fromisoformat(text)
            pairs.append((day, value))
        series[indicator_id] = pairs
    return series
