"""The HTTP edge of `revisorbot run`, as an attacker meets it: nothing unverified is acted on,
read whole or written to the log.

The server is a real `revisorbot run` process; Slack's Web API and an attacker's own server
(the response_url an attacker would choose) are local fakes that record every request.
"""

from __future__ import annotations

import json
import logging
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from bot.slack.http_guard import MAX_BODY_BYTES
from tests.support.served import ServedBot
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_app import Slack
from tests.support.slack_requests import (
    block_action_payload,
    command_body,
    dispatch,
    event_body,
    interaction_body,
    signed_headers,
)

VICTIM = "U0VICTIM"
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


@pytest.fixture(scope="module")
def slack_api() -> Iterator[FakeSlackAPI]:
    fake = FakeSlackAPI().start()
    yield fake
    fake.stop()


@pytest.fixture(scope="module")
def attacker() -> Iterator[FakeSlackAPI]:
    """A server of the attacker's: whatever reaches it was sent by the bot."""
    server = FakeSlackAPI().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def served(
    slack_api: FakeSlackAPI, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServedBot]:
    bot = ServedBot(slack_api, tmp_path_factory.mktemp("served"))
    bot.wait_until_serving()
    yield bot
    bot.stop()


def _bodies_an_attacker_sends(attacker: FakeSlackAPI) -> list[tuple[str, str, str]]:
    """Requests that would make the bot answer someone: a button pressed with the attacker's
    response_url, a command, an App Home button (answered by DM) and an event."""
    action = {"type": "button", "action_id": "open_audit", "block_id": "x", "value": "²"}
    button = block_action_payload(action, user=VICTIM, response_url=attacker.response_url("button"))
    home_button = block_action_payload(
        action, user=VICTIM, channel=None, view={"id": "V0HOME", "type": "home"}
    )
    home = {"type": "app_home_opened", "user": VICTIM, "channel": "D0VICTIM", "tab": "home"}
    return [
        ("button", interaction_body(button), FORM),
        ("App Home button", interaction_body(home_button), FORM),
        ("command", command_body("frister", response_url=attacker.response_url("cmd")), FORM),
        ("event", event_body(home, event_id="EvAttack"), JSON),
    ]


UNVERIFIABLE = [
    {"x-slack-request-timestamp": "abc", "x-slack-signature": "v0=" + "0" * 64},
    {"x-slack-request-timestamp": "", "x-slack-signature": "v0=" + "0" * 64},
    {"x-slack-request-timestamp": "1e9", "x-slack-signature": "v0=" + "0" * 64},
    {"x-slack-request-timestamp": "9" * 40, "x-slack-signature": "v0=" + "0" * 64},
    {"x-slack-request-timestamp": "１７００００００００".encode(), "x-slack-signature": "v0=x"},
    {"x-slack-signature": "v0=" + "0" * 64},
    {},
]


def test_an_unverifiable_request_is_refused_and_no_one_is_answered(
    served: ServedBot, slack_api: FakeSlackAPI, attacker: FakeSlackAPI
) -> None:
    calls_at_start = len(slack_api.calls)
    statuses = []
    for name, body, content_type in _bodies_an_attacker_sends(attacker):
        for headers in UNVERIFIABLE:
            answer = httpx.post(
                served.events_url, content=body, headers={"content-type": content_type, **headers}
            )
            statuses.append((name, headers.get("x-slack-request-timestamp"), answer.status_code))
    assert {status for *_, status in statuses} == {401}, statuses
    assert slack_api.calls_since(calls_at_start) == []
    assert attacker.calls == []


def test_the_error_handler_never_acts_on_an_unverified_body(
    slack: Slack, fake_slack: FakeSlackAPI, attacker: FakeSlackAPI
) -> None:
    """Also where Bolt is driven without the HTTP edge in front (the console, Socket Mode's
    code path): a timestamp Bolt's verifier cannot read is a refusal, not an answer."""
    calls_at_start = len(fake_slack.calls)
    for _, body, content_type in _bodies_an_attacker_sends(attacker):
        headers = {"content-type": content_type, **UNVERIFIABLE[0]}
        assert dispatch(slack.app, body, headers).status == 401
    assert fake_slack.calls_since(calls_at_start) == []
    assert attacker.calls == []


