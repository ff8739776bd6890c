"""App Home: each user's overview, drawn when they open the tab and after a change there.

Opening the tab is an event Slack wants acknowledged within three seconds; drawing the
overview ends in views.publish, so a lazy listener draws it after the acknowledgement.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.blocks.home import HOME_DAYS, MAX_OVERDUE, MAX_UPCOMING, home_view
from bot.core.context import RequestContext
from bot.services import lookups
from handlers.errors import tell_after_acknowledging
from handlers.events import acknowledge
from handlers.middleware import patient_context
from handlers.protocol import Event


def register(app: App) -> None:
    app.event(Event.APP_HOME_OPENED)(ack=acknowledge, lazy=[show_home])


def show_home(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    if event.get("tab", "home") != "home":
        return
    ctx = patient_context(context, client)
    try:
        publish_home(client, ctx)
    except Exception as error:
        tell_after_acknowledging(error, context, client, ctx.lang)


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
