"""The Action plan page: the objective tree on the left, the actions of the selected
objective on the right with the plan's totals under them.

Every change goes through core first (a refusal is shown and nothing enters the undo
stack), then an undo command whose first redo does nothing is pushed. The page reloads
whenever the window's undo stack moves, keeping the selected objective.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QStandardItem, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core import plan_actions as pa
from lagdesk.core import plan_tree as pt
from lagdesk.core.errors import LagdeskError
from lagdesk.core.plan import CodeChange
from lagdesk.core.plan_funding import plan_totals
from lagdesk.db.database import Database
from lagdesk.db.errors import DatabaseError
from lagdesk.ui import dialogs
from lagdesk.ui.areas import Area
from lagdesk.ui.plan.action_dialog import ActionDialog
from lagdesk.ui.plan.actions_model import STATUS, ActionTableModel, StatusDelegate, format_money
from lagdesk.ui.plan.tree_model import TITLE, ObjectiveTreeModel
from lagdesk.ui.undo import ChangeCommand
from lagdesk.ui.widgets import heading, show_status

# -- undo commands ----------------------------------------------------------------------


class AddObjectiveCommand(ChangeCommand):
    def __init__(self, page: ActionPlanPage, text: str, objective_id: int) -> None:
        super().__init__(text, page.report)
        self.database = page.database
        self.objective_id = objective_id
        self.deletion: pt.ObjectiveDeletion | None = None

    def apply(self) -> None:
        if self.deletion is not None:
            pt.restore_objective(self.database, self.deletion)

    def revert(self) -> None:
        self.deletion = pt.delete_objective(self.database, self.objective_id)


class DeleteObjectiveCommand(ChangeCommand):
    def __init__(self, page: ActionPlanPage, text: str, deletion: pt.ObjectiveDeletion) -> None:
        super().__init__(text, page.report)
        self.database = page.database
        self.deletion = deletion

    def apply(self) -> None:
        self.deletion = pt.delete_objective(self.database, self.deletion.deleted.root_id)

    def revert(self) -> None:
        pt.restore_objective(self.database, self.deletion)


class RenameObjectiveCommand(ChangeCommand):
    def __init__(
        self, page: ActionPlanPage, objective_id: int, title: str, before: pt.ObjectiveText
    ) -> None:
        super().__init__(page.tr("Rename objective"), page.report)
        self.database = page.database
        self.objective_id = objective_id
        self.title = title
        self.before = before

    def apply(self) -> None:
        pt.rename_objective(self.database, self.objective_id, self.title)

    def revert(self) -> None:
        pt.rename_objective(
            self.database, self.objective_id, self.before.title, self.before.description
        )


class MoveObjectiveCommand(ChangeCommand):
    def __init__(
        self,
        page: ActionPlanPage,
        objective_id: int,
        parent_id: int | None,
        position: int,
        change: Any,
    ) -> None:
        super().__init__(page.tr("Move objective"), page.report)
        self.database = page.database
        self.objective_id = objective_id
        self.parent_id = parent_id
        self.position = position
        self.previous_parent_id = change.previous_parent_id
        self.previous_position = change.previous_position

    def apply(self) -> None:
        pt.move_objective(self.database, self.objective_id, self.parent_id, self.position)

    def revert(self) -> None:
        pt.move_objective(
            self.database, self.objective_id, self.previous_parent_id, self.previous_position
        )


class SetActionFieldsCommand(ChangeCommand):
    def __init__(
        self,
        page: ActionPlanPage,
        action_id: int,
        values: dict[str, Any],
        previous: dict[str, Any],
    ) -> None:
        super().__init__(page.tr("Edit action"), page.report)
        self.database = page.database
        self.action_id = action_id
        self.values = values
        self.previous = previous

    def apply(self) -> None:
        pa.set_action_fields(self.database, self.action_id, self.values)

    def revert(self) -> None:
        pa.set_action_fields(self.database, self.action_id, self.previous)


def _without_part_ids(detail: pa.ActionDetail) -> pa.ActionDetail:
    """The detail with its milestones and funding lines as new ones (their ids may be gone
    after another save): saving it replaces the action's lines exactly."""
    return dataclasses.replace(
        detail,
        milestones=tuple(dataclasses.replace(item, id=None) for item in detail.milestones),
        funding_lines=tuple(dataclasses.replace(item, id=None) for item in detail.funding_lines),
    )


