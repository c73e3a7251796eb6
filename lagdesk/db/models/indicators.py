"""Indicators, their milestones and links, measurements and disaggregated values."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from lagdesk.db.base import Base, Timestamped, code_enum, fk, link_key
from lagdesk.db.codes import (
    Accumulation,
    Disaggregation,
    Frequency,
    IndicatorLevel,
    IndicatorUnit,
    Polarity,
)


class Indicator(Timestamped, Base):
    __tablename__ = "indicator"
    __table_args__ = (
        sa.CheckConstraint(
            "target_date IS NULL OR baseline_date IS NULL OR target_date >= baseline_date",
            name="dates",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(32), unique=True)
    eu_code: Mapped[str] = mapped_column(sa.String(32), default="", server_default="")
    name: Mapped[str] = mapped_column(sa.String(500))
    definition: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    level: Mapped[IndicatorLevel] = mapped_column(
        code_enum(IndicatorLevel, "indicator_level"),
        default=IndicatorLevel.OUTPUT,
        server_default=IndicatorLevel.OUTPUT.value,
    )
    unit: Mapped[IndicatorUnit] = mapped_column(
        code_enum(IndicatorUnit, "indicator_unit"),
        default=IndicatorUnit.NUMBER,
        server_default=IndicatorUnit.NUMBER.value,
    )
    polarity: Mapped[Polarity] = mapped_column(
        code_enum(Polarity, "polarity"),
        default=Polarity.INCREASE,
        server_default=Polarity.INCREASE.value,
    )
    accumulation: Mapped[Accumulation] = mapped_column(
        code_enum(Accumulation, "accumulation"),
        default=Accumulation.LATEST,
        server_default=Accumulation.LATEST.value,
    )
    baseline_value: Mapped[float | None]
    baseline_date: Mapped[date | None]
    target_value: Mapped[float | None]
    target_date: Mapped[date | None]
    data_source: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    collection_method: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    frequency: Mapped[Frequency] = mapped_column(
        code_enum(Frequency, "frequency"),
        default=Frequency.YEARLY,
        server_default=Frequency.YEARLY.value,
    )
    owner_person_id: Mapped[int | None] = mapped_column(fk("person.id", "SET NULL"), index=True)
    disaggregation: Mapped[Disaggregation] = mapped_column(
        code_enum(Disaggregation, "disaggregation"),
        default=Disaggregation.NONE,
        server_default=Disaggregation.NONE.value,
    )
    # Stable key of a preloaded library indicator ("" for the user's own).
    library_key: Mapped[str] = mapped_column(sa.String(64), default="", server_default="")


class IndicatorObjective(Base):
    __tablename__ = "indicator_objective"

    indicator_id: Mapped[int] = link_key("indicator.id")
    objective_id: Mapped[int] = link_key("objective.id", index=True)


class IndicatorAction(Base):
    __tablename__ = "indicator_action"

    indicator_id: Mapped[int] = link_key("indicator.id")
    action_id: Mapped[int] = link_key("action.id", index=True)


class IndicatorMilestone(Base):
    __tablename__ = "indicator_milestone"
    __table_args__ = (sa.UniqueConstraint("indicator_id", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(fk("indicator.id", "CASCADE"))
    due_on: Mapped[date]
    value: Mapped[float]


class Measurement(Timestamped, Base):
    __tablename__ = "measurement"
    __table_args__ = (
        sa.Index("ix_measurement_indicator_id_measured_on", "indicator_id", "measured_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(fk("indicator.id", "CASCADE"))
    measured_on: Mapped[date]
    value: Mapped[float]
    source_note: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    entered_by: Mapped[str] = mapped_column(sa.String(200), default="", server_default="")


class MeasurementBreakdown(Base):
    """A disaggregated part of a measurement, e.g. dimension "sex", category "female"."""

    __tablename__ = "measurement_breakdown"
    __table_args__ = (sa.UniqueConstraint("measurement_id", "dimension", "category"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    measurement_id: Mapped[int] = mapped_column(fk("measurement.id", "CASCADE"))
    dimension: Mapped[str] = mapped_column(sa.String(32))
    category: Mapped[str] = mapped_column(sa.String(32))
    value: Mapped[float]
