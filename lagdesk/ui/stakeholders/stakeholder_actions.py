"""What the People and Organisations tabs do alike: store a form's power/interest
assessment, push a stored form's changes as one undo step, delete with a snapshot.

The texts stay with each tab's own actions (their translation context is the tab's);
this holds only the steps they share.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support import deletion
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.undo import SaveRecordCommand, UndoContext
from lagdesk.ui.common.widgets import show_status
from lagdesk.ui.stakeholders.assessment_panel import AssessmentInput
from lagdesk.ui.stakeholders.commands import DeleteStakeholderCommand, push_all


class StakeholderActions(QObject):
    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        context: UndoContext,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._undo = undo_stack
        self._context = context
        self._parent = parent

    def _report(self, error: UserError) -> None:
        self._context.report(error)

    def _assessed(
        self,
        assessment: AssessmentInput,
        person_id: int | None = None,
        organisation_id: int | None = None,
    ) -> QUndoCommand:
        """Store the form's new assessment of the person or the organisation; the command's
        text is the form's macro's."""
        made = sh.assess(
            self._database,
            person_id=person_id,
            organisation_id=organisation_id,
            power=assessment.power,
            interest=assessment.interest,
            on=assessment.on,
            note=assessment.note,
        )
        return SaveRecordCommand(self._context, "", None, made)

    def _show_form(self, dialog: QDialog, stored: Callable[[], None]) -> None:
        """Open ``dialog`` window-modal; ``stored`` runs once it saved and closed."""
        dialog.accepted.connect(stored)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda: setattr(self, "dialog", None))
        dialog.open()

    def _push_stored(
        self, text: str, commands: list[QUndoCommand], status: str, failures: list[UserError]
    ) -> None:
        """One undo step for the stored form, then what could not be stored with it."""
        push_all(self._undo, text, commands)
        show_status(self._parent, status)
        for error in failures:
            self._report(error)

    def _impacts(
        self, impact: Callable[[Database, int], sh.DeleteImpact], ids: Sequence[int]
    ) -> list[sh.DeleteImpact] | None:
        """What deleting each of ``ids`` takes with it; None (reported) when unreadable."""
        try:
            return [impact(self._database, record_id) for record_id in ids]
        except UserError as error:
            self._report(error)
            return None

    def _delete_confirmed(
        self,
        title: str,
        question: str,
        yes: str,
        kind: type[Any],
        named: Sequence[tuple[int, str]],
        text: str,
    ) -> bool:
        """Ask; then delete each (id, undo text) of ``named``, one undo step ``text``."""
        if not dialogs.confirm(self._parent, title, question, yes):
            return False
        commands = []
        try:
            for record_id, undo_text in named:
                deleted = deletion.delete_with_snapshot(self._database, kind, record_id)
                command = DeleteStakeholderCommand(
                    self._context, undo_text, self._database, deleted
                )
                commands.append(command)
        except UserError as error:
            self._report(error)
        push_all(self._undo, text, commands)
        show_status(self._parent, text)
        return bool(commands)
