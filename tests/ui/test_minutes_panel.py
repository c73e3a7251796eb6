"""The Minutes tab: rich text saved by itself, decisions from the keyboard, tasks in place,
and decisions made into actions of the plan."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMainWindow
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs

from lagdesk.core.meetings import minutes as mn
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import MeetingType, ObjectiveLevel
from lagdesk.db.database import Database
from lagdesk.demo import build_demo
from lagdesk.ui.meetings import minutes_panel
from lagdesk.ui.meetings.action_from_decision import ActionFromDecisionDialog
from lagdesk.ui.meetings.minutes_models import (
    DecisionTableModel,
    DueDateEdit,
    PersonChoiceModel,
    TaskTableModel,
)
from lagdesk.ui.meetings.minutes_panel import MinutesPanel

Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier
TaskColumn = TaskTableModel.Column
#: What the offscreen platform says when a completer pops up.
offscreen_noise = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


def add_meeting(database: Database, title: str = "Local group meeting") -> int:
    made = store.save(
        database,
        r.Meeting(
            type=MeetingType.LOCAL_GROUP_MEETING,
            title=title,
            starts_at=datetime(2024, 3, 12, 9, 0),
            ends_at=datetime(2024, 3, 12, 12, 0),
            timezone="Europe/Warsaw",
        ),
    )
    assert made.id is not None
    return made.id


@pytest.fixture
def meeting(database: Database) -> int:
    return add_meeting(database)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def panel(
    qtbot: QtBot,
    database: Database,
    stack: QUndoStack,
    meeting: int,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MinutesPanel]:
    monkeypatch.setattr(minutes_panel, "AUTOSAVE_MS", 30)
    made = MinutesPanel(database, stack)
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    qtbot.waitExposed(made)
    made.activateWindow()
    qtbot.waitActive(made)
    made.set_meeting(meeting)
    yield made
    made.set_meeting(None)


def focused() -> Any:
    return QApplication.focusWidget()


def texts(database: Database, meeting_id: int) -> list[tuple[int, str]]:
    return [(row.number, row.text) for row in mn.decisions(database, meeting_id)]


def shown_decisions(panel: MinutesPanel) -> list[tuple[str, str]]:
    model = panel.decision_model
    return [
        (model.index(row, 0).data(), model.index(row, 1).data()) for row in range(model.rowCount())
    ]


# --- minutes -----------------------------------------------------------------------------


def test_formatted_minutes_are_saved_after_the_pause(
    qtbot: QtBot, panel: MinutesPanel, database: Database, meeting: int
) -> None:
    text = panel.editor.text
    text.setFocus()
    qtbot.keyClicks(text, "Minutes of the March meeting")
    qtbot.keyClick(text, Qt.Key.Key_1, Ctrl | Alt)  # Heading 1
    assert panel.editor.style_combo.currentText() == "Heading 1"
    qtbot.keyClick(text, Qt.Key.Key_Return)  # the next paragraph is normal text again
    assert panel.editor.style_combo.currentText() == "Normal"
    assert not panel.editor.bold.isChecked()
    qtbot.keyClicks(text, "Present: ")
    qtbot.keyClick(text, Qt.Key.Key_B, Ctrl)
    assert panel.editor.bold.isChecked()
    qtbot.keyClicks(text, "fourteen members")
    qtbot.keyClick(text, Qt.Key.Key_B, Ctrl)
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.keyClick(text, Qt.Key.Key_F12, Qt.KeyboardModifier.ShiftModifier)  # bulleted list
    assert panel.editor.bullets.isChecked()
    qtbot.keyClicks(text, "Supplier day in December")
    assert panel.status.text() == "Saving…"
    qtbot.waitUntil(lambda: "Supplier day" in mn.minutes_html(database, meeting))
    assert panel.status.text() == "Saved"
    stored = mn.minutes_html(database, meeting)
    assert "<h1" in stored
    assert ">Minutes of the March meeting</span></h1>" in stored
    assert 'font-weight:700;">fourteen members</span>' in stored
    assert "<ul" in stored
    assert "Supplier day in December</li></ul>" in stored
    # Normal text after the heading is not a heading.
    assert "<h1" not in stored.split("Present:")[0].split("</h1>")[1]


def test_minutes_are_saved_when_another_meeting_is_chosen(
    qtbot: QtBot, panel: MinutesPanel, database: Database, meeting: int, monkeypatch: Any
) -> None:
    monkeypatch.setattr(minutes_panel, "AUTOSAVE_MS", 60_000)  # no save for a pause
    other = add_meeting(database, "Thematic workshop")
    mn.save_minutes(database, other, "<p>Earlier notes of the workshop</p>")
    qtbot.keyClicks(panel.editor.text, "Written just now")
    assert mn.minutes_html(database, meeting) == ""
    panel.set_meeting(other)
    assert "Written just now" in mn.minutes_html(database, meeting)
    assert panel.editor.text.toPlainText() == "Earlier notes of the workshop"
    assert panel.status.text() == "Saved"
    # Hiding the tab saves too.
    qtbot.keyClick(panel.editor.text, Qt.Key.Key_End, Ctrl)
    qtbot.keyClicks(panel.editor.text, " and more")
    panel.hide()
    assert "Earlier notes of the workshop and more" in mn.minutes_html(database, other)


def test_a_failed_save_keeps_the_text_and_says_so(
    qtbot: QtBot,
    panel: MinutesPanel,
    database: Database,
    meeting: int,
    fake_dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(mn, "MAX_MINUTES_CHARS", 10)
    qtbot.keyClicks(panel.editor.text, "Far too long for the limit")
    assert not panel.save_minutes()
    assert panel.status.text().startswith("Not saved: The minutes are too long")
    assert len(fake_dialogs.errors) == 1
    assert panel.editor.text.toPlainText() == "Far too long for the limit"
    other = add_meeting(database, "Other")
    panel.set_meeting(other)  # fails again: no second message box
    assert len(fake_dialogs.errors) == 1
    monkeypatch.setattr(mn, "MAX_MINUTES_CHARS", 5_000_000)
    panel.set_meeting(meeting)  # the unsaved text comes back and is saved
    assert panel.editor.text.toPlainText() == "Far too long for the limit"
    assert panel.save_minutes()
    assert "Far too long for the limit" in mn.minutes_html(database, meeting)


def test_closing_the_window_saves_before_the_window_closes_its_file(
    qtbot: QtBot, database: Database, meeting: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(minutes_panel, "AUTOSAVE_MS", 60_000)
    seen_at_close: list[str] = []

    class Window(QMainWindow):
        def closeEvent(self, event: QCloseEvent) -> None:  # where MainWindow closes the file
            seen_at_close.append(mn.minutes_html(database, meeting))
            super().closeEvent(event)

    window = Window()
    qtbot.addWidget(window)
    panel = MinutesPanel(database, QUndoStack(), window)
    window.setCentralWidget(panel)
    window.show()
    qtbot.waitExposed(window)
    panel.set_meeting(meeting)
    qtbot.keyClicks(panel.editor.text, "Last words")
    window.close()
    assert len(seen_at_close) == 1
    assert "Last words" in seen_at_close[0]


def test_normal_text_keeps_its_bold_words(qtbot: QtBot, panel: MinutesPanel) -> None:
    text = panel.editor.text
    qtbot.keyClicks(text, "Plain ")
    qtbot.keyClick(text, Qt.Key.Key_B, Ctrl)
    qtbot.keyClicks(text, "bold")
    qtbot.keyClick(text, Qt.Key.Key_0, Ctrl | Alt)  # already normal: nothing changes
    assert 'font-weight:700;">bold</span>' in text.toHtml()
    qtbot.keyClick(text, Qt.Key.Key_2, Ctrl | Alt)
    assert text.textCursor().blockFormat().headingLevel() == 2
    qtbot.keyClick(text, Qt.Key.Key_0, Ctrl | Alt)
    assert text.textCursor().blockFormat().headingLevel() == 0
    assert "font-weight:700" not in text.toHtml().split("<body")[1]
    assert panel.editor.style_combo.currentText() == "Normal"


def test_pasted_pictures_are_left_out(panel: MinutesPanel) -> None:
    pasted = QMimeData()
    pasted.setHtml("<p><b>Photos</b> of the walk<img src='file:///tmp/photo.jpg' width='400'></p>")
    pasted.setText("Photos of the walk")
    panel.editor.text.insertFromMimeData(pasted)
    html = panel.editor.text.toHtml()
    assert "photo.jpg" not in html
    assert "<img" not in html
    assert "Photos" in panel.editor.text.toPlainText()
    assert "font-weight:700" in html
    image_only = QMimeData()
    image_only.setImageData(panel.grab().toImage())
    assert not panel.editor.text.canInsertFromMimeData(image_only)


def test_lists_indent_with_tab_and_end_on_outdent(qtbot: QtBot, panel: MinutesPanel) -> None:
    text = panel.editor.text
    qtbot.keyClick(text, Qt.Key.Key_F12)  # numbered list
    assert panel.editor.numbers.isChecked()
    qtbot.keyClicks(text, "First")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.keyClick(text, Qt.Key.Key_Tab)
    assert text.hasFocus()  # Tab indented the item instead of leaving the editor
    assert text.textCursor().currentList().format().indent() == 2
    qtbot.keyClick(text, Qt.Key.Key_Backtab)
    qtbot.keyClick(text, Qt.Key.Key_Backtab)
    assert text.textCursor().currentList() is None
    qtbot.keyClick(text, Qt.Key.Key_Tab)  # outside a list, Tab moves on
    assert not text.hasFocus()


# --- decisions ---------------------------------------------------------------------------


def mnemonic(qtbot: QtBot, panel: MinutesPanel, key: Qt.Key) -> None:
    """Alt+letter from wherever the focus is; a button's mnemonic clicks it after a while."""
    before = focused()
    qtbot.keyClick(before or panel, key, Alt)
    qtbot.waitUntil(lambda: focused() is not before)


