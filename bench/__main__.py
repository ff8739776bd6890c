"""`python -m bench [--quick] [--seed N] [--no-postgres] [--json FILE]`: print the figures."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import resource
import sqlite3
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from sqlalchemy import Engine

from bench import storage_bench
from bench.datasets import BENCH_TEAM, Built, database_size_mib, postgres_dataset, sqlite_dataset
from bench.timing import Latency
from bot.core.runtime import freeze_startup_objects
from storage.db import make_engine

# Piped output (make bench | tee) gets a table wide enough not to wrap the figures.
console = Console(width=None if sys.stdout.isatty() else 132)

# Optional parts that land on main at their own pace (see bench/__init__.py).
ONCE_PLUGINS = (("importer", "bench.ingest_bench"),)


def _per_database_plugins(engine: Engine, today: dt.date, samples: int, budget: float):
    return (
        (
            "Slack dispatch through Bolt",
            "bench.slack_bench",
            lambda run: run(
                engine, team_id=BENCH_TEAM, today=today, samples=samples, budget_seconds=budget
            ),
        ),
        ("reminders", "bench.reminders_bench", lambda run: run(engine)),
    )


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    scale = "quick" if args.quick else "national"
    samples = args.samples or (50 if args.quick else 300)
    budget = args.budget or (2.0 if args.quick else 10.0)
    today = dt.date.today()
    figures: dict[str, Any] = {"scale": scale, "seed": args.seed, "today": today.isoformat()}
    machine = _machine()
    figures["machine"] = machine
    console.print(_machine_line(machine))
    failed = False

    console.print(f"[bold]SQLite[/bold]: building or reusing the {scale} dataset …")
    built = sqlite_dataset(scale, args.seed, today, rebuild=args.rebuild)
    result, plugin_failed = _bench_database("SQLite", built, today, samples, budget)
    figures["sqlite"] = result
    failed |= plugin_failed

    if args.no_postgres:
        console.print("PostgreSQL: skipped (--no-postgres)")
    else:
        console.print(f"[bold]PostgreSQL[/bold]: starting a throwaway server, generating {scale} …")
        with postgres_dataset(scale, args.seed, today) as (pg_built, version):
            machine["postgresql"] = version
            result, plugin_failed = _bench_database("PostgreSQL", pg_built, today, samples, budget)
            figures["postgresql"] = result
            failed |= plugin_failed

    for label, module in ONCE_PLUGINS:
        outcome = _plugin(label, module, lambda run: run())
        figures[label] = outcome
        failed |= outcome.get("status") == "failed"
    figures["bench_peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    console.print(
        f"Peak memory of this process (queries, no generation): "
        f"{figures['bench_peak_rss_mib']:.0f} MiB"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2, default=_jsonable))
        console.print(f"Figures written to {args.json}")
    return 1 if failed else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller dataset, fewer samples")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    parser.add_argument("--rebuild", action="store_true", help="ignore the cached SQLite file")
    parser.add_argument("--samples", type=int, help="calls per case (default 300, quick 50)")
    parser.add_argument("--budget", type=float, help="seconds per case before it stops early")
    parser.add_argument("--json", help="also write every figure to this file")
    return parser


def _bench_database(
    label: str, built: Built, today: dt.date, samples: int, budget: float
) -> tuple[dict[str, Any], bool]:
    engine = make_engine(built.url)
    try:
        # As `revisorbot run` does before it serves (bot/runtime.py).
        freeze_startup_objects()
        started = time.perf_counter()
        latencies = storage_bench.run(
            engine, team_id=BENCH_TEAM, today=today, samples=samples, budget_seconds=budget
        )
        result: dict[str, Any] = {
            "dataset": {k: v for k, v in asdict(built).items() if k != "url"},
            "database_size_mib": database_size_mib(engine),
            "storage": latencies,
            "storage_bench_seconds": time.perf_counter() - started,
        }
        _print_latencies(f"{label}: storage-level latency, one fresh session per call", latencies)
        how = "reused from .bench/" if built.reused else "generated in this run"
        console.print(
            f"{label} dataset ({how}): {built.rows:,} rows, {built.counts['audit']:,} audits; "
            f"generation {built.generation_seconds:.1f} s, peak RSS "
            f"{built.generation_peak_rss_mib:.0f} MiB; "
            f"database {result['database_size_mib']:.0f} MiB"
        )
        failed = False
        for plugin_label, module, invoke in _per_database_plugins(engine, today, samples, budget):
            outcome = _plugin(f"{label}: {plugin_label}", module, invoke)
            result[plugin_label] = outcome
            failed |= outcome.get("status") == "failed"
        return result, failed
    finally:
        engine.dispose()


def _plugin(label: str, module_name: str, invoke) -> dict[str, Any]:
    """Run an optional part's benchmark; say plainly when it is missing or fails."""
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        console.print(f"{label}: not yet available ({module_name}: {error})")
        return {"status": "not yet available", "reason": str(error)}
    try:
        figures = invoke(module.run)
    except Exception as error:  # a broken plugin is reported, and the run exits non-zero
        console.print(f"[red]{label}: failed[/red] — {type(error).__name__}: {error}")
        return {"status": "failed", "reason": f"{type(error).__name__}: {error}"}
    latencies = {k: v for k, v in figures.items() if isinstance(v, Latency)}
    if latencies:
        _print_latencies(label, latencies)
    values = {k: v for k, v in figures.items() if not isinstance(v, Latency)}
    if values:
        table = Table(title=label, title_justify="left")
        table.add_column("figure")
        table.add_column("value", justify="right")
        for key, value in values.items():
            table.add_row(key, str(value))
        console.print(table)
    return {"status": "ok", "figures": figures}


def _print_latencies(title: str, latencies: dict[str, Latency]) -> None:
    table = Table(title=title, title_justify="left")
    table.add_column("figure")
    for column in ("p50 ms", "p95 ms", "p99 ms", "n", "peak KiB"):
        table.add_column(column, justify="right")
    table.add_column("returns")
    for name, latency in latencies.items():
        table.add_row(
            name,
            f"{latency.p50:.2f}",
            f"{latency.p95:.2f}",
            f"{latency.p99:.2f}",
            str(latency.samples),
            "" if latency.peak_kib is None else f"{latency.peak_kib:,.0f}",
            latency.note,
        )
    console.print(table)


def _machine() -> dict[str, Any]:
    cpu = "unknown"
    memory_gib = 0.0
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory_gib = int(line.split()[1]) / 2**20
    except OSError:
        pass
    import psycopg
    import sqlalchemy

    return {
        "cpus": len(os.sched_getaffinity(0)),
        "cpu": cpu,
        "memory_gib": round(memory_gib, 1),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy.__version__,
        "psycopg": psycopg.__version__,
        "platform": platform.platform(),
    }


def _machine_line(machine: dict[str, Any]) -> str:
    return (
        f"Machine: {machine['cpus']} CPUs ({machine['cpu']}), {machine['memory_gib']} GiB RAM; "
        f"Python {machine['python']}, SQLite {machine['sqlite']}, "
        f"SQLAlchemy {machine['sqlalchemy']}, psycopg {machine['psycopg']}"
    )


def _jsonable(value: object) -> object:
    if isinstance(value, Latency):
        return asdict(value)
    return str(value)


if __name__ == "__main__":
    sys.exit(main())
