"""Thin Bolt listeners grouped by surface; `register(app)` wires them all."""

from __future__ import annotations

from slack_bolt import App

from handlers import (
    actions,
    calendar,
    commands,
    corrections,
    errors,
    events,
    followup,
    home,
    importing,
    middleware,
    new_audit,
    preview,
    protocol,
    reminders,
    views,
)


def register(app: App) -> None:
    protocol.register(app)
    middleware.register(app)
    errors.register(app)
    commands.register(app)
    actions.register(app)
    views.register(app)
    home.register(app)
    importing.register(app)
    preview.register(app)
    new_audit.register(app)
    corrections.register(app)
    events.register(app)
    reminders.register(app)
    followup.register(app)
    calendar.register(app)
