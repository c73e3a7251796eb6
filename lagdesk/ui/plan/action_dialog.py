"""The action detail: every field of an action in tabs (General, Organisations, Funding,
Milestones, Links), sized for a 1366x768 laptop.

Problems core finds (an end before the start, a negative amount, ...) are shown beside
their fields, the first tab with a problem is brought forward and nothing is stored.
Funding above the cost and milestones outside the action's dates are warnings shown under
the tabs while typing; they do not stop the save. Enter saves from a plain field but never
from a table or a list (where it only ends an edit); Ctrl+Enter saves from anywhere, Esc
cancels.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.indicators import library as ind
from lagdesk.core.plan import risks as pr
from lagdesk.core.plan import tree as pt
from lagdesk.core.plan.actions import ActionDetail, ActionSaved, save_action_detail
from lagdesk.core.plan.funding import over_cost_warning
from lagdesk.core.reporting.listing import list_organisations, list_people
from lagdesk.core.support import records
from lagdesk.core.support.folding import fold
from lagdesk.core.support.store import EditConflict, as_before_edit
from lagdesk.core.support.validation import problems_of
from lagdesk.db.database import Database
from lagdesk.errors import FieldProblem, UserError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.edit_conflict import choice_for_form
from lagdesk.ui.common.widgets import FieldMessages
from lagdesk.ui.plan.action_dialog_funding import AMOUNT, SOURCE, STATUS, FundingTab, parse_money
from lagdesk.ui.plan.action_dialog_general import GeneralTab, OrganisationsTab
from lagdesk.ui.plan.action_dialog_links import LinksTab
from lagdesk.ui.plan.action_dialog_milestones import MilestonesTab

__all__ = ["AMOUNT", "SOURCE", "STATUS", "ActionDialog", "parse_money"]

T = TypeVar("T")
GENERAL, ORGANISATIONS, FUNDING, MILESTONES, LINKS = range(5)
ORGANISATION_KEYS = frozenset({"lead_organisation_id", "responsible_person_id", "partner_ids"})


def _read(read: Callable[[], list[T]]) -> list[T]:
    """A register list for a picker; an unreadable register leaves the picker empty."""
    try:
        return read()
    except UserError:
        return []


def warning_colour(widget: QWidget) -> str:
    """An amber that reads on light and dark palettes: something to check, not an error."""
    window = widget.palette().color(QPalette.ColorRole.Window)
    return "#ffcc80" if window.lightness() < 128 else "#8a5000"


def person_text(first_name: str, last_name: str, organisation: str | None) -> str:
    """“Last, First — Organisation” as the responsible-person picker lists people."""
    name = ", ".join(part for part in (last_name, first_name) if part)
    return f"{name} — {organisation}" if organisation else name


def organisation_text(name: str, city: str | None, same_name: int = 1) -> str:
    """The name, with the city when several organisations share it (“Name (City)”)."""
    return f"{name} ({city})" if city and same_name > 1 else name


class ActionDialog(QDialog):
    """Edit one action (or a new one, id None); ``saved`` holds core's answer after a
    successful save and ``before`` the detail as it was opened (for undo)."""

    def __init__(
        self, database: Database, detail: ActionDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("action_dialog")
        self._database = database
        self._detail = detail
        self.before = detail
        #: What the edit is compared with when saved (see ``lagdesk.ui.common.edit_conflict``).
        self.loaded: records.Action | None = detail.action if detail.action.id is not None else None
        self.saved: ActionSaved | None = None
        action = detail.action
        self.setWindowTitle(
            self.tr("Action {code}").format(code=action.code)
            if action.code
            else self.tr("New action")
        )
        self._build()
        self._fill(detail)
        self._update_totals()

    # -- layout --------------------------------------------------------------------------

    def _registers(
        self,
    ) -> tuple[list[tuple[int, str]], ...]:
        database = self._database

        def objectives() -> list[tuple[int, str]]:
            found: list[tuple[int, str]] = []
            for node in pt.objective_tree(database):
                found.append((node.id, f"{node.code} {node.title}"))
                found += [(c.id, f"    {c.code} {c.title}") for c in node.children]
            return found

        def organisations() -> list[tuple[int, str]]:
            listed = list_organisations(database)
            rows = [dict(zip(listed.columns, row, strict=True)) for row in listed.rows]
            rows.sort(key=lambda row: (fold(row["name"]), fold(row["city"] or ""), row["id"]))
            names = Counter(fold(row["name"]) for row in rows)
            return [
                (row["id"], organisation_text(row["name"], row["city"], names[fold(row["name"])]))
                for row in rows
            ]

        def people() -> list[tuple[int, str]]:
            listed = list_people(database)
            rows = [dict(zip(listed.columns, row, strict=True)) for row in listed.rows]
            rows.sort(key=lambda row: (fold(row["last_name"]), fold(row["first_name"]), row["id"]))
            return [
                (row["id"], person_text(row["first_name"], row["last_name"], row["organisation"]))
                for row in rows
            ]

        def risks() -> list[tuple[int, str]]:
            text = self.tr("{code} {title} (score {score})")
            return [
                (row.id, text.format(code=row.code, title=row.title, score=row.score))
                for row in pr.risk_rows(database)
            ]

        def indicators() -> list[tuple[int, str]]:
            return [
                (row.indicator.id, f"{row.indicator.code} {row.indicator.name}")
                for row in ind.indicator_rows(database)
                if row.indicator.id is not None
            ]

        return tuple(_read(read) for read in (objectives, organisations, people, risks, indicators))

    def _build(self) -> None:
        objectives, organisations, people, risks, indicators = self._registers()
        general_problems = QLabel(self)
        general_problems.setObjectName("general_problems")
        self.messages = FieldMessages(general_problems)
        self.general = GeneralTab(self.messages, objectives)
        self.organisations = OrganisationsTab(self.messages, organisations, people)
        self.funding = FundingTab()
        self.milestones = MilestonesTab()
        self.links = LinksTab(risks, indicators)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.general, self.tr("&General"))
        self.tabs.addTab(self.organisations, self.tr("&Organisations"))
        self.tabs.addTab(self.funding, self.tr("&Funding"))
        self.tabs.addTab(self.milestones, self.tr("Mi&lestones"))
        self.tabs.addTab(self.links, self.tr("Lin&ks"))

        # Names the page and the tests use.
        self.title_edit = self.general.title_edit
        self.start_edit = self.general.start_edit
        self.end_edit = self.general.end_edit
        self.cost_edit = self.general.cost_edit
        self.funding_table = self.funding.table
        self.totals_label = self.funding.totals_label
        self.funding_problem = self.funding.problem_label
        self.source_label = self.links.source_label

        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("action_warnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setStyleSheet(f"color: {warning_colour(self.warning_label)};")
        self.warning_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Save the action (Ctrl+Enter)"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

        for guarded in (
            self.funding.table,
            self.milestones.table,
            self.organisations.partners,
            self.links.risk_list,
            self.links.indicator_list,
        ):
            guarded.installEventFilter(self)
        self.cost_edit.textChanged.connect(self._update_totals)
        self.funding.changed.connect(self._update_totals)
        self.milestones.model.changed.connect(self._update_warnings)
        self.start_edit.changed.connect(self._update_warnings)
        self.end_edit.changed.connect(self._update_warnings)

        column = QVBoxLayout(self)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.warning_label)
        column.addWidget(general_problems)
        column.addWidget(self.buttons)
        self.resize(960, 600)

    def _fill(self, detail: ActionDetail) -> None:
        action = detail.action
        self.general.fill(action, detail.tags)
        self.organisations.fill(action, detail.partner_ids)
        for line in detail.funding_lines:
            self.funding.add_line(line)
        self.milestones.model.set_milestones(detail.milestones)
        self.links.fill(detail.risk_ids, detail.indicator_ids, detail.source_decision)
        self.tabs.setCurrentIndex(GENERAL)
        self.title_edit.setFocus()

    # -- funding lines and warnings ------------------------------------------------------

    def add_funding_line(self, line: records.FundingLine | None = None) -> None:
        self.funding.add_line(line)

    def remove_funding_line(self) -> None:
        self.funding.remove_line()

    def _update_totals(self) -> None:
        lines, _ = self.funding.lines(self._detail.action.id or 0)
        cost, _problem = self.general.cost()
        probe = dataclasses.replace(
            self._detail,
            action=dataclasses.replace(self._detail.action, estimated_cost=cost),
            funding_lines=tuple(lines),
        )
        self.funding.show_totals(probe.totals, cost is not None)
        self._update_warnings()

    def warnings(self) -> list[str]:
        """What would be saved but deserves a look: funding above the cost, milestones
        due outside the action's start and end."""
        found = []
        lines, _ = self.funding.lines(self._detail.action.id or 0)
        cost, _problem = self.general.cost()
        probe = dataclasses.replace(
            self._detail,
            action=dataclasses.replace(self._detail.action, estimated_cost=cost),
            funding_lines=tuple(lines),
        )
        over = over_cost_warning(cost, probe.totals, key="estimated_cost")
        if over is not None:
            found.append(over.message)
        start, end = self.start_edit.date_value(), self.end_edit.date_value()
        self.milestones.default_due = end or start
        outside = [
            milestone.title or self.tr("(untitled)")
            for milestone in self.milestones.model.milestones(0)
            if (start is not None and milestone.due_on < start)
            or (end is not None and milestone.due_on > end)
        ]
        if outside:
            found.append(
                self.tr("Due outside the action's start and end: {titles}.").format(
                    titles="; ".join(outside)
                )
            )
        return found

    def _update_warnings(self) -> None:
        found = self.warnings()
        heading = self.tr("To check (saving is still possible):")
        self.warning_label.setText("\n".join([heading, *found]) if found else "")
        self.warning_label.setVisible(bool(found))

    # -- saving --------------------------------------------------------------------------

    def detail(self) -> tuple[ActionDetail, list[FieldProblem]]:
        """The dialog's contents as an ``ActionDetail``, and problems found before core."""
        before = self._detail
        action, problems = self.general.action(before.action)
        action, partner_ids, chosen = self.organisations.choices(action)
        problems += chosen
        action_id = before.action.id or 0
        lines, line_problems = self.funding.lines(action_id)
        problems += line_problems
        detail = dataclasses.replace(
            before,
            action=action,
            tags=self.general.tags(),
            partner_ids=partner_ids,
            funding_lines=tuple(lines),
            milestones=tuple(self.milestones.model.milestones(action_id)),
            risk_ids=self.links.risk_list.checked_ids(),
            indicator_ids=self.links.indicator_list.checked_ids(),
        )
        return detail, problems

    def _show(self, problems: Sequence[FieldProblem]) -> None:
        def part(prefix: str) -> list[FieldProblem]:
            return [problem for problem in problems if problem.key.startswith(prefix)]

        funding, milestones = part("funding."), part("milestone.")
        fields = [problem for problem in problems if problem not in (*funding, *milestones)]
        self.messages.show(fields)
        self.funding.show_problems([str(problem) for problem in funding])
        self.milestones.show_problems([str(problem) for problem in milestones])
        marked = {
            ORGANISATIONS: any(problem.key in ORGANISATION_KEYS for problem in fields),
            GENERAL: any(problem.key not in ORGANISATION_KEYS for problem in fields),
            FUNDING: bool(funding),
            MILESTONES: bool(milestones),
        }
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for tab in range(self.tabs.count()):
            self.tabs.setTabIcon(tab, icon if marked.get(tab) else QIcon())
        first = next((tab for tab in sorted(marked) if marked[tab]), None)
        if first is not None and not marked.get(self.tabs.currentIndex()):
            self.tabs.setCurrentIndex(first)

    def accept(self) -> None:
        # Ends an edit still open in a table, so that what was typed is saved.
        self.buttons.setFocus()
        detail, problems = self.detail()
        if problems:
            # Show the field problems core would find too, not one round at a time.
            keys = {problem.key for problem in problems}
            numbered = dataclasses.replace(detail.action, code=detail.action.code or "?")
            problems += [p for p in problems_of(numbered) if p.key not in keys]
            self._show(problems)
            return
        conflicts: list[EditConflict] = []

        def store() -> ActionSaved | None:
            try:
                return save_action_detail(self._database, detail, self.loaded)
            except EditConflict as conflict:
                conflicts.append(conflict)
                return None

        self.saved = dialogs.stored_or_shown(self, store, self._show, self.tr("Action not saved"))
        if conflicts:
            base = choice_for_form(self, conflicts[0], self.messages)
            if base is None:
                return
            self.loaded = base
            self.accept()
            return
        if self.saved is None:
            return
        if self.loaded is not None:
            # Undo puts back only what this edit changed.
            action = self.saved.detail.action
            undone = as_before_edit(action, self.loaded, detail.action)
            self.before = dataclasses.replace(self.before, action=undone)
        super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in a table or list (or an editor in one) ends the edit, never saves.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            return True
        return super().eventFilter(watched, event)
