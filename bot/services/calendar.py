"""A watching channel's calendar feed: its secret address (editors only), and the feed itself.

The address is ``/calendar/<feed id>/<token>.ics``: the token is 256 random bits, compared in
constant time, and replacing it stops the old address at once. The feed is computed on every
request from the same rows and rules as the reminders (bot.rules.feed), so it follows the
data as it changes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.core.runtime import Runtime
from bot.files.calendar_feed import calendar_file
from bot.rules import feed as rules
from bot.rules.calendar import SwedishCalendar
from bot.rules.reminder_types import Instant, Snapshot
from bot.services.reminders import load_snapshot, watch_of
from storage import feeds, sweep
from storage.feeds import FeedRow

FEED_PREFIX = "/calendar/"
TOKEN_BYTES = 32
_FEED_PATH = re.compile(r"^/calendar/([1-9][0-9]{0,9})/([A-Za-z0-9_-]{43})\.ics$")
# Shared by every feed request: the calendar caches its answers per date.
_CALENDAR = SwedishCalendar()


@dataclass(frozen=True, slots=True)
class FeedAddress:
    path: str
    # None until REVISORBOT_PUBLIC_URL says where the server is reached from outside.
    url: str | None
    organisations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Feed:
    body: bytes
    etag: str


def feed_address(ctx: RequestContext, *, channel_id: str) -> FeedAddress:
    """The channel's feed address, made the first time an editor asks."""
    ctx.require_editor()
    with ctx.writing() as edit:
        organisations = _watched(edit.session, ctx.team_id, channel_id)
        if not organisations:
            raise UserFacingError("slack.calendar.not_watching")
        found = feeds.ensure_feed(edit, channel_id=channel_id, token=new_token())
    return _address(ctx, found, organisations)


def replace_feed_address(ctx: RequestContext, *, channel_id: str) -> FeedAddress:
    """A new address for the channel's feed; the old one answers 404 from now on."""
    ctx.require_editor()
    with ctx.writing() as edit:
        organisations = _watched(edit.session, ctx.team_id, channel_id)
        found = feeds.replace_token(edit, channel_id=channel_id, token=new_token())
    return _address(ctx, found, organisations)


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def _watched(session: Session, team_id: str, channel_id: str) -> tuple[str, ...]:
    rows = sweep.watches(session, team_id=team_id, channel_id=channel_id, include_paused=True)
    return tuple(row.organisation for row in rows)


def feed_path(found: FeedRow) -> str:
    return f"{FEED_PREFIX}{found.id}/{found.token}.ics"


def _address(ctx: RequestContext, found: FeedRow, organisations: tuple[str, ...]) -> FeedAddress:
    path = feed_path(found)
    base = ctx.runtime.settings.public_url
    return FeedAddress(path, f"{base}{path}" if base else None, organisations)


def calendar_feed(runtime: Runtime, path: str) -> Feed | None:
    """The feed at ``path``, or None when no feed has that address (any more)."""
    match = _FEED_PATH.match(path)
    if match is None:
        return None
    with runtime.session_factory() as session:
        found = feeds.feed(session, int(match[1]))
        if found is None or not hmac.compare_digest(found.token.encode(), match[2].encode()):
            return None
        rows = sweep.watches(session, team_id=found.team_id, channel_id=found.channel_id)
        watches = [watch_of(row) for row in rows]
        at = Instant(runtime.clock.now(), runtime.settings.tz, _CALENDAR)
        shown = rules.span(at.today)
        snapshot = (
            load_snapshot(session, watches, rules.horizon(shown), at)
            if watches
            else Snapshot(watches=[])
        )
    language = next(
        (w.settings.language for w in watches if w.settings.language), runtime.settings.language
    )
    content = {
        "items": rules.feed_items(snapshot, at, shown),
        "organisations": [w.organisation for w in watches],
        "lang": language,
        # The day it was computed for, not the second: the same data gives the same bytes
        # all day, so a calendar asking again with If-None-Match gets 304 Not Modified.
        "stamp": at.moment(at.today, dt.time()),
        "uid_suffix": f"{found.channel_id}.{found.team_id}",
    }
    return _RENDERED.feed(found.id, content)


class _Rendered:
    """The last feed written per address, kept while what it says is unchanged.

    Writing the file is most of a feed's cost (icalendar folds each line character by
    character: a few hundred milliseconds for a busy channel, bench/slack_bench.py), while
    calendars mostly ask again for what has not changed. The rows and the rules are still
    read and run on every request; only the same items in the same words are not written
    out again. A bounded number of feeds, the least recently asked for forgotten first.
    """

    def __init__(self, size: int = 256) -> None:
        self._size = size
        self._kept: OrderedDict[int, Feed] = OrderedDict()
        self._lock = threading.Lock()

    def feed(self, feed_id: int, content: dict[str, Any]) -> Feed:
        # The items are frozen dataclasses of plain values: their repr is what they say.
        etag = hashlib.sha256(repr(sorted(content.items())).encode()).hexdigest()[:32]
        with self._lock:
            kept = self._kept.get(feed_id)
            if kept is not None and kept.etag == etag:
                self._kept.move_to_end(feed_id)
                return kept
        made = Feed(calendar_file(**content), etag)
        with self._lock:
            self._kept[feed_id] = made
            self._kept.move_to_end(feed_id)
            while len(self._kept) > self._size:
                self._kept.popitem(last=False)
        return made


_RENDERED = _Rendered()
