"""The filter bar of the results framework: code or name contains, and which indicators
(all, the preloaded library's, the user's own)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from lagdesk.core.indicators import library as indicators
from lagdesk.core.indicators.library import IndicatorRow

#: The origins the filter offers (data of the "Show" box).
ALL, LIBRARY, OWN = "all", "library", "own"


def matches(row: IndicatorRow, text: str, origin: str = ALL) -> bool:
    """Whether the filter shows ``row``: its code or name contains ``text`` (any case),
    and it comes from the library or is the user's own as ``origin`` asks."""
    indicator = row.indicator
    if origin != ALL and indicators.is_library(indicator) != (origin == LIBRARY):
        return False
    wanted = text.strip().casefold()
    return not wanted or wanted in indicator.code.casefold() or wanted in indicator.name.casefold()


class IndicatorFilters(QWidget):
    """``changed`` whenever the text or the origin changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        filter_label = QLabel(self.tr("Fil&ter:"))
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("indicator_filter")
        self.text_edit.setPlaceholderText(self.tr("Code or name contains…"))
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setMinimumWidth(90)
        self.text_edit.setAccessibleName(self.tr("Filter indicators"))
        self.text_edit.textChanged.connect(self.changed)
        filter_label.setBuddy(self.text_edit)
        origin_label = QLabel(self.tr("Sho&w:"))
        self.origin_combo = QComboBox()
        self.origin_combo.setObjectName("indicator_origin")
        self.origin_combo.setToolTip(
            self.tr("Library: preloaded procurement indicators; own: those you added")
        )
        self.origin_combo.addItem(self.tr("All"), ALL)
        self.origin_combo.addItem(self.tr("Library"), LIBRARY)
        self.origin_combo.addItem(self.tr("Own"), OWN)
        self.origin_combo.currentIndexChanged.connect(self.changed)
        origin_label.setBuddy(self.origin_combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)  # as the rows of the page around it
        row.addWidget(filter_label)
        row.addWidget(self.text_edit, 1)
        row.addSpacing(8)
        row.addWidget(origin_label)
        row.addWidget(self.origin_combo)

    def shows(self, row: IndicatorRow) -> bool:
        return matches(row, self.text_edit.text(), self.origin_combo.currentData() or ALL)

    def reveal(self, row: IndicatorRow) -> None:
        """Clear the filter, without a ``changed``, when it would hide ``row``."""
        if self.shows(row):
            return
        with QSignalBlocker(self.text_edit), QSignalBlocker(self.origin_combo):
            self.text_edit.clear()
            self.origin_combo.setCurrentIndex(0)
