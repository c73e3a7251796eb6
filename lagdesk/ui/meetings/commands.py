"""Undo commands of the Meetings area: a meeting added or edited in the editor, deleted
or imported; attendance (a status, a walk-in, an anonymous count); the minutes (decisions,
the actions made from them, tasks); a meeting's files (an edit, files added or deleted,
people marked in a photo).

Each is pushed after core has already made the change (the first redo does nothing, see
``lagdesk.ui.common.undo.RecordCommand`` and ``ChangeCommand``), and a failed undo or redo
is reported, never raised. Core puts deleted meetings, decisions, tasks and files back with
their exact rows (a file's bytes included), so the ids stay the same and the commands need
no id map.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from lagdesk.core.meetings import attachments as at
from lagdesk.core.meetings import attendance as att
from lagdesk.core.meetings import minutes as mn
from lagdesk.core.meetings import overview as mt
from lagdesk.core.meetings import planning as mp
from lagdesk.core.support import deletion
from lagdesk.core.support import records as r
from lagdesk.core.support.deletion import DeletedRows
from lagdesk.db.codes import AttendanceStatus, Gender, Sector
from lagdesk.db.database import Database
from lagdesk.ui.common.undo import ChangeCommand, RecordCommand, UndoContext

V = TypeVar("V")

# -- meetings ----------------------------------------------------------------------------


class MeetingCommand(ChangeCommand):
    """A change to a whole meeting, already made through core when pushed."""

    def __init__(self, text: str, database: Database, report: Callable[[Exception], None]):
        super().__init__(text, report)
        self.database = database


class DeleteMeetingCommand(MeetingCommand):
    """A meeting deleted with everything that went with it; undo puts it back exactly."""

    def __init__(
        self,
        text: str,
        database: Database,
        deleted: DeletedRows,
        report: Callable[[Exception], None],
    ) -> None:
        super().__init__(text, database, report)
        self.deleted = deleted

    def apply(self) -> None:
        self.deleted = mt.delete_meeting(self.database, self.deleted.root_id)

    def revert(self) -> None:
        mt.restore_meeting(self.database, self.deleted)


class AddMeetingCommand(MeetingCommand):
    """A meeting added outside the editor (an imported invitation): undo deletes it, redo
    puts it back with the same id."""

    def __init__(
        self, text: str, database: Database, meeting_id: int, report: Callable[[Exception], None]
    ) -> None:
        super().__init__(text, database, report)
        self.meeting_id = meeting_id
        self.deleted: DeletedRows | None = None

    def apply(self) -> None:
        if self.deleted is not None:
            mt.restore_meeting(self.database, self.deleted)

    def revert(self) -> None:
        self.deleted = mt.delete_meeting(self.database, self.meeting_id)


def _statuses(rows: Sequence[r.Attendance]) -> dict[int, AttendanceStatus]:
    return {row.person_id: row.status for row in rows}


class MeetingPlanCommand(ChangeCommand):
    """A meeting added (``before`` None) or edited in the editor; already stored when pushed.

    Undoing an addition deletes the meeting with a snapshot of all that went with it, redo
    restores the snapshot exactly (same ids). Undoing an edit stores the previous plan
    again, giving back the rows the edit removed with their status ("registered"); redo
    stores the edited plan. The meeting's own fields are written only where the two plans
    differ, so minutes typed since stay. A step that fails (or finds one of those fields
    changed meanwhile) is reported and the command becomes obsolete.
    """

    def __init__(
        self,
        database: Database,
        text: str,
        before: mp.MeetingPlan | None,
        outcome: mp.SaveOutcome,
        report: Callable[[Exception], None],
    ) -> None:
        super().__init__(text, report)
        self.database = database
        self.before = before
        self.after = outcome.plan
        self._removed_by_redo: list[r.Attendance] = list(outcome.removed)
        self._removed_by_undo: list[r.Attendance] = []
        self._deleted: deletion.DeletedRows | None = None

    @property
    def meeting_id(self) -> int:
        meeting_id = self.after.meeting.id
        assert meeting_id is not None
        return meeting_id

    def apply(self) -> None:
        if self.before is None:
            if self._deleted is not None:
                deletion.restore(self.database, self._deleted)
                self._deleted = None
            return
        statuses = _statuses(self._removed_by_undo)
        outcome = mp.save_meeting_plan(
            self.database, self.after, statuses=statuses, loaded=self.before.meeting
        )
        self._removed_by_redo = outcome.removed

    def revert(self) -> None:
        if self.before is None:
            self._deleted = deletion.delete_with_snapshot(self.database, r.Meeting, self.meeting_id)
            return
        statuses = _statuses(self._removed_by_redo)
        outcome = mp.save_meeting_plan(
            self.database, self.before, statuses=statuses, loaded=self.after.meeting
        )
        self._removed_by_undo = outcome.removed


# -- attendance --------------------------------------------------------------------------

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


# -- minutes -----------------------------------------------------------------------------


class _MinutesCommand(RecordCommand):
    def __init__(self, context: UndoContext, text: str, database: Database) -> None:
        super().__init__(context, text, ())
        self.database = database


class AddDecisionCommand(_MinutesCommand):
    def __init__(self, context: UndoContext, text: str, database: Database, decision_id: int):
        super().__init__(context, text, database)
        self.decision_id = decision_id
        self.deleted: deletion.DeletedRows | None = None

    def revert(self) -> None:
        self.deleted = mn.delete_decision(self.database, self.decision_id)

    def apply(self) -> None:
        if self.deleted is not None:
            mn.restore_decision(self.database, self.deleted)


class _DecisionChangeCommand(_MinutesCommand, Generic[V]):
    """One value of a decision changed (its text, its number): undo and redo set it."""

    def __init__(
        self,
        context: UndoContext,
        text: str,
        database: Database,
        decision_id: int,
        before: V,
        after: V,
    ) -> None:
        super().__init__(context, text, database)
        self.decision_id, self.before, self.after = decision_id, before, after

    def _set(self, value: V) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        self._set(self.before)

    def apply(self) -> None:
        self._set(self.after)


class EditDecisionCommand(_DecisionChangeCommand[str]):
    def _set(self, value: str) -> None:
        mn.edit_decision(self.database, self.decision_id, value)


class MoveDecisionCommand(_DecisionChangeCommand[int]):
    def _set(self, value: int) -> None:
        mn.move_decision(self.database, self.decision_id, value)


class _DeleteMinutesCommand(_MinutesCommand):
    """A decision or task deleted by core; undo puts its rows back, redo deletes again."""

    def __init__(
        self, context: UndoContext, text: str, database: Database, deleted: deletion.DeletedRows
    ) -> None:
        super().__init__(context, text, database)
        self.deleted = deleted

    def _delete(self, record_id: int) -> deletion.DeletedRows:
        raise NotImplementedError

    def _restore(self, deleted: deletion.DeletedRows) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        self._restore(self.deleted)

    def apply(self) -> None:
        self.deleted = self._delete(self.deleted.root_id)


class DeleteDecisionCommand(_DeleteMinutesCommand):
    def _delete(self, record_id: int) -> deletion.DeletedRows:
        return mn.delete_decision(self.database, record_id)

    def _restore(self, deleted: deletion.DeletedRows) -> None:
        mn.restore_decision(self.database, deleted)


class MakeActionCommand(_MinutesCommand):
    """An action made from a decision; undo deletes it (core keeps it to put back)."""

    def __init__(self, context: UndoContext, text: str, database: Database, action_id: int):
        super().__init__(context, text, database)
        self.action_id = action_id
        self.deleted: deletion.DeletedRows | None = None

    def revert(self) -> None:
        self.deleted = deletion.delete_with_snapshot(self.database, r.Action, self.action_id)

    def apply(self) -> None:
        if self.deleted is not None:
            deletion.restore(self.database, self.deleted)


class SaveTaskCommand(_MinutesCommand):
    """A task added (``before`` None) or edited; ``after`` is the task as stored."""

    def __init__(
        self,
        context: UndoContext,
        text: str,
        database: Database,
        before: r.Task | None,
        after: r.Task,
    ) -> None:
        super().__init__(context, text, database)
        self.before, self.after = before, after
        self.deleted: deletion.DeletedRows | None = None

    def revert(self) -> None:
        if self.before is None:
            assert self.after.id is not None
            self.deleted = mn.delete_task(self.database, self.after.id)
        else:
            mn.save_task(self.database, self.before)

    def apply(self) -> None:
        if self.before is None:
            if self.deleted is not None:
                mn.restore_task(self.database, self.deleted)
        else:
            mn.save_task(self.database, self.after)


class DeleteTaskCommand(_DeleteMinutesCommand):
    def _delete(self, record_id: int) -> deletion.DeletedRows:
        return mn.delete_task(self.database, record_id)

    def _restore(self, deleted: deletion.DeletedRows) -> None:
        mn.restore_task(self.database, deleted)


# -- files -------------------------------------------------------------------------------


class EditFileCommand(RecordCommand):
    """A caption, kind or flag changed (already stored when pushed)."""

    def __init__(
        self,
        context: UndoContext,
        text: str,
        database: Database,
        before: at.AttachmentRow,
        after: at.AttachmentRow,
    ) -> None:
        super().__init__(context, text, ())
        self.database, self.before, self.after = database, before, after

    def apply(self) -> None:
        at.update_attachment(self.database, self.after)

    def revert(self) -> None:
        at.update_attachment(self.database, self.before)


class PeopleInPhotoCommand(RecordCommand):
    def __init__(
        self,
        context: UndoContext,
        text: str,
        database: Database,
        attachment_id: int,
        before: Sequence[int],
        after: Sequence[int],
    ) -> None:
        super().__init__(context, text, ())
        self.database = database
        self.attachment_id = attachment_id
        self.before, self.after = list(before), list(after)

    def apply(self) -> None:
        at.set_people_in_photo(self.database, self.attachment_id, self.after)

    def revert(self) -> None:
        at.set_people_in_photo(self.database, self.attachment_id, self.before)
