"""Delivering reminders exactly once: plan (rules + ledger), then claim → send → record.

Dispatch-style reminders remember what they sent by a watermark written after sending, so a
crash resends and two processes double-send. Here every reminder has a key, and the ledger
(storage.ledger) decides who sends it: the row is claimed before the message goes out and
confirmed with Slack's ts after. Any number of processes may sweep one PostgreSQL database.
The message carries its key (Slack message metadata), so a claim never confirmed — the
process died after posting, or Slack answered after the client stopped waiting — is first
looked for in the channel's history and confirmed from there if Slack has it.

Each reminder is delivered in its own try: one failure is logged with its key and channel
and the sweep carries on. A channel the bot can no longer post to pauses its subscriptions
and the person who set up the watch is told once, by direct message.
"""

from __future__ import annotations

import datetime as dt
import http.client
import logging
import os
import socket
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol
from zoneinfo import ZoneInfo

from pydantic import ValidationError
from slack_sdk.errors import SlackApiError
from sqlalchemy.orm import Session, sessionmaker

from bot.core.clock import Clock
from bot.rules.calendar import SwedishCalendar
from bot.rules.reminder_settings import DEFAULT_SETTINGS, parse_settings
from bot.rules.reminder_types import (
    CATCH_UP,
    DIGEST_ACTION_LIMIT,
    ESCALATION_CATCH_UP,
    DigestSlot,
    Horizon,
    Instant,
    Kind,
    Reminder,
    Snapshot,
    Watch,
)
from bot.rules.reminders import digest_slots, due_reminders, horizon
from storage import channels, ledger
from storage import sweep as store
from storage.db import transaction

logger = logging.getLogger(__name__)

# Slack's answers meaning "this channel is gone for the bot": retrying cannot help.
CHANNEL_GONE = frozenset({"not_in_channel", "channel_not_found", "is_archived"})
# Slack (or the way to it) failing for a while: the reminder waits, however long it takes.
SLACK_DOWN = frozenset({"internal_error", "fatal_error", "service_unavailable", "request_timeout"})
# How far Slack's clock may be ahead of ours when its history is searched from a claim's time.
CLOCK_MARGIN = dt.timedelta(minutes=5)


class Sender(Protocol):
    """Delivers what the engine decided to send, and returns the message's ts; raises
    SlackApiError when Slack says no. bot.slack.sender.SlackSender draws it as Block Kit."""

    def send_reminder(self, reminder: Reminder, *, at: Instant, lang: str) -> str: ...

    def send_paused(
        self, *, user_id: str, channel_id: str, organisations: list[str], reason: str, lang: str
    ) -> str: ...

    def find_reminder(self, reminder: Reminder, *, since: dt.datetime) -> str | None:
        """The ts of the reminder's message if Slack shows it posted after ``since``."""
        ...


@dataclass
class SweepReport:
    planned: int = 0
    sent: list[Reminder] = field(default_factory=list)
    # Posted by a sweep that never learnt so (found in Slack): confirmed, not sent again.
    found: list[Reminder] = field(default_factory=list)
    skipped: list[Reminder] = field(default_factory=list)
    failed: list[tuple[Reminder, str]] = field(default_factory=list)
    paused: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Plan:
    instant: Instant
    reminders: Sequence[Reminder]
    snapshot: Snapshot


