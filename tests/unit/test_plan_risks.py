"""The risk register: codes given once, likelihood and impact checked, links to actions,
and the 5 x 5 matrix counts."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest
import sqlalchemy as sa

from lagdesk.core.plan import actions as pa
from lagdesk.core.plan import risks as pr
from lagdesk.core.plan import tree as pt
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.core.support.deletion import restore
from lagdesk.db.codes import ActionType, RiskCategory, RiskStatus
from lagdesk.db.database import Database
from lagdesk.demo import build_demo
from lagdesk.errors import NotFoundError, ValidationError


@contextmanager
def queries(database: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(*args: object) -> None:
        seen.append(str(args[2]))

    sa.event.listen(database.engine, "before_cursor_execute", record)
    yield seen
    sa.event.remove(database.engine, "before_cursor_execute", record)


def risk(title: str, likelihood: int, impact: int, **fields: object) -> r.Risk:
    values: dict[str, object] = {"category": RiskCategory.FINANCIAL, **fields}
    return r.Risk(plan_id=0, title=title, likelihood=likelihood, impact=impact, **values)  # type: ignore[arg-type]


@pytest.fixture
def actions(database: Database) -> dict[str, int]:
    strategic = pt.add_objective(database, None, "One").id
    specific = pt.add_objective(database, strategic, "One one").id
    found = {}
    for title in ("first", "second", "third"):
        made = r.Action(objective_id=specific, code="", title=title, type=ActionType.INVESTMENT)
        saved = pa.save_action_detail(database, pa.ActionDetail(action=made))
        assert saved.detail.action.id is not None
        found[saved.detail.action.code] = saved.detail.action.id
    return found


def test_codes_are_given_on_creation_and_kept(database: Database) -> None:
    first = pr.save_risk(database, risk("Appeals", 3, 4))
    second = pr.save_risk(database, risk("Staff turnover", 2, 2, code="X9"))
    assert (first.code, second.code) == ("R1", "R2")
    assert first.plan_id == second.plan_id != 0
    # An edit keeps the code whatever the record says.
    edited = pr.save_risk(database, replace(second, code="R7", title="Turnover"))
    assert (edited.code, edited.title) == ("R2", "Turnover")
    pr.delete_risk(database, first.id or 0)
    third = pr.save_risk(database, risk("Inflation", 4, 3))
    assert third.code == "R3"
    assert [row.code for row in pr.risk_rows(database)] == ["R2", "R3"]


def test_likelihood_and_impact_are_one_to_five(database: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        pr.save_risk(database, risk("Too likely", 7, 3))
    assert [(p.key, p.field, p.message) for p in caught.value.problems] == [
        ("likelihood", "likelihood", "7 is outside 1 to 5.")
    ]
    assert str(caught.value) == "likelihood: 7 is outside 1 to 5."
    with pytest.raises(ValidationError) as both:
        pr.save_risk(database, risk("", 0, 6))
    assert {p.key for p in both.value.problems} == {"title", "likelihood", "impact"}
    assert store.count(database, r.Risk) == 0


def test_rows_scores_owners_and_linked_actions(database: Database, actions: dict[str, int]) -> None:
    owner = store.save(database, r.Person(first_name="Paweł", last_name="Kamiński"))
    made = pr.save_risk(
        database,
        risk(
            "ERDF not approved",
            3,
            5,
            owner_person_id=owner.id,
            mitigation="Phases",
            status=RiskStatus.MITIGATED,
        ),
        action_ids=[actions["1.1.3"], actions["1.1.1"]],
    )
    pr.save_risk(database, risk("Unlinked", 1, 1))
    first, second = pr.risk_rows(database)
    assert (first.code, first.title, first.score, first.owner_name) == (
        "R1",
        "ERDF not approved",
        15,
        "Paweł Kamiński",
    )
    assert (first.status, first.mitigation, first.category) == (
        RiskStatus.MITIGATED,
        "Phases",
        RiskCategory.FINANCIAL,
    )
    assert first.action_codes == ("1.1.1", "1.1.3")
    assert first.action_ids == (actions["1.1.1"], actions["1.1.3"])
    assert (second.owner_name, second.action_codes, second.score) == ("", (), 1)
    assert first.record() == replace(made, plan_id=0)
    # Only the risks of one action.
    assert [row.code for row in pr.risk_rows(database, actions["1.1.3"])] == ["R1"]
    assert pr.risk_rows(database, actions["1.1.2"]) == []
    # Codes of linked actions follow the renumbering.
    pt.move_action(database, actions["1.1.3"], pa.action_rows(database)[0].objective_id, 0)
    assert pr.risk_rows(database)[0].action_codes == ("1.1.1", "1.1.2")


def test_link_risk_actions(database: Database, actions: dict[str, int]) -> None:
    made = pr.save_risk(database, risk("Appeals", 3, 4), action_ids=[actions["1.1.1"]])
    risk_id = made.id or 0
    previous = pr.link_risk_actions(database, risk_id, [actions["1.1.2"], actions["1.1.3"]])
    assert previous == (actions["1.1.1"],)
    assert pr.risk_rows(database)[0].action_codes == ("1.1.2", "1.1.3")
    assert pr.link_risk_actions(database, risk_id, previous) == (
        actions["1.1.2"],
        actions["1.1.3"],
    )
    assert pr.risk_rows(database)[0].action_codes == ("1.1.1",)
    # Saving without action_ids leaves the links alone.
    pr.save_risk(database, replace(made, title="Appeals to the chamber"))
    assert pr.risk_rows(database)[0].action_codes == ("1.1.1",)
    with pytest.raises(store.IntegrityProblem):
        pr.link_risk_actions(database, risk_id, [actions["1.1.2"], 9999])
    assert pr.risk_rows(database)[0].action_codes == ("1.1.1",)
    with pytest.raises(NotFoundError):
        pr.link_risk_actions(database, 9999, [])


def test_delete_and_restore_a_risk(database: Database, actions: dict[str, int]) -> None:
    made = pr.save_risk(database, risk("Appeals", 3, 4), action_ids=[actions["1.1.2"]])
    before = pr.risk_rows(database)
    deleted = pr.delete_risk(database, made.id or 0)
    assert deleted.count("risk_action") == 1
    assert pr.risk_rows(database) == []
    restore(database, deleted)
    assert pr.risk_rows(database) == before


def test_matrix_counts(database: Database) -> None:
    for title, likelihood, impact, status in (
        ("a", 3, 4, RiskStatus.OPEN),
        ("b", 3, 4, RiskStatus.OPEN),
        ("c", 3, 4, RiskStatus.CLOSED),
        ("d", 5, 5, RiskStatus.OPEN),
        ("e", 1, 2, RiskStatus.MITIGATED),
    ):
        pr.save_risk(database, risk(title, likelihood, impact, status=status))
    matrix = pr.risk_matrix(database)
    assert len(matrix) == 25
    assert {cell: n for cell, n in matrix.items() if n} == {(3, 4): 3, (5, 5): 1, (1, 2): 1}
    assert sum(matrix.values()) == 5
    open_only = pr.risk_matrix(database, statuses=[RiskStatus.OPEN, RiskStatus.MITIGATED])
    assert {cell: n for cell, n in open_only.items() if n} == {(3, 4): 2, (5, 5): 1, (1, 2): 1}


def test_empty_register(database: Database) -> None:
    assert pr.risk_rows(database) == []
    assert set(pr.risk_matrix(database).values()) == {0}


def test_small_demo_register_in_two_queries(database: Database) -> None:
    build_demo(database, "small")
    with queries(database) as seen:
        rows = pr.risk_rows(database)
    assert len(seen) == 2
    assert [row.code for row in rows] == [f"R{n}" for n in range(1, 9)]
    assert rows[2].action_codes == ("3.1.3", "3.2.1")
    assert (rows[2].likelihood, rows[2].impact, rows[2].score) == (3, 5, 15)
    with queries(database) as seen:
        matrix = pr.risk_matrix(database)
    assert len(seen) == 1
    assert {cell: n for cell, n in matrix.items() if n} == {
        (2, 4): 1,
        (3, 4): 1,
        (3, 5): 1,
        (3, 3): 1,
        (4, 3): 2,
        (4, 4): 1,
        (2, 2): 1,
    }
    made = pr.save_risk(database, risk("New", 2, 2))
    assert made.code == "R9"
