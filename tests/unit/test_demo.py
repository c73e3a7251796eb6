"""The demo databases: content, determinism, one transaction, refusal of a used file."""

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from lagdesk.core.indicators.preloaded import LIBRARY, preload_library
from lagdesk.db.base import Base
from lagdesk.db.database import Database, open_database
from lagdesk.db.models import (
    Action,
    Attachment,
    Attendance,
    ConsentRecord,
    FundingLine,
    GroupMembership,
    Indicator,
    Measurement,
    MeasurementBreakdown,
    Meeting,
    Objective,
    Organisation,
    Partner,
    Person,
    PowerInterestAssessment,
    StakeholderGroup,
    TransnationalMeeting,
)
from lagdesk.demo import DemoSummary, DemoTargetNotEmptyError, build_demo, large_plan, small_plan
from lagdesk.errors import UserError

POLISH_LETTERS = set("ąęłńóśźż")


def table_counts(database: Database) -> dict[str, int]:
    with database.reading() as session:
        return {
            table.name: session.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }


def pragma(database: Database, name: str) -> list[tuple[object, ...]]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(f"PRAGMA {name}")]


def people_names(database: Database) -> list[str]:
    with database.reading() as session:
        rows = session.execute(sa.select(Person.first_name, Person.last_name).order_by(Person.id))
        return [f"{first} {last}" for first, last in rows]


def action_codes(database: Database) -> list[str]:
    with database.reading() as session:
        return list(session.scalars(sa.select(Action.code).order_by(Action.id)))


@pytest.fixture
def small(database: Database) -> DemoSummary:
    return build_demo(database, "small", seed=1)


def open_fresh(tmp_path: Path, name: str) -> Database:
    return open_database(tmp_path / name)


def test_small_counts_are_in_the_expected_ranges(database: Database, small: DemoSummary) -> None:
    counts = small.counts
    assert small.size == "small"
    expected = {
        "person": (35, 50),
        "organisation": (18, 25),
        "stakeholder_group": (4, 8),
        "meeting": (10, 14),
        "attendance": (150, 500),
        "decision": (12, 40),
        "task": (10, 40),
        "objective": (6, 12),
        "action": (13, 18),
        "risk": (6, 10),
        "funding_line": (15, 45),
        "measurement": (15, 40),
        "partner": (9, 9),
        "transnational_meeting": (4, 4),
        "plan_version": (1, 1),
        "review": (1, 1),
    }
    for table, (low, high) in expected.items():
        assert low <= counts[table] <= high, (table, counts[table])
    assert counts["indicator"] == len(LIBRARY) + 1  # the library and one own indicator
    # The summary tells exactly what is in the file.
    assert {t: n for t, n in table_counts(database).items() if n} == counts


def test_small_is_clean_for_sqlite(database: Database, small: DemoSummary) -> None:
    assert pragma(database, "foreign_key_check") == []
    assert pragma(database, "integrity_check") == [("ok",)]


def test_small_has_every_sector_and_mixed_genders(database: Database, small: DemoSummary) -> None:
    with database.reading() as session:
        sectors = set(session.scalars(sa.select(Organisation.sector)))
        genders = Counter(session.scalars(sa.select(Person.gender)))
        without_organisation = session.scalar(
            sa.select(sa.func.count()).where(Person.organisation_id.is_(None))
        )
    assert sectors == {"public", "private", "civic", "knowledge"}
    assert genders["female"] > 10
    assert genders["male"] > 10
    assert genders["unknown"] >= 1
    assert genders["prefer_not_to_say"] >= 1
    assert without_organisation >= 1


def test_small_names_carry_polish_diacritics(database: Database, small: DemoSummary) -> None:
    letters = set("".join(people_names(database)).lower())
    assert letters >= POLISH_LETTERS
    with database.reading() as session:
        organisation_names = "".join(session.scalars(sa.select(Organisation.name)))
    assert "Politechnika Koszalińska" in organisation_names
    assert "Urząd Miejski w Koszalinie" in organisation_names


