"""The Integrated Action Plan of the file, and the numbering of its objectives and actions.

A file keeps one city's plan: the first ``plan`` row. It is made on the first write that
needs it (``the_plan``), never on a read, so that opening an empty file and looking at the
Action plan page leaves it empty (the demo is only written into a file without a plan).

Codes are never typed: they follow from the tree. Strategic objectives are 1, 2, 3 in the
order of their positions; the specific objectives under 1 are 1.1, 1.2; an action is its
objective's code, a dot and its place among that objective's actions (1.1.2 is the second
action of specific objective 1.1; an action put directly under strategic objective 2 is
2.1). ``renumber`` derives them again after every change of the tree, in the transaction
of that change, and returns what changed so that the user can be told.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.support import records
from lagdesk.core.support.validation import label
from lagdesk.db import models as m
from lagdesk.db.codes import ObjectiveLevel
from lagdesk.db.database import Database
from lagdesk.errors import FieldProblem, NotFoundError, ValidationError
from lagdesk.i18n import translate

#: Objectives go two levels deep: strategic > specific.
MAX_OBJECTIVE_DEPTH = 2

Numbered = Literal["objective", "action"]


@dataclass(frozen=True)
class CodeChange:
    """An objective or action whose code changed, e.g. action 1.2.3 became 1.2.2."""

    kind: Numbered
    id: int
    old_code: str
    new_code: str


@dataclass(frozen=True)
class TreeChange:
    """What adding or moving an objective or action did.

    ``id`` and ``code``: the objective or action, as it is now. ``previous_parent_id`` and
    ``previous_position`` are where it was (the parent objective of an objective, the
    objective of an action; None when it is new): moving it back there undoes the move.
    ``changes``: every other code that changed with it.
    """

    id: int
    code: str
    previous_parent_id: int | None
    previous_position: int | None
    changes: tuple[CodeChange, ...]


# --- the plan ----------------------------------------------------------------------------


def plan_id_query() -> sa.ScalarSelect[Any]:
    """The id of the file's plan, as a subquery (NULL when there is none yet)."""
    return sa.select(sa.func.min(m.Plan.id)).scalar_subquery()


def plan_row(session: Session) -> m.Plan | None:
    """The file's plan row (the first, should a file hold more), None when there is none."""
    return session.scalars(sa.select(m.Plan).order_by(m.Plan.id).limit(1)).first()


def current_plan(database: Database) -> records.Plan | None:
    """The file's plan, or None while nothing has been planned yet (no row is made)."""
    with database.reading() as session:
        row = plan_row(session)
        return None if row is None else _plan_record(row)


def the_plan(database: Database) -> records.Plan:
    """The file's plan, made on first use with a title from the network's own city."""
    with database.session() as session:
        return _plan_record(plan_in(session))


def plan_in(session: Session) -> m.Plan:
    """The plan row inside an open write session, added when the file has none yet."""
    found = plan_row(session)
    if found is not None:
        return found
    network = session.scalars(sa.select(m.Network).order_by(m.Network.id).limit(1)).first()
    city = ""
    if network is not None:
        city = (
            session.scalars(
                sa.select(m.Partner.name)
                .where(m.Partner.network_id == network.id, m.Partner.is_own.is_(True))
                .order_by(m.Partner.id)
                .limit(1)
            ).first()
            or ""
        )
    if city:
        title = translate("Plan", "Integrated Action Plan of {city}").format(city=city)
    elif network is not None and network.name.strip():
        title = translate("Plan", "Integrated Action Plan ({network})").format(
            network=network.name.strip()
        )
    else:
        title = translate("Plan", "Integrated Action Plan")
    plan = m.Plan(title=title, city=city)
    session.add(plan)
    session.flush()
    return plan


def _plan_record(row: m.Plan) -> records.Plan:
    return records.Plan(
        id=row.id,
        title=row.title,
        city=row.city,
        vision=row.vision,
        context=row.context,
        problem_analysis=row.problem_analysis,
        transnational_learning=row.transnational_learning,
        status=row.status,
    )


# --- numbering ---------------------------------------------------------------------------


def _ordered(rows: Sequence[Any]) -> list[Any]:
    return sorted(rows, key=lambda row: (row.position, row.id))


