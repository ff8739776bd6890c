"""App Home: each user's overview, drawn when they open the tab and after a change there."""

from __future__ import annotations

import datetime as dt
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot.blocks.home import HOME_DAYS, MAX_OVERDUE, MAX_UPCOMING, home_view
from bot.directory import Actor
from bot.runtime import Runtime
from bot.services import lookups
from handlers.protocol import Event


def register(app: App) -> None:
    app.event(Event.APP_HOME_OPENED)(show_home)


def show_home(
    event: dict[str, Any],
    client: WebClient,
    runtime: Runtime,
    actor: Actor,
    lang: str,
    today: dt.date,
    team_id: str,
) -> None:
    if event.get("tab", "home") == "home":
        publish_home(client, runtime, team_id=team_id, actor=actor, lang=lang, today=today)


def publish_home(
    client: WebClient,
    runtime: Runtime,
    *,
    team_id: str,
    actor: Actor,
    lang: str,
    today: dt.date,
) -> None:
    with runtime.session_factory() as session:
        view = home_view(
            overdue=lookups.overdue(session, team_id=team_id, today=today, size=MAX_OVERDUE),
            upcoming=lookups.upcoming(
                session, team_id=team_id, today=today, days=HOME_DAYS, size=MAX_UPCOMING
            ),
            watched=lookups.watched(session, team_id=team_id),
            lang=lang,
            today=today,
            controls=actor.is_editor,
        )
    client.views_publish(user_id=actor.user_id, view=view)
