"""The meeting editor: filled from the keyboard, problems beside the fields, undo and redo."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QScrollArea, QTimeEdit, QWidget
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs

from lagdesk.core.meetings import planning as mp
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import AttendanceStatus, GroupKind, MeetingType, Sector
from lagdesk.db.database import Database
from lagdesk.ui.meetings.editor import MeetingEditor, edit_meeting
from lagdesk.ui.meetings.editor_models import AgendaColumn, AgendaModel, InvitedPeopleModel

WARSAW = "Europe/Warsaw"
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
#: The suggestion list is a pop-up, which the offscreen platform can neither raise nor let
#: grab the keyboard.
offscreen_popup = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@dataclasses.dataclass
class City:
    ulg: int
    board: int
    anna: int
    jan: int
    ewa: int
    lukasz: int


@pytest.fixture
def city(database: Database) -> City:
    """A local group of two (one joins later), a board, and two people outside both."""
    office = store.save(database, r.Organisation(name="Urząd Miejski", sector=Sector.PUBLIC))
    ngo = store.save(database, r.Organisation(name="Fundacja Razem", sector=Sector.CIVIC))

    def person(first: str, last: str, organisation: r.Organisation) -> int:
        saved = store.save(
            database, r.Person(first_name=first, last_name=last, organisation_id=organisation.id)
        )
        assert saved.id is not None
        return saved.id

    anna = person("Anna", "Nowak", office)
    jan = person("Jan", "Kowalski", ngo)
    ewa = person("Ewa", "Zielińska", ngo)
    lukasz = person("Łukasz", "Wójcik", office)
    ulg = store.save(database, r.StakeholderGroup(name="ULG", kind=GroupKind.LOCAL_GROUP))
    board = store.save(database, r.StakeholderGroup(name="Steering board"))
    assert ulg.id is not None
    assert board.id is not None
    for person_id, joined in ((anna, None), (jan, date(2030, 1, 1))):
        store.save(
            database, r.GroupMembership(group_id=ulg.id, person_id=person_id, joined_on=joined)
        )
    return City(ulg.id, board.id, anna, jan, ewa, lukasz)


def open_editor(qtbot: QtBot, database: Database, plan: mp.MeetingPlan) -> MeetingEditor:
    editor = MeetingEditor(database, plan)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.title)
    return editor


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def within(widget: QWidget) -> bool:
    """The widget, or a part of it (a date field's text), has the keyboard focus."""
    return focused() is widget or widget.isAncestorOf(focused())


def stored_plan(database: Database, title: str) -> mp.MeetingPlan:
    found = store.find(database, r.Meeting, title=title)
    assert len(found) == 1
    assert found[0].id is not None
    return mp.load_meeting_plan(database, found[0].id)


def table_counts(database: Database) -> dict[str, int]:
    tables = ("meeting", "meeting_invited_group", "attendance", "agenda_item", "meeting_tool")
    with database.reading() as session:
        return {
            name: int(session.execute(sa.text(f"SELECT count(*) FROM {name}")).scalar_one())
            for name in tables
        }


def sample_plan(city: City, title: str = "Problem tree workshop") -> mp.MeetingPlan:
    day = date(2024, 3, 12)
    return mp.MeetingPlan(
        meeting=r.Meeting(
            type=MeetingType.THEMATIC_WORKSHOP,
            title=title,
            starts_at=mp.local_to_utc(datetime.combine(day, time(17)), WARSAW),
            ends_at=mp.local_to_utc(datetime.combine(day, time(19)), WARSAW),
            timezone=WARSAW,
            place="Ratusz, sala 12",
            retention_until=date(2029, 12, 31),
        ),
        group_ids=[city.ulg],
        person_ids=[city.ewa],
        agenda=[
            r.AgendaItem(meeting_id=0, title="Welcome", planned_minutes=10),
            r.AgendaItem(meeting_id=0, title="Problem tree", planned_minutes=80),
        ],
        tools=["problem_tree"],
    )


# --- models -------------------------------------------------------------------------------


def agenda_items() -> list[r.AgendaItem]:
    return [
        r.AgendaItem(id=7, meeting_id=3, position=0, title="Welcome", planned_minutes=10),
        r.AgendaItem(id=8, meeting_id=3, position=1, title="Group work", presenter="Anna Nowak"),
        r.AgendaItem(id=9, meeting_id=3, position=2, title="Next steps", planned_minutes=15),
    ]


def test_agenda_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = AgendaModel()
    model.set_items(agenda_items())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Minutes"
    assert model.index(0, AgendaColumn.MINUTES).data() == "10"
    assert model.index(1, AgendaColumn.MINUTES).data() == ""
    assert model.index(1, AgendaColumn.PRESENTER).data() == "Anna Nowak"
    assert model.total_minutes() == 25

    assert model.setData(model.index(1, AgendaColumn.MINUTES), "45")
    assert not model.setData(model.index(1, AgendaColumn.MINUTES), "forty")
    assert not model.setData(model.index(1, AgendaColumn.MINUTES), -5)
    assert model.total_minutes() == 70
    model.insert_item(1)
    assert model.setData(model.index(1, AgendaColumn.TITLE), "Coffee")
    assert model.move_item(3, -1) == 2
    assert model.move_item(0, -1) == 0  # the first cannot go higher
    assert model.remove_item(0)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    items = model.items()
    assert [item.title for item in items] == ["Coffee", "Next steps", "Group work"]
    assert [item.position for item in items] == [0, 1, 2]
    assert [item.id for item in items] == [None, 9, 8]
    assert items[2].planned_minutes == 45


def test_agenda_problems_follow_their_row(qtmodeltester: object) -> None:
    model = AgendaModel()
    model.set_items(agenda_items())
    model.set_problems({(2, AgendaColumn.TITLE): "This field is required."})
    assert model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole) == "This field is required."
    assert model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    model.move_item(2, -1)
    assert model.problem_at(1, AgendaColumn.TITLE) == "This field is required."
    assert model.problem_at(2, AgendaColumn.TITLE) == ""
    model.insert_item(0)
    assert model.problem_at(2, AgendaColumn.TITLE) == "This field is required."
    model.setData(model.index(2, AgendaColumn.TITLE), "Fixed")
    assert model.problem_at(2, AgendaColumn.TITLE) == ""
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_invited_people_model(qtmodeltester: object) -> None:
    model = InvitedPeopleModel()
    people = [
        mp.PersonChoice(1, "Anna", "Nowak", "Urząd Miejski"),
        mp.PersonChoice(2, "Jan", "Kowalski", "Fundacja Razem"),
    ]
    model.set_records(people)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    row = model.add(mp.PersonChoice(3, "Ewa", "Adamska", ""), mp.PersonChoice.sort_key)
    assert row == 0
    assert model.add(people[0], mp.PersonChoice.sort_key) == model.row_of(1)  # listed already
    assert model.person_ids() == [3, 1, 2]
    assert model.index(0, 0).data() == "Ewa Adamska"
    assert model.index(2, 1).data() == "Fundacja Razem"
    model.remove_rows([0, 2])
    assert model.person_ids() == [1]
    qtmodeltester.check(model)  # type: ignore[attr-defined]


