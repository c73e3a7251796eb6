"""Any file name the system allows opens that very file, in the library, the CLI and the window.

A database URL built from a string would decode "%20" and cut the name at "?" or "#".
"""

import os
import sqlite3
from pathlib import Path

import pytest

from lagdesk.cli import main
from lagdesk.core.support.maintenance import check
from lagdesk.db.database import MAX_PATH_BYTES, open_database
from lagdesk.db.errors import PathTooLongError

NAMES = [
    "K%20group.sqlite",
    "what?.sqlite",
    "plan#2.sqlite",
    "local group 2024.sqlite",
    "Grupa działania – Łódź ЛГД.sqlite",
    "a%3Fb?mode=ro&x=#y.sqlite",
]


def people_in(path: Path) -> int:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        connection.close()


@pytest.mark.parametrize("name", NAMES)
def test_open_database_creates_exactly_the_named_file(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / name
    with open_database(path) as db, db.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO person (last_name) VALUES ('Nowak')")
    files = sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert files == [name]
    assert people_in(path) == 1
    assert check(path).sound


@pytest.mark.parametrize("name", NAMES)
def test_cli_writes_and_reads_the_named_file(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    assert main(["list", "people", "--db", str(path), "--format", "json"]) == 0
    listed = capsys.readouterr().out
    assert people_in(path) > 0
    assert listed.count('"id"') == people_in(path)
    assert main(["check", "--db", str(path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite") == [name]


def deep_folder(root: Path, length: int) -> Path:
    """A folder whose path is about ``length`` bytes, in Polish folder names."""
    folder = root
    index = 0
    while len(os.fsencode(folder)) < length - 60:
        folder = folder / f"{index:02d}-długa nazwa"
        index += 1
    folder.mkdir(parents=True)
    return folder


def test_a_long_path_opens(tmp_path: Path) -> None:
    folder = deep_folder(tmp_path, MAX_PATH_BYTES)
    name = "plan"
    while len(os.fsencode(folder / (name + "x.sqlite"))) <= MAX_PATH_BYTES:
        name += "x"
    path = folder / (name + ".sqlite")
    assert len(os.fsencode(path)) == MAX_PATH_BYTES
    with open_database(path) as db, db.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO person (last_name) VALUES ('Ozola')")
    assert people_in(path) == 1


def test_a_path_too_long_for_sqlite_is_refused_with_its_cause(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = deep_folder(tmp_path, 1200)
    path = folder / "plan.sqlite"
    with pytest.raises(PathTooLongError) as refused:
        open_database(path)
    assert f"{len(os.fsencode(path))} bytes long" in str(refused.value)
    assert not path.exists()
    assert main(["demo", "--db", str(path)]) == 1
    assert "bytes long" in capsys.readouterr().err


def test_the_window_opens_a_name_with_percent_and_question_mark(tmp_path: Path) -> None:
    from lagdesk.ui.shell.opening import open_file

    path = tmp_path / "K%20group?.sqlite"
    opened = open_file(path)
    try:
        assert opened.path == path.resolve()
    finally:
        opened.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite") == [path.name]
