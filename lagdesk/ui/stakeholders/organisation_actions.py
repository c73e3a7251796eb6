"""What the Organisations tab does: the organisation form, storing it, deleting."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import Sector
from lagdesk.errors import UserError
from lagdesk.ui.common.text import counted
from lagdesk.ui.common.undo import SaveRecordCommand
from lagdesk.ui.stakeholders import impact_text
from lagdesk.ui.stakeholders.organisation_dialog import OrganisationDialog, OrganisationEdit
from lagdesk.ui.stakeholders.stakeholder_actions import StakeholderActions


class OrganisationActions(StakeholderActions):
    #: The form open now, if any (tests reach it here).
    dialog: OrganisationDialog | None = None

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

        def submit(loaded: r.Organisation | None, edit: OrganisationEdit) -> list[QUndoCommand]:
            failures.clear()
            saved = store.update(self._database, loaded, edit.organisation)
            commands: list[QUndoCommand] = []
            if loaded is None:
                commands.append(SaveRecordCommand(self._context, "", None, saved))
            elif store.changed_fields(loaded, edit.organisation):
                undone = store.as_before_edit(saved, loaded, edit.organisation)
                commands.append(SaveRecordCommand(self._context, "", undone, saved))
            if edit.assessment is not None:
                try:
                    commands.append(self._assessed(edit.assessment, organisation_id=saved.id))
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
            status = self.tr("{name} saved.").format(name=name)
            self._push_stored(text, dialog.saved, status, failures)

        self._show_form(dialog, stored)
        return dialog

    def delete_organisations(self, rows: Sequence[sh.OrganisationRow]) -> bool:
        if not rows:
            return False
        impacts = self._impacts(sh.organisation_delete_impact, [row.id for row in rows])
        if impacts is None:
            return False
        question = impact_text.organisation_delete_question(
            rows[0].name, len(rows), impact_text.total_impact(impacts)
        )
        title = self.tr("Delete organisations") if len(rows) > 1 else self.tr("Delete organisation")
        named = [
            (row.id, self.tr("Delete organisation {name}").format(name=row.name)) for row in rows
        ]
        if len(rows) == 1:
            text = self.tr("Delete organisation {name}").format(name=rows[0].name)
        else:
            text = counted(
                self.tr("Delete %n organisations", "", len(rows)),
                len(rows),
                "Delete 1 organisation",
            )
        return self._delete_confirmed(
            title, question, self.tr("Delete"), r.Organisation, named, text
        )
