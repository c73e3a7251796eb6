"""The progress of one indicator: where it started, what was measured, where it should go.

Drawn over time: the baseline (a circle), the measurements (a line with dots; for a
cumulative indicator the running total from the baseline, which is the value the progress
formula uses), the milestones (squares), the target (a star), the expected-progress line
from the baseline to the target (dashed) and a line at today. The title names the
indicator; under it, the current value and the progress (the real percentage, not capped),
and the status on its colour at the right. Every element has its own marker or line style
besides its Okabe-Ito colour, so the chart reads in grey print and for colour-blind
readers. Dates on the axis are ISO (2025-03), the same in every language; numbers follow
the chosen language. A plain ``Figure`` (never pyplot), sized for the width of an A4 page.

The values are computed by the caller (``current``, ``progress`` and ``status`` from the
one progress function of ``lagdesk.core``): this module only draws them.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import accumulate
from typing import TYPE_CHECKING, Literal

from matplotlib.colors import to_rgb
from matplotlib.dates import AutoDateLocator
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import Formatter, FuncFormatter
from PySide6.QtCore import QLocale

from lagdesk import i18n
from lagdesk.core.indicators.progress import STATUS_COLOURS, IndicatorProgress, status_label
from lagdesk.core.reporting.plan_items import PlanIndicator
from lagdesk.core.support.labels import has_label, label, label_of
from lagdesk.db.codes import IndicatorUnit, ProgressStatus
from lagdesk.i18n import QT_TRANSLATE_NOOP, translate
from lagdesk.reports.charts import nothing_to_show
from lagdesk.reports.charts.gantt import TODAY, TODAY_COLOUR, date_x, x_date

if TYPE_CHECKING:
    from matplotlib.axes import Axes

CONTEXT = "Charts"

#: Width (inches) of a figure that fits an A4 page's text width, and its height.
A4_SIZE = (6.3, 3.9)
#: Longest title line (characters); the name wraps onto a second line, then is cut.
TITLE_LENGTH = 70

# Okabe-Ito colours, each with its own marker or line style.
MEASURED_COLOUR = "#0072B2"
BASELINE_COLOUR = "#000000"
MILESTONE_COLOUR = "#E69F00"
TARGET_COLOUR = "#D55E00"
EXPECTED_COLOUR = "#555555"

BASELINE = QT_TRANSLATE_NOOP("Charts", "Baseline")
MEASURED = QT_TRANSLATE_NOOP("Charts", "Measured")
MEASURED_TOTAL = QT_TRANSLATE_NOOP("Charts", "Measured (running total)")
MILESTONES = QT_TRANSLATE_NOOP("Charts", "Milestones")
TARGET = QT_TRANSLATE_NOOP("Charts", "Target")
EXPECTED = QT_TRANSLATE_NOOP("Charts", "Expected progress")
SUBTITLE = QT_TRANSLATE_NOOP("Charts", "Current value: {value}   Progress: {progress}")
PERCENT = QT_TRANSLATE_NOOP("Charts", "{number} %")
NO_VALUE = QT_TRANSLATE_NOOP("Charts", "none")
UNDEFINED = QT_TRANSLATE_NOOP("Charts", "not defined")
NO_VALUES = QT_TRANSLATE_NOOP("Charts", "No baseline, target or measurement to show")

Accumulation = Literal["latest", "cumulative"]


@dataclass(frozen=True)
class ProgressSeries:
    """One indicator as its progress chart draws it.

    Points are (date, value). ``progress`` is a share (1.0 = 100 %), None when undefined.
    ``status`` is shown as given when it is text; a stored code (a ``StrEnum`` with a
    label in ``lagdesk.core.support.labels``) is shown by its translated label. ``status_colour``
    is any matplotlib colour.
    """

    code: str
    name: str
    unit_label: str
    baseline: tuple[date, float] | None
    target: tuple[date, float] | None
    milestones: tuple[tuple[date, float], ...]
    measurements: tuple[tuple[date, float], ...]
    accumulation: Accumulation
    current: float | None
    progress: float | None
    status: str
    status_colour: str


def progress_series(
    indicator: PlanIndicator,
    points: Sequence[tuple[date, float]],
    found: IndicatorProgress | None,
) -> ProgressSeries:
    """A plan indicator's chart (the plan document, the chart files): its ``points`` as
    measured and its progress ``found`` as of the report date (None: not measured)."""
    status = found.status if found is not None else ProgressStatus.NO_DATA
    baseline_day, target_day = indicator.baseline_date, indicator.target_date
    baseline, target = indicator.baseline_value, indicator.target_value
    return ProgressSeries(
        code=indicator.code,
        name=indicator.name,
        unit_label=label_of(IndicatorUnit, indicator.unit),
        baseline=(baseline_day, baseline)
        if baseline_day is not None and baseline is not None
        else None,
        target=(target_day, target) if target_day is not None and target is not None else None,
        milestones=tuple(
            (milestone.due_on, milestone.value)
            for milestone in indicator.milestones
            if milestone.due_on is not None and milestone.value is not None
        ),
        measurements=tuple(points),
        accumulation="cumulative" if indicator.accumulation == "cumulative" else "latest",
        current=found.current_value if found is not None else None,
        progress=found.progress if found is not None else None,
        status=status_label(status),
        status_colour=STATUS_COLOURS[status],
    )


def format_number(value: float) -> str:
    """A value as the chosen language writes it, with at most two decimals."""
    locale = i18n.locale()
    rounded = round(value, 2)
    if rounded == int(rounded) and abs(rounded) < 1e15:
        return locale.toString(int(rounded))
    return locale.toString(rounded, "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


def format_progress(progress: float | None) -> str:
    """The real percentage, not capped ("134 %", "-20 %"), or "not defined"."""
    if progress is None or not math.isfinite(progress):
        return translate(CONTEXT, UNDEFINED)
    return translate(CONTEXT, PERCENT).format(number=format_number(round(progress * 100)))


def status_text(status: str) -> str:
    if isinstance(status, StrEnum) and has_label(status):
        return label(status)
    return str(status)


def measured_points(series: ProgressSeries) -> list[tuple[date, float]]:
    """The measurement line in date order; cumulative: the running total from the baseline."""
    points = sorted(series.measurements, key=lambda point: point[0])
    if series.accumulation != "cumulative":
        return points
    start = series.baseline[1] if series.baseline is not None else 0.0
    totals = accumulate((value for _day, value in points), initial=start)
    running = list(zip((day for day, _value in points), list(totals)[1:], strict=True))
    # The line starts at the baseline (unless a measurement, wrongly, comes before it).
    if series.baseline is not None and (not running or series.baseline[0] <= running[0][0]):
        running.insert(0, series.baseline)
    return running


def _title(series: ProgressSeries) -> str:
    text = f"{series.code} {series.name}".strip()
    lines = textwrap.wrap(text, TITLE_LENGTH) or [""]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), TITLE_LENGTH, placeholder="…")]
    return "\n".join(lines)


def subtitle(series: ProgressSeries) -> str:
    """ "Current value: 12.5 t   Progress: 134 %"."""
    if series.current is None or not math.isfinite(series.current):
        value = translate(CONTEXT, NO_VALUE)
    else:
        value = f"{format_number(series.current)} {series.unit_label}".strip()
    return translate(CONTEXT, SUBTITLE).format(
        value=value, progress=format_progress(series.progress)
    )


def indicator_progress_figure(series: ProgressSeries, *, today: date) -> Figure:
    """The chart of one indicator (see the module's docstring for what is drawn)."""
    figure = Figure(figsize=A4_SIZE, layout="constrained")
    axes = figure.add_subplot()
    axes.set_gid("indicator_progress")
    figure.suptitle(_title(series), x=0.02, ha="left", fontsize=11, fontweight="bold")
    axes.set_title(subtitle(series), loc="left", fontsize=9, color="#333333")
    _status_badge(axes, series)

    handles = _draw_values(axes, series)
    if not handles:
        return nothing_to_show(figure, axes, translate(CONTEXT, NO_VALUES), "#555555")
    today_x = date_x(today)
    axes.axvline(today_x, color=TODAY_COLOUR, linewidth=1.2, linestyle=":", gid="today")
    axes.text(
        today_x,
        1.0,
        " " + translate(CONTEXT, TODAY),
        transform=axes.get_xaxis_transform(),
        ha="left",
        va="top",
        fontsize=7,
        color="#222222",
        gid="today-label",
    )
    handles.append(
        Line2D([], [], color=TODAY_COLOUR, linewidth=1.2, linestyle=":",
               label=translate(CONTEXT, TODAY))
    )  # fmt: skip
    _date_axis(axes, series, today)
    if series.unit_label:
        axes.set_ylabel(series.unit_label, fontsize=9)
    axes.tick_params(labelsize=8)
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: format_number(value)))
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="y", linewidth=0.4, alpha=0.5)
    axes.set_axisbelow(True)
    figure.legend(
        handles=handles,
        loc="outside lower center",
        ncols=min(len(handles), 4),
        frameon=False,
        fontsize=8,
        handlelength=1.8,
        handletextpad=0.4,
        columnspacing=1.2,
    )
    return figure