def add_from_keyboard(qtbot: QtBot, panel: MinutesPanel, text: str) -> None:
    mnemonic(qtbot, panel, Qt.Key.Key_D)  # "A&dd decision"
    editor = focused()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text in [row[1] for row in shown_decisions(panel)])


def test_decisions_from_the_keyboard_renumber_on_delete_and_undo(
    qtbot: QtBot,
    panel: MinutesPanel,
    database: Database,
    meeting: int,
    stack: QUndoStack,
    fake_dialogs: FakeDialogs,
) -> None:
    for text in ("Adopt the checklist", "Hold a supplier day", "Invite the chamber"):
        add_from_keyboard(qtbot, panel, text)
    assert texts(database, meeting) == [
        (1, "Adopt the checklist"),
        (2, "Hold a supplier day"),
        (3, "Invite the chamber"),
    ]
    assert stack.undoText() == "Add decision 3"
    table = panel.decision_table
    table.selectRow(1)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "Delete decision 2, “Hold a supplier day”?" in fake_dialogs.questions[0]
    assert texts(database, meeting) == [(1, "Adopt the checklist"), (2, "Invite the chamber")]
    assert shown_decisions(panel) == [("1", "Adopt the checklist"), ("2", "Invite the chamber")]
    stack.undo()
    assert texts(database, meeting) == [
        (1, "Adopt the checklist"),
        (2, "Hold a supplier day"),
        (3, "Invite the chamber"),
    ]
    assert shown_decisions(panel)[1] == ("2", "Hold a supplier day")
    stack.redo()
    assert shown_decisions(panel) == [("1", "Adopt the checklist"), ("2", "Invite the chamber")]


