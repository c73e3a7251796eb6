"""The models and the migration scripts describe the same schema."""

from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import lagdesk.db.models  # noqa: F401
from lagdesk.db import schema
from lagdesk.db.base import Base
from lagdesk.db.database import Database
from lagdesk.db.migrate import all_revisions, head_revision


def test_models_and_head_revision_agree(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_comparison_notices_a_missing_column(tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'other.sqlite'}")
    Base.metadata.create_all(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE person DROP COLUMN phone")
        context = MigrationContext.configure(connection)
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert any(change[0] == "add_column" and change[3].name == "phone" for change in diff)


def test_known_revisions_match_the_scripts() -> None:
    assert list(schema.REVISIONS) == all_revisions()
    assert head_revision() == schema.HEAD


def test_every_table_has_timestamps_or_is_a_link() -> None:
    for table in Base.metadata.tables.values():
        columns = set(table.columns.keys())
        if "id" in columns and table.name not in {
            "attachment_content",
            "indicator_milestone",
            "measurement_breakdown",
            "review_score",
        }:
            assert {"created_at", "updated_at"} <= columns, table.name


def test_bounded_values_have_check_constraints(database: Database) -> None:
    with database.engine.connect() as connection:
        sql = "\n".join(
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type='table' AND sql IS NOT NULL"
            )
        )
    for rule in (
        "power BETWEEN 1 AND 5",
        "interest BETWEEN 1 AND 5",
        "likelihood BETWEEN 1 AND 5",
        "impact BETWEEN 1 AND 5",
        "score BETWEEN 0 AND 3",
    ):
        assert rule in sql
