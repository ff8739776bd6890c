"""`revisorbot run` serves Slack over HTTP with a health check, as a new user would start it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
from typer.testing import CliRunner

from bot.cli import app as cli
from bot.core.settings import get_settings
from tests.conftest import REPO
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
        deadline = time.monotonic() + 30
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


def test_the_manifest_asks_for_what_the_app_handles() -> None:
    manifest = (REPO / "manifest.yml").read_text(encoding="utf-8")
    assert "- command: /revision" in manifest
    for event in ("app_home_opened", "file_shared"):
        assert f"- {event}" in manifest
    for scope in ("commands", "chat:write", "files:read", "users:read", "usergroups:read"):
        assert f"- {scope} " in manifest or f"- {scope}\n" in manifest
    assert manifest.count("/slack/events") == 3
    assert "socket_mode_enabled: false" in manifest
