"""The Slack surfaces: signatures, help, deadlines, paging, sharing, escaping, App Home, errors."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.app import asgi_app, build_app
from bot.blocks.state import ViewState
from bot.core.clock import FixedClock
from bot.core.locales import en, sv
from bot.core.runtime import Runtime
from bot.demo.data import DEMO_CHANNEL, load_demo
from ingest.schema import Extraction, Question, Recommendation
from storage import milestones
from storage.db import make_engine, make_session_factory, transaction
from storage.edits import Edit
from storage.names import list_organisations
from tests.conftest import TEAM
from tests.support.blockkit import all_text, assert_valid_view
from tests.support.slack_app import EDITOR, NOW, TODAY, Slack, load, make_settings
from tests.support.slack_requests import SIGNING_SECRET, command_body, dispatch, signed_headers


@pytest.fixture
def demo(session_factory: sessionmaker[Session]) -> sessionmaker[Session]:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    return session_factory


def test_forged_and_stale_signatures_are_refused(slack: Slack) -> None:
    body = command_body("hjälp")
    forged = signed_headers(body, secret="not-the-secret")
    stale = signed_headers(body, timestamp=int(time.time()) - 6 * 60)
    assert dispatch(slack.app, body, forged).status == 401
    assert dispatch(slack.app, body, stale).status == 401
    assert dispatch(slack.app, body, signed_headers(body, secret=SIGNING_SECRET)).status == 200


def test_empty_command_and_hjalp_explain_every_sub_command(slack: Slack) -> None:
    for text in ("", "hjälp", "help"):
        shown = all_text(slack.command(text)["blocks"])
        for name in (
            "frister",
            "försenade",
            "granskningar",
            "visa",
            "rek",
            "öppna",
            "sök",
            "åtgärder",
            "historik",
            "årshjul",
            "bevaka",
            "sluta-bevaka",
            "importera",
            "export",
            "översikt",
            "ordförande",
        ):
            assert f"`/revision {name}" in shown, name
        assert shown.count("Exempel:") >= 10


def test_frister_lists_what_is_due_nearest_first(slack: Slack, demo) -> None:
    text = all_text(slack.command("frister")["blocks"])
    due = [
        "tis 19 mars 2030, om 6 dagar",
        "mån 25 mars 2030, om 12 dagar",
        "tis 2 april 2030, om 20 dagar",
        "sön 7 april 2030, om 25 dagar",
    ]
    positions = [text.index(d) for d in due]
    assert positions == sorted(positions)
    assert "Yttrande från *Kommunstyrelsen*" in text
    week = all_text(slack.command("frister 7")["blocks"])
    assert "om 6 dagar" in week and "om 12 dagar" not in week
    assert "inget antal dagar" in slack.command("frister många")["text"]


def test_lists_name_every_board_in_full_not_as_its_plan_abbreviated_it(slack: Slack, demo) -> None:
    """The demo's actions were printed "KS", "BUN", "HSN" in their plans; beside responses
    from "Kommunstyrelsen" the lists name each board one way, in full."""
    text = all_text(slack.command("frister")["blocks"]) + all_text(
        slack.command("försenade")["blocks"]
    )
    assert "Yttrande från *Kommunstyrelsen*" in text
    assert "_Kommunstyrelsen — " in text and "_Barn- och utbildningsnämnden — " in text
    for abbreviation in ("KS", "BUN", "HSN", "RS"):
        assert f"_{abbreviation} — " not in text


def test_forsenade_lists_what_has_passed(slack: Slack, demo) -> None:
    text = all_text(slack.command("försenade")["blocks"])
    assert "fre 8 mars 2030, för 5 dagar sedan" in text
    assert "Yttrande från *Tekniska nämnden*" in text


def _long_audit(session_factory) -> None:
    extraction = Extraction(
        source="lang.pdf",
        organisation="Långby kommun",
        title="Granskning med väldigt många rekommendationer",
        audit_firm="Revisionskontoret",
        report_date="2030-01-15",
        audited_bodies=["Kommunstyrelsen"],
        questions=[Question(text=f"Fråga {n}?", assessment="Delvis") for n in range(30)],
        recommendations=[
            Recommendation(
                text=f"Rekommendation nummer {n} om rutiner.", addressee=["Kommunstyrelsen"]
            )
            for n in range(1, 201)
        ],
    )
    load(session_factory, extraction, "long")


def test_two_hundred_recommendations_page_with_next_and_previous(
    slack: Slack, session_factory
) -> None:
    _long_audit(session_factory)
    answer = slack.command("visa långby", user=EDITOR)
    pages = [answer["blocks"]]

    def buttons(blocks: list[dict]) -> dict[str, dict]:
        """The page's own buttons (an editor also sees an edit menu beside each item)."""
        return {
            e["action_id"]: e
            for b in blocks
            if b["type"] == "actions"
            for e in b["elements"]
            if e["action_id"] != "edit_menu"
        }

    while "page_next" in buttons(pages[-1]):
        slack.click(buttons(pages[-1])["page_next"] | {"block_id": "nav"}, user=EDITOR)
        reply = slack.responses()[-1]
        assert reply["replace_original"] is True
        pages.append(reply["blocks"])

    assert len(pages) >= 5
    assert all(len(blocks) <= 50 for blocks in pages)
    assert "page_previous" not in buttons(pages[0])
    assert set(buttons(pages[-1])) == {"page_previous", "share_in_channel"}
    everything = "\n".join(all_text(blocks) for blocks in pages)
    assert all(f"Rekommendation nummer {n} om" in everything for n in (1, 100, 200))
    assert f"Sida {len(pages)} av {len(pages)}" in all_text(pages[-1])

    slack.click(buttons(pages[-1])["page_previous"] | {"block_id": "nav"}, user=EDITOR)
    assert slack.responses()[-1]["blocks"] == pages[-2]


