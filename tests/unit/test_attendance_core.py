"""Attendance mode's core: the list, type-ahead matching, marking, walk-ins, counts."""

from __future__ import annotations

import random
import re
from datetime import datetime

import pytest

from lagdesk.core.meetings import attendance as att
from lagdesk.core.stakeholders.personal_data import erase_person
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import AttendanceStatus, Gender, MeetingType, Sector
from lagdesk.db.database import Database
from lagdesk.errors import NotFoundError, UserError, ValidationError

ATTENDED, INVITED = AttendanceStatus.ATTENDED, AttendanceStatus.INVITED
EXCUSED, NO_SHOW = AttendanceStatus.EXCUSED, AttendanceStatus.NO_SHOW


def meeting(database: Database, title: str = "Local group meeting 5") -> int:
    made = store.save(
        database,
        r.Meeting(
            type=MeetingType.LOCAL_GROUP_MEETING,
            title=title,
            starts_at=datetime(2024, 5, 14, 15, 0),
            timezone="Europe/Warsaw",
        ),
    )
    assert made.id is not None
    return made.id


def organisation(database: Database, name: str, sector: Sector) -> int:
    made = store.save(database, r.Organisation(name=name, sector=sector))
    assert made.id is not None
    return made.id


def person(
    database: Database,
    first: str,
    last: str,
    organisation_id: int | None = None,
    gender: Gender = Gender.UNKNOWN,
) -> int:
    made = store.save(
        database,
        r.Person(first_name=first, last_name=last, organisation_id=organisation_id, gender=gender),
    )
    assert made.id is not None
    return made.id


def invite(database: Database, meeting_id: int, *people: int) -> None:
    store.save_all(database, [r.Attendance(meeting_id=meeting_id, person_id=p) for p in people])


@pytest.fixture
def koszalin(database: Database) -> dict[str, int]:
    """A meeting with four invited people from three organisations (one without)."""
    ids = {"meeting": meeting(database)}
    ids["poli"] = organisation(database, "Politechnika Koszalińska", Sector.KNOWLEDGE)
    ids["city"] = organisation(database, "Urząd Miejski w Koszalinie", Sector.PUBLIC)
    ids["anna"] = person(database, "Anna", "Kowalska", ids["poli"], Gender.FEMALE)
    ids["lukasz"] = person(database, "Łukasz", "Żukowski", ids["city"], Gender.MALE)
    ids["jan"] = person(database, "Jan", "Kowalczyk", ids["city"], Gender.MALE)
    ids["ewa"] = person(database, "Ewa", "Ślusarczyk", None, Gender.FEMALE)
    invite(database, ids["meeting"], ids["anna"], ids["lukasz"], ids["jan"], ids["ewa"])
    return ids


def names(people: list[att.Invitee]) -> list[str]:
    return [p.name for p in people]


# -- the list and matching ----------------------------------------------------------------


def test_invitees_sorted_by_folded_last_name_with_organisation_and_sector(
    database: Database, koszalin: dict[str, int]
) -> None:
    people = att.invitees(database, koszalin["meeting"])
    # Ś sorts with S and Ż with Z, not after every ASCII letter.
    assert names(people) == ["Jan Kowalczyk", "Anna Kowalska", "Ewa Ślusarczyk", "Łukasz Żukowski"]
    anna = people[1]
    assert anna.organisation == "Politechnika Koszalińska"
    assert anna.sector is Sector.KNOWLEDGE
    assert anna.gender is Gender.FEMALE
    assert anna.status is INVITED
    assert not anna.is_walk_in
    ewa = people[2]
    assert (ewa.organisation, ewa.sector) == ("", None)


def test_invitees_of_an_empty_meeting_and_of_a_missing_one(database: Database) -> None:
    assert att.invitees(database, meeting(database)) == []
    with pytest.raises(NotFoundError):
        att.invitees(database, 999)


