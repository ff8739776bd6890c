"""Runs the reminder sweep inside `revisorbot run` (APScheduler 3, a background thread).

One job: a sweep at every quarter hour of the configured zone (:00, :15, :30, :45). The sweep
sends everything the rules say is due, the digests included, so a Monday 08:00 digest goes
out at 08:00 and a channel that chose 09:30 gets its digest at 09:30. coalesce and
max_instances=1 keep a slow sweep from piling up; misfire_grace_time lets a sweep that was
held up (a busy machine, a suspended laptop) still run. On start a sweep runs at once: it
catches up what fell due while the bot was down, once (the ledger), marked late.
"""

from __future__ import annotations

import atexit
import logging

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from slack_sdk import WebClient

from bot.core.runtime import Runtime
from bot.services.reminders import ReminderEngine, Sender
from bot.slack.client import make_web_client
from bot.slack.sender import SlackSender
from bot.slack.workspace import resolve_team_id

logger = logging.getLogger(__name__)

SWEEP_JOB = "reminder-sweep"
CATCH_UP_JOB = "reminder-catch-up"
MISFIRE_GRACE_SECONDS = 10 * 60


def engine_for(
    runtime: Runtime, sender: Sender | None, *, team_id: str | None = None
) -> ReminderEngine:
    return ReminderEngine(
        runtime.session_factory,
        clock=runtime.clock,
        tz=runtime.settings.tz,
        sender=sender,
        default_language=runtime.settings.language,
        team_id=team_id,
    )


def _sweep(engine: ReminderEngine) -> None:
    try:
        engine.sweep()
    except Exception:  # the database is down, say: log it, the next quarter hour retries
        logger.exception("reminder sweep failed; the next one runs in at most 15 minutes")


def start_scheduler(
    runtime: Runtime,
    client: WebClient,
    *,
    sender: Sender | None = None,
    team_id: str | None = None,
) -> BackgroundScheduler:
    """Start sweeping in the background; call ``.shutdown()`` on the result when stopping.

    ``client`` comes from bot.slack_client.make_web_client (its retry handlers honour 429);
    ``sender`` replaces it where messages go elsewhere (the console prints them);
    ``team_id`` limits the sweeps to the workspace ``client`` posts to.
    """
    engine = engine_for(runtime, sender or SlackSender(client), team_id=team_id)
    scheduler = BackgroundScheduler(
        timezone=runtime.settings.tz,
        job_defaults={
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": MISFIRE_GRACE_SECONDS,
        },
    )
    scheduler.add_job(
        _sweep,
        CronTrigger(minute="0,15,30,45", timezone=runtime.settings.tz),
        args=[engine],
        id=SWEEP_JOB,
        name="reminder sweep every quarter hour",
    )
    # Runs once, now: whatever fell due while the bot was down.
    scheduler.add_job(_sweep, args=[engine], id=CATCH_UP_JOB, name="catch-up on start")
    scheduler.start()
    logger.info(
        "reminder scheduler started (sweeps at :00, :15, :30, :45 %s)", runtime.settings.timezone
    )
    return scheduler


def start(runtime: Runtime, app: object | None = None) -> BackgroundScheduler:
    """What `revisorbot run` calls beside the Bolt app (which the reminders do not need).

    Posts with the bot token through the one client factory, so SLACK_API_URL and the
    rate-limit retries apply, and only to the token's own workspace (others sharing the
    database have their own process); the scheduler stops when the process exits.
    """
    client = make_web_client(runtime.settings)
    team_id = resolve_team_id(runtime.settings)
    scheduler = start_scheduler(runtime, client, team_id=team_id)
    atexit.register(_stop, scheduler)
    return scheduler


def _stop(scheduler: BackgroundScheduler) -> None:
    if scheduler.running:
        scheduler.shutdown(wait=False)
