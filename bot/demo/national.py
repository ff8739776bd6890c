"""The national dataset of SPEC §5, generated: every kommun and region, ten years of audits.

290 kommuner and 21 regioner, each with 6–10 boards, 8 audits a year for 10 years ending this
year, 6 recommendations an audit and 2 actions a recommendation, with questions, response
requests, responses, source documents, history and subscriptions. Names are made up and the
text is built from word lists written here, so nothing is taken from a real report. The same
seed and the same ``today`` give the same rows; dates sit around ``today`` the way a live
database's would: old years answered and mostly done, recent deadlines open or overdue.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, exists, select

from bot.demo.builder import Builder
from bot.demo.shape import Rows, Scale
from storage import bulk
from storage.errors import StorageError
from storage.models import (
    Base,
    Organisation,
)

SCALES: dict[str, Scale] = {
    "national": Scale(),
    # A smoke run: the same shape at a fifteenth of the size.
    "quick": Scale(kommuner=19, regioner=2),
}

# Organisations written per round of inserts: bounds memory, keeps executemany batches large.
ORGANISATIONS_PER_BATCH = 8


@dataclass
class GenerationResult:
    counts: dict[str, int]
    seconds: float
    team_id: str
    today: dt.date
    seed: int


def generate(
    engine: Engine,
    *,
    team_id: str,
    today: dt.date,
    scale: Scale = SCALES["national"],
    seed: int = 1,
    on_progress: Callable[[int, int], None] | None = None,
) -> GenerationResult:
    """Write the dataset for ``team_id`` in one transaction; the team must hold no data yet."""
    started = time.perf_counter()
    tables = [t for t in Base.metadata.sorted_tables if "id" in t.c and t.c.id.primary_key]
    counts: Counter[str] = Counter()
    with engine.begin() as connection:
        if connection.scalar(select(exists().where(Organisation.team_id == team_id))):
            raise StorageError("team_not_empty", team_id=team_id)
        builder = Builder(
            ids=bulk.IdAllocator(connection, tables),
            team_id=team_id,
            today=today,
            scale=scale,
            rng=random.Random(seed),
        )
        names = builder.organisation_names()
        for first in range(0, len(names), ORGANISATIONS_PER_BATCH):
            rows = Rows()
            for kind, name in names[first : first + ORGANISATIONS_PER_BATCH]:
                builder.organisation(rows, kind=kind, name=name)
            for table in Base.metadata.sorted_tables:
                bulk.insert_rows(connection, table, rows.of(table))
                counts[table.name] += len(rows.of(table))
            if on_progress is not None:
                on_progress(min(first + ORGANISATIONS_PER_BATCH, len(names)), len(names))
        bulk.finish(connection)
    bulk.compact(engine)
    return GenerationResult(
        counts=dict(counts),
        seconds=time.perf_counter() - started,
        team_id=team_id,
        today=today,
        seed=seed,
    )
