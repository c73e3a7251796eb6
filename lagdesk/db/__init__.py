"""The storage layer: typed models, the engine and session factory, Alembic migrations."""
