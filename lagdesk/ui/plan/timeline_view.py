"""Timeline: the plan's actions as a Gantt chart, grouped by objective.

The figure is the one the exports draw (``reports.charts.gantt``): status colours and
hatches, progress strips, milestones and a line for today. It is as wide as the view and as
tall as its rows need (the chart's own sizing), shown at that size in a scroll area. It is
built only while the view is visible, after ``refresh`` or a change of scale or objective,
and the previous figure is dropped each time. A plan too large to name every action is
drawn as an overview; choosing one strategic objective shows its actions by name.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import matplotlib as mpl
from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.plan.timeline import TimelineAction, timeline_actions
from lagdesk.core.plan.tree import objective_tree
from lagdesk.core.support.files import write_atomically
from lagdesk.core.support.labels import label
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import translate
from lagdesk.reports.charts.gantt import (
    A4_WIDTH,
    SCALE_NAMES,
    SCALES,
    STATUS_STYLE,
    TODAY_COLOUR,
    GanttAction,
    GanttRow,
    GanttScale,
    gantt_figure,
    gantt_rows,
    row_labels_shown,
    undated_note,
)
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.flow_layout import FlowLayout, labelled
from lagdesk.ui.common.formatting import format_date, format_date_range
from lagdesk.ui.common.widgets import show_status

#: A width change smaller than this (pixels) keeps the figure as it is.
RESIZE_SLACK = 48
#: Wait this long after the last resize before the figure is redrawn at the new width.
RESIZE_DELAY_MS = 250
#: Room left for the scroll area's frame and vertical scroll bar, pixels.
SCROLL_ROOM = 28
#: Resolution of a saved PNG (the A4-wide figure is then about 1,260 pixels wide).
PNG_DPI = 200
IMAGE_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}


def gantt_action(item: TimelineAction) -> GanttAction:
    """The chart's view of an action read by ``core.plan_timeline``."""
    return GanttAction(
        code=item.code,
        title=item.title,
        objective_code=item.objective_code,
        objective_title=item.objective_title,
        start=item.start,
        end=item.end,
        status=item.status,
        progress_percent=item.progress_percent,
        milestones=tuple((m.due_on, m.title, m.done) for m in item.milestones),
    )


def _swatch(colour: str, text: str, *, line: bool = False) -> QWidget:
    """A small coloured square (or a line) and its name, for the legend above the chart."""
    widget = QWidget()
    row = QHBoxLayout(widget)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    box = QLabel()
    box.setFixedSize(4 if line else 12, 12)
    box.setStyleSheet(f"background-color: {colour}; border: 1px solid rgba(0, 0, 0, 60);")
    name = QLabel(text)
    row.addWidget(box)
    row.addWidget(name)
    return widget


