"""File > Restore from backup…: choose one of the file's backups, with a preview of what
it holds next to the current file; the window does the restore (see MainWindow.restore)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.support import backups
from lagdesk.ui.common import dialogs


def reason_in_words(reason: str) -> str:
    """Why a backup was made, as a user reads it."""
    words = {
        backups.OPEN: QCoreApplication.translate("Backups", "On opening"),
        backups.CLOSE: QCoreApplication.translate("Backups", "On closing"),
        backups.MANUAL: QCoreApplication.translate("Backups", "Made by hand"),
        backups.UPGRADE: QCoreApplication.translate("Backups", "Before an upgrade"),
        backups.BEFORE_RESTORE: QCoreApplication.translate("Backups", "Before a restore"),
    }
    return words.get(reason, reason)


def when_in_words(backup: backups.Backup) -> str:
    created = backup.created
    moment = QDateTime(
        created.year, created.month, created.day, created.hour, created.minute, created.second
    )
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def size_in_words(size: int) -> str:
    return QLocale().formattedDataSize(size)


class RestoreDialog(QDialog):
    """The backups of ``path``, newest first; ``chosen`` is the one to restore."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.path = path
        self.backups = backups.list_backups(path)
        self.chosen: Path | None = None
        self._current = backups.record_counts(path)

        intro = QLabel(
            self.tr(
                "Choose a backup of {name}. The file as it is now is kept beside it, so a "
                "restore can be undone by restoring that."
            ).format(name=path.name)
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(len(self.backups), 3)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, backup in enumerate(self.backups):
            size = QTableWidgetItem(size_in_words(backup.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            when = QTableWidgetItem(when_in_words(backup))
            when.setToolTip(str(backup.path))
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(reason_in_words(backup.reason)))
            self.table.setItem(row, 2, size)

        self.preview = QTableWidget(len(backups.PREVIEW_TABLES), 2)
        self.preview.setObjectName("preview_table")
        self.preview.setHorizontalHeaderLabels([self.tr("This backup"), self.tr("Now")])
        self.preview.setVerticalHeaderLabels(
            [
                self.tr("People"),
                self.tr("Organisations"),
                self.tr("Meetings"),
                self.tr("Actions"),
                self.tr("Indicators"),
            ]
        )
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._fill_preview(None)

        self.empty = QLabel(self.tr("There are no backups of this file yet."))
        self.empty.setVisible(not self.backups)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self._restore_chosen)
        self.buttons.rejected.connect(self.reject)

        lists = QHBoxLayout()
        lists.addWidget(self.table, 3)
        lists.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addLayout(lists)
        layout.addWidget(self.buttons)
        self.resize(760, 420)

        self.table.itemSelectionChanged.connect(self._selection_changed)
        if self.backups:
            self.table.selectRow(0)
        self.table.setFocus()

    def selected(self) -> backups.Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(backup is not None)
        self._fill_preview(backup)

    def _fill_preview(self, backup: backups.Backup | None) -> None:
        counts = backups.record_counts(backup.path) if backup is not None else {}
        for row, table in enumerate(backups.PREVIEW_TABLES):
            for column, number in enumerate((counts.get(table), self._current.get(table))):
                text = "–" if number is None else QLocale().toString(number)
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.preview.setItem(row, column, item)

    def _restore_chosen(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        question = self.tr(
            "Replace {name} with the backup made {when}? The file as it is now will be kept "
            "beside it."
        ).format(name=self.path.name, when=when_in_words(backup))
        if dialogs.confirm(self, self.tr("Restore from backup"), question, self.tr("Restore")):
            self.chosen = backup.path
            self.accept()
