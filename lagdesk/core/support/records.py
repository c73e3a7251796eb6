"""Plain records that ``core`` hands to the UI, the CLI and the exports.

One dataclass per stored entity, named as the table's model, with the same fields (less the
timestamps). ``id`` is None until the record is stored. They carry no ORM state, so they
can cross threads and outlive sessions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from lagdesk.db.codes import (
    Accumulation,
    ActionStatus,
    ActionType,
    AttachmentKind,
    AttendanceStatus,
    ConsentMethod,
    ConsentPurpose,
    Disaggregation,
    Frequency,
    FundingSource,
    FundingStatus,
    Gender,
    GenderDimension,
    GroupKind,
    IndicatorLevel,
    IndicatorUnit,
    MeetingType,
    MemberRole,
    NetworkPhase,
    ObjectiveLevel,
    PartnerRole,
    PlanStatus,
    Polarity,
    Programme,
    ReviewItemKind,
    ReviewStatus,
    RiskCategory,
    RiskStatus,
    Sector,
)


@dataclass(kw_only=True)
class Network:
    id: int | None = None
    name: str
    programme: Programme
    topic: str = ""
    lead_expert: str = ""
    phase: NetworkPhase = NetworkPhase.PLANNING
    start_date: date | None = None
    end_date: date | None = None
    description: str = ""


@dataclass(kw_only=True)
class Partner:
    """A city or body in the network. ``is_own`` marks the city whose group this file keeps."""

    id: int | None = None
    network_id: int
    name: str
    country: str = ""
    role: PartnerRole = PartnerRole.PARTNER
    cofinancing_rate: float | None = None
    is_own: bool = False
    notes: str = ""


@dataclass(kw_only=True)
class TransnationalMeeting:
    id: int | None = None
    network_id: int
    host_partner_id: int | None = None
    title: str
    place: str = ""
    start_date: date
    end_date: date
    meeting_id: int | None = None
    notes: str = ""


@dataclass(kw_only=True)
class Organisation:
    id: int | None = None
    name: str
    sector: Sector
    subtype: str = ""
    city: str = ""
    country: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(kw_only=True)
class Person:
    id: int | None = None
    first_name: str = ""
    last_name: str
    organisation_id: int | None = None
    gender: Gender = Gender.UNKNOWN
    role: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(kw_only=True)
class StakeholderGroup:
    """A named, possibly nested grouping: the local group itself, working groups, boards."""

    id: int | None = None
    name: str
    kind: GroupKind = GroupKind.WORKING_GROUP
    parent_id: int | None = None
    description: str = ""


@dataclass(kw_only=True)
class GroupMembership:
    id: int | None = None
    group_id: int
    person_id: int | None = None
    organisation_id: int | None = None
    role: MemberRole = MemberRole.MEMBER
    joined_on: date | None = None
    left_on: date | None = None


@dataclass(kw_only=True)
class PowerInterestAssessment:
    """One dated power/interest scoring; the history is every row, the latest is current."""

    id: int | None = None
    person_id: int | None = None
    organisation_id: int | None = None
    power: int
    interest: int
    assessed_on: date
    note: str = ""


@dataclass(kw_only=True)
class ConsentRecord:
    id: int | None = None
    person_id: int
    purpose: ConsentPurpose
    given_on: date
    method: ConsentMethod = ConsentMethod.WRITTEN
    evidence: str = ""
    withdrawn_on: date | None = None


@dataclass(kw_only=True)
class Meeting:
    """A dated event. Times are stored in UTC; ``timezone`` is the IANA zone it is held in."""

    id: int | None = None
    type: MeetingType
    title: str
    starts_at: datetime
    ends_at: datetime | None = None
    timezone: str = "Europe/Brussels"
    place: str = ""
    online_link: str = ""
    notes: str = ""
    minutes: str = ""
    retention_until: date | None = None


@dataclass(kw_only=True)
class AgendaItem:
    id: int | None = None
    meeting_id: int
    position: int = 0
    title: str
    planned_minutes: int | None = None
    presenter: str = ""


@dataclass(kw_only=True)
class Attendance:
    id: int | None = None
    meeting_id: int
    person_id: int
    status: AttendanceStatus = AttendanceStatus.INVITED
    is_walk_in: bool = False


@dataclass(kw_only=True)
class AnonymousAttendance:
    """People counted without a name: those who declined registration, and erased people."""

    id: int | None = None
    meeting_id: int
    sector: Sector | None = None
    gender: Gender = Gender.UNKNOWN
    count: int = 0


@dataclass(kw_only=True)
class Decision:
    id: int | None = None
    meeting_id: int
    number: int
    text: str


@dataclass(kw_only=True)
class Task:
    """A follow-up task from a meeting."""

    id: int | None = None
    meeting_id: int | None = None
    decision_id: int | None = None
    title: str
    owner_person_id: int | None = None
    due_on: date | None = None
    done: bool = False
    done_on: date | None = None


@dataclass(kw_only=True)
class Attachment:
    """A file kept inside the database, so that one file stays the one thing to back up."""

    id: int | None = None
    kind: AttachmentKind = AttachmentKind.DOCUMENT
    meeting_id: int | None = None
    action_id: int | None = None
    measurement_id: int | None = None
    filename: str
    media_type: str = "application/octet-stream"
    size_bytes: int = 0
    caption: str = ""
    taken_on: date | None = None
    identifiable: bool = False
    consent_checked: bool = False
    publishable: bool = False


@dataclass(kw_only=True)
class AttachmentPerson:
    """A person shown in a photo (a link row: written by ``core.attachments``, not ``store``)."""

    attachment_id: int
    person_id: int


@dataclass(kw_only=True)
class Plan:
    """The city's plan as it is being edited now; versions are frozen snapshots of it."""

    id: int | None = None
    title: str
    city: str = ""
    vision: str = ""
    context: str = ""
    problem_analysis: str = ""
    transnational_learning: str = ""
    status: PlanStatus = PlanStatus.DRAFT


