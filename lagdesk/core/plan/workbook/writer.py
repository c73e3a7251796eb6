"""Applying a preview (``apply_plan_import``, ``apply_measurement_import``): everything in
one transaction, all of it or nothing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.plan.workbook.preview import PlanImportPreview, PlanRow
from lagdesk.core.plan.workbook.sheets import MEN, SEX, WOMEN, code_key
from lagdesk.core.plan.workbook.snapshot import plan_state
from lagdesk.core.support import store
from lagdesk.db import models as m
from lagdesk.db.database import Database, translate_sqlite_error
from lagdesk.errors import UserError, ValidationError
from lagdesk.i18n import translate

# --- Applying ---------------------------------------------------------------------------------


@dataclass
class SheetSummary:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    skipped: int = 0


@dataclass
class PlanImportSummary:
    sheets: dict[str, SheetSummary] = field(default_factory=dict)
    #: True when nothing was kept: the summary says what the import would have done.
    dry_run: bool = False

    @property
    def created(self) -> int:
        return sum(sheet.created for sheet in self.sheets.values())

    @property
    def updated(self) -> int:
        return sum(sheet.updated for sheet in self.sheets.values())

    @property
    def deleted(self) -> int:
        return sum(sheet.deleted for sheet in self.sheets.values())


class _Rollback(Exception):
    """Leaves the transaction of a dry run without committing it."""


class PlanChangedError(UserError):
    """The plan was saved (by another import, the app) after the file was compared with it:
    the preview's new rows and changes may no longer hold, so nothing is written."""

    def __init__(self, file: Path) -> None:
        message = translate(
            "PlanImport",
            "{file}: the plan was changed (by another import or in the app) after the file"
            " was checked; nothing was imported. Check the file again, then import it.",
        )
        super().__init__(message.format(file=file.name))


class _Writer:
    """Writes a preview inside one session, sheet by sheet."""

    def __init__(self, session: Session, preview: PlanImportPreview) -> None:
        self.session = session
        self.preview = preview
        self.summary = PlanImportSummary(sheets={key: SheetSummary() for key in preview.sheets})
        actions = session.execute(sa.select(m.Action.code, m.Action.id).order_by(m.Action.id))
        self.action_ids: dict[str, int] = {}
        for code, action_id in actions:
            self.action_ids.setdefault(code_key(code), action_id)
        indicators = session.execute(sa.select(m.Indicator.code, m.Indicator.id))
        self.indicator_ids = {code_key(code): ident for code, ident in indicators}

    def rows(self, key: str) -> Iterable[PlanRow]:
        sheet = self.preview.sheets.get(key)
        summary = self.summary.sheets.get(key)
        if sheet is None or summary is None:
            return
        for row in sheet.rows:
            if row.status == "unchanged":
                summary.unchanged += 1
            elif row.status == "skip":
                summary.skipped += 1
            else:
                if row.status == "create":
                    summary.created += 1
                else:
                    summary.updated += 1
                yield row

    def replace_links(
        self, model: Any, owner: str, owner_id: int, other: str, ids: Iterable[int]
    ) -> None:
        self.session.execute(sa.delete(model).where(getattr(model, owner) == owner_id))
        for other_id in dict.fromkeys(ids):
            self.session.add(model(**{owner: owner_id, other: other_id}))

    def action_id(self, code: str) -> int:
        return self.action_ids[code_key(code)]

    def actions(self) -> None:
        for row in self.rows("actions"):
            saved = store.write(self.session, row.record)
            self.action_ids[code_key(saved.code)] = saved.id
            if "partners" in row.refs:
                self.replace_links(
                    m.ActionPartner, "action_id", saved.id, "organisation_id", row.refs["partners"]
                )
            if "tags" in row.refs:
                self.replace_links(m.ActionTag, "action_id", saved.id, "tag", row.refs["tags"])
        self.session.flush()

    def funding(self) -> None:
        sheet = self.preview.sheets.get("funding")
        if sheet is None:
            return
        for removal in sheet.removals:
            self.session.execute(sa.delete(m.FundingLine).where(m.FundingLine.id == removal.id))
            self.summary.sheets["funding"].deleted += 1
        for row in self.rows("funding"):
            record = row.record
            if record.id is None:
                record.action_id = self.action_id(row.values["action_code"])
            store.write(self.session, record)

    def indicators(self) -> None:
        for row in self.rows("indicators"):
            saved = store.write(self.session, row.record)
            self.indicator_ids[code_key(saved.code)] = saved.id
            if "objectives" in row.refs:
                self.replace_links(
                    m.IndicatorObjective,
                    "indicator_id",
                    saved.id,
                    "objective_id",
                    row.refs["objectives"],
                )
            if "actions" in row.refs:
                ids = [self.action_id(code) for code in row.refs["actions"]]
                self.replace_links(m.IndicatorAction, "indicator_id", saved.id, "action_id", ids)
        self.session.flush()

    def measurements(self) -> None:
        for row in self.rows("measurements"):
            record = row.record
            if record.id is None:
                record.indicator_id = self.indicator_ids[code_key(row.values["indicator_code"])]
            saved = store.write(self.session, record)
            for name, category in (("women", WOMEN), ("men", MEN)):
                if name not in row.refs:
                    continue
                self.session.execute(
                    sa.delete(m.MeasurementBreakdown).where(
                        m.MeasurementBreakdown.measurement_id == saved.id,
                        m.MeasurementBreakdown.dimension == SEX,
                        m.MeasurementBreakdown.category == category,
                    )
                )
                if row.refs[name] is not None:
                    self.session.add(
                        m.MeasurementBreakdown(
                            measurement_id=saved.id, dimension=SEX, category=category,
                            value=row.refs[name],
                        )
                    )  # fmt: skip

    def risks(self) -> None:
        for row in self.rows("risks"):
            saved = store.write(self.session, row.record)
            if "actions" in row.refs:
                ids = [self.action_id(code) for code in row.refs["actions"]]
                self.replace_links(m.RiskAction, "risk_id", saved.id, "action_id", ids)


