"""Changing the auditors' year from `/revision årshjul`: editors move or turn off a milestone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.core.clock import FixedClock
from bot.demo.data import load_demo
from bot.rules.reminder_types import Kind
from bot.services.reminders import ReminderEngine
from storage import history
from storage.db import transaction
from tests.conftest import TEAM
from tests.support.blockkit import all_text
from tests.support.slack_app import EDITOR, READER, TODAY, Slack


@pytest.fixture
def demo(session_factory: sessionmaker[Session]) -> sessionmaker[Session]:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    return session_factory


def _edit_buttons(answer: dict) -> dict[str, tuple[str, dict]]:
    """The "Ändra" buttons by milestone kind, with their block ids."""
    return {
        block["accessory"]["value"].split(":", 1)[1]: (block["block_id"], block["accessory"])
        for block in answer["blocks"]
        if block.get("accessory", {}).get("action_id") == "edit_milestone"
    }


def _submit(slack: Slack, opened: dict, day: dt.date, *, remind: bool, user: str = EDITOR):
    checkbox = opened["blocks"][2]["element"]
    chosen = checkbox["options"] if remind else []
    return slack.submit(
        opened,
        {
            "milestone_date": {"value": {"type": "datepicker", "selected_date": day.isoformat()}},
            "milestone_on": {"value": {"type": "checkboxes", "selected_options": chosen}},
        },
        user=user,
    )


def test_an_editor_moves_a_milestone_and_the_year_and_the_log_show_it(
    slack: Slack, fake_slack, demo
) -> None:
    assert _edit_buttons(slack.command("årshjul exempel", user=READER)) == {}
    answer = slack.command("årshjul exempel", user=EDITOR)
    buttons = _edit_buttons(answer)
    assert set(buttons) == {
        "annual_report",
        "audit_statement",
        "interim_report",
        "interim_assessment",
        "revision_plan",
    }
    block_id, button = buttons["annual_report"]
    slack.click(button | {"block_id": block_id}, user=EDITOR)

    opened = fake_slack.calls_to("views.open")[-1].view
    assert opened["title"]["text"] == "Ändra i årshjulet"
    assert "årsredovisningen för 2029 lämnas till revisorerna" in all_text(opened["blocks"])
    assert opened["blocks"][1]["element"]["initial_date"] == "2030-04-15"
    assert opened["blocks"][2]["element"]["initial_options"]  # reminded

    result = _submit(slack, opened, dt.date(2030, 4, 8), remind=True)
    assert result.get("response_action") in (None, "clear")
    redrawn = slack.responses()[-1]
    assert redrawn["replace_original"] is True
    shown = all_text(redrawn["blocks"])
    assert "mån 8 april 2030, om 26 dagar" in shown and "15 april 2030" not in shown
    with demo() as session:
        (change,) = history.changes(session, team_id=TEAM, entity="milestone")
    assert change.actor == EDITOR and change.field == "annual_report"

    # The reminders follow: 7 days before the new date, the channel watching it is told.
    stockholm = ZoneInfo("Europe/Stockholm")
    week_before = FixedClock(dt.datetime(2030, 4, 1, 8, 5, tzinfo=stockholm))
    planned = ReminderEngine(demo, clock=week_before, tz=stockholm).plan().reminders
    assert [
        (r.subject.organisation, r.subject.due)
        for r in planned
        if r.kind is Kind.MILESTONE and r.subject.kind == "annual_report"
    ] == [("Exempelkommun", dt.date(2030, 4, 8))]


def test_a_milestone_turned_off_is_shown_struck_through_and_can_be_turned_on(
    slack: Slack, fake_slack, demo
) -> None:
    block_id, button = _edit_buttons(slack.command("årshjul exempel", user=EDITOR))[
        "interim_report"
    ]
    slack.click(button | {"block_id": block_id}, user=EDITOR)
    _submit(slack, fake_slack.calls_to("views.open")[-1].view, dt.date(2030, 10, 31), remind=False)
    shown = all_text(slack.responses()[-1]["blocks"])
    assert "~delårsrapporten per 31 augusti 2030 når revisorerna~ (avstängd)" in shown
    assert "tors 31 oktober 2030" not in shown

    block_id, button = _edit_buttons(slack.responses()[-1])["interim_report"]
    slack.click(button | {"block_id": block_id}, user=EDITOR)
    opened = fake_slack.calls_to("views.open")[-1].view
    assert "initial_options" not in opened["blocks"][2]["element"]
    _submit(slack, opened, dt.date(2030, 10, 31), remind=True)
    assert "tors 31 oktober 2030" in all_text(slack.responses()[-1]["blocks"])


def test_a_reader_can_neither_open_nor_submit_the_milestone_modal(
    slack: Slack, fake_slack, demo
) -> None:
    block_id, button = _edit_buttons(slack.command("årshjul exempel", user=EDITOR))["revision_plan"]
    slack.click(button | {"block_id": block_id}, user=READER)
    assert fake_slack.calls_to("views.open") == []
    assert slack.responses()[-1]["text"].startswith("Du kan läsa allt men inte ändra något")

    slack.click(button | {"block_id": block_id}, user=EDITOR)
    opened = fake_slack.calls_to("views.open")[-1].view
    refused = _submit(slack, opened, dt.date(2031, 1, 15), remind=True, user=READER)
    assert refused.get("response_action") in ("errors", "update")
    with demo() as session:
        assert history.changes(session, team_id=TEAM, entity="milestone") == []


def test_a_forged_milestone_button_changes_nothing(slack: Slack, fake_slack, demo) -> None:
    for value in ("999999:annual_report", "1:no_such_kind", "1:annual_report; drop", "x"):
        slack.click(
            {"type": "button", "action_id": "edit_milestone", "block_id": "x", "value": value},
            user=EDITOR,
        )
    assert fake_slack.calls_to("views.open") == []
    with demo() as session:
        assert history.changes(session, team_id=TEAM, entity="milestone") == []


@pytest.mark.parametrize("today", [dt.date(2028, 1, 1), dt.date(2029, 1, 31), dt.date(2028, 2, 29)])
def test_the_year_ahead_holds_each_milestone_once(session_factory, today) -> None:
    """A year ahead, not including the same day next year: on 31 January the revision plan
    of this year is shown, not also next year's; on 1 January of a leap year nothing twice."""
    from bot.rules.subcommands import Subcommand
    from bot.rules.yearwheel import due_on
    from bot.services.lookups import look_up
    from tests.support.context import request_context

    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=today)
    ctx = request_context(session_factory, team_id=TEAM, today=today)
    ahead = look_up(ctx, Subcommand.YEAR, "exempelkommun")
    kinds = [item.kind for item in ahead.items if hasattr(item, "kind")]
    assert sorted(kinds) == sorted(set(kinds)) and len(kinds) == 5
    last = due_on(today.year + 1, today.month, today.day)
    assert all(today <= item.due < last for item in ahead.items)


