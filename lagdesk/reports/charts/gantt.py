"""The action timeline: a Gantt of the plan's actions grouped by objective.

One row per objective (its code and title, on a tinted band) followed by one row per
action of that objective, both in code order (1.2 before 1.10). An action's bar runs from
its start to the end of its end day, coloured *and* hatched by status (Okabe-Ito colours,
so the chart reads in grey print and for colour-blind readers); a darker inner strip shows
its progress; milestones are diamonds, filled when done. A line marks today. The dates on
the x axis are written the same in every language (2025-03, Q1 2025, 2025).

Speed: the bars of one status are one ``PolyCollection`` (not a patch per action), and so
are the progress strips, the milestones and the objective bands, so 2,000 actions draw
about as fast as a bare ``barh`` of the same bars.

Size: the figure is A4 text width and ``height_per_row`` inches per row, but never taller
than ``MAX_HEIGHT`` inches. The UI shows the canvas at the figure's natural pixel size
inside a ``QScrollArea`` (vertical scroll bar only; the dates are written above and below
tall charts). Beyond ``MAX_HEIGHT`` the rows get thinner: the chart becomes an overview
where only the objectives are named (``row_labels_shown`` says which); for a readable view
of a large plan the UI should offer a filter by objective, or show the pages of
``gantt_figure_pages`` one at a time. Exports put one page of ``gantt_figure_pages`` on
each printed page (the default fits an A4 portrait page); every page spans the same dates
and repeats the objective heading when its actions carry on from the page before.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING, Literal, cast

import numpy as np
from matplotlib.collections import PolyCollection
from matplotlib.colors import to_rgb
from matplotlib.dates import date2num, get_epoch
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.transforms import ScaledTranslation

from lagdesk.core.plan.numbering import natural_key
from lagdesk.core.reporting.plan_items import PlanContent
from lagdesk.core.support.labels import label
from lagdesk.db.codes import ActionStatus
from lagdesk.i18n import QT_TRANSLATE_NOOP, translate
from lagdesk.reports.charts import nothing_to_show

if TYPE_CHECKING:
    from matplotlib.axes import Axes

CONTEXT = "Charts"

GanttScale = Literal["months", "quarters", "years"]
#: The scales in the order a chooser lists them, with their (untranslated) names.
SCALES: tuple[GanttScale, ...] = ("months", "quarters", "years")
SCALE_NAMES: dict[GanttScale, str] = {
    "months": QT_TRANSLATE_NOOP("Charts", "Months"),
    "quarters": QT_TRANSLATE_NOOP("Charts", "Quarters"),
    "years": QT_TRANSLATE_NOOP("Charts", "Years"),
}

#: Width (inches) of a figure that fits an A4 page's text width.
A4_WIDTH = 6.3
#: Height of one row (an objective or an action), inches.
ROW_HEIGHT = 0.22
#: Room for the title, the legend and the date labels, inches.
OVERHEAD = 1.5
MIN_HEIGHT = 2.6
#: The tallest figure drawn (a screen scrolls it; 4,000 pixels at 100 dpi).
MAX_HEIGHT = 40.0
#: Rows per page of ``gantt_figure_pages``: one A4 portrait page with the default row height.
ROWS_PER_PAGE = 36
#: Rows closer than this (points) are not named; objectives are named at least this far apart.
LABEL_PITCH = 7.0
#: From this many rows the dates are written above the chart too.
TALL_ROWS = 30
#: Longest row label; longer titles are cut with "…".
LABEL_LENGTH = 36
#: Bar and progress strip heights, as a share of a row.
BAR_HEIGHT = 0.62
PROGRESS_HEIGHT = 0.24
#: Bar height when the rows are too thin to be named (the overview of a large plan).
DENSE_BAR_HEIGHT = 0.9

# Okabe-Ito colours; each status also has its own hatch.
STATUS_STYLE: dict[ActionStatus, tuple[str, str]] = {
    ActionStatus.PLANNED: ("#56B4E9", ".."),
    ActionStatus.ONGOING: ("#0072B2", ""),
    ActionStatus.DONE: ("#009E73", "//"),
    ActionStatus.DELAYED: ("#D55E00", "xx"),
    ActionStatus.CANCELLED: ("#999999", "--"),
}
MILESTONE_COLOUR = "#000000"
TODAY_COLOUR = "#CC79A7"
BAND_COLOUR = "#EEF2F6"

TITLE = QT_TRANSLATE_NOOP("Charts", "Action timeline")
PAGE_TITLE = QT_TRANSLATE_NOOP("Charts", "Action timeline, page {page} of {pages}")
TODAY = QT_TRANSLATE_NOOP("Charts", "Today")
MILESTONE = QT_TRANSLATE_NOOP("Charts", "Milestone")
MILESTONE_DONE = QT_TRANSLATE_NOOP("Charts", "Milestone done")
NO_ACTIONS = QT_TRANSLATE_NOOP("Charts", "No actions to show")
NO_OBJECTIVE = QT_TRANSLATE_NOOP("Charts", "No objective")
CONTINUED = QT_TRANSLATE_NOOP("Charts", "{objective} (continued)")
NO_DATES = QT_TRANSLATE_NOOP("Charts", "No dates")
NO_START = QT_TRANSLATE_NOOP("Charts", "No start date")
NO_END = QT_TRANSLATE_NOOP("Charts", "No end date")
END_BEFORE_START = QT_TRANSLATE_NOOP("Charts", "End before start")
UNDATED_COUNT = QT_TRANSLATE_NOOP("Charts", "Actions without a bar (dates missing): {count}")


@dataclass(frozen=True)
class GanttAction:
    """One action as the timeline draws it.

    ``milestones`` are (due date, title, done). ``end`` is the last day of the action.
    """

    code: str
    title: str
    objective_code: str
    objective_title: str
    start: date | None
    end: date | None
    status: ActionStatus
    progress_percent: int
    milestones: tuple[tuple[date, str, bool], ...] = ()

    @property
    def dated(self) -> bool:
        return self.start is not None and self.end is not None and self.start <= self.end


def gantt_actions(plan: PlanContent) -> list[GanttAction]:
    """The plan's actions as the timeline draws them (the plan document, the chart files)."""
    found = []
    for action in plan.actions:
        objective = plan.objective.get(action.objective_id)
        found.append(
            GanttAction(
                code=action.code,
                title=action.title,
                objective_code=objective.code if objective is not None else "",
                objective_title=objective.title if objective is not None else "",
                start=action.start_date,
                end=action.end_date,
                status=ActionStatus(action.status or ActionStatus.PLANNED),
                progress_percent=action.progress_percent,
                milestones=tuple(
                    (item.due_on, item.title, item.done)
                    for item in action.milestones
                    if item.due_on is not None
                ),
            )
        )
    return found


