"""The plan's actions as the timeline (Gantt) draws them: dates, status, progress and
milestones, with the objective each belongs to.

Two queries whatever the number of actions (the large demo has 2,000): the actions with
their objective, and the milestones of those actions. The screen and the exports turn the
rows into ``lagdesk.reports.charts.gantt.GanttAction``; core does not know the chart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from lagdesk.core.plan.numbering import natural_key, plan_id_query
from lagdesk.db import models as m
from lagdesk.db.codes import ActionStatus
from lagdesk.db.database import Database


@dataclass(frozen=True)
class TimelineMilestone:
    due_on: date
    title: str
    done: bool


@dataclass(frozen=True)
class TimelineAction:
    """One action of the timeline; ``objective_*`` name the objective it hangs on (usually
    a specific objective), ``strategic_objective_id`` the top of its branch."""

    id: int
    code: str
    title: str
    objective_id: int
    objective_code: str
    objective_title: str
    strategic_objective_id: int
    start: date | None
    end: date | None
    status: ActionStatus
    progress_percent: int
    milestones: tuple[TimelineMilestone, ...] = ()


def _scope(objective_id: int | None) -> list[sa.ColumnElement[bool]]:
    """The plan's actions, or those of one objective and its specific objectives."""
    objective = m.Objective
    where = [objective.plan_id == plan_id_query()]
    if objective_id is not None:
        where.append(sa.or_(objective.id == objective_id, objective.parent_id == objective_id))
    return where


def timeline_actions(database: Database, objective_id: int | None = None) -> list[TimelineAction]:
    """The plan's actions in code order (all, or those of ``objective_id`` and its specific
    objectives), each with its milestones by due date; two queries."""
    action, objective = m.Action, m.Objective
    query = (
        sa.select(
            action.id,
            action.code,
            action.title,
            action.objective_id,
            objective.code,
            objective.title,
            sa.func.coalesce(objective.parent_id, objective.id),
            action.start_date,
            action.end_date,
            action.status,
            action.progress_percent,
        )
        .join(objective, objective.id == action.objective_id)
        .where(*_scope(objective_id))
    )
    scoped_ids = (
        sa.select(action.id)
        .join(objective, objective.id == action.objective_id)
        .where(*_scope(objective_id))
    )
    milestone = m.Milestone
    milestone_query = (
        sa.select(milestone.action_id, milestone.due_on, milestone.title, milestone.done)
        .where(milestone.action_id.in_(scoped_ids))
        .order_by(milestone.action_id, milestone.due_on, milestone.id)
    )
    with database.reading() as session:
        found: Sequence[Any] = session.execute(query).all()
        milestones: dict[int, list[TimelineMilestone]] = defaultdict(list)
        for action_id, due_on, title, done in session.execute(milestone_query):
            milestones[action_id].append(TimelineMilestone(due_on, title, bool(done)))
    rows = [
        TimelineAction(
            id=row[0],
            code=row[1],
            title=row[2],
            objective_id=row[3],
            objective_code=row[4],
            objective_title=row[5],
            strategic_objective_id=row[6],
            start=row[7],
            end=row[8],
            status=row[9],
            progress_percent=int(row[10]),
            milestones=tuple(milestones.get(row[0], ())),
        )
        for row in found
    ]
    rows.sort(key=lambda item: (natural_key(item.code), item.id))
    return rows
