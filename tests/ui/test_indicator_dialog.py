"""The indicator dialog and the library buttons of the Indicators page: new, edit and
delete with undo and redo, problems shown beside their fields, links and milestones."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs

from lagdesk.core.indicators import library as indicators
from lagdesk.core.support import records, store
from lagdesk.db.codes import Frequency, IndicatorUnit
from lagdesk.db.database import Database
from lagdesk.demo import build_demo
from lagdesk.ui.common.models import ID_ROLE
from lagdesk.ui.common.widgets import OptionalDateEdit
from lagdesk.ui.indicators import indicator_dialog as dlg
from lagdesk.ui.indicators.indicator_dialog import IndicatorDialog
from lagdesk.ui.indicators.page import IndicatorsPage


@pytest.fixture
def demo(database: Database) -> Database:
    build_demo(database, "small", seed=1)
    return database


@pytest.fixture
def page(qtbot: QtBot, demo: Database) -> Iterator[IndicatorsPage]:
    stack = QUndoStack()
    widget = IndicatorsPage(demo, stack)
    widget._test_stack = stack  # type: ignore[attr-defined]  # keep the stack alive
    qtbot.addWidget(widget)
    yield widget
    # The stack outlives the test's database: it must not make the page read it again.
    stack.indexChanged.disconnect(widget.reload)


def stack_of(page: IndicatorsPage) -> QUndoStack:
    return page.undo_stack


def codes(page: IndicatorsPage) -> list[str]:
    model = page.results_model
    return [model.record_at(row).indicator.code for row in range(model.rowCount())]  # type: ignore[union-attr]


def row_with_measurements(demo: Database) -> indicators.IndicatorRow:
    return next(
        row
        for row in indicators.indicator_rows(demo)
        if row.id is not None and indicators.measurement_rows(demo, row.id)
    )


def set_combo(combo: object, value: object) -> None:
    assert hasattr(combo, "findData")
    combo.setCurrentIndex(combo.findData(value))  # type: ignore[attr-defined]


def test_new_indicator_is_saved_and_undone_and_redone(page: IndicatorsPage, demo: Database) -> None:
    dialog = page.library.new_indicator()
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.windowTitle() == "New indicator"
    assert dialog.code_edit.text() == "IND-1"
    dialog.code_edit.setText("OWN-7")
    dialog.name_edit.setText("Canteen meals from organic farms")
    dialog.eu_code_edit.setText("RCR 79")
    set_combo(dialog.unit_combo, IndicatorUnit.PERCENT.value)
    dialog.baseline_value_edit.setText("5")
    dialog.baseline_date_edit.set_date_value(date(2025, 1, 1))
    dialog.target_value_edit.setText("40")
    dialog.target_date_edit.set_date_value(date(2027, 12, 31))
    dialog.add_milestone(
        records.IndicatorMilestone(indicator_id=0, due_on=date(2026, 6, 30), value=20)
    )
    dialog.source_edit.setPlainText("Catering contracts")
    set_combo(dialog.frequency_combo, Frequency.QUARTERLY.value)
    dialog.accept()
    assert not dialog.isVisible()
    saved = dialog.saved
    assert saved is not None
    assert saved.id is not None
    assert "OWN-7" in codes(page)
    assert page.selected_id() == saved.id
    stored = indicators.load_indicator_detail(demo, saved.id)
    assert stored.indicator.unit == IndicatorUnit.PERCENT
    assert stored.indicator.frequency == Frequency.QUARTERLY
    assert stored.indicator.eu_code == "RCR 79"
    assert [(m.due_on, m.value) for m in stored.milestones] == [(date(2026, 6, 30), 20)]
    assert stack_of(page).undoText() == "New indicator OWN-7"

    stack_of(page).undo()
    assert "OWN-7" not in codes(page)
    assert store.find(demo, records.Indicator, code="OWN-7") == []
    stack_of(page).redo()
    assert "OWN-7" in codes(page)
    assert indicators.load_indicator_detail(demo, saved.id) == stored  # same id, same rows


def test_edit_then_undo_and_redo(page: IndicatorsPage, demo: Database) -> None:
    row = row_with_measurements(demo)
    assert row.id is not None
    before = indicators.load_indicator_detail(demo, row.id)
    page.select_row(page.results_model.row_of(row.id))
    dialog = page.edit_indicator()
    assert dialog is not None
    assert dialog.windowTitle() == f"Indicator {row.indicator.code}"
    assert dialog.name_edit.text() == row.indicator.name
    dialog.name_edit.setText("Renamed indicator")
    dialog.remove_milestone_button.click()  # nothing selected: nothing removed
    dialog.accept()
    assert dialog.saved is not None
    assert indicators.load_indicator_detail(demo, row.id).indicator.name == "Renamed indicator"
    model = page.results_model
    record = model.record_at(model.row_of(row.id))
    assert record is not None
    assert record.indicator.name == "Renamed indicator"
    assert page.selected_id() == row.id
    stack_of(page).undo()
    assert indicators.load_indicator_detail(demo, row.id) == before
    stack_of(page).redo()
    assert indicators.load_indicator_detail(demo, row.id).indicator.name == "Renamed indicator"


def test_delete_then_undo_brings_back_measurements(
    page: IndicatorsPage, demo: Database, fake_dialogs: FakeDialogs
) -> None:
    row = row_with_measurements(demo)
    assert row.id is not None
    measured = indicators.measurement_rows(demo, row.id)
    detail = indicators.load_indicator_detail(demo, row.id)
    page.select_row(page.results_model.row_of(row.id))
    fake_dialogs.confirm_answer = False
    page.delete_indicator_button.click()
    assert len(fake_dialogs.questions) == 1
    assert str(len(measured)) in fake_dialogs.questions[0]
    assert row.indicator.code in codes(page)  # the user said no
    fake_dialogs.confirm_answer = True
    page.delete_indicator_button.click()
    assert row.indicator.code not in codes(page)
    assert page.selected_id() is not None  # the next indicator is selected
    stack_of(page).undo()
    assert row.indicator.code in codes(page)
    assert indicators.load_indicator_detail(demo, row.id) == detail
    assert indicators.measurement_rows(demo, row.id) == measured
    stack_of(page).redo()
    assert row.indicator.code not in codes(page)
    assert store.count(demo, records.Measurement, records_filter(row.id)) == 0
    assert fake_dialogs.errors == []


def records_filter(indicator_id: int):  # type: ignore[no-untyped-def]
    from lagdesk.db import models as m

    return m.Measurement.indicator_id == indicator_id


def test_duplicate_code_keeps_the_dialog_open(page: IndicatorsPage, demo: Database) -> None:
    taken = indicators.indicator_rows(demo)[3].indicator
    count = store.count(demo, records.Indicator)
    dialog = page.library.new_indicator()
    assert dialog is not None
    dialog.tabs.setCurrentIndex(dlg.LINKS)
    dialog.code_edit.setText(taken.code)
    dialog.name_edit.setText("Another one")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.saved is None
    assert dialog.messages.message_for("code") == (
        f"Code {taken.code} is already used by “{taken.name}”."
    )
    assert dialog.tabs.currentIndex() == dlg.GENERAL
    assert store.count(demo, records.Indicator) == count
    assert stack_of(page).count() == 0
    dialog.code_edit.setText("FREE-1")
    dialog.accept()
    assert not dialog.isVisible()
    assert store.count(demo, records.Indicator) == count + 1


def test_problems_on_the_values_tab(page: IndicatorsPage, demo: Database) -> None:
    dialog = page.library.new_indicator()
    assert dialog is not None
    dialog.name_edit.setText("Dates the wrong way round")
    dialog.baseline_date_edit.set_date_value(date(2026, 1, 1))
    dialog.target_date_edit.set_date_value(date(2025, 1, 1))
    dialog.add_milestone()
    dialog.milestones_table.item(0, dlg.VALUE).setText("3")  # type: ignore[union-attr]
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == dlg.VALUES
    assert "before" in dialog.messages.message_for("target_date")
    assert dialog.milestone_problem.text() == "Milestone 1 has no date."
    dialog.baseline_value_edit.setText("twelve")
    dialog.accept()
    assert dialog.messages.message_for("baseline_value") == "“twelve” is not a number."


def test_milestones_saved_and_shown_again(page: IndicatorsPage, demo: Database) -> None:
    dialog = page.library.new_indicator()
    assert dialog is not None
    dialog.name_edit.setText("With milestones")
    for day, value in ((date(2026, 12, 31), "7"), (date(2026, 6, 30), "3.5")):
        dialog.add_milestone()
        row = dialog.milestones_table.rowCount() - 1
        due = dialog.milestones_table.cellWidget(row, dlg.DUE)
        assert isinstance(due, OptionalDateEdit)
        due.set_date_value(day)
        dialog.milestones_table.item(row, dlg.VALUE).setText(value)  # type: ignore[union-attr]
    dialog.accept()
    assert dialog.saved is not None
    assert dialog.saved.id is not None
    assert [(m.due_on, m.value) for m in dialog.saved.milestones] == [
        (date(2026, 6, 30), 3.5),
        (date(2026, 12, 31), 7),
    ]
    again = page.library.open_indicator(dialog.saved.id)
    assert again is not None
    assert again.milestones_table.rowCount() == 2
    again.milestones_table.setCurrentCell(0, dlg.VALUE)
    again.remove_milestone_button.click()
    again.accept()
    stored = indicators.milestones_of(demo, dialog.saved.id)
    assert [(m.due_on, m.value) for m in stored] == [(date(2026, 12, 31), 7)]


def test_links_are_saved_and_read_back(page: IndicatorsPage, demo: Database) -> None:
    choices = indicators.indicator_choices(demo)
    row = indicators.indicator_rows(demo)[1]
    assert row.id is not None
    dialog = page.library.open_indicator(row.id)
    assert dialog is not None
    objective = choices.objectives[-1]
    dialog.set_objectives([objective.id])
    item = dialog.objective_items[objective.id]
    assert item.checkState(0) == Qt.CheckState.Checked
    wanted = choices.actions[-1]
    dialog.action_filter_edit.setText(wanted.code)
    proxy = dialog.action_filter
    assert 0 < proxy.rowCount() < len(choices.actions)
    index = next(
        proxy.index(r, 0)
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data(dlg.LINK_ID_ROLE) == wanted.id
    )
    assert proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.action_filter_edit.clear()
    dialog.only_linked_box.setChecked(True)
    assert proxy.rowCount() == 1
    assert dialog.actions_count.text() == f"1 of {len(choices.actions)} actions linked"
    dialog.accept()
    stored = indicators.load_indicator_detail(demo, row.id)
    assert stored.objective_ids == (objective.id,)
    assert stored.action_ids == (wanted.id,)
    reopened = page.library.open_indicator(row.id)
    assert reopened is not None
    assert reopened.objective_ids() == (objective.id,)
    assert reopened.action_ids() == (wanted.id,)
    model = page.results_model
    shown = model.record_at(model.row_of(row.id))
    assert shown is not None
    assert shown.objective_codes == (objective.code,)


def test_owner_is_chosen_by_name(page: IndicatorsPage, demo: Database) -> None:
    choices = indicators.indicator_choices(demo)
    person = choices.people[2]
    row = indicators.indicator_rows(demo)[0]
    assert row.id is not None
    dialog = page.library.open_indicator(row.id)
    assert dialog is not None
    dialog.owner_combo.setEditText(person.name.upper())
    dialog.accept()
    assert indicators.load_indicator_detail(demo, row.id).indicator.owner_person_id == person.id
    dialog = page.library.open_indicator(row.id)
    assert dialog is not None
    assert dialog.owner_combo.currentText() == person.name
    dialog.owner_combo.setEditText("Nobody Of That Name")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == dlg.COLLECTION
    assert "Nobody Of That Name" in dialog.messages.message_for("owner_person_id")


def test_library_indicator_says_where_it_comes_from(page: IndicatorsPage, demo: Database) -> None:
    rows = indicators.indicator_rows(demo)
    library = next(r for r in rows if indicators.is_library(r.indicator))
    own = next(r for r in rows if not indicators.is_library(r.indicator))
    assert library.id is not None
    assert own.id is not None
    first = page.library.open_indicator(library.id)
    assert first is not None
    assert "library" in first.origin_label.text()
    second = page.library.open_indicator(own.id)
    assert second is not None
    assert second.origin_label.text() == "Your own indicator."


def test_dialog_models_pass_the_model_tester(
    qtbot: QtBot, demo: Database, qtmodeltester: ModelTester
) -> None:
    choices = indicators.indicator_choices(demo)
    dialog = IndicatorDialog(demo, indicators.new_indicator_detail(demo), choices)
    qtbot.addWidget(dialog)
    assert dialog.people_model.rowCount() == len(choices.people) + 1
    assert dialog.people_model.index(0, 0).data(ID_ROLE) is None
    assert dialog.people_model.index(1, 0).data(ID_ROLE) == choices.people[0].id
    qtmodeltester.check(dialog.people_model)
    dialog.action_filter_edit.setText("1.")
    qtmodeltester.check(dialog.action_filter)
    qtmodeltester.check(dialog.actions_model)


def test_keys_insert_enter_delete(qtbot: QtBot, page: IndicatorsPage, demo: Database) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.select_row(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    dialog = page.library.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "New indicator"
    dialog.reject()
    first = page.results_model.record_at(0)
    assert first is not None
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.library.dialog
    assert dialog is not None
    assert dialog.windowTitle() == f"Indicator {first.indicator.code}"
    dialog.reject()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert first.indicator.code not in codes(page)
    assert stack_of(page).count() == 1


def test_new_indicator_hidden_by_the_filter_is_shown(page: IndicatorsPage) -> None:
    page.filters.text_edit.setText("PROC")
    dialog = page.library.new_indicator()
    assert dialog is not None
    dialog.code_edit.setText("OWN-9")
    dialog.name_edit.setText("Tenders with market engagement")
    dialog.accept()
    assert page.filters.text_edit.text() == ""
    assert "OWN-9" in codes(page)
    assert dialog.saved is not None
    assert page.selected_id() == dialog.saved.id


def test_an_edit_keeps_fields_changed_meanwhile_and_asks_about_the_same_field(
    page: IndicatorsPage, demo: Database, fake_dialogs: FakeDialogs
) -> None:
    row = row_with_measurements(demo)
    assert row.id is not None
    page.select_row(page.results_model.row_of(row.id))
    dialog = page.edit_indicator()
    assert dialog is not None
    dialog.name_edit.setText("Renamed indicator")
    # Meanwhile (an import, another program) the data source changes.
    stored = store.get(demo, records.Indicator, row.id)
    store.save(demo, dataclasses.replace(stored, data_source="Municipal register"))
    dialog.accept()
    assert dialog.saved is not None
    now = store.get(demo, records.Indicator, row.id)
    assert (now.name, now.data_source) == ("Renamed indicator", "Municipal register")
    stack_of(page).undo()
    now = store.get(demo, records.Indicator, row.id)
    assert (now.name, now.data_source) == (row.indicator.name, "Municipal register")

    dialog = page.edit_indicator()
    assert dialog is not None
    dialog.name_edit.setText("Renamed again")
    store.save(demo, dataclasses.replace(now, name="Renamed by the import"))
    dialog.accept()
    assert fake_dialogs.conflicts == [[("Name", "Renamed by the import", "Renamed again")]]
    assert dialog.saved is None
    assert store.get(demo, records.Indicator, row.id).name == "Renamed by the import"