@dataclass(kw_only=True)
class PlanVersion:
    id: int | None = None
    plan_id: int
    name: str
    status: PlanStatus = PlanStatus.DRAFT
    saved_at: datetime | None = None
    note: str = ""
    snapshot: str = "{}"


@dataclass(kw_only=True)
class Objective:
    """Strategic objective > specific objective. ``code`` is derived from the tree (1, 1.2)."""

    id: int | None = None
    plan_id: int
    parent_id: int | None = None
    level: ObjectiveLevel
    position: int = 0
    code: str
    title: str
    description: str = ""


@dataclass(kw_only=True)
class Action:
    id: int | None = None
    objective_id: int
    position: int = 0
    code: str
    title: str
    description: str = ""
    type: ActionType
    lead_organisation_id: int | None = None
    responsible_person_id: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    progress_percent: int = 0
    estimated_cost: Decimal | None = None
    expected_result: str = ""
    outputs: str = ""
    gender_dimension: GenderDimension | None = None
    source_decision_id: int | None = None


@dataclass(kw_only=True)
class Milestone:
    id: int | None = None
    action_id: int
    title: str
    due_on: date
    done: bool = False


@dataclass(kw_only=True)
class FundingLine:
    id: int | None = None
    action_id: int
    source: FundingSource
    amount: Decimal
    status: FundingStatus = FundingStatus.POTENTIAL
    note: str = ""


@dataclass(kw_only=True)
class Risk:
    id: int | None = None
    plan_id: int
    code: str = ""
    title: str
    description: str = ""
    category: RiskCategory
    likelihood: int
    impact: int
    mitigation: str = ""
    owner_person_id: int | None = None
    status: RiskStatus = RiskStatus.OPEN

    @property
    def score(self) -> int:
        return self.likelihood * self.impact


@dataclass(kw_only=True)
class Indicator:
    id: int | None = None
    code: str
    eu_code: str = ""
    name: str
    definition: str = ""
    level: IndicatorLevel = IndicatorLevel.OUTPUT
    unit: IndicatorUnit = IndicatorUnit.NUMBER
    polarity: Polarity = Polarity.INCREASE
    accumulation: Accumulation = Accumulation.LATEST
    baseline_value: float | None = None
    baseline_date: date | None = None
    target_value: float | None = None
    target_date: date | None = None
    data_source: str = ""
    collection_method: str = ""
    frequency: Frequency = Frequency.YEARLY
    owner_person_id: int | None = None
    disaggregation: Disaggregation = Disaggregation.NONE
    library_key: str = ""


@dataclass(kw_only=True)
class IndicatorMilestone:
    id: int | None = None
    indicator_id: int
    due_on: date
    value: float


@dataclass(kw_only=True)
class Measurement:
    id: int | None = None
    indicator_id: int
    measured_on: date
    value: float
    source_note: str = ""
    entered_by: str = ""


@dataclass(kw_only=True)
class MeasurementBreakdown:
    """A disaggregated part of a measurement, e.g. dimension "sex", category "female"."""

    id: int | None = None
    measurement_id: int
    dimension: str
    category: str
    value: float


@dataclass(kw_only=True)
class Review:
    id: int | None = None
    plan_version_id: int
    reviewer: str
    reviewed_on: date
    status: ReviewStatus = ReviewStatus.OPEN
    summary: str = ""
    resolution: str = ""


@dataclass(kw_only=True)
class ReviewScore:
    id: int | None = None
    review_id: int
    criterion: str
    score: int
    comment: str = ""


@dataclass(kw_only=True)
class ReviewComment:
    """A comment on one item of the reviewed version, addressed by kind and code (e.g. action 2.3)."""

    id: int | None = None
    review_id: int
    item_kind: ReviewItemKind
    item_code: str = ""
    comment: str
    response: str = ""
    resolved: bool = False


#: Every record type, for code that works on all of them (the generic store, tests).
RECORD_TYPES: tuple[type, ...] = (
    Network,
    Partner,
    TransnationalMeeting,
    Organisation,
    Person,
    StakeholderGroup,
    GroupMembership,
    PowerInterestAssessment,
    ConsentRecord,
    Meeting,
    AgendaItem,
    Attendance,
    AnonymousAttendance,
    Decision,
    Task,
    Attachment,
    Plan,
    PlanVersion,
    Objective,
    Action,
    Milestone,
    FundingLine,
    Risk,
    Indicator,
    IndicatorMilestone,
    Measurement,
    MeasurementBreakdown,
    Review,
    ReviewScore,
    ReviewComment,
)
