"""One page per area, built the first time its area is shown (modules imported then too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from lagdesk.ui.shell.areas import Area

if TYPE_CHECKING:
    from lagdesk.db.database import Database


def build_page(area: Area, database: Database, undo_stack: QUndoStack) -> QWidget:
    if area is Area.NETWORK:
        from lagdesk.ui.network.page import NetworkPage

        return NetworkPage(database, undo_stack)
    if area is Area.STAKEHOLDERS:
        from lagdesk.ui.stakeholders.page import StakeholdersPage

        return StakeholdersPage(database, undo_stack)
    if area is Area.MEETINGS:
        from lagdesk.ui.meetings.page import MeetingsPage

        return MeetingsPage(database, undo_stack)
    if area is Area.ACTION_PLAN:
        from lagdesk.ui.plan.page import ActionPlanPage

        return ActionPlanPage(database, undo_stack)
    if area is Area.INDICATORS:
        from lagdesk.ui.indicators.page import IndicatorsPage

        return IndicatorsPage(database, undo_stack)
    from lagdesk.ui.exports.page import ReportsPage

    return ReportsPage(database)
