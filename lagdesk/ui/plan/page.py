"""The Action plan page: the objective tree on the left; on the right, tabs whose first
one holds the actions of the selected objective (or of the whole plan) with the plan's
totals under them. Other views of the plan are added as tabs with ``add_view``.

Every change goes through core first (a refusal is shown and nothing enters the undo
stack), then an undo command whose first redo does nothing is pushed. The page reloads
whenever the window's undo stack moves, keeping the selected objective and action.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
    QShowEvent,
    QStandardItem,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.plan import actions as pa
from lagdesk.core.plan import tree as pt
from lagdesk.core.plan.funding import plan_totals
from lagdesk.core.plan.numbering import CodeChange
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import format_amount
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.widgets import heading, show_status
from lagdesk.ui.plan.action_dialog import ActionDialog
from lagdesk.ui.plan.actions_tab import ActionsTab, _button, _row
from lagdesk.ui.plan.commands import (
    AddObjectiveCommand,
    DeleteObjectiveCommand,
    MoveObjectiveCommand,
    RenameObjectiveCommand,
)
from lagdesk.ui.plan.risks_view import RisksView
from lagdesk.ui.plan.timeline_view import TimelineView
from lagdesk.ui.plan.totals_view import TotalsView
from lagdesk.ui.plan.transfer import PlanTransfers
from lagdesk.ui.plan.tree_model import TITLE, ObjectiveTreeModel, ObjectiveTreeView
from lagdesk.ui.plan.versions_view import VersionsView
from lagdesk.ui.shell.areas import Area

#: A position past every list: core puts the action last.
LAST = 2**31 - 1


class ActionPlanPage(ActionsTab):
    def __init__(
        self, database: Database, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("action_plan_page")
        self.database = database
        self._undo = undo_stack
        self._loading = False
        #: True while an edit in place is being stored.
        self._editing = False
        self._selected_id: int | None = None
        #: The action to show as current after the next reload (a new or moved one).
        self._wanted_action: int | None = None
        #: True when the file changed while the page was hidden (reloaded when shown).
        self._stale = False
        self.action_dialog: ActionDialog | None = None
        self._build()
        self._connect()
        self._add_views()
        self.refresh()

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self.tree_model = ObjectiveTreeModel(self)
        self.tree_model.on_move_objective = self.move_objective_to
        self.tree_model.on_move_actions = self.move_actions_to
        self.tree = ObjectiveTreeView()
        self.tree.setObjectName("objective_tree")
        self.tree.setModel(self.tree_model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setToolTip(
            self.tr("Drag an objective to reorder it; drag actions from the table onto one.")
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.add_strategic_button = _button(
            self.tr("Add &strategic"), self.tr("Add a strategic objective at the end")
        )
        self.add_specific_button = _button(
            self.tr("Add s&pecific"),
            self.tr("Add a specific objective under the selected strategic objective"),
        )
        self.rename_button = _button(
            self.tr("&Rename"), self.tr("Rename the selected objective (F2)")
        )
        self.delete_button = _button(
            self.tr("&Delete"), self.tr("Delete the selected objective (Del)")
        )
        self.up_button = _button(
            self.tr("Move &up"), self.tr("Move the selected objective up (Ctrl+Up)")
        )
        self.down_button = _button(
            self.tr("Move do&wn"), self.tr("Move the selected objective down (Ctrl+Down)")
        )
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        tree_label = QLabel(self.tr("&Objectives"))
        tree_label.setBuddy(self.tree)
        left_column.addWidget(tree_label)
        left_column.addWidget(self.tree, 1)
        left_column.addLayout(
            _row(self.add_strategic_button, self.add_specific_button, self.rename_button)
        )
        left_column.addLayout(_row(self.delete_button, self.up_button, self.down_button))

        self.views = QTabWidget()
        self.views.setObjectName("plan_views")
        self.views.setDocumentMode(True)
        self.actions_tab = self._build_actions_tab()
        self.views.addTab(self.actions_tab, self.tr("Actions"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.views)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([420, 1000])

        self.transfers = PlanTransfers(self.database, self)
        self.export_button = _button(
            self.tr("E&xport to Excel…"),
            self.tr("Write the actions, funding, indicators, measurements and risks to .xlsx"),
        )
        self.import_button = _button(
            self.tr("&Import from Excel…"),
            self.tr("Read an edited plan workbook back, with a preview of what changes"),
        )
        title_row = QHBoxLayout()
        title_row.addWidget(heading(Area.ACTION_PLAN.title), 1)
        title_row.addWidget(self.export_button)
        title_row.addWidget(self.import_button)

        column = QVBoxLayout(self)
        column.setContentsMargins(24, 18, 24, 12)
        column.setSpacing(8)
        column.addLayout(title_row)
        column.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        only = Qt.ShortcutContext.WidgetShortcut
        inner = Qt.ShortcutContext.WidgetWithChildrenShortcut
        tree, table, delete = self.tree, self.table, QKeySequence.StandardKey.Delete
        self._bind(self.add_strategic_button, self.add_strategic)
        self._bind(self.add_specific_button, self.add_specific)
        self._bind(self.rename_button, self.start_rename, (Qt.Key.Key_F2, tree, only))
        self._bind(self.delete_button, self.delete_objective, (delete, tree, only))
        self._bind(self.up_button, lambda: self.move_objective(-1), ("Ctrl+Up", tree, inner))
        self._bind(self.down_button, lambda: self.move_objective(1), ("Ctrl+Down", tree, inner))
        insert = (Qt.Key.Key_Insert, self.actions_tab, inner)
        self._bind(self.new_action_button, self.new_action, insert)
        self._bind(self.delete_action_button, self.delete_actions, (delete, table, only))
        up, down = ("Ctrl+Shift+Up", table, only), ("Ctrl+Shift+Down", table, only)
        self._bind(self.action_up_button, lambda: self.move_action(-1), up)
        self._bind(self.action_down_button, lambda: self.move_action(1), down)
        self.tree.selectionModel().currentRowChanged.connect(self._objective_changed)
        self.tree_model.itemChanged.connect(self._item_changed)
        self.show_all_check.toggled.connect(self._load_actions)
        self.table.selectionModel().selectionChanged.connect(self._update_action_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_action_buttons)
        self.table.doubleClicked.connect(self._open_index)
        self.views.currentChanged.connect(self._refresh_view)
        self._undo.indexChanged.connect(self._stack_moved)

    def _bind(
        self, button: QPushButton, slot: Callable[[], object], *keys: tuple[Any, QWidget, Any]
    ) -> None:
        """A button and its shortcuts (key, widget, context) doing the same thing."""
        button.clicked.connect(slot)
        for key, widget, context in keys:
            shortcut = QShortcut(QKeySequence(key), widget)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # -- views -----------------------------------------------------------------------------

    def _add_views(self) -> None:
        """The other views of the plan, each a tab refreshed when shown."""
        self.timeline_view = TimelineView(self.database, self)
        self.timeline_view.action_activated.connect(self.open_action)
        self.totals_view = TotalsView(self.database, self)
        self.risks_view = RisksView(self.database, self._undo, self)
        self.versions_view = VersionsView(self.database, self._undo, self)
        self.add_view(self.timeline_view, self.tr("Timeline"))
        self.add_view(self.totals_view, self.tr("Totals"))
        self.add_view(self.risks_view, self.tr("Ris&ks"))
        self.add_view(self.versions_view, self.tr("Versions"))
        self.export_button.clicked.connect(self.transfers.export_plan)
        self.import_button.clicked.connect(self.transfers.import_plan)
        self.transfers.changed.connect(self.refresh)
        self.transfers.changed.connect(self._refresh_view)

    def add_view(self, widget: QWidget, title: str) -> None:
        """Add a view of the plan as a tab; its ``refresh()`` (if it has one) is called when
        the tab becomes current and after every change while it is current."""
        self.views.addTab(widget, title)

    def _refresh_view(self) -> None:
        widget = self.views.currentWidget()
        if widget is None or widget is self.actions_tab:
            return
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    # -- loading -------------------------------------------------------------------------

    def report(self, error: UserError) -> None:
        dialogs.show_user_error(self, self.tr("Action plan"), error)
        self.refresh()

    def _stack_moved(self) -> None:
        # Changes made in other areas reload this page only when it is shown again.
        if not self.isVisible():
            self._stale = True
            return
        # An edit in place is stored while its editor is still open: reload once the view
        # has closed it, so the models are not reset under the editor.
        if self._editing:
            QTimer.singleShot(0, self, self.refresh)
        else:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        selected = self._selected_id
        self._loading = True
        try:
            nodes = pt.objective_tree(self.database)
        except UserError as error:
            self._loading = False
            dialogs.show_user_error(self, self.tr("Action plan"), error)
            return
        try:
            self.tree_model.load(nodes)
            self.tree.expandAll()
            index = self.tree_model.index_of(selected) if selected is not None else QModelIndex()
            if not index.isValid() and self.tree_model.rowCount():
                index = self.tree_model.index(0, 0)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        finally:
            self._loading = False
        self._selected_id = self.tree_model.objective_id(index)
        self._load_actions()
        self._load_totals()
        self._update_buttons()
        self._refresh_view()

    def _load_actions(self) -> None:
        show_all = self.show_all_check.isChecked()
        try:
            rows = (
                pa.action_rows(self.database, None if show_all else self._selected_id)
                if show_all or self._selected_id is not None
                else []
            )
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Action plan"), error)
            return
        current = self.table.currentIndex()
        previous = self.actions_model.record_at(current.row()) if current.isValid() else None
        wanted = self._wanted_action or (previous.id if previous is not None else None)
        self._wanted_action = None
        self.actions_model.set_records(rows)
        row = self.actions_model.row_of(wanted) if wanted is not None else -1
        if row < 0 and current.isValid() and rows:
            row = min(current.row(), len(rows) - 1)
        if row >= 0:
            self.table.setCurrentIndex(self.actions_model.index(row, max(current.column(), 0)))
        self._update_actions_label()
        self._update_action_buttons()

    def _load_totals(self) -> None:
        try:
            totals = plan_totals(self.database).overall
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Action plan"), error)
            return
        self.totals_label.setText(
            self.tr("Plan totals: cost {cost} · secured {secured} · gap {gap}").format(
                cost=format_amount(totals.cost),
                secured=format_amount(totals.secured),
                gap=format_amount(totals.gap),
            )
        )

    def _update_actions_label(self) -> None:
        index = self._current()
        if self.show_all_check.isChecked() or not index.isValid():
            self.actions_label.setText(self.tr("&Actions of the whole plan"))
            return
        code = index.siblingAtColumn(0).data() or ""
        title = (index.siblingAtColumn(TITLE).data() or "").replace("&", "&&")
        self.actions_label.setText(
            self.tr("&Actions of objective {code} “{title}”").format(code=code, title=title)
        )

    def _objective_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._loading:
            return
        self._selected_id = self.tree_model.objective_id(current)
        self._load_actions()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self._selected_id is not None
        for button in (self.rename_button, self.delete_button, self.up_button, self.down_button):
            button.setEnabled(has)
        self.add_specific_button.setEnabled(has)
        self.new_action_button.setEnabled(has)

    def _update_action_buttons(self) -> None:
        has = bool(self.selected_action_ids())
        for button in (
            self.delete_action_button,
            self.action_up_button,
            self.action_down_button,
        ):
            button.setEnabled(has)

    # -- objectives ----------------------------------------------------------------------

    def _current(self) -> QModelIndex:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(0) if index.isValid() else index

    def _show_changes(self, changes: Iterable[CodeChange]) -> None:
        changed = [f"{change.old_code} → {change.new_code}" for change in changes]
        if changed:
            show_status(
                self, self.tr("Renumbered: {changes}").format(changes=", ".join(changed)), 8000
            )

    def _add(self, parent_id: int | None, text: str) -> None:
        title = self.tr("New objective")
        try:
            change = pt.add_objective(self.database, parent_id, title)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Objective not added"), error)
            return
        self._selected_id = change.id
        self._undo.push(AddObjectiveCommand(self.database, self.report, text, change.id))
        self._show_changes(change.changes)
        self.start_rename()

    def add_strategic(self) -> None:
        self._add(None, self.tr("Add strategic objective"))

    def add_specific(self) -> None:
        index = self._current()
        if not index.isValid():
            return
        parent = index.parent()
        strategic = parent if parent.isValid() else index
        self._add(self.tree_model.objective_id(strategic), self.tr("Add specific objective"))

    def start_rename(self) -> None:
        index = self._current()
        if index.isValid():
            title = index.siblingAtColumn(TITLE)
            self.tree.setCurrentIndex(title)
            self.tree.edit(title)

    def _item_changed(self, item: QStandardItem) -> None:
        if self._loading or item.column() != TITLE:
            return
        objective_id = self.tree_model.objective_id(item.index())
        if objective_id is None:
            return
        title = item.text().strip()
        self._editing = True
        try:
            before = pt.rename_objective(self.database, objective_id, title)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Objective not renamed"), error)
            QTimer.singleShot(0, self, self.refresh)
            return
        else:
            if before.title != title:
                self._undo.push(
                    RenameObjectiveCommand(self.database, self.report, objective_id, title, before)
                )
            else:
                QTimer.singleShot(0, self, self.refresh)
        finally:
            self._editing = False

    def rename_objective(self, objective_id: int, title: str) -> None:
        """Rename as an edit in place would (for scripts and tests)."""
        index = self.tree_model.index_of(objective_id, TITLE)
        if index.isValid():
            self.tree_model.setData(index, title)

    def delete_objective(self) -> None:
        objective_id = self.tree_model.objective_id(self._current())
        if objective_id is None:
            return
        try:
            deletion = pt.delete_objective(self.database, objective_id)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Objective not deleted"), error)
            return
        self._selected_id = None
        text = self.tr("Delete objective")
        self._undo.push(DeleteObjectiveCommand(self.database, self.report, text, deletion))
        self._show_changes(deletion.changes)

    def move_objective(self, step: int) -> None:
        index = self._current()
        objective_id = self.tree_model.objective_id(index)
        if objective_id is None:
            return
        parent = index.parent()
        parent_id = self.tree_model.objective_id(parent) if parent.isValid() else None
        position = index.row() + step
        if 0 <= position < self.tree_model.rowCount(parent):
            self.move_objective_to(objective_id, parent_id, position)

    def move_objective_to(self, objective_id: int, parent_id: int | None, position: int) -> bool:
        """Put an objective at ``position`` under ``parent_id`` (None: the top level), as
        a button or a drop asks; one undo command. False when core refused."""
        try:
            change = pt.move_objective(self.database, objective_id, parent_id, position)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Objective not moved"), error)
            return False
        self._selected_id = objective_id
        self._undo.push(
            MoveObjectiveCommand(
                self.database, self.report, objective_id, parent_id, position, change
            )
        )
        self._show_changes(change.changes)
        return True

    # -- actions -------------------------------------------------------------------------