def test_escape_forgets_a_new_decision(qtbot: QtBot, panel: MinutesPanel) -> None:
    mnemonic(qtbot, panel, Qt.Key.Key_D)  # "A&dd decision"
    assert panel.decision_model.rowCount() == 1
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert panel.decision_model.rowCount() == 0


def test_edit_and_move_a_decision(
    qtbot: QtBot, panel: MinutesPanel, database: Database, meeting: int, stack: QUndoStack
) -> None:
    for text in "ABC":
        mn.add_decision(database, meeting, text)
    panel.reload()
    table = panel.decision_table
    table.setFocus()
    table.setCurrentIndex(panel.decision_model.index(2, DecisionTableModel.Column.TEXT))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "C, amended")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: texts(database, meeting)[2] == (3, "C, amended"))
    table.selectRow(2)
    qtbot.keyClick(table, Qt.Key.Key_Up, Ctrl)
    assert texts(database, meeting) == [(1, "A"), (2, "C, amended"), (3, "B")]
    assert panel.selected_decision() is not None
    assert panel.selected_decision().text == "C, amended"  # type: ignore[union-attr]
    assert panel.up_button.isEnabled()
    assert panel.down_button.isEnabled()
    stack.undo()
    stack.undo()
    assert texts(database, meeting) == [(1, "A"), (2, "B"), (3, "C")]


