"""`revisorbot run`'s reminder scheduler: quarter-hour sweeps, and a late catch-up on start."""

from __future__ import annotations

import time

from apscheduler.triggers.cron import CronTrigger

from bot.core.clock import FixedClock
from bot.core.runtime import Runtime
from bot.core.settings import Settings
from bot.scheduler import CATCH_UP_JOB, MISFIRE_GRACE_SECONDS, SWEEP_JOB, start_scheduler
from tests.support.reminders import (
    CHANNEL,
    SUNDAY_DEADLINE,
    audit_extraction,
    load,
    local,
    posts,
    watch_with,
    web_client,
)


def test_on_start_what_was_missed_is_sent_once_marked_late(
    engine, session_factory, fake_slack
) -> None:
    load(
        session_factory,
        audit_extraction("Knivsta kommun", title="Granskning av arkivet", deadline=SUNDAY_DEADLINE),
    )
    watch_with(session_factory, "Knivsta kommun")
    # The bot was down over Friday's 08:00 reminders and comes back at 14:00.
    runtime = Runtime(
        settings=Settings(_env_file=None),
        engine=engine,
        session_factory=session_factory,
        clock=FixedClock(local(2030, 3, 29, 14, 0)),
    )
    scheduler = start_scheduler(runtime, web_client(fake_slack))
    try:
        deadline = time.monotonic() + 120
        while len(posts(fake_slack)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        sweep = scheduler.get_job(SWEEP_JOB)
        assert isinstance(sweep.trigger, CronTrigger)
        assert str(sweep.trigger.fields[6]) == "0,15,30,45"  # minute
        assert sweep.coalesce and sweep.max_instances == 1
        assert sweep.misfire_grace_time == MISFIRE_GRACE_SECONDS
    finally:
        scheduler.shutdown(wait=True)
    assert scheduler.get_job(CATCH_UP_JOB) is None  # it ran once and is gone
    sent = posts(fake_slack, CHANNEL)
    assert len(sent) == 2
    for call in sent:
        assert call.blocks[0]["type"] == "context"
        assert "Försenad påminnelse" in call.blocks[0]["elements"][0]["text"]
        assert "fre 29 mars 2030 08:00" in call.blocks[0]["elements"][0]["text"]


def test_the_hook_revisorbot_run_calls_posts_with_the_bot_token(
    engine, session_factory, fake_slack
) -> None:
    from bot.scheduler import start

    load(
        session_factory,
        audit_extraction("Knivsta kommun", title="Granskning av arkivet", deadline=SUNDAY_DEADLINE),
    )
    watch_with(session_factory, "Knivsta kommun")
    settings = Settings(
        _env_file=None,
        SLACK_BOT_TOKEN="xoxb-test-token-not-real",
        SLACK_API_URL=fake_slack.base_url,
    )
    runtime = Runtime(settings, engine, session_factory, FixedClock(local(2030, 3, 29, 8, 5)))
    scheduler = start(runtime, app=None)
    try:
        deadline = time.monotonic() + 120
        while len(posts(fake_slack)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        scheduler.shutdown(wait=True)
    sent = posts(fake_slack, CHANNEL)
    assert len(sent) == 2
    assert all(c.headers.get("authorization") == "Bearer xoxb-test-token-not-real" for c in sent)
