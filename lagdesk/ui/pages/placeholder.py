"""Pages of areas still to come: a title and a short word on what will be there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lagdesk.i18n import QT_TRANSLATE_NOOP, translate
from lagdesk.ui.areas import Area
from lagdesk.ui.widgets import heading, paragraph

CONTEXT = "PlaceholderPage"

_COMING: dict[Area, str] = {
    Area.REPORTS: QT_TRANSLATE_NOOP(
        "PlaceholderPage",
        "Exports will be here: the Integrated Action Plan document, Excel reports and charts.",
    ),
}


def coming_text(area: Area) -> str:
    return translate(CONTEXT, _COMING[area])


class PlaceholderPage(QWidget):
    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{area.value}_page")
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 18, 24, 18)
        column.setSpacing(12)
        column.addWidget(heading(area.title))
        self.description = paragraph(coming_text(area))
        column.addWidget(self.description)
        later = paragraph(self.tr("This part of lagdesk comes in a later version."))
        later.setEnabled(False)
        column.addWidget(later)
        column.addStretch(1)
        column.setAlignment(Qt.AlignmentFlag.AlignTop)
