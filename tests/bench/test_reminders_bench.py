"""The reminder benchmark runs on whatever a database holds and reports its medians."""

from __future__ import annotations

import datetime as dt

from bench.reminders_bench import TZ, populate, run


def test_the_benchmark_reports_rule_evaluation_times(engine) -> None:
    populate(engine, today=dt.date(2030, 3, 13), organisations=3, years=2)
    result = run(engine, at=dt.datetime(2030, 3, 13, 10, tzinfo=TZ), repeats=2)
    assert result["organisations"] == 3 and result["audits"] == 48
    assert result["watched"].startswith("every organisation")
    for label in ("sweep", "Monday 08:00 digest sweep"):
        assert result[f"{label}: loads + rules + ledger, median (ms)"] > 0
        assert result[f"{label}: rules alone, median (ms)"] >= 0
        assert result[f"{label}: reminders due"] > 0
    assert result["Monday 08:00 digest sweep at"] == "2030-03-11T08:05+01:00"
    assert all(isinstance(v, int | float | str) for v in result.values())
