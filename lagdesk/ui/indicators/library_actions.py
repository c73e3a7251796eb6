"""What the Indicators page does with the indicator library: a new indicator, an edit, a
delete, each stored through core and then put on the undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from lagdesk.core.indicators import library as indicators
from lagdesk.core.indicators.library import IndicatorDetail
from lagdesk.core.support import records
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.undo import ChangeCommand
from lagdesk.ui.indicators.commands import (
    DeleteIndicatorCommand,
    EditIndicatorCommand,
    NewIndicatorCommand,
)
from lagdesk.ui.indicators.indicator_dialog import IndicatorDialog

Report = Callable[[Exception], None]


class IndicatorActions(QObject):
    """``saved`` and ``deleted`` are emitted just before the undo step is pushed (the push
    reloads the page), so the page can say what to select then."""

    saved = Signal(object)  # IndicatorDetail
    deleted = Signal(int)  # the indicator's id

    def __init__(
        self, database: Database, undo_stack: QUndoStack, report: Report, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._undo = undo_stack
        self._report = report
        self._parent = parent
        #: The indicator dialog last opened (tests reach it here).
        self.dialog: IndicatorDialog | None = None

    def new_indicator(self) -> IndicatorDialog | None:
        """Open the dialog on a blank indicator with a free code; stored (and undoable) on
        Save."""
        try:
            detail = indicators.new_indicator_detail(self._database)
        except UserError as error:
            self._report(error)
            return None
        return self._open_dialog(detail)

    def open_indicator(self, indicator_id: int) -> IndicatorDialog | None:
        try:
            detail = indicators.load_indicator_detail(self._database, indicator_id)
        except UserError as error:
            self._report(error)
            return None
        return self._open_dialog(detail)

    def _open_dialog(self, detail: IndicatorDetail) -> IndicatorDialog | None:
        try:
            choices = indicators.indicator_choices(self._database)
        except UserError as error:
            self._report(error)
            return None
        dialog = IndicatorDialog(self._database, detail, choices, self._parent)
        dialog.accepted.connect(lambda: self._indicator_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _indicator_saved(self, dialog: IndicatorDialog) -> None:
        saved = dialog.saved
        if saved is None or saved.id is None:
            return
        code = saved.indicator.code
        if dialog.before.id is None:
            text = self.tr("New indicator {code}").format(code=code)
            command: ChangeCommand = NewIndicatorCommand(
                self._database, text, saved.id, self._report
            )
        else:
            text = self.tr("Edit indicator {code}").format(code=code)
            command = EditIndicatorCommand(self._database, text, dialog.before, saved, self._report)
        self.saved.emit(saved)
        self._undo.push(command)

    def delete_indicator(self, indicator: records.Indicator) -> str | None:
        """Delete ``indicator`` with its measurements, milestones and links (asking first
        when it has measurements); undo puts all of it back. The undo text, or None when
        nothing was deleted."""
        if indicator.id is None:
            return None
        try:
            count = indicators.measurement_count(self._database, indicator.id)
        except UserError as error:
            self._report(error)
            return None
        if count and not dialogs.confirm(
            self._parent,
            self.tr("Delete indicator"),
            self.tr(
                "Delete indicator {code} “{name}” and its {count} measurements? "
                "You can undo this with Ctrl+Z."
            ).format(code=indicator.code, name=indicator.name, count=count),
            self.tr("Delete"),
        ):
            return None
        try:
            snapshot = indicators.delete_indicator(self._database, indicator.id)
        except UserError as error:
            dialogs.show_user_error(self._parent, self.tr("Delete indicator"), error)
            return None
        text = self.tr("Delete indicator {code}").format(code=indicator.code)
        self.deleted.emit(indicator.id)
        self._undo.push(DeleteIndicatorCommand(self._database, text, snapshot, self._report))
        return text
