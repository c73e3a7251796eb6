"""Charts: functions that take plain data and return a ``matplotlib.figure.Figure``.

The same function draws for the screen (wrapped in ``FigureCanvasQTAgg`` by the UI) and for
exports (``figure.savefig``). Never ``pyplot``: it keeps global state and picks a GUI
backend on its own.
"""

import contextlib
import warnings
from collections.abc import Iterator


@contextlib.contextmanager
def missing_glyphs_allowed() -> Iterator[None]:
    """Draw text whose characters the font lacks (an emoji in a title) as the font's box,
    without matplotlib's warning: the export must not fail over a character."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font")
        warnings.filterwarnings("ignore", message=r"Matplotlib currently does not support")
        yield
