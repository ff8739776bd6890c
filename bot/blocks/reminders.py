"""Block Kit for reminder messages: pure functions from a reminder to (text, blocks).

Within Slack's limits by construction: quoted text is shortened, sections stay under 3,000
characters, a digest stops adding blocks before 50. Document text is escaped for mrkdwn.

Interactive contracts (the listeners are elsewhere):
- ActionId.MARK_RECEIVED button, value str(response request id): handlers for issue 4 open
  the date picker and record the response.
- ActionId.SNOOZE static select, option values "<request id>:<days>" (1 or 7): handled in
  handlers/reminders.py.
- ActionId.ACTION_STATUS static select, option values "<action id>:<status>".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from bot.blocks.ids import ActionId
from bot.blocks.mrkdwn import escape, shorten
from bot.core.i18n import count, format_date, format_due, t
from bot.rules.reminder_types import Digest, FollowUp, Instant, Kind, Reminder, Upcoming
from bot.rules.snooze import SNOOZE_DAYS
from bot.rules.yearwheel import MilestoneOccurrence, milestone_name
from storage.enums import ActionStatus
from storage.sweep import ActionRow, RequestRow

MAX_BLOCKS = 50
SECTION_LIMIT = 2900
QUOTE_LIMIT = 280
LINE_LIMIT = 160


@dataclass(frozen=True, slots=True)
class Message:
    text: str
    blocks: list[dict[str, Any]]


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def _plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text, "emoji": True}


def _audit(title: str | None, audit_id: int, lang: str) -> str:
    return (
        escape(shorten(title, 150)) if title else t("reminders.audit_fallback", lang, id=audit_id)
    )


def _late_note(reminder: Reminder, lang: str, tz: ZoneInfo) -> list[dict[str, Any]]:
    if not reminder.late:
        return []
    local = reminder.moment.astimezone(tz)
    when = f"{format_date(local.date(), lang)} {local:%H:%M}"
    return [_context(t("reminders.late", lang, when=when))]


def render_at(reminder: Reminder, at: Instant, lang: str) -> Message:
    """The message for one reminder as a sweep at ``at`` sends it (days counted from its day,
    a deadline's last working day from its calendar)."""
    return render(
        reminder,
        today=at.today,
        lang=lang,
        tz=at.tz,
        working_day_before=at.calendar.on_or_before,
    )


def render(
    reminder: Reminder,
    *,
    today: dt.date,
    lang: str,
    tz: ZoneInfo,
    working_day_before: Callable[[dt.date], dt.date] | None = None,
) -> Message:
    """The message for one reminder, in ``lang``, with days counted from ``today``;
    ``working_day_before(day)``: the last working day on or before ``day`` (the calendar)."""
    if reminder.kind == Kind.RESPONSE:
        request = reminder.subject
        last = working_day_before(request.deadline) if working_day_before else None
        message = response_reminder(
            request, reminder.stage, today=today, lang=lang, last_working_day=last
        )
    elif reminder.kind == Kind.ESCALATION:
        message = escalation(reminder.subject, today=today, lang=lang)
    elif reminder.kind == Kind.ACTION:
        message = action_reminder(reminder.subject, today=today, lang=lang)
    elif reminder.kind in (Kind.MILESTONE, Kind.FOLLOW_UP):
        message = year_reminder(reminder.subject, today=today, lang=lang)
    elif reminder.kind == Kind.DIGEST:
        message = digest(reminder.subject, today=today, lang=lang)
    else:
        raise ValueError(f"no renderer for {reminder.kind}")
    late = _late_note(reminder, lang, tz)
    return Message(message.text, late + message.blocks) if late else message


def snooze_options(
    deadline: dt.date, today: dt.date, last_working_day: dt.date | None = None
) -> tuple[int, ...]:
    """The snoozes that end before the deadline itself (none once the deadline is here, nor
    on the last working day before it: reminders could resume no later than today)."""
    if last_working_day is not None and last_working_day <= today:
        return ()
    return tuple(days for days in SNOOZE_DAYS if today + dt.timedelta(days=days) <= deadline)


def response_reminder(
    request: RequestRow,
    stage: str,
    *,
    today: dt.date,
    lang: str,
    last_working_day: dt.date | None = None,
) -> Message:
    due = format_due(request.deadline, today, "day", lang)
    key = "reminders.response.overdue" if request.deadline < today else "reminders.response"
    text = t(
        key,
        lang,
        organisation=escape(request.organisation),
        body=escape(request.body),
        audit=_audit(request.audit_title, request.audit_id, lang),
        due=due,
    )
    elements: list[dict[str, Any]] = [_received_button(request, lang)]
    options = snooze_options(request.deadline, today, last_working_day)
    if options:
        elements.append(
            {
                "type": "static_select",
                "action_id": ActionId.SNOOZE,
                "placeholder": _plain(t("reminders.snooze.placeholder", lang)),
                "options": [
                    {
                        "text": _plain(t(f"reminders.snooze.{days}", lang)),
                        "value": f"{request.id}:{days}",
                    }
                    for days in options
                ],
            }
        )
    blocks = [_section(text)]
    if stage.startswith("snooze"):
        blocks.append(_context(t("reminders.response.snoozed", lang)))
    blocks.append({"type": "actions", "block_id": f"reminder_{request.id}", "elements": elements})
    return Message(_fallback(text), blocks)


def _received_button(request: RequestRow, lang: str) -> dict[str, Any]:
    return {
        "type": "button",
        "action_id": ActionId.MARK_RECEIVED,
        "text": _plain(t("reminders.button.received", lang)),
        "value": str(request.id),
        "style": "primary",
    }


def escalation(request: RequestRow, *, today: dt.date, lang: str) -> Message:
    text = t(
        "reminders.escalation",
        lang,
        organisation=escape(request.organisation),
        body=escape(request.body),
        audit=_audit(request.audit_title, request.audit_id, lang),
        how_long=count("days", (today - request.deadline).days, lang),
        deadline=format_date(request.deadline, lang),
    )
    blocks = [
        _section(text),
        {
            "type": "actions",
            "block_id": f"escalation_{request.id}",
            "elements": [_received_button(request, lang)],
        },
    ]
    return Message(_fallback(text), blocks)


def action_reminder(action: ActionRow, *, today: dt.date, lang: str) -> Message:
    body = action.owner
    text = t(
        "reminders.action",
        lang,
        organisation=escape(action.organisation),
        body=escape(body),
        due=format_due(action.due, today, action.due_precision, lang),
        text=escape(shorten(action.text, QUOTE_LIMIT)),
    )
    details = [
        t("reminders.action.audit", lang, audit=_audit(action.audit_title, action.audit_id, lang))
    ]
    if action.responsible:
        details.append(
            t(
                "reminders.action.responsible",
                lang,
                responsible=escape(shorten(action.responsible, 150)),
            )
        )
    options = [
        {"text": _plain(t(f"status.action.{status}", lang)), "value": f"{action.id}:{status}"}
        for status in ActionStatus
    ]
    current = action.status or ActionStatus.NOT_STARTED
    select: dict[str, Any] = {
        "type": "static_select",
        "action_id": ActionId.ACTION_STATUS,
        "placeholder": _plain(t("reminders.action.status", lang)),
        "options": options,
        "initial_option": next(o for o in options if o["value"] == f"{action.id}:{current}"),
    }
    blocks = [
        _section(text),
        _context(" · ".join(details)),
        {"type": "actions", "block_id": f"action_{action.id}", "elements": [select]},
    ]
    return Message(_fallback(text), blocks)


def milestone_label(item: MilestoneOccurrence, lang: str) -> str:
    return escape(shorten(milestone_name(item, lang), 200))


def year_reminder(item: MilestoneOccurrence | FollowUp, *, today: dt.date, lang: str) -> Message:
    if isinstance(item, FollowUp):
        row = item.row
        text = t(
            "reminders.followup",
            lang,
            organisation=escape(row.organisation),
            audit=_audit(row.audit_title, row.audit_id, lang),
            answered=format_date(row.answered_on, lang),
            due=format_due(item.due, today, "day", lang),
        )
    else:
        text = t(
            "reminders.milestone",
            lang,
            organisation=escape(item.organisation),
            label=milestone_label(item, lang),
            due=format_due(item.due, today, "day", lang),
        )
    return Message(_fallback(text), [_section(text)])


def _upcoming_line(item: Upcoming, today: dt.date, lang: str) -> str:
    subject = item.subject
    if isinstance(subject, RequestRow):
        what = f"{t('kind.response', lang)}: {escape(subject.body)}"
        due = format_due(subject.deadline, today, "day", lang)
    elif isinstance(subject, ActionRow):
        what = f"{escape(subject.owner)}: {escape(shorten(subject.text, 90))}"
        due = format_due(subject.due, today, subject.due_precision, lang)
    elif isinstance(subject, FollowUp):
        audit = _audit(subject.row.audit_title, subject.row.audit_id, lang)
        what = f"{t('kind.followup', lang)}: {audit}"
        due = format_due(subject.due, today, "day", lang)
    else:
        what = f"{t('kind.milestone', lang)}: {milestone_label(subject, lang)}"
        due = format_due(subject.due, today, "day", lang)
    return f"• {what} – {due}"


def digest(content: Digest, *, today: dt.date, lang: str) -> Message:
    week = content.week_of.isocalendar().week
    title = t("reminders.digest.title", lang, week=week)
    blocks: list[dict[str, Any]] = [{"type": "header", "text": _plain(title)}]
    days = 7
    truncated = False
    for section in content.sections:
        lines: list[str] = [f"*{escape(section.organisation)}*"]
        if section.overdue_requests:
            lines.append(
                t("reminders.digest.overdue_requests", lang, count=len(section.overdue_requests))
            )
            for request in section.overdue_requests[:15]:
                line = t(
                    "reminders.digest.request_line",
                    lang,
                    body=escape(request.body),
                    audit=_audit(request.audit_title, request.audit_id, lang),
                    due=format_due(request.deadline, today, "day", lang),
                )
                lines.append(f"• {line}")
            if len(section.overdue_requests) > 15:
                lines.append(
                    t(
                        "reminders.digest.more",
                        lang,
                        count=len(section.overdue_requests) - 15,
                        organisation=escape(section.organisation.split()[0].lower()),
                    )
                )
        if section.overdue_action_count:
            lines.append(
                t("reminders.digest.overdue_actions", lang, count=section.overdue_action_count)
            )
            for action in section.overdue_actions:
                line = t(
                    "reminders.digest.action_line",
                    lang,
                    body=escape(action.owner),
                    text=escape(shorten(action.text, LINE_LIMIT)),
                    due=format_due(action.due, today, action.due_precision, lang),
                )
                lines.append(f"• {line}")
            hidden = section.overdue_action_count - len(section.overdue_actions)
            if hidden > 0:
                lines.append(
                    t(
                        "reminders.digest.more",
                        lang,
                        count=hidden,
                        organisation=escape(section.organisation.split()[0].lower()),
                    )
                )
        if section.upcoming:
            lines.append(t("reminders.digest.upcoming", lang, days=days))
            lines += [_upcoming_line(item, today, lang) for item in section.upcoming[:20]]
        if len(lines) == 1:
            lines.append(t("reminders.digest.nothing", lang, days=days))
        chunks = _chunks(lines)
        if len(blocks) + 1 + len(chunks) > MAX_BLOCKS - 1:
            truncated = True
            break
        blocks.append({"type": "divider"})
        blocks += [_section(chunk) for chunk in chunks]
    if truncated:
        blocks.append(_context(t("reminders.digest.truncated", lang)))
    return Message(title, blocks)


def _chunks(lines: list[str]) -> list[str]:
    """Join lines into section texts of at most SECTION_LIMIT characters."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        line = line[:SECTION_LIMIT]
        if current and len(current) + 1 + len(line) > SECTION_LIMIT:
            chunks.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        chunks.append(current)
    return chunks


def paused_notice(channel_id: str, organisations: list[str], reason: str, lang: str) -> Message:
    text = t(
        "reminders.paused",
        lang,
        channel=channel_id,
        reason=escape(reason),
        organisations=", ".join(escape(name) for name in organisations),
    )
    return Message(_fallback(text), [_section(text)])


def _fallback(text: str) -> str:
    """The notification text: the message without emoji codes and bold markers."""
    words = [word for word in text.split(" ") if not (word.startswith(":") and word.endswith(":"))]
    return " ".join(words).replace("*", "")
