"""Chapter 4, vision and objectives: the vision as the plan states it and the objective
tree, each strategic objective followed by its specific objectives."""

from __future__ import annotations

from lagdesk.core.reporting.plan_content import IapData
from lagdesk.i18n import translate
from lagdesk.reports.document import Block, Cell, Chapter, Heading, table
from lagdesk.reports.iap.common import note, text_blocks


def chapter(data: IapData) -> Chapter:
    plan = data.plan
    blocks: list[Block] = []
    if plan.vision:
        blocks.append(Heading(translate("Iap", "Vision")))
        blocks.extend(text_blocks(plan.vision))
    if not plan.objectives:
        blocks.append(note(translate("Iap", "No objectives are recorded.")))
        return Chapter(translate("Iap", "Vision and objectives"), tuple(blocks))
    blocks.append(Heading(translate("Iap", "Objective tree")))
    rows: list[tuple[Cell, Cell, Cell]] = []
    for strategic in plan.strategic():
        rows.append(
            (
                Cell(strategic.code, bold=True),
                Cell(strategic.title, bold=True),
                Cell(strategic.description),
            )
        )
        for specific in plan.children(strategic.id):
            rows.append(
                (
                    Cell(specific.code),
                    Cell("    " + specific.title),
                    Cell(specific.description),
                )
            )
    blocks.append(
        table(
            (
                translate("Iap", "Code"),
                translate("Iap", "Objective"),
                translate("Iap", "Description"),
            ),
            rows,
            widths=(0.8, 4, 4),
        )
    )
    return Chapter(translate("Iap", "Vision and objectives"), tuple(blocks))
