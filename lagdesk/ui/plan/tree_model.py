"""The objective tree (strategic > specific) as a model: code, title, number of actions.

Objectives are dragged within the tree (to reorder them, or to put a specific objective
under another strategic one) and actions are dragged from the action table onto an
objective. The model only works out what a drop means; the page stores it (core first,
then one undo command) through ``on_move_objective`` and ``on_move_actions``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QDrag, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from lagdesk.core.plan.tree import ObjectiveNode
from lagdesk.ui.common.formatting import format_number

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CODE, TITLE, ACTIONS = range(3)

#: Dragged objectives and actions: a JSON list of ids.
OBJECTIVE_MIME = "application/x-lagdesk-objective-ids"
ACTION_MIME = "application/x-lagdesk-action-ids"

#: (objective id, new parent id or None for the top level, position) -> True when moved.
MoveObjective = Callable[[int, int | None, int], bool]
#: (action ids, objective id) -> True when moved.
MoveActions = Callable[[list[int], int], bool]


def ids_mime(kind: str, ids: Sequence[int]) -> QMimeData:
    data = QMimeData()
    data.setData(kind, json.dumps(list(ids)).encode("ascii"))
    return data


def ids_of(data: QMimeData, kind: str) -> list[int]:
    if not data.hasFormat(kind):
        return []
    try:
        found = json.loads(bytes(data.data(kind).data()).decode("ascii"))
    except ValueError:
        return []
    if not isinstance(found, list):
        return []
    return [value for value in found if isinstance(value, int)]


class ObjectiveTreeModel(QStandardItemModel):
    """Read from ``objective_tree``; the title is editable (F2), which the page stores."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(0, 3, parent)  # type: ignore[arg-type]
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("PlanTree", "Code"),
                QCoreApplication.translate("PlanTree", "Objective"),
                QCoreApplication.translate("PlanTree", "Actions"),
            ]
        )
        self.on_move_objective: MoveObjective | None = None
        self.on_move_actions: MoveActions | None = None

    def load(self, nodes: list[ObjectiveNode]) -> None:
        self.removeRows(0, self.rowCount())
        root = self.invisibleRootItem()
        for node in nodes:
            self._add(root, node)

    def _add(self, parent: QStandardItem, node: ObjectiveNode) -> None:
        code = QStandardItem(node.code)
        title = QStandardItem(node.title)
        count = QStandardItem(format_number(node.total_actions))
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for item in (code, title, count):
            item.setData(node.id, ID_ROLE)
            item.setEditable(False)
            item.setDragEnabled(True)
            item.setDropEnabled(True)
        title.setEditable(True)
        title.setToolTip(node.description or node.title)
        parent.appendRow([code, title, count])
        for child in node.children:
            self._add(code, child)

    def objective_id(self, index: Index) -> int | None:
        if not index.isValid():
            return None
        value = index.data(ID_ROLE)
        return int(value) if value is not None else None

    def index_of(self, objective_id: int, column: int = CODE) -> QModelIndex:
        found = self.match(
            self.index(0, 0),
            ID_ROLE,
            objective_id,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        if not found:
            return QModelIndex()
        index = found[0]
        return index.siblingAtColumn(column)

    # -- drag and drop -------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [OBJECTIVE_MIME, ACTION_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids: list[int] = []
        for index in indexes:
            objective_id = self.objective_id(index)
            if objective_id is not None and objective_id not in ids:
                ids.append(objective_id)
        return ids_mime(OBJECTIVE_MIME, ids)

    def objective_drop(
        self, data: QMimeData, row: int, parent: Index
    ) -> tuple[int, int | None, int] | None:
        """What dropping ``data`` at (row, parent) asks for: (objective, new parent or None,
        position), or None when it means nothing or cannot be (a third level, an objective
        under itself, no move at all). Core checks the rest."""
        ids = ids_of(data, OBJECTIVE_MIME)
        if len(ids) != 1:
            return None
        (moving,) = ids
        source = self.index_of(moving)
        if not source.isValid():
            return None
        target = (
            self.index(parent.row(), CODE, parent.parent()) if parent.isValid() else QModelIndex()
        )
        if target.isValid() and row < 0:
            if target.parent().isValid():
                # Onto a specific objective: take its place.
                row, target = target.row(), target.parent()
            else:
                # Onto a strategic objective: last under it.
                row = self.rowCount(target)
        if target.isValid() and target.parent().isValid():
            return None  # under a specific objective: a third level
        if row < 0:
            row = self.rowCount(target)
        target_id = self.objective_id(target)
        if target_id == moving:
            return None
        if target_id is not None and self.rowCount(source) > 0:
            return None  # a strategic objective with specific ones cannot go under another
        position = row
        if source.parent() == target:
            if source.row() < row:
                position -= 1
            if position == source.row():
                return None
        return moving, target_id, position

    def action_drop(self, data: QMimeData, row: int, parent: Index) -> tuple[list[int], int] | None:
        """Actions go onto an objective (not between objectives)."""
        ids = ids_of(data, ACTION_MIME)
        objective_id = self.objective_id(parent)
        if not ids or row >= 0 or objective_id is None:
            return None
        return ids, objective_id

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction:
            return False
        if data.hasFormat(ACTION_MIME):
            return self.action_drop(data, row, parent) is not None
        return self.objective_drop(data, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction:
            return False
        if data.hasFormat(ACTION_MIME):
            found = self.action_drop(data, row, parent)
            if found is None or self.on_move_actions is None:
                return False
            return self.on_move_actions(*found)
        move = self.objective_drop(data, row, parent)
        if move is None or self.on_move_objective is None:
            return False
        return self.on_move_objective(*move)


class ObjectiveTreeView(QTreeView):
    """A tree whose drags leave the rows alone: after a move Qt would remove the dragged
    row itself, while the page reloads the tree from the file (where core renumbered it)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        model = self.model()
        indexes = [
            index
            for index in self.selectedIndexes()
            if model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
        ]
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(model.mimeData(indexes))
        area = self.visualRect(indexes[0])
        for index in indexes[1:]:
            area = area.united(self.visualRect(index))
        drag.setPixmap(self.viewport().grab(area))
        drag.exec(supportedActions, Qt.DropAction.MoveAction)
