"""People shown in photos; one anonymous count per meeting and gender when the sector is unknown.

Revision ID: 0002_photo_people
Revises: 0001_baseline
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_photo_people"
down_revision: str | None = "0001_baseline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attachment_person",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_attachment_person_attachment_id_attachment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_attachment_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attachment_id", "person_id", name=op.f("pk_attachment_person")),
    )
    op.create_index(
        op.f("ix_attachment_person_person_id"), "attachment_person", ["person_id"], unique=False
    )
    # Rows with an unknown sector were not kept unique (SQLite's NULLs are distinct):
    # add duplicates up into the first row before the index that forbids them.
    op.execute(
        """
        UPDATE anonymous_attendance AS kept SET count = (
            SELECT SUM(other.count) FROM anonymous_attendance AS other
            WHERE other.sector IS NULL AND other.meeting_id = kept.meeting_id
              AND other.gender = kept.gender
        )
        WHERE kept.sector IS NULL AND kept.id = (
            SELECT MIN(first.id) FROM anonymous_attendance AS first
            WHERE first.sector IS NULL AND first.meeting_id = kept.meeting_id
              AND first.gender = kept.gender
        )
        """
    )
    op.execute(
        """
        DELETE FROM anonymous_attendance
        WHERE sector IS NULL AND id > (
            SELECT MIN(first.id) FROM anonymous_attendance AS first
            WHERE first.sector IS NULL AND first.meeting_id = anonymous_attendance.meeting_id
              AND first.gender = anonymous_attendance.gender
        )
        """
    )
    op.create_index(
        "uq_anonymous_attendance_unknown_sector",
        "anonymous_attendance",
        ["meeting_id", "gender"],
        unique=True,
        sqlite_where=sa.text("sector IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("uq_anonymous_attendance_unknown_sector", table_name="anonymous_attendance")
    op.drop_index(op.f("ix_attachment_person_person_id"), table_name="attachment_person")
    op.drop_table("attachment_person")
