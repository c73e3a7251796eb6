"""The stakeholder register: filters, sorting, rows, groups, mapping and consent."""

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa

from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db import models as m
from lagdesk.db.codes import (
    ActionType,
    ConsentMethod,
    ConsentPurpose,
    Gender,
    GroupKind,
    MeetingType,
    MemberRole,
    ObjectiveLevel,
    RiskCategory,
    Sector,
)
from lagdesk.db.database import Database
from lagdesk.errors import NotFoundError, ValidationError

Filter = sh.StakeholderFilter
DAY = date(2024, 6, 1)


@dataclass
class Register:
    city_hall: int
    foundation: int
    university: int
    lukasz: int  # Łukasz Żółkiewski, foundation (civic), male
    anna: int  # Anna Nowak, city hall (public), female
    zofia: int  # Zofia Kowalczyk, no organisation, female
    jan: int  # Jan Kowalski, university (knowledge), male
    ivan: int  # Иван Петров, no organisation, gender unknown
    local_group: int
    working_group: int
    board: int


def person(db: Database, first: str, last: str, **fields: object) -> int:
    saved = store.save(db, r.Person(first_name=first, last_name=last, **fields))  # type: ignore[arg-type]
    assert saved.id is not None
    return saved.id


def organisation(db: Database, name: str, sector: Sector, **fields: object) -> int:
    saved = store.save(db, r.Organisation(name=name, sector=sector, **fields))  # type: ignore[arg-type]
    assert saved.id is not None
    return saved.id


def group(db: Database, name: str, parent_id: int | None = None) -> int:
    kind = GroupKind.LOCAL_GROUP if parent_id is None else GroupKind.WORKING_GROUP
    saved = store.save(db, r.StakeholderGroup(name=name, kind=kind, parent_id=parent_id))
    assert saved.id is not None
    return saved.id


def member(
    db: Database, group_id: int, joined: date | None, left: date | None = None, **who: int
) -> int:
    saved = store.save(
        db, r.GroupMembership(group_id=group_id, joined_on=joined, left_on=left, **who)
    )
    assert saved.id is not None
    return saved.id


@pytest.fixture
def reg(database: Database) -> Register:
    db = database
    city_hall = organisation(db, "Urząd Miejski w Koszalinie", Sector.PUBLIC, city="Koszalin")
    foundation = organisation(db, "Fundacja Równe Szanse", Sector.CIVIC, city="Słupsk")
    university = organisation(db, "Politechnika Koszalińska", Sector.KNOWLEDGE, city="Koszalin")
    found = Register(
        city_hall=city_hall,
        foundation=foundation,
        university=university,
        lukasz=person(
            db,
            "Łukasz",
            "Żółkiewski",
            organisation_id=foundation,
            gender=Gender.MALE,
            email="l.zolkiewski@frs.example",
            role="Prezes zarządu",
        ),
        anna=person(
            db,
            "Anna",
            "Nowak",
            organisation_id=city_hall,
            gender=Gender.FEMALE,
            email="anna.nowak@um.koszalin.example",
            role="Procurement officer",
        ),
        zofia=person(db, "Zofia", "Kowalczyk", gender=Gender.FEMALE, email="zofia@example.org"),
        jan=person(
            db,
            "Jan",
            "Kowalski",
            organisation_id=university,
            gender=Gender.MALE,
            role="Researcher",
        ),
        ivan=person(db, "Иван", "Петров", email="ivan@example.bg"),
        local_group=group(db, "Local group"),
        working_group=0,
        board=0,
    )
    found.working_group = group(db, "Working group", found.local_group)
    found.board = group(db, "Steering board")
    member(db, found.local_group, date(2023, 1, 1), person_id=found.anna)
    member(db, found.working_group, None, person_id=found.lukasz)
    member(db, found.local_group, date(2023, 1, 1), date(2024, 3, 1), person_id=found.zofia)
    member(db, found.board, date(2024, 9, 1), person_id=found.jan)  # joins later
    member(db, found.board, date(2023, 1, 1), organisation_id=university)
    return found


def ids(db: Database, **spec: object) -> set[int]:
    return set(sh.person_ids(db, Filter(**spec)))  # type: ignore[arg-type]


