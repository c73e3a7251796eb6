"""The counts at the top of attendance mode: present and invited in large type, then the
walk-ins, the anonymous, the excused and the no-shows, and the present by sector and gender.

They follow every change, so the coordinator can say "we are 32" without counting heads.
The four lines go into the list's column one by one rather than in a box of their own: when
the column is squeezed (a narrow, short tab) the layout then shortens the list, the tallest
item, and the counts stay whole.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from lagdesk.core.meetings import attendance as att
from lagdesk.core.support.labels import label
from lagdesk.i18n import translate
from lagdesk.ui.common.formatting import format_number
from lagdesk.ui.meetings.anonymous_counts import sector_name


class CountsBar:
    """Four lines of counts (``show_counts``), selectable to copy, made on ``parent``."""

    def __init__(self, parent: QWidget) -> None:
        self.counts_label = QLabel(parent)
        self.counts_label.setObjectName("attendance_counts")
        big = QFont(self.counts_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.counts_label.setFont(big)
        self.details_label = QLabel(parent)
        self.details_label.setObjectName("attendance_details")
        self.sector_label = QLabel(parent)
        self.sector_label.setObjectName("attendance_by_sector")
        self.gender_label = QLabel(parent)
        self.gender_label.setObjectName("attendance_by_gender")
        for line in (self.details_label, self.sector_label, self.gender_label):
            line.setWordWrap(True)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def lines(self) -> tuple[QLabel, ...]:
        """The labels from top to bottom, for the panel to lay out."""
        return (self.counts_label, self.details_label, self.sector_label, self.gender_label)

    def show_counts(self, counts: att.LiveCounts) -> None:
        # The texts keep the context of the attendance panel they were first written in.
        number = format_number
        self.counts_label.setText(
            translate("AttendancePanel", "{present} present · {invited} invited").format(
                present=number(counts.present), invited=number(counts.invited)
            )
        )
        self.details_label.setText(
            translate(
                "AttendancePanel",
                "Walk-ins {walk_ins} · counted anonymously {anonymous} · excused {excused} · no-show {no_show}",
            ).format(
                walk_ins=number(counts.walk_ins),
                anonymous=number(counts.anonymous),
                excused=number(counts.excused),
                no_show=number(counts.no_show),
            )
        )
        sectors = "  ·  ".join(
            translate("AttendancePanel", "{name} {count}").format(
                name=sector_name(sector), count=number(n)
            )
            for sector, n in counts.by_sector.items()
        )
        genders = "  ·  ".join(
            translate("AttendancePanel", "{name} {count}").format(
                name=label(gender), count=number(n)
            )
            for gender, n in counts.by_gender.items()
        )
        self.sector_label.setText(
            translate("AttendancePanel", "By sector: {counts}").format(counts=sectors)
        )
        self.gender_label.setText(
            translate("AttendancePanel", "By gender: {counts}").format(counts=genders)
        )
