"""Chapter 6, implementation: the timeline of the actions (drawn a page at a time, so a
large plan moves the progress bar), who leads and is responsible for each action, and the
milestones."""

from __future__ import annotations

from lagdesk.core.reporting.plan_content import IapData
from lagdesk.core.support.labels import label_of
from lagdesk.db.codes import ActionStatus, ActionType
from lagdesk.i18n import translate
from lagdesk.reports.charts.gantt import ROWS_PER_PAGE, gantt_actions, iter_gantt_figure_pages
from lagdesk.reports.document import Block, Chapter, Figure, Heading, table
from lagdesk.reports.iap.common import C, L, chapter_progress, date_text, note, person, png

#: Rows of actions and objectives on one page of the timeline.
TIMELINE_ROWS = ROWS_PER_PAGE


def chapter(data: IapData) -> Chapter:
    plan = data.plan
    blocks: list[Block] = []
    if not plan.actions:
        blocks.append(note(translate("Iap", "No actions are recorded, so there is no timeline.")))
        return Chapter(translate("Iap", "Implementation"), tuple(blocks))
    blocks.append(Heading(translate("Iap", "Timeline")))
    figures = iter_gantt_figure_pages(
        gantt_actions(plan),
        TIMELINE_ROWS,
        today=data.as_of,
        scale="quarters",
        progress=chapter_progress,
    )
    # The chart carries its own title: no caption that a page break could part from it.
    blocks.extend(
        Figure(png(figure), width_mm=170, description=translate("Iap", "Timeline of the actions"))
        for figure in figures
    )
    blocks.append(Heading(translate("Iap", "Responsibilities")))
    blocks.append(
        table(
            (
                translate("Iap", "Action"),
                translate("Iap", "Type"),
                translate("Iap", "Lead"),
                translate("Iap", "Responsible"),
                translate("Iap", "Status"),
            ),
            [
                (
                    translate("Iap", "{code} {title}").format(code=action.code, title=action.title),
                    label_of(ActionType, action.type),
                    action.lead_organisation,
                    person(data, action.responsible_person),
                    label_of(ActionStatus, action.status),
                )
                for action in plan.actions
            ],
            widths=(4, 1.6, 2.2, 1.8, 1.2),
        )
    )
    milestones = [
        (
            action.code,
            item.title,
            date_text(item.due_on),
            translate("Iap", "Done") if item.done else "",
        )
        for action in plan.actions
        for item in action.milestones
    ]
    blocks.append(Heading(translate("Iap", "Milestones")))
    if milestones:
        blocks.append(
            table(
                (
                    translate("Iap", "Action"),
                    translate("Iap", "Milestone"),
                    translate("Iap", "Due"),
                    translate("Iap", "Done"),
                ),
                milestones,
                align=(L, L, L, C),
                widths=(0.9, 5, 1.4, 0.9),
            )
        )
    else:
        blocks.append(note(translate("Iap", "No milestones are recorded.")))
    return Chapter(translate("Iap", "Implementation"), tuple(blocks))
