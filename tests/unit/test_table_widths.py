"""Column widths of document tables keep words whole: a long Polish or Bulgarian header is
not broken in the middle because the English one was short."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from lagdesk.reports import docx_writer
from lagdesk.reports.document import (
    CELL_MARGIN_MM,
    TEXT_WIDTH_MM,
    Chapter,
    Document,
    fit_words,
    table,
    word_mm,
)

HEADERS = ("Cel", "Wskaźnik", "Częstotliwość", "Status")
WEIGHTS = (1, 4, 1, 1)  # weighted for "Frequency", as the plan's results framework is


def results_table(rows: int = 3) -> object:
    return table(
        HEADERS,
        [("1.1", "Contracts above EUR 10 000 with green clauses", "Co rok", "Opóźniony")] * rows,
        widths=WEIGHTS,
    )


def test_a_long_header_gets_the_room_of_its_longest_word() -> None:
    shares = results_table().shares()
    assert sum(shares) == pytest.approx(1.0)
    given = 1 / sum(WEIGHTS)
    needed = (word_mm("Częstotliwość", 9, bold=True) + 2 * CELL_MARGIN_MM) / TEXT_WIDTH_MM
    assert given < needed  # the weight alone would break the word
    assert shares[2] >= needed
    assert shares[1] < 4 * given  # the room came from the wide text column


def test_weights_that_fit_are_kept() -> None:
    plain = table(("A", "B"), [("x", "y")], widths=(1, 3))
    assert plain.shares() == pytest.approx([0.25, 0.75])


def test_words_are_measured_in_the_table_font() -> None:
    assert word_mm("Wartość", 8, bold=True) > word_mm("Wartość", 8)
    assert word_mm("Wartość", 9) > word_mm("Wartość", 8)
    assert word_mm("WWW", 8) > word_mm("iii", 8)


def test_headers_and_short_cells_come_before_running_text() -> None:
    # Needs over the whole width: the short needs are met, the running text gives way.
    shares = fit_words([0.4, 0.3, 0.3], [0.1, 0.45, 0.45], [0.5, 0.45, 0.45])
    assert sum(shares) == pytest.approx(1.0)
    assert shares[1] == pytest.approx(0.45)
    assert shares[2] == pytest.approx(0.45)
    assert shares[0] == pytest.approx(0.1)


def test_spare_room_beyond_running_text_is_taken_first() -> None:
    # Column 0 wants all its width for running text; column 1 has room to spare.
    shares = fit_words([0.4, 0.4, 0.2], [0.1, 0.1, 0.3], [0.4, 0.1, 0.3])
    assert shares == pytest.approx([0.4, 0.3, 0.3])


def test_needs_beyond_the_whole_still_add_up() -> None:
    shares = fit_words([0.25] * 4, [0.3] * 4)
    assert sum(shares) == pytest.approx(1.0)
    assert all(share > 0 for share in shares)


def test_a_soft_hyphen_lets_a_long_compound_break() -> None:
    whole = table(("Prawdopodobieństwo", "B"), [("1", "x")], widths=(1, 9)).shares()
    hyphen = table(("Prawdopodo\u00adbieństwo", "B"), [("1", "x")], widths=(1, 9)).shares()
    assert hyphen[0] < whole[0]


def test_the_docx_table_has_narrow_cell_margins_and_the_shares(tmp_path: Path) -> None:
    out = tmp_path / "t.docx"
    document = Document(
        title="T", subtitle="", language="pl", chapters=(Chapter("C", (results_table(),)),)
    )
    docx_writer.write_docx(document, out)
    grid = docx.Document(str(out)).tables[0]
    properties = grid._tbl.tblPr
    margins = properties.find(qn("w:tblCellMar"))
    assert margins is not None
    left = margins.find(qn("w:left"))
    assert int(left.get(qn("w:w"))) == docx_writer.CELL_MARGIN_TWIPS
    # The schema's order: the margins before tblLook, or Word reports the file damaged.
    names = [child.tag for child in properties]
    assert names.index(qn("w:tblCellMar")) < names.index(qn("w:tblLook"))
    widths = [column.width for column in grid.columns]
    expected = results_table().shares()
    total = sum(widths)
    for width, share in zip(widths, expected, strict=True):
        assert width / total == pytest.approx(share, abs=0.01)
