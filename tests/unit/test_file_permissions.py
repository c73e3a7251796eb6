"""Files lagdesk writes get the user's normal permissions, not the private 0600 of the
temporary file they are written as: colleagues on a shared folder can read an export."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from lagdesk.core.support.files import write_atomically, write_bytes_atomically

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_users_normal_permissions(tmp_path: Path, umask_022: None) -> None:
    out = write_atomically(tmp_path / "report.xlsx", lambda name: Path(name).write_bytes(b"x"))
    assert mode(out) == 0o644
    assert mode(write_bytes_atomically(tmp_path / "calendar.ics", b"BEGIN")) == 0o644


def test_a_stricter_umask_is_followed(tmp_path: Path) -> None:
    previous = os.umask(0o077)
    try:
        out = write_bytes_atomically(tmp_path / "private.ics", b"BEGIN")
    finally:
        os.umask(previous)
    assert mode(out) == 0o600


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "plan.docx"
    target.write_bytes(b"old")
    target.chmod(0o664)
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert mode(target) == 0o664


def test_an_exported_workbook_is_readable_by_others(
    tmp_path: Path, umask_022: None, database: object
) -> None:
    from lagdesk import cli

    out = tmp_path / "people.xlsx"
    assert (
        cli.main(
            ["export", "stakeholders", "--db", str(tmp_path / "city.sqlite"), "--out", str(out)]
        )
        == 0
    )
    assert mode(out) & 0o044 == 0o044
