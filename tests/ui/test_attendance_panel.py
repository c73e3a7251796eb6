"""Attendance mode driven from the keyboard, as a coordinator does it in the room."""

from __future__ import annotations

import random
from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs

from lagdesk.core.meetings import attendance as att
from lagdesk.core.stakeholders.personal_data import erase_person
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import AttendanceStatus, Gender, MeetingType, Sector
from lagdesk.db.database import Database
from lagdesk.demo.names import POLISH_FEMALE, POLISH_INVARIANT_SURNAMES, POLISH_MALE
from lagdesk.ui.meetings.attendance_model import AttendanceModel
from lagdesk.ui.meetings.attendance_panel import AttendancePanel, without_mnemonic
from lagdesk.ui.meetings.attendance_window import open_attendance_window

ATTENDED, INVITED = AttendanceStatus.ATTENDED, AttendanceStatus.INVITED
EXCUSED, NO_SHOW = AttendanceStatus.EXCUSED, AttendanceStatus.NO_SHOW
CTRL = Qt.KeyboardModifier.ControlModifier
#: What the offscreen platform says when a completer pops up or a window is raised.
offscreen_noise = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


def add_meeting(database: Database, title: str = "Local group meeting 5") -> int:
    made = store.save(
        database,
        r.Meeting(
            type=MeetingType.LOCAL_GROUP_MEETING,
            title=title,
            starts_at=datetime(2024, 5, 14, 13, 0),
            timezone="Europe/Warsaw",
        ),
    )
    assert made.id is not None
    return made.id


def add_person(
    database: Database, first: str, last: str, organisation_id: int | None, gender: Gender
) -> int:
    made = store.save(
        database,
        r.Person(first_name=first, last_name=last, organisation_id=organisation_id, gender=gender),
    )
    assert made.id is not None
    return made.id


@pytest.fixture
def meeting(database: Database) -> dict[str, int]:
    """Five invited people: two Kowal... at two organisations, and three others."""
    ids = {"meeting": add_meeting(database)}
    poli = store.save(
        database, r.Organisation(name="Politechnika Koszalińska", sector=Sector.KNOWLEDGE)
    )
    city = store.save(database, r.Organisation(name="Urząd Miejski", sector=Sector.PUBLIC))
    assert poli.id is not None
    assert city.id is not None
    ids["poli"], ids["city"] = poli.id, city.id
    people = {
        "anna": ("Anna", "Kowalska", poli.id, Gender.FEMALE),
        "jan": ("Jan", "Kowalczyk", city.id, Gender.MALE),
        "lukasz": ("Łukasz", "Żukowski", city.id, Gender.MALE),
        "ewa": ("Ewa", "Ślusarczyk", None, Gender.FEMALE),
        "marek": ("Marek", "Nowak", poli.id, Gender.MALE),
    }
    for key, (first, last, organisation_id, gender) in people.items():
        ids[key] = add_person(database, first, last, organisation_id, gender)
    store.save_all(
        database,
        [r.Attendance(meeting_id=ids["meeting"], person_id=ids[key]) for key in people],
    )
    return ids


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def panel(
    qtbot: QtBot, database: Database, undo_stack: QUndoStack, meeting: dict[str, int]
) -> AttendancePanel:
    widget = AttendancePanel(database, undo_stack)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.set_meeting(meeting["meeting"])
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget.search)
    return widget


def status_of(database: Database, meeting_id: int, person_id: int) -> AttendanceStatus | None:
    rows = store.find(database, r.Attendance, meeting_id=meeting_id, person_id=person_id)
    return rows[0].status if rows else None


def shown_names(panel: AttendancePanel) -> list[str]:
    model = panel.shown
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def enter(widget: QWidget, qtbot: QtBot) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def enter_organisation(panel: AttendancePanel, qtbot: QtBot) -> None:
    """Enter in the organisation field; while the completer's list is open the keyboard
    is the list's, as on a real screen."""
    popup = panel.walk_in.completer.popup()
    enter(popup if popup.isVisible() else panel.walk_in.organisation, qtbot)


