"""The Integrated Action Plan (.docx) and the Excel report (.xlsx) open in LibreOffice:
converted to PDF headless, their text read back. Skipped where LibreOffice is absent."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pdftext import needs, pdf_text, program

from lagdesk import cli
from lagdesk.i18n import install_language

pytestmark = [
    needs("soffice", "pdftotext"),
    pytest.mark.slow,
    pytest.mark.usefixtures("widgets_application"),
]


def convert(path: Path, tmp_path: Path) -> Path:
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        [
            program("soffice"),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "HOME": str(tmp_path)},
        check=False,
    )
    out = tmp_path / "pdf" / f"{path.stem}.pdf"
    assert out.exists(), done.stderr
    return out


def test_libreoffice_opens_the_plan_and_the_report(demo_file: Path, tmp_path: Path) -> None:
    install_language("en")
    db = Path(shutil.copy(demo_file, tmp_path / "demo.sqlite"))
    plan = tmp_path / "plan.docx"
    report = tmp_path / "report.xlsx"
    as_of = ["--as-of", "2025-06-30"]
    assert cli.main(["export", "iap", "--db", str(db), "--out", str(plan), *as_of]) == 0
    assert cli.main(["export", "report", "--db", str(db), "--out", str(report), *as_of]) == 0

    plan_text = pdf_text(convert(plan, tmp_path))
    for title in ("1. Cover and executive summary", "5. Actions", "10. Annexes"):
        assert title in plan_text

    report_text = pdf_text(convert(report, tmp_path))
    assert "People in the register" in report_text
    assert "Estimated cost" in report_text
