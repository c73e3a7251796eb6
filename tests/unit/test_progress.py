"""Indicator progress, checked against values worked out by hand (DOMAIN.md's formula).

Most cases run over one 100-day period, baseline date BASE (day 0) to target date END
(day 100), so the expected progress on day n is n / 100.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from lagdesk.core.indicators import progress as progress_module
from lagdesk.core.indicators.preloaded import preload_library
from lagdesk.core.indicators.progress import (
    STATUS_COLOURS,
    IndicatorProgress,
    all_progress,
    expected_progress,
    progress_of,
    status_label,
)
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.core.support.labels import has_label
from lagdesk.db import models
from lagdesk.db.codes import Accumulation, Polarity, ProgressStatus
from lagdesk.db.database import Database, open_database
from lagdesk.demo import build_demo

BASE = date(2024, 1, 1)
END = BASE + timedelta(days=100)  # 2024-04-10
LATEST, CUMULATIVE = Accumulation.LATEST, Accumulation.CUMULATIVE
S = ProgressStatus


def day(n: int) -> date:
    return BASE + timedelta(days=n)


def indicator(
    baseline: float | None = 10.0,
    target: float | None = 30.0,
    *,
    accumulation: Accumulation = LATEST,
    polarity: Polarity | None = None,
    baseline_on: date | None = BASE,
    target_on: date | None = END,
) -> r.Indicator:
    if polarity is None:
        decreasing = baseline is not None and target is not None and target < baseline
        polarity = Polarity.DECREASE if decreasing else Polarity.INCREASE
    return r.Indicator(
        id=7,
        code="T-01",
        name="Test indicator",
        accumulation=accumulation,
        polarity=polarity,
        baseline_value=baseline,
        baseline_date=baseline_on,
        target_value=target,
        target_date=target_on,
    )


# --- increasing and decreasing, latest ---------------------------------------------------


def test_increasing_latest_takes_the_latest_value() -> None:
    # Day 50: expected 0.5; current 19 -> (19 - 10) / (30 - 10) = 0.45 = 0.9 x 0.5.
    found = progress_of(indicator(), [(day(20), 13.0), (day(40), 19.0)], day(50))
    assert found == IndicatorProgress(
        indicator_id=7,
        current_value=19.0,
        progress=0.45,
        expected=0.5,
        status=S.ON_TRACK,
        measurements_used=2,
        latest_measured_on=day(40),
    )


@pytest.mark.parametrize(
    ("value", "progress", "status"),
    [
        (18.0, 0.4, S.AT_RISK),  # 0.3 <= 0.4 < 0.45
        (16.0, 0.3, S.AT_RISK),  # exactly 0.6 x 0.5
        (15.0, 0.25, S.OFF_TRACK),
        (8.0, -0.1, S.OFF_TRACK),  # worse than the baseline: negative, not clamped
        (30.0, 1.0, S.ACHIEVED),
        (40.0, 1.5, S.ACHIEVED),  # beyond the target: 150 %, not clamped
    ],
)
def test_increasing_latest_statuses(value: float, progress: float, status: S) -> None:
    found = progress_of(indicator(), [(day(40), value)], day(50))
    assert found.progress == pytest.approx(progress)
    assert found.status is status


@pytest.mark.parametrize(
    ("value", "progress", "status"),
    [
        (30.0, 0.5, S.ON_TRACK),  # (30 - 50) / (10 - 50)
        (35.0, 0.375, S.AT_RISK),  # 0.3 <= 0.375 < 0.45
        (50.0, 0.0, S.OFF_TRACK),  # no change
        (60.0, -0.25, S.OFF_TRACK),  # went the wrong way
        (10.0, 1.0, S.ACHIEVED),
        (5.0, 1.125, S.ACHIEVED),  # below the target is beyond it
    ],
)
def test_decreasing_latest(value: float, progress: float, status: S) -> None:
    found = progress_of(indicator(50.0, 10.0), [(day(30), value)], day(50))
    assert found.current_value == value
    assert found.progress == pytest.approx(progress)
    assert found.status is status


def test_polarity_follows_the_values_not_the_stored_field() -> None:
    # DOMAIN.md: the sign of target - baseline decides; a stale stored field does not.
    found = progress_of(
        indicator(50.0, 10.0, polarity=Polarity.INCREASE), [(day(30), 30.0)], day(50)
    )
    assert found.progress == 0.5
    assert found.status is S.ON_TRACK


# --- cumulative ----------------------------------------------------------------------


def test_cumulative_adds_the_measurements_to_the_baseline() -> None:
    series = [(day(10), 20.0), (day(30), 30.0), (day(70), 25.0)]
    ind = indicator(100.0, 200.0, accumulation=CUMULATIVE)
    # Day 50: 100 + 20 + 30 = 150 -> 0.5 against 0.45 expected x 0.9: on track.
    mid = progress_of(ind, series, day(50))
    assert (mid.current_value, mid.progress, mid.expected) == (150.0, 0.5, 0.5)
    assert (mid.status, mid.measurements_used, mid.latest_measured_on) == (S.ON_TRACK, 2, day(30))
    # Day 80: 175 -> 0.75 against 0.8 x 0.9 = 0.72: on track.
    later = progress_of(ind, series, day(80))
    assert (later.current_value, later.progress, later.status) == (175.0, 0.75, S.ON_TRACK)
    assert later.measurements_used == 3


def test_cumulative_decrease_with_negative_measurements() -> None:
    # Baseline 100 t, target 60 t; reductions of 15 and 10: 75 -> 25 / 40 = 0.625.
    ind = indicator(100.0, 60.0, accumulation=CUMULATIVE)
    found = progress_of(ind, [(day(20), -15.0), (day(40), -10.0)], day(50))
    assert (found.current_value, found.progress, found.status) == (75.0, 0.625, S.ON_TRACK)


def test_latest_and_cumulative_differ_on_the_same_data() -> None:
    series = [(day(20), 4.0), (day(40), 6.0)]
    latest = progress_of(indicator(0.0, 20.0), series, day(50))
    cumulative = progress_of(indicator(0.0, 20.0, accumulation=CUMULATIVE), series, day(50))
    assert (latest.current_value, latest.progress, latest.status) == (6.0, 0.3, S.AT_RISK)
    assert (cumulative.current_value, cumulative.progress) == (10.0, 0.5)
    assert cumulative.status is S.ON_TRACK


def test_cumulative_sum_is_exact() -> None:
    # Ten measurements of 0.1 add up to 0.9999999999999999 one by one; fsum gives 1.0.
    assert sum([0.1] * 10) < 1.0
    ind = indicator(0.0, 1.0, accumulation=CUMULATIVE)
    found = progress_of(ind, [(day(n), 0.1) for n in range(1, 11)], day(30))
    assert found.current_value == 1.0
    assert found.progress == 1.0
    assert found.status is S.ACHIEVED


# --- no measurement, missing values ----------------------------------------------------


@pytest.mark.parametrize("accumulation", [LATEST, CUMULATIVE])
def test_no_measurement_current_is_the_baseline(accumulation: Accumulation) -> None:
    found = progress_of(indicator(accumulation=accumulation), [], day(50))
    assert found == IndicatorProgress(7, 10.0, 0.0, 0.5, S.NO_DATA, 0, None)


def test_no_measurement_on_or_before_the_report_date_is_no_data() -> None:
    found = progress_of(indicator(), [(day(60), 25.0)], day(50))
    assert (found.current_value, found.progress, found.status) == (10.0, 0.0, S.NO_DATA)
    assert found.measurements_used == 0


def test_no_baseline_and_no_measurement() -> None:
    found = progress_of(indicator(None, 30.0), [], day(50))
    assert (found.current_value, found.progress, found.status) == (None, None, S.NO_DATA)


def test_a_library_indicator_without_values() -> None:
    bare = r.Indicator(id=3, code="PROC-01", name="Green clauses")
    found = progress_of(bare, [], date(2025, 6, 30))
    assert found == IndicatorProgress(3, None, None, None, S.NO_DATA, 0, None)


def test_no_target_with_measurements_cannot_be_judged() -> None:
    found = progress_of(indicator(10.0, None), [(day(40), 19.0)], day(50))
    assert (found.current_value, found.progress, found.status) == (19.0, None, S.NO_DATA)


def test_no_baseline_with_measurements() -> None:
    not_yet = progress_of(indicator(None, 30.0), [(day(40), 19.0)], day(50))
    assert (not_yet.current_value, not_yet.progress, not_yet.status) == (19.0, None, S.NO_DATA)
    reached = progress_of(indicator(None, 30.0), [(day(40), 31.0)], day(50))
    assert (reached.progress, reached.status) == (None, S.ACHIEVED)
    # Cumulative without a baseline sums from 0.
    summed = indicator(None, 30.0, accumulation=CUMULATIVE)
    total = progress_of(summed, [(day(10), 12.0), (day(20), 18.0)], day(50))
    assert (total.current_value, total.status) == (30.0, S.ACHIEVED)


def test_an_unsaved_indicator_has_id_0() -> None:
    assert progress_of(replace(indicator(), id=None), [], day(1)).indicator_id == 0


# --- target equal to baseline ----------------------------------------------------------


def test_target_equal_to_baseline_without_measurement() -> None:
    found = progress_of(indicator(20.0, 20.0), [], day(50))
    assert (found.current_value, found.progress, found.status) == (20.0, None, S.NO_DATA)


@pytest.mark.parametrize(
    ("polarity", "value", "status"),
    [
        (Polarity.INCREASE, 20.0, S.ACHIEVED),  # held
        (Polarity.INCREASE, 25.0, S.ACHIEVED),
        (Polarity.INCREASE, 19.5, S.OFF_TRACK),  # fell below the level to hold
        (Polarity.DECREASE, 20.0, S.ACHIEVED),
        (Polarity.DECREASE, 15.0, S.ACHIEVED),
        (Polarity.DECREASE, 20.5, S.OFF_TRACK),
    ],
)
def test_target_equal_to_baseline_uses_the_stored_polarity(
    polarity: Polarity, value: float, status: S
) -> None:
    found = progress_of(indicator(20.0, 20.0, polarity=polarity), [(day(40), value)], day(50))
    assert found.progress is None
    assert found.current_value == value
    assert found.status is status


# --- dates: after the target date, after the report date, before the baseline date -----


def test_measurements_after_the_target_date_count() -> None:
    # Reached a month late: as of day 130 the value of day 120 counts and expected is 1.
    series = [(day(90), 25.0), (day(120), 31.0)]
    late = progress_of(indicator(), series, day(130))
    assert (late.expected, late.current_value, late.progress) == (1.0, 31.0, 1.05)
    assert late.status is S.ACHIEVED
    # Before that measurement, past the target date, 0.75 < 0.9 x 1 but >= 0.6: at risk.
    before = progress_of(indicator(), series, day(110))
    assert (before.expected, before.progress, before.status) == (1.0, 0.75, S.AT_RISK)


def test_past_the_target_date_the_thresholds_are_the_whole_target() -> None:
    assert progress_of(indicator(), [(day(90), 28.0)], day(200)).status is S.ON_TRACK  # 0.9
    assert progress_of(indicator(), [(day(90), 27.8)], day(200)).status is S.AT_RISK  # 0.89
    assert progress_of(indicator(), [(day(90), 22.0)], day(200)).status is S.AT_RISK  # 0.6
    assert progress_of(indicator(), [(day(90), 21.8)], day(200)).status is S.OFF_TRACK  # 0.59


@pytest.mark.parametrize("accumulation", [LATEST, CUMULATIVE])
def test_measurements_after_the_report_date_are_ignored(accumulation: Accumulation) -> None:
    ind = indicator(0.0, 100.0, accumulation=accumulation)
    series = [(day(20), 10.0), (day(50), 20.0), (day(51), 500.0)]
    found = progress_of(ind, series, day(50))  # the report date itself counts
    assert found.measurements_used == 2
    assert found.latest_measured_on == day(50)
    assert found.current_value == (20.0 if accumulation is LATEST else 30.0)


def test_measurements_before_the_baseline_date_count() -> None:
    # DOMAIN.md: "on or before the report date"; the entry warns, the formula counts.
    ind = indicator(0.0, 100.0, accumulation=CUMULATIVE)
    found = progress_of(ind, [(day(-10), 5.0), (day(20), 10.0)], day(50))
    assert (found.current_value, found.measurements_used) == (15.0, 2)
    early = progress_of(indicator(0.0, 100.0), [(day(-10), 5.0)], day(-5))
    assert (early.expected, early.progress, early.status) == (0.0, 0.05, S.ON_TRACK)


def test_latest_of_unsorted_measurements_and_ties() -> None:
    series = [(day(40), 19.0), (day(10), 11.0), (day(40), 21.0), (day(30), 15.0)]
    found = progress_of(indicator(), series, day(50))
    # Two on day 40: the one that comes later (entered later) is the latest.
    assert (found.current_value, found.latest_measured_on) == (21.0, day(40))


# --- expected progress -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (day(-30), 0.0),  # before the baseline date
        (day(0), 0.0),  # on it
        (day(1), 0.01),
        (day(25), 0.25),
        (day(99), 0.99),
        (day(100), 1.0),  # on the target date
        (day(500), 1.0),  # after it
    ],
)
def test_expected_progress(as_of: date, expected: float) -> None:
    assert expected_progress(indicator(), as_of) == expected


def test_expected_progress_needs_both_dates() -> None:
    assert expected_progress(indicator(baseline_on=None), day(50)) is None
    assert expected_progress(indicator(target_on=None), day(50)) is None


def test_expected_progress_when_both_dates_are_the_same_day() -> None:
    same = indicator(baseline_on=day(10), target_on=day(10))
    assert expected_progress(same, day(9)) == 0.0
    assert expected_progress(same, day(10)) == 1.0
    assert expected_progress(same, day(11)) == 1.0


def test_expected_progress_counts_days_across_a_leap_year() -> None:
    # 2024-01-01 .. 2025-01-01 is 366 days; 2024-07-01 is day 182.
    yearly = indicator(baseline_on=date(2024, 1, 1), target_on=date(2025, 1, 1))
    assert expected_progress(yearly, date(2024, 7, 1)) == 182 / 366


@pytest.mark.parametrize(
    ("value", "status"),
    [(10.0, S.ON_TRACK), (11.0, S.ON_TRACK), (9.0, S.OFF_TRACK)],
)
def test_before_the_baseline_date_expected_is_0(value: float, status: S) -> None:
    # Expected 0: on track with progress >= 0, off track below (0.6 x 0 = 0 too).
    found = progress_of(indicator(), [(day(-20), value)], day(-10))
    assert found.expected == 0.0
    assert found.status is status


def test_without_dates_progress_is_judged_against_the_whole_target() -> None:
    undated = indicator(baseline_on=None, target_on=None)
    assert progress_of(undated, [(day(40), 28.0)], day(50)).status is S.ON_TRACK  # 0.9
    assert progress_of(undated, [(day(40), 20.0)], day(50)).status is S.OFF_TRACK  # 0.5
    assert progress_of(undated, [(day(40), 30.0)], day(50)).status is S.ACHIEVED


# --- thresholds exactly at 0.9 and 0.6 x expected ---------------------------------------


def test_exactly_0_9_times_expected_despite_binary_rounding() -> None:
    # Day 10 -> expected 0.1; 0.9 of 10 -> 0.09, but 0.9 * 0.1 == 0.09000000000000001.
    assert 0.9 / 10 < 0.9 * 0.1  # why a tolerance is needed
    found = progress_of(indicator(0.0, 10.0), [(day(5), 0.9)], day(10))
    assert found.status is S.ON_TRACK
    # A hair above the tolerance below it is not on track.
    below = progress_of(indicator(0.0, 10.0), [(day(5), 0.9 - 1e-6)], day(10))
    assert below.status is S.AT_RISK


def test_exactly_0_9_times_expected_late_in_the_period() -> None:
    # Day 80 -> expected 0.8; 72 of 100 = 0.72 < 0.9 * 0.8 = 0.7200000000000001 in floats.
    found = progress_of(indicator(0.0, 100.0), [(day(70), 72.0)], day(80))
    assert found.status is S.ON_TRACK
    assert progress_of(indicator(0.0, 100.0), [(day(70), 71.9)], day(80)).status is S.AT_RISK


def test_exactly_0_6_times_expected_despite_binary_rounding() -> None:
    # Day 90 -> expected 0.9; 16.2 of 30 = 0.5399999999999999 < 0.6 * 0.9 = 0.54.
    assert 16.2 / 30 < 0.6 * 0.9
    found = progress_of(indicator(0.0, 30.0), [(day(80), 16.2)], day(90))
    assert found.status is S.AT_RISK
    assert progress_of(indicator(0.0, 30.0), [(day(80), 16.1)], day(90)).status is S.OFF_TRACK


def test_exactly_at_the_target() -> None:
    assert progress_of(indicator(0.1, 0.3), [(day(5), 0.3)], day(10)).status is S.ACHIEVED
    almost = progress_of(indicator(0.0, 100.0), [(day(99), 99.99)], day(100))
    assert almost.status is S.ON_TRACK


# --- colours and labels ----------------------------------------------------------------


def test_every_status_has_a_colour_and_a_label() -> None:
    assert set(STATUS_COLOURS) == set(ProgressStatus)
    assert all(has_label(status) for status in ProgressStatus)
    assert all(re.fullmatch(r"#[0-9A-F]{6}", colour) for colour in STATUS_COLOURS.values())
    # Green, green, amber, red, grey: achieved and on track share their colour.
    assert STATUS_COLOURS[S.ACHIEVED] == STATUS_COLOURS[S.ON_TRACK]
    assert len({STATUS_COLOURS[s] for s in (S.ON_TRACK, S.AT_RISK, S.OFF_TRACK, S.NO_DATA)}) == 4
    assert status_label(S.AT_RISK) == "At risk"
    assert [s.value for s in ProgressStatus] == [
        "no_data",
        "achieved",
        "on_track",
        "at_risk",
        "off_track",
    ]


# --- all_progress: the same answers in two queries -------------------------------------


class StatementCounter:
    def __init__(self, database: Database) -> None:
        self.engine = database.engine
        self.statements: list[str] = []

    def _count(self, _conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        self.statements.append(statement)

    def __enter__(self) -> StatementCounter:
        sa.event.listen(self.engine, "before_cursor_execute", self._count)
        return self

    def __exit__(self, *_exc: object) -> None:
        sa.event.remove(self.engine, "before_cursor_execute", self._count)

    @property
    def selects(self) -> list[str]:
        return [s for s in self.statements if s.lstrip().upper().startswith("SELECT")]


def one_by_one(database: Database, as_of: date) -> dict[int, IndicatorProgress]:
    """The slow, obvious way: each indicator with its own measurements, in entry order."""
    found = {}
    for ind in store.find(database, r.Indicator):
        series = [
            (x.measured_on, x.value)
            for x in store.find(database, r.Measurement, indicator_id=ind.id)
        ]
        assert ind.id is not None
        found[ind.id] = progress_of(ind, series, as_of)
    return found


@pytest.fixture(scope="module")
def bigger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The large demo at a tenth: 121 indicators, 5,000 measurements."""
    folder = tmp_path_factory.mktemp("bigger")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LAGDESK_DATA_DIR", str(folder / "data"))
        database = open_database(folder / "bigger.sqlite")
        build_demo(database, "large", seed=3, scale=0.1)
    yield database
    database.close()


