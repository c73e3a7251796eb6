"""The Indicators page: results framework, dashboard, chart and measurements."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from lagdesk import i18n
from lagdesk.core.indicators import library as indicators
from lagdesk.core.indicators.progress import all_progress, status_label
from lagdesk.core.support import records, store
from lagdesk.db.codes import ProgressStatus
from lagdesk.db.database import Database
from lagdesk.demo import build_demo
from lagdesk.i18n import install_language
from lagdesk.ui.common.formatting import format_percent, to_qdate
from lagdesk.ui.indicators import models
from lagdesk.ui.indicators.page import IndicatorsPage
from tests.ui.uihelpers import FakeDialogs

AS_OF = date(2026, 6, 30)


@pytest.fixture
def demo(database: Database) -> Database:
    build_demo(database, "small", seed=1)
    return database


@pytest.fixture
def page(qtbot: QtBot, demo: Database) -> Iterator[IndicatorsPage]:
    stack = QUndoStack()
    widget = IndicatorsPage(demo, stack)
    widget._test_stack = stack  # type: ignore[attr-defined]  # keep the stack alive
    qtbot.addWidget(widget)
    widget.as_of.setDate(to_qdate(AS_OF))
    yield widget
    # The stack outlives the test's database: it must not make the page read it again.
    stack.indexChanged.disconnect(widget.reload)


def statuses(page: IndicatorsPage) -> dict[str, ProgressStatus]:
    model = page.results_model
    return {
        model.index(row, models.CODE).data(): model.index(row, models.STATUS).data(
            models.STATUS_ROLE
        )
        for row in range(model.rowCount())
    }


def test_models_pass_the_model_tester(page: IndicatorsPage, qtmodeltester: ModelTester) -> None:
    page.select_row(0)
    assert page.measurements.model.rowCount() > 0 or page.results_model.rowCount() > 1
    qtmodeltester.check(page.results_model)
    qtmodeltester.check(page.measurements.model)


def test_status_and_progress_equal_core(page: IndicatorsPage, demo: Database) -> None:
    expected = all_progress(demo, AS_OF)
    model = page.results_model
    assert model.rowCount() == len(expected)
    seen = Counter()
    for row in range(model.rowCount()):
        record = model.record_at(row)
        assert record is not None
        assert record.id is not None
        found = expected[record.id]
        assert model.index(row, models.STATUS).data(models.STATUS_ROLE) == found.status
        assert model.index(row, models.STATUS).data() == status_label(found.status)
        assert model.index(row, models.PROGRESS).data(models.PROGRESS_ROLE) == found.progress
        text = model.index(row, models.PROGRESS).data()
        if found.progress is None:
            assert text == ""
        else:
            assert text == format_percent(round(found.progress * 100))
        seen[found.status] += 1
    assert len(seen) > 1  # the demo has indicators in several states


def test_dashboard_counts_the_statuses(page: IndicatorsPage, demo: Database) -> None:
    counts = Counter(p.status for p in all_progress(demo, AS_OF).values())
    assert page.counts == counts
    text = page.dashboard.text()
    for status in ProgressStatus:
        assert f"{status_label(status)} {counts.get(status, 0)}" in text


def test_changing_as_of_changes_results(page: IndicatorsPage, demo: Database) -> None:
    before = statuses(page)
    early = date(2000, 1, 1)
    page.as_of.setDate(to_qdate(early))
    after = statuses(page)
    assert after != before
    assert set(after.values()) == {ProgressStatus.NO_DATA}
    assert page.counts == Counter(p.status for p in all_progress(demo, early).values())


def test_selecting_an_indicator_draws_its_chart(page: IndicatorsPage, demo: Database) -> None:
    assert page.chart.canvas is None
    page.select_row(2)
    record = page.results_model.record_at(2)
    assert record is not None
    assert record.id is not None
    assert page.chart.canvas is not None
    assert record.indicator.code in page.chart.canvas.figure.get_suptitle()
    assert page.measurements.model.rowCount() == len(indicators.measurement_rows(demo, record.id))
    page.select_row(3)
    other = page.results_model.record_at(3)
    assert other is not None
    assert other.indicator.code in page.chart.canvas.figure.get_suptitle()


def test_add_measurement_then_undo(page: IndicatorsPage, qtbot: QtBot, demo: Database) -> None:
    page.select_row(0)
    record = page.results_model.record_at(0)
    assert record is not None
    assert record.id is not None
    before = page.measurements.model.rowCount()
    page.measurements.new_date.setDate(to_qdate(date(2026, 5, 1)))
    qtbot.keyClicks(page.measurements.new_value, "42")
    qtbot.keyClick(page.measurements.new_value, Qt.Key.Key_Return)
    assert page.measurements.model.rowCount() == before + 1
    values = [m.measurement.value for m in indicators.measurement_rows(demo, record.id)]
    assert 42 in values
    assert page.results_model.record_at(0) == record  # still selected after the reload
    page.undo_stack.undo()
    assert page.measurements.model.rowCount() == before
    assert 42 not in [m.measurement.value for m in indicators.measurement_rows(demo, record.id)]
    page.undo_stack.redo()
    assert page.measurements.model.rowCount() == before + 1


def test_measurement_before_baseline_is_saved_with_a_warning(
    page: IndicatorsPage, demo: Database
) -> None:
    row = next(
        r
        for r in range(page.results_model.rowCount())
        if (rec := page.results_model.record_at(r)) and rec.indicator.baseline_date
    )
    page.select_row(row)
    record = page.results_model.record_at(row)
    assert record is not None
    assert record.indicator.baseline_date
    assert record.id
    page.measurements.new_date.setDate(
        to_qdate(date(record.indicator.baseline_date.year - 1, 1, 1))
    )
    page.measurements.new_value.setText("7")
    page.measurements.add_button.click()
    assert page.measurements.warning.isVisibleTo(page)
    assert "baseline" in page.measurements.warning.text()
    assert 7 in [m.measurement.value for m in indicators.measurement_rows(demo, record.id)]


def test_delete_measurement_then_undo(page: IndicatorsPage, demo: Database) -> None:
    page.select_row(0)
    record = page.results_model.record_at(0)
    assert record is not None
    assert record.id is not None
    total = store.count(demo, records.Measurement)
    if page.measurements.model.rowCount() == 0:
        page.measurements.paste_text("2026-01-01\t1\n")
        total += 1
    page.measurements.table.setCurrentIndex(page.measurements.model.index(0, 0))
    page.measurements.delete_button.click()
    assert store.count(demo, records.Measurement) == total - 1
    page.undo_stack.undo()
    assert store.count(demo, records.Measurement) == total


def test_paste_with_a_bad_line_is_refused(
    page: IndicatorsPage, demo: Database, fake_dialogs: FakeDialogs
) -> None:
    page.select_row(1)
    total = store.count(demo, records.Measurement)
    QGuiApplication.clipboard().setText("2026-01-01\t3\n2026-02-01\tabc\n2026-03-01\t5\n")
    page.measurements.paste_button.click()
    assert store.count(demo, records.Measurement) == total
    assert len(fake_dialogs.errors) == 1
    assert "Line 2" in fake_dialogs.errors[0][1]
    assert "Line 1" not in fake_dialogs.errors[0][1]


def test_paste_adds_every_line_in_one_undo_step(page: IndicatorsPage, demo: Database) -> None:
    page.select_row(1)
    before = page.measurements.model.rowCount()
    total = store.count(demo, records.Measurement)
    page.measurements.paste_text("2026-01-01\t3\n2026-02-01\t4\tsurvey\n")
    assert store.count(demo, records.Measurement) == total + 2
    assert page.measurements.model.rowCount() == before + 2
    page.undo_stack.undo()
    assert store.count(demo, records.Measurement) == total


def shown_codes(page: IndicatorsPage) -> list[str]:
    model = page.results_model
    return [model.index(row, models.CODE).data() for row in range(model.rowCount())]


def test_page_has_its_heading(page: IndicatorsPage) -> None:
    titles = [label.text() for label in page.findChildren(QLabel)]
    assert "Indicators" in titles


def test_filter_by_code_or_name(page: IndicatorsPage, demo: Database) -> None:
    rows = indicators.indicator_rows(demo)
    assert len(shown_codes(page)) == len(rows)
    page.filters.text_edit.setText("proc-0")
    expected = [r.indicator.code for r in rows if "proc-0" in r.indicator.code.lower()]
    assert expected
    assert shown_codes(page) == expected
    assert f"{len(expected)} of {len(rows)} indicators" in page.dashboard.text()
    assert sum(page.counts.values()) == len(expected)
    word = rows[0].indicator.name.split()[-1].upper()
    page.filters.text_edit.setText(word)
    assert shown_codes(page) == [
        r.indicator.code for r in rows if word.casefold() in r.indicator.name.casefold()
    ]
    page.filters.text_edit.setText("no indicator is called this")
    assert shown_codes(page) == []
    assert page.chart.canvas is None
    assert not page.edit_button.isEnabled()
    page.filters.text_edit.clear()
    assert len(shown_codes(page)) == len(rows)
    assert "indicators:" not in page.dashboard.text()


def test_filter_keeps_the_selection_it_still_shows(page: IndicatorsPage) -> None:
    page.select_row(1)
    chosen = page.selected_id()
    record = page.results_model.record_at(1)
    assert record is not None
    page.filters.text_edit.setText(record.indicator.code)
    assert page.selected_id() == chosen
    assert page.chart.canvas is not None


def test_library_and_own_indicators(page: IndicatorsPage, demo: Database) -> None:
    rows = indicators.indicator_rows(demo)
    library = [r.indicator.code for r in rows if r.indicator.library_key]
    own = [r.indicator.code for r in rows if not r.indicator.library_key]
    assert library
    assert own
    model = page.results_model
    for row in range(model.rowCount()):
        is_library = model.index(row, models.ORIGIN).data(models.LIBRARY_ROLE)
        assert model.index(row, models.ORIGIN).data() == ("Library" if is_library else "Own")
    page.filters.origin_combo.setCurrentIndex(page.filters.origin_combo.findData("library"))
    assert shown_codes(page) == library
    page.filters.origin_combo.setCurrentIndex(page.filters.origin_combo.findData("own"))
    assert shown_codes(page) == own
    page.filters.text_edit.setText(own[0])
    assert shown_codes(page) == [own[0]]


@pytest.mark.parametrize("language", ["bg", "pl", "en"])
def test_dates_show_a_four_digit_year_in_the_locale_format(
    qtbot: QtBot, demo: Database, language: str
) -> None:
    install_language(language)  # the page is built in the chosen language
    stack = QUndoStack()
    widget = IndicatorsPage(demo, stack)
    qtbot.addWidget(widget)
    try:
        widget.as_of.setDate(to_qdate(AS_OF))
        widget.measurements.new_date.setDate(to_qdate(date(2026, 12, 6)))
        assert widget.as_of.text() == i18n.format_date(AS_OF)
        assert widget.measurements.new_date.text() == i18n.format_date(date(2026, 12, 6))
        assert "2026" in widget.as_of.text()
        assert "2026" in widget.measurements.new_date.text()
        if language == "bg":
            assert widget.as_of.text().startswith("30.06.2026")  # not "30.06.26 г."
    finally:
        stack.indexChanged.disconnect(widget.reload)
