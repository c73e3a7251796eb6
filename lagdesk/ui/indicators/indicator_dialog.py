"""The indicator dialog: every field of an indicator on four tabs (General, Values,
Collection, Links), its milestones and the objectives and actions it is linked to.

Problems core finds (a code already in use, a target date before the baseline date, a
milestone without a date, ...) are shown beside their fields, the first tab with a problem
comes to the front, and nothing is stored; the dialog stays open so the user can fix them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.indicators.library import (
    IndicatorChoices,
    IndicatorDetail,
    is_library,
    save_indicator_detail,
)
from lagdesk.core.support import records
from lagdesk.core.support.labels import choices
from lagdesk.core.support.store import EditConflict, as_before_edit
from lagdesk.db.codes import (
    Accumulation,
    Disaggregation,
    Frequency,
    IndicatorLevel,
    IndicatorUnit,
    Polarity,
)
from lagdesk.db.database import Database
from lagdesk.errors import FieldProblem
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.edit_conflict import choice_for_form
from lagdesk.ui.common.formatting import format_number, parse_number
from lagdesk.ui.common.models import ID_ROLE, Index, refiltering
from lagdesk.ui.common.widgets import FieldMessages, OptionalDateEdit, error_colour
from lagdesk.ui.indicators.models import PeopleModel

#: Columns of the milestones table.
DUE, VALUE = range(2)
#: The role under which objective and action items hold their id.
LINK_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1

GENERAL, VALUES, COLLECTION, LINKS = range(4)
#: The tab each field lives on, so a problem brings its tab to the front.
TAB_OF = {
    "code": GENERAL,
    "eu_code": GENERAL,
    "name": GENERAL,
    "definition": GENERAL,
    "level": GENERAL,
    "unit": GENERAL,
    "polarity": GENERAL,
    "accumulation": GENERAL,
    "baseline_value": VALUES,
    "baseline_date": VALUES,
    "target_value": VALUES,
    "target_date": VALUES,
    "milestone": VALUES,
    "data_source": COLLECTION,
    "collection_method": COLLECTION,
    "frequency": COLLECTION,
    "owner_person_id": COLLECTION,
    "disaggregation": COLLECTION,
    "objective_ids": LINKS,
    "action_ids": LINKS,
}
#: Keys with a message line under their own field (the others have a label of their own).
FIELD_KEYS = frozenset(TAB_OF) - {"milestone", "objective_ids", "action_ids"}


def _combo(enum_cls: type[StrEnum]) -> QComboBox:
    combo = QComboBox()
    for code, text in choices(enum_cls):
        combo.addItem(text, code.value)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


def _text_box(height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return box


class ActionFilter(QSortFilterProxyModel):
    """Actions whose code or title contains the typed text; optionally only linked ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.only_linked = False
        self.text = ""

    def set_text(self, text: str) -> None:
        with refiltering(self):
            self.text = text.strip().casefold()

    def set_only_linked(self, only: bool) -> None:
        with refiltering(self):
            self.only_linked = only

    def refresh(self) -> None:
        with refiltering(self):
            pass

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, QStandardItemModel)
        item = model.item(source_row)
        if item is None:
            return False
        if self.only_linked and item.checkState() != Qt.CheckState.Checked:
            return False
        return not self.text or self.text in item.text().casefold()


