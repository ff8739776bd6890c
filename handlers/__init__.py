"""Thin Bolt listeners grouped by surface; `register(app)` wires them all."""

from __future__ import annotations

from slack_bolt import App

from handlers import (
    actions,
    calendar,
    commands,
    errors,
    events,
    home,
    importing,
    middleware,
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
    events.register(app)
    reminders.register(app)
    calendar.register(app)
