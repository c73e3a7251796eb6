"""The one line a probe child prints: its ``time.monotonic()`` at the moment that counts.

Imports nothing beyond ``time`` so that the probes pay nothing for it.
"""

import time

MARKER = "lagdesk-bench-clock="


def report_clock() -> None:
    """Print the clock reading first, then anything slower."""
    now = time.monotonic()
    print(f"{MARKER}{now!r}", flush=True)
