"""The action timeline of a large plan: the Gantt figure for 2,000 actions, drawn.

lagdesk's side is the real ``gantt_figure`` (grouped by objective, status colours and
hatches, progress strips, milestones, today line, date axis, legend, constrained layout)
built and rendered to an Agg canvas, as the UI's canvas and the PNG export do. The floor is
the least matplotlib giving the same bars: a bare ``Figure`` of the same size with one
``barh`` call for the same 2,000 bars (start to the end of the end day, one row each),
rendered the same way. Both sides build their figure inside the timed part.

The actions are generated, not read from the large demo: the same shape as it (80 specific
objectives of 25 actions, 3 to 36 months long, 1 to 4 milestones, every status), from a
fixed seed, so the row needs no database and measures the chart alone.
"""

from __future__ import annotations

import functools
import random
import time
from datetime import date, timedelta
from typing import Any

#: The plan's size: the large demo's actions and specific objectives.
ACTIONS = 2_000
OBJECTIVES = 80
TODAY = date(2025, 10, 1)
SCALE = "quarters"


@functools.cache
def _actions() -> tuple[Any, ...]:
    from lagdesk.db.codes import ActionStatus
    from lagdesk.reports.charts.gantt import GanttAction

    rng = random.Random(2025)
    per_objective = ACTIONS // OBJECTIVES
    actions = []
    for number in range(ACTIONS):
        group, position = divmod(number, per_objective)
        objective = f"{group // 4 + 1}.{group % 4 + 1}"
        start = date(2023, 1, 1) + timedelta(days=rng.randint(0, 1000))
        end = start + timedelta(days=rng.randint(90, 1100))
        if start > TODAY:
            status = ActionStatus.PLANNED
        else:
            status = rng.choices(list(ActionStatus), (5, 50, 25, 15, 5))[0]
        milestones = []
        for index in range(rng.randint(1, 4)):
            due = start + timedelta(days=rng.randint(0, (end - start).days))
            milestones.append((due, f"Milestone {index + 1}", due < TODAY and rng.random() < 0.8))
        actions.append(
            GanttAction(
                code=f"{objective}.{position + 1}",
                title=f"Generated action {number + 1} on green procurement",
                objective_code=objective,
                objective_title=f"Specific objective {objective}",
                start=start,
                end=end,
                status=status,
                progress_percent=rng.randint(0, 100),
                milestones=tuple(milestones),
            )
        )
    return tuple(actions)


def _lagdesk_figure() -> Any:
    from lagdesk.reports.charts.gantt import gantt_figure

    return gantt_figure(_actions(), today=TODAY, scale=SCALE)


@functools.cache
def _size() -> tuple[float, float]:
    width, height = _lagdesk_figure().get_size_inches()
    return float(width), float(height)


@functools.cache
def _bars() -> tuple[list[int], list[float], list[float]]:
    """Rows, left edges and widths of the bars, in the chart's row order (date numbers)."""
    from lagdesk.reports.charts.gantt import date_x, gantt_rows

    rows, lefts, widths = [], [], []
    for y, row in enumerate(gantt_rows(_actions())):
        action = row.action
        if action is None or action.start is None or action.end is None:
            continue
        rows.append(y)
        lefts.append(date_x(action.start))
        widths.append(date_x(action.end) + 1 - date_x(action.start))
    return rows, lefts, widths


def _bare_figure() -> Any:
    from matplotlib.figure import Figure

    rows, lefts, widths = _bars()
    figure = Figure(figsize=_size())
    axes = figure.add_subplot()
    axes.barh(rows, widths, left=lefts, height=0.62)
    return figure


def lagdesk_gantt_2000() -> float:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    _actions()
    start = time.perf_counter()
    FigureCanvasAgg(_lagdesk_figure()).draw()
    return time.perf_counter() - start


def bare_matplotlib_same_bars() -> float:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    _bars()
    _size()
    start = time.perf_counter()
    FigureCanvasAgg(_bare_figure()).draw()
    return time.perf_counter() - start


def check_same_bars() -> None:
    """Both sides draw the same 2,000 bars at the same places, on figures of the same size."""
    figure, bare = _lagdesk_figure(), _bare_figure()
    (axes,) = figure.axes
    ours = sorted(
        (round(float(path.vertices[:, 0].min()), 6), round(float(path.vertices[:, 0].max()), 6))
        for collection in axes.collections
        if str(collection.get_gid()).startswith("status:")
        for path in collection.get_paths()
    )
    theirs = sorted(
        (round(float(patch.get_x()), 6), round(float(patch.get_x() + patch.get_width()), 6))
        for patch in bare.axes[0].patches
    )
    if len(ours) != ACTIONS or ours != theirs:
        raise RuntimeError(f"the Gantt draws {len(ours)} bars, the floor {len(theirs)}")
    if tuple(figure.get_size_inches()) != tuple(bare.get_size_inches()):
        raise RuntimeError("the two figures differ in size")
