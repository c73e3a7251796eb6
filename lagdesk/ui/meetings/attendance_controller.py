"""What attendance mode asks of core, apart from the widgets that show it.

The controller keeps the meeting's list and anonymous counts as last read, makes each
change through core, and pushes the change to the undo stack already done. The panel shows
what it holds: ``person_changed`` and ``counts_changed`` come after core stored a change
and before it enters the undo stack, so the screen is right by the time anyone else hears
of it; ``changed`` follows every write; ``read_again`` when the undo stack moved by another
hand (an undo, another window), because the list may be different now.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from lagdesk.core.meetings import attendance as att
from lagdesk.core.support.labels import label
from lagdesk.db.codes import AttendanceStatus, Sector
from lagdesk.db.database import Database
from lagdesk.errors import NotFoundError, UserError, ValidationError
from lagdesk.i18n import translate
from lagdesk.ui.common.undo import UndoContext
from lagdesk.ui.meetings.anonymous_counts import Cell, sector_name
from lagdesk.ui.meetings.commands import AnonymousCountCommand, StatusCommand, WalkInCommand


class AttendanceController(QObject):
    """Attendance of one meeting (``set_meeting``) through core, with undo."""

    #: A person's new status is stored (the person with it).
    person_changed = Signal(object)
    #: An anonymous count is stored.
    counts_changed = Signal()
    #: After every write of this controller.
    changed = Signal()
    #: The undo stack moved by another hand: the list and the counts may differ now.
    read_again = Signal()

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        report: Callable[[Exception], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._undo = undo_stack
        self._report = report
        self._context = UndoContext({}, report)
        self.meeting_id: int | None = None
        self.people: list[att.Invitee] = []
        self.anonymous: dict[Cell, int] = {}
        #: Set while this controller pushes its own command (the screen is right already).
        self._pushing = False
        self._undo.indexChanged.connect(self._undo_moved)

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id

    def read(self) -> list[att.OrganisationName]:
        """Read the list and the anonymous counts again; give the register's organisations
        (for the walk-in form)."""
        if self.meeting_id is None:
            self.people, self.anonymous, organisations = [], {}, []
        else:
            try:
                self.people = att.invitees(self._database, self.meeting_id)
                self.anonymous = att.anonymous_counts(self._database, self.meeting_id)
                organisations = att.organisations(self._database)
            except NotFoundError:  # deleted meanwhile (an undo): the page chooses another
                self.people, self.anonymous, organisations = [], {}, []
            except UserError as error:
                self._report(error)
                self.people, self.anonymous, organisations = [], {}, []
        return organisations

    def counts(self) -> att.LiveCounts:
        return att.live_counts(self.people, self.anonymous)

    # -- changes -------------------------------------------------------------------------

    def mark(self, person: att.Invitee, status: AttendanceStatus) -> bool:
        """Store ``status`` for ``person``; False when core refused (the error is shown,
        and the list should be read again)."""
        assert self.meeting_id is not None
        try:
            before = att.set_status(self._database, self.meeting_id, person.person_id, status)
        except UserError as error:
            self._report(error)
            return False
        command = StatusCommand(
            self._context,
            translate("AttendancePanel", "Mark {name} as {status}").format(
                name=person.name, status=label(status)
            ),
            self._database,
            self.meeting_id,
            person.person_id,
            before,
            status,
        )
        marked = dataclasses.replace(person, status=status)
        self.people = [
            marked if found.person_id == marked.person_id else found for found in self.people
        ]
        self.person_changed.emit(marked)
        self._push(command)
        return True

    def add_walk_in(self, typed: tuple[str, str, Sector | None]) -> att.WalkIn | None:
        """Add a walk-in (name, organisation, sector of a new organisation) as attended.

        A ``ValidationError`` is raised for the form to show beside its fields; any other
        refusal is shown here and gives None.
        """
        assert self.meeting_id is not None
        try:
            walk_in = att.add_walk_in(self._database, self.meeting_id, *typed)
        except ValidationError:
            raise
        except UserError as error:
            self._report(error)
            return None
        self._push(
            WalkInCommand(
                self._context,
                translate("AttendancePanel", "Add walk-in {name}").format(name=typed[0]),
                self._database,
                walk_in,
                typed,
            )
        )
        return walk_in

    def count_anonymously(self, cell: Cell, value: int) -> bool:
        """Store an anonymous count; False when core refused (the error is shown, and the
        counts should be read again)."""
        assert self.meeting_id is not None
        sector, gender = cell
        try:
            before = att.set_anonymous_count(self._database, self.meeting_id, sector, gender, value)
        except UserError as error:
            self._report(error)
            return False
        if value:
            self.anonymous[cell] = value
        else:
            self.anonymous.pop(cell, None)
        self.counts_changed.emit()
        if before != value:
            self._push(
                AnonymousCountCommand(
                    self._context,
                    translate("AttendancePanel", "Count anonymously: {sector}, {gender}").format(
                        sector=sector_name(sector), gender=label(gender)
                    ),
                    self._database,
                    self.meeting_id,
                    cell,
                    before,
                    value,
                )
            )
        return True

    # -- undo ----------------------------------------------------------------------------

    def _push(self, command: QUndoCommand) -> None:
        self._pushing = True
        try:
            self._undo.push(command)
        finally:
            self._pushing = False
        self.changed.emit()

    def _undo_moved(self, _index: int) -> None:
        if not self._pushing and self.meeting_id is not None:
            self.read_again.emit()
