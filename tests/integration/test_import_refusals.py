"""Workbooks Python's zip reader cannot open, and text files with a NUL byte, are refused by
every import command with one line naming the file and what to do: never "unexpected error
(NotImplementedError)", never a traceback, nothing written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook

from lagdesk import cli

#: Zip header fields set in every header of a signature: (signature, offset, value).
Fields = list[tuple[bytes, int, int]]
#: A zip version newer than Python reads (zipfile raises NotImplementedError).
NEWER_ZIP: Fields = [(b"PK\x01\x02", 6, 99)]
#: Members compressed with Deflate64 (method 9), which Python cannot inflate.
DEFLATE64: Fields = [(b"PK\x03\x04", 8, 9), (b"PK\x01\x02", 10, 9)]


def workbook_with(path: Path, fields: Fields) -> Path:
    """A good workbook whose zip headers carry the given fields."""
    book = Workbook()
    book.active.append(["Last name", "First name"])
    book.active.append(["Nowak", "Anna"])
    book.save(path)
    data = bytearray(path.read_bytes())
    for signature, offset, value in fields:
        start = data.find(signature)
        while start >= 0:
            data[start + offset : start + offset + 2] = value.to_bytes(2, "little")
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))
    return path


@pytest.fixture
def city(demo_file: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(demo_file, tmp_path / "Koszalin.sqlite"))


@pytest.mark.parametrize("subject", ["stakeholders", "plan", "measurements"])
@pytest.mark.parametrize(
    ("name", "fields"), [("newer-zip.xlsx", NEWER_ZIP), ("deflate64.xlsx", DEFLATE64)]
)
def test_a_workbook_python_cannot_unzip_is_refused_clearly(
    subject: str,
    name: str,
    fields: Fields,
    city: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    book = workbook_with(tmp_path / name, fields)
    before = city.read_bytes()
    code = cli.main(["import", subject, "--db", str(city), str(book)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err == (
        f"lagdesk: {name}: the workbook is saved in a form lagdesk cannot read; open it in"
        " Excel or LibreOffice and save it as .xlsx (Excel Workbook).\n"
    )
    assert "Traceback" not in out
    assert city.read_bytes() == before


def test_a_nul_byte_deep_in_a_csv_file_is_refused_with_its_row(
    city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ["Last name;First name", *(f"Nowak {n};Anna" for n in range(20_000))]
    data = bytearray("\n".join(lines).encode())
    data[100 * 1024] = 0
    row = data[: 100 * 1024].count(b"\n") + 1
    people = tmp_path / "people.csv"
    people.write_bytes(bytes(data))
    code = cli.main(["import", "stakeholders", "--db", str(city), str(people), "--dry-run"])
    _, err = capsys.readouterr()
    assert code == 1
    assert err.startswith(f"lagdesk: people.csv: row {row} holds a NUL character (a zero byte)")
    assert err.count("\n") == 1
