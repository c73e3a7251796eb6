"""What the People tab does: open the person form, store it, delete, export, erase.

Changes are made through core, then pushed to the window's undo stack (already done, so
the first redo does nothing). Dialogs open window-modal and return at once; tests drive
them directly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand

from lagdesk.core.stakeholders import personal_data
from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.text import counted
from lagdesk.ui.common.undo import SaveRecordCommand
from lagdesk.ui.common.widgets import show_status
from lagdesk.ui.stakeholders import impact_text
from lagdesk.ui.stakeholders.person_dialog import PersonDialog, PersonEdit
from lagdesk.ui.stakeholders.stakeholder_actions import StakeholderActions

Report = Callable[[UserError], None]


def full_name(person: r.Person | sh.PersonRow) -> str:
    return f"{person.first_name} {person.last_name}".strip()


def organisation_choices(database: Database) -> list[tuple[int, str]]:
    """Every organisation by name, for the person form's picker."""
    ids = sh.organisation_ids(database, sh.StakeholderFilter(), "name")
    return [(row.id, row.name) for row in sh.organisation_rows(database, ids)]


class PersonActions(StakeholderActions):
    #: Something changed outside the undo stack (an erase): the lists reload.
    changed = Signal()

    #: The form open now, if any (tests reach it here).
    dialog: PersonDialog | None = None

    # -- the form ----------------------------------------------------------------------

    def new_person(self) -> PersonDialog:
        return self.open_form(r.Person(last_name=""))

    def edit_person(self, person_id: int) -> PersonDialog | None:
        try:
            person = store.get(self._database, r.Person, person_id)
            consents = sh.consents(self._database, person_id)
            history = sh.assessment_history(self._database, person_id=person_id)
        except UserError as error:
            self._report(error)
            return None
        dialog = self.open_form(person)
        dialog.consent.set_consents(consents)
        dialog.assessment.set_history(history)
        return dialog

    def open_form(self, person: r.Person) -> PersonDialog:
        before = None if person.id is None else person
        failures: list[UserError] = []

        def submit(loaded: r.Person | None, edit: PersonEdit) -> list[QUndoCommand]:
            failures.clear()
            return self._store(loaded, edit, failures)

        dialog = PersonDialog(person, organisation_choices(self._database), submit, self._parent)
        self.dialog = dialog

        def stored() -> None:
            commands: list[QUndoCommand] = dialog.saved
            name = full_name(dialog.edit().person)
            text = (
                self.tr("Add person {name}") if before is None else self.tr("Edit {name}")
            ).format(name=name)
            status = self.tr("{name} saved.").format(name=name)
            self._push_stored(text, commands, status, failures)

        dialog.export_requested.connect(lambda: self.export_personal_data(dialog))
        dialog.erase_requested.connect(lambda: self.erase(dialog))
        self._show_form(dialog, stored)
        return dialog

    def _store(
        self, loaded: r.Person | None, edit: PersonEdit, failures: list[UserError]
    ) -> list[QUndoCommand]:
        """Store the fields of the person the user changed (problems and conflicts go back
        to the form), then the rest of the form."""
        saved = store.update(self._database, loaded, edit.person)
        assert saved.id is not None
        text = ""  # the macro names the change
        commands: list[QUndoCommand] = []
        if loaded is None:
            commands.append(SaveRecordCommand(self._context, text, None, saved))
        elif store.changed_fields(loaded, edit.person):
            before = store.as_before_edit(saved, loaded, edit.person)
            commands.append(SaveRecordCommand(self._context, text, before, saved))
        try:
            if edit.assessment is not None:
                commands.append(self._assessed(edit.assessment, person_id=saved.id))
            for consent in edit.consents_given:
                given = sh.give_consent(
                    self._database,
                    saved.id,
                    consent.purpose,
                    consent.given_on,
                    consent.method,
                    consent.evidence,
                )
                commands.append(SaveRecordCommand(self._context, text, None, given))
            for consent, on in edit.consents_withdrawn:
                assert consent.id is not None
                after = sh.withdraw_consent(self._database, consent.id, on)
                commands.append(SaveRecordCommand(self._context, text, consent, after))
        except UserError as error:
            # The person is stored; what could not be is reported once the form closes.
            failures.append(error)
        return commands

    # -- deleting ----------------------------------------------------------------------

    def delete_people(self, rows: Sequence[sh.PersonRow]) -> bool:
        """Ask, naming what goes with them; then delete, one undo step for all."""
        if not rows:
            return False
        impacts = self._impacts(sh.person_delete_impact, [row.id for row in rows])
        if impacts is None:
            return False
        question = impact_text.person_delete_question(
            full_name(rows[0]), len(rows), impact_text.total_impact(impacts)
        )
        title = self.tr("Delete people") if len(rows) > 1 else self.tr("Delete person")
        named = [(row.id, self.tr("Delete {name}").format(name=full_name(row))) for row in rows]
        if len(rows) == 1:
            text = self.tr("Delete {name}").format(name=full_name(rows[0]))
        else:
            text = counted(self.tr("Delete %n people", "", len(rows)), len(rows), "Delete 1 person")
        return self._delete_confirmed(title, question, self.tr("Delete"), r.Person, named, text)

    # -- personal data -----------------------------------------------------------------

    def export_personal_data(self, dialog: PersonDialog) -> list[Path]:
        person = dialog.person
        assert person.id is not None
        name = full_name(person)
        suggested = Path.home() / f"{name or person.id} - personal data.json"
        path = dialogs.save_file_path(
            dialog,
            self.tr("Export personal data of {name}").format(name=name),
            suggested,
            self.tr("JSON file (*.json)"),
        )
        if path is None:
            return []
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        try:
            written = personal_data.export_person(self._database, person.id, path)
        except UserError as error:
            dialogs.show_user_error(dialog, self.tr("Export personal data"), error)
            return []
        dialogs.show_information(
            dialog,
            self.tr("Export personal data"),
            self.tr("Everything lagdesk holds about {name} was written to:\n{files}").format(
                name=name, files="\n".join(str(p) for p in written)
            ),
        )
        return written

    def erase(self, dialog: PersonDialog) -> bool:
        """Erase for good after a clear warning; not undoable, so the undo history goes too."""
        person = dialog.person
        assert person.id is not None
        name = full_name(person)
        question = self.tr(
            "Erase {name} for good? This cannot be undone. Attendance at meetings is kept "
            "only as anonymous counts by sector and gender; group memberships, consent "
            "records and assessments are deleted, and tasks, actions, risks and indicators "
            "they were responsible for are kept without them. The undo history is cleared "
            "so that no copy of their data stays behind."
        ).format(name=name)
        if not dialogs.confirm(dialog, self.tr("Erase person"), question, self.tr("Erase")):
            return False
        try:
            report = personal_data.erase_person(self._database, person.id)
        except UserError as error:
            dialogs.show_user_error(dialog, self.tr("Erase person"), error)
            return False
        dialog.reject()
        self._undo.clear()
        self.changed.emit()
        counts = counted(
            self.tr("{name} was erased. Attendance at %n meetings is kept as anonymous counts.",
                    "", report.meetings_counted),
            report.meetings_counted,
            "{name} was erased. Attendance at 1 meeting is kept as an anonymous count.",
        ).format(name=report.name or name)  # fmt: skip
        show_status(self._parent, counts, 10000)
        if report.mentions:
            n = len(report.mentions)
            text = counted(
                self.tr("The name still appears in %n places of free text (minutes, notes). "
                        "Edit those by hand.", "", n),
                n,
                "The name still appears in 1 place of free text (minutes, notes). "
                "Edit it by hand.",
            )  # fmt: skip
            dialogs.show_information(self._parent, self.tr("Erase person"), text)
        return True
