"""`revisorbot --help` in the reader's language (REVISORBOT_LANGUAGE): every command's and
option's text comes from the catalogues, keyed by its place in the command tree."""

from __future__ import annotations

from typing import Any

import typer.rich_utils
from pydantic import ValidationError
from typer.core import TyperGroup

from bot.core.i18n import t
from bot.core.locales import sv
from bot.core.settings import get_settings

ROOT = "cli.help"
# Typer's own words around the texts: the titles of its panels and its notes.
TYPER_WORDS = {
    "ARGUMENTS_PANEL_TITLE": "cli.help.panel.arguments",
    "OPTIONS_PANEL_TITLE": "cli.help.panel.options",
    "COMMANDS_PANEL_TITLE": "cli.help.panel.commands",
    "DEFAULT_STRING": "cli.help.panel.default",
    "REQUIRED_LONG_STRING": "cli.help.panel.required",
}


def help_key(path: tuple[str, ...], param: str | None = None) -> str:
    """ "cli.help.reminders.run-once" for a command, "cli.help.reminders.run-once.at" for its
    option; an option every command shares (--team) is "cli.help.option.team"."""
    key = ".".join((ROOT, *path))
    if param is None:
        return key
    own = f"{key}.{param}"
    return own if own in sv.MESSAGES else f"{ROOT}.option.{param}"


def localise(command: Any, lang: str, path: tuple[str, ...] = ()) -> None:
    """Put the catalogue's texts on ``command`` and everything below it."""
    command.help = t(help_key(path), lang)
    command.short_help = None
    context = command.context_class(command)
    for param in (*command.params, command.get_help_option(context)):
        if param is not None:
            param.help = t(help_key(path, param.name), lang)
    for name, sub in getattr(command, "commands", {}).items():
        localise(sub, lang, (*path, name))


def language() -> str:
    try:
        return get_settings().language
    except ValidationError:  # a broken setting is the command's to report, not the help's
        return "sv"


class LocalisedGroup(TyperGroup):
    """The root group: translates the tree before click parses anything (--help included)."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        lang = language()
        for name, key in TYPER_WORDS.items():
            setattr(typer.rich_utils, name, t(key, lang))
        localise(self, lang)
        return super().main(*args, **kwargs)
