"""The sub-commands of `/revision` (SPEC §3): Swedish names, English aliases, parsing."""

from __future__ import annotations

from enum import StrEnum

from rapidfuzz import fuzz, process

from bot.core.errors import NoMatch
from storage.bodies import lookup_key


class Subcommand(StrEnum):
    HELP = "hjälp"
    DEADLINES = "frister"
    OVERDUE = "försenade"
    AUDITS = "granskningar"
    SHOW = "visa"
    RECOMMENDATIONS = "rek"
    OPEN = "öppna"
    SEARCH = "sök"
    ACTIONS = "åtgärder"
    HISTORY = "historik"
    YEAR = "årshjul"
    WATCH = "bevaka"
    UNWATCH = "sluta-bevaka"
    IMPORT = "importera"
    NEW = "ny"
    EXPORT = "export"
    OVERVIEW = "översikt"
    CHAIR = "ordförande"
    FOLLOW_UP = "uppföljning"
    CALENDAR = "kalender"


ENGLISH = {
    Subcommand.HELP: "help",
    Subcommand.DEADLINES: "deadlines",
    Subcommand.OVERDUE: "overdue",
    Subcommand.AUDITS: "audits",
    Subcommand.SHOW: "show",
    Subcommand.RECOMMENDATIONS: "recs",
    Subcommand.OPEN: "open",
    Subcommand.SEARCH: "search",
    Subcommand.ACTIONS: "actions",
    Subcommand.HISTORY: "history",
    Subcommand.YEAR: "year",
    Subcommand.WATCH: "watch",
    Subcommand.UNWATCH: "unwatch",
    Subcommand.IMPORT: "import",
    Subcommand.NEW: "new",
    Subcommand.EXPORT: "export",
    Subcommand.OVERVIEW: "overview",
    Subcommand.CHAIR: "chair",
    Subcommand.FOLLOW_UP: "follow-up",
    Subcommand.CALENDAR: "calendar",
}

# Lookups answer with a paged message that can be shared; the rest do something.
LOOKUPS = frozenset(
    {
        Subcommand.HELP,
        Subcommand.DEADLINES,
        Subcommand.OVERDUE,
        Subcommand.AUDITS,
        Subcommand.SHOW,
        Subcommand.RECOMMENDATIONS,
        Subcommand.OPEN,
        Subcommand.SEARCH,
        Subcommand.ACTIONS,
        Subcommand.HISTORY,
        Subcommand.YEAR,
        # Typed, it also starts the year's round (handlers/commands.py); paged and shared
        # like any answer.
        Subcommand.FOLLOW_UP,
    }
)

_EXTRA_ALIASES = {
    "?": Subcommand.HELP,
    "rekommendationer": Subcommand.RECOMMENDATIONS,
    "exportera": Subcommand.EXPORT,
    "läget": Subcommand.OVERVIEW,
    "arshjulet": Subcommand.YEAR,
    "årshjulet": Subcommand.YEAR,
    "followup": Subcommand.FOLLOW_UP,
}


def _alias_table() -> dict[str, Subcommand]:
    table: dict[str, Subcommand] = {}
    for sub in Subcommand:
        for name in (sub.value, ENGLISH[sub]):
            table[name] = sub
            table[lookup_key(name).replace(" ", "-")] = sub  # "hjalp", "oppna", "atgarder"
    for name, sub in _EXTRA_ALIASES.items():
        table[name] = sub
    return table


ALIASES = _alias_table()


def parse(text: str) -> tuple[Subcommand, str]:
    """ "visa knivsta integr" → (SHOW, "knivsta integr"); empty text asks for help.

    Slack escapes &, < and > in a command's text (the manifest's should_escape, which makes
    mentions arrive as <@U…|name>); they are read back as typed.
    """
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    words = text.strip().split(maxsplit=1)
    if not words:
        return Subcommand.HELP, ""
    first, rest = words[0].casefold(), (words[1].strip() if len(words) > 1 else "")
    if first == "sluta" and rest.casefold().startswith("bevaka"):
        return Subcommand.UNWATCH, rest[len("bevaka") :].strip()
    sub = ALIASES.get(first) or ALIASES.get(lookup_key(first).replace(" ", "-"))
    if sub is None:
        nearest = process.extract(
            first, ALIASES.keys(), scorer=fuzz.ratio, limit=3, score_cutoff=60
        )
        subs = dict.fromkeys(ALIASES[name] for name, _score, _ in nearest)
        raise NoMatch("subcommand", first, list(subs))
    return sub, rest
