"""The plan's tree: strategic objectives, their specific objectives, and the place of each
action under them.

Every structural change (add, move, delete, put back an objective; move, delete, put back
an action) renumbers the whole plan in its own transaction (``lagdesk.core.plan.numbering.renumber``)
and says which codes changed. An objective
that still has actions, or whose specific objectives have actions, is not deleted: the
schema refuses it too (``action.objective_id`` is ON DELETE RESTRICT), but the user is
told first, with nothing changed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.plan.numbering import (
    CodeChange,
    TreeChange,
    action_in,
    begin_change,
    code_of,
    objective_in,
    place,
    plan_id_query,
    plan_in,
    refuse,
    renumber,
    set_positions,
    shift_positions,
)
from lagdesk.core.support import records, store
from lagdesk.core.support.deletion import DeletedRows, delete_in, restore_in
from lagdesk.db import models as m
from lagdesk.db.codes import ObjectiveLevel
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import translate


class ObjectiveHasActionsError(UserError):
    """An objective that actions still belong to; nothing was deleted."""

    def __init__(self, code: str, title: str, count: int) -> None:
        super().__init__(
            translate(
                "Plan",
                "Objective {code} “{title}” cannot be deleted while actions belong to it or to "
                "its specific objectives (actions: {count}). Move them to another objective or "
                "delete them first.",
            ).format(code=code, title=title, count=count)
        )
        self.code = code
        self.count = count


@dataclass(frozen=True)
class ObjectiveNode:
    """An objective as the tree shows it; ``action_count`` counts its own actions only."""

    id: int
    code: str
    title: str
    level: ObjectiveLevel
    parent_id: int | None
    position: int
    children: tuple[ObjectiveNode, ...]
    action_count: int
    description: str = ""

    @property
    def total_actions(self) -> int:
        """Its actions and those of its specific objectives."""
        return self.action_count + sum(child.total_actions for child in self.children)


@dataclass(frozen=True)
class ObjectiveText:
    title: str
    description: str


@dataclass(frozen=True)
class ObjectiveDeletion:
    """What ``delete_objective`` removed (for ``restore_objective``) and the codes that
    changed after it."""

    deleted: DeletedRows
    changes: tuple[CodeChange, ...] = field(default=())


def objective_tree(database: Database) -> list[ObjectiveNode]:
    """The strategic objectives in order, each with its specific objectives (one query)."""
    objective, action = m.Objective, m.Action
    counts = (
        sa.select(action.objective_id, sa.func.count().label("actions"))
        .group_by(action.objective_id)
        .subquery()
    )
    query = (
        sa.select(
            objective.id,
            objective.code,
            objective.title,
            objective.level,
            objective.parent_id,
            objective.position,
            objective.description,
            sa.func.coalesce(counts.c.actions, 0),
        )
        .outerjoin(counts, counts.c.objective_id == objective.id)
        .where(objective.plan_id == plan_id_query())
    )
    with database.reading() as session:
        rows = session.execute(query).all()
    children: dict[int | None, list[Any]] = defaultdict(list)
    for row in rows:
        children[row.parent_id].append(row)

    def build(parent_id: int | None) -> tuple[ObjectiveNode, ...]:
        ordered = sorted(children.get(parent_id, []), key=lambda row: (row[5], row[0]))
        return tuple(
            ObjectiveNode(
                id=row_id,
                code=code,
                title=title,
                level=level,
                parent_id=parent,
                position=position,
                children=build(row_id),
                action_count=int(count),
                description=description,
            )
            for row_id, code, title, level, parent, position, description, count in ordered
        )

    return list(build(None))


def _sibling_ids(session: Session, parent_id: int | None) -> list[int]:
    objective = m.Objective
    where = objective.parent_id.is_(None) if parent_id is None else objective.parent_id == parent_id
    query = (
        sa.select(objective.id)
        .where(objective.plan_id == plan_id_query(), where)
        .order_by(objective.position, objective.id)
    )
    return list(session.scalars(query))


def _check_parent(session: Session, parent_id: int) -> m.Objective:
    parent = objective_in(session, parent_id)
    if parent.parent_id is not None:
        raise refuse(
            "parent_id",
            translate(
                "Plan",
                "Nothing can go under specific objective {code}: objectives go two levels "
                "deep (strategic > specific). Choose a strategic objective.",
            ).format(code=parent.code),
        )
    return parent


def add_objective(
    database: Database,
    parent_id: int | None,
    title: str,
    *,
    description: str = "",
    position: int | None = None,
) -> TreeChange:
    """A new strategic objective (``parent_id`` None) or a specific one under a strategic
    objective, at ``position`` among its siblings (None: last); one transaction."""
    with database.session() as session:
        begin_change(session)
        plan = plan_in(session)
        if parent_id is not None:
            _check_parent(session, parent_id)
        siblings = _sibling_ids(session, parent_id)
        record = records.Objective(
            plan_id=plan.id,
            parent_id=parent_id,
            level=ObjectiveLevel.STRATEGIC if parent_id is None else ObjectiveLevel.SPECIFIC,
            position=len(siblings),
            code="",
            title=title.strip(),
            description=description,
        )
        stored = store.write(session, record)
        assert stored.id is not None
        order, _ = place(siblings, stored.id, position)
        set_positions(session, m.Objective, order)
        changes = [
            change
            for change in renumber(session)
            if not (change.kind == "objective" and change.id == stored.id)
        ]
        code = code_of(session, m.Objective, stored.id)
        return TreeChange(stored.id, code, None, None, tuple(changes))


def rename_objective(
    database: Database, objective_id: int, title: str, description: str | None = None
) -> ObjectiveText:
    """Change an objective's title (and description unless None); returns the previous
    ones, for undo."""
    with database.session() as session:
        row = objective_in(session, objective_id)
        begin_change(session)
        previous = ObjectiveText(row.title, row.description)
        record = store.to_record(records.Objective, row)
        record.title = title.strip()
        if description is not None:
            record.description = description
        store.write(session, record)
        return previous


def move_objective(
    database: Database, objective_id: int, new_parent_id: int | None, position: int
) -> TreeChange:
    """Reorder an objective among its siblings or move it under another strategic
    objective (or to the top level), at ``position`` (kept within the siblings).

    A specific objective moved to the top becomes strategic; a strategic objective without
    specific objectives moved under another one becomes specific. Refused (``ValidationError``
    on ``parent_id``, nothing changed) under a specific objective, under itself, or for a
    strategic objective that has specific objectives (the tree would grow a third level).
    """
    with database.session() as session:
        moving = objective_in(session, objective_id)
        begin_change(session)
        if new_parent_id is not None:
            if new_parent_id == objective_id:
                raise refuse(
                    "parent_id",
                    translate("Plan", "An objective cannot go under itself."),
                )
            _check_parent(session, new_parent_id)
            has_children = session.scalar(
                sa.select(sa.func.count()).where(m.Objective.parent_id == objective_id)
            )
            if has_children:
                raise refuse(
                    "parent_id",
                    translate(
                        "Plan",
                        "Strategic objective {code} has specific objectives, so it cannot go "
                        "under another objective: objectives go two levels deep (strategic > "
                        "specific).",
                    ).format(code=moving.code),
                )
        old_siblings = _sibling_ids(session, moving.parent_id)
        new_siblings = _sibling_ids(session, new_parent_id)
        return _move(
            session, moving, "parent_id", new_parent_id, old_siblings, new_siblings, position
        )


def _move(
    session: Session,
    row: m.Objective | m.Action,
    parent_field: str,
    new_parent_id: int | None,
    old_ids: list[int],
    new_ids: list[int],
    position: int,
) -> TreeChange:
    """Put ``row`` at ``position`` among ``new_ids`` (the rows under ``new_parent_id``),
    close the gap it leaves among ``old_ids`` and renumber; the answer says where it was,
    so that moving back undoes it."""
    model = type(row)
    kind = "objective" if isinstance(row, m.Objective) else "action"
    old_parent = getattr(row, parent_field)
    old_position = old_ids.index(row.id)
    order, _ = place(new_ids, row.id, position)
    setattr(row, parent_field, new_parent_id)
    session.flush()
    if old_parent != new_parent_id:
        set_positions(session, model, [i for i in old_ids if i != row.id])
    set_positions(session, model, order)
    changes = tuple(
        change for change in renumber(session) if not (change.kind == kind and change.id == row.id)
    )
    return TreeChange(row.id, code_of(session, model, row.id), old_parent, old_position, changes)


def delete_objective(database: Database, objective_id: int) -> ObjectiveDeletion:
    """Delete an objective (with its specific objectives and its indicator links) and
    renumber, in one transaction; refused with ``ObjectiveHasActionsError`` while actions
    belong to it or to its specific objectives."""
    objective, action = m.Objective, m.Action
    with database.session() as session:
        row = objective_in(session, objective_id)
        code, title = row.code, row.title
        within = sa.or_(objective.id == objective_id, objective.parent_id == objective_id)
        count = session.scalar(
            sa.select(sa.func.count())
            .select_from(action)
            .join(objective, objective.id == action.objective_id)
            .where(within)
        )
        if count:
            raise ObjectiveHasActionsError(code, title, int(count))
        begin_change(session)
        session.expunge(row)
        deleted = delete_in(session, records.Objective, objective_id)
        return ObjectiveDeletion(deleted, tuple(renumber(session)))


def restore_objective(database: Database, deletion: ObjectiveDeletion) -> tuple[CodeChange, ...]:
    """Undo ``delete_objective``: the objective comes back at its place, with its id,
    specific objectives and links; returns the codes that changed
    (``DeletionError``, nothing changed, when that is no longer possible)."""
    deleted = deletion.deleted
    root = next(row for row in deleted.rows["objective"] if row["id"] == deleted.root_id)
    parent_id, position = root["parent_id"], int(root["position"])
    objective = m.Objective
    with database.session() as session:
        begin_change(session)
        where = (
            objective.parent_id.is_(None) if parent_id is None else objective.parent_id == parent_id
        )
        shift_positions(
            session, objective, sa.and_(objective.plan_id == root["plan_id"], where), position
        )
        restore_in(session, deleted)
        return tuple(renumber(session))


@dataclass(frozen=True)
class ActionDeletion:
    deleted: DeletedRows
    changes: tuple[CodeChange, ...] = field(default=())


# --- where actions sit ------------------------------------------------------------------


def _action_ids(session: Session, objective_id: int) -> list[int]:
    action = m.Action
    query = (
        sa.select(action.id)
        .where(action.objective_id == objective_id)
        .order_by(action.position, action.id)
    )
    return list(session.scalars(query))


def move_action(database: Database, action_id: int, objective_id: int, position: int) -> TreeChange:
    """Put an action at ``position`` among the actions of ``objective_id`` (its own or
    another), renumbering in the same transaction; the answer says where it was."""
    with database.session() as session:
        row = action_in(session, action_id)
        objective_in(session, objective_id)
        begin_change(session)
        old_ids = _action_ids(session, row.objective_id)
        new_ids = _action_ids(session, objective_id)
        return _move(session, row, "objective_id", objective_id, old_ids, new_ids, position)


def delete_action(database: Database, action_id: int) -> ActionDeletion:
    """Delete an action with its partners, tags, milestones, funding lines and links, and
    renumber the actions after it, in one transaction (``restore_action`` undoes it)."""
    with database.session() as session:
        row = action_in(session, action_id)
        begin_change(session)
        session.expunge(row)
        deleted = delete_in(session, records.Action, action_id)
        return ActionDeletion(deleted, tuple(renumber(session)))


def restore_action(database: Database, deletion: ActionDeletion) -> tuple[CodeChange, ...]:
    """Undo ``delete_action``: the action comes back at its place with its id and all that
    hung on it (``DeletionError``, nothing changed, when that is no longer possible)."""
    (root,) = deletion.deleted.rows["action"]
    objective_id, position = int(root["objective_id"]), int(root["position"])
    with database.session() as session:
        begin_change(session)
        action = m.Action
        shift_positions(session, action, action.objective_id == objective_id, position)
        restore_in(session, deletion.deleted)
        return tuple(renumber(session))
