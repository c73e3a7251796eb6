"""The text of a PDF as poppler's pdftotext reads it (what a reader's search would find),
and the outside programs these tests call.

`make test` installs poppler-utils and LibreOffice. On a developer's machine without them
the tests that need them are skipped; in CI (CI=true) a missing program fails them, so it
cannot hide as a skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

PACKAGES = {"pdftotext": "poppler-utils", "pdftoppm": "poppler-utils", "soffice": "LibreOffice"}


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def has(program: str) -> bool:
    """Whether a test runs its checks that need `program`: always in CI, where a missing
    program then fails, elsewhere where it is installed."""
    return in_ci() or shutil.which(program) is not None


def needs(*programs: str) -> pytest.MarkDecorator:
    """Skips the test on a developer's machine that lacks one of `programs`."""
    missing = [p for p in programs if not has(p)]
    reason = "needs " + ", ".join(f"{p} ({PACKAGES.get(p, p)})" for p in missing)
    return pytest.mark.skipif(bool(missing), reason=reason)


def program(name: str) -> str:
    """The path of `name`; where it is missing (in CI) the test fails saying what to install."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install {PACKAGES.get(name, name)} (make test does)")
    return path


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        [program("pdftotext"), "-layout", *pages, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout
