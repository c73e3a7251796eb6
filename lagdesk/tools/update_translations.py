"""Refresh i18n/lagdesk_<lang>.ts from the source (``make translations``).

Runs pyside6-lupdate over every module of the package, keeping existing translations and
dropping strings the code no longer has. lupdate takes every ``#:`` comment of the Python
code (lagdesk documents its constants that way) for a note to translators and pins it to
whichever message comes next; those notes are removed, so translators see none that mislead.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from lagdesk.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "lagdesk"
I18N = ROOT / "i18n"
#: An <extracomment> line of a catalogue, with the line break before it.
_CODE_NOTE = re.compile(r"\n[ \t]*<extracomment>.*?</extracomment>", re.DOTALL)


def qt_tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate, pyside6-lrelease) of the running environment, as
    the Makefile uses it; else the one on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    return shutil.which(name) or str(beside)


def lupdate_executable() -> str:
    return qt_tool("pyside6-lupdate")


def lrelease_executable() -> str:
    return qt_tool("pyside6-lrelease")


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def update(ts_dir: Path = I18N, languages: list[str] | None = None) -> list[Path]:
    ts_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages or list(LANGUAGES):
        target = ts_dir / f"lagdesk_{language}.ts"
        subprocess.run(
            [
                lupdate_executable(),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                *map(str, source_files()),
                "-ts",
                str(target),
            ],
            check=True,
        )
        without_code_notes(target)
        written.append(target)
    return written


def without_code_notes(path: Path) -> None:
    """Remove the notes lupdate made of code comments (see the module's docstring)."""
    text = path.read_text(encoding="utf-8")
    cleaned = _CODE_NOTE.sub("", text)
    if cleaned != text:
        path.write_text(cleaned, encoding="utf-8")


if __name__ == "__main__":
    for path in update():
        print(path.relative_to(ROOT))
