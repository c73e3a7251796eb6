"""lagdesk child for start-up until the file is open and its first page is built.

Like ``probe_start``, but the clock is read from ``run``'s ``on_ready`` callback.
"""

import sys

from benchmarks.clock import report_clock


def main() -> int:
    from lagdesk.ui.app import run

    def on_ready(window: object) -> None:
        report_clock()
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.quit()

    return run(sys.argv[1:], on_ready=on_ready)


if __name__ == "__main__":
    sys.exit(main())
