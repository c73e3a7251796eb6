"""The text of a PDF as poppler's pdftotext reads it (what a reader's search would find)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout
