"""Malformed and oversized requests against a real `revisorbot run`: each one refused with a
4xx and one log line, never a 500 or a traceback.

Unsigned variants must be refused (401) before anything reads them; signed ones that are not
what Slack sends (wrong JSON, wrong types, missing parts) with 400; bodies over the limit with
413 without being read. The counts are printed at the end of the run ("HTTP edge").
"""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlencode

import httpx
import pytest

from bot.console.requests import interaction_base
from bot.slack.http_guard import MAX_BODY_BYTES
from tests.support.served import EDGE_COUNTS, ServedBot
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_requests import (
    SIGNING_SECRET,
    block_action_payload,
    command_body,
    event_body,
)

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


@dataclass(frozen=True)
class Variant:
    name: str
    body: bytes
    content_type: str = FORM
    headers: tuple[tuple[str, bytes], ...] = ()


def _payload(payload: object) -> bytes:
    return urlencode({"payload": json.dumps(payload)}).encode()


def _button(**changes: object) -> bytes:
    action = {"type": "button", "action_id": "open_audit", "block_id": "x", "value": "1"}
    return _payload({**block_action_payload(action), **changes})


def _submission(view: object) -> bytes:
    return _payload(
        {**interaction_base("view_submission", user="U0READER", team="T0TEST"), "view": view}
    )


def _event(**changes: object) -> bytes:
    home = {"type": "app_home_opened", "user": "U0READER", "channel": "D0HOME", "tab": "home"}
    return json.dumps({**json.loads(event_body(home, event_id="EvBad")), **changes}).encode()


_VIEW = {"id": "V0OPEN", "type": "modal", "callback_id": "mark_received", "state": {"values": {}}}
_ZEROS = ("x-slack-signature", b"v0=" + b"0" * 64)
_FRISTER = command_body("frister", user="U0READER", channel="C0TEAM", team="T0TEST").encode()

# Not one of these carries a signature that verifies.
UNSIGNED = [
    Variant("payload=notjson", b"payload=notjson"),
    Variant("invalid UTF-8", b"payload=\xff\xfe\xfa"),
    Variant("payload=[1,2,3]", b"payload=[1,2,3]"),
    Variant("payload cut short", _payload({"type": "block_actions"})[:30]),
    Variant("a JSON list", b"[1,2,3]", JSON),
    Variant("broken JSON", b"{", JSON),
    Variant("JSON null", b"null", JSON),
    Variant("an empty body", b""),
    Variant("NUL bytes", b"\x00" * 64),
    Variant("broken percent-encoding", b"payload=%ZZ%"),
    Variant("JSON nested ten thousand deep", b"[" * 10_000 + b"]" * 10_000, JSON),
    Variant("team: 12", _button(team=12)),
    Variant("multipart", b"--x\r\n\r\n--x--", "multipart/form-data; boundary=x"),
    Variant("JSON as text/plain", _event(), "text/plain"),
    Variant("timestamp abc", _FRISTER, FORM, (("x-slack-request-timestamp", b"abc"), _ZEROS)),
    Variant("timestamp empty", _FRISTER, FORM, (("x-slack-request-timestamp", b""), _ZEROS)),
    Variant(
        "timestamp in full-width digits",
        _FRISTER,
        FORM,
        (("x-slack-request-timestamp", "１７００００００００".encode()), _ZEROS),
    ),
    Variant("signature not hex", _FRISTER, FORM, (("x-slack-signature", b"v0=zz"),)),
    Variant("signature v1", _FRISTER, FORM, (("x-slack-signature", b"v1=" + b"0" * 64),)),
    Variant("signed ten minutes ago", _FRISTER, FORM, (("stale", b"600"),)),
    Variant("signed with another secret", _FRISTER, FORM, (("secret", b"not-the-secret"),)),
]

# Each of these is signed with the app's own secret, but is not what Slack sends.
SIGNED = [
    Variant("payload=notjson", b"payload=notjson"),
    Variant("payload=[1,2,3]", b"payload=[1,2,3]"),
    Variant("payload=null", b"payload=null"),
    Variant("invalid UTF-8", b"command=/revision&text=\xff\xfe"),
    Variant("a JSON list", b"[1,2,3]", JSON),
    Variant("a JSON string", b'"event_callback"', JSON),
    Variant("broken JSON", b'{"type": ', JSON),
    Variant("JSON nested a hundred thousand deep", b"[" * 100_000 + b"]" * 100_000, JSON),
    Variant("block_actions, team: 12", _button(team=12)),
    Variant("block_actions, user: 12", _button(user=12)),
    Variant("block_actions, actions: a string", _button(actions="open_audit")),
    Variant("block_actions, actions: [12]", _button(actions=[12])),
    Variant("block_actions, no actions", _button(actions=[])),
    Variant("block_actions, channel: [1]", _button(channel=[1])),
    Variant("a view without type", _submission({k: v for k, v in _VIEW.items() if k != "type"})),
    Variant("a view that is a string", _submission("V0OPEN")),
    Variant("a view whose values are a list", _submission({**_VIEW, "state": {"values": [1]}})),
    Variant("an event_callback without event", _event(event=None), JSON),
    Variant("an event that is a string", _event(event="app_home_opened"), JSON),
    Variant("an event without type", _event(event={"user": "U0READER"}), JSON),
    Variant("authorizations: a string", _event(authorizations="T0TEST"), JSON),
    Variant("a command without command", b"text=frister&user_id=U0READER&team_id=T0TEST"),
    Variant("a command without user or team", b"command=%2Frevision&text=frister"),
    Variant("payload type: 12", _payload({"type": 12})),
    Variant("a form that is nothing", b"foo=bar"),
]


