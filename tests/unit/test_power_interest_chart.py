"""The power/interest chart: a plain Figure with the quadrants named and one point each."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date
from itertools import pairwise

import pytest
from matplotlib.figure import Figure

from lagdesk.core.stakeholders.register import MatrixPoint, Quadrant, quadrant
from lagdesk.db.codes import Sector
from lagdesk.reports.charts.power_interest import (
    A4_SIZE,
    HIGH_FROM,
    NAME_LIMIT,
    point_positions,
    power_interest_figure,
    short_name,
)

SECTORS = [Sector.PUBLIC, Sector.PRIVATE, Sector.CIVIC, Sector.KNOWLEDGE, None]


def point(number: int, power: int, interest: int, kind: str = "person") -> MatrixPoint:
    return MatrixPoint(
        kind,  # type: ignore[arg-type]
        number,
        f"Person {number}",
        SECTORS[number % len(SECTORS)],
        power,
        interest,
        date(2024, 1, 1),
    )


POINTS = [point(n, 1 + n % 5, 1 + (n * 3) % 5) for n in range(23)]


def drawn(figure: Figure) -> list[tuple[float, float]]:
    axes = figure.axes[0]
    return [
        tuple(offset)
        for collection in axes.collections
        if str(collection.get_gid()).startswith("sector:")
        for offset in collection.get_offsets()
    ]


def test_one_point_per_stakeholder_on_a_plain_figure() -> None:
    figure = power_interest_figure(POINTS, title="Koszalin")
    assert type(figure) is Figure
    assert len(figure.axes) == 1
    assert len(drawn(figure)) == len(POINTS)
    assert sorted(drawn(figure)) == sorted(point_positions(POINTS))
    axes = figure.axes[0]
    assert axes.get_title(loc="left") == "Koszalin"
    assert axes.get_xlabel() == "Interest"
    assert axes.get_ylabel() == "Power"
    assert list(axes.get_xticks()) == [1, 2, 3, 4, 5]
    assert list(axes.get_yticks()) == [1, 2, 3, 4, 5]


def test_the_four_quadrants_are_named_where_they_are() -> None:
    axes = power_interest_figure(POINTS).axes[0]
    names = {
        text.get_text(): text.get_position() for text in axes.texts if text.get_gid() == "quadrant"
    }
    assert set(names) == {"Manage closely", "Keep satisfied", "Keep informed", "Monitor"}
    expected = {
        "Manage closely": Quadrant.MANAGE_CLOSELY,
        "Keep satisfied": Quadrant.KEEP_SATISFIED,
        "Keep informed": Quadrant.KEEP_INFORMED,
        "Monitor": Quadrant.MONITOR,
    }
    for name, (x, y) in names.items():
        # Each name sits over the part of the grid whose scores core puts in its quadrant.
        interest = 5 if x > HIGH_FROM - 0.5 else 1
        power = 5 if y > HIGH_FROM - 0.5 else 1
        assert quadrant(power, interest) is expected[name]


def test_equal_scores_are_spread_inside_their_cell() -> None:
    same = [point(n, 4, 4) for n in range(6)]
    positions = point_positions(same)
    assert len(set(positions)) == len(same)
    for x, y in positions:
        assert 3.5 < x < 4.5
        assert 3.5 < y < 4.5
    # Named points stand in a column, far enough apart for their names not to overlap.
    ys = sorted(y for _, y in positions)
    assert min(b - a for a, b in pairwise(ys)) >= 0.12


def test_many_points_are_counted_instead_of_named() -> None:
    crowd = [point(n, 1 + n % 5, 1 + n // 5 % 5) for n in range(NAME_LIMIT + 20)]
    figure = power_interest_figure(crowd)
    assert len(drawn(figure)) == len(crowd)
    texts = [text.get_text() for text in figure.axes[0].texts if text.get_gid() != "quadrant"]
    assert not any(text.startswith("Person") for text in texts)
    assert sum(int(text) for text in texts) == len(crowd)


def test_names_are_shortened_to_fit() -> None:
    assert short_name("Małgorzata Dąbrowska", person=True) == "M. Dąbrowska"
    assert short_name("Anna Nowak", person=True) == "Anna Nowak"
    cut = short_name("Stowarzyszenie Przedsiębiorczych Kobiet")
    assert cut.endswith("…")
    assert len(cut) <= 16


def test_an_empty_matrix_says_so() -> None:
    figure = power_interest_figure([])
    texts = [text.get_text() for text in figure.axes[0].texts]
    assert "No assessments yet" in texts
    assert drawn(figure) == []


@pytest.mark.parametrize("kind", ["png", "svg", "pdf"])
def test_the_figure_saves_for_exports(kind: str) -> None:
    figure = power_interest_figure(POINTS)
    assert tuple(figure.get_size_inches()) == A4_SIZE
    out = io.BytesIO()
    figure.savefig(out, format=kind)
    assert len(out.getvalue()) > 1000


def test_the_chart_does_not_use_pyplot() -> None:
    """In a fresh interpreter: building and saving the figure never imports pyplot."""
    script = (
        "import io, sys\n"
        "from datetime import date\n"
        "from lagdesk.core.stakeholders.register import MatrixPoint\n"
        "from lagdesk.reports.charts.power_interest import power_interest_figure\n"
        "points = [MatrixPoint('person', 1, 'Anna Nowak', None, 4, 5, date(2024, 1, 1))]\n"
        "power_interest_figure(points).savefig(io.BytesIO(), format='png')\n"
        "print('matplotlib.pyplot' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "False"
