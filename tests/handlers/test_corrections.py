"""Correcting a saved audit from `visa`: an edit menu beside each item for editors (none for
readers, and a forged one refused), each change logged and shown in `historik`, a deletion
undone with Ångra — and the reminders follow."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.core.clock import FixedClock
from bot.demo.data import load_demo
from storage.base import Base
from storage.db import transaction
from storage.models import Action, Audit, Recommendation, ResponseRequest
from tests.conftest import TEAM
from tests.support.blockkit import all_text, assert_valid_view
from tests.support.reminders import (
    FRIDAY_MORNING,
    SUNDAY_DEADLINE,
    audit_extraction,
    load,
    make_engine,
    watch_with,
)
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_app import EDITOR, READER, TODAY, Slack

KRIS = "visa exempelkommun krisberedskap"


@pytest.fixture
def demo(session_factory: sessionmaker[Session]) -> sessionmaker[Session]:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    return session_factory


def _menus(answer: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every edit menu option on screen, as the click that chooses it."""
    found = {}
    for block in answer["blocks"]:
        for element in block.get("elements") or []:
            if element.get("action_id") != "edit_menu":
                continue
            for option in element["options"]:
                found[option["value"]] = {
                    "type": "overflow",
                    "action_id": "edit_menu",
                    "block_id": block["block_id"],
                    "selected_option": option,
                }
    return found


def _choose(slack: Slack, answer: dict, verb: str, entity: str, n: int = 0) -> dict[str, Any]:
    """Choose the ``n``-th ``verb`` option for an ``entity`` on screen; the modal it opens."""
    options = [v for k, v in _menus(answer).items() if k.startswith(f"{verb}:{entity}:")]
    before = len(slack.fake.calls_to("views.open"))
    slack.click(options[n], user=EDITOR)
    assert len(slack.fake.calls_to("views.open")) == before + 1
    return slack.fake.calls_to("views.open")[-1].view


def _redrawn(slack: Slack) -> dict[str, Any]:
    reply = slack.responses()[-1]
    assert reply["replace_original"] is True
    return reply


def _text(value: str | None) -> dict[str, Any]:
    return {"value": {"type": "plain_text_input", "value": value}}


def _choice(name: str) -> dict[str, Any]:
    return {"value": {"type": "static_select", "selected_option": {"value": name}}}


def _choices(*names: str) -> dict[str, Any]:
    return {
        "value": {
            "type": "multi_static_select",
            "selected_options": [{"value": name} for name in names],
        }
    }


def _date(day: dt.date | None) -> dict[str, Any]:
    return {"value": {"type": "datepicker", "selected_date": day.isoformat() if day else None}}


def _everything(session_factory) -> dict[str, list[str]]:
    with session_factory() as session:
        return {
            name: sorted(map(repr, session.execute(select(table)).all()))
            for name, table in Base.metadata.tables.items()
            if name != "processed_request"  # each request claims its trigger id
        }


def test_readers_see_no_edit_menu_and_editors_one_beside_each_item(slack: Slack, demo) -> None:
    assert _menus(slack.command(KRIS)) == {}
    menus = _menus(slack.command(KRIS, user=EDITOR))
    kinds = sorted({value.split(":")[1] for value in menus})
    assert kinds == ["audit", "recommendation", "response_request"]
    assert sum(v.startswith("edit:recommendation:") for v in menus) == 3
    assert sum(v.startswith("delete:response_request:") for v in menus) == 2
    assert {v.split(":")[0] for v in menus if ":audit:" in v} == {
        "edit",
        "add_recommendation",
        "request",
        "delete",
    }


