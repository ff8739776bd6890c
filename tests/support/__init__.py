"""Test support: database fixtures, the Slack fakes and driver, shared helpers and fixtures."""
