"""A meeting's minutes, its numbered decisions, its follow-up tasks, and the actions of the
plan that decisions became.

Decisions are numbered 1..n within their meeting and stay so: adding one numbers it n + 1,
deleting one closes the gap, moving one shifts those in between. The schema keeps the
numbers unique per meeting, and SQLite checks that row by row while an UPDATE runs, so the
numbers that shift are first parked on negative values and then set (``_shift``). Deleting
a decision and putting it back for undo each run in one transaction with that renumbering,
so the numbers come back exactly as they were.

A task is due on or after the day of its meeting (the day the meeting starts in its own
time zone). An action made from a decision keeps the decision's id (``source_decision_id``),
so the link shows from both sides: ``DecisionRow.actions`` and ``decision_of_action``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.support import records, store
from lagdesk.core.support.deletion import (
    DeletedRows,
    delete_in,
    delete_with_snapshot,
    restore,
    restore_in,
)
from lagdesk.core.support.folding import fold
from lagdesk.core.support.validation import label, validate
from lagdesk.core.support.zones import local_date
from lagdesk.db import models as m
from lagdesk.db.codes import ActionStatus, ActionType, ObjectiveLevel
from lagdesk.db.database import Database
from lagdesk.errors import FieldProblem, NotFoundError, UserError, ValidationError
from lagdesk.i18n import translate

#: Minutes longer than this are refused: far beyond any real minutes (a pasted 300-page
#: report with Word's styles is about 10 MB), small enough to keep the file quick.
MAX_MINUTES_CHARS = 5_000_000
#: The size of the title columns of tasks and actions.
TITLE_LENGTH = 500
#: The type an action made from a decision starts with; the dialog lets the user change it.
#: Decisions of a local group are most often something to try out on a small scale first.
DEFAULT_ACTION_TYPE = ActionType.TESTING_ACTION


class MinutesTooLongError(UserError):
    """Minutes over ``MAX_MINUTES_CHARS``; nothing was stored."""


# --- records handed out ------------------------------------------------------------------


@dataclass(frozen=True)
class ActionRef:
    """An action of the plan, as a decision shows it."""

    id: int
    code: str
    title: str


@dataclass(frozen=True)
class DecisionRow:
    id: int
    meeting_id: int
    number: int
    text: str
    #: The actions made from this decision, by code.
    actions: list[ActionRef] = field(default_factory=list)


@dataclass(frozen=True)
class DecisionRef:
    """Where an action came from: a decision of a meeting."""

    decision_id: int
    meeting_id: int
    meeting_title: str
    #: The day the meeting started on, in its own time zone.
    meeting_date: date
    number: int
    text: str


@dataclass(frozen=True)
class TaskRow:
    id: int
    meeting_id: int | None
    decision_id: int | None
    decision_number: int | None
    title: str
    owner_person_id: int | None
    #: "First Last" of the owner; empty without one.
    owner_name: str
    due_on: date | None
    done: bool
    done_on: date | None

    def record(self) -> records.Task:
        """The task as a record to edit and pass to ``save_task``."""
        return records.Task(
            id=self.id,
            meeting_id=self.meeting_id,
            decision_id=self.decision_id,
            title=self.title,
            owner_person_id=self.owner_person_id,
            due_on=self.due_on,
            done=self.done,
            done_on=self.done_on,
        )


@dataclass(frozen=True)
class ObjectiveChoice:
    id: int
    code: str
    title: str
    level: ObjectiveLevel


@dataclass(frozen=True)
class PersonChoice:
    """A person of the register, as a task owner picker lists them."""

    id: int
    name: str
    organisation: str


# --- helpers -----------------------------------------------------------------------------


def _meeting(session: Session, meeting_id: int) -> m.Meeting:
    meeting = session.get(m.Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(translate("Minutes", "meeting"), meeting_id)
    return meeting


def _decision(session: Session, decision_id: int) -> m.Decision:
    decision = session.get(m.Decision, decision_id)
    if decision is None:
        raise NotFoundError(translate("Minutes", "decision"), decision_id)
    return decision


def _problem(name: str, message: str) -> ValidationError:
    return ValidationError([FieldProblem(label(name), message, key=name)])


def _full_name(first_name: str, last_name: str) -> str:
    return f"{first_name} {last_name}".strip()


def _natural(code: str) -> tuple[tuple[int, str], ...]:
    """Sorts 1.2 before 1.10: numeric parts as numbers."""
    return tuple((int(part), "") if part.isdigit() else (0, part) for part in code.split("."))


# --- minutes -----------------------------------------------------------------------------


def meeting_date(database: Database, meeting_id: int) -> date:
    """The day the meeting starts on in its own time zone: tasks are due on it or later."""
    with database.reading() as session:
        meeting = _meeting(session, meeting_id)
        return local_date(meeting.starts_at, meeting.timezone)


def minutes_html(database: Database, meeting_id: int) -> str:
    """The meeting's minutes as stored (Qt's rich-text HTML; empty when none yet)."""
    with database.reading() as session:
        return _meeting(session, meeting_id).minutes


def save_minutes(database: Database, meeting_id: int, html: str) -> str:
    """Store the minutes as they are (the user's own rich text); returns the previous ones.

    ``MinutesTooLongError`` over ``MAX_MINUTES_CHARS`` characters, with nothing stored.
    """
    if len(html) > MAX_MINUTES_CHARS:
        message = translate(
            "Minutes",
            "The minutes are too long to store: {size} characters, at most {limit}. "
            "Remove pasted pictures or long pasted documents and attach those as files.",
        )
        raise MinutesTooLongError(message.format(size=len(html), limit=MAX_MINUTES_CHARS))
    with database.session() as session:
        meeting = _meeting(session, meeting_id)
        previous = meeting.minutes
        if previous != html:
            meeting.minutes = html
        return previous


# --- decisions ---------------------------------------------------------------------------


def _actions_by_decision(session: Session, meeting_id: int) -> dict[int, list[ActionRef]]:
    action = m.Action
    query = (
        sa.select(action.source_decision_id, action.id, action.code, action.title)
        .join(m.Decision, m.Decision.id == action.source_decision_id)
        .where(m.Decision.meeting_id == meeting_id)
    )
    found: dict[int, list[ActionRef]] = defaultdict(list)
    for decision_id, action_id, code, title in session.execute(query):
        assert decision_id is not None
        found[decision_id].append(ActionRef(action_id, code, title))
    for refs in found.values():
        refs.sort(key=lambda ref: (_natural(ref.code), ref.id))
    return found


def decisions(database: Database, meeting_id: int) -> list[DecisionRow]:
    """The meeting's decisions by number, each with the actions made from it (two queries,
    however many decisions there are)."""
    decision = m.Decision
    query = (
        sa.select(decision.id, decision.number, decision.text)
        .where(decision.meeting_id == meeting_id)
        .order_by(decision.number)
    )
    with database.reading() as session:
        rows = session.execute(query).all()
        actions = _actions_by_decision(session, meeting_id) if rows else {}
    return [
        DecisionRow(decision_id, meeting_id, number, text, actions.get(decision_id, []))
        for decision_id, number, text in rows
    ]


def _decision_text(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise _problem("text", translate("Validation", "This field is required."))
    return cleaned


def _shift(session: Session, meeting_id: int, low: int, high: int | None, by: int) -> None:
    """Add ``by`` to the numbers from ``low`` to ``high`` (None: to the last) of the meeting.

    SQLite checks the unique (meeting, number) row by row during an UPDATE, so the numbers
    are parked on their negative new values first, then turned positive.
    """
    decision = m.Decision
    chosen = [decision.meeting_id == meeting_id, decision.number >= low]
    if high is not None:
        chosen.append(decision.number <= high)
    parked = decision.meeting_id == meeting_id, decision.number < 0
    for where, number in ((chosen, -(decision.number + by)), (parked, -decision.number)):
        session.execute(
            sa.update(decision).where(*where).values(number=number),
            execution_options={"synchronize_session": False},
        )


def _renumber(session: Session, decision_id: int, number: int) -> None:
    query = sa.update(m.Decision).where(m.Decision.id == decision_id).values(number=number)
    session.execute(query, execution_options={"synchronize_session": False})


def _count(session: Session, meeting_id: int) -> int:
    query = sa.select(sa.func.count()).where(m.Decision.meeting_id == meeting_id)
    return int(session.execute(query).scalar_one())


def add_decision(database: Database, meeting_id: int, text: str) -> DecisionRow:
    """A new decision at the end of the meeting's list (number = the highest + 1)."""
    cleaned = _decision_text(text)
    with database.session() as session:
        _meeting(session, meeting_id)
        highest = session.execute(
            sa.select(sa.func.max(m.Decision.number)).where(m.Decision.meeting_id == meeting_id)
        ).scalar_one()
        decision = m.Decision(meeting_id=meeting_id, number=(highest or 0) + 1, text=cleaned)
        session.add(decision)
        session.flush()
        return DecisionRow(decision.id, meeting_id, decision.number, decision.text, [])


