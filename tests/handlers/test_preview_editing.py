"""An import preview is corrected before it is saved: warnings first, a menu beside each of 30
recommendations, forms pushed over it; Spara saves what it shows, Avbryt leaves nothing."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from storage import history
from storage.models import Audit, ChangeLog, ImportDraft, Recommendation
from tests.conftest import TEAM
from tests.support.blockkit import all_text, assert_valid_view
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_app import EDITOR, GROUP_MEMBER, READER, Slack
from tests.support.slack_requests import dispatch, interaction_body

# A report written for these tests: no title page, thirty recommendations, and a response
# asked for by a week number, which the importer will not turn into a date.
ITEMS = "\n".join(f"- se över rutin nummer {n} för arkivet" for n in range(1, 31))
REPORT = f"""Revisionsrapport 2025
Provby kommun

1. Bakgrund
De förtroendevalda revisorerna i Provby kommun har beslutat att genomföra en granskning av \
kommunens hantering av allmänna handlingar, t ex diarieföring och arkiv.

2. Syfte
Syftet med granskningen är att bedöma om kommunstyrelsen säkerställer en ändamålsenlig \
hantering av allmänna handlingar.

3. Rekommendationer
Utifrån granskningen rekommenderar vi kommunstyrelsen att:
{ITEMS}

Missiv
Revisorerna önskar svar från kommunstyrelsen senast vecka 22.
"""
DERIVED = "Granskning av kommunens hantering av allmänna handlingar"


def _views(fake: FakeSlackAPI, method: str, count: int) -> dict[str, Any]:
    """The ``count``-th view sent with ``method`` (a lazy listener may still be at work)."""
    deadline = time.monotonic() + 120
    while len(fake.calls_to(method)) < count:
        assert time.monotonic() < deadline, f"no {method} number {count}"
        time.sleep(0.05)
    call = fake.calls_to(method)[count - 1]
    return {"id": call.body.get("view_id", "V0PUSH"), **call.view}


def _preview(slack: Slack, fake: FakeSlackAPI, text: str = REPORT) -> dict[str, Any]:
    assert slack.command("importera", user=EDITOR) == {}
    modal = fake.calls_to("views.open")[-1].view
    values = {
        "file": {"value": {"type": "file_input", "files": []}},
        "text": {"value": {"type": "plain_text_input", "value": text}},
        "organisation": {"value": {"type": "plain_text_input", "value": None}},
    }
    slack.submit(modal, values, user=EDITOR)
    return _views(fake, "views.update", len(fake.calls_to("views.update")) or 1)


def _latest_preview(fake: FakeSlackAPI) -> dict[str, Any]:
    return _views(fake, "views.update", len(fake.calls_to("views.update")))


def _menu(preview: dict[str, Any], n: int, verb: str) -> dict[str, Any]:
    """Recommendation ``n`` (from 1)'s menu option ``verb``, chosen."""
    block = next(b for b in preview["blocks"] if b.get("block_id") == f"prev_rec{n - 1}")
    option = next(o for o in block["accessory"]["options"] if o["value"].startswith(verb))
    return {
        "type": "overflow",
        "action_id": "preview_menu",
        "block_id": block["block_id"],
        "selected_option": option,
    }


def _button(preview: dict[str, Any], action_id: str) -> dict[str, Any]:
    block = next(b for b in preview["blocks"] if b.get("block_id") == "preview_buttons")
    button = next(e for e in block["elements"] if e["action_id"] == action_id)
    return button | {"block_id": block["block_id"]}


def _recommendation_lines(preview: dict[str, Any]) -> list[str]:
    return [
        b["text"]["text"]
        for b in preview["blocks"]
        if str(b.get("block_id", "")).startswith("prev_rec")
    ]


def _text(value: str | None) -> dict[str, Any]:
    return {"value": {"type": "plain_text_input", "value": value}}


def _choices(*names: str) -> dict[str, Any]:
    return {
        "value": {
            "type": "multi_static_select",
            "selected_options": [
                {"value": n, "text": {"type": "plain_text", "text": n}} for n in names
            ],
        }
    }


def _date(day: str | None) -> dict[str, Any]:
    return {"value": {"type": "datepicker", "selected_date": day}}


