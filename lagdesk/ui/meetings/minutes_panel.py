"""The Minutes tab of a meeting: the minutes as rich text, the numbered decisions, and the
follow-up tasks.

The minutes save themselves: 1.5 s after the last change, when the editor loses the focus,
when another meeting is chosen, when the tab is hidden and when the window closes. A save
that fails keeps the text (in the editor, and for that meeting if another one is chosen)
and says so; the next save tries again. The text editor has its own undo for typing (Ctrl+Z
inside it); the saved minutes do not go onto the window's undo stack, where every pause in
typing would become a step. Decisions and tasks do: each change is made through core, then
pushed as a command (see ``minutes_models``).

Keyboard: Ctrl+B, Ctrl+I, Ctrl+U; Ctrl+Alt+0 to 3 for Normal and Heading 1 to 3; Shift+F12
and F12 for bulleted and numbered lists; Tab and Shift+Tab in a list (or Ctrl+M and
Ctrl+Shift+M anywhere) indent and outdent. In the tables: Insert adds, F2 edits, Delete
deletes, Ctrl+Up and Ctrl+Down move a decision, Space ticks a task done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QHideEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QTextCharFormat,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.meetings import minutes as mn
from lagdesk.core.support.deletion import DeletedRows
from lagdesk.core.support.records import Task
from lagdesk.db.database import Database
from lagdesk.errors import NotFoundError, UserError, ValidationError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.flow_layout import FlowLayout
from lagdesk.ui.common.undo import UndoContext
from lagdesk.ui.common.widgets import heading, show_status
from lagdesk.ui.meetings.action_from_decision import make_action
from lagdesk.ui.meetings.commands import (
    AddDecisionCommand,
    DeleteDecisionCommand,
    DeleteTaskCommand,
    EditDecisionCommand,
    MakeActionCommand,
    MoveDecisionCommand,
    SaveTaskCommand,
)
from lagdesk.ui.meetings.minutes_editor import MinutesEditor
from lagdesk.ui.meetings.minutes_models import (
    DRAFT_ID,
    DecisionChoiceDelegate,
    DecisionTableModel,
    DueDelegate,
    OwnerDelegate,
    PersonChoiceModel,
    TaskTableModel,
)

#: Milliseconds after the last change before the minutes are saved.
AUTOSAVE_MS = 1500
#: At least this wide, the minutes sit left of decisions and tasks; narrower, above them.
SIDE_BY_SIDE_WIDTH = 1000
#: The owner column's width in average characters (longer names are cut, the task's
#: title takes the rest of the row).
OWNER_CHARS = 18


# --- the panel ---------------------------------------------------------------------------


def _table(model: DecisionTableModel | TaskTableModel, name: str, title: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setAccessibleName(title)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
    )
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def _shortcut(
    keys: QKeySequence | QKeySequence.StandardKey | Qt.Key | str,
    widget: QWidget,
    slot: Callable[[], None],
) -> None:
    made = QShortcut(QKeySequence(keys), widget)
    made.setContext(Qt.ShortcutContext.WidgetShortcut)
    made.activated.connect(slot)


class MinutesPanel(QWidget):
    """The Minutes tab; ``changed`` after a decision or task was written (the minutes
    text is shown nowhere else, so saving it does not emit)."""

    changed = Signal()

    def __init__(
        self, database: Database, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._undo = undo_stack
        self._context = UndoContext({}, self._report)
        self._meeting_id: int | None = None
        self._meeting_day: date | None = None
        self._decisions: list[mn.DecisionRow] = []
        # The minutes as last read or stored, and the state of the editor against them.
        self._stored_html = ""
        self._dirty = False
        self._loading = False
        self._failure_shown = False
        #: Minutes of other meetings whose save failed, kept until one succeeds.
        self._unsaved: dict[int, str] = {}
        self._people_stale = True
        self._watched_window: QWidget | None = None

        self.editor = MinutesEditor(self)
        self.status = QLabel(self)
        self.status.setObjectName("minutes_status")
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        minutes_box = QWidget(self)
        minutes_column = QVBoxLayout(minutes_box)
        minutes_column.setContentsMargins(0, 0, 0, 0)
        minutes_column.addWidget(self.editor, 1)
        minutes_column.addWidget(self.status)

        self.decision_model = DecisionTableModel(self)
        self.task_model = TaskTableModel(self)
        self.people = PersonChoiceModel(self)
        decisions_box = self._build_decisions()
        tasks_box = self._build_tasks()

        self.lists = QSplitter(Qt.Orientation.Vertical, self)
        self.lists.addWidget(decisions_box)
        self.lists.addWidget(tasks_box)
        self.lists.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("minutes_splitter")
        self.splitter.addWidget(minutes_box)
        self.splitter.addWidget(self.lists)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.splitter)

        self.editor.text.textChanged.connect(self._minutes_edited)
        self.editor.text.focus_left.connect(self.save_minutes)
        self._autosave.timeout.connect(self.save_minutes)
        self._undo.indexChanged.connect(self._undo_moved)
        queued = Qt.ConnectionType.QueuedConnection
        self.decision_model.decision_added.connect(self._decision_added, queued)
        self.decision_model.decision_edited.connect(self._decision_edited, queued)
        self.task_model.task_edited.connect(self._task_edited, queued)
        self.set_meeting(None)

    # -- building --

    def _section(
        self, title: str, table: QTableView, buttons: Sequence[QAbstractButton]
    ) -> QWidget:
        """A heading with the section's buttons after it (wrapping), the table under it."""
        box = QWidget(self)
        row = FlowLayout(spacing=8)  # wraps when the words are long
        row.addWidget(heading(title, level=2, parent=box))
        for button in buttons:
            button.setParent(box)
            row.addWidget(button)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(4)
        column.addLayout(row)
        column.addWidget(table, 1)
        return box

    def _arrow_button(self, arrow: Qt.ArrowType, name: str) -> QToolButton:
        button = QToolButton()
        button.setArrowType(arrow)
        button.setAccessibleName(name)
        button.setAutoRaise(False)
        return button

    def _build_decisions(self) -> QWidget:
        self.decision_table = _table(self.decision_model, "decisions", self.tr("Decisions"))
        header = self.decision_table.horizontalHeader()
        header.setSectionResizeMode(DecisionTableModel.Column.TEXT, QHeaderView.ResizeMode.Stretch)
        self.add_decision_button = QPushButton(self.tr("A&dd decision"))
        self.add_decision_button.setToolTip(self.tr("Add a decision at the end (Insert)"))
        self.make_action_button = QPushButton(self.tr("Ma&ke action…"))
        self.make_action_button.setToolTip(
            self.tr("Make the selected decision an action of the plan")
        )
        # Arrows, not words: the row of buttons must fit beside a narrow list of meetings.
        self.up_button = self._arrow_button(Qt.ArrowType.UpArrow, self.tr("Move up"))
        self.up_button.setToolTip(
            self.tr("Move up: the decision takes the number before (Ctrl+Up)")
        )
        self.down_button = self._arrow_button(Qt.ArrowType.DownArrow, self.tr("Move down"))
        self.down_button.setToolTip(
            self.tr("Move down: the decision takes the number after (Ctrl+Down)")
        )
        self.delete_decision_button = QPushButton(self.tr("Delete"))
        self.delete_decision_button.setToolTip(self.tr("Delete the selected decision (Delete)"))
        box = self._section(
            self.tr("Decisions"),
            self.decision_table,
            [
                self.add_decision_button,
                self.make_action_button,
                self.up_button,
                self.down_button,
                self.delete_decision_button,
            ],
        )

        table = self.decision_table
        self.add_decision_button.clicked.connect(self.add_decision)
        self.make_action_button.clicked.connect(self.make_action)
        self.up_button.clicked.connect(lambda: self.move_decision(-1))
        self.down_button.clicked.connect(lambda: self.move_decision(1))
        self.delete_decision_button.clicked.connect(self.delete_decision)
        _shortcut(Qt.Key.Key_Insert, table, self.add_decision)
        _shortcut(QKeySequence.StandardKey.Delete, table, self.delete_decision)
        _shortcut("Ctrl+Up", table, lambda: self.move_decision(-1))
        _shortcut("Ctrl+Down", table, lambda: self.move_decision(1))
        table.itemDelegate().closeEditor.connect(self._decision_editor_closed)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.decision_model.modelReset.connect(self._update_buttons)
        self.decision_model.dataChanged.connect(self._update_buttons)
        return box

    def _build_tasks(self) -> QWidget:
        self.task_table = _table(self.task_model, "tasks", self.tr("Follow-up tasks"))
        table = self.task_table
        header = table.horizontalHeader()
        header.setSectionResizeMode(TaskTableModel.Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TaskTableModel.Column.OWNER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(
            TaskTableModel.Column.OWNER, table.fontMetrics().averageCharWidth() * OWNER_CHARS
        )
        self._owner_delegate = OwnerDelegate(self._people_model, table)
        self._due_delegate = DueDelegate(lambda: self._meeting_day, table)
        self._decision_delegate = DecisionChoiceDelegate(lambda: self._decisions, table)
        table.setItemDelegateForColumn(TaskTableModel.Column.OWNER, self._owner_delegate)
        table.setItemDelegateForColumn(TaskTableModel.Column.DUE, self._due_delegate)
        table.setItemDelegateForColumn(TaskTableModel.Column.DECISION, self._decision_delegate)
        self.add_task_button = QPushButton(self.tr("Add follo&w-up task"))
        self.add_task_button.setToolTip(self.tr("Add a task (Insert in the table)"))
        self.delete_task_button = QPushButton(self.tr("Delete task"))
        self.delete_task_button.setToolTip(self.tr("Delete the selected task (Delete)"))
        box = self._section(
            self.tr("Follow-up tasks"), table, [self.add_task_button, self.delete_task_button]
        )

        self.add_task_button.clicked.connect(self.add_task)
        self.delete_task_button.clicked.connect(self.delete_task)
        _shortcut(Qt.Key.Key_Insert, table, self.add_task)
        _shortcut(QKeySequence.StandardKey.Delete, table, self.delete_task)
        table.itemDelegate().closeEditor.connect(self._task_editor_closed)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.task_model.modelReset.connect(self._update_buttons)
        return box

    # -- the meeting --

    @property
    def meeting_id(self) -> int | None:
        return self._meeting_id

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show ``meeting_id`` (None: nothing, disabled); the minutes of the meeting shown
        until now are saved first."""
        if meeting_id is not None and meeting_id == self._meeting_id:
            self.reload()
            return
        self.save_minutes()
        self._meeting_id = meeting_id
        self._meeting_day = None
        self._people_stale = True
        self._load_minutes()
        self.reload()

    def reload(self) -> None:
        """Read the decisions and tasks again (and the minutes, when nothing is being
        typed and they changed in the file)."""
        meeting_id = self._meeting_id
        enabled = meeting_id is not None
        for widget in (self.editor, self.decision_table, self.task_table):
            widget.setEnabled(enabled)
        self.add_decision_button.setEnabled(enabled)
        self.add_task_button.setEnabled(enabled)
        if meeting_id is None:
            self._decisions = []
            self.decision_model.set_records([])
            self.task_model.set_records([])
            self._update_buttons()
            return
        try:
            self._meeting_day = mn.meeting_date(self._database, meeting_id)
            self._decisions = mn.decisions(self._database, meeting_id)
            tasks = mn.tasks(self._database, meeting_id)
            stored = mn.minutes_html(self._database, meeting_id)
        except NotFoundError:  # deleted meanwhile: the page chooses another one
            self._dirty = False
            self.set_meeting(None)
            return
        except UserError as error:
            self._report(error)
            return
        self.decision_model.update_records(self._decisions)
        self.task_model.decision_texts = {row.id: row.text for row in self._decisions}
        self.task_model.update_records(tasks)
        if not self._dirty and stored != self._stored_html:
            self._show_minutes(stored)
        self._update_buttons()

    def _undo_moved(self) -> None:
        self._people_stale = True
        if self._meeting_id is not None:
            self.reload()

    # -- minutes --

    def _load_minutes(self) -> None:
        meeting_id = self._meeting_id
        self._failure_shown = False
        if meeting_id is None:
            self._show_minutes("")
            self.editor.text.setPlaceholderText(self.tr("Choose a meeting to see its minutes."))
            self.status.clear()
            return
        self.editor.text.setPlaceholderText(
            self.tr("Minutes of the meeting: who said what, what was agreed…")
        )
        try:
            stored = mn.minutes_html(self._database, meeting_id)
        except UserError as error:
            self._report(error)
            stored = ""
        self._show_minutes(stored)
        if meeting_id in self._unsaved:
            self._loading = True
            self.editor.text.setHtml(self._unsaved[meeting_id])
            self._loading = False
            self._dirty = True
            self.status.setText(self.tr("Not saved yet"))
            self._autosave.start(AUTOSAVE_MS)

    def _show_minutes(self, html: str) -> None:
        self._loading = True
        try:
            if html:
                self.editor.text.setHtml(html)
            else:
                self.editor.text.clear()
                self.editor.text.setCurrentCharFormat(QTextCharFormat())
        finally:
            self._loading = False
        self._stored_html = html
        self._dirty = False
        self.status.setText(self.tr("Saved") if self._meeting_id is not None else "")

    def _minutes_edited(self) -> None:
        if self._loading or self._meeting_id is None:
            return
        self._dirty = True
        self.status.setText(self.tr("Saving…"))
        self._autosave.start(AUTOSAVE_MS)

    def minutes_html(self) -> str:
        """The minutes as they would be stored: empty when there is no text."""
        document = self.editor.text.document()
        return "" if document.isEmpty() else self.editor.text.toHtml()

    def save_minutes(self) -> bool:
        """Store the minutes now if they changed; False when that failed (the text stays)."""
        self._autosave.stop()
        meeting_id = self._meeting_id
        if meeting_id is None or not self._dirty:
            return True
        html = self.minutes_html()
        try:
            mn.save_minutes(self._database, meeting_id, html)
        except NotFoundError:  # the meeting is gone: so are its minutes
            self._dirty = False
            self._unsaved.pop(meeting_id, None)
            return False
        except UserError as error:
            self._unsaved[meeting_id] = html
            self.status.setText(self.tr("Not saved: {problem}").format(problem=error))
            if not self._failure_shown:
                self._failure_shown = True
                dialogs.show_user_error(self, self.tr("The minutes were not saved"), error)
            return False
        self._unsaved.pop(meeting_id, None)
        self._stored_html = html
        self._dirty = False
        self._failure_shown = False
        self.status.setText(self.tr("Saved"))
        return True

    # -- minutes not stored (asked about by the window, ``lagdesk.ui.common.unsaved``) --

    def has_unsaved_changes(self) -> bool:
        """Minutes typed that are not in the file (a save failed, or is still waiting)."""
        return self._dirty or bool(self._unsaved)

    def unsaved_changes_name(self) -> str:
        return self.tr("the minutes")

    def save_changes(self) -> bool:
        """Try again to store every minutes text not stored yet; False if one still fails."""
        if not self.save_minutes():
            return False
        for meeting_id, html in list(self._unsaved.items()):
            try:
                mn.save_minutes(self._database, meeting_id, html)
            except NotFoundError:
                pass  # the meeting is gone: so are its minutes
            except UserError as error:
                dialogs.show_user_error(self, self.tr("The minutes were not saved"), error)
                return False
            del self._unsaved[meeting_id]
        return True

    def discard_changes(self) -> None:
        """Forget the minutes not stored: the editor shows what the file holds."""
        self._autosave.stop()
        self._unsaved.clear()
        self._dirty = False
        self._load_minutes()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_minutes()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._watched_window:
            if self._watched_window is not None:
                self._watched_window.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched_window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The window closes (and its file with it) before this tab is hidden: save first.
        if watched is self._watched_window and event.type() == QEvent.Type.Close:
            self.save_minutes()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            # Side by side, both halves are as wide; one above the other, the text gets more.
            length = event.size().width() if wide else event.size().height()
            share = 1 / 2 if wide else 5 / 11
            self.splitter.setSizes([round(length * share), round(length * (1 - share))])

    # -- decisions --

    def selected_decision(self) -> mn.DecisionRow | None:
        rows = self.decision_table.selectionModel().selectedRows()
        record = self.decision_model.record_at(rows[0].row()) if rows else None
        return record if record is not None and record.id != DRAFT_ID else None

    def _select_decision(self, decision_id: int) -> None:
        row = self.decision_model.row_of(decision_id)
        if row >= 0:
            self.decision_table.selectRow(row)
            self.decision_table.setCurrentIndex(
                self.decision_model.index(row, DecisionTableModel.Column.TEXT)
            )

    def add_decision(self) -> None:
        """A new row at the end, its text being edited; Enter stores it, Escape forgets it."""
        self._edit_draft(self.decision_table, self.decision_model, DecisionTableModel.Column.TEXT)

    def _decision_editor_closed(
        self, _editor: QWidget, _hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        self.decision_model.drop_empty_draft()

    def _decision_added(self, text: str) -> None:
        if self._meeting_id is None:
            return
        try:
            made = mn.add_decision(self._database, self._meeting_id, text)
        except UserError as error:
            self._refused(self.tr("The decision was not added"), error)
            return
        self._push(
            AddDecisionCommand(
                self._context,
                self.tr("Add decision {number}").format(number=made.number),
                self._database,
                made.id,
            )
        )
        self._select_decision(made.id)

    def _decision_edited(self, decision_id: int, text: str) -> None:
        try:
            before = mn.edit_decision(self._database, decision_id, text)
        except UserError as error:
            self._refused(self.tr("The decision was not changed"), error)
            return
        number = next((row.number for row in self._decisions if row.id == decision_id), 0)
        self._push(
            EditDecisionCommand(
                self._context,
                self.tr("Edit decision {number}").format(number=number),
                self._database,
                decision_id,
                before,
                text,
            )
        )

    def delete_decision(self) -> None:
        decision = self.selected_decision()
        if decision is None:
            return
        question = self.tr(
            "Delete decision {number}, “{text}”? The decisions after it are numbered again; "
            "its tasks and actions stay, without the link. Ctrl+Z brings it back."
        ).format(number=decision.number, text=mn.short_title(decision.text, 120))
        if not dialogs.confirm(self, self.tr("Delete decision"), question, self.tr("Delete")):
            return
        self._delete_row(
            self.decision_table,
            self.decision_model.row_of(decision.id),
            lambda: mn.delete_decision(self._database, decision.id),
            self.tr("The decision was not deleted"),
            lambda deleted: DeleteDecisionCommand(
                self._context,
                self.tr("Delete decision {number}").format(number=decision.number),
                self._database,
                deleted,
            ),
        )

    def move_decision(self, step: int) -> None:
        decision = self.selected_decision()
        if decision is None:
            return
        wanted = decision.number + step
        if not 1 <= wanted <= len(self._decisions):
            return
        try:
            number = mn.move_decision(self._database, decision.id, wanted)
        except UserError as error:
            self._refused(self.tr("The decision was not moved"), error)
            return
        self._push(
            MoveDecisionCommand(
                self._context,
                self.tr("Move decision {number}").format(number=decision.number),
                self._database,
                decision.id,
                decision.number,
                number,
            )
        )
        self._select_decision(decision.id)

    def make_action(self) -> None:
        decision = self.selected_decision()
        if decision is None:
            return
        made = make_action(self._database, decision, self)
        if made is None:
            return
        self._push(
            MakeActionCommand(
                self._context,
                self.tr("Make action {code} from decision {number}").format(
                    code=made.code, number=decision.number
                ),
                self._database,
                made.id,
            )
        )
        self._select_decision(decision.id)
        show_status(
            self,
            self.tr("Action {code} added to the plan. Ctrl+Z takes it back.").format(
                code=made.code
            ),
        )

    # -- tasks --

    def selected_task(self) -> mn.TaskRow | None:
        rows = self.task_table.selectionModel().selectedRows()
        record = self.task_model.record_at(rows[0].row()) if rows else None
        return record if record is not None and record.id != DRAFT_ID else None

    def _people_model(self) -> PersonChoiceModel:
        if self._people_stale:
            try:
                self.people.set_people(mn.owner_choices(self._database))
            except UserError as error:
                self._report(error)
            self._people_stale = False
        return self.people

    def add_task(self) -> None:
        """A new row at the end, its title being edited; Enter stores it, Tab stores it and
        goes on to the owner, Escape forgets it."""
        self._edit_draft(self.task_table, self.task_model, TaskTableModel.Column.TITLE)

    def _task_editor_closed(
        self, _editor: QWidget, _hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        self.task_model.drop_empty_draft()

    def _task_edited(self, task: Task) -> None:
        if self._meeting_id is None or task.meeting_id != self._meeting_id:
            return
        before_row = self.task_model.record_at(self.task_model.row_of(task.id))
        before = before_row.record() if task.id is not None and before_row is not None else None
        try:
            saved = mn.save_task(self._database, task)
        except UserError as error:
            self._refused(self.tr("The task was not saved"), error)
            return
        if before is None:
            text = self.tr("Add task “{title}”").format(title=saved.title)
        else:
            text = self.tr("Edit task “{title}”").format(title=saved.title)
        self._push(SaveTaskCommand(self._context, text, self._database, before, saved.record()))

    def delete_task(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        question = self.tr("Delete the task “{title}”? Ctrl+Z brings it back.").format(
            title=task.title
        )
        if not dialogs.confirm(self, self.tr("Delete task"), question, self.tr("Delete")):
            return
        self._delete_row(
            self.task_table,
            self.task_model.row_of(task.id),
            lambda: mn.delete_task(self._database, task.id),
            self.tr("The task was not deleted"),
            lambda deleted: DeleteTaskCommand(
                self._context,
                self.tr("Delete task “{title}”").format(title=task.title),
                self._database,
                deleted,
            ),
        )

    # -- shared --

    def _edit_draft(
        self, table: QTableView, model: DecisionTableModel | TaskTableModel, column: int
    ) -> None:
        """A draft row at the end of ``table`` (the blank one left there goes), its
        ``column`` being edited."""
        if self._meeting_id is None:
            return
        model.drop_empty_draft()
        row = model.add_draft(self._meeting_id)
        index = model.index(row, column)
        table.setFocus()
        table.setCurrentIndex(index)
        table.scrollTo(index)
        table.edit(index)

    def _push(self, command: QUndoCommand) -> None:
        self._undo.push(command)
        self.changed.emit()

    def _delete_row(
        self,
        table: QTableView,
        row: int,
        delete: Callable[[], DeletedRows],
        refused: str,
        command: Callable[[DeletedRows], QUndoCommand],
    ) -> None:
        """Delete the (confirmed) row through core, push its undo step, then select the row
        that took its place, so that Delete can go on down the table."""
        try:
            deleted = delete()
        except UserError as error:
            self._refused(refused, error)
            return
        self._push(command(deleted))
        count = table.model().rowCount()
        if count:
            table.selectRow(min(row, count - 1))
        table.setFocus()

    def _refused(self, title: str, error: UserError) -> None:
        """A change core refused: its message, and the rows as they are stored."""
        if isinstance(error, ValidationError):
            text = "\n".join(problem.message for problem in error.problems)
        else:
            text = str(error)
        dialogs.show_error(self, title, text)
        self.reload()

    def _report(self, error: UserError) -> None:
        dialogs.show_user_error(self, self.tr("Minutes"), error)

    def _update_buttons(self) -> None:
        decision = self.selected_decision()
        self.make_action_button.setEnabled(decision is not None)
        self.delete_decision_button.setEnabled(decision is not None)
        self.up_button.setEnabled(decision is not None and decision.number > 1)
        self.down_button.setEnabled(decision is not None and decision.number < len(self._decisions))
        self.delete_task_button.setEnabled(self.selected_task() is not None)
