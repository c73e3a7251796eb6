"""Listing every person as JSON: the CLI command against a raw query and ``json.dumps``.

The in-process row calls ``lagdesk.cli.main`` with stdout sent to /dev/null; the whole
command row adds interpreter start-up and imports on both sides.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import os
import sqlite3
from typing import Any, TextIO

from benchmarks import databases
from benchmarks.children import python_command, time_whole

PEOPLE_SQL = (
    "SELECT p.id, p.first_name, p.last_name, o.name, p.email"
    " FROM person AS p LEFT JOIN organisation AS o ON o.id = p.organisation_id"
    " ORDER BY p.last_name, p.first_name, p.id"
)
PEOPLE_COLUMNS = ("id", "first_name", "last_name", "organisation", "email")

# The whole-command floor: the same query and dump in a bare interpreter.
FLOOR_SCRIPT = f"""
import json, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
columns = {PEOPLE_COLUMNS!r}
people = [dict(zip(columns, row)) for row in connection.execute({PEOPLE_SQL!r})]
connection.close()
sys.stdout.write(json.dumps(people, ensure_ascii=False) + "\\n")
"""


def _cli_arguments() -> list[str]:
    return ["list", "people", "--db", str(databases.large()), "--format", "json"]


@functools.cache
def _devnull() -> TextIO:
    return open(os.devnull, "w", encoding="utf-8")  # kept open for the whole run


def _call_cli(sink: TextIO) -> None:
    from lagdesk.cli import main

    complaints = io.StringIO()
    code: object
    try:
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(complaints):
            code = main(_cli_arguments())
    except SystemExit as exc:
        code = exc.code
    sink.flush()
    if code not in (0, None):
        said = complaints.getvalue().strip().splitlines()
        reason = f": {said[-1]}" if said else ""
        raise RuntimeError(f"lagdesk list people exited with {code}{reason}")


def lagdesk_list_people_json() -> None:
    _call_cli(_devnull())


def _query_people() -> list[dict[str, Any]]:
    connection = sqlite3.connect(databases.large())
    try:
        return [
            dict(zip(PEOPLE_COLUMNS, row, strict=True)) for row in connection.execute(PEOPLE_SQL)
        ]
    finally:
        connection.close()


def sqlite_list_people_json() -> None:
    sink = _devnull()
    sink.write(json.dumps(_query_people(), ensure_ascii=False) + "\n")
    sink.flush()


def check_same_people() -> None:
    """Both sides must list the same number of people, or the ratio compares nothing."""
    buffer = io.BytesIO()
    captured = io.TextIOWrapper(buffer, encoding="utf-8")
    _call_cli(captured)
    captured.detach()  # or closing the wrapper would close the buffer
    raw = buffer.getvalue().decode("utf-8")
    try:
        listed = json.loads(raw)
    except ValueError as exc:
        raise ValueError(f"lagdesk list people printed no JSON: {raw[:60]!r}") from exc
    if isinstance(listed, dict):
        lists = [value for value in listed.values() if isinstance(value, list)]
        listed = lists[0] if len(lists) == 1 else listed
    if not isinstance(listed, list):
        raise ValueError("lagdesk list people printed JSON without one list of people")
    expected = len(_query_people())
    if len(listed) != expected:
        raise ValueError(f"lagdesk listed {len(listed)} people, the database has {expected}")


def lagdesk_list_command() -> float:
    return time_whole(python_command("-m", "lagdesk", *_cli_arguments()))


def sqlite_list_script() -> float:
    return time_whole(python_command("-c", FLOOR_SCRIPT, str(databases.large())))
