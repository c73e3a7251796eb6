"""The Risks tab: register, risk dialog, 5 x 5 matrix, undo of adds, edits, links, deletes."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QUndoStack
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs

from lagdesk.core.plan import actions as pa
from lagdesk.core.plan import risks as pr
from lagdesk.core.plan import tree as pt
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import ActionType, RiskCategory, RiskStatus
from lagdesk.db.database import Database
from lagdesk.ui.plan.risk_dialog import RiskDialog
from lagdesk.ui.plan.risks_model import (
    ACTIONS,
    BAND_TINTS,
    COUNT_ROLE,
    SCORE,
    TITLE,
    RiskMatrixModel,
)
from lagdesk.ui.plan.risks_view import RisksView


@pytest.fixture
def actions(database: Database) -> list[int]:
    """Three actions, 1.1.1 to 1.1.3, in a file with no risks."""
    strategic = pt.add_objective(database, None, "Procurement").id
    specific = pt.add_objective(database, strategic, "Green tenders").id
    found = []
    for title in ("Strategy", "Checklist", "Model clauses"):
        made = r.Action(objective_id=specific, code="", title=title, type=ActionType.INVESTMENT)
        saved = pa.save_action_detail(database, pa.ActionDetail(action=made))
        assert saved.detail.action.id is not None
        found.append(saved.detail.action.id)
    return found


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


def make_view(qtbot: QtBot, database: Database, stack: QUndoStack) -> RisksView:
    view = RisksView(database, stack)
    qtbot.addWidget(view)
    view.resize(1300, 600)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def risk(title: str, likelihood: int, impact: int, **fields: object) -> r.Risk:
    values: dict[str, object] = {"category": RiskCategory.FINANCIAL, **fields}
    return r.Risk(plan_id=0, title=title, likelihood=likelihood, impact=impact, **values)  # type: ignore[arg-type]


def open_dialog(view: RisksView) -> RiskDialog:
    dialog = view.risk_dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, demo_db: Database, stack: QUndoStack
) -> None:
    view = make_view(qtbot, demo_db, stack)
    assert view.model.rowCount() == 8
    for model in (view.model, view.proxy, view.matrix.model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    assert headers[:6] == ["Code", "Title", "Score", "Likelihood", "Impact", "Status"]
    matrix = view.matrix.model
    assert matrix.headerData(0, Qt.Orientation.Vertical) == "5 – Almost certain"
    assert matrix.headerData(4, Qt.Orientation.Vertical) == "1 – Rare"
    assert matrix.headerData(0, Qt.Orientation.Horizontal) == "1\nNegligible"
    assert matrix.headerData(4, Qt.Orientation.Horizontal) == "5\nSevere"


def test_register_shows_scores_in_band_colours(
    qtbot: QtBot, database: Database, stack: QUndoStack, actions: list[int]
) -> None:
    for title, likelihood, impact in (("low", 2, 2), ("medium", 1, 5), ("high", 2, 5)):
        pr.save_risk(database, risk(title, likelihood, impact), action_ids=actions[:2])
    view = make_view(qtbot, database, stack)
    colours = []
    for row in range(3):
        brush = view.model.index(row, SCORE).data(Qt.ItemDataRole.BackgroundRole)
        assert isinstance(brush, QBrush)
        colours.append(brush.color().name().upper())
    assert colours == [BAND_TINTS[band].upper() for band in pr.RiskBand]
    assert view.model.index(0, ACTIONS).data() == "1.1.1, 1.1.2"
    assert [view.model.index(row, SCORE).data() for row in range(3)] == ["4", "5", "10"]


def test_add_a_risk_in_the_dialog_then_undo_and_redo(
    qtbot: QtBot, database: Database, stack: QUndoStack, actions: list[int]
) -> None:
    view = make_view(qtbot, database, stack)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Insert)
    dialog = open_dialog(view)
    assert dialog.windowTitle() == "New risk"
    dialog.title_edit.setText("ERDF grant not approved")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("financial"))
    dialog.likelihood_combo.setCurrentIndex(dialog.likelihood_combo.findData(4))
    dialog.impact_combo.setCurrentIndex(dialog.impact_combo.findData(5))
    assert dialog.score_label.text() == "20 (high)"
    dialog.mitigation_edit.setPlainText("Apply in two phases")
    dialog.set_linked_actions([actions[2]])
    assert dialog.linked_label.text() == "Linked to 1 action"
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()

    (made,) = pr.risk_rows(database)
    assert (made.code, made.title, made.score, made.category) == (
        "R1",
        "ERDF grant not approved",
        20,
        RiskCategory.FINANCIAL,
    )
    assert (made.mitigation, made.action_codes, made.status) == (
        "Apply in two phases",
        ("1.1.3",),
        RiskStatus.OPEN,
    )
    assert stack.count() == 1
    assert stack.undoText() == "Add risk R1"
    assert [row.id for row in view.shown_rows()] == [made.id]
    assert view.matrix.model.count((4, 5)) == 1

    stack.undo()
    assert pr.risk_rows(database) == []
    assert view.model.rowCount() == 0
    assert view.matrix.model.total() == 0
    stack.redo()
    assert pr.risk_rows(database) == [made]
    assert view.model.rowCount() == 1
    assert view.matrix.model.count((4, 5)) == 1


def test_edit_links_to_two_actions_with_undo(
    qtbot: QtBot, database: Database, stack: QUndoStack, actions: list[int]
) -> None:
    pr.save_risk(database, risk("Appeals", 3, 4), action_ids=[actions[0]])
    view = make_view(qtbot, database, stack)
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, TITLE))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = open_dialog(view)
    assert dialog.windowTitle() == "Risk R1"
    assert dialog.linked_action_ids() == (actions[0],)
    # The list filters on code or title; ticking a hidden action is kept.
    dialog.action_filter.setText("clauses")
    assert dialog.actions_proxy.rowCount() == 1
    dialog.set_linked_actions([actions[1], actions[2]])
    dialog.action_filter.clear()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("mitigated"))
    dialog.accept()

    (edited,) = pr.risk_rows(database)
    assert edited.action_codes == ("1.1.2", "1.1.3")
    assert edited.status == RiskStatus.MITIGATED
    assert stack.undoText() == "Edit risk R1"
    assert view.model.index(0, ACTIONS).data() == "1.1.2, 1.1.3"
    stack.undo()
    (back,) = pr.risk_rows(database)
    assert (back.action_codes, back.status) == (("1.1.1",), RiskStatus.OPEN)
    stack.redo()
    assert pr.risk_rows(database) == [edited]


def test_delete_key_asks_then_undo_restores_the_links(
    qtbot: QtBot,
    database: Database,
    stack: QUndoStack,
    actions: list[int],
    fake_dialogs: FakeDialogs,
) -> None:
    pr.save_risk(database, risk("Staff leave", 2, 2))
    pr.save_risk(database, risk("Appeals", 3, 4), action_ids=actions[:2])
    before = pr.risk_rows(database)
    view = make_view(qtbot, database, stack)
    view.select_risk(before[1].id)
    view.table.setFocus()

    fake_dialogs.confirm_answer = False
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert fake_dialogs.questions == [
        "Delete risk R2 “Appeals”? Its links to actions 1.1.1, 1.1.2 go with it."
    ]
    assert pr.risk_rows(database) == before
    assert stack.count() == 0

    fake_dialogs.confirm_answer = True
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert [row.code for row in pr.risk_rows(database)] == ["R1"]
    assert stack.undoText() == "Delete risk R2"
    assert view.model.rowCount() == 1
    stack.undo()
    assert pr.risk_rows(database) == before
    assert view.model.rowCount() == 2
    stack.redo()
    assert [row.code for row in pr.risk_rows(database)] == ["R1"]
    assert not fake_dialogs.errors


def test_dialog_shows_core_problems_beside_the_field_and_saves_nothing(
    qtbot: QtBot, database: Database, stack: QUndoStack, actions: list[int]
) -> None:
    view = make_view(qtbot, database, stack)
    dialog = view.new_risk()
    dialog.title_edit.setText("   ")
    dialog.set_linked_actions([actions[0]])
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.messages.message_for("title") == "This field is required."
    # A likelihood of 7 cannot be picked; core still refuses it and names the field.
    assert not dialog.save(dataclasses.replace(dialog.record(), title="Bad", likelihood=7))
    assert dialog.messages.message_for("likelihood") == "7 is outside 1 to 5."
    assert dialog.focusWidget() is dialog.likelihood_combo
    assert dialog.messages.message_for("title") == ""
    assert store.count(database, r.Risk) == 0
    assert stack.count() == 0
    dialog.reject()
    assert stack.count() == 0


def test_matrix_counts_and_click_to_filter(
    qtbot: QtBot, database: Database, stack: QUndoStack
) -> None:
    for number in range(3):
        pr.save_risk(database, risk(f"Likely and severe {number}", 4, 5))
    pr.save_risk(database, risk("Rare and negligible", 1, 1))
    pr.save_risk(database, risk("Closed one", 4, 5, status=RiskStatus.CLOSED))
    view = make_view(qtbot, database, stack)
    matrix = view.matrix.model
    assert isinstance(matrix, RiskMatrixModel)
    counts = {
        matrix.cell_at(row, column): matrix.index(row, column).data(COUNT_ROLE)
        for row in range(5)
        for column in range(5)
    }
    assert {cell: n for cell, n in counts.items() if n} == {(4, 5): 3, (1, 1): 1}
    assert matrix.index(1, 4).data() == "3"
    assert matrix.index(4, 0).data() == "1"
    assert matrix.index(0, 0).data() == ""
    assert view.matrix.counted_label.text() == "4 open or mitigated risks counted"

    view.matrix.include_closed.setChecked(True)
    assert matrix.count((4, 5)) == 4
    view.matrix.include_closed.setChecked(False)
    assert matrix.count((4, 5)) == 3

    cell = view.matrix.view
    rect = cell.visualRect(matrix.index_of((4, 5)))
    qtbot.mouseClick(cell.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = view.shown_rows()
    assert [row.title for row in shown] == [f"Likely and severe {n}" for n in range(3)]
    assert view.shown_label.text() == "3 of 5 risks shown"
    # Counting closed risks too shows the closed one in the cell as well.
    view.matrix.include_closed.setChecked(True)
    assert len(view.shown_rows()) == 4
    view.matrix.include_closed.setChecked(False)
    # Clicking the same cell again shows every risk.
    qtbot.mouseClick(cell.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(view.shown_rows()) == 5
    assert view.matrix.chosen is None

    # From the keyboard: move to the cell and press Space; "Show all" clears.
    cell.setFocus()
    cell.setCurrentIndex(matrix.index_of((1, 1)))
    qtbot.keyClick(cell, Qt.Key.Key_Space)
    assert [row.title for row in view.shown_rows()] == ["Rare and negligible"]
    assert view.matrix.show_all_button.isEnabled()
    view.matrix.show_all_button.click()
    assert len(view.shown_rows()) == 5
    assert not view.matrix.show_all_button.isEnabled()


def test_status_and_category_filters(qtbot: QtBot, demo_db: Database, stack: QUndoStack) -> None:
    view = make_view(qtbot, demo_db, stack)
    everything = pr.risk_rows(demo_db)
    view.status_filter.setCurrentIndex(view.status_filter.findData("closed"))
    closed = [row.code for row in everything if row.status == RiskStatus.CLOSED]
    assert [row.code for row in view.shown_rows()] == closed
    view.status_filter.setCurrentIndex(0)
    view.category_filter.setCurrentIndex(view.category_filter.findData("capacity"))
    capacity = [row.code for row in everything if row.category == RiskCategory.CAPACITY]
    assert [row.code for row in view.shown_rows()] == capacity
    assert view.shown_label.text() == f"{len(capacity)} of {len(everything)} risks shown"
    view.category_filter.setCurrentIndex(0)
    assert len(view.shown_rows()) == len(everything)


def test_sorting_by_score_and_buttons(qtbot: QtBot, demo_db: Database, stack: QUndoStack) -> None:
    view = make_view(qtbot, demo_db, stack)
    view.table.sortByColumn(SCORE, Qt.SortOrder.DescendingOrder)
    scores = [row.score for row in view.shown_rows()]
    assert scores == sorted(scores, reverse=True)
    view.table.setCurrentIndex(QModelIndex())
    assert not view.edit_button.isEnabled()
    assert not view.delete_button.isEnabled()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    assert view.edit_button.isEnabled()
    view.edit_button.click()
    dialog = open_dialog(view)
    dialog.reject()
    assert stack.count() == 0


def test_a_risk_saved_outside_the_filters_is_shown_and_selected(
    qtbot: QtBot, database: Database, stack: QUndoStack
) -> None:
    pr.save_risk(database, risk("Rare", 1, 1))
    view = make_view(qtbot, database, stack)
    view.matrix.choose((1, 1))
    view.status_filter.setCurrentIndex(view.status_filter.findData("open"))
    dialog = view.new_risk()
    dialog.title_edit.setText("Severe")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("mitigated"))
    dialog.accept()
    assert view.matrix.chosen is None
    assert view.status_filter.currentData() is None
    current = view.current_risk()
    assert current is not None
    assert current.title == "Severe"
    assert len(view.shown_rows()) == 2


def test_double_click_opens_the_risk(qtbot: QtBot, demo_db: Database, stack: QUndoStack) -> None:
    view = make_view(qtbot, demo_db, stack)
    index = view.proxy.index(2, TITLE)
    rect = view.table.visualRect(index)
    # An item view takes a double click after the press of its first click.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = open_dialog(view)
    assert dialog.windowTitle() == "Risk R3"
    assert dialog.score_label.text() == "15 (high)"
    dialog.reject()


def test_a_hidden_view_reloads_when_shown(
    qtbot: QtBot, database: Database, stack: QUndoStack
) -> None:
    view = make_view(qtbot, database, stack)
    dialog = view.new_risk()
    dialog.title_edit.setText("Appeals")
    dialog.accept()
    view.hide()
    stack.undo()
    assert pr.risk_rows(database) == []
    view.show()
    assert view.model.rowCount() == 0
    assert view.matrix.model.total() == 0


def test_an_edit_keeps_fields_changed_meanwhile_and_asks_about_the_same_field(
    qtbot: QtBot,
    database: Database,
    stack: QUndoStack,
    actions: list[int],
    fake_dialogs: FakeDialogs,
) -> None:
    made = pr.save_risk(database, risk("Appeals", 3, 4), action_ids=[actions[0]])
    view = make_view(qtbot, database, stack)
    view.table.setCurrentIndex(view.proxy.index(0, TITLE))
    dialog = view.edit_current()
    assert dialog is not None
    dialog.mitigation_edit.setPlainText("Early market dialogue")
    # Meanwhile (an import, another program) the description and the title change.
    store.save(
        database,
        dataclasses.replace(store.get(database, r.Risk, made.id or 0), description="Bid appeals"),
    )
    dialog.accept()
    now = store.get(database, r.Risk, made.id or 0)
    assert (now.mitigation, now.description) == ("Early market dialogue", "Bid appeals")
    stack.undo()
    now = store.get(database, r.Risk, made.id or 0)
    assert (now.mitigation, now.description) == ("", "Bid appeals")

    dialog = view.edit_current()
    assert dialog is not None
    dialog.title_edit.setText("Appeals against tenders")
    store.save(database, dataclasses.replace(now, title="Tender appeals"))
    dialog.accept()
    assert fake_dialogs.conflicts == [[("Title", "Tender appeals", "Appeals against tenders")]]
    assert dialog.isVisible()
    assert store.get(database, r.Risk, made.id or 0).title == "Tender appeals"
