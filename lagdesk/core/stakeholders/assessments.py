"""Power/interest mapping and consent: dated assessments, the matrix, consent records.

Assessments are history: each scoring is a dated row, and the latest one is what lists and
the matrix show (``latest_assessment``). Consents are given on a day and may be withdrawn
from a later one; ``has_consent`` answers for any day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from lagdesk.core.stakeholders.composition import Kind, Membership, membership_conditions, require
from lagdesk.core.stakeholders.merge import organisation_word, person_word
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.core.support.folding import fold
from lagdesk.db import models as m
from lagdesk.db.codes import ConsentMethod, ConsentPurpose, Sector
from lagdesk.db.database import Database
from lagdesk.errors import FieldProblem, NotFoundError, UserError, ValidationError
from lagdesk.i18n import QT_TRANSLATE_NOOP, translate

#: A power or interest score at or above this is "high" in the matrix: scores run 1 to 5,
#: and the middle of the scale already counts as high.
HIGH_SCORE = 3


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
class MatrixPoint:
    kind: Kind
    id: int
    name: str
    sector: Sector | None
    power: int
    interest: int
    assessed_on: date


class ConsentError(UserError):
    """A consent change that makes no sense (withdrawing twice)."""


#: Assessments under another name, so that a query may hold both the table and a subquery.
_ASSESSMENT = aliased(m.PowerInterestAssessment, name="latest_assessment")


def latest_assessment(column: str, owner: str, owner_id: Any) -> sa.ScalarSelect[Any]:
    """``column`` of the latest assessment whose ``owner`` column is ``owner_id``."""
    assessment = _ASSESSMENT
    return (
        sa.select(getattr(assessment, column))
        .where(getattr(assessment, owner) == owner_id)
        .order_by(assessment.assessed_on.desc(), assessment.id.desc())
        .limit(1)
        .scalar_subquery()
    )


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
        latest = latest_assessment("id", "person_id", person.id)
    else:
        query = sa.select(organisation.id, organisation.name, organisation.sector, *scores)
        latest = latest_assessment("id", "organisation_id", organisation.id)
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
