"""A request context for tests that call a service directly, as middleware would build it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session, sessionmaker

from bot.core.clock import FixedClock
from bot.core.context import RequestContext
from bot.core.runtime import Runtime
from bot.core.settings import Settings


def request_context(
    session_factory: sessionmaker[Session],
    *,
    team_id: str,
    today: dt.date,
    user_id: str = "U0EDITOR",
    editor: bool = True,
    lang: str = "sv",
) -> RequestContext:
    """``user_id`` asking in ``team_id`` on ``today`` (noon in Stockholm), editor or not."""
    settings = Settings(_env_file=None, DATABASE_URL=str(session_factory.kw["bind"].url))
    clock = FixedClock(dt.datetime.combine(today, dt.time(12), tzinfo=settings.tz))
    engine = session_factory.kw["bind"]
    runtime = Runtime(settings, engine, session_factory, clock)
    return RequestContext(runtime, team_id, user_id, lang, today, check_editor=lambda: editor)
