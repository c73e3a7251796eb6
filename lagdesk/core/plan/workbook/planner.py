"""Checking a plan workbook or a list of measurements against the database, row by row,
writing nothing: ``plan_plan_import`` and ``plan_measurement_import`` return the preview
that ``plan_import_writer`` applies."""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import MISSING, fields, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from lagdesk.core.plan.workbook.preview import (
    PlanImportError,
    PlanImportPreview,
    PlanRow,
    Removal,
    SheetPreview,
    _sheet_named,
    _where,
    read_sheet,
)
from lagdesk.core.plan.workbook.sheets import (
    _COLUMNS,
    _RECORD_FIELD_COLUMN,
    INDICATORS,
    MEASUREMENTS,
    MEN,
    SHEETS,
    WOMEN,
    code_key,
    normalised,
)
from lagdesk.core.plan.workbook.snapshot import PlanSnapshot, _joined_codes
from lagdesk.core.support import records as r
from lagdesk.core.support.labels import label
from lagdesk.core.support.table_files.cells import CellProblem, cell_text, name_key, spelled_key
from lagdesk.core.support.table_files.sources import SheetRows, read_rows
from lagdesk.core.support.validation import problems_of
from lagdesk.db.database import Database
from lagdesk.errors import FieldProblem
from lagdesk.i18n import translate

# --- Planning --------------------------------------------------------------------------------


def _blank(record_type: type[Any]) -> Any:
    """A record with its defaults and None for the fields that have none."""
    required = {
        f.name: None
        for f in fields(record_type)
        if f.default is MISSING and f.default_factory is MISSING
    }
    return record_type(**required)


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, float):
        return cell_text(value)
    if isinstance(value, tuple | list | frozenset | set):
        return "; ".join(str(item) for item in value)
    return str(value)


def _readable(sheet: SheetPreview, row: PlanRow) -> frozenset[str]:
    """The sheet's fields whose cell in ``row`` could be read."""
    return sheet.present - {problem.key for problem in row.problems}


