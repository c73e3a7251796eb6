"""Create and edit a meeting: details, invitations, agenda and tools in one dialog.

``edit_meeting`` opens ``MeetingEditor`` modally. Accepting saves the whole plan through
``lagdesk.core.meetings.planning`` in one transaction; a refused plan keeps the dialog open with
each problem beside its field (agenda problems on their cells) and nothing stored. The save
then enters the undo stack: undoing a new meeting deletes it (redo puts it back exactly,
ids included), undoing an edit stores the previous plan again.

The form works in the meeting's own wall-clock time; it becomes UTC only when the plan is
built. Plain Enter never saves (the form is long, and Enter adds a person or a tool);
Ctrl+Enter and Ctrl+S do, Escape cancels and asks first when something was changed.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta

import shiboken6
from PySide6.QtCore import QSize, Qt, QTime
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.meetings import planning as mp
from lagdesk.core.support import records as r
from lagdesk.core.support.labels import choices
from lagdesk.core.support.store import EditConflict, as_before_edit
from lagdesk.core.support.zones import utc_to_local, zone_names
from lagdesk.db.codes import MeetingType
from lagdesk.db.database import Database
from lagdesk.errors import FieldProblem, UserError, ValidationError
from lagdesk.i18n import TextContext, translate
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.edit_conflict import choice_for_form
from lagdesk.ui.common.formatting import format_date
from lagdesk.ui.common.text import counted, join_list
from lagdesk.ui.common.widgets import (
    DateEdit,
    FieldMessages,
    OptionalDateEdit,
    error_colour,
    line_of,
    show_status,
)
from lagdesk.ui.meetings.commands import MeetingPlanCommand
from lagdesk.ui.meetings.editor_tabs import AgendaTab, InvitationsTab, ToolsTab

# The context of the counted texts below (see ``TextContext``).
MeetingInvitations = TextContext("MeetingInvitations")

log = logging.getLogger(__name__)

#: Keys of problems shown on the Details tab.
DETAIL_FIELDS = (
    "type",
    "title",
    "starts_at",
    "ends_at",
    "timezone",
    "place",
    "online_link",
    "retention_until",
    "notes",
)


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a scroll area, so that the dialog stays usable on a small screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(page)
    return area


# --- the dialog ---------------------------------------------------------------------------


class MeetingEditor(QDialog):
    """The whole meeting on four tabs. ``save()`` stores it and returns what core did (or
    None, with the problems shown); accepting the dialog calls it."""

    def __init__(
        self, database: Database, plan: mp.MeetingPlan, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._plan = plan
        #: What the last successful ``save()`` did.
        self.outcome: mp.SaveOutcome | None = None
        #: What the edit is compared with when saved (see ``lagdesk.ui.common.edit_conflict``).
        self.loaded: r.Meeting | None = plan.meeting if plan.meeting.id is not None else None
        #: After a save, the meeting with only this edit's fields as they were (for undo).
        self.meeting_before: r.Meeting | None = None
        meeting = plan.meeting
        self.setWindowTitle(
            self.tr("New meeting")
            if meeting.id is None
            else self.tr("{title} — meeting").format(title=meeting.title)
        )
        self.setObjectName("meeting_editor")
        self.setSizeGripEnabled(True)

        self.tabs = QTabWidget(self)
        self.details_page = QWidget()
        self.form = QFormLayout(self.details_page)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.messages = FieldMessages(QLabel(self))
        self._build_details()
        self.invitations = InvitationsTab(database, self._group_choices())
        self.agenda = AgendaTab()
        self.tools = ToolsTab()
        self.tabs.addTab(_scrolling(self.details_page), self.tr("&Details"))
        self.tabs.addTab(_scrolling(self.invitations), self.tr("&Invitations"))
        self.tabs.addTab(_scrolling(self.agenda), self.tr("A&genda"))
        self.tabs.addTab(_scrolling(self.tools), self.tr("T&ools"))
        self.tabs.currentChanged.connect(
            lambda index: self.agenda.set_shortcuts_active(index == self._tab_of(self.agenda))
        )
        self.agenda.set_shortcuts_active(False)

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the meeting (Ctrl+S or Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        self.save_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.messages.general, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        column.addWidget(self.tabs, 1)
        column.addLayout(bottom)
        for keys in ("Ctrl+Return", "Ctrl+Enter", QKeySequence.StandardKey.Save):
            save_key = QShortcut(QKeySequence(keys), self)
            save_key.activated.connect(self.accept)

        # No default button: Enter belongs to the field that has focus (see keyPressEvent).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._fill(plan)
        self._initial = self.plan()
        self._fit()
        self.title.setFocus()

    # -- building ------------------------------------------------------------------------

    def _group_choices(self) -> list[mp.GroupChoice]:
        try:
            return mp.group_choices(self._database)
        except UserError as error:
            self.messages.show_general(str(error))
            return []

    def _build_details(self) -> None:
        page = self.details_page
        self.type = QComboBox(page)
        for code, text in choices(MeetingType):
            self.type.addItem(text, code)
        self.title = QLineEdit(page)
        self.title.setMaxLength(300)
        self.title.setPlaceholderText(self.tr("for example: Problem tree workshop"))
        self.start_date = DateEdit(page)
        self.start_time = QTimeEdit(page)
        self.end_date = DateEdit(page)
        self.end_time = QTimeEdit(page)
        for edit in (self.start_time, self.end_time):
            edit.setDisplayFormat("HH:mm")
        self.start_date.setAccessibleName(self.tr("Start date"))
        self.start_time.setAccessibleName(self.tr("Start time"))
        self.end_date.setAccessibleName(self.tr("End date"))
        self.end_time.setAccessibleName(self.tr("End time"))
        self.zone = QComboBox(page)
        self.zone.setObjectName("timezone")
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.setMaxVisibleItems(15)
        self.zone.addItems(sorted(zone_names()))
        zone_completer = QCompleter(self.zone.model(), self.zone)
        zone_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        zone_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        zone_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.zone.setCompleter(zone_completer)
        line_of(self.zone).setPlaceholderText(self.tr("for example: Europe/Warsaw"))
        self.offset = QLabel(page)
        self.offset.setObjectName("utc_offset")
        self.place = QLineEdit(page)
        self.place.setMaxLength(300)
        self.place.setPlaceholderText(self.tr("for example: City Hall, room 12"))
        self.online_link = QLineEdit(page)
        self.online_link.setMaxLength(500)
        self.online_link.setPlaceholderText("https://")
        self.retention = OptionalDateEdit(page)
        self.retention.setObjectName("retention_until")
        self.default_retention = QToolButton(page)
        self.default_retention.setText(self.tr("Default"))
        rule = self.tr(
            "Signed attendance lists are audit evidence: keep them five years after the "
            "programme's last payment. By default that is five years after the network's "
            "end date, or five years after the end of the meeting's year when the network "
            "has no end date yet."
        )
        self.retention.setToolTip(rule)
        self.retention.edit.setToolTip(rule)
        self.default_retention.setToolTip(self.tr("Use the default date: {rule}").format(rule=rule))
        self.notes = QPlainTextEdit(page)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)

        def pair(*widgets: QWidget) -> QWidget:
            """Widgets side by side; the row's label gives focus to the first."""
            holder = QWidget(page)
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            holder.setFocusProxy(widgets[0])
            # A label's mnemonic focuses its buddy only when the buddy takes focus.
            holder.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return holder

        add = self.messages.add_row
        add(self.form, self.tr("T&ype:"), "type", self.type)
        add(self.form, self.tr("&Title:"), "title", self.title)
        add(self.form, self.tr("&Starts:"), "starts_at", pair(self.start_date, self.start_time))
        add(self.form, self.tr("&Ends:"), "ends_at", pair(self.end_date, self.end_time))
        add(self.form, self.tr("Time &zone:"), "timezone", pair(self.zone, self.offset))
        add(self.form, self.tr("&Place:"), "place", self.place)
        add(self.form, self.tr("Online &link:"), "online_link", self.online_link)
        add(
            self.form,
            self.tr("&Keep evidence until:"),
            "retention_until",
            pair(self.retention, self.default_retention),
        )
        add(self.form, self.tr("&Notes:"), "notes", self.notes)

        self.start_date.userDateChanged.connect(lambda *_: self._start_moved())
        self.start_time.userTimeChanged.connect(lambda *_: self._start_moved())
        self.end_date.userDateChanged.connect(lambda *_: self._times_changed())
        self.end_time.userTimeChanged.connect(lambda *_: self._times_changed())
        self.zone.currentTextChanged.connect(lambda *_: self._times_changed())
        self.default_retention.clicked.connect(self._use_default_retention)

    def _fill(self, plan: mp.MeetingPlan) -> None:
        meeting = plan.meeting
        self.type.setCurrentIndex(max(self.type.findData(meeting.type), 0))
        self.title.setText(meeting.title)
        self.zone.setCurrentText(meeting.timezone)
        starts = utc_to_local(meeting.starts_at, meeting.timezone).replace(tzinfo=None)
        ends = (
            utc_to_local(meeting.ends_at, meeting.timezone).replace(tzinfo=None)
            if meeting.ends_at is not None
            else starts + mp.DEFAULT_LENGTH
        )
        self._set_local(starts, ends)
        self.place.setText(meeting.place)
        self.online_link.setText(meeting.online_link)
        self.retention.set_date_value(meeting.retention_until)
        self.notes.setPlainText(meeting.notes)
        self.invitations.set_day(starts.date())
        self.invitations.set_invitations(plan.group_ids, plan.person_ids)
        self.agenda.set_items(plan.agenda)
        self.tools.set_tools(plan.tools)
        self._start = starts
        self._times_changed()

    def _set_local(self, starts: datetime, ends: datetime) -> None:
        for edit in (self.start_date, self.start_time, self.end_date, self.end_time):
            edit.blockSignals(True)
        self.start_date.set_date_value(starts.date())
        self.start_time.setTime(_qtime(starts.time()))
        self.end_date.set_date_value(ends.date())
        self.end_time.setTime(_qtime(ends.time()))
        for edit in (self.start_date, self.start_time, self.end_date, self.end_time):
            edit.blockSignals(False)

    def _fit(self) -> None:
        wanted = QSize(1000, 700)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry().size() * 0.95
            wanted = wanted.boundedTo(room)
        self.setMinimumSize(QSize(480, 360).boundedTo(wanted))
        self.resize(wanted)

    # -- reading the form ------------------------------------------------------------------

    def local_start(self) -> datetime:
        return datetime.combine(self.start_date.date_value(), _time(self.start_time.time()))

    def local_end(self) -> datetime:
        return datetime.combine(self.end_date.date_value(), _time(self.end_time.time()))

    def zone_name(self) -> str:
        return self.zone.currentText().strip()

    def plan(self) -> mp.MeetingPlan:
        """The plan the form holds. An unknown zone leaves the times as typed (core then
        reports the zone beside its field, with any other problem)."""
        zone = self.zone_name()
        starts, ends = self.local_start(), self.local_end()
        if zone in zone_names():
            starts, ends = mp.local_to_utc(starts, zone), mp.local_to_utc(ends, zone)
        meeting = dataclasses.replace(
            self._plan.meeting,
            type=MeetingType(self.type.currentData()),
            title=" ".join(self.title.text().split()),
            starts_at=starts,
            ends_at=ends,
            timezone=zone,
            place=self.place.text().strip(),
            online_link=self.online_link.text().strip(),
            notes=self.notes.toPlainText().strip(),
            retention_until=self.retention.date_value(),
        )
        meeting_id = meeting.id or 0
        return mp.MeetingPlan(
            meeting=meeting,
            group_ids=self.invitations.group_ids(),
            person_ids=self.invitations.person_ids(),
            agenda=[
                dataclasses.replace(item, meeting_id=meeting_id)
                for item in self.agenda.model.items()
            ],
            tools=self.tools.tools(),
        )

    def is_modified(self) -> bool:
        return self.plan() != self._initial

    # -- reactions -----------------------------------------------------------------------

    def _start_moved(self) -> None:
        """The end keeps the meeting's length: moving the start day moves the end day."""
        starts = self.local_start()
        delta = starts - self._start
        self._start = starts
        if delta:
            ends = self.local_end() + delta
            self._set_local(starts, ends)
            try:
                previous = mp.default_retention(self._database, (starts - delta).date())
            except UserError as error:
                self.messages.show_general(str(error))
            else:
                if self.retention.date_value() == previous:
                    self._use_default_retention()
        self._times_changed()

    def _times_changed(self) -> None:
        starts, ends = self.local_start(), self.local_end()
        offset = mp.utc_offset(self.zone_name(), starts)
        if offset is None:
            self.offset.setText(self.tr("Unknown time zone"))
            self.offset.setStyleSheet(f"color: {error_colour(self.offset)};")
        else:
            self.offset.setText(
                self.tr("UTC{offset} on {day}").format(
                    offset=_offset_text(offset), day=format_date(starts.date())
                )
            )
            self.offset.setStyleSheet("")
        length = int((ends - starts).total_seconds() // 60)
        self.agenda.set_available(length if length >= 0 else None)
        self.invitations.set_day(starts.date())

    def _use_default_retention(self) -> None:
        try:
            day = mp.default_retention(self._database, self.start_date.date_value())
        except UserError as error:
            self.messages.show_general(str(error))
            return
        self.retention.set_date_value(day)

    # -- problems ------------------------------------------------------------------------

    def _field_widget(self, key: str) -> QWidget | None:
        return {
            "type": self.type,
            "title": self.title,
            "starts_at": self.start_time,
            "ends_at": self.end_time,
            "timezone": self.zone,
            "place": self.place,
            "online_link": self.online_link,
            "retention_until": self.retention,
            "notes": self.notes,
            "group_ids": self.invitations.groups,
            "person_ids": self.invitations.table,
            "tools": self.tools.list,
        }.get(key)

    def clear_problems(self) -> None:
        self.messages.clear()
        self.agenda.clear_problems()
        for label in (
            self.invitations.group_problem,
            self.invitations.person_problem,
            self.tools.problem,
        ):
            label.clear()
            label.hide()

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        """Each problem beside its field, on its tab; the first tab with one comes forward."""
        self.clear_problems()
        agenda = [p for p in problems if p.key.startswith("agenda[")]
        elsewhere = {
            "group_ids": self.invitations.group_problem,
            "person_ids": self.invitations.person_problem,
            "tools": self.tools.problem,
        }
        for problem in problems:
            label = elsewhere.get(problem.key)
            if label is not None:
                label.setText("\n".join(filter(None, (label.text(), problem.message))))
                label.show()
        self.messages.show(p for p in problems if p.key not in elsewhere and p not in agenda)
        self.agenda.show_problems(agenda)
        pages = [
            (DETAIL_FIELDS, self.details_page),
            (("group_ids", "person_ids"), self.invitations),
            (("tools",), self.tools),
        ]
        for keys, page in pages:
            first = next((p for p in problems if p.key in keys), None)
            if first is not None:
                self.tabs.setCurrentIndex(self._tab_of(page))
                widget = self._field_widget(first.key)
                if widget is not None:
                    widget.setFocus()
                return
        if agenda:
            self.tabs.setCurrentIndex(self._tab_of(self.agenda))
            self.agenda.table.setFocus()

    def _tab_of(self, page: QWidget) -> int:
        for index in range(self.tabs.count()):
            area = self.tabs.widget(index)
            if isinstance(area, QScrollArea) and area.widget() is page:
                return index
        return 0

    # -- saving and closing ----------------------------------------------------------------

    def save(self) -> mp.SaveOutcome | None:
        """Store the plan; None (and the problems shown, nothing stored) when refused."""
        self.clear_problems()
        plan = self.plan()
        try:
            outcome = mp.save_meeting_plan(self._database, plan, loaded=self.loaded)
        except EditConflict as conflict:
            base = choice_for_form(self, conflict, self.messages)
            if base is None:
                return None
            self.loaded = base
            return self.save()
        except ValidationError as error:
            self.show_problems(error.problems)
            return None
        except UserError as error:
            self.messages.show_general(str(error))
            return None
        self.outcome = outcome
        if self.loaded is not None:
            self.meeting_before = as_before_edit(outcome.plan.meeting, self.loaded, plan.meeting)
        return outcome

    def accept(self) -> None:
        if self.outcome is None and self.save() is None:
            return
        super().accept()

    def reject(self) -> None:
        if self.outcome is None and self.is_modified():
            discard = dialogs.confirm(
                self,
                self.tr("Discard changes"),
                self.tr("This meeting has changes that are not saved. Discard them?"),
                self.tr("&Discard changes"),
            )
            if not discard:
                return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.accept()
                return
            focus = self.focusWidget()
            if isinstance(focus, QAbstractButton) and focus.isEnabled():
                focus.click()
            event.accept()  # plain Enter never saves the whole meeting
            return
        super().keyPressEvent(event)


def _reporter(parent: QWidget | None) -> Callable[[Exception], None]:
    def report(error: Exception) -> None:
        alive = parent if parent is not None and shiboken6.isValid(parent) else None
        dialogs.show_error(alive, translate("MeetingEditor", "Meeting not changed"), str(error))

    return report


def _kept_message(kept: Sequence[str]) -> str:
    n = len(kept)
    return counted(
        MeetingInvitations.tr(
            "%n people stay on the list because their attendance is recorded: {names}.",
            "",
            n,
        ),
        n,
        "1 person stays on the list because their attendance is recorded: {names}.",
    ).format(names=join_list(list(kept)))


def edit_meeting(
    database: Database, undo_stack: QUndoStack, meeting_id: int | None, parent: QWidget | None
) -> int | None:
    """Open the editor on a meeting (None: a new one) and wait; the id of the meeting saved,
    or None when the editor was cancelled (or the meeting could not be read)."""
    title = translate("MeetingEditor", "Meeting")
    try:
        if meeting_id is None:
            before = None
            plan = mp.new_meeting_plan(database, today=date.today())
        else:
            before = mp.load_meeting_plan(database, meeting_id)
            plan = before
    except UserError as error:
        dialogs.show_user_error(parent, title, error)
        return None
    try:
        editor = MeetingEditor(database, plan, parent)
    except UserError as error:
        dialogs.show_user_error(parent, title, error)
        return None
    try:
        editor.exec()
        # What was saved counts, however the dialog was closed afterwards.
        outcome = editor.outcome
    finally:
        editor.deleteLater()
    if outcome is None:
        return None
    if before is not None and editor.meeting_before is not None:
        before = dataclasses.replace(before, meeting=editor.meeting_before)
    saved = outcome.plan
    if before is None or saved != before:
        text = (
            translate("MeetingEditor", "Add meeting {title}")
            if before is None
            else translate("MeetingEditor", "Edit meeting {title}")
        )
        command = MeetingPlanCommand(
            database, text.format(title=saved.meeting.title), before, outcome, _reporter(parent)
        )
        undo_stack.push(command)
    if outcome.kept and parent is not None:
        show_status(parent, _kept_message(outcome.kept), 10000)
    return saved.meeting.id
