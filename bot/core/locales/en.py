"""English."""

from bot.core.locales import Plural

MESSAGES: dict[str, str | Plural] = {
    "relative.today": "today",
    "relative.tomorrow": "tomorrow",
    "relative.yesterday": "yesterday",
    "precision.month": "by {month}",
    "precision.year": "during {year}",
    "kind.response": "Response",
    "kind.action": "Action",
    "cli.due.title": Plural(
        "days", one="Due today and tomorrow", other="Due in the next {days} days"
    ),
    "cli.overdue.title": "Overdue",
    "cli.col.when": "When",
    "cli.col.what": "What",
    "cli.col.who": "Who",
    "cli.col.audit": "Audit",
    "cli.nothing_due": Plural(
        "days",
        one="Nothing is due today or tomorrow.",
        other="Nothing is due in the next {days} days.",
    ),
    "cli.demo.loaded": Plural(
        "audits",
        one="Demo data loaded into {url}: {audits} audit.",
        other="Demo data loaded into {url}: {audits} audits.",
    ),
    "cli.demo.generated": "Generated {made} in {url} in {seconds} s (seed {seed}).",
    "cli.demo.generating": "Generating {scale} data",
    "cli.db.upgraded": "The database is at the latest version ({revision}).",
    "error.missing_organisation": (
        "The document names no organisation. Give it with --organisation."
    ),
    "error.not_found": "There is {entity} with id {entity_id}.",
    "error.team_not_empty": (
        "Workspace {team_id} already holds data. Generate into an empty database, or choose "
        "another workspace with --team."
    ),
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
    "export.written": Plural(
        "rows",
        one="The follow-up matrix (1 recommendation) is saved in {path}.",
        other="The follow-up matrix ({rows} recommendations) is saved in {path}.",
    ),
    "export.unknown_organisation": "No organisation called {name}.",
    "status.action.not_started": "Not started",
    "status.action.started": "In progress",
    "status.action.done": "Done",
    "status.recommendation.open": "Open",
    "status.recommendation.in_progress": "In progress",
    "status.recommendation.done": "Done",
    "status.recommendation.not_accepted": "Not accepted",
    "chart.no_recommendations": "No recommendations",
    "chart.no_deadlines": "No deadlines in the coming days",
    "chart.title": "State of play: {scope}",
    "chart.all_organisations": "all organisations",
    "cli.export.writing": "Writing the follow-up matrix",
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
        "missing, {how_long} after it was due on {deadline}. You get this as the auditors' chair."
    ),
    "reminders.digest.title": "This week – week {week}",
    "reminders.digest.overdue_requests": "*Responses missing ({count})*",
    "reminders.digest.overdue_actions": "*Actions past their timeline ({count})*",
    "reminders.digest.upcoming": Plural(
        "days", one="*Today and tomorrow*", other="*The next {days} days*"
    ),
    "reminders.digest.more": "… and {count} more – see `/revision overdue {organisation}`.",
    "reminders.digest.nothing": Plural(
        "days",
        one="Nothing overdue and nothing due today or tomorrow. :white_check_mark:",
        other="Nothing overdue and nothing due in the next {days} days. :white_check_mark:",
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
    "cli.reminders.would_send": Plural(
        "count",
        one="Would send 1 reminder ({at}):",
        other="Would send {count} reminders ({at}):",
    ),
    "cli.reminders.result": (
        "Sent: {sent}. Already taken by another process: {skipped}. Failed: {failed}."
    ),
    "cli.reminders.no_token": (
        "SLACK_BOT_TOKEN is not set. Set it, or use --dry-run to only list what would be sent."
    ),
    "cli.reminders.bad_at": "Could not read the time {value!r}; write e.g. 2030-03-29T08:00.",
    "cli.database_down": (
        "The database does not answer ({error}). Check DATABASE_URL and that it is running."
    ),
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
    # --- import ---
    "import.reading": "Reading files",
    "import.reading_file": "Reading {name}",
    "import.not_found": "{name} does not exist.",
    "import.no_access": "{name} could not be opened (no permission, or it is a folder).",
    "import.summary": "Imported",
    "import.summary_dry": "Found (dry run, nothing saved)",
    "import.col.file": "File",
    "import.col.audit": "Audit",
    "import.col.contents": "Contents",
    "import.contents": "{questions}, {recommendations} recs, {responses} resp., {actions} actions",
    "import.col.deadline": "Respond by",
    "import.col.result": "Result",
    "import.result.found": "found",
    "import.result.created": "new audit",
    "import.result.attached": "added to audit",
    "import.result.already_imported": "already imported",
    "import.result.error": "could not be read",
    # --- slack ---
    "cli.run.no_token": (
        "SLACK_BOT_TOKEN is not set. Create the app from manifest.yml, install it and put the "
        "Bot User OAuth Token in .env (see README, Connect to Slack)."
    ),
    "cli.run.no_secret": (
        "SLACK_SIGNING_SECRET is not set. Put the app's Signing Secret in .env, or set "
        "SLACK_APP_TOKEN for Socket Mode."
    ),
    "cli.run.token_refused": (
        "Slack does not accept SLACK_BOT_TOKEN ({error}). Copy the Bot User OAuth Token "
        "(xoxb-…) again from OAuth & Permissions at https://api.slack.com/apps and put it in "
        ".env – or reinstall the app in the workspace if it has been removed. Then start "
        "revisorbot run again."
    ),
    "cli.run.slack_unreachable": (
        "Cannot reach Slack at {url} ({reason}). Check the network and any proxy, and that "
        "SLACK_API_URL is right (https://slack.com/api/, for GovSlack "
        "https://slack-gov.com/api/). Then start revisorbot run again."
    ),
    "cli.run.slack_error": (
        "Slack answered {error} when SLACK_BOT_TOKEN was tried against {url}. Try again in a "
        "while; if it persists, see https://api.slack.com/methods/auth.test."
    ),
    # --- slow Slack and reminders sent once (issue 14) ---
    "cli.reminders.found": (
        Plural(
            "count",
            one=(
                "1 was in Slack already, from an earlier sweep that never heard back; it was not "
                "sent again."
            ),
            other=(
                "{count} were in Slack already, from an earlier sweep that never heard back; they "
                "were not sent again."
            ),
        )
    ),
    "error.editor_not_known": (
        "Slack is answering slowly just now, so I cannot yet tell whether you may make "
        "changes. Try again in a moment."
    ),
    "error.permission_denied": (
        "You can read everything but not change anything. Ask whoever runs Revisorbot to add "
        "you (or a user group you belong to) to REVISORBOT_EDITORS."
    ),
    "error.invalid_status": "Unknown status: {status}.",
    # --- not found: every table a NotFound can name (storage.edits.Edit.row takes any) ---
    "slack.entity.organisation": "no organisation",
    "slack.entity.body": "no board",
    "slack.entity.source_document": "no document",
    "slack.entity.audit_body": "no audited board",
    "slack.entity.audit": "no audit",
    "slack.entity.question": "no audit question",
    "slack.entity.recommendation_addressee": "no recipient of a recommendation",
    "slack.entity.recommendation": "no recommendation",
    "slack.entity.response_request": "no response request",
    "slack.entity.response": "no response",
    "slack.entity.action_board": "no board responsible for an action",
    "slack.entity.action": "no action",
    "slack.entity.subscription": "no watch",
    "slack.entity.reminder_delivery": "no reminder",
    "slack.entity.change_log": "no change in the history",
    "slack.entity.reminder_snooze": "no snoozed reminder",
    "slack.entity.milestone": "no milestone of the auditors' year",
    "slack.entity.processed_request": "no Slack request",
    "slack.entity.import_draft": "no preview",
    "slack.entity.passage": "no passage of a report",
    "slack.entity.follow_up_round": "no follow-up round",
    "slack.entity.follow_up_item": "no recommendation in the follow-up",
    "slack.entity.calendar_feed": "no calendar feed",
    "match.none.audit": "No audit matches “{query}”.",
    "match.none.organisation": "No organisation is called “{query}”.",
    "match.none.body": "No board matches “{query}”.",
    "match.none.target": "No organisation or board matches “{query}”.",
    "match.none.subcommand": "There is no command “{query}”.",
    "match.did_you_mean": "Did you mean {names}?",
    "match.ambiguous": "Several audits match “{query}”. Which one do you mean?",
    "slack.missing.show": (
        "Say which audit you mean, e.g. `/revision show knivsta integration` or an id such as "
        "`/revision show 12`."
    ),
    "slack.missing.actions": (
        "Say which audit you mean, e.g. `/revision actions knivsta integration`."
    ),
    "slack.missing.recs": "Name an organisation or board, e.g. `/revision recs vallentuna`.",
    "slack.missing.open": "Name an organisation or board, e.g. `/revision open socialnämnden`.",
    "slack.missing.search": "Say what to search for, e.g. `/revision search orosanmälan`.",
    "slack.missing.watch": "Name the organisation, e.g. `/revision watch knivsta`.",
    "slack.error.days": "“{value}” is not a number of days. Try `/revision deadlines 14`.",
    "slack.error.date": "Pick a date.",
    "slack.error.future_date": "The date cannot be in the future.",
    "slack.error.bad_choice": "I do not recognise that choice. Try again from a fresh answer.",
    "slack.error.stale": "That answer is too old to page through. Run the command again.",
    "slack.error.see_help": "Type `/revision help` to see every command.",
    "slack.error.title": "That did not work",
    "slack.error.not_in_channel": (
        "I am not in this channel. Invite me with `/invite @Revisorbot` and try again."
    ),
    "slack.error.channel_not_found": "I cannot find the channel. Is it private? Invite me first.",
    "slack.error.is_archived": "The channel is archived, so I cannot post there.",
    "slack.error.missing_scope": (
        "The app lacks a Slack permission ({needed}). Ask whoever installed Revisorbot to add "
        "it (see manifest.yml) and reinstall the app."
    ),
    "slack.error.database": (
        "The database is not answering right now, so nothing was changed. Try again in a while "
        "(error id `{error_id}`)."
    ),
    "slack.error.unexpected": (
        "Something went wrong and nothing was changed. Try again; if it keeps failing, give "
        "error id `{error_id}` to whoever runs Revisorbot."
    ),
    "slack.help.title": "Revisorbot – help",
    "slack.help.intro": (
        "Type `/revision` and a command. Answers are visible only to you until you press "
        "*Share in channel*. Names may be typed loosely: lower case, without å, ä and ö, "
        "abbreviations such as KS, SN and BUN, with or without “nämnden” – and typos mostly work."
    ),
    "slack.help.alias": "_(also `{alias}`)_",
    "slack.help.deadlines": (
        "*`/revision {name} [days]`* — response deadlines and actions due in the next 30 days "
        "(or as many days as you say), nearest first.\nExample: `/revision {name} 14`"
    ),
    "slack.help.overdue": (
        "*`/revision {name}`* — responses and actions whose deadline has passed.\n"
        "Example: `/revision {name}`"
    ),
    "slack.help.audits": (
        "*`/revision {name} [organisation] [year]`* — the audits, optionally of one organisation "
        "and year.\nExample: `/revision {name} knivsta 2019`"
    ),
    "slack.help.show": (
        "*`/revision {name} <audit>`* — the audit on one screen: assessments, recommendations, "
        "responses and actions. Give its id, or the organisation and words of the title.\n"
        "Example: `/revision {name} knivsta integration`"
    ),
    "slack.help.recs": (
        "*`/revision {name} <organisation|board>`* — the recommendations to an organisation or "
        "board, with their status.\nExample: `/revision {name} vallentuna`"
    ),
    "slack.help.open": (
        "*`/revision {name} <organisation|board>`* — everything not done, across organisations "
        "and years: recommendations and the actions the board owns.\n"
        "Example: `/revision {name} socialnämnden`"
    ),
    "slack.help.search": (
        "*`/revision {name} <text>`* — search recommendations, audit questions, actions and "
        "the reports' text (observations and assessments, with the page).\n"
        "Example: `/revision {name} orosanmälan`"
    ),
    "slack.help.actions": (
        "*`/revision {name} <audit>`* — the actions the boards promised in their responses, with "
        "timeline and status.\nExample: `/revision {name} knivsta integration`"
    ),
    "slack.help.watch": (
        "*`/revision {name} <organisation>`* — this channel gets reminders of the "
        "organisation's deadlines (editors only).\nExample: `/revision {name} knivsta`"
    ),
    "slack.help.unwatch": (
        "*`/revision {name} <organisation>`* — stop the reminders in this channel (editors "
        "only).\nExample: `/revision {name} knivsta`"
    ),
    "slack.help.import": (
        "*`/revision {name}`* — read in a report or a response: paste text or pick a file. You "
        "see a preview before anything is saved (editors only). You can also share a file in a "
        "channel I am in."
    ),
    "slack.help.help": "*`/revision {name}`* — this help; also shown for a bare `/revision`.",
    "slack.share": "Share in channel",
    "slack.shared_by": "Shared by {user}",
    "slack.page.next": "Next ▶",
    "slack.page.previous": "◀ Previous",
    "slack.page.of": "Page {page} of {pages}",
    "slack.page.continued": "(continued)",
    "slack.page.at": "Page {page}",
    "slack.page.range": "{first}–{last} of {total}",
    "slack.page.range_more": "{first}–{last}, more follow",
    "slack.page.none_here": "no more",
    "slack.button.mark_received": "Mark received",
    "slack.button.show": "Show",
    "slack.button.import": "Import a report",
    "slack.select.status": "Status",
    "slack.action_status.not_started": "Not started",
    "slack.action_status.started": "In progress",
    "slack.action_status.done": "Done",
    "slack.recommendation_status.open": "Open",
    "slack.recommendation_status.in_progress": "In progress",
    "slack.recommendation_status.done": "Done",
    "slack.recommendation_status.not_accepted": "Not accepted",
    "slack.recommendation_status.derived": "(from its actions)",
    "slack.recommendation_choice.open": "Open",
    "slack.recommendation_choice.in_progress": "In progress",
    "slack.recommendation_choice.done": "Done",
    "slack.recommendation_choice.not_accepted": "Not accepted",
    "slack.recommendation_choice.auto": "From its actions",
    "slack.status_changed.action": "The action is now *{status}*.",
    "slack.status_changed.recommendation": "The recommendation is now *{status}*.",
    "slack.audit.untitled": "Untitled audit ({details})",
    "slack.audit.year": "audit year {year}",
    "slack.audit.audited": "audited: {bodies}",
    "slack.audit.purpose": "Purpose",
    "slack.audit.overall": "Overall assessment",
    "slack.audit.questions": "Audit questions ({n})",
    "slack.audit.recommendations": "Recommendations ({n})",
    "slack.audit.no_recommendations": "The report makes no recommendations.",
    "slack.audit.responses": "Responses",
    "slack.audit.no_request": "No response has been requested.",
    "slack.audit.actions": "Actions ({n})",
    "slack.response.received": "received {date}",
    "slack.response.deadline_was": "deadline {deadline}",
    "slack.response.due": "response due {deadline}",
    "slack.response.decided": "decided {date}",
    "slack.response.actions": Plural("n", one="1 action", other="{n} actions"),
    "slack.recommendation.to": "To: {bodies}",
    "slack.action.timeline": "Timeline: {timeline}",
    "slack.due.response": "Response from *{body}*",
    "slack.deadlines.title": Plural(
        "days", one="Due today and tomorrow", other="Due in the next {days} days"
    ),
    "slack.deadlines.none": Plural(
        "days",
        one="Nothing is due today or tomorrow.",
        other="Nothing is due in the next {days} days.",
    ),
    "slack.overdue.title": "Overdue",
    "slack.overdue.none": "Nothing is overdue. :tada:",
    "slack.audits.title": "Audits",
    "slack.audits.none": "No audits found.",
    "slack.audits.counts": "{recommendations}, {open}",
    "slack.audits.next_deadline": "next deadline {deadline}",
    "slack.recs.title": "Recommendations – {target}",
    "slack.recs.none": "No recommendations found.",
    "slack.open.title": "Open – {target}",
    "slack.open.none": "Nothing is open. :tada:",
    "slack.open.recommendations": "Recommendations not done ({n})",
    "slack.open.actions": "Actions not done ({n})",
    "slack.actions.title": "Actions – {audit}",
    "slack.actions.none": "No actions have been recorded yet.",
    "slack.actions.from": "From the response of *{body}*",
    "slack.search.title": "Search results for “{query}”",
    "slack.search.none": "No hits. Try fewer or shorter words.",
    "slack.search.kind.question": "Audit question",
    "slack.search.kind.recommendation": "Recommendation",
    "slack.search.kind.action": "Action",
    "slack.watch.done": "This channel now watches *{organisation}*; reminders will come here.",
    "slack.watch.unchanged": "This channel already watched *{organisation}*.",
    "slack.unwatch.done": "This channel no longer watches *{organisation}*.",
    "slack.unwatch.unchanged": "This channel did not watch *{organisation}*.",
    "slack.modal.save": "Save",
    "slack.modal.cancel": "Cancel",
    "slack.modal.close": "Close",
    "slack.mark_received.title": "Mark received",
    "slack.mark_received.intro": "Response from *{body}* on {audit}.\nDeadline: {deadline}.",
    "slack.mark_received.label": "Received on",
    "slack.mark_received.done": "The response from *{body}* is marked received on {date}.",
    "slack.home.title": "Revisorbot",
    "slack.home.intro": (
        "Here is what is going on. Type `/revision help` anywhere for every command."
    ),
    "slack.home.overdue": "Overdue ({n})",
    "slack.home.nothing_overdue": "Nothing is overdue.",
    "slack.home.more_overdue": "… and {n} more: `/revision overdue`",
    "slack.home.upcoming": Plural("days", one="Today and tomorrow", other="The next {days} days"),
    "slack.home.nothing_upcoming": Plural(
        "days",
        one="Nothing is due today or tomorrow.",
        other="Nothing is due in the next {days} days.",
    ),
    "slack.home.more_upcoming": "… and {n} more: `/revision deadlines`",
    "slack.home.watched": "Watched organisations",
    "slack.home.nothing_watched": (
        "No channel watches an organisation yet. Type `/revision watch <organisation>` in the "
        "channel that should get the reminders."
    ),
    "slack.home.paused": "_(paused: I cannot post in the channel)_",
    "slack.import.title": "Import a report",
    "slack.import.intro": (
        "Pick a file (PDF, Word, text) or paste text from a report, a cover letter or a "
        "response. You see what I find before anything is saved."
    ),
    "slack.import.file": "File",
    "slack.import.text": "or paste text",
    "slack.import.organisation": "Organisation",
    "slack.import.organisation_hint": "Only needed when the document does not say.",
    "slack.import.preview": "Preview",
    "slack.error.missing_organisation": "Say which organisation the document is about.",
    "slack.import.reading": "Reading the document … this may take a few seconds.",
    "slack.import.preview_title": "Preview",
    "slack.import.untitled": "Untitled document",
    "slack.import.no_organisation": "_no organisation_",
    "slack.import.counts": "Found {questions}, {recommendations} and {responses} with {actions}.",
    "slack.import.deadline": "Response from {bodies} due {date} ({relative}).",
    "slack.import.response": Plural(
        "n", one="*{body}*, decided {date}: 1 action", other="*{body}*, decided {date}: {n} actions"
    ),
    "slack.import.nothing_found": (
        "I found no questions, recommendations or responses. Is this the right document?"
    ),
    "slack.import.organisation_missing": (
        "The document does not say which organisation it is about."
    ),
    "slack.import.nothing_given": "Pick a file or paste some text.",
    "slack.import.pasted": "pasted text",
    "slack.import.no_download": (
        "I could not fetch the file from Slack. Does the app have the files:read scope?"
    ),
    "slack.import.file_gone": (
        "The file is no longer in Slack; it may have been deleted. Share it again to import it."
    ),
    "slack.import.saved": "Saved: *{name}* (#{id}). Show it with `/revision show {id}`.",
    "slack.import.attached": (
        "Saved and attached to audit #{id} (*{name}*). Show it with `/revision show {id}`."
    ),
    "slack.import.already": (
        "This document was imported before, so nothing changed. Show the audit with "
        "`/revision show {id}`."
    ),
    "slack.import.gone": (
        "This preview is gone: it was saved or cancelled already, or is more than a day old. "
        "See what is there with `/revision audits`."
    ),
    "slack.import.offer": "Import *{name}* into Revisorbot? You will see a preview first.",
    "slack.import.offer_button": "Preview",
    # --- console ---
    "console.welcome": (
        "Revisorbot in your terminal. Type `/revision help` (or just `help`), a number to "
        "press a button, `:help` for the console's own commands."
    ),
    "console.welcome_demo": (
        "Revisorbot in your terminal, on demo data (Exempelkommun and Testby region; nothing "
        "is saved). Type `/revision deadlines`, `/revision help`, a number to press a button, "
        "`:help` for the console's own commands."
    ),
    "console.help": (
        "Console commands:\n"
        '  /revision …        a command, exactly as in Slack ("/revision" may be left out)\n'
        "  3                  press button number 3\n"
        "  :time 2030-03-13 08:00  move the clock and show the reminders sent then\n"
        "  :time              show the console's clock\n"
        "  :remind            run a reminder sweep now\n"
        "  :home              open the app's Home tab\n"
        "  :quit              leave (also Ctrl-D)"
    ),
    "console.unknown_command": "{command} does not exist here; try /revision help.",
    "console.unknown_console_command": "Unknown console command {command}; type :help.",
    "console.no_such_choice": "There is no button number {number}.",
    "console.prompt_date": "Date [{default}]: ",
    "console.prompt_checkboxes": "{label} (the numbers to tick, 0 for none, Enter: as now): ",
    "console.optional": " (optional)",
    "console.prompt_file": "{label} – path to a file on your computer: ",
    "console.no_file": "Cannot read {path}.",
    "console.fill_in": "Fill in the form (Enter keeps the default, - cancels with {close}).",
    "console.confirm": "Enter = {submit}, - = {close}: ",
    "console.modal_closed": "The form was closed.",
    "console.dm": "Direct message",
    "console.only_you": "Only visible to you",
    "console.in_channel": "In the channel",
    "console.updated": "Updated message",
    "console.home": "Revisorbot – Home",
    "console.file_saved": "The file was saved in {path}",
    "console.bad_time": "Cannot read the time {text}; type for example :time 2030-03-13 08:00.",
    "console.time_is": "Console clock: {time}",
    "console.no_reminders": "Reminders are not available in this version.",
    "console.nothing_to_remind": "No reminders to send right now.",
    "slack.help.export": (
        "*`/revision {name} [organisation] [csv]`* — the follow-up matrix as an Excel file (or "
        "CSV) in the channel: one row per recommendation with actions, due dates and status.\n"
        "Example: `/revision {name} knivsta`"
    ),
    "slack.help.overview": (
        "*`/revision {name} [organisation]`* — a picture of the state: what is overdue first, "
        "then the recommendations left and the deadlines week by week (per organisation, or per "
        "board when you name one).\nExample: `/revision {name} vallentuna`"
    ),
    "slack.file.shared_by": "{user} shared {title}",
    "slack.file.preparing": "Preparing {title}. It will appear in the channel when it is ready.",
    "slack.file.progress": Plural(
        "total",
        one="Preparing {title}: {done} of 1 organisation done.",
        other="Preparing {title}: {done} of {total} organisations done.",
    ),
    "slack.file.uploaded": "Done – {title} is now in the channel.",
    "export.file_stem": "follow-up-matrix",
    "export.file_title": "Follow-up matrix – {scope}",
    "chart.file_stem": "overview",
    "slack.help.chair": (
        "*`/revision {name} <organisation> @person`* — who chairs the auditors; a response "
        "still missing 14 days after its deadline is also sent to them (editors only; `-` "
        "instead of @person removes it).\nExample: `/revision {name} knivsta @Eva`"
    ),
    "slack.chair.usage": (
        "Give the organisation and mention the person, for example `/revision chair knivsta "
        "@Eva` (or `-` to remove)."
    ),
    "slack.chair.done": "{user} now chairs the auditors of *{organisation}*.",
    "slack.chair.unchanged": "{user} already chaired the auditors of *{organisation}*.",
    "slack.chair.removed": "*{organisation}* has no registered chair any more.",
    "slack.help.year": (
        "*`/revision {name} <organisation>`* — the auditors' year ahead: revision plan, "
        "annual report, audit statement, interim report and follow-up reviews, with dates "
        "and days left.\nExample: `/revision {name} knivsta`"
    ),
    "slack.missing.year": "Say which organisation you mean, e.g. `/revision year knivsta`.",
    "slack.year.title": "The auditors' year – {organisation}",
    "slack.year.none": "Nothing in the auditors' year in the coming twelve months.",
    "slack.year.followup": "Follow-up review of “{audit}”, a year after the responses ({answered})",
    "slack.year.change": (
        "Reminders come (unless set otherwise) 30 and 7 days before and on the day in "
        "channels watching the organisation. Editors change the dates with Change "
        "(or `revisorbot milestones`)."
    ),
    "slack.year.edit": "Change",
    "slack.year.off": "~{what}~ (turned off)",
    "slack.milestone.title": "Change the auditors' year",
    "slack.milestone.intro": "*{label}* ({organisation})",
    "slack.milestone.date": "Date",
    "slack.milestone.date_hint": "The same day and month every year.",
    "slack.milestone.reminders": "Reminders",
    "slack.milestone.remind": "Remind the channels watching the organisation",
    "slack.milestone.moved": (
        "The auditors' year of *{organisation}*: {label}, now {date} every year."
    ),
    "slack.milestone.turned_off": (
        "The auditors' year of *{organisation}*: {label} is no longer reminded."
    ),
    "slack.year.add": "Add your own event",
    "slack.milestone.new_title": "New event in the year",
    "slack.milestone.new_intro": (
        "Your own event in the auditors' year of *{organisation}*, on the same day every year."
    ),
    "slack.milestone.label": "What happens?",
    "slack.milestone.no_label": (
        "Say what happens, for example “Budget dialogue with the executive board”."
    ),
    "slack.help.history": (
        "*`/revision {name} <audit>`* — who changed what and when in an audit: imports, "
        "responses received and statuses.\nExample: `/revision {name} knivsta integr`"
    ),
    "slack.missing.history": (
        "Say which audit you mean, e.g. `/revision history knivsta integration`."
    ),
    "slack.history.title": "History – {audit}",
    "slack.history.none": "Nothing has changed since the audit was imported.",
    "slack.history.import": "Imported from _{document}_",
    "slack.history.import_attached": "Completed with _{document}_",
    "slack.history.changed": "{subject}: {old} → *{new}*",
    "slack.history.empty": "–",
    "slack.history.auto": "(follows the actions)",
    "slack.history.cli": "the command line ({user})",
    "slack.history.entity.audit": "The audit",
    "slack.history.entity.recommendation": "Recommendation",
    "slack.history.entity.action": "Action",
    "slack.history.entity.response_request": "Response from",
    # -- correcting imports: the editable preview, corrections from `visa`, deletions that
    # -- can be undone, audits entered by hand (`new`), `revisorbot restore` -------------
    "slack.help.new": (
        "*`/revision {name}`* — enter an audit by hand: organisation, title, year, firm, "
        "audited boards, recommendations (one a line) and the response deadline. Then you "
        "choose each recommendation's addressees (editors only)."
    ),
    "slack.entity.trash": "no deletion",
    "error.invalid_entity": "There is {entity} to delete here.",
    "error.empty_text": "The text cannot be empty.",
    "error.already_requested": "{body} is already asked to respond to this audit.",
    "error.nothing_requested": "Those boards are already asked to respond to this audit.",
    "error.already_restored": "That deletion has already been undone.",
    "error.restore_expired": Plural(
        "days",
        one="More than 1 day has passed since the deletion; it can no longer be undone.",
        other="More than {days} days have passed since the deletion; it can no longer be undone.",
    ),
    "error.restore_place_gone": (
        "Cannot restore: there is {entity} left that it belonged to. Restore that first "
        "(`revisorbot restore`)."
    ),
    "error.restore_conflict": (
        "Cannot restore: something added since has taken its place (the same document "
        "imported again, a new response request to the same board, or what was given its "
        "number). Delete that first."
    ),
    "slack.menu.audit.edit": "Edit details",
    "slack.menu.audit.add_recommendation": "Add a recommendation",
    "slack.menu.audit.request": "Request a response",
    "slack.menu.audit.delete": "Delete the audit",
    "slack.menu.recommendation.edit": "Edit",
    "slack.menu.recommendation.add_action": "Add an action",
    "slack.menu.recommendation.delete": "Delete",
    "slack.menu.action.edit": "Edit",
    "slack.menu.action.delete": "Delete",
    "slack.menu.response_request.edit": "Edit",
    "slack.menu.response_request.delete": "Delete",
    "slack.edit.recommendation": "Edit recommendation",
    "slack.edit.new_recommendation": "New recommendation",
    "slack.edit.recommendation_text": "Recommendation",
    "slack.edit.addressees": "To",
    "slack.edit.other_addressees": "Other addressees",
    "slack.edit.names_hint": "Separate the names with commas, e.g. “Kommunstyrelsen, berörda "
    "nämnder”.",
    "slack.edit.action": "Edit action",
    "slack.edit.new_action": "New action",
    "slack.edit.action_text": "Action",
    "slack.edit.action_board": "In which board's action plan",
    "slack.edit.responsible": "Responsible",
    "slack.edit.timeline": "Timeline (as the response puts it)",
    "slack.edit.due": "Due by",
    "slack.edit.due_hint": "Reminders come 30 and 7 days before.",
    "slack.edit.request": "Response",
    "slack.edit.ask": "Request a response",
    "slack.edit.ask_submit": "Request",
    "slack.edit.ask_intro": "Which boards are to respond to the audit, and by when?",
    "slack.edit.board": "Board",
    "slack.edit.boards": "Boards to respond",
    "slack.edit.other_boards": "Other boards",
    "slack.edit.deadline": "Response due",
    "slack.edit.received": "Received",
    "slack.edit.received_hint": "Leave empty while the response has not arrived.",
    "slack.edit.facts": "Edit details",
    "slack.edit.title": "Title",
    "slack.edit.year": "Audit year",
    "slack.edit.firm": "Audit firm",
    "slack.edit.organisation": "Organisation",
    "slack.edit.bad_year": "“{value}” is not a year. Write e.g. 2024.",
    "slack.edit.empty_text": "Write the text.",
    "slack.edit.board_needed": "Choose the board.",
    "slack.edit.organisation_needed": "Write which organisation the audit is about.",
    "slack.edit.saved": "The change is saved.",
    "slack.delete.title": "Delete",
    "slack.delete.submit": "Delete",
    "slack.delete.undo": "Undo",
    "slack.delete.undo_hint": Plural(
        "days",
        one="It can be undone for 1 day (`revisorbot restore`).",
        other="It can be undone for {days} days (`revisorbot restore`).",
    ),
    "slack.delete.confirm.audit": (
        "Delete the audit *{label}* with all its recommendations, responses and actions? It "
        "will no longer be reminded."
    ),
    "slack.delete.confirm.recommendation": "Delete the recommendation “{label}”?",
    "slack.delete.confirm.action": "Delete the action “{label}”?",
    "slack.delete.confirm.response_request": (
        "Delete the request for a response from *{label}*? It will no longer be reminded."
    ),
    "slack.delete.done.audit": Plural(
        "days",
        one="The audit *{label}* is deleted. Undo within 1 day.",
        other="The audit *{label}* is deleted. Undo within {days} days.",
    ),
    "slack.delete.done.recommendation": (
        Plural(
            "days",
            one="The recommendation “{label}” is deleted. Undo within 1 day.",
            other="The recommendation “{label}” is deleted. Undo within {days} days.",
        )
    ),
    "slack.delete.done.action": Plural(
        "days",
        one="The action “{label}” is deleted. Undo within 1 day.",
        other="The action “{label}” is deleted. Undo within {days} days.",
    ),
    "slack.delete.done.response_request": (
        Plural(
            "days",
            one="The request for a response from *{label}* is deleted. Undo within 1 day.",
            other="The request for a response from *{label}* is deleted. Undo within {days} days.",
        )
    ),
    "slack.delete.restored_title": "Restored",
    "slack.delete.restored.audit": "The audit *{label}* is restored.",
    "slack.delete.restored.recommendation": "The recommendation “{label}” is restored.",
    "slack.delete.restored.action": "The action “{label}” is restored.",
    "slack.delete.restored.response_request": (
        "The request for a response from *{label}* is restored and reminded again."
    ),
    "slack.preview.warnings": "To check",
    "slack.preview.derived_title": (
        "The report prints no title: this one is taken from what the audit is about. Change "
        "it under Edit details if it is not right."
    ),
    "slack.preview.facts": "Edit details",
    "slack.preview.request": "Deadline and boards",
    "slack.preview.add": "Add a recommendation",
    "slack.preview.menu.edit": "Edit",
    "slack.preview.menu.remove": "Remove",
    "slack.preview.no_addressee": "no addressee",
    "slack.preview.more": (
        "… and {n} more, saved as they are: correct them after saving, with `/revision show`."
    ),
    "slack.preview.request_incomplete": (
        "A response is requested, but the deadline or the boards are missing: give them under "
        "Deadline and boards before saving."
    ),
    "slack.preview.request_intro": (
        "Leave both the date and the boards empty if the document requests no response."
    ),
    "slack.preview.deadline_needed": (
        "Give the response deadline (or remove the boards if no response is requested)."
    ),
    "slack.preview.boards_needed": "Choose or write at least one board to respond.",
    "slack.preview.stale": "The preview has changed since you opened this. Close it and try again.",
    "slack.new.title": "New audit",
    "slack.new.intro": (
        "Enter an audit by hand. In the next step you choose each recommendation's addressees."
    ),
    "slack.new.next": "Next",
    "slack.new.bodies": "Audited boards",
    "slack.new.recommendations": "Recommendations, one a line",
    "slack.new.recommendations_hint": "More can be added later from `/revision show`.",
    "slack.new.deadline_hint": "Leave empty if no response is requested.",
    "slack.new.responders": "Boards to respond",
    "slack.new.responders_hint": "Left empty: the audited boards.",
    "slack.new.bodies_needed": "Write at least one audited board.",
    "slack.new.title_needed": "Write the audit's title.",
    "slack.new.too_many": Plural(
        "n",
        one="At most 1 recommendation at a time; add more afterwards.",
        other="At most {n} recommendations at a time; add more afterwards.",
    ),
    "slack.new.source": "entered by hand",
    "slack.new.summary": Plural(
        "n",
        one="*{title}* ({organisation}), 1 recommendation. To whom is it addressed?",
        other=(
            "*{title}* ({organisation}), {n} recommendations. To whom is each recommendation "
            "addressed?"
        ),
    ),
    "slack.new.no_recommendations": "No recommendations: the audit is saved without.",
    "slack.history.named": "{kind} “{name}”",
    "slack.history.added": "{subject} was added",
    "slack.history.deleted": "{subject} was deleted",
    "slack.history.restored": "{subject} was restored",
    "slack.history.changed_field": "{subject}, {field}: {old} → *{new}*",
    "slack.history.field.title": "title",
    "slack.history.field.audit_year": "audit year",
    "slack.history.field.audit_firm": "audit firm",
    "slack.history.field.organisation": "organisation",
    "slack.history.field.text": "text",
    "slack.history.field.addressees": "addressees",
    "slack.history.field.responsible": "responsible",
    "slack.history.field.timeline_text": "timeline",
    "slack.history.field.due": "due by",
    "slack.history.field.deadline": "response due",
    "slack.history.field.body": "board",
    "slack.history.field.received_on": "received",
    "console.modal_choice": "Type a number to choose, Enter to go on ({submit}), - = {close}: ",
    "cli.restore.title": Plural(
        "days",
        one="Deleted in the last day",
        other="Deleted in the last {days} days",
    ),
    "cli.restore.none": Plural(
        "days",
        one="Nothing has been deleted in the last day.",
        other="Nothing has been deleted in the last {days} days.",
    ),
    "cli.restore.col.id": "No.",
    "cli.restore.col.when": "Deleted",
    "cli.restore.col.who": "By",
    "cli.restore.col.what": "What",
    "cli.restore.restored_on": "restored {date}",
    "cli.restore.hint": "Restore with `revisorbot restore NO`.",
    "cli.restore.done": "Restored: {what}.",
    # --- follow-up round (uppföljning) and its Word reports, issue 15 ---
    "slack.help.follow-up": (
        "*`/revision {name} <organisation> [year]`* — the year's follow-up of earlier audits: "
        "the recommendations of audits answered the year before or earlier, with the boards' "
        "responses and actions. Editors start it and assess each recommendation; everyone can "
        "read it and take the report away in Word.\nExample: `/revision {name} knivsta 2030`"
    ),
    "slack.missing.follow_up": (
        "Say which organisation you mean, e.g. `/revision follow-up knivsta 2030`."
    ),
    "slack.follow_up.title": "Follow-up {year} – {organisation}",
    "slack.follow_up.progress": Plural(
        "total",
        one="*{assessed} of {total} assessed*",
        other="*{assessed} of {total} assessed*",
    ),
    "slack.follow_up.started": (
        "The {year} follow-up has started. It covers the recommendations of audits whose "
        "responses came in by {year_before}, except those an earlier follow-up found fixed "
        "or no longer relevant."
    ),
    "slack.follow_up.empty": "There are no recommendations to follow up here yet.",
    "slack.follow_up.empty_editor": "Choose audits to follow up with the button below.",
    "slack.follow_up.not_started": (
        "The {year} follow-up for {organisation} has not started. An editor starts it with "
        "`/revision follow-up {organisation} {year}`."
    ),
    "slack.follow_up.gone": "That follow-up no longer exists. Run the command again.",
    "slack.follow_up.bad_year": (
        "Year {year} cannot be followed up; choose a year from 1990 to {last}."
    ),
    "slack.follow_up.responses": "Responses: {responses}",
    "slack.follow_up.no_response": "No response recorded",
    "slack.follow_up.no_actions": "The board named no actions.",
    "slack.follow_up.more_actions": "and {n} more actions",
    "slack.follow_up.not_assessed": "Not assessed",
    "slack.follow_up.previous": "Previous follow-up ({year}): {assessment}",
    "slack.follow_up.evidence_link": "evidence",
    "slack.follow_up.evidence_file": "evidence: Slack file {file}",
    "slack.follow_up.assess": "Assess",
    "slack.follow_up.reassess": "Change assessment",
    "slack.follow_up.choose_audits": "Choose audits",
    "slack.follow_up.report": "Report in Word",
    "slack.follow_up.statement": "Basis for audit statement",
    "slack.follow_up.modal_title": "Assess recommendation",
    "slack.follow_up.assessment": "Assessment",
    "slack.follow_up.comment": "Comment",
    "slack.follow_up.comment_hint": (
        "What the follow-up shows: decisions, documents, interviews or samples."
    ),
    "slack.follow_up.evidence": "Evidence (link or Slack file id)",
    "slack.follow_up.evidence_hint": (
        "A link (https://…) to the document or message that shows it, or a Slack file id (F…)."
    ),
    "slack.follow_up.conflict": (
        "{user} saved an assessment of this recommendation {when}, while you had the form open:"
    ),
    "slack.follow_up.conflict_after": (
        "What you wrote is kept below. *Save* replaces the assessment above; *Cancel* keeps it."
    ),
    "slack.follow_up.assessed_by": "Last assessed by {user} {when}.",
    "slack.follow_up.saved": "The assessment is saved: *{assessment}*.",
    "slack.follow_up.choose": "Choose an assessment.",
    "slack.follow_up.no_comment": "Write a comment: what does the follow-up show?",
    "slack.follow_up.comment_too_long": "The comment may be at most {limit} characters.",
    "slack.follow_up.bad_evidence": (
        "The evidence must be a link (https://…) or a Slack file id (F…)."
    ),
    "slack.follow_up.audits_title": "Choose audits",
    "slack.follow_up.audits_intro": (
        "The audits whose recommendations *{organisation}* follows up in {year}. Choose more "
        "to add them; take one out and its unassessed recommendations leave the follow-up, "
        "while the assessed ones stay."
    ),
    "slack.follow_up.audits_label": "Audits",
    "slack.follow_up.audits_placeholder": "Choose audits",
    "slack.follow_up.audits_chosen": (
        "The follow-up has changed: {added} recommendations added, {removed} taken out, "
        "{kept} assessed ones kept."
    ),
    "slack.follow_up.latest": "Follow-up {year}:",
    "error.invalid_assessment": "Unknown assessment: {assessment}.",
    "error.follow_up_stale": "Someone else saved an assessment after the form was opened.",
    "error.no_follow_up_round": (
        "The {year} follow-up for {organisation} has not started. Start it in Slack with "
        "`/revision follow-up {organisation} {year}`."
    ),
    "follow_up.assessment.fixed": "Fixed",
    "follow_up.assessment.partly_fixed": "Partly fixed",
    "follow_up.assessment.not_fixed": "Not fixed",
    "follow_up.assessment.no_longer_relevant": "No longer relevant",
    "follow_up.count.fixed": "Fixed",
    "follow_up.count.partly_fixed": "Partly fixed",
    "follow_up.count.not_fixed": "Not fixed",
    "follow_up.count.no_longer_relevant": "No longer relevant",
    "report.file.followup": "Follow-up {year} – {organisation}",
    "report.file.statement": "Basis for the audit statement {year} – {organisation}",
    "report.stem.followup": "follow-up",
    "report.stem.statement": "audit-statement-basis",
    "report.for": "The auditors of {organisation}",
    "report.draft": "Draft {date}",
    "report.draft_note": (
        "This draft comes from Revisorbot. Assessments and comments are the auditors' own; "
        "check and complete the text before the report is sent."
    ),
    "report.footer": "{organisation} · {title} {year} · draft",
    "report.page": "Page ",
    "report.none": "None.",
    "report.col.audit": "Audit",
    "report.col.recommendation": "Recommendation",
    "report.col.board": "Board",
    "report.col.response": "The board's response and actions",
    "report.col.assessment": "Assessment",
    "report.col.comment": "Comment",
    "report.col.count": "Number",
    "report.col.share": "Share",
    "report.col.total": "Total",
    "report.response": "Response from {body} {date}",
    "report.no_response": "No response recorded.",
    "report.no_actions": "No actions given.",
    "report.evidence": "Evidence: {evidence}",
    "report.previous": "Follow-up {year}: {assessment}",
    "report.followup.title": "Follow-up of earlier audits",
    "report.followup.summary": "Summary",
    "report.followup.summary_text": (
        "The {year} follow-up covers {recommendations} from {audits}. "
        "{assessed} of them are assessed."
    ),
    "report.followup.pending": Plural(
        "n",
        one="1 remains to be assessed.",
        other="{n} remain to be assessed.",
    ),
    "report.followup.by_assessment": "Assessments",
    "report.followup.by_board": "By board",
    "report.followup.audits": "The audits",
    "report.followup.audit_facts": "Report {date}",
    "report.followup.method": "About the follow-up",
    "report.followup.method_text": (
        "The follow-up covers the recommendations of audits whose responses came in by "
        "{year_before} that no earlier follow-up found fixed or no longer relevant, and those "
        "of audits the auditors chose. Each recommendation "
        "is assessed as fixed, partly fixed, not fixed or no longer relevant, from the board's "
        "response and the evidence given."
    ),
    "report.statement.title": "Basis for the audit statement",
    "report.statement.as_of": (
        "Responses and actions are shown as they stood on {date}. For each board: the year's "
        "audits and their overall assessments, responses that came late or are missing, the "
        "recommendations with the latest follow-up assessment, and actions past their timeline."
    ),
    "report.statement.overview": "Overview by board",
    "report.statement.col.audits": "Audits {year}",
    "report.statement.col.late": "Responses late or missing",
    "report.statement.col.recommendations": "Recom\u00admendations",
    "report.statement.col.overdue": "Overdue actions",
    "report.statement.audits": "The year's audits",
    "report.statement.responses": "Responses",
    "report.statement.recommendations": "Recommendations and follow-up",
    "report.statement.overdue": "Overdue actions",
    "report.statement.no_audits": "The board was not audited in {year}.",
    "report.statement.col.report_date": "Report",
    "report.statement.col.overall": "Overall assessment",
    "report.statement.col.deadline": "Deadline",
    "report.statement.col.received": "Received",
    "report.statement.col.delay": "Delay",
    "report.statement.col.latest": "Latest follow-up",
    "report.statement.col.action": "Action",
    "report.statement.col.timeline": "Timeline",
    "report.statement.col.status": "Status",
    "report.statement.col.overdue_since": "Overdue",
    "report.statement.on_time": "On time",
    "report.statement.late": Plural(
        "n",
        one="1 day late",
        other="{n} days late",
    ),
    "report.statement.missing_late": Plural(
        "n",
        one="Missing, 1 day past the deadline",
        other="Missing, {n} days past the deadline",
    ),
    "report.statement.missing": "Not yet received",
    "report.statement.not_followed_up": "Not followed up",
    "report.statement.days": Plural(
        "n",
        one="1 day",
        other="{n} days",
    ),
    "cli.report.written": "Wrote {path}.",
    # --- honest imports, workspaces, the follow-up matrix read back (issue 12, items 4-6) ---
    "import.result.nothing_usable": "nothing to save",
    "import.nothing_usable": (
        "{name}: nothing saved – I found no recommendations, audit questions, request for a "
        "response or responses in it. Is it the right file?"
    ),
    "cli.workspace.stranded": (
        Plural(
            "count",
            one=(
                "1 organisation ({names}) is stored under the local workspace {local} – imported "
                "before SLACK_BOT_TOKEN was set – and workspace {team} does not see them. Move "
                "them there with `revisorbot workspace move --from {local} --to {team}` (add "
                "--merge if {team} already holds data)."
            ),
            other=(
                "{count} organisations ({names}) are stored under the local workspace {local} – "
                "imported before SLACK_BOT_TOKEN was set – and workspace {team} does not see "
                "them. Move them there with `revisorbot workspace move --from {local} --to "
                "{team}` (add --merge if {team} already holds data)."
            ),
        )
    ),
    "cli.workspace.bad_team": "{team} does not look like a Slack team id (T… or E…).",
    "cli.workspace.title": "Workspaces in the database",
    "cli.workspace.col.team": "Team id",
    "cli.workspace.col.organisations": "Organisations",
    "cli.workspace.col.audits": "Audits",
    "cli.workspace.col.recommendations": "Recommendations",
    "cli.workspace.col.note": "",
    "cli.workspace.this_one": "the bot works here",
    "cli.workspace.local": "local (no token)",
    "cli.workspace.moved": (
        "Moved from {source} to {target}: {organisations} organisations, {audits} audits, "
        "{recommendations} recommendations, {actions} actions and {channels} watches."
    ),
    "workspace.same": (
        "{team} already is the workspace in question. Say where the data goes with --to, or "
        "set SLACK_BOT_TOKEN to move it to the bot's workspace."
    ),
    "workspace.source_empty": "Workspace {team} holds no data to move.",
    "workspace.target_holds_data": (
        "Workspace {team} already holds data, so nothing has moved. Add --merge to join them; "
        "that works when no organisation is in both."
    ),
    "workspace.collisions": (
        "Nothing has moved: {names} already exist in workspace {team}, and there will not be "
        "two of one organisation or document. Delete one of them first."
    ),
    "workspace.conflict": (
        "Nothing has moved: workspace {team} already holds something there may be only one "
        "of (a reminder to the same channel, say)."
    ),
    "export.col.response_deadline": "Response due",
    "export.col.response_received": "Response received",
    "export.col.registry_number": "Registry number",
    "export.col.comment": "Comment/assessment",
    "export.col.id": "Revisorbot id",
    "cli.matrix.title": Plural(
        "count",
        one="{name}: 1 change",
        other="{name}: {count} changes",
    ),
    "cli.matrix.title_dry": Plural(
        "count",
        one="{name}: 1 change (dry run, nothing saved)",
        other="{name}: {count} changes (dry run, nothing saved)",
    ),
    "cli.matrix.none": "{name}: nothing to change – the matrix agrees with what is stored.",
    "cli.matrix.row": "Row {row}: {text}",
    "cli.matrix.col.row": "Row",
    "cli.matrix.col.audit": "Audit",
    "cli.matrix.col.recommendation": "Recommendation",
    "cli.matrix.col.what": "Change",
    "cli.matrix.col.old": "Before",
    "cli.matrix.col.new": "After",
    "cli.matrix.added.organisation": "new organisation",
    "cli.matrix.added.audit": "new audit",
    "cli.matrix.added.recommendation": "new recommendation",
    "cli.matrix.added.action": "new action",
    "matrix.unreadable.broken": "{name} is a broken Excel file and cannot be read.",
    "matrix.unreadable.too_large": "{name} is too large to read as a follow-up matrix.",
    "matrix.unreadable.too_many_rows": (
        "{name} has more than {limit} rows. Split it, one file per organisation for instance."
    ),
    "matrix.unreadable.no_recommendation_column": (
        "{name} does not look like a follow-up matrix: no column is called Recommendation "
        "(Rekommendation, Rek.)."
    ),
    "matrix.no_rows": "{name} has headers but no rows to read.",
    "matrix.no_audit_column": (
        "{name} has no column for the audit (Granskning, Audit), so its rows cannot be "
        "placed in one."
    ),
    "matrix.no_organisation_column": (
        "{name} has no column for the organisation (Organisation, Kommun). Give it with "
        "--organisation."
    ),
    "matrix.note.unplaced": (
        "Column “{column}” was not read: its header names none of the matrix's columns, or "
        "one that is there already."
    ),
    "matrix.note.no_recommendation": "the row has no recommendation and was not read.",
    "matrix.note.no_organisation": (
        "the row does not say which organisation it is about (give --organisation)."
    ),
    "matrix.note.no_audit": "the row does not say which audit it is about.",
    "matrix.note.bad_year": "“{value}” is not a year and was not read.",
    "matrix.note.ambiguous_organisation": (
        "“{name}” could be several organisations; write the whole name."
    ),
    "matrix.note.unknown_audit": "there is no audit {audit} in {organisation}.",
    "matrix.note.ambiguous_audit": (
        "several audits in {organisation} are called “{audit}”; give the year in the Year column."
    ),
    "matrix.note.unknown_status": (
        "the status “{value}” is not one I know (Open, In progress, Done, Not accepted) and "
        "was not changed."
    ),
    "matrix.note.read_only": (
        "“{column}” is not changed through the matrix (do it in Slack); the file's “{value}” "
        "was left aside."
    ),
    "matrix.note.stale": (
        "the recommendation has changed in Revisorbot since the file was exported ({changed}), "
        "so the row changed nothing. Export again and make the change in that file."
    ),
    "matrix.note.bad_due": "the date “{value}” could not be read and was not changed.",
    "matrix.note.due_not_placed": (
        "the recommendation has several dated actions; change the date of the right one in Slack."
    ),
    "matrix.note.due_without_action": "the recommendation has no action to put the date on.",
    "matrix.note.actions_not_read": (
        "the actions column of Revisorbot's own export is a summary and is not read back."
    ),
    "matrix.note.action_without_board": (
        "the action was not saved: the row does not say which board is to carry it out."
    ),
    "export.col.version": "Revisorbot version",
    "slack.recommendation.comment": ":speech_balloon: _The auditors' comment:_ {comment}",
    # -- the calendar feed, `/revision calendar` (issue 15, item 4) -----------------------
    "slack.help.calendar": (
        "*`/revision {name}`* — the channel's deadlines in your calendar: a secret address to "
        "subscribe to in Outlook or Google Calendar, with the same dates as the reminders "
        "(editors only)."
    ),
    "slack.calendar.title": "The channel's deadlines in your calendar",
    "slack.calendar.intro": (
        "Subscribe to the address below in Outlook (*Add calendar → From internet*) or Google "
        "Calendar (*Other calendars → From URL*). It shows the same dates as the reminders in "
        "this channel about {organisations}: response deadlines, actions due on a day or in a "
        "month, the auditors' year and follow-up reviews – and follows when the data changes."
    ),
    "slack.calendar.no_public_url": (
        "The address starts with the bot's public address, which is not set yet: ask whoever "
        "runs Revisorbot to set `REVISORBOT_PUBLIC_URL`. The path is:"
    ),
    "slack.calendar.secret": (
        ":lock: The address is secret: whoever has it can read the calendar. Replace it if it "
        "has reached the wrong hands – the old one then stops working at once."
    ),
    "slack.calendar.replace": "Replace address",
    "slack.calendar.confirm.title": "Replace the address?",
    "slack.calendar.confirm.text": (
        "The current address stops working at once, also in calendars subscribed to it. They "
        "will need the new address."
    ),
    "slack.calendar.confirm.yes": "Replace address",
    "slack.calendar.confirm.no": "Cancel",
    "slack.calendar.replaced": (
        ":white_check_mark: New address. The old one no longer works; subscribe to the new one."
    ),
    "slack.calendar.not_watching": (
        "This channel watches no organisation, so there are no deadlines to show in a "
        "calendar. Start with `/revision watch <organisation>`."
    ),
    "calendar.product": "Calendar",
    "calendar.name": "Revisorbot – {organisations}",
    "calendar.description": (
        "Response deadlines, actions, the auditors' year and follow-up reviews from Revisorbot: "
        "the same dates as the reminders in Slack."
    ),
    "calendar.response.summary": "Response from {body} – {organisation}",
    "calendar.response.description": (
        "{organisation}: {body} is to respond to the audit “{audit}” by {due}."
    ),
    "calendar.action.summary": "Action, {body} – {organisation}: {text}",
    "calendar.action.description": (
        "{organisation}: in its response to “{audit}”, {body} promised: {text}\nTimeline: {due}"
    ),
    "calendar.action.responsible": "Responsible: {responsible}",
    "calendar.milestone.summary": "Auditors' year – {organisation}: {label}",
    "calendar.milestone.description": "The auditors' year in {organisation}: {label}, {due}.",
    "calendar.followup.summary": "Follow-up review – {organisation}: {audit}",
    "calendar.followup.description": (
        "{organisation}: the audit “{audit}” is followed up a year after its responses came in "
        "({answered})."
    ),
    # --- findings: the report's text as passages (search, show, export, re-import) ---
    "slack.search.page": "p. {page}",
    "slack.search.passage.background": "Background",
    "slack.search.passage.observation": "Observation",
    "slack.search.passage.assessment": "Assessment",
    "slack.search.passage.recommendation": "The report's recommendations section",
    "slack.search.passage.other": "Report text",
    "slack.import.already_filled": (
        "This document was imported before. I have now also kept the report's text, so "
        "`/revision search` finds observations and assessments in it; nothing else changed. "
        "Show the audit with `/revision show {id}`."
    ),
    "slack.history.import_passages": "The report's text from _{document}_ kept for search",
    "import.result.passages_added": "already imported, report text added",
    "export.assessments.sheet_title": "Assessments",
    "export.assessments.col.organisation": "Organisation",
    "export.assessments.col.audit": "Audit",
    "export.assessments.col.year": "Year",
    "export.assessments.col.number": "No.",
    "export.assessments.col.question": "Audit question",
    "export.assessments.col.label": "Assessment",
    "export.assessments.col.text": "Assessment text",
    # --- plural forms and spans of time (Babel picks the form; bot.core.i18n.count) ---
    "relative.in": "in {span}",
    "relative.ago": "{span} ago",
    "count.organisations": Plural("n", one="1 organisation", other="{n} organisations"),
    "count.audits": Plural("n", one="1 audit", other="{n} audits"),
    "count.rows": Plural("n", one="1 row", other="{n} rows"),
    "count.days": Plural("n", one="1 day", other="{n} days"),
    "count.questions": Plural("n", one="1 audit question", other="{n} audit questions"),
    "count.recommendations": Plural("n", one="1 recommendation", other="{n} recommendations"),
    "count.responses": Plural("n", one="1 response", other="{n} responses"),
    "count.actions": Plural("n", one="1 action", other="{n} actions"),
    "count.open": Plural("n", one="1 open", other="{n} open"),
    # --- the command line's --help (bot/cli/help.py: cli.help.<command>[.<option>]) ---
    "cli.help": "Revisorbot: audits, responses and reminders.",
    "cli.help.install_completion": "Install completion for the current shell.",
    "cli.help.show_completion": "Show completion for the current shell, to copy or customise it.",
    "cli.help.option.help": "Show this message and exit.",
    "cli.help.option.team": "Slack team id (T…), when several share a database.",
    "cli.help.option.organisation": "Only this organisation.",
    "cli.help.panel.arguments": "Arguments",
    "cli.help.panel.options": "Options",
    "cli.help.panel.commands": "Commands",
    "cli.help.panel.default": "[default: {}]",
    "cli.help.panel.required": "[required]",
    "cli.help.run": (
        "Connect to Slack: Socket Mode when SLACK_APP_TOKEN is set, else HTTP at /slack/events."
    ),
    "cli.help.run.port": "HTTP port.",
    "cli.help.run.host": "Interface the HTTP server listens on.",
    "cli.help.run.no_scheduler": "Send no reminders from this process.",
    "cli.help.console": (
        "The bot in your terminal: type /revision commands, press buttons by number."
    ),
    "cli.help.console.demo": "Fresh demo data in a temporary database; nothing saved.",
    "cli.help.console.channel": "The channel you type in (a Slack channel id, C…).",
    "cli.help.due": "Print response deadlines and actions due soon, and what is overdue.",
    "cli.help.due.days": "How many days ahead.",
    "cli.help.demo": "Load demo data and print what is due, or generate the national dataset.",
    "cli.help.demo.scale": (
        "demo: two organisations, five audits. national: every kommun and region over ten "
        "years (SPEC §5). quick: the national shape at a fifteenth of the size."
    ),
    "cli.help.demo.seed": "Seed of the generated data.",
    "cli.help.import": (
        "Import .pdf, .docx, .txt or .md files: findings, recommendations, deadlines, actions."
    ),
    "cli.help.import.paths": "Reports, cover letters, responses or follow-up matrices.",
    "cli.help.import.organisation": "The organisation, if a file omits it.",
    "cli.help.import.dry_run": "Show what is found; save nothing.",
    "cli.help.import.as_json": "Print JSON instead of a table.",
    "cli.help.export": (
        "Write the follow-up matrix: one row per recommendation with its actions and status."
    ),
    "cli.help.export.output": "File to write.",
    "cli.help.export.fmt": (
        "xlsx (the matrix, and a second sheet of questions and assessments) or csv (the matrix "
        "only)."
    ),
    "cli.help.overview": (
        "Draw the state of things as a PNG: what is overdue per organisation first, then the "
        "next deadlines and the recommendations by status."
    ),
    "cli.help.overview.output": "PNG file to write.",
    "cli.help.db": "Database maintenance.",
    "cli.help.db.upgrade": "Run the Alembic migrations to the latest revision.",
    "cli.help.reminders": "Reminder sweeps and channel settings.",
    "cli.help.reminders.run-once": (
        "One reminder sweep over the workspace's watching channels (a dry run: all, or --team)."
    ),
    "cli.help.reminders.run-once.at": "Sweep as if the clock showed this (ISO, local time).",
    "cli.help.reminders.run-once.dry_run": (
        "List what would be sent, in words; send and claim nothing."
    ),
    "cli.help.reminders.settings": "Show, or change, a watching channel's reminder settings.",
    "cli.help.reminders.settings.channel": "The watching channel's id (C…).",
    "cli.help.reminders.settings.organisation": "The organisation it watches.",
    "cli.help.reminders.settings.changes": (
        "KEY=VALUE, e.g. response_working_days_before=10,5,1 digest_weekday=friday "
        "digest_time=09:00 overdue_every_days=0 language=en; KEY= restores the default."
    ),
    "cli.help.chair": "The auditors' chair, who gets escalations.",
    "cli.help.chair.set": (
        "Register the auditors' chair: missing responses are escalated to them by DM."
    ),
    "cli.help.chair.set.organisation": "The organisation, e.g. Knivsta.",
    "cli.help.chair.set.user_id": "The chair's Slack user id (U…).",
    "cli.help.chair.clear": (
        "Remove the registered chair: no more escalations for that organisation."
    ),
    "cli.help.chair.clear.organisation": "The organisation.",
    "cli.help.chair.show": "Every organisation and its registered chair.",
    "cli.help.milestones": "The auditors' year (årshjul).",
    "cli.help.milestones.list": (
        "The organisation's auditors' year: defaults and the team's changes."
    ),
    "cli.help.milestones.list.organisation": "The organisation.",
    "cli.help.milestones.set": (
        "Move a milestone of the auditors' year, turn it off, or add one of the team's own."
    ),
    "cli.help.milestones.set.organisation": "The organisation.",
    "cli.help.milestones.set.kind": "A default kind (see list) or a name of your own.",
    "cli.help.milestones.set.date": "MM-DD, due every year.",
    "cli.help.milestones.set.label": "What is due.",
    "cli.help.milestones.set.off": "Keep it, but do not remind.",
    # the commands that came with editing, the follow-up round and workspaces
    "cli.help.restore": "Undo a deletion made in the last 30 days (without a number: list them).",
    "cli.help.restore.number": "The deletion to undo; without it, the list.",
    "cli.help.report": (
        "Write a Word draft: the follow-up report or the basis for the audit statement."
    ),
    "cli.help.report.kind": (
        "followup: the follow-up report of the organisation's round of YEAR. statement: the "
        "basis for the audit statement of YEAR, per board."
    ),
    "cli.help.report.year": "The round's year, or the audit year.",
    "cli.help.report.output": "The .docx file to write.",
    "cli.help.report.language": "sv or en (default REVISORBOT_LANGUAGE).",
    "cli.help.workspace": "Data under Slack workspaces (team ids): list and move.",
    "cli.help.workspace.list": (
        "Every workspace holding data in this database, and which one this bot works in."
    ),
    "cli.help.workspace.move": (
        "Move everything stored under one workspace to another, and say what moved."
    ),
    "cli.help.workspace.move.source": "The team id the data is under (the local one).",
    "cli.help.workspace.move.target": "The team id to give it to (the bot token's).",
    "cli.help.workspace.move.merge": (
        "Also when the target holds data, if no organisation or document is in both."
    ),
    "cli.help.milestones.reset": (
        "Forget the team's change to a milestone (a team's own milestone is removed)."
    ),
    "cli.help.milestones.reset.organisation": "The organisation.",
    "cli.help.milestones.reset.kind": "The milestone.",
    # --- what was typed has no letter or digit (bot.core.errors.NoWords) ---
    "match.no_words": "“{query}” has no letters or digits, so it matches nothing.",
    "slack.missing.audits": (
        "Name an organisation, and a year if you like, e.g. `/revision audits knivsta 2019`."
    ),
    "slack.missing.unwatch": "Name the organisation, e.g. `/revision unwatch knivsta`.",
    "slack.missing.organisation": "Name an organisation, e.g. `knivsta`.",
    # --- which database a command reads (bot/cli/common.py) ---
    "cli.database.at": "Database: {location}",
    "cli.database.created": "The database {location} was created just now.",
    "cli.database.new": (
        "The database {location} did not exist, so it was created just now and is empty. "
        "Import reports with revisorbot import or try revisorbot demo. If your data is "
        "elsewhere, set DATABASE_URL (without it, a file in the current folder is used)."
    ),
    "cli.database.empty": (
        "The database {location} has no audits in workspace {team}. Import reports with "
        "revisorbot import or try revisorbot demo. If your data is elsewhere, set DATABASE_URL "
        "(without it, a file in the current folder is used)."
    ),
    # --- the console on demo data and on a real database (bot/console) ---
    "console.welcome_real": (
        "Revisorbot in the terminal, on your real data in {location}. Reminders are shown here "
        "but not sent. Type `/revision help` (or just `help`), a number to press a button, "
        "`:help` for the console's own commands."
    ),
    "console.channel_made_up": (
        "The channel {channel} exists only in the console, so no watch is saved for it. Start "
        "the console with --channel C… (a real channel's id) to watch in that channel, or with "
        "--demo to try it on demo data."
    ),
    "console.would_send": Plural(
        "count",
        one="Would be sent now (the console sends nothing on real data): 1 reminder.",
        other="Would be sent now (the console sends nothing on real data): {count} reminders.",
    ),
    "console.would_send_hint": Plural(
        "count",
        one="1 reminder would be sent now; type :remind to see it.",
        other="{count} reminders would be sent now; type :remind to see them.",
    ),
    # --- the overview picture: overdue first, per organisation (bot/files/chart.py) ---
    "chart.overdue": "Overdue ({n})",
    "chart.nothing_overdue": "Nothing is overdue.",
    "chart.overdue_row": Plural("n", one="1 · due {since}", other="{n} · the oldest due {since}"),
    "chart.unfinished": "Recommendations left ({n} of {total})",
    "chart.unfinished_row": "{n} of {total} left",
    "chart.next_weeks": "Deadlines in the next {weeks} weeks ({n})",
    "chart.week": "Week",
    "chart.legend.responses": "Responses",
    "chart.legend.actions": "Actions",
    "chart.several_boards": "Several boards",
    "chart.no_board": "No board named",
    "chart.other_organisations": Plural(
        "n", one="1 more organisation", other="{n} more organisations"
    ),
    "chart.other_boards": Plural("n", one="1 more board", other="{n} more boards"),
}
