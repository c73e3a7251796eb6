"""The plan as the reports read it: a plan snapshot turned into typed items in code order,
and the sums more than one report shows (cost, funding by source and status).

A snapshot is JSON (``lagdesk.core.plan.versions.snapshot``), the live plan's or a saved
version's; it is read here once, so the writers (the Integrated Action Plan, the Excel
report, the chart files) work with attributes instead of keys. Codes (statuses, types,
units, sources) stay the text stored: a version saved by a newer lagdesk may hold a code
this one does not know, and ``label_of`` shows such a code as it is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cached_property
from typing import Any, TypeVar

from lagdesk.core.plan.numbering import natural_key
from lagdesk.db.codes import FundingSource, FundingStatus

Json = Mapping[str, Any]


@dataclass(frozen=True)
class PlanObjective:
    id: int
    code: str
    #: The stored ``ObjectiveLevel`` code.
    level: str
    title: str
    description: str
    parent_id: int | None
    parent_code: str


@dataclass(frozen=True)
class ActionMilestone:
    title: str
    due_on: date | None
    done: bool


@dataclass(frozen=True)
class PlanFundingLine:
    #: The stored ``FundingSource`` and ``FundingStatus`` codes.
    source: str
    status: str
    amount: Decimal


@dataclass(frozen=True)
class PlanAction:
    id: int
    code: str
    title: str
    objective_id: int
    #: The stored ``ActionType`` and ``ActionStatus`` codes ("" for none).
    type: str
    status: str
    progress_percent: int
    start_date: date | None
    end_date: date | None
    estimated_cost: Decimal | None
    expected_result: str
    outputs: str
    lead_organisation: str
    #: The responsible person's name ("" for none); a report shows it only with names.
    responsible_person: str
    #: Partner organisations' names.
    partners: tuple[str, ...]
    milestones: tuple[ActionMilestone, ...]
    funding_lines: tuple[PlanFundingLine, ...]

    @property
    def cost(self) -> Decimal:
        """The estimated cost; none counts as 0."""
        return self.estimated_cost if self.estimated_cost is not None else Decimal(0)

    def funded(self, status: FundingStatus) -> Decimal:
        """The sum of the action's funding lines with ``status``."""
        return sum(
            (line.amount for line in self.funding_lines if line.status == status.value),
            Decimal(0),
        )


@dataclass(frozen=True)
class PlanRisk:
    id: int
    code: str
    title: str
    #: The stored ``RiskCategory`` and ``RiskStatus`` codes.
    category: str
    status: str
    likelihood: int
    impact: int
    mitigation: str
    #: The owner's name ("" for none); a report shows it only with names.
    owner_person: str
    #: Codes of the actions the risk threatens.
    actions: tuple[str, ...]

    @property
    def score(self) -> int:
        return self.likelihood * self.impact


@dataclass(frozen=True)
class IndicatorMilestone:
    """A value the indicator should reach by a date."""

    due_on: date | None
    value: float | None


@dataclass(frozen=True)
class PlanIndicator:
    id: int
    code: str
    name: str
    #: The stored ``IndicatorUnit``, ``Frequency`` and ``Accumulation`` codes.
    unit: str
    frequency: str
    accumulation: str
    baseline_value: float | None
    baseline_date: date | None
    target_value: float | None
    target_date: date | None
    data_source: str
    #: Codes of the objectives the indicator measures.
    objectives: tuple[str, ...]
    milestones: tuple[IndicatorMilestone, ...]


@dataclass(frozen=True)
class PlanContent:
    """The plan's texts, and its objectives, actions, risks and indicators in code order."""

    title: str
    city: str
    vision: str
    context: str
    problem_analysis: str
    transnational_learning: str
    objectives: tuple[PlanObjective, ...]
    actions: tuple[PlanAction, ...]
    risks: tuple[PlanRisk, ...]
    indicators: tuple[PlanIndicator, ...]

    @classmethod
    def from_snapshot(cls, snapshot: Json) -> PlanContent:
        """The content of a snapshot (``plan_versions.snapshot`` layout): its "plan",
        "objectives", "actions", "risks" and "indicators"."""
        plan: Json = snapshot.get("plan") or {}
        return cls(
            title=_text(plan.get("title")),
            city=_text(plan.get("city")),
            vision=_text(plan.get("vision")),
            context=_text(plan.get("context")),
            problem_analysis=_text(plan.get("problem_analysis")),
            transnational_learning=_text(plan.get("transnational_learning")),
            objectives=_in_code_order(_objective(item) for item in snapshot.get("objectives", [])),
            actions=_in_code_order(_action(item) for item in snapshot.get("actions", [])),
            risks=_in_code_order(_risk(item) for item in snapshot.get("risks", [])),
            indicators=_in_code_order(_indicator(item) for item in snapshot.get("indicators", [])),
        )

    @cached_property
    def objective(self) -> dict[int, PlanObjective]:
        """Objectives by id."""
        return {item.id: item for item in self.objectives}

    @cached_property
    def by_objective(self) -> dict[int, tuple[PlanAction, ...]]:
        """Each objective's own actions (not its children's), by the objective's id."""
        found: dict[int, list[PlanAction]] = defaultdict(list)
        for action in self.actions:
            found[action.objective_id].append(action)
        return {key: tuple(actions) for key, actions in found.items()}

    def strategic(self) -> list[PlanObjective]:
        return [item for item in self.objectives if item.parent_id is None]

    def children(self, objective_id: int) -> list[PlanObjective]:
        return [item for item in self.objectives if item.parent_id == objective_id]

    def cost(self) -> Decimal:
        """The estimated cost of every action."""
        return sum((action.cost for action in self.actions), Decimal(0))

    def funded(self, status: FundingStatus) -> Decimal:
        """The funding of every action with ``status``."""
        return sum((action.funded(status) for action in self.actions), Decimal(0))


