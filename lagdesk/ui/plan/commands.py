"""Undo commands of the Action plan: the objective tree (add, delete, rename, move by
button or drag), the action table (new, edit in place or in the dialog, delete, move up
or down or dragged onto another objective) and the risk register (add, edit, delete).

The change is made through core before a command is pushed, so each first redo does
nothing (``ChangeCommand``); undo and redo call core again, which renumbers the plan.
Several actions deleted or moved together are one command. Core stores each action in
its own transaction, so ``delete_actions`` and ``move_actions`` put back the ones already
done when a later one fails: the plan is never left half-changed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication

from lagdesk.core.plan import actions as pa
from lagdesk.core.plan import risks as pr
from lagdesk.core.plan import tree as pt
from lagdesk.core.plan.numbering import CodeChange, TreeChange
from lagdesk.core.support import records
from lagdesk.core.support.deletion import DeletedRows
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common.undo import ChangeCommand

Report = Callable[[UserError], None]
#: What core returns on a delete and takes back to restore it.
D = TypeVar("D")


# -- objectives --------------------------------------------------------------------------


class _AddedCommand(ChangeCommand, Generic[D]):
    """Something added through core (already stored when pushed): undo deletes it, keeping
    what core needs to bring it back as it was; redo brings it back."""

    def __init__(self, database: Database, report: Report, text: str, added_id: int) -> None:
        super().__init__(text, report)
        self.database = database
        self.added_id = added_id
        self.deleted: D | None = None

    def _delete(self) -> D:
        raise NotImplementedError

    def _restore(self, deleted: D) -> None:
        raise NotImplementedError

    def apply(self) -> None:
        if self.deleted is not None:
            self._restore(self.deleted)

    def revert(self) -> None:
        self.deleted = self._delete()


class AddObjectiveCommand(_AddedCommand[pt.ObjectiveDeletion]):
    def _delete(self) -> pt.ObjectiveDeletion:
        return pt.delete_objective(self.database, self.added_id)

    def _restore(self, deleted: pt.ObjectiveDeletion) -> None:
        pt.restore_objective(self.database, deleted)


class DeleteObjectiveCommand(ChangeCommand):
    def __init__(
        self, database: Database, report: Report, text: str, deletion: pt.ObjectiveDeletion
    ) -> None:
        super().__init__(text, report)
        self.database = database
        self.deletion = deletion

    def apply(self) -> None:
        self.deletion = pt.delete_objective(self.database, self.deletion.deleted.root_id)

    def revert(self) -> None:
        pt.restore_objective(self.database, self.deletion)


class RenameObjectiveCommand(ChangeCommand):
    def __init__(
        self,
        database: Database,
        report: Report,
        objective_id: int,
        title: str,
        before: pt.ObjectiveText,
    ) -> None:
        super().__init__(QCoreApplication.translate("ActionPlanPage", "Rename objective"), report)
        self.database = database
        self.objective_id = objective_id
        self.title = title
        self.before = before

    def apply(self) -> None:
        pt.rename_objective(self.database, self.objective_id, self.title)

    def revert(self) -> None:
        pt.rename_objective(
            self.database, self.objective_id, self.before.title, self.before.description
        )


class MoveObjectiveCommand(ChangeCommand):
    def __init__(
        self,
        database: Database,
        report: Report,
        objective_id: int,
        parent_id: int | None,
        position: int,
        change: TreeChange,
    ) -> None:
        super().__init__(QCoreApplication.translate("ActionPlanPage", "Move objective"), report)
        self.database = database
        self.objective_id = objective_id
        self.parent_id = parent_id
        self.position = position
        self.previous_parent_id = change.previous_parent_id
        self.previous_position = change.previous_position if change.previous_position else 0

    def apply(self) -> None:
        pt.move_objective(self.database, self.objective_id, self.parent_id, self.position)

    def revert(self) -> None:
        pt.move_objective(
            self.database, self.objective_id, self.previous_parent_id, self.previous_position
        )


# -- actions -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionMove:
    """Put ``action_id`` at ``position`` among the actions of ``objective_id``."""

    action_id: int
    objective_id: int
    position: int


def delete_actions(database: Database, action_ids: Sequence[int]) -> list[pt.ActionDeletion]:
    """Delete the actions in order; all of them or, when one fails, none."""
    done: list[pt.ActionDeletion] = []
    try:
        for action_id in action_ids:
            done.append(pt.delete_action(database, action_id))
    except UserError:
        restore_actions(database, done)
        raise
    return done


def restore_actions(database: Database, deletions: Sequence[pt.ActionDeletion]) -> None:
    """Undo ``delete_actions`` (the last deleted comes back first, so every action finds
    its place)."""
    for deletion in reversed(deletions):
        pt.restore_action(database, deletion)


def move_actions(database: Database, moves: Sequence[ActionMove]) -> list[TreeChange]:
    """Make the moves in order; all of them or, when one fails, none."""
    done: list[TreeChange] = []
    try:
        for move in moves:
            done.append(pt.move_action(database, move.action_id, move.objective_id, move.position))
    except UserError:
        unmove_actions(database, done)
        raise
    return done


def unmove_actions(database: Database, changes: Sequence[TreeChange]) -> None:
    for change in reversed(changes):
        assert change.previous_parent_id is not None
        pt.move_action(
            database, change.id, change.previous_parent_id, change.previous_position or 0
        )


def code_changes(changes: Sequence[TreeChange]) -> list[CodeChange]:
    """Every code that changed with a series of moves, each once (its latest change)."""
    found: dict[tuple[str, int], CodeChange] = {}
    for change in changes:
        for code in change.changes:
            key = (code.kind, code.id)
            first = found.get(key)
            found[key] = (
                code if first is None else dataclasses.replace(first, new_code=code.new_code)
            )
    return [code for code in found.values() if code.old_code != code.new_code]


class NewActionCommand(_AddedCommand[pt.ActionDeletion]):
    """An action added through the dialog: undo deletes it, redo puts it back (same id)."""

    def __init__(self, database: Database, report: Report, action_id: int, code: str) -> None:
        super().__init__(
            database,
            report,
            QCoreApplication.translate("ActionPlanPage", "New action {code}").format(code=code),
            action_id,
        )

    def _delete(self) -> pt.ActionDeletion:
        return pt.delete_action(self.database, self.added_id)

    def _restore(self, deleted: pt.ActionDeletion) -> None:
        pt.restore_action(self.database, deleted)


class DeleteActionsCommand(ChangeCommand):
    def __init__(
        self, database: Database, report: Report, text: str, deletions: list[pt.ActionDeletion]
    ) -> None:
        super().__init__(text, report)
        self.database = database
        self.deletions = deletions

    def apply(self) -> None:
        ids = [deletion.deleted.root_id for deletion in self.deletions]
        self.deletions = delete_actions(self.database, ids)

    def revert(self) -> None:
        restore_actions(self.database, self.deletions)


class MoveActionsCommand(ChangeCommand):
    def __init__(
        self,
        database: Database,
        report: Report,
        text: str,
        moves: Sequence[ActionMove],
        changes: Sequence[TreeChange],
    ) -> None:
        super().__init__(text, report)
        self.database = database
        self.moves = list(moves)
        self.changes = list(changes)

    def apply(self) -> None:
        self.changes = move_actions(self.database, self.moves)

    def revert(self) -> None:
        unmove_actions(self.database, self.changes)


class SetActionFieldsCommand(ChangeCommand):
    def __init__(
        self,
        database: Database,
        report: Report,
        action_id: int,
        values: dict[str, Any],
        previous: dict[str, Any],
    ) -> None:
        super().__init__(QCoreApplication.translate("ActionPlanPage", "Edit action"), report)
        self.database = database
        self.action_id = action_id
        self.values = values
        self.previous = previous

    def apply(self) -> None:
        pa.set_action_fields(self.database, self.action_id, self.values)

    def revert(self) -> None:
        pa.set_action_fields(self.database, self.action_id, self.previous)


def _without_part_ids(detail: pa.ActionDetail) -> pa.ActionDetail:
    """The detail with its milestones and funding lines as new ones (their ids may be gone
    after another save): saving it replaces the action's lines exactly."""
    return dataclasses.replace(
        detail,
        milestones=tuple(dataclasses.replace(item, id=None) for item in detail.milestones),
        funding_lines=tuple(dataclasses.replace(item, id=None) for item in detail.funding_lines),
    )


