"""File > Settings…: what lagdesk keeps for the open file, starting with its backups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.support import backups


class SettingsDialog(QDialog):
    """Where the backups of ``path`` are, how many and how large, and which are kept."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.folder = backups.backups_folder(path)
        found = backups.list_backups(path)

        group = QGroupBox(self.tr("Backups"))
        form = QFormLayout(group)
        self.folder_label = QLabel(str(self.folder))
        self.folder_label.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("&Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        where = QHBoxLayout()
        where.addWidget(self.folder_label, 1)
        where.addWidget(self.open_folder_button)
        form.addRow(self.tr("Kept in:"), where)
        self.count_label = QLabel(QLocale().toString(len(found)))
        form.addRow(self.tr("Backups of this file:"), self.count_label)
        self.size_label = QLabel(QLocale().formattedDataSize(sum(b.size for b in found)))
        form.addRow(self.tr("Space they take:"), self.size_label)
        rule = QLabel(
            self.tr(
                "A backup is made when the file is first opened each day and when it is "
                "closed after changes. Kept: the last {last}, one a day for {days} days, one a "
                "week for {weeks} weeks and one a month for {months} months, within {cap} "
                "(or {copies} times the file's size, if more)."
            ).format(
                last=backups.KEEP_LAST,
                days=backups.KEEP_DAYS,
                weeks=backups.KEEP_WEEKS,
                months=backups.KEEP_MONTHS,
                cap=QLocale().formattedDataSize(backups.SIZE_CAP_BYTES),
                copies=backups.SIZE_CAP_COPIES,
            )
        )
        rule.setWordWrap(True)
        form.addRow(rule)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addWidget(buttons)
        self.resize(560, 280)

    def open_folder(self) -> bool:
        """Show the backups folder in the system's file manager (made first if need be)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
