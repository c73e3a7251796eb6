"""Undoing a risk's delete through core (``restore_risk``), score bands, bad likelihood."""

from __future__ import annotations

import pytest

from lagdesk.core.plan import actions as pa
from lagdesk.core.plan import risks as pr
from lagdesk.core.plan import tree as pt
from lagdesk.core.plan import versions as pv
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.core.support.deletion import DeletionError
from lagdesk.db.codes import ActionType, PlanStatus, RiskCategory
from lagdesk.db.database import Database
from lagdesk.errors import ValidationError


def risk(title: str, likelihood: int, impact: int) -> r.Risk:
    return r.Risk(
        plan_id=0,
        title=title,
        category=RiskCategory.CAPACITY,
        likelihood=likelihood,
        impact=impact,
    )


@pytest.fixture
def actions(database: Database) -> list[int]:
    strategic = pt.add_objective(database, None, "One").id
    specific = pt.add_objective(database, strategic, "One one").id
    found = []
    for title in ("first", "second"):
        made = r.Action(objective_id=specific, code="", title=title, type=ActionType.INVESTMENT)
        saved = pa.save_action_detail(database, pa.ActionDetail(action=made))
        assert saved.detail.action.id is not None
        found.append(saved.detail.action.id)
    return found


def test_restore_risk_puts_back_id_code_and_links(database: Database, actions: list[int]) -> None:
    pr.save_risk(database, risk("Staff leave", 2, 3))
    made = pr.save_risk(database, risk("Appeals", 4, 5), action_ids=actions)
    before = pr.risk_rows(database)
    deleted = pr.delete_risk(database, made.id or 0)
    assert [row.code for row in pr.risk_rows(database)] == ["R1"]
    pr.restore_risk(database, deleted)
    assert pr.risk_rows(database) == before
    assert pr.risk_rows(database)[1].action_codes == ("1.1.1", "1.1.2")


def test_restore_risk_refuses_when_a_linked_action_is_gone(
    database: Database, actions: list[int]
) -> None:
    made = pr.save_risk(database, risk("Appeals", 4, 5), action_ids=actions)
    deleted = pr.delete_risk(database, made.id or 0)
    pt.delete_action(database, actions[1])
    with pytest.raises(DeletionError):
        pr.restore_risk(database, deleted)
    assert pr.risk_rows(database) == []


def test_restore_risk_after_approval_starts_a_draft(database: Database) -> None:
    made = pr.save_risk(database, risk("Appeals", 4, 5))
    deleted = pr.delete_risk(database, made.id or 0)
    version = pv.save_version(database, "IAP 2025", PlanStatus.SUBMITTED)
    pv.set_version_status(database, version.id, PlanStatus.APPROVED)
    pr.restore_risk(database, deleted)
    assert [row.title for row in pr.risk_rows(database)] == ["Appeals"]
    assert [v.status for v in pv.versions(database)] == [PlanStatus.APPROVED, PlanStatus.DRAFT]


def test_likelihood_seven_names_the_field_and_stores_nothing(database: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        pr.save_risk(database, risk("Too likely", 7, 2))
    assert [problem.key for problem in caught.value.problems] == ["likelihood"]
    assert "likelihood" in str(caught.value)
    assert store.count(database, r.Risk) == 0


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (1, pr.RiskBand.LOW),
        (4, pr.RiskBand.LOW),
        (5, pr.RiskBand.MEDIUM),
        (9, pr.RiskBand.MEDIUM),
        (10, pr.RiskBand.HIGH),
        (25, pr.RiskBand.HIGH),
    ],
)
def test_score_bands(score: int, band: pr.RiskBand) -> None:
    assert pr.score_band(score) is band


def test_every_band_has_a_colour() -> None:
    assert set(pr.BAND_COLOURS) == set(pr.RiskBand)
