"""The large demo's stakeholders: organisations, people, groups, consents, mapping."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from lagdesk.db.codes import ConsentMethod, ConsentPurpose, Gender, GroupKind, MemberRole, Sector
from lagdesk.db.models import (
    ConsentRecord,
    GroupMembership,
    Organisation,
    Person,
    PowerInterestAssessment,
    StakeholderGroup,
)
from lagdesk.demo import large_text as text
from lagdesk.demo.bulk import Row, insert_rows, next_id
from lagdesk.demo.names import (
    FOREIGN_NAMES,
    POLISH_ADJECTIVAL_SURNAMES,
    POLISH_FEMALE,
    POLISH_INVARIANT_SURNAMES,
    POLISH_MALE,
    email_local_part,
    surname_for,
)

if TYPE_CHECKING:
    from lagdesk.demo.large import LargeContext

CALLING_CODES = {"PL": 48, "PT": 351, "HR": 385, "IT": 39, "RO": 40, "SE": 46, "HU": 36,
                 "BA": 387, "ES": 34, "LV": 371}  # fmt: skip
GENDERS = (Gender.FEMALE, Gender.MALE, Gender.UNKNOWN, Gender.PREFER_NOT_TO_SAY, Gender.NON_BINARY)
GENDER_WEIGHTS = (52, 42, 4, 1.5, 0.5)
SECTORS = (Sector.PUBLIC, Sector.PRIVATE, Sector.CIVIC, Sector.KNOWLEDGE)
SECTOR_WEIGHTS = (25, 35, 28, 12)
ROLES = tuple(MemberRole)
ROLE_WEIGHTS = (80, 4, 4, 7, 5)


def _surnames(country: str) -> tuple[str, ...]:
    if country == "PL":
        return POLISH_ADJECTIVAL_SURNAMES + POLISH_INVARIANT_SURNAMES
    return FOREIGN_NAMES[country][2]


def _first_names(country: str, female: bool) -> tuple[str, ...]:
    if country == "PL":
        return POLISH_FEMALE if female else POLISH_MALE
    return FOREIGN_NAMES[country][0 if female else 1]


def add_organisations(context: LargeContext) -> None:
    rng, n = context.rng, context.counts["organisation"]
    cities = rng.choices(range(len(text.CITIES)), text.CITY_WEIGHTS, k=n)
    sectors = rng.choices(SECTORS, SECTOR_WEIGHTS, k=n)
    rows: list[Row] = []
    for offset, organisation_id in enumerate(context.ids("organisation")):
        city, country, _zone = text.CITIES[cities[offset]]
        sector = sectors[offset]
        name = rng.choice(text.ORGANISATION_PATTERNS[sector]).format(
            city=city, surname=rng.choice(_surnames(country)), n=rng.randint(1, 40)
        )
        rows.append(
            {
                "id": organisation_id,
                "name": name,
                "sector": sector,
                "subtype": rng.choice(text.SUBTYPES[sector]),
                "city": city,
                "country": country,
                "website": f"https://org{organisation_id}.example",
                "email": f"office@org{organisation_id}.example",
                "phone": "",
            }
        )
    context.organisation_city = cities
    insert_rows(context.session, Organisation, rows)


def add_people(context: LargeContext) -> None:
    rng, n = context.rng, context.counts["person"]
    organisation_ids = list(context.ids("organisation"))
    by_city: dict[int, list[int]] = {}
    for organisation_id, city in zip(organisation_ids, context.organisation_city, strict=True):
        by_city.setdefault(city, []).append(organisation_id)
    cities = rng.choices(range(len(text.CITIES)), text.CITY_WEIGHTS, k=n)
    genders = rng.choices(GENDERS, GENDER_WEIGHTS, k=n)
    rows: list[Row] = []
    for offset, person_id in enumerate(context.ids("person")):
        city = cities[offset]
        country = text.CITIES[city][1]
        female = genders[offset] == Gender.FEMALE or (
            genders[offset] != Gender.MALE and rng.random() < 0.5
        )
        first_name = rng.choice(_first_names(country, female))
        last_name = surname_for(country, rng.choice(_surnames(country)), female)
        local = by_city.get(city) or organisation_ids
        employer_id = rng.choice(local) if rng.random() < 0.92 else None
        phone = ""
        if rng.random() < 0.8:
            phone = f"+{CALLING_CODES[country]} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        rows.append(
            {
                "id": person_id,
                "first_name": first_name,
                "last_name": last_name,
                "organisation_id": employer_id,
                "gender": genders[offset],
                "role": rng.choice(text.ROLES),
                "email": f"{email_local_part(first_name, last_name)}.{person_id}@example.org",
                "phone": phone,
            }
        )
    insert_rows(context.session, Person, rows)


def add_groups(context: LargeContext) -> None:
    rng, n = context.rng, context.counts["stakeholder_group"]
    group_ids = list(context.ids("stakeholder_group"))
    local_count = max(1, min(len(text.CITIES), n // 10))
    working_groups: list[int] = []
    rows: list[Row] = []
    for offset, group_id in enumerate(group_ids):
        parent: int | None = None
        if offset < local_count:
            kind, name = GroupKind.LOCAL_GROUP, f"Local group {text.CITIES[offset][0]}"
        else:
            kind = rng.choices(
                (GroupKind.WORKING_GROUP, GroupKind.STEERING_BOARD, GroupKind.MAILING),
                (75, 10, 15),
            )[0]
            topic = rng.choice(text.TOPICS)
            # Under a local group; now and then a working group nests under another one.
            if working_groups and rng.random() < 0.15:
                parent = rng.choice(working_groups)
            else:
                parent = group_ids[rng.randrange(local_count)]
            if kind == GroupKind.MAILING:
                parent, name = None, f"Mailing list: {topic} ({offset})"
            elif kind == GroupKind.STEERING_BOARD:
                name = f"Steering board {offset}"
            else:
                name = f"Working group: {topic} ({offset})"
                working_groups.append(group_id)
        rows.append(
            {"id": group_id, "name": name, "kind": kind, "parent_id": parent, "description": ""}
        )
    insert_rows(context.session, StakeholderGroup, rows)
    membership_id = next_id(context.session, GroupMembership)
    memberships: list[Row] = []
    for person_id in context.ids("person"):
        size = min(n, rng.choices((0, 1, 2, 3, 4), (10, 30, 30, 20, 10))[0])
        for group_id in rng.sample(group_ids, size):
            joined = context.random_day()
            left = context.random_day(joined) if rng.random() < 0.12 else None
            memberships.append(
                {
                    "id": membership_id,
                    "group_id": group_id,
                    "person_id": person_id,
                    "organisation_id": None,
                    "role": rng.choices(ROLES, ROLE_WEIGHTS)[0],
                    "joined_on": joined,
                    "left_on": left,
                }
            )
            membership_id += 1
    for organisation_id in context.ids("organisation"):
        if rng.random() < 0.05:
            memberships.append(
                {
                    "id": membership_id,
                    "group_id": group_ids[rng.randrange(local_count)],
                    "person_id": None,
                    "organisation_id": organisation_id,
                    "role": MemberRole.MEMBER,
                    "joined_on": context.random_day(),
                    "left_on": None,
                }
            )
            membership_id += 1
    insert_rows(context.session, GroupMembership, memberships)


def add_consents_and_assessments(context: LargeContext) -> None:
    rng = context.rng
    purposes = (
        (ConsentPurpose.LOCAL_GROUP_MEMBERSHIP, 0.7),
        (ConsentPurpose.PHOTO_PUBLICATION, 0.4),
        (ConsentPurpose.CONTACT_SHARING, 0.3),
        (ConsentPurpose.NEWSLETTER, 0.35),
    )
    methods = tuple(ConsentMethod)
    consent_id = next_id(context.session, ConsentRecord)
    consents: list[Row] = []
    assessment_id = next_id(context.session, PowerInterestAssessment)
    assessments: list[Row] = []

    def assess(person_id: int | None, organisation_id: int | None, on: date) -> None:
        nonlocal assessment_id
        assessments.append(
            {
                "id": assessment_id,
                "person_id": person_id,
                "organisation_id": organisation_id,
                "power": rng.randint(1, 5),
                "interest": rng.randint(1, 5),
                "assessed_on": on,
                "note": "",
            }
        )
        assessment_id += 1

    for person_id in context.ids("person"):
        for purpose, share in purposes:
            if rng.random() < share:
                given = context.random_day()
                withdrawn = context.random_day(given) if rng.random() < 0.08 else None
                consents.append(
                    {
                        "id": consent_id,
                        "person_id": person_id,
                        "purpose": purpose,
                        "given_on": given,
                        "method": rng.choice(methods),
                        "evidence": "",
                        "withdrawn_on": withdrawn,
                    }
                )
                consent_id += 1
        first = context.random_day(before=date(2024, 12, 31))
        assess(person_id, None, first)
        if rng.random() < 0.5:
            assess(person_id, None, context.random_day(first + timedelta(days=1)))
    for organisation_id in context.ids("organisation"):
        if rng.random() < 0.2:
            assess(None, organisation_id, context.random_day())
    insert_rows(context.session, ConsentRecord, consents)
    insert_rows(context.session, PowerInterestAssessment, assessments)
