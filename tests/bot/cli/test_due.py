"""`revisorbot due` as people read it: in an 80-column terminal and through a pipe every word
stays whole; and every command that reads data says which database it read, and when that
database was just created or holds nothing."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.support.terminal import Terminal, revisorbot

# Sentences of the demo data that `due` lists (bot/demo/data.py), longest words included.
WHOLE = (
    "Testby region: Granskning av kompetensförsörjning i vården",
    "Exempelkommun: Granskning av intern kontroll i ekonomiprocessen",
    "Ekonomienheten går igenom alla attesträtter och rensar bort inaktuella.",
    "Kvartalsrapport om personalomsättning per klinik tas fram.",
    "Barn- och utbildningsnämnden",
)


def _env(database: Path, **more: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SLACK_", "REVISORBOT_", "DATABASE_URL"))
    }
    return {**env, "PYTHONPATH": str(REPO), "DATABASE_URL": f"sqlite:///{database}", **more}


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory) -> Path:
    database = tmp_path_factory.mktemp("due") / "demo.sqlite3"
    subprocess.run(
        revisorbot("demo"), env=_env(database), cwd=database.parent, check=True, capture_output=True
    )
    return database


def _one_line(text: str) -> str:
    """The text with its line breaks and indentation read as spaces: a word broken across
    lines ("kompetensför" / "sörjning") stays broken."""
    return re.sub(r"\s+", " ", text)


def test_in_an_80_column_terminal_words_stay_whole(demo_database: Path) -> None:
    terminal = Terminal(revisorbot("due"), columns=80, env=_env(demo_database))
    shown = terminal.finish()
    assert terminal.process.returncode == 0, shown
    assert all(len(line) <= 80 for line in shown.splitlines()), shown
    for sentence in WHOLE:
        assert sentence in _one_line(shown), (sentence, shown)
    assert "Försenat" in shown and "Att göra de närmaste 30 dagarna" in shown


def test_through_a_pipe_each_fact_is_one_whole_line(demo_database: Path) -> None:
    piped = subprocess.run(
        revisorbot("due"), env=_env(demo_database), capture_output=True, text=True, check=True
    )
    lines = piped.stdout.splitlines()
    for sentence in WHOLE:
        assert any(sentence in line for line in lines), (sentence, piped.stdout)
    assert "\x1b[" not in piped.stdout and "━" not in piped.stdout
    assert all(line == line.rstrip() for line in lines)


def test_a_wide_terminal_gets_a_table(demo_database: Path) -> None:
    shown = Terminal(revisorbot("due"), columns=160, env=_env(demo_database)).finish()
    assert "┏" in shown and "Granskning" in shown
    assert "kompetensförsörjning i vården" in shown


def test_another_folder_says_its_database_was_created_empty_and_where(tmp_path: Path) -> None:
    env = _env(tmp_path, REVISORBOT_LANGUAGE="sv")
    del env["DATABASE_URL"]  # the default: a file in the folder the command runs in
    first = subprocess.run(
        revisorbot("due"), env=env, cwd=tmp_path, capture_output=True, text=True, check=True
    )
    told = _one_line(first.stderr)
    assert f"Databasen {tmp_path / 'revisorbot.sqlite3'} fanns inte" in told, first.stderr
    assert "skapades nu och är tom" in told and "DATABASE_URL" in told
    again = subprocess.run(
        revisorbot("due"), env=env, cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert "har inga granskningar i arbetsytan T00LOCAL" in _one_line(again.stderr)
    english = subprocess.run(
        revisorbot("export", "--output", "x.xlsx"),
        env={**env, "REVISORBOT_LANGUAGE": "en"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert "has no audits in workspace T00LOCAL" in _one_line(english.stderr)


def test_a_database_with_audits_is_named_on_stderr_only(demo_database: Path) -> None:
    for command in (("due",), ("chair", "show"), ("milestones", "list", "testby")):
        shown = subprocess.run(
            revisorbot(*command), env=_env(demo_database), capture_output=True, text=True
        )
        assert shown.returncode == 0, shown.stdout + shown.stderr
        assert f"Databas: {demo_database}" in shown.stderr, command
        assert str(demo_database) not in shown.stdout
