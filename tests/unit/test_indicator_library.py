"""The procurement indicator library: complete against DOMAIN.md, and preloading is idempotent."""

import re

import pytest
import sqlalchemy as sa

from lagdesk.core.indicators.preloaded import LIBRARY, library_indicator, preload_library
from lagdesk.db.codes import Accumulation, Disaggregation, IndicatorUnit
from lagdesk.db.database import Database
from lagdesk.db.models import Indicator

# Every item of "Procurement indicator library" in DOMAIN.md: key -> (unit, disaggregation).
DOMAIN_ITEMS = {
    "green_clauses_by_number": (IndicatorUnit.PERCENT, Disaggregation.NONE),
    "green_clauses_by_value": (IndicatorUnit.PERCENT, Disaggregation.NONE),
    "social_clauses_by_number": (IndicatorUnit.PERCENT, Disaggregation.NONE),
    "social_clauses_by_value": (IndicatorUnit.PERCENT, Disaggregation.NONE),
    "gender_clauses_by_number": (IndicatorUnit.PERCENT, Disaggregation.NONE),
    "gender_clauses_by_value": (IndicatorUnit.PERCENT, Disaggregation.NONE),
    "gpp_criteria_tenders": (IndicatorUnit.NUMBER, Disaggregation.NONE),
    "life_cycle_costing_tenders": (IndicatorUnit.NUMBER, Disaggregation.NONE),
    "procurement_staff_trained": (IndicatorUnit.PERSONS, Disaggregation.SEX),
    "contract_staff_gender_trained": (IndicatorUnit.PERSONS, Disaggregation.SEX),
    "gender_balance_targets": (IndicatorUnit.NUMBER, Disaggregation.NONE),
    "spend_local_suppliers": (IndicatorUnit.PERCENT, Disaggregation.NONE),
    "spend_smes": (IndicatorUnit.PERCENT, Disaggregation.NONE),
    "spend_social_economy": (IndicatorUnit.PERCENT, Disaggregation.NONE),
    "spend_women_led": (IndicatorUnit.PERCENT, Disaggregation.NONE),
    "reserved_contracts": (IndicatorUnit.NUMBER, Disaggregation.NONE),
    "disadvantaged_jobs_social_clauses": (IndicatorUnit.PERSONS, Disaggregation.SEX),
    "market_engagement_events": (IndicatorUnit.NUMBER, Disaggregation.NONE),
    "procurement_strategy_adopted": (IndicatorUnit.YES_NO, Disaggregation.NONE),
    "co2_avoided_green_contracts": (IndicatorUnit.TCO2E, Disaggregation.NONE),
    "hazardous_substances_excluded": (IndicatorUnit.NUMBER, Disaggregation.NONE),
}

# Words of DOMAIN.md each library name must carry, so the list reads as the domain does.
NAME_WORDS = {
    "green_clauses_by_value": ("green", "value", "10 000"),
    "social_clauses_by_number": ("social", "number"),
    "gender_clauses_by_number": ("gender", "number"),
    "gpp_criteria_tenders": ("GPP",),
    "life_cycle_costing_tenders": ("life-cycle",),
    "procurement_staff_trained": ("staff", "sex"),
    "spend_women_led": ("women-led",),
    "disadvantaged_jobs_social_clauses": ("disadvantaged", "sex"),
    "procurement_strategy_adopted": ("strategy", "gender"),
    "hazardous_substances_excluded": ("hazardous",),
}


def library_rows(database: Database) -> list[Indicator]:
    with database.reading() as session:
        return list(session.scalars(sa.select(Indicator).order_by(Indicator.code)))


def test_every_domain_item_is_in_the_library() -> None:
    keys = {item.key for item in LIBRARY}
    assert set(DOMAIN_ITEMS) <= keys
    for key, (unit, disaggregation) in DOMAIN_ITEMS.items():
        item = library_indicator(key)
        assert (item.unit, item.disaggregation) == (unit, disaggregation), key
    for key, words in NAME_WORDS.items():
        name = library_indicator(key).name
        assert all(word in name for word in words), name


def test_library_entries_are_well_formed() -> None:
    assert 18 <= len(LIBRARY) <= 25
    assert len({item.key for item in LIBRARY}) == len(LIBRARY)
    assert len({item.code for item in LIBRARY}) == len(LIBRARY)
    assert len({item.name for item in LIBRARY}) == len(LIBRARY)
    for item in LIBRARY:
        assert re.fullmatch(r"PROC-\d\d", item.code)
        assert item.definition
        assert item.name
        # Shares are a state (latest value); counts of events or people add up.
        if item.unit == IndicatorUnit.PERCENT:
            assert item.accumulation == Accumulation.LATEST
        if item.unit in (IndicatorUnit.PERSONS, IndicatorUnit.TCO2E):
            assert item.accumulation == Accumulation.CUMULATIVE


def test_unknown_key_raises() -> None:
    with pytest.raises(KeyError):
        library_indicator("no_such_indicator")


def test_preload_inserts_the_library_once(database: Database) -> None:
    with database.session() as session:
        assert preload_library(session) == len(LIBRARY)
    with database.session() as session:
        assert preload_library(session) == 0
    rows = library_rows(database)
    assert len(rows) == len(LIBRARY)
    by_key = {row.library_key: row for row in rows}
    for item in LIBRARY:
        row = by_key[item.key]
        assert (row.code, row.name, row.definition) == (item.code, item.name, item.definition)
        assert (row.unit, row.level, row.accumulation) == (item.unit, item.level, item.accumulation)
        assert row.disaggregation == item.disaggregation


def test_preload_restores_only_what_was_deleted(database: Database) -> None:
    with database.session() as session:
        preload_library(session)
    with database.session() as session:
        session.execute(sa.delete(Indicator).where(Indicator.library_key == "spend_smes"))
    with database.session() as session:
        assert preload_library(session) == 1
    assert len(library_rows(database)) == len(LIBRARY)


def test_preload_keeps_clear_of_the_users_own_codes(database: Database) -> None:
    with database.session() as session:
        session.add(Indicator(code="PROC-01", name="My own indicator"))
    with database.session() as session:
        assert preload_library(session) == len(LIBRARY)
    by_key = {row.library_key: row.code for row in library_rows(database)}
    assert by_key["green_clauses_by_number"] == "PROC-01-2"
    assert by_key[""] == "PROC-01"
