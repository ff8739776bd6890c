"""A watching channel's calendar feed: its secret address (editors only), and the feed itself.

The address is ``/calendar/<feed id>/<token>.ics``: the token is 256 random bits, compared in
constant time, and replacing it stops the old address at once. The feed is computed on every
request from the same rows and rules as the reminders (bot.rules.feed), so it follows the
data as it changes; only the writing of events whose items are unchanged is saved.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac
import logging
import re
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.core.runtime import Runtime
from bot.files.calendar_feed import calendar_file, event_file, event_uid, feed_head
from bot.rules import feed as rules
from bot.rules.calendar import SwedishCalendar
from bot.rules.reminder_types import Instant, Item, Snapshot
from bot.services.reminders import load_snapshot, watch_of
from storage import feeds, sweep
from storage.feeds import FeedRow

FEED_PREFIX = "/calendar/"
TOKEN_BYTES = 32
log = logging.getLogger(__name__)
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
    _write_ahead(ctx.runtime, found)
    return _address(ctx, found, organisations)


def replace_feed_address(ctx: RequestContext, *, channel_id: str) -> FeedAddress:
    """A new address for the channel's feed; the old one answers 404 from now on."""
    ctx.require_editor()
    with ctx.writing() as edit:
        organisations = _watched(edit.session, ctx.team_id, channel_id)
        found = feeds.replace_token(edit, channel_id=channel_id, token=new_token())
    _write_ahead(ctx.runtime, found)
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
        return _written(runtime, session, found)


def write_feeds_ahead(runtime: Runtime) -> int:
    """Write every feed's events once, so that the first calendar to ask after a start is
    answered as fast as the next; how many feeds were written. `revisorbot run` calls this
    beside serving."""
    with runtime.session_factory() as session:
        every = feeds.every_feed(session)
    for found in every:
        _write_one_ahead(runtime, found)
    return len(every)


def _write_ahead(runtime: Runtime, found: FeedRow) -> None:
    """A feed whose address was just shown is written after the answer, before the calendar
    it is pasted into first asks for it."""
    runtime.listeners.submit(_write_one_ahead, runtime, found)


def _write_one_ahead(runtime: Runtime, found: FeedRow) -> None:
    # Only logged: the feed's own request writes it then, and says so if it cannot.
    try:
        with runtime.session_factory() as session:
            _written(runtime, session, found)
    except SQLAlchemyError as error:
        log.warning("Could not write calendar feed %d ahead: %s", found.id, error)


def _written(runtime: Runtime, session: Session, found: FeedRow) -> Feed:
    """The feed's file, from the same rows and rules as the reminders, read anew each time."""
    rows = sweep.watches(session, team_id=found.team_id, channel_id=found.channel_id)
    watches = [watch_of(row) for row in rows]
    at = Instant(runtime.clock.now(), runtime.settings.tz, _CALENDAR)
    shown = rules.span(at.today)
    snapshot = (
        load_snapshot(session, watches, rules.horizon(shown), at) if watches else Snapshot([])
    )
    lang = next(
        (w.settings.language for w in watches if w.settings.language), runtime.settings.language
    )
    uid_suffix = f"{found.channel_id}.{found.team_id}"
    body = calendar_file(
        _head(tuple(w.organisation for w in watches), lang),
        (_EVENTS.event(item, lang, uid_suffix) for item in rules.feed_items(snapshot, at, shown)),
        # The day it was computed for, not the second: the same data gives the same bytes
        # all day, so a calendar asking again with If-None-Match gets 304 Not Modified.
        stamp=at.moment(at.today, dt.time()),
    )
    return Feed(body, hashlib.sha256(body).hexdigest()[:32])


@functools.lru_cache(maxsize=256)
def _head(organisations: tuple[str, ...], lang: str) -> bytes:
    return feed_head(organisations, lang)


class _WrittenEvents:
    """Each event's written lines, kept while its item says the same.

    Writing is most of a feed's cost: icalendar folds each line character by character, about
    0.3 ms an event (bench/slack_bench.py), while the rows and the rules for a whole channel
    take a few milliseconds. Calendars mostly ask again for what has not changed, and a change
    touches one event or a few, so only those are written again. The rows are still read and
    the rules run on every request: the feed follows the data at once. Bounded: the events
    least recently asked for are forgotten first.
    """

    def __init__(self, size: int = 25_000) -> None:
        self._size = size
        self._kept: OrderedDict[tuple[str, str], tuple[bytes, bytes]] = OrderedDict()
        self._lock = threading.Lock()

    def event(self, item: Item, lang: str, uid_suffix: str) -> bytes:
        uid = event_uid(item, uid_suffix)
        # The items are frozen dataclasses of plain values: their repr is what they say.
        said = hashlib.blake2b(repr(item).encode(), digest_size=16).digest()
        key = (uid, lang)
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None and kept[0] == said:
                self._kept.move_to_end(key)
                return kept[1]
        written = event_file(item, lang=lang, uid=uid)
        with self._lock:
            self._kept[key] = (said, written)
            self._kept.move_to_end(key)
            while len(self._kept) > self._size:
                self._kept.popitem(last=False)
        return written


_EVENTS = _WrittenEvents()
