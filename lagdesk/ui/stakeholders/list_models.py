"""The long lists of the Stakeholders area: people and organisations, read lazily.

Core finds the ids of the matching rows in one SQL query (filtered and sorted there); the
model reads the rows themselves a block at a time, only when the view asks for a row it
has not seen. 20,000 people cost one id query and one block of rows to show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support.labels import label
from lagdesk.db.database import Database
from lagdesk.db.errors import DatabaseError
from lagdesk.errors import LagdeskError
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common.formatting import format_number
from lagdesk.ui.common.models import ID_ROLE, RIGHT, Index

log = logging.getLogger(__name__)

R = TypeVar("R")


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


def _score(value: int | None) -> str:
    return "" if value is None else format_number(value)


def _code(value: Any) -> str:
    return "" if value is None else label(value)


class LazyRowModel(QAbstractTableModel, Generic[R]):
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
        self._rows: dict[int, R] = {}
        self._loaded: set[int] = set()
        self._row_of: dict[int, int] | None = None
        self._filter: Any = self.default_filter()
        self._sort_column = 0
        self._descending = False

    # -- what subclasses provide -------------------------------------------------------

    def default_filter(self) -> Any:
        raise NotImplementedError

    def find_ids(self, found_filter: Any, sort: str, descending: bool) -> list[int]:
        raise NotImplementedError

    def read_rows(self, ids: Sequence[int]) -> Sequence[R]:
        raise NotImplementedError

    # -- querying ----------------------------------------------------------------------

    @property
    def filter(self) -> Any:
        return self._filter

    def set_filter(self, new_filter: Any) -> None:
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
        except (LagdeskError, DatabaseError) as error:
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

    def record_at(self, row: int) -> R | None:
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
        except (LagdeskError, DatabaseError) as error:
            log.warning("Reading rows failed: %s", error)
            return
        for record in found:
            self._rows[record.id] = record  # type: ignore[attr-defined]

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


class PersonTableModel(LazyRowModel[sh.PersonRow]):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Last name"),
            "last_name",
            lambda p: p.last_name,
            width=14,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "First name"),
            "first_name",
            lambda p: p.first_name,
            width=12,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Organisation"),
            "organisation",
            lambda p: p.organisation,
            width=28,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Sector"),
            "sector",
            lambda p: _code(p.sector),
            width=11,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Role"),
            "role",
            lambda p: p.role,
            width=22,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "E-mail"),
            "email",
            lambda p: p.email,
            width=24,
            stretch=True,
        ),
        Column(QT_TRANSLATE_NOOP("Stakeholders", "Phone"), "phone", lambda p: p.phone, width=19),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Power"),
            "power",
            lambda p: _score(p.power),
            right_aligned=True,
            width=5,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Interest"),
            "interest",
            lambda p: _score(p.interest),
            right_aligned=True,
            width=6,
        ),
    )

    def default_filter(self) -> sh.StakeholderFilter:
        return sh.StakeholderFilter()

    def find_ids(self, found_filter: Any, sort: str, descending: bool) -> list[int]:
        return sh.person_ids(self._database, found_filter, sort, descending)

    def read_rows(self, ids: Sequence[int]) -> Sequence[sh.PersonRow]:
        return sh.person_rows(self._database, ids)


class OrganisationTableModel(LazyRowModel[sh.OrganisationRow]):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Name"),
            "name",
            lambda o: o.name,
            width=34,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Sector"),
            "sector",
            lambda o: _code(o.sector),
            width=11,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Type"),
            "subtype",
            lambda o: o.subtype,
            width=20,
            stretch=True,
        ),
        Column(QT_TRANSLATE_NOOP("Stakeholders", "City"), "city", lambda o: o.city, width=12),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "E-mail"),
            "email",
            lambda o: o.email,
            width=26,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "People"),
            "people",
            lambda o: format_number(o.people),
            True,
            width=6,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Power"),
            "power",
            lambda o: _score(o.power),
            right_aligned=True,
            width=5,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Interest"),
            "interest",
            lambda o: _score(o.interest),
            right_aligned=True,
            width=6,
        ),
    )

    def default_filter(self) -> sh.StakeholderFilter:
        return sh.StakeholderFilter()

    def find_ids(self, found_filter: Any, sort: str, descending: bool) -> list[int]:
        return sh.organisation_ids(self._database, found_filter, sort, descending)

    def read_rows(self, ids: Sequence[int]) -> Sequence[sh.OrganisationRow]:
        return sh.organisation_rows(self._database, ids)