def test_matching_folds_case_and_accents_and_needs_every_word(
    database: Database, koszalin: dict[str, int]
) -> None:
    people = att.invitees(database, koszalin["meeting"])
    assert names(att.matching(people, "kow pol")) == ["Anna Kowalska"]
    assert names(att.matching(people, "KOW")) == ["Jan Kowalczyk", "Anna Kowalska"]
    assert names(att.matching(people, "lukasz")) == ["Łukasz Żukowski"]
    assert names(att.matching(people, "żuk")) == ["Łukasz Żukowski"]
    assert names(att.matching(people, "slus")) == ["Ewa Ślusarczyk"]
    # Words match at their start only: "alska" is inside Kowalska but starts no word.
    assert att.matching(people, "alska") == []
    # Organisation words count; the order of the typed words does not.
    assert names(att.matching(people, "urząd jan")) == ["Jan Kowalczyk"]
    assert names(att.matching(people, "koszal")) == [
        "Jan Kowalczyk",
        "Anna Kowalska",
        "Łukasz Żukowski",
    ]
    assert len(att.matching(people, "   ")) == 4
    assert att.matching(people, "kow xyz") == []


def test_matching_on_hand_made_invitees_with_punctuation() -> None:
    people = [
        att.invitee(person_id=1, first_name="Zofia", last_name="Kowalska-Nowak"),
        att.invitee(person_id=2, first_name="Seán", last_name="O'Brien", organisation="ESF+ Unit"),
    ]
    assert names(att.matching(people, "nowak")) == ["Zofia Kowalska-Nowak"]
    assert names(att.matching(people, "sean o'b")) == ["Seán O'Brien"]
    assert names(att.matching(people, "esf unit")) == ["Seán O'Brien"]


# -- statuses -----------------------------------------------------------------------------


def status_of(database: Database, meeting_id: int, person_id: int) -> AttendanceStatus | None:
    found = store.find(database, r.Attendance, meeting_id=meeting_id, person_id=person_id)
    return found[0].status if found else None


def test_set_status_returns_the_previous_one(database: Database, koszalin: dict[str, int]) -> None:
    meeting_id, anna = koszalin["meeting"], koszalin["anna"]
    assert att.set_status(database, meeting_id, anna, ATTENDED) is INVITED
    assert status_of(database, meeting_id, anna) is ATTENDED
    # Marking attended again changes nothing and says so.
    assert att.set_status(database, meeting_id, anna, ATTENDED) is ATTENDED
    assert att.set_status(database, meeting_id, anna, EXCUSED) is ATTENDED
    assert att.set_status(database, meeting_id, anna, INVITED) is EXCUSED
    assert status_of(database, meeting_id, anna) is INVITED


def test_set_status_for_someone_not_on_the_list_adds_them(
    database: Database, koszalin: dict[str, int]
) -> None:
    meeting_id = koszalin["meeting"]
    other = person(database, "Piotr", "Nowak")
    assert att.set_status(database, meeting_id, other, ATTENDED) is None
    row = store.find(database, r.Attendance, meeting_id=meeting_id, person_id=other)[0]
    assert (row.status, row.is_walk_in) == (ATTENDED, True)
    # None takes them off the list again (the undo of the above).
    assert att.set_status(database, meeting_id, other, None) is ATTENDED
    assert status_of(database, meeting_id, other) is None


def test_set_status_for_an_erased_person_says_so(
    database: Database, koszalin: dict[str, int]
) -> None:
    meeting_id, anna = koszalin["meeting"], koszalin["anna"]
    att.set_status(database, meeting_id, anna, ATTENDED)
    erase_person(database, anna)
    with pytest.raises(UserError) as raised:
        att.set_status(database, meeting_id, anna, EXCUSED)
    message = str(raised.value)
    assert "erased from the register" in message
    assert "anonymously" in message
    # The erase kept her in the count: anonymously, knowledge sector, female.
    assert att.anonymous_counts(database, meeting_id) == {(Sector.KNOWLEDGE, Gender.FEMALE): 1}


def test_set_status_for_a_missing_meeting(database: Database, koszalin: dict[str, int]) -> None:
    with pytest.raises(NotFoundError):
        att.set_status(database, 999, koszalin["anna"], ATTENDED)


# -- walk-ins -----------------------------------------------------------------------------


def test_split_name() -> None:
    assert att.split_name("  Anna   Maria Kowalska ") == ("Anna Maria", "Kowalska")
    assert att.split_name("Kowalska") == ("", "Kowalska")
    assert att.split_name("   ") == ("", "")


