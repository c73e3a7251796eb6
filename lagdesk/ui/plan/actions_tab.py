"""The Actions tab of the Action plan page: the action table, its buttons, and every change
made to actions through undoable commands."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.plan import actions as pa
from lagdesk.core.plan.numbering import CodeChange
from lagdesk.core.support import records
from lagdesk.db.codes import ActionType
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.flow_layout import FlowLayout
from lagdesk.ui.common.widgets import show_status
from lagdesk.ui.plan.action_dialog import ActionDialog
from lagdesk.ui.plan.actions_model import ActionTableModel, action_table
from lagdesk.ui.plan.commands import (
    ActionMove,
    DeleteActionsCommand,
    EditActionCommand,
    MoveActionsCommand,
    NewActionCommand,
    SetActionFieldsCommand,
    code_changes,
    delete_actions,
    move_actions,
)
from lagdesk.ui.plan.tree_model import ObjectiveTreeModel

#: A position past every list: core puts the action last.
LAST = 2**31 - 1


class ActionsTab(QWidget):
    """The Actions tab of ``ActionPlanPage``: the action table, its buttons and every change
    made to actions (new, edit in place, detail dialog, delete, move, drag to an objective).

    A base class of the page: it works on the page's database, undo stack, tree and models,
    declared here and set up by the page.
    """

    database: Database
    _undo: QUndoStack
    tree_model: ObjectiveTreeModel
    #: The objective selected in the tree.
    _selected_id: int | None
    #: True while an edit in place is being stored.
    _editing: bool
    #: The action to show as current after the next reload (a new or moved one).
    _wanted_action: int | None
    action_dialog: ActionDialog | None

    if TYPE_CHECKING:
        # The page's own methods, which the actions' changes call.
        def report(self, error: UserError) -> None: ...
        def refresh(self) -> None: ...
        def _show_changes(self, changes: Iterable[CodeChange]) -> None: ...

    def _build_actions_tab(self) -> QWidget:
        self.actions_model = ActionTableModel(self)
        self.actions_model.on_edit = self.edit_action_field
        self.table = action_table(self.actions_model)
        self.table.installEventFilter(self)
        self.new_action_button = _button(
            QCoreApplication.translate("ActionPlanPage", "&New action"),
            QCoreApplication.translate(
                "ActionPlanPage", "Add an action to the selected objective (Insert)"
            ),
        )
        self.delete_action_button = _button(
            QCoreApplication.translate("ActionPlanPage", "De&lete action"),
            QCoreApplication.translate(
                "ActionPlanPage", "Delete the selected actions (Del in the table)"
            ),
        )
        self.action_up_button = _button(
            QCoreApplication.translate("ActionPlanPage", "Move a&ction up"),
            QCoreApplication.translate(
                "ActionPlanPage", "Move the action up within its objective (Ctrl+Shift+Up)"
            ),
        )
        self.action_down_button = _button(
            QCoreApplication.translate("ActionPlanPage", "&Move action down"),
            QCoreApplication.translate(
                "ActionPlanPage", "Move the action down within its objective (Ctrl+Shift+Down)"
            ),
        )
        self.show_all_check = QCheckBox(
            QCoreApplication.translate("ActionPlanPage", "Show all ac&tions")
        )
        self.show_all_check.setToolTip(
            QCoreApplication.translate(
                "ActionPlanPage",
                "Show the actions of every objective, not only of the selected one",
            )
        )
        buttons = _row(
            self.new_action_button,
            self.delete_action_button,
            self.action_up_button,
            self.action_down_button,
        )
        # Long objective titles wrap rather than widen the window.
        self.actions_label = QLabel()
        self.actions_label.setWordWrap(True)
        self.actions_label.setBuddy(self.table)
        title_row = QHBoxLayout()
        title_row.addWidget(self.actions_label, 1)
        title_row.addWidget(self.show_all_check)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("plan_totals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tab = QWidget()
        tab.setObjectName("actions_tab")
        tab_column = QVBoxLayout(tab)
        tab_column.setContentsMargins(0, 6, 0, 0)
        tab_column.addLayout(title_row)
        tab_column.addWidget(self.table, 1)
        tab_column.addLayout(buttons)
        tab_column.addWidget(self.totals_label)
        return tab

    def edit_action_field(self, action_id: int, name: str, value: object) -> bool:
        values = {name: value}
        try:
            edit = pa.set_action_fields(self.database, action_id, values)
        except UserError as error:
            dialogs.show_user_error(
                self, QCoreApplication.translate("ActionPlanPage", "Action not changed"), error
            )
            return False
        self._editing = True
        try:
            self._undo.push(
                SetActionFieldsCommand(self.database, self.report, action_id, values, edit.previous)
            )
        finally:
            self._editing = False
        if edit.warnings:
            show_status(self, " ".join(problem.message for problem in edit.warnings), 8000)
        return True

    def selected_action_ids(self) -> list[int]:
        """The selected actions in table order (the current one when none is selected)."""
        model = self.actions_model
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        found = [model.record_at(row) for row in rows]
        return [item.id for item in found if item is not None]

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
        item = self.actions_model.record_at(index.row()) if index.isValid() else None
        if item is not None:
            self.open_action(item.id)

    def open_action(self, action_id: int) -> ActionDialog | None:
        """Open the action's detail dialog (window-modal); stored and undoable on Save."""
        try:
            detail = pa.load_action_detail(self.database, action_id)
        except UserError as error:
            dialogs.show_user_error(
                self, QCoreApplication.translate("ActionPlanPage", "Action plan"), error
            )
            return None
        return self._open_dialog(detail)

    def new_action(self) -> ActionDialog | None:
        """Open the dialog on a new action of the selected objective (strategic or
        specific); it is stored, last under that objective, on Save."""
        if self._selected_id is None:
            return None
        action = records.Action(
            objective_id=self._selected_id, code="", title="", type=next(iter(ActionType))
        )
        return self._open_dialog(pa.ActionDetail(action=action))

    def _open_dialog(self, detail: pa.ActionDetail) -> ActionDialog:
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
        action = saved.detail.action
        assert action.id is not None
        self._wanted_action = action.id
        if dialog.before.action.id is None:
            command: EditActionCommand | NewActionCommand = NewActionCommand(
                self.database, self.report, action.id, action.code
            )
        else:
            command = EditActionCommand(self.database, self.report, dialog.before, saved.detail)
        self._undo.push(command)
        self._show_changes(saved.changes)
        if saved.warnings:
            show_status(self, " ".join(problem.message for problem in saved.warnings), 8000)

    def delete_actions(self) -> None:
        """Delete the selected actions after asking (one undo command)."""
        ids = self.selected_action_ids()
        rows = [row for row in self.actions_model.records() if row.id in ids]
        if not rows:
            return
        if len(rows) == 1:
            question = QCoreApplication.translate(
                "ActionPlanPage",
                "Delete action {code} “{title}” with its milestones, funding lines and links?",
            ).format(code=rows[0].code, title=rows[0].title)
            text = QCoreApplication.translate("ActionPlanPage", "Delete action {code}").format(
                code=rows[0].code
            )
        else:
            question = QCoreApplication.translate(
                "ActionPlanPage",
                "Delete {count} actions ({codes}) with their milestones, funding lines and links?",
            ).format(count=len(rows), codes=", ".join(row.code for row in rows))
            text = QCoreApplication.translate("ActionPlanPage", "Delete {count} actions").format(
                count=len(rows)
            )
        if not dialogs.confirm(
            self,
            QCoreApplication.translate("ActionPlanPage", "Delete actions"),
            question,
            QCoreApplication.translate("ActionPlanPage", "Delete"),
        ):
            return
        try:
            deletions = delete_actions(self.database, [row.id for row in rows])
        except UserError as error:
            dialogs.show_error(
                self,
                QCoreApplication.translate("ActionPlanPage", "Actions not deleted"),
                str(error),
            )
            self.refresh()
            return
        self._undo.push(DeleteActionsCommand(self.database, self.report, text, deletions))
        self._show_changes(change for deletion in deletions for change in deletion.changes)

    def move_action(self, step: int) -> None:
        """Move the current action one place up (-1) or down (1) within its objective."""
        current = self.actions_model.record_at(self.table.currentIndex().row())
        if current is None:
            return
        siblings = sorted(
            (
                row
                for row in self.actions_model.records()
                if row.objective_id == current.objective_id
            ),
            key=lambda row: (row.position, row.id),
        )
        position = [row.id for row in siblings].index(current.id) + step
        if 0 <= position < len(siblings):
            move = ActionMove(current.id, current.objective_id, position)
            self._move(
                [move],
                QCoreApplication.translate("ActionPlanPage", "Move action {code}").format(
                    code=current.code
                ),
            )

    def move_actions_to(self, action_ids: list[int], objective_id: int) -> bool:
        """Move actions (dragged onto the tree) to the end of an objective; one command."""
        rows = [
            row
            for row in self.actions_model.records()
            if row.id in action_ids and row.objective_id != objective_id
        ]
        if not rows:
            return False
        moves = [ActionMove(row.id, objective_id, LAST) for row in rows]
        target = self.tree_model.index_of(objective_id).data() or ""
        if len(rows) == 1:
            text = QCoreApplication.translate(
                "ActionPlanPage", "Move action {code} to objective {objective}"
            ).format(code=rows[0].code, objective=target)
        else:
            text = QCoreApplication.translate(
                "ActionPlanPage", "Move {count} actions to objective {objective}"
            ).format(count=len(rows), objective=target)
        return self._move(moves, text)

    def _move(self, moves: list[ActionMove], text: str) -> bool:
        try:
            changes = move_actions(self.database, moves)
        except UserError as error:
            dialogs.show_user_error(
                self, QCoreApplication.translate("ActionPlanPage", "Action not moved"), error
            )
            self.refresh()
            return False
        self._wanted_action = moves[0].action_id
        self._undo.push(MoveActionsCommand(self.database, self.report, text, moves, changes))
        self._show_changes(code_changes(changes))
        return True


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    return button


def _row(*buttons: QPushButton) -> FlowLayout:
    """A row of buttons that wraps when their words are long (and the window narrow)."""
    row = FlowLayout()
    for button in buttons:
        row.addWidget(button)
    return row
