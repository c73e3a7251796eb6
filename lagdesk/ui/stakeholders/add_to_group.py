"""Add the selected people to a group, from a date, with a role: one transaction, one undo."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.core.support.labels import choices
from lagdesk.db.codes import MemberRole
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import TextContext, translate
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.text import counted
from lagdesk.ui.common.undo import UndoContext
from lagdesk.ui.common.widgets import DateEdit, show_status
from lagdesk.ui.stakeholders.commands import AddToGroupCommand

# The context of the counted texts below (see ``TextContext``).
Stakeholders = TextContext("Stakeholders")


def flat_groups(nodes: Sequence[sh.GroupNode], depth: int = 0) -> list[tuple[int, str, int]]:
    """(id, name, depth) of every group, in tree order."""
    found: list[tuple[int, str, int]] = []
    for node in nodes:
        found.append((node.id, node.name, depth))
        found += flat_groups(node.children, depth + 1)
    return found


class AddToGroupDialog(QDialog):
    def __init__(
        self, count: int, groups: Sequence[tuple[int, str, int]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            counted(
                self.tr("Add %n people to a group", "", count), count, "Add 1 person to a group"
            )
        )
        self.setMinimumWidth(420)
        self.group = QComboBox(self)
        for group_id, name, depth in groups:
            self.group.addItem("    " * depth + name, group_id)
        self.joined_on = DateEdit(self)
        self.role = QComboBox(self)
        for code, text in choices(MemberRole):
            self.role.addItem(text, code)
        form = QFormLayout(self)
        form.addRow(self.tr("&Group:"), self.group)
        form.addRow(self.tr("&Joined on:"), self.joined_on)
        form.addRow(self.tr("&Role:"), self.role)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(groups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)


def open_add_to_group(
    person_ids: Sequence[int],
    database: Database,
    undo_stack: QUndoStack,
    context: UndoContext,
    parent: QWidget,
) -> AddToGroupDialog | None:
    if not person_ids:
        return None
    try:
        groups = flat_groups(sh.group_tree(database))
    except UserError as error:
        context.report(error)
        return None
    if not groups:
        dialogs.show_information(
            parent,
            translate("Stakeholders", "Add to group"),
            translate(
                "Stakeholders", "There are no groups yet. Create one on the Groups tab first."
            ),
        )
        return None
    dialog = AddToGroupDialog(len(person_ids), groups, parent)

    def add() -> None:
        group_id = dialog.group.currentData()
        group_name = dialog.group.currentText().strip()
        try:
            added = sh.add_people_to_group(
                database,
                group_id,
                list(person_ids),
                dialog.joined_on.date_value(),
                MemberRole(dialog.role.currentData()),
            )
            wanted = set(added)
            memberships = [
                m for m in store.find(database, r.GroupMembership, group_id=group_id)
                if m.id in wanted
            ]  # fmt: skip
        except UserError as error:
            dialogs.show_user_error(parent, dialog.windowTitle(), error)
            return
        n = len(memberships)
        text = counted(
            Stakeholders.tr("Add %n people to {group}", "", n),
            n,
            "Add 1 person to {group}",
        ).format(group=group_name)
        if memberships:
            undo_stack.push(AddToGroupCommand(context, text, memberships))
        message = counted(
            Stakeholders.tr("Added %n people to {group}.", "", n),
            n,
            "Added 1 person to {group}.",
        ).format(group=group_name)
        skipped = len(set(person_ids)) - n
        if skipped:
            message += " " + counted(
                Stakeholders.tr("%n were members already.", "", skipped),
                skipped,
                "1 was a member already.",
            )
        show_status(parent, message, 8000)

    dialog.accepted.connect(add)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
