"""Which Slack workspace (team id) data belongs to when it does not come from a Slack request."""

from __future__ import annotations

from bot.core.settings import Settings
from bot.slack.client import make_web_client

# Without any token (console, tests, a laptop) everything lives under this team id.
LOCAL_TEAM_ID = "T00LOCAL"


def resolve_team_id(settings: Settings, explicit: str | None = None) -> str:
    """--team wins; else the bot token's workspace (auth.test); else the local team."""
    if explicit:
        return explicit
    if settings.slack_bot_token is None:
        return LOCAL_TEAM_ID
    response = make_web_client(settings).auth_test()
    return str(response["team_id"])
