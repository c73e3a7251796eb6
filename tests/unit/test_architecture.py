"""The layers of ARCHITECTURE.md, checked on the source: imports only point downwards."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "lagdesk"
GUI_MODULES = ("PySide6.QtGui", "PySide6.QtWidgets")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def sources(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("path", sources("core", "db"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_and_db_reach_qt_only_through_i18n(path: Path) -> None:
    qt = {name for name in imported_modules(path) if name.split(".")[0] in {"PySide6", "shiboken6"}}
    assert not qt, f"{path.name} imports {sorted(qt)}; use lagdesk.i18n"


@pytest.mark.parametrize("path", sources("core", "db"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_and_db_do_not_import_upper_layers(path: Path) -> None:
    upper = {
        name
        for name in imported_modules(path)
        if name.startswith(("lagdesk.ui", "lagdesk.reports", "lagdesk.cli"))
    }
    assert not upper, f"{path.name} imports {sorted(upper)}"


@pytest.mark.parametrize("path", sources("db"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_db_does_not_import_core(path: Path) -> None:
    assert not {name for name in imported_modules(path) if name.startswith("lagdesk.core")}


@pytest.mark.parametrize("path", sources("core/support"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_support_depends_on_no_area(path: Path) -> None:
    """What every area shares sits below them all: support never reaches into one."""
    areas = {
        name
        for name in imported_modules(path)
        if name.startswith("lagdesk.core.") and not name.startswith("lagdesk.core.support")
    }
    assert not areas, f"{path.name} imports {sorted(areas)}"


def test_i18n_needs_no_gui() -> None:
    assert not {
        name for name in imported_modules(PACKAGE / "i18n.py") if name.startswith(GUI_MODULES)
    }


def test_reports_touch_qt_gui_in_one_module_at_most() -> None:
    using_gui = [
        p for p in sources("reports") if any(n.startswith(GUI_MODULES) for n in imported_modules(p))
    ]
    assert len(using_gui) <= 1, using_gui


@pytest.mark.parametrize("path", sources("cli"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_cli_imports_no_widgets_at_module_level(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_level = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    names = {getattr(n, "module", None) or n.names[0].name for n in top_level}
    assert not {n for n in names if n and (n.startswith(GUI_MODULES) or n.startswith("lagdesk.ui"))}


def test_the_scan_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport PySide6.QtGui\n")
    assert {"PySide6.QtWidgets", "PySide6.QtGui"} <= imported_modules(bad)
