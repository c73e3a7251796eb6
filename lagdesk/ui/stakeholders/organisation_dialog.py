"""The organisation form: details, sector, power and interest."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from lagdesk.core.support import records as r
from lagdesk.core.support.labels import choices
from lagdesk.db.codes import Sector
from lagdesk.errors import FieldProblem, ValidationError
from lagdesk.ui.common.record_dialog import Submit
from lagdesk.ui.stakeholders.assessment_panel import AssessmentInput, AssessmentPanel
from lagdesk.ui.stakeholders.dialog_base import StakeholderDialog


@dataclass(frozen=True)
class OrganisationEdit:
    organisation: r.Organisation
    assessment: AssessmentInput | None


class OrganisationDialog(StakeholderDialog):
    def __init__(
        self, organisation: r.Organisation, submit: Submit, parent: QWidget | None = None
    ) -> None:
        super().__init__(submit, organisation, parent)
        self._organisation = organisation
        is_new = organisation.id is None
        self.setWindowTitle(
            self.tr("New organisation")
            if is_new
            else self.tr("{name} — organisation").format(name=organisation.name)
        )
        self.name = QLineEdit(organisation.name, self)
        self.sector = QComboBox(self)
        for code, text in choices(Sector):
            self.sector.addItem(text, code)
        self.sector.setCurrentIndex(max(self.sector.findData(organisation.sector), 0))
        self.subtype = QLineEdit(organisation.subtype, self)
        self.subtype.setPlaceholderText(self.tr("for example: NGO, social enterprise, SME"))
        self.city = QLineEdit(organisation.city, self)
        self.country = QLineEdit(organisation.country, self)
        self.country.setMaxLength(2)
        self.country.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), self.country)
        )
        self.country.setPlaceholderText(self.tr("two letters, for example PL"))
        self.website = QLineEdit(organisation.website, self)
        self.email = QLineEdit(organisation.email, self)
        self.phone = QLineEdit(organisation.phone, self)
        self.notes = QPlainTextEdit(organisation.notes, self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.add_row(self.tr("&Name:"), "name", self.name)
        self.add_row(self.tr("&Sector:"), "sector", self.sector)
        self.add_row(self.tr("T&ype:"), "subtype", self.subtype)
        self.add_row(self.tr("C&ity:"), "city", self.city)
        self.add_row(self.tr("Co&untry:"), "country", self.country)
        self.add_row(self.tr("&Website:"), "website", self.website)
        self.add_row(self.tr("&E-mail:"), "email", self.email)
        self.add_row(self.tr("&Phone:"), "phone", self.phone)
        self.add_row(self.tr("N&otes:"), "notes", self.notes)
        self.assessment = AssessmentPanel(immediate=False, parent=self)
        self.tabs.addTab(self.assessment, self.tr("Power &and interest"))
        self.resize(600, 520)
        self.name.setFocus()

    @property
    def organisation(self) -> r.Organisation:
        return self._organisation

    def edit(self) -> OrganisationEdit:
        if self.assessment.is_half_set():
            message = self.tr("Give both power and interest, or neither.")
            raise ValidationError([FieldProblem("power", message, key="assessment")])
        organisation = dataclasses.replace(
            self._organisation,
            name=self.name.text().strip(),
            sector=Sector(self.sector.currentData()),
            subtype=self.subtype.text().strip(),
            city=self.city.text().strip(),
            country=self.country.text().strip().upper(),
            website=self.website.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )
        return OrganisationEdit(organisation, self.assessment.pending())
