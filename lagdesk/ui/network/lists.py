"""The lists of the Network page: partner cities and transnational meetings.

Adding, editing and deleting go through core, then onto the undo stack; the page reloads
the lists (``show``) whenever the stack moves.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any, TypeVar

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lagdesk.core import network
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.record_dialog import RecordDialog
from lagdesk.ui.common.table_section import TableSection
from lagdesk.ui.common.undo import (
    DeleteRecordCommand,
    RecordGateway,
    SaveRecordCommand,
    UndoableWidget,
    UndoContext,
)
from lagdesk.ui.network.meeting_dialog import TransnationalMeetingDialog
from lagdesk.ui.network.models import (
    PartnerTableModel,
    RecordTableModel,
    TransnationalMeetingTableModel,
)
from lagdesk.ui.network.partner_dialog import PartnerDialog

D = TypeVar("D", bound=RecordDialog)


def network_undo_context(database: Database, report: Callable[[UserError], None]) -> UndoContext:
    """How the Network page's undo commands write each record type (all through core)."""
    return UndoContext(
        {
            r.Network: RecordGateway(
                save=partial(network.save_network, database),
                delete=partial(store.delete, database, r.Network),
                update=lambda before, after: network.save_network(database, after, before),
            ),
            r.Partner: RecordGateway(
                save=partial(network.save_partner, database),
                delete=partial(network.delete_partner, database),
                update=lambda before, after: network.save_partner(database, after, before),
            ),
            r.TransnationalMeeting: RecordGateway(
                save=partial(store.save, database),
                delete=partial(store.delete, database, r.TransnationalMeeting),
                update=partial(store.update, database),
                references={"host_partner_id": r.Partner},
            ),
        },
        report=report,
    )


def _as_before(saved: Any, dialog: RecordDialog) -> Any:
    """What undo of the dialog's edit writes back: only the fields the user changed."""
    if dialog.loaded is None:
        return None
    return store.as_before_edit(saved, dialog.loaded, dialog.record())


