"""Schema identity: the application id stamped in every file and the known revisions.

Kept as constants so that opening an up-to-date file needs no Alembic import; a test
checks them against the migration scripts.
"""

from __future__ import annotations

#: PRAGMA application_id of a lagdesk file: "LAGD" in ASCII.
APPLICATION_ID = 0x4C414744

#: Every released schema revision, oldest first; the last one is head.
REVISIONS: tuple[str, ...] = ("0001_baseline", "0002_photo_people")
HEAD = REVISIONS[-1]
