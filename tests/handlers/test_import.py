"""Importing from Slack: the modal, a shared file, the preview, Spara, Avbryt and re-imports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from storage import history
from storage.models import Audit, ImportDraft
from tests.conftest import TEAM
from tests.support.blockkit import all_text
from tests.support.slack_app import EDITOR, READER, Slack
from tests.support.slack_import import file_values, open_import_modal, serve_file, updated_view
from tests.support.slack_requests import dispatch, interaction_body

KNIVSTA = "003_3d467266c3c08858"


def _audits(session_factory) -> int:
    with session_factory() as session:
        return session.scalar(select(func.count()).select_from(Audit))


@pytest.mark.corpus
def test_a_report_file_is_previewed_then_saved_once(
    slack: Slack, fake_slack, session_factory, corpus: Path
) -> None:
    expected = json.loads((corpus / "expected" / f"{KNIVSTA}.json").read_text(encoding="utf-8"))
    serve_file(
        fake_slack, "F0KNIV", "knivsta.txt", (corpus / "reports" / f"{KNIVSTA}.txt").read_bytes()
    )
    modal = open_import_modal(slack, fake_slack)

    reply = slack.submit(modal, file_values("F0KNIV"), user=EDITOR)
    assert reply["response_action"] == "update"
    assert "Läser dokumentet" in all_text(reply["view"]["blocks"])
    preview = updated_view(fake_slack)
    text = all_text(preview["blocks"])
    assert expected["title"] in text and "Knivsta kommun" in text
    assert "6 rekommendationer" in text
    assert preview["submit"]["text"] == "Spara" and preview["close"]["text"] == "Avbryt"
    assert _audits(session_factory) == 0

    saved = slack.submit(preview, {}, user=EDITOR)
    assert saved["response_action"] == "update"
    assert "Sparat" in all_text(saved["view"]["blocks"])
    assert _audits(session_factory) == 1
    with session_factory() as session:
        change = history.changes(session, team_id=TEAM, entity="audit")[0]
    assert (change.actor, change.field) == (EDITOR, "import")

    # The same file again: a preview, and Spara says it is already there.
    modal = open_import_modal(slack, fake_slack)
    slack.submit(modal, file_values("F0KNIV"), user=EDITOR)
    again = slack.submit(updated_view(fake_slack, 2), {}, user=EDITOR)
    assert "redan importerat" in all_text(again["view"]["blocks"])
    assert _audits(session_factory) == 1


def _paste(slack: Slack, fake_slack, text: str) -> dict:
    """The preview of ``text`` pasted into the import modal."""
    modal = open_import_modal(slack, fake_slack)
    values = file_values("unused")
    values["file"]["value"]["files"] = []
    values["text"]["value"]["value"] = text
    slack.submit(modal, values, user=EDITOR)
    return updated_view(fake_slack)


def test_pasted_text_without_an_organisation_asks_for_one(
    slack: Slack, fake_slack, session_factory
) -> None:
    preview = _paste(slack, fake_slack, "Vi rekommenderar kommunstyrelsen att ordna arkivet.")
    assert ", 1 rekommendation och " in all_text(preview["blocks"])
    inputs = [b["block_id"] for b in preview["blocks"] if b["type"] == "input"]
    assert inputs == ["organisation"]

    refused = slack.submit(preview, {"organisation": {"value": {"value": None}}}, user=EDITOR)
    assert refused["response_action"] == "errors" and "organisation" in refused["errors"]
    saved = slack.submit(
        preview,
        {"organisation": {"value": {"type": "plain_text_input", "value": "Provby kommun"}}},
        user=EDITOR,
    )
    assert "Sparat" in all_text(saved["view"]["blocks"])
    assert _audits(session_factory) == 1


def test_a_text_with_nothing_to_keep_is_refused_and_never_saved_as_an_empty_audit(
    slack: Slack, fake_slack, session_factory
) -> None:
    preview = _paste(slack, fake_slack, "Mjölk\nÄgg\nSmör\nKaffe")
    assert "Är det rätt dokument?" in all_text(preview["blocks"])

    refused = slack.submit(
        preview,
        {"organisation": {"value": {"type": "plain_text_input", "value": "Knivsta kommun"}}},
        user=EDITOR,
    )
    assert refused["response_action"] == "errors"
    assert "inget sparat" in refused["errors"]["organisation"]
    assert _audits(session_factory) == 0
    with session_factory() as session:
        # The refused preview is forgotten: nothing waits for a decision any more.
        assert session.scalar(select(func.count()).select_from(ImportDraft)) == 0


def test_an_empty_import_modal_says_what_is_missing(slack: Slack, fake_slack) -> None:
    modal = open_import_modal(slack, fake_slack)
    values = file_values("unused")
    values["file"]["value"]["files"] = []
    reply = slack.submit(modal, values, user=EDITOR)
    assert reply["response_action"] == "errors"
    assert "klistra in text" in reply["errors"]["file"]


def test_a_broken_pdf_is_explained_in_the_modal(slack: Slack, fake_slack) -> None:
    serve_file(fake_slack, "F0BAD", "trasig.pdf", b"%PDF-1.4\nnot really a pdf\n")
    slack.submit(open_import_modal(slack, fake_slack), file_values("F0BAD"), user=EDITOR)
    problem = updated_view(fake_slack)
    assert "trasig.pdf" in all_text(problem["blocks"])
    assert "submit" not in problem


def test_readers_cannot_import(slack: Slack, fake_slack) -> None:
    refused = slack.command("importera", user=READER)
    assert "REVISORBOT_EDITORS" in refused["text"]
    assert fake_slack.calls_to("views.open") == []


def test_a_file_shared_in_a_channel_is_offered_to_the_editor_who_shared_it(
    slack: Slack, fake_slack, session_factory
) -> None:
    data = "Granskning av Provby kommuns arkiv. Vi rekommenderar kommunstyrelsen att ordna arkivet."
    serve_file(fake_slack, "F0TXT", "arkiv.txt", data.encode())
    serve_file(fake_slack, "F0PNG", "bild.png", b"\x89PNG")

    def shared(file_id: str, user: str, event_id: str) -> None:
        event = {
            "type": "file_shared",
            "file_id": file_id,
            "user_id": user,
            "file": {"id": file_id},
            "channel_id": "C0TEAM",
            "event_ts": "1.2",
        }
        assert slack.event(event, event_id=event_id).status == 200

    shared("F0TXT", READER, "EvF1")
    shared("F0PNG", EDITOR, "EvF2")
    assert fake_slack.calls_to("chat.postEphemeral") == []
    shared("F0TXT", EDITOR, "EvF3")
    offer = fake_slack.calls_to("chat.postEphemeral")[-1]
    assert offer.body["user"] == EDITOR and offer.body["channel"] == "C0TEAM"
    assert "arkiv.txt" in all_text(offer.blocks)

    button = offer.blocks[0]["accessory"]
    slack.click(button | {"block_id": "offer"}, user=EDITOR)
    preview = updated_view(fake_slack)
    assert fake_slack.calls_to("views.open")[-1].view["callback_id"] == "import_done_modal"
    assert preview["callback_id"] == "import_preview_modal"

    # Avbryt drops the preview.
    closed = {
        "type": "view_closed",
        "team": {"id": TEAM},
        "user": {"id": EDITOR},
        "api_app_id": "A0REVISOR",
        "view": {**preview, "id": "V0OPEN", "team_id": TEAM},
        "is_cleared": False,
    }
    assert dispatch(slack.app, interaction_body(closed)).status == 200
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(ImportDraft)) == 0
    assert _audits(session_factory) == 0


def test_a_forged_view_closed_cannot_drop_another_users_preview(
    slack: Slack, fake_slack, session_factory
) -> None:
    modal = open_import_modal(slack, fake_slack)
    values = file_values("unused")
    values["file"]["value"]["files"] = []
    values["text"]["value"]["value"] = (
        "Granskning av Provby kommuns arkiv. Vi rekommenderar kommunstyrelsen att ordna arkivet."
    )
    values["organisation"]["value"]["value"] = "Provby kommun"
    slack.submit(modal, values, user=EDITOR)
    preview = updated_view(fake_slack)

    # A reader replays the editor's preview as closed: the draft is not theirs to drop.
    forged = {
        "type": "view_closed",
        "team": {"id": TEAM},
        "user": {"id": READER},
        "api_app_id": "A0REVISOR",
        "view": {**preview, "id": "V0OPEN", "team_id": TEAM},
        "is_cleared": False,
    }
    assert dispatch(slack.app, interaction_body(forged)).status == 200
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(ImportDraft)) == 1

    saved = slack.submit(preview, {}, user=EDITOR)
    assert "Sparat" in all_text(saved["view"]["blocks"])
    assert _audits(session_factory) == 1
