"""The console drives the same Bolt app as Slack: what a user types, sees and presses."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from rich.console import Console
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.console.main import sweep_once
from bot.console.session import CONSOLE_USER, ConsoleClock, ConsoleSession
from bot.core.i18n import format_date
from bot.core.runtime import Runtime
from bot.core.settings import Settings
from bot.demo.data import load_demo
from bot.slack.workspace import LOCAL_TEAM_ID
from storage import due, history
from storage.db import transaction
from tests.conftest import REPO


class Screen:
    """The terminal: what was printed, and the answers typed at prompts."""

    def __init__(self) -> None:
        self.buffer = io.StringIO()
        self.console = Console(file=self.buffer, width=140, force_terminal=False, color_system=None)
        self.answers: list[str] = []
        self.prompts: list[str] = []

    def read(self, prompt: str) -> str | None:
        self.prompts.append(prompt)
        return self.answers.pop(0) if self.answers else None

    def take(self) -> str:
        text = self.buffer.getvalue()
        self.buffer.seek(0)
        self.buffer.truncate()
        return text


@pytest.fixture
def console(
    engine: Engine, session_factory: sessionmaker[Session], tmp_path: Path
) -> Iterator[tuple[ConsoleSession, Screen]]:
    settings = Settings(
        database_url=engine.url.render_as_string(hide_password=False), REVISORBOT_LANGUAGE="sv"
    )
    runtime = Runtime(settings, engine, session_factory, ConsoleClock())
    with transaction(session_factory) as session:
        load_demo(session, team_id=LOCAL_TEAM_ID, today=runtime.today())
    screen = Screen()
    session = ConsoleSession(
        runtime,
        out=screen.console,
        reader=screen.read,
        channel_id="C0DEMO",
        upload_dir=tmp_path,
        send=sweep_once,
    )
    yield session, screen
    session.close()


def _number_of(session: ConsoleSession, label: str) -> int:
    return min(n for n, (choice, _) in session.choices.items() if choice.label == label)


def test_a_pressed_button_reaches_the_same_handler_as_in_slack(
    console: tuple[ConsoleSession, Screen], session_factory: sessionmaker[Session]
) -> None:
    session, screen = console
    session.handle("/revision frister")
    shown = screen.take()
    assert "Frister de närmaste 30 dagarna" in shown
    assert "Yttrande från Kommunstyrelsen" in shown and "om 12 dagar" in shown

    screen.answers = [""]  # accept the date picker's default: today
    session.handle(str(_number_of(session, "Markera inkommet")))
    assert screen.prompts[-1].startswith("Inkom den")

    with session_factory() as db:
        requests = [
            i
            for i in due.due_items(
                db, team_id=LOCAL_TEAM_ID, start=session.runtime.today(), end=None
            )
            if i.kind == "response"
        ]
        log = history.changes(db, team_id=LOCAL_TEAM_ID, entity="response_request")
    assert [i.body for i in requests] == ["Socialnämnden"]
    assert [(e.actor, e.new_value) for e in log] == [
        (CONSOLE_USER, session.runtime.today().isoformat())
    ]


def test_moving_the_clock_shows_the_reminders_sent_then_once(
    console: tuple[ConsoleSession, Screen],
) -> None:
    session, screen = console
    deadline = session.runtime.today().toordinal() + 12
    from datetime import date

    day = date.fromordinal(deadline)
    session.handle(f":tid {day.isoformat()} 08:00")
    shown = screen.take()
    assert f"Konsolens klocka: {day.isoformat()} 08:00" in shown
    assert "yttrande från Kommunstyrelsen" in shown
    assert "Markera inkommet" in shown
    session.handle(f":tid {day.isoformat()} 08:05")
    assert "Inga påminnelser att skicka just nu" in screen.take()


def test_export_and_overview_are_saved_where_the_console_runs(
    console: tuple[ConsoleSession, Screen], tmp_path: Path
) -> None:
    session, screen = console
    session.handle("/revision export exempel")
    session.handle("/revision översikt")
    shown = screen.take()
    saved = sorted(p.name for p in tmp_path.iterdir())
    assert any(
        name.startswith("uppfoljningsmatris-exempelkommun") and name.endswith(".xlsx")
        for name in saved
    ), saved
    assert any(name.startswith("oversikt-alla") and name.endswith(".png") for name in saved)
    assert "Filen sparades i" in shown
    workbook = next(tmp_path.glob("*.xlsx"))
    rows = list(load_workbook(workbook).active.iter_rows(values_only=True))
    assert len(rows) == 1 + 7  # header + Exempelkommun's recommendations
    assert (tmp_path / next(n for n in saved if n.endswith(".png"))).read_bytes()[:4] == (
        b"\x89PNG"
    )


def test_unknown_input_gets_help_not_a_crash(console: tuple[ConsoleSession, Screen]) -> None:
    session, screen = console
    assert session.handle("/revison frister")
    assert session.handle("fristr")
    assert session.handle("99")
    assert session.handle(":okänt")
    shown = screen.take()
    assert "/revison finns inte här" in shown
    assert "Menade du" in shown
    assert "ingen knapp med nummer 99" in shown
    assert not session.handle(":sluta")


def test_piped_demo_prints_the_upcoming_deadlines(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "console", "--demo"],
        input="/revision frister\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(REPO),
            "COLUMNS": "120",
            "HOME": str(tmp_path),
        },
    )
    assert result.returncode == 0, result.stderr
    assert "Frister de närmaste 30 dagarna" in result.stdout
    assert "Exempelkommun" in result.stdout and "Markera inkommet" in result.stdout


def test_the_demo_warns_of_nothing_with_a_bot_token_in_the_environment(tmp_path: Path) -> None:
    """Someone who exported SLACK_BOT_TOKEN for `revisorbot run` tries `make demo`."""
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "console", "--demo"],
        input="/revision hjälp\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(REPO),
            "HOME": str(tmp_path),
            "SLACK_BOT_TOKEN": "xoxb-exported-for-revisorbot-run",
        },
    )
    assert result.returncode == 0, result.stderr
    assert "Revisorbot – hjälp" in result.stdout
    assert result.stderr == ""
    assert "token" not in result.stdout.casefold()


def test_a_milestone_is_moved_and_turned_off_from_the_console_form(
    console: tuple[ConsoleSession, Screen],
) -> None:
    """The modal's date picker and checkboxes are asked for in turn; Enter keeps a value."""
    session, screen = console
    today = session.runtime.today()
    session.handle("/revision årshjul exempel")
    shown = screen.take()
    assert "Årshjulet – Exempelkommun" in shown and "Ändra" in shown

    new_day = today + timedelta(days=40)
    screen.answers = [new_day.isoformat(), ""]
    session.handle(str(_number_of(session, "Ändra")))
    assert screen.prompts[-1].startswith("Påminnelser (numren att kryssa i")
    moved = screen.take()
    assert "☑ 1. Påminn kanalerna som bevakar organisationen" in moved
    assert f"{format_date(new_day)}, om 40 dagar" in moved
    assert "(avstängd)" not in moved

    screen.answers = ["", "0"]
    session.handle(str(_number_of(session, "Ändra")))
    assert "(avstängd)" in screen.take()
