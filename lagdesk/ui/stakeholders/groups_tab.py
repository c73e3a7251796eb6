"""The Groups tab: the group tree, the chosen group's members and its make-up today."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.stakeholders import composition as comp
from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support import deletion, store
from lagdesk.core.support import records as r
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.flow_layout import FlowLayout
from lagdesk.ui.common.models import ID_ROLE
from lagdesk.ui.common.undo import SaveRecordCommand, UndoableWidget, UndoContext
from lagdesk.ui.common.widgets import show_status
from lagdesk.ui.stakeholders.add_to_group import flat_groups
from lagdesk.ui.stakeholders.commands import DeleteStakeholderCommand, push_all
from lagdesk.ui.stakeholders.composition_panel import CompositionPanel
from lagdesk.ui.stakeholders.group_dialog import GroupDialog, GroupEdit
from lagdesk.ui.stakeholders.group_models import GroupTreeModel
from lagdesk.ui.stakeholders.impact_text import group_delete_question
from lagdesk.ui.stakeholders.members_panel import MembersPanel


class GroupsTab(UndoableWidget):
    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        context: UndoContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, undo_stack, context, parent)
        self._tree: list[sh.GroupNode] = []
        self.dialog: GroupDialog | None = None
        self._build()

    def _build(self) -> None:
        self.model = GroupTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("groups")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Groups"))
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 0px; }")
        self.tree.header().setStretchLastSection(False)
        self.new_button = QPushButton(self.tr("&New group…"), self)
        self.edit_button = QPushButton(self.tr("Ed&it group…"), self)
        self.delete_button = QPushButton(self.tr("&Delete group"), self)
        buttons = FlowLayout()  # wraps when the words are long
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addLayout(buttons)
        left_column.addWidget(self.tree, 1)

        self.members_box = QGroupBox(self.tr("Members"), self)
        self.members = MembersPanel(self.members_box)
        QVBoxLayout(self.members_box).addWidget(self.members)
        self.composition_box = QGroupBox(self.tr("Make-up of the group today"), self)
        self.composition = CompositionPanel(self.composition_box)
        QVBoxLayout(self.composition_box).addWidget(self.composition)
        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.members_box, 1)
        right_column.addWidget(self.composition_box)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 700])
        splitter.setChildrenCollapsible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(splitter)

        self.new_button.clicked.connect(self.new_group)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.tree.activated.connect(lambda _index: self.edit_selected())
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        self.tree.selectionModel().currentRowChanged.connect(self._group_chosen)
        self.members.end_requested.connect(self.end_membership)

    # -- showing -----------------------------------------------------------------------

    def groups(self) -> list[tuple[int, str, int]]:
        return flat_groups(self._tree)

    def selected_id(self) -> int | None:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def select_group(self, group_id: int | None) -> None:
        index = self.model.index_of(group_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def set_tree(self, tree: list[sh.GroupNode]) -> None:
        """The groups as the page read them; shown at the next ``refresh``."""
        self._tree = tree

    def refresh(self) -> None:
        chosen = self.selected_id()
        self.model.set_groups(self._tree)
        self.tree.expandAll()
        header = self.tree.header()  # new columns each time: set their sizing again
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        if chosen is None and self._tree:
            chosen = self._tree[0].id
        self.select_group(chosen)
        self._group_chosen(self.tree.currentIndex())

    def _group_chosen(self, index: QModelIndex) -> None:
        group_id = self.selected_id()
        self.edit_button.setEnabled(group_id is not None)
        self.delete_button.setEnabled(group_id is not None)
        if group_id is None:
            self.members_box.setTitle(self.tr("Members"))
            self.members.set_members([])
            self.composition.show_composition(None)
            return
        name = index.siblingAtColumn(0).data() if index.isValid() else ""
        self.members_box.setTitle(self.tr("Members of {group}").format(group=name))
        try:
            self.members.set_members(sh.group_members(self._database, group_id))
            self.composition.show_composition(comp.group_composition(self._database, group_id))
        except UserError as error:
            self._context.report(error)

    # -- changes -----------------------------------------------------------------------

    def new_group(self) -> GroupDialog:
        return self.open_form(r.StakeholderGroup(name="", parent_id=self.selected_id()))

    def edit_selected(self) -> GroupDialog | None:
        group_id = self.selected_id()
        if group_id is None:
            return None
        try:
            group = store.get(self._database, r.StakeholderGroup, group_id)
            members = sh.group_members(self._database, group_id)
        except UserError as error:
            self._context.report(error)
            return None
        dialog = self.open_form(group)
        dialog.members.set_members(members)
        return dialog

    def open_form(self, group: r.StakeholderGroup) -> GroupDialog:
        before = None if group.id is None else group

        def submit(loaded: r.StakeholderGroup | None, edit: GroupEdit) -> list[SaveRecordCommand]:
            saved = store.update(self._database, loaded, edit.group)
            commands = []
            if loaded is None:
                commands.append(SaveRecordCommand(self._context, "", None, saved))
            elif store.changed_fields(loaded, edit.group):
                undone = store.as_before_edit(saved, loaded, edit.group)
                commands.append(SaveRecordCommand(self._context, "", undone, saved))
            for membership_id, day in edit.ending.items():
                commands.append(self._end(membership_id, day))
            return commands

        dialog = GroupDialog(group, self._tree, self.groups(), submit, self)
        self.dialog = dialog

        def stored() -> None:
            name = dialog.edit().group.name
            text = (
                self.tr("Add group {name}") if before is None else self.tr("Edit group {name}")
            ).format(name=name)
            push_all(self._undo, text, dialog.saved)
            show_status(self, self.tr("Group {name} saved.").format(name=name))

        dialog.accepted.connect(stored)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _end(self, membership_id: int, day: date) -> SaveRecordCommand:
        before = store.get(self._database, r.GroupMembership, membership_id)
        sh.end_membership(self._database, membership_id, day)
        after = store.get(self._database, r.GroupMembership, membership_id)
        return SaveRecordCommand(self._context, "", before, after)

    def end_membership(self, membership_id: int, day: date) -> None:
        member = self.members.selected()
        name = member.name if member is not None else ""
        try:
            command = self._end(membership_id, day)
        except UserError as error:
            self._context.report(error)
            return
        command.setText(self.tr("End the membership of {name}").format(name=name))
        self._undo.push(command)

    def delete_selected(self) -> bool:
        group_id = self.selected_id()
        if group_id is None:
            return False
        try:
            group = store.get(self._database, r.StakeholderGroup, group_id)
            impact = sh.group_delete_impact(self._database, group_id)
        except UserError as error:
            self._context.report(error)
            return False
        question = group_delete_question(group.name, impact)
        if not dialogs.confirm(self, self.tr("Delete group"), question, self.tr("Delete")):
            return False
        try:
            deleted = deletion.delete_with_snapshot(self._database, r.StakeholderGroup, group_id)
        except UserError as error:
            self._context.report(error)
            return False
        text = self.tr("Delete group {name}").format(name=group.name)
        self._undo.push(DeleteStakeholderCommand(self._context, text, self._database, deleted))
        return True
