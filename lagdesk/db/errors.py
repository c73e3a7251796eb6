"""Problems a user can meet with a database file. Each carries a message fit to show them."""

from __future__ import annotations

from pathlib import Path

from lagdesk.errors import UserError
from lagdesk.i18n import translate


class DatabaseFileError(UserError):
    """Base for every problem with a database file; ``str()`` is the user's message.

    Named apart from ``sqlalchemy.exc.DatabaseError``, the driver's error, which
    ``Database`` translates into one of these when the user or the machine caused it.
    """

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DatabaseMissingError(DatabaseFileError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(path, translate("Database", "{path}: no such file.").format(path=path))


class NotALagdeskDatabaseError(DatabaseFileError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            translate(
                "Database",
                "{path} is not a lagdesk database. Choose a file made by lagdesk or a new file name.",
            ).format(path=path),
        )


class NewerSchemaError(DatabaseFileError):
    def __init__(self, path: Path | str, revision: str) -> None:
        super().__init__(
            path,
            translate(
                "Database",
                "{path} was saved by a newer version of lagdesk (schema {revision}). Update lagdesk to open it; the file was not changed.",
            ).format(path=path, revision=revision),
        )


class DatabaseLockedError(DatabaseFileError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            translate(
                "Database", "{path} is in use by another program. Close it there and try again."
            ).format(path=path),
        )


class DatabaseCorruptError(DatabaseFileError):
    def __init__(self, path: Path | str, detail: str = "") -> None:
        text = translate(
            "Database", "{path} is damaged and cannot be opened. Restore it from a backup."
        ).format(path=path)
        super().__init__(path, f"{text} ({detail})" if detail else text)


class DatabaseAccessError(DatabaseFileError):
    def __init__(self, path: Path | str, detail: str) -> None:
        super().__init__(
            path,
            translate("Database", "{path} cannot be opened: {detail}").format(
                path=path, detail=detail
            ),
        )


class DatabaseReadOnlyError(DatabaseFileError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            translate(
                "Database",
                "{path} is read-only, so lagdesk cannot save changes to it. Check that you may write to the file and its folder, or copy it to a folder of your own.",
            ).format(path=path),
        )


class DatabaseDiskFullError(DatabaseFileError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            translate(
                "Database", "The disk that holds {path} is full. Free some space and try again."
            ).format(path=path),
        )


class DatabaseIOError(DatabaseFileError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            translate(
                "Database",
                "{path} could not be read or written (disk I/O error). Check that the drive that holds it is still connected, then try again.",
            ).format(path=path),
        )


class EmptyDatabaseFileError(DatabaseFileError):
    """A 0-byte file: SQLite would take it for a new database and fill it with empty tables,
    hiding that the file the user meant was cut short (a failed copy or download)."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            translate(
                "Database",
                "{path} is empty (0 bytes), so it holds no lagdesk data; it was not changed. Restore it from a backup, or use File > New file to start a new file.",
            ).format(path=path),
        )


class FolderGoneError(DatabaseFileError):
    """The open file's folder was deleted or unmounted: the open connections still reach the
    deleted file, so saves seem to work but nothing reaches the disk."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            translate(
                "Database",
                "The folder of {path} has gone (deleted or unmounted), so changes can no longer be saved there. Your work is still in memory: use Save a copy as… to keep it.",
            ).format(path=path),
        )


class FileMovedError(DatabaseFileError):
    """The open file was moved, deleted or replaced by another program."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            translate(
                "Database",
                "{path} was moved, deleted or replaced by another program while it was open, so changes can no longer be saved there. Your work is still in memory: use Save a copy as… to keep it.",
            ).format(path=path),
        )


class WalGoneError(DatabaseFileError):
    """The -wal file, which holds the latest changes until they are written into the file
    itself, was deleted while the file was open."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            translate(
                "Database",
                "Another program deleted {path}-wal, which holds the latest changes of {path}. lagdesk wrote your work into {path}; to be safe, also use Save a copy as… and then open that copy.",
            ).format(path=path),
        )


class PathTooLongError(DatabaseFileError):
    def __init__(self, path: Path | str, length: int, limit: int) -> None:
        super().__init__(
            path,
            translate(
                "Database",
                "{path} cannot be opened: its path is {length} bytes long, and the database "
                "engine takes at most {limit}. Move the file to a folder with a shorter path, "
                "or give it a shorter name.",
            ).format(path=path, length=length, limit=limit),
        )
