"""The registry: every row of the table, in the order printed. Add a row here."""

from __future__ import annotations

from benchmarks import (
    attendance,
    databases,
    excel_report,
    import_dry_run,
    listing,
    opening,
    plan_charts,
    progress,
    stakeholders,
    startup,
)
from benchmarks.harness import Row, wall

ROWS: tuple[Row, ...] = (
    Row(
        name="cold start to main window",
        measure=startup.lagdesk_cold_start,
        floor_name="bare QMainWindow shown",
        floor=startup.bare_window_shown,
        target=1.5,
        setup=databases.small,
    ),
    Row(
        name="cold start to the file's first page",
        measure=startup.lagdesk_cold_start_ready,
        floor_name="bare QMainWindow shown",
        floor=startup.bare_window_shown,
        target=None,
        setup=databases.small,
    ),
    Row(
        name="open large database",
        measure=wall(opening.lagdesk_open_and_count),
        floor_name="raw sqlite3 connect + count",
        floor=wall(opening.sqlite_connect_and_count),
        target=2.0,
        setup=databases.large,
    ),
    Row(
        name="list people json",
        measure=wall(listing.lagdesk_list_people_json),
        floor_name="raw sqlite3 query + json.dumps",
        floor=wall(listing.sqlite_list_people_json),
        target=2.0,
        setup=listing.check_same_people,
    ),
    Row(
        name="list people json, whole command",
        measure=listing.lagdesk_list_command,
        floor_name="python -c raw query + json.dumps",
        floor=listing.sqlite_list_script,
        target=None,
        setup=databases.large,
    ),
    # Before the stakeholder rows: this one needs a QApplication (widgets), and they start
    # a bare QCoreApplication when none is running yet.
    Row(
        name="attendance keystroke answer (300 invited)",
        measure=attendance.lagdesk_keystroke_answer,
        floor_name="raw sqlite3 invitees LIKE prefix",
        floor=attendance.sqlite_keystroke,
        target=3.0,
        setup=attendance.check_same_answer,
    ),
    Row(
        name="attendance keystroke, painted (300 invited)",
        measure=attendance.lagdesk_keystroke,
        floor_name="QTableView + proxy fixed-string filter",
        floor=attendance.bare_qt_keystroke,
        target=1.5,
        setup=attendance.check_same_as_bare_list,
    ),
    Row(
        name="stakeholder list opens (20,000 people)",
        measure=wall(stakeholders.lagdesk_list_opens),
        floor_name="raw sqlite3 ordered ids + first page",
        floor=wall(stakeholders.sqlite_list_opens),
        target=3.0,
        setup=stakeholders.check_same_list,
    ),
    Row(
        name="filter keystroke (20,000 people)",
        measure=stakeholders.lagdesk_filter_keystroke,
        floor_name="raw sqlite3 LIKE filter + first page",
        floor=stakeholders.sqlite_filter_keystroke,
        target=3.0,
        setup=stakeholders.check_same_search,
    ),
    Row(
        name="statuses of all indicators (1,000)",
        measure=progress.lagdesk_all_statuses,
        floor_name="raw sqlite3 same rows",
        floor=progress.sqlite_same_rows,
        target=3.0,
        setup=progress.check_same_rows,
    ),
    Row(
        name="Gantt figure (2,000 actions)",
        measure=plan_charts.lagdesk_gantt_2000,
        floor_name="bare Figure + one barh, same bars",
        floor=plan_charts.bare_matplotlib_same_bars,
        target=2.0,
        setup=plan_charts.check_same_bars,
    ),
    Row(
        name="Excel report (large demo)",
        measure=wall(excel_report.lagdesk_export_report),
        floor_name="bare openpyxl write-only dump, same cells",
        floor=wall(excel_report.bare_openpyxl_dump),
        target=1.5,
        setup=excel_report.check_rows_and_memory,
    ),
    Row(
        name="stakeholder import dry run (10,000 rows)",
        measure=wall(import_dry_run.lagdesk_dry_run),
        floor_name="the same import, written",
        floor=wall(import_dry_run.lagdesk_real_import),
        target=1.0,
        setup=import_dry_run.check_same_counts,
    ),
)
