"""Cold start: the real app until its main window is shown, against a bare QMainWindow.

Both sides are fresh ``python -m`` children with the same environment, timed from just
before ``Popen`` to the clock reading the child prints once its window is shown.
"""

from __future__ import annotations

from benchmarks import databases
from benchmarks.children import python_command, time_to_marker


def lagdesk_cold_start() -> float:
    database = databases.small()
    return time_to_marker(
        python_command("-m", "benchmarks.probe_start", "shown", "--db", str(database))
    )


def lagdesk_cold_start_ready() -> float:
    database = databases.small()
    return time_to_marker(
        python_command("-m", "benchmarks.probe_start", "ready", "--db", str(database))
    )


def bare_window_shown() -> float:
    return time_to_marker(python_command("-m", "benchmarks.probe_bare_window"))
