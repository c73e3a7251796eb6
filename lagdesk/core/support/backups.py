"""Automatic backups of a lagdesk file, their listing and thinning, and restoring one.

Each lagdesk file has a folder of its own under the user data folder (its name plus a short
hash of its full path, so two ``Koszalin.sqlite`` in different folders never mix). A
backup's name says when it was made and why, so the listing needs no index that could be
lost. The copy made before an upgrade and the file set moved aside by a restore stay next
to the lagdesk file (a rename there is atomic, and the user finds them beside it) and join
the listing.

Thinning keeps the last ``KEEP_LAST`` backups, the newest of each day for ``KEEP_DAYS``
days, of each week for ``KEEP_WEEKS`` weeks and of each month for ``KEEP_MONTHS`` months,
within a size cap; it only ever removes automatic backups, never the newest one.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from lagdesk.core.support.files import PART
from lagdesk.core.support.paths import data_dir
from lagdesk.db import schema
from lagdesk.db.copying import copy_through
from lagdesk.db.database import SQLITE_HEADER, Database, backup_file, translate_sqlite_error
from lagdesk.errors import UserError
from lagdesk.i18n import translate

OPEN = "open"
CLOSE = "close"
MANUAL = "manual"
UPGRADE = "upgrade"
BEFORE_RESTORE = "before-restore"
#: Every reason a backup is made for, as the listing and ``lagdesk backups`` name it.
REASONS = (OPEN, CLOSE, MANUAL, UPGRADE, BEFORE_RESTORE)
#: The reasons of the backups kept in the user data folder (and thinned there).
AUTOMATIC = (OPEN, CLOSE, MANUAL)

KEEP_LAST = 10
KEEP_DAYS = 14
KEEP_WEEKS = 8
KEEP_MONTHS = 12
#: The automatic backups of one file take at most this many bytes together ...
SIZE_CAP_BYTES = 1024**3
#: ... or room for this many copies of the newest one, if that is more.
SIZE_CAP_COPIES = 5
#: A ``.part`` older than this was left by a backup that was killed; it is removed.
STALE_PART_SECONDS = 3600

_STAMP = "%Y%m%d-%H%M%S"
_STAMP_PATTERN = r"(?P<stamp>[0-9]{8}-[0-9]{6})"
_AUTOMATIC_NAME = re.compile(
    rf"^.*\.{_STAMP_PATTERN}(?:-[0-9]+)?\.(?P<reason>{'|'.join(AUTOMATIC)})\.sqlite$"
)
#: How many characters of the file's name go into the names of its backups.
_NAME_LENGTH = 60

#: The records a restore preview counts, by table.
PREVIEW_TABLES = ("person", "organisation", "meeting", "action", "indicator")


@dataclass(frozen=True)
class Backup:
    """One backup of a lagdesk file: where it is, when and why it was made, its bytes."""

    path: Path
    created: datetime
    reason: str
    size: int


def _resolved(path: Path | str) -> Path:
    return Path(path).expanduser().resolve()


def backups_folder(database_path: Path | str) -> Path:
    """The folder in the user data folder that holds the automatic backups of one file."""
    path = _resolved(database_path)
    digest = hashlib.sha256(os.fsencode(path)).hexdigest()[:8]
    return data_dir() / "backups" / f"{path.stem[:_NAME_LENGTH]}-{digest}"


def backup_name(database_path: Path | str, created: datetime, reason: str) -> str:
    """``Koszalin.20241118-093000.open.sqlite``: the file, when, and why."""
    return f"{Path(database_path).stem[:_NAME_LENGTH]}.{created.strftime(_STAMP)}.{reason}.sqlite"


def read_backup_name(name: str) -> tuple[datetime, str] | None:
    """When and why an automatic backup was made, from its name; None for any other file."""
    match = _AUTOMATIC_NAME.match(name)
    if match is None:
        return None
    try:
        return datetime.strptime(match["stamp"], _STAMP), match["reason"]
    except ValueError:
        return None


def _beside_pattern(database_path: Path) -> re.Pattern[str]:
    """Upgrade copies (``<name>.before-<rev>-<time><suffix>``, see migration_backup_path)
    and the sets a restore moved aside (``<name>.before-restore-<time><suffix>``)."""
    stem = re.escape(database_path.stem)
    suffix = re.escape(database_path.suffix or ".sqlite")
    return re.compile(rf"^{stem}\.before-(?P<what>.+)-{_STAMP_PATTERN}{suffix}$")


def list_backups(database_path: Path | str) -> list[Backup]:
    """Every backup of the file, newest first."""
    path = _resolved(database_path)
    found: list[Backup] = []
    folder = backups_folder(path)
    if folder.is_dir():
        for entry in folder.iterdir():
            read = read_backup_name(entry.name)
            if read is not None and entry.is_file():
                found.append(Backup(entry, read[0], read[1], _size(entry)))
    if path.parent.is_dir():
        pattern = _beside_pattern(path)
        for entry in path.parent.iterdir():
            match = pattern.match(entry.name)
            if match is None or not entry.is_file():
                continue
            try:
                created = datetime.strptime(match["stamp"], _STAMP)
            except ValueError:
                continue
            reason = BEFORE_RESTORE if match["what"] == "restore" else UPGRADE
            size = sum(_size(part) for part in _file_set(entry))
            found.append(Backup(entry, created, reason, size))
    # Two made in the same second: the one written last comes first.
    found.sort(key=lambda backup: (backup.created, _modified(backup.path)), reverse=True)
    return found


def _modified(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _file_set(path: Path) -> tuple[Path, Path, Path]:
    """A database file with its write-ahead log and shared-memory index: they go together."""
    return path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


# -- making backups ---------------------------------------------------------------------


def make_backup(database: Database, reason: str, *, now: datetime | None = None) -> Backup:
    """A backup of the open file in its backups folder, then the folder thinned.

    Raises a DatabaseFileError naming the backup when it cannot be written.
    """
    now = (now or datetime.now()).replace(microsecond=0)
    folder = backups_folder(database.path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from lagdesk.db.errors import DatabaseAccessError

        raise DatabaseAccessError(folder, exc.strerror or str(exc)) from exc
    sweep_stale_parts(folder)
    name = backup_name(database.path, now, reason)
    destination = folder / name
    number = 1
    while destination.exists():
        number += 1
        destination = folder / name.replace(f".{reason}.sqlite", f"-{number}.{reason}.sqlite")
    written = backup_file(database.engine, destination, source_path=database.path)
    thin_backups(database.path, now=now)
    return Backup(written, now, reason, _size(written))


def sweep_stale_parts(folder: Path, *, age_seconds: float = STALE_PART_SECONDS) -> list[Path]:
    """Remove the ``.part`` files that backups killed midway left in ``folder``."""
    removed = []
    limit = time.time() - age_seconds
    for part in folder.glob(f"*{PART}"):
        try:
            if part.stat().st_mtime < limit:
                part.unlink()
                removed.append(part)
        except OSError:
            continue
    return removed


def backed_up_today(database_path: Path | str, *, now: datetime | None = None) -> bool:
    """Whether a backup of the file was made today already (the open backup is the day's
    first: later opens the same day need none)."""
    today = (now or datetime.now()).date()
    return any(backup.created.date() == today for backup in list_backups(database_path))


class ChangeWatch:
    """Whether a lagdesk file was written since it was opened, by anyone.

    SQLite's ``data_version`` of a connection of its own changes when any other connection
    commits, so no write path needs to report its changes.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection: sqlite3.Connection | None = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False
        )
        self._start = self._version()

    def _version(self) -> int:
        assert self._connection is not None
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    @property
    def changed(self) -> bool:
        if self._connection is None:
            return False
        try:
            return self._version() != self._start
        except sqlite3.Error:
            return True  # cannot tell: a backup too many is better than one too few

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


