"""A reviewer's pass over one plan version: criterion scores and item comments."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from lagdesk.db.base import Base, Timestamped, code_enum, fk
from lagdesk.db.codes import ReviewItemKind, ReviewStatus


class Review(Timestamped, Base):
    __tablename__ = "review"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_version_id: Mapped[int] = mapped_column(fk("plan_version.id", "CASCADE"), index=True)
    reviewer: Mapped[str] = mapped_column(sa.String(200))
    reviewed_on: Mapped[date]
    status: Mapped[ReviewStatus] = mapped_column(
        code_enum(ReviewStatus, "review_status"),
        default=ReviewStatus.OPEN,
        server_default=ReviewStatus.OPEN.value,
    )
    summary: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    resolution: Mapped[str] = mapped_column(sa.Text, default="", server_default="")


class ReviewScore(Base):
    __tablename__ = "review_score"
    __table_args__ = (
        sa.UniqueConstraint("review_id", "criterion"),
        sa.CheckConstraint("score BETWEEN 0 AND 3", name="score"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(fk("review.id", "CASCADE"))
    criterion: Mapped[str] = mapped_column(sa.String(64))
    score: Mapped[int]
    comment: Mapped[str] = mapped_column(sa.Text, default="", server_default="")


class ReviewComment(Timestamped, Base):
    """A comment on one item of the reviewed version, addressed by kind and code (e.g. action 2.3)."""

    __tablename__ = "review_comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(fk("review.id", "CASCADE"), index=True)
    item_kind: Mapped[ReviewItemKind] = mapped_column(code_enum(ReviewItemKind, "review_item_kind"))
    item_code: Mapped[str] = mapped_column(sa.String(32), default="", server_default="")
    comment: Mapped[str] = mapped_column(sa.Text)
    response: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    resolved: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