# --- text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("łuk", {"lukasz"}),
        ("ŁUK", {"lukasz"}),
        ("luk", {"lukasz"}),
        ("zolk", {"lukasz"}),
        ("żółk", {"lukasz"}),
        ("kowal", {"zofia", "jan"}),
        ("KOWALCZ", {"zofia"}),
        ("urzad", {"anna"}),  # organisation name, without its accent
        ("Koszalińsk", {"jan"}),
        ("um.koszalin", {"anna"}),  # part of an e-mail
        ("procurement", {"anna"}),  # role
        ("иван", {"ivan"}),  # Cyrillic folds case too
        ("anna nowak", {"anna"}),  # every word, in any field
        ("nowak zofia", set()),
        ("  ", {"lukasz", "anna", "zofia", "jan", "ivan"}),
        ("100%_", set()),  # LIKE wildcards are plain characters
    ],
)
def test_text_is_folded_for_case_and_accents(
    database: Database, reg: Register, text: str, who: set[str]
) -> None:
    assert ids(database, text=text) == {getattr(reg, name) for name in who}


def test_fold() -> None:
    assert sh.fold("Łukasz ŻÓŁĆ") == "lukasz zolc"
    assert sh.fold("Ştefan Ķekava Đurić Øre") == "stefan kekava duric ore"
    assert sh.fold("") == sh.fold(None) == ""


# --- other filters, alone and together --------------------------------------------------


def test_sector_and_gender(database: Database, reg: Register) -> None:
    assert ids(database, sector=Sector.CIVIC) == {reg.lukasz}
    assert ids(database, sector=Sector.PRIVATE) == set()
    assert ids(database, gender=Gender.FEMALE) == {reg.anna, reg.zofia}
    assert ids(database, gender=Gender.UNKNOWN) == {reg.ivan}
    assert ids(database, sector=Sector.PUBLIC, gender=Gender.MALE) == set()


def test_group_includes_subgroups_and_former_and_future_members(
    database: Database, reg: Register
) -> None:
    assert ids(database, group_id=reg.local_group) == {reg.anna, reg.lukasz, reg.zofia}
    assert ids(database, group_id=reg.working_group) == {reg.lukasz}
    assert ids(database, group_id=reg.board) == {reg.jan}


def test_membership_status_on_a_day(database: Database, reg: Register) -> None:
    active, former, never = sh.Membership
    assert ids(database, membership=active, on=DAY) == {reg.anna, reg.lukasz}
    assert ids(database, membership=former, on=DAY) == {reg.zofia}
    assert ids(database, membership=never, on=DAY) == {reg.jan, reg.ivan}
    # The day someone leaves they are a former member; the day they join, an active one.
    assert ids(database, membership=active, on=date(2024, 2, 29)) >= {reg.zofia}
    assert reg.zofia in ids(database, membership=former, on=date(2024, 3, 1))
    assert ids(database, membership=active, on=date(2024, 9, 1)) >= {reg.jan}


def test_membership_within_a_group(database: Database, reg: Register) -> None:
    active, former, never = sh.Membership
    local = reg.local_group
    assert ids(database, group_id=local, membership=active, on=DAY) == {reg.anna, reg.lukasz}
    assert ids(database, group_id=local, membership=former, on=DAY) == {reg.zofia}
    assert ids(database, group_id=local, membership=never, on=DAY) == {reg.jan, reg.ivan}
    assert ids(database, group_id=reg.board, membership=active, on=DAY) == set()


def test_filters_combined(database: Database, reg: Register) -> None:
    spec = {"group_id": reg.local_group, "membership": sh.Membership.ACTIVE, "on": DAY}
    assert ids(database, gender=Gender.MALE, **spec) == {reg.lukasz}
    assert ids(database, sector=Sector.PUBLIC, text="nowak", **spec) == {reg.anna}
    assert ids(database, sector=Sector.PUBLIC, text="łuk", **spec) == set()


# --- sorting and rows -------------------------------------------------------------------


def test_sort_orders(database: Database, reg: Register) -> None:
    db = database
    by_last = sh.person_ids(db)
    # Folded: "Łapa" would sort with L; Cyrillic sorts after Latin.
    assert by_last == [reg.zofia, reg.jan, reg.anna, reg.lukasz, reg.ivan]
    assert sh.person_ids(db, descending=True) == by_last[::-1]
    assert sh.person_ids(db, sort="first_name") == [
        reg.anna,
        reg.jan,
        reg.lukasz,
        reg.zofia,
        reg.ivan,
    ]
    # No organisation sorts first; then city hall (urząd) is after Fundacja and Politechnika.
    by_organisation = sh.person_ids(db, sort="organisation")
    assert by_organisation == [reg.zofia, reg.ivan, reg.lukasz, reg.jan, reg.anna]
    assert sh.person_ids(db, sort="email")[0] == reg.jan  # empty e-mail first
    assert sh.person_ids(db, sort="role", descending=True)[0] == reg.jan
    with pytest.raises(ValueError, match="sort key"):
        sh.person_ids(db, sort="gender")