# -- thinning ---------------------------------------------------------------------------


def size_cap(newest_size: int) -> int:
    """The bytes the automatic backups of one file may take together."""
    return max(SIZE_CAP_BYTES, SIZE_CAP_COPIES * newest_size)


def backups_to_keep(
    backups: Sequence[tuple[datetime, int]], now: datetime, *, cap: int | None = None
) -> list[bool]:
    """Which of ``backups`` (created, size) to keep, in their order.

    Kept: the newest ``KEEP_LAST``, and the newest of each of the last ``KEEP_DAYS`` days,
    ``KEEP_WEEKS`` ISO weeks and ``KEEP_MONTHS`` months (counted back from ``now``); then the
    oldest of those go until the rest fit in ``cap`` bytes (``size_cap`` of the newest when
    not given). The newest is always kept.
    """
    if not backups:
        return []
    order = sorted(range(len(backups)), key=lambda index: backups[index][0], reverse=True)
    keep: set[int] = set(order[:KEEP_LAST])
    today = now.date()
    this_week = today - timedelta(days=today.weekday())
    seen_days: set[object] = set()
    seen_weeks: set[object] = set()
    seen_months: set[object] = set()
    for index in order:
        day = backups[index][0].date()
        if 0 <= (today - day).days < KEEP_DAYS and day not in seen_days:
            seen_days.add(day)
            keep.add(index)
        monday = day - timedelta(days=day.weekday())
        if 0 <= (this_week - monday).days < 7 * KEEP_WEEKS and monday not in seen_weeks:
            seen_weeks.add(monday)
            keep.add(index)
        months_back = (today.year - day.year) * 12 + today.month - day.month
        if 0 <= months_back < KEEP_MONTHS and (day.year, day.month) not in seen_months:
            seen_months.add((day.year, day.month))
            keep.add(index)
    newest = order[0]
    keep.add(newest)
    limit = size_cap(backups[newest][1]) if cap is None else cap
    total = sum(backups[index][1] for index in keep)
    for index in reversed(order):  # oldest first
        if total <= limit:
            break
        if index in keep and index != newest:
            keep.discard(index)
            total -= backups[index][1]
    return [index in keep for index in range(len(backups))]


