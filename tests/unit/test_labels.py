"""Every stored code has a label, and codes with equal text keep their own labels."""

from enum import StrEnum

import pytest

from lagdesk.core import labels
from lagdesk.db import codes

ENUMS = [
    value
    for value in vars(codes).values()
    if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
]


@pytest.mark.parametrize("enum_cls", ENUMS, ids=lambda e: e.__name__)
def test_every_code_has_a_label(enum_cls: type[StrEnum]) -> None:
    for member in enum_cls:
        assert labels.has_label(member), member
        assert labels.label(member)


def test_equal_codes_of_different_types_keep_their_own_labels() -> None:
    assert codes.Sector.PRIVATE == codes.FundingSource.PRIVATE  # the trap
    assert labels.label(codes.Sector.PRIVATE) == "Private"
    assert labels.label(codes.FundingSource.PRIVATE) == "Private funds"


def test_choices_follow_the_enum_order() -> None:
    assert [code for code, _ in labels.choices(codes.Sector)] == list(codes.Sector)
