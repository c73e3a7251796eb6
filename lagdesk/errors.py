"""Errors a user can cause, with messages fit to show them. Bugs are not caught here."""

from __future__ import annotations

from dataclasses import dataclass

from lagdesk.db.errors import DatabaseError
from lagdesk.i18n import translate

__all__ = ["DatabaseError", "FieldProblem", "LagdeskError", "NotFoundError", "ValidationError"]


class LagdeskError(Exception):
    """A problem the user can act on; ``str()`` is the message."""


class NotFoundError(LagdeskError):
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


class ValidationError(LagdeskError):
    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__(" ".join(str(problem) for problem in problems))
        self.problems = problems
