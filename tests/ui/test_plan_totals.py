"""The Totals tab: funding by source and cost and funding by objective, with total lines,
computed by hand on a small plan and checked against ``core.plan_funding.plan_totals``."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs

from lagdesk.core.plan import actions as pa
from lagdesk.core.plan import funding as pf
from lagdesk.core.plan import tree as pt
from lagdesk.core.support import records as r
from lagdesk.db.codes import ActionType, FundingSource, FundingStatus
from lagdesk.db.database import Database
from lagdesk.demo import build_demo
from lagdesk.errors import UserError
from lagdesk.i18n import format_amount, install_language
from lagdesk.ui.plan import totals_view
from lagdesk.ui.plan.totals_model import AMOUNT_ROLE, TotalsTableModel
from lagdesk.ui.plan.totals_view import TotalsView

D = Decimal
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def add_action(database: Database, objective_id: int, title: str, cost: str) -> int:
    made = r.Action(
        objective_id=objective_id,
        code="",
        title=title,
        type=ActionType.INVESTMENT,
        estimated_cost=D(cost),
    )
    saved = pa.save_action_detail(database, pa.ActionDetail(action=made))
    assert saved.detail.action.id is not None
    return saved.detail.action.id


def add_line(
    database: Database, action_id: int, source: FundingSource, amount: str, status: FundingStatus
) -> None:
    pf.save_funding_line(
        database, r.FundingLine(action_id=action_id, source=source, amount=D(amount), status=status)
    )


@pytest.fixture
def small_plan(database: Database) -> Database:
    """1 > 1.1 with a1 (cost 1,000.00), 2 > 2.1 with a2 (cost 500.50); three funding lines."""
    one = pt.add_objective(database, None, "Green procurement").id
    one_one = pt.add_objective(database, one, "School catering").id
    two = pt.add_objective(database, None, "Social clauses").id
    two_one = pt.add_objective(database, two, "Reserved contracts").id
    a1 = add_action(database, one_one, "Organic menus", "1000.00")
    a2 = add_action(database, two_one, "Reserved lots", "500.50")
    add_line(database, a1, FundingSource.CITY_BUDGET, "300.00", FundingStatus.SECURED)
    add_line(database, a1, FundingSource.ERDF, "600.00", FundingStatus.APPLIED)
    add_line(database, a2, FundingSource.CITY_BUDGET, "100.25", FundingStatus.POTENTIAL)
    return database


@pytest.fixture
def view(qtbot: QtBot, small_plan: Database) -> TotalsView:
    widget = TotalsView(small_plan)
    qtbot.addWidget(widget)
    widget.resize(1400, 850)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def texts(model: TotalsTableModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def amounts(model: TotalsTableModel, row: int, first: int) -> list[Decimal | None]:
    return [
        model.index(row, column).data(AMOUNT_ROLE) for column in range(first, model.columnCount())
    ]


def money(*values: str) -> list[str]:
    return [format_amount(D(value)) for value in values]


def test_models_pass_the_model_tester(
    view: TotalsView, qtmodeltester: ModelTester, qtbot: QtBot, database: Database
) -> None:
    qtmodeltester.check(view.source_model)
    qtmodeltester.check(view.objective_model)
    empty = TotalsView(database)
    qtbot.addWidget(empty)
    qtmodeltester.check(empty.source_model)


def test_by_source_computed_by_hand(view: TotalsView) -> None:
    model = view.source_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Source",
        "Secured",
        "Applied",
        "Potential",
        "Total",
    ]
    assert model.rowCount() == 3
    assert texts(model, 0) == ["City budget", *money("300.00", "0.00", "100.25", "400.25")]
    assert texts(model, 1) == ["ERDF", *money("0.00", "600.00", "0.00", "600.00")]
    assert texts(model, 2) == ["Total", *money("300.00", "600.00", "100.25", "1000.25")]
    assert amounts(model, 2, 1) == [D("300.00"), D("600.00"), D("100.25"), D("1000.25")]
    # Amounts right-aligned, the total line bold, the source name left.
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    font = model.index(2, 0).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None


def test_by_objective_computed_by_hand(view: TotalsView) -> None:
    model = view.objective_model
    assert model.columnCount() == 8
    assert model.headerData(7, Qt.Orientation.Horizontal) == "Secured share"
    codes = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert codes == ["1", "1.1", "2", "2.1", ""]
    one = texts(model, 0)
    assert one[:2] == ["1", "Green procurement"]
    assert one[2:7] == money("1000.00", "300.00", "600.00", "0.00", "700.00")
    assert one[7] == "{} %".format(QLocale().toString(30.0, "f", 1))
    assert texts(model, 1)[1].strip() == "School catering"
    two = texts(model, 2)
    assert two[2:7] == money("500.50", "0.00", "0.00", "100.25", "500.50")
    assert model.index(2, 7).data(AMOUNT_ROLE) == D("0")
    whole = texts(model, 4)
    assert whole[1] == "Whole plan"
    assert whole[2:7] == money("1500.50", "300.00", "600.00", "100.25", "1200.50")
    assert model.index(4, 7).data(AMOUNT_ROLE) == D("300.00") / D("1500.50")
    assert whole[7] == "{} %".format(QLocale().toString(20.0, "f", 1))
    assert model.index(4, 2).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(4, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 1).data(Qt.ItemDataRole.FontRole) is None


def test_the_tables_agree_with_core(view: TotalsView, small_plan: Database) -> None:
    totals = pf.plan_totals(small_plan)
    sources = view.source_model
    for row, source in enumerate(totals.by_source.values()):
        assert amounts(sources, row, 1) == [
            source.secured,
            source.applied,
            source.potential,
            source.total,
        ]
    last = sources.rowCount() - 1
    assert sum((s.total for s in totals.by_source.values()), D(0)) == amounts(sources, last, 1)[3]
    objectives = view.objective_model
    assert amounts(objectives, objectives.rowCount() - 1, 2)[:5] == [
        totals.overall.cost,
        totals.overall.secured,
        totals.overall.applied,
        totals.overall.potential,
        totals.overall.gap,
    ]
    summary = view.summary.text()
    assert "gap " + format_amount(totals.overall.gap) in summary
    assert "cost €1,500.50 · " in summary
    assert "EUR" not in summary


def test_refresh_follows_new_funding(view: TotalsView, small_plan: Database) -> None:
    totals = pf.plan_totals(small_plan)
    action_id = pa.action_rows(small_plan)[0].id
    add_line(small_plan, action_id, FundingSource.PRIVATE, "50.00", FundingStatus.SECURED)
    assert view.source_model.rowCount() == len(totals.by_source) + 1
    view.refresh()
    assert view.source_model.rowCount() == len(totals.by_source) + 2
    assert texts(view.source_model, 2)[0] == "Private funds"


def test_recounted_only_when_shown(qtbot: QtBot, small_plan: Database) -> None:
    widget = TotalsView(small_plan)
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.totals is None
    assert widget.source_model.rowCount() == 0
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.totals is not None
    assert widget.source_model.rowCount() == 3


def test_a_plan_without_funding_says_so(qtbot: QtBot, database: Database) -> None:
    widget = TotalsView(database)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.no_funding.isVisible()
    assert texts(widget.source_model, 0)[0] == "Total"
    assert widget.objective_model.rowCount() == 1


def test_the_demo_plan(qtbot: QtBot, qtmodeltester: ModelTester, database: Database) -> None:
    build_demo(database, "small", seed=1)
    widget = TotalsView(database)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    qtmodeltester.check(widget.objective_model)
    totals = pf.plan_totals(database)
    strategic = [
        objectives.index(row, 0).data()
        for objectives in [widget.objective_model]
        for row in range(objectives.rowCount())
        if objectives.index(row, 0).data(Qt.ItemDataRole.FontRole) is not None
    ]
    assert strategic == [node.code for node in totals.by_objective] + [""]
    assert not widget.no_funding.isVisible()


def test_a_database_problem_is_shown_not_raised(
    qtbot: QtBot, small_plan: Database, monkeypatch: pytest.MonkeyPatch, fake_dialogs: FakeDialogs
) -> None:
    def broken(_database: Database) -> pf.PlanTotals:
        raise UserError("The file is locked by another program.")

    monkeypatch.setattr(totals_view, "plan_totals", broken)
    widget = TotalsView(small_plan)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert fake_dialogs.errors == [("Plan totals", "The file is locked by another program.")]
    assert texts(widget.source_model, 0) == ["Total", *money("0", "0", "0", "0")]


def test_amounts_in_polish_carry_the_currency(qtbot: QtBot, small_plan: Database) -> None:
    install_language("pl")  # the conftest puts English back afterwards
    widget = TotalsView(small_plan)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    model = widget.source_model
    assert texts(model, 2)[1:] == [
        "300,00\u00a0€",
        "600,00\u00a0€",
        "100,25\u00a0€",
        "1\u00a0000,25\u00a0€",
    ]
    assert amounts(model, 2, 1) == [D("300.00"), D("600.00"), D("100.25"), D("1000.25")]
    for model in (widget.source_model, widget.objective_model):
        for column in range(model.columnCount()):
            assert "EUR" not in model.headerData(column, Qt.Orientation.Horizontal)
    objectives = widget.objective_model
    last = objectives.rowCount() - 1
    assert texts(objectives, last)[2:7] == [
        format_amount(D(value)) for value in ("1500.50", "300.00", "600.00", "100.25", "1200.50")
    ]
    assert texts(objectives, last)[7].endswith("%")  # the secured share is no amount
    summary = widget.summary.text()
    assert "1\u00a0500,50\u00a0€" in summary
    assert "EUR" not in summary
