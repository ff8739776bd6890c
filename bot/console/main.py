"""Start the console: on the user's database, or on fresh demo data in a temporary one."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from rich.console import Console
from slack_sdk import WebClient

from bot.cli.common import cli_context
from bot.console.screen import ConsoleClock
from bot.console.session import ConsoleSession
from bot.core.i18n import t
from bot.core.runtime import Runtime
from bot.core.settings import Settings
from bot.demo.data import DEMO_CHANNEL, load_demo
from bot.scheduler import engine_for, start_scheduler
from bot.services.reminders import SweepReport
from bot.slack.sender import SlackSender
from storage.db import transaction


def sweep_once(runtime: Runtime, client: WebClient) -> SweepReport:
    return engine_for(runtime, SlackSender(client)).sweep()


def run_console(
    settings: Settings, *, demo: bool, channel: str | None = None, team: str | None = None
) -> int:
    out = Console(highlight=False)
    interactive = sys.stdin.isatty()
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
        ctx = cli_context(settings, None if demo else team, runtime=runtime)
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
            reader=_reader(out, interactive),
            channel_id=channel or DEMO_CHANNEL,
            team_id=ctx.team_id,
            upload_dir=Path.cwd(),
            sweep=sweep_once,
        )
        lang = settings.language
        out.print(t("console.welcome_demo" if demo else "console.welcome", lang))
        # On a terminal the scheduler runs as in `revisorbot run`; its posts print as they come.
        scheduler = start_scheduler(session.runtime, session.client) if interactive else None
        try:
            read = _reader(out, interactive)
            while True:
                line = read("revision> ")
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


def _reader(out: Console, interactive: bool):
    """Prompted input on a terminal; lines from stdin otherwise, echoed so output reads well."""

    def read(prompt: str) -> str | None:
        if interactive:
            try:
                return out.input(f"[bold]{prompt}[/bold]")
            except EOFError:
                return None
        line = sys.stdin.readline()
        if not line:
            return None
        out.print(f"[dim]{prompt}[/dim]{line.rstrip()}", markup=True, highlight=False)
        return line.rstrip("\n")

    return read