def test_people_sort_by_sector_phone_and_latest_scores(database: Database, reg: Register) -> None:
    db = database
    # Sector of their organisation: none first, then by code (civic, knowledge, public).
    assert sh.person_ids(db, sort="sector") == [reg.zofia, reg.ivan, reg.lukasz, reg.jan, reg.anna]
    for who, phone in ((reg.anna, "+48 94 100"), (reg.ivan, "+359 2 200"), (reg.jan, "")):
        person = store.get(db, r.Person, who)
        person.phone = phone
        store.save(db, person)
    by_phone = sh.person_ids(db, sort="phone")
    assert by_phone[-2:] == [reg.ivan, reg.anna]
    assert sh.person_ids(db, sort="phone", descending=True)[:2] == [reg.anna, reg.ivan]

    sh.assess(db, person_id=reg.anna, power=5, interest=1, on=DAY)
    sh.assess(db, person_id=reg.jan, power=2, interest=4, on=DAY)
    sh.assess(db, person_id=reg.lukasz, power=5, interest=5, on=DAY - timedelta(days=30))
    sh.assess(db, person_id=reg.lukasz, power=2, interest=2, on=DAY)  # the latest counts
    never = [reg.zofia, reg.ivan]  # no assessment: last, whichever the direction
    assert sh.person_ids(db, sort="power") == [reg.jan, reg.lukasz, reg.anna, *never]
    assert sh.person_ids(db, sort="power", descending=True) == [
        reg.anna,
        reg.lukasz,
        reg.jan,
        *never[::-1],
    ]
    assert sh.person_ids(db, sort="interest") == [reg.anna, reg.lukasz, reg.jan, *never]
    assert sh.person_ids(db, sort="interest", descending=True)[:3] == [
        reg.jan,
        reg.lukasz,
        reg.anna,
    ]
    assert set(sh.person_ids(db, sort="interest", descending=True)[3:]) == set(never)


@pytest.mark.parametrize("key", sh.PERSON_SORT_KEYS)
def test_every_person_sort_key_lists_everyone_both_ways(
    database: Database, reg: Register, key: str
) -> None:
    everyone = sorted(sh.person_ids(database))
    assert sorted(sh.person_ids(database, sort=key)) == everyone
    assert sorted(sh.person_ids(database, sort=key, descending=True)) == everyone
    assert sorted(sh.person_ids(database, Filter(text="kowal"), sort=key)) == sorted(
        [reg.zofia, reg.jan]
    )


@pytest.mark.parametrize("key", sh.ORGANISATION_SORT_KEYS)
def test_every_organisation_sort_key_lists_everyone_both_ways(
    database: Database, reg: Register, key: str
) -> None:
    everyone = sorted(sh.organisation_ids(database))
    assert sorted(sh.organisation_ids(database, sort=key)) == everyone
    assert sorted(sh.organisation_ids(database, sort=key, descending=True)) == everyone


def test_organisations_sort_by_type_e_mail_and_latest_scores(
    database: Database, reg: Register
) -> None:
    db = database
    details = {
        reg.city_hall: ("Gmina miejska", "sekretariat@um.example"),
        reg.foundation: ("Fundacja", ""),
        reg.university: ("Uczelnia publiczna", "biuro@tu.example"),
    }
    for organisation_id, (subtype, email) in details.items():
        found = store.get(db, r.Organisation, organisation_id)
        found.subtype, found.email = subtype, email
        store.save(db, found)
    assert sh.organisation_ids(db, sort="subtype") == [
        reg.foundation,
        reg.city_hall,
        reg.university,
    ]
    assert sh.organisation_ids(db, sort="email") == [reg.foundation, reg.university, reg.city_hall]
    assert sh.organisation_ids(db, sort="email", descending=True)[0] == reg.city_hall
    sh.assess(db, organisation_id=reg.university, power=4, interest=1, on=DAY)
    sh.assess(db, organisation_id=reg.city_hall, power=2, interest=5, on=DAY)
    by_power = [reg.city_hall, reg.university, reg.foundation]
    assert sh.organisation_ids(db, sort="power") == by_power
    assert sh.organisation_ids(db, sort="power", descending=True) == [
        reg.university,
        reg.city_hall,
        reg.foundation,
    ]
    assert sh.organisation_ids(db, sort="interest") == [
        reg.university,
        reg.city_hall,
        reg.foundation,
    ]
    assert sh.organisation_ids(db, sort="interest", descending=True)[-1] == reg.foundation
    with pytest.raises(ValueError, match="sort key"):
        sh.organisation_ids(db, sort="country")


