"""A delete that can be put back exactly: every row as it was, ids and timestamps included."""

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.core.support.deletion import (
    DeletedRows,
    DeletionError,
    delete_with_snapshot,
    deletion_snapshot,
    restore,
)
from lagdesk.db.codes import ObjectiveLevel, Sector
from lagdesk.db.database import Database, open_database
from lagdesk.demo import build_demo
from lagdesk.errors import NotFoundError

Dump = dict[str, list[tuple[Any, ...]]]


def dump(path: Path) -> Dump:
    """Every row of every table, as SQLite stores it."""
    connection = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {
            name: connection.execute(f'SELECT rowid, * FROM "{name}" ORDER BY rowid').fetchall()
            for name in names
        }
    finally:
        connection.close()


def one(path: Path, query: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(query).fetchone()[0])
    finally:
        connection.close()


def execute(path: Path, statement: str, *values: Any) -> None:
    """A change made behind lagdesk's back (another copy of the app, a later edit)."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute(statement, values)
        connection.commit()
    finally:
        connection.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path)
    try:
        build_demo(database, "small", seed=1)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    return path


@pytest.fixture
def demo(tmp_path: Path, demo_template: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    yield database
    database.close()


# Records of the demo with much hanging on them, found by what they have.
PERSON = """SELECT p.id FROM person p WHERE
    EXISTS (SELECT 1 FROM attendance WHERE person_id = p.id)
    AND EXISTS (SELECT 1 FROM group_membership WHERE person_id = p.id)
    AND EXISTS (SELECT 1 FROM consent_record WHERE person_id = p.id)
    AND EXISTS (SELECT 1 FROM power_interest_assessment WHERE person_id = p.id)
    AND EXISTS (SELECT 1 FROM task WHERE owner_person_id = p.id)
    AND EXISTS (SELECT 1 FROM action WHERE responsible_person_id = p.id)
    ORDER BY p.id LIMIT 1"""
ORGANISATION = """SELECT o.id FROM organisation o WHERE
    EXISTS (SELECT 1 FROM person WHERE organisation_id = o.id)
    AND EXISTS (SELECT 1 FROM action_partner WHERE organisation_id = o.id)
    AND EXISTS (SELECT 1 FROM action WHERE lead_organisation_id = o.id)
    AND EXISTS (SELECT 1 FROM group_membership WHERE organisation_id = o.id)
    ORDER BY o.id LIMIT 1"""
GROUP = """SELECT g.id FROM stakeholder_group g WHERE
    EXISTS (SELECT 1 FROM stakeholder_group WHERE parent_id = g.id)
    AND EXISTS (SELECT 1 FROM group_membership WHERE group_id = g.id)
    AND EXISTS (SELECT 1 FROM meeting_invited_group WHERE group_id = g.id)
    ORDER BY g.id LIMIT 1"""
MEETING_WITH_FILES = """SELECT m.id FROM meeting m WHERE
    EXISTS (SELECT 1 FROM attachment WHERE meeting_id = m.id)
    AND EXISTS (SELECT 1 FROM task WHERE meeting_id = m.id)
    AND EXISTS (SELECT 1 FROM meeting_tool WHERE meeting_id = m.id)
    ORDER BY m.id LIMIT 1"""
MEETING_OF_THE_NETWORK = """SELECT m.id FROM meeting m WHERE
    EXISTS (SELECT 1 FROM transnational_meeting WHERE meeting_id = m.id)
    AND EXISTS (SELECT 1 FROM decision d JOIN action a ON a.source_decision_id = d.id
                WHERE d.meeting_id = m.id)
    ORDER BY m.id LIMIT 1"""

CASES: list[tuple[type, str, dict[str, int], dict[str, int]]] = [
    # record type, query, rows deleted at least, links cleared at least
    (
        r.Person,
        PERSON,
        {"person": 1, "attendance": 1, "group_membership": 1, "consent_record": 1},
        {"task": 1, "action": 1},
    ),
    (
        r.Organisation,
        ORGANISATION,
        {"organisation": 1, "action_partner": 1, "group_membership": 1},
        {"person": 1, "action": 1},
    ),
    (
        r.StakeholderGroup,
        GROUP,
        {"stakeholder_group": 1, "group_membership": 1, "meeting_invited_group": 1},
        {"stakeholder_group": 1},
    ),
    (
        r.Meeting,
        MEETING_WITH_FILES,
        {"meeting": 1, "attendance": 1, "task": 1, "attachment": 1, "attachment_content": 1},
        {},
    ),
    (
        r.Meeting,
        MEETING_OF_THE_NETWORK,
        {"meeting": 1, "decision": 1},
        {"transnational_meeting": 1, "action": 1},
    ),
]


@pytest.mark.parametrize(
    ("record_type", "query", "deleted", "cleared"),
    CASES,
    ids=["person", "organisation", "group", "meeting", "network meeting"],
)
def test_restore_puts_every_table_back_exactly(
    demo: Database,
    record_type: type,
    query: str,
    deleted: dict[str, int],
    cleared: dict[str, int],
) -> None:
    record_id = one(demo.path, query)
    before = dump(demo.path)
    preview = deletion_snapshot(demo, record_type, record_id)
    assert dump(demo.path) == before

    snapshot = delete_with_snapshot(demo, record_type, record_id)
    assert snapshot == preview
    assert snapshot.root_id == record_id
    assert snapshot.rows[snapshot.table][0]["id"] == record_id
    for table, at_least in deleted.items():
        assert snapshot.count(table) >= at_least, table
    for table, at_least in cleared.items():
        assert snapshot.unlinked(table) >= at_least, table
    after_delete = dump(demo.path)
    for table, rows in snapshot.rows.items():
        assert len(after_delete[table]) == len(before[table]) - len(rows), table
    with pytest.raises(NotFoundError):
        store.get(demo, record_type, record_id)

    restore(demo, snapshot)
    assert dump(demo.path) == before


def test_the_group_comes_back_with_subgroups_members_and_invitations(demo: Database) -> None:
    group_id = one(demo.path, GROUP)
    children = store.find(demo, r.StakeholderGroup, parent_id=group_id)
    invited = one(
        demo.path, f"SELECT count(*) FROM meeting_invited_group WHERE group_id={group_id}"
    )
    snapshot = delete_with_snapshot(demo, r.StakeholderGroup, group_id)
    assert store.find(demo, r.StakeholderGroup, parent_id=group_id) == []
    assert snapshot.unlinked("stakeholder_group") == len(children)
    assert snapshot.count("meeting_invited_group") == invited
    restore(demo, snapshot)
    assert store.find(demo, r.StakeholderGroup, parent_id=group_id) == children
    assert one(demo.path, f"SELECT count(*) FROM meeting_invited_group WHERE group_id={group_id}")


def test_a_middle_group_lifts_its_subgroups_and_takes_them_back(demo: Database) -> None:
    top = store.save(demo, r.StakeholderGroup(name="Top"))
    middle = store.save(demo, r.StakeholderGroup(name="Middle", parent_id=top.id))
    low = store.save(demo, r.StakeholderGroup(name="Low", parent_id=middle.id))
    assert middle.id is not None
    assert low.id is not None
    before = dump(demo.path)
    snapshot = delete_with_snapshot(demo, r.StakeholderGroup, middle.id)
    assert store.get(demo, r.StakeholderGroup, low.id).parent_id is None
    restore(demo, snapshot)
    assert dump(demo.path) == before


def test_rows_of_one_table_come_back_parents_first(demo: Database) -> None:
    """Objectives cascade with their plan; a sub-objective older than its parent comes back
    after it."""
    plan = store.save(demo, r.Plan(title="Second plan"))
    assert plan.id is not None
    strategic, specific = ObjectiveLevel.STRATEGIC, ObjectiveLevel.SPECIFIC
    child = store.save(
        demo, r.Objective(plan_id=plan.id, level=specific, code="1.1", title="Child")
    )
    parent = store.save(
        demo, r.Objective(plan_id=plan.id, level=strategic, code="1", title="Parent")
    )
    child.parent_id = parent.id
    store.save(demo, child)
    assert child.id is not None
    assert parent.id is not None
    assert child.id < parent.id
    before = dump(demo.path)
    snapshot = delete_with_snapshot(demo, r.Plan, plan.id)
    assert snapshot.count("objective") == 2
    restore(demo, snapshot)
    assert dump(demo.path) == before


def test_restore_is_refused_when_the_id_was_given_again(demo: Database) -> None:
    person_id = one(demo.path, PERSON)
    snapshot = delete_with_snapshot(demo, r.Person, person_id)
    execute(demo.path, "INSERT INTO person (id, last_name) VALUES (?, 'Newcomer')", person_id)
    before = dump(demo.path)
    with pytest.raises(DeletionError, match=f"person id {person_id} has been given"):
        restore(demo, snapshot)
    assert dump(demo.path) == before
    assert store.get(demo, r.Person, person_id).last_name == "Newcomer"


def test_restore_is_refused_when_the_organisation_was_deleted_since(demo: Database) -> None:
    person_id = one(demo.path, PERSON)
    organisation = store.save(demo, r.Organisation(name="Gone soon", sector=Sector.CIVIC))
    assert organisation.id is not None
    person = store.get(demo, r.Person, person_id)
    person.organisation_id = organisation.id
    store.save(demo, person)
    snapshot = delete_with_snapshot(demo, r.Person, person_id)
    delete_with_snapshot(demo, r.Organisation, organisation.id)
    before = dump(demo.path)
    with pytest.raises(DeletionError, match=f"organisation id {organisation.id}"):
        restore(demo, snapshot)
    assert dump(demo.path) == before


def test_undoing_in_reverse_order_brings_both_back(demo: Database) -> None:
    person_id = one(demo.path, PERSON)
    organisation_id = store.get(demo, r.Person, person_id).organisation_id
    assert organisation_id is not None
    before = dump(demo.path)
    first = delete_with_snapshot(demo, r.Person, person_id)
    second = delete_with_snapshot(demo, r.Organisation, organisation_id)
    restore(demo, second)
    restore(demo, first)
    assert dump(demo.path) == before


def test_a_reused_rowid_of_a_link_row_does_not_block_the_restore(demo: Database) -> None:
    """Invitations have no id of their own: one that took the rowid gets it, ours a new one."""
    group_id = one(demo.path, GROUP)
    snapshot = delete_with_snapshot(demo, r.StakeholderGroup, group_id)
    other = store.save(demo, r.StakeholderGroup(name="Invited later"))
    taken = snapshot.rows["meeting_invited_group"][0]
    execute(
        demo.path,
        "INSERT INTO meeting_invited_group (rowid, meeting_id, group_id) VALUES (?, ?, ?)",
        taken["rowid"],
        taken["meeting_id"],
        other.id,
    )
    restore(demo, snapshot)
    invited = one(
        demo.path, f"SELECT count(*) FROM meeting_invited_group WHERE group_id={group_id}"
    )
    assert invited == snapshot.count("meeting_invited_group")


def test_a_link_given_elsewhere_meanwhile_is_left_alone(demo: Database) -> None:
    person_id = one(demo.path, PERSON)
    snapshot = delete_with_snapshot(demo, r.Person, person_id)
    task_link = next(link for link in snapshot.cleared if link.table == "task")
    task = store.get(demo, r.Task, task_link.row_id)
    someone = store.save(demo, r.Person(last_name="Stand-in"))
    task.owner_person_id = someone.id
    store.save(demo, task)
    restore(demo, snapshot)
    assert store.get(demo, r.Task, task_link.row_id).owner_person_id == someone.id
    assert store.get(demo, r.Person, person_id)


def test_a_missing_record_is_reported(demo: Database) -> None:
    with pytest.raises(NotFoundError):
        delete_with_snapshot(demo, r.Person, 99999)


def test_a_delete_the_schema_forbids_changes_nothing(demo: Database) -> None:
    """An objective with actions (ON DELETE RESTRICT) stays."""
    objective_id = one(demo.path, "SELECT objective_id FROM action ORDER BY id LIMIT 1")
    before = dump(demo.path)
    with pytest.raises(DeletionError, match="other records still depend on it"):
        delete_with_snapshot(demo, r.Objective, objective_id)
    assert dump(demo.path) == before


def test_the_snapshot_is_plain_data(demo: Database) -> None:
    snapshot = delete_with_snapshot(demo, r.Person, one(demo.path, PERSON))
    assert isinstance(snapshot, DeletedRows)
    for rows in snapshot.rows.values():
        for row in rows:
            assert all(isinstance(v, int | float | str | bytes | type(None)) for v in row.values())
