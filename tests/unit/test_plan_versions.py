"""Versions of the plan: snapshots, statuses, the approved-is-final rule and the diff."""

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from lagdesk.core.plan import versions as pv
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db import models as m
from lagdesk.db.codes import (
    ActionStatus,
    ActionType,
    FundingSource,
    FundingStatus,
    ObjectiveLevel,
    PlanStatus,
    RiskCategory,
    Sector,
)
from lagdesk.db.database import Database
from lagdesk.demo import build_demo
from lagdesk.errors import NotFoundError, UserError, ValidationError

A = pv.ItemKind.ACTION


@dataclass(frozen=True)
class HandPlan:
    plan: int
    strategic: int
    specific: int
    training: int
    checklist: int
    milestone: int
    erdf: int
    risk: int
    indicator: int
    indicator_milestone: int
    city_hall: int
    foundation: int
    anna: int


@pytest.fixture
def hand_plan(database: Database) -> HandPlan:
    """One strategic and one specific objective, two actions, a risk and an indicator."""
    with database.session() as s:
        city_hall = m.Organisation(name="Urząd Miejski", sector=Sector.PUBLIC)
        foundation = m.Organisation(name="Fundacja Równe Szanse", sector=Sector.CIVIC)
        anna = m.Person(first_name="Anna", last_name="Nowak")
        plan = m.Plan(title="Koszalin IAP", city="Koszalin", vision="Fair procurement.")
        s.add_all([city_hall, foundation, anna, plan])
        s.flush()
        strategic = m.Objective(
            plan_id=plan.id, level=ObjectiveLevel.STRATEGIC, code="1", title="Fair contracts"
        )
        s.add(strategic)
        s.flush()
        specific = m.Objective(
            plan_id=plan.id,
            parent_id=strategic.id,
            level=ObjectiveLevel.SPECIFIC,
            code="1.1",
            title="Criteria",
        )
        s.add(specific)
        s.flush()
        training = m.Action(
            objective_id=specific.id,
            position=0,
            code="1.1.1",
            title="Training",
            type=ActionType.CAPACITY_BUILDING,
            lead_organisation_id=city_hall.id,
            responsible_person_id=anna.id,
            start_date=date(2025, 1, 15),
            end_date=date(2025, 6, 30),
            status=ActionStatus.ONGOING,
            progress_percent=40,
            estimated_cost=Decimal("1500"),
        )
        checklist = m.Action(
            objective_id=specific.id,
            position=1,
            code="1.1.2",
            title="Checklist",
            type=ActionType.POLICY_REGULATION,
        )
        s.add_all([training, checklist])
        s.flush()
        s.add_all(
            [
                m.ActionPartner(action_id=training.id, organisation_id=foundation.id),
                m.ActionPartner(action_id=training.id, organisation_id=city_hall.id),
                m.ActionTag(action_id=training.id, tag="green"),
                m.ActionTag(action_id=training.id, tag="gender"),
            ]
        )
        milestone = m.Milestone(action_id=training.id, title="Kick-off", due_on=date(2025, 2, 1))
        erdf = m.FundingLine(
            action_id=training.id,
            source=FundingSource.ERDF,
            amount=Decimal("1000"),
            status=FundingStatus.SECURED,
        )
        risk = m.Risk(
            plan_id=plan.id,
            code="R1",
            title="Staff turnover",
            category=RiskCategory.CAPACITY,
            likelihood=3,
            impact=4,
            owner_person_id=anna.id,
        )
        indicator = m.Indicator(
            code="OWN-1",
            name="Trained staff",
            baseline_value=10.0,
            baseline_date=date(2024, 12, 31),
            target_value=50.0,
            target_date=date(2026, 12, 31),
        )
        s.add_all([milestone, erdf, risk, indicator])
        s.flush()
        indicator_milestone = m.IndicatorMilestone(
            indicator_id=indicator.id, due_on=date(2025, 12, 31), value=30.0
        )
        s.add_all(
            [
                indicator_milestone,
                m.RiskAction(risk_id=risk.id, action_id=training.id),
                m.IndicatorObjective(indicator_id=indicator.id, objective_id=specific.id),
                m.IndicatorAction(indicator_id=indicator.id, action_id=training.id),
            ]
        )
        s.flush()
        return HandPlan(
            plan=plan.id,
            strategic=strategic.id,
            specific=specific.id,
            training=training.id,
            checklist=checklist.id,
            milestone=milestone.id,
            erdf=erdf.id,
            risk=risk.id,
            indicator=indicator.id,
            indicator_milestone=indicator_milestone.id,
            city_hall=city_hall.id,
            foundation=foundation.id,
            anna=anna.id,
        )


