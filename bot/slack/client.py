"""The one factory for Slack Web API clients: base URL from settings, retries built in."""

from __future__ import annotations

import socket
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)
from slack_sdk.http_retry.handler import RetryHandler

from bot.core.settings import Settings


def retry_handlers(max_rate_limit_retries: int = 5) -> list:
    return [
        ConnectionErrorRetryHandler(max_retry_count=2),
        RateLimitErrorRetryHandler(max_retry_count=max_rate_limit_retries),
    ]


def make_web_client(settings: Settings, *, token: str | None = None) -> WebClient:
    if token is None and settings.slack_bot_token is not None:
        token = settings.slack_bot_token.get_secret_value()
    return WebClient(
        token=token,
        base_url=settings.slack_api_url,
        retry_handlers=retry_handlers(),
        timeout=15,
    )


class UnsentRetryHandler(RetryHandler):
    """Retries a request that never reached Slack: the connection was refused, or Slack's
    name did not resolve."""

    def _can_retry(self, *, state, request, response=None, error=None) -> bool:
        return isinstance(error, URLError) and isinstance(
            error.reason, ConnectionRefusedError | socket.gaierror
        )


def posting_client(client: WebClient) -> WebClient:
    """``client`` for posts that must not be made twice: a connection reset or a timeout may
    come after Slack took the message, so only a request that never left is retried (and a
    429, which Slack answers without posting). What is left uncertain, the reminder engine
    settles by looking for the message in the channel before it sends again."""
    handlers = [
        UnsentRetryHandler(max_retry_count=2)
        if isinstance(handler, ConnectionErrorRetryHandler)
        else handler
        for handler in client.retry_handlers
    ]
    return WebClient(
        token=client.token,
        base_url=client.base_url,
        timeout=client.timeout,
        retry_handlers=handlers,
    )
