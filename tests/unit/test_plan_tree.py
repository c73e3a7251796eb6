"""The objective tree: codes derived from positions after every add, move and delete, the
two-level rule, and deletes refused while actions hang on an objective."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

from lagdesk.core import network
from lagdesk.core.plan import actions as pa
from lagdesk.core.plan import numbering as pl
from lagdesk.core.plan import tree as pt
from lagdesk.core.plan import versions as pv
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import ActionType, ObjectiveLevel, PlanStatus, Programme
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


def codes(database: Database) -> list[tuple[str, str, ObjectiveLevel]]:
    """(code, title, level) of every objective, in the order of the tree."""
    found = []
    for node in pt.objective_tree(database):
        found.append((node.code, node.title, node.level))
        found += [(child.code, child.title, child.level) for child in node.children]
    return found


def action_codes(database: Database) -> list[tuple[str, str]]:
    return [(row.code, row.title) for row in pa.action_rows(database)]


def add_action(database: Database, objective_id: int, title: str) -> int:
    action = r.Action(objective_id=objective_id, code="", title=title, type=ActionType.INVESTMENT)
    saved = pa.save_action_detail(database, pa.ActionDetail(action=action))
    assert saved.detail.action.id is not None
    return saved.detail.action.id


@pytest.fixture
def tree(database: Database) -> dict[str, int]:
    """Strategic A (specific A1, A2) and B (specific B1); A1 has two actions, B1 one."""
    ids: dict[str, int] = {}
    ids["A"] = pt.add_objective(database, None, "A").id
    ids["B"] = pt.add_objective(database, None, "B").id
    ids["A1"] = pt.add_objective(database, ids["A"], "A1").id
    ids["A2"] = pt.add_objective(database, ids["A"], "A2").id
    ids["B1"] = pt.add_objective(database, ids["B"], "B1").id
    ids["a1x"] = add_action(database, ids["A1"], "a1x")
    ids["a1y"] = add_action(database, ids["A1"], "a1y")
    ids["b1x"] = add_action(database, ids["B1"], "b1x")
    return ids


S, P = ObjectiveLevel.STRATEGIC, ObjectiveLevel.SPECIFIC


def test_the_plan_is_made_on_first_write_with_the_own_city(database: Database) -> None:
    assert pl.current_plan(database) is None
    assert pt.objective_tree(database) == []
    assert pl.current_plan(database) is None  # reading made nothing
    net = network.ensure_network(database)
    assert net.id is not None
    network.save_partner(database, r.Partner(network_id=net.id, name="Koszalin", is_own=True))
    plan = pl.the_plan(database)
    assert (plan.title, plan.city) == ("Integrated Action Plan of Koszalin", "Koszalin")
    assert pl.the_plan(database).id == plan.id
    assert store.count(database, r.Plan) == 1


def test_the_plan_without_a_city_is_named_after_the_network(database: Database) -> None:
    store.save(database, r.Network(name="GenProcure", programme=Programme.URBACT_IV))
    assert pl.the_plan(database).title == "Integrated Action Plan (GenProcure)"


def test_adding_objectives_numbers_them(database: Database, tree: dict[str, int]) -> None:
    assert codes(database) == [
        ("1", "A", S),
        ("1.1", "A1", P),
        ("1.2", "A2", P),
        ("2", "B", S),
        ("2.1", "B1", P),
    ]
    assert action_codes(database) == [("1.1.1", "a1x"), ("1.1.2", "a1y"), ("2.1.1", "b1x")]
    nodes = pt.objective_tree(database)
    assert [n.action_count for n in nodes[0].children] == [2, 0]
    assert (nodes[0].action_count, nodes[0].total_actions) == (0, 2)
    assert nodes[1].children[0].parent_id == tree["B"]


def test_adding_first_renumbers_and_reports_every_change(
    database: Database, tree: dict[str, int]
) -> None:
    made = pt.add_objective(database, None, "Z", position=0)
    assert made.code == "1"
    assert (made.previous_parent_id, made.previous_position) == (None, None)
    assert [(c.kind, c.old_code, c.new_code) for c in made.changes] == [
        ("objective", "1", "2"),
        ("objective", "1.1", "2.1"),
        ("objective", "1.2", "2.2"),
        ("objective", "2", "3"),
        ("objective", "2.1", "3.1"),
        ("action", "1.1.1", "2.1.1"),
        ("action", "1.1.2", "2.1.2"),
        ("action", "2.1.1", "3.1.1"),
    ]
    assert action_codes(database) == [("2.1.1", "a1x"), ("2.1.2", "a1y"), ("3.1.1", "b1x")]


def test_adding_in_the_middle_of_specific_objectives(
    database: Database, tree: dict[str, int]
) -> None:
    made = pt.add_objective(database, tree["A"], "A-mid", position=1)
    assert made.code == "1.2"
    assert [(c.old_code, c.new_code) for c in made.changes] == [("1.2", "1.3")]
    assert codes(database)[:4] == [
        ("1", "A", S),
        ("1.1", "A1", P),
        ("1.2", "A-mid", P),
        ("1.3", "A2", P),
    ]


def test_move_specific_to_another_strategic_objective(
    database: Database, tree: dict[str, int]
) -> None:
    moved = pt.move_objective(database, tree["A1"], tree["B"], 1)
    assert moved.code == "2.2"
    assert (moved.previous_parent_id, moved.previous_position) == (tree["A"], 0)
    assert codes(database) == [
        ("1", "A", S),
        ("1.1", "A2", P),
        ("2", "B", S),
        ("2.1", "B1", P),
        ("2.2", "A1", P),
    ]
    assert action_codes(database) == [("2.1.1", "b1x"), ("2.2.1", "a1x"), ("2.2.2", "a1y")]
    assert {(c.old_code, c.new_code) for c in moved.changes} == {
        ("1.2", "1.1"),
        ("1.1.1", "2.2.1"),
        ("1.1.2", "2.2.2"),
    }
    # Moving back where it was undoes it exactly.
    back = pt.move_objective(
        database, tree["A1"], moved.previous_parent_id, moved.previous_position or 0
    )
    assert back.code == "1.1"
    assert codes(database) == [
        ("1", "A", S),
        ("1.1", "A1", P),
        ("1.2", "A2", P),
        ("2", "B", S),
        ("2.1", "B1", P),
    ]
    assert action_codes(database) == [("1.1.1", "a1x"), ("1.1.2", "a1y"), ("2.1.1", "b1x")]


def test_reorder_strategic_objectives(database: Database, tree: dict[str, int]) -> None:
    moved = pt.move_objective(database, tree["B"], None, 0)
    assert moved.code == "1"
    assert codes(database) == [
        ("1", "B", S),
        ("1.1", "B1", P),
        ("2", "A", S),
        ("2.1", "A1", P),
        ("2.2", "A2", P),
    ]
    assert action_codes(database) == [("1.1.1", "b1x"), ("2.1.1", "a1x"), ("2.1.2", "a1y")]
    # A position past the end means last.
    assert pt.move_objective(database, tree["B"], None, 99).code == "2"


def test_specific_to_the_top_becomes_strategic_and_back(
    database: Database, tree: dict[str, int]
) -> None:
    moved = pt.move_objective(database, tree["A2"], None, 2)
    assert moved.code == "3"
    assert codes(database)[-1] == ("3", "A2", S)
    again = pt.move_objective(database, tree["A2"], tree["B"], 0)
    assert again.code == "2.1"
    assert codes(database) == [
        ("1", "A", S),
        ("1.1", "A1", P),
        ("2", "B", S),
        ("2.1", "A2", P),
        ("2.2", "B1", P),
    ]


@pytest.mark.parametrize("target", ["A1", "B1"])
def test_nothing_goes_under_a_specific_objective(
    database: Database, tree: dict[str, int], target: str
) -> None:
    before = codes(database)
    with pytest.raises(ValidationError) as caught:
        pt.move_objective(database, tree["B"], tree[target], 0)
    assert [p.key for p in caught.value.problems] == ["parent_id"]
    assert "two levels" in str(caught.value)
    with pytest.raises(ValidationError):
        pt.add_objective(database, tree[target], "third level")
    assert codes(database) == before


def test_a_strategic_objective_with_specific_ones_stays_on_top(
    database: Database, tree: dict[str, int]
) -> None:
    before = codes(database)
    with pytest.raises(ValidationError, match="has specific objectives"):
        pt.move_objective(database, tree["A"], tree["B"], 0)
    with pytest.raises(ValidationError, match="under itself"):
        pt.move_objective(database, tree["A"], tree["A"], 0)
    assert codes(database) == before


def test_a_strategic_objective_without_specific_ones_can_become_specific(
    database: Database, tree: dict[str, int]
) -> None:
    lone = pt.add_objective(database, None, "C")
    assert lone.code == "3"
    moved = pt.move_objective(database, lone.id, tree["A"], 0)
    assert moved.code == "1.1"
    assert codes(database)[:4] == [
        ("1", "A", S),
        ("1.1", "C", P),
        ("1.2", "A1", P),
        ("1.3", "A2", P),
    ]


def test_delete_with_actions_is_refused_and_changes_nothing(
    database: Database, tree: dict[str, int]
) -> None:
    before, actions_before = codes(database), action_codes(database)
    with pytest.raises(pt.ObjectiveHasActionsError) as caught:
        pt.delete_objective(database, tree["A1"])
    assert str(caught.value) == (
        "Objective 1.1 “A1” cannot be deleted while actions belong to it or to its specific "
        "objectives (actions: 2). Move them to another objective or delete them first."
    )
    with pytest.raises(pt.ObjectiveHasActionsError, match=r"Objective 1 “A”.*actions: 2"):
        pt.delete_objective(database, tree["A"])
    assert codes(database) == before
    assert action_codes(database) == actions_before


def test_delete_renumbers_and_restore_puts_it_back(
    database: Database, tree: dict[str, int]
) -> None:
    pt.move_objective(database, tree["A2"], tree["A"], 0)  # A2 is 1.1, A1 is 1.2
    deletion = pt.delete_objective(database, tree["A2"])
    assert [(c.old_code, c.new_code) for c in deletion.changes] == [
        ("1.2", "1.1"),
        ("1.2.1", "1.1.1"),
        ("1.2.2", "1.1.2"),
    ]
    assert codes(database) == [("1", "A", S), ("1.1", "A1", P), ("2", "B", S), ("2.1", "B1", P)]
    back = pt.restore_objective(database, deletion)
    assert codes(database) == [
        ("1", "A", S),
        ("1.1", "A2", P),
        ("1.2", "A1", P),
        ("2", "B", S),
        ("2.1", "B1", P),
    ]
    assert {(c.old_code, c.new_code) for c in back} == {
        ("1.1", "1.2"),
        ("1.1.1", "1.2.1"),
        ("1.1.2", "1.2.2"),
    }
    restored = store.get(database, r.Objective, tree["A2"])
    assert (restored.title, restored.position, restored.code) == ("A2", 0, "1.1")


def test_delete_a_strategic_objective_takes_its_empty_specific_ones(
    database: Database, tree: dict[str, int]
) -> None:
    pt.delete_action(database, tree["b1x"])
    deletion = pt.delete_objective(database, tree["B"])
    assert deletion.deleted.count("objective") == 2
    assert codes(database) == [("1", "A", S), ("1.1", "A1", P), ("1.2", "A2", P)]
    pt.restore_objective(database, deletion)
    assert codes(database)[-2:] == [("2", "B", S), ("2.1", "B1", P)]


def test_rename(database: Database, tree: dict[str, int]) -> None:
    previous = pt.rename_objective(database, tree["A1"], "  Better title ", "Why")
    assert previous == pt.ObjectiveText("A1", "")
    node = pt.objective_tree(database)[0].children[0]
    assert (node.title, node.description, node.code) == ("Better title", "Why", "1.1")
    assert pt.rename_objective(database, tree["A1"], "Again") == pt.ObjectiveText(
        "Better title", "Why"
    )
    assert pt.objective_tree(database)[0].children[0].description == "Why"
    with pytest.raises(ValidationError) as caught:
        pt.rename_objective(database, tree["A1"], "   ")
    assert [p.key for p in caught.value.problems] == ["title"]
    with pytest.raises(ValidationError):
        pt.add_objective(database, None, "")


def test_unknown_objective(database: Database, tree: dict[str, int]) -> None:
    with pytest.raises(NotFoundError):
        pt.move_objective(database, 999, None, 0)
    with pytest.raises(NotFoundError):
        pt.add_objective(database, 999, "x")
    with pytest.raises(NotFoundError):
        pt.delete_objective(database, 999)


def test_small_demo_tree_and_one_query(database: Database) -> None:
    build_demo(database, "small")
    with queries(database) as seen:
        nodes = pt.objective_tree(database)
    assert len(seen) == 1
    assert [n.code for n in nodes] == ["1", "2", "3"]
    assert [[c.code for c in n.children] for n in nodes] == [
        ["1.1", "1.2"],
        ["2.1", "2.2"],
        ["3.1", "3.2"],
    ]
    assert [n.total_actions for n in nodes] == [5, 5, 5]
    # The demo's codes are already the derived ones: renumbering changes nothing.
    with database.session() as session:
        assert pl.renumber(session) == []


def test_a_change_after_an_approved_version_starts_a_draft(
    database: Database, tree: dict[str, int]
) -> None:
    version = pv.save_version(database, "IAP 1.0")
    pv.set_version_status(database, version.id, PlanStatus.SUBMITTED)
    pv.set_version_status(database, version.id, PlanStatus.APPROVED)
    with pytest.raises(ValidationError):
        pt.move_objective(database, tree["B"], tree["A1"], 0)
    assert [v.name for v in pv.versions(database)] == ["IAP 1.0"]  # a refusal changes nothing
    pt.rename_objective(database, tree["B"], "B renamed")
    names = {v.name: v.status for v in pv.versions(database)}
    assert names == {"IAP 1.0": PlanStatus.APPROVED, "IAP 1.0 (draft 1)": PlanStatus.DRAFT}
    pt.rename_objective(database, tree["B"], "B again")  # the latest is a draft now
    assert len(pv.versions(database)) == 2
