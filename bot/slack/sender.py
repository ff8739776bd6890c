"""Reminders drawn as Block Kit and posted to Slack: the reminder engine's sender in production.

The engine (bot.services.reminders) decides what is due and claims it; this draws it
(bot.blocks.reminders) and posts it with chat.postMessage.
"""

from __future__ import annotations

from slack_sdk import WebClient

from bot.blocks.reminders import Message, paused_notice, render_at
from bot.rules.reminder_types import Instant, Reminder


class SlackSender:
    """chat.postMessage through a client from bot.slack.client.make_web_client.

    That client's RateLimitErrorRetryHandler waits out HTTP 429 (Retry-After) and retries
    inside the call, so a rate-limited reminder arrives late, not twice and not never.
    """

    def __init__(self, client: WebClient) -> None:
        self.client = client

    def send_reminder(self, reminder: Reminder, *, at: Instant, lang: str) -> str:
        message = render_at(reminder, at, lang)
        return self.post(channel=reminder.channel_id, message=message)

    def send_paused(
        self, *, user_id: str, channel_id: str, organisations: list[str], reason: str, lang: str
    ) -> str:
        return self.post(
            channel=user_id, message=paused_notice(channel_id, organisations, reason, lang)
        )

    def post(self, *, channel: str, message: Message) -> str:
        response = self.client.chat_postMessage(
            channel=channel,
            text=message.text,
            blocks=message.blocks,
            unfurl_links=False,
            unfurl_media=False,
        )
        return str(response["ts"])
