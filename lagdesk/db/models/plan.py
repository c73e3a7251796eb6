"""The Integrated Action Plan: versions, objective tree, actions, funding and risks."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from lagdesk.db.base import Base, Money, Timestamped, code_enum, fk, link_key
from lagdesk.db.codes import (
    ActionStatus,
    ActionType,
    FundingSource,
    FundingStatus,
    GenderDimension,
    ObjectiveLevel,
    PlanStatus,
    RiskCategory,
    RiskStatus,
)


class Plan(Timestamped, Base):
    """The city's plan as it is being edited now; versions are frozen snapshots of it."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(sa.String(300))
    city: Mapped[str] = mapped_column(sa.String(200), default="", server_default="")
    vision: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    context: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    problem_analysis: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    transnational_learning: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    status: Mapped[PlanStatus] = mapped_column(
        code_enum(PlanStatus, "plan_status"),
        default=PlanStatus.DRAFT,
        server_default=PlanStatus.DRAFT.value,
    )


class PlanVersion(Timestamped, Base):
    __tablename__ = "plan_version"
    __table_args__ = (sa.UniqueConstraint("plan_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(fk("plan.id", "CASCADE"))
    name: Mapped[str] = mapped_column(sa.String(200))
    status: Mapped[PlanStatus] = mapped_column(
        code_enum(PlanStatus, "plan_status"),
        default=PlanStatus.DRAFT,
        server_default=PlanStatus.DRAFT.value,
    )
    saved_at: Mapped[datetime] = mapped_column(
        sa.DateTime, server_default=sa.func.current_timestamp()
    )
    note: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    # The whole plan as JSON at the moment it was saved.
    snapshot: Mapped[str] = mapped_column(sa.Text, default="{}", server_default="{}")


class Objective(Timestamped, Base):
    """Strategic objective > specific objective. ``code`` is derived from the tree (1, 1.2)."""

    __tablename__ = "objective"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(fk("plan.id", "CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(fk("objective.id", "CASCADE"), index=True)
    level: Mapped[ObjectiveLevel] = mapped_column(code_enum(ObjectiveLevel, "objective_level"))
    position: Mapped[int] = mapped_column(default=0, server_default="0")
    code: Mapped[str] = mapped_column(sa.String(32), index=True)
    title: Mapped[str] = mapped_column(sa.String(500))
    description: Mapped[str] = mapped_column(sa.Text, default="", server_default="")


class Action(Timestamped, Base):
    __tablename__ = "action"
    __table_args__ = (
        sa.CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates"
        ),
        sa.CheckConstraint("progress_percent BETWEEN 0 AND 100", name="progress_percent"),
        sa.CheckConstraint("estimated_cost IS NULL OR estimated_cost >= 0", name="estimated_cost"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # An objective with actions cannot be deleted until they are moved or deleted.
    objective_id: Mapped[int] = mapped_column(fk("objective.id", "RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(default=0, server_default="0")
    code: Mapped[str] = mapped_column(sa.String(32), index=True)
    title: Mapped[str] = mapped_column(sa.String(500))
    description: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    type: Mapped[ActionType] = mapped_column(code_enum(ActionType, "action_type"))
    lead_organisation_id: Mapped[int | None] = mapped_column(
        fk("organisation.id", "SET NULL"), index=True
    )
    responsible_person_id: Mapped[int | None] = mapped_column(
        fk("person.id", "SET NULL"), index=True
    )
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    status: Mapped[ActionStatus] = mapped_column(
        code_enum(ActionStatus, "action_status"),
        default=ActionStatus.PLANNED,
        server_default=ActionStatus.PLANNED.value,
    )
    progress_percent: Mapped[int] = mapped_column(default=0, server_default="0")
    estimated_cost: Mapped[Decimal | None] = mapped_column(Money)
    expected_result: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    outputs: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    gender_dimension: Mapped[GenderDimension | None] = mapped_column(
        code_enum(GenderDimension, "gender_dimension")
    )
    source_decision_id: Mapped[int | None] = mapped_column(
        fk("decision.id", "SET NULL"), index=True
    )


class ActionPartner(Base):
    __tablename__ = "action_partner"

    action_id: Mapped[int] = link_key("action.id")
    organisation_id: Mapped[int] = link_key("organisation.id", index=True)


class ActionTag(Base):
    """Free tags (gender, green, digital, ...) stored as lower-case codes."""

    __tablename__ = "action_tag"

    action_id: Mapped[int] = link_key("action.id")
    tag: Mapped[str] = mapped_column(sa.String(64), primary_key=True)


class Milestone(Timestamped, Base):
    __tablename__ = "milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(fk("action.id", "CASCADE"), index=True)
    title: Mapped[str] = mapped_column(sa.String(300))
    due_on: Mapped[date]
    done: Mapped[bool] = mapped_column(default=False, server_default=sa.false())


class FundingLine(Timestamped, Base):
    __tablename__ = "funding_line"
    __table_args__ = (sa.CheckConstraint("amount >= 0", name="amount"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(fk("action.id", "CASCADE"), index=True)
    source: Mapped[FundingSource] = mapped_column(code_enum(FundingSource, "funding_source"))
    amount: Mapped[Decimal] = mapped_column(Money)
    status: Mapped[FundingStatus] = mapped_column(
        code_enum(FundingStatus, "funding_status"),
        default=FundingStatus.POTENTIAL,
        server_default=FundingStatus.POTENTIAL.value,
    )
    note: Mapped[str] = mapped_column(sa.Text, default="", server_default="")


class Risk(Timestamped, Base):
    __tablename__ = "risk"
    __table_args__ = (
        sa.CheckConstraint("likelihood BETWEEN 1 AND 5", name="likelihood"),
        sa.CheckConstraint("impact BETWEEN 1 AND 5", name="impact"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(fk("plan.id", "CASCADE"), index=True)
    # Short reference (R1, R2 ...) that reviews and exports use.
    code: Mapped[str] = mapped_column(sa.String(32), default="", server_default="")
    title: Mapped[str] = mapped_column(sa.String(300))
    description: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    category: Mapped[RiskCategory] = mapped_column(code_enum(RiskCategory, "risk_category"))
    likelihood: Mapped[int]
    impact: Mapped[int]
    mitigation: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    owner_person_id: Mapped[int | None] = mapped_column(fk("person.id", "SET NULL"), index=True)
    status: Mapped[RiskStatus] = mapped_column(
        code_enum(RiskStatus, "risk_status"),
        default=RiskStatus.OPEN,
        server_default=RiskStatus.OPEN.value,
    )

    @property
    def score(self) -> int:
        return self.likelihood * self.impact


class RiskAction(Base):
    __tablename__ = "risk_action"

    risk_id: Mapped[int] = link_key("risk.id")
    action_id: Mapped[int] = link_key("action.id", index=True)
