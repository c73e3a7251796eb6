"""Attendance mode: taking a meeting's attendance live, from the keyboard.

One screen. The type-ahead box keeps the focus: type part of a name or organisation, Up and
Down choose among the matches, Enter marks the person attended (Ctrl+E excused, Ctrl+D
no-show, Ctrl+I back to invited) and the box is cleared for the next name. When nobody
matches, Enter carries the text to the walk-in form, whose organisation field completes
from the register. Anonymous attendees are counted in a sector x gender grid. The counts
at the top follow every change.

The panel lays the widgets out and answers the keyboard; ``AttendanceController`` makes
each change through core and pushes it to the undo stack already done. The counts
(``CountsBar``), the walk-in form (``WalkInForm``) and the anonymous grid
(``AnonymousCounts``) are widgets of their own; ``AttendanceColumns`` puts the form and the
grid beside the list in attendance mode's own window, under it in the narrow tab of the
Meetings page.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.meetings import attendance as att
from lagdesk.core.support.labels import label
from lagdesk.db.codes import AttendanceStatus
from lagdesk.db.database import Database
from lagdesk.errors import ValidationError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.flow_layout import FlowLayout
from lagdesk.ui.common.tables import compact_rows
from lagdesk.ui.meetings.anonymous_counts import AnonymousCounts, Cell
from lagdesk.ui.meetings.attendance_columns import AttendanceColumns
from lagdesk.ui.meetings.attendance_controller import AttendanceController
from lagdesk.ui.meetings.attendance_model import AttendanceFilter, AttendanceModel
from lagdesk.ui.meetings.counts_bar import CountsBar
from lagdesk.ui.meetings.walk_in_form import WalkInForm

log = logging.getLogger(__name__)

ATTENDED = AttendanceStatus.ATTENDED


def without_mnemonic(text: str) -> str:
    """``text`` with its Alt+letter marker taken out ("&&", a plain ampersand, stays)."""
    return re.sub(
        r"&(.)", lambda found: found.group(0) if found.group(1) == "&" else found.group(1), text
    )


class AttendancePanel(QWidget):
    """Attendance mode for one meeting (``set_meeting``); ``changed`` after every write."""

    changed = Signal()

    def __init__(
        self, database: Database, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = AttendanceController(database, undo_stack, self._report, self)
        self._build()
        self._connect()
        self.set_meeting(None)

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.counts_bar = CountsBar(self)
        self._build_list()
        marking = self._build_marking()
        self.list_column = QWidget(self)
        left = QVBoxLayout(self.list_column)
        left.setContentsMargins(0, 0, 0, 0)
        for line in self.counts_bar.lines():
            left.addWidget(line)
        left.addWidget(self.search)
        left.addWidget(self.no_match)
        left.addWidget(self.table, 1)
        left.addLayout(marking)
        left.addWidget(self.keys_hint)
        left.addWidget(self.feedback)
        self._build_side()

        self.empty_label = QLabel(self.tr("Choose a meeting to take its attendance."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.content = QWidget(self)
        # Beside the list when the panel is wide enough for both, under it otherwise.
        self.columns = AttendanceColumns(self.list_column, self.side, self.content)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.columns)
        self.columns.installEventFilter(self)
        self.columns.arrange(self.width())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty_label)
        outer.addWidget(self.content, 1)
        self.setFocusProxy(self.search)

    def _build_list(self) -> None:
        """The search box over the invited list, and the lines under them."""
        self.search = QLineEdit(self)
        self.search.setObjectName("attendance_search")
        self.search.setPlaceholderText(self.tr("Type a name or organisation…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find a person on the list"))
        font = QFont(self.search.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.search.setFont(font)

        self.model = AttendanceModel(self)
        self.shown = AttendanceFilter(self.model, self)
        self.table = QTableView(self)
        self.table.setObjectName("attendance_list")
        self.table.setModel(self.shown)
        compact_rows(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        # A scroll bar that comes and goes as matches shrink would re-lay the columns out.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Invited people"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            AttendanceModel.Column.STATUS, QHeaderView.ResizeMode.Interactive
        )
        header.resizeSection(AttendanceModel.Column.STATUS, 170)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.feedback = QLabel(self)
        self.feedback.setObjectName("attendance_feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match = QLabel(self)
        self.no_match.setObjectName("attendance_no_match")
        self.no_match.setWordWrap(True)
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.hide()

    def _build_marking(self) -> FlowLayout:
        """The status actions with their keys, their buttons and the line naming the keys."""
        self.attended_action = self._status_action(
            self.tr("Attended"), ATTENDED, QKeySequence(), self.tr("Enter")
        )
        self.excused_action = self._status_action(
            self.tr("Excused"), AttendanceStatus.EXCUSED, QKeySequence("Ctrl+E")
        )
        self.no_show_action = self._status_action(
            self.tr("No-show"), AttendanceStatus.NO_SHOW, QKeySequence("Ctrl+D")
        )
        self.invited_action = self._status_action(
            self.tr("Back to invited"), AttendanceStatus.INVITED, QKeySequence("Ctrl+I")
        )
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        marking = FlowLayout()  # wraps when the words are long
        for action in (
            self.attended_action,
            self.excused_action,
            self.no_show_action,
            self.invited_action,
        ):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            marking.addWidget(button)
        self.keys_hint = QLabel(
            self.tr(
                "Enter: attended · Ctrl+E: excused · Ctrl+D: no-show · Ctrl+I: back to invited · Ctrl+Z: undo"
            ),
            self,
        )
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setEnabled(False)  # drawn in the palette's quieter text colour
        return marking

    def _status_action(
        self, text: str, status: AttendanceStatus, key: QKeySequence, key_text: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if not key.isEmpty():
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key_text = key.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(self.tr("{action} ({key})").format(action=text, key=key_text))
        action.triggered.connect(lambda: self.mark(status))
        self.addAction(action)
        return action

    def _build_side(self) -> None:
        """The walk-in form over the anonymous grid, in a scroll area of their own."""
        side = QWidget(self)
        right = QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        self.walk_in = WalkInForm(self)
        self.anonymous = AnonymousCounts(self)
        right.addWidget(self.walk_in)
        right.addWidget(self.anonymous)
        right.addStretch(1)
        #: The walk-in form's labels and the anonymous grid's box, with their own texts.
        self._lettered: list[tuple[QLabel | QGroupBox, str]] = [
            *self.walk_in.lettered,
            (self.anonymous, self.anonymous.title()),
        ]
        # The walk-in form and the anonymous grid scroll rather than push the window wider
        # or taller when there is not room for them.
        self.side = QScrollArea(self)
        self.side.setObjectName("attendance_side")
        self.side.setWidget(side)
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(lambda _index: self.mark(ATTENDED))
        self.walk_in.add_requested.connect(self.add_walk_in)
        self.walk_in.left.connect(self.focus_search)
        self.anonymous.count_changed.connect(self._anonymous_changed)
        self.controller.person_changed.connect(self._person_changed)
        self.controller.counts_changed.connect(self._show_counts)
        self.controller.changed.connect(self.changed)
        self.controller.read_again.connect(self.reload)

    def set_side_mnemonics(self, shown: bool) -> None:
        """Give the walk-in form's labels and the anonymous grid their Alt+letter keys, or
        take them away: beside the Meetings page's filters and tabs those letters are taken,
        while in attendance mode's own window they are free."""
        for widget, text in self._lettered:
            shown_text = text if shown else without_mnemonic(text)
            if isinstance(widget, QGroupBox):
                widget.setTitle(shown_text)
            else:
                widget.setText(shown_text)

    # -- the meeting -------------------------------------------------------------------

    @property
    def meeting_id(self) -> int | None:
        return self.controller.meeting_id

    def set_meeting(self, meeting_id: int | None) -> None:
        self.controller.set_meeting(meeting_id)
        self.search.clear()
        self.walk_in.clear()
        self.feedback.clear()
        shown = meeting_id is not None
        self.content.setEnabled(shown)
        self.content.setVisible(shown)
        self.empty_label.setVisible(not shown)
        self.reload()

    def reload(self) -> None:
        """Read the list, the counts and the organisations again; keep the search and the
        chosen person."""
        chosen = self.current_person()
        organisations = self.controller.read()
        self.walk_in.set_organisations(organisations)
        self.model.set_invitees(self.controller.people)
        self._filter(chosen.person_id if chosen is not None else None)
        self.anonymous.show_counts(self.controller.anonymous)
        self._show_counts()
        self.walk_in.update_sector()

    def _show_counts(self) -> None:
        self.counts_bar.show_counts(self.controller.counts())

    def _report(self, error: Exception) -> None:
        dialogs.show_error(self, self.tr("Attendance"), str(error))

    # -- the list ----------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        if self.shown.set_search(text):
            self._filter()

    def _filter(self, keep: int | None = None) -> None:
        """Show the people matching the search box; the first match becomes the chosen one
        (or ``keep``, a person id, when it is among them)."""
        text = self.search.text()
        self.shown.set_search(text)
        rows = self.shown.rowCount()
        row = self.shown.row_of_person(keep)
        if row < 0 and rows and text.strip():
            row = 0
        if row >= 0:
            self._choose(row)
        nobody = bool(text.strip()) and not rows
        if nobody:
            self.no_match.setText(
                self.tr("Nobody on the list matches. Enter adds “{text}” as a walk-in.").format(
                    text=text.strip()
                )
            )
        self.no_match.setVisible(nobody)

    def _choose(self, row: int) -> None:
        index = self.shown.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def current_person(self) -> att.Invitee | None:
        index = self.table.currentIndex()
        return self.shown.invitee_at(index.row()) if index.isValid() else None

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _move(self, key: int) -> None:
        rows = self.shown.rowCount()
        if not rows:
            return
        current = self.table.currentIndex().row()
        page = max(1, self.table.viewport().height() // max(1, self.table.rowHeight(0)) - 1)
        steps = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -page,
            Qt.Key.Key_PageDown: page,
        }
        target = 0 if current < 0 else current + steps[Qt.Key(key)]
        self._choose(min(max(target, 0), rows - 1))

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == AttendanceModel.Column.STATUS:
            self.mark(ATTENDED)

    def _search_entered(self) -> None:
        if self.current_person() is not None:
            self.mark(ATTENDED)
        elif self.search.text().strip():
            self.to_walk_in()

    def to_walk_in(self) -> None:
        """Carry the search text to the walk-in form and continue with the organisation."""
        self.walk_in.name.setText(" ".join(self.search.text().split()))
        self.search.clear()
        self.feedback.setText(
            self.tr("Type the organisation and press Enter to add the walk-in (Escape: back).")
        )
        self.walk_in.focus_organisation()
        self.side.ensureWidgetVisible(self.walk_in.organisation)

    # -- marking -----------------------------------------------------------------------

    def mark(self, status: AttendanceStatus) -> None:
        """Give the chosen person ``status``, then clear the box for the next name."""
        person = self.current_person()
        if person is None or self.controller.meeting_id is None:
            self.focus_search()
            return
        status_text = label(status)
        if person.status == status:
            self.feedback.setText(
                self.tr("{name} is already marked {status}.").format(
                    name=person.name, status=status_text
                )
            )
        else:
            if not self.controller.mark(person, status):
                self.reload()
                return
            self.feedback.setText(
                self.tr("{name}: {status}. Ctrl+Z undoes it.").format(
                    name=person.name, status=status_text
                )
            )
        self.search.clear()
        self.table.setCurrentIndex(QModelIndex())
        self.table.clearSelection()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _person_changed(self, person: att.Invitee) -> None:
        self.model.replace(person)
        self._show_counts()

    # -- a walk-in typed and not added (asked about by the window) ---------------------

    def has_unsaved_changes(self) -> bool:
        return self.controller.meeting_id is not None and bool(self.walk_in.typed()[0])

    def unsaved_changes_name(self) -> str:
        return self.tr("the walk-in {name}").format(name=self.walk_in.typed()[0])

    def save_changes(self) -> bool:
        return self.add_walk_in()

    def discard_changes(self) -> None:
        self.walk_in.start_again()

    def add_walk_in(self) -> bool:
        """Add the walk-in typed; False when refused (the problems shown) or not added."""
        if self.controller.meeting_id is None:
            return False
        typed = self.walk_in.typed()
        try:
            walk_in = self.controller.add_walk_in(typed)
        except ValidationError as error:
            self.walk_in.show_problems(error.problems)
            return False
        if walk_in is None:
            return False
        self.walk_in.start_again()
        self.search.clear()
        self.reload()
        row = self.shown.row_of_person(walk_in.person_id)
        if row >= 0:
            self.table.scrollTo(self.shown.index(row, 0))
        self.feedback.setText(
            self.tr("{name} added as a walk-in. Ctrl+Z undoes it.").format(name=typed[0])
        )
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _anonymous_changed(self, cell: Cell, value: int) -> None:
        if self.controller.meeting_id is not None and not self.controller.count_anonymously(
            cell, value
        ):
            self.reload()

    # -- keyboard and size -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.columns and event.type() == QEvent.Type.Resize:
            # The columns are laid out only while a meeting is shown, not with the panel.
            self.columns.arrange(self.width())
        if isinstance(event, QKeyEvent):
            if watched is self.search:
                return self._search_key(event)
            if (
                watched is self.table
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            ):
                self.mark(ATTENDED)
                return True
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            # An empty box has nothing of its own to undo: Ctrl+Z goes to the window's undo.
            undo_keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
            if not self.search.text() and any(event.matches(key) for key in undo_keys):
                event.ignore()
                return True
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._move(key)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._search_entered()
            return True
        if key == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            return True
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.columns.arrange(event.size().width())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
