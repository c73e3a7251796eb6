"""Writing a file so that a failure never leaves a half-written file behind."""

from __future__ import annotations

import errno
import gc
import os
import stat
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from lagdesk.errors import UserError
from lagdesk.i18n import translate

#: The suffix of a temporary file holding bytes on their way to their final name.
PART = ".part"


class FileWriteError(UserError, OSError):
    """A file lagdesk was writing could not be written (disk full, read-only, gone).

    Still an ``OSError`` (same errno and file name), so callers that word their own
    message keep working; everyone else shows ``str()``, which names the cause and the file.
    """

    def __init__(self, code: int, reason: str, path: Path) -> None:
        super().__init__(code, reason, str(path))
        if code == errno.ENOSPC:
            self.message = translate(
                "Database", "The disk that holds {path} is full. Free some space and try again."
            ).format(path=path)
        else:
            self.message = translate("Report", "{file} cannot be written: {reason}.").format(
                file=path, reason=reason
            )

    def __str__(self) -> str:
        return self.message


def _disk_error(error: BaseException) -> OSError | None:
    """The OSError behind ``error``: writers such as lxml wrap a failed write in errors of
    their own, with the OSError as the context."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, OSError) and current.errno is not None:
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _ignore_unraisable(_unraisable: Any) -> None:
    pass


@contextmanager
def _quiet_finalizers() -> Iterator[None]:
    """Finalizers that fail again on the same full disk (zip files and lxml writers being
    closed) print "Exception ignored in ..." tracebacks; the error is reported once, by us."""
    previous = sys.unraisablehook
    sys.unraisablehook = _ignore_unraisable
    try:
        yield
    finally:
        sys.unraisablehook = previous


def _let_writer_go(trace: TracebackType | None) -> None:
    """Drop the writer's half-done objects now, quietly, rather than whenever the traceback
    is freed (when their finalizers would print their own tracebacks)."""
    with _quiet_finalizers():
        traceback.clear_frames(trace)
        gc.collect()


def _umask() -> int:
    """The process's umask, read without changing it where the system allows (changing it
    for a moment would touch files other threads create meanwhile)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _mode_for(path: Path) -> int:
    """The permissions a file written to ``path`` gets: those of the file it replaces, or
    what any program of the user's would give a new file. The temporary file it is written
    as starts private (0600), which colleagues on a shared folder could not read."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def write_atomically(
    path: Path, write: Callable[[str], object], *, suffix: str | None = None
) -> Path:
    """Call ``write`` with a temporary path beside ``path``, then rename it into place.

    The temporary file lives in the same folder (so the rename is atomic) and is removed if
    ``write`` fails; a file already at ``path`` stays as it was until the new one is whole.
    It ends in ``path``'s own suffix unless ``suffix`` says otherwise, because writers such
    as openpyxl and matplotlib choose the format from the name. A failed write (a full
    disk, even when the writer wraps it in an error of its own) leaves as a
    ``FileWriteError`` naming ``path``, the file the user chose.
    """
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.stem}-",
            suffix=path.suffix if suffix is None else suffix,
            dir=path.parent,
        )
    except OSError as exc:  # a read-only or missing folder: name the file the user chose
        raise FileWriteError(exc.errno or errno.EIO, exc.strerror or str(exc), path) from exc
    os.close(handle)
    try:
        write(temporary)
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException as exc:
        disk = _disk_error(exc)
        if disk is not None:
            _let_writer_go(exc.__traceback__)
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, UserError) or disk is None:
            raise
        if disk.filename in (temporary, None) or exc is not disk:
            raise FileWriteError(disk.errno or errno.EIO, disk.strerror or str(disk), path) from exc
        raise
    return path


def write_bytes_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all (see ``write_atomically``); the
    temporary file ends in ``.part``, the mark of a file still being written."""
    return write_atomically(path, lambda temporary: Path(temporary).write_bytes(data), suffix=PART)
