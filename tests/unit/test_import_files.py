"""Files that cannot be imported give one clear error naming the file and change nothing;
workbook quirks (formulas, merged cells, dates, numbers, title rows) are handled."""

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from test_import_support import HEADER, seed, table_counts, write_csv, write_xlsx

from lagdesk.core.stakeholders.importing.applying import apply_import
from lagdesk.core.stakeholders.importing.plan import MissingColumnError
from lagdesk.core.stakeholders.importing.planning import plan_import
from lagdesk.core.support.table_files import sources
from lagdesk.core.support.table_files.sources import ImportFileError, TooManyRowsError
from lagdesk.db.database import Database
from lagdesk.errors import UserError, ValidationError

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def good_xlsx(path: Path) -> Path:
    rows = [HEADER[:4], *([f"Org {n}", "public", "Anna", f"Nowak {n}"] for n in range(300))]
    return write_xlsx(path, rows)


def truncated(path: Path) -> None:
    data = good_xlsx(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])


def corrupted_member(path: Path) -> None:
    good_xlsx(path)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
        start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data = bytearray(path.read_bytes())
    for offset in range(start + 20, start + 60):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def zip_fields(path: Path, local: tuple[int, int] | None, central: tuple[int, int]) -> None:
    """Set a 2-byte field (offset, value) of every local and central zip header of a good
    workbook: what a program writing a zip feature Python cannot read leaves."""
    data = bytearray(good_xlsx(path).read_bytes())
    for signature, field in ((b"PK\x03\x04", local), (b"PK\x01\x02", central)):
        start = data.find(signature)
        while field is not None and start >= 0:
            offset, value = field
            data[start + offset : start + offset + 2] = value.to_bytes(2, "little")
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))


def newer_zip(path: Path) -> None:
    """A zip version newer than Python reads (zipfile raises NotImplementedError)."""
    zip_fields(path, None, (6, 99))


def deflate64(path: Path) -> None:
    """Members compressed with Deflate64 (method 9), which Python cannot inflate."""
    zip_fields(path, (8, 9), (10, 9))


def nul_far_in(path: Path) -> None:
    """A text file with a NUL byte at 100 KiB, far past the sample looked at first."""
    lines = ["Organisation,Sector,First name,Last name"]
    lines += [f"Org {n},public,Anna,Nowak {n}" for n in range(10_000)]
    data = bytearray("\r\n".join(lines).encode())
    data[100 * 1024] = 0
    path.write_bytes(bytes(data))


def docx(path: Path) -> None:
    import docx as python_docx

    python_docx.Document().save(str(path))


def ods(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")


def encrypted(path: Path) -> None:
    # The shape of an Office file protected with a password: an OLE container whose
    # directory names an "EncryptedPackage" stream.
    path.write_bytes(OLE + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(2048))


MALFORMED = {
    "empty.csv": (lambda p: p.write_bytes(b""), "is empty"),
    "empty.xlsx": (lambda p: p.write_bytes(b""), "is empty"),
    "header-only.csv": (
        lambda p: p.write_text("Last name;First name\r\n", encoding="utf-8"),
        "no people",
    ),
    "header-only.xlsx": (lambda p: write_xlsx(p, [HEADER]), "no people"),
    "blank.xlsx": (lambda p: write_xlsx(p, []), "no rows"),
    "truncated.xlsx": (truncated, "damaged or incomplete"),
    "crc.xlsx": (corrupted_member, "damaged or incomplete"),
    "locked.xlsx": (encrypted, "password"),
    "newer-zip.xlsx": (
        newer_zip,
        r"cannot read; open it in Excel or LibreOffice and save it as \.xlsx",
    ),
    "deflate64.xlsx": (
        deflate64,
        r"cannot read; open it in Excel or LibreOffice and save it as \.xlsx",
    ),
    "nul.csv": (nul_far_in, r"row 3171 holds a NUL character \(a zero byte\)"),
    "old.xlsx": (lambda p: p.write_bytes(OLE + bytes(2048)), r"old \.xls"),
    "letter.xlsx": (docx, "Word document"),
    "sheet.xlsx": (ods, "OpenDocument"),
    "picture.xlsx": (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100)), "not an Excel"),
    "workbook.csv": (good_xlsx, "rename it to .xlsx"),
    "picture.csv": (
        lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(100)),
        "not a text",
    ),
    "people.ods": (lambda p: p.write_bytes(b"x"), r"\.xlsx and \.csv"),
    "no-last-name.csv": (
        lambda p: p.write_text("First name,Email\r\nAnna,a@b.pl\r\n"),
        "last name",
    ),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_a_malformed_file_is_one_clear_error_and_changes_nothing(
    tmp_path: Path, database: Database, name: str
) -> None:
    seed(database)
    make, expected = MALFORMED[name]
    path = tmp_path / name
    make(path)
    before = table_counts(database)
    with pytest.raises(UserError, match=expected) as caught:
        plan_import(database, path)
    assert str(caught.value).startswith(f"{name}: ")
    assert "\n" not in str(caught.value)
    assert table_counts(database) == before


