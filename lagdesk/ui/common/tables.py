"""Small helpers shared by the areas' table views."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def compact_rows(table: QTableView) -> None:
    """Rows one line of text high, the same in every table of the area."""
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)


def list_table(
    model: QAbstractItemModel, name: str, accessible_name: str, parent: QWidget
) -> QTableView:
    """A read-only list of records, one chosen at a time: Tab leaves the table (arrows move
    in it), each row one line high, no row numbers."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    compact_rows(table)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setAccessibleName(accessible_name)
    return table