def type_text(widget: QWidget, qtbot: QtBot, text: str) -> None:
    """Key presses for ``text``; QTest's key clicks know ASCII only, so a letter such as
    "ó" is sent as a key event carrying its text, the way a Polish keyboard sends it."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def test_models_pass_the_model_tester(
    qtmodeltester: object, panel: AttendancePanel, qtbot: QtBot
) -> None:
    assert panel.model.rowCount() == panel.shown.rowCount() == 5
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    qtmodeltester.check(panel.shown)  # type: ignore[attr-defined]
    empty = AttendanceModel()
    empty.set_invitees([])
    qtmodeltester.check(empty)  # type: ignore[attr-defined]
    qtbot.keyClicks(panel.search, "kow")
    assert panel.shown.rowCount() == 2
    qtmodeltester.check(panel.shown)  # type: ignore[attr-defined]
    panel.model.set_invitees(panel.model.invitees()[:3])
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    qtmodeltester.check(panel.shown)  # type: ignore[attr-defined]


def test_list_shows_everyone_sorted_with_status_text(panel: AttendancePanel) -> None:
    assert shown_names(panel) == [
        "Kowalczyk, Jan",
        "Kowalska, Anna",
        "Nowak, Marek",
        "Ślusarczyk, Ewa",
        "Żukowski, Łukasz",
    ]
    assert panel.model.index(1, 1).data() == "Politechnika Koszalińska"
    assert panel.model.index(1, 2).data() == "Invited"
    assert panel.counts_bar.counts_label.text() == "0 present · 5 invited"
    assert panel.search.placeholderText() == "Type a name or organisation…"
    assert not panel.table.currentIndex().isValid()


def test_typing_filters_and_enter_marks_attended(
    panel: AttendancePanel, qtbot: QtBot, database: Database, meeting: dict[str, int]
) -> None:
    qtbot.keyClicks(panel.search, "kow pol")
    assert shown_names(panel) == ["Kowalska, Anna"]
    enter(panel.search, qtbot)
    assert status_of(database, meeting["meeting"], meeting["anna"]) is ATTENDED
    assert panel.counts_bar.counts_label.text() == "1 present · 5 invited"
    assert "Knowledge 1" in panel.counts_bar.sector_label.text()
    assert "Female 1" in panel.counts_bar.gender_label.text()
    # Ready for the next name: the box is empty, has the focus, and the list is whole again.
    assert panel.search.text() == ""
    assert QApplication.focusWidget() is panel.search
    assert panel.shown.rowCount() == 5
    row = panel.model.row_of_person(meeting["anna"])
    assert panel.model.index(row, 2).data() == "Attended"
    assert "Anna Kowalska" in panel.feedback.text()

    # Enter again on the same person changes nothing.
    qtbot.keyClicks(panel.search, "anna")
    enter(panel.search, qtbot)
    assert status_of(database, meeting["meeting"], meeting["anna"]) is ATTENDED
    assert panel.counts_bar.counts_label.text() == "1 present · 5 invited"
    assert "already" in panel.feedback.text()
    # An empty box with nobody chosen: Enter does nothing.
    enter(panel.search, qtbot)
    assert panel.counts_bar.counts_label.text() == "1 present · 5 invited"


def test_diacritics_and_down_enter_marks_the_second_match(
    panel: AttendancePanel, qtbot: QtBot, database: Database, meeting: dict[str, int]
) -> None:
    qtbot.keyClicks(panel.search, "KOWAL")
    assert shown_names(panel) == ["Kowalczyk, Jan", "Kowalska, Anna"]
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    enter(panel.search, qtbot)
    assert status_of(database, meeting["meeting"], meeting["anna"]) is ATTENDED
    assert status_of(database, meeting["meeting"], meeting["jan"]) is INVITED

    qtbot.keyClicks(panel.search, "zuk")
    assert shown_names(panel) == ["Żukowski, Łukasz"]
    # Down past the end stays on the last match; Up comes back.
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    qtbot.keyClick(panel.search, Qt.Key.Key_Up)
    enter(panel.search, qtbot)
    assert status_of(database, meeting["meeting"], meeting["lukasz"]) is ATTENDED
    assert panel.counts_bar.counts_label.text() == "2 present · 5 invited"


def test_shortcuts_mark_excused_no_show_and_back_to_invited(
    panel: AttendancePanel, qtbot: QtBot, database: Database, meeting: dict[str, int]
) -> None:
    meeting_id = meeting["meeting"]
    qtbot.keyClicks(panel.search, "nowak")
    qtbot.keyClick(panel.search, Qt.Key.Key_E, CTRL)
    assert status_of(database, meeting_id, meeting["marek"]) is EXCUSED
    assert panel.search.text() == ""
    assert "excused 1" in panel.counts_bar.details_label.text()

    qtbot.keyClicks(panel.search, "slus")
    qtbot.keyClick(panel.search, Qt.Key.Key_D, CTRL)
    assert status_of(database, meeting_id, meeting["ewa"]) is NO_SHOW
    assert "no-show 1" in panel.counts_bar.details_label.text()

    qtbot.keyClicks(panel.search, "ewa")
    qtbot.keyClick(panel.search, Qt.Key.Key_I, CTRL)
    assert status_of(database, meeting_id, meeting["ewa"]) is INVITED
    assert "no-show 0" in panel.counts_bar.details_label.text()


def test_enter_and_a_status_click_in_the_list(
    panel: AttendancePanel, qtbot: QtBot, database: Database, meeting: dict[str, int]
) -> None:
    qtbot.keyClicks(panel.search, "ur")  # Urząd Miejski: Jan and Łukasz
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    enter(panel.table, qtbot)
    assert status_of(database, meeting["meeting"], meeting["lukasz"]) is ATTENDED
    assert QApplication.focusWidget() is panel.search

    row = panel.shown.row_of_person(meeting["marek"])
    status_cell = panel.table.visualRect(panel.shown.index(row, AttendanceModel.Column.STATUS))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=status_cell.center())
    assert status_of(database, meeting["meeting"], meeting["marek"]) is ATTENDED
    assert panel.counts_bar.counts_label.text() == "2 present · 5 invited"


def test_undo_and_redo_a_status(
    panel: AttendancePanel,
    qtbot: QtBot,
    database: Database,
    meeting: dict[str, int],
    undo_stack: QUndoStack,
) -> None:
    qtbot.keyClicks(panel.search, "anna")
    enter(panel.search, qtbot)
    qtbot.keyClicks(panel.search, "anna")
    qtbot.keyClick(panel.search, Qt.Key.Key_E, CTRL)
    assert undo_stack.count() == 2
    assert undo_stack.undoText() == "Mark Anna Kowalska as Excused"
    undo_stack.undo()
    assert status_of(database, meeting["meeting"], meeting["anna"]) is ATTENDED
    assert panel.counts_bar.counts_label.text() == "1 present · 5 invited"
    undo_stack.undo()
    assert status_of(database, meeting["meeting"], meeting["anna"]) is INVITED
    assert panel.counts_bar.counts_label.text() == "0 present · 5 invited"
    row = panel.model.row_of_person(meeting["anna"])
    assert panel.model.index(row, 2).data() == "Invited"
    undo_stack.redo()
    assert status_of(database, meeting["meeting"], meeting["anna"]) is ATTENDED
    assert panel.counts_bar.counts_label.text() == "1 present · 5 invited"


@offscreen_noise
def test_unknown_name_becomes_a_walk_in_in_the_register(
    panel: AttendancePanel,
    qtbot: QtBot,
    database: Database,
    meeting: dict[str, int],
    undo_stack: QUndoStack,
) -> None:
    people = store.count(database, r.Person)
    type_text(panel.search, qtbot, "Tomasz Wróbel")
    assert panel.shown.rowCount() == 0
    assert panel.no_match.isVisible()
    enter(panel.search, qtbot)
    assert panel.walk_in.name.text() == "Tomasz Wróbel"
    assert QApplication.focusWidget() is panel.walk_in.organisation
    assert panel.search.text() == ""
    # An existing organisation, typed without its accents and capitals.
    qtbot.keyClicks(panel.walk_in.organisation, "politechnika koszalinska")
    assert not panel.walk_in.sector.isEnabled()
    enter_organisation(panel, qtbot)

    assert store.count(database, r.Person) == people + 1
    found = store.find(database, r.Person, last_name="Wróbel")
    assert [(p.first_name, p.organisation_id) for p in found] == [("Tomasz", meeting["poli"])]
    assert status_of(database, meeting["meeting"], found[0].id) is ATTENDED
    assert panel.counts_bar.counts_label.text() == "1 present · 5 invited"
    assert "Walk-ins 1" in panel.counts_bar.details_label.text()
    assert "Wróbel, Tomasz" in shown_names(panel)
    row = panel.model.row_of_person(found[0].id)
    assert panel.model.index(row, 2).data() == "Attended (walk-in)"
    assert panel.walk_in.name.text() == panel.walk_in.organisation.text() == ""
    assert QApplication.focusWidget() is panel.search

    undo_stack.undo()
    assert store.find(database, r.Person, last_name="Wróbel") == []
    assert store.count(database, r.Person) == people
    assert panel.counts_bar.counts_label.text() == "0 present · 5 invited"
    assert "Wróbel, Tomasz" not in shown_names(panel)
    undo_stack.redo()
    assert len(store.find(database, r.Person, last_name="Wróbel")) == 1
    assert "Wróbel, Tomasz" in shown_names(panel)


@offscreen_noise
def test_walk_in_with_a_new_organisation_asks_for_its_sector(
    panel: AttendancePanel,
    qtbot: QtBot,
    database: Database,
    meeting: dict[str, int],
    undo_stack: QUndoStack,
) -> None:
    organisations = store.count(database, r.Organisation)
    qtbot.keyClicks(panel.search, "Olga Lis")
    enter(panel.search, qtbot)
    qtbot.keyClicks(panel.walk_in.organisation, "Fundacja Pomorska")
    assert panel.walk_in.sector.isEnabled()
    enter_organisation(panel, qtbot)
    # Nothing stored yet: the sector is asked for, next to its field.
    assert store.count(database, r.Organisation) == organisations
    assert "sector" in panel.walk_in.messages.message_for("sector")
    assert QApplication.focusWidget() is panel.walk_in.sector
    # Down to "Civic" (Public, Private, Civic), Enter adds.
    for _ in range(3):
        qtbot.keyClick(panel.walk_in.sector, Qt.Key.Key_Down)
    assert panel.walk_in.chosen_sector() is Sector.CIVIC
    enter(panel.walk_in.sector, qtbot)
    made = store.find(database, r.Organisation, name="Fundacja Pomorska")
    assert [o.sector for o in made] == [Sector.CIVIC]
    assert "Civic 1" in panel.counts_bar.sector_label.text()
    # The completer knows the new organisation now.
    assert "Fundacja Pomorska" in panel.walk_in.organisation_names.stringList()
    undo_stack.undo()
    assert store.count(database, r.Organisation) == organisations
    assert store.find(database, r.Person, last_name="Lis") == []


@offscreen_noise
def test_walk_in_name_left_empty(panel: AttendancePanel, qtbot: QtBot, database: Database) -> None:
    people = store.count(database, r.Person)
    panel.walk_in.organisation.setFocus()
    type_text(panel.walk_in.organisation, qtbot, "Urząd Miejski")
    enter_organisation(panel, qtbot)
    assert store.count(database, r.Person) == people
    assert panel.walk_in.messages.message_for("name")
    assert QApplication.focusWidget() is panel.walk_in.name
    # Escape goes back to the search box.
    qtbot.keyClick(panel.walk_in.name, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is panel.search


def test_anonymous_counts_from_the_keyboard(
    panel: AttendancePanel,
    qtbot: QtBot,
    database: Database,
    meeting: dict[str, int],
    undo_stack: QUndoStack,
) -> None:
    # Alt+O (the group's mnemonic) reaches the grid's first cell; Tab walks the grid.
    qtbot.keyClick(panel.search, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    first = panel.anonymous.spins[(Sector.PUBLIC, Gender.FEMALE)]
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Up)
    qtbot.keyClick(first, Qt.Key.Key_Up)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    second = panel.anonymous.spins[(Sector.PUBLIC, Gender.MALE)]
    assert QApplication.focusWidget() is second
    unknown = panel.anonymous.spins[(None, Gender.UNKNOWN)]
    unknown.setFocus()
    unknown.selectAll()
    qtbot.keyClicks(unknown, "4")
    assert att.anonymous_counts(database, meeting["meeting"]) == {
        (Sector.PUBLIC, Gender.FEMALE): 2,
        (None, Gender.UNKNOWN): 4,
    }
    assert panel.counts_bar.counts_label.text() == "6 present · 5 invited"
    assert "Sector unknown 4" in panel.counts_bar.sector_label.text()
    # Two steps on one cell are one undo step.
    assert undo_stack.count() == 2
    undo_stack.undo()
    assert first.value() == 2
    assert unknown.value() == 0
    undo_stack.undo()
    assert first.value() == 0
    assert att.anonymous_counts(database, meeting["meeting"]) == {}
    assert panel.counts_bar.counts_label.text() == "0 present · 5 invited"


def test_marking_an_erased_person_shows_the_message(
    panel: AttendancePanel,
    qtbot: QtBot,
    database: Database,
    meeting: dict[str, int],
    fake_dialogs: FakeDialogs,
) -> None:
    erase_person(database, meeting["anna"])  # by someone else, after the list was read
    qtbot.keyClicks(panel.search, "anna")
    enter(panel.search, qtbot)
    assert len(fake_dialogs.errors) == 1
    assert "erased from the register" in fake_dialogs.errors[0][1]
    # The list is read again: she is gone from it.
    assert "Kowalska, Anna" not in shown_names(panel)
    assert panel.counts_bar.counts_label.text() == "0 present · 4 invited"


def test_no_meeting_is_an_empty_state(
    qtbot: QtBot, database: Database, undo_stack: QUndoStack
) -> None:
    widget = AttendancePanel(database, undo_stack)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.model.rowCount() == 0
    assert widget.empty_label.isVisible()
    assert not widget.content.isVisible()


@offscreen_noise
def test_the_window_of_its_own_closes_with_escape_and_ctrl_w(
    qtbot: QtBot, database: Database, undo_stack: QUndoStack, meeting: dict[str, int]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    window = open_attendance_window(database, undo_stack, meeting["meeting"], parent)
    qtbot.waitExposed(window)
    assert window.isWindow()
    assert window.windowTitle() == "Attendance — Local group meeting 5, 14/05/2024"
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.panel.model.rowCount() == 5
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.panel.search)
    qtbot.keyClicks(window.panel.search, "nowak")
    enter(window.panel.search, qtbot)
    assert status_of(database, meeting["meeting"], meeting["marek"]) is ATTENDED
    # Ctrl+Z in the empty search box is the meeting's undo, not the box's.
    qtbot.keyClick(window.panel.search, Qt.Key.Key_Z, CTRL)
    assert status_of(database, meeting["meeting"], meeting["marek"]) is INVITED
    # Escape in a box with text clears it; in an empty box it closes the window.
    qtbot.keyClicks(window.panel.search, "x")
    qtbot.keyClick(window.panel.search, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert window.panel.search.text() == ""
    qtbot.keyClick(window.panel.search, Qt.Key.Key_Escape)
    assert not window.isVisible()
    window.show_meeting(meeting["meeting"])
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.panel.search)
    qtbot.keyClick(window.panel.search, Qt.Key.Key_W, CTRL)
    assert not window.isVisible()


def test_three_hundred_invited(
    qtbot: QtBot, database: Database, undo_stack: QUndoStack, qtmodeltester: object
) -> None:
    rng = random.Random(4)
    meeting_id = add_meeting(database, "Open forum")
    organisations = store.save_all(
        database,
        [
            r.Organisation(name=f"Organizacja {n}", sector=rng.choice(list(Sector)))
            for n in range(1, 41)
        ],
    )
    people = []
    for _ in range(300):
        female = rng.random() < 0.5
        people.append(
            r.Person(
                first_name=rng.choice(POLISH_FEMALE if female else POLISH_MALE),
                last_name=rng.choice(POLISH_INVARIANT_SURNAMES),
                organisation_id=rng.choice(organisations).id,
                gender=Gender.FEMALE if female else Gender.MALE,
            )
        )
    saved = store.save_all(database, people)
    store.save_all(database, [r.Attendance(meeting_id=meeting_id, person_id=p.id) for p in saved])
    widget = AttendancePanel(database, undo_stack)
    qtbot.addWidget(widget)
    widget.set_meeting(meeting_id)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.model.rowCount() == 300
    assert widget.counts_bar.counts_label.text() == "0 present · 300 invited"
    qtmodeltester.check(widget.model)  # type: ignore[attr-defined]
    qtmodeltester.check(widget.shown)  # type: ignore[attr-defined]

    # Mark ten people, each found by the first letters of their surname and first name.
    marked: set[int] = set()
    for person in saved[:10]:
        assert person.id is not None
        typed = f"{person.last_name[:4]} {person.first_name[:3]}"
        type_text(widget.search, qtbot, typed)
        expected = att.matching(att.invitees(database, meeting_id), typed)
        assert [p.person_id for p in expected] == [p.person_id for p in widget.shown.shown()]
        target = next(i for i, p in enumerate(expected) if p.person_id == person.id)
        for _ in range(target):
            qtbot.keyClick(widget.search, Qt.Key.Key_Down)
        enter(widget.search, qtbot)
        marked.add(person.id)
        assert widget.search.text() == ""
    attended = {
        row.person_id
        for row in store.find(database, r.Attendance, meeting_id=meeting_id, status=ATTENDED)
    }
    assert attended == marked
    assert widget.counts_bar.counts_label.text() == "10 present · 300 invited"


@offscreen_noise
def test_walk_in_organisation_chosen_from_the_completer(
    panel: AttendancePanel, qtbot: QtBot, database: Database, meeting: dict[str, int]
) -> None:
    qtbot.keyClicks(panel.search, "Olga Lis")
    enter(panel.search, qtbot)
    qtbot.keyClicks(panel.walk_in.organisation, "poli")
    popup = panel.walk_in.completer.popup()
    assert popup.isVisible()
    # Down picks the suggestion; Enter takes it, and the next Enter adds the walk-in.
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    enter(popup, qtbot)
    assert panel.walk_in.organisation.text() == "Politechnika Koszalińska"
    assert store.find(database, r.Person, last_name="Lis") == []
    enter_organisation(panel, qtbot)
    found = store.find(database, r.Person, last_name="Lis")
    assert [(p.first_name, p.organisation_id) for p in found] == [("Olga", meeting["poli"])]


# --- wide and narrow ---------------------------------------------------------------------


def settle(qtbot: QtBot) -> None:
    qtbot.wait(10)
    QApplication.processEvents()


def below(upper: QWidget, lower: QWidget) -> bool:
    """``lower`` starts under the bottom of ``upper`` (both in the same window)."""
    top = lower.mapTo(lower.window(), lower.rect().topLeft()).y()
    bottom = upper.mapTo(upper.window(), upper.rect().bottomLeft()).y()
    return top > bottom


def beside(left: QWidget, right: QWidget) -> bool:
    start = right.mapTo(right.window(), right.rect().topLeft()).x()
    end = left.mapTo(left.window(), left.rect().topRight()).x()
    return start > end


def assert_side_uncut(panel: AttendancePanel) -> None:
    """The walk-in form and the anonymous grid are as wide as they want to be."""
    side = panel.side
    wanted = side.widget().sizeHint().width()
    assert side.viewport().width() >= wanted
    assert side.widget().width() >= wanted
    assert not side.horizontalScrollBar().isVisible()
    for box in side.widget().findChildren(QWidget):
        if box.isVisible() and box.parentWidget() is side.widget():
            assert box.width() >= box.minimumSizeHint().width()


def test_narrow_the_walk_in_and_the_grid_go_under_the_list(
    panel: AttendancePanel, qtbot: QtBot
) -> None:
    assert panel.width() >= panel.columns.side_by_side_width()
    assert panel.columns.is_side_by_side()
    assert beside(panel.list_column, panel.side)
    assert_side_uncut(panel)
    side_hint = panel.side.widget().sizeHint().width()
    # The Meetings page gives the tab about 550 pixels at a 1400-pixel window.
    panel.resize(560, 800)
    settle(qtbot)
    assert panel.width() < panel.columns.side_by_side_width()
    assert not panel.columns.is_side_by_side()
    assert below(panel.list_column, panel.side)
    assert panel.side.widget().sizeHint().width() <= panel.width()
    assert_side_uncut(panel)
    # The list keeps most of the height; the form and the grid scroll under it.
    assert panel.list_column.height() > panel.side.height() > 100
    assert panel.side.widget().sizeHint().width() == side_hint
    # A walk-in typed in the search box is carried to the form, which scrolls into view.
    qtbot.keyClicks(panel.search, "Olga Lis")
    enter(panel.search, qtbot)
    assert QApplication.focusWidget() is panel.walk_in.organisation
    field = panel.walk_in.organisation
    top = field.mapTo(panel.side.viewport(), field.rect().topLeft()).y()
    assert top >= 0
    assert top + field.height() <= panel.side.viewport().height()
    panel.resize(1300, 800)
    settle(qtbot)
    assert panel.columns.is_side_by_side()
    assert beside(panel.list_column, panel.side)
    assert_side_uncut(panel)


def test_a_handle_moved_by_hand_stays_until_the_layout_turns(
    panel: AttendancePanel, qtbot: QtBot
) -> None:
    panel.resize(560, 800)
    settle(qtbot)
    columns = panel.columns
    total = sum(columns.sizes())
    columns.splitterMoved.emit(total // 3, 1)  # what a drag of the handle says
    columns.setSizes([total // 3, total - total // 3])
    panel.resize(560, 700)
    settle(qtbot)
    assert columns.sizes()[0] < columns.sizes()[1]
    panel.resize(1300, 800)
    settle(qtbot)
    assert panel.columns.is_side_by_side()
    assert columns.sizes()[1] == panel.side.maximumWidth()


def test_the_headline_says_present_and_invited_apart(
    panel: AttendancePanel, database: Database, meeting: dict[str, int]
) -> None:
    """Walk-ins and people counted anonymously can make more present than invited."""
    att.set_anonymous_count(database, meeting["meeting"], Sector.CIVIC, Gender.FEMALE, 7)
    panel.reload()
    assert panel.counts_bar.counts_label.text() == "7 present · 5 invited"
    assert "counted anonymously 7" in panel.counts_bar.details_label.text()


def test_the_form_letters_can_be_taken_away_and_given_back(panel: AttendancePanel) -> None:
    box = panel.findChild(QWidget, "anonymous_counts")
    labels = [
        label.text()
        for label in panel.findChildren(QLabel)
        if label.buddy() in (panel.walk_in.name, panel.walk_in.organisation)
    ]
    assert sorted(labels) == ["N&ame:", "Or&ganisation:"]
    panel.set_side_mnemonics(False)
    assert box.title() == "Counted anonymously"
    texts = {label.text() for label in panel.findChildren(QLabel) if label.buddy() is not None}
    assert {"Name:", "Organisation:", "Sector:"} <= texts
    assert panel.walk_in.add_button.text() == "Add &walk-in"  # not in the form's rows
    panel.set_side_mnemonics(True)
    assert box.title() == "Counted an&onymously"


def test_without_mnemonic_keeps_plain_ampersands() -> None:
    assert without_mnemonic("Or&ganisation:") == "Organisation:"
    assert without_mnemonic("R&&D &budget") == "R&&D budget"
    assert without_mnemonic("No letter") == "No letter"
