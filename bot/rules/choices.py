"""What buttons and selects carry as values, read back safely: they come from Slack as sent,
or forged."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

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


# What the edit menu (overflow) beside each item of `visa` offers, by the item's kind; an
# option's value is "<verb>:<entity>:<id>".
MENU_VERBS = {
    "audit": ("edit", "add_recommendation", "request", "delete"),
    "recommendation": ("edit", "add_action", "delete"),
    "action": ("edit", "delete"),
    "response_request": ("edit", "delete"),
}


@dataclass(frozen=True, slots=True)
class MenuChoice:
    verb: str
    entity: str
    id: int

    @property
    def value(self) -> str:
        return f"{self.verb}:{self.entity}:{self.id}"


def parse_menu(value: str | None) -> MenuChoice:
    """An edit menu's option value, as sent or forged."""
    verb, _, rest = (value or "").partition(":")
    entity, _, entity_id = rest.partition(":")
    if verb not in MENU_VERBS.get(entity, ()):
        raise UserFacingError("slack.error.bad_choice")
    return MenuChoice(verb, entity, parse_id(entity_id))


# What the menu beside a recommendation of an import preview offers; an option's value is
# "<verb>:<position>:<fingerprint of its text>".
PREVIEW_VERBS = ("edit", "remove")


@dataclass(frozen=True, slots=True)
class PreviewChoice:
    verb: str
    index: int
    mark: str


def parse_preview_choice(value: str | None) -> PreviewChoice:
    verb, _, rest = (value or "").partition(":")
    index, _, mark = rest.partition(":")
    if verb not in PREVIEW_VERBS or not mark.isalnum():
        raise UserFacingError("slack.error.bad_choice")
    return PreviewChoice(verb, parse_id(index), mark)
