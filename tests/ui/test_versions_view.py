"""The Versions tab: saving versions, the review workflow's buttons, comparing versions."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs

from lagdesk.core.plan import actions as pa
from lagdesk.core.plan import versions as pv
from lagdesk.db.codes import PlanStatus
from lagdesk.db.database import Database
from lagdesk.db.models import Action
from lagdesk.ui.common.formatting import format_date
from lagdesk.ui.plan.version_diff import (
    CompareDialog,
    diff_html,
    diff_text,
    format_value,
)
from lagdesk.ui.plan.versions_model import NAME, STATUS, VersionTableModel
from lagdesk.ui.plan.versions_view import VersionsView, suggested_name

DEMO_VERSION = "Draft for lead expert review"


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database, stack: QUndoStack) -> VersionsView:
    widget = VersionsView(demo_db, stack)
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    return widget


def _action_id(database: Database, code: str) -> int:
    with database.reading() as session:
        found = session.scalar(sa.select(Action.id).where(Action.code == code))
    assert found is not None
    return found


def _names(view: VersionsView) -> list[str]:
    return [version.name for version in view.model.versions()]


def _save(view: VersionsView, name: str | None = None, note: str = "") -> None:
    dialog = view.open_save_dialog()
    if name is not None:
        dialog.name_edit.setText(name)
    dialog.note_edit.setPlainText(note)
    dialog.accept()
    assert dialog.saved is not None, dialog.messages.message_for("name")


def _buttons(view: VersionsView) -> dict[str, bool]:
    return {
        "submit": view.submit_button.isEnabled(),
        "return": view.return_button.isEnabled(),
        "approve": view.approve_button.isEnabled(),
        "rename": view.rename_button.isEnabled(),
        "delete": view.delete_button.isEnabled(),
    }


def test_model_passes_the_model_tester(qtmodeltester, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    model = VersionTableModel()
    model.set_records(pv.versions(demo_db))
    qtmodeltester.check(model)
    model.set_records([])
    qtmodeltester.check(model)


def test_table_shows_the_demo_version_with_its_status(view: VersionsView) -> None:
    assert _names(view) == [DEMO_VERSION]
    assert view.model.index(0, STATUS).data() == "Submitted for review"
    assert view.model.index(0, 2).data() != ""
    assert "15 actions" in view.model.index(0, NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert view.banner.isHidden()


def test_save_version_suggests_a_name_and_marks_the_current_draft(view: VersionsView) -> None:
    dialog = view.open_save_dialog()
    assert dialog.name_edit.text() == "Version 2"
    dialog.note_edit.setPlainText("For the local group meeting")
    dialog.accept()
    assert _names(view) == [DEMO_VERSION, "Version 2"]
    latest = view.model.latest()
    assert latest is not None
    assert latest.status == PlanStatus.DRAFT
    assert latest.note == "For the local group meeting"
    assert view.model.index(1, STATUS).data() == "Draft (current)"
    assert view.model.index(1, NAME).data(Qt.ItemDataRole.FontRole).bold()  # the latest
    assert view.model.index(0, NAME).data(Qt.ItemDataRole.FontRole) is None
    assert view.selected_version() == latest


def test_save_version_with_a_used_name_stays_open_with_the_message(view: VersionsView) -> None:
    dialog = view.open_save_dialog()
    dialog.name_edit.setText(DEMO_VERSION.upper())
    dialog.accept()
    assert dialog.saved is None
    assert dialog.isVisible()
    assert "already exists" in dialog.messages.message_for("name")
    dialog.name_edit.setText("  ")
    dialog.accept()
    assert "required" in dialog.messages.message_for("name")
    assert _names(view) == [DEMO_VERSION]


def test_suggested_name_skips_names_in_use(demo_db: Database) -> None:
    versions = pv.versions(demo_db)
    pv.save_version(demo_db, "Version 2")
    assert suggested_name(pv.versions(demo_db), "Version {number}") == "Version 3"
    assert suggested_name(versions, "Version {number}") == "Version 2"


def test_compare_after_changing_an_end_date_lists_the_end_field(
    view: VersionsView, demo_db: Database
) -> None:
    _save(view, "Before the change")
    action_id = _action_id(demo_db, "1.1.1")
    before = pa.load_action_detail(demo_db, action_id).action.end_date
    pa.set_action_fields(demo_db, action_id, {"end_date": date(2027, 6, 30)})
    view.refresh()
    view.select_row(1)
    dialog = view.open_compare()
    assert isinstance(dialog, CompareDialog)
    text = dialog.view.plain_text()
    assert "From version “Before the change” to the plan now" in text
    assert "Changed: 1" in text
    assert f"End: {format_date(before)} → {format_date(date(2027, 6, 30))}" in text
    assert "Action 1.1.1" in text
    assert "Actions" in text.splitlines()


def test_compare_two_selected_versions_and_switch_to_the_plan_now(
    view: VersionsView, demo_db: Database
) -> None:
    _save(view, "A")
    pa.set_action_fields(demo_db, _action_id(demo_db, "1.1.2"), {"progress_percent": 55})
    _save(view, "B")
    view.table.selectAll()
    assert len(view.selected_versions()) == 3
    assert view.open_compare() is None  # three versions: nothing to pick
    selection = view.table.selectionModel()
    view.select_row(1)
    selection.select(
        view.model.index(2, 0),
        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
    )
    dialog = view.open_compare()
    assert dialog is not None
    assert "From version “A” to version “B”" in dialog.view.plain_text()
    assert "Progress %: " in dialog.view.plain_text()
    dialog.new_combo.setCurrentIndex(dialog.new_combo.count() - 1)  # the plan now
    assert "to the plan now" in dialog.view.plain_text()
    dialog.old_combo.setCurrentIndex(2)  # B with the plan now: the same
    assert "No differences" in dialog.view.plain_text()


def test_demo_version_against_the_plan_now_shows_real_changes(view: VersionsView) -> None:
    dialog = view.open_compare()
    assert dialog is not None
    text = dialog.view.plain_text()
    assert "Removed: 1" in text
    assert "Added: Funding line National funds of action 3.1.3" in text
    assert f"Due: {format_date(date(2025, 6, 30))} → {format_date(date(2025, 9, 30))}" in text
    assert "Cost: " in text
    html = dialog.view.browser.toHtml()
    assert "Action milestones" in html


def test_copy_to_clipboard(view: VersionsView) -> None:
    dialog = view.open_compare()
    assert dialog is not None
    dialog.view.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.view.plain_text()


def test_transitions_enable_only_the_allowed_buttons(
    view: VersionsView, fake_dialogs: FakeDialogs
) -> None:
    _save(view, "IAP 2025")
    assert _buttons(view) == {
        "submit": True,
        "return": False,
        "approve": False,
        "rename": True,
        "delete": True,
    }
    view.submit_button.click()
    assert view.model.latest().status == PlanStatus.SUBMITTED  # type: ignore[union-attr]
    assert _buttons(view) == {
        "submit": False,
        "return": True,
        "approve": True,
        "rename": True,
        "delete": True,
    }
    view.return_button.click()
    assert view.model.latest().status == PlanStatus.RETURNED  # type: ignore[union-attr]
    assert _buttons(view)["submit"]
    assert not _buttons(view)["approve"]
    view.submit_button.click()
    view.approve_button.click()
    assert "Approve version “IAP 2025”" in fake_dialogs.questions[-1]
    assert view.model.latest().status == PlanStatus.APPROVED  # type: ignore[union-attr]
    assert _buttons(view) == dict.fromkeys(_buttons(view), False)
    assert not view.banner.isHidden()
    assert view.banner.text() == (
        "Version “IAP 2025” is approved. Your next change starts a new draft."
    )
    assert fake_dialogs.errors == []


def test_a_refused_transition_shows_the_core_message(
    view: VersionsView, fake_dialogs: FakeDialogs
) -> None:
    _save(view, "IAP 2025")
    assert view.set_status(PlanStatus.APPROVED) is False
    assert len(fake_dialogs.errors) == 1
    assert "cannot become Approved" in fake_dialogs.errors[0][1]
    assert view.model.latest().status == PlanStatus.DRAFT  # type: ignore[union-attr]


def test_approving_is_confirmed(view: VersionsView, fake_dialogs: FakeDialogs) -> None:
    _save(view, "IAP 2025")
    view.submit_button.click()
    fake_dialogs.confirm_answer = False
    view.approve_button.click()
    assert view.model.latest().status == PlanStatus.SUBMITTED  # type: ignore[union-attr]
    assert view.banner.isHidden()


def test_a_change_after_approval_starts_a_new_draft_shown_on_refresh(
    view: VersionsView, demo_db: Database, stack: QUndoStack
) -> None:
    _save(view, "IAP 2025")
    view.submit_button.click()
    view.approve_button.click()
    pa.set_action_fields(demo_db, _action_id(demo_db, "1.1.1"), {"progress_percent": 90})
    assert _names(view) == [DEMO_VERSION, "IAP 2025"]  # not reloaded yet
    view.refresh()
    assert _names(view) == [DEMO_VERSION, "IAP 2025", "IAP 2025 (draft 1)"]
    assert view.model.index(2, STATUS).data() == "Draft (current)"
    assert view.banner.isHidden()
    assert view.selected_version().name == "IAP 2025"  # type: ignore[union-attr]
    view.select_row(2)
    assert _buttons(view)["submit"]


def test_the_undo_stack_moving_reloads_the_versions(
    view: VersionsView, demo_db: Database, stack: QUndoStack
) -> None:
    pv.save_version(demo_db, "Saved elsewhere")
    stack.push(_NoOpCommand())
    assert "Saved elsewhere" in _names(view)


def test_rename_and_delete(view: VersionsView, fake_dialogs: FakeDialogs) -> None:
    _save(view, "Working copy")
    dialog = view.open_rename_dialog()
    assert dialog is not None
    assert dialog.name_edit.text() == "Working copy"
    dialog.name_edit.setText("Working copy for the council")
    dialog.accept()
    assert _names(view) == [DEMO_VERSION, "Working copy for the council"]
    fake_dialogs.confirm_answer = False
    assert view.delete_version() is False
    fake_dialogs.confirm_answer = True
    assert view.delete_version() is True
    assert "Delete version “Working copy for the council”" in fake_dialogs.questions[-1]
    assert _names(view) == [DEMO_VERSION]


def test_an_approved_version_cannot_be_renamed_or_deleted(
    view: VersionsView, fake_dialogs: FakeDialogs
) -> None:
    view.approve_button.click()  # the demo version is submitted
    assert view.open_rename_dialog() is None
    assert view.delete_version() is False
    assert _names(view) == [DEMO_VERSION]


def test_empty_state_when_no_version(qtbot: QtBot, demo_db: Database) -> None:
    (version,) = pv.versions(demo_db)
    pv.delete_version(demo_db, version.id)
    widget = VersionsView(demo_db, QUndoStack())
    qtbot.addWidget(widget)
    widget.show()
    assert widget.table.isHidden()
    assert not widget.empty.isHidden()
    assert not widget.compare_button.isEnabled()
    assert widget.open_compare() is None


def test_values_are_shown_in_the_locale_and_html_is_escaped() -> None:
    assert format_value("end_date", "2025-12-31") == format_date(date(2025, 12, 31))
    assert format_value("amount", "1 500.00") == "€1,500.00"
    assert format_value("estimated_cost", "12") == "€12.00"
    assert format_value("progress_percent", "45") == "45"
    assert format_value("description", "two\nlines") == "two lines"
    assert format_value("end_date", "") == ""
    change = pv.FieldChange("title", "title", "<b>old</b>", "new & better")
    diff = pv.VersionDiff(
        added=(pv.DiffItem(pv.ItemKind.ACTION, 1, "Action 1 “<script>”"),),
        changed=(pv.ChangedItem(pv.ItemKind.ACTION, 2, "Action 2 “x”", (change,)),),
    )
    html = diff_html(diff, "<title>")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;b&gt;old&lt;/b&gt;" in html
    assert "&lt;title&gt;" in html
    text = diff_text(diff, "T")
    assert "Changed: Action 2 “x” — Title: <b>old</b> → new & better" in text
    assert "Added: 1 · Removed: 0 · Changed: 1" in text


class _NoOpCommand(QUndoCommand):
    """Stands for any plan edit pushed on the window's stack."""


def test_keyboard_return_compares_and_delete_deletes(
    qtbot: QtBot, view: VersionsView, fake_dialogs: FakeDialogs
) -> None:
    _save(view, "Working copy")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.compare_dialog is not None
    assert "From version “Working copy” to the plan now" in view.compare_dialog.view.plain_text()
    view.compare_dialog.close()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "Delete version “Working copy”" in fake_dialogs.questions[-1]
    assert _names(view) == [DEMO_VERSION]
