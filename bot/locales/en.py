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
}
