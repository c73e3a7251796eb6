"""The power/interest matrix: each stakeholder's latest scores, the four quadrants named.

Scores are whole numbers 1-5, so many stakeholders share a cell. Each cell is drawn as a
box: a few stakeholders stand in a short column with their names beside them; a crowded
cell (or a matrix too full to name anyone) spreads its points in a small spiral and prints
how many there are. Sectors have colour *and* marker shape (Okabe-Ito colours), so the
chart reads in grey print and for colour-blind readers. Sized for the width of an A4 page.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from lagdesk.core.stakeholders.assessments import HIGH_SCORE
from lagdesk.core.support.labels import label
from lagdesk.db.codes import Sector
from lagdesk.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from matplotlib.axes import Axes

CONTEXT = "Charts"

#: A score at or above this is "high": the quadrant rule of lagdesk.core.stakeholders.register.
HIGH_FROM = HIGH_SCORE
LOWEST, HIGHEST = 1, 5
#: Room above and below the grid for the quadrant names, in score units.
BAND = 0.42
#: Width (inches) of a figure that fits an A4 page's text width, and its height.
A4_SIZE = (6.3, 5.6)

#: Above this many points nobody is named: the cells show counts instead.
NAME_LIMIT = 80
#: More stakeholders than this in one cell are not named either.
COLUMN_CAPACITY = 6
#: Longest name written beside a point (longer ones are shortened), and its type size.
NAME_LENGTH = 16
NAME_SIZE = 6.5
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))

# Okabe-Ito colours; each sector also has its own marker.
SECTOR_STYLE: dict[Sector | None, tuple[str, str]] = {
    Sector.PUBLIC: ("#0072B2", "o"),
    Sector.PRIVATE: ("#E69F00", "s"),
    Sector.CIVIC: ("#009E73", "^"),
    Sector.KNOWLEDGE: ("#CC79A7", "D"),
    None: ("#666666", "X"),
}

MANAGE_CLOSELY = QT_TRANSLATE_NOOP("Charts", "Manage closely")
KEEP_SATISFIED = QT_TRANSLATE_NOOP("Charts", "Keep satisfied")
KEEP_INFORMED = QT_TRANSLATE_NOOP("Charts", "Keep informed")
MONITOR = QT_TRANSLATE_NOOP("Charts", "Monitor")


class ScoredStakeholder(Protocol):
    """What the chart reads of a ``lagdesk.core.stakeholders.register.MatrixPoint``.

    A point whose ``kind`` is "person" is named "M. Dąbrowska" when the full name is long.
    """

    @property
    def name(self) -> str: ...
    @property
    def sector(self) -> Sector | None: ...
    @property
    def power(self) -> int: ...
    @property
    def interest(self) -> int: ...


def quadrant_titles() -> dict[tuple[bool, bool], str]:
    """The translated quadrant names keyed by (high power, high interest)."""
    return {
        (True, True): translate(CONTEXT, MANAGE_CLOSELY),
        (True, False): translate(CONTEXT, KEEP_SATISFIED),
        (False, True): translate(CONTEXT, KEEP_INFORMED),
        (False, False): translate(CONTEXT, MONITOR),
    }


def _cells(points: Sequence[ScoredStakeholder]) -> dict[tuple[int, int], list[int]]:
    """Indexes of the points in each (interest, power) cell, in name order."""
    cells: dict[tuple[int, int], list[int]] = defaultdict(list)
    for index, point in enumerate(points):
        cells[(point.interest, point.power)].append(index)
    for members in cells.values():
        members.sort(key=lambda i: (points[i].name.casefold(), i))
    return cells


def _named(points: Sequence[ScoredStakeholder], members: list[int]) -> bool:
    return len(points) <= NAME_LIMIT and len(members) <= COLUMN_CAPACITY


def point_positions(points: Sequence[ScoredStakeholder]) -> list[tuple[float, float]]:
    """Where each point is drawn (x = interest, y = power), in the order given.

    The UI uses it to find the point under a click; the figure draws at the same places.
    """
    positions: list[tuple[float, float]] = [(0.0, 0.0)] * len(points)
    for (interest, power), members in _cells(points).items():
        count = len(members)
        for rank, index in enumerate(members):
            if _named(points, members):
                # A column at the left of the cell, names to its right.
                step = 0.7 / max(count - 1, 1)
                y = power if count == 1 else power + 0.35 - rank * step
                positions[index] = (interest - 0.4, y)
            else:
                radius = 0.4 * math.sqrt((rank + 0.5) / count)
                angle = rank * GOLDEN_ANGLE
                positions[index] = (
                    interest + radius * math.cos(angle),
                    power + radius * math.sin(angle),
                )
    return positions


def short_name(name: str, *, person: bool = False) -> str:
    """A name that fits beside its point: "M. Dąbrowska" for a person, else cut with "…"."""
    name = " ".join(name.split())
    if len(name) <= NAME_LENGTH:
        return name
    words = name.split(" ")
    if person and len(words) > 1:
        name = " ".join([*(f"{word[0]}." for word in words[:-1]), words[-1]])
        if len(name) <= NAME_LENGTH:
            return name
    return name[: NAME_LENGTH - 1].rstrip() + "…"


def _is_person(point: ScoredStakeholder) -> bool:
    return "person" in str(getattr(point, "kind", "")).lower()


def power_interest_figure(
    points: Sequence[ScoredStakeholder], *, title: str | None = None
) -> Figure:
    """The matrix of ``points`` (one marker each), with quadrant names and a sector legend."""
    figure = Figure(figsize=A4_SIZE, layout="constrained")
    axes = figure.add_subplot()
    axes.set_gid("power_interest")
    _draw_grid(axes)
    positions = point_positions(points)
    dense = len(points) > 500
    for sector, (colour, marker) in SECTOR_STYLE.items():
        chosen = [i for i, point in enumerate(points) if point.sector == sector]
        if not chosen:
            continue
        collection = axes.scatter(
            [positions[i][0] for i in chosen],
            [positions[i][1] for i in chosen],
            s=10 if dense else 42,
            c=colour,
            marker=marker,
            edgecolors="white",
            linewidths=0.3 if dense else 0.6,
            alpha=0.7 if dense else 1.0,
            zorder=3,
        )
        collection.set_gid(f"sector:{sector or 'none'}")
    _label_points(axes, points, positions)
    if not points:
        axes.text(
            (LOWEST + HIGHEST) / 2,
            (LOWEST + HIGHEST) / 2,
            translate("Charts", "No assessments yet"),
            ha="center",
            va="center",
            fontsize=10,
            color="#555555",
            zorder=4,
        )
    _legend(figure, points)
    if title:
        axes.set_title(title, fontsize=11, loc="left")
    return figure


def _draw_grid(axes: Axes) -> None:
    low, high = LOWEST - 0.5, HIGHEST + 0.5
    axes.set_xlim(low, high)
    axes.set_ylim(low - BAND, high + BAND)
    scores = list(range(LOWEST, HIGHEST + 1))
    axes.set_xticks(scores)
    axes.set_yticks(scores)
    axes.tick_params(labelsize=8, length=0)
    axes.set_xlabel(translate("Charts", "Interest"), fontsize=9)
    axes.set_ylabel(translate("Charts", "Power"), fontsize=9)
    for side in axes.spines.values():
        side.set_color("#999999")
    divider = HIGH_FROM - 0.5
    tints = {
        (True, True): "#E3ECF6",
        (True, False): "#F1F1F1",
        (False, True): "#F1F1F1",
        (False, False): "#FAFAFA",
    }
    for (high_power, high_interest), name in quadrant_titles().items():
        x0, x1 = (divider, high) if high_interest else (low, divider)
        y0, y1 = (divider, high + BAND) if high_power else (low - BAND, divider)
        axes.add_patch(
            Rectangle((x0, y0), x1 - x0, y1 - y0, facecolor=tints[(high_power, high_interest)],
                      edgecolor="none", zorder=0)
        )  # fmt: skip
        axes.text(
            (x0 + x1) / 2,
            high + BAND * 0.5 if high_power else low - BAND * 0.5,
            name,
            ha="center",
            va="center",
            fontsize=9,
            fontweight="bold",
            color="#333333",
            zorder=4,
            gid="quadrant",
        )
    for edge in range(LOWEST, HIGHEST):  # thin lines between cells
        axes.axvline(edge + 0.5, color="white", linewidth=1.2, zorder=1)
        axes.axhline(edge + 0.5, color="white", linewidth=1.2, zorder=1)
    axes.axvline(divider, color="#777777", linewidth=1.2, zorder=2)
    axes.axhline(divider, color="#777777", linewidth=1.2, zorder=2)
    axes.axhline(high, color="#BBBBBB", linewidth=0.6, zorder=2)
    axes.axhline(low, color="#BBBBBB", linewidth=0.6, zorder=2)


def _label_points(
    axes: Axes, points: Sequence[ScoredStakeholder], positions: list[tuple[float, float]]
) -> None:
    for (interest, power), members in _cells(points).items():
        if _named(points, members):
            for index in members:
                axes.annotate(
                    short_name(points[index].name, person=_is_person(points[index])),
                    positions[index],
                    xytext=(6, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize=NAME_SIZE,
                    color="#222222",
                    zorder=4,
                    annotation_clip=False,
                )
        else:
            axes.text(
                interest + 0.47,
                power - 0.47,
                str(len(members)),
                ha="right",
                va="bottom",
                fontsize=7,
                color="#222222",
                zorder=4,
                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.75, "pad": 1},
            )


def _legend(figure: Figure, points: Sequence[ScoredStakeholder]) -> None:
    present = {point.sector for point in points}
    handles = []
    for sector, (colour, marker) in SECTOR_STYLE.items():
        if sector not in present:
            continue
        text = translate("Charts", "No sector") if sector is None else label(sector)
        handles.append(
            Line2D([], [], linestyle="none", marker=marker, color=colour, markersize=6,
                   markeredgecolor="white", label=text)
        )  # fmt: skip
    if handles:
        figure.legend(
            handles=handles,
            loc="outside lower center",
            ncols=len(handles),
            frameon=False,
            fontsize=8,
            handletextpad=0.3,
            columnspacing=1.2,
        )
