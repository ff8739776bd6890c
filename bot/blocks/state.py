"""What an answer on screen shows, carried in button values and block ids.

Slack does not send an ephemeral message back with a click, so whatever is needed to page,
share or redraw an answer travels with it: ``ViewState`` for answers, ``HOME`` for App Home.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from bot.rules.subcommands import LOOKUPS

HOME = "home"
_SEPARATOR = "~"
# Block ids hold at most 255 characters; the rest of a block id needs up to 54 (a team's own
# milestone: "ms_own_<kind>_<date>~"). Quote marks and backslashes double when encoded.
MAX_ENCODED = 200


@dataclass(frozen=True, slots=True)
class ViewState:
    command: str
    args: str = ""
    page: int = 1

    def encode(self) -> str:
        """At most MAX_ENCODED characters: a very long query is cut, never the block id."""
        args = self.args
        while True:
            encoded = json.dumps([self.command, self.page, args], ensure_ascii=False)
            if len(encoded) <= MAX_ENCODED:
                return encoded
            args = args[: len(args) - max(1, (len(encoded) - MAX_ENCODED) // 2)]

    @classmethod
    def decode(cls, value: str | None) -> ViewState | None:
        try:
            command, page, args = json.loads(value or "")
        except (ValueError, TypeError):
            return None
        # Values come back from Slack as sent, or forged: only a lookup can be drawn again.
        if not isinstance(command, str) or command not in LOOKUPS or not isinstance(page, int):
            return None
        return cls(command, str(args), max(page, 1))

    def at_page(self, page: int) -> ViewState:
        return ViewState(self.command, self.args, page)


def block_id(local: str, origin: str | None) -> str:
    """A block id unique in its message that also says where the block was drawn."""
    return f"{local}{_SEPARATOR}{origin}" if origin else local


def origin_of(block_id_: str | None) -> str | None:
    """The origin (an encoded ViewState or HOME) a block id carries, if any."""
    if not block_id_ or _SEPARATOR not in block_id_:
        return None
    return block_id_.split(_SEPARATOR, 1)[1]
