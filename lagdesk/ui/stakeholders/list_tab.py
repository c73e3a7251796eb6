"""A searchable, sortable list of people or organisations, with its filters and buttons.

The search box waits ``DEBOUNCE_MS`` after the last keystroke before it asks core again;
the filters apply at once. The selection follows the records (by id) across every reload.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support.labels import choices
from lagdesk.db.codes import Gender, Sector
from lagdesk.ui.common.flow_layout import FlowLayout, labelled
from lagdesk.ui.common.models import LazyRowModel
from lagdesk.ui.common.text import counted

DEBOUNCE_MS = 150

E = TypeVar("E", bound=StrEnum)


def _code(enum_cls: type[E], value: object) -> E | None:
    """A combo's data as its code again (Qt hands enum members back as plain text)."""
    return None if value is None else enum_cls(str(value))


def _combo(label_text: str, parent: QWidget) -> tuple[QLabel, QComboBox]:
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    label = QLabel(label_text, parent)
    label.setBuddy(combo)
    return label, combo


class StakeholderList(QWidget):
    """Emits ``new_requested``, ``edit_requested(id)``, ``delete_requested(ids)``."""

    new_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(list)
    selection_changed = Signal()

    def __init__(
        self,
        model: LazyRowModel[Any, sh.StakeholderFilter],
        *,
        people: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.people = people
        self._remembered: tuple[list[int], int | None] = ([], None)
        self._build()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.go_to_list)
        for combo in self.filter_combos():
            combo.currentIndexChanged.connect(self.apply_filter)
        model.sort_refused.connect(self._restore_sort_indicator)
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        self._order_tabs()
        self.table.selectionModel().selectionChanged.connect(self._selection_moved)
        self.table.activated.connect(self._activated)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_selected)
        self._update()

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        if self.people:
            self.search.setPlaceholderText(self.tr("Name, organisation, e-mail or role"))
        else:
            self.search.setPlaceholderText(self.tr("Name, type, city or e-mail"))
        self.search.setMinimumWidth(240)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        sector_label, self.sector = _combo(self.tr("Sec&tor:"), self)
        self.sector.addItem(self.tr("Any sector"), None)
        for code, text in choices(Sector):
            self.sector.addItem(text, code)
        group_label, self.group = _combo(self.tr("Gro&up:"), self)
        self.group.setMinimumContentsLength(20)
        self.set_groups([])
        membership_label, self.membership = _combo(self.tr("Mem&bership:"), self)
        self.membership.addItem(self.tr("Anyone"), None)
        self.membership.addItem(self.tr("Current members"), sh.Membership.ACTIVE)
        self.membership.addItem(self.tr("Former members"), sh.Membership.FORMER)
        self.membership.addItem(self.tr("Never members"), sh.Membership.NEVER)
        self.membership.setToolTip(
            self.tr("Membership of the chosen group, or of any group when none is chosen")
        )
        # Rows that wrap: in longer languages they would not fit a laptop's width.
        filters = FlowLayout()
        filters.addWidget(labelled(search_label, self.search, self))
        pairs = [(sector_label, self.sector), (group_label, self.group)]
        if self.people:
            gender_label, self.gender = _combo(self.tr("Gende&r:"), self)
            self.gender.addItem(self.tr("Any gender"), None)
            for code, text in choices(Gender):
                self.gender.addItem(text, code)
            pairs.append((gender_label, self.gender))
        pairs.append((membership_label, self.membership))
        for label, combo in pairs:
            filters.addWidget(labelled(label, combo, self))

        self.new_button = QPushButton(
            self.tr("&New person…") if self.people else self.tr("&New organisation…"), self
        )
        self.edit_button = QPushButton(self.tr("Ed&it…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.buttons = FlowLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(button)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")

        self.table = QTableView(self)
        self.table.setModel(self.model)
        # The model starts sorted by the first column; the arrow says so (Qt's default
        # arrow points down, which would sort again, descending).
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("People") if self.people else self.tr("Organisations"))
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        average = self.fontMetrics().averageCharWidth()
        for section, shown in enumerate(self.model.COLUMNS):
            # Never narrower than its title (Power, Interest run longer in other languages).
            wanted = max(shown.width * average + 16, header.sectionSizeHint(section))
            header.resizeSection(section, wanted)
            if shown.stretch:
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.addLayout(filters)
        column.addLayout(self.buttons)
        column.addWidget(self.table, 1)
        column.addWidget(self.count_label)

    def add_button(self, button: QPushButton, *, separated: bool = False) -> None:
        """Another action on the selection (Add to group, Merge, Import, Export)."""
        if separated:
            self.buttons.addStretch(1)
        button.setParent(self)
        self.buttons.addWidget(button)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes through the row of filters, the buttons, then the list."""
        chain: list[QWidget] = [self.search, self.sector, self.group]
        if self.people:
            chain.append(self.gender)
        chain.append(self.membership)
        for index in range(self.buttons.count()):
            item = self.buttons.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                chain.append(widget)
        chain.append(self.table)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def filter_combos(self) -> list[QComboBox]:
        combos = [self.sector, self.group, self.membership]
        if self.people:
            combos.append(self.gender)
        return combos

    def set_groups(self, groups: Sequence[tuple[int, str, int]]) -> None:
        """The groups offered as a filter: (id, name, depth) in tree order."""
        chosen = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("Any group"), None)
        for group_id, name, depth in groups:
            self.group.addItem("    " * depth + name, group_id)
        found = self.group.findData(chosen)
        self.group.setCurrentIndex(max(found, 0))
        self.group.blockSignals(False)
        if chosen is not None and found < 0:
            self.apply_filter()

    # -- filtering ---------------------------------------------------------------------

    def current_filter(self) -> sh.StakeholderFilter:
        gender = _code(Gender, self.gender.currentData()) if self.people else None
        return dataclasses.replace(
            self.model.filter,
            text=self.search.text().strip(),
            sector=_code(Sector, self.sector.currentData()),
            group_id=self.group.currentData(),
            gender=gender,
            membership=_code(sh.Membership, self.membership.currentData()),
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        wanted = self.current_filter()
        if wanted != self.model.filter or not self.model.ids:
            self.model.set_filter(wanted)

    def flush(self) -> None:
        """Apply a search still waiting for its debounce (tests, Enter in the box)."""
        if self._debounce.isActive():
            self.apply_filter()

    def go_to_list(self) -> None:
        """Enter in the search box: search now, then on to the list (arrows pick a row)."""
        self.apply_filter()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.selectionModel().hasSelection() and self.model.rowCount():
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- selection ---------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [found for row in rows if (found := self.model.id_at(row)) is not None]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        selected = self.selected_ids()
        if index.isValid() and self.model.id_at(index.row()) in selected:
            return self.model.id_at(index.row())
        return selected[0] if selected else None

    def select_ids(self, ids: Sequence[int], current: int | None = None) -> None:
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        focus = current if current in ids else (ids[0] if ids else None)
        row = self.model.row_of(focus)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(self.model.index(row, 0))

    def _restore_sort_indicator(self) -> None:
        column, order = self.model.sort_order
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    def _remember_selection(self) -> None:
        self._remembered = (self.selected_ids(), self.current_id())

    def _restore_selection(self) -> None:
        ids, current = self._remembered
        if ids:
            self.select_ids(ids, current)
        self._update()

    def _selection_moved(self) -> None:
        self._update()
        self.selection_changed.emit()

    def _update(self) -> None:
        count = len(self.model.ids)
        if self.people:
            text = counted(self.tr("%Ln people", "", count), count, "1 person")
        else:
            text = counted(self.tr("%Ln organisations", "", count), count, "1 organisation")
        self.count_label.setText(text)
        selected = len(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(selected == 1)
        self.delete_button.setEnabled(selected >= 1)

    # -- requests ----------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.model.id_at(index.row()) if index.isValid() else None
        if record_id is not None:
            self.edit_requested.emit(record_id)

    def edit_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.edit_requested.emit(record_id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_requested.emit(ids)