@dataclass(frozen=True)
class GanttRow:
    """One row of the chart, top first: an objective heading (``action`` None) or an action.

    ``y`` of the n-th row is n (the axis runs downwards), so the UI finds the row under a
    click with ``round(event.ydata)``. ``continued`` marks an objective's heading repeated
    at the top of a page.
    """

    text: str
    action: GanttAction | None = None
    continued: bool = False

    @property
    def label(self) -> str:
        """The row's name on the chart, shortened to ``LABEL_LENGTH``."""
        if not self.continued:
            return _shorten(self.text)
        template = translate(CONTEXT, CONTINUED)
        room = max(8, LABEL_LENGTH - len(template.format(objective="")))
        return template.format(objective=_shorten(self.text, room))


#: The one order of plan codes (1.2 < 1.10, numbers before text).
code_key = natural_key


def _shorten(text: str, length: int = LABEL_LENGTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _objective_text(action: GanttAction) -> str:
    if not action.objective_code and not action.objective_title:
        return translate(CONTEXT, NO_OBJECTIVE)
    return f"{action.objective_code} {action.objective_title}".strip()


def gantt_rows(actions: Iterable[GanttAction]) -> list[GanttRow]:
    """The rows drawn, top first: each objective (in code order), then its actions."""
    groups: dict[str, list[GanttAction]] = {}
    for action in actions:
        groups.setdefault(action.objective_code, []).append(action)
    rows: list[GanttRow] = []
    for objective_code in sorted(groups, key=code_key):
        members = sorted(groups[objective_code], key=lambda a: code_key(a.code))
        rows.append(GanttRow(_objective_text(members[0])))
        rows.extend(GanttRow(f"{a.code} {a.title}".strip(), a) for a in members)
    return rows


def undated_note(action: GanttAction) -> str:
    """Why an action has no bar ("" when it has one)."""
    if action.start is None and action.end is None:
        return translate(CONTEXT, NO_DATES)
    if action.start is None:
        return translate(CONTEXT, NO_START)
    if action.end is None:
        return translate(CONTEXT, NO_END)
    if action.start > action.end:
        return translate(CONTEXT, END_BEFORE_START)
    return ""


# -- dates on the x axis -------------------------------------------------------------------


def period_start(day: date, scale: GanttScale) -> date:
    """The first day of the month, quarter or year holding ``day``."""
    if scale == "years":
        return date(day.year, 1, 1)
    if scale == "quarters":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return date(day.year, day.month, 1)


def next_period(day: date, scale: GanttScale) -> date:
    """The first day of the period after the one starting on ``day``."""
    months = {"months": 1, "quarters": 3, "years": 12}[scale]
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def period_label(day: date, scale: GanttScale) -> str:
    """The same in every language: 2025-03, Q1 2025, 2025."""
    if scale == "years":
        return str(day.year)
    if scale == "quarters":
        return f"Q{(day.month - 1) // 3 + 1} {day.year}"
    return f"{day.year:04d}-{day.month:02d}"


def period_bounds(first: date, last: date, scale: GanttScale) -> list[date]:
    """Period boundaries from the start of ``first``'s period to the end of ``last``'s."""
    bounds = [period_start(first, scale)]
    while bounds[-1] <= last:
        bounds.append(next_period(bounds[-1], scale))
    return bounds


def _labelled(day: date, scale: GanttScale, step: int) -> bool:
    if scale == "years":
        return day.year % step == 0
    if scale == "quarters":
        return ((day.month - 1) // 3) % step == 0
    return (day.month - 1) % step == 0


STEPS: dict[GanttScale, tuple[int, ...]] = {
    "months": (1, 2, 3, 4, 6, 12),
    "quarters": (1, 2, 4),
    "years": (1, 2, 5, 10, 20, 50, 100),
}
#: Date labels per inch of axis: they are about 0.45 inch wide at 7 points.
LABELS_PER_INCH = 1.9


def period_ticks(
    first: date, last: date, scale: GanttScale, max_labels: int
) -> tuple[list[date], list[tuple[date, str]]]:
    """Grid lines (period boundaries) and labels (centred in their period) for the x axis.

    With more periods than ``max_labels`` only every 2nd, 3rd, 6th... period is labelled
    (aligned on the year), and when they are very many only those get a grid line.
    """
    bounds = period_bounds(first, last, scale)
    periods = len(bounds) - 1
    choices = STEPS[scale]
    step = next((s for s in choices if math.ceil(periods / s) <= max(1, max_labels)), 0)
    if step == 0:
        step = choices[-1] * math.ceil(periods / max(1, max_labels) / choices[-1])
    labels = []
    for begin, end in pairwise(bounds):
        if _labelled(begin, scale, step):
            middle = begin + (end - begin) / 2
            labels.append((middle, period_label(begin, scale)))
    if periods > 60 and step > 1:
        bounds = [day for day in bounds if _labelled(day, scale, step)]
    return bounds, labels


def date_span(actions: Sequence[GanttAction], today: date, scale: GanttScale) -> tuple[date, date]:
    """First and last+1 day of the x axis: every bar, milestone and today, whole periods."""
    days = [today]
    for action in actions:
        if action.start is not None and action.end is not None and action.dated:
            days += (action.start, action.end)
        days += (milestone[0] for milestone in action.milestones)
    bounds = period_bounds(min(days), max(days), scale)
    return bounds[0], bounds[-1]


# -- the figure -------------------------------------------------------------------------------


def _figure_height(rows: int, height_per_row: float) -> float:
    return min(MAX_HEIGHT, max(MIN_HEIGHT, rows * height_per_row + OVERHEAD))


def row_labels_shown(rows: Sequence[GanttRow], height: float) -> list[int]:
    """Which rows are named on a figure ``height`` inches tall.

    Every row while they are at least ``LABEL_PITCH`` points apart; otherwise only the
    objectives, each at least ``LABEL_PITCH`` points below the last one named.
    """
    if not rows:
        return []
    pitch = (height - OVERHEAD) * 72 / len(rows)
    if pitch >= LABEL_PITCH:
        return list(range(len(rows)))
    shown: list[int] = []
    for index, row in enumerate(rows):
        if row.action is None and (not shown or (index - shown[-1]) * pitch >= LABEL_PITCH):
            shown.append(index)
    return shown


def _darker(colour: str, share: float = 0.45) -> tuple[float, float, float]:
    red, green, blue = to_rgb(colour)
    return (red * (1 - share), green * (1 - share), blue * (1 - share))


def _boxes(spans: Sequence[tuple[float, float, float]], height: float) -> Sequence[np.ndarray]:
    """Rectangles (x0 to x1, centred on y) as an (n, 4, 2) array: PolyCollection's fast path."""
    x0, x1, y = np.asarray(spans, dtype=float).T
    top, bottom = y - height / 2, y + height / 2
    corners = [(x0, top), (x1, top), (x1, bottom), (x0, bottom)]
    boxes = np.stack([np.stack(corner, axis=-1) for corner in corners], axis=1)
    return cast("Sequence[np.ndarray]", boxes)


@functools.cache
def _date_origin(epoch: str) -> int:
    """The ordinal of day 0 on matplotlib's date axis (cached per epoch, which can change)."""
    del epoch
    day = date(2000, 1, 1)
    return day.toordinal() - round(float(date2num(day)))


def _epoch() -> str:
    return str(get_epoch())


def date_x(day: date) -> float:
    """Where ``day`` starts on a date axis: ``matplotlib.dates.date2num(day)``, faster."""
    return float(day.toordinal() - _date_origin(_epoch()))


def _date_origin_now() -> int:
    """``_date_origin`` for the current epoch: read once per drawing, not once per date
    (``get_epoch`` goes through rcParams; 9,000 calls cost a fifth of a second)."""
    return _date_origin(_epoch())


def x_date(x: float) -> date:
    """The day holding the date axis position ``x`` (the inverse of ``date_x``)."""
    return date.fromordinal(math.floor(x) + _date_origin(_epoch()))


def gantt_figure(
    actions: Sequence[GanttAction],
    *,
    today: date,
    scale: GanttScale = "months",
    height_per_row: float = ROW_HEIGHT,
    width: float = A4_WIDTH,
) -> Figure:
    """The timeline of ``actions`` (any order), grouped by objective, on one figure."""
    rows = gantt_rows(actions)
    return _timeline(
        rows,
        span=date_span(actions, today, scale),
        today=today,
        scale=scale,
        height_per_row=height_per_row,
        width=width,
        title=translate(CONTEXT, TITLE),
    )


def gantt_pages(rows: Sequence[GanttRow], rows_per_page: int) -> list[list[GanttRow]]:
    """``rows`` cut into pages of at most ``rows_per_page`` (at least 2) rows.

    A page never ends on an objective heading, and a page whose first row is an action
    starts with its objective's heading marked "(continued)".
    """
    rows_per_page = max(2, rows_per_page)
    pages: list[list[GanttRow]] = []
    page: list[GanttRow] = []
    heading: GanttRow | None = None
    for row in rows:
        if row.action is None:
            heading = row
        if len(page) >= rows_per_page or (row.action is None and len(page) >= rows_per_page - 1):
            pages.append(page)
            page = []
            if row.action is not None and heading is not None:
                page.append(GanttRow(heading.text, continued=True))
        page.append(row)
    if page:
        pages.append(page)
    return pages


def gantt_figure_pages(
    actions: Sequence[GanttAction],
    rows_per_page: int = ROWS_PER_PAGE,
    *,
    today: date,
    scale: GanttScale = "months",
    height_per_row: float = ROW_HEIGHT,
    width: float = A4_WIDTH,
) -> list[Figure]:
    """The timeline on several figures (one per printed page), all spanning the same dates.

    No actions gives one figure that says so.
    """
    return list(
        iter_gantt_figure_pages(
            actions,
            rows_per_page,
            today=today,
            scale=scale,
            height_per_row=height_per_row,
            width=width,
        )
    )


def iter_gantt_figure_pages(
    actions: Sequence[GanttAction],
    rows_per_page: int = ROWS_PER_PAGE,
    *,
    today: date,
    scale: GanttScale = "months",
    height_per_row: float = ROW_HEIGHT,
    width: float = A4_WIDTH,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Figure]:
    """The pages of ``gantt_figure_pages`` drawn one at a time, for a caller that turns each
    into a picture before the next: a plan of 2,000 actions has some 60 pages, and holding
    every figure at once costs hundreds of megabytes. ``progress(done, total)`` is told
    before each page is drawn."""
    span = date_span(actions, today, scale)
    pages = gantt_pages(gantt_rows(actions), rows_per_page) or [[]]
    for number, page in enumerate(pages, start=1):
        if progress is not None:
            progress(number - 1, len(pages))
        title = translate(CONTEXT, TITLE)
        if len(pages) > 1:
            title = translate(CONTEXT, PAGE_TITLE).format(page=number, pages=len(pages))
        yield _timeline(
            page,
            span=span,
            today=today,
            scale=scale,
            height_per_row=height_per_row,
            width=width,
            title=title,
        )


def _timeline(
    rows: Sequence[GanttRow],
    *,
    span: tuple[date, date],
    today: date,
    scale: GanttScale,
    height_per_row: float,
    width: float,
    title: str,
) -> Figure:
    height = _figure_height(len(rows), height_per_row)
    figure = Figure(figsize=(width, height), layout="constrained")
    axes = figure.add_subplot()
    axes.set_gid("gantt")
    figure.suptitle(title, x=0.02, ha="left", fontsize=11)
    if not rows:
        return nothing_to_show(figure, axes, translate(CONTEXT, NO_ACTIONS))

    shown = row_labels_shown(rows, height)
    dense = len(shown) < len(rows)
    _draw_bands(axes, rows)
    _draw_bars(axes, rows, dense=dense)
    _draw_milestones(axes, rows, dense=dense)
    _draw_undated(axes, rows, dense=dense)
    _draw_today(axes, today)
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.set_xlim(date_x(span[0]), date_x(span[1]))
    tall = len(rows) > TALL_ROWS
    _date_axis(axes, span, scale, width=width, tall=tall)
    _row_axis(axes, rows, shown, pitch=(height - OVERHEAD) * 72 / len(rows))
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    _legend(figure, axes, above_labels=tall)
    return figure


def _draw_bands(axes: Axes, rows: Sequence[GanttRow]) -> None:
    """A tinted band behind each objective heading, across the whole width."""
    headings = [(0.0, 1.0, y) for y, row in enumerate(rows) if row.action is None]
    collection = PolyCollection(
        _boxes(headings, 1.0),
        facecolors=BAND_COLOUR,
        edgecolors="none",
        transform=axes.get_yaxis_transform(),
        zorder=0,
    )
    collection.set_gid("objectives")
    axes.add_collection(collection, autolim=False)


def _draw_bars(axes: Axes, rows: Sequence[GanttRow], *, dense: bool) -> None:
    """One collection of bars and one of progress strips per status."""
    spans: dict[ActionStatus, list[tuple[float, float, int]]] = {s: [] for s in STATUS_STYLE}
    strips: dict[ActionStatus, list[tuple[float, float, int]]] = {s: [] for s in STATUS_STYLE}
    origin = _date_origin_now()
    for y, row in enumerate(rows):
        action = row.action
        if action is None or action.start is None or action.end is None or not action.dated:
            continue
        x0 = float(action.start.toordinal() - origin)
        x1 = float(action.end.toordinal() - origin + 1)
        spans[action.status].append((x0, x1, y))
        share = min(100, max(0, action.progress_percent)) / 100
        if share > 0:
            strips[action.status].append((x0, x0 + (x1 - x0) * share, y))
    bar_height = DENSE_BAR_HEIGHT if dense else BAR_HEIGHT
    for status, (colour, hatch) in STATUS_STYLE.items():
        if spans[status]:
            bars = PolyCollection(
                _boxes(spans[status], bar_height),
                facecolors=colour,
                edgecolors="white",
                linewidths=0.0 if dense else 0.5,
                # Agg renders a hatch tile per bar (half a second for 2,000 bars), and on
                # the overview's bars, a point or two high, a hatch is not seen anyway.
                hatch=None if dense else (hatch or None),
                zorder=2,
            )
            bars.set_gid(f"status:{status.value}")
            axes.add_collection(bars, autolim=False)
        if strips[status]:
            progress = PolyCollection(
                _boxes(strips[status], PROGRESS_HEIGHT),
                facecolors=[_darker(colour)],
                edgecolors="none",
                zorder=3,
            )
            progress.set_gid(f"progress:{status.value}")
            axes.add_collection(progress, autolim=False)


def _draw_milestones(axes: Axes, rows: Sequence[GanttRow], *, dense: bool) -> None:
    """Diamonds, filled when done: one collection for the done ones, one for the others."""
    points: dict[bool, tuple[list[float], list[int]]] = {True: ([], []), False: ([], [])}
    origin = _date_origin_now()
    for y, row in enumerate(rows):
        if row.action is None:
            continue
        for due, _title, is_done in row.action.milestones:
            xs, ys = points[is_done]
            xs.append(float(due.toordinal() - origin) + 0.5)
            ys.append(y)
    size = 5 if dense else 26
    for is_done, (xs, ys) in points.items():
        if not xs:
            continue
        collection = axes.scatter(
            np.asarray(xs, dtype=float),  # arrays: a list is masked point by point
            np.asarray(ys, dtype=float),
            s=size,
            marker="D",
            facecolors=MILESTONE_COLOUR if is_done else "white",
            edgecolors=MILESTONE_COLOUR,
            linewidths=0.4 if dense else 0.8,
            zorder=4,
        )
        collection.set_gid("milestones:done" if is_done else "milestones:open")


def _draw_undated(axes: Axes, rows: Sequence[GanttRow], *, dense: bool) -> None:
    """A note in place of the bar; a count under the axis when rows are too thin for notes."""
    undated = [(y, row.action) for y, row in enumerate(rows) if row.action and not row.action.dated]
    if not undated:
        return
    if dense:
        axes.set_xlabel(translate(CONTEXT, UNDATED_COUNT).format(count=len(undated)), fontsize=8)
        return
    transform = axes.get_yaxis_transform()
    for y, action in undated:
        axes.text(
            0.01,
            y,
            undated_note(action),
            transform=transform,
            ha="left",
            va="center",
            fontsize=7,
            fontstyle="italic",
            color="#555555",
            zorder=3,
            gid="undated",
        )


def _draw_today(axes: Axes, today: date) -> None:
    x = date_x(today) + 0.5
    axes.axvline(x, color=TODAY_COLOUR, linewidth=1.4, zorder=5, gid="today")
    axes.text(
        x,
        1.0,
        " " + translate(CONTEXT, TODAY),
        transform=axes.get_xaxis_transform(),
        ha="left",
        va="top",
        fontsize=7,
        color="#222222",
        zorder=6,
        gid="today-label",
        bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8, "pad": 1},
    )


def _date_axis(
    axes: Axes, span: tuple[date, date], scale: GanttScale, *, width: float, tall: bool
) -> None:
    """Grid lines at period boundaries (major ticks), labels centred in periods (minor)."""
    max_labels = int(width * 0.62 * LABELS_PER_INCH)
    bounds, labels = period_ticks(span[0], span[1] - timedelta(days=1), scale, max_labels)
    axes.set_xticks([date_x(day) for day in bounds], [""] * len(bounds))
    axes.set_xticks(
        [date_x(day) for day, _text in labels],
        [text for _day, text in labels],
        minor=True,
    )
    axes.tick_params(axis="x", which="major", length=4, color="#999999")
    axes.tick_params(
        axis="x", which="minor", length=0, labelsize=7, labeltop=tall, labelbottom=True
    )
    axes.grid(axis="x", which="major", color="#D5D5D5", linewidth=0.5)
    axes.set_axisbelow(True)


def _row_axis(axes: Axes, rows: Sequence[GanttRow], shown: Sequence[int], *, pitch: float) -> None:
    size = 7.5 if pitch >= 10 else 6.5
    axes.set_yticks(list(shown), [rows[index].label for index in shown])
    axes.tick_params(axis="y", length=0, labelsize=size, pad=3)
    for index, text in zip(shown, axes.get_yticklabels(), strict=True):
        if rows[index].action is None:
            text.set_fontweight("bold")


def _legend(figure: Figure, axes: Axes, *, above_labels: bool) -> None:
    """Above the plot, under the title (and above the dates written over a tall chart)."""
    handles: list[Patch | Line2D] = [
        Patch(facecolor=colour, hatch=hatch, edgecolor="white", label=label(status))
        for status, (colour, hatch) in STATUS_STYLE.items()
    ]
    handles += [
        Line2D([], [], linestyle="none", marker="D", markersize=5, color=MILESTONE_COLOUR,
               markerfacecolor="white", label=translate(CONTEXT, MILESTONE)),
        Line2D([], [], linestyle="none", marker="D", markersize=5, color=MILESTONE_COLOUR,
               label=translate(CONTEXT, MILESTONE_DONE)),
        Line2D([], [], color=TODAY_COLOUR, linewidth=1.4, label=translate(CONTEXT, TODAY)),
    ]  # fmt: skip
    rise = 16 if above_labels else 3  # points
    axes.legend(
        handles=handles,
        loc="lower center",
        bbox_to_anchor=(0.5, 1.0),
        bbox_transform=axes.transAxes + ScaledTranslation(0, rise / 72, figure.dpi_scale_trans),
        ncols=4,
        frameon=False,
        fontsize=7.5,
        handlelength=1.6,
        handletextpad=0.4,
        columnspacing=1.0,
    )