def test_stored_mentions_are_shown_never_executed(
    slack: Slack, fake_slack, session_factory
) -> None:
    load(
        session_factory,
        Extraction(
            source="ping.txt",
            organisation="Pingby <kommun>",
            title="Kontroll & <!here> uppföljning",
            recommendations=[
                Recommendation(
                    text="<!channel> Säkerställ rutiner & <@U0BOSS> följ upp",
                    addressee=["Kommunstyrelsen"],
                )
            ],
        ),
        "ping",
    )
    answer = slack.command("visa pingby", user=EDITOR)
    slack.click(
        next(
            e
            for b in answer["blocks"]
            if b["type"] == "actions"
            for e in b["elements"]
            if e["action_id"] == "share_in_channel"
        )
        | {"block_id": "nav"},
        user=EDITOR,
    )
    posted = fake_slack.calls_to("chat.postMessage")[-1]
    for blocks in (answer["blocks"], posted.blocks):
        mrkdwn = [t for t in _mrkdwn_texts(blocks)]
        joined = "\n".join(mrkdwn)
        assert "&lt;!channel&gt; Säkerställ rutiner &amp; &lt;@U0BOSS&gt;" in joined
        assert "<!channel>" not in joined and "<!here>" not in joined and "<@U0BOSS>" not in joined
    assert "<!here>" not in answer["text"] and "<!here>" not in posted.body["text"]


def _mrkdwn_texts(node) -> list[str]:
    if isinstance(node, dict):
        if node.get("type") == "mrkdwn":
            return [node["text"]]
        return [t for value in node.values() for t in _mrkdwn_texts(value)]
    if isinstance(node, list):
        return [t for item in node for t in _mrkdwn_texts(item)]
    return []