def test_walk_in_with_a_new_organisation_creates_both_once(
    database: Database, koszalin: dict[str, int]
) -> None:
    meeting_id = koszalin["meeting"]
    people_before = store.count(database, r.Person)
    first = att.add_walk_in(
        database, meeting_id, "Marta Wiśniewska", "Fundacja Pomorska", Sector.CIVIC
    )
    assert first.created_person
    assert first.created_organisation_id is not None
    assert first.previous_status is None
    stored = store.get(database, r.Person, first.person_id)
    assert (stored.first_name, stored.last_name) == ("Marta", "Wiśniewska")
    made = store.get(database, r.Organisation, first.created_organisation_id)
    assert (made.name, made.sector) == ("Fundacja Pomorska", Sector.CIVIC)
    assert stored.organisation_id == made.id
    row = store.find(database, r.Attendance, meeting_id=meeting_id, person_id=first.person_id)[0]
    assert (row.status, row.is_walk_in) == (ATTENDED, True)

    # The same person again, typed differently: found, not duplicated.
    other_meeting = meeting(database, "Workshop")
    again = att.add_walk_in(database, other_meeting, "marta wisniewska", "FUNDACJA pomorska")
    assert again.person_id == first.person_id
    assert not again.created_person
    assert again.created_organisation_id is None
    assert store.count(database, r.Person) == people_before + 1
    assert store.count(database, r.Organisation) == 3


def test_walk_in_finds_an_existing_organisation_by_folded_name(
    database: Database, koszalin: dict[str, int]
) -> None:
    walk_in = att.add_walk_in(
        database, koszalin["meeting"], "Tomasz Nowak", "politechnika koszalinska"
    )
    assert walk_in.created_organisation_id is None
    assert store.get(database, r.Person, walk_in.person_id).organisation_id == koszalin["poli"]
    people = att.invitees(database, koszalin["meeting"])
    nowak = next(p for p in people if p.person_id == walk_in.person_id)
    assert (nowak.organisation, nowak.sector, nowak.is_walk_in) == (
        "Politechnika Koszalińska",
        Sector.KNOWLEDGE,
        True,
    )


def test_walk_in_with_one_word_and_without_organisation(
    database: Database, koszalin: dict[str, int]
) -> None:
    walk_in = att.add_walk_in(database, koszalin["meeting"], "Zenon", "")
    stored = store.get(database, r.Person, walk_in.person_id)
    assert (stored.first_name, stored.last_name, stored.organisation_id) == ("", "Zenon", None)


def test_walk_in_refuses_an_empty_name_and_a_new_organisation_without_sector(
    database: Database, koszalin: dict[str, int]
) -> None:
    people, organisations = store.count(database, r.Person), store.count(database, r.Organisation)
    with pytest.raises(ValidationError) as empty:
        att.add_walk_in(database, koszalin["meeting"], "  ", "Politechnika Koszalińska")
    assert [p.key for p in empty.value.problems] == ["name"]
    with pytest.raises(ValidationError) as no_sector:
        att.add_walk_in(database, koszalin["meeting"], "Olga Lis", "Nowa Firma")
    assert [p.key for p in no_sector.value.problems] == ["sector"]
    assert "Nowa Firma" in str(no_sector.value)
    with pytest.raises(NotFoundError):
        att.add_walk_in(database, 999, "Olga Lis", "Nowa Firma", Sector.PRIVATE)
    # Nothing half-saved.
    assert store.count(database, r.Person) == people
    assert store.count(database, r.Organisation) == organisations


def test_walk_in_of_someone_already_invited_marks_them_attended(
    database: Database, koszalin: dict[str, int]
) -> None:
    meeting_id = koszalin["meeting"]
    walk_in = att.add_walk_in(database, meeting_id, "Anna Kowalska", "Politechnika Koszalińska")
    assert walk_in.person_id == koszalin["anna"]
    assert walk_in.previous_status is INVITED
    row = store.find(database, r.Attendance, meeting_id=meeting_id, person_id=koszalin["anna"])[0]
    assert (row.status, row.is_walk_in) == (ATTENDED, False)
    att.undo_walk_in(database, walk_in)
    assert status_of(database, meeting_id, koszalin["anna"]) is INVITED
    assert store.get(database, r.Person, koszalin["anna"]).last_name == "Kowalska"


