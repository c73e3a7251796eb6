"""The action timeline: a plain Figure, one collection of bars per status, read back."""

from __future__ import annotations

import io
import random
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.collections import PathCollection, PolyCollection
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.image import imread

from lagdesk.db.codes import ActionStatus
from lagdesk.reports.charts.gantt import (
    A4_WIDTH,
    LABEL_LENGTH,
    MAX_HEIGHT,
    ROW_HEIGHT,
    STATUS_STYLE,
    GanttAction,
    code_key,
    date_span,
    date_x,
    gantt_figure,
    gantt_figure_pages,
    gantt_pages,
    gantt_rows,
    period_ticks,
    row_labels_shown,
    x_date,
)

PLANNED, ONGOING, DONE = ActionStatus.PLANNED, ActionStatus.ONGOING, ActionStatus.DONE
DELAYED, CANCELLED = ActionStatus.DELAYED, ActionStatus.CANCELLED
TODAY = date(2025, 6, 15)


def action(
    code: str,
    status: ActionStatus = ONGOING,
    start: date | None = date(2025, 1, 1),
    end: date | None = date(2025, 12, 31),
    progress: int = 0,
    milestones: tuple[tuple[date, str, bool], ...] = (),
) -> GanttAction:
    objective = code.rsplit(".", 1)[0]
    return GanttAction(
        code=code,
        title=f"Action {code}",
        objective_code=objective,
        objective_title=f"Objective {objective}",
        start=start,
        end=end,
        status=status,
        progress_percent=progress,
        milestones=milestones,
    )


ACTIONS = [
    action("2.1.1", DONE, date(2024, 3, 1), date(2024, 9, 30), 100),
    action("1.1.10", DELAYED, date(2024, 6, 1), date(2025, 8, 31), 40),
    action("1.1.2", ONGOING, date(2025, 1, 1), date(2025, 12, 31), 25,
           ((date(2025, 3, 31), "Kick-off", True), (date(2025, 9, 30), "Review", False))),
    action("1.2.1", PLANNED, date(2026, 1, 1), date(2026, 6, 30)),
    action("1.1.1", CANCELLED, date(2024, 1, 15), date(2024, 4, 14), 10),
    action("1.1.3", ONGOING, date(2025, 2, 1), date(2026, 1, 31), 50,
           ((date(2025, 5, 1), "Survey", False),)),
]  # fmt: skip


def axes_of(figure: Figure) -> Axes:
    (axes,) = figure.axes
    return axes


def by_gid(figure: Figure, gid: str) -> Any:
    found = [artist for artist in axes_of(figure).get_children() if artist.get_gid() == gid]
    assert len(found) == 1, (gid, found)
    return found[0]


def boxes(collection: PolyCollection) -> list[tuple[float, float, float, float]]:
    """(x0, x1, y_top, y_bottom) of each rectangle of a collection."""
    result = []
    for path in collection.get_paths():
        xs, ys = path.vertices[:4, 0], path.vertices[:4, 1]
        result.append((xs.min(), xs.max(), ys.min(), ys.max()))
    return result


def same_points(actual: Iterable[Sequence[float]], expected: Iterable[Sequence[float]]) -> None:
    """Equal lists of (x, y, ...) points, to floating point rounding, in any order."""
    left = np.array(sorted(tuple(map(float, point)) for point in actual))
    right = np.array(sorted(tuple(map(float, point)) for point in expected))
    assert left.shape == right.shape, (left, right)
    np.testing.assert_allclose(left, right)


def row_of(box: tuple[float, float, float, float]) -> float:
    return (box[2] + box[3]) / 2


def test_rows_are_grouped_by_objective_in_code_order() -> None:
    rows = gantt_rows(ACTIONS)
    assert [row.text for row in rows] == [
        "1.1 Objective 1.1",
        "1.1.1 Action 1.1.1",
        "1.1.2 Action 1.1.2",
        "1.1.3 Action 1.1.3",
        "1.1.10 Action 1.1.10",
        "1.2 Objective 1.2",
        "1.2.1 Action 1.2.1",
        "2.1 Objective 2.1",
        "2.1.1 Action 2.1.1",
    ]
    assert [row.action is None for row in rows] == [True, False, False, False, False,
                                                     True, False, True, False]  # fmt: skip
    assert sorted(["1.10", "1.2", "1.1", "10", "2", "1.1a"], key=code_key) == [
        "1.1", "1.1a", "1.2", "1.10", "2", "10",
    ]  # fmt: skip


