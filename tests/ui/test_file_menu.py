"""File > New, Open, Open recent and Backup now, with the file dialogs answered by the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs, add_network

from lagdesk.core import network
from lagdesk.db.database import open_database
from lagdesk.ui.shell import settings
from lagdesk.ui.shell.areas import Area
from lagdesk.ui.shell.main_window import MainWindow
from lagdesk.ui.shell.opening import open_file


def make_file(path: Path) -> Path:
    open_database(path).close()
    return path


def recent(window: MainWindow) -> list[Path]:
    return settings.recent_files(window.settings)


def test_open_switches_file_and_updates_recent_files(
    window: MainWindow, fake_dialogs: FakeDialogs, tmp_path: Path, city_path: Path
) -> None:
    other = make_file(tmp_path / "Umea.sqlite")
    fake_dialogs.paths.append(other)
    assert window.files.open_file()
    assert window.current_path == other.resolve()
    assert window.windowTitle() == "Umea.sqlite — lagdesk"
    assert recent(window)[:2] == [other.resolve(), city_path.resolve()]
    menu_texts = [action.text() for action in window.files.recent_menu.actions()]
    assert menu_texts[:2] == ["&1 Umea.sqlite", "&2 Koszalin.sqlite"]
    assert fake_dialogs.errors == []


def test_opening_a_text_file_shows_an_error_and_keeps_the_current_file(
    window: MainWindow, fake_dialogs: FakeDialogs, tmp_path: Path, city_path: Path
) -> None:
    add_network(window)
    notes = tmp_path / "notes.txt"
    notes.write_text("Shopping list: coffee, flip chart paper\n", encoding="utf-8")
    fake_dialogs.paths.append(notes)
    assert not window.files.open_file()
    ((_title, message),) = fake_dialogs.errors
    assert "notes.txt" in message
    assert "not a lagdesk database" in message
    assert window.current_path == city_path.resolve()
    assert network.overview(window.database).network is not None
    assert notes.resolve() not in recent(window)


def test_a_file_open_in_another_window_is_refused(
    window: MainWindow, fake_dialogs: FakeDialogs, tmp_path: Path, city_path: Path
) -> None:
    other = tmp_path / "Zagreb.sqlite"
    elsewhere = open_file(other)
    try:
        fake_dialogs.paths.append(other)
        assert not window.files.open_file()
        assert "already open in another lagdesk window" in fake_dialogs.errors[0][1]
        assert window.current_path == city_path.resolve()
    finally:
        elsewhere.close()


def test_new_creates_a_file_and_switches_to_it(
    window: MainWindow, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    add_network(window)
    window.show_area(Area.MEETINGS)
    fake_dialogs.paths.append(tmp_path / "Messina")
    assert window.files.new_file()
    created = (tmp_path / "Messina.sqlite").resolve()
    assert window.current_path == created
    assert created.is_file()
    assert network.overview(window.database).network is None
    assert window.sidebar.current_area() is Area.MEETINGS
    assert recent(window)[0] == created


def test_new_does_not_overwrite_an_existing_file(
    window: MainWindow, fake_dialogs: FakeDialogs, tmp_path: Path, city_path: Path
) -> None:
    existing = make_file(tmp_path / "Alcoy.sqlite")
    fake_dialogs.paths.append(existing)
    assert not window.files.new_file()
    assert "already exists" in fake_dialogs.errors[0][1]
    assert window.current_path == city_path.resolve()


def test_a_missing_recent_file_is_removed_with_a_message(
    window: MainWindow, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    gone = make_file(tmp_path / "Ibrany.sqlite")
    fake_dialogs.paths.append(gone)
    window.files.open_file()
    fake_dialogs.paths.append(tmp_path / "Koszalin.sqlite")
    window.files.open_file()
    gone.unlink()
    assert not window.files.open_recent(gone.resolve())
    assert "no longer exists" in fake_dialogs.errors[0][1]
    assert gone.resolve() not in recent(window)
    assert all("Ibrany" not in action.text() for action in window.files.recent_menu.actions())


def test_recent_files_keep_eight(
    window: MainWindow, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    for number in range(10):
        fake_dialogs.paths.append(make_file(tmp_path / f"city{number}.sqlite"))
        assert window.files.open_file()
    files = recent(window)
    assert len(files) == settings.MAX_RECENT_FILES
    assert files[0].name == "city9.sqlite"


def test_backup_now_writes_a_file_open_database_accepts(
    window: MainWindow, fake_dialogs: FakeDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    add_network(window)
    target = tmp_path / "usb" / "copy.sqlite"
    target.parent.mkdir()
    fake_dialogs.paths.append(target)
    with qtbot.waitSignal(window.backup_done, timeout=10_000) as finished:
        assert window.files.backup_now()
        assert not window.files.backup_action.isEnabled()
    assert finished.args == [str(target.resolve())]
    assert fake_dialogs.suggested[0].name == f"Koszalin-backup-{date.today().isoformat()}.sqlite"
    assert str(target.resolve()) in window.statusBar().currentMessage()
    assert window.files.backup_action.isEnabled()
    copy = open_database(target, create=False)
    try:
        found = network.overview(copy).network
        assert found is not None
        assert found.name == "GenProcure"
    finally:
        copy.close()


def test_a_failed_backup_says_why(
    window: MainWindow, fake_dialogs: FakeDialogs, qtbot: QtBot, city_path: Path
) -> None:
    fake_dialogs.paths.append(city_path)  # the open file itself
    with qtbot.waitSignal(window.backup_done, timeout=10_000) as finished:
        window.files.backup_now()
    assert finished.args == [""]
    ((title, message),) = fake_dialogs.errors
    assert title == "Backup failed"
    assert "Koszalin.sqlite" in message


def test_cancelling_the_dialogs_changes_nothing(
    window: MainWindow, fake_dialogs: FakeDialogs, city_path: Path
) -> None:
    assert not window.files.open_file()
    assert not window.files.new_file()
    assert not window.files.backup_now()
    assert window.current_path == city_path.resolve()
    assert fake_dialogs.errors == []