def test_bolt_logs_no_body_or_signature_of_a_request_it_refuses(
    slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    """Bolt's own refusal (the console and tests reach Bolt without the edge) said, at INFO,
    what the request carried."""
    body = command_body("BODYMARKER")
    forged = signed_headers(body, secret="not-the-secret")
    with caplog.at_level(logging.DEBUG, logger="slack_bolt.RequestVerification"):
        assert dispatch(slack.app, body, forged).status == 401
    assert "Refused a request whose signature did not verify" in caplog.text
    assert "BODYMARKER" not in caplog.text
    assert forged["x-slack-signature"] not in caplog.text


# -- how much is read, and what is logged ---------------------------------------------------


def _exchange(port: int, head: bytes, *body_parts: bytes) -> bytes:
    """Send ``head`` and ``body_parts`` and read the status line, never sending more: a server
    that waited for the rest of a body would leave this waiting until the socket times out."""
    with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
        sock.sendall(head)
        for part in body_parts:
            sock.sendall(part)
        try:
            return sock.recv(1024).split(b"\r\n", 1)[0]
        except TimeoutError:
            pytest.fail("the server waited for the rest of the body instead of refusing it")


def _head(*lines: str) -> bytes:
    return (
        "\r\n".join(["POST /slack/events HTTP/1.1", "Host: 127.0.0.1", *lines]) + "\r\n\r\n"
    ).encode()


def test_a_body_declared_too_large_is_refused_before_it_is_sent(served: ServedBot) -> None:
    head = _head(f"Content-Type: {FORM}", f"Content-Length: {100 * 1024 * 1024}")
    assert _exchange(served.port, head) == b"HTTP/1.1 413 Request Entity Too Large"


def test_a_chunked_body_is_refused_once_it_passes_the_limit(served: ServedBot) -> None:
    """No Content-Length to go by: the bytes are counted as they come, and the server answers
    while the client has not even finished sending."""
    head = _head(f"Content-Type: {FORM}", "Transfer-Encoding: chunked")
    chunk = 256 * 1024
    chunks = [b"%x\r\n" % chunk + b"a" * chunk + b"\r\n"] * (MAX_BODY_BYTES // chunk + 1)
    assert _exchange(served.port, head, *chunks) == b"HTTP/1.1 413 Request Entity Too Large"


def test_the_largest_payloads_slack_sends_are_still_served(
    served: ServedBot, slack_api: FakeSlackAPI
) -> None:
    """A button under a message of fifty full sections of Swedish text: well within the limit."""
    section = {"type": "section", "text": {"type": "mrkdwn", "text": "åäö " * 750}}
    message = {"type": "message", "ts": "1.2", "text": "x", "blocks": [section] * 50}
    action = {
        "type": "button",
        "action_id": "page_next",
        "block_id": "x",
        "value": '["bevaka", 2, ""]',
    }
    payload = block_action_payload(
        action, response_url=slack_api.response_url("large"), message=message
    )
    body = interaction_body(payload)
    assert len(body) > 900_000
    answer = httpx.post(served.events_url, content=body, headers=signed_headers(body))
    assert answer.status_code == 200
    assert "Svaret är för gammalt" in slack_api.calls_to("response/large")[-1].body["text"]


def test_no_body_or_signature_is_ever_written_to_the_log(served: ServedBot) -> None:
    marker = "BODYMARKER" + "x" * 5000
    signature = "v0=" + "5161" * 16
    bodies = [
        (command_body(marker), {"x-slack-signature": signature}),
        (
            command_body(marker),
            {"x-slack-request-timestamp": "abc", "x-slack-signature": signature},
        ),
        (f"payload={marker}", {"x-slack-signature": signature}),
    ]
    for body, headers in bodies:
        stamp = {"x-slack-request-timestamp": str(int(time.time())), **headers}
        answer = httpx.post(
            served.events_url, content=body, headers={"content-type": FORM, **stamp}
        )
        assert answer.status_code == 401
    signed = f"payload={marker}"
    assert (
        httpx.post(served.events_url, content=signed, headers=signed_headers(signed)).status_code
        == 400
    )
    logged = served.output()
    assert "BODYMARKER" not in logged
    assert signature not in logged and "5161516151615161" not in logged
    assert logged.count("Refused") >= 4


def test_a_large_unsigned_body_leaves_the_log_as_small_as_it_was(served: ServedBot) -> None:
    """An unsigned body once went to the log whole, at INFO: now one line says it was refused."""
    before = len(served.output())
    body = b"payload=" + b"A" * (MAX_BODY_BYTES - 100)
    headers = {"content-type": FORM, "x-slack-request-timestamp": "abc"}
    assert httpx.post(served.events_url, content=body, headers=headers).status_code == 401
    assert len(served.output()) - before < 2_000


def test_slacks_own_checks_of_the_request_url_pass_the_edge(served: ServedBot) -> None:
    """Slack verifies the URL when it is saved (url_verification) and checks its certificate
    (ssl_check): both signed, both answered."""
    code = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"
    challenge = json.dumps({"token": "t", "challenge": code, "type": "url_verification"})
    answer = httpx.post(
        served.events_url, content=challenge, headers=signed_headers(challenge, content_type=JSON)
    )
    assert answer.status_code == 200 and code in answer.text
    ssl_check = "ssl_check=1&token=t"
    answer = httpx.post(served.events_url, content=ssl_check, headers=signed_headers(ssl_check))
    assert answer.status_code == 200
