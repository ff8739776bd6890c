"""Reminder messages: what the channel reads, valid Block Kit, escaped, within Slack's limits."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from slack_sdk.models.blocks import Block

from bot.blocks.reminders import render, snooze_options
from bot.rules.reminder_types import Digest, DigestSection, FollowUp, Kind, Reminder
from bot.rules.yearwheel import MilestoneOccurrence
from storage.sweep import AnsweredAudit
from tests.support.reminder_rows import TEAM, TZ, action, request

TODAY = dt.date(2030, 3, 17)
MOMENT = dt.datetime(2030, 3, 12, 7, 0, tzinfo=dt.UTC)


def reminder(kind: Kind, subject, *, stage: str = "wd7", late: bool = False) -> Reminder:
    return Reminder(
        key=f"{kind}:x",
        kind=kind,
        stage=stage,
        team_id=TEAM,
        channel_id="C0KNIVSTA",
        moment=MOMENT,
        late=late,
        language=None,
        subject=subject,
    )


def valid(blocks: list[dict]) -> list[dict]:
    assert 0 < len(blocks) <= 50
    for block in blocks:
        Block.parse(block).validate_json()
        text = (block.get("text") or {}).get("text", "")
        assert len(text) <= 3000
    return blocks


def elements(blocks: list[dict]) -> list[dict]:
    return [e for b in blocks if b["type"] == "actions" for e in b["elements"]]


def test_a_response_reminder_says_what_who_and_when_with_its_buttons() -> None:
    message = render(
        reminder(Kind.RESPONSE, request(dt.date(2030, 3, 31))), today=TODAY, lang="sv", tz=TZ
    )
    blocks = valid(message.blocks)
    assert "Knivsta kommun" in message.text and "Socialnämnden" in message.text
    assert "sön 31 mars 2030, om 14 dagar" in message.text
    button, snooze = elements(blocks)
    assert (button["action_id"], button["value"], button["text"]["text"]) == (
        "mark_received",
        "7",
        "Markera inkommet",
    )
    assert snooze["action_id"] == "snooze"
    assert [o["value"] for o in snooze["options"]] == ["7:1", "7:7"]


def test_snoozing_never_reaches_past_the_deadline() -> None:
    deadline = dt.date(2030, 3, 31)
    assert snooze_options(deadline, dt.date(2030, 3, 20)) == (1, 7)
    assert snooze_options(deadline, dt.date(2030, 3, 27)) == (1,)
    assert snooze_options(deadline, deadline) == ()
    # Friday 29 March is the last working day before Sunday 31 March: reminders could not
    # resume any later than today, so no snooze is offered (it would only be refused).
    friday = dt.date(2030, 3, 29)
    assert snooze_options(deadline, friday) == (1,)
    assert snooze_options(deadline, friday, last_working_day=friday) == ()
    assert snooze_options(deadline, dt.date(2030, 3, 27), last_working_day=friday) == (1,)
    overdue = render(
        reminder(Kind.RESPONSE, request(dt.date(2030, 3, 10)), stage="overdue1"),
        today=TODAY,
        lang="sv",
        tz=TZ,
    )
    assert [e["action_id"] for e in elements(overdue.blocks)] == ["mark_received"]
    assert "har inte kommit in" in overdue.text


def test_a_late_reminder_says_so() -> None:
    message = render(
        reminder(Kind.RESPONSE, request(dt.date(2030, 3, 31)), late=True),
        today=TODAY,
        lang="sv",
        tz=TZ,
    )
    first = valid(message.blocks)[0]
    assert first["type"] == "context"
    assert "Försenad påminnelse" in first["elements"][0]["text"]
    assert "tis 12 mars 2030 08:00" in first["elements"][0]["text"]


def test_document_text_is_escaped_never_executed() -> None:
    row = replace(
        action(dt.date(2030, 4, 16)), text="Informera <!channel> & <@U123> om <https://x|y>"
    )
    message = render(reminder(Kind.ACTION, row, stage="d30"), today=TODAY, lang="sv", tz=TZ)
    section = valid(message.blocks)[0]["text"]["text"]
    assert "<!channel>" not in section and "&lt;!channel&gt; &amp; &lt;@U123&gt;" in section


def test_an_action_reminder_carries_a_status_choice() -> None:
    message = render(
        reminder(Kind.ACTION, action(dt.date(2030, 6, 30), precision="month", status="started")),
        today=TODAY,
        lang="sv",
        tz=TZ,
    )
    assert "senast juni 2030" in message.text
    (select,) = elements(valid(message.blocks))
    assert select["action_id"] == "action_status"
    assert [o["value"] for o in select["options"]] == ["11:not_started", "11:started", "11:done"]
    assert select["initial_option"]["value"] == "11:started"
    assert [o["text"]["text"] for o in select["options"]] == ["Ej påbörjad", "Pågår", "Klar"]


def test_milestones_and_follow_ups_in_both_languages() -> None:
    milestone = MilestoneOccurrence(TEAM, 1, "Knivsta kommun", "annual_report", None, TODAY)
    sv = render(reminder(Kind.MILESTONE, milestone), today=TODAY, lang="sv", tz=TZ)
    en = render(reminder(Kind.MILESTONE, milestone), today=TODAY, lang="en", tz=TZ)
    assert "årsredovisningen för 2029" in sv.text and "annual report for 2029" in en.text
    follow_up = FollowUp(AnsweredAudit(TEAM, 1, "Knivsta kommun", 3, "X", TODAY), TODAY)
    valid(render(reminder(Kind.FOLLOW_UP, follow_up), today=TODAY, lang="sv", tz=TZ).blocks)


def test_a_digest_for_many_organisations_stays_within_fifty_blocks() -> None:
    sections = tuple(
        DigestSection(
            organisation_id=n,
            organisation=f"Kommun {n}",
            overdue_requests=tuple(request(dt.date(2030, 1, 1), id=k) for k in range(20)),
            overdue_actions=tuple(
                replace(action(dt.date(2029, 12, 31), id=k), text="Lång text " * 40)
                for k in range(15)
            ),
            overdue_action_count=300,
            upcoming=(),
        )
        for n in range(60)
    )
    message = render(
        reminder(Kind.DIGEST, Digest(dt.date(2030, 3, 11), sections)),
        today=TODAY,
        lang="sv",
        tz=TZ,
    )
    blocks = valid(message.blocks)
    assert blocks[0]["text"]["text"] == "Veckans läge – vecka 11"
    assert "fler organisationer" in blocks[-1]["elements"][0]["text"]
    assert any("och 285 till" in (b.get("text") or {}).get("text", "") for b in blocks)
