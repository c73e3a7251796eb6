"""The large demo's plan: objective tree, actions with funding and risks, indicators with
measurements, and the version and review history."""

from __future__ import annotations

import calendar
import json
import random
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from lagdesk.core.indicators.preloaded import preload_library
from lagdesk.core.plan.versions import snapshot
from lagdesk.db.codes import (
    ActionStatus,
    ActionType,
    Disaggregation,
    Frequency,
    FundingSource,
    FundingStatus,
    GenderDimension,
    ObjectiveLevel,
    PlanStatus,
    Polarity,
    ReviewItemKind,
    ReviewStatus,
    RiskCategory,
    RiskStatus,
)
from lagdesk.db.models import (
    Action,
    ActionPartner,
    ActionTag,
    FundingLine,
    Indicator,
    IndicatorAction,
    IndicatorMilestone,
    IndicatorObjective,
    Measurement,
    MeasurementBreakdown,
    Milestone,
    Objective,
    Plan,
    PlanVersion,
    Review,
    ReviewComment,
    ReviewScore,
    Risk,
    RiskAction,
)
from lagdesk.demo import large_text as text
from lagdesk.demo.bulk import Row, insert_rows, next_id, split_total
from lagdesk.demo.large_text import END, START

if TYPE_CHECKING:
    from lagdesk.demo.large import LargeContext

#: Actions are judged as of this date: earlier ends are done or late, later starts planned.
STATUS_DATE = date(2025, 6, 30)
MAX_FUNDING_LINES = 8
MONTHS = [(year, month) for year in range(START.year, END.year + 1) for month in range(1, 13)]
TAGS = ("gender", "green", "digital", "social", "circular")
GENDER_DIMENSIONS = (*GenderDimension, None)
CRITERIA = ("coherence", "participation", "integration", "resourcing", "monitoring")


def add_plan(context: LargeContext) -> None:
    session, rng = context.session, context.rng
    plan_id = next_id(session, Plan)
    insert_rows(
        session,
        Plan,
        [
            {
                "id": plan_id,
                "title": "ProcureNet Integrated Action Plan (synthetic)",
                "city": text.CITIES[0][0],
                "vision": "Every public contract serves equality, the local economy and the climate.",
                "context": "Generated context text.",
                "problem_analysis": "Generated problem analysis.",
                "transnational_learning": "Generated transnational learning.",
                "status": PlanStatus.DRAFT,
            }
        ],
    )
    context.first["plan"] = plan_id
    strategic, specific = (
        context.counts["strategic_objective"],
        context.counts["specific_objective"],
    )
    first = next_id(session, Objective)
    objectives: list[Row] = []
    children = [0] * strategic
    for index in range(strategic + specific):
        if index < strategic:
            parent, code, position = None, str(index + 1), index
        else:
            parent_index = (index - strategic) % strategic
            position = children[parent_index]
            children[parent_index] += 1
            parent, code = first + parent_index, f"{parent_index + 1}.{position + 1}"
        objectives.append(
            {
                "id": first + index,
                "plan_id": plan_id,
                "parent_id": parent,
                "level": ObjectiveLevel.STRATEGIC if parent is None else ObjectiveLevel.SPECIFIC,
                "position": position,
                "code": code,
                "title": f"Objective {code}: {rng.choice(text.TOPICS)}",
                "description": "",
            }
        )
    insert_rows(session, Objective, objectives)
    context.first["objective"] = first
    context.counts["objective"] = strategic + specific
    _add_actions(context, objectives[strategic:])
    _add_risks(context, plan_id)


def _status(rng_value: float, start: date, end: date) -> tuple[ActionStatus, float]:
    """Status and elapsed share of an action as of the status date."""
    elapsed = min(1.0, max(0.0, (STATUS_DATE - start).days / max(1, (end - start).days)))
    if start > STATUS_DATE:
        return ActionStatus.PLANNED, 0.0
    if rng_value < 0.04:
        return ActionStatus.CANCELLED, elapsed
    if end < STATUS_DATE:
        return (ActionStatus.DONE if rng_value < 0.8 else ActionStatus.DELAYED), elapsed
    return (ActionStatus.ONGOING if rng_value < 0.8 else ActionStatus.DELAYED), elapsed


