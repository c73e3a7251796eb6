"""A group's memberships with their dates, and "End membership" for the selected one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.stakeholders import register as sh
from lagdesk.ui.common.flow_layout import FlowLayout, labelled
from lagdesk.ui.common.formatting import format_number
from lagdesk.ui.common.tables import list_table
from lagdesk.ui.common.widgets import DateEdit
from lagdesk.ui.stakeholders.group_models import MemberTableModel, is_current


class MembersPanel(QWidget):
    """Emits ``end_requested(membership_id, day)``; the owner stores it (or keeps it)."""

    end_requested = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[sh.MemberRow] = []
        self.model = MemberTableModel(self)
        self.table = list_table(self.model, "members", self.tr("Members"), self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MemberTableModel.Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            MemberTableModel.Column.ORGANISATION, QHeaderView.ResizeMode.Stretch
        )
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.show_former = QCheckBox(self.tr("Show former mem&bers"), self)
        self.show_former.setChecked(True)
        self.left_on = DateEdit(self)
        left_label = QLabel(self.tr("&Left on:"), self)
        left_label.setBuddy(self.left_on)
        self.end_button = QPushButton(self.tr("End membe&rship"), self)
        self.end_button.setToolTip(self.tr("The selected member leaves the group on this day"))
        self.summary = QLabel(self)
        self.summary.setObjectName("member_count")
        controls = FlowLayout()  # wraps when the words are long
        controls.addWidget(self.show_former)
        controls.addStretch(1)
        controls.addWidget(labelled(left_label, self.left_on, self))
        controls.addWidget(self.end_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.summary)
        column.addLayout(controls)

        self.show_former.toggled.connect(self._show)
        self.end_button.clicked.connect(self._end_selected)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.model.modelReset.connect(self._update)
        self._update()

    def set_members(self, rows: Sequence[sh.MemberRow]) -> None:
        self._rows = list(rows)
        self.model.ending.clear()
        self._show()

    def mark_ending(self, membership_id: int, day: date) -> None:
        """Show a membership as ending (in a form, until it is saved)."""
        self.model.ending[membership_id] = day
        self._show()

    def selected(self) -> sh.MemberRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def _show(self) -> None:
        chosen = self.selected()
        shown = [
            row
            for row in self._rows
            if self.show_former.isChecked()
            or is_current(row)
            or (row.joined_on is not None and row.joined_on > date.today())
        ]
        self.model.set_records(shown)
        if chosen is not None:
            for row, record in enumerate(shown):
                if record.membership_id == chosen.membership_id:
                    self.table.selectRow(row)
        current = sum(1 for row in self._rows if is_current(row))
        self.summary.setText(
            self.tr("Current members: {current} · former or future: {other}").format(
                current=format_number(current), other=format_number(len(self._rows) - current)
            )
        )

    def _end_selected(self) -> None:
        member = self.selected()
        if member is not None:
            self.end_requested.emit(member.membership_id, self.left_on.date_value())

    def _update(self) -> None:
        member = self.selected()
        can_end = (
            member is not None
            and member.left_on is None
            and member.membership_id not in self.model.ending
        )
        self.end_button.setEnabled(can_end)
