"""Generic create/read/update/delete, validation messages and ON DELETE rules."""

from datetime import date, datetime
from decimal import Decimal

import pytest

from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.core.support.store import IntegrityProblem
from lagdesk.db.codes import ActionType, AttendanceStatus, MeetingType, ObjectiveLevel, Sector
from lagdesk.db.database import Database
from lagdesk.errors import NotFoundError, ValidationError


def organisation(db: Database, name: str = "Urząd Miejski w Koszalinie") -> r.Organisation:
    return store.save(db, r.Organisation(name=name, sector=Sector.PUBLIC))


def test_create_read_update_delete(database: Database) -> None:
    org = organisation(database)
    assert org.id is not None
    person = store.save(
        database, r.Person(first_name="Zofia", last_name="Kowalczyk", organisation_id=org.id)
    )
    person.role = "Procurement officer"
    store.save(database, person)
    assert store.get(database, r.Person, person.id).role == "Procurement officer"  # type: ignore[arg-type]
    assert store.find(database, r.Person, organisation_id=org.id) == [person]
    assert store.count(database, r.Person) == 1
    store.delete(database, r.Person, person.id)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        store.get(database, r.Person, person.id)  # type: ignore[arg-type]


def test_codes_given_as_text_are_checked_and_normalised(database: Database) -> None:
    org = store.save(database, r.Organisation(name="Fundacja", sector="civic"))  # type: ignore[arg-type]
    assert org.sector is Sector.CIVIC
    with pytest.raises(ValidationError, match="Unknown value"):
        store.save(database, r.Organisation(name="X", sector="religious"))  # type: ignore[arg-type]


def test_validation_names_every_bad_field_and_stores_nothing(database: Database) -> None:
    person = store.save(database, r.Person(last_name="Nowak"))
    with pytest.raises(ValidationError) as caught:
        store.save(
            database,
            r.PowerInterestAssessment(person_id=person.id, power=7, interest=0, assessed_on=None),  # type: ignore[arg-type]
        )
    fields = {problem.field for problem in caught.value.problems}
    assert fields == {"power", "interest", "assessed on"}
    assert store.count(database, r.PowerInterestAssessment) == 0


def test_dates_in_the_wrong_order_are_refused(database: Database) -> None:
    with pytest.raises(ValidationError, match="ends at is before starts at"):
        store.save(
            database,
            r.Meeting(
                type=MeetingType.THEMATIC_WORKSHOP,
                title="Warsztat",
                starts_at=datetime(2024, 5, 10, 12),
                ends_at=datetime(2024, 5, 10, 9),
            ),
        )


def test_email_and_one_stakeholder_rules(database: Database) -> None:
    with pytest.raises(ValidationError, match="not an e-mail address"):
        store.save(database, r.Person(last_name="Nowak", email="nowak at example"))
    with pytest.raises(ValidationError, match="either a person or an organisation"):
        store.save(database, r.GroupMembership(group_id=1))


def test_money_is_exact(database: Database) -> None:
    plan = store.save(database, r.Plan(title="IAP"))
    objective = store.save(
        database,
        r.Objective(plan_id=plan.id, level=ObjectiveLevel.STRATEGIC, code="1", title="O"),  # type: ignore[arg-type]
    )
    action = store.save(
        database,
        r.Action(
            objective_id=objective.id,  # type: ignore[arg-type]
            code="1.1",
            title="Training",
            type=ActionType.CAPACITY_BUILDING,
            estimated_cost=Decimal("12345.67"),
        ),
    )
    assert store.get(database, r.Action, action.id).estimated_cost == Decimal("12345.67")  # type: ignore[arg-type]


def test_on_delete_rules(database: Database) -> None:
    org = organisation(database)
    person = store.save(database, r.Person(last_name="Lewandowski", organisation_id=org.id))
    meeting = store.save(
        database,
        r.Meeting(
            type=MeetingType.LOCAL_GROUP_MEETING, title="ULG 1", starts_at=datetime(2024, 1, 9, 9)
        ),
    )
    store.save(
        database,
        r.Attendance(meeting_id=meeting.id, person_id=person.id, status=AttendanceStatus.ATTENDED),  # type: ignore[arg-type]
    )
    # An organisation goes; its people stay, without it.
    store.delete(database, r.Organisation, org.id)  # type: ignore[arg-type]
    assert store.get(database, r.Person, person.id).organisation_id is None  # type: ignore[arg-type]
    # A person goes; their attendance goes with them.
    store.delete(database, r.Person, person.id)  # type: ignore[arg-type]
    assert store.count(database, r.Attendance) == 0
    # An objective with actions cannot go.
    plan = store.save(database, r.Plan(title="IAP"))
    objective = store.save(
        database,
        r.Objective(plan_id=plan.id, level=ObjectiveLevel.STRATEGIC, code="1", title="O"),  # type: ignore[arg-type]
    )
    store.save(
        database,
        r.Action(objective_id=objective.id, code="1.1", title="A", type=ActionType.PROCUREMENT),  # type: ignore[arg-type]
    )
    with pytest.raises(IntegrityProblem, match="still in use"):
        store.delete(database, r.Objective, objective.id)  # type: ignore[arg-type]


def test_duplicate_key_gives_a_message(database: Database) -> None:
    store.save(database, r.Indicator(code="PROC-01", name="Green clauses"))
    with pytest.raises(IntegrityProblem, match="already exists"):
        store.save(database, r.Indicator(code="PROC-01", name="Again"))


def test_save_all_is_one_transaction(database: Database) -> None:
    with pytest.raises(ValidationError):
        store.save_all(
            database,
            [
                r.Organisation(name="A", sector=Sector.PUBLIC),
                r.Organisation(name="", sector=Sector.PUBLIC),
            ],
        )
    assert store.count(database, r.Organisation) == 0


def test_risk_score(database: Database) -> None:
    risk = r.Risk(plan_id=1, title="Budget cut", category="financial", likelihood=3, impact=4)  # type: ignore[arg-type]
    assert risk.score == 12


def test_every_record_type_maps_to_a_model_with_the_same_fields() -> None:
    from dataclasses import fields

    for record_type in r.RECORD_TYPES:
        model = store.model_of(record_type)
        columns = set(model.__table__.columns.keys()) - {"created_at", "updated_at"}  # type: ignore[attr-defined]
        assert {f.name for f in fields(record_type)} == columns, record_type.__name__


def test_dates_stay_dates(database: Database) -> None:
    org = organisation(database)
    person = store.save(database, r.Person(last_name="Nowak", organisation_id=org.id))
    assessment = store.save(
        database,
        r.PowerInterestAssessment(
            person_id=person.id, power=4, interest=5, assessed_on=date(2024, 3, 1)
        ),
    )
    assert store.get(database, r.PowerInterestAssessment, assessment.id).assessed_on == date(
        2024, 3, 1
    )  # type: ignore[arg-type]
