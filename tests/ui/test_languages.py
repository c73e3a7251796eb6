"""The window in each language: no English left in menus, sidebar, page titles and tabs,
and switching back and forth needs no restart."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMenu, QTabWidget

from lagdesk.i18n import LANGUAGES, install_language
from lagdesk.ui.shell.areas import Area
from lagdesk.ui.shell.main_window import MainWindow

#: Texts that are the same in every language: names, not words.
NAMES = {*LANGUAGES.values(), "lagdesk", "URBACT", "PDF", "Excel"}


def menu_texts(menu: QMenu, path: str) -> dict[str, str]:
    """The menu's items (submenus by their title: recent files and languages are names)."""
    return {
        f"{path}/{number}": action.text()
        for number, action in enumerate(menu.actions())
        if not action.isSeparator()
    }


def window_texts(window: MainWindow) -> dict[str, str]:
    found: dict[str, str] = {}
    for number, action in enumerate(window.menuBar().actions()):
        found[f"menu {number}"] = action.text()
        if action.menu() is not None:
            found.update(menu_texts(action.menu(), f"menu {number}"))
    for row in range(window.sidebar.count()):
        found[f"sidebar {row}"] = window.sidebar.item(row).text()
    for area in Area:
        window.show_area(area)
        page = window.page(area)
        assert page is not None
        titles = [
            label.text()
            for label in page.findChildren(QLabel)
            if label.font().bold() and label.accessibleName() == label.text() and label.text()
        ]
        for number, title in enumerate(titles):
            found[f"{area.value} title {number}"] = title
        for number, tabs in enumerate(page.findChildren(QTabWidget)):
            for index in range(tabs.count()):
                found[f"{area.value} tabs {number}/{index}"] = tabs.tabText(index)
    return found


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_no_english_is_left_in_the_window(window: MainWindow, language: str) -> None:
    english = window_texts(window)
    window.change_language(language)
    translated = window_texts(window)
    assert translated.keys() == english.keys()
    left = {
        key: text
        for key, text in translated.items()
        if text == english[key] and text.replace("&", "") not in NAMES
    }
    assert left == {}, f"English left in the {language} window"
    window.change_language("en")
    assert window_texts(window) == english
    install_language("en")