def _signature(body: bytes, timestamp: str, secret: str = SIGNING_SECRET) -> bytes:
    base = b"v0:" + timestamp.encode() + b":" + body
    return b"v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest().encode()


def _headers(variant: Variant, *, signed: bool) -> dict[str, bytes]:
    """Fresh timestamp; signed with the app's secret when ``signed``; then the variant's own
    headers, where "stale" (seconds) and "secret" sign it late or with another secret."""
    extra = dict(variant.headers)
    stale = int(extra.pop("stale", b"0"))
    secret = extra.pop("secret", b"").decode()
    stamp = str(int(time.time()) - stale)
    headers = {
        "content-type": variant.content_type.encode(),
        "x-slack-request-timestamp": stamp.encode(),
    }
    if signed or stale or secret:
        headers["x-slack-signature"] = _signature(variant.body, stamp, secret or SIGNING_SECRET)
    return {**headers, **extra}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedBot]:
    fake = FakeSlackAPI().start()
    bot = ServedBot(fake, tmp_path_factory.mktemp("malformed"))
    bot.wait_until_serving()
    yield bot
    bot.stop()
    fake.stop()


def _send_each(
    served: ServedBot, variants: list[Variant], *, signed: bool
) -> list[tuple[str, int, str]]:
    """Each variant's status and what the server logged while answering it."""
    outcomes = []
    for variant in variants:
        before = len(served.output())
        answer = httpx.post(
            served.events_url, content=variant.body, headers=_headers(variant, signed=signed)
        )
        outcomes.append((variant.name, answer.status_code, served.output()[before:]))
    return outcomes


def _count(kind: str, outcomes: list[tuple[str, int, str]]) -> None:
    refused = sum(1 for _, status, _ in outcomes if 400 <= status < 500)
    tracebacks = sum(1 for *_, logged in outcomes if "Traceback" in logged)
    EDGE_COUNTS[kind] = f"{len(outcomes)} sent, {refused} refused with 4xx, {tracebacks} tracebacks"


def test_unsigned_malformed_bodies_are_refused_unread(served: ServedBot) -> None:
    outcomes = _send_each(served, UNSIGNED, signed=False)
    _count("unsigned malformed bodies", outcomes)
    assert [(name, status) for name, status, _ in outcomes if status != 401] == []
    assert [name for name, _, logged in outcomes if "Traceback" in logged] == []
    assert [name for name, _, logged in outcomes if "Refused" not in logged] == []


def test_signed_malformed_bodies_are_refused_as_bad_requests(served: ServedBot) -> None:
    outcomes = _send_each(served, SIGNED, signed=True)
    _count("signed malformed bodies", outcomes)
    assert [(name, status) for name, status, _ in outcomes if status != 400] == []
    assert [name for name, _, logged in outcomes if "Traceback" in logged] == []
    assert [name for name, _, logged in outcomes if "Refused" not in logged] == []


def _status_line(port: int, head: bytes, *body_parts: bytes) -> int:
    with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
        sock.sendall(head)
        for part in body_parts:
            sock.sendall(part)
        try:
            return int(sock.recv(1024).split(b" ", 2)[1])
        except TimeoutError:
            pytest.fail("the server waited for the rest of a body instead of refusing it")


def _head(*lines: str) -> bytes:
    return "\r\n".join(["POST /slack/events HTTP/1.1", "Host: 127.0.0.1", *lines, "", ""]).encode()


def test_bodies_over_the_limit_are_refused_without_being_read(served: ServedBot) -> None:
    chunk = 512 * 1024
    over_in_chunks = [b"%x\r\n" % chunk + b"a" * chunk + b"\r\n"] * (MAX_BODY_BYTES // chunk + 1)
    statuses = {
        "100 MB declared": _status_line(served.port, _head("Content-Length: 104857600")),
        "one byte over, declared": _status_line(
            served.port, _head(f"Content-Length: {MAX_BODY_BYTES + 1}")
        ),
        "chunked, past the limit": _status_line(
            served.port, _head("Transfer-Encoding: chunked"), *over_in_chunks
        ),
    }
    EDGE_COUNTS["oversized bodies"] = (
        f"{len(statuses)} sent, {sum(s == 413 for s in statuses.values())} refused with 413 "
        "before being read"
    )
    assert statuses == dict.fromkeys(statuses, 413)
    at_the_limit = b"x" * MAX_BODY_BYTES
    assert httpx.post(served.events_url, content=at_the_limit).status_code == 401
    assert "Traceback" not in served.output()
