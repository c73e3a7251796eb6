"""Planning a meeting: its details, who is invited, the agenda and the tools, stored at once.

A ``MeetingPlan`` is what the meeting editor shows and hands back. Saving it is one
transaction: the meeting, its invited groups, the attendance rows of the people invited,
the agenda and the tools are all stored, or nothing is.

Who is invited: the people named in the plan, and the person members of the invited groups
(and of their subgroups, as everywhere a group is counted) whose membership is active on
the meeting's day in its own time zone (see ``lagdesk.core.stakeholders.composition``). Organisations
that are members in their own right have no one to invite and are skipped. Each of them
gets an attendance row with status "invited". A person no longer invited loses the row only
while nothing has been recorded for them ("invited" or "registered"): a row saying they
attended, were excused or did not show is evidence and stays; the save reports whose.
Walk-in rows are never touched here.

Times: the editor works in the meeting's own wall-clock time; the database stores naive UTC
(``local_to_utc``, and back with ``lagdesk.core.support.zones.utc_to_local``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lagdesk.core.network import current_network
from lagdesk.core.stakeholders.composition import GroupNode, active_on, group_tree
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.core.support.folding import fold, folded, searching
from lagdesk.core.support.validation import problems_of
from lagdesk.core.support.zones import find_zone, local_date, local_zone_name, zone_names
from lagdesk.db import models as m
from lagdesk.db.base import Base
from lagdesk.db.codes import AttendanceStatus, GroupKind, MeetingType
from lagdesk.db.database import Database
from lagdesk.errors import FieldProblem, NotFoundError, UserError, ValidationError
from lagdesk.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "MeetingPlan"
#: Statuses that say nothing happened yet: such a row goes when its person is uninvited.
UNRECORDED = (AttendanceStatus.INVITED, AttendanceStatus.REGISTERED)
#: Evidence is kept this many years (after the last programme payment, see default_retention).
RETENTION_YEARS = 5
#: A new meeting starts at this local time and lasts this long.
DEFAULT_START = time(17, 0)
DEFAULT_LENGTH = timedelta(hours=2)
#: The longest tool name the database keeps.
TOOL_MAX_LENGTH = 64
#: Ids per ``IN (...)`` list, well below SQLite's limit on parameters.
CHUNK = 500

#: The participatory tools URBACT groups use, as stored codes with their labels. A tool not
#: in this list is stored as typed and shown as typed.
TOOLS: tuple[tuple[str, str], ...] = (
    ("problem_tree", QT_TRANSLATE_NOOP("MeetingTools", "Problem tree")),
    ("newspaper_of_tomorrow", QT_TRANSLATE_NOOP("MeetingTools", "Newspaper of tomorrow")),
    ("power_interest_matrix", QT_TRANSLATE_NOOP("MeetingTools", "Power/interest matrix")),
    ("stakeholder_mapping", QT_TRANSLATE_NOOP("MeetingTools", "Stakeholder mapping")),
    ("world_cafe", QT_TRANSLATE_NOOP("MeetingTools", "World café")),
    ("swot", QT_TRANSLATE_NOOP("MeetingTools", "SWOT analysis")),
    ("persona", QT_TRANSLATE_NOOP("MeetingTools", "Persona")),
    ("journey_map", QT_TRANSLATE_NOOP("MeetingTools", "Journey map")),
    ("dot_voting", QT_TRANSLATE_NOOP("MeetingTools", "Dot voting")),
    ("action_table", QT_TRANSLATE_NOOP("MeetingTools", "Action table")),
    ("fishbowl", QT_TRANSLATE_NOOP("MeetingTools", "Fishbowl")),
    ("peer_review", QT_TRANSLATE_NOOP("MeetingTools", "Peer review")),
    ("traffic_light_review", QT_TRANSLATE_NOOP("MeetingTools", "Traffic-light review")),
    ("market_dialogue", QT_TRANSLATE_NOOP("MeetingTools", "Market dialogue")),
    ("gender_impact_checklist", QT_TRANSLATE_NOOP("MeetingTools", "Gender impact checklist")),
    ("site_walk", QT_TRANSLATE_NOOP("MeetingTools", "Site walk")),
    ("objective_tree", QT_TRANSLATE_NOOP("MeetingTools", "Objective tree")),
    ("testing_action_canvas", QT_TRANSLATE_NOOP("MeetingTools", "Testing action canvas")),
)
_TOOL_LABELS = dict(TOOLS)
_TOOL_ORDER = {code: position for position, (code, _) in enumerate(TOOLS)}


def tool_label(code: str) -> str:
    """The translated name of a known tool; any other tool as it was typed."""
    known = _TOOL_LABELS.get(code)
    return translate("MeetingTools", known) if known is not None else code


def is_known_tool(code: str) -> bool:
    return code in _TOOL_LABELS


def _tool_key(code: str) -> tuple[int, str]:
    return (_TOOL_ORDER.get(code, len(TOOLS)), fold(code))


# --- time zones -----------------------------------------------------------------------------


def _zone_problem(zone: str) -> FieldProblem:
    message = translate("MeetingPlan", "{zone} is not a time zone. Choose one from the list.")
    return FieldProblem(
        translate("MeetingPlan", "time zone"),
        message.format(zone=zone or "''"),
        key="timezone",
    )


def _listed_zone(zone: str) -> ZoneInfo:
    """The zone of a name from the editor's list; any other name is a problem on the field."""
    found = find_zone(zone) if zone in zone_names() else None
    if found is None:
        raise ValidationError([_zone_problem(zone)])
    return found


