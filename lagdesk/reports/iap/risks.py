"""Chapter 9, risks: the risk register, highest score first, and the likelihood and impact
matrix of the risks still open or mitigated."""

from __future__ import annotations

from collections import defaultdict

from lagdesk.core.reporting.plan_content import IapData
from lagdesk.core.support.labels import label_of
from lagdesk.db.codes import RiskCategory, RiskStatus
from lagdesk.i18n import translate
from lagdesk.reports.document import Cell, Chapter, Heading, table
from lagdesk.reports.iap.common import C, L, note, number, person

#: Risk score bands: low (1-4), medium (5-9), high (10-25), coloured like the statuses.
RISK_COLOURS = ((4, "#CCEBD7"), (9, "#FBE3B3"), (25, "#F6C9B0"))


def _risk_fill(score: int) -> str:
    return next(colour for top, colour in RISK_COLOURS if score <= top)


def chapter(data: IapData) -> Chapter:
    plan = data.plan
    if not plan.risks:
        return Chapter(
            translate("Iap", "Risks"), (note(translate("Iap", "No risks are recorded.")),)
        )
    rows: list[tuple[Cell, ...]] = []
    cells: dict[tuple[int, int], int] = defaultdict(int)
    for risk in sorted(plan.risks, key=lambda item: (-item.score, item.code)):
        score = risk.score
        if risk.status != RiskStatus.CLOSED:
            cells[(risk.likelihood, risk.impact)] += 1
        rows.append(
            (
                Cell(translate("Iap", "{code} {title}").format(code=risk.code, title=risk.title)),
                Cell(label_of(RiskCategory, risk.category)),
                Cell(str(risk.likelihood)),
                Cell(str(risk.impact)),
                Cell(str(score), fill=_risk_fill(score)),
                Cell(risk.mitigation),
                Cell(person(data, risk.owner_person)),
                Cell(", ".join(risk.actions)),
                Cell(label_of(RiskStatus, risk.status)),
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
