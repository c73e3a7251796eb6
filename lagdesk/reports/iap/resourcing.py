"""Chapter 7, resourcing: each action's cost against its secured, applied-for and potential
funding, the gap and the secured share, then the funding by source and status."""

from __future__ import annotations

from decimal import Decimal

from lagdesk.core.reporting.plan_content import IapData
from lagdesk.core.reporting.plan_items import funding_by_source, known_funding
from lagdesk.core.support.labels import label_of
from lagdesk.db.codes import FundingSource, FundingStatus
from lagdesk.i18n import format_amount, translate
from lagdesk.reports.charts.plan_overview import funding_figure
from lagdesk.reports.document import Block, Cell, Chapter, Figure, Heading, table
from lagdesk.reports.iap.common import L, R, note, percent, png


def chapter(data: IapData) -> Chapter:
    plan = data.plan
    if not plan.actions:
        return Chapter(
            translate("Iap", "Resourcing"), (note(translate("Iap", "No actions are recorded.")),)
        )
    rows: list[list[Cell]] = []
    totals = [Decimal(0)] * 5
    for action in plan.actions:
        cost = action.cost
        secured = action.funded(FundingStatus.SECURED)
        applied = action.funded(FundingStatus.APPLIED)
        potential = action.funded(FundingStatus.POTENTIAL)
        gap = cost - secured
        for index, value in enumerate((cost, secured, applied, potential, gap)):
            totals[index] += value
        share = float(secured / cost) if cost else None
        rows.append(
            [
                Cell(action.code),
                *(Cell(format_amount(value)) for value in (cost, secured, applied, potential, gap)),
                Cell(percent(share)),
            ]
        )
    total_share = float(totals[1] / totals[0]) if totals[0] else None
    rows.append(
        [
            Cell(translate("Iap", "Total"), bold=True),
            *(Cell(format_amount(value), bold=True) for value in totals),
            Cell(percent(total_share), bold=True),
        ]
    )
    headers = (
        translate("Iap", "Action"),
        translate("Iap", "Cost"),
        translate("Iap", "Secured"),
        translate("Iap", "Applied"),
        translate("Iap", "Potential"),
        translate("Iap", "Gap"),
        translate("Iap", "Secured share"),
    )
    by_source = funding_by_source(plan.actions)
    sources = sorted({source for source, _ in by_source})
    source_rows = [
        (
            label_of(FundingSource, source),
            *(
                format_amount(by_source.get((source, status.value), Decimal(0)))
                for status in FundingStatus
            ),
        )
        for source in sources
    ]
    blocks: list[Block] = [
        Heading(translate("Iap", "Cost and funding per action")),
        table(headers, rows, align=(L, R, R, R, R, R, R), widths=(1, 1.6, 1.6, 1.6, 1.6, 1.6, 1.2)),
        Heading(translate("Iap", "Funding by source")),
    ]
    if source_rows:
        blocks.append(
            table(
                (
                    translate("Iap", "Source"),
                    *(label_of(FundingStatus, status) for status in FundingStatus),
                ),
                source_rows,
                align=(L, *([R] * len(FundingStatus))),
            )
        )
        blocks.append(
            Figure(
                png(funding_figure(known_funding(by_source))),
                width_mm=150,
                description=translate("Iap", "Funding by source and status"),
            )
        )
    else:
        blocks.append(note(translate("Iap", "No funding lines are recorded.")))
    return Chapter(translate("Iap", "Resourcing"), tuple(blocks))
