"""Minutes, numbered decisions, follow-up tasks and the decision -> action link, on cases
made by hand."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from lagdesk.core.meetings import minutes as mn
from lagdesk.core.stakeholders.personal_data import erase_person
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.core.support.deletion import DeletionError
from lagdesk.db.codes import ActionStatus, ActionType, MeetingType, ObjectiveLevel
from lagdesk.db.database import Database
from lagdesk.errors import NotFoundError, ValidationError


def meeting(database: Database, title: str = "Local group meeting", **fields: Any) -> int:
    values: dict[str, Any] = {
        "type": MeetingType.LOCAL_GROUP_MEETING,
        "title": title,
        "starts_at": datetime(2024, 3, 12, 9, 0),
        "ends_at": datetime(2024, 3, 12, 12, 0),
        "timezone": "Europe/Warsaw",
    }
    values.update(fields)
    made = store.save(database, r.Meeting(**values))
    assert made.id is not None
    return made.id


def person(database: Database, first: str, last: str) -> int:
    made = store.save(database, r.Person(first_name=first, last_name=last))
    assert made.id is not None
    return made.id


def numbers(database: Database, meeting_id: int) -> list[tuple[str, int]]:
    return [(row.text, row.number) for row in mn.decisions(database, meeting_id)]


def raw(database: Database, query: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(database.path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


@contextmanager
def queries(database: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(*args: object) -> None:
        seen.append(str(args[2]))

    sa.event.listen(database.engine, "before_cursor_execute", record)
    yield seen
    sa.event.remove(database.engine, "before_cursor_execute", record)


@pytest.fixture
def ulg(database: Database) -> int:
    return meeting(database)


@pytest.fixture
def four(database: Database, ulg: int) -> list[int]:
    """Decisions A, B, C, D of the meeting, numbered 1 to 4."""
    return [mn.add_decision(database, ulg, text).id for text in "ABCD"]


@pytest.fixture
def plan(database: Database) -> dict[str, int]:
    """A plan with objectives 1 (strategic), 1.1 and 1.2 (specific), 2 (strategic, alone)
    and the actions 1.1.1 and 1.1.2 under 1.1."""
    made = store.save(database, r.Plan(title="Koszalin IAP"))
    assert made.id is not None
    ids: dict[str, int] = {}
    for code, title in (("1", "Strategic procurement"), ("2", "Fair suppliers")):
        saved = store.save(
            database,
            r.Objective(
                plan_id=made.id,
                level=ObjectiveLevel.STRATEGIC,
                code=code,
                title=title,
                position=int(code) - 1,
            ),
        )
        assert saved.id is not None
        ids[code] = saved.id
    # Stored out of order: the choices follow the tree, not the ids.
    for code, title in (("1.2", "Trained staff"), ("1.1", "A procurement strategy")):
        saved = store.save(
            database,
            r.Objective(
                plan_id=made.id,
                parent_id=ids["1"],
                level=ObjectiveLevel.SPECIFIC,
                code=code,
                title=title,
                position=int(code[-1]) - 1,
            ),
        )
        assert saved.id is not None
        ids[code] = saved.id
    for number in (1, 2):
        saved_action = store.save(
            database,
            r.Action(
                objective_id=ids["1.1"],
                position=number - 1,
                code=f"1.1.{number}",
                title=f"Action {number}",
                type=ActionType.POLICY_REGULATION,
            ),
        )
        assert saved_action.id is not None
        ids[f"1.1.{number}"] = saved_action.id
    return ids


# --- minutes -----------------------------------------------------------------------------


def test_minutes_are_stored_as_given_and_the_previous_text_comes_back(
    database: Database, ulg: int
) -> None:
    assert mn.minutes_html(database, ulg) == ""
    first = "<h1>Minutes</h1><p><b>Present:</b> 14</p><ul><li>one</li></ul>"
    assert mn.save_minutes(database, ulg, first) == ""
    assert mn.minutes_html(database, ulg) == first
    assert mn.save_minutes(database, ulg, "<p>changed</p>") == first
    assert mn.minutes_html(database, ulg) == "<p>changed</p>"


def test_minutes_over_the_limit_are_refused_and_nothing_is_stored(
    database: Database, ulg: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    mn.save_minutes(database, ulg, "<p>kept</p>")
    monkeypatch.setattr(mn, "MAX_MINUTES_CHARS", 100)
    with pytest.raises(mn.MinutesTooLongError, match="101 characters, at most 100"):
        mn.save_minutes(database, ulg, "x" * 101)
    assert mn.minutes_html(database, ulg) == "<p>kept</p>"


def test_minutes_of_a_missing_meeting(database: Database) -> None:
    with pytest.raises(NotFoundError):
        mn.minutes_html(database, 999)
    with pytest.raises(NotFoundError):
        mn.save_minutes(database, 999, "<p>x</p>")


# --- decisions ---------------------------------------------------------------------------


def test_decisions_are_numbered_per_meeting(database: Database, ulg: int) -> None:
    other = meeting(database, "Thematic workshop")
    mn.add_decision(database, ulg, "  Adopt the checklist  ")
    mn.add_decision(database, other, "Invite the chamber of commerce")
    mn.add_decision(database, ulg, "Hold a supplier day")
    assert numbers(database, ulg) == [("Adopt the checklist", 1), ("Hold a supplier day", 2)]
    assert numbers(database, other) == [("Invite the chamber of commerce", 1)]


def test_an_empty_decision_is_refused(database: Database, ulg: int) -> None:
    with pytest.raises(ValidationError) as caught:
        mn.add_decision(database, ulg, "   ")
    assert caught.value.problems[0].key == "text"
    assert mn.decisions(database, ulg) == []


def test_edit_returns_the_previous_text(database: Database, four: list[int], ulg: int) -> None:
    assert mn.edit_decision(database, four[1], "B, amended") == "B"
    assert numbers(database, ulg)[1] == ("B, amended", 2)
    with pytest.raises(ValidationError):
        mn.edit_decision(database, four[1], "")


def test_delete_closes_the_gap_and_restore_puts_the_numbers_back(
    database: Database, ulg: int, four: list[int]
) -> None:
    task = mn.save_task(database, r.Task(meeting_id=ulg, decision_id=four[1], title="Follow B"))
    deleted = mn.delete_decision(database, four[1])
    assert numbers(database, ulg) == [("A", 1), ("C", 2), ("D", 3)]
    assert mn.tasks(database, ulg)[0].decision_id is None
    mn.restore_decision(database, deleted)
    assert numbers(database, ulg) == [("A", 1), ("B", 2), ("C", 3), ("D", 4)]
    assert [row.id for row in mn.decisions(database, ulg)] == four
    # The task's link to B is back too.
    restored = mn.tasks(database, ulg)[0]
    assert (restored.id, restored.decision_id, restored.decision_number) == (task.id, four[1], 2)


def test_deleting_the_first_and_the_last(database: Database, ulg: int, four: list[int]) -> None:
    first = mn.delete_decision(database, four[0])
    last = mn.delete_decision(database, four[3])
    assert numbers(database, ulg) == [("B", 1), ("C", 2)]
    mn.restore_decision(database, last)
    mn.restore_decision(database, first)
    assert numbers(database, ulg) == [("A", 1), ("B", 2), ("C", 3), ("D", 4)]


def test_a_restore_that_cannot_be_done_changes_nothing(
    database: Database, ulg: int, four: list[int]
) -> None:
    deleted = mn.delete_decision(database, four[1])
    # The id is taken by something written behind lagdesk's back.
    connection = sqlite3.connect(database.path)
    connection.execute(
        "INSERT INTO decision (id, meeting_id, number, text, created_at, updated_at)"
        " VALUES (?, ?, 9, 'Other', '2024-01-01', '2024-01-01')",
        (four[1], ulg),
    )
    connection.commit()
    connection.close()
    before = numbers(database, ulg)
    with pytest.raises(DeletionError):
        mn.restore_decision(database, deleted)
    assert numbers(database, ulg) == before


def test_move_shifts_those_in_between(database: Database, ulg: int, four: list[int]) -> None:
    assert mn.move_decision(database, four[3], 2) == 2
    assert numbers(database, ulg) == [("A", 1), ("D", 2), ("B", 3), ("C", 4)]
    assert mn.move_decision(database, four[3], 4) == 4
    assert numbers(database, ulg) == [("A", 1), ("B", 2), ("C", 3), ("D", 4)]
    assert mn.move_decision(database, four[0], 3) == 3
    assert numbers(database, ulg) == [("B", 1), ("C", 2), ("A", 3), ("D", 4)]
    # Beyond the ends: first or last place.
    assert mn.move_decision(database, four[0], 0) == 1
    assert mn.move_decision(database, four[1], 99) == 4
    assert numbers(database, ulg) == [("A", 1), ("C", 2), ("D", 3), ("B", 4)]
    assert mn.move_decision(database, four[0], 1) == 1  # already there: nothing to do
    stored = raw(database, f"SELECT number FROM decision WHERE meeting_id={ulg} ORDER BY number")
    assert stored == [(1,), (2,), (3,), (4,)]


def test_decisions_read_in_two_queries_however_many(
    database: Database, ulg: int, plan: dict[str, int]
) -> None:
    small = meeting(database, "Small")
    one = mn.add_decision(database, small, "Only one")
    mn.action_from_decision(database, one.id, plan["1.2"], today=date(2024, 4, 1))
    for number in range(12):
        made = mn.add_decision(database, ulg, f"Decision {number}")
        mn.action_from_decision(database, made.id, plan["1.1"], today=date(2024, 4, 1))
    with queries(database) as few:
        assert len(mn.decisions(database, small)) == 1
    with queries(database) as many:
        rows = mn.decisions(database, ulg)
    assert len(rows) == 12
    assert all(len(row.actions) == 1 for row in rows)
    assert len(few) == len(many) == 2


# --- tasks -------------------------------------------------------------------------------


def test_a_task_due_before_the_meeting_is_refused(database: Database) -> None:
    # 23:30 UTC on 1 March is 00:30 on 2 March in Warsaw: the meeting's day is 2 March.
    late = meeting(database, starts_at=datetime(2024, 3, 1, 23, 30), ends_at=None)
    with pytest.raises(ValidationError) as caught:
        mn.save_task(
            database, r.Task(meeting_id=late, title="Send the minutes", due_on=date(2024, 3, 1))
        )
    (problem,) = caught.value.problems
    assert problem.key == "due_on"
    assert problem.message == "The due date is before the meeting (2024-03-02)."
    assert mn.tasks(database, late) == []
    # The meeting's own day is fine.
    saved = mn.save_task(
        database, r.Task(meeting_id=late, title="Send the minutes", due_on=date(2024, 3, 2))
    )
    assert saved.due_on == date(2024, 3, 2)


def test_an_edit_moving_the_due_date_before_the_meeting_changes_nothing(
    database: Database, ulg: int
) -> None:
    saved = mn.save_task(
        database, r.Task(meeting_id=ulg, title="Book the room", due_on=date(2024, 3, 20))
    )
    with pytest.raises(ValidationError):
        mn.save_task(database, replace(saved.record(), due_on=date(2024, 3, 11), title="New"))
    assert mn.tasks(database, ulg) == [saved]


def test_done_sets_and_clears_the_day(database: Database, ulg: int) -> None:
    saved = mn.save_task(database, r.Task(meeting_id=ulg, title="Call the NGO"))
    assert (saved.done, saved.done_on) == (False, None)
    done = mn.save_task(database, replace(saved.record(), done=True), today=date(2024, 3, 15))
    assert (done.done, done.done_on) == (True, date(2024, 3, 15))
    # Saving again keeps the day it was done.
    again = mn.save_task(
        database, replace(done.record(), title="Call the NGO back"), today=date(2024, 5, 1)
    )
    assert again.done_on == date(2024, 3, 15)
    reopened = mn.save_task(database, replace(again.record(), done=False))
    assert (reopened.done, reopened.done_on) == (False, None)
    stored = raw(database, f"SELECT done, done_on FROM task WHERE id={saved.id}")
    assert stored == [(0, None)]


def test_a_task_needs_a_title(database: Database, ulg: int) -> None:
    with pytest.raises(ValidationError) as caught:
        mn.save_task(database, r.Task(meeting_id=ulg, title="  "))
    assert caught.value.problems[0].key == "title"
    with pytest.raises(ValidationError) as caught:
        mn.save_task(database, r.Task(meeting_id=ulg, title="x" * 501))
    assert caught.value.problems[0].key == "title"
    assert mn.tasks(database, ulg) == []


def test_owner_and_decision_show_in_the_row(database: Database, ulg: int, four: list[int]) -> None:
    anna = person(database, "Anna", "Nowak")
    saved = mn.save_task(
        database,
        r.Task(meeting_id=ulg, title="Draft clauses", owner_person_id=anna, decision_id=four[2]),
    )
    assert (saved.owner_name, saved.decision_number) == ("Anna Nowak", 3)
    assert mn.tasks(database, ulg) == [saved]


def test_an_erased_owner_is_refused_with_a_clear_message(database: Database, ulg: int) -> None:
    anna = person(database, "Anna", "Nowak")
    saved = mn.save_task(database, r.Task(meeting_id=ulg, title="Draft", owner_person_id=anna))
    record = saved.record()
    erase_person(database, anna)
    assert mn.tasks(database, ulg)[0].owner_person_id is None
    with pytest.raises(ValidationError) as caught:
        mn.save_task(database, record)  # a form still holding the old owner
    (problem,) = caught.value.problems
    assert problem.key == "owner_person_id"
    assert "no longer in the register" in problem.message


def test_a_decision_of_another_meeting_is_refused(
    database: Database, ulg: int, four: list[int]
) -> None:
    other = meeting(database, "Other")
    with pytest.raises(ValidationError) as caught:
        mn.save_task(database, r.Task(meeting_id=other, title="x", decision_id=four[0]))
    assert caught.value.problems[0].key == "decision_id"


def test_delete_task_and_restore(database: Database, ulg: int) -> None:
    anna = person(database, "Anna", "Nowak")
    saved = mn.save_task(
        database,
        r.Task(meeting_id=ulg, title="Draft", owner_person_id=anna, due_on=date(2024, 4, 1)),
    )
    deleted = mn.delete_task(database, saved.id)
    assert mn.tasks(database, ulg) == []
    mn.restore_task(database, deleted)
    assert mn.tasks(database, ulg) == [saved]


def test_open_tasks_across_meetings(database: Database, ulg: int) -> None:
    other = meeting(database, "Later", starts_at=datetime(2024, 5, 1, 9), ends_at=None)
    mn.save_task(database, r.Task(meeting_id=ulg, title="No date"))
    mn.save_task(database, r.Task(meeting_id=other, title="Soon", due_on=date(2024, 5, 2)))
    mn.save_task(database, r.Task(meeting_id=ulg, title="Done", done=True))
    mn.save_task(database, r.Task(meeting_id=ulg, title="Earlier", due_on=date(2024, 4, 1)))
    assert [row.title for row in mn.open_tasks(database)] == ["Earlier", "Soon", "No date"]


def test_owner_choices_sort_by_last_name_with_accents_folded(database: Database) -> None:
    organisation = store.save(database, r.Organisation(name="Urząd Miejski", sector="public"))
    person(database, "Zofia", "Łukasik")
    store.save(
        database, r.Person(first_name="Jan", last_name="Lis", organisation_id=organisation.id)
    )
    person(database, "Ewa", "Mazur")
    choices = mn.owner_choices(database)
    assert [(c.name, c.organisation) for c in choices] == [
        ("Jan Lis", "Urząd Miejski"),
        ("Zofia Łukasik", ""),
        ("Ewa Mazur", ""),
    ]


# --- decision -> action ------------------------------------------------------------------


def test_no_objectives_yet(database: Database) -> None:
    assert mn.objective_choices(database) == []
    store.save(database, r.Plan(title="Empty plan"))
    assert mn.objective_choices(database) == []


def test_objective_choices_follow_the_tree(database: Database, plan: dict[str, int]) -> None:
    choices = mn.objective_choices(database)
    assert [(c.code, c.level) for c in choices] == [
        ("1", ObjectiveLevel.STRATEGIC),
        ("1.1", ObjectiveLevel.SPECIFIC),
        ("1.2", ObjectiveLevel.SPECIFIC),
        ("2", ObjectiveLevel.STRATEGIC),
    ]
    assert choices[1].id == plan["1.1"]


def test_action_codes_number_on_from_the_objectives_actions(
    database: Database, ulg: int, four: list[int], plan: dict[str, int]
) -> None:
    today = date(2024, 4, 2)
    assert mn.next_action_code(database, plan["1.1"]) == "1.1.3"
    third = mn.action_from_decision(database, four[0], plan["1.1"], today=today)
    fourth = mn.action_from_decision(database, four[1], plan["1.1"], title="Own title", today=today)
    first = mn.action_from_decision(database, four[2], plan["1.2"], today=today)
    assert (third.code, third.title) == ("1.1.3", "A")
    assert (fourth.code, fourth.title) == ("1.1.4", "Own title")
    assert first.code == "1.2.1"
    action = store.get(database, r.Action, third.id)
    assert action.source_decision_id == four[0]
    assert action.status is ActionStatus.PLANNED
    assert action.type is mn.DEFAULT_ACTION_TYPE
    assert (action.objective_id, action.position) == (plan["1.1"], 2)
    assert "decision 1 of the meeting “Local group meeting” (2024-03-12)" in action.description


def test_the_link_shows_from_both_sides(
    database: Database, ulg: int, four: list[int], plan: dict[str, int]
) -> None:
    made = mn.action_from_decision(database, four[2], plan["1.2"], today=date(2024, 4, 2))
    rows = mn.decisions(database, ulg)
    assert rows[2].actions == [mn.ActionRef(made.id, "1.2.1", "C")]
    assert [row.actions for row in rows if row.id != four[2]] == [[], [], []]
    assert mn.decision_of_action(database, made.id) == mn.DecisionRef(
        decision_id=four[2],
        meeting_id=ulg,
        meeting_title="Local group meeting",
        meeting_date=date(2024, 3, 12),
        number=3,
        text="C",
    )
    assert mn.decision_of_action(database, plan["1.1.1"]) is None
    # Deleting the decision unlinks the action; undo links it again.
    deleted = mn.delete_decision(database, four[2])
    assert mn.decision_of_action(database, made.id) is None
    mn.restore_decision(database, deleted)
    ref = mn.decision_of_action(database, made.id)
    assert ref is not None
    assert ref.number == 3


def test_a_long_decision_becomes_a_title_cut_on_a_word(
    database: Database, ulg: int, plan: dict[str, int]
) -> None:
    words = " ".join(f"word{n:03d}" for n in range(120))  # 959 characters
    decision = mn.add_decision(database, ulg, "The group agrees:\n" + words)
    made = mn.action_from_decision(database, decision.id, plan["2"], today=date(2024, 4, 2))
    assert len(made.title) <= 500
    assert made.title.endswith("…")
    assert made.title.startswith("The group agrees: word000 word001")
    assert made.title[:-1].split(" ")[-1].startswith("word")
    assert len(made.title[:-1].split(" ")[-1]) == 7  # a whole word before the ellipsis
    assert made.code == "2.1"


def test_action_from_a_missing_objective_or_decision(
    database: Database, four: list[int], plan: dict[str, int]
) -> None:
    with pytest.raises(NotFoundError):
        mn.action_from_decision(database, four[0], 999, today=date(2024, 4, 2))
    with pytest.raises(NotFoundError):
        mn.action_from_decision(database, 999, plan["1.1"], today=date(2024, 4, 2))
    assert raw(database, "SELECT count(*) FROM action") == [(2,)]
