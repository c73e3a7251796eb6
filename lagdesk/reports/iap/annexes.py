"""Chapter 10, annexes: the meetings held with their attendance, and the local group's
members (by organisation and role; with personal names only when asked for)."""

from __future__ import annotations

from lagdesk.core.reporting.plan_content import IapData
from lagdesk.core.support.labels import label_of
from lagdesk.db.codes import MeetingType, MemberRole, Sector
from lagdesk.i18n import format_date, translate
from lagdesk.reports.document import Block, Chapter, Heading, table
from lagdesk.reports.iap.common import L, R, note, number


def chapter(data: IapData) -> Chapter:
    blocks: list[Block] = [Heading(translate("Iap", "Meetings and attendance"))]
    if data.meetings:
        blocks.append(
            table(
                (
                    translate("Iap", "Date"),
                    translate("Iap", "Meeting"),
                    translate("Iap", "Type"),
                    translate("Iap", "Present"),
                    translate("Iap", "Invited"),
                ),
                [
                    (
                        format_date(meeting.first_day),
                        meeting.title,
                        label_of(MeetingType, meeting.type),
                        number(meeting.present),
                        number(meeting.invited),
                    )
                    for meeting in data.meetings
                ],
                align=(L, L, L, R, R),
                widths=(1.3, 4, 1.8, 0.9, 0.9),
            )
        )
    else:
        blocks.append(note(translate("Iap", "No meetings are recorded.")))
    blocks.append(Heading(translate("Iap", "Local group members")))
    if data.members:
        headers: tuple[str, ...] = (
            translate("Iap", "Organisation"),
            translate("Iap", "Sector"),
            translate("Iap", "Role"),
        )
        rows: list[tuple[str, ...]] = [
            (
                member.organisation or translate("Iap", "No organisation"),
                label_of(Sector, member.sector),
                label_of(MemberRole, member.role),
            )
            for member in data.members
        ]
        if data.with_names:
            headers = (translate("Iap", "Name"), *headers)
            rows = [(member.name, *row) for member, row in zip(data.members, rows, strict=True)]
        blocks.append(table(headers, rows))
        if not data.with_names:
            blocks.append(
                note(
                    translate(
                        "Iap",
                        "Members are listed by organisation and role, without personal names.",
                    )
                )
            )
    else:
        blocks.append(note(translate("Iap", "No local group members are recorded.")))
    return Chapter(translate("Iap", "Annexes"), tuple(blocks))
