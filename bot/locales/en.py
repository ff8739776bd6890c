"""English."""

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

MESSAGES: dict[str, str] = {
    "relative.today": "today",
    "relative.tomorrow": "tomorrow",
    "relative.yesterday": "yesterday",
    "relative.in_days": "in {n} days",
    "relative.days_ago": "{n} days ago",
    "precision.month": "by {month}",
    "precision.year": "during {year}",
    "kind.response": "Response",
    "kind.action": "Action",
    "cli.due.title": "Due in the next {days} days",
    "cli.overdue.title": "Overdue",
    "cli.col.when": "When",
    "cli.col.what": "What",
    "cli.col.who": "Who",
    "cli.col.audit": "Audit",
    "cli.nothing_due": "Nothing is due in the next {days} days.",
    "cli.demo.loaded": "Demo data loaded into {url}: {audits} audits.",
    "cli.db.upgraded": "The database is at the latest version ({revision}).",
    "error.missing_organisation": (
        "The document names no organisation. Give it with --organisation."
    ),
    "error.not_found": "No {entity} with id {entity_id}.",
    # --- export ---
    "export.col.organisation": "Organisation",
    "export.col.audit": "Audit",
    "export.col.year": "Year",
    "export.col.recommendation": "Recommendation",
    "export.col.addressees": "Addressed to",
    "export.col.actions": "Actions",
    "export.col.due": "Next due",
    "export.col.status": "Status",
    "export.col.last_change": "Last changed",
    "export.sheet_title": "Follow-up",
    "export.written": "The follow-up matrix ({rows} recommendations) is saved in {path}.",
    "export.unknown_organisation": "No organisation called {name}.",
    "status.action.not_started": "Not started",
    "status.action.started": "In progress",
    "status.action.done": "Done",
    "status.recommendation.open": "Open",
    "status.recommendation.in_progress": "In progress",
    "status.recommendation.done": "Done",
    "status.recommendation.not_accepted": "Not accepted",
    "chart.recommendations": "Recommendations",
    "chart.no_recommendations": "No recommendations",
    "chart.next_deadlines": "Next deadlines",
    "chart.no_deadlines": "No deadlines in the coming days",
    "chart.title": "State of play: {scope}",
    "chart.all_organisations": "all organisations",
    "cli.export.bad_format": "The format must be one of: {formats}.",
    # --- reminders ---
    "kind.milestone": "Audit year",
    "kind.followup": "Follow-up",
    "kind.escalation": "Escalation",
    "kind.digest": "Weekly digest",
    "reminders.late": ":hourglass: Late reminder – it should have come {when}.",
    "reminders.audit_fallback": "audit {id}",
    "reminders.response": (
        ":bell: *{organisation}*: the response from *{body}* to “{audit}” is due *{due}*."
    ),
    "reminders.response.overdue": (
        ":bell: *{organisation}*: the response from *{body}* to “{audit}” has not arrived. "
        "It was due *{due}*."
    ),
    "reminders.response.snoozed": ":zzz: Snoozed reminder.",
    "reminders.button.received": "Mark received",
    "reminders.snooze.placeholder": "Remind me later",
    "reminders.snooze.1": "In a day",
    "reminders.snooze.7": "In a week",
    "reminders.snoozed": ":zzz: I will remind you of the response from {body} again {until}.",
    "reminders.snooze.too_late": (
        "The response is due today already, so the reminder cannot be put off any further."
    ),
    "reminders.snooze.invalid": "Could not tell which reminder to put off.",
    "reminders.snooze.received": "The response from {body} is already marked as received.",
    "reminders.action": (
        ":clipboard: *{organisation}*: an action for *{body}* is due *{due}*.\n>{text}"
    ),
    "reminders.action.responsible": "Responsible: {responsible}",
    "reminders.action.audit": "Audit: {audit}",
    "reminders.action.status": "Status",
    "reminders.milestone": ":spiral_calendar_pad: *Audit year – {organisation}*: {label}, *{due}*.",
    "milestone.revision_plan": "the audit plan for {year} is adopted (December–January)",
    "milestone.annual_report": "the annual report for {previous} reaches the auditors",
    "milestone.audit_statement": (
        "the audit statement for {previous} goes to the council before the discharge decision"
    ),
    "milestone.interim_report": "the interim report to 31 August {year} reaches the auditors",
    "milestone.interim_assessment": (
        "the auditors' assessment of the {year} interim report goes to the council"
    ),
    "reminders.followup": (
        ":mag: *{organisation}*: follow-up review of “{audit}”, a year after the responses "
        "({answered}): *{due}*."
    ),
    "reminders.escalation": (
        ":rotating_light: *{organisation}*: the response from *{body}* to “{audit}” is still "
        "missing, {days} days after it was due on {deadline}. You get this as the auditors' chair."
    ),
    "reminders.digest.title": "This week – week {week}",
    "reminders.digest.overdue_requests": "*Responses missing ({count})*",
    "reminders.digest.overdue_actions": "*Actions past their timeline ({count})*",
    "reminders.digest.upcoming": "*The next {days} days*",
    "reminders.digest.more": "… and {count} more – see `/revision overdue {organisation}`.",
    "reminders.digest.nothing": (
        "Nothing overdue and nothing due in the next {days} days. :white_check_mark:"
    ),
    "reminders.digest.request_line": "{body}: “{audit}” – {due}",
    "reminders.digest.action_line": "{body}: {text} – {due}",
    "reminders.digest.truncated": "… more organisations than fit here; see `/revision overdue`.",
    "reminders.paused": (
        ":warning: I can no longer post in <#{channel}> ({reason}), so the reminders about "
        "{organisations} are paused. Invite me to the channel and type `/revision watch "
        "<organisation>` there to resume them."
    ),
    "cli.reminders.none": "No reminders to send right now ({at}).",
    "cli.reminders.would_send": "Would send {count} reminders ({at}):",
    "cli.reminders.result": (
        "{sent} sent, {skipped} already taken by another process, {failed} failed."
    ),
    "cli.reminders.no_token": (
        "SLACK_BOT_TOKEN is not set. Set it, or use --dry-run to only list what would be sent."
    ),
    "cli.reminders.bad_at": "Could not read the time {value!r}; write e.g. 2030-03-29T08:00.",
    "cli.reminders.database_down": (
        "The database does not answer, so no reminders were sent ({error})."
    ),
    "cli.reminders.col.moment": "Scheduled",
    "cli.reminders.col.channel": "Channel",
    "cli.reminders.col.kind": "Kind",
    "cli.reminders.col.key": "Key",
    "cli.reminders.col.late": "Late",
    "cli.chair.set": "{user} is now the auditors' chair of {organisation} and gets escalations.",
    "cli.chair.cleared": "{organisation} no longer has a registered chair.",
    "cli.chair.unchanged": "No change: {organisation} already had that chair.",
    "cli.chair.none": "none",
    "cli.chair.bad_user": "{user} does not look like a Slack user id (U… or W…).",
    "cli.milestones.title": "The audit year of {organisation}",
    "cli.milestones.col.kind": "Milestone",
    "cli.milestones.col.date": "Date",
    "cli.milestones.col.label": "Description",
    "cli.milestones.col.state": "State",
    "cli.milestones.default": "default",
    "cli.milestones.changed": "changed",
    "cli.milestones.off": "off",
    "cli.milestones.saved": "Milestone {kind} of {organisation} saved.",
    "cli.milestones.reset": "Milestone {kind} of {organisation} follows the default again.",
    "cli.milestones.bad_date": "Write the date as MM-DD, for example 04-15.",
    "cli.milestones.needs_label": "A milestone of your own needs a description (--label).",
    "cli.settings.title": "Reminders in {channel} about {organisation}",
    "cli.settings.saved": "Settings saved.",
    "cli.settings.invalid": "Invalid setting: {error}",
    "cli.settings.not_watching": "{channel} does not watch {organisation}.",
}
