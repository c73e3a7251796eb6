"""The areas of the app, in the order of the sidebar; Ctrl+1 goes to the first one."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStyle

from lagdesk.i18n import QT_TRANSLATE_NOOP, translate


class Area(Enum):
    NETWORK = "network"
    STAKEHOLDERS = "stakeholders"
    MEETINGS = "meetings"
    ACTION_PLAN = "action_plan"
    INDICATORS = "indicators"
    REPORTS = "reports"

    @property
    def title(self) -> str:
        return translate("Areas", _TITLES[self])

    @property
    def shortcut(self) -> QKeySequence:
        """Ctrl+1 for the first area, Ctrl+2 for the second, ..."""
        return QKeySequence(f"Ctrl+{list(Area).index(self) + 1}")

    @property
    def icon(self) -> QStyle.StandardPixmap:
        return _ICONS[self]


_TITLES: dict[Area, str] = {
    Area.NETWORK: QT_TRANSLATE_NOOP("Areas", "Network"),
    Area.STAKEHOLDERS: QT_TRANSLATE_NOOP("Areas", "Stakeholders"),
    Area.MEETINGS: QT_TRANSLATE_NOOP("Areas", "Meetings"),
    Area.ACTION_PLAN: QT_TRANSLATE_NOOP("Areas", "Action plan"),
    Area.INDICATORS: QT_TRANSLATE_NOOP("Areas", "Indicators"),
    Area.REPORTS: QT_TRANSLATE_NOOP("Areas", "Reports"),
}

SP = QStyle.StandardPixmap
_ICONS: dict[Area, QStyle.StandardPixmap] = {
    Area.NETWORK: SP.SP_DriveNetIcon,
    Area.STAKEHOLDERS: SP.SP_DirHomeIcon,
    Area.MEETINGS: SP.SP_FileDialogDetailedView,
    Area.ACTION_PLAN: SP.SP_FileDialogListView,
    Area.INDICATORS: SP.SP_FileDialogInfoView,
    Area.REPORTS: SP.SP_FileIcon,
}


def area_named(name: str, default: Area = Area.NETWORK) -> Area:
    try:
        return Area(name)
    except ValueError:
        return default
