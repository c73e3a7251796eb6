"""One risk of the register: every field, the score as it will be, the linked actions.

Problems core finds (no title, a likelihood outside 1 to 5, ...) are shown beside their
fields and nothing is stored. The risk and its links are stored together, in one
transaction, when the user presses Save.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.meetings.minutes import ActionRef
from lagdesk.core.plan.actions import action_choices
from lagdesk.core.plan.risks import (
    LOW_UP_TO,
    MEDIUM_UP_TO,
    SCALE,
    RiskRow,
    save_risk,
    score_band,
)
from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support import records, store
from lagdesk.core.support.labels import choices
from lagdesk.core.support.store import EditConflict
from lagdesk.db.codes import RiskCategory, RiskStatus
from lagdesk.db.database import Database
from lagdesk.errors import UserError, ValidationError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.edit_conflict import choice_for_form
from lagdesk.ui.common.text import counted
from lagdesk.ui.common.widgets import FieldMessages
from lagdesk.ui.plan.risks_model import (
    BAND_TINTS,
    TEXT_ON_TINT,
    band_label,
    impact_label,
    likelihood_label,
    scale_text,
)

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RiskDialog(QDialog):
    """Add (``row`` None) or edit a risk; after Save, ``saved`` and ``saved_action_ids``
    hold what was stored, ``before`` and ``before_action_ids`` what it replaced."""

    def __init__(
        self, database: Database, row: RiskRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("risk_dialog")
        self._database = database
        self.before: records.Risk | None = row.record() if row is not None else None
        #: What the edit is compared with when saved (see ``lagdesk.ui.common.edit_conflict``).
        self.loaded: records.Risk | None = self.before
        self.before_action_ids: tuple[int, ...] = row.action_ids if row is not None else ()
        self.saved: records.Risk | None = None
        self.saved_action_ids: tuple[int, ...] = ()
        self.setWindowTitle(
            self.tr("Risk {code}").format(code=row.code) if row is not None else self.tr("New risk")
        )
        self._build()
        self._fill(row)
        self._update_score()

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        general = QLabel(self)
        general.setObjectName("problem_general")
        general.hide()
        self.messages = FieldMessages(general)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.messages.add_row(form, self.tr("&Title:"), "title", self.title_edit)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(60)
        self.messages.add_row(form, self.tr("&Description:"), "description", self.description_edit)
        self.category_combo = QComboBox()
        for code, text in choices(RiskCategory):
            self.category_combo.addItem(text, code.value)
        self.messages.add_row(form, self.tr("&Category:"), "category", self.category_combo)
        self.likelihood_combo = QComboBox()
        self.impact_combo = QComboBox()
        for value in SCALE:
            self.likelihood_combo.addItem(scale_text(value, likelihood_label(value)), value)
            self.impact_combo.addItem(scale_text(value, impact_label(value)), value)
        self.likelihood_combo.currentIndexChanged.connect(self._update_score)
        self.impact_combo.currentIndexChanged.connect(self._update_score)
        self.messages.add_row(form, self.tr("&Likelihood:"), "likelihood", self.likelihood_combo)
        self.messages.add_row(form, self.tr("&Impact:"), "impact", self.impact_combo)
        self.score_label = QLabel()
        self.score_label.setObjectName("risk_score")
        self.score_label.setAccessibleName(self.tr("Score"))
        self.score_label.setToolTip(
            self.tr(
                "Likelihood × impact: low up to {low}, medium {medium_from} to {medium}, "
                "high from {high}"
            ).format(
                low=LOW_UP_TO, medium_from=LOW_UP_TO + 1, medium=MEDIUM_UP_TO, high=MEDIUM_UP_TO + 1
            )
        )
        score_row = QHBoxLayout()
        score_row.addWidget(self.score_label)
        score_row.addStretch(1)
        form.addRow(self.tr("Score:"), score_row)
        self.status_combo = QComboBox()
        for code, text in choices(RiskStatus):
            self.status_combo.addItem(text, code.value)
        self.messages.add_row(form, self.tr("&Status:"), "status", self.status_combo)
        self.owner_combo = QComboBox()
        self.owner_combo.addItem(self.tr("(nobody)"), None)
        for person_id, name in self._people():
            self.owner_combo.addItem(name, person_id)
        self.messages.add_row(form, self.tr("&Owner:"), "owner_person_id", self.owner_combo)
        self.mitigation_edit = QPlainTextEdit()
        self.mitigation_edit.setTabChangesFocus(True)
        self.mitigation_edit.setFixedHeight(70)
        self.messages.add_row(form, self.tr("&Mitigation:"), "mitigation", self.mitigation_edit)

        self.actions_model = QStandardItemModel(self)
        for ref in self._actions():
            item = QStandardItem(self.tr("{code} {title}").format(code=ref.code, title=ref.title))
            item.setData(ref.id, ACTION_ID_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            item.setToolTip(ref.title)
            self.actions_model.appendRow(item)
        self.actions_model.itemChanged.connect(self._update_linked)
        self.actions_proxy = QSortFilterProxyModel(self)
        self.actions_proxy.setSourceModel(self.actions_model)
        self.actions_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.action_filter = QLineEdit()
        self.action_filter.setObjectName("action_filter")
        self.action_filter.setPlaceholderText(self.tr("Type part of a code or title"))
        self.action_filter.setClearButtonEnabled(True)
        self.action_filter.textChanged.connect(self.actions_proxy.setFilterFixedString)
        self.actions_list = QListView()
        self.actions_list.setObjectName("linked_actions")
        self.actions_list.setModel(self.actions_proxy)
        self.actions_list.setMinimumHeight(140)
        self.linked_label = QLabel()
        self.linked_label.setObjectName("linked_count")
        filter_label = QLabel(self.tr("&Find action:"))
        filter_label.setBuddy(self.action_filter)
        actions_heading = QLabel(self.tr("Linked &actions (tick with Space):"))
        actions_heading.setBuddy(self.actions_list)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(actions_heading)
        find_row = QFormLayout()
        find_row.addRow(filter_label, self.action_filter)
        column.addLayout(find_row)
        column.addWidget(self.actions_list, 1)
        column.addWidget(self.linked_label)
        column.addWidget(general)
        column.addWidget(self.buttons)
        self.resize(600, 760)

    def _people(self) -> list[tuple[int, str]]:
        try:
            rows = sh.person_rows(self._database, sh.person_ids(self._database))
        except UserError:
            return []
        found = []
        for person in rows:
            name = f"{person.first_name} {person.last_name}".strip()
            if person.organisation:
                name = self.tr("{name} ({organisation})").format(
                    name=name, organisation=person.organisation
                )
            found.append((person.id, name))
        return found

    def _actions(self) -> list[ActionRef]:
        try:
            return action_choices(self._database)
        except UserError:
            return []

    def _fill(self, row: RiskRow | None) -> None:
        self.title_edit.setText(row.title if row else "")
        self.description_edit.setPlainText(row.description if row else "")
        category = row.category.value if row else RiskCategory.POLITICAL.value
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(category), 0))
        self.likelihood_combo.setCurrentIndex(
            max(self.likelihood_combo.findData(row.likelihood if row else 3), 0)
        )
        self.impact_combo.setCurrentIndex(
            max(self.impact_combo.findData(row.impact if row else 3), 0)
        )
        status = row.status.value if row else RiskStatus.OPEN.value
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))
        owner = self.owner_combo.findData(row.owner_person_id if row else None)
        self.owner_combo.setCurrentIndex(max(owner, 0))
        self.mitigation_edit.setPlainText(row.mitigation if row else "")
        self.set_linked_actions(row.action_ids if row else ())

    # -- linked actions ------------------------------------------------------------------

    def set_linked_actions(self, action_ids: tuple[int, ...] | list[int]) -> None:
        wanted = set(action_ids)
        for number in range(self.actions_model.rowCount()):
            item = self.actions_model.item(number)
            checked = item.data(ACTION_ID_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._update_linked()

    def linked_action_ids(self) -> tuple[int, ...]:
        found = []
        for number in range(self.actions_model.rowCount()):
            item = self.actions_model.item(number)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(int(item.data(ACTION_ID_ROLE)))
        return tuple(found)

    def _update_linked(self) -> None:
        count = len(self.linked_action_ids())
        self.linked_label.setText(
            counted(self.tr("Linked to %n actions", "", count), count, "Linked to 1 action")
        )

    # -- score ---------------------------------------------------------------------------

    def score(self) -> int:
        return int(self.likelihood_combo.currentData()) * int(self.impact_combo.currentData())

    def _update_score(self) -> None:
        score = self.score()
        band = score_band(score)
        self.score_label.setText(
            self.tr("{score} ({band})").format(score=score, band=band_label(band))
        )
        self.score_label.setStyleSheet(
            f"background: {BAND_TINTS[band]}; color: {TEXT_ON_TINT}; "
            "padding: 2px 8px; border-radius: 3px; font-weight: bold;"
        )

    # -- saving --------------------------------------------------------------------------

    def record(self) -> records.Risk:
        """The dialog's contents as a record for ``save_risk``."""
        base = self.before or records.Risk(
            plan_id=0, title="", category=RiskCategory.POLITICAL, likelihood=3, impact=3
        )
        return dataclasses.replace(
            base,
            title=self.title_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
            category=RiskCategory(self.category_combo.currentData()),
            likelihood=int(self.likelihood_combo.currentData()),
            impact=int(self.impact_combo.currentData()),
            status=RiskStatus(self.status_combo.currentData()),
            owner_person_id=self.owner_combo.currentData(),
            mitigation=self.mitigation_edit.toPlainText().strip(),
        )

    def save(self, record: records.Risk) -> bool:
        """Store ``record`` with the ticked actions; False (problems shown) when refused."""
        action_ids = self.linked_action_ids()
        try:
            self.saved = save_risk(self._database, record, action_ids, self.loaded)
        except EditConflict as conflict:
            base = choice_for_form(self, conflict, self.messages)
            if base is None:
                return False
            self.loaded = base
            return self.save(record)
        except ValidationError as error:
            self.messages.show(error.problems)
            self._focus_first(problem.key for problem in error.problems)
            return False
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Risk not saved"), error)
            return False
        self.saved_action_ids = action_ids
        if self.loaded is not None:
            # Undo puts back only what this edit changed.
            self.before = store.as_before_edit(self.saved, self.loaded, record)
        return True

    def _focus_first(self, keys: Iterable[str]) -> None:
        editors: dict[str, QWidget] = {
            "title": self.title_edit,
            "description": self.description_edit,
            "category": self.category_combo,
            "likelihood": self.likelihood_combo,
            "impact": self.impact_combo,
            "status": self.status_combo,
            "owner_person_id": self.owner_combo,
            "mitigation": self.mitigation_edit,
        }
        for key in keys:
            if key in editors:
                editors[key].setFocus()
                return

    def accept(self) -> None:
        self.messages.clear()
        if self.save(self.record()):
            super().accept()
