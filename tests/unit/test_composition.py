"""Composition of a group by sector and gender, and the warnings about it."""

from datetime import date

import pytest

from lagdesk.core.stakeholders.composition import (
    Composition,
    composition_warnings,
    group_composition,
)
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import Gender, GroupKind, Sector
from lagdesk.db.database import Database
from lagdesk.errors import NotFoundError

DAY = date(2024, 6, 1)
F, M, X, P, U = (
    Gender.FEMALE,
    Gender.MALE,
    Gender.NON_BINARY,
    Gender.PREFER_NOT_TO_SAY,
    Gender.UNKNOWN,
)


class City:
    """A small register written in one transaction: organisations per sector, groups."""

    def __init__(self, database: Database) -> None:
        self.db = database
        with database.session() as session:
            self.organisation = {
                sector: store.write(session, r.Organisation(name=sector.value, sector=sector)).id
                for sector in Sector
            }
            self.group = store.write(
                session, r.StakeholderGroup(name="ULG", kind=GroupKind.LOCAL_GROUP)
            ).id
            self.subgroup = store.write(
                session, r.StakeholderGroup(name="WG", parent_id=self.group)
            ).id

    def people(
        self,
        sector: Sector | None,
        *genders: Gender,
        group: int | None = None,
        joined: date | None = None,
        left: date | None = None,
    ) -> list[int]:
        made = []
        with self.db.session() as session:
            for gender in genders:
                organisation = self.organisation[sector] if sector else None
                person = store.write(
                    session, r.Person(last_name="P", gender=gender, organisation_id=organisation)
                )
                membership = r.GroupMembership(
                    group_id=group or self.group,
                    person_id=person.id,
                    joined_on=joined,
                    left_on=left,
                )
                store.write(session, membership)
                made.append(person.id)
        return made  # type: ignore[return-value]

    def organisation_member(self, sector: Sector) -> None:
        membership = r.GroupMembership(
            group_id=self.group, organisation_id=self.organisation[sector]
        )
        store.save(self.db, membership)

    def composition(self, on: date = DAY) -> Composition:
        return group_composition(self.db, self.group, on)  # type: ignore[arg-type]


@pytest.fixture
def city(database: Database) -> City:
    return City(database)


def test_counts_by_sector_and_gender_with_subgroups(city: City) -> None:
    city.people(Sector.PUBLIC, F, F, M)
    city.people(Sector.CIVIC, F, X, group=city.subgroup)
    city.people(None, U)  # no organisation: sector None
    city.people(Sector.PRIVATE, M, left=date(2024, 1, 1))  # former member
    city.people(Sector.KNOWLEDGE, M, joined=date(2024, 7, 1))  # joins later
    both = city.people(Sector.PUBLIC, P)
    store.save(city.db, r.GroupMembership(group_id=city.subgroup, person_id=both[0]))
    c = city.composition()
    assert c.total == 7
    assert c.by_sector == {
        Sector.PUBLIC: 4,
        Sector.PRIVATE: 0,
        Sector.CIVIC: 2,
        Sector.KNOWLEDGE: 0,
        None: 1,
    }
    assert c.by_gender == {F: 3, M: 1, X: 1, P: 1, U: 1}
    assert c.by_sector_gender[Sector.PUBLIC, F] == 2
    assert c.by_sector_gender[Sector.PUBLIC, P] == 1
    assert c.by_sector_gender[Sector.CIVIC, X] == 1
    assert c.by_sector_gender[None, U] == 1
    assert c.by_sector_gender[Sector.PRIVATE, M] == 0
    assert sum(c.by_sector_gender.values()) == c.total
    assert c.known_gender == 5
    assert c.share_of_sector(Sector.PUBLIC) == pytest.approx(4 / 7)
    assert c.share_of_gender(F) == pytest.approx(3 / 7)
    assert c.share_of_known_gender(F) == pytest.approx(3 / 5)
    assert c.share_of_known_gender(U) == 0.0
    later = city.composition(on=date(2024, 7, 1))
    assert later.total == 8
    assert later.by_sector[Sector.KNOWLEDGE] == 1
    assert city.composition(on=date(2023, 12, 31)).by_sector[Sector.PRIVATE] == 1


