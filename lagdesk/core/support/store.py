"""Create, read, update, delete and query any record, in one short transaction each.

Area modules (network, stakeholders, ...) add the queries and rules of their area on top;
the UI and the CLI never see an ORM object, only the records of ``lagdesk.core.support.records``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.support import records
from lagdesk.core.support.validation import label, validate
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


@dataclass(frozen=True)
class FieldConflict:
    """One field both the user and someone else (an import, another program) changed."""

    key: str
    label: str
    #: What the file holds now.
    in_file: Any
    #: What the user's edit would store.
    yours: Any


class EditConflict(UserError):
    """The record changed in the file, since the form was filled, in a field the user
    changed too: storing the edit would silently wipe the other change, so nothing is stored.

    ``current`` is the record as the file holds it now. Storing the same edit again against
    ``keep_mine(conflict)`` or ``keep_file_values(conflict)`` settles the fields in conflict
    one way or the other, the user's other changes stored and the rest left as in the file.
    """

    def __init__(
        self, loaded: Any, edited: Any, current: Any, conflicts: list[FieldConflict]
    ) -> None:
        names = ", ".join(conflict.label for conflict in conflicts)
        super().__init__(
            translate(
                "Errors",
                "This record was changed elsewhere since you opened it ({fields}); "
                "nothing was stored.",
            ).format(fields=names)
        )
        self.loaded = loaded
        self.edited = edited
        self.current = current
        self.conflicts = conflicts


def changed_fields(loaded: Any, edited: Any) -> list[str]:
    """The fields an edit changed, the record's id aside."""
    return [
        f.name
        for f in fields(edited)
        if f.name != "id" and getattr(loaded, f.name) != getattr(edited, f.name)
    ]


def keep_mine(conflict: EditConflict) -> Any:
    """The loaded record to store the edit against again so that the user's values win in
    the fields in conflict (undo then puts back the file's)."""
    return replace(conflict.loaded, **{c.key: c.in_file for c in conflict.conflicts})


def keep_file_values(conflict: EditConflict) -> Any:
    """The loaded record to store the edit against again so that the fields in conflict
    keep the file's values while the user's other changes are stored."""
    return replace(conflict.loaded, **{c.key: c.yours for c in conflict.conflicts})


def as_before_edit(saved: R, loaded: Any, edited: Any) -> R:
    """``saved`` with the fields the edit changed set back to their loaded values: what an
    undo writes back, leaving what others changed meanwhile as they left it."""
    return replace(
        saved, **{name: getattr(loaded, name) for name in changed_fields(loaded, edited)}
    )  # type: ignore[type-var]


def write_changes(session: Session, loaded: R | None, edited: R) -> R:
    """Store ``edited`` inside an open session, writing only the fields that differ from
    ``loaded`` (the record as the form got it; None, or no id, for a new record).

    The row is read again in the same transaction: a field the user changed that was also
    changed in the file meanwhile raises ``EditConflict``; fields only others changed are
    kept as they are in the file.
    """
    record_id: int | None = getattr(edited, "id", None)
    if loaded is None or record_id is None:
        return write(session, edited)
    model = model_of(type(edited))
    row = session.get(model, record_id)
    if row is None:
        raise NotFoundError(model.__tablename__, record_id)
    current = to_record(type(edited), row)
    changed = changed_fields(loaded, edited)
    conflicts = [
        FieldConflict(name, label(name), getattr(current, name), getattr(edited, name))
        for name in changed
        if getattr(current, name) != getattr(loaded, name)
        and getattr(current, name) != getattr(edited, name)
    ]
    if conflicts:
        raise EditConflict(loaded, edited, current, conflicts)
    return write(session, replace(current, **{name: getattr(edited, name) for name in changed}))  # type: ignore[type-var]


def update(database: Database, loaded: R | None, edited: R) -> R:
    """Store the fields the user changed in one transaction (see ``write_changes``)."""
    try:
        with database.session() as session:
            return write_changes(session, loaded, edited)
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
