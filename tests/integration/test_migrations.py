"""Upgrades never lose rows: each released schema's fixture keeps every row, and a batch
migration that recreates a table does not fire ON DELETE CASCADE on the rows that refer to it."""

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from lagdesk.db import schema
from lagdesk.db.database import create_sqlite_engine, open_database
from lagdesk.db.migrate import (
    MigrationBrokeReferencesError,
    upgrade,
    upgrade_keeping_rows,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MIGRATIONS = Path(__file__).resolve().parents[2] / "lagdesk" / "db" / "migrations"

RECREATE_PERSON = '''
"""A later revision that changes person in batch mode (SQLite recreates the table)."""

import sqlalchemy as sa
from alembic import op

revision = "9001_recreate_person"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(80), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("person", recreate="always") as batch:
        batch.drop_column("nickname")
'''

DROP_ORGANISATIONS = '''
"""A broken later revision: it empties organisation and leaves people pointing at it."""

from alembic import op

revision = "9002_drop_organisations"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM organisation")


def downgrade() -> None:
    pass
'''


def row_counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in tables
            if table != "alembic_version"
        }
    finally:
        connection.close()


@pytest.mark.parametrize("revision", schema.REVISIONS)
def test_each_released_fixture_keeps_every_row_of_every_table(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / "fixture.sqlite"
    shutil.copy(FIXTURES / f"schema-{revision}.sqlite", path)
    before = row_counts(path)
    assert sum(before.values()) > 10, "the fixture holds rows in many tables"
    open_database(path).close()
    after = row_counts(path)
    assert {table: after[table] for table in before} == before
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()


def scripts_with(tmp_path: Path, revision_text: str, name: str) -> str:
    """lagdesk's migrations plus one more revision, in a folder of their own."""
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / f"{name}.py").write_text(
        revision_text.replace("{head}", schema.HEAD), encoding="utf-8"
    )
    return str(folder)


def current_file(tmp_path: Path) -> Path:
    """A file at head with the fixture's rows: a person with an attendance row."""
    path = tmp_path / "city.sqlite"
    shutil.copy(FIXTURES / f"schema-{schema.HEAD}.sqlite", path)
    open_database(path).close()
    return path


def test_a_batch_migration_of_person_keeps_the_attendance_that_refers_to_it(
    tmp_path: Path,
) -> None:
    path = current_file(tmp_path)
    before = row_counts(path)
    assert before["attendance"] == 1
    assert before["attachment_person"] == 1
    engine = create_sqlite_engine(path)
    upgrade_keeping_rows(
        engine, path, script_location=scripts_with(tmp_path, RECREATE_PERSON, "9001")
    )
    engine.dispose()
    after = row_counts(path)
    assert {table: after[table] for table in before} == before
    columns = [row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(person)")]
    assert "nickname" in columns


def test_the_same_migration_with_foreign_keys_on_would_lose_the_attendance(
    tmp_path: Path,
) -> None:
    """The hazard the upgrade guards against, shown on a plain connection."""
    path = current_file(tmp_path)
    engine = create_sqlite_engine(path)
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        upgrade(connection, script_location=scripts_with(tmp_path, RECREATE_PERSON, "9001"))
    engine.dispose()
    assert row_counts(path)["attendance"] == 0


def test_a_migration_that_breaks_references_is_undone(tmp_path: Path) -> None:
    path = current_file(tmp_path)
    before = row_counts(path)
    engine = create_sqlite_engine(path)
    with pytest.raises(MigrationBrokeReferencesError) as refused:
        upgrade_keeping_rows(
            engine, path, script_location=scripts_with(tmp_path, DROP_ORGANISATIONS, "9002")
        )
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    engine.dispose()
    assert "person" in str(refused.value)
    assert str(path) in str(refused.value)
    assert version == schema.HEAD
    assert row_counts(path) == before


def test_foreign_keys_are_on_again_after_an_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "fixture.sqlite"
    shutil.copy(FIXTURES / f"schema-{schema.REVISIONS[0]}.sqlite", path)
    with open_database(path) as db, db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        with pytest.raises(sa.exc.IntegrityError):
            connection.exec_driver_sql(
                "INSERT INTO attendance (meeting_id, person_id) VALUES (99, 99)"
            )
