"""What the areas' Excel exports and imports share: asking where to write the workbook,
the result in the status bar, the import preview held open until it closes.

The work itself runs off the GUI thread (``BackgroundRunner``); the words stay with each
area's transfers, in their own translation context.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from lagdesk.db.database import Database
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.background import BackgroundRunner
from lagdesk.ui.common.widgets import show_status

#: How long a result stays in the status bar.
STATUS_MS = 15000


class WorkbookTransfers(BackgroundRunner):
    #: The import preview open now, if any (tests reach it here).
    dialog: QDialog | None = None

    def __init__(self, database: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self._database = database
        self.last_export: Path | None = None
        #: The last result or error sentence, also shown to the user.
        self.last_message = ""

    def _say(self, text: str) -> None:
        self.last_message = text
        show_status(self._parent, text, STATUS_MS)

    def _refuse(self, title: str, error: Any) -> None:
        self.last_message = str(error)
        dialogs.show_error(self._parent, title, str(error))

    def _workbook_path(self, title: str, suggested: Path, name_filter: str) -> Path | None:
        """Where to write the workbook, ".xlsx" added to a name typed without it; None when
        the user cancels."""
        path = dialogs.save_file_path(self._parent, title, suggested, name_filter)
        if path is not None and path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        return path

    def _hold_preview(self, dialog: QDialog) -> None:
        """Open the import preview window-modal, held as ``dialog`` until it closes."""
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
