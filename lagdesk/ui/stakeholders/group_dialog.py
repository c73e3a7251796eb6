"""The group form: name, kind, parent group, description, and its members with dates.

Memberships ended here are stored with the form, when it is saved.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support import records as r
from lagdesk.core.support.labels import choices
from lagdesk.db.codes import GroupKind
from lagdesk.ui.common.record_dialog import Submit
from lagdesk.ui.stakeholders.dialog_base import StakeholderDialog
from lagdesk.ui.stakeholders.members_panel import MembersPanel


@dataclass(frozen=True)
class GroupEdit:
    group: r.StakeholderGroup
    #: membership id -> the day it ends
    ending: dict[int, date]


def below(nodes: Sequence[sh.GroupNode], group_id: int | None) -> set[int]:
    """The group and every group under it (none of them can be its parent)."""
    found: set[int] = set()

    def walk(items: Sequence[sh.GroupNode], inside: bool) -> None:
        for node in items:
            here = inside or node.id == group_id
            if here:
                found.add(node.id)
            walk(node.children, here)

    walk(nodes, False)
    return found


class GroupDialog(StakeholderDialog):
    def __init__(
        self,
        group: r.StakeholderGroup,
        tree: Sequence[sh.GroupNode],
        groups: Sequence[tuple[int, str, int]],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, group, parent)
        self._group = group
        is_new = group.id is None
        self.setWindowTitle(
            self.tr("New group") if is_new else self.tr("{name} — group").format(name=group.name)
        )
        self.name = QLineEdit(group.name, self)
        self.name.setPlaceholderText(self.tr("for example: Working group on social clauses"))
        self.kind = QComboBox(self)
        for code, text in choices(GroupKind):
            self.kind.addItem(text, code)
        self.kind.setCurrentIndex(max(self.kind.findData(group.kind), 0))
        self.parent_group = QComboBox(self)
        self.parent_group.addItem(self.tr("(none: a top-level group)"), None)
        excluded = below(tree, group.id) if group.id is not None else set()
        for group_id, name, depth in groups:
            if group_id not in excluded:
                self.parent_group.addItem("    " * depth + name, group_id)
        self.parent_group.setCurrentIndex(max(self.parent_group.findData(group.parent_id), 0))
        self.description = QPlainTextEdit(group.description, self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        self.add_row(self.tr("&Name:"), "name", self.name)
        self.add_row(self.tr("&Kind:"), "kind", self.kind)
        self.add_row(self.tr("&Part of:"), "parent_id", self.parent_group)
        self.add_row(self.tr("De&scription:"), "description", self.description)
        self.members = MembersPanel(self)
        self.members.end_requested.connect(self.members.mark_ending)
        self.tabs.addTab(self.members, self.tr("&Members"))
        self.tabs.setTabEnabled(1, not is_new)
        self.resize(640, 480)
        self.name.setFocus()

    def edit(self) -> GroupEdit:
        group = dataclasses.replace(
            self._group,
            name=self.name.text().strip(),
            kind=GroupKind(self.kind.currentData()),
            parent_id=self.parent_group.currentData(),
            description=self.description.toPlainText().strip(),
        )
        return GroupEdit(group, dict(self.members.model.ending))