# --- filling the dialog -------------------------------------------------------------------


@offscreen_popup
def test_a_new_meeting_filled_from_the_keyboard(
    qtbot: QtBot, database: Database, city: City
) -> None:
    plan = mp.new_meeting_plan(database, today=date(2024, 3, 8))  # a Friday
    plan.meeting.timezone = WARSAW
    plan.meeting.starts_at = mp.local_to_utc(datetime(2024, 3, 11, 17, 0), WARSAW)
    plan.meeting.ends_at = mp.local_to_utc(datetime(2024, 3, 11, 19, 0), WARSAW)
    editor = open_editor(qtbot, database, plan)
    assert editor.windowTitle() == "New meeting"
    assert editor.invitations.group_ids() == [city.ulg]  # the local group by default
    assert not editor.is_modified()

    qtbot.keyClicks(editor.title, "Problem tree workshop")
    qtbot.keyClick(editor.title, Qt.Key.Key_Y, ALT)
    assert focused() is editor.type
    qtbot.keyClick(editor.type, Qt.Key.Key_Down)  # thematic workshop
    qtbot.keyClick(editor.type, Qt.Key.Key_P, ALT)
    assert focused() is editor.place
    qtbot.keyClicks(editor.place, "Ratusz, sala 12")
    # Moving the start by a day moves the end with it.
    editor.start_date.setFocus()
    editor.start_date.setDate(QDate(2024, 3, 12))
    editor.start_date.userDateChanged.emit(QDate(2024, 3, 12))
    assert editor.end_date.date_value() == date(2024, 3, 12)
    assert editor.offset.text() == "UTC+01:00 on 12/03/2024"

    # Invitations: a person found by part of the name, with Enter.
    qtbot.keyClick(editor.place, Qt.Key.Key_I, ALT)
    assert editor.tabs.currentIndex() == 1
    qtbot.keyClick(editor.tabs, Qt.Key.Key_A, ALT)
    assert focused() is editor.invitations.picker
    qtbot.keyClicks(editor.invitations.picker, "zielin")
    assert editor.invitations.suggestions.rowCount() == 1
    qtbot.keyClick(editor.invitations.picker, Qt.Key.Key_Return)
    assert editor.invitations.person_ids() == [city.ewa]
    assert editor.invitations.picker.text() == ""
    assert editor.isVisible()  # Enter added the person and did not save
    assert not editor.invitations.completer.popup().isVisible()
    # The offscreen platform leaves the hidden suggestion list as the active window.
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    summary = editor.invitations.summary.text()
    assert "1 person invited by name" in summary
    assert "the groups add 1 more" in summary  # Jan joins the group only in 2030
    # Tick the board with the keyboard: Space on the current item.
    editor.invitations.groups.setFocus()
    board = editor.invitations.groups.topLevelItem(0)
    assert board.text(0) == "Steering board"
    editor.invitations.groups.setCurrentItem(board)
    qtbot.keyClick(editor.invitations.groups, Qt.Key.Key_Space)
    assert editor.invitations.group_ids() == sorted([city.ulg, city.board])

    # Agenda: Ctrl+Shift+A adds an item and opens its title; Tab goes on to the minutes.
    qtbot.keyClick(editor.invitations.groups, Qt.Key.Key_G, ALT)
    assert editor.tabs.currentIndex() == 2
    agenda = editor.agenda
    qtbot.keyClick(editor.tabs, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit))
    title_editor = focused()
    assert isinstance(title_editor, QLineEdit)
    qtbot.keyClicks(title_editor, "Problem tree")
    qtbot.keyClick(title_editor, Qt.Key.Key_Tab)
    minutes_editor = focused()
    assert isinstance(minutes_editor, QLineEdit)
    assert minutes_editor is not title_editor
    qtbot.keyClicks(minutes_editor, "80x")  # the x is not taken
    qtbot.keyClick(minutes_editor, Qt.Key.Key_Return)  # the view commits it a moment later
    qtbot.waitUntil(lambda: agenda.model.items()[0].planned_minutes == 80)
    assert agenda.model.rowCount() == 1
    # Insert on the table adds a second item below; typing starts editing its title.
    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_Insert)
    assert agenda.model.rowCount() == 2
    qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit))
    qtbot.keyClicks(focused(), "Welcome")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "10")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Anna Nowak")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: agenda.model.items()[1].presenter == "Anna Nowak")
    qtbot.waitUntil(lambda: focused() is agenda.table)
    assert agenda.table.currentIndex().row() == 1
    # Alt+Up moves "Welcome" to the top.
    qtbot.keyClick(agenda.table, Qt.Key.Key_Up, ALT)
    assert [item.title for item in agenda.model.items()] == ["Welcome", "Problem tree"]
    assert agenda.table.currentIndex().row() == 0
    assert agenda.total.text() == "Total 90 min of 120 min"
    assert agenda.total.property("over") is False

    # Tools: a known one ticked with Space, another typed in.
    qtbot.keyClick(agenda.table, Qt.Key.Key_O, ALT)
    assert editor.tabs.currentIndex() == 3
    tools = editor.tools
    tools.list.setFocus()
    tools.list.setCurrentRow(0)
    qtbot.keyClick(tools.list, Qt.Key.Key_Space)
    qtbot.keyClick(tools.list, Qt.Key.Key_H, ALT)
    assert focused() is tools.other
    qtbot.keyClicks(tools.other, "Lego Serious Play")
    qtbot.keyClick(tools.other, Qt.Key.Key_Return)
    assert tools.tools() == ["problem_tree", "Lego Serious Play"]
    assert editor.is_modified()

    # Ctrl+S saves and closes.
    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(tools.other, Qt.Key.Key_S, CTRL)
    assert editor.outcome is not None
    saved = stored_plan(database, "Problem tree workshop")
    assert saved.meeting.type == MeetingType.THEMATIC_WORKSHOP
    assert saved.meeting.place == "Ratusz, sala 12"
    assert saved.meeting.starts_at == datetime(2024, 3, 12, 16, 0)
    assert saved.meeting.ends_at == datetime(2024, 3, 12, 18, 0)
    assert saved.meeting.timezone == WARSAW
    assert saved.group_ids == sorted([city.ulg, city.board])
    assert saved.person_ids == sorted([city.anna, city.ewa])
    assert [(i.title, i.planned_minutes, i.presenter) for i in saved.agenda] == [
        ("Welcome", 10, "Anna Nowak"),
        ("Problem tree", 80, ""),
    ]
    assert saved.tools == ["problem_tree", "Lego Serious Play"]
    assert saved.meeting.retention_until == date(2029, 12, 31)


