"""What a user reads for each stored code, in the current language.

Codes stay language-neutral in the file; labels are looked up at display and export time.
The computed indicator statuses (``ProgressStatus``) have their labels here too.
"""

from __future__ import annotations

from enum import StrEnum

from lagdesk.db import codes as c
from lagdesk.i18n import QT_TRANSLATE_NOOP, translate

#: The Qt Linguist context of most labels.
CONTEXT = "Codes"

# Pairs, not a dict: StrEnum members compare as their text, so Sector.PRIVATE and
# FundingSource.PRIVATE would be one key. Labels are looked up by (type, value).
# A word that labels codes of several kinds ("Open" risk, "Open" review comment) is not
# here but in _OWN_CONTEXTS below: languages with grammatical gender need one translation
# per kind, and a context holds one translation per text.
_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (c.Programme.URBACT_IV, QT_TRANSLATE_NOOP("Codes", "URBACT IV")),
    (c.Programme.URBACT_III, QT_TRANSLATE_NOOP("Codes", "URBACT III")),
    (c.Programme.INTERREG, QT_TRANSLATE_NOOP("Codes", "Interreg")),
    (c.Programme.COSME, QT_TRANSLATE_NOOP("Codes", "COSME")),
    (c.Programme.ESF, QT_TRANSLATE_NOOP("Codes", "ESF+")),
    (c.NetworkPhase.ACTIVATION, QT_TRANSLATE_NOOP("Codes", "Activation")),
    (c.NetworkPhase.PLANNING, QT_TRANSLATE_NOOP("Codes", "Planning")),
    (c.NetworkPhase.IMPLEMENTATION, QT_TRANSLATE_NOOP("Codes", "Implementation")),
    (c.PartnerRole.LEAD_PARTNER, QT_TRANSLATE_NOOP("Codes", "Lead partner")),
    (c.PartnerRole.PARTNER, QT_TRANSLATE_NOOP("Codes", "Partner")),
    (c.Sector.PUBLIC, QT_TRANSLATE_NOOP("Codes", "Public")),
    (c.Sector.PRIVATE, QT_TRANSLATE_NOOP("Codes", "Private")),
    (c.Sector.CIVIC, QT_TRANSLATE_NOOP("Codes", "Civic")),
    (c.Sector.KNOWLEDGE, QT_TRANSLATE_NOOP("Codes", "Knowledge")),
    (c.Gender.FEMALE, QT_TRANSLATE_NOOP("Codes", "Female")),
    (c.Gender.MALE, QT_TRANSLATE_NOOP("Codes", "Male")),
    (c.Gender.NON_BINARY, QT_TRANSLATE_NOOP("Codes", "Non-binary")),
    (c.Gender.PREFER_NOT_TO_SAY, QT_TRANSLATE_NOOP("Codes", "Prefer not to say")),
    (c.Gender.UNKNOWN, QT_TRANSLATE_NOOP("Codes", "Unknown")),
    (c.GroupKind.LOCAL_GROUP, QT_TRANSLATE_NOOP("Codes", "Local group")),
    (c.GroupKind.WORKING_GROUP, QT_TRANSLATE_NOOP("Codes", "Working group")),
    (c.GroupKind.STEERING_BOARD, QT_TRANSLATE_NOOP("Codes", "Steering board")),
    (c.GroupKind.MAILING, QT_TRANSLATE_NOOP("Codes", "Mailing group")),
    (c.MemberRole.MEMBER, QT_TRANSLATE_NOOP("Codes", "Member")),
    (c.MemberRole.CHAIR, QT_TRANSLATE_NOOP("Codes", "Chair")),
    (c.MemberRole.COORDINATOR, QT_TRANSLATE_NOOP("Codes", "Coordinator")),
    (c.MemberRole.EXPERT, QT_TRANSLATE_NOOP("Codes", "Expert")),
    (c.MemberRole.OBSERVER, QT_TRANSLATE_NOOP("Codes", "Observer")),
    (c.ConsentPurpose.LOCAL_GROUP_MEMBERSHIP, QT_TRANSLATE_NOOP("Codes", "Local group membership")),
    (c.ConsentPurpose.PHOTO_PUBLICATION, QT_TRANSLATE_NOOP("Codes", "Photo publication")),
    (
        c.ConsentPurpose.CONTACT_SHARING,
        QT_TRANSLATE_NOOP("Codes", "Sharing contacts with partners"),
    ),
    (c.ConsentPurpose.NEWSLETTER, QT_TRANSLATE_NOOP("Codes", "Newsletter")),
    (c.ConsentMethod.WRITTEN, QT_TRANSLATE_NOOP("Codes", "Written form")),
    (c.ConsentMethod.EMAIL, QT_TRANSLATE_NOOP("Codes", "E-mail")),
    (c.ConsentMethod.ONLINE_FORM, QT_TRANSLATE_NOOP("Codes", "Online form")),
    (c.ConsentMethod.VERBAL, QT_TRANSLATE_NOOP("Codes", "Verbal")),
    (c.MeetingType.LOCAL_GROUP_MEETING, QT_TRANSLATE_NOOP("Codes", "Local group meeting")),
    (c.MeetingType.THEMATIC_WORKSHOP, QT_TRANSLATE_NOOP("Codes", "Thematic workshop")),
    (c.MeetingType.CO_DESIGN_WORKSHOP, QT_TRANSLATE_NOOP("Codes", "Co-design workshop")),
    (c.MeetingType.SITE_VISIT, QT_TRANSLATE_NOOP("Codes", "Site or study visit")),
    (c.MeetingType.TRANSNATIONAL_MEETING, QT_TRANSLATE_NOOP("Codes", "Transnational meeting")),
    (c.MeetingType.WEBINAR, QT_TRANSLATE_NOOP("Codes", "Webinar")),
    (c.MeetingType.TESTING_ACTION_EVENT, QT_TRANSLATE_NOOP("Codes", "Testing action event")),
    (c.AttendanceStatus.INVITED, QT_TRANSLATE_NOOP("Codes", "Invited")),
    (c.AttendanceStatus.REGISTERED, QT_TRANSLATE_NOOP("Codes", "Registered")),
    (c.AttendanceStatus.ATTENDED, QT_TRANSLATE_NOOP("Codes", "Attended")),
    (c.AttendanceStatus.EXCUSED, QT_TRANSLATE_NOOP("Codes", "Excused")),
    (c.AttendanceStatus.NO_SHOW, QT_TRANSLATE_NOOP("Codes", "No-show")),
    (c.AttachmentKind.DOCUMENT, QT_TRANSLATE_NOOP("Codes", "Document")),
    (c.AttachmentKind.PHOTO, QT_TRANSLATE_NOOP("Codes", "Photo")),
    (c.AttachmentKind.SIGNED_ATTENDANCE_LIST, QT_TRANSLATE_NOOP("Codes", "Signed attendance list")),
    (c.AttachmentKind.EVIDENCE, QT_TRANSLATE_NOOP("Codes", "Evidence")),
    (c.PlanStatus.DRAFT, QT_TRANSLATE_NOOP("Codes", "Draft")),
    (c.PlanStatus.SUBMITTED, QT_TRANSLATE_NOOP("Codes", "Submitted for review")),
    (c.PlanStatus.RETURNED, QT_TRANSLATE_NOOP("Codes", "Returned")),
    (c.PlanStatus.APPROVED, QT_TRANSLATE_NOOP("Codes", "Approved")),
    (c.ObjectiveLevel.STRATEGIC, QT_TRANSLATE_NOOP("Codes", "Strategic objective")),
    (c.ObjectiveLevel.SPECIFIC, QT_TRANSLATE_NOOP("Codes", "Specific objective")),
    (c.ActionType.INVESTMENT, QT_TRANSLATE_NOOP("Codes", "Investment")),
    (c.ActionType.CAPACITY_BUILDING, QT_TRANSLATE_NOOP("Codes", "Capacity building")),
    (c.ActionType.POLICY_REGULATION, QT_TRANSLATE_NOOP("Codes", "Policy or regulation")),
    (c.ActionType.PROCUREMENT, QT_TRANSLATE_NOOP("Codes", "Procurement")),
    (c.ActionType.COMMUNICATION, QT_TRANSLATE_NOOP("Codes", "Communication")),
    (c.ActionType.TESTING_ACTION, QT_TRANSLATE_NOOP("Codes", "Testing action")),
    (c.ActionStatus.PLANNED, QT_TRANSLATE_NOOP("Codes", "Planned")),
    (c.ActionStatus.ONGOING, QT_TRANSLATE_NOOP("Codes", "Ongoing")),
    (c.ActionStatus.DONE, QT_TRANSLATE_NOOP("Codes", "Done")),
    (c.ActionStatus.DELAYED, QT_TRANSLATE_NOOP("Codes", "Delayed")),
    (c.ActionStatus.CANCELLED, QT_TRANSLATE_NOOP("Codes", "Cancelled")),
    (c.GenderDimension.TARGETING, QT_TRANSLATE_NOOP("Codes", "01 Gender targeting")),
    (c.GenderDimension.MAINSTREAMING, QT_TRANSLATE_NOOP("Codes", "02 Gender mainstreaming")),
    (c.GenderDimension.NEUTRAL, QT_TRANSLATE_NOOP("Codes", "03 Gender neutral")),
    (c.FundingSource.CITY_BUDGET, QT_TRANSLATE_NOOP("Codes", "City budget")),
    (c.FundingSource.ERDF, QT_TRANSLATE_NOOP("Codes", "ERDF")),
    (c.FundingSource.ESF_PLUS, QT_TRANSLATE_NOOP("Codes", "ESF+")),
    (c.FundingSource.NATIONAL, QT_TRANSLATE_NOOP("Codes", "National funds")),
    (c.FundingSource.PRIVATE, QT_TRANSLATE_NOOP("Codes", "Private funds")),
    (c.FundingStatus.SECURED, QT_TRANSLATE_NOOP("Codes", "Secured")),
    (c.FundingStatus.APPLIED, QT_TRANSLATE_NOOP("Codes", "Applied for")),
    (c.FundingStatus.POTENTIAL, QT_TRANSLATE_NOOP("Codes", "Potential")),
    (c.RiskCategory.POLITICAL, QT_TRANSLATE_NOOP("Codes", "Political")),
    (c.RiskCategory.FINANCIAL, QT_TRANSLATE_NOOP("Codes", "Financial")),
    (c.RiskCategory.LEGAL_PROCUREMENT, QT_TRANSLATE_NOOP("Codes", "Legal or procurement")),
    (c.RiskCategory.CAPACITY, QT_TRANSLATE_NOOP("Codes", "Capacity")),
    (c.RiskCategory.STAKEHOLDER, QT_TRANSLATE_NOOP("Codes", "Stakeholder")),
    (c.RiskCategory.EXTERNAL, QT_TRANSLATE_NOOP("Codes", "External")),
    (c.RiskStatus.MITIGATED, QT_TRANSLATE_NOOP("Codes", "Mitigated")),
    (c.IndicatorLevel.OUTPUT, QT_TRANSLATE_NOOP("Codes", "Output")),
    (c.IndicatorLevel.RESULT, QT_TRANSLATE_NOOP("Codes", "Result")),
    (c.IndicatorUnit.NUMBER, QT_TRANSLATE_NOOP("Codes", "Number")),
    (c.IndicatorUnit.PERCENT, QT_TRANSLATE_NOOP("Codes", "%")),
    (c.IndicatorUnit.EUR, QT_TRANSLATE_NOOP("Codes", "EUR")),
    (c.IndicatorUnit.PERSONS, QT_TRANSLATE_NOOP("Codes", "Persons")),
    (c.IndicatorUnit.TCO2E, QT_TRANSLATE_NOOP("Codes", "t CO2e")),
    (c.IndicatorUnit.YES_NO, QT_TRANSLATE_NOOP("Codes", "Yes/no")),
    (c.Polarity.INCREASE, QT_TRANSLATE_NOOP("Codes", "Increase is good")),
    (c.Polarity.DECREASE, QT_TRANSLATE_NOOP("Codes", "Decrease is good")),
    (c.Accumulation.CUMULATIVE, QT_TRANSLATE_NOOP("Codes", "Cumulative")),
    (c.Accumulation.LATEST, QT_TRANSLATE_NOOP("Codes", "Latest value")),
    (c.Frequency.MONTHLY, QT_TRANSLATE_NOOP("Codes", "Monthly")),
    (c.Frequency.QUARTERLY, QT_TRANSLATE_NOOP("Codes", "Quarterly")),
    (c.Frequency.HALF_YEARLY, QT_TRANSLATE_NOOP("Codes", "Every six months")),
    (c.Frequency.YEARLY, QT_TRANSLATE_NOOP("Codes", "Yearly")),
    (c.Frequency.ONCE, QT_TRANSLATE_NOOP("Codes", "Once")),
    (c.Disaggregation.NONE, QT_TRANSLATE_NOOP("Codes", "Not disaggregated")),
    (c.Disaggregation.SEX, QT_TRANSLATE_NOOP("Codes", "By sex")),
    (c.ReviewStatus.SENT, QT_TRANSLATE_NOOP("Codes", "Sent")),
    (c.ReviewStatus.RESOLVED, QT_TRANSLATE_NOOP("Codes", "Resolved")),
    (c.ReviewItemKind.PLAN, QT_TRANSLATE_NOOP("Codes", "Plan")),
    (c.ReviewItemKind.OBJECTIVE, QT_TRANSLATE_NOOP("Codes", "Objective")),
    (c.ReviewItemKind.ACTION, QT_TRANSLATE_NOOP("Codes", "Action")),
    (c.ReviewItemKind.INDICATOR, QT_TRANSLATE_NOOP("Codes", "Indicator")),
    (c.ReviewItemKind.RISK, QT_TRANSLATE_NOOP("Codes", "Risk")),
    # Computed, never stored: where an indicator stands at a report date.
    (c.ProgressStatus.NO_DATA, QT_TRANSLATE_NOOP("Codes", "No data")),
    (c.ProgressStatus.ACHIEVED, QT_TRANSLATE_NOOP("Codes", "Achieved")),
    (c.ProgressStatus.ON_TRACK, QT_TRANSLATE_NOOP("Codes", "On track")),
    (c.ProgressStatus.AT_RISK, QT_TRANSLATE_NOOP("Codes", "At risk")),
    (c.ProgressStatus.OFF_TRACK, QT_TRANSLATE_NOOP("Codes", "Off track")),
)

