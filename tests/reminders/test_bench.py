"""The reminder benchmark runs on whatever a database holds and reports its medians."""

from __future__ import annotations

import datetime as dt

from bench.reminders_bench import TZ, populate, run


def test_the_benchmark_reports_rule_evaluation_times(engine) -> None:
    populate(engine, today=dt.date(2030, 3, 13), organisations=3, years=2)
    result = run(engine, at=dt.datetime(2030, 3, 13, 10, tzinfo=TZ), repeats=2)
    assert result["data"]["organisations"] == 3 and result["data"]["audits"] == 48
    assert result["assumed_every_organisation_watched"] is True
    for label in ("ordinary_sweep", "monday_digest_sweep"):
        figures = result[label]
        assert figures["plan_ms_median"] > 0 and figures["rules_only_ms_median"] >= 0
        assert figures["loaded"]["watches"] == 3 and figures["reminders_due"] > 0
    assert result["monday_digest_sweep"]["at"].startswith("2030-03-11T08:05")
