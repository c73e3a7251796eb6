"""Small helpers shared by the area's table views."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView


def compact_rows(table: QTableView) -> None:
    """Rows one line of text high, the same in every table of the area."""
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
