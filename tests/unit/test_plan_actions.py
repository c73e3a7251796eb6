"""Actions: the table in a constant number of queries, the detail with every field saved
in one transaction, validation with field keys, moves, deletes and in-place edits."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from lagdesk.core.meetings import minutes as mn
from lagdesk.core.plan import actions as pa
from lagdesk.core.plan import risks as pr
from lagdesk.core.plan import tree as pt
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import (
    ActionStatus,
    ActionType,
    FundingSource,
    FundingStatus,
    GenderDimension,
    MeetingType,
    RiskCategory,
    Sector,
)
from lagdesk.db.database import Database, open_database
from lagdesk.demo import build_demo
from lagdesk.errors import ValidationError

D = Decimal


@contextmanager
def queries(database: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(*args: object) -> None:
        seen.append(str(args[2]))

    sa.event.listen(database.engine, "before_cursor_execute", record)
    yield seen
    sa.event.remove(database.engine, "before_cursor_execute", record)


def new_action(objective_id: int, title: str, **fields: object) -> r.Action:
    values: dict[str, object] = {"type": ActionType.PROCUREMENT, **fields}
    return r.Action(objective_id=objective_id, code="", title=title, **values)  # type: ignore[arg-type]


def add(database: Database, objective_id: int, title: str, **fields: object) -> int:
    saved = pa.save_action_detail(
        database, pa.ActionDetail(action=new_action(objective_id, title, **fields))
    )
    assert saved.detail.action.id is not None
    return saved.detail.action.id


def codes(database: Database, objective_id: int | None = None) -> list[tuple[str, str]]:
    return [(row.code, row.title) for row in pa.action_rows(database, objective_id)]


@pytest.fixture
def plan(database: Database) -> dict[str, int]:
    ids = {"A": pt.add_objective(database, None, "A").id}
    ids["A1"] = pt.add_objective(database, ids["A"], "A1").id
    ids["A2"] = pt.add_objective(database, ids["A"], "A2").id
    ids["B"] = pt.add_objective(database, None, "B").id
    ids["B1"] = pt.add_objective(database, ids["B"], "B1").id
    for name in ("x", "y", "z"):
        ids[name] = add(database, ids["A1"], name)
    ids["w"] = add(database, ids["B1"], "w")
    return ids


@pytest.fixture
def register(database: Database) -> dict[str, int]:
    """Organisations, a person, a meeting decision, a risk and an indicator to link."""
    found: dict[str, int] = {}
    for key, name in (("city", "City Hall"), ("ngo", "Fundacja"), ("uni", "Politechnika")):
        made = store.save(database, r.Organisation(name=name, sector=Sector.PUBLIC))
        assert made.id is not None
        found[key] = made.id
    person = store.save(database, r.Person(first_name="Anna", last_name="Nowak"))
    assert person.id is not None
    found["anna"] = person.id
    meeting = store.save(
        database,
        r.Meeting(
            type=MeetingType.LOCAL_GROUP_MEETING,
            title="Group meeting",
            starts_at=datetime(2024, 3, 11, 23, 30),  # 12 March in Warsaw
            ends_at=datetime(2024, 3, 12, 2, 0),
            timezone="Europe/Warsaw",
        ),
    )
    assert meeting.id is not None
    found["meeting"] = meeting.id
    mn.add_decision(database, meeting.id, "First")
    found["decision"] = mn.add_decision(database, meeting.id, "Adopt the checklist").id
    indicator = store.save(database, r.Indicator(code="OWN-1", name="Trained staff"))
    assert indicator.id is not None
    found["indicator"] = indicator.id
    return found


def full_detail(objective_id: int, register: dict[str, int], risk_id: int) -> pa.ActionDetail:
    action = new_action(
        objective_id,
        "Gender-impact checklist",
        description="One page",
        type=ActionType.POLICY_REGULATION,
        lead_organisation_id=register["city"],
        responsible_person_id=register["anna"],
        start_date=date(2024, 2, 1),
        end_date=date(2024, 12, 31),
        status=ActionStatus.ONGOING,
        progress_percent=40,
        estimated_cost=D("6500.50"),
        expected_result="Officers see gender effects",
        outputs="Checklist published",
        gender_dimension=GenderDimension.TARGETING,
        source_decision_id=register["decision"],
    )
    return pa.ActionDetail(
        action=action,
        partner_ids=(register["uni"], register["ngo"], register["ngo"]),
        tags=(" Gender ", "green", "GREEN", ""),
        milestones=(
            r.Milestone(action_id=0, title="Tested", due_on=date(2024, 10, 31), done=True),
            r.Milestone(action_id=0, title="Published", due_on=date(2024, 12, 15)),
        ),
        funding_lines=(
            r.FundingLine(
                action_id=0,
                source=FundingSource.CITY_BUDGET,
                amount=D("3000.25"),
                status=FundingStatus.SECURED,
            ),
            r.FundingLine(
                action_id=0,
                source=FundingSource.ESF_PLUS,
                amount=D("2000.10"),
                status=FundingStatus.APPLIED,
            ),
        ),
        risk_ids=(risk_id,),
        indicator_ids=(register["indicator"],),
    )


def a_risk(database: Database) -> int:
    risk = pr.save_risk(
        database,
        r.Risk(
            plan_id=0,
            title="Appeals",
            category=RiskCategory.LEGAL_PROCUREMENT,
            likelihood=3,
            impact=4,
        ),
    )
    assert risk.id is not None
    return risk.id


def test_new_actions_go_last_and_are_numbered(database: Database, plan: dict[str, int]) -> None:
    assert codes(database) == [("1.1.1", "x"), ("1.1.2", "y"), ("1.1.3", "z"), ("2.1.1", "w")]
    assert codes(database, plan["A1"]) == [("1.1.1", "x"), ("1.1.2", "y"), ("1.1.3", "z")]
    assert codes(database, plan["A"]) == codes(database, plan["A1"])  # with its specific ones
    assert codes(database, plan["A2"]) == []
    # An action right under a strategic objective takes its code from it.
    add(database, plan["B"], "v")
    assert codes(database, plan["B"]) == [("2.1", "v"), ("2.1.1", "w")]


def test_detail_round_trip_with_every_field(
    database: Database, plan: dict[str, int], register: dict[str, int]
) -> None:
    risk_id = a_risk(database)
    saved = pa.save_action_detail(database, full_detail(plan["A2"], register, risk_id))
    assert saved.warnings == ()
    assert saved.changes == ()
    detail = saved.detail
    assert detail == pa.load_action_detail(database, detail.action.id or 0)
    action = detail.action
    assert (action.code, action.position) == ("1.2.1", 0)
    assert (action.title, action.description, action.type) == (
        "Gender-impact checklist",
        "One page",
        ActionType.POLICY_REGULATION,
    )
    assert (action.lead_organisation_id, action.responsible_person_id) == (
        register["city"],
        register["anna"],
    )
    assert (action.start_date, action.end_date) == (date(2024, 2, 1), date(2024, 12, 31))
    assert (action.status, action.progress_percent, action.estimated_cost) == (
        ActionStatus.ONGOING,
        40,
        D("6500.50"),
    )
    assert (action.expected_result, action.outputs, action.gender_dimension) == (
        "Officers see gender effects",
        "Checklist published",
        GenderDimension.TARGETING,
    )
    assert detail.partner_ids == tuple(sorted((register["ngo"], register["uni"])))
    assert detail.tags == ("gender", "green")
    assert [(ms.title, ms.due_on, ms.done) for ms in detail.milestones] == [
        ("Tested", date(2024, 10, 31), True),
        ("Published", date(2024, 12, 15), False),
    ]
    assert [(f.source, f.amount, f.status) for f in detail.funding_lines] == [
        (FundingSource.CITY_BUDGET, D("3000.25"), FundingStatus.SECURED),
        (FundingSource.ESF_PLUS, D("2000.10"), FundingStatus.APPLIED),
    ]
    assert detail.risk_ids == (risk_id,)
    assert detail.indicator_ids == (register["indicator"],)
    ref = detail.source_decision
    assert ref is not None
    assert (ref.decision_id, ref.number, ref.meeting_title, ref.meeting_date) == (
        register["decision"],
        2,
        "Group meeting",
        date(2024, 3, 12),
    )
    assert (detail.totals.secured, detail.totals.applied, detail.totals.gap) == (
        D("3000.25"),
        D("2000.10"),
        D("3500.25"),
    )
    # The same decision shows from the minutes' side.
    assert mn.decision_of_action(database, action.id or 0) == ref
    assert [row.action_codes for row in pr.risk_rows(database)] == [("1.2.1",)]


def test_table_row(database: Database, plan: dict[str, int], register: dict[str, int]) -> None:
    saved = pa.save_action_detail(database, full_detail(plan["A2"], register, a_risk(database)))
    (row,) = pa.action_rows(database, plan["A2"])
    assert row.id == saved.detail.action.id
    assert (row.code, row.objective_code, row.title) == ("1.2.1", "1.2", "Gender-impact checklist")
    assert (row.lead_organisation, row.responsible_person) == ("City Hall", "Anna Nowak")
    assert (row.status, row.progress_percent, row.type) == (
        ActionStatus.ONGOING,
        40,
        ActionType.POLICY_REGULATION,
    )
    assert (row.estimated_cost, row.secured, row.applied, row.potential, row.gap) == (
        D("6500.50"),
        D("3000.25"),
        D("2000.10"),
        D("0.00"),
        D("3500.25"),
    )
    assert row.tags == ("gender", "green")
    assert (row.source_decision_number, row.source_meeting_id, row.source_meeting_title) == (
        2,
        register["meeting"],
        "Group meeting",
    )
    assert row.source_meeting_date == date(2024, 3, 12)
    plain = pa.action_rows(database, plan["A1"])[0]
    assert (plain.lead_organisation, plain.responsible_person, plain.source_meeting_date) == (
        "",
        "",
        None,
    )
    assert (plain.estimated_cost, plain.gap, plain.tags) == (None, D("0.00"), ())


def test_update_replaces_milestones_funding_and_links(
    database: Database, plan: dict[str, int], register: dict[str, int]
) -> None:
    risk_id = a_risk(database)
    detail = pa.save_action_detail(database, full_detail(plan["A2"], register, risk_id)).detail
    first_milestone, second_milestone = detail.milestones
    edited = replace(
        detail,
        partner_ids=(register["city"],),
        tags=("digital",),
        milestones=(
            replace(second_milestone, title="Published online"),
            r.Milestone(action_id=0, title="Evaluated", due_on=date(2024, 12, 20)),
        ),
        funding_lines=(replace(detail.funding_lines[1], status=FundingStatus.SECURED),),
        risk_ids=(),
        indicator_ids=(),
    )
    again = pa.save_action_detail(database, edited).detail
    assert again.partner_ids == (register["city"],)
    assert again.tags == ("digital",)
    assert [(ms.id == second_milestone.id, ms.title) for ms in again.milestones] == [
        (True, "Published online"),
        (False, "Evaluated"),
    ]
    assert store.count(database, r.Milestone, sa.text(f"id = {first_milestone.id}")) == 0
    assert [(f.amount, f.status) for f in again.funding_lines] == [
        (D("2000.10"), FundingStatus.SECURED)
    ]
    assert (again.risk_ids, again.indicator_ids) == ((), ())
    assert again.action.code == "1.2.1"


def test_validation_names_every_field_and_writes_nothing(
    database: Database, plan: dict[str, int]
) -> None:
    before = codes(database)
    bad = new_action(
        plan["A1"],
        "Bad",
        start_date=date(2025, 3, 1),
        end_date=date(2025, 2, 1),
        progress_percent=101,
        estimated_cost=D("-1"),
    )
    detail = pa.ActionDetail(
        action=bad,
        tags=("x" * 65,),
        milestones=(r.Milestone(action_id=0, title="", due_on=date(2025, 2, 1)),),
        funding_lines=(
            r.FundingLine(action_id=0, source=FundingSource.ERDF, amount=D("10")),
            r.FundingLine(action_id=0, source=FundingSource.ERDF, amount=D("-5.00")),
        ),
    )
    with pytest.raises(ValidationError) as caught:
        pa.save_action_detail(database, detail)
    problems = {(p.key, p.row) for p in caught.value.problems}
    assert problems == {
        ("end_date", None),
        ("progress_percent", None),
        ("estimated_cost", None),
        ("tags", None),
        ("milestone.title", 1),
        ("funding.amount", 2),
    }
    text = str(caught.value)
    assert "end date is before start date" in text
    assert "101 is outside 0 to 100" in text
    assert "row 2, funding amount: -5.00 is below 0" in text
    assert codes(database) == before
    assert store.count(database, r.FundingLine) == 0


def test_an_edit_that_fails_in_the_database_leaves_nothing_half_saved(
    database: Database, plan: dict[str, int]
) -> None:
    detail = pa.load_action_detail(database, plan["x"])
    broken = replace(
        detail,
        tags=("kept?",),
        funding_lines=(r.FundingLine(action_id=0, source=FundingSource.ERDF, amount=D("1")),),
        partner_ids=(987654,),  # no such organisation
    )
    with pytest.raises(store.IntegrityProblem):
        pa.save_action_detail(database, broken)
    assert pa.load_action_detail(database, plan["x"]) == detail


def test_warnings_for_funding_above_cost_and_milestones_outside_the_dates(
    database: Database, plan: dict[str, int]
) -> None:
    action = new_action(
        plan["A2"],
        "Lighting",
        estimated_cost=D("100.00"),
        start_date=date(2025, 1, 1),
        end_date=date(2025, 6, 30),
    )
    detail = pa.ActionDetail(
        action=action,
        milestones=(r.Milestone(action_id=0, title="Late", due_on=date(2025, 7, 1)),),
        funding_lines=(
            r.FundingLine(action_id=0, source=FundingSource.ERDF, amount=D("60.00")),
            r.FundingLine(action_id=0, source=FundingSource.OTHER, amount=D("40.01")),
        ),
    )
    saved = pa.save_action_detail(database, detail)
    assert [(w.key, w.row) for w in saved.warnings] == [
        ("estimated_cost", None),
        ("milestone.due_on", 1),
    ]
    assert "100.01" in saved.warnings[0].message
    assert saved.detail.action.id is not None  # stored all the same


def test_moving_to_another_objective_in_the_detail_renumbers(
    database: Database, plan: dict[str, int]
) -> None:
    detail = pa.load_action_detail(database, plan["x"])
    saved = pa.save_action_detail(
        database, replace(detail, action=replace(detail.action, objective_id=plan["B1"]))
    )
    assert saved.detail.action.code == "2.1.2"
    assert {(c.old_code, c.new_code) for c in saved.changes} == {
        ("1.1.1", "2.1.2"),
        ("1.1.2", "1.1.1"),
        ("1.1.3", "1.1.2"),
    }


def test_move_action_within_and_across_objectives(database: Database, plan: dict[str, int]) -> None:
    moved = pt.move_action(database, plan["z"], plan["A1"], 0)
    assert moved.code == "1.1.1"
    assert (moved.previous_parent_id, moved.previous_position) == (plan["A1"], 2)
    assert [(c.old_code, c.new_code) for c in moved.changes] == [
        ("1.1.1", "1.1.2"),
        ("1.1.2", "1.1.3"),
    ]
    assert codes(database, plan["A1"]) == [("1.1.1", "z"), ("1.1.2", "x"), ("1.1.3", "y")]
    across = pt.move_action(database, plan["x"], plan["B1"], 0)
    assert across.code == "2.1.1"
    assert codes(database) == [("1.1.1", "z"), ("1.1.2", "y"), ("2.1.1", "x"), ("2.1.2", "w")]
    # Back where it was.
    pt.move_action(
        database, plan["x"], across.previous_parent_id or 0, across.previous_position or 0
    )
    assert codes(database) == [("1.1.1", "z"), ("1.1.2", "x"), ("1.1.3", "y"), ("2.1.1", "w")]


def test_delete_and_restore_action(
    database: Database, plan: dict[str, int], register: dict[str, int]
) -> None:
    pa.save_action_detail(
        database,
        replace(
            full_detail(plan["A1"], register, a_risk(database)),
            action=replace(full_detail(plan["A1"], register, 0).action, title="full"),
        ),
    )
    full_id = pa.action_rows(database, plan["A1"])[-1].id
    pt.move_action(database, full_id, plan["A1"], 1)
    before = pa.load_action_detail(database, full_id)
    deletion = pt.delete_action(database, full_id)
    assert deletion.deleted.count("funding_line") == 2
    assert [(c.old_code, c.new_code) for c in deletion.changes] == [
        ("1.1.3", "1.1.2"),
        ("1.1.4", "1.1.3"),
    ]
    assert codes(database, plan["A1"]) == [("1.1.1", "x"), ("1.1.2", "y"), ("1.1.3", "z")]
    back = pt.restore_action(database, deletion)
    assert {(c.old_code, c.new_code) for c in back} == {("1.1.2", "1.1.3"), ("1.1.3", "1.1.4")}
    assert codes(database, plan["A1"]) == [
        ("1.1.1", "x"),
        ("1.1.2", "full"),
        ("1.1.3", "y"),
        ("1.1.4", "z"),
    ]
    assert pa.load_action_detail(database, full_id) == before


def test_set_action_fields_and_undo(database: Database, plan: dict[str, int]) -> None:
    edit = pa.set_action_fields(
        database,
        plan["y"],
        {"title": "Renamed", "status": "ongoing", "progress_percent": 30, "tags": ["Green"]},
    )
    assert edit.previous == {
        "title": "y",
        "status": ActionStatus.PLANNED,
        "progress_percent": 0,
        "tags": (),
    }
    row = pa.action_rows(database, plan["A1"])[1]
    assert (row.title, row.status, row.progress_percent, row.tags) == (
        "Renamed",
        ActionStatus.ONGOING,
        30,
        ("green",),
    )
    pa.set_action_fields(database, plan["y"], edit.previous)
    row = pa.action_rows(database, plan["A1"])[1]
    assert (row.title, row.status, row.progress_percent, row.tags) == (
        "y",
        ActionStatus.PLANNED,
        0,
        (),
    )
    with pytest.raises(ValidationError) as caught:
        pa.set_action_fields(
            database, plan["y"], {"end_date": date(2020, 1, 1), "start_date": date(2021, 1, 1)}
        )
    assert [p.key for p in caught.value.problems] == ["end_date"]
    with pytest.raises(ValueError, match="code"):
        pa.set_action_fields(database, plan["y"], {"code": "9.9.9"})
    assert pa.action_rows(database, plan["A1"])[1].start_date is None


def test_cost_lowered_below_funding_warns(database: Database, plan: dict[str, int]) -> None:
    store.save(
        database,
        r.FundingLine(action_id=plan["x"], source=FundingSource.ERDF, amount=D("500.00")),
    )
    edit = pa.set_action_fields(database, plan["x"], {"estimated_cost": D("499.99")})
    assert [w.key for w in edit.warnings] == ["estimated_cost"]
    assert pa.set_action_fields(database, plan["x"], {"estimated_cost": D("500")}).warnings == ()


def test_action_choices_in_code_order(database: Database, plan: dict[str, int]) -> None:
    pt.move_action(database, plan["w"], plan["A1"], 0)
    assert [(c.code, c.title) for c in pa.action_choices(database)] == [
        ("1.1.1", "w"),
        ("1.1.2", "x"),
        ("1.1.3", "y"),
        ("1.1.4", "z"),
    ]


def test_the_table_takes_the_same_queries_for_any_size(tmp_path: Path) -> None:
    counts = []
    sizes = []
    for name, size, scale in (("small", "small", 1.0), ("large", "large", 0.05)):
        database = open_database(tmp_path / f"{name}.sqlite")
        try:
            build_demo(database, size, scale=scale)
            objective_id = pt.objective_tree(database)[0].children[0].id
            with queries(database) as seen:
                rows = pa.action_rows(database)
            with queries(database) as seen_one:
                pa.action_rows(database, objective_id)
            counts.append((len(seen), len(seen_one)))
            sizes.append(len(rows))
            assert [row.code for row in rows][:2] == ["1.1.1", "1.1.2"]
            with queries(database) as seen_detail:
                pa.load_action_detail(database, rows[0].id)
            assert len(seen_detail) == 7
        finally:
            database.close()
    assert sizes[0] == 15
    assert sizes[1] == 100
    assert counts == [(3, 3), (3, 3)]


def test_small_demo_rows_match_the_stored_funding(database: Database) -> None:
    build_demo(database, "small")
    rows = {row.code: row for row in pa.action_rows(database)}
    assert len(rows) == 15
    lighting = rows["3.1.3"]
    assert (lighting.estimated_cost, lighting.secured, lighting.applied, lighting.potential) == (
        D("1450000.00"),
        D("217500.00"),
        D("870000.00"),
        D("150000.00"),
    )
    assert lighting.gap == D("1232500.00")
    assert rows["1.1.1"].source_decision_number == 1
    assert rows["1.1.1"].tags == ("gender", "green")
