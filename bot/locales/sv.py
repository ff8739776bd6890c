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
}
