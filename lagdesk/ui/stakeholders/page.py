"""The Stakeholders page: People, Organisations, Groups and Power/interest tabs.

The page reloads from core whenever the window's undo stack moves (a change, an undo, a
redo), keeping each list's selection. Ctrl+F goes to the search box of the list on show;
Ctrl+N, inside the page, adds a person or an organisation to the list on show (elsewhere
it stays the File menu's New file).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from lagdesk.core.stakeholders import register as sh
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.widgets import heading
from lagdesk.ui.shell.areas import Area
from lagdesk.ui.stakeholders.add_to_group import flat_groups, open_add_to_group
from lagdesk.ui.stakeholders.commands import stakeholder_undo_context
from lagdesk.ui.stakeholders.groups_tab import GroupsTab
from lagdesk.ui.stakeholders.list_models import OrganisationTableModel, PersonTableModel
from lagdesk.ui.stakeholders.list_tab import StakeholderList
from lagdesk.ui.stakeholders.matrix_tab import MatrixTab
from lagdesk.ui.stakeholders.merge_dialog import open_merge
from lagdesk.ui.stakeholders.organisation_actions import OrganisationActions
from lagdesk.ui.stakeholders.person_actions import PersonActions
from lagdesk.ui.stakeholders.transfer import Transfers


class StakeholdersPage(QWidget):
    def __init__(
        self, database: Database, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stakeholders_page")
        self._database = database
        self._undo = undo_stack
        self.context = stakeholder_undo_context(database, self._report)
        self.person_actions = PersonActions(database, undo_stack, self.context, self)
        self.organisation_actions = OrganisationActions(database, undo_stack, self.context, self)
        self.transfers = Transfers(database, self)
        #: Tabs to reload when next shown.
        self._stale: set[QWidget] = set()
        self._build()
        self._connect()
        self.refresh()

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.people_model = PersonTableModel(self._database, self)
        self.people = StakeholderList(self.people_model, people=True)
        self.add_to_group_button = QPushButton(self.tr("&Add to group…"))
        self.add_to_group_button.setToolTip(self.tr("Add the selected people to a group"))
        self.merge_people_button = QPushButton(self.tr("&Merge…"))
        self.merge_people_button.setToolTip(self.tr("Merge two selected duplicates into one"))
        self.import_button = QPushButton(self.tr("Import peop&le…"))
        self.import_button.setToolTip(self.tr("Add people from an Excel (.xlsx) or CSV file"))
        self.export_people_button = QPushButton(self.tr("E&xport…"))
        self.export_people_button.setToolTip(
            self.tr("Write people and organisations to an Excel workbook")
        )
        self.people.add_button(self.add_to_group_button)
        self.people.add_button(self.merge_people_button)
        self.people.add_button(self.import_button, separated=True)
        self.people.add_button(self.export_people_button)

        self.organisations_model = OrganisationTableModel(self._database, self)
        self.organisations = StakeholderList(self.organisations_model, people=False)
        self.merge_organisations_button = QPushButton(self.tr("&Merge…"))
        self.merge_organisations_button.setToolTip(
            self.tr("Merge two selected duplicates into one")
        )
        self.export_organisations_button = QPushButton(self.tr("E&xport…"))
        self.export_organisations_button.setToolTip(
            self.tr("Write people and organisations to an Excel workbook")
        )
        self.organisations.add_button(self.merge_organisations_button)
        self.organisations.add_button(self.export_organisations_button, separated=True)

        self.groups = GroupsTab(self._database, self._undo, self.context)
        self.matrix = MatrixTab(self._database, self._undo, self.context)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("stakeholder_tabs")
        self.tabs.addTab(self.people, self.tr("&People"))
        self.tabs.addTab(self.organisations, self.tr("&Organisations"))
        self.tabs.addTab(self.groups, self.tr("&Groups"))
        self.tabs.addTab(self.matrix, self.tr("Po&wer/interest"))
        self.tabs.setDocumentMode(True)

        column = QVBoxLayout(self)
        column.setContentsMargins(24, 18, 24, 12)
        column.setSpacing(8)
        column.addWidget(heading(Area.STAKEHOLDERS.title))
        column.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        people, organisations = self.people, self.organisations
        people.new_requested.connect(self.person_actions.new_person)
        people.edit_requested.connect(self.person_actions.edit_person)
        people.delete_requested.connect(self.delete_people)
        organisations.new_requested.connect(self.organisation_actions.new_organisation)
        organisations.edit_requested.connect(self.organisation_actions.edit_organisation)
        organisations.delete_requested.connect(self.delete_organisations)
        people.selection_changed.connect(self._update_buttons)
        organisations.selection_changed.connect(self._update_buttons)
        self.add_to_group_button.clicked.connect(self.add_to_group)
        self.merge_people_button.clicked.connect(lambda: self.merge("person"))
        self.merge_organisations_button.clicked.connect(lambda: self.merge("organisation"))
        self.import_button.clicked.connect(self.transfers.import_people)
        self.export_people_button.clicked.connect(self.transfers.export_register)
        self.export_organisations_button.clicked.connect(self.transfers.export_register)
        self.transfers.imported.connect(self.refresh)
        self.person_actions.changed.connect(self.refresh)
        self._undo.indexChanged.connect(self.refresh)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.matrix.built.connect(lambda: self._stale.discard(self.matrix))
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self.installEventFilter(self)

    # -- reloading ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the tab on show now, the others when they are next shown."""
        try:
            tree = sh.group_tree(self._database)
        except UserError as error:
            self._report(error)
            tree = []
        groups = flat_groups(tree)
        self.people.set_groups(groups)
        self.organisations.set_groups(groups)
        self.matrix.set_groups(groups)
        self.groups.set_tree(tree)
        self._stale = {self.people, self.organisations, self.groups, self.matrix}
        self._tab_shown()

    def _tab_shown(self) -> None:
        current = self.tabs.currentWidget()
        if current in self._stale:
            self._stale.discard(current)
            if current is self.people:
                self.people_model.refresh()
            elif current is self.organisations:
                self.organisations_model.refresh()
            elif current is self.groups:
                self.groups.refresh()
            elif current is self.matrix:
                self.matrix.refresh()
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected_people = len(self.people.table.selectionModel().selectedRows())
        self.add_to_group_button.setEnabled(selected_people >= 1)
        self.merge_people_button.setEnabled(selected_people == 2)
        selected = len(self.organisations.table.selectionModel().selectedRows())
        self.merge_organisations_button.setEnabled(selected == 2)

    def _report(self, error: UserError) -> None:
        dialogs.show_user_error(self, self.tr("Stakeholders"), error)

    def unsaved_parts(self) -> list[object]:
        """What the window asks about before an edit here would be lost: new scores typed
        in the matrix tab and not saved."""
        view = self.matrix.view
        typed = view.typed_scores() if view is not None else None
        return [] if typed is None else [typed]

    # -- keyboard ----------------------------------------------------------------------

    def current_list(self) -> StakeholderList | None:
        current = self.tabs.currentWidget()
        return current if isinstance(current, StakeholderList) else None

    def focus_search(self) -> None:
        found = self.current_list()
        if found is None:
            self.tabs.setCurrentWidget(self.people)
            found = self.people
        found.focus_search()

    def new_record(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.organisations:
            self.organisation_actions.new_organisation()
        elif current is self.groups:
            self.groups.new_group()
        else:
            self.person_actions.new_person()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+N is also the File menu's New file: inside this page it means a new record.
        if isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.New):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.new_record()
                return True
        return super().eventFilter(watched, event)

    # -- the selection -----------------------------------------------------------------

    def selected_people(self) -> list[sh.PersonRow]:
        return sh.person_rows(self._database, self.people.selected_ids())

    def selected_organisations(self) -> list[sh.OrganisationRow]:
        return sh.organisation_rows(self._database, self.organisations.selected_ids())

    def delete_people(self, ids: list[int]) -> None:
        self.person_actions.delete_people(sh.person_rows(self._database, ids))

    def delete_organisations(self, ids: list[int]) -> None:
        self.organisation_actions.delete_organisations(sh.organisation_rows(self._database, ids))

    def add_to_group(self) -> None:
        open_add_to_group(
            self.people.selected_ids(), self._database, self._undo, self.context, self
        )

    def merge(self, kind: str) -> None:
        rows = self.selected_people() if kind == "person" else self.selected_organisations()
        open_merge(kind, rows, self._database, self._undo, self.context, self)
