"""Importing people through the preview, and exporting the register to Excel."""

from __future__ import annotations

from pathlib import Path

import test_stakeholders_support as support
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot
from test_stakeholders_support import click, person_named
from uihelpers import FakeDialogs

from lagdesk.core.stakeholders import register as sh
from lagdesk.ui.shell.main_window import MainWindow
from lagdesk.ui.stakeholders.import_dialog import ImportDialog
from lagdesk.ui.stakeholders.import_models import ImportRowModel
from lagdesk.ui.stakeholders.page import StakeholdersPage

# The shared fixtures (pytest finds fixtures by their name in the module).
demo_template = support.demo_template
demo_window = support.demo_window
page = support.page

CSV = (
    "Imię;Nazwisko;Organizacja;Sektor;E-mail;Rola;Wpływ;Zainteresowanie;Ulubiony kolor\n"
    "Marta;Nowa;Fundacja Równe Szanse Pomorze;civic;marta.nowa@example.org;wolontariuszka;2;5;zielony\n"
    "Piotr;Błędny;;;piotr@example.org;;7;2;niebieski\n"
    "Agnieszka;Wójcik;Urząd Miejski w Koszalinie;public;{email};pełnomocniczka;4;5;czerwony\n"
)


def write_csv(page: StakeholdersPage, folder: Path) -> Path:
    anna = person_named(page, "Wójcik", "Agnieszka")
    path = folder / "nowi członkowie.csv"
    path.write_text(CSV.format(email=anna.email), encoding="utf-8-sig")
    return path


def open_preview(
    page: StakeholdersPage, fake_dialogs: FakeDialogs, qtbot: QtBot, path: Path
) -> ImportDialog:
    fake_dialogs.paths.append(path)
    click(qtbot, page.import_button)
    qtbot.waitUntil(lambda: page.transfers.dialog is not None, timeout=10000)
    dialog = page.transfers.dialog
    assert dialog is not None
    assert dialog.plan is not None
    return dialog


def test_the_preview_blocks_invalid_rows_and_respects_the_duplicate_choice(
    page: StakeholdersPage,
    demo_window: MainWindow,
    fake_dialogs: FakeDialogs,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    database = page.people_model._database
    anna = person_named(page, "Wójcik", "Agnieszka")
    dialog = open_preview(page, fake_dialogs, qtbot, write_csv(page, tmp_path))
    # Columns were matched from the Polish headers; the extra one is reported.
    assert dialog.column_combos["Nazwisko"].currentData() == "last_name"
    assert dialog.column_combos["Wpływ"].currentData() == "power"
    assert "Ulubiony kolor" in dialog.extra.text()
    # The bad row is listed with its row, column and reason.
    assert dialog.problem_model.rowCount() == 1
    assert dialog.problem_model.index(0, 0).data() == "3"
    assert dialog.problem_model.index(0, 1).data() == "Wpływ"
    # The duplicate defaults to "skip".
    assert dialog.known_model.rowCount() == 1
    decision = dialog.known_model.index(0, ImportRowModel.Column.DECISION)
    assert decision.data() == "Skip this row"
    summary = dialog.summary.text()
    assert summary.startswith("Rows: 3 · new people: 1 · already in the register: 1")
    assert "with problems: 1" in summary
    assert not dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    # Choose "update" for the known person.
    assert dialog.known_model.setData(decision, "update")
    assert dialog.decisions() == {4: "update"}
    assert sh.person_ids(database, sh.StakeholderFilter(text="Marta Nowa")) == []  # nothing yet

    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: page.transfers.dialog is None, timeout=10000)
    marta = person_named(page, "Nowa", "Marta")
    assert (marta.role, marta.power, marta.interest) == ("wolontariuszka", 2, 5)
    assert sh.person_ids(database, sh.StakeholderFilter(text="Błędny")) == []
    updated = person_named(page, "Wójcik", "Agnieszka")
    assert updated.id == anna.id
    assert updated.role == "pełnomocniczka"
    assert page.people_model.rowCount() == 42
    message = demo_window.statusBar().currentMessage()
    assert "People added: 1 · updated: 1 · skipped: 0" in message
    assert "rows with problems left out: 1" in message


def test_skipping_the_duplicate_leaves_the_person_as_stored(
    page: StakeholdersPage, fake_dialogs: FakeDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    anna = person_named(page, "Wójcik", "Agnieszka")
    dialog = open_preview(page, fake_dialogs, qtbot, write_csv(page, tmp_path))
    dialog.skip_invalid.setChecked(True)
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: page.transfers.dialog is None, timeout=10000)
    assert person_named(page, "Wójcik", "Agnieszka").role == anna.role
    assert page.people_model.rowCount() == 42


def test_changing_a_column_plans_the_file_again(
    page: StakeholdersPage, fake_dialogs: FakeDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_preview(page, fake_dialogs, qtbot, write_csv(page, tmp_path))
    first = dialog.plan
    combo = dialog.column_combos["Wpływ"]
    combo.setCurrentIndex(combo.findData(""))  # do not import the power column
    qtbot.waitUntil(lambda: dialog.plan is not first, timeout=10000)
    assert dialog.plan is not None
    assert "Wpływ" in dialog.plan.extra_columns
    # Interest without power is now the problem of every row that gives one.
    assert dialog.problem_model.rowCount() == 3
    dialog.reject()


def test_cancelling_the_file_dialog_does_nothing(
    page: StakeholdersPage, fake_dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    click(qtbot, page.import_button)
    assert page.transfers.dialog is None
    assert page.people_model.rowCount() == 41


def test_export_writes_a_workbook_with_the_people(
    page: StakeholdersPage,
    demo_window: MainWindow,
    fake_dialogs: FakeDialogs,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    target = tmp_path / "register.xlsx"
    fake_dialogs.paths.append(target)
    click(qtbot, page.export_people_button)
    qtbot.waitUntil(lambda: page.transfers.last_export == target, timeout=20000)
    workbook = load_workbook(target, read_only=True)
    try:
        people = list(workbook.worksheets[0].iter_rows(values_only=True))
        organisations = list(workbook.worksheets[1].iter_rows(values_only=True))
    finally:
        workbook.close()
    assert len(people) == 1 + 41
    header = people[0]
    last = header.index("Last name")
    assert "Wójcik" in {row[last] for row in people[1:]}
    assert len(organisations) == 1 + 21
    assert "41 people and 21 organisations" in demo_window.statusBar().currentMessage()
