"""The Risks tab of the Action plan: the risk register beside the likelihood x impact matrix.

Every change goes through core first (a refusal is shown and nothing enters the undo
stack), then an undo command whose first redo does nothing is pushed. A deleted risk comes
back with its id, code and links (``core.plan.risks.restore_risk``), so the commands (in
``ui.plan.commands``) need no id map.
The view reloads whenever the undo stack moves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.plan import risks as pr
from lagdesk.core.support.labels import choices
from lagdesk.db.codes import RiskCategory, RiskStatus
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common import dialogs
from lagdesk.ui.common.flow_layout import FlowLayout, labelled
from lagdesk.ui.common.widgets import show_status
from lagdesk.ui.plan.commands import AddRiskCommand, DeleteRiskCommand, EditRiskCommand
from lagdesk.ui.plan.risk_dialog import RiskDialog
from lagdesk.ui.plan.risk_matrix import RiskMatrixWidget
from lagdesk.ui.plan.risks_model import (
    CODE,
    MITIGATION,
    TITLE,
    Cell,
    RiskFilterProxy,
    RiskTableModel,
)

# -- the view ---------------------------------------------------------------------------


class RisksView(QWidget):
    def __init__(
        self, database: Database, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("risks_view")
        self.database = database
        self._undo = undo_stack
        self.risk_dialog: RiskDialog | None = None
        #: Column widths are fitted to the first rows loaded, then left to the user.
        self._columns_fitted = False
        #: The undo stack moved while the view was hidden.
        self._stale = False
        self._build()
        self._connect()
        self.refresh()

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("risk_status_filter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for code, text in choices(RiskStatus):
            self.status_filter.addItem(text, code.value)
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("risk_category_filter")
        self.category_filter.addItem(self.tr("All categories"), None)
        for code, text in choices(RiskCategory):
            self.category_filter.addItem(text, code.value)
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status_filter)
        category_label = QLabel(self.tr("Categor&y:"))
        category_label.setBuddy(self.category_filter)
        self.new_button = QPushButton(self.tr("&New risk"))
        self.new_button.setToolTip(self.tr("Add a risk to the register (Insert)"))
        self.edit_button = QPushButton(self.tr("Ed&it risk"))
        self.edit_button.setToolTip(self.tr("Edit the selected risk (Enter)"))
        self.delete_button = QPushButton(self.tr("Delete ris&k"))
        self.delete_button.setToolTip(self.tr("Delete the selected risk (Del)"))
        top = FlowLayout()  # wraps when the words are long
        top.addWidget(labelled(status_label, self.status_filter))
        top.addWidget(labelled(category_label, self.category_filter))
        top.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            top.addWidget(button)

        self.model = RiskTableModel(self)
        self.proxy = RiskFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("risk_register")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.installEventFilter(self)
        self.register_label = QLabel(self.tr("Risk re&gister"))
        self.register_label.setBuddy(self.table)
        self.shown_label = QLabel()
        self.shown_label.setObjectName("risks_shown")
        self.register_area = QWidget()
        left_column = QVBoxLayout(self.register_area)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addLayout(top)
        left_column.addWidget(self.register_label)
        left_column.addWidget(self.table, 1)
        left_column.addWidget(self.shown_label)

        self.matrix = RiskMatrixWidget()
        # The matrix keeps its cells' size. Beside the register when both fit whole, under
        # it otherwise (long words on a laptop); it scrolls rather than widen the window.
        self.matrix_area = QScrollArea()
        self.matrix_area.setObjectName("risk_matrix_area")
        self.matrix_area.setWidget(self.matrix)
        self.matrix_area.setWidgetResizable(True)
        self.matrix_area.setFrameShape(QFrame.Shape.NoFrame)
        self.matrix_area.setMinimumWidth(self.matrix.fontMetrics().averageCharWidth() * 24)
        self.matrix_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._matrix_fitted = False  # the split is still Qt's, not the matrix's
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.register_area)
        self.splitter.addWidget(self.matrix_area)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(self.splitter, 1)

        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.insert_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        self.insert_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_risk)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.delete_shortcut.activated.connect(self.delete_current)
        self.insert_shortcut.activated.connect(self.new_risk)
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        self.category_filter.currentIndexChanged.connect(self._filters_changed)
        self.matrix.cell_chosen.connect(self._cell_chosen)
        self.matrix.include_closed_changed.connect(self._include_closed_changed)
        self._undo.indexChanged.connect(self._stack_moved)

    # -- loading -------------------------------------------------------------------------

    def report(self, error: UserError) -> None:
        dialogs.show_user_error(self, self.tr("Risks"), error)
        self.refresh()

    def _stack_moved(self) -> None:
        # A hidden tab reloads when it is shown again.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)
        self._arrange(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def is_side_by_side(self) -> bool:
        return self.splitter.orientation() == Qt.Orientation.Horizontal

    def _arrange(self, width: int) -> None:
        """The matrix beside the register when both fit uncut, under it otherwise."""
        register = self.register_area.minimumSizeHint().width()
        matrix = self.matrix.sizeHint()
        wide = width >= register + self.splitter.handleWidth() + matrix.width()
        if wide == self.is_side_by_side() and self._matrix_fitted:
            return  # the split stays as it is (the user may have dragged it)
        self.splitter.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        self._matrix_fitted = False
        # Once the splitter has its new size: the matrix whole, the register the rest.
        QTimer.singleShot(0, self, self._fit_matrix)

    def _fit_matrix(self) -> None:
        wide = self.is_side_by_side()
        whole = self.splitter.width() if wide else self.splitter.height()
        hint = self.matrix.sizeHint()
        matrix = hint.width() if wide else hint.height()
        rest = whole - self.splitter.handleWidth() - matrix
        self.splitter.setSizes([max(rest, 1), matrix])
        self._matrix_fitted = self.isVisible()

    def refresh(self) -> None:
        """Reload the register and the matrix, keeping the selected risk."""
        selected = self.current_risk()
        try:
            rows = pr.risk_rows(self.database)
            counts = pr.risk_matrix(self.database, self.matrix.counted_statuses())
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Risks"), error)
            return
        self._stale = False
        self.model.set_records(rows)
        self.matrix.set_counts(counts)
        if not self._columns_fitted and rows:
            self._fit_columns()
        if selected is not None:
            self.select_risk(selected.id)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_shown()
        self._update_buttons()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column, widest in ((TITLE, 240), (MITIGATION, 320)):
            header.resizeSection(column, min(header.sectionSize(column), widest))
        for column in range(self.model.columnCount()):
            if column not in (TITLE, MITIGATION):
                header.resizeSection(column, min(header.sectionSize(column), 180))
        self._columns_fitted = True

    def _update_shown(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("{total} risks").format(total=total)
        else:
            text = self.tr("{shown} of {total} risks shown").format(shown=shown, total=total)
        self.shown_label.setText(text)

    def _update_buttons(self) -> None:
        has = self.current_risk() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # -- filters -------------------------------------------------------------------------

    def _filters_changed(self) -> None:
        status = self.status_filter.currentData()
        category = self.category_filter.currentData()
        self.proxy.set_status(RiskStatus(status) if status else None)
        self.proxy.set_category(RiskCategory(category) if category else None)
        self._update_shown()
        self._update_buttons()

    def _cell_chosen(self, cell: Cell | None) -> None:
        self.proxy.set_cell(cell, self.matrix.counted_statuses())
        self._update_shown()
        self._update_buttons()

    def _include_closed_changed(self) -> None:
        try:
            counts = pr.risk_matrix(self.database, self.matrix.counted_statuses())
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Risks"), error)
            return
        self.matrix.set_counts(counts)
        self._cell_chosen(self.matrix.chosen)

    def shown_rows(self) -> list[pr.RiskRow]:
        """The risks the register shows, in its order."""
        found = []
        for number in range(self.proxy.rowCount()):
            item = self.model.record_at(self.proxy.mapToSource(self.proxy.index(number, 0)).row())
            if item is not None:
                found.append(item)
        return found

    # -- selection -----------------------------------------------------------------------

    def current_risk(self) -> pr.RiskRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record_at(self.proxy.mapToSource(index).row())

    def select_risk(self, risk_id: int) -> None:
        row = self.model.row_of(risk_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _reveal(self, risk_id: int) -> None:
        """Select the risk, clearing the filters first when they hide it."""
        row = self.model.row_of(risk_id)
        if row >= 0 and not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.matrix.choose(None)
            self.status_filter.setCurrentIndex(0)
            self.category_filter.setCurrentIndex(0)
        self.select_risk(risk_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.edit_current()
            return True
        return super().eventFilter(watched, event)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            item = self.model.record_at(self.proxy.mapToSource(index).row())
            if item is not None:
                self.open_risk(item)

    # -- changes -------------------------------------------------------------------------

    def new_risk(self) -> RiskDialog:
        """Open the dialog for a new risk (window-modal); stored and undoable on Save."""
        return self.open_risk(None)

    def edit_current(self) -> RiskDialog | None:
        item = self.current_risk()
        return self.open_risk(item) if item is not None else None

    def open_risk(self, row: pr.RiskRow | None) -> RiskDialog:
        dialog = RiskDialog(self.database, row, self)
        dialog.accepted.connect(lambda: self._risk_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.risk_dialog = dialog
        dialog.open()
        return dialog

    def _risk_saved(self, dialog: RiskDialog) -> None:
        saved = dialog.saved
        if saved is None or saved.id is None:
            return
        after = (saved, dialog.saved_action_ids)
        if dialog.before is None:
            text = self.tr("Add risk {code}").format(code=saved.code)
            self._undo.push(AddRiskCommand(self.database, self.report, text, saved.id))
        else:
            text = self.tr("Edit risk {code}").format(code=saved.code)
            before = (dialog.before, dialog.before_action_ids)
            self._undo.push(EditRiskCommand(self.database, self.report, text, before, after))
        self._reveal(saved.id)
        show_status(self, text)

    def delete_current(self) -> bool:
        """Delete the selected risk after asking; undoable, links included."""
        item = self.current_risk()
        if item is None:
            return False
        question = self.tr("Delete risk {code} “{title}”?").format(code=item.code, title=item.title)
        if item.action_codes:
            question = self.tr(
                "Delete risk {code} “{title}”? Its links to actions {actions} go with it."
            ).format(code=item.code, title=item.title, actions=", ".join(item.action_codes))
        if not dialogs.confirm(self, self.tr("Delete risk"), question, self.tr("Delete")):
            return False
        try:
            deleted = pr.delete_risk(self.database, item.id)
        except UserError as error:
            dialogs.show_user_error(self, self.tr("Risk not deleted"), error)
            return False
        text = self.tr("Delete risk {code}").format(code=item.code)
        self._undo.push(DeleteRiskCommand(self.database, self.report, text, deleted))
        show_status(self, text)
        return True