# (code, context, text): labels translated in a context of their own, named after the code's
# type. The context is written twice, as data and in the marker, because pyside6-lupdate
# reads only a literal context in QT_TRANSLATE_NOOP (a test checks the two agree).
_OWN_CONTEXTS: tuple[tuple[StrEnum, str, str], ...] = (
    (c.Programme.OTHER, "Programme", QT_TRANSLATE_NOOP("Programme", "Other")),
    (c.NetworkPhase.CLOSED, "NetworkPhase", QT_TRANSLATE_NOOP("NetworkPhase", "Closed")),
    (c.GroupKind.OTHER, "GroupKind", QT_TRANSLATE_NOOP("GroupKind", "Other")),
    (c.ConsentMethod.OTHER, "ConsentMethod", QT_TRANSLATE_NOOP("ConsentMethod", "Other")),
    (c.MeetingType.OTHER, "MeetingType", QT_TRANSLATE_NOOP("MeetingType", "Other")),
    (c.FundingSource.OTHER, "FundingSource", QT_TRANSLATE_NOOP("FundingSource", "Other")),
    (c.RiskStatus.OPEN, "RiskStatus", QT_TRANSLATE_NOOP("RiskStatus", "Open")),
    (c.RiskStatus.CLOSED, "RiskStatus", QT_TRANSLATE_NOOP("RiskStatus", "Closed")),
    (c.Frequency.OTHER, "Frequency", QT_TRANSLATE_NOOP("Frequency", "Other")),
    (c.ReviewStatus.OPEN, "ReviewStatus", QT_TRANSLATE_NOOP("ReviewStatus", "Open")),
)

