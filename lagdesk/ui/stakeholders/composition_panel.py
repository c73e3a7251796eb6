"""The make-up of a group today: people by sector and gender, and gentle warnings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.stakeholders import composition as comp
from lagdesk.core.support.labels import label
from lagdesk.db.codes import Sector
from lagdesk.ui.common.formatting import format_number
from lagdesk.ui.common.tables import compact_rows
from lagdesk.ui.stakeholders.group_models import CompositionTableModel


def amber_box(parent: QWidget) -> tuple[QFrame, QLabel]:
    """A soft amber frame for advice (not an error), readable in light and dark themes."""
    box = QFrame(parent)
    box.setObjectName("composition_warnings")
    box.setFrameShape(QFrame.Shape.StyledPanel)
    dark = parent.palette().color(QPalette.ColorRole.Window).lightness() < 128
    background, border, text = (
        ("#4a3b00", "#c99a00", "#ffe9a8") if dark else ("#fff4ce", "#e0b400", "#4d3800")
    )
    box.setStyleSheet(
        f"QFrame#composition_warnings {{ background: {background}; border: 1px solid {border};"
        f" border-radius: 4px; }} QFrame#composition_warnings QLabel {{ color: {text}; }}"
    )
    words = QLabel(box)
    words.setWordWrap(True)
    words.setTextFormat(Qt.TextFormat.PlainText)
    words.setObjectName("warning_text")
    column = QVBoxLayout(box)
    column.setContentsMargins(10, 8, 10, 8)
    column.addWidget(words)
    return box, words


class CompositionPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CompositionTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("composition")
        self.table.setModel(self.model)
        compact_rows(self.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAccessibleName(self.tr("Members by sector and gender"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.total = QLabel(self)
        self.total.setObjectName("composition_total")
        self.total.setWordWrap(True)
        self.warnings, self.warning_text = amber_box(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.total)
        column.addWidget(self.table)
        column.addWidget(self.warnings)
        column.addStretch(1)
        self.show_composition(None)

    def show_composition(self, found: comp.Composition | None) -> None:
        self.model.set_composition(found)
        self.table.setVisible(found is not None and found.total > 0)
        if found is None:
            self.total.setText(self.tr("Choose a group to see who is in it."))
            self.warnings.hide()
            return
        text = self.tr("{count} people are active members today (subgroups included).").format(
            count=format_number(found.total)
        )
        organisations = {s: n for s, n in found.organisations_by_sector.items() if n}
        if organisations:
            parts = ", ".join(
                f"{format_number(n)} {label(s).lower()}" for s, n in _in_order(organisations)
            )
            text += " " + self.tr(
                "Organisations that are members in their own right: {parts}."
            ).format(parts=parts)
        self.total.setText(text)
        self._fit_table()
        self.warning_text.setText("\n".join(f"⚠  {warning}" for warning in found.warnings))
        self.warnings.setVisible(bool(found.warnings))

    def _fit_table(self) -> None:
        """As tall as its rows: the table is small and should not scroll."""
        header = self.table.horizontalHeader()
        height = max(header.height(), header.sizeHint().height()) + 2 * self.table.frameWidth() + 2
        height += sum(self.table.rowHeight(row) for row in range(self.model.rowCount()))
        self.table.setFixedHeight(height)


def _in_order(counts: dict[Sector, int]) -> list[tuple[Sector, int]]:
    return [(sector, counts[sector]) for sector in Sector if sector in counts]