def test_undo_walk_in_removes_exactly_what_was_created(
    database: Database, koszalin: dict[str, int]
) -> None:
    meeting_id = koszalin["meeting"]
    people, organisations = store.count(database, r.Person), store.count(database, r.Organisation)
    created = att.add_walk_in(database, meeting_id, "Marta Wiśniewska", "Fundacja", Sector.CIVIC)
    reused = att.add_walk_in(database, meeting_id, "Tomasz Nowak", "Politechnika Koszalińska")
    att.undo_walk_in(database, reused)
    assert store.count(database, r.Organisation) == organisations + 1
    assert status_of(database, meeting_id, reused.person_id) is None
    att.undo_walk_in(database, created)
    assert store.count(database, r.Person) == people
    assert store.count(database, r.Organisation) == organisations
    assert len(att.invitees(database, meeting_id)) == 4

    # An existing person reused as a walk-in stays in the register after undo.
    nowak = person(database, "Tomasz", "Nowak", koszalin["poli"])
    walk_in = att.add_walk_in(database, meeting_id, "Tomasz Nowak", "Politechnika Koszalińska")
    assert (walk_in.person_id, walk_in.created_person) == (nowak, False)
    att.undo_walk_in(database, walk_in)
    assert store.get(database, r.Person, nowak).last_name == "Nowak"
    assert status_of(database, meeting_id, nowak) is None


def test_organisations_by_folded_name(database: Database, koszalin: dict[str, int]) -> None:
    organisation(database, "Akademia", Sector.KNOWLEDGE)
    organisation(database, "Ździebło sp. z o.o.", Sector.PRIVATE)
    found = [item.name for item in att.organisations(database)]
    assert found == [
        "Akademia",
        "Politechnika Koszalińska",
        "Urząd Miejski w Koszalinie",
        "Ździebło sp. z o.o.",
    ]


# -- anonymous counts ---------------------------------------------------------------------


def test_anonymous_counts_with_and_without_a_sector(database: Database) -> None:
    meeting_id = meeting(database)
    assert att.anonymous_counts(database, meeting_id) == {}
    assert att.set_anonymous_count(database, meeting_id, Sector.CIVIC, Gender.FEMALE, 3) == 0
    assert att.set_anonymous_count(database, meeting_id, None, Gender.MALE, 2) == 0
    assert att.set_anonymous_count(database, meeting_id, None, Gender.MALE, 5) == 2
    assert att.set_anonymous_count(database, meeting_id, None, Gender.FEMALE, 1) == 0
    assert att.anonymous_counts(database, meeting_id) == {
        (Sector.CIVIC, Gender.FEMALE): 3,
        (None, Gender.MALE): 5,
        (None, Gender.FEMALE): 1,
    }
    # The NULL-sector cell is one row, updated in place.
    rows = store.find(database, r.AnonymousAttendance, meeting_id=meeting_id, sector=None)
    assert sorted((row.gender, row.count) for row in rows) == [
        (Gender.FEMALE, 1),
        (Gender.MALE, 5),
    ]
    # 0 removes the row.
    assert att.set_anonymous_count(database, meeting_id, None, Gender.MALE, 0) == 5
    assert att.anonymous_counts(database, meeting_id) == {
        (Sector.CIVIC, Gender.FEMALE): 3,
        (None, Gender.FEMALE): 1,
    }
    assert store.count(database, r.AnonymousAttendance) == 2


def test_anonymous_count_refuses_negative_and_missing_meeting(database: Database) -> None:
    meeting_id = meeting(database)
    with pytest.raises(ValidationError) as negative:
        att.set_anonymous_count(database, meeting_id, Sector.PUBLIC, Gender.MALE, -1)
    assert negative.value.problems[0].key == "count"
    with pytest.raises(NotFoundError):
        att.set_anonymous_count(database, 999, Sector.PUBLIC, Gender.MALE, 1)
    with pytest.raises(NotFoundError):
        att.anonymous_counts(database, 999)


# -- live counts --------------------------------------------------------------------------