def test_small_is_deterministic(tmp_path: Path) -> None:
    first, second = open_fresh(tmp_path, "a.sqlite"), open_fresh(tmp_path, "b.sqlite")
    try:
        assert build_demo(first, seed=5).counts == build_demo(second, seed=5).counts
        assert people_names(first) == people_names(second)
        assert action_codes(first) == action_codes(second)
        with first.reading() as a, second.reading() as b:
            statuses = sa.select(Attendance.meeting_id, Attendance.person_id, Attendance.status)
            assert (
                a.execute(statuses.order_by(Attendance.id)).all()
                == b.execute(statuses.order_by(Attendance.id)).all()
            )
    finally:
        first.close()
        second.close()


def test_small_groups_memberships_and_history(database: Database, small: DemoSummary) -> None:
    with database.reading() as session:
        groups = session.scalars(sa.select(StakeholderGroup)).all()
        local = [g for g in groups if g.kind == "local_group"]
        assert len(local) == 1
        children = {g.kind for g in groups if g.parent_id == local[0].id}
        assert children == {"working_group", "steering_board"}
        leavers = session.scalars(
            sa.select(GroupMembership).where(GroupMembership.left_on.is_not(None))
        )
        assert len(leavers.all()) >= 3
        organisation_members = session.scalars(
            sa.select(GroupMembership).where(GroupMembership.organisation_id.is_not(None))
        ).all()
        assert organisation_members
        assessed = Counter(session.scalars(sa.select(PowerInterestAssessment.person_id)))
        assert sum(1 for n in assessed.values() if n >= 2) >= 5
        consents = session.scalars(sa.select(ConsentRecord)).all()
        assert {c.purpose for c in consents} == {
            "local_group_membership",
            "photo_publication",
            "contact_sharing",
            "newsletter",
        }
        withdrawn = [c for c in consents if c.withdrawn_on is not None]
        assert withdrawn
        assert all(c.withdrawn_on >= c.given_on for c in withdrawn)


def test_small_meetings(database: Database, small: DemoSummary) -> None:
    with database.reading() as session:
        meetings = session.scalars(sa.select(Meeting).order_by(Meeting.starts_at)).all()
        assert meetings[0].starts_at.date() >= date(2023, 9, 1)
        assert meetings[-1].starts_at.date() <= date(2025, 6, 30)
        assert len({m.type for m in meetings}) >= 6
        assert all(m.retention_until == date(2031, 12, 31) for m in meetings)
        assert all("<h2>" in m.minutes and "<ul>" in m.minutes for m in meetings)
        kickoff = meetings[0]
        assert kickoff.timezone == "Europe/Warsaw"
        assert kickoff.starts_at.hour == 14  # 16:00 in Warsaw, summer time
        statuses = Counter(session.scalars(sa.select(Attendance.status)))
        assert statuses["attended"] > statuses["excused"] > 0
        assert statuses["no_show"] > 0
        walk_ins = session.scalar(sa.select(sa.func.count()).where(Attendance.is_walk_in))
        assert walk_ins >= 3
        linked = session.scalars(
            sa.select(TransnationalMeeting).where(TransnationalMeeting.meeting_id.is_not(None))
        ).one()
        assert linked.start_date == date(2024, 9, 17)
        delegation = session.scalars(
            sa.select(Attendance).where(Attendance.meeting_id == linked.meeting_id)
        ).all()
        assert delegation
        assert all(a.status == "attended" for a in delegation)
        assert session.get(Meeting, linked.meeting_id).type == "transnational_meeting"
        own = session.scalars(sa.select(Partner).where(Partner.is_own)).one()
        assert (own.name, own.country, own.cofinancing_rate) == ("Koszalin", "PL", 80.0)
        flags = {
            (a.identifiable, a.consent_checked, a.publishable)
            for a in session.scalars(sa.select(Attachment).where(Attachment.kind == "photo"))
        }
        assert len(flags) >= 3


def test_small_plan(database: Database, small: DemoSummary) -> None:
    with database.reading() as session:
        objectives = {o.id: o for o in session.scalars(sa.select(Objective))}
        assert sum(1 for o in objectives.values() if o.level == "strategic") == 3
        actions = session.scalars(sa.select(Action)).all()
        for action in actions:
            assert action.code.startswith(objectives[action.objective_id].code + ".")
            assert re.fullmatch(r"\d+\.\d+\.\d+", action.code)
        assert len({a.status for a in actions}) == 5
        assert len({a.type for a in actions}) == 6
        assert sum(1 for a in actions if a.source_decision_id is not None) >= 3
        funding = session.scalars(sa.select(FundingLine)).all()
        assert {f.status for f in funding} == {"secured", "applied", "potential"}
        secured = Counter[int]()
        for line in funding:
            if line.status == "secured":
                secured[line.action_id] += int(line.amount)
        gaps = [a for a in actions if (a.estimated_cost or 0) > secured[a.id]]
        assert len(gaps) >= 3


