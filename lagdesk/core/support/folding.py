"""Text as search and sorting compare it: case and accents folded on both sides.

"luk" and "łuk" find "Łukasz", and "Łukasz" sorts with "Lukas", not after "Z". SQLite's own
``lower()`` and ``LIKE`` know ASCII letters only, so ``fold`` is registered as an SQL
function on the connection that searches (``searching``), and ``folded`` calls it only for
values holding non-ASCII characters (the others go through the built-in ``lower()``).
Folded values are cached: names repeat, so a search over 20,000 people makes few Python
calls that do work.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.db.database import Database

_MARKS = re.compile("[\u0300-\u036f]+")
# Letters whose stroke or bar is part of the glyph: Unicode does not decompose them.
_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "ŀ": "l"})
FOLD_SQL = "lagdesk_fold"


@lru_cache(maxsize=1 << 15)
def fold(text: str | None) -> str:
    """``text`` as search and sorting compare it: lower case, without accents or marks."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return _MARKS.sub("", decomposed).translate(_UNDECOMPOSED)


@contextmanager
def searching(database: Database) -> Iterator[Session]:
    """A reading session whose connection knows ``lagdesk_fold`` (cheap to register)."""
    with database.reading() as session:
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        raw.create_function(FOLD_SQL, 1, fold, deterministic=True)
        yield session


def folded(column: Any) -> sa.ColumnElement[str]:
    """``column`` folded in SQL (inside ``searching``), NULL as the empty text."""
    text = sa.func.coalesce(column, "")
    ascii_only = sa.func.length(text) == sa.func.length(sa.cast(text, sa.LargeBinary))
    return sa.case((ascii_only, sa.func.lower(text)), else_=getattr(sa.func, FOLD_SQL)(text))
