"""Problems a user can meet when opening a file. Each carries a message fit to show them."""

from __future__ import annotations

from pathlib import Path

from lagdesk.i18n import translate


class DatabaseError(Exception):
    """Base for every problem with a database file; ``str()`` is the user's message."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DatabaseMissingError(DatabaseError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(path, translate("Database", "{path}: no such file.").format(path=path))


class NotALagdeskDatabaseError(DatabaseError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            translate(
                "Database",
                "{path} is not a lagdesk database. Choose a file made by lagdesk or a new file name.",
            ).format(path=path),
        )


class NewerSchemaError(DatabaseError):
    def __init__(self, path: Path | str, revision: str) -> None:
        super().__init__(
            path,
            translate(
                "Database",
                "{path} was saved by a newer version of lagdesk (schema {revision}). Update lagdesk to open it; the file was not changed.",
            ).format(path=path, revision=revision),
        )


class DatabaseLockedError(DatabaseError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            translate(
                "Database", "{path} is in use by another program. Close it there and try again."
            ).format(path=path),
        )


class DatabaseCorruptError(DatabaseError):
    def __init__(self, path: Path | str, detail: str = "") -> None:
        text = translate(
            "Database", "{path} is damaged and cannot be opened. Restore it from a backup."
        ).format(path=path)
        super().__init__(path, f"{text} ({detail})" if detail else text)


class DatabaseAccessError(DatabaseError):
    def __init__(self, path: Path | str, detail: str) -> None:
        super().__init__(
            path,
            translate("Database", "{path} cannot be opened: {detail}").format(
                path=path, detail=detail
            ),
        )
