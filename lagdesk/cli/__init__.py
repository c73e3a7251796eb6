"""The lagdesk command line: the parser, the options every command shares, and `main`.

No widgets here: the app is imported only when it is asked for. A user-caused problem ends
with exit 1 and one line on stderr; a usage error with exit 2 (argparse); a bug with exit 1,
one line naming the log file that holds the details.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from lagdesk import __version__
from lagdesk.errors import UserError
from lagdesk.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate

log = logging.getLogger("lagdesk.cli")

#: Modules that add commands: each has register(commands, common) and sets a handler.
COMMAND_MODULES: tuple[str, ...] = (
    "lagdesk.cli.files",
    "lagdesk.cli.listing",
    "lagdesk.cli.stakeholders",
    "lagdesk.cli.person",
    "lagdesk.cli.calendar",
    "lagdesk.cli.sign_in",
    "lagdesk.cli.plan",
    "lagdesk.cli.reports",
)


class CommandError(UserError):
    """A problem with the command line itself, reported as every UserError is."""


# Verbs whose subjects come from several modules (import stakeholders, export calendar ...).
SHARED_VERBS = {
    "import": QT_TRANSLATE_NOOP("CommandLine", "import records from a file"),
    "export": QT_TRANSLATE_NOOP("CommandLine", "export records to a file"),
}


def _subjects(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    verb: str,
    common: argparse.ArgumentParser,
) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    """The SUBJECT choices of a shared verb, made the first time a module asks for them."""
    made: dict[str, argparse._SubParsersAction] = commands.__dict__.setdefault(  # type: ignore[type-arg]
        "lagdesk_subjects", {}
    )
    if verb not in made:
        parser = commands.add_parser(
            verb, parents=[common], help=translate("CommandLine", SHARED_VERBS[verb])
        )
        made[verb] = parser.add_subparsers(dest="subject", metavar="SUBJECT", required=True)
    return made[verb]


def add_subject(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
    command: str,
    help_text: str,
) -> argparse.ArgumentParser:
    """The parser of ``command``, a shared verb and its subject as typed ("export calendar"),
    taking --db and --lang as well."""
    verb, name = command.split(" ")
    parser: argparse.ArgumentParser = _subjects(commands, verb, common).add_parser(
        name, parents=[common], help=help_text
    )
    return parser


def _common_options(default: Any) -> argparse.ArgumentParser:
    """--db and --lang, accepted before or after the command name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=default,
        help=translate("CommandLine", "the lagdesk database file"),
    )
    common.add_argument(
        "--lang",
        metavar="CODE",
        choices=sorted(LANGUAGES),
        default=default,
        help=translate("CommandLine", "language: en, pl, lv, ro or bg"),
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    # A command's own --db/--lang default to "not given", so they do not hide the global ones.
    common = _common_options(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="lagdesk",
        parents=[_common_options(None)],
        description=translate(
            "CommandLine",
            "lagdesk: stakeholders, meetings and the Integrated Action Plan of a local group.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"lagdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    options = parser.parse_args(arguments)
    if options.command is None:
        from lagdesk.ui.shell.app import run

        return run(arguments)
    _set_language(options.lang)
    sys.unraisablehook = _log_unraisable
    handler = getattr(options, "handler", None)
    if handler is None:
        parser.error(
            translate("CommandLine", "the command {command} needs a subject").format(
                command=options.command
            )
        )
    try:
        return int(handler(options))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # every user-facing error becomes one line, never a traceback
        return _report(exc)


def _report(exc: BaseException) -> int:
    """A UserError's message in one line with exit status 1; a bug is logged as well."""
    if isinstance(exc, UserError):
        message = str(exc)
    elif isinstance(exc, OSError):
        message = f"{exc.filename}: {exc.strerror}" if exc.filename else str(exc)
    else:
        message = _unexpected(exc)
    print(f"lagdesk: {message}", file=sys.stderr)
    return 1


def _log_unraisable(unraisable: Any) -> None:
    """Writers left behind by a failed export (a full disk) fail again when they are freed;
    Python would print each as "Exception ignored in ..." after the one-line message."""
    log.debug("ignored in %r: %s", unraisable.object, unraisable.exc_value)


def _unexpected(exc: BaseException) -> str:
    """Log a bug with its traceback; tell the user where the details are."""
    from lagdesk.core.support.paths import log_dir

    path = log_dir() / "lagdesk-cli.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
        log.addHandler(handler)
        log.error("unexpected error", exc_info=exc)
        handler.close()
        log.removeHandler(handler)
    except OSError:
        pass
    return translate("CommandLine", "unexpected error ({kind}); details are in {path}").format(
        kind=type(exc).__name__, path=path
    )


def _set_language(code: str | None) -> None:
    from lagdesk.i18n import install_language, system_language

    language = code or system_language()
    if language == "en":
        install_language(language)  # English needs no catalogue, only its locale for dates
        return
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        _set_language.app = QCoreApplication([sys.argv[0]])  # type: ignore[attr-defined]
    install_language(language)


# Shared by every command module: which file a command works on, and where it writes.


def database_path(options: argparse.Namespace) -> Path:
    """--db, or the default database in the user's data folder."""
    path = getattr(options, "db", None)
    if path is not None:
        return Path(path)
    from lagdesk.core.support.paths import default_database_path

    return default_database_path()


def open_database_of(options: argparse.Namespace, *, create: bool = False) -> Any:
    from lagdesk.db.database import open_database

    path = database_path(options)
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    database = open_database(path, create=create)
    if database.migration_backup is not None:
        note = translate(
            "CommandLine",
            "{path} was upgraded to this version of lagdesk; a copy of it as it was is in {backup}.",
        )
        print(note.format(path=database.path, backup=database.migration_backup), file=sys.stderr)
    return database


def add_wait_option(parser: argparse.ArgumentParser) -> None:
    """--wait SECONDS, for every command that changes the file (see holding_the_file)."""
    parser.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help=translate(
            "CommandLine",
            "wait up to SECONDS while the file is open in lagdesk (default: refuse at once)",
        ),
    )


@contextmanager
def holding_the_file(options: argparse.Namespace) -> Iterator[Path]:
    """Hold the file's lock, the one a lagdesk window takes, for the whole command.

    A command that changes the file works on what it read at its start: with a window or
    another command changing the file meanwhile it could write from a stale view (two
    imports of one file once made everyone twice). Without --wait a held lock refuses at
    once (exit 1); with --wait it says so on stderr and waits up to SECONDS. A folder where
    no lock can be written (read-only media) goes on without one. Yields the file's path,
    resolved as the window resolves it, so both lock the same name.
    """
    from lagdesk.core.support.file_lock import FileInUseError, acquire_lock

    path = database_path(options).expanduser().resolve()
    wait = max(float(getattr(options, "wait", 0.0) or 0.0), 0.0)
    try:
        lock = acquire_lock(path)
    except FileInUseError:
        if not wait:
            text = translate(
                "CommandLine",
                "{path} is open in lagdesk (a window or another command); nothing was changed."
                " Close it there and try again, or add --wait SECONDS to wait for it.",
            )
            raise CommandError(text.format(path=path)) from None
        waiting = translate(
            "CommandLine",
            "waiting for {path}: it is open in lagdesk (a window or another command)"
            " (up to {seconds} s)…",
        )
        print(waiting.format(path=path, seconds=f"{wait:g}"), file=sys.stderr, flush=True)
        try:
            lock = acquire_lock(path, timeout=wait)
        except FileInUseError:
            text = translate(
                "CommandLine",
                "{path} is still open in lagdesk (a window or another command) after"
                " {seconds} s; nothing was changed.",
            )
            raise CommandError(text.format(path=path, seconds=f"{wait:g}")) from None
    try:
        yield path
    finally:
        if lock is not None:
            lock.release()


@contextmanager
def open_database_for_writing(
    options: argparse.Namespace, *, create: bool = False
) -> Iterator[Any]:
    """The database of --db, opened as open_database_of opens it but under its lock
    (holding_the_file), for a command that changes it; closed, then unlocked, at the end.
    Every writing command opens it so."""
    path = database_path(options).expanduser()
    if create:  # the lock file goes into the folder
        path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists()
    with holding_the_file(options), open_database_of(options, create=create) as database:
        if existed and not getattr(options, "dry_run", False):
            _back_up_before_first_change_of_the_day(database)
        yield database


def _back_up_before_first_change_of_the_day(database: Any) -> None:
    """The app's daily backup on open, made by a command too: an import may be the day's
    first change. A backup that cannot be made is said on stderr; the command goes on."""
    from lagdesk.core.support import backups

    if backups.backed_up_today(database.path):
        return
    try:
        backups.make_backup(database, backups.OPEN)
    except UserError as error:
        print(f"lagdesk: {error}", file=sys.stderr)


def open_database_for_reading(options: argparse.Namespace, *, as_it_is: bool = False) -> Any:
    """The --db file opened for reading only, for commands that only read (list, export,
    backup): they never change the file, not even to upgrade an older one (they read an
    upgraded copy in memory, or with ``as_it_is`` the file at its own schema), and they
    work on a read-only file or folder."""
    from lagdesk.db.database import open_database

    path = database_path(options)
    if not as_it_is:
        return open_database(path, create=False, writable=False)
    from lagdesk.db.reading import open_for_reading

    # open_database's checks (missing, empty, not lagdesk's), then the file as it is.
    open_database(path, create=False, writable=False).close()
    return open_for_reading(Path(path).expanduser().resolve(), upgrade_in_memory=False)


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """--out FILE and --force, for commands that write a file."""
    parser.add_argument("--out", type=Path, required=True, metavar="FILE")
    parser.add_argument(
        "--force", action="store_true", help=translate("CommandLine", "replace FILE if it exists")
    )


def add_import_options(parser: argparse.ArgumentParser, dry_run_help: str) -> None:
    """The FILE to import, --dry-run and --wait, which every import command takes."""
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--dry-run", action="store_true", help=dry_run_help)
    add_wait_option(parser)


def checked_output(options: argparse.Namespace) -> Path:
    """The --out file, refused when it exists (without --force) or its folder is missing."""
    out = Path(options.out)
    if out.exists() and not options.force:
        raise CommandError(
            translate(
                "CommandLine", "{path} exists already; choose another name or add --force."
            ).format(path=out)
        )
    if not out.parent.is_dir():
        raise CommandError(
            translate("CommandLine", "{path}: the folder does not exist.").format(path=out.parent)
        )
    return out


if __name__ == "__main__":
    sys.exit(main())
