"""Latency samples and percentiles, interleaved so a shared, noisy machine hurts all cases alike."""

from __future__ import annotations

import gc
import math
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Latency:
    """Milliseconds at the 50th, 95th and 99th percentile (nearest rank) of ``samples`` calls."""

    p50: float
    p95: float
    p99: float
    samples: int
    peak_kib: float | None = None
    note: str = ""

    @classmethod
    def of(cls, milliseconds: Sequence[float], **extra) -> Latency:
        ordered = sorted(milliseconds)
        return cls(
            p50=_percentile(ordered, 50),
            p95=_percentile(ordered, 95),
            p99=_percentile(ordered, 99),
            samples=len(ordered),
            **extra,
        )


def _percentile(ordered: Sequence[float], percent: float) -> float:
    rank = max(1, math.ceil(percent / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass
class Case:
    """One thing to time. ``call(i)`` does the work for the i-th sample and returns a note
    on what it returned (rows, hits) for the report."""

    name: str
    call: Callable[[int], str]
    samples: list[float] = field(default_factory=list)
    note: str = ""


def measure(
    cases: Sequence[Case], *, samples: int, budget_seconds: float, warmup: int = 2
) -> dict[str, Latency]:
    """Time the cases round by round, interleaved, until each has ``samples`` calls or has
    used its time budget (at least five calls each, so slow cases still get a p50)."""
    for case in cases:
        for i in range(warmup):
            case.note = case.call(-1 - i)
    spent = {case.name: 0.0 for case in cases}
    for i in range(samples):
        active = [c for c in cases if len(c.samples) < 5 or spent[c.name] < budget_seconds]
        if not active:
            break
        for case in active:
            started = time.perf_counter()
            case.call(i)
            elapsed = time.perf_counter() - started
            case.samples.append(elapsed * 1000)
            spent[case.name] += elapsed
    return {
        case.name: Latency.of(case.samples, peak_kib=peak_memory_kib(case), note=case.note)
        for case in cases
    }


def peak_memory_kib(case: Case) -> float:
    """Python memory allocated at the peak of one call (tracemalloc; run outside the timing)."""
    gc.collect()
    tracemalloc.start()
    try:
        case.call(0)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1024
