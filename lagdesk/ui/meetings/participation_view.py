"""Participation: who comes to the meetings, per meeting and per person, and who stopped.

The chart is the one the exports draw (``reports.charts.attendance``) for the latest
meetings; the tables show every meeting's counts by sector and gender, and each person's
attendance rate, their drop-outs and the members who never came. Everything is computed by
``core.participation`` in a fixed number of queries, so the large files stay quick.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.meetings import participation as pa
from lagdesk.db.codes import Gender, Sector
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.reports.charts.attendance import attendance_by_sector_figure
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.formatting import format_date, format_percent
from lagdesk.ui.common.models import RecordTableModel
from lagdesk.ui.common.tables import compact_rows
from lagdesk.ui.meetings.columns import fit_to_contents

#: Meetings drawn in the chart: the latest ones, so that the bars stay readable.
CHART_MEETINGS = 24

#: Titles, names and organisations are cut beyond this many characters (tooltips hold
#: all of them), so that the counts beside them stay in view.
TEXT_MAX_CHARS = 36
MEETING_COLUMN = 1
NAME_COLUMN, ORGANISATION_COLUMN = 0, 1

#: The columns of the meetings table that count by sector, then by gender, in order.
SECTOR_COLUMNS: tuple[Sector | None, ...] = (*Sector, None)
GENDER_COLUMNS: tuple[Gender, ...] = (Gender.FEMALE, Gender.MALE)


class MeetingCountsModel(RecordTableModel[pa.MeetingParticipation]):
    CONTEXT = "Participation"
    HEADERS = (
        QT_TRANSLATE_NOOP("Participation", "Date"),
        QT_TRANSLATE_NOOP("Participation", "Meeting"),
        QT_TRANSLATE_NOOP("Participation", "Invited"),
        QT_TRANSLATE_NOOP("Participation", "Present"),
        QT_TRANSLATE_NOOP("Participation", "Walk-ins"),
        QT_TRANSLATE_NOOP("Participation", "Anonymous"),
        QT_TRANSLATE_NOOP("Participation", "Public"),
        QT_TRANSLATE_NOOP("Participation", "Private"),
        QT_TRANSLATE_NOOP("Participation", "Civic"),
        QT_TRANSLATE_NOOP("Participation", "Knowledge"),
        QT_TRANSLATE_NOOP("Participation", "No sector"),
        QT_TRANSLATE_NOOP("Participation", "Women"),
        QT_TRANSLATE_NOOP("Participation", "Men"),
        QT_TRANSLATE_NOOP("Participation", "Other or not given"),
    )
    RIGHT_ALIGNED = frozenset(range(2, 14))

    def text(self, record: pa.MeetingParticipation, column: int) -> str:
        if column == 0:
            return format_date(record.date)
        if column == 1:
            return record.title
        counts = (record.invited, record.attended, record.walk_ins, record.anonymous)
        if column < 6:
            return str(counts[column - 2])
        if column < 6 + len(SECTOR_COLUMNS):
            return str(record.by_sector.get(SECTOR_COLUMNS[column - 6], 0))
        genders = [record.by_gender.get(gender, 0) for gender in GENDER_COLUMNS]
        if column < 13:
            return str(genders[column - 6 - len(SECTOR_COLUMNS)])
        return str(record.attended - sum(genders))


class PeopleModel(RecordTableModel[pa.PersonParticipation]):
    CONTEXT = "Participation"
    HEADERS = (
        QT_TRANSLATE_NOOP("Participation", "Name"),
        QT_TRANSLATE_NOOP("Participation", "Organisation"),
        QT_TRANSLATE_NOOP("Participation", "Invited"),
        QT_TRANSLATE_NOOP("Participation", "Attended"),
        QT_TRANSLATE_NOOP("Participation", "Rate"),
        QT_TRANSLATE_NOOP("Participation", "Last attended"),
    )
    RIGHT_ALIGNED = frozenset({2, 3, 4})

    def text(self, record: pa.PersonParticipation, column: int) -> str:
        if column == 0:
            return f"{record.first_name} {record.last_name}".strip()
        if column == 1:
            return record.organisation
        if column == 2:
            return str(record.invited)
        if column == 3:
            return str(record.attended)
        if column == 4:
            return format_percent(record.rate)
        return format_date(record.last_attended)


def _table(model: QAbstractItemModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    compact_rows(view)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


class ParticipationView(QWidget):
    """The Participation tab of the Meetings page; ``refresh`` follows the page's group."""

    PEOPLE_ALL, PEOPLE_DROPPED, PEOPLE_NEVER = range(3)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participation_view")
        self._database = database
        self._group_id: int | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self.meetings_model = MeetingCountsModel(self)
        self.people_model = PeopleModel(self)
        self._build()

    def _build(self) -> None:
        self.chart = QWidget()
        self.chart_column = QVBoxLayout(self.chart)
        self.chart_column.setContentsMargins(0, 0, 0, 0)
        self.chart_note = QLabel()
        self.chart_note.setObjectName("chart_note")
        self.chart_note.setWordWrap(True)
        self.chart_column.addWidget(self.chart_note)

        self.meetings_table = _table(self.meetings_model, "participation_meetings")
        self.people_table = _table(self.people_model, "participation_people")
        self.people_choice = QComboBox()
        self.people_choice.setObjectName("people_choice")
        # The drop-outs' long description is read in the open list, not in the narrow box.
        self.people_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.people_choice.setMinimumContentsLength(24)
        self.people_choice.addItems(
            [
                self.tr("Everyone invited"),
                self.tr("Drop-outs: came early on, none of their last three meetings"),
                self.tr("Never attended"),
            ]
        )
        show = QLabel(self.tr("Show:"))
        show.setBuddy(self.people_choice)
        self.people_count = QLabel()
        people = QWidget()
        people_column = QVBoxLayout(people)
        people_column.setContentsMargins(0, 0, 0, 0)
        choice_row = QHBoxLayout()
        choice_row.addWidget(show)
        choice_row.addWidget(self.people_choice)
        choice_row.addWidget(self.people_count, 1)
        people_column.addLayout(choice_row)
        people_column.addWidget(self.people_table, 1)

        self.tables = QTabWidget()
        self.tables.setDocumentMode(True)
        self.tables.addTab(self.meetings_table, self.tr("Per meeting"))
        self.tables.addTab(people, self.tr("Per person"))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.tables)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(splitter)
        self.people_choice.currentIndexChanged.connect(self._show_people)

    def refresh(self, group_id: int | None = None) -> None:
        """Recount everything (for the members of ``group_id`` when one is given)."""
        self._group_id = group_id
        try:
            rows = pa.meeting_breakdown(self._database)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Participation"), error)
            rows = []
        self.meetings_model.set_records(list(reversed(rows)))
        fit_to_contents(self.meetings_table, {MEETING_COLUMN: TEXT_MAX_CHARS})
        self._draw(rows[-CHART_MEETINGS:], len(rows))
        self._show_people()

    def _show_people(self) -> None:
        choice = self.people_choice.currentIndex()
        try:
            if choice == self.PEOPLE_DROPPED:
                people = pa.drop_outs(self._database, self._group_id)
            elif choice == self.PEOPLE_NEVER:
                people = pa.never_attended(self._database, self._group_id)
            else:
                people = pa.person_participation(self._database, self._group_id)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Participation"), error)
            people = []
        self.people_model.set_records(people)
        fit_to_contents(
            self.people_table, {NAME_COLUMN: TEXT_MAX_CHARS, ORGANISATION_COLUMN: TEXT_MAX_CHARS}
        )
        self.people_count.setText(self.tr("{count} people").format(count=len(people)))

    def _draw(self, rows: Sequence[pa.MeetingParticipation], total: int) -> None:
        if total > len(rows):
            note = self.tr("The chart shows the latest {shown} of {total} meetings.")
            self.chart_note.setText(note.format(shown=len(rows), total=total))
        else:
            self.chart_note.setText("")
        self.chart_note.setVisible(total > len(rows))
        canvas = FigureCanvasQTAgg(attendance_by_sector_figure(rows))
        canvas.setMinimumSize(320, 220)
        canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        canvas.setAccessibleName(self.tr("Attendance by sector"))
        if self.canvas is not None:
            self.chart_column.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.chart_column.addWidget(canvas, 1)
        self.canvas = canvas
        canvas.draw_idle()
