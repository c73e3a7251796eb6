"""Deleting a record so that it can be put back exactly, ids included.

The schema's foreign keys say what a delete takes along (ON DELETE CASCADE, followed down
as far as it goes) and what only loses its link (ON DELETE SET NULL). ``delete_with_snapshot``
reads both from ``Base.metadata``, so a table added later is not forgotten, keeps every row
it is about to delete with its stored values (ids, rowids, timestamps) and every link it
is about to clear, then deletes the record and lets SQLite apply the same rules. A deleted
group's memberships and meeting invitations, an organisation's action partnerships: all
of it is in the snapshot.

``restore`` writes the snapshot back with the original ids, parents before children, and
sets the cleared links again, in one transaction. It refuses, with nothing changed, when an
original id has been given to a new row since or a row it needs (the person's
organisation, say) has been deleted since. A cleared link is set again only where it is
still empty: a task given to someone else meanwhile keeps its new owner.

``delete_in`` and ``restore_in`` do the same inside a caller's transaction, for a delete
that goes with other changes (the numbers of the records after it).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.support import store
from lagdesk.core.support.stored_rows import (
    CHUNK,
    Row,
    foreign_keys_to,
    key_column,
    raw_rows,
    raw_rows_in,
    row_key,
    stored,
)
from lagdesk.db.base import Base
from lagdesk.db.database import Database
from lagdesk.errors import NotFoundError, UserError
from lagdesk.i18n import translate


class DeletionError(UserError):
    """A delete the database refuses, or a restore that is no longer possible."""


@dataclass(frozen=True)
class ClearedLink:
    """A link ON DELETE SET NULL emptied: ``column`` of row ``row_id`` of ``table`` held
    ``value`` (``row_id`` is the row's id, or its rowid in a table without one)."""

    table: str
    row_id: int
    column: str
    value: int


@dataclass(frozen=True)
class DeletedRows:
    """What a delete removed, as stored: enough to put it all back exactly.

    ``rows``: table name -> every row deleted (the record itself and what went with it),
    each with all its column values as SQLite held them. ``cleared``: the links to those
    rows that the delete emptied in rows that stayed.
    """

    table: str
    root_id: int
    rows: dict[str, list[Row]]
    cleared: tuple[ClearedLink, ...] = field(default=())

    def count(self, table: str) -> int:
        """How many rows of ``table`` were deleted."""
        return len(self.rows.get(table, ()))

    def unlinked(self, table: str) -> int:
        """How many rows of ``table`` lost a link."""
        return sum(1 for link in self.cleared if link.table == table)


def _table_of(record_type: type) -> sa.Table:
    table: sa.Table = store.model_of(record_type).__table__  # type: ignore[assignment]
    return table


def _is(key: sa.ForeignKey, rule: str) -> bool:
    return (key.ondelete or "").upper() == rule


def _snapshot(session: Session, table: sa.Table, record_id: int) -> DeletedRows:
    found = raw_rows(session, table, "id", record_id)
    if not found:
        raise NotFoundError(table.name, record_id)
    deleted: dict[str, dict[int, Row]] = defaultdict(dict)
    deleted[table.name][record_id] = found[0]
    pending: list[tuple[sa.Table, list[Row]]] = [(table, found)]
    while pending:
        parent, rows = pending.pop()
        for key in foreign_keys_to(parent):
            if not _is(key, "CASCADE"):
                continue
            child = key.parent.table
            assert isinstance(child, sa.Table)
            seen = deleted[child.name]
            values = (row[key.column.name] for row in rows)
            more = [
                row
                for row in raw_rows_in(session, child, key.parent.name, values)
                if row_key(child, row) not in seen
            ]
            seen.update((row_key(child, row), row) for row in more)
            if more:
                pending.append((child, more))
    cleared: list[ClearedLink] = []
    for name, rows_by_key in list(deleted.items()):
        for key in foreign_keys_to(Base.metadata.tables[name]):
            if not _is(key, "SET NULL"):
                continue
            child = key.parent.table
            assert isinstance(child, sa.Table)
            going = deleted.get(child.name, {})
            values = (row[key.column.name] for row in rows_by_key.values())
            cleared += [
                ClearedLink(child.name, row_key(child, row), key.parent.name, row[key.parent.name])
                for row in raw_rows_in(session, child, key.parent.name, values)
                if row_key(child, row) not in going
            ]
    by_table = {
        name: [by_key[k] for k in sorted(by_key)] for name, by_key in deleted.items() if by_key
    }
    order = sorted(cleared, key=lambda link: (link.table, link.row_id, link.column))
    return DeletedRows(table.name, record_id, by_table, tuple(order))


def deletion_snapshot(database: Database, record_type: type, record_id: int) -> DeletedRows:
    """What deleting the record would take and unlink, read without changing anything."""
    with database.reading() as session:
        return _snapshot(session, _table_of(record_type), record_id)


def delete_with_snapshot(database: Database, record_type: type, record_id: int) -> DeletedRows:
    """Delete a record (a ``lagdesk.core.support.records`` type and its id) in one transaction and
    return everything ``restore`` needs to put it back exactly.

    Raises ``NotFoundError`` when there is no such record, ``DeletionError`` when the
    database refuses (a row that must not lose it still refers to it).
    """
    try:
        with database.session() as session:
            return delete_in(session, record_type, record_id)
    except sa.exc.IntegrityError as exc:
        raise _delete_refused(exc) from exc


def delete_in(session: Session, record_type: type, record_id: int) -> DeletedRows:
    """``delete_with_snapshot`` inside the caller's transaction, so that the delete and what
    goes with it (the renumbering of the records after it) commit together or not at all."""
    table = _table_of(record_type)
    deleted = _snapshot(session, table, record_id)
    try:
        session.execute(sa.delete(table).where(table.c.id == record_id))
    except sa.exc.IntegrityError as exc:
        raise _delete_refused(exc) from exc
    return deleted


def _delete_refused(exc: sa.exc.IntegrityError) -> DeletionError:
    message = translate(
        "Deletion", "This cannot be deleted: other records still depend on it ({detail})."
    )
    return DeletionError(message.format(detail=exc.orig))


def _existing(session: Session, table: sa.Table, column: str, values: set[Any]) -> set[Any]:
    plain = stored(table)
    found: set[Any] = set()
    wanted = sorted(values)
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found.update(session.scalars(sa.select(plain.c[column]).where(plain.c[column].in_(chunk))))
    return found


def _check(session: Session, deleted: DeletedRows) -> dict[str, set[int]]:
    """Refuse before writing anything when an id is taken or a needed row is gone.

    Returns the rowids taken meanwhile in tables without an id (an invitation, a
    partnership): those rows come back under a new rowid, which nobody sees.
    """
    tables = Base.metadata.tables
    renumbered: dict[str, set[int]] = {}
    for name, rows in deleted.rows.items():
        table = tables[name]
        keys = {row_key(table, row) for row in rows}
        taken = _existing(session, table, key_column(stored(table)).name, keys)
        if taken and "id" not in table.c:
            renumbered[name] = taken
        elif taken:
            message = translate(
                "Deletion",
                "The delete cannot be undone: {table} id {id} has been given to a new record "
                "since.",
            )
            raise DeletionError(message.format(table=name, id=min(taken)))
    for name, rows in deleted.rows.items():
        for key in sorted(tables[name].foreign_keys, key=lambda key: key.parent.name):
            parent = key.column.table
            assert isinstance(parent, sa.Table)
            coming = {row[key.column.name] for row in deleted.rows.get(parent.name, ())}
            needed = {row[key.parent.name] for row in rows} - coming - {None}
            missing = needed - _existing(session, parent, key.column.name, needed)
            if missing:
                message = translate(
                    "Deletion",
                    "The delete cannot be undone: it needs {table} id {id}, which has been "
                    "deleted since.",
                )
                raise DeletionError(message.format(table=parent.name, id=min(missing)))
    return renumbered


def _parents_first(table: sa.Table, rows: list[Row]) -> list[Row]:
    """``rows`` with those a row of the same table refers to (a parent group) before it."""
    own = [key for key in table.foreign_keys if key.column.table is table]
    if not own:
        return rows
    waiting = {row_key(table, row) for row in rows}
    ordered: list[Row] = []
    pending = list(rows)
    while pending:
        ready = [
            row
            for row in pending
            if not any(row[key.parent.name] in waiting - {row_key(table, row)} for key in own)
        ] or pending  # a loop of parents: leave it to the database
        ordered += ready
        waiting -= {row_key(table, row) for row in ready}
        pending = [row for row in pending if row_key(table, row) in waiting]
    return ordered


def restore(database: Database, deleted: DeletedRows) -> None:
    """Put back what ``delete_with_snapshot`` deleted, with the same ids and values, in one
    transaction; ``DeletionError`` (and nothing changed) when that is no longer possible."""
    try:
        with database.session() as session:
            restore_in(session, deleted)
    except sa.exc.IntegrityError as exc:
        raise _restore_refused(exc) from exc


def restore_in(session: Session, deleted: DeletedRows) -> None:
    """``restore`` inside the caller's transaction (see ``delete_in``); on ``DeletionError``
    the caller rolls back."""
    try:
        renumbered = _check(session, deleted)
        for table in Base.metadata.sorted_tables:
            rows = _parents_first(table, deleted.rows.get(table.name, []))
            taken = renumbered.get(table.name, set())
            exact = [row for row in rows if row_key(table, row) not in taken]
            moved = [
                {k: v for k, v in row.items() if k != "rowid"}
                for row in rows
                if row_key(table, row) in taken
            ]
            for batch in (exact, moved):
                if batch:
                    session.execute(sa.insert(stored(table)), batch)
        for link in deleted.cleared:
            plain = stored(Base.metadata.tables[link.table])
            session.execute(
                sa.update(plain)
                .where(key_column(plain) == link.row_id, plain.c[link.column].is_(None))
                .values({link.column: link.value})
            )
    except sa.exc.IntegrityError as exc:
        raise _restore_refused(exc) from exc


def _restore_refused(exc: sa.exc.IntegrityError) -> DeletionError:
    message = translate("Deletion", "The delete cannot be undone: {detail}")
    return DeletionError(message.format(detail=exc.orig))