def test_polish_letters_sort_with_their_base_letter(database: Database) -> None:
    names = ["Zając", "Łapa", "Lis", "Łyżwa", "Mazur"]
    made = {name: person(database, "", name) for name in names}
    order = [made[name] for name in ("Łapa", "Lis", "Łyżwa", "Mazur", "Zając")]
    assert sh.person_ids(database) == order


def test_person_rows_keep_the_order_asked_and_show_the_latest_scores(
    database: Database, reg: Register
) -> None:
    db = database
    sh.assess(db, person_id=reg.anna, power=2, interest=2, on=date(2023, 1, 1))
    sh.assess(db, person_id=reg.anna, power=5, interest=4, on=date(2024, 1, 1))
    sh.assess(db, person_id=reg.anna, power=1, interest=1, on=date(2023, 6, 1))
    asked = [reg.jan, 999, reg.anna, reg.zofia]
    rows = sh.person_rows(db, asked)
    assert [row.id for row in rows] == [reg.jan, reg.anna, reg.zofia]
    jan, anna, zofia = rows
    assert (anna.power, anna.interest) == (5, 4)
    assert (jan.power, jan.interest) == (None, None)
    assert anna.organisation == "Urząd Miejski w Koszalinie"
    assert anna.sector is Sector.PUBLIC
    assert anna.gender is Gender.FEMALE
    assert (zofia.organisation, zofia.sector, zofia.organisation_id) == ("", None, None)
    assert sh.person_rows(db, []) == []


def test_rows_beyond_one_in_list(database: Database) -> None:
    made = store.save_all(database, [r.Person(last_name=f"P{n:04d}") for n in range(1234)])
    wanted = [p.id for p in reversed(made)]
    assert [row.id for row in sh.person_rows(database, wanted)] == wanted  # type: ignore[comparison-overlap]


def test_organisations(database: Database, reg: Register) -> None:
    db = database
    sh.assess(db, organisation_id=reg.university, power=4, interest=3, on=DAY)
    assert sh.organisation_ids(db) == [reg.foundation, reg.university, reg.city_hall]
    assert sh.organisation_ids(db, sort="city") == [reg.university, reg.city_hall, reg.foundation]
    assert sh.organisation_ids(db, sort="sector") == [reg.foundation, reg.university, reg.city_hall]
    assert sh.organisation_ids(db, Filter(text="slupsk")) == [reg.foundation]
    assert sh.organisation_ids(db, Filter(sector=Sector.PUBLIC)) == [reg.city_hall]
    # In a group as a member itself, or through one of its people.
    local = Filter(group_id=reg.local_group, membership=sh.Membership.ACTIVE, on=DAY)
    assert set(sh.organisation_ids(db, local)) == {reg.city_hall, reg.foundation}
    board = Filter(group_id=reg.board, membership=sh.Membership.ACTIVE, on=DAY)
    assert sh.organisation_ids(db, board) == [reg.university]
    never = Filter(membership=sh.Membership.NEVER, on=DAY)
    assert sh.organisation_ids(db, never) == []
    (row,) = sh.organisation_rows(db, [reg.university])
    assert (row.name, row.sector, row.people, row.power, row.interest) == (
        "Politechnika Koszalińska",
        Sector.KNOWLEDGE,
        1,
        4,
        3,
    )
    by_people = sh.organisation_ids(db, sort="people", descending=True)
    assert len(by_people) == 3


# --- groups -----------------------------------------------------------------------------


def test_group_tree_counts_subgroups_once(database: Database, reg: Register) -> None:
    db = database
    member(db, reg.working_group, None, person_id=reg.anna)  # in both: counted once
    tree = sh.group_tree(db, on=DAY)
    assert [node.name for node in tree] == ["Local group", "Steering board"]
    local, board = tree
    assert local.members_active == 2  # Anna, Łukasz (Zofia left)
    assert [child.id for child in local.children] == [reg.working_group]
    assert local.children[0].members_active == 2
    assert local.children[0].parent_id == reg.local_group
    assert board.members_active == 1  # the university itself; Jan joins later
    assert sh.group_tree(db, on=date(2024, 10, 1))[1].members_active == 2