def indicator_count(database: Database) -> int:
    """The file's indicators (the preloaded library, when there is one, and our own)."""
    return store.count(database, r.Indicator)


def current(database: Database) -> dict:
    with database.reading() as s:
        return pv.snapshot(s)


def by_id(items: list[dict], item_id: int) -> dict:
    return next(item for item in items if item["id"] == item_id)


def update(database: Database, model: type, row_id: int, **values: object) -> None:
    with database.session() as s:
        row = s.get(model, row_id)
        for name, value in values.items():
            setattr(row, name, value)


# --- snapshot --------------------------------------------------------------------------


def test_snapshot_holds_the_whole_plan_as_plain_data(database: Database, hand_plan: HandPlan):
    data = current(database)
    assert json.loads(json.dumps(data)) == data
    assert data["format"] == pv.SNAPSHOT_FORMAT
    assert data["plan"] == {
        "id": hand_plan.plan,
        "title": "Koszalin IAP",
        "city": "Koszalin",
        "vision": "Fair procurement.",
        "context": "",
        "problem_analysis": "",
        "transnational_learning": "",
    }
    specific = by_id(data["objectives"], hand_plan.specific)
    assert specific["code"] == "1.1"
    assert specific["level"] == "specific"
    assert specific["parent_id"] == hand_plan.strategic
    assert specific["parent_code"] == "1"
    assert [o["code"] for o in data["objectives"]] == ["1", "1.1"]

    training = by_id(data["actions"], hand_plan.training)
    assert training["code"] == "1.1.1"
    assert training["objective_code"] == "1.1"
    assert training["type"] == "capacity_building"
    assert training["status"] == "ongoing"
    assert training["estimated_cost"] == "1500.00"
    assert training["start_date"] == "2025-01-15"
    assert training["end_date"] == "2025-06-30"
    assert training["progress_percent"] == 40
    assert training["lead_organisation"] == "Urząd Miejski"
    assert training["responsible_person"] == "Anna Nowak"
    assert training["partners"] == ["Fundacja Równe Szanse", "Urząd Miejski"]
    assert training["partner_ids"] == sorted([hand_plan.city_hall, hand_plan.foundation])
    assert training["tags"] == ["gender", "green"]
    assert training["milestones"] == [
        {"id": hand_plan.milestone, "title": "Kick-off", "due_on": "2025-02-01", "done": False}
    ]
    assert training["funding_lines"] == [
        {
            "id": hand_plan.erdf,
            "source": "erdf",
            "amount": "1000.00",
            "status": "secured",
            "note": "",
        }
    ]
    # Every column of the action table is in the snapshot.
    assert {column.name for column in m.Action.__table__.columns} - {
        "created_at",
        "updated_at",
    } <= set(training)
    checklist = by_id(data["actions"], hand_plan.checklist)
    assert checklist["estimated_cost"] is None
    assert checklist["partners"] == checklist["funding_lines"] == []

    risk = by_id(data["risks"], hand_plan.risk)
    assert risk["likelihood"] == 3
    assert risk["impact"] == 4
    assert risk["owner_person"] == "Anna Nowak"
    assert risk["action_ids"] == [hand_plan.training]
    assert risk["actions"] == ["1.1.1"]

    indicator = by_id(data["indicators"], hand_plan.indicator)
    assert indicator["baseline_value"] == 10.0
    assert indicator["target_value"] == 50.0
    assert indicator["target_date"] == "2026-12-31"
    assert indicator["objectives"] == ["1.1"]
    assert indicator["actions"] == ["1.1.1"]
    assert indicator["milestones"] == [
        {"id": hand_plan.indicator_milestone, "due_on": "2025-12-31", "value": 30.0}
    ]
    # Every indicator of the file is in the plan's snapshot (the library's too).
    assert len(data["indicators"]) == indicator_count(database)


