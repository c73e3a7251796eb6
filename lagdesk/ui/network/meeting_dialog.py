"""Add or edit a transnational meeting of the network."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from lagdesk.core.support import records as r
from lagdesk.ui.common.record_dialog import RecordDialog, Submit
from lagdesk.ui.common.widgets import DateEdit
from lagdesk.ui.network.form import select_data


class TransnationalMeetingDialog(RecordDialog):
    def __init__(
        self,
        meeting: r.TransnationalMeeting,
        partners: list[r.Partner],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, meeting, parent)
        self.setWindowTitle(
            self.tr("Add transnational meeting")
            if meeting.id is None
            else self.tr("Edit transnational meeting")
        )
        self._meeting = meeting
        self.title = QLineEdit(meeting.title)
        self.title.setPlaceholderText(self.tr("for example Transnational meeting in Umeå"))
        self.host = QComboBox()
        self.host.addItem(self.tr("No host city"), None)
        for partner in partners:
            self.host.addItem(partner.name, partner.id)
        select_data(self.host, meeting.host_partner_id)
        self.place = QLineEdit(meeting.place)
        self.start_date = DateEdit()
        self.start_date.set_date_value(meeting.start_date)
        self.end_date = DateEdit()
        self.end_date.set_date_value(meeting.end_date)
        self.start_date.userDateChanged.connect(self._start_moved)
        self.notes = QPlainTextEdit(meeting.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.add_row(self.tr("&Title"), "title", self.title)
        self.add_row(self.tr("&Host city"), "host_partner_id", self.host)
        self.add_row(self.tr("&Place"), "place", self.place)
        self.add_row(self.tr("&From"), "start_date", self.start_date)
        self.add_row(self.tr("&To"), "end_date", self.end_date)
        self.add_row(self.tr("N&otes"), "notes", self.notes)

    def record(self) -> r.TransnationalMeeting:
        host = self.host.currentData()
        return dataclasses.replace(
            self._meeting,
            title=self.title.text().strip(),
            host_partner_id=host if isinstance(host, int) else None,
            place=self.place.text().strip(),
            start_date=self.start_date.date_value(),
            end_date=self.end_date.date_value(),
            notes=self.notes.toPlainText().strip(),
        )

    def _start_moved(self) -> None:
        # Most meetings last a day or two: keep the end from falling before the start.
        if self.end_date.date() < self.start_date.date():
            self.end_date.setDate(self.start_date.date())
