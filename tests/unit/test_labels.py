"""Every stored code has a label, and codes with equal text keep their own labels."""

import ast
from enum import StrEnum
from pathlib import Path

import pytest

from lagdesk.core.indicators.progress import status_label
from lagdesk.core.support import labels
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
    codes.ProgressStatus,
]


@pytest.mark.parametrize("enum_cls", PLAN_AND_INDICATOR_ENUMS, ids=lambda e: e.__name__)
def test_every_plan_and_indicator_code_has_a_label(enum_cls: type[StrEnum]) -> None:
    for member in enum_cls:
        assert labels.has_label(member), member
        assert labels.label(member).strip()
    assert [code for code, _ in labels.choices(enum_cls)] == list(enum_cls)


def test_progress_status_labels_are_the_same_in_both_places() -> None:
    for status in codes.ProgressStatus:
        assert labels.label(status) == status_label(status)
    assert labels.label(codes.ProgressStatus.ON_TRACK) == "On track"
    assert labels.label(codes.ProgressStatus.NO_DATA) == "No data"


def test_words_shared_by_codes_of_different_kinds_have_their_own_contexts() -> None:
    # Polish: an open risk is "otwarte" (ryzyko), an open review comment "otwarta" (uwaga).
    risk, review = codes.RiskStatus.OPEN, codes.ReviewStatus.OPEN
    assert labels.source_label(risk) == labels.source_label(review) == "Open"
    assert labels.label_context(risk) == "RiskStatus"
    assert labels.label_context(review) == "ReviewStatus"
    assert labels.label_context(codes.NetworkPhase.CLOSED) == "NetworkPhase"
    assert labels.label_context(codes.RiskStatus.CLOSED) == "RiskStatus"
    # Words that are not shared stay in the common context.
    assert labels.label_context(codes.RiskStatus.MITIGATED) == labels.CONTEXT == "Codes"


def test_no_english_word_is_shared_within_one_context() -> None:
    """One context holds one translation per text; codes of different kinds sharing a
    word would have to share the translation too ("ESF+" is the same fund in both)."""
    seen: dict[tuple[str, str], list[StrEnum]] = {}
    for enum_cls in ENUMS:  # ProgressStatus included
        for member in enum_cls:
            key = (labels.label_context(member), labels.source_label(member))
            seen.setdefault(key, []).append(member)
    shared = {key: found for key, found in seen.items() if len({type(m) for m in found}) > 1}
    assert set(shared) == {("Codes", "ESF+")}


def test_each_label_is_translated_in_its_own_context(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, str]] = []

    def fake_translate(context: str, text: str, *_: object) -> str:
        asked.append((context, text))
        return f"{context}/{text}"

    monkeypatch.setattr(labels, "translate", fake_translate)
    assert labels.label(codes.RiskStatus.OPEN) == "RiskStatus/Open"
    assert labels.label(codes.ReviewStatus.OPEN) == "ReviewStatus/Open"
    assert labels.label(codes.FundingSource.OTHER) == "FundingSource/Other"
    assert labels.label(codes.Sector.PUBLIC) == "Codes/Public"
    assert labels.label_of(codes.RiskStatus, "closed") == "RiskStatus/Closed"
    assert dict(labels.choices(codes.ReviewStatus))[codes.ReviewStatus.OPEN] == "ReviewStatus/Open"
    assert labels.source_label(codes.NetworkPhase.CLOSED) == "Closed"


def test_the_marked_context_is_the_stored_context() -> None:
    """pyside6-lupdate files each text under the literal context of its QT_TRANSLATE_NOOP;
    label() must ask for it in that same context."""
    tree = ast.parse(Path(labels.__file__).read_text(encoding="utf-8"))
    marked: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Tuple) or not node.elts:
            continue
        call = node.elts[-1]
        if not (isinstance(call, ast.Call) and getattr(call.func, "id", "") == "QT_TRANSLATE_NOOP"):
            continue
        context, _text = (ast.literal_eval(arg) for arg in call.args)
        stored = ast.literal_eval(node.elts[1]) if len(node.elts) == 3 else labels.CONTEXT
        assert stored == context, ast.unparse(node)
        marked[ast.unparse(node.elts[0])] = context
    assert marked["c.RiskStatus.OPEN"] == "RiskStatus"
    assert marked["c.Sector.PUBLIC"] == "Codes"
    for enum_cls in ENUMS:
        for member in enum_cls:
            name = f"c.{enum_cls.__name__}.{member.name}"
            assert marked[name] == labels.label_context(member), name