# --- tasks -------------------------------------------------------------------------------


@pytest.fixture
def task(database: Database, meeting: int) -> mn.TaskRow:
    return mn.save_task(
        database, r.Task(meeting_id=meeting, title="Book the room", due_on=date(2024, 3, 20))
    )


def test_tick_a_task_done_with_space(
    qtbot: QtBot,
    panel: MinutesPanel,
    database: Database,
    meeting: int,
    task: mn.TaskRow,
    stack: QUndoStack,
) -> None:
    panel.reload()
    table = panel.task_table
    table.setFocus()
    done = panel.task_model.index(0, TaskColumn.DONE)
    table.setCurrentIndex(done)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: mn.tasks(database, meeting)[0].done)
    assert mn.tasks(database, meeting)[0].done_on == date.today()
    assert done.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    stack.undo()
    assert mn.tasks(database, meeting)[0].done is False
    assert done.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_a_due_date_before_the_meeting_is_refused_and_the_row_kept(
    qtbot: QtBot,
    panel: MinutesPanel,
    database: Database,
    meeting: int,
    task: mn.TaskRow,
    fake_dialogs: FakeDialogs,
    stack: QUndoStack,
) -> None:
    panel.reload()
    due = panel.task_model.index(0, TaskColumn.DUE)
    panel.task_model.setData(due, date(2024, 3, 1), Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: bool(fake_dialogs.errors))
    assert fake_dialogs.errors == [
        ("The task was not saved", "The due date is before the meeting (2024-03-12).")
    ]
    assert mn.tasks(database, meeting) == [task]
    assert due.data(Qt.ItemDataRole.EditRole) == date(2024, 3, 20)
    assert stack.count() == 0


@offscreen_noise
def test_add_a_task_and_give_it_an_owner_by_typing(
    qtbot: QtBot, panel: MinutesPanel, database: Database, meeting: int, stack: QUndoStack
) -> None:
    anna = store.save(database, r.Person(first_name="Anna", last_name="Nowak"))
    store.save(database, r.Person(first_name="Jan", last_name="Kowalski"))
    mnemonic(qtbot, panel, Qt.Key.Key_W)  # "Add follo&w-up task"
    title = focused()
    assert isinstance(title, QLineEdit)
    qtbot.keyClicks(title, "Send the minutes")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(mn.tasks(database, meeting)) == 1)
    assert stack.undoText() == "Add task “Send the minutes”"
    table = panel.task_table
    table.setFocus()
    owner = panel.task_model.index(0, TaskColumn.OWNER)
    table.setCurrentIndex(owner)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = table.findChild(QComboBox)
    assert isinstance(combo, QComboBox)
    assert combo.hasFocus()
    assert combo.count() == 2
    line = combo.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "nowa")  # any part of the name finds it
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # picking from the list is enough
    qtbot.waitUntil(lambda: mn.tasks(database, meeting)[0].owner_person_id == anna.id)
    assert owner.data() == "Anna Nowak"
    stack.undo()
    assert mn.tasks(database, meeting)[0].owner_person_id is None
    stack.undo()
    assert mn.tasks(database, meeting) == []
    assert panel.task_model.rowCount() == 0


