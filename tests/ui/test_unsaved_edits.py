"""Nothing typed is lost without a question: quitting, opening another file and showing
another page ask about an edit that is not stored yet; Cancel keeps the user and the text."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import test_stakeholders_support as support
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from test_stakeholders_support import person_named
from uihelpers import FakeDialogs, add_network

from lagdesk.core import network
from lagdesk.core.indicators import library as indicators
from lagdesk.core.meetings import minutes as mn
from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import MeetingType
from lagdesk.demo import build_demo
from lagdesk.i18n import current_language
from lagdesk.ui.common.dialogs import Unsaved
from lagdesk.ui.common.formatting import to_qdate
from lagdesk.ui.indicators.page import IndicatorsPage
from lagdesk.ui.meetings import minutes_panel
from lagdesk.ui.meetings.minutes_models import DecisionTableModel
from lagdesk.ui.meetings.page import MeetingsPage
from lagdesk.ui.network.page import NetworkPage
from lagdesk.ui.shell.areas import Area
from lagdesk.ui.shell.main_window import MainWindow
from lagdesk.ui.shell.opening import open_file
from lagdesk.ui.stakeholders.page import StakeholdersPage

# The shared fixtures of the Stakeholders tests (a demo file).
demo_template = support.demo_template
demo_window = support.demo_window
page = support.page


@pytest.fixture
def typed(window: MainWindow) -> NetworkPage:
    """The Network page with a topic typed and not saved."""
    add_network(window)
    page = window.page(Area.NETWORK)
    assert isinstance(page, NetworkPage)
    page.refresh()
    page.form.topic.setText("Gender-responsive procurement")
    return page


def stored_topic(window: MainWindow) -> str:
    found = network.overview(window.database).network
    assert found is not None
    return found.topic


def test_quitting_asks_and_cancel_keeps_the_window_and_the_text(
    window: MainWindow, typed: NetworkPage, fake_dialogs: FakeDialogs
) -> None:
    fake_dialogs.save_answers.append(Unsaved.CANCEL)
    assert not window.close()
    assert [text for _title, text in fake_dialogs.save_questions] == [
        "Save changes to the network GenProcure? If you do not, they are lost."
    ]
    assert window.is_open
    assert typed.form.topic.text() == "Gender-responsive procurement"
    assert stored_topic(window) == ""

    fake_dialogs.save_answers.append(Unsaved.SAVE)
    topic = "Gender-responsive procurement"
    assert window.close()
    assert not window.is_open
    reopened = open_file(Path(window.windowFilePath()))
    try:
        found = network.overview(reopened.database).network
        assert found is not None
        assert found.topic == topic
    finally:
        reopened.close()


def test_discard_on_quit_drops_the_edit(
    window: MainWindow, typed: NetworkPage, fake_dialogs: FakeDialogs, city_path: Path
) -> None:
    fake_dialogs.save_answers.append(Unsaved.DISCARD)
    assert window.close()
    assert len(fake_dialogs.save_questions) == 1
    reopened = open_file(city_path)
    try:
        found = network.overview(reopened.database).network
        assert found is not None
        assert found.topic == ""
    finally:
        reopened.close()


def test_showing_another_page_asks_and_cancel_stays(
    window: MainWindow, typed: NetworkPage, fake_dialogs: FakeDialogs
) -> None:
    fake_dialogs.save_answers.append(Unsaved.CANCEL)
    window.show_area(Area.STAKEHOLDERS)
    assert len(fake_dialogs.save_questions) == 1
    assert window.stack.currentWidget() is typed
    assert window.sidebar.current_area() is Area.NETWORK
    assert typed.form.topic.text() == "Gender-responsive procurement"

    fake_dialogs.save_answers.append(Unsaved.SAVE)
    window.show_area(Area.STAKEHOLDERS)
    assert window.stack.currentWidget() is window.page(Area.STAKEHOLDERS)
    assert stored_topic(window) == "Gender-responsive procurement"
    assert not typed.has_unsaved_changes()
    window.show_area(Area.NETWORK)  # nothing left to ask about
    assert len(fake_dialogs.save_questions) == 2


def test_a_save_refused_on_the_way_out_keeps_the_user_on_the_page(
    window: MainWindow, typed: NetworkPage, fake_dialogs: FakeDialogs
) -> None:
    typed.form.name.clear()
    fake_dialogs.save_answers.append(Unsaved.SAVE)
    window.show_area(Area.MEETINGS)
    assert window.stack.currentWidget() is typed
    assert typed.form.messages.message_for("name") == "This field is required."


def test_opening_another_file_asks_first(
    window: MainWindow, typed: NetworkPage, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    first = window.current_path
    fake_dialogs.save_answers.append(Unsaved.CANCEL)
    assert not window.switch_file(tmp_path / "Other.sqlite", create=True)
    assert window.current_path == first
    assert not (tmp_path / "Other.sqlite").exists()
    assert typed.form.topic.text() == "Gender-responsive procurement"

    fake_dialogs.save_answers.append(Unsaved.SAVE)
    assert window.switch_file(tmp_path / "Other.sqlite", create=True)
    assert window.current_path == (tmp_path / "Other.sqlite").resolve()
    reopened = open_file(first)
    try:
        found = network.overview(reopened.database).network
        assert found is not None
        assert found.topic == "Gender-responsive procurement"
    finally:
        reopened.close()


def add_meeting(window: MainWindow) -> int:
    meeting = store.save(
        window.database,
        r.Meeting(
            type=MeetingType.LOCAL_GROUP_MEETING,
            title="Local group meeting",
            starts_at=datetime(2024, 3, 12, 9, 0),
            ends_at=datetime(2024, 3, 12, 12, 0),
            timezone="Europe/Warsaw",
        ),
    )
    assert meeting.id is not None
    return meeting.id


def test_minutes_the_autosave_could_not_store_are_asked_about(
    window: MainWindow, fake_dialogs: FakeDialogs, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(minutes_panel, "AUTOSAVE_MS", 60_000)
    meeting_id = add_meeting(window)
    window.show_area(Area.MEETINGS)
    page = window.page(Area.MEETINGS)
    assert isinstance(page, MeetingsPage)
    page.minutes.set_meeting(meeting_id)
    qtbot.keyClicks(page.minutes.editor.text, "Agreed to meet in May")
    monkeypatch.setattr(mn, "MAX_MINUTES_CHARS", 10)  # every save is refused now

    fake_dialogs.save_answers.append(Unsaved.CANCEL)
    assert not window.close()
    assert [text for _title, text in fake_dialogs.save_questions] == [
        "Save changes to the minutes? If you do not, they are lost."
    ]
    assert "Agreed to meet in May" in page.minutes.editor.text.toPlainText()

    monkeypatch.setattr(mn, "MAX_MINUTES_CHARS", 5_000_000)
    fake_dialogs.save_answers.append(Unsaved.SAVE)
    saved: list[str] = []
    monkeypatch.setattr(
        window, "shutdown", lambda: saved.append(mn.minutes_html(window.database, meeting_id))
    )
    assert window.close()
    assert "Agreed to meet in May" in saved[0]
    monkeypatch.undo()
    window.shutdown()


def test_new_scores_typed_in_the_matrix_are_asked_about(
    page: StakeholdersPage, demo_window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    page.tabs.setCurrentWidget(page.matrix)
    view = page.matrix.view
    assert view is not None
    database = demo_window.database
    anna = person_named(page, "Wójcik", "Agnieszka")
    view.select_row(view.model.row_of("person", anna.id))
    before = len(sh.assessment_history(database, person_id=anna.id))
    (typed,) = page.unsaved_parts()
    assert not typed.has_unsaved_changes()
    view.assessment.power.setValue(5)
    view.assessment.interest.setValue(1)

    fake_dialogs.save_answers.append(Unsaved.CANCEL)
    demo_window.show_area(Area.MEETINGS)
    assert [text for _title, text in fake_dialogs.save_questions] == [
        "Save changes to the scores of Agnieszka Wójcik? If you do not, they are lost."
    ]
    assert demo_window.stack.currentWidget() is page
    assert (view.assessment.power.value(), view.assessment.interest.value()) == (5, 1)

    fake_dialogs.save_answers.append(Unsaved.SAVE)
    demo_window.show_area(Area.MEETINGS)
    assert demo_window.stack.currentWidget() is demo_window.page(Area.MEETINGS)
    history = sh.assessment_history(database, person_id=anna.id)
    assert len(history) == before + 1
    assert (history[0].power, history[0].interest) == (5, 1)
    assert not typed.has_unsaved_changes()


def test_a_measurement_typed_and_not_added_is_asked_about(
    window: MainWindow, fake_dialogs: FakeDialogs, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_demo(window.database, "small", seed=1)
    window.show_area(Area.INDICATORS)
    page = window.page(Area.INDICATORS)
    assert isinstance(page, IndicatorsPage)
    page.select_row(0)
    row = page.results_model.record_at(0)
    assert row is not None
    indicator = row.indicator
    assert indicator.id is not None
    page.measurements.new_date.setDate(to_qdate(date(2026, 5, 1)))
    qtbot.keyClicks(page.measurements.new_value, "4242")

    fake_dialogs.save_answers.append(Unsaved.CANCEL)
    assert not window.close()
    ((_title, question),) = fake_dialogs.save_questions
    assert question.startswith(f"Save changes to the new measurement of {indicator.code}?")
    assert page.measurements.new_value.text() == "4242"

    fake_dialogs.save_answers.append(Unsaved.SAVE)
    values: list[float] = []

    def closing() -> None:
        rows = indicators.measurement_rows(window.database, indicator.id or 0)
        values.extend(row.measurement.value for row in rows)

    monkeypatch.setattr(window, "shutdown", closing)
    assert window.close()
    assert 4242 in values
    monkeypatch.undo()
    window.shutdown()


def test_a_table_cell_being_typed_is_stored_before_the_file_closes(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = add_meeting(window)
    mn.add_decision(window.database, meeting, "Adopt the checklist")
    window.show_area(Area.MEETINGS)
    page = window.page(Area.MEETINGS)
    assert isinstance(page, MeetingsPage)
    panel = page.minutes
    panel.set_meeting(meeting)
    page.detail_tabs.setCurrentWidget(panel)
    table = panel.decision_table
    table.setFocus()
    table.setCurrentIndex(panel.decision_model.index(0, DecisionTableModel.Column.TEXT))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Adopt the amended checklist")

    stored: list[str] = []
    monkeypatch.setattr(
        window,
        "shutdown",
        lambda: stored.extend(d.text for d in mn.decisions(window.database, meeting)),
    )
    assert window.close()
    assert stored == ["Adopt the amended checklist"]
    monkeypatch.undo()
    window.shutdown()


def test_a_walk_in_typed_and_not_added_is_asked_about(
    window: MainWindow, fake_dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id = add_meeting(window)
    window.show_area(Area.MEETINGS)
    page = window.page(Area.MEETINGS)
    assert isinstance(page, MeetingsPage)
    page.attendance.set_meeting(meeting_id)
    page.attendance.walk_in.name.setText("Jan Kowalski")

    fake_dialogs.save_answers.append(Unsaved.CANCEL)
    window.show_area(Area.NETWORK)
    assert [text for _title, text in fake_dialogs.save_questions] == [
        "Save changes to the walk-in Jan Kowalski? If you do not, they are lost."
    ]
    assert window.stack.currentWidget() is page
    assert page.attendance.walk_in.name.text() == "Jan Kowalski"

    fake_dialogs.save_answers.append(Unsaved.SAVE)
    window.show_area(Area.NETWORK)
    assert window.stack.currentWidget() is window.page(Area.NETWORK)
    (jan,) = store.find(window.database, r.Person, last_name="Kowalski")
    came = store.find(window.database, r.Attendance, meeting_id=meeting_id, person_id=jan.id)
    assert len(came) == 1


def test_choosing_another_stakeholder_asks_about_the_scores_typed(
    page: StakeholdersPage, demo_window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    page.tabs.setCurrentWidget(page.matrix)
    view = page.matrix.view
    assert view is not None
    database = demo_window.database
    anna = person_named(page, "Wójcik", "Agnieszka")
    view.select_row(view.model.row_of("person", anna.id))
    before = len(sh.assessment_history(database, person_id=anna.id))
    view.assessment.power.setValue(5)
    view.assessment.interest.setValue(1)
    other = next(row for row, p in enumerate(view.model.points) if p.id != anna.id)

    fake_dialogs.save_answers.append(Unsaved.CANCEL)
    view.select_row(other)
    assert len(fake_dialogs.save_questions) == 1
    assert view.table.currentIndex().row() == view.model.row_of("person", anna.id)
    assert (view.assessment.power.value(), view.assessment.interest.value()) == (5, 1)

    fake_dialogs.save_answers.append(Unsaved.SAVE)
    view.select_row(other)
    assert len(sh.assessment_history(database, person_id=anna.id)) == before + 1
    assert view.table.currentIndex().row() == other
    assert view.assessment_box.title().endswith(view.model.points[other].name)
    assert not page.unsaved_parts()[0].has_unsaved_changes()


def test_another_language_asks_first_because_the_pages_are_built_again(
    window: MainWindow, typed: NetworkPage, fake_dialogs: FakeDialogs
) -> None:
    polish = next(
        action
        for action in window.findChildren(QAction)
        if action.data() == "pl" and action.actionGroup() is not None
    )
    fake_dialogs.save_answers.append(Unsaved.CANCEL)
    polish.trigger()
    assert len(fake_dialogs.save_questions) == 1
    assert current_language() == "en"
    assert not polish.isChecked()
    assert window.page(Area.NETWORK) is typed
    assert typed.form.topic.text() == "Gender-responsive procurement"


def test_choosing_another_meeting_asks_about_the_walk_in_typed(
    window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    first = add_meeting(window)
    second = add_meeting(window)
    window.show_area(Area.MEETINGS)
    page = window.page(Area.MEETINGS)
    assert isinstance(page, MeetingsPage)
    page.select_meeting(first)
    page.attendance.walk_in.name.setText("Jan Kowalski")

    views = page.views

    def click(meeting_id: int) -> None:
        """Pick a meeting in the list, as a click on its row does."""
        views.table.selectRow(views.list_model.row_of(meeting_id))

    def selected() -> int | None:
        rows = views.table.selectionModel().selectedRows()
        return views.list_model.id_at(rows[0].row()) if rows else None

    fake_dialogs.save_answers.append(Unsaved.CANCEL)
    click(second)
    assert [text for _title, text in fake_dialogs.save_questions] == [
        "Save changes to the walk-in Jan Kowalski? If you do not, they are lost."
    ]
    assert page.current_meeting_id == first
    assert selected() == first
    assert page.attendance.walk_in.name.text() == "Jan Kowalski"

    fake_dialogs.save_answers.append(Unsaved.SAVE)
    click(second)
    assert selected() == second
    assert page.current_meeting_id == second
    (jan,) = store.find(window.database, r.Person, last_name="Kowalski")
    assert store.find(window.database, r.Attendance, meeting_id=first, person_id=jan.id)
    assert page.attendance.walk_in.name.text() == ""


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
def test_closing_the_attendance_window_asks_about_the_walk_in_typed(
    window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    meeting_id = add_meeting(window)
    window.show_area(Area.MEETINGS)
    page = window.page(Area.MEETINGS)
    assert isinstance(page, MeetingsPage)
    page.select_meeting(meeting_id)
    page.attendance_mode()
    attendance = page.attendance_window
    assert attendance is not None
    attendance.panel.walk_in.name.setText("Ewa Nowak")

    fake_dialogs.save_answers.append(Unsaved.CANCEL)
    attendance.close()
    assert attendance.isVisible()
    assert attendance.panel.walk_in.name.text() == "Ewa Nowak"

    fake_dialogs.save_answers.append(Unsaved.SAVE)
    attendance.close()
    assert not attendance.isVisible()
    assert len(fake_dialogs.save_questions) == 2
    (ewa,) = store.find(window.database, r.Person, last_name="Nowak")
    assert store.find(window.database, r.Attendance, meeting_id=meeting_id, person_id=ewa.id)


def typed_scores_for(page: StakeholdersPage, last: str, first: str) -> tuple[object, int]:
    """The matrix with new scores and a note typed for a stakeholder, not saved."""
    page.tabs.setCurrentWidget(page.matrix)
    view = page.matrix.view
    assert view is not None
    person = person_named(page, last, first)
    assert person.id is not None
    view.select_row(view.model.row_of("person", person.id))
    view.assessment.power.setValue(5)
    view.assessment.interest.setValue(1)
    view.assessment.note.setText("new head of unit")
    return view, person.id


def test_the_matrix_read_again_keeps_the_scores_typed(
    page: StakeholdersPage, demo_window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    """An undo elsewhere reads the matrix again: the scores typed stay."""
    view, anna = typed_scores_for(page, "Wójcik", "Agnieszka")
    view.refresh()
    assert view.table.currentIndex().row() == view.model.row_of("person", anna)
    assert (view.assessment.power.value(), view.assessment.interest.value()) == (5, 1)
    assert view.assessment.note.text() == "new head of unit"
    assert fake_dialogs.save_questions == []


def test_a_filter_that_hides_the_stakeholder_asks_about_the_scores_typed(
    page: StakeholdersPage, demo_window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    view, anna = typed_scores_for(page, "Wójcik", "Agnieszka")
    database = demo_window.database
    before = len(sh.assessment_history(database, person_id=anna))
    hiding = next(
        index
        for index in range(1, view.group.count())
        if all(
            point.id != anna
            for point in sh.matrix_points(database, view.kind, view.group.itemData(index))
        )
    )

    fake_dialogs.save_answers.append(Unsaved.CANCEL)
    view.group.setCurrentIndex(hiding)
    assert len(fake_dialogs.save_questions) == 1
    assert view.assessment_box.isEnabled()
    assert (view.assessment.power.value(), view.assessment.interest.value()) == (5, 1)

    fake_dialogs.save_answers.append(Unsaved.SAVE)
    view.group.setCurrentIndex(0)
    view.group.setCurrentIndex(hiding)
    assert len(sh.assessment_history(database, person_id=anna)) == before + 1
    latest = sh.assessment_history(database, person_id=anna)[0]  # newest first
    assert (latest.power, latest.interest) == (5, 1)
