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
    "cli.demo.generated": (
        "Generated {organisations} organisations, {audits} audits and {rows} rows "
        "in {url} in {seconds} s (seed {seed})."
    ),
    "cli.demo.generating": "Generating {scale} data",
    "cli.db.upgraded": "The database is at the latest version ({revision}).",
    "error.missing_organisation": (
        "The document names no organisation. Give it with --organisation."
    ),
    "error.not_found": "No {entity} with id {entity_id}.",
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
    "import.contents": (
        "{questions} questions, {recommendations} recs, {responses} resp., {actions} actions"
    ),
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
        "{count} were in Slack already, from an earlier sweep that never heard back; they "
        "were not sent again."
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
    "slack.entity.audit": "audit",
    "slack.entity.action": "action",
    "slack.entity.recommendation": "recommendation",
    "slack.entity.response_request": "response request",
    "slack.entity.import_draft": "preview",
    "slack.entity.organisation": "organisation",
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
        "*`/revision {name} <text>`* — search audit questions, recommendations and actions.\n"
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
    "slack.response.actions": "{n} actions",
    "slack.recommendation.to": "To: {bodies}",
    "slack.action.timeline": "Timeline: {timeline}",
    "slack.due.response": "Response from *{body}*",
    "slack.deadlines.title": "Due in the next {days} days",
    "slack.deadlines.none": "Nothing is due in the next {days} days.",
    "slack.overdue.title": "Overdue",
    "slack.overdue.none": "Nothing is overdue. :tada:",
    "slack.audits.title": "Audits",
    "slack.audits.none": "No audits found.",
    "slack.audits.counts": "{n} recommendations, {open} open",
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
    "slack.home.upcoming": "The next {days} days",
    "slack.home.nothing_upcoming": "Nothing is due in the next {days} days.",
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
    "slack.import.counts": (
        "Found {questions} audit questions, {recommendations} recommendations and "
        "{responses} responses with {actions} actions."
    ),
    "slack.import.deadline": "Response due {deadline} from {bodies}.",
    "slack.import.response": "*{body}*, decided {date}: {n} actions",
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
        "*`/revision {name} [organisation]`* — a picture of the state: recommendations per "
        "board by status and the next deadlines.\nExample: `/revision {name} vallentuna`"
    ),
    "slack.file.shared_by": "{user} shared {title}",
    "slack.file.preparing": "Preparing {title}. It will appear in the channel when it is ready.",
    "slack.file.progress": "Preparing {title}: {done} of {total} organisations done.",
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
}
