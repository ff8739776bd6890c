"""The Bolt app end to end: signed requests in, a local fake of the Web API out.

A fixtures plugin (tests/conftest.py lists it in ``pytest_plugins``): ``fake_slack``,
``runtime``, ``app`` and ``slack`` (the ``Slack`` driver) are there for every test. Every
payload the bot sends (answers, response_url posts, views, reminders) is checked against
slack_sdk's Block Kit models when the test ends.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from slack_bolt import App
from sqlalchemy.orm import Session, sessionmaker

from bot.app import build_app
from bot.core.clock import FixedClock
from bot.core.runtime import Runtime
from bot.core.settings import Settings
from ingest.schema import Extraction
from storage.db import transaction
from storage.loader import load_extraction
from tests.conftest import TEAM
from tests.support.blockkit import assert_valid_blocks, assert_valid_view, payload_of
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_requests import (
    BOT_TOKEN,
    SIGNING_SECRET,
    block_action_payload,
    command_body,
    dispatch,
    event_body,
    interaction_body,
    view_submission_payload,
)

READER = "U0READER"
EDITOR = "U0EDITOR"
GROUP_MEMBER = "U0GROUPIE"
EDITOR_GROUP = "S0EDITORS"
TODAY = dt.date(2030, 3, 13)
NOW = dt.datetime(2030, 3, 13, 9, 30, tzinfo=ZoneInfo("Europe/Stockholm"))


@pytest.fixture
def fake_slack() -> Iterator[FakeSlackAPI]:
    fake = FakeSlackAPI(team_id=TEAM).start()
    fake.usergroups[EDITOR_GROUP] = [GROUP_MEMBER]
    yield fake
    # shutdown() waits out serve_forever's half-second poll; nothing needs to wait for it.
    threading.Thread(target=fake.stop, daemon=True).start()
    for call in list(fake.calls):
        blocks, view = payload_of(call.body)
        if view:
            assert_valid_view(view)
        if blocks:
            assert_valid_blocks(blocks)


def make_settings(fake: FakeSlackAPI, **overrides: Any) -> Settings:
    values = {
        "DATABASE_URL": "sqlite://",
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake.base_url,
        "REVISORBOT_EDITORS": f"{EDITOR},{EDITOR_GROUP}",
        "REVISORBOT_LANGUAGE": "sv",
        **overrides,
    }
    return Settings(_env_file=None, **values)


@pytest.fixture
def runtime(engine, session_factory, fake_slack: FakeSlackAPI) -> Runtime:
    return Runtime(make_settings(fake_slack), engine, session_factory, FixedClock(NOW))


@pytest.fixture
def app(runtime: Runtime) -> App:
    return build_app(runtime)


class Slack:
    """Drives the app as Slack does and returns what the user gets to read."""

    def __init__(self, app: App, fake: FakeSlackAPI, runtime: Runtime | None = None) -> None:
        self.app, self.fake, self.runtime = app, fake, runtime

    def _dispatch(self, body: str, **kwargs: Any):
        """Dispatch as Slack does, then let what lazy listeners post arrive, as a user waits."""
        response = dispatch(self.app, body, **kwargs)
        if self.runtime is not None:
            assert self.runtime.listeners.join(timeout=60), "a lazy listener never finished"
        return response

    def command(self, text: str, *, user: str = READER, retry_num: int | None = None) -> dict:
        response = self._dispatch(
            command_body(text, user=user, response_url=self.fake.response_url("cmd")),
            retry_num=retry_num,
        )
        assert response.status == 200, response.body
        if not response.body:
            return {}
        answer = json.loads(response.body)
        if answer.get("blocks"):
            assert_valid_blocks(answer["blocks"])
        return answer

    def click(
        self,
        action: dict[str, Any],
        *,
        user: str = READER,
        view: dict | None = None,
        channel: str | None = "C0TEAM",
        payload: dict | None = None,
        retry_num: int | None = None,
    ) -> dict[str, Any]:
        """A button press or select; returns the payload sent so it can be replayed."""
        payload = payload or block_action_payload(
            action,
            user=user,
            view=view,
            channel=None if view is not None else channel,
            response_url="" if view is not None else self.fake.response_url("action"),
        )
        response = self._dispatch(interaction_body(payload), retry_num=retry_num)
        assert response.status == 200, response.body
        return payload

    def submit(
        self, view: dict[str, Any], values: dict[str, Any], *, user: str = READER
    ) -> dict[str, Any]:
        payload = view_submission_payload(view, values=values, user=user)
        response = self._dispatch(interaction_body(payload))
        assert response.status == 200, response.body
        return json.loads(response.body) if response.body else {}

    def event(self, event: dict[str, Any], *, event_id: str, retry_num: int | None = None):
        return self._dispatch(
            event_body(event, event_id=event_id),
            content_type="application/json",
            retry_num=retry_num,
        )

    def pages(self, answer: dict[str, Any]) -> list[list[dict[str, Any]]]:
        """The blocks of an answer and of each page reached by pressing Nästa."""
        pages = [answer["blocks"]]
        while True:
            buttons = [
                element
                for block in pages[-1]
                if block["type"] == "actions"
                for element in block["elements"]
                if element["action_id"] == "page_next"
            ]
            if not buttons:
                return pages
            self.click(
                {
                    "action_id": "page_next",
                    "block_id": "nav",
                    "value": buttons[0]["value"],
                    "type": "button",
                }
            )
            pages.append(self.responses()[-1]["blocks"])

    def responses(self) -> list[dict[str, Any]]:
        """What was sent to response_url (replacing or adding ephemeral messages)."""
        return [call.body for call in self.fake.calls if call.method.startswith("response/")]


@pytest.fixture
def slack(app: App, fake_slack: FakeSlackAPI, runtime: Runtime) -> Slack:
    return Slack(app, fake_slack, runtime)


def load(session_factory: sessionmaker[Session], extraction: Extraction, digest: str) -> int:
    with transaction(session_factory) as session:
        return load_extraction(
            session,
            team_id=TEAM,
            extraction=extraction,
            sha256=hashlib.sha256(digest.encode()).hexdigest(),
            actor="test",
            today=TODAY,
        ).audit_id


def expected_corpus(corpus: Path) -> dict[str, dict]:
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((corpus / "expected").glob("*.json"))
    }


@pytest.fixture
def corpus_loaded(corpus: Path, session_factory: sessionmaker[Session]) -> dict[str, dict]:
    """The five seed reports' expected extractions, loaded directly (not via the importer)."""
    expected = expected_corpus(corpus)
    for stem, data in expected.items():
        load(session_factory, Extraction.model_validate(data), stem)
    return expected
