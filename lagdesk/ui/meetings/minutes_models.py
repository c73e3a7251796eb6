"""What the Minutes tab's tables show and how they are edited in place: the item models of
decisions, tasks and task owners, and the editors of the task cells.

The models never write: an edit becomes a signal (``decision_added``, ``decision_edited``,
``task_edited``) that the panel handles through core once the editor has closed. A row
being added is a *draft* (id ``DRAFT_ID``) until core has stored it: only its text can be
edited, and leaving it empty forgets it. The undo commands of the Minutes tab are in
``lagdesk.ui.meetings.commands``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QCompleter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from lagdesk.core.meetings import minutes as mn
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common.formatting import format_date, format_number, from_qdate, to_qdate
from lagdesk.ui.common.models import ID_ROLE, Index, RecordTableModel
from lagdesk.ui.common.widgets import DateEdit, line_of

#: The id of a row being added, not stored yet (stored ids start at 1).
DRAFT_ID = 0
EDIT = Qt.ItemDataRole.EditRole
CHECK = Qt.ItemDataRole.CheckStateRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
R = TypeVar("R")


def decision_label(number: int, text: str, width: int = 60) -> str:
    """A decision in a picker: its number and the start of its text."""
    return f"{number}. {mn.short_title(text, width)}"


class _DraftRows(RecordTableModel[R]):
    """Rows of records, one of which may be a draft (id ``DRAFT_ID``) being added."""

    def _append(self, record: R) -> int:
        row = len(self._records)
        self.beginInsertRows(QModelIndex(), row, row)
        self._records.append(record)
        self.endInsertRows()
        return row

    def blank_draft(self, record: R) -> bool:
        """Whether ``record`` is a draft nothing has been typed into yet."""
        raise NotImplementedError

    def drop_empty_draft(self) -> None:
        row = self.row_of(DRAFT_ID)
        record = self.record_at(row)
        if record is not None and self.blank_draft(record):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._records[row]
            self.endRemoveRows()

    def _replace(self, row: int, record: R) -> None:
        self._records[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def update_records(self, items: Sequence[R]) -> None:
        """Show ``items``; when they are the same rows as before (a draft now stored counts
        as the same row), only the values change, so open editors and the selection stay.
        A draft still empty stays at the end then: it is being typed. Otherwise the rows
        are shown afresh, which closes any editor, and the draft goes."""
        old = self._records
        draft = self.record_at(self.row_of(DRAFT_ID))
        shown = [*items, draft] if draft is not None and self.blank_draft(draft) else items
        same = len(old) == len(shown) and all(
            getattr(before, "id", None) in (getattr(after, "id", None), DRAFT_ID)
            for before, after in zip(old, shown, strict=True)
        )
        if not same:
            self.set_records(items)
            return
        old[:] = shown
        if shown:
            last = self.index(len(shown) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)


# --- decisions ---------------------------------------------------------------------------


class DecisionTableModel(_DraftRows[mn.DecisionRow]):
    """No., Decision, Action: the meeting's decisions and the actions made from them."""

    class Column(IntEnum):
        NUMBER = 0
        TEXT = 1
        ACTION = 2

    CONTEXT = "Minutes"
    HEADERS = (
        QT_TRANSLATE_NOOP("Minutes", "No."),
        QT_TRANSLATE_NOOP("Minutes", "Decision"),
        QT_TRANSLATE_NOOP("Minutes", "Action"),
    )
    RIGHT_ALIGNED = frozenset({Column.NUMBER})

    #: (text) for the draft row, (decision id, text) for a stored one.
    decision_added = Signal(str)
    decision_edited = Signal(int, str)

    def text(self, record: mn.DecisionRow, column: int) -> str:
        match column:
            case self.Column.NUMBER:
                return format_number(record.number)
            case self.Column.TEXT:
                return " ".join(record.text.split())
            case self.Column.ACTION:
                return ", ".join(action.code for action in record.actions)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is not None and role == TOOLTIP:
            match index.column():
                case self.Column.TEXT:
                    return record.text
                case self.Column.ACTION:
                    lines = [f"{action.code} {action.title}" for action in record.actions]
                    return "\n".join(lines) or QCoreApplication.translate(
                        "Minutes", "No action made from this decision yet"
                    )
        return super().data(index, role)

    def extra(self, record: mn.DecisionRow, column: int, role: int) -> Any:
        if role == EDIT and column == self.Column.TEXT:
            return record.text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.Column.TEXT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None or role != EDIT or index.column() != self.Column.TEXT:
            return False
        text = str(value or "").strip()
        if record.id == DRAFT_ID:
            self._replace(index.row(), dataclasses.replace(record, text=text))
            if text:
                self.decision_added.emit(text)
        elif text and text != record.text:
            self.decision_edited.emit(record.id, text)
        return True

    # -- drafts and reloading --

    def add_draft(self, meeting_id: int) -> int:
        """A row for a new decision at the end; returns its row."""
        number = max((record.number for record in self._records), default=0) + 1
        return self._append(mn.DecisionRow(DRAFT_ID, meeting_id, number, ""))

    def blank_draft(self, record: mn.DecisionRow) -> bool:
        return record.id == DRAFT_ID and not record.text