def apply_plan_import(
    database: Database, preview: PlanImportPreview, *, dry_run: bool = False
) -> PlanImportSummary:
    """Write ``preview`` in one transaction and say what was done.

    With any invalid row, raises ValidationError listing every problem and writes nothing.
    A preview that changes nothing does not touch the file. ``dry_run`` does all the work
    and rolls it back.
    """
    problems = preview.problems
    if problems:
        raise ValidationError(problems)
    if not preview.changes_anything:
        writer_summary = PlanImportSummary(
            sheets={
                key: SheetSummary(unchanged=counts.unchanged, skipped=counts.skipped)
                for key, counts in preview.counts.items()
            },
            dry_run=dry_run,
        )
        return writer_summary
    writer: _Writer | None = None
    try:
        with database.session() as session:
            # The transaction holds the write lock from here: compare with the preview's.
            if preview.state and plan_state(session) != preview.state:
                raise PlanChangedError(preview.file)
            writer = _Writer(session, preview)
            writer.actions()
            writer.funding()
            writer.indicators()
            writer.measurements()
            writer.risks()
            if dry_run:
                writer.summary.dry_run = True
                raise _Rollback
    except _Rollback:
        pass
    except (ValidationError, PlanChangedError):
        raise
    except sa.exc.IntegrityError as exc:
        raise store.IntegrityProblem(store.integrity_message(exc)) from exc
    except sa.exc.OperationalError as exc:
        raise translate_sqlite_error(database.path, exc) from exc
    assert writer is not None
    return writer.summary


def apply_measurement_import(
    database: Database, preview: PlanImportPreview, *, dry_run: bool = False
) -> PlanImportSummary:
    """Add the measurements of a list read by plan_measurement_import, in one transaction."""
    if not preview.add_only:
        raise UserError(
            translate(
                "PlanImport", "This preview is of a plan workbook; apply it as a plan import."
            )
        )
    return apply_plan_import(database, preview, dry_run=dry_run)
