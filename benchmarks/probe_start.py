"""lagdesk child for start-up: the real ``lagdesk.ui.app.run``, clock read once shown.

Run as ``python -m benchmarks.probe_start --db PATH``; the arguments go to the app as they
are. ``run`` calls ``on_shown`` once the main window is shown and the event loop has
processed it.
"""

import sys

from benchmarks.clock import report_clock


def main() -> int:
    from lagdesk.ui.app import run

    def on_shown(window: object) -> None:
        report_clock()
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.quit()

    return run(sys.argv[1:], on_shown=on_shown)


if __name__ == "__main__":
    sys.exit(main())
