"""Every lagdesk module can be the first one imported: no import cycle hides behind an
import order that happens to work today."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "lagdesk"
#: Alembic's environment and revisions run only inside a migration; `python -m lagdesk` runs.
NOT_IMPORTABLE = ("db/migrations/env.py", "db/migrations/versions/", "__main__.py")
#: Lowest first: no module of a layer imports one of a later layer (test_architecture).
LAYERS = ("lagdesk.db", "lagdesk.core", "lagdesk")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> list[str]:
    return sorted(
        module_name(path)
        for path in PACKAGE.rglob("*.py")
        if not path.relative_to(PACKAGE).as_posix().startswith(NOT_IMPORTABLE)
    )


#: Imports each module first, as in a fresh interpreter, and prints those that fail.
#: Before each import every module of the package is forgotten except the layers below the
#: one being checked: those never import upwards, so keeping them loaded changes nothing
#: but the time (re-declaring the database tables for each module would take a minute).
FIRST_IMPORTS = """
import importlib, sys
layers, names = sys.argv[1].split(","), sys.argv[2:]
top = layers[-1]
def loaded():
    return {name for name in sys.modules if name.split(".")[0] == top}
def forget_all_but(kept):
    for name in loaded() - kept:
        del sys.modules[name]
def first_import(module, kept, failed):
    forget_all_but(kept)
    try:
        importlib.import_module(module)
    except Exception as error:
        failed.append(f"{module}: {type(error).__name__}: {error}")
failed, kept, checked = [], set(), set()
for layer in layers:
    mine = {n for n in names if n == layer or n.startswith(layer + ".")} - checked
    forget_all_but(kept)
    for module in sorted(mine):
        try:
            importlib.import_module(module)
        except Exception:
            pass  # reported below
    below = loaded() - kept  # the layer's modules and all they import
    for module in sorted(((mine | below) & set(names)) - checked):
        first_import(module, kept, failed)
        checked.add(module)
    kept |= below
print("\\n".join(failed))
"""


def first_import_failures(layers: tuple[str, ...], names: list[str], path: Path | None) -> str:
    environment = dict(os.environ)
    if path is not None:
        environment["PYTHONPATH"] = str(path)
    done = subprocess.run(
        [sys.executable, "-c", FIRST_IMPORTS, ",".join(layers), *names],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.slow
def test_every_module_imports_first() -> None:
    names = modules()
    assert {"lagdesk.core.plan.tree", "lagdesk.ui.shell.main_window"} <= set(names)
    assert first_import_failures(LAYERS, names, None) == ""


def test_the_check_sees_an_import_cycle(tmp_path: Path) -> None:
    package = tmp_path / "cyclic"
    (package / "low").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "low" / "__init__.py").write_text("")
    (package / "low" / "a.py").write_text("from cyclic.low.b import B\nA = 1\n")
    (package / "low" / "b.py").write_text("from cyclic.low.a import A\nB = 2\n")
    (package / "c.py").write_text("from cyclic.d import D\nC = 3\n")
    (package / "d.py").write_text("from cyclic.c import C\nD = 4\n")
    names = ["cyclic.low.a", "cyclic.low.b", "cyclic.c", "cyclic.d"]
    failures = first_import_failures(("cyclic.low", "cyclic"), names, tmp_path)
    assert [line.split(":")[0] for line in failures.splitlines()] == names
    assert failures.count("partially initialized module") == 4