def _add_actions(context: LargeContext, specific: list[Row]) -> None:
    session, rng, n = context.session, context.rng, context.counts["action"]
    organisations, people = context.ids("organisation"), context.ids("person")
    per_objective = split_total([1.0] * len(specific), n, cap=n)
    first = next_id(session, Action)
    actions: list[Row] = []
    partners: list[Row] = []
    tags: list[Row] = []
    milestones: list[Row] = []
    milestone_id = next_id(session, Milestone)
    for objective, count in zip(specific, per_objective, strict=True):
        for position in range(count):
            action_id = first + len(actions)
            code = f"{objective['code']}.{position + 1}"
            context.action_codes.append(code)
            start = context.random_day(before=date(2025, 9, 30))
            end = start + timedelta(days=rng.randint(90, 1100))
            status, elapsed = _status(rng.random(), start, end)
            progress = {ActionStatus.DONE: 100, ActionStatus.PLANNED: 0}.get(
                status, int(elapsed * rng.uniform(40, 100))
            )
            cost = min(5_000_000, int(rng.lognormvariate(10.3, 1.1)) // 100 * 100)
            use_decision = context.decision_ids and rng.random() < 0.2
            actions.append(
                {
                    "id": action_id,
                    "objective_id": objective["id"],
                    "position": position,
                    "code": code,
                    "title": f"{rng.choice(text.ACTION_VERBS)} {rng.choice(text.TOPICS)}",
                    "description": "",
                    "type": rng.choice(tuple(ActionType)),
                    "lead_organisation_id": rng.choice(organisations),
                    "responsible_person_id": rng.choice(people),
                    "start_date": start,
                    "end_date": end,
                    "status": status,
                    "progress_percent": min(100, progress),
                    "estimated_cost": Decimal(cost),
                    "expected_result": "Generated expected result.",
                    "outputs": "Generated outputs.",
                    "gender_dimension": rng.choice(GENDER_DIMENSIONS),
                    "source_decision_id": rng.choice(context.decision_ids)
                    if use_decision
                    else None,
                }
            )
            for organisation_id in rng.sample(organisations, rng.randint(0, 3)):
                partners.append({"action_id": action_id, "organisation_id": organisation_id})
            for tag in rng.sample(TAGS, rng.choices((0, 1, 2, 3), (20, 40, 30, 10))[0]):
                tags.append({"action_id": action_id, "tag": tag})
            for number in range(rng.randint(1, 4)):
                due = start + timedelta(days=rng.randint(0, (end - start).days))
                milestones.append(
                    {
                        "id": milestone_id,
                        "action_id": action_id,
                        "title": f"Milestone {number + 1}",
                        "due_on": due,
                        "done": due < STATUS_DATE and rng.random() < 0.8,
                    }
                )
                milestone_id += 1
    insert_rows(session, Action, actions)
    insert_rows(session, ActionPartner, partners)
    insert_rows(session, ActionTag, tags)
    insert_rows(session, Milestone, milestones)
    context.first["action"] = first
    _add_funding(context, actions)


def _add_funding(context: LargeContext, actions: list[Row]) -> None:
    """Funding lines that cover part of each action's cost, so that some show a gap."""
    rng = context.rng
    per_action = split_total(
        [rng.random() + 0.01 for _ in actions],
        context.counts["funding_line"],
        cap=MAX_FUNDING_LINES,
    )
    first = next_id(context.session, FundingLine)
    rows: list[Row] = []
    for action, count in zip(actions, per_action, strict=True):
        # The lines together cover 40-100 % of the cost.
        covered = action["estimated_cost"] * Decimal(rng.randint(40, 100)) / 100
        parts = [rng.randint(1, 10) for _ in range(count)]
        for part in parts:
            rows.append(
                {
                    "id": first + len(rows),
                    "action_id": action["id"],
                    "source": rng.choice(tuple(FundingSource)),
                    "amount": (covered * part / sum(parts)).quantize(Decimal("0.01")),
                    "status": rng.choices(tuple(FundingStatus), (50, 30, 20))[0],
                    "note": "",
                }
            )
    insert_rows(context.session, FundingLine, rows)


def _add_risks(context: LargeContext, plan_id: int) -> None:
    session, rng = context.session, context.rng
    actions = context.ids("action")
    first = next_id(session, Risk)
    risks: list[Row] = []
    links: list[Row] = []
    for index in range(context.counts["risk"]):
        risks.append(
            {
                "id": first + index,
                "plan_id": plan_id,
                "code": f"R{index + 1}",
                "title": rng.choice(text.RISK_TITLES).format(topic=rng.choice(text.TOPICS)),
                "description": "",
                "category": rng.choice(tuple(RiskCategory)),
                "likelihood": rng.randint(1, 5),
                "impact": rng.randint(1, 5),
                "mitigation": "Generated mitigation.",
                "owner_person_id": rng.choice(context.ids("person")),
                "status": rng.choices(tuple(RiskStatus), (60, 30, 10))[0],
            }
        )
        for action_id in rng.sample(actions, min(len(actions), rng.randint(1, 3))):
            links.append({"risk_id": first + index, "action_id": action_id})
    insert_rows(session, Risk, risks)
    insert_rows(session, RiskAction, links)


def _values(context: LargeContext, unit: str) -> tuple[float, float]:
    """Baseline and target for a unit; a few indicators aim downwards."""
    rng = context.rng
    if unit == "yes_no":
        return 0.0, 1.0
    high = {"percent": 40.0, "number": 20.0, "persons": 0.0, "eur": 50_000.0, "tco2e": 0.0}[unit]
    baseline = round(rng.uniform(0, high), 1)
    gain = {"percent": 40.0, "number": 80.0, "persons": 400.0, "eur": 500_000.0, "tco2e": 2_000.0}
    target = round(baseline + rng.uniform(0.1, 1.0) * gain[unit], 1)
    if unit in ("percent", "number") and rng.random() < 0.1 and baseline > 0:
        target = round(baseline * rng.uniform(0.2, 0.8), 1)
    return baseline, min(target, 100.0) if unit == "percent" else target


def add_indicators(context: LargeContext) -> None:
    session, rng, n = context.session, context.rng, context.counts["indicator"]
    preload_library(session)
    first = next_id(session, Indicator)
    objectives = range(
        context.first["objective"], context.first["objective"] + context.counts["objective"]
    )
    actions, people = context.ids("action"), context.ids("person")
    indicators: list[Row] = []
    objective_links: list[Row] = []
    action_links: list[Row] = []
    milestones: list[Row] = []
    milestone_id = next_id(session, IndicatorMilestone)
    years = (2022, 2023, 2024, 2025)
    half_years = [date(y, 6, 30) for y in years] + [date(y, 12, 31) for y in years]
    for index in range(n):
        indicator_id = first + index
        pattern, unit, level, accumulation = rng.choice(text.INDICATOR_PATTERNS)
        baseline, target = _values(context, unit)
        by_sex = unit == "persons" and rng.random() < 0.6
        indicators.append(
            {
                "id": indicator_id,
                "code": f"IND-{index + 1:04d}",
                "eu_code": "",
                "name": pattern.format(topic=rng.choice(text.TOPICS)),
                "definition": "",
                "level": level,
                "unit": unit,
                "polarity": Polarity.INCREASE if target >= baseline else Polarity.DECREASE,
                "accumulation": accumulation,
                "baseline_value": baseline,
                "baseline_date": START + timedelta(days=rng.randint(0, 364)),
                "target_value": target,
                "target_date": date(rng.choice((2025, 2026, 2027)), 12, 31),
                "data_source": "Generated source",
                "collection_method": "",
                "frequency": rng.choice(tuple(Frequency)),
                "owner_person_id": rng.choice(people),
                "disaggregation": Disaggregation.SEX if by_sex else Disaggregation.NONE,
                "library_key": "",
            }
        )
        objective_links.append(
            {"indicator_id": indicator_id, "objective_id": rng.choice(objectives)}
        )
        for action_id in rng.sample(actions, min(len(actions), rng.choice((1, 1, 2)))):
            action_links.append({"indicator_id": indicator_id, "action_id": action_id})
        for due_on in sorted(rng.sample(half_years, 2)):
            value = baseline + (target - baseline) * rng.uniform(0.2, 0.8)
            milestones.append(
                {
                    "id": milestone_id,
                    "indicator_id": indicator_id,
                    "due_on": due_on,
                    "value": round(value, 1),
                }
            )
            milestone_id += 1
    insert_rows(session, Indicator, indicators)
    insert_rows(session, IndicatorObjective, objective_links)
    insert_rows(session, IndicatorAction, action_links)
    insert_rows(session, IndicatorMilestone, milestones)
    _add_measurements(context, indicators)


def _add_measurements(context: LargeContext, indicators: list[Row]) -> None:
    """About one indicator in twenty gets no data; the rest monthly or less often."""
    session, rng = context.session, context.rng
    total = context.counts["measurement"]
    weights = [0.0 if rng.random() < 0.05 else rng.uniform(0.5, 1.5) for _ in indicators]
    if total > len(MONTHS) * sum(1 for weight in weights if weight > 0):
        weights = [weight or 1.0 for weight in weights]
    per_indicator = split_total(weights, total, cap=len(MONTHS))
    measurement_id = next_id(session, Measurement)
    breakdown_id = next_id(session, MeasurementBreakdown)
    measurements: list[Row] = []
    breakdowns: list[Row] = []
    for indicator, count in zip(indicators, per_indicator, strict=True):
        baseline, target = indicator["baseline_value"], indicator["target_value"]
        cumulative = indicator["accumulation"] == "cumulative"
        whole = indicator["unit"] in ("number", "persons")
        step = (target - baseline) / max(count, 1)
        pace = rng.uniform(0.5, 1.2)
        for position, (year, month) in enumerate(sorted(rng.sample(MONTHS, count))):
            share = (position + 1) / count
            if indicator["unit"] == "yes_no":
                value = 1.0 if share * pace > 0.7 else 0.0
            elif cumulative:
                value = max(0.0, step * rng.uniform(0.3, 1.7))
                value = float(round(value)) if whole else round(value, 2)
            else:
                value = round(
                    baseline + (target - baseline) * share * pace * rng.uniform(0.9, 1.1), 2
                )
            measured_on = date(year, month, calendar.monthrange(year, month)[1])
            measurements.append(
                {
                    "id": measurement_id,
                    "indicator_id": indicator["id"],
                    "measured_on": measured_on,
                    "value": value,
                    "source_note": "",
                    "entered_by": "demo",
                }
            )
            if indicator["disaggregation"] == Disaggregation.SEX:
                female = round(value * rng.uniform(0.4, 0.75))
                for category, part in (("female", female), ("male", value - female)):
                    breakdowns.append(
                        {
                            "id": breakdown_id,
                            "measurement_id": measurement_id,
                            "dimension": "sex",
                            "category": category,
                            "value": part,
                        }
                    )
                    breakdown_id += 1
            measurement_id += 1
    insert_rows(session, Measurement, measurements)
    insert_rows(session, MeasurementBreakdown, breakdowns)


#: The plan's versions, oldest first: name, status, saved. The last is the plan as it is now.
VERSIONS = (
    ("Draft 1", PlanStatus.DRAFT, datetime(2023, 3, 1, 10, 0)),
    ("Draft for peer review", PlanStatus.SUBMITTED, datetime(2023, 11, 15, 9, 0)),
    ("Submitted to the lead expert", PlanStatus.RETURNED, datetime(2024, 6, 20, 14, 0)),
    ("Final plan", PlanStatus.APPROVED, datetime(2025, 6, 30, 12, 0)),
    ("Mid-term update", PlanStatus.DRAFT, datetime(2025, 10, 6, 15, 30)),
)
#: The action fields a later version changed, replayed backwards for the earlier ones.
REVISED_FIELDS = ("end_date", "estimated_cost", "progress_percent")


def _earlier_value(rng: random.Random, field: str, row: Any) -> Any:
    """What ``field`` of an action said before a revision: an earlier end, a lower cost
    or less progress (within the action's constraints)."""
    if field == "end_date":
        earlier = row.end_date - timedelta(days=rng.randint(60, 240))
        return max(earlier, row.start_date) if row.start_date is not None else earlier
    if field == "estimated_cost":
        cost = row.estimated_cost or Decimal(10_000)
        share = Decimal(rng.choice((60, 75, 80, 90)))
        return (cost * share / 100 / 100).quantize(Decimal(1)) * 100
    return max(0, row.progress_percent - rng.randint(10, 40))


def _history(
    context: LargeContext, rng: random.Random
) -> tuple[list[list[tuple[int, str, Any]]], list[set[int]]]:
    """For each version after the first: the revisions it brought (action id, field,
    value before) and the actions it added. Each action is revised or added once."""
    session = context.session
    rows = session.execute(
        sa.select(
            Action.id, Action.start_date, Action.end_date, Action.estimated_cost,
            Action.progress_percent,
        )
        .join(Objective, Action.objective_id == Objective.id)
        .where(Objective.plan_id == context.first["plan"])
        .order_by(Action.id)
    ).all()  # fmt: skip
    steps = len(VERSIONS) - 1
    revised_per_step = max(2, len(rows) // 100)
    added_per_step = max(1, len(rows) // 500)
    chosen = rng.sample(rows, min(len(rows), steps * (revised_per_step + added_per_step)))
    revisions: list[list[tuple[int, str, Any]]] = []
    added: list[set[int]] = []
    for step in range(steps):
        part = chosen[step * (revised_per_step + added_per_step) :][
            : revised_per_step + added_per_step
        ]
        changes = []
        for number, row in enumerate(part[:revised_per_step]):
            field = REVISED_FIELDS[number % len(REVISED_FIELDS)]
            if field == "end_date" and row.end_date is None:
                field = "estimated_cost"
            if field == "progress_percent" and row.progress_percent == 0:
                field = "estimated_cost"
            changes.append((row.id, field, _earlier_value(rng, field, row)))
        revisions.append(changes)
        added.append({row.id for row in part[revised_per_step:]})
    return revisions, added


def _version_snapshots(context: LargeContext) -> list[str]:
    """A real snapshot of the plan for every version, the plan left as it is now.

    The plan as it is now is the last version. For an earlier one the revisions made
    since are set back in the database for the moment of the snapshot, and the actions
    added since are left out of it.
    """
    session = context.session
    revisions, added = _history(context, random.Random(context.rng.random()))
    table = Action.__table__
    assert isinstance(table, sa.Table)
    now: dict[int, dict[str, Any]] = {}
    for changes in revisions:
        for action_id, field, _value in changes:
            now.setdefault(action_id, {})[field] = None
    for action_id, values in now.items():
        row = session.execute(
            sa.select(*(table.c[field] for field in values)).where(table.c.id == action_id)
        ).one()
        now[action_id] = dict(zip(values, row, strict=True))
    texts = []
    for index in range(len(VERSIONS)):
        later = range(index, len(revisions))  # revisions brought by the versions after it
        for step in reversed(later):
            for action_id, field, value in revisions[step]:
                session.execute(
                    sa.update(table).where(table.c.id == action_id).values({field: value})
                )
        hidden = set().union(*(added[step] for step in later))
        data = snapshot(session)
        data["actions"] = [action for action in data["actions"] if action["id"] not in hidden]
        texts.append(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
        for action_id, values in now.items():
            session.execute(sa.update(table).where(table.c.id == action_id).values(values))
    return texts


def add_reviews(context: LargeContext) -> None:
    session = context.session
    snapshots = _version_snapshots(context)
    rng = context.rng
    versions = VERSIONS
    first = next_id(session, PlanVersion)
    insert_rows(
        session,
        PlanVersion,
        [
            {"id": first + i, "plan_id": context.first["plan"], "name": name, "status": status,
             "saved_at": saved, "note": "", "snapshot": snapshots[i]}
            for i, (name, status, saved) in enumerate(versions)
        ],
    )  # fmt: skip
    review_first = next_id(session, Review)
    reviews = [
        {"id": review_first + i, "plan_version_id": first + version, "reviewer": "Synthetic lead expert",
         "reviewed_on": (versions[version][2] + timedelta(days=30)).date(),
         "status": ReviewStatus.RESOLVED if i == 0 else ReviewStatus.SENT, "summary": "", "resolution": ""}
        for i, version in enumerate((1, 2))
    ]  # fmt: skip
    insert_rows(session, Review, reviews)
    scores: list[Row] = []
    comments: list[Row] = []
    score_id, comment_id = next_id(session, ReviewScore), next_id(session, ReviewComment)
    kinds = (ReviewItemKind.PLAN, ReviewItemKind.OBJECTIVE, ReviewItemKind.ACTION)
    for review in reviews:
        for criterion in CRITERIA:
            scores.append(
                {"id": score_id + len(scores), "review_id": review["id"], "criterion": criterion,
                 "score": rng.randint(0, 3), "comment": ""}
            )  # fmt: skip
        for _ in range(30):
            kind = rng.choice(kinds)
            code = {
                ReviewItemKind.PLAN: "",
                ReviewItemKind.OBJECTIVE: str(
                    rng.randint(1, context.counts["strategic_objective"])
                ),
                ReviewItemKind.ACTION: rng.choice(context.action_codes),
            }[kind]
            comments.append(
                {"id": comment_id + len(comments), "review_id": review["id"], "item_kind": kind,
                 "item_code": code, "comment": "Please clarify the expected result.",
                 "response": "", "resolved": rng.random() < 0.4}
            )  # fmt: skip
    insert_rows(session, ReviewScore, scores)
    insert_rows(session, ReviewComment, comments)
