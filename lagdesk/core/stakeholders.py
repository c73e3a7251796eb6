"""Stakeholders: the register of people and organisations, their mapping and consent.

Listings work in two steps, as the lazy table models of the UI need them: ``person_ids``
filters and sorts the whole register in one SQL query returning ids only, ``person_rows``
fetches the few rows on screen. Groups and memberships (``lagdesk.core.composition``) and
delete impacts (``lagdesk.core.merge``) are re-exported, so the area has one module to call.

Text search folds case and accents on both sides ("luk" and "łuk" find "Łukasz"). SQLite's
own ``lower()`` and ``LIKE`` know ASCII letters only, so ``fold`` is registered as an SQL
function on the connection that searches, and the query calls it only for values holding
non-ASCII characters (the others go through the built-in ``lower()``). Folded values are
cached: names repeat, so a search over 20,000 people makes few Python calls that do work.
Sorting by text uses the same folding, so "Łukasz" sorts with "Lukas", not after "Z".
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from lagdesk.core import records as r
from lagdesk.core import store
from lagdesk.core.composition import GroupNode as GroupNode
from lagdesk.core.composition import Kind, membership_conditions, require
from lagdesk.core.composition import MemberRow as MemberRow
from lagdesk.core.composition import Membership as Membership
from lagdesk.core.composition import add_people_to_group as add_people_to_group
from lagdesk.core.composition import end_membership as end_membership
from lagdesk.core.composition import group_members as group_members
from lagdesk.core.composition import group_tree as group_tree
from lagdesk.core.errors import FieldProblem, LagdeskError, NotFoundError, ValidationError
from lagdesk.core.merge import DeleteImpact as DeleteImpact
from lagdesk.core.merge import organisation_delete_impact as organisation_delete_impact
from lagdesk.core.merge import organisation_word, person_word
from lagdesk.core.merge import person_delete_impact as person_delete_impact
from lagdesk.db import models as m
from lagdesk.db.codes import ConsentMethod, ConsentPurpose, Gender, Sector
from lagdesk.db.database import Database
from lagdesk.i18n import QT_TRANSLATE_NOOP, translate

PERSON_SORT_KEYS = ("last_name", "first_name", "organisation", "email", "role")
ORGANISATION_SORT_KEYS = ("name", "sector", "city", "people")
#: A power or interest score at or above this is "high" in the matrix: scores run 1 to 5,
#: and the middle of the scale already counts as high.
HIGH_SCORE = 3
#: Ids per ``IN (...)`` list in ``person_rows``, well below SQLite's limit on parameters.
CHUNK = 500


class Quadrant(StrEnum):
    MANAGE_CLOSELY = "manage_closely"
    KEEP_SATISFIED = "keep_satisfied"
    KEEP_INFORMED = "keep_informed"
    MONITOR = "monitor"


_QUADRANT_LABELS = {
    Quadrant.MANAGE_CLOSELY: QT_TRANSLATE_NOOP("Stakeholders", "Manage closely"),
    Quadrant.KEEP_SATISFIED: QT_TRANSLATE_NOOP("Stakeholders", "Keep satisfied"),
    Quadrant.KEEP_INFORMED: QT_TRANSLATE_NOOP("Stakeholders", "Keep informed"),
    Quadrant.MONITOR: QT_TRANSLATE_NOOP("Stakeholders", "Monitor"),
}


@dataclass(frozen=True)
class StakeholderFilter:
    """What the register shows. Empty fields do not filter.

    ``text``: every word must occur (folded, see the module docstring) in a first or last
    name, e-mail, role or organisation name (organisations: name, e-mail, subtype, city).
    ``group_id``: members of the group or its subgroups, current, former or future; with
    ``membership`` set, the status is taken in those groups only (so ``NEVER`` lists the
    people who could still be added). An organisation is in a group when it is a member
    itself or one of its people is. ``gender`` applies to people only. ``on`` is the day
    membership status is taken on (today when None).
    """

    text: str = ""
    sector: Sector | None = None
    group_id: int | None = None
    gender: Gender | None = None
    membership: Membership | None = None
    on: date | None = None


@dataclass(frozen=True)
class PersonRow:
    """One line of the people list; power and interest from the latest assessment."""

    id: int
    first_name: str
    last_name: str
    organisation_id: int | None
    organisation: str
    sector: Sector | None
    role: str
    email: str
    phone: str
    gender: Gender
    power: int | None
    interest: int | None


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    sector: Sector
    subtype: str
    city: str
    email: str
    people: int
    power: int | None
    interest: int | None


@dataclass(frozen=True)
class MatrixPoint:
    kind: Kind
    id: int
    name: str
    sector: Sector | None
    power: int
    interest: int
    assessed_on: date


class ConsentError(LagdeskError):
    """A consent change that makes no sense (withdrawing twice)."""


# --- text matching ---------------------------------------------------------------------

_MARKS = re.compile("[\u0300-\u036f]+")
# Letters whose stroke or bar is part of the glyph: Unicode does not decompose them.
_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "ŀ": "l"})
FOLD_SQL = "lagdesk_fold"


@lru_cache(maxsize=1 << 15)
def fold(text: str | None) -> str:
    """``text`` as search and sorting compare it: lower case, without accents or marks."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return _MARKS.sub("", decomposed).translate(_UNDECOMPOSED)


