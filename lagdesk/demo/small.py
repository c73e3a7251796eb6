"""The small demo: the Koszalin local group of the GenProcure network.

Built with ordinary ORM objects (a few thousand rows at most), in the order a coordinator
would have entered them: people and groups, meetings, the network, then the plan.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from lagdesk.db.codes import (
    AttachmentKind,
    AttendanceStatus,
    ConsentMethod,
    ConsentPurpose,
    MemberRole,
    NetworkPhase,
    PartnerRole,
    Programme,
)
from lagdesk.db.models import (
    AgendaItem,
    AnonymousAttendance,
    Attachment,
    AttachmentContent,
    Attendance,
    ConsentRecord,
    Decision,
    GroupMembership,
    Meeting,
    MeetingInvitedGroup,
    MeetingTool,
    Network,
    Organisation,
    Partner,
    Person,
    PowerInterestAssessment,
    StakeholderGroup,
    Task,
    TransnationalMeeting,
)
from lagdesk.demo import koszalin_meetings as km
from lagdesk.demo import koszalin_people as kp
from lagdesk.demo import small_plan
from lagdesk.demo.common import RETENTION_UNTIL, minutes_html, sticky_notes_png, utc
from lagdesk.demo.names import email_local_part
from lagdesk.i18n import translate

MOBILE_PREFIXES = ("501", "505", "512", "530", "600", "601", "604", "660", "693", "721", "785")
MINUTES_LABELS = {
    "agenda": "Porządek spotkania",
    "summary": "Przebieg",
    "decisions": "Ustalenia",
    "tasks": "Zadania",
}
CONSENT_EVIDENCE = {
    ConsentMethod.WRITTEN: "Formularz zgody podpisany {day:%d.%m.%Y}, segregator ULG",
    ConsentMethod.EMAIL: "Zgoda przesłana e-mailem {day:%d.%m.%Y}",
    ConsentMethod.ONLINE_FORM: "Formularz online, zgłoszenie z {day:%d.%m.%Y}",
}
NOT_ATTENDED = (
    AttendanceStatus.EXCUSED,
    AttendanceStatus.NO_SHOW,
    AttendanceStatus.INVITED,
    AttendanceStatus.REGISTERED,
)


@dataclass
class KoszalinRecords:
    """The rows later phases refer to, by the demo data's keys."""

    organisations: dict[str, Organisation] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    groups: dict[str, StakeholderGroup] = field(default_factory=dict)
    #: group key -> (person key, joined, left)
    members: dict[str, list[tuple[str, date, date | None]]] = field(default_factory=dict)
    meetings: dict[str, Meeting] = field(default_factory=dict)
    decisions: dict[tuple[str, int], Decision] = field(default_factory=dict)


def build(session: Session, rng: random.Random, report: Callable[[str], None]) -> None:
    records = KoszalinRecords()
    report(translate("Demo", "Organisations and people"))
    add_stakeholders(session, rng, records)
    report(translate("Demo", "Groups, consents and stakeholder mapping"))
    add_groups(session, records)
    add_consents(session, rng, records)
    add_assessments(session, records)
    report(translate("Demo", "Meetings and attendance"))
    add_meetings(session, rng, records)
    report(translate("Demo", "Network and partners"))
    add_network(session, records)
    report(translate("Demo", "Action plan"))
    plan_records = small_plan.add_plan(session, records)
    report(translate("Demo", "Indicators and review"))
    small_plan.add_monitoring(session, records, plan_records)


def _phone(rng: random.Random, organisation: kp.OrganisationData | None) -> str:
    if organisation is not None and organisation.sector == "public":
        return f"{organisation.phone} wewn. {rng.randint(200, 399)}"
    if rng.random() < 0.15:
        return ""
    return f"+48 {rng.choice(MOBILE_PREFIXES)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