def local_to_utc(local: datetime, zone: str) -> datetime:
    """A wall-clock time in ``zone`` as the naive UTC time the database stores.

    A time the clocks skip (the hour lost in spring) moves forward by the gap: 02:30 on the
    night summer time starts is 03:30 summer time. A time that happens twice (the hour
    repeated in autumn) is taken the first time, still in summer time. An unknown zone is a
    ``ValidationError`` on the field ``timezone``.
    """
    aware = local.replace(tzinfo=_listed_zone(zone), fold=0)
    return aware.astimezone(UTC).replace(tzinfo=None)


def utc_offset(zone: str, local: datetime) -> timedelta | None:
    """The zone's offset from UTC at that wall-clock time; None for an unknown zone."""
    if zone not in zone_names():
        return None
    offset = local.replace(tzinfo=_listed_zone(zone), fold=0).utcoffset()
    return offset if offset is not None else timedelta(0)


# --- the plan -----------------------------------------------------------------------------


@dataclass
class MeetingPlan:
    """A meeting as the editor sees it.

    ``meeting.starts_at``/``ends_at`` are naive UTC, as stored. ``person_ids``: the people
    invited, i.e. every attendance row that is not a walk-in (whatever its status), group
    members included once they have a row. ``agenda`` in order (positions are given on
    save). ``tools``: codes of ``TOOLS`` or free text.
    """

    meeting: r.Meeting
    group_ids: list[int] = field(default_factory=list)
    person_ids: list[int] = field(default_factory=list)
    agenda: list[r.AgendaItem] = field(default_factory=list)
    tools: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SaveOutcome:
    """What a save did. ``kept``: names of people no longer invited whose row stays because
    their attendance is recorded. ``added``: person ids given a new invitation row.
    ``removed``: the rows deleted (with their status, so an undo can put it back)."""

    plan: MeetingPlan
    kept: list[str] = field(default_factory=list)
    added: list[int] = field(default_factory=list)
    removed: list[r.Attendance] = field(default_factory=list)


