"""The frame of the app: start-up (``app``), the main window with its sidebar, menus and
one page per area built when first shown (``main_window``, ``sidebar``, ``pages``,
``areas``), opening a file with its lock, backups, the crash dialog and the settings kept
between runs."""
