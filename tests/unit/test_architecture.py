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


def source_id(path: Path) -> str:
    return str(path.relative_to(PACKAGE))


def within(name: str, *packages: str) -> bool:
    return any(name == package or name.startswith(package + ".") for package in packages)


def imports_within(path: Path, *packages: str) -> set[str]:
    return {name for name in imported_modules(path) if within(name, *packages)}


def referenced_names(path: Path) -> set[str]:
    """Every dotted name a module imports or reaches through an imported name
    (``from lagdesk.core.plan import tree`` then ``tree._walk`` gives
    ``lagdesk.core.plan.tree._walk``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    bound: dict[str, str] = {}
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.add(alias.name)
                local = alias.asname or alias.name.split(".")[0]
                bound[local] = alias.name if alias.asname else local
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                found.add(f"{node.module}.{alias.name}")
                bound[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    for node in ast.walk(tree):
        parts: list[str] = []
        while isinstance(node, ast.Attribute):
            parts.insert(0, node.attr)
            node = node.value
        if parts and isinstance(node, ast.Name) and node.id in bound:
            found.add(".".join([bound[node.id], *parts]))
    return found


def core_area(name: str) -> str | None:
    """The area of a core name: the package (or module) right under lagdesk.core."""
    parts = name.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["lagdesk", "core"] else None


def is_private(name: str) -> bool:
    """A name inside an area that starts with an underscore (dunders are public)."""
    return any(
        part.startswith("_") and not (part.startswith("__") and part.endswith("__"))
        for part in name.split(".")[3:]
    )


def other_areas_private_names(path: Path, area: str) -> set[str]:
    return {
        name
        for name in referenced_names(path)
        if core_area(name) not in (None, area) and is_private(name)
    }


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


@pytest.mark.parametrize("path", sources("cli"), ids=source_id)
def test_cli_imports_no_widgets_at_module_level(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_level = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    names = {getattr(n, "module", None) or n.names[0].name for n in top_level}
    assert not {n for n in names if n and (n.startswith(GUI_MODULES) or n.startswith("lagdesk.ui"))}


def test_the_scan_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport PySide6.QtGui\n")
    assert {"PySide6.QtWidgets", "PySide6.QtGui"} <= imported_modules(bad)


# What each part of lagdesk may not import (the packages and everything under them).
REPORTS_MAY_NOT_IMPORT = ("lagdesk.ui",)
UI_MAY_NOT_IMPORT = ("sqlalchemy", "lagdesk.db.models")  # the UI calls core, builds no query
CORE_MAY_NOT_IMPORT = ("lagdesk.demo",)  # sample data is not domain logic
DEMO_MAY_NOT_IMPORT = ("lagdesk.ui", "lagdesk.reports", "lagdesk.cli")


@pytest.mark.parametrize("path", sources("reports"), ids=source_id)
def test_reports_do_not_import_the_ui(path: Path) -> None:
    assert not imports_within(path, *REPORTS_MAY_NOT_IMPORT)


@pytest.mark.parametrize("path", sources("ui"), ids=source_id)
def test_the_ui_builds_no_database_queries(path: Path) -> None:
    assert not imports_within(path, *UI_MAY_NOT_IMPORT)


@pytest.mark.parametrize("path", sources("core"), ids=source_id)
def test_core_does_not_import_the_demo_data(path: Path) -> None:
    assert not imports_within(path, *CORE_MAY_NOT_IMPORT)


@pytest.mark.parametrize("path", sources("demo"), ids=source_id)
def test_demo_data_does_not_import_upper_layers(path: Path) -> None:
    assert not imports_within(path, *DEMO_MAY_NOT_IMPORT)


@pytest.mark.parametrize(
    ("source", "forbidden", "found"),
    [
        ("from lagdesk.ui.common import dialogs\n", REPORTS_MAY_NOT_IMPORT, "lagdesk.ui.common"),
        ("import sqlalchemy as sa\n", UI_MAY_NOT_IMPORT, "sqlalchemy"),
        ("from lagdesk.db import models as m\n", UI_MAY_NOT_IMPORT, "lagdesk.db.models"),
        (
            "def f():\n    from lagdesk.demo import build_demo\n",
            CORE_MAY_NOT_IMPORT,
            "lagdesk.demo",
        ),
        ("import lagdesk.cli.plan\n", DEMO_MAY_NOT_IMPORT, "lagdesk.cli.plan"),
    ],
)
def test_each_layer_scan_sees_a_violation(
    tmp_path: Path, source: str, forbidden: tuple[str, ...], found: str
) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(source + "import lagdesk.uix\nfrom lagdesk.db import codes\n")
    assert found in imports_within(bad, *forbidden)
    assert not imports_within(bad, *forbidden) & {"lagdesk.uix", "lagdesk.db.codes"}


def test_every_cli_module_is_in_the_widget_check() -> None:
    """A command module outside lagdesk/cli would escape the check above."""
    from lagdesk.cli import COMMAND_MODULES

    checked = {source_id(path) for path in sources("cli")}
    for module in COMMAND_MODULES:
        assert module.removeprefix("lagdesk.").replace(".", "/") + ".py" in checked, module


@pytest.mark.parametrize("path", sources("core"), ids=source_id)
def test_core_areas_use_only_each_others_public_names(path: Path) -> None:
    area = path.relative_to(PACKAGE / "core").parts[0].removesuffix(".py")
    assert not other_areas_private_names(path, area)


def test_the_private_name_scan_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import lagdesk.core.network\n"
        "from lagdesk.core.indicators import _library\n"
        "from lagdesk.core.meetings import attendance as seen\n"
        "from lagdesk.core.meetings.participation import _counted, local_date\n"
        "from lagdesk.core.plan import tree\n"
        "tree._walk(seen._rows(), lagdesk.core.network._partners, seen.__all__)\n"
    )
    assert other_areas_private_names(bad, "plan") == {
        "lagdesk.core.indicators._library",
        "lagdesk.core.meetings.attendance._rows",
        "lagdesk.core.meetings.participation._counted",
        "lagdesk.core.network._partners",
    }


AREA_PACKAGES = sorted(
    path.parent for layer in ("core", "ui") for path in (PACKAGE / layer).glob("*/__init__.py")
)
#: Every package in core and ui, the areas' own sub-packages (plan/workbook ...) included.
PACKAGES = sorted(
    path.parent for layer in ("core", "ui") for path in (PACKAGE / layer).rglob("__init__.py")
)


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_package_says_what_it_is_and_loads_nothing(package: Path) -> None:
    """A package's ``__init__`` is its map (a docstring); it imports none of its modules, so
    using one module does not load the whole area (pages are built lazily) and no name has
    two import paths."""
    tree = ast.parse((package / "__init__.py").read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), f"{package.name}/__init__.py has no docstring"
    assert not imported_modules(package / "__init__.py"), f"{package.name}/__init__.py imports"


def test_the_area_packages_are_the_architecture_ones() -> None:
    names = {(p.parent.name, p.name) for p in AREA_PACKAGES}
    for area in ("stakeholders", "meetings", "plan", "indicators"):
        assert {("core", area), ("ui", area)} <= names
    assert {("core", "support"), ("core", "reporting"), ("ui", "shell"), ("ui", "common")} <= names
    assert {("ui", "network"), ("ui", "exports")} <= names
