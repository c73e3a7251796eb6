"""A ``Document`` as an editable Word file (python-docx).

Real Heading 1/2 styles (so Word's navigation pane and table of contents work), real
tables whose header row repeats on every page, charts as pictures, A4 with page numbers in
the footer. The table of contents is a Word field holding the headings as its current text:
it reads correctly as written, and Word or LibreOffice can update it with page numbers.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx import Document as new_word_document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from lagdesk.core.support.files import write_atomically
from lagdesk.reports.document import (
    CELL_MARGIN_MM,
    PAGE_MARGIN_MM,
    TEXT_WIDTH_MM,
    Align,
    BulletList,
    Cell,
    Chapter,
    Document,
    Figure,
    Heading,
    Paragraph,
    Table,
    chapter_title,
)

#: A font with Latin Extended (Polish, Latvian, Romanian) and Cyrillic (Bulgarian) letters
#: on every office suite (LibreOffice substitutes the metric-compatible Carlito).
BODY_FONT = "Calibri"
HEADER_FILL = "D9E2F3"
#: A table cell's inner margin left and right, in twentieths of a point.
CELL_MARGIN_TWIPS = round(CELL_MARGIN_MM / 25.4 * 1440)
_ALIGN = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    Align.CENTRE: WD_ALIGN_PARAGRAPH.CENTER,
}
#: Characters an XML file cannot hold (python-docx refuses them).
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def write_docx(
    document: Document, out: Path, progress: Callable[[int, int], None] | None = None
) -> Path:
    """Write ``document`` to ``out`` (.docx); a failure leaves no file behind.

    ``progress(done, total)`` is told after each chapter; an exception it raises (a cancel)
    stops the work before anything is written."""
    word = build_docx(document, progress)
    return write_atomically(Path(out), word.save)


def build_docx(document: Document, progress: Callable[[int, int], None] | None = None) -> Any:
    """The Word document in memory; ``progress(done, total)`` after each chapter."""
    word = new_word_document()
    _page_setup(word, document)
    _styles(word)
    _cover(word, document)
    _contents(word, document)
    total = len(document.chapters)
    for number, chapter in enumerate(document.chapters, start=1):
        _chapter(word, number, chapter)
        if progress is not None:
            progress(number, total)
    word.core_properties.title = clean(document.title)
    word.core_properties.language = document.language
    return word


def _page_setup(word: Any, document: Document) -> None:
    section = word.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(PAGE_MARGIN_MM))
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if document.footer:
        footer.add_run(clean(document.footer) + "  ·  ")
    _page_number_runs(footer, document.labels.page_of)


def _page_number_runs(paragraph: Any, pattern: str) -> None:
    """``pattern`` ("Page {page} of {pages}") with PAGE and NUMPAGES fields in its places."""
    for part in re.split(r"(\{page\}|\{pages\})", pattern):
        if part == "{page}":
            _field(paragraph, "PAGE", "1")
        elif part == "{pages}":
            _field(paragraph, "NUMPAGES", "1")
        elif part:
            paragraph.add_run(clean(part))


def _field(paragraph: Any, instruction: str, shown: str) -> None:
    _field_char(paragraph.add_run(), "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    _field_char(paragraph.add_run(), "separate")
    paragraph.add_run(shown)
    _field_char(paragraph.add_run(), "end")


def _field_char(run: Any, kind: str) -> None:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run._r.append(char)


def _styles(word: Any) -> None:
    normal = word.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(10.5)
    fonts = normal.element.rPr.rFonts
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), BODY_FONT)
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Caption"):
        style = word.styles[name]
        style.font.name = BODY_FONT
        rfonts = style.element.rPr.rFonts if style.element.rPr is not None else None
        if rfonts is not None:
            for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                rfonts.set(qn(attribute), BODY_FONT)


def _cover(word: Any, document: Document) -> None:
    for _ in range(6):
        word.add_paragraph()
    word.add_paragraph(clean(document.title), style="Title")
    if document.subtitle:
        word.add_paragraph(clean(document.subtitle), style="Subtitle")
    for line in document.cover_lines:
        word.add_paragraph(clean(line))
    word.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


def _contents(word: Any, document: Document) -> None:
    word.add_paragraph(clean(document.labels.contents), style="TOC Heading")
    entries = list(document.headings())
    first = word.add_paragraph()
    _field_char(first.add_run(), "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = ' TOC \\o "1-2" \\h \\z \\u '
    first.add_run()._r.append(code)
    _field_char(first.add_run(), "separate")
    last = first
    for index, (level, text) in enumerate(entries):
        paragraph = first if index == 0 else word.add_paragraph()
        paragraph.paragraph_format.left_indent = Mm(6 * (level - 1))
        paragraph.paragraph_format.space_after = Pt(2)
        run = paragraph.add_run(clean(text))
        run.bold = level == 1
        last = paragraph
    _field_char(last.add_run(), "end")


def _chapter(word: Any, number: int, chapter: Chapter) -> None:
    heading = word.add_heading(clean(chapter_title(number, chapter)), level=1)
    heading.paragraph_format.page_break_before = True
    for block in chapter.blocks:
        if isinstance(block, Heading):
            word.add_heading(clean(block.text), level=min(max(block.level, 2), 3))
        elif isinstance(block, Paragraph):
            _paragraph(word, block)
        elif isinstance(block, BulletList):
            for item in block.items:
                word.add_paragraph(clean(item), style="List Bullet")
        elif isinstance(block, Table):
            _table(word, block)
        elif isinstance(block, Figure):
            _figure(word, block)


def _paragraph(word: Any, block: Paragraph) -> None:
    paragraph = word.add_paragraph()
    for part in block.runs:
        run = paragraph.add_run(clean(part.text))
        run.bold = part.bold or None
        run.italic = part.italic or None
        if block.note:
            run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def _table(word: Any, block: Table) -> None:
    if block.caption:
        word.add_paragraph(clean(block.caption), style="Caption")
    grid = word.add_table(rows=1 + len(block.rows), cols=len(block.headers))
    grid.style = word.styles["Table Grid"]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    _narrow_cell_margins(grid)
    widths = [Mm(TEXT_WIDTH_MM * share) for share in block.shares()]
    rows = list(grid.rows)  # indexing grid.rows rebuilds the list each time: slow for 2,000
    _repeat_as_header(rows[0])
    header = [Cell(text, fill=HEADER_FILL, bold=True) for text in block.headers]
    for target, row in zip(rows, [header, *block.rows], strict=True):
        for column, (cell, width) in enumerate(zip(target.cells, widths, strict=True)):
            _fill_cell(cell, row[column], block, column)
            cell.width = width  # the cell widths Word lays out by
    for column, width in enumerate(widths):
        grid.columns[column].width = width  # the grid LibreOffice lays out by
    word.add_paragraph()


def _narrow_cell_margins(grid: Any) -> None:
    """1 mm inside each cell on the left and right (Word's default is 1.9 mm): nine columns
    on a portrait page keep whole words (document.CELL_MARGIN_MM)."""
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(CELL_MARGIN_TWIPS))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    properties = grid._tbl.tblPr
    look = properties.find(qn("w:tblLook"))  # the schema's order: tblCellMar before tblLook
    if look is None:
        properties.append(margins)
    else:
        look.addprevious(margins)


def _repeat_as_header(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    properties.append(repeat)
    no_split = OxmlElement("w:cantSplit")
    no_split.set(qn("w:val"), "true")
    properties.append(no_split)


def _fill_cell(target: Any, cell: Cell, block: Table, column: int) -> None:
    paragraph = target.paragraphs[0]
    paragraph.alignment = _ALIGN[block.alignment(column)]
    lines = clean(cell.text).split("\n")
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.bold = cell.bold or None
        run.font.size = Pt(block.points)
        if index < len(lines) - 1:
            run.add_break()
    if cell.fill:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), cell.fill.lstrip("#").upper())
        target._tc.get_or_add_tcPr().append(shading)


def _figure(word: Any, block: Figure) -> None:
    word.add_picture(io.BytesIO(block.png), width=Mm(min(block.width_mm, TEXT_WIDTH_MM)))
    word.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if block.caption:
        word.add_paragraph(clean(block.caption), style="Caption")
