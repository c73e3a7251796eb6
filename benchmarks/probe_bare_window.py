"""Floor child for start-up: a bare QMainWindow shown, then the clock read and quit.

Run as ``python -m benchmarks.probe_bare_window``; prints the marker line the parent reads.
"""

import sys

import PySide6.QtWidgets
from PySide6.QtCore import QTimer

from benchmarks.clock import report_clock


def main() -> int:
    app = PySide6.QtWidgets.QApplication(sys.argv[:1])
    window = PySide6.QtWidgets.QMainWindow()
    window.resize(1200, 800)
    window.show()

    def shown() -> None:
        report_clock()
        app.quit()

    QTimer.singleShot(0, shown)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
