"""Attendance mode: who is on a meeting's list, marking them, walk-ins, anonymous counts.

Built for a live meeting on a laptop. The list is read once (one query) into ``Invitee``
records that carry their folded search text, so each keystroke of the type-ahead is a
pure-Python filter over a few hundred records (``matching``) with no database round trip.
Every write is one short transaction that returns what undo needs to put it back.

Counting follows ``lagdesk.core.meetings.participation``: *invited* is a named row that is not a
walk-in, *present* is a named row with status attended (walk-ins included) plus the
anonymous counts; a named person's sector is their organisation's.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.core.support.folding import FOLD_SQL, fold, folded
from lagdesk.db import models as m
from lagdesk.db.codes import AttendanceStatus, Gender, Sector
from lagdesk.db.database import Database
from lagdesk.errors import FieldProblem, NotFoundError, UserError, ValidationError
from lagdesk.i18n import translate

ATTENDED = AttendanceStatus.ATTENDED
_WORD_BREAKS = re.compile(r"[\W_]+")


def search_words(text: str) -> list[str]:
    """The folded words of ``text``: "Kowalska-Nowak, Politechnika" -> kowalska, nowak, ..."""
    return [word for word in _WORD_BREAKS.split(fold(text)) if word]


def _search_key(*texts: str) -> str:
    # Every word preceded by a space: " word" in the key is "a word starts with word".
    return "".join(f" {word}" for text in texts for word in search_words(text))


@dataclass(frozen=True, slots=True)
class Invitee:
    """One person on a meeting's attendance list, as attendance mode shows them."""

    person_id: int
    first_name: str
    last_name: str
    #: The organisation's name, or "" for a person without one.
    organisation: str
    #: The organisation's sector; None without an organisation.
    sector: Sector | None
    gender: Gender
    status: AttendanceStatus
    is_walk_in: bool
    #: Folded words of the names and the organisation, each after a space (see ``matching``).
    search_key: str = field(default="", repr=False, compare=False)

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def sort_key(self) -> tuple[str, str, int]:
        return (fold(self.last_name), fold(self.first_name), self.person_id)


def invitee(
    *,
    person_id: int,
    first_name: str,
    last_name: str,
    organisation: str = "",
    sector: Sector | None = None,
    gender: Gender = Gender.UNKNOWN,
    status: AttendanceStatus = AttendanceStatus.INVITED,
    is_walk_in: bool = False,
) -> Invitee:
    """An ``Invitee`` with its search key computed."""
    return Invitee(
        person_id=person_id,
        first_name=first_name,
        last_name=last_name,
        organisation=organisation,
        sector=sector,
        gender=gender,
        status=status,
        is_walk_in=is_walk_in,
        search_key=_search_key(first_name, last_name, organisation),
    )


def _require_meeting(session: Session, meeting_id: int) -> None:
    if session.get(m.Meeting, meeting_id) is None:
        raise NotFoundError("meeting", meeting_id)


def invitees(database: Database, meeting_id: int) -> list[Invitee]:
    """Everyone on the meeting's list (walk-ins included), by folded last and first name.

    One query; a second one only when the list is empty, to tell an empty list from a
    meeting that does not exist (``NotFoundError``).
    """
    a, p, o = m.Attendance, m.Person, m.Organisation
    query = (
        sa.select(
            a.person_id,
            p.first_name,
            p.last_name,
            o.name,
            o.sector,
            p.gender,
            a.status,
            a.is_walk_in,
        )
        .join(p, p.id == a.person_id)
        .outerjoin(o, o.id == p.organisation_id)
        .where(a.meeting_id == meeting_id)
    )
    with database.reading() as session:
        rows = session.execute(query).all()
        if not rows:
            _require_meeting(session, meeting_id)
    found = [
        invitee(
            person_id=person_id,
            first_name=first_name,
            last_name=last_name,
            organisation=organisation or "",
            sector=sector,
            gender=gender,
            status=status,
            is_walk_in=is_walk_in,
        )
        for person_id, first_name, last_name, organisation, sector, gender, status, is_walk_in in rows
    ]
    found.sort(key=lambda person: person.sort_key)
    return found


