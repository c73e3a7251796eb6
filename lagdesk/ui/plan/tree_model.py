"""The objective tree (strategic > specific) as a model: code, title, number of actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from lagdesk.core.plan_tree import ObjectiveNode
from lagdesk.ui.formatting import format_number

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CODE, TITLE, ACTIONS = range(3)


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
        title.setEditable(True)
        title.setToolTip(node.description or node.title)
        parent.appendRow([code, title, count])
        for child in node.children:
            self._add(code, child)

    def objective_id(self, index: QModelIndex) -> int | None:
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
