"""Stakeholders: the register of people and organisations, their mapping and consent.

Listings work in two steps, as the lazy table models of the UI need them: ``person_ids``
filters and sorts the whole register in one SQL query returning ids only, ``person_rows``
fetches the few rows on screen. Groups and memberships (``lagdesk.core.stakeholders.composition``),
power/interest assessments, the matrix and consent (``lagdesk.core.stakeholders.assessments``), text
folding (``lagdesk.core.support.folding``) and delete impacts (``lagdesk.core.stakeholders.merge``) are
re-exported, so the area has one module to call.

Text search folds case and accents on both sides ("luk" and "łuk" find "Łukasz"), and
sorting by text uses the same folding, so "Łukasz" sorts with "Lukas", not after "Z".
Power and interest sort by the latest assessment, the never assessed last whichever the
direction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import sqlalchemy as sa

from lagdesk.core.stakeholders.assessments import HIGH_SCORE as HIGH_SCORE
from lagdesk.core.stakeholders.assessments import ConsentError as ConsentError
from lagdesk.core.stakeholders.assessments import MatrixPoint as MatrixPoint
from lagdesk.core.stakeholders.assessments import Quadrant as Quadrant
from lagdesk.core.stakeholders.assessments import assess as assess
from lagdesk.core.stakeholders.assessments import assessment_history as assessment_history
from lagdesk.core.stakeholders.assessments import consents as consents
from lagdesk.core.stakeholders.assessments import give_consent as give_consent
from lagdesk.core.stakeholders.assessments import has_consent as has_consent
from lagdesk.core.stakeholders.assessments import latest_assessment
from lagdesk.core.stakeholders.assessments import matrix_points as matrix_points
from lagdesk.core.stakeholders.assessments import quadrant as quadrant
from lagdesk.core.stakeholders.assessments import quadrant_label as quadrant_label
from lagdesk.core.stakeholders.assessments import withdraw_consent as withdraw_consent
from lagdesk.core.stakeholders.composition import GroupNode as GroupNode
from lagdesk.core.stakeholders.composition import Kind, membership_conditions
from lagdesk.core.stakeholders.composition import MemberRow as MemberRow
from lagdesk.core.stakeholders.composition import Membership as Membership
from lagdesk.core.stakeholders.composition import add_people_to_group as add_people_to_group
from lagdesk.core.stakeholders.composition import end_membership as end_membership
from lagdesk.core.stakeholders.composition import group_members as group_members
from lagdesk.core.stakeholders.composition import group_tree as group_tree
from lagdesk.core.stakeholders.merge import DeleteImpact as DeleteImpact
from lagdesk.core.stakeholders.merge import GroupDeleteImpact as GroupDeleteImpact
from lagdesk.core.stakeholders.merge import group_delete_impact as group_delete_impact
from lagdesk.core.stakeholders.merge import organisation_delete_impact as organisation_delete_impact
from lagdesk.core.stakeholders.merge import person_delete_impact as person_delete_impact
from lagdesk.core.support.folding import FOLD_SQL as FOLD_SQL
from lagdesk.core.support.folding import fold as fold
from lagdesk.core.support.folding import folded, searching
from lagdesk.db import models as m
from lagdesk.db.codes import Gender, Sector
from lagdesk.db.database import Database

PERSON_SORT_KEYS = (
    "last_name",
    "first_name",
    "organisation",
    "sector",
    "role",
    "email",
    "phone",
    "power",
    "interest",
)
ORGANISATION_SORT_KEYS = (
    "name",
    "sector",
    "subtype",
    "city",
    "email",
    "people",
    "power",
    "interest",
)
#: Ids per ``IN (...)`` list in ``person_rows``, well below SQLite's limit on parameters.
CHUNK = 500


@dataclass(frozen=True)
class StakeholderFilter:
    """What the register shows. Empty fields do not filter.

    ``text``: every word must occur (folded, see ``lagdesk.core.support.folding``) in a first or last
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


# --- text matching ---------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return fold(text.strip()).split()


def _any_contains(columns: Sequence[Any], word: str) -> sa.ColumnElement[bool]:
    return sa.or_(*(sa.func.instr(folded(column), word) > 0 for column in columns))


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


@dataclass(frozen=True)
class _BlanksLast:
    """A sort key whose NULLs (never assessed) go last, ascending or descending."""

    key: Any


def _sorted(keys: Sequence[Any], record_id: Any, descending: bool) -> list[Any]:
    order: list[Any] = []
    for key in (*keys, record_id):
        if isinstance(key, _BlanksLast):
            order.append(key.key.is_(None))
            key = key.key
        order.append(key.desc() if descending else key)
    return order


def _latest_score(score: str, owner: str, owner_id: Any) -> _BlanksLast:
    return _BlanksLast(latest_assessment(score, owner, owner_id))


def _organisation_sector() -> sa.ScalarSelect[str]:
    organisation = m.Organisation
    sector = sa.select(organisation.sector)
    return sector.where(organisation.id == m.Person.organisation_id).scalar_subquery()


def _organisation_name() -> sa.ScalarSelect[str]:
    """The person's organisation's folded name (a subquery sorts faster than a join)."""
    organisation = m.Organisation
    name = sa.select(folded(organisation.name))
    return name.where(organisation.id == m.Person.organisation_id).scalar_subquery()


def person_ids(
    database: Database,
    filter: StakeholderFilter = StakeholderFilter(),
    sort: str = "last_name",
    descending: bool = False,
) -> list[int]:
    """Ids of the people that pass ``filter``, in order; one SQL query."""
    person = m.Person
    last, first = folded(person.last_name), folded(person.first_name)
    keys: dict[str, list[Any]] = {
        "last_name": [last, first],
        "first_name": [first, last],
        "organisation": [_organisation_name(), last, first],
        "sector": [_organisation_sector(), last, first],
        "role": [folded(person.role), last, first],
        "email": [folded(person.email)],
        "phone": [folded(person.phone), last, first],
        "power": [_latest_score("power", "person_id", person.id), last, first],
        "interest": [_latest_score("interest", "person_id", person.id), last, first],
    }
    if sort not in keys:
        raise ValueError(f"unknown sort key {sort!r}; expected one of {PERSON_SORT_KEYS}")
    query = sa.select(person.id).where(*_person_conditions(filter))
    query = query.order_by(*_sorted(keys[sort], person.id, descending))
    with searching(database) as session:
        return list(session.scalars(query))


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
        latest_assessment("power", "person_id", person.id),
        latest_assessment("interest", "person_id", person.id),
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
    name = folded(organisation.name)
    keys: dict[str, list[Any]] = {
        "name": [name],
        "sector": [organisation.sector, name],
        "subtype": [folded(organisation.subtype), name],
        "city": [folded(organisation.city), name],
        "email": [folded(organisation.email), name],
        "people": [_people_count(), name],
        "power": [_latest_score("power", "organisation_id", organisation.id), name],
        "interest": [_latest_score("interest", "organisation_id", organisation.id), name],
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
    with searching(database) as session:
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
        latest_assessment("power", "organisation_id", organisation.id),
        latest_assessment("interest", "organisation_id", organisation.id),
    )


def organisation_rows(database: Database, ids: Sequence[int]) -> list[OrganisationRow]:
    rows = _in_order(database, _organisation_rows_query(), m.Organisation.id, ids)
    return [OrganisationRow(*row) for row in rows]