def matching(people: Sequence[Invitee], text: str) -> list[Invitee]:
    """The people every word of ``text`` starts a word of (name or organisation), in order.

    Case and accents are folded on both sides: "kow pol" finds "Anna Kowalska,
    Politechnika Koszalińska" and "lukasz" finds "Łukasz". Empty text matches everyone.
    """
    needles = [f" {word}" for word in search_words(text)]
    if not needles:
        return list(people)
    if len(needles) == 1:
        needle = needles[0]
        return [person for person in people if needle in person.search_key]
    return [person for person in people if all(needle in person.search_key for needle in needles)]


def search_pattern(text: str) -> str:
    """``matching``'s rule as a regular expression over ``Invitee.search_key``.

    For filters that run in C++ (a ``QSortFilterProxyModel`` over the keys): a key matches
    the pattern exactly when ``matching`` keeps its invitee. Empty text gives "", which
    matches everything.
    """
    words = search_words(text)
    return "^" + "".join(f"(?=.* {re.escape(word)})" for word in words) if words else ""


# -- marking people -----------------------------------------------------------------------


class ErasedPersonError(UserError):
    """Attendance for a person who is no longer in the register."""

    def __init__(self, person_id: int) -> None:
        super().__init__(
            translate(
                "Attendance",
                "This person has been erased from the register; their attendance can only be counted anonymously.",
            )
        )
        self.person_id = person_id


def _require_person(session: Session, person_id: int) -> None:
    if session.get(m.Person, person_id) is None:
        raise ErasedPersonError(person_id)


def set_status(
    database: Database,
    meeting_id: int,
    person_id: int,
    status: AttendanceStatus | None,
) -> AttendanceStatus | None:
    """Give the person ``status`` at the meeting; returns the status they had (for undo).

    A person not on the list gets a row (returned previous status: None); one marked
    attended that way came without an invitation and is a walk-in. ``status`` None takes
    the person off the list again (the undo of that). Raises ``NotFoundError`` for a
    missing meeting and ``ErasedPersonError`` for a person no longer in the register.
    """
    a = m.Attendance
    with database.session() as session:
        _require_meeting(session, meeting_id)
        _require_person(session, person_id)
        row = session.scalars(
            sa.select(a).where(a.meeting_id == meeting_id, a.person_id == person_id)
        ).first()
        if row is None:
            if status is not None:
                session.add(
                    a(
                        meeting_id=meeting_id,
                        person_id=person_id,
                        status=status,
                        is_walk_in=status == ATTENDED,
                    )
                )
            return None
        previous = row.status
        if status is None:
            session.delete(row)
        else:
            row.status = status
        return previous


# -- walk-ins -----------------------------------------------------------------------------


@dataclass(frozen=True)
class WalkIn:
    """What ``add_walk_in`` did, so that ``undo_walk_in`` removes exactly that."""

    meeting_id: int
    person_id: int
    #: True when the person was added to the register (False: an existing one was reused).
    created_person: bool
    #: The organisation added to the register for them, if one was.
    created_organisation_id: int | None
    #: The person's status before (None: they were not on the list).
    previous_status: AttendanceStatus | None = None


def split_name(name: str) -> tuple[str, str]:
    """(first name, last name) of "Anna Maria Kowalska": the last word is the last name."""
    words = name.split()
    if not words:
        return "", ""
    return " ".join(words[:-1]), words[-1]


def _register_fold(session: Session) -> None:
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    raw.create_function(FOLD_SQL, 1, fold, deterministic=True)


def _find_organisation(session: Session, name: str) -> int | None:
    o = m.Organisation
    query = sa.select(o.id).where(folded(o.name) == fold(name)).order_by(o.id).limit(1)
    found: int | None = session.scalar(query)
    return found


def _find_person(
    session: Session, first_name: str, last_name: str, organisation_id: int | None
) -> int | None:
    p = m.Person
    same_organisation = (
        p.organisation_id.is_(None)
        if organisation_id is None
        else p.organisation_id == organisation_id
    )
    query = (
        sa.select(p.id)
        .where(
            folded(p.last_name) == fold(last_name),
            folded(p.first_name) == fold(first_name),
            same_organisation,
        )
        .order_by(p.id)
        .limit(1)
    )
    found: int | None = session.scalar(query)
    return found


