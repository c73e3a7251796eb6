"""Every translatable string is one pyside6-lupdate can extract under the context it runs in.

lupdate reads only literal arguments: ``translate(CONTEXT, "text")`` with a variable context,
or a module helper ``tr("text")``, is silently left out of the catalogues (or filed under an
empty context), so the text would stay English in every language.
"""

from __future__ import annotations

import ast
from pathlib import Path

from lagdesk.tools.update_translations import source_files

MARKERS = {"translate", "QT_TRANSLATE_NOOP"}


def sources() -> list[Path]:
    """The files `make translations` hands to lupdate."""
    return source_files()


def literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def problems_in(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        where = f"{path.name}:{node.lineno}"
        args = node.args
        if name in MARKERS and len(args) >= 2 and literal(args[1]) and not literal(args[0]):
            found.append(f"{where}: the context of a literal text must be literal too")
        if isinstance(func, ast.Name) and func.id in {"tr", "_tr"}:
            found.append(f"{where}: a module-level tr() helper hides the text from lupdate")
    return found


def test_literal_texts_have_literal_contexts() -> None:
    found = [line for path in sources() for line in problems_in(path)]
    assert found == []


def test_the_check_finds_a_variable_context(tmp_path: Path) -> None:
    bad = tmp_path / "probe.py"
    bad.write_text(
        'CONTEXT = "Probe"\n'
        "def tr(text):\n    return translate(CONTEXT, text)\n"
        'a = translate(CONTEXT, "Lost")\nb = tr("Lost too")\n',
        encoding="utf-8",
    )
    found = problems_in(bad)
    assert len(found) == 2
    assert len(sources()) > 100
