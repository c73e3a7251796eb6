"""Matching the rows of a file with what the database holds.

People are the same person when they have the same e-mail address, or else the same first
name, last name and organisation (case and extra spaces ignored). Each stored person is
matched by one row at most: when two rows match the same person, the second is reported as
repeating the first. Organisations and groups are matched by name the same way.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from lagdesk.core.stakeholders.importing.plan import (
    DuplicateMatch,
    ImportPlan,
    ImportRow,
    NewOrganisation,
)
from lagdesk.core.stakeholders.importing.stakeholder_table import (
    GroupEntry,
    OrganisationEntry,
    PersonEntry,
    groups_in,
    organisations_in,
    people_in,
)
from lagdesk.core.stakeholders.importing.values import normalise_text
from lagdesk.core.support.labels import label
from lagdesk.core.support.table_files.cells import name_key
from lagdesk.db.database import Database
from lagdesk.errors import FieldProblem
from lagdesk.i18n import translate

NameKey = tuple[str, ...]


@dataclass
class Snapshot:
    """The stored people, organisations and groups an import is compared with."""

    people: dict[int, PersonEntry] = field(default_factory=dict)
    organisations: dict[str, list[OrganisationEntry]] = field(default_factory=dict)
    groups: dict[str, list[GroupEntry]] = field(default_factory=dict)
    by_email: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_name: dict[NameKey, list[int]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def load(cls, database: Database, today: date) -> Snapshot:
        with database.reading() as session:
            people = people_in(session, today)
            organisations = organisations_in(session)
            groups = groups_in(session)
        snapshot = cls()
        for org in sorted(organisations, key=lambda org: org.id):
            snapshot.organisations.setdefault(name_key(org.name), []).append(org)
        for group in groups:
            snapshot.groups.setdefault(name_key(group.name), []).append(group)
        for person in sorted(people, key=lambda person: person.id):
            snapshot.people[person.id] = person
            if person.email.strip():
                snapshot.by_email[name_key(person.email)].append(person.id)
            first, last = name_key(person.first_name), name_key(person.last_name)
            snapshot.by_name[(first, last, name_key(person.organisation))].append(person.id)
            snapshot.by_name[(first, last)].append(person.id)
        return snapshot


@dataclass
class _Claims:
    """Who has been matched so far, while going down the file."""

    person_row: dict[int, int] = field(default_factory=dict)
    email_row: dict[str, int] = field(default_factory=dict)
    name_row: dict[NameKey, int] = field(default_factory=dict)
    row_person: dict[int, int | None] = field(default_factory=dict)


def _name_key(row: ImportRow, with_organisation: bool) -> NameKey:
    values = row.values
    key = (name_key(values.first_name), name_key(values.last_name))
    return (*key, name_key(values.organisation)) if with_organisation else key


def _pick(candidates: list[int], claims: _Claims, prefer: NameKey | str, snapshot: Snapshot) -> int:
    """The first unclaimed candidate, preferring one that matches on the other key too."""
    free = [pid for pid in candidates if pid not in claims.person_row] or candidates

    def also_matches(pid: int) -> bool:
        person = snapshot.people[pid]
        if isinstance(prefer, str):
            return name_key(person.email) == prefer
        names = (name_key(person.first_name), name_key(person.last_name))
        return names == prefer[:2]

    return sorted(free, key=lambda pid: (not also_matches(pid), pid))[0]


def _match(
    row: ImportRow, snapshot: Snapshot, claims: _Claims, with_organisation: bool
) -> DuplicateMatch | None:
    email = name_key(row.values.email)
    names = _name_key(row, with_organisation)
    name_basis = "name" if with_organisation else "name_only"
    keyed: list[tuple[str, str | NameKey, list[int], int | None]] = []
    if email:
        keyed.append(
            ("email", email, snapshot.by_email.get(email, []), claims.email_row.get(email))
        )
    if row.values.last_name:
        keyed.append(
            (name_basis, names, snapshot.by_name.get(names, []), claims.name_row.get(names))
        )
    for basis, _key, candidates, earlier in keyed:
        other = names if basis == "email" else email
        if candidates:
            person_id = _pick(candidates, claims, other, snapshot)
            return DuplicateMatch(basis, person_id, claims.person_row.get(person_id))  # type: ignore[arg-type]
        if earlier is not None:
            return DuplicateMatch(basis, claims.row_person.get(earlier), earlier)  # type: ignore[arg-type]
    return None


def _match_people(plan: ImportPlan, snapshot: Snapshot) -> None:
    claims = _Claims()
    with_organisation = "organisation" in plan.columns.present
    for row in plan.rows:
        row.duplicate = _match(row, snapshot, claims, with_organisation)
        if not row.valid:
            continue  # a refused row is never written, so it claims no one
        person_id = row.duplicate.person_id if row.duplicate else None
        if person_id is not None:
            claims.person_row.setdefault(person_id, row.row)
        claims.row_person[row.row] = person_id
        if row.values.email:
            claims.email_row.setdefault(name_key(row.values.email), row.row)
        claims.name_row.setdefault(_name_key(row, with_organisation), row.row)


def _warning(plan: ImportPlan, row: ImportRow, name: str, message: str) -> FieldProblem:
    return FieldProblem(plan.columns.label_of(name), message, row.row, plan.file_name, name)


def _match_organisations(plan: ImportPlan, snapshot: Snapshot) -> None:
    for row in plan.rows:
        name = row.values.organisation
        if not name:
            continue
        key = name_key(name)
        stored = snapshot.organisations.get(key)
        sector = row.values.sector
        if stored:
            own = None
            if row.duplicate and row.duplicate.person_id is not None:
                own = snapshot.people[row.duplicate.person_id].organisation_id
            chosen = next((org for org in stored if org.id == own), stored[0])
            row.organisation_id = chosen.id
            if sector is not None and sector != chosen.sector:
                message = translate(
                    "Import",
                    "{organisation} is stored with the sector {sector}; the file's"
                    " sector is not applied to it.",
                ).format(organisation=chosen.name, sector=label(chosen.sector))
                row.warnings.append(_warning(plan, row, "sector", message))
            continue
        row.new_organisation = True
        new = plan.new_organisations.get(key)
        if new is None:
            plan.new_organisations[key] = NewOrganisation(name, sector, row.row)
        elif new.sector is None and sector is not None:
            plan.new_organisations[key] = replace(new, sector=sector)
        elif sector is not None and sector != new.sector:
            message = translate(
                "Import", "row {row} gives {organisation} the sector {sector}; that one is used."
            ).format(row=new.row, organisation=new.name, sector=label(new.sector))  # type: ignore[arg-type]
            row.warnings.append(_warning(plan, row, "sector", message))
    for row in plan.rows:
        new = plan.new_organisations.get(name_key(row.values.organisation))
        if row.new_organisation and new is not None and new.sector is None:
            message = translate(
                "Import",
                "{organisation} is a new organisation: give its sector"
                " (public, private, civic or knowledge).",
            ).format(organisation=new.name)
            field_name = "sector" if "sector" in plan.columns.present else "organisation"
            row.problems.append(_warning(plan, row, field_name, message))


def _match_groups(plan: ImportPlan, snapshot: Snapshot) -> None:
    for row in plan.rows:
        created = []
        for name in row.values.groups:
            key = name_key(name)
            if key not in snapshot.groups and key not in plan.new_groups:
                plan.new_groups[key] = name
                created.append(name)
        row.new_groups = tuple(created)


def comparable(text: str, field_name: str) -> str:
    """Stored text as the import would read it back, so equal values compare equal."""
    return normalise_text(text, field_name)


def changes_of(plan: ImportPlan, row: ImportRow, person: PersonEntry) -> dict[str, tuple[str, str]]:
    """What updating ``person`` from ``row`` would change: field -> (stored, new)."""
    present, values = plan.columns.present, row.values
    changes: dict[str, tuple[str, str]] = {}
    for name in ("first_name", "last_name", "role", "email", "phone", "notes"):
        old, new = getattr(person, name), getattr(values, name)
        if name in present and comparable(old, name) != new:
            changes[name] = (old, new)
    if "organisation" in present and (
        row.new_organisation or row.organisation_id != person.organisation_id
    ):
        changes["organisation"] = (person.organisation, values.organisation)
    if "gender" in present and values.gender != person.gender:
        changes["gender"] = (label(person.gender), label(values.gender))
    stored_groups = {name_key(name) for name in person.groups}
    added = [name for name in values.groups if name_key(name) not in stored_groups]
    if "groups" in present and added:
        changes["groups"] = ("; ".join(person.groups), "; ".join((*person.groups, *added)))
    if values.power is not None and values.interest is not None:
        for name in ("power", "interest"):
            old_score, new_score = getattr(person, name), getattr(values, name)
            if old_score != new_score:
                changes[name] = ("" if old_score is None else str(old_score), str(new_score))
    return changes


def resolve(plan: ImportPlan, snapshot: Snapshot) -> None:
    """Fill in duplicates, organisations, groups and changes of every row of ``plan``."""
    _match_people(plan, snapshot)
    _match_organisations(plan, snapshot)
    _match_groups(plan, snapshot)
    for row in plan.rows:
        if row.duplicate is not None and row.duplicate.person_id is not None:
            row.changes = changes_of(plan, row, snapshot.people[row.duplicate.person_id])
