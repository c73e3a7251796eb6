"""The Versions tab of the Action plan page: saved copies of the plan and their review.

A version is a named snapshot of the whole plan with a status (draft, submitted,
returned, approved). The coordinator saves one before sending the plan to the lead expert,
moves it along the review, and compares any two versions (or a version and the plan now).
Status changes are records of the review, not edits, so they are not undone with Ctrl+Z;
approving and deleting are confirmed instead. Core refuses what the workflow does not
allow and its message is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.plan import versions as pv
from lagdesk.core.support.labels import label
from lagdesk.db.codes import PlanStatus
from lagdesk.db.database import Database
from lagdesk.errors import UserError, ValidationError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.flow_layout import FlowLayout
from lagdesk.ui.common.widgets import FieldMessages, paragraph, show_status
from lagdesk.ui.plan.version_diff import CompareDialog, empty_state
from lagdesk.ui.plan.versions_model import NOTE, VersionTableModel


def suggested_name(versions: list[pv.VersionRow], pattern: str) -> str:
    """``pattern`` ("Version {number}") with the first number not used yet, counting on."""
    used = {version.name.casefold() for version in versions}
    number = len(versions) + 1
    while pattern.format(number=number).casefold() in used:
        number += 1
    return pattern.format(number=number)


class VersionDialog(QDialog):
    """Name and note of a version: saving a new one, or renaming one not yet approved."""

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        version: pv.VersionRow | None = None,
        suggestion: str = "",
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.version = version
        self.saved: pv.VersionRow | None = None
        if version is None:
            self.setWindowTitle(self.tr("Save version"))
            intro = self.tr(
                "A copy of the whole plan as it is now is kept under this name: objectives, "
                "actions, funding, risks, indicators and targets. It starts as a draft."
            )
        else:
            self.setWindowTitle(self.tr("Rename version"))
            intro = self.tr("Change the name or the note of version “{name}”.").format(
                name=version.name
            )
        self.name_edit = QLineEdit(suggestion if version is None else version.name, self)
        self.name_edit.selectAll()
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(
            self.tr("Optional: why it was saved, who it goes to, what changed")
        )
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 5)
        if version is not None:
            self.note_edit.setPlainText(version.note)
        general = QLabel(self)
        self.messages = FieldMessages(general)
        form = QFormLayout()
        self.messages.add_row(form, self.tr("&Name:"), "name", self.name_edit)
        self.messages.add_row(form, self.tr("N&ote:"), "note", self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(paragraph(intro, self))
        column.addLayout(form)
        column.addWidget(general)
        column.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        """Store the version; a problem is shown in the dialog, which stays open."""
        self.messages.clear()
        name, note = self.name_edit.text(), self.note_edit.toPlainText().strip()
        try:
            if self.version is None:
                self.saved = pv.save_version(self.database, name, note=note)
            else:
                self.saved = pv.edit_version(self.database, self.version.id, name=name, note=note)
        except ValidationError as error:
            self.messages.show(error.problems)
            self.name_edit.setFocus()
            return
        except UserError as error:
            self.messages.show_general(str(error))
            return
        super().accept()


class VersionsView(QWidget):
    """The list of saved versions with the review buttons and Compare."""

    def __init__(
        self, database: Database, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._undo = undo_stack
        self.version_dialog: VersionDialog | None = None
        self.compare_dialog: CompareDialog | None = None
        self.model = VersionTableModel(self)
        self._build()
        self._connect()
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.intro = paragraph(
            self.tr(
                "Save a version before you send the plan for review. A version keeps a copy "
                "of the whole plan; compare versions to see what changed since."
            ),
            self,
        )
        self.banner = QLabel(self)
        self.banner.setObjectName("approved_banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(8)
        self.banner.setStyleSheet("QLabel#approved_banner { font-weight: bold; }")
        self.banner.hide()
        self.save_button = QPushButton(self.tr("&Save version…"), self)
        self.submit_button = QPushButton(self.tr("Su&bmit for review"), self)
        self.return_button = QPushButton(self.tr("&Return for changes"), self)
        self.approve_button = QPushButton(self.tr("&Approve…"), self)
        self.rename_button = QPushButton(self.tr("Re&name…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.compare_button = QPushButton(self.tr("&Compare…"), self)
        self.save_button.setToolTip(self.tr("Keep a copy of the plan as it is now"))
        self.submit_button.setToolTip(self.tr("Mark the selected version as sent for review"))
        self.return_button.setToolTip(
            self.tr("Mark the selected version as returned by the reviewer for changes")
        )
        self.approve_button.setToolTip(
            self.tr("Mark the selected version as approved; it can no longer be changed")
        )
        self.compare_button.setToolTip(
            self.tr("See what changed between two versions, or since the selected version")
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Versions"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.empty = empty_state(self)

        buttons = FlowLayout()  # wraps when the words are long
        for button in (
            self.save_button,
            self.submit_button,
            self.return_button,
            self.approve_button,
            self.rename_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.compare_button)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addWidget(self.banner)
        column.addLayout(buttons)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty, 1)
        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.rename_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self.table)
        self.rename_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.compare_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        self.compare_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.open_save_dialog)
        self.submit_button.clicked.connect(lambda: self.set_status(PlanStatus.SUBMITTED))
        self.return_button.clicked.connect(lambda: self.set_status(PlanStatus.RETURNED))
        self.approve_button.clicked.connect(lambda: self.set_status(PlanStatus.APPROVED))
        self.rename_button.clicked.connect(self.open_rename_dialog)
        self.delete_button.clicked.connect(self.delete_version)
        self.compare_button.clicked.connect(self.open_compare)
        self.delete_shortcut.activated.connect(self.delete_version)
        self.rename_shortcut.activated.connect(self.open_rename_dialog)
        self.compare_shortcut.activated.connect(self.open_compare)
        self.table.doubleClicked.connect(lambda _index: self.open_compare())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # A change to the plan after an approved version starts a new draft in core.
        self._undo.indexChanged.connect(self.refresh)

    # -- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the versions, keeping the selected one (the latest when none was)."""
        selected = self.selected_version()
        try:
            rows = pv.versions(self.database)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Versions"), error)
            rows = []
        self.model.set_records(rows)
        row = self.model.row_of(selected.id) if selected is not None else -1
        self.select_row(row if row >= 0 else len(rows) - 1)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        latest = self.model.latest()
        if latest is not None and latest.status == PlanStatus.APPROVED:
            self.banner.setText(
                self.tr(
                    "Version “{name}” is approved. Your next change starts a new draft."
                ).format(name=latest.name)
            )
            self.banner.show()
        else:
            self.banner.hide()
        self._update_buttons()

    def select_row(self, row: int) -> None:
        selection = self.table.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.model.index(row, 0)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def selected_versions(self) -> list[pv.VersionRow]:
        """The selected versions, oldest first."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [version for row in rows if (version := self.model.record_at(row)) is not None]

    def selected_version(self) -> pv.VersionRow | None:
        """The one version the review buttons act on (the current row of the selection)."""
        chosen = self.selected_versions()
        if not chosen:
            return None
        current = self.model.record_at(self.table.currentIndex().row())
        return current if current in chosen else chosen[-1]

    def _update_buttons(self) -> None:
        chosen = self.selected_versions()
        version = self.selected_version() if len(chosen) == 1 else None
        allowed = pv.TRANSITIONS[version.status] if version is not None else frozenset()
        self.submit_button.setEnabled(PlanStatus.SUBMITTED in allowed)
        self.return_button.setEnabled(PlanStatus.RETURNED in allowed)
        self.approve_button.setEnabled(PlanStatus.APPROVED in allowed)
        editable = version is not None and version.editable
        self.rename_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.compare_button.setEnabled(
            1 <= len(chosen) <= 2 or (not chosen and self.model.rowCount() > 0)
        )

    # -- actions --------------------------------------------------------------------------

    def _show_error(self, error: UserError) -> None:
        dialogs.show_user_error(self, self.tr("Versions"), error)
        self.refresh()

    def open_save_dialog(self) -> VersionDialog:
        suggestion = suggested_name(self.model.versions(), self.tr("Version {number}"))
        return self._open_dialog(VersionDialog(self.database, self, suggestion=suggestion))

    def open_rename_dialog(self) -> VersionDialog | None:
        version = self.selected_version()
        if version is None or not version.editable:
            return None
        return self._open_dialog(VersionDialog(self.database, self, version=version))

    def _open_dialog(self, dialog: VersionDialog) -> VersionDialog:
        dialog.accepted.connect(lambda: self._version_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.version_dialog = dialog
        dialog.open()
        return dialog

    def _version_saved(self, dialog: VersionDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self.refresh()
        self.select_row(self.model.row_of(saved.id))
        if dialog.version is None:
            show_status(self, self.tr("Version “{name}” saved.").format(name=saved.name))

    def set_status(self, status: PlanStatus) -> bool:
        """Move the selected version to ``status``; approving is confirmed first."""
        version = self.selected_version()
        if version is None:
            return False
        if status == PlanStatus.APPROVED and not dialogs.confirm(
            self,
            self.tr("Approve version"),
            self.tr(
                "Approve version “{name}”? An approved version can no longer be renamed, "
                "deleted or changed. Later changes to the plan start a new draft."
            ).format(name=version.name),
            self.tr("Approve"),
        ):
            return False
        try:
            changed = pv.set_version_status(self.database, version.id, status)
        except UserError as error:
            self._show_error(error)
            return False
        self.refresh()
        show_status(
            self,
            self.tr("Version “{name}”: {status}.").format(
                name=changed.name, status=label(changed.status)
            ),
        )
        return True

    def delete_version(self) -> bool:
        version = self.selected_version()
        if version is None or not version.editable:
            return False
        if not dialogs.confirm(
            self,
            self.tr("Delete version"),
            self.tr(
                "Delete version “{name}” and the reviews of it? The plan itself does not "
                "change. This cannot be undone."
            ).format(name=version.name),
            self.tr("Delete"),
        ):
            return False
        try:
            pv.delete_version(self.database, version.id)
        except UserError as error:
            self._show_error(error)
            return False
        self.table.selectionModel().clearSelection()
        self.refresh()
        show_status(self, self.tr("Version “{name}” deleted.").format(name=version.name))
        return True

    def open_compare(self) -> CompareDialog | None:
        """Two selected versions: the older with the newer; one: that version with the plan
        now; none: the latest version with the plan now."""
        chosen = self.selected_versions()
        if not chosen:
            latest = self.model.latest()
            if latest is None:
                return None
            chosen = [latest]
        if len(chosen) > 2:
            return None
        old_id = chosen[0].id
        new_id = chosen[1].id if len(chosen) == 2 else None
        dialog = CompareDialog(self.database, self.model.versions(), old_id, new_id, self)
        dialog.finished.connect(dialog.deleteLater)
        self.compare_dialog = dialog
        dialog.open()
        return dialog