def new_organisation_problem(organisation: str) -> FieldProblem:
    message = translate(
        "Attendance", "{organisation} is a new organisation: choose its sector."
    ).format(organisation=organisation)
    return FieldProblem(translate("Attendance", "sector"), message, key="sector")


def add_walk_in(
    database: Database,
    meeting_id: int,
    name: str,
    organisation: str,
    sector: Sector | None = None,
) -> WalkIn:
    """Add someone who came without an invitation, in one transaction.

    "Anna Maria Kowalska" is first name "Anna Maria", last name "Kowalska" (one word is a
    last name). The organisation is found by its name, case and accents folded, or added to
    the register; a new one needs its ``sector`` (an organisation always has one), else
    ``ValidationError`` with key "sector". A person with the same folded names and
    organisation is reused, not duplicated. The person is marked attended as a walk-in (a
    person already on the list is marked attended and keeps their invitation).
    """
    first_name, last_name = split_name(name)
    organisation = " ".join(organisation.split())
    if not last_name:
        problem = FieldProblem(
            translate("Attendance", "name"),
            translate("Attendance", "Type the walk-in's name."),
            key="name",
        )
        raise ValidationError([problem])
    a = m.Attendance
    with database.session() as session:
        _require_meeting(session, meeting_id)
        _register_fold(session)
        organisation_id: int | None = None
        created_organisation_id: int | None = None
        if organisation:
            organisation_id = _find_organisation(session, organisation)
            if organisation_id is None:
                if sector is None:
                    raise ValidationError([new_organisation_problem(organisation)])
                made = store.write(session, r.Organisation(name=organisation, sector=sector))
                organisation_id = created_organisation_id = made.id
        person_id = None
        if created_organisation_id is None:
            person_id = _find_person(session, first_name, last_name, organisation_id)
        created_person = person_id is None
        if person_id is None:
            person = r.Person(
                first_name=first_name, last_name=last_name, organisation_id=organisation_id
            )
            person_id = store.write(session, person).id
            assert person_id is not None
        row = session.scalars(
            sa.select(a).where(a.meeting_id == meeting_id, a.person_id == person_id)
        ).first()
        previous = None if row is None else row.status
        if row is None:
            session.add(
                a(meeting_id=meeting_id, person_id=person_id, status=ATTENDED, is_walk_in=True)
            )
        else:
            row.status = ATTENDED
        return WalkIn(
            meeting_id=meeting_id,
            person_id=person_id,
            created_person=created_person,
            created_organisation_id=created_organisation_id,
            previous_status=previous,
        )


def undo_walk_in(database: Database, walk_in: WalkIn) -> None:
    """Remove what ``add_walk_in`` added: the attendance row (or its old status back), the
    person and the organisation if they were created for it. What is gone already is
    skipped."""
    a = m.Attendance
    with database.session() as session:
        this_row = (a.meeting_id == walk_in.meeting_id, a.person_id == walk_in.person_id)
        if walk_in.previous_status is None:
            session.execute(sa.delete(a).where(*this_row))
        else:
            session.execute(sa.update(a).where(*this_row).values(status=walk_in.previous_status))
        if walk_in.created_person:
            session.execute(sa.delete(m.Person).where(m.Person.id == walk_in.person_id))
        if walk_in.created_organisation_id is not None:
            organisation = m.Organisation.id == walk_in.created_organisation_id
            session.execute(sa.delete(m.Organisation).where(organisation))


@dataclass(frozen=True)
class OrganisationName:
    id: int
    name: str
    sector: Sector


def organisations(database: Database) -> list[OrganisationName]:
    """Every organisation in the register by folded name, for the walk-in completer."""
    o = m.Organisation
    with database.reading() as session:
        rows = session.execute(sa.select(o.id, o.name, o.sector)).all()
    found = [OrganisationName(*row) for row in rows]
    found.sort(key=lambda item: (fold(item.name), item.id))
    return found


