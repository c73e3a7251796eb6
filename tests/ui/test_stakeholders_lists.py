"""The People and Organisations lists: search as you type, sorting, filters, keyboard."""

from __future__ import annotations

import pytest
import test_stakeholders_support as support
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from test_stakeholders_support import person_named
from uihelpers import FakeDialogs

from lagdesk.core.stakeholders import register as sh
from lagdesk.db.codes import Gender, Sector
from lagdesk.ui.stakeholders.list_models import PersonTableModel
from lagdesk.ui.stakeholders.page import StakeholdersPage

# The shared fixtures (pytest finds fixtures by their name in the module).
demo_template = support.demo_template
demo_window = support.demo_window
empty_page = support.empty_page
page = support.page


def last_names(page: StakeholdersPage) -> list[str]:
    model = page.people_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_typing_in_the_search_box_filters_after_a_pause(
    page: StakeholdersPage, qtbot: QtBot
) -> None:
    assert page.people_model.rowCount() == 41
    qtbot.keyClicks(page.people.search, "koszal")
    # Nothing happens while typing: the list waits for the pause.
    assert page.people_model.rowCount() == 41
    qtbot.waitUntil(lambda: page.people_model.rowCount() < 41, timeout=2000)
    database = page.people_model._database
    expected = sh.person_ids(database, sh.StakeholderFilter(text="koszal"))
    assert page.people_model.ids == expected
    assert page.people.count_label.text() == f"{len(expected)} people"
    page.people.search.clear()
    qtbot.waitUntil(lambda: page.people_model.rowCount() == 41, timeout=2000)


def test_search_ignores_accents_and_matches_e_mail(page: StakeholdersPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.people.search, "lukasz")
    qtbot.waitUntil(lambda: page.people_model.rowCount() == 1, timeout=2000)
    assert page.people_model.index(0, 1).data() == "Łukasz"
    page.people.search.clear()
    qtbot.keyClicks(page.people.search, "@mops.")
    expected = sh.person_ids(page.people_model._database, sh.StakeholderFilter(text="@mops."))
    qtbot.waitUntil(lambda: page.people_model.ids == expected, timeout=2000)
    emails = [page.people_model.record_at(r).email for r in range(page.people_model.rowCount())]
    assert len(emails) > 1
    assert all("@mops." in email for email in emails)


def test_clicking_a_header_sorts(page: StakeholdersPage, qtbot: QtBot) -> None:
    names = last_names(page)
    assert names == sorted(names, key=sh.fold)
    header = page.people.table.horizontalHeader()
    header_click = header.sectionViewportPosition(0) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_at(header_click, header))
    assert last_names(page) == list(reversed(names))
    column = PersonTableModel.COLUMNS
    organisation = next(i for i, c in enumerate(column) if c.sort_key == "organisation")
    page.people.table.sortByColumn(organisation, Qt.SortOrder.AscendingOrder)
    organisations = [
        page.people_model.record_at(r).organisation for r in range(page.people_model.rowCount())
    ]
    assert organisations == sorted(organisations, key=sh.fold)


@pytest.mark.parametrize("people", [True, False], ids=["people", "organisations"])
def test_every_column_header_sorts_both_ways(page: StakeholdersPage, people: bool) -> None:
    database = page.people_model._database
    if people:
        listing, model, find = page.people, page.people_model, sh.person_ids
        keys = sh.PERSON_SORT_KEYS
    else:
        page.tabs.setCurrentWidget(page.organisations)
        listing, model, find = page.organisations, page.organisations_model, sh.organisation_ids
        keys = sh.ORGANISATION_SORT_KEYS
    header = listing.table.horizontalHeader()
    assert {c.sort_key for c in model.COLUMNS} == set(keys)
    for number, column in enumerate(model.COLUMNS):
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            listing.table.sortByColumn(number, order)
            descending = order == Qt.SortOrder.DescendingOrder
            assert model.ids == find(database, sort=column.sort_key, descending=descending)
            assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (number, order)


def test_scores_sort_with_the_never_assessed_last(page: StakeholdersPage) -> None:
    model = page.people_model
    power = next(i for i, c in enumerate(model.COLUMNS) if c.sort_key == "power")
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        page.people.table.sortByColumn(power, order)
        shown = [model.index(row, power).data() for row in range(model.rowCount())]
        scored = [int(text) for text in shown if text]
        assert scored
        assert shown[: len(scored)] == [str(n) for n in scored]  # blanks only at the end
        assert scored == sorted(scored, reverse=order == Qt.SortOrder.DescendingOrder)


