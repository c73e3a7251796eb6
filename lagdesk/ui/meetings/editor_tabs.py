"""The meeting editor's tabs: invitations, agenda and tools, with the small widgets they use.

``MeetingEditor`` (in ``lagdesk.ui.meetings.editor``) puts them beside its Details tab.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import (
    QIntValidator,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.meetings import planning as mp
from lagdesk.core.support import records as r
from lagdesk.core.support.folding import fold
from lagdesk.db.database import Database
from lagdesk.errors import FieldProblem, UserError
from lagdesk.ui.common.formatting import format_date, format_number
from lagdesk.ui.common.models import Index
from lagdesk.ui.common.tables import compact_rows
from lagdesk.ui.common.text import counted
from lagdesk.ui.common.widgets import error_colour
from lagdesk.ui.meetings.editor_models import (
    AGENDA_FIELDS,
    MAX_MINUTES,
    AgendaColumn,
    AgendaModel,
    InvitedPeopleModel,
)

log = logging.getLogger(__name__)

#: How many people the type-ahead offers at once.
SUGGESTIONS = 20
#: The role under which picker suggestions, groups and tools keep their id or code.
DATA_ROLE = Qt.ItemDataRole.UserRole


class EnterLineEdit(QLineEdit):
    """A line edit whose Enter does its own job (add a person, a tool) and goes no further,
    so that it never reaches the dialog."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()


