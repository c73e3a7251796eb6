"""Undo commands over stored records: every undo and redo is a call to ``core``.

The change itself is made before the command is pushed (so a refused save shows its
problems in the dialog and never enters the stack); the command's first ``redo`` does
nothing. A record deleted by these commands comes back with a new id; ``IdMap`` lets every
command and every reference that knew the old id find the new one. (Areas whose deletes
core restores exactly, ids included, need no mapping for them: see the Stakeholders area.)
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from lagdesk.db.database import Database
from lagdesk.errors import UserError

log = logging.getLogger(__name__)

Key = tuple[type, int]


class IdMap:
    """Where records that were deleted and recreated by undo/redo live now."""

    def __init__(self) -> None:
        self._current: dict[Key, int] = {}

    def current(self, kind: type, record_id: int) -> int:
        return self._current.get((kind, record_id), record_id)

    def original(self, kind: type, record_id: int) -> int:
        """The id commands know the record by, for a record known by ``record_id`` now."""
        for (found, first), current in self._current.items():
            if found is kind and current == record_id:
                return first
        return record_id

    def moved(self, kind: type, old: int, new: int) -> None:
        for key, value in self._current.items():
            if key[0] is kind and value == old:
                self._current[key] = new
        self._current[(kind, old)] = new


@dataclass(frozen=True)
class RecordGateway:
    """How one record type is written and deleted (a core function each)."""

    save: Callable[[Any], Any]
    delete: Callable[[int], None]
    #: Stores an edit field by field: (the record as it was, the record as edited); it
    #: refuses with ``EditConflict`` when a field it would change was changed meanwhile.
    update: Callable[[Any, Any], Any]
    #: Fields of this record that hold the id of another record type.
    references: dict[str, type] = dataclasses.field(default_factory=dict)


class UndoContext:
    """What the commands of one open file share: its gateways, the id map, error reporting."""

    def __init__(
        self, gateways: dict[type, RecordGateway], report: Callable[[UserError], None]
    ) -> None:
        self.gateways = gateways
        self.ids = IdMap()
        self.report = report

    def resolved(self, record: Any) -> Any:
        """A copy of ``record`` with its own id and its references as they are now."""
        gateway = self.gateways[type(record)]
        changes: dict[str, Any] = {}
        if record.id is not None:
            changes["id"] = self.ids.current(type(record), record.id)
        for field, kind in gateway.references.items():
            value = getattr(record, field)
            if value is not None:
                changes[field] = self.ids.current(kind, value)
        return dataclasses.replace(record, **changes)

    def save(self, record: Any) -> Any:
        return self.gateways[type(record)].save(self.resolved(record))

    def update(self, before: Any, after: Any) -> Any:
        """Write only the fields in which ``after`` differs from ``before``."""
        gateway = self.gateways[type(after)]
        return gateway.update(self.resolved(before), self.resolved(after))

    def delete(self, record: Any) -> None:
        self.gateways[type(record)].delete(self.ids.current(type(record), record.id))

    def recreate(self, record: Any) -> Any:
        """Store a deleted record again; it gets a new id, which the map remembers."""
        saved = self.gateways[type(record)].save(
            dataclasses.replace(self.resolved(record), id=None)
        )
        self.ids.moved(type(record), record.id, saved.id)
        return saved


class ChangeCommand(QUndoCommand):
    """Base of every undo command: the change is made through core before the command is
    pushed, so the first redo does nothing; a failed undo or redo is reported (never
    raised) and the command leaves the stack. Subclasses write ``apply`` and ``revert``."""

    def __init__(self, text: str, report: Callable[[UserError], None]) -> None:
        super().__init__(text)
        self.report = report
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step: Callable[[], None]) -> None:
        if self.isObsolete():
            return
        try:
            step()
        except UserError as error:
            log.warning("Undo step failed: %s", error)
            self.setObsolete(True)
            self.report(error)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class RecordCommand(ChangeCommand):
    """A change to records through an ``UndoContext``; ``also_restore`` is put back on undo."""

    def __init__(self, context: UndoContext, text: str, also_restore: Iterable[Any]) -> None:
        super().__init__(text, context.report)
        self.context = context
        #: Records a side effect of the change altered (the city that was "ours" before,
        #: meetings hosted by a deleted partner), put back as they were on undo.
        self.also_restore = list(also_restore)

    def undo(self) -> None:
        self._guarded(self._undo_all)

    def _undo_all(self) -> None:
        self.revert()
        for record in self.also_restore:
            self.context.save(record)


class SaveRecordCommand(RecordCommand):
    """A record added (``before`` None) or edited.

    Undo and redo of an edit write only the fields in which ``before`` and ``after``
    differ, so what an import or another program changed meanwhile in other fields stays;
    when one of those very fields was changed meanwhile, the step is refused with a message
    (``EditConflict``) and leaves the stack, the file as the other change left it.
    """

    def __init__(
        self,
        context: UndoContext,
        text: str,
        before: Any | None,
        after: Any,
        also_restore: Iterable[Any] = (),
    ) -> None:
        super().__init__(context, text, also_restore)
        self.before = before
        self.after = after

    def apply(self) -> None:
        if self.before is None:
            self.context.recreate(self.after)
        else:
            self.context.update(self.before, self.after)

    def revert(self) -> None:
        if self.before is None:
            self.context.delete(self.after)
        else:
            self.context.update(self.after, self.before)


class DeleteRecordCommand(RecordCommand):
    def __init__(
        self, context: UndoContext, text: str, record: Any, also_restore: Iterable[Any] = ()
    ) -> None:
        super().__init__(context, text, also_restore)
        self.record = record

    def apply(self) -> None:
        self.context.delete(self.record)

    def revert(self) -> None:
        self.context.recreate(self.record)


class UndoableWidget(QWidget):
    """A page or tab that changes the open file: it reads through ``database`` and pushes
    its changes to the window's undo stack, with the commands' shared ``context``."""

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        context: UndoContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._undo = undo_stack
        self._context = context
