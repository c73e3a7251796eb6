"""A form open while an import (or another program) changes the same record: OK and Undo
store only the user's own changes, and a field changed on both sides is asked about."""

from __future__ import annotations

from dataclasses import replace

import test_stakeholders_support as support
from pytestqt.qtbot import QtBot
from test_stakeholders_support import click, person_named
from uihelpers import FakeDialogs, add_network

from lagdesk.core import network
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.ui.common import dialogs
from lagdesk.ui.network.page import NetworkPage
from lagdesk.ui.shell.areas import Area
from lagdesk.ui.shell.main_window import MainWindow
from lagdesk.ui.stakeholders.page import StakeholdersPage

demo_template = support.demo_template
demo_window = support.demo_window
page = support.page


def stored(window: MainWindow, person_id: int) -> r.Person:
    return store.get(window.database, r.Person, person_id)


def meanwhile(window: MainWindow, person_id: int, **changes: object) -> None:
    """What an import does: a direct core write, outside the form and the undo stack."""
    store.save(window.database, replace(stored(window, person_id), **changes))


def test_ok_keeps_a_change_made_meanwhile_to_another_field(
    page: StakeholdersPage, demo_window: MainWindow, qtbot: QtBot
) -> None:
    anna = person_named(page, "Wójcik", "Agnieszka")
    dialog = page.person_actions.edit_person(anna.id)
    assert dialog is not None
    dialog.role.setText("head of procurement")
    meanwhile(demo_window, anna.id, phone="+48 94 111 22 33")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    now = stored(demo_window, anna.id)
    assert (now.role, now.phone) == ("head of procurement", "+48 94 111 22 33")

    # Undo takes back the role only; the phone written meanwhile stays.
    demo_window.undo_action.trigger()
    now = stored(demo_window, anna.id)
    assert (now.role, now.phone) == (anna.role, "+48 94 111 22 33")
    demo_window.redo_action.trigger()
    assert stored(demo_window, anna.id).role == "head of procurement"


def test_the_same_field_changed_meanwhile_shows_both_values(
    page: StakeholdersPage, demo_window: MainWindow, qtbot: QtBot, fake_dialogs: FakeDialogs
) -> None:
    anna = person_named(page, "Wójcik", "Agnieszka")
    dialog = page.person_actions.edit_person(anna.id)
    assert dialog is not None
    dialog.role.setText("head of procurement")
    dialog.email.setText("a.wojcik@example.org")
    meanwhile(demo_window, anna.id, role="procurement officer")

    click(qtbot, dialog.ok_button)  # Cancel in the question: back to the form
    assert fake_dialogs.conflicts == [[("Role", "procurement officer", "head of procurement")]]
    assert dialog.isVisible()
    assert "changed elsewhere" in dialog.messages.general.text()
    assert dialog.role.text() == "head of procurement"
    assert stored(demo_window, anna.id).email == anna.email
    assert demo_window.undo_stack.count() == 0

    fake_dialogs.conflict_answers.append(dialogs.Conflict.FILE)
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    now = stored(demo_window, anna.id)
    assert (now.role, now.email) == ("procurement officer", "a.wojcik@example.org")
    demo_window.undo_action.trigger()
    now = stored(demo_window, anna.id)
    assert (now.role, now.email) == ("procurement officer", anna.email)


def test_keeping_mine_overwrites_and_undo_brings_back_the_files_value(
    page: StakeholdersPage, demo_window: MainWindow, qtbot: QtBot, fake_dialogs: FakeDialogs
) -> None:
    anna = person_named(page, "Wójcik", "Agnieszka")
    dialog = page.person_actions.edit_person(anna.id)
    assert dialog is not None
    dialog.role.setText("head of procurement")
    meanwhile(demo_window, anna.id, role="procurement officer", phone="123")
    fake_dialogs.conflict_answers.append(dialogs.Conflict.MINE)
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    now = stored(demo_window, anna.id)
    assert (now.role, now.phone) == ("head of procurement", "123")
    demo_window.undo_action.trigger()
    assert stored(demo_window, anna.id).role == "procurement officer"


