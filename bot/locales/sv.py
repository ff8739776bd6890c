"""Svenska (default)."""

WEEKDAYS = ("mån", "tis", "ons", "tors", "fre", "lör", "sön")
MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)

MESSAGES: dict[str, str] = {
    "relative.today": "i dag",
    "relative.tomorrow": "i morgon",
    "relative.yesterday": "i går",
    "relative.in_days": "om {n} dagar",
    "relative.days_ago": "för {n} dagar sedan",
    "precision.month": "senast {month}",
    "precision.year": "under {year}",
    "kind.response": "Yttrande",
    "kind.action": "Åtgärd",
    "cli.due.title": "Att göra de närmaste {days} dagarna",
    "cli.overdue.title": "Försenat",
    "cli.col.when": "När",
    "cli.col.what": "Vad",
    "cli.col.who": "Vem",
    "cli.col.audit": "Granskning",
    "cli.nothing_due": "Inget förfaller de närmaste {days} dagarna.",
    "cli.demo.loaded": "Demodata inlästa i {url}: {audits} granskningar.",
    "cli.db.upgraded": "Databasen är uppgraderad till senaste versionen ({revision}).",
    "error.missing_organisation": (
        "Dokumentet anger ingen organisation. Ange den med --organisation."
    ),
    "error.not_found": "Hittade ingen {entity} med id {entity_id}.",
    # --- export ---
    "export.col.organisation": "Organisation",
    "export.col.audit": "Granskning",
    "export.col.year": "År",
    "export.col.recommendation": "Rekommendation",
    "export.col.addressees": "Mottagare",
    "export.col.actions": "Åtgärder",
    "export.col.due": "Nästa förfallodag",
    "export.col.status": "Status",
    "export.col.last_change": "Senast ändrad",
    "export.sheet_title": "Uppföljning",
    "export.written": "Uppföljningsmatrisen ({rows} rekommendationer) är sparad i {path}.",
    "export.unknown_organisation": "Hittade ingen organisation som heter {name}.",
    "status.action.not_started": "Ej påbörjad",
    "status.action.started": "Pågår",
    "status.action.done": "Klar",
    "status.recommendation.open": "Öppen",
    "status.recommendation.in_progress": "Pågår",
    "status.recommendation.done": "Genomförd",
    "status.recommendation.not_accepted": "Ej accepterad",
    "chart.recommendations": "Rekommendationer",
    "chart.no_recommendations": "Inga rekommendationer",
    "chart.next_deadlines": "Närmaste frister",
    "chart.no_deadlines": "Inga frister de närmaste dagarna",
    "chart.title": "Läget: {scope}",
    "chart.all_organisations": "alla organisationer",
    "cli.export.bad_format": "Formatet måste vara ett av: {formats}.",
    # --- reminders ---
    "kind.milestone": "Årshjul",
    "kind.followup": "Uppföljning",
    "kind.escalation": "Eskalering",
    "kind.digest": "Veckosammanfattning",
    "reminders.late": ":hourglass: Försenad påminnelse – den skulle ha kommit {when}.",
    "reminders.audit_fallback": "granskning {id}",
    "reminders.response": (
        ":bell: *{organisation}*: yttrande från *{body}* över ”{audit}” ska ha kommit in "
        "senast *{due}*."
    ),
    "reminders.response.overdue": (
        ":bell: *{organisation}*: yttrandet från *{body}* över ”{audit}” har inte kommit in. "
        "Sista dagen var *{due}*."
    ),
    "reminders.response.snoozed": ":zzz: Uppskjuten påminnelse.",
    "reminders.button.received": "Markera inkommet",
    "reminders.snooze.placeholder": "Påminn senare",
    "reminders.snooze.1": "Om en dag",
    "reminders.snooze.7": "Om en vecka",
    "reminders.snoozed": ":zzz: Jag påminner om yttrandet från {body} igen {until}.",
    "reminders.snooze.too_late": (
        "Sista dagen för yttrandet är redan här, så påminnelsen kan inte skjutas upp mer."
    ),
    "reminders.snooze.invalid": "Jag förstod inte vilken påminnelse som skulle skjutas upp.",
    "reminders.snooze.received": "Yttrandet från {body} är redan markerat som inkommet.",
    "reminders.action": (
        ":clipboard: *{organisation}*: åtgärd för *{body}* ska vara klar *{due}*.\n>{text}"
    ),
    "reminders.action.responsible": "Ansvarig: {responsible}",
    "reminders.action.audit": "Granskning: {audit}",
    "reminders.action.status": "Status",
    "reminders.milestone": ":spiral_calendar_pad: *Årshjulet – {organisation}*: {label}, *{due}*.",
    "milestone.revision_plan": "revisionsplanen för {year} antas (december–januari)",
    "milestone.annual_report": "årsredovisningen för {previous} lämnas till revisorerna",
    "milestone.audit_statement": (
        "revisionsberättelsen för {previous} lämnas inför fullmäktiges ansvarsprövning"
    ),
    "milestone.interim_report": "delårsrapporten per 31 augusti {year} når revisorerna",
    "milestone.interim_assessment": (
        "revisorernas bedömning av delårsrapporten {year} lämnas till fullmäktige"
    ),
    "reminders.followup": (
        ":mag: *{organisation}*: uppföljande granskning av ”{audit}”, ett år efter svaren "
        "({answered}): *{due}*."
    ),
    "reminders.escalation": (
        ":rotating_light: *{organisation}*: yttrandet från *{body}* över ”{audit}” saknas "
        "fortfarande, {days} dagar efter sista dagen {deadline}. Du får det här som "
        "revisorernas ordförande."
    ),
    "reminders.digest.title": "Veckans läge – vecka {week}",
    "reminders.digest.overdue_requests": "*Yttranden som saknas ({count})*",
    "reminders.digest.overdue_actions": "*Åtgärder vars tidsplan har passerat ({count})*",
    "reminders.digest.upcoming": "*De närmaste {days} dagarna*",
    "reminders.digest.more": "… och {count} till – se `/revision försenade {organisation}`.",
    "reminders.digest.nothing": (
        "Inget försenat och inget som förfaller de närmaste {days} dagarna. :white_check_mark:"
    ),
    "reminders.digest.request_line": "{body}: ”{audit}” – {due}",
    "reminders.digest.action_line": "{body}: {text} – {due}",
    "reminders.digest.truncated": (
        "… fler organisationer än som får plats; se `/revision försenade`."
    ),
    "reminders.paused": (
        ":warning: Jag kan inte längre skriva i <#{channel}> ({reason}), så påminnelserna om "
        "{organisations} är pausade. Bjud in mig i kanalen och skriv `/revision bevaka "
        "<organisation>` där, så fortsätter de."
    ),
    "cli.reminders.none": "Inga påminnelser att skicka just nu ({at}).",
    "cli.reminders.would_send": "Skulle skicka {count} påminnelser ({at}):",
    "cli.reminders.result": (
        "{sent} skickade, {skipped} redan tagna av en annan process, {failed} misslyckade."
    ),
    "cli.reminders.no_token": (
        "SLACK_BOT_TOKEN saknas. Ange den, eller använd --dry-run för att bara se vad som "
        "skulle skickas."
    ),
    "cli.reminders.bad_at": "Kunde inte läsa tiden {value!r}; skriv till exempel 2030-03-29T08:00.",
    "cli.reminders.database_down": (
        "Databasen svarar inte, så inga påminnelser skickades ({error})."
    ),
    "cli.reminders.col.moment": "Planerad",
    "cli.reminders.col.channel": "Kanal",
    "cli.reminders.col.kind": "Slag",
    "cli.reminders.col.key": "Nyckel",
    "cli.reminders.col.late": "Försenad",
    "cli.chair.set": "{user} är nu revisorernas ordförande i {organisation} och får eskaleringar.",
    "cli.chair.cleared": "{organisation} har ingen registrerad ordförande längre.",
    "cli.chair.unchanged": "Ingen ändring: {organisation} hade redan den ordföranden.",
    "cli.chair.none": "ingen",
    "cli.chair.bad_user": "{user} ser inte ut som ett Slack-användar-id (U… eller W…).",
    "cli.milestones.title": "Årshjulet för {organisation}",
    "cli.milestones.col.kind": "Milstolpe",
    "cli.milestones.col.date": "Datum",
    "cli.milestones.col.label": "Beskrivning",
    "cli.milestones.col.state": "Läge",
    "cli.milestones.default": "standard",
    "cli.milestones.changed": "ändrad",
    "cli.milestones.off": "av",
    "cli.milestones.saved": "Milstolpen {kind} i {organisation} är sparad.",
    "cli.milestones.reset": "Milstolpen {kind} i {organisation} följer standarden igen.",
    "cli.milestones.bad_date": "Datumet ska skrivas MM-DD, till exempel 04-15.",
    "cli.milestones.needs_label": "En egen milstolpe behöver en beskrivning (--label).",
    "cli.settings.title": "Påminnelser i {channel} om {organisation}",
    "cli.settings.saved": "Inställningarna är sparade.",
    "cli.settings.invalid": "Ogiltig inställning: {error}",
    "cli.settings.not_watching": "{channel} bevakar inte {organisation}.",
}