def test_agenda_over_the_meeting_length_is_flagged(
    qtbot: QtBot, database: Database, city: City
) -> None:
    editor = open_editor(qtbot, database, sample_plan(city))
    agenda = editor.agenda
    assert agenda.total.text() == "Total 90 min of 120 min"
    agenda.model.setData(agenda.model.index(1, AgendaColumn.MINUTES), "125")
    assert agenda.total.text() == "Total 135 min of 120 min — more than the meeting lasts"
    assert agenda.total.property("over") is True
    editor.end_time.setTime(QTime(19, 30))
    editor.end_time.userTimeChanged.emit(QTime(19, 30))
    assert agenda.total.text() == "Total 135 min of 150 min"
    # Alt+Up/Down belong to the agenda only while it is shown.
    assert not any(made.isEnabled() for made in agenda.page_shortcuts)
    editor.tabs.setCurrentIndex(2)
    assert all(made.isEnabled() for made in agenda.page_shortcuts)
    # Del on the table removes the current item.
    agenda.table.setCurrentIndex(agenda.model.index(0, 0))
    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_Delete)
    assert [item.title for item in agenda.model.items()] == ["Problem tree"]


def test_retention_default_follows_the_start(qtbot: QtBot, database: Database, city: City) -> None:
    editor = open_editor(qtbot, database, sample_plan(city))
    assert editor.retention.date_value() == date(2029, 12, 31)
    assert "five years" in editor.retention.toolTip()
    editor.start_date.setDate(QDate(2025, 1, 14))
    editor.start_date.userDateChanged.emit(QDate(2025, 1, 14))
    assert editor.retention.date_value() == date(2030, 12, 31)
    assert editor.end_date.date_value() == date(2025, 1, 14)
    # A date the user chose stays when the start moves again.
    editor.retention.set_date_value(date(2032, 6, 30))
    editor.start_date.setDate(QDate(2026, 2, 3))
    editor.start_date.userDateChanged.emit(QDate(2026, 2, 3))
    assert editor.retention.date_value() == date(2032, 6, 30)
    editor.default_retention.click()
    assert editor.retention.date_value() == date(2031, 12, 31)


