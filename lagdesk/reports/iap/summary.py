"""Chapter 1, the cover and executive summary: who prepared the plan in which network, the
vision, and the key figures a reader wants first (objectives, cost and funding, indicators
on track, members, meetings, risks). Also the lines of the title page."""

from __future__ import annotations

from lagdesk.core.reporting.plan_content import IapData
from lagdesk.core.support.labels import label_of
from lagdesk.db.codes import FundingStatus, ObjectiveLevel, PlanStatus, Programme, ProgressStatus
from lagdesk.i18n import format_amount, format_date, translate
from lagdesk.reports.document import Block, Chapter, Heading, Paragraph, table
from lagdesk.reports.iap.common import L, R, number, text_blocks


def cover_lines(data: IapData) -> tuple[str, ...]:
    """The title page's lines under the title: city, network, programme, version, date."""
    version = data.version
    version_line = (
        translate("Iap", "Version: {name} ({status}, {date})").format(
            name=version.name,
            status=label_of(PlanStatus, version.status),
            date=format_date(version.saved_at.date()),
        )
        if version is not None
        else translate("Iap", "Version: the plan as it stands (not a saved version)")
    )
    network = data.network
    return tuple(
        line
        for line in (
            data.city,
            network.name if network is not None else "",
            label_of(Programme, network.programme) if network is not None else "",
            version_line,
            translate("Iap", "Report date: {date}").format(date=format_date(data.as_of)),
        )
        if line
    )


def chapter(data: IapData) -> Chapter:
    plan = data.plan
    cost = plan.cost()
    secured = plan.funded(FundingStatus.SECURED)
    statuses = [found.status for found in data.progress.values()]
    on_track = sum(
        status in (ProgressStatus.ACHIEVED, ProgressStatus.ON_TRACK) for status in statuses
    )
    figures = [
        (translate("Iap", "Strategic objectives"), number(len(plan.strategic()))),
        (
            translate("Iap", "Specific objectives"),
            number(sum(1 for item in plan.objectives if item.level == ObjectiveLevel.SPECIFIC)),
        ),
        (translate("Iap", "Actions"), number(len(plan.actions))),
        (translate("Iap", "Estimated cost"), format_amount(cost)),
        (translate("Iap", "Secured funding"), format_amount(secured)),
        (translate("Iap", "Funding gap"), format_amount(cost - secured)),
        (translate("Iap", "Indicators"), number(len(plan.indicators))),
        (translate("Iap", "Indicators achieved or on track"), number(on_track)),
        (
            translate("Iap", "Local group members"),
            number(data.composition.total if data.composition else 0),
        ),
        (translate("Iap", "Meetings held"), number(len(data.meetings))),
        (translate("Iap", "Risks"), number(len(plan.risks))),
    ]
    blocks: list[Block] = []
    network = data.network
    if network is not None:
        blocks.append(
            Paragraph.of(
                translate(
                    "Iap", "{city} prepared this plan in the {network} network ({programme})."
                ).format(
                    city=data.city or translate("Iap", "The city"),
                    network=network.name,
                    programme=label_of(Programme, network.programme),
                )
            )
        )
        if network.topic:
            blocks.append(
                Paragraph.of(translate("Iap", "Topic: {topic}").format(topic=network.topic))
            )
    if plan.vision:
        blocks.append(Heading(translate("Iap", "Vision")))
        blocks.extend(text_blocks(plan.vision))
    blocks.append(Heading(translate("Iap", "Key figures")))
    blocks.append(
        table(
            (translate("Iap", "Key figure"), translate("Iap", "Value")),
            figures,
            align=(L, R),
            widths=(3, 1.5),
        )
    )
    return Chapter(translate("Iap", "Cover and executive summary"), tuple(blocks))
