"""Persistence: SQLAlchemy models, migrations and keyword-only queries. Knows nothing of Slack."""
