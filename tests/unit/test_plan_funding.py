"""Funding lines and the plan's money: exact Decimal totals, the gap, the warning for
funding above cost, and the plan totals by source, status and objective."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from decimal import Decimal

import pytest
import sqlalchemy as sa

from lagdesk.core.plan import actions as pa
from lagdesk.core.plan import funding as pf
from lagdesk.core.plan import tree as pt
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import ActionType, FundingSource, FundingStatus
from lagdesk.db.database import Database
from lagdesk.demo import build_demo
from lagdesk.errors import NotFoundError, ValidationError

D = Decimal
CITY, ERDF, ESF = FundingSource.CITY_BUDGET, FundingSource.ERDF, FundingSource.ESF_PLUS
SECURED, APPLIED, POTENTIAL = FundingStatus.SECURED, FundingStatus.APPLIED, FundingStatus.POTENTIAL


@contextmanager
def queries(database: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(*args: object) -> None:
        seen.append(str(args[2]))

    sa.event.listen(database.engine, "before_cursor_execute", record)
    yield seen
    sa.event.remove(database.engine, "before_cursor_execute", record)


def action(database: Database, objective_id: int, title: str, cost: str | None) -> int:
    made = r.Action(
        objective_id=objective_id,
        code="",
        title=title,
        type=ActionType.INVESTMENT,
        estimated_cost=None if cost is None else D(cost),
    )
    saved = pa.save_action_detail(database, pa.ActionDetail(action=made))
    assert saved.detail.action.id is not None
    return saved.detail.action.id


def line(
    database: Database, action_id: int, source: FundingSource, amount: str, status: FundingStatus
) -> pf.FundingSaved:
    return pf.save_funding_line(
        database, r.FundingLine(action_id=action_id, source=source, amount=D(amount), status=status)
    )


@pytest.fixture
def plan(database: Database) -> dict[str, int]:
    """1 (1.1 with a1, a2; 1.2 with a3) and 2 (2.1 with b1, b2 without cost)."""
    ids = {"1": pt.add_objective(database, None, "One").id}
    ids["1.1"] = pt.add_objective(database, ids["1"], "One one").id
    ids["1.2"] = pt.add_objective(database, ids["1"], "One two").id
    ids["2"] = pt.add_objective(database, None, "Two").id
    ids["2.1"] = pt.add_objective(database, ids["2"], "Two one").id
    ids["a1"] = action(database, ids["1.1"], "a1", "1000.10")
    ids["a2"] = action(database, ids["1.1"], "a2", "0.30")
    ids["a3"] = action(database, ids["1.2"], "a3", "250000.00")
    ids["b1"] = action(database, ids["2.1"], "b1", "99.99")
    ids["b2"] = action(database, ids["2.1"], "b2", None)
    line(database, ids["a1"], CITY, "600.05", SECURED)
    line(database, ids["a1"], ERDF, "400.04", APPLIED)
    line(database, ids["a2"], CITY, "0.10", SECURED)
    line(database, ids["a2"], CITY, "0.20", SECURED)
    line(database, ids["a3"], ERDF, "200000.00", APPLIED)
    line(database, ids["a3"], CITY, "50000.00", SECURED)
    line(database, ids["b1"], ESF, "33.33", POTENTIAL)
    line(database, ids["b1"], ESF, "33.33", POTENTIAL)
    line(database, ids["b2"], CITY, "10.00", SECURED)
    return ids


def test_totals_and_gap_are_exact(database: Database, plan: dict[str, int]) -> None:
    a1 = pf.funding_totals(database, plan["a1"])
    assert a1 == pf.FundingTotals(D("1000.10"), D("600.05"), D("400.04"), D("0.00"))
    assert a1.gap == D("400.05")
    assert a1.funded == D("1000.09")
    a2 = pf.funding_totals(database, plan["a2"])
    assert (a2.secured, a2.gap) == (D("0.30"), D("0.00"))  # 0.1 + 0.2 is exactly 0.3
    assert a2.secured_share == D(1)
    b2 = pf.funding_totals(database, plan["b2"])
    assert (b2.cost, b2.gap, b2.secured_share) == (D("0.00"), D("-10.00"), None)
    for totals in (a1, a2, b2):
        assert all(isinstance(v, Decimal) for v in (totals.cost, totals.secured, totals.gap))


def test_negative_amount_is_refused_and_nothing_stored(
    database: Database, plan: dict[str, int]
) -> None:
    before = store.count(database, r.FundingLine)
    with pytest.raises(ValidationError) as caught:
        line(database, plan["a1"], CITY, "-0.01", SECURED)
    assert [(p.key, p.message) for p in caught.value.problems] == [("amount", "-0.01 is below 0.")]
    assert store.count(database, r.FundingLine) == before
    with pytest.raises(ValidationError) as unknown:
        pf.save_funding_line(
            database,
            r.FundingLine(action_id=plan["a1"], source="lottery", amount=D(1)),  # type: ignore[arg-type]
        )
    assert [p.key for p in unknown.value.problems] == ["source"]
    with pytest.raises(NotFoundError):
        line(database, 9999, CITY, "1", SECURED)


def test_funding_above_cost_is_a_warning(database: Database, plan: dict[str, int]) -> None:
    exact = line(database, plan["a1"], ESF, "0.01", POTENTIAL)
    assert exact.warnings == ()  # 1000.10 of 1000.10
    assert exact.totals.funded == D("1000.10")
    over = line(database, plan["a1"], ESF, "0.01", POTENTIAL)
    assert [w.key for w in over.warnings] == ["amount"]
    message = over.warnings[0].message
    assert message.startswith("The funding lines add up to ")
    assert "1,000.11" in message  # amounts as the locale writes them
    assert "1,000.10" in message
    assert message.count("€") == 2
    assert "EUR" not in message
    assert over.line.id is not None  # stored all the same
    assert over.totals.gap == D("400.05")  # the gap counts secured funding only
    # No cost set: nothing to compare with.
    assert line(database, plan["b2"], ERDF, "5", APPLIED).warnings == ()


def test_edit_delete_and_restore_a_line(database: Database, plan: dict[str, int]) -> None:
    first = pf.funding_lines(database, plan["a1"])[0]
    assert (first.source, first.amount) == (CITY, D("600.05"))
    edited = pf.save_funding_line(database, replace(first, status=APPLIED))
    assert (edited.totals.secured, edited.totals.applied) == (D("0.00"), D("1000.09"))
    gone = pf.delete_funding_line(database, first.id or 0)
    assert gone == replace(first, status=APPLIED)
    assert pf.funding_totals(database, plan["a1"]).applied == D("400.04")
    pf.restore_funding_line(database, gone)
    assert pf.funding_lines(database, plan["a1"])[0] == gone
    with pytest.raises(NotFoundError):
        pf.delete_funding_line(database, 9999)


def test_plan_totals_by_source_status_and_objective(
    database: Database, plan: dict[str, int]
) -> None:
    totals = pf.plan_totals(database)
    assert totals.overall == pf.FundingTotals(
        D("251100.39"), D("50610.35"), D("200400.04"), D("66.66")
    )
    assert totals.overall.gap == D("200490.04")
    assert list(totals.by_source) == [CITY, ERDF, ESF]
    assert totals.by_source[CITY] == pf.SourceTotals(CITY, D("50610.35"), D("0.00"), D("0.00"))
    assert totals.by_source[ERDF] == pf.SourceTotals(ERDF, D("0.00"), D("200400.04"), D("0.00"))
    assert totals.by_source[ESF].total == D("66.66")
    assert totals.by_status == {
        SECURED: D("50610.35"),
        APPLIED: D("200400.04"),
        POTENTIAL: D("66.66"),
    }
    one, two = totals.by_objective
    assert (one.code, one.title) == ("1", "One")
    assert one.totals == pf.FundingTotals(D("251000.40"), D("50600.35"), D("200400.04"), D("0.00"))
    assert [(c.code, c.totals.cost, c.totals.gap) for c in one.children] == [
        ("1.1", D("1000.40"), D("400.05")),
        ("1.2", D("250000.00"), D("200000.00")),
    ]
    assert two.totals == pf.FundingTotals(D("99.99"), D("10.00"), D("0.00"), D("66.66"))
    assert two.totals.gap == D("89.99")


def test_plan_totals_follow_the_tree(database: Database, plan: dict[str, int]) -> None:
    pt.move_objective(database, plan["1.2"], plan["2"], 0)
    one, two = pf.plan_totals(database).by_objective
    assert [c.code for c in two.children] == ["2.1", "2.2"]
    assert (one.totals.cost, two.totals.cost) == (D("1000.40"), D("250099.99"))
    assert two.children[0].title == "One two"


def test_empty_plan_totals(database: Database) -> None:
    totals = pf.plan_totals(database)
    assert totals.overall == pf.NO_FUNDING
    assert (totals.by_source, totals.by_objective) == ({}, [])
    assert totals.by_status == {SECURED: D(0), APPLIED: D(0), POTENTIAL: D(0)}


def test_small_demo_totals_are_consistent_in_three_queries(database: Database) -> None:
    build_demo(database, "small")
    with queries(database) as seen:
        totals = pf.plan_totals(database)
    assert len(seen) == 3
    sources = sum((s.total for s in totals.by_source.values()), D(0))
    assert sources == totals.overall.funded == sum(totals.by_status.values(), D(0))
    assert sum((o.totals.cost for o in totals.by_objective), D(0)) == totals.overall.cost
    for objective in totals.by_objective:
        assert sum((c.totals for c in objective.children), pf.NO_FUNDING) == objective.totals
    # The same sums read straight from the file (amounts are stored as cents).
    connection = sqlite3.connect(database.path)
    try:
        cost = connection.execute("SELECT SUM(estimated_cost) FROM action").fetchone()[0]
        by_status = dict(
            connection.execute("SELECT status, SUM(amount) FROM funding_line GROUP BY status")
        )
    finally:
        connection.close()
    assert totals.overall.cost == D(cost) / 100 == D("1820000")
    assert {k.value: v for k, v in totals.by_status.items()} == {
        k: D(v) / 100 for k, v in by_status.items()
    }
    assert totals.overall.gap == totals.overall.cost - totals.overall.secured
    rows = pa.action_rows(database)
    assert sum((row.gap for row in rows), D(0)) == totals.overall.gap
