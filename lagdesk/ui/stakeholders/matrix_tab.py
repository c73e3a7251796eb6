"""The Power/interest tab. matplotlib is heavy to load, so the tab holds only a placeholder
until it is first shown; then it imports the view that draws the matrix."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lagdesk.core.stakeholders import register as sh
from lagdesk.core.stakeholders.composition import Kind
from lagdesk.core.support.labels import label
from lagdesk.db.database import Database
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common.formatting import format_date, format_number
from lagdesk.ui.common.models import RecordTableModel
from lagdesk.ui.common.undo import UndoableWidget, UndoContext

if TYPE_CHECKING:
    from lagdesk.ui.stakeholders.matrix_view import MatrixView


class MatrixPointModel(RecordTableModel[sh.MatrixPoint]):
    """The stakeholders drawn in the matrix, one row each, in the chart's order."""

    class Column(IntEnum):
        NAME = 0
        SECTOR = 1
        POWER = 2
        INTEREST = 3
        QUADRANT = 4
        ASSESSED = 5

    CONTEXT = "Stakeholders"
    HEADERS = (
        QT_TRANSLATE_NOOP("Stakeholders", "Name"),
        QT_TRANSLATE_NOOP("Stakeholders", "Sector"),
        QT_TRANSLATE_NOOP("Stakeholders", "Power"),
        QT_TRANSLATE_NOOP("Stakeholders", "Interest"),
        QT_TRANSLATE_NOOP("Stakeholders", "Quadrant"),
        QT_TRANSLATE_NOOP("Stakeholders", "Assessed on"),
    )
    RIGHT_ALIGNED = frozenset({Column.POWER, Column.INTEREST})

    @property
    def points(self) -> list[sh.MatrixPoint]:
        return self._records

    def set_points(self, points: Sequence[sh.MatrixPoint]) -> None:
        self.set_records(points)

    def row_of(self, kind: Kind, point_id: int | None = None) -> int:  # type: ignore[override]
        """A point is a person or an organisation: the id alone is not enough."""
        for row, point in enumerate(self._records):
            if point.kind == kind and point.id == point_id:
                return row
        return -1

    def text(self, point: sh.MatrixPoint, column: int) -> str:
        match column:
            case self.Column.NAME:
                return point.name
            case self.Column.SECTOR:
                return "" if point.sector is None else label(point.sector)
            case self.Column.POWER:
                return format_number(point.power)
            case self.Column.INTEREST:
                return format_number(point.interest)
            case self.Column.QUADRANT:
                return sh.quadrant_label(sh.quadrant(point.power, point.interest))
            case self.Column.ASSESSED:
                return format_date(point.assessed_on)
        return ""


class MatrixTab(UndoableWidget):
    """Builds its ``view`` (and loads matplotlib) the first time it is shown."""

    #: The view was just built (and drew the matrix from the file as it is).
    built = Signal()

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        context: UndoContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, undo_stack, context, parent)
        self._groups: list[tuple[int, str, int]] = []
        self.view: MatrixView | None = None
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 8, 0, 0)
        self._waiting = QLabel(self.tr("Drawing the matrix…"), self)
        self._waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._column.addWidget(self._waiting)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.build()

    def build(self) -> MatrixView:
        if self.view is None:
            from lagdesk.ui.stakeholders.matrix_view import MatrixView

            self.view = MatrixView(self._database, self._undo, self._context, self)
            self.view.set_groups(self._groups)
            self._column.removeWidget(self._waiting)
            self._waiting.deleteLater()
            self._column.addWidget(self.view)
            self.built.emit()
        return self.view

    def set_groups(self, groups: Sequence[tuple[int, str, int]]) -> None:
        self._groups = list(groups)
        if self.view is not None:
            self.view.set_groups(self._groups)

    def refresh(self) -> None:
        if self.view is not None:
            self.view.refresh()
