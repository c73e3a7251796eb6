"""Attendance mode: taking a meeting's attendance live, from the keyboard.

One screen. The type-ahead box keeps the focus: type part of a name or organisation, Up and
Down choose among the matches, Enter marks the person attended (Ctrl+E excused, Ctrl+D
no-show, Ctrl+I back to invited) and the box is cleared for the next name. When nobody
matches, Enter carries the text to the walk-in form, whose organisation field completes
from the register. Anonymous attendees are counted in a sector x gender grid. The counts
at the top follow every change. Each change is made through core and pushed to the undo
stack already done.

In attendance mode's own window the walk-in form and the grid sit beside the list; in the
narrow tab of the Meetings page they go under it (the panel's own width decides).
"""

from __future__ import annotations

import dataclasses
import logging
import re

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.meetings import attendance as att
from lagdesk.core.support.folding import fold
from lagdesk.core.support.labels import label
from lagdesk.db.codes import AttendanceStatus, Gender, Sector
from lagdesk.db.database import Database
from lagdesk.errors import NotFoundError, UserError, ValidationError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.flow_layout import FlowLayout
from lagdesk.ui.common.formatting import format_number
from lagdesk.ui.common.tables import compact_rows
from lagdesk.ui.common.undo import UndoContext
from lagdesk.ui.common.widgets import FieldMessages
from lagdesk.ui.meetings.attendance_commands import (
    AnonymousCountCommand,
    StatusCommand,
    WalkInCommand,
)
from lagdesk.ui.meetings.attendance_model import AttendanceFilter, AttendanceModel

log = logging.getLogger(__name__)

ATTENDED = AttendanceStatus.ATTENDED
#: Room the list keeps beside the walk-in form and the anonymous grid; narrower, they go
#: under it.
LIST_BESIDE_WIDTH = 420
#: The part of the height the walk-in form and the anonymous grid get under the list.
SIDE_UNDER_SHARE = 0.4
#: Qt's "no maximum size".
QWIDGETSIZE_MAX = (1 << 24) - 1


def without_mnemonic(text: str) -> str:
    """``text`` with its Alt+letter marker taken out ("&&", a plain ampersand, stays)."""
    return re.sub(
        r"&(.)", lambda found: found.group(0) if found.group(1) == "&" else found.group(1), text
    )


# -- the panel ----------------------------------------------------------------------------


