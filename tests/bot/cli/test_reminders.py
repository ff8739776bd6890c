"""Several processes sweeping one PostgreSQL database: each reminder reaches Slack once."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.core.clock import FixedClock
from bot.services.reminders import ReminderEngine
from bot.slack.sender import SlackSender
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade
from tests.conftest import REPO
from tests.support.reminders import (
    FRIDAY_MORNING,
    SUNDAY_DEADLINE,
    TZ,
    audit_extraction,
    load,
    posts,
    watch_with,
    web_client,
)
from tests.support.slack_api import FakeSlackAPI


def _fill(factory: sessionmaker[Session], audits: int) -> None:
    for n in range(audits):
        load(
            factory,
            audit_extraction("Knivsta kommun", title=f"Granskning {n}", deadline=SUNDAY_DEADLINE),
        )
    watch_with(factory, "Knivsta kommun")
    watch_with(factory, "Knivsta kommun", channel="C0SECOND")


def _sweep_in_a_process(url: str, api: str, barrier, results) -> None:
    engine = make_engine(url)
    factory = make_session_factory(engine)

    class Fake:  # the fake's base_url is all the client needs
        base_url = api

    sweeper = ReminderEngine(
        factory,
        clock=FixedClock(FRIDAY_MORNING),
        tz=TZ,
        sender=SlackSender(web_client(Fake)),  # type: ignore[arg-type]
    )
    barrier.wait(timeout=60)
    report = sweeper.sweep()
    results.put((len(report.sent), len(report.skipped), len(report.failed)))
    engine.dispose()


@pytest.mark.slow
def test_three_processes_sweeping_one_postgresql_database(postgres_server) -> None:
    url = postgres_server.create_database("reminders_processes")
    engine = make_engine(url)
    upgrade(engine)
    factory = make_session_factory(engine)
    _fill(factory, 20)  # 40 responses owed × 2 channels = 80 reminders
    fake = FakeSlackAPI().start()
    try:
        context = multiprocessing.get_context("spawn")
        barrier = context.Barrier(3)
        results = context.Queue()
        processes = [
            context.Process(target=_sweep_in_a_process, args=(url, fake.base_url, barrier, results))
            for _ in range(3)
        ]
        for process in processes:
            process.start()
        for process in processes:
            process.join(timeout=180)
            assert process.exitcode == 0
        counts = [results.get(timeout=5) for _ in processes]
        sent = [(c.body["channel"], c.body["text"]) for c in posts(fake)]
        assert len(sent) == 80 == len(set(sent))
        assert sum(c[0] for c in counts) == 80 and all(c[2] == 0 for c in counts)
    finally:
        fake.stop()
        engine.dispose()


@pytest.mark.slow
def test_run_once_from_the_command_line_twice_at_the_same_time(postgres_server) -> None:
    url = postgres_server.create_database("reminders_cli")
    engine = make_engine(url)
    upgrade(engine)
    _fill(make_session_factory(engine), 5)
    fake = FakeSlackAPI().start()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "SLACK_API_URL": fake.base_url,
        "SLACK_BOT_TOKEN": "xoxb-test-token-not-real",
        "REVISORBOT_TIMEZONE": "Europe/Stockholm",
        "REVISORBOT_LANGUAGE": "sv",
    }
    command = [sys.executable, "-m", "bot.cli", "reminders", "run-once", "--at", "2030-03-29T08:05"]
    try:
        dry = subprocess.run(
            [*command, "--dry-run"], env=env, cwd=REPO, capture_output=True, text=True
        )
        assert dry.returncode == 0, dry.stderr
        assert "Skulle skicka 20 påminnelser" in dry.stdout and posts(fake) == []
        runs = [
            subprocess.Popen(command, env=env, cwd=REPO, stdout=subprocess.PIPE, text=True)
            for _ in range(2)
        ]
        outputs = [run.communicate(timeout=120)[0] for run in runs]
        assert [run.returncode for run in runs] == [0, 0], outputs
        sent = [(c.body["channel"], c.body["text"]) for c in posts(fake)]
        assert len(sent) == 20 == len(set(sent))
        again = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True)
        assert "Skickade: 0." in again.stdout and len(posts(fake)) == 20
    finally:
        fake.stop()
        engine.dispose()


def test_run_once_says_so_when_the_database_is_down() -> None:
    env = {**os.environ, "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"}
    env.pop("SLACK_BOT_TOKEN", None)
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "reminders", "run-once", "--dry-run"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "Databasen svarar inte" in result.stdout and "Traceback" not in result.stderr


def test_a_dry_run_shows_each_reminder_as_its_channel_would_read_it(tmp_path) -> None:
    """Not the ledger's keys ('digest:2030-03-25:0800'): where, which organisation, when, and
    the message itself, in words."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'revisorbot.sqlite3'}",
        "REVISORBOT_LANGUAGE": "sv",
        "REVISORBOT_TIMEZONE": "Europe/Stockholm",
        "COLUMNS": "100",
    }
    env.pop("SLACK_BOT_TOKEN", None)
    cli = [sys.executable, "-m", "bot.cli"]
    subprocess.run([*cli, "demo"], env=env, cwd=REPO, capture_output=True, check=True)
    dry = subprocess.run(
        [*cli, "reminders", "run-once", "--dry-run"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert dry.returncode == 0, dry.stderr
    shown = " ".join(dry.stdout.replace("│", " ").split())
    assert "#C0DEMO · Exempelkommun ·" in shown and "#C0DEMO · Testby region ·" in shown
    assert "har inte kommit in. Sista dagen var" in shown  # the message, in words
    assert "Veckans läge" in shown
    assert "digest:" not in shown and ":reminder" not in shown
    assert f"Databas: {tmp_path / 'revisorbot.sqlite3'}" in " ".join(dry.stderr.split())
