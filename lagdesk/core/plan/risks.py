"""The plan's risk register and its 5 x 5 likelihood x impact matrix.

A risk gets its code (R1, R2 ...) when it is made, one more than the highest in use, and
keeps it: reviews and exports refer to risks by code, so deleting R2 does not make R3 the
new R2. A risk can be linked to several actions, and an action to several risks.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.plan.numbering import (
    begin_change,
    full_name,
    natural_key,
    plan_id_query,
    plan_in,
)
from lagdesk.core.support import records, store
from lagdesk.core.support.deletion import DeletedRows, delete_in, restore_in
from lagdesk.db import models as m
from lagdesk.db.codes import RiskCategory, RiskStatus
from lagdesk.db.database import Database
from lagdesk.errors import NotFoundError
from lagdesk.i18n import translate

SCALE = range(1, 6)
RISK_CODE = re.compile(r"^R(\d+)$")
#: Highest score of the low band and of the medium band; higher scores are high.
LOW_UP_TO = 4
MEDIUM_UP_TO = 9


class RiskBand(StrEnum):
    """How serious a score is: low (1-4, green), medium (5-9, amber), high (10-25, red)."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


#: Chart and table colours per band (Okabe-Ito hues, as the indicator statuses use).
BAND_COLOURS: dict[RiskBand, str] = {
    RiskBand.LOW: "#009E73",
    RiskBand.MEDIUM: "#E69F00",
    RiskBand.HIGH: "#D55E00",
}


def score_band(score: int) -> RiskBand:
    """The band of a score (likelihood x impact), the same in the register, the matrix
    and the exports."""
    if score <= LOW_UP_TO:
        return RiskBand.LOW
    if score <= MEDIUM_UP_TO:
        return RiskBand.MEDIUM
    return RiskBand.HIGH


@dataclass(frozen=True)
class RiskRow:
    """One line of the risk register."""

    id: int
    code: str
    title: str
    description: str
    category: RiskCategory
    likelihood: int
    impact: int
    #: likelihood x impact, 1..25.
    score: int
    mitigation: str
    owner_person_id: int | None
    owner_name: str
    status: RiskStatus
    #: The linked actions, in code order.
    action_ids: tuple[int, ...]
    action_codes: tuple[str, ...]

    def record(self) -> records.Risk:
        """The risk as a record to edit and pass to ``save_risk`` (plan id filled there)."""
        return records.Risk(
            id=self.id,
            plan_id=0,
            code=self.code,
            title=self.title,
            description=self.description,
            category=self.category,
            likelihood=self.likelihood,
            impact=self.impact,
            mitigation=self.mitigation,
            owner_person_id=self.owner_person_id,
            status=self.status,
        )


def risk_rows(database: Database, action_id: int | None = None) -> list[RiskRow]:
    """The plan's risks by code (R1, R2 ... R10), or those linked to one action; two
    queries whatever their number."""
    risk, person, link, action = m.Risk, m.Person, m.RiskAction, m.Action
    query = (
        sa.select(risk, person.first_name, person.last_name)
        .outerjoin(person, person.id == risk.owner_person_id)
        .where(risk.plan_id == plan_id_query())
    )
    if action_id is not None:
        query = query.where(risk.id.in_(sa.select(link.risk_id).where(link.action_id == action_id)))
    links_query = (
        sa.select(link.risk_id, action.id, action.code)
        .join(action, action.id == link.action_id)
        .join(risk, risk.id == link.risk_id)
        .where(risk.plan_id == plan_id_query())
    )
    with database.reading() as session:
        found = session.execute(query).all()
        linked: dict[int, list[tuple[str, int]]] = defaultdict(list)
        for risk_id, linked_id, code in session.execute(links_query):
            linked[risk_id].append((code, linked_id))
    rows = []
    for item, first_name, last_name in found:
        actions = sorted(linked.get(item.id, []), key=lambda pair: (natural_key(pair[0]), pair[1]))
        rows.append(
            RiskRow(
                id=item.id,
                code=item.code,
                title=item.title,
                description=item.description,
                category=item.category,
                likelihood=item.likelihood,
                impact=item.impact,
                score=item.likelihood * item.impact,
                mitigation=item.mitigation,
                owner_person_id=item.owner_person_id,
                owner_name=full_name(first_name, last_name),
                status=item.status,
                action_ids=tuple(pair[1] for pair in actions),
                action_codes=tuple(pair[0] for pair in actions),
            )
        )
    rows.sort(key=_code_order)
    return rows


def _code_order(row: RiskRow) -> tuple[int, str, int]:
    found = RISK_CODE.match(row.code)
    return (int(found.group(1)) if found else 1 << 30, row.code, row.id)


