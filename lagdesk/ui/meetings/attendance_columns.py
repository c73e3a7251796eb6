"""Attendance mode's two columns: the list, and beside it or under it the walk-in form and
the anonymous grid.

In attendance mode's own window the side sits beside the list; in the narrow tab of the
Meetings page it goes under it. The panel's width decides (``arrange``), so the layout
turns the moment the side would be cut.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QStyle, QWidget

#: Room the list keeps beside the walk-in form and the anonymous grid; narrower, they go
#: under it.
LIST_BESIDE_WIDTH = 420
#: The part of the height the walk-in form and the anonymous grid get under the list.
SIDE_UNDER_SHARE = 0.4
#: Qt's "no maximum size".
QWIDGETSIZE_MAX = (1 << 24) - 1


class AttendanceColumns(QSplitter):
    """The list column and the side (a scroll area), beside or under each other."""

    def __init__(self, list_column: QWidget, side: QScrollArea, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.side = side
        form_and_grid = side.widget()
        assert form_and_grid is not None, "the side's widget is set before the columns"
        self._form_and_grid = form_and_grid
        self.setObjectName("attendance_columns")
        self.setChildrenCollapsible(False)
        self.addWidget(list_column)
        self.addWidget(side)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)
        #: Set once the user drags the handle between the list and the side: their split
        #: stays until the layout turns.
        self._dragged = False
        self.splitterMoved.connect(self._handle_dragged)

    def side_by_side_width(self) -> int:
        """The narrowest the panel may be for the walk-in form and the anonymous grid to sit
        beside the list, all of them uncut."""
        return self._side_width() + self.handleWidth() + LIST_BESIDE_WIDTH

    def _side_width(self) -> int:
        bar = self.side.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return self._form_and_grid.sizeHint().width() + bar + 4

    def is_side_by_side(self) -> bool:
        return self.orientation() == Qt.Orientation.Horizontal

    def arrange(self, width: int) -> None:
        """Lay the columns out for a panel ``width`` pixels wide."""
        wide = width >= self.side_by_side_width()
        if wide != self.is_side_by_side():
            self.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
            self._dragged = False
        if wide:
            self.side.setMaximumSize(self._side_width(), QWIDGETSIZE_MAX)
        else:
            self.side.setMaximumSize(QWIDGETSIZE_MAX, self._form_and_grid.sizeHint().height() + 4)
        if self._dragged:
            return  # the user's split stays
        if wide:
            length = self.width()
            side = self._side_width()
        else:
            # Under the list, the form and the grid get part of the height and scroll.
            length = self.height()
            side = min(self.side.maximumHeight(), round(length * SIDE_UNDER_SHARE))
        self.setSizes([max(length - side, 1), side])

    def _handle_dragged(self) -> None:
        self._dragged = True
