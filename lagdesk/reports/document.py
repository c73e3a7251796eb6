"""A report as plain blocks (headings, paragraphs, tables, figures), written by each format.

The Integrated Action Plan is built once as a ``Document``; ``docx_writer``, ``html_writer``
and ``pdf`` turn the same blocks into a file, so the chapter logic exists in one place and
the formats cannot drift apart. Text in the blocks is final: translated and formatted for the
report's language before it gets here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

#: A table with this many columns or more is set in smaller type.
DENSE_COLUMNS = 7


class Align(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    CENTRE = "center"


@dataclass(frozen=True)
class Run:
    """Part of a paragraph with one look."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    #: A quieter paragraph (notes such as "No risks are recorded.").
    note: bool = False

    @classmethod
    def of(cls, text: str, *, bold: bool = False, italic: bool = False) -> Paragraph:
        return cls((Run(text, bold=bold, italic=italic),))

    @classmethod
    def empty_note(cls, text: str) -> Paragraph:
        return cls((Run(text, italic=True),), note=True)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Heading:
    """A heading below the chapter's own (level 2 or 3)."""

    text: str
    level: int = 2


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Cell:
    """A table cell: its text and, where it says something, a background colour (#rrggbb)."""

    text: str
    fill: str | None = None
    bold: bool = False


@dataclass(frozen=True)
class Table:
    """A real table: a header row repeated on every page, then the data rows.

    ``widths`` are relative weights of the columns (None: equal); ``align`` one per column.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    align: tuple[Align, ...] = ()
    widths: tuple[float, ...] = ()
    caption: str = ""

    def __post_init__(self) -> None:
        size = len(self.headers)
        if any(len(row) != size for row in self.rows):
            raise ValueError("every row of a table has one cell per header")
        if self.align and len(self.align) != size:
            raise ValueError("one alignment per column")
        if self.widths and len(self.widths) != size:
            raise ValueError("one width per column")

    @property
    def dense(self) -> bool:
        """Many columns on a portrait page: the writers use a smaller type."""
        return len(self.headers) >= DENSE_COLUMNS

    def alignment(self, column: int) -> Align:
        return self.align[column] if self.align else Align.LEFT

    def shares(self) -> list[float]:
        """Each column's share of the table's width (they add up to 1)."""
        weights = list(self.widths) if self.widths else [1.0] * len(self.headers)
        total = sum(weights) or 1.0
        return [weight / total for weight in weights]


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str | Cell]],
    *,
    align: Sequence[Align] = (),
    widths: Sequence[float] = (),
    caption: str = "",
) -> Table:
    """A table from plain strings or cells."""
    return Table(
        headers=tuple(headers),
        rows=tuple(
            tuple(cell if isinstance(cell, Cell) else Cell(cell) for cell in row) for row in rows
        ),
        align=tuple(align),
        widths=tuple(widths),
        caption=caption,
    )


@dataclass(frozen=True)
class Figure:
    """A chart as a PNG, placed at ``width_mm`` (at most the text width) with a caption."""

    png: bytes
    width_mm: float
    caption: str = ""
    #: What the chart shows, for readers who cannot see it (HTML alt text).
    description: str = ""


Block = Paragraph | Heading | BulletList | Table | Figure


@dataclass(frozen=True)
class Chapter:
    """A numbered chapter (Heading 1) and its blocks."""

    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Labels:
    """The words the writers put on the page themselves, in the report's language."""

    contents: str = "Contents"
    #: With {page} and {pages}.
    page_of: str = "Page {page} of {pages}"
    figure: str = "Figure"


@dataclass(frozen=True)
class Document:
    """A whole report: a title page (title, subtitle, lines such as network and date), a
    table of contents, then the chapters in order."""

    title: str
    subtitle: str = ""
    cover_lines: tuple[str, ...] = ()
    chapters: tuple[Chapter, ...] = ()
    language: str = "en"
    labels: Labels = field(default_factory=Labels)
    #: Shown at the foot of every page beside the page number (e.g. the version's name).
    footer: str = ""

    def headings(self) -> Iterator[tuple[int, str]]:
        """Every heading in order as (level, text), chapter titles numbered as printed."""
        for number, chapter in enumerate(self.chapters, start=1):
            yield 1, chapter_title(number, chapter)
            for block in chapter.blocks:
                if isinstance(block, Heading):
                    yield block.level, block.text


def chapter_title(number: int, chapter: Chapter) -> str:
    return f"{number}. {chapter.title}"


#: Width of the text on an A4 page with 20 mm margins left and right.
TEXT_WIDTH_MM = 170.0
PAGE_MARGIN_MM = 20.0