def _next_code(session: Session, plan_id: int) -> str:
    codes = session.scalars(sa.select(m.Risk.code).where(m.Risk.plan_id == plan_id))
    numbers = [int(found.group(1)) for code in codes if (found := RISK_CODE.match(code))]
    return f"R{max(numbers, default=0) + 1}"


def _risk(session: Session, risk_id: int) -> m.Risk:
    found = session.get(m.Risk, risk_id)
    if found is None:
        raise NotFoundError(translate("Plan", "risk"), risk_id)
    return found


def _set_links(session: Session, risk_id: int, action_ids: Iterable[int]) -> tuple[int, ...]:
    """Link the risk to exactly ``action_ids``; returns the actions it was linked to."""
    link = m.RiskAction
    have = tuple(
        session.scalars(
            sa.select(link.action_id).where(link.risk_id == risk_id).order_by(link.action_id)
        )
    )
    wanted = set(action_ids)
    if gone := set(have) - wanted:
        session.execute(sa.delete(link).where(link.risk_id == risk_id, link.action_id.in_(gone)))
    if new := wanted - set(have):
        session.execute(
            sa.insert(link), [{"risk_id": risk_id, "action_id": value} for value in sorted(new)]
        )
    return have


def save_risk(
    database: Database,
    risk: records.Risk,
    action_ids: Collection[int] | None = None,
    loaded: records.Risk | None = None,
) -> records.Risk:
    """Store a new (id None) or edited risk of the plan, and its linked actions unless
    ``action_ids`` is None, in one transaction. Given the risk as ``loaded`` (when the
    form opened), only the fields changed since are written (``store.write_changes``).

    A new risk gets the next code (R1, R2 ...); likelihood and impact must be 1..5
    (``ValidationError`` on ``likelihood`` / ``impact`` otherwise, nothing stored).
    """
    try:
        with database.session() as session:
            begin_change(session)
            plan = plan_in(session)
            if risk.id is None:
                chosen = replace(risk, plan_id=plan.id, code=_next_code(session, plan.id))
            else:
                stored_row = _risk(session, risk.id)
                chosen = replace(risk, plan_id=stored_row.plan_id, code=stored_row.code)
            stored = store.write_changes(session, loaded, chosen)
            assert stored.id is not None
            if action_ids is not None:
                _set_links(session, stored.id, action_ids)
                session.flush()
            return stored
    except sa.exc.IntegrityError as exc:
        raise store.IntegrityProblem(store.integrity_message(exc)) from exc


def link_risk_actions(
    database: Database, risk_id: int, action_ids: Collection[int]
) -> tuple[int, ...]:
    """Link a risk to exactly these actions; returns those it was linked to (for undo)."""
    try:
        with database.session() as session:
            _risk(session, risk_id)
            begin_change(session)
            previous = _set_links(session, risk_id, action_ids)
            session.flush()
            return previous
    except sa.exc.IntegrityError as exc:
        raise store.IntegrityProblem(store.integrity_message(exc)) from exc


def delete_risk(database: Database, risk_id: int) -> DeletedRows:
    """Delete a risk and its links; ``lagdesk.core.support.deletion.restore`` puts them back. The
    other risks keep their codes."""
    with database.session() as session:
        session.expunge(_risk(session, risk_id))
        begin_change(session)
        return delete_in(session, records.Risk, risk_id)


def restore_risk(database: Database, deleted: DeletedRows) -> None:
    """Undo ``delete_risk``: the risk comes back with its id, code and links, in one
    transaction that starts a new draft when the plan was approved meanwhile
    (``DeletionError``, nothing changed, when an action it was linked to is gone)."""
    with database.session() as session:
        begin_change(session)
        restore_in(session, deleted)


def risk_matrix(
    database: Database, statuses: Collection[RiskStatus] | None = None
) -> dict[tuple[int, int], int]:
    """How many risks sit in each cell of the matrix: (likelihood, impact) -> count, all
    25 cells present; only the risks in ``statuses`` when given (one query)."""
    risk = m.Risk
    query = (
        sa.select(risk.likelihood, risk.impact, sa.func.count())
        .where(risk.plan_id == plan_id_query())
        .group_by(risk.likelihood, risk.impact)
    )
    if statuses is not None:
        query = query.where(risk.status.in_(list(statuses)))
    cells = {(likelihood, impact): 0 for likelihood in SCALE for impact in SCALE}
    with database.reading() as session:
        for likelihood, impact, count in session.execute(query):
            cells[(likelihood, impact)] = int(count)
    return cells
