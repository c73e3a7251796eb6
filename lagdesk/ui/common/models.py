"""The table models every page builds on: a list of plain records, one per row
(``RecordTableModel``), or rows over an id list read a block at a time (``LazyRowModel``).

Subclasses name the columns (translatable HEADERS) and say what each cell shows through
small hooks (text, tooltip, alignment, background, foreground, font, check state); the
model does the rest (rows, headers, the record's id under ID_ROLE), so that no table
writes its own ``data()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from lagdesk.db.database import Database
from lagdesk.errors import UserError

log = logging.getLogger(__name__)


@contextmanager
def refiltering(proxy: QSortFilterProxyModel) -> Iterator[None]:
    """Filter ``proxy``'s rows again after the block that changes what it keeps (Qt 6.10's
    way when there; Qt 6.11 deprecates ``invalidateFilter``)."""
    direction = getattr(QSortFilterProxyModel, "Direction", None)
    if direction is None:
        yield
        proxy.invalidateRowsFilter()
        return
    proxy.beginFilterChange()
    yield
    proxy.endFilterChange(direction.Rows)


R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of records; subclasses name the columns and say what each cell shows."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = "RecordTable"
    RIGHT_ALIGNED: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []

    def set_records(self, items: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(items)
        self.endResetModel()

    def records(self) -> list[R]:
        return list(self._records)

    def record_at(self, row: int) -> R | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: int | None) -> int:
        for row, record in enumerate(self._records):
            if getattr(record, "id", None) == record_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.record_at(index.row())
        if record is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, column)
        if role == ID_ROLE:
            return getattr(record, "id", None)
        found = self._styled(record, column, role)
        return found if found is not None else self.extra(record, column, role)

    def _styled(self, record: R, column: int, role: int) -> Any:
        """The roles with a hook of their own; when it says None, ``extra`` is asked."""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(record, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(record, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(record, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(record, column)
        if role == Qt.ItemDataRole.CheckStateRole:
            return self.check_state(record, column)
        return None

    def text(self, record: R, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, record: R, column: int) -> str | None:
        """The cell's tooltip: its text unless a table says more (or nothing)."""
        return self.text(record, column)

    def alignment(self, record: R, column: int) -> int | None:
        return RIGHT if column in self.RIGHT_ALIGNED else None

    def background(self, record: R, column: int) -> QBrush | None:
        return None

    def foreground(self, record: R, column: int) -> QBrush | None:
        return None

    def font(self, record: R, column: int) -> QFont | None:
        return None

    def check_state(self, record: R, column: int) -> Qt.CheckState | None:
        return None

    def extra(self, record: R, column: int, role: int) -> Any:
        """Any other role (edit values, decorations, a table's own roles)."""
        return None


@dataclass(frozen=True)
class Column(Generic[R]):
    #: Header text, marked with QT_TRANSLATE_NOOP in the model's context.
    header: str
    #: The core sort key this column sorts by (None: the column does not sort).
    sort_key: str | None
    text: Callable[[R], str]
    right_aligned: bool = False
    #: Initial width in average characters (no resize-to-contents: it would read every row).
    width: int = 14
    #: Shares the width the other columns leave.
    stretch: bool = False


class Listed(Protocol):
    """A row of a lazy list: it carries the id it is listed under."""

    @property
    def id(self) -> int: ...


L = TypeVar("L", bound=Listed)
#: What a lazy list is filtered by (core's filter for that list).
F = TypeVar("F")


class LazyRowModel(QAbstractTableModel, Generic[L, F]):
    """Rows over an id list; the rows are fetched ``BLOCK`` at a time on first sight."""

    BLOCK = 100
    CONTEXT = "Stakeholders"
    COLUMNS: tuple[Column[Any], ...] = ()
    #: A header was clicked whose column does not sort; the view puts its arrow back.
    sort_refused = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._ids: list[int] = []
        self._rows: dict[int, L] = {}
        self._loaded: set[int] = set()
        self._row_of: dict[int, int] | None = None
        self._filter: F = self.default_filter()
        self._sort_column = 0
        self._descending = False

    # -- what subclasses provide -------------------------------------------------------

    def default_filter(self) -> F:
        raise NotImplementedError

    def find_ids(self, found_filter: F, sort: str, descending: bool) -> list[int]:
        raise NotImplementedError

    def read_rows(self, ids: Sequence[int]) -> Sequence[L]:
        raise NotImplementedError

    # -- querying ----------------------------------------------------------------------

    @property
    def filter(self) -> F:
        return self._filter

    def set_filter(self, new_filter: F) -> None:
        self._filter = new_filter
        self.refresh()

    @property
    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return self._sort_column, order

    def refresh(self) -> None:
        """Ask core again for the ids (the file changed, or the filter or order did)."""
        sort_key = self.COLUMNS[self._sort_column].sort_key
        assert sort_key is not None
        try:
            ids = self.find_ids(self._filter, sort_key, self._descending)
        except UserError as error:
            log.warning("Listing failed: %s", error)
            ids = []
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self._loaded.clear()
        self._row_of = None
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column core can sort by; other columns leave the order as it is."""
        if not 0 <= column < len(self.COLUMNS) or self.COLUMNS[column].sort_key is None:
            self.sort_refused.emit()
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending):
            return
        self._sort_column, self._descending = column, descending
        self.refresh()

    # -- rows --------------------------------------------------------------------------

    @property
    def ids(self) -> list[int]:
        return self._ids

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int | None) -> int:
        if self._row_of is None:
            self._row_of = {found: row for row, found in enumerate(self._ids)}
        return -1 if record_id is None else self._row_of.get(record_id, -1)

    def record_at(self, row: int) -> L | None:
        record_id = self.id_at(row)
        if record_id is None:
            return None
        block = row // self.BLOCK
        if block not in self._loaded:
            self._load_block(block)
        return self._rows.get(record_id)

    def _load_block(self, block: int) -> None:
        self._loaded.add(block)
        wanted = self._ids[block * self.BLOCK : (block + 1) * self.BLOCK]
        try:
            found = self.read_rows(wanted)
        except UserError as error:
            log.warning("Reading rows failed: %s", error)
            return
        for record in found:
            self._rows[record.id] = record

    # -- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section].header)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[section].right_aligned:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.COLUMNS):
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column.right_aligned else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        record = self.record_at(index.row())
        if record is None:
            return None
        text = column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        return text

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
