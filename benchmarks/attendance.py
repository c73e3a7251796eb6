"""Attendance mode on a meeting with 300 invited: one keystroke in the type-ahead box.

lagdesk's side is the real ``AttendancePanel``, shown (offscreen) at laptop size: the search
text grows one character at a time and after each the pending events are processed, so
the list is filtered (``core.attendance.matching`` over the invitees read at open), the
model swapped, the first match chosen and the view painted. The floor is what a keystroke
would cost if it asked SQLite instead: on an open connection, the meeting's invitees with
their names, organisation and status whose name or organisation has a word starting with
the typed text (``LIKE``), in name order, fetched. The time reported is per keystroke,
the mean over the letters of ``TYPED``.

The database is the small demo (Koszalin) with people added so that one meeting, "Open
forum", has 300 invited; it is built once per schema head into ``.cache/``, like the demo
databases, and renamed only when complete.
"""

from __future__ import annotations

import functools
import os
import random
import sqlite3
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from benchmarks import databases
from benchmarks.children import CACHE_DIR, ChildError

#: The invitation list's length.
INVITED = 300
MEETING_TITLE = "Open forum: the city's procurement strategy (300 invited)"
#: What the coordinator types, one letter per keystroke (a common surname's start).
TYPED = "kowal"
#: Laptop-sized panel: what a coordinator sees, what the view paints.
PANEL_SIZE = (1280, 760)

FLOOR_SQL = (
    "SELECT p.id, p.first_name, p.last_name, coalesce(o.name, ''), o.sector, p.gender,"
    " a.status, a.is_walk_in"
    " FROM attendance AS a JOIN person AS p ON p.id = a.person_id"
    " LEFT JOIN organisation AS o ON o.id = p.organisation_id"
    " WHERE a.meeting_id = ?1"
    " AND (' ' || lower(p.first_name) || ' ' || lower(p.last_name) || ' '"
    " || lower(coalesce(o.name, ''))) LIKE ?2"
    " ORDER BY lower(p.last_name), lower(p.first_name), p.id"
)

_application: list[Any] = []  # the QApplication, kept for the whole run


def cached_path() -> Path:
    return CACHE_DIR / f"attendance-{INVITED}-{databases.schema_head()}.sqlite"


@functools.cache
def database_path() -> Path:
    """The 300-invited database, built from the small demo first if missing."""
    path = cached_path()
    if databases._rebuild or not path.exists():
        try:
            _build(path)
        except ChildError:
            raise
        except Exception as exc:
            raise ChildError(f"building the {INVITED}-invited database failed: {exc}") from exc
    return path


def _build(path: Path) -> None:
    from lagdesk.core.support import records as r
    from lagdesk.core.support import store
    from lagdesk.db.codes import Gender, MeetingType
    from lagdesk.db.database import open_database
    from lagdesk.demo.names import (
        POLISH_ADJECTIVAL_SURNAMES,
        POLISH_FEMALE,
        POLISH_INVARIANT_SURNAMES,
        POLISH_MALE,
        surname_for,
    )

    small = databases.small()
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.stem}.building-{os.getpid()}.sqlite")
    databases._remove(partial)
    print(f"building the {INVITED}-invited database into {path} ...", file=sys.stderr)
    start = time.perf_counter()
    try:
        source, target = sqlite3.connect(small), sqlite3.connect(partial)
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
        database = open_database(partial)
        try:
            rng = random.Random(300)
            organisations = [o.id for o in store.find(database, r.Organisation)]
            known = [p.id for p in store.find(database, r.Person)]
            surnames = POLISH_ADJECTIVAL_SURNAMES + POLISH_INVARIANT_SURNAMES
            people = []
            for _ in range(INVITED - len(known)):
                female = rng.random() < 0.52
                people.append(
                    r.Person(
                        first_name=rng.choice(POLISH_FEMALE if female else POLISH_MALE),
                        last_name=surname_for("PL", rng.choice(surnames), female),
                        organisation_id=rng.choice(organisations) if rng.random() < 0.9 else None,
                        gender=Gender.FEMALE if female else Gender.MALE,
                    )
                )
            added = store.save_all(database, people)
            meeting = store.save(
                database,
                r.Meeting(
                    type=MeetingType.LOCAL_GROUP_MEETING,
                    title=MEETING_TITLE,
                    starts_at=datetime(2024, 10, 8, 15, 0),
                    ends_at=datetime(2024, 10, 8, 18, 0),
                    timezone="Europe/Warsaw",
                    place="Koszalin, Ratusz, sala obrad",
                ),
            )
            invited = [*known, *(p.id for p in added)]
            store.save_all(
                database,
                [r.Attendance(meeting_id=meeting.id, person_id=pid) for pid in invited],
            )
        finally:
            database.close()
        connection = sqlite3.connect(partial)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
        databases._remove(path)
        partial.replace(path)
    finally:
        databases._remove(partial)
    took = time.perf_counter() - start
    print(f"  built in {took:.1f} s", file=sys.stderr, flush=True)


