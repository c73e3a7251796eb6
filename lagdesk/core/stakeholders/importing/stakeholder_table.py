"""People and organisations as the stakeholder file shows them: one flat row each.

The export writes these rows and the import compares a file against them, so a file that
was exported, edited and imported back is read against exactly what was written.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.db import models as m
from lagdesk.db.codes import Gender, Sector
from lagdesk.db.database import Database


@dataclass(frozen=True)
class PersonEntry:
    """A person with their organisation, current groups and latest power/interest scores."""

    id: int
    first_name: str
    last_name: str
    organisation_id: int | None
    organisation: str
    sector: Sector | None
    gender: Gender
    role: str
    email: str
    phone: str
    notes: str
    groups: tuple[str, ...]
    power: int | None
    interest: int | None


@dataclass(frozen=True)
class OrganisationEntry:
    id: int
    name: str
    sector: Sector
    subtype: str
    city: str
    country: str
    email: str
    phone: str
    notes: str


@dataclass(frozen=True)
class GroupEntry:
    id: int
    name: str


def is_current(left_on: date | None, today: date) -> bool:
    """A membership counts until the day the person left (inclusive)."""
    return left_on is None or left_on >= today


def current_groups(session: Session, today: date) -> dict[int, list[str]]:
    """person id -> names of the groups they are a current member of, sorted by name."""
    query = (
        sa.select(m.GroupMembership.person_id, m.StakeholderGroup.name, m.GroupMembership.left_on)
        .join(m.StakeholderGroup, m.StakeholderGroup.id == m.GroupMembership.group_id)
        .where(m.GroupMembership.person_id.is_not(None))
    )
    groups: dict[int, list[str]] = defaultdict(list)
    for person_id, name, left_on in session.execute(query):
        if person_id is not None and is_current(left_on, today) and name not in groups[person_id]:
            groups[person_id].append(name)
    for names in groups.values():
        names.sort(key=str.casefold)
    return groups


def latest_scores(session: Session) -> dict[int, tuple[int, int]]:
    """person id -> (power, interest) of their latest assessment."""
    query = (
        sa.select(
            m.PowerInterestAssessment.person_id,
            m.PowerInterestAssessment.power,
            m.PowerInterestAssessment.interest,
        )
        .where(m.PowerInterestAssessment.person_id.is_not(None))
        .order_by(m.PowerInterestAssessment.assessed_on, m.PowerInterestAssessment.id)
    )
    return {
        person_id: (power, interest)
        for person_id, power, interest in session.execute(query)
        if person_id is not None
    }


def people_in(session: Session, today: date) -> list[PersonEntry]:
    """Every person, ordered by last name, first name, id."""
    groups = current_groups(session, today)
    scores = latest_scores(session)
    query = (
        sa.select(
            m.Person.id,
            m.Person.first_name,
            m.Person.last_name,
            m.Person.organisation_id,
            m.Organisation.name,
            m.Organisation.sector,
            m.Person.gender,
            m.Person.role,
            m.Person.email,
            m.Person.phone,
            m.Person.notes,
        )
        .outerjoin(m.Organisation, m.Organisation.id == m.Person.organisation_id)
        .order_by(m.Person.last_name, m.Person.first_name, m.Person.id)
    )
    entries = []
    for row in session.execute(query):
        power, interest = scores.get(row.id, (None, None))
        entries.append(
            PersonEntry(
                id=row.id,
                first_name=row.first_name,
                last_name=row.last_name,
                organisation_id=row.organisation_id,
                organisation=row.name or "",
                sector=row.sector,
                gender=row.gender,
                role=row.role,
                email=row.email,
                phone=row.phone,
                notes=row.notes,
                groups=tuple(groups.get(row.id, ())),
                power=power,
                interest=interest,
            )
        )
    return entries


def organisations_in(session: Session) -> list[OrganisationEntry]:
    query = sa.select(m.Organisation).order_by(m.Organisation.name, m.Organisation.id)
    return [
        OrganisationEntry(
            id=org.id,
            name=org.name,
            sector=org.sector,
            subtype=org.subtype,
            city=org.city,
            country=org.country,
            email=org.email,
            phone=org.phone,
            notes=org.notes,
        )
        for org in session.scalars(query)
    ]


def groups_in(session: Session) -> list[GroupEntry]:
    query = sa.select(m.StakeholderGroup.id, m.StakeholderGroup.name).order_by(
        m.StakeholderGroup.id
    )
    return [GroupEntry(id=row.id, name=row.name) for row in session.execute(query)]


def people(database: Database, today: date | None = None) -> list[PersonEntry]:
    with database.reading() as session:
        return people_in(session, today or date.today())


def organisations(database: Database) -> list[OrganisationEntry]:
    with database.reading() as session:
        return organisations_in(session)
