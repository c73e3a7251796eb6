"""The meetings list as a table whose columns follow its width.

Each column is as wide as its longest value and the title takes the rest. When the pane is
too narrow for the title to stay readable, the columns the selected meeting's overview
shows anyway give way first: the place, then the number invited, then the time. They come
back as soon as there is room again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from lagdesk.ui.meetings.columns import cell_padding, content_widths
from lagdesk.ui.meetings.list_model import (
    DATE,
    INVITED,
    PLACE,
    PRESENT,
    TIME,
    TITLE,
    TYPE,
    MeetingListModel,
)

#: The title keeps at least this many average characters before other columns give way.
TITLE_MIN_CHARS = 30
#: The place is cut (the whole of it is in its tooltip) beyond this many characters.
PLACE_MAX_CHARS = 18
#: The columns given up, in this order, when the title would be narrower than its minimum.
YIELDING = (PLACE, INVITED, TIME)


class MeetingTable(QTableView):
    def __init__(self, model: MeetingListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_table")
        self.setModel(model)
        self._model = model
        #: Each column's width for its longest value, measured when the rows change.
        self._content: dict[int, int] = {}
        column, order = model.sort_order
        self.horizontalHeader().setSortIndicator(column, order)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setAccessibleName(self.tr("Meetings"))
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        model.modelReset.connect(self._measure)
        model.dataChanged.connect(self._measure)
        self._measure()

    def _measure(self) -> None:
        """The width each column needs for its longest value (and its header)."""
        self._content = content_widths(self)
        place_cap = self.fontMetrics().averageCharWidth() * PLACE_MAX_CHARS
        self._content[PLACE] = min(self._content[PLACE], place_cap + cell_padding(self))
        self.fit_columns()

    def title_minimum(self) -> int:
        return self.fontMetrics().averageCharWidth() * TITLE_MIN_CHARS

    def fit_columns(self) -> None:
        """Widths from the contents; the title fills the rest, the yielding columns are
        hidden while they would leave it less than its minimum."""
        available = self.viewport().width()
        shown = [DATE, TIME, TYPE, PLACE, INVITED, PRESENT]
        for column in YIELDING:
            others = sum(self._content[found] for found in shown)
            if others + self.title_minimum() <= available:
                break
            shown.remove(column)
        header = self.horizontalHeader()
        for column in range(self._model.columnCount()):
            self.setColumnHidden(column, column != TITLE and column not in shown)
        for column in shown:
            header.resizeSection(column, self._content[column])
        others = sum(self._content[column] for column in shown)
        header.resizeSection(TITLE, max(available - others, self.title_minimum()))

    def viewportEvent(self, event: QEvent) -> bool:
        # The viewport, not the table: a vertical scroll bar coming or going resizes it.
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().viewportEvent(event)
