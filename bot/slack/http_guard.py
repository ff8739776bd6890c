"""What `revisorbot run` lets through to Bolt over HTTP: a body no larger than Slack sends,
signed with the app's signing secret. Anything else is refused here, before Bolt or the error
handler reads a byte of it: bot/app.py logs one line for it, without the body or signature.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

# Slack documents no maximum for what it sends; its largest payloads (a button under a
# message of fifty 3,000-character sections, a 250 kB view submitted) stay far below 2 MB
# even URL-encoded. Bolt for JavaScript refuses bodies over the same 4 MiB (its bodyLimit).
MAX_BODY_BYTES = 4 * 1024 * 1024
# Slack's advice: a request whose timestamp is more than five minutes off may be a replay.
FRESH_SECONDS = 5 * 60

Receive = Callable[[], Awaitable[dict[str, Any]]]


@dataclass(frozen=True)
class Refusal:
    """An HTTP status and, for the log, why (never anything the request carried)."""

    status: int
    reason: str


def header_map(raw_headers: Iterable[tuple[bytes, bytes]]) -> dict[str, str]:
    """ASGI's raw headers by lower-case name, the last of repeated ones winning as in Bolt.

    Latin-1 reads any byte, so a header that is not UTF-8 cannot fail the request here.
    """
    return {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in raw_headers}


async def read_body(receive: Receive, headers: Mapping[str, str]) -> bytes | Refusal:
    """The whole body, or a refusal as soon as it is known to be too large: from
    Content-Length before reading anything, else by counting the chunks as they come."""
    declared = headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        return Refusal(413, f"a body of {declared} bytes announced")
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return Refusal(400, "the client left before sending the whole body")
        body += message.get("body", b"")
        if len(body) > MAX_BODY_BYTES:
            return Refusal(413, f"more than {MAX_BODY_BYTES} bytes sent")
        if not message.get("more_body", False):
            return bytes(body)


def verify(
    body: bytes, headers: Mapping[str, str], secret: str | None, *, now: float
) -> Refusal | None:
    """None when Slack signed ``body`` with ``secret`` within the last five minutes.

    Computed over the raw bytes, so nothing is decoded or parsed before it is known to be
    Slack's (https://api.slack.com/authentication/verifying-requests-from-slack).
    """
    if not secret:
        return Refusal(401, "SLACK_SIGNING_SECRET is not set")
    timestamp = headers.get("x-slack-request-timestamp", "")
    signature = headers.get("x-slack-signature", "")
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
        return Refusal(401, "no timestamp, or one that is not a number")
    if abs(now - int(timestamp)) > FRESH_SECONDS:
        return Refusal(401, "the timestamp is more than five minutes off")
    base = b"v0:" + timestamp.encode() + b":" + body
    expected = b"v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest().encode()
    if not hmac.compare_digest(expected, signature.encode("latin-1")):
        return Refusal(401, "the signature does not match")
    return None


def as_text(body: bytes) -> str | Refusal:
    """A verified body as text: Slack sends UTF-8."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return Refusal(400, "the body is not UTF-8")