def test_one_bar_per_action_in_its_status_collection_at_its_dates() -> None:
    figure = gantt_figure(ACTIONS, today=TODAY, scale="months")
    assert type(figure) is Figure
    rows = gantt_rows(ACTIONS)
    y_of = {row.action.code: y for y, row in enumerate(rows) if row.action}
    counts = {}
    for status in ActionStatus:
        bars = by_gid(figure, f"status:{status.value}")
        assert isinstance(bars, PolyCollection)
        counts[status] = len(bars.get_paths())
        colour, hatch = STATUS_STYLE[status]
        assert bars.get_hatch() == (hatch or None)
        assert tuple(bars.get_facecolor()[0][:3]) == pytest.approx(
            tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        )
        members = [a for a in ACTIONS if a.status is status]
        expected = sorted(
            (
                float(date2num(a.start)),
                float(date2num(a.end)) + 1,  # to the end of the last day
                float(y_of[a.code]),
            )
            for a in members
        )
        same_points([(b[0], b[1], row_of(b)) for b in boxes(bars)], expected)
    assert counts == {PLANNED: 1, ONGOING: 2, DONE: 1, DELAYED: 1, CANCELLED: 1}
    # The hatches tell the statuses apart without colour.
    assert len({hatch for _colour, hatch in STATUS_STYLE.values()}) == len(ActionStatus)
    assert len({colour for colour, _hatch in STATUS_STYLE.values()}) == len(ActionStatus)


def test_progress_is_a_darker_strip_of_the_done_share() -> None:
    figure = gantt_figure(ACTIONS, today=TODAY, scale="months")
    strips = boxes(by_gid(figure, "progress:ongoing"))
    assert len(strips) == 2  # 25 % and 50 %
    starts = {a.code: float(date2num(a.start)) for a in ACTIONS}
    ends = {a.code: float(date2num(a.end)) + 1 for a in ACTIONS}
    expected = sorted(
        (starts[code], starts[code] + (ends[code] - starts[code]) * share)
        for code, share in (("1.1.2", 0.25), ("1.1.3", 0.5))
    )
    same_points([(b[0], b[1]) for b in strips], expected)
    done = boxes(by_gid(figure, "progress:done"))
    same_points(
        [(b[0], b[1]) for b in done],
        [(float(date2num(date(2024, 3, 1))), float(date2num(date(2024, 10, 1))))],
    )
    # Thinner than the bar, darker than it.
    bar = boxes(by_gid(figure, "status:done"))[0]
    assert done[0][3] - done[0][2] < bar[3] - bar[2]
    bar_colour = by_gid(figure, "status:done").get_facecolor()[0][:3]
    strip_colour = by_gid(figure, "progress:done").get_facecolor()[0][:3]
    assert sum(strip_colour) < sum(bar_colour)
    # No strip for a planned action at 0 %.
    assert not [a for a in axes_of(figure).get_children() if a.get_gid() == "progress:planned"]


def test_milestones_are_diamonds_filled_when_done() -> None:
    figure = gantt_figure(ACTIONS, today=TODAY, scale="quarters")
    done, open_ = by_gid(figure, "milestones:done"), by_gid(figure, "milestones:open")
    assert isinstance(done, PathCollection)
    y_of = {row.action.code: y for y, row in enumerate(gantt_rows(ACTIONS)) if row.action}
    same_points(done.get_offsets(), [(float(date2num(date(2025, 3, 31))) + 0.5, y_of["1.1.2"])])
    same_points(
        open_.get_offsets(),
        [
            (float(date2num(date(2025, 9, 30))) + 0.5, y_of["1.1.2"]),
            (float(date2num(date(2025, 5, 1))) + 0.5, y_of["1.1.3"]),
        ],
    )
    assert tuple(done.get_facecolor()[0][:3]) == (0.0, 0.0, 0.0)
    assert tuple(open_.get_facecolor()[0][:3]) == (1.0, 1.0, 1.0)


def test_today_line_and_label() -> None:
    figure = gantt_figure(ACTIONS, today=TODAY, scale="months")
    line = by_gid(figure, "today")
    assert list(line.get_xdata()) == pytest.approx([float(date2num(TODAY)) + 0.5] * 2)
    assert by_gid(figure, "today-label").get_text().strip() == "Today"
    low, high = axes_of(figure).get_xlim()
    assert low < line.get_xdata()[0] < high