def test_a_subgroup_alone(city: City) -> None:
    city.people(Sector.PUBLIC, F, F)
    city.people(Sector.CIVIC, M, group=city.subgroup)
    c = group_composition(city.db, city.subgroup, DAY)  # type: ignore[arg-type]
    assert c.total == 1
    assert c.by_sector == {
        Sector.PUBLIC: 0,
        Sector.PRIVATE: 0,
        Sector.CIVIC: 1,
        Sector.KNOWLEDGE: 0,
    }


def test_organisation_members_count_for_their_sector_only(city: City) -> None:
    city.people(Sector.PUBLIC, F, F, F, M, M)
    city.organisation_member(Sector.CIVIC)
    city.organisation_member(Sector.KNOWLEDGE)
    c = city.composition()
    assert c.total == 5
    assert c.by_sector[Sector.CIVIC] == 0
    assert c.organisations_by_sector == {
        Sector.PUBLIC: 0,
        Sector.PRIVATE: 0,
        Sector.CIVIC: 1,
        Sector.KNOWLEDGE: 1,
    }
    assert c.warnings == ["No one from the private sector."]


def test_missing_sectors_are_named(city: City) -> None:
    city.people(Sector.PUBLIC, F, M)
    city.people(Sector.KNOWLEDGE, F)
    assert city.composition().warnings == [
        "No one from the private sector.",
        "No one from the civic sector.",
    ]


def _all_sectors(city: City) -> None:
    for sector in Sector:
        city.people(sector, U)


def test_women_under_forty_percent(city: City) -> None:
    _all_sectors(city)
    city.people(Sector.PUBLIC, F, M, M, M, M)
    assert city.composition().warnings == [
        "Women are 20 % of the members whose gender is known (less than 40 %)."
    ]


def test_men_under_forty_percent_with_non_binary_members(city: City) -> None:
    _all_sectors(city)
    city.people(Sector.CIVIC, M, M, F, F, F, F, X, X)
    city.people(Sector.CIVIC, P, P, P)  # prefer not to say: not in the base
    assert city.composition().warnings == [
        "Men are 25 % of the members whose gender is known (less than 40 %)."
    ]


def test_share_just_under_the_threshold_is_rounded_down(city: City) -> None:
    _all_sectors(city)
    city.people(Sector.PUBLIC, *([F] * 39 + [M] * 61))
    city.people(Sector.PUBLIC, X)  # 39 of 101 known: 38.6 %
    assert city.composition().warnings == [
        "Women are 38 % of the members whose gender is known (less than 40 %)."
    ]


def test_forty_percent_is_balanced(city: City) -> None:
    _all_sectors(city)
    city.people(Sector.PUBLIC, F, F, M, M, M)
    assert city.composition().warnings == []


def test_no_balance_warning_below_five_known_genders(city: City) -> None:
    _all_sectors(city)
    city.people(Sector.PUBLIC, M, M, M, M)  # four men, no women: too few to judge
    city.people(Sector.PUBLIC, U, P, U)
    c = city.composition()
    assert c.known_gender == 4
    assert c.warnings == []


def test_an_empty_group(city: City) -> None:
    c = city.composition()
    assert c.total == 0
    assert c.share_of_sector(Sector.PUBLIC) == 0.0
    assert c.share_of_known_gender(F) == 0.0
    assert c.warnings == ["The group has no active members."]


def test_warnings_from_a_composition_built_by_hand() -> None:
    c = Composition(
        total=10,
        by_sector_gender={},
        by_sector={Sector.PUBLIC: 5, Sector.PRIVATE: 5, Sector.CIVIC: 0, Sector.KNOWLEDGE: 0},
        by_gender={F: 3, M: 7},
        warnings=[],
    )
    assert composition_warnings(c) == [
        "No one from the civic sector.",
        "No one from the knowledge sector.",
        "Women are 30 % of the members whose gender is known (less than 40 %).",
    ]


def test_unknown_group(database: Database) -> None:
    with pytest.raises(NotFoundError):
        group_composition(database, 999)
