"""Salvaging what can still be read from a damaged lagdesk file into a new, sound one.

Python's sqlite3 has no ``.recover``, so this works table by table: the new file gets
lagdesk's schema (at the damaged file's revision when that is a known older one, upgraded
afterwards), each table of the damaged file is read in ranges of rowids, and a range that
raises an error is split until the unreadable rows are stepped over. Rows are inserted with
foreign keys off; then the rows whose references were lost are removed, so that the new
file passes ``lagdesk check``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lagdesk.core.support.files import PART
from lagdesk.db import schema
from lagdesk.db.database import SQLITE_HEADER, open_database
from lagdesk.db.errors import DatabaseMissingError
from lagdesk.errors import UserError
from lagdesk.i18n import translate

#: Rowids read in one query; a range that fails is split in halves down to one row.
CHUNK = 512
#: With no readable largest rowid, reading stops after this many empty ranges in a row.
EMPTY_RANGES_TO_STOP = 64


@dataclass
class TableSalvage:
    table: str
    read: int = 0
    recovered: int = 0
    #: Rowid ranges that could not be read (first, last).
    unreadable: list[tuple[int, int]] = field(default_factory=list)

    @property
    def dropped(self) -> int:
        """Rows read but not kept: refused by the schema, or referring to lost rows."""
        return self.read - self.recovered


@dataclass
class RecoveryReport:
    source: Path
    destination: Path
    revision: str
    tables: list[TableSalvage] = field(default_factory=list)
    #: Tables of the schema that could not be read at all.
    lost_tables: list[str] = field(default_factory=list)


class RecoveryError(UserError):
    """The damaged file cannot be read at all, or the new file cannot be written."""


def recover(source: Path | str, destination: Path | str) -> RecoveryReport:
    """Salvage ``source`` into a new file at ``destination`` (which must not exist: the
    caller checks it). The new file is built beside ``destination`` and renamed into place
    only once it is whole."""
    source = Path(source).expanduser().resolve()
    destination = Path(destination).expanduser().resolve()
    if not source.is_file():
        raise DatabaseMissingError(source)
    with source.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise RecoveryError(
                translate(
                    "Recovery",
                    "{path} is not a lagdesk file (no SQLite header), so nothing can be recovered from it.",
                ).format(path=source)
            )
    # Read from a copy of the file and its log: what a crash left in the -wal is salvaged
    # too, and the damaged file itself is never changed.
    scratch = tempfile.TemporaryDirectory(prefix=".lagdesk-recover-", dir=destination.parent)
    copy = Path(scratch.name) / "damaged.sqlite"
    try:
        for tail in ("", "-wal"):
            if Path(f"{source}{tail}").is_file():
                shutil.copyfile(f"{source}{tail}", f"{copy}{tail}")
        damaged = sqlite3.connect(copy)
    except (OSError, sqlite3.Error) as exc:
        scratch.cleanup()
        raise RecoveryError(
            translate("Recovery", "{path} cannot be read: {detail}").format(path=source, detail=exc)
        ) from exc
    damaged.text_factory = lambda data: data.decode("utf-8", "replace")
    temporary = destination.with_name(f".{destination.name}.recovering{PART}")
    try:
        revision = _revision_of(damaged)
        report = RecoveryReport(source, destination, revision)
        _build(temporary, revision)
        _salvage(damaged, temporary, report)
        if revision != schema.HEAD:
            upgraded = open_database(temporary)
            upgraded.close()
            if upgraded.migration_backup is not None:
                upgraded.migration_backup.unlink(missing_ok=True)
        for tail in ("-wal", "-shm"):
            Path(f"{temporary}{tail}").unlink(missing_ok=True)
        os.replace(temporary, destination)
    except BaseException:
        for tail in ("", "-wal", "-shm"):
            Path(f"{temporary}{tail}").unlink(missing_ok=True)
        raise
    finally:
        damaged.close()
        scratch.cleanup()
    return report


def _revision_of(damaged: sqlite3.Connection) -> str:
    """The damaged file's schema revision when it is a known one; head otherwise."""
    try:
        row = damaged.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return schema.HEAD
    if row is not None and row[0] in schema.REVISIONS:
        return str(row[0])
    return schema.HEAD


