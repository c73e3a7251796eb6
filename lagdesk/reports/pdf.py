"""PDF through Qt: the attendance sign-in sheet.

The one module of ``reports`` that imports QtGui (ARCHITECTURE.md). Qt lays the sheet out
as a paginated QTextDocument, which repeats the table's header row on every page; the
footer (retention line, "Page X of Y") is painted on each page around it.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QBuffer,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QImageReader,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextTableCellFormat,
    QTextTableFormat,
)

from lagdesk.core.meetings.sign_in import SignInSheet
from lagdesk.core.support.files import write_atomically
from lagdesk.core.support.paths import resource_path
from lagdesk.i18n import format_date, translate
from lagdesk.reports.document import PAGE_MARGIN_MM, Document, Figure
from lagdesk.reports.html_writer import document_html

DPI = 300
MARGIN_MM = 15.0
FOOTER_MM = 9.0
LOGO_MM = (40.0, 20.0)
ROW_PADDING_MM = 2.8
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial"]
#: Column widths of No., Name, Organisation, Signature, in per cent.
COLUMNS = (8.0, 32.0, 28.0, 32.0)


def _mm(value: float) -> float:
    """Millimetres in the PDF writer's device pixels (page geometry, the footer)."""
    return value * DPI / 25.4


def _doc(value: float) -> float:
    """Millimetres in QTextDocument lengths, which Qt scales from 96 dpi to the device."""
    return value * 96 / 25.4


def ensure_gui_application() -> QGuiApplication:
    """A QGuiApplication for fonts and painting, made offscreen when there is no display.

    The CLI may already run a plain QCoreApplication for translations; it is replaced and
    the language installed again on the new application.
    """
    from lagdesk.i18n import current_language, install_language

    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    language = None
    if app is not None:
        language = current_language()
        install_language("en")
        app.shutdown()
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    made = QGuiApplication([sys.argv[0] if sys.argv else "lagdesk"])
    ensure_gui_application.app = made  # type: ignore[attr-defined]  # keep it alive
    if language is not None:
        install_language(language)
    return made


def write_sign_in_pdf(sheet: SignInSheet, out: Path) -> int:
    """Write the sheet as an A4 portrait PDF; returns the number of pages.

    The file appears whole or not at all: Qt writes a temporary file beside ``out``,
    which then replaces it.
    """
    ensure_gui_application()
    pages = 0

    def render(path: str) -> None:
        nonlocal pages
        pages = _render(sheet, path)

    write_atomically(Path(out), render)
    return pages