def edit_decision(database: Database, decision_id: int, text: str) -> str:
    """Change a decision's text; returns the previous text (for undo)."""
    cleaned = _decision_text(text)
    with database.session() as session:
        decision = _decision(session, decision_id)
        previous = decision.text
        decision.text = cleaned
        return previous


def delete_decision(database: Database, decision_id: int) -> DeletedRows:
    """Delete a decision and number the later ones down, in one transaction.

    Its tasks and actions stay and lose the link; ``restore_decision`` puts it all back.
    """
    with database.session() as session:
        decision = _decision(session, decision_id)
        meeting_id, number = decision.meeting_id, decision.number
        session.expunge(decision)
        deleted = delete_in(session, records.Decision, decision_id)
        _shift(session, meeting_id, number + 1, None, -1)
        return deleted


def restore_decision(database: Database, deleted: DeletedRows) -> None:
    """Undo ``delete_decision``: the later decisions move up again and the decision comes
    back with its id, number and links (``DeletionError``, nothing changed, when it cannot)."""
    (row,) = deleted.rows["decision"]
    meeting_id, number = int(row["meeting_id"]), int(row["number"])
    with database.session() as session:
        _meeting(session, meeting_id)
        _shift(session, meeting_id, number, None, 1)
        restore_in(session, deleted)