def add_stakeholders(session: Session, rng: random.Random, records: KoszalinRecords) -> None:
    by_key = {o.key: o for o in kp.ORGANISATIONS}
    for data in kp.ORGANISATIONS:
        organisation = Organisation(
            name=data.name,
            sector=data.sector,
            subtype=data.subtype,
            city="Koszalin",
            country="PL",
            website=data.website or f"https://www.{data.domain}",
            email=f"sekretariat@{data.domain}",
            phone=data.phone,
        )
        records.organisations[data.key] = organisation
    session.add_all(records.organisations.values())
    session.flush()
    for person in kp.PEOPLE:
        organisation_data = by_key[person.organisation] if person.organisation else None
        domain = organisation_data.domain if organisation_data else "poczta.example"
        employer = records.organisations[person.organisation] if person.organisation else None
        records.people[person.key] = Person(
            first_name=person.first_name,
            last_name=person.last_name,
            organisation_id=employer.id if employer else None,
            gender=person.gender,
            role=person.role,
            email=f"{email_local_part(person.first_name, person.last_name)}@{domain}",
            phone=_phone(rng, organisation_data),
        )
    session.add_all(records.people.values())
    session.flush()


def add_groups(session: Session, records: KoszalinRecords) -> None:
    for data in kp.GROUPS:
        group = StakeholderGroup(name=data.name, kind=data.kind, description=data.description)
        if data.parent:
            group.parent_id = records.groups[data.parent].id
        session.add(group)
        session.flush()
        records.groups[data.key] = group
        records.members[data.key] = []
    for person in kp.PEOPLE:
        for entry in person.groups:
            group_key, _, role = entry.partition(":")
            joined = kp.LATE_JOINERS.get(person.key, kp.ULG_FOUNDED)
            left = kp.LEAVERS.get(person.key)
            if group_key == "newsletter":
                left = kp.WITHDRAWN_CONSENTS.get((person.key, "newsletter"))
            records.members[group_key].append((person.key, joined, left))
            session.add(
                GroupMembership(
                    group_id=records.groups[group_key].id,
                    person_id=records.people[person.key].id,
                    role=MemberRole(role or MemberRole.MEMBER),
                    joined_on=joined,
                    left_on=left,
                )
            )
    for group_key, organisation_key, role in kp.ORGANISATION_MEMBERS:
        session.add(
            GroupMembership(
                group_id=records.groups[group_key].id,
                organisation_id=records.organisations[organisation_key].id,
                role=role,
                joined_on=kp.ULG_FOUNDED,
            )
        )


def add_consents(session: Session, rng: random.Random, records: KoszalinRecords) -> None:
    """Membership consent for group members; optional uses for some; a few withdrawn."""
    for person in kp.PEOPLE:
        group_keys = {entry.partition(":")[0] for entry in person.groups}
        joined = kp.LATE_JOINERS.get(person.key, kp.ULG_FOUNDED)
        purposes: list[ConsentPurpose] = []
        if group_keys - {"newsletter"}:
            purposes.append(ConsentPurpose.LOCAL_GROUP_MEMBERSHIP)
            if rng.random() < 0.7 or person.key == "olszewska":
                purposes.append(ConsentPurpose.PHOTO_PUBLICATION)
            if rng.random() < 0.5 or person.key == "jankowski":
                purposes.append(ConsentPurpose.CONTACT_SHARING)
        if "newsletter" in group_keys:
            purposes.append(ConsentPurpose.NEWSLETTER)
        for purpose in purposes:
            if purpose == ConsentPurpose.LOCAL_GROUP_MEMBERSHIP:
                method = ConsentMethod.WRITTEN
            else:
                method = rng.choice(tuple(CONSENT_EVIDENCE))
            withdrawn = kp.WITHDRAWN_CONSENTS.get((person.key, purpose.value))
            if person.key in kp.LEAVERS and purpose != ConsentPurpose.LOCAL_GROUP_MEMBERSHIP:
                withdrawn = kp.LEAVERS[person.key]
            session.add(
                ConsentRecord(
                    person_id=records.people[person.key].id,
                    purpose=purpose,
                    given_on=joined,
                    method=method,
                    evidence=CONSENT_EVIDENCE[method].format(day=joined),
                    withdrawn_on=withdrawn,
                )
            )


