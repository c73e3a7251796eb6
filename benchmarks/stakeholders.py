"""The People list on the large demo (20,000 people): opening it and one search keystroke.

lagdesk's side is the real table model of the Stakeholders page: core finds the ids of the
matching people in one query (folded text, so "lukasz" finds "Łukasz"), and the model reads
the rows of the first block; the page a view paints is then read cell by cell, as a view
does. The floor is raw sqlite3 on an open connection doing the least that yields the same
screen: the ordered ids of every matching person (the scroll bar and the order need them)
and the first page of rows, with the same columns and the latest power/interest scores.
Both sides keep their connection open between runs, as the app keeps its file open.
"""

from __future__ import annotations

import functools
import sqlite3
import time
from typing import Any

from benchmarks import databases

#: Rows a list shows on a laptop screen.
PAGE = 40
#: The search box holds BEFORE; the keystroke makes it AFTER.
BEFORE, AFTER = "an", "ann"

ROWS_SQL = (
    "SELECT p.id, p.first_name, p.last_name, p.organisation_id, coalesce(o.name, ''),"
    " o.sector, p.role, p.email, p.phone, p.gender,"
    " (SELECT a.power FROM power_interest_assessment AS a WHERE a.person_id = p.id"
    "  ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1),"
    " (SELECT a.interest FROM power_interest_assessment AS a WHERE a.person_id = p.id"
    "  ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1)"
    " FROM person AS p LEFT JOIN organisation AS o ON o.id = p.organisation_id"
)
ORDER = " ORDER BY lower(p.last_name), lower(p.first_name), p.id"
IDS_SQL = "SELECT p.id FROM person AS p" + ORDER
FILTER_SQL = (
    "SELECT p.id FROM person AS p LEFT JOIN organisation AS o ON o.id = p.organisation_id"
    " WHERE lower(p.first_name) LIKE ?1 OR lower(p.last_name) LIKE ?1"
    " OR lower(p.email) LIKE ?1 OR lower(p.role) LIKE ?1 OR lower(o.name) LIKE ?1" + ORDER
)


_application: list[Any] = []  # a QCoreApplication, kept for the whole run


@functools.cache
def _database() -> Any:
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        _application.append(QCoreApplication([]))
    from lagdesk.db.database import open_database

    return open_database(databases.large())


@functools.cache
def _connection() -> sqlite3.Connection:
    return sqlite3.connect(databases.large())


def _paint_first_page(model: Any) -> int:
    """Read every cell of the first page, as a view does to paint it."""
    columns = model.columnCount()
    rows = min(PAGE, model.rowCount())
    for row in range(rows):
        for column in range(columns):
            model.index(row, column).data()
    return rows


def _person_model() -> Any:
    from lagdesk.ui.stakeholders.list_models import PersonTableModel

    return PersonTableModel(_database())


def lagdesk_list_opens() -> None:
    model = _person_model()
    model.refresh()
    _paint_first_page(model)


def _raw_page(ids: list[int]) -> list[Any]:
    shown = ids[:PAGE]
    if not shown:
        return []
    marks = ",".join("?" * len(shown))
    return _connection().execute(f"{ROWS_SQL} WHERE p.id IN ({marks})", shown).fetchall()


def sqlite_list_opens() -> None:
    ids = [row[0] for row in _connection().execute(IDS_SQL)]
    _raw_page(ids)


@functools.cache
def _searching_model() -> Any:
    from lagdesk.core.stakeholders.register import StakeholderFilter

    model = _person_model()
    model.set_filter(StakeholderFilter(text=BEFORE))
    return model


def lagdesk_filter_keystroke() -> float:
    """One more letter in the search box: a new filter, then the first page painted."""
    from lagdesk.core.stakeholders.register import StakeholderFilter

    model = _searching_model()
    model.set_filter(StakeholderFilter(text=BEFORE))  # back to the shorter text, not timed
    start = time.perf_counter()
    model.set_filter(StakeholderFilter(text=AFTER))
    _paint_first_page(model)
    return time.perf_counter() - start


def sqlite_filter_keystroke() -> float:
    start = time.perf_counter()
    ids = [row[0] for row in _connection().execute(FILTER_SQL, (f"%{AFTER}%",))]
    _raw_page(ids)
    return time.perf_counter() - start


def check_same_list() -> None:
    """Both sides must show the same people, or the ratio compares nothing."""
    model = _person_model()
    model.refresh()
    raw = [row[0] for row in _connection().execute(IDS_SQL)]
    if sorted(model.ids) != sorted(raw):
        raise ValueError(f"the model lists {len(model.ids)} people, the database {len(raw)}")
    if _paint_first_page(model) != min(PAGE, len(raw)):
        raise ValueError("the model painted fewer rows than a page")


def check_same_search() -> None:
    """The folded search finds at least what the plain LIKE finds (it also folds accents)."""
    from lagdesk.core.stakeholders.register import StakeholderFilter

    model = _person_model()
    model.set_filter(StakeholderFilter(text=AFTER))
    raw = {row[0] for row in _connection().execute(FILTER_SQL, (f"%{AFTER}%",))}
    if not raw or not raw <= set(model.ids):
        raise ValueError(f"the searches differ: {len(model.ids)} found, raw LIKE {len(raw)}")
