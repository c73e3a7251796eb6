"""The Power/interest tab: the figure, choosing a point, new assessments, lazy matplotlib."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import test_stakeholders_support as support
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from test_stakeholders_support import click, person_named

from lagdesk.core.stakeholders import register as sh
from lagdesk.ui.shell.main_window import MainWindow
from lagdesk.ui.shell.opening import open_file
from lagdesk.ui.stakeholders.matrix_view import MatrixView
from lagdesk.ui.stakeholders.page import StakeholdersPage

# The shared fixtures (pytest finds fixtures by their name in the module).
demo_template = support.demo_template
demo_window = support.demo_window
page = support.page


def matrix(page: StakeholdersPage) -> MatrixView:
    page.tabs.setCurrentWidget(page.matrix)
    assert page.matrix.view is not None
    return page.matrix.view


def drawn_points(view: MatrixView) -> int:
    assert view.figure is not None
    axes = view.figure.axes[0]
    return sum(
        len(collection.get_offsets())
        for collection in axes.collections
        if str(collection.get_gid()).startswith("sector:")
    )


def test_the_matrix_has_one_point_per_assessed_person(page: StakeholdersPage) -> None:
    view = matrix(page)
    database = page.people_model._database
    assessed = {
        person_id
        for person_id in page.people_model.ids
        if sh.assessment_history(database, person_id=person_id)
    }
    assert drawn_points(view) == len(assessed) == view.model.rowCount()
    axes = view.figure.axes[0]
    texts = {text.get_text() for text in axes.texts}
    assert {"Manage closely", "Keep satisfied", "Keep informed", "Monitor"} <= texts
    assert axes.get_xlabel() == "Interest"
    assert axes.get_ylabel() == "Power"

    view.organisations.setChecked(True)
    organisations = sh.matrix_points(database, "organisation")
    assert drawn_points(view) == len(organisations) == view.model.rowCount()


def test_a_group_narrows_the_matrix_to_its_active_members(page: StakeholdersPage) -> None:
    view = matrix(page)
    database = page.people_model._database
    steering = next(gid for gid, name, _ in page.groups.groups() if name == "Komitet sterujący")
    view.group.setCurrentIndex(view.group.findData(steering))
    expected = sh.matrix_points(database, "person", steering)
    assert 0 < drawn_points(view) == len(expected) < 41


def test_clicking_a_point_chooses_it_and_shows_its_history(
    page: StakeholdersPage, qtbot: QtBot
) -> None:
    view = matrix(page)
    assert view.canvas is not None
    view.canvas.draw()
    row = 5
    x, y = view.figure.axes[0].transData.transform(view._positions[row])
    ratio = view.canvas.device_pixel_ratio
    where = QPoint(round(x / ratio), round(view.canvas.height() - y / ratio))
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=where)
    assert view.table.currentIndex().row() == row
    point = view.model.points[row]
    assert view.assessment_box.isEnabled()
    assert point.name in view.assessment_box.title()
    history = sh.assessment_history(page.people_model._database, person_id=point.id)
    assert view.assessment.history_model.rowCount() == len(history)
    assert view.assessment.power.value() == point.power


def test_a_new_assessment_is_dated_adds_history_and_is_undone(
    page: StakeholdersPage, demo_window: MainWindow, qtbot: QtBot
) -> None:
    view = matrix(page)
    database = page.people_model._database
    anna = person_named(page, "Wójcik", "Agnieszka")
    view.select_row(view.model.row_of("person", anna.id))
    before = sh.assessment_history(database, person_id=anna.id)
    panel = view.assessment
    assert not panel.save_button.isEnabled()  # nothing changed yet
    panel.power.setValue(5)
    panel.interest.setValue(1)
    panel.assessed_on.set_date_value(date(2025, 3, 3))
    qtbot.keyClicks(panel.note, "left the council")
    assert panel.save_button.isEnabled()
    click(qtbot, panel.save_button)
    after = sh.assessment_history(database, person_id=anna.id)
    assert len(after) == len(before) + 1
    newest = max(after, key=lambda a: (a.assessed_on, a.id or 0))
    assert (newest.power, newest.interest, newest.note) == (5, 1, "left the council")
    # The view redrew and still shows Agnieszka, with the longer history.
    row = view.model.row_of("person", anna.id)
    assert view.table.currentIndex().row() == row
    assert view.assessment.history_model.rowCount() == len(after)
    assert drawn_points(view) == view.model.rowCount()

    demo_window.undo_action.trigger()
    assert len(sh.assessment_history(database, person_id=anna.id)) == len(before)
    assert view.assessment.history_model.rowCount() == len(before)


def test_start_up_and_the_stakeholder_lists_do_not_import_matplotlib(tmp_path: Path) -> None:
    """Checked in a fresh interpreter: this test session has imported matplotlib already."""
    path = tmp_path / "Koszalin.sqlite"
    open_file(path).close()
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from lagdesk.ui.shell.app import run\n"
        "from lagdesk.ui.shell.areas import Area\n"
        "seen = []\n"
        "def ready(window):\n"
        "    seen.append('matplotlib' in sys.modules)\n"
        "    window.show_area(Area.STAKEHOLDERS)\n"
        "    page = window.page(Area.STAKEHOLDERS)\n"
        "    page.tabs.setCurrentWidget(page.groups)\n"
        "    seen.append('matplotlib' in sys.modules)\n"
        "    page.tabs.setCurrentWidget(page.matrix)\n"
        "    seen.append('matplotlib' in sys.modules)\n"
        "    seen.append('matplotlib.pyplot' in sys.modules)\n"
        "    QApplication.instance().quit()\n"
        f"code = run(['--db', {str(path)!r}], on_ready=ready)\n"
        "print(seen)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "[False, False, True, False]"
