"""Storing an edit field by field: what others changed meanwhile is kept, or the clash said."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import Gender
from lagdesk.db.database import Database, open_database


@pytest.fixture
def database(tmp_path: Path) -> Database:
    return open_database(tmp_path / "city.sqlite", create=True)


@pytest.fixture
def anna(database: Database) -> r.Person:
    return store.save(database, r.Person(first_name="Anna", last_name="Nowak", role="planner"))


def outside(database: Database, person_id: int, **changes: object) -> None:
    """A change made by someone else (an import, another program) after the form opened."""
    store.save(database, replace(store.get(database, r.Person, person_id), **changes))


def test_only_the_fields_the_user_changed_are_written(database: Database, anna: r.Person) -> None:
    assert anna.id is not None
    outside(database, anna.id, phone="+48 94 000 00 00", role="head of planning")
    edited = replace(anna, email="anna@koszalin.pl")  # the form still shows the old role
    saved = store.update(database, anna, edited)
    stored = store.get(database, r.Person, anna.id)
    assert stored == saved
    assert (stored.email, stored.phone, stored.role) == (
        "anna@koszalin.pl",
        "+48 94 000 00 00",
        "head of planning",
    )


def test_the_same_field_changed_on_both_sides_is_refused(
    database: Database, anna: r.Person
) -> None:
    assert anna.id is not None
    outside(database, anna.id, role="head of planning", phone="1")
    edited = replace(anna, role="city planner", gender=Gender.FEMALE)
    with pytest.raises(store.EditConflict) as raised:
        store.update(database, anna, edited)
    conflict = raised.value
    assert [(c.key, c.in_file, c.yours) for c in conflict.conflicts] == [
        ("role", "head of planning", "city planner")
    ]
    assert "changed elsewhere" in str(conflict)
    stored = store.get(database, r.Person, anna.id)
    assert (stored.role, stored.gender) == ("head of planning", Gender.UNKNOWN)

    # Keeping the file's values stores the user's other change only.
    kept = store.update(database, store.keep_file_values(conflict), edited)
    assert (kept.role, kept.gender, kept.phone) == ("head of planning", Gender.FEMALE, "1")
    # Keeping the user's instead (on a fresh attempt).
    outside(database, anna.id, gender=Gender.UNKNOWN)
    mine = store.update(database, store.keep_mine(conflict), edited)
    assert (mine.role, mine.gender, mine.phone) == ("city planner", Gender.FEMALE, "1")


def test_the_same_value_typed_on_both_sides_is_no_conflict(
    database: Database, anna: r.Person
) -> None:
    assert anna.id is not None
    outside(database, anna.id, role="head of planning")
    saved = store.update(database, anna, replace(anna, role="head of planning"))
    assert saved.role == "head of planning"


def test_a_new_record_is_inserted_and_undo_writes_back_only_its_fields(
    database: Database, anna: r.Person
) -> None:
    made = store.update(database, None, r.Person(last_name="Kowalski"))
    assert made.id is not None
    assert store.get(database, r.Person, made.id).last_name == "Kowalski"
    assert anna.id is not None
    edited = replace(anna, role="city planner")
    saved = store.update(database, anna, edited)
    outside(database, anna.id, phone="2")
    undone = store.as_before_edit(saved, anna, edited)
    assert store.changed_fields(saved, undone) == ["role"]
    back = store.update(database, saved, undone)
    assert (back.role, back.phone) == ("planner", "2")
