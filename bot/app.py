"""The one Bolt app factory, and the two ways `revisorbot run` serves it (HTTP, Socket Mode)."""

from __future__ import annotations

import asyncio
import json
import logging

from slack_bolt import App, BoltContext, BoltRequest, BoltResponse
from slack_bolt.adapter.asgi import SlackRequestHandler
from slack_bolt.adapter.asgi.http_request import AsgiHttpRequest

import handlers
from bot.core.runtime import Runtime
from bot.services.health import database_reachable
from bot.slack.client import make_web_client
from bot.slack.directory import Directory

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


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
    )
    directory = directory or Directory(settings)

    @app.use
    def provide_runtime(context: BoltContext, next) -> None:
        context["runtime"] = runtime
        context["directory"] = directory
        next()

    handlers.register(app)
    return app


class _AsgiApp(SlackRequestHandler):
    """Bolt's ASGI adapter, with /healthz and with each request handled off the event loop."""

    def __init__(self, app: App, runtime: Runtime) -> None:
        super().__init__(app, path=EVENTS_PATH)
        self.runtime = runtime

    async def dispatch(self, request: AsgiHttpRequest) -> BoltResponse:
        bolt_request = BoltRequest(
            body=await request.get_raw_body(),
            query=request.query_string,
            headers=request.get_headers(),
        )
        # Listeners answer before responding (process_before_response): keep the loop free.
        return await asyncio.to_thread(self.app.dispatch, bolt_request)

    async def __call__(self, scope, receive, send) -> None:
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


def asgi_app(app: App, runtime: Runtime) -> _AsgiApp:
    return _AsgiApp(app, runtime)


def serve_http(app: App, runtime: Runtime, *, host: str, port: int) -> None:
    import uvicorn

    log.info("Serving Slack at http://%s:%d%s (health: %s)", host, port, EVENTS_PATH, HEALTH_PATH)
    uvicorn.run(asgi_app(app, runtime), host=host, port=port, log_level="info")


def serve_socket_mode(app: App, app_token: str) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    log.info("Connecting to Slack with Socket Mode")
    SocketModeHandler(app, app_token).start()
