"""The person and organisation forms: saving through core, undo and redo, deleting,
consent, assessments, personal data export and erase."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import test_stakeholders_support as support
from pytestqt.qtbot import QtBot
from test_stakeholders_support import click, person_named
from uihelpers import FakeDialogs

from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support import deletion, store
from lagdesk.core.support import records as r
from lagdesk.db import models as m
from lagdesk.db.codes import ConsentMethod, ConsentPurpose, Gender, Sector
from lagdesk.errors import NotFoundError
from lagdesk.ui.common.undo import SaveRecordCommand
from lagdesk.ui.shell.main_window import MainWindow
from lagdesk.ui.stakeholders.page import StakeholdersPage

# The shared fixtures (pytest finds fixtures by their name in the module).
demo_template = support.demo_template
demo_window = support.demo_window
page = support.page


def stored_person(page: StakeholdersPage, person_id: int) -> r.Person:
    return store.get(page.people_model._database, r.Person, person_id)


def test_editing_a_person_is_saved_and_undone_and_redone(
    page: StakeholdersPage, demo_window: MainWindow, qtbot: QtBot
) -> None:
    anna = person_named(page, "Wójcik", "Agnieszka")
    dialog = page.person_actions.edit_person(anna.id)
    assert dialog is not None
    assert dialog.gender.currentData() == stored_person(page, anna.id).gender
    dialog.role.clear()
    qtbot.keyClicks(dialog.role, "head of procurement")
    dialog.gender.setCurrentIndex(dialog.gender.findData(Gender.PREFER_NOT_TO_SAY))
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    saved = stored_person(page, anna.id)
    assert (saved.role, saved.gender) == ("head of procurement", Gender.PREFER_NOT_TO_SAY)
    row = page.people_model.row_of(anna.id)
    assert page.people_model.record_at(row).role == "head of procurement"
    assert demo_window.undo_stack.undoText() == "Edit Agnieszka Wójcik"

    demo_window.undo_action.trigger()
    assert stored_person(page, anna.id).role == anna.role
    assert page.people_model.record_at(row).role == anna.role
    demo_window.redo_action.trigger()
    assert stored_person(page, anna.id).role == "head of procurement"


def test_a_refused_person_keeps_the_form_open_with_the_problem(
    page: StakeholdersPage, qtbot: QtBot
) -> None:
    dialog = page.person_actions.new_person()
    qtbot.keyClicks(dialog.first_name, "Ola")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.messages.message_for("last_name")
    qtbot.keyClicks(dialog.last_name, "Nowak")
    qtbot.keyClicks(dialog.email, "not an address")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.messages.message_for("email")
    dialog.email.clear()
    dialog.organisation.setEditText("No such organisation")
    click(qtbot, dialog.ok_button)
    assert "No organisation is called" in dialog.messages.message_for("organisation_id")
    dialog.organisation.setCurrentIndex(dialog.organisation.findText("Politechnika Koszalińska"))
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    found = person_named(page, "Nowak", "Ola")
    assert found.organisation == "Politechnika Koszalińska"


def test_a_new_person_with_consent_and_scores_is_one_undo_step(
    page: StakeholdersPage, demo_window: MainWindow, qtbot: QtBot
) -> None:
    dialog = page.person_actions.new_person()
    qtbot.keyClicks(dialog.first_name, "Zofia")
    qtbot.keyClicks(dialog.last_name, "Testowa")
    dialog.consent.purpose.setCurrentIndex(
        dialog.consent.purpose.findData(ConsentPurpose.NEWSLETTER)
    )
    dialog.consent.method.setCurrentIndex(dialog.consent.method.findData(ConsentMethod.EMAIL))
    qtbot.keyClicks(dialog.consent.evidence, "e-mail of 3 May")
    click(qtbot, dialog.consent.add_button)
    assert dialog.consent.model.rowCount() == 1
    assert dialog.consent.model.index(0, 5).data() == "Not saved yet"
    dialog.assessment.power.setValue(4)
    dialog.assessment.interest.setValue(2)
    assert dialog.assessment.quadrant.text() == "Keep satisfied"
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    found = person_named(page, "Testowa", "Zofia")
    database = page.people_model._database
    (consent,) = sh.consents(database, found.id)
    assert (consent.purpose, consent.method, consent.evidence) == (
        ConsentPurpose.NEWSLETTER,
        ConsentMethod.EMAIL,
        "e-mail of 3 May",
    )
    assert (found.power, found.interest) == (4, 2)
    assert page.people_model.rowCount() == 42

    demo_window.undo_action.trigger()
    assert page.people_model.rowCount() == 41
    demo_window.redo_action.trigger()
    again = person_named(page, "Testowa", "Zofia")
    assert (again.power, again.interest) == (4, 2)
    assert len(sh.consents(database, again.id)) == 1


def test_withdrawing_a_consent_and_a_new_assessment_keep_the_history(
    page: StakeholdersPage, demo_window: MainWindow, qtbot: QtBot
) -> None:
    database = page.people_model._database
    anna = person_named(page, "Wójcik", "Agnieszka")
    given = sh.give_consent(
        database,
        anna.id,
        ConsentPurpose.PHOTO_PUBLICATION,
        date(2024, 1, 10),
        ConsentMethod.WRITTEN,
    )
    history = sh.assessment_history(database, person_id=anna.id)
    dialog = page.person_actions.edit_person(anna.id)
    assert dialog is not None
    assert dialog.assessment.history_model.rowCount() == len(history)
    row = next(
        row
        for row in range(dialog.consent.model.rowCount())
        if dialog.consent.model.record_at(row).id == given.id
    )
    dialog.consent.table.selectRow(row)
    dialog.consent.withdrawn_on.set_date_value(date(2024, 6, 1))
    click(qtbot, dialog.consent.withdraw_button)
    dialog.assessment.power.setValue(1)
    dialog.assessment.interest.setValue(1)
    dialog.assessment.assessed_on.set_date_value(date(2024, 6, 2))
    click(qtbot, dialog.ok_button)
    withdrawn = next(c for c in sh.consents(database, anna.id) if c.id == given.id)
    assert withdrawn.withdrawn_on == date(2024, 6, 1)
    after = sh.assessment_history(database, person_id=anna.id)
    assert len(after) == len(history) + 1
    assert any((a.power, a.interest, a.assessed_on) == (1, 1, date(2024, 6, 2)) for a in after)

    demo_window.undo_action.trigger()
    assert next(c for c in sh.consents(database, anna.id) if c.id == given.id).withdrawn_on is None
    assert len(sh.assessment_history(database, person_id=anna.id)) == len(history)


def test_deleting_a_person_says_what_goes_and_undo_brings_it_back(
    page: StakeholdersPage, demo_window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    database = page.people_model._database
    anna = person_named(page, "Wójcik", "Agnieszka")
    impact = sh.person_delete_impact(database, anna.id)
    assert impact.attendance
    assert impact.memberships
    before = deletion.deletion_snapshot(database, r.Person, anna.id)
    page.people.select_ids([anna.id])
    page.people.delete_selected()
    (question,) = fake_dialogs.questions
    assert question.startswith("Delete Agnieszka Wójcik? Their attendance at ")
    assert f"attendance at {impact.attendance} meetings" in question
    assert f"{impact.memberships} group memberships" in question or (
        impact.memberships == 1 and "1 group membership" in question
    )
    assert "go with them" in question
    with pytest.raises(NotFoundError):
        stored_person(page, anna.id)
    assert page.people_model.rowCount() == 40

    demo_window.undo_action.trigger()
    back = person_named(page, "Wójcik", "Agnieszka")
    assert back.id == anna.id
    again = sh.person_delete_impact(database, back.id)
    assert again == impact
    assert deletion.deletion_snapshot(database, r.Person, anna.id) == before
    assert page.people_model.rowCount() == 41
    demo_window.redo_action.trigger()
    assert page.people_model.rowCount() == 40
    demo_window.undo_action.trigger()
    assert deletion.deletion_snapshot(database, r.Person, anna.id) == before


def take_id(page: StakeholdersPage, person_id: int) -> None:
    """A new person gets the deleted one's id behind the stack's back (another window)."""
    with page.people_model._database.session() as session:
        session.add(m.Person(id=person_id, last_name="Newcomer"))


def test_an_undo_core_refuses_is_reported_and_leaves_the_stack(
    page: StakeholdersPage, demo_window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    anna = person_named(page, "Wójcik", "Agnieszka")
    stack = demo_window.undo_stack
    page.people.select_ids([anna.id])
    page.people.delete_selected()
    depth = stack.count()
    take_id(page, anna.id)
    demo_window.undo_action.trigger()
    ((title, message),) = fake_dialogs.errors
    assert title == "Stakeholders"
    assert f"person id {anna.id} has been given to a new record since" in message
    assert stack.count() == depth - 1  # the obsolete command left the stack
    assert not stack.canRedo()
    assert stored_person(page, anna.id).last_name == "Newcomer"
    assert page.people_model.rowCount() == 41


def test_one_refused_restore_in_a_multiple_delete_spares_the_others(
    page: StakeholdersPage, demo_window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    database = page.people_model._database
    first, second = page.people_model.ids[:2]
    page.people.select_ids([first, second])
    page.people.delete_selected()
    assert page.people_model.rowCount() == 39
    take_id(page, first)
    demo_window.undo_action.trigger()
    assert len(fake_dialogs.errors) == 1
    assert stored_person(page, first).last_name == "Newcomer"
    assert store.get(database, r.Person, second).id == second
    # Redo and undo again: the refused part does nothing more, the rest follows the stack.
    demo_window.redo_action.trigger()
    with pytest.raises(NotFoundError):
        stored_person(page, second)
    assert stored_person(page, first).last_name == "Newcomer"
    demo_window.undo_action.trigger()
    assert stored_person(page, second).id == second
    assert len(fake_dialogs.errors) == 1


def test_a_person_added_again_under_a_new_id_is_deleted_by_redo(
    page: StakeholdersPage, demo_window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    """Redoing an add gives a new id when the old one was taken meanwhile; a delete pushed
    after it deletes that person when redone, not whoever holds the id it was made with."""
    database = page.people_model._database
    stack = demo_window.undo_stack
    made = store.save(database, r.Person(last_name="Testowa-Nowa"))
    stack.push(SaveRecordCommand(page.context, "Add Testowa-Nowa", None, made))
    stack.undo()
    store.save(database, r.Person(last_name="Took the id"))
    stack.redo()
    (again,) = store.find(database, r.Person, last_name="Testowa-Nowa")
    assert again.id != made.id
    page.people.select_ids([again.id])
    page.people.delete_selected()
    stack.undo()  # the delete
    stack.undo()  # the add
    assert store.find(database, r.Person, last_name="Testowa-Nowa") == []
    bystander = store.save(database, r.Person(last_name="Bystander"))
    assert bystander.id == again.id  # SQLite gives the freed id to the next person
    stack.redo()
    stack.redo()
    assert store.find(database, r.Person, last_name="Testowa-Nowa") == []
    assert store.get(database, r.Person, bystander.id) == bystander
    stack.undo()
    assert len(store.find(database, r.Person, last_name="Testowa-Nowa")) == 1
    assert fake_dialogs.errors == []


def test_an_organisation_comes_back_with_its_partnerships_and_lead(
    page: StakeholdersPage, demo_window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    database = page.people_model._database
    page.tabs.setCurrentWidget(page.organisations)
    impacts = {
        row.id: sh.organisation_delete_impact(database, row.id)
        for row in sh.organisation_rows(database, sh.organisation_ids(database))
    }
    chosen = next(
        key for key, i in impacts.items() if i.action_partnerships and i.actions_responsible
    )
    impact = impacts[chosen]
    before = deletion.deletion_snapshot(database, r.Organisation, chosen)
    led = store.find(database, r.Action, lead_organisation_id=chosen)
    page.organisations.select_ids([chosen])
    page.organisations.delete_selected()
    question = fake_dialogs.questions[-1]
    assert f"{impact.action_partnerships} action partnerships" in question or (
        impact.action_partnerships == 1 and "1 action partnership" in question
    )
    assert question.endswith("You can undo this with Edit > Undo.")
    assert "cannot bring it back" not in question
    assert store.find(database, r.Action, lead_organisation_id=chosen) == []

    demo_window.undo_action.trigger()
    assert store.get(database, r.Organisation, chosen).id == chosen
    assert sh.organisation_delete_impact(database, chosen) == impact
    assert store.find(database, r.Action, lead_organisation_id=chosen) == led
    assert deletion.deletion_snapshot(database, r.Organisation, chosen) == before


def test_declining_the_delete_changes_nothing(
    page: StakeholdersPage, fake_dialogs: FakeDialogs
) -> None:
    fake_dialogs.confirm_answer = False
    page.people.select_ids(page.people_model.ids[:3])
    page.people.delete_selected()
    assert fake_dialogs.questions[0].startswith("Delete these 3 people?")
    assert page.people_model.rowCount() == 41


def test_editing_and_deleting_an_organisation_with_undo(
    page: StakeholdersPage, demo_window: MainWindow, fake_dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    database = page.people_model._database
    page.tabs.setCurrentWidget(page.organisations)
    model = page.organisations_model
    row = next(
        r for r in range(model.rowCount()) if model.record_at(r).name == "Bałtyk-Bud Sp. z o.o."
    )
    organisation = model.record_at(row)
    dialog = page.organisation_actions.edit_organisation(organisation.id)
    assert dialog is not None
    dialog.city.clear()
    qtbot.keyClicks(dialog.city, "Mielno")
    click(qtbot, dialog.ok_button)
    assert store.get(database, r.Organisation, organisation.id).city == "Mielno"

    page.organisations.select_ids([organisation.id])
    page.organisations.delete_selected()
    question = fake_dialogs.questions[-1]
    assert question.startswith("Delete the organisation Bałtyk-Bud Sp. z o.o.?")
    assert f"{organisation.people} people who work there stay" in question
    assert model.rowCount() == 20
    staff = sh.person_ids(database, sh.StakeholderFilter(text="Bałtyk-Bud"))
    assert staff == []
    demo_window.undo_action.trigger()
    assert model.rowCount() == 21
    staff = sh.person_rows(database, sh.person_ids(database, sh.StakeholderFilter(text="Bałtyk")))
    assert len(staff) == organisation.people
    assert {row.sector for row in staff} == {Sector.PRIVATE}
    demo_window.undo_action.trigger()
    back = [
        o
        for o in sh.organisation_rows(database, sh.organisation_ids(database))
        if o.name == organisation.name
    ]
    assert back[0].city == organisation.city


def test_export_personal_data_writes_json_and_html(
    page: StakeholdersPage, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    anna = person_named(page, "Wójcik", "Agnieszka")
    dialog = page.person_actions.edit_person(anna.id)
    assert dialog is not None
    fake_dialogs.paths.append(tmp_path / "agnieszka")
    dialog.export_button.click()
    written = tmp_path / "agnieszka.json"
    assert written.exists()
    assert (tmp_path / "agnieszka.html").exists()
    data = json.loads(written.read_text(encoding="utf-8"))
    assert "Wójcik" in json.dumps(data, ensure_ascii=False)
    assert "agnieszka.json" in fake_dialogs.informations[-1][1]
    dialog.reject()


def test_erase_from_the_form_removes_the_person_for_good(
    page: StakeholdersPage, demo_window: MainWindow, fake_dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    database = page.people_model._database
    anna = person_named(page, "Wójcik", "Agnieszka")
    edit = page.person_actions.edit_person(anna.id)
    assert edit is not None
    qtbot.keyClicks(edit.role, " (acting)")
    click(qtbot, edit.ok_button)
    assert demo_window.undo_stack.count() == 1  # the edit keeps a copy of her data
    dialog = page.person_actions.edit_person(anna.id)
    assert dialog is not None
    dialog.erase_button.click()
    question = fake_dialogs.questions[-1]
    assert "cannot be undone" in question
    assert "anonymous counts" in question
    assert not dialog.isVisible()
    with pytest.raises(NotFoundError):
        stored_person(page, anna.id)
    assert page.people_model.rowCount() == 40
    assert anna.id not in page.people_model.ids
    assert demo_window.undo_stack.count() == 0
    assert "was erased" in demo_window.statusBar().currentMessage()
    assert sh.person_ids(database, sh.StakeholderFilter(text="Wójcik Agnieszka")) == []
