"""What the Integrated Action Plan document says, gathered from the file in one pass.

The plan's content (objectives, actions, funding, risks, indicators and targets) comes
from a plan snapshot: the live plan's, or a saved version's when the user asks for one,
so the document of version "v1" shows v1 even after later edits. Monitoring (current
values, statuses), the participatory process and the annexes are read as of the report
date. Personal names of local group members are only read when the user asks for them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

import sqlalchemy as sa

from lagdesk.core import network
from lagdesk.core.indicators import progress
from lagdesk.core.indicators.progress import IndicatorProgress
from lagdesk.core.meetings import overview as meetings
from lagdesk.core.meetings.overview import MeetingFilter, MeetingRow
from lagdesk.core.plan import versions as plan_versions
from lagdesk.core.plan.versions import code_key
from lagdesk.core.reporting.plan_items import PlanContent
from lagdesk.core.stakeholders import composition
from lagdesk.core.stakeholders.composition import Composition
from lagdesk.core.support.records import Network, Partner, TransnationalMeeting
from lagdesk.db import models as m
from lagdesk.db.codes import GroupKind, MemberRole, PlanStatus, ProgressStatus, Sector
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import translate

#: Progress charts in one document at most: one page each would bury the plan (the chart
#: export writes every indicator's chart).
MAX_PROGRESS_CHARTS = 30


class UnknownVersionError(UserError):
    """The user named a plan version the file does not have."""


@dataclass(frozen=True)
class VersionShown:
    name: str
    status: PlanStatus
    saved_at: datetime


@dataclass(frozen=True)
class GroupMember:
    """One member of the local group as the annex lists it (``name`` empty without names)."""

    organisation: str
    sector: Sector | None
    role: MemberRole
    name: str


@dataclass(frozen=True)
class IapData:
    as_of: date
    network: Network | None
    own_city: Partner | None
    partners: tuple[Partner, ...]
    transnational_meetings: tuple[TransnationalMeeting, ...]
    #: The plan's content: the live plan's, or the saved version's when one was asked for.
    plan: PlanContent
    version: VersionShown | None
    progress: dict[int, IndicatorProgress]
    local_group: str
    composition: Composition | None
    meetings: tuple[MeetingRow, ...]
    #: Tool code -> number of meetings that used it, most used first.
    tools: tuple[tuple[str, int], ...]
    members: tuple[GroupMember, ...]
    with_names: bool
    #: Measurements (date, value) of the indicators whose progress chart the document shows.
    charted: dict[int, tuple[tuple[date, float], ...]] = field(default_factory=dict)
    #: Indicators with measurements left without a chart (the document says how many).
    not_charted: int = 0

    @property
    def title(self) -> str:
        return self.plan.title

    @property
    def city(self) -> str:
        if self.plan.city:
            return self.plan.city
        return self.own_city.name if self.own_city is not None else ""


def status_counts(data: IapData) -> dict[ProgressStatus, int]:
    """Indicators of the plan by status (no measurement: no data)."""
    counts = dict.fromkeys(ProgressStatus, 0)
    for item in data.plan.indicators:
        found = data.progress.get(item.id)
        counts[found.status if found is not None else ProgressStatus.NO_DATA] += 1
    return counts


def gather_iap(
    database: Database,
    *,
    as_of: date,
    version: str | None = None,
    with_names: bool = False,
    max_progress_charts: int | None = MAX_PROGRESS_CHARTS,
) -> IapData:
    """Everything the document shows; ``version`` is a saved version's name (None: the plan
    as it is now). ``max_progress_charts`` None: the measurements of every indicator."""
    shown: VersionShown | None = None
    if version is None:
        with database.reading() as session:
            snapshot = plan_versions.snapshot(session)
        latest = plan_versions.latest_version(database)
        if latest is not None and latest.status == PlanStatus.APPROVED:
            shown = VersionShown(latest.name, latest.status, latest.saved_at)
    else:
        row = _version_named(database, version)
        snapshot = plan_versions.version_snapshot(database, row.id)
        shown = VersionShown(row.name, row.status, row.saved_at)
    overview = network.overview(database)
    indicator_ids = [int(item["id"]) for item in snapshot.get("indicators", [])]
    measured = progress.all_progress(database, as_of, indicator_ids) if indicator_ids else {}
    codes = {int(item["id"]): str(item["code"]) for item in snapshot.get("indicators", [])}
    measured_ids = sorted(
        (key for key, found in measured.items() if found.measurements_used),
        key=lambda key: code_key(codes.get(key, "")),
    )
    chosen = measured_ids if max_progress_charts is None else measured_ids[:max_progress_charts]
    group_id, group_name = _local_group(database)
    group_composition = (
        composition.group_composition(database, group_id, as_of) if group_id else None
    )
    members = _members(database, group_id, as_of, with_names) if group_id else ()
    held = tuple(
        row
        for row in meetings.meeting_rows(database, MeetingFilter(end=as_of), newest_first=False)
        if row.first_day <= as_of
    )
    return IapData(
        as_of=as_of,
        network=overview.network,
        own_city=overview.own_city,
        partners=tuple(overview.partners),
        transnational_meetings=tuple(overview.transnational_meetings),
        plan=PlanContent.from_snapshot(snapshot),
        version=shown,
        progress=measured,
        local_group=group_name,
        composition=group_composition,
        meetings=held,
        tools=_tools(database, [row.id for row in held]),
        members=members,
        with_names=with_names,
        charted=_measurements(database, chosen, as_of),
        not_charted=len(measured_ids) - len(chosen),
    )


def _version_named(database: Database, name: str) -> plan_versions.VersionRow:
    rows = plan_versions.versions(database)
    wanted = name.strip().casefold()
    for row in reversed(rows):  # the latest of equal names
        if row.name.strip().casefold() == wanted:
            return row
    names = ", ".join(row.name for row in rows)
    if not names:
        raise UnknownVersionError(
            translate(
                "Iap", "No plan version is named “{name}”: the plan has no saved versions."
            ).format(name=name)
        )
    raise UnknownVersionError(
        translate("Iap", "No plan version is named “{name}”. Saved versions: {names}.").format(
            name=name, names=names
        )
    )


def _local_group(database: Database) -> tuple[int | None, str]:
    """The URBACT Local Group: the first group of that kind (else none)."""
    with database.reading() as session:
        row = session.execute(
            sa.select(m.StakeholderGroup.id, m.StakeholderGroup.name)
            .where(m.StakeholderGroup.kind == GroupKind.LOCAL_GROUP)
            .order_by(m.StakeholderGroup.id)
            .limit(1)
        ).first()
    return (int(row[0]), str(row[1])) if row is not None else (None, "")


def _members(
    database: Database, group_id: int, on: date, with_names: bool
) -> tuple[GroupMember, ...]:
    rows = composition.group_members(database, group_id, include_former=False, on=on)
    members = [
        GroupMember(
            organisation=row.organisation,
            sector=row.sector,
            role=row.role,
            name=row.name if with_names and row.person_id is not None else "",
        )
        for row in rows
    ]
    members.sort(key=lambda member: (member.organisation.casefold(), member.name.casefold()))
    return tuple(members)


def _tools(database: Database, meeting_ids: list[int]) -> tuple[tuple[str, int], ...]:
    if not meeting_ids:
        return ()
    counts: Counter[str] = Counter()
    with database.reading() as session:
        for start in range(0, len(meeting_ids), 500):
            chunk = meeting_ids[start : start + 500]
            query = sa.select(m.MeetingTool.tool).where(m.MeetingTool.meeting_id.in_(chunk))
            counts.update(session.scalars(query))
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _measurements(
    database: Database, indicator_ids: list[int], as_of: date
) -> dict[int, tuple[tuple[date, float], ...]]:
    """Measured (date, value) on or before ``as_of`` of each indicator, in date order."""
    points: dict[int, list[tuple[date, float]]] = {key: [] for key in indicator_ids}
    if not indicator_ids:
        return {}
    with database.reading() as session:
        query = (
            sa.select(m.Measurement.indicator_id, m.Measurement.measured_on, m.Measurement.value)
            .where(m.Measurement.indicator_id.in_(indicator_ids))
            .where(m.Measurement.measured_on <= as_of)
            .order_by(m.Measurement.measured_on, m.Measurement.id)
        )
        for indicator_id, measured_on, value in session.execute(query):
            points[int(indicator_id)].append((measured_on, float(value)))
    return {key: tuple(values) for key, values in points.items()}
