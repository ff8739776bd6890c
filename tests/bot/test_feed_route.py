"""The calendar feed served by a real `revisorbot run` process, over HTTP, as a calendar app
and an editor in Slack reach it."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest

from bot.demo.data import load_demo
from storage.db import make_engine, make_session_factory, transaction
from storage.migrate import upgrade
from tests.conftest import TEAM
from tests.support.calendar_feed import feed_dates, parsed, reminded
from tests.support.served import ServedBot
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_app import EDITOR, READER
from tests.support.slack_requests import (
    block_action_payload,
    command_body,
    interaction_body,
    signed_headers,
)

CHANNEL = "C0TEAM"
PUBLIC = "https://revisorbot.example.se"
TZ = ZoneInfo("Europe/Stockholm")
ADDRESS = re.compile(re.escape(PUBLIC) + r"(/calendar/\d+/[A-Za-z0-9_-]{43}\.ics)")


@pytest.fixture
def served(tmp_path: Path, fake_slack: FakeSlackAPI) -> Iterator[ServedBot]:
    """The demo data, dated around today, watched from CHANNEL, served by `revisorbot run`."""
    engine = make_engine(f"sqlite:///{tmp_path / 'run.sqlite3'}")
    upgrade(engine)
    with transaction(make_session_factory(engine)) as session:
        load_demo(session, team_id=TEAM, today=_today(), channel_id=CHANNEL)
    engine.dispose()
    bot = ServedBot(
        fake_slack, tmp_path, REVISORBOT_EDITORS=EDITOR, REVISORBOT_PUBLIC_URL=PUBLIC + "/"
    )
    try:
        bot.wait_until_serving()
        yield bot
    finally:
        bot.stop()


def _today() -> dt.date:
    return dt.datetime.now(TZ).date()


def _command(bot: ServedBot, text: str, user: str) -> dict:
    body = command_body(text, user=user, channel=CHANNEL)
    answer = httpx.post(bot.events_url, content=body, headers=signed_headers(body), timeout=30)
    assert answer.status_code == 200
    return answer.json()


def _path(text: str) -> str:
    (found,) = set(ADDRESS.findall(text))
    return found


def test_the_served_feed_holds_the_reminded_dates_and_refuses_wrong_addresses(
    served: ServedBot, tmp_path: Path
) -> None:
    refused = _command(served, "kalender", READER)
    assert not ADDRESS.search(json.dumps(refused, ensure_ascii=False))
    answer = _command(served, "kalender", EDITOR)
    path = _path(json.dumps(answer, ensure_ascii=False))
    url = served.base_url + path

    today = _today()
    feed = httpx.get(url, timeout=30)
    assert feed.status_code == 200
    assert feed.headers["content-type"] == "text/calendar; charset=utf-8"
    assert feed.headers["cache-control"] == "private, max-age=300"
    engine = make_engine(f"sqlite:///{tmp_path / 'run.sqlite3'}")
    try:
        expected = reminded(
            make_session_factory(engine), team_id=TEAM, channel_id=CHANNEL, today=today, tz=TZ
        )
    finally:
        engine.dispose()
    if _today() != today:  # midnight passed while we asked: the feed's span moved too
        pytest.skip("the date changed during the test")
    assert feed_dates(feed.content) == expected
    assert str(parsed(feed.content)["x-wr-calname"]) == "Revisorbot – Exempelkommun, Testby region"

    head = httpx.head(url, timeout=30)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["etag"] == feed.headers["etag"]
    unchanged = httpx.get(url, headers={"If-None-Match": feed.headers["etag"]}, timeout=30)
    assert unchanged.status_code == 304 and unchanged.content == b""

    token = path.rsplit("/", 1)[1].removesuffix(".ics")
    wrong = ("B" if token[0] == "A" else "A") + token[1:]
    for refused_path in (
        path.replace(token, wrong),
        path.replace(".ics", ".ICS"),
        path + "/",
        "/calendar/",
        "/calendar/999999/" + token + ".ics",
        "/calendar/0/" + token + ".ics",
    ):
        missing = httpx.get(served.base_url + refused_path, timeout=30)
        assert (missing.status_code, missing.content) == (404, b""), refused_path
    posted = httpx.post(url, content=b"x", timeout=30)
    assert posted.status_code == 405 and posted.headers["allow"] == "GET, HEAD"
    assert posted.content == b""
    assert token not in served.output()  # the secret is not written to the log


def test_replacing_the_address_over_slack_stops_the_old_one_at_once(
    served: ServedBot, fake_slack: FakeSlackAPI
) -> None:
    answer = _command(served, "calendar", EDITOR)
    old = _path(json.dumps(answer, ensure_ascii=False))
    (button,) = [
        element
        for block in answer["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
    ]
    payload = block_action_payload(
        button, user=EDITOR, channel=CHANNEL, response_url=fake_slack.response_url("replace")
    )
    body = interaction_body(payload)
    clicked = httpx.post(served.events_url, content=body, headers=signed_headers(body), timeout=30)
    assert clicked.status_code == 200
    (replaced,) = [c.body for c in fake_slack.calls if c.method == "response/replace"]
    new = _path(json.dumps(replaced, ensure_ascii=False))
    assert new != old
    assert httpx.get(served.base_url + old, timeout=30).status_code == 404
    assert httpx.get(served.base_url + new, timeout=30).status_code == 200


def test_after_a_restart_the_address_answers_the_same_feed_written_ahead(
    served: ServedBot, fake_slack: FakeSlackAPI, tmp_path: Path
) -> None:
    """`revisorbot run` writes the feeds that exist as it starts, so the calendars asking
    after a restart are answered from what it wrote: the same address, the same file."""
    url = served.base_url + _path(json.dumps(_command(served, "kalender", EDITOR)))
    today = _today()
    before = httpx.get(url, timeout=30)
    assert "written ahead" not in served.output()  # the feed was made after this start
    served.stop()

    again = ServedBot(
        fake_slack, tmp_path, REVISORBOT_EDITORS=EDITOR, REVISORBOT_PUBLIC_URL=PUBLIC + "/"
    )
    try:
        again.wait_until_serving()
        deadline = time.monotonic() + 60
        while "Calendar feeds written ahead: 1 in" not in again.output():
            assert time.monotonic() < deadline, again.output()
            time.sleep(0.1)
        after = httpx.get(url.replace(served.base_url, again.base_url), timeout=30)
    finally:
        again.stop()
    if _today() != today:
        pytest.skip("the date changed during the test")
    assert after.status_code == 200 and after.content == before.content
    assert after.headers["etag"] == before.headers["etag"]
