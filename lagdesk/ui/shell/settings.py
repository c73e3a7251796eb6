"""Where the app keeps window state, recent files and the chosen language (QSettings).

With LAGDESK_SETTINGS_DIR set, settings are an INI file in that folder, so tests and
benchmarks never read or write the user's real settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from lagdesk import APP_NAME, ORGANISATION_NAME

SETTINGS_DIR_ENV = "LAGDESK_SETTINGS_DIR"

GEOMETRY = "window/geometry"
STATE = "window/state"
AREA = "window/area"
RECENT_FILES = "files/recent"
LAST_FOLDER = "files/lastFolder"
BACKUP_FOLDER = "files/backupFolder"
LANGUAGE = "language"

MAX_RECENT_FILES = 8


def configure() -> None:
    """Point QSettings at LAGDESK_SETTINGS_DIR when it is set."""
    directory = os.environ.get(SETTINGS_DIR_ENV)
    if directory:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, directory)


def app_settings() -> QSettings:
    """The app's settings; names are explicit so they do not depend on the QApplication."""
    configure()
    if os.environ.get(SETTINGS_DIR_ENV):
        return QSettings(
            QSettings.Format.IniFormat,
            QSettings.Scope.UserScope,
            ORGANISATION_NAME,
            APP_NAME,
        )
    return QSettings(ORGANISATION_NAME, APP_NAME)


def text_value(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default


def recent_files(settings: QSettings) -> list[Path]:
    """Most recent first. An INI file returns a one-item list as a plain string."""
    value = settings.value(RECENT_FILES, [])
    if isinstance(value, str):
        value = [value] if value else []
    if not isinstance(value, list):
        return []
    return [Path(item) for item in value if isinstance(item, str) and item][:MAX_RECENT_FILES]


def set_recent_files(settings: QSettings, files: list[Path]) -> None:
    settings.setValue(RECENT_FILES, [str(path) for path in files[:MAX_RECENT_FILES]])


def add_recent_file(settings: QSettings, path: Path) -> list[Path]:
    files = [path, *(item for item in recent_files(settings) if item != path)]
    set_recent_files(settings, files)
    return files[:MAX_RECENT_FILES]


def remove_recent_file(settings: QSettings, path: Path) -> list[Path]:
    files = [item for item in recent_files(settings) if item != path]
    set_recent_files(settings, files)
    return files