def _count(session_factory, model) -> int:
    with session_factory() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _draft(session_factory) -> dict[str, Any]:
    with session_factory() as session:
        return session.scalars(select(ImportDraft)).one().extraction


def test_a_report_with_thirty_recommendations_is_corrected_in_the_preview_and_saved_as_shown(
    slack: Slack, fake_slack: FakeSlackAPI, session_factory
) -> None:
    preview = _preview(slack, fake_slack)
    blocks = preview["blocks"]
    assert blocks[0]["text"]["text"] == DERIVED
    assert "Svarsdatumet ”senast vecka 22” kunde inte tolkas som ett datum." in all_text(
        blocks[1:2]
    )
    assert "ingen tryckt titel" in all_text(blocks)
    assert len(_recommendation_lines(preview)) == 30

    # Recommendation 17: its text and addressees, in a form pushed over the preview.
    slack.click(_menu(preview, 17, "edit"), user=EDITOR, view=preview)
    form = _views(fake_slack, "views.push", 1)
    assert form["blocks"][0]["element"]["initial_value"] == "se över rutin nummer 17 för arkivet"
    assert (
        slack.submit(
            form,
            {
                "text": _text("Se över rutinerna för gallring av e-post"),
                "addressees": _choices("Kommunstyrelsen"),
                "other_addressees": _text("berörda nämnder"),
            },
            user=EDITOR,
        )
        == {}
    )
    preview = _latest_preview(fake_slack)
    assert _recommendation_lines(preview)[16] == (
        "17. Se över rutinerna för gallring av e-post — _Kommunstyrelsen, berörda nämnder_"
    )

    # Number 3 was no recommendation at all; one the importer missed is added.
    slack.click(_menu(preview, 3, "remove"), user=EDITOR, view=preview)
    preview = _latest_preview(fake_slack)
    assert len(_recommendation_lines(preview)) == 29
    assert "nummer 3 för" not in all_text(preview["blocks"])
    slack.click(_button(preview, "preview_add"), user=EDITOR, view=preview)
    slack.submit(
        _views(fake_slack, "views.push", 2),
        {"text": _text("Inför ett e-arkiv"), "addressees": _choices("Kommunstyrelsen")},
        user=EDITOR,
    )
    preview = _latest_preview(fake_slack)
    assert _recommendation_lines(preview)[-1] == "30. Inför ett e-arkiv — _Kommunstyrelsen_"

    # Title, year and firm.
    slack.click(_button(preview, "preview_facts"), user=EDITOR, view=preview)
    facts = _views(fake_slack, "views.push", 3)
    assert facts["blocks"][0]["element"]["initial_value"] == DERIVED
    slack.submit(
        facts,
        {
            "title": _text("Hantering av allmänna handlingar"),
            "year": _text("2025"),
            "firm": _text("Revisionskontoret"),
            "organisation": _text("Provby kommun"),
        },
        user=EDITOR,
    )
    preview = _latest_preview(fake_slack)
    assert preview["blocks"][0]["text"]["text"] == "Hantering av allmänna handlingar"

    # Spara without a deadline: said over the preview, which stays; nothing is saved.
    refused = slack.submit(preview, {}, user=EDITOR)
    assert refused["response_action"] == "push"
    assert_valid_view(refused["view"])
    assert "Ange sista svarsdatum" in all_text(refused["view"]["blocks"])
    assert _count(session_factory, Audit) == 0

    slack.click(_button(preview, "preview_request"), user=EDITOR, view=preview)
    request = _views(fake_slack, "views.push", 4)
    slack.submit(
        request,
        {
            "deadline": _date("2030-05-31"),
            "boards": _choices("Kommunstyrelsen"),
            "other_boards": _text(None),
        },
        user=EDITOR,
    )
    preview = _latest_preview(fake_slack)
    assert "senast fre 31 maj 2030" in all_text(preview["blocks"])
    shown = [line.split(". ", 1)[1].split(" — ")[0] for line in _recommendation_lines(preview)]

    saved = slack.submit(preview, {}, user=EDITOR)
    assert_valid_view(saved["view"])
    assert "Sparat" in all_text(saved["view"]["blocks"])
    with session_factory() as session:
        audit = session.scalars(select(Audit)).one()
        assert (audit.title, audit.audit_year, audit.audit_firm) == (
            "Hantering av allmänna handlingar",
            2025,
            "Revisionskontoret",
        )
        assert [r.text for r in audit.recommendations] == shown
        assert [a.label for a in audit.recommendations[15].addressees] == [
            "Kommunstyrelsen",
            "berörda nämnder",
        ]
        assert [(r.body.name, r.deadline.isoformat()) for r in audit.response_requests] == [
            ("Kommunstyrelsen", "2030-05-31")
        ]
        change = history.changes(session, team_id=TEAM, entity="audit")[0]
    assert (change.actor, change.field) == (EDITOR, "import")
    assert _count(session_factory, ImportDraft) == 0


