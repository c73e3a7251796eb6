"""Word lists and fixed facts for the large synthetic demo: period, cities, names, titles.

The large demo is for measuring speed and seeing long lists, so its text only needs to
look plausible and vary enough that sorting and searching mean something.
"""

from __future__ import annotations

from datetime import date

from lagdesk.db.codes import Sector

#: The period the large demo covers.
START, END = date(2021, 1, 1), date(2025, 12, 31)

#: Partner cities: name, country, IANA zone. The first is the city whose file this is.
CITIES: tuple[tuple[str, str, str], ...] = (
    ("Koszalin", "PL", "Europe/Warsaw"),
    ("Vila Nova de Famalicão", "PT", "Europe/Lisbon"),
    ("Zagreb", "HR", "Europe/Zagreb"),
    ("Messina", "IT", "Europe/Rome"),
    ("Satu Mare", "RO", "Europe/Bucharest"),
    ("Umeå", "SE", "Europe/Stockholm"),
    ("Ibrány", "HU", "Europe/Budapest"),
    ("Zenica", "BA", "Europe/Sarajevo"),
    ("Alcoy", "ES", "Europe/Madrid"),
    ("Ķekava", "LV", "Europe/Riga"),
)
#: How many of the people and organisations come from each city (the own city dominates).
CITY_WEIGHTS = (40, 7, 7, 7, 7, 7, 6, 6, 7, 6)
COFINANCING = (80.0, 80.0, 80.0, 80.0, 80.0, 70.0, 80.0, 80.0, 70.0, 80.0)

ORGANISATION_PATTERNS: dict[Sector, tuple[str, ...]] = {
    Sector.PUBLIC: (
        "City Hall of {city}", "{city} Social Welfare Centre", "{city} Labour Office",
        "{city} School Services", "{city} Housing Company", "{city} Water Utility",
        "{city} Waste Management Company", "{city} Public Library", "{city} Transport Authority",
        "{city} Health Centre", "{city} District Office {n}", "Primary School No {n}, {city}",
    ),
    Sector.PRIVATE: (
        "{surname} Catering", "{surname} & Partners", "{surname} Construction",
        "{surname} Cleaning Services", "{surname} IT Solutions", "{surname} Consulting",
        "{city} Chamber of Commerce", "{surname} Printing House", "{surname} Green Energy",
        "{city} Cooperative Bank", "{surname} Textiles", "{surname} Transport",
    ),
    Sector.CIVIC: (
        "Foundation for Equal Opportunities {city}", "{city} Women Entrepreneurs' Association",
        "Social Cooperative {surname}", "{city} Social Economy Support Centre",
        "{city} Environmental Association", "Disability Association {city}",
        "{city} Youth Council", "Neighbourhood Association {n}, {city}",
        "{city} Seniors' Club", "Migrant Support Network {city}",
    ),
    Sector.KNOWLEDGE: (
        "University of {city}", "{city} Institute of Regional Development",
        "{city} Adult Education Centre", "{city} Research Centre for Public Procurement",
        "Vocational School {n}, {city}", "{city} Business School",
    ),
}  # fmt: skip

SUBTYPES: dict[Sector, tuple[str, ...]] = {
    Sector.PUBLIC: ("municipality", "municipal company", "public service", "school"),
    Sector.PRIVATE: ("SME", "micro-enterprise", "large company", "business association"),
    Sector.CIVIC: ("foundation", "association", "social cooperative", "informal group"),
    Sector.KNOWLEDGE: ("university", "research institute", "school", "training centre"),
}

ROLES = (
    "procurement officer", "head of department", "project manager", "director", "owner",
    "board member", "coordinator", "researcher", "social worker", "councillor", "volunteer",
    "trainer", "contract manager", "finance officer", "communication officer", "resident",
)  # fmt: skip

TOPICS = (
    "gender clauses", "social clauses", "green criteria", "life-cycle costing",
    "school catering", "cleaning services", "street lighting", "market engagement",
    "reserved contracts", "women-led businesses", "social economy", "contract monitoring",
    "training of procurement staff", "supplier diversity", "circular procurement",
    "hazardous substances", "pay-gap targets", "local suppliers", "open data",
    "indicators and monitoring", "funding the plan", "risk review", "action design",
    "vision and objectives", "stakeholder mapping", "testing action", "peer review",
)  # fmt: skip

MEETING_TITLES = {
    "local_group_meeting": "Local group meeting: {topic}",
    "thematic_workshop": "Thematic workshop: {topic}",
    "co_design_workshop": "Co-design workshop: {topic}",
    "site_visit": "Study visit: {topic}",
    "transnational_meeting": "Transnational meeting in {city}: {topic}",
    "webinar": "Webinar: {topic}",
    "testing_action_event": "Testing action: {topic}",
    "other": "Meeting: {topic}",
}

VENUES = (
    "City Hall, room {n}",
    "Culture Centre",
    "University, hall {n}",
    "Library",
    "Community centre",
)
TOOLS = (
    "problem_tree", "newspaper_of_tomorrow", "power_interest_matrix", "world_cafe",
    "dot_voting", "persona", "journey_map", "fishbowl", "traffic_light_review", "peer_review",
)  # fmt: skip

AGENDA_ITEMS = (
    "Welcome and introductions", "Update from the network", "Presentation: {topic}",
    "Group work: {topic}", "Feedback from the working groups", "Next steps", "Any other business",
)  # fmt: skip

DECISION_TEXTS = (
    "The group agrees to prepare an action on {topic}.",
    "The working group will draft guidance on {topic}.",
    "The city will test {topic} in one procedure next year.",
    "The next meeting will focus on {topic}.",
    "The group endorses the proposal on {topic}.",
)  # fmt: skip

TASK_TEXTS = (
    "Circulate the notes on {topic}", "Collect examples of {topic}", "Draft a proposal on {topic}",
    "Check the legal basis for {topic}", "Invite suppliers to discuss {topic}",
)  # fmt: skip

ACTION_VERBS = (
    "Introduce",
    "Pilot",
    "Train staff in",
    "Publish guidance on",
    "Monitor",
    "Scale up",
)
INDICATOR_PATTERNS = (
    ("Share of contracts with {topic}", "percent", "result", "latest"),
    ("Number of procedures using {topic}", "number", "output", "cumulative"),
    ("People trained in {topic}", "persons", "output", "cumulative"),
    ("Spend on contracts with {topic}", "eur", "result", "cumulative"),
    ("Emissions avoided through {topic}", "tco2e", "result", "cumulative"),
    ("Policy on {topic} adopted", "yes_no", "result", "latest"),
)
RISK_TITLES = (
    "Delays in {topic}", "Budget cuts affecting {topic}", "Appeals against {topic}",
    "Staff shortage for {topic}", "Low interest of suppliers in {topic}",
    "External price shocks hitting {topic}",
)  # fmt: skip
