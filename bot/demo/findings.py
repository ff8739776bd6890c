"""The report text of a generated audit: its background, an observation or two and the
auditors' assessment as passages with headings and pages, and a bedömning beside each
question's grade. Sentences are assembled from the generator's word lists (bot.demo.words),
so `sök` at national scale meets the words it meets in recommendations, in longer texts."""

from __future__ import annotations

import random

from bot.demo import words
from bot.demo.shape import Rows
from storage import bulk
from storage.models import Passage

# What an observation found, by how well the audited body did.
FINDINGS = {
    "fulfilled": "är dokumenterade och kända i verksamheten",
    "largely": "i huvudsak följs, men uppföljningen till nämnden är sporadisk",
    "partly": "delvis saknas, och ansvaret för dem är inte tydligt fördelat",
    "not": "saknas eller inte har reviderats på flera år",
}


def add_report_text(
    rows: Rows,
    ids: bulk.IdAllocator,
    *,
    team_id: str,
    audit_id: int,
    document_id: int,
    subject: str,
    bodies: list[str],
    scale: str,
) -> None:
    """Three or four passages of the audit's report, in the order the report prints them.

    Drawn from a generator of the audit's own (seeded by its id), so the rest of the dataset
    is the same with or without them."""
    rng = random.Random(audit_id)
    board = words.join(bodies[:1])
    area = rng.choice(words.AREAS)
    page = rng.randint(2, 4)
    passages = [
        (
            ["1 Inledning", "1.1 Bakgrund"],
            page,
            "background",
            f"Revisorerna har i sin risk- och väsentlighetsanalys bedömt att {subject} är ett "
            f"område med förhöjd risk. {board[:1].upper() + board[1:]} ansvarar för att "
            f"verksamheten bedrivs enligt nämndens mål och riktlinjer och att "
            f"{rng.choice(words.SUBJECTS)} {rng.choice(words.STATES)}.",
        )
    ]
    for section in range(1, rng.randint(2, 3)):
        page += rng.randint(1, 3)
        passages.append(
            (
                ["2 Granskningsresultat", f"2.{section} {area.capitalize()}", "Iakttagelser"],
                page,
                "observation",
                f"Vid intervjuer med {rng.choice(words.PEOPLE)} framkom att rutinerna för "
                f"{area} {FINDINGS[scale]}. {rng.choice(words.UNITS)} har tagit fram "
                f"{rng.choice(words.DOCUMENTS)} för {rng.choice(words.AREAS)}, men "
                f"{rng.choice(words.SUBJECTS)} följs inte upp {rng.choice(words.FREQUENCIES)}. "
                f"I vårt stickprov av {rng.randint(10, 40)} ärenden saknades dokumentation "
                f"i {rng.randint(1, 9)}.",
            )
        )
    passages.append(
        (
            ["2 Granskningsresultat", f"2.{section} {area.capitalize()}", "Bedömning"],
            page,
            "assessment",
            f"Vi bedömer att {board} {words.ASSESSMENT_PHRASES[scale]} {area}. "
            f"{rng.choice(words.SUBJECTS).capitalize()} behöver följas upp "
            f"{rng.choice(words.FREQUENCIES)}.",
        )
    )
    for position, (headings, on_page, kind, text) in enumerate(passages):
        rows.add(
            Passage.__table__,
            {
                "id": ids.take(Passage.__table__),
                "team_id": team_id,
                "audit_id": audit_id,
                "source_document_id": document_id,
                "position": position,
                "heading_path": headings,
                "page": on_page,
                "kind": kind,
                "text": text,
            },
        )


def assessment_text(scale: str | None, subject: str) -> str:
    """The bedömning beside a question's grade: one sentence."""
    return f"Vi bedömer att rutinerna för {subject} {FINDINGS[scale or 'partly']}."
