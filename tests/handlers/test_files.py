"""`/revision export` and `översikt`: answered at once, the file uploaded after, then a note."""

from __future__ import annotations

import csv
import io
import json
import threading

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.demo.data import load_demo
from bot.services import reports
from handlers.commands import ProgressNote
from ingest import schema
from storage.db import transaction
from storage.loader import load_extraction
from storage.models import Recommendation
from tests.conftest import TEAM
from tests.support.context import request_context
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_app import READER, TODAY, Slack
from tests.support.slack_requests import command_body, dispatch


@pytest.fixture
def demo(session_factory: sessionmaker[Session]) -> sessionmaker[Session]:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    return session_factory


def _notes(fake: FakeSlackAPI) -> list[str]:
    return [call.body["text"] for call in fake.calls if call.method == "response/cmd"]


def test_the_answer_comes_before_the_file_is_uploaded(
    slack: Slack, fake_slack: FakeSlackAPI, runtime, demo
) -> None:
    """Slack waits three seconds for an answer; the file may take longer, so it comes after."""
    release = threading.Event()

    def held(call):
        assert release.wait(timeout=30)
        return None  # then answered as Slack answers

    fake_slack.script("files.getUploadURLExternal", held)
    body = command_body("export csv", user=READER, response_url=fake_slack.response_url("cmd"))
    try:
        response = dispatch(slack.app, body)
        assert response.status == 200
        assert json.loads(response.body)["text"] == (
            "Jag gör i ordning Uppföljningsmatris – alla organisationer. "
            "Den läggs i kanalen när den är klar."
        )
        assert fake_slack.uploads == {}
    finally:
        release.set()
    assert runtime.listeners.join(timeout=30)

    (name, data), *_ = fake_slack.uploads.items()
    assert name == f"uppfoljningsmatris-alla-organisationer-{TODAY.isoformat()}.csv"
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    with demo() as session:
        recommendations = session.scalar(select(func.count(Recommendation.id)))
    assert len(rows) == 1 + recommendations
    assert _notes(fake_slack) == [
        "Klart – Uppföljningsmatris – alla organisationer finns nu i kanalen."
    ]
    shared = fake_slack.calls_to("files.completeUploadExternal")[-1].body
    assert shared["channel_id"] == "C0TEAM"
    assert f"<@{READER}> delade Uppföljningsmatris" in shared["initial_comment"]


def test_an_unknown_organisation_is_refused_at_once_and_nothing_is_uploaded(
    slack: Slack, fake_slack: FakeSlackAPI, demo
) -> None:
    for text in ("export finnsintekommun", "översikt finnsintekommun"):
        answer = slack.command(text)
        assert answer["text"].startswith("Hittade ingen"), answer
    assert fake_slack.uploads == {}
    assert _notes(fake_slack) == []


def test_the_overview_names_its_organisation_and_is_a_png(
    slack: Slack, fake_slack: FakeSlackAPI, demo
) -> None:
    answer = slack.command("översikt exempel")
    assert answer["text"].startswith("Jag gör i ordning Läget: Exempelkommun")
    (name, data), *_ = fake_slack.uploads.items()
    assert name.startswith("oversikt-exempelkommun") and data[:4] == b"\x89PNG"
    assert _notes(fake_slack) == ["Klart – Läget: Exempelkommun finns nu i kanalen."]


def test_a_channel_the_bot_cannot_post_in_is_explained_after_the_answer(
    slack: Slack, fake_slack: FakeSlackAPI, demo
) -> None:
    fake_slack.fail("files.completeUploadExternal", error="not_in_channel")
    answer = slack.command("export exempel")
    assert answer["text"].startswith("Jag gör i ordning")
    (note,) = _notes(fake_slack)
    assert note.startswith("Jag är inte med i den här kanalen. Bjud in mig"), note


