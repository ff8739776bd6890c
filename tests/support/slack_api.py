"""The Slack Web API stand-in for tests: the console's in-process API plus scripted failures.

Point SLACK_API_URL (or WebClient(base_url=...)) at ``fake.base_url``. Every call is recorded
with its parsed body so tests can assert what the bot posted; what chat.postMessage posts is
kept per channel with its metadata, and conversations.history answers from it. Failures are
scripted per method: ``fake.fail(method, error="channel_not_found")``,
``fake.rate_limit(method)``, a Slack that does what it is asked but answers late
(``fake.answer_late(method, after=5)``) or never (``fake.accept_unanswered(method)``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from bot.console.webapi import UNANSWERED, Answer, Call, LocalSlackAPI

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

    def unscripted(self, call: Call) -> Answer:
        """What Slack does and answers, whatever is scripted (for a script to build on)."""
        return super().answer(call)

    def script(self, method: str, handler: Scripted) -> None:
        """``handler`` answers a call to ``method``; returning None falls through."""
        self._scripts.append((method, handler))

    def _script_some(
        self,
        method: str,
        handler: Scripted,
        *,
        times: int | None,
        when: Callable[[Call], bool] | None = None,
    ) -> None:
        """``handler`` answers the first ``times`` calls (all: None) for which ``when`` holds."""
        remaining = [times]

        def some(call: Call):
            if when is not None and not when(call):
                return None
            if remaining[0] is not None:
                if remaining[0] <= 0:
                    return None
                remaining[0] -= 1
            return handler(call)

        self.script(method, some)

    def fail(
        self,
        method: str,
        *,
        error: str,
        times: int | None = None,
        when: Callable[[Call], bool] | None = None,
    ) -> None:
        self._script_some(
            method, lambda call: (200, {}, {"ok": False, "error": error}), times=times, when=when
        )

    def rate_limit(self, method: str, *, times: int = 1, retry_after: int = 1) -> None:
        self._script_some(
            method,
            lambda call: (
                429,
                {"Retry-After": str(retry_after)},
                {"ok": False, "error": "ratelimited"},
            ),
            times=times,
        )

    def answer_late(
        self,
        method: str,
        *,
        after: float | threading.Event,
        times: int | None = None,
        when: Callable[[Call], bool] | None = None,
    ) -> None:
        """Slack does at once what ``method`` asks (a post is posted) but answers only
        ``after`` seconds later, or once ``after`` is set: the client may have given up."""

        def late(call: Call):
            answered = self.unscripted(call)
            if isinstance(after, threading.Event):
                after.wait(timeout=120)
            else:
                time.sleep(after)
            return answered

        self._script_some(method, late, times=times, when=when)

    def accept_unanswered(
        self,
        method: str,
        *,
        times: int | None = 1,
        when: Callable[[Call], bool] | None = None,
    ) -> None:
        """Slack does what ``method`` asks, then the connection drops before its answer."""

        def dropped(call: Call):
            self.unscripted(call)
            return UNANSWERED

        self._script_some(method, dropped, times=times, when=when)

    def say(self, channel: str, text: str, *, user: str = "U0SOMEONE") -> None:
        """Someone else's message in ``channel``, after everything posted so far."""
        with self._lock:
            message = {"type": "message", "ts": self._next_ts(), "text": text, "user": user}
            self.messages.setdefault(channel, []).append(message)

    def posted(self, channel: str) -> list[dict[str, Any]]:
        """The messages in ``channel`` (a user's direct messages: D<user>), oldest first."""
        with self._lock:
            return list(self.messages.get(channel, []))
