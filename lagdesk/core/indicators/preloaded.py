"""The procurement indicator library that every new database offers ready to use.

Coordinators in procurement networks measure much the same things (clause shares, trained
staff, spend with local and social-economy suppliers), so the library saves each city from
defining them again and keeps the cities' figures comparable. The rows are ordinary
indicators the user may edit; ``library_key`` remembers where each came from, so preloading
again never adds a duplicate.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.db.codes import Accumulation, Disaggregation, IndicatorLevel, IndicatorUnit
from lagdesk.db.database import Database
from lagdesk.db.models import Indicator
from lagdesk.i18n import QT_TRANSLATE_NOOP, translate

#: The Qt Linguist context. pyside6-lupdate only reads a literal context, so the
#: QT_TRANSLATE_NOOP calls below spell it out each time.
CONTEXT = "IndicatorLibrary"

_OUTPUT = IndicatorLevel.OUTPUT
_RESULT = IndicatorLevel.RESULT
_PERCENT = IndicatorUnit.PERCENT
_NUMBER = IndicatorUnit.NUMBER
_PERSONS = IndicatorUnit.PERSONS
_LATEST = Accumulation.LATEST
_CUMULATIVE = Accumulation.CUMULATIVE
_NONE = Disaggregation.NONE
_SEX = Disaggregation.SEX


@dataclass(frozen=True)
class LibraryIndicator:
    """One library entry; ``name`` and ``definition`` are English source text."""

    key: str
    code: str
    name: str
    definition: str
    level: IndicatorLevel
    unit: IndicatorUnit
    accumulation: Accumulation
    disaggregation: Disaggregation


def _share(key: str, code: str, name: str, definition: str) -> LibraryIndicator:
    return LibraryIndicator(key, code, name, definition, _RESULT, _PERCENT, _LATEST, _NONE)


def _count(
    key: str, code: str, name: str, definition: str, level: IndicatorLevel = _OUTPUT
) -> LibraryIndicator:
    return LibraryIndicator(key, code, name, definition, level, _NUMBER, _CUMULATIVE, _NONE)


def _people(key: str, code: str, name: str, definition: str) -> LibraryIndicator:
    return LibraryIndicator(key, code, name, definition, _OUTPUT, _PERSONS, _CUMULATIVE, _SEX)


LIBRARY: tuple[LibraryIndicator, ...] = (
    _share(
        "green_clauses_by_number",
        "PROC-01",
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary", "Contracts above EUR 10 000 with green clauses (share by number)"
        ),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Contracts above EUR 10 000 signed in the period that contain at least one green clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.",
        ),
    ),
    _share(
        "green_clauses_by_value",
        "PROC-02",
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary", "Contracts above EUR 10 000 with green clauses (share by value)"
        ),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Value of the contracts above EUR 10 000 with at least one green clause (specification, selection, award or contract conditions) as a percentage of the value of all contracts above EUR 10 000 signed in the period.",
        ),
    ),
    _share(
        "social_clauses_by_number",
        "PROC-03",
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary", "Contracts above EUR 10 000 with social clauses (share by number)"
        ),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Contracts above EUR 10 000 signed in the period that contain at least one social clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.",
        ),
    ),
    _share(
        "social_clauses_by_value",
        "PROC-04",
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary", "Contracts above EUR 10 000 with social clauses (share by value)"
        ),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Value of the contracts above EUR 10 000 with at least one social clause as a percentage of the value of all contracts above EUR 10 000 signed in the period.",
        ),
    ),
    _share(
        "gender_clauses_by_number",
        "PROC-05",
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary", "Contracts above EUR 10 000 with gender clauses (share by number)"
        ),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Contracts above EUR 10 000 signed in the period that contain at least one gender-equality clause in the specification, selection, award criteria or contract conditions, as a percentage of all contracts above EUR 10 000 signed in the period.",
        ),
    ),
    _share(
        "gender_clauses_by_value",
        "PROC-06",
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary", "Contracts above EUR 10 000 with gender clauses (share by value)"
        ),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Value of the contracts above EUR 10 000 with at least one gender-equality clause as a percentage of the value of all contracts above EUR 10 000 signed in the period.",
        ),
    ),
    _count(
        "gpp_criteria_tenders",
        "PROC-07",
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary", "Tenders using EU GPP core or comprehensive criteria"
        ),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Tenders published that apply the EU green public procurement (GPP) core or comprehensive criteria for their product group.",
        ),
    ),
    _count(
        "life_cycle_costing_tenders",
        "PROC-08",
        QT_TRANSLATE_NOOP("IndicatorLibrary", "Tenders using life-cycle costing"),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Tenders published in which the most economically advantageous tender is identified with life-cycle costing rather than purchase price alone.",
        ),
    ),
    _people(
        "procurement_staff_trained",
        "PROC-09",
        QT_TRANSLATE_NOOP("IndicatorLibrary", "Procurement staff trained (by sex)"),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Staff of the contracting authority working on procurement who completed training on strategic (green, social or gender-responsive) procurement, counted once per person, by sex.",
        ),
    ),
    _people(
        "contract_staff_gender_trained",
        "PROC-10",
        QT_TRANSLATE_NOOP("IndicatorLibrary", "Contract staff trained in gender issues (by sex)"),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Contract managers and staff who monitor contract performance and completed training on gender issues in public contracts, counted once per person, by sex.",
        ),
    ),
    _count(
        "gender_balance_targets",
        "PROC-11",
        QT_TRANSLATE_NOOP("IndicatorLibrary", "Contracts with gender-balance or pay-gap targets"),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Contracts signed whose conditions set the supplier a target for the gender balance of the staff delivering the contract or for closing its gender pay gap.",
        ),
    ),
    _share(
        "spend_local_suppliers",
        "PROC-12",
        QT_TRANSLATE_NOOP("IndicatorLibrary", "Share of procurement spend with local suppliers"),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Payments to suppliers registered in the functional urban area as a percentage of all procurement payments in the period.",
        ),
    ),
    _share(
        "spend_smes",
        "PROC-13",
        QT_TRANSLATE_NOOP("IndicatorLibrary", "Share of procurement spend with SMEs"),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Payments to small and medium-sized enterprises as a percentage of all procurement payments in the period.",
        ),
    ),
    _share(
        "spend_social_economy",
        "PROC-14",
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary", "Share of procurement spend with social-economy enterprises"
        ),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Payments to social-economy enterprises (social cooperatives, work integration social enterprises, NGOs with economic activity) as a percentage of all procurement payments in the period.",
        ),
    ),
    _share(
        "spend_women_led",
        "PROC-15",
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary", "Share of procurement spend with women-led businesses"
        ),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Payments to businesses owned or managed mainly by women as a percentage of all procurement payments in the period.",
        ),
    ),
    _count(
        "reserved_contracts",
        "PROC-16",
        QT_TRANSLATE_NOOP("IndicatorLibrary", "Reserved contracts awarded"),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Contracts awarded in procedures reserved for sheltered workshops, social enterprises or other operators whose main aim is the integration of disabled or disadvantaged people.",
        ),
        _RESULT,
    ),
    LibraryIndicator(
        "disadvantaged_jobs_social_clauses",
        "PROC-17",
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Jobs for disadvantaged people created through social clauses (by sex)",
        ),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "People from disadvantaged groups hired by suppliers to meet the social clauses of municipal contracts, counted once per person, by sex.",
        ),
        _RESULT,
        _PERSONS,
        _CUMULATIVE,
        _SEX,
    ),
    _count(
        "market_engagement_events",
        "PROC-18",
        QT_TRANSLATE_NOOP("IndicatorLibrary", "Market-engagement events held"),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Preliminary market consultations, supplier days and meet-the-buyer events held before tendering.",
        ),
    ),
    LibraryIndicator(
        "procurement_strategy_adopted",
        "PROC-19",
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary", "Procurement strategy with green, social and gender content adopted"
        ),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Yes when the city council has adopted a procurement strategy or policy that sets green, social and gender-equality objectives for municipal purchasing.",
        ),
        _RESULT,
        IndicatorUnit.YES_NO,
        _LATEST,
        _NONE,
    ),
    LibraryIndicator(
        "co2_avoided_green_contracts",
        "PROC-20",
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary", "Greenhouse gas emissions avoided through green contracts"
        ),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Estimated tonnes of CO2 equivalent avoided over the contract period by contracts with green clauses, compared with the previous contract or a standard product.",
        ),
        _RESULT,
        IndicatorUnit.TCO2E,
        _CUMULATIVE,
        _NONE,
    ),
    _count(
        "hazardous_substances_excluded",
        "PROC-21",
        QT_TRANSLATE_NOOP("IndicatorLibrary", "Contracts excluding listed hazardous substances"),
        QT_TRANSLATE_NOOP(
            "IndicatorLibrary",
            "Contracts whose specification excludes substances on a hazardous-substance list (such as the EU candidate list of substances of very high concern) from the goods supplied or used.",
        ),
    ),
)


def library_indicator(key: str) -> LibraryIndicator:
    for item in LIBRARY:
        if item.key == key:
            return item
    raise KeyError(key)


def _free_code(code: str, taken: set[str]) -> str:
    """The library code, or a suffixed one when the user already uses that code."""
    candidate, n = code, 1
    while candidate in taken:
        n += 1
        candidate = f"{code}-{n}"
    return candidate


def preload_library(session: Session) -> int:
    """Add the library indicators the database does not hold yet; returns how many."""
    present = set(
        session.scalars(sa.select(Indicator.library_key).where(Indicator.library_key != ""))
    )
    taken = set(session.scalars(sa.select(Indicator.code)))
    inserted = 0
    for item in LIBRARY:
        if item.key in present:
            continue
        code = _free_code(item.code, taken)
        taken.add(code)
        session.add(
            Indicator(
                code=code,
                name=translate(CONTEXT, item.name),
                definition=translate(CONTEXT, item.definition),
                level=item.level,
                unit=item.unit,
                accumulation=item.accumulation,
                disaggregation=item.disaggregation,
                library_key=item.key,
            )
        )
        inserted += 1
    session.flush()
    return inserted


def set_up_new_file(database: Database) -> int:
    """What every new lagdesk file starts with: the procurement indicator library, in the
    language in use (editable afterwards like the user's own). Returns the indicators added."""
    with database.session() as session:
        return preload_library(session)
