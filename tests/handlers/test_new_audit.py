"""`/revision ny`: an audit entered by hand in two steps and saved like an import; readers are
refused, mistakes are said under their field, Avbryt leaves nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from storage import history
from storage.models import Audit, ImportDraft
from tests.conftest import TEAM
from tests.support.blockkit import all_text, assert_valid_view
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_app import EDITOR, READER, Slack
from tests.support.slack_requests import dispatch, interaction_body


def _text(value: str | None) -> dict[str, Any]:
    return {"value": {"type": "plain_text_input", "value": value}}


def _first_step(**changes: str | None) -> dict[str, Any]:
    values = {
        "organisation": "Provby kommun",
        "title": "Granskning av fordonsparken",
        "year": "2029",
        "firm": "Revisionskontoret",
        "bodies": "Kommunstyrelsen, Tekniska nämnden",
        "recommendations": (
            "1. Inventera fordonen\n2. Inför en bilpool\n\n– Följ upp körjournalerna"
        ),
        "responders": None,
        **changes,
    }
    form = {block: _text(value) for block, value in values.items()}
    form["deadline"] = {"value": {"type": "datepicker", "selected_date": "2030-05-31"}}
    return form


def _opened(slack: Slack, fake: FakeSlackAPI, text: str = "ny") -> dict[str, Any]:
    assert slack.command(text, user=EDITOR) == {}
    view = fake.calls_to("views.open")[-1].view
    assert view["callback_id"] == "new_audit_modal"
    return view


def _audits(session_factory) -> int:
    with session_factory() as session:
        return session.scalar(select(func.count()).select_from(Audit)) or 0


def _drafts(session_factory) -> int:
    with session_factory() as session:
        return session.scalar(select(func.count()).select_from(ImportDraft)) or 0


def test_an_audit_entered_by_hand_is_saved_with_each_recommendations_addressees(
    slack: Slack, fake_slack: FakeSlackAPI, session_factory
) -> None:
    second = slack.submit(_opened(slack, fake_slack), _first_step(), user=EDITOR)
    assert second["response_action"] == "update"
    step = second["view"]
    assert_valid_view(step)
    assert "*Granskning av fordonsparken* (Provby kommun), 3 rekommendationer" in all_text(
        step["blocks"]
    )
    fields = [b for b in step["blocks"] if b["type"] == "input"]
    assert [f["label"]["text"] for f in fields] == [
        "1. Inventera fordonen",
        "2. Inför en bilpool",
        "3. Följ upp körjournalerna",
    ]
    assert [o["value"] for o in fields[0]["element"]["options"]] == [
        "Kommunstyrelsen",
        "Tekniska nämnden",
    ]

    def chosen(*names: str) -> dict[str, Any]:
        return {
            "value": {
                "type": "multi_static_select",
                "selected_options": [{"value": name} for name in names],
            }
        }

    saved = slack.submit(
        {**step, "id": "V0OPEN"},
        {
            "rec0": chosen("Tekniska nämnden"),
            "rec1": chosen("Kommunstyrelsen", "Tekniska nämnden"),
            "rec2": chosen("Kommunstyrelsen"),
        },
        user=EDITOR,
    )
    assert_valid_view(saved["view"])
    assert "Sparat: *Granskning av fordonsparken*" in all_text(saved["view"]["blocks"])
    with session_factory() as session:
        audit = session.scalars(select(Audit)).one()
        assert (audit.organisation.name, audit.audit_year, audit.audit_firm) == (
            "Provby kommun",
            2029,
            "Revisionskontoret",
        )
        assert [b.body.name for b in audit.audited_bodies] == [
            "Kommunstyrelsen",
            "Tekniska nämnden",
        ]
        assert [(r.text, [a.label for a in r.addressees]) for r in audit.recommendations] == [
            ("Inventera fordonen", ["Tekniska nämnden"]),
            ("Inför en bilpool", ["Kommunstyrelsen", "Tekniska nämnden"]),
            ("Följ upp körjournalerna", ["Kommunstyrelsen"]),
        ]
        assert sorted((r.body.name, r.deadline.isoformat()) for r in audit.response_requests) == [
            ("Kommunstyrelsen", "2030-05-31"),
            ("Tekniska nämnden", "2030-05-31"),
        ]
        change = history.changes(session, team_id=TEAM, entity="audit")[0]
    assert (change.actor, change.field, change.new_value) == (EDITOR, "import", "inmatad för hand")
    assert _drafts(session_factory) == 0
    shown = all_text(slack.command("visa provby fordon")["blocks"])
    assert "Inför en bilpool" in shown and "Till: Kommunstyrelsen, Tekniska nämnden" in shown


def test_new_is_the_english_name_and_answers_in_english(
    slack: Slack, fake_slack: FakeSlackAPI
) -> None:
    fake_slack.user_locales[EDITOR] = "en-GB"
    view = _opened(slack, fake_slack, "new")
    assert view["title"]["text"] == "New audit" and view["submit"]["text"] == "Next"


def test_mistakes_are_said_under_their_field_and_nothing_is_kept(
    slack: Slack, fake_slack: FakeSlackAPI, session_factory
) -> None:
    modal = _opened(slack, fake_slack)
    refused = slack.submit(modal, _first_step(bodies=" "), user=EDITOR)
    assert refused["errors"] == {"bodies": "Skriv minst en granskad nämnd."}
    no_date = _first_step(responders="Kommunstyrelsen")
    no_date["deadline"]["value"]["selected_date"] = None
    refused = slack.submit(modal, no_date, user=EDITOR)
    assert list(refused["errors"]) == ["deadline"]
    refused = slack.submit(modal, _first_step(year="nittonhundra"), user=EDITOR)
    assert list(refused["errors"]) == ["year"]
    assert _drafts(session_factory) == 0 and _audits(session_factory) == 0


def test_avbryt_on_the_second_step_leaves_nothing(
    slack: Slack, fake_slack: FakeSlackAPI, session_factory
) -> None:
    step = slack.submit(_opened(slack, fake_slack), _first_step(), user=EDITOR)["view"]
    assert _drafts(session_factory) == 1
    closed = {
        "type": "view_closed",
        "team": {"id": TEAM},
        "user": {"id": EDITOR},
        "api_app_id": "A0REVISOR",
        "view": {**step, "id": "V0OPEN", "team_id": TEAM},
        "is_cleared": False,
    }
    assert dispatch(slack.app, interaction_body(closed)).status == 200
    assert _drafts(session_factory) == 0 and _audits(session_factory) == 0


def test_a_reader_cannot_enter_an_audit_even_with_forged_forms(
    slack: Slack, fake_slack: FakeSlackAPI, session_factory
) -> None:
    refused = slack.command("ny", user=READER)
    assert "REVISORBOT_EDITORS" in refused["text"]
    assert fake_slack.calls_to("views.open") == []

    first = {
        "type": "modal",
        "callback_id": "new_audit_modal",
        "blocks": [{"type": "input", "block_id": "organisation", "element": {}}],
    }
    answer = slack.submit(first, _first_step(), user=READER)
    assert "REVISORBOT_EDITORS" in answer["errors"]["organisation"]

    # A second step naming an editor's draft.
    step = slack.submit(_opened(slack, fake_slack), _first_step(), user=EDITOR)["view"]
    answer = slack.submit(step, {"rec0": {"value": {"selected_options": []}}}, user=READER)
    assert answer["response_action"] == "errors"
    assert _audits(session_factory) == 0 and _drafts(session_factory) == 1