def move_decision(database: Database, decision_id: int, new_number: int) -> int:
    """Give a decision another number, shifting those in between; returns the number it got
    (``new_number`` kept within 1..the number of decisions)."""
    with database.session() as session:
        decision = _decision(session, decision_id)
        meeting_id, old = decision.meeting_id, decision.number
        new = max(1, min(new_number, _count(session, meeting_id)))
        if new == old:
            return old
        session.expunge(decision)
        _renumber(session, decision_id, 0)
        if new < old:
            _shift(session, meeting_id, new, old - 1, 1)
        else:
            _shift(session, meeting_id, old + 1, new, -1)
        _renumber(session, decision_id, new)
        return new


# --- tasks -------------------------------------------------------------------------------


def _task_query() -> sa.Select[*tuple[Any, ...]]:
    task, person, decision = m.Task, m.Person, m.Decision
    return (
        sa.select(
            task.id,
            task.meeting_id,
            task.decision_id,
            decision.number,
            task.title,
            task.owner_person_id,
            person.first_name,
            person.last_name,
            task.due_on,
            task.done,
            task.done_on,
        )
        .outerjoin(person, person.id == task.owner_person_id)
        .outerjoin(decision, decision.id == task.decision_id)
    )


def _task_rows(session: Session, query: sa.Select[*tuple[Any, ...]]) -> list[TaskRow]:
    found = []
    for values in session.execute(query):
        (task_id, meeting_id, decision_id, number, title, owner_id, first, last) = values[:8]
        due_on, done, done_on = values[8:]
        found.append(
            TaskRow(
                id=task_id,
                meeting_id=meeting_id,
                decision_id=decision_id,
                decision_number=number,
                title=title,
                owner_person_id=owner_id,
                owner_name=_full_name(first or "", last or ""),
                due_on=due_on,
                done=bool(done),
                done_on=done_on,
            )
        )
    return found