def test_existing_meeting_shows_people_not_covered_by_groups(
    qtbot: QtBot, database: Database, city: City
) -> None:
    stored = mp.save_meeting_plan(database, sample_plan(city)).plan
    assert stored.person_ids == sorted([city.anna, city.ewa])
    editor = open_editor(qtbot, database, stored)
    assert editor.windowTitle() == "Problem tree workshop — meeting"
    # Anna is invited through the group, so only Ewa is listed by name.
    assert editor.invitations.person_ids() == [city.ewa]
    assert [item.title for item in editor.agenda.model.items()] == ["Welcome", "Problem tree"]
    assert editor.tools.tools() == ["problem_tree"]
    assert editor.local_start() == datetime(2024, 3, 12, 17, 0)
    assert not editor.is_modified()
    # Removing Ewa with Del, then saving, uninvites her.
    table = editor.invitations.table
    editor.tabs.setCurrentIndex(1)
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert editor.invitations.person_ids() == []
    outcome = editor.save()
    assert outcome is not None
    assert outcome.plan.person_ids == [city.anna]
    assert [row.person_id for row in outcome.removed] == [city.ewa]


@offscreen_popup
def test_picker_adds_the_suggestion_chosen_in_the_list(
    qtbot: QtBot, database: Database, city: City
) -> None:
    editor = open_editor(qtbot, database, sample_plan(city))
    editor.tabs.setCurrentIndex(1)
    picker = editor.invitations.picker
    picker.setFocus()
    qtbot.keyClicks(picker, "ur")  # Urząd Miejski: Anna Nowak and Łukasz Wójcik
    popup = editor.invitations.completer.popup()
    assert popup.isVisible()
    shown = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert shown == ["Anna Nowak — Urząd Miejski", "Łukasz Wójcik — Urząd Miejski"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert popup.currentIndex().row() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.invitations.person_ids() == sorted([city.ewa, city.lukasz])
    assert not popup.isVisible()
    assert picker.text() == ""
    # People already listed are not offered again.
    qtbot.keyClicks(picker, "wojcik")
    assert editor.invitations.suggestions.rowCount() == 0
    assert editor.isVisible()


# --- problems -----------------------------------------------------------------------------


def test_end_before_start_is_shown_beside_the_end(
    qtbot: QtBot, database: Database, city: City
) -> None:
    plan = sample_plan(city)
    editor = open_editor(qtbot, database, plan)
    before = table_counts(database)
    # Alt+E goes to the end date, Tab on to its time, where "16" is typed over the hour.
    qtbot.keyClick(editor.title, Qt.Key.Key_E, ALT)
    assert within(editor.end_date)
    for _ in range(3):  # Tab goes through the date's day, month and year first
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert within(editor.end_time)
    editor.end_time.setSelectedSection(QTimeEdit.Section.HourSection)
    qtbot.keyClicks(editor.end_time, "16")
    assert editor.local_end() == datetime(2024, 3, 12, 16, 0)
    assert editor.agenda.total.text() == "Total 90 min"
    editor.tabs.setCurrentIndex(3)
    assert editor.save() is None
    assert editor.messages.message_for("ends_at") == "The meeting ends before it starts."
    assert editor.findChild(QWidget, "problem_ends_at").isVisible()
    assert editor.tabs.currentIndex() == 0  # the tab with the problem came forward
    assert within(editor.end_time)
    assert table_counts(database) == before
    assert before["meeting"] == 0
    # Ctrl+Enter does not close the dialog while a problem stays.
    qtbot.keyClick(editor.end_time, Qt.Key.Key_Return, CTRL)
    assert editor.isVisible()
    assert editor.result() != QDialog.DialogCode.Accepted
    # Corrected, it saves.
    editor.end_time.setTime(QTime(18, 0))
    assert editor.save() is not None
    assert editor.messages.message_for("ends_at") == ""
    assert table_counts(database)["meeting"] == 1


def test_agenda_and_zone_problems_are_shown_where_they_are(
    qtbot: QtBot, database: Database, city: City
) -> None:
    editor = open_editor(qtbot, database, sample_plan(city))
    editor.zone.setCurrentText("Europe/Koszalin")
    assert editor.offset.text() == "Unknown time zone"
    editor.agenda.model.insert_item(1)
    assert editor.save() is None
    assert "Europe/Koszalin" in editor.messages.message_for("timezone")
    assert editor.agenda.model.problem_at(1, AgendaColumn.TITLE) == "This field is required."
    assert editor.agenda.problems.text() == "Item 2: This field is required."
    assert table_counts(database)["meeting"] == 0
    editor.zone.setCurrentText(WARSAW)
    editor.agenda.model.setData(editor.agenda.model.index(1, 0), "Coffee")
    assert editor.save() is not None
    assert editor.agenda.problems.isHidden()


def test_escape_asks_before_discarding_changes(
    qtbot: QtBot, database: Database, city: City, fake_dialogs: FakeDialogs
) -> None:
    editor = open_editor(qtbot, database, sample_plan(city))
    qtbot.keyClick(editor.title, Qt.Key.Key_Escape)  # nothing changed: closes at once
    assert not editor.isVisible()
    assert fake_dialogs.questions == []

    editor = open_editor(qtbot, database, sample_plan(city))
    qtbot.keyClicks(editor.title, " II")
    fake_dialogs.confirm_answer = False
    qtbot.keyClick(editor.title, Qt.Key.Key_Escape)
    assert editor.isVisible()
    assert len(fake_dialogs.questions) == 1
    fake_dialogs.confirm_answer = True
    qtbot.keyClick(editor.title, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert table_counts(database)["meeting"] == 0


# --- edit_meeting, undo and redo ----------------------------------------------------------


def test_edit_meeting_cancelled_returns_none(
    qtbot: QtBot, database: Database, city: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MeetingEditor, "exec", lambda self: QDialog.DialogCode.Rejected)
    stack = QUndoStack()
    assert edit_meeting(database, stack, None, None) is None
    assert stack.count() == 0
    assert table_counts(database)["meeting"] == 0


def test_new_meeting_undo_and_redo(
    qtbot: QtBot, database: Database, city: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(self: MeetingEditor) -> int:
        self.title.setText("ULG meeting 5")
        assert self.save() is not None
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MeetingEditor, "exec", fill)
    stack = QUndoStack()
    meeting_id = edit_meeting(database, stack, None, None)
    assert meeting_id is not None
    assert stack.count() == 1
    assert stack.undoText() == "Add meeting ULG meeting 5"
    plan = mp.load_meeting_plan(database, meeting_id)
    assert plan.person_ids == [city.anna]
    # Attendance recorded after the meeting was added goes and comes back with it.
    with database.session() as session:
        from lagdesk.db import models as m

        session.execute(
            sa.update(m.Attendance)
            .where(m.Attendance.meeting_id == meeting_id)
            .values(status=AttendanceStatus.ATTENDED)
        )
    stack.undo()
    assert table_counts(database)["meeting"] == 0
    assert table_counts(database)["attendance"] == 0
    stack.redo()
    again = mp.load_meeting_plan(database, meeting_id)
    assert again == plan
    assert store.find(database, r.Attendance, meeting_id=meeting_id)[0].status == (
        AttendanceStatus.ATTENDED
    )


def test_edit_undo_restores_the_previous_plan(
    qtbot: QtBot,
    database: Database,
    city: City,
    monkeypatch: pytest.MonkeyPatch,
    fake_dialogs: FakeDialogs,
) -> None:
    before = mp.save_meeting_plan(database, sample_plan(city)).plan
    meeting_id = before.meeting.id
    assert meeting_id is not None
    with database.session() as session:
        from lagdesk.db import models as m

        session.execute(
            sa.update(m.Attendance)
            .where(m.Attendance.person_id == city.ewa)
            .values(status=AttendanceStatus.REGISTERED)
        )
    before = mp.load_meeting_plan(database, meeting_id)

    def change(self: MeetingEditor) -> int:
        self.title.setText("Problem tree workshop (moved)")
        self.start_date.setDate(QDate(2024, 3, 14))
        self.start_date.userDateChanged.emit(QDate(2024, 3, 14))
        self.invitations.table.selectAll()
        self.invitations.remove_selected()  # Ewa, registered
        self.invitations.add_person(mp.people_by_id(database, [city.lukasz])[0])
        self.agenda.model.move_item(1, -1)
        self.tools.check("world_cafe")
        assert self.save() is not None
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MeetingEditor, "exec", change)
    stack = QUndoStack()
    assert edit_meeting(database, stack, meeting_id, None) == meeting_id
    assert stack.undoText() == "Edit meeting Problem tree workshop (moved)"
    after = mp.load_meeting_plan(database, meeting_id)
    assert after.meeting.starts_at == datetime(2024, 3, 14, 16, 0)
    assert after.meeting.ends_at == datetime(2024, 3, 14, 18, 0)
    assert after.person_ids == sorted([city.anna, city.lukasz])
    assert [item.title for item in after.agenda] == ["Problem tree", "Welcome"]
    assert after.tools == ["problem_tree", "world_cafe"]

    stack.undo()
    undone = mp.load_meeting_plan(database, meeting_id)
    assert undone.meeting == before.meeting
    assert undone.person_ids == before.person_ids
    assert undone.group_ids == before.group_ids
    assert undone.tools == before.tools
    assert [(i.id, i.title, i.position) for i in undone.agenda] == [
        (i.id, i.title, i.position) for i in before.agenda
    ]
    statuses = {a.person_id: a.status for a in store.find(database, r.Attendance)}
    assert statuses[city.ewa] == AttendanceStatus.REGISTERED

    stack.redo()
    assert mp.load_meeting_plan(database, meeting_id) == after
    stack.undo()
    assert mp.load_meeting_plan(database, meeting_id).meeting.title == "Problem tree workshop"
    assert fake_dialogs.errors == []


def test_an_unchanged_edit_does_not_enter_the_stack(
    qtbot: QtBot, database: Database, city: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = mp.save_meeting_plan(database, sample_plan(city)).plan
    assert stored.meeting.id is not None

    def accept(self: MeetingEditor) -> int:
        assert self.save() is not None
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MeetingEditor, "exec", accept)
    stack = QUndoStack()
    assert edit_meeting(database, stack, stored.meeting.id, None) == stored.meeting.id
    assert stack.count() == 0


def test_a_failing_undo_is_reported(
    qtbot: QtBot,
    database: Database,
    city: City,
    monkeypatch: pytest.MonkeyPatch,
    fake_dialogs: FakeDialogs,
) -> None:
    stored = mp.save_meeting_plan(database, sample_plan(city)).plan
    meeting_id = stored.meeting.id
    assert meeting_id is not None

    def rename(self: MeetingEditor) -> int:
        self.title.setText("Renamed")
        assert self.save() is not None
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MeetingEditor, "exec", rename)
    stack = QUndoStack()
    edit_meeting(database, stack, meeting_id, None)
    store.delete(database, r.Meeting, meeting_id)  # outside the stack
    stack.undo()
    assert len(fake_dialogs.errors) == 1
    assert str(meeting_id) in fake_dialogs.errors[0][1]


