"""The small demo's plan: objectives, actions, funding, risks, indicators and the review."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.indicators.preloaded import preload_library
from lagdesk.core.plan.versions import snapshot
from lagdesk.db.codes import (
    AttachmentKind,
    ObjectiveLevel,
    PlanStatus,
    Polarity,
    ReviewStatus,
)
from lagdesk.db.models import (
    Action,
    ActionPartner,
    ActionTag,
    Attachment,
    AttachmentContent,
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
from lagdesk.demo import koszalin_monitoring as kmon
from lagdesk.demo import koszalin_plan as kplan

if TYPE_CHECKING:
    from lagdesk.demo.small import KoszalinRecords

ENTERED_BY = "Agnieszka Wójcik"


@dataclass(frozen=True)
class PlanRecords:
    """The plan, its objectives and actions by code, for the monitoring phase."""

    plan: Plan
    objectives: dict[str, Objective]
    actions: dict[str, Action]


def add_plan(session: Session, records: KoszalinRecords) -> PlanRecords:
    plan = Plan(
        title=kplan.PLAN_TITLE,
        city=kplan.PLAN_CITY,
        vision=kplan.VISION,
        context=kplan.CONTEXT,
        problem_analysis=kplan.PROBLEM_ANALYSIS,
        transnational_learning=kplan.TRANSNATIONAL_LEARNING,
        status=PlanStatus.DRAFT,
    )
    session.add(plan)
    session.flush()
    objectives: dict[str, Objective] = {}
    for data in kplan.OBJECTIVES:
        parent_code, _, number = data.code.rpartition(".")
        objective = Objective(
            plan_id=plan.id,
            parent_id=objectives[parent_code].id if parent_code else None,
            level=ObjectiveLevel.SPECIFIC if parent_code else ObjectiveLevel.STRATEGIC,
            position=int(number) - 1,
            code=data.code,
            title=data.title,
            description=data.description,
        )
        session.add(objective)
        session.flush()
        objectives[data.code] = objective
    actions = _add_actions(session, records, objectives)
    _add_risks(session, records, plan, actions)
    return PlanRecords(plan, objectives, actions)


def _add_actions(
    session: Session, records: KoszalinRecords, objectives: dict[str, Objective]
) -> dict[str, Action]:
    actions: dict[str, Action] = {}
    for data in kplan.ACTIONS:
        objective_code, _, number = data.code.rpartition(".")
        source = records.decisions[data.source].id if data.source else None
        action = Action(
            objective_id=objectives[objective_code].id,
            position=int(number) - 1,
            code=data.code,
            title=data.title,
            description=data.description,
            type=data.type,
            lead_organisation_id=records.organisations[data.lead].id,
            responsible_person_id=records.people[data.responsible].id,
            start_date=data.start,
            end_date=data.end,
            status=data.status,
            progress_percent=data.progress,
            estimated_cost=data.cost,
            expected_result=data.expected_result,
            outputs=data.outputs,
            gender_dimension=data.gender_dimension,
            source_decision_id=source,
        )
        session.add(action)
        session.flush()
        actions[data.code] = action
        for key in data.partners:
            organisation_id = records.organisations[key].id
            session.add(ActionPartner(action_id=action.id, organisation_id=organisation_id))
        for tag in data.tags:
            session.add(ActionTag(action_id=action.id, tag=tag))
        dropped = kplan.MILESTONES_DROPPED_AFTER_REVIEW.get(data.code, ())
        for title, due_on, done in data.milestones + dropped:
            session.add(Milestone(action_id=action.id, title=title, due_on=due_on, done=done))
        for source_code, amount, status in data.funding:
            if (data.code, source_code) in kplan.FUNDING_ADDED_AFTER_REVIEW:
                continue  # added after the review, see _add_review
            session.add(
                FundingLine(action_id=action.id, source=source_code, amount=amount, status=status)
            )
    return actions


def _add_risks(
    session: Session, records: KoszalinRecords, plan: Plan, actions: dict[str, Action]
) -> None:
    for number, data in enumerate(kplan.RISKS, start=1):
        risk = Risk(
            plan_id=plan.id,
            code=f"R{number}",
            title=data.title,
            description=data.description,
            category=data.category,
            likelihood=data.likelihood,
            impact=data.impact,
            mitigation=data.mitigation,
            owner_person_id=records.people[data.owner].id,
            status=data.status,
        )
        session.add(risk)
        session.flush()
        for code in data.actions:
            session.add(RiskAction(risk_id=risk.id, action_id=actions[code].id))


def add_monitoring(session: Session, records: KoszalinRecords, plan_records: PlanRecords) -> None:
    preload_library(session)
    library = {
        indicator.library_key: indicator
        for indicator in session.scalars(sa.select(Indicator).where(Indicator.library_key != ""))
    }
    for use in kmon.INDICATOR_USES:
        _apply_use(session, records, plan_records, library[use.library_key], use)
    for own in kmon.OWN_INDICATORS:
        indicator = Indicator(
            code=own.code,
            name=own.name,
            definition=own.definition,
            level=own.level,
            unit=own.unit,
            accumulation=own.accumulation,
            disaggregation=own.disaggregation,
        )
        session.add(indicator)
        session.flush()
        _apply_use(session, records, plan_records, indicator, own.use)
    _add_evidence(session, library["gender_clauses_by_number"])
    _add_review(session, plan_records)


def _apply_use(
    session: Session,
    records: KoszalinRecords,
    plan_records: PlanRecords,
    indicator: Indicator,
    use: kmon.IndicatorUse,
) -> None:
    indicator.baseline_value = use.baseline
    indicator.baseline_date = use.baseline_on
    indicator.target_value = use.target
    indicator.target_date = use.target_on
    indicator.polarity = Polarity.INCREASE if use.target >= use.baseline else Polarity.DECREASE
    indicator.data_source = use.data_source
    indicator.collection_method = use.collection_method
    indicator.frequency = use.frequency
    indicator.owner_person_id = records.people[use.owner].id
    for code in use.objectives:
        objective_id = plan_records.objectives[code].id
        session.add(IndicatorObjective(indicator_id=indicator.id, objective_id=objective_id))
    for code in use.actions:
        action_id = plan_records.actions[code].id
        session.add(IndicatorAction(indicator_id=indicator.id, action_id=action_id))
    for due_on, value in use.milestones:
        session.add(IndicatorMilestone(indicator_id=indicator.id, due_on=due_on, value=value))
    for data in use.measurements:
        measurement = Measurement(
            indicator_id=indicator.id,
            measured_on=data.measured_on,
            value=data.value,
            source_note=data.note,
            entered_by=ENTERED_BY,
        )
        session.add(measurement)
        if data.by_sex is not None:
            session.flush()
            for category, value in zip(("female", "male"), data.by_sex, strict=True):
                session.add(
                    MeasurementBreakdown(
                        measurement_id=measurement.id,
                        dimension="sex",
                        category=category,
                        value=value,
                    )
                )


def _add_evidence(session: Session, indicator: Indicator) -> None:
    """The register extract behind one measurement, as an auditor would ask for it."""
    session.flush()
    measurement = session.scalars(
        sa.select(Measurement)
        .where(Measurement.indicator_id == indicator.id)
        .order_by(Measurement.measured_on.desc())
        .limit(1)
    ).one()
    rows = [
        "numer;przedmiot;wartość_eur;klauzula_równościowa",
        "ZP.271.14.2025;Catering w szkołach podstawowych nr 3 i 7;182000;tak",
        "ZP.271.18.2025;Sprzątanie budynków Urzędu Miejskiego;96000;tak",
        "ZP.271.21.2025;Dostawa sprzętu komputerowego;41000;nie",
    ]
    data = ("\n".join(rows) + "\n").encode("utf-8")
    attachment = Attachment(
        kind=AttachmentKind.EVIDENCE,
        measurement_id=measurement.id,
        filename="rejestr_umow_klauzule_2025H1.csv",
        media_type="text/csv; charset=utf-8",
        size_bytes=len(data),
        caption="Extract of the contract register",
        taken_on=measurement.measured_on,
    )
    session.add(attachment)
    session.flush()
    session.add(AttachmentContent(attachment_id=attachment.id, data=data))


def _submitted_snapshot(session: Session, plan_records: PlanRecords) -> str:
    """The plan as it was submitted in March 2025, as JSON; the live plan is left as now.

    The fields changed since are set back to their March values for the snapshot and then
    restored; the milestone dropped after the review is deleted and the funding line added
    after it is inserted only once the snapshot is taken.
    """
    indicators = {
        indicator.code: indicator
        for indicator in session.scalars(
            sa.select(Indicator).where(Indicator.code.in_(kplan.SUBMITTED_INDICATOR_VALUES))
        )
    }
    targets: list[tuple[object, dict[str, object]]] = [
        (plan_records.actions[code], values)
        for code, values in kplan.SUBMITTED_ACTION_VALUES.items()
    ]
    targets += [
        (indicators[code], values) for code, values in kplan.SUBMITTED_INDICATOR_VALUES.items()
    ]
    for (code, title), due_on in kplan.SUBMITTED_MILESTONE_DATES.items():
        milestone = session.scalars(
            sa.select(Milestone).where(
                Milestone.action_id == plan_records.actions[code].id, Milestone.title == title
            )
        ).one()
        targets.append((milestone, {"due_on": due_on}))
    now = [(target, {name: getattr(target, name) for name in values}) for target, values in targets]
    for target, values in targets:
        for name, value in values.items():
            setattr(target, name, value)
    session.flush()
    text = json.dumps(snapshot(session), ensure_ascii=False, separators=(",", ":"))
    for target, values in now:
        for name, value in values.items():
            setattr(target, name, value)
    for code, dropped in kplan.MILESTONES_DROPPED_AFTER_REVIEW.items():
        titles = [title for title, _, _ in dropped]
        session.execute(
            sa.delete(Milestone).where(
                Milestone.action_id == plan_records.actions[code].id, Milestone.title.in_(titles)
            )
        )
    for data in kplan.ACTIONS:
        for source_code, amount, status in data.funding:
            if (data.code, source_code) in kplan.FUNDING_ADDED_AFTER_REVIEW:
                action_id = plan_records.actions[data.code].id
                session.add(
                    FundingLine(
                        action_id=action_id, source=source_code, amount=amount, status=status
                    )
                )
    session.flush()
    return text


def _add_review(session: Session, plan_records: PlanRecords) -> None:
    plan = plan_records.plan
    version = PlanVersion(
        plan_id=plan.id,
        name=kmon.VERSION_NAME,
        status=PlanStatus.SUBMITTED,
        saved_at=datetime(2025, 3, 28, 9, 30),
        note=kmon.VERSION_NOTE,
        snapshot=_submitted_snapshot(session, plan_records),
    )
    session.add(version)
    plan.status = PlanStatus.SUBMITTED  # the plan mirrors its latest version
    session.flush()
    review = Review(
        plan_version_id=version.id,
        reviewer=kmon.REVIEWER,
        reviewed_on=kmon.REVIEWED_ON,
        status=ReviewStatus.SENT,
        summary=kmon.REVIEW_SUMMARY,
    )
    session.add(review)
    session.flush()
    for criterion, score, comment in kmon.REVIEW_SCORES:
        session.add(
            ReviewScore(review_id=review.id, criterion=criterion, score=score, comment=comment)
        )
    for kind, code, comment, response, resolved in kmon.REVIEW_COMMENTS:
        session.add(
            ReviewComment(
                review_id=review.id,
                item_kind=kind,
                item_code=code,
                comment=comment,
                response=response,
                resolved=resolved,
            )
        )
