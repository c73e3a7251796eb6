"""Checks on records before they are stored, so a user sees which field is wrong and why.

The database enforces the same bounds with CHECK constraints; these rules exist to give a
clear message first. Rules are data: a record type maps to the fields each rule covers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from lagdesk.core.support import records as r
from lagdesk.errors import FieldProblem, ValidationError
from lagdesk.i18n import translate

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

REQUIRED_TEXT: dict[type, tuple[str, ...]] = {
    r.Network: ("name",),
    r.Partner: ("name",),
    r.TransnationalMeeting: ("title",),
    r.Organisation: ("name",),
    r.Person: ("last_name",),
    r.StakeholderGroup: ("name",),
    r.Meeting: ("title",),
    r.AgendaItem: ("title",),
    r.Decision: ("text",),
    r.Task: ("title",),
    r.Attachment: ("filename",),
    r.Plan: ("title",),
    r.PlanVersion: ("name",),
    r.Objective: ("title",),
    r.Action: ("code", "title"),
    r.Milestone: ("title",),
    r.Risk: ("title",),
    r.Indicator: ("code", "name"),
    r.Review: ("reviewer",),
    r.ReviewScore: ("criterion",),
    r.ReviewComment: ("comment",),
}

# field -> (lowest, highest); None means unbounded on that side.
BOUNDS: dict[type, dict[str, tuple[float | None, float | None]]] = {
    r.Partner: {"cofinancing_rate": (0, 100)},
    r.PowerInterestAssessment: {"power": (1, 5), "interest": (1, 5)},
    r.AgendaItem: {"planned_minutes": (0, None)},
    r.AnonymousAttendance: {"count": (0, None)},
    r.Decision: {"number": (1, None)},
    r.Attachment: {"size_bytes": (0, None)},
    r.Action: {"progress_percent": (0, 100), "estimated_cost": (0, None)},
    r.FundingLine: {"amount": (0, None)},
    r.Risk: {"likelihood": (1, 5), "impact": (1, 5)},
    r.ReviewScore: {"score": (0, 3)},
}

# (earlier field, later field)
ORDERED: dict[type, tuple[tuple[str, str], ...]] = {
    r.Network: (("start_date", "end_date"),),
    r.TransnationalMeeting: (("start_date", "end_date"),),
    r.GroupMembership: (("joined_on", "left_on"),),
    r.ConsentRecord: (("given_on", "withdrawn_on"),),
    r.Meeting: (("starts_at", "ends_at"),),
    r.Action: (("start_date", "end_date"),),
    r.Indicator: (("baseline_date", "target_date"),),
}

# Records that belong to exactly one of a person or an organisation.
ONE_STAKEHOLDER = (r.GroupMembership, r.PowerInterestAssessment)
EMAIL_FIELDS: dict[type, tuple[str, ...]] = {r.Person: ("email",), r.Organisation: ("email",)}


def label(field: str) -> str:
    """The field's name as a user reads it in messages (translated in the UI's catalogue)."""
    return field.replace("_", " ")


def _problem(name: str, message: str) -> FieldProblem:
    return FieldProblem(label(name), message, key=name)


def _required(record: Any, names: tuple[str, ...]) -> list[FieldProblem]:
    return [
        _problem(name, translate("Validation", "This field is required."))
        for name in names
        if not str(getattr(record, name) or "").strip()
    ]


def _bounds(
    record: Any, limits: dict[str, tuple[float | None, float | None]]
) -> list[FieldProblem]:
    problems = []
    for name, (low, high) in limits.items():
        value = getattr(record, name)
        if value is None:
            continue
        if not isinstance(value, int | float | Decimal) or isinstance(value, bool):
            problems.append(_problem(name, translate("Validation", "Enter a number.")))
        elif low is not None and high is not None and not low <= value <= high:
            message = translate("Validation", "{value} is outside {low} to {high}.")
            problems.append(_problem(name, message.format(value=value, low=low, high=high)))
        elif low is not None and value < low:
            message = translate("Validation", "{value} is below {low}.")
            problems.append(_problem(name, message.format(value=value, low=low)))
    return problems


def _ordered(record: Any, pairs: tuple[tuple[str, str], ...]) -> list[FieldProblem]:
    problems = []
    for first, second in pairs:
        start, end = getattr(record, first), getattr(record, second)
        if isinstance(start, date | datetime) and isinstance(end, date | datetime) and end < start:
            message = translate("Validation", "{later} is before {earlier}.")
            problems.append(
                _problem(second, message.format(later=label(second), earlier=label(first)))
            )
    return problems


def _codes(record: Any) -> list[FieldProblem]:
    """Stored codes must be known values; strings are turned into the code in place."""
    problems = []
    hints = {f.name: f.type for f in fields(record)}
    for name, hint in hints.items():
        value = getattr(record, name)
        enum_cls = _enum_in(str(hint))
        if enum_cls is None or value is None or isinstance(value, enum_cls):
            continue
        try:
            setattr(record, name, enum_cls(str(value)))
        except ValueError:
            message = translate("Validation", "Unknown value {value}.")
            problems.append(_problem(name, message.format(value=value)))
    return problems


def _enum_in(hint: str) -> type[StrEnum] | None:
    from lagdesk.db import codes

    name = hint.split("|")[0].strip()
    found = getattr(codes, name, None)
    return found if isinstance(found, type) and issubclass(found, StrEnum) else None


def _emails(record: Any, names: tuple[str, ...]) -> list[FieldProblem]:
    problems = []
    for name in names:
        value = (getattr(record, name) or "").strip()
        if value and not EMAIL.match(value):
            message = translate("Validation", "{value} is not an e-mail address.")
            problems.append(_problem(name, message.format(value=value)))
    return problems


def _one_stakeholder(record: Any) -> list[FieldProblem]:
    if (record.person_id is None) == (record.organisation_id is None):
        message = translate("Validation", "Choose either a person or an organisation.")
        return [_problem("person_id", message)]
    return []


def _present(record: Any) -> list[FieldProblem]:
    """Fields that cannot be empty (their type does not admit None) must have a value."""
    return [
        _problem(f.name, translate("Validation", "This field is required."))
        for f in fields(record)
        if f.name != "id" and getattr(record, f.name) is None and "None" not in str(f.type)
    ]


CHECKS: tuple[Callable[[Any], list[FieldProblem]], ...] = (
    _present,
    _codes,
    lambda rec: _required(rec, REQUIRED_TEXT.get(type(rec), ())),
    lambda rec: _bounds(rec, BOUNDS.get(type(rec), {})),
    lambda rec: _ordered(rec, ORDERED.get(type(rec), ())),
    lambda rec: _emails(rec, EMAIL_FIELDS.get(type(rec), ())),
    lambda rec: _one_stakeholder(rec) if isinstance(rec, ONE_STAKEHOLDER) else [],
)


def problems_of(record: Any) -> list[FieldProblem]:
    found: list[FieldProblem] = []
    for check in CHECKS:
        found.extend(check(record))
    return found


def validate(record: Any) -> None:
    """Raise ValidationError listing every problem of ``record``; normalises codes in place."""
    problems = problems_of(record)
    if problems:
        raise ValidationError(problems)
