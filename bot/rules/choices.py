"""What buttons and selects carry as values, read back safely: they come from Slack as sent,
or forged."""

from __future__ import annotations

from collections.abc import Collection

from bot.core.errors import UserFacingError
from storage.base import MAX_ID

# The recommendation status choice that hands the status back to its actions (SPEC §2).
AUTO_STATUS = "auto"


def parse_id(value: str | None) -> int:
    """The id a button carries as its value."""
    # str.isdigit() also accepts "²", which int() refuses: ASCII digits only.
    if not value or not (value.isascii() and value.isdigit()) or int(value) > MAX_ID:
        raise UserFacingError("slack.error.bad_choice")
    return int(value)


def parse_choice(value: str, allowed: Collection[str]) -> tuple[int, str]:
    """An option value "<id>:<choice>" as the status selects send it."""
    entity_id, _, choice = value.partition(":")
    if choice not in allowed:
        raise UserFacingError("slack.error.bad_choice")
    return parse_id(entity_id), choice
