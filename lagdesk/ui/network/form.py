"""The network's own fields, and which partner city is ours, as one form."""

from __future__ import annotations

import dataclasses
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.support import records as r
from lagdesk.core.support.labels import choices
from lagdesk.db.codes import NetworkPhase, Programme
from lagdesk.errors import FieldProblem
from lagdesk.ui.common.widgets import FieldMessages, OptionalDateEdit


def code_combo(enum_cls: type[StrEnum]) -> QComboBox:
    """A combo of translated labels; the stored code is each item's data."""
    combo = QComboBox()
    for code, text in choices(enum_cls):
        combo.addItem(text, code)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class NetworkForm(QWidget):
    """Edits a copy of the network; ``record()`` gives the edited values back.

    ``changed`` is emitted on any edit; ``is_modified`` says whether there is anything to save.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: r.Network | None = None
        self._loaded_own: int | None = None

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("for example GenProcure"))
        self.programme = code_combo(Programme)
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("for example gender-responsive public procurement"))
        self.lead_expert = QLineEdit()
        self.phase = code_combo(NetworkPhase)
        self.start_date = OptionalDateEdit()
        self.end_date = OptionalDateEdit()
        self.own_city = QComboBox()
        self.own_city.setToolTip(self.tr("The partner city whose local group this file keeps"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(80)

        general = QLabel()
        self.messages = FieldMessages(general)
        self._form = form = QFormLayout()
        rows: tuple[tuple[str, str, QWidget], ...] = (
            (self.tr("&Name"), "name", self.name),
            (self.tr("&Programme"), "programme", self.programme),
            (self.tr("&Topic"), "topic", self.topic),
            (self.tr("&Lead expert"), "lead_expert", self.lead_expert),
            (self.tr("P&hase"), "phase", self.phase),
            (self.tr("&Start"), "start_date", self.start_date),
            (self.tr("&End"), "end_date", self.end_date),
            (self.tr("&Our city"), "own_city", self.own_city),
            (self.tr("&Description"), "description", self.description),
        )
        for text, field, editor in rows:
            self.messages.add_row(form, text, field, editor)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(general)

        for line in (self.name, self.topic, self.lead_expert):
            line.textChanged.connect(self.changed)
        for combo in (self.programme, self.phase, self.own_city):
            combo.currentIndexChanged.connect(self.changed)
        for dates in (self.start_date, self.end_date):
            dates.changed.connect(self.changed)
        self.description.textChanged.connect(self.changed)

    def load(self, network: r.Network | None, partners: list[r.Partner]) -> None:
        """Show ``network`` (None: an empty form for setting one up) and its partners."""
        self._loaded = network
        own = next((partner.id for partner in partners if partner.is_own), None)
        self._loaded_own = own
        shown = network or r.Network(name="", programme=Programme.URBACT_IV)
        self.name.setText(shown.name)
        select_data(self.programme, shown.programme)
        self.topic.setText(shown.topic)
        self.lead_expert.setText(shown.lead_expert)
        select_data(self.phase, shown.phase)
        self.start_date.set_date_value(shown.start_date)
        self.end_date.set_date_value(shown.end_date)
        self.description.setPlainText(shown.description)
        self.set_partners(partners, own)
        self.messages.clear()

    def set_partners(self, partners: list[r.Partner], selected: int | None) -> None:
        self.own_city.clear()
        self.own_city.addItem(self.tr("Not chosen yet"), None)
        for partner in partners:
            self.own_city.addItem(partner.name, partner.id)
        select_data(self.own_city, selected)
        self.own_city.setEnabled(bool(partners))

    def rebase(self, network: r.Network) -> None:
        """Compare the edit with ``network`` from now on (the file's record, after the user
        chose which values to keep in a conflict); the fields keep what the user typed."""
        self._loaded = network

    @property
    def loaded(self) -> r.Network | None:
        return self._loaded

    @property
    def loaded_own(self) -> int | None:
        return self._loaded_own

    def record(self) -> r.Network:
        """The network as edited (a new record when none was loaded)."""
        base = self._loaded or r.Network(name="", programme=Programme.URBACT_IV)
        return dataclasses.replace(
            base,
            name=self.name.text().strip(),
            programme=self.programme.currentData(),
            topic=self.topic.text().strip(),
            lead_expert=self.lead_expert.text().strip(),
            phase=self.phase.currentData(),
            start_date=self.start_date.date_value(),
            end_date=self.end_date.date_value(),
            description=self.description.toPlainText().strip(),
        )

    def own_city_id(self) -> int | None:
        value = self.own_city.currentData()
        return value if isinstance(value, int) else None

    def show_own_city(self, visible: bool) -> None:
        """Hidden while setting up: there are no partner cities to choose from yet."""
        holder = self.own_city.parentWidget()  # the field and its message, one form row
        if holder is not None:
            self._form.setRowVisible(holder, visible)

    def is_modified(self) -> bool:
        if self._loaded is None:
            return bool(self.name.text().strip())
        return self.record() != self._loaded or self.own_city_id() != self._loaded_own

    def show_problems(self, problems: list[FieldProblem]) -> None:
        self.messages.show(problems)