def test_an_editor_corrects_every_kind_of_item_and_historik_tells_it(
    slack: Slack, fake_slack: FakeSlackAPI, demo
) -> None:
    answer = slack.command(KRIS, user=EDITOR)

    form = _choose(slack, answer, "edit", "audit")
    assert form["blocks"][0]["element"]["initial_value"] == "Granskning av kommunens krisberedskap"
    assert (
        slack.submit(
            form,
            {
                "title": _text("Krisberedskap och kontinuitet"),
                "year": _text("2026"),
                "firm": _text("KPMG"),
                "organisation": _text("Exempelkommun"),
            },
            user=EDITOR,
        )
        == {}
    )
    answer = _redrawn(slack)
    assert answer["blocks"][0]["text"]["text"] == "Krisberedskap och kontinuitet"
    assert "KPMG" in all_text(answer["blocks"][:2])

    form = _choose(slack, answer, "edit", "recommendation")
    slack.submit(
        form,
        {
            "text": _text("Öva krisledningsnämnden två gånger om året."),
            "addressees": _choices("Kommunstyrelsen", "Socialnämnden"),
            "other_addressees": _text(None),
        },
        user=EDITOR,
    )
    answer = _redrawn(slack)
    shown = all_text(answer["blocks"])
    assert "Öva krisledningsnämnden två gånger om året." in shown

    form = _choose(slack, answer, "add_recommendation", "audit")
    slack.submit(
        form,
        {"text": _text("Inventera reservvattnet."), "addressees": _choices("Tekniska nämnden")},
        user=EDITOR,
    )
    answer = _redrawn(slack)
    assert "*4.* Inventera reservvattnet." in all_text(answer["blocks"])

    form = _choose(slack, answer, "add_action", "recommendation")
    slack.submit(
        form,
        {
            "board": _choice("Kommunstyrelsen"),
            "text": _text("Övningsplan antas i KS."),
            "responsible": _text("Säkerhetssamordnaren"),
            "timeline": _text(None),
            "due": _date(TODAY + dt.timedelta(days=60)),
        },
        user=EDITOR,
    )
    answer = _redrawn(slack)
    assert "Övningsplan antas i KS." in all_text(answer["blocks"])

    form = _choose(slack, answer, "edit", "action")
    slack.submit(
        form,
        {
            "text": _text("Övningsplan antas i kommunstyrelsen."),
            "responsible": _text("Säkerhetssamordnaren"),
            "timeline": _text("Före sommaren"),
            "due": _date(TODAY + dt.timedelta(days=90)),
        },
        user=EDITOR,
    )
    answer = _redrawn(slack)

    form = _choose(slack, answer, "edit", "response_request")
    later = TODAY + dt.timedelta(days=40)
    slack.submit(
        form,
        {"board": _choice("Kommunstyrelsen"), "deadline": _date(later), "received": _date(None)},
        user=EDITOR,
    )
    answer = _redrawn(slack)
    assert "svar senast" in all_text(answer["blocks"]) and str(later.day) in all_text(
        answer["blocks"]
    )

    form = _choose(slack, answer, "request", "audit")
    slack.submit(
        form,
        {
            "boards": _choices("Tekniska nämnden"),
            "other_boards": _text(None),
            "deadline": _date(later),
        },
        user=EDITOR,
    )
    answer = _redrawn(slack)
    assert "*Tekniska nämnden* — svar senast" in all_text(answer["blocks"])

    history = all_text(slack.command("historik exempelkommun krisberedskap")["blocks"])
    for line in (
        "Granskningen, titel: Granskning av kommunens krisberedskap → *Krisberedskap och "
        "kontinuitet*",
        "Granskningen, revisionsbyrå: PwC → *KPMG*",
        "Rekommendationen ”Öva krisledningsnämnden två gånger om året.”, text: Ta fram en plan "
        "för årliga övningar av krisledningsnämnden. → *Öva krisledningsnämnden",
        "Rekommendationen ”Inventera reservvattnet.” lades till",
        # Named as it was when added.
        "Åtgärden ”Övningsplan antas i KS.” lades till",
        "Åtgärden ”Övningsplan antas i kommunstyrelsen.”, tidsplan: – → *Före sommaren*",
        "Yttrande från ”Kommunstyrelsen”, svar senast:",
        "Yttrande från ”Tekniska nämnden” lades till",
    ):
        assert line in history, line
    assert f"<@{EDITOR}>" in history

    fake_slack.user_locales["U0ENGLISH"] = "en-GB"
    english = all_text(
        slack.command("history exempelkommun krisberedskap", user="U0ENGLISH")["blocks"]
    )
    assert "Recommendation “Inventera reservvattnet.” was added" in english
    assert "The audit, audit firm: PwC → *KPMG*" in english


