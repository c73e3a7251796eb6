"""The indicator progress chart: a plain Figure whose lines and markers are read back."""

from __future__ import annotations

import io
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from enum import StrEnum
from pathlib import Path

import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.colors import to_rgb
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.image import imread
from matplotlib.lines import Line2D
from matplotlib.text import Text
from PySide6.QtCore import QLocale

from lagdesk.db.codes import ActionStatus
from lagdesk.reports.charts.indicator_progress import (
    A4_SIZE,
    IsoDateFormatter,
    ProgressSeries,
    format_number,
    format_progress,
    indicator_progress_figure,
    measured_points,
    status_text,
)

TODAY = date(2026, 3, 1)

LATEST = ProgressSeries(
    code="IND-0001",
    name="Share of contracts with green clauses",
    unit_label="%",
    baseline=(date(2024, 1, 1), 10.0),
    target=(date(2027, 12, 31), 60.0),
    milestones=((date(2025, 12, 31), 30.0), (date(2026, 12, 31), 45.0)),
    # Given out of order: the line is drawn in date order.
    measurements=(
        (date(2025, 6, 30), 21.0),
        (date(2024, 6, 30), 12.0),
        (date(2025, 12, 31), 26.5),
        (date(2024, 12, 31), 18.0),
    ),
    accumulation="latest",
    current=26.5,
    progress=0.33,
    status="At risk",
    status_colour="#E69F00",
)

CUMULATIVE = ProgressSeries(
    code="RCR 79",
    name="Procurement staff trained",
    unit_label="people",
    baseline=(date(2024, 1, 1), 5.0),
    target=(date(2025, 12, 31), 45.0),
    milestones=(),
    measurements=((date(2024, 9, 1), 15.0), (date(2024, 3, 1), 10.0), (date(2025, 3, 1), 30.0)),
    accumulation="cumulative",
    current=60.0,
    progress=1.375,
    status="Achieved",
    status_colour="#009E73",
)

EMPTY = ProgressSeries(
    "X-1", "Nothing yet", "", None, None, (), (), "latest", None, None, "No data", "#999999"
)


@pytest.fixture
def english_numbers() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


def axes_of(figure: Figure) -> Axes:
    (axes,) = figure.axes
    return axes


def line(figure: Figure, gid: str) -> Line2D:
    found = [drawn for drawn in axes_of(figure).lines if drawn.get_gid() == gid]
    assert len(found) == 1, gid
    return found[0]


def points(figure: Figure, gid: str) -> list[tuple[float, float]]:
    drawn = line(figure, gid)
    return list(zip(map(float, drawn.get_xdata()), map(float, drawn.get_ydata()), strict=True))


def badge_of(figure: Figure) -> Text:
    """The status, written on its colour (the axes' right-hand title)."""
    axes = axes_of(figure)
    status = axes.get_title(loc="right")
    return next(
        t
        for t in axes.get_children()
        if isinstance(t, Text) and t.get_text() == status and t.get_bbox_patch()
    )


def x(day: date) -> float:
    return float(date2num(day))


def test_every_element_at_its_date_and_value() -> None:
    figure = indicator_progress_figure(LATEST, today=TODAY)
    assert type(figure) is Figure
    assert points(figure, "baseline") == [(x(date(2024, 1, 1)), 10.0)]
    assert points(figure, "target") == [(x(date(2027, 12, 31)), 60.0)]
    assert points(figure, "expected") == [
        (x(date(2024, 1, 1)), 10.0),
        (x(date(2027, 12, 31)), 60.0),
    ]
    assert line(figure, "expected").get_linestyle() == "--"
    assert points(figure, "measured") == [
        (x(date(2024, 6, 30)), 12.0),
        (x(date(2024, 12, 31)), 18.0),
        (x(date(2025, 6, 30)), 21.0),
        (x(date(2025, 12, 31)), 26.5),
    ]
    assert points(figure, "milestones") == [
        (x(date(2025, 12, 31)), 30.0),
        (x(date(2026, 12, 31)), 45.0),
    ]
    assert line(figure, "milestones").get_marker() == "s"
    assert line(figure, "target").get_marker() == "*"
    assert line(figure, "baseline").get_marker() == "o"
    today = line(figure, "today")
    assert list(today.get_xdata()) == [x(TODAY), x(TODAY)]
    low, high = axes_of(figure).get_xlim()
    assert low < x(date(2024, 1, 1))
    assert x(date(2027, 12, 31)) < high
    # Every element has its own marker or line style besides its colour.
    styles = {(d.get_marker(), d.get_linestyle()) for d in axes_of(figure).lines}
    assert len(styles) == len(axes_of(figure).lines)


