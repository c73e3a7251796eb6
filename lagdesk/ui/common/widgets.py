"""Small widgets the pages share: headings, date fields, messages shown next to a field."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lagdesk.errors import FieldProblem
from lagdesk.ui.common.formatting import date_format, from_qdate, to_qdate


def heading(text: str, *, level: int = 1, parent: QWidget | None = None) -> QLabel:
    """A page title (level 1) or section title (level 2), sized from the app font."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * (1.6 if level == 1 else 1.2))
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_status(widget: QWidget, text: str, timeout_ms: int = 5000) -> None:
    """A passing message in the window's status bar, if it has one."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, timeout_ms)


def line_of(combo: QComboBox) -> QLineEdit:
    """The line an editable combo box is typed in (Qt gives it one when made editable)."""
    line = combo.lineEdit()
    assert line is not None, "the combo box is not editable"
    return line


def error_colour(widget: QWidget) -> str:
    """A red that reads on both light and dark palettes."""
    window = widget.palette().color(QPalette.ColorRole.Window)
    return "#ff8a80" if window.lightness() < 128 else "#b00020"


class FieldMessages:
    """Red text under each field of a form, keyed by the record field it belongs to.

    Core reports problems by field label (``start_date`` becomes "start date"); problems
    that belong to no field here go to the general label.
    """

    def __init__(self, general: QLabel) -> None:
        self._labels: dict[str, QLabel] = {}
        #: Each field's row label (without its mnemonic) and editor.
        self._rows: dict[str, tuple[str, QWidget]] = {}
        self.general = general
        self._style(general)

    def add_row(self, form: QFormLayout, label: str, field: str, editor: QWidget) -> QLabel:
        """Add ``editor`` to ``form`` with its (hidden until needed) message underneath."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        message = QLabel(holder)
        message.setObjectName(f"problem_{field}")
        self._style(message)
        column.addWidget(message)
        self._labels[field] = message
        self._rows[field] = (label.replace("&&", "\0").replace("&", "").replace("\0", "&"), editor)
        form.addRow(label, holder)
        row_label = form.labelForField(holder)
        if isinstance(row_label, QLabel):
            row_label.setBuddy(editor)
        return message

    def row_of(self, field: str) -> tuple[str, QWidget] | None:
        """The label and editor of ``field``'s row; None for a field the form does not show."""
        return self._rows.get(field)

    def message_for(self, field: str) -> str:
        label = self._labels.get(field)
        return "" if label is None else label.text()

    def clear(self) -> None:
        for label in (*self._labels.values(), self.general):
            label.clear()
            label.hide()

    def show(self, problems: Iterable[FieldProblem]) -> None:
        self.clear()
        general: list[str] = []
        for problem in problems:
            label = self._labels.get(problem.key)
            if label is None:
                general.append(str(problem))
                continue
            label.setText("\n".join(filter(None, (label.text(), problem.message))))
            label.show()
        if general:
            self.show_general("\n".join(general))

    def show_field(self, field: str, message: str) -> None:
        label = self._labels[field]
        label.setText(message)
        label.show()

    def show_general(self, message: str) -> None:
        self.general.setText(message)
        self.general.show()

    def has_messages(self) -> bool:
        return any(label.text() for label in (*self._labels.values(), self.general))

    @staticmethod
    def _style(label: QLabel) -> None:
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet(f"color: {error_colour(label)};")
        label.hide()


class DateEdit(QDateEdit):
    """A date with a calendar pop-up, in the locale's format with a four-digit year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.setDate(QDate.currentDate())

    def date_value(self) -> date:
        return from_qdate(self.date())

    def set_date_value(self, value: date) -> None:
        self.setDate(to_qdate(value))


class OptionalDateEdit(QWidget):
    """A date that may be left unset: the lowest date stands for "not set", and a button
    beside the field clears it."""

    UNSET = QDate(1900, 1, 1)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = DateEdit(self)
        self.edit.setMinimumDate(self.UNSET)
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.edit.calendarWidget().installEventFilter(self)
        self.edit.dateChanged.connect(self.changed)
        clear = QToolButton(self)
        clear.setText(self.tr("Clear"))
        clear.setToolTip(self.tr("Leave this date unset"))
        clear.clicked.connect(lambda: self.set_date_value(None))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(clear)
        self.setFocusProxy(self.edit)
        # A label's mnemonic reaches its buddy only when the buddy takes focus itself.
        self.setFocusPolicy(self.edit.focusPolicy())
        self.set_date_value(None)

    def date_value(self) -> date | None:
        if self.edit.date() == self.UNSET:
            return None
        return from_qdate(self.edit.date())

    def set_date_value(self, value: date | None) -> None:
        self.edit.setDate(to_qdate(value) if value is not None else self.UNSET)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An unset date opens the calendar on today, not on the placeholder year 1900.
        if event.type() == QEvent.Type.Show and self.date_value() is None:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
