"""The desktop app: ``shell`` (window, menus, opening a file), ``common`` (widgets and
models every page shares) and one package per area of the sidebar."""
