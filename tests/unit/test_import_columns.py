"""Header matching: case, accents, spaces, punctuation, variants and other languages."""

import pytest

from lagdesk.core.stakeholders.importing.columns import (
    FIELDS,
    HEADERS,
    VARIANTS,
    field_of_header,
    match_columns,
)
from lagdesk.core.support.table_files.cells import column_labels, column_letter, header_key


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Last name", "last_name"),
        ("LAST_NAME", "last_name"),
        ("last-name", "last_name"),
        ("  Last   Name ", "last_name"),
        ("Surname", "last_name"),
        ("Family name", "last_name"),
        ("first name", "first_name"),
        ("FirstName", "first_name"),
        ("Given name", "first_name"),
        ("E-mail", "email"),
        ("e_mail", "email"),
        ("Email address", "email"),
        ("Organization", "organisation"),
        ("organisation", "organisation"),
        ("Sector", "sector"),
        ("Power (1-5)", "power"),
        ("Interest [1–5]", "interest"),
        ("Telephone", "phone"),
        ("Groups", "groups"),
        ("Notes", "notes"),
        ("Gender", "gender"),
        ("Sex", "gender"),
        ("Job title", "role"),
        ("Nazwisko *", "last_name"),
        ("Imię", "first_name"),
        ("IMIE", "first_name"),
        ("Płeć", "gender"),
        ("Uzvārds", "last_name"),
        ("Vārds", "first_name"),
        ("E-pasts", "email"),
        ("Prenume", "first_name"),
        ("Nume", "last_name"),
        ("Organizație", "organisation"),
        ("Organizaţie", "organisation"),
        ("Фамилия", "last_name"),
        ("Име", "first_name"),
        ("Организация", "organisation"),
    ],
)
def test_headers_match_fields(header: str, field: str) -> None:
    assert field_of_header(header) == field


@pytest.mark.parametrize("header", ["Name", "Address", "", "Birthday", "ID"])
def test_unknown_headers_match_nothing(header: str) -> None:
    assert field_of_header(header) is None


def test_header_key_drops_case_accents_spaces_and_punctuation() -> None:
    assert header_key("  Łódź Ćma_x-y (hint) ") == "lodzcmaxy"
    assert header_key("É-MAIL") == "email"


def test_no_variant_stands_for_two_fields() -> None:
    owner: dict[str, str] = {}
    for field in FIELDS:
        for text in (*VARIANTS[field], HEADERS[field]):
            key = header_key(text)
            assert owner.setdefault(key, field) == field, (text, owner[key], field)


def test_extra_columns_are_reported_and_a_repeated_field_read_once() -> None:
    columns = match_columns(["Last name", "Shoe size", "", "Surname", "Email"])
    assert columns.fields == {"Last name": "last_name", "Email": "email"}
    assert columns.extra == ("Shoe size", "column C", "Surname")
    assert columns.present == {"last_name", "email"}


def test_a_mapping_replaces_the_guess() -> None:
    columns = match_columns(["Nom", "Prénom", "Courriel"], {"Nom": "last_name", "Courriel": ""})
    assert columns.fields == {"Nom": "last_name"}
    assert columns.extra == ("Prénom", "Courriel")


@pytest.mark.parametrize(
    "mapping",
    [{"Nope": "last_name"}, {"Nom": "shoe_size"}, {"Nom": "last_name", "Prénom": "last_name"}],
)
def test_a_wrong_mapping_is_refused(mapping: dict[str, str]) -> None:
    with pytest.raises(ValueError, match=r"Nope|shoe_size|last_name"):
        match_columns(["Nom", "Prénom"], mapping)


def test_labels_are_unique_and_name_empty_headers_by_letter() -> None:
    assert column_labels(["Notes", "Notes", " ", "Notes"]) == (
        "Notes",
        "Notes (2)",
        "column C",
        "Notes (3)",
    )
    assert [column_letter(n) for n in (1, 26, 27, 702, 703)] == ["A", "Z", "AA", "ZZ", "AAA"]