class EditActionCommand(ChangeCommand):
    """An action's detail saved as ``after``; undo saves ``before`` back. The action's own
    fields are written only where the two differ (refused when one of them was changed
    meanwhile); its lists as they were."""

    def __init__(
        self,
        database: Database,
        report: Report,
        before: pa.ActionDetail,
        after: pa.ActionDetail,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ActionPlanPage", "Edit action {code}").format(
                code=after.action.code
            ),
            report,
        )
        self.database = database
        self.before = before
        self.after = after

    def apply(self) -> None:
        pa.save_action_detail(self.database, _without_part_ids(self.after), self.before.action)

    def revert(self) -> None:
        pa.save_action_detail(self.database, _without_part_ids(self.before), self.after.action)


# -- risks -------------------------------------------------------------------------------
# A deleted risk comes back with its id, code and links (``core.plan.risks.restore_risk``),
# so the commands need no id map.


class AddRiskCommand(_AddedCommand[DeletedRows]):
    """A risk added: undo deletes it (keeping what is needed to bring it back as it was)."""

    def _delete(self) -> DeletedRows:
        return pr.delete_risk(self.database, self.added_id)

    def _restore(self, deleted: DeletedRows) -> None:
        pr.restore_risk(self.database, deleted)


class EditRiskCommand(ChangeCommand):
    """A risk's fields and linked actions changed together; undo and redo write only the
    fields that differ between ``before`` and ``after`` (refused when one of them was
    changed meanwhile)."""

    def __init__(
        self,
        database: Database,
        report: Report,
        text: str,
        before: tuple[records.Risk, tuple[int, ...]],
        after: tuple[records.Risk, tuple[int, ...]],
    ) -> None:
        super().__init__(text, report)
        self.database = database
        self.before = before
        self.after = after

    def apply(self) -> None:
        pr.save_risk(self.database, *self.after, loaded=self.before[0])

    def revert(self) -> None:
        pr.save_risk(self.database, *self.before, loaded=self.after[0])


class DeleteRiskCommand(ChangeCommand):
    def __init__(self, database: Database, report: Report, text: str, deleted: DeletedRows) -> None:
        super().__init__(text, report)
        self.database = database
        self.deleted = deleted

    def apply(self) -> None:
        self.deleted = pr.delete_risk(self.database, self.deleted.root_id)

    def revert(self) -> None:
        pr.restore_risk(self.database, self.deleted)
