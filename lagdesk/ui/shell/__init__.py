"""The frame of the app: start-up, the main window with its sidebar and menus, opening a
file with its lock, backups, the crash dialog and the settings kept between runs."""
