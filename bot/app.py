"""The one Bolt app factory, and the two ways `revisorbot run` serves it (HTTP, Socket Mode)."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App, BoltContext, BoltRequest, BoltResponse
from slack_bolt.adapter.asgi import SlackRequestHandler
from slack_bolt.adapter.asgi.http_request import AsgiHttpRequest
from slack_bolt.request.internals import extract_content_type, parse_body

import handlers
from bot.core.runtime import Runtime
from bot.feed_route import HideFeedTokens, is_feed_request, serve_feed
from bot.services.calendar import FEED_PREFIX, write_feeds_ahead
from bot.services.health import database_reachable
from bot.slack import http_guard, payload_shape
from bot.slack.client import make_web_client
from bot.slack.directory import Directory
from bot.slack.http_guard import Refusal
from handlers.errors import mark_verified

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
# Threads answering Slack's requests at once. A request's thread mostly waits: for the
# database, for Slack to say who the user is (at most a moment, bot/slack/directory.py), for a
# button's views.open. asyncio's default pool has os.cpu_count() + 4 threads (six on two
# cores), and six waiting requests held every other one past Slack's three seconds.
REQUEST_THREADS = 32


def build_app(runtime: Runtime, *, directory: Directory | None = None) -> App:
    """A Bolt app whose listeners answer from ``runtime``'s database and clock.

    Every Web API call, also those Bolt makes per request, goes to settings.slack_api_url.
    """
    settings = runtime.settings
    if settings.slack_bot_token is None:
        raise ValueError("SLACK_BOT_TOKEN is not set")
    secret = settings.slack_signing_secret
    app = App(
        client=make_web_client(settings),
        # Without a secret every HTTP request fails verification; Socket Mode needs none.
        signing_secret=secret.get_secret_value() if secret else "",
        process_before_response=True,
        listener_executor=runtime.listeners,
        # Runs right after Bolt's signature check: the error handler acts on no body before.
        before_authorize=mark_verified,
    )
    logging.getLogger("slack_bolt.RequestVerification").addFilter(_WITHOUT_REQUEST)
    directory = directory or Directory(settings)

    @app.use
    def provide_runtime(context: BoltContext, next) -> None:
        context["runtime"] = runtime
        context["directory"] = directory
        next()

    handlers.register(app)
    return app


class _WithoutRequest(logging.Filter):
    """Bolt logs a request that fails its signature check at INFO with the body and the
    signature. Over HTTP the edge refuses those before Bolt sees them, but the console and
    tests hand requests to Bolt directly: keep the fact, drop what the request carried."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = "Refused a request whose signature did not verify", ()
        return True


_WITHOUT_REQUEST = _WithoutRequest()


class _AsgiApp(SlackRequestHandler):
    """Bolt's ASGI adapter behind the HTTP edge (bot/http_guard.py), with /healthz and the
    calendar feeds (bot/feed_route.py), and with each request handled off the event loop, on
    threads of its own (REQUEST_THREADS)."""

    def __init__(self, app: App, runtime: Runtime) -> None:
        super().__init__(app, path=EVENTS_PATH)
        self.runtime = runtime
        self._requests = ThreadPoolExecutor(
            REQUEST_THREADS, thread_name_prefix="revisorbot-request"
        )
        secret = runtime.settings.slack_signing_secret
        self._secret = secret.get_secret_value() if secret else None

    async def dispatch(self, request: AsgiHttpRequest) -> BoltResponse:
        headers = http_guard.header_map(request.raw_headers)
        body = await http_guard.read_body(request.receive, headers)
        if isinstance(body, Refusal):
            return _refuse(body)
        refusal = http_guard.verify(body, headers, self._secret, now=time.time())
        if refusal is not None:
            return _refuse(refusal)
        bolt_request = _bolt_request(body, request.query_string, headers)
        if isinstance(bolt_request, Refusal):
            return _refuse(bolt_request)
        # Listeners answer before responding (process_before_response): keep the loop free.
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._requests, self.app.dispatch, bolt_request)

    async def __call__(self, scope, receive, send) -> None:
        if is_feed_request(scope):
            await serve_feed(self.runtime, scope, send)
            return
        if scope["type"] == "http" and scope["path"] == HEALTH_PATH:
            reachable = await asyncio.to_thread(database_reachable, self.runtime.engine)
            body = json.dumps(
                {
                    "status": "ok" if reachable else "degraded",
                    "database": "ok" if reachable else "unreachable",
                }
            ).encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": 200 if reachable else 503,
                    "headers": [(b"content-type", b"application/json")],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        await super().__call__(scope, receive, send)


def _bolt_request(body: bytes, query: str, headers: dict[str, str]) -> BoltRequest | Refusal:
    """A verified body as Bolt reads it, if it is shaped like what Slack sends."""
    text = http_guard.as_text(body)
    if isinstance(text, Refusal):
        return text
    content_type = extract_content_type({name: [value] for name, value in headers.items()})
    try:
        payload = parse_body(text, content_type)
    except (ValueError, RecursionError):  # not JSON, or nested past what json can read
        return Refusal(400, "the body is neither the JSON nor the form Slack sends")
    found = payload_shape.problem(payload)
    if found is not None:
        return Refusal(400, found)
    return BoltRequest(body=text, query=query, headers=headers)


def _refuse(refusal: Refusal) -> BoltResponse:
    log.warning("Refused a request to %s with %d: %s", EVENTS_PATH, refusal.status, refusal.reason)
    return BoltResponse(status=refusal.status, body="")


def asgi_app(app: App, runtime: Runtime) -> _AsgiApp:
    return _AsgiApp(app, runtime)


def serve_http(app: App, runtime: Runtime, *, host: str, port: int) -> None:
    import uvicorn

    log.info(
        "Serving Slack at http://%s:%d%s (health: %s, calendar feeds: %s…)",
        host,
        port,
        EVENTS_PATH,
        HEALTH_PATH,
        FEED_PREFIX,
    )
    logging.getLogger("uvicorn.access").addFilter(HideFeedTokens())
    threading.Thread(
        target=_write_feeds_ahead, args=(runtime,), name="calendar-feeds", daemon=True
    ).start()
    uvicorn.run(asgi_app(app, runtime), host=host, port=port, log_level="info")


def _write_feeds_ahead(runtime: Runtime) -> None:
    started = time.monotonic()
    try:
        written = write_feeds_ahead(runtime)
    except Exception:  # the feeds are written on request then; serving goes on
        log.exception("Could not write the calendar feeds ahead")
        return
    if written:
        log.info("Calendar feeds written ahead: %d in %.1f s", written, time.monotonic() - started)


def serve_socket_mode(app: App, app_token: str) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    log.info("Connecting to Slack with Socket Mode")
    SocketModeHandler(app, app_token, concurrency=REQUEST_THREADS).start()
