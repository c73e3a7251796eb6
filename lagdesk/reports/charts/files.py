"""`lagdesk export charts`: every chart of DOMAIN.md as its own file (PNG, SVG or PDF).

The same chart functions as the app and the Integrated Action Plan draw them; one file per
indicator for the progress charts, named by the indicator's code. Personal names never
appear: the power/interest matrix is the organisations'.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from matplotlib.figure import Figure

from lagdesk.core.meetings.participation import meeting_breakdown
from lagdesk.core.reporting.plan_content import IapData, status_counts
from lagdesk.core.reporting.plan_items import PlanIndicator, funding_by_source, known_funding
from lagdesk.core.stakeholders.assessments import matrix_points
from lagdesk.core.support.files import write_atomically
from lagdesk.db.database import Database
from lagdesk.reports.charts import missing_glyphs_allowed
from lagdesk.reports.charts.attendance import attendance_by_sector_figure
from lagdesk.reports.charts.gantt import gantt_actions, gantt_figure
from lagdesk.reports.charts.indicator_progress import indicator_progress_figure, progress_series
from lagdesk.reports.charts.plan_overview import (
    composition_figure,
    funding_figure,
    indicator_status_figure,
)
from lagdesk.reports.charts.power_interest import power_interest_figure

CHART_FORMATS = ("png", "svg", "pdf")
#: Pixels per inch of PNG files: sharp at A4 width (6.3 in -> 1,260 px).
PNG_DPI = 200


def safe_file_name(text: str) -> str:
    """A code as a file name on every system: letters, digits, dot, dash and underscore."""
    cleaned = re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("._")
    return cleaned[:80] or "indicator"


def chart_figures(database: Database, data: IapData) -> Iterator[tuple[str, Callable[[], Figure]]]:
    """(file stem, a function drawing the chart) for every chart, in a fixed order."""
    plan = data.plan
    yield "timeline", lambda: gantt_figure(gantt_actions(plan), today=data.as_of)
    yield "indicator-status", lambda: indicator_status_figure(status_counts(data))
    yield "funding", lambda: funding_figure(known_funding(funding_by_source(plan.actions)))
    if data.composition is not None:
        composition = data.composition
        yield "composition", lambda: composition_figure(composition.by_sector_gender)
    yield "attendance", lambda: attendance_by_sector_figure(meeting_breakdown(database))
    yield "power-interest", lambda: power_interest_figure(matrix_points(database, "organisation"))
    used: set[str] = set()
    for item in plan.indicators:
        stem = "progress-" + safe_file_name(item.code)
        while stem in used:
            stem += "_"
        used.add(stem)

        def draw(item: PlanIndicator = item) -> Figure:
            points = data.charted.get(item.id, ())
            return indicator_progress_figure(
                progress_series(item, points, data.progress.get(item.id)), today=data.as_of
            )

        yield stem, draw


def write_charts(
    database: Database,
    data: IapData,
    folder: Path,
    chart_format: str = "png",
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Write every chart into ``folder``; returns the files. Each file appears whole, and
    when one fails (a full disk) the files this call added are removed again: no folder
    with half of the charts."""
    charts = list(chart_figures(database, data))
    written: list[Path] = []
    added: list[Path] = []
    try:
        _write_each(charts, folder, chart_format, written, added, progress)
    except BaseException:
        for path in added:
            path.unlink(missing_ok=True)
        raise
    return written


def _write_each(
    charts: list[tuple[str, Callable[[], Figure]]],
    folder: Path,
    chart_format: str,
    written: list[Path],
    added: list[Path],
    progress: Callable[[int, int], None] | None,
) -> None:
    for index, (stem, draw) in enumerate(charts, start=1):
        figure = draw()
        out = folder / f"{stem}.{chart_format}"
        dpi = PNG_DPI if chart_format == "png" else None

        def save(path: str, figure: Figure = figure, dpi: int | None = dpi) -> None:
            with missing_glyphs_allowed():
                figure.savefig(path, format=chart_format, dpi=dpi)

        existed = out.exists()
        written.append(write_atomically(out, save))
        if not existed:
            added.append(out)
        if progress is not None:
            progress(index, len(charts))