def test_a_missing_file_and_a_folder_are_named(tmp_path: Path, database: Database) -> None:
    with pytest.raises(ImportFileError, match=r"^nothing\.csv: no such file"):
        plan_import(database, tmp_path / "nothing.csv")
    (tmp_path / "folder.csv").mkdir()
    with pytest.raises(ImportFileError, match=r"^folder\.csv: "):
        plan_import(database, tmp_path / "folder.csv")


def test_the_missing_last_name_error_carries_the_columns_for_a_mapping_form(
    tmp_path: Path, database: Database
) -> None:
    path = write_csv(tmp_path / "fr.csv", [["Nom", "Prénom"], ["Nowak", "Anna"]])
    with pytest.raises(MissingColumnError) as caught:
        plan_import(database, path)
    assert caught.value.columns.labels == ("Nom", "Prénom")
    plan = plan_import(database, path, mapping={"Nom": "last_name", "Prénom": "first_name"})
    assert plan.rows[0].values.last_name == "Nowak"
    with pytest.raises(ImportFileError, match="Nope"):
        plan_import(database, path, mapping={"Nope": "last_name"})


def test_a_million_csv_rows_are_refused_without_reading_them_all(
    tmp_path: Path, database: Database
) -> None:
    path = tmp_path / "million.csv"
    path.write_bytes(b"Last name\n" + b"Nowak\n" * 1_000_000)
    with pytest.raises(TooManyRowsError, match=r"million\.csv: .*more than 50,000 rows"):
        plan_import(database, path)


