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
from bot.core.i18n import t
from bot.core.runtime import Runtime
from bot.core.settings import Settings
from bot.services import workspaces
from bot.slack.workspace import LOCAL_TEAM_ID, resolve_team_id
from storage.errors import StorageError

TeamOption = Annotated[
    str | None, typer.Option("--team", help="Slack team id, when several share a database.")
]
OrganisationOption = Annotated[
    str | None, typer.Option("--organisation", help="Only this organisation.")
]
console = Console()
errors = Console(stderr=True)


def actor() -> str:
    """Who the change log names for a change made from the command line."""
    return f"cli:{getpass.getuser()}"


def cli_context(
    settings: Settings,
    team: str | None = None,
    *,
    clock: Clock | None = None,
    runtime: Runtime | None = None,
    mention_stranded: bool = True,
) -> RequestContext:
    """The person at the terminal: may change data, speaks REVISORBOT_LANGUAGE, works in the
    bot token's workspace (or --team's, or the local one), as the console and the bot do
    (bot.slack.workspace.resolve_team_id decides for all). Data that workspace cannot see,
    left under the local one, is mentioned unless ``mention_stranded`` is False."""
    runtime = runtime or Runtime.create(settings, clock=clock)
    ctx = RequestContext(
        runtime,
        team_id=resolve_team_id(settings, team),
        user_id="",
        lang=settings.language,
        today=runtime.today(),
        check_editor=lambda: True,
        actor=actor(),
    )
    if mention_stranded:
        mention_stranded_data(ctx)
    return ctx


def mention_stranded_data(ctx: RequestContext) -> None:
    """On stderr: organisations under the local workspace (imported before SLACK_BOT_TOKEN was
    set), which ``ctx``'s workspace does not see, and the command that moves them."""
    names = workspaces.stranded(ctx, source=LOCAL_TEAM_ID)
    if names:
        errors.print(
            t(
                "cli.workspace.stranded",
                ctx.lang,
                count=len(names),
                names=", ".join(names),
                local=LOCAL_TEAM_ID,
                team=ctx.team_id,
            ),
            markup=False,
        )


@contextmanager
def explained(lang: str) -> Iterator[None]:
    """A UserFacingError ("no such organisation, did you mean …") as a line and exit code 2."""
    try:
        yield
    except (UserFacingError, StorageError) as error:
        console.print(mrkdwn_to_markup(error_text(error, lang)))
        raise typer.Exit(2) from error