# --- tasks -------------------------------------------------------------------------------


class TaskTableModel(_DraftRows[mn.TaskRow]):
    """Task, Owner, Due, Done, From decision: the meeting's follow-up tasks."""

    class Column(IntEnum):
        TITLE = 0
        OWNER = 1
        DUE = 2
        DONE = 3
        DECISION = 4

    CONTEXT = "Minutes"
    HEADERS = (
        QT_TRANSLATE_NOOP("Minutes", "Task"),
        QT_TRANSLATE_NOOP("Minutes", "Owner"),
        QT_TRANSLATE_NOOP("Minutes", "Due"),
        QT_TRANSLATE_NOOP("Minutes", "Done"),
        QT_TRANSLATE_NOOP("Minutes", "From decision"),
    )
    RIGHT_ALIGNED = frozenset({Column.DECISION})

    #: The task as it should be stored (id None: a new one).
    task_edited = Signal(object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        #: decision id -> its text, for the tooltips of the last column.
        self.decision_texts: dict[int, str] = {}

    def text(self, record: mn.TaskRow, column: int) -> str:
        match column:
            case self.Column.TITLE:
                return record.title
            case self.Column.OWNER:
                return record.owner_name
            case self.Column.DUE:
                return format_date(record.due_on)
            case self.Column.DONE:
                return format_date(record.done_on) if record.done else ""
            case self.Column.DECISION:
                number = record.decision_number
                return format_number(number) if number is not None else ""
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is not None and role == TOOLTIP:
            match index.column():
                case self.Column.DECISION if record.decision_id is not None:
                    return self.decision_texts.get(record.decision_id, "")
                case self.Column.DUE:
                    return QCoreApplication.translate(
                        "Minutes", "F2 to change; Delete in the date field clears it"
                    )
                case self.Column.DONE:
                    return QCoreApplication.translate("Minutes", "Space ticks or unticks")
        return super().data(index, role)

    def extra(self, record: mn.TaskRow, column: int, role: int) -> Any:
        if role == EDIT:
            match column:
                case self.Column.TITLE:
                    return record.title
                case self.Column.OWNER:
                    return record.owner_person_id
                case self.Column.DUE:
                    return record.due_on
                case self.Column.DECISION:
                    return record.decision_id
        if role == CHECK and column == self.Column.DONE and record.id != DRAFT_ID:
            return Qt.CheckState.Checked if record.done else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None:
            return flags
        column, stored = index.column(), record.id != DRAFT_ID
        if column == self.Column.DONE and stored:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column == self.Column.TITLE or (stored and column != self.Column.DONE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None:
            return False
        task = record.record()
        column = index.column()
        if record.id == DRAFT_ID:
            if role != EDIT or column != self.Column.TITLE:
                return False
            title = str(value or "").strip()
            self._replace(index.row(), dataclasses.replace(record, title=title))
            if title:
                self.task_edited.emit(dataclasses.replace(task, id=None, title=title))
            return True
        if role == CHECK and column == self.Column.DONE:
            changed = dataclasses.replace(task, done=_checked(value))
        elif role != EDIT:
            return False
        elif column == self.Column.TITLE:
            changed = dataclasses.replace(task, title=str(value or "").strip())
        elif column == self.Column.OWNER:
            changed = dataclasses.replace(task, owner_person_id=value)
        elif column == self.Column.DUE:
            changed = dataclasses.replace(task, due_on=value)
        elif column == self.Column.DECISION:
            changed = dataclasses.replace(task, decision_id=value)
        else:
            return False
        if changed != task:
            self.task_edited.emit(changed)
        return True

    # -- drafts and reloading --

    def add_draft(self, meeting_id: int) -> int:
        draft = mn.TaskRow(DRAFT_ID, meeting_id, None, None, "", None, "", None, False, None)
        return self._append(draft)

    def blank_draft(self, record: mn.TaskRow) -> bool:
        return record.id == DRAFT_ID and not record.title


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value


# --- owners ------------------------------------------------------------------------------


class PersonChoiceModel(QAbstractListModel):
    """Everyone in the register, for the owner picker: "Name — organisation"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[mn.PersonChoice] = []
        self._rows: dict[int, int] = {}

    def set_people(self, people: Sequence[mn.PersonChoice]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._rows = {person.id: row for row, person in enumerate(self._people)}
        self.endResetModel()

    def row_of(self, person_id: int | None) -> int:
        return self._rows.get(person_id, -1) if person_id is not None else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, EDIT):
            if person.organisation:
                return QCoreApplication.translate("Minutes", "{name} — {organisation}").format(
                    name=person.name, organisation=person.organisation
                )
            return person.name
        if role == ID_ROLE:
            return person.id
        return None


class OwnerDelegate(QStyledItemDelegate):
    """A type-ahead combo of the register's people: any part of the name or organisation
    finds them; an emptied field means no owner."""

    def __init__(self, people: Callable[[], PersonChoiceModel], parent: QObject) -> None:
        super().__init__(parent)
        self._people = people

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setModel(self._people())
        combo.setMaxVisibleItems(15)
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        # A person picked from the list of matches is the answer: no second Enter needed.
        completer.activated.connect(lambda _text: self._finish(combo))
        line_of(combo).setPlaceholderText(self.tr("Type a name"))
        combo.setAccessibleName(self.tr("Owner"))
        return combo

    def _finish(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(self._people().row_of(index.data(EDIT)))
        if editor.currentIndex() < 0:
            editor.setEditText("")
        line_of(editor).selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        text = editor.currentText().strip()
        if not text:
            model.setData(index, None, EDIT)
            return
        row = editor.findText(text, Qt.MatchFlag.MatchFixedString)
        if row >= 0:
            model.setData(index, editor.itemData(row, ID_ROLE), EDIT)
        # Text that names nobody changes nothing.


# --- due dates ---------------------------------------------------------------------------


class DueDateEdit(DateEdit):
    """A date editor where Delete (or Backspace on the whole text) means "no date"."""

    UNSET = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumDate(self.UNSET)
        self.setSpecialValueText(self.tr("No date"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        everything = self.lineEdit().selectedText() == self.text()
        if event.key() == Qt.Key.Key_Delete or (event.key() == Qt.Key.Key_Backspace and everything):
            self.setDate(self.UNSET)
            return
        super().keyPressEvent(event)

    def due(self) -> date | None:
        return None if self.date() == self.UNSET else from_qdate(self.date())


class DueDelegate(QStyledItemDelegate):
    """A due date; an empty one starts on ``first_day()`` (the meeting's day)."""

    def __init__(self, first_day: Callable[[], date | None], parent: QObject) -> None:
        super().__init__(parent)
        self._first_day = first_day

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DueDateEdit(parent)
        editor.setAccessibleName(self.tr("Due date"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DueDateEdit)
        value = index.data(EDIT) or self._first_day() or date.today()
        editor.setDate(to_qdate(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DueDateEdit)
        model.setData(index, editor.due(), EDIT)


# --- the decision a task follows from ----------------------------------------------------


class DecisionChoiceDelegate(QStyledItemDelegate):
    """One of the meeting's decisions, or none."""

    def __init__(self, decisions: Callable[[], Sequence[mn.DecisionRow]], parent: QObject) -> None:
        super().__init__(parent)
        self._decisions = decisions

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(self.tr("None"), None)
        for decision in self._decisions():
            combo.addItem(decision_label(decision.number, decision.text), decision.id)
        combo.setAccessibleName(self.tr("From decision"))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(EDIT)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), EDIT)