def test_delete_a_task_and_undo(
    qtbot: QtBot,
    panel: MinutesPanel,
    database: Database,
    meeting: int,
    task: mn.TaskRow,
    stack: QUndoStack,
    fake_dialogs: FakeDialogs,
) -> None:
    panel.reload()
    panel.task_table.selectRow(0)
    panel.task_table.setFocus()
    qtbot.keyClick(panel.task_table, Qt.Key.Key_Delete)
    assert fake_dialogs.questions == ["Delete the task “Book the room”? Ctrl+Z brings it back."]
    assert mn.tasks(database, meeting) == []
    stack.undo()
    assert mn.tasks(database, meeting) == [task]
    assert panel.task_model.rowCount() == 1


def test_delete_in_the_due_date_field_clears_it(qtbot: QtBot) -> None:
    editor = DueDateEdit()
    qtbot.addWidget(editor)
    editor.setDate(QDate(2024, 3, 20))
    assert editor.due() == date(2024, 3, 20)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.due() is None
    assert editor.text() == "No date"


def test_task_from_a_decision_shows_its_number(
    panel: MinutesPanel, database: Database, meeting: int, task: mn.TaskRow
) -> None:
    first = mn.add_decision(database, meeting, "Adopt the checklist")
    second = mn.add_decision(database, meeting, "Hold a supplier day")
    panel.reload()
    column = panel.task_model.index(0, TaskColumn.DECISION)
    panel.task_model.setData(column, second.id, Qt.ItemDataRole.EditRole)
    QApplication.processEvents()
    assert column.data() == "2"
    assert column.data(Qt.ItemDataRole.ToolTipRole) == "Hold a supplier day"
    mn.delete_decision(database, first.id)
    panel.reload()
    assert column.data() == "1"


# --- decision -> action ------------------------------------------------------------------


def test_no_objectives_yet(
    panel: MinutesPanel, database: Database, meeting: int, fake_dialogs: FakeDialogs
) -> None:
    mn.add_decision(database, meeting, "Adopt the checklist")
    panel.reload()
    panel.decision_table.selectRow(0)
    panel.make_action_button.click()
    assert fake_dialogs.informations == [
        (
            "Make an action",
            "The action plan has no objectives yet; add them in the Action plan area first.",
        )
    ]


@pytest.fixture
def objectives(database: Database) -> dict[str, int]:
    plan = store.save(database, r.Plan(title="IAP"))
    assert plan.id is not None
    strategic = store.save(
        database,
        r.Objective(plan_id=plan.id, level=ObjectiveLevel.STRATEGIC, code="1", title="Policy"),
    )
    assert strategic.id is not None
    specific = store.save(
        database,
        r.Objective(
            plan_id=plan.id,
            parent_id=strategic.id,
            level=ObjectiveLevel.SPECIFIC,
            code="1.1",
            title="A strategy",
        ),
    )
    assert specific.id is not None
    return {"1": strategic.id, "1.1": specific.id}


def test_make_an_action_and_see_its_code(
    qtbot: QtBot,
    panel: MinutesPanel,
    database: Database,
    meeting: int,
    objectives: dict[str, int],
    stack: QUndoStack,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    decision = mn.add_decision(database, meeting, "Adopt a procurement strategy")
    panel.reload()
    seen: list[ActionFromDecisionDialog] = []

    def answer(dialog: ActionFromDecisionDialog) -> int:
        seen.append(dialog)
        dialog.title.setText("Procurement strategy")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActionFromDecisionDialog, "exec", answer)
    panel.decision_table.selectRow(0)
    panel.decision_table.setFocus()
    qtbot.keyClick(panel.decision_table, Qt.Key.Key_K, Alt)  # "Ma&ke action…"
    qtbot.waitUntil(lambda: bool(seen))
    (dialog,) = seen
    # The strategic objective heads its specific one and cannot be chosen.
    assert dialog.objective.currentData() == objectives["1.1"]
    assert dialog.code.text() == "1.1.1"
    action_column = panel.decision_model.index(0, DecisionTableModel.Column.ACTION)
    assert action_column.data() == "1.1.1"
    assert action_column.data(Qt.ItemDataRole.ToolTipRole) == "1.1.1 Procurement strategy"
    (made,) = mn.decisions(database, meeting)[0].actions
    ref = mn.decision_of_action(database, made.id)
    assert ref is not None
    assert (ref.decision_id, ref.number) == (decision.id, 1)
    assert stack.undoText() == "Make action 1.1.1 from decision 1"
    stack.undo()
    assert action_column.data() == ""
    assert mn.decision_of_action(database, made.id) is None
    stack.redo()
    assert action_column.data() == "1.1.1"


