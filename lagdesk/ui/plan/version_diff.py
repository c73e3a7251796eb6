"""What changed between two versions of the plan, as a reviewer reads it.

Core compares the snapshots (``plan_versions.compare_versions``); this module shows the
result grouped by kind of item (objectives, actions, milestones, funding, risks,
indicators, targets) with counts at the top, dates and amounts as the user's locale writes
them, and a button that copies the same text to the clipboard for an e-mail or a report.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lagdesk.core.plan import versions as pv
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.i18n import format_amount
from lagdesk.ui.common.formatting import format_date, format_number
from lagdesk.ui.plan.versions_model import format_saved_at

#: Fields whose values are dates (ISO text in the snapshot).
DATE_FIELDS = frozenset({"start_date", "end_date", "due_on", "baseline_date", "target_date"})
#: Fields whose values are amounts of money (always two decimals).
MONEY_FIELDS = frozenset({"estimated_cost", "amount"})
#: Fields whose values are other numbers.
NUMBER_FIELDS = frozenset(
    {"progress_percent", "likelihood", "impact", "baseline_value", "target_value", "value"}
)
#: Longer values are shown as "before" and "after" paragraphs rather than on one line.
LONG_TEXT = 80
ARROW = "→"


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(" ", "").replace("\u00a0", ""))
    except InvalidOperation:
        return None


def format_value(field: str, value: str) -> str:
    """A value of a diff (as core shows it) in the user's locale; unknown shapes unchanged."""
    if not value:
        return ""
    if field in DATE_FIELDS:
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    if field in MONEY_FIELDS or field in NUMBER_FIELDS:
        number = _number(value)
        if number is None:
            return value
        if field in MONEY_FIELDS:
            return format_amount(number)
        return format_number(float(number))
    return " ".join(value.split())


@dataclass(frozen=True)
class ShownChange:
    """One changed field ready to show: name with a capital, old and new values formatted."""

    name: str
    old: str
    new: str

    @property
    def is_long(self) -> bool:
        return len(self.old) > LONG_TEXT or len(self.new) > LONG_TEXT

    def sentence(self) -> str:
        if not self.old:
            return QCoreApplication.translate("VersionDiff", "{field}: set to {new}").format(
                field=self.name, new=self.new
            )
        if not self.new:
            return QCoreApplication.translate("VersionDiff", "{field}: cleared (was {old})").format(
                field=self.name, old=self.old
            )
        return QCoreApplication.translate("VersionDiff", "{field}: {old} → {new}").format(
            field=self.name, old=self.old, new=self.new
        )


def shown_changes(item: pv.ChangedItem) -> list[ShownChange]:
    return [
        ShownChange(
            change.name[:1].upper() + change.name[1:],
            format_value(change.field, change.old),
            format_value(change.field, change.new),
        )
        for change in item.changes
    ]


def summary(diff: pv.VersionDiff) -> str:
    if diff.is_empty:
        return QCoreApplication.translate(
            "VersionDiff", "No differences: the two plans are the same."
        )
    return QCoreApplication.translate(
        "VersionDiff", "Added: {added} · Removed: {removed} · Changed: {changed}"
    ).format(added=len(diff.added), removed=len(diff.removed), changed=len(diff.changed))


def _kinds(diff: pv.VersionDiff) -> list[tuple[str, pv.VersionDiff]]:
    """(heading, part) for every kind with a difference, in the plan's order."""
    return [
        (pv.kind_name(kind), part)
        for kind in pv.ItemKind
        if not (part := diff.of_kind(kind)).is_empty
    ]


def diff_text(diff: pv.VersionDiff, title: str) -> str:
    """The diff as plain text (for the clipboard): one line per addition, removal, field."""
    lines = [title, summary(diff)]
    for heading, part in _kinds(diff):
        lines.extend(("", heading))
        lines.extend(
            QCoreApplication.translate("VersionDiff", "Added: {item}").format(item=item.label)
            for item in part.added
        )
        lines.extend(
            QCoreApplication.translate("VersionDiff", "Removed: {item}").format(item=item.label)
            for item in part.removed
        )
        for item in part.changed:
            for change in shown_changes(item):
                lines.append(
                    QCoreApplication.translate("VersionDiff", "Changed: {item} — {change}").format(
                        item=item.label, change=change.sentence()
                    )
                )
    return "\n".join(lines) + "\n"