def _read_plan(session: Session, meeting_id: int) -> MeetingPlan:
    row = session.get(m.Meeting, meeting_id)
    if row is None:
        raise NotFoundError(translate("MeetingPlan", "meeting"), meeting_id)
    meeting = store.to_record(r.Meeting, row)
    groups = session.scalars(
        sa.select(m.MeetingInvitedGroup.group_id)
        .where(m.MeetingInvitedGroup.meeting_id == meeting_id)
        .order_by(m.MeetingInvitedGroup.group_id)
    )
    people = session.scalars(
        sa.select(m.Attendance.person_id)
        .where(m.Attendance.meeting_id == meeting_id, m.Attendance.is_walk_in.is_(False))
        .order_by(m.Attendance.person_id)
    )
    agenda = session.scalars(
        sa.select(m.AgendaItem)
        .where(m.AgendaItem.meeting_id == meeting_id)
        .order_by(m.AgendaItem.position, m.AgendaItem.id)
    )
    tools = session.scalars(
        sa.select(m.MeetingTool.tool).where(m.MeetingTool.meeting_id == meeting_id)
    )
    return MeetingPlan(
        meeting=meeting,
        group_ids=list(groups),
        person_ids=list(people),
        agenda=[store.to_record(r.AgendaItem, item) for item in agenda],
        tools=sorted(tools, key=_tool_key),
    )


def load_meeting_plan(database: Database, meeting_id: int) -> MeetingPlan:
    with database.reading() as session:
        return _read_plan(session, meeting_id)


def next_working_day(today: date) -> date:
    day = today + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _plus_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def default_retention(database: Database, meeting_start: date) -> date:
    """How long a meeting's signed attendance list must be kept, by default.

    The programme's rule is five years after its last payment to the city. The last payment
    follows the end of the network, so: five years after the network's end date when the
    network has one; otherwise (no network or no end date recorded yet) five years after
    the end of the year the meeting is held in, which a coordinator can correct later.
    """
    network = current_network(database)
    if network is not None and network.end_date is not None:
        return _plus_years(network.end_date, RETENTION_YEARS)
    return date(meeting_start.year + RETENTION_YEARS, 12, 31)


def _latest_zone(database: Database) -> str | None:
    with database.reading() as session:
        zone = session.scalar(
            sa.select(m.Meeting.timezone).order_by(m.Meeting.starts_at.desc(), m.Meeting.id.desc())
        )
    return zone if zone in zone_names() else None


def new_meeting_plan(database: Database, *, today: date) -> MeetingPlan:
    """A plan for a new meeting: a local group meeting on the next working day, 17:00 to
    19:00 in the zone of the latest meeting (or the computer's), inviting the local group."""
    zone = _latest_zone(database) or local_zone_name()
    day = next_working_day(today)
    starts = datetime.combine(day, DEFAULT_START)
    meeting = r.Meeting(
        type=MeetingType.LOCAL_GROUP_MEETING,
        title="",
        starts_at=local_to_utc(starts, zone),
        ends_at=local_to_utc(starts + DEFAULT_LENGTH, zone),
        timezone=zone,
        retention_until=default_retention(database, day),
    )
    with database.reading() as session:
        local_groups = session.scalars(
            sa.select(m.StakeholderGroup.id)
            .where(
                m.StakeholderGroup.kind == GroupKind.LOCAL_GROUP,
                m.StakeholderGroup.parent_id.is_(None),
            )
            .order_by(m.StakeholderGroup.id)
        )
        return MeetingPlan(meeting=meeting, group_ids=list(local_groups))


# --- checks -------------------------------------------------------------------------------


def agenda_key(row: int, name: str) -> str:
    """The key of a problem with one agenda item's field: ``agenda[2].planned_minutes``."""
    return f"agenda[{row}].{name}"


