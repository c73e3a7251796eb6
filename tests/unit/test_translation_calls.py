"""Every translatable string is one pyside6-lupdate can extract under the context it runs in.

lupdate reads only literal arguments: ``translate(CONTEXT, "text")`` with a variable context,
or a module helper ``tr("text")``, is silently left out of the catalogues (or filed under an
empty context), so the text would stay English in every language.
"""

from __future__ import annotations

import ast
from pathlib import Path
from xml.etree import ElementTree

from lagdesk.tools.translation_work import messages
from lagdesk.tools.update_translations import source_files

MARKERS = {"translate", "QT_TRANSLATE_NOOP"}
CATALOGUES = Path(__file__).resolve().parents[2] / "i18n"


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
        found.extend(f"{where}: {problem}" for problem in count_problems(node, name))
    return found


def count_problems(node: ast.Call, name: str | None) -> list[str]:
    """A ``%n`` text is a plural message only where lupdate sees its count, which is in a
    ``tr`` call with a literal disambiguation ("" will do) and a count after it. In
    ``translate(...)`` a variable count makes a plain message and ``len(rows)`` drops it."""
    if name == "translate" and len(node.args) >= 2:
        text = node.args[1]
        if literal(text) and "%n" in text.value:
            return ["a counted text goes through a tr() call (a TextContext outside a QObject)"]
        return []
    if name != "tr" or not isinstance(node.func, ast.Attribute):
        return []
    args = node.args
    if not args or not literal(args[0]) or "%n" not in args[0].value:
        return []
    rest = args[1:]
    if len(rest) < 2 or not literal(rest[0]):
        return ["a %n text needs a literal disambiguation and a count, or it is no plural"]
    return []


def context_problems(path: Path) -> list[str]:
    """``Name = TextContext("Name")``: lupdate files ``Name.tr(...)`` under the variable's
    name, so the runtime context must be the same word."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
            continue
        call = node.value
        if getattr(call.func, "id", None) != "TextContext":
            continue
        target = node.targets[0]
        named = call.args[0].value if call.args and literal(call.args[0]) else None
        if not isinstance(target, ast.Name) or target.id != named:
            found.append(f"{path.name}:{node.lineno}: a TextContext must be named as its context")
    return found


def extracted(path: Path) -> list[tuple[int, str, str]]:
    """(line, context, text) of every literal text in ``path``, under the context lupdate
    gives it: the literal one of ``translate``, the class for ``self.tr``, the name
    before ``.tr`` otherwise."""
    found: list[tuple[int, str, str]] = []

    def walk(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                func, args = child.func, child.args
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                if name in MARKERS and len(args) >= 2 and literal(args[0]) and literal(args[1]):
                    found.append((child.lineno, args[0].value, args[1].value))
                elif name == "tr" and isinstance(func, ast.Attribute) and args and literal(args[0]):
                    owner = func.value
                    named = isinstance(owner, ast.Name) and owner.id != "self"
                    found.append((child.lineno, owner.id if named else cls, args[0].value))
            walk(child, inner)

    walk(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def catalogue_messages(path: Path) -> set[tuple[str, str]]:
    return {(found.context, found.source) for found in messages(ElementTree.parse(path))}


def test_literal_texts_have_literal_contexts() -> None:
    found = [line for path in sources() for line in problems_in(path)]
    assert found == []


def test_every_text_of_the_code_is_in_the_catalogue() -> None:
    """lupdate drops some calls without a word (``translate(..., "", len(rows))``, a ``tr``
    inside an f-string): every literal text must be in the English catalogue."""
    known = catalogue_messages(CATALOGUES / "lagdesk_en.ts")
    missing = [
        f"{path.name}:{line}: {context} / {text}"
        for path in sources()
        if path.suffix == ".py"
        for line, context, text in extracted(path)
        if (context, text) not in known
    ]
    assert missing == []


def test_text_contexts_are_named_as_their_context() -> None:
    assert [line for path in sources() for line in context_problems(path)] == []


def test_the_context_checks_can_fail(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        'Meetings = TextContext("Meeting")\n'
        "class Dialog:\n    def title(self):\n"
        '        return self.tr("Not in any catalogue, ever")\n',
        encoding="utf-8",
    )
    assert len(context_problems(probe)) == 1
    assert extracted(probe) == [(4, "Dialog", "Not in any catalogue, ever")]
    known = catalogue_messages(CATALOGUES / "lagdesk_en.ts")
    assert ("Dialog", "Not in any catalogue, ever") not in known
    assert len(known) > 2000


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


def test_the_check_finds_a_count_lupdate_cannot_see(tmp_path: Path) -> None:
    bad = tmp_path / "probe.py"
    bad.write_text(
        'a = translate("Probe", "%n files", None, n)\n'
        'b = self.tr("%n rows")\n'
        'c = translate("Probe", "%n people", "", n)\n'
        'd = self.tr("%n rows", "", n)\n'
        'e = Probe.tr("%n people", "", len(rows))\n',
        encoding="utf-8",
    )
    found = problems_in(bad)
    assert [line.split(":")[1] for line in found] == ["1", "2", "3"]
    assert len(sources()) > 100
