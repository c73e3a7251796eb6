"""A titled table with Add, Edit and Delete buttons, used for short lists of records."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class TableSection(QGroupBox):
    """Emits ``add_requested``, ``edit_requested(row)`` and ``delete_requested(row)``.

    Enter or a double click (the view's "activated") edits a row; the Delete key deletes it.
    """

    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(
        self,
        title: str,
        model: QAbstractItemModel,
        *,
        add_text: str,
        stretch: tuple[int, ...] = (0,),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for section in stretch:  # the columns that share the width the others leave
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setAccessibleName(title)

        self.add_button = QPushButton(add_text, self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(buttons)
        column.addWidget(self.table)

        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.table.activated.connect(self._activated)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete_selected)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        model.modelReset.connect(self.update_buttons)
        self.update_buttons()

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.table.model().rowCount():
            self.table.selectRow(row)

    def update_buttons(self) -> None:
        has_selection = self.selected_row() >= 0
        self.edit_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_requested.emit(index.row())

    def _edit_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.edit_requested.emit(row)

    def _delete_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.delete_requested.emit(row)
