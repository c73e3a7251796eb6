"""The Meetings page on a copy of the small demo: filters, list, month, overview, files.

The meeting editor is another module; these tests replace the page's ``open_editor`` with
a recorder, so they do not depend on it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs

from lagdesk.core.meetings import overview as mt
from lagdesk.core.stakeholders import register as sh
from lagdesk.db.codes import MeetingType
from lagdesk.db.database import open_database
from lagdesk.demo import build_demo
from lagdesk.ui.common.formatting import to_qdate
from lagdesk.ui.common.models import ID_ROLE
from lagdesk.ui.meetings import meetings_controller
from lagdesk.ui.meetings.list_model import DATE, PRESENT, TIME, TITLE, TYPE, MeetingListModel
from lagdesk.ui.meetings.page import MeetingsPage
from lagdesk.ui.shell.areas import Area
from lagdesk.ui.shell.main_window import MainWindow
from lagdesk.ui.shell.opening import open_file
from tests.integration.pdftext import has, pdf_text

#: The demo's two-day transnational meeting in Vila Nova de Famalicão (Europe/Lisbon).
FAMALICAO = "Spotkanie sieci GenProcure w Vila Nova de Famalicão"
FAMALICAO_DATES = "17/09/2024 – 18/09/2024"


@pytest.fixture(scope="session")
def meetings_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("meetings-demo") / "Koszalin-demo.sqlite"
    database = open_database(path)
    try:
        build_demo(database, "small", seed=1)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    return path


class EditorRecorder:
    """Stands in for the meeting editor: records the ids asked for, answers ``result``."""

    def __init__(self) -> None:
        self.calls: list[int | None] = []
        self.result: int | None = None

    def __call__(self, database: object, undo_stack: object, meeting_id: int | None, parent):
        self.calls.append(meeting_id)
        return self.result if self.result is not None else None


@pytest.fixture
def editor(monkeypatch: pytest.MonkeyPatch) -> EditorRecorder:
    recorder = EditorRecorder()
    monkeypatch.setattr(meetings_controller, "open_editor", recorder)
    return recorder


@pytest.fixture
def demo_window(
    qtbot: QtBot, tmp_path: Path, meetings_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setenv("TZ", "Europe/Warsaw")  # the computer is in Koszalin
    path = tmp_path / "Koszalin.sqlite"
    shutil.copyfile(meetings_demo, path)
    main = MainWindow(open_file(path))
    qtbot.addWidget(main)
    main.resize(1400, 860)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.shutdown()


@pytest.fixture
def page(demo_window: MainWindow, editor: EditorRecorder) -> MeetingsPage:
    demo_window.show_area(Area.MEETINGS)
    found = demo_window.page(Area.MEETINGS)
    assert isinstance(found, MeetingsPage)
    return found


def database_of(page: MeetingsPage):
    return page._database


def titles(page: MeetingsPage) -> list[str]:
    model = page.views.list_model
    return [model.index(row, TITLE).data() for row in range(model.rowCount())]


def meeting_id(page: MeetingsPage, title: str) -> int:
    found = [row.id for row in mt.meeting_rows(database_of(page)) if row.title == title]
    assert len(found) == 1, found
    return found[0]


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


# --- the page and the list -----------------------------------------------------------------


def test_the_area_opens_the_meetings_page_newest_first(page: MeetingsPage) -> None:
    assert page.objectName() == "meetings_page"
    rows = mt.meeting_rows(database_of(page))
    assert len(rows) == 12
    assert page.views.list_model.ids == [row.id for row in rows]
    assert page.views.count_label.text() == "12 meetings"
    assert page.detail_tabs.count() >= 1
    assert page.detail_tabs.widget(0) is page.overview
    assert page.current_meeting_id is None
    assert not page.edit_button.isEnabled()
    assert not page.sign_in_button.isEnabled()


def test_the_list_model_passes_the_model_tester(page: MeetingsPage, qtmodeltester) -> None:
    qtmodeltester.check(page.views.list_model)
    for column in range(page.views.list_model.columnCount()):
        page.views.list_model.sort(column, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(page.views.list_model)
    empty = MeetingListModel()
    qtmodeltester.check(empty)


def test_times_are_in_the_meetings_zone_with_its_name_when_foreign(page: MeetingsPage) -> None:
    model = page.views.list_model
    famalicao = model.row_of(meeting_id(page, FAMALICAO))
    assert model.index(famalicao, TIME).data() == "09:00–16:00 WEST"
    assert "Europe/Lisbon" in model.index(famalicao, TIME).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(famalicao, DATE).data() == "17/09/2024 – 18/09/2024"
    kickoff = model.row_of(meeting_id(page, "Spotkanie inaugurujące Grupę URBACT GenProcure"))
    assert model.index(kickoff, TIME).data() == "16:00–18:30"  # Warsaw, like the computer
    assert model.index(kickoff, DATE).data() == "26/09/2023"
    assert model.index(kickoff, 2).data() == "Local group meeting"
    assert model.index(kickoff, 0).data(ID_ROLE) == model.ids[kickoff]


def test_headers_sort_by_value(page: MeetingsPage) -> None:
    table = page.views.table
    page.select_meeting(meeting_id(page, FAMALICAO))
    table.sortByColumn(PRESENT, Qt.SortOrder.AscendingOrder)
    present = [row.present for row in page.views.list_model.rows]
    assert present == sorted(present)
    assert present[0] < present[-1]
    table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    starts = [row.starts_local for row in page.views.list_model.rows]
    assert starts == sorted(starts)
    # The selection follows the meeting, not the row.
    selected = table.selectionModel().selectedRows()
    assert [page.views.list_model.id_at(index.row()) for index in selected] == [
        meeting_id(page, FAMALICAO)
    ]


def settle(qtbot: QtBot) -> None:
    qtbot.wait(10)
    QApplication.processEvents()


def test_the_list_columns_fit_their_values_and_the_title_takes_the_rest(
    page: MeetingsPage, demo_window: MainWindow, qtbot: QtBot
) -> None:
    table = page.views.table
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    model = page.views.list_model

    def longest(column: int) -> int:
        texts = [model.index(row, column).data() for row in range(model.rowCount())]
        return max(metrics.horizontalAdvance(text) for text in texts)

    def shown() -> list[int]:
        return [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]

    # At 1400 pixels the title keeps a readable width; no column is cut or scrolls away.
    assert table.viewport().width() < 700
    assert {DATE, TYPE, TITLE, PRESENT} <= set(shown())
    assert header.sectionSize(TITLE) >= table.title_minimum()
    assert sum(header.sectionSize(c) for c in shown()) == table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    for column in set(shown()) - {TITLE}:
        width = header.sectionSize(column)
        assert width > longest(column), column  # nothing cut
        assert width <= max(longest(column) + 30, header.sectionSizeHint(column)), column
    # The date is as wide as the longest date listed (a two-day meeting), not wider.
    assert header.sectionSize(DATE) <= longest(DATE) + 30
    # With room, the columns that gave way come back, and the title still takes the rest.
    demo_window.resize(2400, 900)
    settle(qtbot)
    assert shown() == list(range(model.columnCount()))
    assert header.sectionSize(TITLE) >= longest(TITLE)
    assert header.sectionSize(TIME) > longest(TIME)
    # Filtered down to short titles, the columns follow the new values.
    demo_window.resize(1400, 860)
    settle(qtbot)
    page.filters.type_combo.setCurrentIndex(
        page.filters.type_combo.findData(MeetingType.WEBINAR.value)
    )
    settle(qtbot)
    assert model.rowCount() == 1
    assert header.sectionSize(DATE) < metrics.horizontalAdvance(FAMALICAO_DATES)


def test_the_page_fits_a_laptop_window(
    page: MeetingsPage, demo_window: MainWindow, qtbot: QtBot
) -> None:
    """Every view and tab fits the main window's first size, 1100 by 720 pixels."""
    page.select_meeting(meeting_id(page, "Dzień dialogu z dostawcami: catering i sprzątanie"))
    demo_window.resize(1100, 720)
    for view in range(page.views.count()):
        page.views.setCurrentIndex(view)
        for tab in range(page.detail_tabs.count()):
            page.detail_tabs.setCurrentIndex(tab)
            settle(qtbot)
            assert demo_window.width() == 1100, (view, tab)
    assert page.minimumSizeHint().width() + demo_window.sidebar.width() < 1100


