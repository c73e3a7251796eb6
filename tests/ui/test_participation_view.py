"""The Participation tab: per-meeting counts, per-person rates, drop-outs and the chart."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from lagdesk.core.meetings import participation as pa
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import AttendanceStatus, Gender, MeetingType, Sector
from lagdesk.db.database import Database
from lagdesk.demo import build_demo
from lagdesk.ui.meetings import participation_view as pv
from lagdesk.ui.meetings.participation_view import ParticipationView


@pytest.fixture
def demo(database: Database) -> Database:
    build_demo(database, "small", seed=1)
    return database


def cells(view: ParticipationView, model_name: str, row: int) -> list[str]:
    model = getattr(view, model_name)
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, demo: Database
) -> None:
    view = ParticipationView(demo)
    qtbot.addWidget(view)
    view.refresh()
    qtmodeltester.check(view.meetings_model)
    qtmodeltester.check(view.people_model)


def test_hand_made_meeting_counts_by_sector_and_gender(qtbot: QtBot, database: Database) -> None:
    civic = store.save(database, r.Organisation(name="Fundacja", sector=Sector.CIVIC))
    anna = store.save(
        database, r.Person(first_name="Anna", last_name="Nowak", gender=Gender.FEMALE,
                           organisation_id=civic.id)
    )  # fmt: skip
    jan = store.save(database, r.Person(first_name="Jan", last_name="Lis", gender=Gender.MALE))
    meeting = store.save(
        database,
        r.Meeting(type=MeetingType.THEMATIC_WORKSHOP, title="Tender clauses",
                  starts_at=datetime(2024, 3, 5, 9), timezone="Europe/Warsaw"),
    )  # fmt: skip
    assert anna.id is not None
    assert jan.id is not None
    assert meeting.id is not None
    store.save_all(
        database,
        [
            r.Attendance(meeting_id=meeting.id, person_id=anna.id,
                         status=AttendanceStatus.ATTENDED),
            r.Attendance(meeting_id=meeting.id, person_id=jan.id,
                         status=AttendanceStatus.EXCUSED),
            r.AnonymousAttendance(meeting_id=meeting.id, sector=Sector.PUBLIC,
                                  gender=Gender.MALE, count=2),
        ],
    )  # fmt: skip
    view = ParticipationView(database)
    qtbot.addWidget(view)
    view.refresh()
    row = cells(view, "meetings_model", 0)
    # Date, Meeting, Invited, Present, Walk-ins, Anonymous, Public, Private, Civic,
    # Knowledge, No sector, Women, Men, Other
    assert row[1:] == ["Tender clauses", "2", "3", "0", "2", "2", "0", "1", "0", "0", "1", "2", "0"]
    assert view.people_model.rowCount() == 2
    by_name = {cells(view, "people_model", i)[0]: cells(view, "people_model", i) for i in (0, 1)}
    assert by_name["Anna Nowak"][1:4] == ["Fundacja", "1", "1"]
    assert by_name["Jan Lis"][3] == "0"
    view.people_choice.setCurrentIndex(ParticipationView.PEOPLE_NEVER)
    assert [cells(view, "people_model", 0)[0]] == ["Jan Lis"]
    assert view.people_model.rowCount() == 1


def test_demo_drop_outs_and_chart_match_core(qtbot: QtBot, demo: Database) -> None:
    view = ParticipationView(demo)
    qtbot.addWidget(view)
    view.refresh()
    meetings = pa.meeting_breakdown(demo)
    assert view.meetings_model.rowCount() == len(meetings)
    # Newest first in the table.
    assert cells(view, "meetings_model", 0)[1] == meetings[-1].title
    view.people_choice.setCurrentIndex(ParticipationView.PEOPLE_DROPPED)
    dropped = {f"{p.first_name} {p.last_name}" for p in pa.drop_outs(demo)}
    shown = {cells(view, "people_model", i)[0] for i in range(view.people_model.rowCount())}
    assert shown == dropped
    assert shown
    assert view.canvas is not None
    axes = view.canvas.figure.axes[0]
    bars = axes.containers[0]
    assert len(bars) == min(len(meetings), pv.CHART_MEETINGS)
    assert not view.chart_note.isVisibleTo(view)


def test_the_chart_keeps_to_the_latest_meetings(
    qtbot: QtBot, demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pv, "CHART_MEETINGS", 5)
    view = ParticipationView(demo)
    qtbot.addWidget(view)
    view.refresh()
    assert view.canvas is not None
    assert len(view.canvas.figure.axes[0].containers[0]) == 5
    total = len(pa.meeting_breakdown(demo))
    assert view.chart_note.text() == f"The chart shows the latest 5 of {total} meetings."


def test_titles_and_names_are_readable_before_the_view_is_ever_shown(
    qtbot: QtBot, demo: Database
) -> None:
    """Filled while hidden (the page fills it before showing its tab), the tables still
    size their text columns to the texts, not to the headers."""
    view = ParticipationView(demo)
    qtbot.addWidget(view)
    view.refresh()
    assert not view.isVisible()
    table = view.meetings_table
    metrics = table.fontMetrics()
    cap = metrics.averageCharWidth() * pv.TEXT_MAX_CHARS
    titles = [view.meetings_model.index(row, 1).data() for row in range(12)]
    longest = max(metrics.horizontalAdvance(title) for title in titles)
    width = table.horizontalHeader().sectionSize(pv.MEETING_COLUMN)
    assert width >= min(longest, cap)
    assert width > table.horizontalHeader().sectionSizeHint(pv.MEETING_COLUMN) * 2
    # A short title is whole; a long one is cut and its tooltip has all of it.
    shortest = min(titles, key=len)
    assert metrics.horizontalAdvance(shortest) < width
    long_row = titles.index(max(titles, key=len))
    tip = view.meetings_model.index(long_row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == titles[long_row]
    # The counts beside the title are as wide as their headers.
    header = table.horizontalHeader()
    for column in range(2, view.meetings_model.columnCount()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
    people = view.people_table.horizontalHeader()
    names = [view.people_model.index(row, 0).data() for row in range(5)]
    longest_name = max(metrics.horizontalAdvance(name) for name in names)
    assert people.sectionSize(pv.NAME_COLUMN) >= min(longest_name, cap)