def funding_by_source(actions: Iterable[PlanAction]) -> dict[tuple[str, str], Decimal]:
    """Sum of the funding lines of ``actions`` by (source, status) as stored."""
    sums: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for action in actions:
        for line in action.funding_lines:
            sums[(line.source, line.status)] += line.amount
    return dict(sums)


def known_funding(
    sums: Mapping[tuple[str, str], Decimal],
) -> dict[tuple[FundingSource, FundingStatus], Decimal]:
    """The sums of ``funding_by_source`` whose source and status this lagdesk knows."""
    known = {}
    for (source, status), amount in sums.items():
        try:
            known[(FundingSource(source), FundingStatus(status))] = amount
        except ValueError:
            continue
    return known


# --- reading the snapshot's JSON --------------------------------------------------------------

_Coded = TypeVar("_Coded", PlanObjective, PlanAction, PlanRisk, PlanIndicator)


def _in_code_order(items: Iterable[_Coded]) -> tuple[_Coded, ...]:
    return tuple(sorted(items, key=lambda item: natural_key(item.code)))


def _text(value: object) -> str:
    return str(value) if value else ""


def _texts(values: object) -> tuple[str, ...]:
    return tuple(str(value) for value in values) if isinstance(values, list) else ()


def _day(value: object) -> date | None:
    """An ISO date (or the date of an ISO date and time); None when there is none."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _decimal(value: object) -> Decimal:
    if value is None or value == "":
        return Decimal(0)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return Decimal(0)


def _float(value: object) -> float | None:
    return None if value is None else float(str(value))


def _objective(item: Json) -> PlanObjective:
    parent = item.get("parent_id")
    return PlanObjective(
        id=int(item["id"]),
        code=str(item["code"]),
        level=_text(item.get("level")),
        title=str(item["title"]),
        description=_text(item.get("description")),
        parent_id=None if parent is None else int(parent),
        parent_code=_text(item.get("parent_code")),
    )


def _action(item: Json) -> PlanAction:
    cost = item.get("estimated_cost")
    return PlanAction(
        id=int(item["id"]),
        code=str(item["code"]),
        title=str(item["title"]),
        objective_id=int(item["objective_id"]),
        type=_text(item.get("type")),
        status=_text(item.get("status")),
        progress_percent=int(item.get("progress_percent") or 0),
        start_date=_day(item.get("start_date")),
        end_date=_day(item.get("end_date")),
        estimated_cost=_decimal(cost) if cost else None,
        expected_result=_text(item.get("expected_result")),
        outputs=_text(item.get("outputs")),
        lead_organisation=_text(item.get("lead_organisation")),
        responsible_person=_text(item.get("responsible_person")),
        partners=_texts(item.get("partners")),
        milestones=tuple(
            ActionMilestone(
                title=_text(milestone.get("title")),
                due_on=_day(milestone.get("due_on")),
                done=bool(milestone.get("done")),
            )
            for milestone in item.get("milestones", [])
        ),
        funding_lines=tuple(
            PlanFundingLine(
                source=_text(line.get("source")),
                status=_text(line.get("status")),
                amount=_decimal(line.get("amount")),
            )
            for line in item.get("funding_lines", [])
        ),
    )


def _risk(item: Json) -> PlanRisk:
    return PlanRisk(
        id=int(item["id"]),
        code=str(item["code"]),
        title=str(item["title"]),
        category=_text(item.get("category")),
        status=_text(item.get("status")),
        likelihood=int(item["likelihood"]),
        impact=int(item["impact"]),
        mitigation=_text(item.get("mitigation")),
        owner_person=_text(item.get("owner_person")),
        actions=_texts(item.get("actions")),
    )


def _indicator(item: Json) -> PlanIndicator:
    return PlanIndicator(
        id=int(item["id"]),
        code=str(item["code"]),
        name=str(item["name"]),
        unit=_text(item.get("unit")),
        frequency=_text(item.get("frequency")),
        accumulation=_text(item.get("accumulation")),
        baseline_value=_float(item.get("baseline_value")),
        baseline_date=_day(item.get("baseline_date")),
        target_value=_float(item.get("target_value")),
        target_date=_day(item.get("target_date")),
        data_source=_text(item.get("data_source")),
        objectives=_texts(item.get("objectives")),
        milestones=tuple(
            IndicatorMilestone(
                due_on=_day(milestone.get("due_on")), value=_float(milestone.get("value"))
            )
            for milestone in item.get("milestones", [])
        ),
    )