class AttendancePanel(QWidget):
    """Attendance mode for one meeting (``set_meeting``); ``changed`` after every write."""

    changed = Signal()

    def __init__(
        self, database: Database, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._undo = undo_stack
        self._context = UndoContext({}, self._report)
        self._meeting_id: int | None = None
        self._people: list[att.Invitee] = []
        self._anonymous: dict[tuple[Sector | None, Gender], int] = {}
        self._organisations: dict[str, att.OrganisationName] = {}
        #: Set while this panel pushes its own command (it has updated itself already).
        self._pushing = False
        #: The walk-in form's labels and the anonymous grid's box, with their own texts.
        self._lettered: list[tuple[QLabel | QGroupBox, str]] = []
        self._build()
        self._connect()
        self.set_meeting(None)

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("attendance_counts")
        big = QFont(self.counts_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.counts_label.setFont(big)
        self.details_label = QLabel(self)
        self.details_label.setObjectName("attendance_details")
        self.sector_label = QLabel(self)
        self.sector_label.setObjectName("attendance_by_sector")
        self.gender_label = QLabel(self)
        self.gender_label.setObjectName("attendance_by_gender")
        for line in (self.details_label, self.sector_label, self.gender_label):
            line.setWordWrap(True)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

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

        self.list_column = QWidget(self)
        left = QVBoxLayout(self.list_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.counts_label)
        left.addWidget(self.details_label)
        left.addWidget(self.sector_label)
        left.addWidget(self.gender_label)
        left.addWidget(self.search)
        left.addWidget(self.no_match)
        left.addWidget(self.table, 1)
        left.addLayout(marking)
        left.addWidget(self.keys_hint)
        left.addWidget(self.feedback)

        side = QWidget(self)
        right = QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self._walk_in_box())
        right.addWidget(self._anonymous_box())
        right.addStretch(1)
        # The walk-in form and the anonymous grid scroll rather than push the window wider
        # or taller when there is not room for them.
        self.side = QScrollArea(self)
        self.side.setObjectName("attendance_side")
        self.side.setWidget(side)
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        self.empty_label = QLabel(self.tr("Choose a meeting to take its attendance."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.content = QWidget(self)
        # Beside the list when the panel is wide enough for both, under it otherwise.
        self.columns = QSplitter(Qt.Orientation.Vertical, self.content)
        self.columns.setObjectName("attendance_columns")
        self.columns.setChildrenCollapsible(False)
        self.columns.addWidget(self.list_column)
        self.columns.addWidget(self.side)
        self.columns.setStretchFactor(0, 1)
        self.columns.setStretchFactor(1, 0)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.columns)
        #: Set once the user drags the handle between the list and the side: their split
        #: stays until the layout turns.
        self._dragged = False
        self.columns.splitterMoved.connect(self._handle_dragged)
        self.columns.installEventFilter(self)
        self._arrange(self.width())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty_label)
        outer.addWidget(self.content, 1)
        self.setFocusProxy(self.search)

    # -- wide and narrow -----------------------------------------------------------------

    def side_by_side_width(self) -> int:
        """The narrowest the panel may be for the walk-in form and the anonymous grid to sit
        beside the list, all of them uncut."""
        return self._side_width() + self.columns.handleWidth() + LIST_BESIDE_WIDTH

    def _side_width(self) -> int:
        bar = self.side.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return self.side.widget().sizeHint().width() + bar + 4

    def is_side_by_side(self) -> bool:
        return self.columns.orientation() == Qt.Orientation.Horizontal

    def _arrange(self, width: int) -> None:
        wide = width >= self.side_by_side_width()
        if wide != self.is_side_by_side():
            self.columns.setOrientation(
                Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
            )
            self._dragged = False
        if wide:
            self.side.setMaximumSize(self._side_width(), QWIDGETSIZE_MAX)
        else:
            self.side.setMaximumSize(QWIDGETSIZE_MAX, self.side.widget().sizeHint().height() + 4)
        if self._dragged:
            return  # the user's split stays
        if wide:
            length = self.columns.width()
            side = self._side_width()
        else:
            # Under the list, the form and the grid get part of the height and scroll.
            length = self.columns.height()
            side = min(self.side.maximumHeight(), round(length * SIDE_UNDER_SHARE))
        self.columns.setSizes([max(length - side, 1), side])

    def _handle_dragged(self) -> None:
        self._dragged = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

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

    def _walk_in_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Walk-in"), self)
        self.walk_in_name = QLineEdit(box)
        self.walk_in_name.setObjectName("walk_in_name")
        self.walk_in_name.setPlaceholderText(self.tr("First and last name"))
        self.walk_in_organisation = QLineEdit(box)
        self.walk_in_organisation.setObjectName("walk_in_organisation")
        self.walk_in_organisation.setPlaceholderText(self.tr("Leave empty if none"))
        self.organisation_names = QStringListModel(self)
        self.completer = QCompleter(self.organisation_names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.walk_in_organisation.setCompleter(self.completer)
        self.walk_in_sector = QComboBox(box)
        self.walk_in_sector.setObjectName("walk_in_sector")
        # Narrower than its longest choice when room is short (the list shows it whole).
        self.walk_in_sector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.walk_in_sector.setMinimumContentsLength(14)
        self.walk_in_sector.addItem(self.tr("Choose for a new organisation"), None)
        for sector in Sector:
            self.walk_in_sector.addItem(label(sector), sector)
        self.add_walk_in_button = QPushButton(self.tr("Add &walk-in"), box)
        self.add_walk_in_button.setObjectName("add_walk_in")
        general = QLabel(box)
        self.walk_in_messages = FieldMessages(general)
        form = QFormLayout(box)
        self.walk_in_messages.add_row(form, self.tr("N&ame:"), "name", self.walk_in_name)
        self.walk_in_messages.add_row(
            form, self.tr("Or&ganisation:"), "organisation", self.walk_in_organisation
        )
        self.walk_in_messages.add_row(form, self.tr("Sec&tor:"), "sector", self.walk_in_sector)
        form.addRow(general)
        form.addRow(self.add_walk_in_button)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            caption = item.widget() if item is not None else None
            if isinstance(caption, QLabel) and caption.buddy() is not None:
                self._lettered.append((caption, caption.text()))
        return box

    def _anonymous_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Counted an&onymously"), self)
        box.setObjectName("anonymous_counts")
        self._lettered.append((box, box.title()))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(4)
        self.anonymous_spins: dict[tuple[Sector | None, Gender], QSpinBox] = {}
        for column, gender in enumerate(Gender, start=1):
            caption = QLabel(label(gender), box)
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(caption, 0, column)
        for row, sector in enumerate(att.SECTOR_KEYS, start=1):
            name = QLabel(self._sector_name(sector), box)
            name.setWordWrap(True)  # "Sector unknown" may take two lines in longer languages
            grid.addWidget(name, row, 0)
            for column, gender in enumerate(Gender, start=1):
                spin = QSpinBox(box)
                spin.setRange(0, 9999)
                spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("9999") + 40)
                spin.setObjectName(f"anonymous_{sector or 'unknown'}_{gender}")
                spin.setAccessibleName(
                    self.tr("Anonymous: {sector}, {gender}").format(
                        sector=self._sector_name(sector), gender=label(gender)
                    )
                )
                spin.valueChanged.connect(
                    lambda value, cell=(sector, gender): self._anonymous_changed(cell, value)
                )
                self.anonymous_spins[(sector, gender)] = spin
                # Under its caption, however wide the caption makes the column.
                grid.addWidget(spin, row, column, Qt.AlignmentFlag.AlignHCenter)
        return box

    def _connect(self) -> None:
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(lambda _index: self.mark(ATTENDED))
        self.walk_in_name.returnPressed.connect(self.walk_in_organisation.setFocus)
        self.walk_in_organisation.returnPressed.connect(self._organisation_entered)
        self.walk_in_organisation.textChanged.connect(self._update_sector)
        for field in (self.walk_in_name, self.walk_in_organisation, self.walk_in_sector):
            field.installEventFilter(self)
        self.add_walk_in_button.clicked.connect(self.add_walk_in)
        self._undo.indexChanged.connect(self._undo_moved)

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

    @staticmethod
    def _sector_name(sector: Sector | None) -> str:
        if sector is None:
            return QCoreApplication.translate("Attendance", "Sector unknown")
        return label(sector)

    # -- the meeting -------------------------------------------------------------------

    @property
    def meeting_id(self) -> int | None:
        return self._meeting_id

    def set_meeting(self, meeting_id: int | None) -> None:
        self._meeting_id = meeting_id
        self.search.clear()
        self.walk_in_name.clear()
        self.walk_in_organisation.clear()
        self.walk_in_messages.clear()
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
        if self._meeting_id is None:
            self._people, self._anonymous, organisations = [], {}, []
        else:
            try:
                self._people = att.invitees(self._database, self._meeting_id)
                self._anonymous = att.anonymous_counts(self._database, self._meeting_id)
                organisations = att.organisations(self._database)
            except NotFoundError:  # deleted meanwhile (an undo): the page chooses another
                self._people, self._anonymous, organisations = [], {}, []
            except UserError as error:
                self._report(error)
                self._people, self._anonymous, organisations = [], {}, []
        self._organisations = {fold(item.name): item for item in organisations}
        self.organisation_names.setStringList([item.name for item in organisations])
        self.model.set_invitees(self._people)
        self._filter(chosen.person_id if chosen is not None else None)
        self._show_anonymous()
        self._show_counts()
        self._update_sector()

    def _undo_moved(self, _index: int) -> None:
        if not self._pushing and self._meeting_id is not None:
            self.reload()

    def _push(self, command: QUndoCommand) -> None:
        self._pushing = True
        try:
            self._undo.push(command)
        finally:
            self._pushing = False
        self.changed.emit()

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
        self.walk_in_name.setText(" ".join(self.search.text().split()))
        self.search.clear()
        self.feedback.setText(
            self.tr("Type the organisation and press Enter to add the walk-in (Escape: back).")
        )
        self.walk_in_organisation.setFocus(Qt.FocusReason.OtherFocusReason)
        self.walk_in_organisation.selectAll()
        self.side.ensureWidgetVisible(self.walk_in_organisation)

    # -- marking -----------------------------------------------------------------------

    def mark(self, status: AttendanceStatus) -> None:
        """Give the chosen person ``status``, then clear the box for the next name."""
        person = self.current_person()
        if person is None or self._meeting_id is None:
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
            try:
                before = att.set_status(self._database, self._meeting_id, person.person_id, status)
            except UserError as error:
                self._report(error)
                self.reload()
                return
            command = StatusCommand(
                self._context,
                self.tr("Mark {name} as {status}").format(name=person.name, status=status_text),
                self._database,
                self._meeting_id,
                person.person_id,
                before,
                status,
            )
            self._update_person(dataclasses.replace(person, status=status))
            self._push(command)
            self.feedback.setText(
                self.tr("{name}: {status}. Ctrl+Z undoes it.").format(
                    name=person.name, status=status_text
                )
            )
        self.search.clear()
        self.table.setCurrentIndex(QModelIndex())
        self.table.clearSelection()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_person(self, person: att.Invitee) -> None:
        self._people = [
            person if found.person_id == person.person_id else found for found in self._people
        ]
        self.model.replace(person)
        self._show_counts()

    # -- walk-ins ----------------------------------------------------------------------

    def _is_new_organisation(self) -> bool:
        text = " ".join(self.walk_in_organisation.text().split())
        return bool(text) and fold(text) not in self._organisations

    def _update_sector(self) -> None:
        self.walk_in_sector.setEnabled(self._is_new_organisation())

    def chosen_sector(self) -> Sector | None:
        code = self.walk_in_sector.currentData()
        return Sector(code) if code else None

    def _organisation_entered(self) -> None:
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # Enter takes the organisation chosen in the list; the next one adds
        if self._is_new_organisation() and self.chosen_sector() is None:
            self.walk_in_messages.clear()
            self.walk_in_messages.show_field(
                "sector",
                self.tr("A new organisation: choose its sector, then press Enter."),
            )
            self.walk_in_sector.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.add_walk_in()

    def add_walk_in(self) -> None:
        if self._meeting_id is None:
            return
        name = " ".join(self.walk_in_name.text().split())
        organisation = " ".join(self.walk_in_organisation.text().split())
        sector = self.chosen_sector() if self._is_new_organisation() else None
        typed = (name, organisation, sector)
        try:
            walk_in = att.add_walk_in(self._database, self._meeting_id, *typed)
        except ValidationError as error:
            self.walk_in_messages.show(error.problems)
            field = {
                "name": self.walk_in_name,
                "sector": self.walk_in_sector,
            }.get(error.problems[0].key, self.walk_in_organisation)
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except UserError as error:
            self._report(error)
            return
        self._push(
            WalkInCommand(
                self._context,
                self.tr("Add walk-in {name}").format(name=name),
                self._database,
                walk_in,
                typed,
            )
        )
        self.walk_in_messages.clear()
        self.walk_in_name.clear()
        self.walk_in_organisation.clear()
        self.walk_in_sector.setCurrentIndex(0)
        self.search.clear()
        self.reload()
        row = self.shown.row_of_person(walk_in.person_id)
        if row >= 0:
            self.table.scrollTo(self.shown.index(row, 0))
        self.feedback.setText(
            self.tr("{name} added as a walk-in. Ctrl+Z undoes it.").format(name=name)
        )
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- anonymous attendees -----------------------------------------------------------

    def _show_anonymous(self) -> None:
        for cell, spin in self.anonymous_spins.items():
            value = self._anonymous.get(cell, 0)
            if spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)

    def _anonymous_changed(self, cell: tuple[Sector | None, Gender], value: int) -> None:
        if self._meeting_id is None:
            return
        sector, gender = cell
        try:
            before = att.set_anonymous_count(
                self._database, self._meeting_id, sector, gender, value
            )
        except UserError as error:
            self._report(error)
            self.reload()
            return
        if value:
            self._anonymous[cell] = value
        else:
            self._anonymous.pop(cell, None)
        self._show_counts()
        if before != value:
            self._push(
                AnonymousCountCommand(
                    self._context,
                    self.tr("Count anonymously: {sector}, {gender}").format(
                        sector=self._sector_name(sector), gender=label(gender)
                    ),
                    self._database,
                    self._meeting_id,
                    cell,
                    before,
                    value,
                )
            )

    # -- counts ------------------------------------------------------------------------

    def counts(self) -> att.LiveCounts:
        return att.live_counts(self._people, self._anonymous)

    def _show_counts(self) -> None:
        counts = self.counts()
        number = format_number
        self.counts_label.setText(
            self.tr("{present} present · {invited} invited").format(
                present=number(counts.present), invited=number(counts.invited)
            )
        )
        self.details_label.setText(
            self.tr(
                "Walk-ins {walk_ins} · counted anonymously {anonymous} · excused {excused} · no-show {no_show}"
            ).format(
                walk_ins=number(counts.walk_ins),
                anonymous=number(counts.anonymous),
                excused=number(counts.excused),
                no_show=number(counts.no_show),
            )
        )
        sectors = "  ·  ".join(
            self.tr("{name} {count}").format(name=self._sector_name(sector), count=number(n))
            for sector, n in counts.by_sector.items()
        )
        genders = "  ·  ".join(
            self.tr("{name} {count}").format(name=label(gender), count=number(n))
            for gender, n in counts.by_gender.items()
        )
        self.sector_label.setText(self.tr("By sector: {counts}").format(counts=sectors))
        self.gender_label.setText(self.tr("By gender: {counts}").format(counts=genders))

    # -- keyboard ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.columns and event.type() == QEvent.Type.Resize:
            # The columns are laid out only while a meeting is shown, not with the panel.
            self._arrange(self.width())
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
            if watched in (self.walk_in_name, self.walk_in_organisation, self.walk_in_sector):
                return self._walk_in_key(watched, event)
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

    def _walk_in_key(self, watched: QObject, event: QKeyEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() == Qt.Key.Key_Escape:
            # Back to the list; what was typed stays for later.
            self.focus_search()
            return True
        if watched is self.walk_in_sector and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self.add_walk_in()
            return True
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