#: (type, value) -> (context, English text).
_LABELS: dict[tuple[type, str], tuple[str, str]] = {
    **{(type(code), code.value): (CONTEXT, text) for code, text in _PAIRS},
    **{(type(code), code.value): (context, text) for code, context, text in _OWN_CONTEXTS},
}


def label(code: StrEnum) -> str:
    """The translated label of a stored code."""
    context, text = _LABELS[(type(code), code.value)]
    return translate(context, text)


def source_label(code: StrEnum) -> str:
    """The label in the source language (English), whatever the current language."""
    return _LABELS[(type(code), code.value)][1]


def label_context(code: StrEnum) -> str:
    """The Qt Linguist context a code's label is translated in ("Codes" for most)."""
    return _LABELS[(type(code), code.value)][0]


def choices(enum_cls: type[StrEnum]) -> list[tuple[StrEnum, str]]:
    """(code, label) pairs in the enum's order, for combo boxes and filters."""
    return [(member, label(member)) for member in enum_cls]


def has_label(code: StrEnum) -> bool:
    return (type(code), code.value) in _LABELS


def label_of(enum_cls: type[StrEnum], value: object) -> str:
    """The translated label of a code stored as text; "" for none, an unknown code as stored
    (a file written by a newer lagdesk may hold codes this one does not know)."""
    if value is None or value == "":
        return ""
    try:
        code = enum_cls(str(value))
    except ValueError:
        return str(value)
    return label(code) if has_label(code) else str(value)
