"""Undo commands of the Stakeholders area, all writing through core.

Edits use the shared ``SaveRecordCommand``. A deleted person or organisation takes rows
with it (attendance, memberships, assessments, consents) and leaves others without it
(tasks, actions, risks, indicators, its people): the delete command keeps both, and undo
stores them again. Merges are undone by core (``undo_merge``), which restores the exact
rows and ids; adding people to a group is undone by deleting the new memberships.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Any

from PySide6.QtGui import QUndoCommand

from lagdesk.core import merge, store
from lagdesk.core import records as r
from lagdesk.db.database import Database
from lagdesk.ui.undo import RecordCommand, RecordGateway, UndoContext

#: Record types whose rows point at a person or organisation, and the fields that do.
PERSON_LINKS: dict[type, str] = {
    r.Attendance: "person_id",
    r.GroupMembership: "person_id",
    r.PowerInterestAssessment: "person_id",
    r.ConsentRecord: "person_id",
    r.Task: "owner_person_id",
    r.Action: "responsible_person_id",
    r.Risk: "owner_person_id",
    r.Indicator: "owner_person_id",
}
ORGANISATION_LINKS: dict[type, str] = {
    r.Person: "organisation_id",
    r.GroupMembership: "organisation_id",
    r.PowerInterestAssessment: "organisation_id",
    r.Action: "lead_organisation_id",
}
GROUP_LINKS: dict[type, str] = {
    r.GroupMembership: "group_id",
    r.StakeholderGroup: "parent_id",
}
LINKS: dict[type, dict[type, str]] = {
    r.Person: PERSON_LINKS,
    r.Organisation: ORGANISATION_LINKS,
    r.StakeholderGroup: GROUP_LINKS,
}
#: Rows deleted with their stakeholder (the others only lose the link).
GOES_WITH_IT = (r.Attendance, r.GroupMembership, r.PowerInterestAssessment, r.ConsentRecord)


def stakeholder_undo_context(
    database: Database, report: Callable[[Exception], None]
) -> UndoContext:
    """How the area's commands write each record type (through core's generic store)."""

    def gateway(kind: type, **references: type) -> RecordGateway:
        return RecordGateway(
            save=partial(store.save, database),
            delete=partial(store.delete, database, kind),
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
            r.Attendance: gateway(r.Attendance, person_id=person),
            r.Task: gateway(r.Task, owner_person_id=person),
            r.Action: gateway(
                r.Action, responsible_person_id=person, lead_organisation_id=organisation
            ),
            r.Risk: gateway(r.Risk, owner_person_id=person),
            r.Indicator: gateway(r.Indicator, owner_person_id=person),
        },
        report=report,
    )


@dataclasses.dataclass(frozen=True)
class Dependents:
    """What points at a stakeholder: rows deleted with it, and rows that lose the link."""

    deleted: list[Any]
    unlinked: list[Any]


def dependents(
    database: Database, record: r.Person | r.Organisation | r.StakeholderGroup
) -> Dependents:
    links = LINKS[type(record)]
    deleted: list[Any] = []
    unlinked: list[Any] = []
    for kind, field in links.items():
        found = store.find(database, kind, **{field: record.id})
        (deleted if kind in GOES_WITH_IT else unlinked).extend(found)
    return Dependents(deleted, unlinked)


class DeleteStakeholderCommand(RecordCommand):
    """A person, organisation or group deleted; undo stores it again with what went with it."""

    def __init__(self, context: UndoContext, text: str, record: Any, found: Dependents) -> None:
        super().__init__(context, text, found.unlinked)
        self.record = record
        self.deleted = found.deleted

    def apply(self) -> None:
        self.context.delete(self.record)

    def revert(self) -> None:
        self.context.recreate(self.record)
        for row in self.deleted:
            self.context.recreate(row)


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