def test_dates_axis_spans_whole_periods_with_neutral_labels() -> None:
    axes = axes_of(gantt_figure(ACTIONS, today=TODAY, scale="quarters", width=11.0))
    # From the quarter of the first start to the end of the last end's quarter.
    assert axes.get_xlim() == pytest.approx(
        (float(date2num(date(2024, 1, 1))), float(date2num(date(2026, 7, 1))))
    )
    labels = [text.get_text() for text in axes.get_xticklabels(minor=True)]
    assert labels == [f"Q{q} {y}" for y in (2024, 2025) for q in (1, 2, 3, 4)] + [
        "Q1 2026", "Q2 2026",
    ]  # fmt: skip
    # Grid lines at the quarter boundaries; labels in the middle of their quarter.
    majors = [x_date(x) for x in axes.get_xticks()]
    assert majors[:3] == [date(2024, 1, 1), date(2024, 4, 1), date(2024, 7, 1)]
    middle = axes.get_xticks(minor=True)[0]
    assert date(2024, 2, 14) <= x_date(middle) <= date(2024, 2, 16)
    # At A4 width ten quarters do not fit one by one: every other one, from Q1.
    narrow = axes_of(gantt_figure(ACTIONS, today=TODAY, scale="quarters"))
    assert [t.get_text() for t in narrow.get_xticklabels(minor=True)] == [
        "Q1 2024", "Q3 2024", "Q1 2025", "Q3 2025", "Q1 2026",
    ]  # fmt: skip
    assert len(narrow.get_xticks()) == 11  # still a grid line at every quarter

    years = axes_of(gantt_figure(ACTIONS, today=TODAY, scale="years"))
    assert [t.get_text() for t in years.get_xticklabels(minor=True)] == ["2024", "2025", "2026"]

    months = axes_of(gantt_figure(ACTIONS, today=TODAY, scale="months"))
    month_labels = [t.get_text() for t in months.get_xticklabels(minor=True)]
    # 30 months do not fit A4 width one by one: every few months, aligned on January.
    assert month_labels[0] == "2024-01"
    assert "2025-01" in month_labels
    assert all(label[:4].isdigit() and label[4] == "-" for label in month_labels)
    assert len(month_labels) <= 12


def test_period_ticks_thin_out_long_spans() -> None:
    bounds, labels = period_ticks(date(2020, 1, 1), date(2029, 12, 31), "months", 8)
    assert len(labels) <= 10
    assert [text for _day, text in labels][:2] == ["2020-01", "2021-01"]
    assert len(bounds) < 120  # only the labelled boundaries when there are very many
    bounds, labels = period_ticks(date(2025, 2, 10), date(2025, 4, 2), "months", 8)
    assert bounds == [date(2025, 2, 1), date(2025, 3, 1), date(2025, 4, 1), date(2025, 5, 1)]
    assert [text for _day, text in labels] == ["2025-02", "2025-03", "2025-04"]
    _bounds, labels = period_ticks(date(1990, 1, 1), date(2090, 1, 1), "years", 5)
    assert 1 <= len(labels) <= 6


def test_legend_names_the_statuses_in_english() -> None:
    figure = gantt_figure(ACTIONS, today=TODAY, scale="months")
    legend = axes_of(figure).get_legend()
    assert [text.get_text() for text in legend.get_texts()] == [
        "Planned", "Ongoing", "Done", "Delayed", "Cancelled",
        "Milestone", "Milestone done", "Today",
    ]  # fmt: skip
    hatches = [patch.get_hatch() for patch in legend.get_patches()]
    assert hatches == [hatch for _colour, hatch in STATUS_STYLE.values()]
    assert figure.get_suptitle() == "Action timeline"


def test_row_labels_name_objectives_in_bold_and_shorten_titles() -> None:
    long = GanttAction("1.1.1", "A very long title " * 5, "1.1", "Objective", None, None,
                       PLANNED, 0, ())  # fmt: skip
    axes = axes_of(gantt_figure([*ACTIONS, long], today=TODAY))
    labels = axes.get_yticklabels()
    texts = [text.get_text() for text in labels]
    assert texts[0] == "1.1 Objective 1.1"
    assert labels[0].get_fontweight() == "bold"
    assert labels[1].get_fontweight() == "normal"
    shortened = next(text for text in texts if text.startswith("1.1.1 A very"))
    assert len(shortened) == LABEL_LENGTH
    assert shortened.endswith("…")
    assert list(axes.get_yticks()) == list(range(len(texts)))


