"""Rows as SQLite stores them, and the foreign keys that tie them, read from the schema.

Shared by the exact undo of a merge (``lagdesk.core.stakeholders.merge``) and of a delete
(``lagdesk.core.support.deletion``): both keep rows with their raw column values (dates as text,
timestamps, ids and rowids included) and write them back unchanged, and both find what
refers to a record through ``Base.metadata``'s foreign keys, so a table added later is
not forgotten.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.db.base import Base

#: One stored row: column name -> the value as SQLite holds it.
Row = dict[str, Any]
#: Values per ``IN (...)`` list, well below SQLite's limit on parameters.
CHUNK = 500


def stored(table: sa.Table) -> sa.TableClause:
    """``table`` without column types, so values go in and out exactly as SQLite holds them
    (dates stay text); with the rowid when the key is not an integer id (action_partner)."""
    names = [column.name for column in table.c] + ([] if "id" in table.c else ["rowid"])
    return sa.table(table.name, *(sa.column(name) for name in names))


def row_key(table: sa.Table, row: Row) -> int:
    """What tells the row apart: its id, or its rowid in a table without one."""
    return int(row["id"] if "id" in table.c else row["rowid"])


def key_column(plain: sa.TableClause) -> sa.ColumnClause[Any]:
    """The column ``row_key`` reads, on a table from ``stored``."""
    return plain.c["id"] if "id" in plain.c else plain.c["rowid"]


def raw_rows(session: Session, table: sa.Table, column: str, value: Any) -> list[Row]:
    plain = stored(table)
    query = sa.select(plain).where(plain.c[column] == value)
    return [dict(row._mapping) for row in session.execute(query)]


def raw_rows_in(session: Session, table: sa.Table, column: str, values: Iterable[Any]) -> list[Row]:
    """The rows whose ``column`` holds one of ``values``, in the order of their key."""
    plain = stored(table)
    wanted = sorted(set(values))
    found: list[Row] = []
    for start in range(0, len(wanted), CHUNK):
        query = sa.select(plain).where(plain.c[column].in_(wanted[start : start + CHUNK]))
        found += [dict(row._mapping) for row in session.execute(query)]
    return sorted(found, key=lambda row: row_key(table, row))


def where_key(
    table: sa.Table, row: Row, target: sa.TableClause | None = None
) -> list[sa.ColumnElement[bool]]:
    """The row's primary key, as conditions on ``target`` (by default the table itself)."""
    on = table if target is None else target
    return [on.c[key.name] == row[key.name] for key in table.primary_key.columns]


def foreign_keys_to(target: sa.Table) -> list[sa.ForeignKey]:
    """Every foreign key of the schema that refers to ``target``, in dependency order."""
    return [
        key
        for table in Base.metadata.sorted_tables
        for key in sorted(table.foreign_keys, key=lambda key: key.parent.name)
        if key.column.table is target
    ]