def plan_problems(plan: MeetingPlan) -> list[FieldProblem]:
    """Every problem of the plan, each keyed by the field to show it beside."""
    meeting = plan.meeting
    problems: list[FieldProblem] = []
    if meeting.timezone not in zone_names():
        problems.append(_zone_problem(meeting.timezone))
    if meeting.ends_at is not None and meeting.ends_at < meeting.starts_at:
        problems.append(
            FieldProblem(
                translate("MeetingPlan", "end"),
                translate("MeetingPlan", "The meeting ends before it starts."),
                key="ends_at",
            )
        )
    if not meeting.title.strip():
        problems.append(
            FieldProblem(
                translate("MeetingPlan", "title"),
                translate("MeetingPlan", "Give the meeting a title."),
                key="title",
            )
        )
    retention = meeting.retention_until
    if retention is not None and retention < meeting_day(meeting):
        problems.append(
            FieldProblem(
                translate("MeetingPlan", "keep evidence until"),
                translate("MeetingPlan", "The evidence must be kept at least until the meeting."),
                key="retention_until",
            )
        )
    reported = {problem.key for problem in problems}
    problems += [p for p in problems_of(meeting) if p.key not in reported]
    for row, item in enumerate(plan.agenda):
        checked = dataclasses.replace(item, meeting_id=meeting.id or 0)
        for problem in problems_of(checked):
            where = translate("MeetingPlan", "agenda item {number}, {field}")
            problems.append(
                FieldProblem(
                    where.format(number=row + 1, field=problem.field),
                    problem.message,
                    key=agenda_key(row, problem.key),
                )
            )
    for tool in plan.tools:
        if len(tool.strip()) > TOOL_MAX_LENGTH:
            message = translate("MeetingPlan", "A tool's name can have at most {count} characters.")
            problems.append(
                FieldProblem(
                    translate("MeetingPlan", "tools"),
                    message.format(count=TOOL_MAX_LENGTH),
                    key="tools",
                )
            )
    return problems