def test_undo_after_the_same_field_changed_meanwhile_says_so(
    page: StakeholdersPage, demo_window: MainWindow, qtbot: QtBot, fake_dialogs: FakeDialogs
) -> None:
    anna = person_named(page, "Wójcik", "Agnieszka")
    dialog = page.person_actions.edit_person(anna.id)
    assert dialog is not None
    dialog.role.setText("head of procurement")
    click(qtbot, dialog.ok_button)
    meanwhile(demo_window, anna.id, role="procurement officer")
    demo_window.undo_action.trigger()
    ((_title, message),) = fake_dialogs.errors
    assert "changed elsewhere" in message
    assert stored(demo_window, anna.id).role == "procurement officer"
    assert not demo_window.undo_stack.canUndo()  # the refused step left the stack


# -- the Network page: its form and the partner dialog ---------------------------------


def network_page(window: MainWindow) -> NetworkPage:
    add_network(window)
    found = window.page(Area.NETWORK)
    assert isinstance(found, NetworkPage)
    found.refresh()
    return found


def the_network(window: MainWindow) -> r.Network:
    found = network.overview(window.database).network
    assert found is not None
    return found


def test_the_network_form_keeps_a_change_made_meanwhile(
    window: MainWindow, qtbot: QtBot, fake_dialogs: FakeDialogs
) -> None:
    page = network_page(window)
    page.form.topic.setText("Procurement")
    network.save_network(window.database, replace(the_network(window), lead_expert="E. Expert"))
    page.refresh()  # the file moved on: the typed topic stays
    assert page.form.topic.text() == "Procurement"
    click(qtbot, page.save_button)
    found = the_network(window)
    assert (found.topic, found.lead_expert) == ("Procurement", "E. Expert")
    assert fake_dialogs.conflicts == []
    window.undo_action.trigger()
    found = the_network(window)
    assert (found.topic, found.lead_expert) == ("", "E. Expert")


def test_the_network_form_asks_when_the_same_field_changed_meanwhile(
    window: MainWindow, qtbot: QtBot, fake_dialogs: FakeDialogs
) -> None:
    page = network_page(window)
    page.form.topic.setText("Procurement")
    network.save_network(window.database, replace(the_network(window), topic="Public buying"))
    click(qtbot, page.save_button)
    assert fake_dialogs.conflicts == [[("Topic", "Public buying", "Procurement")]]
    assert page.form.topic.text() == "Procurement"
    assert the_network(window).topic == "Public buying"
    fake_dialogs.conflict_answers.append(dialogs.Conflict.MINE)
    click(qtbot, page.save_button)
    assert the_network(window).topic == "Procurement"
    assert not page.has_unsaved_changes()


def test_the_partner_dialog_keeps_a_change_made_meanwhile(window: MainWindow, qtbot: QtBot) -> None:
    page = network_page(window)
    umea = next(p for p in network.overview(window.database).partners if p.name == "Umeå")
    dialog = page.lists.edit_partner(umea)
    dialog.cofinancing.setText("75")
    network.save_partner(window.database, replace(umea, country="FI"))
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    now = store.get(window.database, r.Partner, umea.id or 0)
    assert (now.cofinancing_rate, now.country) == (75, "FI")
    window.undo_action.trigger()
    now = store.get(window.database, r.Partner, umea.id or 0)
    assert (now.cofinancing_rate, now.country) == (70, "FI")


def test_the_conflict_question_shows_a_table_not_its_markup(qtbot: QtBot) -> None:
    """The values are laid out as a table; a value's own markup stays text."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    shown: list[str] = []

    def read_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.extend(
            label.text()
            for label in box.findChildren(QLabel)
            if label.textFormat() == Qt.TextFormat.RichText and "<table" in label.text()
        )
        box.reject()

    # The real question, not the autouse fake of the UI tests: a fresh copy of the module.
    import importlib.util

    spec = importlib.util.find_spec(dialogs.__name__)
    assert spec is not None
    assert spec.loader is not None
    real = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(real)
    QTimer.singleShot(0, read_and_cancel)
    choice = real.resolve_conflict(None, "Person", [("E-mail", "a@um.pl", "<b>b@um.pl</b>")])
    assert choice is None
    assert len(shown) == 1
    assert "&lt;b&gt;b@um.pl&lt;/b&gt;" in shown[0]
