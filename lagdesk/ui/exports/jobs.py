"""What the Reports area runs on its worker thread: exports and previews, in the language
the user chose for the report (``i18n.report_language``), reporting steps to a Progress.

No widget is touched here: previews are QImages, turned into pixmaps on the GUI thread.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from lagdesk.db.database import Database
from lagdesk.i18n import TextContext, format_amount, format_date, format_number, report_language
from lagdesk.ui.common.background import Progress

if TYPE_CHECKING:
    from lagdesk.core.reporting.plan_content import IapData
    from lagdesk.reports.document import Document


class ReportKind(StrEnum):
    IAP = "iap"
    EXCEL = "excel"
    CHARTS = "charts"


#: The file formats each report can be written in, in the order the options list them.
FORMATS: dict[ReportKind, tuple[str, ...]] = {
    ReportKind.IAP: ("docx", "pdf", "html"),
    ReportKind.EXCEL: ("xlsx",),
    ReportKind.CHARTS: ("png", "svg", "pdf"),
}
#: Pages of the plan document and charts a preview shows.
PREVIEW_PAGES = 3
PREVIEW_CHARTS = 6
PREVIEW_WIDTH = 720


@dataclass(frozen=True)
class ReportChoice:
    """A report and its options, as set on the page."""

    kind: ReportKind
    language: str
    file_format: str
    as_of: date
    version: str | None = None  # a saved plan version's name; None: the plan as it is
    with_names: bool = False
    pseudonymise: bool = False


@dataclass
class Preview:
    images: list[QImage] = field(default_factory=list)
    #: (figure, value) lines of a table, for the Excel report's summary.
    table: list[tuple[str, str]] = field(default_factory=list)
    caption: str = ""


# --- previews ------------------------------------------------------------------------------

# The context of the counted captions (see ``TextContext``).
ReportJobs = TextContext("ReportJobs")


def preview(database: Database, choice: ReportChoice, progress: Progress) -> Preview:
    """What the report will look like: the document's first pages, the first charts, or
    the Excel report's summary sheet. The report is in its own language; the steps and
    messages shown in the window stay in the window's (``QCoreApplication.translate``)."""
    with report_language(choice.language):
        if choice.kind is ReportKind.IAP:
            return _iap_preview(database, choice, progress)
        if choice.kind is ReportKind.CHARTS:
            return _charts_preview(database, choice, progress)
        return _excel_preview(database, choice, progress)


def _gather(
    database: Database, choice: ReportChoice, progress: Progress, charts: int | None
) -> IapData:
    from lagdesk.core.reporting.plan_content import gather_iap

    progress.phase(QCoreApplication.translate("ReportJobs", "Reading the plan…"))
    data = gather_iap(
        database,
        as_of=choice.as_of,
        version=choice.version,
        with_names=choice.with_names,
        max_progress_charts=charts,
    )
    progress(1, 1)
    return data


def _document(database: Database, choice: ReportChoice, progress: Progress) -> Document:
    from lagdesk.reports.iap import iap_document

    data = _gather(database, choice, progress, 30)
    progress.phase(QCoreApplication.translate("ReportJobs", "Building the chapters and charts…"))
    return iap_document(data, progress)


def _iap_preview(database: Database, choice: ReportChoice, progress: Progress) -> Preview:
    from lagdesk.reports.pdf import document_page_images

    document = _document(database, choice, progress)
    progress.phase(QCoreApplication.translate("ReportJobs", "Laying out the pages…"))
    images, pages = document_page_images(document, PREVIEW_PAGES, PREVIEW_WIDTH)
    progress(1, 1)
    if len(images) < pages:
        caption = ReportJobs.tr("The first %n of {pages} pages, as in the PDF.", "", len(images))
    else:
        caption = ReportJobs.tr("The whole document: %n pages, as in the PDF.", "", pages)
    caption = caption.format(pages=format_number(pages))
    return Preview(images=images, caption=caption)


def _chart_image(figure: object) -> QImage:
    from lagdesk.reports.charts import missing_glyphs_allowed

    buffer = io.BytesIO()
    with missing_glyphs_allowed():
        figure.savefig(buffer, format="png", dpi=90)  # type: ignore[attr-defined]
    return QImage.fromData(buffer.getvalue())


