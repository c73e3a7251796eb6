"""Koszalin's Integrated Action Plan (demo data): texts, objective tree, actions, risks.

The plan is in English, the network's common language, as the lead expert reads it.
Action codes are the specific objective's code plus a running number (1.1.1, 1.1.2, ...).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from lagdesk.db.codes import (
    ActionStatus,
    ActionType,
    FundingSource,
    FundingStatus,
    GenderDimension,
    RiskCategory,
    RiskStatus,
)

PLAN_TITLE = (
    "Fair contracts for Koszalin: Integrated Action Plan for gender-responsive public procurement"
)
PLAN_CITY = "Koszalin"
VISION = "In 2030 every city contract above EUR 10 000 serves equality, the local economy and the climate. Koszalin buys from women-led businesses and social cooperatives as a matter of course, its procurement officers know how a tender affects women and men differently, and every year the city tells its residents what social and environmental value its contracts created."
CONTEXT = "Koszalin (about 105 000 inhabitants) spends some EUR 95 million a year on works, goods and services. In 2021-2022 only 2 % of contracts above EUR 10 000 contained any gender-related clause and 8 % a social clause; the lowest price decided 87 % of awards. Women run a third of the city's small businesses but won 6 % of the value of municipal contracts. Social cooperatives exist (catering, cleaning, greenery) but almost never bid. The city adopted an equality action plan in 2022 that does not mention procurement."
PROBLEM_ANALYSIS = "The local group's problem tree (October 2023) names one core problem: criteria other than price are rarely used, and nobody knows how contracts affect women and men. Its roots are the lack of sex-disaggregated data in the contract register, fear of appeals to the National Appeal Chamber, no training on strategic procurement, tenders too large and too fast for small suppliers, and no link between the equality plan and purchasing. The consequences are contracts that reproduce gender gaps (for example cleaning services tendered for night hours only), missed local jobs and a supplier base that does not reflect the city."
TRANSNATIONAL_LEARNING = "From Vila Nova de Famalicão we took the training model for procurement staff and managers (action 1.2.1). Umeå showed how supplier dialogue before tendering opens contracts to small and women-led firms; we tested it in the supplier dialogue day of December 2024 (action 2.1.1). Messina's reserved contracts for social cooperatives inspired the school catering pilot (action 2.2.2), and Zagreb's gender-impact checklist became the starting point of ours (action 1.1.2). Peer review in Famalicão improved our indicators."


@dataclass(frozen=True)
class ObjectiveData:
    code: str
    title: str
    description: str = ""


OBJECTIVES: tuple[ObjectiveData, ...] = (
    ObjectiveData("1", "Make gender equality a standard part of municipal procurement", "Every procedure above EUR 10 000 considers its effect on women and men."),
    ObjectiveData("1.1", "Embed gender and social criteria in procurement procedures"),
    ObjectiveData("1.2", "Build the skills of procurement and contract staff"),
    ObjectiveData("2", "Open public contracts to local social-economy and women-led businesses", "Small, social and women-led suppliers can compete for city contracts."),
    ObjectiveData("2.1", "Engage the local market before tendering"),
    ObjectiveData("2.2", "Help social-economy enterprises and women-led businesses to bid"),
    ObjectiveData("3", "Use procurement to deliver green and fair services", "City purchases cut emissions and hazardous substances and show their social value."),
    ObjectiveData("3.1", "Apply green criteria and life-cycle costing in priority product groups"),
    ObjectiveData("3.2", "Measure and report the social, green and gender value of contracts"),
)  # fmt: skip


@dataclass(frozen=True)
class ActionData:
    code: str
    title: str
    description: str
    type: ActionType
    status: ActionStatus
    progress: int
    lead: str
    partners: tuple[str, ...]
    responsible: str
    start: date
    end: date
    cost: Decimal
    expected_result: str
    outputs: str
    gender_dimension: GenderDimension
    tags: tuple[str, ...]
    milestones: tuple[tuple[str, date, bool], ...]
    funding: tuple[tuple[FundingSource, Decimal, FundingStatus], ...]
    #: The meeting decision the action came from: (meeting key, decision number).
    source: tuple[str, int] | None = None


_G, _GR, _D = "gender", "green", "digital"
CITY, ERDF, ESF = FundingSource.CITY_BUDGET, FundingSource.ERDF, FundingSource.ESF_PLUS
NATIONAL, PRIVATE = FundingSource.NATIONAL, FundingSource.PRIVATE
SECURED, APPLIED, POTENTIAL = FundingStatus.SECURED, FundingStatus.APPLIED, FundingStatus.POTENTIAL
TARGETING, MAINSTREAMING, NEUTRAL = (
    GenderDimension.TARGETING,
    GenderDimension.MAINSTREAMING,
    GenderDimension.NEUTRAL,
)
D = Decimal

ACTIONS: tuple[ActionData, ...] = (
    ActionData("1.1.1", "Adopt a municipal strategy for green, social and gender-responsive procurement", "A council resolution sets objectives, targets and responsibilities for strategic procurement and links it to the city's equality action plan.", ActionType.POLICY_REGULATION, ActionStatus.ONGOING, 60, "um", ("instytut", "fundacja"), "zielinski", date(2024, 6, 1), date(2025, 12, 31), D("18000"), "Strategic procurement becomes city policy, binding on all departments and municipal companies.", "Procurement strategy adopted by the City Council; annual implementation plan.", MAINSTREAMING, (_G, _GR), (("Draft strategy consulted with the local group", date(2025, 3, 31), True), ("Strategy adopted by the City Council", date(2025, 11, 30), False)), ((CITY, D("18000"), SECURED),), ("ulg_april", 1)),
    ActionData("1.1.2", "Gender-impact checklist for tender specifications", "A one-page checklist asks, before a tender is published, who uses the service, when and where, and who will do the work.", ActionType.POLICY_REGULATION, ActionStatus.DONE, 100, "um", ("fundacja", "tu"), "lewandowska", date(2024, 2, 1), date(2024, 12, 31), D("6500"), "Procurement officers see the gender effects of a contract before they write the specification.", "Checklist tested in three procedures and published in the intranet.", TARGETING, (_G,), (("Checklist tested in three procedures", date(2024, 10, 31), True), ("Checklist published in the intranet", date(2024, 12, 15), True)), ((CITY, D("6500"), SECURED),), ("problem_tree", 2)),
    ActionData("1.1.3", "Model social and gender clauses for contracts above EUR 10 000", "A library of tested clauses for specifications, award criteria and contract conditions, checked by the legal office.", ActionType.PROCUREMENT, ActionStatus.ONGOING, 40, "um", ("owes", "instytut"), "kaminski", date(2024, 9, 1), date(2025, 9, 30), D("9000"), "Officers use ready, legally safe clauses instead of price-only awards.", "Clause library (12 model clauses) with guidance notes.", TARGETING, (_G,), (("Legal opinion on the model clauses", date(2025, 5, 31), True), ("Clause library published", date(2025, 9, 30), False)), ((CITY, D("4500"), SECURED), (ESF, D("4500"), APPLIED))),
    ActionData("1.2.1", "Training programme on gender-responsive procurement for procurement staff", "Four modules after the Famalicão model: gender analysis, social clauses, market engagement, contract monitoring.", ActionType.CAPACITY_BUILDING, ActionStatus.ONGOING, 50, "um", ("fundacja", "cku"), "wojcik", date(2024, 11, 1), date(2025, 12, 31), D("24000"), "All procurement officers can apply gender and social criteria.", "40 staff trained; training materials and recordings.", TARGETING, (_G,), (("Module 1 delivered", date(2024, 12, 15), True), ("Modules 2 and 3 delivered", date(2025, 6, 30), True), ("Module 4 delivered", date(2025, 11, 30), False)), ((ESF, D("20400"), SECURED), (CITY, D("3600"), SECURED)), ("famalicao", 1)),
    ActionData("1.2.2", "Training for contract managers on monitoring social and gender clauses", "Contract managers learn to check employment, pay-gap and working-time clauses during delivery.", ActionType.CAPACITY_BUILDING, ActionStatus.PLANNED, 0, "um", ("cku",), "lewandowska", date(2025, 9, 1), date(2026, 6, 30), D("12000"), "Clauses are enforced, not only written.", "25 contract managers trained; monitoring template.", MAINSTREAMING, (_G,), (("Training needs survey", date(2025, 10, 31), False),), ((ESF, D("10200"), POTENTIAL), (CITY, D("1800"), SECURED))),
    ActionData("2.1.1", "Supplier dialogue day before major tenders", "A yearly open day where the city presents its procurement plan and suppliers tell what keeps them from bidding.", ActionType.TESTING_ACTION, ActionStatus.DONE, 100, "um", ("pig", "owes"), "gorska", date(2024, 7, 1), date(2024, 12, 31), D("4000"), "More and more diverse bids in catering and cleaning tenders.", "Supplier dialogue day held on 10 December 2024 with 26 suppliers.", MAINSTREAMING, (_G,), (("Concept agreed", date(2024, 7, 8), True), ("Dialogue day held", date(2024, 12, 10), True)), ((CITY, D("800"), SECURED), (ERDF, D("3200"), SECURED)), ("ulg_april", 2)),
    ActionData("2.1.2", "Procurement plan online with a supplier newsletter", "The yearly procurement plan is published as open data with a newsletter announcing upcoming tenders.", ActionType.COMMUNICATION, ActionStatus.DELAYED, 70, "um", ("it", "pig"), "borkowski", date(2024, 10, 1), date(2025, 6, 30), D("7500"), "Suppliers learn about tenders months in advance.", "Open-data procurement plan; quarterly newsletter.", NEUTRAL, (_D,), (("Open-data format agreed", date(2025, 1, 31), True), ("First newsletter sent", date(2025, 4, 30), False)), ((CITY, D("7500"), SECURED),)),
    ActionData("2.2.1", "Bid-readiness workshops for social-economy enterprises and women-led businesses", "Six workshops and individual coaching on the e-procurement platform, consortia and pricing.", ActionType.CAPACITY_BUILDING, ActionStatus.ONGOING, 35, "owes", ("kobiety", "pig", "pup"), "gorska", date(2025, 1, 15), date(2026, 6, 30), D("21000"), "Social-economy and women-led businesses bid for city contracts.", "6 workshops, 30 businesses coached.", TARGETING, (_G,), (("First two workshops", date(2025, 4, 30), True), ("Coaching completed", date(2026, 5, 31), False)), ((ESF, D("17850"), APPLIED), (PRIVATE, D("1500"), SECURED), (CITY, D("1650"), SECURED))),
    ActionData("2.2.2", "Reserved contract for school catering (pilot in two schools)", "A contract reserved for social enterprises under article 94 of the Public Procurement Law.", ActionType.PROCUREMENT, ActionStatus.DELAYED, 45, "cuwo", ("spoldzielnia", "owes"), "wojciechowski", date(2024, 3, 1), date(2025, 8, 31), D("160000"), "Social cooperatives deliver school meals and create jobs for people returning to work.", "One reserved contract awarded; evaluation report.", MAINSTREAMING, (_G, _GR), (("Legal basis confirmed", date(2024, 3, 15), True), ("Contract awarded", date(2025, 2, 28), True), ("Evaluation report", date(2025, 8, 31), False)), ((CITY, D("160000"), SECURED),), ("site_visit", 1)),
    ActionData("2.2.3", "Mentoring network of women entrepreneurs bidding in consortia", "Cancelled in March 2025: the partners merged it into action 2.2.1.", ActionType.CAPACITY_BUILDING, ActionStatus.CANCELLED, 10, "kobiety", ("bank",), "michalak", date(2024, 9, 1), date(2025, 6, 30), D("8000"), "Women entrepreneurs form consortia for larger contracts.", "Mentoring network (merged into 2.2.1).", TARGETING, (_G,), (), ((PRIVATE, D("3000"), POTENTIAL),)),
    ActionData("3.1.1", "Green and fair school catering tender with life-cycle costing", "The 2026 catering tender uses EU GPP criteria for food, seasonal menus and life-cycle costing of kitchen equipment.", ActionType.PROCUREMENT, ActionStatus.PLANNED, 10, "cuwo", ("eko", "tu"), "kwiatkowska", date(2025, 3, 1), date(2026, 8, 31), D("35000"), "Healthier, lower-carbon school meals bought at the lowest life-cycle cost.", "Tender documents with GPP criteria; life-cycle costing tool.", MAINSTREAMING, (_GR, _G), (("Market analysis", date(2025, 9, 30), False), ("Tender published", date(2026, 3, 31), False)), ((CITY, D("10000"), SECURED), (NATIONAL, D("25000"), APPLIED))),
    ActionData("3.1.2", "Cleaning services tender excluding hazardous substances", "Cleaning of municipal buildings with ecolabelled products and daytime cleaning hours.", ActionType.PROCUREMENT, ActionStatus.ONGOING, 60, "um", ("eko", "mwik"), "kaczmarek", date(2024, 10, 1), date(2025, 10, 31), D("12000"), "No listed hazardous substances in city cleaning; cleaners work daytime hours.", "Tender with exclusion list and working-time clause.", MAINSTREAMING, (_GR, _G), (("Specification agreed", date(2025, 3, 31), True), ("Contract signed", date(2025, 10, 31), False)), ((CITY, D("12000"), SECURED),)),
    ActionData("3.1.3", "Energy-efficient street lighting procured with life-cycle costing", "Replacement of 2 400 sodium lamps with LED, designed with a women's safety walk.", ActionType.INVESTMENT, ActionStatus.DELAYED, 15, "mzd", ("tu", "mwik"), "kaminski", date(2024, 9, 1), date(2026, 12, 31), D("1450000"), "Lower energy use and safer streets at night.", "2 400 LED lamps; safety walk report.", MAINSTREAMING, (_GR,), (("Energy audit of street lighting", date(2024, 12, 31), True), ("Safety walk with residents", date(2025, 5, 31), True), ("Tender published", date(2025, 9, 30), False)), ((ERDF, D("870000"), APPLIED), (CITY, D("217500"), SECURED), (NATIONAL, D("150000"), POTENTIAL))),
    ActionData("3.2.1", "Contract register dashboard for green, social and gender clauses", "The contract register records clauses and supplier data so that the indicators are produced automatically.", ActionType.INVESTMENT, ActionStatus.PLANNED, 0, "um", ("it", "tu"), "zielinski", date(2025, 4, 1), date(2026, 3, 31), D("48000"), "Indicator data without manual counting.", "Register extension and public dashboard.", MAINSTREAMING, (_D, _G, _GR), (("Specification of the register fields", date(2025, 9, 30), False),), ((ERDF, D("38400"), APPLIED), (CITY, D("9600"), SECURED)), ("action_design", 2)),
    ActionData("3.2.2", "Annual public report on the social value of procurement", "A short yearly report to the council and residents on clauses, suppliers, jobs and emissions.", ActionType.COMMUNICATION, ActionStatus.PLANNED, 0, "um", ("instytut", "fundacja"), "borkowski", date(2025, 10, 1), date(2026, 3, 31), D("5000"), "Residents and councillors see what city contracts achieve.", "First annual report (2025 data).", MAINSTREAMING, (_G,), (("Report presented to the council", date(2026, 3, 31), False),), ((CITY, D("5000"), POTENTIAL),)),
)  # fmt: skip


@dataclass(frozen=True)
class RiskData:
    title: str
    description: str
    category: RiskCategory
    likelihood: int
    impact: int
    mitigation: str
    owner: str
    status: RiskStatus
    actions: tuple[str, ...]


RISKS: tuple[RiskData, ...] = (
    RiskData("Change of political priorities after the 2024 local elections", "A new council majority could drop the strategy.", RiskCategory.POLITICAL, 2, 4, "Cross-party briefings of council committees; the strategy is adopted as a council resolution.", "dabrowska", RiskStatus.MITIGATED, ("1.1.1",)),
    RiskData("Appeals against social and gender award criteria", "Bidders may challenge criteria before the National Appeal Chamber.", RiskCategory.LEGAL_PROCUREMENT, 3, 4, "Model clauses checked by the legal office; criteria linked to the subject matter of each contract.", "zielinski", RiskStatus.OPEN, ("1.1.3", "2.2.2", "3.1.1")),
    RiskData("ERDF application for street lighting not approved", "Without ERDF the city budget covers only the first phase.", RiskCategory.FINANCIAL, 3, 5, "Split the investment into phases; city budget reserve for phase 1; national programme as a fallback.", "kaminski", RiskStatus.OPEN, ("3.1.3", "3.2.1")),
    RiskData("Turnover of procurement staff", "Trained officers leave for better-paid jobs.", RiskCategory.CAPACITY, 3, 3, "Recorded training modules; two trained officers for every topic.", "wojcik", RiskStatus.OPEN, ("1.2.1", "1.2.2")),
    RiskData("Few social-economy enterprises able to bid", "Reserved contracts fail when nobody bids.", RiskCategory.STAKEHOLDER, 4, 3, "Bid-readiness workshops; lots sized for small suppliers; market dialogue before tendering.", "gorska", RiskStatus.OPEN, ("2.2.1", "2.2.2")),
    RiskData("Food price inflation raises catering costs", "Prices may exceed the budget of the catering pilot.", RiskCategory.EXTERNAL, 4, 3, "Price indexation clause; life-cycle costing; seasonal menus.", "kwiatkowska", RiskStatus.OPEN, ("2.2.2", "3.1.1")),
    RiskData("No sex-disaggregated data in the contract register", "Gender indicators cannot be measured.", RiskCategory.CAPACITY, 4, 4, "Supplier staff data added to the contract reporting template; register extension (3.2.1).", "lewandowska", RiskStatus.MITIGATED, ("1.1.2", "3.2.1")),
    RiskData("Low engagement of private companies in the local group", "Businesses stop coming once the first meetings are over.", RiskCategory.STAKEHOLDER, 2, 2, "Supplier dialogue day; the chamber of commerce joined the group as a member.", "piotrowski", RiskStatus.CLOSED, ("2.1.1",)),
)  # fmt: skip


# --- the plan as it was sent to the lead expert (28 March 2025) ----------------------------
# The demo's version "Draft for lead expert review" is a snapshot of the plan as it was
# then; the live plan holds the changes made after the review, so that comparing the
# version with the plan now shows what the city changed in answer to the lead expert.

#: Action fields that had other values when the plan was submitted: code -> field -> value.
SUBMITTED_ACTION_VALUES: dict[str, dict[str, object]] = {
    "2.2.2": {"status": ActionStatus.ONGOING, "progress_percent": 30, "end_date": date(2025, 6, 30)},
    "2.2.3": {"description": "Women entrepreneurs who have won public contracts mentor others bidding in consortia."},
    "3.1.3": {"end_date": date(2026, 6, 30), "estimated_cost": D("1200000")},
}  # fmt: skip

#: Action milestones due on another date when the plan was submitted: (code, title) -> due.
SUBMITTED_MILESTONE_DATES: dict[tuple[str, str], date] = {
    ("3.1.3", "Tender published"): date(2025, 6, 30),
}

#: Milestones of the submitted plan that the phased street-lighting option replaced.
MILESTONES_DROPPED_AFTER_REVIEW: dict[str, tuple[tuple[str, date, bool], ...]] = {
    "3.1.3": (("Contract for all 2 400 lamps signed", date(2025, 12, 31), False),),
}

#: Funding lines (action code, source) added after the review: the fallback for phase 2.
FUNDING_ADDED_AFTER_REVIEW: frozenset[tuple[str, FundingSource]] = frozenset({("3.1.3", NATIONAL)})

#: Indicator fields that had other values when the plan was submitted: code -> field -> value.
SUBMITTED_INDICATOR_VALUES: dict[str, dict[str, object]] = {
    "PROC-15": {"collection_method": "Payments to suppliers known to be run by women"},
}
