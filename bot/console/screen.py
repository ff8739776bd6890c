"""What the console keeps about the screen: the clock it shows, where each pressable element
was drawn, and the modals open (Slack's stack of views)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


class ConsoleClock:
    """Wall time shifted by whatever `:tid` asked for, so reminders can be shown ahead of time."""

    def __init__(self) -> None:
        self._offset = dt.timedelta(0)

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + self._offset

    def set(self, instant: dt.datetime) -> None:
        self._offset = instant.astimezone(dt.UTC) - dt.datetime.now(dt.UTC)


@dataclass
class Surface:
    """Where a pressable element was drawn, so its press can say so to the app."""

    kind: str  # "message", "ephemeral", "view", "home"
    blocks: list[dict[str, Any]]
    channel: str | None = None
    ts: str | None = None
    response_url: str = ""
    view: dict[str, Any] | None = None


@dataclass
class Views:
    """The modals open, as Slack stacks them (views.open starts the stack, views.push adds to
    it, a submission's plain acknowledgement or Avbryt takes the top one off), and the one to
    run next in the terminal."""

    stack: list[dict[str, Any]] = field(default_factory=list)
    next: dict[str, Any] | None = None

    def opened(self, view: dict[str, Any]) -> None:
        self.stack, self.next = [view], view

    def pushed(self, view: dict[str, Any]) -> None:
        self.stack.append(view)
        self.next = view

    def updated(self, view: dict[str, Any]) -> None:
        """A view redrawn: the one with its id; the top one (and run) if it is on top."""
        for index, shown in enumerate(self.stack):
            if shown.get("id") == view.get("id"):
                self.stack[index] = view
                if index == len(self.stack) - 1:
                    self.next = view
                return
        if self.stack:
            self.stack[-1] = view
        else:
            self.stack = [view]
        self.next = view

    def closed(self) -> None:
        """The top view closed: the one beneath, if any, is back on screen."""
        if self.stack:
            self.stack.pop()
        self.next = self.stack[-1] if self.stack else None
