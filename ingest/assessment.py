"""Map a firm's printed assessment label onto the one normalised scale."""

from __future__ import annotations

import re

_SCALE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("not", r"^(nej|ej uppfyllt|inte uppfyllt|ej|inte|ej tillräckligt|icke uppfyllt)\b"),
    ("partly", r"^(delvis|delvis uppfyllt|till viss del|till del)\b"),
    ("largely", r"^(i allt väsentligt|i huvudsak|till stor del|huvudsakligen|väsentligen)\b"),
    ("fulfilled", r"^(ja|uppfyllt|helt uppfyllt|fullt ut|i sin helhet)\b"),
)


def normalise_assessment(label: str | None) -> str | None:
    """ "Delvis uppfyllt" → "partly"; None for no label or one we do not recognise."""
    if not label:
        return None
    folded = " ".join(label.casefold().replace("\u00a0", " ").split()).strip(" .:")
    for scale, pattern in _SCALE_PATTERNS:
        if re.match(pattern, folded):
            return scale
    return None
