"""SQLAlchemy tables, engine set-up, migrations and repositories."""