def _build(path: Path, revision: str) -> None:
    """An empty lagdesk file at ``revision`` (through the shipped migrations)."""
    from lagdesk.db.database import create_sqlite_engine
    from lagdesk.db.migrate import upgrade

    for tail in ("", "-wal", "-shm"):
        Path(f"{path}{tail}").unlink(missing_ok=True)
    engine = create_sqlite_engine(path)
    try:
        with engine.begin() as connection:
            upgrade(connection, revision)
    finally:
        engine.dispose()


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def _salvage(damaged: sqlite3.Connection, path: Path, report: RecoveryReport) -> None:
    target = sqlite3.connect(path, isolation_level=None)
    try:
        target.execute("PRAGMA foreign_keys=OFF")
        target.execute("BEGIN")
        tables = [
            name
            for (name,) in target.execute(
                "SELECT name FROM sqlite_master WHERE type='table'"
                " AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
            )
        ]
        for table in tables:
            try:
                present = _columns(damaged, table)
            except sqlite3.Error:
                present = []
            columns = [name for name in _columns(target, table) if name in present]
            if not columns:
                report.lost_tables.append(table)
                continue
            salvage = TableSalvage(table)
            report.tables.append(salvage)
            names = ", ".join(f'"{name}"' for name in columns)
            marks = ", ".join("?" * len(columns))
            insert = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
            for row in _readable_rows(damaged, table, names, salvage):
                salvage.read += 1
                try:
                    target.execute(insert, row[1:])
                except sqlite3.Error:
                    continue
        _drop_broken_references(target)
        for salvage in report.tables:
            (count,) = target.execute(f'SELECT count(*) FROM "{salvage.table}"').fetchone()
            salvage.recovered = int(count)
        target.execute("COMMIT")
    finally:
        target.close()


def _readable_rows(
    damaged: sqlite3.Connection, table: str, names: str, salvage: TableSalvage
) -> Iterator[tuple[object, ...]]:
    """Every row of ``table`` that can be read, by rowid; unreadable ranges are noted."""
    query = f'SELECT rowid, {names} FROM "{table}" WHERE rowid >= ? AND rowid < ? ORDER BY rowid'

    def read(first: int, end: int) -> Iterator[tuple[object, ...]]:
        try:
            rows = damaged.execute(query, (first, end)).fetchall()
        except sqlite3.Error:
            if end - first <= 1:
                if salvage.unreadable and salvage.unreadable[-1][1] == first - 1:
                    salvage.unreadable[-1] = (salvage.unreadable[-1][0], first)
                else:
                    salvage.unreadable.append((first, first))
                return
            middle = (first + end) // 2
            yield from read(first, middle)
            yield from read(middle, end)
            return
        yield from rows

    lowest = _bound(damaged, f'SELECT min(rowid) FROM "{table}"')
    highest = _bound(damaged, f'SELECT max(rowid) FROM "{table}"')
    if lowest is None and highest is not None:
        lowest = min(1, highest)
    start = 1 if lowest is None else lowest
    empty_in_a_row = 0
    while True:
        if highest is not None and start > highest:
            return
        found = False
        for row in read(start, start + CHUNK):
            found = True
            yield row
        start += CHUNK
        if highest is None:
            empty_in_a_row = 0 if found else empty_in_a_row + 1
            if empty_in_a_row >= EMPTY_RANGES_TO_STOP:
                return


def _bound(damaged: sqlite3.Connection, query: str) -> int | None:
    try:
        row = damaged.execute(query).fetchone()
    except sqlite3.Error:
        return None
    return None if row is None or row[0] is None else int(row[0])


def _drop_broken_references(target: sqlite3.Connection) -> None:
    """Mend the references to rows that were lost, until none is left: an optional one is
    cleared (the action stays, without its lost owner), a row that needs it is removed (a
    removed row may have been referred to in turn)."""
    while True:
        broken = target.execute("PRAGMA foreign_key_check").fetchall()
        mended = 0
        for table, rowid, _parent, key in broken:
            if rowid is None:
                continue
            optional = _optional_reference(target, table, key)
            if optional:
                settings = ", ".join(f'"{name}" = NULL' for name in optional)
                try:
                    statement = f'UPDATE "{table}" SET {settings} WHERE rowid = ?'
                    mended += target.execute(statement, (rowid,)).rowcount
                    continue
                except sqlite3.IntegrityError:
                    pass  # the row needs one of its references: it goes
            statement = f'DELETE FROM "{table}" WHERE rowid = ?'
            mended += target.execute(statement, (rowid,)).rowcount
        if not mended:
            return


def _optional_reference(target: sqlite3.Connection, table: str, key: int) -> list[str]:
    """The columns of foreign key ``key`` of ``table`` if they may all be empty, else []."""
    columns = [
        row[3] for row in target.execute(f'PRAGMA foreign_key_list("{table}")') if row[0] == key
    ]
    required = {
        row[1] for row in target.execute(f'PRAGMA table_info("{table}")') if row[3] or row[5]
    }
    return [] if not columns or required.intersection(columns) else columns
