"""Organisations, people, groups, power/interest assessments and consent records."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from lagdesk.db.base import Base, Timestamped, code_enum, fk
from lagdesk.db.codes import ConsentMethod, ConsentPurpose, Gender, GroupKind, MemberRole, Sector

# Exactly one of person_id / organisation_id is set.
ONE_STAKEHOLDER = "(person_id IS NULL) <> (organisation_id IS NULL)"


class Organisation(Timestamped, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(300), index=True)
    sector: Mapped[Sector] = mapped_column(code_enum(Sector, "sector"), index=True)
    subtype: Mapped[str] = mapped_column(sa.String(100), default="", server_default="")
    city: Mapped[str] = mapped_column(sa.String(100), default="", server_default="")
    country: Mapped[str] = mapped_column(sa.String(2), default="", server_default="")
    website: Mapped[str] = mapped_column(sa.String(300), default="", server_default="")
    email: Mapped[str] = mapped_column(sa.String(254), default="", server_default="")
    phone: Mapped[str] = mapped_column(sa.String(50), default="", server_default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="", server_default="")


class Person(Timestamped, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(sa.String(100), default="", server_default="")
    last_name: Mapped[str] = mapped_column(sa.String(100), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        fk("organisation.id", "SET NULL"), index=True
    )
    gender: Mapped[Gender] = mapped_column(
        code_enum(Gender, "gender"), default=Gender.UNKNOWN, server_default=Gender.UNKNOWN.value
    )
    role: Mapped[str] = mapped_column(sa.String(200), default="", server_default="")
    email: Mapped[str] = mapped_column(sa.String(254), default="", server_default="", index=True)
    phone: Mapped[str] = mapped_column(sa.String(50), default="", server_default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="", server_default="")


class StakeholderGroup(Timestamped, Base):
    """A named, possibly nested grouping: the local group itself, working groups, boards."""

    __tablename__ = "stakeholder_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    kind: Mapped[GroupKind] = mapped_column(
        code_enum(GroupKind, "group_kind"),
        default=GroupKind.WORKING_GROUP,
        server_default=GroupKind.WORKING_GROUP.value,
    )
    # Deleting a group lifts its subgroups to the top level rather than deleting them.
    parent_id: Mapped[int | None] = mapped_column(
        fk("stakeholder_group.id", "SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(sa.Text, default="", server_default="")


class GroupMembership(Timestamped, Base):
    __tablename__ = "group_membership"
    __table_args__ = (
        sa.CheckConstraint(ONE_STAKEHOLDER, name="one_member"),
        sa.CheckConstraint(
            "left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on", name="dates"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(fk("stakeholder_group.id", "CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(fk("person.id", "CASCADE"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        fk("organisation.id", "CASCADE"), index=True
    )
    role: Mapped[MemberRole] = mapped_column(
        code_enum(MemberRole, "member_role"),
        default=MemberRole.MEMBER,
        server_default=MemberRole.MEMBER.value,
    )
    joined_on: Mapped[date | None]
    left_on: Mapped[date | None]


class PowerInterestAssessment(Timestamped, Base):
    """One dated power/interest scoring; the history is every row, the latest is current."""

    __tablename__ = "power_interest_assessment"
    __table_args__ = (
        sa.CheckConstraint(ONE_STAKEHOLDER, name="one_stakeholder"),
        sa.CheckConstraint("power BETWEEN 1 AND 5", name="power"),
        sa.CheckConstraint("interest BETWEEN 1 AND 5", name="interest"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(fk("person.id", "CASCADE"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        fk("organisation.id", "CASCADE"), index=True
    )
    power: Mapped[int]
    interest: Mapped[int]
    assessed_on: Mapped[date]
    note: Mapped[str] = mapped_column(sa.Text, default="", server_default="")


class ConsentRecord(Timestamped, Base):
    __tablename__ = "consent_record"
    __table_args__ = (
        sa.CheckConstraint("withdrawn_on IS NULL OR withdrawn_on >= given_on", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(fk("person.id", "CASCADE"), index=True)
    purpose: Mapped[ConsentPurpose] = mapped_column(code_enum(ConsentPurpose, "consent_purpose"))
    given_on: Mapped[date]
    method: Mapped[ConsentMethod] = mapped_column(
        code_enum(ConsentMethod, "consent_method"),
        default=ConsentMethod.WRITTEN,
        server_default=ConsentMethod.WRITTEN.value,
    )
    evidence: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    withdrawn_on: Mapped[date | None]
