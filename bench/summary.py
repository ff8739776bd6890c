"""Markdown tables from several runs' ``--json`` files, for BENCHMARKS.md.

    python -m bench.summary run1.json run2.json run3.json

Every latency is the median over the runs of that run's percentile, with the spread of the
runs' p50 beside it, so one noisy run on a shared machine does not set the figure.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path
from typing import Any

DATABASES = (("sqlite", "SQLite"), ("postgresql", "PostgreSQL"))


def main(paths: list[str]) -> int:
    runs = [json.loads(Path(path).read_text()) for path in paths]
    if not runs:
        print(__doc__)
        return 2
    print(f"{len(runs)} runs.\n")
    _latencies(runs)
    _datasets(runs)
    _plugins(runs)
    rss = [run["bench_peak_rss_mib"] for run in runs]
    print(f"\nPeak RSS of the bench process (queries, no generation): {_range(rss, 'MiB', 0)}")
    return 0


def _latencies(runs: list[dict[str, Any]]) -> None:
    present = [(key, label) for key, label in DATABASES if key in runs[0]]
    header = "| figure | " + " | ".join(
        f"{label} p50 | {label} p95 | {label} p99 | {label} p50 range" for _, label in present
    )
    print(header + " | returns |")
    print("|---" * (1 + 4 * len(present)) + "|---|")
    for name in runs[0][present[0][0]]["storage"]:
        cells = []
        for key, _ in present:
            samples = [run[key]["storage"][name] for run in runs if name in run[key]["storage"]]
            medians = {p: statistics.median(s[p] for s in samples) for p in ("p50", "p95", "p99")}
            p50s = [s["p50"] for s in samples]
            cells += [
                f"{medians['p50']:.1f}",
                f"{medians['p95']:.1f}",
                f"{medians['p99']:.1f}",
                f"{min(p50s):.1f}–{max(p50s):.1f}",
            ]
        note = runs[0][present[0][0]]["storage"][name]["note"]
        print(f"| {name} | " + " | ".join(cells) + f" | {note} |")


def _datasets(runs: list[dict[str, Any]]) -> None:
    print()
    for key, label in DATABASES:
        if key not in runs[0]:
            continue
        # A reused SQLite file carries the figures of the run that built it.
        builds = {
            json.dumps(run[key]["dataset"]["counts"])
            + str(run[key]["dataset"]["generation_seconds"]): run[key]["dataset"]
            for run in runs
        }
        seconds = [b["generation_seconds"] for b in builds.values()]
        rss = [b["generation_peak_rss_mib"] for b in builds.values()]
        sizes = [run[key]["database_size_mib"] for run in runs]
        rows = runs[0][key]["dataset"]["rows"]
        print(
            f"- {label}: {rows:,} rows, database {_range(sizes, 'MiB', 0)}; generation "
            f"{_range(seconds, 's', 1)} ({len(builds)} build(s)), peak RSS of the "
            f"generating process {_range(rss, 'MiB', 0)}"
        )


def _is_latency(value: object) -> bool:
    return isinstance(value, dict) and {"p50", "p95", "p99"} <= value.keys()


def _plugin_latencies(runs: list[dict[str, Any]], section: str) -> None:
    """A part's latencies (the Slack commands) on both databases, side by side."""
    present = [
        (key, label)
        for key, label in DATABASES
        if runs[0].get(key, {}).get(section, {}).get("status") == "ok"
    ]
    if not present:
        return
    names = [
        name
        for name, value in runs[0][present[0][0]][section]["figures"].items()
        if _is_latency(value)
    ]
    if not names:
        return
    print(f"\n{section}, latency (ms):\n")
    print(
        "| figure | "
        + " | ".join(f"{label} p50 | {label} p95 | {label} p99" for _, label in present)
        + " | SQLite p50 range | returns |"
    )
    print("|---" * (3 + 3 * len(present)) + "|")
    for name in names:
        cells = []
        p50s: list[float] = []
        for index, (key, _) in enumerate(present):
            samples = [
                run[key][section]["figures"][name]
                for run in runs
                if _is_latency(run.get(key, {}).get(section, {}).get("figures", {}).get(name))
            ]
            if not samples:
                cells += ["", "", ""]
                continue
            cells += [
                f"{statistics.median(s[p] for s in samples):.1f}" for p in ("p50", "p95", "p99")
            ]
            if index == 0:
                p50s = [s["p50"] for s in samples]
        spread = f"{min(p50s):.1f}–{max(p50s):.1f}" if p50s else ""
        note = runs[0][present[0][0]][section]["figures"][name]["note"]
        print(f"| {name} | " + " | ".join(cells) + f" | {spread} | {note} |")


def _plugins(runs: list[dict[str, Any]]) -> None:
    sections = {
        section
        for key, _ in DATABASES
        for section, outcome in runs[0].get(key, {}).items()
        if isinstance(outcome, dict) and outcome.get("status") == "ok"
    }
    for section in sorted(sections):
        _plugin_latencies(runs, section)
    for key, label in (*DATABASES, ("importer", "")):
        sections = (
            {"importer": runs[0]["importer"]}
            if key == "importer"
            else {k: v for k, v in runs[0].get(key, {}).items() if isinstance(v, dict)}
        )
        for section, outcome in sections.items():
            if not isinstance(outcome, dict) or "status" not in outcome:
                continue
            title = f"{label}: {section}" if label else section
            if outcome["status"] != "ok":
                print(f"\n{title}: {outcome['status']}")
                continue
            print(f"\n{title}:\n")
            for figure, first in outcome["figures"].items():
                if _is_latency(first):
                    continue  # in the latency table above
                values = [
                    (run[key][section] if key != "importer" else run["importer"])["figures"].get(
                        figure
                    )
                    for run in runs
                ]
                numbers = [v for v in values if isinstance(v, int | float)]
                shown = _range(numbers, "", 1) if len(numbers) == len(values) else str(values[0])
                print(f"- {figure.strip()}: {shown}")


def _range(values: list[float], unit: str, digits: int) -> str:
    if all(isinstance(v, int) for v in values):
        digits = 0
    middle = statistics.median(values)
    unit = f" {unit}" if unit else ""
    if len(values) == 1 or min(values) == max(values):
        return f"{middle:.{digits}f}{unit}"
    return f"{middle:.{digits}f}{unit} (runs {min(values):.{digits}f}–{max(values):.{digits}f})"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
