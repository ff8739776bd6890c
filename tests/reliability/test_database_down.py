"""The PostgreSQL server goes away while the bot serves: users are told, and it recovers.

Each test stops and starts a server of its own (own_postgres), never the session's shared one;
the command line is pointed at a port where nothing listens.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from bench.postgres import TemporaryPostgres
from bench.samples import NUMBERED_REPORT
from bot.app import asgi_app, build_app
from bot.core.clock import FixedClock
from bot.core.runtime import Runtime
from bot.demo.data import load_demo
from storage.db import transaction
from tests.conftest import REPO, TEAM
from tests.support.blockkit import all_text, assert_valid_blocks
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_app import EDITOR, NOW, TODAY, Slack, make_settings
from tests.support.slack_requests import command_body, dispatch, signed_headers

DOWN = "Databasen svarar inte just nu, så inget har ändrats"

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def runtime_on_own_server(own_postgres: TemporaryPostgres, fake_slack: FakeSlackAPI):
    url = own_postgres.create_database("revisorbot_down")
    runtime = Runtime.create(make_settings(fake_slack, DATABASE_URL=url), clock=FixedClock(NOW))
    with transaction(runtime.session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    yield runtime
    runtime.close()


@pytest.fixture
def http_server(runtime_on_own_server: Runtime) -> Iterator[str]:
    """The production ASGI app under uvicorn on a free port, as `revisorbot run` serves it."""
    runtime = runtime_on_own_server
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            asgi_app(build_app(runtime), runtime),
            host="127.0.0.1",
            port=port,
            log_level="warning",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def _command(base: str, text: str, *, user: str = "U0READER") -> dict:
    body = command_body(text, user=user)
    response = httpx.post(f"{base}/slack/events", content=body, headers=signed_headers(body))
    assert response.status_code == 200, response.text
    answer = response.json()
    assert_valid_blocks(answer["blocks"])
    return answer


def _health(base: str) -> httpx.Response:
    return httpx.get(f"{base}/healthz", timeout=10)


def test_over_http_the_user_is_told_and_the_bot_recovers_when_the_server_is_back(
    own_postgres: TemporaryPostgres, http_server: str
) -> None:
    before = _command(http_server, "frister")
    assert "Yttrande från *Kommunstyrelsen*" in all_text(before["blocks"])
    assert _health(http_server).json() == {"status": "ok", "database": "ok"}

    own_postgres.stop()
    for text in ("frister", "visa exempelkommun", "granskningar"):
        answer = _command(http_server, text)
        assert answer["response_type"] == "ephemeral"
        assert DOWN in answer["text"] and "fel-id" in answer["text"]
        assert "Traceback" not in answer["text"] and "psycopg" not in answer["text"]
    refused = _command(http_server, "bevaka exempelkommun", user=EDITOR)
    assert DOWN in refused["text"]
    health = _health(http_server)
    assert health.status_code == 503
    assert health.json() == {"status": "degraded", "database": "unreachable"}

    own_postgres.start()
    assert _health(http_server).status_code == 200
    after = _command(http_server, "frister")
    assert after["blocks"] == before["blocks"]
    # The watch refused during the outage was not half-made: now it is new, not "redan".
    done = _command(http_server, "bevaka exempelkommun", user=EDITOR)
    assert "Kanalen bevakar nu *Exempelkommun*" in all_text(done["blocks"])


def test_buttons_and_events_during_the_outage_are_answered_and_work_after_it(
    own_postgres: TemporaryPostgres, runtime_on_own_server: Runtime, fake_slack: FakeSlackAPI
) -> None:
    slack = Slack(build_app(runtime_on_own_server), fake_slack, runtime_on_own_server)
    answer = slack.command("granskningar", user=EDITOR)
    pages = [
        element
        for block in answer["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
        if element["action_id"] == "share_in_channel"
    ]
    share = pages[0] | {"block_id": "nav"}
    home = {"type": "app_home_opened", "user": EDITOR, "channel": "D0HOME", "tab": "home"}

    own_postgres.stop()
    slack.click(share, user=EDITOR)
    told = slack.responses()[-1]
    assert told["response_type"] == "ephemeral" and told["replace_original"] is False
    assert DOWN in told["text"]
    assert fake_slack.calls_to("chat.postMessage") == []

    assert slack.event(home, event_id="EvDuringOutage").status == 200
    (note,) = fake_slack.calls_to("chat.postEphemeral")
    assert note.body["user"] == EDITOR and DOWN in note.body["text"]
    assert fake_slack.calls_to("views.publish") == []

    own_postgres.start()
    # Nothing of the failed delivery was recorded, so Slack's retry of it is handled now.
    assert slack.event(home, event_id="EvDuringOutage", retry_num=1).status == 200
    assert len(fake_slack.calls_to("views.publish")) == 1
    slack.click(share, user=EDITOR)
    posted = fake_slack.calls_to("chat.postMessage")[-1]
    assert posted.body["channel"] == "C0TEAM"
    assert "Exempelkommun" in all_text(posted.blocks)


def test_a_server_stopped_in_the_middle_of_a_command_leaves_nothing_half_made(
    own_postgres: TemporaryPostgres, runtime_on_own_server: Runtime, fake_slack: FakeSlackAPI
) -> None:
    app = build_app(runtime_on_own_server)
    asking = threading.Event()
    stopped = threading.Event()

    def slow_users_info(call):
        # The delivery is recorded and the user's language asked for: now the server goes.
        if not asking.is_set():
            asking.set()
            stopped.wait(timeout=60)
        return None

    fake_slack.script("users.info", slow_users_info)
    answers: list = []
    body = command_body("bevaka exempelkommun", user=EDITOR)
    worker = threading.Thread(target=lambda: answers.append(dispatch(app, body)))
    worker.start()
    assert asking.wait(timeout=60)
    own_postgres.stop()
    stopped.set()
    worker.join(timeout=60)
    told = json.loads(answers[0].body)
    assert answers[0].status == 200 and DOWN in told["text"]

    own_postgres.start()
    again = json.loads(dispatch(app, command_body("bevaka exempelkommun", user=EDITOR)).body)
    assert "Kanalen bevakar nu *Exempelkommun*" in all_text(again["blocks"])


@pytest.mark.parametrize("command", [["import", "rapport.txt"], ["due"], ["db", "upgrade"]])
def test_the_command_line_says_the_database_is_down_in_a_line(command: list[str], tmp_path) -> None:
    (tmp_path / "rapport.txt").write_text(NUMBERED_REPORT, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "DATABASE_URL": "postgresql://revisorbot@127.0.0.1:1/none",
        "SLACK_BOT_TOKEN": "",
        "REVISORBOT_LANGUAGE": "sv",
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", *command],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Databasen svarar inte" in result.stdout and "DATABASE_URL" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
