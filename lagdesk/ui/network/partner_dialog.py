"""Add or edit a partner city of the network."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from lagdesk.core.support import records as r
from lagdesk.db.codes import PartnerRole
from lagdesk.errors import FieldProblem, ValidationError
from lagdesk.ui.common.formatting import format_number, parse_number
from lagdesk.ui.common.record_dialog import RecordDialog, Submit
from lagdesk.ui.network.form import code_combo, select_data


class PartnerDialog(RecordDialog):
    def __init__(self, partner: r.Partner, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(submit, partner, parent)
        self.setWindowTitle(
            self.tr("Add partner") if partner.id is None else self.tr("Edit partner")
        )
        self._partner = partner
        self.name = QLineEdit(partner.name)
        self.name.setPlaceholderText(self.tr("for example Koszalin"))
        self.country = QLineEdit(partner.country)
        self.country.setMaxLength(2)
        self.country.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), self.country)
        )
        self.country.setPlaceholderText(self.tr("two letters, for example PL"))
        self.role = code_combo(PartnerRole)
        select_data(self.role, partner.role)
        self.cofinancing = QLineEdit(
            "" if partner.cofinancing_rate is None else format_number(partner.cofinancing_rate)
        )
        self.cofinancing.setPlaceholderText(self.tr("per cent, for example 80"))
        self.is_own = QCheckBox(self.tr("This is our city (the local group this file keeps)"))
        self.is_own.setChecked(partner.is_own)
        self.notes = QPlainTextEdit(partner.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.add_row(self.tr("&Name"), "name", self.name)
        self.add_row(self.tr("&Country"), "country", self.country)
        self.add_row(self.tr("&Role"), "role", self.role)
        self.add_row(self.tr("Co-&financing (%)"), "cofinancing_rate", self.cofinancing)
        self.add_row("", "is_own", self.is_own)
        self.add_row(self.tr("N&otes"), "notes", self.notes)

    def record(self) -> r.Partner:
        try:
            rate = parse_number(self.cofinancing.text())
        except ValueError:
            message = self.tr("Enter a number, for example 80.")
            raise ValidationError(
                [FieldProblem("cofinancing rate", message, key="cofinancing_rate")]
            ) from None
        return dataclasses.replace(
            self._partner,
            name=self.name.text().strip(),
            country=self.country.text().strip().upper(),
            role=self.role.currentData(),
            cofinancing_rate=rate,
            is_own=self.is_own.isChecked(),
            notes=self.notes.toPlainText().strip(),
        )
