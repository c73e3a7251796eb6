"""A read-only file or folder opens for reading (list, export, check, the window with a
banner); a write says the file is read-only; a reading command never upgrades a file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from faultkit import Shown, dump, lagdesk, plain_failure, read_only_copy
from pytestqt.qtbot import QtBot

from lagdesk.core import network
from lagdesk.core.support import records as r
from lagdesk.db.codes import Programme
from lagdesk.db.database import open_database
from lagdesk.db.errors import DatabaseReadOnlyError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def read_only_demo(demo: Path, tmp_path: Path, read_only_folders: list[Path]) -> Path:
    """The demo file in a folder mounted read-only (file and folder both read-only)."""
    folder = read_only_copy(demo.parent, tmp_path / "read-only")
    read_only_folders.append(folder)
    return folder / demo.name


def test_reading_commands_work_in_a_read_only_folder(read_only_demo: Path, tmp_path: Path) -> None:
    before = dump(read_only_demo)
    listed = lagdesk("list", "people", "--db", str(read_only_demo), "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert '"last_name"' in listed.stdout
    report = tmp_path / "report.xlsx"
    exported = lagdesk("export", "report", "--db", str(read_only_demo), "--out", str(report))
    assert exported.returncode == 0, exported.stderr

    from openpyxl import load_workbook

    workbook = load_workbook(report, read_only=True)
    assert len(workbook.sheetnames) > 5
    workbook.close()
    checked = lagdesk("check", "--db", str(read_only_demo))
    assert checked.returncode == 0, checked.stderr
    assert "sound" in checked.stdout
    copy = tmp_path / "copy.sqlite"
    backed_up = lagdesk("backup", "--db", str(read_only_demo), "--out", str(copy))
    assert backed_up.returncode == 0, backed_up.stderr
    assert dump(copy) == before
    assert dump(read_only_demo) == before


def test_a_write_to_a_read_only_folder_is_one_line(read_only_demo: Path, tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text("First name;Last name\nAnna;Nowak\n", encoding="utf-8")
    done = lagdesk("import", "stakeholders", "--db", str(read_only_demo), str(people))
    plain_failure(done, str(read_only_demo))


def test_a_read_only_file_opens_for_reading_and_refuses_writes(read_only_demo: Path) -> None:
    with open_database(read_only_demo, create=False, writable=False) as database:
        assert database.read_only
        assert network.current_network(database) is not None
        with pytest.raises(DatabaseReadOnlyError, match="read-only"):
            network.save_network(
                database, r.Network(name="GenProcure", programme=Programme.URBACT_IV)
            )


def test_a_read_only_file_in_a_writable_folder(
    demo: Path, tmp_path: Path, read_only_folders: list[Path]
) -> None:
    """Only the file is read-only (a bind mount of the file itself): SQLite may still make
    its -shm in the folder, so mode=ro is enough."""
    from faultkit import mount, unmount

    copy = tmp_path / "own" / "city.sqlite"
    copy.parent.mkdir()
    shutil.copy(demo, copy)
    refused = mount("--bind", str(copy), str(copy)) or mount("-o", "remount,ro,bind", str(copy))
    if refused:
        pytest.skip(f"no read-only mount of a file: {refused}")
    try:
        with open_database(copy, create=False, writable=False) as database:
            assert network.current_network(database) is not None
            with pytest.raises(DatabaseReadOnlyError):
                network.save_network(database, r.Network(name="X", programme=Programme.URBACT_IV))
        done = lagdesk("list", "meetings", "--db", str(copy))
        assert done.returncode == 0, done.stderr
    finally:
        unmount(copy)


def test_a_reading_command_never_upgrades_an_older_file(tmp_path: Path) -> None:
    older = tmp_path / "files" / "older.sqlite"
    older.parent.mkdir()
    shutil.copy(FIXTURES / "schema-0001_baseline.sqlite", older)
    before = older.read_bytes()
    done = lagdesk("list", "people", "--db", str(older))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0].startswith("id\t")
    assert older.read_bytes() == before
    copy = tmp_path / "copy.sqlite"
    backed_up = lagdesk("backup", "--db", str(older), "--out", str(copy))
    assert backed_up.returncode == 0, backed_up.stderr
    assert older.read_bytes() == before
    assert sorted(path.name for path in older.parent.iterdir()) == ["older.sqlite"]
    kept = sqlite3.connect(copy)
    assert kept.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_baseline",)
    kept.close()
    with open_database(older, create=False, writable=False) as database:
        assert database.upgraded_in_memory
        with pytest.raises(DatabaseReadOnlyError):
            network.save_network(database, r.Network(name="X", programme=Programme.URBACT_IV))
    assert older.read_bytes() == before


def test_the_window_opens_a_read_only_file_with_a_banner(
    read_only_demo: Path, qtbot: QtBot, shown: Shown
) -> None:
    from lagdesk.ui.shell.main_window import MainWindow
    from lagdesk.ui.shell.opening import open_file

    window = MainWindow(open_file(read_only_demo, create=False))
    qtbot.addWidget(window)
    try:
        assert window.database.read_only
        banner = window.health.read_only_banner
        assert not banner.isHidden()
        assert banner.label.text() == "Read-only: changes cannot be saved here"
        with pytest.raises(DatabaseReadOnlyError):
            network.save_network(
                window.database, r.Network(name="X", programme=Programme.URBACT_IV)
            )
    finally:
        window.shutdown()
    assert shown.crashes == []