class _Undecided(Exception):
    """Slack cannot say just now whether a reminder was posted (rate limited, down)."""


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class ReminderEngine:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        clock: Clock,
        tz: ZoneInfo,
        sender: Sender | None = None,
        default_language: str = "sv",
        calendar: SwedishCalendar | None = None,
        lease=ledger.LEASE,
        worker: str | None = None,
        team_id: str | None = None,
    ) -> None:
        """``team_id``: sweep only that workspace's channels, the one whose bot token the
        sender posts with; None sweeps every workspace in the database (console, tests).

        Several workspaces may share a database, each with its own `revisorbot run`: a sweep
        of them all would post one workspace's reminders with another's token, and when Slack
        refused (channel_not_found) pause the other workspace's subscriptions."""
        self.session_factory = session_factory
        self.clock = clock
        self.tz = tz
        self.sender = sender
        self.default_language = default_language
        self.calendar = calendar or SwedishCalendar()
        self.lease = lease
        self.worker = worker or worker_name()
        self.team_id = team_id

    # -- planning ------------------------------------------------------------------------

    def plan(self, *, watches: Sequence[Watch] | None = None) -> Plan:
        """What is due now and not yet sent or in flight elsewhere: a dry run's answer.

        ``watches`` replaces the stored subscriptions (the benchmark's "every organisation
        watched" on data that has none).
        """
        at = Instant(self.clock.now(), self.tz, self.calendar)
        with self.session_factory() as session:
            if watches is None:
                rows = store.watches(session, team_id=self.team_id)
                watches = [watch_of(row) for row in rows]
            watches = list(watches)
            sent = ledger.recent(session, since=at.now - CATCH_UP - CATCH_UP)
            # Escalations are caught up for longer (rules.ESCALATION_CATCH_UP).
            sent |= ledger.recent(
                session, since=at.now - ESCALATION_CATCH_UP - CATCH_UP, key_prefix="escalation:"
            )
            slots = [
                slot
                for slot in digest_slots(watches, at)
                if ledger.is_open(sent, (slot.team_id, slot.channel_id, slot.key), at.now)
            ]
            snapshot = (
                load_snapshot(session, watches, horizon(watches, at), at, slots)
                if watches
                else Snapshot(watches=[])
            )
        reminders = [
            r
            for r in due_reminders(snapshot, at, default_language=self.default_language)
            if ledger.is_open(sent, (r.team_id, r.channel_id, r.key), at.now)
        ]
        return Plan(at, reminders, snapshot)

    # -- delivery ------------------------------------------------------------------------

    def sweep(self) -> SweepReport:
        """Send every reminder that is due and not yet sent; never raises for one reminder."""
        if self.sender is None:
            raise RuntimeError("a sweep needs a sender; plan() lists without sending")
        plan = self.plan()
        report = SweepReport(planned=len(plan.reminders))
        gone: set[tuple[str, str]] = set()
        for reminder in plan.reminders:
            if (reminder.team_id, reminder.channel_id) in gone:
                continue
            try:
                self._deliver(reminder, plan.instant, report, gone)
            except Exception as error:  # one reminder must not stop the sweep
                logger.exception(
                    "reminder %s to %s/%s failed",
                    reminder.key,
                    reminder.team_id,
                    reminder.channel_id,
                )
                report.failed.append((reminder, repr(error)))
        if report.sent or report.failed or report.found:
            logger.info(
                "reminder sweep at %s: %d planned, %d sent, %d found already in Slack, "
                "%d taken elsewhere, %d failed",
                plan.instant.now.isoformat(),
                report.planned,
                len(report.sent),
                len(report.found),
                len(report.skipped),
                len(report.failed),
            )
        return report

    def _deliver(
        self, reminder: Reminder, at: Instant, report: SweepReport, gone: set[tuple[str, str]]
    ) -> None:
        assert self.sender is not None
        lang = reminder.language or self.default_language
        where = {
            "team_id": reminder.team_id,
            "channel_id": reminder.channel_id,
            "key": reminder.key,
        }
        with transaction(self.session_factory) as session:
            claimed = ledger.claim(
                session,
                **where,
                now=self.clock.now(),
                worker=self.worker,
                late=reminder.late,
                lease=self.lease,
            )
        if claimed is None:
            report.skipped.append(reminder)
            return
        if claimed.earlier is not None:
            try:
                found = self._posted_before(reminder, claimed.earlier)
            except _Undecided as undecided:
                report.failed.append((reminder, f"history: {undecided}"))
                self._release(where, count_attempt=False, keep_lease=True, earlier=claimed.earlier)
                logger.warning(
                    "Slack could not say whether reminder %s to %s went out (%s); "
                    "retried after the lease",
                    reminder.key,
                    reminder.channel_id,
                    undecided,
                )
                return
            if found is not None:
                logger.info(
                    "reminder %s to %s is in Slack already (ts %s): confirmed, not sent again",
                    reminder.key,
                    reminder.channel_id,
                    found,
                )
                self._confirm(reminder, where, found)
                report.found.append(reminder)
                return
        try:
            ts = self.sender.send_reminder(reminder, at=at, lang=lang)
        except SlackApiError as error:
            code = str(error.response.get("error", "unknown"))
            report.failed.append((reminder, code))
            if code in CHANNEL_GONE and reminder.kind != Kind.ESCALATION:
                self._release(where, count_attempt=False)
                gone.add((reminder.team_id, reminder.channel_id))
                self._pause(reminder.team_id, reminder.channel_id, code, report)
            elif code in SLACK_DOWN or error.response.status_code >= 500:
                self._release(where, count_attempt=False, keep_lease=True)
                logger.warning(
                    "Slack could not take reminder %s to %s (%s); retried after the lease",
                    reminder.key,
                    reminder.channel_id,
                    code,
                )
            elif code == "ratelimited":
                # The client already waited out Retry-After as often as it may: the next
                # sweep tries again, and this try does not count against the reminder.
                self._release(where, count_attempt=False)
                logger.warning(
                    "reminder %s to %s still rate limited; the next sweep retries it",
                    reminder.key,
                    reminder.channel_id,
                )
            else:
                logger.error(
                    "Slack refused reminder %s to %s/%s (%s); retried after the lease",
                    reminder.key,
                    reminder.team_id,
                    reminder.channel_id,
                    code,
                )
            return
        except (OSError, http.client.HTTPException) as error:
            # No answer from Slack (network down, timeout): not the reminder's fault either.
            report.failed.append((reminder, repr(error)))
            self._release(where, count_attempt=False, keep_lease=True)
            logger.warning(
                "Slack unreachable for reminder %s to %s (%r); retried after the lease",
                reminder.key,
                reminder.channel_id,
                error,
            )
            return
        except Exception as error:
            report.failed.append((reminder, repr(error)))
            logger.exception(
                "sending reminder %s to %s/%s failed; retried after the lease",
                reminder.key,
                reminder.team_id,
                reminder.channel_id,
            )
            return
        self._confirm(reminder, where, ts)
        report.sent.append(reminder)

    def _posted_before(self, reminder: Reminder, earlier: dt.datetime) -> str | None:
        """The ts of the message an unconfirmed claim made at ``earlier`` may have posted, if
        the channel's history shows it; None when it is not there (send it). Raises
        _Undecided when Slack cannot say just now."""
        assert self.sender is not None
        try:
            return self.sender.find_reminder(reminder, since=earlier - CLOCK_MARGIN)
        except SlackApiError as error:
            code = str(error.response.get("error", "unknown"))
            if not (
                code in SLACK_DOWN or code == "ratelimited" or error.response.status_code >= 500
            ):
                # Reading the channel is not allowed (a history scope missing, a public
                # channel the bot posts to uninvited): send again rather than lose it.
                logger.warning(
                    "cannot look for reminder %s in %s/%s (%s); sending it again, which may "
                    "repeat it (manifest.yml lists the history scopes that prevent this)",
                    reminder.key,
                    reminder.team_id,
                    reminder.channel_id,
                    code,
                )
                return None
            raise _Undecided(code) from error
        except (OSError, http.client.HTTPException) as error:
            raise _Undecided(repr(error)) from error

    def _confirm(self, reminder: Reminder, where: dict[str, str], ts: str) -> None:
        with transaction(self.session_factory) as session:
            confirmed = ledger.confirm(
                session, **where, worker=self.worker, sent_at=self.clock.now(), message_ts=ts
            )
        if not confirmed:
            logger.warning(
                "reminder %s to %s was sent after its lease ran out; another sweep may send it too",
                reminder.key,
                reminder.channel_id,
            )

    def _release(
        self,
        where: dict[str, str],
        *,
        count_attempt: bool,
        keep_lease: bool = False,
        earlier: dt.datetime | None = None,
    ) -> None:
        with transaction(self.session_factory) as session:
            ledger.release(
                session,
                **where,
                worker=self.worker,
                now=self.clock.now(),
                count_attempt=count_attempt,
                keep_lease=keep_lease,
                earlier=earlier,
            )

    def _pause(self, team_id: str, channel_id: str, reason: str, report: SweepReport) -> None:
        now = self.clock.now()
        with transaction(self.session_factory) as session:
            paused = channels.pause_channel(
                session, team_id=team_id, channel_id=channel_id, reason=reason, at=now
            )
        if not paused:
            return  # another sweep paused it and tells people
        report.paused.append((team_id, channel_id, reason))
        logger.warning(
            "paused reminders to %s/%s for %s: Slack says %s",
            team_id,
            channel_id,
            ", ".join(w.organisation for w in paused),
            reason,
        )
        watchers: dict[str, list[str]] = {}
        for watch in paused:
            if watch.created_by:
                watchers.setdefault(watch.created_by, []).append(watch.organisation)
            else:
                logger.warning(
                    "nobody to tell that %s/%s is paused (subscription %s has no creator)",
                    team_id,
                    channel_id,
                    watch.subscription_id,
                )
        for user_id, organisations in watchers.items():
            self._tell(team_id, user_id, channel_id, organisations, reason, now)

    def _tell(
        self,
        team_id: str,
        user_id: str,
        channel_id: str,
        organisations: list[str],
        reason: str,
        paused_at,
    ) -> None:
        """The one direct message saying a channel's reminders are paused (ledger-guarded)."""
        assert self.sender is not None
        key = f"paused:{channel_id}:{paused_at.strftime('%Y%m%dT%H%M%S')}"
        where = {"team_id": team_id, "channel_id": user_id, "key": key}
        with transaction(self.session_factory) as session:
            if not ledger.claim(session, **where, now=paused_at, worker=self.worker):
                return
        try:
            ts = self.sender.send_paused(
                user_id=user_id,
                channel_id=channel_id,
                organisations=organisations,
                reason=reason,
                lang=self.default_language,
            )
        except Exception:
            logger.exception("could not tell %s that %s is paused", user_id, channel_id)
            return
        with transaction(self.session_factory) as session:
            ledger.confirm(
                session, **where, worker=self.worker, sent_at=self.clock.now(), message_ts=ts
            )


