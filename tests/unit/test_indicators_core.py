from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from lagdesk.core.indicators import library as indicators
from lagdesk.core.plan import versions as plan_versions
from lagdesk.core.support import records, store
from lagdesk.db.codes import (
    Accumulation,
    Disaggregation,
    Frequency,
    IndicatorLevel,
    IndicatorUnit,
    PlanStatus,
    Polarity,
)
from lagdesk.db.database import Database
from lagdesk.demo import build_demo
from lagdesk.errors import NotFoundError, ValidationError


@pytest.fixture
def demo(database: Database) -> Database:
    build_demo(database, "small")
    return database


def test_indicator_rows_carry_objective_codes(demo: Database) -> None:
    rows = indicators.indicator_rows(demo)
    assert len(rows) == store.count(demo, records.Indicator)
    objective_codes = {o.code for o in store.find(demo, records.Objective)}
    assert any(row.objective_codes for row in rows)
    for row in rows:
        assert set(row.objective_codes) <= objective_codes
        assert list(row.objective_codes) == sorted(
            row.objective_codes, key=lambda c: [int(p) for p in c.split(".")]
        )


def test_measurement_rows_with_values_by_sex(demo: Database) -> None:
    rows = indicators.indicator_rows(demo)
    split = next(r for r in rows if r.indicator.disaggregation == Disaggregation.SEX)
    assert split.id is not None
    found = indicators.measurement_rows(demo, split.id)
    assert found
    assert [r.measurement.measured_on for r in found] == sorted(
        r.measurement.measured_on for r in found
    )
    broken = [r for r in found if r.women is not None]
    assert broken
    assert all(r.men is not None for r in broken)


def test_add_measurement_with_breakdown(demo: Database) -> None:
    indicator = indicators.indicator_rows(demo)[0].indicator
    assert indicator.id is not None
    saved = indicators.add_measurement(
        demo,
        records.Measurement(indicator_id=indicator.id, measured_on=date(2030, 1, 2), value=9),
        women=4,
        men=5,
    )
    row = next(r for r in indicators.measurement_rows(demo, indicator.id) if r.id == saved.id)
    assert (row.measurement.value, row.women, row.men) == (9, 4, 5)


def test_before_baseline() -> None:
    indicator = records.Indicator(code="X", name="X", baseline_date=date(2025, 1, 1))
    assert indicators.before_baseline(indicator, date(2024, 12, 31))
    assert not indicators.before_baseline(indicator, date(2025, 1, 1))
    assert not indicators.before_baseline(records.Indicator(code="Y", name="Y"), date(2000, 1, 1))


def test_paste_stores_every_line(demo: Database) -> None:
    indicator_id = indicators.indicator_rows(demo)[0].id
    assert indicator_id is not None
    before = len(indicators.measurement_rows(demo, indicator_id))
    ids = indicators.paste_measurements(
        demo, indicator_id, "2030-01-01\t3\n\n2030-02-01\t4,5\tsurvey\n"
    )
    assert len(ids) == 2
    rows = indicators.measurement_rows(demo, indicator_id)
    assert len(rows) == before + 2
    last = rows[-1].measurement
    assert (last.value, last.source_note) == (4.5, "survey")


def test_paste_with_a_bad_line_names_it_and_stores_nothing(demo: Database) -> None:
    indicator_id = indicators.indicator_rows(demo)[0].id
    assert indicator_id is not None
    before = store.count(demo, records.Measurement)
    with pytest.raises(ValidationError) as raised:
        indicators.paste_measurements(demo, indicator_id, "2030-01-01\t3\n2030-13-01\t4\n")
    assert "Line 2" in str(raised.value.problems[0].message)
    assert raised.value.problems[0].row == 2
    assert store.count(demo, records.Measurement) == before


# --- the indicator library: detail, save, delete, restore --------------------------------


def _detail(**fields: object) -> indicators.IndicatorDetail:
    values: dict[str, object] = {"code": "OWN-1", "name": "Cleaning contracts with eco-labels"}
    values.update(fields)
    return indicators.IndicatorDetail(records.Indicator(**values))  # type: ignore[arg-type]


def test_new_indicator_with_milestones_and_links(demo: Database) -> None:
    choices = indicators.indicator_choices(demo)
    objective_ids = (choices.objectives[0].id, choices.objectives[-1].id)
    action_ids = tuple(choice.id for choice in choices.actions[:3])
    detail = replace(
        _detail(
            level=IndicatorLevel.RESULT,
            unit=IndicatorUnit.PERCENT,
            polarity=Polarity.INCREASE,
            accumulation=Accumulation.LATEST,
            baseline_value=10.0,
            baseline_date=date(2025, 1, 1),
            target_value=50.0,
            target_date=date(2027, 12, 31),
            data_source="Procurement register",
            collection_method="Count of contracts",
            frequency=Frequency.QUARTERLY,
            owner_person_id=choices.people[0].id,
            disaggregation=Disaggregation.SEX,
            eu_code=" RCR 79 ",
        ),
        milestones=(
            records.IndicatorMilestone(indicator_id=0, due_on=date(2026, 12, 31), value=30),
            records.IndicatorMilestone(indicator_id=0, due_on=date(2026, 6, 30), value=20),
        ),
        objective_ids=objective_ids,
        action_ids=action_ids,
    )
    saved = indicators.save_indicator_detail(demo, detail)
    assert saved.id is not None
    again = indicators.load_indicator_detail(demo, saved.id)
    assert again == saved
    assert again.indicator.eu_code == "RCR 79"
    assert again.indicator.frequency == Frequency.QUARTERLY
    assert [(item.due_on, item.value) for item in again.milestones] == [
        (date(2026, 6, 30), 20),
        (date(2026, 12, 31), 30),
    ]
    assert set(again.objective_ids) == set(objective_ids)
    assert set(again.action_ids) == set(action_ids)
    row = next(item for item in indicators.indicator_rows(demo) if item.id == saved.id)
    codes = {choice.id: choice.code for choice in choices.objectives}
    assert set(row.objective_codes) == {codes[i] for i in objective_ids}
    assert not indicators.is_library(again.indicator)