def test_cumulative_line_is_the_running_total_from_the_baseline() -> None:
    assert measured_points(CUMULATIVE) == [
        (date(2024, 1, 1), 5.0),
        (date(2024, 3, 1), 15.0),
        (date(2024, 9, 1), 30.0),
        (date(2025, 3, 1), 60.0),
    ]
    figure = indicator_progress_figure(CUMULATIVE, today=TODAY)
    assert [value for _x, value in points(figure, "measured")] == [5.0, 15.0, 30.0, 60.0]
    assert not [d for d in axes_of(figure).lines if d.get_gid() == "milestones"]
    legend = figure.legends[0]
    assert "Measured (running total)" in [t.get_text() for t in legend.get_texts()]
    # Without a baseline the running total starts from nothing.
    no_baseline = replace(CUMULATIVE, baseline=None)
    assert measured_points(no_baseline) == [
        (date(2024, 3, 1), 10.0),
        (date(2024, 9, 1), 25.0),
        (date(2025, 3, 1), 55.0),
    ]
    # A measurement before the baseline date does not draw the line backwards.
    early = replace(CUMULATIVE, measurements=((date(2023, 6, 1), 2.0),))
    assert measured_points(early) == [(date(2023, 6, 1), 7.0)]


def test_title_subtitle_and_status(english_numbers: None) -> None:
    figure = indicator_progress_figure(LATEST, today=TODAY)
    assert figure.get_suptitle() == "IND-0001 Share of contracts with green clauses"
    axes = axes_of(figure)
    assert axes.get_title(loc="left") == "Current value: 26.5 %   Progress: 33 %"
    badge = badge_of(figure)
    assert axes.get_title(loc="right") == "At risk"
    assert badge.get_bbox_patch().get_facecolor()[:3] == pytest.approx(to_rgb("#E69F00"))
    assert to_rgb(badge.get_color()) == (0.0, 0.0, 0.0)  # dark text on amber

    over = indicator_progress_figure(CUMULATIVE, today=TODAY)
    # The real value, not capped at 100 %.
    assert axes_of(over).get_title(loc="left") == "Current value: 60 people   Progress: 138 %"
    assert to_rgb(badge_of(over).get_color()) == (1.0, 1.0, 1.0)
    below = replace(LATEST, current=4.0, progress=-0.12, status="Off track")
    assert axes_of(indicator_progress_figure(below, today=TODAY)).get_title(loc="left") == (
        "Current value: 4 %   Progress: -12 %"
    )
    flat = replace(LATEST, progress=None)
    assert "Progress: not defined" in axes_of(
        indicator_progress_figure(flat, today=TODAY)
    ).get_title(loc="left")


def test_long_names_wrap_on_two_lines_at_most() -> None:
    long = replace(LATEST, name="Share of spend with local suppliers " * 8)
    title = indicator_progress_figure(long, today=TODAY).get_suptitle()
    lines = title.split("\n")
    assert len(lines) == 2
    assert lines[0].startswith("IND-0001 Share of spend")
    assert lines[1].endswith("…")
    assert all(len(text) <= 70 for text in lines)


def test_legend_in_english() -> None:
    figure = indicator_progress_figure(LATEST, today=TODAY)
    (legend,) = figure.legends
    assert [t.get_text() for t in legend.get_texts()] == [
        "Expected progress",
        "Measured",
        "Milestones",
        "Baseline",
        "Target",
        "Today",
    ]
    assert axes_of(figure).get_ylabel() == "%"


