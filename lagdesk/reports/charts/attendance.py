"""Attendance per meeting by sector: one stacked bar per meeting, in date order.

Each bar stacks the people who attended (named and anonymous) by the sector of their
organisation: the four sectors always, "No sector" only when someone has none. The colours
are Okabe-Ito (the same as the power/interest matrix) and each sector also has a hatch, so
the chart reads in grey print and for colour-blind readers. A plain ``Figure`` (never
pyplot), sized for the width of an A4 page.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from lagdesk.core.meetings.participation import MeetingParticipation
from lagdesk.core.support.labels import label
from lagdesk.db.codes import Sector
from lagdesk.i18n import QT_TRANSLATE_NOOP, translate
from lagdesk.reports.charts import nothing_to_show
from lagdesk.reports.charts.power_interest import SECTOR_STYLE

CONTEXT = "Charts"

#: Width (inches) of a figure that fits an A4 page's text width, and its height.
A4_SIZE = (6.3, 3.9)
#: The sectors in stacking order, bottom first; ``None`` is "no sector".
SECTORS: tuple[Sector | None, ...] = (*Sector, None)
HATCHES: dict[Sector | None, str] = {
    Sector.PUBLIC: "",
    Sector.PRIVATE: "//",
    Sector.CIVIC: "..",
    Sector.KNOWLEDGE: "xx",
    None: "--",
}

TITLE = QT_TRANSLATE_NOOP("Charts", "Attendance by sector")
PEOPLE = QT_TRANSLATE_NOOP("Charts", "People attending")
MEETING = QT_TRANSLATE_NOOP("Charts", "Meeting date")
NO_SECTOR = QT_TRANSLATE_NOOP("Charts", "No sector")
NO_MEETINGS = QT_TRANSLATE_NOOP("Charts", "No meetings to show")


def sector_name(sector: Sector | None) -> str:
    return label(sector) if sector is not None else translate(CONTEXT, NO_SECTOR)


def shown_sectors(rows: Sequence[MeetingParticipation]) -> list[Sector | None]:
    """The sectors drawn, bottom first: every sector, and "no sector" when anyone has none."""
    shown: list[Sector | None] = list(Sector)
    if any(row.by_sector.get(None, 0) for row in rows):
        shown.append(None)
    return shown


def attendance_by_sector_figure(rows: Sequence[MeetingParticipation]) -> Figure:
    """One stacked bar per meeting (in the order given), one bar container per sector."""
    figure = Figure(figsize=A4_SIZE, layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(translate(CONTEXT, TITLE), fontsize=11, loc="left")
    if not rows:
        return nothing_to_show(figure, axes, translate(CONTEXT, NO_MEETINGS))

    positions = list(range(len(rows)))
    bottoms = [0] * len(rows)
    for sector in shown_sectors(rows):
        heights = [row.by_sector.get(sector, 0) for row in rows]
        axes.bar(
            positions,
            heights,
            bottom=bottoms,
            width=0.7,
            label=sector_name(sector),
            color=SECTOR_STYLE[sector][0],
            hatch=HATCHES[sector],
            edgecolor="white",
            linewidth=0.5,
        )
        bottoms = [below + height for below, height in zip(bottoms, heights, strict=True)]

    # Fewer tick labels when the meetings are many, so that the dates stay readable.
    step = max(1, -(-len(rows) // 24))
    shown = positions[::step]
    axes.set_xticks(shown, [rows[i].date.isoformat() for i in shown])
    axes.tick_params(axis="x", labelrotation=45, labelsize=7 if len(rows) > 12 else 8)
    for text in axes.get_xticklabels():
        text.set_horizontalalignment("right")
        text.set_rotation_mode("anchor")
    axes.tick_params(axis="y", labelsize=8)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlim(-0.6, len(rows) - 0.4)
    axes.set_xlabel(translate(CONTEXT, MEETING), fontsize=9)
    axes.set_ylabel(translate(CONTEXT, PEOPLE), fontsize=9)
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="y", linewidth=0.4, alpha=0.5)
    axes.set_axisbelow(True)
    axes.legend(
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        fontsize=8,
        frameon=False,
        title=None,
    )
    return figure
