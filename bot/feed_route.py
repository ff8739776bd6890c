"""The HTTP route of the calendar feeds, beside /slack/events and /healthz in `revisorbot run`.

GET or HEAD ``/calendar/<feed id>/<token>.ics`` answers the channel's feed; any other address
under /calendar/, a wrong token or a replaced one, is a bare 404 that says nothing of why.
Calendars ask again every so often: the answer may be kept five minutes, and one asking with
the ETag it holds gets 304 when nothing changed.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from bot.core.runtime import Runtime
from bot.services.calendar import FEED_PREFIX, calendar_feed

log = logging.getLogger(__name__)

CACHE_CONTROL = b"private, max-age=300"
Headers = list[tuple[bytes, bytes]]


class HideFeedTokens(logging.Filter):
    """uvicorn's access log writes each request's path: of a feed's, keep the id, not the
    secret (whoever reads the log could read the calendar)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        path = args[2] if isinstance(args, tuple) and len(args) >= 3 else None
        if isinstance(path, str) and path.startswith(FEED_PREFIX):
            shown = FEED_PREFIX + path[len(FEED_PREFIX) :].split("/", 1)[0] + "/…"
            record.args = (*args[:2], shown, *args[3:])
        return True


def is_feed_request(scope: dict[str, Any]) -> bool:
    return scope["type"] == "http" and scope["path"].startswith(FEED_PREFIX)


async def serve_feed(runtime: Runtime, scope: dict[str, Any], send) -> None:
    method = scope["method"]
    if method not in ("GET", "HEAD"):
        await _respond(send, 405, [(b"allow", b"GET, HEAD")])
        return
    try:
        feed = await asyncio.to_thread(calendar_feed, runtime, scope["path"])
    except SQLAlchemyError as error:
        log.warning("Could not serve a calendar feed: the database failed: %s", error)
        await _respond(send, 503, [(b"retry-after", b"60")])
        return
    if feed is None:
        await _respond(send, 404, [(b"cache-control", b"no-store")])
        return
    etag = f'"{feed.etag}"'.encode()
    headers = [
        (b"cache-control", CACHE_CONTROL),
        (b"etag", etag),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
    ]
    asked = dict(scope["headers"]).get(b"if-none-match", b"")
    if etag in (tag.strip() for tag in asked.split(b",")):
        await _respond(send, 304, headers)
        return
    headers.append((b"content-type", b"text/calendar; charset=utf-8"))
    headers.append((b"content-length", str(len(feed.body)).encode()))
    await _respond(send, 200, headers, b"" if method == "HEAD" else feed.body)


async def _respond(send, status: int, headers: Headers, body: bytes = b"") -> None:
    if status != 200:
        headers = [*headers, (b"content-length", b"0")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
