"""Opening the large database and counting people: lagdesk's opener against raw sqlite3.

In-process and warm (imports and the OS file cache are paid by the uncounted warm-up), so
the ratio shows what ``open_database`` adds: header checks, PRAGMAs, engine and session.
"""

from __future__ import annotations

import sqlite3

from benchmarks import databases


def lagdesk_open_and_count() -> None:
    from sqlalchemy import func, select

    from lagdesk.db.database import open_database
    from lagdesk.db.models import Person

    db = open_database(databases.large())
    try:
        with db.reading() as session:
            session.execute(select(func.count()).select_from(Person)).scalar_one()
    finally:
        db.close()


def sqlite_connect_and_count() -> None:
    connection = sqlite3.connect(databases.large())
    try:
        connection.execute("SELECT count(*) FROM person").fetchone()
    finally:
        connection.close()
