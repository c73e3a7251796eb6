"""The Reports area: choose a report and its options, preview it, export it off the GUI
thread with progress and Cancel, in a language of its own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from lagdesk.core.plan import versions as plan_versions
from lagdesk.db.database import Database
from lagdesk.i18n import current_language, report_language, translate
from lagdesk.ui.exports.jobs import ReportKind
from lagdesk.ui.exports.page import ReportsPage
from tests.ui.uihelpers import FakeDialogs

WAIT_MS = 120_000


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> Iterator[ReportsPage]:
    widget = ReportsPage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_as_of(date(2025, 6, 30))
    yield widget
    widget.runner.wait()


def wait_until_idle(qtbot: QtBot, page: ReportsPage) -> None:
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=WAIT_MS)


def test_each_report_shows_only_its_options(page: ReportsPage) -> None:
    assert len(page.report_buttons) == 3
    page.select_report(ReportKind.IAP)
    formats = [page.format_box.itemData(i) for i in range(page.format_box.count())]
    assert formats == ["docx", "pdf", "html"]
    assert page.version_box.isVisible()
    assert page.names_check.isVisible()
    assert not page.pseudonymise_check.isVisible()

    page.select_report(ReportKind.EXCEL)
    assert page.pseudonymise_check.isVisible()
    assert not page.version_box.isVisible()
    assert not page.names_check.isVisible()
    assert not page.format_box.isEnabled()

    page.select_report(ReportKind.CHARTS)
    formats = [page.format_box.itemData(i) for i in range(page.format_box.count())]
    assert formats == ["png", "svg", "pdf"]
    choice = page.choice()
    assert choice.kind is ReportKind.CHARTS
    assert not choice.pseudonymise
    assert not choice.with_names
    assert choice.version is None


def test_saved_plan_versions_can_be_chosen(page: ReportsPage, demo_db: Database) -> None:
    names = [row.name for row in plan_versions.versions(demo_db)]
    assert names
    offered = [page.version_box.itemData(i) for i in range(page.version_box.count())]
    assert offered == [None, *names]
    page.version_box.setCurrentIndex(1)
    assert page.choice().version == names[0]


def test_the_plan_preview_shows_its_first_pages(qtbot: QtBot, page: ReportsPage) -> None:
    page.select_report(ReportKind.IAP)
    page.show_preview()
    wait_until_idle(qtbot, page)
    assert len(page.preview_images) == 3
    pixmap = page.preview_images[0].pixmap()
    assert pixmap.width() == 720
    assert 1.38 < pixmap.height() / pixmap.width() < 1.45  # A4
    assert "The first 3 of " in page.preview_caption.text()
    assert "pages" in page.preview_caption.text()


def test_the_pages_shrink_to_a_narrow_pane_and_grow_back(qtbot: QtBot, page: ReportsPage) -> None:
    page.select_report(ReportKind.IAP)
    page.show_preview()
    wait_until_idle(qtbot, page)
    page.resize(900, 800)

    def fitted() -> None:
        viewport = page.preview_area.viewport().width()
        assert all(label.width() <= viewport for label in page.preview_images)
        assert page.preview_area.horizontalScrollBar().maximum() == 0

    qtbot.waitUntil(fitted)  # the layout follows the resize a moment later
    for label in page.preview_images:
        pixmap = label.pixmap()
        assert pixmap.width() < 720
        assert 1.38 < pixmap.height() / pixmap.width() < 1.45  # still A4
    page.resize(1600, 800)
    qtbot.waitUntil(lambda: page.preview_images[0].pixmap().width() == 720)  # never wider


def test_the_chart_preview_draws_charts(qtbot: QtBot, page: ReportsPage) -> None:
    page.select_report(ReportKind.CHARTS)
    page.show_preview()
    wait_until_idle(qtbot, page)
    assert len(page.preview_images) == 6
    assert all(label.pixmap().width() > 300 for label in page.preview_images)
    caption = page.preview_caption.text()
    assert caption.startswith("The first 6 of ")
    assert int(caption.split(" of ")[1].split()[0]) > 6


def test_the_excel_preview_shows_the_summary(qtbot: QtBot, page: ReportsPage) -> None:
    page.select_report(ReportKind.EXCEL)
    page.show_preview()
    wait_until_idle(qtbot, page)
    table = page.preview_table
    names = [table.item(row, 0).text() for row in range(table.rowCount())]
    values = {names[row]: table.item(row, 1).text() for row in range(table.rowCount())}
    assert values["Actions"] == "15"
    assert values["Report date"] == "30/06/2025"
    assert page.preview_stack.currentWidget() is table


def test_a_plan_document_is_exported_in_another_language(
    qtbot: QtBot, page: ReportsPage, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    out = tmp_path / "plan.docx"
    fake_dialogs.paths.append(out)
    page.select_report(ReportKind.IAP)
    page.language_box.setCurrentIndex(page.language_box.findData("pl"))
    page.export_report()
    wait_until_idle(qtbot, page)
    assert fake_dialogs.errors == []
    assert str(out) in page.last_message
    word = docx.Document(str(out))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    with report_language("pl"):
        polish = translate("Iap", "Context and challenge")
    assert any(polish in heading for heading in headings)
    assert word.core_properties.language == "pl"
    # The window kept its language.
    assert current_language() == "en"
    assert page.export_button.text() == "&Export…"


def test_the_excel_report_is_exported_pseudonymised(
    qtbot: QtBot, page: ReportsPage, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    out = tmp_path / "report"  # the suffix is added
    fake_dialogs.paths.append(out)
    page.select_report(ReportKind.EXCEL)
    page.pseudonymise_check.setChecked(True)
    page.export_report()
    wait_until_idle(qtbot, page)
    written = tmp_path / "report.xlsx"
    book = load_workbook(written, read_only=True)
    assert book.sheetnames[0] == "Summary"
    people = book["Stakeholders"] if "Stakeholders" in book.sheetnames else None
    assert people is not None
    names = [row[2] for row in people.iter_rows(min_row=2, values_only=True)]
    assert names
    assert all(str(name).startswith("P-") for name in names)
    assert "sheets" in page.last_message


def test_charts_are_exported_into_a_folder(
    qtbot: QtBot, page: ReportsPage, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    folder = tmp_path / "charts"
    folder.mkdir()
    fake_dialogs.paths.append(folder)
    page.select_report(ReportKind.CHARTS)
    page.format_box.setCurrentIndex(page.format_box.findData("svg"))
    page.export_report()
    wait_until_idle(qtbot, page)
    files = sorted(folder.iterdir())
    assert len(files) > 6
    assert all(path.suffix == ".svg" for path in files)
    assert (folder / "timeline.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_a_cancelled_export_leaves_no_file(
    qtbot: QtBot, page: ReportsPage, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"the previous export")
    fake_dialogs.paths.append(out)
    page.select_report(ReportKind.IAP)
    page.format_box.setCurrentIndex(page.format_box.findData("pdf"))
    page.export_report()
    assert page.runner.progress is not None
    page.runner.progress.canceled.emit()  # what its Cancel button sends
    wait_until_idle(qtbot, page)
    assert "cancelled" in page.last_message
    assert out.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("plan")) == ["plan.pdf"]
    assert fake_dialogs.informations == []


def test_an_unwritable_place_is_named_in_the_message(
    qtbot: QtBot, page: ReportsPage, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    fake_dialogs.paths.append(tmp_path / "missing" / "report.xlsx")
    page.select_report(ReportKind.EXCEL)
    page.export_report()
    wait_until_idle(qtbot, page)
    assert len(fake_dialogs.errors) == 1
    _title, text = fake_dialogs.errors[0]
    assert "missing" in text
    assert not (tmp_path / "missing").exists()