def _draw_values(axes: Axes, series: ProgressSeries) -> list[Line2D]:
    """Draw what the series has; the legend handles of what was drawn."""
    handles: list[Line2D] = []
    if series.baseline is not None and series.target is not None:
        (expected,) = axes.plot(
            [date_x(series.baseline[0]), date_x(series.target[0])],
            [series.baseline[1], series.target[1]],
            color=EXPECTED_COLOUR,
            linestyle="--",
            linewidth=1.2,
            label=translate(CONTEXT, EXPECTED),
            gid="expected",
            zorder=2,
        )
        handles.append(expected)
    points = measured_points(series)
    if points:
        name = MEASURED_TOTAL if series.accumulation == "cumulative" else MEASURED
        (measured,) = axes.plot(
            [date_x(day) for day, _value in points],
            [value for _day, value in points],
            color=MEASURED_COLOUR,
            linewidth=1.6,
            marker="o",
            markersize=3.5 if len(points) <= 60 else 0,
            label=translate(CONTEXT, name),
            gid="measured",
            zorder=3,
        )
        handles.append(measured)
    if series.milestones:
        (milestones,) = axes.plot(
            [date_x(day) for day, _value in series.milestones],
            [value for _day, value in series.milestones],
            linestyle="none",
            marker="s",
            markersize=6,
            markerfacecolor="white",
            markeredgecolor=MILESTONE_COLOUR,
            markeredgewidth=1.5,
            label=translate(CONTEXT, MILESTONES),
            gid="milestones",
            zorder=4,
        )
        handles.append(milestones)
    for point, marker, colour, size, text, gid in (
        (series.baseline, "o", BASELINE_COLOUR, 7, BASELINE, "baseline"),
        (series.target, "*", TARGET_COLOUR, 13, TARGET, "target"),
    ):
        if point is None:
            continue
        (drawn,) = axes.plot(
            [date_x(point[0])],
            [point[1]],
            linestyle="none",
            marker=marker,
            markersize=size,
            color=colour,
            markeredgecolor="white",
            markeredgewidth=0.6,
            label=translate(CONTEXT, text),
            gid=gid,
            zorder=5,
        )
        handles.append(drawn)
    return handles


