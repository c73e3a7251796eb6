"""Groups: adding selected people, ending memberships, the group form, the composition panel,
and merging duplicates, each undone."""

from __future__ import annotations

from datetime import date, timedelta

import test_stakeholders_support as support
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_stakeholders_support import click, person_named, select_people
from uihelpers import FakeDialogs

from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support import deletion, store
from lagdesk.core.support import records as r
from lagdesk.db.codes import ConsentMethod, ConsentPurpose, Gender, GroupKind, MemberRole, Sector
from lagdesk.ui.shell.main_window import MainWindow
from lagdesk.ui.stakeholders.add_to_group import AddToGroupDialog
from lagdesk.ui.stakeholders.merge_dialog import MergeDialog
from lagdesk.ui.stakeholders.page import StakeholdersPage

# The shared fixtures (pytest finds fixtures by their name in the module).
demo_template = support.demo_template
demo_window = support.demo_window
empty_page = support.empty_page
page = support.page


def group_named(page: StakeholdersPage, name: str) -> int:
    found = [gid for gid, text, _ in page.groups.groups() if text == name]
    assert len(found) == 1
    return found[0]


def test_add_three_selected_people_to_a_group_and_undo(
    page: StakeholdersPage, demo_window: MainWindow, qtbot: QtBot
) -> None:
    database = page.people_model._database
    newsletter = group_named(page, "Newsletter GenProcure Koszalin")
    before = {m.person_id for m in sh.group_members(database, newsletter)}
    outsiders = [pid for pid in page.people_model.ids if pid not in before][:3]
    assert len(outsiders) == 3
    select_people(page, *outsiders)
    click(qtbot, page.add_to_group_button)
    dialog = page.findChild(AddToGroupDialog)
    assert dialog is not None
    assert dialog.windowTitle() == "Add 3 people to a group"
    dialog.group.setCurrentIndex(dialog.group.findData(newsletter))
    dialog.role.setCurrentIndex(dialog.role.findData(MemberRole.OBSERVER))
    dialog.joined_on.set_date_value(date(2024, 5, 1))
    dialog.accept()
    members = sh.group_members(database, newsletter)
    added = [m for m in members if m.person_id in outsiders]
    assert len(added) == 3
    assert {(m.role, m.joined_on) for m in added} == {(MemberRole.OBSERVER, date(2024, 5, 1))}
    assert "Added 3 people" in demo_window.statusBar().currentMessage()

    demo_window.undo_action.trigger()
    assert {m.person_id for m in sh.group_members(database, newsletter)} == before
    demo_window.redo_action.trigger()
    assert len([m for m in sh.group_members(database, newsletter) if m.person_id in outsiders]) == 3


def test_ending_a_membership_on_the_groups_tab_is_undone(
    page: StakeholdersPage, demo_window: MainWindow, qtbot: QtBot
) -> None:
    database = page.people_model._database
    page.tabs.setCurrentWidget(page.groups)
    steering = group_named(page, "Komitet sterujący")
    page.groups.select_group(steering)
    panel = page.groups.members
    current = [m for m in sh.group_members(database, steering) if m.left_on is None]
    row = next(
        r for r in range(panel.model.rowCount())
        if panel.model.record_at(r).membership_id == current[0].membership_id
    )  # fmt: skip
    panel.table.selectRow(row)
    assert panel.end_button.isEnabled()
    panel.left_on.set_date_value(date.today() - timedelta(days=1))
    click(qtbot, panel.end_button)
    ended = store.get(database, r.GroupMembership, current[0].membership_id)
    assert ended.left_on == date.today() - timedelta(days=1)
    demo_window.undo_action.trigger()
    assert store.get(database, r.GroupMembership, current[0].membership_id).left_on is None