def test_group_tree_survives_a_loop_of_parents(database: Database) -> None:
    first = group(database, "A")
    second = group(database, "B", first)
    store.save(database, r.StakeholderGroup(id=first, name="A", parent_id=second))
    tree = sh.group_tree(database)
    assert [node.id for node in tree] == [first]
    assert [child.id for child in tree[0].children] == [second]


def test_group_members(database: Database, reg: Register) -> None:
    rows = sh.group_members(database, reg.local_group, on=DAY)
    assert [row.person_id for row in rows] == [reg.anna, reg.zofia]  # active first
    assert rows[0].name == "Anna Nowak"
    assert rows[0].sector is Sector.PUBLIC
    current = sh.group_members(database, reg.local_group, include_former=False, on=DAY)
    assert [row.person_id for row in current] == [reg.anna]
    (university,) = sh.group_members(database, reg.board, include_former=False, on=DAY)
    assert university.name == university.organisation == "Politechnika Koszalińska"
    assert university.person_id is None
    assert university.role is MemberRole.MEMBER
    with pytest.raises(NotFoundError):
        sh.group_members(database, 999)


def test_add_people_to_group_is_idempotent(database: Database, reg: Register) -> None:
    db = database
    added = sh.add_people_to_group(
        db, reg.board, [reg.anna, reg.zofia, reg.anna], date.today(), MemberRole.CHAIR
    )
    assert len(added) == 2
    again = sh.add_people_to_group(db, reg.board, [reg.anna, reg.zofia, reg.jan], None)
    assert again == []  # Jan's membership starts later but is open: not added twice
    chairs = store.find(db, r.GroupMembership, group_id=reg.board, role=MemberRole.CHAIR)
    assert {row.id for row in chairs} == set(added)


def test_add_people_to_group_is_one_transaction(database: Database, reg: Register) -> None:
    before = store.count(database, r.GroupMembership)
    with pytest.raises(NotFoundError, match="999"):
        sh.add_people_to_group(database, reg.board, [reg.anna, 999], None)
    with pytest.raises(NotFoundError):
        sh.add_people_to_group(database, 999, [reg.anna], None)
    assert store.count(database, r.GroupMembership) == before


def test_former_members_can_be_added_again(database: Database, reg: Register) -> None:
    assert len(sh.add_people_to_group(database, reg.local_group, [reg.zofia], date.today())) == 1


def test_end_membership(database: Database, reg: Register) -> None:
    (row,) = sh.group_members(database, reg.working_group)
    sh.end_membership(database, row.membership_id, DAY)
    assert sh.group_members(database, reg.working_group)[0].left_on == DAY
    (anna,) = [x for x in sh.group_members(database, reg.local_group) if x.person_id == reg.anna]
    with pytest.raises(ValidationError, match="left on is before joined on"):
        sh.end_membership(database, anna.membership_id, date(2022, 1, 1))
    with pytest.raises(NotFoundError):
        sh.end_membership(database, 999, DAY)


# --- delete impact ----------------------------------------------------------------------


