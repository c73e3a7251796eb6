"""Charts: functions that take plain data and return a ``matplotlib.figure.Figure``.

The same function draws for the screen (wrapped in ``FigureCanvasQTAgg`` by the UI) and for
exports (``figure.savefig``). Never ``pyplot``: it keeps global state and picks a GUI
backend on its own.
"""
