"""The Indicators area's screens: the results framework with its filters, the selected
indicator's progress chart, its measurements with their evidence files, the indicator
dialog, and every undo command of the area (``commands``)."""
