"""The table of the plan's saved versions, oldest first; the latest one stands out.

The latest version is what the plan's status mirrors: a draft there is the plan being
worked on ("current draft"), an approved one means the next change starts a new draft.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtGui import QFont

from lagdesk.core.plan.versions import VersionRow
from lagdesk.core.support.labels import label
from lagdesk.db.codes import PlanStatus
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common.formatting import format_date
from lagdesk.ui.common.models import RecordTableModel

NAME, STATUS, SAVED, NOTE = range(4)


def format_saved_at(moment: datetime) -> str:
    """A stored (naive UTC) time as the user's local date and time."""
    local = moment.replace(tzinfo=UTC).astimezone()
    locale = QLocale()
    time = locale.toString(
        QTime(local.hour, local.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
    )
    return QCoreApplication.translate("VersionTable", "{date} {time}").format(
        date=format_date(local.date()), time=time
    )


class VersionTableModel(RecordTableModel[VersionRow]):
    """One row per saved version; the last row (the latest version) is bold."""

    CONTEXT = "VersionTable"
    HEADERS = (
        QT_TRANSLATE_NOOP("VersionTable", "Name"),
        QT_TRANSLATE_NOOP("VersionTable", "Status"),
        QT_TRANSLATE_NOOP("VersionTable", "Saved"),
        QT_TRANSLATE_NOOP("VersionTable", "Note"),
    )

    def versions(self) -> list[VersionRow]:
        return [record for row in range(self.rowCount()) if (record := self.record_at(row))]

    def latest(self) -> VersionRow | None:
        return self.record_at(self.rowCount() - 1)

    def is_latest(self, version: VersionRow) -> bool:
        latest = self.latest()
        return latest is not None and latest.id == version.id

    def text(self, record: VersionRow, column: int) -> str:
        if column == NAME:
            return record.name
        if column == STATUS:
            status = label(record.status)
            if record.status == PlanStatus.DRAFT and self.is_latest(record):
                return QCoreApplication.translate("VersionTable", "{status} (current)").format(
                    status=status
                )
            return status
        if column == SAVED:
            return format_saved_at(record.saved_at)
        if column == NOTE:
            return " ".join(record.note.split())
        return ""

    @staticmethod
    def contents(record: VersionRow) -> str:
        """What the version holds, in a sentence (the name's tooltip)."""
        return QCoreApplication.translate(
            "VersionTable",
            "{objectives} objectives, {actions} actions, {indicators} indicators",
        ).format(
            objectives=QLocale().toString(record.objectives),
            actions=QLocale().toString(record.actions),
            indicators=QLocale().toString(record.indicators),
        )

    def tooltip(self, record: VersionRow, column: int) -> str | None:
        if column == NAME:
            return self.contents(record)
        if column == NOTE:
            return record.note or None
        return self.text(record, column)

    def font(self, record: VersionRow, column: int) -> QFont | None:
        if not self.is_latest(record):
            return None
        font = QFont()
        font.setBold(True)
        return font
