"""apply_import: write a checked plan in one transaction, all of it or nothing.

Rows are written in file order. Organisations and groups the file names are found by name
or created once, when the first row that needs them is written. Power and interest become
a new dated assessment only when they differ from the person's latest one, so importing
the same file twice adds nothing the second time.

The plan was made before the transaction, and another import (a window, a command) may
have added people or organisations since. The transaction holds SQLite's write lock from
its start (``Database.session``) and looks again, inside it, for anyone a row planned as
new now matches, and for an organisation of the same name, before creating one: so two
imports at once never create the same person or organisation twice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.stakeholders.importing.matching import comparable
from lagdesk.core.stakeholders.importing.plan import DECISIONS, Decision, ImportPlan, ImportRow
from lagdesk.core.stakeholders.importing.stakeholder_table import is_current
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.core.support.table_files.cells import name_key
from lagdesk.core.support.validation import validate
from lagdesk.db import models as m
from lagdesk.db.codes import GroupKind
from lagdesk.db.database import Database, translate_sqlite_error
from lagdesk.errors import FieldProblem, UserError, ValidationError
from lagdesk.i18n import translate

PROGRESS_EVERY = 200
PERSON_FIELDS = ("first_name", "last_name", "gender", "role", "email", "phone", "notes")


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    #: Rows matching a stored person whose values are all stored already, whatever the
    #: decision (nothing to update, nothing lost by skipping).
    unchanged: int = 0
    #: Rows left out by the decision "skip" that would have added or changed something.
    skipped: int = 0
    rejected: list[FieldProblem] = field(default_factory=list)
    rejected_rows: int = 0
    organisations_created: int = 0
    groups_created: int = 0
    memberships_added: int = 0
    assessments_added: int = 0
    #: True when nothing was kept: the summary says what the import would have done.
    dry_run: bool = False


class _Rollback(Exception):
    """Leaves the transaction of a dry run without committing it."""


@dataclass
class _Stored:
    """Who and what the database holds at the start of the writing transaction, by the keys
    the plan matched on (see matching): lowest id first, as the plan picks."""

    by_email: dict[str, int] = field(default_factory=dict)
    by_name: dict[tuple[str, ...], int] = field(default_factory=dict)
    organisations: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> _Stored:
        stored = cls()
        for org_id, name in session.execute(
            sa.select(m.Organisation.id, m.Organisation.name).order_by(m.Organisation.id)
        ):
            stored.organisations.setdefault(name_key(name), org_id)
        query = (
            sa.select(
                m.Person.id, m.Person.email, m.Person.first_name, m.Person.last_name,
                m.Organisation.name,
            )
            .outerjoin(m.Organisation, m.Organisation.id == m.Person.organisation_id)
            .order_by(m.Person.id)
        )  # fmt: skip
        for person_id, email, first, last, organisation in session.execute(query):
            if email and email.strip():
                stored.by_email.setdefault(name_key(email), person_id)
            names = (name_key(first), name_key(last))
            stored.by_name.setdefault((*names, name_key(organisation or "")), person_id)
            stored.by_name.setdefault(names, person_id)
        return stored

    def person_matching(self, row: ImportRow, with_organisation: bool) -> int | None:
        values = row.values
        if values.email and (found := self.by_email.get(name_key(values.email))) is not None:
            return found
        if not values.last_name:
            return None
        names: tuple[str, ...] = (name_key(values.first_name), name_key(values.last_name))
        if with_organisation:
            names = (*names, name_key(values.organisation))
        return self.by_name.get(names)


class _Writer:
    """Writes the rows of one plan inside one session."""

    def __init__(
        self,
        session: Session,
        plan: ImportPlan,
        today: date,
        on_duplicate: Decision,
        dry_run: bool = False,
    ) -> None:
        self.session = session
        self.dry_run = dry_run
        #: A dry run's memberships and scores, checked but kept here instead of written:
        #: nothing reads them back but later rows of the same person (see add_groups).
        self.unwritten_groups: dict[int, set[int]] = {}
        self.unwritten_scores: dict[int, tuple[int, int]] = {}
        self.plan = plan
        self.today = today
        self.on_duplicate = on_duplicate
        self.summary = ImportSummary()
        self.organisations: dict[str, int] = {}
        self.groups: dict[str, int] = {}
        self.groups_loaded = False
        self.person_of_row: dict[int, int] = {}
        self._stored: _Stored | None = None

    @property
    def stored(self) -> _Stored:
        """Loaded when a row first creates something, inside the transaction."""
        if self._stored is None:
            self._stored = _Stored.load(self.session)
        return self._stored

    def organisation_id(self, row: ImportRow) -> int | None:
        name = row.values.organisation
        if not name:
            return None
        if row.organisation_id is not None:
            return row.organisation_id
        key = name_key(name)
        if key not in self.organisations and key in self.stored.organisations:
            self.organisations[key] = self.stored.organisations[key]  # added since the plan
        if key not in self.organisations:
            new = self.plan.new_organisations[key]
            assert new.sector is not None  # planning refuses a new organisation without one
            created = store.write(self.session, r.Organisation(name=new.name, sector=new.sector))
            assert created.id is not None
            self.organisations[key] = created.id
            self.summary.organisations_created += 1
        return self.organisations[key]

    def group_id(self, name: str) -> int:
        key = name_key(name)
        if not self.groups_loaded:
            query = sa.select(m.StakeholderGroup.id, m.StakeholderGroup.name)
            for group_id, group_name in self.session.execute(query.order_by(m.StakeholderGroup.id)):
                self.groups.setdefault(name_key(group_name), group_id)
            self.groups_loaded = True
        if key not in self.groups:
            group = r.StakeholderGroup(
                name=self.plan.new_groups.get(key, name), kind=GroupKind.WORKING_GROUP
            )
            created = store.write(self.session, group)
            assert created.id is not None
            self.groups[key] = created.id
            self.summary.groups_created += 1
        return self.groups[key]

    def add_groups(self, person_id: int, row: ImportRow, *, new: bool = False) -> bool:
        """Add the memberships the row names that the person lacks (none are removed)."""
        if not row.values.groups:
            return False
        query = sa.select(m.GroupMembership.group_id, m.GroupMembership.left_on).where(
            m.GroupMembership.person_id == person_id
        )
        found = () if new else self.session.execute(query)
        current = {group_id for group_id, left_on in found if is_current(left_on, self.today)}
        current |= self.unwritten_groups.get(person_id, set())
        added = False
        for name in row.values.groups:
            group_id = self.group_id(name)
            if group_id not in current:
                self.keep(r.GroupMembership(group_id=group_id, person_id=person_id))
                current.add(group_id)
                self.summary.memberships_added += 1
                added = True
        return added

    def add_scores(self, person_id: int, row: ImportRow, *, new: bool = False) -> bool:
        """A new dated assessment when the scores differ from the latest one."""
        power, interest = row.values.power, row.values.interest
        if power is None or interest is None:
            return False
        latest = self.unwritten_scores.get(person_id) or (
            None
            if new
            else self.session.execute(
                sa.select(m.PowerInterestAssessment.power, m.PowerInterestAssessment.interest)
                .where(m.PowerInterestAssessment.person_id == person_id)
                .order_by(
                    m.PowerInterestAssessment.assessed_on.desc(),
                    m.PowerInterestAssessment.id.desc(),
                )
                .limit(1)
            ).first()
        )
        if latest is not None and tuple(latest) == (power, interest):
            return False
        assessment = r.PowerInterestAssessment(
            person_id=person_id, power=power, interest=interest, assessed_on=self.today
        )
        self.keep(assessment)
        self.summary.assessments_added += 1
        return True

    def keep(self, record: r.GroupMembership | r.PowerInterestAssessment) -> None:
        """Write a membership or an assessment; a dry run checks it and notes it instead.

        Half of an import's writes are these, each an INSERT and a flush; a dry run, which
        rolls everything back, need not pay for them: no row reads them back but a later
        row of the same person, which reads the notes too. People, organisations and
        groups are still written in a dry run, since later rows need their ids.
        """
        if not self.dry_run:
            store.write(self.session, record)
        elif isinstance(record, r.GroupMembership):
            validate(record)
            assert record.person_id is not None
            self.unwritten_groups.setdefault(record.person_id, set()).add(record.group_id)
        else:
            validate(record)
            assert record.person_id is not None
            self.unwritten_scores[record.person_id] = (record.power, record.interest)

    def create(self, row: ImportRow) -> int:
        values = row.values
        person = r.Person(
            organisation_id=self.organisation_id(row),
            **{name: getattr(values, name) for name in PERSON_FIELDS},
        )
        person_id = store.write(self.session, person).id
        assert person_id is not None
        self.add_groups(person_id, row, new=True)
        self.add_scores(person_id, row, new=True)
        self.summary.created += 1
        return person_id

    def update(self, person_id: int, row: ImportRow) -> int:
        found = self.session.get(m.Person, person_id)
        if found is None:
            return self.create(row)  # deleted since the plan was made
        person = store.to_record(r.Person, found)
        before = store.to_record(r.Person, found)
        present = self.plan.columns.present
        for name in PERSON_FIELDS:
            new, old = getattr(row.values, name), getattr(person, name)
            # Stored text that differs only in what the import trims counts as the same.
            if name in present and (name == "gender" or comparable(old, name) != new):
                setattr(person, name, new)
        if "organisation" in present:
            person.organisation_id = self.organisation_id(row)
        changed = person != before
        if changed:
            store.write(self.session, person)
        changed = self.add_groups(person_id, row) or changed
        changed = self.add_scores(person_id, row) or changed
        if changed:
            self.summary.updated += 1
        else:
            self.summary.unchanged += 1
        return person_id

    def write(self, row: ImportRow, decision: Decision) -> None:
        if row.duplicate is None and decision != "skip":
            with_organisation = "organisation" in self.plan.columns.present
            found = self.stored.person_matching(row, with_organisation)
            if found is not None:
                self.write_added_meanwhile(found, row)
                return
        match = row.duplicate
        if decision == "skip":
            if row.status == "existing" and not row.changes:
                self.summary.unchanged += 1  # nothing to skip: the file says what is stored
            else:
                self.summary.skipped += 1
            return
        target: int | None = None
        if decision == "update" and match is not None and match.row is None and not row.changes:
            # The plan compared this row with the stored person and found nothing to change.
            assert match.person_id is not None
            self.summary.unchanged += 1
            self.person_of_row[row.row] = match.person_id
            return
        if decision == "update" and match is not None:
            earlier = self.person_of_row.get(match.row) if match.row is not None else None
            target = earlier if earlier is not None else match.person_id
        person_id = self.update(target, row) if target is not None else self.create(row)
        self.person_of_row[row.row] = person_id

    def write_added_meanwhile(self, person_id: int, row: ImportRow) -> None:
        """A row planned as new names someone added since the plan (by another import):
        it is a known person now, so the choice for known people (``on_duplicate``) applies,
        as if the plan had been made after that import."""
        if self.on_duplicate == "create":
            self.person_of_row[row.row] = self.create(row)
            return
        self.person_of_row[row.row] = person_id
        if self.on_duplicate == "update":
            self.update(person_id, row)
        else:
            self.summary.skipped += 1


def _check_decisions(decisions: Mapping[int, str]) -> None:
    wrong = sorted({choice for choice in decisions.values() if choice not in DECISIONS})
    if wrong:
        raise UserError(
            translate("Import", "Unknown choice for a row: {choice}.").format(choice=wrong[0])
        )


def apply_import(
    database: Database,
    plan: ImportPlan,
    *,
    on_duplicate: Decision = "skip",
    decisions: Mapping[int, Decision] | None = None,
    skip_invalid: bool = False,
    today: date | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportSummary:
    """Write ``plan`` in one transaction and say what was done.

    A row that matches someone (stored, or an earlier row) follows ``decisions[row]`` or
    else ``on_duplicate``: skip it, update that person from it, or create another person.
    Other rows are created unless ``decisions`` says "skip". With invalid rows and
    ``skip_invalid`` False, raises ValidationError listing every problem and writes
    nothing. ``dry_run`` does all the work and rolls it back. ``progress(done, total)`` is
    called every PROGRESS_EVERY rows (from the calling thread), for a progress dialog.
    """
    decisions = dict(decisions or {})
    _check_decisions({0: on_duplicate, **decisions})
    problems = plan.problems
    if problems and not skip_invalid:
        raise ValidationError(problems)
    day = today or date.today()
    try:
        with database.session() as session:
            writer = _Writer(session, plan, day, on_duplicate, dry_run)
            total = len(plan.rows)
            for done, row in enumerate(plan.rows, start=1):
                if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
                    progress(done, total)
                if not row.valid:
                    writer.summary.rejected.extend(row.problems)
                    writer.summary.rejected_rows += 1
                    continue
                default: Decision = on_duplicate if row.duplicate is not None else "create"
                writer.write(row, decisions.get(row.row, default))
            if dry_run:
                writer.summary.dry_run = True
                raise _Rollback
    except _Rollback:
        pass
    except sa.exc.IntegrityError as exc:
        raise store.IntegrityProblem(store.integrity_message(exc)) from exc
    except sa.exc.OperationalError as exc:
        raise translate_sqlite_error(database.path, exc) from exc
    return writer.summary
