"""Rows, the interleaved runner and the results it hands to the report.

A timing is a callable that returns the seconds one run took, so in-process rows (timed
here with ``perf_counter``) and subprocess rows (timed from the child's own clock reading)
fit the same runner.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

#: One run of a measurement or a floor; returns the elapsed time in seconds.
Timing = Callable[[], float]


@dataclass(frozen=True)
class Row:
    """One line of the table: a lagdesk measurement against its bare floor."""

    name: str
    measure: Timing
    floor_name: str
    floor: Timing
    #: Highest acceptable measure/floor ratio; None makes the row informational.
    target: float | None
    #: Run once before any timing (build a database, check outputs); not timed.
    setup: Callable[[], object] | None = None


@dataclass
class RowResult:
    row: Row
    measure_s: list[float] = field(default_factory=list)
    floor_s: list[float] = field(default_factory=list)
    error: str | None = None

    @property
    def measure_median_s(self) -> float | None:
        return statistics.median(self.measure_s) if self.measure_s else None

    @property
    def floor_median_s(self) -> float | None:
        return statistics.median(self.floor_s) if self.floor_s else None

    @property
    def ratio(self) -> float | None:
        measure, floor = self.measure_median_s, self.floor_median_s
        if measure is None or not floor:
            return None
        return measure / floor

    @property
    def status(self) -> str:
        if self.error is not None:
            return "ERROR"
        if self.row.target is None:
            return "info"
        ratio = self.ratio
        return "OK" if ratio is not None and ratio <= self.row.target else "MISSED"

    @property
    def failed(self) -> bool:
        return self.status in ("ERROR", "MISSED")


def wall(action: Callable[[], object]) -> Timing:
    """Wrap an in-process action as a timing measured with ``perf_counter``."""

    def timed() -> float:
        start = time.perf_counter()
        action()
        return time.perf_counter() - start

    return timed


def one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    reason = text[0] if text else ""
    return f"{type(exc).__name__}: {reason}" if reason else type(exc).__name__


def _sample(timing: Timing) -> float:
    gc.collect()
    elapsed = timing()
    if not elapsed > 0:
        raise ValueError(f"a run reported a non-positive time ({elapsed!r} s)")
    return elapsed


def run_row(row: Row, *, repeat: int, warmup: int = 1) -> RowResult:
    """Set up, warm up (not counted), then alternate measure and floor ``repeat`` times.

    The order flips every round (ABBA...) so a slow drift of the machine weighs on both
    sides alike. Any exception turns the row into an ERROR carrying a one-line reason.
    """
    result = RowResult(row)
    try:
        if row.setup is not None:
            row.setup()
        for _ in range(warmup):
            row.measure()
            row.floor()
        for round_number in range(repeat):
            pair = [(row.measure, result.measure_s), (row.floor, result.floor_s)]
            if round_number % 2:
                pair.reverse()
            for timing, samples in pair:
                samples.append(_sample(timing))
    except Exception as exc:  # a broken row must not stop the others
        result.error = one_line(exc)
    return result
