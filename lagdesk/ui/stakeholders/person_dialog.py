"""The person form: details, consent records, power and interest; export and erase.

Gender appears here and nowhere else on screen about one person: elsewhere it is only
counted (group composition, attendance by gender).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QPlainTextEdit, QWidget

from lagdesk.core.support import records as r
from lagdesk.core.support.labels import choices
from lagdesk.db.codes import Gender
from lagdesk.errors import FieldProblem, ValidationError
from lagdesk.i18n import translate
from lagdesk.ui.common.record_dialog import Submit
from lagdesk.ui.common.widgets import line_of
from lagdesk.ui.stakeholders.assessment_panel import AssessmentInput, AssessmentPanel
from lagdesk.ui.stakeholders.consent_panel import ConsentPanel
from lagdesk.ui.stakeholders.dialog_base import StakeholderDialog


@dataclass(frozen=True)
class PersonEdit:
    """Everything the person form stores when it is accepted."""

    person: r.Person
    assessment: AssessmentInput | None
    consents_given: list[r.ConsentRecord]
    consents_withdrawn: list[tuple[r.ConsentRecord, date]]


def organisation_picker(
    organisations: Sequence[tuple[int, str]], chosen: int | None, parent: QWidget
) -> QComboBox:
    """An editable combo: type part of a name to find the organisation."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(15)
    combo.addItem(translate("Stakeholders", "(no organisation)"), None)
    for organisation_id, name in organisations:
        combo.addItem(name, organisation_id)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    line_of(combo).setPlaceholderText(translate("Stakeholders", "type to find an organisation"))
    return combo


def picked_organisation(combo: QComboBox, field: str) -> int | None:
    """The organisation whose name is in the box; a name not in the list is a problem."""
    text = combo.currentText().strip()
    if not text or (combo.currentIndex() == 0 and text == combo.itemText(0)):
        return None
    found = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if found < 0:
        message = translate(
            "Stakeholders",
            "No organisation is called {name}. Choose one from the list, or add it on the "
            "Organisations tab first.",
        ).format(name=text)
        raise ValidationError([FieldProblem("organisation", message, key=field)])
    organisation_id: int | None = combo.itemData(found)
    return organisation_id


class PersonDialog(StakeholderDialog):
    export_requested = Signal()
    erase_requested = Signal()

    def __init__(
        self,
        person: r.Person,
        organisations: Sequence[tuple[int, str]],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, person, parent)
        self._person = person
        is_new = person.id is None
        name = f"{person.first_name} {person.last_name}".strip()
        self.setWindowTitle(
            self.tr("New person") if is_new else self.tr("{name} — person").format(name=name)
        )
        self.first_name = QLineEdit(person.first_name, self)
        self.last_name = QLineEdit(person.last_name, self)
        self.organisation = organisation_picker(organisations, person.organisation_id, self)
        self.gender = QComboBox(self)
        for code, text in choices(Gender):
            self.gender.addItem(text, code)
        self.gender.setCurrentIndex(max(self.gender.findData(person.gender), 0))
        self.gender.setToolTip(
            self.tr("Optional. Used only in anonymous counts, such as the make-up of a group.")
        )
        self.role = QLineEdit(person.role, self)
        self.role.setPlaceholderText(self.tr("for example: procurement officer"))
        self.email = QLineEdit(person.email, self)
        self.phone = QLineEdit(person.phone, self)
        self.notes = QPlainTextEdit(person.notes, self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.add_row(self.tr("&First name:"), "first_name", self.first_name)
        self.add_row(self.tr("&Last name:"), "last_name", self.last_name)
        self.add_row(self.tr("O&rganisation:"), "organisation_id", self.organisation)
        self.add_row(self.tr("&Gender:"), "gender", self.gender)
        hint = QLabel(self.tr("Gender is optional and only counted anonymously."), self)
        hint.setEnabled(False)
        self.form.addRow("", hint)
        self.add_row(self.tr("R&ole:"), "role", self.role)
        self.add_row(self.tr("&E-mail:"), "email", self.email)
        self.add_row(self.tr("&Phone:"), "phone", self.phone)
        self.add_row(self.tr("&Notes:"), "notes", self.notes)

        self.consent = ConsentPanel(self)
        self.tabs.addTab(self.consent, self.tr("&Consent"))
        self.assessment = AssessmentPanel(immediate=False, parent=self)
        self.tabs.addTab(self.assessment, self.tr("Po&wer and interest"))

        self.export_button = self.add_extra_button(self.tr("E&xport personal data…"))
        self.erase_button = self.add_extra_button(self.tr("Erase this person…"))
        self.export_button.setToolTip(
            self.tr("Write everything lagdesk holds about this person (JSON and HTML)")
        )
        self.erase_button.setToolTip(
            self.tr("Remove the person for good, keeping only anonymous counts")
        )
        self.export_button.setVisible(not is_new)
        self.erase_button.setVisible(not is_new)
        self.export_button.clicked.connect(self.export_requested)
        self.erase_button.clicked.connect(self.erase_requested)
        self.resize(640, 560)
        (self.first_name if is_new else self.last_name).setFocus()

    @property
    def person(self) -> r.Person:
        return self._person

    def edit(self) -> PersonEdit:
        problems: list[FieldProblem] = []
        organisation_id = None
        try:
            organisation_id = picked_organisation(self.organisation, "organisation_id")
        except ValidationError as error:
            problems += error.problems
        if self.assessment.is_half_set():
            message = self.tr("Give both power and interest, or neither.")
            problems.append(FieldProblem("power", message, key="assessment"))
        if problems:
            raise ValidationError(problems)
        person = dataclasses.replace(
            self._person,
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            organisation_id=organisation_id,
            gender=Gender(self.gender.currentData()),
            role=self.role.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )
        return PersonEdit(
            person,
            self.assessment.pending(),
            self.consent.pending_given(),
            self.consent.pending_withdrawn(),
        )
