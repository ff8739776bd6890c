"""Calendar feeds for the benchmark: addresses of watching channels in the dataset, made
before the clock starts and removed afterwards with what they logged, so the dataset stays as
generated."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
from sqlalchemy import delete, select

from bench.timing import Case
from bot.core.runtime import Runtime
from bot.services.calendar import feed_path, new_token
from storage import feeds
from storage.db import transaction
from storage.edits import Edit
from storage.models import CalendarFeed, ChangeLog, Subscription

ACTOR = "bench"


@contextmanager
def feed_paths(runtime: Runtime, team_id: str, *, channels: int = 40) -> Iterator[list[str]]:
    """The paths of ``channels`` watching channels' feeds, spread over the dataset."""
    with transaction(runtime.session_factory) as session:
        watching = sorted(
            set(
                session.scalars(
                    select(Subscription.channel_id).where(
                        Subscription.team_id == team_id, Subscription.paused_at.is_(None)
                    )
                )
            )
        )
        chosen = watching[:: max(1, len(watching) // channels)][:channels]
        edit = Edit(session, team_id, ACTOR)
        paths = [
            feed_path(feeds.ensure_feed(edit, channel_id=channel, token=new_token()))
            for channel in chosen
        ]
    if not paths:
        raise RuntimeError("no channel in the dataset watches an organisation")
    try:
        yield paths
    finally:
        with transaction(runtime.session_factory) as session:
            session.execute(delete(CalendarFeed).where(CalendarFeed.team_id == team_id))
            session.execute(
                delete(ChangeLog).where(
                    ChangeLog.team_id == team_id,
                    ChangeLog.entity == CalendarFeed.__tablename__,
                    ChangeLog.actor == ACTOR,
                )
            )


def feed_case(client: httpx.Client, base_url: str, paths: list[str], rng: random.Random) -> Case:
    """What Outlook or Google does every so often: fetch a watching channel's whole feed."""

    def fetched(path: str) -> str:
        feed = client.get(base_url + path)
        feed.raise_for_status()
        return f"{feed.content.count(b'BEGIN:VEVENT')} events, {len(feed.content)} B"

    return Case("calendar feed (GET .ics)", fetched, prepare=lambda i: rng.choice(paths))
