"""Who a Slack user is to Revisorbot: their language and whether they may change data.

Both come from Slack (users.info, usergroups.users.list) and are cached, locales for an hour
and group membership for a minute, so most requests cost no extra call.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.core.i18n import language_for
from bot.core.settings import Settings

log = logging.getLogger(__name__)

LOCALE_TTL = 3600.0
GROUP_TTL = 60.0


class _TTLCache:
    def __init__(self, ttl: float, clock: Callable[[], float]) -> None:
        self.ttl, self.clock = ttl, clock
        self._values: dict[tuple[str, str], tuple[float, object]] = {}
        self._lock = threading.Lock()

    def get_or_load(self, key: tuple[str, str], load: Callable[[], object]) -> object:
        with self._lock:
            hit = self._values.get(key)
            if hit is not None and hit[0] > self.clock():
                return hit[1]
        value = load()
        with self._lock:
            self._values[key] = (self.clock() + self.ttl, value)
        return value


class Directory:
    def __init__(self, settings: Settings, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self._locales = _TTLCache(LOCALE_TTL, clock)
        self._groups = _TTLCache(GROUP_TTL, clock)

    def __deepcopy__(self, memo: dict) -> Directory:
        # Shared caches: Bolt deep-copies the context it hands to lazy listeners.
        return self

    def language(self, client: WebClient, team_id: str, user_id: str) -> str:
        """The user's Slack locale if we speak it, else REVISORBOT_LANGUAGE."""
        locale = self._locales.get_or_load(
            (team_id, user_id), lambda: self._locale(client, user_id)
        )
        return language_for(locale if isinstance(locale, str) else None, self.settings.language)

    def _locale(self, client: WebClient, user_id: str) -> str | None:
        try:
            response = client.users_info(user=user_id, include_locale=True)
        except SlackApiError as error:
            log.warning(
                "users.info failed for %s (%s); using the default language",
                user_id,
                error.response.get("error"),
            )
            return None
        return (response.get("user") or {}).get("locale")

    def is_editor(self, client: WebClient, team_id: str, user_id: str) -> bool:
        """In REVISORBOT_EDITORS directly, or a member of a user group listed there."""
        editors = self.settings.editors
        if user_id in editors:
            return True
        for group in sorted(e for e in editors if e.startswith("S")):
            members = self._groups.get_or_load(
                (team_id, group), lambda g=group: self._members(client, g)
            )
            if user_id in members:  # type: ignore[operator]
                return True
        return False

    def _members(self, client: WebClient, group: str) -> frozenset[str]:
        try:
            response = client.usergroups_users_list(usergroup=group)
        except SlackApiError as error:
            # Refusing is the safe answer; the log says why editors are refused.
            log.error("usergroups.users.list failed for %s: %s", group, error.response.get("error"))
            return frozenset()
        return frozenset(response.get("users") or [])