def _font(points: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _char(points: float, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(_font(points, bold=bold, italic=italic))
    return fmt


def retention_line(sheet: SignInSheet) -> str:
    if sheet.retention_until is None:
        return translate("SignIn", "Keep this signed list as audit evidence.")
    return translate("SignIn", "Keep this signed list as audit evidence until {date}.").format(
        date=format_date(sheet.retention_until)
    )


def _ensure_event_dispatcher() -> None:
    """Qt's text layout starts timers (its layout in steps). A thread that Python started
    (``threading.Thread``) has no event dispatcher for them, and Qt warns for each, until
    something asks for one: a QEventLoop does (it is never run; the layout finishes when
    the page count is asked for). QThreads and the GUI thread have one already."""
    if QAbstractEventDispatcher.instance() is None:
        QEventLoop()


def _a4_writer(target: str | QIODevice, title: str, margin_mm: float) -> tuple[QPdfWriter, QRectF]:
    """An A4 portrait PDF writer into a file or a device, and the body's rectangle (margins
    and footer left out)."""
    writer = QPdfWriter(target)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(title)
    writer.setCreator("lagdesk")
    margin = _mm(margin_mm)
    body = QRectF(
        margin,
        margin,
        writer.width() - 2 * margin,
        writer.height() - 2 * margin - _mm(FOOTER_MM),
    )
    return writer, body


def _paged_document(writer: QPdfWriter, body: QRectF) -> QTextDocument:
    """A text document laid out in pages of the body's size, on the writer's resolution."""
    _ensure_event_dispatcher()
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(_font(10))
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(body.width(), body.height()))
    return document


#: Paints the foot of a page: (painter, page number from 1, page count).
Footer = Callable[[QPainter, int, int], None]


def _draw_page(
    painter: QPainter,
    document: QTextDocument,
    body: QRectF,
    page: int,
    pages: int,
    footer: Footer,
) -> None:
    """Page ``page`` (from 0) of the laid-out ``document`` in the body, its footer below.

    Coordinates are the PDF writer's device pixels: a painter on another device (a preview
    image) scales to them first."""
    painter.save()
    painter.translate(body.left(), body.top() - page * body.height())
    document.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
    painter.restore()
    footer(painter, page + 1, pages)


def _paint_pages(
    writer: QPdfWriter,
    document: QTextDocument,
    body: QRectF,
    path: str,
    footer: Footer,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Paint every page of ``document`` into the body and ``footer(painter, page, pages)``
    below it; returns the page count. ``progress(done, pages)`` after each page; what it
    raises stops the painting and is passed on."""
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(translate("Report", "{path}: cannot write the PDF.").format(path=path))
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            _draw_page(painter, document, body, page, pages, footer)
            if progress is not None:
                progress(page + 1, pages)
    finally:
        painter.end()
    return pages


def _render(sheet: SignInSheet, path: str) -> int:
    title = translate("SignIn", "Sign-in sheet: {title}").format(
        title=sheet.title or sheet.meeting_id
    )

    def paint(target: QIODevice) -> int:
        writer, body = _a4_writer(target, title, MARGIN_MM)
        document = _paged_document(writer, body)
        cursor = QTextCursor(document)
        _header(document, cursor, sheet)
        _table(cursor, sheet)
        return _paint_pages(
            writer,
            document,
            body,
            path,
            lambda painter, page, pages: _footer(painter, sheet, body, page, pages),
        )

    return _through_memory(path, paint)


def _through_memory(path: str, paint: Callable[[QIODevice], int]) -> int:
    """Paint the PDF into memory, then write its bytes to ``path``.

    Qt's PDF writer does not report a failed write: on a full disk it leaves a cut file and
    says all went well. Python's write raises the OSError (disk full) that lets the caller
    tell the user and remove the partial file.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pages = paint(buffer)
    buffer.close()
    Path(path).write_bytes(buffer.data().data())
    return pages


def _logo() -> QImage:
    width, height = round(_mm(LOGO_MM[0])), round(_mm(LOGO_MM[1]))
    reader = QImageReader(str(resource_path("programme-logo.svg")))
    reader.setScaledSize(reader.size().scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if not image.isNull():
        return image
    # No SVG support in this Qt: a labelled box in its place.
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#f2f2f2"))
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#808080"), 6))
    painter.drawRect(3, 3, width - 6, height - 6)
    painter.setPen(QColor("#505050"))
    font = _font(10)
    font.setPixelSize(height // 6)
    painter.setFont(font)
    painter.drawText(
        QRectF(0, 0, width, height),
        Qt.AlignmentFlag.AlignCenter,
        translate("SignIn", "Programme logo"),
    )
    painter.end()
    return image


def _header(document: QTextDocument, cursor: QTextCursor, sheet: SignInSheet) -> None:
    layout = QTextTableFormat()
    layout.setBorder(0)
    layout.setCellPadding(0)
    layout.setCellSpacing(0)
    layout.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    layout.setColumnWidthConstraints(
        [
            QTextLength(QTextLength.Type.FixedLength, _doc(LOGO_MM[0] + 6)),
            QTextLength(QTextLength.Type.VariableLength, 0),
        ]
    )
    table = cursor.insertTable(1, 2, layout)

    url = QUrl("lagdesk-resource:programme-logo")
    document.addResource(QTextDocument.ResourceType.ImageResource, url, _logo())
    image = QTextImageFormat()
    image.setName(url.toString())
    image.setWidth(_doc(LOGO_MM[0]))
    image.setHeight(_doc(LOGO_MM[1]))
    table.cellAt(0, 0).firstCursorPosition().insertImage(image)

    text = table.cellAt(0, 1).firstCursorPosition()
    lines: list[tuple[str, QTextCharFormat]] = [
        (translate("SignIn", "Attendance sign-in sheet"), _char(9, bold=True)),
        (sheet.title, _char(15, bold=True)),
    ]
    where = ", ".join(part for part in (sheet.network, sheet.city) if part)
    if where:
        lines.append((where, _char(10)))
    lines.append(
        (translate("SignIn", "Date: {date}").format(date=format_date(sheet.date)), _char(10))
    )
    lines.append(
        (
            translate("SignIn", "Time: {time} ({zone})").format(
                time=sheet.time_range, zone=sheet.timezone
            ),
            _char(10),
        )
    )
    if sheet.venue:
        lines.append((translate("SignIn", "Place: {place}").format(place=sheet.venue), _char(10)))
    for number, (line, fmt) in enumerate(lines):
        if number:
            text.insertBlock()
        text.insertText(line, fmt)

    cursor.movePosition(QTextCursor.MoveOperation.End)
    spaced = QTextBlockFormat()
    spaced.setTopMargin(_doc(4))
    spaced.setBottomMargin(_doc(3))
    cursor.insertBlock(spaced)
    cursor.insertText(retention_line(sheet), _char(9, italic=True))


def _table(cursor: QTextCursor, sheet: SignInSheet) -> None:
    rows = 1 + len(sheet.invited) + sheet.blank_rows
    layout = QTextTableFormat()
    layout.setHeaderRowCount(1)
    layout.setBorder(1)
    layout.setBorderBrush(QBrush(QColor("#404040")))
    layout.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    layout.setBorderCollapse(True)
    layout.setCellSpacing(0)
    layout.setCellPadding(_doc(ROW_PADDING_MM))
    layout.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    layout.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, share) for share in COLUMNS]
    )
    table = cursor.insertTable(rows, len(COLUMNS), layout)

    heading = QTextTableCellFormat()
    heading.setBackground(QColor("#e6e6e6"))
    heading.setTopPadding(_doc(1.5))
    heading.setBottomPadding(_doc(1.5))
    titles = (
        translate("SignIn", "No."),
        translate("SignIn", "Name"),
        translate("SignIn", "Organisation"),
        translate("SignIn", "Signature"),
    )
    bold = _char(10, bold=True)
    for column, title in enumerate(titles):
        cell = table.cellAt(0, column)
        cell.setFormat(heading)
        cell.firstCursorPosition().insertText(title, bold)

    plain = _char(10)
    for row in range(1, rows):
        table.cellAt(row, 0).firstCursorPosition().insertText(str(row), plain)
        if row <= len(sheet.invited):
            person = sheet.invited[row - 1]
            table.cellAt(row, 1).firstCursorPosition().insertText(person.name, plain)
            table.cellAt(row, 2).firstCursorPosition().insertText(person.organisation, plain)


def _footer(painter: QPainter, sheet: SignInSheet, body: QRectF, page: int, pages: int) -> None:
    area = QRectF(body.left(), body.bottom() + _mm(3), body.width(), _mm(FOOTER_MM - 3))
    painter.save()
    painter.setPen(QPen(QColor("#808080"), 2))
    painter.drawLine(area.topLeft(), area.topRight())
    painter.setPen(QColor("#000000"))
    painter.setFont(_font(8))
    middle = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(area, Qt.AlignmentFlag.AlignLeft | middle, retention_line(sheet))
    painter.drawText(
        area,
        Qt.AlignmentFlag.AlignRight | middle,
        translate("SignIn", "Page {page} of {pages}").format(page=page, pages=pages),
    )
    painter.restore()


# --- reports built as a Document (the Integrated Action Plan) ------------------------------


def write_document_pdf(
    document: Document, out: Path, progress: Callable[[int, int], None] | None = None
) -> int:
    """Write ``document`` as an A4 PDF with "Page X of Y" footers; returns the page count.

    The same HTML as the HTML export, laid out by Qt: chapters start on a new page and a
    table's header row repeats on every page it runs over (``thead``). ``progress(done,
    pages)`` is told after each page; an exception it raises (a cancel) leaves no file and
    a file already at ``out`` as it was.
    """
    ensure_gui_application()
    pages = 0

    def render(path: str) -> None:
        nonlocal pages
        pages = _render_document(document, path, progress)

    write_atomically(Path(out), render)
    return pages


def _document_layout(
    report: Document, writer: QPdfWriter, body: QRectF
) -> tuple[QTextDocument, Footer]:
    """The report laid out in pages for ``writer``, and the footer of its pages."""
    layout = _paged_document(writer, body)

    def picture(figure: Figure, number: int) -> str:
        name = f"lagdesk-figure-{number}.png"
        layout.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(figure.png)
        )
        return name

    layout.setHtml(document_html(report, for_print=True, image_source=picture))

    def footer(painter: QPainter, page: int, pages: int) -> None:
        _document_footer(painter, report, body, page, pages)

    return layout, footer