def test_snapshot_of_a_file_without_plan(database: Database):
    data = current(database)
    assert data["plan"] is None
    assert data["objectives"] == data["actions"] == data["risks"] == []


# --- saving and listing ----------------------------------------------------------------


def test_save_version_stores_the_snapshot_and_lists_it(database: Database, hand_plan: HandPlan):
    row = pv.save_version(database, "  Draft for the local group  ", note="After meeting 3")
    assert row.name == "Draft for the local group"
    assert row.status is PlanStatus.DRAFT
    assert row.note == "After meeting 3"
    assert (row.objectives, row.actions, row.indicators) == (2, 2, indicator_count(database))
    assert row.editable
    assert pv.versions(database) == [row]
    assert pv.version_snapshot(database, row.id) == current(database)
    submitted = pv.save_version(database, "Submitted", PlanStatus.SUBMITTED)
    assert [v.name for v in pv.versions(database)] == ["Draft for the local group", "Submitted"]
    assert pv.latest_version(database) == submitted
    assert store.get(database, r.Plan, hand_plan.plan).status is PlanStatus.SUBMITTED


@pytest.mark.parametrize("name", ["", "   "])
def test_a_version_needs_a_name(database: Database, hand_plan: HandPlan, name: str):
    with pytest.raises(ValidationError) as caught:
        pv.save_version(database, name)
    assert caught.value.problems[0].key == "name"
    assert "required" in caught.value.problems[0].message
    assert pv.versions(database) == []


def test_a_version_name_is_used_once(database: Database, hand_plan: HandPlan):
    pv.save_version(database, "Version 1")
    for name in ("Version 1", " version 1 "):
        with pytest.raises(ValidationError, match=r"A version named .* already exists") as caught:
            pv.save_version(database, name)
        assert caught.value.problems[0].key == "name"
    assert len(pv.versions(database)) == 1


def test_saving_without_a_plan_is_refused_clearly(database: Database):
    with pytest.raises(UserError, match="no action plan yet"):
        pv.save_version(database, "Version 1")


def test_edit_and_delete_a_draft_version(database: Database, hand_plan: HandPlan):
    first = pv.save_version(database, "First")
    second = pv.save_version(database, "Second")
    with pytest.raises(ValidationError, match="already exists"):
        pv.edit_version(database, second.id, name="first")
    renamed = pv.edit_version(database, second.id, name="Second, revised", note="typo fixed")
    assert (renamed.name, renamed.note) == ("Second, revised", "typo fixed")
    pv.delete_version(database, renamed.id)
    assert pv.versions(database) == [first]
    with pytest.raises(NotFoundError):
        pv.is_editable(database, renamed.id)


# --- statuses --------------------------------------------------------------------------


def test_allowed_status_transitions(database: Database, hand_plan: HandPlan):
    version = pv.save_version(database, "V1")
    steps = [
        PlanStatus.SUBMITTED,
        PlanStatus.RETURNED,
        PlanStatus.SUBMITTED,
        PlanStatus.APPROVED,
    ]
    for status in steps:
        row = pv.set_version_status(database, version.id, status)
        assert row.status is status
        assert pv.versions(database)[0].status is status
        assert store.get(database, r.Plan, hand_plan.plan).status is status
    assert not pv.is_editable(database, version.id)
    # Asking for the status a version already has changes nothing.
    assert pv.set_version_status(database, version.id, PlanStatus.APPROVED).status is (
        PlanStatus.APPROVED
    )


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        ([], PlanStatus.APPROVED),
        ([], PlanStatus.RETURNED),
        ([PlanStatus.SUBMITTED], PlanStatus.DRAFT),
        ([PlanStatus.SUBMITTED, PlanStatus.RETURNED], PlanStatus.APPROVED),
        ([PlanStatus.SUBMITTED, PlanStatus.RETURNED], PlanStatus.DRAFT),
    ],
)
def test_refused_status_transitions(
    database: Database, hand_plan: HandPlan, path: list[PlanStatus], refused: PlanStatus
):
    version = pv.save_version(database, "V1")
    for status in path:
        pv.set_version_status(database, version.id, status)
    before = pv.versions(database)[0].status
    with pytest.raises(pv.StatusTransitionError, match="cannot become") as caught:
        pv.set_version_status(database, version.id, refused)
    assert "V1" in str(caught.value)
    assert pv.versions(database)[0].status is before


