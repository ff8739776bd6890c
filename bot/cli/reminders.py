"""`revisorbot reminders|chair|milestones`: run a sweep by hand, and set what reminders use."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.table import Table
from sqlalchemy.exc import OperationalError

from bot.cli.common import TeamOption, cli_context, console, explained, tell_which_database
from bot.console import planned
from bot.core.clock import Clock, FixedClock, SystemClock
from bot.core.context import RequestContext
from bot.core.i18n import t
from bot.core.runtime import Runtime
from bot.core.settings import Settings, get_settings
from bot.rules.reminder_types import Reminder
from bot.rules.yearwheel import DEFAULT_KINDS
from bot.services import settings as reminder_settings
from bot.services.reminders import ReminderEngine
from bot.slack.client import make_web_client
from bot.slack.sender import SlackSender
from bot.slack.workspace import resolve_team_id
from storage.read_models import OrganisationRef

reminders_app = typer.Typer(no_args_is_help=True)
chair_app = typer.Typer(no_args_is_help=True)
milestones_app = typer.Typer(no_args_is_help=True)

USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")


def _organisation(team: str | None, name: str) -> tuple[RequestContext, OrganisationRef]:
    """The command line's context, and the organisation named (exactly, or a unique prefix)."""
    settings = get_settings()
    ctx = cli_context(settings, team)
    with explained(settings.language):
        return ctx, reminder_settings.organisation_named(ctx, name)


def parse_at(value: str, settings: Settings) -> dt.datetime:
    """An ISO date-time; without an offset it is read in the configured zone."""
    try:
        instant = dt.datetime.fromisoformat(value)
    except ValueError as error:
        raise typer.BadParameter(
            t("cli.reminders.bad_at", settings.language, value=value)
        ) from error
    return instant if instant.tzinfo else instant.replace(tzinfo=settings.tz)


@reminders_app.command("run-once")
def run_once(
    at: Annotated[
        str | None,
        typer.Option("--at"),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run")] = False,
    team: TeamOption = None,
) -> None:
    """One reminder sweep over the workspace's watching channels (a dry run: all, or --team)."""
    settings = get_settings()
    clock: Clock = FixedClock(parse_at(at, settings)) if at else SystemClock()
    try:
        _run_once(settings, clock, dry_run=dry_run, team=team)
    except OperationalError as error:
        console.print(t("cli.reminders.database_down", settings.language, error=error.orig))
        raise typer.Exit(1) from error


def _run_once(settings: Settings, clock: Clock, *, dry_run: bool, team: str | None) -> None:
    lang = settings.language
    runtime = Runtime.create(settings, clock=clock)
    tell_which_database(runtime, lang)
    sender = None
    if not dry_run:
        if settings.slack_bot_token is None:
            console.print(t("cli.reminders.no_token", lang))
            raise typer.Exit(2)
        sender = SlackSender(make_web_client(settings))
        # The token posts to its own workspace only; others sharing the database are theirs.
        team = resolve_team_id(settings, team)
    engine = ReminderEngine(
        runtime.session_factory,
        clock=clock,
        tz=settings.tz,
        sender=sender,
        default_language=lang,
        team_id=team,
    )
    when = clock.now().astimezone(settings.tz).strftime("%Y-%m-%d %H:%M %Z")
    if dry_run:
        # Each as its channel would read it: where, which organisation, when, and the message.
        plan = engine.plan()
        if not plan.reminders:
            console.print(t("cli.reminders.none", lang, at=when))
            return
        console.print(t("cli.reminders.would_send", lang, count=len(plan.reminders), at=when))
        for message in planned.drawn(plan.reminders, plan.instant, default_language=lang):
            console.print(message, soft_wrap=False)  # a panel wraps inside its border
        return
    report = engine.sweep()
    if report.sent:
        console.print(_table(report.sent, settings))
    console.print(
        t(
            "cli.reminders.result",
            lang,
            sent=len(report.sent),
            skipped=len(report.skipped),
            failed=len(report.failed),
        )
    )
    if report.found:
        console.print(t("cli.reminders.found", lang, count=len(report.found)))
    runtime.close()
    if report.failed:
        raise typer.Exit(1)


def _table(reminders: list[Reminder], settings: Settings) -> Table:
    lang = settings.language
    table = Table(show_lines=False)
    table.add_column(t("cli.reminders.col.moment", lang), no_wrap=True)
    table.add_column(t("cli.reminders.col.channel", lang), no_wrap=True)
    table.add_column(t("cli.reminders.col.kind", lang))
    table.add_column(t("cli.reminders.col.key", lang), overflow="fold")
    table.add_column(t("cli.reminders.col.late", lang))
    for reminder in reminders:
        table.add_row(
            reminder.moment.astimezone(settings.tz).strftime("%Y-%m-%d %H:%M"),
            reminder.channel_id,
            t(f"kind.{reminder.kind}", lang),
            reminder.key,
            "⏳" if reminder.late else "",
        )
    return table


@reminders_app.command("settings")
def channel_settings(
    channel: Annotated[str, typer.Argument()],
    organisation: Annotated[str, typer.Argument()],
    changes: Annotated[
        list[str] | None,
        typer.Argument(),
    ] = None,
    team: TeamOption = None,
) -> None:
    """Show, or change, a watching channel's reminder settings."""
    lang = get_settings().language
    ctx, org = _organisation(team, organisation)
    with explained(lang):
        try:
            current = reminder_settings.channel_settings(
                ctx, channel_id=channel, organisation=org, changes=changes or []
            )
        except ValidationError as error:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors()
            )
            console.print(t("cli.settings.invalid", lang, error=problems))
            raise typer.Exit(2) from error
    console.print(t("cli.settings.title", lang, channel=channel, organisation=org.name))
    for key, value in current.model_dump(mode="json").items():
        console.print(f"  {key} = {value}")
    if changes:
        console.print(t("cli.settings.saved", lang))


