"""Widgets, models and helpers that every area's pages share: message boxes and file
choosers, small widgets, table models, undo commands over records, background work."""
