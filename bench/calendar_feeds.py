"""Calendar feeds for the benchmark: addresses of watching channels in the dataset, made
before the clock starts and removed afterwards with what they logged, so the dataset stays as
generated; and the three ways a feed is asked for:

- the first time, nothing written yet: what a feed made after `revisorbot run` started costs
  once (run writes the feeds that exist ahead, bot.app), timed once per feed;
- as calendars mostly ask, nothing changed since the last time;
- right after one of its actions was reworded, so that event is written again (the text is
  put back afterwards).
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
from sqlalchemy import delete, select

from bench.timing import Case, Latency
from bot.core.runtime import Runtime
from bot.services.calendar import feed_path, new_token
from storage import feeds
from storage.db import transaction
from storage.edits import Edit
from storage.models import Action, CalendarFeed, ChangeLog, Subscription

ACTOR = "bench"
REWORDED = " (omformulerad)"
_ACTION_UID = re.compile(rb"^UID:action:([0-9]+)\.", re.MULTILINE)


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


def _fetched(client: httpx.Client, url: str) -> bytes:
    feed = client.get(url)
    feed.raise_for_status()
    return feed.content


def _said(feed: bytes) -> str:
    return f"{feed.count(b'BEGIN:VEVENT')} events, {len(feed)} B"


def first_requests(
    client: httpx.Client, base_url: str, paths: list[str]
) -> tuple[Latency, dict[str, list[int]]]:
    """Each feed asked for once with nothing written yet; and the actions each feed shows."""
    took, actions, sizes = [], {}, []
    for path in paths:
        started = time.perf_counter()
        feed = _fetched(client, base_url + path)
        took.append((time.perf_counter() - started) * 1000)
        actions[path] = [int(found) for found in _ACTION_UID.findall(feed)]
        sizes.append(feed.count(b"BEGIN:VEVENT"))
    note = f"{min(sizes)}–{max(sizes)} events, one request per feed"
    return Latency.of(took, note=note), actions


def feed_case(client: httpx.Client, base_url: str, paths: list[str], rng: random.Random) -> Case:
    """What Outlook or Google does every so often: fetch a watching channel's whole feed."""
    return Case(
        "calendar feed (GET .ics)",
        lambda path: _said(_fetched(client, base_url + path)),
        prepare=lambda i: rng.choice(paths),
    )


@contextmanager
def changed_feed_case(
    runtime: Runtime,
    client: httpx.Client,
    base_url: str,
    actions: dict[str, list[int]],
    rng: random.Random,
) -> Iterator[Case]:
    """A feed fetched right after one of its actions was reworded (untimed); every reworded
    action's text is put back when the case is done."""
    shown = [(path, ids) for path, ids in actions.items() if ids]
    if not shown:
        raise RuntimeError("no feed shows an action")
    original: dict[int, str] = {}

    def reword(i: int) -> str:
        path, ids = rng.choice(shown)
        action_id = rng.choice(ids)
        with transaction(runtime.session_factory) as session:
            action = session.get(Action, action_id)
            original.setdefault(action_id, action.text)
            text = original[action_id]
            action.text = text if action.text != text else text + REWORDED
        return path

    try:
        yield Case(
            "calendar feed, one action reworded since",
            lambda path: _said(_fetched(client, base_url + path)),
            prepare=reword,
        )
    finally:
        with transaction(runtime.session_factory) as session:
            for action_id, text in original.items():
                session.get(Action, action_id).text = text
