"""The Network page: the cooperation network, our city, partner cities, transnational meetings.

Every change is made through ``lagdesk.core.network`` (or the generic store for meetings)
and pushed to the window's undo stack; the page reloads from core after each change.
The network's own form is saved with its Save button: until then the window asks before
the edit would be lost (``lagdesk.ui.common.unsaved``), and saving writes only the fields
the user changed, asking when the file changed the same ones meanwhile.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core import network
from lagdesk.core.support import store
from lagdesk.core.support.store import EditConflict
from lagdesk.db.database import Database
from lagdesk.errors import UserError, ValidationError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.edit_conflict import resolved_base
from lagdesk.ui.common.undo import SaveRecordCommand
from lagdesk.ui.common.widgets import heading, paragraph, show_status
from lagdesk.ui.network.form import NetworkForm
from lagdesk.ui.network.lists import NetworkLists, network_undo_context
from lagdesk.ui.shell.areas import Area


class NetworkPage(QScrollArea):
    def __init__(
        self, database: Database, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("network_page")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._database = database
        self._undo = undo_stack
        self._overview = network.NetworkOverview(None)
        self._context = network_undo_context(database, self._report)
        self._build()
        undo_stack.indexChanged.connect(self.refresh)
        self.refresh()

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget()
        self.setWidget(body)
        page = QVBoxLayout(body)
        page.setContentsMargins(24, 18, 24, 18)
        page.setSpacing(12)
        page.addWidget(heading(Area.NETWORK.title))

        self.setup_banner = QFrame()
        self.setup_banner.setObjectName("setup_banner")
        self.setup_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QVBoxLayout(self.setup_banner)
        banner.addWidget(heading(self.tr("Set up your network"), level=2))
        banner.addWidget(
            paragraph(
                self.tr(
                    "This file does not describe a network yet. Enter the name and programme "
                    "of the cooperation network your city takes part in, then choose "
                    "Create network. You can add the partner cities and transnational "
                    "meetings afterwards."
                )
            )
        )
        page.addWidget(self.setup_banner)

        columns = QHBoxLayout()
        columns.setSpacing(18)
        page.addLayout(columns, 1)

        self.form_box = QGroupBox(self.tr("About the network"))
        self.form = NetworkForm()
        self.discard_button = QPushButton(self.tr("&Discard changes"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        box = QVBoxLayout(self.form_box)
        box.addWidget(self.form)
        box.addLayout(buttons)
        box.addStretch(1)
        # No fixed minimum width: the box's own (its labels' and fields') is respected, so
        # long translations are not cut; the lists beside it give way instead.
        columns.addWidget(self.form_box, 4)

        self.lists = NetworkLists(self._database, self._undo, self._context)
        columns.addWidget(self.lists, 7)
        columns.addStretch(0)  # takes the width the set-up form leaves

        self.form.changed.connect(self._update_buttons)
        self.save_button.clicked.connect(self.save_network)
        self.discard_button.clicked.connect(self.discard_changes)

    # -- showing -----------------------------------------------------------------------

    @property
    def overview(self) -> network.NetworkOverview:
        return self._overview

    def refresh(self) -> None:
        """Reload from the file; unsaved edits in the form survive changes made meanwhile
        (saving them then asks about any field changed on both sides)."""
        try:
            found = network.overview(self._database)
        except UserError as error:
            self._report(error)
            return
        self._overview = found
        if not self.form.is_modified():
            self.form.load(found.network, found.partners)
        else:
            self.form.set_partners(found.partners, self.form.own_city_id())
        self.lists.show_overview(found)
        is_new = found.network is None
        self.setup_banner.setVisible(is_new)
        self.lists.setVisible(not is_new)
        self.discard_button.setVisible(not is_new)
        self.form.show_own_city(not is_new)
        # Alone on the page, the form would stretch across a wide window.
        self.form_box.setMaximumWidth(720 if is_new else 16777215)
        self.setup_banner.setMaximumWidth(720)
        self.save_button.setText(self.tr("Create &network") if is_new else self.tr("&Save"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        modified = self.form.is_modified()
        self.save_button.setEnabled(modified)
        self.discard_button.setEnabled(modified and self.form.loaded is not None)

    def _report(self, error: UserError) -> None:
        dialogs.show_user_error(self, self.tr("Network"), error)

    # -- the network -------------------------------------------------------------------

    # -- unsaved changes (asked about by the window) ------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.form.is_modified()

    def unsaved_changes_name(self) -> str:
        loaded = self.form.loaded
        if loaded is None:
            return self.tr("the new network")
        return self.tr("the network {name}").format(name=loaded.name)

    def save_changes(self) -> bool:
        return self.save_network()

    def discard_changes(self) -> None:
        try:
            found = network.overview(self._database)
        except UserError as error:
            self._report(error)
            found = self._overview
        self._overview = found
        self.form.load(found.network, found.partners)
        self._update_buttons()

    def save_network(self) -> bool:
        """Store what the form changed; False when refused (the form keeps the text)."""
        before = self.form.loaded
        edited = self.form.record()
        try:
            saved = network.save_network(self._database, edited, before)
        except EditConflict as conflict:
            base = resolved_base(self, self.tr("Network"), conflict, self.form.messages)
            if base is None:
                return False
            self.form.rebase(base)
            return self.save_network()
        except ValidationError as error:
            self.form.show_problems(error.problems)
            return False
        except UserError as error:
            self._report(error)
            return False
        if before is None:
            # Setting the network up is not undone: everything else hangs on it.
            self.discard_changes()  # the form shows the network as stored
            self.refresh()
            show_status(self, self.tr("Network {name} created.").format(name=saved.name))
            return True
        text = self.tr("Edit network")
        commands = []
        if store.changed_fields(before, edited):
            undone = store.as_before_edit(saved, before, edited)
            commands.append(SaveRecordCommand(self._context, text, undone, saved))
        own_command = self._save_own_city(text)
        if own_command is not None:
            commands.append(own_command)
        self.form.load(saved, self._overview.partners)  # refreshed below, when pushed
        self._push(text, commands)
        self.refresh()
        show_status(self, self.tr("Network saved."))
        return True

    def _save_own_city(self, text: str) -> SaveRecordCommand | None:
        chosen, previous = self.form.own_city_id(), self._overview.own_city
        if chosen == (previous.id if previous else None):
            return None
        if chosen is None:
            assert previous is not None
            before, after, restore = previous, dataclasses.replace(previous, is_own=False), []
        else:
            before = next(p for p in self._overview.partners if p.id == chosen)
            after = dataclasses.replace(before, is_own=True)
            restore = [previous] if previous else []
        try:
            saved = network.save_partner(self._database, after, before)
        except UserError as error:
            self._report(error)
            return None
        return SaveRecordCommand(self._context, text, before, saved, restore)

    def _push(self, text: str, commands: list[SaveRecordCommand]) -> None:
        if len(commands) == 1:
            self._undo.push(commands[0])
        elif commands:
            self._undo.beginMacro(text)
            for command in commands:
                self._undo.push(command)
            self._undo.endMacro()
