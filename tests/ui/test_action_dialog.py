"""The action detail dialog: every field of an action, validation, warnings, keyboard."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs

from lagdesk.core.indicators import library as ind
from lagdesk.core.meetings.minutes import DecisionRef
from lagdesk.core.plan import actions as pa
from lagdesk.core.plan import risks as pr
from lagdesk.core.plan import tree as pt
from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support import records, store
from lagdesk.db.codes import ActionType, GenderDimension
from lagdesk.db.database import Database
from lagdesk.i18n import format_amount, format_number, install_language
from lagdesk.ui.common.widgets import DateEdit
from lagdesk.ui.plan.action_dialog import AMOUNT, ActionDialog, parse_money, person_text
from lagdesk.ui.plan.action_dialog_links import decision_text
from lagdesk.ui.plan.action_dialog_lists import CheckList, CheckListModel, SearchableCombo
from lagdesk.ui.plan.action_dialog_milestones import DONE, DUE, TITLE, MilestonesModel
from lagdesk.ui.plan.commands import EditActionCommand

GENERAL, ORGANISATIONS, FUNDING, MILESTONES, LINKS = range(5)


def _open(qtbot: QtBot, database: Database, detail: pa.ActionDetail) -> ActionDialog:
    dialog = ActionDialog(database, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _first(database: Database) -> pa.ActionDetail:
    row = next(r for r in pa.action_rows(database) if r.source_decision_id is not None)
    return pa.load_action_detail(database, row.id)


def test_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    checks = CheckListModel()
    checks.set_entries([(1, "R1 one"), (2, "R2 two"), (5, "R5 five")], [2, 9])
    assert checks.checked_ids() == (2,)
    qtmodeltester.check(checks)
    milestones = MilestonesModel()
    milestones.set_milestones(
        (
            records.Milestone(id=1, action_id=1, title="Draft", due_on=date(2025, 3, 1)),
            records.Milestone(id=2, action_id=1, title="Adopted", due_on=date(2025, 9, 1)),
        )
    )
    qtmodeltester.check(milestones)
    milestones.add_milestone(date(2025, 12, 1))
    milestones.setData(
        milestones.index(2, DONE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    qtmodeltester.check(milestones)
    assert milestones.milestones(7)[2] == records.Milestone(
        id=None, action_id=7, title="", due_on=date(2025, 12, 1), done=True
    )
    assert milestones.rowCount(milestones.index(0, 0)) == 0
    assert not milestones.setData(QModelIndex(), "x")


def test_dialog_shows_every_part_of_the_action(qtbot: QtBot, demo_db: Database) -> None:
    detail = _first(demo_db)
    dialog = _open(qtbot, demo_db, detail)
    assert dialog.objectName() == "action_dialog"
    assert dialog.windowTitle() == f"Action {detail.action.code}"
    assert dialog.title_edit.text() == detail.action.title
    assert dialog.general.objective_combo.currentData() == detail.action.objective_id
    assert dialog.organisations.lead_combo.current_id() == (
        detail.action.lead_organisation_id,
        True,
    )
    assert dialog.organisations.partners.checked_ids() == tuple(sorted(detail.partner_ids))
    person_id, known = dialog.organisations.responsible_combo.current_id()
    assert (person_id, known) == (detail.action.responsible_person_id, True)
    assert " — " in dialog.organisations.responsible_combo.currentText()
    assert dialog.milestones.model.rowCount() == len(detail.milestones)
    assert dialog.funding_table.rowCount() == len(detail.funding_lines)
    assert dialog.links.risk_list.checked_ids() == tuple(sorted(detail.risk_ids))
    assert dialog.links.indicator_list.checked_ids() == tuple(sorted(detail.indicator_ids))
    source = detail.source_decision
    assert source is not None
    assert dialog.source_label.text().startswith(
        f"Decision {source.number} of “{source.meeting_title}” on "
    )
    tags = set(detail.tags)
    assert dialog.general.gender_tag.isChecked() == ("gender" in tags)
    assert dialog.general.green_tag.isChecked() == ("green" in tags)
    assert "Secured €" in dialog.totals_label.text()  # English writes "€18,000.00"
    assert "EUR" not in dialog.totals_label.text()
    assert "Funding gap" in dialog.totals_label.text()
    dialog.reject()


def test_changes_in_every_tab_are_saved(qtbot: QtBot, demo_db: Database) -> None:
    detail = _first(demo_db)
    action_id = detail.action.id
    assert action_id is not None
    dialog = _open(qtbot, demo_db, detail)
    # Partners: drop the first chosen one, add one not chosen.
    organisations = sh.organisation_ids(demo_db)
    dropped = detail.partner_ids[0]
    added = next(o for o in organisations if o not in detail.partner_ids)
    dialog.organisations.partners.model.set_checked(dropped, False)
    dialog.organisations.partners.model.set_checked(added, True)
    # Responsible person typed by name, as a user picks from the completer.
    person = next(
        p
        for p in sh.person_rows(demo_db, sh.person_ids(demo_db))
        if p.id != detail.action.responsible_person_id
    )
    dialog.organisations.responsible_combo.lineEdit().setText(
        person_text(person.first_name, person.last_name, person.organisation)
    )
    # Milestones: tick the first done, add one.
    model = dialog.milestones.model
    first_title = model.data(model.index(0, TITLE))
    model.setData(model.index(0, DONE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.milestones.add_milestone(date(2025, 6, 15))
    row = model.rowCount() - 1
    model.setData(model.index(row, TITLE), "  Pilot evaluated ")
    # Links.
    risk = next(r.id for r in pr.risk_rows(demo_db) if r.id not in detail.risk_ids)
    indicator = next(
        i.indicator.id
        for i in ind.indicator_rows(demo_db)
        if i.indicator.id not in detail.indicator_ids
    )
    assert indicator is not None
    dialog.links.risk_list.model.set_checked(risk, True)
    dialog.links.indicator_list.model.set_checked(indicator, True)
    # General: gender dimension and tags.
    combo = dialog.general.dimension_combo
    combo.setCurrentIndex(combo.findData(GenderDimension.NEUTRAL.value))
    dialog.general.gender_tag.setChecked(False)
    dialog.general.green_tag.setChecked(True)
    dialog.general.digital_tag.setChecked(True)
    dialog.general.tags_edit.setText("Pilot,  school  meals , digital")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.saved is not None
    stored = pa.load_action_detail(demo_db, action_id)
    assert set(stored.partner_ids) == (set(detail.partner_ids) - {dropped}) | {added}
    assert stored.action.responsible_person_id == person.id
    milestones = {m.title: m for m in stored.milestones}
    assert milestones[first_title].done
    assert milestones["Pilot evaluated"].due_on == date(2025, 6, 15)
    assert len(stored.milestones) == len(detail.milestones) + 1
    assert set(stored.risk_ids) == set(detail.risk_ids) | {risk}
    assert set(stored.indicator_ids) == set(detail.indicator_ids) | {indicator}
    assert stored.action.gender_dimension == GenderDimension.NEUTRAL
    assert stored.tags == ("digital", "green", "pilot", "school meals")
    assert dialog.before == detail


def test_moving_to_another_objective_and_clearing_the_lead(qtbot: QtBot, demo_db: Database) -> None:
    detail = _first(demo_db)
    dialog = _open(qtbot, demo_db, detail)
    combo = dialog.general.objective_combo
    other = next(i for i in range(combo.count()) if combo.itemData(i) != detail.action.objective_id)
    combo.setCurrentIndex(other)
    dialog.organisations.lead_combo.lineEdit().setText("")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.saved is not None
    stored = pa.load_action_detail(demo_db, detail.action.id or 0)
    assert stored.action.objective_id == combo.itemData(other)
    assert stored.action.lead_organisation_id is None


def test_new_action(qtbot: QtBot, demo_db: Database) -> None:
    objective = pt.objective_tree(demo_db)[0].children[0]
    before = pa.action_rows(demo_db, objective.id)
    new = pa.ActionDetail(
        action=records.Action(
            objective_id=objective.id, code="", title="", type=ActionType.INVESTMENT
        )
    )
    dialog = _open(qtbot, demo_db, new)
    assert dialog.windowTitle() == "New action"
    assert dialog.source_label.text().startswith("None")
    assert dialog.general.objective_combo.currentData() == objective.id
    dialog.title_edit.setText("Bike racks at every school")
    dialog.cost_edit.setText("1200")
    dialog.add_funding_line()
    dialog.funding_table.item(0, 1).setText("1200")
    dialog.milestones.add_milestone(date(2026, 1, 31))
    model = dialog.milestones.model
    model.setData(model.index(0, TITLE), "Racks installed")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.saved is not None
    saved = dialog.saved.detail
    assert saved.action.id is not None
    assert saved.action.code == f"{objective.code}.{len(before) + 1}"
    stored = pa.load_action_detail(demo_db, saved.action.id)
    assert stored.action.title == "Bike racks at every school"
    assert stored.action.estimated_cost == Decimal("1200.00")
    assert [m.title for m in stored.milestones] == ["Racks installed"]
    assert [line.amount for line in stored.funding_lines] == [Decimal("1200.00")]


def test_problems_keep_the_dialog_open_and_nothing_is_saved(
    qtbot: QtBot, demo_db: Database
) -> None:
    detail = _first(demo_db)
    dialog = _open(qtbot, demo_db, detail)
    dialog.tabs.setCurrentIndex(LINKS)
    dialog.start_edit.set_date_value(date(2025, 6, 1))
    dialog.end_edit.set_date_value(date(2025, 1, 1))
    dialog.cost_edit.setText("-5")
    dialog.title_edit.setText("Changed title")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.saved is None
    assert dialog.messages.message_for("end_date")
    assert dialog.messages.message_for("estimated_cost")
    assert dialog.tabs.currentIndex() == GENERAL
    assert not dialog.tabs.tabIcon(GENERAL).isNull()
    assert dialog.tabs.tabIcon(LINKS).isNull()
    assert pa.load_action_detail(demo_db, detail.action.id or 0) == detail
    # Corrected, it saves.
    dialog.end_edit.set_date_value(date(2025, 12, 1))
    dialog.cost_edit.setText("100")
    dialog.accept()
    assert not dialog.isVisible()


def test_an_amount_that_is_no_number_names_the_field(qtbot: QtBot, demo_db: Database) -> None:
    detail = _first(demo_db)
    dialog = _open(qtbot, demo_db, detail)
    dialog.cost_edit.setText("a lot")
    dialog.accept()
    assert "“a lot” is not an amount" in dialog.messages.message_for("estimated_cost")
    assert dialog.isVisible()


def test_milestone_problems_are_shown_on_their_tab(qtbot: QtBot, demo_db: Database) -> None:
    detail = _first(demo_db)
    dialog = _open(qtbot, demo_db, detail)
    dialog.milestones.add_milestone(date(2025, 5, 1))  # left without a title
    dialog.tabs.setCurrentIndex(GENERAL)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == MILESTONES
    text = dialog.milestones.problem_label.text()
    assert f"row {len(detail.milestones) + 1}" in text
    assert pa.load_action_detail(demo_db, detail.action.id or 0) == detail


def test_unknown_lead_organisation_is_refused_on_its_tab(qtbot: QtBot, demo_db: Database) -> None:
    detail = _first(demo_db)
    dialog = _open(qtbot, demo_db, detail)
    dialog.organisations.lead_combo.lineEdit().setText("Nobody Ltd")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == ORGANISATIONS
    assert "Nobody Ltd" in dialog.messages.message_for("lead_organisation_id")


def test_funding_over_cost_is_a_warning_and_saving_goes_on(qtbot: QtBot, demo_db: Database) -> None:
    detail = _first(demo_db)
    dialog = _open(qtbot, demo_db, detail)
    assert not dialog.warning_label.isVisibleTo(dialog)
    dialog.cost_edit.setText("100.00")
    dialog.add_funding_line()
    dialog.funding_table.item(dialog.funding_table.rowCount() - 1, 1).setText("5000")
    assert dialog.warning_label.isVisibleTo(dialog)
    assert "more than the estimated cost" in dialog.warning_label.text()
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.saved is not None
    assert any("more than the estimated cost" in w.message for w in dialog.saved.warnings)


def test_milestone_outside_the_dates_is_a_warning(qtbot: QtBot, demo_db: Database) -> None:
    detail = _first(demo_db)
    dialog = _open(qtbot, demo_db, detail)
    dialog.milestones.add_milestone(date(2031, 1, 1))
    model = dialog.milestones.model
    model.setData(model.index(model.rowCount() - 1, TITLE), "Far away")
    assert "Far away" in dialog.warning_label.text()
    assert dialog.warning_label.isVisibleTo(dialog)
    dialog.end_edit.set_date_value(None)
    assert "Far away" not in dialog.warning_label.text()


def test_enter_in_a_table_does_not_save_but_ctrl_enter_does(
    qtbot: QtBot, demo_db: Database
) -> None:
    detail = _first(demo_db)
    dialog = _open(qtbot, demo_db, detail)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.tabs.setCurrentIndex(MILESTONES)
    table = dialog.milestones.table
    table.setFocus()
    table.setCurrentIndex(dialog.milestones.model.index(0, TITLE))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert dialog.isVisible()
    # Enter ends an edit in the table without saving the dialog.
    table.edit(table.currentIndex())
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("Renamed by keyboard")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert dialog.milestones.model.data(table.currentIndex()) == "Renamed by keyboard"
    dialog.tabs.setCurrentIndex(LINKS)
    qtbot.keyClick(dialog.links.risk_list.filter_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    dialog.tabs.setCurrentIndex(GENERAL)
    dialog.title_edit.setFocus()
    dialog.title_edit.setText("Saved by keyboard")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    stored = pa.load_action_detail(demo_db, detail.action.id or 0)
    assert stored.action.title == "Saved by keyboard"
    assert "Renamed by keyboard" in [milestone.title for milestone in stored.milestones]


def test_enter_in_the_title_saves(qtbot: QtBot, demo_db: Database) -> None:
    detail = _first(demo_db)
    dialog = _open(qtbot, demo_db, detail)
    dialog.title_edit.setText("Saved with Enter")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.saved is not None


def test_escape_cancels(qtbot: QtBot, demo_db: Database) -> None:
    detail = _first(demo_db)
    dialog = _open(qtbot, demo_db, detail)
    dialog.title_edit.setText("Not kept")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.saved is None
    assert pa.load_action_detail(demo_db, detail.action.id or 0) == detail


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_mnemonics_are_unique_on_every_tab(qtbot: QtBot, demo_db: Database) -> None:
    dialog = _open(qtbot, demo_db, _first(demo_db))
    tab_keys = [_mnemonic(dialog.tabs.tabText(i)) for i in range(dialog.tabs.count())]
    assert None not in tab_keys
    assert len(set(tab_keys)) == len(tab_keys)
    for index in range(dialog.tabs.count()):
        page: QWidget = dialog.tabs.widget(index)
        keys = [
            _mnemonic(widget.text())
            for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton)
        ]
        keys = [key for key in keys if key]
        assert len(keys) == len(set(keys)), (dialog.tabs.tabText(index), keys)
        assert not set(keys) & set(tab_keys), (dialog.tabs.tabText(index), keys)
        for label in page.findChildren(QLabel):
            if _mnemonic(label.text()):
                assert label.buddy() is not None, label.text()


def test_decision_text() -> None:
    assert decision_text(None).startswith("None")
    source = DecisionRef(1, 2, "Workshop 2", date(2025, 3, 12), 3, "Do it")
    assert decision_text(source) == "Decision 3 of “Workshop 2” on 12/03/2025"


def test_due_date_is_edited_with_the_date_field(qtbot: QtBot, demo_db: Database) -> None:
    dialog = _open(qtbot, demo_db, _first(demo_db))
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.tabs.setCurrentIndex(MILESTONES)
    table = dialog.milestones.table
    index = dialog.milestones.model.index(0, DUE)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index) or QApplication.focusWidget()
    date_edit = editor if isinstance(editor, DateEdit) else editor.parent()
    assert isinstance(date_edit, DateEdit)
    date_edit.set_date_value(date(2025, 2, 14))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert dialog.isVisible()
    assert dialog.milestones.model.milestones(0)[0].due_on == date(2025, 2, 14)


def test_check_list_filters_and_ticks_by_keyboard(qtbot: QtBot, demo_db: Database) -> None:
    dialog = _open(qtbot, demo_db, _first(demo_db))
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.tabs.setCurrentIndex(LINKS)
    risks = dialog.links.risk_list
    before = risks.checked_ids()
    risks.filter_edit.setFocus()
    qtbot.keyClicks(risks.filter_edit, "r3 ")
    assert risks.proxy.rowCount() == 1
    qtbot.keyClick(risks.filter_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is risks.view
    qtbot.keyClick(risks.view, Qt.Key.Key_Space)
    assert dialog.isVisible()
    chosen = risks.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole)
    assert set(risks.checked_ids()) == set(before) ^ {chosen}
    assert "Chosen" in risks.summary.text()


def test_all_problems_are_shown_at_once(qtbot: QtBot, demo_db: Database) -> None:
    new = pa.ActionDetail(
        action=records.Action(
            objective_id=pt.objective_tree(demo_db)[0].id,
            code="",
            title="",
            type=ActionType.INVESTMENT,
        )
    )
    count = len(pa.action_rows(demo_db))
    dialog = _open(qtbot, demo_db, new)
    dialog.organisations.lead_combo.lineEdit().setText("Nobody Ltd")
    dialog.add_funding_line()
    dialog.funding_table.item(0, 1).setText("lots")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.messages.message_for("title")
    assert dialog.messages.message_for("lead_organisation_id")
    assert (
        dialog.funding_problem.text() == "row 1, funding amount: the amount “lots” is not a number."
    )
    assert not dialog.messages.general.text()
    assert dialog.tabs.currentIndex() == GENERAL
    assert len(pa.action_rows(demo_db)) == count
    assert dialog.saved is None


def test_pickers_find_names_without_accents(qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    combo = SearchableCombo("(none)")
    qtbot.addWidget(combo)
    combo.set_entries([(1, "Kowalski, Jan — Urząd"), (3, "Zieliński, Łukasz — Urząd")])
    qtmodeltester.check(combo.entries)
    combo.set_current_id(3)
    assert combo.current_id() == (3, True)
    completer = combo.completer()
    completer.setCompletionPrefix("lukasz")
    assert completer.completionCount() == 1
    assert completer.pathFromIndex(completer.completionModel().index(0, 0)).startswith("Zieli")
    combo.lineEdit().setText("kowalski, jan — urząd")
    assert combo.current_id() == (1, True)
    combo.lineEdit().setText("")
    assert combo.current_id() == (None, True)
    checks = CheckList("filter")
    qtbot.addWidget(checks)
    checks.set_entries([(1, "Fundacja Równe Szanse"), (2, "Urząd Miejski")], [])
    checks.filter_edit.setText("urzad")
    assert checks.proxy.rowCount() == 1
    assert checks.summary.text() == "None chosen."


def test_ctrl_enter_in_an_open_editor_saves_what_was_typed(qtbot: QtBot, demo_db: Database) -> None:
    detail = _first(demo_db)
    dialog = _open(qtbot, demo_db, detail)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.tabs.setCurrentIndex(FUNDING)
    dialog.add_funding_line()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("250")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    stored = pa.load_action_detail(demo_db, detail.action.id or 0)
    assert Decimal("250.00") in [line.amount for line in stored.funding_lines]


def test_check_list_shows_chosen_only(qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    checks = CheckList("filter")
    qtbot.addWidget(checks)
    checks.set_entries([(1, "R1 one"), (2, "R2 two"), (3, "R3 three")], [2])
    checks.chosen_only.setChecked(True)
    assert checks.proxy.rowCount() == 1
    qtmodeltester.check(checks.proxy)
    checks.model.set_checked(3, True)
    assert checks.proxy.rowCount() == 2
    assert checks.summary.text() == "Chosen (2): R2 two; R3 three"
    checks.chosen_only.setChecked(False)
    assert checks.proxy.rowCount() == 3


def test_check_list_summary_stays_short(qtbot: QtBot) -> None:
    checks = CheckList("filter")
    qtbot.addWidget(checks)
    entries = [(number, f"Organisation {number}") for number in range(1, 8)]
    checks.set_entries(entries, [1, 2, 3, 4, 5, 6])
    assert checks.summary.text() == (
        "Chosen (6): Organisation 1; Organisation 2; Organisation 3; Organisation 4 and 2 more"
    )


def test_amounts_in_polish_show_the_currency_and_read_back_unchanged(
    qtbot: QtBot, demo_db: Database
) -> None:
    install_language("pl")  # the conftest puts English back afterwards
    detail = next(
        pa.load_action_detail(demo_db, row.id)
        for row in pa.action_rows(demo_db)
        if row.estimated_cost and row.estimated_cost >= 1000 and row.secured
    )
    cost = detail.action.estimated_cost
    assert cost is not None
    dialog = _open(qtbot, demo_db, detail)
    # The fields the user types in hold a plain number; the currency stands beside the cost.
    assert dialog.cost_edit.text() == format_number(cost, 2)
    assert "€" not in dialog.cost_edit.text()
    symbol = dialog.general.findChild(QLabel, "currency_symbol")
    assert symbol is not None
    assert symbol.text() == "€"
    row = dialog.cost_edit.parentWidget().layout()
    assert row.indexOf(symbol) > row.indexOf(dialog.cost_edit)  # "18 000,00 €" in Polish
    # The funding table shows each amount as money; its editor gets the plain number.
    table = dialog.funding_table
    header = table.horizontalHeaderItem(AMOUNT).text()
    assert "EUR" not in header
    delegate = table.itemDelegateForColumn(AMOUNT)
    amounts = sorted(line.amount for line in detail.funding_lines)
    shown = []
    for line in range(table.rowCount()):
        item = table.item(line, AMOUNT)
        assert "€" not in item.text()
        shown.append(delegate.displayText(item.text(), QLocale()))
    assert sorted(shown) == sorted(format_amount(amount) for amount in amounts)
    assert all(text.endswith("\u00a0€") for text in shown)
    totals = dialog.totals_label.text()
    assert format_amount(cost) in totals
    assert "EUR" not in totals
    # Saved as it was shown: the same amounts come back.
    dialog.accept()
    again = pa.load_action_detail(demo_db, detail.action.id)
    assert again.action.estimated_cost == cost
    assert sorted(line.amount for line in again.funding_lines) == amounts


def test_amounts_are_read_with_or_without_the_currency() -> None:
    install_language("pl")
    assert parse_money("18\u00a0000,00\u00a0€") == Decimal("18000.00")
    assert parse_money(format_amount(Decimal("-1234.5"))) == Decimal("-1234.50")
    assert parse_money("EUR 1 234,5") == Decimal("1234.50")
    assert parse_money(" € ") is None
    for wrong in ("a lot", "1,2,3", "1e40"):  # 1e40 has too many digits to keep cents
        with pytest.raises(ValueError, match=re.escape(wrong)):
            parse_money(wrong)
    install_language("en")
    assert parse_money("€18,000.00") == Decimal("18000.00")
    assert parse_money(format_amount(Decimal("-5.5"))) == Decimal("-5.50")


def test_an_edit_keeps_fields_changed_meanwhile_and_asks_about_the_same_field(
    qtbot: QtBot, demo_db: Database, fake_dialogs: FakeDialogs
) -> None:
    detail = _first(demo_db)
    action_id = detail.action.id or 0
    dialog = _open(qtbot, demo_db, detail)
    dialog.general.title_edit.setText("Retitled action")
    # Meanwhile (an import, another program) the expected result changes.
    now = store.get(demo_db, records.Action, action_id)
    store.save(demo_db, dataclasses.replace(now, expected_result="Ten tenders"))
    dialog.accept()
    assert dialog.saved is not None
    now = store.get(demo_db, records.Action, action_id)
    assert (now.title, now.expected_result) == ("Retitled action", "Ten tenders")
    stack = QUndoStack()
    stack.push(
        EditActionCommand(demo_db, fake_dialogs.errors.append, dialog.before, dialog.saved.detail)
    )
    stack.undo()
    now = store.get(demo_db, records.Action, action_id)
    assert (now.title, now.expected_result) == (detail.action.title, "Ten tenders")

    dialog = _open(qtbot, demo_db, pa.load_action_detail(demo_db, action_id))
    dialog.general.title_edit.setText("Retitled again")
    store.save(demo_db, dataclasses.replace(now, title="Retitled by the import"))
    dialog.accept()
    assert fake_dialogs.conflicts == [[("Title", "Retitled by the import", "Retitled again")]]
    assert dialog.isVisible()
    assert store.get(demo_db, records.Action, action_id).title == "Retitled by the import"
