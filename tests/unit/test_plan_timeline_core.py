"""The actions as the timeline draws them: code order, dates, status, progress, milestones,
the objective they hang on, the filter by strategic objective, and a fixed query count."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
import sqlalchemy as sa

from lagdesk.core.plan import actions as pa
from lagdesk.core.plan import tree as pt
from lagdesk.core.plan.timeline import TimelineMilestone, timeline_actions
from lagdesk.core.support import records as r
from lagdesk.db.codes import ActionStatus, ActionType
from lagdesk.db.database import Database


@contextmanager
def queries(database: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(*args: object) -> None:
        seen.append(str(args[2]))

    sa.event.listen(database.engine, "before_cursor_execute", record)
    yield seen
    sa.event.remove(database.engine, "before_cursor_execute", record)


def action(
    database: Database,
    objective_id: int,
    title: str,
    *,
    start: date | None = None,
    end: date | None = None,
    status: ActionStatus = ActionStatus.PLANNED,
    progress: int = 0,
    milestones: tuple[tuple[date, str, bool], ...] = (),
) -> int:
    made = r.Action(
        objective_id=objective_id,
        code="",
        title=title,
        type=ActionType.PROCUREMENT,
        start_date=start,
        end_date=end,
        status=status,
        progress_percent=progress,
    )
    detail = pa.ActionDetail(
        action=made,
        milestones=tuple(
            r.Milestone(action_id=0, title=name, due_on=due, done=done)
            for due, name, done in milestones
        ),
    )
    saved = pa.save_action_detail(database, detail)
    assert saved.detail.action.id is not None
    return saved.detail.action.id


@pytest.fixture
def plan(database: Database) -> dict[str, int]:
    """1 (1.1 with a1, a2) and 2 (own action b0; 2.1 with b1), a1 with two milestones."""
    ids = {"1": pt.add_objective(database, None, "Green procurement").id}
    ids["1.1"] = pt.add_objective(database, ids["1"], "School catering").id
    ids["2"] = pt.add_objective(database, None, "Social clauses").id
    ids["2.1"] = pt.add_objective(database, ids["2"], "Reserved contracts").id
    ids["a1"] = action(
        database,
        ids["1.1"],
        "Organic menus",
        start=date(2025, 1, 15),
        end=date(2025, 12, 31),
        status=ActionStatus.ONGOING,
        progress=40,
        milestones=(
            (date(2025, 9, 1), "Tender published", False),
            (date(2025, 3, 1), "Market dialogue", True),
        ),
    )
    ids["a2"] = action(database, ids["1.1"], "Undated study")
    ids["b0"] = action(database, ids["2"], "Strategy", start=date(2024, 5, 1), end=date(2024, 6, 1))
    ids["b1"] = action(
        database,
        ids["2.1"],
        "Reserved lots",
        start=date(2026, 1, 1),
        end=date(2026, 6, 30),
        status=ActionStatus.DELAYED,
    )
    return ids


def test_every_action_in_code_order_with_its_objective(
    database: Database, plan: dict[str, int]
) -> None:
    found = timeline_actions(database)
    assert [item.code for item in found] == ["1.1.1", "1.1.2", "2.1", "2.1.1"]
    first = found[0]
    assert first.id == plan["a1"]
    assert first.title == "Organic menus"
    assert (first.objective_id, first.objective_code) == (plan["1.1"], "1.1")
    assert first.objective_title == "School catering"
    assert first.strategic_objective_id == plan["1"]
    assert (first.start, first.end) == (date(2025, 1, 15), date(2025, 12, 31))
    assert (first.status, first.progress_percent) == (ActionStatus.ONGOING, 40)
    # Milestones come by due date.
    assert first.milestones == (
        TimelineMilestone(date(2025, 3, 1), "Market dialogue", True),
        TimelineMilestone(date(2025, 9, 1), "Tender published", False),
    )
    undated = found[1]
    assert (undated.start, undated.end, undated.milestones) == (None, None, ())
    own = found[2]  # an action directly on a strategic objective
    assert (own.objective_id, own.strategic_objective_id) == (plan["2"], plan["2"])
    assert found[3].strategic_objective_id == plan["2"]


def test_one_strategic_objective_with_its_specific_objectives(
    database: Database, plan: dict[str, int]
) -> None:
    assert [item.id for item in timeline_actions(database, plan["2"])] == [plan["b0"], plan["b1"]]
    assert [item.id for item in timeline_actions(database, plan["1"])] == [plan["a1"], plan["a2"]]
    assert [item.id for item in timeline_actions(database, plan["1.1"])] == [
        plan["a1"],
        plan["a2"],
    ]


def test_an_empty_plan_has_no_actions(database: Database) -> None:
    assert timeline_actions(database) == []


def test_two_queries_whatever_the_number_of_actions(
    database: Database, plan: dict[str, int]
) -> None:
    with queries(database) as few:
        timeline_actions(database)
    for number in range(6):
        action(
            database,
            plan["2.1"],
            f"More {number}",
            start=date(2025, 1, 1),
            end=date(2025, 2, 1),
            milestones=((date(2025, 1, 10), "Check", False),),
        )
    with queries(database) as many:
        found = timeline_actions(database)
    assert len(found) == 10
    assert len(many) == len(few) == 2
