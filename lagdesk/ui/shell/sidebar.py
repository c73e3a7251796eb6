"""The navigation list on the left: one row per area, arrow keys move between them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QListWidget, QListWidgetItem, QWidget

from lagdesk.ui.shell.areas import Area

AREA_ROLE = Qt.ItemDataRole.UserRole


class Sidebar(QListWidget):
    """Emits ``area_selected`` when the user (mouse, keyboard or shortcut) picks an area."""

    area_selected = Signal(object)  # Area

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Areas"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setIconSize(QSize(20, 20))
        self.setSpacing(2)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        style = self.style()
        for area in Area:
            item = QListWidgetItem(style.standardIcon(area.icon), "", self)
            item.setData(AREA_ROLE, area)
            item.setSizeHint(QSize(0, 36))
        self.retranslate()
        self.currentItemChanged.connect(self._changed)

    def retranslate(self) -> None:
        """Name the areas in the language in force, and fit the width to the longest."""
        self.setAccessibleName(self.tr("Areas"))
        for row, area in enumerate(Area):
            item = self.item(row)
            item.setText(area.title)
            keys = area.shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(self.tr("{area} ({keys})").format(area=area.title, keys=keys))
        widest = max(self.fontMetrics().horizontalAdvance(area.title) for area in Area)
        self.setFixedWidth(widest + self.iconSize().width() + 56)

    def current_area(self) -> Area | None:
        item = self.currentItem()
        area = None if item is None else item.data(AREA_ROLE)
        return area if isinstance(area, Area) else None

    def select(self, area: Area) -> None:
        self.setCurrentRow(list(Area).index(area))

    def _changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.area_selected.emit(current.data(AREA_ROLE))