def _status_badge(axes: Axes, series: ProgressSeries) -> None:
    text = status_text(series.status)
    if not text:
        return
    try:
        red, green, blue = to_rgb(series.status_colour)
    except ValueError:
        red, green, blue = to_rgb("#999999")
    light = 0.299 * red + 0.587 * green + 0.114 * blue > 0.55
    axes.set_title(
        text,
        loc="right",
        fontsize=9,
        fontweight="bold",
        color="#000000" if light else "#FFFFFF",
        bbox={"facecolor": (red, green, blue), "edgecolor": "none", "pad": 2.5},
    )


def _date_axis(axes: Axes, series: ProgressSeries, today: date) -> None:
    """The x range holds every point and today; ISO labels (2025-03, or 2025 if yearly)."""
    days = [today, *(day for day, _value in series.measurements)]
    days += [day for day, _value in series.milestones]
    days += [point[0] for point in (series.baseline, series.target) if point is not None]
    first, last = date_x(min(days)), date_x(max(days))
    margin = max(15.0, (last - first) * 0.04)
    axes.set_xlim(first - margin, last + margin)
    locator = AutoDateLocator(minticks=3, maxticks=8)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(IsoDateFormatter())


class IsoDateFormatter(Formatter):
    """Date ticks written the same in every language: 2025, 2025-03 or 2025-03-14.

    The form is chosen for all the ticks at once: years when they all fall on 1 January,
    months when they all fall on a first day, else whole dates.
    """

    def __init__(self) -> None:
        super().__init__()
        self._form = "day"

    def format_ticks(self, values: Sequence[float]) -> list[str]:
        days = [x_date(value) for value in values]
        if days and all(day.month == 1 and day.day == 1 for day in days):
            self._form = "year"
        elif days and all(day.day == 1 for day in days):
            self._form = "month"
        else:
            self._form = "day"
        return [self(value) for value in values]

    def __call__(self, x: float, pos: int | None = None) -> str:
        day = x_date(x)
        if self._form == "year":
            return f"{day.year:04d}"
        if self._form == "month":
            return f"{day.year:04d}-{day.month:02d}"
        return day.isoformat()
