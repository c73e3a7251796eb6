"""The cooperation network, its partner cities and transnational meetings."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lagdesk.db.base import Base, Timestamped, code_enum, fk
from lagdesk.db.codes import NetworkPhase, PartnerRole, Programme


class Network(Timestamped, Base):
    __tablename__ = "network"
    __table_args__ = (
        sa.CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    programme: Mapped[Programme] = mapped_column(code_enum(Programme, "programme"))
    topic: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    lead_expert: Mapped[str] = mapped_column(sa.String(200), default="", server_default="")
    phase: Mapped[NetworkPhase] = mapped_column(
        code_enum(NetworkPhase, "phase"),
        default=NetworkPhase.PLANNING,
        server_default=NetworkPhase.PLANNING.value,
    )
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    description: Mapped[str] = mapped_column(sa.Text, default="", server_default="")

    partners: Mapped[list[Partner]] = relationship(
        back_populates="network", cascade="all, delete-orphan", passive_deletes=True
    )


class Partner(Timestamped, Base):
    """A city or body in the network. ``is_own`` marks the city whose group this file keeps."""

    __tablename__ = "partner"
    __table_args__ = (
        sa.CheckConstraint(
            "cofinancing_rate IS NULL OR (cofinancing_rate >= 0 AND cofinancing_rate <= 100)",
            name="cofinancing_rate",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(fk("network.id", "CASCADE"), index=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    country: Mapped[str] = mapped_column(sa.String(2), default="", server_default="")
    role: Mapped[PartnerRole] = mapped_column(
        code_enum(PartnerRole, "partner_role"),
        default=PartnerRole.PARTNER,
        server_default=PartnerRole.PARTNER.value,
    )
    cofinancing_rate: Mapped[float | None] = mapped_column(sa.Float)
    is_own: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    notes: Mapped[str] = mapped_column(sa.Text, default="", server_default="")

    network: Mapped[Network] = relationship(back_populates="partners")


class TransnationalMeeting(Timestamped, Base):
    __tablename__ = "transnational_meeting"
    __table_args__ = (sa.CheckConstraint("end_date >= start_date", name="dates"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(fk("network.id", "CASCADE"), index=True)
    host_partner_id: Mapped[int | None] = mapped_column(fk("partner.id", "SET NULL"), index=True)
    title: Mapped[str] = mapped_column(sa.String(300))
    place: Mapped[str] = mapped_column(sa.String(300), default="", server_default="")
    start_date: Mapped[date]
    end_date: Mapped[date]
    # Our city's delegation and its attendance live in an ordinary meeting, when recorded.
    meeting_id: Mapped[int | None] = mapped_column(fk("meeting.id", "SET NULL"), index=True)
    notes: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
