"""What the chapters of the Integrated Action Plan share: numbers, shares and dates written
in the report's language, notes, charts as pictures, and the progress of the chapter
being built (a long chapter moves the progress bar within its own share)."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from datetime import date

from matplotlib.figure import Figure as MplFigure

from lagdesk import i18n
from lagdesk.core.reporting.plan_content import IapData
from lagdesk.core.reporting.plan_items import PlanAction
from lagdesk.i18n import format_date, translate
from lagdesk.reports.charts import missing_glyphs_allowed
from lagdesk.reports.document import Align, Paragraph

R, L, C = Align.RIGHT, Align.LEFT, Align.CENTRE
#: Pixels per inch of the chart pictures (sharp when printed, small enough to mail).
CHART_DPI = 150

#: Told (done, total) as work advances; raising in it stops the work (a Cancel button).
Progress = Callable[[int, int], None]
#: The progress of the chapter being built on this thread (see ``iap_document``).
_chapter = threading.local()


def chapter_progress(done: int, total: int) -> None:
    """``done`` of ``total`` parts of the chapter being built; a Cancel raises here."""
    report: Progress | None = getattr(_chapter, "report", None)
    if report is not None:
        report(done, total)


def report_chapter_progress(report: Progress | None) -> None:
    """Where ``chapter_progress`` reports on this thread from now on (None: nowhere)."""
    _chapter.report = report


def number(value: float | None) -> str:
    if value is None:
        return ""
    rounded = round(float(value), 2)
    if rounded == int(rounded):
        return i18n.locale().toString(int(rounded))
    return i18n.locale().toString(rounded, "f", 2).rstrip("0").rstrip(i18n.locale().decimalPoint())


def percent(share: float | None) -> str:
    if share is None:
        return ""
    return translate("Iap", "{value} %").format(value=i18n.locale().toString(round(share * 100)))


def date_text(day: date | None) -> str:
    return format_date(day) if day is not None else ""


def png(figure: MplFigure) -> bytes:
    buffer = io.BytesIO()
    with missing_glyphs_allowed():
        figure.savefig(buffer, format="png", dpi=CHART_DPI)
    return buffer.getvalue()


def note(text: str) -> Paragraph:
    return Paragraph.empty_note(text)


def text_blocks(text: str) -> list[Paragraph]:
    return [Paragraph.of(part.strip()) for part in text.split("\n\n") if part.strip()]


def person(data: IapData, name: str, organisation: str = "") -> str:
    """A person's name only with names; else their organisation (or nothing)."""
    if data.with_names and name:
        return name
    return organisation


def timescale(action: PlanAction) -> str:
    start, end = date_text(action.start_date), date_text(action.end_date)
    if start and end:
        return translate("Iap", "{start} – {end}").format(start=start, end=end)
    return start or end