def add_assessments(session: Session, records: KoszalinRecords) -> None:
    for person in kp.PEOPLE:
        assessed_on = max(kp.FIRST_MAPPING, kp.LATE_JOINERS.get(person.key, kp.FIRST_MAPPING))
        person_id = records.people[person.key].id
        session.add(
            PowerInterestAssessment(
                person_id=person_id,
                power=person.power,
                interest=person.interest,
                assessed_on=assessed_on,
                note="Mapowanie interesariuszy",
            )
        )
        if person.key in kp.REASSESSED:
            power, interest = kp.REASSESSED[person.key]
            session.add(
                PowerInterestAssessment(
                    person_id=person_id,
                    power=power,
                    interest=interest,
                    assessed_on=kp.SECOND_MAPPING,
                    note="Aktualizacja macierzy na warsztacie projektowania działań",
                )
            )
    for key, (power, interest) in kp.ORGANISATION_SCORES.items():
        session.add(
            PowerInterestAssessment(
                organisation_id=records.organisations[key].id,
                power=power,
                interest=interest,
                assessed_on=kp.FIRST_MAPPING,
                note="Mapowanie interesariuszy (instytucje)",
            )
        )


def _invited(data: km.MeetingData, records: KoszalinRecords) -> list[str]:
    keys = set(data.invited_people)
    for group_key in data.invited_groups:
        for person_key, joined, left in records.members[group_key]:
            if joined <= data.day and (left is None or left >= data.day):
                keys.add(person_key)
    return [person.key for person in kp.PEOPLE if person.key in keys]


def add_meetings(session: Session, rng: random.Random, records: KoszalinRecords) -> None:
    for data in km.MEETINGS:
        meeting = Meeting(
            type=data.type,
            title=data.title,
            starts_at=utc(data.day, data.starts, data.timezone),
            ends_at=utc(data.end_day or data.day, data.ends, data.timezone),
            timezone=data.timezone,
            place=data.place,
            online_link=data.online_link,
            notes=data.notes,
            minutes=minutes_html(
                [title for title, _, _ in data.agenda],
                data.summary,
                list(data.decisions),
                [
                    f"{task.title} – {_full_name(task.owner)} (termin {task.due_on:%d.%m.%Y})"
                    for task in data.tasks
                ],
                MINUTES_LABELS,
            ),
            retention_until=RETENTION_UNTIL,
        )
        session.add(meeting)
        session.flush()
        records.meetings[data.key] = meeting
        _add_meeting_details(session, rng, records, data, meeting)
    _add_attachments(session, rng, records)


def _full_name(person_key: str) -> str:
    person = next(p for p in kp.PEOPLE if p.key == person_key)
    return f"{person.first_name} {person.last_name}"


def _add_meeting_details(
    session: Session,
    rng: random.Random,
    records: KoszalinRecords,
    data: km.MeetingData,
    meeting: Meeting,
) -> None:
    for group_key in data.invited_groups:
        session.add(
            MeetingInvitedGroup(meeting_id=meeting.id, group_id=records.groups[group_key].id)
        )
    for tool in data.tools:
        session.add(MeetingTool(meeting_id=meeting.id, tool=tool))
    for position, (title, minutes, presenter) in enumerate(data.agenda):
        session.add(
            AgendaItem(
                meeting_id=meeting.id,
                position=position,
                title=title,
                planned_minutes=minutes,
                presenter=presenter,
            )
        )
    invited = _invited(data, records)
    online = bool(data.online_link)
    weights = (2, 3, 2, 3) if online else (5, 3, 2, 0)
    for person_key in invited:
        came = rng.random() < data.turnout
        status = AttendanceStatus.ATTENDED if came else rng.choices(NOT_ATTENDED, weights)[0]
        session.add(
            Attendance(
                meeting_id=meeting.id, person_id=records.people[person_key].id, status=status
            )
        )
    others = [p.key for p in kp.PEOPLE if p.key not in set(invited)]
    for person_key in rng.sample(others, min(data.walk_ins, len(others))):
        session.add(
            Attendance(
                meeting_id=meeting.id,
                person_id=records.people[person_key].id,
                status=AttendanceStatus.ATTENDED,
                is_walk_in=True,
            )
        )
    for sector, gender, count in data.anonymous:
        session.add(
            AnonymousAttendance(meeting_id=meeting.id, sector=sector, gender=gender, count=count)
        )
    for number, text in enumerate(data.decisions, 1):
        decision = Decision(meeting_id=meeting.id, number=number, text=text)
        session.add(decision)
        records.decisions[(data.key, number)] = decision
    session.flush()
    for task in data.tasks:
        decision_id = records.decisions[(data.key, task.decision)].id if task.decision else None
        session.add(
            Task(
                meeting_id=meeting.id,
                decision_id=decision_id,
                title=task.title,
                owner_person_id=records.people[task.owner].id,
                due_on=task.due_on,
                done=task.done_on is not None,
                done_on=task.done_on,
            )
        )