def _render_document(
    report: Document, path: str, progress: Callable[[int, int], None] | None = None
) -> int:
    try:
        return _paint_document(report, path, progress)
    except BaseException as exc:
        # A traceback keeps its frames' locals: the text layout (with a running timer) would
        # be destroyed wherever the exception ends up, maybe on another thread, and Qt
        # complains. Let the Qt objects go here, on the thread that made them.
        traceback.clear_frames(exc.__traceback__)
        raise


def _paint_document(
    report: Document, path: str, progress: Callable[[int, int], None] | None
) -> int:

    def paint(target: QIODevice) -> int:
        writer, body = _a4_writer(target, report.title, PAGE_MARGIN_MM)
        layout, footer = _document_layout(report, writer, body)
        return _paint_pages(writer, layout, body, path, footer, progress)

    return _through_memory(path, paint)


def document_page_images(
    report: Document, count: int = 3, width: int = 800
) -> tuple[list[QImage], int]:
    """The first ``count`` pages of ``report`` as ``write_document_pdf`` lays them out, each
    on a white image ``width`` pixels wide (A4 high), and the number of pages in all.

    For a preview: laid out against a PDF writer that writes into memory (no file), painted
    on QImages only, so it may run on a worker thread."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer, body = _a4_writer(buffer, report.title, PAGE_MARGIN_MM)
    layout, footer = _document_layout(report, writer, body)
    pages = layout.pageCount()
    scale = width / writer.width()
    height = round(writer.height() * scale)
    images: list[QImage] = []
    for page in range(min(count, pages)):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        # The writer's resolution, so that point sizes (the footer's font) come out the
        # same number of writer pixels as in the PDF before the painter scales them down.
        image.setDotsPerMeterX(round(DPI / 0.0254))
        image.setDotsPerMeterY(round(DPI / 0.0254))
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        try:
            painter.setRenderHints(
                QPainter.RenderHint.Antialiasing
                | QPainter.RenderHint.TextAntialiasing
                | QPainter.RenderHint.SmoothPixmapTransform
            )
            painter.scale(scale, scale)
            _draw_page(painter, layout, body, page, pages, footer)
        finally:
            painter.end()
        images.append(image)
    del layout, writer  # they use the buffer: let them go first
    buffer.close()
    return images, pages


def _document_footer(
    painter: QPainter, report: Document, body: QRectF, page: int, pages: int
) -> None:
    area = QRectF(body.left(), body.bottom() + _mm(3), body.width(), _mm(FOOTER_MM - 3))
    painter.save()
    painter.setPen(QPen(QColor("#808080"), 2))
    painter.drawLine(area.topLeft(), area.topRight())
    painter.setPen(QColor("#000000"))
    painter.setFont(_font(8))
    middle = Qt.AlignmentFlag.AlignVCenter
    if report.footer:
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | middle, report.footer)
    painter.drawText(
        area,
        Qt.AlignmentFlag.AlignRight | middle,
        report.labels.page_of.format(page=page, pages=pages),
    )
    painter.restore()
