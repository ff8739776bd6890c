"""`revisorbot --help` speaks REVISORBOT_LANGUAGE: Swedish by default, English when asked,
for every command and option there is."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from bot.cli import app
from bot.cli.help import help_key
from bot.core.locales import en, sv
from bot.core.settings import get_settings


@pytest.fixture
def language(monkeypatch: pytest.MonkeyPatch):
    def choose(lang: str) -> None:
        monkeypatch.setenv("REVISORBOT_LANGUAGE", lang)
        get_settings.cache_clear()

    yield choose
    get_settings.cache_clear()


def _help(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    return result.output


def test_help_is_swedish_by_default(language) -> None:
    language("sv")
    shown = _help()
    assert "Revisorbot: granskningar, yttranden och påminnelser." in shown
    assert "Kommandon" in shown and "Visa den här hjälpen och avsluta." in shown
    assert "Läs in demodata och visa vad som förfaller" in shown
    due = _help("due")
    assert "Hur många dagar framåt." in due and "[standard: 30]" in due
    assert "How many days ahead" not in due
    dry_run = _help("reminders", "run-once")
    assert "Visa vad som skulle skickas, i ord" in dry_run


def test_help_is_english_for_english_readers(language) -> None:
    language("en")
    shown = _help("due")
    assert "How many days ahead." in shown and "Show this message and exit." in shown
    assert "Hur många" not in shown


def _tree(command, path: tuple[str, ...] = ()):
    yield path, None
    for param in command.params:
        yield path, param.name
    yield path, "help"
    for name, sub in getattr(command, "commands", {}).items():
        yield from _tree(sub, (*path, name))


def test_every_command_and_option_has_its_text_in_both_languages() -> None:
    missing = [
        (help_key(path, param), lang)
        for path, param in _tree(typer.main.get_command(app))
        for lang, catalogue in (("sv", sv), ("en", en))
        if help_key(path, param) not in catalogue.MESSAGES
    ]
    assert missing == []