def test_dela_i_kanalen_posts_the_same_answer_attributed(slack: Slack, fake_slack, demo) -> None:
    answer = slack.command("försenade")
    share = next(
        e
        for b in answer["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "share_in_channel"
    )
    slack.click(share | {"block_id": "nav"})
    posted = fake_slack.calls_to("chat.postMessage")[-1]
    assert posted.body["channel"] == "C0TEAM"
    shown = all_text(posted.blocks)
    assert "Delat av <@U0READER>" in shown
    assert all_text(answer["blocks"]).split("\nDela i kanalen")[0] in shown
    assert not [b for b in posted.blocks if b["type"] == "actions"]


def test_sharing_where_the_bot_is_not_a_member_says_so(slack: Slack, fake_slack, demo) -> None:
    fake_slack.fail("chat.postMessage", error="not_in_channel")
    answer = slack.command("försenade")
    share = next(
        e
        for b in answer["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "share_in_channel"
    )
    slack.click(share | {"block_id": "nav"})
    assert "/invite @Revisorbot" in slack.responses()[-1]["text"]


def test_app_home_shows_overdue_upcoming_and_watched(slack: Slack, fake_slack, demo) -> None:
    slack.event(
        {"type": "app_home_opened", "user": EDITOR, "channel": "D0HOME", "tab": "home"},
        event_id="EvHome1",
    )
    published = fake_slack.calls_to("views.publish")[-1]
    assert published.body["user_id"] == EDITOR
    view = published.view
    assert_valid_view(view)
    text = all_text(view["blocks"])
    assert "Försenat (" in text and "De närmaste 30 dagarna" in text
    assert f"Exempelkommun → <#{DEMO_CHANNEL}>" in text
    assert "Importera rapport" in text

    # A change made in App Home redraws App Home.
    block = next(
        b for b in view["blocks"] if b.get("accessory", {}).get("action_id") == "mark_received"
    )
    slack.click(block["accessory"] | {"block_id": block["block_id"]}, user=EDITOR, view=view)
    opened = fake_slack.calls_to("views.open")[-1].view
    slack.submit(
        opened,
        {"received_on": {"date": {"type": "datepicker", "selected_date": TODAY.isoformat()}}},
        user=EDITOR,
    )
    assert len(fake_slack.calls_to("views.publish")) == 2


def test_a_retried_event_is_handled_once(slack: Slack, fake_slack, demo) -> None:
    event = {"type": "app_home_opened", "user": EDITOR, "channel": "D0HOME", "tab": "home"}
    slack.event(event, event_id="EvOnce")
    assert slack.event(event, event_id="EvOnce", retry_num=1).status == 200
    assert len(fake_slack.calls_to("views.publish")) == 1


def test_language_falls_back_to_revisorbot_language(
    fake_slack, engine, session_factory, demo
) -> None:
    fake_slack.fail("users.info", error="missing_scope")
    settings = make_settings(fake_slack, REVISORBOT_LANGUAGE="en")
    app = build_app(Runtime(settings, engine, session_factory, FixedClock(NOW)))
    reply = json.loads(dispatch(app, command_body("frister")).body)
    assert "Due in the next 30 days" in all_text(reply["blocks"])


def test_a_database_that_is_down_gets_a_clear_answer(fake_slack, tmp_path) -> None:
    broken = make_engine(f"sqlite:///{tmp_path}/missing/dir/revisorbot.sqlite3")
    settings = make_settings(fake_slack)
    app = build_app(Runtime(settings, broken, make_session_factory(broken), FixedClock(NOW)))
    response = dispatch(app, command_body("frister"))
    reply = json.loads(response.body)
    assert response.status == 200 and reply["response_type"] == "ephemeral"
    assert "Databasen svarar inte" in reply["text"] and "fel-id" in reply["text"]


def test_both_catalogues_have_the_same_keys() -> None:
    assert set(sv.MESSAGES) == set(en.MESSAGES)


def test_http_server_serves_events_and_health(runtime: Runtime, slack: Slack) -> None:
    server = asgi_app(slack.app, runtime)

    async def exchange() -> tuple[httpx.Response, httpx.Response, httpx.Response]:
        transport = httpx.ASGITransport(app=server)
        async with httpx.AsyncClient(transport=transport, base_url="http://bot") as client:
            body = command_body("hjälp")
            events = await client.post("/slack/events", content=body, headers=signed_headers(body))
            return events, await client.get("/healthz"), await client.get("/elsewhere")

    events, health, other = asyncio.run(exchange())
    assert events.status_code == 200 and events.json()["text"] == "Revisorbot – hjälp"
    assert health.status_code == 200 and health.json() == {"status": "ok", "database": "ok"}
    assert other.status_code == 404


def test_arshjul_shows_the_auditors_year_ahead_with_the_teams_own_dates(slack: Slack, demo) -> None:
    shown = all_text(slack.command("årshjul exempel")["blocks"])
    assert shown.startswith("Årshjulet – Exempelkommun")
    expected = [
        ("mån 15 april 2030, om 33 dagar", "årsredovisningen för 2029 lämnas till revisorerna"),
        ("sön 30 juni 2030", "revisionsberättelsen för 2029"),
        ("tors 31 oktober 2030", "delårsrapporten per 31 augusti 2030 når revisorerna"),
        ("lör 30 november 2030", "bedömning av delårsrapporten 2030"),
        ("fre 31 januari 2031", "revisionsplanen för 2031 antas"),
    ]
    positions = [shown.index(when) for when, _ in expected]
    assert positions == sorted(positions)
    for when, what in expected:
        assert shown.index(what) > shown.index(when)
    assert "revisorbot milestones" in shown

    with transaction(demo) as session:
        organisation = next(
            o for o in list_organisations(session, team_id=TEAM) if o.name == "Exempelkommun"
        )
        milestones.set_milestone(
            Edit(session, TEAM, "cli:test"),
            organisation_id=organisation.id,
            kind="annual_report",
            month=3,
            day=31,
            label=None,
            enabled=True,
        )
        milestones.set_milestone(
            Edit(session, TEAM, "cli:test"),
            organisation_id=organisation.id,
            kind="budget_dialog",
            month=9,
            day=15,
            label="Budgetdialog med kommunstyrelsen",
            enabled=True,
        )
    moved = all_text(slack.command("year exempelkommun")["blocks"])
    assert "sön 31 mars 2030, om 18 dagar" in moved
    assert "15 april 2030" not in moved
    assert moved.index("sön 15 september 2030") < moved.index("Budgetdialog med kommunstyrelsen")
    typo = all_text(slack.command("årshjul exmpelkomun")["blocks"])
    assert typo.startswith("Årshjulet – Exempelkommun")
    assert slack.command("årshjul atlantis")["text"].startswith("Hittade ingen")
    assert slack.command("årshjul")["text"].startswith("Skriv vilken organisation")


def test_a_mistyped_sub_command_is_suggested_in_the_readers_language(
    slack: Slack, fake_slack
) -> None:
    fake_slack.user_locales["U0ENGLISH"] = "en-GB"
    english = slack.command("dedlines", user="U0ENGLISH")["text"]
    assert english == "There is no command “dedlines”. Did you mean *deadlines*?"
    swedish = slack.command("fristr")["text"]
    assert swedish.startswith("Kommandot ”fristr” finns inte. Menade du *frister*")


def test_text_slack_escaped_is_read_as_typed(slack: Slack, demo) -> None:
    """The manifest has Slack escape &, < and > (so mentions come as <@U…|name>)."""
    escaped = all_text(slack.command("visa exempelkommun krisberedskap &amp; &lt;x&gt;")["blocks"])
    plain = all_text(slack.command("visa exempelkommun krisberedskap & <x>")["blocks"])
    assert escaped == plain and "krisberedskap" in plain.casefold()


def test_an_upload_without_the_files_write_scope_says_what_is_missing(
    slack: Slack, fake_slack, demo
) -> None:
    def refuse(call):
        return 200, {}, {"ok": False, "error": "missing_scope", "needed": "files:write"}

    fake_slack.script("files.getUploadURLExternal", refuse)
    slack.command("export exempel")
    (note,) = [c.body["text"] for c in fake_slack.calls if c.method == "response/cmd"]
    assert note.startswith("Appen saknar en behörighet i Slack (files:write).")


def test_a_response_url_slack_refuses_is_logged_not_lost(slack: Slack, fake_slack, caplog) -> None:
    """A page turned after the response_url expired: Slack answers 404, the log says so."""
    import logging

    fake_slack.script(
        "response/action", lambda call: (404, {}, {"ok": False, "error": "expired_url"})
    )
    state = ViewState("frister", "", 2).encode()
    with caplog.at_level(logging.WARNING, logger="handlers.replies"):
        slack.click({"type": "button", "action_id": "page_next", "block_id": "nav", "value": state})
    assert "response_url refused a message (404)" in caplog.text


def test_a_query_full_of_quote_marks_still_gives_valid_block_ids(slack: Slack, demo) -> None:
    """Quote marks double when the query is carried in block ids: they stay within 255."""
    answer = slack.command("visa exempelkommun krisberedskap " + '"' * 170, user=EDITOR)
    assert "krisberedskap" in all_text(answer["blocks"]).casefold()
    assert max(len(b.get("block_id", "")) for b in answer["blocks"]) <= 255
