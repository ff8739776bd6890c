"""The console's own reminder commands: `:tid` moves the clock, `:påminn` sweeps now.

On demo data a sweep sends, into the console, what `revisorbot run` would send to Slack. On
a real database the console only shows what would be sent: a sweep claims each reminder in
the ledger, and a reminder claimed here would never reach its real channel.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from rich.markup import escape

from bot.console import planned
from bot.core.i18n import t

if TYPE_CHECKING:
    from bot.console.session import ConsoleSession


def set_time(session: ConsoleSession, argument: str) -> None:
    tz, lang = session.settings.tz, session.lang
    if argument:
        try:
            moment = dt.datetime.fromisoformat(argument)
        except ValueError:
            session.out.print(t("console.bad_time", lang, text=escape(argument)))
            return
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=tz)
        session.clock.set(moment)  # type: ignore[attr-defined]
    now = session.clock.now().astimezone(tz)
    session.out.print(t("console.time_is", lang, time=now.strftime("%Y-%m-%d %H:%M")))
    if argument:
        sweep(session)


def sweep(session: ConsoleSession, *, quiet: bool = False) -> None:
    """One sweep at the console's time; what it posts is drawn as it arrives. ``quiet``: say
    nothing when nothing is due (the catch-up before the first prompt)."""
    lang = session.lang
    if session.plan is not None:
        plan = session.plan(session.runtime)
        if plan.reminders and quiet:  # before the first prompt: a line, not every message
            session.out.print(t("console.would_send_hint", lang, count=len(plan.reminders)))
        elif plan.reminders:
            session.out.print(t("console.would_send", lang, count=len(plan.reminders)))
            for message in planned.drawn(plan.reminders, plan.instant, default_language=lang):
                session.out.print(message)
        elif not quiet:
            session.out.print(t("console.nothing_to_remind", lang))
        return
    if session.send is None:
        session.out.print(t("console.no_reminders", lang))
        return
    with session.in_foreground():
        report = session.send(session.runtime, session.client)
        session.api.wait_idle()
    session.drain()
    if not report.sent and not quiet:
        session.out.print(t("console.nothing_to_remind", lang))
