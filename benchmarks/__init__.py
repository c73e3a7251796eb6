"""Speed of lagdesk measured as ratios against bare floors timed in the same run.

Run with ``make bench`` or ``python -m benchmarks`` from the repository root. Kept free of
imports so that the probe children (``python -m benchmarks.probe_...``) start as cheaply
as a plain script.
"""
