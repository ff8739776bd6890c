"""Slack's Web API answered inside this process, on a loopback port, for the console.

The Bolt app talks HTTP to ``base_url`` exactly as it would to slack.com; every call is
recorded and handed to ``on_call`` so the console can show what the bot posted. What
chat.postMessage posts is kept per channel, with its message metadata, and
conversations.history answers from it, as Slack does. The same server, with failures scripted
on top, stands in for Slack in the tests.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

Answer = tuple[int, dict[str, str], dict[str, Any] | bytes]
# An answer never given: the connection closes without one (a test's dropped connection).
UNANSWERED: Answer = (0, {}, b"")
HISTORY_PAGE_LIMIT = 999


@dataclass
class Call:
    method: str
    body: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)

    def _json_field(self, name: str) -> Any:
        value = self.body.get(name)
        return json.loads(value) if isinstance(value, str) else value

    @property
    def view(self) -> dict[str, Any]:
        return self._json_field("view") or {}

    @property
    def blocks(self) -> list[dict[str, Any]]:
        return self._json_field("blocks") or self.view.get("blocks") or []


class LocalSlackAPI:
    """A Web API on 127.0.0.1 (port 0) that answers like Slack and records every call."""

    def __init__(
        self,
        *,
        team_id: str,
        bot_user_id: str = "U0BOT",
        user_locales: dict[str, str] | None = None,
        on_call: Callable[[Call], None] | None = None,
        upload_dir: Path | None = None,
    ) -> None:
        self.team_id = team_id
        self.bot_user_id = bot_user_id
        self.user_locales = user_locales or {}
        self.usergroups: dict[str, list[str]] = {}
        self.files: dict[str, bytes] = {}
        self._file_ids: dict[str, str] = {}
        self.uploads: dict[str, bytes] = {}
        self.upload_dir = upload_dir
        self.on_call = on_call
        self.calls: list[Call] = []
        # What was posted, oldest first, per channel (a user's direct messages as D<user>).
        self.messages: dict[str, list[dict[str, Any]]] = {}
        # Slack's clock, which message ts are taken from; tests set it to their own.
        self.clock: Callable[[], float] = time.time
        self._ts = itertools.count(1)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self):
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def root_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def base_url(self) -> str:
        return f"{self.root_url}/api/"

    def response_url(self, name: str = "cmd") -> str:
        return f"{self.root_url}/response/{name}"

    def file_url(self, name: str) -> str:
        return f"{self.root_url}/files/{name}"

    def add_file(self, name: str, data: bytes) -> str:
        """Make a local file look uploaded to Slack; returns its file id for files.info."""
        file_id = f"F0LOCAL{next(self._ts)}"
        self.files[name] = data
        self._file_ids[file_id] = name
        return file_id

    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [call for call in self.calls if call.method == method]

    def calls_since(self, index: int) -> list[Call]:
        with self._lock:
            return self.calls[index:]

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()

    def wait_idle(self, *, quiet: float = 0.15, timeout: float = 10.0) -> None:
        """Wait until no call has arrived for ``quiet`` seconds (lazy listeners finishing)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                last = self.calls[-1].at if self.calls else 0.0
            if time.monotonic() - last >= quiet:
                return
            time.sleep(quiet / 3)

    def answer(self, call: Call) -> Answer:
        """Slack's answer to ``call``; subclasses may script other answers first."""
        if call.method.startswith("response/"):
            return 200, {}, {"ok": True}
        if call.method == "upload":
            return self._store_upload(call)
        if call.method.startswith("files/"):
            content = self.files.get(call.method.removeprefix("files/"))
            return (200, {}, content) if content is not None else (404, {}, {"ok": False})
        if call.method == "files.info":
            return self._file_info(call)
        if call.method == "chat.postMessage":
            return self._post(call)
        if call.method == "conversations.history":
            return self._history(call)
        user = call.body.get("user")
        answers: dict[str, dict[str, Any]] = {
            "auth.test": {
                "team_id": self.team_id,
                "user_id": self.bot_user_id,
                "bot_id": "B0BOT",
                "url": "https://local.slack.invalid/",
                "team": "Revisorbot",
            },
            "chat.postEphemeral": {"message_ts": self._next_ts()},
            "chat.update": {"channel": call.body.get("channel"), "ts": call.body.get("ts")},
            "chat.delete": {"channel": call.body.get("channel"), "ts": call.body.get("ts")},
            "conversations.open": {"channel": {"id": self._channel(call.body.get("users", "X"))}},
            "users.info": {
                "user": {
                    "id": user,
                    "locale": self.user_locales.get(user, "sv-SE"),
                    "tz": "Europe/Stockholm",
                }
            },
            "usergroups.users.list": {"users": self.usergroups.get(call.body.get("usergroup"), [])},
            "views.open": {"view": {"id": "V0OPEN", **call.view}},
            "views.update": {"view": {"id": call.body.get("view_id", "V0OPEN"), **call.view}},
            "views.push": {"view": {"id": "V0PUSH", **call.view}},
            "views.publish": {"view": {"id": "V0HOME", **call.view}},
            "files.getUploadURLExternal": {
                "upload_url": f"{self.root_url}/upload?name={call.body.get('filename', 'fil')}",
                "file_id": f"F0UP{next(self._ts)}",
            },
            "files.completeUploadExternal": {
                "files": [
                    {"id": f["id"], "title": f.get("title", "")}
                    for f in json.loads(call.body.get("files", "[]") or "[]")
                ]
            },
        }
        return 200, {}, {"ok": True, **answers.get(call.method, {})}

    def _file_info(self, call: Call) -> Answer:
        file_id = str(call.body.get("file", ""))
        name = self._file_ids.get(file_id)
        if name is None:
            return 200, {}, {"ok": False, "error": "file_not_found"}
        info = {
            "id": file_id,
            "name": name,
            "title": name,
            "size": len(self.files[name]),
            "url_private": self.file_url(name),
        }
        return 200, {}, {"ok": True, "file": info}

    def _store_upload(self, call: Call) -> Answer:
        name = Path(str(call.body.get("name", "fil"))).name
        data = call.body.get("_raw", b"")
        self.uploads[name] = data
        if self.upload_dir is not None:
            self.upload_dir.mkdir(parents=True, exist_ok=True)
            (self.upload_dir / name).write_bytes(data)
        return 200, {}, {"ok": True}

    def _post(self, call: Call) -> Answer:
        channel = self._channel(str(call.body.get("channel", "")))
        message: dict[str, Any] = {
            "type": "message",
            "ts": self._next_ts(),
            "text": call.body.get("text", ""),
            "user": self.bot_user_id,
            "bot_id": "B0BOT",
        }
        metadata = call._json_field("metadata")
        if metadata:
            message["metadata"] = metadata
        with self._lock:
            self.messages.setdefault(channel, []).append(message)
        return 200, {}, {"ok": True, "channel": channel, "ts": message["ts"], "message": message}

    def _history(self, call: Call) -> Answer:
        """Newest first, after ``oldest`` (exclusive), a page of ``limit`` at a time."""
        oldest = float(call.body.get("oldest") or 0)
        limit = min(int(call.body.get("limit") or 100), HISTORY_PAGE_LIMIT)
        start = int(call.body.get("cursor") or 0)
        metadata = str(call.body.get("include_all_metadata", "")).lower() in ("1", "true")
        with self._lock:
            found = [
                dict(m)
                for m in reversed(self.messages.get(str(call.body.get("channel")), []))
                if float(m["ts"]) > oldest
            ]
        page = found[start : start + limit]
        if not metadata:
            for message in page:
                message.pop("metadata", None)
        more = start + limit < len(found)
        return (
            200,
            {},
            {
                "ok": True,
                "messages": page,
                "has_more": more,
                "response_metadata": {"next_cursor": str(start + limit) if more else ""},
            },
        )

    @staticmethod
    def _channel(channel: str) -> str:
        """Where a post goes: a user id means the bot's direct messages with that user."""
        return f"D{channel}" if channel[:1] in ("U", "W") else channel

    def _next_ts(self) -> str:
        return f"{int(self.clock())}.{next(self._ts):06d}"

    def _record(self, path: str, body: dict[str, Any], headers: dict[str, str]) -> Call:
        method = path.removeprefix("/api/") if path.startswith("/api/") else path[1:]
        call = Call(method, body, headers)
        with self._lock:
            self.calls.append(call)
        return call

    def _handler_class(self):
        api = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _reply(self, call: Call) -> None:
                status, headers, payload = api.answer(call)
                if (status, headers, payload) == UNANSWERED:
                    self.close_connection = True
                    return
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header(
                    "Content-Type",
                    "application/octet-stream"
                    if isinstance(payload, bytes)
                    else "application/json; charset=utf-8",
                )
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                try:
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True
                    return  # the client stopped waiting for an answer given late
                if api.on_call is not None and status == 200:
                    api.on_call(call)

            def _handle(self, body: dict[str, Any]) -> None:
                parsed = urlparse(self.path)
                query = {k: v[-1] for k, v in parse_qs(parsed.query).items()}
                headers = {k.lower(): v for k, v in self.headers.items()}
                self._reply(api._record(parsed.path, {**query, **body}, headers))

            def do_GET(self) -> None:
                self._handle({})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                content_type = self.headers.get("Content-Type", "")
                if self.path.startswith("/upload"):
                    # File bytes, whatever Content-Type urllib put on them.
                    body = {"_raw": raw}
                elif "json" in content_type:
                    body = json.loads(raw or b"{}")
                elif "x-www-form-urlencoded" in content_type:
                    body = {k: v[-1] for k, v in parse_qs(raw.decode()).items()}
                else:
                    body = {"_raw": raw}
                self._handle(body)

        return Handler
