"""What every command of the `revisorbot` command line shares: the --team option, the console,
one request context per invocation, and how a user-facing error ends a command."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.console import Console

from bot.blocks.errors import error_text
from bot.console.render import mrkdwn_to_markup
from bot.core.clock import Clock
from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.core.runtime import Runtime
from bot.core.settings import Settings
from bot.slack.workspace import resolve_team_id
from storage.errors import StorageError

TeamOption = Annotated[
    str | None, typer.Option("--team", help="Slack team id, when several share a database.")
]
console = Console()


def actor() -> str:
    """Who the change log names for a change made from the command line."""
    return f"cli:{getpass.getuser()}"


def cli_context(
    settings: Settings,
    team: str | None = None,
    *,
    clock: Clock | None = None,
    runtime: Runtime | None = None,
) -> RequestContext:
    """The person at the terminal: may change data, speaks REVISORBOT_LANGUAGE, works in the
    bot token's workspace (or --team's, or the local one)."""
    runtime = runtime or Runtime.create(settings, clock=clock)
    return RequestContext(
        runtime,
        team_id=resolve_team_id(settings, team),
        user_id="",
        lang=settings.language,
        today=runtime.today(),
        check_editor=lambda: True,
        actor=actor(),
    )


@contextmanager
def explained(lang: str) -> Iterator[None]:
    """A UserFacingError ("no such organisation, did you mean …") as a line and exit code 2."""
    try:
        yield
    except (UserFacingError, StorageError) as error:
        console.print(mrkdwn_to_markup(error_text(error, lang)))
        raise typer.Exit(2) from error