class _Planner:
    """Compares the rows of every sheet with the snapshot; fills in statuses and records."""

    def __init__(self, preview: PlanImportPreview, snapshot: PlanSnapshot) -> None:
        self.preview = preview
        self.snapshot = snapshot
        #: code key -> the row of the Actions (Indicators) sheet that names it.
        self.file_actions: dict[str, PlanRow] = {}
        self.file_indicators: dict[str, PlanRow] = {}
        self.next_position: dict[int, int] = {}
        for action in snapshot.actions.values():
            current = self.next_position.get(action.objective_id, 0)
            self.next_position[action.objective_id] = max(current, action.position + 1)

    # Helpers shared by the sheets.

    def where(self, sheet: SheetPreview) -> str:
        return _where(self.preview.file, sheet.sheet)

    def problem(self, sheet: SheetPreview, row: PlanRow, name: str, message: str) -> None:
        shown = sheet.headers.get(name) or sheet.spec.column(name).label
        row.problems.append(FieldProblem(shown, message, row.row, self.where(sheet), name))

    def warn(self, sheet: SheetPreview, row: PlanRow, name: str, message: str) -> None:
        shown = sheet.headers.get(name) or sheet.spec.column(name).label
        row.warnings.append(FieldProblem(shown, message, row.row, self.where(sheet), name))

    def check_record(self, sheet: SheetPreview, row: PlanRow, record: Any) -> None:
        """The rules of lagdesk.core.support.validation, named by the sheet's columns."""
        already = {problem.key for problem in row.problems}
        columns = {column.field for column in sheet.spec.columns}
        for found in problems_of(record):
            name = _RECORD_FIELD_COLUMN.get(found.key, found.key)
            if name in already or name not in columns:
                continue
            already.add(name)
            self.problem(sheet, row, name, found.message)

    def set_field(
        self, row: PlanRow, record: Any, name: str, new: object, *, shown: Any = None
    ) -> None:
        """Set ``record.name`` to ``new`` and note the change when it differs."""
        old = getattr(record, name)
        if isinstance(old, str) and isinstance(new, str):
            column = _COLUMNS[row.sheet].get(_RECORD_FIELD_COLUMN.get(name, name))
            one_line = column is None or column.kind != "text"
            differs = normalised(old, one_line=one_line) != new
        else:
            differs = old != new
        if differs:
            show = shown or _shown
            row.changes[_RECORD_FIELD_COLUMN.get(name, name)] = (show(old), show(new))
            setattr(record, name, new)

    def set_links(self, row: PlanRow, name: str, old: Iterable[str], new: Iterable[str]) -> bool:
        """Note a change of a list compared as a set (case ignored); True when it changed."""
        old_items, new_items = tuple(old), tuple(new)
        if {name_key(item) for item in old_items} == {name_key(item) for item in new_items}:
            return False
        row.changes[name] = (_shown(old_items), _shown(new_items))
        return True

    def unique(
        self, sheet: SheetPreview, row: PlanRow, name: str, seen: dict[str, int]
    ) -> str | None:
        """The row's code key, or None (with a problem) when it is empty or repeated."""
        code = row.values.get(name) or ""
        if not code:
            if not any(problem.key == name for problem in row.problems):
                message = translate("Validation", "This field is required.")
                self.problem(sheet, row, name, message)
            return None
        key = code_key(code)
        if key in seen:
            message = translate("PlanImport", "the code {code} is also on row {row} of this sheet.")
            self.problem(sheet, row, name, message.format(code=code, row=seen[key]))
            return None
        seen[key] = row.row
        return key

    def finish(self, row: PlanRow, stored: bool) -> None:
        if row.valid:
            row.status = ("update" if row.changes else "unchanged") if stored else "create"

    # References to the stakeholder register.

    def organisation(self, name: str, current: int | None) -> int | None:
        if not name:
            return None
        ids = self.snapshot.organisation_by_name.get(name_key(name), [])
        if current in ids:
            return current
        if not ids:
            message = translate(
                "PlanImport",
                "there is no organisation {name} in the stakeholder register;"
                " add it there first, or correct the name.",
            )
            raise CellProblem(message.format(name=name))
        return ids[0]

    def person(self, text: str, current: int | None) -> int | None:
        if not text:
            return None
        index = self.snapshot.person_by_email if "@" in text else self.snapshot.person_by_name
        ids = index.get(name_key(text), [])
        if current in ids:
            return current
        if len(ids) == 1:
            return ids[0]
        if not ids:
            message = translate(
                "PlanImport",
                "there is no person {name} in the stakeholder register; write their e-mail"
                " address or their first and last name as stored.",
            )
        else:
            message = translate(
                "PlanImport",
                "{count} people in the stakeholder register are called {name};"
                " write the e-mail address of the one you mean.",
            )
        raise CellProblem(message.format(name=text, count=len(ids)))

    def objective_id(self, code: str) -> int:
        ids = self.snapshot.objective_by_code.get(code_key(code), [])
        if len(ids) == 1:
            return ids[0]
        if not ids:
            raise CellProblem(
                translate("PlanImport", "no objective has the code {code}.").format(code=code)
            )
        message = translate(
            "PlanImport", "{count} objectives have the code {code}; renumber them in lagdesk first."
        )
        raise CellProblem(message.format(count=len(ids), code=code))

    def action_problem(self, code: str) -> str | None:
        """Why ``code`` names no one action (None when the database or the file has it)."""
        key = code_key(code)
        stored = len(self.snapshot.action_by_code.get(key, []))
        if key in self.file_actions or stored == 1:
            return None
        if stored > 1:
            message = translate(
                "PlanImport",
                "{count} stored actions have the code {code}; give them different codes"
                " in lagdesk first.",
            )
            return message.format(count=stored, code=code)
        return translate("PlanImport", "no action has the code {code}.").format(code=code)

    def check_actions(
        self, sheet: SheetPreview, row: PlanRow, name: str, codes: Iterable[str]
    ) -> None:
        for code in codes:
            message = self.action_problem(code)
            if message is not None:
                self.problem(sheet, row, name, message)

    def resolve(self, sheet: SheetPreview, row: PlanRow, name: str, find: Callable[[], Any]) -> Any:
        """``find()``, or None with a problem on ``name`` when it raises CellProblem."""
        try:
            return find()
        except CellProblem as exc:
            self.problem(sheet, row, name, str(exc))
            return None

    def each_coded(
        self,
        sheet: SheetPreview,
        in_file: dict[str, PlanRow],
        plan_row: Callable[[SheetPreview, PlanRow, str], None],
    ) -> None:
        """Note every code of ``sheet`` in ``in_file`` first (so rows may name ones further
        down), then plan each row whose code is its own (a repeated code is a problem)."""
        seen: dict[str, int] = {}
        for row in sheet.rows:
            key = self.unique(sheet, row, "code", seen)
            if key is not None:
                in_file[key] = row
        for row in sheet.rows:
            key = code_key(row.values.get("code") or "")
            if key and in_file.get(key) is row:
                plan_row(sheet, row, key)

    # Actions.

    def actions(self, sheet: SheetPreview) -> None:
        self.each_coded(sheet, self.file_actions, self.action)

    def action(self, sheet: SheetPreview, row: PlanRow, key: str) -> None:
        values, present, snapshot = row.values, _readable(sheet, row), self.snapshot
        ids = snapshot.action_by_code.get(key, [])
        if len(ids) > 1:
            message = translate(
                "PlanImport",
                "{count} stored actions have the code {code}; give them different codes"
                " in lagdesk first.",
            )
            self.problem(sheet, row, "code", message.format(count=len(ids), code=values["code"]))
            return
        stored = snapshot.actions[ids[0]] if ids else None
        record: r.Action = replace(stored) if stored else _blank(r.Action)
        if stored is None:
            record.code = values["code"]
        elif "code" in present:
            self.set_field(row, record, "code", values["code"])
        if "objective_code" in present:
            code = values.get("objective_code") or ""
            objective = None
            if not code:
                self.problem(
                    sheet, row, "objective_code", translate("Validation", "This field is required.")
                )
            else:
                objective = self.resolve(
                    sheet, row, "objective_code", lambda: self.objective_id(code)
                )
            if objective is not None:
                self.set_field(row, record, "objective_id", objective,
                               shown=lambda o: snapshot.objective_code(o) if o else "")  # fmt: skip
        for name in ("title", "description", "type", "start_date", "end_date", "status",
                     "progress_percent", "estimated_cost", "expected_result", "outputs",
                     "gender_dimension"):  # fmt: skip
            if name in present and not (
                stored is None
                and values.get(name) is None
                and name in ("status", "progress_percent")
            ):
                self.set_field(row, record, name, values.get(name))
        if "lead_organisation" in present:
            name = values.get("lead_organisation") or ""
            current = stored.lead_organisation_id if stored else None
            found = self.resolve(
                sheet, row, "lead_organisation", lambda: self.organisation(name, current)
            )
            if found is not None or not name:
                self.set_field(row, record, "lead_organisation_id", found,
                               shown=snapshot.organisation_text)  # fmt: skip
        if "responsible_person" in present:
            text = values.get("responsible_person") or ""
            current = stored.responsible_person_id if stored else None
            found = self.resolve(
                sheet, row, "responsible_person", lambda: self.person(text, current)
            )
            if found is not None or not text:
                self.set_field(row, record, "responsible_person_id", found,
                               shown=snapshot.person_text)  # fmt: skip
        stored_id = stored.id if stored else None
        if "partners" in present:
            names = values.get("partners") or ()
            found_ids: list[int] = []
            for name in names:
                organisation = self.resolve(
                    sheet, row, "partners", functools.partial(self.organisation, name, None)
                )
                if organisation is not None:
                    found_ids.append(organisation)
            old = [snapshot.organisations[o] for o in snapshot.partners.get(stored_id or 0, [])]
            new = [snapshot.organisations[o] for o in found_ids]
            if self.set_links(row, "partners", sorted(old), new):
                row.refs["partners"] = found_ids
        if "tags" in present:
            tags = [tag.casefold() for tag in values.get("tags") or ()]
            if self.set_links(row, "tags", sorted(snapshot.tags.get(stored_id or 0, [])), tags):
                row.refs["tags"] = tags
        if record.objective_id is not None and (
            stored is None or record.objective_id != stored.objective_id
        ):
            record.position = self.next_position.get(record.objective_id, 0)
            self.next_position[record.objective_id] = record.position + 1
        if stored is None:
            row.changes.clear()
        self.check_record(sheet, row, record)
        row.record = record
        self.finish(row, stored is not None)

    # Funding.

    def funding(self, sheet: SheetPreview) -> None:
        by_action: dict[str, list[PlanRow]] = defaultdict(list)
        for row in sheet.rows:
            code = row.values.get("action_code") or ""
            if not code:
                self.problem(
                    sheet, row, "action_code", translate("Validation", "This field is required.")
                )
            else:
                self.check_actions(sheet, row, "action_code", [code])
            record: r.FundingLine = _blank(r.FundingLine)
            record.action_id = 0  # resolved when applied
            for name in ("source", "amount", "status", "note"):
                if name in sheet.present and not (
                    name == "status" and row.values.get(name) is None
                ):
                    setattr(record, name, row.values.get(name))
            self.check_record(sheet, row, record)
            row.record = record
            if code:
                by_action[code_key(code)].append(row)
        scope = set(by_action) | set(self.file_actions)
        for key in sorted(scope):
            ids = self.snapshot.action_by_code.get(key, [])
            stored = list(self.snapshot.funding.get(ids[0], [])) if len(ids) == 1 else []
            rows = by_action.get(key, [])
            if not all(row.valid for row in rows):
                continue  # the import is refused: what would be removed is not yet known
            self.pair_funding(sheet, rows, stored)
            self.warn_above_cost(sheet, key, by_action.get(key, []))

    def pair_funding(
        self, sheet: SheetPreview, rows: list[PlanRow], stored: list[r.FundingLine]
    ) -> None:
        present = sheet.present
        valid = [row for row in rows if row.valid]
        compared = [name for name in ("source", "amount", "status", "note") if name in present]

        def same(line: r.FundingLine, row: PlanRow, names: Sequence[str]) -> bool:
            return all(
                (normalised(line.note) if name == "note" else getattr(line, name))
                == getattr(row.record, name)
                for name in names
            )

        for names in (compared, ("source", "status"), ("source",), ()):
            for row in [row for row in valid if row.record.id is None]:
                match = next((line for line in stored if same(line, row, names)), None)
                if match is None:
                    continue
                stored.remove(match)
                record = replace(match)
                for name in compared:
                    self.set_field(row, record, name, getattr(row.record, name))
                row.record = record
                row.status = "update" if row.changes else "unchanged"
        for row in valid:
            if row.record.id is None:
                row.status = "create"
        for line in stored:
            assert line.id is not None
            code = self.snapshot.action_code(line.action_id)
            description = translate("PlanImport", "{action}: {source}, {amount} ({status})").format(
                action=code, source=label(line.source), amount=_shown(line.amount),
                status=label(line.status),
            )  # fmt: skip
            sheet.removals.append(Removal(sheet.key, line.id, description))

    def warn_above_cost(self, sheet: SheetPreview, key: str, rows: list[PlanRow]) -> None:
        valid = [row for row in rows if row.valid]
        if not valid:
            return
        action_row = self.file_actions.get(key)
        if action_row is not None and action_row.record is not None:
            cost = action_row.record.estimated_cost
        else:
            ids = self.snapshot.action_by_code.get(key, [])
            cost = self.snapshot.actions[ids[0]].estimated_cost if len(ids) == 1 else None
        total = sum((row.record.amount for row in valid), Decimal(0))
        if cost is not None and total > cost:
            message = translate(
                "PlanImport",
                "the funding lines of action {code} add up to {total}, more than its"
                " estimated cost of {cost}.",
            ).format(code=valid[0].values["action_code"], total=_shown(total), cost=_shown(cost))
            self.warn(sheet, valid[0], "amount", message)

    # Indicators.

    def indicators(self, sheet: SheetPreview) -> None:
        self.each_coded(sheet, self.file_indicators, self.indicator)

    def indicator(self, sheet: SheetPreview, row: PlanRow, key: str) -> None:
        values, present, snapshot = row.values, _readable(sheet, row), self.snapshot
        stored_id = snapshot.indicator_by_code.get(key)
        stored = snapshot.indicators[stored_id] if stored_id is not None else None
        record: r.Indicator = replace(stored) if stored else _blank(r.Indicator)
        if stored is None:
            record.code = values["code"]
        for column in INDICATORS.columns:
            name = column.field
            if name in ("objectives", "actions") or name not in present:
                continue
            new = values.get(name)
            if stored is None and new is None and column.kind == "enum":
                continue  # the default of a new indicator
            self.set_field(row, record, name, new)
        if "objectives" in present:
            codes = values.get("objectives") or ()
            found: list[int] = []
            for code in codes:
                objective = self.resolve(
                    sheet, row, "objectives", functools.partial(self.objective_id, code)
                )
                if objective is not None:
                    found.append(objective)
            old = [
                snapshot.objective_code(o)
                for o in snapshot.indicator_objectives.get(stored_id or 0, [])
            ]
            if self.set_links(row, "objectives", _joined_codes(old), codes):
                row.refs["objectives"] = found
        if "actions" in present:
            codes = values.get("actions") or ()
            self.check_actions(sheet, row, "actions", codes)
            old = [
                snapshot.action_code(a) for a in snapshot.indicator_actions.get(stored_id or 0, [])
            ]
            if self.set_links(row, "actions", _joined_codes(old), codes):
                row.refs["actions"] = list(codes)
        if stored is None:
            row.changes.clear()
        self.check_record(sheet, row, record)
        row.record = record
        self.finish(row, stored is not None)

    def indicator_of(self, code: str) -> r.Indicator | None:
        """The indicator a code names: the file's version when the file has it."""
        key = code_key(code)
        row = self.file_indicators.get(key)
        if row is not None and row.record is not None:
            return row.record  # type: ignore[no-any-return]
        stored = self.snapshot.indicator_by_code.get(key)
        return self.snapshot.indicators[stored] if stored is not None else None

    # Measurements.

    def measurement_row(self, sheet: SheetPreview, row: PlanRow) -> r.Indicator | None:
        """Check one measurement row; its record and the indicator it belongs to."""
        values = row.values
        code = values.get("indicator_code") or ""
        indicator = self.indicator_of(code) if code else None
        if not code:
            self.problem(
                sheet, row, "indicator_code", translate("Validation", "This field is required.")
            )
        elif indicator is None:
            self.problem(
                sheet,
                row,
                "indicator_code",
                translate("PlanImport", "no indicator has the code {code}.").format(code=code),
            )
        record = r.Measurement(
            indicator_id=indicator.id or 0 if indicator is not None else 0,
            measured_on=values.get("measured_on"),  # type: ignore[arg-type]
            value=values.get("value"),  # type: ignore[arg-type]
            source_note=values.get("source_note") or "",
            entered_by=values.get("entered_by") or "",
        )
        # A measurement has no rule beyond its date and value (validation would check
        # only that, at a cost that shows on 50,000 rows).
        for name in ("measured_on", "value"):
            if getattr(record, name) is None and not any(p.key == name for p in row.problems):
                self.problem(sheet, row, name, translate("Validation", "This field is required."))
        row.record = record
        if not row.valid or indicator is None:
            return None
        baseline = indicator.baseline_date
        if baseline is not None and record.measured_on < baseline:
            message = translate(
                "PlanImport", "the date is before the indicator's baseline date ({baseline})."
            )
            self.warn(sheet, row, "measured_on", message.format(baseline=baseline.isoformat()))
        women, men = values.get("women"), values.get("men")
        if (
            women is not None
            and men is not None
            and not math.isclose(women + men, record.value, abs_tol=1e-9)
        ):
            message = translate(
                "PlanImport", "women and men add up to {sum}, not to the value {value}."
            )
            self.warn(
                sheet,
                row,
                "value",
                message.format(sum=_shown(women + men), value=_shown(record.value)),
            )
        return indicator

    def by_sex_changes(self, sheet: SheetPreview, row: PlanRow, measurement_id: int | None) -> None:
        stored = self.snapshot.by_sex.get(measurement_id or 0, {})
        for name, category in (("women", WOMEN), ("men", MEN)):
            if name not in sheet.present:
                continue
            old, new = stored.get(category), row.values.get(name)
            if old != new:
                row.changes[name] = (_shown(old), _shown(new))
                row.refs[name] = new

    def measurements(self, sheet: SheetPreview) -> None:
        groups: dict[tuple[str, date], list[PlanRow]] = defaultdict(list)
        for row in sheet.rows:
            indicator = self.measurement_row(sheet, row)
            if indicator is not None:
                groups[(code_key(row.values["indicator_code"]), row.record.measured_on)].append(row)
        on_day = self.snapshot.measurements_on_day()
        compared = [
            name for name in ("value", "source_note", "entered_by") if name in sheet.present
        ]

        def same(measurement: r.Measurement, row: PlanRow) -> bool:
            sex = self.snapshot.by_sex.get(measurement.id or 0, {})
            return all(
                (normalised(getattr(measurement, name)) if name != "value" else measurement.value)
                == getattr(row.record, name)
                for name in compared
            ) and all(
                sex.get(category) == row.values.get(name)
                for name, category in (("women", WOMEN), ("men", MEN))
                if name in sheet.present
            )

        for group_key, rows in groups.items():
            indicator_id = self.snapshot.indicator_by_code.get(group_key[0], -1)
            stored = list(on_day.get((indicator_id, group_key[1]), []))
            for exact in (True, False):
                for row in [row for row in rows if row.record.id is None]:
                    match = next((s for s in stored if not exact or same(s, row)), None)
                    if match is None:
                        continue
                    stored.remove(match)
                    record = replace(match)
                    for name in compared:
                        self.set_field(row, record, name, getattr(row.record, name))
                    self.by_sex_changes(sheet, row, match.id)
                    row.record = record
                    row.status = "update" if row.changes else "unchanged"
            for row in rows:
                if row.record.id is None:
                    row.status = "create"
                    for part in ("women", "men"):
                        if row.values.get(part) is not None:
                            row.refs[part] = row.values[part]

    def added_measurements(self, sheet: SheetPreview) -> None:
        """A list of measurements: every row is added unless it repeats a stored one."""
        seen: dict[tuple[int, date, float], int] = {}
        stored_on = self.snapshot.measurements_on_day()
        for row in sheet.rows:
            indicator = self.measurement_row(sheet, row)
            if indicator is None:
                continue
            record = row.record
            key = (indicator.id or 0, record.measured_on, record.value)
            on_day = stored_on.get((indicator.id or 0, record.measured_on), [])
            if any(s.value == record.value for s in on_day):
                row.status = "skip"
                row.skip_reason = translate(
                    "PlanImport", "the same indicator, date and value are stored already."
                )
            elif key in seen:
                row.status = "skip"
                row.skip_reason = translate("PlanImport", "it repeats row {row}.").format(
                    row=seen[key]
                )
            else:
                seen[key] = row.row
                row.status = "create"
                for name in ("women", "men"):
                    if row.values.get(name) is not None:
                        row.refs[name] = row.values[name]
                if on_day:
                    message = translate(
                        "PlanImport",
                        "a measurement of {value} on this date is stored already; this one is"
                        " added beside it.",
                    )
                    self.warn(
                        sheet, row, "measured_on", message.format(value=_shown(on_day[0].value))
                    )

    # Risks.

    def risks(self, sheet: SheetPreview) -> None:
        seen: dict[str, int] = {}
        by_title: dict[str, list[int]] = defaultdict(list)
        for risk in self.snapshot.risks.values():
            if not risk.code.strip():
                by_title[name_key(risk.title)].append(risk.id or 0)
        claimed: set[int] = set()
        for row in sheet.rows:
            code = row.values.get("code") or ""
            stored: r.Risk | None = None
            if code:
                if self.unique(sheet, row, "code", seen) is None:
                    continue
                stored = next(
                    (
                        risk
                        for risk in self.snapshot.risks.values()
                        if code_key(risk.code) == code_key(code)
                    ),
                    None,
                )
            else:
                free = [
                    i
                    for i in by_title.get(name_key(row.values.get("title") or ""), [])
                    if i not in claimed
                ]
                stored = self.snapshot.risks[free[0]] if free else None
            if stored is not None:
                claimed.add(stored.id or 0)
            self.risk(sheet, row, stored)

    def risk(self, sheet: SheetPreview, row: PlanRow, stored: r.Risk | None) -> None:
        values, present, snapshot = row.values, _readable(sheet, row), self.snapshot
        record: r.Risk = replace(stored) if stored else _blank(r.Risk)
        if stored is None:
            if not snapshot.plan_ids:
                self.problem(
                    sheet,
                    row,
                    "code",
                    translate(
                        "PlanImport", "the database has no plan yet; create it in lagdesk first."
                    ),
                )
                return
            record.plan_id = snapshot.plan_ids[0]
        for name in (
            "code",
            "title",
            "description",
            "category",
            "likelihood",
            "impact",
            "mitigation",
            "status",
        ):
            if name in present and not (
                stored is None and name == "status" and values.get(name) is None
            ):
                self.set_field(
                    row,
                    record,
                    name,
                    values.get(name) if name != "code" else values.get(name) or "",
                )
        if "owner" in present:
            text = values.get("owner") or ""
            current = stored.owner_person_id if stored else None
            found = self.resolve(sheet, row, "owner", lambda: self.person(text, current))
            if found is not None or not text:
                self.set_field(row, record, "owner_person_id", found, shown=snapshot.person_text)
        if "actions" in present:
            codes = values.get("actions") or ()
            self.check_actions(sheet, row, "actions", codes)
            old = [
                snapshot.action_code(a)
                for a in snapshot.risk_actions.get(stored.id or 0 if stored else 0, [])
            ]
            if self.set_links(row, "actions", _joined_codes(old), codes):
                row.refs["actions"] = list(codes)
        if stored is None:
            row.changes.clear()
        self.check_record(sheet, row, record)
        row.record = record
        self.finish(row, stored is not None)


