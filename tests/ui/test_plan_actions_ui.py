"""The Action plan page: dragging objectives and actions, new/delete/move actions with
undo, the keyboard, the tab host for other views of the plan."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs

from lagdesk.core.plan import actions as pa
from lagdesk.core.plan import tree as pt
from lagdesk.db.database import Database
from lagdesk.demo import build_demo
from lagdesk.ui.plan import tree_model
from lagdesk.ui.plan.actions_model import CODE
from lagdesk.ui.plan.page import ActionPlanPage
from lagdesk.ui.plan.tree_model import ACTION_MIME, OBJECTIVE_MIME, ids_mime, ids_of
from lagdesk.ui.shell.areas import Area
from lagdesk.ui.shell.main_window import MainWindow

MOVE = Qt.DropAction.MoveAction
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> Iterator[ActionPlanPage]:
    stack = QUndoStack()
    widget = ActionPlanPage(demo_db, stack)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    yield widget
    # The stack outlives the test's file: it must not reload the page when it goes.
    stack.indexChanged.disconnect(widget._stack_moved)


def _stack(page: ActionPlanPage) -> QUndoStack:
    return page._undo


def _tree(database: Database) -> list[tuple[int, str, int | None]]:
    """(id, code, parent id) of every objective, in tree order."""
    found = []
    for node in pt.objective_tree(database):
        found.append((node.id, node.code, None))
        found.extend((child.id, child.code, node.id) for child in node.children)
    return found


def _shown(page: ActionPlanPage) -> list[tuple[int, str]]:
    model, found = page.tree_model, []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        found.append((model.objective_id(index), index.data()))
        for child in range(model.rowCount(index)):
            inner = model.index(child, 0, index)
            found.append((model.objective_id(inner), inner.data()))
    return found


def _select(page: ActionPlanPage, objective_id: int) -> None:
    page.tree.setCurrentIndex(page.tree_model.index_of(objective_id))


def _action(database: Database, action_id: int) -> tuple[int, str]:
    action = pa.load_action_detail(database, action_id).action
    return action.objective_id, action.code


# -- models ---------------------------------------------------------------------------


def test_models_with_drag_and_drop_pass_the_model_tester(
    page: ActionPlanPage,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    page.show_all_check.setChecked(True)
    qtmodeltester.check(page.tree_model)
    qtmodeltester.check(page.actions_model)
    assert page.actions_model.flags(page.actions_model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert page.tree_model.mimeTypes() == [OBJECTIVE_MIME, ACTION_MIME]


def test_show_all_actions_lists_the_whole_plan(page: ActionPlanPage, demo_db: Database) -> None:
    first = pt.objective_tree(demo_db)[0].children[0]
    _select(page, first.id)
    assert len(page.actions_model.records()) == first.action_count
    page.show_all_check.setChecked(True)
    assert [row.id for row in page.actions_model.records()] == [
        row.id for row in pa.action_rows(demo_db)
    ]
    assert "whole plan" in page.actions_label.text()
    page.show_all_check.setChecked(False)
    assert len(page.actions_model.records()) == first.action_count
    assert first.code in page.actions_label.text()


# -- dragging objectives ----------------------------------------------------------------


def test_drag_strategic_objective_down_renumbers_and_undo_restores(
    page: ActionPlanPage, demo_db: Database
) -> None:
    before = _tree(demo_db)
    first, second = pt.objective_tree(demo_db)[:2]
    model = page.tree_model
    data = model.mimeData([model.index_of(first.id)])
    # Dropped between the second and the third strategic objective.
    assert model.canDropMimeData(data, MOVE, 2, 0, QModelIndex())
    assert model.dropMimeData(data, MOVE, 2, 0, QModelIndex())
    after = pt.objective_tree(demo_db)
    assert [after[0].id, after[1].id] == [second.id, first.id]
    assert [after[0].code, after[1].code] == ["1", "2"]
    assert [child.code for child in after[1].children][:1] == ["2.1"]
    assert _shown(page) == [(row_id, code) for row_id, code, _ in _tree(demo_db)]
    assert _stack(page).count() == 1
    _stack(page).undo()
    assert _tree(demo_db) == before
    assert _shown(page) == [(row_id, code) for row_id, code, _ in before]
    _stack(page).redo()
    assert pt.objective_tree(demo_db)[1].id == first.id


def test_drag_specific_objective_onto_another_strategic_one(
    page: ActionPlanPage, demo_db: Database
) -> None:
    before = _tree(demo_db)
    first, second = pt.objective_tree(demo_db)[:2]
    moving = first.children[0]
    model = page.tree_model
    data = model.mimeData([model.index_of(moving.id)])
    assert model.dropMimeData(data, MOVE, -1, 0, model.index_of(second.id))
    after = pt.objective_tree(demo_db)
    assert after[1].children[-1].id == moving.id
    assert after[1].children[-1].code == f"2.{len(second.children) + 1}"
    assert after[0].children[0].code == "1.1"
    assert pa.action_rows(demo_db, moving.id)[0].code.startswith(after[1].children[-1].code)
    assert page._selected_id == moving.id
    _stack(page).undo()
    assert _tree(demo_db) == before


def test_drag_specific_objective_between_specific_ones_of_its_parent(
    page: ActionPlanPage, demo_db: Database
) -> None:
    first = pt.objective_tree(demo_db)[0]
    one, two = first.children[:2]
    model = page.tree_model
    parent = model.index_of(first.id)
    data = model.mimeData([model.index_of(two.id)])
    assert model.dropMimeData(data, MOVE, 0, 0, parent)
    children = pt.objective_tree(demo_db)[0].children
    assert [(children[0].id, children[0].code), (children[1].id, children[1].code)] == [
        (two.id, "1.1"),
        (one.id, "1.2"),
    ]
    _stack(page).undo()
    assert pt.objective_tree(demo_db)[0].children[0].id == one.id


def test_refused_objective_drops_change_nothing(
    page: ActionPlanPage, demo_db: Database, fake_dialogs: FakeDialogs
) -> None:
    before = _tree(demo_db)
    first, second = pt.objective_tree(demo_db)[:2]
    model = page.tree_model
    strategic = model.mimeData([model.index_of(first.id)])
    # A strategic objective with specific ones cannot become specific.
    assert not model.canDropMimeData(strategic, MOVE, -1, 0, model.index_of(second.id))
    assert not model.dropMimeData(strategic, MOVE, -1, 0, model.index_of(second.id))
    # Nothing goes under a specific objective, nor onto its own place.
    specific = model.mimeData([model.index_of(first.children[0].id)])
    assert not model.canDropMimeData(specific, MOVE, 0, 0, model.index_of(second.children[0].id))
    assert not model.canDropMimeData(strategic, MOVE, 0, 0, QModelIndex())
    assert not model.canDropMimeData(strategic, Qt.DropAction.CopyAction, 2, 0, QModelIndex())
    assert not model.canDropMimeData(ids_mime(OBJECTIVE_MIME, []), MOVE, 2, 0, QModelIndex())
    assert _tree(demo_db) == before
    assert _stack(page).count() == 0
    assert not fake_dialogs.errors


def test_core_refusal_of_a_drop_is_shown(
    page: ActionPlanPage, demo_db: Database, fake_dialogs: FakeDialogs
) -> None:
    _first, second = pt.objective_tree(demo_db)[:2]
    # The tree on screen is older than the file: the objective got specific ones meanwhile.
    page.add_strategic()
    lonely = pt.objective_tree(demo_db)[-1]
    _stack(page).clear()
    model = page.tree_model
    data = model.mimeData([model.index_of(lonely.id)])
    pt.add_objective(demo_db, lonely.id, "Specific added elsewhere")
    assert not model.dropMimeData(data, MOVE, -1, 0, model.index_of(second.id))
    assert fake_dialogs.errors
    assert "two levels deep" in fake_dialogs.errors[-1][1]
    assert _stack(page).count() == 0


# -- dragging actions onto the tree ------------------------------------------------------


def test_drag_actions_onto_an_objective_moves_them_with_undo(
    page: ActionPlanPage, demo_db: Database
) -> None:
    first, second = pt.objective_tree(demo_db)[:2]
    source, target = first.children[0], second.children[0]
    _select(page, source.id)
    rows = page.actions_model.records()
    assert len(rows) >= 2
    before = {row.id: _action(demo_db, row.id) for row in pa.action_rows(demo_db)}
    data = page.actions_model.mimeData(
        [page.actions_model.index(0, CODE), page.actions_model.index(1, 3)]
    )
    model = page.tree_model
    assert not model.canDropMimeData(data, MOVE, 0, 0, model.index_of(second.id))
    assert model.dropMimeData(data, MOVE, -1, 0, model.index_of(target.id))
    count = target.action_count
    assert _action(demo_db, rows[0].id) == (target.id, f"{target.code}.{count + 1}")
    assert _action(demo_db, rows[1].id) == (target.id, f"{target.code}.{count + 2}")
    assert _stack(page).count() == 1
    assert "2 actions" in _stack(page).undoText()
    tree_count = page.tree_model.index_of(target.id).siblingAtColumn(2).data()
    assert tree_count == str(count + 2)
    _stack(page).undo()
    assert {row.id: _action(demo_db, row.id) for row in pa.action_rows(demo_db)} == before
    _stack(page).redo()
    assert _action(demo_db, rows[1].id)[0] == target.id


def test_drop_actions_onto_their_own_objective_does_nothing(page: ActionPlanPage) -> None:
    objective_id = page.actions_model.records()[0].objective_id
    data = page.actions_model.mimeData([page.actions_model.index(0, 0)])
    model = page.tree_model
    assert not model.dropMimeData(data, MOVE, -1, 0, model.index_of(objective_id))
    assert _stack(page).count() == 0


# -- new, delete, move -------------------------------------------------------------------


def test_new_action_through_the_dialog_then_undo_and_redo(
    page: ActionPlanPage, demo_db: Database
) -> None:
    specific = pt.objective_tree(demo_db)[1].children[0]
    _select(page, specific.id)
    dialog = page.new_action()
    assert dialog is not None
    assert dialog.isVisible()
    dialog.title_edit.setText("Train buyers in gender budgeting")
    dialog.accept()
    assert not dialog.isVisible()
    rows = pa.action_rows(demo_db, specific.id)
    new = rows[-1]
    assert new.title == "Train buyers in gender budgeting"
    assert new.code == f"{specific.code}.{specific.action_count + 1}"
    current = page.actions_model.record_at(page.table.currentIndex().row())
    assert current is not None
    assert current.id == new.id
    assert _stack(page).count() == 1
    _stack(page).undo()
    assert new.id not in [row.id for row in pa.action_rows(demo_db)]
    assert new.id not in [row.id for row in page.actions_model.records()]
    _stack(page).redo()
    assert pa.action_rows(demo_db, specific.id)[-1].id == new.id
    assert pa.load_action_detail(demo_db, new.id).action.title == new.title


def test_new_action_under_a_strategic_objective(page: ActionPlanPage, demo_db: Database) -> None:
    strategic = pt.objective_tree(demo_db)[0]
    _select(page, strategic.id)
    dialog = page.new_action()
    assert dialog is not None
    dialog.title_edit.setText("Procurement strategy")
    dialog.accept()
    found = [row for row in pa.action_rows(demo_db) if row.title == "Procurement strategy"]
    assert [(row.objective_id, row.code) for row in found] == [
        (strategic.id, f"{strategic.code}.{strategic.action_count + 1}")
    ]


def test_new_action_without_title_is_not_saved(page: ActionPlanPage, demo_db: Database) -> None:
    count = len(pa.action_rows(demo_db))
    dialog = page.new_action()
    assert dialog is not None
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.messages.message_for("title")
    assert len(pa.action_rows(demo_db)) == count
    assert _stack(page).count() == 0
    dialog.reject()


def test_delete_several_actions_is_one_command(
    page: ActionPlanPage, demo_db: Database, fake_dialogs: FakeDialogs
) -> None:
    page.show_all_check.setChecked(True)
    before = pa.action_rows(demo_db)
    chosen = [before[0], before[1], before[-1]]
    selection = page.table.selectionModel()
    for item in chosen:
        row = page.actions_model.row_of(item.id)
        selection.select(
            page.actions_model.index(row, 0),
            selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
        )
    assert page.selected_action_ids() == [item.id for item in chosen]
    page.delete_actions()
    assert "3 actions" in fake_dialogs.questions[-1]
    after = pa.action_rows(demo_db)
    assert len(after) == len(before) - 3
    assert after[0].code == before[0].code  # renumbered
    assert _stack(page).count() == 1
    _stack(page).undo()
    restored = pa.action_rows(demo_db)
    assert [(row.id, row.code, row.objective_id) for row in restored] == [
        (row.id, row.code, row.objective_id) for row in before
    ]
    _stack(page).redo()
    assert len(pa.action_rows(demo_db)) == len(before) - 3


def test_delete_asks_first(
    page: ActionPlanPage, demo_db: Database, fake_dialogs: FakeDialogs
) -> None:
    count = len(pa.action_rows(demo_db))
    first = page.actions_model.records()[0]
    page.table.setCurrentIndex(page.actions_model.index(0, 0))
    fake_dialogs.confirm_answer = False
    page.delete_actions()
    assert first.code in fake_dialogs.questions[-1]
    assert len(pa.action_rows(demo_db)) == count
    assert _stack(page).count() == 0


def test_move_action_down_and_up_within_its_objective(
    page: ActionPlanPage, demo_db: Database
) -> None:
    objective = pt.objective_tree(demo_db)[0].children[0]
    _select(page, objective.id)
    first, second = page.actions_model.records()[:2]
    page.table.setCurrentIndex(page.actions_model.index(0, 0))
    page.move_action(1)
    moved = pa.action_rows(demo_db, objective.id)
    assert [(moved[0].id, moved[0].code), (moved[1].id, moved[1].code)] == [
        (second.id, first.code),
        (first.id, second.code),
    ]
    # The moved action stays current, so it can be moved again.
    assert page.table.currentIndex().row() == 1
    page.move_action(-1)
    assert pa.action_rows(demo_db, objective.id)[0].id == first.id
    page.move_action(-1)  # already first: nothing
    assert _stack(page).count() == 2
    _stack(page).undo()
    assert pa.action_rows(demo_db, objective.id)[0].id == second.id
    _stack(page).undo()
    assert pa.action_rows(demo_db, objective.id)[0].id == first.id


# -- keyboard -----------------------------------------------------------------------------


def test_keyboard_insert_delete_and_move(
    qtbot: QtBot, page: ActionPlanPage, demo_db: Database, fake_dialogs: FakeDialogs
) -> None:
    objective = pt.objective_tree(demo_db)[0].children[0]
    _select(page, objective.id)
    page.table.setFocus()
    page.table.setCurrentIndex(page.actions_model.index(0, 0))
    first, second = page.actions_model.records()[:2]

    qtbot.keyClick(page.table, Qt.Key.Key_Down, CTRL_SHIFT)
    assert pa.action_rows(demo_db, objective.id)[1].id == first.id
    qtbot.keyClick(page.table, Qt.Key.Key_Up, CTRL_SHIFT)
    assert pa.action_rows(demo_db, objective.id)[0].id == first.id

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert fake_dialogs.questions
    assert first.id not in [row.id for row in pa.action_rows(demo_db)]
    assert _stack(page).count() == 3
    _stack(page).undo()
    assert pa.action_rows(demo_db, objective.id)[0].id == first.id

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    dialog = page.action_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.before.action.id is None
    assert dialog.before.action.objective_id == objective.id
    dialog.reject()
    assert second.id in [row.id for row in pa.action_rows(demo_db)]


def test_delete_key_in_the_tree_still_deletes_objectives(
    qtbot: QtBot, page: ActionPlanPage, demo_db: Database, fake_dialogs: FakeDialogs
) -> None:
    count = len(pa.action_rows(demo_db))
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert "cannot be deleted" in fake_dialogs.errors[-1][1]
    assert not fake_dialogs.questions
    assert len(pa.action_rows(demo_db)) == count


# -- tab host -----------------------------------------------------------------------------


class CountingView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1


def test_added_views_refresh_when_current_and_after_changes(page: ActionPlanPage) -> None:
    view, plain = CountingView(), QWidget()
    built_in = page.views.count()  # Actions and the page's own views
    page.add_view(view, "Extra")
    page.add_view(plain, "Plain")
    assert page.views.count() == built_in + 2
    assert page.views.tabText(built_in) == "Extra"
    assert view.refreshed == 0
    page.add_strategic()  # the Actions tab is current: the view is left alone
    assert view.refreshed == 0
    page.views.setCurrentWidget(view)
    assert view.refreshed == 1
    _stack(page).undo()
    assert view.refreshed == 2
    page.views.setCurrentWidget(plain)  # no refresh(): nothing to call
    _stack(page).redo()
    assert view.refreshed == 2
    page.views.setCurrentIndex(0)
    assert page.views.currentWidget() is page.actions_tab


# -- mnemonics ------------------------------------------------------------------------------

_MNEMONIC = re.compile(r"&(.)")


def _letters(window: QWidget) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        for match in _MNEMONIC.finditer(text):
            if match.group(1) != "&":
                found[match.group(1).lower()].append(text)
                return

    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            add(widget.text())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index))
    return found


def test_no_mnemonic_twice_on_the_page(window: MainWindow) -> None:
    build_demo(window.database, "small", seed=1)
    window.resize(1400, 860)
    window.show_area(Area.ACTION_PLAN)
    for _ in range(3):
        QApplication.processEvents()
    page = window.page(Area.ACTION_PLAN)
    assert isinstance(page, ActionPlanPage)
    menus = {
        letter
        for action in window.menuBar().actions()
        for letter in [m.group(1).lower() for m in _MNEMONIC.finditer(action.text())][:1]
    }
    letters = _letters(window)
    twice = {letter: uses for letter, uses in letters.items() if len(uses) > 1}
    assert not twice
    assert not menus & set(letters)
    for letter in "nlcmt":
        assert letter in letters


def test_hidden_page_reloads_when_shown_again(page: ActionPlanPage, demo_db: Database) -> None:
    page.add_strategic()
    count = page.tree_model.rowCount()
    page.hide()
    _stack(page).undo()  # as if undone from another area
    assert page.tree_model.rowCount() == count
    page.show()
    assert page.tree_model.rowCount() == count - 1
    assert _shown(page) == [(row_id, code) for row_id, code, _ in _tree(demo_db)]


def test_dropping_on_the_tree_view_goes_through_the_model(
    page: ActionPlanPage, demo_db: Database
) -> None:
    """A drop event on the middle of an objective's row moves the dragged action there."""
    first, second = pt.objective_tree(demo_db)[:2]
    source, target = first.children[0], second.children[1]
    _select(page, source.id)
    moving = page.actions_model.records()[0]
    data = page.actions_model.mimeData([page.actions_model.index(0, CODE)])
    point = page.tree.visualRect(page.tree_model.index_of(target.id, 1)).center()
    button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = page.tree.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(point, MOVE, data, button, none))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, MOVE, data, button, none))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), MOVE, data, button, none))
    assert _action(demo_db, moving.id)[0] == target.id
    assert _stack(page).count() == 1
    _stack(page).undo()
    assert _action(demo_db, moving.id) == (source.id, moving.code)