def test_the_transition_table_is_the_documented_workflow():
    expected = {
        PlanStatus.DRAFT: {PlanStatus.SUBMITTED},
        PlanStatus.SUBMITTED: {PlanStatus.RETURNED, PlanStatus.APPROVED},
        PlanStatus.RETURNED: {PlanStatus.SUBMITTED},
        PlanStatus.APPROVED: set(),
    }
    assert expected == pv.TRANSITIONS


def approved(database: Database, name: str = "Approved plan") -> pv.VersionRow:
    version = pv.save_version(database, name, PlanStatus.SUBMITTED)
    return pv.set_version_status(database, version.id, PlanStatus.APPROVED)


@pytest.mark.parametrize("status", [PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.RETURNED])
def test_approved_is_final(database: Database, hand_plan: HandPlan, status: PlanStatus):
    version = approved(database)
    with pytest.raises(pv.ApprovedVersionError, match="approved and cannot be changed"):
        pv.set_version_status(database, version.id, status)


def test_an_approved_version_cannot_be_edited(database: Database, hand_plan: HandPlan):
    version = approved(database)
    stored_snapshot = pv.version_snapshot(database, version.id)
    with pytest.raises(pv.ApprovedVersionError):
        pv.edit_version(database, version.id, name="Renamed")
    with pytest.raises(pv.ApprovedVersionError):
        pv.edit_version(database, version.id, note="changed")
    with pytest.raises(pv.ApprovedVersionError):
        pv.delete_version(database, version.id)
    # Not through the generic store either, nor through the ORM directly.
    record = store.get(database, r.PlanVersion, version.id)
    record.name = "Renamed"
    with pytest.raises(pv.ApprovedVersionError):
        store.save(database, record)
    with pytest.raises(pv.ApprovedVersionError):
        update(database, m.PlanVersion, version.id, snapshot="{}")
    assert pv.versions(database) == [version]
    assert pv.version_snapshot(database, version.id) == stored_snapshot


def test_a_draft_version_can_still_be_changed_through_the_store(
    database: Database, hand_plan: HandPlan
):
    version = pv.save_version(database, "V1")
    record = store.get(database, r.PlanVersion, version.id)
    record.name = "V1, renamed"
    store.save(database, record)
    assert pv.versions(database)[0].name == "V1, renamed"


# --- the next change after approval starts a new draft ------------------------------------


def test_ensure_draft_does_nothing_unless_the_latest_version_is_approved(
    database: Database, hand_plan: HandPlan
):
    assert pv.ensure_draft(database) is None  # no version at all
    version = pv.save_version(database, "V1", PlanStatus.SUBMITTED)
    assert pv.ensure_draft(database) is None
    pv.set_version_status(database, version.id, PlanStatus.RETURNED)
    assert pv.ensure_draft(database) is None
    assert len(pv.versions(database)) == 1


def test_ensure_draft_after_approval_creates_a_draft_exactly_once(
    database: Database, hand_plan: HandPlan
):
    version = approved(database, "IAP 2025")
    draft = pv.ensure_draft(database)
    assert draft is not None
    assert draft.name == "IAP 2025 (draft 1)"
    assert draft.status is PlanStatus.DRAFT
    assert draft.editable
    assert store.get(database, r.Plan, hand_plan.plan).status is PlanStatus.DRAFT
    # Saved from the plan as it was before the change: the same content as approved.
    assert pv.compare_versions(database, version.id, draft.id).is_empty
    update(database, m.Action, hand_plan.training, estimated_cost=Decimal("2000"))
    assert pv.ensure_draft(database) is None
    assert pv.ensure_draft(database) is None
    assert [v.name for v in pv.versions(database)] == ["IAP 2025", "IAP 2025 (draft 1)"]
    assert pv.versions(database)[0].status is PlanStatus.APPROVED


