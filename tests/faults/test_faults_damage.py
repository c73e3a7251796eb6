"""Damaged files: check names the problem, the CLI exits 1 with a plain message, the app
warns or refuses with a message (never stuck at "Opening…"), a 0-byte file is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from faultkit import Shown, damage_pages, lagdesk, page_of_table, plain_failure
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from lagdesk.core.support.maintenance import check
from lagdesk.db.database import open_database
from lagdesk.db.errors import EmptyDatabaseFileError
from lagdesk.ui.shell import app


def test_a_damaged_table_is_found_by_check_and_named_by_every_command(demo: Path) -> None:
    damage_pages(demo, [page_of_table(demo, "person")])
    checked = lagdesk("check", "--db", str(demo))
    assert checked.returncode == 1
    assert "Traceback" not in checked.stderr + checked.stdout
    assert "damaged" in checked.stderr or "problem(s) found" in checked.stdout
    listed = lagdesk("list", "people", "--db", str(demo))
    plain_failure(listed, str(demo), "damaged")


def test_invalid_utf8_is_a_problem_named_by_table_and_row(demo: Path) -> None:
    with sqlite3.connect(demo) as connection:
        connection.execute("UPDATE person SET first_name = CAST(x'ff41fe' AS TEXT) WHERE id = 3")
    connection.close()
    report = check(demo)
    assert not report.sound
    assert (
        "Table person, row 3: column first_name holds text that is not valid UTF-8."
        in report.problems
    )
    done = lagdesk("check", "--db", str(demo))
    assert done.returncode == 1
    assert "unexpected error" not in done.stderr
    assert "Table person, row 3" in done.stdout


def test_an_empty_file_is_refused_not_filled(tmp_path: Path) -> None:
    empty = tmp_path / "city.sqlite"
    empty.touch()
    with pytest.raises(EmptyDatabaseFileError, match=r"city.sqlite is empty \(0 bytes\)"):
        open_database(empty)
    assert empty.stat().st_size == 0
    for command in ("list", "people"), ("check",):
        done = lagdesk(*command, "--db", str(empty))
        plain_failure(done, "city.sqlite", "empty (0 bytes)")
    assert empty.stat().st_size == 0


class Ready:
    def __init__(self) -> None:
        self.window: QMainWindow | None = None
        self.damage = ""

    def __call__(self, window: QMainWindow) -> None:
        self.window = window
        banner = window.health.damage_banner  # type: ignore[attr-defined]
        window.health.pool.waitForDone()  # type: ignore[attr-defined]
        QApplication.processEvents()
        self.damage = "" if banner.isHidden() else banner.label.text()
        QApplication.instance().quit()


def _break(path: Path, kind: str) -> None:
    data = bytearray(path.read_bytes())
    if kind == "truncated":
        data = data[: len(data) // 3]
    elif kind == "page size":
        data[16:18] = (512).to_bytes(2, "big")
    elif kind == "first page":
        data[100:4096] = bytes(range(256)) * 15 + bytes(range(156))
    path.write_bytes(bytes(data))
    if kind == "version not utf-8":
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE alembic_version SET version_num = CAST(x'ff41' AS TEXT)")
        connection.close()


@pytest.mark.parametrize("kind", ["truncated", "page size", "first page", "version not utf-8"])
def test_the_app_refuses_a_broken_file_with_a_message(
    kind: str, demo: Path, qapp: QApplication, shown: Shown
) -> None:
    _break(demo, kind)
    ready = Ready()
    assert app.run(["--db", str(demo), "--lang", "en"], on_ready=ready) == 1
    ((title, message),) = shown.errors
    assert title == "lagdesk cannot start"
    assert str(demo) in message
    assert shown.crashes == []


def test_the_app_warns_about_a_damaged_table(demo: Path, qapp: QApplication, shown: Shown) -> None:
    damage_pages(demo, [page_of_table(demo, "meeting")])
    ready = Ready()
    assert app.run(["--db", str(demo), "--lang", "en"], on_ready=ready) == 0
    assert f"{demo} is damaged" in ready.damage
    assert "File → Restore from backup…" in ready.damage
    assert f"lagdesk recover --db {demo}" in ready.damage
    assert shown.crashes == []


def test_any_failure_while_opening_ends_the_start(
    demo: Path, qapp: QApplication, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not only a UserError: whatever a broken file makes fail, the window does not stay
    at "Opening…"; a bug ends in the crash dialog, which names the log."""
    from lagdesk.ui.shell import crash, opening

    def broken(*_args: object, **_kwargs: object) -> None:
        raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")

    monkeypatch.setattr(opening, "open_file", broken)
    assert app.run(["--db", str(demo), "--lang", "en"], on_ready=Ready()) == 1
    assert shown.errors == []
    (log_path,) = shown.crashes
    assert log_path is not None
    assert "UnicodeDecodeError" in Path(log_path).read_text(encoding="utf-8")
    assert crash.LOG_FILE_NAME in str(log_path)


def test_the_app_refuses_an_empty_file(tmp_path: Path, qapp: QApplication, shown: Shown) -> None:
    empty = tmp_path / "city.sqlite"
    empty.touch()
    assert app.run(["--db", str(empty), "--lang", "en"], on_ready=Ready()) == 1
    assert "is empty (0 bytes)" in shown.errors[0][1]
    assert empty.stat().st_size == 0


def test_a_new_file_is_still_made_when_none_exists(
    tmp_path: Path, qapp: QApplication, qtbot: QtBot, shown: Shown
) -> None:
    new = tmp_path / "new.sqlite"
    ready = Ready()
    assert app.run(["--db", str(new), "--lang", "en"], on_ready=ready) == 0
    assert check(new).sound