def test_small_indicators(database: Database, small: DemoSummary) -> None:
    with database.reading() as session:
        measured = set(session.scalars(sa.select(Measurement.indicator_id)))
        used = session.scalars(
            sa.select(Indicator).where(Indicator.target_value.is_not(None))
        ).all()
        assert 10 <= len(used) <= 14
        assert {i.accumulation for i in used} == {"latest", "cumulative"}
        assert sum(1 for i in used if i.id not in measured) == 1
        breakdowns = session.scalars(sa.select(MeasurementBreakdown)).all()
        assert {(b.dimension, b.category) for b in breakdowns} == {
            ("sex", "female"),
            ("sex", "male"),
        }


def test_second_build_is_refused_and_changes_nothing(
    database: Database, small: DemoSummary
) -> None:
    before = table_counts(database)
    with pytest.raises(DemoTargetNotEmptyError) as raised:
        build_demo(database, "small")
    assert str(database.path) in str(raised.value)
    assert isinstance(raised.value, UserError)  # shown to the user as a one-line message
    with pytest.raises(DemoTargetNotEmptyError):
        build_demo(database, "large", scale=0.01)
    assert table_counts(database) == before


def test_a_file_with_only_the_library_takes_the_demo(database: Database) -> None:
    with database.session() as session:
        preload_library(session)
    summary = build_demo(database)
    assert summary.counts["indicator"] == 1  # only the city's own; the library was there
    assert summary.counts["person"] > 0


def test_a_failure_midway_leaves_the_file_empty(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(small_plan, "add_monitoring", fail)
    with pytest.raises(RuntimeError, match="disk full"):
        build_demo(database, "small")
    monkeypatch.setattr(large_plan, "add_reviews", fail)
    with pytest.raises(RuntimeError, match="disk full"):
        build_demo(database, "large", scale=0.01)
    assert not any(table_counts(database).values())


def test_bad_arguments(database: Database) -> None:
    with pytest.raises(ValueError, match="size"):
        build_demo(database, "medium")
    with pytest.raises(ValueError, match="scale"):
        build_demo(database, "large", scale=0)


def test_progress_is_reported_between_phases(database: Database) -> None:
    messages: list[str] = []
    build_demo(database, "large", scale=0.01, progress=messages.append)
    assert len(messages) >= 6
    assert all(isinstance(m, str) and m for m in messages)


def test_large_scaled_down_keeps_the_proportions(database: Database) -> None:
    summary = build_demo(database, "large", scale=0.01)
    counts = summary.counts
    assert counts["person"] == 200
    assert counts["organisation"] == 50
    assert counts["meeting"] == 30
    assert counts["attendance"] == 2_000
    assert counts["action"] == 20
    assert counts["indicator"] == 10 + len(LIBRARY)
    assert counts["measurement"] == 500
    assert counts["funding_line"] == 40
    assert counts["risk"] == 3
    assert counts["partner"] == 10
    assert counts["group_membership"] > counts["person"]
    assert pragma(database, "foreign_key_check") == []
    assert pragma(database, "integrity_check") == [("ok",)]
    with database.reading() as session:
        assert session.scalar(sa.select(sa.func.min(Meeting.starts_at))).year >= 2021
        assert session.scalar(sa.select(sa.func.max(Meeting.starts_at))).year <= 2025


def test_large_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    names = []
    for seed, name in ((3, "a.sqlite"), (3, "b.sqlite"), (4, "c.sqlite")):
        database = open_fresh(tmp_path, name)
        try:
            build_demo(database, "large", seed=seed, scale=0.01)
            names.append((people_names(database), action_codes(database)))
        finally:
            database.close()
    assert names[0] == names[1]
    assert names[0][0] != names[2][0]