def test_avbryt_after_corrections_leaves_nothing_behind(
    slack: Slack, fake_slack: FakeSlackAPI, session_factory
) -> None:
    preview = _preview(slack, fake_slack)
    slack.click(_menu(preview, 1, "remove"), user=EDITOR, view=preview)
    preview = _latest_preview(fake_slack)
    closed = {
        "type": "view_closed",
        "team": {"id": TEAM},
        "user": {"id": EDITOR},
        "api_app_id": "A0REVISOR",
        "view": {**preview, "team_id": TEAM},
        "is_cleared": False,
    }
    assert dispatch(slack.app, interaction_body(closed)).status == 200
    for model in (ImportDraft, Audit, Recommendation, ChangeLog):
        assert _count(session_factory, model) == 0, model


def test_a_reader_and_another_editor_cannot_change_someones_preview(
    slack: Slack, fake_slack: FakeSlackAPI, session_factory
) -> None:
    preview = _preview(slack, fake_slack)
    before = _draft(session_factory)

    slack.click(_menu(preview, 1, "remove"), user=READER, view=preview)
    slack.click(_menu(preview, 2, "edit"), user=READER, view=preview)
    for button in ("preview_add", "preview_facts", "preview_request"):
        slack.click(_button(preview, button), user=READER, view=preview)
    told = [c.body["text"] for c in fake_slack.calls_to("chat.postMessage")]
    assert len(told) == 5 and all("REVISORBOT_EDITORS" in text for text in told)
    assert fake_slack.calls_to("views.push") == []

    # Each form forged as if pushed for the reader, and as another editor sends it.
    metadata = json.dumps({"draft": preview["private_metadata"], "preview": "V0OPEN", "item": 0})
    forms = {
        "draft_recommendation_modal": {"text": _text("Något annat")},
        "draft_facts_modal": {
            "title": _text("Annan titel"),
            "year": _text("2024"),
            "firm": _text(None),
            "organisation": _text("Provby kommun"),
        },
        "draft_request_modal": {
            "deadline": _date("2030-06-30"),
            "boards": _choices("Kommunstyrelsen"),
            "other_boards": _text(None),
        },
    }
    for callback_id, values in forms.items():
        form = {
            "type": "modal",
            "callback_id": callback_id,
            "private_metadata": metadata,
            "blocks": [
                {"type": "input", "block_id": block, "element": {"action_id": "value"}}
                for block in values
            ],
        }
        for user, said in ((READER, "REVISORBOT_EDITORS"), (GROUP_MEMBER, "Hittade ingen")):
            refused = slack.submit(form, values, user=user)
            assert refused["response_action"] == "errors", (callback_id, user)
            assert said in next(iter(refused["errors"].values())), (callback_id, user)
    saved = slack.submit(preview, {}, user=READER)
    assert saved["response_action"] == "push"
    assert _draft(session_factory) == before
    assert _count(session_factory, Audit) == 0


@pytest.mark.corpus
def test_a_report_without_a_title_page_is_found_by_its_subject_once_saved(
    slack: Slack, fake_slack: FakeSlackAPI, corpus: Path
) -> None:
    text = (corpus / "reports" / "002_5fa02c150640d98f.txt").read_text(encoding="utf-8")
    preview = _preview(slack, fake_slack, text)
    assert "barn och unga" in preview["blocks"][0]["text"]["text"]
    slack.submit(preview, {}, user=EDITOR)
    shown = all_text(slack.command("visa vallentuna barn")["blocks"])
    assert "Granskning av kommunens samverkan kring insatser för barn och unga" in shown
    assert "Granskning utan titel" not in shown
