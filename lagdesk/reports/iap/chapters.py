"""The Integrated Action Plan as a ``Document``: the ten chapters of DOMAIN.md, in order.

The one place where the chapters are decided; DOCX, PDF and HTML only write the result.
Every chapter is present: one without data says so. Text is translated in the language
installed when ``iap_document`` runs, and numbers, dates and money follow its locale.
Personal names of local group members (members, responsible people, owners) are shown
only when the data was gathered with names; otherwise organisations and roles.
"""

from __future__ import annotations

import io
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure as MplFigure

from lagdesk import i18n
from lagdesk.core.indicators.progress import STATUS_COLOURS, status_label
from lagdesk.core.meetings.planning import tool_label
from lagdesk.core.plan.numbering import natural_key
from lagdesk.core.reporting.plan_content import IapData
from lagdesk.core.support.labels import label_of
from lagdesk.db.codes import (
    Accumulation,
    ActionStatus,
    ActionType,
    Frequency,
    FundingSource,
    FundingStatus,
    Gender,
    IndicatorUnit,
    MeetingType,
    MemberRole,
    ObjectiveLevel,
    PlanStatus,
    Programme,
    ProgressStatus,
    RiskCategory,
    RiskStatus,
    Sector,
)
from lagdesk.i18n import current_language, format_amount, format_date, translate
from lagdesk.reports.charts import missing_glyphs_allowed
from lagdesk.reports.charts.gantt import ROWS_PER_PAGE, GanttAction, iter_gantt_figure_pages
from lagdesk.reports.charts.indicator_progress import ProgressSeries, indicator_progress_figure
from lagdesk.reports.charts.plan_overview import (
    composition_figure,
    funding_figure,
    indicator_status_figure,
)
from lagdesk.reports.document import (
    Align,
    BulletList,
    Cell,
    Chapter,
    Document,
    Figure,
    Heading,
    Labels,
    Paragraph,
    table,
)

CONTEXT = "Iap"
Json = dict[str, Any]
R, L, C = Align.RIGHT, Align.LEFT, Align.CENTRE
#: Pixels per inch of the chart pictures (sharp when printed, small enough to mail).
CHART_DPI = 150
#: Risk score bands: low (1-4), medium (5-9), high (10-25), coloured like the statuses.
RISK_COLOURS = ((4, "#CCEBD7"), (9, "#FBE3B3"), (25, "#F6C9B0"))


#: Told (done, total) as work advances; raising in it stops the work (a Cancel button).
Progress = Callable[[int, int], None]
#: Steps of one chapter on the progress bar: a chapter that takes long (the timeline of a
#: large plan, drawn a page at a time) moves the bar within its own share.
CHAPTER_STEPS = 20
#: Rows of actions and objectives on one page of the timeline.
TIMELINE_ROWS = ROWS_PER_PAGE
#: The progress of the chapter being built on this thread (see ``iap_document``).
_chapter = threading.local()


def _chapter_progress(done: int, total: int) -> None:
    """``done`` of ``total`` parts of the chapter being built; a Cancel raises here."""
    report = getattr(_chapter, "report", None)
    if report is not None:
        report(done, total)