# -- anonymous attendees ------------------------------------------------------------------


def anonymous_counts(
    database: Database, meeting_id: int
) -> dict[tuple[Sector | None, Gender], int]:
    """The meeting's anonymous counts by (sector, gender); only cells with a stored row."""
    anon = m.AnonymousAttendance
    query = (
        sa.select(anon.sector, anon.gender, sa.func.sum(anon.count))
        .where(anon.meeting_id == meeting_id)
        .group_by(anon.sector, anon.gender)
    )
    with database.reading() as session:
        rows = session.execute(query).all()
        if not rows:
            _require_meeting(session, meeting_id)
    return {(sector, gender): int(total) for sector, gender, total in rows}


def set_anonymous_count(
    database: Database, meeting_id: int, sector: Sector | None, gender: Gender, count: int
) -> int:
    """Set how many people of this sector and gender were counted anonymously; returns the
    count before (for undo). 0 removes the row; a negative count is refused.

    SQLite's unique key does not stop two rows with a NULL sector (older files may hold
    them), so the cell's rows are looked up with IS and folded into one.
    """
    if count < 0:
        problem = FieldProblem(
            translate("Attendance", "count"),
            translate("Validation", "{value} is below {low}.").format(value=count, low=0),
            key="count",
        )
        raise ValidationError([problem])
    anon = m.AnonymousAttendance
    same_sector = anon.sector.is_(None) if sector is None else anon.sector == sector
    with database.session() as session:
        _require_meeting(session, meeting_id)
        rows = list(
            session.scalars(
                sa.select(anon)
                .where(anon.meeting_id == meeting_id, same_sector, anon.gender == gender)
                .order_by(anon.id)
            )
        )
        previous = sum(row.count for row in rows)
        for extra in rows[1:]:
            session.delete(extra)
        if count == 0:
            if rows:
                session.delete(rows[0])
        elif rows:
            rows[0].count = count
        else:
            session.add(anon(meeting_id=meeting_id, sector=sector, gender=gender, count=count))
        return previous


# -- live counts --------------------------------------------------------------------------


#: Sector keys of ``LiveCounts.by_sector`` in display order; None is "unknown".
SECTOR_KEYS: tuple[Sector | None, ...] = (*Sector, None)


@dataclass(frozen=True)
class LiveCounts:
    """The counts attendance mode shows while people arrive.

    ``present`` = named people attended (walk-ins included) + ``anonymous``; ``invited``
    counts named rows that are not walk-ins. ``by_sector`` (every sector and None for
    unknown) and ``by_gender`` (every gender) break ``present`` down, zeros included.
    """

    present: int
    invited: int
    excused: int
    no_show: int
    walk_ins: int
    anonymous: int
    by_sector: dict[Sector | None, int]
    by_gender: dict[Gender, int]


def live_counts(
    people: Iterable[Invitee], anonymous: dict[tuple[Sector | None, Gender], int]
) -> LiveCounts:
    by_sector: dict[Sector | None, int] = dict.fromkeys(SECTOR_KEYS, 0)
    by_gender: dict[Gender, int] = dict.fromkeys(Gender, 0)
    present = invited = excused = no_show = walk_ins = 0
    for person in people:
        if not person.is_walk_in:
            invited += 1
        if person.status == ATTENDED:
            present += 1
            walk_ins += 1 if person.is_walk_in else 0
            by_sector[person.sector] += 1
            by_gender[person.gender] += 1
        elif person.status == AttendanceStatus.EXCUSED:
            excused += 1
        elif person.status == AttendanceStatus.NO_SHOW:
            no_show += 1
    anonymous_total = 0
    for (sector, gender), count in anonymous.items():
        anonymous_total += count
        by_sector[sector] += count
        by_gender[gender] += count
    return LiveCounts(
        present=present + anonymous_total,
        invited=invited,
        excused=excused,
        no_show=no_show,
        walk_ins=walk_ins,
        anonymous=anonymous_total,
        by_sector=by_sector,
        by_gender=by_gender,
    )