def test_the_dialog_refuses_an_empty_title(
    qtbot: QtBot, database: Database, meeting: int, objectives: dict[str, int]
) -> None:
    decision = mn.add_decision(database, meeting, "Adopt a procurement strategy")
    dialog = ActionFromDecisionDialog(database, decision, mn.objective_choices(database))
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Adopt a procurement strategy"
    dialog.title.clear()
    dialog.accept()
    assert dialog.messages.message_for("title") == "Give the action a title."
    assert dialog.made is None
    assert mn.decisions(database, meeting)[0].actions == []


# --- layout and models -------------------------------------------------------------------


def test_layout_follows_the_width(qtbot: QtBot, panel: MinutesPanel) -> None:
    assert panel.splitter.orientation() == Qt.Orientation.Horizontal
    panel.resize(900, 560)
    qtbot.waitUntil(lambda: panel.splitter.orientation() == Qt.Orientation.Vertical)
    hint = panel.minimumSizeHint()
    assert hint.width() <= 900
    assert hint.height() <= 560
    assert panel.decision_table.height() > 60
    assert panel.task_table.height() > 60


def test_no_meeting_disables_everything(panel: MinutesPanel) -> None:
    panel.set_meeting(None)
    assert not panel.editor.isEnabled()
    assert not panel.add_decision_button.isEnabled()
    assert not panel.add_task_button.isEnabled()
    assert panel.decision_model.rowCount() == panel.task_model.rowCount() == 0


def test_models_on_the_demo(qtbot: QtBot, qtmodeltester: Any, database: Database) -> None:
    build_demo(database)
    with database.reading() as session:
        meeting_id = session.execute(
            sa.text(
                "SELECT meeting_id FROM task WHERE decision_id IS NOT NULL"
                " GROUP BY meeting_id ORDER BY count(*) DESC LIMIT 1"
            )
        ).scalar_one()
    panel = MinutesPanel(database, QUndoStack())
    qtbot.addWidget(panel)
    panel.set_meeting(meeting_id)
    assert panel.decision_model.rowCount() >= 2
    assert panel.task_model.rowCount() >= 1
    qtmodeltester.check(panel.decision_model)
    qtmodeltester.check(panel.task_model)
    people = PersonChoiceModel()
    people.set_people(mn.owner_choices(database))
    assert people.rowCount() == 41
    qtmodeltester.check(people)
    # A draft row is a row like the others.
    panel.decision_model.add_draft(meeting_id)
    panel.task_model.add_draft(meeting_id)
    qtmodeltester.check(panel.decision_model)
    qtmodeltester.check(panel.task_model)
    assert (
        not panel.task_model.flags(
            panel.task_model.index(panel.task_model.rowCount() - 1, TaskColumn.OWNER)
        )
        & Qt.ItemFlag.ItemIsEditable
    )
    assert panel.task_model.index(0, 0, QModelIndex()).isValid()
    panel.set_meeting(None)


def test_the_dialog_lists_objectives_in_tree_order(
    qtbot: QtBot, database: Database, meeting: int, objectives: dict[str, int]
) -> None:
    decision = mn.add_decision(database, meeting, "Something")
    choices = mn.objective_choices(database)
    dialog = ActionFromDecisionDialog(database, decision, choices)
    qtbot.addWidget(dialog)
    items = [dialog.objective.itemText(row) for row in range(dialog.objective.count())]
    assert items == ["1  Policy", "    1.1  A strategy"]
