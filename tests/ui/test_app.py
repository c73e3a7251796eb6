"""Start-up: arguments, settings folder, the file lock, errors at open, the crash dialog."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMainWindow
from uihelpers import FakeDialogs

from lagdesk.core.support import paths
from lagdesk.core.support.file_lock import lock_path
from lagdesk.ui.shell import app, crash, settings
from lagdesk.ui.shell.areas import Area
from lagdesk.ui.shell.opening import open_file


class Shown:
    """on_shown for run(): note what the window shows, then quit."""

    def __init__(self) -> None:
        self.title = ""
        self.built: list[Area] = []

    def __call__(self, window: QMainWindow) -> None:
        self.title = window.windowTitle()
        self.built = [area for area in Area if window.page(area) is not None]  # type: ignore[attr-defined]
        QApplication.instance().quit()


def test_run_opens_the_window_on_the_file(qapp: QApplication, tmp_path: Path) -> None:
    hook_before = sys.excepthook
    shown = Shown()
    path = tmp_path / "Koszalin.sqlite"
    assert app.run(["--db", str(path), "--lang", "en"], on_ready=shown) == 0
    assert shown.title == "Koszalin.sqlite — lagdesk"
    assert shown.built == [Area.NETWORK]
    assert path.is_file()
    assert not lock_path(path).exists()
    assert sys.excepthook is hook_before
    assert (paths.log_dir() / crash.LOG_FILE_NAME).is_file()
    assert qapp.applicationName() == "lagdesk"


def test_run_uses_the_default_file_in_the_data_folder(qapp: QApplication) -> None:
    shown = Shown()
    assert app.run([], on_ready=shown) == 0
    assert shown.title == "lagdesk.sqlite — lagdesk"
    assert paths.default_database_path().is_file()


def test_settings_go_to_the_folder_named_by_the_environment(isolated_dirs: Path) -> None:
    stored = settings.app_settings()
    stored.setValue("probe", "yes")
    stored.sync()
    assert stored.format() == QSettings.Format.IniFormat
    assert Path(stored.fileName()).is_relative_to(isolated_dirs / "settings")


def test_a_text_file_is_refused_with_a_message(
    qapp: QApplication, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    notes = tmp_path / "minutes.txt"
    notes.write_text("Minutes of the local group meeting\n", encoding="utf-8")
    assert app.run(["--db", str(notes)], on_ready=Shown()) == 1
    ((title, message),) = fake_dialogs.errors
    assert title == "lagdesk cannot start"
    assert "minutes.txt is not a lagdesk database" in message
    assert not lock_path(notes).exists()


def test_a_file_open_in_another_lagdesk_is_refused(
    qapp: QApplication, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    path = tmp_path / "Koszalin.sqlite"
    first = open_file(path)
    try:
        assert app.run(["--db", str(path)], on_ready=Shown()) == 1
    finally:
        first.close()
    assert "already open in another lagdesk window" in fake_dialogs.errors[0][1]


def test_an_unknown_language_is_a_usage_error() -> None:
    with pytest.raises(SystemExit):
        app.parse_arguments(["--lang", "xx"])
    assert app.parse_arguments(["--lang", "pl_PL"]).lang == "pl"


def test_language_comes_from_the_argument_then_the_settings(isolated_dirs: Path) -> None:
    stored = settings.app_settings()
    stored.setValue(settings.LANGUAGE, "lv")
    assert app.choose_language("ro", stored) == "ro"
    assert app.choose_language(None, stored) == "lv"
    stored.setValue(settings.LANGUAGE, "klingon")
    assert app.choose_language(None, stored) in {"en", "pl", "lv", "ro", "bg"}


def test_a_bug_is_logged_and_named_in_the_crash_dialog(
    qapp: QApplication, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    log_file = crash.start_logging(tmp_path / "logs")
    assert log_file is not None
    handler = crash.CrashHandler(log_file)
    before = sys.excepthook
    handler.install()
    try:
        assert sys.excepthook is handler
        try:
            raise ZeroDivisionError("share of an empty group")
        except ZeroDivisionError as error:
            handler(type(error), error, error.__traceback__)
    finally:
        handler.uninstall()
        crash.stop_logging()
    assert sys.excepthook is before
    assert fake_dialogs.crashes == [log_file]
    logged = log_file.read_text(encoding="utf-8")
    assert "ZeroDivisionError: share of an empty group" in logged
    assert "Traceback" in logged


def test_start_up_imports_no_export_or_migration_libraries(tmp_path: Path) -> None:
    """Checked in a fresh interpreter: this test session may have imported them already."""
    path = tmp_path / "Koszalin.sqlite"
    open_file(path).close()
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from lagdesk.ui.shell.app import run\n"
        "def shown(window):\n"
        "    heavy = ('matplotlib', 'openpyxl', 'docx', 'alembic', 'lagdesk.ui.exports.page')\n"
        "    print(sorted(name for name in heavy if name in sys.modules))\n"
        "    QApplication.instance().quit()\n"
        f"sys.exit(run(['--db', {str(path)!r}], on_ready=shown))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_window_is_on_screen_before_the_storage_layer_loads(tmp_path: Path) -> None:
    """Fast start: the window shows "Opening…" first; SQLAlchemy loads in the next turn."""
    path = tmp_path / "Koszalin.sqlite"
    open_file(path).close()
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from lagdesk.ui.shell.app import run\n"
        "seen = []\n"
        "def shown(window):\n"
        "    seen.append(('shown', 'sqlalchemy' in sys.modules, window.is_open))\n"
        "def ready(window):\n"
        "    seen.append(('ready', 'sqlalchemy' in sys.modules, window.is_open))\n"
        "    QApplication.instance().quit()\n"
        f"code = run(['--db', {str(path)!r}], on_shown=shown, on_ready=ready)\n"
        "print(seen)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == (
        "[('shown', False, False), ('ready', True, True)]"
    )


def test_a_long_log_is_rotated_at_start(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    log_file = folder / crash.LOG_FILE_NAME
    log_file.write_bytes(b"x" * crash.MAX_LOG_BYTES)
    (folder / f"{crash.LOG_FILE_NAME}.1").write_text("older", encoding="utf-8")
    try:
        assert crash.start_logging(folder) == log_file
    finally:
        crash.stop_logging()
    assert log_file.stat().st_size < crash.MAX_LOG_BYTES
    assert (folder / f"{crash.LOG_FILE_NAME}.1").stat().st_size == crash.MAX_LOG_BYTES
    assert (folder / f"{crash.LOG_FILE_NAME}.2").read_text(encoding="utf-8") == "older"


def test_a_new_file_starts_with_the_indicator_library(tmp_path: Path) -> None:
    from lagdesk.core.indicators.library import indicator_rows
    from lagdesk.core.indicators.preloaded import LIBRARY
    from lagdesk.ui.shell.opening import open_file

    path = tmp_path / "new.sqlite"
    opened = open_file(path)
    try:
        rows = indicator_rows(opened.database)
    finally:
        opened.close()
    assert len(rows) == len(LIBRARY)
    assert all(row.indicator.library_key for row in rows)
    # An existing file is not filled again, even if its user deleted the library.
    from lagdesk.core.indicators.library import delete_indicator

    opened = open_file(path)
    try:
        delete_indicator(opened.database, rows[0].indicator.id)
    finally:
        opened.close()
    opened = open_file(path)
    try:
        assert len(indicator_rows(opened.database)) == len(LIBRARY) - 1
    finally:
        opened.close()