def test_the_draft_number_skips_names_in_use(database: Database, hand_plan: HandPlan):
    pv.save_version(database, "IAP 2025 (draft 1)")
    approved(database, "IAP 2025")
    draft = pv.ensure_draft(database)
    assert draft is not None
    assert draft.name == "IAP 2025 (draft 2)"


def test_ensure_draft_in_the_callers_transaction(database: Database, hand_plan: HandPlan):
    approved(database)
    with database.session() as s:
        draft = pv.ensure_draft_in(s)
        s.get(m.Action, hand_plan.training).title = "Training of buyers"  # type: ignore[union-attr]
    assert draft is not None
    snapshot = pv.version_snapshot(database, draft.id)
    assert by_id(snapshot["actions"], hand_plan.training)["title"] == "Training"
    diff = pv.compare_versions(database, draft.id)
    assert [(c.field, c.old, c.new) for item in diff.changed for c in item.changes] == [
        ("title", "Training", "Training of buyers")
    ]


# --- comparing -------------------------------------------------------------------------


def test_an_unchanged_plan_gives_an_empty_diff(database: Database, hand_plan: HandPlan):
    version = pv.save_version(database, "V1")
    diff = pv.compare_versions(database, version.id)
    assert diff.is_empty
    assert diff == pv.VersionDiff()
    assert pv.diff_lines(diff) == []


def test_changed_fields_with_old_and_new_values(database: Database, hand_plan: HandPlan):
    version = pv.save_version(database, "V1")
    update(
        database,
        m.Action,
        hand_plan.training,
        estimated_cost=Decimal("2000"),
        status=ActionStatus.DELAYED,
        end_date=date(2025, 9, 30),
        responsible_person_id=None,
    )
    with database.session() as s:
        s.add(m.ActionTag(action_id=hand_plan.training, tag="digital"))
    diff = pv.compare_versions(database, version.id)
    assert diff.added == diff.removed == ()
    [item] = diff.changed
    assert (item.kind, item.key, item.label) == (A, hand_plan.training, "Action 1.1.1 “Training”")
    assert [(c.field, c.name, c.old, c.new) for c in item.changes] == [
        ("responsible_person_id", "responsible person", "Anna Nowak", ""),
        ("end_date", "end", "2025-06-30", "2025-09-30"),
        ("status", "status", "Ongoing", "Delayed"),
        ("estimated_cost", "cost", "1 500.00", "2 000.00"),
        ("tags", "tags", "gender, green", "digital, gender, green"),
    ]
    assert pv.diff_lines(diff) == [
        "Action 1.1.1 “Training”: responsible person cleared (was Anna Nowak)",
        "Action 1.1.1 “Training”: end 2025-06-30 -> 2025-09-30",
        "Action 1.1.1 “Training”: status Ongoing -> Delayed",
        "Action 1.1.1 “Training”: cost 1 500.00 -> 2 000.00",
        "Action 1.1.1 “Training”: tags gender, green -> digital, gender, green",
    ]


def test_a_renumbered_action_is_a_changed_code(database: Database, hand_plan: HandPlan):
    version = pv.save_version(database, "V1")
    update(database, m.Action, hand_plan.checklist, code="1.1.1", position=0)
    update(database, m.Action, hand_plan.training, code="1.1.2", position=1)
    diff = pv.compare_versions(database, version.id)
    assert diff.added == diff.removed == ()
    changes = {
        (item.kind, item.label): [(c.field, c.old, c.new) for c in item.changes]
        for item in diff.changed
    }
    assert changes == {
        (A, "Action 1.1.1 “Checklist”"): [("code", "1.1.2", "1.1.1")],
        (A, "Action 1.1.2 “Training”"): [("code", "1.1.1", "1.1.2")],
    }
    # The risk and the indicator linked to it are the same links: no change there.
    assert not diff.of_kind(pv.ItemKind.RISK).changed
    assert not diff.of_kind(pv.ItemKind.INDICATOR).changed