def test_numbers_follow_the_language() -> None:
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("en_GB"))
        assert format_number(1234567.0) == "1,234,567"
        assert format_number(12.346) == "12.35"
        assert format_number(-3.0) == "-3"
        assert format_number(0.1 + 0.2) == "0.3"
        assert format_progress(1.375) == "138 %"
        assert format_progress(None) == "not defined"
        QLocale.setDefault(QLocale("pl_PL"))
        assert format_number(12.5) == "12,5"
    finally:
        QLocale.setDefault(previous)


def test_status_codes_are_shown_by_their_label() -> None:
    assert status_text("On track") == "On track"
    assert status_text(ActionStatus.DELAYED) == "Delayed"

    class Unlabelled(StrEnum):
        ODD = "odd_code"

    assert status_text(Unlabelled.ODD) == "odd_code"


def test_date_ticks_are_iso_whatever_the_language() -> None:
    formatter = IsoDateFormatter()
    years = [x(date(2024, 1, 1)), x(date(2025, 1, 1))]
    assert formatter.format_ticks(years) == ["2024", "2025"]
    months = [x(date(2024, 1, 1)), x(date(2024, 4, 1))]
    assert formatter.format_ticks(months) == ["2024-01", "2024-04"]
    days = [x(date(2024, 1, 1)), x(date(2024, 1, 15))]
    assert formatter.format_ticks(days) == ["2024-01-01", "2024-01-15"]
    figure = indicator_progress_figure(LATEST, today=TODAY)
    figure.savefig(io.BytesIO(), format="png")
    labels = [t.get_text() for t in axes_of(figure).get_xticklabels() if t.get_text()]
    assert labels
    assert all(label[:4].isdigit() for label in labels)


def test_empty_series_says_so() -> None:
    figure = indicator_progress_figure(EMPTY, today=TODAY)
    axes = axes_of(figure)
    assert not axes.lines
    assert [t.get_text() for t in axes.texts] == ["No baseline, target or measurement to show"]
    assert not axes.axison
    assert figure.get_suptitle() == "X-1 Nothing yet"
    assert axes.get_title(loc="left") == "Current value: none   Progress: not defined"
    figure.savefig(io.BytesIO(), format="png")


def test_only_measurements_still_draw() -> None:
    series = replace(EMPTY, measurements=((date(2025, 1, 1), 3.0),), current=3.0)
    figure = indicator_progress_figure(series, today=TODAY)
    assert points(figure, "measured") == [(x(date(2025, 1, 1)), 3.0)]
    assert not [d for d in axes_of(figure).lines if d.get_gid() in ("expected", "target")]
    figure.savefig(io.BytesIO(), format="png")


def test_png_and_svg_exports(tmp_path: Path) -> None:
    figure = indicator_progress_figure(LATEST, today=TODAY)
    assert tuple(figure.get_size_inches()) == A4_SIZE
    png, svg = tmp_path / "indicator.png", tmp_path / "indicator.svg"
    figure.savefig(png, dpi=100)
    figure.savefig(svg)
    image = imread(png)
    assert image.shape[:2] == (round(A4_SIZE[1] * 100), round(A4_SIZE[0] * 100))
    assert np.asarray(image).std() > 0.05
    root = ElementTree.parse(svg).getroot()
    ids = {element.get("id") for element in root.iter()}
    assert {"measured", "expected", "target", "baseline", "today"} <= ids


def test_building_the_chart_does_not_import_pyplot() -> None:
    code = (
        "import sys, io, datetime\n"
        "from lagdesk.reports.charts.indicator_progress import ProgressSeries,"
        " indicator_progress_figure\n"
        "d = datetime.date\n"
        "s = ProgressSeries('I', 'N', 't', (d(2024, 1, 1), 0.0), (d(2026, 1, 1), 10.0), (),"
        " ((d(2025, 1, 1), 4.0),), 'latest', 4.0, 0.4, 'On track', '#009E73')\n"
        "figure = indicator_progress_figure(s, today=d(2025, 6, 1))\n"
        "figure.savefig(io.BytesIO(), format='png')\n"
        "assert type(figure).__name__ == 'Figure'\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