def _attach(session: Session, attachment: Attachment, data: bytes) -> Attachment:
    attachment.size_bytes = len(data)
    session.add(attachment)
    session.flush()
    session.add(AttachmentContent(attachment_id=attachment.id, data=data))
    return attachment


def _add_attachments(session: Session, rng: random.Random, records: KoszalinRecords) -> None:
    """Photos with every combination of flags the export rules care about, and a note."""
    newspaper = records.meetings["newspaper"].id
    supplier_day = records.meetings["supplier_day"].id
    photos = (
        (newspaper, "gazeta_jutra_zespol_1.png", "Zespół 1 prezentuje swoją pierwszą stronę", date(2024, 1, 23), True, True, True),
        (newspaper, "gazeta_jutra_sala.png", "Sala podczas pracy w grupach", date(2024, 1, 23), True, False, False),
        (supplier_day, "dialog_tablica_pomyslow.png", "Tablica pomysłów dostawców (bez osób)", date(2024, 12, 10), False, False, True),
    )  # fmt: skip
    for meeting_id, filename, caption, taken_on, identifiable, checked, publishable in photos:
        _attach(
            session,
            Attachment(
                kind=AttachmentKind.PHOTO,
                meeting_id=meeting_id,
                filename=filename,
                media_type="image/png",
                caption=caption,
                taken_on=taken_on,
                identifiable=identifiable,
                consent_checked=checked,
                publishable=publishable,
            ),
            sticky_notes_png(rng),
        )
    note = (
        "Notatka z wizyty studyjnej – Spółdzielnia Socjalna „Pod Dębami”, 12.12.2023\n\n"
        "1. Spółdzielnia zatrudnia 8 osób (5 kobiet).\n"
        "2. Bariery: wymagane doświadczenie, krótkie terminy, duże części zamówień.\n"
        "3. Propozycja: zamówienie zastrzeżone na catering w dwóch szkołach.\n"
    )
    _attach(
        session,
        Attachment(
            kind=AttachmentKind.DOCUMENT,
            meeting_id=records.meetings["site_visit"].id,
            filename="notatka_wizyta_pod_debami.txt",
            media_type="text/plain; charset=utf-8",
            caption="Notatka z wizyty studyjnej",
            taken_on=date(2023, 12, 12),
        ),
        note.encode("utf-8"),
    )


def add_network(session: Session, records: KoszalinRecords) -> None:
    network = Network(
        name=km.NETWORK_NAME,
        programme=Programme.URBACT_IV,
        topic=km.NETWORK_TOPIC,
        lead_expert=km.NETWORK_LEAD_EXPERT,
        phase=NetworkPhase.PLANNING,
        start_date=km.NETWORK_START,
        end_date=km.NETWORK_END,
        description=km.NETWORK_DESCRIPTION,
    )
    session.add(network)
    session.flush()
    partners: dict[str, Partner] = {}
    for name, country, is_lead, rate, is_own in km.PARTNERS:
        partner = Partner(
            network_id=network.id,
            name=name,
            country=country,
            role=PartnerRole.LEAD_PARTNER if is_lead else PartnerRole.PARTNER,
            cofinancing_rate=rate,
            is_own=is_own,
            notes="ERDF co-financing rate (demo value)",
        )
        session.add(partner)
        partners[name] = partner
    session.flush()
    for title, host, place, start, end, meeting_key in km.TRANSNATIONAL:
        session.add(
            TransnationalMeeting(
                network_id=network.id,
                host_partner_id=partners[host].id,
                title=title,
                place=place,
                start_date=start,
                end_date=end,
                meeting_id=records.meetings[meeting_key].id if meeting_key else None,
                notes="Koszalin delegation: 3 people" if meeting_key else "",
            )
        )