def diff_html(diff: pv.VersionDiff, title: str) -> str:
    """The diff as rich text for the browser; every value from the data is escaped."""
    e = html.escape
    added = QCoreApplication.translate("VersionDiff", "Added:")
    removed = QCoreApplication.translate("VersionDiff", "Removed:")
    changed_word = QCoreApplication.translate("VersionDiff", "Changed:")
    before = QCoreApplication.translate("VersionDiff", "Before:")
    after = QCoreApplication.translate("VersionDiff", "After:")
    parts = [f"<h2>{e(title)}</h2>", f"<p><b>{e(summary(diff))}</b></p>"]
    for heading, part in _kinds(diff):
        parts.append(f"<h3>{e(heading)}</h3><ul>")
        for prefix, items in ((added, part.added), (removed, part.removed)):
            parts.extend(f"<li><b>{e(prefix)}</b> {e(item.label)}</li>" for item in items)
        for changed in part.changed:
            parts.append(f"<li><b>{e(changed_word)}</b> {e(changed.label)}</li><ul>")
            for change in shown_changes(changed):
                if change.is_long:
                    parts.append(
                        f"<li>{e(change.name)}:"
                        f"<br><i>{e(before)}</i> {e(change.old or '—')}"
                        f"<br><i>{e(after)}</i> {e(change.new or '—')}</li>"
                    )
                else:
                    parts.append(f"<li>{e(change.sentence())}</li>")
            parts.append("</ul>")
        parts.append("</ul>")
    return "".join(parts)


class VersionDiffView(QWidget):
    """A read-only, selectable diff with its counts and a Copy button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Differences"))
        self.copy_button = QPushButton(self.tr("&Copy to clipboard"), self)
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy)
        self._text = ""
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.browser, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)
        column.addLayout(row)

    def set_diff(self, diff: pv.VersionDiff, title: str) -> None:
        self._text = diff_text(diff, title)
        self.browser.setHtml(diff_html(diff, title))
        self.copy_button.setEnabled(True)

    def show_message(self, text: str) -> None:
        """A problem instead of a diff (a version whose copy cannot be read)."""
        self._text = ""
        self.browser.setPlainText(text)
        self.copy_button.setEnabled(False)

    def plain_text(self) -> str:
        return self._text

    def copy(self) -> None:
        if self._text:
            QGuiApplication.clipboard().setText(self._text)


class CompareDialog(QDialog):
    """Pick two versions, or a version and the plan as it is now, and see the differences."""

    CURRENT = -1

    def __init__(
        self,
        database: Database,
        versions: Sequence[pv.VersionRow],
        old_id: int,
        new_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.versions = list(versions)
        self.setWindowTitle(self.tr("Compare versions"))
        self.resize(760, 620)
        self.old_combo = QComboBox(self)
        self.new_combo = QComboBox(self)
        for version in self.versions:
            text = self.tr("{name} ({saved})").format(
                name=version.name, saved=format_saved_at(version.saved_at)
            )
            self.old_combo.addItem(text, version.id)
            self.new_combo.addItem(text, version.id)
        self.new_combo.addItem(self.tr("The plan now (not saved as a version)"), self.CURRENT)
        self.old_combo.setCurrentIndex(max(0, self.old_combo.findData(old_id)))
        new_index = self.new_combo.findData(self.CURRENT if new_id is None else new_id)
        self.new_combo.setCurrentIndex(max(0, new_index))
        self.view = VersionDiffView(self)
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.old_combo)
        form.addRow(self.tr("&To:"), self.new_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.view, 1)
        column.addWidget(buttons)
        self.old_combo.currentIndexChanged.connect(self.update_diff)
        self.new_combo.currentIndexChanged.connect(self.update_diff)
        self.update_diff()

    def _name(self, version_id: int) -> str:
        for version in self.versions:
            if version.id == version_id:
                return version.name
        return ""

    def update_diff(self) -> None:
        old_id = int(self.old_combo.currentData())
        new_data = int(self.new_combo.currentData())
        new_id = None if new_data == self.CURRENT else new_data
        if new_id is None:
            title = self.tr("From version “{old}” to the plan now").format(old=self._name(old_id))
        else:
            title = self.tr("From version “{old}” to version “{new}”").format(
                old=self._name(old_id), new=self._name(new_id)
            )
        try:
            diff = pv.compare_versions(self.database, old_id, new_id)
        except UserError as error:
            self.view.show_message(str(error))
            return
        self.view.set_diff(diff, title)


def empty_state(parent: QWidget | None = None) -> QLabel:
    """The hint shown where versions would be listed when there are none yet."""
    label = QLabel(
        QCoreApplication.translate(
            "VersionDiff",
            "No version saved yet. Save a version to keep a copy of the plan as it is now, "
            "for review or for comparing later.",
        ),
        parent,
    )
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label