def test_edit_meeting_of_a_missing_meeting_shows_an_error(
    qtbot: QtBot, database: Database, fake_dialogs: FakeDialogs
) -> None:
    assert edit_meeting(database, QUndoStack(), 404, None) is None
    assert len(fake_dialogs.errors) == 1
    assert "404" in fake_dialogs.errors[0][1]


def test_editor_fits_and_scrolls(qtbot: QtBot, database: Database, city: City) -> None:
    editor = open_editor(qtbot, database, sample_plan(city))
    assert editor.width() <= 1000
    assert editor.height() <= 700
    editor.resize(editor.minimumSize())
    area = editor.tabs.widget(0)
    assert isinstance(area, QScrollArea)
    assert area.widget() is editor.details_page
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)


def test_undo_of_an_edit_keeps_minutes_typed_since(
    qtbot: QtBot, database: Database, city: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lagdesk.core.meetings import minutes as mn

    meeting_id = mp.save_meeting_plan(database, sample_plan(city)).plan.meeting.id
    assert meeting_id is not None

    def change(self: MeetingEditor) -> int:
        self.title.setText("Problem tree workshop (moved)")
        # Meanwhile (an import, another program) the meeting's notes change.
        found = store.get(database, r.Meeting, meeting_id)
        store.save(database, dataclasses.replace(found, notes="Bring the flip charts"))
        assert self.save() is not None
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MeetingEditor, "exec", change)
    stack = QUndoStack()
    assert edit_meeting(database, stack, meeting_id, None) == meeting_id
    now = store.get(database, r.Meeting, meeting_id)
    assert (now.title, now.notes) == ("Problem tree workshop (moved)", "Bring the flip charts")
    mn.save_minutes(database, meeting_id, "<p>Agreed on the problem tree</p>")
    stack.undo()
    now = store.get(database, r.Meeting, meeting_id)
    assert now.title == "Problem tree workshop"
    assert now.notes == "Bring the flip charts"
    assert "Agreed on the problem tree" in mn.minutes_html(database, meeting_id)


def test_a_title_changed_meanwhile_is_shown_beside_the_users(
    qtbot: QtBot,
    database: Database,
    city: City,
    monkeypatch: pytest.MonkeyPatch,
    fake_dialogs: FakeDialogs,
) -> None:
    meeting_id = mp.save_meeting_plan(database, sample_plan(city)).plan.meeting.id
    assert meeting_id is not None
    results: list[object] = []

    def change(self: MeetingEditor) -> int:
        self.title.setText("Moved workshop")
        found = store.get(database, r.Meeting, meeting_id)
        store.save(database, dataclasses.replace(found, title="Renamed by the import"))
        results.append(self.save())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(MeetingEditor, "exec", change)
    assert edit_meeting(database, QUndoStack(), meeting_id, None) is None
    assert results == [None]
    assert fake_dialogs.conflicts == [[("Title", "Renamed by the import", "Moved workshop")]]
    assert store.get(database, r.Meeting, meeting_id).title == "Renamed by the import"