def iap_document(data: IapData, progress: Progress | None = None) -> Document:
    """The whole document from gathered data. ``progress(done, total)`` counts
    ``CHAPTER_STEPS`` per chapter: at the end of each, and within a long one.

    An exception raised by ``progress`` is not caught: that is how a caller cancels."""
    built: list[Chapter] = []
    whole = len(CHAPTERS) * CHAPTER_STEPS

    def within(done: int, total: int) -> None:
        if progress is not None and total > 0:
            share = min(CHAPTER_STEPS - 1, done * CHAPTER_STEPS // total)
            progress(len(built) * CHAPTER_STEPS + share, whole)

    _chapter.report = within
    try:
        for build in CHAPTERS:
            built.append(build(data))
            if progress is not None:
                progress(len(built) * CHAPTER_STEPS, whole)
    finally:
        _chapter.report = None
    chapters = tuple(built)
    version = data.version
    version_line = (
        translate("Iap", "Version: {name} ({status}, {date})").format(
            name=version.name,
            status=label_of(PlanStatus, version.status),
            date=format_date(version.saved_at.date()),
        )
        if version is not None
        else translate("Iap", "Version: the plan as it stands (not a saved version)")
    )
    network = data.network
    cover = [
        line
        for line in (
            data.city,
            network.name if network is not None else "",
            label_of(Programme, network.programme) if network is not None else "",
            version_line,
            translate("Iap", "Report date: {date}").format(date=format_date(data.as_of)),
        )
        if line
    ]
    return Document(
        title=data.title or translate("Iap", "Integrated Action Plan"),
        subtitle=translate("Iap", "Integrated Action Plan"),
        cover_lines=tuple(cover),
        chapters=chapters,
        labels=Labels(
            contents=translate("Iap", "Contents"),
            page_of=translate("Iap", "Page {page} of {pages}"),
            figure=translate("Iap", "Figure"),
        ),
        footer=" · ".join(part for part in (data.title, version.name if version else "") if part),
        language=current_language(),
    )


# --- formatting ------------------------------------------------------------------------------


def _decimal(value: object) -> Decimal:
    if value is None or value == "":
        return Decimal(0)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return Decimal(0)


def number(value: float | None) -> str:
    if value is None:
        return ""
    rounded = round(float(value), 2)
    if rounded == int(rounded):
        return i18n.locale().toString(int(rounded))
    return i18n.locale().toString(rounded, "f", 2).rstrip("0").rstrip(i18n.locale().decimalPoint())


def percent(share: float | None) -> str:
    if share is None:
        return ""
    return translate("Iap", "{value} %").format(value=i18n.locale().toString(round(share * 100)))


def _day(text: object) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def _date_text(text: object) -> str:
    day = _day(text)
    return format_date(day) if day is not None else ""


def _png(figure: MplFigure) -> bytes:
    buffer = io.BytesIO()
    with missing_glyphs_allowed():
        figure.savefig(buffer, format="png", dpi=CHART_DPI)
    return buffer.getvalue()


def _note(text: str) -> Paragraph:
    return Paragraph.empty_note(text)


def _text_blocks(text: str) -> list[Paragraph]:
    return [Paragraph.of(part.strip()) for part in text.split("\n\n") if part.strip()]


def _person(data: IapData, name: object, organisation: object = "") -> str:
    """A person's name only with names; else their organisation (or nothing)."""
    if data.with_names and name:
        return str(name)
    return str(organisation or "")


# --- plan structure -------------------------------------------------------------------------


class PlanContent:
    """The snapshot's objectives and actions in code order, with lookups."""

    def __init__(self, data: IapData) -> None:
        snapshot = data.plan
        self.objectives = sorted(
            snapshot.get("objectives", []), key=lambda item: natural_key(item["code"])
        )
        self.actions = sorted(
            snapshot.get("actions", []), key=lambda item: natural_key(item["code"])
        )
        self.risks = sorted(snapshot.get("risks", []), key=lambda item: natural_key(item["code"]))
        self.indicators = sorted(
            snapshot.get("indicators", []), key=lambda item: natural_key(item["code"])
        )
        self.objective = {item["id"]: item for item in self.objectives}
        self.by_objective: dict[int, list[Json]] = defaultdict(list)
        for action in self.actions:
            self.by_objective[action["objective_id"]].append(action)

    def strategic(self) -> list[Json]:
        return [item for item in self.objectives if item.get("parent_id") is None]

    def children(self, objective_id: int) -> list[Json]:
        return [item for item in self.objectives if item.get("parent_id") == objective_id]

    def cost(self, action: Json) -> Decimal:
        return _decimal(action.get("estimated_cost"))

    def funded(self, action: Json, status: FundingStatus) -> Decimal:
        return sum(
            (
                _decimal(line.get("amount"))
                for line in action.get("funding_lines", [])
                if line.get("status") == status.value
            ),
            Decimal(0),
        )


def _timescale(action: Json) -> str:
    start, end = _date_text(action.get("start_date")), _date_text(action.get("end_date"))
    if start and end:
        return translate("Iap", "{start} – {end}").format(start=start, end=end)
    return start or end


# --- chapters ---------------------------------------------------------------------------------


def _summary(data: IapData) -> Chapter:
    plan = PlanContent(data)
    cost = sum((plan.cost(action) for action in plan.actions), Decimal(0))
    secured = sum(
        (plan.funded(action, FundingStatus.SECURED) for action in plan.actions), Decimal(0)
    )
    statuses = [found.status for found in data.progress.values()]
    on_track = sum(
        status in (ProgressStatus.ACHIEVED, ProgressStatus.ON_TRACK) for status in statuses
    )
    figures = [
        (translate("Iap", "Strategic objectives"), number(len(plan.strategic()))),
        (
            translate("Iap", "Specific objectives"),
            number(
                sum(1 for item in plan.objectives if item.get("level") == ObjectiveLevel.SPECIFIC)
            ),
        ),
        (translate("Iap", "Actions"), number(len(plan.actions))),
        (translate("Iap", "Estimated cost"), format_amount(cost)),
        (translate("Iap", "Secured funding"), format_amount(secured)),
        (translate("Iap", "Funding gap"), format_amount(cost - secured)),
        (translate("Iap", "Indicators"), number(len(plan.indicators))),
        (translate("Iap", "Indicators achieved or on track"), number(on_track)),
        (
            translate("Iap", "Local group members"),
            number(data.composition.total if data.composition else 0),
        ),
        (translate("Iap", "Meetings held"), number(len(data.meetings))),
        (translate("Iap", "Risks"), number(len(plan.risks))),
    ]
    blocks: list[Any] = []
    network = data.network
    if network is not None:
        blocks.append(
            Paragraph.of(
                translate(
                    "Iap", "{city} prepared this plan in the {network} network ({programme})."
                ).format(
                    city=data.city or translate("Iap", "The city"),
                    network=network.name,
                    programme=label_of(Programme, network.programme),
                )
            )
        )
        if network.topic:
            blocks.append(
                Paragraph.of(translate("Iap", "Topic: {topic}").format(topic=network.topic))
            )
    vision = data.plan_text("vision")
    if vision:
        blocks.append(Heading(translate("Iap", "Vision")))
        blocks.extend(_text_blocks(vision))
    blocks.append(Heading(translate("Iap", "Key figures")))
    blocks.append(
        table(
            (translate("Iap", "Key figure"), translate("Iap", "Value")),
            figures,
            align=(L, R),
            widths=(3, 1.5),
        )
    )
    return Chapter(translate("Iap", "Cover and executive summary"), tuple(blocks))


def _context(data: IapData) -> Chapter:
    blocks: list[Any] = []
    context, problems = data.plan_text("context"), data.plan_text("problem_analysis")
    if context:
        blocks.append(Heading(translate("Iap", "Context")))
        blocks.extend(_text_blocks(context))
    if problems:
        blocks.append(Heading(translate("Iap", "Problem analysis")))
        blocks.extend(_text_blocks(problems))
    plan = PlanContent(data)
    baselines = [
        (
            item["code"],
            item["name"],
            label_of(IndicatorUnit, item.get("unit")),
            number(item.get("baseline_value")),
            _date_text(item.get("baseline_date")),
        )
        for item in plan.indicators
        if item.get("baseline_value") is not None
    ]
    if baselines:
        blocks.append(Heading(translate("Iap", "Baseline")))
        blocks.append(
            table(
                (
                    translate("Iap", "Code"),
                    translate("Iap", "Indicator"),
                    translate("Iap", "Unit"),
                    translate("Iap", "Baseline"),
                    translate("Iap", "Date"),
                ),
                baselines,
                align=(L, L, L, R, L),
                widths=(1.2, 5, 1.3, 1.3, 1.5),
            )
        )
    if not blocks:
        blocks.append(
            _note(translate("Iap", "No context, problem analysis or baseline is recorded yet."))
        )
    return Chapter(translate("Iap", "Context and challenge"), tuple(blocks))


def _process(data: IapData) -> Chapter:
    blocks: list[Any] = []
    composition = data.composition
    if composition is not None and composition.total:
        blocks.append(Heading(translate("Iap", "Local group composition")))
        blocks.append(
            Paragraph.of(
                translate("Iap", "{group}: {count} members on {date}.").format(
                    group=data.local_group,
                    count=number(composition.total),
                    date=format_date(data.as_of),
                )
            )
        )
        genders = [gender for gender in Gender if composition.by_gender.get(gender, 0)]
        sectors: list[Sector | None] = [
            sector for sector in (*Sector, None) if composition.by_sector.get(sector, 0)
        ]
        rows = []
        for sector in sectors:
            name = (
                label_of(Sector, sector)
                if sector is not None
                else translate("Iap", "No organisation")
            )
            counts = [composition.by_sector_gender.get((sector, gender), 0) for gender in genders]
            rows.append((name, *map(number, counts), number(composition.by_sector[sector])))
        totals = [number(composition.by_gender.get(gender, 0)) for gender in genders]
        rows.append(
            (
                Cell(translate("Iap", "Total"), bold=True),
                *map(Cell, totals),
                Cell(number(composition.total)),
            )
        )
        blocks.append(
            table(
                (
                    translate("Iap", "Sector"),
                    *(label_of(Gender, gender) for gender in genders),
                    translate("Iap", "Total"),
                ),
                rows,
                align=(L, *([R] * (len(genders) + 1))),
                widths=(3, *([1.0] * (len(genders) + 1))),
            )
        )
        blocks.append(
            Figure(
                _png(composition_figure(composition.by_sector_gender)),
                width_mm=150,
                description=translate("Iap", "Local group members by sector and gender"),
            )
        )
    else:
        blocks.append(_note(translate("Iap", "No local group members are recorded.")))
    blocks.append(Heading(translate("Iap", "Meetings held")))
    if data.meetings:
        by_type: dict[str, int] = defaultdict(int)
        for meeting in data.meetings:
            by_type[label_of(MeetingType, meeting.type)] += 1
        blocks.append(
            Paragraph.of(
                translate(
                    "Iap", "{count} meetings up to {date}, with {present} attendances."
                ).format(
                    count=number(len(data.meetings)),
                    date=format_date(data.as_of),
                    present=number(sum(meeting.present for meeting in data.meetings)),
                )
            )
        )
        blocks.append(
            table(
                (translate("Iap", "Meeting type"), translate("Iap", "Meetings")),
                sorted((name, number(count)) for name, count in by_type.items()),
                align=(L, R),
                widths=(4, 1),
            )
        )
    else:
        blocks.append(_note(translate("Iap", "No meetings are recorded.")))
    blocks.append(Heading(translate("Iap", "Tools used")))
    if data.tools:
        blocks.append(
            BulletList(
                tuple(
                    translate("Iap", "{tool}: {count} meetings").format(
                        tool=tool_label(code), count=count
                    )
                    for code, count in data.tools
                )
            )
        )
    else:
        blocks.append(_note(translate("Iap", "No participatory tools are recorded.")))
    blocks.append(Heading(translate("Iap", "Transnational learning")))
    learning = data.plan_text("transnational_learning")
    blocks.extend(_text_blocks(learning))
    if data.transnational_meetings:
        blocks.append(
            table(
                (
                    translate("Iap", "Transnational meeting"),
                    translate("Iap", "Place"),
                    translate("Iap", "Dates"),
                ),
                [
                    (
                        meeting.title,
                        meeting.place,
                        translate("Iap", "{start} – {end}").format(
                            start=format_date(meeting.start_date), end=format_date(meeting.end_date)
                        ),
                    )
                    for meeting in sorted(
                        data.transnational_meetings, key=lambda item: item.start_date
                    )
                ],
                widths=(3, 2, 2),
            )
        )
    elif not learning:
        blocks.append(_note(translate("Iap", "No transnational learning is recorded.")))
    return Chapter(translate("Iap", "Participatory process"), tuple(blocks))


def _objectives(data: IapData) -> Chapter:
    plan = PlanContent(data)
    blocks: list[Any] = []
    vision = data.plan_text("vision")
    if vision:
        blocks.append(Heading(translate("Iap", "Vision")))
        blocks.extend(_text_blocks(vision))
    if not plan.objectives:
        blocks.append(_note(translate("Iap", "No objectives are recorded.")))
        return Chapter(translate("Iap", "Vision and objectives"), tuple(blocks))
    blocks.append(Heading(translate("Iap", "Objective tree")))
    rows: list[tuple[Cell, Cell, Cell]] = []
    for strategic in plan.strategic():
        rows.append(
            (
                Cell(strategic["code"], bold=True),
                Cell(strategic["title"], bold=True),
                Cell(strategic.get("description") or ""),
            )
        )
        for specific in plan.children(strategic["id"]):
            rows.append(
                (
                    Cell(specific["code"]),
                    Cell("    " + specific["title"]),
                    Cell(specific.get("description") or ""),
                )
            )
    blocks.append(
        table(
            (
                translate("Iap", "Code"),
                translate("Iap", "Objective"),
                translate("Iap", "Description"),
            ),
            rows,
            widths=(0.8, 4, 4),
        )
    )
    return Chapter(translate("Iap", "Vision and objectives"), tuple(blocks))


def _objective_sections(plan: PlanContent) -> Iterable[tuple[Json, list[Json]]]:
    """Each objective with its own actions, in tree order; objectives without any skipped."""
    for strategic in plan.strategic():
        for objective in (strategic, *plan.children(strategic["id"])):
            actions = plan.by_objective.get(objective["id"], [])
            if actions:
                yield objective, actions


def _actions(data: IapData) -> Chapter:
    plan = PlanContent(data)
    blocks: list[Any] = []
    for objective, actions in _objective_sections(plan):
        blocks.append(
            Heading(
                translate("Iap", "{code} {title}").format(
                    code=objective["code"], title=objective["title"]
                )
            )
        )
        blocks.append(
            table(
                (
                    translate("Iap", "Expected result"),
                    translate("Iap", "Action"),
                    translate("Iap", "Lead"),
                    translate("Iap", "Partners"),
                    translate("Iap", "Outputs"),
                    translate("Iap", "Timescale"),
                    translate("Iap", "Cost"),
                ),
                [
                    (
                        action.get("expected_result") or "",
                        translate("Iap", "{code} {title}").format(
                            code=action["code"], title=action["title"]
                        ),
                        action.get("lead_organisation") or "",
                        ", ".join(action.get("partners", [])),
                        action.get("outputs") or "",
                        _timescale(action),
                        format_amount(plan.cost(action)) if action.get("estimated_cost") else "",
                    )
                    for action in actions
                ],
                align=(L, L, L, L, L, L, R),
                widths=(2.1, 2.5, 1.6, 1.7, 2, 1.7, 1.7),
            )
        )
    if not blocks:
        blocks.append(_note(translate("Iap", "No actions are recorded.")))
    return Chapter(translate("Iap", "Actions"), tuple(blocks))


def gantt_actions(plan: PlanContent) -> list[GanttAction]:
    found = []
    for action in plan.actions:
        objective = plan.objective.get(action["objective_id"], {})
        milestones = tuple(
            (day, str(item.get("title") or ""), bool(item.get("done")))
            for item in action.get("milestones", [])
            if (day := _day(item.get("due_on"))) is not None
        )
        found.append(
            GanttAction(
                code=action["code"],
                title=action["title"],
                objective_code=str(objective.get("code") or ""),
                objective_title=str(objective.get("title") or ""),
                start=_day(action.get("start_date")),
                end=_day(action.get("end_date")),
                status=ActionStatus(action.get("status") or ActionStatus.PLANNED),
                progress_percent=int(action.get("progress_percent") or 0),
                milestones=milestones,
            )
        )
    return found


def _implementation(data: IapData) -> Chapter:
    plan = PlanContent(data)
    blocks: list[Any] = []
    if not plan.actions:
        blocks.append(_note(translate("Iap", "No actions are recorded, so there is no timeline.")))
        return Chapter(translate("Iap", "Implementation"), tuple(blocks))
    blocks.append(Heading(translate("Iap", "Timeline")))
    figures = iter_gantt_figure_pages(
        gantt_actions(plan),
        TIMELINE_ROWS,
        today=data.as_of,
        scale="quarters",
        progress=_chapter_progress,
    )
    # The chart carries its own title: no caption that a page break could part from it.
    blocks.extend(
        Figure(_png(figure), width_mm=170, description=translate("Iap", "Timeline of the actions"))
        for figure in figures
    )
    blocks.append(Heading(translate("Iap", "Responsibilities")))
    blocks.append(
        table(
            (
                translate("Iap", "Action"),
                translate("Iap", "Type"),
                translate("Iap", "Lead"),
                translate("Iap", "Responsible"),
                translate("Iap", "Status"),
            ),
            [
                (
                    translate("Iap", "{code} {title}").format(
                        code=action["code"], title=action["title"]
                    ),
                    label_of(ActionType, action.get("type")),
                    action.get("lead_organisation") or "",
                    _person(data, action.get("responsible_person"), ""),
                    label_of(ActionStatus, action.get("status")),
                )
                for action in plan.actions
            ],
            widths=(4, 1.6, 2.2, 1.8, 1.2),
        )
    )
    milestones = [
        (
            action["code"],
            str(item.get("title") or ""),
            _date_text(item.get("due_on")),
            translate("Iap", "Done") if item.get("done") else "",
        )
        for action in plan.actions
        for item in action.get("milestones", [])
    ]
    blocks.append(Heading(translate("Iap", "Milestones")))
    if milestones:
        blocks.append(
            table(
                (
                    translate("Iap", "Action"),
                    translate("Iap", "Milestone"),
                    translate("Iap", "Due"),
                    translate("Iap", "Done"),
                ),
                milestones,
                align=(L, L, L, C),
                widths=(0.9, 5, 1.4, 0.9),
            )
        )
    else:
        blocks.append(_note(translate("Iap", "No milestones are recorded.")))
    return Chapter(translate("Iap", "Implementation"), tuple(blocks))


def _resourcing(data: IapData) -> Chapter:
    plan = PlanContent(data)
    if not plan.actions:
        return Chapter(
            translate("Iap", "Resourcing"), (_note(translate("Iap", "No actions are recorded.")),)
        )
    rows: list[list[Cell]] = []
    totals = [Decimal(0)] * 5
    for action in plan.actions:
        cost = plan.cost(action)
        secured = plan.funded(action, FundingStatus.SECURED)
        applied = plan.funded(action, FundingStatus.APPLIED)
        potential = plan.funded(action, FundingStatus.POTENTIAL)
        gap = cost - secured
        for index, value in enumerate((cost, secured, applied, potential, gap)):
            totals[index] += value
        share = float(secured / cost) if cost else None
        rows.append(
            [
                Cell(action["code"]),
                *(Cell(format_amount(value)) for value in (cost, secured, applied, potential, gap)),
                Cell(percent(share)),
            ]
        )
    total_share = float(totals[1] / totals[0]) if totals[0] else None
    rows.append(
        [
            Cell(translate("Iap", "Total"), bold=True),
            *(Cell(format_amount(value), bold=True) for value in totals),
            Cell(percent(total_share), bold=True),
        ]
    )
    headers = (
        translate("Iap", "Action"),
        translate("Iap", "Cost"),
        translate("Iap", "Secured"),
        translate("Iap", "Applied"),
        translate("Iap", "Potential"),
        translate("Iap", "Gap"),
        translate("Iap", "Secured share"),
    )
    by_source = funding_by_source(plan.actions)
    sources = sorted({source for source, _ in by_source})
    source_rows = [
        (
            label_of(FundingSource, source),
            *(
                format_amount(by_source.get((source, status.value), Decimal(0)))
                for status in FundingStatus
            ),
        )
        for source in sources
    ]
    blocks: list[Any] = [
        Heading(translate("Iap", "Cost and funding per action")),
        table(headers, rows, align=(L, R, R, R, R, R, R), widths=(1, 1.6, 1.6, 1.6, 1.6, 1.6, 1.2)),
        Heading(translate("Iap", "Funding by source")),
    ]
    if source_rows:
        blocks.append(
            table(
                (
                    translate("Iap", "Source"),
                    *(label_of(FundingStatus, status) for status in FundingStatus),
                ),
                source_rows,
                align=(L, *([R] * len(FundingStatus))),
            )
        )
        blocks.append(
            Figure(
                _png(funding_figure(known_funding(by_source))),
                width_mm=150,
                description=translate("Iap", "Funding by source and status"),
            )
        )
    else:
        blocks.append(_note(translate("Iap", "No funding lines are recorded.")))
    return Chapter(translate("Iap", "Resourcing"), tuple(blocks))


def _monitoring(data: IapData) -> Chapter:
    plan = PlanContent(data)
    if not plan.indicators:
        return Chapter(
            translate("Iap", "Monitoring"),
            (_note(translate("Iap", "No indicators are recorded.")),),
        )
    rows = []
    for item in plan.indicators:
        found = data.progress.get(item["id"])
        status = found.status if found is not None else ProgressStatus.NO_DATA
        rows.append(
            (
                Cell(", ".join(item.get("objectives", []))),
                Cell(
                    translate("Iap", "{code} {name}").format(code=item["code"], name=item["name"])
                ),
                Cell(label_of(IndicatorUnit, item.get("unit"))),
                Cell(number(item.get("baseline_value"))),
                Cell(number(item.get("target_value"))),
                Cell(item.get("data_source") or ""),
                Cell(label_of(Frequency, item.get("frequency"))),
                Cell(number(found.current_value) if found is not None else ""),
                Cell(status_label(status), fill=_light(STATUS_COLOURS[status])),
            )
        )
    counts = status_counts(data)
    blocks: list[Any] = [
        Figure(
            _png(indicator_status_figure(counts)),
            width_mm=140,
            description=translate("Iap", "Indicators by status"),
        ),
        Heading(translate("Iap", "Results framework")),
        Paragraph.of(
            translate("Iap", "Current values and statuses as of {date}.").format(
                date=format_date(data.as_of)
            )
        ),
        table(
            (
                translate("Iap", "Objective"),
                translate("Iap", "Indicator"),
                translate("Iap", "Unit"),
                translate("Iap", "Baseline"),
                translate("Iap", "Target"),
                translate("Iap", "Source"),
                translate("Iap", "Frequency"),
                translate("Iap", "Current value"),
                translate("Iap", "Status"),
            ),
            rows,
            align=(L, L, L, R, R, L, L, R, L),
            widths=(1.1, 3.1, 1.2, 1.3, 1.3, 2, 1.5, 1.3, 1.4),
        ),
    ]
    if data.charted:
        blocks.append(Heading(translate("Iap", "Progress charts")))
        by_id = {item["id"]: item for item in plan.indicators}
        for indicator_id, points in data.charted.items():
            item = by_id.get(indicator_id)
            if item is None:
                continue
            figure = indicator_progress_figure(
                progress_series(item, points, data), today=data.as_of
            )
            blocks.append(
                Figure(
                    _png(figure),
                    width_mm=150,
                    description=translate("Iap", "{code} {name}").format(
                        code=item["code"], name=item["name"]
                    ),
                )
            )
        if data.not_charted:
            blocks.append(
                _note(
                    translate(
                        "Iap",
                        "Progress charts of {count} more indicators are left out here; the chart "
                        "export draws every one.",
                    ).format(count=number(data.not_charted))
                )
            )
    return Chapter(translate("Iap", "Monitoring"), tuple(blocks))


def _light(colour: str) -> str:
    """A status colour mixed with white, so black text on it stays easy to read."""
    red, green, blue = (int(colour[index : index + 2], 16) for index in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(
        *(round(part + (255 - part) * 0.6) for part in (red, green, blue))
    )


def progress_series(
    item: Json, points: Sequence[tuple[date, float]], data: IapData
) -> ProgressSeries:
    found = data.progress.get(item["id"])
    status = found.status if found is not None else ProgressStatus.NO_DATA
    baseline_day, target_day = _day(item.get("baseline_date")), _day(item.get("target_date"))
    baseline, target = item.get("baseline_value"), item.get("target_value")
    return ProgressSeries(
        code=item["code"],
        name=item["name"],
        unit_label=label_of(IndicatorUnit, item.get("unit")),
        baseline=(baseline_day, float(baseline))
        if baseline_day is not None and baseline is not None
        else None,
        target=(target_day, float(target))
        if target_day is not None and target is not None
        else None,
        milestones=tuple(
            (day, float(milestone["value"]))
            for milestone in item.get("milestones", [])
            if (day := _day(milestone.get("due_on"))) is not None
            and milestone.get("value") is not None
        ),
        measurements=tuple(points),
        accumulation=Accumulation(item.get("accumulation") or Accumulation.LATEST),
        current=found.current_value if found is not None else None,
        progress=found.progress if found is not None else None,
        status=status_label(status),
        status_colour=STATUS_COLOURS[status],
    )


def funding_by_source(actions: Iterable[Json]) -> dict[tuple[str, str], Decimal]:
    """Sum of the funding lines of ``actions`` by (source, status) as stored."""
    sums: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for action in actions:
        for line in action.get("funding_lines", []):
            key = (str(line.get("source") or ""), str(line.get("status") or ""))
            sums[key] += _decimal(line.get("amount"))
    return dict(sums)


def known_funding(
    sums: dict[tuple[str, str], Decimal],
) -> dict[tuple[FundingSource, FundingStatus], Decimal]:
    known = {}
    for (source, status), amount in sums.items():
        try:
            known[(FundingSource(source), FundingStatus(status))] = amount
        except ValueError:
            continue
    return known


def status_counts(data: IapData) -> dict[ProgressStatus, int]:
    """Indicators of the plan by status (no measurement: no data)."""
    counts = dict.fromkeys(ProgressStatus, 0)
    for item in data.plan.get("indicators", []):
        found = data.progress.get(item["id"])
        counts[found.status if found is not None else ProgressStatus.NO_DATA] += 1
    return counts


def _risk_fill(score: int) -> str:
    return next(colour for top, colour in RISK_COLOURS if score <= top)


def _risks(data: IapData) -> Chapter:
    plan = PlanContent(data)
    if not plan.risks:
        return Chapter(
            translate("Iap", "Risks"), (_note(translate("Iap", "No risks are recorded.")),)
        )
    rows = []
    cells: dict[tuple[int, int], int] = defaultdict(int)
    for risk in sorted(
        plan.risks, key=lambda item: (-(item["likelihood"] * item["impact"]), item["code"])
    ):
        score = int(risk["likelihood"]) * int(risk["impact"])
        if risk.get("status") != RiskStatus.CLOSED:
            cells[(int(risk["likelihood"]), int(risk["impact"]))] += 1
        rows.append(
            (
                Cell(
                    translate("Iap", "{code} {title}").format(
                        code=risk["code"], title=risk["title"]
                    )
                ),
                Cell(label_of(RiskCategory, risk.get("category"))),
                Cell(str(risk["likelihood"])),
                Cell(str(risk["impact"])),
                Cell(str(score), fill=_risk_fill(score)),
                Cell(risk.get("mitigation") or ""),
                Cell(_person(data, risk.get("owner_person"))),
                Cell(", ".join(risk.get("actions", []))),
                Cell(label_of(RiskStatus, risk.get("status"))),
            )
        )
    register = table(
        (
            translate("Iap", "Risk"),
            translate("Iap", "Category"),
            translate("Iap", "Likelihood"),
            translate("Iap", "Impact"),
            translate("Iap", "Score"),
            translate("Iap", "Mitigation"),
            translate("Iap", "Owner"),
            translate("Iap", "Actions"),
            translate("Iap", "Status"),
        ),
        rows,
        align=(L, L, C, C, C, L, L, L, L),
        widths=(2.5, 1.5, 1.4, 1.2, 1.0, 2.8, 1.3, 1.2, 1.3),
    )
    matrix_rows = [
        (
            Cell(str(likelihood), bold=True),
            *(
                Cell(
                    number(cells[(likelihood, impact)]) if cells[(likelihood, impact)] else "",
                    fill=_risk_fill(likelihood * impact),
                )
                for impact in range(1, 6)
            ),
        )
        for likelihood in range(5, 0, -1)
    ]
    matrix = table(
        (translate("Iap", "Likelihood \\ impact"), *(str(impact) for impact in range(1, 6))),
        matrix_rows,
        align=(C, C, C, C, C, C),
        widths=(2, 1, 1, 1, 1, 1),
        caption=translate(
            "Iap", "Open and mitigated risks by likelihood (rows) and impact (columns)"
        ),
    )
    return Chapter(
        translate("Iap", "Risks"),
        (
            Heading(translate("Iap", "Risk register")),
            register,
            Heading(translate("Iap", "Likelihood and impact")),
            matrix,
        ),
    )


def _annexes(data: IapData) -> Chapter:
    blocks: list[Any] = [Heading(translate("Iap", "Meetings and attendance"))]
    if data.meetings:
        blocks.append(
            table(
                (
                    translate("Iap", "Date"),
                    translate("Iap", "Meeting"),
                    translate("Iap", "Type"),
                    translate("Iap", "Present"),
                    translate("Iap", "Invited"),
                ),
                [
                    (
                        format_date(meeting.first_day),
                        meeting.title,
                        label_of(MeetingType, meeting.type),
                        number(meeting.present),
                        number(meeting.invited),
                    )
                    for meeting in data.meetings
                ],
                align=(L, L, L, R, R),
                widths=(1.3, 4, 1.8, 0.9, 0.9),
            )
        )
    else:
        blocks.append(_note(translate("Iap", "No meetings are recorded.")))
    blocks.append(Heading(translate("Iap", "Local group members")))
    if data.members:
        headers: tuple[str, ...] = (
            translate("Iap", "Organisation"),
            translate("Iap", "Sector"),
            translate("Iap", "Role"),
        )
        rows: list[tuple[str, ...]] = [
            (
                member.organisation or translate("Iap", "No organisation"),
                label_of(Sector, member.sector),
                label_of(MemberRole, member.role),
            )
            for member in data.members
        ]
        if data.with_names:
            headers = (translate("Iap", "Name"), *headers)
            rows = [(member.name, *row) for member, row in zip(data.members, rows, strict=True)]
        blocks.append(table(headers, rows))
        if not data.with_names:
            blocks.append(
                _note(
                    translate(
                        "Iap",
                        "Members are listed by organisation and role, without personal names.",
                    )
                )
            )
    else:
        blocks.append(_note(translate("Iap", "No local group members are recorded.")))
    return Chapter(translate("Iap", "Annexes"), tuple(blocks))


#: Which callable builds each chapter, in the document's order (for tests and previews).
CHAPTERS: tuple[Callable[[IapData], Chapter], ...] = (
    _summary,
    _context,
    _process,
    _objectives,
    _actions,
    _implementation,
    _resourcing,
    _monitoring,
    _risks,
    _annexes,
)


def write_iap(document: Document, out: Path, progress: Progress | None = None) -> int:
    """Write the document in the format its suffix names (.docx, .pdf or .html); returns the
    number of pages for a PDF, else 0. Nothing is left behind when writing fails.

    ``progress(done, total)`` is told after each chapter of a DOCX, each page of a PDF and
    once, at the end, for HTML. Raising in it cancels: no file appears at ``out`` and a file
    already there stays as it was."""
    suffix = out.suffix.lower()
    if suffix == ".docx":
        from lagdesk.reports.docx_writer import write_docx

        write_docx(document, out, progress)
        return 0
    if suffix == ".html":
        from lagdesk.reports.html_writer import write_html

        write_html(document, out, progress)
        return 0
    if suffix == ".pdf":
        from lagdesk.reports.pdf import write_document_pdf

        return write_document_pdf(document, out, progress)
    raise ValueError(f"not a document format: {suffix}")