def test_a_deleted_recommendation_comes_back_with_angra(
    slack: Slack, fake_slack: FakeSlackAPI, demo
) -> None:
    answer = slack.command(KRIS, user=EDITOR)
    confirm = _choose(slack, answer, "delete", "recommendation", 1)
    assert "Ta bort rekommendationen ”Säkerställ reservkraft" in all_text(confirm["blocks"])
    assert confirm["submit"]["text"] == "Ta bort"

    deleted = slack.submit(confirm, {}, user=EDITOR)
    assert deleted["response_action"] == "update"
    assert_valid_view(deleted["view"])
    assert "är borttagen. Ångra inom 30 dagar." in all_text(deleted["view"]["blocks"])
    assert "Säkerställ reservkraft" not in all_text(_redrawn(slack)["blocks"])

    undo = deleted["view"]["blocks"][1]["elements"][0]
    slack.click(undo | {"block_id": "undo"}, user=EDITOR, view={**deleted["view"], "id": "V0OPEN"})
    restored = fake_slack.calls_to("views.update")[-1].view
    assert "är återställd" in all_text(restored["blocks"])
    assert "Säkerställ reservkraft" in all_text(_redrawn(slack)["blocks"])
    history = all_text(slack.command("historik exempelkommun krisberedskap")["blocks"])
    assert "Rekommendationen ”Säkerställ reservkraft på samtliga särskilda boenden.” togs bort" in (
        history
    )
    assert "återställdes" in history


def test_a_wrongly_imported_audit_deleted_in_slack_stops_its_reminders_and_angra_resumes_them(
    slack: Slack, fake_slack: FakeSlackAPI, session_factory
) -> None:
    load(
        session_factory,
        audit_extraction("Knivsta kommun", title="Inköpslista", deadline=SUNDAY_DEADLINE),
    )
    watch_with(session_factory, "Knivsta kommun")

    def planned() -> list[str]:
        engine = make_engine(session_factory, fake_slack, FixedClock(FRIDAY_MORNING))
        return sorted(r.key for r in engine.plan().reminders)

    before = planned()
    assert len(before) == 2

    answer = slack.command("visa knivsta inköpslista", user=EDITOR)
    confirm = _choose(slack, answer, "delete", "audit")
    assert "Ta bort granskningen *Inköpslista*" in all_text(confirm["blocks"])
    slack.submit(confirm, {}, user=EDITOR)
    replaced = _redrawn(slack)
    assert "Granskningen *Knivsta kommun: Inköpslista* är borttagen" in all_text(replaced["blocks"])
    assert planned() == []
    assert "Hittade" in all_text(slack.command("visa knivsta inköpslista")["blocks"])

    undo = replaced["blocks"][1]
    slack.click(undo["elements"][0] | {"block_id": undo["block_id"]}, user=EDITOR)
    assert _redrawn(slack)["blocks"][0]["text"]["text"] == "Inköpslista"
    assert planned() == before


