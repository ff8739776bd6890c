"""Test support: a throwaway PostgreSQL server, database fixtures, Slack fakes."""