def _charts_preview(database: Database, choice: ReportChoice, progress: Progress) -> Preview:
    from lagdesk.reports.charts.files import chart_figures

    data = _gather(database, choice, progress, PREVIEW_CHARTS)
    charts = list(chart_figures(database, data))
    shown = charts[:PREVIEW_CHARTS]
    progress.phase(QCoreApplication.translate("ReportJobs", "Drawing the charts…"))
    images = []
    for index, (_stem, draw) in enumerate(shown, start=1):
        images.append(_chart_image(draw()))
        progress(index, len(shown))
    if len(images) < len(charts):
        caption = ReportJobs.tr(
            "The first %n of {charts} charts. The export writes every chart, one file each.",
            "",
            len(images),
        ).format(charts=format_number(len(charts)))
    else:
        caption = ReportJobs.tr(
            "All %n charts. The export writes each to a file of its own.", "", len(images)
        )
    return Preview(images=images, caption=caption)


def _shown(value: object, kind: str) -> str:
    if value is None:
        return ""
    if kind == "date" and isinstance(value, date):
        return format_date(value)
    if kind == "money" and isinstance(value, (int, float, Decimal)):
        return format_amount(value)
    if kind in {"int", "number"} and isinstance(value, (int, float, Decimal)):
        return format_number(value)
    return str(value)


def _excel_preview(database: Database, choice: ReportChoice, progress: Progress) -> Preview:
    from lagdesk.reports.xlsx.report import summary_sheet

    progress.phase(QCoreApplication.translate("ReportJobs", "Counting…"))
    _title, _columns, rows = summary_sheet(
        database, as_of=choice.as_of, pseudonymise=choice.pseudonymise
    )
    table = []
    for name, cell in rows:
        value, kind = cell
        table.append((str(name), _shown(value, kind)))
    progress(1, 1)
    caption = QCoreApplication.translate(
        "ReportJobs",
        "The Summary sheet. The workbook also has a sheet each for stakeholders, groups, "
        "meetings, attendance, decisions and tasks, objectives, actions, funding, risks, "
        "indicators, measurements and progress.",
    )
    return Preview(table=table, caption=caption)


# --- exports -------------------------------------------------------------------------------


def export(database: Database, choice: ReportChoice, out: Path, progress: Progress) -> str:
    """Write the report to ``out`` (a file, or a folder for charts); returns the sentence
    that tells the user what was written."""
    with report_language(choice.language):
        if choice.kind is ReportKind.IAP:
            return _export_iap(database, choice, out, progress)
        if choice.kind is ReportKind.CHARTS:
            return _export_charts(database, choice, out, progress)
        return _export_excel(database, choice, out, progress)


def _export_iap(database: Database, choice: ReportChoice, out: Path, progress: Progress) -> str:
    from lagdesk.reports.iap import write_iap

    document = _document(database, choice, progress)
    progress.phase(
        QCoreApplication.translate("ReportJobs", "Writing {file}…").format(file=out.name)
    )
    pages = write_iap(document, out, progress)
    if pages:
        return QCoreApplication.translate(
            "ReportJobs", "The Integrated Action Plan was written to {path} ({pages} pages)."
        ).format(path=out, pages=pages)
    return QCoreApplication.translate(
        "ReportJobs", "The Integrated Action Plan was written to {path}."
    ).format(path=out)


def _export_excel(database: Database, choice: ReportChoice, out: Path, progress: Progress) -> str:
    from lagdesk.reports.xlsx.report import export_report

    progress.phase(QCoreApplication.translate("ReportJobs", "Writing the sheets…"))
    written = export_report(
        database, out, as_of=choice.as_of, pseudonymise=choice.pseudonymise, progress=progress
    )
    return QCoreApplication.translate(
        "ReportJobs", "The Excel report was written to {path}: {sheets} sheets, {rows} rows."
    ).format(path=out, sheets=len(written.rows), rows=format_number(sum(written.rows.values())))


def _export_charts(
    database: Database, choice: ReportChoice, folder: Path, progress: Progress
) -> str:
    from lagdesk.reports.charts.files import write_charts

    data = _gather(database, choice, progress, None)
    progress.phase(QCoreApplication.translate("ReportJobs", "Drawing the charts…"))
    files = write_charts(database, data, folder, choice.file_format, progress)
    return QCoreApplication.translate(
        "ReportJobs", "{count} charts were written to {path}."
    ).format(count=len(files), path=folder)
