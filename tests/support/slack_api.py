"""A local stand-in for the Slack Web API (and response_url endpoints), on port 0.

Point SLACK_API_URL (or WebClient(base_url=...)) at ``fake.base_url``. Every call is recorded
with its parsed body so tests can assert what the bot posted. Failures are scripted per
method: ``fake.fail(method, error="channel_not_found")`` or ``fake.rate_limit(method)``.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

TEAM_ID = "T0TEST"
BOT_USER_ID = "U0BOT"


@dataclass
class Call:
    method: str
    body: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)

    @property
    def blocks(self) -> list[dict[str, Any]]:
        blocks = self.body.get("blocks") or (self.body.get("view") or {}).get("blocks") or []
        return json.loads(blocks) if isinstance(blocks, str) else blocks

    @property
    def view(self) -> dict[str, Any]:
        view = self.body.get("view") or {}
        return json.loads(view) if isinstance(view, str) else view


Scripted = Callable[[Call], tuple[int, dict[str, str], dict[str, Any]] | None]


class FakeSlackAPI:
    def __init__(self, *, team_id: str = TEAM_ID, user_locales: dict[str, str] | None = None):
        self.team_id = team_id
        self.user_locales = user_locales or {}
        self.usergroups: dict[str, list[str]] = {}
        self.files: dict[str, bytes] = {}
        self.calls: list[Call] = []
        self._scripts: list[tuple[str, Scripted]] = []
        self._ts = itertools.count(1)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # -- lifecycle -----------------------------------------------------------------------
    def start(self) -> FakeSlackAPI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/api/"

    def response_url(self, name: str = "cmd") -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/response/{name}"

    # -- assertions ----------------------------------------------------------------------
    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [call for call in self.calls if call.method == method]

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()

    # -- scripting -----------------------------------------------------------------------
    def script(self, method: str, handler: Scripted) -> None:
        """``handler`` answers a call to ``method``; returning None falls through."""
        self._scripts.append((method, handler))

    def fail(
        self,
        method: str,
        *,
        error: str,
        times: int | None = None,
        when: Callable[[Call], bool] | None = None,
    ) -> None:
        remaining = [times]

        def handler(call: Call):
            if when is not None and not when(call):
                return None
            if remaining[0] is not None:
                if remaining[0] <= 0:
                    return None
                remaining[0] -= 1
            return 200, {}, {"ok": False, "error": error}

        self.script(method, handler)

    def rate_limit(self, method: str, *, times: int = 1, retry_after: int = 1) -> None:
        remaining = [times]

        def handler(call: Call):
            if remaining[0] <= 0:
                return None
            remaining[0] -= 1
            return 429, {"Retry-After": str(retry_after)}, {"ok": False, "error": "ratelimited"}

        self.script(method, handler)

    # -- default answers -----------------------------------------------------------------
    def _answer(self, call: Call) -> tuple[int, dict[str, str], dict[str, Any] | bytes]:
        for method, handler in reversed(self._scripts):
            if method == call.method:
                scripted = handler(call)
                if scripted is not None:
                    return scripted
        if call.method.startswith("response/"):
            return 200, {}, {"ok": True}
        if call.method.startswith("files/"):
            content = self.files.get(call.method.removeprefix("files/"))
            return (200, {}, content) if content is not None else (404, {}, {"ok": False})
        user = call.body.get("user")
        answers: dict[str, dict[str, Any]] = {
            "auth.test": {
                "team_id": self.team_id,
                "user_id": BOT_USER_ID,
                "bot_id": "B0BOT",
                "url": "https://example.slack.com/",
                "team": "Exempel",
            },
            "chat.postMessage": {"channel": call.body.get("channel"), "ts": self._next_ts()},
            "chat.postEphemeral": {"message_ts": self._next_ts()},
            "chat.update": {"channel": call.body.get("channel"), "ts": call.body.get("ts")},
            "conversations.open": {"channel": {"id": f"D{call.body.get('users', 'X')}"}},
            "users.info": {
                "user": {
                    "id": user,
                    "locale": self.user_locales.get(user, "sv-SE"),
                    "tz": "Europe/Stockholm",
                }
            },
            "usergroups.users.list": {"users": self.usergroups.get(call.body.get("usergroup"), [])},
            "views.open": {"view": {"id": "V0OPEN"}},
            "views.update": {"view": {"id": call.body.get("view_id", "V0OPEN")}},
            "views.publish": {"view": {"id": "V0HOME"}},
            "views.push": {"view": {"id": "V0PUSH"}},
            "files.getUploadURLExternal": {
                "upload_url": self.response_url("upload"),
                "file_id": "F0UPLOAD",
            },
            "files.completeUploadExternal": {"files": [{"id": "F0UPLOAD", "title": "file"}]},
        }
        body = answers.get(call.method, {})
        return 200, {}, {"ok": True, **body}

    def _next_ts(self) -> str:
        return f"{1_700_000_000 + next(self._ts)}.000100"

    def _handler_class(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _record(self, body: dict[str, Any]) -> Call:
                path = urlparse(self.path).path
                method = path.removeprefix("/api/") if path.startswith("/api/") else path[1:]
                call = Call(method, body, {k.lower(): v for k, v in self.headers.items()})
                with fake._lock:
                    fake.calls.append(call)
                return call

            def _reply(self, call: Call) -> None:
                status, headers, payload = fake._answer(call)
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                self.send_response(status)
                content_type = (
                    "application/octet-stream"
                    if isinstance(payload, bytes)
                    else ("application/json; charset=utf-8")
                )
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                query = {k: v[-1] for k, v in parse_qs(urlparse(self.path).query).items()}
                self._reply(self._record(query))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                content_type = self.headers.get("Content-Type", "")
                body: dict[str, Any]
                if "json" in content_type:
                    body = json.loads(raw or b"{}")
                elif "x-www-form-urlencoded" in content_type:
                    body = {k: v[-1] for k, v in parse_qs(raw.decode()).items()}
                else:
                    body = {"_raw": raw}
                query = {k: v[-1] for k, v in parse_qs(urlparse(self.path).query).items()}
                self._reply(self._record({**query, **body}))

        return Handler
