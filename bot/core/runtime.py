"""Wires settings, database and clock together for one process (CLI, server, console)."""

from __future__ import annotations

import gc
import threading
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.core.clock import Clock, SystemClock, local_today
from bot.core.listeners import ListenerPool
from bot.core.settings import Settings
from storage.db import make_engine, make_session_factory
from storage.migrate import current_revision, upgrade
from storage.names import NameCache

FILE_BUILDS = 2


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    session_factory: sessionmaker[Session]
    clock: Clock = field(default_factory=SystemClock)
    # Organisation and body names, cached between commands (storage/names.py).
    names: NameCache = field(default_factory=NameCache)
    # Where Bolt runs lazy listeners (exports, previews); the console waits on it.
    listeners: ListenerPool = field(default_factory=ListenerPool)
    # Exports and pictures built at once (each holds a connection and its rows meanwhile).
    file_builds: threading.BoundedSemaphore = field(
        default_factory=lambda: threading.BoundedSemaphore(FILE_BUILDS)
    )
    # Whether this process created the database (no schema before its migrations ran).
    new_database: bool = False

    @classmethod
    def create(
        cls, settings: Settings, *, clock: Clock | None = None, migrate: bool = True
    ) -> Runtime:
        engine = make_engine(settings.database_url)
        new = False
        if migrate:
            new = current_revision(engine) is None
            upgrade(engine)
        runtime = cls(settings, engine, make_session_factory(engine), clock or SystemClock())
        runtime.new_database = new
        return runtime

    def __deepcopy__(self, memo: dict) -> Runtime:
        # One per process: Bolt deep-copies the context it hands to lazy listeners.
        return self

    def today(self):
        return local_today(self.clock, self.settings.tz)

    def close(self) -> None:
        self.listeners.shutdown(wait=False, cancel_futures=True)
        self.engine.dispose()


def freeze_startup_objects() -> None:
    """Leave what start-up built out of every later garbage collection.

    Modules, SQLAlchemy's metadata and the Bolt app are tens of thousands of objects that
    live as long as the process; each full collection walked them all, and a command that
    set one off took 35-55 ms longer (bench/, BENCHMARKS.md). Call once, when ready to serve.
    """
    gc.collect()
    gc.freeze()
