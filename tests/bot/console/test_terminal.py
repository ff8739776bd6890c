"""The console as a person uses it: in a real terminal with line editing and history, the
reminders already due shown before the first prompt; and on a real database, nothing saved
for a made-up channel and no reminder taken from the real channels."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.support.terminal import Terminal, revisorbot

PROMPT = "revision> "
UP = "\x1b[A"


def _env(tmp_path: Path, **more: str) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(REPO),
        "HOME": str(tmp_path),
        "REVISORBOT_LANGUAGE": "sv",
        **more,
    }


@pytest.fixture
def demo_console(tmp_path: Path):
    terminal = Terminal(revisorbot("console", "--demo"), columns=100, env=_env(tmp_path))
    yield terminal
    terminal.close()


def test_up_arrow_brings_back_the_last_command_and_enter_runs_it(demo_console) -> None:
    first_prompt = demo_console.expect(PROMPT)
    demo_console.type("/revision hjälp\r")
    helped = demo_console.expect("Revisorbot – hjälp", after=first_prompt)
    again = demo_console.expect(PROMPT, after=helped)
    demo_console.type(UP + "\r")
    demo_console.expect("Revisorbot – hjälp", after=again + len(PROMPT))
    demo_console.type(":sluta\r")
    shown = demo_console.finish()
    assert "^[[A" not in shown
    assert shown.count("Revisorbot – hjälp") == 2


def test_reminders_already_due_are_shown_before_the_first_prompt(demo_console) -> None:
    welcome = demo_console.expect("Revisorbot i terminalen, med demodata")
    first_prompt = demo_console.expect(PROMPT, after=welcome)
    demo_console.type(":sluta\r")
    shown = demo_console.finish()
    before = shown[welcome:first_prompt]
    assert "#C0DEMO" in before, shown  # the catch-up's reminders, posted to the demo channel
    assert "#C0DEMO" not in shown[first_prompt : first_prompt + 400], shown


@pytest.fixture
def real_database(tmp_path: Path) -> Path:
    """A user's database, with the demo's audits in it (and their watches of C0DEMO)."""
    database = tmp_path / "revisorbot.sqlite3"
    subprocess.run(
        revisorbot("demo"),
        env=_env(tmp_path, DATABASE_URL=f"sqlite:///{database}"),
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    return database


def _rows(database: Path, query: str) -> list[tuple]:
    with sqlite3.connect(database) as connection:
        return connection.execute(query).fetchall()


def _console(database: Path, tmp_path: Path, typed: str, *args: str) -> str:
    result = subprocess.run(
        revisorbot("console", *args),
        input=typed,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
        env=_env(tmp_path, DATABASE_URL=f"sqlite:///{database}", COLUMNS="120"),
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_on_a_real_database_a_made_up_channel_watches_nothing_and_says_so(
    real_database: Path, tmp_path: Path
) -> None:
    watches = "SELECT channel_id FROM subscription ORDER BY channel_id"
    before = _rows(real_database, watches)
    shown = _console(real_database, tmp_path, "/revision bevaka exempel\n")
    assert "på dina riktiga data" in shown and str(real_database) in shown
    assert "finns bara i konsolen" in shown and "--channel" in shown
    assert _rows(real_database, watches) == before

    _console(real_database, tmp_path, "/revision bevaka exempel\n", "--channel", "C0REAL")
    assert ("C0REAL",) in _rows(real_database, watches)


def test_on_a_real_database_reminders_are_shown_not_sent_nor_claimed(
    real_database: Path, tmp_path: Path
) -> None:
    shown = _console(real_database, tmp_path, ":påminn\n")
    typed = shown.index(f"{PROMPT}:påminn")
    # Before the first prompt a line says how many; the messages come when asked for.
    assert "påminnelser skulle skickas nu; skriv :påminn för att se dem." in shown[:typed]
    assert "#C0DEMO" not in shown[:typed]
    assert "Skulle skickas nu (konsolen skickar inget på riktiga data)" in shown[typed:]
    assert "#C0DEMO · Exempelkommun" in shown[typed:]
    assert _rows(real_database, "SELECT COUNT(*) FROM reminder_delivery") == [(0,)]


def test_a_console_on_a_new_database_says_it_was_created_empty(tmp_path: Path) -> None:
    shown = _console(tmp_path / "revisorbot.sqlite3", tmp_path, ":sluta\n")
    assert "fanns inte, så den skapades nu och är tom" in " ".join(shown.split())
    assert os.path.exists(tmp_path / "revisorbot.sqlite3")