def test_dropping_an_objective_on_the_top_edge_of_another_puts_it_before(
    page: ActionPlanPage, demo_db: Database
) -> None:
    tree = pt.objective_tree(demo_db)
    last = tree[-1]
    data = page.tree_model.mimeData([page.tree_model.index_of(last.id)])
    rect = page.tree.visualRect(page.tree_model.index_of(tree[0].id, 1))
    point = QPoint(rect.center().x(), rect.top() + 1)
    button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = page.tree.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(point, MOVE, data, button, none))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, MOVE, data, button, none))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), MOVE, data, button, none))
    moved = pt.objective_tree(demo_db)
    assert [(node.id, node.code) for node in moved[:2]] == [(last.id, "1"), (tree[0].id, "2")]
    assert moved[0].children[0].code == "1.1"
    _stack(page).undo()
    assert [node.id for node in pt.objective_tree(demo_db)] == [node.id for node in tree]


class FakeDrag:
    """Stands in for QDrag: the offscreen platform cannot run a drag's event loop."""

    made: list[FakeDrag] = []

    def __init__(self, source: object) -> None:
        self.data: QMimeData | None = None
        FakeDrag.made.append(self)

    def setMimeData(self, data: QMimeData) -> None:
        self.data = data

    def setPixmap(self, pixmap: object) -> None:
        pass

    def exec(self, actions: object, default: Qt.DropAction) -> Qt.DropAction:
        return default