class TimelineView(QWidget):
    """The Timeline tab of the Action plan page.

    ``action_activated`` is emitted with an action's id when its row is double-clicked.
    """

    action_activated = Signal(int)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_view")
        self._database = database
        #: The day the "Today" line marks (tests set it).
        self.today: date | None = None
        self.figure: Figure | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self.rows: list[GanttRow] = []
        self.gantt_actions: list[GanttAction] = []
        self._ids: dict[str, int] = {}
        self._dirty = True
        self._built_width = 0
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self._resized)
        self._build()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.scale_choice = QComboBox()
        self.scale_choice.setObjectName("timeline_scale")
        for scale in SCALES:
            self.scale_choice.addItem(translate("Charts", SCALE_NAMES[scale]), scale)
        self.scale_choice.setCurrentIndex(SCALES.index("quarters"))
        scale_label = QLabel(self.tr("&Scale:"))
        scale_label.setBuddy(self.scale_choice)

        self.objective_choice = QComboBox()
        self.objective_choice.setObjectName("timeline_objective")
        self.objective_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.objective_choice.setMinimumContentsLength(28)
        self.objective_choice.addItem(self.tr("All objectives"), None)
        objective_label = QLabel(self.tr("&Objective:"))
        objective_label.setBuddy(self.objective_choice)

        self.save_button = QPushButton(self.tr("Save &image…"))
        self.save_button.setObjectName("timeline_save")
        self.save_button.setToolTip(self.tr("Save the timeline as a PNG, SVG or PDF file"))

        # Rows that wrap when the words are long (and the window narrow).
        controls = FlowLayout()
        controls.addWidget(labelled(scale_label, self.scale_choice))
        controls.addWidget(labelled(objective_label, self.objective_choice))
        controls.addStretch(1)
        controls.addWidget(self.save_button)

        legend = FlowLayout(spacing=14)
        for status, (colour, _hatch) in STATUS_STYLE.items():
            legend.addWidget(_swatch(colour, label(status)))
        legend.addWidget(_swatch(TODAY_COLOUR, self.tr("Today"), line=True))

        self.note = QLabel()
        self.note.setObjectName("timeline_note")
        self.note.setWordWrap(True)
        self.note.hide()

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("timeline_scroll")
        self.scroll_area.setWidgetResizable(False)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        column.addLayout(controls)
        column.addLayout(legend)
        column.addWidget(self.note)
        column.addWidget(self.scroll_area, 1)

        self.scale_choice.currentIndexChanged.connect(self._choice_changed)
        self.objective_choice.currentIndexChanged.connect(self._choice_changed)
        self.save_button.clicked.connect(self.save_image)

    # -- state -----------------------------------------------------------------------------

    @property
    def scale(self) -> GanttScale:
        data = self.scale_choice.currentData()
        return data if data in SCALES else "quarters"

    def set_scale(self, scale: GanttScale) -> None:
        self.scale_choice.setCurrentIndex(SCALES.index(scale))

    @property
    def objective_id(self) -> int | None:
        data = self.objective_choice.currentData()
        return data if isinstance(data, int) else None

    def set_objective(self, objective_id: int | None) -> None:
        index = self.objective_choice.findData(objective_id)
        self.objective_choice.setCurrentIndex(max(0, index))

    def refresh(self) -> None:
        """Re-read the objectives now, and the actions when the view is (or next is) shown."""
        self._load_objectives()
        self._dirty = True
        if self.isVisible():
            self._rebuild()

    def _load_objectives(self) -> None:
        chosen = self.objective_id
        try:
            strategic = objective_tree(self._database)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Timeline"), error)
            strategic = []
        self.objective_choice.blockSignals(True)
        try:
            self.objective_choice.clear()
            self.objective_choice.addItem(self.tr("All objectives"), None)
            for node in strategic:
                text = f"{node.code} {node.title}".strip()
                self.objective_choice.addItem(text, node.id)
                self.objective_choice.setItemData(
                    self.objective_choice.count() - 1, text, Qt.ItemDataRole.ToolTipRole
                )
            self.objective_choice.setCurrentIndex(max(0, self.objective_choice.findData(chosen)))
        finally:
            self.objective_choice.blockSignals(False)

    def _choice_changed(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._rebuild()

    # -- the figure ------------------------------------------------------------------------

    def _figure_width(self) -> float:
        """Inches: the scroll area's width, never narrower than an A4 page's text."""
        pixels = self.scroll_area.viewport().width() or self.scroll_area.width()
        dpi = float(mpl.rcParams["figure.dpi"])
        return float(max(A4_WIDTH, (pixels - SCROLL_ROOM) / dpi))

    def _today(self) -> date:
        return self.today or date.today()

    def _rebuild(self) -> None:
        self._dirty = False
        try:
            items = timeline_actions(self._database, self.objective_id)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Timeline"), error)
            items = []
        self.gantt_actions = [gantt_action(item) for item in items]
        self._ids = {item.code: item.id for item in items}
        self.rows = gantt_rows(self.gantt_actions)
        self._built_width = self.scroll_area.viewport().width()
        figure = gantt_figure(
            self.gantt_actions, today=self._today(), scale=self.scale, width=self._figure_width()
        )
        height = float(figure.get_size_inches()[1])
        named = len(row_labels_shown(self.rows, height))
        self.note.setText(
            self.tr(
                "Too many actions to name each one: only the objectives are named. "
                "Choose an objective to see its actions by name."
            )
        )
        self.note.setVisible(bool(self.rows) and named < len(self.rows))
        self._show(figure)

    def _show(self, figure: Figure) -> None:
        canvas = FigureCanvasQTAgg(figure)
        canvas.setObjectName("timeline_canvas")
        canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        canvas.setAccessibleName(self.tr("Action timeline"))
        canvas.setToolTip(self._hint())
        width, height = canvas.get_width_height()
        canvas.setFixedSize(width, height)
        canvas.mpl_connect("button_press_event", self._pressed)
        canvas.mpl_connect("motion_notify_event", self._hovered)
        old_canvas, old_figure = self.canvas, self.figure
        self.scroll_area.takeWidget()
        self.scroll_area.setWidget(canvas)
        self.canvas, self.figure = canvas, figure
        if old_canvas is not None:
            old_canvas.deleteLater()
        if old_figure is not None:
            old_figure.clear()
        canvas.draw_idle()

    def _pressed(self, event: Any) -> None:
        if not isinstance(event, MouseEvent) or not event.dblclick or event.ydata is None:
            return
        action = self.action_at(float(event.ydata))
        if action is not None and action.code in self._ids:
            self.action_activated.emit(self._ids[action.code])

    def _hovered(self, event: Any) -> None:
        """The tooltip names the action under the mouse (the overview does not name them)."""
        if self.canvas is None or not isinstance(event, MouseEvent):
            return
        action = None
        if event.inaxes is not None and event.ydata is not None:
            action = self.action_at(float(event.ydata))
        text = self.describe(action) if action is not None else self._hint()
        if text != self.canvas.toolTip():
            self.canvas.setToolTip(text)

    def _hint(self) -> str:
        return self.tr("Double-click an action to open it")

    def describe(self, action: GanttAction) -> str:
        """An action's tooltip: code, title, dates, status and progress, milestones."""
        dates = undated_note(action) or format_date_range(action.start, action.end)
        lines = [
            f"{action.code} {action.title}".strip(),
            self.tr("{dates} · {status} · {progress} % done").format(
                dates=dates, status=label(action.status), progress=action.progress_percent
            ),
        ]
        for due, title, done in action.milestones:
            template = self.tr("◆ {date} {title} (done)") if done else self.tr("◇ {date} {title}")
            lines.append(template.format(date=format_date(due), title=title))
        return "\n".join(lines)

    def action_at(self, y: float) -> GanttAction | None:
        """The action on the chart row at height ``y`` (data coordinates), if any."""
        index = round(y)
        if 0 <= index < len(self.rows):
            return self.rows[index].action
        return None

    # -- events ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._rebuild()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.canvas is not None:
            self._resize_timer.start()

    def _resized(self) -> None:
        if not self.isVisible():
            self._dirty = True
            return
        if abs(self.scroll_area.viewport().width() - self._built_width) > RESIZE_SLACK:
            self._rebuild()

    # -- saving ----------------------------------------------------------------------------

    def save_image(self) -> Path | None:
        """Ask for a file and write the timeline there, A4 wide, as PNG, SVG or PDF."""
        title = self.tr("Save the timeline")
        suggested = Path.home() / self.tr("action-timeline-{date}.png").format(
            date=self._today().isoformat()
        )
        path = dialogs.save_file_path(
            self,
            title,
            suggested,
            self.tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)"),
        )
        if path is None:
            return None
        if path.suffix.lower() not in IMAGE_FORMATS:
            path = path.with_name(path.name + ".png")
        try:
            actions = [
                gantt_action(item) for item in timeline_actions(self._database, self.objective_id)
            ]
        except UserError as error:
            dialogs.show_user_error(self, title, error)
            return None
        figure = gantt_figure(actions, today=self._today(), scale=self.scale)
        try:
            image_format = IMAGE_FORMATS[path.suffix.lower()]
            write_atomically(
                path, lambda temporary: figure.savefig(temporary, format=image_format, dpi=PNG_DPI)
            )
        except OSError as error:
            reason = error.strerror or str(error)
            dialogs.show_error(
                self,
                title,
                self.tr("The image could not be written to {path}: {reason}").format(
                    path=path, reason=reason
                ),
            )
            return None
        finally:
            figure.clear()
        show_status(self, self.tr("Timeline saved to {path}").format(path=path))
        return path
