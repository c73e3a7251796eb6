"""Funding lines of actions, and the plan's money: cost, secured, applied, potential, gap.

Amounts are ``Decimal`` euro with cents, summed by SQLite on the stored integer cents, so
totals are exact. The funding gap is cost - secured (DOMAIN.md), for one action and for the
plan; an action without an estimated cost counts as costing 0. Lines adding up to more
than the action's cost are allowed (a budget is often revised after funding is found) but
the save answers with a warning the UI and the CLI show.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.plan.numbering import action_in, begin_change, plan_id_query
from lagdesk.core.support import records, store
from lagdesk.core.support.validation import label
from lagdesk.db import models as m
from lagdesk.db.codes import FundingSource, FundingStatus, ObjectiveLevel
from lagdesk.db.database import Database
from lagdesk.errors import FieldProblem, NotFoundError
from lagdesk.i18n import format_amount, translate

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class FundingTotals:
    """Cost and funding of an action, an objective or the plan; ``gap`` = cost - secured
    (negative when more is secured than the action costs)."""

    cost: Decimal
    secured: Decimal
    applied: Decimal
    potential: Decimal
    gap: Decimal = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "gap", self.cost - self.secured)

    @property
    def funded(self) -> Decimal:
        """Every funding line, whatever its status."""
        return self.secured + self.applied + self.potential

    @property
    def secured_share(self) -> Decimal | None:
        """Secured / cost (1 = fully secured); None without a cost."""
        return self.secured / self.cost if self.cost else None

    def __add__(self, other: FundingTotals) -> FundingTotals:
        return FundingTotals(
            self.cost + other.cost,
            self.secured + other.secured,
            self.applied + other.applied,
            self.potential + other.potential,
        )


NO_FUNDING = FundingTotals(ZERO, ZERO, ZERO, ZERO)


def totals_of(cost: Decimal | None, by_status: Mapping[FundingStatus, Decimal]) -> FundingTotals:
    return FundingTotals(
        cost if cost is not None else ZERO,
        by_status.get(FundingStatus.SECURED, ZERO),
        by_status.get(FundingStatus.APPLIED, ZERO),
        by_status.get(FundingStatus.POTENTIAL, ZERO),
    )


@dataclass(frozen=True)
class SourceTotals:
    """The funding from one source, by status."""

    source: FundingSource
    secured: Decimal = ZERO
    applied: Decimal = ZERO
    potential: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return self.secured + self.applied + self.potential


@dataclass(frozen=True)
class ObjectiveTotals:
    """An objective's cost and funding: its own actions and its specific objectives'."""

    objective_id: int
    code: str
    title: str
    level: ObjectiveLevel
    totals: FundingTotals
    children: tuple[ObjectiveTotals, ...] = ()


@dataclass(frozen=True)
class PlanTotals:
    """The whole plan's money. ``by_source`` lists the sources that have funding lines, in
    the order of ``FundingSource``; ``by_status`` every status; ``by_objective`` the
    strategic objectives in the order of the tree, each with its specific objectives."""

    overall: FundingTotals
    by_source: dict[FundingSource, SourceTotals]
    by_status: dict[FundingStatus, Decimal]
    by_objective: list[ObjectiveTotals]


@dataclass(frozen=True)
class FundingSaved:
    """A stored funding line, its action's totals after the save, and warnings to show."""

    line: records.FundingLine
    totals: FundingTotals
    warnings: tuple[FieldProblem, ...] = ()


# --- one action --------------------------------------------------------------------------


def over_cost_warning(
    cost: Decimal | None, totals: FundingTotals, key: str = "amount"
) -> FieldProblem | None:
    """A warning (not an error) when the funding lines add up to more than the cost."""
    if cost is None or totals.funded <= cost:
        return None
    message = translate(
        "Plan",
        "The funding lines add up to {funded}, more than the estimated cost of {cost}.",
    ).format(funded=format_amount(totals.funded), cost=format_amount(cost))
    return FieldProblem(label(key), message, key=key)


def _sums_by_status(session: Session, action_id: int) -> dict[FundingStatus, Decimal]:
    line = m.FundingLine
    query = (
        sa.select(line.status, sa.func.sum(line.amount))
        .where(line.action_id == action_id)
        .group_by(line.status)
    )
    return {status: amount or ZERO for status, amount in session.execute(query)}


def action_totals_in(session: Session, action_id: int) -> tuple[Decimal | None, FundingTotals]:
    """The action's estimated cost (None when not set) and its totals (two queries)."""
    cost = session.execute(
        sa.select(m.Action.estimated_cost).where(m.Action.id == action_id)
    ).scalar_one_or_none()
    return cost, totals_of(cost, _sums_by_status(session, action_id))


def funding_totals(database: Database, action_id: int) -> FundingTotals:
    with database.reading() as session:
        action_in(session, action_id)
        return action_totals_in(session, action_id)[1]


def funding_lines(database: Database, action_id: int) -> list[records.FundingLine]:
    """The action's funding lines, largest first."""
    line = m.FundingLine
    query = sa.select(line).where(line.action_id == action_id).order_by(line.amount.desc(), line.id)
    with database.reading() as session:
        return [store.to_record(records.FundingLine, row) for row in session.scalars(query)]


