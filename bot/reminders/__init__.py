"""Reminders (SPEC §4): pure rules, delivery through the ledger, and the scheduler wiring."""
