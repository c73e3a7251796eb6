"""The Network page: set-up, editing, partners and meetings, each undone and redone."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs, add_network

from lagdesk.core import network
from lagdesk.db.codes import Programme
from lagdesk.ui.network.page import NetworkPage
from lagdesk.ui.network.partner_dialog import PartnerDialog
from lagdesk.ui.shell.areas import Area
from lagdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def page(window: MainWindow) -> NetworkPage:
    found = window.page(Area.NETWORK)
    assert isinstance(found, NetworkPage)
    return found


@pytest.fixture
def genprocure(window: MainWindow, page: NetworkPage) -> NetworkPage:
    add_network(window)
    page.refresh()
    return page


def stored(window: MainWindow) -> network.NetworkOverview:
    return network.overview(window.database)


def partner_names(window: MainWindow) -> list[str]:
    return [partner.name for partner in stored(window).partners]


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_empty_file_asks_to_set_up_the_network(
    window: MainWindow, page: NetworkPage, qtbot: QtBot
) -> None:
    assert page.setup_banner.isVisible()
    assert not page.lists.isVisible()
    assert page.save_button.text() == "Create &network"
    assert not page.save_button.isEnabled()
    qtbot.keyClicks(page.form.name, "GenProcure")
    page.form.programme.setCurrentIndex(page.form.programme.findData(Programme.URBACT_III))
    click(qtbot, page.save_button)
    found = stored(window).network
    assert found is not None
    assert (found.name, found.programme) == ("GenProcure", Programme.URBACT_III)
    assert not page.setup_banner.isVisible()
    assert page.lists.isVisible()


def test_programme_combo_shows_translated_labels(page: NetworkPage) -> None:
    labels = [page.form.programme.itemText(i) for i in range(page.form.programme.count())]
    assert "URBACT IV" in labels
    assert "ESF+" in labels


def test_editing_the_name_is_saved_and_undone(
    window: MainWindow, genprocure: NetworkPage, qtbot: QtBot
) -> None:
    page = genprocure
    assert not page.save_button.isEnabled()
    page.form.name.clear()
    qtbot.keyClicks(page.form.name, "GenProcure network")
    page.form.end_date.set_date_value(date(2025, 12, 31))
    assert page.save_button.isEnabled()
    click(qtbot, page.save_button)
    found = stored(window).network
    assert found is not None
    assert (found.name, found.end_date) == ("GenProcure network", date(2025, 12, 31))
    assert not page.save_button.isEnabled()

    window.undo_action.trigger()
    assert stored(window).network.name == "GenProcure"
    assert page.form.name.text() == "GenProcure"
    assert stored(window).network.end_date is None
    window.redo_action.trigger()
    assert stored(window).network.name == "GenProcure network"
    assert page.form.name.text() == "GenProcure network"


def test_an_empty_name_is_refused_next_to_the_field(
    window: MainWindow, genprocure: NetworkPage, qtbot: QtBot
) -> None:
    genprocure.form.name.clear()
    genprocure.form.lead_expert.setText("Someone")
    click(qtbot, genprocure.save_button)
    assert genprocure.form.messages.message_for("name") == "This field is required."
    assert stored(window).network.lead_expert == ""
    assert window.undo_stack.count() == 0


def test_end_before_start_is_refused(
    window: MainWindow, genprocure: NetworkPage, qtbot: QtBot
) -> None:
    genprocure.form.start_date.set_date_value(date(2025, 1, 1))
    genprocure.form.end_date.set_date_value(date(2023, 1, 1))
    click(qtbot, genprocure.save_button)
    assert "before" in genprocure.form.messages.message_for("end_date")
    assert stored(window).network.start_date is None


def test_choosing_our_city_is_undone(window: MainWindow, genprocure: NetworkPage) -> None:
    combo = genprocure.form.own_city
    combo.setCurrentIndex(combo.findText("Umeå"))
    genprocure.save_network()
    assert stored(window).own_city.name == "Umeå"
    window.undo_action.trigger()
    assert stored(window).own_city.name == "Koszalin"
    assert combo.currentText() == "Koszalin"
    window.redo_action.trigger()
    assert stored(window).own_city.name == "Umeå"


def test_the_tables_show_partners_and_meetings(genprocure: NetworkPage) -> None:
    model = genprocure.lists.partners_model
    rows = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert rows[0] == ["Vila Nova de Famalicão", "PT", "Lead partner", "80 %", ""]
    assert rows[1] == ["Koszalin", "PL", "Partner", "80 %", "Yes"]
    meetings = genprocure.lists.meetings_model
    assert meetings.index(0, 1).data() == "Umeå"
    assert meetings.index(0, 3).data() == "19/03/2024 – 20/03/2024"


def fill_partner(qtbot: QtBot, dialog: PartnerDialog, name: str, rate: str) -> None:
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.country, "hr")
    dialog.cofinancing.clear()
    qtbot.keyClicks(dialog.cofinancing, rate)


def test_adding_a_partner_through_the_dialog(
    window: MainWindow, genprocure: NetworkPage, qtbot: QtBot
) -> None:
    click(qtbot, genprocure.lists.partners.add_button)
    dialog = genprocure.findChild(PartnerDialog)
    assert dialog is not None
    assert dialog.isVisible()
    fill_partner(qtbot, dialog, "Zagreb", "85")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    added = next(p for p in stored(window).partners if p.name == "Zagreb")
    assert (added.country, added.cofinancing_rate, added.is_own) == ("HR", 85, False)
    assert genprocure.lists.partners_model.row_of(added.id) >= 0

    window.undo_action.trigger()
    assert "Zagreb" not in partner_names(window)
    window.redo_action.trigger()
    assert "Zagreb" in partner_names(window)
    window.undo_action.trigger()
    assert "Zagreb" not in partner_names(window)


def test_an_invalid_partner_shows_the_problems_and_stores_nothing(
    window: MainWindow, genprocure: NetworkPage, qtbot: QtBot
) -> None:
    before = partner_names(window)
    dialog = genprocure.lists.add_partner()
    assert dialog is not None
    fill_partner(qtbot, dialog, "", "120")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.messages.message_for("name") == "This field is required."
    assert "120" in dialog.messages.message_for("cofinancing_rate")
    assert dialog.findChild(QLabel, "problem_name").isVisible()
    assert not dialog.findChild(QLabel, "problem_country").isVisible()
    assert partner_names(window) == before
    assert window.undo_stack.count() == 0

    dialog.cofinancing.setText("eighty")
    click(qtbot, dialog.ok_button)
    assert dialog.messages.message_for("cofinancing_rate") == "Enter a number, for example 80."
    dialog.reject()
    assert partner_names(window) == before


def test_marking_a_new_partner_as_ours_is_undone(
    window: MainWindow, genprocure: NetworkPage, qtbot: QtBot
) -> None:
    dialog = genprocure.lists.add_partner()
    assert dialog is not None
    fill_partner(qtbot, dialog, "Zagreb", "")
    dialog.is_own.setChecked(True)
    click(qtbot, dialog.ok_button)
    assert stored(window).own_city.name == "Zagreb"
    window.undo_action.trigger()
    assert stored(window).own_city.name == "Koszalin"
    assert "Zagreb" not in partner_names(window)


def test_editing_a_partner(window: MainWindow, genprocure: NetworkPage, qtbot: QtBot) -> None:
    row = genprocure.lists.partners_model.row_of(
        next(p.id for p in stored(window).partners if p.name == "Umeå")
    )
    genprocure.lists.partners.select_row(row)
    click(qtbot, genprocure.lists.partners.edit_button)
    dialog = genprocure.findChild(PartnerDialog)
    assert dialog is not None
    assert dialog.name.text() == "Umeå"
    dialog.cofinancing.setText("75")
    click(qtbot, dialog.ok_button)
    assert next(p for p in stored(window).partners if p.name == "Umeå").cofinancing_rate == 75
    window.undo_action.trigger()
    assert next(p for p in stored(window).partners if p.name == "Umeå").cofinancing_rate == 70


def test_deleting_a_partner_asks_first_and_is_undone(
    window: MainWindow, genprocure: NetworkPage, fake_dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    umea = next(p for p in stored(window).partners if p.name == "Umeå")
    genprocure.lists.partners.select_row(genprocure.lists.partners_model.row_of(umea.id))

    fake_dialogs.confirm_answer = False
    click(qtbot, genprocure.lists.partners.delete_button)
    assert "Umeå" in fake_dialogs.questions[0]
    assert "Umeå" in partner_names(window)

    fake_dialogs.confirm_answer = True
    click(qtbot, genprocure.lists.partners.delete_button)
    assert "Umeå" not in partner_names(window)
    assert stored(window).transnational_meetings[0].host_partner_id is None

    window.undo_action.trigger()
    assert "Umeå" in partner_names(window)
    meeting = stored(window).transnational_meetings[0]
    assert genprocure.lists.meetings_model.index(0, 1).data() == "Umeå"
    assert meeting.host_partner_id == next(
        p.id for p in stored(window).partners if p.name == "Umeå"
    )
    window.redo_action.trigger()
    assert "Umeå" not in partner_names(window)
    window.undo_action.trigger()
    assert "Umeå" in partner_names(window)


def test_adding_editing_and_deleting_a_meeting(
    window: MainWindow, genprocure: NetworkPage, qtbot: QtBot
) -> None:
    dialog = genprocure.lists.add_meeting()
    assert dialog is not None
    qtbot.keyClicks(dialog.title, "Transnational meeting in Messina")
    dialog.place.setText("Messina")
    dialog.start_date.set_date_value(date(2024, 6, 4))
    dialog.end_date.set_date_value(date(2024, 6, 3))
    click(qtbot, dialog.ok_button)
    assert "before" in dialog.messages.message_for("end_date")
    assert len(stored(window).transnational_meetings) == 1

    dialog.end_date.set_date_value(date(2024, 6, 5))
    click(qtbot, dialog.ok_button)
    meetings = stored(window).transnational_meetings
    assert [m.title for m in meetings] == [
        "Transnational meeting in Umeå",
        "Transnational meeting in Messina",
    ]
    window.undo_action.trigger()
    assert len(stored(window).transnational_meetings) == 1

    genprocure.lists.delete_meeting(stored(window).transnational_meetings[0])
    assert stored(window).transnational_meetings == []
    window.undo_action.trigger()
    assert [m.place for m in stored(window).transnational_meetings] == ["Umeå"]


def test_unsaved_form_edits_survive_a_partner_change(
    window: MainWindow, genprocure: NetworkPage, qtbot: QtBot
) -> None:
    genprocure.form.topic.setText("Gender-responsive procurement")
    dialog = genprocure.lists.add_partner()
    assert dialog is not None
    fill_partner(qtbot, dialog, "Alcoy", "70")
    click(qtbot, dialog.ok_button)
    assert genprocure.form.topic.text() == "Gender-responsive procurement"
    assert genprocure.save_button.isEnabled()


def test_keyboard_enter_edits_and_delete_deletes(
    window: MainWindow, genprocure: NetworkPage, fake_dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    table = genprocure.lists.partners.table
    window.activateWindow()
    qtbot.waitActive(window)
    table.setFocus()
    genprocure.lists.partners.select_row(2)
    table.setCurrentIndex(genprocure.lists.partners_model.index(2, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = genprocure.findChild(PartnerDialog)
    assert dialog is not None
    assert dialog.name.text() == genprocure.lists.partners_model.record_at(2).name
    dialog.reject()

    fake_dialogs.confirm_answer = False
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert fake_dialogs.questions


def test_the_undo_menu_names_the_change(
    window: MainWindow, genprocure: NetworkPage, qtbot: QtBot
) -> None:
    dialog = genprocure.lists.add_partner()
    assert dialog is not None
    fill_partner(qtbot, dialog, "Zagreb", "80")
    click(qtbot, dialog.ok_button)
    assert window.undo_action.text() == "Undo Add partner Zagreb"
    window.undo_action.trigger()
    assert window.redo_action.text() == "Redo Add partner Zagreb"