@contextmanager
def _searching(database: Database) -> Iterator[Session]:
    """A reading session whose connection knows ``lagdesk_fold`` (cheap to register)."""
    with database.reading() as session:
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        raw.create_function(FOLD_SQL, 1, fold, deterministic=True)
        yield session


def _folded(column: Any) -> sa.ColumnElement[str]:
    text = sa.func.coalesce(column, "")
    ascii_only = sa.func.length(text) == sa.func.length(sa.cast(text, sa.LargeBinary))
    return sa.case((ascii_only, sa.func.lower(text)), else_=getattr(sa.func, FOLD_SQL)(text))


def _words(text: str) -> list[str]:
    return fold(text.strip()).split()


def _any_contains(columns: Sequence[Any], word: str) -> sa.ColumnElement[bool]:
    return sa.or_(*(sa.func.instr(_folded(column), word) > 0 for column in columns))


# --- filters -----------------------------------------------------------------------------


def _membership(spec: StakeholderFilter, kind: Kind) -> list[sa.ColumnElement[bool]]:
    return membership_conditions(kind, spec.group_id, spec.membership, spec.on or date.today())


def _person_conditions(spec: StakeholderFilter) -> list[sa.ColumnElement[bool]]:
    person, organisation = m.Person, m.Organisation
    texts = (person.first_name, person.last_name, person.email, person.role)
    found = [
        sa.or_(
            _any_contains(texts, word),
            person.organisation_id.in_(
                sa.select(organisation.id).where(_any_contains((organisation.name,), word))
            ),
        )
        for word in _words(spec.text)
    ]
    if spec.sector is not None:
        of_sector = sa.select(organisation.id).where(organisation.sector == spec.sector)
        found.append(person.organisation_id.in_(of_sector))
    if spec.gender is not None:
        found.append(person.gender == spec.gender)
    return found + _membership(spec, "person")


def _sorted(keys: Sequence[Any], record_id: Any, descending: bool) -> list[Any]:
    return [key.desc() if descending else key for key in (*keys, record_id)]


def _organisation_name() -> sa.ScalarSelect[str]:
    """The person's organisation's folded name (a subquery sorts faster than a join)."""
    organisation = m.Organisation
    name = sa.select(_folded(organisation.name))
    return name.where(organisation.id == m.Person.organisation_id).scalar_subquery()


def person_ids(
    database: Database,
    filter: StakeholderFilter = StakeholderFilter(),
    sort: str = "last_name",
    descending: bool = False,
) -> list[int]:
    """Ids of the people that pass ``filter``, in order; one SQL query."""
    person = m.Person
    last, first = _folded(person.last_name), _folded(person.first_name)
    keys: dict[str, list[Any]] = {
        "last_name": [last, first],
        "first_name": [first, last],
        "organisation": [_organisation_name(), last, first],
        "email": [_folded(person.email)],
        "role": [_folded(person.role), last, first],
    }
    if sort not in keys:
        raise ValueError(f"unknown sort key {sort!r}; expected one of {PERSON_SORT_KEYS}")
    query = sa.select(person.id).where(*_person_conditions(filter))
    query = query.order_by(*_sorted(keys[sort], person.id, descending))
    with _searching(database) as session:
        return list(session.scalars(query))


#: Assessments under another name, so that a query may hold both the table and a subquery.
_ASSESSMENT = aliased(m.PowerInterestAssessment, name="latest_assessment")


