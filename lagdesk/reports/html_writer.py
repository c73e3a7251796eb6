"""A ``Document`` as one self-contained HTML page (charts embedded), and the HTML that the
PDF writer lays out with Qt.

Every piece of user text is escaped. The page needs no network: styles inline, pictures
as data URLs.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable
from pathlib import Path

from lagdesk.core.support.files import write_atomically
from lagdesk.reports.document import (
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

FONT_STACK = "'DejaVu Sans', 'Noto Sans', Calibri, Arial, sans-serif"
STYLE = f"""
body {{ font-family: {FONT_STACK}; font-size: 10.5pt; color: #1a1a1a; max-width: 48em;
        margin: 2em auto; padding: 0 1em; line-height: 1.4; }}
h1 {{ font-size: 18pt; color: #1f3864; margin-top: 1.6em; }}
h2 {{ font-size: 13pt; color: #2f5496; }}
h3 {{ font-size: 11pt; }}
table {{ border-collapse: collapse; width: 100%; margin: 0.6em 0 0; }}
th, td {{ border: 1px solid #8a8a8a; padding: 3px 5px; vertical-align: top;
          font-size: 9pt; }}
th {{ background: #d9e2f3; }}
table.dense th, table.dense td {{ font-size: 8pt; padding: 2px 3px; }}
.note {{ color: #595959; font-style: italic; }}
.cover h1 {{ font-size: 26pt; margin-top: 3em; }}
.caption {{ font-style: italic; color: #404040; }}
.figure {{ margin: 1em 0; text-align: center; }}
img {{ max-width: 100%; }}
"""


def e(text: str) -> str:
    return html.escape(text, quote=True)


def write_html(
    document: Document, out: Path, progress: Callable[[int, int], None] | None = None
) -> Path:
    """Write the page to ``out``; ``progress(1, 1)`` once it is written, before it replaces
    what is at ``out``, so an exception raised there (a cancel) leaves ``out`` untouched."""
    text = document_html(document)

    def write(path: str) -> None:
        Path(path).write_text(text, "utf-8")
        if progress is not None:
            progress(1, 1)

    return write_atomically(Path(out), write)


#: Where a figure's picture comes from: (figure, its number in the document) -> src.
ImageSource = Callable[[Figure, int], str]


def data_url(figure: Figure, number: int) -> str:
    return "data:image/png;base64," + base64.b64encode(figure.png).decode("ascii")


def document_html(
    document: Document, *, for_print: bool = False, image_source: ImageSource = data_url
) -> str:
    """The whole page; ``for_print`` lays it out for paper (chapters on new pages, figures
    at their width in millimetres) and drops what the PDF's footer shows instead."""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(document.language)}"><head><meta charset="utf-8">',
        f"<title>{e(document.title)}</title>",
        f"<style>{STYLE}</style></head><body>",
        _cover(document),
        _contents(document, for_print=for_print),
    ]
    first_heading = 0
    figures = _Figures(image_source)
    for number, chapter in enumerate(document.chapters, start=1):
        parts.append(_chapter(number, chapter, first_heading, figures, for_print=for_print))
        first_heading += heading_count(chapter)
    if document.footer and not for_print:
        parts.append(f'<p class="note">{e(document.footer)}</p>')
    parts.append("</body></html>")
    return "\n".join(parts)


def anchor(index: int) -> str:
    return f"h{index}"


def _cover(document: Document) -> str:
    lines = "".join(f"<p>{e(line)}</p>" for line in document.cover_lines)
    subtitle = f"<h2>{e(document.subtitle)}</h2>" if document.subtitle else ""
    return f'<section class="cover"><h1>{e(document.title)}</h1>{subtitle}{lines}</section>'


def _contents(document: Document, *, for_print: bool) -> str:
    items = []
    for index, (level, text) in enumerate(document.headings()):
        indent = (level - 1) * 1.5
        items.append(
            f'<li style="margin-left:{indent}em"><a href="#{anchor(index)}">{e(text)}</a></li>'
        )
    breaks = ' style="page-break-before: always"' if for_print else ""
    return (
        f"<nav><h2{breaks}>{e(document.labels.contents)}</h2>"
        f'<ul style="list-style:none;padding-left:0">{"".join(items)}</ul></nav>'
    )


class _Figures:
    """Numbers the figures in document order for the image source."""

    def __init__(self, source: ImageSource) -> None:
        self.source = source
        self.count = 0

    def src(self, figure: Figure) -> str:
        self.count += 1
        return self.source(figure, self.count)


def _chapter(
    number: int, chapter: Chapter, first_heading: int, figures: _Figures, *, for_print: bool
) -> str:
    """The chapter's section; its headings get anchors counted from ``first_heading`` in the
    order ``Document.headings`` lists them, which the contents links to."""
    index = first_heading
    breaks = ' style="page-break-before: always"' if for_print else ""
    parts = [f'<section class="chapter"><h1 id="{anchor(index)}"{breaks}>']
    parts.append(f"{e(chapter_title(number, chapter))}</h1>")
    for block in chapter.blocks:
        if isinstance(block, Heading):
            index += 1
            parts.append(block_html(block, heading_id=anchor(index)))
        elif isinstance(block, Figure):
            parts.append(figure_html(block, figures.src(block), for_print=for_print))
        else:
            parts.append(block_html(block))
    parts.append("</section>")
    return "".join(parts)


def heading_count(chapter: Chapter) -> int:
    return 1 + sum(isinstance(block, Heading) for block in chapter.blocks)


def block_html(block: object, *, for_print: bool = False, heading_id: str = "") -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 2), 3)
        ident = f' id="{heading_id}"' if heading_id else ""
        return f"<h{level}{ident}>{e(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        runs = []
        for run in block.runs:
            text = e(run.text).replace("\n", "<br>")
            if run.bold:
                text = f"<b>{text}</b>"
            if run.italic:
                text = f"<i>{text}</i>"
            runs.append(text)
        css = ' class="note"' if block.note else ""
        return f"<p{css}>{''.join(runs)}</p>"
    if isinstance(block, BulletList):
        return "<ul>" + "".join(f"<li>{e(item)}</li>" for item in block.items) + "</ul>"
    if isinstance(block, Table):
        return table_html(block)
    if isinstance(block, Figure):
        return figure_html(block, data_url(block, 0), for_print=for_print)
    raise TypeError(f"not a block: {block!r}")


def figure_html(block: Figure, src: str, *, for_print: bool = False) -> str:
    caption = f'<p class="caption">{e(block.caption)}</p>' if block.caption else ""
    alt = e(block.description or block.caption)
    # Qt's rich text sizes a picture by its width attribute, in 96-dpi pixels.
    pixels = round(block.width_mm * 96 / 25.4)
    width = f'width="{pixels}"' if for_print else 'style="width:100%"'
    return (
        f'<div class="figure" align="center"><img src="{e(src)}" alt="{alt}" {width}>'
        f"{caption}</div>"
    )


def table_html(block: Table) -> str:
    shares = block.shares()
    head = "".join(
        f'<th width="{share * 100:.1f}%" align="{block.alignment(column).value}">{e(text)}</th>'
        for column, (text, share) in enumerate(zip(block.headers, shares, strict=True))
    )
    body = "".join(
        "<tr>"
        + "".join(_cell_html(cell, block, column) for column, cell in enumerate(row))
        + "</tr>"
        for row in block.rows
    )
    caption = f'<caption class="caption">{e(block.caption)}</caption>' if block.caption else ""
    # Attributes rather than CSS alone: Qt's rich text (the PDF) reads these.
    return (
        f'<table class="{"dense" if block.dense else "normal"}" border="1" cellspacing="0" '
        'cellpadding="3" width="100%">'
        f"{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _cell_html(cell: Cell, block: Table, column: int) -> str:
    style = [f"text-align:{block.alignment(column).value}"]
    if cell.fill:
        style.append(f"background:{e(cell.fill)}")
    text = e(cell.text).replace("\n", "<br>")
    if cell.bold:
        text = f"<b>{text}</b>"
    return f'<td style="{";".join(style)}">{text}</td>'