def test_a_long_export_says_how_far_it_has_come_now_and_then() -> None:
    """A quick export says nothing until it is done; a long one replaces its answer with how
    many organisations are written, at longer and longer gaps, three times at most (Slack
    takes five messages through one response_url, and "Klart" must get through)."""

    class Sent:
        status_code, body = 200, "ok"

    said: list[dict] = []
    now = [100.0]

    def respond(**message):
        said.append(message)
        return Sent()

    note = ProgressNote(
        respond,
        "Uppföljningsmatris – alla organisationer",
        "sv",
        gaps=(5, 15, 45),
        clock=lambda: now[0],
    )
    for done, seconds in enumerate((0, 4.9, 0.2, 14, 1.5, 46, 45, 100, 100), start=1):
        now[0] += seconds
        note(done, 311)
    now[0] += 100
    note(311, 311)  # the last one: "Klart" follows instead
    preparing = "Jag gör i ordning Uppföljningsmatris – alla organisationer"
    assert [m["text"] for m in said] == [
        f"{preparing}: 3 av 311 organisationer klara.",
        f"{preparing}: 5 av 311 organisationer klara.",
        f"{preparing}: 6 av 311 organisationer klara.",
    ]
    assert all(m["replace_original"] and m["response_type"] == "ephemeral" for m in said)


def test_the_export_reports_each_organisation_written(demo, runtime) -> None:
    heard: list[tuple[int, int]] = []
    shared = reports.follow_up_file(
        request_context(demo, team_id=TEAM, today=TODAY),
        "",
        fmt="csv",
        progress=lambda done, total: heard.append((done, total)),
    )
    assert heard == [(1, 2), (2, 2)]  # Exempelkommun, Testby region
    assert shared.rows > 0


def test_an_unknown_sub_command_starts_no_file(
    slack: Slack, fake_slack: FakeSlackAPI, demo
) -> None:
    """The lazy listener runs after every /revision; only export and översikt make a file."""
    for text in ("exprot", "visa", "bevaka", "frister"):
        slack.command(text)
    assert fake_slack.calls_to("files.getUploadURLExternal") == []
    assert _notes(fake_slack) == []


def test_an_export_from_slack_hands_spreadsheets_no_formulas(
    slack: Slack, fake_slack: FakeSlackAPI, session_factory: sessionmaker[Session]
) -> None:
    dde = "=cmd|' /C calc'!A0"
    extraction = schema.Extraction(
        source="formel.pdf",
        organisation="Knivsta kommun",
        title="@SUM(1+1)*cmd|' /C calc'!A0",
        audit_year=2029,
        recommendations=[schema.Recommendation(text=dde, addressee=["Socialnämnden"])],
    )
    with transaction(session_factory) as session:
        load_extraction(session, team_id=TEAM, extraction=extraction, sha256="e" * 64, actor="t")
    slack.command("export knivsta")
    slack.command("export knivsta csv")
    uploads = dict(fake_slack.uploads)
    (xlsx,) = [data for name, data in uploads.items() if name.endswith(".xlsx")]
    (text,) = [data for name, data in uploads.items() if name.endswith(".csv")]

    sheet = load_workbook(io.BytesIO(xlsx)).active
    for cell in sheet[2][1], sheet[2][3]:  # Granskning, Rekommendation
        assert cell.data_type == "s" and cell.quotePrefix, (cell.value, cell.data_type)
    assert sheet[2][3].value == dde
    (record,) = csv.DictReader(io.StringIO(text.decode("utf-8-sig")), delimiter=";")
    assert record["Rekommendation"] == "'" + dde
    assert record["Granskning"] == "'@SUM(1+1)*cmd|' /C calc'!A0"


def test_an_upload_that_fails_midway_is_told_and_nothing_is_shared(
    slack: Slack, fake_slack: FakeSlackAPI, demo
) -> None:
    fake_slack.script("upload", lambda call: (503, {}, {"ok": False}))
    answer = slack.command("export exempel csv")
    assert answer["text"].startswith("Jag gör i ordning")
    (note,) = _notes(fake_slack)
    assert note.startswith("Något gick fel"), note
    assert fake_slack.calls_to("files.completeUploadExternal") == []