def test_an_editor_adds_the_teams_own_event_to_the_year(slack: Slack, fake_slack, demo) -> None:
    answer = slack.command("årshjul exempel", user=EDITOR)
    add_block = next(b for b in answer["blocks"] if b.get("block_id", "").startswith("ms_add"))
    (add,) = add_block["elements"]
    assert add["text"]["text"] == "Lägg till egen händelse"
    assert not any(
        b.get("block_id", "").startswith("ms_add")
        for b in slack.command("årshjul exempel", user=READER)["blocks"]
    )

    slack.click(add | {"block_id": add_block["block_id"]}, user=EDITOR)
    opened = fake_slack.calls_to("views.open")[-1].view
    assert opened["title"]["text"] == "Ny händelse i årshjulet"

    def values(label: str | None) -> dict:
        return {
            "milestone_label": {"value": {"type": "plain_text_input", "value": label}},
            "milestone_date": {"value": {"type": "datepicker", "selected_date": "2030-09-15"}},
            "milestone_on": {
                "value": {
                    "type": "checkboxes",
                    "selected_options": opened["blocks"][3]["element"]["options"],
                }
            },
        }

    refused = slack.submit(opened, values("   "), user=EDITOR)
    assert refused["response_action"] == "errors"
    assert refused["errors"]["milestone_label"].startswith("Skriv vad som händer")

    slack.submit(opened, values("Budgetdialog med <!channel> & KS"), user=EDITOR)
    shown = all_text(slack.responses()[-1]["blocks"])
    assert "*sön 15 september 2030, om 6 månader*\nBudgetdialog med &lt;!channel&gt; &amp; KS" in (
        shown
    )
    assert "own_budgetdialog_med_channel_ks" in _edit_buttons(slack.responses()[-1])
    with demo() as session:
        (change,) = history.changes(session, team_id=TEAM, entity="milestone")
    assert (change.actor, change.field) == (EDITOR, "own_budgetdialog_med_channel_ks")
