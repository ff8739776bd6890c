"""App Home: each user's overview, drawn when they open the tab and after a change there."""

from __future__ import annotations

from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot.blocks.home import HOME_DAYS, MAX_OVERDUE, MAX_UPCOMING, home_view
from bot.core.context import RequestContext
from bot.services import lookups
from handlers.protocol import Event


def register(app: App) -> None:
    app.event(Event.APP_HOME_OPENED)(show_home)


def show_home(event: dict[str, Any], client: WebClient, ctx: RequestContext) -> None:
    if event.get("tab", "home") == "home":
        publish_home(client, ctx)


def publish_home(client: WebClient, ctx: RequestContext) -> None:
    home = lookups.home(ctx, days=HOME_DAYS, overdue_size=MAX_OVERDUE, upcoming_size=MAX_UPCOMING)
    view = home_view(
        overdue=home.overdue,
        upcoming=home.upcoming,
        watched=home.watched,
        lang=ctx.lang,
        today=ctx.today,
        controls=ctx.is_editor,
    )
    client.views_publish(user_id=ctx.user_id, view=view)
