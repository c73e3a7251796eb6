"""The document model as PDF (Qt), read back with pdftotext."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pdftext import needs, pdf_text

from lagdesk.reports.pdf import write_document_pdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_document_writers import sample

pytestmark = [
    needs("pdftotext"),
    pytest.mark.usefixtures("widgets_application"),
]


def test_pdf_has_every_chapter_header_rows_on_each_page_and_page_numbers(
    tmp_path: Path,
) -> None:
    out = tmp_path / "plan.pdf"
    pages = write_document_pdf(sample(), out)

    assert pages >= 4
    first = pdf_text(out, 1)
    assert "Zintegrowany Plan Działania" in first
    assert f"Strona 1 z {pages}" in first
    assert "Spis treści" in pdf_text(out, 2)
    assert "Spis treści" not in first  # the contents starts its own page
    everything = pdf_text(out)
    for text in ("1. Działania", "1.1 Объект", "2. Ryzyka", "Действие 59", "Ķekava, Brașov"):
        assert text in everything
    assert "<b>not bold</b> & = a formula?" in everything
    # The 60-row table runs over pages; each of its pages starts with the header row.
    table_pages = [n for n in range(1, pages + 1) if "zażółć gęślą jaźń" in pdf_text(out, n)]
    assert len(table_pages) >= 2
    for number in table_pages:
        assert "Code" in pdf_text(out, number)
        assert "Action" in pdf_text(out, number)
    assert f"Strona {pages} z {pages}" in pdf_text(out, pages)
    assert "No risks are recorded." in pdf_text(out, pages)