class MinutesDelegate(QStyledItemDelegate):
    """Minutes are typed as a whole number; an empty cell means "not planned"."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setValidator(QIntValidator(0, MAX_MINUTES, editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


def _problem_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {error_colour(label)};")
    label.hide()
    return label


# --- the tabs -----------------------------------------------------------------------------


class InvitationsTab(QWidget):
    """Groups (checkable, with subgroups) and people invited by name, with a type-ahead."""

    def __init__(
        self, database: Database, groups: Sequence[mp.GroupChoice], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._day = date.today()
        self.groups = QTreeWidget(self)
        self.groups.setObjectName("invited_groups")
        self.groups.setColumnCount(2)
        self.groups.setHeaderLabels([self.tr("Group"), self.tr("Members")])
        self.groups.setRootIsDecorated(True)
        self.groups.setAccessibleName(self.tr("Invited groups"))
        self.groups.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.groups.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.groups.header().setStretchLastSection(False)
        parents: dict[int, QTreeWidgetItem] = {}
        for choice in groups:
            holder = parents.get(choice.parent_id) if choice.parent_id is not None else None
            item = QTreeWidgetItem([choice.name, format_number(choice.members_active)])
            item.setToolTip(0, choice.name)
            item.setData(0, DATA_ROLE, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if holder is None:
                self.groups.addTopLevelItem(item)
            else:
                holder.addChild(item)
            parents[choice.id] = item
        self.groups.expandAll()
        self.no_groups = QLabel(self.tr("No groups yet: create them in Stakeholders."), self)
        self.no_groups.setEnabled(False)
        self.no_groups.setVisible(not groups)
        self.group_problem = _problem_label(self, "problem_group_ids")

        groups_box = QGroupBox(self.tr("Invited gro&ups"), self)
        groups_column = QVBoxLayout(groups_box)
        groups_column.addWidget(self.groups, 1)
        groups_column.addWidget(self.no_groups)
        hint = QLabel(
            self.tr(
                "Everyone who is a member of a ticked group (or of one of its subgroups) on the meeting day is invited."
            ),
            groups_box,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        groups_column.addWidget(hint)
        groups_column.addWidget(self.group_problem)

        self.picker = EnterLineEdit(self)
        self.picker.setObjectName("person_picker")
        self.picker.setPlaceholderText(self.tr("Type a name or organisation, then Enter"))
        self.picker.setClearButtonEnabled(True)
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.picker)
        self.completer.setMaxVisibleItems(12)
        picker_label = QLabel(self.tr("&Add person:"), self)
        picker_label.setBuddy(self.picker)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setToolTip(self.tr("Invite the first person found (Enter)"))
        picker_row = QHBoxLayout()
        picker_row.addWidget(picker_label)
        picker_row.addWidget(self.picker, 1)
        picker_row.addWidget(self.add_button)

        self.people = InvitedPeopleModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("invited_people")
        self.table.setModel(self.people)
        compact_rows(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("People invited by name"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected people (Del)"))
        self.summary = QLabel(self)
        self.summary.setObjectName("invitation_summary")
        self.summary.setWordWrap(True)
        self.person_problem = _problem_label(self, "problem_person_ids")
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.remove_selected)

        people_box = QGroupBox(self.tr("People invited by &name"), self)
        people_column = QVBoxLayout(people_box)
        people_column.addLayout(picker_row)
        people_column.addWidget(self.table, 1)
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.summary, 1)
        remove_row.addWidget(self.remove_button)
        people_column.addLayout(remove_row)
        people_column.addWidget(self.person_problem)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(groups_box)
        self.splitter.addWidget(people_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        row = QHBoxLayout(self)
        row.addWidget(self.splitter)

        self.groups.itemChanged.connect(lambda *_: self.update_summary())
        self.picker.textEdited.connect(self._suggest)
        self.picker.returnPressed.connect(self._enter_pressed)
        # The stubs lack SignalInstance's overload lookup (activated has a str overload too).
        self.completer.activated[QModelIndex].connect(self._suggestion_chosen)  # type: ignore[index]
        self.add_button.clicked.connect(self._enter_pressed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.people.modelReset.connect(self._update_buttons)
        self.people.rowsRemoved.connect(lambda *_: self._update_buttons())

    # -- contents ----------------------------------------------------------------------

    def set_invitations(self, group_ids: Sequence[int], person_ids: Sequence[int]) -> None:
        chosen = set(group_ids)
        with QSignalBlocker(self.groups):
            for item in self._group_items():
                checked = item.data(0, DATA_ROLE) in chosen
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        # People the groups invite anyway are not listed by name.
        by_groups = mp.group_member_ids(self._database, list(chosen), self._day)
        named = [pid for pid in person_ids if pid not in by_groups]
        self.people.set_records(mp.people_by_id(self._database, named))
        self.update_summary()

    def set_day(self, day: date) -> None:
        if day != self._day:
            self._day = day
            self.update_summary()

    def group_ids(self) -> list[int]:
        return sorted(
            int(item.data(0, DATA_ROLE))
            for item in self._group_items()
            if item.checkState(0) == Qt.CheckState.Checked
        )

    def person_ids(self) -> list[int]:
        return sorted(self.people.person_ids())

    def _group_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            for row in range(item.childCount()):
                child = item.child(row)
                if child is not None:
                    found.append(child)
                    walk(child)

        walk(self.groups.invisibleRootItem())
        return found

    def update_summary(self) -> None:
        named = set(self.people.person_ids())
        try:
            by_groups = mp.group_member_ids(self._database, self.group_ids(), self._day)
        except UserError as error:
            self.summary.setText(str(error))
            return
        extra = len(by_groups - named)
        total = len(by_groups | named)
        named_text = counted(
            self.tr("%n people invited by name", "", len(named)),
            len(named),
            "1 person invited by name",
        )
        groups_text = counted(
            self.tr("the groups add %n more", "", extra), extra, "the groups add 1 more"
        )
        self.summary.setText(
            self.tr("{named}; {groups} on {day}: {total} invited in all.").format(
                named=named_text,
                groups=groups_text,
                day=format_date(self._day),
                total=format_number(total),
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.selectionModel().hasSelection())

    # -- the type-ahead ----------------------------------------------------------------------

    def _suggest(self, text: str) -> None:
        self.suggestions.clear()
        if not text.strip():
            self._popup().hide()
            return
        listed = set(self.people.person_ids())
        try:
            found = mp.invitable_people(self._database, text, SUGGESTIONS + len(listed))
        except UserError as error:
            log.warning("Person search failed: %s", error)
            return
        for person in [p for p in found if p.id not in listed][:SUGGESTIONS]:
            shown = (
                self.tr("{name} — {organisation}").format(
                    name=person.name, organisation=person.organisation
                )
                if person.organisation
                else person.name
            )
            item = QStandardItem(shown)
            item.setData(person, DATA_ROLE)
            item.setEditable(False)
            self.suggestions.appendRow(item)
        if self.suggestions.rowCount():
            self.completer.complete()
        else:
            self._popup().hide()

    def _enter_pressed(self) -> None:
        """Enter adds the highlighted suggestion, else the first one found. (The line edit
        accepts the key, so the completer does not add the highlighted one again.)"""
        popup = self._popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self._suggestion_chosen(popup.currentIndex())
            return
        if self.picker.text().strip() and not self.suggestions.rowCount():
            self._suggest(self.picker.text())
        if self.suggestions.rowCount():
            self.add_person(self.suggestions.item(0).data(DATA_ROLE))

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # the completer makes its list when first asked
        return popup

    def _suggestion_chosen(self, index: QModelIndex) -> None:
        person = index.data(DATA_ROLE)
        if isinstance(person, mp.PersonChoice):
            self.add_person(person)

    def add_person(self, person: mp.PersonChoice) -> None:
        row = self.people.add(person, mp.PersonChoice.sort_key)
        self.table.selectRow(row)
        self.table.scrollTo(self.people.index(row, 0))
        self.picker.clear()
        self.suggestions.clear()
        self._popup().hide()
        self.picker.setFocus()
        self.update_summary()

    def remove_selected(self) -> None:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        if not rows:
            return
        self.people.remove_rows(rows)
        remaining = self.people.rowCount()
        if remaining:
            self.table.selectRow(min(min(rows), remaining - 1))
        self.update_summary()


class AgendaTab(QWidget):
    """The agenda edited in place, with its planned total against the meeting's length."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._available: int | None = None
        self.model = AgendaModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("agenda")
        self.table.setModel(self.model)
        compact_rows(self.table)
        self.table.setItemDelegateForColumn(AgendaColumn.MINUTES, MinutesDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Agenda"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AgendaColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaColumn.MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaColumn.PRESENTER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(AgendaColumn.PRESENTER, 220)

        self.add_button = QPushButton(self.tr("&Add item"), self)
        self.add_button.setToolTip(self.tr("Add an agenda item below the selected one (Insert)"))
        self.remove_button = QPushButton(self.tr("&Remove item"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected item (Del)"))
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.setToolTip(self.tr("Move the selected item up (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.down_button.setToolTip(self.tr("Move the selected item down (Alt+Down)"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.total = QLabel(self)
        self.total.setObjectName("agenda_total")
        self.problems = _problem_label(self, "problem_agenda")
        hint = QLabel(
            self.tr("Type in a cell to edit it; F2 edits the selected cell, Enter keeps it."), self
        )
        hint.setEnabled(False)
        column = QVBoxLayout(self)
        column.addLayout(buttons)
        column.addWidget(self.table, 1)
        column.addWidget(self.total)
        column.addWidget(self.problems)
        column.addWidget(hint)

        #: Shortcuts that work anywhere in the window while this tab is shown.
        self.page_shortcuts: list[QShortcut] = []

        def shortcut(keys: QKeySequence, slot: Callable[[], object], on_table: bool) -> None:
            made = QShortcut(keys, self.table if on_table else self)
            if on_table:
                made.setContext(Qt.ShortcutContext.WidgetShortcut)
            else:
                self.page_shortcuts.append(made)
            made.activated.connect(slot)

        shortcut(QKeySequence(Qt.Key.Key_Insert), self.add_item, True)
        shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.remove_item, True)
        shortcut(QKeySequence("Ctrl+Shift+A"), self.add_item, False)
        shortcut(QKeySequence("Alt+Up"), lambda: self.move_item(-1), False)
        shortcut(QKeySequence("Alt+Down"), lambda: self.move_item(1), False)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.model.dataChanged.connect(lambda *_: self.update_total())
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.rowsMoved):
            signal.connect(lambda *_: self._changed())
        self.model.modelReset.connect(self._changed)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._changed()

    def set_items(self, items: Sequence[r.AgendaItem]) -> None:
        self.model.set_items(items)

    def set_shortcuts_active(self, active: bool) -> None:
        """Ctrl+Shift+A and Alt+Up/Down belong to the agenda only while it is shown (a
        combo box on another tab opens with Alt+Down)."""
        for made in self.page_shortcuts:
            made.setEnabled(active)

    def set_available(self, minutes: int | None) -> None:
        self._available = minutes
        self.update_total()

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def add_item(self) -> None:
        row = self.current_row()
        index = self.model.insert_item(row + 1 if row >= 0 else self.model.rowCount())
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_item(self) -> None:
        row = self.current_row()
        column = max(self.table.currentIndex().column(), 0)
        if self.model.remove_item(row) and self.model.rowCount():
            row = min(row, self.model.rowCount() - 1)
            self.table.setCurrentIndex(self.model.index(row, column))

    def move_item(self, delta: int) -> None:
        row = self.current_row()
        if row < 0:
            return
        column = self.table.currentIndex().column()
        moved = self.model.move_item(row, delta)
        self.table.setCurrentIndex(self.model.index(moved, column))
        self.table.scrollTo(self.model.index(moved, column))

    def _changed(self) -> None:
        self.update_total()
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.current_row(), self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def update_total(self) -> None:
        planned = self.model.total_minutes()
        over = self._available is not None and planned > self._available
        if self._available is None:
            text = self.tr("Total {planned} min").format(planned=format_number(planned))
        else:
            text = self.tr("Total {planned} min of {available} min").format(
                planned=format_number(planned), available=format_number(self._available)
            )
        if over:
            text = self.tr("{total} — more than the meeting lasts").format(total=text)
        self.total.setText(text)
        self.total.setStyleSheet(f"color: {error_colour(self.total)};" if over else "")
        self.total.setProperty("over", over)

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        cells: dict[tuple[int, int], str] = {}
        lines: list[str] = []
        columns = {name: column for column, name in AGENDA_FIELDS.items()}
        for problem in problems:
            head, _, name = problem.key.partition("].")
            row = int(head.removeprefix("agenda["))
            cells[(row, columns.get(name, AgendaColumn.TITLE))] = problem.message
            lines.append(
                self.tr("Item {number}: {message}").format(
                    number=format_number(row + 1), message=problem.message
                )
            )
        self.model.set_problems(cells)
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        if cells:
            row, column = min(cells)
            self.table.setCurrentIndex(self.model.index(row, column))

    def clear_problems(self) -> None:
        self.model.set_problems({})
        self.problems.clear()
        self.problems.hide()


class ToolsTab(QWidget):
    """The participatory tools used: the known ones to tick, others typed in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("tools")
        self.list.setAccessibleName(self.tr("Tools used"))
        for code, _ in mp.TOOLS:
            self._add(code, mp.tool_label(code))
        self.other = EnterLineEdit(self)
        self.other.setObjectName("other_tool")
        self.other.setMaxLength(mp.TOOL_MAX_LENGTH)
        self.other.setPlaceholderText(self.tr("for example: Lego Serious Play"))
        other_label = QLabel(self.tr("Ot&her tool:"), self)
        other_label.setBuddy(self.other)
        self.add_button = QPushButton(self.tr("&Add tool"), self)
        self.problem = _problem_label(self, "problem_tools")
        box = QGroupBox(self.tr("&Tools used"), self)
        box_column = QVBoxLayout(box)
        box_column.addWidget(self.list, 1)
        other_row = QHBoxLayout()
        other_row.addWidget(other_label)
        other_row.addWidget(self.other, 1)
        other_row.addWidget(self.add_button)
        box_column.addLayout(other_row)
        box_column.addWidget(self.problem)
        column = QVBoxLayout(self)
        column.addWidget(box, 1)
        self.other.returnPressed.connect(self.add_other)
        self.add_button.clicked.connect(self.add_other)

    def _add(self, code: str, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self.list)
        item.setData(DATA_ROLE, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def set_tools(self, tools: Sequence[str]) -> None:
        for tool in tools:
            self.check(tool)

    def check(self, tool: str) -> QListWidgetItem:
        """Tick ``tool``, adding it to the list when it is not there yet."""
        for item in self._items():
            if fold(str(item.data(DATA_ROLE))) == fold(tool):
                item.setCheckState(Qt.CheckState.Checked)
                return item
        item = self._add(tool, mp.tool_label(tool))
        item.setCheckState(Qt.CheckState.Checked)
        return item

    def tools(self) -> list[str]:
        return [
            str(item.data(DATA_ROLE))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def add_other(self) -> None:
        text = " ".join(self.other.text().split())
        if not text:
            return
        item = self.check(text)
        self.list.setCurrentItem(item)
        self.list.scrollToItem(item)
        self.other.clear()
