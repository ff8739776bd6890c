"""What the reliability suite counted, printed at the end of the run under one heading per
subject (tests/reliability/conftest.py): commands answered while Slack was slow, reminders
lost or sent twice across crashes and late answers."""

from __future__ import annotations

# heading → case → what was counted
TALLIES: dict[str, dict[str, str]] = {}


def tally(heading: str, case: str, counts: str) -> None:
    TALLIES.setdefault(heading, {})[case] = counts


_RUNS: dict[tuple[str, str], list[int]] = {}


def count_deliveries(heading: str, case: str, *, reminders: int, lost: int, twice: int) -> None:
    """Add one run's reminders to ``case``'s totals over every run so far."""
    runs = _RUNS.setdefault((heading, case), [0, 0, 0, 0])
    for i, value in enumerate((1, reminders, lost, twice)):
        runs[i] += value
    tally(
        heading, case, f"{runs[0]} runs, {runs[1]} reminders, {runs[2]} lost, {runs[3]} sent twice"
    )
