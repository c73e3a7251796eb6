"""Every export speaks the language it is asked for: chapter titles, sheet names, headers,
chart labels, dates and amounts."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from lagdesk import cli
from lagdesk.i18n import format_amount, install_language, report_language, translate

FOREIGN = ["pl", "lv", "ro", "bg"]
AS_OF = "2025-06-30"
CHAPTER_TITLES = (
    "Cover and executive summary",
    "Context and challenge",
    "Participatory process",
)
SHEETS = ("Summary", "Stakeholders", "Meetings", "Actions", "Indicators")


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(demo_file, tmp_path / "demo.sqlite"))


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    """English around each test. ``qapp`` first: a CLI run with --lang would otherwise make a
    bare QCoreApplication, and a later test of this worker could not have its QApplication."""
    del qapp
    install_language("en")
    yield
    install_language("en")


def in_language(language: str, context: str, text: str) -> str:
    with report_language(language):
        return translate(context, text)


@pytest.mark.parametrize("language", FOREIGN)
def test_the_plan_document_has_translated_chapter_titles(
    demo: Path, tmp_path: Path, language: str
) -> None:
    out = tmp_path / f"plan-{language}.docx"
    assert (
        cli.main(
            [
                "export",
                "iap",
                "--db",
                str(demo),
                "--out",
                str(out),
                "--as-of",
                AS_OF,
                "--lang",
                language,
            ]
        )
        == 0
    )
    word = docx.Document(str(out))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    for english_title in CHAPTER_TITLES:
        title = in_language(language, "Iap", english_title)
        assert title != english_title, f"{english_title!r} is not translated into {language}"
        assert any(title in heading for heading in headings)
    assert not any(english in " ".join(headings) for english in CHAPTER_TITLES)
    assert word.core_properties.language == language
    body = "\n".join(p.text for p in word.paragraphs)
    if language == "bg":
        assert re.search("[А-Яа-я]{4}", body)
    key_figures = {row.cells[0].text: row.cells[1].text for row in word.tables[0].rows}
    cost = key_figures[in_language(language, "Iap", "Estimated cost")]
    with report_language(language):
        assert cost == format_amount(Decimal("1820000"))  # the currency with the figure
    assert "€" in cost


@pytest.mark.parametrize("language", FOREIGN)
def test_the_excel_report_has_translated_sheets_and_headers(
    demo: Path, tmp_path: Path, language: str
) -> None:
    out = tmp_path / f"report-{language}.xlsx"
    assert (
        cli.main(
            [
                "export",
                "report",
                "--db",
                str(demo),
                "--out",
                str(out),
                "--as-of",
                AS_OF,
                "--lang",
                language,
            ]
        )
        == 0
    )
    book = load_workbook(out, read_only=True)
    for english_name in SHEETS:
        name = in_language(language, "Report", english_name)
        assert name != english_name
        assert name[:31] in book.sheetnames
    assert not set(SHEETS) & set(book.sheetnames)
    summary = book[book.sheetnames[0]]
    header = next(summary.iter_rows(max_row=1, values_only=True))
    assert header[0] == in_language(language, "Report", "Key figure")
    assert header[1] == in_language(language, "Report", "Value")
    assert header[1] != "Value"
