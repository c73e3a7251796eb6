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
from functools import lru_cache
from typing import Any

#: A table with this many columns or more is set in smaller type.
DENSE_COLUMNS = 7
#: Type size of table text, in points (the writers use these).
TABLE_POINTS = 9.0
DENSE_TABLE_POINTS = 8.0
#: A table cell's inner margin on the left and on the right, in mm (the writers use it).
CELL_MARGIN_MM = 1.0
#: Room a word needs beyond its measured width, in mm (another font's metrics, rounding).
_WORD_SLACK_MM = 1.0
_MM_PER_POINT = 25.4 / 72
#: No column is widened past this share of the table to keep one long word whole.
_WIDEST_WORD_SHARE = 0.3


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

    @property
    def points(self) -> float:
        """The type size of the table's text."""
        return DENSE_TABLE_POINTS if self.dense else TABLE_POINTS

    def shares(self) -> list[float]:
        """Each column's share of the table's width (they add up to 1).

        The weights given are widened where a column's longest word would not fit: a
        Polish "Częstotliwość" in a column weighted for "Frequency" would otherwise be
        broken in the middle. The room comes from the columns with some to spare. When not
        every word can stay whole, headers and one- or two-word cells (a unit, a status)
        keep theirs and running text gives way."""
        weights = list(self.widths) if self.widths else [1.0] * len(self.headers)
        total = sum(weights) or 1.0
        given = [weight / total for weight in weights]
        short, running = self._word_shares()
        every = [max(pair) for pair in zip(short, running, strict=True)]
        if sum(every) <= 1.0:
            return fit_words(given, every)
        return fit_words(given, short, every)

    def _word_shares(self) -> tuple[list[float], list[float]]:
        """The share of the table's width each column's longest word needs: in the header
        (bold) and short cells, and in cells of running text."""
        short = [
            max((word_mm(w, self.points, bold=True) for w in _words(h)), default=0.0)
            for h in self.headers
        ]
        running = [0.0] * len(self.headers)
        for row in self.rows:
            for column, cell in enumerate(row):
                words = _words(cell.text)
                if not words:
                    continue
                widest = max(word_mm(word, self.points, bold=cell.bold) for word in words)
                if len(words) <= 2:
                    short[column] = max(short[column], widest)
                else:
                    running[column] = max(running[column], widest)

        def share(width_mm: float) -> float:
            needed = width_mm + 2 * CELL_MARGIN_MM + _WORD_SLACK_MM
            return min(_WIDEST_WORD_SHARE, needed / TEXT_WIDTH_MM)

        return [share(width) for width in short], [share(width) for width in running]


@lru_cache(maxsize=2)
def _table_font(bold: bool) -> Any:
    """DejaVu Sans (the writers' table font where no other is installed; matplotlib ships
    it) at 100 px, for measuring words."""
    from matplotlib import font_manager
    from PIL import ImageFont

    found = font_manager.findfont(
        font_manager.FontProperties(family="DejaVu Sans", weight="bold" if bold else "normal")
    )
    return ImageFont.truetype(found, 100)


@lru_cache(maxsize=65536)
def word_mm(word: str, points: float, *, bold: bool = False) -> float:
    """How wide ``word`` is set in the table font at ``points``, in mm."""
    return float(_table_font(bold).getlength(word)) / 100 * points * _MM_PER_POINT


def _words(text: str) -> list[str]:
    """The parts of ``text`` a line may not break inside: words, split also at soft hyphens
    (a translation may offer one in a long compound, "Prawdopodo\u00adbieństwo")."""
    return text.replace("\u00ad", " ").split()


def fit_words(
    shares: Sequence[float], needs: Sequence[float], wishes: Sequence[float] = ()
) -> list[float]:
    """``shares`` (adding up to 1) with every column at least its ``needs``, the difference
    taken from the other columns in proportion to what they have to spare: first what they
    have beyond their ``wishes`` (the room their running text would like), then the rest.
    When the needs add up to more than the whole, the cheapest needs are met first."""
    wishes = list(wishes) or list(needs)
    wanted = [max(share, need) for share, need in zip(shares, needs, strict=True)]
    extra = sum(wanted) - 1.0
    if extra <= 1e-9:
        return list(shares)
    result = list(wanted)
    for floor in (
        [max(need, wish) for need, wish in zip(needs, wishes, strict=True)],
        list(needs),
    ):
        spare = [max(0.0, result[column] - floor[column]) for column in range(len(shares))]
        room = sum(spare)
        if room <= 1e-12:
            continue
        taken = min(extra, room)
        result = [result[column] - taken * spare[column] / room for column in range(len(shares))]
        extra -= taken
        if extra <= 1e-9:
            return result
    return _fit_cheapest(shares, needs)


def _fit_cheapest(shares: Sequence[float], needs: Sequence[float]) -> list[float]:
    """Not every column can keep its longest word whole: keep it in the columns that need
    the least room (a short header, a status word), and let the columns with the longest
    words (running text, where a break hurts least) share what is left by their weights."""
    fitted: dict[int, float] = {}
    for column in sorted(range(len(shares)), key=lambda index: needs[index]):
        rest = [index for index in range(len(shares)) if index not in fitted and index != column]
        left = 1.0 - sum(fitted.values()) - needs[column]
        if left < sum(shares[index] for index in rest) * 0.5:
            break  # the others would be squeezed below half their weight
        fitted[column] = max(needs[column], shares[column])
    rest = [index for index in range(len(shares)) if index not in fitted]
    left = 1.0 - sum(fitted.values())
    weight = sum(shares[index] for index in rest) or 1.0
    return [
        fitted[index] if index in fitted else left * shares[index] / weight
        for index in range(len(shares))
    ]


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
