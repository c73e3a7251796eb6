"""Chapter 3, the participatory process: who is in the local group (by sector and gender),
the meetings held and the participatory tools used, and the transnational learning."""

from __future__ import annotations

from collections import defaultdict

from lagdesk.core.meetings.planning import tool_label
from lagdesk.core.reporting.plan_content import IapData
from lagdesk.core.support.labels import label_of
from lagdesk.db.codes import Gender, MeetingType, Sector
from lagdesk.i18n import format_date, translate
from lagdesk.reports.charts.plan_overview import composition_figure
from lagdesk.reports.document import (
    Block,
    BulletList,
    Cell,
    Chapter,
    Figure,
    Heading,
    Paragraph,
    table,
)
from lagdesk.reports.iap.common import L, R, note, number, png, text_blocks


def chapter(data: IapData) -> Chapter:
    blocks: list[Block] = []
    composition = data.composition
    if composition is not None and composition.total:
        blocks.append(Heading(translate("Iap", "Local group composition")))
        blocks.append(
            Paragraph.of(
                translate("Iap", "{group}: {count} members on {date}.").format(
                    group=data.local_group,
                    count=number(composition.total),
                    date=format_date(data.as_of),
                )
            )
        )
        genders = [gender for gender in Gender if composition.by_gender.get(gender, 0)]
        sectors: list[Sector | None] = [
            sector for sector in (*Sector, None) if composition.by_sector.get(sector, 0)
        ]
        rows: list[tuple[str | Cell, ...]] = []
        for sector in sectors:
            name = (
                label_of(Sector, sector)
                if sector is not None
                else translate("Iap", "No organisation")
            )
            counts = [composition.by_sector_gender.get((sector, gender), 0) for gender in genders]
            rows.append((name, *map(number, counts), number(composition.by_sector[sector])))
        totals = [number(composition.by_gender.get(gender, 0)) for gender in genders]
        rows.append(
            (
                Cell(translate("Iap", "Total"), bold=True),
                *map(Cell, totals),
                Cell(number(composition.total)),
            )
        )
        blocks.append(
            table(
                (
                    translate("Iap", "Sector"),
                    *(label_of(Gender, gender) for gender in genders),
                    translate("Iap", "Total"),
                ),
                rows,
                align=(L, *([R] * (len(genders) + 1))),
                widths=(3, *([1.0] * (len(genders) + 1))),
            )
        )
        blocks.append(
            Figure(
                png(composition_figure(composition.by_sector_gender)),
                width_mm=150,
                description=translate("Iap", "Local group members by sector and gender"),
            )
        )
    else:
        blocks.append(note(translate("Iap", "No local group members are recorded.")))
    blocks.append(Heading(translate("Iap", "Meetings held")))
    if data.meetings:
        by_type: dict[str, int] = defaultdict(int)
        for meeting in data.meetings:
            by_type[label_of(MeetingType, meeting.type)] += 1
        blocks.append(
            Paragraph.of(
                translate(
                    "Iap", "{count} meetings up to {date}, with {present} attendances."
                ).format(
                    count=number(len(data.meetings)),
                    date=format_date(data.as_of),
                    present=number(sum(meeting.present for meeting in data.meetings)),
                )
            )
        )
        blocks.append(
            table(
                (translate("Iap", "Meeting type"), translate("Iap", "Meetings")),
                sorted((name, number(count)) for name, count in by_type.items()),
                align=(L, R),
                widths=(4, 1),
            )
        )
    else:
        blocks.append(note(translate("Iap", "No meetings are recorded.")))
    blocks.append(Heading(translate("Iap", "Tools used")))
    if data.tools:
        blocks.append(
            BulletList(
                tuple(
                    translate("Iap", "{tool}: {count} meetings").format(
                        tool=tool_label(code), count=count
                    )
                    for code, count in data.tools
                )
            )
        )
    else:
        blocks.append(note(translate("Iap", "No participatory tools are recorded.")))
    blocks.append(Heading(translate("Iap", "Transnational learning")))
    learning = data.plan.transnational_learning
    blocks.extend(text_blocks(learning))
    if data.transnational_meetings:
        blocks.append(
            table(
                (
                    translate("Iap", "Transnational meeting"),
                    translate("Iap", "Place"),
                    translate("Iap", "Dates"),
                ),
                [
                    (
                        meeting.title,
                        meeting.place,
                        translate("Iap", "{start} – {end}").format(
                            start=format_date(meeting.start_date), end=format_date(meeting.end_date)
                        ),
                    )
                    for meeting in sorted(
                        data.transnational_meetings, key=lambda item: item.start_date
                    )
                ],
                widths=(3, 2, 2),
            )
        )
    elif not learning:
        blocks.append(note(translate("Iap", "No transnational learning is recorded.")))
    return Chapter(translate("Iap", "Participatory process"), tuple(blocks))
