"""Undo commands of the Stakeholders area, all writing through core.

Edits use the shared ``SaveRecordCommand``. A person, organisation or group is deleted by
core with a snapshot of everything that went with it (``lagdesk.core.support.deletion``): undo puts
those rows back exactly, with their ids, so nothing that knew the old ids needs telling.
Merges are undone by core too (``undo_merge``); adding people to a group is undone by
deleting the new memberships.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Any

from PySide6.QtGui import QUndoCommand

from lagdesk.core.stakeholders import merge
from lagdesk.core.support import deletion, store
from lagdesk.core.support import records as r
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common.undo import RecordCommand, RecordGateway, UndoContext


def stakeholder_undo_context(
    database: Database, report: Callable[[UserError], None]
) -> UndoContext:
    """How the area's commands write each record type (through core's generic store)."""

    def gateway(kind: type, **references: type) -> RecordGateway:
        return RecordGateway(
            save=partial(store.save, database),
            delete=partial(store.delete, database, kind),
            update=partial(store.update, database),
            references=references,
        )

    person, organisation, group = r.Person, r.Organisation, r.StakeholderGroup
    return UndoContext(
        {
            person: gateway(person, organisation_id=organisation),
            organisation: gateway(organisation),
            group: gateway(group, parent_id=group),
            r.GroupMembership: gateway(
                r.GroupMembership, group_id=group, person_id=person, organisation_id=organisation
            ),
            r.PowerInterestAssessment: gateway(
                r.PowerInterestAssessment, person_id=person, organisation_id=organisation
            ),
            r.ConsentRecord: gateway(r.ConsentRecord, person_id=person),
        },
        report=report,
    )


#: The record types the area deletes, by table.
STAKEHOLDER_TYPES: dict[str, type] = {
    store.model_of(kind).__tablename__: kind
    for kind in (r.Person, r.Organisation, r.StakeholderGroup)
}


class DeleteStakeholderCommand(RecordCommand):
    """A person, organisation or group deleted by core (already done when pushed); undo
    restores the snapshot, redo deletes again and keeps the new snapshot.

    When core refuses the restore (the id was given to a new record, or a row it needs was
    deleted, outside this stack), the message is shown and the command turns obsolete: it
    leaves the stack, and inside a macro it does nothing any more.
    """

    def __init__(
        self, context: UndoContext, text: str, database: Database, deleted: deletion.DeletedRows
    ) -> None:
        super().__init__(context, text, ())
        self.database = database
        self.deleted = deleted
        self.kind = STAKEHOLDER_TYPES[deleted.table]
        #: The id the undo context knows this record by (a record added, undone and redone
        #: here has a new id, see ``IdMap``).
        self.known_as = context.ids.original(self.kind, deleted.root_id)

    def apply(self) -> None:
        if self.isObsolete():
            return
        record_id = self.context.ids.current(self.kind, self.known_as)
        self.deleted = deletion.delete_with_snapshot(self.database, self.kind, record_id)

    def revert(self) -> None:
        if self.isObsolete():
            return
        deletion.restore(self.database, self.deleted)


class AddToGroupCommand(RecordCommand):
    """People added to a group (the memberships are already stored when it is pushed)."""

    def __init__(
        self, context: UndoContext, text: str, memberships: Sequence[r.GroupMembership]
    ) -> None:
        super().__init__(context, text, ())
        self.memberships = list(memberships)

    def apply(self) -> None:
        for membership in self.memberships:
            self.context.recreate(membership)

    def revert(self) -> None:
        for membership in self.memberships:
            self.context.delete(membership)


class MergeCommand(RecordCommand):
    """Two duplicates merged by core; undo and redo are core's too."""

    def __init__(
        self,
        context: UndoContext,
        text: str,
        database: Database,
        result: merge.MergeResult,
    ) -> None:
        super().__init__(context, text, ())
        self.database = database
        self.result = result

    def apply(self) -> None:
        kind = type(self.result.dropped)
        keep = self.context.ids.current(kind, self.result.kept_id)
        drop = self.result.dropped.id
        assert drop is not None
        do = merge.merge_people if kind is r.Person else merge.merge_organisations
        self.result = do(self.database, keep, drop)

    def revert(self) -> None:
        merge.undo_merge(self.database, self.result)


def push_all(stack: Any, text: str, commands: Iterable[QUndoCommand]) -> None:
    """One entry on the stack, however many commands the change took."""
    commands = list(commands)
    if len(commands) == 1:
        commands[0].setText(text)
        stack.push(commands[0])
    elif commands:
        stack.beginMacro(text)
        for command in commands:
            stack.push(command)
        stack.endMacro()
