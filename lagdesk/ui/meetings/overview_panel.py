"""The overview of the selected meeting: what, when, where, who was invited and who came.

Read-only, as rich text in a browser: the text can be selected and copied, the online link
opens in the web browser (Tab reaches it from the keyboard, Enter follows it), and the
panel scrolls when the window is small.
"""

from __future__ import annotations

import html
import re
from datetime import datetime

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from lagdesk.core.meetings.overview import MeetingSummary, meeting_summary
from lagdesk.core.meetings.planning import tool_label
from lagdesk.core.support.folding import fold
from lagdesk.core.support.labels import label
from lagdesk.db.codes import AttendanceStatus
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common.formatting import format_date, format_number, to_qdate
from lagdesk.ui.meetings.list_model import (
    format_time,
    local_zone,
    zone_abbreviation,
    zone_description,
)

WEB_LINK = re.compile(r"https?://\S+", re.IGNORECASE)


def _long_date(moment: datetime) -> str:
    return QLocale().toString(to_qdate(moment.date()), QLocale.FormatType.LongFormat)


def _escaped(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class OverviewPanel(QWidget):
    """The first tab beside the meetings; follows the panel protocol of the page."""

    #: Never emitted (the overview writes nothing); here for the panel protocol.
    changed = Signal()

    def __init__(
        self, database: Database, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_overview")
        self._database = database
        self._meeting_id: int | None = None
        self.summary: MeetingSummary | None = None
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("overview_text")
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Meeting overview"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.browser)
        self.setFocusProxy(self.browser)
        undo_stack.indexChanged.connect(self._file_changed)
        self.set_meeting(None)

    @property
    def meeting_id(self) -> int | None:
        return self._meeting_id

    def set_meeting(self, meeting_id: int | None) -> None:
        moved = meeting_id != self._meeting_id
        self._meeting_id = meeting_id
        self.reload()
        if moved:
            self.browser.verticalScrollBar().setValue(0)

    def _file_changed(self) -> None:
        if self._meeting_id is not None:
            self.reload()

    def reload(self) -> None:
        self.summary = None
        if self._meeting_id is not None:
            try:
                self.summary = meeting_summary(self._database, self._meeting_id)
            except UserError:
                self.summary = None  # deleted meanwhile: the page moves the selection
        self.setEnabled(self.summary is not None)
        position = self.browser.verticalScrollBar().value()
        if self.summary is None:
            self.browser.setHtml(self._empty_html())
        else:
            self.browser.setHtml(self._html(self.summary))
            self.browser.verticalScrollBar().setValue(position)

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    # -- the text ----------------------------------------------------------------------

    def _empty_html(self) -> str:
        text = self.tr("Select a meeting in the list or the calendar to see its overview.")
        return f"<p style='color: gray'>{_escaped(text)}</p>"

    def _when(self, summary: MeetingSummary) -> str:
        row = summary.row
        starts, ends = row.starts_local, row.ends_local
        if ends is None:
            text = self.tr("{date}, {time}").format(
                date=_long_date(starts), time=format_time(starts)
            )
        elif row.last_day == row.first_day:
            text = self.tr("{date}, {start}–{end}").format(
                date=_long_date(starts), start=format_time(starts), end=format_time(ends)
            )
        else:
            text = self.tr("{start_date}, {start} – {end_date}, {end}").format(
                start_date=_long_date(starts),
                start=format_time(starts),
                end_date=_long_date(ends),
                end=format_time(ends),
            )
        here = local_zone()
        if not zone_abbreviation(row, here):
            return _escaped(text)
        mine = starts.astimezone(here)
        local = format_time(mine)
        if ends is not None:
            local = self.tr("{start}–{end}").format(
                start=local, end=format_time(ends.astimezone(here))
            )
        note = self.tr("{time} on {date} in this computer's time zone").format(
            time=local, date=format_date(mine.date())
        )
        return f"{_escaped(text)}<br><span style='color: gray'>{_escaped(note)}</span>"

    def _link(self, link: str) -> str:
        if not link:
            return ""
        if WEB_LINK.fullmatch(link):
            return f"<a href='{html.escape(link, quote=True)}'>{html.escape(link)}</a>"
        return _escaped(link)

    def _facts(self, summary: MeetingSummary) -> list[tuple[str, str]]:
        row = summary.row
        counts = summary.by_status
        facts = [
            (self.tr("Type"), _escaped(label(row.type))),
            (self.tr("When"), self._when(summary)),
            (self.tr("Time zone"), _escaped(zone_description(row))),
            (self.tr("Place"), _escaped(row.place) or self._none()),
            (self.tr("Online link"), self._link(row.online_link) or self._none()),
            (
                self.tr("Invited groups"),
                _escaped(", ".join(summary.invited_groups)) or self._none(),
            ),
            (self.tr("Invited"), format_number(row.invited)),
            (self.tr("Present"), format_number(row.present)),
            (self.tr("Excused"), format_number(counts.get(AttendanceStatus.EXCUSED, 0))),
            (self.tr("No-show"), format_number(counts.get(AttendanceStatus.NO_SHOW, 0))),
        ]
        if summary.walk_ins:
            facts.append((self.tr("Walk-ins"), format_number(summary.walk_ins)))
        if summary.anonymous:
            facts.append((self.tr("Counted anonymously"), format_number(summary.anonymous)))
        facts += [
            (self.tr("Decisions"), format_number(row.decisions)),
            (self.tr("Open tasks"), format_number(row.open_tasks)),
            (
                self.tr("Evidence kept until"),
                _escaped(format_date(summary.retention_until)) or self._none(),
            ),
        ]
        return facts

    def _none(self) -> str:
        text = self.tr("None")
        return f"<span style='color: gray'>{_escaped(text)}</span>"

    def _agenda(self, summary: MeetingSummary) -> str:
        if not summary.agenda:
            return f"<p>{self._none()}</p>"
        lines = []
        for number, line in enumerate(summary.agenda, start=1):
            minutes = (
                self.tr("{minutes} min").format(minutes=format_number(line.planned_minutes))
                if line.planned_minutes is not None
                else ""
            )
            lines.append(
                "<tr>"
                f"<td align='right'>{format_number(number)}.</td>"
                f"<td>{_escaped(line.title)}</td>"
                f"<td align='right'>{_escaped(minutes)}</td>"
                f"<td>{_escaped(line.presenter)}</td>"
                "</tr>"
            )
        total = self.tr("{minutes} min").format(minutes=format_number(summary.planned_minutes))
        total_label = self.tr("Total")
        lines.append(
            f"<tr><td></td><td><b>{_escaped(total_label)}</b></td>"
            f"<td align='right'><b>{_escaped(total)}</b></td><td></td></tr>"
        )
        # The margin under the table: rich text ignores the next heading's top margin.
        table = "<table cellspacing='0' cellpadding='3' style='margin-bottom: 16px'>"
        return f"{table}{''.join(lines)}</table>"

    def _html(self, summary: MeetingSummary) -> str:
        facts = "".join(
            f"<tr><td style='color: gray; padding-right: 12px'>{_escaped(name)}</td>"
            f"<td>{value}</td></tr>"
            for name, value in self._facts(summary)
        )
        tools = ", ".join(sorted((tool_label(code) for code in summary.tools), key=fold))
        agenda, tools_used, notes = self.tr("Agenda"), self.tr("Tools used"), self.tr("Notes")
        section = "<h3 style='margin-top: 16px; margin-bottom: 6px'>{}</h3>"
        parts = [
            f"<h2>{_escaped(summary.row.title)}</h2>",
            f"<table cellspacing='0' cellpadding='2'>{facts}</table>",
            section.format(_escaped(agenda)),
            self._agenda(summary),
            section.format(_escaped(tools_used)),
            f"<p style='margin-top: 0'>{_escaped(tools) or self._none()}</p>",
            section.format(_escaped(notes)),
            f"<p style='margin-top: 0'>{_escaped(summary.notes) or self._none()}</p>",
        ]
        return "".join(parts)