def test_live_counts_on_hand_made_people() -> None:
    def one(
        pid: int,
        status: AttendanceStatus,
        sector: Sector | None,
        gender: Gender,
        walk_in: bool = False,
    ) -> att.Invitee:
        return att.invitee(
            person_id=pid,
            first_name="",
            last_name=f"P{pid}",
            sector=sector,
            gender=gender,
            status=status,
            is_walk_in=walk_in,
        )

    people = [
        one(1, ATTENDED, Sector.PUBLIC, Gender.FEMALE),
        one(2, ATTENDED, None, Gender.MALE),
        one(3, EXCUSED, Sector.PUBLIC, Gender.FEMALE),
        one(4, NO_SHOW, Sector.CIVIC, Gender.MALE),
        one(5, INVITED, Sector.CIVIC, Gender.MALE),
        one(6, ATTENDED, Sector.PRIVATE, Gender.NON_BINARY, walk_in=True),
    ]
    anonymous = {(Sector.CIVIC, Gender.FEMALE): 2, (None, Gender.UNKNOWN): 1}
    counts = att.live_counts(people, anonymous)
    assert counts.present == 3 + 3
    assert counts.invited == 5
    assert (counts.excused, counts.no_show, counts.walk_ins, counts.anonymous) == (1, 1, 1, 3)
    assert counts.by_sector == {
        Sector.PUBLIC: 1,
        Sector.PRIVATE: 1,
        Sector.CIVIC: 2,
        Sector.KNOWLEDGE: 0,
        None: 2,
    }
    assert counts.by_gender == {
        Gender.FEMALE: 3,
        Gender.MALE: 1,
        Gender.NON_BINARY: 1,
        Gender.PREFER_NOT_TO_SAY: 0,
        Gender.UNKNOWN: 1,
    }
    assert sum(counts.by_sector.values()) == counts.present == sum(counts.by_gender.values())


def test_live_counts_from_the_database(database: Database, koszalin: dict[str, int]) -> None:
    meeting_id = koszalin["meeting"]
    att.set_status(database, meeting_id, koszalin["anna"], ATTENDED)
    att.set_status(database, meeting_id, koszalin["jan"], EXCUSED)
    att.add_walk_in(database, meeting_id, "Marta Wiśniewska", "Fundacja", Sector.CIVIC)
    att.set_anonymous_count(database, meeting_id, None, Gender.UNKNOWN, 4)
    counts = att.live_counts(
        att.invitees(database, meeting_id), att.anonymous_counts(database, meeting_id)
    )
    assert (counts.present, counts.invited, counts.excused, counts.walk_ins) == (6, 4, 1, 1)
    assert counts.by_sector[Sector.KNOWLEDGE] == 1
    assert counts.by_sector[Sector.CIVIC] == 1
    assert counts.by_sector[None] == 4


def test_search_pattern_keeps_exactly_what_matching_keeps() -> None:
    """The C++ filter of the panel uses the pattern; it must agree with ``matching``."""
    rng = random.Random(7)
    first_names = ["Anna", "Łukasz", "Żaneta", "Jan", "Seán", "Zofia", "Ewa"]
    last_names = ["Kowalska", "Kowalczyk", "Żukowski", "Ślusarczyk", "O'Brien", "Nowak-Lis"]
    organisations = ["", "Politechnika Koszalińska", "Urząd Miejski", "ESF+ Unit", "Fundacja 21"]
    people = [
        att.invitee(
            person_id=n,
            first_name=rng.choice(first_names),
            last_name=rng.choice(last_names),
            organisation=rng.choice(organisations),
        )
        for n in range(60)
    ]
    texts = ["", "k", "kow", "KOW pol", "żuk", "zuk", "o'b", "nowak lis", "21", "u", "x", "  an  "]
    texts += [
        "".join(rng.choice("akzlnoóuś ") for _ in range(rng.randint(1, 5))) for _ in range(40)
    ]
    for text in texts:
        pattern = re.compile(att.search_pattern(text))
        by_pattern = [p.person_id for p in people if pattern.search(p.search_key)]
        assert by_pattern == [p.person_id for p in att.matching(people, text)], text
    assert att.search_pattern("") == ""
    assert att.search_pattern("Kow  Pol") == "^(?=.* kow)(?=.* pol)"
