"""Plan totals: cost, secured, applied and potential funding and the gap, by source and by
objective, read by ``core.plan_funding.plan_totals`` in three queries whatever the plan's
size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.plan.funding import NO_FUNDING, PlanTotals, plan_totals
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import format_amount
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.tables import compact_rows
from lagdesk.ui.plan.totals_model import (
    ObjectiveTotalsModel,
    SourceTotalsModel,
    TotalsTableModel,
)

#: Objective titles are cut beyond this many characters (the tooltip holds all of it).
TITLE_MAX_CHARS = 48


def _table(model: TotalsTableModel, name: str, accessible: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    compact_rows(view)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def _fit_height(view: QTableView) -> None:
    """As tall as its rows, so that a short table leaves the room to the next one."""
    rows = view.model().rowCount()
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += rows * view.verticalHeader().defaultSectionSize()
    if view.horizontalScrollBar().isVisible():
        height += view.horizontalScrollBar().sizeHint().height()
    view.setFixedHeight(height)


def _fit(view: QTableView, stretch: int | None = None) -> None:
    """Columns as wide as their contents; ``stretch`` takes the room left."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    if stretch is not None:
        character = view.fontMetrics().averageCharWidth()
        header.resizeSection(stretch, min(header.sectionSize(stretch), character * TITLE_MAX_CHARS))
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class TotalsView(QWidget):
    """The Totals tab of the Action plan page."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totals_view")
        self._database = database
        self._dirty = True
        self.totals: PlanTotals | None = None
        self.source_model = SourceTotalsModel(self)
        self.objective_model = ObjectiveTotalsModel(self)
        self._build()

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("totals_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.source_table = _table(
            self.source_model, "totals_by_source", self.tr("Funding by source")
        )
        self.objective_table = _table(
            self.objective_model, "totals_by_objective", self.tr("Cost and funding by objective")
        )
        self.no_funding = QLabel(self.tr("No funding lines yet: add them in an action's detail."))
        self.no_funding.setObjectName("totals_no_funding")
        self.no_funding.hide()

        sources = QWidget()
        source_column = QVBoxLayout(sources)
        source_column.setContentsMargins(0, 0, 0, 0)
        source_heading = QLabel(self.tr("By &source"))
        source_heading.setBuddy(self.source_table)
        source_column.addWidget(source_heading)
        source_column.addWidget(self.no_funding)
        source_column.addWidget(self.source_table)

        objectives = QWidget()
        objective_column = QVBoxLayout(objectives)
        objective_column.setContentsMargins(0, 0, 0, 0)
        objective_heading = QLabel(self.tr("By &objective"))
        objective_heading.setBuddy(self.objective_table)
        objective_column.addWidget(objective_heading)
        objective_column.addWidget(self.objective_table, 1)

        for heading in (source_heading, objective_heading):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(self.summary)
        column.addSpacing(6)
        column.addWidget(sources)
        column.addSpacing(6)
        column.addWidget(objectives, 1)

    def refresh(self) -> None:
        """Recount now when shown, else when next shown."""
        self._dirty = True
        if self.isVisible():
            self._reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._reload()

    def _reload(self) -> None:
        self._dirty = False
        try:
            totals = plan_totals(self._database)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Plan totals"), error)
            totals = PlanTotals(NO_FUNDING, {}, {}, [])
        self.totals = totals
        self.source_model.set_totals(totals)
        self.objective_model.set_totals(totals)
        self.no_funding.setVisible(not totals.by_source)
        overall = totals.overall
        self.summary.setText(
            self.tr(
                "Plan totals: cost {cost} · secured {secured} · applied {applied}"
                " · potential {potential} · gap {gap}"
            ).format(
                cost=format_amount(overall.cost),
                secured=format_amount(overall.secured),
                applied=format_amount(overall.applied),
                potential=format_amount(overall.potential),
                gap=format_amount(overall.gap),
            )
        )
        _fit(self.source_table)
        _fit_height(self.source_table)
        _fit(self.objective_table, stretch=1)
