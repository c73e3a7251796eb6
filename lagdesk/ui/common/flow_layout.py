"""A row of widgets that wraps onto the next line when the window is too narrow for it.

Rows of filters and buttons in German-length (or Bulgarian, Latvian) words can be wider
than a laptop screen; in a FlowLayout they take two lines instead of cutting the window's
right side off. Put a label together with its field (``labelled``) so the two stay on one
line.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QWidget,
)


class FlowLayout(QLayout):
    """Lays its items out left to right, starting a new line where the next one does not
    fit. After ``addStretch`` (a new group of buttons) the items go to the right end of
    their line, with at least a wider gap."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gaps: set[int] = set()
        self.setContentsMargins(QMargins(0, 0, 0, 0))
        if spacing >= 0:
            self.setSpacing(spacing)

    # -- filling -----------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addStretch(self, stretch: int = 0) -> None:
        """A gap before the next item (a flowing row cannot stretch)."""
        del stretch
        self._gaps.add(len(self._items))

    def addLayout(self, layout: QLayout) -> None:
        """``layout`` (a label with its field, say) kept together on one line."""
        holder = QWidget()
        holder.setLayout(layout)
        layout.setContentsMargins(0, 0, 0, 0)
        self.addWidget(holder)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self._gaps = {g - 1 if g > index else g for g in self._gaps}
        return self._items.pop(index)

    # -- sizes -------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All items on one line."""
        width = height = 0
        for index, item in enumerate(self._visible()):
            hint = item.sizeHint()
            width += hint.width() + (self._gap(index) if index else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top())

    def minimumSize(self) -> QSize:
        """The widest item: the row never needs more, it wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- arranging ---------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _spacing(self) -> int:
        found = self.spacing()
        if found >= 0:
            return found
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _stretched(self, visible_index: int) -> bool:
        """``addStretch`` was called between the ``visible_index``-th shown item and the
        one before it."""
        if visible_index == 0:
            return False
        shown = [i for i, item in enumerate(self._items) if not item.isEmpty()]
        before = shown[visible_index]
        return any(shown[visible_index - 1] < g <= before for g in self._gaps)

    def _gap(self, visible_index: int) -> int:
        """The space before the ``visible_index``-th shown item."""
        return self._spacing() * (4 if self._stretched(visible_index) else 1)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (only measure when not ``move``); the height used."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QLayoutItem, QPoint, QSize, bool]] = []

        def finish_line() -> None:
            if move and line:
                # What follows a stretch goes to the right end of its line, as in a row.
                _item, last, last_size, _stretched = line[-1]
                room = area.right() + 1 - (last.x() + last_size.width())
                shift = 0
                for item, point, size, stretched in line:
                    if stretched and point is not line[0][1]:
                        shift = max(room, 0)
                    # Centred on the line, as a QHBoxLayout would.
                    offset = (line_height - size.height()) // 2
                    item.setGeometry(QRect(point + QPoint(shift, offset), size))
            line.clear()

        for index, item in enumerate(self._visible()):
            size = item.sizeHint().expandedTo(item.minimumSize())
            size.setWidth(min(size.width(), max(area.width(), item.minimumSize().width())))
            gap = self._gap(index) if line else 0
            if line and x + gap + size.width() > area.right() + 1:
                finish_line()
                x = area.x()
                y += line_height + self._vertical_spacing()
                line_height = 0
                gap = 0
            line.append((item, QPoint(x + gap, y), size, self._stretched(index)))
            x += gap + size.width()
            line_height = max(line_height, size.height())
        finish_line()
        return y + line_height - rect.y() + margins.bottom()

    def _vertical_spacing(self) -> int:
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing)


def labelled(label: QLabel, field: QWidget, parent: QWidget | None = None) -> QWidget:
    """``label`` and ``field`` side by side in one widget, for a FlowLayout."""
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field, 1)
    holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return holder


__all__ = ["FlowLayout", "labelled"]
