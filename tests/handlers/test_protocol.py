"""What Slack's protocol sends besides commands and buttons: rate limiting, events the bot
does not handle, org-wide installs; and error messages that unfurl nothing.

Payload shapes follow Slack's Events API reference (the outer event wrapper, app_rate_limited,
authorizations of an organisation-wide installation).
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.demo.data import DEMO_CHANNEL, load_demo
from storage.db import transaction
from tests.conftest import TEAM
from tests.support.blockkit import all_text
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_app import EDITOR, READER, TODAY, Slack
from tests.support.slack_requests import (
    block_action_payload,
    dispatch,
    interaction_body,
)

REPO = Path(__file__).resolve().parents[2]
ENTERPRISE = "E0REVISION"
JSON = "application/json"


def _wrapped(event: dict, *, event_id: str, **outer: object) -> str:
    return json.dumps(
        {
            "token": "unused-verification-token",
            "team_id": TEAM,
            "api_app_id": "A0REVISOR",
            "event": event,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "authorizations": [
                {
                    "team_id": TEAM,
                    "user_id": "U0BOT",
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
            "is_ext_shared_channel": False,
            **outer,
        }
    )


def test_app_rate_limited_is_acknowledged_and_logged(
    slack: Slack, fake_slack: FakeSlackAPI, caplog: pytest.LogCaptureFixture
) -> None:
    """Slack sends this to every Events API app that passed 30,000 events an hour."""
    body = json.dumps(
        {
            "token": "unused-verification-token",
            "type": "app_rate_limited",
            "team_id": TEAM,
            "minute_rate_limited": 1518467820,
            "api_app_id": "A0REVISOR",
        }
    )
    calls_at_start = len(fake_slack.calls)
    with caplog.at_level(logging.INFO):
        response = dispatch(slack.app, body, content_type=JSON)
    assert response.status == 200
    assert fake_slack.calls_since(calls_at_start) == []
    limited = [r for r in caplog.records if "rate limited" in r.getMessage()]
    assert limited and limited[0].levelno == logging.WARNING
    assert TEAM in limited[0].getMessage()


@pytest.mark.parametrize(
    "event",
    [
        {"type": "member_joined_channel", "user": READER, "channel": "C0TEAM", "event_ts": "1.2"},
        {"type": "app_uninstalled", "event_ts": "1.3"},
        {"type": "tokens_revoked", "tokens": {"bot": ["U0BOT"]}, "event_ts": "1.4"},
    ],
    ids=lambda event: event["type"],
)
def test_an_event_the_bot_does_not_handle_is_acknowledged_without_asking_slack(
    slack: Slack, fake_slack: FakeSlackAPI, event: dict
) -> None:
    calls_at_start = len(fake_slack.calls)
    response = dispatch(slack.app, _wrapped(event, event_id="EvOther"), content_type=JSON)
    assert response.status == 200
    assert fake_slack.calls_since(calls_at_start) == []


def test_every_event_the_manifest_subscribes_to_is_handled(slack: Slack, fake_slack) -> None:
    manifest = (REPO / "manifest.yml").read_text(encoding="utf-8")
    subscribed = manifest.split("bot_events:")[1].split("interactivity:")[0]
    assert "- app_home_opened" in subscribed and "- file_shared" in subscribed
    home = {"type": "app_home_opened", "user": EDITOR, "channel": "D0HOME", "tab": "home"}
    assert slack.event(home, event_id="EvHome").status == 200
    assert len(fake_slack.calls_to("views.publish")) == 1


def _org_wide(event: dict, *, event_id: str, **outer: object) -> str:
    """An organisation-wide installation's delivery: the installation is the enterprise's,
    with no team in authorizations; the workspace the event happened in is named outside."""
    return _wrapped(
        event,
        event_id=event_id,
        enterprise_id=ENTERPRISE,
        context_team_id=TEAM,
        context_enterprise_id=ENTERPRISE,
        authorizations=[
            {
                "enterprise_id": ENTERPRISE,
                "team_id": None,
                "user_id": "U0BOT",
                "is_bot": True,
                "is_enterprise_install": True,
            }
        ],
        **outer,
    )


@pytest.mark.parametrize(
    "where",
    [{}, {"team_id": None}],
    ids=["team_id", "only context_team_id"],
)
def test_an_org_wide_install_event_is_handled_once_across_retries(
    slack: Slack,
    fake_slack: FakeSlackAPI,
    session_factory: sessionmaker[Session],
    caplog: pytest.LogCaptureFixture,
    where: dict,
) -> None:
    """The workspace's own data is shown, once, however often Slack delivers the event."""
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    home = {"type": "app_home_opened", "user": EDITOR, "channel": "D0HOME", "tab": "home"}
    body = _org_wide(home, event_id="EvOrg", **where)
    with caplog.at_level(logging.INFO):
        first = dispatch(slack.app, body, content_type=JSON)
        retried = dispatch(slack.app, body, content_type=JSON, retry_num=1)
        assert slack.runtime.listeners.join(timeout=60)  # the home is drawn after the answer
    assert first.status == retried.status == 200
    published = fake_slack.calls_to("views.publish")
    assert len(published) == 1 and published[0].body["user_id"] == EDITOR
    assert f"Exempelkommun → <#{DEMO_CHANNEL}>" in all_text(published[0].view["blocks"])
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert any("Already handled EvOrg" in r.getMessage() for r in caplog.records)


def test_an_error_sent_by_direct_message_unfurls_no_links(
    slack: Slack, fake_slack: FakeSlackAPI
) -> None:
    """A button in App Home has no channel and no response_url: the error comes as a DM."""
    action = {"type": "button", "action_id": "open_audit", "block_id": "x", "value": "²"}
    payload = block_action_payload(
        action, user=READER, channel=None, view={"id": "V0HOME", "type": "home"}
    )
    assert dispatch(slack.app, interaction_body(payload)).status == 200
    (dm,) = fake_slack.calls_to("chat.postMessage")
    assert dm.body["channel"] == READER
    assert "Det valet känner jag inte igen" in dm.body["text"]
    assert dm.body["unfurl_links"] is False and dm.body["unfurl_media"] is False


def test_an_error_through_response_url_unfurls_no_links(slack: Slack, fake_slack) -> None:
    action = {"type": "button", "action_id": "open_audit", "block_id": "x", "value": "²"}
    slack.click(action)
    (reply,) = slack.responses()
    assert "Det valet känner jag inte igen" in reply["text"]
    assert reply["unfurl_links"] is False and reply["unfurl_media"] is False


def test_an_error_after_a_long_export_unfurls_no_links(slack: Slack, fake_slack) -> None:
    """The file comes after the answer; what went wrong with it comes through response_url."""
    fake_slack.fail("files.completeUploadExternal", error="not_in_channel")
    assert slack.command("export")["text"].startswith("Jag gör i ordning")
    (note,) = slack.responses()
    assert note["text"].startswith("Jag är inte med i den här kanalen")
    assert note["unfurl_links"] is False and note["unfurl_media"] is False
