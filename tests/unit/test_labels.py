"""Every stored code has a label, and codes with equal text keep their own labels."""

from enum import StrEnum

import pytest

from lagdesk.core import labels
from lagdesk.core.progress import ProgressStatus, status_label
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


#: Every code the Action plan and Indicators areas show, stored or computed.
PLAN_AND_INDICATOR_ENUMS = [
    codes.PlanStatus,
    codes.ObjectiveLevel,
    codes.ActionType,
    codes.ActionStatus,
    codes.GenderDimension,
    codes.FundingSource,
    codes.FundingStatus,
    codes.RiskCategory,
    codes.RiskStatus,
    codes.IndicatorLevel,
    codes.IndicatorUnit,
    codes.Polarity,
    codes.Accumulation,
    codes.Frequency,
    codes.Disaggregation,
    ProgressStatus,
]


@pytest.mark.parametrize("enum_cls", PLAN_AND_INDICATOR_ENUMS, ids=lambda e: e.__name__)
def test_every_plan_and_indicator_code_has_a_label(enum_cls: type[StrEnum]) -> None:
    for member in enum_cls:
        assert labels.has_label(member), member
        assert labels.label(member).strip()
    assert [code for code, _ in labels.choices(enum_cls)] == list(enum_cls)


def test_progress_status_labels_are_the_same_in_both_places() -> None:
    for status in ProgressStatus:
        assert labels.label(status) == status_label(status)
    assert labels.label(ProgressStatus.ON_TRACK) == "On track"
    assert labels.label(ProgressStatus.NO_DATA) == "No data"
