"""What the Organisations tab does: the organisation form, storing it, deleting."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support import deletion, store
from lagdesk.core.support import records as r
from lagdesk.db.codes import Sector
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.text import counted
from lagdesk.ui.common.undo import SaveRecordCommand, UndoContext
from lagdesk.ui.common.widgets import show_status
from lagdesk.ui.stakeholders import impact_text
from lagdesk.ui.stakeholders.commands import DeleteStakeholderCommand, push_all
from lagdesk.ui.stakeholders.organisation_dialog import OrganisationDialog, OrganisationEdit


class OrganisationActions(QObject):
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
        self.dialog: OrganisationDialog | None = None

    def _report(self, error: UserError) -> None:
        self._context.report(error)

    def new_organisation(self) -> OrganisationDialog:
        return self.open_form(r.Organisation(name="", sector=Sector.PUBLIC))

    def edit_organisation(self, organisation_id: int) -> OrganisationDialog | None:
        try:
            organisation = store.get(self._database, r.Organisation, organisation_id)
            history = sh.assessment_history(self._database, organisation_id=organisation_id)
        except UserError as error:
            self._report(error)
            return None
        dialog = self.open_form(organisation)
        dialog.assessment.set_history(history)
        return dialog

    def open_form(self, organisation: r.Organisation) -> OrganisationDialog:
        before = None if organisation.id is None else organisation
        failures: list[UserError] = []

        def submit(edit: OrganisationEdit) -> list[QUndoCommand]:
            failures.clear()
            saved = store.save(self._database, edit.organisation)
            commands: list[QUndoCommand] = []
            if before is None or saved != before:
                commands.append(SaveRecordCommand(self._context, "", before, saved))
            if edit.assessment is not None:
                a = edit.assessment
                try:
                    made = sh.assess(
                        self._database,
                        organisation_id=saved.id,
                        power=a.power,
                        interest=a.interest,
                        on=a.on,
                        note=a.note,
                    )
                    commands.append(SaveRecordCommand(self._context, "", None, made))
                except UserError as error:
                    failures.append(error)
            return commands

        dialog = OrganisationDialog(organisation, submit, self._parent)
        self.dialog = dialog

        def stored() -> None:
            name = dialog.edit().organisation.name
            text = (
                self.tr("Add organisation {name}")
                if before is None
                else self.tr("Edit organisation {name}")
            ).format(name=name)
            push_all(self._undo, text, dialog.saved)
            show_status(self._parent, self.tr("{name} saved.").format(name=name))
            for error in failures:
                self._report(error)

        dialog.accepted.connect(stored)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def delete_organisations(self, rows: Sequence[sh.OrganisationRow]) -> bool:
        if not rows:
            return False
        try:
            impacts = [sh.organisation_delete_impact(self._database, row.id) for row in rows]
        except UserError as error:
            self._report(error)
            return False
        question = impact_text.organisation_delete_question(
            rows[0].name, len(rows), impact_text.total_impact(impacts)
        )
        title = self.tr("Delete organisations") if len(rows) > 1 else self.tr("Delete organisation")
        if not dialogs.confirm(self._parent, title, question, self.tr("Delete")):
            return False
        commands = []
        try:
            for row in rows:
                deleted = deletion.delete_with_snapshot(self._database, r.Organisation, row.id)
                text = self.tr("Delete organisation {name}").format(name=row.name)
                command = DeleteStakeholderCommand(self._context, text, self._database, deleted)
                commands.append(command)
        except UserError as error:
            self._report(error)
        if len(rows) == 1:
            text = self.tr("Delete organisation {name}").format(name=rows[0].name)
        else:
            text = counted(
                self.tr("Delete %n organisations", "", len(rows)),
                len(rows),
                "Delete 1 organisation",
            )
        push_all(self._undo, text, commands)
        show_status(self._parent, text)
        return bool(commands)
