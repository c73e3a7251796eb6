"""Progress, cancel and page previews of the report writers (for exports on a worker thread)."""

from __future__ import annotations

import gc
import shutil
import threading
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QImage

from lagdesk.core.reporting.plan_content import gather_iap
from lagdesk.db.database import Database, open_database
from lagdesk.i18n import install_language
from lagdesk.reports.document import PAGE_MARGIN_MM, Document
from lagdesk.reports.iap import CHAPTER_STEPS, CHAPTERS, iap_document, implementation, write_iap
from lagdesk.reports.pdf import FOOTER_MM, document_page_images, write_document_pdf
from lagdesk.reports.xlsx.report import export_report, summary_sheet

pytestmark = pytest.mark.usefixtures("widgets_application")

AS_OF = date(2025, 6, 30)
A4_MM = (210.0, 297.0)


class Cancelled(Exception):
    """What a Cancel button's progress callback raises."""


@pytest.fixture(autouse=True)
def english() -> None:
    install_language("en")


@pytest.fixture(scope="module")
def plan(small_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Document:
    """The small demo's plan document, built once for this module (tests only read it)."""
    install_language("en")
    path = Path(shutil.copy(small_demo_template, tmp_path_factory.mktemp("plan") / "demo.sqlite"))
    with open_database(path) as database:
        return iap_document(gather_iap(database, as_of=AS_OF))


class Recorder:
    """A progress callback that remembers its calls and raises on the ``cancel_at``-th."""

    def __init__(self, cancel_at: int | None = None) -> None:
        self.calls: list[tuple[int, int]] = []
        self.cancel_at = cancel_at

    def __call__(self, done: int, total: int) -> None:
        self.calls.append((done, total))
        if len(self.calls) == self.cancel_at:
            raise Cancelled


def assert_counts_up(calls: list[tuple[int, int]], total: int) -> None:
    assert calls == [(done, total) for done in range(1, total + 1)]


# --- the document and the three formats ------------------------------------------------------


def test_iap_document_reports_each_chapter(demo_db: Database) -> None:
    data = gather_iap(demo_db, as_of=AS_OF)
    progress = Recorder()
    document = iap_document(data, progress)
    assert len(document.chapters) == len(CHAPTERS) == 10
    whole = len(CHAPTERS) * CHAPTER_STEPS
    assert {total for _done, total in progress.calls} == {whole}
    done = [step for step, _total in progress.calls]
    assert done == sorted(done)  # never backwards
    ends = [step for step in done if step % CHAPTER_STEPS == 0 and step > 0]
    assert sorted(set(ends)) == [n * CHAPTER_STEPS for n in range(1, 11)]
    assert done[-1] == whole


def test_iap_document_stops_when_progress_raises(demo_db: Database) -> None:
    data = gather_iap(demo_db, as_of=AS_OF)
    progress = Recorder(cancel_at=2)
    with pytest.raises(Cancelled):
        iap_document(data, progress)
    assert progress.calls == [(CHAPTER_STEPS, 200), (2 * CHAPTER_STEPS, 200)]


def test_a_long_timeline_moves_the_bar_and_can_be_cancelled_between_pages(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The timeline of a large plan takes half a minute: each page is a step of its chapter,
    and a Cancel stops at the next page, not at the end of the chapter."""
    monkeypatch.setattr(
        implementation, "TIMELINE_ROWS", 4
    )  # the small demo's timeline on many pages
    data = gather_iap(demo_db, as_of=AS_OF)
    progress = Recorder()
    iap_document(data, progress)
    timeline = CHAPTERS.index(implementation.chapter)
    start, end = timeline * CHAPTER_STEPS, (timeline + 1) * CHAPTER_STEPS
    inside = sorted({step for step, _total in progress.calls if start < step < end})
    assert len(inside) >= 3

    first_inside = next(n for n, (step, _t) in enumerate(progress.calls, 1) if start < step)
    stopped = Recorder(cancel_at=first_inside)
    with pytest.raises(Cancelled):
        iap_document(data, stopped)
    assert stopped.calls[-1][0] < end  # stopped within the timeline chapter


def test_docx_reports_each_chapter(plan: Document, tmp_path: Path) -> None:
    progress = Recorder()
    assert write_iap(plan, tmp_path / "plan.docx", progress) == 0
    assert_counts_up(progress.calls, len(plan.chapters))


def test_pdf_reports_each_page(plan: Document, tmp_path: Path) -> None:
    progress = Recorder()
    pages = write_iap(plan, tmp_path / "plan.pdf", progress)
    assert pages > 2
    assert_counts_up(progress.calls, pages)


def test_html_reports_once_at_the_end(plan: Document, tmp_path: Path) -> None:
    progress = Recorder()
    out = tmp_path / "plan.html"
    write_iap(plan, out, progress)
    assert progress.calls == [(1, 1)]
    assert "</html>" in out.read_text("utf-8")


#: The call that cancels: the second, or HTML's only one.
CANCEL_AT = {"docx": 2, "pdf": 2, "html": 1}


@pytest.mark.parametrize("existing", [False, True], ids=["new", "replacing"])
@pytest.mark.parametrize("suffix", sorted(CANCEL_AT))
def test_cancelling_leaves_no_file_and_keeps_the_old_one(
    plan: Document, tmp_path: Path, suffix: str, existing: bool
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"plan.{suffix}"
    old = b"the plan exported last week\x00\xff"
    if existing:
        out.write_bytes(old)
    progress = Recorder(cancel_at=CANCEL_AT[suffix])
    with pytest.raises(Cancelled):
        write_iap(plan, out, progress)
    assert len(progress.calls) == CANCEL_AT[suffix]
    if existing:
        assert out.read_bytes() == old
        assert [path.name for path in folder.iterdir()] == [out.name]  # no temporary file
    else:
        assert not out.exists()
        assert list(folder.iterdir()) == []


def test_a_pdf_export_on_a_worker_thread_reports_and_cancels(
    plan: Document, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    progress = Recorder(cancel_at=3)
    outcome: list[BaseException] = []

    def export() -> None:
        try:
            write_iap(plan, folder / "plan.pdf", progress)
        except BaseException as exc:  # handed to the test's thread
            outcome.append(exc)

    worker = threading.Thread(target=export)
    worker.start()
    worker.join()
    assert [type(exc) for exc in outcome] == [Cancelled]
    total = progress.calls[0][1]
    assert progress.calls == [(1, total), (2, total), (3, total)]
    assert list(folder.iterdir()) == []
    outcome.clear()  # the exception and its traceback: no Qt object of the thread in them
    gc.collect()


# --- page previews ---------------------------------------------------------------------------


def pixels(image: QImage) -> np.ndarray:
    """The image's pixels as rows of 0xAARRGGBB."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    row = rgb.bytesPerLine() // 4
    data = np.frombuffer(rgb.constBits(), dtype=np.uint32).reshape(rgb.height(), row)
    return data[:, : rgb.width()].copy()


def ink(area: np.ndarray) -> int:
    """Pixels that are not white."""
    return int(np.count_nonzero((area & 0xFFFFFF) != 0xFFFFFF))


def band(image: np.ndarray, top_mm: float, bottom_mm: float) -> np.ndarray:
    per_mm = image.shape[0] / A4_MM[1]
    return image[round(top_mm * per_mm) : round(bottom_mm * per_mm)]


def assert_pages_look_printed(images: list[QImage], width: int) -> None:
    for image in images:
        assert not image.isNull()
        assert image.width() == width
        assert abs(image.height() - width * A4_MM[1] / A4_MM[0]) <= 1
        page = pixels(image)
        assert ink(page[:2]) == 0  # white paper above the margin
        footer_top = A4_MM[1] - PAGE_MARGIN_MM - FOOTER_MM
        assert ink(band(page, PAGE_MARGIN_MM, footer_top)) > 100  # the body has text
        assert ink(band(page, footer_top, footer_top + FOOTER_MM)) > 50  # line, "Page X of Y"
        assert ink(band(page, A4_MM[1] - PAGE_MARGIN_MM / 2, A4_MM[1])) == 0


def test_page_images_are_the_first_pages_of_the_pdf(plan: Document, tmp_path: Path) -> None:
    pages = write_document_pdf(plan, tmp_path / "plan.pdf")
    images, total = document_page_images(plan, count=3, width=600)
    assert total == pages
    assert len(images) == 3
    assert_pages_look_printed(images, 600)
    first, contents, _ = (pixels(image) for image in images)
    assert not np.array_equal(first, contents)


def test_page_images_stop_at_the_last_page(plan: Document) -> None:
    images, total = document_page_images(plan, count=1000, width=200)
    assert len(images) == total
    assert_pages_look_printed(images[:2], 200)


def test_page_images_are_made_on_a_worker_thread(plan: Document) -> None:
    made: list[tuple[list[QImage], int]] = []
    failed: list[BaseException] = []

    def preview() -> None:
        try:
            made.append(document_page_images(plan))
        except BaseException as exc:  # handed to the test's thread
            failed.append(exc)

    worker = threading.Thread(target=preview)
    worker.start()
    worker.join()
    assert failed == []
    [(images, total)] = made
    assert len(images) == 3
    assert total > 3
    assert_pages_look_printed(images, 800)
    assert pixels(images[0]).tolist() == pixels(document_page_images(plan, 1)[0][0]).tolist()


# --- the Excel report's summary --------------------------------------------------------------


def as_read_back(value: object) -> object:
    """A summary value as openpyxl reads it from the workbook."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, Decimal):
        return pytest.approx(float(value))
    if value == "":
        return None
    return value


@pytest.mark.parametrize("pseudonymise", [False, True], ids=["names", "pseudonyms"])
def test_summary_sheet_is_the_exported_summary(
    demo_db: Database, tmp_path: Path, pseudonymise: bool
) -> None:
    title, columns, rows = summary_sheet(demo_db, as_of=AS_OF, pseudonymise=pseudonymise)
    out = tmp_path / "report.xlsx"
    export_report(demo_db, out, as_of=AS_OF, pseudonymise=pseudonymise)
    book = load_workbook(out)
    assert book.sheetnames[0] == title == "Summary"
    written = list(book[title].iter_rows(values_only=True))
    assert written[0] == tuple(column.header for column in columns)
    assert isinstance(rows, list)
    preview = [(name, as_read_back(value)) for name, (value, _kind) in rows]  # type: ignore[misc]
    assert written[1:] == preview
    names = [name for name, _ in preview]
    assert ("Personal names" in names) is pseudonymise
    assert dict(preview)["Report date"] == datetime(2025, 6, 30)
    assert dict(preview)["Actions"] > 0