class EditActionCommand(ChangeCommand):
    def __init__(
        self, page: ActionPlanPage, before: pa.ActionDetail, after: pa.ActionDetail
    ) -> None:
        super().__init__(page.tr("Edit action {code}").format(code=after.action.code), page.report)
        self.database = page.database
        self.before = before
        self.after = after

    def apply(self) -> None:
        pa.save_action_detail(self.database, _without_part_ids(self.after))

    def revert(self) -> None:
        pa.save_action_detail(self.database, _without_part_ids(self.before))


# -- the page ---------------------------------------------------------------------------


class ActionPlanPage(QWidget):
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
        self.action_dialog: ActionDialog | None = None
        self._build()
        self._connect()
        self.refresh()

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self.tree_model = ObjectiveTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("objective_tree")
        self.tree.setModel(self.tree_model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.add_strategic_button = QPushButton(self.tr("Add &strategic"))
        self.add_strategic_button.setToolTip(self.tr("Add a strategic objective at the end"))
        self.add_specific_button = QPushButton(self.tr("Add s&pecific"))
        self.add_specific_button.setToolTip(
            self.tr("Add a specific objective under the selected strategic objective")
        )
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.rename_button.setToolTip(self.tr("Rename the selected objective (F2)"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected objective (Del)"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the selected objective up (Ctrl+Up)"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setToolTip(self.tr("Move the selected objective down (Ctrl+Down)"))
        tree_buttons = QHBoxLayout()
        for button in (self.add_strategic_button, self.add_specific_button, self.rename_button):
            tree_buttons.addWidget(button)
        tree_buttons.addStretch(1)
        tree_buttons2 = QHBoxLayout()
        for button in (self.delete_button, self.up_button, self.down_button):
            tree_buttons2.addWidget(button)
        tree_buttons2.addStretch(1)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        tree_label = QLabel(self.tr("&Objectives"))
        tree_label.setBuddy(self.tree)
        left_column.addWidget(tree_label)
        left_column.addWidget(self.tree, 1)
        left_column.addLayout(tree_buttons)
        left_column.addLayout(tree_buttons2)

        self.actions_model = ActionTableModel(self)
        self.actions_model.on_edit = self.edit_action_field
        self.table = QTableView()
        self.table.setObjectName("action_table")
        self.table.setModel(self.actions_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setItemDelegateForColumn(STATUS, StatusDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        self.actions_label = QLabel(self.tr("&Actions"))
        self.actions_label.setBuddy(self.table)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("plan_totals")
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.actions_label)
        right_column.addWidget(self.table, 1)
        right_column.addWidget(self.totals_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([420, 1000])

        column = QVBoxLayout(self)
        column.setContentsMargins(24, 18, 24, 12)
        column.setSpacing(8)
        column.addWidget(heading(Area.ACTION_PLAN.title))
        column.addWidget(self.splitter, 1)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.up_shortcut = QShortcut(QKeySequence("Ctrl+Up"), self.tree)
        self.up_shortcut.setContext(context)
        self.down_shortcut = QShortcut(QKeySequence("Ctrl+Down"), self.tree)
        self.down_shortcut.setContext(context)
        self.rename_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self.tree)
        self.rename_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _connect(self) -> None:
        self.add_strategic_button.clicked.connect(self.add_strategic)
        self.add_specific_button.clicked.connect(self.add_specific)
        self.rename_button.clicked.connect(self.start_rename)
        self.delete_button.clicked.connect(self.delete_objective)
        self.up_button.clicked.connect(lambda: self.move_objective(-1))
        self.down_button.clicked.connect(lambda: self.move_objective(1))
        self.delete_shortcut.activated.connect(self.delete_objective)
        self.up_shortcut.activated.connect(lambda: self.move_objective(-1))
        self.down_shortcut.activated.connect(lambda: self.move_objective(1))
        self.rename_shortcut.activated.connect(self.start_rename)
        self.tree.selectionModel().currentRowChanged.connect(self._objective_changed)
        self.tree_model.itemChanged.connect(self._item_changed)
        self.table.doubleClicked.connect(self._open_index)
        self._undo.indexChanged.connect(self._stack_moved)

    # -- loading -------------------------------------------------------------------------

    def report(self, error: Exception) -> None:
        dialogs.show_error(self, self.tr("Action plan"), str(error))
        self.refresh()

    def _stack_moved(self) -> None:
        # An edit in place is stored while its editor is still open: reload once the view
        # has closed it, so the models are not reset under the editor.
        if self._editing:
            QTimer.singleShot(0, self, self.refresh)
        else:
            self.refresh()

    def refresh(self) -> None:
        selected = self._selected_id
        self._loading = True
        try:
            nodes = pt.objective_tree(self.database)
        except (LagdeskError, DatabaseError) as error:
            self._loading = False
            dialogs.show_error(self, self.tr("Action plan"), str(error))
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
        self._update_buttons()

    def _load_actions(self) -> None:
        try:
            rows = (
                pa.action_rows(self.database, self._selected_id)
                if self._selected_id is not None
                else []
            )
            totals = plan_totals(self.database).overall
        except (LagdeskError, DatabaseError) as error:
            dialogs.show_error(self, self.tr("Action plan"), str(error))
            return
        current = self.table.currentIndex()
        self.actions_model.set_rows(rows)
        if current.isValid() and current.row() < len(rows):
            self.table.setCurrentIndex(self.actions_model.index(current.row(), current.column()))
        self.totals_label.setText(
            self.tr("Plan totals: cost EUR {cost} · secured EUR {secured} · gap EUR {gap}").format(
                cost=format_money(totals.cost),
                secured=format_money(totals.secured),
                gap=format_money(totals.gap),
            )
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
        except (LagdeskError, DatabaseError) as error:
            dialogs.show_error(self, self.tr("Objective not added"), str(error))
            return
        self._selected_id = change.id
        self._undo.push(AddObjectiveCommand(self, text, change.id))
        self.refresh()
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
        except (LagdeskError, DatabaseError) as error:
            dialogs.show_error(self, self.tr("Objective not renamed"), str(error))
            QTimer.singleShot(0, self, self.refresh)
            return
        else:
            if before.title != title:
                self._undo.push(RenameObjectiveCommand(self, objective_id, title, before))
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
        except (LagdeskError, DatabaseError) as error:
            dialogs.show_error(self, self.tr("Objective not deleted"), str(error))
            return
        self._selected_id = None
        self._undo.push(DeleteObjectiveCommand(self, self.tr("Delete objective"), deletion))
        self.refresh()
        self._show_changes(deletion.changes)

    def move_objective(self, step: int) -> None:
        index = self._current()
        objective_id = self.tree_model.objective_id(index)
        if objective_id is None:
            return
        parent = index.parent()
        parent_id = self.tree_model.objective_id(parent) if parent.isValid() else None
        position = index.row() + step
        if not 0 <= position < self.tree_model.rowCount(parent):
            return
        try:
            change = pt.move_objective(self.database, objective_id, parent_id, position)
        except (LagdeskError, DatabaseError) as error:
            dialogs.show_error(self, self.tr("Objective not moved"), str(error))
            return
        self._undo.push(MoveObjectiveCommand(self, objective_id, parent_id, position, change))
        self.refresh()
        self._show_changes(change.changes)

    # -- actions -------------------------------------------------------------------------

    def edit_action_field(self, action_id: int, name: str, value: Any) -> bool:
        values = {name: value}
        try:
            edit = pa.set_action_fields(self.database, action_id, values)
        except (LagdeskError, DatabaseError) as error:
            dialogs.show_error(self, self.tr("Action not changed"), str(error))
            return False
        self._editing = True
        try:
            self._undo.push(SetActionFieldsCommand(self, action_id, values, edit.previous))
        finally:
            self._editing = False
        if edit.warnings:
            show_status(self, " ".join(problem.message for problem in edit.warnings), 8000)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            self._open_index(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _open_index(self, index: QModelIndex) -> None:
        item = self.actions_model.row_at(index.row()) if index.isValid() else None
        if item is not None:
            self.open_action(item.id)

    def open_action(self, action_id: int) -> ActionDialog | None:
        """Open the action's detail dialog (window-modal); stored and undoable on Save."""
        try:
            detail = pa.load_action_detail(self.database, action_id)
        except (LagdeskError, DatabaseError) as error:
            dialogs.show_error(self, self.tr("Action plan"), str(error))
            return None
        dialog = ActionDialog(self.database, detail, self)
        dialog.accepted.connect(lambda: self._action_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.action_dialog = dialog
        dialog.open()
        return dialog

    def _action_saved(self, dialog: ActionDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self._undo.push(EditActionCommand(self, dialog.before, saved.detail))
        self.refresh()
        self._show_changes(saved.changes)
        if saved.warnings:
            show_status(self, " ".join(problem.message for problem in saved.warnings), 8000)
