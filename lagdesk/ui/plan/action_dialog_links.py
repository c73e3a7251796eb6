"""The action dialog's Links tab: the plan's risks and the indicators the action is linked
to, and (read-only, the link is made from the minutes) the meeting decision it came from."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from lagdesk.core.meetings.minutes import DecisionRef
from lagdesk.ui.common.formatting import format_date
from lagdesk.ui.plan.action_dialog_lists import CheckList


def decision_text(source: DecisionRef | None) -> str:
    """“Decision 3 of ‘Workshop 2’ on 12/03/2025”, or that there is none."""
    if source is None:
        return QCoreApplication.translate(
            "ActionDialog", "None: the action was not decided in a recorded meeting."
        )
    return QCoreApplication.translate(
        "ActionDialog", "Decision {number} of “{title}” on {date}"
    ).format(
        number=source.number, title=source.meeting_title, date=format_date(source.meeting_date)
    )


class LinksTab(QWidget):
    def __init__(
        self,
        risks: Sequence[tuple[int, str]],
        indicators: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._risks = list(risks)
        self._indicators = list(indicators)
        self.risk_list = CheckList(self.tr("Type to filter risks"))
        self.risk_list.setObjectName("risk_list")
        self.indicator_list = CheckList(self.tr("Type to filter indicators"))
        self.indicator_list.setObjectName("indicator_list")
        risks_heading = QLabel(self.tr("&Risks (code, title, score):"))
        risks_heading.setBuddy(self.risk_list)
        indicators_heading = QLabel(self.tr("&Indicators:"))
        indicators_heading.setBuddy(self.indicator_list)
        source_heading = QLabel(self.tr("Came from the meeting decision:"))
        self.source_label = QLabel()
        self.source_label.setObjectName("source_decision")
        self.source_label.setWordWrap(True)
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.source_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        grid = QGridLayout(self)
        grid.addWidget(risks_heading, 0, 0)
        grid.addWidget(indicators_heading, 0, 1)
        grid.addWidget(self.risk_list, 1, 0)
        grid.addWidget(self.indicator_list, 1, 1)
        grid.addWidget(source_heading, 2, 0, 1, 2)
        grid.addWidget(self.source_label, 3, 0, 1, 2)
        grid.setRowStretch(1, 1)

    def fill(
        self,
        risk_ids: Sequence[int],
        indicator_ids: Sequence[int],
        source: DecisionRef | None,
    ) -> None:
        self.risk_list.set_entries(self._risks, risk_ids)
        self.indicator_list.set_entries(self._indicators, indicator_ids)
        self.source_label.setText(decision_text(source))
        self.source_label.setToolTip(source.text if source is not None else "")
