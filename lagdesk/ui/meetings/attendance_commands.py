"""The undo steps of attendance mode: a status, a walk-in, an anonymous count.

Each is pushed after core has already made the change (the first redo does nothing, see
``lagdesk.ui.common.undo.RecordCommand``).
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from lagdesk.core.meetings import attendance as att
from lagdesk.db.codes import AttendanceStatus, Gender, Sector
from lagdesk.db.database import Database
from lagdesk.ui.common.undo import RecordCommand, UndoContext

#: Undo commands of one anonymous cell typed or stepped in a row merge into one.
ANONYMOUS_COMMAND_ID = 0x4154


class StatusCommand(RecordCommand):
    """A person's status changed (already stored when pushed)."""

    def __init__(
        self,
        context: UndoContext,
        text: str,
        database: Database,
        meeting_id: int,
        person_id: int,
        before: AttendanceStatus | None,
        after: AttendanceStatus,
    ) -> None:
        super().__init__(context, text, ())
        self.database, self.meeting_id, self.person_id = database, meeting_id, person_id
        self.before, self.after = before, after

    def apply(self) -> None:
        att.set_status(self.database, self.meeting_id, self.person_id, self.after)

    def revert(self) -> None:
        att.set_status(self.database, self.meeting_id, self.person_id, self.before)


class WalkInCommand(RecordCommand):
    """A walk-in added (already stored when pushed); undo removes what it created."""

    def __init__(
        self,
        context: UndoContext,
        text: str,
        database: Database,
        walk_in: att.WalkIn,
        typed: tuple[str, str, Sector | None],
    ) -> None:
        super().__init__(context, text, ())
        self.database, self.walk_in, self.typed = database, walk_in, typed

    def apply(self) -> None:
        name, organisation, sector = self.typed
        self.walk_in = att.add_walk_in(
            self.database, self.walk_in.meeting_id, name, organisation, sector
        )

    def revert(self) -> None:
        att.undo_walk_in(self.database, self.walk_in)


class AnonymousCountCommand(RecordCommand):
    """One anonymous cell changed; steps on the same cell in a row merge into one command."""

    def __init__(
        self,
        context: UndoContext,
        text: str,
        database: Database,
        meeting_id: int,
        cell: tuple[Sector | None, Gender],
        before: int,
        after: int,
    ) -> None:
        super().__init__(context, text, ())
        self.database, self.meeting_id, self.cell = database, meeting_id, cell
        self.before, self.after = before, after

    def id(self) -> int:
        return ANONYMOUS_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, AnonymousCountCommand)
            and other.meeting_id == self.meeting_id
            and other.cell == self.cell
            and not self.isObsolete()
        ):
            return False
        self.after = other.after
        # Back where it started: the command leaves the stack.
        self.setObsolete(self.after == self.before)
        return True

    def apply(self) -> None:
        sector, gender = self.cell
        att.set_anonymous_count(self.database, self.meeting_id, sector, gender, self.after)

    def revert(self) -> None:
        sector, gender = self.cell
        att.set_anonymous_count(self.database, self.meeting_id, sector, gender, self.before)
