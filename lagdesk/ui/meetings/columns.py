"""Column widths measured from a table's texts, not from the rows on screen.

``QTableView.resizeColumnsToContents`` looks only at the rows in view, and a table filled
while its tab is hidden has none: its columns come out as narrow as their headers. These
measure every row (up to a limit that keeps a large file quick) with the table's font.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QStyle, QTableView

#: Rows measured at most; beyond them a longer value is cut (its tooltip has all of it).
MEASURED_ROWS = 2000


def cell_padding(view: QTableView) -> int:
    """What a cell adds around its text: the style's margins and a little air."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    return 2 * (margin + 1) + 8


def content_widths(view: QTableView) -> dict[int, int]:
    """Each column's width for its widest text and its header."""
    model = view.model()
    metrics = view.fontMetrics()
    padding = cell_padding(view)
    header = view.horizontalHeader()
    rows = range(min(model.rowCount(), MEASURED_ROWS))
    widths: dict[int, int] = {}
    for column in range(model.columnCount()):
        texts = (str(model.index(row, column).data() or "") for row in rows)
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        widths[column] = max(widest + padding, header.sectionSizeHint(column))
    return widths


def fit_to_contents(view: QTableView, caps: Mapping[int, int] | None = None) -> None:
    """Size every column to its contents; a column in ``caps`` to at most that many
    average characters (long titles and names are cut, their tooltips are whole)."""
    widths = content_widths(view)
    character = view.fontMetrics().averageCharWidth()
    padding = cell_padding(view)
    for column, chars in (caps or {}).items():
        widths[column] = min(widths[column], character * chars + padding)
    header = view.horizontalHeader()
    for column, width in widths.items():
        header.resizeSection(column, width)