#: What the offscreen platform says about every new window; it would break up the table.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def _widgets_application() -> Any:
    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    running = QCoreApplication.instance()
    if running is None:
        previous: list[Any] = []

        def quiet(kind: Any, context: Any, message: str) -> None:
            if message == OFFSCREEN_NOISE:
                return
            if previous and previous[0] is not None:
                previous[0](kind, context, message)
            else:
                print(message, file=sys.stderr)

        previous.append(qInstallMessageHandler(quiet))
        _application.append(QApplication([]))
        return _application[-1]
    if not isinstance(running, QApplication):
        raise RuntimeError("a QCoreApplication without widgets runs already; run this row first")
    return running


@functools.cache
def _meeting_id() -> int:
    connection = _connection()
    row = connection.execute("SELECT id FROM meeting WHERE title = ?", (MEETING_TITLE,)).fetchone()
    if row is None:
        raise ValueError(f"no meeting {MEETING_TITLE!r} in {database_path().name}")
    return int(row[0])


@functools.cache
def _connection() -> sqlite3.Connection:
    return sqlite3.connect(database_path())


@functools.cache
def _panel() -> Any:
    """The panel on the meeting, shown and painted once: the state a coordinator starts in."""
    application = _widgets_application()
    from PySide6.QtGui import QUndoStack

    from lagdesk.db.database import open_database
    from lagdesk.ui.meetings.attendance_panel import AttendancePanel

    database = open_database(database_path())
    stack = QUndoStack()
    panel = AttendancePanel(database, stack)
    panel.undo_stack = stack  # kept alive with the panel
    panel.resize(*PANEL_SIZE)
    panel.set_meeting(_meeting_id())
    panel.show()
    application.processEvents()
    return panel


def lagdesk_keystroke() -> float:
    """Seconds per keystroke while typing ``TYPED`` into the panel's search box."""
    panel = _panel()
    application = _application[-1] if _application else _widgets_application()
    panel.search.clear()  # not timed: back to the whole list
    application.processEvents()
    total = 0.0
    for length in range(1, len(TYPED) + 1):
        start = time.perf_counter()
        panel.search.setText(TYPED[:length])
        application.processEvents()
        total += time.perf_counter() - start
    return total / len(TYPED)


def lagdesk_keystroke_answer() -> float:
    """Seconds per keystroke until the panel holds its answer: the matching people in its
    model and the first of them chosen (what the raw query returns), before the view paints.

    The panel filters synchronously when the text changes, so the answer is complete when
    ``setText`` returns; the repaint that follows is measured by ``lagdesk_keystroke``
    against a bare Qt list, which is the fair floor for painting.
    """
    panel = _panel()
    application = _application[-1] if _application else _widgets_application()
    panel.search.clear()
    application.processEvents()
    total = 0.0
    for length in range(1, len(TYPED) + 1):
        start = time.perf_counter()
        panel.search.setText(TYPED[:length])
        total += time.perf_counter() - start
        application.processEvents()  # not timed: the paint
    return total / len(TYPED)


def _raw_matches(prefix: str) -> list[Any]:
    return _connection().execute(FLOOR_SQL, (_meeting_id(), f"% {prefix}%")).fetchall()


