"""The app's automatic backups (on open, on close), File > Restore from backup… and the
Backups section of File > Settings…."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs

from lagdesk.core.support import backups
from lagdesk.db.database import open_database
from lagdesk.ui.shell.main_window import MainWindow
from lagdesk.ui.shell.opening import open_file
from lagdesk.ui.shell.restore_dialog import RestoreDialog
from lagdesk.ui.shell.settings_dialog import SettingsDialog

FIXTURES = Path(__file__).parents[1] / "fixtures"


def organisations(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [name for (name,) in connection.execute("SELECT name FROM organisation ORDER BY id")]
    finally:
        connection.close()


def add_organisation(window: MainWindow, name: str) -> None:
    with window.database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO organisation (name, sector) VALUES (?, 'public')", (name,)
        )


@pytest.fixture
def existing(city_path: Path) -> Path:
    """A lagdesk file made earlier (a new file needs no backup: it holds nothing yet)."""
    with open_database(city_path) as database, database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO organisation (name, sector) VALUES ('Urząd Miejski', 'public')"
        )
    return city_path


@pytest.fixture
def opened(qtbot: QtBot, existing: Path) -> Iterator[MainWindow]:
    main = MainWindow(open_file(existing))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.shutdown()


def reasons(path: Path) -> list[str]:
    return [backup.reason for backup in backups.list_backups(path)]


def test_a_new_file_gets_no_backup_on_open(window: MainWindow, city_path: Path) -> None:
    window.wait_for_background_work()
    assert reasons(city_path) == []


def test_the_first_open_of_the_day_makes_a_backup_and_later_ones_do_not(
    qtbot: QtBot, opened: MainWindow, existing: Path
) -> None:
    opened.wait_for_background_work()
    (made,) = backups.list_backups(existing)
    assert made.reason == "open"
    assert organisations(made.path) == ["Urząd Miejski"]
    opened.shutdown()
    again = MainWindow(open_file(existing))
    qtbot.addWidget(again)
    again.wait_for_background_work()
    again.shutdown()
    assert reasons(existing) == ["open"]


def test_closing_after_a_change_makes_a_backup_with_it(opened: MainWindow, existing: Path) -> None:
    opened.wait_for_background_work()
    add_organisation(opened, "Stowarzyszenie")
    opened.shutdown()
    assert sorted(reasons(existing)) == ["close", "open"]
    close = next(b for b in backups.list_backups(existing) if b.reason == "close")
    assert organisations(close.path) == ["Urząd Miejski", "Stowarzyszenie"]


def test_closing_without_a_change_makes_no_backup(opened: MainWindow, existing: Path) -> None:
    opened.wait_for_background_work()
    with opened.database.reading() as session:
        session.connection().exec_driver_sql("SELECT count(*) FROM organisation").all()
    opened.shutdown()
    assert reasons(existing) == ["open"]


def test_opening_another_file_backs_up_the_one_left_if_it_changed(
    opened: MainWindow, existing: Path, tmp_path: Path
) -> None:
    opened.wait_for_background_work()
    add_organisation(opened, "Stowarzyszenie")
    assert opened.switch_file(tmp_path / "Umea.sqlite", create=True)
    assert sorted(reasons(existing)) == ["close", "open"]


def test_an_upgrade_at_open_is_said_in_the_status_bar(qtbot: QtBot, tmp_path: Path) -> None:
    old = tmp_path / "Messina.sqlite"
    shutil.copy(FIXTURES / "schema-0001_baseline.sqlite", old)
    main = MainWindow(open_file(old))
    qtbot.addWidget(main)
    try:
        copy = main.database.migration_backup
        assert copy is not None
        assert copy.name in main.statusBar().currentMessage()
        assert "upgraded" in main.statusBar().currentMessage()
        main.wait_for_background_work()
        assert "upgrade" in reasons(old)
    finally:
        main.shutdown()


# -- restore ---------------------------------------------------------------------------


def test_the_restore_dialog_lists_backups_with_a_preview(
    qtbot: QtBot, opened: MainWindow, existing: Path
) -> None:
    opened.wait_for_background_work()
    add_organisation(opened, "Stowarzyszenie")
    backups.make_backup(opened.database, backups.MANUAL)
    add_organisation(opened, "Fundacja")
    dialog = RestoreDialog(existing, opened)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "Made by hand"
    assert dialog.table.item(1, 1).text() == "On opening"
    assert dialog.selected() == backups.list_backups(existing)[0]
    organisations_row = 1
    assert dialog.preview.verticalHeaderItem(organisations_row).text() == "Organisations"
    assert dialog.preview.item(organisations_row, 0).text() == "2"
    assert dialog.preview.item(organisations_row, 1).text() == "3"
    # Keyboard: the list has the focus, Down selects the older backup and its counts show.
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.selected() == backups.list_backups(existing)[1]
    assert dialog.preview.item(organisations_row, 0).text() == "1"
    assert dialog.restore_button.isEnabled()


def test_restore_from_the_menu_puts_the_backup_in_place(
    opened: MainWindow,
    existing: Path,
    fake_dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened.wait_for_background_work()
    add_organisation(opened, "Stowarzyszenie")

    def choose_the_open_backup(dialog: RestoreDialog) -> int:
        row = [b.reason for b in dialog.backups].index("open")
        dialog.table.selectRow(row)
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", choose_the_open_backup)
    assert opened.files.restore_from_backup()
    assert fake_dialogs.questions
    assert "Koszalin.sqlite" in fake_dialogs.questions[0]
    assert opened.is_open
    assert opened.current_path == existing.resolve()
    with opened.database.reading() as session:
        names = session.connection().exec_driver_sql("SELECT name FROM organisation").all()
    assert [name for (name,) in names] == ["Urząd Miejski"]
    previous = next(
        b for b in backups.list_backups(existing) if b.reason == backups.BEFORE_RESTORE
    ).path
    ((_title, message),) = fake_dialogs.informations
    assert str(previous) in message
    assert organisations(previous) == ["Urząd Miejski", "Stowarzyszenie"]
    assert fake_dialogs.errors == []


def test_restore_is_not_done_when_the_user_says_no(
    opened: MainWindow,
    existing: Path,
    fake_dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened.wait_for_background_work()
    add_organisation(opened, "Stowarzyszenie")
    fake_dialogs.confirm_answer = False

    def choose_first(dialog: RestoreDialog) -> int:
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", choose_first)
    assert not opened.files.restore_from_backup()
    assert organisations(existing) == ["Urząd Miejski", "Stowarzyszenie"]
    assert backups.BEFORE_RESTORE not in reasons(existing)


def test_a_restore_that_fails_reopens_the_file_as_it_was(
    opened: MainWindow,
    existing: Path,
    fake_dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    opened.wait_for_background_work()
    add_organisation(opened, "Stowarzyszenie")
    bogus = tmp_path / "not-a-backup.sqlite"
    bogus.write_text("plain text", encoding="utf-8")
    assert not opened.restore(bogus)
    ((_title, message),) = fake_dialogs.errors
    assert "not a lagdesk file" in message
    assert opened.is_open
    with opened.database.reading() as session:
        (count,) = session.connection().exec_driver_sql("SELECT count(*) FROM organisation").one()
    assert count == 2


# -- settings ----------------------------------------------------------------------------


def test_settings_show_where_the_backups_are(
    qtbot: QtBot, opened: MainWindow, existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened.wait_for_background_work()
    assert opened.files.settings_action.shortcut() == QKeySequence(
        QKeySequence.StandardKey.Preferences
    )
    dialog = SettingsDialog(existing, opened)
    qtbot.addWidget(dialog)
    folder = backups.backups_folder(existing)
    assert dialog.folder_label.text() == str(folder)
    assert dialog.count_label.text() == "1"
    assert dialog.size_label.text() != ""
    opened_urls: list[str] = []
    monkeypatch.setattr(
        "lagdesk.ui.shell.settings_dialog.QDesktopServices.openUrl",
        lambda url: opened_urls.append(url.toLocalFile()) or True,
    )
    assert dialog.open_folder()
    assert opened_urls == [str(folder)]


def test_quitting_the_app_after_a_change_leaves_a_close_backup(
    qapp: object, existing: Path
) -> None:
    """At quit the event loop has ended already: the close backup is still made, whole."""
    from PySide6.QtWidgets import QApplication

    from lagdesk.ui.shell import app

    def change_then_quit(window: MainWindow) -> None:
        add_organisation(window, "Stowarzyszenie")
        QApplication.instance().quit()  # type: ignore[union-attr]

    assert app.run(["--db", str(existing), "--lang", "en"], on_ready=change_then_quit) == 0
    assert sorted(reasons(existing)) == ["close", "open"]
    close = next(b for b in backups.list_backups(existing) if b.reason == "close")
    assert organisations(close.path) == ["Urząd Miejski", "Stowarzyszenie"]
    assert list(backups.backups_folder(existing).glob("*.part")) == []


def test_a_file_open_for_reading_only_is_neither_watched_nor_backed_up(
    qtbot: QtBot, existing: Path
) -> None:
    from lagdesk.ui.shell.opening import OpenFile

    main = MainWindow(OpenFile(open_database(existing, writable=False), None))
    qtbot.addWidget(main)
    main.wait_for_background_work()
    assert main.auto_backups._watch is None
    main.shutdown()
    assert reasons(existing) == []
