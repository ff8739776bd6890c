"""The benchmark's Slack part runs against a generated dataset on both databases."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from bench import slack_bench
from bench.calendar_feeds import REWORDED
from bench.timing import Latency
from bot.demo.national import Scale, generate
from storage.models import Action, CalendarFeed, ProcessedRequest, ReminderDelivery
from tests.conftest import TEAM

TODAY = dt.date(2030, 3, 13)


def test_every_command_answers_in_process_and_over_http(
    engine: Engine, session_factory: sessionmaker[Session]
) -> None:
    generate(
        engine,
        team_id=TEAM,
        today=TODAY,
        scale=Scale(kommuner=3, regioner=1, years=2, audits_per_year=3),
        seed=5,
    )
    figures = slack_bench.run(engine, team_id=TEAM, today=TODAY, samples=2, budget_seconds=0)

    latencies = {name: value for name, value in figures.items() if isinstance(value, Latency)}
    for name in ("visa <granskning>", "öppna socialnämnden (every kommun)", "sök <ord>"):
        assert f"in-process: {name}" in latencies and f"HTTP: {name}" in latencies
    assert "HTTP: no-op Bolt handler (the floor)" in latencies
    for name in (
        "calendar feed (GET .ics)",
        "calendar feed, one action reworded since",
        "calendar feed, first request (nothing written yet)",
    ):
        assert "events" in latencies[f"HTTP: {name}"].note
    for name, latency in latencies.items():
        once = "first request" in name  # one request per feed the dataset watches from
        assert latency.samples >= (1 if once else 2) and latency.p50 <= latency.p99, name
        assert latency.note, name
    # Every command got an answer, not an error.
    answered = [v.note for k, v in latencies.items() if k.startswith(("in-process", "HTTP"))]
    assert not [note for note in answered if "fel-id" in note or "Något gick fel" in note]
    assert figures["peak RSS of the serving process (MiB)"] > 0
    assert "/ 0" in figures["reminder sweep: reminders sent / failed"]
    # What the benchmark wrote is gone again.
    with session_factory() as session:
        assert session.scalar(select(func.count(ReminderDelivery.id))) == 0
        assert session.scalar(select(func.count(ProcessedRequest.id))) == 0
        assert session.scalar(select(func.count(CalendarFeed.id))) == 0
        reworded = Action.text.endswith(REWORDED)
        assert session.scalar(select(func.count(Action.id)).where(reworded)) == 0
