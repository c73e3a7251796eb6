"""The Meetings area's screens: the Meetings page (``page``: filters, the list, month and
participation views, the selected meeting's tabs) with its calls into core
(``meetings_controller``), the meeting editor, attendance mode (``attendance_panel`` and its
controller, walk-in form, anonymous grid and counts), the minutes, the files, and every
undo command of the area (``commands``)."""
