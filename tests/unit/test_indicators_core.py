from __future__ import annotations

from datetime import date

import pytest

from lagdesk.core import indicators, records, store
from lagdesk.core.demo import build_demo
from lagdesk.core.errors import ValidationError
from lagdesk.db.codes import Disaggregation
from lagdesk.db.database import Database


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