def test_the_participation_titles_are_readable(page: MeetingsPage, qtbot: QtBot) -> None:
    """Filled as its tab first shows, the table measures every title, not the rows that
    happen to be laid out yet."""
    page.views.setCurrentWidget(page.views.participation)
    settle(qtbot)
    table = page.views.participation.meetings_table
    column = 1
    texts = [table.model().index(row, column).data() for row in range(12)]
    metrics = table.fontMetrics()
    shortest = min(metrics.horizontalAdvance(text) for text in texts)
    assert table.horizontalHeader().sectionSize(column) > shortest


def test_filter_by_type_narrows_the_list(page: MeetingsPage) -> None:
    combo = page.filters.type_combo
    assert combo.itemText(0) == "All types"
    combo.setCurrentIndex(combo.findData(MeetingType.CO_DESIGN_WORKSHOP.value))
    rows = page.views.list_model.rows
    assert len(rows) == 2
    assert {row.type for row in rows} == {MeetingType.CO_DESIGN_WORKSHOP}
    assert page.views.count_label.text() == "2 meetings"
    click_clear = page.clear_button
    click_clear.click()
    assert page.views.list_model.rowCount() == 12
    assert combo.currentIndex() == 0


def test_filter_by_dates_and_group(page: MeetingsPage) -> None:
    page.filters.from_date.set_date_value(date(2024, 1, 1))
    page.filters.to_date.set_date_value(date(2024, 12, 31))
    rows = page.views.list_model.rows
    assert {row.first_day.year for row in rows} == {2024}
    assert len(rows) == 7
    page.filters.to_date.set_date_value(None)
    assert len(page.views.list_model.rows) == 9
    tree = sh.group_tree(database_of(page))
    working_group = next(child for node in tree for child in node.children)
    index = page.filters.group_combo.findData(working_group.id)
    assert page.filters.group_combo.itemText(index).startswith("    ")  # indented under its parent
    page.filters.group_combo.setCurrentIndex(index)
    expected = mt.meeting_rows(
        database_of(page), mt.MeetingFilter(start=date(2024, 1, 1), group_id=working_group.id)
    )
    assert page.views.list_model.ids == [row.id for row in expected]
    assert 0 < len(expected) < 9


