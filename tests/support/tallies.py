"""What the reliability suite counted, printed at the end of the run under one heading per
subject (tests/reliability/conftest.py): commands answered while Slack was slow, reminders
lost or sent twice across crashes and late answers."""

from __future__ import annotations

# heading → case → what was counted
TALLIES: dict[str, dict[str, str]] = {}


def tally(heading: str, case: str, counts: str) -> None:
    TALLIES.setdefault(heading, {})[case] = counts