def _sort_messages(preview: PlanImportPreview) -> None:
    for sheet in preview.sheets.values():
        order = {column.field: index for index, column in enumerate(sheet.spec.columns)}
        for row in sheet.rows:
            row.problems.sort(key=lambda problem: order.get(problem.key, len(order)))
            row.warnings.sort(key=lambda problem: order.get(problem.key, len(order)))


def plan_plan_import(database: Database, path: Path | str) -> PlanImportPreview:
    """Read a plan workbook (.xlsx) and compare it with ``database``; writes nothing.

    Raises ImportFileError (a UserError) for a file that cannot be read at all, or that
    has none of the sheets, or a sheet without its key column; problems of single rows are
    in the preview, each naming the file, sheet, row and column.
    """
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        message = translate(
            "PlanImport", "a plan is imported from an Excel workbook (.xlsx) as lagdesk exports it."
        )
        raise PlanImportError(path, message)
    first = read_rows(path)
    tables: dict[str, SheetRows] = {}
    for spec in SHEETS:
        name = _sheet_named(first.sheets, spec)
        if name is not None:
            tables[spec.key] = first if name == first.sheet else read_rows(path, sheet=name)
    if not tables:
        message = translate(
            "PlanImport", "the workbook has none of the sheets {sheets}; its sheets are: {names}."
        )
        raise PlanImportError(
            path,
            message.format(
                sheets=", ".join(spec.label for spec in SHEETS), names=", ".join(first.sheets)
            ),
        )
    preview = PlanImportPreview(path, "xlsx")
    for spec in SHEETS:
        if spec.key in tables:
            preview.sheets[spec.key] = read_sheet(spec, tables[spec.key])
    snapshot = PlanSnapshot.load(database)
    preview.state = snapshot.state
    planner = _Planner(preview, snapshot)
    steps: dict[str, Callable[[SheetPreview], None]] = {
        "actions": planner.actions,
        "funding": planner.funding,
        "indicators": planner.indicators,
        "measurements": planner.measurements,
        "risks": planner.risks,
    }
    for key, step in steps.items():
        if key in preview.sheets:
            step(preview.sheets[key])
    _sort_messages(preview)
    return preview


