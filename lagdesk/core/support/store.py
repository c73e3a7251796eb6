"""Create, read, update, delete and query any record, in one short transaction each.

Area modules (network, stakeholders, ...) add the queries and rules of their area on top;
the UI and the CLI never see an ORM object, only the records of ``lagdesk.core.support.records``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.support import records
from lagdesk.core.support.validation import validate
from lagdesk.db import models
from lagdesk.db.base import Base
from lagdesk.db.database import Database
from lagdesk.errors import NotFoundError, UserError
from lagdesk.i18n import translate

R = TypeVar("R")

MODEL_OF: dict[type, type[Base]] = {
    record_type: getattr(models, record_type.__name__) for record_type in records.RECORD_TYPES
}


def model_of(record_type: type) -> type[Base]:
    return MODEL_OF[record_type]


def to_record(record_type: type[R], row: Base) -> R:
    return record_type(**{f.name: getattr(row, f.name) for f in fields(record_type)})  # type: ignore[arg-type]


def _values(record: Any) -> dict[str, Any]:
    values = {f.name: getattr(record, f.name) for f in fields(record) if f.name != "id"}
    # Columns with a database default are left to it while the record has no value.
    return {
        name: value for name, value in values.items() if value is not None or name != "saved_at"
    }


def integrity_message(error: sa.exc.IntegrityError) -> str:
    text = str(error.orig).lower()
    if "unique" in text:
        return translate("Errors", "A record with the same key already exists ({detail}).").format(
            detail=str(error.orig).split(":")[-1].strip()
        )
    if "foreign key" in text:
        return translate(
            "Errors", "This refers to a record that does not exist, or is still in use."
        )
    return translate("Errors", "The values break a rule of the database ({detail}).").format(
        detail=str(error.orig)
    )


class IntegrityProblem(UserError):
    """A write the database refused (duplicate key, record still in use, ...)."""


def write(session: Session, record: R) -> R:
    """Insert or update ``record`` inside an open session; returns it with its id."""
    validate(record)
    model = model_of(type(record))
    record_id: int | None = getattr(record, "id", None)
    if record_id is None:
        row = model(**_values(record))
        session.add(row)
    else:
        found = session.get(model, record_id)
        if found is None:
            raise NotFoundError(model.__tablename__, record_id)
        row = found
        for name, value in _values(record).items():
            setattr(row, name, value)
    session.flush()
    return to_record(type(record), row)


def save(database: Database, record: R) -> R:
    """Insert (id None) or update (id set) one record in its own transaction."""
    try:
        with database.session() as session:
            return write(session, record)
    except sa.exc.IntegrityError as exc:
        raise IntegrityProblem(integrity_message(exc)) from exc


def save_all(database: Database, items: Iterable[R]) -> list[R]:
    """Store several records in one transaction: all of them or none."""
    try:
        with database.session() as session:
            return [write(session, record) for record in items]
    except sa.exc.IntegrityError as exc:
        raise IntegrityProblem(integrity_message(exc)) from exc


def get(database: Database, record_type: type[R], record_id: int) -> R:
    model = model_of(record_type)
    with database.reading() as session:
        row = session.get(model, record_id)
        if row is None:
            raise NotFoundError(model.__tablename__, record_id)
        return to_record(record_type, row)


def find(
    database: Database,
    record_type: type[R],
    *criteria: sa.ColumnElement[bool],
    order_by: Sequence[Any] = (),
    limit: int | None = None,
    **equal: Any,
) -> list[R]:
    """Records matching SQL criteria and/or ``field=value`` pairs, ordered by id by default."""
    model = model_of(record_type)
    query = sa.select(model).where(*criteria).filter_by(**equal)
    query = query.order_by(*(order_by or (model.id,)))  # type: ignore[attr-defined]
    if limit is not None:
        query = query.limit(limit)
    with database.reading() as session:
        return [to_record(record_type, row) for row in session.scalars(query)]


def count(database: Database, record_type: type, *criteria: sa.ColumnElement[bool]) -> int:
    model = model_of(record_type)
    query = sa.select(sa.func.count()).select_from(model).where(*criteria)
    with database.reading() as session:
        return int(session.execute(query).scalar_one())


def delete(database: Database, record_type: type, record_id: int) -> None:
    """Delete one record; what hangs on it goes by the schema's ON DELETE rules."""
    model = model_of(record_type)
    try:
        with database.session() as session:
            row = session.get(model, record_id)
            if row is None:
                raise NotFoundError(model.__tablename__, record_id)
            session.delete(row)
    except sa.exc.IntegrityError as exc:
        raise IntegrityProblem(integrity_message(exc)) from exc
