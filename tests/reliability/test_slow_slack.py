"""A real `revisorbot run` whose Slack Web API answers every call five seconds late.

Slack waits three seconds for an answer to a command or an event, then gives up ("operation
timed out") and retries an event; here the test is Slack, so its HTTP client gives up after
three seconds too. Commands from users the bot has never seen are all answered in time, and
a shared report or an import form still arrives once Slack has answered. The counts are
printed at the end of the run ("Slow Slack").
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.support.served import ServedBot
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_requests import command_body, event_body, file_shared, signed_headers
from tests.support.tallies import tally

# Every Web API call a command or an event makes, answered this many seconds late.
SLACK_DELAY_SECONDS = 5.0
SLOW_METHODS = (
    "users.info",
    "usergroups.users.list",
    "files.info",
    "chat.postEphemeral",
    "views.open",
    "views.publish",
)
# How long Slack waits for an answer before it gives up on it.
SLACKS_WAIT_SECONDS = 3.0
NEW_USERS = 32
EDITOR = "U0EDITOR"
# Slack answers promptly about one user: the command that warms the server up (its first
# request imports and connects what every later one reuses).
REGULAR = "U0REGULAR"
HEADING = f"Slow Slack (Web API answering after {SLACK_DELAY_SECONDS:.0f} s)"


@pytest.fixture(scope="module")
def slow_slack() -> Iterator[FakeSlackAPI]:
    fake = FakeSlackAPI().start()
    for method in SLOW_METHODS:
        fake.answer_late(
            method,
            after=SLACK_DELAY_SECONDS,
            when=lambda call: call.body.get("user") != REGULAR,
        )
    yield fake
    threading.Thread(target=fake.stop, daemon=True).start()


@pytest.fixture(scope="module")
def served(
    slow_slack: FakeSlackAPI, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServedBot]:
    """One server for the module: starting one takes longer than what is tested on it."""
    bot = ServedBot(slow_slack, tmp_path_factory.mktemp("slow"), REVISORBOT_EDITORS=EDITOR)
    try:
        bot.wait_until_serving()
        yield bot
    finally:
        bot.stop()


@pytest.fixture
def slack_client() -> Iterator[httpx.Client]:
    """Slack's side: many requests at once, each given up after Slack's three seconds."""
    limits = httpx.Limits(max_connections=NEW_USERS, max_keepalive_connections=NEW_USERS)
    with httpx.Client(limits=limits, timeout=SLACKS_WAIT_SECONDS) as client:
        yield client


def _as_slack(
    client: httpx.Client,
    url: str,
    body: str,
    *,
    content_type: str = "application/x-www-form-urlencoded",
) -> httpx.Response | None:
    """POST as Slack does, waiting as long as Slack waits: None when it would have given up."""
    headers = signed_headers(body, content_type=content_type)
    try:
        return client.post(url, content=body, headers=headers)
    except httpx.TimeoutException:
        return None


def _arrived(fake: FakeSlackAPI, method: str, *, within: float = 60) -> list:
    """The calls to ``method`` once one has reached Slack (the bot makes it after answering)."""
    deadline = time.monotonic() + within
    while not fake.calls_to(method):
        assert time.monotonic() < deadline, f"{method} never reached Slack"
        time.sleep(0.1)
    return fake.calls_to(method)


def test_commands_from_new_users_are_all_answered_in_time_while_slack_is_slow(
    served: ServedBot, slow_slack: FakeSlackAPI, slack_client: httpx.Client
) -> None:
    warm = _as_slack(slack_client, served.events_url, command_body("hjälp", user=REGULAR))
    assert warm is not None and warm.status_code == 200
    bodies = [command_body("frister", user=f"U0NEW{n:03d}") for n in range(NEW_USERS)]
    with ThreadPoolExecutor(NEW_USERS) as slack:
        answers = list(
            slack.map(lambda body: _as_slack(slack_client, served.events_url, body), bodies)
        )

    answered = [a.json() for a in answers if a is not None and a.status_code == 200]
    timed_out = sum(a is None for a in answers)
    tally(
        HEADING,
        "commands from new users, all at once",
        f"{NEW_USERS} sent, {len(answered)} answered within Slack's "
        f"{SLACKS_WAIT_SECONDS:.0f} s, {timed_out} timed out",
    )
    assert len(answered) == NEW_USERS
    assert all(a["response_type"] == "ephemeral" for a in answered)
    assert all(a["text"].startswith("Frister de närmaste 30 dagarna") for a in answered)
    assert slow_slack.calls_to("users.info"), "Slack was not asked who the users are"
    assert "Traceback" not in served.output()


@pytest.mark.slow
def test_a_shared_report_and_an_import_form_come_once_slack_answers(
    served: ServedBot, slow_slack: FakeSlackAPI, slack_client: httpx.Client
) -> None:
    file_id = slow_slack.add_file(
        "arkiv.txt", b"Vi rekommenderar kommunstyrelsen att ordna arkivet."
    )
    shared = file_shared(file_id, user=EDITOR)
    event = _as_slack(
        slack_client,
        served.events_url,
        event_body(shared, event_id="EvSlowFile"),
        content_type="application/json",
    )
    importera = _as_slack(slack_client, served.events_url, command_body("importera", user=EDITOR))

    assert event is not None and event.status_code == 200
    assert importera is not None and importera.status_code == 200
    (offer,) = _arrived(slow_slack, "chat.postEphemeral")
    assert offer.body["user"] == EDITOR and "arkiv.txt" in str(offer.blocks)
    (form,) = _arrived(slow_slack, "views.open")
    assert form.view["callback_id"] == "import_modal"
    tally(
        HEADING,
        "a shared report and `importera`",
        "2 sent, 2 acknowledged within Slack's 3 s; the offer and the form followed",
    )
    assert "Traceback" not in served.output()