class IndicatorDialog(QDialog):
    """Edit one indicator (id None: a new one); ``saved`` holds it as stored after Save."""

    def __init__(
        self,
        database: Database,
        detail: IndicatorDetail,
        link_choices: IndicatorChoices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("indicator_dialog")
        self._database = database
        self._detail = detail
        self._choices = link_choices
        self.before = detail
        #: What the edit is compared with when saved (see ``lagdesk.ui.common.edit_conflict``).
        self.loaded: records.Indicator | None = (
            detail.indicator if detail.indicator.id is not None else None
        )
        self.saved: IndicatorDetail | None = None
        indicator = detail.indicator
        self.setWindowTitle(
            self.tr("New indicator")
            if indicator.id is None
            else self.tr("Indicator {code}").format(code=indicator.code)
        )
        general = QLabel(self)
        general.setObjectName("general_problem")
        self.messages = FieldMessages(general)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.tabs.addTab(self._values_tab(), self.tr("&Values"))
        self.tabs.addTab(self._collection_tab(), self.tr("C&ollection"))
        self.tabs.addTab(self._links_tab(), self.tr("Lin&ks"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.tabs, 1)
        column.addWidget(general)
        column.addWidget(self.buttons)
        self._fill(detail)
        completer = QCompleter(self.people_model, self.owner_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.owner_combo.setCompleter(completer)
        self.resize(680, 600)

    # -- tabs ------------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(32)
        self.messages.add_row(form, self.tr("&Code:"), "code", self.code_edit)
        self.eu_code_edit = QLineEdit()
        self.eu_code_edit.setMaxLength(32)
        self.eu_code_edit.setPlaceholderText(self.tr("optional, e.g. RCO 83 or RCR 79"))
        self.messages.add_row(form, self.tr("&EU common indicator:"), "eu_code", self.eu_code_edit)
        self.name_edit = QLineEdit()
        self.messages.add_row(form, self.tr("&Name:"), "name", self.name_edit)
        self.definition_edit = _text_box(110)
        self.messages.add_row(form, self.tr("&Definition:"), "definition", self.definition_edit)
        self.level_combo = _combo(IndicatorLevel)
        self.messages.add_row(form, self.tr("&Level:"), "level", self.level_combo)
        self.unit_combo = _combo(IndicatorUnit)
        self.messages.add_row(form, self.tr("&Unit:"), "unit", self.unit_combo)
        self.polarity_combo = _combo(Polarity)
        self.polarity_combo.setToolTip(self.tr("Whether a rising or a falling value is good"))
        self.messages.add_row(form, self.tr("&Polarity:"), "polarity", self.polarity_combo)
        self.accumulation_combo = _combo(Accumulation)
        self.accumulation_combo.setToolTip(
            self.tr(
                "Cumulative: measurements add up to the baseline. "
                "Latest: the last measurement is the value."
            )
        )
        self.messages.add_row(
            form, self.tr("&Accumulation:"), "accumulation", self.accumulation_combo
        )
        self.origin_label = QLabel()
        self.origin_label.setObjectName("origin")
        self.origin_label.setWordWrap(True)
        form.addRow(self.tr("Origin:"), self.origin_label)
        return page

    def _values_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        baseline = QFormLayout()
        self.baseline_value_edit = QLineEdit()
        self.messages.add_row(
            baseline, self.tr("&Baseline value:"), "baseline_value", self.baseline_value_edit
        )
        self.baseline_date_edit = OptionalDateEdit()
        self.messages.add_row(
            baseline, self.tr("Baseline &date:"), "baseline_date", self.baseline_date_edit
        )
        column.addLayout(baseline)

        title = QLabel(self.tr("&Milestones"))
        self.milestones_table = QTableWidget(0, 2)
        self.milestones_table.setObjectName("milestones_table")
        self.milestones_table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Value")])
        self.milestones_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.milestones_table.verticalHeader().setVisible(False)
        self.milestones_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestones_table.setTabKeyNavigation(False)
        title.setBuddy(self.milestones_table)
        column.addWidget(title)
        column.addWidget(self.milestones_table, 1)
        row = QHBoxLayout()
        self.add_milestone_button = QPushButton(self.tr("Add m&ilestone"))
        self.add_milestone_button.clicked.connect(lambda: self.add_milestone())
        self.remove_milestone_button = QPushButton(self.tr("&Remove milestone"))
        self.remove_milestone_button.clicked.connect(self.remove_milestone)
        row.addWidget(self.add_milestone_button)
        row.addWidget(self.remove_milestone_button)
        row.addStretch(1)
        column.addLayout(row)
        self.milestone_problem = QLabel()
        self.milestone_problem.setObjectName("milestone_problem")
        self.milestone_problem.setWordWrap(True)
        self.milestone_problem.setStyleSheet(f"color: {error_colour(self.milestone_problem)};")
        self.milestone_problem.hide()
        column.addWidget(self.milestone_problem)

        target = QFormLayout()
        self.target_value_edit = QLineEdit()
        self.messages.add_row(
            target, self.tr("&Target value:"), "target_value", self.target_value_edit
        )
        self.target_date_edit = OptionalDateEdit()
        self.messages.add_row(
            target, self.tr("Target dat&e:"), "target_date", self.target_date_edit
        )
        column.addLayout(target)
        return page

    def _collection_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.source_edit = _text_box(60)
        self.messages.add_row(form, self.tr("Data so&urce:"), "data_source", self.source_edit)
        self.method_edit = _text_box(80)
        self.messages.add_row(
            form, self.tr("Collection &method:"), "collection_method", self.method_edit
        )
        self.frequency_combo = _combo(Frequency)
        self.messages.add_row(form, self.tr("&Frequency:"), "frequency", self.frequency_combo)
        self.owner_combo = QComboBox()
        self.owner_combo.setEditable(True)
        self.owner_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.people_model = PeopleModel(self._choices.people, self)
        self.owner_combo.setModel(self.people_model)
        # Sized by a typical name, not by measuring every person's (slow with thousands).
        self.owner_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.owner_combo.setMinimumContentsLength(24)
        # A completer of its own comes after filling (see __init__): set up before, it
        # would search all the people each time the field is filled.
        self.owner_combo.setCompleter(None)  # type: ignore[arg-type]
        owner_text = self.owner_combo.lineEdit()
        if owner_text is not None:
            owner_text.setPlaceholderText(self.tr("Type a name"))
        self.messages.add_row(form, self.tr("O&wner:"), "owner_person_id", self.owner_combo)
        self.disaggregation_combo = _combo(Disaggregation)
        self.messages.add_row(
            form,
            self.tr("Disaggregation (&breakdown):"),
            "disaggregation",
            self.disaggregation_combo,
        )
        return page

    def _links_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        objectives_title = QLabel(self.tr("Linked o&bjectives"))
        self.objectives_tree = QTreeWidget()
        self.objectives_tree.setObjectName("objectives_tree")
        self.objectives_tree.setHeaderHidden(True)
        self.objectives_tree.setUniformRowHeights(True)
        objectives_title.setBuddy(self.objectives_tree)
        items: dict[int, QTreeWidgetItem] = {}
        for choice in self._choices.objectives:  # parents come before their children
            parent = items.get(choice.parent_id or 0)
            item = QTreeWidgetItem([f"{choice.code}  {choice.title}"])
            item.setData(0, LINK_ID_ROLE, choice.id)
            item.setToolTip(0, choice.title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if parent is None:
                self.objectives_tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[choice.id] = item
        self.objectives_tree.expandAll()
        self.objective_items = items
        column.addWidget(objectives_title)
        column.addWidget(self.objectives_tree, 2)
        self.objectives_problem = self._problem_label("objectives_problem")
        column.addWidget(self.objectives_problem)

        actions_title = QLabel(self.tr("Linked ac&tions"))
        self.action_filter_edit = QLineEdit()
        self.action_filter_edit.setObjectName("action_filter")
        self.action_filter_edit.setPlaceholderText(self.tr("Filter by code or title"))
        self.action_filter_edit.setClearButtonEnabled(True)
        self.action_filter_edit.setAccessibleName(self.tr("Filter actions"))
        self.only_linked_box = QCheckBox(self.tr("Only &linked"))
        self.actions_model = QStandardItemModel(self)
        for choice in self._choices.actions:
            action_item = QStandardItem(f"{choice.code}  {choice.title}")
            action_item.setData(choice.id, LINK_ID_ROLE)
            action_item.setToolTip(choice.title)
            action_item.setEditable(False)
            action_item.setCheckable(True)
            action_item.setCheckState(Qt.CheckState.Unchecked)
            self.actions_model.appendRow(action_item)
        self.action_filter = ActionFilter(self)
        self.action_filter.setSourceModel(self.actions_model)
        self.actions_view = QListView()
        self.actions_view.setObjectName("actions_list")
        self.actions_view.setModel(self.action_filter)
        self.actions_view.setUniformItemSizes(True)
        actions_title.setBuddy(self.action_filter_edit)
        self.action_filter_edit.textChanged.connect(self.action_filter.set_text)
        self.only_linked_box.toggled.connect(self.action_filter.set_only_linked)
        self._linked_actions: set[int] = set()
        self._filling_actions = False
        self.actions_model.itemChanged.connect(self._action_changed)
        self.actions_count = QLabel()
        self.actions_count.setObjectName("actions_count")
        filter_row = QHBoxLayout()
        filter_row.addWidget(actions_title)
        filter_row.addWidget(self.action_filter_edit, 1)
        filter_row.addWidget(self.only_linked_box)
        column.addLayout(filter_row)
        column.addWidget(self.actions_view, 3)
        column.addWidget(self.actions_count)
        self.actions_problem = self._problem_label("actions_problem")
        column.addWidget(self.actions_problem)
        return page

    @staticmethod
    def _problem_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {error_colour(label)};")
        label.hide()
        return label

    # -- filling and reading -----------------------------------------------------------------

    def _fill(self, detail: IndicatorDetail) -> None:
        indicator = detail.indicator
        self.code_edit.setText(indicator.code)
        self.eu_code_edit.setText(indicator.eu_code)
        self.name_edit.setText(indicator.name)
        self.definition_edit.setPlainText(indicator.definition)
        _select(self.level_combo, IndicatorLevel(indicator.level).value)
        _select(self.unit_combo, IndicatorUnit(indicator.unit).value)
        _select(self.polarity_combo, Polarity(indicator.polarity).value)
        _select(self.accumulation_combo, Accumulation(indicator.accumulation).value)
        self.origin_label.setText(
            self.tr("From the procurement indicator library; you may change any field.")
            if is_library(indicator)
            else self.tr("Your own indicator.")
        )
        self.baseline_value_edit.setText(
            "" if indicator.baseline_value is None else format_number(indicator.baseline_value)
        )
        self.baseline_date_edit.set_date_value(indicator.baseline_date)
        self.target_value_edit.setText(
            "" if indicator.target_value is None else format_number(indicator.target_value)
        )
        self.target_date_edit.set_date_value(indicator.target_date)
        for milestone in detail.milestones:
            self.add_milestone(milestone)
        self.source_edit.setPlainText(indicator.data_source)
        self.method_edit.setPlainText(indicator.collection_method)
        _select(self.frequency_combo, Frequency(indicator.frequency).value)
        self.owner_combo.setCurrentIndex(self.people_model.row_of(indicator.owner_person_id))
        _select(self.disaggregation_combo, Disaggregation(indicator.disaggregation).value)
        self.set_objectives(detail.objective_ids)
        self.set_actions(detail.action_ids)

    def set_objectives(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        for objective_id, item in self.objective_items.items():
            state = Qt.CheckState.Checked if objective_id in wanted else Qt.CheckState.Unchecked
            item.setCheckState(0, state)

    def objective_ids(self) -> tuple[int, ...]:
        return tuple(
            objective_id
            for objective_id, item in self.objective_items.items()
            if item.checkState(0) == Qt.CheckState.Checked
        )

    def set_actions(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        self._filling_actions = True
        self.actions_model.blockSignals(True)
        for row in range(self.actions_model.rowCount()):
            item = self.actions_model.item(row)
            linked = item.data(LINK_ID_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
        self.actions_model.blockSignals(False)
        last = self.actions_model.rowCount() - 1
        if last >= 0:  # one signal for all the rows, not one per row
            self.actions_model.dataChanged.emit(
                self.actions_model.index(0, 0),
                self.actions_model.index(last, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self._filling_actions = False
        known = {choice.id for choice in self._choices.actions}
        self._linked_actions = wanted & known
        self._count_actions()

    def action_ids(self) -> tuple[int, ...]:
        """The linked actions, in the list's (code) order."""
        linked = self._linked_actions
        return tuple(choice.id for choice in self._choices.actions if choice.id in linked)

    def _action_changed(self, item: QStandardItem) -> None:
        """Keep the set of linked actions as the user ticks them (one item at a time; a
        whole refill is done by ``set_actions``)."""
        if self._filling_actions:
            return
        action_id = int(item.data(LINK_ID_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            self._linked_actions.add(action_id)
        else:
            self._linked_actions.discard(action_id)
        self._count_actions()

    def _count_actions(self) -> None:
        self.actions_count.setText(
            self.tr("{count} of {total} actions linked").format(
                count=len(self._linked_actions), total=self.actions_model.rowCount()
            )
        )
        if self.action_filter.only_linked:
            self.action_filter.refresh()

    def add_milestone(self, milestone: records.IndicatorMilestone | None = None) -> None:
        table = self.milestones_table
        row = table.rowCount()
        table.insertRow(row)
        due = OptionalDateEdit()
        due.setAccessibleName(self.tr("Milestone date"))
        if milestone is not None:
            due.set_date_value(milestone.due_on)
        value = QTableWidgetItem("" if milestone is None else format_number(milestone.value))
        value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setData(Qt.ItemDataRole.UserRole, None if milestone is None else milestone.id)
        table.setCellWidget(row, DUE, due)
        table.setItem(row, VALUE, value)
        table.resizeRowsToContents()
        if milestone is None:
            table.setCurrentCell(row, VALUE)
            due.setFocus()

    def remove_milestone(self) -> None:
        row = self.milestones_table.currentRow()
        if row >= 0:
            self.milestones_table.removeRow(row)

    def _number(self, edit: QLineEdit, key: str, problems: list[FieldProblem]) -> float | None:
        try:
            return parse_number(edit.text())
        except ValueError:
            message = self.tr("“{text}” is not a number.").format(text=edit.text())
            problems.append(FieldProblem(key.replace("_", " "), message, key=key))
            return None

    def _milestones(self, problems: list[FieldProblem]) -> tuple[records.IndicatorMilestone, ...]:
        found = []
        own_id = self._detail.indicator.id or 0
        for row in range(self.milestones_table.rowCount()):
            due = self.milestones_table.cellWidget(row, DUE)
            item = self.milestones_table.item(row, VALUE)
            assert isinstance(due, OptionalDateEdit)
            text = item.text() if item is not None else ""
            try:
                value = parse_number(text)
            except ValueError:
                value = None
                message = self.tr("Milestone {row}: “{text}” is not a number.")
                problems.append(
                    FieldProblem(
                        self.tr("milestone value"),
                        message.format(row=row + 1, text=text),
                        row=row + 1,
                        key="milestone.value",
                    )
                )
                continue
            found.append(
                records.IndicatorMilestone(
                    id=item.data(Qt.ItemDataRole.UserRole) if item is not None else None,
                    indicator_id=own_id,
                    # Core names a milestone without a date or a value (row by row).
                    due_on=due.date_value(),  # type: ignore[arg-type]
                    value=value,  # type: ignore[arg-type]
                )
            )
        return tuple(found)

    def _owner(self, problems: list[FieldProblem]) -> int | None:
        text = self.owner_combo.currentText().strip()
        index = self.owner_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if not text or index == 0:
            return None
        if index < 0:
            message = self.tr("There is no person named “{name}”.").format(name=text)
            problems.append(FieldProblem(self.tr("owner"), message, key="owner_person_id"))
            return None
        owner = self.people_model.index(index, 0).data(ID_ROLE)
        return None if owner is None else int(owner)

    def detail(self) -> tuple[IndicatorDetail, list[FieldProblem]]:
        """The dialog's contents as an ``IndicatorDetail``, and problems found before core."""
        problems: list[FieldProblem] = []
        indicator = dataclasses.replace(
            self._detail.indicator,
            code=self.code_edit.text().strip(),
            eu_code=self.eu_code_edit.text().strip(),
            name=self.name_edit.text().strip(),
            definition=self.definition_edit.toPlainText().strip(),
            level=IndicatorLevel(self.level_combo.currentData()),
            unit=IndicatorUnit(self.unit_combo.currentData()),
            polarity=Polarity(self.polarity_combo.currentData()),
            accumulation=Accumulation(self.accumulation_combo.currentData()),
            baseline_value=self._number(self.baseline_value_edit, "baseline_value", problems),
            baseline_date=self.baseline_date_edit.date_value(),
            target_value=self._number(self.target_value_edit, "target_value", problems),
            target_date=self.target_date_edit.date_value(),
            data_source=self.source_edit.toPlainText().strip(),
            collection_method=self.method_edit.toPlainText().strip(),
            frequency=Frequency(self.frequency_combo.currentData()),
            owner_person_id=self._owner(problems),
            disaggregation=Disaggregation(self.disaggregation_combo.currentData()),
        )
        detail = IndicatorDetail(
            indicator=indicator,
            milestones=self._milestones(problems),
            objective_ids=self.objective_ids(),
            action_ids=self.action_ids(),
        )
        return detail, problems

    # -- saving ------------------------------------------------------------------------------

    def show_problems(self, problems: list[FieldProblem]) -> None:
        def part(key: str) -> str:
            return key.split(".")[0]

        self.messages.show(p for p in problems if p.key in FIELD_KEYS)
        outside = [p for p in problems if part(p.key) not in TAB_OF]
        if outside:
            self.messages.show_general("\n".join(str(p) for p in outside))
        for label, key in (
            (self.milestone_problem, "milestone"),
            (self.objectives_problem, "objective_ids"),
            (self.actions_problem, "action_ids"),
        ):
            lines = [p.message for p in problems if part(p.key) == key]
            label.setText("\n".join(lines))
            label.setVisible(bool(lines))
        tabs = sorted({TAB_OF[part(p.key)] for p in problems if part(p.key) in TAB_OF})
        if tabs:
            self.tabs.setCurrentIndex(tabs[0])

    def accept(self) -> None:
        detail, problems = self.detail()
        if problems:
            self.show_problems(problems)
            return
        conflicts: list[EditConflict] = []

        def store() -> IndicatorDetail | None:
            try:
                return save_indicator_detail(self._database, detail, self.loaded)
            except EditConflict as conflict:
                conflicts.append(conflict)
                return None

        self.saved = dialogs.stored_or_shown(
            self, store, self.show_problems, self.tr("Indicator not saved")
        )
        if conflicts:
            base = choice_for_form(self, conflicts[0], self.messages)
            if base is None:
                return
            self.loaded = base
            self.accept()
            return
        if self.saved is None:
            return
        if self.loaded is not None:
            # Undo puts back only what this edit changed.
            undone = as_before_edit(self.saved.indicator, self.loaded, detail.indicator)
            self.before = dataclasses.replace(self.before, indicator=undone)
        super().accept()
