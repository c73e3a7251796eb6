"""Undo commands of the objective tree: add, delete, rename, move (by button or drag).

The change is made through core before a command is pushed, so each first redo does
nothing (``ChangeCommand``); undo and redo call core again, which renumbers the plan.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from lagdesk.core.plan import tree as pt
from lagdesk.core.plan.numbering import TreeChange
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common.undo import ChangeCommand

Report = Callable[[UserError], None]


class AddObjectiveCommand(ChangeCommand):
    def __init__(self, database: Database, report: Report, text: str, objective_id: int) -> None:
        super().__init__(text, report)
        self.database = database
        self.objective_id = objective_id
        self.deletion: pt.ObjectiveDeletion | None = None

    def apply(self) -> None:
        if self.deletion is not None:
            pt.restore_objective(self.database, self.deletion)

    def revert(self) -> None:
        self.deletion = pt.delete_objective(self.database, self.objective_id)


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