class NetworkLists(UndoableWidget):
    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        context: UndoContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, undo_stack, context, parent)
        self._overview = network.NetworkOverview(None)

        self.partners_model = PartnerTableModel(self)
        self.partners = TableSection(
            self.tr("Partner cities"), self.partners_model, add_text=self.tr("&Add partner…")
        )
        self.meetings_model = TransnationalMeetingTableModel(self._partner_name, self)
        Column = TransnationalMeetingTableModel.Column
        self.meetings = TableSection(
            self.tr("Transnational meetings"),
            self.meetings_model,
            add_text=self.tr("Add &meeting…"),
            stretch=(Column.TITLE, Column.PLACE),
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.partners, 3)
        column.addWidget(self.meetings, 2)

        self.partners.add_requested.connect(self.add_partner)
        self.partners.edit_requested.connect(self._edit_partner_row)
        self.partners.delete_requested.connect(self._delete_partner_row)
        self.meetings.add_requested.connect(self.add_meeting)
        self.meetings.edit_requested.connect(self._edit_meeting_row)
        self.meetings.delete_requested.connect(self._delete_meeting_row)

    def show_overview(self, overview: network.NetworkOverview) -> None:
        self._overview = overview
        self._reload(self.partners, self.partners_model, overview.partners)
        self._reload(self.meetings, self.meetings_model, overview.transnational_meetings)

    @staticmethod
    def _reload(section: TableSection, model: RecordTableModel[Any], rows: list[Any]) -> None:
        """Replace the rows, keeping the same record selected."""
        record_id = getattr(model.record_at(section.selected_row()), "id", None)
        model.set_records(rows)
        section.select_row(model.row_of(record_id))

    def _partner_name(self, partner_id: int | None) -> str:
        found = next((p for p in self._overview.partners if p.id == partner_id), None)
        return found.name if found else ""

    def _report(self, error: UserError) -> None:
        self._context.report(error)

    # -- partners ----------------------------------------------------------------------

    def add_partner(self) -> PartnerDialog | None:
        found = self._overview.network
        if found is None or found.id is None:
            return None
        return self.edit_partner(r.Partner(network_id=found.id, name=""))

    def edit_partner(self, partner: r.Partner) -> PartnerDialog:
        """Open the partner dialog (window-modal, not blocking); OK stores the partner."""
        before = None if partner.id is None else partner
        restore: list[r.Partner] = []

        def submit(loaded: r.Partner | None, edited: r.Partner) -> r.Partner:
            previous = self._overview.own_city
            saved = network.save_partner(self._database, edited, loaded)
            if saved.is_own and previous is not None and previous.id != saved.id:
                restore.append(previous)
            return saved

        dialog = PartnerDialog(partner, submit, self)

        def stored() -> None:
            saved: r.Partner = dialog.saved
            text = (
                self.tr("Add partner {name}") if before is None else self.tr("Edit partner {name}")
            )
            undone = _as_before(saved, dialog)
            command = SaveRecordCommand(
                self._context, text.format(name=saved.name), undone, saved, restore
            )
            self._undo.push(command)

        return self._open(dialog, stored)

    def delete_partner(self, partner: r.Partner) -> None:
        question = self.tr(
            "Delete the partner {name}? Transnational meetings it hosted are kept "
            "without a host city. You can undo this with Edit > Undo."
        ).format(name=partner.name)
        if not dialogs.confirm(self, self.tr("Delete partner"), question, self.tr("Delete")):
            return
        hosted = [
            meeting
            for meeting in self._overview.transnational_meetings
            if meeting.host_partner_id == partner.id
        ]
        assert partner.id is not None
        try:
            network.delete_partner(self._database, partner.id)
        except UserError as error:
            self._report(error)
            return
        text = self.tr("Delete partner {name}").format(name=partner.name)
        self._undo.push(DeleteRecordCommand(self._context, text, partner, hosted))

    def _edit_partner_row(self, row: int) -> None:
        partner = self.partners_model.record_at(row)
        if partner is not None:
            self.edit_partner(partner)

    def _delete_partner_row(self, row: int) -> None:
        partner = self.partners_model.record_at(row)
        if partner is not None:
            self.delete_partner(partner)

    # -- transnational meetings --------------------------------------------------------

    def add_meeting(self) -> TransnationalMeetingDialog | None:
        found = self._overview.network
        if found is None or found.id is None:
            return None
        today = date.today()
        meeting = r.TransnationalMeeting(
            network_id=found.id, title="", start_date=today, end_date=today
        )
        return self.edit_meeting(meeting)

    def edit_meeting(self, meeting: r.TransnationalMeeting) -> TransnationalMeetingDialog:
        before = None if meeting.id is None else meeting
        dialog = TransnationalMeetingDialog(
            meeting, self._overview.partners, partial(store.update, self._database), self
        )

        def stored() -> None:
            saved: r.TransnationalMeeting = dialog.saved
            text = (
                self.tr("Add meeting {title}")
                if before is None
                else self.tr("Edit meeting {title}")
            )
            command = SaveRecordCommand(
                self._context, text.format(title=saved.title), _as_before(saved, dialog), saved
            )
            self._undo.push(command)

        return self._open(dialog, stored)

    def delete_meeting(self, meeting: r.TransnationalMeeting) -> None:
        question = self.tr("Delete the transnational meeting {title}?").format(title=meeting.title)
        if not dialogs.confirm(self, self.tr("Delete meeting"), question, self.tr("Delete")):
            return
        assert meeting.id is not None
        try:
            store.delete(self._database, r.TransnationalMeeting, meeting.id)
        except UserError as error:
            self._report(error)
            return
        text = self.tr("Delete meeting {title}").format(title=meeting.title)
        self._undo.push(DeleteRecordCommand(self._context, text, meeting))

    def _edit_meeting_row(self, row: int) -> None:
        meeting = self.meetings_model.record_at(row)
        if meeting is not None:
            self.edit_meeting(meeting)

    def _delete_meeting_row(self, row: int) -> None:
        meeting = self.meetings_model.record_at(row)
        if meeting is not None:
            self.delete_meeting(meeting)

    def _open(self, dialog: D, stored: Callable[[], None]) -> D:
        dialog.accepted.connect(stored)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