def test_search_after_a_pause_and_ctrl_f(page: MeetingsPage, qtbot: QtBot) -> None:
    page.views.table.setFocus()
    qtbot.keySequence(page.views.table, QKeySequence(QKeySequence.StandardKey.Find))
    qtbot.waitUntil(page.search.hasFocus, timeout=2000)
    qtbot.keyClicks(page.search, "gazeta")
    qtbot.waitUntil(lambda: page.views.list_model.rowCount() == 1, timeout=2000)
    assert titles(page) == ["Warsztat: Gazeta jutra – Koszalin 2030"]
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.views.table.hasFocus()
    assert page.current_meeting_id == page.views.list_model.ids[0]


# --- selection and overview ----------------------------------------------------------------


def test_selecting_a_meeting_shows_its_overview(page: MeetingsPage, qtbot: QtBot) -> None:
    overview = page.overview
    assert not overview.isEnabled()
    assert "Select a meeting" in overview.plain_text()
    famalicao = meeting_id(page, FAMALICAO)
    row = page.views.list_model.row_of(famalicao)
    page.views.table.setFocus()
    page.views.table.selectRow(row)
    assert page.current_meeting_id == famalicao
    assert overview.isEnabled()
    text = overview.plain_text()
    summary = mt.meeting_summary(database_of(page), famalicao)
    assert FAMALICAO in text
    assert "Transnational meeting" in text
    assert "Europe/Lisbon (WEST, UTC+01:00)" in text
    assert "08:00–15:00" not in text  # Warsaw is WEST+1: 10:00–17:00 on the computer
    assert "10:00–17:00 on 17/09/2024 in this computer's time zone" in text
    assert summary.agenda[0].title in text
    assert f"{summary.planned_minutes} min" in text
    assert "Peer review" in text
    assert "31/12/2031" in text
    assert page.edit_button.isEnabled()
    assert page.sign_in_button.isEnabled()


