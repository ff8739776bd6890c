"""`revisorbot` command line (SPEC §3)."""

from __future__ import annotations

import json
import logging
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress
from sqlalchemy.exc import OperationalError

from bot.cli import imports, matrices
from bot.cli.common import (
    OrganisationOption,
    TeamOption,
    cli_context,
    console,
    explained,
    tell_which_database,
)
from bot.cli.due import print_due
from bot.cli.help import LocalisedGroup
from bot.cli.reminders import chair_app, milestones_app, reminders_app
from bot.cli.reports import report
from bot.cli.restore import restore
from bot.cli.workspace import workspace_app
from bot.core.errors import UserFacingError
from bot.core.i18n import count, format_names, t
from bot.core.runtime import Runtime, freeze_startup_objects
from bot.core.settings import get_settings, take_secrets_from_environment
from bot.demo.data import load_demo
from bot.demo.national import SCALES, generate
from bot.files import matrix
from bot.files.matrix_read import is_matrix
from bot.services import reports, workspaces
from bot.slack.check import check_bot_token
from bot.slack.workspace import LOCAL_TEAM_ID, resolve_team_id
from storage.db import transaction
from storage.errors import StorageError
from storage.migrate import current_revision, upgrade

app = typer.Typer(
    cls=LocalisedGroup,  # --help in REVISORBOT_LANGUAGE, from the catalogues
    no_args_is_help=True,
    # A crash must not print each frame's variables: they hold the bot token and the signing
    # secret (typer 0.12, which pyproject allows, printed them by default).
    pretty_exceptions_show_locals=False,
)
db_app = typer.Typer(no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(reminders_app, name="reminders")
app.add_typer(chair_app, name="chair")
app.add_typer(milestones_app, name="milestones")
app.command()(restore)
app.command("report")(report)
app.add_typer(workspace_app, name="workspace")
log = logging.getLogger("revisorbot.run")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Run the Alembic migrations to the latest revision."""
    settings = get_settings()
    runtime = Runtime.create(settings, migrate=False)
    upgrade(runtime.engine)
    console.print(
        t("cli.db.upgraded", settings.language, revision=current_revision(runtime.engine))
    )


@app.command()
def run(
    port: Annotated[int, typer.Option(min=1, max=65535)] = 3000,
    host: Annotated[str, typer.Option()] = "0.0.0.0",
    no_scheduler: Annotated[bool, typer.Option("--no-scheduler")] = False,
) -> None:
    """Connect to Slack: Socket Mode when SLACK_APP_TOKEN is set, else HTTP at /slack/events."""
    from bot.app import build_app, serve_http, serve_socket_mode

    settings = get_settings()
    lang = settings.language
    if settings.slack_bot_token is None:
        console.print(t("cli.run.no_token", lang))
        raise typer.Exit(2)
    if settings.slack_app_token is None and settings.slack_signing_secret is None:
        console.print(t("cli.run.no_secret", lang))
        raise typer.Exit(2)
    take_secrets_from_environment()
    try:
        check_bot_token(settings)
    except UserFacingError as error:
        console.print(t(error.key, lang, **error.params))
        raise typer.Exit(1) from error
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    runtime = Runtime.create(settings)
    tell_which_database(runtime, lang)
    _adopt_local_data(runtime)
    slack_app = build_app(runtime)
    if not no_scheduler:
        _start_reminders(runtime, slack_app)
    freeze_startup_objects()
    if settings.slack_app_token is not None:
        serve_socket_mode(slack_app, settings.slack_app_token.get_secret_value())
    else:
        serve_http(slack_app, runtime, host=host, port=port)


def _adopt_local_data(runtime: Runtime) -> None:
    """Reports imported before the token was set belong to the bot's workspace once it starts
    in one that holds nothing yet (README: Connect to Slack); otherwise say where they are."""
    ctx = cli_context(runtime.settings, runtime=runtime, tell=False)
    moved = workspaces.adopt(ctx, source=LOCAL_TEAM_ID)
    if moved is not None:
        log.info(
            "Adopted the data stored under the local workspace %s: %d organisations (%s) and "
            "%d audits now belong to workspace %s",
            moved.source,
            len(moved.organisations),
            ", ".join(moved.organisations),
            moved.count("audit"),
            moved.target,
        )
        return
    stranded = workspaces.stranded(ctx, source=LOCAL_TEAM_ID)
    if stranded:
        log.warning(
            "%d organisations are stored under the local workspace %s, which Slack does not "
            "see; this workspace (%s) already holds data: move them with `revisorbot workspace "
            "move --merge`",
            len(stranded),
            LOCAL_TEAM_ID,
            ctx.team_id,
        )


def _start_reminders(runtime: Runtime, slack_app) -> None:
    """Reminders run beside the app, in the same process."""
    from bot import scheduler

    scheduler.start(runtime, slack_app)


@app.command("console")
def console_(
    demo: Annotated[bool, typer.Option("--demo")] = False,
    channel: Annotated[str | None, typer.Option()] = None,
    team: TeamOption = None,
) -> None:
    """The bot in your terminal: type /revision commands, press buttons by number."""
    from bot.console.main import run_console

    settings = get_settings()
    take_secrets_from_environment()
    raise typer.Exit(run_console(settings, demo=demo, channel=channel, team=team))


@app.command()
def due(
    days: Annotated[int, typer.Option(min=1, max=3650)] = 30,
    team: TeamOption = None,
) -> None:
    """Print response deadlines and actions due soon, and what is overdue."""
    print_due(cli_context(get_settings(), team), days, console)


class DemoScale(StrEnum):
    DEMO = "demo"
    QUICK = "quick"
    NATIONAL = "national"


@app.command()
def demo(
    scale: Annotated[
        DemoScale,
        typer.Option(),
    ] = DemoScale.DEMO,
    seed: Annotated[int, typer.Option()] = 1,
    team: TeamOption = None,
) -> None:
    """Load demo data and print what is due, or generate the national dataset."""
    settings = get_settings()
    runtime = Runtime.create(settings)
    team_id = resolve_team_id(settings, team)
    if scale is not DemoScale.DEMO:
        _generate(runtime, team_id, scale, seed)
        return
    with transaction(runtime.session_factory) as session:
        audit_ids = load_demo(session, team_id=team_id, today=runtime.today())
    url = runtime.engine.url.render_as_string(hide_password=True)
    console.print(t("cli.demo.loaded", settings.language, url=url, audits=len(set(audit_ids))))
    print_due(cli_context(settings, team_id, runtime=runtime), 30, console)


def _generate(runtime: Runtime, team_id: str, scale: DemoScale, seed: int) -> None:
    lang = runtime.settings.language
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task(t("cli.demo.generating", lang, scale=scale.value))

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        try:
            result = generate(
                runtime.engine,
                team_id=team_id,
                today=runtime.today(),
                scale=SCALES[scale.value],
                seed=seed,
                on_progress=advance,
            )
        except StorageError as error:
            console.print(t(f"error.{error.code}", lang, **error.params))
            raise typer.Exit(1) from error
    console.print(
        t(
            "cli.demo.generated",
            lang,
            made=format_names(
                [
                    count("organisations", result.counts["organisation"], lang),
                    count("audits", result.counts["audit"], lang),
                    count("rows", sum(result.counts.values()), lang),
                ],
                lang,
            ),
            url=runtime.engine.url.render_as_string(hide_password=True),
            seconds=f"{result.seconds:.0f}",
            seed=seed,
        )
    )


@app.command("import")
def import_(
    paths: Annotated[list[Path], typer.Argument()],
    organisation: Annotated[str | None, typer.Option("--organisation")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    team: TeamOption = None,
) -> None:
    """Import .pdf, .docx, .txt or .md files (findings, recommendations, deadlines, actions)
    and .xlsx or .csv follow-up matrices (the export, edited, or a team's own sheet)."""
    settings = get_settings()
    lang = settings.language
    err = Console(stderr=True)
    documents = [path for path in paths if not is_matrix(path.name)]
    sheets = [path for path in paths if is_matrix(path.name)]
    outcomes = imports.extract_all(
        documents,
        organisation=organisation,
        lang=lang,
        err=err,
        show_progress=len(documents) > 1 and not as_json,
    )
    ctx = cli_context(settings, team) if sheets or not dry_run else None
    if ctx is not None and not dry_run:
        imports.save_all(ctx, outcomes, organisation=organisation)
    read = (
        matrices.read_matrices(ctx, sheets, organisation=organisation, dry_run=dry_run)
        if ctx is not None
        else []
    )
    if as_json:
        found, changed = iter(outcomes), iter(read)
        entries = [
            next(changed).as_json(lang)
            if is_matrix(path.name)
            else imports.entry(next(found), dry_run=dry_run)
            for path in paths
        ]
        print(json.dumps(entries, ensure_ascii=False, indent=2))
    else:
        if outcomes:
            console.print(imports.summary_table(outcomes, lang=lang, dry_run=dry_run))
        for outcome in read:
            matrices.print_matrix(outcome, out=console, err=err, lang=lang)
    imports.print_problems(outcomes, err=err, with_warnings=not as_json)
    if any(o.error for o in outcomes) or any(o.error for o in read):
        raise typer.Exit(1)


@app.command()
def export(
    output: Annotated[Path, typer.Option("--output", "-o")],
    fmt: Annotated[str, typer.Option("--format", "-f")] = "xlsx",
    organisation: OrganisationOption = None,
    team: TeamOption = None,
) -> None:
    """Write the follow-up matrix: one row per recommendation with its actions and status.

    An xlsx workbook has a second sheet with each audit's questions, their printed
    assessments and the report's assessment texts; a CSV file holds one table, the matrix.
    """
    settings = get_settings()
    lang = settings.language
    if fmt not in matrix.FORMATS:
        raise typer.BadParameter(
            t("cli.export.bad_format", lang, formats=", ".join(matrix.FORMATS))
        )
    ctx = cli_context(settings, team)
    with (
        explained(lang),
        Progress(console=console, transient=True, disable=not console.is_terminal) as progress,
    ):
        task = progress.add_task(t("cli.export.writing", lang))
        shared = reports.follow_up_file(
            ctx,
            organisation or "",
            fmt=fmt,
            progress=lambda done, total: progress.update(task, completed=done, total=total),
        )
    with shared:
        shared.save(output)
    console.print(t("export.written", lang, rows=shared.rows, path=output))


@app.command()
def overview(
    output: Annotated[Path, typer.Option("--output", "-o")],
    organisation: OrganisationOption = None,
    team: TeamOption = None,
) -> None:
    """Draw recommendations per board by status and the next deadlines as a PNG."""
    settings = get_settings()
    with explained(settings.language):
        shared = reports.overview_file(cli_context(settings, team), organisation or "")
    shared.save(output)
    console.print(str(output))


def main() -> None:
    try:
        app()
    except OperationalError as error:
        # Whatever the command: a database that does not answer is a line, not a traceback.
        console.print(t("cli.database_down", get_settings().language, error=error.orig))
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
