"""The file, its folder or its -wal going away while the file is open: the user is told,
"Save a copy as…" keeps the work, and committed work survives a deleted -wal and a crash."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from faultkit import Shown, count
from pytestqt.qtbot import QtBot

from lagdesk.core import network
from lagdesk.core.support import records as r
from lagdesk.core.support.maintenance import check
from lagdesk.db.codes import PartnerRole
from lagdesk.db.database import open_database
from lagdesk.db.errors import DatabaseFileError, FileMovedError, FolderGoneError, WalGoneError


def _add_partner(database: object, name: str) -> None:
    made = network.ensure_network(database)  # type: ignore[arg-type]
    assert made.id is not None
    network.save_partner(
        database,  # type: ignore[arg-type]
        r.Partner(network_id=made.id, name=name, country="PL", role=PartnerRole.PARTNER),
    )


def _partners(path: Path) -> list[str]:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        return [name for (name,) in connection.execute("SELECT name FROM partner ORDER BY id")]
    finally:
        connection.close()


def test_a_deleted_folder_is_told_and_a_copy_keeps_the_edit(tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    path = folder / "city.sqlite"
    told: list[DatabaseFileError] = []
    database = open_database(path)
    try:
        database.on_file_problem.append(told.append)
        _add_partner(database, "Before")
        assert told == []
        shutil.rmtree(folder)
        try:
            _add_partner(database, "After the folder went")
            wrote = True
        except FolderGoneError:
            wrote = False  # a write that needs a new connection fails, and says why
        assert database.after_write() is not None
        assert [type(problem) for problem in told] == [FolderGoneError]
        assert "The folder of" in str(told[0])
        assert "Save a copy as…" in str(told[0])
        copy = database.save_copy(tmp_path / "rescued.sqlite")
    finally:
        database.close()
    assert check(copy).sound
    names = _partners(copy)
    assert "Before" in names
    assert ("After the folder went" in names) == wrote


def test_a_file_renamed_away_is_told(tmp_path: Path) -> None:
    path = tmp_path / "city.sqlite"
    database = open_database(path)
    try:
        _add_partner(database, "Before")
        path.rename(tmp_path / "elsewhere.sqlite")
        assert isinstance(database.file_problem(), FileMovedError)
        copy = database.save_copy(tmp_path / "copy.sqlite")
    finally:
        database.close()
    assert "Before" in _partners(copy)


CRASHING_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    from lagdesk.core import network
    from lagdesk.core.support import records as r
    from lagdesk.db.codes import PartnerRole
    from lagdesk.db.database import open_database

    database = open_database(sys.argv[1])
    told = []
    database.on_file_problem.append(told.append)
    made = network.ensure_network(database)
    for number in range(100):
        network.save_partner(database, r.Partner(
            network_id=made.id, name=f"Partner {number}", country="PL",
            role=PartnerRole.PARTNER))
        if number == 49:
            os.remove(sys.argv[1] + "-wal")
    print(type(told[0]).__name__ if told else "nothing told", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_a_deleted_wal_then_a_crash_loses_no_committed_work(tmp_path: Path) -> None:
    path = tmp_path / "city.sqlite"
    open_database(path).close()
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_WRITER, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert done.stdout.strip() == WalGoneError.__name__
    report = check(path)
    assert report.sound, report.problems
    # Written before the -wal went or after: each reached the file, checkpointed from the
    # deleted -wal that the open connections still hold.
    assert count(path, "partner") == 100


def test_the_window_tells_of_a_vanished_folder_and_saves_a_copy(
    tmp_path: Path, qtbot: QtBot, shown: Shown
) -> None:
    from lagdesk.ui.shell.main_window import MainWindow
    from lagdesk.ui.shell.opening import open_file

    folder = tmp_path / "usb"
    folder.mkdir()
    path = folder / "city.sqlite"
    window = MainWindow(open_file(path))
    qtbot.addWidget(window)
    try:
        _add_partner(window.database, "Before")
        shutil.rmtree(folder)
        with contextlib.suppress(FolderGoneError):
            _add_partner(window.database, "After")
        window.health.look()  # what the timer does every few seconds
        banner = window.health.problem_banner
        qtbot.waitUntil(lambda: not banner.isHidden())
        assert f"The folder of {path} has gone" in banner.label.text()
        assert banner.button.text() == "Save a copy as…"
        rescued = tmp_path / "rescued.sqlite"
        shown.paths.append(rescued)
        banner.button.click()
        assert window.current_path == rescued
        assert banner.isHidden()
        assert "Before" in [p.name for p in network.overview(window.database).partners]
    finally:
        window.shutdown()
    assert shown.errors == []
    assert shown.crashes == []
    assert check(rescued).sound


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX only")
def test_a_copy_cannot_overwrite_the_open_file(tmp_path: Path) -> None:
    path = tmp_path / "city.sqlite"
    with open_database(path) as database:
        for part in ("city.sqlite", "city.sqlite-wal", "city.sqlite-shm", "city.sqlite.lock"):
            with pytest.raises(DatabaseFileError, match="belongs to the lagdesk file"):
                database.save_copy(tmp_path / part)


def test_a_saved_copy_is_one_file(tmp_path: Path) -> None:
    """Like every backup, the copy is out of WAL mode: nothing is needed beside it."""
    path = tmp_path / "city.sqlite"
    with open_database(path) as database:
        _add_partner(database, "Kept")
        copy = database.save_copy(tmp_path / "copy.sqlite")
    assert sorted(p.name for p in tmp_path.glob("copy.sqlite*")) == ["copy.sqlite"]
    assert "Kept" in _partners(copy)
    import sqlite3

    reader = sqlite3.connect(copy)
    try:
        assert reader.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        reader.close()
