"""Undo commands of the Indicators area: a new indicator, an edit, a delete; measurements
added (typed or pasted) and a measurement deleted.

Each change is made through core before its command is pushed (see ``ChangeCommand``).
Deleting and restoring keep the indicator's id, its measurements' and milestones' ids, so
commands further down the stack still find them.
"""

from __future__ import annotations

from collections.abc import Callable

from lagdesk.core.indicators import library as indicators
from lagdesk.core.indicators.library import IndicatorDetail
from lagdesk.core.support import deletion, records
from lagdesk.core.support.deletion import DeletedRows
from lagdesk.db.database import Database
from lagdesk.errors import UserError
from lagdesk.ui.common.undo import ChangeCommand

Report = Callable[[UserError], None]


class NewIndicatorCommand(ChangeCommand):
    """An indicator already added; undo deletes it, redo puts the same one back."""

    def __init__(self, database: Database, text: str, indicator_id: int, report: Report) -> None:
        super().__init__(text, report)
        self.database = database
        self.indicator_id = indicator_id
        self.snapshot: DeletedRows | None = None

    def apply(self) -> None:
        if self.snapshot is not None:
            indicators.restore_indicator(self.database, self.snapshot)
            self.snapshot = None

    def revert(self) -> None:
        self.snapshot = indicators.delete_indicator(self.database, self.indicator_id)


class EditIndicatorCommand(ChangeCommand):
    """An indicator already saved as ``after``; undo saves ``before`` back. The
    indicator's own fields are written only where ``before`` and ``after`` differ (refused
    when one of them was changed meanwhile); milestones and links as they were."""

    def __init__(
        self,
        database: Database,
        text: str,
        before: IndicatorDetail,
        after: IndicatorDetail,
        report: Report,
    ) -> None:
        super().__init__(text, report)
        self.database = database
        self.before = before
        self.after = after

    def apply(self) -> None:
        indicators.save_indicator_detail(self.database, self.after, self.before.indicator)

    def revert(self) -> None:
        indicators.save_indicator_detail(self.database, self.before, self.after.indicator)


class DeleteIndicatorCommand(ChangeCommand):
    """An indicator already deleted (``snapshot``); undo restores it, redo deletes again."""

    def __init__(
        self, database: Database, text: str, snapshot: DeletedRows, report: Report
    ) -> None:
        super().__init__(text, report)
        self.database = database
        self.snapshot = snapshot
        self.indicator_id = snapshot.root_id

    def apply(self) -> None:
        self.snapshot = indicators.delete_indicator(self.database, self.indicator_id)

    def revert(self) -> None:
        indicators.restore_indicator(self.database, self.snapshot)


class AddMeasurementsCommand(ChangeCommand):
    """Measurements already stored; undo deletes them, redo puts them back exactly."""

    def __init__(self, database: Database, text: str, ids: list[int], report: Report) -> None:
        super().__init__(text, report)
        self.database = database
        self.ids = ids
        self.snapshots: list[DeletedRows] = []

    def apply(self) -> None:
        for snapshot in self.snapshots:
            deletion.restore(self.database, snapshot)
        self.snapshots = []

    def revert(self) -> None:
        self.snapshots = [
            deletion.delete_with_snapshot(self.database, records.Measurement, record_id)
            for record_id in self.ids
        ]


class DeleteMeasurementCommand(ChangeCommand):
    """A measurement already deleted (``snapshot``); undo restores it, redo deletes again."""

    def __init__(
        self, database: Database, text: str, snapshot: DeletedRows, report: Report
    ) -> None:
        super().__init__(text, report)
        self.database = database
        self.snapshot = snapshot
        self.record_id = snapshot.root_id

    def apply(self) -> None:
        self.snapshot = deletion.delete_with_snapshot(
            self.database, records.Measurement, self.record_id
        )

    def revert(self) -> None:
        deletion.restore(self.database, self.snapshot)