def test_all_progress_on_the_small_demo(database: Database) -> None:
    build_demo(database, "small")
    as_of = date(2024, 12, 31)
    with StatementCounter(database) as counter:
        found = all_progress(database, as_of)
    assert len(counter.statements) == 2
    assert found == one_by_one(database, as_of)
    # KOS-01 (latest; 0 on 2023-09-26 to 30 on 2025-12-31), 27 measured on 2024-12-31:
    # progress 0.9; expected 462 / 827 days = 0.559, 0.9 x that = 0.503: on track.
    (kos,) = store.find(database, r.Indicator, code="KOS-01")
    assert kos.id is not None
    assert found[kos.id] == IndicatorProgress(
        kos.id, 27.0, 0.9, 462 / 827, S.ON_TRACK, 2, date(2024, 12, 31)
    )
    # PROC-09, cumulative 0 -> 40 from 2024-01-01 to 2026-12-31: 9 on 2024-12-15 only.
    (trained,) = store.find(database, r.Indicator, code="PROC-09")
    assert trained.id is not None
    assert found[trained.id].current_value == 9.0
    assert found[trained.id].progress == 9 / 40
    assert found[trained.id].expected == 365 / 1095
    assert found[trained.id].status is S.AT_RISK  # 0.225: >= 0.2, < 0.3
    assert {p.status for p in found.values()} >= {S.NO_DATA, S.ON_TRACK, S.AT_RISK}


