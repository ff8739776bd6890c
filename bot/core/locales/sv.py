"""Svenska (default)."""

from bot.core.locales import Plural

MESSAGES: dict[str, str | Plural] = {
    "relative.today": "i dag",
    "relative.tomorrow": "i morgon",
    "relative.yesterday": "i går",
    "precision.month": "senast {month}",
    "precision.year": "under {year}",
    "kind.response": "Yttrande",
    "kind.action": "Åtgärd",
    "cli.due.title": Plural(
        "days", one="Att göra i dag och i morgon", other="Att göra de närmaste {days} dagarna"
    ),
    "cli.overdue.title": "Försenat",
    "cli.col.when": "När",
    "cli.col.what": "Vad",
    "cli.col.who": "Vem",
    "cli.col.audit": "Granskning",
    "cli.nothing_due": Plural(
        "days",
        one="Inget förfaller i dag eller i morgon.",
        other="Inget förfaller de närmaste {days} dagarna.",
    ),
    "cli.demo.loaded": Plural(
        "audits",
        one="Demodata inlästa i {url}: {audits} granskning.",
        other="Demodata inlästa i {url}: {audits} granskningar.",
    ),
    "cli.demo.generated": "Genererade {made} i {url} på {seconds} s (frö {seed}).",
    "cli.demo.generating": "Genererar {scale}-data",
    "cli.db.upgraded": "Databasen är uppgraderad till senaste versionen ({revision}).",
    "error.missing_organisation": (
        "Dokumentet anger ingen organisation. Ange den med --organisation."
    ),
    "error.not_found": "Hittade {entity} med id {entity_id}.",
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
    "export.written": Plural(
        "rows",
        one="Uppföljningsmatrisen (1 rekommendation) är sparad i {path}.",
        other="Uppföljningsmatrisen ({rows} rekommendationer) är sparad i {path}.",
    ),
    "export.unknown_organisation": "Hittade ingen organisation som heter {name}.",
    "status.action.not_started": "Ej påbörjad",
    "status.action.started": "Pågår",
    "status.action.done": "Klar",
    "status.recommendation.open": "Öppen",
    "status.recommendation.in_progress": "Pågår",
    "status.recommendation.done": "Genomförd",
    "status.recommendation.not_accepted": "Ej accepterad",
    "chart.no_recommendations": "Inga rekommendationer",
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
        "fortfarande, {how_long} efter sista dagen {deadline}. Du får det här som "
        "revisorernas ordförande."
    ),
    "reminders.digest.title": "Veckans läge – vecka {week}",
    "reminders.digest.overdue_requests": "*Yttranden som saknas ({count})*",
    "reminders.digest.overdue_actions": "*Åtgärder vars tidsplan har passerat ({count})*",
    "reminders.digest.upcoming": Plural(
        "days", one="*I dag och i morgon*", other="*De närmaste {days} dagarna*"
    ),
    "reminders.digest.more": "… och {count} till – se `/revision försenade {organisation}`.",
    "reminders.digest.nothing": Plural(
        "days",
        one="Inget försenat och inget som förfaller i dag eller i morgon. :white_check_mark:",
        other=(
            "Inget försenat och inget som förfaller de närmaste {days} dagarna. :white_check_mark:"
        ),
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
    "cli.reminders.would_send": Plural(
        "count",
        one="Skulle skicka 1 påminnelse ({at}):",
        other="Skulle skicka {count} påminnelser ({at}):",
    ),
    "cli.reminders.result": (
        "Skickade: {sent}. Redan tagna av en annan process: {skipped}. Misslyckade: {failed}."
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
    "import.contents": "{questions}, {recommendations} rek., {responses} yttr., {actions} åtg.",
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
        Plural(
            "count",
            one=(
                "1 fanns redan i Slack från en tidigare körning som aldrig fick svar; den "
                "skickades inte igen."
            ),
            other=(
                "{count} fanns redan i Slack från en tidigare körning som aldrig fick svar; de "
                "skickades inte igen."
            ),
        )
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
    # --- not found: every table a NotFound can name (storage.edits.Edit.row takes any) ---
    "slack.entity.organisation": "ingen organisation",
    "slack.entity.body": "ingen nämnd",
    "slack.entity.source_document": "inget dokument",
    "slack.entity.audit_body": "ingen granskad nämnd",
    "slack.entity.audit": "ingen granskning",
    "slack.entity.question": "ingen revisionsfråga",
    "slack.entity.recommendation_addressee": "ingen mottagare av en rekommendation",
    "slack.entity.recommendation": "ingen rekommendation",
    "slack.entity.response_request": "ingen begäran om yttrande",
    "slack.entity.response": "inget yttrande",
    "slack.entity.action_board": "ingen ansvarig nämnd för en åtgärd",
    "slack.entity.action": "ingen åtgärd",
    "slack.entity.subscription": "ingen bevakning",
    "slack.entity.reminder_delivery": "ingen påminnelse",
    "slack.entity.change_log": "ingen ändring i historiken",
    "slack.entity.reminder_snooze": "ingen uppskjuten påminnelse",
    "slack.entity.milestone": "ingen milstolpe i årshjulet",
    "slack.entity.processed_request": "ingen Slack-förfrågan",
    "slack.entity.import_draft": "ingen förhandsgranskning",
    "slack.entity.passage": "inget textavsnitt ur en rapport",
    "slack.entity.follow_up_round": "ingen uppföljning",
    "slack.entity.follow_up_item": "ingen rekommendation i uppföljningen",
    "slack.entity.calendar_feed": "ingen kalender",
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
        "*`/revision {name} <text>`* — sök i rekommendationer, revisionsfrågor, åtgärder och "
        "rapporternas text (iakttagelser och bedömningar, med sidan).\n"
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
    "slack.response.actions": Plural("n", one="1 åtgärd", other="{n} åtgärder"),
    "slack.recommendation.to": "Till: {bodies}",
    "slack.action.timeline": "Tidsplan: {timeline}",
    "slack.due.response": "Yttrande från *{body}*",
    "slack.deadlines.title": Plural(
        "days", one="Frister i dag och i morgon", other="Frister de närmaste {days} dagarna"
    ),
    "slack.deadlines.none": Plural(
        "days",
        one="Inget förfaller i dag eller i morgon.",
        other="Inget förfaller de närmaste {days} dagarna.",
    ),
    "slack.overdue.title": "Försenat",
    "slack.overdue.none": "Inget är försenat. :tada:",
    "slack.audits.title": "Granskningar",
    "slack.audits.none": "Inga granskningar hittades.",
    "slack.audits.counts": "{recommendations}, {open}",
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
    "slack.home.upcoming": Plural(
        "days", one="I dag och i morgon", other="De närmaste {days} dagarna"
    ),
    "slack.home.nothing_upcoming": Plural(
        "days",
        one="Inget förfaller i dag eller i morgon.",
        other="Inget förfaller de närmaste {days} dagarna.",
    ),
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
    "slack.import.counts": "Hittade {questions}, {recommendations} och {responses} med {actions}.",
    "slack.import.deadline": "Svar från {bodies} senast {date} ({relative}).",
    "slack.import.response": Plural(
        "n", one="*{body}*, beslut {date}: 1 åtgärd", other="*{body}*, beslut {date}: {n} åtgärder"
    ),
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
    "console.optional": " (valfritt)",
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
        "*`/revision {name} [organisation]`* — en bild av läget: först det som är försenat, "
        "sedan rekommendationerna som är kvar och fristerna vecka för vecka (per organisation, "
        "eller per nämnd när du anger en).\nExempel: `/revision {name} vallentuna`"
    ),
    "slack.file.shared_by": "{user} delade {title}",
    "slack.file.preparing": "Jag gör i ordning {title}. Den läggs i kanalen när den är klar.",
    "slack.file.progress": Plural(
        "total",
        one="Jag gör i ordning {title}: {done} av 1 organisation klar.",
        other="Jag gör i ordning {title}: {done} av {total} organisationer klara.",
    ),
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
    # -- correcting imports: the editable preview, corrections from `visa`, deletions that
    # -- can be undone, audits entered by hand (`ny`), `revisorbot restore` --------------
    "slack.help.new": (
        "*`/revision {name}`* — för in en granskning för hand: organisation, titel, år, byrå, "
        "granskade nämnder, rekommendationer (en per rad) och svarsdatum. Sedan väljer du "
        "mottagare för varje rekommendation (kräver redigeringsrätt)."
    ),
    "slack.entity.trash": "ingen borttagning",
    "error.invalid_entity": "Det finns {entity} att ta bort här.",
    "error.empty_text": "Texten får inte vara tom.",
    "error.already_requested": "{body} är redan ombedd att yttra sig över granskningen.",
    "error.nothing_requested": "De nämnderna är redan ombedda att yttra sig över granskningen.",
    "error.already_restored": "Borttagningen är redan ångrad.",
    "error.restore_expired": (
        Plural(
            "days",
            one="Det har gått mer än 1 dag sedan borttagningen; den går inte längre att ångra.",
            other=(
                "Det har gått mer än {days} dagar sedan borttagningen; den går inte längre att "
                "ångra."
            ),
        )
    ),
    "error.restore_place_gone": (
        "Det går inte att återställa: det finns {entity} kvar som det hörde till. "
        "Återställ det först (`revisorbot restore`)."
    ),
    "error.restore_conflict": (
        "Det går inte att återställa: något som lagts till sedan har tagit dess plats (samma "
        "dokument importerat igen, ett nytt yttrande från samma nämnd, eller det som fått "
        "dess nummer). Ta bort det först."
    ),
    "slack.menu.audit.edit": "Ändra uppgifter",
    "slack.menu.audit.add_recommendation": "Lägg till rekommendation",
    "slack.menu.audit.request": "Begär yttrande",
    "slack.menu.audit.delete": "Ta bort granskningen",
    "slack.menu.recommendation.edit": "Ändra",
    "slack.menu.recommendation.add_action": "Lägg till åtgärd",
    "slack.menu.recommendation.delete": "Ta bort",
    "slack.menu.action.edit": "Ändra",
    "slack.menu.action.delete": "Ta bort",
    "slack.menu.response_request.edit": "Ändra",
    "slack.menu.response_request.delete": "Ta bort",
    "slack.edit.recommendation": "Ändra rekommendation",
    "slack.edit.new_recommendation": "Ny rekommendation",
    "slack.edit.recommendation_text": "Rekommendation",
    "slack.edit.addressees": "Till",
    "slack.edit.other_addressees": "Andra mottagare",
    "slack.edit.names_hint": "Skriv namnen med kommatecken emellan, t.ex. ”Kommunstyrelsen, "
    "berörda nämnder”.",
    "slack.edit.action": "Ändra åtgärd",
    "slack.edit.new_action": "Ny åtgärd",
    "slack.edit.action_text": "Åtgärd",
    "slack.edit.action_board": "I vilken nämnds åtgärdsplan",
    "slack.edit.responsible": "Ansvarig",
    "slack.edit.timeline": "Tidsplan (som den står i yttrandet)",
    "slack.edit.due": "Klar senast",
    "slack.edit.due_hint": "Påminnelser kommer 30 och 7 dagar före.",
    "slack.edit.request": "Yttrande",
    "slack.edit.ask": "Begär yttrande",
    "slack.edit.ask_submit": "Begär",
    "slack.edit.ask_intro": "Vilka nämnder ska yttra sig över granskningen, och till när?",
    "slack.edit.board": "Nämnd",
    "slack.edit.boards": "Nämnder som ska yttra sig",
    "slack.edit.other_boards": "Andra nämnder",
    "slack.edit.deadline": "Svar senast",
    "slack.edit.received": "Inkom",
    "slack.edit.received_hint": "Lämna tomt så länge yttrandet inte har kommit.",
    "slack.edit.facts": "Ändra uppgifter",
    "slack.edit.title": "Titel",
    "slack.edit.year": "Revisionsår",
    "slack.edit.firm": "Revisionsbyrå",
    "slack.edit.organisation": "Organisation",
    "slack.edit.bad_year": "”{value}” är inget år. Skriv t.ex. 2024.",
    "slack.edit.empty_text": "Skriv texten.",
    "slack.edit.board_needed": "Välj nämnden.",
    "slack.edit.organisation_needed": "Skriv vilken organisation granskningen gäller.",
    "slack.edit.saved": "Ändringen är sparad.",
    "slack.delete.title": "Ta bort",
    "slack.delete.submit": "Ta bort",
    "slack.delete.undo": "Ångra",
    "slack.delete.undo_hint": Plural(
        "days",
        one="Det går att ångra i 1 dag (`revisorbot restore`).",
        other="Det går att ångra i {days} dagar (`revisorbot restore`).",
    ),
    "slack.delete.confirm.audit": (
        "Ta bort granskningen *{label}* med alla rekommendationer, yttranden och åtgärder? "
        "Den påminns inte längre."
    ),
    "slack.delete.confirm.recommendation": "Ta bort rekommendationen ”{label}”?",
    "slack.delete.confirm.action": "Ta bort åtgärden ”{label}”?",
    "slack.delete.confirm.response_request": (
        "Ta bort begäran om yttrande från *{label}*? Den påminns inte längre."
    ),
    "slack.delete.done.audit": Plural(
        "days",
        one="Granskningen *{label}* är borttagen. Ångra inom 1 dag.",
        other="Granskningen *{label}* är borttagen. Ångra inom {days} dagar.",
    ),
    "slack.delete.done.recommendation": (
        Plural(
            "days",
            one="Rekommendationen ”{label}” är borttagen. Ångra inom 1 dag.",
            other="Rekommendationen ”{label}” är borttagen. Ångra inom {days} dagar.",
        )
    ),
    "slack.delete.done.action": Plural(
        "days",
        one="Åtgärden ”{label}” är borttagen. Ångra inom 1 dag.",
        other="Åtgärden ”{label}” är borttagen. Ångra inom {days} dagar.",
    ),
    "slack.delete.done.response_request": (
        Plural(
            "days",
            one="Begäran om yttrande från *{label}* är borttagen. Ångra inom 1 dag.",
            other="Begäran om yttrande från *{label}* är borttagen. Ångra inom {days} dagar.",
        )
    ),
    "slack.delete.restored_title": "Återställt",
    "slack.delete.restored.audit": "Granskningen *{label}* är återställd.",
    "slack.delete.restored.recommendation": "Rekommendationen ”{label}” är återställd.",
    "slack.delete.restored.action": "Åtgärden ”{label}” är återställd.",
    "slack.delete.restored.response_request": (
        "Begäran om yttrande från *{label}* är återställd och påminns igen."
    ),
    "slack.preview.warnings": "Att kontrollera",
    "slack.preview.derived_title": (
        "Rapporten har ingen tryckt titel: titeln är hämtad ur vad granskningen gäller. "
        "Ändra den under Ändra uppgifter om den inte stämmer."
    ),
    "slack.preview.facts": "Ändra uppgifter",
    "slack.preview.request": "Svarsdatum och nämnder",
    "slack.preview.add": "Lägg till rekommendation",
    "slack.preview.menu.edit": "Ändra",
    "slack.preview.menu.remove": "Ta bort",
    "slack.preview.no_addressee": "mottagare saknas",
    "slack.preview.more": (
        "… och {n} till, som sparas som de är: rätta dem efter att du sparat, med `/revision visa`."
    ),
    "slack.preview.request_incomplete": (
        "Ett yttrande begärs, men svarsdatum eller nämnder saknas: ange dem under "
        "Svarsdatum och nämnder innan du sparar."
    ),
    "slack.preview.request_intro": (
        "Lämna både datum och nämnder tomma om dokumentet inte begär något yttrande."
    ),
    "slack.preview.deadline_needed": (
        "Ange sista svarsdatum (eller ta bort nämnderna om inget yttrande begärs)."
    ),
    "slack.preview.boards_needed": "Välj eller skriv minst en nämnd som ska yttra sig.",
    "slack.preview.stale": (
        "Förhandsgranskningen har ändrats sedan du öppnade den. Stäng och försök igen."
    ),
    "slack.new.title": "Ny granskning",
    "slack.new.intro": (
        "För in en granskning för hand. I nästa steg väljer du mottagare för varje rekommendation."
    ),
    "slack.new.next": "Nästa",
    "slack.new.bodies": "Granskade nämnder",
    "slack.new.recommendations": "Rekommendationer, en per rad",
    "slack.new.recommendations_hint": "Fler kan läggas till efteråt från `/revision visa`.",
    "slack.new.deadline_hint": "Lämna tomt om inget yttrande begärs.",
    "slack.new.responders": "Nämnder som ska yttra sig",
    "slack.new.responders_hint": "Lämnas tomt: de granskade nämnderna.",
    "slack.new.bodies_needed": "Skriv minst en granskad nämnd.",
    "slack.new.title_needed": "Skriv granskningens titel.",
    "slack.new.too_many": Plural(
        "n",
        one="Högst 1 rekommendation åt gången; lägg till fler efteråt.",
        other="Högst {n} rekommendationer åt gången; lägg till fler efteråt.",
    ),
    "slack.new.source": "inmatad för hand",
    "slack.new.summary": Plural(
        "n",
        one="*{title}* ({organisation}), 1 rekommendation. Vem riktar sig den till?",
        other=(
            "*{title}* ({organisation}), {n} rekommendationer. Vem riktar sig varje "
            "rekommendation till?"
        ),
    ),
    "slack.new.no_recommendations": "Inga rekommendationer: granskningen sparas utan.",
    "slack.history.named": "{kind} ”{name}”",
    "slack.history.added": "{subject} lades till",
    "slack.history.deleted": "{subject} togs bort",
    "slack.history.restored": "{subject} återställdes",
    "slack.history.changed_field": "{subject}, {field}: {old} → *{new}*",
    "slack.history.field.title": "titel",
    "slack.history.field.audit_year": "revisionsår",
    "slack.history.field.audit_firm": "revisionsbyrå",
    "slack.history.field.organisation": "organisation",
    "slack.history.field.text": "text",
    "slack.history.field.addressees": "mottagare",
    "slack.history.field.responsible": "ansvarig",
    "slack.history.field.timeline_text": "tidsplan",
    "slack.history.field.due": "klar senast",
    "slack.history.field.deadline": "svar senast",
    "slack.history.field.body": "nämnd",
    "slack.history.field.received_on": "inkom",
    "console.modal_choice": (
        "Skriv ett nummer för att välja, Enter för att gå vidare ({submit}), - = {close}: "
    ),
    "cli.restore.title": Plural(
        "days",
        one="Borttaget det senaste dygnet",
        other="Borttaget de senaste {days} dagarna",
    ),
    "cli.restore.none": Plural(
        "days",
        one="Inget har tagits bort det senaste dygnet.",
        other="Inget har tagits bort de senaste {days} dagarna.",
    ),
    "cli.restore.col.id": "Nr",
    "cli.restore.col.when": "Borttaget",
    "cli.restore.col.who": "Av",
    "cli.restore.col.what": "Vad",
    "cli.restore.restored_on": "återställt {date}",
    "cli.restore.hint": "Återställ med `revisorbot restore NR`.",
    "cli.restore.done": "Återställt: {what}.",
    # --- follow-up round (uppföljning) and its Word reports, issue 15 ---
    "slack.help.follow-up": (
        "*`/revision {name} <organisation> [år]`* — årets uppföljning av tidigare "
        "granskningar: rekommendationerna från granskningar som besvarades året före eller "
        "tidigare, med nämndernas svar och åtgärder. Redigerare startar den och bedömer varje "
        "rekommendation; alla kan läsa den och ta ut rapporten i Word.\n"
        "Exempel: `/revision {name} knivsta 2030`"
    ),
    "slack.missing.follow_up": (
        "Skriv vilken organisation du menar, t.ex. `/revision uppföljning knivsta 2030`."
    ),
    "slack.follow_up.title": "Uppföljning {year} – {organisation}",
    "slack.follow_up.progress": Plural(
        "total",
        one="*{assessed} av {total} bedömd*",
        other="*{assessed} av {total} bedömda*",
    ),
    "slack.follow_up.started": (
        "Uppföljningen {year} är startad. Den omfattar rekommendationerna från granskningar "
        "vars yttranden kom in senast {year_before}, utom de som en tidigare uppföljning fann "
        "åtgärdade eller inte längre aktuella."
    ),
    "slack.follow_up.empty": "Här finns inga rekommendationer att följa upp ännu.",
    "slack.follow_up.empty_editor": "Välj granskningar att följa upp med knappen nedan.",
    "slack.follow_up.not_started": (
        "Uppföljningen {year} för {organisation} är inte startad. En redigerare startar den "
        "med `/revision uppföljning {organisation} {year}`."
    ),
    "slack.follow_up.gone": "Den uppföljningen finns inte längre. Kör kommandot igen.",
    "slack.follow_up.bad_year": (
        "Det går inte att följa upp år {year}; välj ett år från 1990 till {last}."
    ),
    "slack.follow_up.responses": "Yttranden: {responses}",
    "slack.follow_up.no_response": "Inget yttrande registrerat",
    "slack.follow_up.no_actions": "Nämnden angav inga åtgärder.",
    "slack.follow_up.more_actions": Plural(
        "n",
        one="och 1 åtgärd till",
        other="och {n} åtgärder till",
    ),
    "slack.follow_up.not_assessed": "Ej bedömd",
    "slack.follow_up.previous": "Förra uppföljningen ({year}): {assessment}",
    "slack.follow_up.evidence_link": "underlag",
    "slack.follow_up.evidence_file": "underlag: Slack-fil {file}",
    "slack.follow_up.assess": "Bedöm",
    "slack.follow_up.reassess": "Ändra bedömning",
    "slack.follow_up.choose_audits": "Välj granskningar",
    "slack.follow_up.report": "Rapport i Word",
    "slack.follow_up.statement": "Underlag revisionsberättelse",
    "slack.follow_up.modal_title": "Bedöm rekommendation",
    "slack.follow_up.assessment": "Bedömning",
    "slack.follow_up.comment": "Kommentar",
    "slack.follow_up.comment_hint": (
        "Vad uppföljningen visar: beslut, dokument, intervjuer eller stickprov."
    ),
    "slack.follow_up.evidence": "Underlag (länk eller Slack-fil-id)",
    "slack.follow_up.evidence_hint": (
        "En länk (https://…) till dokumentet eller meddelandet som visar det, eller ett "
        "Slack-fil-id (F…)."
    ),
    "slack.follow_up.conflict": (
        "{user} sparade en bedömning av den här rekommendationen {when}, medan du hade "
        "formuläret öppet:"
    ),
    "slack.follow_up.conflict_after": (
        "Det du skrev står kvar nedan. *Spara* ersätter bedömningen ovan; *Avbryt* behåller den."
    ),
    "slack.follow_up.assessed_by": "Senast bedömd av {user} {when}.",
    "slack.follow_up.saved": "Bedömningen är sparad: *{assessment}*.",
    "slack.follow_up.choose": "Välj en bedömning.",
    "slack.follow_up.no_comment": "Skriv en kommentar: vad visar uppföljningen?",
    "slack.follow_up.comment_too_long": "Kommentaren får vara högst {limit} tecken.",
    "slack.follow_up.bad_evidence": (
        "Underlaget ska vara en länk (https://…) eller ett Slack-fil-id (F…)."
    ),
    "slack.follow_up.audits_title": "Välj granskningar",
    "slack.follow_up.audits_intro": (
        "Granskningarna vars rekommendationer *{organisation}* följer upp {year}. Välj fler för "
        "att lägga till dem; tar du bort en försvinner dess obedömda rekommendationer ur "
        "uppföljningen, medan de bedömda finns kvar."
    ),
    "slack.follow_up.audits_label": "Granskningar",
    "slack.follow_up.audits_placeholder": "Välj granskningar",
    "slack.follow_up.audits_chosen": (
        "Uppföljningen är ändrad: {added} rekommendationer tillagda, {removed} borttagna, "
        "{kept} bedömda behölls."
    ),
    "slack.follow_up.latest": "Uppföljning {year}:",
    "error.invalid_assessment": "Okänd bedömning: {assessment}.",
    "error.follow_up_stale": "Någon annan har sparat en bedömning sedan formuläret öppnades.",
    "error.no_follow_up_round": (
        "Uppföljningen {year} för {organisation} är inte startad. Starta den i Slack med "
        "`/revision uppföljning {organisation} {year}`."
    ),
    "follow_up.assessment.fixed": "Åtgärdad",
    "follow_up.assessment.partly_fixed": "Delvis åtgärdad",
    "follow_up.assessment.not_fixed": "Ej åtgärdad",
    "follow_up.assessment.no_longer_relevant": "Inte längre aktuell",
    "follow_up.count.fixed": "Åtgärdade",
    "follow_up.count.partly_fixed": "Delvis åtgärdade",
    "follow_up.count.not_fixed": "Ej åtgärdade",
    "follow_up.count.no_longer_relevant": "Inte längre aktuella",
    "report.file.followup": "Uppföljning {year} – {organisation}",
    "report.file.statement": "Underlag revisionsberättelse {year} – {organisation}",
    "report.stem.followup": "uppfoljning",
    "report.stem.statement": "underlag-revisionsberattelse",
    "report.for": "Revisorerna i {organisation}",
    "report.draft": "Utkast {date}",
    "report.draft_note": (
        "Utkastet är taget ur Revisorbot. Bedömningar och kommentarer är revisorernas egna; "
        "kontrollera och komplettera texten innan rapporten skickas."
    ),
    "report.footer": "{organisation} · {title} {year} · utkast",
    "report.page": "Sida ",
    "report.none": "Inga.",
    "report.col.audit": "Granskning",
    "report.col.recommendation": "Rekommendation",
    "report.col.board": "Nämnd",
    "report.col.response": "Nämndens svar och åtgärder",
    "report.col.assessment": "Bedömning",
    "report.col.comment": "Kommentar",
    "report.col.count": "Antal",
    "report.col.share": "Andel",
    "report.col.total": "Totalt",
    "report.response": "Yttrande från {body} {date}",
    "report.no_response": "Inget yttrande registrerat.",
    "report.no_actions": "Inga åtgärder angivna.",
    "report.evidence": "Underlag: {evidence}",
    "report.previous": "Uppföljningen {year}: {assessment}",
    "report.followup.title": "Uppföljning av tidigare granskningar",
    "report.followup.summary": "Sammanfattning",
    "report.followup.summary_text": (
        "Uppföljningen {year} omfattar {recommendations} från {audits}. "
        "{assessed} av dem är bedömda."
    ),
    "report.followup.pending": Plural(
        "n",
        one="1 återstår att bedöma.",
        other="{n} återstår att bedöma.",
    ),
    "report.followup.by_assessment": "Bedömningar",
    "report.followup.by_board": "Per nämnd",
    "report.followup.audits": "Granskningarna",
    "report.followup.audit_facts": "Rapport {date}",
    "report.followup.method": "Om uppföljningen",
    "report.followup.method_text": (
        "Uppföljningen omfattar de rekommendationer i granskningar där nämndernas yttranden "
        "kom in senast {year_before} som en tidigare uppföljning inte fann åtgärdade eller "
        "inaktuella, och rekommendationerna i granskningar som revisorerna har valt. Varje "
        "rekommendation bedöms som åtgärdad, delvis åtgärdad, ej åtgärdad "
        "eller inte längre aktuell, utifrån nämndens svar och de underlag som anges."
    ),
    "report.statement.title": "Underlag till revisionsberättelse",
    "report.statement.as_of": (
        "Yttranden och åtgärder redovisas som de såg ut {date}. Underlaget visar per nämnd "
        "årets granskningar och deras samlade bedömningar, yttranden som kom in sent eller "
        "saknas, rekommendationerna med den senaste uppföljningens bedömning och åtgärder "
        "vars tidsplan har passerat."
    ),
    "report.statement.overview": "Översikt per nämnd",
    "report.statement.col.audits": "Granskningar {year}",
    "report.statement.col.late": "Yttranden sena eller saknas",
    "report.statement.col.recommendations": "Rekommen\u00addationer",
    "report.statement.col.overdue": "Försenade åtgärder",
    "report.statement.audits": "Årets granskningar",
    "report.statement.responses": "Yttranden",
    "report.statement.recommendations": "Rekommendationer och uppföljning",
    "report.statement.overdue": "Försenade åtgärder",
    "report.statement.no_audits": "Nämnden granskades inte {year}.",
    "report.statement.col.report_date": "Rapport",
    "report.statement.col.overall": "Samlad bedömning",
    "report.statement.col.deadline": "Frist",
    "report.statement.col.received": "Inkom",
    "report.statement.col.delay": "Dröjsmål",
    "report.statement.col.latest": "Senaste uppföljning",
    "report.statement.col.action": "Åtgärd",
    "report.statement.col.timeline": "Tidsplan",
    "report.statement.col.status": "Status",
    "report.statement.col.overdue_since": "Försenad",
    "report.statement.on_time": "I tid",
    "report.statement.late": Plural(
        "n",
        one="1 dag sent",
        other="{n} dagar sent",
    ),
    "report.statement.missing_late": Plural(
        "n",
        one="Saknas, 1 dag efter fristen",
        other="Saknas, {n} dagar efter fristen",
    ),
    "report.statement.missing": "Saknas ännu",
    "report.statement.not_followed_up": "Inte uppföljd",
    "report.statement.days": Plural(
        "n",
        one="1 dag",
        other="{n} dagar",
    ),
    "cli.report.written": "Skrev {path}.",
    # --- honest imports, workspaces, the follow-up matrix read back (issue 12, items 4-6) ---
    "import.result.nothing_usable": "inget att spara",
    "import.nothing_usable": (
        "{name}: inget sparat – jag hittade inga rekommendationer, revisionsfrågor, begäran om "
        "yttrande eller yttranden i den. Är det rätt fil?"
    ),
    "cli.workspace.stranded": (
        Plural(
            "count",
            one=(
                "1 organisation ({names}) ligger under den lokala arbetsytan {local} – "
                "importerade innan SLACK_BOT_TOKEN sattes – och syns inte i arbetsytan {team}. "
                "Flytta dem dit med `revisorbot workspace move --from {local} --to {team}` (lägg "
                "till --merge om {team} redan har data)."
            ),
            other=(
                "{count} organisationer ({names}) ligger under den lokala arbetsytan {local} – "
                "importerade innan SLACK_BOT_TOKEN sattes – och syns inte i arbetsytan {team}. "
                "Flytta dem dit med `revisorbot workspace move --from {local} --to {team}` (lägg "
                "till --merge om {team} redan har data)."
            ),
        )
    ),
    "cli.workspace.bad_team": "{team} ser inte ut som ett Slack-team-id (T… eller E…).",
    "cli.workspace.title": "Arbetsytor i databasen",
    "cli.workspace.col.team": "Team-id",
    "cli.workspace.col.organisations": "Organisationer",
    "cli.workspace.col.audits": "Granskningar",
    "cli.workspace.col.recommendations": "Rekommendationer",
    "cli.workspace.col.note": "",
    "cli.workspace.this_one": "här arbetar boten",
    "cli.workspace.local": "lokal (utan token)",
    "cli.workspace.moved": (
        "Flyttat från {source} till {target}: {organisations} organisationer, {audits} "
        "granskningar, {recommendations} rekommendationer, {actions} åtgärder och {channels} "
        "bevakningar."
    ),
    "workspace.same": (
        "{team} är redan arbetsytan det gäller. Ange vart datan ska med --to, eller sätt "
        "SLACK_BOT_TOKEN så flyttas den till botens arbetsyta."
    ),
    "workspace.source_empty": "Arbetsytan {team} har inga data att flytta.",
    "workspace.target_holds_data": (
        "Arbetsytan {team} har redan data, så inget är flyttat. Lägg till --merge för att "
        "slå ihop dem; det går när ingen organisation finns i båda."
    ),
    "workspace.collisions": (
        "Inget är flyttat: {names} finns redan i arbetsytan {team}, och två av samma "
        "organisation eller dokument blir det inte. Ta bort den ena först."
    ),
    "workspace.conflict": (
        "Inget är flyttat: arbetsytan {team} har redan något som bara får finnas en gång "
        "(en påminnelse till samma kanal, till exempel)."
    ),
    "export.col.response_deadline": "Svar senast",
    "export.col.response_received": "Svar inkommet",
    "export.col.registry_number": "Diarienummer",
    "export.col.comment": "Kommentar/bedömning",
    "export.col.id": "Revisorbot-id",
    "cli.matrix.title": Plural(
        "count",
        one="{name}: 1 ändring",
        other="{name}: {count} ändringar",
    ),
    "cli.matrix.title_dry": Plural(
        "count",
        one="{name}: 1 ändring (provkörning, inget sparat)",
        other="{name}: {count} ändringar (provkörning, inget sparat)",
    ),
    "cli.matrix.none": "{name}: inget att ändra – matrisen stämmer med det som är sparat.",
    "cli.matrix.row": "Rad {row}: {text}",
    "cli.matrix.col.row": "Rad",
    "cli.matrix.col.audit": "Granskning",
    "cli.matrix.col.recommendation": "Rekommendation",
    "cli.matrix.col.what": "Ändring",
    "cli.matrix.col.old": "Före",
    "cli.matrix.col.new": "Efter",
    "cli.matrix.added.organisation": "ny organisation",
    "cli.matrix.added.audit": "ny granskning",
    "cli.matrix.added.recommendation": "ny rekommendation",
    "cli.matrix.added.action": "ny åtgärd",
    "matrix.unreadable.broken": "{name} är en trasig Excel-fil och kan inte läsas.",
    "matrix.unreadable.too_large": "{name} är för stor för att läsas som uppföljningsmatris.",
    "matrix.unreadable.too_many_rows": (
        "{name} har fler än {limit} rader. Dela upp den, till exempel en fil per organisation."
    ),
    "matrix.unreadable.no_recommendation_column": (
        "{name} ser inte ut som en uppföljningsmatris: ingen kolumn heter Rekommendation "
        "(eller Rek.)."
    ),
    "matrix.no_rows": "{name} har rubriker men inga rader att läsa.",
    "matrix.no_audit_column": (
        "{name} har ingen kolumn för granskningen (Granskning), så raderna kan inte knytas "
        "till någon granskning."
    ),
    "matrix.no_organisation_column": (
        "{name} har ingen kolumn för organisationen (Organisation eller Kommun). Ange den med "
        "--organisation."
    ),
    "matrix.note.unplaced": (
        "Kolumnen ”{column}” lästes inte: rubriken motsvarar ingen av matrisens kolumner, "
        "eller en som redan finns."
    ),
    "matrix.note.no_recommendation": "raden har ingen rekommendation och lästes inte.",
    "matrix.note.no_organisation": (
        "raden säger inte vilken organisation den gäller (ange --organisation)."
    ),
    "matrix.note.no_audit": "raden säger inte vilken granskning den gäller.",
    "matrix.note.bad_year": "”{value}” är inget årtal och lästes inte.",
    "matrix.note.ambiguous_organisation": (
        "”{name}” kan vara flera organisationer; skriv hela namnet."
    ),
    "matrix.note.unknown_audit": "granskningen {audit} finns inte i {organisation}.",
    "matrix.note.ambiguous_audit": (
        "flera granskningar i {organisation} heter ”{audit}”; skriv året i kolumnen År."
    ),
    "matrix.note.unknown_status": (
        "statusen ”{value}” känns inte igen (Öppen, Pågår, Genomförd, Ej accepterad) och "
        "ändrades inte."
    ),
    "matrix.note.read_only": (
        "”{column}” ändras inte genom matrisen (gör det i Slack); filens ”{value}” lämnades därhän."
    ),
    "matrix.note.stale": (
        "rekommendationen har ändrats i Revisorbot sedan filen exporterades ({changed}), så "
        "raden ändrade inget. Exportera på nytt och gör ändringen i den filen."
    ),
    "matrix.note.bad_due": "datumet ”{value}” kunde inte läsas och ändrades inte.",
    "matrix.note.due_not_placed": (
        "rekommendationen har flera åtgärder med datum; ändra datumet på rätt åtgärd i Slack."
    ),
    "matrix.note.due_without_action": "rekommendationen har ingen åtgärd att sätta datumet på.",
    "matrix.note.actions_not_read": (
        "åtgärdskolumnen i Revisorbots egen export är en sammanfattning och läses inte tillbaka."
    ),
    "matrix.note.action_without_board": (
        "åtgärden sparades inte: raden säger inte vilken nämnd som ska genomföra den."
    ),
    "export.col.version": "Revisorbot-version",
    "slack.recommendation.comment": ":speech_balloon: _Revisorernas kommentar:_ {comment}",
    # -- the calendar feed, `/revision kalender` (issue 15, item 4) -----------------------
    "slack.help.calendar": (
        "*`/revision {name}`* — kanalens frister i din kalender: en hemlig adress att "
        "prenumerera på i Outlook eller Google Kalender, med samma datum som påminnelserna "
        "(kräver redigeringsrätt)."
    ),
    "slack.calendar.title": "Kanalens frister i kalendern",
    "slack.calendar.intro": (
        "Prenumerera på adressen nedan i Outlook (*Lägg till kalender → Från internet*) eller "
        "Google Kalender (*Andra kalendrar → Från webbadress*). Den visar samma datum som "
        "påminnelserna i kanalen om {organisations}: svarsfrister, åtgärder med datum eller "
        "månad, årshjulet och uppföljande granskningar – och följer med när uppgifterna ändras."
    ),
    "slack.calendar.no_public_url": (
        "Adressen börjar med botens publika adress, som inte är inställd än: be den som driftar "
        "Revisorbot att sätta `REVISORBOT_PUBLIC_URL`. Sökvägen är:"
    ),
    "slack.calendar.secret": (
        ":lock: Adressen är hemlig: den som har den kan läsa kalendern. Byt den om den har "
        "hamnat i fel händer – den gamla slutar då fungera direkt."
    ),
    "slack.calendar.replace": "Byt adress",
    "slack.calendar.confirm.title": "Byta adress?",
    "slack.calendar.confirm.text": (
        "Den nuvarande adressen slutar fungera direkt, också i kalendrar som prenumererar på "
        "den. De behöver den nya adressen."
    ),
    "slack.calendar.confirm.yes": "Byt adress",
    "slack.calendar.confirm.no": "Avbryt",
    "slack.calendar.replaced": (
        ":white_check_mark: Ny adress. Den gamla fungerar inte längre; prenumerera på den nya."
    ),
    "slack.calendar.not_watching": (
        "Den här kanalen bevakar ingen organisation, så det finns inga frister att visa i en "
        "kalender. Börja med `/revision bevaka <organisation>`."
    ),
    "calendar.product": "Kalender",
    "calendar.name": "Revisorbot – {organisations}",
    "calendar.description": (
        "Svarsfrister, åtgärder, årshjulet och uppföljande granskningar från Revisorbot: "
        "samma datum som påminnelserna i Slack."
    ),
    "calendar.response.summary": "Yttrande från {body} – {organisation}",
    "calendar.response.description": (
        "{organisation}: {body} ska yttra sig över granskningen ”{audit}” senast {due}."
    ),
    "calendar.action.summary": "Åtgärd, {body} – {organisation}: {text}",
    "calendar.action.description": (
        "{organisation}: {body} har i sitt yttrande över ”{audit}” lovat: {text}\nTidsplan: {due}"
    ),
    "calendar.action.responsible": "Ansvarig: {responsible}",
    "calendar.milestone.summary": "Årshjulet – {organisation}: {label}",
    "calendar.milestone.description": "Revisorernas år i {organisation}: {label}, {due}.",
    "calendar.followup.summary": "Uppföljande granskning – {organisation}: {audit}",
    "calendar.followup.description": (
        "{organisation}: granskningen ”{audit}” följs upp ett år efter att svaren kom in "
        "({answered})."
    ),
    # --- findings: the report's text as passages (search, visa, export, re-import) ---
    "slack.search.page": "s. {page}",
    "slack.search.passage.background": "Bakgrund",
    "slack.search.passage.observation": "Iakttagelse",
    "slack.search.passage.assessment": "Bedömning",
    "slack.search.passage.recommendation": "Rapportens rekommendationsavsnitt",
    "slack.search.passage.other": "Rapporttext",
    "slack.import.already_filled": (
        "Det här dokumentet är redan importerat. Nu har jag också sparat rapportens text, så "
        "`/revision sök` hittar iakttagelser och bedömningar i den; inget annat har ändrats. "
        "Visa granskningen med `/revision visa {id}`."
    ),
    "slack.history.import_passages": "Rapporttexten ur _{document}_ sparades för sökning",
    "import.result.passages_added": "redan importerad, rapporttexten tillagd",
    "export.assessments.sheet_title": "Bedömningar",
    "export.assessments.col.organisation": "Organisation",
    "export.assessments.col.audit": "Granskning",
    "export.assessments.col.year": "År",
    "export.assessments.col.number": "Nr",
    "export.assessments.col.question": "Revisionsfråga",
    "export.assessments.col.label": "Bedömning",
    "export.assessments.col.text": "Bedömningstext",
    # --- plural forms and spans of time (Babel picks the form; bot.core.i18n.count) ---
    "relative.in": "om {span}",
    "relative.ago": "för {span} sedan",
    "count.organisations": Plural("n", one="1 organisation", other="{n} organisationer"),
    "count.audits": Plural("n", one="1 granskning", other="{n} granskningar"),
    "count.rows": Plural("n", one="1 rad", other="{n} rader"),
    "count.days": Plural("n", one="1 dag", other="{n} dagar"),
    "count.questions": Plural("n", one="1 revisionsfråga", other="{n} revisionsfrågor"),
    "count.recommendations": Plural("n", one="1 rekommendation", other="{n} rekommendationer"),
    "count.responses": Plural("n", one="1 yttrande", other="{n} yttranden"),
    "count.actions": Plural("n", one="1 åtgärd", other="{n} åtgärder"),
    "count.open": Plural("n", one="1 öppen", other="{n} öppna"),
    # --- the command line's --help (bot/cli/help.py: cli.help.<command>[.<option>]) ---
    "cli.help": "Revisorbot: granskningar, yttranden och påminnelser.",
    "cli.help.install_completion": "Installera tab-komplettering för skalet du använder.",
    "cli.help.show_completion": "Visa tab-kompletteringen för skalet, att kopiera eller anpassa.",
    "cli.help.option.help": "Visa den här hjälpen och avsluta.",
    "cli.help.option.team": "Slack-arbetsytans id (T…), när flera delar en databas.",
    "cli.help.option.organisation": "Bara den här organisationen.",
    "cli.help.panel.arguments": "Argument",
    "cli.help.panel.options": "Val",
    "cli.help.panel.commands": "Kommandon",
    "cli.help.panel.default": "[standard: {}]",
    "cli.help.panel.required": "[krävs]",
    "cli.help.run": (
        "Anslut till Slack: Socket Mode när SLACK_APP_TOKEN är satt, annars HTTP på /slack/events."
    ),
    "cli.help.run.port": "HTTP-port.",
    "cli.help.run.host": "Nätverksgränssnittet som HTTP-servern lyssnar på.",
    "cli.help.run.no_scheduler": "Skicka inga påminnelser från den här processen.",
    "cli.help.console": (
        "Boten i terminalen: skriv /revision-kommandon, tryck på knappar med deras nummer."
    ),
    "cli.help.console.demo": "Nya demodata i en tillfällig databas; inget sparas.",
    "cli.help.console.channel": "Kanalen du skriver i (ett Slack-kanal-id, C…).",
    "cli.help.due": "Visa svarsfrister och åtgärder som förfaller snart, och det som är försenat.",
    "cli.help.due.days": "Hur många dagar framåt.",
    "cli.help.demo": "Läs in demodata och visa vad som förfaller, eller generera riksdata.",
    "cli.help.demo.scale": (
        "demo: två organisationer, fem granskningar. national: alla kommuner och regioner "
        "under tio år (SPEC §5). quick: samma form, en femtondel så stor."
    ),
    "cli.help.demo.seed": "Fröet för de genererade data.",
    "cli.help.import": (
        "Importera .pdf-, .docx-, .txt- eller .md-filer: iakttagelser, rekommendationer, "
        "frister och åtgärder."
    ),
    "cli.help.import.paths": "Rapporter, missiv, yttranden eller uppföljningsmatriser.",
    "cli.help.import.organisation": "Organisationen, om en fil inte själv säger vilken.",
    "cli.help.import.dry_run": "Visa vad som hittas; spara inget.",
    "cli.help.import.as_json": "Skriv JSON i stället för en tabell.",
    "cli.help.export": (
        "Skriv uppföljningsmatrisen: en rad per rekommendation med åtgärder och status."
    ),
    "cli.help.export.output": "Filen att skriva.",
    "cli.help.export.fmt": (
        "xlsx (matrisen och ett andra blad med revisionsfrågor och bedömningar) eller csv (bara "
        "matrisen)."
    ),
    "cli.help.overview": (
        "Rita läget som en PNG-bild: det försenade per organisation först, sedan de närmaste "
        "fristerna och rekommendationerna efter status."
    ),
    "cli.help.overview.output": "PNG-filen att skriva.",
    "cli.help.db": "Databasens underhåll.",
    "cli.help.db.upgrade": "Kör Alembic-migreringarna till den senaste versionen.",
    "cli.help.reminders": "Påminnelserundor och kanalernas inställningar.",
    "cli.help.reminders.run-once": (
        "En påminnelserunda över arbetsytans bevakande kanaler (en provkörning: alla, eller "
        "--team)."
    ),
    "cli.help.reminders.run-once.at": "Kör som om klockan visade detta (ISO, lokal tid).",
    "cli.help.reminders.run-once.dry_run": (
        "Visa vad som skulle skickas, i ord; skicka och reservera inget."
    ),
    "cli.help.reminders.settings": "Visa eller ändra en bevakande kanals påminnelser.",
    "cli.help.reminders.settings.channel": "Den bevakande kanalens id (C…).",
    "cli.help.reminders.settings.organisation": "Organisationen den bevakar.",
    "cli.help.reminders.settings.changes": (
        "NYCKEL=VÄRDE, t.ex. response_working_days_before=10,5,1 digest_weekday=friday "
        "digest_time=09:00 overdue_every_days=0 language=en; NYCKEL= återställer standarden."
    ),
    "cli.help.chair": "Revisorernas ordförande, som får eskaleringar.",
    "cli.help.chair.set": (
        "Registrera revisorernas ordförande: yttranden som saknas eskaleras till hen som DM."
    ),
    "cli.help.chair.set.organisation": "Organisationen, t.ex. Knivsta.",
    "cli.help.chair.set.user_id": "Ordförandens Slack-användar-id (U…).",
    "cli.help.chair.clear": (
        "Ta bort den registrerade ordföranden: inga fler eskaleringar för organisationen."
    ),
    "cli.help.chair.clear.organisation": "Organisationen.",
    "cli.help.chair.show": "Alla organisationer och deras registrerade ordförande.",
    "cli.help.milestones": "Revisorernas år (årshjulet).",
    "cli.help.milestones.list": "Organisationens årshjul: standarden och teamets ändringar.",
    "cli.help.milestones.list.organisation": "Organisationen.",
    "cli.help.milestones.set": (
        "Flytta en milstolpe i årshjulet, stäng av den, eller lägg till en egen."
    ),
    "cli.help.milestones.set.organisation": "Organisationen.",
    "cli.help.milestones.set.kind": "En standardmilstolpe (se list) eller ett eget namn.",
    "cli.help.milestones.set.date": "MM-DD, samma dag varje år.",
    "cli.help.milestones.set.label": "Vad som ska vara klart.",
    "cli.help.milestones.set.off": "Behåll den, men påminn inte.",
    # the commands that came with editing, the follow-up round and workspaces
    "cli.help.restore": (
        "Ångra en borttagning från de senaste 30 dagarna (utan nummer: lista dem)."
    ),
    "cli.help.restore.number": "Borttagningen att ångra; utan den, listan.",
    "cli.help.report": (
        "Skriv ett Word-utkast: uppföljningsrapporten eller underlaget till revisionsberättelsen."
    ),
    "cli.help.report.kind": (
        "followup: uppföljningsrapporten från organisationens uppföljning av ÅR. statement: "
        "underlaget till revisionsberättelsen för ÅR, per nämnd."
    ),
    "cli.help.report.year": "Uppföljningens år, eller revisionsåret.",
    "cli.help.report.output": "Word-filen (.docx) att skriva.",
    "cli.help.report.language": "sv eller en (standard: REVISORBOT_LANGUAGE).",
    "cli.help.workspace": "Data under Slack-arbetsytor (team-id): lista och flytta.",
    "cli.help.workspace.list": (
        "Varje arbetsyta som har data i databasen, och vilken den här boten arbetar i."
    ),
    "cli.help.workspace.move": (
        "Flytta allt som ligger under en arbetsyta till en annan, och säg vad som flyttades."
    ),
    "cli.help.workspace.move.source": "Team-id:t som data ligger under (den lokala).",
    "cli.help.workspace.move.target": "Team-id:t att ge dem till (bot-tokenets).",
    "cli.help.workspace.move.merge": (
        "Även när målet har data, om ingen organisation eller dokument finns i båda."
    ),
    "cli.help.milestones.reset": (
        "Glöm teamets ändring av en milstolpe (en egen milstolpe tas bort)."
    ),
    "cli.help.milestones.reset.organisation": "Organisationen.",
    "cli.help.milestones.reset.kind": "Milstolpen.",
    # --- what was typed has no letter or digit (bot.core.errors.NoWords) ---
    "match.no_words": "”{query}” har varken bokstäver eller siffror, så det passar ingenting.",
    "slack.missing.audits": (
        "Skriv en organisation och gärna ett år, t.ex. `/revision granskningar knivsta 2019`."
    ),
    "slack.missing.unwatch": (
        "Skriv vilken organisation du menar, t.ex. `/revision sluta-bevaka knivsta`."
    ),
    "slack.missing.organisation": "Skriv namnet på en organisation, t.ex. `knivsta`.",
    # --- which database a command reads (bot/cli/common.py) ---
    "cli.database.at": "Databas: {location}",
    "cli.database.created": "Databasen {location} skapades nu.",
    "cli.database.new": (
        "Databasen {location} fanns inte, så den skapades nu och är tom. Läs in rapporter med "
        "revisorbot import eller prova revisorbot demo. Finns dina data någon annanstans, sätt "
        "DATABASE_URL (utan den används en fil i mappen du står i)."
    ),
    "cli.database.empty": (
        "Databasen {location} har inga granskningar i arbetsytan {team}. Läs in rapporter med "
        "revisorbot import eller prova revisorbot demo. Finns dina data någon annanstans, sätt "
        "DATABASE_URL (utan den används en fil i mappen du står i)."
    ),
    # --- the console on demo data and on a real database (bot/console) ---
    "console.welcome_real": (
        "Revisorbot i terminalen, på dina riktiga data i {location}. Påminnelser visas här men "
        "skickas inte. Skriv `/revision hjälp` (eller bara `hjälp`), en siffra för att trycka "
        "på en knapp, `:hjälp` för konsolens kommandon."
    ),
    "console.channel_made_up": (
        "Kanalen {channel} finns bara i konsolen, så bevakningar sparas inte för den. Starta "
        "konsolen med --channel C… (en riktig kanals id) för att bevaka i den kanalen, eller "
        "med --demo för att prova på demodata."
    ),
    "console.would_send": Plural(
        "count",
        one="Skulle skickas nu (konsolen skickar inget på riktiga data): 1 påminnelse.",
        other="Skulle skickas nu (konsolen skickar inget på riktiga data): {count} påminnelser.",
    ),
    "console.would_send_hint": Plural(
        "count",
        one="1 påminnelse skulle skickas nu; skriv :påminn för att se den.",
        other="{count} påminnelser skulle skickas nu; skriv :påminn för att se dem.",
    ),
    # --- the overview picture: overdue first, per organisation (bot/files/chart.py) ---
    "chart.overdue": "Försenat ({n})",
    "chart.nothing_overdue": "Inget är försenat.",
    "chart.overdue_row": Plural(
        "n", one="1 · förföll {since}", other="{n} · den äldsta förföll {since}"
    ),
    "chart.unfinished": "Rekommendationer kvar ({n} av {total})",
    "chart.unfinished_row": "{n} av {total} kvar",
    "chart.next_weeks": "Frister de närmaste {weeks} veckorna ({n})",
    "chart.week": "Vecka",
    "chart.legend.responses": "Yttranden",
    "chart.legend.actions": "Åtgärder",
    "chart.several_boards": "Flera nämnder",
    "chart.no_board": "Ingen nämnd angiven",
    "chart.other_organisations": Plural(
        "n", one="1 organisation till", other="{n} organisationer till"
    ),
    "chart.other_boards": Plural("n", one="1 nämnd till", other="{n} nämnder till"),
}
