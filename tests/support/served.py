"""`revisorbot run` as a real process on a free port, its output kept for the test to read."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_requests import BOT_TOKEN, SIGNING_SECRET

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_environment(fake: FakeSlackAPI, directory: Path, **overrides: str) -> dict[str, str]:
    """What a new user sets: the bot token, the signing secret, and Slack at ``fake``."""
    return {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "DATABASE_URL": f"sqlite:///{directory / 'run.sqlite3'}",
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake.base_url,
        "SLACK_APP_TOKEN": "",
        "REVISORBOT_LANGUAGE": "sv",
        **overrides,
    }


class ServedBot:
    """``revisorbot run --no-scheduler`` serving HTTP; stdout and stderr go to one file."""

    def __init__(self, fake: FakeSlackAPI, directory: Path, **env: str) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.events_url = f"{self.base_url}/slack/events"
        self._log_path = directory / "revisorbot-run.log"
        self._log = self._log_path.open("wb")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bot.cli",
                "run",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--no-scheduler",
            ],
            cwd=directory,
            env=run_environment(fake, directory, **env),
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def wait_until_serving(self, *, within: float = 120) -> None:
        deadline = time.monotonic() + within
        while True:
            try:
                httpx.get(f"{self.base_url}/healthz", timeout=2)
                return
            except httpx.TransportError:
                assert self.process.poll() is None, self.output()
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)

    def output(self) -> str:
        """Everything the process printed so far (logging flushes each record)."""
        return self._log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
        self._log.close()
        return self.output()


# What the reliability suite sent to a served bot and how it answered, for the summary at the
# end of the run (tests/reliability/conftest.py prints it).
EDGE_COUNTS: dict[str, str] = {}
