"""Pickers the action dialog shares: a combo searched by any part of its text, and a
checkable list with a filter field for choosing several records of a register."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.support.folding import fold
from lagdesk.ui.common.models import refiltering

Index = QModelIndex | QPersistentModelIndex
#: The entry's text folded (lower case, no accents): "zielinski" finds "Zieliński".
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
#: Names the line under a check list spells out; "Chosen only" shows them all.
SUMMARY_NAMES = 4


class FoldingCompleter(QCompleter):
    """Completes on folded text, so typing with or without accents finds the entry."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: Index) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class EntryModel(QAbstractListModel):
    """(id, text) entries for a combo: one Python list, no Qt item per entry, so a
    register of 20,000 people fills the picker at once."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[int | None, str]] = []
        self._rows: dict[int | None, int] = {}
        self._texts: dict[str, int] = {}

    def set_entries(self, entries: Sequence[tuple[int | None, str]]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._rows = {record_id: row for row, (record_id, _) in reversed(list(enumerate(entries)))}
        self._texts = {
            text.casefold(): row for row, (_, text) in reversed(list(enumerate(entries)))
        }
        self.endResetModel()

    def row_of(self, record_id: int | None) -> int:
        return self._rows.get(record_id, -1)

    def row_named(self, text: str) -> int:
        """The first entry with this text, whatever its case; -1 when there is none."""
        return self._texts.get(text.casefold(), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        record_id, text = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.UserRole:
            return record_id
        if role == SEARCH_ROLE:
            return fold(text)
        return None


class SearchableCombo(QComboBox):
    """A combo the user may type into: the list offers every entry containing the typed
    words; ``current_id`` is the chosen record, or None for "(none)"."""

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self.entries = EntryModel(self)
        self.entries.set_entries([(None, none_text)])
        self.setModel(self.entries)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self._completer = FoldingCompleter(self.entries, self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def set_entries(self, entries: Iterable[tuple[int, str]]) -> None:
        self.entries.set_entries([(None, self._none_text), *entries])
        self.setCurrentIndex(0)

    def set_current_id(self, record_id: int | None) -> None:
        # Without the completer: it would filter the whole register for the new text.
        line = self.lineEdit()
        assert line is not None
        line.setCompleter(None)  # type: ignore[arg-type]
        self.setCurrentIndex(max(self.entries.row_of(record_id), 0))
        self.setCompleter(self._completer)

    def typed_text(self) -> str:
        return self.currentText().strip()

    def current_id(self) -> tuple[int | None, bool]:
        """The chosen id and whether the typed text names an entry (empty means none)."""
        text = self.typed_text()
        if not text:
            return None, True
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return self.itemData(index), True
        found = self.entries.row_named(text)
        if found >= 0:
            return self.itemData(found), True
        return None, False


class CheckListModel(QAbstractListModel):
    """Records (id, text) with a check box each; ``checked_ids`` are the ticked ones."""

    checked_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[int, str]] = []
        self._checked: set[int] = set()

    def set_entries(self, entries: Sequence[tuple[int, str]], checked: Iterable[int]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        known = {record_id for record_id, _ in self._entries}
        self._checked = set(checked) & known
        self.endResetModel()
        self.checked_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        record_id, text = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = record_id in self._checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return record_id
        if role == SEARCH_ROLE:
            return fold(text)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._entries):
            return False
        record_id = self._entries[index.row()][0]
        state = value.value if isinstance(value, Qt.CheckState) else value
        if state == Qt.CheckState.Checked.value:
            self._checked.add(record_id)
        else:
            self._checked.discard(record_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def set_checked(self, record_id: int, checked: bool) -> None:
        for row, (entry_id, _) in enumerate(self._entries):
            if entry_id == record_id:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                self.setData(self.index(row), state.value, Qt.ItemDataRole.CheckStateRole)
                return

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(sorted(self._checked))

    def checked_texts(self) -> list[str]:
        return [text for record_id, text in self._entries if record_id in self._checked]


class ChosenFilter(QSortFilterProxyModel):
    """The folded-text filter, optionally narrowed to the ticked entries."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.chosen_only = False

    def set_chosen_only(self, chosen_only: bool) -> None:
        with refiltering(self):
            self.chosen_only = chosen_only

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not super().filterAcceptsRow(source_row, source_parent):
            return False
        if not self.chosen_only:
            return True
        model = self.sourceModel()
        state = model.data(model.index(source_row, 0), Qt.ItemDataRole.CheckStateRole)
        return bool(state == Qt.CheckState.Checked)


class CheckList(QWidget):
    """A filter field over a checkable list, with a line saying what is ticked.

    Space ticks the current entry; Down in the filter field goes to the list."""

    def __init__(self, filter_hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CheckListModel(self)
        self.proxy = ChosenFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(filter_hint)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(
            lambda text: self.proxy.setFilterFixedString(fold(text))
        )
        self.filter_edit.installEventFilter(self)
        self.chosen_only = QCheckBox(self.tr("Chosen only"), self)
        self.chosen_only.toggled.connect(self.proxy.set_chosen_only)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model.checked_changed.connect(self._summarise)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.chosen_only)
        column.addLayout(filter_row)
        column.addWidget(self.view, 1)
        column.addWidget(self.summary)
        self.setFocusProxy(self.filter_edit)
        self.setFocusPolicy(self.filter_edit.focusPolicy())
        self._summarise()

    def set_entries(self, entries: Sequence[tuple[int, str]], checked: Iterable[int]) -> None:
        self.model.set_entries(entries, checked)
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def checked_ids(self) -> tuple[int, ...]:
        return self.model.checked_ids()

    def _summarise(self) -> None:
        ticked = self.model.checked_texts()
        if ticked:
            names = "; ".join(ticked[:SUMMARY_NAMES])
            if len(ticked) > SUMMARY_NAMES:
                names = self.tr("{names} and {count} more").format(
                    names=names, count=len(ticked) - SUMMARY_NAMES
                )
            self.summary.setText(
                self.tr("Chosen ({count}): {names}").format(count=len(ticked), names=names)
            )
        else:
            self.summary.setText(self.tr("None chosen."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.proxy.rowCount()
        ):
            self.view.setFocus()
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.proxy.index(0, 0))
            return True
        return super().eventFilter(watched, event)
