"""The bot token, the app token and the signing secret never appear in any log or output.

A realistic session is run with every logger at DEBUG (ours, slack_sdk's, slack_bolt's,
httpx's): commands, a refusal, a forged and a stale request, a Slack error nobody expected,
rate limiting, a report shared and downloaded with the bot token, a database that does not
answer, a reminder sweep that meets HTTP 429. The same for the processes people start:
`revisorbot run` serving HTTP, `revisorbot reminders run-once`, `revisorbot import` and
`revisorbot console`. Not one of the three secrets may be in what was logged or printed.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import subprocess
import sys
import time
import traceback
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bench.samples import NUMBERED_REPORT
from bot.app import build_app
from bot.core.clock import FixedClock
from bot.core.runtime import Runtime
from bot.core.settings import Settings
from bot.demo.data import load_demo
from bot.scheduler import CATCH_UP_JOB, start
from bot.services.reminders import ReminderEngine
from bot.slack.client import make_web_client
from bot.slack.sender import SlackSender
from storage.db import make_engine, make_session_factory, transaction
from tests.conftest import REPO, TEAM
from tests.support.reminders import TZ, audit_extraction, load, watch_with
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_app import EDITOR, NOW, READER, TODAY, Slack
from tests.support.slack_requests import (
    BOT_TOKEN,
    SIGNING_SECRET,
    command_body,
    dispatch,
    event_body,
    signed_headers,
)

APP_TOKEN = "xapp-1-A0REVISOR-4711-APPSECRETappsecret"
SECRETS = (BOT_TOKEN, APP_TOKEN, SIGNING_SECRET)
LOGGERS = ("", "slack_sdk", "slack_bolt", "httpx", "httpcore", "urllib3", "apscheduler")


def _settings(fake: FakeSlackAPI, **overrides: str) -> Settings:
    values = {
        "DATABASE_URL": "sqlite://",
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake.base_url,
        "REVISORBOT_EDITORS": EDITOR,
        "REVISORBOT_LANGUAGE": "sv",
        **overrides,
    }
    return Settings(_env_file=None, **values)


def _assert_no_secret(where: str, text: str) -> None:
    for secret in SECRETS:
        # Also half of one: a secret cut by a line break or a length limit still leaks.
        for piece in (secret, secret[: len(secret) // 2], secret[len(secret) // 2 :]):
            assert piece not in text, f"a secret ({piece[:8]}…) is in {where}"


def _everything_in(records: list[logging.LogRecord]) -> str:
    """Each record as any handler could write it: message, arguments, traceback, extras."""
    parts = []
    for record in records:
        parts.append(record.getMessage())
        parts.append(repr(record.args))
        parts.append(repr({k: v for k, v in vars(record).items() if k != "exc_info"}))
        if record.exc_info and record.exc_info[1] is not None:
            parts.append("".join(traceback.format_exception(*record.exc_info)))
    return "\n".join(parts)


@pytest.fixture
def everything_logged(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


@pytest.fixture
def fake() -> FakeSlackAPI:
    fake = FakeSlackAPI(team_id=TEAM).start()
    yield fake
    fake.stop()


def _wait_for(fake: FakeSlackAPI, method: str, count: int = 1) -> None:
    deadline = time.monotonic() + 120
    while len(fake.calls_to(method)) < count:
        assert time.monotonic() < deadline, f"no {method}"
        time.sleep(0.05)


def test_a_whole_session_logged_at_debug_holds_no_secret(
    everything_logged: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    fake: FakeSlackAPI,
    engine: Engine,
    session_factory: sessionmaker[Session],
    tmp_path: Path,
) -> None:
    settings = _settings(fake)
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    runtime = Runtime(settings, engine, session_factory, FixedClock(NOW))
    slack = Slack(build_app(runtime), fake, runtime)

    # Commands, a refusal, an unknown sub-command, an export uploaded to the channel.
    for text, user in (
        ("frister", READER),
        ("visa exempelkommun", EDITOR),
        ("sök rutiner", READER),
        ("bevaka testby", EDITOR),
        ("bevaka testby", READER),
        ("finnsinte", READER),
        ("export csv", READER),
    ):
        slack.command(text, user=user)
    # Forged and stale signatures.
    body = command_body("hjälp")
    assert dispatch(slack.app, body, signed_headers(body, secret="not-the-secret")).status == 401
    stale = signed_headers(body, secret=SIGNING_SECRET, timestamp=int(time.time()) - 600)
    assert dispatch(slack.app, body, stale).status == 401
    # Slack refuses in a way nobody expected (logged with its traceback), and rate limits.
    fake.fail("chat.postMessage", error="invalid_blocks", times=1)
    answer = slack.command("försenade")
    share = next(
        e
        for b in answer["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "share_in_channel"
    )
    slack.click(share | {"block_id": "nav"})
    assert "fel-id" in slack.responses()[-1]["text"]
    fake.rate_limit("views.publish", retry_after=1)
    home = {"type": "app_home_opened", "user": EDITOR, "channel": "D0HOME", "tab": "home"}
    slack.event(home, event_id="EvHome")
    _wait_for(fake, "views.publish", 2)
    # A report shared in a channel, previewed: downloaded with the bot token.
    file_id = fake.add_file("rapport.txt", NUMBERED_REPORT.encode())
    shared = {
        "type": "file_shared",
        "file_id": file_id,
        "user_id": EDITOR,
        "file": {"id": file_id},
        "channel_id": "C0TEAM",
        "event_ts": "1.2",
    }
    dispatch(slack.app, event_body(shared, event_id="EvFile"), content_type="application/json")
    _wait_for(fake, "chat.postEphemeral")  # offered after the event is acknowledged
    offer = fake.calls_to("chat.postEphemeral")[-1]
    slack.click(offer.blocks[0]["accessory"] | {"block_id": "offer"}, user=EDITOR)
    _wait_for(fake, "views.update")
    downloads = fake.calls_to("files/rapport.txt")
    assert downloads and downloads[0].headers["authorization"] == f"Bearer {BOT_TOKEN}"
    # A database that does not answer.
    broken = make_engine(f"sqlite:///{tmp_path}/missing/dir/revisorbot.sqlite3")
    down = Runtime(settings, broken, make_session_factory(broken), FixedClock(NOW))
    assert "Databasen svarar inte" in Slack(build_app(down), fake, down).command("frister")["text"]
    # A reminder sweep that meets 429, with the client `revisorbot run` uses.
    load(
        session_factory,
        audit_extraction("Knivsta kommun", title="Granskning", deadline=dt.date(2030, 3, 31)),
    )
    watch_with(session_factory, "Knivsta kommun")
    fake.rate_limit("chat.postMessage", retry_after=1)
    friday = FixedClock(dt.datetime(2030, 3, 29, 8, 5, tzinfo=TZ))
    sweep = ReminderEngine(
        session_factory, clock=friday, tz=TZ, sender=SlackSender(make_web_client(settings))
    ).sweep()
    assert sweep.sent and sweep.failed == []
    # The scheduler `revisorbot run` starts (auth.test, then a catch-up sweep).
    scheduler = start(Runtime(settings, engine, session_factory, friday), app=None)
    deadline = time.monotonic() + 120
    while scheduler.get_job(CATCH_UP_JOB) is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    scheduler.shutdown(wait=True)

    logged = everything_logged.records
    names = {record.name for record in logged}
    assert {"slack_sdk.web.base_client", "slack_bolt.App", "revisorbot.errors"} <= names
    assert "A retry handler found: RateLimitErrorRetryHandler" in everything_logged.text
    assert "Database error" in everything_logged.text
    _assert_no_secret("the log", _everything_in(logged) + everything_logged.text)
    printed = capsys.readouterr()
    _assert_no_secret("stdout/stderr", printed.out + printed.err)


# -- the processes people start --------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _environment(fake: FakeSlackAPI, url: str, home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "HOME": str(home),
        "PYTHONPATH": str(REPO),
        "DATABASE_URL": url,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_APP_TOKEN": "",
        "SLACK_API_URL": fake.base_url,
        "REVISORBOT_EDITORS": EDITOR,
        "REVISORBOT_LANGUAGE": "sv",
    }


@pytest.mark.slow
def test_what_the_processes_print_holds_no_secret(fake: FakeSlackAPI, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'run.sqlite3'}"
    env = _environment(fake, url, tmp_path)
    command = [sys.executable, "-m", "bot.cli"]
    report = tmp_path / "rapport.txt"
    report.write_text(NUMBERED_REPORT, encoding="utf-8")
    outputs: dict[str, str] = {}

    def run(name: str, *args: str, typed: str = "", **extra: str) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [*command, *args],
            env={**env, **extra},
            cwd=tmp_path,
            input=typed,
            capture_output=True,
            text=True,
            timeout=180,
        )
        outputs[name] = done.stdout + done.stderr
        return done

    assert run("import", "import", "--team", TEAM, str(report)).returncode == 0
    engine = make_engine(url)
    factory = make_session_factory(engine)
    load(
        factory,
        audit_extraction("Knivsta kommun", title="Granskning", deadline=dt.date(2030, 3, 31)),
    )
    watch_with(factory, "Knivsta kommun")
    engine.dispose()
    fake.rate_limit("chat.postMessage", retry_after=1)
    swept = run("run-once", "reminders", "run-once", "--at", "2030-03-29T08:05")
    assert swept.returncode == 0 and "Skickade: 2." in swept.stdout
    down = run(
        "run-once, database down",
        "reminders",
        "run-once",
        DATABASE_URL="postgresql://revisorbot@127.0.0.1:1/none",
    )
    assert "Databasen svarar inte" in down.stdout
    shown = run("console", "console", "--demo", typed="/revision frister\n")
    assert "Frister de närmaste 30 dagarna" in shown.stdout

    # Slack does not answer at start: what to do is printed, no traceback and no variables.
    crashed = run("run, Slack unreachable", "run", SLACK_API_URL="http://127.0.0.1:9/api/")
    assert crashed.returncode != 0 and "Kommer inte åt Slack" in crashed.stdout
    assert "Traceback" not in crashed.stdout + crashed.stderr
    # Socket Mode with the app token, Slack handing out no connection: it keeps trying.
    outputs["run, Socket Mode"] = _serve_until(
        "Failed to establish a connection",
        [*command, "run", "--no-scheduler"],
        {**env, "SLACK_APP_TOKEN": APP_TOKEN},
        tmp_path,
    )
    # HTTP with every logger at DEBUG (run's own logging.basicConfig then changes nothing).
    port = _free_port()
    debug = (
        "import logging, sys; logging.basicConfig(level=logging.DEBUG); "
        f"sys.argv = ['revisorbot', 'run', '--host', '127.0.0.1', '--port', '{port}']; "
        "from bot.cli import main; main()"
    )
    server = subprocess.Popen(
        [sys.executable, "-c", debug],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(f"{base}/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)
        for text in ("frister", "visa testby", "finnsinte", "sök rutiner"):
            body = command_body(text)
            headers = signed_headers(body, secret=SIGNING_SECRET)
            answered = httpx.post(f"{base}/slack/events", content=body, headers=headers)
            assert answered.status_code == 200
        body = command_body("frister")
        forged = httpx.post(
            f"{base}/slack/events", content=body, headers=signed_headers(body, secret="x")
        )
        assert forged.status_code == 401
    finally:
        server.terminate()
        outputs["run, HTTP at DEBUG"] = server.communicate(timeout=30)[0]

    assert "Serving Slack at" in outputs["run, HTTP at DEBUG"]
    assert "(redacted)" in outputs["run, HTTP at DEBUG"]  # slack_sdk's headers, at DEBUG
    assert "Failed to establish a connection" in outputs["run, Socket Mode"]
    for name, output in outputs.items():
        _assert_no_secret(f"the output of revisorbot {name}", output)


def _serve_until(marker: str, command: list[str], env: dict[str, str], cwd: Path) -> str:
    """Run ``command`` until it prints ``marker`` (or a minute passes), then stop it: what it
    printed. Its start-up takes longer on a busy machine than any fixed wait."""
    log = cwd / "serve-until.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            command, env=env, cwd=cwd, stdout=output, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + 120
        while marker not in log.read_text(errors="replace") and time.monotonic() < deadline:
            assert process.poll() is None, log.read_text(errors="replace")
            time.sleep(0.2)
        process.terminate()
        process.wait(timeout=30)
    return log.read_text(errors="replace")
