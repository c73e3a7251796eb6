"""The undo steps of a meeting's files: an edit, files added or deleted, people marked.

Each is pushed after core has already made the change (the first redo does nothing, see
``lagdesk.ui.common.undo.RecordCommand``); a delete is undone with the exact rows, bytes included.
"""

from __future__ import annotations

from collections.abc import Sequence

from lagdesk.core.meetings import attachments as at
from lagdesk.core.support.deletion import DeletedRows
from lagdesk.db.database import Database
from lagdesk.ui.common.undo import RecordCommand, UndoContext


class EditFileCommand(RecordCommand):
    """A caption, kind or flag changed (already stored when pushed)."""

    def __init__(
        self,
        context: UndoContext,
        text: str,
        database: Database,
        before: at.AttachmentRow,
        after: at.AttachmentRow,
    ) -> None:
        super().__init__(context, text, ())
        self.database, self.before, self.after = database, before, after

    def apply(self) -> None:
        at.update_attachment(self.database, self.after)

    def revert(self) -> None:
        at.update_attachment(self.database, self.before)


class AddFilesCommand(RecordCommand):
    """Files added (already stored when pushed); undo deletes them keeping a snapshot,
    redo puts that snapshot back, so the files keep their ids."""

    def __init__(
        self, context: UndoContext, text: str, database: Database, ids: Sequence[int]
    ) -> None:
        super().__init__(context, text, ())
        self.database = database
        self.ids = list(ids)
        self.deleted: DeletedRows | None = None

    def apply(self) -> None:
        if self.deleted is not None:
            at.restore_attachments(self.database, self.deleted)

    def revert(self) -> None:
        self.deleted = at.delete_attachments(self.database, self.ids)


class DeleteFilesCommand(RecordCommand):
    """Files deleted (already when pushed); undo restores them exactly, bytes included."""

    def __init__(
        self, context: UndoContext, text: str, database: Database, deleted: DeletedRows
    ) -> None:
        super().__init__(context, text, ())
        self.database = database
        self.deleted = deleted
        self.ids = sorted(int(row["id"]) for row in deleted.rows["attachment"])

    def apply(self) -> None:
        self.deleted = at.delete_attachments(self.database, self.ids)

    def revert(self) -> None:
        at.restore_attachments(self.database, self.deleted)


class PeopleInPhotoCommand(RecordCommand):
    def __init__(
        self,
        context: UndoContext,
        text: str,
        database: Database,
        attachment_id: int,
        before: Sequence[int],
        after: Sequence[int],
    ) -> None:
        super().__init__(context, text, ())
        self.database = database
        self.attachment_id = attachment_id
        self.before, self.after = list(before), list(after)

    def apply(self) -> None:
        at.set_people_in_photo(self.database, self.attachment_id, self.after)

    def revert(self) -> None:
        at.set_people_in_photo(self.database, self.attachment_id, self.before)
