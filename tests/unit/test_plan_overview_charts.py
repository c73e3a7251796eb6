"""Indicator status, funding and composition charts drawn from hand-made data."""

from __future__ import annotations

from decimal import Decimal

import pytest
from matplotlib.patches import Rectangle
from PySide6.QtCore import QLocale

from lagdesk.core.indicators.progress import STATUS_COLOURS
from lagdesk.db.codes import FundingSource, FundingStatus, Gender, ProgressStatus, Sector
from lagdesk.reports.charts.plan_overview import (
    composition_figure,
    funding_figure,
    indicator_status_figure,
)


@pytest.fixture(autouse=True)
def english_numbers() -> object:
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


def bars(figure: object) -> list[Rectangle]:
    (axes,) = figure.axes  # type: ignore[attr-defined]
    return [patch for patch in axes.patches if isinstance(patch, Rectangle)]


def test_status_bars_count_each_status_in_its_colour() -> None:
    counts = {
        ProgressStatus.ACHIEVED: 2,
        ProgressStatus.ON_TRACK: 5,
        ProgressStatus.AT_RISK: 1,
        ProgressStatus.OFF_TRACK: 9,
        ProgressStatus.NO_DATA: 11,
    }
    drawn = bars(indicator_status_figure(counts))
    # Bottom to top: no data ... achieved.
    assert [round(bar.get_width()) for bar in drawn] == [11, 9, 1, 5, 2]
    assert drawn[1].get_facecolor()[:3] == tuple(
        int(STATUS_COLOURS[ProgressStatus.OFF_TRACK][i : i + 2], 16) / 255 for i in (1, 3, 5)
    )
    # Achieved and on track share a colour; their hatches differ.
    assert drawn[3].get_hatch() != drawn[4].get_hatch()
    labels = [text.get_text() for text in figure_texts(indicator_status_figure(counts))]
    assert "Off track" in labels


def figure_texts(figure: object) -> list[object]:
    (axes,) = figure.axes  # type: ignore[attr-defined]
    return [*axes.get_yticklabels(), *axes.texts]


def test_funding_stacks_statuses_per_source_and_labels_the_total() -> None:
    amounts = {
        (FundingSource.ERDF, FundingStatus.SECURED): Decimal("220000"),
        (FundingSource.ERDF, FundingStatus.APPLIED): Decimal("908600"),
        (FundingSource.CITY_BUDGET, FundingStatus.SECURED): Decimal("450000"),
    }
    figure = funding_figure(amounts)
    drawn = bars(figure)
    widths = sorted(round(bar.get_width()) for bar in drawn if bar.get_width())
    assert widths == [220000, 450000, 908600]
    applied = next(bar for bar in drawn if round(bar.get_width()) == 908600)
    assert applied.get_x() == 220000  # stacked after the secured part
    (axes,) = figure.axes
    assert {text.get_text().strip() for text in axes.texts} == {"1,128,600", "450,000"}


def test_composition_stacks_genders_per_sector() -> None:
    figure = composition_figure(
        {
            (Sector.PUBLIC, Gender.FEMALE): 7,
            (Sector.PUBLIC, Gender.MALE): 3,
            (None, Gender.UNKNOWN): 2,
        }
    )
    (axes,) = figure.axes
    assert [label.get_text() for label in axes.get_xticklabels()] == ["Public", "No sector"]
    assert sorted(text.get_text() for text in axes.texts) == ["10", "2"]
    legend = [text.get_text() for text in axes.get_legend().get_texts()]
    assert legend == ["Female", "Male", "Unknown"]


def test_empty_data_says_so() -> None:
    for figure in (indicator_status_figure({}), funding_figure({}), composition_figure({})):
        (axes,) = figure.axes
        assert [text.get_text() for text in axes.texts] == ["Nothing to show yet"]
