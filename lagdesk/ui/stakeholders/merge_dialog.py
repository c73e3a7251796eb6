"""Merge two duplicates: choose the record to keep, see what moves over, then merge.

Core moves everything that refers to the other record, fills the kept record's empty
fields from it and deletes it, in one transaction; ``undo_merge`` puts it all back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.stakeholders import merge
from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support.labels import label
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import translate
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.undo import UndoContext
from lagdesk.ui.common.widgets import paragraph, show_status
from lagdesk.ui.stakeholders import impact_text
from lagdesk.ui.stakeholders.commands import MergeCommand

Row = sh.PersonRow | sh.OrganisationRow


def row_name(row: Row) -> str:
    if isinstance(row, sh.PersonRow):
        return f"{row.first_name} {row.last_name}".strip()
    return row.name


def _summary(row: Row) -> str:
    if isinstance(row, sh.PersonRow):
        details = [row.organisation, row.role, row.email, row.phone]
    else:
        details = [label(row.sector), row.subtype, row.city, row.email]
    return " · ".join(part for part in details if part)


class MergeDialog(QDialog):
    def __init__(
        self, kind: str, rows: Sequence[Row], impacts: Sequence[sh.DeleteImpact],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.kind = kind
        self.rows = list(rows)
        self._impacts = list(impacts)
        people = kind == "person"
        self.setWindowTitle(self.tr("Merge people") if people else self.tr("Merge organisations"))
        self.setMinimumWidth(520)
        column = QVBoxLayout(self)
        column.addWidget(
            paragraph(
                self.tr("These two look like the same person. Which one do you keep?")
                if people
                else self.tr("These two look like the same organisation. Which one do you keep?")
            )
        )
        self.choice = QButtonGroup(self)
        self.options: list[QRadioButton] = []
        for index, row in enumerate(self.rows):
            option = QRadioButton(self.tr("Keep {name}").format(name=row_name(row)), self)
            option.setObjectName(f"keep_{index}")
            self.choice.addButton(option, index)
            self.options.append(option)
            column.addWidget(option)
            details = QLabel(_summary(row) or self.tr("(no other details)"), self)
            details.setIndent(24)
            details.setEnabled(False)
            column.addWidget(details)
        self.moves = paragraph("")
        self.moves.setObjectName("moves")
        column.addSpacing(8)
        column.addWidget(self.moves)
        column.addWidget(
            paragraph(
                self.tr(
                    "Empty fields of the record you keep are filled from the other one, which "
                    "is then deleted. You can undo the merge with Edit > Undo."
                )
            )
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self.choice.idToggled.connect(self._update)
        self.options[0].setChecked(True)

    @property
    def keep_index(self) -> int:
        return max(self.choice.checkedId(), 0)

    @property
    def keep_id(self) -> int:
        return self.rows[self.keep_index].id

    @property
    def drop_id(self) -> int:
        return self.rows[1 - self.keep_index].id

    def _update(self, *_args: Any) -> None:
        dropped = 1 - self.keep_index
        text = self.tr("{name} goes.").format(name=row_name(self.rows[dropped]))
        self.moves.setText(f"{text} {impact_text.merge_moves(self.kind, self._impacts[dropped])}")


def open_merge(
    kind: str,
    rows: Sequence[Row],
    database: Database,
    undo_stack: QUndoStack,
    context: UndoContext,
    parent: QWidget,
) -> MergeDialog | None:
    """Ask which of two records to keep; Merge does it and puts it on the undo stack."""
    if len(rows) != 2:
        return None
    impact = sh.person_delete_impact if kind == "person" else sh.organisation_delete_impact
    try:
        impacts = [impact(database, row.id) for row in rows]
    except UserError as error:
        context.report(error)
        return None
    dialog = MergeDialog(kind, rows, impacts, parent)

    def merged() -> None:
        keep, drop = dialog.keep_id, dialog.drop_id
        names = {row.id: row_name(row) for row in rows}
        do = merge.merge_people if kind == "person" else merge.merge_organisations
        try:
            result = do(database, keep, drop)
        except UserError as error:
            dialogs.show_user_error(parent, dialog.windowTitle(), error)
            return
        text = translate("Stakeholders", "Merge {dropped} into {kept}").format(
            dropped=names[drop], kept=names[keep]
        )
        undo_stack.push(MergeCommand(context, text, database, result))
        show_status(parent, text)

    dialog.accepted.connect(merged)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
