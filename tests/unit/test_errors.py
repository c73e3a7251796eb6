"""One root for the errors a user can act on; everything else stays a bug."""

import ast
import sqlite3
from pathlib import Path

import pytest

from lagdesk.cli import CommandError
from lagdesk.db import errors as db_errors
from lagdesk.db.database import file_problem
from lagdesk.errors import UserError

PACKAGE = Path(__file__).resolve().parents[2] / "lagdesk"

#: Worker threads cannot show the crash dialog: they log the bug with its traceback and
#: hand the GUI thread a sentence that points to the log.
WORKER_THREADS = {"ui/common/background.py", "ui/shell/backup.py"}


def test_the_root_imports_nothing_of_core_or_db() -> None:
    tree = ast.parse((PACKAGE / "errors.py").read_text(encoding="utf-8"))
    imported = {
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("lagdesk")
    }
    assert imported <= {"lagdesk.i18n"}


def test_every_problem_of_a_file_and_of_a_command_is_a_user_error() -> None:
    problems = [
        value
        for value in vars(db_errors).values()
        if isinstance(value, type) and value.__module__ == db_errors.__name__
    ]
    assert len(problems) >= 9
    assert all(issubclass(problem, db_errors.DatabaseFileError) for problem in problems)
    assert issubclass(db_errors.DatabaseFileError, UserError)
    assert issubclass(CommandError, UserError)


def test_a_mistake_in_a_statement_is_no_problem_of_the_file(tmp_path: Path) -> None:
    """SQLite's code decides, not the words: a column called "locked" is still a bug."""
    connection = sqlite3.connect(":memory:")
    with pytest.raises(sqlite3.OperationalError) as raised:
        connection.execute("SELECT locked FROM missing_table")
    connection.close()
    assert file_problem(tmp_path / "city.sqlite", raised.value) is None


def broad_handlers(path: Path) -> list[ast.ExceptHandler]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    broad = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ExceptHandler):
            continue
        if node.type is None or (
            isinstance(node.type, ast.Name) and node.type.id in {"Exception", "BaseException"}
        ):
            broad.append(node)
    return broad


@pytest.mark.parametrize(
    "path", sorted((PACKAGE / "ui").rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_the_ui_lets_bugs_reach_the_crash_dialog(path: Path) -> None:
    """A broad ``except`` in the UI raises again; only the worker threads log and report."""
    if str(path.relative_to(PACKAGE)) in WORKER_THREADS:
        return
    for handler in broad_handlers(path):
        assert isinstance(handler.body[-1], ast.Raise), f"{path.name}:{handler.lineno}"