def test_actions_without_dates_get_a_note_instead_of_a_bar() -> None:
    undated = [
        action("3.1.1", PLANNED, None, None),
        action("3.1.2", PLANNED, date(2025, 1, 1), None),
        action("3.1.3", PLANNED, None, date(2025, 1, 1)),
        action("3.1.4", PLANNED, date(2025, 5, 1), date(2025, 4, 1)),
        action("3.1.5", PLANNED, None, None, milestones=((date(2025, 2, 1), "M", False),)),
    ]
    figure = gantt_figure([*ACTIONS, *undated], today=TODAY)
    axes = axes_of(figure)
    notes = sorted(
        (text.get_position()[1], text.get_text())
        for text in axes.texts
        if text.get_gid() == "undated"
    )
    rows = gantt_rows([*ACTIONS, *undated])
    y_of = {row.action.code: y for y, row in enumerate(rows) if row.action}
    assert notes == [
        (y_of["3.1.1"], "No dates"),
        (y_of["3.1.2"], "No end date"),
        (y_of["3.1.3"], "No start date"),
        (y_of["3.1.4"], "End before start"),
        (y_of["3.1.5"], "No dates"),
    ]
    # Only the dated planned action has a bar; the undated one's milestone is still drawn.
    assert len(by_gid(figure, "status:planned").get_paths()) == 1
    assert len(by_gid(figure, "milestones:open").get_offsets()) == 3
    figure.savefig(io.BytesIO(), format="png")


def test_only_undated_actions_still_draw() -> None:
    figure = gantt_figure([action("1.1.1", PLANNED, None, None)], today=TODAY)
    axes = axes_of(figure)
    assert [t.get_text() for t in axes.texts if t.get_gid() == "undated"] == ["No dates"]
    assert not [c for c in axes.collections if str(c.get_gid()).startswith("status:")]
    low, high = axes.get_xlim()
    assert low <= float(date2num(TODAY)) <= high
    figure.savefig(io.BytesIO(), format="png")


def test_empty_figure_says_so() -> None:
    figure = gantt_figure([], today=TODAY)
    axes = axes_of(figure)
    assert not axes.collections
    assert not axes.patches
    assert [text.get_text() for text in axes.texts] == ["No actions to show"]
    assert not axes.axison
    figure.savefig(io.BytesIO(), format="png")
    pages = gantt_figure_pages([], today=TODAY)
    assert len(pages) == 1
    assert [t.get_text() for t in axes_of(pages[0]).texts] == ["No actions to show"]


def test_height_grows_with_rows_and_is_capped() -> None:
    small = gantt_figure(ACTIONS[:2], today=TODAY)
    larger = gantt_figure(ACTIONS, today=TODAY)
    assert small.get_size_inches()[0] == A4_WIDTH
    assert larger.get_size_inches()[1] > small.get_size_inches()[1]
    rows = len(gantt_rows(ACTIONS))
    assert larger.get_size_inches()[1] == pytest.approx(rows * ROW_HEIGHT + 1.5)
    roomy = gantt_figure(ACTIONS, today=TODAY, height_per_row=0.4)
    assert roomy.get_size_inches()[1] == pytest.approx(rows * 0.4 + 1.5)
    many = generated(400)
    assert gantt_figure(many, today=TODAY).get_size_inches()[1] == MAX_HEIGHT


def generated(count: int, objectives: int = 80) -> list[GanttAction]:
    rng = random.Random(7)
    result = []
    for number in range(count):
        group = number % objectives
        start = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
        end = start + timedelta(days=rng.randint(30, 900))
        milestones = tuple(
            (start + timedelta(days=rng.randint(0, (end - start).days)), "M", rng.random() < 0.5)
            for _ in range(rng.randint(1, 4))
        )
        result.append(
            GanttAction(
                code=f"{group // 4 + 1}.{group % 4 + 1}.{number // objectives + 1}",
                title=f"Generated action {number}",
                objective_code=f"{group // 4 + 1}.{group % 4 + 1}",
                objective_title=f"Objective {group}",
                start=start,
                end=end,
                status=list(ActionStatus)[number % 5],
                progress_percent=rng.randint(0, 100),
                milestones=milestones,
            )
        )
    return result


