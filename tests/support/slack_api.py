"""The Slack Web API stand-in for tests: the console's in-process API plus scripted failures.

Point SLACK_API_URL (or WebClient(base_url=...)) at ``fake.base_url``. Every call is recorded
with its parsed body so tests can assert what the bot posted. Failures are scripted per
method: ``fake.fail(method, error="channel_not_found")`` or ``fake.rate_limit(method)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.console.webapi import Answer, Call, LocalSlackAPI

TEAM_ID = "T0TEST"
BOT_USER_ID = "U0BOT"

__all__ = ["BOT_USER_ID", "TEAM_ID", "Call", "FakeSlackAPI"]

Scripted = Callable[[Call], tuple[int, dict[str, str], dict[str, Any]] | None]


class FakeSlackAPI(LocalSlackAPI):
    def __init__(self, *, team_id: str = TEAM_ID, user_locales: dict[str, str] | None = None):
        super().__init__(team_id=team_id, bot_user_id=BOT_USER_ID, user_locales=user_locales)
        self._scripts: list[tuple[str, Scripted]] = []

    def answer(self, call: Call) -> Answer:
        for method, handler in reversed(self._scripts):
            if method == call.method:
                scripted = handler(call)
                if scripted is not None:
                    return scripted
        return super().answer(call)

    def script(self, method: str, handler: Scripted) -> None:
        """``handler`` answers a call to ``method``; returning None falls through."""
        self._scripts.append((method, handler))

    def fail(
        self,
        method: str,
        *,
        error: str,
        times: int | None = None,
        when: Callable[[Call], bool] | None = None,
    ) -> None:
        remaining = [times]

        def handler(call: Call):
            if when is not None and not when(call):
                return None
            if remaining[0] is not None:
                if remaining[0] <= 0:
                    return None
                remaining[0] -= 1
            return 200, {}, {"ok": False, "error": error}

        self.script(method, handler)

    def rate_limit(self, method: str, *, times: int = 1, retry_after: int = 1) -> None:
        remaining = [times]

        def handler(call: Call):
            if remaining[0] <= 0:
                return None
            remaining[0] -= 1
            return 429, {"Retry-After": str(retry_after)}, {"ok": False, "error": "ratelimited"}

        self.script(method, handler)
