"""The large demo: a synthetic network over five years (2021-2025), for speed and scale.

Counts are fixed (20 000 people, 3 000 meetings, 200 000 attendance rows, ...) times
``scale``; content is random but deterministic for a seed. Every row goes in through
``bulk.insert_rows`` with ids chosen here, so a full build takes seconds, not minutes.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy.orm import Session

from lagdesk.db.codes import MeetingType, NetworkPhase, PartnerRole, Programme
from lagdesk.db.models import Meeting, Network, Organisation, Partner, Person, StakeholderGroup
from lagdesk.demo import large_meetings, large_people, large_plan
from lagdesk.demo import large_text as text
from lagdesk.demo.bulk import Row, insert_rows, next_id
from lagdesk.demo.large_plan import MAX_FUNDING_LINES, MONTHS
from lagdesk.demo.large_text import END, START
from lagdesk.i18n import translate

#: Full-size counts; ``scale`` multiplies them.
BASE_COUNTS = {
    "organisation": 5_000,
    "person": 20_000,
    "stakeholder_group": 250,
    "meeting": 3_000,
    "attendance": 200_000,
    "strategic_objective": 20,
    "specific_objective": 80,
    "action": 2_000,
    "funding_line": 4_000,
    "risk": 300,
    "indicator": 1_000,
    "measurement": 50_000,
}


def scaled_counts(scale: float) -> dict[str, int]:
    """Counts for a scale, kept feasible at tiny scales (no more attendances than pairs)."""
    counts = {name: max(1, round(count * scale)) for name, count in BASE_COUNTS.items()}
    counts["attendance"] = min(counts["attendance"], counts["meeting"] * counts["person"])
    counts["measurement"] = min(counts["measurement"], counts["indicator"] * len(MONTHS))
    counts["funding_line"] = min(counts["funding_line"], counts["action"] * MAX_FUNDING_LINES)
    return counts


@dataclass
class LargeContext:
    """What the phases share: the session, the random source, counts and chosen ids."""

    session: Session
    rng: random.Random
    counts: dict[str, int]
    first: dict[str, int] = field(default_factory=dict)
    organisation_city: list[int] = field(default_factory=list)
    meeting_days: list[date] = field(default_factory=list)
    meeting_city: list[int] = field(default_factory=list)
    meeting_types: list[MeetingType] = field(default_factory=list)
    decision_ids: list[int] = field(default_factory=list)
    partner_ids: list[int] = field(default_factory=list)
    action_codes: list[str] = field(default_factory=list)

    def ids(self, table: str) -> range:
        return range(self.first[table], self.first[table] + self.counts[table])

    def random_day(self, after: date = START, before: date = END) -> date:
        span = (before - after).days
        return after + timedelta(days=self.rng.randint(0, max(span, 0)))


def build(
    session: Session, rng: random.Random, report: Callable[[str], None], scale: float
) -> None:
    context = LargeContext(session, rng, scaled_counts(scale))
    models = {
        "organisation": Organisation,
        "person": Person,
        "stakeholder_group": StakeholderGroup,
        "meeting": Meeting,
    }
    for table, model in models.items():
        context.first[table] = next_id(session, model)
    report(translate("Demo", "Network and partners"))
    add_network(context)
    report(translate("Demo", "Organisations"))
    large_people.add_organisations(context)
    report(translate("Demo", "People"))
    large_people.add_people(context)
    report(translate("Demo", "Groups and memberships"))
    large_people.add_groups(context)
    report(translate("Demo", "Consents and stakeholder mapping"))
    large_people.add_consents_and_assessments(context)
    report(translate("Demo", "Meetings"))
    large_meetings.add_meetings(context)
    report(translate("Demo", "Attendance"))
    large_meetings.add_attendance(context)
    report(translate("Demo", "Action plan"))
    large_plan.add_plan(context)
    report(translate("Demo", "Indicators and measurements"))
    large_plan.add_indicators(context)
    report(translate("Demo", "Plan versions and reviews"))
    large_plan.add_reviews(context)


def add_network(context: LargeContext) -> None:
    network_id = next_id(context.session, Network)
    insert_rows(
        context.session,
        Network,
        [
            {
                "id": network_id,
                "name": "ProcureNet (synthetic demo network)",
                "programme": Programme.URBACT_IV,
                "topic": "Green, social and gender-responsive public procurement",
                "lead_expert": "Synthetic lead expert",
                "phase": NetworkPhase.IMPLEMENTATION,
                "start_date": START,
                "end_date": END,
                "description": "Generated data for trying lagdesk at network scale.",
            }
        ],
    )
    first = next_id(context.session, Partner)
    rows: list[Row] = []
    for index, (city, country, _zone) in enumerate(text.CITIES):
        rows.append(
            {
                "id": first + index,
                "network_id": network_id,
                "name": city,
                "country": country,
                "role": PartnerRole.LEAD_PARTNER if index == 1 else PartnerRole.PARTNER,
                "cofinancing_rate": text.COFINANCING[index],
                "is_own": index == 0,
            }
        )
        context.partner_ids.append(first + index)
    insert_rows(context.session, Partner, rows)
    context.first["network"] = network_id
