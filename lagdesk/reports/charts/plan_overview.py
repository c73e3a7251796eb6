"""Three overview charts of the Integrated Action Plan: indicator statuses, funding by
source and status, and the local group's composition by sector and gender.

Colours are Okabe-Ito and every series also has its own hatch, so the charts read for
colour-blind readers and in grey print. Numbers on the charts follow the chosen language
(QLocale). Plain ``Figure`` objects (never pyplot), sized for the width of an A4 page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Literal

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from lagdesk import i18n
from lagdesk.core.indicators.progress import STATUS_COLOURS, status_label
from lagdesk.core.support.labels import label
from lagdesk.db.codes import FundingSource, FundingStatus, Gender, ProgressStatus, Sector
from lagdesk.i18n import QT_TRANSLATE_NOOP, translate
from lagdesk.reports.charts import nothing_to_show
from lagdesk.reports.charts.attendance import sector_name

CONTEXT = "Charts"
A4_SIZE = (6.3, 3.6)

STATUS_TITLE = QT_TRANSLATE_NOOP("Charts", "Indicator status")
INDICATORS = QT_TRANSLATE_NOOP("Charts", "Indicators")
FUNDING_TITLE = QT_TRANSLATE_NOOP("Charts", "Funding by source and status")
AMOUNT = QT_TRANSLATE_NOOP("Charts", "Amount")
COMPOSITION_TITLE = QT_TRANSLATE_NOOP("Charts", "Local group by sector and gender")
MEMBERS = QT_TRANSLATE_NOOP("Charts", "Members")
NOTHING = QT_TRANSLATE_NOOP("Charts", "Nothing to show yet")

#: Statuses from best to worst, as the bars run top to bottom.
STATUS_ORDER = (
    ProgressStatus.ACHIEVED,
    ProgressStatus.ON_TRACK,
    ProgressStatus.AT_RISK,
    ProgressStatus.OFF_TRACK,
    ProgressStatus.NO_DATA,
)
#: Achieved and on track share a colour (DOMAIN.md); the hatch tells them apart.
STATUS_HATCHES = {
    ProgressStatus.ACHIEVED: "",
    ProgressStatus.ON_TRACK: "//",
    ProgressStatus.AT_RISK: "..",
    ProgressStatus.OFF_TRACK: "xx",
    ProgressStatus.NO_DATA: "--",
}
FUNDING_STYLE: dict[FundingStatus, tuple[str, str]] = {
    FundingStatus.SECURED: ("#009E73", ""),
    FundingStatus.APPLIED: ("#56B4E9", "//"),
    FundingStatus.POTENTIAL: ("#E69F00", ".."),
}
GENDER_STYLE: dict[Gender, tuple[str, str]] = {
    Gender.FEMALE: ("#D55E00", ""),
    Gender.MALE: ("#0072B2", "//"),
    Gender.NON_BINARY: ("#CC79A7", ".."),
    Gender.PREFER_NOT_TO_SAY: ("#999999", "xx"),
    Gender.UNKNOWN: ("#DDDDDD", "--"),
}


def count_text(value: float) -> str:
    return i18n.locale().toString(round(value))


def _tidy(axes: Axes, grid_axis: Literal["x", "y"]) -> None:
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis=grid_axis, linewidth=0.4, alpha=0.5)
    axes.set_axisbelow(True)
    axes.tick_params(labelsize=8)


def indicator_status_figure(counts: Mapping[ProgressStatus, int]) -> Figure:
    """How many indicators are in each status, one labelled bar per status."""
    figure = Figure(figsize=(6.3, 2.6), layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(translate(CONTEXT, STATUS_TITLE), fontsize=11, loc="left")
    if not any(counts.values()):
        return nothing_to_show(figure, axes, translate(CONTEXT, NOTHING))
    statuses = list(reversed(STATUS_ORDER))  # barh draws bottom up: best on top
    values = [counts.get(status, 0) for status in statuses]
    bars = axes.barh(
        [status_label(status) for status in statuses],
        values,
        color=[STATUS_COLOURS[status] for status in statuses],
        hatch=[STATUS_HATCHES[status] for status in statuses],
        edgecolor="white",
        height=0.65,
    )
    axes.bar_label(bars, labels=[count_text(value) for value in values], padding=3, fontsize=8)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _: count_text(value)))
    axes.set_xlabel(translate(CONTEXT, INDICATORS), fontsize=9)
    axes.set_xlim(0, max(values) * 1.15 + 0.5)
    _tidy(axes, "x")
    return figure


def funding_figure(amounts: Mapping[tuple[FundingSource, FundingStatus], Decimal]) -> Figure:
    """Per source, one bar stacked by status (secured, applied, potential)."""
    figure = Figure(figsize=A4_SIZE, layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(translate(CONTEXT, FUNDING_TITLE), fontsize=11, loc="left")
    sources = [
        source
        for source in FundingSource
        if any(amounts.get((source, status), 0) for status in FundingStatus)
    ]
    if not sources:
        return nothing_to_show(figure, axes, translate(CONTEXT, NOTHING))
    sources.reverse()  # the first source on top
    lefts = [0.0] * len(sources)
    for status in FundingStatus:
        widths = [float(amounts.get((source, status), 0)) for source in sources]
        colour, hatch = FUNDING_STYLE[status]
        axes.barh(
            [label(source) for source in sources],
            widths,
            left=lefts,
            color=colour,
            hatch=hatch,
            edgecolor="white",
            height=0.65,
            label=label(status),
        )
        lefts = [left + width for left, width in zip(lefts, widths, strict=True)]
    for position, total in enumerate(lefts):
        axes.text(total, position, " " + count_text(total), va="center", fontsize=8)
    axes.set_xlim(0, max(lefts) * 1.2)
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _: count_text(value)))
    axes.set_xlabel(translate(CONTEXT, AMOUNT), fontsize=9)
    axes.legend(loc="lower right", fontsize=8, frameon=False)
    _tidy(axes, "x")
    return figure


def composition_figure(
    by_sector_gender: Mapping[tuple[Sector | None, Gender], int],
) -> Figure:
    """Per sector, one bar stacked by gender (members of the local group)."""
    figure = Figure(figsize=A4_SIZE, layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(translate(CONTEXT, COMPOSITION_TITLE), fontsize=11, loc="left")
    sectors: Sequence[Sector | None] = [
        sector
        for sector in (*Sector, None)
        if any(by_sector_gender.get((sector, gender), 0) for gender in Gender)
    ]
    if not sectors:
        return nothing_to_show(figure, axes, translate(CONTEXT, NOTHING))
    genders = [
        gender
        for gender in Gender
        if any(by_sector_gender.get((sector, gender), 0) for sector in sectors)
    ]
    bottoms = [0] * len(sectors)
    names = [sector_name(sector) for sector in sectors]
    for gender in genders:
        heights = [by_sector_gender.get((sector, gender), 0) for sector in sectors]
        colour, hatch = GENDER_STYLE[gender]
        axes.bar(
            names,
            heights,
            bottom=bottoms,
            color=colour,
            hatch=hatch,
            edgecolor="white",
            width=0.65,
            label=label(gender),
        )
        bottoms = [below + height for below, height in zip(bottoms, heights, strict=True)]
    for position, total in enumerate(bottoms):
        axes.text(position, total, count_text(total), ha="center", va="bottom", fontsize=8)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylim(0, max(bottoms) * 1.15 + 0.5)
    axes.set_ylabel(translate(CONTEXT, MEMBERS), fontsize=9)
    axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    _tidy(axes, "y")
    return figure
