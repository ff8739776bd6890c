"""`revisorbot workspace list|move`: data kept under Slack workspaces, seen and moved.

Reports imported before SLACK_BOT_TOKEN was set live under the local team id; `run` adopts
them when its workspace holds nothing, and `workspace move` does it whenever asked.
"""

from __future__ import annotations

import re
from typing import Annotated

import typer
from rich.table import Table

from bot.cli.common import cli_context, console, explained
from bot.core.i18n import t
from bot.core.settings import get_settings
from bot.services import workspaces
from bot.slack.workspace import LOCAL_TEAM_ID

workspace_app = typer.Typer(
    no_args_is_help=True, help="Data under Slack workspaces (team ids): list and move."
)

# Slack's team ids (T…) and Enterprise Grid's (E…), as auth.test gives them.
TEAM_ID = re.compile(r"^[TE][A-Z0-9]{2,31}$")


def _team_id(value: str | None) -> str | None:
    if value is not None and not TEAM_ID.match(value):
        raise typer.BadParameter(t("cli.workspace.bad_team", get_settings().language, team=value))
    return value


@workspace_app.command("list")
def list_() -> None:
    """Every workspace holding data in this database, and which one this bot works in."""
    settings = get_settings()
    lang = settings.language
    ctx = cli_context(settings, tell=False)
    table = Table(title=t("cli.workspace.title", lang), title_justify="left")
    for key in ("team", "organisations", "audits", "recommendations", "note"):
        table.add_column(t(f"cli.workspace.col.{key}", lang))
    for summary in workspaces.overview(ctx):
        notes = []
        if summary.team_id == ctx.team_id:
            notes.append(t("cli.workspace.this_one", lang))
        if summary.team_id == LOCAL_TEAM_ID:
            notes.append(t("cli.workspace.local", lang))
        table.add_row(
            summary.team_id,
            str(summary.organisations),
            str(summary.audits),
            str(summary.recommendations),
            ", ".join(notes),
        )
    console.print(table)


@workspace_app.command("move")
def move(
    source: Annotated[
        str,
        typer.Option(
            "--from", callback=_team_id, help="The team id the data is under (the local one)."
        ),
    ] = LOCAL_TEAM_ID,
    target: Annotated[
        str | None,
        typer.Option(
            "--to", callback=_team_id, help="The team id to give it to (the bot token's)."
        ),
    ] = None,
    merge: Annotated[
        bool,
        typer.Option(
            "--merge",
            help="Also when the target holds data, if no organisation or document is in both.",
        ),
    ] = False,
) -> None:
    """Move everything stored under one workspace to another, and say what moved."""
    settings = get_settings()
    lang = settings.language
    ctx = cli_context(settings, target, tell=False)
    with explained(lang):
        moved = workspaces.move(ctx, source=source, merge=merge)
    console.print(
        t(
            "cli.workspace.moved",
            lang,
            source=moved.source,
            target=moved.target,
            organisations=len(moved.organisations),
            audits=moved.count("audit"),
            recommendations=moved.count("recommendation"),
            actions=moved.count("action"),
            channels=moved.count("subscription"),
        ),
        markup=False,
    )
    for name in moved.organisations:
        console.print(f"  {name}", markup=False, highlight=False)
