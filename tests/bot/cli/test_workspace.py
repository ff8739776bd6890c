"""One workspace for every command: the console, `import` and the bot agree on the token's
(auth.test), and what was imported before the token was set is said and moved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bench.samples import REVISION_LETTER
from bot.slack.workspace import LOCAL_TEAM_ID
from storage.db import make_engine, make_session_factory
from storage.models import Audit
from tests.support.cli import command_line
from tests.support.slack_api import TEAM_ID, FakeSlackAPI
from tests.support.slack_requests import BOT_TOKEN

TITLE = "Brister i hanteringen av kommunens fordon"


@pytest.fixture
def fake() -> Iterator[FakeSlackAPI]:
    fake = FakeSlackAPI(team_id=TEAM_ID).start()
    yield fake
    fake.stop()


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake: FakeSlackAPI):
    """``cli(*args, token=…, typed=…)``: revisorbot as a user runs it, on one SQLite file, with
    Slack's Web API at ``fake``; with ``token=False`` as before SLACK_BOT_TOKEN was set."""
    run = command_line(
        monkeypatch, f"sqlite:///{tmp_path / 'cli.sqlite3'}", SLACK_API_URL=fake.base_url
    )

    def with_token(*args: str, token: bool = True, typed: str | None = None):
        # Set again each time: `console` takes the secrets out of the environment, as `run` does.
        monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN if token else "")
        return run(*args, typed=typed)

    return with_token


def _audit_teams(tmp_path: Path) -> list[str]:
    engine = make_engine(f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    try:
        with make_session_factory(engine)() as session:
            return list(session.scalars(select(Audit.team_id)))
    finally:
        engine.dispose()


def test_the_console_finds_what_import_just_stored_in_the_tokens_workspace(
    cli, fake: FakeSlackAPI, tmp_path: Path
) -> None:
    letter = tmp_path / "skrivelse.txt"
    letter.write_text(REVISION_LETTER, encoding="utf-8")
    imported = cli("import", str(letter), "--organisation", "Testby kommun")
    assert imported.exit_code == 0, imported.output
    assert _audit_teams(tmp_path) == [TEAM_ID]

    shown = cli("console", typed="/revision visa testby fordon\n")
    assert shown.exit_code == 0, shown.output
    assert TITLE in shown.stdout
    assert "Hittade ingen" not in shown.stdout
    # Both asked Slack which workspace the token belongs to.
    assert len(fake.calls_to("auth.test")) >= 2


def test_reports_imported_before_the_token_was_set_are_mentioned_and_moved(
    cli, tmp_path: Path
) -> None:
    letter = tmp_path / "skrivelse.txt"
    letter.write_text(REVISION_LETTER, encoding="utf-8")
    assert cli("import", str(letter), "--organisation", "Testby kommun", token=False).exit_code == 0
    assert _audit_teams(tmp_path) == [LOCAL_TEAM_ID]

    due = cli("due")
    said = " ".join(due.stderr.split())
    assert "1 organisation (Testby kommun) ligger under den lokala arbetsytan T00LOCAL" in said
    assert f"revisorbot workspace move --from T00LOCAL --to {TEAM_ID}" in said

    listed = cli("workspace", "list")
    assert "T00LOCAL" in listed.stdout and "lokal (utan" in listed.stdout

    moved = cli("workspace", "move")
    assert moved.exit_code == 0, moved.output
    assert (
        f"Flyttat från T00LOCAL till {TEAM_ID}: 1 organisationer, 1 granskningar, "
        "2 rekommendationer" in " ".join(moved.stdout.split())
    )
    assert "Testby kommun" in moved.stdout
    assert _audit_teams(tmp_path) == [TEAM_ID]
    assert "ligger under" not in cli("due").stderr

    again = cli("workspace", "move")
    assert again.exit_code == 2 and "har inga data att flytta" in again.stdout
    assert cli("workspace", "move", "--from", "knivsta").exit_code == 2
    shown = cli("console", typed="/revision visa testby fordon\n")
    assert TITLE in shown.stdout