def test_edit_replaces_milestones_and_links(demo: Database) -> None:
    choices = indicators.indicator_choices(demo)
    saved = indicators.save_indicator_detail(
        demo,
        replace(
            _detail(),
            milestones=(
                records.IndicatorMilestone(indicator_id=0, due_on=date(2026, 1, 1), value=1),
            ),
            objective_ids=(choices.objectives[0].id,),
            action_ids=(choices.actions[0].id,),
        ),
    )
    kept = replace(saved.milestones[0], value=2.0)
    edited = replace(
        saved,
        indicator=replace(saved.indicator, name="Renamed"),
        milestones=(
            kept,
            records.IndicatorMilestone(indicator_id=0, due_on=date(2027, 1, 1), value=3),
        ),
        objective_ids=(choices.objectives[1].id,),
        action_ids=(),
    )
    after = indicators.save_indicator_detail(demo, edited)
    assert after.indicator.name == "Renamed"
    assert after.milestones[0].id == kept.id
    assert [item.value for item in after.milestones] == [2.0, 3.0]
    assert after.objective_ids == (choices.objectives[1].id,)
    assert after.action_ids == ()
    # Saving the earlier state back (what undo does) restores it, milestone ids included.
    back = indicators.save_indicator_detail(demo, saved)
    assert back == saved


def test_every_problem_is_named_and_nothing_stored(demo: Database) -> None:
    before = store.count(demo, records.Indicator)
    taken = indicators.indicator_rows(demo)[0].indicator
    bad = replace(
        _detail(
            code=taken.code.lower(),
            name="  ",
            baseline_date=date(2026, 1, 1),
            target_date=date(2025, 1, 1),
        ),
        milestones=(
            records.IndicatorMilestone(indicator_id=0, due_on=None, value=1),  # type: ignore[arg-type]
            records.IndicatorMilestone(indicator_id=0, due_on=date(2026, 3, 1), value=1),
            records.IndicatorMilestone(indicator_id=0, due_on=date(2026, 3, 1), value=2),
        ),
    )
    with pytest.raises(ValidationError) as raised:
        indicators.save_indicator_detail(demo, bad)
    by_key = {(p.key, p.row): p.message for p in raised.value.problems}
    assert by_key[("code", None)] == f"Code {taken.code} is already used by “{taken.name}”."
    assert ("name", None) in by_key
    assert ("target_date", None) in by_key
    assert by_key[("milestone.due_on", 1)] == "Milestone 1 has no date."
    assert "same date" in by_key[("milestone.due_on", 3)]
    assert store.count(demo, records.Indicator) == before


def test_unknown_codes_are_refused(demo: Database) -> None:
    with pytest.raises(ValidationError) as raised:
        indicators.save_indicator_detail(demo, _detail(unit="litres", level="impact"))
    assert {p.key for p in raised.value.problems} == {"unit", "level"}


def test_keeping_its_own_code_is_fine(demo: Database) -> None:
    row = indicators.indicator_rows(demo)[0]
    assert row.id is not None
    detail = indicators.load_indicator_detail(demo, row.id)
    saved = indicators.save_indicator_detail(
        demo, replace(detail, indicator=replace(detail.indicator, definition="New text"))
    )
    assert saved.indicator.definition == "New text"
    assert saved.indicator.code == row.indicator.code


def test_new_indicator_detail_offers_a_free_code(database: Database) -> None:
    first = indicators.new_indicator_detail(database)
    assert first.indicator.code == "IND-1"
    indicators.save_indicator_detail(
        database, replace(first, indicator=replace(first.indicator, name="A"))
    )
    assert indicators.new_indicator_detail(database).indicator.code == "IND-2"


def test_delete_and_restore_keep_ids(demo: Database) -> None:
    row = next(
        r
        for r in indicators.indicator_rows(demo)
        if r.id and indicators.measurement_rows(demo, r.id)
    )
    assert row.id is not None
    detail = indicators.load_indicator_detail(demo, row.id)
    measured = indicators.measurement_rows(demo, row.id)
    assert indicators.measurement_count(demo, row.id) == len(measured)
    deleted = indicators.delete_indicator(demo, row.id)
    assert deleted.count("measurement") == len(measured)
    assert all(r.id != row.id for r in indicators.indicator_rows(demo))
    with pytest.raises(NotFoundError):
        indicators.load_indicator_detail(demo, row.id)
    indicators.restore_indicator(demo, deleted)
    assert indicators.load_indicator_detail(demo, row.id) == detail
    assert indicators.measurement_rows(demo, row.id) == measured


def test_library_indicators_are_marked(demo: Database) -> None:
    marked = {indicators.is_library(r.indicator) for r in indicators.indicator_rows(demo)}
    assert marked == {True, False}  # the demo holds the library and its own indicators


def test_changing_an_approved_plan_starts_a_draft(demo: Database) -> None:
    version = plan_versions.save_version(demo, "Approved plan", PlanStatus.SUBMITTED)
    plan_versions.set_version_status(demo, version.id, PlanStatus.APPROVED)
    count = len(plan_versions.versions(demo))
    indicators.save_indicator_detail(demo, _detail())
    assert len(plan_versions.versions(demo)) == count + 1
    latest = plan_versions.latest_version(demo)
    assert latest is not None
    assert latest.status == PlanStatus.DRAFT
