"""Writing a file so that a failure never leaves a half-written file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

#: The suffix of a temporary file holding bytes on their way to their final name.
PART = ".part"


def write_atomically(
    path: Path, write: Callable[[str], object], *, suffix: str | None = None
) -> Path:
    """Call ``write`` with a temporary path beside ``path``, then rename it into place.

    The temporary file lives in the same folder (so the rename is atomic) and is removed if
    ``write`` fails; a file already at ``path`` stays as it was until the new one is whole.
    It ends in ``path``'s own suffix unless ``suffix`` says otherwise, because writers such
    as openpyxl and matplotlib choose the format from the name. An ``OSError`` about the
    temporary file names ``path``, the file the user chose.
    """
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.stem}-",
            suffix=path.suffix if suffix is None else suffix,
            dir=path.parent,
        )
    except OSError as exc:  # a read-only or missing folder: name the file the user chose
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    os.close(handle)
    try:
        write(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        if exc.errno is not None and exc.filename in (temporary, None):
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def write_bytes_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all (see ``write_atomically``); the
    temporary file ends in ``.part``, the mark of a file still being written."""
    return write_atomically(path, lambda temporary: Path(temporary).write_bytes(data), suffix=PART)
