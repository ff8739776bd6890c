"""`revisorbot` command line (SPEC §3)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from bot.demo import load_demo
from bot.i18n import format_due, t
from bot.runtime import Runtime
from bot.scale import SCALES, generate
from bot.settings import get_settings
from bot.workspace import resolve_team_id
from storage import queries
from storage.db import transaction
from storage.errors import StorageError
from storage.migrate import current_revision, upgrade

app = typer.Typer(no_args_is_help=True, help="Revisorbot: audits, responses and reminders.")
db_app = typer.Typer(no_args_is_help=True, help="Database maintenance.")
app.add_typer(db_app, name="db")

TeamOption = Annotated[
    str | None, typer.Option("--team", help="Slack team id, when several share a database.")
]
console = Console()


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
def due(
    days: Annotated[int, typer.Option(min=1, max=3650, help="How many days ahead.")] = 30,
    team: TeamOption = None,
) -> None:
    """Print response deadlines and actions due soon, and what is overdue."""
    settings = get_settings()
    runtime = Runtime.create(settings)
    _print_due(runtime, resolve_team_id(settings, team), days)


class DemoScale(StrEnum):
    DEMO = "demo"
    QUICK = "quick"
    NATIONAL = "national"


@app.command()
def demo(
    scale: Annotated[
        DemoScale,
        typer.Option(
            help="demo: two organisations, five audits. national: every kommun and region "
            "over ten years (SPEC §5). quick: the national shape at a fifteenth of the size."
        ),
    ] = DemoScale.DEMO,
    seed: Annotated[int, typer.Option(help="Seed of the generated data.")] = 1,
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
    _print_due(runtime, team_id, 30)


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
            organisations=result.counts["organisation"],
            audits=result.counts["audit"],
            rows=sum(result.counts.values()),
            url=runtime.engine.url.render_as_string(hide_password=True),
            seconds=f"{result.seconds:.0f}",
            seed=seed,
        )
    )


def _print_due(runtime: Runtime, team_id: str, days: int) -> None:
    lang = runtime.settings.language
    today = runtime.today()
    with runtime.session_factory() as session:
        overdue = queries.overdue_items(session, team_id=team_id, today=today)
        upcoming = queries.due_items(
            session, team_id=team_id, start=today, end=today + dt.timedelta(days=days)
        )
    if overdue:
        console.print(_due_table(t("cli.overdue.title", lang), overdue, today, lang))
    if upcoming:
        console.print(_due_table(t("cli.due.title", lang, days=days), upcoming, today, lang))
    else:
        console.print(t("cli.nothing_due", lang, days=days))


def _due_table(title: str, items, today: dt.date, lang: str) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    table.add_column(t("cli.col.when", lang), no_wrap=True)
    table.add_column(t("cli.col.who", lang))
    table.add_column(t("cli.col.what", lang), overflow="fold")
    table.add_column(t("cli.col.audit", lang), overflow="fold")
    for item in items:
        what = t("kind.response", lang) if item.kind == "response" else item.text
        audit = f"{item.audit.organisation}: {item.audit.title or '#' + str(item.audit.id)}"
        table.add_row(format_due(item.due, today, item.due_precision, lang), item.body, what, audit)
    return table


def main() -> None:
    app()


if __name__ == "__main__":
    main()
