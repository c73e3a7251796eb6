"""Attendance mode's grid of people counted anonymously: a count for each sector and gender.

People who came but are not named (a crowd at an open event, a visitor who gave no name)
still count towards the meeting's totals by sector and by gender. The grid only shows and
takes counts; the attendance panel stores each change through core.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QSpinBox, QWidget

from lagdesk.core.meetings import attendance as att
from lagdesk.core.support.labels import label
from lagdesk.db.codes import Gender, Sector
from lagdesk.i18n import translate

#: A cell of the grid: the sector (None when unknown) and the gender.
Cell = tuple[Sector | None, Gender]


def sector_name(sector: Sector | None) -> str:
    """The sector as attendance mode names it, "Sector unknown" for None."""
    if sector is None:
        return QCoreApplication.translate("Attendance", "Sector unknown")
    return label(sector)


class AnonymousCounts(QGroupBox):
    """A spin box per sector and gender; ``count_changed(cell, value)`` when one is changed
    by the user (not by ``show_counts``)."""

    count_changed = Signal(object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        # The texts keep the context of the attendance panel they were first written in.
        super().__init__(translate("AttendancePanel", "Counted an&onymously"), parent)
        self.setObjectName("anonymous_counts")
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(4)
        self.spins: dict[Cell, QSpinBox] = {}
        for column, gender in enumerate(Gender, start=1):
            caption = QLabel(label(gender), self)
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(caption, 0, column)
        for row, sector in enumerate(att.SECTOR_KEYS, start=1):
            name = QLabel(sector_name(sector), self)
            name.setWordWrap(True)  # "Sector unknown" may take two lines in longer languages
            grid.addWidget(name, row, 0)
            for column, gender in enumerate(Gender, start=1):
                spin = self._spin(sector, gender)
                # Under its caption, however wide the caption makes the column.
                grid.addWidget(spin, row, column, Qt.AlignmentFlag.AlignHCenter)

    def _spin(self, sector: Sector | None, gender: Gender) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, 9999)
        spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("9999") + 40)
        spin.setObjectName(f"anonymous_{sector or 'unknown'}_{gender}")
        spin.setAccessibleName(
            translate("AttendancePanel", "Anonymous: {sector}, {gender}").format(
                sector=sector_name(sector), gender=label(gender)
            )
        )
        spin.valueChanged.connect(
            lambda value, cell=(sector, gender): self.count_changed.emit(cell, value)
        )
        self.spins[(sector, gender)] = spin
        return spin

    def show_counts(self, counts: dict[Cell, int]) -> None:
        """Show the stored counts (a missing cell is 0) without a ``count_changed``."""
        for cell, spin in self.spins.items():
            value = counts.get(cell, 0)
            if spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