def _at(x: int, header: object) -> object:
    from PySide6.QtCore import QPoint

    return QPoint(x, header.height() // 2)  # type: ignore[attr-defined]


def test_filters_by_sector_group_gender_and_membership(page: StakeholdersPage) -> None:
    people = page.people
    people.sector.setCurrentIndex(people.sector.findData(Sector.CIVIC))
    rows = [page.people_model.record_at(r) for r in range(page.people_model.rowCount())]
    assert rows
    assert {row.sector for row in rows} == {Sector.CIVIC}
    people.sector.setCurrentIndex(0)

    database = page.people_model._database
    tree = sh.group_tree(database)
    steering = next(child for child in tree[0].children if child.name == "Komitet sterujący")
    people.group.setCurrentIndex(people.group.findData(steering.id))
    members = {m.person_id for m in sh.group_members(database, steering.id)}
    assert set(page.people_model.ids) == members - {None}
    people.membership.setCurrentIndex(people.membership.findData(sh.Membership.NEVER))
    never = sh.person_ids(
        database, sh.StakeholderFilter(group_id=steering.id, membership=sh.Membership.NEVER)
    )
    assert page.people_model.ids == never
    assert len(never) == 41 - len(members - {None})
    people.group.setCurrentIndex(0)
    people.membership.setCurrentIndex(0)

    people.gender.setCurrentIndex(people.gender.findData(Gender.FEMALE))
    women = sh.person_ids(database, sh.StakeholderFilter(gender=Gender.FEMALE))
    assert page.people_model.ids == women
    assert 0 < len(women) < 41


def test_gender_is_not_a_column_of_the_list(page: StakeholdersPage) -> None:
    model = page.people_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Gender" not in headers
    texts = {model.index(0, c).data() for c in range(model.columnCount())}
    assert not texts & {"Female", "Male"}


def test_organisations_list_filters_and_counts(page: StakeholdersPage, qtbot: QtBot) -> None:
    page.tabs.setCurrentWidget(page.organisations)
    model = page.organisations_model
    assert model.rowCount() == 21
    assert page.organisations.count_label.text() == "21 organisations"
    qtbot.keyClicks(page.organisations.search, "spoldzielnia")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
    assert page.organisations.count_label.text() == "1 organisation"
    assert not hasattr(page.organisations, "gender")


def test_ctrl_f_focuses_the_search_box(page: StakeholdersPage, qtbot: QtBot) -> None:
    page.people.table.setFocus()
    qtbot.keySequence(page.people.table, QKeySequence(QKeySequence.StandardKey.Find))
    assert QApplication.focusWidget() is page.people.search


def test_enter_opens_the_form_of_the_current_row(page: StakeholdersPage, qtbot: QtBot) -> None:
    table = page.people.table
    table.setFocus()
    table.selectRow(2)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = page.person_actions.dialog
    assert dialog is not None
    assert dialog.person.id == page.people_model.id_at(2)
    dialog.reject()


def test_ctrl_n_in_the_page_adds_a_record_of_the_tab_on_show(
    page: StakeholdersPage, qtbot: QtBot
) -> None:
    page.people.table.setFocus()
    qtbot.keySequence(page.people.table, QKeySequence(QKeySequence.StandardKey.New))
    assert page.person_actions.dialog is not None
    assert page.person_actions.dialog.person.id is None
    page.person_actions.dialog.reject()
    page.tabs.setCurrentWidget(page.organisations)
    page.organisations.table.setFocus()
    qtbot.keySequence(page.organisations.table, QKeySequence(QKeySequence.StandardKey.New))
    assert page.organisation_actions.dialog is not None
    page.organisation_actions.dialog.reject()


def test_an_empty_file_shows_empty_lists(empty_page: StakeholdersPage) -> None:
    assert empty_page.people_model.rowCount() == 0
    assert empty_page.people.count_label.text() == "0 people"
    assert not empty_page.people.edit_button.isEnabled()


def test_buttons_follow_the_selection(page: StakeholdersPage) -> None:
    people = page.people
    people.select_ids(page.people_model.ids[:1])
    assert people.edit_button.isEnabled()
    assert page.add_to_group_button.isEnabled()
    assert not page.merge_people_button.isEnabled()
    people.select_ids(page.people_model.ids[:2])
    assert not people.edit_button.isEnabled()
    assert page.merge_people_button.isEnabled()
    anna = person_named(page, "Wójcik")
    people.select_ids([anna.id])
    assert people.selected_ids() == [anna.id]


def test_the_delete_key_asks_before_deleting(
    page: StakeholdersPage, qtbot: QtBot, fake_dialogs: FakeDialogs
) -> None:
    fake_dialogs.confirm_answer = False
    table = page.people.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    name = f"{page.people_model.index(0, 1).data()} {page.people_model.index(0, 0).data()}"
    assert fake_dialogs.questions == [
        q for q in fake_dialogs.questions if q.startswith(f"Delete {name}?")
    ]
    assert len(fake_dialogs.questions) == 1
    assert page.people_model.rowCount() == 41


def tab_stops(start: QWidget, count: int) -> list[QWidget]:
    """The widgets Tab reaches from ``start``, in order (as QWidget.focusNextChild walks)."""
    found = [start]
    widget = start
    while len(found) < count:
        widget = widget.nextInFocusChain()
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and widget.isVisible() and widget.isEnabled():
            found.append(widget)
    return found


def test_tab_walks_the_filters_then_the_buttons_then_the_list(page: StakeholdersPage) -> None:
    people = page.people
    stops = tab_stops(people.search, 10)
    assert stops[:6] == [
        people.search,
        people.sector,
        people.group,
        people.gender,
        people.membership,
        people.new_button,
    ]
    # Edit, Delete, Add to group and Merge wait for a selection; then Import, Export, list.
    assert stops[6:9] == [page.import_button, page.export_people_button, people.table]


def test_enter_in_the_search_box_goes_to_the_first_match(
    page: StakeholdersPage, qtbot: QtBot
) -> None:
    qtbot.keyClicks(page.people.search, "zielin")
    qtbot.keyClick(page.people.search, Qt.Key.Key_Return)  # no waiting for the pause
    assert page.people_model.rowCount() == 1
    assert QApplication.focusWidget() is page.people.table
    assert page.people.selected_ids() == page.people_model.ids
    qtbot.keyClick(page.people.table, Qt.Key.Key_Return)
    assert page.person_actions.dialog is not None
    page.person_actions.dialog.reject()
