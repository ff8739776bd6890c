"""Map a firm's printed assessment label onto the one normalised scale.

Firms grade revisionsfrågor and kontrollmål on their own scales: Ja / Delvis / Nej, Uppfyllt /
Delvis uppfyllt / Ej uppfyllt, "I allt väsentligt", sometimes only a traffic-light colour.
The printed label is kept as it stands; this module says what it means.
"""

from __future__ import annotations

import re
from typing import Literal

Scale = Literal["fulfilled", "largely", "partly", "not"]

# Longest first within each scale, and "not"/"partly" before "fulfilled": "Ej uppfyllt" and
# "Delvis uppfyllt" both end in "uppfyllt".
_LABELS: tuple[tuple[Scale, tuple[str, ...]], ...] = (
    (
        "not",
        (
            "ej tillräckligt",
            "ej uppfyllt",
            "ej uppfylld",
            "inte uppfyllt",
            "inte uppfylld",
            "icke uppfyllt",
            "ej godtagbart",
            "nej",
            "ej",
            "inte",
            "röd",
        ),
    ),
    (
        "partly",
        (
            "delvis uppfyllt",
            "delvis uppfylld",
            "till viss del",
            "till del",
            "delvis",
            "gul",
        ),
    ),
    (
        "largely",
        (
            "i allt väsentligt uppfyllt",
            "i allt väsentligt",
            "i huvudsak uppfyllt",
            "i huvudsak",
            "till stor del",
            "till största delen",
            "till största del",
            "huvudsakligen",
            "väsentligen",
        ),
    ),
    (
        "fulfilled",
        (
            "helt uppfyllt",
            "uppfyllt",
            "uppfylld",
            "fullt ut",
            "i sin helhet",
            "ja",
            "grön",
        ),
    ),
)
_NOT_GRADED = re.compile(r"^(ej|inte) (bedöm|tillämplig|aktuell)")


def _fold(label: str) -> str:
    text = re.sub(r"<[^>]+>|[*_]", "", label)
    return " ".join(text.casefold().replace("\u00a0", " ").split()).strip(" .:;!")


def normalise_assessment(label: str | None) -> Scale | None:
    """ "Delvis uppfyllt" → "partly"; None for no label or one we do not recognise."""
    if not label:
        return None
    folded = _fold(label)
    if _NOT_GRADED.match(folded):
        return None
    for scale, words in _LABELS:
        for word in words:
            if folded == word or folded.startswith(word + " ") or folded.startswith(word + ","):
                return scale
    return None


def is_assessment_label(text: str) -> bool:
    """Whether ``text`` is nothing but an assessment label ("Delvis uppfyllt.", "Ja")."""
    folded = _fold(text)
    return any(folded == word for _, words in _LABELS for word in words) and len(folded) < 40


_TRAILING_LABEL = re.compile(
    r"(?P<label>"
    + "|".join(
        re.escape(word).replace(r"\ ", r"\s+")
        for word in sorted(
            (w for _, words in _LABELS for w in words if w not in {"ej", "inte", "röd", "gul"}),
            key=len,
            reverse=True,
        )
    )
    + r")\s*\.?\s*$",
    re.IGNORECASE,
)


def split_trailing_label(text: str) -> tuple[str, str | None]:
    """ "Följs rutinerna? Delvis" → ("Följs rutinerna?", "Delvis"): a label after a question.

    Only a label after the question mark counts, so a question that merely ends with a
    label-like word keeps it. A parenthesis between the two ("? (Socialnämnden) Delvis")
    stays with the question.
    """
    head, mark, tail = text.rpartition("?")
    if not mark:
        return text, None
    aside = re.match(r"^\s*(\([^()]{1,80}\))", tail)
    kept = head + "?" + (" " + aside.group(1) if aside else "")
    rest = tail[aside.end() :] if aside else tail
    match = _TRAILING_LABEL.fullmatch(rest.strip()) if rest.strip() else None
    if match is None:
        return text, None
    label = " ".join(match["label"].split())
    return kept, label[0].upper() + label[1:]


def printed_label(phrase: str) -> str:
    """A label from running text as a table prints it: "delvis uppfyllt" → "Delvis uppfyllt"."""
    words = " ".join(phrase.split()).strip(" .")
    return words[:1].upper() + words[1:]


def find_label_in_sentence(sentence: str) -> str | None:
    """The label in "Vi bedömer kontrollmålet som delvis uppfyllt." → "Delvis uppfyllt"."""
    match = re.search(
        r"\bbedöm(?:er|s|t|des)\b[^.]*?\b(?:kontrollmålet|revisionsfrågan|frågan|målet)\b"
        r"(?:\s+som|\s+vara|\s+är)?\s+(?P<label>[^.]+?)\s*\.?\s*$",
        sentence,
        re.IGNORECASE,
    )
    if match is None or normalise_assessment(match["label"]) is None:
        return None
    if not is_assessment_label(match["label"]):
        return None
    return printed_label(match["label"])
