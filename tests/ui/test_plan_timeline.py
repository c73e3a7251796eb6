"""The Timeline tab: the Gantt figure built lazily, scale and objective choices, saving the
image as PNG, SVG and PDF, double-click on a bar, and old figures let go."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from matplotlib.backend_bases import MouseEvent
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs

from lagdesk.core.plan.timeline import timeline_actions
from lagdesk.core.plan.tree import objective_tree
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.reports.charts import gantt
from lagdesk.ui.plan import timeline_view
from lagdesk.ui.plan.timeline_view import TimelineView

TODAY = date(2025, 6, 15)


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database) -> TimelineView:
    widget = TimelineView(demo_db)
    widget.today = TODAY
    qtbot.addWidget(widget)
    widget.resize(1400, 850)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def date_labels(view: TimelineView) -> list[str]:
    assert view.figure is not None
    (axes,) = view.figure.axes
    return [text.get_text() for text in axes.get_xticklabels(minor=True) if text.get_text()]


def action_rows(view: TimelineView) -> list[str]:
    return [row.action.code for row in view.rows if row.action is not None]


def test_the_figure_is_built_only_when_shown(qtbot: QtBot, demo_db: Database) -> None:
    widget = TimelineView(demo_db)
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.figure is None
    assert widget.canvas is None
    # The objectives are listed already.
    strategic = objective_tree(demo_db)
    assert widget.objective_choice.count() == 1 + len(strategic)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.figure is not None
    assert widget.canvas is not None
    assert widget.scroll_area.widget() is widget.canvas


def test_every_action_of_the_plan_is_a_row(view: TimelineView, demo_db: Database) -> None:
    expected = [item.code for item in timeline_actions(demo_db)]
    assert expected
    assert sorted(action_rows(view)) == sorted(expected)
    assert view.objective_choice.currentText() == "All objectives"
    assert not view.note.isVisible()


def test_the_scale_changes_the_dates_on_the_axis(view: TimelineView) -> None:
    view.set_scale("quarters")
    quarters = date_labels(view)
    assert quarters
    assert all(text.startswith("Q") for text in quarters)
    view.set_scale("months")
    months = date_labels(view)
    assert months
    assert all(len(text) == 7 and text[4] == "-" for text in months)
    view.set_scale("years")
    years = date_labels(view)
    assert years
    assert all(text.isdigit() and len(text) == 4 for text in years)
    assert view.scale_choice.currentText() == "Years"


def test_one_objective_shows_fewer_rows(view: TimelineView, demo_db: Database) -> None:
    everything = action_rows(view)
    first = objective_tree(demo_db)[0]
    view.set_objective(first.id)
    assert view.objective_id == first.id
    chosen = action_rows(view)
    assert 0 < len(chosen) < len(everything)
    assert all(code.split(".")[0] == first.code for code in chosen)
    view.set_objective(None)
    assert len(action_rows(view)) == len(everything)


def test_the_figure_is_as_wide_as_the_view_and_tall_for_its_rows(view: TimelineView) -> None:
    assert view.figure is not None
    assert view.canvas is not None
    width, height = view.canvas.get_width_height()
    assert view.canvas.width() == width
    assert view.canvas.height() == height
    assert width > 1000  # the view is 1,400 pixels wide, not an A4 page's 630
    assert width <= view.scroll_area.viewport().width()
    tall = height
    view.set_objective(objective_tree(view._database)[0].id)
    assert view.canvas.get_width_height()[1] < tall


def test_an_old_figure_is_let_go(view: TimelineView, qtbot: QtBot) -> None:
    old_figure, old_canvas = view.figure, view.canvas
    assert old_figure is not None
    assert old_figure.axes
    view.set_scale("months")
    assert view.figure is not old_figure
    assert view.canvas is not old_canvas
    assert not old_figure.axes  # cleared
    assert view.scroll_area.widget() is view.canvas


def test_the_today_line_is_drawn(view: TimelineView) -> None:
    assert view.figure is not None
    (axes,) = view.figure.axes
    assert [line for line in axes.lines if line.get_gid() == "today"]


def test_save_png(view: TimelineView, fake_dialogs: FakeDialogs, tmp_path: Path) -> None:
    target = tmp_path / "timeline"
    fake_dialogs.paths.append(target)
    saved = view.save_image()
    assert saved == tmp_path / "timeline.png"
    data = saved.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 1000
    assert fake_dialogs.suggested[-1].name == "action-timeline-2025-06-15.png"
    assert not fake_dialogs.errors


def test_save_svg_and_pdf(view: TimelineView, fake_dialogs: FakeDialogs, tmp_path: Path) -> None:
    fake_dialogs.paths.extend([tmp_path / "timeline.svg", tmp_path / "timeline.pdf"])
    svg = view.save_image()
    assert svg is not None
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "Action timeline" in svg.read_text(encoding="utf-8")
    pdf = view.save_image()
    assert pdf is not None
    assert pdf.read_bytes().startswith(b"%PDF")


def test_cancel_writes_nothing(view: TimelineView, fake_dialogs: FakeDialogs) -> None:
    assert view.save_image() is None
    assert not fake_dialogs.errors


def test_a_folder_that_cannot_be_written_is_named(
    view: TimelineView, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "timeline.png"
    fake_dialogs.paths.append(target)
    assert view.save_image() is None
    ((_title, text),) = fake_dialogs.errors
    assert str(target) in text


def test_double_click_on_a_bar_opens_its_action(
    view: TimelineView, demo_db: Database, qtbot: QtBot
) -> None:
    assert view.figure is not None
    assert view.canvas is not None
    (axes,) = view.figure.axes
    y = next(index for index, row in enumerate(view.rows) if row.action is not None)
    code = view.rows[y].action.code  # type: ignore[union-attr]
    expected = next(item.id for item in timeline_actions(demo_db) if item.code == code)
    view.canvas.draw()
    x_pixels, y_pixels = axes.transData.transform((sum(axes.get_xlim()) / 2, y))
    event = MouseEvent(
        "button_press_event", view.canvas, x_pixels, y_pixels, button=1, dblclick=True
    )
    with qtbot.waitSignal(view.action_activated) as signal:
        view.canvas.callbacks.process("button_press_event", event)
    assert signal.args == [expected]


def test_an_empty_plan_says_so(qtbot: QtBot, database: Database) -> None:
    widget = TimelineView(database)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    assert widget.rows == []
    assert widget.figure is not None
    (axes,) = widget.figure.axes
    assert [t.get_text() for t in axes.texts] == ["No actions to show"]


def _event_at_row(view: TimelineView, row: int, name: str, *, dblclick: bool = False) -> MouseEvent:
    assert view.figure is not None
    assert view.canvas is not None
    (axes,) = view.figure.axes
    view.canvas.draw()
    x_pixels, y_pixels = axes.transData.transform((sum(axes.get_xlim()) / 2, row))
    return MouseEvent(name, view.canvas, x_pixels, y_pixels, button=1, dblclick=dblclick)


def test_double_click_on_an_objective_opens_nothing(view: TimelineView, qtbot: QtBot) -> None:
    assert view.canvas is not None
    assert view.rows[0].action is None
    event = _event_at_row(view, 0, "button_press_event", dblclick=True)
    with qtbot.assertNotEmitted(view.action_activated):
        view.canvas.callbacks.process("button_press_event", event)


def test_the_tooltip_names_the_action_under_the_mouse(view: TimelineView) -> None:
    assert view.canvas is not None
    row = next(
        index
        for index, found in enumerate(view.rows)
        if found.action is not None and found.action.milestones and found.action.dated
    )
    action = view.rows[row].action
    assert action is not None
    view.canvas.callbacks.process(
        "motion_notify_event", _event_at_row(view, row, "motion_notify_event")
    )
    tip = view.canvas.toolTip()
    assert tip.splitlines()[0] == f"{action.code} {action.title}"
    assert f"{action.progress_percent} % done" in tip
    assert len(tip.splitlines()) == 2 + len(action.milestones)
    view.canvas.callbacks.process(
        "motion_notify_event", _event_at_row(view, 0, "motion_notify_event")
    )
    assert view.canvas.toolTip() == "Double-click an action to open it"


def test_a_narrower_view_redraws_the_figure_narrower(view: TimelineView, qtbot: QtBot) -> None:
    assert view.canvas is not None
    wide = view.canvas.get_width_height()[0]
    view.resize(900, 850)
    qtbot.waitUntil(
        lambda: view.canvas is not None and view.canvas.get_width_height()[0] < wide - 300
    )
    assert view.canvas.get_width_height()[0] <= view.scroll_area.viewport().width()


def test_an_overview_too_dense_to_name_actions_says_so(
    view: TimelineView, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    assert not view.note.isVisible()
    monkeypatch.setattr(gantt, "MAX_HEIGHT", 3.0)
    view.refresh()
    assert view.note.isVisible()
    assert "Choose an objective" in view.note.text()
    view.set_objective(objective_tree(demo_db)[0].id)
    monkeypatch.undo()
    view.refresh()
    assert not view.note.isVisible()


def test_a_database_problem_is_shown_not_raised(
    view: TimelineView, monkeypatch: pytest.MonkeyPatch, fake_dialogs: FakeDialogs
) -> None:
    def broken(*_args: object) -> list[object]:
        raise UserError("The file is locked by another program.")

    monkeypatch.setattr(timeline_view, "timeline_actions", broken)
    view.refresh()
    assert fake_dialogs.errors == [("Timeline", "The file is locked by another program.")]
    assert view.rows == []
