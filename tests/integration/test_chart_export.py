"""`lagdesk export charts`: every chart as a file that decodes."""

from __future__ import annotations

import shutil
import sqlite3
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lagdesk import cli
from lagdesk.db.database import open_database

pytestmark = pytest.mark.usefixtures("widgets_application")
OVERVIEW = {
    "timeline",
    "indicator-status",
    "funding",
    "composition",
    "attendance",
    "power-interest",
}


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(demo_file, tmp_path / "demo.sqlite"))


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    return int(width), int(height)


def indicator_codes(db: Path) -> list[str]:
    with sqlite3.connect(db) as connection:
        return [row[0] for row in connection.execute("SELECT code FROM indicator")]


def test_png_charts_one_per_indicator_legible_at_a4_width(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "charts"
    assert cli.main(["export", "charts", "--db", str(demo), "--out", str(out)]) == 0
    codes = indicator_codes(demo)
    assert f"{len(OVERVIEW) + len(codes)} charts written" in capsys.readouterr().out
    stems = {path.stem for path in out.iterdir()}
    assert stems == OVERVIEW | {f"progress-{code}" for code in codes}
    for path in out.iterdir():
        width, height = png_size(path)
        assert width >= 1200  # 6.3 in at 200 dpi: sharp across an A4 page
        assert 300 < height < 4000


def test_svg_and_pdf_formats_even_for_an_empty_file(tmp_path: Path) -> None:
    """A new file (no plan yet): the charts say there is nothing to show, in each format."""
    demo = tmp_path / "new.sqlite"
    open_database(demo).close()
    svg = tmp_path / "svg"
    assert (
        cli.main(["export", "charts", "--db", str(demo), "--out", str(svg), "--format", "svg"]) == 0
    )
    root = ET.parse(svg / "funding.svg").getroot()
    assert root.tag.endswith("svg")
    pdf = tmp_path / "pdf"
    assert (
        cli.main(["export", "charts", "--db", str(demo), "--out", str(pdf), "--format", "pdf"]) == 0
    )
    assert (pdf / "timeline.pdf").read_bytes().startswith(b"%PDF")


def test_a_file_in_the_way_is_a_clear_error(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "charts"
    blocker.write_text("not a folder")
    assert cli.main(["export", "charts", "--db", str(demo), "--out", str(blocker)]) == 1
    assert "is a file, not a folder" in capsys.readouterr().err