def test_a_finished_tree_drag_leaves_the_rows_alone(
    page: ActionPlanPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tree_model, "QDrag", FakeDrag)
    FakeDrag.made.clear()
    second = pt.objective_tree(demo_db)[1]
    _select(page, second.id)
    shown = _shown(page)
    page.tree.startDrag(Qt.DropAction.MoveAction)
    (drag,) = FakeDrag.made
    assert drag.data is not None
    assert ids_of(drag.data, OBJECTIVE_MIME) == [second.id]
    assert _shown(page) == shown
    assert page.tree_model.objective_id(page.tree.currentIndex()) == second.id


def test_drag_specific_objective_to_the_top_level_makes_it_strategic(
    page: ActionPlanPage, demo_db: Database
) -> None:
    before = _tree(demo_db)
    first = pt.objective_tree(demo_db)[0]
    moving = first.children[-1]
    model = page.tree_model
    data = model.mimeData([model.index_of(moving.id)])
    assert model.dropMimeData(data, MOVE, 1, 0, QModelIndex())
    after = pt.objective_tree(demo_db)
    assert (after[1].id, after[1].code, after[1].parent_id) == (moving.id, "2", None)
    assert _shown(page)[: len(first.children) + 1][-1] == (moving.id, "2")
    _stack(page).undo()
    assert _tree(demo_db) == before
