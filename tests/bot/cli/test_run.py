"""`revisorbot run` serves Slack over HTTP with a health check, as a new user would start it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from typer.testing import CliRunner

from bench.samples import REVISION_LETTER
from bot.cli import app as cli
from bot.core.settings import get_settings
from tests.conftest import REPO
from tests.support.served import ServedBot, run_environment
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_requests import BOT_TOKEN, SIGNING_SECRET, command_body, signed_headers


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_run_without_a_token_says_what_to_do(monkeypatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["run", "--no-scheduler"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 2
    assert "SLACK_BOT_TOKEN" in result.output


def test_run_serves_slack_events_and_healthz(tmp_path) -> None:
    fake = FakeSlackAPI().start()
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'run.sqlite3'}",
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake.base_url,
        "SLACK_APP_TOKEN": "",
        "REVISORBOT_LANGUAGE": "sv",
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bot.cli",
            "run",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-scheduler",
        ],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            try:
                health = httpx.get(f"{base}/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stdout.read().decode()
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert health.status_code == 200 and health.json()["database"] == "ok"

        body = command_body("hjälp")
        answer = httpx.post(f"{base}/slack/events", content=body, headers=signed_headers(body))
        assert answer.status_code == 200 and answer.json()["response_type"] == "ephemeral"
        forged = httpx.post(
            f"{base}/slack/events", content=body, headers=signed_headers(body, secret="x")
        )
        assert forged.status_code == 401
    finally:
        server.terminate()
        server.wait(timeout=10)
        fake.stop()
    # Which database it serves, in words: a relative default lands in the folder it ran in.
    said = " ".join(server.stdout.read().decode().split())
    assert f"Databasen {tmp_path / 'run.sqlite3'} skapades nu." in said


def test_the_manifest_asks_for_what_the_app_handles() -> None:
    manifest = (REPO / "manifest.yml").read_text(encoding="utf-8")
    assert "- command: /revision" in manifest
    for event in ("app_home_opened", "file_shared"):
        assert f"- {event}" in manifest
    scopes = ("commands", "chat:write", "files:read", "users:read", "usergroups:read")
    # Reminders are looked for where they went before they are sent again.
    history = ("channels:history", "groups:history", "im:history", "mpim:history")
    for scope in (*scopes, *history):
        assert f"- {scope} " in manifest or f"- {scope}\n" in manifest
    assert manifest.count("/slack/events") == 3
    assert "socket_mode_enabled: false" in manifest


def _run_until_it_exits(fake: FakeSlackAPI, tmp_path: Path, **env: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run", "--port", str(_free_port()), "--no-scheduler"],
        cwd=tmp_path,
        env=run_environment(fake, tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode != 0, "revisorbot run kept running"
    return done.stdout + done.stderr


def test_run_with_a_token_slack_refuses_says_what_to_do(tmp_path: Path) -> None:
    fake = FakeSlackAPI().start()
    fake.fail("auth.test", error="invalid_auth")
    try:
        output = _run_until_it_exits(fake, tmp_path)
        english = _run_until_it_exits(fake, tmp_path, REVISORBOT_LANGUAGE="en")
    finally:
        fake.stop()
    assert "Traceback" not in output and "Traceback" not in english
    assert "Slack godtar inte SLACK_BOT_TOKEN (invalid_auth)" in output
    assert "Bot User OAuth Token" in output and "installera om appen" in output
    assert "Slack does not accept SLACK_BOT_TOKEN (invalid_auth)" in english
    assert len(output.strip().splitlines()) <= 5, output


def test_run_when_slack_cannot_be_reached_says_what_to_do(tmp_path: Path) -> None:
    fake = FakeSlackAPI()  # never started: its port answers nothing
    closed = f"http://127.0.0.1:{_free_port()}/api/"
    output = _run_until_it_exits(fake, tmp_path, SLACK_API_URL=closed)
    assert "Traceback" not in output
    assert f"Kommer inte åt Slack på {closed}" in output
    assert "SLACK_API_URL" in output and "nätverket" in output
    assert len(output.strip().splitlines()) <= 8, output


def test_a_clean_start_logs_no_warning(tmp_path: Path) -> None:
    """Bolt warned on every start that the client we hand it wins over SLACK_BOT_TOKEN."""
    fake = FakeSlackAPI().start()
    served = ServedBot(fake, tmp_path)
    try:
        served.wait_until_serving()
    finally:
        output = served.stop()
        fake.stop()
    assert "Serving Slack at" in output
    assert [line for line in output.splitlines() if "WARNING" in line] == []


def test_run_adopts_what_was_imported_before_the_token_was_set(tmp_path: Path, monkeypatch) -> None:
    """A report imported on the command line without a token lives under the local
    workspace; the bot, started in a workspace that holds nothing, takes it over and says so."""
    letter = tmp_path / "skrivelse.txt"
    letter.write_text(REVISION_LETTER, encoding="utf-8")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'run.sqlite3'}")
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    get_settings.cache_clear()
    try:
        imported = CliRunner().invoke(cli, ["import", str(letter), "--organisation", "Testby"])
    finally:
        get_settings.cache_clear()
    assert imported.exit_code == 0, imported.output

    fake = FakeSlackAPI().start()
    served = ServedBot(fake, tmp_path)
    try:
        served.wait_until_serving()
        body = command_body("granskningar testby")
        answer = httpx.post(served.events_url, content=body, headers=signed_headers(body))
        assert answer.status_code == 200
        assert "Brister i hanteringen av kommunens fordon" in answer.text
    finally:
        output = served.stop()
        fake.stop()
    assert (
        "Adopted the data stored under the local workspace T00LOCAL: 1 organisations (Testby) "
        "and 1 audits now belong to workspace T0TEST" in output
    )