def tasks(database: Database, meeting_id: int) -> list[TaskRow]:
    """The meeting's tasks in the order they were added (one query)."""
    query = _task_query().where(m.Task.meeting_id == meeting_id).order_by(m.Task.id)
    with database.reading() as session:
        return _task_rows(session, query)


def open_tasks(database: Database) -> list[TaskRow]:
    """Tasks not done yet, of every meeting: soonest due first, those without a date last."""
    task = m.Task
    query = (
        _task_query()
        .where(task.done.is_(False))
        .order_by(task.due_on.is_(None), task.due_on, task.meeting_id, task.id)
    )
    with database.reading() as session:
        return _task_rows(session, query)


def _check_task(session: Session, task: records.Task) -> None:
    """The rules beyond the record's own: title length, owner, decision and due date."""
    if len(task.title) > TITLE_LENGTH:
        message = translate("Minutes", "The title is too long: at most {limit} characters.")
        raise _problem("title", message.format(limit=TITLE_LENGTH))
    if task.owner_person_id is not None and session.get(m.Person, task.owner_person_id) is None:
        message = translate(
            "Minutes",
            "The owner is no longer in the register (erased or deleted). Choose another owner.",
        )
        raise _problem("owner_person_id", message)
    if task.decision_id is not None:
        decision = session.get(m.Decision, task.decision_id)
        if decision is None or decision.meeting_id != task.meeting_id:
            message = translate("Minutes", "The decision is not one of this meeting's.")
            raise _problem("decision_id", message)
    if task.meeting_id is None:
        return
    meeting = _meeting(session, task.meeting_id)
    held_on = local_date(meeting.starts_at, meeting.timezone)
    if task.due_on is not None and task.due_on < held_on:
        message = translate("Minutes", "The due date is before the meeting ({date}).")
        raise _problem("due_on", message.format(date=held_on.isoformat()))


def save_task(database: Database, task: records.Task, *, today: date | None = None) -> TaskRow:
    """Store a new task (id None) or an edited one, in one transaction.

    A task marked done gets ``done_on`` = ``today`` (the computer's date by default) when
    it has none; a task not done has none. ``ValidationError`` names the field: the title
    (required, at most 500 characters), the owner (must still be in the register), the
    decision (of the same meeting), the due date (not before the meeting's day).
    """
    task = replace(task, title=task.title.strip())
    if task.done:
        task.done_on = task.done_on or today or date.today()
    else:
        task.done_on = None
    validate(task)
    try:
        with database.session() as session:
            _check_task(session, task)
            stored = store.write(session, task)
            assert stored.id is not None
            query = _task_query().where(m.Task.id == stored.id)
            return _task_rows(session, query)[0]
    except sa.exc.IntegrityError as exc:
        message = translate(
            "Errors", "This refers to a record that does not exist, or is still in use."
        )
        raise store.IntegrityProblem(message) from exc


def delete_task(database: Database, task_id: int) -> DeletedRows:
    """Delete a task; ``restore_task`` puts it back with its id."""
    return delete_with_snapshot(database, records.Task, task_id)


def restore_task(database: Database, deleted: DeletedRows) -> None:
    restore(database, deleted)


def owner_choices(database: Database) -> list[PersonChoice]:
    """Everyone in the register for the task owner picker, by last then first name (one
    query without the scores and counts the register's list needs)."""
    person, organisation = m.Person, m.Organisation
    query = sa.select(person.id, person.first_name, person.last_name, organisation.name).outerjoin(
        organisation, organisation.id == person.organisation_id
    )
    with database.reading() as session:
        rows = sorted(session.execute(query), key=lambda row: (fold(row[2]), fold(row[1]), row[0]))
    return [
        PersonChoice(person_id, _full_name(first, last), organisation_name or "")
        for person_id, first, last, organisation_name in rows
    ]


# --- decision -> action ------------------------------------------------------------------


