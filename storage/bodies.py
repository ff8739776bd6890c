"""Names of boards: abbreviations, group labels and the keys used to look them up."""

from __future__ import annotations

import re
import unicodedata

_GROUP_WORDS = ("nämnder", "styrelser")
_TOO_GENERIC_STEMS = {"kommun", "region"}


def is_group_label(label: str) -> bool:
    """ "berörda nämnder", "samtliga nämnder": a group of boards, not one board."""
    folded = label.casefold()
    return any(word in folded.split() for word in _GROUP_WORDS)


def lookup_key(text: str) -> str:
    """Case-, accent- and space-insensitive key: "Socialnämnden" and "socialnamnden" agree."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", " ", stripped).strip()


def default_aliases(name: str) -> list[str]:
    """What people type for a board besides its name: "social" for Socialnämnden."""
    aliases: list[str] = []
    folded = name.casefold()
    for tail in ("nämnden", "styrelsen"):
        if folded.endswith(tail) and len(folded) > len(tail):
            stem = folded[: -len(tail)].rstrip("- ")
            if stem in _TOO_GENERIC_STEMS:
                continue
            if stem.endswith("s") and len(stem) > 4:
                aliases.append(stem[:-1])
            aliases.append(stem)
    if folded.startswith("nämnden för "):
        aliases.append(folded.removeprefix("nämnden för "))
    return list(dict.fromkeys(a for a in aliases if a))
