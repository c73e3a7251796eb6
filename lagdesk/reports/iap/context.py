"""Chapter 2, context and challenge: the city's context and problem analysis as the plan
states them, and the baseline of every indicator that has one."""

from __future__ import annotations

from lagdesk.core.reporting.plan_content import IapData
from lagdesk.core.support.labels import label_of
from lagdesk.db.codes import IndicatorUnit
from lagdesk.i18n import translate
from lagdesk.reports.document import Block, Chapter, Heading, table
from lagdesk.reports.iap.common import L, R, date_text, note, number, text_blocks


def chapter(data: IapData) -> Chapter:
    blocks: list[Block] = []
    plan = data.plan
    if plan.context:
        blocks.append(Heading(translate("Iap", "Context")))
        blocks.extend(text_blocks(plan.context))
    if plan.problem_analysis:
        blocks.append(Heading(translate("Iap", "Problem analysis")))
        blocks.extend(text_blocks(plan.problem_analysis))
    baselines = [
        (
            item.code,
            item.name,
            label_of(IndicatorUnit, item.unit),
            number(item.baseline_value),
            date_text(item.baseline_date),
        )
        for item in plan.indicators
        if item.baseline_value is not None
    ]
    if baselines:
        blocks.append(Heading(translate("Iap", "Baseline")))
        blocks.append(
            table(
                (
                    translate("Iap", "Code"),
                    translate("Iap", "Indicator"),
                    translate("Iap", "Unit"),
                    translate("Iap", "Baseline"),
                    translate("Iap", "Date"),
                ),
                baselines,
                align=(L, L, L, R, L),
                widths=(1.2, 5, 1.3, 1.3, 1.5),
            )
        )
    if not blocks:
        blocks.append(
            note(translate("Iap", "No context, problem analysis or baseline is recorded yet."))
        )
    return Chapter(translate("Iap", "Context and challenge"), tuple(blocks))
