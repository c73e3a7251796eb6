"""Every model of the Stakeholders area passes Qt's model tester, filled with the demo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import test_stakeholders_support as support
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from lagdesk.core.stakeholders import composition as comp
from lagdesk.core.stakeholders import register as sh
from lagdesk.core.stakeholders.importing.planning import plan_import
from lagdesk.errors import FieldProblem
from lagdesk.ui.stakeholders.assessment_panel import AssessmentHistoryModel
from lagdesk.ui.stakeholders.consent_panel import ConsentTableModel
from lagdesk.ui.stakeholders.group_models import (
    CompositionTableModel,
    GroupTreeModel,
    MemberTableModel,
)
from lagdesk.ui.stakeholders.import_models import ImportRowModel, ProblemTableModel
from lagdesk.ui.stakeholders.list_models import OrganisationTableModel, PersonTableModel
from lagdesk.ui.stakeholders.matrix_tab import MatrixPointModel
from lagdesk.ui.stakeholders.page import StakeholdersPage

# The shared fixtures (pytest finds fixtures by their name in the module).
demo_template = support.demo_template
demo_window = support.demo_window
page = support.page


def test_person_model(page: StakeholdersPage, qtmodeltester: ModelTester) -> None:
    database = page.people_model._database
    model = PersonTableModel(database)
    qtmodeltester.check(model)
    model.refresh()
    assert model.rowCount() == 41
    qtmodeltester.check(model)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    model.set_filter(sh.StakeholderFilter(text="urząd"))
    qtmodeltester.check(model)
    assert 0 < model.rowCount() < 41
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Last name"


def test_the_person_model_reads_rows_a_block_at_a_time(
    page: StakeholdersPage, monkeypatch: object
) -> None:
    database = page.people_model._database
    model = PersonTableModel(database)
    model.BLOCK = 10
    reads: list[int] = []
    original = model.read_rows

    def counting(ids: list[int]) -> list[sh.PersonRow]:
        reads.append(len(ids))
        return original(ids)

    model.read_rows = counting  # type: ignore[method-assign]
    model.refresh()
    assert reads == []  # the ids alone: no row read yet
    model.index(3, 0).data()
    model.index(7, 2).data()
    assert reads == [10]
    model.index(25, 0).data()
    assert reads == [10, 10]


def test_organisation_model(page: StakeholdersPage, qtmodeltester: ModelTester) -> None:
    model = OrganisationTableModel(page.people_model._database)
    model.refresh()
    assert model.rowCount() == 21
    qtmodeltester.check(model)


def test_group_models(page: StakeholdersPage, qtmodeltester: ModelTester) -> None:
    database = page.people_model._database
    tree = sh.group_tree(database)
    groups = GroupTreeModel()
    qtmodeltester.check(groups)
    groups.set_groups(tree)
    qtmodeltester.check(groups)
    assert groups.index_of(tree[0].children[0].id).parent().isValid()

    members = MemberTableModel()
    qtmodeltester.check(members)
    members.set_records(sh.group_members(database, tree[0].id))
    qtmodeltester.check(members)

    composition = CompositionTableModel()
    qtmodeltester.check(composition)
    composition.set_composition(comp.group_composition(database, tree[0].id))
    qtmodeltester.check(composition)


def test_form_models(page: StakeholdersPage, qtmodeltester: ModelTester) -> None:
    database = page.people_model._database
    person_id = page.people_model.ids[0]
    history = AssessmentHistoryModel()
    qtmodeltester.check(history)
    history.set_records(sh.assessment_history(database, person_id=person_id))
    qtmodeltester.check(history)
    consents = ConsentTableModel()
    qtmodeltester.check(consents)
    with_consent = next(pid for pid in page.people_model.ids if sh.consents(database, pid))
    consents.set_records(sh.consents(database, with_consent))
    qtmodeltester.check(consents)


def test_matrix_model(page: StakeholdersPage, qtmodeltester: ModelTester) -> None:
    model = MatrixPointModel()
    qtmodeltester.check(model)
    model.set_points(sh.matrix_points(page.people_model._database, "person"))
    qtmodeltester.check(model)
    assert model.rowCount() == 41


def test_import_models(page: StakeholdersPage, qtmodeltester: ModelTester, tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    source.write_text(
        "First name,Last name,Organisation,Sector,Email,Power,Interest\n"
        "Agnieszka,Wójcik,Urząd Miejski w Koszalinie,public,,3,5\n"
        "Jan,Kowalski,Nowa Firma,private,jan@example.org,9,2\n"
        "Ewa,Lis,,,ewa@example.org,,\n",
        encoding="utf-8",
    )
    plan = plan_import(page.people_model._database, source, today=date(2025, 1, 1))
    rows = ImportRowModel()
    qtmodeltester.check(rows)
    rows.set_records(plan.rows)
    qtmodeltester.check(rows)
    problems = ProblemTableModel()
    problems.set_records([*plan.problems, FieldProblem("email", "not an address", row=4)])
    qtmodeltester.check(problems)