def save_funding_line(database: Database, line: records.FundingLine) -> FundingSaved:
    """Store a new (id None) or edited funding line in one transaction.

    A negative amount is refused (``ValidationError`` on ``amount``); lines adding up to
    more than the action's cost are stored with a warning.
    """
    try:
        with database.session() as session:
            action_in(session, line.action_id)
            begin_change(session)
            stored = store.write(session, line)
            cost, totals = action_totals_in(session, line.action_id)
    except sa.exc.IntegrityError as exc:
        raise store.IntegrityProblem(store.integrity_message(exc)) from exc
    warning = over_cost_warning(cost, totals)
    return FundingSaved(stored, totals, (warning,) if warning else ())


def delete_funding_line(database: Database, line_id: int) -> records.FundingLine:
    """Delete a funding line; returns it as it was, for ``restore_funding_line``."""
    with database.session() as session:
        row = session.get(m.FundingLine, line_id)
        if row is None:
            raise NotFoundError(translate("Plan", "funding line"), line_id)
        begin_change(session)
        deleted = store.to_record(records.FundingLine, row)
        session.delete(row)
        return deleted


def restore_funding_line(database: Database, line: records.FundingLine) -> None:
    """Put a deleted funding line back with its id (undo of ``delete_funding_line``)."""
    values = {item.name: getattr(line, item.name) for item in fields(line)}
    with database.session() as session:
        action_in(session, line.action_id)
        begin_change(session)
        session.add(m.FundingLine(**values))


def sums_by_action(
    session: Session, action_ids: sa.Select[Any] | Iterable[int]
) -> dict[int, dict[FundingStatus, Decimal]]:
    """Funding per action and status for the actions chosen (one query)."""
    line = m.FundingLine
    query = (
        sa.select(line.action_id, line.status, sa.func.sum(line.amount))
        .where(line.action_id.in_(action_ids))
        .group_by(line.action_id, line.status)
    )
    found: dict[int, dict[FundingStatus, Decimal]] = defaultdict(dict)
    for action_id, status, amount in session.execute(query):
        found[action_id][status] = amount or ZERO
    return found


# --- the plan ----------------------------------------------------------------------------


def plan_totals(database: Database) -> PlanTotals:
    """Cost, secured, applied, potential and gap of the plan: overall, by source, by status
    and by objective (three queries, whatever the size of the plan)."""
    objective, action, line = m.Objective, m.Action, m.FundingLine
    in_plan = objective.plan_id == plan_id_query()
    objective_query = sa.select(
        objective.id,
        objective.parent_id,
        objective.position,
        objective.code,
        objective.title,
        objective.level,
    ).where(in_plan)
    cost_query = (
        sa.select(action.objective_id, sa.func.sum(action.estimated_cost))
        .join(objective, objective.id == action.objective_id)
        .where(in_plan)
        .group_by(action.objective_id)
    )
    funding_query = (
        sa.select(action.objective_id, line.source, line.status, sa.func.sum(line.amount))
        .join(action, action.id == line.action_id)
        .join(objective, objective.id == action.objective_id)
        .where(in_plan)
        .group_by(action.objective_id, line.source, line.status)
    )
    with database.reading() as session:
        objectives = session.execute(objective_query).all()
        costs = {key: value or ZERO for key, value in session.execute(cost_query)}
        funding = session.execute(funding_query).all()
    by_source_status: dict[FundingSource, dict[FundingStatus, Decimal]] = defaultdict(dict)
    by_objective_status: dict[int, dict[FundingStatus, Decimal]] = defaultdict(dict)
    for objective_id, source, status, amount in funding:
        amount = amount or ZERO
        own = by_source_status[source]
        own[status] = own.get(status, ZERO) + amount
        mine = by_objective_status[objective_id]
        mine[status] = mine.get(status, ZERO) + amount
    by_status = {
        status: sum((sums.get(status, ZERO) for sums in by_source_status.values()), ZERO)
        for status in FundingStatus
    }
    by_source = {
        source: SourceTotals(
            source,
            by_source_status[source].get(FundingStatus.SECURED, ZERO),
            by_source_status[source].get(FundingStatus.APPLIED, ZERO),
            by_source_status[source].get(FundingStatus.POTENTIAL, ZERO),
        )
        for source in FundingSource
        if source in by_source_status
    }
    overall = totals_of(sum(costs.values(), ZERO), by_status)
    children: dict[int | None, list[Any]] = defaultdict(list)
    for row in objectives:
        children[row.parent_id].append(row)

    def roll_up(parent_id: int | None) -> list[ObjectiveTotals]:
        rows = sorted(children.get(parent_id, []), key=lambda row: (row.position, row.id))
        made = []
        for row in rows:
            below = tuple(roll_up(row.id))
            own = totals_of(costs.get(row.id, ZERO), by_objective_status.get(row.id, {}))
            total = sum((child.totals for child in below), own)
            made.append(ObjectiveTotals(row.id, row.code, row.title, row.level, total, below))
        return made

    return PlanTotals(overall, by_source, by_status, roll_up(None))
