"""Alembic environment: lagdesk passes its own connection; there is no alembic.ini."""

from alembic import context

import lagdesk.db.models  # noqa: F401  (registers every table)
from lagdesk.db.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only through lagdesk.db.migrate
    raise RuntimeError("lagdesk migrations run through lagdesk.db.migrate with a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
