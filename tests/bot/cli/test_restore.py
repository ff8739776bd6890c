"""`revisorbot restore`: what was deleted in the last 30 days, and a deletion undone."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from bot.cli import app
from bot.core.settings import get_settings
from bot.rules.choices import MenuChoice
from bot.services import corrections
from bot.slack.workspace import LOCAL_TEAM_ID
from storage import history
from storage.db import transaction
from storage.loader import load_extraction
from storage.models import Audit
from tests.support.context import request_context
from tests.support.reminders import audit_extraction


@pytest.fixture
def cli(engine: Engine, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.setenv("REVISORBOT_LANGUAGE", "sv")
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def test_a_deletion_is_listed_and_undone_from_the_command_line(
    cli: CliRunner, session_factory: sessionmaker[Session]
) -> None:
    with transaction(session_factory) as session:
        audit_id = load_extraction(
            session,
            team_id=LOCAL_TEAM_ID,
            extraction=audit_extraction(
                "Provby kommun", title="Inköpslista", deadline=dt.date(2030, 3, 31)
            ),
            sha256="0" * 64,
            actor="test",
        ).audit_id
    ctx = request_context(session_factory, team_id=LOCAL_TEAM_ID, today=dt.date.today())
    entry = corrections.delete(ctx, MenuChoice("delete", "audit", audit_id))

    listed = cli.invoke(app, ["restore"])
    assert listed.exit_code == 0, listed.output
    assert "Borttaget de senaste 30 dagarna" in listed.output
    assert "Granskningen ”Provby kommun: Inköpslista”" in listed.output
    assert "U0EDITOR" in listed.output and "revisorbot restore NR" in listed.output

    restored = cli.invoke(app, ["restore", str(entry.id)])
    assert restored.exit_code == 0, restored.output
    assert "Återställt: Granskningen ”Provby kommun: Inköpslista”" in restored.output
    with session_factory() as session:
        assert session.scalars(select(Audit.title)).all() == ["Inköpslista"]
        change = history.changes(session, team_id=LOCAL_TEAM_ID, entity="audit")[0]
    assert change.field == "restored" and change.actor.startswith("cli:")

    again = cli.invoke(app, ["restore", str(entry.id)])
    assert again.exit_code == 2 and "redan ångrad" in again.output
    assert "återställt" in cli.invoke(app, ["restore"]).output
    unknown = cli.invoke(app, ["restore", "999"])
    assert unknown.exit_code == 2 and "Hittade ingen borttagning med id 999" in unknown.output


def test_nothing_deleted_is_said_so(cli: CliRunner) -> None:
    result = cli.invoke(app, ["restore"])
    assert result.exit_code == 0
    assert "Inget har tagits bort de senaste 30 dagarna." in result.output
