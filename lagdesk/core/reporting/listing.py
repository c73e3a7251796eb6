"""Flat listings of each area for the CLI and quick exports.

A listing is column names plus tuples, read with one SQL query (no ORM objects), because
the large files hold 20,000 people and 200,000 attendance rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from lagdesk.core.indicators.progress import all_progress
from lagdesk.core.plan.numbering import natural_key
from lagdesk.core.support.zones import local_iso
from lagdesk.db import models as m
from lagdesk.db.codes import ProgressStatus
from lagdesk.db.database import Database


@dataclass(frozen=True)
class Listing:
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]

    def as_dicts(self) -> list[dict[str, Any]]:
        columns = self.columns
        return [dict(zip(columns, row, strict=True)) for row in self.rows]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _money(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None


def list_people(database: Database) -> Listing:
    query = (
        sa.select(
            m.Person.id,
            m.Person.first_name,
            m.Person.last_name,
            m.Organisation.name,
            m.Person.role,
            m.Person.email,
            m.Person.phone,
        )
        .outerjoin(m.Organisation, m.Person.organisation_id == m.Organisation.id)
        .order_by(m.Person.last_name, m.Person.first_name, m.Person.id)
    )
    columns = ("id", "first_name", "last_name", "organisation", "role", "email", "phone")
    return _run(database, query, columns)


def list_organisations(database: Database) -> Listing:
    people = (
        sa.select(sa.func.count(m.Person.id))
        .where(m.Person.organisation_id == m.Organisation.id)
        .scalar_subquery()
    )
    query = sa.select(
        m.Organisation.id,
        m.Organisation.name,
        m.Organisation.sector,
        m.Organisation.subtype,
        m.Organisation.city,
        m.Organisation.country,
        m.Organisation.email,
        people,
    ).order_by(m.Organisation.name, m.Organisation.id)
    columns = ("id", "name", "sector", "subtype", "city", "country", "email", "people")
    return _run(database, query, columns)


def list_meetings(database: Database) -> Listing:
    query = sa.select(
        m.Meeting.id,
        m.Meeting.type,
        m.Meeting.title,
        m.Meeting.starts_at,
        m.Meeting.ends_at,
        m.Meeting.timezone,
        m.Meeting.place,
    ).order_by(m.Meeting.starts_at, m.Meeting.id)
    columns = ("id", "type", "title", "start", "end", "timezone", "place")

    def shape(row: Any) -> tuple[Any, ...]:
        meeting_id, kind, title, starts, ends, zone, place = row
        return (
            meeting_id,
            kind,
            title,
            local_iso(starts, zone),
            local_iso(ends, zone),
            zone,
            place,
        )

    return _run(database, query, columns, shape)


def list_actions(database: Database) -> Listing:
    query = (
        sa.select(
            m.Action.id,
            m.Action.code,
            m.Action.title,
            m.Objective.code,
            m.Action.type,
            m.Action.start_date,
            m.Action.end_date,
            m.Action.status,
            m.Action.progress_percent,
            m.Action.estimated_cost,
        )
        .join(m.Objective, m.Action.objective_id == m.Objective.id)
        .order_by(m.Action.position, m.Action.id)
    )
    columns = (
        "id",
        "code",
        "title",
        "objective_code",
        "type",
        "start",
        "end",
        "status",
        "progress_percent",
        "estimated_cost",
    )

    def shape(row: Any) -> tuple[Any, ...]:
        *head, start, end, status, progress, cost = row
        return (*head, _iso(start), _iso(end), status, progress, _money(cost))

    listing = _run(database, query, columns, shape)
    # Code order (1.2 before 1.10), which SQL's text order is not; stable, so an
    # objective's actions keep their positions.
    listing.rows.sort(key=lambda row: (natural_key(row[3] or ""), natural_key(row[1] or "")))
    return listing


def list_indicators(database: Database, as_of: date | None = None) -> Listing:
    """Every indicator in code order, with its current value, progress (1.0 = 100 %, None
    when undefined) and status code at ``as_of`` (today when None), from
    ``lagdesk.core.indicators.progress``."""
    query = sa.select(
        m.Indicator.id,
        m.Indicator.code,
        m.Indicator.eu_code,
        m.Indicator.name,
        m.Indicator.unit,
        m.Indicator.level,
        m.Indicator.polarity,
        m.Indicator.accumulation,
        m.Indicator.baseline_value,
        m.Indicator.baseline_date,
        m.Indicator.target_value,
        m.Indicator.target_date,
    ).order_by(m.Indicator.id)
    columns = (
        "id",
        "code",
        "eu_code",
        "name",
        "unit",
        "level",
        "polarity",
        "accumulation",
        "baseline_value",
        "baseline_date",
        "target_value",
        "target_date",
        "current_value",
        "progress",
        "status",
    )
    listing = _run(database, query, columns[:-3])
    listing.rows.sort(key=lambda row: natural_key(row[1] or ""))
    # Read second: an indicator it lacks was deleted in between, and shows no data.
    progress = all_progress(database, as_of or date.today())
    rows = []
    for row in listing.rows:
        *head, baseline, baseline_on, target, target_on = row
        found = progress.get(head[0])
        rows.append(
            (
                *head,
                baseline,
                _iso(baseline_on),
                target,
                _iso(target_on),
                found.current_value if found else None,
                found.progress if found else None,
                (found.status if found else ProgressStatus.NO_DATA).value,
            )
        )
    return Listing(columns, rows)


def list_measurements(database: Database) -> Listing:
    query = (
        sa.select(
            m.Measurement.id,
            m.Indicator.code,
            m.Measurement.measured_on,
            m.Measurement.value,
            m.Measurement.source_note,
        )
        .join(m.Indicator, m.Measurement.indicator_id == m.Indicator.id)
        .order_by(m.Indicator.id, m.Measurement.measured_on, m.Measurement.id)
    )
    columns = ("id", "indicator_code", "date", "value", "source_note")

    def shape(row: Any) -> tuple[Any, ...]:
        measurement_id, code, measured_on, value, note = row
        return (measurement_id, code, _iso(measured_on), value, note)

    listing = _run(database, query, columns, shape)
    listing.rows.sort(key=lambda row: natural_key(row[1] or ""))  # stable: dates stay in order
    return listing


def list_attendance(database: Database, meeting_id: int | None = None) -> Listing:
    """Who was at each meeting (or one meeting), in meeting order: named rows, then counts.

    Columns: meeting_id, meeting_start (ISO, the meeting's own zone), person_id,
    first_name, last_name, organisation, status, walk_in, sector, gender, count.

    - A named row is one attendance record, whatever its status (invited, registered,
      attended, excused, no_show; walk-ins included, ``walk_in`` true): ``sector`` is the
      organisation's (null without one), ``gender`` the person's, ``count`` 1.
    - Anonymous counts follow the named rows of their meeting, one row per (sector,
      gender): ``person_id`` null, ``first_name``, ``last_name`` and ``organisation`` "",
      ``status`` "anonymous", ``walk_in`` false, ``count`` the number of people.

    Raises ``NotFoundError`` for a ``meeting_id`` that does not exist.
    """
    from lagdesk.core.stakeholders.composition import require

    a, anon, meeting = m.Attendance, m.AnonymousAttendance, m.Meeting
    named = (
        sa.select(
            meeting.id,
            meeting.starts_at,
            meeting.timezone,
            a.person_id,
            m.Person.first_name,
            m.Person.last_name,
            sa.func.coalesce(m.Organisation.name, ""),
            a.status,
            a.is_walk_in,
            m.Organisation.sector,
            m.Person.gender,
        )
        .join(a, a.meeting_id == meeting.id)
        .join(m.Person, m.Person.id == a.person_id)
        .outerjoin(m.Organisation, m.Organisation.id == m.Person.organisation_id)
        .order_by(meeting.starts_at, meeting.id, m.Person.last_name, m.Person.first_name, a.id)
    )
    anonymous = (
        sa.select(
            meeting.id, meeting.starts_at, meeting.timezone, anon.sector, anon.gender, anon.count
        )
        .join(anon, anon.meeting_id == meeting.id)
        .order_by(meeting.starts_at, meeting.id, anon.sector, anon.gender, anon.id)
    )
    if meeting_id is not None:
        named = named.where(meeting.id == meeting_id)
        anonymous = anonymous.where(meeting.id == meeting_id)
    columns = (
        "meeting_id",
        "meeting_start",
        "person_id",
        "first_name",
        "last_name",
        "organisation",
        "status",
        "walk_in",
        "sector",
        "gender",
        "count",
    )
    with database.reading() as session:
        if meeting_id is not None:
            require(session, m.Meeting, meeting_id, "meeting")
        order = {
            key: index
            for index, key in enumerate(
                session.scalars(sa.select(meeting.id).order_by(meeting.starts_at, meeting.id))
            )
        }
        rows: list[tuple[Any, ...]] = [
            (
                key,
                local_iso(starts, zone),
                person,
                first,
                last,
                org,
                status,
                bool(walk),
                sector,
                gender,
                1,
            )
            for key, starts, zone, person, first, last, org, status, walk, sector, gender in (
                session.execute(named)
            )
        ]
        rows += [
            (
                key,
                local_iso(starts, zone),
                None,
                "",
                "",
                "",
                "anonymous",
                False,
                sector,
                gender,
                count,
            )
            for key, starts, zone, sector, gender, count in session.execute(anonymous)
        ]
    # Stable sort: named rows keep their order and come before the counts of their meeting.
    rows.sort(key=lambda row: (order[row[0]], row[2] is None))
    return Listing(columns, rows)


def _run(
    database: Database,
    query: sa.Executable,
    columns: tuple[str, ...],
    shape: Callable[[Any], tuple[Any, ...]] | None = None,
) -> Listing:
    with database.reading() as session:
        result = session.execute(query)
        rows = [shape(row) for row in result] if shape else [tuple(row) for row in result]
    return Listing(columns, rows)


LISTINGS: dict[str, Callable[[Database], Listing]] = {
    "people": list_people,
    "organisations": list_organisations,
    "meetings": list_meetings,
    "actions": list_actions,
    "indicators": list_indicators,
    "measurements": list_measurements,
    "attendance": list_attendance,
}