def million_row_xlsx(path: Path, rows: int) -> None:
    """A valid workbook written straight to XML: openpyxl would take minutes to write it."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{package}"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="People" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{package}"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(f'<worksheet xmlns="{main}"><sheetData>'.encode())
            sheet.write(b'<row r="1"><c r="A1" t="inlineStr"><is><t>Last name</t></is></c></row>')
            chunk = []
            for number in range(2, rows + 2):
                chunk.append(f'<row r="{number}"><c r="A{number}"><v>{number}</v></c></row>')
                if len(chunk) == 10_000:
                    sheet.write("".join(chunk).encode())
                    chunk = []
            sheet.write("".join(chunk).encode())
            sheet.write(b"</sheetData></worksheet>")


def test_a_million_xlsx_rows_are_refused_while_streaming(
    tmp_path: Path, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "million.xlsx"
    million_row_xlsx(path, 1_000_000)
    seen: list[int] = []
    original = sources.RowCollector.add

    def counting(self: sources.RowCollector, number: int, cells: object) -> None:
        seen.append(number)
        original(self, number, cells)  # type: ignore[arg-type]

    monkeypatch.setattr(sources.RowCollector, "add", counting)
    with pytest.raises(TooManyRowsError, match=r"million\.xlsx"):
        plan_import(database, path)
    assert len(seen) < 60_000  # stopped early, not after reading the whole sheet


def test_the_row_limit_counts_data_rows(
    tmp_path: Path, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "MAX_DATA_ROWS", 3)
    from lagdesk.core.stakeholders.importing import planning

    monkeypatch.setattr(planning, "MAX_DATA_ROWS", 3)
    path = write_csv(tmp_path / "four.csv", [["Last name"], ["A"], ["B"], ["C"]])
    assert len(plan_import(database, path).rows) == 3
    write_csv(path, [["Last name"], ["A"], ["B"], ["C"], ["D"]])
    with pytest.raises(TooManyRowsError):
        plan_import(database, path)


def test_formula_cells_are_refused_and_formula_looking_text_is_text(
    tmp_path: Path, database: Database
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Last name", "Notes", "Role"])
    sheet.append(["Nowak", "=1+2", '=HYPERLINK("http://x")'])
    sheet["C2"].data_type = "s"  # text that only looks like a formula
    sheet.append(["Kowalski", "@home", "+48 helper"])
    sheet.append(['=A2&"x"', "", "-"])
    sheet["C4"].data_type = "s"
    path = tmp_path / "formulas.xlsx"
    workbook.save(path)
    plan = plan_import(database, path)
    problems = [str(problem) for problem in plan.problems]
    assert len(problems) == 2
    assert problems[0].startswith("formulas.xlsx, row 2, Notes: the cell holds a formula (=1+2)")
    assert problems[1].startswith("formulas.xlsx, row 4, Last name: the cell holds a formula")
    assert plan.rows[0].values.role == '=HYPERLINK("http://x")'
    with pytest.raises(ValidationError):
        apply_import(database, plan)
    summary = apply_import(database, plan, skip_invalid=True)
    assert summary.created == 1
    assert summary.rejected_rows == 2


def test_error_cells_are_reported(tmp_path: Path, database: Database) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Last name", "Power", "Interest"])
    sheet.append(["Nowak", "#N/A", 3])
    sheet["B2"].data_type = "e"
    path = tmp_path / "errors.xlsx"
    workbook.save(path)
    (problem,) = plan_import(database, path).problems
    assert str(problem) == "errors.xlsx, row 2, Power: the cell shows the error #N/A."


def test_merged_cells_count_for_every_row_they_cover(tmp_path: Path, database: Database) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Organisation", "Sector", "Last name"])
    sheet.append(["Urząd Miejski", "public", "Nowak"])
    sheet.append([None, None, "Kowalski"])
    sheet.append([None, None, "Wiśniewska"])
    sheet.append(["Fundacja", "civic", "Zając"])
    sheet.merge_cells("A2:A4")
    sheet.merge_cells("B2:B4")
    path = tmp_path / "merged.xlsx"
    workbook.save(path)
    plan = plan_import(database, path)
    assert [(row.values.organisation, row.values.sector) for row in plan.rows] == [
        ("Urząd Miejski", "public"),
        ("Urząd Miejski", "public"),
        ("Urząd Miejski", "public"),
        ("Fundacja", "civic"),
    ]
    assert apply_import(database, plan).organisations_created == 2


def test_dates_numbers_and_booleans_become_the_text_a_sheet_shows(
    tmp_path: Path, database: Database
) -> None:
    rows = [
        ["Last name", "Phone", "Notes", "Role", "Power", "Interest"],
        ["Nowak", 48943488600, date(2024, 5, 1), True, 4.0, "5"],
        ["Kowalski", 12.5, datetime(2024, 5, 1, 14, 30), "x", "3,0", 2],
    ]
    plan = plan_import(database, write_xlsx(tmp_path / "types.xlsx", rows))
    first, second = plan.rows
    assert (first.values.phone, first.values.notes, first.values.role) == (
        "48943488600",
        "2024-05-01",
        "TRUE",
    )
    assert (first.values.power, first.values.interest) == (4, 5)
    assert (second.values.phone, second.values.notes) == ("12.5", "2024-05-01 14:30:00")
    assert (second.values.power, second.values.interest) == (3, 2)


def test_a_named_sheet_is_read_and_an_unknown_one_named(tmp_path: Path, database: Database) -> None:
    workbook = Workbook()
    workbook.active.title = "Cover"
    workbook.active.append(["Stakeholder list, see next sheet"])
    people = workbook.create_sheet("Ludzie")
    people.append(["Nazwisko", "Imię"])
    people.append(["Nowak", "Anna"])
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    plan = plan_import(database, path, sheet="Ludzie")
    assert plan.sheets == ("Cover", "Ludzie")
    assert plan.rows[0].values.first_name == "Anna"
    with pytest.raises(ImportFileError, match=r"two\.xlsx: .*Cover, Ludzie"):
        plan_import(database, path, sheet="People")
    with pytest.raises(MissingColumnError):
        plan_import(database, path)


def test_a_title_above_the_header_and_gaps_keep_sheet_row_numbers(
    tmp_path: Path, database: Database
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet["A1"] = "Local group, Koszalin"
    sheet["A3"], sheet["B3"] = "Last name", "Email"
    sheet["A4"], sheet["B4"] = "Nowak", "a@b.pl"
    sheet["A7"], sheet["B7"] = "Kowalski", "broken"
    path = tmp_path / "gaps.xlsx"
    workbook.save(path)
    plan = plan_import(database, path)
    assert plan.header_row == 3
    assert [row.row for row in plan.rows] == [4, 7]
    assert str(plan.problems[0]) == "gaps.xlsx, row 7, Email: broken is not an e-mail address."
