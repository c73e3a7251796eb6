"""Groups and who is in them: the group tree, memberships over time, and the make-up of a
group by sector and gender that the plan's participatory-process chapter reports.

A membership is *active* on a day when it has started (``joined_on`` empty or on/before the
day) and has not ended (``left_on`` empty or after the day): on the day someone leaves, they
are no longer a member. A group's members include those of its subgroups wherever a group
is counted (tree counts, composition, filters); ``group_members`` lists one group's own.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db import models as m
from lagdesk.db.codes import Gender, GroupKind, MemberRole, Sector
from lagdesk.db.database import Database
from lagdesk.errors import NotFoundError
from lagdesk.i18n import QT_TRANSLATE_NOOP, translate

Kind = Literal["person", "organisation"]
#: Genders that count in the balance; "prefer not to say" and "unknown" do not.
KNOWN_GENDERS = (Gender.FEMALE, Gender.MALE, Gender.NON_BINARY)
#: Women or men below this share of the members with a known gender raise a warning.
BALANCE_THRESHOLD = 0.4
#: Fewer members with a known gender than this raise no balance warning.
MIN_KNOWN_GENDER = 5


class Membership(StrEnum):
    """Membership status on a day, in any group (or in a filter's group and subgroups).

    Active: a membership active on the day. Former: none active, at least one ended on or
    before the day. Never: no membership started by the day (future-only members too).
    """

    ACTIVE = "active"
    FORMER = "former"
    NEVER = "never"


# --- SQL building blocks, shared with the stakeholder register -------------------------


def started_by(on: date) -> sa.ColumnElement[bool]:
    joined = m.GroupMembership.joined_on
    return sa.or_(joined.is_(None), joined <= on)


def active_on(on: date) -> sa.ColumnElement[bool]:
    left = m.GroupMembership.left_on
    return sa.and_(started_by(on), sa.or_(left.is_(None), left > on))


def subgroups(group_id: int) -> sa.CTE:
    """Ids of the group and all groups below it (UNION stops at a loop of parents)."""
    group = m.StakeholderGroup
    tree = sa.select(group.id).where(group.id == group_id).cte("subgroups", recursive=True)
    return tree.union(sa.select(group.id).where(group.parent_id == tree.c.id))


def has_membership(kind: Kind, *conditions: sa.ColumnElement[bool]) -> sa.ColumnElement[bool]:
    """The person (or organisation, itself or through its people) has such a membership."""
    membership, person = m.GroupMembership, m.Person
    if kind == "person":
        return sa.exists().where(membership.person_id == person.id, *conditions)
    direct = sa.exists().where(membership.organisation_id == m.Organisation.id, *conditions)
    via_people = sa.exists().where(
        membership.person_id == person.id,
        person.organisation_id == m.Organisation.id,
        *conditions,
    )
    return sa.or_(direct, via_people)


def membership_conditions(
    kind: Kind, group_id: int | None, status: Membership | None, on: date
) -> list[sa.ColumnElement[bool]]:
    """WHERE conditions: in the group (any time) and/or with that status on ``on``."""
    scope = []
    if group_id is not None:
        scope.append(m.GroupMembership.group_id.in_(sa.select(subgroups(group_id).c.id)))
    if status is None:
        return [has_membership(kind, *scope)] if scope else []
    if status == Membership.ACTIVE:
        return [has_membership(kind, *scope, active_on(on))]
    if status == Membership.FORMER:
        return [
            ~has_membership(kind, *scope, active_on(on)),
            has_membership(kind, *scope, m.GroupMembership.left_on <= on),
        ]
    return [~has_membership(kind, *scope, started_by(on))]


def require(session: Session, model: Any, record_id: int | None, what: str) -> None:
    if record_id is None or session.get(model, record_id) is None:
        raise NotFoundError(what, record_id)


# --- the tree and the members -------------------------------------------------------------


@dataclass(frozen=True)
class GroupNode:
    """A group and its subgroups; ``members_active`` counts distinct people and member
    organisations active on the day asked (today) in the group or any of its subgroups."""

    id: int
    name: str
    kind: GroupKind
    parent_id: int | None
    members_active: int
    children: tuple[GroupNode, ...]


def group_tree(database: Database, on: date | None = None) -> list[GroupNode]:
    """Top-level groups with their subgroups, each level sorted by name.

    A loop of parents (which the schema cannot forbid) is broken at its first group by name.
    """
    group, membership = m.StakeholderGroup, m.GroupMembership
    # (group, group or subgroup) pairs; UNION stops at a loop of parents.
    below = sa.select(group.id.label("top"), group.id.label("sub")).cte("below", recursive=True)
    below = below.union(sa.select(below.c.top, group.id).where(group.parent_id == below.c.sub))
    people = sa.func.count(membership.person_id.distinct())
    counts = (
        sa.select(below.c.top, people + sa.func.count(membership.organisation_id.distinct()))
        .join(membership, membership.group_id == below.c.sub)
        .where(active_on(on or date.today()))
        .group_by(below.c.top)
    )
    with database.reading() as session:
        groups = session.execute(sa.select(group.id, group.name, group.kind, group.parent_id)).all()
        members = {group_id: int(count) for group_id, count in session.execute(counts)}
    groups = sorted(groups, key=lambda row: (row.name.casefold(), row.id))
    known = {row.id for row in groups}
    children: dict[int, list[Any]] = defaultdict(list)
    for row in groups:
        if row.parent_id in known:
            children[row.parent_id].append(row)
    placed: set[int] = set()

    def build(row: Any) -> GroupNode:
        placed.add(row.id)
        nodes = tuple(build(child) for child in children[row.id] if child.id not in placed)
        return GroupNode(row.id, row.name, row.kind, row.parent_id, members.get(row.id, 0), nodes)

    roots = [build(row) for row in groups if row.parent_id not in known]
    return roots + [build(row) for row in groups if row.id not in placed]


@dataclass(frozen=True)
class MemberRow:
    """One membership of a group: a person, or an organisation as a member in its own right
    (then ``name`` and ``organisation`` are both its name)."""

    membership_id: int
    person_id: int | None
    organisation_id: int | None
    name: str
    organisation: str
    sector: Sector | None
    role: MemberRole
    joined_on: date | None
    left_on: date | None


def group_members(
    database: Database, group_id: int, include_former: bool = True, on: date | None = None
) -> list[MemberRow]:
    """The group's own memberships (not its subgroups'), active ones first, then by name;
    ``include_former=False`` keeps those active on ``on`` (today by default)."""
    membership, person = m.GroupMembership, m.Person
    employer, member = aliased(m.Organisation), aliased(m.Organisation)
    full_name = sa.func.trim(person.first_name + " " + person.last_name)
    query = (
        sa.select(
            membership.id,
            membership.person_id,
            membership.organisation_id,
            sa.func.coalesce(full_name, member.name, ""),
            sa.func.coalesce(employer.name, member.name, ""),
            sa.func.coalesce(employer.sector, member.sector),
            membership.role,
            membership.joined_on,
            membership.left_on,
        )
        .outerjoin(person, membership.person_id == person.id)
        .outerjoin(employer, person.organisation_id == employer.id)
        .outerjoin(member, membership.organisation_id == member.id)
        .where(membership.group_id == group_id)
    )
    day = on or date.today()
    if not include_former:
        query = query.where(active_on(day))
    with database.reading() as session:
        require(session, m.StakeholderGroup, group_id, translate("Stakeholders", "group"))
        rows = [MemberRow(*row) for row in session.execute(query)]

    def current(row: MemberRow) -> bool:
        started = row.joined_on is None or row.joined_on <= day
        return started and (row.left_on is None or row.left_on > day)

    return sorted(rows, key=lambda row: (not current(row), row.name.casefold(), row.membership_id))


def add_people_to_group(
    database: Database,
    group_id: int,
    person_ids: Sequence[int],
    joined_on: date | None,
    role: MemberRole = MemberRole.MEMBER,
) -> list[int]:
    """Add people to a group in one transaction; returns the new membership ids.

    People with an open membership of this group (not ended by today, including one that
    starts later) are skipped, so adding the same people twice changes nothing.
    """
    wanted = list(dict.fromkeys(person_ids))
    membership, person = m.GroupMembership, m.Person
    today = date.today()
    with database.session() as session:
        require(session, m.StakeholderGroup, group_id, translate("Stakeholders", "group"))
        known = set(session.scalars(sa.select(person.id).where(person.id.in_(wanted))))
        open_now = sa.or_(membership.left_on.is_(None), membership.left_on > today)
        members = set(
            session.scalars(
                sa.select(membership.person_id).where(
                    membership.group_id == group_id, membership.person_id.in_(wanted), open_now
                )
            )
        )
        missing = [person_id for person_id in wanted if person_id not in known]
        if missing:
            raise NotFoundError(translate("Stakeholders", "person"), missing[0])
        added = [
            store.write(
                session,
                r.GroupMembership(group_id=group_id, person_id=pid, role=role, joined_on=joined_on),
            ).id
            for pid in wanted
            if pid not in members
        ]
    return [membership_id for membership_id in added if membership_id is not None]


def end_membership(database: Database, membership_id: int, left_on: date) -> None:
    """Set the day a membership ends (a later call corrects it)."""
    with database.session() as session:
        row = session.get(m.GroupMembership, membership_id)
        if row is None:
            raise NotFoundError(translate("Stakeholders", "membership"), membership_id)
        record = store.to_record(r.GroupMembership, row)
        record.left_on = left_on
        store.write(session, record)


# --- composition ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Composition:
    """Active members of a group (subgroups included) on a day, by sector and gender.

    Counts are people; ``sector`` is their organisation's (None: no organisation). An
    organisation that is a member in its own right has no gender and may stand for any
    number of people, so it is not in ``total`` or the people counts: it is counted in
    ``organisations_by_sector`` and is enough for its sector not to be reported missing.
    The dictionaries hold every sector and gender, zero included.
    """

    total: int
    by_sector_gender: dict[tuple[Sector | None, Gender], int]
    by_sector: dict[Sector | None, int]
    by_gender: dict[Gender, int]
    warnings: list[str]
    organisations_by_sector: dict[Sector, int] = field(default_factory=dict)

    @property
    def known_gender(self) -> int:
        """Members whose gender is female, male or non-binary."""
        return sum(self.by_gender.get(gender, 0) for gender in KNOWN_GENDERS)

    def share_of_sector(self, sector: Sector | None) -> float:
        return self.by_sector.get(sector, 0) / self.total if self.total else 0.0

    def share_of_gender(self, gender: Gender) -> float:
        return self.by_gender.get(gender, 0) / self.total if self.total else 0.0

    def share_of_known_gender(self, gender: Gender) -> float:
        """Share among members with a known gender (0 for unknown and prefer not to say)."""
        if gender not in KNOWN_GENDERS or not self.known_gender:
            return 0.0
        return self.by_gender.get(gender, 0) / self.known_gender


def group_composition(database: Database, group_id: int, on: date | None = None) -> Composition:
    """The composition of the group's active members on ``on`` (today by default)."""
    membership, person, organisation = m.GroupMembership, m.Person, m.Organisation
    day = on or date.today()

    def members_of_group() -> list[sa.ColumnElement[bool]]:
        return [membership.group_id.in_(sa.select(subgroups(group_id).c.id)), active_on(day)]

    people = (
        sa.select(person.id, person.gender, organisation.sector)
        .distinct()
        .join(membership, membership.person_id == person.id)
        .outerjoin(organisation, person.organisation_id == organisation.id)
        .where(*members_of_group())
    )
    organisations = (
        sa.select(organisation.id, organisation.sector)
        .distinct()
        .join(membership, membership.organisation_id == organisation.id)
        .where(*members_of_group())
    )
    with database.reading() as session:
        require(session, m.StakeholderGroup, group_id, translate("Stakeholders", "group"))
        rows = session.execute(people).all()
        member_organisations = session.execute(organisations).all()
    sectors: list[Sector | None] = list(Sector)
    if any(sector is None for _, _, sector in rows):
        sectors.append(None)
    grid = {(sector, gender): 0 for sector in sectors for gender in Gender}
    for _, gender, sector in rows:
        grid[sector, gender] += 1
    by_organisation_sector = {
        s: sum(row.sector == s for row in member_organisations) for s in Sector
    }
    composition = Composition(
        total=len(rows),
        by_sector_gender=grid,
        by_sector={s: sum(grid[s, g] for g in Gender) for s in sectors},
        by_gender={g: sum(grid[s, g] for s in sectors) for g in Gender},
        warnings=[],
        organisations_by_sector=by_organisation_sector,
    )
    return replace(composition, warnings=composition_warnings(composition))