def watch_of(row: store.WatchRow) -> Watch:
    """A stored subscription with its settings validated (the defaults if they are not)."""
    try:
        settings = parse_settings(row.settings)
    except ValidationError as error:
        logger.warning(
            "subscription %s (channel %s, %s) has invalid reminder settings; using the "
            "defaults until they are fixed: %s",
            row.subscription_id,
            row.channel_id,
            row.organisation,
            error,
        )
        settings = DEFAULT_SETTINGS
    return Watch(
        subscription_id=row.subscription_id,
        team_id=row.team_id,
        channel_id=row.channel_id,
        organisation_id=row.organisation_id,
        organisation=row.organisation,
        settings=settings,
        created_at=row.created_at,
        created_by=row.created_by,
    )


def load_snapshot(
    session: Session,
    watches: list[Watch],
    limits: Horizon,
    at: Instant,
    slots: Sequence[DigestSlot] = (),
) -> Snapshot:
    """The rows the rules read for ``watches``, as far as ``limits`` reach: the sweep's
    horizon around one instant, or a calendar feed's span (bot.rules.feed)."""
    org_ids = sorted({w.organisation_id for w in watches})
    team_ids = sorted({w.team_id for w in watches})
    digest_orgs = sorted({org for slot in slots for org in slot.organisation_ids})
    return Snapshot(
        watches=watches,
        requests=store.open_requests(
            session, organisation_ids=org_ids, deadline_until=limits.request_deadline_until
        ),
        actions=store.dated_actions(
            session,
            team_ids=team_ids,
            organisation_ids=org_ids,
            due_from=limits.action_due_from,
            due_until=limits.action_due_until,
        ),
        milestones=store.milestone_overrides(session, organisation_ids=org_ids),
        follow_ups=store.answered_audits(
            session,
            organisation_ids=org_ids,
            answered_from=limits.answered_from,
            answered_until=limits.answered_until,
        ),
        snoozes=store.active_snoozes(session, today=at.today),
        chairs=store.chairs(session, organisation_ids=org_ids),
        overdue_actions=store.overdue_actions(
            session, organisation_ids=digest_orgs, today=at.today, limit=DIGEST_ACTION_LIMIT
        ),
        digest_slots=slots,
    )
