"""Ticking the people shown in a photo, so that erasing a person finds their photos."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.meetings import attachments as at
from lagdesk.core.support.folding import fold


class PhotoPeopleDialog(QDialog):
    """Tick the people shown in a photo; those who attended the meeting come first."""

    def __init__(
        self, choices: Sequence[at.PhotoPersonChoice], chosen: Sequence[int], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("People in this photo"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type a name or an organisation"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Find:"), self)
        search_label.setBuddy(self.search)
        self.people = QListWidget(self)
        self.people.setAccessibleName(self.tr("People"))
        marked = set(chosen)
        for choice in choices:
            text = choice.name
            if choice.organisation:
                text = self.tr("{name} ({organisation})").format(
                    name=choice.name, organisation=choice.organisation
                )
            if choice.attended:
                text = self.tr("{person} · attended").format(person=text)
            item = QListWidgetItem(text, self.people)
            item.setData(Qt.ItemDataRole.UserRole, choice.person_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, fold(f"{choice.name} {choice.organisation}"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if choice.person_id in marked else Qt.CheckState.Unchecked
            )
        note = QLabel(
            self.tr("Erasing a person's data also deletes the photos they are marked in here."),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.people, 1)
        column.addWidget(note)
        column.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.resize(420, 480)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in a filled search box ticks the first person found (and does not close
        # the dialog); in an empty one it is OK, as anywhere in the dialog.
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.search.text().strip()
        ):
            self._tick_first_shown()
            return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for index in range(self.people.count()):
            item = self.people.item(index)
            haystack = str(item.data(Qt.ItemDataRole.UserRole + 1))
            item.setHidden(not all(word in haystack for word in words))

    def _tick_first_shown(self) -> None:
        """Enter in the search box ticks the first person found and clears the box."""
        for index in range(self.people.count()):
            item = self.people.item(index)
            if not item.isHidden():
                item.setCheckState(Qt.CheckState.Checked)
                self.search.clear()
                return

    def chosen(self) -> list[int]:
        return sorted(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.people.item(i) for i in range(self.people.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