# The sector as the warning's sentence needs it (its own entry, so that a language can
# decline it; the code labels are also shared with other codes of the same value).
_SECTOR_IN_SENTENCE = {
    Sector.PUBLIC: QT_TRANSLATE_NOOP("Composition", "public"),
    Sector.PRIVATE: QT_TRANSLATE_NOOP("Composition", "private"),
    Sector.CIVIC: QT_TRANSLATE_NOOP("Composition", "civic"),
    Sector.KNOWLEDGE: QT_TRANSLATE_NOOP("Composition", "knowledge"),
}
_BALANCE = {
    Gender.FEMALE: QT_TRANSLATE_NOOP(
        "Composition",
        "Women are {percent} % of the members whose gender is known (less than {threshold} %).",
    ),
    Gender.MALE: QT_TRANSLATE_NOOP(
        "Composition",
        "Men are {percent} % of the members whose gender is known (less than {threshold} %).",
    ),
}


def composition_warnings(composition: Composition) -> list[str]:
    """What the coordinator should look at: a sector nobody represents, a gender imbalance.

    Balance is the share of women and of men among members whose gender is known (female,
    male, non-binary); "prefer not to say" and "unknown" count for neither side. It is not
    judged below five such members: there one person more or less moves a share by 20
    points or more, so a warning would speak of the group's size, not of its balance.
    Percentages are rounded down, so a share just under the threshold never reads as 40 %.
    """
    if not composition.total and not any(composition.organisations_by_sector.values()):
        return [translate("Composition", "The group has no active members.")]
    found = []
    for sector in Sector:
        represented = composition.by_sector.get(sector, 0)
        represented += composition.organisations_by_sector.get(sector, 0)
        if not represented:
            text = translate("Composition", "No one from the {sector} sector.")
            found.append(text.format(sector=translate("Composition", _SECTOR_IN_SENTENCE[sector])))
    if composition.known_gender >= MIN_KNOWN_GENDER:
        for gender, text in _BALANCE.items():
            share = composition.share_of_known_gender(gender)
            if share < BALANCE_THRESHOLD:
                percent, threshold = math.floor(share * 100 + 1e-9), round(BALANCE_THRESHOLD * 100)
                found.append(
                    translate("Composition", text).format(percent=percent, threshold=threshold)
                )
    return found
