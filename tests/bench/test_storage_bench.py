"""The benchmark's storage cases run against a generated dataset on both databases."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from bench import storage_bench
from bench.timing import Latency
from bot.demo.national import Scale, generate
from tests.conftest import TEAM

TODAY = dt.date(2030, 3, 13)


def test_every_case_runs_and_reports_what_it_returned(engine: Engine) -> None:
    generate(
        engine,
        team_id=TEAM,
        today=TODAY,
        scale=Scale(kommuner=3, regioner=1, years=2, audits_per_year=2),
        seed=5,
    )
    figures = storage_bench.run(engine, team_id=TEAM, today=TODAY, samples=2, budget_seconds=0)
    assert len(figures) > 15
    for name, latency in figures.items():
        assert isinstance(latency, Latency), name
        assert latency.samples >= 2 and latency.p50 <= latency.p95 <= latency.p99, name
        assert latency.note, name
    assert figures["visa <granskning>"].note.endswith("act")
    assert "3 bodies" in next(name for name in figures if name.startswith("öppna social"))
