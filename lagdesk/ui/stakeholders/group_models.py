"""Models of the Groups tab: the group tree, a group's members, its composition."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from lagdesk.core.stakeholders import composition as comp
from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support.labels import label
from lagdesk.db.codes import Gender, Sector
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common.formatting import format_date, format_number, format_percent
from lagdesk.ui.common.models import ID_ROLE, RIGHT, Index, RecordTableModel


class GroupTreeModel(QStandardItemModel):
    """Groups under their parents; the second column counts today's active members."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Stakeholders", "Group"),
                QCoreApplication.translate("Stakeholders", "Kind"),
                QCoreApplication.translate("Stakeholders", "Active members"),
            ]
        )

    def set_groups(self, nodes: Sequence[sh.GroupNode]) -> None:
        self.clear()
        self._set_headers()
        self._add(self.invisibleRootItem(), nodes)

    def _add(self, parent: QStandardItem, nodes: Sequence[sh.GroupNode]) -> None:
        for node in nodes:
            name = QStandardItem(node.name)
            name.setData(node.id, ID_ROLE)
            name.setToolTip(node.name)
            kind = QStandardItem(label(node.kind))
            count = QStandardItem(format_number(node.members_active))
            count.setData(RIGHT, Qt.ItemDataRole.TextAlignmentRole)
            for item in (name, kind, count):
                item.setEditable(False)
            parent.appendRow([name, kind, count])
            self._add(name, node.children)

    def index_of(self, group_id: int | None) -> QModelIndex:
        if group_id is None:
            return QModelIndex()
        found = self.match(
            self.index(0, 0),
            ID_ROLE,
            group_id,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        return found[0] if found else QModelIndex()


def is_current(row: sh.MemberRow, on: date | None = None) -> bool:
    day = on or date.today()
    started = row.joined_on is None or row.joined_on <= day
    return started and (row.left_on is None or row.left_on > day)


class MemberTableModel(RecordTableModel[sh.MemberRow]):
    class Column(IntEnum):
        NAME = 0
        ORGANISATION = 1
        SECTOR = 2
        ROLE = 3
        JOINED = 4
        LEFT = 5

    CONTEXT = "Stakeholders"
    HEADERS = (
        QT_TRANSLATE_NOOP("Stakeholders", "Name"),
        QT_TRANSLATE_NOOP("Stakeholders", "Organisation"),
        QT_TRANSLATE_NOOP("Stakeholders", "Sector"),
        QT_TRANSLATE_NOOP("Stakeholders", "Role"),
        QT_TRANSLATE_NOOP("Stakeholders", "Joined"),
        QT_TRANSLATE_NOOP("Stakeholders", "Left"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        #: Memberships ended in a form and not stored yet: id -> the day they end.
        self.ending: dict[int, date] = {}

    def text(self, record: sh.MemberRow, column: int) -> str:
        match column:
            case self.Column.NAME:
                return record.name
            case self.Column.ORGANISATION:
                return record.organisation if record.person_id is not None else ""
            case self.Column.SECTOR:
                return "" if record.sector is None else label(record.sector)
            case self.Column.ROLE:
                return label(record.role)
            case self.Column.JOINED:
                return format_date(record.joined_on)
            case self.Column.LEFT:
                return format_date(self.ending.get(record.membership_id, record.left_on))
        return ""

    def extra(self, record: sh.MemberRow, column: int, role: int) -> Any:
        ended = not is_current(record) or record.membership_id in self.ending
        if role == Qt.ItemDataRole.ForegroundRole and ended:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.FontRole and record.membership_id in self.ending:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ID_ROLE and index.isValid():
            record = self.record_at(index.row())
            return None if record is None else record.membership_id
        return super().data(index, role)


class CompositionTableModel(QAbstractTableModel):
    """Active members by sector (rows) and gender (columns), with totals and shares."""

    GENDERS = tuple(Gender)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._composition: comp.Composition | None = None
        self._sectors: list[Sector | None] = []

    def set_composition(self, composition: comp.Composition | None) -> None:
        self.beginResetModel()
        self._composition = composition
        self._sectors = [] if composition is None else list(composition.by_sector)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._composition is None:
            return 0
        return len(self._sectors) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.GENDERS) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.GENDERS):
                return label(self.GENDERS[section])
            if section == len(self.GENDERS):
                return QCoreApplication.translate("Stakeholders", "All")
            return None
        if 0 <= section < len(self._sectors):
            sector = self._sectors[section]
            if sector is None:
                return QCoreApplication.translate("Stakeholders", "No organisation")
            return label(sector)
        if section == len(self._sectors):
            return QCoreApplication.translate("Stakeholders", "All sectors")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self._composition
        if found is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        is_total = row == len(self._sectors) or column == len(self.GENDERS)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        sector = self._sectors[row] if row < len(self._sectors) else None
        gender = self.GENDERS[column] if column < len(self.GENDERS) else None
        if row < len(self._sectors) and gender is not None:
            return format_number(found.by_sector_gender.get((sector, gender), 0))
        if row < len(self._sectors):
            count = found.by_sector.get(sector, 0)
            return _with_share(count, found.share_of_sector(sector))
        if gender is not None:
            count = found.by_gender.get(gender, 0)
            return _with_share(count, found.share_of_gender(gender))
        return format_number(found.total)


def _with_share(count: int, share: float) -> str:
    if not count:
        return format_number(0)
    return QCoreApplication.translate("Stakeholders", "{count} ({share})").format(
        count=format_number(count), share=format_percent(round(share * 100))
    )
