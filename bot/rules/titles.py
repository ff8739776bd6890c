"""A title for a report that prints none, derived from what the report says it is about.

Two of the five seed reports have no title page; "Granskning utan titel" cannot be found by
topic. The importer keeps ``title: null`` for them (its contract); the title people see,
correct and find is derived here: from the sentence that commissions the audit ("… beslutat
att genomföra en granskning av kommunens samverkan kring …"), else from its purpose.
"""

from __future__ import annotations

import re

from ingest.schema import Extraction

TITLE_MAX = 150
_SUBJECT = re.compile(
    r"\bgenomföra\s+en\s+(?:fördjupad\s+)?granskning\s+av\s+(?P<subject>[^.;:!?,()]{8,})",
    re.IGNORECASE,
)
# "Syftet med granskningen är att bedöma om", "Granskningen har syftat till att bedöma om" …
_PURPOSE_LEAD = re.compile(
    r"^(?:granskningens\s+syfte|syftet(?:\s+med\s+granskningen)?|granskningen)\s+"
    r"(?:är|var|har\s+varit|syftar|syftade|har\s+syftat)(?:\s+till)?\s+att\s+"
    r"(?:(?:bedöma|granska|undersöka|pröva|belysa|kartlägga|utreda)\s+)?"
    r"(?:om|huruvida|hur|vilka|vad)?\s*",
    re.IGNORECASE,
)
# The phrase ends where an example or an aside begins.
_ASIDE = re.compile(r"\s+(?:t\s?\.?\s?ex\b|till\s+exempel|bland\s+annat|exempelvis)\b.*$", re.I)


def derived_title(extraction: Extraction) -> str | None:
    """What to call a report from its own words, or None when it says too little."""
    for passage in extraction.passages:
        found = _SUBJECT.search(" ".join(passage.text.split()))
        if found is not None:
            subject = _ASIDE.sub("", found["subject"]).strip()
            return _cut("Granskning av " + subject)
    purpose = " ".join((extraction.purpose or "").split())
    if not purpose:
        return None
    first = re.split(r"(?<=[.!?])\s", purpose, maxsplit=1)[0].rstrip(".!? ")
    rest = _PURPOSE_LEAD.sub("", first).strip()
    if len(rest) < 8:
        return None
    return _cut(rest[:1].upper() + rest[1:])


def with_title(extraction: Extraction) -> Extraction:
    """The extraction with a derived title where it has none and is a report (a response
    alone has no purpose, and must keep attaching by its boards, not by a title)."""
    if extraction.title or not (extraction.recommendations or extraction.questions):
        return extraction
    title = derived_title(extraction)
    return extraction if title is None else extraction.model_copy(update={"title": title})


def is_derived(extraction: Extraction) -> bool:
    """Whether the extraction's title is the derived one (shown so, to be checked)."""
    return extraction.title is not None and extraction.title == derived_title(extraction)


def _cut(text: str) -> str:
    if len(text) <= TITLE_MAX:
        return text
    return text[: TITLE_MAX - 1].rsplit(" ", 1)[0].rstrip(",;– ") + "…"
