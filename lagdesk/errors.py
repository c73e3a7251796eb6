"""Errors a user can cause, with messages fit to show them. Bugs are not caught here.

Every such error, from core, from the database file (``lagdesk.db.errors``) or from a
command line, is a ``UserError``: the UI and the CLI catch that one type and show its
message. Anything else is a bug and reaches the crash dialog or the CLI's log. This module
sits below core and db, so it imports nothing of theirs.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagdesk.i18n import translate

__all__ = ["FieldProblem", "NotFoundError", "UserError", "ValidationError"]


class UserError(Exception):
    """A problem the user or the machine caused (a bad value, a locked, full or read-only
    file); ``str()`` is the message to show."""


class NotFoundError(UserError):
    def __init__(self, what: str, key: object) -> None:
        super().__init__(translate("Errors", "No {what} with id {key}.").format(what=what, key=key))
        self.what = what
        self.key = key


@dataclass(frozen=True)
class FieldProblem:
    """One bad value: which field, why, and (for imports) which row of which file."""

    field: str
    message: str
    row: int | None = None
    file: str | None = None
    #: The record field's own name (``cofinancing_rate``), for forms that mark the field.
    key: str = ""

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(self.file)
        if self.row is not None:
            where.append(translate("Errors", "row {row}").format(row=self.row))
        where.append(self.field)
        return f"{', '.join(where)}: {self.message}"


class ValidationError(UserError):
    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__(" ".join(str(problem) for problem in problems))
        self.problems = problems
