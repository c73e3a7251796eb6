"""Chunked Core inserts with ids assigned up front, for the large demo.

Hundreds of thousands of rows go in as plain dictionaries through the table's INSERT
(one executemany per chunk): no ORM object per row, and no round trip to learn an id,
because every id is known before the row is written.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.db.base import Base

Row = dict[str, Any]
CHUNK = 20_000


def next_id(session: Session, model: type[Base]) -> int:
    """The first free id of a table (the library may already hold indicators)."""
    table = model.__table__
    assert isinstance(table, sa.Table)
    highest = session.execute(sa.select(sa.func.max(table.c.id))).scalar_one()
    return int(highest or 0) + 1


def insert_rows(session: Session, model: type[Base], rows: list[Row]) -> None:
    """Insert rows that all carry the same keys, in chunks, inside the session's transaction."""
    if not rows:
        return
    table = model.__table__
    assert isinstance(table, sa.Table)
    statement = sa.insert(table)
    for start in range(0, len(rows), CHUNK):
        session.execute(statement, rows[start : start + CHUNK])


def split_total(weights: list[float], total: int, cap: int) -> list[int]:
    """Share ``total`` out over parts in proportion to weights, each part at most ``cap``.

    Exact: the parts add up to ``total``. A part with weight 0 stays 0, so callers can
    leave some parts empty on purpose.
    """
    open_parts = [i for i, weight in enumerate(weights) if weight > 0]
    if total > cap * len(open_parts):
        raise ValueError(f"cannot split {total} into {len(open_parts)} parts of at most {cap}")
    weight_sum = sum(weights) or 1.0
    counts = [min(cap, int(total * weight / weight_sum)) for weight in weights]
    missing = total - sum(counts)
    while missing:
        for i in open_parts:
            if missing and counts[i] < cap:
                counts[i] += 1
                missing -= 1
    return counts
