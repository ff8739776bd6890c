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
    "cli.demo.generated": (
        "Genererade {organisations} organisationer, {audits} granskningar och {rows} rader "
        "i {url} på {seconds} s (frö {seed})."
    ),
    "cli.demo.generating": "Genererar {scale}-data",
    "cli.db.upgraded": "Databasen är uppgraderad till senaste versionen ({revision}).",
    "error.missing_organisation": (
        "Dokumentet anger ingen organisation. Ange den med --organisation."
    ),
    "error.not_found": "Hittade ingen {entity} med id {entity_id}.",
    "error.team_not_empty": (
        "Arbetsytan {team_id} har redan data. Generera i en tom databas, eller välj en annan "
        "arbetsyta med --team."
    ),
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
    "cli.export.writing": "Skriver uppföljningsmatrisen",
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
    "cli.database_down": (
        "Databasen svarar inte ({error}). Kontrollera DATABASE_URL och att databasen är igång."
    ),
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
    # --- import ---
    "import.reading": "Läser filer",
    "import.reading_file": "Läser {name}",
    "import.not_found": "{name} finns inte.",
    "import.no_access": "{name} kunde inte öppnas (saknar behörighet eller är en mapp).",
    "import.summary": "Importerat",
    "import.summary_dry": "Hittat (provkörning, inget sparat)",
    "import.col.file": "Fil",
    "import.col.audit": "Granskning",
    "import.col.contents": "Innehåll",
    "import.contents": (
        "{questions} frågor, {recommendations} rek., {responses} yttr., {actions} åtg."
    ),
    "import.col.deadline": "Svar senast",
    "import.col.result": "Resultat",
    "import.result.found": "hittat",
    "import.result.created": "ny granskning",
    "import.result.attached": "tillagd till granskning",
    "import.result.already_imported": "redan importerad",
    "import.result.error": "kunde inte läsas",
    # --- slack ---
    "cli.run.no_token": (
        "SLACK_BOT_TOKEN saknas. Skapa appen från manifest.yml, installera den och lägg "
        "Bot User OAuth Token i .env (se README, Connect to Slack)."
    ),
    "cli.run.no_secret": (
        "SLACK_SIGNING_SECRET saknas. Lägg appens Signing Secret i .env, eller sätt "
        "SLACK_APP_TOKEN för Socket Mode."
    ),
    "cli.run.token_refused": (
        "Slack godtar inte SLACK_BOT_TOKEN ({error}). Kopiera Bot User OAuth Token (xoxb-…) "
        "på nytt från OAuth & Permissions på https://api.slack.com/apps och lägg den i .env – "
        "eller installera om appen i arbetsytan om den har tagits bort. Starta sedan "
        "revisorbot run igen."
    ),
    "cli.run.slack_unreachable": (
        "Kommer inte åt Slack på {url} ({reason}). Kontrollera nätverket och en eventuell "
        "proxy, och att SLACK_API_URL stämmer (https://slack.com/api/, för GovSlack "
        "https://slack-gov.com/api/). Starta sedan revisorbot run igen."
    ),
    "cli.run.slack_error": (
        "Slack svarade {error} när SLACK_BOT_TOKEN prövades mot {url}. Försök igen om en "
        "stund; består felet, se https://api.slack.com/methods/auth.test."
    ),
    # --- slow Slack and reminders sent once (issue 14) ---
    "cli.reminders.found": (
        "{count} fanns redan i Slack från en tidigare körning som aldrig fick svar; de "
        "skickades inte igen."
    ),
    "error.editor_not_known": (
        "Slack svarar långsamt just nu, så jag vet inte än om du får ändra. Försök igen om en "
        "liten stund."
    ),
    "error.permission_denied": (
        "Du kan läsa allt men inte ändra något. Be den som driftar Revisorbot att lägga till "
        "dig (eller en användargrupp du är med i) i REVISORBOT_EDITORS."
    ),
    "error.invalid_status": "Okänd status: {status}.",
    "slack.entity.audit": "granskning",
    "slack.entity.action": "åtgärd",
    "slack.entity.recommendation": "rekommendation",
    "slack.entity.response_request": "begäran om yttrande",
    "slack.entity.import_draft": "förhandsgranskning",
    "slack.entity.organisation": "organisation",
    "match.none.audit": "Hittade ingen granskning som passar ”{query}”.",
    "match.none.organisation": "Hittade ingen organisation som heter ”{query}”.",
    "match.none.body": "Hittade ingen nämnd som passar ”{query}”.",
    "match.none.target": "Hittade ingen organisation eller nämnd som passar ”{query}”.",
    "match.none.subcommand": "Kommandot ”{query}” finns inte.",
    "match.did_you_mean": "Menade du {names}?",
    "match.ambiguous": "Flera granskningar passar ”{query}”. Vilken menar du?",
    "slack.missing.show": (
        "Skriv vilken granskning du menar, t.ex. `/revision visa knivsta integration` "
        "eller ett id som `/revision visa 12`."
    ),
    "slack.missing.actions": (
        "Skriv vilken granskning du menar, t.ex. `/revision åtgärder knivsta integration`."
    ),
    "slack.missing.recs": "Skriv en organisation eller nämnd, t.ex. `/revision rek vallentuna`.",
    "slack.missing.open": (
        "Skriv en organisation eller nämnd, t.ex. `/revision öppna socialnämnden`."
    ),
    "slack.missing.search": "Skriv vad du söker efter, t.ex. `/revision sök orosanmälan`.",
    "slack.missing.watch": "Skriv vilken organisation du menar, t.ex. `/revision bevaka knivsta`.",
    "slack.error.days": "”{value}” är inget antal dagar. Skriv t.ex. `/revision frister 14`.",
    "slack.error.date": "Välj ett datum.",
    "slack.error.future_date": "Datumet kan inte ligga i framtiden.",
    "slack.error.bad_choice": "Det valet känner jag inte igen. Försök igen från ett nytt svar.",
    "slack.error.stale": "Svaret är för gammalt för att bläddra i. Kör kommandot igen.",
    "slack.error.see_help": "Skriv `/revision hjälp` för att se alla kommandon.",
    "slack.error.title": "Det gick inte",
    "slack.error.not_in_channel": (
        "Jag är inte med i den här kanalen. Bjud in mig med `/invite @Revisorbot` och försök igen."
    ),
    "slack.error.channel_not_found": "Jag hittar inte kanalen. Är den privat? Bjud in mig först.",
    "slack.error.is_archived": "Kanalen är arkiverad, så jag kan inte skriva där.",
    "slack.error.missing_scope": (
        "Appen saknar en behörighet i Slack ({needed}). Be den som installerade Revisorbot "
        "att lägga till den (se manifest.yml) och installera om appen."
    ),
    "slack.error.database": (
        "Databasen svarar inte just nu, så inget har ändrats. Försök igen om en stund "
        "(fel-id `{error_id}`)."
    ),
    "slack.error.unexpected": (
        "Något gick fel och inget har ändrats. Försök igen; om felet kvarstår, nämn fel-id "
        "`{error_id}` för den som driftar Revisorbot."
    ),
    "slack.help.title": "Revisorbot – hjälp",
    "slack.help.intro": (
        "Skriv `/revision` följt av ett kommando. Svaren syns bara för dig tills du trycker på "
        "*Dela i kanalen*. Namn får skrivas slarvigt: små bokstäver, utan å, ä och ö, "
        "förkortningar som KS, SN och BUN, med eller utan ”nämnden” – och stavfel går oftast bra."
    ),
    "slack.help.alias": "_(även `{alias}`)_",
    "slack.help.deadlines": (
        "*`/revision {name} [dagar]`* — svarsfrister och åtgärder som förfaller de närmaste "
        "30 dagarna (eller det antal dagar du anger), närmast först.\n"
        "Exempel: `/revision {name} 14`"
    ),
    "slack.help.overdue": (
        "*`/revision {name}`* — yttranden och åtgärder vars frist har passerat.\n"
        "Exempel: `/revision {name}`"
    ),
    "slack.help.audits": (
        "*`/revision {name} [organisation] [år]`* — granskningarna, gärna för en organisation "
        "och ett år.\nExempel: `/revision {name} knivsta 2019`"
    ),
    "slack.help.show": (
        "*`/revision {name} <granskning>`* — granskningen på en skärm: bedömningar, "
        "rekommendationer, yttranden och åtgärder. Ange id, eller organisation och ord ur "
        "titeln.\nExempel: `/revision {name} knivsta integration`"
    ),
    "slack.help.recs": (
        "*`/revision {name} <organisation|nämnd>`* — rekommendationerna till en organisation "
        "eller nämnd, med status.\nExempel: `/revision {name} vallentuna`"
    ),
    "slack.help.open": (
        "*`/revision {name} <organisation|nämnd>`* — allt som inte är klart, över alla "
        "organisationer och år: rekommendationer och de åtgärder nämnden äger.\n"
        "Exempel: `/revision {name} socialnämnden`"
    ),
    "slack.help.search": (
        "*`/revision {name} <text>`* — sök i revisionsfrågor, rekommendationer och åtgärder.\n"
        "Exempel: `/revision {name} orosanmälan`"
    ),
    "slack.help.actions": (
        "*`/revision {name} <granskning>`* — åtgärderna nämnderna har lovat i sina yttranden, "
        "med tidsplan och status.\nExempel: `/revision {name} knivsta integration`"
    ),
    "slack.help.watch": (
        "*`/revision {name} <organisation>`* — kanalen får påminnelser om organisationens "
        "frister (kräver redigeringsrätt).\nExempel: `/revision {name} knivsta`"
    ),
    "slack.help.unwatch": (
        "*`/revision {name} <organisation>`* — sluta påminna i kanalen (kräver "
        "redigeringsrätt).\nExempel: `/revision {name} knivsta`"
    ),
    "slack.help.import": (
        "*`/revision {name}`* — läs in en rapport eller ett yttrande: klistra in text eller välj "
        "en fil. Du ser en förhandsgranskning innan något sparas (kräver redigeringsrätt). "
        "Du kan också dela en fil i en kanal där jag är med."
    ),
    "slack.help.help": (
        "*`/revision {name}`* — den här hjälpen; den visas också när du skriver bara `/revision`."
    ),
    "slack.share": "Dela i kanalen",
    "slack.shared_by": "Delat av {user}",
    "slack.page.next": "Nästa ▶",
    "slack.page.previous": "◀ Föregående",
    "slack.page.of": "Sida {page} av {pages}",
    "slack.page.continued": "(forts.)",
    "slack.page.at": "Sida {page}",
    "slack.page.range": "{first}–{last} av {total}",
    "slack.page.range_more": "{first}–{last}, fler finns",
    "slack.page.none_here": "inga fler",
    "slack.button.mark_received": "Markera inkommet",
    "slack.button.show": "Visa",
    "slack.button.import": "Importera rapport",
    "slack.select.status": "Status",
    "slack.action_status.not_started": "Ej påbörjad",
    "slack.action_status.started": "Pågår",
    "slack.action_status.done": "Klar",
    "slack.recommendation_status.open": "Öppen",
    "slack.recommendation_status.in_progress": "Pågår",
    "slack.recommendation_status.done": "Genomförd",
    "slack.recommendation_status.not_accepted": "Ej accepterad",
    "slack.recommendation_status.derived": "(enligt åtgärderna)",
    "slack.recommendation_choice.open": "Öppen",
    "slack.recommendation_choice.in_progress": "Pågår",
    "slack.recommendation_choice.done": "Genomförd",
    "slack.recommendation_choice.not_accepted": "Ej accepterad",
    "slack.recommendation_choice.auto": "Enligt åtgärderna",
    "slack.status_changed.action": "Åtgärdens status är nu *{status}*.",
    "slack.status_changed.recommendation": "Rekommendationens status är nu *{status}*.",
    "slack.audit.untitled": "Granskning utan titel ({details})",
    "slack.audit.year": "revisionsår {year}",
    "slack.audit.audited": "granskade: {bodies}",
    "slack.audit.purpose": "Syfte",
    "slack.audit.overall": "Samlad bedömning",
    "slack.audit.questions": "Revisionsfrågor ({n})",
    "slack.audit.recommendations": "Rekommendationer ({n})",
    "slack.audit.no_recommendations": "Rapporten har inga rekommendationer.",
    "slack.audit.responses": "Yttranden",
    "slack.audit.no_request": "Ingen begäran om yttrande är registrerad.",
    "slack.audit.actions": "Åtgärder ({n})",
    "slack.response.received": "inkommet {date}",
    "slack.response.deadline_was": "frist {deadline}",
    "slack.response.due": "svar senast {deadline}",
    "slack.response.decided": "beslut {date}",
    "slack.response.actions": "{n} åtgärder",
    "slack.recommendation.to": "Till: {bodies}",
    "slack.action.timeline": "Tidsplan: {timeline}",
    "slack.due.response": "Yttrande från *{body}*",
    "slack.deadlines.title": "Frister de närmaste {days} dagarna",
    "slack.deadlines.none": "Inget förfaller de närmaste {days} dagarna.",
    "slack.overdue.title": "Försenat",
    "slack.overdue.none": "Inget är försenat. :tada:",
    "slack.audits.title": "Granskningar",
    "slack.audits.none": "Inga granskningar hittades.",
    "slack.audits.counts": "{n} rekommendationer, {open} öppna",
    "slack.audits.next_deadline": "nästa frist {deadline}",
    "slack.recs.title": "Rekommendationer – {target}",
    "slack.recs.none": "Inga rekommendationer hittades.",
    "slack.open.title": "Öppet – {target}",
    "slack.open.none": "Inget är öppet. :tada:",
    "slack.open.recommendations": "Rekommendationer som inte är genomförda ({n})",
    "slack.open.actions": "Åtgärder som inte är klara ({n})",
    "slack.actions.title": "Åtgärder – {audit}",
    "slack.actions.none": "Inga åtgärder är registrerade än.",
    "slack.actions.from": "Ur yttrandet från *{body}*",
    "slack.search.title": "Sökträffar för ”{query}”",
    "slack.search.none": "Inga träffar. Pröva färre eller kortare ord.",
    "slack.search.kind.question": "Revisionsfråga",
    "slack.search.kind.recommendation": "Rekommendation",
    "slack.search.kind.action": "Åtgärd",
    "slack.watch.done": "Kanalen bevakar nu *{organisation}*; påminnelser kommer hit.",
    "slack.watch.unchanged": "Kanalen bevakade redan *{organisation}*.",
    "slack.unwatch.done": "Kanalen bevakar inte längre *{organisation}*.",
    "slack.unwatch.unchanged": "Kanalen bevakade inte *{organisation}*.",
    "slack.modal.save": "Spara",
    "slack.modal.cancel": "Avbryt",
    "slack.modal.close": "Stäng",
    "slack.mark_received.title": "Markera inkommet",
    "slack.mark_received.intro": ("Yttrande från *{body}* om {audit}.\nFrist: {deadline}."),
    "slack.mark_received.label": "Inkom den",
    "slack.mark_received.done": "Yttrandet från *{body}* är markerat som inkommet {date}.",
    "slack.home.title": "Revisorbot",
    "slack.home.intro": (
        "Det här är på gång. Skriv `/revision hjälp` i valfri kanal för alla kommandon."
    ),
    "slack.home.overdue": "Försenat ({n})",
    "slack.home.nothing_overdue": "Inget är försenat.",
    "slack.home.more_overdue": "… och {n} till: `/revision försenade`",
    "slack.home.upcoming": "De närmaste {days} dagarna",
    "slack.home.nothing_upcoming": "Inget förfaller de närmaste {days} dagarna.",
    "slack.home.more_upcoming": "… och {n} till: `/revision frister`",
    "slack.home.watched": "Bevakade organisationer",
    "slack.home.nothing_watched": (
        "Ingen kanal bevakar någon organisation än. Skriv `/revision bevaka <organisation>` "
        "i kanalen som ska få påminnelserna."
    ),
    "slack.home.paused": "_(pausad: jag kan inte skriva i kanalen)_",
    "slack.import.title": "Importera rapport",
    "slack.import.intro": (
        "Välj en fil (PDF, Word, text) eller klistra in text ur en rapport, ett missiv eller "
        "ett yttrande. Du får se vad jag hittar innan något sparas."
    ),
    "slack.import.file": "Fil",
    "slack.import.text": "eller klistra in text",
    "slack.import.organisation": "Organisation",
    "slack.import.organisation_hint": "Behövs bara om dokumentet inte själv säger vilken.",
    "slack.import.preview": "Förhandsgranska",
    "slack.error.missing_organisation": "Skriv vilken organisation dokumentet gäller.",
    "slack.import.reading": "Läser dokumentet … det kan ta några sekunder.",
    "slack.import.preview_title": "Förhandsgranskning",
    "slack.import.untitled": "Dokument utan titel",
    "slack.import.no_organisation": "_organisation saknas_",
    "slack.import.counts": (
        "Hittade {questions} revisionsfrågor, {recommendations} rekommendationer och "
        "{responses} yttranden med {actions} åtgärder."
    ),
    "slack.import.deadline": "Svar senast {deadline} från {bodies}.",
    "slack.import.response": "*{body}*, beslut {date}: {n} åtgärder",
    "slack.import.nothing_found": (
        "Jag hittade inga frågor, rekommendationer eller yttranden. Är det rätt dokument?"
    ),
    "slack.import.organisation_missing": "Dokumentet säger inte vilken organisation det gäller.",
    "slack.import.nothing_given": "Välj en fil eller klistra in text.",
    "slack.import.pasted": "inklistrad text",
    "slack.import.no_download": (
        "Jag kunde inte hämta filen från Slack. Har appen behörigheten files:read?"
    ),
    "slack.import.file_gone": (
        "Filen finns inte längre i Slack; den kan ha tagits bort. Dela den igen för att importera."
    ),
    "slack.import.saved": "Sparat: *{name}* (#{id}). Visa den med `/revision visa {id}`.",
    "slack.import.attached": (
        "Sparat och kopplat till granskningen #{id} (*{name}*). Visa den med `/revision visa {id}`."
    ),
    "slack.import.already": (
        "Det här dokumentet är redan importerat, så inget har ändrats. Visa granskningen med "
        "`/revision visa {id}`."
    ),
    "slack.import.gone": (
        "Förhandsgranskningen finns inte längre: den är redan sparad eller avbruten, eller "
        "äldre än ett dygn. Se vad som finns med `/revision granskningar`."
    ),
    "slack.import.offer": (
        "Vill du läsa in *{name}* i Revisorbot? Du ser en förhandsgranskning först."
    ),
    "slack.import.offer_button": "Förhandsgranska",
    # --- console ---
    "console.welcome": (
        "Revisorbot i terminalen. Skriv `/revision hjälp` (eller bara `hjälp`), "
        "en siffra för att trycka på en knapp, `:hjälp` för konsolens kommandon."
    ),
    "console.welcome_demo": (
        "Revisorbot i terminalen, med demodata (Exempelkommun och Testby region; inget sparas). "
        "Skriv `/revision frister`, `/revision hjälp`, en siffra för att trycka på en knapp, "
        "`:hjälp` för konsolens kommandon."
    ),
    "console.help": (
        "Konsolens kommandon:\n"
        '  /revision …        ett kommando, precis som i Slack ("/revision" kan utelämnas)\n'
        "  3                  tryck på knapp nummer 3\n"
        "  :tid 2030-03-13 08:00   flytta klockan och visa de påminnelser som skickas då\n"
        "  :tid               visa konsolens klocka\n"
        "  :påminn            kör en påminnelserunda nu\n"
        "  :hem               öppna appens hemflik (App Home)\n"
        "  :sluta             avsluta (även Ctrl-D)"
    ),
    "console.unknown_command": "{command} finns inte här; prova /revision hjälp.",
    "console.unknown_console_command": "Okänt konsolkommando {command}; skriv :hjälp.",
    "console.no_such_choice": "Det finns ingen knapp med nummer {number}.",
    "console.prompt_date": "Datum [{default}]: ",
    "console.prompt_checkboxes": "{label} (numren att kryssa i, 0 för inget, Enter: som nu): ",
    "console.prompt_file": "{label} – sökväg till en fil på din dator: ",
    "console.no_file": "Kan inte läsa {path}.",
    "console.fill_in": "Fyll i formuläret (Enter ger förvalt värde, - avbryter med {close}).",
    "console.confirm": "Enter = {submit}, - = {close}: ",
    "console.modal_closed": "Formuläret stängdes.",
    "console.dm": "Direktmeddelande",
    "console.only_you": "Bara för dig",
    "console.in_channel": "I kanalen",
    "console.updated": "Uppdaterat meddelande",
    "console.home": "Revisorbot – hem",
    "console.file_saved": "Filen sparades i {path}",
    "console.bad_time": "Förstår inte tiden {text}; skriv till exempel :tid 2030-03-13 08:00.",
    "console.time_is": "Konsolens klocka: {time}",
    "console.no_reminders": "Påminnelser är inte tillgängliga i den här versionen.",
    "console.nothing_to_remind": "Inga påminnelser att skicka just nu.",
    "slack.help.export": (
        "*`/revision {name} [organisation] [csv]`* — uppföljningsmatrisen som Excel-fil (eller "
        "CSV) i kanalen: en rad per rekommendation med åtgärder, frister och status.\n"
        "Exempel: `/revision {name} knivsta`"
    ),
    "slack.help.overview": (
        "*`/revision {name} [organisation]`* — en bild av läget: rekommendationer per nämnd "
        "efter status och de närmaste fristerna.\nExempel: `/revision {name} vallentuna`"
    ),
    "slack.file.shared_by": "{user} delade {title}",
    "slack.file.preparing": "Jag gör i ordning {title}. Den läggs i kanalen när den är klar.",
    "slack.file.progress": "Jag gör i ordning {title}: {done} av {total} organisationer klara.",
    "slack.file.uploaded": "Klart – {title} finns nu i kanalen.",
    "export.file_stem": "uppfoljningsmatris",
    "export.file_title": "Uppföljningsmatris – {scope}",
    "chart.file_stem": "oversikt",
    "slack.help.chair": (
        "*`/revision {name} <organisation> @person`* — vem som är revisorernas ordförande; "
        "ett yttrande som saknas 14 dagar efter fristen skickas då också till hen "
        "(kräver redigeringsrätt; `-` i stället för @person tar bort).\n"
        "Exempel: `/revision {name} knivsta @Eva`"
    ),
    "slack.chair.usage": (
        "Skriv organisationen och nämn personen, till exempel `/revision ordförande knivsta "
        "@Eva` (eller `-` för att ta bort)."
    ),
    "slack.chair.done": "{user} är nu revisorernas ordförande för *{organisation}*.",
    "slack.chair.unchanged": "{user} var redan ordförande för *{organisation}*.",
    "slack.chair.removed": "*{organisation}* har ingen registrerad ordförande längre.",
    "slack.help.year": (
        "*`/revision {name} <organisation>`* — revisorernas år framåt: revisionsplan, "
        "årsredovisning, revisionsberättelse, delårsrapport och uppföljande granskningar, "
        "med datum och dagar kvar.\nExempel: `/revision {name} knivsta`"
    ),
    "slack.missing.year": "Skriv vilken organisation du menar, t.ex. `/revision årshjul knivsta`.",
    "slack.year.title": "Årshjulet – {organisation}",
    "slack.year.none": "Inget i årshjulet det närmaste året.",
    "slack.year.followup": "Uppföljande granskning av ”{audit}”, ett år efter svaren ({answered})",
    "slack.year.change": (
        "Påminnelser kommer (om inget annat är inställt) 30 och 7 dagar före och på dagen "
        "i kanaler som bevakar organisationen. Redigerare ändrar datumen med Ändra "
        "(eller `revisorbot milestones`)."
    ),
    "slack.year.edit": "Ändra",
    "slack.year.off": "~{what}~ (avstängd)",
    "slack.milestone.title": "Ändra i årshjulet",
    "slack.milestone.intro": "*{label}* ({organisation})",
    "slack.milestone.date": "Datum",
    "slack.milestone.date_hint": "Samma dag och månad varje år.",
    "slack.milestone.reminders": "Påminnelser",
    "slack.milestone.remind": "Påminn kanalerna som bevakar organisationen",
    "slack.milestone.moved": "Årshjulet för *{organisation}*: {label}, nu {date} varje år.",
    "slack.milestone.turned_off": "Årshjulet för *{organisation}*: {label} påminns inte längre.",
    "slack.year.add": "Lägg till egen händelse",
    "slack.milestone.new_title": "Ny händelse i årshjulet",
    "slack.milestone.new_intro": (
        "En egen händelse i årshjulet för *{organisation}*, samma dag varje år."
    ),
    "slack.milestone.label": "Vad händer?",
    "slack.milestone.no_label": "Skriv vad som händer, till exempel ”Budgetdialog med KS”.",
    "slack.help.history": (
        "*`/revision {name} <granskning>`* — vem som ändrade vad och när i en granskning: "
        "importer, inkomna yttranden och statusar.\nExempel: `/revision {name} knivsta integr`"
    ),
    "slack.missing.history": (
        "Skriv vilken granskning du menar, t.ex. `/revision historik knivsta integration`."
    ),
    "slack.history.title": "Historik – {audit}",
    "slack.history.none": "Inget har ändrats sedan granskningen importerades.",
    "slack.history.import": "Importerad från _{document}_",
    "slack.history.import_attached": "Kompletterad med _{document}_",
    "slack.history.changed": "{subject}: {old} → *{new}*",
    "slack.history.empty": "–",
    "slack.history.auto": "(följer åtgärderna)",
    "slack.history.cli": "kommandoraden ({user})",
    "slack.history.entity.audit": "Granskningen",
    "slack.history.entity.recommendation": "Rekommendationen",
    "slack.history.entity.action": "Åtgärden",
    "slack.history.entity.response_request": "Yttrande från",
}
