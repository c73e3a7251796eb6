"""lagdesk child for start-up: the real ``lagdesk.ui.shell.app.run``, clock read at a moment.

Run as ``python -m benchmarks.probe_start shown|ready --db PATH``; the rest of the arguments
go to the app. ``shown``: once the main window is on screen; ``ready``: once the file is
open and its first page built.
"""

import sys

from benchmarks.clock import report_clock


def main() -> int:
    from lagdesk.ui.shell.app import run

    moment, arguments = sys.argv[1], sys.argv[2:]

    def report_and_quit(window: object) -> None:
        report_clock()
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.quit()

    if moment == "ready":
        return run(arguments, on_ready=report_and_quit)
    return run(arguments, on_shown=report_and_quit)


if __name__ == "__main__":
    sys.exit(main())
