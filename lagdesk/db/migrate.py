"""Running the Alembic migrations shipped inside the package.

A migration runs with foreign keys off: Alembic's batch mode recreates a SQLite table (new
table, copy, drop the old one), and with foreign keys on, dropping the old table would fire
the ON DELETE CASCADE of every row that refers to it (a batch change to ``person`` would
empty ``attendance``). Whether the references still hold is checked before the commit.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from lagdesk.db.errors import DatabaseFileError
from lagdesk.i18n import translate

SCRIPT_LOCATION = "lagdesk.db:migrations"


class MigrationBrokeReferencesError(DatabaseFileError):
    """An upgrade left rows pointing at missing rows; it was rolled back."""

    def __init__(self, path: Path, problems: list[tuple[str, int, str]]) -> None:
        table, rowid, parent = problems[0]
        super().__init__(
            path,
            translate(
                "Database",
                "Upgrading {path} was stopped and undone: row {rowid} of {table} would refer "
                "to a missing row of {parent} ({count} such rows). The file was not changed.",
            ).format(path=path, rowid=rowid, table=table, parent=parent, count=len(problems)),
        )


def alembic_config(
    connection: Connection | None = None, script_location: str = SCRIPT_LOCATION
) -> Config:
    config = Config()
    config.set_main_option("script_location", script_location)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[str]:
    """Revision ids, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade(
    connection: Connection, target: str = "head", script_location: str = SCRIPT_LOCATION
) -> None:
    command.upgrade(alembic_config(connection, script_location), target)


def upgrade_keeping_rows(
    engine: sa.Engine,
    path: Path,
    target: str = "head",
    script_location: str = SCRIPT_LOCATION,
) -> None:
    """Upgrade the file in one transaction with foreign keys off, then check every reference.

    Raises MigrationBrokeReferencesError (after rolling back) when a reference is broken.
    """
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        # The pragma is a no-op inside a transaction, and the driver would not wrap Alembic's
        # DDL in one: take the transaction in hand on the raw connection for the upgrade.
        isolation = raw.isolation_level
        raw.isolation_level = None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            # Begun on the connection first, so Alembic sees an outer transaction and does
            # not commit after each revision.
            with connection.begin():
                if not raw.in_transaction:
                    raw.execute("BEGIN IMMEDIATE")
                upgrade(connection, target, script_location)
                broken = [
                    (str(table), int(rowid), str(parent))
                    for table, rowid, parent, _ in raw.execute("PRAGMA foreign_key_check")
                ]
                if broken:
                    raise MigrationBrokeReferencesError(path, broken)
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
            raw.isolation_level = isolation