def test_delete_impact(database: Database, reg: Register) -> None:
    db = database
    meeting = store.save(
        db, r.Meeting(type=MeetingType.THEMATIC_WORKSHOP, title="W", starts_at=datetime(2024, 5, 1))
    )
    store.save(db, r.Attendance(meeting_id=meeting.id, person_id=reg.anna))  # type: ignore[arg-type]
    store.save(db, r.Task(title="Send minutes", owner_person_id=reg.anna))
    plan = store.save(db, r.Plan(title="IAP"))
    objective = store.save(
        db,
        r.Objective(plan_id=plan.id, level=ObjectiveLevel.STRATEGIC, code="1", title="O"),  # type: ignore[arg-type]
    )
    for code, lead in (("1.1", reg.city_hall), ("1.2", None)):
        action = store.save(
            db,
            r.Action(
                objective_id=objective.id,
                code=code,
                title=code,
                type=ActionType.PROCUREMENT,
                responsible_person_id=reg.anna,
                lead_organisation_id=lead,
            ),
        )
    store.save(
        db,
        r.Risk(
            plan_id=plan.id,
            title="R",
            category=RiskCategory.CAPACITY,
            likelihood=2,
            impact=2,
            owner_person_id=reg.anna,
        ),
    )
    store.save(db, r.Indicator(code="I1", name="I", owner_person_id=reg.anna))
    sh.assess(db, person_id=reg.anna, power=3, interest=3, on=DAY)
    sh.give_consent(db, reg.anna, ConsentPurpose.NEWSLETTER, DAY, ConsentMethod.EMAIL)
    impact = sh.person_delete_impact(db, reg.anna)
    assert impact == sh.DeleteImpact(
        attendance=1,
        memberships=1,
        assessments=1,
        consents=1,
        tasks_owned=1,
        actions_responsible=2,
        people=0,
        risks_owned=1,
        indicators_owned=1,
    )
    with db.session() as session:
        session.add(m.ActionPartner(action_id=action.id, organisation_id=reg.city_hall))
    org = sh.organisation_delete_impact(db, reg.city_hall)
    assert (org.people, org.actions_responsible, org.memberships, org.attendance) == (1, 1, 0, 0)
    assert org.action_partnerships == 1
    assert sh.organisation_delete_impact(db, reg.university).memberships == 1
    with pytest.raises(NotFoundError):
        sh.person_delete_impact(db, 999)
    with pytest.raises(NotFoundError):
        sh.organisation_delete_impact(db, 999)
    # What the impact announced is what a delete does.
    store.delete(db, r.Person, reg.anna)
    assert store.count(db, r.Attendance) == store.count(db, r.ConsentRecord) == 0
    assert store.find(db, r.Task)[0].owner_person_id is None
    assert {a.responsible_person_id for a in store.find(db, r.Action)} == {None}


# --- power and interest -----------------------------------------------------------------


def test_assessments_are_validated(database: Database, reg: Register) -> None:
    with pytest.raises(ValidationError, match="power"):
        sh.assess(database, person_id=reg.anna, power=6, interest=3, on=DAY)
    with pytest.raises(ValidationError, match="interest"):
        sh.assess(database, person_id=reg.anna, power=3, interest=0, on=DAY)
    with pytest.raises(ValidationError, match="either a person or an organisation"):
        sh.assess(database, power=3, interest=3, on=DAY)
    with pytest.raises(ValidationError, match="either a person or an organisation"):
        sh.assess(
            database, person_id=reg.anna, organisation_id=reg.city_hall, power=3, interest=3, on=DAY
        )
    with pytest.raises(NotFoundError):
        sh.assess(database, person_id=999, power=3, interest=3, on=DAY)
    assert store.count(database, r.PowerInterestAssessment) == 0


def test_history_is_newest_first_and_the_matrix_shows_the_latest(
    database: Database, reg: Register
) -> None:
    db = database
    first = sh.assess(db, person_id=reg.anna, power=1, interest=5, on=date(2023, 1, 1))
    latest = sh.assess(db, person_id=reg.anna, power=4, interest=2, on=date(2024, 1, 1), note="x")
    middle = sh.assess(db, person_id=reg.anna, power=2, interest=2, on=date(2023, 6, 1))
    sh.assess(db, person_id=reg.jan, power=5, interest=5, on=date(2023, 1, 1))
    sh.assess(db, organisation_id=reg.university, power=3, interest=1, on=date(2023, 1, 1))
    history = sh.assessment_history(db, person_id=reg.anna)
    assert [a.id for a in history] == [latest.id, middle.id, first.id]
    assert latest.note == "x"
    points = sh.matrix_points(db, "person")
    assert [(p.id, p.power, p.interest) for p in points] == [(reg.anna, 4, 2), (reg.jan, 5, 5)]
    assert points[0].assessed_on == date(2024, 1, 1)
    assert points[0].sector is Sector.PUBLIC
    assert points[0].name == "Anna Nowak"
    assert [p.id for p in sh.matrix_points(db, "person", reg.local_group, on=DAY)] == [reg.anna]
    (university,) = sh.matrix_points(db, "organisation", reg.board, on=DAY)
    assert (university.kind, university.name, university.power) == (
        "organisation",
        "Politechnika Koszalińska",
        3,
    )
    assert sh.matrix_points(db, "organisation", reg.local_group, on=DAY) == []


