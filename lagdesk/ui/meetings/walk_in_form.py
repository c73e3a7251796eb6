"""Attendance mode's walk-in form: someone who came without being invited.

The name comes from the search box (Enter when nobody on the list matches), the
organisation completes from the register, and the sector is asked for only when the
organisation is a new one. Enter moves on field by field and, on the last, asks for the
walk-in to be added (``add_requested``); Escape goes back to the list (``left``) keeping
what was typed. The attendance panel adds the walk-in through core.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from lagdesk.core.meetings import attendance as att
from lagdesk.core.support.folding import fold
from lagdesk.core.support.labels import label
from lagdesk.db.codes import Sector
from lagdesk.errors import FieldProblem
from lagdesk.i18n import translate
from lagdesk.ui.common.widgets import FieldMessages


class WalkInForm(QGroupBox):
    """Name, organisation and (for a new organisation) sector of a walk-in."""

    #: Enter on the organisation or the sector, or the button: add the walk-in typed.
    add_requested = Signal()
    #: Escape in a field: back to the list.
    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        # The texts keep the context of the attendance panel they were first written in.
        super().__init__(translate("AttendancePanel", "Walk-in"), parent)
        #: The register's organisations by folded name (accents and capitals aside).
        self._organisations: dict[str, att.OrganisationName] = {}
        #: The labels with an Alt+letter key, with their own texts.
        self.lettered: list[tuple[QLabel, str]] = []
        self._build()
        self._connect()

    def _build(self) -> None:
        self.name = QLineEdit(self)
        self.name.setObjectName("walk_in_name")
        self.name.setPlaceholderText(translate("AttendancePanel", "First and last name"))
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("walk_in_organisation")
        self.organisation.setPlaceholderText(translate("AttendancePanel", "Leave empty if none"))
        self.organisation_names = QStringListModel(self)
        self.completer = QCompleter(self.organisation_names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(self.completer)
        self.sector = QComboBox(self)
        self.sector.setObjectName("walk_in_sector")
        # Narrower than its longest choice when room is short (the list shows it whole).
        self.sector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sector.setMinimumContentsLength(14)
        self.sector.addItem(translate("AttendancePanel", "Choose for a new organisation"), None)
        for sector in Sector:
            self.sector.addItem(label(sector), sector)
        self.add_button = QPushButton(translate("AttendancePanel", "Add &walk-in"), self)
        self.add_button.setObjectName("add_walk_in")
        general = QLabel(self)
        self.messages = FieldMessages(general)
        form = QFormLayout(self)
        rows = (
            (translate("AttendancePanel", "N&ame:"), "name", self.name),
            (translate("AttendancePanel", "Or&ganisation:"), "organisation", self.organisation),
            (translate("AttendancePanel", "Sec&tor:"), "sector", self.sector),
        )
        for text, field, editor in rows:
            self.messages.add_row(form, text, field, editor)
        form.addRow(general)
        form.addRow(self.add_button)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            caption = item.widget() if item is not None else None
            if isinstance(caption, QLabel) and caption.buddy() is not None:
                self.lettered.append((caption, caption.text()))

    def _connect(self) -> None:
        self.name.returnPressed.connect(self.organisation.setFocus)
        self.organisation.returnPressed.connect(self._organisation_entered)
        self.organisation.textChanged.connect(self.update_sector)
        for field in (self.name, self.organisation, self.sector):
            field.installEventFilter(self)
        self.add_button.clicked.connect(lambda: self.add_requested.emit())

    # -- what was typed ------------------------------------------------------------------

    def set_organisations(self, organisations: Sequence[att.OrganisationName]) -> None:
        """The register's organisations, for the completer and to tell a new one."""
        self._organisations = {fold(item.name): item for item in organisations}
        self.organisation_names.setStringList([item.name for item in organisations])

    def is_new_organisation(self) -> bool:
        text = " ".join(self.organisation.text().split())
        return bool(text) and fold(text) not in self._organisations

    def update_sector(self) -> None:
        """The sector is asked for only for an organisation the register does not know."""
        self.sector.setEnabled(self.is_new_organisation())

    def chosen_sector(self) -> Sector | None:
        code = self.sector.currentData()
        return Sector(code) if code else None

    def typed(self) -> tuple[str, str, Sector | None]:
        """Name, organisation and sector (None unless the organisation is new), tidied."""
        name = " ".join(self.name.text().split())
        organisation = " ".join(self.organisation.text().split())
        sector = self.chosen_sector() if self.is_new_organisation() else None
        return (name, organisation, sector)

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        """Core's problems beside their fields; the first one's field gets the focus."""
        self.messages.show(problems)
        field = {
            "name": self.name,
            "sector": self.sector,
        }.get(problems[0].key, self.organisation)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        """Empty the name, the organisation and the messages; the sector stays chosen."""
        self.name.clear()
        self.organisation.clear()
        self.messages.clear()

    def start_again(self) -> None:
        """After a walk-in is added: every field empty, the sector back to "choose"."""
        self.messages.clear()
        self.name.clear()
        self.organisation.clear()
        self.sector.setCurrentIndex(0)

    def focus_organisation(self) -> None:
        """On to the organisation (a name came from the search box)."""
        self.organisation.setFocus(Qt.FocusReason.OtherFocusReason)
        self.organisation.selectAll()

    # -- keyboard ------------------------------------------------------------------------

    def _organisation_entered(self) -> None:
        popup = self.completer.popup()
        if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
            return  # Enter takes the organisation chosen in the list; the next one adds
        if self.is_new_organisation() and self.chosen_sector() is None:
            self.messages.clear()
            self.messages.show_field(
                "sector",
                translate(
                    "AttendancePanel", "A new organisation: choose its sector, then press Enter."
                ),
            )
            self.sector.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.add_requested.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                # Back to the list; what was typed stays for later.
                self.left.emit()
                return True
            if watched is self.sector and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_requested.emit()
                return True
        return super().eventFilter(watched, event)
