"""The demo's plan versions are real snapshots, and comparing them shows real changes."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import sqlalchemy as sa

from lagdesk.core.plan import versions as pv
from lagdesk.db.codes import ActionStatus, FundingSource, PlanStatus
from lagdesk.db.database import Database, open_database
from lagdesk.db.models import Action, FundingLine, Milestone, Plan, PlanVersion
from lagdesk.demo import build_demo, large_plan
from lagdesk.demo import koszalin_plan as kplan


def _stored_snapshots(database: Database) -> list[dict]:
    with database.reading() as session:
        return [json.loads(text) for text in session.scalars(sa.select(PlanVersion.snapshot))]


def test_small_version_is_the_plan_as_submitted(database: Database) -> None:
    build_demo(database, "small", seed=1)
    (version,) = pv.versions(database)
    assert version.status == PlanStatus.SUBMITTED
    assert (version.objectives, version.actions) == (len(kplan.OBJECTIVES), len(kplan.ACTIONS))
    assert version.indicators > 0
    (data,) = _stored_snapshots(database)
    assert data["format"] == pv.SNAPSHOT_FORMAT
    assert data["plan"]["title"] == kplan.PLAN_TITLE
    assert len(data["risks"]) == len(kplan.RISKS)
    actions = {action["code"]: action for action in data["actions"]}
    assert actions["2.2.2"]["end_date"] == "2025-06-30"  # as submitted, before the review
    with database.reading() as session:
        plan_status = session.scalar(sa.select(Plan.status))
    assert plan_status == PlanStatus.SUBMITTED  # the plan mirrors its latest version


def test_small_compare_with_the_plan_now_shows_the_changes_after_review(
    database: Database,
) -> None:
    build_demo(database, "small", seed=1)
    (version,) = pv.versions(database)
    diff = pv.compare_versions(database, version.id)
    assert not diff.is_empty
    lines = pv.diff_lines(diff)
    assert any("Action 2.2.2" in line and "end 2025-06-30 -> 2025-08-31" in line for line in lines)
    assert any(line.startswith("Added: Funding line") and "3.1.3" in line for line in lines)
    assert any(line.startswith("Removed: Milestone “Contract for all") for line in lines)
    assert any("PROC-15" in line and "collection method" in line for line in lines)


def test_small_live_plan_keeps_the_demo_values(database: Database) -> None:
    """The snapshot is taken from an earlier state, but the plan itself is as written."""
    build_demo(database, "small", seed=1)
    expected = {action.code: action for action in kplan.ACTIONS}
    with database.reading() as session:
        rows = session.execute(
            sa.select(Action.code, Action.end_date, Action.status, Action.estimated_cost)
        ).all()
        lighting_id = session.scalar(sa.select(Action.id).where(Action.code == "3.1.3"))
        sources = set(
            session.scalars(
                sa.select(FundingLine.source).where(FundingLine.action_id == lighting_id)
            )
        )
        milestones = set(
            session.scalars(sa.select(Milestone.title).where(Milestone.action_id == lighting_id))
        )
    for code, end, status, cost in rows:
        assert (end, status, cost) == (
            expected[code].end,
            expected[code].status,
            expected[code].cost,
        ), code
    assert {code: status for code, _, status, _ in rows}["2.2.2"] == ActionStatus.DELAYED
    assert FundingSource.NATIONAL in sources
    assert milestones == {title for title, _, _ in expected["3.1.3"].milestones}


def test_large_versions_are_snapshots_that_differ(database: Database) -> None:
    build_demo(database, "large", scale=0.05)
    versions = pv.versions(database)
    assert [v.name for v in versions] == [name for name, _, _ in large_plan.VERSIONS]
    assert [v.status for v in versions] == [status for _, status, _ in large_plan.VERSIONS]
    assert all(v.actions > 0 and v.objectives > 0 and v.indicators > 0 for v in versions)
    for older, newer in itertools.pairwise(versions):
        diff = pv.compare_versions(database, older.id, newer.id)
        assert diff.added, (older.name, newer.name)
        assert diff.changed, (older.name, newer.name)
    # The latest version is a draft after the approved one and is the plan as it is now.
    assert versions[-2].status == PlanStatus.APPROVED
    assert versions[-1].status == PlanStatus.DRAFT
    assert pv.compare_versions(database, versions[-1].id).is_empty
    assert not pv.compare_versions(database, versions[-2].id).is_empty


def test_large_versions_are_deterministic(database: Database, tmp_path: Path) -> None:
    other = open_database(tmp_path / "other.sqlite")
    try:
        build_demo(database, "large", seed=3, scale=0.01)
        build_demo(other, "large", seed=3, scale=0.01)
        assert _stored_snapshots(database) == _stored_snapshots(other)
    finally:
        other.close()
