"""What every command of the `revisorbot` command line shares: the --team option, the console,
one request context per invocation, and how a user-facing error ends a command."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from bot.blocks.errors import error_text
from bot.console.render import mrkdwn_to_markup
from bot.core.clock import Clock
from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.core.i18n import t
from bot.core.runtime import Runtime
from bot.core.settings import Settings
from bot.services import lookups, workspaces
from bot.slack.workspace import LOCAL_TEAM_ID, resolve_team_id
from storage.db import location
from storage.errors import StorageError

TeamOption = Annotated[str | None, typer.Option("--team")]
OrganisationOption = Annotated[str | None, typer.Option("--organisation")]
# Into a pipe or a file, lines are not cut at 80 columns: a path or a sentence stays whole.
console = Console(soft_wrap=not sys.stdout.isatty())
errors = Console(stderr=True, highlight=False, soft_wrap=not sys.stderr.isatty())


def actor() -> str:
    """Who the change log names for a change made from the command line."""
    return f"cli:{getpass.getuser()}"


def cli_context(
    settings: Settings,
    team: str | None = None,
    *,
    clock: Clock | None = None,
    runtime: Runtime | None = None,
    tell: bool = True,
) -> RequestContext:
    """The person at the terminal: may change data, speaks REVISORBOT_LANGUAGE, works in the
    bot token's workspace (or --team's, or the local one), as the console and the bot do
    (bot.slack.workspace.resolve_team_id decides for all). Data that workspace cannot see,
    left under the local one, is mentioned, and which database it is, unless ``tell`` is False
    (commands that say more themselves)."""
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
    if tell:
        tell_where_the_data_is(ctx)
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


def tell_where_the_data_is(ctx: RequestContext) -> None:
    """One line on stderr: which database a command reads, and whether it was created just
    now or holds nothing (the default SQLite file is relative to the folder a command runs
    in, so another folder means another, empty, database)."""
    where = escape(location(ctx.runtime.engine))
    if lookups.has_audits(ctx):
        tell_which_database(ctx.runtime, ctx.lang)
    else:
        key = "cli.database.new" if ctx.runtime.new_database else "cli.database.empty"
        errors.print(t(key, ctx.lang, location=where, team=ctx.team_id), style="yellow")


def tell_which_database(runtime: Runtime, lang: str) -> None:
    """Which database a command reads (every workspace in it: a reminder sweep), on stderr."""
    key = "cli.database.created" if runtime.new_database else "cli.database.at"
    errors.print(t(key, lang, location=escape(location(runtime.engine))), style="dim")


@contextmanager
def explained(lang: str) -> Iterator[None]:
    """A UserFacingError ("no such organisation, did you mean …") as a line and exit code 2."""
    try:
        yield
    except (UserFacingError, StorageError) as error:
        console.print(mrkdwn_to_markup(error_text(error, lang)))
        raise typer.Exit(2) from error
