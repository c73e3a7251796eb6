"""Refresh i18n/lagdesk_<lang>.ts from the source (``make translations``).

Runs pyside6-lupdate over every module of the package, keeping existing translations and
dropping strings the code no longer has.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from lagdesk.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "lagdesk"
I18N = ROOT / "i18n"


def lupdate_executable() -> str:
    found = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).with_name("pyside6-lupdate")
    )
    return found


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
        written.append(target)
    return written


if __name__ == "__main__":
    for path in update():
        print(path.relative_to(ROOT))