def test_tools_are_shown_by_name(page: MeetingsPage) -> None:
    page.select_meeting(meeting_id(page, "Warsztat: projektowanie działań planu"))
    assert "Dot voting, Power/interest matrix, World café" in page.overview.plain_text()


def test_the_online_link_is_a_link(page: MeetingsPage) -> None:
    webinar = next(row for row in page.views.list_model.rows if row.online_link)
    page.select_meeting(webinar.id)
    assert f'href="{webinar.online_link}"' in page.overview.browser.toHtml()
    assert page.overview.browser.openExternalLinks()


def test_enter_and_double_click_open_the_editor(
    page: MeetingsPage, qtbot: QtBot, editor: EditorRecorder
) -> None:
    first = page.views.list_model.ids[0]
    page.views.table.setFocus()
    page.select_meeting(first)
    qtbot.keyClick(page.views.table, Qt.Key.Key_Return)
    assert editor.calls == [first]
    second = page.views.list_model.ids[1]
    rect = page.views.table.visualRect(page.views.list_model.index(1, TITLE))
    viewport = page.views.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.calls == [first, second]
    click(qtbot, page.edit_button)
    assert editor.calls[-1] == second


def test_ctrl_n_inside_the_page_is_a_new_meeting(
    page: MeetingsPage, qtbot: QtBot, editor: EditorRecorder
) -> None:
    page.views.table.setFocus()
    qtbot.keyClick(page.views.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.calls == [None]


def test_a_saved_meeting_is_selected_even_when_the_filters_hid_it(
    page: MeetingsPage, qtbot: QtBot, editor: EditorRecorder
) -> None:
    hidden = meeting_id(page, FAMALICAO)
    page.filters.type_combo.setCurrentIndex(
        page.filters.type_combo.findData(MeetingType.WEBINAR.value)
    )
    assert hidden not in page.views.list_model.ids
    editor.result = hidden
    click(qtbot, page.new_button)
    assert page.filters.type_combo.currentIndex() == 0
    assert page.current_meeting_id == hidden


# --- the month -----------------------------------------------------------------------------


def test_the_month_marks_meeting_days(page: MeetingsPage, qtbot: QtBot) -> None:
    page.select_meeting(meeting_id(page, FAMALICAO))
    page.views.setCurrentWidget(page.views.month)
    calendar = page.views.month.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2024, 9)
    assert page.views.month.selected_day() == date(2024, 9, 17)
    for day in (17, 18):
        marked = calendar.dateTextFormat(QDate(2024, 9, day))
        assert marked.fontWeight() == QFont.Weight.Bold
        assert FAMALICAO in marked.toolTip()
    assert calendar.dateTextFormat(QDate(2024, 9, 19)).fontWeight() != QFont.Weight.Bold
    # The tooltip reaches the grid's cells.
    grid = calendar.findChild(QTableView)
    model = grid.model()
    tips = [
        model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    assert sum(1 for tip in tips if tip and FAMALICAO in tip) == 2
    assert page.views.month.day_list.count() == 1
    assert FAMALICAO in page.views.month.day_list.item(0).text()
    assert page.views.month.current_meeting_id() == page.current_meeting_id


def test_page_keys_change_the_month_and_a_day_selects_its_meeting(
    page: MeetingsPage, qtbot: QtBot
) -> None:
    page.select_meeting(meeting_id(page, FAMALICAO))
    page.views.setCurrentWidget(page.views.month)
    calendar = page.views.month.calendar
    grid = calendar.findChild(QTableView)
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert (calendar.yearShown(), calendar.monthShown()) == (2024, 10)
    october = mt.meetings_by_day(database_of(page), 2024, 10)
    assert list(page.views.month.days) == list(october) != []
    workshop_day = next(iter(october))
    calendar.setSelectedDate(to_qdate(workshop_day))
    expected = october[workshop_day][0]
    assert page.views.month.current_meeting_id() == expected.id
    assert page.current_meeting_id == expected.id
    assert expected.title in page.overview.plain_text()
    # The list follows: its selected row is that meeting.
    selected = page.views.table.selectionModel().selectedRows()
    assert [page.views.list_model.id_at(index.row()) for index in selected] == [expected.id]
    # An empty day selects nothing.
    calendar.setSelectedDate(QDate(2024, 10, 1))
    assert page.current_meeting_id is None
    assert page.views.month.day_heading.text() == "No meetings on 01/10/2024."
    qtbot.keyClick(page.views.month.day_list, Qt.Key.Key_PageUp)
    assert (calendar.yearShown(), calendar.monthShown()) == (2024, 9)
    page.views.month.today_button.click()
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)