def renumber(session: Session) -> list[CodeChange]:
    """Derive every code and position of the plan again from the tree; returns the codes
    that changed, objectives first, each in the order of the tree.

    Positions become 0..n-1 within each parent (ties keep the order of the ids) and an
    objective's level follows its depth. Runs in the caller's transaction: two reads and
    at most two batched updates, whatever the size of the plan.
    """
    session.flush()
    objective, action = m.Objective, m.Action
    plan_id = plan_id_query()
    objectives = session.execute(
        sa.select(
            objective.id, objective.parent_id, objective.position, objective.code, objective.level
        ).where(objective.plan_id == plan_id)
    ).all()
    children: dict[int | None, list[Any]] = defaultdict(list)
    for row in objectives:
        children[row.parent_id].append(row)
    objective_updates: list[dict[str, Any]] = []
    changes: list[CodeChange] = []
    codes: dict[int, str] = {}

    def number(parent_id: int | None, prefix: str, depth: int) -> None:
        for index, row in enumerate(_ordered(children.get(parent_id, []))):
            code = f"{prefix}{index + 1}"
            level = ObjectiveLevel.STRATEGIC if depth == 1 else ObjectiveLevel.SPECIFIC
            codes[row.id] = code
            if (row.code, row.position, row.level) != (code, index, level):
                objective_updates.append(
                    {"b_id": row.id, "b_code": code, "b_position": index, "b_level": level}
                )
            if row.code != code:
                changes.append(CodeChange("objective", row.id, row.code, code))
            number(row.id, f"{code}.", depth + 1)

    number(None, "", 1)
    actions = session.execute(
        sa.select(action.id, action.objective_id, action.position, action.code)
        .join(objective, objective.id == action.objective_id)
        .where(objective.plan_id == plan_id)
    ).all()
    by_objective: dict[int, list[Any]] = defaultdict(list)
    for found in actions:
        by_objective[found.objective_id].append(found)
    action_updates: list[dict[str, Any]] = []
    for objective_id in sorted(by_objective, key=lambda key: natural_key(codes.get(key, ""))):
        parent_code = codes.get(objective_id)
        if parent_code is None:  # an objective outside the tree: leave its actions alone
            continue
        for index, item in enumerate(_ordered(by_objective[objective_id])):
            code = f"{parent_code}.{index + 1}"
            if (item.code, item.position) != (code, index):
                action_updates.append({"b_id": item.id, "b_code": code, "b_position": index})
            if item.code != code:
                changes.append(CodeChange("action", item.id, item.code, code))
    objective_table, action_table = table_of(objective), table_of(action)
    if objective_updates:
        session.execute(
            sa.update(objective_table)
            .where(objective_table.c.id == sa.bindparam("b_id"))
            .values(
                code=sa.bindparam("b_code"),
                position=sa.bindparam("b_position"),
                level=sa.bindparam("b_level"),
            ),
            objective_updates,
        )
    if action_updates:
        session.execute(
            sa.update(action_table)
            .where(action_table.c.id == sa.bindparam("b_id"))
            .values(code=sa.bindparam("b_code"), position=sa.bindparam("b_position")),
            action_updates,
        )
    if objective_updates or action_updates:
        session.expire_all()
    return changes


def set_positions(
    session: Session, model: type[m.Objective] | type[m.Action], ids: list[int]
) -> None:
    """Give the rows ``ids`` the positions 0, 1, 2 ... in that order (``renumber`` then
    derives their codes)."""
    if not ids:
        return
    table = table_of(model)
    session.flush()
    session.execute(
        sa.update(table)
        .where(table.c.id == sa.bindparam("b_id"))
        .values(position=sa.bindparam("b_position")),
        [{"b_id": row_id, "b_position": index} for index, row_id in enumerate(ids)],
    )
    session.expire_all()


def shift_positions(
    session: Session,
    model: type[m.Objective] | type[m.Action],
    where: sa.ColumnElement[bool],
    low: int,
) -> None:
    """Move the rows at ``low`` and after one place down, to make room for a row put back."""
    session.execute(
        sa.update(model)
        .where(where, model.position >= low)
        .values(position=model.position + 1)
        .execution_options(synchronize_session=False)
    )


def table_of(model: type[m.Objective] | type[m.Action]) -> sa.Table:
    table: sa.Table = model.__table__  # type: ignore[assignment]
    return table


#: The parts of a code: runs of ASCII digits, and runs of anything else but dots and spaces.
_CODE_PARTS = re.compile(r"([0-9]+)|([^0-9.\s]+)")

#: A sort key: (0, number, "") for a number, (1, 0, text) for text.
CodeKey = tuple[tuple[int, int, str], ...]


@functools.lru_cache(maxsize=65536)
def natural_key(code: str) -> CodeKey:
    """The one order of plan codes (objectives, actions, indicators, risks) everywhere.

    Numbers compare as numbers and come before text at the same place, so 1 < 1.2 < 1.10 <
    2 < 2.3 < 2.3a < 2.4 < 10, and IND-0009 < IND-0010. Dots and spaces only separate;
    text compares without case. "" sorts first, a code without digits ("?") after the
    numbered ones.
    """
    return tuple(
        (0, int(number), "") if number else (1, 0, text.casefold())
        for number, text in _CODE_PARTS.findall(code)
    )


def place(ids: list[int], moving: int, position: int | None) -> tuple[list[int], int]:
    """``ids`` with ``moving`` put at ``position`` (None or past the end: last); returns the
    new order and the index it got."""
    order = [row_id for row_id in ids if row_id != moving]
    index = len(order) if position is None else max(0, min(position, len(order)))
    order.insert(index, moving)
    return order, index


# --- helpers for the plan's modules ------------------------------------------------------


def begin_change(session: Session) -> None:
    """Called first by every write to the plan, in its transaction: while the latest saved
    version is approved, a change starts a new draft version (``plan_versions``), so the
    approved one never silently departs from the plan."""
    # Imported here: plan_versions sorts with natural_key, so it imports this module.
    from lagdesk.core.plan.versions import ensure_draft_in

    ensure_draft_in(session)


def refuse(key: str, message: str) -> ValidationError:
    """A refusal naming the field it is about (``key`` is the record field's name)."""
    return ValidationError([FieldProblem(label(key), message, key=key)])


def full_name(first_name: str | None, last_name: str | None) -> str:
    """A person as the plan shows them: "Anna Nowak"; "" for no name."""
    return f"{first_name or ''} {last_name or ''}".strip()


def objective_in(session: Session, objective_id: int) -> m.Objective:
    """An objective of the file's plan; ``NotFoundError`` for any other id."""
    found = session.get(m.Objective, objective_id)
    plan_id = session.scalar(sa.select(sa.func.min(m.Plan.id)))
    if found is None or found.plan_id != plan_id:
        raise NotFoundError(translate("Plan", "objective"), objective_id)
    return found


def action_in(session: Session, action_id: int) -> m.Action:
    found = session.get(m.Action, action_id)
    if found is None:
        raise NotFoundError(translate("Plan", "action"), action_id)
    return found


def code_of(session: Session, model: type[m.Objective] | type[m.Action], row_id: int) -> str:
    return str(session.execute(sa.select(model.code).where(model.id == row_id)).scalar_one())