def test_a_new_group_under_the_selected_one_and_its_deletion(
    page: StakeholdersPage, demo_window: MainWindow, fake_dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    database = page.people_model._database
    page.tabs.setCurrentWidget(page.groups)
    top = page.groups.groups()[0][0]
    page.groups.select_group(top)
    dialog = page.groups.new_group()
    assert dialog.parent_group.currentData() == top
    assert not dialog.tabs.isTabEnabled(1)
    qtbot.keyClicks(dialog.name, "Grupa robocza: dane")
    dialog.kind.setCurrentIndex(dialog.kind.findData(GroupKind.WORKING_GROUP))
    click(qtbot, dialog.ok_button)
    new_id = group_named(page, "Grupa robocza: dane")
    assert store.get(database, r.StakeholderGroup, new_id).parent_id == top
    assert page.people.group.findData(new_id) >= 0  # the filters offer it at once

    impact = sh.group_delete_impact(database, top)
    assert impact.invitations
    before = deletion.deletion_snapshot(database, r.StakeholderGroup, top)
    page.groups.select_group(top)
    page.groups.delete_selected()
    question = fake_dialogs.questions[-1]
    assert question.startswith("Delete the group Grupa URBACT Koszalin (GenProcure)?")
    assert "subgroups become top-level groups" in question
    assert f"Its invitations to {impact.invitations} meetings go with it." in question
    assert question.endswith("You can undo this with Edit > Undo.")
    assert store.find(database, r.StakeholderGroup, parent_id=None)
    demo_window.undo_action.trigger()
    restored = [
        g for g in store.find(database, r.StakeholderGroup) if g.name.startswith("Grupa URBACT")
    ]
    assert [g.id for g in restored] == [top]
    children = store.find(database, r.StakeholderGroup, parent_id=top)
    assert len(children) == 5
    assert len(sh.group_members(database, top)) > 30
    assert sh.group_delete_impact(database, top) == impact
    assert deletion.deletion_snapshot(database, r.StakeholderGroup, top) == before


def test_the_group_form_ends_a_membership_when_saved(page: StakeholdersPage, qtbot: QtBot) -> None:
    database = page.people_model._database
    page.tabs.setCurrentWidget(page.groups)
    steering = group_named(page, "Komitet sterujący")
    page.groups.select_group(steering)
    dialog = page.groups.edit_selected()
    assert dialog is not None
    dialog.tabs.setCurrentIndex(1)
    members = dialog.members
    members.table.selectRow(0)
    membership = members.model.record_at(0).membership_id
    members.left_on.set_date_value(date(2025, 1, 31))
    click(qtbot, members.end_button)
    assert members.model.index(0, 5).data() == "31/01/2025"
    assert store.get(database, r.GroupMembership, membership).left_on is None  # not yet
    click(qtbot, dialog.ok_button)
    assert store.get(database, r.GroupMembership, membership).left_on == date(2025, 1, 31)


def test_composition_panel_counts_and_warns_on_a_skewed_group(
    empty_page: StakeholdersPage,
) -> None:
    page = empty_page
    database = page.people_model._database
    public = store.save(database, r.Organisation(name="City hall", sector=Sector.PUBLIC))
    people = [
        store.save(
            database,
            r.Person(
                first_name=f"P{n}", last_name="Male", gender=Gender.MALE, organisation_id=public.id
            ),
        )
        for n in range(6)
    ]
    people.append(store.save(database, r.Person(last_name="Woman", gender=Gender.FEMALE)))
    group = store.save(
        database, r.StakeholderGroup(name="Skewed board", kind=GroupKind.STEERING_BOARD)
    )
    assert group.id is not None
    sh.add_people_to_group(database, group.id, [p.id for p in people if p.id], date(2024, 1, 1))
    page.refresh()
    page.tabs.setCurrentWidget(page.groups)
    page.groups.select_group(group.id)
    panel = page.groups.composition
    model = panel.model
    sectors = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    public_row = sectors.index("Public")
    male_column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Male"
    )
    assert model.index(public_row, male_column).data() == "6"
    all_column = model.columnCount() - 1
    assert model.index(model.rowCount() - 1, all_column).data() == "7"
    assert "7 people are active members today" in panel.total.text()
    assert panel.warnings.isVisibleTo(page)
    warnings = panel.warning_text.text()
    assert "Women are 14 %" in warnings
    assert "No one from the civic sector" in warnings


def test_merge_two_duplicates_and_undo_restores_the_ids(
    page: StakeholdersPage, demo_window: MainWindow, qtbot: QtBot
) -> None:
    database = page.people_model._database
    original = person_named(page, "Wójcik", "Agnieszka")
    kept_before = store.get(database, r.Person, original.id)
    duplicate = store.save(
        database, r.Person(first_name="Agnieszka", last_name="Wojcik", notes="met at the fair")
    )
    assert duplicate.id is not None
    sh.give_consent(
        database, duplicate.id, ConsentPurpose.NEWSLETTER, date(2024, 2, 2), ConsentMethod.EMAIL
    )
    page.refresh()
    select_people(page, original.id, duplicate.id)
    assert page.merge_people_button.isEnabled()
    click(qtbot, page.merge_people_button)
    dialog = page.findChild(MergeDialog)
    assert dialog is not None
    keep = next(o for o in dialog.options if "Wójcik" in o.text())
    keep.setChecked(True)
    assert "Agnieszka Wojcik goes." in dialog.moves.text()
    assert "1 consent record" in dialog.moves.text()
    dialog.accept()
    assert page.people_model.rowCount() == 41
    assert duplicate.id not in page.people_model.ids
    merged = store.get(database, r.Person, original.id)
    assert merged.notes == (kept_before.notes or "met at the fair")
    assert any(c.purpose == ConsentPurpose.NEWSLETTER for c in sh.consents(database, original.id))

    demo_window.undo_action.trigger()
    assert store.get(database, r.Person, duplicate.id).last_name == "Wojcik"
    assert len(sh.consents(database, duplicate.id)) == 1
    assert store.get(database, r.Person, original.id) == kept_before
    assert page.people_model.rowCount() == 42
    demo_window.redo_action.trigger()
    assert page.people_model.rowCount() == 41
