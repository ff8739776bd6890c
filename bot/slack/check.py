"""Whether Slack takes the bot token, asked once before `revisorbot run` serves anything.

Bolt asks the same (auth.test) while the app is built and fails with a traceback; asked here
first, a wrong token or an unreachable Slack is one sentence on what to do.
"""

from __future__ import annotations

from http.client import HTTPException
from urllib.error import URLError

from slack_sdk.errors import SlackApiError

from bot.core.errors import UserFacingError
from bot.core.settings import Settings
from bot.slack.client import make_web_client

# auth.test's answers that mean the token itself will never work (api.slack.com/methods/auth.test).
TOKEN_REFUSED = frozenset(
    {
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "not_allowed_token_type",
        "no_permission",
        "team_access_not_granted",
    }
)


def check_bot_token(settings: Settings) -> None:
    """Raise a UserFacingError (cli.run.*) unless Slack at SLACK_API_URL accepts the token."""
    url = settings.slack_api_url
    try:
        make_web_client(settings).auth_test()
    except SlackApiError as error:
        code = str(error.response.get("error") or error.response.status_code)
        key = "cli.run.token_refused" if code in TOKEN_REFUSED else "cli.run.slack_error"
        raise UserFacingError(key, error=code, url=url) from error
    except (OSError, HTTPException) as error:  # refused, timed out, no DNS, not HTTP
        reason = error.reason if isinstance(error, URLError) else error
        raise UserFacingError("cli.run.slack_unreachable", url=url, reason=reason) from error