def test_all_progress_queries_do_not_grow_with_the_indicators(bigger: Database) -> None:
    as_of = date(2024, 6, 30)
    with StatementCounter(bigger) as counter:
        found = all_progress(bigger, as_of)
    assert len(counter.selects) == 2
    assert len(found) == 121
    assert sum(p.measurements_used for p in found.values()) == store.count(
        bigger, r.Measurement, models.Measurement.measured_on <= as_of
    )
    assert found == one_by_one(bigger, as_of)
    assert len({p.status for p in found.values()}) == len(ProgressStatus)


def test_all_progress_for_some_indicators(
    bigger: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_of = date(2025, 12, 31)
    everything = all_progress(bigger, as_of)
    chosen = sorted(everything)[5:60:3]
    with StatementCounter(bigger) as counter:
        some = all_progress(bigger, as_of, [*chosen, chosen[0], 999_999])
    assert len(counter.statements) == 2
    assert some == {key: everything[key] for key in chosen}  # unknown ids left out
    # Past the limit of an IN list, the ids are filtered after reading: same answer.
    monkeypatch.setattr(progress_module, "_IN_LIST_LIMIT", 3)
    with StatementCounter(bigger) as counter:
        again = all_progress(bigger, as_of, chosen)
    assert len(counter.statements) == 2
    assert again == some
    assert all_progress(bigger, as_of, []) == {}


def test_all_progress_on_the_bare_library(database: Database) -> None:
    assert all_progress(database, date(2025, 1, 1)) == {}
    with database.session() as session:
        preloaded = preload_library(session)
    found = all_progress(database, date(2025, 1, 1))
    # No values, no measurements: nothing to show but "no data".
    assert len(found) == preloaded > 0
    assert {p.status for p in found.values()} == {S.NO_DATA}
    assert {(p.current_value, p.progress, p.expected) for p in found.values()} == {
        (None, None, None)
    }
