"""Fault injection: a small full disk, read-only folders, damaged pages, killed processes.

Each fault is made for real where the machine allows it (a 2 MB tmpfs, a read-only bind
mount, both need root as in CI) and the test is skipped, with the reason, where it does
not. The long version of these runs is ``make soak`` (tests/faults/soak.py).
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from faultkit import Shown, mount, unmount

from lagdesk import cli
from lagdesk.ui.common import dialogs


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on its own 2 MB tmpfs."""
    disk = tmp_path / "disk"
    disk.mkdir()
    refused = mount("-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk))
    if refused:
        pytest.skip(f"no small tmpfs for a full disk: {refused}")
    try:
        yield disk
    finally:
        unmount(disk)


@pytest.fixture
def read_only_folders(tmp_path: Path) -> Iterator[list[Path]]:
    """Read-only mounts made by read_only_copy, let go at the end of the test."""
    made: list[Path] = []
    yield made
    for path in made:
        unmount(path)  # a bind mount is no mount point to os.path.ismount: try anyway
        with contextlib.suppress(OSError):
            path.chmod(0o755)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo database, built once per test process; tests work on copies."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "koszalin.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LAGDESK_DATA_DIR", str(folder / "data"))
        assert cli.main(["demo", "--db", str(path)]) == 0
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "city" / "koszalin.sqlite"
    copy.parent.mkdir()
    shutil.copy(demo_file, copy)
    return copy


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    """Dialogs replaced by a recorder (no modal dialog in a test)."""
    recorder = Shown()
    monkeypatch.setattr(dialogs, "show_error", recorder.show_error)
    monkeypatch.setattr(dialogs, "show_crash", recorder.show_crash)
    for name in ("save_file_path", "new_file_path", "open_file_path"):
        monkeypatch.setattr(dialogs, name, recorder.choose_path)
    return recorder
