"""Reminders drawn as Block Kit and posted to Slack: the reminder engine's sender in production.

The engine (bot.services.reminders) decides what is due and claims it; this draws it
(bot.blocks.reminders) and posts it with chat.postMessage, carrying its ledger key in the
message's metadata, so that a post whose answer never came (the process died, Slack answered
after the client stopped waiting) can be found in the channel's history instead of being
sent again.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from slack_sdk import WebClient

from bot.blocks.reminders import Message, paused_notice, render_at
from bot.rules.reminder_types import Instant, Reminder
from bot.slack.client import posting_client

log = logging.getLogger(__name__)

# Message metadata's event type: a reminder, its payload the reminder's ledger key.
REMINDER_EVENT = "revisorbot_reminder"
# conversations.history pages read looking for a reminder (Slack advises at most 200 each).
HISTORY_PAGE_SIZE = 200
HISTORY_PAGES = 10


def reminder_metadata(key: str) -> dict[str, Any]:
    return {"event_type": REMINDER_EVENT, "event_payload": {"key": key}}


class SlackSender:
    """chat.postMessage through a client from bot.slack.client.make_web_client.

    That client's RateLimitErrorRetryHandler waits out HTTP 429 (Retry-After) and retries
    inside the call, so a rate-limited reminder arrives late, not twice and not never. Posts
    are not retried after a dropped connection (bot.slack.client.posting_client).
    """

    def __init__(self, client: WebClient) -> None:
        self.client = client
        self._posting = posting_client(client)

    def send_reminder(self, reminder: Reminder, *, at: Instant, lang: str) -> str:
        message = render_at(reminder, at, lang)
        return self.post(
            channel=reminder.channel_id, message=message, metadata=reminder_metadata(reminder.key)
        )

    def send_paused(
        self, *, user_id: str, channel_id: str, organisations: list[str], reason: str, lang: str
    ) -> str:
        return self.post(
            channel=user_id, message=paused_notice(channel_id, organisations, reason, lang)
        )

    def post(self, *, channel: str, message: Message, metadata: dict | None = None) -> str:
        response = self._posting.chat_postMessage(
            channel=channel,
            text=message.text,
            blocks=message.blocks,
            unfurl_links=False,
            unfurl_media=False,
            metadata=metadata,
        )
        return str(response["ts"])

    def find_reminder(self, reminder: Reminder, *, since: dt.datetime) -> str | None:
        """The ts of ``reminder``'s message if its channel (a user's direct messages, for an
        escalation) shows one posted after ``since``; raises SlackApiError when Slack will not
        say (the history scopes missing, a public channel the bot is not in)."""
        channel = reminder.channel_id
        if channel[:1] in ("U", "W"):
            channel = self.client.conversations_open(users=channel)["channel"]["id"]
        cursor = None
        for _ in range(HISTORY_PAGES):
            page = self.client.conversations_history(
                channel=channel,
                oldest=f"{since.timestamp():.6f}",
                limit=HISTORY_PAGE_SIZE,
                include_all_metadata=True,
                cursor=cursor,
            )
            for message in page.get("messages") or []:
                metadata = message.get("metadata") or {}
                payload = metadata.get("event_payload") or {}
                if (
                    metadata.get("event_type") == REMINDER_EVENT
                    and payload.get("key") == reminder.key
                ):
                    return str(message["ts"])
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not page.get("has_more") or not cursor:
                return None
        log.warning(
            "%s holds more than %d messages since %s; reminder %s was not among them",
            reminder.channel_id,
            HISTORY_PAGES * HISTORY_PAGE_SIZE,
            since.isoformat(),
            reminder.key,
        )
        return None