def test_funding_line_amount_change(database: Database, hand_plan: HandPlan):
    version = pv.save_version(database, "V1")
    update(database, m.FundingLine, hand_plan.erdf, amount=Decimal("1250.5"))
    diff = pv.compare_versions(database, version.id)
    [item] = diff.changed
    assert item.kind is pv.ItemKind.FUNDING_LINE
    assert item.label == "Funding line ERDF of action 1.1.1"
    assert [(c.field, c.old, c.new) for c in item.changes] == [("amount", "1 000.00", "1 250.50")]
    assert pv.diff_lines(diff) == ["Funding line ERDF of action 1.1.1: amount 1 000.00 -> 1 250.50"]


def test_added_and_removed_items(database: Database, hand_plan: HandPlan):
    version = pv.save_version(database, "V1")
    with database.session() as s:
        s.delete(s.get(m.Action, hand_plan.checklist))
        new_action = m.Action(
            objective_id=hand_plan.specific,
            position=1,
            code="1.1.2",
            title="Market dialogue",
            type=ActionType.PROCUREMENT,
        )
        s.add(new_action)
        s.flush()
        # Sub-items of a new action come with it and are not listed on their own.
        s.add(m.Milestone(action_id=new_action.id, title="Open day", due_on=date(2025, 5, 5)))
        s.add(
            m.FundingLine(
                action_id=hand_plan.training,
                source=FundingSource.CITY_BUDGET,
                amount=Decimal("500"),
            )
        )
        s.delete(s.get(m.Risk, hand_plan.risk))
        s.delete(s.get(m.IndicatorMilestone, hand_plan.indicator_milestone))
        new_action_id = new_action.id
    diff = pv.compare_versions(database, version.id)
    assert [(i.kind, i.label) for i in diff.added] == [
        (A, "Action 1.1.2 “Market dialogue”"),
        (pv.ItemKind.FUNDING_LINE, "Funding line City budget of action 1.1.1"),
    ]
    assert diff.added[0].key == new_action_id
    assert [(i.kind, i.key, i.label) for i in diff.removed] == [
        (A, hand_plan.checklist, "Action 1.1.2 “Checklist”"),
        (pv.ItemKind.RISK, hand_plan.risk, "Risk R1 “Staff turnover”"),
        (
            pv.ItemKind.INDICATOR_MILESTONE,
            hand_plan.indicator_milestone,
            "Milestone 2025-12-31 of indicator OWN-1",
        ),
    ]
    assert diff.changed == ()
    assert pv.diff_lines(diff) == [
        "Added: Action 1.1.2 “Market dialogue”",
        "Removed: Action 1.1.2 “Checklist”",
        "Added: Funding line City budget of action 1.1.1",
        "Removed: Risk R1 “Staff turnover”",
        "Removed: Milestone 2025-12-31 of indicator OWN-1",
    ]
    assert diff.of_kind(A).added == diff.added[:1]


def test_changes_to_objectives_risks_indicators_and_the_plan(
    database: Database, hand_plan: HandPlan
):
    version = pv.save_version(database, "V1")
    update(database, m.Plan, hand_plan.plan, vision="")
    update(database, m.Objective, hand_plan.specific, title="Social criteria")
    update(database, m.Risk, hand_plan.risk, likelihood=5)
    update(database, m.Indicator, hand_plan.indicator, target_value=62.5, baseline_value=None)
    update(database, m.IndicatorMilestone, hand_plan.indicator_milestone, value=35.0)
    update(database, m.Milestone, hand_plan.milestone, done=True)
    with database.session() as s:
        s.execute(
            sa.delete(m.ActionPartner).where(m.ActionPartner.organisation_id == hand_plan.city_hall)
        )
        s.add(m.RiskAction(risk_id=hand_plan.risk, action_id=hand_plan.checklist))
    lines = pv.diff_lines(pv.compare_versions(database, version.id))
    assert lines == [
        "Plan: vision cleared (was Fair procurement.)",
        "Objective 1.1 “Social criteria”: title Criteria -> Social criteria",
        "Action 1.1.1 “Training”: partners Fundacja Równe Szanse, Urząd Miejski"
        " -> Fundacja Równe Szanse",
        "Milestone “Kick-off” of action 1.1.1: done no -> yes",
        "Risk R1 “Staff turnover”: likelihood 3 -> 5",
        "Risk R1 “Staff turnover”: actions 1.1.1 -> 1.1.1, 1.1.2",
        "Indicator OWN-1 “Trained staff”: baseline cleared (was 10)",
        "Indicator OWN-1 “Trained staff”: target 50 -> 62.5",
        "Milestone 2025-12-31 of indicator OWN-1: value 30 -> 35",
    ]


