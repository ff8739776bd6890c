"""The national dataset on each database: built in a child process, so that the figures for
generation (time, peak memory) and for serving (the bench's own memory) stay apart.

SQLite's file is cached under .bench/, named by scale, seed, date and a digest of the
migrations and the generator; a run on another day or after either changes builds a new one.
PostgreSQL gets a throwaway server (bench/postgres.py) and a fresh build every run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import resource
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import Engine

from bot.demo import national as scale_module
from storage import bulk
from storage.db import make_engine
from storage.migrate import MIGRATIONS

CACHE = Path(".bench")
BENCH_TEAM = "T0BENCH"


@dataclass(frozen=True)
class Built:
    """How a dataset came about (reused from the cache or generated in this run)."""

    url: str
    scale: str
    seed: int
    today: str
    rows: int
    counts: dict[str, int]
    generation_seconds: float
    generation_peak_rss_mib: float
    reused: bool = False


def _dataset_version() -> str:
    """Changes whenever the schema or the generator does: a cached file is then rebuilt."""
    digest = hashlib.sha256()
    # The whole of bot/demo: the generator is national.py with the builder, words and
    # report text beside it.
    generator = [*sorted(Path(scale_module.__file__).parent.glob("*.py")), Path(bulk.__file__)]
    sources = [*sorted(MIGRATIONS.glob("versions/*.py")), *generator]
    for source in sources:
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


def _build(url: str, scale: str, seed: int, today: dt.date) -> dict:
    """Runs in the child process: migrate, generate, report."""
    from storage.migrate import upgrade

    engine = make_engine(url)
    try:
        upgrade(engine)
        result = scale_module.generate(
            engine, team_id=BENCH_TEAM, today=today, scale=scale_module.SCALES[scale], seed=seed
        )
    finally:
        engine.dispose()
    return {
        "counts": result.counts,
        "seconds": result.seconds,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _build_in_child(url: str, scale: str, seed: int, today: dt.date) -> Built:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        figures = pool.submit(_build, url, scale, seed, today).result()
    return Built(
        url=url,
        scale=scale,
        seed=seed,
        today=today.isoformat(),
        rows=sum(figures["counts"].values()),
        counts=figures["counts"],
        generation_seconds=figures["seconds"],
        generation_peak_rss_mib=figures["peak_rss_mib"],
    )


def sqlite_dataset(scale: str, seed: int, today: dt.date, *, rebuild: bool = False) -> Built:
    CACHE.mkdir(exist_ok=True)
    stem = f"{scale}-seed{seed}-{today.isoformat()}-{_dataset_version()}"
    path = CACHE / f"{stem}.sqlite3"
    record = CACHE / f"{stem}.json"
    if path.exists() and record.exists() and not rebuild:
        return Built(**{**json.loads(record.read_text()), "reused": True})
    # Build beside the cache and rename at the end: an interrupted build is never reused.
    partial = CACHE / f"{stem}.partial.sqlite3"
    for leftover in (path, record, partial):
        leftover.unlink(missing_ok=True)
    built = _build_in_child(f"sqlite:///{partial.resolve()}", scale, seed, today)
    partial.rename(path)
    built = Built(**{**asdict(built), "url": f"sqlite:///{path.resolve()}"})
    record.write_text(json.dumps(asdict(built), indent=2))
    return built


@contextmanager
def postgres_dataset(scale: str, seed: int, today: dt.date) -> Iterator[tuple[Built, str]]:
    """A throwaway server holding the dataset; yields how it was built and the server version."""
    from bench.postgres import TemporaryPostgres

    server = TemporaryPostgres()
    try:
        server.initialise()
        server.start()
        url = server.create_database("revisorbot_bench")
        yield _build_in_child(url, scale, seed, today), server.version()
    finally:
        server.cleanup()


def database_size_mib(engine: Engine) -> float:
    if engine.dialect.name == "sqlite":
        path = Path(engine.url.database or "")
        files = [path, path.with_name(path.name + "-wal")]
        return sum(f.stat().st_size for f in files if f.exists()) / 2**20
    with engine.connect() as connection:
        size = connection.exec_driver_sql("SELECT pg_database_size(current_database())").scalar()
    return (size or 0) / 2**20
