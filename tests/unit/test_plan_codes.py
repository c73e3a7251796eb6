"""One natural order of plan codes (lagdesk.core.plan.numbering.natural_key), used by the listings, the
plan import and the version diff."""

from __future__ import annotations

import random
from datetime import date

import pytest

from lagdesk.core.plan import actions as pa
from lagdesk.core.plan import tree as pt
from lagdesk.core.plan import versions as plan_versions
from lagdesk.core.plan.numbering import natural_key
from lagdesk.core.reporting import listing
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import ActionType, IndicatorLevel, IndicatorUnit
from lagdesk.db.database import Database

ORDERED = [
    "",
    "1",
    "1.1",
    "1.1.2",
    "1.1.10",
    "1.1a",
    "1.2",
    "1.10",
    "2",
    "2.3",
    "2.3a",
    "2.3B",
    "2.4",
    "10",
    "?",
    "IND-0009",
    "IND-0010",
    "IND-10a",
]


def test_natural_key_orders_numbers_as_numbers_then_text() -> None:
    shuffled = ORDERED[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=natural_key) == ORDERED


@pytest.mark.parametrize(
    ("smaller", "larger"),
    [("1.2", "1.10"), ("1.10", "2.1"), ("2.3", "2.3a"), ("2.3a", "2.4"), ("9", "?"), ("", "?")],
)
def test_natural_key_pairs(smaller: str, larger: str) -> None:
    assert natural_key(smaller) < natural_key(larger)


def test_natural_key_ignores_case_spaces_and_leading_zeros() -> None:
    assert natural_key("2.3A") == natural_key("2.3a")
    assert natural_key(" 1.2 ") == natural_key("1.2")
    assert natural_key("IND-009") == natural_key("IND-9")
    # Digits other than ASCII ones are text, not numbers (int() would accept some of them).
    assert natural_key("²")[0][0] == 1


def test_versions_compare_codes_with_the_one_key() -> None:
    assert plan_versions.code_key is natural_key


def add_action(database: Database, objective_id: int, title: str) -> None:
    action = r.Action(objective_id=objective_id, code="", title=title, type=ActionType.INVESTMENT)
    pa.save_action_detail(database, pa.ActionDetail(action=action))


def test_list_actions_sorts_codes_naturally(database: Database) -> None:
    first = pt.add_objective(database, None, "First").id
    second = pt.add_objective(database, None, "Second").id
    specific = [pt.add_objective(database, first, f"Specific {n}").id for n in range(1, 11)]
    later = pt.add_objective(database, second, "Specific 2.1").id
    # Added in an order that text sorting and id order both get wrong.
    add_action(database, later, "in 2.1")
    add_action(database, specific[9], "in 1.10")
    for n in range(1, 11):
        add_action(database, specific[1], f"in 1.2, number {n}")
    rows = listing.list_actions(database).as_dicts()
    assert [row["objective_code"] for row in rows] == ["1.2"] * 10 + ["1.10", "2.1"]
    assert [row["code"] for row in rows][8:] == ["1.2.9", "1.2.10", "1.10.1", "2.1.1"]


def test_list_indicators_and_measurements_sort_codes_naturally(database: Database) -> None:
    ids = {}
    for code in ("IND-10", "IND-2", "IND-1"):
        saved = store.save(
            database,
            r.Indicator(
                code=code,
                name=code,
                level=IndicatorLevel.OUTPUT,
                unit=IndicatorUnit.NUMBER,
            ),
        )
        ids[code] = saved.id
    for code in ("IND-10", "IND-2", "IND-1"):
        for day in (2, 1):
            store.save(
                database,
                r.Measurement(indicator_id=ids[code], measured_on=date(2025, 1, day), value=1.0),
            )
    found = listing.list_indicators(database, date(2025, 6, 1)).as_dicts()
    assert [row["code"] for row in found] == ["IND-1", "IND-2", "IND-10"]
    measured = listing.list_measurements(database).as_dicts()
    assert [(row["indicator_code"], row["date"]) for row in measured] == [
        (code, f"2025-01-0{day}") for code in ("IND-1", "IND-2", "IND-10") for day in (1, 2)
    ]
