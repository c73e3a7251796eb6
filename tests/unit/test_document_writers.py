"""One document model, written as DOCX and HTML, read back."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from matplotlib.figure import Figure as MplFigure

from lagdesk.core.support.files import write_atomically
from lagdesk.reports import docx_writer, html_writer
from lagdesk.reports.document import (
    Align,
    BulletList,
    Cell,
    Chapter,
    Document,
    Figure,
    Heading,
    Labels,
    Paragraph,
    table,
)


def chart_png() -> bytes:
    figure = MplFigure(figsize=(4, 2), dpi=100)
    figure.add_subplot().bar(["a", "b"], [1, 2])
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def sample() -> Document:
    rows = [(f"1.{n}", f"Действие {n} – zażółć gęślą jaźń", f"{n * 1000:,}") for n in range(60)]
    return Document(
        title="Zintegrowany Plan Działania",
        subtitle="GenProcure — Koszalin",
        cover_lines=("Wersja: v1", "Ķekava, Brașov"),
        chapters=(
            Chapter(
                "Działania",
                (
                    Paragraph.of("<b>not bold</b> & = a formula?"),
                    Heading("1.1 Объект", level=2),
                    table(
                        ("Code", "Action", "Cost"),
                        [*rows[:-1], (rows[-1][0], Cell(rows[-1][1], fill="#009E73"), "0")],
                        align=(Align.LEFT, Align.LEFT, Align.RIGHT),
                        widths=(1, 4, 1.5),
                        caption="Actions of 1.1",
                    ),
                    BulletList(("first", "second")),
                    Figure(chart_png(), width_mm=120, caption="Timeline"),
                ),
            ),
            Chapter("Ryzyka", (Paragraph.empty_note("No risks are recorded."),)),
        ),
        language="pl",
        labels=Labels(contents="Spis treści", page_of="Strona {page} z {pages}"),
        footer="Wersja v1",
    )


def test_docx_has_real_headings_tables_pictures_and_page_numbers(tmp_path: Path) -> None:
    out = docx_writer.write_docx(sample(), tmp_path / "plan.docx")
    word = docx.Document(str(out))

    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Head")]
    assert headings == [
        ("Heading 1", "1. Działania"),
        ("Heading 2", "1.1 Объект"),
        ("Heading 1", "2. Ryzyka"),
    ]
    chapters = [p for p in word.paragraphs if p.style.name == "Heading 1"]
    assert all(p.paragraph_format.page_break_before for p in chapters)
    texts = [p.text for p in word.paragraphs]
    assert "Zintegrowany Plan Działania" in texts
    assert "<b>not bold</b> & = a formula?" in texts
    assert "No risks are recorded." in texts
    # The contents lists every heading in order, inside a TOC field.
    contents = texts.index("Spis treści")
    assert texts[contents + 1 : contents + 4] == ["1. Działania", "1.1 Объект", "2. Ryzyka"]
    assert ' TOC \\o "1-2" \\h \\z \\u ' in word.element.xml

    (grid,) = word.tables
    assert [c.text for c in grid.rows[0].cells] == ["Code", "Action", "Cost"]
    assert len(grid.rows) == 61
    assert grid.rows[1].cells[1].text == "Działanie 0 – zażółć gęślą jaźń".replace(
        "Działanie", "Действие"
    )
    header_properties = grid.rows[0]._tr.trPr
    assert header_properties.find(qn("w:tblHeader")).get(qn("w:val")) == "true"
    assert grid.rows[1]._tr.trPr is None or grid.rows[1]._tr.trPr.find(qn("w:tblHeader")) is None
    assert grid.rows[5].cells[2].paragraphs[0].alignment == 2  # right
    shading = grid.rows[60].cells[1]._tc.tcPr.find(qn("w:shd"))
    assert shading.get(qn("w:fill")) == "009E73"
    assert abs(grid.columns[1].width.mm - 170 * 4 / 6.5) < 0.5
    assert len(word.inline_shapes) == 1
    assert abs(word.inline_shapes[0].width.mm - 120) < 1

    section = word.sections[0]
    assert round(section.page_width.mm) == 210
    assert round(section.page_height.mm) == 297
    footer_xml = section.footer._element.xml
    assert " PAGE " in footer_xml
    assert " NUMPAGES " in footer_xml
    assert "Strona " in footer_xml
    assert word.core_properties.title == "Zintegrowany Plan Działania"


def test_docx_drops_characters_xml_cannot_hold(tmp_path: Path) -> None:
    document = Document(title="A\x00B\x1f", chapters=(Chapter("C\x07", (Paragraph.of("x\x0by"),)),))
    word = docx.Document(str(docx_writer.write_docx(document, tmp_path / "x.docx")))
    texts = [p.text for p in word.paragraphs]
    assert "AB" in texts
    assert "xy" in texts
    assert "1. C" in texts


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(str(values["id"]))
        if tag == "a" and values.get("href"):
            self.links.append(str(values["href"]).lstrip("#"))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_escapes_user_text_and_links_every_heading(tmp_path: Path) -> None:
    out = html_writer.write_html(sample(), tmp_path / "plan.html")
    page = out.read_text("utf-8")
    parsed = _Collect()
    parsed.feed(page)

    assert "b" not in parsed.tags  # the user's "<b>" is text, not markup
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; = a formula?" in page
    assert parsed.links == parsed.ids
    assert len(parsed.ids) == 3
    assert parsed.tags.count("tr") == 61
    assert parsed.tags.count("thead") == 1
    assert "data:image/png;base64," in page
    assert 'lang="pl"' in page
    assert "Действие 59" in "".join(parsed.text)
    assert re.search(r"background:#009E73", page)


def test_nothing_is_left_behind_when_writing_fails(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "report.docx"
    target.write_bytes(b"old")

    def fail(path: str) -> None:
        Path(path).write_bytes(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, fail)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in folder.iterdir()) == ["report.docx"]


def test_table_refuses_rows_of_the_wrong_width() -> None:
    with pytest.raises(ValueError, match="one cell per header"):
        table(("a", "b"), [("1",)])
