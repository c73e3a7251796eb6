"""The Action plan page: objective tree, action table, action detail, undo."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs

from lagdesk.core.plan import actions as pa
from lagdesk.core.plan import tree as pt
from lagdesk.core.plan.funding import plan_totals
from lagdesk.db.codes import ActionStatus, FundingStatus
from lagdesk.db.database import Database
from lagdesk.i18n import format_amount, install_language
from lagdesk.ui.plan.actions_model import (
    AMOUNT_ROLE,
    CODE,
    COST,
    GAP,
    PROGRESS,
    SECURED,
    STATUS,
    TITLE,
    ActionTableModel,
)
from lagdesk.ui.plan.page import ActionPlanPage
from lagdesk.ui.plan.tree_model import ObjectiveTreeModel
from lagdesk.ui.shell.areas import Area
from lagdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> ActionPlanPage:
    stack = QUndoStack()
    widget = ActionPlanPage(demo_db, stack)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _stack(page: ActionPlanPage) -> QUndoStack:
    return page._undo


def _codes(model: ObjectiveTreeModel) -> list[tuple[str, str, int]]:
    """(code, title, depth) of every objective in the tree, in order."""
    found = []

    def walk(parent, depth):  # type: ignore[no-untyped-def]
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found.append((index.data(), index.siblingAtColumn(1).data(), depth))
            walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return found


def _core_codes(database: Database) -> list[tuple[str, str, int]]:
    found = []
    for node in pt.objective_tree(database):
        found.append((node.code, node.title, 0))
        found.extend((child.code, child.title, 1) for child in node.children)
    return found


def _select(page: ActionPlanPage, objective_id: int) -> None:
    page.tree.setCurrentIndex(page.tree_model.index_of(objective_id))


def test_models_pass_the_model_tester(page: ActionPlanPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.tree_model)
    qtmodeltester.check(page.actions_model)
    assert page.actions_model.rowCount() > 0


def test_tree_shows_demo_objectives_with_codes(page: ActionPlanPage, demo_db: Database) -> None:
    shown = _codes(page.tree_model)
    assert shown == _core_codes(demo_db)
    assert shown[0][0] == "1"
    assert any(depth == 1 and code == "1.1" for code, _, depth in shown)
    first = pt.objective_tree(demo_db)[0]
    count = page.tree_model.index(0, 2).data()
    assert count == str(first.total_actions)


def test_action_table_matches_core(page: ActionPlanPage, demo_db: Database) -> None:
    first = pt.objective_tree(demo_db)[0]
    _select(page, first.id)
    expected = pa.action_rows(demo_db, first.id)
    model: ActionTableModel = page.actions_model
    assert [row.id for row in model.records()] == [row.id for row in expected]
    assert [model.index(r, CODE).data() for r in range(model.rowCount())] == [
        row.code for row in expected
    ]
    assert model.index(0, TITLE).data() == expected[0].title
    totals = plan_totals(demo_db).overall
    assert page.totals_label.text() == (
        f"Plan totals: cost {format_amount(totals.cost)} · secured "
        f"{format_amount(totals.secured)} · gap {format_amount(totals.gap)}"
    )
    assert "EUR" not in page.totals_label.text()


def test_add_strategic_renumbers_and_undo_restores(page: ActionPlanPage, demo_db: Database) -> None:
    before = _core_codes(demo_db)
    page.add_strategic()
    after = _core_codes(demo_db)
    strategic = [code for code, _, depth in after if depth == 0]
    assert len(after) == len(before) + 1
    assert strategic[-1] == str(len(strategic))
    assert _codes(page.tree_model) == after
    _stack(page).undo()
    assert _core_codes(demo_db) == before
    assert _codes(page.tree_model) == before
    _stack(page).redo()
    assert _core_codes(demo_db) == after


def test_add_specific_goes_under_the_strategic_objective(
    page: ActionPlanPage, demo_db: Database
) -> None:
    first = pt.objective_tree(demo_db)[0]
    _select(page, first.id)
    page.add_specific()
    node = pt.objective_tree(demo_db)[0]
    assert len(node.children) == len(first.children) + 1
    assert node.children[-1].code == f"1.{len(node.children)}"
    _stack(page).undo()
    assert len(pt.objective_tree(demo_db)[0].children) == len(first.children)


def test_rename_in_place_and_undo(page: ActionPlanPage, demo_db: Database) -> None:
    first = pt.objective_tree(demo_db)[0]
    page.rename_objective(first.id, "Green public procurement")
    assert pt.objective_tree(demo_db)[0].title == "Green public procurement"
    _stack(page).undo()
    assert pt.objective_tree(demo_db)[0].title == first.title
    assert page.tree_model.index(0, 1).data() == first.title


def test_move_down_renumbers_and_undo_restores(
    qtbot: QtBot, page: ActionPlanPage, demo_db: Database
) -> None:
    tree = pt.objective_tree(demo_db)
    assert len(tree) >= 2
    first, second = tree[0], tree[1]
    _select(page, first.id)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    moved = pt.objective_tree(demo_db)
    assert [moved[0].id, moved[1].id] == [second.id, first.id]
    assert [moved[0].code, moved[1].code] == ["1", "2"]
    assert page.tree_model.index(0, 1).data() == second.title
    _stack(page).undo()
    back = pt.objective_tree(demo_db)
    assert [back[0].id, back[0].code, back[1].id] == [first.id, "1", second.id]


def test_delete_with_actions_is_refused(
    page: ActionPlanPage, demo_db: Database, fake_dialogs: FakeDialogs
) -> None:
    first = pt.objective_tree(demo_db)[0]
    assert first.total_actions > 0
    _select(page, first.id)
    page.delete_objective()
    assert fake_dialogs.errors
    assert "cannot be deleted" in fake_dialogs.errors[-1][1]
    assert _stack(page).count() == 0
    assert pt.objective_tree(demo_db)[0].id == first.id


def test_delete_empty_objective_and_undo(page: ActionPlanPage, demo_db: Database) -> None:
    page.add_strategic()
    added = pt.objective_tree(demo_db)[-1]
    _select(page, added.id)
    page.delete_objective()
    assert added.id not in [node.id for node in pt.objective_tree(demo_db)]
    _stack(page).undo()
    assert pt.objective_tree(demo_db)[-1].id == added.id


def test_in_place_status_and_progress_edit_with_undo(
    page: ActionPlanPage, demo_db: Database
) -> None:
    model = page.actions_model
    row = model.records()[0]
    new_status = ActionStatus.DELAYED if row.status != ActionStatus.DELAYED else ActionStatus.DONE
    assert model.setData(model.index(0, STATUS), new_status.value)
    assert pa.load_action_detail(demo_db, row.id).action.status == new_status
    shown = model.index(model.row_of(row.id), STATUS).data()
    assert shown == ("Delayed" if new_status is ActionStatus.DELAYED else "Done")
    new_progress = 55 if row.progress_percent != 55 else 60
    assert model.setData(model.index(model.row_of(row.id), PROGRESS), new_progress)
    assert pa.load_action_detail(demo_db, row.id).action.progress_percent == new_progress
    _stack(page).undo()
    assert pa.load_action_detail(demo_db, row.id).action.progress_percent == row.progress_percent
    _stack(page).undo()
    assert pa.load_action_detail(demo_db, row.id).action.status == row.status
    assert model.records()[model.row_of(row.id)].status == row.status


def test_bad_in_place_progress_is_refused(
    page: ActionPlanPage, demo_db: Database, fake_dialogs: FakeDialogs
) -> None:
    model = page.actions_model
    row = model.records()[0]
    assert not model.setData(model.index(0, PROGRESS), 170)
    assert fake_dialogs.errors
    assert _stack(page).count() == 0
    assert pa.load_action_detail(demo_db, row.id).action.progress_percent == row.progress_percent


def _open_first(page: ActionPlanPage):  # type: ignore[no-untyped-def]
    row = page.actions_model.records()[0]
    dialog = page.open_action(row.id)
    assert dialog is not None
    return row, dialog


def test_detail_end_before_start_shown_beside_field(
    page: ActionPlanPage, demo_db: Database
) -> None:
    row, dialog = _open_first(page)
    before = pa.load_action_detail(demo_db, row.id)
    dialog.start_edit.set_date_value(date(2025, 6, 1))
    dialog.end_edit.set_date_value(date(2025, 1, 1))
    dialog.title_edit.setText("Changed title")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.messages.message_for("end_date")
    assert pa.load_action_detail(demo_db, row.id) == before
    assert _stack(page).count() == 0
    dialog.reject()


def test_detail_save_with_funding_warning_and_undo(page: ActionPlanPage, demo_db: Database) -> None:
    row, dialog = _open_first(page)
    before = pa.load_action_detail(demo_db, row.id)
    dialog.cost_edit.setText("100.00")
    dialog.add_funding_line()
    line_row = dialog.funding_table.rowCount() - 1
    dialog.funding_table.item(line_row, 1).setText("5000")
    assert dialog.warning_label.isVisibleTo(dialog)
    assert "more than the estimated cost" in dialog.warning_label.text()
    dialog.title_edit.setText("Renamed action")
    dialog.accept()
    assert not dialog.isVisible()
    saved = pa.load_action_detail(demo_db, row.id)
    assert saved.action.title == "Renamed action"
    assert saved.action.estimated_cost == Decimal("100.00")
    assert len(saved.funding_lines) == len(before.funding_lines) + 1
    old_ids = {old.id for old in before.funding_lines}
    added = [line for line in saved.funding_lines if line.id not in old_ids]
    assert [(line.amount, line.status) for line in added] == [
        (Decimal("5000.00"), FundingStatus.POTENTIAL)
    ]
    assert "Renamed action" in [r.title for r in page.actions_model.records()]
    _stack(page).undo()
    undone = pa.load_action_detail(demo_db, row.id)
    assert undone.action == before.action
    assert sorted((line.source, line.amount, line.status) for line in undone.funding_lines) == (
        sorted((line.source, line.amount, line.status) for line in before.funding_lines)
    )


def test_detail_shows_source_decision(page: ActionPlanPage, demo_db: Database) -> None:
    rows = [r for r in pa.action_rows(demo_db) if r.source_decision_id is not None]
    if not rows:
        pytest.skip("the small demo has no action from a decision")
    row = rows[0]
    dialog = page.open_action(row.id)
    assert dialog is not None
    text = dialog.source_label.text()
    assert row.source_meeting_title in text
    assert str(row.source_decision_number) in text
    dialog.reject()


def test_enter_opens_detail(qtbot: QtBot, page: ActionPlanPage) -> None:
    page.table.setFocus()
    page.table.setCurrentIndex(page.actions_model.index(0, CODE))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.action_dialog is not None
    assert page.action_dialog.isVisible()
    assert page.action_dialog.title_edit.text() == page.actions_model.records()[0].title
    page.action_dialog.reject()


def test_funding_amount_not_a_number_is_shown_and_nothing_saved(
    page: ActionPlanPage, demo_db: Database
) -> None:
    row, dialog = _open_first(page)
    before = pa.load_action_detail(demo_db, row.id)
    dialog.add_funding_line()
    dialog.funding_table.item(dialog.funding_table.rowCount() - 1, 1).setText("lots")
    dialog.accept()
    assert dialog.isVisible()
    assert "lots" in dialog.funding_problem.text()
    assert pa.load_action_detail(demo_db, row.id) == before
    dialog.reject()


def test_page_in_window_shows_renumbering_in_status_bar(window: MainWindow, qtbot: QtBot) -> None:
    window.show_area(Area.ACTION_PLAN)
    page = window.stack.currentWidget()
    assert isinstance(page, ActionPlanPage)
    page.add_strategic()
    page.add_strategic()
    tree = pt.objective_tree(page.database)
    assert [node.code for node in tree][-2:] == [str(len(tree) - 1), str(len(tree))]
    last = tree[-1]
    _select(page, last.id)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert pt.objective_tree(page.database)[-2].id == last.id
    message = window.statusBar().currentMessage()
    assert message == f"Renumbered: {len(tree) - 1} → {len(tree)}"
    window.undo_stack.undo()
    assert pt.objective_tree(page.database)[-1].id == last.id


def test_delete_key_refuses_with_core_message(
    qtbot: QtBot, page: ActionPlanPage, demo_db: Database, fake_dialogs: FakeDialogs
) -> None:
    first = pt.objective_tree(demo_db)[0]
    _select(page, first.id)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert fake_dialogs.errors
    assert f"Objective {first.code}" in fake_dialogs.errors[-1][1]


def test_f2_renames_in_place(qtbot: QtBot, page: ActionPlanPage, demo_db: Database) -> None:
    first = pt.objective_tree(demo_db)[0]
    _select(page, first.id)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_F2)
    editor = page.tree.focusWidget()
    assert editor is not page.tree
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Local food procurement")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pt.objective_tree(demo_db)[0].title == "Local food procurement")
    assert page.tree_model.index(0, 1).data() == "Local food procurement"
    page._undo.undo()
    assert pt.objective_tree(demo_db)[0].title == first.title


def test_progress_edited_from_the_keyboard(
    qtbot: QtBot, page: ActionPlanPage, demo_db: Database
) -> None:
    row = page.actions_model.records()[0]
    wanted = 42 if row.progress_percent != 42 else 43
    page.table.setFocus()
    page.table.setCurrentIndex(page.actions_model.index(0, PROGRESS))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.focusWidget()
    assert editor is not page.table
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, str(wanted))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: pa.load_action_detail(demo_db, row.id).action.progress_percent == wanted
    )
    assert page.actions_model.index(0, PROGRESS).data() == f"{wanted} %"
    assert page._undo.count() == 1


def test_amounts_are_written_as_the_chosen_language_writes_money(
    qtbot: QtBot, demo_db: Database
) -> None:
    install_language("pl")  # the conftest puts English back afterwards
    page = ActionPlanPage(demo_db, QUndoStack())
    qtbot.addWidget(page)
    page.show_all_check.setChecked(True)
    model = page.actions_model
    for column in (COST, SECURED, GAP):  # the cells carry the currency, the headers do not
        assert "EUR" not in model.headerData(column, Qt.Orientation.Horizontal)
    costed = [r for r in range(model.rowCount()) if model.record_at(r).estimated_cost]  # type: ignore[union-attr]
    assert costed
    for row in costed:
        item = model.record_at(row)
        assert item is not None
        for column, amount in (
            (COST, item.estimated_cost),
            (SECURED, item.secured),
            (GAP, item.gap),
        ):
            index = model.index(row, column)
            assert index.data() == format_amount(amount)
            assert index.data(AMOUNT_ROLE) == amount  # the exact value stays for sorting
            assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    cost = model.index(costed[0], COST).data()
    assert re.fullmatch(r"-?\d{1,3}(\u00a0\d{3})*,\d\d\u00a0€", cost), cost
    assert "EUR" not in cost
    assert format_amount(Decimal("18000")) == "18\u00a0000,00\u00a0€"
    totals = page.totals_label.text()
    assert "EUR" not in totals
    assert format_amount(plan_totals(demo_db).overall.cost) in totals
