"""Chapter 8, monitoring: the indicators by status, the results framework (each indicator
with its objective, baseline, target, source, frequency, current value and status as of
the report date) and the progress charts of the measured indicators."""

from __future__ import annotations

from lagdesk.core.indicators.progress import STATUS_COLOURS, status_label
from lagdesk.core.reporting.plan_content import IapData, status_counts
from lagdesk.core.support.labels import label_of
from lagdesk.db.codes import Frequency, IndicatorUnit, ProgressStatus
from lagdesk.i18n import format_date, translate
from lagdesk.reports.charts.indicator_progress import indicator_progress_figure, progress_series
from lagdesk.reports.charts.plan_overview import indicator_status_figure
from lagdesk.reports.document import Block, Cell, Chapter, Figure, Heading, Paragraph, table
from lagdesk.reports.iap.common import L, R, note, number, png


def chapter(data: IapData) -> Chapter:
    plan = data.plan
    if not plan.indicators:
        return Chapter(
            translate("Iap", "Monitoring"),
            (note(translate("Iap", "No indicators are recorded.")),),
        )
    rows: list[tuple[Cell, ...]] = []
    for item in plan.indicators:
        found = data.progress.get(item.id)
        status = found.status if found is not None else ProgressStatus.NO_DATA
        rows.append(
            (
                Cell(", ".join(item.objectives)),
                Cell(translate("Iap", "{code} {name}").format(code=item.code, name=item.name)),
                Cell(label_of(IndicatorUnit, item.unit)),
                Cell(number(item.baseline_value)),
                Cell(number(item.target_value)),
                Cell(item.data_source),
                Cell(label_of(Frequency, item.frequency)),
                Cell(number(found.current_value) if found is not None else ""),
                Cell(status_label(status), fill=_light(STATUS_COLOURS[status])),
            )
        )
    counts = status_counts(data)
    blocks: list[Block] = [
        Figure(
            png(indicator_status_figure(counts)),
            width_mm=140,
            description=translate("Iap", "Indicators by status"),
        ),
        Heading(translate("Iap", "Results framework")),
        Paragraph.of(
            translate("Iap", "Current values and statuses as of {date}.").format(
                date=format_date(data.as_of)
            )
        ),
        table(
            (
                translate("Iap", "Objective"),
                translate("Iap", "Indicator"),
                translate("Iap", "Unit"),
                translate("Iap", "Baseline"),
                translate("Iap", "Target"),
                translate("Iap", "Source"),
                translate("Iap", "Frequency"),
                translate("Iap", "Current value"),
                translate("Iap", "Status"),
            ),
            rows,
            align=(L, L, L, R, R, L, L, R, L),
            widths=(1.1, 3.1, 1.2, 1.3, 1.3, 2, 1.5, 1.3, 1.4),
        ),
    ]
    if data.charted:
        blocks.append(Heading(translate("Iap", "Progress charts")))
        by_id = {item.id: item for item in plan.indicators}
        for indicator_id, points in data.charted.items():
            indicator = by_id.get(indicator_id)
            if indicator is None:
                continue
            figure = indicator_progress_figure(
                progress_series(indicator, points, data.progress.get(indicator.id)),
                today=data.as_of,
            )
            blocks.append(
                Figure(
                    png(figure),
                    width_mm=150,
                    description=translate("Iap", "{code} {name}").format(
                        code=indicator.code, name=indicator.name
                    ),
                )
            )
        if data.not_charted:
            blocks.append(
                note(
                    translate(
                        "Iap",
                        "Progress charts of {count} more indicators are left out here; the chart "
                        "export draws every one.",
                    ).format(count=number(data.not_charted))
                )
            )
    return Chapter(translate("Iap", "Monitoring"), tuple(blocks))


def _light(colour: str) -> str:
    """A status colour mixed with white, so black text on it stays easy to read."""
    red, green, blue = (int(colour[index : index + 2], 16) for index in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(
        *(round(part + (255 - part) * 0.6) for part in (red, green, blue))
    )
