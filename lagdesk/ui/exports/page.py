"""The Reports area: pick a report, set its options, see a preview, export it.

Previews and exports run on a worker thread behind a progress dialog with a Cancel button;
an export writes nothing until its file is whole, so cancelling leaves no file behind. A
report can be in another language than the window: the worker translates and formats in
the report's language only (``i18n.report_language``).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.plan.versions import versions
from lagdesk.db.database import Database
from lagdesk.i18n import LANGUAGES, current_language
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.background import BackgroundRunner
from lagdesk.ui.common.widgets import DateEdit, heading, paragraph, show_status
from lagdesk.ui.exports.jobs import FORMATS, Preview, ReportChoice, ReportKind, export, preview
from lagdesk.ui.shell.areas import Area


class ReportsPage(QWidget):
    """Reports: the Integrated Action Plan document, the Excel report and the charts."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_page")
        self.database = database
        self.runner = BackgroundRunner(self)
        self.last_message = ""
        self._build()
        self._load_versions()
        self.report_buttons[ReportKind.IAP].setChecked(True)

    # -- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.setSpacing(12)
        outer.addWidget(heading(Area.REPORTS.title))
        outer.addWidget(
            paragraph(
                self.tr(
                    "Choose a report and its options, look at the preview, then export it. "
                    "The file is written whole or not at all."
                )
            )
        )
        body = QHBoxLayout()
        body.setSpacing(18)
        outer.addLayout(body, 1)

        left = QVBoxLayout()
        left.setSpacing(12)
        body.addLayout(left, 0)
        choose = QGroupBox(self.tr("Report"))
        choose.setMaximumWidth(440)
        choices = QVBoxLayout(choose)
        choices.setSpacing(2)
        self.report_group = QButtonGroup(self)
        self.report_buttons: dict[ReportKind, QRadioButton] = {}
        for kind, title, text in (
            (
                ReportKind.IAP,
                self.tr("&Integrated Action Plan"),
                self.tr("The plan document: Word, PDF or web page."),
            ),
            (
                ReportKind.EXCEL,
                self.tr("E&xcel report"),
                self.tr("Every register on its own sheet, for the council or an audit."),
            ),
            (
                ReportKind.CHARTS,
                self.tr("&Charts"),
                self.tr("Every chart as a picture, one file each, for slides."),
            ),
        ):
            button = QRadioButton(title)
            button.setObjectName(f"report_{kind.value}")
            description = paragraph(text)
            description.setContentsMargins(24, 0, 0, 6)
            description.setEnabled(False)
            button.setToolTip(text)
            self.report_group.addButton(button)
            self.report_buttons[kind] = button
            choices.addWidget(button)
            choices.addWidget(description)
            button.toggled.connect(lambda on: self._report_changed() if on else None)
        left.addWidget(choose)

        options = QGroupBox(self.tr("Options"))
        form = QFormLayout(options)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.language_box = QComboBox()
        self.language_box.setObjectName("language_box")
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(current_language())))
        form.addRow(self.tr("&Language:"), self.language_box)
        self.format_box = QComboBox()
        self.format_box.setObjectName("format_box")
        form.addRow(self.tr("&Format:"), self.format_box)
        self.version_box = QComboBox()
        self.version_box.setObjectName("version_box")
        self.version_label = QLabel(self.tr("Plan &version:"))
        self.version_label.setBuddy(self.version_box)
        form.addRow(self.version_label, self.version_box)
        self.as_of_edit = DateEdit()
        self.as_of_edit.setObjectName("as_of_edit")
        self.as_of_edit.setToolTip(self.tr("Progress and statuses are worked out on this date."))
        form.addRow(self.tr("&As of:"), self.as_of_edit)
        self.names_check = QCheckBox(self.tr("Include the &names of local group members"))
        self.names_check.setToolTip(
            self.tr("Without this, members are listed by organisation and role only.")
        )
        form.addRow(self.names_check)
        self.pseudonymise_check = QCheckBox(self.tr("&Pseudonymise personal data"))
        self.pseudonymise_check.setToolTip(
            self.tr(
                "Names become stable pseudonyms (P-0001 …) and contacts are left out, "
                "for sharing outside the city."
            )
        )
        form.addRow(self.pseudonymise_check)
        # Capped so that the column does not sprawl, but never below what the box holds:
        # a check box cannot wrap, and longer languages must not be cut.
        options.setMaximumWidth(max(440, options.minimumSizeHint().width()))
        left.addWidget(options)

        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("P&review"))
        self.preview_button.setObjectName("preview_button")
        self.preview_button.setToolTip(self.tr("Show what the report will look like (F5)"))
        self.preview_button.clicked.connect(self.show_preview)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.export_button.setToolTip(self.tr("Write the report to a file (Ctrl+E)"))
        self.export_button.clicked.connect(self.export_report)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        left.addStretch(1)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.show_preview)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export_report)

        right = QVBoxLayout()
        right.setSpacing(6)
        body.addLayout(right, 1)
        self.preview_caption = paragraph(
            self.tr("Press Preview (F5) to see the report before you export it.")
        )
        self.preview_caption.setObjectName("preview_caption")
        right.addWidget(self.preview_caption)
        self.preview_stack = QStackedWidget()
        self.preview_area = QScrollArea()
        self.preview_area.setObjectName("preview_area")
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview_pages = QWidget()
        self.preview_pages.setObjectName("preview_pages")
        self.pages_layout = QVBoxLayout(self.preview_pages)
        self.pages_layout.setSpacing(16)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview_area.setWidget(self.preview_pages)
        self.preview_stack.addWidget(self.preview_area)
        self.preview_table = QTableWidget(0, 2)
        self.preview_table.setObjectName("preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.verticalHeader().hide()
        self.preview_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.preview_stack.addWidget(self.preview_table)
        right.addWidget(self.preview_stack, 1)
        self.preview_images: list[QLabel] = []
        #: The images as drawn, kept whole: each label shows one scaled to the pane's width.
        self._originals: list[QImage] = []
        self.preview_area.viewport().installEventFilter(self)

    def _load_versions(self) -> None:
        self.version_box.clear()
        self.version_box.addItem(self.tr("The plan as it is now"), None)
        for row in versions(self.database):
            self.version_box.addItem(row.name, row.name)

    # -- the choice ----------------------------------------------------------------------

    @property
    def kind(self) -> ReportKind:
        for kind, button in self.report_buttons.items():
            if button.isChecked():
                return kind
        return ReportKind.IAP

    def select_report(self, kind: ReportKind) -> None:
        self.report_buttons[kind].setChecked(True)

    def _format_name(self, file_format: str) -> str:
        names = {
            "docx": self.tr("Word document (.docx)"),
            "pdf": self.tr("PDF (.pdf)"),
            "html": self.tr("Web page (.html)"),
            "xlsx": self.tr("Excel workbook (.xlsx)"),
            "png": self.tr("PNG pictures"),
            "svg": self.tr("SVG drawings (scalable)"),
        }
        if self.kind is ReportKind.CHARTS and file_format == "pdf":
            return self.tr("PDF files (one per chart)")
        return names[file_format]

    def _report_changed(self) -> None:
        kind = self.kind
        self.format_box.clear()
        for file_format in FORMATS[kind]:
            self.format_box.addItem(self._format_name(file_format), file_format)
        self.format_box.setEnabled(len(FORMATS[kind]) > 1)
        is_plan = kind is ReportKind.IAP
        self.version_box.setVisible(is_plan)
        self.version_label.setVisible(is_plan)
        self.names_check.setVisible(is_plan)
        self.pseudonymise_check.setVisible(kind is ReportKind.EXCEL)
        self._clear_preview()

    def choice(self) -> ReportChoice:
        kind = self.kind
        return ReportChoice(
            kind=kind,
            language=str(self.language_box.currentData()),
            file_format=str(self.format_box.currentData()),
            as_of=self.as_of_edit.date_value(),
            version=self.version_box.currentData() if kind is ReportKind.IAP else None,
            with_names=kind is ReportKind.IAP and self.names_check.isChecked(),
            pseudonymise=kind is ReportKind.EXCEL and self.pseudonymise_check.isChecked(),
        )

    def set_as_of(self, value: date) -> None:
        self.as_of_edit.setDate(QDate(value.year, value.month, value.day))

    # -- preview -------------------------------------------------------------------------

    def _clear_preview(self) -> None:
        for label in self.preview_images:
            self.pages_layout.removeWidget(label)
            label.deleteLater()
        self.preview_images = []
        self._originals = []
        self.preview_table.setRowCount(0)
        self.preview_stack.setCurrentWidget(self.preview_area)
        self.preview_caption.setText(
            self.tr("Press Preview (F5) to see the report before you export it.")
        )

    def show_preview(self) -> None:
        if self.runner.busy:
            return
        choice = self.choice()
        database = self.database
        self.runner.run_cancellable(
            self.tr("Preview"),
            self.tr("Preparing the preview…"),
            lambda progress: preview(database, choice, progress),
            self._show_preview,
            self._failed,
            lambda: show_status(self, self.tr("The preview was cancelled.")),
        )

    def _show_preview(self, result: Preview) -> None:
        self._clear_preview()
        self.preview_caption.setText(result.caption)
        if result.table:
            self.preview_table.setHorizontalHeaderLabels([self.tr("Key figure"), self.tr("Value")])
            self.preview_table.setRowCount(len(result.table))
            for row, (name, value) in enumerate(result.table):
                self.preview_table.setItem(row, 0, QTableWidgetItem(name))
                self.preview_table.setItem(row, 1, QTableWidgetItem(value))
            self.preview_stack.setCurrentWidget(self.preview_table)
            return
        for number, image in enumerate(result.images, start=1):
            label = QLabel()
            label.setFrameShape(QFrame.Shape.Box)
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            label.setAccessibleName(self.tr("Preview {number}").format(number=number))
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.preview_images.append(label)
            self._originals.append(image)
        self._fit_images()

    def _fit_images(self) -> None:
        """Show each image as wide as the pane allows, never wider than drawn: a narrow
        window gets smaller pages instead of a horizontal scroll bar."""
        margins = self.pages_layout.contentsMargins()
        frame = 2 * 1  # the label's box
        room = self.preview_area.viewport().width() - margins.left() - margins.right() - frame
        scroll_bar = self.preview_area.verticalScrollBar()
        if not scroll_bar.isVisible():  # room for it, which the pages will likely need
            room -= scroll_bar.sizeHint().width()
        for label, image in zip(self.preview_images, self._originals, strict=True):
            width = max(1, min(image.width(), room))
            if label.pixmap().width() == width:
                continue
            scaled = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(QPixmap.fromImage(scaled))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.preview_area.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_images()
        return super().eventFilter(watched, event)

    # -- export --------------------------------------------------------------------------

    def _suggested(self, choice: ReportChoice) -> Path:
        folder = self.database.path.parent
        stem = self.database.path.stem
        names = {
            ReportKind.IAP: f"{stem}-action-plan-{choice.language}.{choice.file_format}",
            ReportKind.EXCEL: f"{stem}-report-{choice.language}.xlsx",
            ReportKind.CHARTS: f"{stem}-charts",
        }
        return folder / names[choice.kind]

    def ask_output(self, choice: ReportChoice) -> Path | None:
        """Where to write: a file (a folder for charts), or None when the user cancels."""
        suggested = self._suggested(choice)
        if choice.kind is ReportKind.CHARTS:
            return dialogs.folder_path(self, self.tr("Folder for the charts"), suggested.parent)
        # "Word document (.docx)" names the suffix already: the filter adds only the pattern.
        name = re.sub(r"\s*\(\.\w+\)$", "", self._format_name(choice.file_format))
        name_filter = f"{name} (*.{choice.file_format})"
        path = dialogs.save_file_path(self, self.tr("Export the report"), suggested, name_filter)
        if path is not None and path.suffix.lower() != f".{choice.file_format}":
            path = path.with_name(f"{path.name}.{choice.file_format}")
        return path

    def export_report(self) -> None:
        if self.runner.busy:
            return
        choice = self.choice()
        out = self.ask_output(choice)
        if out is None:
            return
        database = self.database
        self.runner.run_cancellable(
            self.tr("Export"),
            self.tr("Exporting…"),
            lambda progress: export(database, choice, out, progress),
            self._exported,
            self._failed,
            lambda: self._say(self.tr("The export was cancelled. No file was written.")),
        )

    def _say(self, text: str) -> None:
        self.last_message = text
        show_status(self, text, 10000)

    def _exported(self, message: str) -> None:
        self._say(message)
        dialogs.show_information(self, self.tr("Export"), message)

    def _failed(self, error: Any) -> None:
        self.last_message = str(error)
        dialogs.show_error(self, self.tr("The report was not written"), str(error))

    # -- the window's hooks --------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.runner.busy:
            current = self.version_box.currentData()
            self._load_versions()
            self.version_box.setCurrentIndex(max(0, self.version_box.findData(current)))