def objective_choices(database: Database) -> list[ObjectiveChoice]:
    """The plan's objectives in the order of the tree (a strategic objective, then its
    specific ones); empty when there is no plan or no objective yet."""
    objective = m.Objective
    query = sa.select(
        objective.id, objective.code, objective.title, objective.level, objective.plan_id
    )
    with database.reading() as session:
        rows = sorted(
            session.execute(query), key=lambda row: (row.plan_id, _natural(row.code), row.id)
        )
    return [ObjectiveChoice(row.id, row.code, row.title, row.level) for row in rows]


def short_title(text: str, limit: int = TITLE_LENGTH) -> str:
    """``text`` on one line, cut on a word boundary to at most ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


def _next_number(session: Session, objective: m.Objective) -> tuple[int, int]:
    """The number and position the next action of ``objective`` gets: 1.2 has 1.2.1, 1.2.2,
    so the next is 1.2.3 (the demo plan numbers its actions this way)."""
    query = sa.select(m.Action.code, m.Action.position).where(m.Action.objective_id == objective.id)
    rows = session.execute(query).all()
    pattern = re.compile(re.escape(objective.code) + r"\.(\d+)$")
    numbers = [int(found.group(1)) for code, _ in rows if (found := pattern.match(code))]
    number = max([*numbers, len(rows)], default=0) + 1
    position = max((row.position for row in rows), default=-1) + 1
    return number, position


def next_action_code(database: Database, objective_id: int) -> str:
    """The code ``action_from_decision`` would give a new action under the objective."""
    with database.reading() as session:
        objective = session.get(m.Objective, objective_id)
        if objective is None:
            raise NotFoundError(translate("Minutes", "objective"), objective_id)
        return f"{objective.code}.{_next_number(session, objective)[0]}"


def action_from_decision(
    database: Database,
    decision_id: int,
    objective_id: int,
    *,
    title: str | None = None,
    today: date,
    type: ActionType = DEFAULT_ACTION_TYPE,
) -> ActionRef:
    """A new planned action under the objective, made from the decision, in one transaction.

    Its code is the objective's code and the next number among its actions; its title the
    decision's text (shortened to fit) unless ``title`` is given; its description says where
    it came from; ``source_decision_id`` keeps the link.
    """
    with database.session() as session:
        decision = _decision(session, decision_id)
        objective = session.get(m.Objective, objective_id)
        if objective is None:
            raise NotFoundError(translate("Minutes", "objective"), objective_id)
        meeting = _meeting(session, decision.meeting_id)
        chosen = short_title(title if title is not None and title.strip() else decision.text)
        number, position = _next_number(session, objective)
        origin = translate(
            "Minutes", "Made on {today} from decision {number} of the meeting “{meeting}” ({date})."
        )
        action = records.Action(
            objective_id=objective_id,
            position=position,
            code=f"{objective.code}.{number}",
            title=chosen,
            description=origin.format(
                today=today.isoformat(),
                number=decision.number,
                meeting=meeting.title,
                date=local_date(meeting.starts_at, meeting.timezone).isoformat(),
            ),
            type=type,
            status=ActionStatus.PLANNED,
            source_decision_id=decision_id,
        )
        stored = store.write(session, action)
        assert stored.id is not None
        return ActionRef(stored.id, stored.code, stored.title)


def decision_of_action(database: Database, action_id: int) -> DecisionRef | None:
    """The meeting decision an action was made from; None when it came from none (or the
    decision was deleted since)."""
    decision, meeting = m.Decision, m.Meeting
    query = (
        sa.select(
            decision.id,
            meeting.id,
            meeting.title,
            meeting.starts_at,
            meeting.timezone,
            decision.number,
            decision.text,
        )
        .join(m.Action, m.Action.source_decision_id == decision.id)
        .join(meeting, meeting.id == decision.meeting_id)
        .where(m.Action.id == action_id)
    )
    with database.reading() as session:
        found = session.execute(query).first()
    if found is None:
        return None
    decision_id, meeting_id, title, starts_at, zone, number, text = found
    return DecisionRef(decision_id, meeting_id, title, local_date(starts_at, zone), number, text)