def test_an_action_moved_to_another_objective(database: Database, hand_plan: HandPlan):
    version = pv.save_version(database, "V1")
    update(database, m.Action, hand_plan.checklist, objective_id=hand_plan.strategic, code="1.1")
    [item] = pv.compare_versions(database, version.id).changed
    assert [(c.field, c.old, c.new) for c in item.changes] == [
        ("code", "1.1.2", "1.1"),
        ("objective_id", "1.1", "1"),
    ]


def test_long_texts_are_cut_around_the_change():
    old_text = "The city " + "buys fairly and greenly, " * 8 + "with care."
    new_text = "The city " + "buys fairly and greenly, " * 8 + "with great care."
    old = {"plan": {"id": 1, "vision": old_text}}
    new = {"plan": {"id": 1, "vision": new_text}}
    diff = pv.compare(old, new)
    [change] = diff.changed[0].changes
    assert (change.old, change.new) == (old_text, new_text)
    [line] = pv.diff_lines(diff)
    assert (
        line
        == "Plan: vision …fairly and greenly, with care. -> …fairly and greenly, with great care."
    )


def test_compare_two_stored_versions_and_a_version_with_an_empty_snapshot(
    database: Database, hand_plan: HandPlan
):
    first = pv.save_version(database, "V1")
    update(database, m.Action, hand_plan.checklist, title="Gender checklist")
    second = pv.save_version(database, "V2")
    diff = pv.compare_versions(database, first.id, second.id)
    assert pv.diff_lines(diff) == [
        "Action 1.1.2 “Gender checklist”: title Checklist -> Gender checklist"
    ]
    assert pv.compare_versions(database, second.id, first.id).changed[0].label == (
        "Action 1.1.2 “Checklist”"
    )
    with database.session() as s:
        s.add(m.PlanVersion(plan_id=hand_plan.plan, name="Empty", snapshot="{}"))
    empty = next(v for v in pv.versions(database) if v.name == "Empty")
    assert (empty.objectives, empty.actions, empty.indicators) == (0, 0, 0)
    added = pv.compare_versions(database, empty.id, first.id).added
    assert [i.label for i in added if i.kind is A] == [
        "Action 1.1.1 “Training”",
        "Action 1.1.2 “Checklist”",
    ]
    assert len([i for i in added if i.kind is pv.ItemKind.INDICATOR]) == indicator_count(database)


def test_an_unreadable_snapshot_is_a_clear_error(database: Database, hand_plan: HandPlan):
    with database.session() as s:
        s.add(m.PlanVersion(plan_id=hand_plan.plan, name="Broken", snapshot="{not json"))
    broken = store.find(database, r.PlanVersion, name="Broken")[0]
    assert broken.id is not None
    with pytest.raises(UserError, match="Broken cannot be read"):
        pv.compare_versions(database, broken.id)


def test_the_small_demo_compared_with_itself_is_empty(database: Database):
    build_demo(database)
    data = current(database)
    assert len(data["actions"]) > 10
    assert pv.compare(data, data).is_empty
    version = pv.save_version(database, "Demo as it is")
    assert pv.compare_versions(database, version.id).is_empty
    assert pv.compare_versions(database, version.id, version.id).is_empty
