"""Stable codes stored in the database. Labels for people live in ``lagdesk.core.support.labels``.

Codes never change once released: a renamed label is a translation change, a new value is
a migration (the CHECK constraints list the allowed codes). ``ProgressStatus`` is the one
code that is computed, never stored; it is here so that its labels sit with the others.
"""

from __future__ import annotations

from enum import StrEnum


class Programme(StrEnum):
    URBACT_IV = "urbact_iv"
    URBACT_III = "urbact_iii"
    INTERREG = "interreg"
    COSME = "cosme"
    ESF = "esf"
    OTHER = "other"


class NetworkPhase(StrEnum):
    ACTIVATION = "activation"
    PLANNING = "planning"
    IMPLEMENTATION = "implementation"
    CLOSED = "closed"


class PartnerRole(StrEnum):
    LEAD_PARTNER = "lead_partner"
    PARTNER = "partner"


class Sector(StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"
    CIVIC = "civic"
    KNOWLEDGE = "knowledge"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    NON_BINARY = "non_binary"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"
    UNKNOWN = "unknown"


class GroupKind(StrEnum):
    LOCAL_GROUP = "local_group"
    WORKING_GROUP = "working_group"
    STEERING_BOARD = "steering_board"
    MAILING = "mailing"
    OTHER = "other"


class MemberRole(StrEnum):
    MEMBER = "member"
    CHAIR = "chair"
    COORDINATOR = "coordinator"
    EXPERT = "expert"
    OBSERVER = "observer"


class ConsentPurpose(StrEnum):
    LOCAL_GROUP_MEMBERSHIP = "local_group_membership"
    PHOTO_PUBLICATION = "photo_publication"
    CONTACT_SHARING = "contact_sharing"
    NEWSLETTER = "newsletter"


class ConsentMethod(StrEnum):
    WRITTEN = "written"
    EMAIL = "email"
    ONLINE_FORM = "online_form"
    VERBAL = "verbal"
    OTHER = "other"


class MeetingType(StrEnum):
    LOCAL_GROUP_MEETING = "local_group_meeting"
    THEMATIC_WORKSHOP = "thematic_workshop"
    CO_DESIGN_WORKSHOP = "co_design_workshop"
    SITE_VISIT = "site_visit"
    TRANSNATIONAL_MEETING = "transnational_meeting"
    WEBINAR = "webinar"
    TESTING_ACTION_EVENT = "testing_action_event"
    OTHER = "other"


class AttendanceStatus(StrEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    ATTENDED = "attended"
    EXCUSED = "excused"
    NO_SHOW = "no_show"


class AttachmentKind(StrEnum):
    DOCUMENT = "document"
    PHOTO = "photo"
    SIGNED_ATTENDANCE_LIST = "signed_attendance_list"
    EVIDENCE = "evidence"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"


class ObjectiveLevel(StrEnum):
    STRATEGIC = "strategic"
    SPECIFIC = "specific"


class ActionType(StrEnum):
    INVESTMENT = "investment"
    CAPACITY_BUILDING = "capacity_building"
    POLICY_REGULATION = "policy_regulation"
    PROCUREMENT = "procurement"
    COMMUNICATION = "communication"
    TESTING_ACTION = "testing_action"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    DELAYED = "delayed"
    CANCELLED = "cancelled"


class GenderDimension(StrEnum):
    """EU gender dimension codes."""

    TARGETING = "01"
    MAINSTREAMING = "02"
    NEUTRAL = "03"


class FundingSource(StrEnum):
    CITY_BUDGET = "city_budget"
    ERDF = "erdf"
    ESF_PLUS = "esf_plus"
    NATIONAL = "national"
    PRIVATE = "private"
    OTHER = "other"


class FundingStatus(StrEnum):
    SECURED = "secured"
    APPLIED = "applied"
    POTENTIAL = "potential"


class RiskCategory(StrEnum):
    POLITICAL = "political"
    FINANCIAL = "financial"
    LEGAL_PROCUREMENT = "legal_procurement"
    CAPACITY = "capacity"
    STAKEHOLDER = "stakeholder"
    EXTERNAL = "external"


class RiskStatus(StrEnum):
    OPEN = "open"
    MITIGATED = "mitigated"
    CLOSED = "closed"


class IndicatorLevel(StrEnum):
    OUTPUT = "output"
    RESULT = "result"


class IndicatorUnit(StrEnum):
    NUMBER = "number"
    PERCENT = "percent"
    EUR = "eur"
    PERSONS = "persons"
    TCO2E = "tco2e"
    YES_NO = "yes_no"


class Polarity(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"


class Accumulation(StrEnum):
    CUMULATIVE = "cumulative"
    LATEST = "latest"


class Frequency(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"
    ONCE = "once"
    OTHER = "other"


class Disaggregation(StrEnum):
    NONE = "none"
    SEX = "sex"


class ReviewStatus(StrEnum):
    OPEN = "open"
    SENT = "sent"
    RESOLVED = "resolved"


class ReviewItemKind(StrEnum):
    PLAN = "plan"
    OBJECTIVE = "objective"
    ACTION = "action"
    INDICATOR = "indicator"
    RISK = "risk"


class ProgressStatus(StrEnum):
    """Where an indicator stands at a report date (computed by
    ``lagdesk.core.indicators.progress``, never stored)."""

    NO_DATA = "no_data"
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
