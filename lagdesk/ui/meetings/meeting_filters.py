"""The Meetings page's filters: the type, the first and last day, and the invited group.

They sit in a row of their own that wraps when the words are long; the search box is on
the page's title line. ``changed`` whenever one of them is changed by the user.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from lagdesk.core.meetings import overview as mt
from lagdesk.core.support.labels import choices
from lagdesk.db.codes import MeetingType
from lagdesk.i18n import translate
from lagdesk.ui.common.flow_layout import FlowLayout, labelled
from lagdesk.ui.common.widgets import OptionalDateEdit


class MeetingFilters(QWidget):
    """Type, From, To and Group, each with its Alt+letter label."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The texts keep the context of the Meetings page they were first written in.
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("type_filter")
        self.type_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.type_combo.setMinimumContentsLength(16)
        self.type_combo.addItem(translate("MeetingsPage", "All types"), None)
        for code, text in choices(MeetingType):
            self.type_combo.addItem(text, code.value)
        self.from_date = OptionalDateEdit(self)
        self.from_date.setObjectName("from_date")
        self.from_date.setToolTip(
            translate("MeetingsPage", "Meetings starting on or after this day")
        )
        self.to_date = OptionalDateEdit(self)
        self.to_date.setObjectName("to_date")
        self.to_date.setToolTip(
            translate("MeetingsPage", "Meetings starting on or before this day")
        )
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("group_filter")
        self.group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group_combo.setMinimumContentsLength(16)
        self.group_combo.setToolTip(
            translate("MeetingsPage", "Meetings that invited this group or a subgroup")
        )
        self.group_combo.addItem(translate("MeetingsPage", "All groups"), None)
        # Wraps when the words are long; 8 pixels apart, as the rows of the page are.
        row = FlowLayout(self, spacing=8)
        pairs: list[tuple[str, QWidget]] = [
            (translate("MeetingsPage", "T&ype:"), self.type_combo),
            (translate("MeetingsPage", "F&rom:"), self.from_date),
            (translate("MeetingsPage", "&To:"), self.to_date),
            (translate("MeetingsPage", "&Group:"), self.group_combo),
        ]
        for text, field in pairs:
            row.addWidget(labelled(label_for(field, text, self), field, self))
        self.type_combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.group_combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.from_date.changed.connect(self.changed)
        self.to_date.changed.connect(self.changed)

    def meeting_filter(self, text: str) -> mt.MeetingFilter:
        """The filter core applies: these four and the search box's ``text``."""
        code = self.type_combo.currentData()
        return mt.MeetingFilter(
            types=frozenset({MeetingType(code)}) if code else frozenset(),
            start=self.from_date.date_value(),
            end=self.to_date.date_value(),
            group_id=self.group_combo.currentData(),
            text=text,
        )

    def clear(self) -> None:
        """Every filter back to "all", without a ``changed``."""
        widgets = (self.type_combo, self.group_combo, self.from_date, self.to_date)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.type_combo.setCurrentIndex(0)
            self.group_combo.setCurrentIndex(0)
            self.from_date.set_date_value(None)
            self.to_date.set_date_value(None)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def set_groups(self, groups: Sequence[tuple[int, str, int]]) -> None:
        """The register's groups (id, name, depth in the tree); the chosen one stays."""
        chosen = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(translate("MeetingsPage", "All groups"), None)
        for group_id, name, depth in groups:
            self.group_combo.addItem("    " * depth + name, group_id)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(chosen), 0))
        self.group_combo.blockSignals(False)


def label_for(field: QWidget, text: str, parent: QWidget) -> QLabel:
    """A label whose Alt+letter goes to ``field``."""
    label = QLabel(text, parent)
    # A date's box is the focus proxy of its row: the label's letter goes there.
    label.setBuddy(field.focusProxy() or field)
    return label
