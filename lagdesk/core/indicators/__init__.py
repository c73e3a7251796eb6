"""The Indicators area: how the plan's results are measured.

- ``library``: the indicators with their links, measurements and evidence files.
- ``preloaded``: the procurement indicator library every new file starts with.
- ``progress``: current value, progress, expected progress and status, exactly as
  DOMAIN.md defines them, and the status colours."""