def test_a_reader_is_refused_every_change_even_forged(
    slack: Slack, fake_slack: FakeSlackAPI, demo
) -> None:
    answer = slack.command(KRIS, user=EDITOR)
    menus = _menus(answer)
    before = _everything(demo)
    for click in menus.values():
        slack.click(click, user=READER)
    assert fake_slack.calls_to("views.open") == []
    refusals = [r for r in slack.responses() if "REVISORBOT_EDITORS" in r.get("text", "")]
    assert len(refusals) == len(menus)

    # The forms themselves, submitted by a reader as if opened.
    for value in menus:
        form = {
            "type": "modal",
            "callback_id": "delete_modal" if value.startswith("delete") else "correction_modal",
            "private_metadata": f'{{"do": "{value}"}}',
            "blocks": [{"type": "input", "block_id": "text", "element": {"action_id": "value"}}],
        }
        refused = slack.submit(form, {"text": _text("Något")}, user=READER)
        assert refused["response_action"] == "errors", value
        assert "REVISORBOT_EDITORS" in refused["errors"]["text"]
    slack.click({"type": "button", "action_id": "undo_delete", "value": "1", "block_id": "u"})
    assert _everything(demo) == before


def test_a_bad_year_or_an_empty_text_is_said_under_its_field_and_changes_nothing(
    slack: Slack, demo
) -> None:
    answer = slack.command(KRIS, user=EDITOR)
    before = _everything(demo)
    form = _choose(slack, answer, "edit", "audit")
    refused = slack.submit(
        form,
        {
            "title": _text("Ny titel"),
            "year": _text("tjugo"),
            "firm": _text(None),
            "organisation": _text("Exempelkommun"),
        },
        user=EDITOR,
    )
    assert refused == {
        "response_action": "errors",
        "errors": {"year": "”tjugo” är inget år. Skriv t.ex. 2024."},
    }
    form = _choose(slack, answer, "edit", "recommendation")
    refused = slack.submit(form, {"text": _text(" ")}, user=EDITOR)
    assert refused["errors"] == {"text": "Skriv texten."}
    assert _everything(demo) == before
    with demo() as session:
        assert session.scalars(select(Audit.title)).all()
        assert session.scalars(select(Recommendation)).all()
        assert session.scalars(select(ResponseRequest)).all()
        assert session.scalars(select(Action)).all()


def test_an_action_and_a_response_request_are_deleted_and_a_response_marked_received(
    slack: Slack, fake_slack: FakeSlackAPI, demo
) -> None:
    control = "visa exempelkommun intern kontroll"
    answer = slack.command(control, user=EDITOR)
    action_menus = [click for value, click in _menus(answer).items() if ":action:" in value]
    assert len(action_menus) == 8  # edit and delete for each of the four actions
    before = _everything(demo)
    for click in action_menus:
        slack.click(click, user=READER)
    assert fake_slack.calls_to("views.open") == []
    assert _everything(demo) == before

    confirm = _choose(slack, answer, "delete", "action")
    question = all_text(confirm["blocks"])
    assert question.startswith("Ta bort åtgärden ”")
    label = question.removeprefix("Ta bort åtgärden ”").split("”")[0]
    assert label in all_text(answer["blocks"])
    slack.submit(confirm, {}, user=EDITOR)
    shown = all_text(_redrawn(slack)["blocks"])
    assert label not in shown and "Åtgärder (3)" in shown

    answer = slack.command(KRIS, user=EDITOR)
    form = _choose(slack, answer, "edit", "response_request")
    slack.submit(
        form,
        {
            "board": _choice("Kommunstyrelsen"),
            "deadline": _date(TODAY + dt.timedelta(days=10)),
            "received": _date(TODAY),
        },
        user=EDITOR,
    )
    assert "*Kommunstyrelsen* — inkommet ons 13 mars 2030" in all_text(_redrawn(slack)["blocks"])

    confirm = _choose(slack, answer, "delete", "response_request", 1)
    board = all_text(confirm["blocks"]).split("*")[1]
    assert board != "Kommunstyrelsen"
    slack.submit(confirm, {}, user=EDITOR)
    shown = all_text(_redrawn(slack)["blocks"])
    assert f"*{board}* —" not in shown

    history = all_text(slack.command("historik exempelkommun krisberedskap")["blocks"])
    assert "Yttrande från ”Kommunstyrelsen”, inkom: – → *ons 13 mars 2030*" in history
    assert f"Yttrande från ”{board}” togs bort" in history
