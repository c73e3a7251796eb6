"""The file's lock (core.support.file_lock): one holder across processes, released when
its process dies (even by kill -9), and no lock where none can be written."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lagdesk.core.support import file_lock
from lagdesk.core.support.file_lock import FileInUseError, acquire_lock, lock_path

#: A child that takes the lock, says so on stdout, then waits for stdin to close.
HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from lagdesk.core.support.file_lock import acquire_lock

    held = acquire_lock(Path(sys.argv[1]))
    print("held" if held is not None else "none", flush=True)
    sys.stdin.read()
    held.release()
    print("released", flush=True)
    """
)


def holder(path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "held"
    return child


def test_a_second_holder_in_another_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "Koszalin.sqlite"
    child = holder(path)
    try:
        assert lock_path(path).exists()
        with pytest.raises(FileInUseError) as refused:
            acquire_lock(path)
        assert str(path) in str(refused.value)
        assert "already open in another lagdesk window" in str(refused.value)
    finally:
        assert child.stdin is not None
        child.stdin.close()
        assert child.stdout is not None
        assert child.stdout.read().strip() == "released"
        child.stdout.close()
        assert child.wait() == 0
    # Given up: the next one gets it, and closing leaves no lock file behind.
    again = acquire_lock(path)
    assert again is not None
    again.release()
    assert not lock_path(path).exists()


def test_two_holders_in_one_process_exclude_each_other(tmp_path: Path) -> None:
    path = tmp_path / "Koszalin.sqlite"
    first = acquire_lock(path)
    assert first is not None
    with pytest.raises(FileInUseError):
        acquire_lock(path)
    first.release()
    first.release()  # a second release does nothing
    second = acquire_lock(path)
    assert second is not None
    assert second.held
    second.release()
    assert not second.held


def test_the_lock_ends_with_a_killed_holder(tmp_path: Path) -> None:
    path = tmp_path / "Koszalin.sqlite"
    child = holder(path)
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait() == -signal.SIGKILL
    assert child.stdin is not None
    assert child.stdout is not None
    child.stdin.close()
    child.stdout.close()
    # The dead holder's file may stay; its lock went with the process: no stale-lock guess.
    assert lock_path(path).exists()
    taken = acquire_lock(path)
    assert taken is not None
    taken.release()
    assert not lock_path(path).exists()


def test_waiting_gets_the_lock_once_the_holder_ends(tmp_path: Path) -> None:
    path = tmp_path / "Koszalin.sqlite"
    child = holder(path)
    assert child.stdin is not None
    child.stdin.close()  # the holder releases while this process waits
    taken = acquire_lock(path, timeout=600)
    assert taken is not None
    taken.release()
    assert child.wait() == 0
    assert child.stdout is not None
    assert child.stdout.read().strip() == "released"
    child.stdout.close()


def test_a_folder_where_no_lock_can_be_written_opens_without_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read-only media: the lock file cannot be created (EROFS), so there is no lock."""
    path = tmp_path / "cdrom" / "Koszalin.sqlite"
    path.parent.mkdir()
    real_open = os.open

    def read_only_medium(name: str | os.PathLike[str], flags: int, *args: object) -> int:
        if str(name) == str(lock_path(path)):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(name))
        return real_open(name, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only_medium)
    assert acquire_lock(path) is None
    assert not lock_path(path).exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_opens_without_a_lock(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert acquire_lock(folder / "Koszalin.sqlite") is None
    finally:
        folder.chmod(0o755)


def test_release_leaves_a_newer_lock_file_alone(tmp_path: Path) -> None:
    """Only the file this holder locked is removed: never a successor's."""
    path = tmp_path / "Koszalin.sqlite"
    held = acquire_lock(path)
    assert held is not None
    lock_path(path).unlink()
    lock_path(path).write_text("another holder's", encoding="utf-8")
    held.release()
    assert lock_path(path).read_text(encoding="utf-8") == "another holder's"


def test_the_lock_module_needs_no_qt() -> None:
    assert "PySide6" not in file_lock.__dict__
    assert all(not name.startswith("Q") for name in vars(file_lock))
