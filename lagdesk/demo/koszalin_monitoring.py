"""Koszalin's monitoring framework and the lead expert's review (demo data).

Indicators come from the procurement library (matched by key) plus one of the city's
own. Their measurements cover every status the progress screen shows: on track, at risk,
achieved-so-far, and one indicator with no data at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lagdesk.db.codes import (
    Accumulation,
    Disaggregation,
    Frequency,
    IndicatorLevel,
    IndicatorUnit,
    ReviewItemKind,
)

REGISTER = "Contract register of the Public Procurement Department"


@dataclass(frozen=True)
class MeasurementData:
    measured_on: date
    value: float
    note: str = ""
    #: (female, male) for sex-disaggregated indicators.
    by_sex: tuple[float, float] | None = None


@dataclass(frozen=True)
class IndicatorUse:
    """How the plan uses one indicator: its values, owner, links and measurements."""

    library_key: str
    baseline: float
    baseline_on: date
    target: float
    target_on: date
    data_source: str
    collection_method: str
    frequency: Frequency
    owner: str
    objectives: tuple[str, ...]
    actions: tuple[str, ...]
    milestones: tuple[tuple[date, float], ...]
    measurements: tuple[MeasurementData, ...]


M = MeasurementData
END_2022, END_2027 = date(2022, 12, 31), date(2027, 12, 31)
HALF, YEAR = Frequency.HALF_YEARLY, Frequency.YEARLY
REVIEW_OF_REGISTER = "Review of contracts above EUR 10 000 in the register"

INDICATOR_USES: tuple[IndicatorUse, ...] = (
    IndicatorUse("gender_clauses_by_number", 2.0, END_2022, 50.0, END_2027, REGISTER, REVIEW_OF_REGISTER, HALF, "lewandowska", ("1.1",), ("1.1.2", "1.1.3"), ((date(2025, 12, 31), 25.0), (date(2026, 12, 31), 40.0)), (M(date(2023, 12, 31), 3.1, "Review of 2023 contracts"), M(date(2024, 6, 30), 6.5), M(date(2024, 12, 31), 12.0), M(date(2025, 6, 30), 18.5))),
    IndicatorUse("social_clauses_by_number", 8.0, END_2022, 40.0, END_2027, REGISTER, REVIEW_OF_REGISTER, YEAR, "kaminski", ("1.1",), ("1.1.3",), ((date(2025, 12, 31), 25.0),), (M(date(2023, 12, 31), 9.0), M(date(2024, 12, 31), 15.0), M(date(2025, 6, 30), 19.0, "Half-year figure"))),
    IndicatorUse("green_clauses_by_value", 22.0, END_2022, 60.0, END_2027, REGISTER, "Value of contracts with green clauses over the value of all contracts above EUR 10 000", YEAR, "kaczmarek", ("3.1",), ("3.1.1", "3.1.2", "3.1.3"), ((date(2025, 12, 31), 40.0),), (M(date(2023, 12, 31), 24.0), M(date(2024, 12, 31), 31.0), M(date(2025, 6, 30), 35.0))),
    IndicatorUse("procurement_staff_trained", 0.0, date(2024, 1, 1), 40.0, date(2026, 12, 31), "Training attendance lists", "Count of staff completing at least three of the four modules", HALF, "wojcik", ("1.2",), ("1.2.1",), ((date(2025, 6, 30), 20.0),), (M(date(2024, 12, 15), 9.0, "Module 1", (7.0, 2.0)), M(date(2025, 3, 31), 12.0, "Module 2", (8.0, 4.0)), M(date(2025, 6, 30), 6.0, "Module 3", (4.0, 2.0)))),
    IndicatorUse("contract_staff_gender_trained", 0.0, date(2025, 1, 1), 25.0, date(2026, 12, 31), "Training attendance lists", "Count of contract managers trained", HALF, "lewandowska", ("1.2",), ("1.2.2",), ((date(2026, 6, 30), 15.0),), ()),
    IndicatorUse("spend_social_economy", 0.4, END_2022, 3.0, END_2027, "Financial system, payments by supplier", "Payments to suppliers on the regional social-economy register", YEAR, "gorska", ("2.2",), ("2.2.1", "2.2.2"), ((date(2025, 12, 31), 1.5),), (M(date(2023, 12, 31), 0.5), M(date(2024, 12, 31), 0.9))),
    IndicatorUse("spend_women_led", 6.0, END_2022, 12.0, END_2027, "Financial system and supplier survey", "Payments to suppliers declaring majority female ownership or management", YEAR, "michalak", ("2.2",), ("2.2.1",), ((date(2025, 12, 31), 8.0),), (M(date(2024, 12, 31), 6.8, "First supplier survey"),)),
    IndicatorUse("reserved_contracts", 0.0, END_2022, 4.0, END_2027, REGISTER, "Count of contracts awarded under article 94", YEAR, "wojciechowski", ("2.2",), ("2.2.2",), ((date(2025, 12, 31), 1.0),), (M(date(2025, 2, 28), 1.0, "School catering pilot awarded"),)),
    IndicatorUse("market_engagement_events", 0.0, END_2022, 6.0, END_2027, "Meeting records", "Count of supplier days and preliminary market consultations", YEAR, "gorska", ("2.1",), ("2.1.1",), ((date(2025, 12, 31), 2.0),), (M(date(2024, 12, 10), 1.0, "Supplier dialogue day"),)),
    IndicatorUse("procurement_strategy_adopted", 0.0, END_2022, 1.0, date(2025, 12, 31), "Council resolutions", "Yes when the council adopts the strategy", YEAR, "zielinski", ("1.1",), ("1.1.1",), (), (M(date(2024, 12, 31), 0.0, "Draft in preparation"),)),
    IndicatorUse("life_cycle_costing_tenders", 0.0, END_2022, 5.0, END_2027, REGISTER, "Count of tenders awarded on life-cycle cost", YEAR, "kaczmarek", ("3.1",), ("3.1.1", "3.1.2", "3.1.3"), ((date(2025, 12, 31), 2.0),), (M(date(2025, 5, 31), 1.0, "Cleaning services tender"),)),
)  # fmt: skip


@dataclass(frozen=True)
class OwnIndicator:
    code: str
    name: str
    definition: str
    level: IndicatorLevel
    unit: IndicatorUnit
    accumulation: Accumulation
    disaggregation: Disaggregation
    use: IndicatorUse


OWN_INDICATORS: tuple[OwnIndicator, ...] = (
    OwnIndicator(
        "KOS-01",
        "Local group members taking part in at least two meetings a year (by sex)",
        "Members of the URBACT local group who attended two or more local group meetings or workshops in the calendar year.",
        IndicatorLevel.OUTPUT,
        IndicatorUnit.PERSONS,
        Accumulation.LATEST,
        Disaggregation.SEX,
        IndicatorUse("", 0.0, date(2023, 9, 26), 30.0, date(2025, 12, 31), "lagdesk attendance records", "Count from the attendance register", YEAR, "wojcik", ("1", "2", "3"), (), ((date(2024, 12, 31), 25.0),), (M(date(2023, 12, 31), 22.0, "", (15.0, 7.0)), M(date(2024, 12, 31), 27.0, "", (18.0, 9.0)))),
    ),
)  # fmt: skip

VERSION_NAME = "Draft for lead expert review"
VERSION_NOTE = "Sent to the lead expert after the local group meeting of 18 March 2025."
REVIEWER = "Teresa Almeida (lead expert)"
REVIEWED_ON = date(2025, 5, 15)
REVIEW_SUMMARY = "A well-grounded draft with an exemplary participatory process. The objective tree is coherent; resourcing of the investment actions and the data collection behind the gender indicators need more work before the final version."

#: Criterion code, score 0-3, comment.
REVIEW_SCORES: tuple[tuple[str, int, str], ...] = (
    (
        "coherence",
        2,
        "Clear logic from problem tree to objectives; objective 3 mixes green purchasing and reporting.",
    ),
    ("participation", 3, "Broad local group with all four sectors; tools well documented."),
    (
        "integration",
        2,
        "Links to the equality action plan are explained; link to the climate plan is missing.",
    ),
    ("resourcing", 1, "Large funding gap on street lighting; ESF+ lines not yet applied for."),
    (
        "monitoring",
        1,
        "Baselines are there, but the method for sex-disaggregated data is not described.",
    ),
)

#: Item kind, item code, comment, city's response, resolved.
REVIEW_COMMENTS: tuple[tuple[ReviewItemKind, str, str, str, bool], ...] = (
    (
        ReviewItemKind.PLAN,
        "",
        "Add a short executive summary with the key figures.",
        "Added in the June draft.",
        True,
    ),
    (
        ReviewItemKind.OBJECTIVE,
        "3.2",
        "Reporting is a means, not an objective: consider moving it under objective 1.",
        "",
        False,
    ),
    (
        ReviewItemKind.ACTION,
        "3.1.3",
        "Only 15 % of the cost is secured: show a phased option.",
        "Phasing under discussion with the budget office.",
        False,
    ),
    (
        ReviewItemKind.ACTION,
        "2.2.3",
        "Explain in the text why the action was cancelled.",
        "Explained in the description.",
        True,
    ),
    (
        ReviewItemKind.INDICATOR,
        "PROC-10",
        "No data yet: say when the first measurement is expected.",
        "",
        False,
    ),
    (
        ReviewItemKind.INDICATOR,
        "PROC-15",
        "How do you know which suppliers are women-led?",
        "Supplier survey, see the collection method.",
        True,
    ),
)
