"""German-length texts: with a pseudo-translation about 40 % longer than English installed,
no label, button or group title of the main window (every area) or of the main dialogs
(every tab) is cut off, and no window needs more than a 1280×800 laptop screen.

"Clipped" here means, for a widget shown on screen (``isVisible``):
- a QLabel with text, without word wrap, smaller than its ``sizeHint`` (its text is cut);
  with word wrap, lower than its ``heightForWidth`` (its last lines are cut);
- a push or tool button with text smaller than its ``minimumSizeHint``;
- a check box or radio button smaller than its ``sizeHint``;
- a QGroupBox smaller than its ``minimumSizeHint`` (the title, or what it holds, is cut);
- any of these reaching out of its parent widget (unless that is a scrolled area);
- a scroll area sizing its page to fit (a form) that must scroll sideways to show it;
- the window or dialog itself with a ``minimumSizeHint`` (or minimum size) above 1280×800.
Elided table headers, tab titles and cells are fine: they show "…" and a tool tip.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lagdesk.core.indicators import library as indicators
from lagdesk.core.meetings import planning as meeting_plan
from lagdesk.core.plan import risks as pr
from lagdesk.core.plan.workbook.planner import plan_measurement_import
from lagdesk.core.stakeholders.importing.planning import plan_import
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.i18n import install_language
from lagdesk.tools.pseudo_translation import build_catalogue, pseudo
from lagdesk.ui.shell.areas import Area
from lagdesk.ui.shell.main_window import MainWindow
from lagdesk.ui.shell.opening import open_file

#: A laptop screen: no window may need more than this.
SCREEN = QSize(1280, 800)

#: Widgets known to be cut, as (where, English text or object name of the widget), each
#: with the reason a real fix is not feasible here.
KNOWN_EXCEPTIONS: list[tuple[str, str]] = []


# --- the check ---------------------------------------------------------------------------


def describe(widget: QWidget) -> str:
    """How a report names ``widget``: its class, object name (if any) and text."""
    name = widget.objectName()
    shown = " ".join(text_of(widget).split())[:60]
    if name and not name.startswith("qt_"):
        return f"{type(widget).__name__} {name} {shown!r}"
    return f"{type(widget).__name__} {shown!r}"


def needed_size(widget: QWidget) -> QSize | None:
    """The size ``widget`` needs to show its text whole; None when it is not checked."""
    if isinstance(widget, QLabel):
        if not widget.text().strip():
            return None
        if widget.wordWrap():  # any width will do, given the height of its lines
            return QSize(0, widget.heightForWidth(widget.width()))
        return widget.sizeHint()
    if isinstance(widget, QCheckBox | QRadioButton):
        return widget.sizeHint() if widget.text() else None
    if isinstance(widget, QAbstractButton):
        return widget.minimumSizeHint() if widget.text() else None
    if isinstance(widget, QGroupBox):
        return widget.minimumSizeHint()
    return None


def cut_by_parent(widget: QWidget) -> bool:
    """Part of ``widget`` lies outside its parent (other than a scrolled area's content)."""
    parent = widget.parentWidget()
    if parent is None or isinstance(parent.parentWidget(), QAbstractScrollArea):
        return False
    return not parent.rect().contains(widget.geometry())


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    return widget.title() if isinstance(widget, QGroupBox) else ""


def excepted(widget: QWidget, name: str) -> bool:
    """``widget`` is one of the KNOWN_EXCEPTIONS (in English or in pseudo-German)."""
    known = {text_of(widget), widget.objectName()}
    return any(
        name.startswith(where) and bool(known & {english, pseudo(english)})
        for where, english in KNOWN_EXCEPTIONS
    )


def clipped(window: QWidget, name: str) -> set[str]:
    """What ``window`` shows cut off now, one line each ("name: widget needs … px")."""
    found = set()
    limit = window.minimumSizeHint().expandedTo(window.minimumSize())
    if limit.width() > SCREEN.width() or limit.height() > SCREEN.height():
        found.add(f"{name}: the window needs {limit.width()}×{limit.height()} px")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if excepted(widget, name):
            continue
        if isinstance(widget, QScrollArea) and widget.widgetResizable() and widget.widget():
            inner = widget.widget().minimumSizeHint().width()
            if inner > widget.viewport().width():
                found.add(
                    f"{name}: {describe(widget)} must scroll sideways: its page needs {inner} px,"
                    f" it has {widget.viewport().width()} px"
                )
            continue
        needed = needed_size(widget)
        if needed is None:
            continue
        size = widget.size()
        if size.width() < needed.width() or size.height() < needed.height():
            found.add(
                f"{name}: {describe(widget)} is {size.width()}×{size.height()} px,"
                f" needs {needed.width()}×{needed.height()} px"
            )
        elif cut_by_parent(widget):
            found.add(f"{name}: {describe(widget)} reaches out of its parent")
    return found


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def sweep(window: QWidget, name: str) -> set[str]:
    """``clipped`` on every tab of every tab widget of ``window`` (nested ones too)."""
    settle()
    found = clipped(window, name)
    done: set[int] = set()

    def visit() -> None:
        for tabs in window.findChildren(QTabWidget):
            if id(tabs) in done or not tabs.isVisible():
                continue
            done.add(id(tabs))
            first = tabs.currentIndex()
            for index in range(tabs.count()):
                if not tabs.isTabEnabled(index) or not tabs.isTabVisible(index):
                    continue
                tabs.setCurrentIndex(index)
                settle()
                title = tabs.tabText(index).replace("&", "")
                found.update(clipped(window, f"{name} [{title}]"))
                visit()
            tabs.setCurrentIndex(first)

    visit()
    return found


def show_dialog(qtbot: QtBot, dialog: QDialog) -> QDialog:
    """``dialog`` on screen at its preferred size, as far as a laptop screen allows."""
    if not dialog.isVisible():
        dialog.show()
    qtbot.waitExposed(dialog)
    # The size it gives itself, or the one its contents ask for when that is larger.
    dialog.resize(dialog.size().expandedTo(dialog.sizeHint()).boundedTo(SCREEN))
    settle()
    return dialog


# --- fixtures ----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_catalogue(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo_german(qapp: QApplication, pseudo_catalogue: Path) -> Iterator[QTranslator]:
    """The pseudo-translation installed over English; English alone again afterwards."""
    install_language("en")
    translator = QTranslator()
    assert translator.load(str(pseudo_catalogue))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
    install_language("en")


@pytest.fixture
def long_window(
    qtbot: QtBot, pseudo_german: QTranslator, small_demo_template: Path, tmp_path: Path
) -> Iterator[MainWindow]:
    """The main window on the demo data, in pseudo-German, at laptop size."""
    path = tmp_path / "Koszalin.sqlite"
    shutil.copyfile(small_demo_template, path)
    main = MainWindow(open_file(path))
    qtbot.addWidget(main)
    main.resize(SCREEN)
    main.show()
    qtbot.waitExposed(main)
    yield main
    for dialog in main.findChildren(QDialog):
        dialog.reject()
    main.shutdown()


def page_of(window: MainWindow, area: Area) -> QWidget:
    window.show_area(area)
    page = window.page(area)
    assert page is not None
    return page


# --- the main window ---------------------------------------------------------------------


def test_the_catalogue_makes_texts_longer(long_window: MainWindow) -> None:
    """The check is only worth something if the texts really are pseudo-German."""
    title = QCoreApplication.translate("Areas", "Stakeholders")
    assert title.startswith("[")
    assert len(title) >= len("Stakeholders") * 1.3
    assert long_window.sidebar.item(1).text() == title


def select_first_rows(page: QWidget) -> None:
    """Fill the detail panels: the first meeting, indicator or group chosen."""
    for name in ("table", "tree"):
        view = getattr(page, name, None)
        if isinstance(view, QAbstractItemView) and view.model() is not None:
            view.setCurrentIndex(view.model().index(0, 0))
    groups = getattr(page, "groups", None)
    if isinstance(groups, QWidget):
        select_first_rows(groups)


@pytest.mark.parametrize("area", list(Area), ids=lambda a: a.value)
def test_no_area_is_clipped(long_window: MainWindow, area: Area) -> None:
    select_first_rows(page_of(long_window, area))
    problems = sweep(long_window, f"main window, {area.value}")
    assert not problems, "\n".join(sorted(problems))


def test_the_risk_matrix_goes_under_the_register_when_words_are_long(
    long_window: MainWindow,
) -> None:
    page = page_of(long_window, Area.ACTION_PLAN)
    view = page.risks_view  # type: ignore[attr-defined]
    page.views.setCurrentWidget(view)  # type: ignore[attr-defined]
    settle()
    assert not view.is_side_by_side()
    assert view.matrix_area.viewport().width() >= view.matrix.minimumSizeHint().width()
    long_window.resize(1900, 1000)
    settle()
    assert view.is_side_by_side()
    assert view.matrix_area.width() >= view.matrix.sizeHint().width()


# --- the dialogs -------------------------------------------------------------------------


def _organisation(window: MainWindow) -> QDialog:
    page = page_of(window, Area.STAKEHOLDERS)
    first = store.find(window.database, r.Organisation)[0]
    assert first.id is not None
    dialog = page.organisation_actions.edit_organisation(first.id)  # type: ignore[attr-defined]
    assert dialog is not None
    return dialog


def _person(window: MainWindow) -> QDialog:
    page = page_of(window, Area.STAKEHOLDERS)
    first = store.find(window.database, r.Person)[0]
    assert first.id is not None
    dialog = page.person_actions.edit_person(first.id)  # type: ignore[attr-defined]
    assert dialog is not None
    return dialog


def _group(window: MainWindow) -> QDialog:
    page = page_of(window, Area.STAKEHOLDERS)
    groups = page.groups  # type: ignore[attr-defined]
    page.tabs.setCurrentWidget(groups)  # type: ignore[attr-defined]
    first = store.find(window.database, r.StakeholderGroup)[0]
    groups.select_group(first.id)
    dialog = groups.edit_selected()
    assert dialog is not None
    return dialog


def _meeting(window: MainWindow) -> QDialog:
    from lagdesk.ui.meetings.editor import MeetingEditor

    meeting = store.find(window.database, r.Meeting)[0]
    assert meeting.id is not None
    plan = meeting_plan.load_meeting_plan(window.database, meeting.id)
    return MeetingEditor(window.database, plan, window)


def _action(window: MainWindow) -> QDialog:
    page = page_of(window, Area.ACTION_PLAN)
    action = store.find(window.database, r.Action)[0]
    assert action.id is not None
    dialog = page.open_action(action.id)  # type: ignore[attr-defined]
    assert dialog is not None
    return dialog


def _risk(window: MainWindow) -> QDialog:
    page = page_of(window, Area.ACTION_PLAN)
    row = pr.risk_rows(window.database)[0]
    return page.risks_view.open_risk(row)  # type: ignore[attr-defined, no-any-return]


def _indicator(window: MainWindow) -> QDialog:
    page = page_of(window, Area.INDICATORS)
    row = indicators.indicator_rows(window.database)[0]
    assert row.id is not None
    dialog = page.library.open_indicator(row.id)  # type: ignore[attr-defined]
    assert dialog is not None
    return dialog


def _save_version(window: MainWindow) -> QDialog:
    page = page_of(window, Area.ACTION_PLAN)
    return page.versions_view.open_save_dialog()  # type: ignore[attr-defined, no-any-return]


def _plan_import(window: MainWindow) -> QDialog:
    from lagdesk.ui.plan.import_dialog import PlanImportDialog

    indicator = sorted(store.find(window.database, r.Indicator), key=lambda i: i.code)[0]
    path = window.current_path.with_name("measurements.csv")
    path.write_text(
        f"Indicator code;Date;Value\n{indicator.code};2031-12-31;42,5\nNOPE;2031-12-31;1\n",
        encoding="utf-8",
    )
    dialog = PlanImportDialog(window)
    dialog.set_preview(plan_measurement_import(window.database, path))
    return dialog


def _people_import(window: MainWindow) -> QDialog:
    from lagdesk.ui.stakeholders.import_dialog import ImportDialog

    path = window.current_path.with_name("people.csv")
    path.write_text(
        "First name;Last name;Organisation;Sector;Email;Power;Interest;Colour\n"
        "Marta;Nowa;Fundacja Równe Szanse;civic;marta@example.org;2;5;green\n"
        "Piotr;Błędny;;;piotr@example.org;7;2;blue\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(window)
    dialog.set_plan(plan_import(window.database, path))
    return dialog


def _partner(window: MainWindow) -> QDialog:
    page = page_of(window, Area.NETWORK)
    partner = store.find(window.database, r.Partner)[0]
    return page.lists.edit_partner(partner)  # type: ignore[attr-defined, no-any-return]


def _transnational_meeting(window: MainWindow) -> QDialog:
    page = page_of(window, Area.NETWORK)
    dialog = page.lists.add_meeting()  # type: ignore[attr-defined]
    assert dialog is not None
    return dialog  # type: ignore[no-any-return]


DIALOGS: dict[str, Callable[[MainWindow], QDialog]] = {
    "partner": _partner,
    "transnational meeting": _transnational_meeting,
    "organisation": _organisation,
    "person": _person,
    "group": _group,
    "meeting": _meeting,
    "action": _action,
    "risk": _risk,
    "indicator": _indicator,
    "save version": _save_version,
    "plan import preview": _plan_import,
    "people import preview": _people_import,
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_dialog_is_clipped(qtbot: QtBot, long_window: MainWindow, name: str) -> None:
    dialog = show_dialog(qtbot, DIALOGS[name](long_window))
    problems = sweep(dialog, f"{name} dialog")
    dialog.reject()
    assert not problems, "\n".join(sorted(problems))


# --- the check itself --------------------------------------------------------------------


def test_the_check_finds_a_clipped_label(qtbot: QtBot) -> None:
    dialog = QDialog()
    dialog.setObjectName("narrow")
    qtbot.addWidget(dialog)
    column = QVBoxLayout(dialog)
    cut = QLabel("A label far too long for the width it is given, so it is cut")
    cut.setObjectName("cut_label")
    cut.setMaximumWidth(80)
    wrapped = QLabel(cut.text())
    wrapped.setWordWrap(True)
    wrapped.setMaximumWidth(80)
    box = QGroupBox("A group box title that is longer than the box is wide")
    box.setMaximumWidth(90)
    QVBoxLayout(box).addWidget(QCheckBox("Fits"))
    hidden = QLabel("Hidden labels are not measured at all")
    hidden.setMaximumWidth(10)
    for widget in (cut, wrapped, box, hidden):
        column.addWidget(widget)
    hidden.hide()
    dialog.show()
    qtbot.waitExposed(dialog)

    found = sweep(dialog, "narrow")
    assert len(found) == 2, found
    assert any(line.startswith("narrow: QLabel cut_label 'A label far too long") for line in found)
    assert any(line.startswith("narrow: QGroupBox 'A group box title") for line in found)

    low = QDialog()
    qtbot.addWidget(low)
    squashed = QLabel("A wrapped label too low for its lines. " * 4, low)
    squashed.setObjectName("squashed")
    squashed.setWordWrap(True)
    squashed.setGeometry(0, 0, 120, 20)
    low.resize(200, 100)
    low.show()
    qtbot.waitExposed(low)
    found = sweep(low, "low")
    assert len(found) == 1, found
    assert found.pop().startswith("low: QLabel squashed 'A wrapped label too low")

    huge = QDialog()
    qtbot.addWidget(huge)
    huge.setMinimumSize(1400, 600)
    assert clipped(huge, "huge") == {"huge: the window needs 1400×600 px"}