def _clean_tools(tools: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for tool in tools:
        text = " ".join(tool.split())
        if text and fold(text) not in seen:
            seen[fold(text)] = text
    return sorted(seen.values(), key=_tool_key)


def _missing(session: Session, model: type[Base], ids: Iterable[int]) -> list[int]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    column = model.id  # type: ignore[attr-defined]
    found = set(session.scalars(sa.select(column).where(column.in_(wanted))))
    return [record_id for record_id in wanted if record_id not in found]


def _check_references(session: Session, plan: MeetingPlan) -> None:
    problems = []
    if _missing(session, m.StakeholderGroup, plan.group_ids):
        message = translate("MeetingPlan", "A group chosen here has been deleted meanwhile.")
        problems.append(FieldProblem(translate("MeetingPlan", "groups"), message, key="group_ids"))
    if _missing(session, m.Person, plan.person_ids):
        message = translate("MeetingPlan", "A person chosen here has been deleted meanwhile.")
        problems.append(FieldProblem(translate("MeetingPlan", "people"), message, key="person_ids"))
    if problems:
        raise ValidationError(problems)


# --- who is invited -------------------------------------------------------------------------


def _member_ids(session: Session, group_ids: Sequence[int], day: date) -> set[int]:
    if not group_ids:
        return set()
    group = m.StakeholderGroup
    tree = (
        sa.select(group.id)
        .where(group.id.in_(sorted(set(group_ids))))
        .cte("invited_groups", recursive=True)
    )
    tree = tree.union(sa.select(group.id).where(group.parent_id == tree.c.id))
    membership = m.GroupMembership
    query = sa.select(membership.person_id).where(
        membership.group_id.in_(sa.select(tree.c.id)),
        membership.person_id.is_not(None),
        active_on(day),
    )
    return {person_id for person_id in session.scalars(query.distinct()) if person_id is not None}


def group_member_ids(database: Database, group_ids: Sequence[int], on: date) -> set[int]:
    """The people the groups (and their subgroups) invite on ``on``: person members whose
    membership is active that day."""
    with database.reading() as session:
        return _member_ids(session, group_ids, on)


def meeting_day(meeting: r.Meeting) -> date:
    """The day the meeting starts on in its own zone (UTC for an unknown zone)."""
    return local_date(meeting.starts_at, meeting.timezone)


def _sync_attendance(
    session: Session,
    meeting_id: int,
    wanted: set[int],
    statuses: Mapping[int, AttendanceStatus],
) -> tuple[list[int], list[r.Attendance], list[str]]:
    rows = {
        row.person_id: row
        for row in session.scalars(
            sa.select(m.Attendance).where(m.Attendance.meeting_id == meeting_id)
        )
    }
    added = sorted(wanted - rows.keys())
    for person_id in added:
        status = statuses.get(person_id, AttendanceStatus.INVITED)
        session.add(m.Attendance(meeting_id=meeting_id, person_id=person_id, status=status))
    removed: list[r.Attendance] = []
    kept_ids: list[int] = []
    for person_id, row in sorted(rows.items()):
        if person_id in wanted or row.is_walk_in:
            continue
        if row.status in UNRECORDED:
            removed.append(store.to_record(r.Attendance, row))
            session.delete(row)
        else:
            kept_ids.append(person_id)
    session.flush()
    kept: list[str] = []
    if kept_ids:
        person = m.Person
        names = session.execute(
            sa.select(person.first_name, person.last_name).where(person.id.in_(kept_ids))
        )
        by_last_name = sorted(names, key=lambda name: (fold(name[1]), fold(name[0])))
        kept = [f"{first} {last}".strip() for first, last in by_last_name]
    return added, removed, kept


def _replace_groups(session: Session, meeting_id: int, group_ids: Sequence[int]) -> None:
    invited = m.MeetingInvitedGroup
    wanted = set(group_ids)
    session.execute(
        sa.delete(invited).where(invited.meeting_id == meeting_id, invited.group_id.not_in(wanted))
    )
    present = set(
        session.scalars(sa.select(invited.group_id).where(invited.meeting_id == meeting_id))
    )
    for group_id in sorted(wanted - present):
        session.add(invited(meeting_id=meeting_id, group_id=group_id))


def _replace_agenda(session: Session, meeting_id: int, agenda: Sequence[r.AgendaItem]) -> None:
    """Items keep their ids where they still exist; the others are added or deleted."""
    item = m.AgendaItem
    existing = set(session.scalars(sa.select(item.id).where(item.meeting_id == meeting_id)))
    keep: set[int] = set()
    for position, entry in enumerate(agenda):
        own = entry.id if entry.id in existing else None
        if own is not None:
            keep.add(own)
        stored = dataclasses.replace(entry, id=own, meeting_id=meeting_id, position=position)
        store.write(session, stored)
    gone = existing - keep
    if gone:
        session.execute(sa.delete(item).where(item.id.in_(sorted(gone))))


def _replace_tools(session: Session, meeting_id: int, tools: Sequence[str]) -> None:
    tool = m.MeetingTool
    session.execute(sa.delete(tool).where(tool.meeting_id == meeting_id))
    for name in tools:
        session.add(tool(meeting_id=meeting_id, tool=name))


class MeetingSaveError(UserError):
    """A write the database refused although the plan passed its checks."""


def save_meeting_plan(
    database: Database,
    plan: MeetingPlan,
    *,
    statuses: Mapping[int, AttendanceStatus] | None = None,
    loaded: r.Meeting | None = None,
) -> SaveOutcome:
    """Store the whole plan in one transaction and return it as stored. Given the meeting
    as ``loaded`` (when the editor opened), only its fields changed since are written
    (``store.write_changes``): minutes typed meanwhile stay.

    ``statuses`` gives the status of rows added for some people (an undo putting back a
    "registered" row); others start as invited. Raises ``ValidationError`` (each problem
    keyed by its field; agenda rows as ``agenda[2].planned_minutes``) with nothing stored.
    """
    problems = plan_problems(plan)
    if problems:
        raise ValidationError(problems)
    tools = _clean_tools(plan.tools)
    try:
        with database.session() as session:
            _check_references(session, plan)
            meeting = store.write_changes(session, loaded, plan.meeting)
            assert meeting.id is not None
            _replace_groups(session, meeting.id, plan.group_ids)
            wanted = set(plan.person_ids) | _member_ids(
                session, plan.group_ids, meeting_day(meeting)
            )
            added, removed, kept = _sync_attendance(session, meeting.id, wanted, statuses or {})
            _replace_agenda(session, meeting.id, plan.agenda)
            _replace_tools(session, meeting.id, tools)
            session.flush()
            stored = _read_plan(session, meeting.id)
    except sa.exc.IntegrityError as exc:
        message = translate("MeetingPlan", "The meeting could not be saved: {detail}")
        raise MeetingSaveError(message.format(detail=exc.orig)) from exc
    return SaveOutcome(stored, kept, added, removed)


# --- choices for the editor's pickers -----------------------------------------------------


@dataclass(frozen=True)
class PersonChoice:
    id: int
    first_name: str
    last_name: str
    organisation: str

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def sort_key(self) -> tuple[str, str, int]:
        """By last name, then first name, as the register sorts (case and accents folded)."""
        return (fold(self.last_name), fold(self.first_name), self.id)


@dataclass(frozen=True)
class GroupChoice:
    """A group in tree order; ``depth`` 0 for a top-level group. ``members_active`` counts
    today's members (people and member organisations) with those of the subgroups."""

    id: int
    name: str
    kind: GroupKind
    depth: int
    parent_id: int | None
    members_active: int


def _person_query() -> sa.Select[int, str, str, str]:
    person, organisation = m.Person, m.Organisation
    return sa.select(
        person.id, person.first_name, person.last_name, sa.func.coalesce(organisation.name, "")
    ).outerjoin(organisation, person.organisation_id == organisation.id)


def _by_name(rows: Iterable[tuple[int, str, str, str]]) -> list[PersonChoice]:
    found = [PersonChoice(*row) for row in rows]
    return sorted(found, key=PersonChoice.sort_key)


def invitable_people(database: Database, text: str, limit: int = 50) -> list[PersonChoice]:
    """People whose name, e-mail or organisation holds every word of ``text`` (folded: case
    and accents do not matter), by last name; at most ``limit``."""
    person, organisation = m.Person, m.Organisation
    columns = (person.first_name, person.last_name, person.email, organisation.name)
    conditions = [
        sa.or_(*(sa.func.instr(folded(column), word) > 0 for column in columns))
        for word in fold(text.strip()).split()
    ]
    query = (
        _person_query()
        .where(*conditions)
        .order_by(folded(person.last_name), folded(person.first_name), person.id)
        .limit(limit)
    )
    with searching(database) as session:
        return _by_name(session.execute(query))


def people_by_id(database: Database, person_ids: Iterable[int]) -> list[PersonChoice]:
    """The people with these ids, by last and first name (unknown ids are left out)."""
    wanted = sorted(set(person_ids))
    rows: list[tuple[int, str, str, str]] = []
    with database.reading() as session:
        for start in range(0, len(wanted), CHUNK):
            query = _person_query().where(m.Person.id.in_(wanted[start : start + CHUNK]))
            rows += session.execute(query)
    return _by_name(rows)


def group_choices(database: Database) -> list[GroupChoice]:
    """Every group in tree order (parents before their subgroups, each level by name)."""
    found: list[GroupChoice] = []

    def walk(nodes: Iterable[GroupNode], depth: int) -> None:
        for node in nodes:
            found.append(
                GroupChoice(
                    node.id, node.name, node.kind, depth, node.parent_id, node.members_active
                )
            )
            walk(node.children, depth + 1)

    walk(group_tree(database), 0)
    return found
