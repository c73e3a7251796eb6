"""CSV files: encodings (UTF-8, BOM, UTF-16, Windows code pages), delimiters, quoting."""

from pathlib import Path

import pytest
from test_import_support import HEADER, write_csv

from lagdesk.core.stakeholders.importing.columns import is_spelled_header
from lagdesk.core.stakeholders.importing.planning import plan_import
from lagdesk.core.support.table_files.csv_source import read_csv, sniff_delimiter
from lagdesk.core.support.table_files.encodings import guess_encoding, score
from lagdesk.core.support.table_files.sources import ImportFileError
from lagdesk.db.database import Database

# Names as the users write them. Romanian uses ş and ţ with a cedilla: Windows-1250 has no
# comma-below letters, so that is what a Romanian Excel writes to a 1250 CSV.
NAMES: dict[str, list[tuple[str, str, str]]] = {
    "pl": [
        ("Urząd Miejski w Koszalinie", "Łukasz", "Zieliński"),
        ("Fundacja Równość i Różnorodność", "Małgorzata", "Dąbrowska"),
        ("Politechnika Koszalińska", "Żaneta", "Świątek-Woźniak"),
    ],
    "ro": [
        ("Asociaţia de Dezvoltare Intercomunitară Satu Mare", "Ştefan", "Ţăranu"),
        ("Primăria Sectorului 3", "Ioana", "Mureşan"),
        ("Universitatea din Bucureşti", "Andreea", "Pîrvulescu"),
    ],
    "bg": [
        ("Столична община", "Мария", "Иванова"),
        ("Община Враца", "Петър", "Георгиев"),
        ("Софийски университет", "Цветелина", "Йорданова"),
    ],
    "lv": [
        ("Ķekavas novada pašvaldība", "Jānis", "Bērziņš"),
        ("Rīgas Tehniskā universitāte", "Līga", "Ozoliņa"),
        ("Biedrība Zaļā Latvija", "Kārlis", "Šķēle"),
    ],
    "pt": [
        ("Câmara Municipal de Vila Nova de Famalicão", "João", "Gonçalves"),
        ("Ayuntamiento de Cádiz", "Begoña", "Núñez"),
        ("Umeå kommun", "Åsa", "Öberg"),
    ],
}
CODE_PAGE = {"pl": "cp1250", "ro": "cp1250", "bg": "cp1251", "lv": "cp1257", "pt": "cp1252"}


def people_file(tmp_path: Path, language: str, encoding: str, delimiter: str = ";") -> Path:
    rows = [["Organisation", "Sector", "First name", "Last name"]]
    rows += [[org, "public", first, last] for org, first, last in NAMES[language]]
    return write_csv(
        tmp_path / f"{language}-{encoding}.csv", rows, encoding=encoding, delimiter=delimiter
    )


CASES = [
    (language, encoding)
    for language in NAMES
    for encoding in ("utf-8", "utf-8-sig", "utf-16", CODE_PAGE[language])
]


@pytest.mark.parametrize(("language", "encoding"), CASES)
def test_names_come_back_exact_in_every_encoding(
    tmp_path: Path, database: Database, language: str, encoding: str
) -> None:
    plan = plan_import(database, people_file(tmp_path, language, encoding))
    got = [
        (row.values.organisation, row.values.first_name, row.values.last_name) for row in plan.rows
    ]
    assert got == NAMES[language]
    assert plan.problems == []


@pytest.mark.parametrize("language", sorted(CODE_PAGE))
def test_a_code_page_guess_says_it_is_a_guess(tmp_path: Path, language: str) -> None:
    path = people_file(tmp_path, language, CODE_PAGE[language])
    table = read_csv(path, is_header=is_spelled_header)
    assert table.encoding == CODE_PAGE[language]
    assert table.encoding_guessed
    assert table.encoding_scores[CODE_PAGE[language]] == max(table.encoding_scores.values())


def test_utf8_is_certain_and_a_bom_is_not_part_of_the_first_header(tmp_path: Path) -> None:
    table = read_csv(people_file(tmp_path, "pl", "utf-8-sig"))
    assert table.encoding == "utf-8-sig"
    assert not table.encoding_guessed
    assert table.rows[0][1][0] == "Organisation"


def test_an_explicit_encoding_wins_over_the_guess(tmp_path: Path, database: Database) -> None:
    path = people_file(tmp_path, "pl", "cp1250")
    plan = plan_import(database, path, encoding="cp1252")
    assert plan.rows[0].values.first_name == "£ukasz"  # what the user asked for
    assert (
        plan_import(database, path, encoding="Windows-1250").rows[0].values.first_name == "Łukasz"
    )


def test_an_unknown_encoding_name_is_a_clear_error(tmp_path: Path, database: Database) -> None:
    path = people_file(tmp_path, "pl", "utf-8")
    with pytest.raises(ImportFileError, match=r"pl-utf-8\.csv: klingon"):
        plan_import(database, path, encoding="klingon")


def test_utf8_that_breaks_after_the_sample_names_the_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lagdesk.core.support.table_files import csv_source

    monkeypatch.setattr(csv_source, "SAMPLE_BYTES", 64)
    path = tmp_path / "late.csv"
    good = "Last name\r\n" + "Nowak\r\n" * 20
    path.write_bytes(good.encode() + "Wójcik\r\n".encode("cp1250"))
    with pytest.raises(ImportFileError, match=r"late\.csv: line 22 is not valid UTF-8"):
        read_csv(path)


