"""Who a Slack user is to Revisorbot: their language and whether they may change data.

Both come from Slack (users.info, usergroups.users.list), and a request waits for neither
longer than WAIT_SECONDS: Slack gets its answer within three seconds even when its own Web
API takes five (issue 14). What Slack has not said by then is looked up in the background
and cached, locales for an hour and group membership for a minute; meanwhile the user gets
the default language, and an editor check says "not known yet". An entry past its time is
served while it is refreshed in the background, so a known user never waits at all.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, wait
from concurrent.futures import TimeoutError as FutureTimeout

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.core.i18n import language_for
from bot.core.settings import Settings

log = logging.getLogger(__name__)

LOCALE_TTL = 3600.0
GROUP_TTL = 60.0
# A failed lookup (Slack down, a missing scope) is not asked again for this long.
FAILURE_TTL = 60.0
# How long a request waits for Slack to say who a user is. Slack's users.info answers in
# about 0.1 s; past this it is slow, and the answer comes from the cache next time.
WAIT_SECONDS = 0.5
# How long a lazy listener, which runs after Slack has had its answer, may wait instead.
PATIENT_SECONDS = 20.0
# Once one lookup has outlasted WAIT_SECONDS, requests do not wait at all for this long:
# a burst of new users while Slack is slow costs nobody the wait.
SLOW_SPELL_SECONDS = 60.0
# Lookups under way at once, and the most that may wait for a thread; past that a request
# gets the default without asking (Slack is down or very slow and the queue would only grow).
LOOKUP_THREADS = 8
MAX_PENDING = 64

NOT_KNOWN = object()


class _Lookups:
    """Values Slack tells us, cached for ``ttl``, fetched on daemon threads so that neither a
    request nor the process's exit ever waits for Slack longer than it chose to."""

    def __init__(self, name: str, ttl: float, clock: Callable[[], float]) -> None:
        self.name, self.ttl, self.clock = name, ttl, clock
        self._values: dict[tuple[str, str], tuple[float, object]] = {}
        self._pending: dict[tuple[str, str], Future] = {}
        self._threads = threading.BoundedSemaphore(LOOKUP_THREADS)
        self._lock = threading.Lock()
        self._slow_until = 0.0

    def get(
        self,
        key: tuple[str, str],
        load: Callable[[], tuple[object, bool]],
        *,
        within: float,
        hurry: bool,
    ) -> object:
        """The cached value, else Slack's answer if it comes within ``within`` seconds, else
        NOT_KNOWN. ``load`` returns (value, succeeded). A request in a ``hurry`` (Slack waits
        for its answer) does not wait at all while Slack is known to be slow."""
        now = self.clock()
        with self._lock:
            hit = self._values.get(key)
            if hit is not None and hit[0] > now:
                return hit[1]
            future = self._start(key, load)
            if hurry and now < self._slow_until:
                within = 0.0
        if hit is not None:
            return hit[1]  # stale: refreshed in the background meanwhile
        if future is None:
            return NOT_KNOWN
        try:
            return future.result(timeout=within)
        except FutureTimeout:
            if hurry and within > 0:
                with self._lock:
                    self._slow_until = self.clock() + SLOW_SPELL_SECONDS
                log.info(
                    "Slack did not say the %s within %.1f s; answered without", self.name, within
                )
            return NOT_KNOWN

    def _start(self, key: tuple[str, str], load: Callable[[], tuple[object, bool]]):
        """The lookup of ``key`` under way, started if it was not (call holding the lock)."""
        future = self._pending.get(key)
        if future is not None or len(self._pending) >= MAX_PENDING:
            return future
        future = Future()
        self._pending[key] = future
        threading.Thread(
            target=self._run,
            args=(key, load, future),
            name=f"revisorbot-directory-{self.name}",
            daemon=True,
        ).start()
        return future

    def _run(self, key: tuple[str, str], load: Callable[[], tuple[object, bool]], future) -> None:
        with self._threads:
            try:
                value, succeeded = load()
            except Exception as error:  # no answer (a timeout, say): asked again after a while
                log.warning("Looking up the %s of %s failed: %r", self.name, key[1], error)
                value, succeeded = NOT_KNOWN, False
        with self._lock:
            known = self._values.get(key)
            if not succeeded and known is not None:
                value = known[1]  # what Slack said before still holds until it answers
            self._values[key] = (self.clock() + (self.ttl if succeeded else FAILURE_TTL), value)
            del self._pending[key]
        future.set_result(value)

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the lookups under way; False if some still run after ``timeout``."""
        with self._lock:
            pending = list(self._pending.values())
        _, not_done = wait(pending, timeout=timeout)
        return not not_done


class Directory:
    def __init__(
        self,
        settings: Settings,
        *,
        clock: Callable[[], float] = time.monotonic,
        wait_seconds: float = WAIT_SECONDS,
    ) -> None:
        self.settings = settings
        self.wait_seconds = wait_seconds
        self._locales = _Lookups("locale", LOCALE_TTL, clock)
        self._groups = _Lookups("user group", GROUP_TTL, clock)

    def __deepcopy__(self, memo: dict) -> Directory:
        # Shared caches: Bolt deep-copies the context it hands to lazy listeners.
        return self

    def language(
        self, client: WebClient, team_id: str, user_id: str, *, within: float | None = None
    ) -> str:
        """The user's Slack locale if we speak it, else REVISORBOT_LANGUAGE (also while Slack
        has not said). ``within``: how long to wait for Slack; by default a moment, or not at
        all while Slack is slow, as before an answer."""
        locale = self._locales.get(
            (team_id, user_id),
            lambda: self._locale(client, user_id),
            within=self.wait_seconds if within is None else within,
            hurry=within is None,
        )
        return language_for(locale if isinstance(locale, str) else None, self.settings.language)

    def _locale(self, client: WebClient, user_id: str) -> tuple[str | None, bool]:
        try:
            response = client.users_info(user=user_id, include_locale=True)
        except SlackApiError as error:
            log.warning(
                "users.info failed for %s (%s); using the default language",
                user_id,
                error.response.get("error"),
            )
            return None, False
        return (response.get("user") or {}).get("locale"), True

    def is_editor(
        self, client: WebClient, team_id: str, user_id: str, *, within: float | None = None
    ) -> bool | None:
        """In REVISORBOT_EDITORS directly, or a member of a user group listed there; None when
        Slack has not said within ``within`` seconds whether the user is in such a group."""
        editors = self.settings.editors
        if user_id in editors:
            return True
        unknown = False
        for group in sorted(e for e in editors if e.startswith("S")):
            members = self._groups.get(
                (team_id, group),
                lambda g=group: self._members(client, g),
                within=self.wait_seconds if within is None else within,
                hurry=within is None,
            )
            if isinstance(members, frozenset):
                if user_id in members:
                    return True
            else:
                unknown = True
        return None if unknown else False

    def _members(self, client: WebClient, group: str) -> tuple[frozenset[str], bool]:
        try:
            response = client.usergroups_users_list(usergroup=group)
        except SlackApiError as error:
            # Refusing is the safe answer; the log says why editors are refused.
            log.error("usergroups.users.list failed for %s: %s", group, error.response.get("error"))
            return frozenset(), False
        return frozenset(response.get("users") or []), True

    def join(self, timeout: float | None = None) -> bool:
        """Wait until the lookups under way have answered (the console and tests do)."""
        return self._locales.join(timeout) and self._groups.join(timeout)
