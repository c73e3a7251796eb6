"""Demo databases: the Koszalin local group (small) and a synthetic network (large).

The small demo is what a new user opens to see every screen and export filled with
believable content; the large one is what we open to see that lists, charts and exports
stay fast at network scale. Both are written in one transaction into a file that holds no
user data, so a failed build never leaves a half-made demo or touches someone's work.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.db.base import Base
from lagdesk.db.database import Database
from lagdesk.db.models import Indicator
from lagdesk.errors import UserError
from lagdesk.i18n import translate

SIZES = ("small", "large")

#: Tables whose rows mean the file already holds someone's work (library indicators aside).
USER_DATA_TABLES = (
    "organisation",
    "person",
    "stakeholder_group",
    "meeting",
    "plan",
    "objective",
    "action",
    "network",
    "partner",
)


@dataclass(frozen=True)
class DemoSummary:
    size: str
    counts: dict[str, int]


class DemoTargetNotEmptyError(UserError):
    """The chosen file already holds stakeholders, meetings, a plan or a network."""

    def __init__(self, path: object) -> None:
        super().__init__(
            translate(
                "Demo",
                "{path} already holds stakeholders, meetings, a plan or a network. The demo is only written into a new or empty file: choose another file name.",
            ).format(path=path)
        )
        self.path = path


def _holds_user_data(session: Session) -> bool:
    for name in USER_DATA_TABLES:
        table = Base.metadata.tables[name]
        if session.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).first():
            return True
    own_indicator = sa.select(Indicator.id).where(Indicator.library_key == "").limit(1)
    return session.execute(own_indicator).first() is not None


def _row_counts(session: Session) -> dict[str, int]:
    return {
        table.name: session.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
        for table in Base.metadata.sorted_tables
    }


def build_demo(
    database: Database,
    size: str = "small",
    seed: int = 1,
    progress: Callable[[str], None] | None = None,
    scale: float = 1.0,
) -> DemoSummary:
    """Fill an empty database with demo data; returns the rows inserted per table.

    Raises ``DemoTargetNotEmptyError`` when the file already holds user data and
    ``ValueError`` for an unknown size or a scale that is not positive.
    """
    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r}; expected one of {', '.join(SIZES)}")
    if not scale > 0:
        raise ValueError(f"scale must be positive, not {scale}")
    report = progress or (lambda _message: None)
    rng = random.Random(seed)
    with database.session() as session:
        if _holds_user_data(session):
            raise DemoTargetNotEmptyError(database.path)
        before = _row_counts(session)
        if size == "small":
            from lagdesk.demo.small import build as build_small

            build_small(session, rng, report)
        else:
            from lagdesk.demo.large import build as build_large

            build_large(session, rng, report, scale)
        session.flush()
        after = _row_counts(session)
    counts = {name: after[name] - before[name] for name in after if after[name] != before[name]}
    return DemoSummary(size=size, counts=counts)