def test_two_thousand_actions_draw_in_a_bounded_number_of_artists(tmp_path: Path) -> None:
    actions = generated(2000)
    figure = gantt_figure(actions, today=TODAY, scale="quarters")
    axes = axes_of(figure)
    assert len(axes.patches) == 0
    assert len(axes.collections) <= 1 + 2 * len(ActionStatus) + 2
    assert len(axes.lines) == 1  # today
    assert len(axes.texts) <= 2
    bars = sum(
        len(c.get_paths()) for c in axes.collections if str(c.get_gid()).startswith("status:")
    )
    assert bars == 2000
    # Too many rows to name: only the objectives are named.
    rows = gantt_rows(actions)
    assert len(rows) == 2080
    shown = row_labels_shown(rows, MAX_HEIGHT)
    assert all(rows[i].action is None for i in shown)
    assert len(axes.get_yticks()) == len(shown) <= 80
    assert figure.get_size_inches()[1] == MAX_HEIGHT

    png = tmp_path / "gantt.png"
    figure.savefig(png, dpi=50)
    image = imread(png)
    assert image.shape[:2] == (round(MAX_HEIGHT * 50), round(A4_WIDTH * 50))
    # Not blank: the bars' colours are there.
    assert np.unique(image.reshape(-1, image.shape[2])[::97], axis=0).shape[0] > 20


def test_pages_keep_the_dates_and_repeat_the_heading() -> None:
    actions = generated(120, objectives=4)
    rows = gantt_rows(actions)
    pages = gantt_pages(rows, 36)
    assert all(len(page) <= 36 for page in pages)
    assert all(page[-1].action is not None for page in pages)
    drawn = [row.action for page in pages for row in page if row.action]
    assert drawn == [row.action for row in rows if row.action]
    continued = [page[0] for page in pages[1:] if page[0].continued]
    assert continued
    assert continued[0].label.endswith(" (continued)")
    assert continued[0].action is None

    figures = gantt_figure_pages(actions, 36, today=TODAY, scale="quarters")
    assert len(figures) == len(pages)
    limits = {axes_of(figure).get_xlim() for figure in figures}
    assert len(limits) == 1
    assert limits.pop() == tuple(date_x(day) for day in date_span(actions, TODAY, "quarters"))
    assert [figure.get_suptitle() for figure in figures] == [
        f"Action timeline, page {n} of {len(figures)}" for n in range(1, len(figures) + 1)
    ]
    for figure, page in zip(figures, pages, strict=True):
        labels = [text.get_text() for text in axes_of(figure).get_yticklabels()]
        assert labels == [row.label for row in page]
        assert figure.get_size_inches()[1] <= 11.0  # an A4 portrait page
    assert len(gantt_figure_pages(actions[:5], 36, today=TODAY)) == 1
    assert gantt_figure_pages(actions[:5], 36, today=TODAY)[0].get_suptitle() == "Action timeline"


def test_date_positions_match_matplotlib() -> None:
    for day in (date(1970, 1, 1), date(2024, 2, 29), date(2031, 12, 31)):
        assert date_x(day) == float(date2num(day))
        assert x_date(date_x(day) + 0.5) == day


def test_png_and_svg_exports(tmp_path: Path) -> None:
    figure = gantt_figure(ACTIONS, today=TODAY, scale="months")
    png, svg = tmp_path / "plan.png", tmp_path / "plan.svg"
    figure.savefig(png, dpi=100)
    figure.savefig(svg)
    image = imread(png)
    width, height = figure.get_size_inches()
    assert image.shape[:2] == (round(height * 100), round(width * 100))
    assert image.std() > 0.05
    root = ElementTree.parse(svg).getroot()
    assert root.tag.endswith("svg")
    # The bars keep their ids in the SVG (one group per status).
    ids = {element.get("id") for element in root.iter()}
    assert {"status:ongoing", "status:done", "today"} <= ids


def test_building_the_chart_does_not_import_pyplot() -> None:
    code = (
        "import sys, io, datetime\n"
        "from lagdesk.db.codes import ActionStatus\n"
        "from lagdesk.reports.charts.gantt import GanttAction, gantt_figure\n"
        "a = GanttAction('1.1.1', 'A', '1.1', 'O', datetime.date(2025, 1, 1),"
        " datetime.date(2025, 3, 1), ActionStatus.ONGOING, 50, ())\n"
        "figure = gantt_figure([a], today=datetime.date(2025, 2, 1), scale='months')\n"
        "figure.savefig(io.BytesIO(), format='png')\n"
        "assert type(figure).__name__ == 'Figure'\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