def _latest(column: str, owner: str, owner_id: Any) -> sa.ScalarSelect[Any]:
    """``column`` of the latest assessment whose ``owner`` column is ``owner_id``."""
    assessment = _ASSESSMENT
    return (
        sa.select(getattr(assessment, column))
        .where(getattr(assessment, owner) == owner_id)
        .order_by(assessment.assessed_on.desc(), assessment.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _in_order(database: Database, query: Any, id_column: Any, ids: Sequence[int]) -> list[Any]:
    """Rows of ``query`` for ``ids``, in the order of ``ids`` (unknown ids are skipped)."""
    found: dict[int, Any] = {}
    with database.reading() as session:
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            found.update(
                (row[0], row) for row in session.execute(query.where(id_column.in_(chunk)))
            )
    return [found[record_id] for record_id in ids if record_id in found]


@cache
def _person_rows_query() -> sa.Select[*tuple[Any, ...]]:
    person, organisation = m.Person, m.Organisation
    return sa.select(
        person.id,
        person.first_name,
        person.last_name,
        person.organisation_id,
        sa.func.coalesce(organisation.name, ""),
        organisation.sector,
        person.role,
        person.email,
        person.phone,
        person.gender,
        _latest("power", "person_id", person.id),
        _latest("interest", "person_id", person.id),
    ).outerjoin(organisation, person.organisation_id == organisation.id)


def person_rows(database: Database, ids: Sequence[int]) -> list[PersonRow]:
    """The rows for ``ids`` in that order; one query per 500 ids."""
    rows = _in_order(database, _person_rows_query(), m.Person.id, ids)
    return [PersonRow(*row) for row in rows]


def _people_count() -> sa.ScalarSelect[int]:
    person = m.Person
    return (
        sa.select(sa.func.count(person.id))
        .where(person.organisation_id == m.Organisation.id)
        .scalar_subquery()
    )


def organisation_ids(
    database: Database,
    filter: StakeholderFilter = StakeholderFilter(),
    sort: str = "name",
    descending: bool = False,
) -> list[int]:
    """Ids of the organisations that pass ``filter`` (``gender`` is ignored), in order."""
    organisation = m.Organisation
    name = _folded(organisation.name)
    keys: dict[str, list[Any]] = {
        "name": [name],
        "sector": [organisation.sector, name],
        "city": [_folded(organisation.city), name],
        "people": [_people_count(), name],
    }
    if sort not in keys:
        raise ValueError(f"unknown sort key {sort!r}; expected one of {ORGANISATION_SORT_KEYS}")
    texts = (organisation.name, organisation.email, organisation.subtype, organisation.city)
    conditions = [_any_contains(texts, word) for word in _words(filter.text)]
    if filter.sector is not None:
        conditions.append(organisation.sector == filter.sector)
    conditions += _membership(filter, "organisation")
    query = sa.select(organisation.id).where(*conditions)
    query = query.order_by(*_sorted(keys[sort], organisation.id, descending))
    with _searching(database) as session:
        return list(session.scalars(query))


@cache
def _organisation_rows_query() -> sa.Select[*tuple[Any, ...]]:
    organisation = m.Organisation
    return sa.select(
        organisation.id,
        organisation.name,
        organisation.sector,
        organisation.subtype,
        organisation.city,
        organisation.email,
        _people_count(),
        _latest("power", "organisation_id", organisation.id),
        _latest("interest", "organisation_id", organisation.id),
    )


def organisation_rows(database: Database, ids: Sequence[int]) -> list[OrganisationRow]:
    rows = _in_order(database, _organisation_rows_query(), m.Organisation.id, ids)
    return [OrganisationRow(*row) for row in rows]


# --- power and interest ------------------------------------------------------------------


def _one_of(person_id: int | None, organisation_id: int | None) -> None:
    if (person_id is None) == (organisation_id is None):
        message = translate("Stakeholders", "Choose either a person or an organisation.")
        raise ValidationError([FieldProblem("person", message, key="person_id")])


def assess(
    database: Database,
    *,
    person_id: int | None = None,
    organisation_id: int | None = None,
    power: int,
    interest: int,
    on: date,
    note: str = "",
) -> r.PowerInterestAssessment:
    """Record a dated power/interest scoring (1 to 5 each); earlier ones stay as history."""
    _one_of(person_id, organisation_id)
    record = r.PowerInterestAssessment(
        person_id=person_id,
        organisation_id=organisation_id,
        power=power,
        interest=interest,
        assessed_on=on,
        note=note,
    )
    with database.session() as session:
        if person_id is not None:
            require(session, m.Person, person_id, person_word())
        else:
            require(session, m.Organisation, organisation_id, organisation_word())
        return store.write(session, record)


def assessment_history(
    database: Database, *, person_id: int | None = None, organisation_id: int | None = None
) -> list[r.PowerInterestAssessment]:
    """Every assessment of one stakeholder, newest first."""
    _one_of(person_id, organisation_id)
    assessment = m.PowerInterestAssessment
    owner = (
        assessment.person_id == person_id
        if person_id is not None
        else assessment.organisation_id == organisation_id
    )
    order = (assessment.assessed_on.desc(), assessment.id.desc())
    return store.find(database, r.PowerInterestAssessment, owner, order_by=order)


def matrix_points(
    database: Database, kind: Kind, group_id: int | None = None, on: date | None = None
) -> list[MatrixPoint]:
    """The latest assessment of each assessed person or organisation.

    With ``group_id``: only those active in the group or its subgroups on ``on`` (today by
    default); an organisation counts when it or one of its people is an active member.
    """
    assessment, person, organisation = m.PowerInterestAssessment, m.Person, m.Organisation
    scores = (assessment.power, assessment.interest, assessment.assessed_on)
    if kind == "person":
        name: Any = sa.func.trim(person.first_name + " " + person.last_name)
        query = sa.select(person.id, name, organisation.sector, *scores).outerjoin(
            organisation, person.organisation_id == organisation.id
        )
        latest = _latest("id", "person_id", person.id)
    else:
        query = sa.select(organisation.id, organisation.name, organisation.sector, *scores)
        latest = _latest("id", "organisation_id", organisation.id)
    query = query.join(assessment, assessment.id == latest)
    if group_id is not None:
        day = on or date.today()
        query = query.where(*membership_conditions(kind, group_id, Membership.ACTIVE, day))
    with database.reading() as session:
        points = [MatrixPoint(kind, *row) for row in session.execute(query)]
    return sorted(points, key=lambda point: (fold(point.name), point.id))


def quadrant(power: int, interest: int) -> Quadrant:
    """The matrix quadrant; a score is high from ``HIGH_SCORE`` (3) up."""
    if power >= HIGH_SCORE:
        return Quadrant.MANAGE_CLOSELY if interest >= HIGH_SCORE else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if interest >= HIGH_SCORE else Quadrant.MONITOR


def quadrant_label(value: Quadrant) -> str:
    return translate("Stakeholders", _QUADRANT_LABELS[value])


# --- consent -----------------------------------------------------------------------------


def consents(database: Database, person_id: int) -> list[r.ConsentRecord]:
    """The person's consent records, newest first."""
    with database.reading() as session:
        require(session, m.Person, person_id, person_word())
    consent = m.ConsentRecord
    order = (consent.given_on.desc(), consent.id.desc())
    return store.find(database, r.ConsentRecord, person_id=person_id, order_by=order)


def give_consent(
    database: Database,
    person_id: int,
    purpose: ConsentPurpose,
    on: date,
    method: ConsentMethod,
    evidence: str = "",
) -> r.ConsentRecord:
    record = r.ConsentRecord(
        person_id=person_id, purpose=purpose, given_on=on, method=method, evidence=evidence
    )
    with database.session() as session:
        require(session, m.Person, person_id, person_word())
        return store.write(session, record)


def withdraw_consent(database: Database, consent_id: int, on: date) -> r.ConsentRecord:
    """Mark a consent withdrawn from ``on``: it no longer holds on that day."""
    with database.session() as session:
        row = session.get(m.ConsentRecord, consent_id)
        if row is None:
            raise NotFoundError(translate("Stakeholders", "consent record"), consent_id)
        record = store.to_record(r.ConsentRecord, row)
        if record.withdrawn_on is not None:
            message = translate("Stakeholders", "This consent was already withdrawn on {date}.")
            raise ConsentError(message.format(date=record.withdrawn_on.isoformat()))
        record.withdrawn_on = on
        return store.write(session, record)


def has_consent(database: Database, person_id: int, purpose: ConsentPurpose, on: date) -> bool:
    """Whether a consent for ``purpose`` holds on ``on``: given on or before, not withdrawn."""
    consent = m.ConsentRecord
    query = sa.select(
        sa.exists().where(
            consent.person_id == person_id,
            consent.purpose == purpose,
            consent.given_on <= on,
            sa.or_(consent.withdrawn_on.is_(None), consent.withdrawn_on > on),
        )
    )
    with database.reading() as session:
        return bool(session.execute(query).scalar())