def test_the_score_prefers_the_alphabet_of_the_text() -> None:
    polish = "Łukasz Zieliński, Żaneta Świątek".encode("cp1250")
    assert score(polish.decode("cp1250"), "cp1250") > score(polish.decode("cp1252"), "cp1252")
    guess = guess_encoding(polish, complete=True)
    assert guess is not None
    assert guess.encoding == "cp1250"
    assert guess.label == "Windows-1250"


def test_ties_go_to_the_code_page_of_the_ui_language() -> None:
    # "ó" is the same byte and a letter of the alphabets of both 1250 and 1252.
    sample = "Józef Wójcik".encode("cp1250")
    assert guess_encoding(sample, complete=True, preferred="cp1250").encoding == "cp1250"  # type: ignore[union-attr]
    assert guess_encoding(sample, complete=True, preferred="cp1252").encoding == "cp1252"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        ("Last name;First name;Notes", (";", False)),
        ("Last name,First name,Notes", (",", False)),
        ("Last name\tFirst name", ("\t", False)),
        ('"Name, with comma";Other;Third', (";", False)),
        ('"a;b",c,d', (",", False)),
        ("sep=;", (";", True)),
        ("Last name", (",", False)),
    ],
)
def test_the_delimiter_is_the_one_the_header_uses(
    first_line: str, expected: tuple[str, bool]
) -> None:
    assert sniff_delimiter(first_line + "\r\nrest") == expected


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_every_delimiter_reads_the_same_people(
    tmp_path: Path, database: Database, delimiter: str
) -> None:
    rows = [HEADER[:4], ["Urząd, Koszalin", "public", "Anna", "Nowak; Kowalska"]]
    plan = plan_import(database, write_csv(tmp_path / "d.csv", rows, delimiter=delimiter))
    assert plan.delimiter == delimiter
    assert plan.rows[0].values.organisation == "Urząd, Koszalin"
    assert plan.rows[0].values.last_name == "Nowak; Kowalska"


def test_excel_sep_line_is_read_and_rows_are_numbered_after_it(
    tmp_path: Path, database: Database
) -> None:
    path = tmp_path / "sep.csv"
    path.write_text("sep=,\r\nLast name,Email\r\nNowak,not-an-email\r\n", encoding="utf-8")
    plan = plan_import(database, path)
    assert plan.header_row == 1
    assert [str(problem) for problem in plan.problems] == [
        "sep.csv, row 2, Email: not-an-email is not an e-mail address."
    ]


def test_quoted_cells_keep_line_breaks_and_count_as_one_row(
    tmp_path: Path, database: Database
) -> None:
    rows = [["Last name", "Notes", "Email"], ["Nowak", "line one\nline two", ""], ["Bad", "", "x"]]
    plan = plan_import(database, write_csv(tmp_path / "q.csv", rows))
    assert plan.rows[0].values.notes == "line one\nline two"
    assert plan.problems[0].row == 3  # a spreadsheet shows the record as one row


def test_blank_lines_and_a_title_above_the_header_are_skipped(
    tmp_path: Path, database: Database
) -> None:
    path = tmp_path / "title.csv"
    path.write_text(
        "Stakeholders of Koszalin;;\r\n;;\r\nFirst name;Last name;Email\r\n"
        "Anna;Nowak;a@b.pl\r\n;;\r\nJan;Kowalski;\r\n",
        encoding="utf-8",
    )
    plan = plan_import(database, path)
    assert plan.header_row == 3
    assert [row.row for row in plan.rows] == [4, 6]


def test_a_short_row_leaves_the_missing_cells_empty(tmp_path: Path, database: Database) -> None:
    path = tmp_path / "short.csv"
    path.write_text("Last name,First name,Email\r\nNowak\r\n", encoding="utf-8")
    (row,) = plan_import(database, path).rows
    assert (row.values.last_name, row.values.first_name, row.values.email) == ("Nowak", "", "")


def test_known_headers_settle_a_short_file_letters_cannot(
    tmp_path: Path, database: Database
) -> None:
    # "ę" is "ê" in 1252, a letter there too; only the header "Imię" tells them apart.
    path = tmp_path / "short.csv"
    path.write_bytes("Imię;Nazwisko\r\nAnna;Nowak\r\n".encode("cp1250"))
    plan = plan_import(database, path)
    assert plan.encoding == "cp1250"
    assert plan.mapping == {"Imię": "first_name", "Nazwisko": "last_name"}


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def test_a_polish_excel_csv_reads_whole(database: Database) -> None:
    """A file as Polish Excel saves "CSV (separated by semicolons)": Windows-1250, ';'."""
    plan = plan_import(database, FIXTURES / "people-pl-cp1250.csv")
    assert (plan.encoding, plan.delimiter) == ("cp1250", ";")
    assert plan.extra_columns == ()
    assert plan.problems == []
    second = plan.rows[1].values
    assert (second.first_name, second.last_name, second.gender.value) == (
        "Małgorzata",
        "Dąbrowska",
        "female",
    )
    assert second.groups == ("Grupa robocza: klauzule społeczne", "Newsletter")
    assert second.notes == "Zgoda na newsletter\nod 2024"
    assert plan.rows[2].values.notes == "=nie formuła"
    assert plan.counts.new_organisations == 3
