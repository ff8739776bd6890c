"""Start the console: on the user's database, or on fresh demo data in a temporary one.

On demo data the console is a whole local Slack: reminders are sent into it, on time. On the
user's own database it only shows what would be sent (a reminder sent here would be claimed
and never reach its real channel), and saves nothing for a channel that is not real.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from slack_sdk import WebClient

from bot.cli.common import cli_context, mention_stranded_data
from bot.console import reminding
from bot.console.lines import LineReader
from bot.console.screen import ConsoleClock
from bot.console.session import ConsoleSession
from bot.core.context import RequestContext
from bot.core.i18n import t
from bot.core.runtime import Runtime
from bot.core.settings import Settings
from bot.demo.data import DEMO_CHANNEL, load_demo
from bot.scheduler import engine_for, start_scheduler
from bot.services.reminders import Plan, SweepReport
from bot.slack.sender import SlackSender
from storage import audits
from storage.db import location, transaction

PROMPT = "revision> "


def sweep_once(runtime: Runtime, client: WebClient) -> SweepReport:
    return engine_for(runtime, SlackSender(client)).sweep()


def plan_once(runtime: Runtime) -> Plan:
    """What a sweep would send now, in every workspace of the database; nothing is claimed."""
    return engine_for(runtime, None).plan()


def run_console(
    settings: Settings, *, demo: bool, channel: str | None = None, team: str | None = None
) -> int:
    out = Console(highlight=False)
    reader = LineReader(out, interactive=sys.stdin.isatty())
    with tempfile.TemporaryDirectory(prefix="revisorbot-console-") as scratch:
        if demo:
            # Fresh demo data of its own: no workspace to ask Slack about, whatever token is set.
            settings = settings.model_copy(
                update={
                    "database_url": f"sqlite:///{Path(scratch) / 'demo.sqlite3'}",
                    "slack_bot_token": None,
                }
            )
        runtime = Runtime.create(settings, clock=ConsoleClock())
        # The workspace `import`, `revisorbot run` and every other command use: the token's.
        ctx = cli_context(settings, None if demo else team, runtime=runtime, tell=False)
        if demo:
            with transaction(runtime.session_factory) as session:
                load_demo(
                    session,
                    team_id=ctx.team_id,
                    today=runtime.today(),
                    channel_id=channel or DEMO_CHANNEL,
                )
        session = ConsoleSession(
            runtime,
            out=out,
            reader=reader,
            channel_id=channel or DEMO_CHANNEL,
            team_id=ctx.team_id,
            upload_dir=Path.cwd(),
            send=sweep_once if demo else None,
            plan=None if demo else plan_once,
            made_up_channel=not demo and channel is None,
            above_prompt=reader.above_prompt,
        )
        _welcome(out, ctx, demo=demo, channel=channel)
        # What is due already, before the first prompt rather than in the middle of it.
        reminding.sweep(session, quiet=True)
        # On demo data in a terminal the scheduler runs as in `revisorbot run`; what it posts
        # is drawn above the prompt.
        scheduler = (
            start_scheduler(session.runtime, session.client)
            if demo and reader.interactive
            else None
        )
        try:
            while True:
                line = reader(PROMPT)
                if line is None or not session.handle(line):
                    break
        except KeyboardInterrupt:
            out.print()
        finally:
            if scheduler is not None:
                scheduler.shutdown(wait=False)
            session.close()
            runtime.close()
    return 0


def _welcome(out: Console, ctx: RequestContext, *, demo: bool, channel: str | None) -> None:
    runtime, lang = ctx.runtime, ctx.lang
    if demo:
        out.print(t("console.welcome_demo", lang))
        return
    where = escape(location(runtime.engine))
    out.print(t("console.welcome_real", lang, location=where))
    with runtime.session_factory() as session:
        empty = audits.count_audits(session, team_id=ctx.team_id) == 0
    if empty:
        key = "cli.database.new" if runtime.new_database else "cli.database.empty"
        out.print(t(key, lang, location=where, team=ctx.team_id), style="yellow")
    mention_stranded_data(ctx)
    if channel is None:
        out.print(t("console.channel_made_up", lang, channel=DEMO_CHANNEL), style="yellow")
