"""Revisorbot's composition root: settings, the Bolt app, services, rendering, reminders, CLI."""