def thin_backups(database_path: Path | str, *, now: datetime | None = None) -> list[Path]:
    """Remove the automatic backups that thinning does not keep; the removed paths."""
    automatic = [b for b in list_backups(database_path) if b.reason in AUTOMATIC]
    keep = backups_to_keep([(b.created, b.size) for b in automatic], now or datetime.now())
    removed = []
    for backup, kept in zip(automatic, keep, strict=True):
        if not kept:
            try:
                backup.path.unlink()
            except OSError:
                continue
            removed.append(backup.path)
    return removed


# -- reading a backup -------------------------------------------------------------------


def _read_only(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    connection.text_factory = lambda data: data.decode("utf-8", "replace")
    return connection


def record_counts(path: Path | str) -> dict[str, int | None]:
    """How many people, organisations, meetings, actions and indicators the file holds,
    read without changing it; None for a table that cannot be read."""
    path = _resolved(path)
    counts: dict[str, int | None] = dict.fromkeys(PREVIEW_TABLES)
    try:
        connection = _read_only(path)
    except sqlite3.Error:
        return counts
    try:
        for table in PREVIEW_TABLES:
            try:
                row = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()
            except sqlite3.Error:
                continue
            counts[table] = int(row[0])
    finally:
        connection.close()
    return counts


class BackupRefusedError(UserError):
    """A file offered for a restore is not a sound lagdesk file this version can open."""


def check_backup(backup: Path | str) -> str:
    """The schema revision of ``backup`` once it is known to be a sound lagdesk file that
    this lagdesk can open; raises BackupRefusedError (naming the file and why) otherwise."""
    from lagdesk.core.support.maintenance import check

    path = _resolved(backup)
    if not path.is_file():
        raise BackupRefusedError(translate("Backups", "{path}: no such backup.").format(path=path))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise BackupRefusedError(f"{path}: {exc.strerror or exc}") from exc
    if header != SQLITE_HEADER:
        raise BackupRefusedError(
            translate("Backups", "{path} is not a lagdesk file, so it cannot be restored.").format(
                path=path
            )
        )
    try:
        report = check(path)
    except UserError as error:
        raise BackupRefusedError(str(error)) from error
    if report.revision is not None and report.revision not in schema.REVISIONS:
        raise BackupRefusedError(
            translate(
                "Backups",
                "{path} was saved by a newer version of lagdesk (schema {revision}); update lagdesk to restore it.",
            ).format(path=path, revision=report.revision)
        )
    if not report.sound:
        raise BackupRefusedError(
            translate("Backups", "{path} is damaged, so it cannot be restored: {problem}").format(
                path=path, problem=report.problems[0]
            )
        )
    return report.revision or schema.HEAD


# -- restoring --------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    restored_from: Path
    #: Where the file as it was before the restore went (None if there was none).
    previous: Path | None


def _integrity_ok(path: Path) -> bool:
    try:
        connection = sqlite3.connect(path)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            (application_id,) = connection.execute("PRAGMA application_id").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return rows == [("ok",)] and application_id == schema.APPLICATION_ID


def restore_backup(
    database_path: Path | str, backup: Path | str, *, now: datetime | None = None
) -> RestoreResult:
    """Put ``backup`` in place of the lagdesk file at ``database_path``.

    The file must not be open (the caller closes it, or holds its lock). The backup is
    checked, then copied with SQLite's backup API to a temporary file beside the target and
    checked again; only then is the current file moved aside together with its ``-wal`` and
    ``-shm`` (a stale log replayed onto the restored file would damage it) and the copy
    renamed into place. On any failure the current file is put back as it was.
    """
    path = _resolved(database_path)
    source = _resolved(backup)
    if source in _file_set(path):
        raise BackupRefusedError(
            translate("Backups", "{path} is the file itself, not a backup of it.").format(
                path=source
            )
        )
    check_backup(source)
    refuse_if_in_use(path)
    stamp = (now or datetime.now()).strftime(_STAMP)
    temporary = path.with_name(f".{path.name}.restoring{PART}")
    _copy_with_backup_api(source, temporary)
    try:
        if not _integrity_ok(temporary):
            raise BackupRefusedError(
                translate(
                    "Backups", "The copy of {path} did not pass its check; nothing was changed."
                ).format(path=source)
            )
        aside = path.with_name(f"{path.stem}.before-restore-{stamp}{path.suffix or '.sqlite'}")
        moved = _move_aside(path, aside)
        try:
            os.replace(temporary, path)
            if not _integrity_ok(path):
                raise BackupRefusedError(
                    translate(
                        "Backups", "The restored {path} did not pass its check; it was put back."
                    ).format(path=path)
                )
        except BaseException:
            for part in _file_set(path):
                part.unlink(missing_ok=True)
            _put_back(moved)
            raise
    except OSError as exc:
        raise BackupRefusedError(
            translate("Backups", "{path} could not be restored: {detail}").format(
                path=path, detail=exc.strerror or exc
            )
        ) from exc
    finally:
        temporary.unlink(missing_ok=True)
    return RestoreResult(path, source, aside if moved else None)


def refuse_if_in_use(path: Path) -> None:
    """Raise DatabaseLockedError when any program (a lagdesk window, a command) has the file
    open: its files must not be moved from under it.

    An exclusive lock on a WAL file is refused while another connection is open on it, even
    an idle one. Any other error (a damaged file, not a database at all) is left for the
    restore to replace.
    """
    from lagdesk.db.errors import DatabaseLockedError

    if not path.exists():
        return
    try:
        probe = sqlite3.connect(path, timeout=0.2, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        probe.execute("PRAGMA locking_mode=EXCLUSIVE")
        probe.execute("BEGIN EXCLUSIVE")
        probe.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise DatabaseLockedError(path) from exc
    except sqlite3.Error:
        pass
    finally:
        probe.close()


def _copy_with_backup_api(source: Path, destination: Path) -> None:
    reading = _read_only(source)
    try:
        copy_through(reading, destination)
    except sqlite3.Error as exc:
        raise translate_sqlite_error(source, exc) from exc
    finally:
        reading.close()


def _move_aside(path: Path, aside: Path) -> list[tuple[Path, Path]]:
    """Rename the file, its ``-wal`` and its ``-shm`` to ``aside``'s names, all or none."""
    moved: list[tuple[Path, Path]] = []
    try:
        for current, target in zip(_file_set(path), _file_set(aside), strict=True):
            if current.exists():
                os.replace(current, target)
                moved.append((current, target))
    except BaseException:
        _put_back(moved)
        raise
    return moved


def _put_back(moved: list[tuple[Path, Path]]) -> None:
    for original, aside in reversed(moved):
        os.replace(aside, original)
