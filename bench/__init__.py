"""The benchmark harness (`make bench`, `python -m bench`): Revisorbot's figures at national scale.

It builds SPEC §5's dataset on SQLite (cached under .bench/) and on a throwaway PostgreSQL
server, times what the commands ask of storage, and prints a table per database.

Other parts plug in as modules of this package, each optional until it lands on main:

- ``bench/reminders_bench.py``: ``run(engine) -> dict`` — the reminder rule evaluation and a
  sweep, against the national dataset in ``engine``;
- ``bench/ingest_bench.py``: ``run() -> dict`` — import time per report;
- ``bench/slack_bench.py``: ``run(engine, *, team_id, today, samples, budget_seconds) -> dict``
  — commands dispatched through the Bolt app as signed requests, in-process and over HTTP,
  beside a no-op handler's floor; a full reminder sweep; the serving process's memory.

The dict maps a figure's name to a ``bench.timing.Latency`` (printed as p50/p95/p99) or to a
plain value (a number or a string, its unit in the name, e.g. ``"sweep (s)": 0.42``).
"""
