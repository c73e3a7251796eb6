"""Charts: functions that take plain data and return a ``matplotlib.figure.Figure``.

The same function draws for the screen (wrapped in ``FigureCanvasQTAgg`` by the UI) and for
exports (``figure.savefig``). Never ``pyplot``: it keeps global state and picks a GUI
backend on its own.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure


@contextlib.contextmanager
def missing_glyphs_allowed() -> Iterator[None]:
    """Draw text whose characters the font lacks (an emoji in a title) as the font's box,
    without matplotlib's warning: the export must not fail over a character."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font")
        warnings.filterwarnings("ignore", message=r"Matplotlib currently does not support")
        yield


def nothing_to_show(figure: Figure, axes: Axes, message: str, colour: str | None = None) -> Figure:
    """``figure`` with ``message`` in the middle instead of axes: an export with no data
    still gets its chart file, saying why it is empty."""
    style: dict[str, Any] = {"color": colour} if colour else {}
    axes.set_axis_off()
    axes.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        fontsize=10,
        transform=axes.transAxes,
        **style,
    )
    return figure