def sqlite_keystroke() -> float:
    """Seconds per keystroke if each asked SQLite for the matching invitees."""
    total = 0.0
    for length in range(1, len(TYPED) + 1):
        start = time.perf_counter()
        _raw_matches(TYPED[:length])
        total += time.perf_counter() - start
    return total / len(TYPED)


@functools.cache
def _bare_list() -> Any:
    """The least Qt screen that answers the same keystrokes: a search box over a plain
    ``QTableView`` as large as the panel's, showing the same 300 rows (read once, raw) from
    a ``QStandardItemModel`` filtered by a ``QSortFilterProxyModel`` on a lower-case words
    column; the first match is chosen."""
    application = _widgets_application()
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    words_role = Qt.ItemDataRole.UserRole
    source = QStandardItemModel(0, 3)
    for _id, first, last, organisation, *_rest, status, _walk_in in _raw_matches(""):
        name = QStandardItem(f"{last}, {first}")
        name.setData(f" {first} {last} {organisation}".lower(), words_role)
        source.appendRow([name, QStandardItem(organisation), QStandardItem(status)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.setFilterRole(words_role)
    window = QWidget()
    search = QLineEdit(window)
    view = QTableView(window)
    view.setModel(proxy)
    view.setMinimumSize(_panel().table.size())
    column = QVBoxLayout(window)
    column.addWidget(search)
    column.addWidget(view)
    window.show()
    application.processEvents()
    window.parts = (source, proxy, search, view)  # alive as long as the window
    return window


def bare_qt_keystroke() -> float:
    """Seconds per keystroke of ``TYPED`` in the bare Qt list."""
    _source, proxy, search, view = _bare_list().parts
    application = _widgets_application()
    search.clear()  # not timed: back to the whole list
    proxy.setFilterFixedString("")
    application.processEvents()
    total = 0.0
    for length in range(1, len(TYPED) + 1):
        start = time.perf_counter()
        search.setText(TYPED[:length])
        proxy.setFilterFixedString(f" {TYPED[:length]}")
        if proxy.rowCount():
            view.setCurrentIndex(proxy.index(0, 0))
        application.processEvents()
        total += time.perf_counter() - start
    return total / len(TYPED)


def check_same_as_bare_list() -> None:
    """The bare list finds the same people as the panel at every keystroke."""
    check_same_answer()
    panel = _panel()
    _source, proxy, _search, _view = _bare_list().parts
    application = _widgets_application()
    for length in range(1, len(TYPED) + 1):
        prefix = TYPED[:length]
        panel.search.setText(prefix)
        proxy.setFilterFixedString(f" {prefix}")
        application.processEvents()
        if proxy.rowCount() > panel.shown.rowCount() or not proxy.rowCount():
            raise ValueError(
                f"{prefix!r}: the bare list shows {proxy.rowCount()},"
                f" the panel {panel.shown.rowCount()}"
            )
    panel.search.clear()


def check_same_answer() -> None:
    """Both sides find the same people at every keystroke (lagdesk folds accents too, so
    it may find more, never fewer), and a keystroke really repaints the list."""
    from PySide6.QtCore import QEvent, QObject

    panel = _panel()
    application = _widgets_application()
    if panel.model.rowCount() != INVITED:
        raise ValueError(f"the panel lists {panel.model.rowCount()} people, not {INVITED}")

    class PaintCounter(QObject):
        paints = 0

        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                PaintCounter.paints += 1
            return False

    counter = PaintCounter()
    panel.table.viewport().installEventFilter(counter)
    try:
        for length in range(1, len(TYPED) + 1):
            prefix = TYPED[:length]
            before = PaintCounter.paints
            panel.search.setText(prefix)
            application.processEvents()
            if PaintCounter.paints == before:
                raise ValueError(f"typing {prefix!r} did not repaint the list")
            shown = {person.person_id for person in panel.shown.shown()}
            raw = {row[0] for row in _raw_matches(prefix)}
            if not raw or not raw <= shown:
                raise ValueError(
                    f"{prefix!r}: the panel shows {len(shown)} people, raw LIKE finds {len(raw)}"
                )
    finally:
        panel.table.viewport().removeEventFilter(counter)
        panel.search.clear()
