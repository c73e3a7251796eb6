"""Declarative base, naming convention, shared column types."""

from __future__ import annotations

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedColumn, mapped_column

# Named constraints, so that later SQLite batch migrations can address them.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


class Money(sa.types.TypeDecorator[Decimal]):
    """An amount in euro, stored exactly as integer cents and read back as ``Decimal``."""

    impl = sa.BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: sa.Dialect) -> int | None:
        if value is None:
            return None
        cents = (Decimal(str(value)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return int(cents)

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(Decimal("0.01"))


def code_enum(enum_cls: type[StrEnum], name: str) -> sa.Enum:
    """A stored code: a VARCHAR with a CHECK constraint listing the allowed values."""
    return sa.Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda cls: [member.value for member in cls],
        validate_strings=True,
    )


class Timestamped:
    """Created and updated times, set by the database (UTC)."""

    created_at: Mapped[datetime] = mapped_column(
        sa.DateTime, server_default=sa.func.current_timestamp(), nullable=False
    )
    updated_at: Mapped[datetime] = mapped_column(
        sa.DateTime,
        server_default=sa.func.current_timestamp(),
        onupdate=sa.func.current_timestamp(),
        nullable=False,
    )


def fk(target: str, ondelete: str) -> sa.ForeignKey:
    return sa.ForeignKey(target, ondelete=ondelete)


def link_key(target: str, *, index: bool | None = None) -> MappedColumn[Any]:
    """A key column naming a row of ``target``, whose deletion deletes this row too: the
    halves of a link table's key, and the key of a table that adds to one row."""
    return mapped_column(fk(target, "CASCADE"), primary_key=True, index=index)