@chair_app.command("set")
def chair_set(
    organisation: Annotated[str, typer.Argument()],
    user_id: Annotated[str, typer.Argument()],
    team: TeamOption = None,
) -> None:
    """Register the auditors' chair: missing responses are escalated to them by DM."""
    settings = get_settings()
    lang = settings.language
    if not USER_ID.match(user_id):
        console.print(t("cli.chair.bad_user", lang, user=user_id))
        raise typer.Exit(2)
    _set_chair(settings, organisation, user_id, team)


@chair_app.command("clear")
def chair_clear(
    organisation: Annotated[str, typer.Argument()],
    team: TeamOption = None,
) -> None:
    """Remove the registered chair: no more escalations for that organisation."""
    _set_chair(get_settings(), organisation, None, team)


def _set_chair(settings: Settings, organisation: str, user_id: str | None, team: str | None):
    lang = settings.language
    ctx, org = _organisation(team, organisation)
    with explained(lang):
        changed = reminder_settings.set_chair(ctx, org, user_id)
    if not changed:
        console.print(t("cli.chair.unchanged", lang, organisation=org.name))
    elif user_id is None:
        console.print(t("cli.chair.cleared", lang, organisation=org.name))
    else:
        console.print(t("cli.chair.set", lang, user=user_id, organisation=org.name))


@chair_app.command("show")
def chair_show(team: TeamOption = None) -> None:
    """Every organisation and its registered chair."""
    settings = get_settings()
    for org, chair in reminder_settings.chairs(cli_context(settings, team)):
        console.print(f"{org.name}: {chair or t('cli.chair.none', settings.language)}")


@milestones_app.command("list")
def milestones_list(
    organisation: Annotated[str, typer.Argument()],
    team: TeamOption = None,
) -> None:
    """The organisation's auditors' year: defaults and the team's changes."""
    lang = get_settings().language
    ctx, org = _organisation(team, organisation)
    table = Table(
        title=t("cli.milestones.title", lang, organisation=org.name), title_justify="left"
    )
    for column in ("kind", "date", "label", "state"):
        table.add_column(t(f"cli.milestones.col.{column}", lang))
    year = ctx.today.year
    for item in reminder_settings.year_wheel(ctx, org):
        if item.label:
            label = item.label
        elif item.kind in DEFAULT_KINDS:
            label = t(f"milestone.{item.kind}", lang, year=year, previous=year - 1)
        else:
            label = ""
        state = (
            t("cli.milestones.off", lang)
            if not item.enabled
            else t("cli.milestones.changed" if item.customised else "cli.milestones.default", lang)
        )
        table.add_row(item.kind, f"{item.month:02d}-{item.day:02d}", label, state)
    console.print(table)


@milestones_app.command("set")
def milestones_set(
    organisation: Annotated[str, typer.Argument()],
    kind: Annotated[str, typer.Argument()],
    date: Annotated[str, typer.Argument()],
    label: Annotated[str | None, typer.Option("--label")] = None,
    off: Annotated[bool, typer.Option("--off")] = False,
    team: TeamOption = None,
) -> None:
    """Move a milestone of the auditors' year, turn it off, or add one of the team's own."""
    settings = get_settings()
    lang = settings.language
    try:
        month, day = (int(part) for part in date.split("-"))
        dt.date(2024, month, day)
    except ValueError as error:
        console.print(t("cli.milestones.bad_date", lang))
        raise typer.Exit(2) from error
    kind = kind.strip().lower()
    if kind not in DEFAULT_KINDS and not label:
        console.print(t("cli.milestones.needs_label", lang))
        raise typer.Exit(2)
    ctx, org = _organisation(team, organisation)
    with explained(lang):
        reminder_settings.set_milestone(
            ctx, org, kind=kind, month=month, day=day, label=label, enabled=not off
        )
    console.print(t("cli.milestones.saved", lang, kind=kind, organisation=org.name))


@milestones_app.command("reset")
def milestones_reset(
    organisation: Annotated[str, typer.Argument()],
    kind: Annotated[str, typer.Argument()],
    team: TeamOption = None,
) -> None:
    """Forget the team's change to a milestone (a team's own milestone is removed)."""
    ctx, org = _organisation(team, organisation)
    with explained(ctx.lang):
        reminder_settings.reset_milestone(ctx, org, kind.lower())
    console.print(t("cli.milestones.reset", ctx.lang, kind=kind, organisation=org.name))