@pytest.mark.parametrize(
    ("power", "interest", "expected"),
    [
        (3, 3, sh.Quadrant.MANAGE_CLOSELY),
        (5, 5, sh.Quadrant.MANAGE_CLOSELY),
        (3, 2, sh.Quadrant.KEEP_SATISFIED),
        (5, 1, sh.Quadrant.KEEP_SATISFIED),
        (2, 3, sh.Quadrant.KEEP_INFORMED),
        (1, 5, sh.Quadrant.KEEP_INFORMED),
        (2, 2, sh.Quadrant.MONITOR),
        (1, 1, sh.Quadrant.MONITOR),
    ],
)
def test_quadrants_at_the_borders(power: int, interest: int, expected: sh.Quadrant) -> None:
    assert sh.quadrant(power, interest) is expected


def test_quadrant_labels() -> None:
    assert sh.quadrant_label(sh.Quadrant.KEEP_INFORMED) == "Keep informed"
    assert len({sh.quadrant_label(q) for q in sh.Quadrant}) == 4


# --- consent ----------------------------------------------------------------------------


def test_consent_on_dates(database: Database, reg: Register) -> None:
    db = database
    photo = ConsentPurpose.PHOTO_PUBLICATION
    given = sh.give_consent(db, reg.anna, photo, date(2024, 1, 10), ConsentMethod.WRITTEN, "form 7")
    assert given.evidence == "form 7"
    assert given.withdrawn_on is None
    assert not sh.has_consent(db, reg.anna, photo, date(2024, 1, 9))
    assert sh.has_consent(db, reg.anna, photo, date(2024, 1, 10))
    assert not sh.has_consent(db, reg.anna, ConsentPurpose.NEWSLETTER, date(2024, 1, 10))
    assert not sh.has_consent(db, reg.zofia, photo, date(2024, 1, 10))
    withdrawn = sh.withdraw_consent(db, given.id, date(2024, 5, 1))  # type: ignore[arg-type]
    assert withdrawn.withdrawn_on == date(2024, 5, 1)
    assert sh.has_consent(db, reg.anna, photo, date(2024, 4, 30))
    assert not sh.has_consent(db, reg.anna, photo, date(2024, 5, 1))
    again = sh.give_consent(db, reg.anna, photo, date(2024, 7, 1), ConsentMethod.EMAIL)
    assert sh.has_consent(db, reg.anna, photo, date(2024, 7, 1))
    assert [c.id for c in sh.consents(db, reg.anna)] == [again.id, given.id]
    with pytest.raises(sh.ConsentError, match="already withdrawn"):
        sh.withdraw_consent(db, given.id, date(2024, 6, 1))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="withdrawn on is before given on"):
        sh.withdraw_consent(db, again.id, date(2024, 6, 1))  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        sh.withdraw_consent(db, 999, DAY)
    with pytest.raises(NotFoundError):
        sh.give_consent(db, 999, photo, DAY, ConsentMethod.EMAIL)
    with pytest.raises(NotFoundError):
        sh.consents(db, 999)


# --- the demo ---------------------------------------------------------------------------


def test_demo_local_group(database: Database) -> None:
    from lagdesk.core.stakeholders.composition import group_composition
    from lagdesk.demo import build_demo

    build_demo(database)
    (local,) = [node for node in sh.group_tree(database) if node.kind is GroupKind.LOCAL_GROUP]
    composition = group_composition(database, local.id)
    assert composition.total > 20
    assert sum(composition.by_sector.values()) == composition.total
    assert composition.by_gender[Gender.FEMALE] > 0
    assert composition.by_gender[Gender.MALE] > 0
    found = sh.person_rows(database, sh.person_ids(database, Filter(text="um.koszalin")))
    assert found
    assert all("um.koszalin" in row.email for row in found)
    with database.session() as session:
        employed = Counter(session.scalars(sa.select(m.Person.organisation_id)))
    organisations = sh.organisation_rows(database, sh.organisation_ids(database))
    assert {o.id: o.people for o in organisations} == {o.id: employed[o.id] for o in organisations}
    assert sum(o.people for o in organisations) > 0


def test_future_joiners_are_not_yet_members(database: Database, reg: Register) -> None:
    soon = date.today() + timedelta(days=30)
    sh.add_people_to_group(database, reg.board, [reg.ivan], soon)
    assert reg.ivan not in ids(database, membership=sh.Membership.ACTIVE)
    assert reg.ivan in ids(database, membership=sh.Membership.ACTIVE, on=soon)
    assert reg.ivan in ids(database, group_id=reg.board)
