"""Two workspaces in one database never see each other's data, through every surface.

Workspace A (TEAM) has the demo data and a confidential audit of Hemligby kommun; workspace B
(OTHER_TEAM) has the same demo data under the same names. An editor in B uses every command,
presses buttons and submits modals carrying A's ids, opens App Home, and B's own bot sweeps
reminders: nothing of A's shows, nothing of A's changes, and A's ids are "not found".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from bot.cli import app as cli
from bot.core.clock import FixedClock
from bot.core.runtime import Runtime
from bot.core.settings import Settings, get_settings
from bot.demo.data import load_demo
from bot.rules.reminder_settings import ReminderSettings
from bot.scheduler import start
from ingest.schema import Action, Extraction, Recommendation, Response, ResponseRequest
from storage import channels
from storage.db import transaction
from storage.edits import Edit
from storage.loader import load_extraction
from storage.models import (
    ChangeLog,
    ImportDraft,
    ReminderDelivery,
    ReminderSnooze,
    Subscription,
)
from storage.models import (
    ResponseRequest as RequestRow,
)
from storage.names import list_audit_refs, list_organisations
from tests.conftest import OTHER_TEAM, TEAM
from tests.support.blockkit import all_text, assert_valid_blocks
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_app import EDITOR, TODAY
from tests.support.slack_requests import (
    BOT_TOKEN,
    block_action_payload,
    command_body,
    dispatch,
    event_body,
    interaction_body,
    view_submission_payload,
)

# What only workspace A stores; none of it may reach anyone in B (what B types is echoed).
SECRET = (
    "Hemligby kommun",
    "Granskning av sekretesshanteringen",
    "Sekretessmarkera alla handlingar",
    "Sekretessrutinen",
    "C0HEMLIG",
)
SECRET_REPORT = Extraction(
    source="hemlig.pdf",
    organisation="Hemligby kommun",
    title="Granskning av sekretesshanteringen",
    audit_firm="Revisionskontoret",
    report_date="2030-01-15",
    audited_bodies=["Kommunstyrelsen"],
    recommendations=[
        Recommendation(text="Sekretessmarkera alla handlingar.", addressee=["Kommunstyrelsen"])
    ],
    response_request=ResponseRequest(
        deadline=TODAY + dt.timedelta(days=5),
        deadline_text="Svar senast om fem dagar.",
        from_bodies=["Kommunstyrelsen"],
    ),
    responses=[
        Response(
            body="Socialnämnden",  # not the board asked, so the request stays open
            actions=[
                Action(
                    recommendation_index=0,
                    action="Sekretessrutinen ses över.",
                    due=TODAY + dt.timedelta(days=10),
                    due_precision="day",
                )
            ],
        )
    ],
)


def _load(session_factory, team: str, extraction: Extraction) -> int:
    digest = hashlib.sha256(f"{team}:{extraction.model_dump_json()}".encode()).hexdigest()
    with transaction(session_factory) as session:
        return load_extraction(
            session, team_id=team, extraction=extraction, sha256=digest, actor="t", today=TODAY
        ).audit_id


def _ids_of(session_factory, audit_id: int) -> dict[str, int]:
    from storage.models import Action as ActionRow
    from storage.models import Recommendation as RecommendationRow
    from storage.models import Response as ResponseRow

    with session_factory() as session:
        return {
            "audit": audit_id,
            "request": session.scalar(select(RequestRow.id).where(RequestRow.audit_id == audit_id)),
            "recommendation": session.scalar(
                select(RecommendationRow.id).where(RecommendationRow.audit_id == audit_id)
            ),
            "action": session.scalar(
                select(ActionRow.id).join(ResponseRow).where(ResponseRow.audit_id == audit_id)
            ),
        }


@pytest.fixture
def two_workspaces(session_factory: sessionmaker[Session]) -> dict[str, Any]:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY, channel_id="C0DEMOA")
        load_demo(session, team_id=OTHER_TEAM, today=TODAY, channel_id="C0DEMOB")
    secret = _load(session_factory, TEAM, SECRET_REPORT)
    with session_factory() as session:
        a_audits = [ref.id for ref in list_audit_refs(session, team_id=TEAM)]
    with transaction(session_factory) as session:
        draft = ImportDraft(
            team_id=TEAM,
            user_id=EDITOR,
            created_at=dt.datetime.now(dt.UTC),
            sha256="d" * 64,
            organisation="Hemligby kommun",
            extraction=SECRET_REPORT.to_json_dict(),
        )
        session.add(draft)
        session.flush()
        draft_id = draft.id
    return {"secret": _ids_of(session_factory, secret), "a_audits": a_audits, "draft": draft_id}


class InWorkspaceB:
    """An editor in workspace B, driving the app as Slack does."""

    def __init__(self, app, fake: FakeSlackAPI, runtime: Runtime) -> None:
        self.app, self.fake, self.runtime = app, fake, runtime

    def _dispatch(self, body: str):
        response = dispatch(self.app, body)
        assert self.runtime.listeners.join(timeout=60), "a lazy listener never finished"
        return response

    def command(self, text: str) -> dict[str, Any]:
        body = command_body(
            text, user=EDITOR, team=OTHER_TEAM, response_url=self.fake.response_url("cmd")
        )
        response = self._dispatch(body)
        assert response.status == 200, response.body
        answer = json.loads(response.body) if response.body else {}
        if answer.get("blocks"):
            assert_valid_blocks(answer["blocks"])
        return answer

    def press(self, element: dict[str, Any], *, block_id: str = "x") -> str:
        payload = block_action_payload(
            {"block_id": block_id, **element},
            user=EDITOR,
            team=OTHER_TEAM,
            response_url=self.fake.response_url("action"),
        )
        assert self._dispatch(interaction_body(payload)).status == 200
        replies = [c.body for c in self.fake.calls if c.method.startswith("response/")]
        return replies[-1]["text"] if replies else ""

    def submit(self, view: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
        payload = view_submission_payload(view, values=values, user=EDITOR, team=OTHER_TEAM)
        response = self._dispatch(interaction_body(payload))
        assert response.status == 200, response.body
        return json.loads(response.body) if response.body else {}

    def everything_sent(self) -> str:
        return json.dumps([c.body for c in self.fake.calls], ensure_ascii=False, default=repr)


@pytest.fixture
def b(app, fake_slack: FakeSlackAPI, runtime: Runtime, two_workspaces) -> InWorkspaceB:
    return InWorkspaceB(app, fake_slack, runtime)


def _shows_nothing_of_a(text: str) -> None:
    for word in SECRET:
        assert word not in text, f"{word!r} reached workspace B: {text[:500]}"


def _a_unchanged(session_factory, ids: dict[str, int]) -> None:
    """Every change from Slack is logged with its actor; none of B's editor's went through."""
    with session_factory() as session:
        changed = select(func.count(ChangeLog.id)).where(ChangeLog.actor == EDITOR)
        assert session.scalar(changed) == 0
        assert session.scalar(select(func.count(ReminderSnooze.id))) == 0
        assert session.get(RequestRow, ids["request"]).received_on is None


def test_every_command_in_b_shows_only_bs_data(b: InWorkspaceB, two_workspaces) -> None:
    secret = two_workspaces["secret"]["audit"]
    for text in (
        "granskningar",
        "frister 3650",
        "försenade",
        "öppna exempelkommun",
        "rek exempelkommun",
        "sök sekretessmarkera",
        "sök handlingar",
        "export csv",
        "export hemligby csv",
        "översikt",
    ):
        shown = b.command(text)
        _shows_nothing_of_a(json.dumps(shown, ensure_ascii=False))
    for text in (
        "visa hemligby",
        "rek hemligby",
        "öppna hemligby",
        "bevaka hemligby",
        "ordförande hemligby <@U0CHAIR>",
        "översikt hemligby",
    ):
        refused = b.command(text)
        assert refused["text"].startswith("Hittade ingen"), (text, refused["text"])
    for audit_id in (secret, *two_workspaces["a_audits"]):
        for text in (f"visa #{audit_id}", f"åtgärder #{audit_id}", f"visa {audit_id}"):
            refused = b.command(text)
            assert refused["text"].startswith("Hittade ingen granskning"), (text, refused)
    uploads = b.fake.uploads.values()
    assert uploads and all(b"Hemligby" not in data for data in uploads)
    _shows_nothing_of_a(b.everything_sent())


def test_buttons_and_modals_carrying_as_ids_find_nothing_and_change_nothing(
    b: InWorkspaceB, session_factory, two_workspaces
) -> None:
    ids = two_workspaces["secret"]
    not_found = "Hittade ingen"

    assert b.press({"type": "button", "action_id": "open_audit", "value": str(ids["audit"])})
    assert not_found in b.press(
        {"type": "button", "action_id": "mark_received", "value": str(ids["request"])}
    )
    assert b.fake.calls_to("views.open") == []
    for action_id, value in (
        ("action_status", f"{ids['action']}:done"),
        ("recommendation_status", f"{ids['recommendation']}:not_accepted"),
        ("snooze", f"{ids['request']}:7"),
    ):
        option = {"text": {"type": "plain_text", "text": "x"}, "value": value}
        shown = b.press(
            {"type": "static_select", "action_id": action_id, "selected_option": option}
        )
        assert not_found in shown or "förstod inte" in shown, (action_id, shown)
    state = json.dumps(["visa", 1, f"#{ids['audit']}"])
    for action_id in ("page_next", "share_in_channel"):
        assert not_found in b.press({"type": "button", "action_id": action_id, "value": state})
    assert b.fake.calls_to("chat.postMessage") == []

    # A's request id in a received-date modal, and A's draft in the import preview.
    received = {
        "type": "modal",
        "callback_id": "mark_received_modal",
        "private_metadata": json.dumps({"request": ids["request"], "origin": None}),
        "blocks": [{"type": "input", "block_id": "received_on", "element": {}}],
    }
    picked = {"received_on": {"date": {"type": "datepicker", "selected_date": str(TODAY)}}}
    refused = b.submit(received, picked)
    assert refused["response_action"] == "errors"
    preview = {
        "type": "modal",
        "callback_id": "import_preview_modal",
        "private_metadata": str(two_workspaces["draft"]),
        "blocks": [],
    }
    gone = b.submit(preview, {})
    assert "finns inte längre" in json.dumps(gone, ensure_ascii=False)
    closed = {
        "type": "view_closed",
        "team": {"id": OTHER_TEAM},
        "user": {"id": EDITOR},
        "api_app_id": "A0REVISOR",
        "view": {**preview, "id": "V0OPEN", "team_id": OTHER_TEAM},
        "is_cleared": False,
    }
    assert dispatch(b.app, interaction_body(closed)).status == 200
    with session_factory() as session:
        assert session.get(ImportDraft, two_workspaces["draft"]) is not None
    _a_unchanged(session_factory, ids)
    _shows_nothing_of_a(b.everything_sent())


def test_app_home_in_b_shows_bs_deadlines_and_watches_only(b: InWorkspaceB, two_workspaces) -> None:
    home = {"type": "app_home_opened", "user": EDITOR, "channel": "D0HOME", "tab": "home"}
    body = event_body(home, team=OTHER_TEAM, event_id="EvHomeB")
    assert dispatch(b.app, body, content_type="application/json").status == 200
    assert b.runtime.listeners.join(timeout=60)  # the home is drawn after the answer
    (published,) = b.fake.calls_to("views.publish")
    shown = all_text(published.view["blocks"])
    assert "Försenat (" in shown and "<#C0DEMOB>" in shown and "<#C0DEMOA>" not in shown
    _shows_nothing_of_a(shown)


# -- reminders: each workspace's own bot sweeps its own channels ----------------------------

QUIET = ReminderSettings(digest_weekday=None, milestone_days_before=())


def _due_on_sunday(organisation: str) -> Extraction:
    return Extraction(
        source=f"{organisation}.pdf",
        organisation=organisation,
        title="Granskning av lokalförsörjningen",
        recommendations=[Recommendation(text="Gör en lokalplan.", addressee=["Kommunstyrelsen"])],
        response_request=ResponseRequest(
            deadline=dt.date(2030, 3, 31), from_bodies=["Kommunstyrelsen"]
        ),
    )


def _watched(session_factory, team: str, organisation: str, channel: str) -> None:
    _load(session_factory, team, _due_on_sunday(organisation))
    with session_factory() as session:
        org_id = next(
            o.id for o in list_organisations(session, team_id=team) if o.name == organisation
        )
    with transaction(session_factory) as session:
        channels.watch(Edit(session, team, "U0W"), channel_id=channel, organisation_id=org_id)
        session.flush()
        channels.set_subscription_settings(
            Edit(session, team, "U0W"),
            channel_id=channel,
            organisation_id=org_id,
            settings=QUIET.to_json(),
        )


def _bot_of(team: str, engine, session_factory) -> tuple[FakeSlackAPI, Runtime]:
    """Workspace ``team``'s own `revisorbot run`: its token's auth.test names that team."""
    fake = FakeSlackAPI(team_id=team).start()
    settings = Settings(_env_file=None, SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_API_URL=fake.base_url)
    clock = FixedClock(dt.datetime(2030, 3, 29, 8, 5, tzinfo=settings.tz))
    return fake, Runtime(settings, engine, session_factory, clock)


def _sweep_by(fake: FakeSlackAPI, runtime: Runtime, expected: int) -> list[str]:
    scheduler = start(runtime, app=None)
    try:
        deadline = time.monotonic() + 120
        while len(fake.calls_to("chat.postMessage")) < expected and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # anything more would come now
    finally:
        scheduler.shutdown(wait=True)
        fake.stop()
    return [c.body["channel"] for c in fake.calls_to("chat.postMessage")]


def test_each_workspaces_bot_reminds_its_own_channels_only(engine, session_factory) -> None:
    _watched(session_factory, TEAM, "Hemligby kommun", "C0HEMLIG")
    _watched(session_factory, OTHER_TEAM, "Öppenby kommun", "C0OPPEN")

    fake_b, bot_b = _bot_of(OTHER_TEAM, engine, session_factory)
    assert _sweep_by(fake_b, bot_b, expected=1) == ["C0OPPEN"]
    _shows_nothing_of_a(json.dumps([c.body for c in fake_b.calls], ensure_ascii=False))
    with session_factory() as session:
        assert session.scalars(select(Subscription.paused_at)).all() == [None, None]
        assert session.scalars(select(ReminderDelivery.team_id)).all() == [OTHER_TEAM]

    fake_a, bot_a = _bot_of(TEAM, engine, session_factory)
    assert _sweep_by(fake_a, bot_a, expected=1) == ["C0HEMLIG"]
    with session_factory() as session:
        sent = session.scalars(select(ReminderDelivery).order_by(ReminderDelivery.id)).all()
    assert [(r.team_id, r.channel_id) for r in sent] == [
        (OTHER_TEAM, "C0OPPEN"),
        (TEAM, "C0HEMLIG"),
    ]


def test_run_once_sweeps_the_tokens_workspace_and_a_dry_run_names_the_team(
    engine, session_factory, monkeypatch, tmp_path
) -> None:
    _watched(session_factory, TEAM, "Hemligby kommun", "C0HEMLIG")
    _watched(session_factory, OTHER_TEAM, "Öppenby kommun", "C0OPPEN")
    fake = FakeSlackAPI(team_id=OTHER_TEAM).start()
    monkeypatch.chdir(tmp_path)
    for name, value in {
        "DATABASE_URL": engine.url.render_as_string(hide_password=False),
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_API_URL": fake.base_url,
        "REVISORBOT_LANGUAGE": "sv",
    }.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    try:
        runner = CliRunner()
        at = ["reminders", "run-once", "--at", "2030-03-29T08:05"]
        dry = runner.invoke(cli, [*at, "--dry-run", "--team", TEAM])
        assert dry.exit_code == 0, dry.output
        assert "C0HEMLIG" in dry.output and "C0OPPEN" not in dry.output
        sent = runner.invoke(cli, at)
        assert sent.exit_code == 0, sent.output
        assert "Skickade: 1." in sent.output
    finally:
        get_settings.cache_clear()
        fake.stop()
    assert [c.body["channel"] for c in fake.calls_to("chat.postMessage")] == ["C0OPPEN"]
