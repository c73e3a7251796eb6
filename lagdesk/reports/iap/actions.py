"""Chapter 5, the actions: under each objective, its actions with the expected result, the
lead and partner organisations, outputs, timescale and cost."""

from __future__ import annotations

from collections.abc import Iterable

from lagdesk.core.reporting.plan_content import IapData
from lagdesk.core.reporting.plan_items import PlanAction, PlanContent, PlanObjective
from lagdesk.i18n import format_amount, translate
from lagdesk.reports.document import Block, Chapter, Heading, table
from lagdesk.reports.iap.common import L, R, note, timescale


def _objective_sections(
    plan: PlanContent,
) -> Iterable[tuple[PlanObjective, tuple[PlanAction, ...]]]:
    """Each objective with its own actions, in tree order; objectives without any skipped."""
    for strategic in plan.strategic():
        for objective in (strategic, *plan.children(strategic.id)):
            actions = plan.by_objective.get(objective.id, ())
            if actions:
                yield objective, actions


def chapter(data: IapData) -> Chapter:
    plan = data.plan
    blocks: list[Block] = []
    for objective, actions in _objective_sections(plan):
        blocks.append(
            Heading(
                translate("Iap", "{code} {title}").format(
                    code=objective.code, title=objective.title
                )
            )
        )
        blocks.append(
            table(
                (
                    translate("Iap", "Expected result"),
                    translate("Iap", "Action"),
                    translate("Iap", "Lead"),
                    translate("Iap", "Partners"),
                    translate("Iap", "Outputs"),
                    translate("Iap", "Timescale"),
                    translate("Iap", "Cost"),
                ),
                [
                    (
                        action.expected_result,
                        translate("Iap", "{code} {title}").format(
                            code=action.code, title=action.title
                        ),
                        action.lead_organisation,
                        ", ".join(action.partners),
                        action.outputs,
                        timescale(action),
                        format_amount(action.cost) if action.estimated_cost is not None else "",
                    )
                    for action in actions
                ],
                align=(L, L, L, L, L, L, R),
                widths=(2.1, 2.5, 1.6, 1.7, 2, 1.7, 1.7),
            )
        )
    if not blocks:
        blocks.append(note(translate("Iap", "No actions are recorded.")))
    return Chapter(translate("Iap", "Actions"), tuple(blocks))