def _is_measurement_header(text: str) -> bool:
    """A header of the measurements sheet spelled with its own accents: it tells the right
    decoding of a CSV file from a wrong one whose letters differ only in their accents."""
    spelled = {
        spelled_key(known)
        for column in MEASUREMENTS.columns
        for known in (column.header, column.label, *column.variants)
    }
    return bool(text.strip()) and spelled_key(text) in spelled


def plan_measurement_import(
    database: Database,
    path: Path | str,
    *,
    encoding: str | None = None,
    sheet: str | None = None,
) -> PlanImportPreview:
    """Read a list of measurements (.xlsx or .csv) to add; writes nothing.

    A workbook is read from ``sheet``, or else from its Measurements sheet when it has one
    (a plan workbook), or else from its first sheet.
    """
    path = Path(path)
    table = read_rows(path, encoding=encoding, sheet=sheet, is_header=_is_measurement_header)
    if sheet is None and table.format == "xlsx":
        name = _sheet_named(table.sheets, MEASUREMENTS)
        if name is not None and name != table.sheet:
            table = read_rows(path, sheet=name)
    if not table.rows:
        raise PlanImportError(path, translate("PlanImport", "the file has no rows."))
    preview = PlanImportPreview(
        path, table.format, add_only=True, encoding=table.encoding, delimiter=table.delimiter
    )
    sheet_preview = read_sheet(MEASUREMENTS, table)
    preview.sheets[MEASUREMENTS.key] = sheet_preview
    snapshot = PlanSnapshot.load(database, people=False)
    preview.state = snapshot.state
    planner = _Planner(preview, snapshot)
    planner.added_measurements(sheet_preview)
    _sort_messages(preview)
    return preview