def test_the_month_follows_the_filters(page: MeetingsPage) -> None:
    page.select_meeting(meeting_id(page, FAMALICAO))
    page.views.setCurrentWidget(page.views.month)
    page.filters.type_combo.setCurrentIndex(
        page.filters.type_combo.findData(MeetingType.WEBINAR.value)
    )
    calendar = page.views.month.calendar
    assert calendar.dateTextFormat(QDate(2024, 9, 17)).fontWeight() != QFont.Weight.Bold
    assert page.views.month.days == {}


# --- panels --------------------------------------------------------------------------------


class RecordingPanel(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.meetings: list[int | None] = []

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meetings.append(meeting_id)


def test_added_panels_follow_the_selection_and_their_changes_refresh_counts(
    page: MeetingsPage,
) -> None:
    panel = RecordingPanel()
    page.add_panel(panel, "&Attendance")
    assert page.detail_tabs.tabText(page.detail_tabs.count() - 1) == "&Attendance"
    assert panel.meetings == [None]
    famalicao = meeting_id(page, FAMALICAO)
    page.select_meeting(famalicao)
    assert panel.meetings == [None, famalicao]
    # A panel writes (here: behind the page's back) and says so: the counts follow.
    from lagdesk.core.support import records as r
    from lagdesk.core.support import store

    store.save(database_of(page), r.AnonymousAttendance(meeting_id=famalicao, count=4))
    before = page.views.list_model.rows[page.views.list_model.row_of(famalicao)].present
    panel.changed.emit()
    after = page.views.list_model.rows[page.views.list_model.row_of(famalicao)].present
    assert after == before + 4
    assert page.current_meeting_id == famalicao
    assert "Counted anonymously" in page.overview.plain_text()


def test_changes_made_while_the_page_is_hidden_show_when_it_comes_back(
    page: MeetingsPage, demo_window: MainWindow
) -> None:
    first = page.views.list_model.ids[0]
    demo_window.show_area(Area.STAKEHOLDERS)
    assert not page.isVisible()
    mt.delete_meeting(database_of(page), first)
    demo_window.undo_stack.push(QUndoCommand("A change elsewhere"))
    assert page.views.list_model.rowCount() == 12  # not read while hidden
    demo_window.show_area(Area.MEETINGS)
    assert page.views.list_model.rowCount() == 11
    assert first not in page.views.list_model.ids


# --- deleting ------------------------------------------------------------------------------


def test_delete_asks_and_undo_brings_the_meeting_back(
    page: MeetingsPage, demo_window: MainWindow, qtbot: QtBot, fake_dialogs: FakeDialogs
) -> None:
    database = database_of(page)
    famalicao = meeting_id(page, FAMALICAO)
    summary = mt.meeting_summary(database, famalicao)
    ids = page.views.list_model.ids
    following = ids[ids.index(famalicao) + 1]
    page.views.table.setFocus()
    page.select_meeting(famalicao)
    qtbot.keyClick(page.views.table, Qt.Key.Key_Delete)
    assert len(fake_dialogs.questions) == 1
    assert FAMALICAO in fake_dialogs.questions[0]
    assert famalicao not in page.views.list_model.ids
    assert page.views.list_model.rowCount() == 11
    assert page.current_meeting_id == following
    assert demo_window.undo_stack.undoText() == f"Delete meeting “{FAMALICAO}”"
    demo_window.undo_stack.undo()
    assert famalicao in page.views.list_model.ids
    assert mt.meeting_summary(database, famalicao) == summary
    demo_window.undo_stack.redo()
    assert famalicao not in page.views.list_model.ids
    assert fake_dialogs.errors == []


def test_delete_cancelled_keeps_the_meeting(
    page: MeetingsPage, qtbot: QtBot, fake_dialogs: FakeDialogs, demo_window: MainWindow
) -> None:
    fake_dialogs.confirm_answer = False
    first = page.views.list_model.ids[0]
    page.select_meeting(first)
    click(qtbot, page.delete_button)
    assert fake_dialogs.questions
    assert page.views.list_model.rowCount() == 12
    assert page.current_meeting_id == first
    assert demo_window.undo_stack.count() == 0


# --- files ---------------------------------------------------------------------------------


def test_a_file_that_is_not_an_invitation_is_refused_by_name(
    page: MeetingsPage,
    qtbot: QtBot,
    fake_dialogs: FakeDialogs,
    editor: EditorRecorder,
    tmp_path: Path,
) -> None:
    bad = tmp_path / "minutes-not-a-calendar.ics"
    bad.write_text("These are the minutes, not an invitation.\n", encoding="utf-8")
    fake_dialogs.paths.append(bad)
    click(qtbot, page.import_button)
    assert len(fake_dialogs.errors) == 1
    title, text = fake_dialogs.errors[0]
    assert title == "Import invitation"
    assert str(bad) in text
    assert len(mt.meeting_rows(database_of(page))) == 12
    assert page.views.list_model.rowCount() == 12
    assert editor.calls == []


INVITATION = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//URBACT//Secretariat//EN
BEGIN:VEVENT
UID:tn-5@urbact.eu
DTSTAMP:20250101T120000Z
SUMMARY:Transnational meeting in Messina
DTSTART;TZID=Europe/Rome:20250603T093000
DTEND;TZID=Europe/Rome:20250604T170000
LOCATION:Palazzo Zanca, Messina
END:VEVENT
END:VCALENDAR
"""


def test_an_invitation_becomes_a_selected_meeting_and_opens_the_editor(
    page: MeetingsPage,
    qtbot: QtBot,
    fake_dialogs: FakeDialogs,
    editor: EditorRecorder,
    demo_window: MainWindow,
    tmp_path: Path,
) -> None:
    invitation = tmp_path / "messina.ics"
    invitation.write_text(INVITATION.replace("\n", "\r\n"), encoding="utf-8")
    fake_dialogs.paths.append(invitation)
    click(qtbot, page.import_button)
    assert fake_dialogs.errors == []
    new = page.current_meeting_id
    assert new is not None
    assert editor.calls == [new]
    row = mt.meeting_row(database_of(page), new)
    assert row.title == "Transnational meeting in Messina"
    assert (row.timezone, row.starts_local.hour, row.starts_local.minute) == (
        "Europe/Rome",
        9,
        30,
    )
    assert page.views.list_model.rowCount() == 13
    demo_window.undo_stack.undo()
    assert new not in page.views.list_model.ids
    assert page.current_meeting_id is None
    demo_window.undo_stack.redo()
    assert mt.meeting_row(database_of(page), new).title == row.title


def test_the_sign_in_sheet_is_written_as_pdf(
    page: MeetingsPage, qtbot: QtBot, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    kickoff_title = "Spotkanie inaugurujące Grupę URBACT GenProcure"
    page.select_meeting(meeting_id(page, kickoff_title))
    out = tmp_path / "sheet"
    fake_dialogs.paths.append(out)
    click(qtbot, page.sign_in_button)
    assert fake_dialogs.errors == []
    written = out.with_name("sheet.pdf")
    assert written.read_bytes().startswith(b"%PDF")
    suggested = fake_dialogs.suggested[-1]
    assert suggested.name == f"2023-09-26 {kickoff_title} sign-in sheet.pdf"
    assert len(fake_dialogs.informations) == 1
    assert str(written) in fake_dialogs.informations[0][1]
    if has("pdftotext"):
        assert "inaugurujące" in pdf_text(written)
    assert QApplication.overrideCursor() is None


def test_a_sign_in_sheet_that_cannot_be_written_names_the_file(
    page: MeetingsPage, qtbot: QtBot, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    page.select_meeting(page.views.list_model.ids[0])
    out = tmp_path / "no such folder" / "sheet.pdf"
    fake_dialogs.paths.append(out)
    click(qtbot, page.sign_in_button)
    assert len(fake_dialogs.errors) == 1
    assert str(out) in fake_dialogs.errors[0][1]
    assert not out.exists()
    assert QApplication.overrideCursor() is None


def test_the_calendar_export_covers_the_filters_days(
    page: MeetingsPage, qtbot: QtBot, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    page.filters.from_date.set_date_value(date(2024, 9, 1))
    page.filters.to_date.set_date_value(date(2024, 12, 31))
    out = tmp_path / "autumn.ics"
    fake_dialogs.paths.append(out)
    click(qtbot, page.export_button)
    assert fake_dialogs.errors == []
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = calendar.walk("VEVENT")
    assert sorted(str(event["summary"]) for event in events) == sorted(titles(page))
    assert len(events) == 3
    famalicao = next(event for event in events if str(event["summary"]) == FAMALICAO)
    start = famalicao.decoded("dtstart")
    assert isinstance(start, datetime)
    assert (start.hour, str(start.tzinfo)) == (9, "Europe/Lisbon")
    assert fake_dialogs.informations[-1][1] == f"3 meetings written to {out}."


def test_buttons_without_a_meeting_do_nothing(
    page: MeetingsPage, qtbot: QtBot, fake_dialogs: FakeDialogs, editor: EditorRecorder
) -> None:
    page.select_meeting(None)
    page.delete_meeting()
    page.edit_meeting()
    page.sign_in_sheet()
    assert fake_dialogs.questions == []
    assert fake_dialogs.suggested == []
    assert editor.calls == []


def test_the_page_on_an_empty_file(window: MainWindow, editor: EditorRecorder) -> None:
    window.show_area(Area.MEETINGS)
    found = window.page(Area.MEETINGS)
    assert isinstance(found, MeetingsPage)
    assert found.views.list_model.rowCount() == 0
    assert found.views.count_label.text() == "0 meetings"
    found.views.setCurrentWidget(found.views.month)
    assert found.views.month.days == {}
    assert found.views.month.day_list.count() == 0
    assert found.views.table.model().index(0, 0) == QModelIndex()
